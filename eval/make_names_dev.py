"""Draw the hyphenated and compound names for eval/names_dev.jsonl at random, with a fixed seed.

The pool: every word of a paper TITLE joined by a hyphen or a slash ("DPO-Shift", "MCTS-RAG",
"speech-to-speech", "Llama-Nemotron", "Qwen2.5-VL", "X-based"), its outer punctuation stripped, with a letter on
each side of the first joint. Each draw is printed with how many titles and papers (title or summary, case
folded) write it and, per part, how many papers write that part as a word of its own: a part many papers write
alone is a technique or model the compound is a variant of, or applies. A person writes from the draws, in
draw order, the question a user would ask of the name or of its base (how / what, a list, a size, a lab),
judges the answer's papers by reading their summaries, and alternates tune / check.
Run: `python eval/make_names_dev.py > /tmp/names-picks.txt`.
"""

from __future__ import annotations

import random
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from eval import make_lists_dev  # noqa: E402

SEED = 2026_1127_10
DRAW = 60
JOINED_RE = re.compile(r"^[\w.+]*[A-Za-z][\w.+]*[-/][\w.+]*[A-Za-z0-9][\w.+/-]*$")


def joined_words(title: str) -> set[str]:
    """The title's words joined by a hyphen or slash, outer punctuation stripped."""
    out = set()
    for raw in title.split():
        word = raw.strip(":,;()[]\"'!?.")
        if ("-" in word or "/" in word) and JOINED_RE.match(word):
            out.add(word)
    return out


def main() -> None:
    papers, *_ = make_lists_dev.corpus_and_taken()
    in_titles: Counter[str] = Counter(w for p in papers for w in joined_words(p.title))
    pool = sorted(in_titles)
    texts = [p.text.lower() for p in papers]

    def writing(word: str) -> int:
        pattern = re.compile(r"(?<![\w-])" + re.escape(word.lower()) + r"(?![\w])")
        return sum(bool(pattern.search(t)) for t in texts)

    print(f"pool {len(pool)} joined title words; seed {SEED}, {DRAW} drawn")
    for word in random.Random(SEED).sample(pool, DRAW):
        parts = [p for p in re.split(r"[-/]", word) if p]
        counts = ", ".join(f"{p} {writing(p)}" for p in parts)
        print(f"{word}\ttitles {in_titles[word]}\tpapers {writing(word)}\tparts: {counts}")


if __name__ == "__main__":
    main()

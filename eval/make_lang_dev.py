"""Draw the topics and typos for eval/lang_dev.jsonl, seeded, from the corpus.

Issue 10, probe 6 defects 4 and 6. Typo rows: the corpus's own spelled-out acronyms ("Monte Carlo Tree
Search") named by at least 8 summaries, drawn at random; in each, its longest word of 7 letters or more
gets two edits drawn from {two neighbours swapped, a letter doubled, a letter dropped, a doubled letter
moved}, kept only when the result is no corpus word. Language rows: topics drawn the same way, each with
an application domain drawn from the corpus's frequent two-word phrases after "in" ("in medical imaging");
the French, Spanish, German and Chinese questions are then written by hand from these picks. Run:
`python eval/make_lang_dev.py` (prints the picks as JSON).
"""

from __future__ import annotations

import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from rag.ingest import load_papers  # noqa: E402
from rag.retrieve import mine_acronyms  # noqa: E402

SEED = 1010
GENERIC = {"tasks", "applications", "large", "various", "many", "real", "both", "video", "image", "test", "long"}
EDITS = ("swap", "double", "drop", "move")


def edited(word: str, kind: str, rng: random.Random) -> str:
    """`word` with one edit of `kind` at a random place (the first and last letters kept)."""
    i = rng.randrange(1, len(word) - 2)
    if kind == "swap":
        return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    if kind == "double":
        return word[:i] + word[i] + word[i:]
    if kind == "drop":
        return word[:i] + word[i + 1 :]
    doubles = [j for j in range(len(word) - 1) if word[j] == word[j + 1]]
    if not doubles:
        return word
    j = rng.choice(doubles)  # "diffusion" → "difussion": the doubling moved to the next consonant
    single = word[:j] + word[j + 1 :]
    k = rng.choice([m for m in range(1, len(single) - 1) if m != j and single[m].isalpha()])
    return single[:k] + single[k] + single[k:]


def typo(word: str, rng: random.Random, known: set[str]) -> str:
    """Two edits of `word` (or one move of a doubled letter, itself two edits) that make no corpus word."""
    for _ in range(50):
        kinds = ["move"] if rng.random() < 0.3 and re.search(r"(.)\1", word) else rng.sample(EDITS[:3], 2)
        out = word
        for kind in kinds:
            out = edited(out, kind, rng)
        if out != word and out not in known:
            return out
    return word


def main(seed: int = SEED, typos_n: int = 18, topics_n: int = 16) -> None:
    rng = random.Random(seed)
    papers, *_ = load_papers(sorted((ROOT / "data" / "digests").glob("*.md")))
    acronyms = mine_acronyms([p.text for p in papers])
    texts = [p.text.lower() for p in papers]
    known = {w for t in texts for w in re.findall(r"[a-z]+", t)}
    named = sorted(
        exp.lower()
        for acr, exp in acronyms.items()
        if len(exp.split()) >= 2 and sum(exp.lower() in t for t in texts) >= 8
    )
    named = sorted(set(named))
    rows = []
    for exp in rng.sample(named, typos_n):
        words = exp.split()
        longest = max(words, key=len)
        if len(longest) < 7 or not longest.isalpha():
            continue
        rows.append({"topic": exp, "typo": exp.replace(longest, typo(longest, rng, known), 1)})
    domains = Counter(m for t in texts for m in re.findall(r"\bin ([a-z]+ [a-z]+(?:ing|ion|ics|ment))\b", t))
    common = [d for d, n in domains.most_common(300) if n >= 8 and d.split()[0] not in GENERIC]
    pairs: list[dict[str, str]] = []
    used: Counter[str] = Counter()  # each domain at most twice
    for exp in rng.sample(named, len(named)):
        both = [d for d in common if d not in exp and used[d] < 2 and sum(exp in t and d in t for t in texts) >= 3]
        if both and len(pairs) < topics_n:
            pairs.append({"topic": exp, "domain": rng.choice(both)})
            used[pairs[-1]["domain"]] += 1
    print(json.dumps({"seed": seed, "typos": rows, "pairs": pairs, "domains": common}, indent=1))


if __name__ == "__main__":
    main()

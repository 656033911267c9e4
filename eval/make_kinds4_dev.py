"""Draw the topics, pairs and names for eval/kinds4_dev.jsonl, with a seed.

- benchmark topics: the 120 commonest two-word title phrases without stop words (as kinds_dev3), drawn 16;
- compare pairs: acronyms the corpus spells out (`mine_acronyms`) written in 3-150 papers, paired with one that
  ends on it and is at most two letters longer (a variant and its base, the pairs a user compares: "LoRA and
  QLoRA"), drawn 16;
- definitions: sentences "introduces X, a … (ACR) by / that / which / to …", whose description is cut by a
  bracketed acronym before it says what X does ("LongCite, a system designed to enhance the trustworthiness of
  Large Language Models (LLMs) by enabling them to provide fine-grained citations"), drawn 16.

Run: `python eval/make_kinds4_dev.py` prints what it drew; the rows were written from it (eval/kinds4_dev.md).
"""

from __future__ import annotations

import random
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from rag.ingest import load_papers  # noqa: E402
from rag.retrieve import mine_acronyms  # noqa: E402
from rag.text import STOPWORDS, sentences  # noqa: E402

SEED = 20261127
CUT_RE = re.compile(
    r"\bintroduc\w*\s+(?P<name>[A-Z][\w.-]+),\s+(?P<desc>an?\s+[^,;.()]{3,160})\([A-Za-z0-9-]{2,12}\)\s+"
    r"(?P<rest>(?:by|that|which|to|for|through|via)\s+[^.;]{10,200})"
)


def main() -> None:
    papers = load_papers([ROOT / "data"])[0]
    rng = random.Random(SEED)
    phrases = Counter(
        f"{a} {b}"
        for p in papers
        for a, b in zip(re.findall(r"[a-z][a-z-]+", p.title.lower()), re.findall(r"[a-z][a-z-]+", p.title.lower())[1:])
        if a not in STOPWORDS and b not in STOPWORDS
    )
    top = [t for t, _ in phrases.most_common(120)]
    print("topics:", rng.sample(top, 16))
    texts = [f"{p.title}\n{p.summary}" for p in papers]
    acronyms = mine_acronyms(texts)
    named = Counter(a for t in texts for a in set(re.findall(r"[a-z0-9][a-z0-9-]*", t.lower())) & acronyms.keys())
    pool = sorted(a for a, c in named.items() if 3 <= c <= 150 and len(a) >= 3)
    pairs = [(a, b) for a in pool for b in pool if b != a and b.endswith(a) and len(b) <= len(a) + 2]
    for a, b in rng.sample(pairs, min(16, len(pairs))):
        print(f"pair: {a} {named[a]} | {b} {named[b]}")
    cut = [(p, m) for p in papers for s in sentences(p.summary) if (m := CUT_RE.search(s))]
    for p, m in rng.sample(cut, min(16, len(cut))):
        print(f"define: {m['name']}\t{p.id}\t{m['desc'].strip()} | {m['rest'][:90]}")


if __name__ == "__main__":
    main()

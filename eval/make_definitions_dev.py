"""Draw the names for eval/definitions_dev.jsonl: capitalised names with a lower-case letter (not an acronym
the corpus spells out), written capitalised in 3–80 papers and never as a lower-case word, drawn with a seed.

Run: `python eval/make_definitions_dev.py` prints the drawn names with their paper counts; the rows were
then written by reading each name's summaries (eval/definitions_dev.md).
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

SEED = 20261127
NAME_RE = re.compile(r"(?<![\w-])[A-Z][A-Za-z0-9]*[a-z][A-Za-z0-9]*(?:[-.][A-Za-z0-9]+)*(?![\w-])")


def main() -> None:
    papers = load_papers([ROOT / "data"])[0]
    texts = [f"{p.title}\n{p.summary}" for p in papers]
    lower = Counter(w for t in texts for w in set(re.findall(r"(?<![\w-])[a-z][a-z0-9]*(?![\w-])", t)))
    named = Counter(n for t in texts for n in set(NAME_RE.findall(t)))
    spelled = set(mine_acronyms(texts))
    names = sorted(
        n
        for n, c in named.items()
        if 3 <= c <= 80 and n.lower() not in lower and n.lower() not in spelled and len(n) > 3
    )
    for name in random.Random(SEED).sample(names, 60):
        print(f"{name}\t{named[name]}")


if __name__ == "__main__":
    main()

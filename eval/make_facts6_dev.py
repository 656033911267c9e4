"""Draw the papers of eval/facts6_dev.jsonl (seeded), printing each one's figure sentences to write and judge rows from.

A candidate is a paper whose title opens with a system name ("Name: …") and whose summary states a figure (a share,
a multiple, a count with a unit) in a sentence that does not write that name ("This approach trained a 12B model …",
"the learned policy reaches 78.3% …"): the shape probe40 found answered "not stated". `random.Random(SEED)` picks
the papers; each row asks one figure as a user would (its quantity, "how much faster / more", a verbless noun
phrase, a yes/no size comparison), and the controls ask a property the summary never states.
Run: `python eval/make_facts6_dev.py` with RAG_HOME pointing at an index."""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from rag.catalogue import load
from rag.settings import Settings

SEED = 6106
NAME_TITLE = re.compile(r"^([A-Z][\w.+-]*(?:[- ][A-Z0-9][\w.+-]*)?):")
FIGURE = re.compile(r"\d(?:[\d,.]*\d)?\s*(?:%|x\b|×|-?fold|\s?[BMK]\b|-?billion|-?million)", re.I)


def figure_sentences(summary: str, name: str) -> list[str]:
    """The summary's sentences stating a figure without writing the system's name."""
    sentences = re.split(r"(?<=[.!?])\s+(?=[A-Z])", summary)
    return [s for s in sentences if FIGURE.search(s) and name.lower() not in s.lower()]


def main() -> None:
    papers = sorted(load(Settings.from_env()).papers, key=lambda p: p.id)
    pool = []
    for p in papers:
        m = NAME_TITLE.match(p.title)
        if m and figure_sentences(p.summary, m.group(1)):
            pool.append((p, m.group(1)))
    print(f"# candidates: {len(pool)}")
    for p, name in random.Random(SEED).sample(pool, 20):
        print(f"\n{p.id} | {name} | {p.title}")
        for s in figure_sentences(p.summary, name):
            print(f"   - {s}")


if __name__ == "__main__":
    main()

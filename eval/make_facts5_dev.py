"""Draw the papers of eval/facts5_dev.jsonl (seeded), printing each one's summary to write and judge rows from.

Two draws over the bundled corpus:
- named: `random.Random(SEED)` picks papers whose title opens with a system name ("Name: …"); each row asks one
  of its facts: stated in the summary's words, stated in other words, or a property the summary never mentions
  (hardware, dataset size, licence);
- preamble: `random.Random(SEED + 1)` picks papers whose summary opens with a boilerplate line ("Summary of the
  research paper is the following:", "Here is a summary …"), which no answer should quote.
Run: `python eval/make_facts5_dev.py` with RAG_HOME pointing at an index."""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from rag.catalogue import load
from rag.settings import Settings

SEED = 5105
NAME_TITLE = re.compile(r"^([A-Z][\w.+-]*(?:[- ][A-Z0-9][\w.+-]*)?):")
PREAMBLE = re.compile(r"^\W*(?:summary of|here is|here's|the following is|this is a summary)\b[^.:]{0,60}:", re.I)


def main() -> None:
    papers = sorted(load(Settings.from_env()).papers, key=lambda p: p.id)
    named = [p for p in papers if NAME_TITLE.match(p.title)]
    print(f"# named: {len(named)} candidates")
    for p in random.Random(SEED).sample(named, 18):
        print(f"\n{p.id} | {p.title}\n   {p.summary}")
    opened = [p for p in papers if PREAMBLE.match(p.summary)]
    print(f"\n# preamble: {len(opened)} candidates")
    for p in random.Random(SEED + 1).sample(opened, min(4, len(opened))):
        print(f"\n{p.id} | {p.title}\n   {p.summary[:500]}")


if __name__ == "__main__":
    main()

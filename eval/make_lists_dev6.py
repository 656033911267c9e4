"""Draw the corpus rows whose topics the check half of the sixth list dev set (eval/lists_dev6.jsonl) asks about.

Earlier sets drew phrases that titles write, so their questions used the papers' own words. This set
asks about topics in a researcher's own words instead: 40 papers are drawn at random (fixed seed) from
the corpus; in draw order, a person takes a paper whose topic is niche enough to judge completely
(under ~15 papers), writes a question about that topic WITHOUT the paper's wording ("slide decks" for
presentation generation, "soundtracks for silent video clips" for video-to-audio), greps title and
summary widely for candidates (synonyms, plurals, acronyms, related names) and judges every candidate
by reading its summary. The tune half holds the probe's questions (probe report 8, D1, D2, D9).
Run: `python eval/make_lists_dev6.py` (prints id and title per draw).
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from rag.cli import open_retriever  # noqa: E402
from rag.settings import Settings  # noqa: E402

SEED = 2026_1126_6
DRAW = 40


def main() -> None:
    papers = sorted(open_retriever(Settings.from_env()).papers, key=lambda p: p.id)
    for paper in random.Random(SEED).sample(papers, DRAW):
        print(paper.id, paper.title[:110])


if __name__ == "__main__":
    main()

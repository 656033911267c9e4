"""Draw the topics, papers and months for eval/multilingual_dev6.jsonl, seeded, from the corpus.

Issue 10, sixth set (stop 41, lead): everyday verbs and question words in French and Spanish, every intent.
Topics are the corpus's own spelled-out acronyms
("Monte Carlo Tree Search (MCTS)") named by at least 8 summaries, drawn at random; papers (authors,
facts) and months (period summaries) are drawn at random too. The questions are then written by hand
from these picks, each in English and as a researcher would ask it in French, Spanish, German or
Chinese, or with typos or markup (see eval/multilingual_dev6.md). Run:
`python eval/make_multilingual_dev6.py` (prints the picks as JSON; eval/multilingual_dev6-picks.json).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from eval.make_multilingual_dev2 import main

SEED = 4106

if __name__ == "__main__":
    main(SEED, topics_n=12, papers_n=14, months_n=4)

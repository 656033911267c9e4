"""Draw the topics, papers and months for eval/lang5_dev.jsonl, seeded, from the corpus.

Issue 10, stop 41 (job lang5): questions in Portuguese and Italian, every intent, each beside its English twin.
Topics are the corpus's own spelled-out acronyms named by at least 8 summaries, drawn at random; papers (authors,
facts, yes/no, descriptions) and months (period summaries) are drawn at random too. The questions are then written
by hand from these picks (see eval/lang5_dev.md). Run: `python eval/make_lang5_dev.py` (prints the picks as JSON;
eval/lang5_dev-picks.json).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from eval.make_multilingual_dev2 import main

SEED = 4151

if __name__ == "__main__":
    main(SEED, topics_n=10, papers_n=10, months_n=3)

"""Score eval/lang5_dev.jsonl: does a question in Portuguese or Italian answer as its English twin does?

The rule is eval/score_multilingual_dev5.py's (same intent; lists: same number of papers; trends: same opening
figures; summaries: same period and papers; facts, authors, definitions, comparisons, yes/no: same first three cited
papers; a paraphrase row passes when its paper is among the first three cited). `--record` re-records the English
answers. Run: `python eval/score_lang5_dev.py [--half tune|check] [--record] [-v]` with RAG_HOME set.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from eval.score_multilingual_dev4 import run
from eval.score_multilingual_dev5 import passes5

if __name__ == "__main__":
    run("lang5_dev.jsonl", passes5)

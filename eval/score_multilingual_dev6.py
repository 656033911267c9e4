"""Score eval/multilingual_dev6.jsonl: does a question in French or Spanish, written with everyday verbs and
question words ("apprend à … se relever", "¿Cuál es …?", "Je cherche …"), answer as its English twin does?

The rule is eval/score_multilingual_dev5.py's (same intent; lists: same number of papers; summaries: same period and
papers; facts, authors, definitions, comparisons: same first three cited papers; a paraphrase row passes when its
paper is among the first three cited). `--record` re-records the English answers.
Run: `python eval/score_multilingual_dev6.py [--half tune|check] [--record] [-v]` with RAG_HOME set.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from eval.score_multilingual_dev4 import run
from eval.score_multilingual_dev5 import passes5

if __name__ == "__main__":
    run("multilingual_dev6.jsonl", passes5)

"""Score eval/lang_dev.jsonl: does a two-edit typo or a fr/es/de/zh question answer like its English one?

A row passes when its answer has the English question's intent and cites the English answer's papers
(`relevant`, recorded with `--record` from the English question and read against the digests): the same
set, or sets whose overlap (shared papers over all papers cited by either) is at least 0.8. An English
answer that cites nothing must be matched by one that cites nothing. Run:
`python eval/score_lang_dev.py [--half tune|check] [--record] [-v]` with RAG_HOME set; it prints a line
per half by language (typo, es, fr, de, zh).
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from eval.score_multilingual_dev import prepared, score  # noqa: E402

OVERLAP = 0.8


def passes(intent: str, cited: set[str], row: dict) -> bool:
    """The English answer's intent, and its papers: all of them, or an overlap of at least OVERLAP."""
    relevant = set(row["relevant"])
    if intent != row["intent"]:
        return False
    if not relevant or not cited:
        return cited == relevant
    return len(cited & relevant) / len(cited | relevant) >= OVERLAP


def main() -> None:
    args, rows, answerer = prepared("lang_dev.jsonl", keep_answer=True)
    score(args, rows, answerer, passes, lambda cited, row: f"cited={len(cited)} want={len(row['relevant'])}")


if __name__ == "__main__":
    main()

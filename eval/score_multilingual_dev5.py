"""Score eval/multilingual_dev5.jsonl: does a question in Spanish, French, German or Chinese, written with the
field's own research vocabulary, comparison words and descriptions of one paper, answer as its English twin does?

Rows are scored by eval/score_multilingual_dev4.py's rule (same intent; lists: same number of papers; trends: same
opening figures; summaries: same period and papers; facts, authors, definitions, comparisons: same first three
cited papers), but a paraphrase row (a description of one paper, `paper`) passes when that paper is among the
first three the variant's answer cites, as it is among its English twin's.
`--record` re-records the English answers.
Run: `python eval/score_multilingual_dev5.py [--half tune|check] [--record] [-v]` with RAG_HOME set.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from eval.score_multilingual_dev4 import FIRST, passes4, run  # noqa: E402


def passes5(got: dict, row: dict) -> bool:
    if row["type"] == "paraphrase":
        return row["paper"] in got["relevant"][:FIRST]
    return passes4(got, row)


def main() -> None:
    run("multilingual_dev5.jsonl", passes5)


if __name__ == "__main__":
    main()

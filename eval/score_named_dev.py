"""Score eval/named_dev.jsonl: questions about a named model or a described paper (what is, when, a figure,
a comparison, "the paper about ..."), on seeded draws of titled names and probe 7's misses (eval/named_dev.md).

A row passes by names_dev's rule (`eval/score_names_dev.py`): the first paper cited is one of `lead` and none
of `lacks_lead`; the answer holds `phrase` and no `not_phrase`; it cites every `must_cite` paper, none of
`must_not_cite`, at most `cites_max`.

Run: `python eval/score_named_dev.py [--half tune|check] [-v]` with RAG_HOME pointing at an index.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from eval.devsets import run_judged  # noqa: E402
from eval.score_names_dev import judge  # noqa: E402

if __name__ == "__main__":
    run_judged("named_dev.jsonl", judge, lambda row: row["kind"])

"""Score eval/who2_dev.jsonl: people the digests list by a one-word handle or a longer form of their name, short
model names that are parts of longer ones, and controls (eval/who2_dev.md).

A row passes by names_dev's rule (`eval/score_names_dev.py`): the first paper cited is one of `lead` and none
of `lacks_lead`; the answer holds `phrase` and no `not_phrase`; it cites every `must_cite` paper, none of
`must_not_cite`, at most `cites_max`.

Run: `python eval/score_who2_dev.py [--half tune|check] [-v]` with RAG_HOME pointing at an index.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from eval.devsets import run_judged  # noqa: E402
from eval.score_names_dev import judge  # noqa: E402

if __name__ == "__main__":
    run_judged("who2_dev.jsonl", judge, lambda row: row["kind"])

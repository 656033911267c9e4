"""Score eval/props2_dev.jsonl: what one named paper did (its base model, data size, benchmarks, what it replaces
or removes, its speedup, its parameter count), the paper named by title words, its short name or an acronym its
summary defines (eval/props2_dev.md).

Rules by row:
- `expect` a phrase: the answer writes it (case aside), cites the `relevant` paper first, and neither says that
  the summary leaves it unsaid nor that no paper presents what the question names.
- `expect` "not stated": the answer cites the `relevant` paper first and says its summary does not state it
  ("does not state", "does not say", "do not state").

Run: `python eval/score_props2_dev.py [--half tune|check] [-v]` with RAG_HOME pointing at an index.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from eval.devsets import cited_in_order, judging, run_judged  # noqa: E402
from rag.records import Answer  # noqa: E402

UNSTATED_RE = re.compile(r"does not state|does not say|do not state", re.I)
DENIES_RE = re.compile(r"do not cover this|which do not answer|no paper in the digests presents", re.I)


def passes(row: dict, answer: Answer) -> bool:
    text, cited = answer.answer, cited_in_order(answer)
    first = bool(cited) and cited[0] in row["relevant"]
    if row["expect"] == "not stated":
        return first and bool(UNSTATED_RE.search(text))
    said = not UNSTATED_RE.search(text) and not DENIES_RE.search(text)
    return first and said and row["expect"].lower() in text.lower()


if __name__ == "__main__":
    run_judged("props2_dev.jsonl", judging(passes), lambda row: row["slot"])

"""Score eval/prop_dev.jsonl: one property of a named paper (its size, base model, data sets, benchmarks, a count
or a figure on a benchmark; eval/prop_dev.md).

Rules by row:
- `expect` a phrase: the answer writes it (case aside), cites the `relevant` paper first, and does not say that
  the summary leaves it unsaid or that the digests do not cover the question.
- `expect` "not stated": the answer says the summary does not state it ("does not state", "does not say
  anything about", "do not state") and cites the `relevant` paper first.
- control-fact (eval/facts_dev.jsonl): every string of `facts` appears and a `relevant` paper is cited.
- control-lookup (eval/lookup_dev.jsonl's named rows): the `relevant` paper is cited first and the answer does
  not abstain.

Run: `python eval/score_prop_dev.py [--half tune|check|control] [-v]` with RAG_HOME pointing at an index.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from eval.devsets import cited_in_order, judging, run_judged  # noqa: E402
from rag.records import Answer  # noqa: E402

UNSTATED_RE = re.compile(r"does not state|does not say anything about|do not state", re.I)
ABSTAINS_RE = re.compile(r"do not cover this|which do not answer", re.I)


def passes(row: dict, answer: Answer) -> bool:
    text, cited = answer.answer, cited_in_order(answer)
    if row["kind"] == "control-fact":
        return all(f.lower() in text.lower() for f in row["facts"]) and any(p in cited for p in row["relevant"])
    first = bool(cited) and cited[0] in row["relevant"]
    if row["kind"] == "control-lookup":
        return first and not ABSTAINS_RE.search(text) and "does not say anything about" not in text
    if row["expect"] == "not stated":
        return first and bool(UNSTATED_RE.search(text))
    said = not UNSTATED_RE.search(text) and not ABSTAINS_RE.search(text)
    return first and said and row["expect"].lower() in text.lower()


if __name__ == "__main__":
    run_judged("prop_dev.jsonl", judging(passes), lambda row: row["slot"])

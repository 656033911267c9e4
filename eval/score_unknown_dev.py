"""Score eval/unknown_dev.jsonl: names the digests lack are said to be lacking, and descriptions of a real
paper are answered with that paper (eval/unknown_dev.md says how the rows were made).

Rules by `kind`:
- unknown, version, figure: the opening paragraph says plainly what is missing (`HONEST_RE`: "No paper …",
  "do not cover", "do not state", "give no …") and spells the asked `name` (case, hyphens and spaces aside);
  unknown and version answers cite nothing; a figure answer may cite the papers naming the model after that
  opening, clearly marked as not stating the figure.
- described: the first paper the answer cites is the `relevant` one, and it is no "not covered" answer.
- offtopic: the answer cites nothing and reports no date filter ("match the filters", "Dates count back").

Run: `python eval/score_unknown_dev.py [--half tune|check] [-v]` with RAG_HOME pointing at an index.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from eval.devsets import cited_in_order, run_judged  # noqa: E402

HONEST_RE = re.compile(
    r"\bNo paper\b|do not cover|do not state|\bgives? no\b|\bnone (?:of them )?(?:gives|reports|states)", re.I
)
NOT_COVERED_RE = re.compile(r"do not cover this|which do not answer it")
FILTER_NOTE_RE = re.compile(r"match the filters|Dates count back")


def folded(text: str) -> str:
    """Letters and digits only, lower case: "Falconet-9B", "falconet 9b" and "Falconet9B" read alike."""
    return re.sub(r"[^a-z0-9]", "", text.lower())


def judge(row: dict, answerer) -> list[str]:  # type: ignore[no-untyped-def]
    answer = answerer.ask(row["question"])
    head = f"answer {answer.answer[:240]!r}"
    cited = cited_in_order(answer)
    why: list[str] = []
    if row["kind"] == "described":
        if not cited or cited[0] != row["relevant"][0]:
            why.append(f"first cited {cited[:1]} is not {row['relevant'][0]}")
        if NOT_COVERED_RE.search(answer.answer):
            why.append("says not covered")
    elif row["kind"] == "offtopic":
        if answer.citations:
            why.append(f"cites {cited}")
        if FILTER_NOTE_RE.search(answer.answer):
            why.append("reports a date filter")
    else:
        if answer.citations and row["kind"] != "figure":
            why.append(f"cites {cited}")
        opening = answer.answer.split("\n\n")[0]
        if not HONEST_RE.search(opening):
            why.append("no plain sentence saying what is missing")
        if folded(row["name"]) not in folded(opening):
            why.append(f"opening does not name {row['name']!r}")
    return [*why, head] if why else []


if __name__ == "__main__":
    run_judged("unknown_dev.jsonl", judge, lambda row: row["kind"])

"""Score eval/parts_dev.jsonl: two-part questions about a named paper and "is X better than Y (on Z)?"
(eval/parts_dev.md).

Rules by `kind`:
- parts: the first paper the answer cites is the row's paper; every `must` string is said, in the row's order
  (each part answered, in the order asked); no part is denied ("defines … and", "only to compare with it") or
  abstained on.
- versus: the answer opens with "Yes", "No" or "The digest(s) do(es) not say / compare" as `expect` says; the
  first paper it cites is the row's first paper and it cites every `relevant` paper; every `must` string is said.
- control: the answer has the row's `intent` (where given), the opening `expect` says (where given), cites
  every `relevant` paper and says every `must` string, and does not abstain.

Run: `python eval/score_parts_dev.py [--half tune|check|control] [-v]` with RAG_HOME pointing at an index.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from eval.devsets import cited_in_order, run_judged  # noqa: E402

ABSTAINS_RE = re.compile(r"do not cover this|does not say anything about|which do not answer", re.I)
DENIES_RE = re.compile(r"only to compare with it|\bdefines? [^.;]* and (?:who|what|how|when|which)\b", re.I)
OPENINGS = {
    "yes": re.compile(r"^\W*Yes\b"),
    "no": re.compile(r"^\W*No\b"),
    "unstated": re.compile(r"^\W*The digests? (?:does|do) not (?:say|compare)\b"),
}


def unsaid(text: str, must: list[str], ordered: bool) -> list[str]:
    """The `must` strings the text lacks (case apart), or says out of order where `ordered`."""
    low, at, why = text.lower(), 0, []
    for want in must:
        found = low.find(want.lower(), at if ordered else 0)
        if found < 0:
            why.append(f"lacks {want!r}" + (" after the part before" if want.lower() in low else ""))
        elif ordered:
            at = found + len(want)
    return why


def judge(row: dict, answerer: object) -> list[str]:
    answer = answerer.ask(row["question"])  # type: ignore[attr-defined]
    text, cited = answer.answer, cited_in_order(answer)
    why: list[str] = []
    if row.get("intent") and answer.intent != row["intent"]:
        why.append(f"intent {answer.intent}")
    if row.get("expect") and not OPENINGS[row["expect"]].search(text):
        why.append(f"does not open {row['expect']}")
    if row["kind"] in ("parts", "versus") and cited[:1] != row["relevant"][:1]:
        why.append(f"cites first {cited[:1]}")
    if missing := [p for p in row["relevant"] if p not in cited]:
        why.append(f"does not cite {missing}")
    why += unsaid(text, row["must"], ordered=row["kind"] == "parts")
    if ABSTAINS_RE.search(text) or (row["kind"] == "parts" and DENIES_RE.search(text)):
        why.append("abstains or denies a part")
    if why:
        why.append(f"answer {text[:400]!r}")
    return why


if __name__ == "__main__":
    run_judged("parts_dev.jsonl", judge, lambda row: row["kind"])

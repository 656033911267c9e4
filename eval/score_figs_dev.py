"""Score eval/figs_dev.jsonl: benchmark answers that credit each figure to the paper whose own model the sentence
gives it to (eval/figs_dev.md). A row passes when the answer is an aggregate; its first citation is one of `lead`
and its opening line states `lead_said`; each `credits` pair (paper, figure) is a list item ("- **74.2%** — … [n]");
no `not_credited` pair is the opening's figure or a list item; and it holds every `answer_has` phrase.

Run: `python eval/score_figs_dev.py [--half tune|check] [-v]` with RAG_HOME pointing at an index.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from eval.devsets import cited_in_order, run_judged

ITEM_RE = re.compile(r"^- \*\*(?P<said>[^*]+)\*\*.*?\[(?P<n>\d+)\]", re.M)
HEAD_RE = re.compile(r"\*\*(?P<said>[^*]+)\*\*, in \*\*[^\n]*?\[(?P<n>\d+)\]")


def credited(answer: Any) -> set[tuple[str, str]]:
    """(paper, figure) for the opening's figure and each list item's."""
    ids = {c["n"]: c["id"] for c in answer.citations}
    head = answer.answer.split("\n", 1)[0]
    found = [*HEAD_RE.finditer(head), *ITEM_RE.finditer(answer.answer)]
    return {(ids.get(int(m["n"]), ""), m["said"].strip()) for m in found}


def failures(row: dict, answer: Any) -> list[str]:
    """Why the row fails, or nothing."""
    why = []
    if answer.intent != "aggregate":
        why.append(f"intent {answer.intent}")
    order = cited_in_order(answer)
    if row.get("lead") and (not order or order[0] not in row["lead"]):
        why.append(f"lead {order[:1]}")
    if row.get("lead_said") and row["lead_said"] not in answer.answer.split("\n", 1)[0]:
        why.append(f"opening lacks {row['lead_said']}")
    have = credited(answer)
    why += [f"missing {p} {f}" for p, f in row.get("credits", []) if (p, f) not in have]
    why += [f"credits {p} {f}" for p, f in row.get("not_credited", []) if (p, f) in have]
    why += [f"lacks {w!r}" for w in row.get("answer_has", []) if w.lower() not in answer.answer.lower()]
    return why


def judge(row: dict, answerer: Any) -> list[str]:
    answer = answerer.ask(row["question"])
    why = failures(row, answer)
    return [*why, repr(answer.answer[:240])] if why else []


def kind(row: dict) -> str:
    q = row["question"].lower()
    if "speedup" in q:
        return "speedup"
    return "qualified" if re.search(r"open-source|\d+b\b", q) else "best"


if __name__ == "__main__":
    run_judged("figs_dev.jsonl", judge, kind)

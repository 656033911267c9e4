"""Score eval/years_dev.jsonl: a year, "/" or "or" inside a list topic (eval/years_dev.md).

Rules by `group`:
- year, inyear, month, slash: the answer is the list the canonical wording `plain` gives: its count within 10 %,
  and its first five papers the same.
- either: its count within 10 % of the other order's (`plain`; which alternative comes first may move the ranking),
  and half of the first ten papers it cites or more name one of its two `topics` (grep over title and summary,
  `make_counts_dev.names`): an off-topic list fails.
- probe: by the rule of the group it names (`rule`).
- acronym: no cited paper writes `word` only in capitals (the acronym, not the everyday word asked).

Run: `python eval/score_years_dev.py [--half tune|check] [-v]` with RAG_HOME pointing at an index.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from eval.devsets import cited_in_order, run_judged  # noqa: E402
from eval.make_counts_dev import forms_of, names  # noqa: E402

COUNT_RE = re.compile(r"^\W*(\d[\d,]*)\s+papers?\b")
FIRST = 5


def count_of(answer: Any) -> int:
    """The papers a list says it holds, or those it cites where it says no count."""
    m = COUNT_RE.match(answer.answer)
    return int(m.group(1).replace(",", "")) if m else len({c["id"] for c in answer.citations})


def same_list(answer: Any, plain: Any) -> list[str]:
    mine, theirs = count_of(answer), count_of(plain)
    why = []
    if abs(mine - theirs) > 0.1 * max(theirs, 1) or (theirs and not mine):
        why.append(f"{mine} papers against the canonical {theirs}")
    if set(cited_in_order(answer)[:FIRST]) != set(cited_in_order(plain)[:FIRST]):
        why.append("first papers differ from the canonical's")
    return why


def judge(row: dict, answerer: Any) -> list[str]:
    row = {**row, "group": row.get("rule", row["group"])}
    answer = answerer.ask(row["question"])
    why: list[str] = []
    if row["group"] == "acronym":
        word = row["word"]
        by_id = {p.id: p for p in answerer.retriever.papers}
        for pid in cited_in_order(answer):
            text = f"{by_id[pid].title}\n{by_id[pid].summary}"
            if re.search(rf"\b{word.upper()}\b", text) and not re.search(rf"\b{word}\b", text):
                why.append(f"{pid} writes only {word.upper()}")
    else:
        why = same_list(answer, answerer.ask(row["plain"]))
        if row["group"] == "either":
            why = [w for w in why if not w.startswith("first papers")]
    if row["group"] == "either":
        acronyms = answerer.retriever.acronyms
        by_id = {p.id: p for p in answerer.retriever.papers}
        forms = [f for t in row["topics"] for f in forms_of(t, acronyms, {})]
        first = cited_in_order(answer)[:10]
        on = sum(names(f"{by_id[p].title}\n{by_id[p].summary}", forms) for p in first)
        if not first or on < 0.5 * len(first):
            why.append(f"{on} of the first {len(first)} name a topic")
    return [*why, f"{answer.answer[:300]!r}", f"cited={cited_in_order(answer)[:5]}"] if why else []


if __name__ == "__main__":
    run_judged("years_dev.jsonl", judge, lambda row: row["group"])

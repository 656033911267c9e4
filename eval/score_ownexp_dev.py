"""Score eval/ownexp_dev.jsonl: "what is <acronym>?" for an acronym that names a paper whose own summary does not
write the expansion the corpus gives it most ("DAPO" is written "Decoupled Clip and Dynamic sampling Policy
Optimization (DAPO)" in its paper; another row spells it "Decoupled Advantage Policy Optimization"). Rule: where
the answer says "X stands for E", the paper it cites first writes E (spaces, hyphens and case aside); an expansion
from other papers may be said as theirs ("In other papers X stands for …")."""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from eval.devsets import cited_in_order, run_judged  # noqa: E402

STANDS_RE = re.compile(r"^(?P<term>\S+) stands for (?P<expansion>[^.]+)\.")


def folded(text: str) -> str:
    return re.sub(r"[\s-]+", " ", text.lower())


def judge(row: dict, answerer: Any) -> list[str]:
    answer = answerer.ask(row["question"])
    m = STANDS_RE.match(answer.answer)
    if not m:
        return []
    cited = cited_in_order(answer)
    paper = answerer.retriever.by_id[cited[0]] if cited else None
    if paper and folded(m.group("expansion")) in folded(f"{paper.title} {paper.summary}"):
        return []
    return [f"says {m.group(0)!r}; [1] {paper.id if paper else None} does not write it"]


if __name__ == "__main__":
    run_judged("ownexp_dev.jsonl", judge, lambda row: "acronym")

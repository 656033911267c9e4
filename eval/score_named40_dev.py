"""Score eval/named40_dev.jsonl: one paper named by its system name, its title's words or "the X paper", asked a
property its summary holds or lacks, and "the X paper" for a method the digests only use (eval/named40_dev.md).

Rules by `kind`:
- unstated: the answer first cites `paper`, writes its title, and says its summary does not state or say the asked
  thing ("does not state" / "does not say"); never "do not cover".
- stated (control): the answer first cites `paper`, holds each string of `holds`, and says nothing is unstated.
- several: the answer says no paper of the digests presents the name ("No paper in the digests presents"), that
  titles name it ("titles"), and writes at least two of `titles` (the corpus's titles naming it, by grep) where
  the row lists some; it picks none of them ("**Title** … is by" is picking one).

Run: `python eval/score_named40_dev.py [--half tune|check] [-v]` with RAG_HOME pointing at an index.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from eval.devsets import cited_in_order, run_judged  # noqa: E402

UNSTATED_RE = re.compile(r"\bdoes not (?:state|say)\b")


def title_of(answerer: Any, paper_id: str) -> str:
    return next(p.title for p in answerer.retriever.papers if p.id == paper_id)


def judge(row: dict, answerer: Any) -> list[str]:
    answer = answerer.ask(row["question"])
    text, cited = answer.answer, cited_in_order(answer)
    shown = [f"{text[:400]!r}", f"cited={cited[:4]}"]
    if row["kind"] == "unstated":
        ok = cited[:1] == [row["paper"]] and title_of(answerer, row["paper"]) in text
        ok = ok and bool(UNSTATED_RE.search(text)) and "do not cover" not in text
    elif row["kind"] == "stated":
        ok = cited[:1] == [row["paper"]] and all(h in text for h in row["holds"]) and not UNSTATED_RE.search(text)
    else:
        ok = "No paper in the digests presents" in text and bool(re.search(r"\btitles\b", text))
        ok = ok and (not row["titles"] or sum(t in text for t in row["titles"]) >= 2)
    return [] if ok else shown


if __name__ == "__main__":
    run_judged("named40_dev.jsonl", judge, lambda row: row["kind"])

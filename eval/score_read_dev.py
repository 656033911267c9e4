"""Score eval/read_dev.jsonl: reading requests ("what should I read to understand X?", "where do I start with
X?"), "main approaches to X" questions, and controls that must not change (eval/read_dev.md).

- reading: the answer is a list (intent "list"); its opening line names no purpose verb as the topic
  ("understand", "learn", "start", "get up to speed"). With `surveys`, the first paper cited is one of them,
  every one of them is cited before any paper outside `surveys` and `also_ok`, and papers follow them. With
  none, the opening line says no survey or overview is in the digests, or the first paper cited is one of
  `also_ok` (a survey of a wider or neighbouring field); either way papers are cited.
- approach: a list whose first five papers cited are all in `methods` (judged by reading: papers proposing a
  method on the topic); a paper in neither `methods` nor `not_methods` fails too, as unjudged.
- control: the intent and the first five papers cited are those recorded before the change.

Run: `python eval/score_read_dev.py [--half tune|check] [-v]` with RAG_HOME pointing at an index.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from eval.devsets import cited_in_order, run_judged  # noqa: E402

NO_SURVEY_RE = re.compile(r"\bno (?:survey|overview|review|tutorial|primer)s?\b", re.I)
# The purpose verbs as a reader writes them, not the nouns of a topic ("scene understanding", "learning")
PURPOSE_RE = re.compile(r"\b(?:understand|learn|start|get up to speed)\b", re.I)


def reading(row: dict, answer: Any, cited: list[str]) -> list[str]:
    head = answer.answer.strip().split("\n", 1)[0]
    why = [] if answer.intent == "list" else [f"intent {answer.intent}"]
    if PURPOSE_RE.search(head):
        why.append(f"purpose verb in the opening {head[:120]!r}")
    if not cited:
        return [*why, "cites nothing"]
    surveys, fine = set(row["surveys"]), set(row["surveys"]) | set(row["also_ok"])
    if not surveys:
        if not (NO_SURVEY_RE.search(head) or cited[0] in fine):
            why.append(f"no 'no survey' line and first cited {cited[0]}")
        return why
    lead = next((n for n, i in enumerate(cited) if i not in fine), len(cited))
    if cited[0] not in surveys:
        why.append(f"first cited {cited[0]}")
    if missing := sorted(surveys - set(cited[:lead])):
        why.append(f"surveys not in the lead {missing} (lead {cited[:lead]})")
    if lead == len(cited):
        why.append("no papers after the surveys")
    return why


def approach(row: dict, answer: Any, cited: list[str]) -> list[str]:
    why = [] if answer.intent == "list" else [f"intent {answer.intent}"]
    first = cited[:5]
    if len(first) < 5:
        why.append(f"only {len(first)} cited")
    if wrong := [i for i in first if i in row["not_methods"]]:
        why.append(f"not methods in the first five {wrong}")
    if unjudged := [i for i in first if i not in row["methods"] and i not in row["not_methods"]]:
        why.append(f"unjudged in the first five {unjudged}")
    return why


def judge(row: dict, answerer: Any) -> list[str]:
    answer = answerer.ask(row["question"])
    cited = cited_in_order(answer)
    if row["kind"] == "reading":
        return reading(row, answer, cited)
    if row["kind"] == "approach":
        return approach(row, answer, cited)
    why = [] if answer.intent == row["intent"] else [f"intent {answer.intent}"]
    return why + ([] if cited[:5] == row["first"] else [f"first cited {cited[:5]} not {row['first']}"])


if __name__ == "__main__":
    run_judged("read_dev.jsonl", judge, lambda row: row["kind"])

"""Score eval/follow7_dev.jsonl: a chat filter of the list just shown ("which of them are about vision?", "any of
those on audio?", "only the ones about vision") and definitions asked in other wordings ("X - what does it mean in
deep learning", "meaning of X", "explain X to me", "what's X in ML?").

- a `filter` row (`turns`) passes when the last answer cites at least one paper, only papers the turn before cited
  (the list the user saw), at least 80% of its `must` papers (about the aspect, read broadly: vision papers write
  image, video, segmentation...) and none of `not_cited`;
- a `definition` row is judged by eval/score_definitions_dev.py's `passes` (the opening says what the name is,
  with one of `facts`, citing a `relevant` paper).

Run: `python eval/score_follow7_dev.py [--half tune|check] [-v]` with RAG_HOME pointing at an index.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from eval.devsets import run_judged  # noqa: E402
from eval.score_definitions_dev import passes as defines  # noqa: E402
from eval.score_page_dev import chat_answers  # noqa: E402

SHARE = 0.8


def filter_fails(row: dict, answers: list[Any]) -> list[str]:
    """Why a filter row fails: what the last answer cites against the list before it and the row's papers."""
    shown = {c["id"] for c in answers[-2].citations}
    cited = {c["id"] for c in answers[-1].citations}
    why = [] if cited else ["cites nothing"]
    if outside := sorted(cited - shown):
        why.append(f"cites {len(outside)} papers the list did not show: {outside[:4]}")
    if (got := len(cited & set(row["must"]))) < SHARE * len(row["must"]):
        why.append(f"cites {got}/{len(row['must'])} of must; misses {sorted(set(row['must']) - cited)[:5]}")
    if wrong := sorted(cited & set(row["not_cited"])):
        why.append(f"cites {wrong}")
    return why


def judge(row: dict, answerer: Any) -> list[str]:
    if "turns" in row:
        answers = chat_answers(answerer, row["turns"])
        why = filter_fails(row, answers)
        return [*why, f"read as {answers[-1].standalone!r}", repr(answers[-1].answer[:200])] if why else []
    answer = answerer.ask(row["question"])
    if defines(row, answer.answer, {c["id"] for c in answer.citations}):
        return []
    return [f"[{answer.intent}] {answer.answer[:300]!r}"]


def main() -> None:
    run_judged(
        "follow7_dev.jsonl", judge, lambda row: row["kind"], lambda row: str(row.get("turns", row.get("question")))
    )


if __name__ == "__main__":
    main()

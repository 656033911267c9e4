"""Score eval/fix_dev.jsonl: chat corrections ("no, I meant X", "sorry, only from 2025", "not A, B") and
answer-language requests ("summarize them in French", "en français"), run through the code `rag chat` runs.
Only the last turn is judged:

- `same_as`: a chat (often one question) asked fresh; the last answer must cite the same set of papers as
  that chat's last answer (the corrected question asked alone, or the request's English answer);
- `note: true`: the answer carries the one-line note that offline answers are in English; `note: false`
  (and every row without `note`): it does not;
- a language request's answer says neither "do not cover" nor "could not understand the language";
- the other keys as eval/chat_dev.jsonl (controls that must stay as they are).

Run: `python eval/score_fix_dev.py [--half tune|check|control] [-v]` with RAG_HOME pointing at an index.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from eval.devsets import run_judged  # noqa: E402
from eval.score_chat_dev import judge as judge_chat  # noqa: E402
from eval.score_page_dev import chat_answers, chat_judged, turns_of  # noqa: E402
from rag.answer import Answerer  # noqa: E402

NOTE = "offline answers are in english"
REFUSALS = ("do not cover", "could not understand the language")


def judge(row: dict, answers: list[Any], alone: list[Any] | None, by_id: dict) -> list[str]:
    """The reasons a row fails (empty: it passes)."""
    last = answers[-1]
    why = judge_chat(row, answers, by_id)
    text = last.answer.lower()
    if alone is not None:
        got, want = {c["id"] for c in last.citations}, {c["id"] for c in alone[-1].citations}
        if got != want:
            why.append(f"cites {len(got)} ({len(got - want)} not in, {len(want - got)} missing of {len(want)})")
    if row.get("note") and NOTE not in text:
        why.append("no language note")
    if not row.get("note") and NOTE in text:
        why.append("a language note no one asked for")
    if row.get("note"):
        why += [f"says {w!r}" for w in REFUSALS if w in text]
    return why


def main() -> None:
    def judge_row(row: dict, answers: list[Any], answerer: Answerer) -> list[str]:
        alone = chat_answers(answerer, row["same_as"]) if "same_as" in row else None
        return judge(row, answers, alone, answerer.retriever.by_id)

    run_judged("fix_dev.jsonl", chat_judged(judge_row, 160), lambda row: row["kind"], turns_of)


if __name__ == "__main__":
    main()

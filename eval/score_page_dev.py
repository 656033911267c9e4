"""Score eval/page_dev.jsonl: chats that page a list, run through the code `rag chat` runs (its answer
events, and its history: each turn's question and answer text). Only the last turn is judged:

- `expect_ids` / `expect_n`: the papers the page's entries cite, in order, and the numbers they are cited by
  (an empty list: the page cites nothing);
- `all_done: N`: the answer says "that was all N"; without it, the answer must not say the list ended;
- `no_list`: the answer cites nothing and says there is no list to page;
- the other keys as eval/chat_dev.jsonl (controls that must stay as they are).

Run: `python eval/score_page_dev.py [--half tune|check] [-v]` with RAG_HOME pointing at an index.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from eval.devsets import run_judged  # noqa: E402
from eval.score_chat_dev import judge as judge_chat  # noqa: E402
from rag import cli  # noqa: E402
from rag.answer import Answerer  # noqa: E402
from rag.retrieve import Filters  # noqa: E402

ENTRY_RE = re.compile(r"^(?:[-*+]|\d+[.)])\s+")
CITE_RE = re.compile(r"\[(\d+)\]")


def chat_answers(answerer: Answerer, turns: list[str]) -> list[Any]:
    """Each turn's answer, asked as `rag chat` asks it, with the history it keeps."""
    history: list[tuple[str, str]] = []
    answers = []
    for turn in turns:
        events, status, _ = cli.answer_events(answerer.settings, turn, history, Filters(), None, None, answerer)
        result = cli.as_answer(cli.final_event(events, status))
        answers.append(result)
        history.append((result.question, result.answer))
    return answers


def chat_judged(
    judge: Callable[[dict, list, Answerer], list[str]], opening: int = 200
) -> Callable[[dict, Answerer], list[str]]:
    """`judge(row, answers, answerer)` over the answers to the row's chat turns, as `devsets.run_judged`'s judge: a
    failing row also shows the opening of the last answer."""

    def judged(row: dict, answerer: Answerer) -> list[str]:
        answers = chat_answers(answerer, row["turns"])
        why = judge(row, answers, answerer)
        return [*why, repr(answers[-1].answer[:opening])] if why else []

    return judged


def turns_of(row: dict) -> str:
    return repr(row["turns"])


def list_entries(answer: Any) -> list[tuple[int, str]]:
    """(number, paper id) of each list entry of an answer, in order: the first citation on each entry line."""
    ids = {c["n"]: c["id"] for c in answer.citations}
    entries = []
    for line in answer.answer.split("\n"):
        if ENTRY_RE.match(line) and (m := CITE_RE.search(line)) and int(m.group(1)) in ids:
            entries.append((int(m.group(1)), ids[int(m.group(1))]))
    return entries


def judge(row: dict, answers: list, by_id: dict) -> list[str]:
    """The reasons a row fails (empty: it passes)."""
    last = answers[-1]
    why = judge_chat(row, answers, by_id)
    text = last.answer.lower()
    if "expect_ids" in row:
        shown = list_entries(last)
        if [pid for _, pid in shown] != row["expect_ids"] or (not row["expect_ids"] and last.citations):
            why.append(f"shows {[pid for _, pid in shown][:12]} (cites {len(last.citations)})")
        elif [n for n, _ in shown] != row["expect_n"]:
            why.append(f"numbers {[n for n, _ in shown]}")
    if "all_done" in row and f"that was all {row['all_done']}" not in text:
        why.append(f"does not say 'that was all {row['all_done']}'")
    if "expect_ids" in row and "all_done" not in row and "that was all" in text:
        why.append("says the list ended")
    if row.get("no_list") and (last.citations or "no list" not in text):
        why.append(f"cites {len(last.citations)}, says {last.answer[:80]!r}")
    return why


def main() -> None:
    judge_row = chat_judged(lambda row, answers, answerer: judge(row, answers, answerer.retriever.by_id), 160)
    run_judged("page_dev.jsonl", judge_row, lambda row: row["kind"], turns_of)


if __name__ == "__main__":
    main()

"""Score eval/chat2_dev.jsonl: chat follow-ups that still went wrong at f7480b1 ("and PPO?" after a list, "which is
better?" after a comparison of two terms, a correction as the first turn, "which of them come from NVIDIA?", "and
in French?"), run through the code `rag chat` runs. Only the last turn is judged, with the keys of
eval/follow_dev.jsonl (`same_as`, `says_any`, `lacks`, the chat_dev keys) and eval/fix_dev.jsonl (`note`), and:

- `same_chat`: a chat asked fresh; the last answer cites the same set of papers as that chat's last answer (the
  corrected first turn asked without its opener, the English answer of a language request);
- `cited_name`: every cited paper's title, summary or author list writes this name (an organisation's papers are
  told only by what the digests hold);
- `cites_naming`: every cited paper's title or summary writes one of each group of names (a verdict on two terms
  cites only papers that set both side by side).

Run: `python eval/score_chat2_dev.py [--half tune|check|control] [-v]` with RAG_HOME pointing at an index.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from eval.devsets import run_judged  # noqa: E402
from eval.score_fix_dev import judge as judge_fix  # noqa: E402
from eval.score_follow_dev import judge as judge_follow  # noqa: E402
from eval.score_page_dev import chat_answers, chat_judged, turns_of  # noqa: E402
from rag.answer import Answerer  # noqa: E402


def writes(text: str, name: str) -> bool:
    return bool(re.search(rf"(?<![\w-]){re.escape(name)}", text, re.I))


def judge(row: dict, answers: list[Any], answerer: Answerer) -> list[str]:
    """The reasons a row fails (empty: it passes)."""
    by_id = answerer.retriever.by_id
    why = judge_follow(row, answers, answerer)
    alone = chat_answers(answerer, row["same_chat"]) if "same_chat" in row else None
    why += judge_fix({k: row[k] for k in ("note",) if k in row}, answers, alone, by_id)
    cited = [c["id"] for c in answers[-1].citations]
    if "cited_name" in row:
        name = row["cited_name"]
        why += [
            f"cites {pid}, which does not write {name}"
            for pid in cited
            if not writes(f"{by_id[pid].title} {by_id[pid].summary} {' '.join(by_id[pid].authors)}", name)
        ][:3]
    for group in row.get("cites_naming", []):
        why += [
            f"cites {pid}, which writes none of {group}"
            for pid in cited
            if not any(writes(f"{by_id[pid].title} {by_id[pid].summary}", n) for n in group)
        ][:3]
    return why


def main() -> None:
    def judge_row(row: dict, answers: list[Any], answerer: Answerer) -> list[str]:
        why = judge(row, answers, answerer)
        return [*why, f"read as {answers[-1].standalone!r} [{answers[-1].intent}]"] if why else []

    run_judged("chat2_dev.jsonl", chat_judged(judge_row), lambda row: row["kind"], turns_of)


if __name__ == "__main__":
    main()

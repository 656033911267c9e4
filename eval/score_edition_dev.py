"""Score eval/edition_dev.jsonl: a score asked of a model on one edition of a benchmark ("AIME 2025").

`stated` rows (the model's own summary states a figure on that edition): the answer cites the paper, quotes a
sentence naming the edition, and does not say the score is unstated. `sibling` rows (the summary states a figure
on another edition only, `stated`): the answer says the asked edition's score is not stated and names the edition
the summary does give, so no figure of one edition passes for another's."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from eval.devsets import run_judged  # noqa: E402
from rag.aggregate import name_pattern  # noqa: E402


def judge(row: dict, answerer: Any) -> list[str]:
    result = answerer.ask(row["question"])
    answer, cited = result.answer, [c["id"] for c in result.citations]
    unstated = "not state" in answer
    if row["kind"] == "stated":
        if row["paper"] in cited and name_pattern(row["bench"]).search(answer) and not unstated:
            return []
        return ["no quote of the edition", answer[:120]]
    if unstated and name_pattern(row["stated"]).search(answer):
        return []
    return [f"unstated={unstated}, names {row['stated']}={bool(name_pattern(row['stated']).search(answer))}"]


if __name__ == "__main__":
    run_judged("edition_dev.jsonl", judge, lambda row: row["kind"])

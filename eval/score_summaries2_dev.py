"""Score eval/summaries2_dev.jsonl: a topic summarised over a period written the ways users write it
(eval/summaries2_dev.md), by gold2's summary rule (`rag.rules.check_summary`): at least min(3, len(relevant))
cited papers judged relevant, none cited outside the period. Pass counts by the period's `kind`; a failure
shows the period the question was read as beside the row's.

Run: `python eval/score_summaries2_dev.py [--half tune|check] [-v]` with RAG_HOME pointing at an index.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from eval.devsets import cited_in_order, run_judged  # noqa: E402
from rag.rules import Attempt, Expected, check_summary  # noqa: E402


def judge(row: dict, answerer: Any) -> list[str]:
    """Why the row's answer fails the summary rule ([] when it passes)."""
    answer = answerer.ask(row["question"])
    cited = tuple(c["id"] for c in answer.citations)
    dates = {p.id: p.dates for p in answerer.retriever.papers}
    period = row["filters"]["since"], row["filters"]["until"]
    expected = Expected(relevant=frozenset(row["relevant"]), since=period[0], until=period[1])
    attempt = Attempt(answer=answer.answer, cited=cited)
    if check_summary(attempt, expected, lambda pid: dates.get(pid, [])):
        return []
    read = (answer.parsed.get("since", ""), answer.parsed.get("until", ""))
    return [
        f"read as {read} [{answer.intent}], topics {answer.parsed.get('topics')}, period {period}",
        f"relevant cited {len(set(cited) & set(row['relevant']))}/{len(row['relevant'])}",
        f"{answer.answer[:240]!r}",
        f"cited={cited_in_order(answer)[:6]}",
    ]


if __name__ == "__main__":
    run_judged("summaries2_dev.jsonl", judge, lambda row: row["kind"])

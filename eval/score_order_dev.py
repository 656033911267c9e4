"""Score eval/order_dev.jsonl: chat follow-ups that act on the previous answer (sort a list by date, the Nth
theme of a summary, which of two named papers is newer, which of a list a lab wrote), run through the code
`rag chat` runs. Only the last turn is judged, with the keys of eval/chat2_dev.jsonl, and:

- `dates_order`: "newest" or "oldest": the answer's list entries (one at least) run by date that way;
- `same_cited_as`: a turn's index: the last answer cites the same set of papers as that turn's answer;
- `dated_verdict`: "newer" or "older": the answer cites two papers, the one it cites first is the newer (older)
  of them by digest date, or, when both have the same day, the answer says "same day";
- `theme_of`: [turn, k]: the k-th theme of that turn's summary: the last answer cites every paper that theme's
  line cites, and as many papers as the line says the theme holds.

Run: `python eval/score_order_dev.py [--half tune|check|control] [-v]` with RAG_HOME pointing at an index.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from eval.devsets import run_judged  # noqa: E402
from eval.score_chat2_dev import judge as judge_chat2  # noqa: E402
from eval.score_page_dev import chat_judged, list_entries, turns_of  # noqa: E402
from rag.answer import Answerer  # noqa: E402

CITE_RE = re.compile(r"\[(\d+)\]")


def theme_line(answer: Any, k: int) -> tuple[int, set[str]]:
    """How many papers the k-th theme line of a summary answer says it holds, and the papers it cites."""
    lines = [x for x in answer.answer.split("\n") if re.match(r"^-\s+\*\*", x)]
    if len(lines) < k:
        return 0, set()
    line = lines[k - 1]
    count = re.search(r"\((\d+)\s+papers?", line)
    ids = {c["n"]: c["id"] for c in answer.citations}
    return (int(count.group(1)) if count else 0), {ids[int(n)] for n in CITE_RE.findall(line) if int(n) in ids}


def judge(row: dict, answers: list[Any], answerer: Answerer) -> list[str]:
    """The reasons a row fails (empty: it passes)."""
    by_id = answerer.retriever.by_id
    why = judge_chat2(row, answers, answerer)
    last = answers[-1]
    cited = [c["id"] for c in last.citations]
    if "dates_order" in row:
        dates = [by_id[pid].date for _, pid in list_entries(last)]
        ordered = sorted(dates, reverse=row["dates_order"] == "newest")
        if not dates or dates != ordered:
            why.append(f"entries not {row['dates_order']} first: {dates[:6]}")
    if "same_cited_as" in row:
        before = {c["id"] for c in answers[row["same_cited_as"]].citations}
        if set(cited) != before:
            why.append(f"cites {len(cited)} papers, turn {row['same_cited_as']} cites {len(before)}")
    if "dated_verdict" in row:
        first = CITE_RE.search(last.answer)
        numbers = {c["n"]: c["id"] for c in last.citations}
        days = sorted({by_id[pid].date for pid in cited})
        if len(cited) != 2 or not first or int(first.group(1)) not in numbers:
            why.append(f"cites {cited}, not two papers")
        elif len(days) == 1:
            if "same day" not in last.answer.lower():
                why.append("both have one day, and the answer does not say so")
        elif by_id[numbers[int(first.group(1))]].date != (days[-1] if row["dated_verdict"] == "newer" else days[0]):
            why.append(f"names {numbers[int(first.group(1))]} first, not the {row['dated_verdict']} paper")
    if "theme_of" in row:
        turn, k = row["theme_of"]
        count, ids = theme_line(answers[turn], k)
        if not count or not ids <= set(cited) or len(cited) != count:
            why.append(f"cites {len(cited)} papers, theme {k} holds {count} ({sorted(ids)} among them)")
    return why


def main() -> None:
    def judge_row(row: dict, answers: list[Any], answerer: Answerer) -> list[str]:
        why = judge(row, answers, answerer)
        return [*why, f"read as {answers[-1].standalone!r} [{answers[-1].intent}]"] if why else []

    run_judged("order_dev.jsonl", chat_judged(judge_row), lambda row: row["kind"], turns_of)


if __name__ == "__main__":
    main()

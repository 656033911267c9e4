"""Score eval/chat5_dev.jsonl: chat follow-ups that refine a list's topic, point at an entry of a filtered list,
compare one topic's papers of two years, and one list asked with its dates written differently, run through the code
`rag chat` runs. The last turn is judged with eval/score_chat2_dev.py's keys (`same_as`, …) and:

- `entry_of: [turn, place]`: where that turn's list shows `place` entries or more, the answer cites first the paper of
  its entry `place`; where it shows fewer, it cites nothing and says the list has only that many ("only");
- `per_year: [Y1, Y2]` with `twin`: a trend answer (intent `trend`) writing "Y1: N papers" and "Y2: M papers", the
  same counts as `twin` ("X papers 2024 vs 2025") asked alone;
- `same_order_as`: it cites at least one paper, the same papers in the same order as that question asked alone.

Run: `python eval/score_chat5_dev.py [--half tune|check] [-v]` with RAG_HOME pointing at an index.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from eval.devsets import cited_in_order, run_judged  # noqa: E402
from eval.score_chat2_dev import judge as judge_chat2  # noqa: E402
from eval.score_page_dev import chat_judged, list_entries, turns_of  # noqa: E402
from rag.answer import Answerer  # noqa: E402


def year_counts(text: str, years: list[str]) -> list[str]:
    """Each year's count as the answer writes it ("2024: 89 papers"), '' where it writes none."""
    return [m.group(1) if (m := re.search(rf"\b{y}: (\d[\d,]*) papers?\b", text)) else "" for y in years]


def judge(row: dict, answers: list[Any], answerer: Answerer) -> list[str]:
    """The reasons a row fails (empty: it passes)."""
    last = answers[-1]
    why = judge_chat2(row, answers, answerer)
    cited = cited_in_order(last) or [c["id"] for c in last.citations]
    if "entry_of" in row:
        turn, place = row["entry_of"]
        shown = list_entries(answers[turn])
        if len(shown) >= place and cited[:1] != [shown[place - 1][1]]:
            why.append(f"cites first {cited[:1]}, entry {place} of turn {turn} is {shown[place - 1][1]}")
        if len(shown) < place and (last.citations or "only" not in last.answer.lower()):
            why.append(f"turn {turn} shows {len(shown)} entries; cites {cited[:2]} and does not say so")
    if "per_year" in row:
        twin = answerer.ask(row["twin"])
        got, want = year_counts(last.answer, row["per_year"]), year_counts(twin.answer, row["per_year"])
        if last.intent != "trend":
            why.append(f"intent {last.intent}")
        if not all(got) or got != want:
            why.append(f"counts {got}, {row['twin']!r} gives {want}")
    if "same_order_as" in row:
        want = cited_in_order(answerer.ask(row["same_order_as"]))
        if not cited or cited != want:
            same = "same papers" if set(cited) == set(want) else f"{len(set(cited) ^ set(want))} papers differ"
            why.append(f"cites {len(cited)} ({same}, first {cited[:3]}), {row['same_order_as']!r} {want[:3]}")
    return why


def main() -> None:
    def judge_row(row: dict, answers: list[Any], answerer: Answerer) -> list[str]:
        why = judge(row, answers, answerer)
        return [*why, f"read as {answers[-1].standalone!r} [{answers[-1].intent}]"] if why else []

    run_judged("chat5_dev.jsonl", chat_judged(judge_row), lambda row: row["kind"], turns_of)


if __name__ == "__main__":
    main()

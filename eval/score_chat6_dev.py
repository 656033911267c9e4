"""Score eval/chat6_dev.jsonl: chat follow-ups pointing past a list's fifth entry or counting from its end, one list
asked with "published" or a day that opens or closes its span, and two requests in one turn, run through the code
`rag chat` runs. The last turn is judged with eval/score_chat5_dev.py's keys (`same_order_as`, …) and:

- `entry_of: [turn, place]`: where that turn's list holds the entry `place` (counted from its end when negative: -1
  is the last), the answer cites that paper first; where the list is shorter, it cites nothing and says the list
  has "only" that many;
- `holds_answers`: each of these questions asked alone gives an answer whose opening (its first line, citation
  marks left out, up to 80 characters) the answer writes too: it answers both requests.

Run: `python eval/score_chat6_dev.py [--half tune|check] [-v]` with RAG_HOME pointing at an index.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from eval.devsets import cited_in_order, run_judged  # noqa: E402
from eval.score_chat5_dev import judge as judge_chat5  # noqa: E402
from eval.score_page_dev import chat_judged, list_entries, turns_of  # noqa: E402
from rag.answer import Answerer  # noqa: E402


def opening(text: str) -> str:
    """An answer's first line without its citation marks, up to 80 characters: what another answer repeats of it."""
    line = re.sub(r"\s*\[\d+(?:,\s*\d+)*\]", "", text.strip().split("\n")[0])
    return re.sub(r"\s+", " ", line)[:80].strip()


def judge(row: dict, answers: list[Any], answerer: Answerer) -> list[str]:
    """The reasons a row fails (empty: it passes)."""
    last = answers[-1]
    why = judge_chat5({k: v for k, v in row.items() if k != "entry_of"}, answers, answerer)
    cited = cited_in_order(last) or [c["id"] for c in last.citations]
    if "entry_of" in row:
        turn, place = row["entry_of"]
        shown = list_entries(answers[turn])
        if abs(place) <= len(shown):
            want = shown[place - 1 if place > 0 else place][1]
            if cited[:1] != [want]:
                why.append(f"cites first {cited[:1]}, entry {place} of turn {turn} is {want}")
        elif last.citations or "only" not in last.answer.lower():
            why.append(f"turn {turn} shows {len(shown)} entries; cites {cited[:2]} and does not say so")
    flat = re.sub(r"\s+", " ", re.sub(r"\s*\[\d+(?:,\s*\d+)*\]", "", last.answer))
    for question in row.get("holds_answers", []):
        alone = opening(answerer.ask(question).answer)
        if alone not in flat:
            why.append(f"lacks the opening of {question!r}: {alone!r}")
    return why


def main() -> None:
    def judge_row(row: dict, answers: list[Any], answerer: Answerer) -> list[str]:
        why = judge(row, answers, answerer)
        return [*why, f"read as {answers[-1].standalone!r} [{answers[-1].intent}]"] if why else []

    run_judged("chat6_dev.jsonl", chat_judged(judge_row), lambda row: row["kind"], turns_of)


if __name__ == "__main__":
    main()

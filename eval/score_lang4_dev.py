"""Score eval/lang4_dev.jsonl: is a French, Spanish, German or Chinese question answered as its English twin is?

Each row (a question, or a chat's `turns`) carries its English twin (`english`). `--record` asks the twins and keeps
per turn the intent, the cited papers (in order), the count the answer opens with and its Yes/No verdict. A turn
passes when it was read (no "could not translate" or "could not read/understand" notice the English answer lacks),
has its twin's intent, and then by kind: a row about one paper (`paper`: fact, authors, yes/no, half-remembered)
cites that paper first (and says the `verdict` of a yes/no); an unanswerable row cites nothing; a list, count,
trend, comparison or period summary cites the twin's papers as a set and opens with its count; a chat turn naming a
place in the list (`ordinal`) cites the paper at that place of the chat's own first answer (lists may rank their
papers differently by wording). Run: `python eval/score_lang4_dev.py [--half tune|check] [--record] [-v]` with
RAG_HOME set; a line per half by kind.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from eval.devsets import ask_turns, cited_in_order, read_rows, run_judged  # noqa: E402

SET = "lang4_dev.jsonl"
COUNT_RE = re.compile(r"^\D{0,40}?(\d+) papers?\b")
UNREAD_RE = re.compile(r"could not (?:translate|read this question's language|understand the language)", re.I)
ONE_PAPER = ("fact", "authors", "yesno", "recall")


def turn_record(answer: Any) -> dict:
    """What a turn is judged by."""
    m = COUNT_RE.match(answer.answer)
    verdict = re.match(r"(Yes|No)\b", answer.answer)
    return {
        "intent": answer.intent,
        "cited": cited_in_order(answer) or sorted({c["id"] for c in answer.citations}),
        "count": int(m.group(1)) if m else -1,
        "verdict": verdict.group(1) if verdict else "",
        "unread": bool(UNREAD_RE.search(answer.answer)),
        "opening": answer.answer[:160],
    }


def turns(row: dict, english: bool = False) -> list[str]:
    key = "english" if english else ("turns" if "turns" in row else "question")
    return row[key] if isinstance(row[key], list) else [row[key]]


def turn_failure(row: dict, i: int, got: dict, want: dict, first_list: list[str]) -> str:
    """Why turn i differs from its English twin ('' when it does not)."""
    if got["unread"] and not want["unread"]:
        return "not read"
    if got["intent"] != want["intent"]:
        return f"intent {got['intent']} want {want['intent']}"
    place = row.get("ordinal", {}).get(str(i))
    if place is not None:
        return (
            ""
            if got["cited"][:1] == first_list[place : place + 1]
            else f"cites {got['cited'][:1]} not entry {place + 1}"
        )
    kind = row["kind"]
    if kind in ONE_PAPER:
        if got["cited"][:1] != [row["paper"]]:
            return f"cites {got['cited'][:2]} first, want {row['paper']}"
        return "" if got["verdict"] == row.get("verdict", got["verdict"]) else f"verdict {got['verdict']!r}"
    if kind == "unanswerable":
        return "" if not got["cited"] else f"cites {got['cited'][:3]}"
    if set(got["cited"]) != set(want["cited"]) or got["count"] != want["count"]:
        return f"{len(got['cited'])} papers/count {got['count']}, want {len(want['cited'])}/{want['count']}"
    return ""


def judge(row: dict, answerer: Any) -> list[str]:
    answers = [turn_record(a) for a in ask_turns(answerer, turns(row))]
    first_list = answers[0]["cited"]
    why = []
    for i, (got, want) in enumerate(zip(answers, row["expected"], strict=True)):
        reason = turn_failure(row, i, got, want, first_list)
        if reason:
            why.append(f"turn {i + 1} {turns(row)[i]!r}: {reason}: {got['opening']!r}")
    return why


def record() -> None:
    """Ask each row's English twin and keep its turns' records as the row's `expected`."""
    from rag.answer import Answerer
    from rag.settings import Settings

    path = ROOT / "eval" / SET
    rows = read_rows(path)
    answerer = Answerer(Settings.from_env(llm="extractive"))
    for row in rows:
        row["expected"] = [turn_record(a) for a in ask_turns(answerer, turns(row, english=True))]
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")


if __name__ == "__main__":
    if "--record" in sys.argv:
        sys.argv.remove("--record")
        record()
    run_judged(SET, judge, kind=lambda row: row["kind"], shown=lambda row: " | ".join(turns(row)))

"""Score eval/lang3_dev.jsonl: does a chat in French, Spanish or German answer each turn as its English chat does?

Each row is a chat (`turns`) with its English equivalent (`english`, turn for turn). `--record` asks the English
chat now and keeps each turn's intent, cited papers and the answer's leading count ("54 papers …"). A row passes
when every turn of the chat in its language has its English turn's intent, cites the same papers (as a set), and
opens with the same count; an English turn that cites nothing must be matched by one citing nothing. A row's
`pinned` turns (by index) keep the record written by hand where the English chat is wrong too ("who wrote the first
one?" after a first turn the digests do not cover names no paper: nothing was listed), and `null` is not judged.
Run: `python eval/score_lang3_dev.py [--half tune|check] [--record] [-v]` with RAG_HOME set; a line per half by
language.
"""

from __future__ import annotations

import json
import re
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from eval.devsets import ask_turns, in_half, options, print_table, read_rows  # noqa: E402
from rag.answer import Answerer  # noqa: E402
from rag.settings import Settings  # noqa: E402

COUNT_RE = re.compile(r"^\D{0,40}?(\d+) papers?\b")


def leading_count(text: str) -> int:
    """The count an answer opens with ("54 papers in the digests match …"), -1 where it opens with none."""
    m = COUNT_RE.match(text)
    return int(m.group(1)) if m else -1


def turn_record(answer: Any) -> dict:
    """What a turn is judged by: its intent, its papers and its count."""
    return {
        "intent": answer.intent,
        "cited": sorted({c["id"] for c in answer.citations}),
        "count": leading_count(answer.answer),
        "opening": answer.answer[:160],
    }


def failures(row: dict, answers: list[Any]) -> list[str]:
    """Each turn that differs from its English turn, and how."""
    why = []
    for i, (want, answer) in enumerate(zip(row["expected"], answers, strict=True)):
        got = turn_record(answer)
        diff = [k for k in ("intent", "cited", "count") if want[k] is not None and got[k] != want[k]]
        if diff:
            why.append(
                f"turn {i + 1} {row['turns'][i]!r}: {','.join(diff)} got {got['intent']}/{len(got['cited'])}"
                f"/{got['count']} want {want['intent']}/{len(want['cited'] or [])}/{want['count']}: {got['opening']!r}"
            )
    return why


def main() -> None:
    ap = options("lang3_dev.jsonl")
    ap.add_argument("--record", action="store_true")
    args = ap.parse_args()
    path = Path(args.set)
    rows = read_rows(path)
    answerer = Answerer(Settings.from_env(llm="extractive"))
    if args.record:
        for row in rows:
            pinned = row.get("pinned", {})
            row["expected"] = [
                pinned.get(str(i), turn_record(a)) for i, a in enumerate(ask_turns(answerer, row["english"]))
            ]
        path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    table: dict[str, dict[str, list[bool]]] = defaultdict(lambda: defaultdict(list))
    for row in in_half(rows, args.half):
        why = failures(row, ask_turns(answerer, row["turns"]))
        table[row["half"]][row["lang"]].append(not why)
        if args.v and why:
            print(f"FAIL {row['id']}: {' | '.join(row['turns'])}\n  " + "\n  ".join(why), flush=True)
    print_table(table)


if __name__ == "__main__":
    main()

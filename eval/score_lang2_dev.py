"""Score eval/lang2_dev.jsonl: does a question written in fr/es/de/zh answer as its English source does?

A row passes when its answer has the English answer's intent and
- list: cites the English answer's papers with precision and recall both at least 0.9 (`relevant`, recorded with
  `--record`; an English answer citing nothing must be matched by one citing nothing);
- every other intent: cites first the paper the English answer cites first (`first`).
Run: `python eval/score_lang2_dev.py [--half tune|check] [--record] [-v]` with RAG_HOME set; a line per half by
language.
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from eval.devsets import cited_in_order, in_half, options, print_table, read_rows  # noqa: E402
from rag.answer import Answerer  # noqa: E402
from rag.settings import Settings  # noqa: E402

SHARE = 0.9


def first_cited(answer: Any) -> str:
    """The paper the answer's text cites first (its first citation where the text cites none by number)."""
    order = cited_in_order(answer)
    if order:
        return order[0]
    return answer.citations[0]["id"] if answer.citations else ""


def passes(answer: Any, row: dict) -> bool:
    if answer.intent != row["intent"]:
        return False
    cited = {c["id"] for c in answer.citations}
    if row["intent"] != "list":
        return first_cited(answer) == row["first"]
    relevant = set(row["relevant"])
    if not relevant or not cited:
        return cited == relevant
    hit = len(cited & relevant)
    return hit / len(cited) >= SHARE and hit / len(relevant) >= SHARE


def record(rows: list[dict], path: Path, answerer: Answerer) -> None:
    """--record: each row's English question answered now; its intent, papers, first paper and opening written."""
    for row in rows:
        answer = answerer.ask(row["english"])
        row["intent"] = answer.intent
        row["relevant"] = [c["id"] for c in answer.citations]
        row["first"] = first_cited(answer)
        row["english_answer"] = answer.answer[:300]
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")


def main() -> None:
    ap = options("lang2_dev.jsonl")
    ap.add_argument("--record", action="store_true")
    args = ap.parse_args()
    rows = read_rows(Path(args.set))
    answerer = Answerer(Settings.from_env(llm="extractive"))
    if args.record:
        record(rows, Path(args.set), answerer)
    table: dict[str, dict[str, list[bool]]] = defaultdict(lambda: defaultdict(list))
    for row in in_half(rows, args.half):
        answer = answerer.ask(row["question"])
        ok = passes(answer, row)
        table[row["half"]][row["lang"]].append(ok)
        if args.v and not ok:
            topics = (answer.parsed or {}).get("topics")
            cited = [c["id"] for c in answer.citations]
            print(f"FAIL {row['id']} {answer.intent}/{row['intent']} {topics}: {row['question']}", flush=True)
            print(f"  {answer.answer[:220]!r}", flush=True)
            print(f"  first={first_cited(answer)} want={row['first']} cited={len(cited)} want={len(row['relevant'])}")
    print_table(table)


if __name__ == "__main__":
    main()

"""Score eval/multilingual_dev4.jsonl: does a question of any intent in French, Spanish, German or Chinese answer
as its English twin does?

A row passes when the variant's answer has the English answer's intent and:
- lists: the same number of papers (`count`), and trends: the same opening line's figures (`figures`: the
  total and each month's count);
- period summaries: the same period (`period`, the dates of the opening line) and at least half of the English
  answer's papers, no more than as many others (eval/score_multilingual_dev.py's rule);
- facts, authors, definitions, comparisons: the same first three cited papers (as a set).
`--record` re-records these from the English questions.
Run: `python eval/score_multilingual_dev4.py [--half tune|check] [--record] [-v]` with RAG_HOME set.
"""

from __future__ import annotations

import json
import re
import sys
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from eval.devsets import in_half, options, print_table, read_rows  # noqa: E402
from eval.score_multilingual_dev import passes  # noqa: E402
from rag.answer import Answer, Answerer  # noqa: E402
from rag.settings import Settings  # noqa: E402

FIRST = 3


def observed(answer: Answer) -> dict:
    """What the rule compares, read off one answer."""
    opening = answer.answer.split("\n", 1)[0]
    return {
        "intent": answer.intent,
        "relevant": [c["id"] for c in answer.citations],
        "figures": re.findall(r"\d+", opening) if answer.intent == "trend" else [],
        "period": re.findall(r"\d{4}-\d{2}-\d{2}", opening),
    }


def passes4(got: dict, row: dict) -> bool:
    if got["intent"] != row["intent"]:
        return False
    if row["intent"] == "list":
        return len(got["relevant"]) == len(row["relevant"])
    if row["intent"] == "trend":
        return got["figures"] == row["figures"]
    if row["intent"] == "summary":
        return got["period"] == row["period"] and passes(got["intent"], set(got["relevant"]), row)
    return set(got["relevant"][:FIRST]) == set(row["relevant"][:FIRST])


def run(default_set: str, passes: Callable[[dict, dict], bool]) -> None:
    """Score a set of twinned questions by `passes(observed, row)`; `--record` re-records the English answers."""
    ap = options(default_set)
    ap.add_argument("--record", action="store_true")
    args = ap.parse_args()
    path = Path(args.set)
    rows = read_rows(path)
    answerer = Answerer(Settings.from_env(llm="extractive"))
    if args.record:
        for row in rows:
            answer = answerer.ask(row["english"])
            row.update(observed(answer), english_answer=answer.answer[:300])
        path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    table: dict[str, dict[str, list[bool]]] = defaultdict(lambda: defaultdict(list))
    for row in in_half(rows, args.half):
        answer = answerer.ask(row["question"])
        got = observed(answer)
        ok = passes(got, row)
        table[row["half"]][row["lang"]].append(ok)
        if args.v and not ok:
            topics = (answer.parsed or {}).get("topics")
            print(f"FAIL {row['id']} {got['intent']}/{row['intent']} {topics}: {row['question']}", flush=True)
            print(
                f"  {answer.answer[:200]!r}\n  cited={got['relevant'][:5]} ({len(got['relevant'])}) "
                f"want={row.get('paper') or row['relevant'][:5]} ({len(row['relevant'])})",
                flush=True,
            )
    print_table(table)


def main() -> None:
    run("multilingual_dev4.jsonl", passes4)


if __name__ == "__main__":
    main()

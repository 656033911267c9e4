"""Score eval/multilingual_dev5.jsonl: does a question in Spanish, French, German or Chinese, written with the
field's own research vocabulary, comparison words and descriptions of one paper, answer as its English twin does?

Rows are scored by eval/score_multilingual_dev4.py's rule (same intent; lists: same number of papers; trends: same
opening figures; summaries: same period and papers; facts, authors, definitions, comparisons: same first three
cited papers), but a paraphrase row (a description of one paper, `paper`) passes when that paper is among the
first three the variant's answer cites, as it is among its English twin's.
`--record` re-records the English answers.
Run: `python eval/score_multilingual_dev5.py [--half tune|check] [--record] [-v]` with RAG_HOME set.
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from eval.devsets import in_half, options, print_table, read_rows  # noqa: E402
from eval.score_multilingual_dev4 import FIRST, observed, passes4  # noqa: E402
from rag.answer import Answerer  # noqa: E402
from rag.settings import Settings  # noqa: E402


def passes5(got: dict, row: dict) -> bool:
    if row["type"] == "paraphrase":
        return row["paper"] in got["relevant"][:FIRST]
    return passes4(got, row)


def main() -> None:
    ap = options("multilingual_dev5.jsonl")
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
        ok = passes5(got, row)
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


if __name__ == "__main__":
    main()

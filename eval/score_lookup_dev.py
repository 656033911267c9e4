"""Score eval/lookup_dev.jsonl: half-remembered single-paper lookups (eval/lookup_dev.md).

Rules by `kind`:
- described: a `relevant` paper is among the first two the answer cites, and the answer does not abstain.
- hijacked, named: a `relevant` paper is the first the answer cites, and the answer does not abstain.
An answer abstains when it says the digests do not cover the question, or that the cited paper's summary
says nothing of it.

Run: `python eval/score_lookup_dev.py [--half tune|check] [-v]` with RAG_HOME pointing at an index.
"""

from __future__ import annotations

import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from eval.devsets import cited_in_order, in_half, options, print_table, read_rows  # noqa: E402
from rag.answer import Answerer  # noqa: E402
from rag.records import Answer  # noqa: E402
from rag.settings import Settings  # noqa: E402

ABSTAINS_RE = re.compile(r"do not cover this|does not say anything about|which do not answer", re.I)


def passes(row: dict, answer: Answer) -> bool:
    if ABSTAINS_RE.search(answer.answer):
        return False
    head = cited_in_order(answer)[: 2 if row["kind"] == "described" else 1]
    return any(p in row["relevant"] for p in head)


def main() -> None:
    args = options("lookup_dev.jsonl").parse_args()
    rows = read_rows(Path(args.set))
    answerer = Answerer(Settings.from_env(llm="extractive"))
    table: dict[str, dict[str, list[bool]]] = defaultdict(lambda: defaultdict(list))
    for row in in_half(rows, args.half):
        answer = answerer.ask(row["question"])
        ok = passes(row, answer)
        table[row["half"]][row["kind"]].append(ok)
        if args.v and not ok:
            print(f"FAIL {row['id']}: {row['question']}\n  {answer.answer[:300]!r}\n  cited={cited_in_order(answer)}")
    print_table(table)


if __name__ == "__main__":
    main()

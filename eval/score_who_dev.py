"""Score eval/who_dev.jsonl: authors the digests do not list, near-namesakes, typos of listed authors, and
papers asked of a lab (eval/who_dev.md).

A row passes when the answer holds `phrase` (a regular expression, searched case-sensitively across lines),
holds no `not_phrase`, cites every `must_cite` paper, at least `at_least` of `cites_some_of`, none of
`must_not_cite`, and no more than `cites_max` papers.

Run: `python eval/score_who_dev.py [--half tune|check] [-v]` with RAG_HOME pointing at an index.
"""

from __future__ import annotations

import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from eval.devsets import in_half, options, print_table, read_rows  # noqa: E402
from rag.answer import Answerer  # noqa: E402
from rag.records import Answer  # noqa: E402
from rag.settings import Settings  # noqa: E402


def failures(row: dict, answer: Answer) -> list[str]:
    """What the answer misses of the row's rule; [] when it passes."""
    text, cited = answer.answer, {c["id"] for c in answer.citations}
    why: list[str] = []
    if row.get("phrase") and not re.search(row["phrase"], text, re.S):
        why.append(f"no /{row['phrase']}/")
    if row.get("not_phrase") and re.search(row["not_phrase"], text, re.S):
        why.append(f"holds /{row['not_phrase']}/")
    if missing := [p for p in row.get("must_cite", []) if p not in cited]:
        why.append(f"misses {missing}")
    if len(cited & set(row.get("cites_some_of", []))) < row.get("at_least", 0):
        why.append(f"{len(cited & set(row['cites_some_of']))} of cites_some_of < {row['at_least']}")
    if wrong := sorted(cited & set(row.get("must_not_cite", []))):
        why.append(f"cites {wrong}")
    if "cites_max" in row and len(cited) > row["cites_max"]:
        why.append(f"cites {len(cited)} > {row['cites_max']}")
    return why


def main() -> None:
    args = options("who_dev.jsonl").parse_args()
    rows = read_rows(Path(args.set))
    answerer = Answerer(Settings.from_env(llm="extractive"))
    table: dict[str, dict[str, list[bool]]] = defaultdict(lambda: defaultdict(list))
    for row in in_half(rows, args.half):
        answer = answerer.ask(row["question"])
        why = failures(row, answer)
        table[row["half"]][row["kind"]].append(not why)
        if args.v and why:
            print(f"FAIL {row['id']}: {row['question']}\n  {'; '.join(why)}\n  {answer.answer[:300]!r}")
    print_table(table)


if __name__ == "__main__":
    main()

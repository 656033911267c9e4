"""Score eval/defs_dev.jsonl: definitions of basic concepts and "which paper introduced X?".

An `undefined_concept` row (no digest sentence says what the concept is, judged by reading the summaries
naming it) passes when the opening says no paper defines it and, before that, claims nothing the concept
is or does ("Reward models (RMs) are brittle …" is a finding, not a definition). A `defined_name` row passes
as a definition_name row of eval/score_definitions_dev.py: a definitional claim holding one of `facts`,
citing a `relevant` paper, and no "no paper defines". An `introduced` row passes when the answer's first
source is a `relevant` paper (the one whose own name is X). An `introduced_before_corpus` row (X predates
the digests) passes when the opening says no paper in the digests introduces it.

Run: `python eval/score_defs_dev.py [--half tune|check] [-v]` with RAG_HOME pointing at an index.
"""

from __future__ import annotations

import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from eval.devsets import in_half, options, print_table, read_rows  # noqa: E402
from eval.score_definitions_dev import CUE, UNDEFINED_RE, defines  # noqa: E402
from rag.answer import Answerer  # noqa: E402
from rag.settings import Settings  # noqa: E402

NO_ORIGIN_RE = re.compile(r"\bno paper\b[^.]{0,120}\bintroduc", re.I)


def claimed(opening: str, name: str) -> int:
    """Where the opening first says something the name (or its plural) is or does: a sentence it opens."""
    words = r"[\s-]+".join(re.escape(w) for w in name.split())
    found = re.search(rf"(?:^|[.!?]\s+)\W*{words}s?(?![\w-])(?:{CUE}|\s*(?:\([^)]{{0,60}}\)\s*)?\s+\w+)", opening, re.I)
    return found.start() if found else len(opening)


def passes(row: dict, answer: str, cited: list[str]) -> bool:
    opening = answer[:400]
    undefined = UNDEFINED_RE.search(opening)
    if row["type"] == "undefined_concept":
        return undefined is not None and claimed(opening, row["name"]) >= undefined.start()
    if row["type"] == "defined_name":
        return not undefined and bool(set(cited) & set(row["relevant"])) and defines(opening, row["name"], row["facts"])
    if row["type"] == "introduced":
        return bool(cited) and cited[0] in row["relevant"]
    return bool(NO_ORIGIN_RE.search(opening))


def main() -> None:
    args = options("defs_dev.jsonl").parse_args()
    answerer = Answerer(Settings.from_env(llm="extractive"))
    table: dict[str, dict[str, list[bool]]] = defaultdict(lambda: defaultdict(list))
    for row in in_half(read_rows(Path(args.set)), args.half):
        answer = answerer.ask(row["question"])
        cited = [c["id"] for c in answer.citations]
        ok = passes(row, answer.answer, cited)
        table[row["half"]][row["type"]].append(ok)
        if args.v and not ok:
            print(f"FAIL {row['id']} [{answer.intent}] {row['question']}\n  {answer.answer[:300]!r}", flush=True)
    print_table(table)


if __name__ == "__main__":
    main()

"""Score eval/definitions_dev.jsonl: "what is <name>?" for names that are not acronyms spelled out.

A `definition_name` row passes when the answer's first 400 characters say what the name is (the name, then
"is / are / means / refers to" or ", a / an / the", then one of the row's `facts` in that sentence), do not
say that nothing defines it, and the answer cites a `relevant` paper. An `undefined_name` row (a control: no
summary defines the name) passes when the opening says no paper defines it and makes no such claim before. A
`technique_use` row (eval/definitions_dev2.jsonl: a technique no sentence defines) passes as a defined row, or
when the opening says no paper defines it and goes on to a sentence naming it that holds one of `facts` (what the
papers say it does), citing a `relevant` paper (one introducing or studying it).

Run: `python eval/score_definitions_dev.py [--set eval/definitions_dev2.jsonl] [--half tune|check] [-v]` with
RAG_HOME pointing at an index.
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
from rag.settings import Settings  # noqa: E402

CUE = r"\s*(?:\([^)]{0,60}\)\s*)?(?:,\s*(?:a|an|the)\b|\s(?:is|are|was|means|refers\s+to|stands\s+for|denotes)\b)"
UNDEFINED_RE = re.compile(r"\bno papers?\b[^.]{0,60}\bdefines?\b|\bnot defined\b", re.I)


def claims(opening: str, name: str) -> list[re.Match]:
    """Where the opening says what the name is: the name followed by a defining cue."""
    return list(re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-]){CUE}", opening, re.I))


def defines(opening: str, name: str, facts: list[str]) -> bool:
    """A definitional claim about the name whose sentence holds one of the facts."""
    for m in claims(opening, name):
        sentence = re.split(r"(?<=[.!?])\s|\[\d+\]", opening[m.end() :])[0]
        if any(f.lower() in sentence.lower() for f in facts):
            return True
    return False


def passes(row: dict, answer: str, cited: set[str]) -> bool:
    opening = answer[:400]
    undefined = UNDEFINED_RE.search(opening)
    if row["type"] == "undefined_name":
        return bool(undefined) and not any(m.start() < undefined.start() for m in claims(opening, row["name"]))
    if not cited & set(row["relevant"]):
        return False
    if not undefined:
        return defines(opening, row["name"], row["facts"])
    return row["type"] == "technique_use" and does(opening[undefined.end() :], row["name"], row["facts"])


def does(rest: str, name: str, facts: list[str]) -> bool:
    """After saying nothing defines it, a sentence naming the technique that says what it does (holds a fact)."""
    for sentence in re.split(r"(?<=[.!?])\s|\[\d+\]", rest):
        if re.search(rf"(?<![\w-]){re.escape(name)}", sentence, re.I) and any(
            f.lower() in sentence.lower() for f in facts
        ):
            return True
    return False


def main() -> None:
    args = options("definitions_dev.jsonl").parse_args()
    answerer = Answerer(Settings.from_env(llm="extractive"))
    table: dict[str, dict[str, list[bool]]] = defaultdict(lambda: defaultdict(list))
    for row in in_half(read_rows(Path(args.set)), args.half):
        answer = answerer.ask(row["question"])
        cited = {c["id"] for c in answer.citations}
        ok = passes(row, answer.answer, cited)
        table[row["half"]][row["type"]].append(ok)
        if args.v:
            print(
                f"{'ok  ' if ok else 'FAIL'} {row['id']} [{answer.intent}] {row['question']}\n  {answer.answer[:400]!r}"
            )
            print(f"  cited={sorted(cited)}", flush=True)
    print_table(table)


if __name__ == "__main__":
    main()

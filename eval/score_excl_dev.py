"""Score eval/excl_dev.jsonl: exclusions by a name's kinds, field words in another sense, lower-case names in
comparisons and definitions of capitalised words (eval/excl_dev.md). Pass count per kind, per half.

Run: `python eval/score_excl_dev.py [--half tune|check] [-v]` with RAG_HOME pointing at an index.
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
from rag.rules import defines  # noqa: E402
from rag.settings import Settings  # noqa: E402

# A definition that is no definition: "Transformer is when attention …", "X, where …" as the whole of it.
NOT_DEFINING = re.compile(r"\bis\s+(?:when|where)\b|^[^.\[]*,\s+where\b", re.I)
MIN_OPENING_WORDS = 8


def counts(text: str) -> list[str]:
    """The figures of an answer's first line (a comparison's side counts)."""
    return re.findall(r"\d[\d,]*", re.sub(r"\[\d+\]", "", text.split("\n", 1)[0]))


def judge(row: dict, answerer: Answerer) -> list[str]:
    """The reasons a row fails (empty: it passes)."""
    answer = answerer.ask(row["question"])
    cited = {c["id"] for c in answer.citations}
    why = []
    if row["kind"] in ("exclude", "field"):
        if wrong := sorted(set(row["not_cited"]) & cited):
            why.append(f"cites {wrong}")
        if missing := sorted(set(row["cited"]) - cited):
            why.append(f"misses {missing}")
    elif row["kind"] == "compare":
        want = counts(answerer.ask(row["same_as"]).answer)
        if counts(answer.answer) != want:
            why.append(f"counts {counts(answer.answer)} vs {want}")
    elif row["kind"] == "define":
        opening = answer.answer.split("[1]", 1)[0]
        if not defines(answer.answer, row["term"]) or NOT_DEFINING.search(opening):
            why.append("no defining opening")
        if len(opening.split()) < MIN_OPENING_WORDS:
            why.append("opening says too little")
    if why:
        why.append(repr(answer.answer[:200]))
    return why


def main() -> None:
    args = options("excl_dev.jsonl").parse_args()
    answerer = Answerer(Settings.from_env(llm="extractive"))
    table: dict[str, dict[str, list[bool]]] = defaultdict(lambda: defaultdict(list))
    for row in in_half(read_rows(Path(args.set)), args.half):
        why = judge(row, answerer)
        table[row["half"]][row["kind"]].append(not why)
        if args.v and why:
            print(f"FAIL {row['id']}: {row['question']}\n  {'; '.join(why)}", flush=True)
    print_table(table)


if __name__ == "__main__":
    main()

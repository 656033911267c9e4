"""Score eval/honesty_dev.jsonl: answers that cite only what answers the question, lead with the paper
meant, and read cleanly (issue 10 point 3; eval/honesty_dev.md says how the rows were made).

Rules by `kind`:
- offtopic: the answer cites no paper.
- lookup: the first paper the answer's text cites is one of `relevant`.
- fact: every string of `facts` is in the answer, a `relevant` paper is cited, and nothing else is.
- same: the answer cites papers, and the same ones as the answer to `same_as` (Jaccard ≥ `overlap`, 1 if unset).
- glitch: no `absent` pattern matches the answer, every `present` one does; `repeated`: no run of ten
  words is said twice; `nocite`: no paper is cited.

Run: `python eval/score_honesty_dev.py [--half tune|check] [-v]` with RAG_HOME pointing at an index.
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


def first_cited(answer: Answer) -> str:
    ids = {c["n"]: c["id"] for c in answer.citations}
    found = re.search(r"\[(\d+)\]", answer.answer)
    return ids.get(int(found.group(1)), "") if found else ""


def repeats(text: str) -> bool:
    """The same run of ten words said twice (a sentence, or its clause restated)."""
    words = re.findall(r"\w+", re.sub(r"\[\d+\]", "", text).lower())
    runs = [tuple(words[i : i + 10]) for i in range(len(words) - 9)]
    return len(runs) != len(set(runs))


def passes(row: dict, answer: Answer, answerer: Answerer) -> bool:
    cited = {c["id"] for c in answer.citations}
    text = answer.answer
    kind = row["kind"]
    if kind == "offtopic":
        return not cited
    if kind == "lookup":
        return first_cited(answer) in row["relevant"]
    if kind == "fact":
        relevant = set(row["relevant"])
        return all(f.lower() in text.lower() for f in row["facts"]) and bool(cited & relevant) and cited <= relevant
    if kind == "same":
        other = {c["id"] for c in answerer.ask(row["same_as"]).citations}
        union = cited | other
        return bool(cited) and bool(other) and len(cited & other) / len(union) >= row.get("overlap", 1.0)
    if kind == "glitch":
        ok = not any(re.search(p, text) for p in row.get("absent", []))
        ok = ok and all(re.search(p, text) for p in row.get("present", []))
        ok = ok and not (row.get("repeated") and repeats(text))
        return ok and not (row.get("nocite") and cited)
    raise ValueError(f"{row['id']}: unknown kind {kind!r}")


def main() -> None:
    args = options("honesty_dev.jsonl").parse_args()
    rows = read_rows(Path(args.set))
    answerer = Answerer(Settings.from_env(llm="extractive"))
    table: dict[str, dict[str, list[bool]]] = defaultdict(lambda: defaultdict(list))
    for row in in_half(rows, args.half):
        answer = answerer.ask(row["question"])
        ok = passes(row, answer, answerer)
        table[row["half"]][row["kind"]].append(ok)
        if args.v and not ok:
            cited = [c["id"] for c in answer.citations]
            print(f"FAIL {row['id']}: {row['question']}\n  {answer.answer[:300]!r}\n  cited={cited}", flush=True)
    print_table(table)


if __name__ == "__main__":
    main()

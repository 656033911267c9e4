"""Score eval/kinds_dev3.jsonl: "what are the main benchmarks for X?" lists the papers making a benchmark or
data set on X. A row passes when the answer's head says the papers introduce a benchmark or data set (kind
"data"), a survey (kind "survey"), or neither (kind ""), and names the topic's words; a row with rule "count" (how
often the field uses a name, "the most widely used benchmarks for X") when the head counts the names the topic's
papers write and a later line says the papers introduce a benchmark or data set on it (helper most).

    python eval/score_kinds_dev3.py [tune|check|control|all]
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from rag.answer import Answerer
from rag.settings import Settings

HEADS = {"data": "introduce a benchmark or data set on", "survey": "survey"}


def passes(row: dict, answer: str) -> bool:
    head = answer.splitlines()[0].lower() if answer else ""
    if row.get("rule") == "count":  # "the most widely used benchmarks for X": the count, then the papers making one
        made = [line.lower() for line in answer.splitlines() if HEADS["data"] in line.lower()]
        return "name benchmarks or data sets" in head and bool(made) and names(head, row) and names(made[0], row)
    if row["kind"] == "" and "introduce a benchmark or data set" in head:
        return False
    if row["kind"] and HEADS[row["kind"]] not in head:
        return False
    return names(head, row)


def names(line: str, row: dict) -> bool:
    return all(re.sub(r"s$", "", w) in line for w in re.split(r"[\s-]+", row["topic"]) if w)


def main() -> None:
    split = sys.argv[1] if len(sys.argv) > 1 else "all"
    rows = [json.loads(line) for line in (Path(__file__).parent / "kinds_dev3.jsonl").read_text().splitlines()]
    rows = [r for r in rows if split in ("all", r["split"])]
    answerer = Answerer(Settings.from_env(llm="extractive"))
    passed = 0
    for row in rows:
        answer = answerer.ask(row["question"]).answer
        ok = passes(row, answer)
        passed += ok
        head = answer.splitlines()[0][:160] if answer else ""
        print(f"{'PASS' if ok else 'FAIL'} {row['id']} {row['question']}\n     {head}")
    print(f"{split}: {passed}/{len(rows)}")


if __name__ == "__main__":
    main()

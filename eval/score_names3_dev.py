"""Score eval/names3_dev.jsonl: versioned model names asked as papers write them (dots, hyphens, digits).

`size` rows pass when the answer states the size (the name's own "14B", or the size a summary attaches) and does
not say the figure is unstated. `count` rows pass when the answer's opening line gives a count between the papers
writing the name (`lo`) and those writing it or a longer name of its family (`hi`), 10 % either way, and writes
the name with its dots. `score` rows pass when the answer says the score is not stated, or every quoted sentence
names the model (a size or "-Instruct"/"-Base"/"-Chat" after it allowed, another suffix not) and the benchmark as
asked (`aggregate.name_pattern`: "MATH" is not "MATH-500"). `yesno` rows pass when the first cited paper writes the
name (`naming`), or, where none does, the answer says so.

Run: `python eval/score_names3_dev.py [--half tune|check] [-v]` with RAG_HOME pointing at an index."""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from eval.devsets import cited_in_order, run_judged  # noqa: E402
from rag.aggregate import name_pattern  # noqa: E402

UNSTATED_RE = re.compile(r"\bnot (?:state|say)|does not say anything", re.I)
QUOTE_RE = re.compile(r"^\*\*.+?\*\* \[\d+\]: (.+)$", re.M)


def model_words(name: str) -> re.Pattern:
    """The name as papers write it, with a size or an "-Instruct"/"-Base"/"-Chat" after it."""
    parts = re.findall(r"[A-Za-z]+|\d+(?:\.\d+)*", name)
    body = r"[\s.-]?".join(re.escape(p) for p in parts)
    tail = r"(?:[\s-]\d+(?:\.\d+)?B)?(?:-(?:Instruct|Base|Chat))?"
    return re.compile(rf"(?<![\w.-]){body}{tail}(?![\w+]|[.-]\w)", re.I)


def size_said(size: str, answer: str) -> bool:
    number, unit = size[:-1], size[-1]
    word = {"B": "billion", "T": "trillion", "M": "million"}[unit]
    return bool(re.search(rf"(?<![\d.]){re.escape(number)}\s?(?:{unit}\b|[\s-]?{word})", answer))


def judge(row: dict, answerer: Any) -> list[str]:
    result = answerer.ask(row["question"])
    answer = result.answer
    kind = row["kind"]
    if kind == "size":
        if size_said(row["size"], answer[:600]) and not UNSTATED_RE.search(answer[:300]):
            return []
        return [f"size {row['size']} not stated", answer[:160]]
    if kind == "count":
        first = re.split(r"; by the month|\. ", answer.split("\n")[0])[0]  # the count said, not the months'
        numbers = [int(n.replace(",", "")) for n in re.findall(r"(?<![\w.])\d[\d,]*(?![\w.%-])", first)]
        lo, hi = row["lo"] * 0.9, max(row["hi"], 1) * 1.1
        fits = any(lo <= n <= hi for n in numbers)
        named = model_words(row["name"]).search(first) and (row["name"] in first or "." not in row["name"])
        if fits and named:
            return []
        return [f"count {row['lo']}–{row['hi']} fits={fits} named={bool(named)}", first[:200]]
    if kind == "score":
        if UNSTATED_RE.search(answer[:200]):
            return []
        quotes = QUOTE_RE.findall(answer)
        model, bench = model_words(row["name"]), name_pattern(row["bench"])
        if quotes and all(model.search(q) and bench.search(q) for q in quotes):
            return []
        return ["a figure of another model or benchmark", answer[:200]]
    cited = cited_in_order(result)
    if row["naming"] and cited and cited[0] in row["naming"]:
        return []
    if re.search(
        r"^(?:No paper in the digests (?:presents|names)\b|The digests do not say: none of their papers is )", answer
    ):
        return []  # no paper is the model's own: none can say what it does
    return [f"first cited {cited[:1]} does not name {row['name']}", answer[:160]]


if __name__ == "__main__":
    run_judged("names3_dev.jsonl", judge, lambda row: row["kind"])

"""Score eval/periodlist_dev.jsonl: a list question naming a period and no topic ("which papers are from 2025?")
is answered with every paper of the period: the count first, as many papers cited, each dated in the period."""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

from rag.answer import Answerer
from rag.settings import Settings

COUNT_RE = re.compile(r"^([\d,]+) papers?\b")


def passes(row: dict, answer: str, dates: list[list[str]]) -> tuple[bool, str]:
    m = COUNT_RE.match(answer)
    said = int(m.group(1).replace(",", "")) if m else -1
    inside = all(any(row["since"] <= d <= row["until"] for d in ds) for ds in dates)
    ok = said == row["papers"] and len(dates) == row["papers"] and inside
    return ok, f"says {said}, cites {len(dates)}, all in the period: {inside}"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--half", choices=["tune", "check"], required=True)
    args = parser.parse_args()
    rows = [json.loads(line) for line in Path("eval/periodlist_dev.jsonl").read_text().splitlines()]
    answerer = Answerer(Settings.from_env(llm="extractive"))
    by_id = answerer.retriever.by_id
    kept = [r for r in rows if r["split"] == args.half]
    good = 0
    for row in kept:
        result = answerer.ask(row["question"])
        ok, why = passes(row, result.answer, [by_id[c["id"]].dates for c in result.citations])
        good += ok
        print(f"{'PASS' if ok else 'FAIL'} {row['question']} (expected {row['papers']}): {why}")
    print(f"{args.half}: {good}/{len(kept)}")


if __name__ == "__main__":
    main()

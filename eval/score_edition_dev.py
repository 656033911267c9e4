"""Score eval/edition_dev.jsonl: a score asked of a model on one edition of a benchmark ("AIME 2025").

`stated` rows (the model's own summary states a figure on that edition): the answer cites the paper, quotes a
sentence naming the edition, and does not say the score is unstated. `sibling` rows (the summary states a figure
on another edition only, `stated`): the answer says the asked edition's score is not stated and names the edition
the summary does give, so no figure of one edition passes for another's."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from rag.aggregate import name_pattern
from rag.answer import Answerer
from rag.settings import Settings


def passes(row: dict, answer: str, cited: list[str]) -> tuple[bool, str]:
    unstated = "not state" in answer
    if row["kind"] == "stated":
        ok = row["paper"] in cited and bool(name_pattern(row["bench"]).search(answer)) and not unstated
        return ok, "quotes the edition" if ok else "no quote of the edition"
    names_other = bool(name_pattern(row["stated"]).search(answer))
    return unstated and names_other, f"unstated={unstated} names {row['stated']}={names_other}"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--half", choices=["tune", "check"], required=True)
    args = parser.parse_args()
    rows = [json.loads(line) for line in Path("eval/edition_dev.jsonl").read_text().splitlines()]
    answerer = Answerer(Settings.from_env(llm="extractive"))
    kept = [r for r in rows if r["split"] == args.half]
    good = 0
    for row in kept:
        result = answerer.ask(row["question"])
        ok, why = passes(row, result.answer, [c["id"] for c in result.citations])
        good += ok
        print(f"{'PASS' if ok else 'FAIL'} [{row['kind']}] {row['question']}: {why}")
    print(f"{args.half}: {good}/{len(kept)}")


if __name__ == "__main__":
    main()

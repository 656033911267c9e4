"""Score eval/bare_dev.jsonl: a follow-up that says "which are …" with no "of them" / "ones" after a list
("which are from 2025?") filters that list, citing the same papers as the "which of them …" follow-up. Control rows
(no `canonical`) must not be read as a filter of the list: they pass when their answer's citations differ from the
first turn's."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from rag.answer import Answerer
from rag.settings import Settings


def cited(answerer: Answerer, question: str, history: list[tuple[str, str]]) -> tuple[list[str], str]:
    result = answerer.ask(question, history=history)
    return [c["id"] for c in result.citations], result.answer


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--half", choices=["tune", "check", "control"], required=True)
    args = parser.parse_args()
    rows = [json.loads(line) for line in Path("eval/bare_dev.jsonl").read_text().splitlines()]
    answerer = Answerer(Settings.from_env(llm="extractive"))
    kept = [r for r in rows if r["split"] == args.half]
    good = 0
    for row in kept:
        first_ids, first = cited(answerer, row["first"], [])
        history = [(row["first"], first)]
        bare_ids, bare = cited(answerer, row["bare"], history)
        if row["canonical"]:
            want, _ = cited(answerer, row["canonical"], history)
            ok = set(bare_ids) == set(want)
            why = f"{len(bare_ids)} cited, the 'of them' turn {len(want)}"
        else:
            ok = bare_ids != first_ids and not set(bare_ids) < set(first_ids)
            why = bare[:70].replace("\n", " ")
        good += ok
        print(f"{'PASS' if ok else 'FAIL'} {row['first']} → {row['bare']}: {why}")
    print(f"{args.half}: {good}/{len(kept)}")


if __name__ == "__main__":
    main()

"""Score eval/bare_dev.jsonl: a follow-up that says "which are …" with no "of them" / "ones" after a list
("which are from 2025?") filters that list, citing the same papers as the "which of them …" follow-up. Control rows
(no `canonical`) must not be read as a filter of the list: they pass when their answer's citations differ from the
first turn's."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from eval.devsets import run_judged  # noqa: E402


def cited(answerer: Any, question: str, history: list[tuple[str, str]]) -> tuple[list[str], str]:
    result = answerer.ask(question, history=history)
    return [c["id"] for c in result.citations], result.answer


def judge(row: dict, answerer: Any) -> list[str]:
    first_ids, first = cited(answerer, row["first"], [])
    history = [(row["first"], first)]
    bare_ids, bare = cited(answerer, row["bare"], history)
    if row["canonical"]:
        want, _ = cited(answerer, row["canonical"], history)
        return [] if set(bare_ids) == set(want) else [f"{len(bare_ids)} cited, the 'of them' turn {len(want)}"]
    if bare_ids != first_ids and not set(bare_ids) < set(first_ids):
        return []
    return [f"read as a filter of the list: {bare[:70]!r}"]


if __name__ == "__main__":
    run_judged(
        "bare_dev.jsonl",
        judge,
        lambda row: "bare" if row["canonical"] else "control",
        lambda row: f"{row['first']} → {row['bare']}",
    )

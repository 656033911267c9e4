# ruff: noqa: E501  (the bad gold rows are written whole, as a user writes them)
"""Writes eval/gold_dev.jsonl (see eval/gold_dev.md): bad gold files with the warnings a user must see,
metadata answers whose faithfulness must be scored against the paper's metadata, and "papers by A, B and C"
questions whose answer must list exactly the papers every named person wrote. Seeded; run from a checkout."""

from __future__ import annotations

import json
import random
import re
from collections import defaultdict
from pathlib import Path

from rag.retrieve import Retriever
from rag.settings import Settings

OUT = Path(__file__).with_name("gold_dev.jsonl")
GOOD = '{"id": "g1", "type": "fact", "question": "What is Agent-R?", "relevant": ["2501.11425"]}'


def row(lines: list[str]) -> list[str]:
    return [GOOD, *lines]


# (id, half, gold lines, warning patterns, rows scored or None for an error, error pattern)
FILES = [
    (
        "file-unknown-id",
        "tune",
        row(['{"id": "b", "type": "fact", "question": "q", "relevant": ["2599.99999", "2501.11425"]}']),
        [r":2: relevant: 2599\.99999 is not a paper of the index"],
        2,
        "",
    ),
    (
        "file-bad-date",
        "tune",
        row(
            [
                '{"id": "b", "type": "topic", "question": "q", "relevant": ["2501.11425"], "filters": {"since": "2025-13-45"}}'
            ]
        ),
        [r":2: filters\.since: '2025-13-45' is not a date"],
        1,
        "",
    ),
    (
        "file-relevant-string",
        "tune",
        row(['{"id": "b", "type": "fact", "question": "q", "relevant": "2305.18290"}']),
        [r":2: relevant: must be a list of arXiv ids"],
        1,
        "",
    ),
    (
        "file-answerable-yes",
        "tune",
        row(['{"id": "b", "type": "fact", "question": "q", "relevant": ["2501.11425"], "answerable": "yes"}']),
        [r":2: answerable: must be true or false"],
        1,
        "",
    ),
    (
        "file-misspelt-type",
        "tune",
        row(['{"id": "b", "type": "mehtod", "question": "q", "relevant": ["2501.11425"]}']),
        [r":2: type: 'mehtod' is not a known type.*did you mean 'method'"],
        1,
        "",
    ),
    ("file-duplicate-id", "tune", row([GOOD]), [r":2: id: 'g1' is used again \(first on line 1\)"], 1, ""),
    ("file-empty", "tune", [], [], None, r"no question"),
    (
        "file-missing-field",
        "tune",
        row(['{"id": "b", "type": "fact"}', '{"id": "c", "question": "q", "relevant": ["2501.11425"]}']),
        [r":2: question: missing", r":3: type: missing"],
        1,
        "",
    ),
    ("file-not-json", "check", row(["{id: b, type: fact}"]), [r":2: not a JSON object"], 1, ""),
    (
        "file-bad-day",
        "check",
        row(
            [
                '{"id": "b", "type": "topic", "question": "q", "relevant": ["2501.11425"], "filters": {"until": "2025-02-30"}}'
            ]
        ),
        [r":2: filters\.until: '2025-02-30' is not a date"],
        1,
        "",
    ),
    (
        "file-facts-string",
        "check",
        row(['{"id": "b", "type": "fact", "question": "q", "relevant": ["2501.11425"], "facts": "24.6"}']),
        [r":2: facts: must be a list of strings"],
        1,
        "",
    ),
    (
        "file-top-word",
        "check",
        row(['{"id": "b", "type": "list", "question": "q", "relevant": ["2501.11425"], "top": "three"}']),
        [r":2: top: must be a whole number"],
        1,
        "",
    ),
    (
        "file-id-not-arxiv",
        "check",
        row(['{"id": "b", "type": "fact", "question": "q", "relevant": ["arxiv:2501.11425"]}']),
        [r":2: relevant: 'arxiv:2501\.11425' is not an arXiv id"],
        1,
        "",
    ),
    (
        "file-all-bad",
        "check",
        ['{"id": "a", "type": "fact"}', '{"id": "b", "type": "fact", "question": "q", "relevant": "x"}'],
        [r":1: question: missing", r":2: relevant: must be a list"],
        None,
        r"no question .*2 rows? skipped",
    ),
    ("file-blank-lines", "check", ["", "   ", ""], [], None, r"no question"),
    ("file-not-a-row", "check", row(['["b", "fact", "q"]']), [r":2: not a JSON object"], 1, ""),
]


def main() -> None:
    rng = random.Random(10)
    retriever = Retriever(Settings.from_env())
    papers = retriever.papers
    written: dict[str, list[str]] = defaultdict(list)
    for p in papers:
        for name in p.authors:
            written[name].append(p.id)
    rows: list[dict] = [
        {"id": i, "half": h, "kind": "file", "lines": lines, "warnings": w, "scored": n, "error": e}
        for i, h, lines, w, n, e in FILES
    ]
    named = [p for p in papers if len(p.authors) >= 3 and all(" " in a for a in p.authors[:3])]
    short = [p for p in named if re.match(r"^[A-Z][\w-]{2,20}:", p.title)]  # a system named before its title's colon
    for k, p in enumerate(rng.sample(short, 8)):
        name = p.title.split(":")[0]
        asked = ("Who wrote {}?", "Who are the authors of {}?", "When was {} published?", "Who made {}?")[k % 4]
        rows.append(
            {
                "id": f"meta-{k}",
                "half": ("tune", "check")[k % 2],
                "kind": "faithful",
                "question": asked.format(name),
                "relevant": [p.id],
            }
        )
    prolific = [p for p in named if len(written[p.authors[0]]) >= 2]
    for k, p in enumerate(rng.sample(prolific, 10)):
        names = p.authors[:3] if k % 2 == 0 else p.authors[:2]
        together = sorted(set.intersection(*(set(written[n]) for n in names)))
        asked = (
            f"Which paper is by {names[0]}, {names[1]} and {names[2]}?"
            if len(names) == 3
            else f"papers by {names[0]} and {names[1]}"
        )
        rows.append(
            {
                "id": f"coauthors-{k}",
                "half": ("tune", "check")[k % 2],
                "kind": "coauthors",
                "question": asked,
                "relevant": together,
                "first_author_papers": len(written[names[0]]),
            }
        )
    OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    print(f"{len(rows)} rows → {OUT}")


if __name__ == "__main__":
    main()

"""Score eval/lists23_dev.jsonl: list and count questions on seeded title topics and on four reported failures,
every candidate judged uses vs mentions (eval/lists23_dev.md).

A list row passes when the papers cited hold at least `SHARE` of `gold` and at least `SHARE` of them are in `gold`
or `optional`. A count row (`count`) passes when its stated number lies between `SHARE` of `gold` and `gold` ∪
`optional` over `SHARE`, and its `twin` (the same topic asked as a list) lists that many papers: a count counts
what the list lists. A row with `at_most` passes when the answer states no more papers than that (or none). After
the pass table, each half's micro precision and recall over its list rows (the twins of count rows included).

Run: `python eval/score_lists23_dev.py [--half tune|check] [-v]` with RAG_HOME pointing at an index.
"""

from __future__ import annotations

import re
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from eval.devsets import list_failures, run_judged  # noqa: E402

SHARE = 0.9
COUNTS: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
STATED_RE = re.compile(r"^\D{0,40}?(\d[\d,]*) papers?\b")


def stated(text: str) -> int:
    """The number of papers the answer's opening states, 0 when it states none ("No paper ...")."""
    found = STATED_RE.search(text)
    return int(found.group(1).replace(",", "")) if found else 0


def tally(row: dict, cited: set[str]) -> None:
    gold, fine = set(row["gold"]), set(row["gold"]) | set(row["optional"])
    counts = COUNTS[row["half"]]
    for i, n in enumerate((len(cited & fine), len(cited), len(cited & gold), len(gold))):
        counts[i] += n


def judge(row: dict, answerer: Any) -> list[str]:
    answer = answerer.ask(row["question"])
    if "at_most" in row:
        number = stated(answer.answer)
        return [] if number <= row["at_most"] else [f"states {number} papers: {answer.answer[:160]!r}"]
    if not row.get("count"):
        cited = {str(c["id"]) for c in answer.citations}
        tally(row, cited)
        return list_failures(cited, row, SHARE)
    number, gold, fine = stated(answer.answer), len(row["gold"]), len(set(row["gold"]) | set(row["optional"]))
    listed = {str(c["id"]) for c in answerer.ask(row["twin"]).citations}
    tally(row, listed)
    failures = [] if SHARE * gold <= number <= fine / SHARE else [f"count {number}, gold {gold}, gold+optional {fine}"]
    if len(listed) != number:
        failures.append(f"count {number} but the list {row['twin']!r} lists {len(listed)}")
    return failures


if __name__ == "__main__":
    run_judged("lists23_dev.jsonl", judge, lambda row: "count" if row.get("count") else "list")
    for half, (fine, cited, found, gold) in sorted(COUNTS.items()):
        precision, recall = fine / max(cited, 1), found / max(gold, 1)
        print(f"{half}: micro P {precision:.3f} ({fine}/{cited}) R {recall:.3f} ({found}/{gold})")

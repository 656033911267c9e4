"""What the dev-set scorers share: their options, reading a set, and the pass-count table they print."""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterator, Mapping
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def options(default_set: str) -> argparse.ArgumentParser:
    """--half (only that half), --set (default eval/<default_set>) and -v (print each failure)."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--half", default="")
    ap.add_argument("--set", default=str(ROOT / "eval" / default_set))
    ap.add_argument("-v", action="store_true")
    return ap


def read_rows(path: Path) -> list[dict]:
    """The set's rows; a row that names its half as "split" (eval/facts_dev.jsonl) gets it as "half" too."""
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    for row in rows:
        row.setdefault("half", row.get("split", ""))
    return rows


def in_half(rows: list[dict], half: str) -> Iterator[dict]:
    return (row for row in rows if not half or row["half"] == half)


def print_table(table: Mapping[str, Mapping[str, list[bool]]]) -> None:
    """One line per half: each group's passes out of its rows, then all of them."""
    for half, groups in sorted(table.items()):
        cells = ", ".join(f"{g} {sum(v)}/{len(v)}" for g, v in sorted(groups.items()))
        total = sum(sum(v) for v in groups.values()), sum(len(v) for v in groups.values())
        print(f"{half:5s} {cells}; all {total[0]}/{total[1]}")

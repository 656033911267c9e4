"""Draw the periods of eval/themes_dev.jsonl, seeded, from the corpus's span (eval/themes_dev.md).

ISO weeks and calendar months are drawn at random among those holding a paper; each
kind is shuffled and dealt alternately into the halves `tune` and `check`. The three periods probe 4
reported (2025-W43, 2025-W04, September 2025) are added to `tune` when the draw missed them.

Run: `python eval/make_themes_dev.py > eval/themes_dev.jsonl`.
"""

from __future__ import annotations

import calendar
import json
import random
import sys
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from rag.ingest import load_papers  # noqa: E402
from rag.weeks import iso_week, iso_week_range  # noqa: E402

SEED = 4343
WEEKS, MONTHS = 12, 8
PROBED = [("week", "2025-W43"), ("week", "2025-W04"), ("month", "2025-09")]


def digest_days() -> list[str]:
    """The days a digest lists papers on, first to last (a digest file can be empty)."""
    papers = load_papers([ROOT / "data"])[0]
    return sorted({d for p in papers for d in p.dates})


def month_range(month: str) -> tuple[str, str]:
    y, m = (int(x) for x in month.split("-"))
    return f"{month}-01", f"{month}-{calendar.monthrange(y, m)[1]:02d}"


def span(kind: str, period: str) -> tuple[str, str]:
    if kind == "month":
        return month_range(period)
    year, week = period.split("-W")
    return iso_week_range(int(year), int(week))


def main() -> None:
    days = digest_days()
    weeks = sorted({iso_week(d) for d in days})
    months = sorted({d[:7] for d in days})
    rng = random.Random(SEED)
    rows: list[dict] = []
    for kind, pool, n in (("week", weeks, WEEKS), ("month", months, MONTHS)):
        drawn = rng.sample(pool, n)
        for i, period in enumerate(drawn):
            rows.append({"kind": kind, "period": period, "half": "tune" if i % 2 == 0 else "check", "origin": "seeded"})
    taken = {r["period"] for r in rows}
    rows += [{"kind": k, "period": p, "half": "tune", "origin": "probe4"} for k, p in PROBED if p not in taken]
    for n, row in enumerate(rows, 1):
        start, end = span(row["kind"], row["period"])
        print(json.dumps({"id": f"themes{n:02d}", **row, "start": start, "end": end}))
    # the span is printed to stderr so that a reader sees the draw covers the corpus
    first, last = date.fromisoformat(days[0]), date.fromisoformat(days[-1])
    print(f"corpus {first} to {last} ({(last - first + timedelta(days=1)).days} days)", file=sys.stderr)


if __name__ == "__main__":
    main()

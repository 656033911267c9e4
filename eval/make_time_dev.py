"""Write eval/time_dev.jsonl: recency and date words a researcher types, on seeded corpus topics.

Topics are drawn with seed SEED from the corpus's frequent title terms, as eval/make_counts_dev.py draws them
(acronyms and two-word title phrases written in MIN_TITLES titles or more, generic words left out); a paper
names a topic when its title or summary writes any of its forms (`make_counts_dev.names`). Every period is
computed here from the corpus's newest digest day, by calendar rules written out below, never by the product.

Groups (the rule each row passes by is in eval/score_time_dev.py and eval/time_dev.md):
- recent: "recent / new papers on X", "any recent papers on X?", "recent work on X": a list, newest first.
- dates: day, weekday, season, quarter and year-part words, read back from the newest day.
- last: "in the last / past week / month" (a window ending on the newest day), "last month" alone (the calendar
  month), periods after the newest day (empty: the answer names the newest day and `rag sync`).
- first: "first paper on X" without a question word, "what happened in <month> on X?".
- control: rows of eval/latest_dev.jsonl and eval/periods_dev.jsonl that must keep passing.

Run: `python eval/make_time_dev.py` (writes the set, prints each row).
"""

from __future__ import annotations

import calendar
import json
import sys
from collections import Counter
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from eval.make_counts_dev import drawn_topics  # noqa: E402
from rag.ingest import load_papers  # noqa: E402
from rag.retrieve import mine_acronyms  # noqa: E402

SEED = 3210
TOPICS = 16
RECENT_FORMS = [
    "recent papers on {t}",
    "new papers on {t}",
    "any recent papers on {t}?",
    "recent work on {t}",
    "what are some new papers about {t}?",
    "show me recent research on {t}",
    "any new papers on {t} recently?",
    "recent {t} papers",
]
CONTROL_ROWS = {
    "latest_dev.jsonl": ["new01", "new02", "new03", "new04", "new05", "new06", "new07"],
    "periods_dev.jsonl": ["per04", "per06", "per07", "per08"],
}


def weekday_on_or_before(newest: date, weekday: int) -> date:
    return newest - timedelta(days=(newest.weekday() - weekday) % 7)


def month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def periods(newest: date) -> dict[str, tuple[str, str]]:
    """Each relative date phrase's days, by the calendar from the corpus's newest day (a Thursday here)."""
    q = (newest.month - 1) // 3
    last_q_end = date(newest.year, 3 * q + 1, 1) - timedelta(days=1)
    monday = weekday_on_or_before(newest, 0)
    friday = weekday_on_or_before(newest, 4)
    friday = friday - timedelta(days=7) if friday == newest else friday
    saturday = weekday_on_or_before(newest, 5)
    prev_month_end = newest.replace(day=1) - timedelta(days=1)
    iso = date.isoformat
    return {
        "today": (iso(newest), iso(newest)),
        "yesterday": (iso(newest - timedelta(days=1)),) * 2,
        "monday": (iso(monday), iso(monday)),
        "last friday": (iso(friday), iso(friday)),
        "weekend": (iso(saturday), iso(saturday + timedelta(days=1))),
        "this quarter": (iso(date(newest.year, 3 * q + 1, 1)), iso(month_end(newest.year, 3 * q + 3))),
        "last quarter": (iso(date(last_q_end.year, last_q_end.month - 2, 1)), iso(last_q_end)),
        "summer": (f"{newest.year}-06-01", f"{newest.year}-08-31"),
        "spring": (f"{newest.year}-03-01", f"{newest.year}-05-31"),
        "winter": (f"{newest.year - 1}-12-01", iso(month_end(newest.year, 2))),
        "end of 2024": ("2024-09-01", "2024-12-31"),
        "start of 2025": ("2025-01-01", "2025-04-30"),
        "since the summer": (f"{newest.year}-06-01", ""),
        "past week": (iso(newest - timedelta(days=6)), iso(newest)),
        "past month": (
            iso(
                date(prev_month_end.year, prev_month_end.month, min(newest.day, prev_month_end.day)) + timedelta(days=1)
            ),
            iso(newest),
        ),
        "last month": (iso(prev_month_end.replace(day=1)), iso(prev_month_end)),
        "this week": (iso(monday), iso(monday + timedelta(days=6))),
    }


def main() -> None:
    papers = load_papers([ROOT / "data" / "digests"])[0]
    acronyms = mine_acronyms([f"{p.title}. {p.summary}" for p in papers])
    newest = date.fromisoformat(max(d for p in papers for d in p.dates))
    days = periods(newest)
    named = drawn_topics(papers, acronyms, SEED, TOPICS)
    topics = list(named)

    def in_period(term: str, since: str, until: str) -> list[str]:
        return [p.id for p in named[term] if any(since <= d <= (until or "9") for d in p.dates)]

    rows: list[dict] = []

    def add(group: str, question: str, **checks: object) -> None:
        rows.append(
            {
                "id": f"time-{group}{sum(r['group'] == group for r in rows):02d}",
                "group": group,
                "question": question,
                **checks,
            }
        )

    for n, term in enumerate(topics[:8]):
        newest_day = max(max(p.dates) for p in named[term])
        add(
            "recent",
            RECENT_FORMS[n].format(t=term),
            topic=term,
            intent="list",
            order="newest",
            newest_named=newest_day,
            grep=len(named[term]),
        )
    t = topics[8:]
    dated = [
        ("what came out on Monday?", "monday", ""),
        (f"papers on {t[0]} from last Friday", "last friday", t[0]),
        ("what came out yesterday?", "yesterday", ""),
        (f"papers on {t[1]} today", "today", t[1]),
        (f"papers on {t[2]} from this quarter", "this quarter", t[2]),
        (f"papers on {t[3]} from last quarter", "last quarter", t[3]),
        (f"papers on {t[4]} over the summer", "summer", t[4]),
        (f"papers on {t[5]} in the spring", "spring", t[5]),
        (f"papers on {t[6]} at the end of 2024", "end of 2024", t[6]),
        (f"what's new on {t[7]} since the summer?", "since the summer", t[7]),
        ("what came out over the weekend?", "weekend", ""),
        (f"papers on {t[0]} from the winter", "winter", t[0]),
    ]
    for question, key, term in dated:
        since, until = days[key]
        add(
            "dates",
            question,
            period=[since, until],
            topic=term,
            in_period=in_period(term, since, until) if term else [],
            note=key not in ("end of 2024", "start of 2025"),  # a year's part is read from its own words
        )
    lasts = [
        (f"papers on {t[1]} in the last month", "past month", t[1]),
        (f"papers on {t[1]} in the past month", "past month", t[1]),
        (f"papers on {t[2]} in the last week", "past week", t[2]),
        (f"what papers on {t[3]} came out in the last week?", "past week", t[3]),
        (f"papers on {t[4]} last month", "last month", t[4]),
        ("what's new this week?", "this week", ""),
    ]
    for question, key, term in lasts:
        since, until = days[key]
        add(
            "last",
            question,
            period=[since, until],
            topic=term,
            in_period=in_period(term, since, until) if term else [],
            note=True,
        )
    nxt = newest.replace(day=28) + timedelta(days=4)
    add(
        "last",
        f"what came out in {calendar.month_name[nxt.month]} {nxt.year}?",
        period=[nxt.replace(day=1).isoformat(), month_end(nxt.year, nxt.month).isoformat()],
        future=True,
    )
    add(
        "last",
        f"papers on {t[5]} from {newest.year + 1}",
        period=[f"{newest.year + 1}-01-01", f"{newest.year + 1}-12-31"],
        topic=t[5],
        future=True,
    )
    for term in (topics[0], topics[2], topics[9], topics[11]):
        first_day = min(named[term][0].dates)
        firsts = [p.id for p in named[term] if min(p.dates) == first_day]
        form = "first paper on {t} in the digests" if term in (topics[0], topics[9]) else "the earliest paper on {t}"
        add("first", form.format(t=term), topic=term, intent="when", first=firsts, first_day=first_day)
    for term, month in ((topics[3], 9), (topics[10], 8), (topics[12], 6), (topics[13], 10)):
        year = newest.year
        since, until = f"{year}-{month:02d}-01", month_end(year, month).isoformat()
        name = calendar.month_name[month]
        form = "what happened in {m} on {t}?" if month in (9, 6) else "what happened on {t} in {m}?"
        add(
            "first",
            form.format(m=name, t=term),
            topic=term,
            intent="summary",
            period=[since, until],
            in_period=in_period(term, since, until),
        )
    for source, ids in CONTROL_ROWS.items():
        for line in (ROOT / "eval" / source).read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            if row["id"] in ids:
                rows.append(
                    {
                        "id": f"time-control-{row['id']}",
                        "group": "control",
                        "question": row["question"],
                        "source": source,
                        "relevant": row["relevant"],
                        "filters": row.get("filters", {}),
                        "intent": row.get("intent", ""),
                    }
                )
    by_group: Counter[str] = Counter()
    for row in rows:
        row["half"] = "tune" if by_group[row["group"]] % 2 == 0 else "check"
        by_group[row["group"]] += 1
    out = ROOT / "eval" / "time_dev.jsonl"
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    for r in rows:
        extra = {
            k: (v if not isinstance(v, list) or len(v) < 6 else f"{len(v)} ids")
            for k, v in r.items()
            if k not in ("id", "question", "group", "relevant")
        }
        print(r["id"], r["question"], extra)


if __name__ == "__main__":
    main()

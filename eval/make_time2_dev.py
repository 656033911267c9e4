"""Write eval/time2_dev.jsonl: joined periods, days around the newest digest, "lately" trends, and latest lists.

Topics are drawn with seed SEED from the corpus's frequent title terms, as eval/make_time_dev.py draws them; a
paper names a topic when its title or summary writes any of its forms (`make_counts_dev.names`). Every period is
computed here by the calendar from the corpus's newest digest day, never by the product.

Groups (the rule each row passes by is in eval/score_time2_dev.py and eval/time2_dev.md):
- joined: two periods joined by "and", "until now", "between … and …": one span, the union of both.
- relday: "the day before the last digest", "two days before the latest one": one calendar day counted back
  from the newest day; "in the last digest" is the newest day itself.
- lately: a trend asked "lately / recently / these days": the last three months against the three before.
- samelist: "latest / recent papers on X" against "papers on X": the same papers, newest first.
- control: one relative period alone, and a trend over two periods joined by "than", kept as they are.

Run: `python eval/make_time2_dev.py` (writes the set, prints each row).
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

SEED = 2711
TOPICS = 16
LATELY_STEP = 1.5  # a grep share this many times the other (or less than its inverse) fixes the verdict a row asks


def month_end(day: date) -> date:
    return day.replace(day=calendar.monthrange(day.year, day.month)[1])


def spans(newest: date) -> dict[str, tuple[str, str]]:
    """Each period phrase's days, by the calendar from the newest day (weeks Monday to Sunday)."""
    monday = newest - timedelta(days=newest.weekday())
    first = newest.replace(day=1)
    prev_first = (first - timedelta(days=1)).replace(day=1)
    iso = date.isoformat
    return {
        "this week": (iso(monday), iso(monday + timedelta(days=6))),
        "last week": (iso(monday - timedelta(days=7)), iso(monday - timedelta(days=1))),
        "this month": (iso(first), iso(month_end(first))),
        "last month": (iso(prev_first), iso(first - timedelta(days=1))),
        "past two weeks": (iso(newest - timedelta(days=13)), iso(newest)),
        "today": (iso(newest), iso(newest)),
        "yesterday": (iso(newest - timedelta(days=1)),) * 2,
        "now": (iso(newest), iso(newest)),
    }


def union(*parts: tuple[str, str]) -> list[str]:
    return [min(p[0] for p in parts), max(p[1] for p in parts)]


def month_of(day: str) -> str:
    return day[:7]


def months_before(month: str, n: int) -> str:
    y, m = divmod(int(month[:4]) * 12 + int(month[5:7]) - 1 - n, 12)
    return f"{y:04d}-{m + 1:02d}"


def lately_fields(term: str, named: list, month_totals: Counter[str], last: str) -> dict:
    """A "lately" row's expectations: the last 3 months against the 3 before, by grep counts and their shares."""
    late_months = [months_before(last, k) for k in (2, 1, 0)]
    early_months = [months_before(last, k) for k in (5, 4, 3)]
    by_month = Counter(month_of(min(p.dates)) for p in named)
    share = [sum(by_month[m] for m in ms) / sum(month_totals[m] for m in ms) for ms in (early_months, late_months)]
    verdict = "rising" if share[1] > share[0] * LATELY_STEP else "falling" if share[1] * LATELY_STEP < share[0] else ""
    return {
        "topic": term,
        "intent": "trend",
        "early": [early_months[0], early_months[-1]],
        "late": [late_months[0], late_months[-1]],
        "grep_counts": [sum(by_month[m] for m in early_months), sum(by_month[m] for m in late_months)],
        "verdict": verdict,
    }


def write_halved(rows: list[dict], name: str) -> None:
    """Alternate each group's rows between the tune and check halves, write the set and print each row."""
    by_group: Counter[str] = Counter()
    for row in rows:
        row["half"] = "tune" if by_group[row["group"]] % 2 == 0 else "check"
        by_group[row["group"]] += 1
    out = ROOT / "eval" / name
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    for r in rows:
        print({k: (v if not isinstance(v, list) or len(v) < 6 else f"{len(v)} ids") for k, v in r.items()})


def main() -> None:
    papers = load_papers([ROOT / "data" / "digests"])[0]
    acronyms = mine_acronyms([f"{p.title}. {p.summary}" for p in papers])
    newest = date.fromisoformat(max(d for p in papers for d in p.dates))
    days = spans(newest)
    named = drawn_topics(papers, acronyms, SEED, TOPICS)
    t = list(named)
    month_totals = Counter(month_of(p.date) for p in papers)

    def in_period(term: str, since: str, until: str) -> list[str]:
        return [p.id for p in named[term] if any(since <= d <= until for d in p.dates)]

    rows: list[dict] = []

    def add(group: str, question: str, **checks: object) -> None:
        n = sum(r["group"] == group for r in rows)
        rows.append({"id": f"time2-{group}{n:02d}", "group": group, "question": question, **checks})

    joined = [
        ("papers on {t} from this week and last week", ("this week", "last week")),
        ("{t} papers between last week and this week", ("last week", "this week")),
        ("papers on {t} from last month until now", ("last month", "now")),
        ("papers on {t} over the past two weeks and today", ("past two weeks", "today")),
        ("what's new on {t} last month and this month?", ("last month", "this month")),
        ("papers about {t} from yesterday and today", ("yesterday", "today")),
        ("{t} papers from last week to this week", ("last week", "this week")),
        ("show me {t} papers from last month till now", ("last month", "now")),
        ("any papers on {t} between last month and now?", ("last month", "now")),
        ("list papers on {t} this week and last week", ("this week", "last week")),
        ("papers on {t} from last week through today", ("last week", "today")),
        ("{t} work from last month and this month", ("last month", "this month")),
    ]
    for n, (form, keys) in enumerate(joined):
        term = t[n]
        period = union(*(days[k] for k in keys))
        add("joined", form.format(t=term), topic=term, period=period, in_period=in_period(term, *period))
    iso = date.isoformat
    relday = [
        ("what came out the day before the last digest?", 1, ""),
        ("papers from two days before the latest digest", 2, ""),
        ("what was published the day before the newest digest?", 1, ""),
        ("what came out two days before the last one?", 2, ""),
        (f"papers on {t[12]} from the day before the latest digest", 1, t[12]),
        ("what came out in the last digest?", 0, ""),
        ("what appeared three days before the most recent digest?", 3, ""),
        ("list the papers from the day before the last digest", 1, ""),
        ("which papers came out 3 days before the latest digest?", 3, ""),
        ("papers in the most recent digest", 0, ""),
    ]
    recent_days = {iso(newest - timedelta(days=k)) for k in range(4)}
    on_day = {d: sorted(p.id for p in papers if d in p.dates) for d in recent_days}
    for question, back, term in relday:
        day = iso(newest - timedelta(days=back))
        ids = in_period(term, day, day) if term else on_day[day]
        add("relday", question, topic=term, period=[day, day], in_day=ids)
    lately = [
        "is interest in {t} growing lately?",
        "has {t} been rising recently?",
        "is {t} picking up these days?",
        "are papers on {t} declining lately?",
        "how has {t} been trending recently?",
        "is research on {t} growing these days?",
        "has work on {t} grown lately?",
        "is {t} getting more popular recently?",
    ]
    last = month_of(iso(newest))
    for n, form in enumerate(lately):
        term = t[4 + n]
        add("lately", form.format(t=term), **lately_fields(term, named[term], month_totals, last))
    for n, form in enumerate(
        ["latest papers on {t}", "recent papers on {t}", "newest {t} papers", "the latest on {t}"]
    ):
        term = t[8 + n]
        add("samelist", form.format(t=term), topic=term, plain=f"papers on {term}")
    add("samelist", "latest papers on video generation", topic="video generation", plain="papers on video generation")
    add("samelist", "recent work on world models", topic="world models", plain="papers on world models")
    controls = [
        (f"papers on {t[13]} from last week", list(days["last week"]), ""),
        (f"papers on {t[14]} this month", list(days["this month"]), ""),
        (
            f"is {t[15]} more popular this month than last month?",
            union(days["last month"], days["this month"]),
            "trend",
        ),
        (f"papers on {t[13]} in the past two weeks", list(days["past two weeks"]), ""),
    ]
    for question, period, intent in controls:
        add("control", question, period=period, intent=intent)
    write_halved(rows, "time2_dev.jsonl")


if __name__ == "__main__":
    main()

"""Draw period-summary candidates for eval/summaries2_dev.jsonl, seeded, from the corpus (gold2's summary recipe).

As eval/make_gold2.py draws its summary rows (a random period, then a topic with papers in it) and
eval/make_summaries_dev.py prints them for judging, with a new seed and with the periods written in the
many ways users write them: ISO weeks ("2025-W12", "week 12 of 2025"), "the week of March 17" (with or
without its year), a part of a month ("mid-March 2025", "the first half of February"), quarters ("Q1
2025"), parts of a year ("late 2024"), the first or last week of a year, months, and day spans. A period
written without its year is its latest one up to the corpus's newest day, as `rag.question.strip_dates`
reads a month without its year. Topics are the corpus's frequent title terms as eval/make_counts_dev.py
draws them (`drawn_topics`: acronyms and two-word title phrases, with their acronym or expansion); a paper
names a topic when its title or summary writes one of its forms (`make_counts_dev.names`).

For each draw this prints every paper of the period that names the topic, with its summary, for a person
to judge by reading (uses, proposes or studies it = relevant). The judged rows were written into
eval/summaries2_dev.jsonl from this output; see eval/summaries2_dev.md.

Run: `python eval/make_summaries2_dev.py` (prints the draws and their candidates).
"""

from __future__ import annotations

import calendar
import random
import sys
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from eval.make_counts_dev import casings_of, drawn_topics, forms_of  # noqa: E402
from rag.ingest import load_papers  # noqa: E402
from rag.retrieve import mine_acronyms  # noqa: E402

SEED = 3737
WANTED = 22
POOL = 60  # title terms drawn into the topic pool
# Fewer candidates leave nothing to summarise; more are too many to judge by reading.
MIN_CANDIDATES, MAX_CANDIDATES = 2, 10
# Drawn title terms that are a fragment of a longer name, which no user asks about alone ("KV" of "KV cache",
# "SWE" of "SWE-bench", "VL" of "vision-language", "autoregressive image" of "autoregressive image generation"):
# skipped when drawn, as gold2 skipped its acronym noise.
FRAGMENTS = frozenset({"KV", "SWE", "UI", "VL", "autoregressive image"})
MONTHS = list(calendar.month_name)[1:]
SHORT = [m[:3] for m in MONTHS]
QUESTIONS = [
    "summarize the papers on {t} {p}",
    "what came out on {t} {p}?",
    "overview of {t} papers {p}",
    "give me a rundown of {t} work {p}",
    "what's new on {t} {p}?",
    "recap the {t} research {p}",
    "can you sum up what was published about {t} {p}?",
    "brief me on {t} {p}",
    "what happened in {t} {p}?",
    "{t} papers {p}: give me a summary",
]
Period = tuple[str, date, date]  # the words, first day, last day


def month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def latest_on_or_before(newest: date, month: int, day: int) -> date:
    """A yearless date's latest occurrence up to the newest day ("March 17" asked in 2025-10 is 2025-03-17)."""
    year = newest.year if (month, day) <= (newest.month, newest.day) else newest.year - 1
    return date(year, month, day)


def iso_week(day: date, rng: random.Random, newest: date) -> Period:
    monday = day - timedelta(days=day.weekday())
    y, w, _ = monday.isocalendar()
    words = rng.choice([f"{y}-W{w:02d}", f"week {w} of {y}", f"ISO week {w}, {y}"])
    return words, monday, monday + timedelta(days=6)


def week_of(day: date, rng: random.Random, newest: date) -> Period:
    monday = day - timedelta(days=day.weekday())
    name = rng.choice([MONTHS, SHORT])[monday.month - 1]
    yearless = latest_on_or_before(newest, monday.month, monday.day) == monday
    words = rng.choice(
        [f"the week of {name} {monday.day}, {monday.year}", f"the week of {monday.day} {name} {monday.year}"]
        + ([f"the week of {name} {monday.day}"] * 2 if yearless else [])
    )
    return words, monday, monday + timedelta(days=6)


def part_month(day: date, rng: random.Random, newest: date) -> Period:
    end = calendar.monthrange(day.year, day.month)[1]
    part, first, last = rng.choice(
        [("early", 1, 10), ("mid", 11, 20), ("late", 21, end), ("first half of", 1, 15), ("second half of", 16, end)]
    )
    name = MONTHS[day.month - 1]
    yearless = latest_on_or_before(newest, day.month, 1).year == day.year
    lead = "" if part in ("early", "late") else "the " if "half" in part else ""
    sep = "-" if part == "mid" and rng.random() < 0.5 else " "
    words = rng.choice([f"{lead}{part}{sep}{name} {day.year}"] + ([f"{lead}{part}{sep}{name}"] if yearless else []))
    return words, day.replace(day=first), day.replace(day=last)


def quarter(day: date, rng: random.Random, newest: date) -> Period:
    q = (day.month - 1) // 3 + 1
    nth = ["first", "second", "third", "fourth"][q - 1]
    words = rng.choice([f"Q{q} {day.year}", f"the {nth} quarter of {day.year}"])
    return words, date(day.year, 3 * q - 2, 1), month_end(day.year, 3 * q)


def year_part(day: date, rng: random.Random, newest: date) -> Period:
    part, first, last = {1: ("early", 1, 4), 2: ("mid", 5, 8), 3: ("late", 9, 12)}[(day.month - 1) // 4 + 1]
    words = rng.choice([f"{part} {day.year}", f"{part}-{day.year}"])
    return words, date(day.year, first, 1), month_end(day.year, last)


def year_week(day: date, rng: random.Random, newest: date) -> Period:
    """The first or last seven days of a year inside the corpus ("the last week of 2024": December 25 to 31)."""
    first = newest.replace(year=newest.year - 1, month=9, day=1)  # the corpus's first month or later
    options = [
        (f"the {which} week of {year}", *days)
        for year in range(first.year, newest.year + 1)
        for which, days in (
            ("first", (date(year, 1, 1), date(year, 1, 7))),
            ("last", (date(year, 12, 25), date(year, 12, 31))),
        )
        if first <= days[0] and days[1] <= newest
    ]
    return rng.choice(options)


def month(day: date, rng: random.Random, newest: date) -> Period:
    words = rng.choice(
        [f"{MONTHS[day.month - 1]} {day.year}", f"{SHORT[day.month - 1]} {day.year}", f"{day.year}-{day.month:02d}"]
    )
    return words, day.replace(day=1), month_end(day.year, day.month)


def day_span(day: date, rng: random.Random, newest: date) -> Period:
    end = day + timedelta(days=rng.randrange(4, 15))
    first, last = f"{MONTHS[day.month - 1]} {day.day}", f"{MONTHS[end.month - 1]} {end.day}"
    words = rng.choice([f"between {first} and {last}, {end.year}", f"from {first} to {last} {end.year}"])
    return words, day, end


KINDS: dict[str, Callable[[date, random.Random, date], Period]] = {
    "iso_week": iso_week,
    "week_of": week_of,
    "part_month": part_month,
    "quarter": quarter,
    "year_part": year_part,
    "year_week": year_week,
    "month": month,
    "day_span": day_span,
}


def main() -> None:
    papers = load_papers([ROOT / "data" / "digests"])[0]
    acronyms = mine_acronyms([f"{p.title}. {p.summary}" for p in papers])
    first = date.fromisoformat(min(d for p in papers for d in p.dates))
    newest = date.fromisoformat(max(d for p in papers for d in p.dates))
    topics = drawn_topics(papers, acronyms, SEED, POOL)
    casings = casings_of(papers)
    forms = {t: {f.lower() for f in forms_of(t, acronyms, casings)} for t in topics}
    rng = random.Random(SEED)
    skipped = 0
    used: set[str] = set()  # forms of the topics drawn: "RAG" is not drawn again as its expansion
    drawn: list[tuple[str, Period]] = []
    while len(drawn) < WANTED:
        kind = sorted(KINDS)[len(drawn) % len(KINDS)]  # every kind in turn, so each is drawn
        day = first + timedelta(days=rng.randrange((newest - first).days - 14))
        drawn.append((kind, KINDS[kind](day, rng, newest)))
        if drawn[-1][1][2] > newest:
            drawn.pop()
            skipped += 1
    for n, (kind, (words, start, end)) in enumerate(drawn):
        start = max(start, first)
        while True:
            term = rng.choice(sorted(t for t in topics if not forms[t] & used))
            used |= forms[term] if term in FRAGMENTS else set()
            inside = [p for p in topics[term] if any(start.isoformat() <= d <= end.isoformat() for d in p.dates)]
            if term not in FRAGMENTS and MIN_CANDIDATES <= len(inside) <= MAX_CANDIDATES:
                break
            skipped += 1
        used |= forms[term]
        said = words if words.startswith(("between", "from")) else f"{rng.choice(['in', 'from', 'during'])} {words}"
        question = rng.choice(QUESTIONS).format(t=term, p=said)
        print(f"## draw {n}: {kind} | {term} | {question} | {start} .. {end} | {len(inside)} candidates")
        for p in inside:
            print(f"- {p.id} {p.dates[0]} {p.title}\n    {p.summary}")
    print(f"({skipped} draws skipped: fewer than {MIN_CANDIDATES} or more than {MAX_CANDIDATES} candidates)")


if __name__ == "__main__":
    main()

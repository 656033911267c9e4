"""ISO weeks, Monday to Sunday: the one calendar the question reader, briefings and counts share."""

from __future__ import annotations

from collections.abc import Collection
from datetime import date, timedelta


def week_holding(day: date) -> tuple[str, str]:
    """The Monday and Sunday of the week that holds `day`, as ISO days."""
    monday = day - timedelta(days=day.weekday())
    return monday.isoformat(), (monday + timedelta(days=6)).isoformat()


def iso_week_range(year: int, week: int) -> tuple[str, str]:
    """(2025, 4) → ('2025-01-20', '2025-01-26'); raises ValueError for a week the year lacks."""
    return week_holding(date.fromisocalendar(year, week, 1))


def iso_week(day: str) -> str:
    """'2025-01-22' → '2025-W04'."""
    year, week, _ = date.fromisoformat(day).isocalendar()
    return f"{year}-W{week:02d}"


def monday(week: str) -> str:
    """'2025-W22' → '2025-05-26'."""
    return iso_week_range(int(week[:4]), int(week[6:]))[0]


def missing_digests(start: str, end: str, days: Collection[str]) -> tuple[int, int]:
    """(days with a digest, days expected) in `start`..`end` cut to the span `days` covers, when fewer have one.

    A day is expected on the weekdays the digests come out on (read from `days`: Monday to Friday here), so a
    week whose digests are empty files says so ("1 of its 5 weekdays"); (0, 0) where none is missing."""
    if not days:
        return 0, 0
    first, last = max(start, min(days)), min(end, max(days))
    if first > last:
        return 0, 0
    published = {date.fromisoformat(d).weekday() for d in days}
    begin = date.fromisoformat(first)
    span = (date.fromisoformat(last) - begin).days + 1
    expected = sum((begin + timedelta(days=n)).weekday() in published for n in range(span))
    held = sum(first <= d <= last for d in days)
    return (held, expected) if held < expected else (0, 0)


def days_note(held: int, expected: int) -> str:
    """How many of a period's weekdays have a digest, said only where some lack one (a period summary's
    head line and a briefing's figures say it alike)."""
    if held >= expected:
        return ""
    weekdays = f"{expected} weekday{'s' if expected != 1 else ''}"
    return f" Only {held} of its {weekdays} {'has' if held == 1 else 'have'} a digest."

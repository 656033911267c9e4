"""ISO weeks, Monday to Sunday: the one calendar the question reader, briefings and counts share."""

from __future__ import annotations

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

"""Constraints stated in a question's words become filters: dates ("in the week of 2025-01-20",
"from January 2025") and code ("… and have code?"). Pure functions: text in, text and values out."""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

ISO = r"(\d{4}-\d{2}-\d{2})"
MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
MONTH_RE = "|".join(MONTHS)
DATE_PATTERNS: list[tuple[re.Pattern, str]] = [
    (re.compile(rf"\bbetween\s+{ISO}\s+and\s+{ISO}", re.I), "between"),
    (re.compile(rf"\b(?:in\s+|during\s+)?(?:the\s+)?week\s+of\s+{ISO}", re.I), "week_of"),
    (re.compile(r"\b(?:in|during|from)\s+(?:the\s+)?(?:week\s+)?(\d{4})-W(\d{1,2})\b", re.I), "iso_week"),
    (re.compile(rf"\b(?:since|after)\s+{ISO}", re.I), "since"),
    (re.compile(rf"\b(?:until|before)\s+{ISO}", re.I), "until"),
    (re.compile(rf"\b(?:on|from|of|dated)\s+{ISO}", re.I), "day"),
    (re.compile(rf"\b(?:in|from|during|of)\s+({MONTH_RE})\s+(\d{{4}})\b", re.I), "month"),
    (re.compile(r"\b(?:in|from|during|of|over|throughout)\s+(20\d{2})\b(?!-)", re.I), "year"),
]
CODE_RE = re.compile(
    r"\b(?:and\s+|that\s+|with\s+|which\s+)?(?:of\s+(?:those|them|these)\s+)?"
    r"(?:have|has|having|with|release[sd]?|provide[sd]?|share[sd]?)\s+(?:open[- ]source\s+|public\s+|their\s+)?"
    r"(?:code|implementations?|github)\b",
    re.IGNORECASE,
)


def iso_date(value: str) -> str:
    """`value` when it is a calendar date as YYYY-MM-DD, or '' for ''; else a one-line ValueError."""
    if value:
        try:
            date.fromisoformat(value)
        except ValueError:
            raise ValueError(f"{value!r}: expected a date as YYYY-MM-DD") from None
    return value


def tidy(text: str) -> str:
    text = re.sub(r"\s{2,}", " ", text).strip(" ,")
    return re.sub(r"\s+([?.!,])", r"\1", text)


def strip_code_intent(question: str) -> tuple[str, bool]:
    """`… and have code?` becomes a has-code filter rather than a search term."""
    if CODE_RE.search(question):
        return tidy(CODE_RE.sub(" ", question)).rstrip("?") + "?", True
    return question, False


WRITTEN_DATE_RE = re.compile(
    rf"\b(?:({MONTH_RE})\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})|(\d{{1,2}})(?:st|nd|rd|th)?\s+({MONTH_RE}),?\s+(\d{{4}}))\b",
    re.I,
)


def iso_dates(text: str) -> str:
    """ "January 20, 2025" and "20 January 2025" written as 2025-01-20, so one set of patterns reads both."""

    def iso(m: re.Match) -> str:
        month, day, year = (m.group(1), m.group(2), m.group(3)) if m.group(1) else (m.group(5), m.group(4), m.group(6))
        try:
            return date(int(year), MONTHS[month.lower()], int(day)).isoformat()
        except ValueError:
            return str(m.group(0))

    return WRITTEN_DATE_RE.sub(iso, text)


def strip_dates(question: str) -> tuple[str, str, str]:
    """The first date phrase of a question as (question without it, since, until); '' where unstated."""
    question = iso_dates(question)
    for pattern, kind in DATE_PATTERNS:
        m = pattern.search(question)
        if not m:
            continue
        try:
            since, until = _range(kind, m.groups())
        except ValueError:
            continue
        return tidy(question[: m.start()] + " " + question[m.end() :]), since, until
    return question, "", ""


def _range(kind: str, groups: tuple[str, ...]) -> tuple[str, str]:
    if kind == "between":
        return iso_date(groups[0]), iso_date(groups[1])
    if kind == "week_of":
        day = date.fromisoformat(groups[0])
        monday = day - timedelta(days=day.weekday())
        return monday.isoformat(), (monday + timedelta(days=6)).isoformat()
    if kind == "iso_week":
        monday = date.fromisocalendar(int(groups[0]), int(groups[1]), 1)
        return monday.isoformat(), (monday + timedelta(days=6)).isoformat()
    if kind == "since":
        return iso_date(groups[0]), ""
    if kind == "until":
        return "", iso_date(groups[0])
    if kind == "day":
        return iso_date(groups[0]), iso_date(groups[0])
    if kind == "month":
        year, month = int(groups[1]), MONTHS[groups[0].lower()]
        last = calendar.monthrange(year, month)[1]
        return date(year, month, 1).isoformat(), date(year, month, last).isoformat()
    return f"{groups[0]}-01-01", f"{groups[0]}-12-31"

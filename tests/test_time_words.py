"""Recency and date words answered on the real one-week index (2025-W04, newest day Friday 2025-01-24)."""

from __future__ import annotations

import re

import pytest

from rag.answer import Answerer

NOTE = "Dates count back from the digests' newest day, Friday 2025-01-24, not from today."


@pytest.fixture(scope="module")
def answerer(week_retriever, week_settings):
    return Answerer(week_settings, retriever=week_retriever)


def test_a_weekday_is_that_day_of_the_newest_week_and_the_answer_says_from_when(answerer):
    result = answerer.ask("what came out on Monday?")
    assert (result.filters["since"], result.filters["until"]) == ("2025-01-20", "2025-01-20")
    assert result.citations and {c["date"] for c in result.citations} == {"2025-01-20"}
    assert result.answer.count(NOTE) == 1 and result.answer.endswith(NOTE)


def test_a_period_named_by_its_own_words_needs_no_note(answerer):
    result = answerer.ask("what came out on 2025-01-22?")
    assert result.citations and "newest day" not in result.answer


def test_a_period_after_the_newest_day_names_it_and_rag_sync(answerer):
    result = answerer.ask("what came out in March 2025?")
    assert not result.citations
    assert "The digests end on Friday 2025-01-24; `rag sync` fetches the days published since." in result.answer


def test_recent_papers_are_listed_newest_first_as_the_latest_are(answerer):
    recent = answerer.ask("recent papers on reasoning")
    latest = answerer.ask("latest papers on reasoning")
    dates = [c["date"] for c in sorted(recent.citations, key=lambda c: c["n"])]
    assert len(dates) > 3 and dates == sorted(dates, reverse=True) and dates[0] == "2025-01-24"
    assert [c["id"] for c in recent.citations] == [c["id"] for c in latest.citations]


def test_an_authors_recent_papers_come_newest_first(answerer):
    result = answerer.ask("what has Liefeng Bo published lately?")
    dates = [c["date"] for c in sorted(result.citations, key=lambda c: c["n"])]
    assert dates == ["2025-01-22", "2025-01-20"]


def test_two_periods_joined_are_one_span_and_leave_nothing_in_the_topic(answerer):
    for asked in (
        "papers on reasoning from yesterday and today",
        "papers on reasoning between yesterday and today",
        "papers on reasoning from yesterday until now",
    ):
        result = answerer.ask(asked)
        assert (result.filters["since"], result.filters["until"]) == ("2025-01-23", "2025-01-24"), asked
        assert result.citations and {c["date"] for c in result.citations} <= {"2025-01-23", "2025-01-24"}, asked
        opening = result.answer.split("\n", 1)[0]
        assert not re.search(r"\b(?:today|yesterday|now|until)\b", opening), opening
    wide = answerer.ask("papers on reasoning from last week until now")
    assert (wide.filters["since"], wide.filters["until"]) == ("2025-01-13", "2025-01-24")


def test_a_day_counted_from_the_newest_digest_is_that_calendar_day(answerer):
    for asked, day in (
        ("what came out the day before the last digest?", "2025-01-23"),
        ("papers from two days before the latest digest", "2025-01-22"),
        ("what came out 3 days before the last one?", "2025-01-21"),
        ("what came out in the last digest?", "2025-01-24"),
    ):
        result = answerer.ask(asked)
        assert (result.filters["since"], result.filters["until"]) == (day, day), asked
        assert result.citations and {c["date"] for c in result.citations} == {day}, asked
    assert "`rag sync`" in answerer.ask("what came out the day after the latest digest?").answer

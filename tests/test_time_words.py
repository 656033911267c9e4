"""Recency and date words answered on the real one-week index (2025-W04, newest day Friday 2025-01-24)."""

from __future__ import annotations

import re

import pytest

from rag.answer import Answerer, asks_lately
from rag.question import digests_back, strip_dates

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


def test_digests_counted_back_skip_the_days_without_one():
    days = ["2025-10-23", "2025-10-24", "2025-10-27", "2025-10-29", "2025-10-30"]
    for asked, day in (
        ("papers from the digest before the last one", "2025-10-29"),
        ("what was in the second-to-last digest?", "2025-10-29"),
        ("what came out in the penultimate digest?", "2025-10-29"),
        ("papers from two digests ago", "2025-10-27"),
        ("which papers came out two digests before the last one?", "2025-10-27"),
        ("what was in the third-to-last digest?", "2025-10-27"),
        ("papers from four digests ago", "2025-10-23"),
    ):
        assert digests_back(asked, days).count(f"on {day}") == 1, asked
    for kept in ("the last layer of transformers", "papers from the last digest", "papers from five digests ago"):
        assert digests_back(kept, days) == kept


def test_a_digest_counted_back_is_that_digest_day(answerer):
    for asked, day in (
        ("papers from the digest before the last one", "2025-01-23"),
        ("papers from two digests ago", "2025-01-22"),
    ):
        result = answerer.ask(asked)
        assert (result.filters["since"], result.filters["until"]) == (day, day), asked
        assert result.citations and {c["date"] for c in result.citations} == {day}, asked


def test_a_span_of_days_in_one_month_is_read_in_four_languages_with_or_without_its_year():
    for asked in (
        "papers on agents from 4 to 20 February",
        "papers on agents between February 4 and 20, 2025",
        "artículos sobre agentes entre el 4 y el 20 de febrero",
        "artículos sobre agentes del 4 al 20 de febrero de 2025",
        "articles sur les agents du 4 au 20 février",
        "articles sur les agents entre le 4 et le 20 février 2025",
        "Papers über Agenten vom 4. bis zum 20. Februar",
        "Papers über Agenten zwischen dem 4. und 20. Februar 2025",
    ):
        left, since, until = strip_dates(asked, "2025-10-30")
        assert (since, until) == ("2025-02-04", "2025-02-20"), asked
        assert not re.search(r"\d|febr|entre|vom|\bdu\b", left, re.I), left
    assert strip_dates("articles du 2 au 12 décembre", "2025-10-30")[1:] == ("2024-12-02", "2024-12-12")
    assert strip_dates("models from 7 to 13 billion parameters", "2025-10-30")[1:] == ("", "")


def test_a_week_or_part_of_a_month_without_its_year_is_its_latest_one_and_a_years_first_or_last_week_its_days():
    for asked, period in (
        ("what came out on agents in the week of May 12?", ("2025-05-12", "2025-05-18")),
        ("agents during the week of Mar 17", ("2025-03-17", "2025-03-23")),
        ("agents in the week of 9 December", ("2024-12-09", "2024-12-15")),  # after Oct 30: the year before
        ("what's new on kv cache from early April?", ("2025-04-01", "2025-04-10")),
        ("agents in mid-March", ("2025-03-11", "2025-03-20")),
        ("agents in the first half of February", ("2025-02-01", "2025-02-15")),
        ("agents in late November", ("2024-11-21", "2024-11-30")),
        ("agents in the last week of March", ("2025-03-25", "2025-03-31")),
        ("image editing during the last week of 2024", ("2024-12-25", "2024-12-31")),
        ("gui agents from the first week of 2025", ("2025-01-01", "2025-01-07")),
        ("agents in the last two weeks of 2024", ("2024-12-18", "2024-12-31")),
        ("agents around mid-February 2025", ("2025-02-11", "2025-02-20")),
        ("agents in 2025 Q2", ("2025-04-01", "2025-06-30")),
        ("agents in Q3, 2024", ("2024-07-01", "2024-09-30")),
        ("agents in Q1", ("2025-01-01", "2025-03-31")),
        ("agents during the fourth quarter", ("2025-10-01", "2025-12-31")),  # begun by the newest day
        ("agents W12 2025", ("2025-03-17", "2025-03-23")),
        ("agents in W45", ("2024-11-04", "2024-11-10")),
    ):
        left, since, until = strip_dates(asked, "2025-10-30")
        assert (since, until) == period, asked
        words = r"\b(?:week|first|last|early|mid|late|half|around|may|march|december|quarter|q\d|w\d+|\d+)\b"
        assert not re.search(words, left, re.I), left
    assert strip_dates("agents in the week of February 30", "2025-10-30")[1:] == ("", "")
    assert strip_dates("agents in the last week", "2025-10-30")[1:] == ("2025-10-24", "2025-10-30")
    assert strip_dates("llama Q4_K_M quantization", "2025-10-30")[1:] == ("", "")


def test_a_yearless_week_is_summarised_over_its_days(answerer):
    result = answerer.ask("summarize the papers on agents from the week of January 20")
    assert result.intent == "summary"
    assert (result.filters["since"], result.filters["until"]) == ("2025-01-20", "2025-01-26")
    assert result.citations and all("2025-01-20" <= c["date"] <= "2025-01-26" for c in result.citations)


def test_a_change_asked_of_now_is_weighed_as_lately():
    for asked in (
        "are papers on rectified flow declining lately?",
        "is RAG losing steam?",
        "has interest in RAG dropped?",
        "is video reasoning cooling off?",
        "is work on world models dying down?",
    ):
        assert asks_lately(asked), asked
    for asked in ("has interest in GANs faded since diffusion models appeared?", "papers studying performance decline"):
        assert not asks_lately(asked), asked


def test_the_latest_on_a_topic_is_its_list_newest_first(answerer):
    latest = answerer.ask("latest papers on reasoning")
    for asked in ("the latest on reasoning", "anything recent on reasoning"):
        result = answerer.ask(asked)
        assert [c["id"] for c in result.citations] == [c["id"] for c in latest.citations], asked


def test_a_period_keeps_the_papers_the_whole_corpus_finds_on_the_topic(answerer):
    everywhere = answerer.ask("papers on reasoning")
    day = answerer.ask("papers on reasoning on 2025-01-22")  # "from 2025-01-22" after a topic opens a span (chat6)
    assert {c["id"] for c in day.citations} == {c["id"] for c in everywhere.citations if c["date"] == "2025-01-22"}

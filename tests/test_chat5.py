"""Chat follow-ups that refine a list's topic ("and for web agents?" after "papers on agents"), point at an entry of
the list the user saw last, compare one topic's papers of two years, and a period written with an open end ("from
2025 onwards"); the words, and chats over the real index of one week (2025-W04)."""

from __future__ import annotations

import pytest

from rag.answer import Answerer
from rag.question import refined, strip_dates, year_pair, years_compared


@pytest.mark.parametrize(
    ("question", "read"),
    [
        ("papers on X since 2025-01-01", ("papers on X", "2025-01-01", "")),
        ("papers on X from 2025 onwards", ("papers on X", "2025-01-01", "")),
        ("papers on X in 2025 and later", ("papers on X", "2025-01-01", "")),
        ("papers on X from 2025 on", ("papers on X", "2025-01-01", "")),
        ("papers on X, 2025 and beyond", ("papers on X", "2025-01-01", "")),
        ("papers on X starting March 2025", ("papers on X", "2025-03-01", "")),
        ("papers on X from June 2025 on?", ("papers on X?", "2025-06-01", "")),
        ("papers on X in 2024 and earlier", ("papers on X", "", "2024-12-31")),
        ("papers on X since 2025 onwards", ("papers on X", "2025-01-01", "")),
        ("papers from 2025 on agents", ("papers on agents", "2025-01-01", "2025-12-31")),  # "on" opens the topic
        ("AIME 2025 and later results", ("AIME 2025 and later results", "", "")),  # a benchmark's edition
        ("only the 2025 ones", ("only the ones", "2025-01-01", "2025-12-31")),
    ],
)
def test_a_period_written_with_an_open_end_is_read_as_since(question, read):
    assert strip_dates(question, "2025-10-30") == read


@pytest.mark.parametrize(
    ("previous", "topics", "follow", "asked"),
    [
        ("papers on agents", ["agents"], "and for web agents?", "papers on web agents"),
        ("papers on agent", ["agent"], "and in GUI agents?", "papers on GUI agents"),
        ("papers on agents from 2025", ["agents"], "and for web agents?", "papers on web agents from 2025"),
        ("papers on agents", ["agents"], "and for healthcare?", ""),  # a domain narrows, `added_clause` reads it
        ("papers on web agents", ["web agents"], "and for agents?", ""),
        ("papers on agents", ["agents"], "and for them?", ""),
    ],
)
def test_and_for_a_kind_of_the_topic_asks_of_that_kind(previous, topics, follow, asked):
    assert refined(previous, topics, follow) == asked


@pytest.mark.parametrize(
    ("follow", "since", "until", "years"),
    [
        ("compare them with those of 2025", "2024-01-01", "2024-12-31", ("2024", "2025")),
        ("compare the 2024 ones with the 2025 ones", "", "", ("2024", "2025")),
        ("how do they compare to 2024?", "2025-01-01", "2025-12-31", ("2024", "2025")),
        ("compare them with those of 2025", "", "", None),  # the chat has no year of its own
        ("compare them with DPO papers of 2025", "2024-01-01", "2024-12-31", None),
        ("compare the first two", "2024-01-01", "2024-12-31", None),
    ],
)
def test_comparing_the_chats_papers_of_two_years(follow, since, until, years):
    assert years_compared(follow, since, until) == years


def test_the_years_of_a_comparison_are_two_periods():
    pair = year_pair("compare the 2024 and 2025 papers on world models")
    assert pair is not None and pair.periods == [["2024-01-01", "2024-12-31"], ["2025-01-01", "2025-12-31"]]
    pair = year_pair("how do video generation papers of 2024 compare with 2025?")
    assert pair is not None and pair.compared


def test_comparing_one_topics_papers_of_two_years_counts_each_year(week_settings, week_retriever):
    answerer = Answerer(week_settings, retriever=week_retriever)
    for asked in (
        "compare the video generation papers of 2024 with those of 2025",
        "compare video generation papers from 2024 and 2025",
        "how do video generation papers of 2024 compare with 2025?",
    ):
        parsed = answerer.understood(asked)
        assert parsed.intent == "trend" and parsed.topics == ["video generation"], asked
        assert parsed.periods == [["2024-01-01", "2024-12-31"], ["2025-01-01", "2025-12-31"]], asked
    assert answerer.understood("compare DPO and PPO papers from 2024 to 2025").intent == "compare"


LIST = "which papers use large language models?"  # 20 papers in the week


def test_an_entry_past_the_latest_list_is_not_taken_from_an_older_one(week_settings, week_retriever):
    answerer = Answerer(week_settings, retriever=week_retriever)
    listed = answerer.ask(LIST)
    history = [(listed.question, listed.answer)]
    narrowed = answerer.ask("which of them are about reasoning?", history=history)
    history.append((narrowed.question, narrowed.answer))
    shown = answerer.listed_in(narrowed.answer)
    assert 1 <= len(shown) < len(answerer.listed_in(listed.answer))
    past = answerer.ask(f"tell me about paper number {len(shown) + 1}", history=history)
    assert not past.citations and "only" in past.answer
    within = answerer.ask(f"tell me about paper number {len(shown)}", history=history)
    assert within.citations[0]["id"] == shown[-1][1].id


def test_and_for_a_kind_of_the_lists_topic_lists_that_kind(week_settings, week_retriever):
    answerer = Answerer(week_settings, retriever=week_retriever)
    listed = answerer.ask("papers on language models")
    history = [(listed.question, listed.answer)]
    assert answerer.condense("and for large language models?", history)[0] == "papers on large language models"

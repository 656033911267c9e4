"""Chat follow-ups pointing past a list's fifth entry or counting from its end ("the seventh one", "the 12th paper",
"the one before last"), a list asked with "published" or a day that opens or closes its span ("from January 1,
2025", "until end of March 2025"), and two requests in one turn ("what is MCTS? summarize it"); the words, and chats
over the real index of one week (2025-W04)."""

from __future__ import annotations

import re

import pytest

from rag.answer import Answerer
from rag.question import strip_dates, without_published
from rag.understand import compound_parts, ordinal_of


@pytest.mark.parametrize(
    ("question", "place"),
    [
        ("summarize the seventh one", 7),
        ("who wrote the 12th paper?", 12),
        ("the eighth", 8),
        ("what does the twentieth one propose?", 20),
        ("who wrote the one before last?", -2),
        ("the second to last one's authors?", -2),
        ("what does the penultimate paper do?", -2),
        ("the third to last paper", -3),
        ("summarize the last one", -1),
        ("rank them from first to last", 0),
        ("papers from the 21st", 0),  # a day of a month, no row
        ("the second to last week", 0),  # a period counted back
        ("the second to last digest", 0),
    ],
)
def test_an_entry_past_the_fifth_or_from_the_end(question, place):
    assert ordinal_of(question) == place


@pytest.mark.parametrize(
    ("question", "read"),
    [
        ("papers on X from January 1, 2025", ("papers on X", "2025-01-01", "")),
        ("papers on X from 1 Feb 2025", ("papers on X", "2025-02-01", "")),
        ("papers on X since March 3rd, 2025", ("papers on X", "2025-03-03", "")),
        ("papers on X from June 2nd, 2025 onwards", ("papers on X", "2025-06-02", "")),
        ("papers on X until end of March 2025", ("papers on X", "", "2025-03-31")),
        ("papers on X up to the end of June 2025", ("papers on X", "", "2025-06-30")),
        ("papers on X before April 2025", ("papers on X", "", "2025-03-31")),
        ("papers on X before 2025", ("papers on X", "", "2024-12-31")),
        ("papers on X between Feb 3 and Feb 10", ("papers on X", "2025-02-03", "2025-02-10")),
        # as before: a day right after the papers is that day's digest; a span opened before keeps its end
        ("list the papers from 2025-06-02", ("list the papers", "2025-06-02", "2025-06-02")),
        (
            "Which papers from 2025-01-22 release their code?",
            ("Which papers release their code?", "2025-01-22", "2025-01-22"),
        ),
        ("papers on X from January 1, 2025 to March 1, 2025", ("papers on X", "2025-01-01", "2025-03-01")),
        ("papers on X from January 2025 until March 2025", ("papers on X", "2025-01-01", "2025-03-31")),
    ],
)
def test_a_day_opens_or_closes_a_span(question, read):
    assert strip_dates(question, "2025-10-30") == read


def test_published_before_a_date_is_no_ranking_word():
    assert without_published("papers on X published in 2025") == "papers on X in 2025"
    assert (
        without_published("which papers on X were published since March 2025?") == "which papers on X since March 2025?"
    )
    assert without_published("what was published in March 2025?") == "what was published in March 2025?"  # no papers
    assert without_published("papers published in Nature") == "papers published in Nature"  # no date


@pytest.mark.parametrize(
    ("question", "parts"),
    [
        ("what is MCTS? summarize it", ("what is MCTS?", "summarize MCTS?")),
        ("what is GRPO? and summarize the papers on it", ("what is GRPO?", "summarize the papers on GRPO?")),
        ("What's GRPO? Also summarize the papers about it.", ("What's GRPO?", "summarize the papers about GRPO?")),
        ("what is GRPO, and list the papers that use it", ("what is GRPO?", "list the papers that use GRPO?")),
    ],
)
def test_a_definition_and_a_request_in_one_turn_are_two_parts(question, parts):
    assert compound_parts(question) == parts


LIST = "which papers use large language models?"  # 20 papers in the week


@pytest.fixture(scope="module")
def answerer(week_settings, week_retriever):
    return Answerer(week_settings, retriever=week_retriever)


def test_an_entry_past_the_fifth_and_from_the_end_of_a_list(answerer):
    listed = answerer.ask(LIST)
    history = [(listed.question, listed.answer)]
    shown = answerer.listed_in(listed.answer)
    assert len(shown) >= 12
    for asked, place in (("who wrote the seventh one?", 7), ("the eighth", 8), ("summarize the 12th paper", 12)):
        assert answerer.ask(asked, history=history).citations[0]["id"] == shown[place - 1][1].id, asked
    before_last = answerer.ask("who wrote the one before last?", history=history)
    assert before_last.citations[0]["id"] == shown[-2][1].id


def first_line(text: str) -> str:
    return re.sub(r"\s*\[\d+\]", "", text.split("\n")[0])[:60]


def test_published_and_a_day_give_the_plain_lists_papers_in_its_order(answerer):
    def cited(question: str) -> list[str]:
        return [c["id"] for c in answerer.ask(question).citations]

    plain = cited("papers on large language models in 2025")
    assert plain and cited("papers on large language models published in 2025") == plain
    since = cited("papers on large language models since 2025-01-22")
    assert since and cited("papers on large language models from January 22, 2025") == since


def test_a_definition_and_a_summary_asked_at_once_are_both_answered(answerer):
    both = answerer.ask("what is MCTS? summarize it")
    for alone in ("what is MCTS?", "summarize the papers on MCTS"):
        assert first_line(answerer.ask(alone).answer) in re.sub(r"\s*\[\d+\]", "", both.answer), alone

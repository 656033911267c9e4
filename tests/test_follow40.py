"""A chat follow-up about the papers just listed keeps every filter of that list (job follow40): "summarise them",
"only 2025", "who wrote them?" after "papers by Liefeng Bo" stay on his papers; a new topic after an author's
papers ("what about video generation?") is not held to the author. Over the real index of one week (2025-W04)."""

from __future__ import annotations

import pytest

from rag.answer import Answerer
from rag.follow import summarises_list, wrote_them_asked
from rag.question import new_topic, period_read

AUTHOR = "papers by Liefeng Bo"
HIS = {"2501.10020", "2501.10687"}  # the week's two papers listing Liefeng Bo


@pytest.mark.parametrize(
    ("turn", "topic"),
    [("what about video generation?", "video generation"), ("and RLHF?", "RLHF"), ("what about them?", "")],
)
def test_a_new_topic_is_the_bare_words_it_offers(turn, topic):
    assert new_topic(turn) == topic


def test_a_bare_year_after_only_is_read_as_a_period():
    assert period_read("only 2025") == "only in 2025"
    assert period_read("just March 2025?") == "just in March 2025?"
    assert period_read("only the ones from 2024") == "only the ones from 2024"


def test_who_wrote_them_asks_the_authors_of_the_list():
    for turn in ("who wrote them?", "who are the authors of these papers?", "and their authors?"):
        assert wrote_them_asked(turn), turn
    assert not wrote_them_asked("who wrote DeepSeek-R1?")


def test_summarise_them_asks_a_summary_of_the_list():
    for turn in ("summarise them", "give me an overview of these", "summarize those papers"):
        assert summarises_list(turn), turn
    assert not summarises_list("summarize those papers on robotics")
    assert not summarises_list("summarize the papers on agents")


def test_a_follow_up_about_an_authors_papers_keeps_the_author(week_settings, week_retriever):
    answerer = Answerer(week_settings, retriever=week_retriever)
    listed = answerer.ask(AUTHOR)
    assert {c["id"] for c in listed.citations} == HIS
    history = [(listed.question, listed.answer)]
    for turn in ("summarise them", "resúmelos", "only 2025", "which of them are from 2025?"):
        kept = {c["id"] for c in answerer.ask(turn, history=history).citations}
        assert kept and kept <= HIS, turn
    assert not answerer.ask("only 2024", history=history).citations  # both are from 2025
    wrote = answerer.ask("who wrote them?", history=history)
    assert wrote.intent == "authors" and {c["id"] for c in wrote.citations} == HIS and "Liefeng Bo" in wrote.answer


def test_a_new_topic_after_an_authors_papers_is_not_held_to_the_author(week_settings, week_retriever):
    answerer = Answerer(week_settings, retriever=week_retriever)
    listed = answerer.ask(AUTHOR)
    other = answerer.ask("what about video generation?", history=[(listed.question, listed.answer)])
    assert {c["id"] for c in other.citations} - HIS


def test_summarise_them_is_held_to_the_papers_the_list_showed(week_settings, week_retriever):
    """A summary of a dated list adds the period's papers closest to the topic when it finds few (job follow40: 8
    test-time scaling papers of February 2025 summarised as 9); "summarise them" is held to the list's own papers."""
    answerer = Answerer(week_settings, retriever=week_retriever)
    listed = answerer.ask("papers on video generation from January 2025")
    history = [(listed.question, listed.answer)]
    shown = answerer.shown_list("summarise them", history)
    assert shown is not None
    assert {answerer.retriever.papers[i].id for i in shown} == {c["id"] for c in listed.citations}
    assert answerer.shown_list("summarise the papers on robotics", history) is None
    summary = answerer.ask("summarise them", history=history)
    assert summary.intent == "summary" and {c["id"] for c in summary.citations} <= {c["id"] for c in listed.citations}

"""Chat follow-ups resolved against the previous answer and an author read wherever "by NAME" stands (job chat41):
"which one scored highest?" after a list names a listed paper; "any follow-ups on X?" lists X's papers from the
day of the paper in focus on; "summarise them" after an author's papers is a themed summary of exactly those;
"papers on X by A" keeps A as the filter, and says so where none of A's papers is on X. Over the real index of one
week (2025-W04)."""

from __future__ import annotations

import pytest

from rag.answer import Answerer
from rag.understand import author_filter

HIS = {"2501.10020", "2501.10687"}  # the week's two papers listing Liefeng Bo


@pytest.mark.parametrize(
    ("text", "author", "rest"),
    [
        ("papers on GRPO by Kevin Galim", "Kevin Galim", "grpo"),
        ("GUI agents from Kevin Galim", "Kevin Galim", "gui agents"),
        ("methods improved by Reinforcement Learning", "", "reinforcement learning"),
    ],
)
def test_an_author_is_read_wherever_by_or_from_stands(text, author, rest):
    found, left, _, _ = author_filter(text, {"kevin galim": 3})
    assert found == author and rest in left.lower()


@pytest.mark.parametrize(
    ("turn", "topic"),
    [
        ("any follow-ups on efficient reasoning?", "efficient reasoning"),
        ("is there follow-up work on text-to-video?", "text-to-video"),
        ("any newer work on knowledge distillation?", "knowledge distillation"),
        ("any follow-up work?", ""),
    ],
)
def test_follow_up_words_are_the_frame_not_the_topic(turn, topic):
    from rag.question import as_papers, follow_ups_asked

    assert follow_ups_asked(turn) == (True, topic)
    assert "follow" not in as_papers(turn) and "newer" not in as_papers(turn)
    assert follow_ups_asked("how do I follow the digests?") == (False, "")
    # "follow-up questions" names a topic, not a request for follow-ups
    assert follow_ups_asked("papers on followup questions") == (False, "")
    assert follow_ups_asked("papers on follow-up question generation") == (False, "")


def test_a_superlative_picks_one_of_many():
    from rag.follow import superlative, which_asked

    assert superlative(which_asked("which one scored highest?")) and superlative(which_asked("which one is best?"))
    assert not superlative(which_asked("which one is faster?"))


def test_a_topic_before_an_author_keeps_the_author(week_settings, week_retriever):
    answerer = Answerer(week_settings, retriever=week_retriever)
    on = answerer.ask("papers on video generation by Liefeng Bo")
    assert {c["id"] for c in on.citations} == {"2501.10687"}
    none = answerer.ask("papers on GRPO by Liefeng Bo")
    assert not none.citations and "Liefeng Bo is an author of 2 papers" in none.answer and "GRPO" in none.answer


def test_summarise_an_authors_papers_is_a_themed_summary(week_settings, week_retriever):
    answerer = Answerer(week_settings, retriever=week_retriever)
    listed = answerer.ask("papers by Liefeng Bo")
    summary = answerer.ask("summarise them", history=[(listed.question, listed.answer)])
    assert summary.intent == "summary" and {c["id"] for c in summary.citations} == HIS
    assert "by Liefeng Bo" in summary.answer and "theme" in summary.answer


def test_a_superlative_after_a_list_names_a_listed_paper(week_settings, week_retriever):
    answerer = Answerer(week_settings, retriever=week_retriever)
    listed = answerer.ask("papers on reasoning")
    history = [(listed.question, listed.answer)]
    shown = {c["id"] for c in listed.citations}
    best = answerer.ask("which one scored highest?", history=history)
    assert best.citations and {c["id"] for c in best.citations} <= shown
    assert best.answer.startswith(f"Of the {len(answerer.listed_in(listed.answer))} listed papers")
    cited = answerer.ask("which one has the most citations?", history=history)
    assert not cited.citations and "no citation counts" in cited.answer


def test_follow_ups_on_a_topic_start_at_the_paper_in_focus(week_settings, week_retriever):
    answerer = Answerer(week_settings, retriever=week_retriever)
    about = answerer.ask("tell me about EMO2")
    day = next(p.date for p in answerer.retriever.papers if p.id == "2501.10687")
    more = answerer.ask("any follow-ups on video generation?", history=[(about.question, about.answer)])
    assert more.standalone == "papers on video generation?" and more.parsed["since"] == day
    assert more.citations and not more.answer.startswith("The digests do not cover")
    after_list = answerer.ask("any follow-ups on video generation?", history=[("papers on avatars", "2 papers …")])
    assert not after_list.parsed.get("since")

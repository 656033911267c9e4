"""Chat follow-ups that narrow a list or point back at the previous answer (probe9 defect 6): "any about Y?",
"the papers from that month", "they" after "who wrote X?", "thanks, and what about P in general?", and a filter
turn that cited nothing; the words, and chats over the real index of one week (2025-W04)."""

from __future__ import annotations

import pytest

from rag.answer import Answerer
from rag.question import any_bare, busiest_period, uncourteous, unfocused


@pytest.mark.parametrize(
    ("turn", "rest"),
    [
        ("any about vision models?", "about vision models"),
        ("are there any on LoRA?", "about LoRA"),
        ("any that use MCTS?", "use MCTS"),
        ("and any with code?", "with code"),
        ("any papers about vision models?", ""),  # names what it asks for: a question of its own
        ("any of them about video?", ""),  # "any of them" is read by ANY_OF_RE
        ("anything new?", ""),
    ],
)
def test_any_without_a_noun_is_one_of_the_lists_papers(turn, rest):
    assert any_bare(turn) == rest


@pytest.mark.parametrize(
    ("answer", "unit", "span"),
    [
        ("… 2024-12: 4 (busiest 2024-09, 11); as a share …", "month", ("2024-09-01", "2024-09-30")),
        ("… (busiest 2024-02, 3)", "month", ("2024-02-01", "2024-02-29")),
        ("… (busiest 2024-09, 11)", "year", ("2024-01-01", "2024-12-31")),
        ("… (busiest 2024-09, 11)", "week", None),  # a month names no week
        (
            "The busiest week was 2025-W22 (the week of 2025-05-26), with 232 papers",
            "week",
            ("2025-05-26", "2025-06-01"),
        ),
        ("The busiest digest day was 2025-09-30, with 59 papers", "day", ("2025-09-30", "2025-09-30")),
        ("32 papers in the digests match", "month", None),
    ],
)
def test_that_period_is_the_busiest_one_the_answer_names(answer, unit, span):
    assert busiest_period(answer, unit) == span


def test_thanks_and_in_general_are_no_part_of_what_is_asked():
    assert (
        uncourteous("thanks, and what about mechanistic interpretability?")
        == "and what about mechanistic interpretability?"
    )
    assert uncourteous("great! which of them use MCTS?") == "which of them use MCTS?"
    assert uncourteous("ok so which ones") == "ok so which ones"  # "ok" with no stop is read by OPENER_RE
    assert (
        unfocused("what about mechanistic interpretability in general?") == "what about mechanistic interpretability?"
    )


LIST = "which papers use large language models?"  # 20 papers in the week


def test_any_about_after_a_list_is_which_of_them(week_settings, week_retriever):
    answerer = Answerer(week_settings, retriever=week_retriever)
    listed = answerer.ask(LIST)
    history = [(listed.question, listed.answer)]
    bare = answerer.ask("any about reasoning?", history=history)
    spelled = answerer.ask("which of them are about reasoning?", history=history)
    assert bare.citations and {c["id"] for c in bare.citations} == {c["id"] for c in spelled.citations}
    assert {c["id"] for c in bare.citations} <= {c["id"] for c in listed.citations}


def test_the_papers_from_that_month_are_the_topics_papers_of_the_busiest_month(week_settings, week_retriever):
    answerer = Answerer(week_settings, retriever=week_retriever)
    trend = answerer.ask("which month had the most papers on large language models?")
    assert "(busiest 2025-01," in trend.answer
    month = answerer.ask("list the papers from that month", history=[(trend.question, trend.answer)])
    alone = answerer.ask("papers on large language models between 2025-01-01 and 2025-01-31")
    assert month.intent == "list" and month.citations
    assert {c["id"] for c in month.citations} == {c["id"] for c in alone.citations}


def test_they_after_who_wrote_a_paper_is_that_paper(week_settings, week_retriever):
    answerer = Answerer(week_settings, retriever=week_retriever)
    names = [p.title.split(":")[0] for p in week_retriever.papers if ":" in p.title]
    name = next(n for n in names if len(n.split()) <= 2 and names.count(n) == 1)
    wrote = answerer.ask(f"who wrote {name}?")
    history = [(wrote.question, wrote.answer)]
    assert answerer.condense("what did they propose?", history)[0] == f"what did {name} propose?"
    assert answerer.condense("what else did they write?", history)[0] != f"what else did {name} write?"
    proposed = answerer.ask("what did they propose?", history=history)
    assert proposed.citations[0]["id"] == wrote.citations[0]["id"]


def test_a_filter_turn_that_cited_nothing_leaves_the_topic(week_settings, week_retriever):
    answerer = Answerer(week_settings, retriever=week_retriever)
    listed = answerer.ask(LIST)
    history = [(listed.question, listed.answer), ("which of them are about gardening?", "None of them is.")]
    assert "gardening" not in answerer.condense("which ones are from 2025?", history)[0]

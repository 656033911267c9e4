"""Chat turns that act on the previous answer: a list asked in date order ("sort them by date", "show the newest
first"), one theme of a period summary ("tell me more about the second theme"), which of two papers is newer ("which
came first?"); the words read apart, then chats over the real index of one week (2025-W04)."""

from __future__ import annotations

import pytest

from rag.answer import Answerer
from rag.follow import dated_asked, dated_text, theme_asked, theme_names
from rag.papers import Paper
from rag.question import ordering, ordering_only, request_first

LIST = "which papers use large language models?"  # 20 papers in the week


@pytest.mark.parametrize(
    ("turn", "order"),
    [
        ("sort them by date", "oldest"),
        ("show the newest first", "newest"),
        ("oldest first", "oldest"),
        ("can you sort these chronologically?", "oldest"),
        ("order them from newest to oldest", "newest"),
        ("could you list them from oldest to newest?", "oldest"),
        ("sorted by date, latest first", "newest"),
        ("list them in reverse chronological order", "newest"),
        ("show them by recency", "newest"),
        ("papers on diffusion language models, oldest first", ""),  # a topic of its own: a question, not a re-order
        ("sort algorithms with LLMs", ""),
        ("papers on learning to rank", ""),
        ("which came first?", ""),
        ("which is the oldest?", ""),
    ],
)
def test_a_turn_asking_only_a_date_order_is_read_from_general_words(turn, order):
    assert ordering_only(turn) == order


def test_the_order_words_are_taken_out_of_a_question_naming_a_topic():
    assert ordering("papers on diffusion language models, oldest first") == (
        "papers on diffusion language models",
        "oldest",
    )
    assert ordering("papers on X sorted by date") == ("papers on X", "oldest")
    assert ordering("the latest papers on X") == ("the latest papers on X", "")


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("VLA papers in late 2024: give me a summary", "summarize VLA papers in late 2024"),
        ("diffusion papers from March 2025, summarize them", "summarize diffusion papers from March 2025"),
        ("agent papers last week - a short overview please", "summarize agent papers last week"),
        ("GUI papers from October 2024; recap?", "summarize GUI papers from October 2024"),
        ("the second one: summarize it", "summarize the second one"),
        ("what is GRPO? summarize it", "what is GRPO? summarize it"),  # a question of its own
        ("ok, summarize them", "ok, summarize them"),  # a chat's follow-up names no topic
        ("thanks! recap?", "thanks! recap?"),
        ("papers on RAG, summary of each", "papers on RAG, summary of each"),
        ("Chain of Draft: Thinking Faster by Writing Less", "Chain of Draft: Thinking Faster by Writing Less"),
    ],
)
def test_a_summary_requested_after_its_topic_is_asked_request_first(question, asked):
    assert request_first(question) == asked


def test_a_summary_requested_last_gets_the_request_first_answer(week_settings, week_retriever):
    answerer = Answerer(week_settings, retriever=week_retriever)
    asked = answerer.ask("agent papers from the week of 2025-01-20: give me a summary")
    first = answerer.ask("summarize the agent papers from the week of 2025-01-20")
    assert asked.intent == first.intent == "summary"
    assert [c["id"] for c in asked.citations] == [c["id"] for c in first.citations]
    assert asked.question == "agent papers from the week of 2025-01-20: give me a summary"


@pytest.mark.parametrize(
    ("turn", "asked"),
    [
        ("which one is newer?", "newer"),
        ("which came first?", "older"),
        ("which one was published first?", "older"),
        ("which of the two is more recent?", "newer"),
        ("which came out earlier?", "older"),
        ("which is better?", ""),
        ("which papers use MCTS?", ""),
    ],
)
def test_which_is_newer_is_read_from_general_words(turn, asked):
    assert dated_asked(turn) == asked


@pytest.mark.parametrize(
    ("turn", "place"),
    [
        ("tell me more about the second theme", 2),
        ("what about the first theme?", 1),
        ("the papers of theme 3", 3),
        ("the last theme", -1),
        ("papers on topic modeling", 0),
        ("the first one", 0),
    ],
)
def test_a_theme_is_asked_by_its_place(turn, place):
    assert theme_asked(turn) == place


def test_a_summarys_themes_are_its_bold_lines_with_a_count():
    answer = "185 papers match.\n- **Reasoning · Learning** (37 papers): x [1]\n- **Memory** (1 paper): y [2]"
    assert theme_names(answer) == ["Reasoning · Learning", "Memory"]


def paper(pid: str, title: str, day: str) -> Paper:
    return Paper(id=pid, title=title, dates=[day])


def test_the_newer_of_two_papers_is_named_first_with_both_days():
    s1, limo = paper("2501.19393", "s1", "2025-02-03"), paper("2502.03387", "LIMO", "2025-02-06")
    newer = dated_text([(1, s1), (2, limo)], "newer")
    assert newer.startswith("**LIMO** [2] is newer") and "3 days after **s1** [1] (2025-02-03)" in newer
    assert dated_text([(1, s1), (2, limo)], "older").startswith("**s1** [1] came first")
    same = dated_text([(1, s1), (2, paper("2502.0", "other", "2025-02-03"))], "older")
    assert "same day" in same


def test_sorting_a_list_by_date_lists_the_same_papers_in_that_order(week_settings, week_retriever):
    answerer = Answerer(week_settings, retriever=week_retriever)
    listed = answerer.ask(LIST)
    history = [(listed.question, listed.answer)]
    for turn, newest in (("sort them by date", False), ("show the newest first", True)):
        ordered = answerer.ask(turn, history=history)
        days = [answerer.retriever.by_id[c["id"]].date for c in ordered.citations]
        assert ordered.intent == "list" and {c["id"] for c in ordered.citations} == {c["id"] for c in listed.citations}
        assert days == sorted(days, reverse=newest) and "sort" not in ordered.standalone


def test_which_is_newer_after_comparing_two_entries_names_the_newer_first(week_settings, week_retriever):
    answerer = Answerer(week_settings, retriever=week_retriever)
    listed = answerer.ask(LIST)
    history = [(listed.question, listed.answer)]
    both = answerer.ask("compare the first and fifth", history=history)
    history.append((both.question, both.answer))
    newer = answerer.ask("which one is newer?", history=history)
    by_id = answerer.retriever.by_id
    days = {c["n"]: by_id[c["id"]].date for c in newer.citations}
    assert len(days) == 2 and newer.answer.startswith("**")
    first = int(newer.answer.split("[", 1)[1].split("]", 1)[0])
    assert days[first] == max(days.values()) or "same day" in newer.answer


def test_the_second_theme_of_a_summary_lists_that_themes_papers(week_settings, week_retriever):
    answerer = Answerer(week_settings, retriever=week_retriever)
    summary = answerer.ask("what happened in AI research in the week of 2025-01-20?")
    names = theme_names(summary.answer)
    assert len(names) >= 2
    theme = answerer.ask("tell me more about the second theme", history=[(summary.question, summary.answer)])
    held = next(line for line in summary.answer.split("\n") if line.startswith(f"- **{names[1]}**"))
    count = int(held.split("(", 1)[1].split()[0])
    assert theme.intent == "list" and names[1] in theme.answer and len(theme.citations) == count

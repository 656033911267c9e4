"""Follow-ups about the previous answer's papers as a set: the words that point at them ("compare the first two",
"compare [1] and [3]", "which one is faster?", "what benchmarks do they use?"), and chats over the real index of
one week (2025-W04) that compare a list's entries, count a list, swap the term of a definition and point past a
one-source answer."""

from __future__ import annotations

import pytest

from rag.answer import Answerer
from rag.follow import MODEL_NAME_RE, Pick, benchmark_names, benchmarks_asked, compare_pick, which_asked
from rag.question import AND_TOPIC_RE, OTHER_TOPIC_RE, added_clause, and_topic

LIST = "which papers use large language models?"  # 20 papers in the week


@pytest.mark.parametrize(
    ("turn", "pick"),
    [
        ("compare the first two", Pick(places=(1, 2))),
        ("compare the top 3 papers", Pick(places=(1, 2, 3))),
        ("compare the first and second ones", Pick(places=(1, 2))),
        ("can you compare the second and the third?", Pick(places=(2, 3))),
        ("compare the 1st and 4th", Pick(places=(1, 4))),
        ("compare [1] and [3]", Pick(cited=(1, 3))),
        ("compare #2 with #5", Pick(cited=(2, 5))),
        ("how do the first two compare?", Pick(places=(1, 2))),
        ("how does [1] compare with [2]?", Pick(cited=(1, 2))),
        ("compare them", Pick()),
        ("ok, compare these two papers", Pick()),
        ("how do they compare to each other?", Pick()),
    ],
)
def test_a_comparison_of_the_previous_papers_is_read_from_general_words(turn, pick):
    assert compare_pick(turn) == pick


@pytest.mark.parametrize(
    "turn", ["compare it with Kimi k1.5", "compare DPO and PPO", "compare the first with GPT-4o", "compare the first"]
)
def test_a_comparison_naming_anything_else_is_no_pick(turn):
    assert compare_pick(turn) is None


@pytest.mark.parametrize(
    ("turn", "word"),
    [
        ("which one is faster?", "faster"),
        ("which is better?", "better"),
        ("and which of the two is more accurate?", "more accurate"),
        ("which performs best?", "best"),
        ("which papers use MCTS?", ""),
        ("which one is the oldest?", "oldest"),
    ],
)
def test_which_one_asks_a_comparative(turn, word):
    assert which_asked(turn) == word


def test_which_benchmarks_the_papers_use_is_asked_of_them():
    assert benchmarks_asked("what benchmarks do they use?")
    assert benchmarks_asked("which datasets do these papers evaluate on?")
    assert not benchmarks_asked("what benchmarks exist for code generation?")


def test_benchmark_names_are_what_a_summary_evaluates_on():
    said = "It reaches 62% on AndroidWorld and OSWorld, and gains across ScreenSpot-Pro, built on Qwen2.5-VL."
    assert benchmark_names(said) == ["AndroidWorld", "OSWorld", "ScreenSpot-Pro"]


def test_comparing_two_entries_of_a_list_cites_those_two(week_settings, week_retriever):
    answerer = Answerer(week_settings, retriever=week_retriever)
    listed = answerer.ask(LIST)
    ids = [c["id"] for c in listed.citations]
    history = [(listed.question, listed.answer)]
    first_two = answerer.ask("compare the first two", history=history)
    assert first_two.intent == "compare" and [c["id"] for c in first_two.citations] == ids[:2]
    third = answerer.ask("compare [1] and [3]", history=history)
    assert [(c["n"], c["id"]) for c in third.citations] == [(1, ids[0]), (3, ids[2])]
    them = answerer.ask("compare them", history=history)
    assert [c["id"] for c in them.citations] == ids[:2] and "first two" in them.answer
    history.append((first_two.question, first_two.answer))
    faster = answerer.ask("which one is faster?", history=history)
    assert faster.intent == "compare" and {c["id"] for c in faster.citations} <= set(ids[:2])
    assert "which is faster" in faster.answer


def test_how_many_after_a_list_is_its_count_not_the_list_again(week_settings, week_retriever):
    answerer = Answerer(week_settings, retriever=week_retriever)
    listed = answerer.ask(LIST)
    count = answerer.ask("how many are there?", history=[(listed.question, listed.answer)])
    assert count.answer.startswith("20 papers") and not count.citations and count.standalone == listed.standalone


def test_benchmarks_the_listed_papers_use_cite_only_them(week_settings, week_retriever):
    answerer = Answerer(week_settings, retriever=week_retriever)
    listed = answerer.ask(LIST)
    used = answerer.ask("what benchmarks do they use?", history=[(listed.question, listed.answer)])
    assert "of the 20 papers name the benchmarks" in used.answer
    assert used.citations and {c["id"] for c in used.citations} <= {c["id"] for c in listed.citations}


def test_and_another_term_after_a_definition_asks_its_definition(week_settings, week_retriever):
    answerer = Answerer(week_settings, retriever=week_retriever)
    first = answerer.ask("what is MCTS?")
    other = answerer.ask("and DPO?", history=[(first.question, first.answer)])
    alone = answerer.ask("what is DPO?")
    assert other.intent == alone.intent == "definition" and ";" not in other.standalone
    assert other.citations == alone.citations
    both = answerer.ask("compare them", history=[(first.question, first.answer), (other.question, other.answer)])
    assert both.intent == "compare" and "MCTS" in both.standalone and "DPO" in both.standalone


def test_an_ordinal_past_a_one_source_answer_says_so(week_settings, week_retriever):
    answerer = Answerer(week_settings, retriever=week_retriever)
    first = answerer.ask("what is MCTS?")
    assert len(first.citations) == 1
    second = answerer.ask("tell me more about the second one", history=[(first.question, first.answer)])
    assert not second.citations and "only one paper" in second.answer


def test_which_one_after_a_comparison_of_two_terms_asks_it_of_them(week_settings, week_retriever):
    answerer = Answerer(week_settings, retriever=week_retriever)
    both = answerer.ask("compare MCTS and DPO")
    faster = answerer.ask("which one is faster?", history=[(both.question, both.answer)])
    assert faster.standalone.lower() == "is mcts faster than dpo?"


def test_a_models_name_is_no_benchmark():
    assert MODEL_NAME_RE.search("LLaMA-3.2-8B") and MODEL_NAME_RE.search("MusicLM")
    assert not MODEL_NAME_RE.search("MATH500") and not MODEL_NAME_RE.search("AndroidWorld")


def test_a_dot_inside_a_name_is_no_sentence_end():
    assert AND_TOPIC_RE.match("and Kimi k1.5?").group("topic") == "Kimi k1.5"
    assert OTHER_TOPIC_RE.match("what about Qwen2.5?").group("topic") == "Qwen2.5"


@pytest.mark.parametrize(
    ("turn", "topic"),
    [
        ("and PPO?", "PPO"),
        ("and QLoRA too?", "QLoRA"),
        ("and also ORPO?", "ORPO"),
        ("and DPO as well?", "DPO"),
        ("and Kimi k1.5?", "Kimi k1.5"),
        # a clause, a reference, a period or a filter is read by other follow-ups
        ("and on reward models?", ""),
        ("and the ones from 2024?", ""),
        ("and 2024?", ""),
        ("and which of them have code?", ""),
        ("and code?", ""),
    ],
)
def test_and_another_topic_is_its_bare_words(turn, topic):
    assert and_topic(turn) == topic


@pytest.mark.parametrize(
    ("turn", "asked"),
    [
        ("and in French?", "papers on speech recognition in French?"),
        ("and for Chinese?", "papers on speech recognition for Chinese?"),
        ("and in 2024?", ""),
        ("and with code?", ""),
        ("and in them?", ""),
        ("and PPO?", ""),
    ],
)
def test_a_clause_after_and_narrows_a_question_without_one(turn, asked):
    assert added_clause("papers on speech recognition", turn) == asked


def test_and_another_topic_after_a_list_lists_that_topic_with_the_lists_period(week_settings, week_retriever):
    answerer = Answerer(week_settings, retriever=week_retriever)
    first = answerer.ask("which papers use MCTS in January 2025?")
    other = answerer.ask("and DPO too?", history=[(first.question, first.answer)])
    alone = answerer.ask("which papers use DPO in January 2025?")
    assert ";" not in other.standalone and "MCTS" not in other.standalone
    assert other.intent == "list" and other.filters == alone.filters and other.citations == alone.citations


def test_and_another_term_after_a_comparison_takes_the_place_of_the_second(week_settings, week_retriever):
    answerer = Answerer(week_settings, retriever=week_retriever)
    both = answerer.ask("compare MCTS and DPO")
    other = answerer.ask("and GRPO?", history=[(both.question, both.answer)])
    assert other.intent == "compare" and other.standalone.lower() == "compare mcts and grpo"


def test_which_is_better_after_two_terms_is_no_table_again(week_settings, week_retriever):
    answerer = Answerer(week_settings, retriever=week_retriever)
    both = answerer.ask("compare MCTS and DPO")
    better = answerer.ask("which one is better?", history=[(both.question, both.answer)])
    assert better.intent == "compare" and not better.table and "| side |" not in better.answer
    assert "directly" in better.answer
    for c in better.citations:  # a verdict cites only papers that set the two side by side
        paper = week_retriever.by_id[c["id"]]
        assert "MCTS" in paper.text and "DPO" in paper.text

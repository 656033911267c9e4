"""Chat follow-ups that shift the chat's period, narrow or widen its topic, filter its list or point at one of
its rows: the pure rewrites, then whole chats over the real index of one week (2025-W04)."""

import re

import pytest

from rag.answer import Answerer
from rag.question import (
    about_list,
    and_other,
    extreme_of,
    narrowed,
    only_filter,
    pointed_at,
    shifted_period,
    unfocused,
    widened,
    with_topic,
)
from rag.understand import ordinal_of


@pytest.mark.parametrize(
    ("follow", "since", "until", "expected"),
    [
        ("what about the previous month?", "2025-10-01", "2025-10-31", ("2025-09-01", "2025-09-30")),
        ("and the month before?", "2025-09-01", "2025-09-30", ("2025-08-01", "2025-08-31")),
        ("and the next month?", "2025-08-01", "2025-08-31", ("2025-09-01", "2025-09-30")),
        ("and the month after?", "2025-03-01", "2025-03-31", ("2025-04-01", "2025-04-30")),
        ("and the following week?", "2025-06-09", "2025-06-15", ("2025-06-16", "2025-06-22")),
        ("what about the previous quarter?", "2025-01-01", "2025-03-31", ("2024-10-01", "2024-12-31")),
        ("what about the year before?", "2025-10-01", "2025-10-31", ("2024-01-01", "2024-12-31")),
        ("what about the week before?", "2025-09-01", "2025-09-30", ("2025-08-25", "2025-08-31")),
        ("and the day after?", "2025-07-15", "2025-07-15", ("2025-07-16", "2025-07-16")),
        ("and the week after that?", "2025-06-09", "2025-06-15", ("2025-06-16", "2025-06-22")),
    ],
)
def test_a_relative_period_is_counted_from_the_chats_period(follow, since, until, expected):
    rest, *period = shifted_period(follow, since, until) or ("", "", "")
    assert tuple(period) == expected and not any(w in rest for w in ("previous", "before", "next", "after"))


def test_a_relative_period_needs_the_chats_period_on_its_side():
    assert shifted_period("and the next month?", "2025-09-01", "") is None  # "since September": no end to count on
    assert shifted_period("what about the previous month?", "", "") is None
    assert shifted_period("what about music generation?", "2025-09-01", "2025-09-30") is None


def test_focusing_adverbs_are_no_topic_words():
    assert unfocused("what about mobile agents specifically?") == "what about mobile agents?"
    assert unfocused("how about voice cloning in particular?") == "how about voice cloning?"
    assert unfocused("what about PPO instead?") == "what about PPO?"


def test_narrowing_is_a_filter_of_the_list():
    assert narrowed("narrow it to chemistry") == "only the ones about chemistry"
    assert narrowed("narrow that down to math") == "only the ones about math"
    assert narrowed("restrict the list to papers with code") == "only the ones with code"
    assert narrowed("limit it to March 2025") == "only the ones from March 2025"
    assert narrowed("limit it to those from 2024") == "only the ones from 2024"
    assert narrowed("can you focus it on robotics?") == "only the ones about robotics"
    assert narrowed("what about chemistry?") == ""


def test_widening_drops_the_clause_that_qualified_the_topic():
    kd = "papers on knowledge distillation for object detection from 2025"
    topics = ["knowledge distillation object detection"]
    assert widened(kd, topics, "broaden it to all tasks") == "papers on knowledge distillation from 2025?"
    assert widened(kd, topics, "widen it to any domain") == "papers on knowledge distillation from 2025?"
    assert widened(kd, topics, "widen it to all time") == "papers on knowledge distillation for object detection?"
    opened = "papers on knowledge distillation for vision tasks from 2025?"
    assert widened(kd, topics, "expand it to vision tasks") == opened
    assert widened("papers on speculative decoding", ["speculative decoding"], "widen it") == (
        "papers on speculative decoding?"  # no qualifier to drop: the question as it was
    )
    assert widened(kd, topics, "broaden it to all of 2024") == (
        "papers on knowledge distillation for object detection between 2024-01-01 and 2024-12-31?"
    )
    assert widened(kd, topics, "narrow it to YOLO") is None


def test_any_of_them_asks_which_of_the_list():
    on = "papers on DPO for image generation"
    assert about_list("are any of them video?", on, "") == "which papers on DPO for image generation are about video?"
    assert about_list("do any of those use LoRA?", on, "") == "which papers on DPO for image generation use LoRA?"
    assert about_list("are any of them from 2024?", on, "") == "which papers on DPO for image generation are from 2024?"
    assert about_list("any of them on video?", on, "") == "which papers on DPO for image generation are on video?"
    period = "between 2025-01-01 and 2025-03-31"
    assert about_list("are any of them surveys?", on, period) == f"which {on} are about surveys {period}?"


def test_a_bare_which_before_a_filter_asks_which_of_the_list():
    """probe9: "which are from 2025?" after a list of TTS papers answered with a Korean benchmark."""
    on = "papers on text-to-speech"
    assert about_list("which are from 2025?", on, "") == "which papers on text-to-speech are from 2025?"
    released = "which papers on text-to-speech were released in 2024?"
    assert about_list("so which were released in 2024?", on, "") == released
    assert about_list("which have code?", on, "") == "which papers on text-to-speech have code?"
    # "which are" asking anew is no reference to the list
    assert about_list("which are the main approaches to RLHF?", on, "") == ""


@pytest.mark.parametrize(
    ("question", "ordinal"),
    [
        ("who are the authors of the first?", 1),
        ("summarize the third", 3),
        ("what does the second propose?", 2),
        ("is the last open source?", -1),
        ("who wrote the first one?", 1),
        ("papers on agents from the first half of 2025", 0),
        ("how many papers did the first half of 2025 have?", 0),
        ("what was the first paper on GRPO?", 1),  # as before: "first paper" names a row
        ("when did GRPO first appear?", 0),
    ],
)
def test_an_ordinal_alone_is_a_row_of_the_list(question, ordinal):
    assert ordinal_of(question) == ordinal


@pytest.fixture(scope="module")
def week_answerer(week_retriever, week_settings):
    return Answerer(week_settings, retriever=week_retriever)


def test_the_ordinal_alone_and_a_relative_week_in_a_chat(week_answerer):
    listed = week_answerer.ask("which papers use MCTS?")
    history = [(listed.question, listed.answer)]
    second = week_answerer.ask("who wrote the second?", history=history)
    assert second.intent == "authors" and second.citations[0]["id"] == listed.citations[1]["id"]
    week = week_answerer.ask("summarize the papers on agents from the week of 2025-01-20")
    before = week_answerer.ask("and the week before?", history=[(week.question, week.answer)])
    assert before.filters == {"since": "2025-01-13", "until": "2025-01-19"}
    assert "before" not in before.standalone and ";" not in before.standalone


def test_any_of_them_filters_the_list_and_the_first_of_a_fact_answer_is_its_first_citation(week_answerer):
    listed = week_answerer.ask("which papers use MCTS?")
    some = week_answerer.ask("are any of them about agents?", history=[(listed.question, listed.answer)])
    assert some.citations and {c["id"] for c in some.citations} <= {c["id"] for c in listed.citations}
    fact = week_answerer.ask("what does Agent-R use MCTS for?")
    like = week_answerer.ask("show more like the first one", history=[(fact.question, fact.answer)])
    lead = fact.citations[0]["id"]
    assert f"({lead})" in like.answer.splitlines()[0] and lead not in {c["id"] for c in like.citations}


def test_which_was_the_first_asks_for_the_earliest_not_the_first_row():
    for follow in ("which was the first?", "which came out first?", "what was the first?"):
        assert ordinal_of(follow) == 0, follow
        assert extreme_of(follow, "on reward hacking", "") == "what is the earliest paper on reward hacking?", follow
    for follow in ("and the oldest?", "what about the newest one?"):
        assert extreme_of(follow, "on reward hacking", "").startswith("what is the "), follow
    assert ordinal_of("who wrote the first?") == 1
    assert extreme_of("who wrote the first?", "on reward hacking", "") == ""


def test_the_first_of_a_period_summary_is_the_first_paper_its_text_cites(week_answerer):
    summary = week_answerer.ask("summarize the papers on agents from the week of 2025-01-20")
    first = re.search(r"\[(\d+)\]", summary.answer)
    assert first, summary.answer
    cited = {c["n"]: c["id"] for c in summary.citations}
    who = week_answerer.ask("who wrote the first?", history=[(summary.question, summary.answer)])
    assert who.intent == "authors" and [c["id"] for c in who.citations] == [cited[int(first.group(1))]]


@pytest.mark.parametrize(
    ("follow", "expected"),
    [
        ("how does that compare to OpenAI o1?", "how does S compare to OpenAI o1?"),
        ("what does this simulate?", "what does S simulate?"),
        ("how many questions does that have?", "how many questions does S have?"),
        ("is that better than o1?", "is S better than o1?"),
        ("how does it compare to LIMO?", "how does S compare to LIMO?"),
        ("is it better than DeepSeek-R1?", "is S better than DeepSeek-R1?"),
        ("how fast is that?", "how fast is S?"),
        ("what accuracy did the fine-tuned model reach?", "what accuracy did the fine-tuned model reach in S?"),
        ("what does that model score on MATH 500?", "what does that model score on MATH 500 in S?"),
        ("how many GPU hours did the framework need?", "how many GPU hours did the framework need in S?"),
        # a choice among many, a clause of its own, a relative "that", or no pointer: nothing to resolve
        ("what is the best model for video generation?", ""),
        ("which is the latest benchmark?", ""),
        ("how does the transformer architecture work?", ""),
        ("what does the reward model learn?", ""),
        ("papers that use GRPO", ""),
        ("how does GRPO compare to PPO?", ""),
    ],
)
def test_a_demonstrative_or_description_points_at_the_previous_subject(follow, expected):
    assert pointed_at(follow, "S") == expected


def test_a_filter_alone_is_asked_of_the_chats_topic():
    assert only_filter("which papers have code?", "") and only_filter("any from 2024?", "")
    assert only_filter("any in the Robotics category?", "Robotics")
    assert not only_filter("which papers use GRPO?", "") and not only_filter("what's new this week?", "")
    assert not only_filter("summarize October 2025", "")
    assert not only_filter("what came out in March 2025?", "")  # the period's papers on anything
    on = "papers on speculative decoding"
    assert with_topic("which papers have code?", on) == "which papers on speculative decoding have code?"
    assert with_topic("any from 2024?", on) == "any papers on speculative decoding from 2024?"


def test_and_x_after_what_about_y_is_another_what_about():
    assert and_other("and PPO?", "what about DPO?") == "what about PPO?"
    assert and_other("and PPO?", "is interest in GRPO growing?") == "and PPO?"  # both, or one: not said
    assert and_other("and for video?", "how about DPO?") == "and for video?"  # narrows: `swapped`


def test_pointers_filters_and_intents_in_a_chat(week_answerer):
    score = week_answerer.ask("what does Kimi k1.5 score on MATH 500?")
    versus = week_answerer.ask("how does that compare to DeepSeek-R1?", history=[(score.question, score.answer)])
    assert versus.standalone.lower().startswith("how does kimi k1.5 compare") and ";" not in versus.standalone
    mmvu = week_answerer.ask("what is MMVU?")
    size = week_answerer.ask("how many questions does the benchmark have?", history=[(mmvu.question, mmvu.answer)])
    assert "MMVU" in size.standalone and size.citations[0]["id"] == mmvu.citations[0]["id"]
    how = week_answerer.ask("how does MCTS work?")
    code = week_answerer.ask("which papers have code?", history=[(how.question, how.answer)])
    assert "mcts" in code.standalone.lower() and code.filters.get("has_code") and code.intent == "list"
    listed = week_answerer.ask("which papers use MCTS?")
    newest = week_answerer.ask("which is the newest?", history=[(listed.question, listed.answer)])
    history = [(listed.question, listed.answer), (newest.question, newest.answer)]
    report = week_answerer.ask("what do they report?", history=history)
    assert newest.intent == "when" and report.intent != "when" and "latest" not in report.standalone


def test_a_french_follow_up_filters_the_list_as_the_english_one_does(week_answerer):
    listed = week_answerer.ask("which papers use MCTS?")
    history = [(listed.question, listed.answer)]
    english = week_answerer.ask("which of them are from 2025-01-22?", history=history)
    french = week_answerer.ask("lesquels sont de 2025-01-22 ?", history=history)
    assert french.intent == english.intent == "list"
    assert {c["id"] for c in french.citations} == {c["id"] for c in english.citations}
    who = week_answerer.ask("qui a écrit le premier ?", history=[*history, (french.question, french.answer)])
    then = week_answerer.ask(
        "¿y en 2025?", history=[*history, (french.question, french.answer), (who.question, who.answer)]
    )
    assert "wrote" not in then.standalone and "first" not in then.standalone


def test_the_first_one_after_answers_that_named_no_paper_says_there_is_no_list(week_answerer):
    missing = week_answerer.ask("papers on zorblaxian quuxification")
    assert not missing.citations
    who = week_answerer.ask("who wrote the first one?", history=[(missing.question, missing.answer)])
    assert not who.citations and "no list of papers" in who.answer

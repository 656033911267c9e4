"""What a chat turn asks of the reply: the language to answer in and the correction of the turn before
(`rag/reply.py`), and chats that use them over the real index of one week (2025-W04)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from rag.answer import Answerer
from rag.reply import Correction, answer_language, correction, language_follow
from rag.retrieve import Filters
from tests.fake_openai import FakeOpenAI

NOTE = "offline answers are in English"


@pytest.mark.parametrize(
    ("turn", "rest", "language"),
    [
        ("summarize them in French", "summarize them", "French"),
        ("in French please", "", "French"),
        ("en français", "", "French"),
        ("can you answer in German?", "", "German"),
        ("auf Deutsch bitte", "", "German"),
        ("en español por favor", "", "Spanish"),
        ("用中文回答", "", "Chinese"),
        ("translate that into Italian", "", "Italian"),
        ("who wrote the first one? in French please", "who wrote the first one?", "French"),
        ("which of them have code? answer in Japanese", "which of them have code?", "Japanese"),
        # a language that is what the papers are about, or a swap of the list before, is no request
        ("papers on speech recognition in Chinese", "papers on speech recognition in Chinese", ""),
        ("which papers build benchmarks in French?", "which papers build benchmarks in French?", ""),
        ("and in French?", "and in French?", ""),
        ("papers on translation into German", "papers on translation into German", ""),
        ("what results do models give in Chinese?", "what results do models give in Chinese?", ""),
        (
            "¿qué artículos estudian el reconocimiento de voz en chino?",
            "¿qué artículos estudian el reconocimiento de voz en chino?",
            "",
        ),
    ],
)
def test_a_request_for_the_answers_language_is_read_apart_from_the_question(turn, rest, language):
    assert answer_language(turn) == (rest, language)


@pytest.mark.parametrize(
    ("turn", "fix"),
    [
        ("no, I meant GRPO for vision-language models", Correction("GRPO for vision-language models")),
        ("sorry, only from 2025", Correction("only from 2025")),
        ("actually, I meant 2024", Correction("2024")),
        ("I meant KTO", Correction("KTO")),
        ("rather rectified flow models", Correction("rectified flow models")),
        ("make that video diffusion models", Correction("video diffusion models")),
        ("not DPO, KTO", Correction("KTO", "DPO")),
        ("not DPO but SimPO", Correction("SimPO", "DPO")),
        ("KTO instead", Correction("KTO", opened=False)),
        ("oops, KTO instead of DPO", Correction("KTO", "DPO")),
        ("which of them need no training?", None),
        ("no code papers", None),
        ("what about PPO?", None),
        ("no", None),
    ],
)
def test_correction_openers_are_general_english(turn, fix):
    assert correction(turn) == fix


def cited(answer) -> set[str]:
    return {c["id"] for c in answer.citations}


def test_a_correction_asks_the_question_it_meant_and_keeps_the_rest(week_settings, week_retriever):
    answerer = Answerer(week_settings, retriever=week_retriever)
    first = answerer.ask("which papers use MCTS?")
    fixed = answerer.ask("no, I meant reinforcement learning", history=[(first.question, first.answer)])
    assert fixed.standalone.lower().startswith("which papers use reinforcement learning")
    assert cited(fixed) == cited(answerer.ask("which papers use reinforcement learning?"))
    assert "meant" not in fixed.answer.lower()
    # the corrected question is the chat's topic: a filter turn after it filters the corrected list
    history = [(first.question, first.answer), (fixed.question, fixed.answer)]
    code = answerer.ask("which of them have code?", history=history)
    alone = answerer.ask("which of them have code?", history=[(fixed.standalone, fixed.answer)])
    assert "reinforcement learning" in code.standalone.lower() and "meant" not in code.standalone.lower()
    assert cited(code) == cited(alone)


def test_a_correction_of_the_filter_keeps_the_topic(week_settings, week_retriever):
    answerer = Answerer(week_settings, retriever=week_retriever)
    first = answerer.ask("which papers use large language models?")
    fixed = answerer.ask("sorry, only from 2025-01-22", history=[(first.question, first.answer)])
    assert fixed.filters.get("since") == "2025-01-22" and fixed.filters.get("until") == "2025-01-22"
    assert cited(fixed) == cited(answerer.ask("which papers use large language models on 2025-01-22?"))


def test_an_answer_language_request_gives_the_english_answer_and_says_so(week_settings, week_retriever):
    answerer = Answerer(week_settings, retriever=week_retriever)
    first = answerer.ask("which papers use MCTS?")
    again = answerer.ask("in French please", history=[(first.question, first.answer)])
    assert NOTE in again.answer and cited(again) == cited(first) and again.question == "in French please"
    summary = answerer.ask("summarize them in German", history=[(first.question, first.answer)])
    plain = answerer.ask("summarize them", history=[(first.question, first.answer)])
    assert NOTE in summary.answer and cited(summary) == cited(plain) and "german" not in summary.standalone.lower()
    # the request does not carry into the next turn
    later = answerer.ask(
        "which of them have code?", history=[(first.question, first.answer), (again.question, again.answer)]
    )
    assert NOTE not in later.answer and "french" not in later.standalone.lower()
    assert NOTE in answerer.ask("en français").answer  # with nothing to answer, the note alone


def test_with_an_llm_the_answer_is_asked_in_the_language(week_retriever, week_settings):
    with FakeOpenAI(answers=["Agent-R utilise MCTS [1]; le plan aussi [2]."]) as server:
        settings = replace(week_settings, llm="openai", llm_base_url=server.base_url, llm_model="ok")
        answerer = Answerer(settings, retriever=week_retriever)
        result = answerer.ask(
            "which papers use MCTS? answer in French", filters=Filters(since="2025-01-22", until="2025-01-22")
        )
    assert result.backend == "openai:ok" and NOTE not in result.answer
    assert "Write the answer in French" in server.requests[0]["messages"][0]["content"]


@pytest.mark.parametrize(
    ("turn", "language"),
    [
        ("and in French?", "French"),
        ("and now in Spanish?", "Spanish"),
        ("what about in German?", "German"),
        ("and in Chinese please", "Chinese"),
        ("and in 2024?", ""),
        ("and in French papers?", ""),
        ("and for Chinese?", ""),
    ],
)
def test_and_in_a_language_names_it_when_the_turn_says_nothing_else(turn, language):
    assert language_follow(turn) == language


def test_and_in_a_language_asks_the_answers_language_after_prose_and_narrows_a_list(week_settings, week_retriever):
    answerer = Answerer(week_settings, retriever=week_retriever)
    first = answerer.ask("what is MCTS?")
    again = answerer.ask("and in French?", history=[(first.question, first.answer)])
    assert NOTE in again.answer and cited(again) == cited(first) and ";" not in again.standalone
    listed = answerer.ask("which papers use MCTS?")
    narrowed = answerer.ask("and in French?", history=[(listed.question, listed.answer)])
    assert NOTE not in narrowed.answer and ";" not in narrowed.standalone and "french" in narrowed.standalone.lower()


def test_a_correction_as_the_first_turn_asks_what_follows_its_opener(week_settings, week_retriever):
    answerer = Answerer(week_settings, retriever=week_retriever)
    for turn in ("no, I meant papers on MCTS", "sorry, papers on MCTS", "actually, I meant papers on MCTS"):
        fixed = answerer.ask(turn)
        assert "meant" not in fixed.standalone.lower() and cited(fixed) == cited(answerer.ask("papers on MCTS"))
    # with no opener a first turn is asked as it is: "instead of" is part of the question
    asked = answerer.ask("which papers use MCTS instead of beam search?")
    assert "beam search" in asked.standalone.lower()

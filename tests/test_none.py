"""Honest "none": an existence question's framing words are soft, a firm "no" only where no paper writes the
topic's words, and a not-covered answer names what is missing and shows the closest papers, uncited."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from rag import shapes
from rag.answer import Answerer
from rag.understand import soft_words, understand


@pytest.mark.parametrize(
    ("question", "soft"),
    [
        ("is there a paper showing that LLMs can be tricked by prompt injection in web agents?", ["tricked"]),
        ("is there a paper showing that LLM judges are easily fooled by a single token?", ["easily", "fooled"]),
        ("has anyone shown that safety alignment can be undone by fine-tuning?", ["undone"]),
        ("did anyone show that web agents get hijacked by malicious ads?", ["hijacked"]),
        ("did anyone study whether tokenization affects counting?", []),  # an active verb: the frame reads it
        ("is there a paper on Mamba for ASR?", []),  # no clause
        ("which papers are fooled by adversarial images?", []),  # not asked yes or no
    ],
)
def test_a_passive_participle_of_an_existence_clause_is_soft(question: str, soft: list[str]) -> None:
    assert soft_words(question) == soft


def test_the_soft_words_are_kept_on_the_reading() -> None:
    parsed = understand("has anyone shown that LLMs can be swayed by persuasion?", {"persuasion": 5}, {})
    assert (parsed.exists, parsed.soft) == (True, ["swayed"])


def test_what_is_missing_is_said_plainly() -> None:
    assert shapes.missing_text(["earthquake"], [], []) == "No paper in the digests names earthquake."
    assert shapes.missing_text([], ["chess engines"], []) == "No paper in the digests names chess engines."
    assert shapes.missing_text([], [], ["robots", "weather forecasts"]) == (
        "No paper in the digests names robots and weather forecasts together."
    )
    assert shapes.missing_text([], [], []) == ""


def test_the_two_rarest_concepts_never_named_together_are_said() -> None:
    transformers, weather, farms = (np.array(m, dtype=bool) for m in ([1, 1, 1, 0], [0, 1, 0, 0], [1, 0, 0, 1]))
    phrases = ["transformers", "weather forecasting", "agriculture"]
    assert Answerer.never_together(phrases, [transformers, weather, farms]) == ["weather forecasting", "agriculture"]
    assert Answerer.never_together(phrases[:2], [transformers, transformers]) == phrases[:2]


def test_a_concept_is_named_loosely_and_as_typed() -> None:
    docs = [" a weather model that forecast rain ", " weather forecast ", " robot arm "]
    assert shapes.loosely_named([" weather forecast "], docs).tolist() == [True, True, False]
    assert shapes.loosely_named(["&robot arm", " manipul "], docs).tolist() == [False, False, True]
    assert shapes.concept_phrases([[" weather forecast "], [" robot "]], ["robots", "weather", "forecasts"]) == [
        "weather forecasts",
        "robots",
    ]


def test_the_closest_papers_are_shown_uncited() -> None:
    assert shapes.closest_line([]) == ""
    assert "(" not in shapes.apart_head("mamba asr", 1, 1, "") and "[" not in shapes.closest_line([])
    head = shapes.apart_head("llm judges single token", 5, 3, "")
    assert head.startswith('I found no paper that writes "llm judges single token" as one topic; 5 papers')
    assert head.endswith("name all its words apart, the closest 3:")


def test_a_softer_no_is_not_said_twice() -> None:
    said = 'I found no paper on "x" as asked; 2 papers name all its words, not as one topic.'
    assert shapes.existence_opening(said, covered=False) == said
    assert shapes.existence_opening("The digests do not cover this.", covered=False).startswith(
        "I found no paper on this. "
    )


def test_one_paper_under_the_filters_is_said_in_the_singular() -> None:
    assert shapes.empty_filter_text("mcts", 1, "match the filters") == (
        "1 paper in the corpus matches the filters; it is not about mcts."
    )
    assert shapes.empty_filter_text("mcts", 7, "match the filters") == (
        "7 papers in the corpus match the filters; none of them is about mcts."
    )


@pytest.fixture(scope="module")
def answerer(retriever, corpus_settings):
    return Answerer(replace(corpus_settings, llm="extractive"), retriever=retriever)


@pytest.mark.slow
def test_honest_none_on_the_corpus(answerer):
    tricked = answerer.ask("is there a paper showing that LLMs can be tricked by prompt injection in web agents?")
    assert tricked.answer.startswith("Yes") and tricked.citations
    assert "tricked" not in tricked.answer.split("\n")[0]
    quake = answerer.ask("LLMs for earthquake prediction")
    assert not quake.covered and not quake.citations
    assert "No paper in the digests names earthquake." in quake.answer and "The closest papers" in quake.answer
    robots = answerer.ask("is there a paper showing that robots can be fooled by weather forecasts?")
    assert robots.answer.startswith("I found no paper on this.") and not robots.citations
    assert "robots and weather forecasts together" in robots.answer
    judge = answerer.ask("is there a paper showing that LLM judges are easily fooled by a single token?")
    assert judge.answer.startswith("I found no paper that writes") and "2507.08794" in [
        c["id"] for c in judge.citations
    ]

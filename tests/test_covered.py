"""A question whose paper the digests hold, asked with a verb or generic noun the paper says in other words,
is answered with that paper, the word said as left out; a topic no paper names stays "not covered"
(eval/covered_dev.md)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from rag.answer import Answerer, verb_forms
from rag.papers import Paper
from rag.shapes import record_id_text, without_word_text, written_as_name

NOT_COVERED = "do not cover this"


def test_verb_forms_are_ing_forms_and_bare_verbs_after_a_modal_or_to():
    assert verb_forms("which paper studies whether LLMs can keep their abilities?") == {"keep"}
    assert verb_forms("papers about small language models running on device") == {"run"}
    assert verb_forms("spiking networks for protein folding") == frozenset()
    assert verb_forms("which paper uses an MLLM to fetch trajectories?") == {"fetch"}
    assert verb_forms("papers on KV cache compression") == frozenset()


def test_a_name_is_written_with_a_capital_or_a_digit():
    assert written_as_name("s1k", "how many samples does s1K contain?")
    assert written_as_name("androidlab", "how many tasks does AndroidLab hold?")
    assert not written_as_name("samples", "how many samples does s1K contain?")
    assert not written_as_name("transformer", "papers on vision transformers")


def test_the_word_left_out_is_said_and_none_says_nothing():
    assert without_word_text("contain") == (
        'No paper in the digests writes "contain" with the rest of the question; read without it:'
    )
    assert without_word_text("") == ""


def test_the_record_gives_the_arxiv_id_and_its_page():
    paper = Paper(id="2502.04299", title="MotionCanvas", dates=["2025-02-07"])
    assert record_id_text(paper) == (
        "**MotionCanvas** [1] has the arXiv id 2502.04299 (https://arxiv.org/abs/2502.04299)."
    )


@pytest.fixture(scope="module")
def answerer(retriever, corpus_settings):
    return Answerer(replace(corpus_settings, llm="extractive"), retriever=retriever)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("question", "paper", "word"),
    [
        ("how many samples does s1K contain?", "2501.19393", '"contain"'),
        (
            "which paper studies whether LLMs can keep their abilities under KV cache compression?",
            "2502.01941",
            '"keep"',
        ),
        ("what is the arXiv id of the MotionCanvas paper?", "2502.04299", "2502.04299"),
    ],
)
def test_a_word_said_in_other_words_does_not_hide_the_paper(answerer, question, paper, word):
    result = answerer.ask(question)
    assert NOT_COVERED not in result.answer
    assert result.citations[0]["id"] == paper
    assert word in result.answer.split("\n")[0]


@pytest.mark.slow
@pytest.mark.parametrize(
    "question",
    [
        "which paper studies whether LLMs can keep their abilities under sonar compression?",
        "papers about small language models running on smartwatches",
        "what is the population of Paris?",
    ],
)
def test_a_topic_no_paper_names_stays_not_covered(answerer, question):
    assert not answerer.ask(question).citations

"""A list that asks for papers of a kind ("which papers propose benchmarks for X?", "any survey on
RAG?") keeps the papers that make one, not every paper that reports a score on one."""

from __future__ import annotations

from dataclasses import replace

import pytest

from rag import paper_kinds
from rag.answer import Answerer
from rag.papers import Paper
from rag.understand import stem_key


def paper(title: str, summary: str) -> Paper:
    return Paper(id="0000.00000", title=title, summaries=[summary])


# Sentences from the bundled digests
HUMANEVAL_PRO = paper(
    "HumanEval Pro and MBPP Pro: Evaluating Large Language Models on Self-invoking Code Generation",
    "The paper introduces HumanEval Pro and MBPP Pro, benchmarks for evaluating large language models (LLMs) "
    "on self-invoking code generation tasks.",
)
AGENT_S = paper(
    "Agent S: An Open Agentic Framework that Uses Computers Like a Human",
    "On the OSWorld benchmark, Agent S achieved a 20.58% overall success rate, a substantial improvement over "
    "the baseline's 11.21% and a new state-of-the-art result.",
)
SURVEYX = paper(
    "SurveyX: Academic Survey Automation via Large Language Models",
    "SURVEYX is a system for automated academic survey generation using Large Language Models (LLMs).",
)
AGENTIC_RAG = paper(
    "Towards Agentic RAG with Deep Reasoning: A Survey of RAG-Reasoning Systems in LLMs",
    "This survey provides a unified taxonomy for systems integrating Retrieval-Augmented Generation (RAG).",
)


def test_a_paper_that_makes_a_benchmark_is_one_and_a_paper_scored_on_one_is_not():
    assert paper_kinds.is_kind(HUMANEVAL_PRO, "data")
    assert not paper_kinds.is_kind(AGENT_S, "data")
    evaluated = paper("A method", "The method is evaluated across five datasets and improves accuracy by 3%.")
    assert not paper_kinds.is_kind(evaluated, "data")
    passive = paper("A method", "Evaluated on the proposed A2-Bench benchmark, it leads on every metric.")
    assert paper_kinds.is_kind(passive, "data")
    review = paper("GUI Agents: A Survey", "The survey introduces a taxonomy of GUI agent benchmarks and datasets.")
    assert paper_kinds.is_kind(review, "survey") and not paper_kinds.is_kind(review, "data")


def test_a_survey_is_told_from_a_system_that_writes_surveys():
    assert paper_kinds.is_kind(AGENTIC_RAG, "survey")
    assert not paper_kinds.is_kind(SURVEYX, "survey")


def test_the_kind_is_asked_only_when_a_kind_word_leads_the_topic_and_nothing_says_used_on():
    concepts = [[[stem_key("benchmarks")], [stem_key("code generation")]]]
    assert paper_kinds.asked("which papers propose new benchmarks for code generation?", concepts) == "data"
    assert paper_kinds.asked("which papers use benchmarks for code generation?", concepts) == ""
    assert paper_kinds.asked("papers evaluated on datasets for code generation", concepts) == ""
    assert paper_kinds.asked("which papers use GRPO?", [[[stem_key("grpo")]]]) == ""
    assert paper_kinds.asked("any benchmark?", [[[stem_key("benchmark")]]]) == ""


@pytest.fixture(scope="module")
def answerer(retriever, corpus_settings):
    return Answerer(replace(corpus_settings, llm="extractive"), retriever=retriever)


@pytest.mark.slow
def test_a_list_of_benchmarks_cites_only_papers_that_make_one(answerer):
    asked = answerer.ask("which papers propose new benchmarks for code generation?")
    used = answerer.ask("which papers use benchmarks for code generation?")
    cited = [answerer.retriever.by_id[c["id"]] for c in asked.citations]
    assert asked.answer.startswith(f"{len(cited)} papers") and "introduce a benchmark or data set" in asked.answer
    assert cited and all(paper_kinds.is_kind(p, "data") for p in cited)
    assert "use or study" in used.answer and len(cited) < len(used.citations)
    survey = answerer.ask("any survey on RAG?")
    assert survey.citations and all(
        paper_kinds.is_kind(answerer.retriever.by_id[c["id"]], "survey") for c in survey.citations
    )
    none = answerer.ask("any reviews on MoE?")
    assert not none.citations and "none of them is a survey of it" in none.answer

"""A list that asks for papers of a kind ("which papers propose benchmarks for X?", "any survey on
RAG?") keeps the papers that make one, not every paper that reports a score on one."""

from __future__ import annotations

from dataclasses import replace

import pytest

from rag import paper_kinds, shapes
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
    # how widely the field uses them ranks the benchmarks asked for: no paper is asked to have used one
    assert paper_kinds.asked("what are the most widely used benchmarks for code generation?", concepts) == "data"
    assert paper_kinds.asked("which datasets are commonly adopted for code generation?", concepts) == "data"


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
    # no paper writes "elevator"; papers writing "maintenance" alone do not name "elevator maintenance"
    absent = answerer.ask("any survey on elevator maintenance?")
    assert not absent.citations and "No paper in the digests names elevator maintenance" in absent.answer
    assert "papers in the digests name" not in absent.answer


def test_a_guide_primer_or_monograph_is_an_overview_and_a_method_named_guide_is_not():
    guide = paper(
        "From Masks to Worlds: A Hitchhiker's Guide to World Models",
        'This paper presents a conceptual roadmap for building "true world models".',
    )
    principles = paper(
        "The Principles of Diffusion Models",
        "This monograph provides a unified theoretical framework for diffusion models.",
    )
    assert paper_kinds.is_kind(guide, "overview") and paper_kinds.is_kind(principles, "overview")
    assert paper_kinds.is_kind(AGENTIC_RAG, "overview")
    assert not paper_kinds.is_kind(guide, "survey")
    method = paper(
        "Visual Programmability: A Guide for Code-as-Thought in Chart Understanding",
        "This paper introduces Visual Programmability, a learnable property for Vision-Language Models (VLMs).",
    )
    named = paper(
        "VideoGuide: Improving Video Diffusion Models without Training Through a Teacher's Guide",
        "VideoGuide interpolates denoised samples from a guiding pre-trained VDM.",
    )
    assert not paper_kinds.is_kind(method, "overview") and not paper_kinds.is_kind(named, "overview")
    peer = paper(
        "UPME: An Unsupervised Peer Review Framework for Multimodal Large Language Model Evaluation",
        "This paper introduces UPME, an unsupervised peer review framework for evaluating MLLMs.",
    )
    assert not paper_kinds.is_kind(peer, "survey")


def test_what_a_paper_contributes_is_read_from_what_it_says_it_makes():
    # Sentences from the bundled digests
    assert paper_kinds.contribution(HUMANEVAL_PRO) == "data"
    assert paper_kinds.contribution(AGENTIC_RAG) == "survey"
    for title, summary, kind in (
        (
            "HALoGEN: Fantastic LLM Hallucinations and Where to Find Them",
            "HALOGEN is a benchmark for evaluating hallucinations in long-form text generated by LLMs.",
            "data",
        ),
        (
            "WebChoreArena: Evaluating Web Browsing Agents on Realistic Tedious Web Tasks",
            "i) WebChoreArena, a new benchmark, is introduced to evaluate web browsing agents on complex tasks.",
            "data",
        ),
        (
            "LAION-SG: An Enhanced Large-Scale Dataset for Training Complex Image-Text Models",
            "The paper introduces LAION-SG, a large-scale dataset with scene graph annotations for training "
            "text-to-image models.",
            "data",
        ),
        (
            "SweRank: Software Issue Localization with Code Ranking",
            "i) The paper introduces SWERANK, a retrieve-and-rerank framework for software issue localization, and "
            "a corresponding dataset, SWELOC.",
            "method",
        ),
        (
            "How Much Do LLMs Hallucinate across Languages?",
            "This paper investigates the extent of hallucination in large language models (LLMs) across 30 languages.",
            "study",
        ),
        (
            "A Comprehensive Evaluation of Quantized Instruction-Tuned Large Language Models",
            "This research paper presents a comprehensive evaluation of the quantization of instruction-tuned "
            "large language models (LLMs).",
            "study",
        ),
        (
            "Shifting AI Efficiency From Model-Centric to Data-Centric Compression",
            "i) This paper argues for a paradigm shift from model-centric to data-centric compression.",
            "study",
        ),
        (
            "DreamPolish: Domain Score Distillation With Progressive Geometry Generation",
            "DreamPolish is a text-to-3D generation model that produces refined geometry and photorealistic textures.",
            "method",
        ),
        # what it does not say plainly stays with the methods, and so does a title's coined name
        ("Self-Harmonized Chain of Thought", "ECHO improves chain-of-thought prompting in LLMs.", "method"),
        (
            "KnowRL: Exploring Knowledgeable Reinforcement Learning for Factuality",
            "KnowRL explores integrating knowledge into reinforcement learning to enhance the factuality of LLMs.",
            "method",
        ),
        # the thing made is the verb's object, not a clause after it
        (
            "MIA-DPO: Multi-Image Augmented Direct Preference Optimization For Large Vision-Language Models",
            "b) The authors introduce Multi-Image Augmented Direct Preference Optimization (MIA-DPO), which extends "
            "single-image datasets to multi-image datasets.",
            "method",
        ),
        (
            "NoLiMa: Long-Context Evaluation Beyond Literal Matching",
            "NOLIMA, a new benchmark, evaluates large language models' (LLMs) long-context understanding.",
            "data",
        ),
    ):
        assert paper_kinds.contribution(paper(title, summary)) == kind, title


@pytest.mark.slow
def test_a_reading_request_puts_the_overviews_of_its_topic_first(answerer):
    world = answerer.ask("what should I read to learn about world models?")
    ids = [c["id"] for c in world.citations]
    assert world.intent == "list" and set(ids[:2]) == {"2510.20668", "2509.07996"} and len(ids) > 2
    assert world.answer.splitlines()[1].startswith("Surveys and overviews of it, to read first (2)")
    assert "understand" not in world.answer.splitlines()[0] and "learn" not in world.answer.splitlines()[0]
    none = answerer.ask("what should I read about speculative decoding?")
    assert none.answer.startswith("No survey or overview of speculative decoding is in the digests.")
    assert none.citations


@pytest.mark.slow
def test_main_approaches_put_the_papers_proposing_methods_first(answerer):
    answer = answerer.ask("what are the main approaches to text-to-3D generation?")
    cited = [answerer.retriever.by_id[c["id"]] for c in answer.citations]
    kinds = [paper_kinds.contribution(p) for p in cited]
    assert kinds[0] == "method" and kinds == sorted(kinds, key=["method", "data", "survey", "study"].index)
    assert "2411.17945" in [p.id for p in cited]  # MARVEL-40M+, a data set: listed, under its own heading
    assert "\nBenchmarks, data sets and tools (" in answer.answer
    plain = answerer.ask("papers on text-to-3D generation")
    assert "Papers proposing a method" not in plain.answer


@pytest.mark.slow
def test_the_fields_habit_asks_for_its_benchmarks_and_an_audience_is_no_topic(answerer):
    """ "which benchmarks do people use for X?" and "how is X usually evaluated?" are "what are the common
    benchmarks for X?"; "good for beginners in X" asks what to read first on X; "relevant for AI practitioners"
    with no topic lists no paper, since every summary speaks to them."""
    common = {c["id"] for c in answerer.ask("what are the common benchmarks for code generation?").citations}
    for question in (
        "which benchmarks do people use for code generation?",
        "how is code generation usually evaluated?",
    ):
        asked = answerer.ask(question)
        assert {c["id"] for c in asked.citations} == common and "introduce a benchmark or data set" in asked.answer
    beginners = answerer.ask("which papers are good for beginners in world models?")
    reading = answerer.ask("what should I read to learn about world models?")
    assert [c["id"] for c in beginners.citations][:2] == [c["id"] for c in reading.citations][:2]
    assert beginners.answer.splitlines()[1].startswith("Surveys and overviews of it, to read first (2)")
    assert "beginner" not in beginners.answer.splitlines()[0]
    practitioners = answerer.ask("which papers are relevant for AI practitioners?")
    assert not practitioners.citations and "singles out no paper" in practitioners.answer
    on_rag = answerer.ask("which papers on RAG are useful for practitioners?")
    assert on_rag.citations and "practitioner" not in on_rag.answer.splitlines()[0]


def test_one_paper_naming_the_topic_is_said_in_the_singular():
    one = shapes.no_kind_text("chess", "survey", 1, "")
    assert one == "1 paper in the digests names chess, but it is no survey of it."
    assert shapes.no_kind_text("chess", "data", 1_200, "").startswith("1,200 papers in the digests name chess")


def test_a_topic_phrase_ending_with_a_kind_word_is_read_as_that_kinds_list():
    """ "machine unlearning benchmarks for multimodal LLMs" asks what "benchmarks for machine unlearning in
    multimodal LLMs" asks; a phrase with no kind word at its end, or a bare kind word, is no such reading."""
    concepts = [[[" machin unlearn benchmark "], [" multimod llm "]]]
    assert paper_kinds.kind_ending(concepts) == (
        "data",
        [[[" benchmark "], [" machin unlearn "], [" multimod llm "]]],
    )
    assert paper_kinds.kind_ending([[[" machin unlearn "]]]) == ("", [])
    assert paper_kinds.kind_ending([[[" benchmark "]]]) == ("", [])
    # unqualified, a name ending in "bench", or asked as what papers are evaluated on: the phrase's own list
    assert paper_kinds.kind_ending([[[" visual reason benchmark "]]]) == ("", [])
    assert paper_kinds.kind_ending([[[" swe bench "], [" agent "]]]) == ("", [])
    assert paper_kinds.kind_ending(concepts, "which papers are evaluated on X benchmarks for Y?") == ("", [])

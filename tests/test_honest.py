"""Honest answers to questions nobody tuned for: a request no paper answers (advice, creative writing, the world
today) says what the digests hold; a common term is defined by a sentence that defines it, or said to be undefined;
a yes/no about a figure said in other words is a yes."""

from __future__ import annotations

from dataclasses import replace

import pytest

from rag import shapes, yesno
from rag.answer import Answerer
from rag.offcorpus import options, request_kind
from rag.papers import Paper
from rag.understand import intent_of


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("what GPU should I buy?", "advice"),
        ("should I learn PyTorch or JAX?", "advice"),
        ("what do you recommend for a beginner?", "advice"),
        ("write me a poem about transformers", "creative"),
        ("can you tell me something funny?", "creative"),
        ("what's the weather in Paris?", "world"),
        ("what is the stock price of Nvidia today?", "world"),
        ("who will win the next World Cup?", "world"),
        ("what should I read to understand RLHF?", ""),  # a reading request: papers
        ("which papers should I read on weather forecasting?", ""),
        ("how should I fine-tune a small model?", ""),  # how a thing is done: papers may say
        ("which papers apply diffusion models to weather forecasting?", ""),
        ("How did NVIDIA's stock price react to the DeepSeek-R1 release?", ""),
        ("does pruning reduce the price of inference now?", ""),
        ("tell me about ThinkDial", ""),
    ],
)
def test_a_request_no_paper_answers_is_told_apart(question: str, kind: str) -> None:
    assert request_kind(question) == kind


def test_a_reading_request_is_never_advice() -> None:
    assert request_kind("what should I learn first?", reading=True) == ""


def test_the_two_options_of_an_advice_question_are_read_off_it() -> None:
    assert options("should I use LoRA or full fine-tuning?") == ("LoRA", "full fine-tuning")
    assert options("which should I use, DPO or PPO?") == ("DPO", "PPO")
    assert options("should we go with a diffusion model or an autoregressive one?") == (
        "diffusion model",
        "autoregressive one",
    )
    assert options("what GPU should I buy?") is None


def test_the_term_asked_as_a_word_is_a_definition() -> None:
    assert intent_of("the term vibe coding") == ("definition", "vibe coding")
    assert intent_of("what does the term vibe coding mean?") == ("definition", "vibe coding")


def paper(summary: str, title: str = "A paper", pid: str = "2501.00001") -> Paper:
    return Paper(id=pid, title=title, summaries=[summary], dates=["2025-01-01"])


def test_a_term_listed_as_one_of_a_counted_kind_is_defined_by_it() -> None:
    vibe = paper(
        "This paper analyzes and differentiates two AI-assisted software development paradigms: vibe coding "
        "and agentic coding."
    )
    found = shapes.find_definition("vibe coding", "", [vibe])
    assert found is not None and found.lead == "Vibe coding is a software development paradigm"


def test_a_noun_term_beside_a_kind_or_before_a_bracket_is_not_defined_by_it() -> None:
    # "the LLM KV cache" is the LLM's cache; "a KV cache quantization method" quantizes it; "particularly
    # regarding … memory usage (KV-cache)" opens no noun phrase
    papers = [
        paper("The objective is to reduce the memory footprint of the LLM KV cache during inference."),
        paper("VidKV, a plug-and-play KV cache quantization method, compresses the KV cache.", pid="2501.00002"),
        paper(
            "AI practitioners can improve the efficiency of LLMs, particularly regarding inference speed and memory "
            "usage (KV-cache), by pruning redundant Attention layers.",
            pid="2501.00003",
        ),
    ]
    found = shapes.find_definition("KV cache", "", papers)
    assert found is None or not found.lead


def test_a_term_holding_an_acronym_is_spelled_out() -> None:
    assert shapes.spelled_within("KV cache", {"kv": "key value"}) == "key value cache"
    assert shapes.spelled_within("vibe coding", {"kv": "key value"}) == ""
    assert shapes.spelled_within("KV", {"kv": "key value"}) == ""


def test_a_figure_said_in_a_clause_of_its_own_is_a_yes() -> None:
    cod = paper(
        "The results show that CoD matches or surpasses Chain-of-Thought (CoT) accuracy on GSM8K, while using up to "
        "92.4% fewer tokens in a specific Sports Understanding case."
    )
    vocab = paper("Results show over a 25% reduction in token usage for both input processing and output generation.")
    unlike = paper("Unlike CoT, which reduces tokens by summarising, our method keeps every step.")
    tokens = [[["reduc", "token"]]]
    assert "92.4% fewer tokens" in yesno.loosely_named(cod, tokens)
    assert "25% reduction" in yesno.loosely_named(vocab, [[["cut", "token", "usag"]]])
    assert yesno.loosely_named(unlike, tokens) == ""


@pytest.fixture(scope="module")
def answerer(retriever, corpus_settings):
    return Answerer(replace(corpus_settings, llm="extractive"), retriever=retriever)


@pytest.mark.slow
def test_honest_answers_on_the_corpus(answerer):
    gpu = answerer.ask("what GPU should I buy?")
    assert not gpu.citations and gpu.answer.startswith("The digests hold summaries of") and "not advice" in gpu.answer
    assert answerer.ask("what is vibe coding?").answer.startswith("Vibe coding is a software development paradigm")
    assert answerer.ask("what is a KV cache?").answer.startswith("KV cache stands for Key Value Cache.")
    assert answerer.ask("does Chain of Draft reduce tokens?").answer.startswith("Yes")
    # advice between two things papers are on is what the papers say of each; between two they are not on, no paper
    lora = answerer.ask("should I use LoRA or full fine-tuning?")
    assert lora.intent == "compare" and lora.citations and lora.question == "should I use LoRA or full fine-tuning?"
    rust = answerer.ask("should I learn Rust or Go?")
    assert not rust.citations and "not advice" in rust.answer

"""A named paper asked a property its summary lacks (a training setting, a venue) or holds in a form easily missed
("on a Qwen2.5-VL-3B model", "5-10x cheaper … than MovieGen"), and a term asked with the paper's name beside it
("define language injection (Kuwain)"): job named41, eval/named41_dev.md."""

from __future__ import annotations

from dataclasses import replace

import pytest

from rag import props, shapes
from rag.answer import Answerer
from rag.understand import bracketed_paper
from tests.test_figures import paper_of


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("what learning rate did the Language Self-Play paper use", "learning rate"),
        ("what batch size did Test3R use?", "batch size"),
        ("which optimizer does SparseLoRA use?", "optimizer"),
        ("what random seed did DeepCritic use?", "random seed"),
        ("how many epochs was EMOVA trained for?", "epochs"),
        ("what was OmniResponse's training time?", "training time"),
        ("how long did it take to train Test3R?", "training time"),
        # a seed asked as data, and a question asking no setting
        ("what seed data does Self-Instruct start from?", ""),
        ("how does SparseLoRA cut fine-tuning time?", ""),
    ],
)
def test_a_training_setting_asked(question: str, asked: str) -> None:
    assert shapes.asked_setting(question) == asked


def test_a_setting_no_summary_mentions_is_unstated() -> None:
    lsp = paper_of("2025-09-10", "2509.07414")
    text = f"{lsp.title}. {lsp.summary}"
    assert shapes.unmentioned_property("what learning rate did the Language Self-Play paper use", text) == (
        "learning rate"
    )
    assert shapes.unmentioned_property("what learning rate did it use?", text + " It uses a 1e-6 learning rate.") == ""
    assert shapes.unmentioned_property("which optimizer does it use?", text + " It trains with AdamW.") == ""


@pytest.mark.parametrize(
    ("sentence", "own", "model"),
    [
        ("applying GRPO for reinforcement fine-tuning (RFT) on a Qwen2.5-VL-3B model.", "UI-R1", "Qwen2.5-VL-3B"),
        (
            "On the Math10K benchmark with a LLaMA3-8B model, SparseLoRA achieved a 1.6x speedup",
            "SparseLoRA",
            "LLaMA3-8B",
        ),
        # a model compared with is no base model
        ("It scores 5 points higher compared with the GPT-4o model on MMMU.", "X", ""),
    ],
)
def test_the_model_it_runs_on(sentence: str, own: str, model: str) -> None:
    assert props.base_model(sentence, own) == model


def test_how_many_more_than_asks_no_count() -> None:
    assert props.asked_slot("how many more knowledge errors did SEA find than Automated Capability Discovery?") == ""
    assert props.asked_slot("how many errors did SEA find?") == "count"


@pytest.mark.parametrize(
    ("question", "read"),
    [
        ("define language injection (Kuwain)", "define language injection in Kuwain"),
        ("what is text-centric alignment (EMOVA)?", "what is text-centric alignment in EMOVA?"),
        # an acronym of the words before it, a bracket naming no paper, a lower-case alias: read as before
        ("what is direct preference optimization (DPO)?", "what is direct preference optimization (DPO)?"),
        ("define language injection (Foo)", "define language injection (Foo)"),
        ("any work on making LLMs forget (unlearning)?", "any work on making LLMs forget (unlearning)?"),
    ],
)
def test_a_bracketed_paper_name(question: str, read: str) -> None:
    assert bracketed_paper(question, lambda name: name in {"Kuwain", "EMOVA", "DPO"}) == read


@pytest.fixture(scope="module")
def answerer(retriever, corpus_settings):
    return Answerer(replace(corpus_settings, llm="extractive"), retriever=retriever)


@pytest.mark.slow
def test_a_named_papers_property_on_the_corpus(answerer) -> None:
    lsp = answerer.ask("what learning rate did the Language Self-Play paper use")
    assert "does not state the learning rate" in lsp.answer and lsp.citations[0]["id"] == "2509.07414"
    venue = answerer.ask("which conference was SafeRoute accepted to?")
    assert "does not say anything about conference" in venue.answer and venue.citations[0]["id"] == "2502.12464"
    base = answerer.ask("what base model does UI-R1 use?")
    assert "Qwen2.5-VL-3B" in base.answer and "does not state" not in base.answer
    cheaper = answerer.ask("how much cheaper is Open-Sora 2.0 than MovieGen")
    assert "5-10x cheaper" in cheaper.answer
    errors = answerer.ask("how many more knowledge errors did SEA find than Automated Capability Discovery?")
    assert "40.7× more knowledge errors" in errors.answer
    injection = answerer.ask("define language injection (Kuwain)")
    assert injection.citations[0]["id"] == "2504.15120" and "created via language injection" in injection.answer
    unsaid = answerer.ask("define grokking (Kuwain)")
    assert "does not say anything about grokking" in unsaid.answer

"""A bare plural noun phrase with qualifiers asks for a list ("GUI agents trained with RL on Android"), a size
bound is compared as a number, and a quoted sentence is a claim of the paper: never a follow-up question, a
hedge or a template label. Pure parts on small inputs; the answers on the real whole-corpus index."""

from __future__ import annotations

from dataclasses import replace

import pytest

from rag.answer import Answerer
from rag.papers import Paper
from rag.qualifiers import compounds, holds_size, plural_phrase, size_bound, sizes_in, split_head
from rag.shapes import claims, own_doc, result_sentence
from rag.understand import understand

VOCAB = {
    **{w: 50 for w in "small language models for code parameters under reinforcement learning trained with on".split()},
    **{"android": 40, "androidworld": 12, "androidcontrol": 9, "androids": 1, "agents": 300, "gui": 120},
}


def test_a_size_bound_is_cut_from_the_question_and_kept_as_a_range():
    assert size_bound("small language models under 3B parameters for code") == (
        "small language models for code",
        (0.0, 3e9),
        "under 3B parameters",
    )
    rest, (least, most), said = size_bound("vision-language models over 70 billion params")
    assert (rest, least, most, said) == ("vision-language models", 7e10, float("inf"), "over 70 billion params")
    assert size_bound("open-source 7B models for math reasoning") == (
        "open-source 7B models for math reasoning",
        (0.0, 0.0),
        "",
    )


def test_model_sizes_are_read_as_numbers_and_data_counts_are_not():
    assert sizes_in("Arctic-SnowCoder-1.3B is trained on 555B tokens") == [1.3e9]
    assert sizes_in("a 7-billion-parameter model and SmolVLM-256M") == [7e9, 2.56e8]
    assert sizes_in("1.2M samples of 20B tokens") == []
    assert holds_size("UI-R1-3B improves accuracy", 0.0, 3e9)
    assert not holds_size("a 7B model", 0.0, 3e9)


def test_a_phrase_is_plural_by_its_head_noun_before_the_first_qualifier():
    assert plural_phrase("gui agents trained with reinforcement learning on android".split())
    assert plural_phrase("chinese benchmarks for legal reasoning".split())
    assert not plural_phrase("knowledge distillation for speech models".split())  # the head is "distillation"
    assert not plural_phrase("physics of language models".split())
    assert split_head("open-source 7b models") == ["open-source", "7b"]
    assert split_head("gui agents trained") == ["gui", "agents"]


def test_a_capitalised_name_holds_in_the_names_built_on_it():
    assert compounds("android", VOCAB) == ["androidcontrol", "androidworld"]


def test_a_plural_noun_phrase_with_qualifiers_is_read_as_a_list_and_a_figure_asked_stays_a_fact():
    parsed = understand(
        "GUI agents trained with reinforcement learning on Android", VOCAB, {"gui": "graphical user interface"}
    )
    assert parsed.intent == "list" and parsed.plural
    assert all("train" not in form for a in parsed.concepts for c in a for form in c)
    assert any(" androidworld " in c for a in parsed.concepts for c in a)
    sized = understand("small language models under 3B parameters for code", VOCAB, {})
    assert sized.intent == "list" and (sized.size_least, sized.size_most) == (0.0, 3e9)
    assert sized.topics == ["language models code"]  # "small" says what the bound says
    for question in ("the accuracy of DeepSeek-R1 on AIME 2024", "GPT-4o's MMLU score", "GPT-4o results on MMLU"):
        assert understand(question, VOCAB, {}).intent == "fact"


def summary_paper(summary: str) -> Paper:
    return Paper(id="2501.00001", title="A Paper", summaries=[summary], dates=["2025-01-02"])


def test_a_quote_is_never_a_question_a_hedge_or_a_label():
    paper = summary_paper(
        "Main research question or objective: How well do small models compare on privacy? "
        "**Key methodology:** The authors fine-tune a 1.5B model on code. "
        "The paper does not, however, provide details on memory usage. "
        "Follow-up questions: 1. How does data privacy for small language models compare to large ones?"
    )
    assert claims(paper.summary) == ["The authors fine-tune a 1.5B model on code."]
    assert result_sentence(paper, "small language models for code privacy", [[" privaci "]]) == (
        "The authors fine-tune a 1.5B model on code."
    )
    assert "data privaci" not in own_doc(paper)  # only the follow-up question says it


@pytest.fixture(scope="module")
def answerer(retriever, corpus_settings):
    return Answerer(replace(corpus_settings, llm="extractive"), retriever=retriever)


@pytest.mark.slow
def test_noun_phrases_with_qualifiers_are_answered_as_lists_on_the_corpus(answerer):
    gui = answerer.ask("GUI agents trained with reinforcement learning on Android")
    cited = {c["id"] for c in gui.citations}
    assert gui.intent == "list" and {"2503.21620", "2504.14239", "2509.11543"} <= cited  # AndroidControl, AndroidWorld
    math = answerer.ask("open-source 7B models for math reasoning")
    assert math.intent == "list" and {"2508.08665", "2507.14683"} <= {c["id"] for c in math.citations}
    legal = answerer.ask("Chinese benchmarks for legal reasoning")  # no paper is both: it says which word fails
    assert legal.intent == "list" and '(without "chinese")' in legal.answer
    code = answerer.ask("small language models under 3B parameters for code")
    assert code.intent == "list" and "under 3B parameters" in code.answer
    assert all(
        holds_size(f"{p.title} {p.summary}", 0.0, 3e9)
        for p in (answerer.retriever.by_id[c["id"]] for c in code.citations)
    )
    assert "?" not in code.answer.split("\n", 1)[1].replace("?**", "")  # no follow-up question quoted


@pytest.mark.slow
def test_a_fact_answer_quotes_no_follow_up_question(answerer):
    result = answerer.ask("what are the specific implementation details of deploying AcT on mobile devices")
    assert "What are the specific implementation details" not in result.answer

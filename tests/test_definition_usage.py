"""Definitions of names the corpus uses far more often than it defines (eval/definitions_dev2.md): a sentence
that only measures against a term never defines it, a setting or a longer name is not the term, and where
nothing defines a term the answer says so and quotes what the papers studying it do with it."""

from __future__ import annotations

from dataclasses import replace

import pytest

from rag.answer import Answerer
from rag.papers import Paper
from rag.shapes import circular, compared, find_definition, spelled_out, titled_about, usage


def paper(pid: str, title: str, summary: str, date: str = "2025-01-02") -> Paper:
    return Paper(id=pid, title=title, summaries=[summary], authors=[], dates=[date])


def test_a_sentence_measuring_against_a_term_is_a_comparison():
    assert compared("SIGMA is 33% faster than the conventional grouped-query attention (GQA).", "GQA")
    assert compared("EfficientTAMs match SAM 2 with a 2x speedup compared to SAM 2.", "SAM 2")
    assert compared("SeC gains 11.8 points over the SAM 2.1 baseline.", "SAM 2.1")
    # the comparison is of something else: the term is where it is measured
    assert not compared("We evaluate against vanilla ViTs on CIFAR-10 and ImageNet-1K datasets.", "CIFAR-10")
    # one use of the term that is not compared is enough
    assert not compared("Unlike RNNs, Mamba-2 is a state space model that beats Mamba-2 variants.", "Mamba-2")


def test_a_definition_naming_the_term_again_is_circular():
    assert circular("Parallel decoding is a parallel decoding method", "parallel decoding")
    assert not circular("Selective attention is a parameter-free modification of attention", "selective attention")


def test_a_comparison_never_defines_an_acronym():
    sigma = paper("1", "Sigma", "SIGMA achieves a 33% speedup over the conventional grouped-query attention (GQA).")
    study = paper(
        "2",
        "Cost-Optimal Grouped-Query Attention for Long-Context LLMs",
        "The paper investigates cost-optimal configurations for Grouped-Query Attention (GQA) in LLMs.",
        date="2025-03-13",
    )
    found = find_definition("GQA", "grouped query attention", [sigma, study])
    assert found is not None and found.paper.id == "2"
    assert find_definition("GQA", "grouped query attention", [sigma]) is None


def test_a_setting_or_a_longer_name_is_not_the_term():
    setting = paper("1", "t", "This addresses attention concentration in deep transformers, where attention narrows.")
    tail = paper("2", "t", "Fine-tuning a pretrained diffusion transformer is a highly effective strategy.")
    longer = paper("3", "t", "Over-Tokenized Transformer, a framework that decouples input and output vocabularies.")
    objective = paper("4", "t", "It targets the objective of speculative decoding, which is to maximize acceptance.")
    assert find_definition("transformer", "", [setting, tail, longer]) is None
    assert find_definition("speculative decoding", "", [objective]) is None


def test_a_quoted_name_with_its_comma_inside_the_quotes_is_apposed():
    p = paper("1", "t", 'The researchers introduce "Selective Attention," a parameter-free change to attention.')
    found = find_definition("selective attention", "", [p])
    assert found is not None and found.lead.startswith("Selective attention is a parameter-free change")


def test_a_name_among_named_members_of_a_kind():
    p = paper("1", "t", "We evaluate ViTs on CIFAR-10, CIFAR-100, and ImageNet-1K datasets.")
    found = find_definition("CIFAR-10", "", [p])
    assert found is not None and found.lead == "CIFAR-10 is a dataset"


def test_a_versioned_name_is_spelled_out_with_its_version():
    p = paper("1", "t", "SAMURAI enhances the Segment Anything Model 2 (SAM 2) for visual object tracking.")
    assert spelled_out("SAM 2", [p]) == {"segment anything model 2": 1}


def test_usage_prefers_a_paper_studying_the_term_and_skips_comparisons():
    passing = paper("1", "Hierarchy Drafting", "It is 2x faster than knowledge editing baselines.")
    uses = paper("2", "CaKE", "CaKE improves the generalization of knowledge editing in LLMs.")
    studies = paper(
        "3",
        "Can Knowledge Editing Really Correct Hallucinations?",
        "a) The paper investigates whether knowledge editing techniques effectively correct factual hallucinations.",
        date="2025-06-01",
    )
    found = usage("knowledge editing", "", [passing, uses, studies])
    assert found is not None and found[0].id == "3" and found[1].startswith("The paper investigates")
    assert usage("knowledge editing", "", [passing]) is None


@pytest.fixture(scope="module")
def answerer(retriever, corpus_settings):
    return Answerer(replace(corpus_settings, llm="extractive"), retriever=retriever)


@pytest.mark.slow
def test_definitions_of_common_names_on_the_corpus(answerer):
    gqa = answerer.ask("what does GQA stand for?")
    assert gqa.answer.startswith("GQA stands for Grouped Query Attention.") and "SIGMA" not in gqa.answer
    sam = answerer.ask("what is SAM 2?")
    assert sam.answer.startswith("SAM 2 stands for Segment Anything Model 2.")
    dense = answerer.ask("what is dense attention?")
    assert dense.answer.startswith("No paper in the digests defines dense attention;")
    assert "compared to dense attention" not in dense.answer


def test_a_title_led_by_a_name_of_its_own_is_not_about_the_term():
    mia = paper("1", "MIA-DPO: Multi-Image Augmented Direct Preference Optimization", "s")
    study = paper("2", "How Direct Preference Optimization Reduces Toxicity", "s")
    assert not titled_about("DPO", "direct preference optimization", mia)
    assert titled_about("DPO", "direct preference optimization", study)


def test_a_quoted_or_called_term_is_no_tail_of_a_longer_noun():
    p = paper(
        "1", "t", 'It asks whether a metric called "model kinship" (similarity between LLMs based on weights) helps.'
    )
    found = find_definition("model kinship", "", [p])
    assert found is not None and found.lead.startswith("Model kinship means similarity between LLMs")


@pytest.mark.slow
def test_a_name_asked_in_its_field_is_shown_as_its_papers_use_it(answerer):
    lira = answerer.ask("what's LiRA in membership inference")
    assert "No paper in the digests defines LiRA in membership inference;" in lira.answer
    assert "scaling the LiRA attack" in lira.answer
    assert "only to compare with it" not in lira.answer and [c["id"] for c in lira.citations] == ["2505.18773"]

"""Definitions that hold on basic concepts, and the paper that introduces a name (issue 10), on real digests:
a bracket of qualities or figures is no gloss, a finding about a term is not what it is, and a paper whose
name only holds the asked one ("DPO-Shift") does not introduce it."""

from __future__ import annotations

import pytest

from rag.digest import read_digest
from rag.papers import Paper, merge_rows
from rag.shapes import (
    ORIGIN_RE,
    bracketed_acronym,
    described,
    find_definition,
    is_gloss,
    naming_sentence,
    origin_names,
    origin_sentence,
    spelled_only_text,
    writes,
)
from tests.conftest import DIGESTS


def paper_of(day: str, pid: str) -> Paper:
    return next(p for p in merge_rows(read_digest(DIGESTS / f"{day}.md").rows) if p.id == pid)


@pytest.mark.parametrize(
    "gloss",
    [
        "high visual quality, progressive refinement",
        "from 124M to 720M parameters",
        "semantic understanding, causal modeling",
    ],
)
def test_a_bracket_of_qualities_or_figures_is_no_gloss(gloss):
    assert not is_gloss(gloss)


def test_a_bracket_saying_what_a_term_is_stays_a_gloss():
    assert is_gloss("transitioning from memorization to generalization")
    assert is_gloss("a model trained on GPT-4 outputs")


@pytest.mark.parametrize(
    ("day", "pid", "term"),
    [
        ("2025-03-07", "2503.04606", "diffusion model"),  # "diffusion models (high visual quality, …)"
        ("2025-09-03", "2509.01440", "mixture-of-experts model"),  # "… models (from 124M to 720M parameters)"
        ("2025-08-12", "2508.07917", "vision-language-action model"),  # "an open-source, vision-language-action model"
    ],
)
def test_a_list_a_size_or_an_adjective_defines_nothing(day, pid, term):
    assert find_definition(term, "", [paper_of(day, pid)]) is None


def test_a_finding_about_a_spelled_out_term_is_not_its_definition():
    # asked in words: "Reward models (RMs) are brittle …" says how they behave, not what they are
    brittle = paper_of("2025-03-18", "2503.11751")
    assert find_definition("RM", "reward model", [brittle], mentions=False) is None
    said = Paper(id="x", title="T", summaries=["Reward models (RMs) are models that score a response to a prompt."])
    found = find_definition("RM", "reward model", [said], mentions=False)
    assert found is not None and found.paper.id == "x"


def test_a_paper_named_by_the_term_alone_defines_it_by_what_it_introduces():
    found = find_definition("HLE", "humanity's last exam", [paper_of("2025-01-27", "2501.14249")], mentions=False)
    assert found is not None and found.lead.startswith("Humanity's Last Exam is a multi-modal benchmark")


def test_origin_questions_and_their_names():
    asked = ORIGIN_RE.match("which paper introduced the HLE benchmark?")
    assert asked is not None and asked["name"] == "HLE benchmark"
    assert origin_names("HLE benchmark", {"hle": "humanity's last exam"}) == [
        "HLE benchmark",
        "HLE",
        "humanity's last exam",
        "the HLE benchmark",
        "the HLE",
    ]
    assert ORIGIN_RE.match("which papers use DPO?") is None


@pytest.mark.parametrize(
    ("asked", "description"),
    [
        ("a prompting method that writes fewer tokens than chain of thought", True),
        ("replacing normalization layers with an element-wise tanh", True),
        ("better initial particles for sequential Monte Carlo reward alignment", True),
        ("a 1-bit LLM", True),
        ("multi-head latent attention", False),
        ("reinforcement learning from human feedback", False),
        ("Muon optimizer at scale", False),
        ("Humanity's Last Exam", False),
        ("flow matching", False),
    ],
)
def test_a_description_is_told_from_a_name(asked, description):
    assert described(asked) is description


def test_a_qualifier_after_a_names_kind_is_not_part_of_the_name():
    assert origin_names("Muon optimizer at scale", {}) == [
        "Muon optimizer at scale",
        "Muon optimizer",
        "Muon",
        "the Muon optimizer at scale",
        "the Muon optimizer",
        "the Muon",
    ]
    assert origin_names("mixture of experts", {}) == ["mixture of experts"]


def test_a_name_is_written_whole_in_any_form_and_an_acronym_with_its_capitals():
    assert writes("multi-head latent attention", "Multi-head Latent Attention (MLA) offers more")
    assert not writes("multi-head latent attention", "an efficient family of latent attention models")
    assert writes("MultiPref", "trained on MULTIPREF, a new dataset")
    assert not writes("CLIP", "it animates short video clips")
    mla = paper_of("2025-02-13", "2502.07864")
    assert "Multi-head Latent Attention (MLA)" in naming_sentence(["multi-head latent attention"], mla)
    assert naming_sentence(["Muon"], mla) == ""


def test_a_longer_name_holding_the_asked_one_does_not_introduce_it():
    assert origin_sentence("DPO", paper_of("2025-02-13", "2502.07599")) == ""
    assert origin_sentence("LoRA", paper_of("2025-04-01", "2503.18225")) == ""
    kernels = paper_of("2025-01-09", "2501.03271")
    assert origin_sentence("DPO", kernels) == ""
    assert "introduces DPO-Kernels" in origin_sentence("DPO-Kernels", kernels)


def test_a_clause_on_how_a_method_is_used_or_an_instance_in_brackets_defines_nothing():
    # "using Group Relative Policy Optimization (GRPO), where the LLM generates …" is the setting's clause
    used = paper_of("2025-03-26", "2503.19470")
    assert find_definition("GRPO", "group relative policy optimization", [used], mentions=False) is None
    # "reinforcement learning (specifically, Group Relative Policy Optimization)" names an instance
    assert find_definition("reinforcement learning", "", [paper_of("2025-07-23", "2507.16815")]) is None


def test_a_reported_claim_or_a_source_in_brackets_defines_nothing():
    claim = "The principal implication for practitioners is that DLMs are a compelling alternative for generation."
    reported = Paper(id="x", title="T", summaries=[claim])
    assert find_definition("DLM", "diffusion language model", [reported], mentions=False) is None
    assert not is_gloss("based on `oasst-rm-pythia-1.4b` and UniEval metrics")


def test_a_name_in_a_spelled_out_frame_is_not_introduced():
    said = "FPO introduces feature-level constraints within a Direct Preference Optimization (DPO) framework."
    assert origin_sentence("DPO", Paper(id="x", title="T", summaries=[said])) == ""
    made = "The paper introduces Decoupled Low-rank Adaptation (DeLoRA), a finetuning method."
    assert origin_sentence("DeLoRA", Paper(id="y", title="T", summaries=[made])) == made


def test_an_acronym_spelled_out_beside_a_use_of_it_is_a_mention_not_a_definition():
    # "…, a multi-turn RL framework using enhanced proximal policy optimization (PPO), a hybrid GUI environment …,
    # and a unified sandbox": the phrase after the bracket is the list's next item, not what PPO is
    assert find_definition("PPO", "proximal policy optimization", [paper_of("2025-09-03", "2509.02544")]) is None
    used = Paper(id="u", title="T", summaries=["The study employs Singular Value Decomposition (SVD) on gradients."])
    found = find_definition("SVD", "singular value decomposition", [used])
    assert found is not None and found.mention
    said = Paper(id="x", title="T", summaries=["Proximal Policy Optimization (PPO) is a policy gradient method."])
    defined = find_definition("PPO", "proximal policy optimization", [said])
    assert defined is not None and not defined.mention


def test_an_acronym_alone_says_what_it_stands_for_and_how_many_papers_name_it():
    text = spelled_only_text("PPO", "proximal policy optimization", 56, "iii) We train with PPO.")
    assert text.startswith("PPO stands for Proximal Policy Optimization. 56 papers in the digests name PPO")
    assert text.endswith("none says more of what it is. For example: We train with PPO. [1]")


def test_an_acronym_asked_in_words_is_written_as_the_papers_write_it():
    texts = [
        "We pretrain a Vision Transformer (ViT) on images.",
        "Two vision transformers (ViTs) are compared.",
        "A model solves Markov Decision Processes (MDPs) quickly.",
    ]
    assert bracketed_acronym("vision transformer", "VIT", texts) == "ViT"
    assert bracketed_acronym("markov decision process", "MDPS", texts) == "MDP"
    assert bracketed_acronym("neural architecture search", "NAS", texts) == "NAS"


def test_a_name_the_paper_builds_on_or_holds_in_a_longer_name_is_not_introduced():
    # "the proposed GRPO approach, using format-length surrogate signals": an approach built on GRPO
    assert origin_sentence("GRPO", paper_of("2025-05-27", "2505.19439")) == ""
    # "The paper introduces SWE-BENCH PRO, …": a longer name holding SWE-bench
    assert origin_sentence("SWE-bench", paper_of("2025-09-23", "2509.16941")) == ""
    assert origin_sentence("SWE-Bench Pro", paper_of("2025-09-23", "2509.16941")) != ""


def test_a_plural_with_a_singular_relative_verb_or_a_list_item_defines_nothing():
    # "domain-specific LLMs, which is highly relevant to …": "which is" is about the framework, not LLMs
    framework = Paper(id="x", title="T", summaries=["It offers a framework for domain-specific LLMs, which is useful."])
    assert find_definition("LLM", "large language model", [framework], mentions=False) is None
    listed = "It uses a vision encoder, a large language model (LLM), a pixel decoder, and adapters."
    assert find_definition("LLM", "large language model", [Paper(id="y", title="T", summaries=[listed])]) is None


def test_what_a_name_is_called_and_its_kind_of_technique_are_not_part_of_it():
    assert "chain of draft" in origin_names("chain of draft prompting", {})
    assert "vibe coding" in origin_names("the term vibe coding", {})
    assert origin_names("vibe coding", {}) == ["vibe coding"]


def test_a_kind_keeps_its_describing_words_beside_the_description_test():
    """`described` (which paper proposes a description?) and `kind_phrase` each read their own words: a name's kind
    keeps "pre-trained vision" (one regex name had served both, and kinds came out as "a model")."""
    from rag.shapes import kind_phrase

    assert kind_phrase("outperforms other pre-trained vision models") == "a pre-trained vision model"
    assert described("a method that writes fewer tokens")

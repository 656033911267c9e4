"""Fact and definition shapes on real digests: the sentence holding the asked figure with its unit, and the
sentence (and gloss) where a paper says what a term is."""

from __future__ import annotations

import pytest

from rag.digest import read_digest
from rag.papers import Paper, merge_rows
from rag.shapes import (
    PREAMBLE_RE,
    asked_kind,
    asked_measure,
    claims,
    find_definition,
    result_sentence,
    states_measure,
    unmentioned_property,
)
from rag.understand import intent_of
from tests.conftest import DIGESTS


def paper_of(day: str, pid: str) -> Paper:
    return next(p for p in merge_rows(read_digest(DIGESTS / f"{day}.md").rows) if p.id == pid)


@pytest.mark.parametrize(
    ("day", "pid", "question", "figure"),
    [
        # the name's own "7B" and the "7-billion parameter" sentence hold no compute figure
        ("2025-04-14", "2504.08685", "how much compute did it take to train Seaweed-7B?", "665,000 H100 GPU hours"),
        (
            "2025-04-14",
            "2504.08685",
            "how much faster is Seaweed-7B's distilled model than Wan 2.1?",
            "62 times faster",
        ),
        ("2025-03-14", "2503.09642", "how much did it cost to train Open-Sora 2.0?", "$200k"),
        ("2025-09-15", "2509.04996", "how much compute was FLOWER pretrained with?", "200 H100 GPU hours"),
        ("2025-09-15", "2509.04996", "how much memory does FLOWER need?", "1.85 GB VRAM"),
        ("2025-02-19", "2502.12574", "how much does HeadInfer reduce GPU memory?", "92% reduction"),
        ("2024-10-25", "2410.17243", "how much memory per GPU does Inf-CL use?", "1.44GB"),
    ],
)
def test_the_sentence_with_the_asked_figure_and_its_unit_leads(day, pid, question, figure):
    assert figure in result_sentence(paper_of(day, pid), question, [])


def test_a_figure_needs_its_unit_and_is_never_part_of_a_name():
    question = "how much compute did it take to train Seaweed-7B?"
    phrase, measure = asked_measure(question)
    assert (phrase, asked_kind(question)) == ("compute", "compute")
    moderate = "This paper trains Seaweed-7B, a 7-billion parameter video model using moderate compute."
    assert not states_measure(moderate, measure, question)
    assert states_measure("It is trained on 64 H100 GPUs for 12 days.", measure, question)
    # asked its size, the same sentence answers: "7-billion parameter" is a figure of its own
    size = "how many parameters does Seaweed-7B have?"
    assert states_measure(moderate, asked_measure(size)[1], size)
    # a bare multiple answers "how fast" only beside a word of speed; "58% win rate" is no speed-up
    _, speed = asked_measure("how much faster is X than Wan 2.1?")
    assert not states_measure("X ranks second (1047 Elo, 58% win rate) against Wan 2.1.", speed, "how much faster")
    assert states_measure("It needs 12 NFEs, 62 times faster than Wan 2.1.", speed, "how much faster")
    # "how big is X's gain" asks the gain, not the model's size
    assert asked_kind("how big is the ToMAP persuader?") == "parameters"
    assert asked_kind("how big is ToMAP's gain over GPT-4o?") == ""
    assert asked_kind("which papers reduce memory?") == ""


def test_a_context_length_is_an_extent_in_tokens_not_a_time():
    question = "how long is Kimi k1.5's context window?"
    assert asked_kind(question) == "length"
    assert asked_kind("what is the context window of GLM-4.5?") == "length"
    assert asked_kind("how long does Kimi k1.5 take to train?") == "time"
    measure = asked_measure(question)[1]
    assert states_measure("The key methodology involves long-context scaling up to 128k tokens.", measure, question)
    assert states_measure("It mid-trains with sequence lengths up to 128K.", measure, question)
    # tokens trained on are data, not the context's extent
    assert not states_measure("The methodology involves a multi-stage process on 23T tokens.", measure, question)


def test_a_measure_of_a_named_thing_is_a_fact_question():
    assert intent_of("what is the latency of AAPT?") == ("fact", "")
    assert intent_of("what is the context length of Qwen2.5-1M?") == ("fact", "")
    assert intent_of("what is the training cost of Open-Sora 2.0?") == ("fact", "")
    assert intent_of("what is the curse of multilinguality?") == ("definition", "curse of multilinguality")


@pytest.mark.parametrize(
    ("day", "pid", "term", "lead"),
    [
        ("2025-05-06", "2504.20752", "grokking", "Grokking means transitioning from memorization to generalization"),
        ("2024-10-17", "2410.12613", "model kinship", "Model kinship means similarity between LLMs based on weight"),
        ("2025-02-06", "2502.02671", "teacher hacking", "Teacher hacking is when a student model exploits"),
        (
            "2025-07-22",
            "2507.14417",
            "inverse scaling in test-time compute",
            "Inverse scaling in test-time compute is a",
        ),
        ("2025-02-21", "2502.14258", "temporal heads", "Temporal heads are specialized attention heads that are"),
        ("2025-01-01", "2412.21187", "overthinking", "Overthinking is when these models expend excessive"),
        ("2025-05-26", "2505.17225", "reasoning rigidity", "Reasoning rigidity is instruction overriding"),
    ],
)
def test_a_gloss_or_a_named_description_defines_the_term(day, pid, term, lead):
    found = find_definition(term, "", [paper_of(day, pid)])
    assert found is not None and found.lead.startswith(lead)
    assert term.split()[0].lower() in found.sentence.lower()


def test_a_bracket_of_members_or_a_finding_defines_nothing():
    # "modality (text, speech, vision, etc.)" lists what it holds; "teacher hacking occurs when using a fixed
    # offline dataset" is a finding about when it happens; "length bias (where …)" after "like" still glosses
    assert find_definition("modality", "", [paper_of("2024-09-19", "2409.11564")]) is None
    finding = Paper(id="x", title="T", summaries=["Results show that teacher hacking occurs when using a fixed set."])
    assert find_definition("teacher hacking", "", [finding]) is None
    found = find_definition("length bias", "", [paper_of("2025-04-02", "2503.24377")])
    assert found is not None and found.lead == "Length bias is where RMs may prefer longer responses"
    tail = Paper(id="y", title="T", summaries=["It adds multi-matching retrieval (retrieving many items at once)."])
    assert find_definition("retrieval", "", [tail]) is None


@pytest.mark.parametrize(
    ("day", "pid", "term", "lead"),
    [
        # apposition: "This research demonstrates Muon, a second-order optimizer, expands …"
        ("2025-05-06", "2505.02222", "Muon", "Muon is a second-order optimizer"),
        # the kind after the name, a capitalised word continuing another name ("Franka Panda") left alone
        ("2025-10-09", "2510.06710", "Franka", "Franka is a robot"),
        # the kind before the name
        ("2025-02-11", "2502.05415", "Show-o", "Show-o is a unified multimodal understanding and generation model"),
        # a member of its kind: "agent frameworks like AutoGen"
        ("2025-02-19", "2502.11271", "AutoGen", "AutoGen is an agent framework"),
        # a title naming the paper's own method
        ("2024-12-06", "2412.04431", "Infinity", 'Infinity is introduced in "Infinity: Scaling Bitwise'),
    ],
)
def test_a_name_is_defined_by_apposition_its_kind_or_a_title(day, pid, term, lead):
    found = find_definition(term, "", [paper_of(day, pid)])
    assert found is not None and found.lead.startswith(lead)
    assert term.lower() in found.sentence.lower()


def test_a_comparison_gives_a_name_its_kind_only_when_the_kind_says_something():
    # "outperforms other agent frameworks like AutoGen" (above) names AutoGen's kind; "outperforming larger
    # models like DeepSeek-R1-0528 (42.0%)" would only make it "a model"
    assert find_definition("DeepSeek-R1-0528", "", [paper_of("2025-07-10", "2507.05687")]) is None


def test_what_only_uses_a_name_defines_nothing():
    # "compared to traditional TopK routing": routing is no kind of thing a name is given to; "Franka Panda
    # benchmark" and "the Common Pile v0.1 dataset" are longer names; a list's items are not appositions
    assert find_definition("TopK", "", [paper_of("2024-12-25", "2412.14711")]) is None
    assert find_definition("Franka", "", [paper_of("2025-05-05", "2505.00562")]) is None
    assert find_definition("Pile", "", [paper_of("2025-06-06", "2506.05209")]) is None
    listed = Paper(id="z", title="T", summaries=["It uses LLMs, a multi-modality LoRA, a regularizer, and data."])
    assert find_definition("LoRA", "", [listed]) is None
    # after a name, a bracket without an article is an attribute, not a gloss
    both = Paper(
        id="m",
        title="T",
        summaries=["It joins Transformer (short context efficiency) and Mamba (long context efficiency)."],
    )
    assert find_definition("Mamba", "", [both]) is None


def test_a_bracket_with_an_article_after_a_name_says_what_it_is():
    named = Paper(id="n", title="T", summaries=["We train Falcon (a decoder-only language model) on web text."])
    found = find_definition("Falcon", "", [named])
    assert found is not None and found.lead == "Falcon is a decoder-only language model"
    result = Paper(
        id="r", title="T", summaries=["The attack raises ASR, an 8.9 percentage point gain over the baseline."]
    )
    assert find_definition("ASR", "", [result]) is None


def test_a_share_of_the_asked_thing_answers_how_many_fewer():
    """Probe 38 F02: "10-15% fewer tokens" states how many fewer tokens Muon needs (asked as an amount of data)."""
    question = "how many fewer tokens does Muon need than AdamW to reach the same loss"
    _, measure = asked_measure(question)
    said = result_sentence(paper_of("2025-05-06", "2505.02222"), question, [])
    assert "10-15% fewer tokens" in said and states_measure(said, measure, question)
    # a share of something else is no count of tokens
    assert not states_measure("It improves accuracy by 12% on 2 benchmarks.", measure, question)


def test_a_clause_before_the_question_keeps_its_measure():
    question = (
        "in the model collapse paper, what perplexity do models trained on synthetic data reach versus human data"
    )
    assert asked_measure(question) == ("perplexity", ["perplex"])


def test_a_summary_writer_s_opener_is_never_a_claim():
    """Probe 38 H03: "Summary of the research paper is the following:" says nothing of the paper."""
    first = claims(paper_of("2025-01-29", "2501.17161").summary)[0]
    assert first.startswith("The paper investigates the effects of Supervised Fine-Tuning")
    assert PREAMBLE_RE.sub("", 'Here is a concise summary of the research paper "A: B": i) X.') == "i) X."
    assert PREAMBLE_RE.sub("", "Summary: the model beats GPT-4o.") == "Summary: the model beats GPT-4o."


def test_hardware_or_a_licence_no_summary_mentions_is_unstated():
    """Probe 38 N03: Prithvi WxC's summary names no GPU, so its parameter sentence is no answer."""
    prithvi = paper_of("2024-09-23", "2409.13598")
    text = f"{prithvi.title}. {prithvi.summary}"
    assert unmentioned_property("what GPU did the Prithvi WxC team train on?", text) == "GPU"
    assert unmentioned_property("which licence is Prithvi WxC released under?", text) == "licence"
    assert unmentioned_property("what GPU did it train on?", text + " It trains on 64 H100s.") == ""
    assert unmentioned_property("how does Prithvi WxC reduce GPU memory?", text) == ""
    # named40: a venue no summary mentions is as unstated
    assert unmentioned_property("which venue was Prithvi WxC published at?", text) == "venue"
    assert unmentioned_property("which conference took it?", text + " It was accepted at NeurIPS.") == ""

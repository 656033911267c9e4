"""Trends that compare: two topics' growth, two periods' shares, and the topics trending in a period.
Pure parts on small inputs; the answers on the real index of the whole bundled corpus."""

from __future__ import annotations

from dataclasses import replace

import pytest

from rag import trending
from rag.answer import Answerer
from rag.papers import Paper
from rag.shapes import faster_text, periods_text
from rag.understand import understand

VOCAB = {"grpo": 230, "dpo": 120, "lora": 120, "mamba": 40, "agents": 300, "hot": 12, "last": 200, "month": 90}


def paper(pid: str, title: str, summary: str, day: str) -> Paper:
    return Paper(id=pid, title=title, authors=[], summaries=[summary], categories=[], dates=[day], arxiv_url="")


def test_growth_compared_between_two_topics_is_a_trend_on_both():
    for question, topics in [
        ("which is growing faster, GRPO or DPO?", ["grpo", "dpo"]),
        ("which has grown more, LoRA or Mamba?", ["lora", "mamba"]),
        ("which is gaining more traction, Mamba or LoRA?", ["mamba", "lora"]),
        ("GRPO or DPO: which is rising faster?", ["grpo", "dpo"]),
    ]:
        parsed = understand(question, VOCAB, {})
        assert (parsed.intent, parsed.versus, parsed.topics) == ("trend", True, topics), question
    assert understand("does LoRA gain more than 2 points?", VOCAB, {}).intent != "trend"


def test_two_periods_are_kept_apart_earlier_first():
    parsed = understand("is GRPO more popular in 2025 than in 2024?", VOCAB, {}, latest="2025-10-30")
    assert (parsed.intent, parsed.topics, parsed.versus) == ("trend", ["grpo"], False)
    assert parsed.periods == [["2024-01-01", "2024-12-31"], ["2025-01-01", "2025-12-31"]]
    quarters = understand("did LoRA get more attention in Q2 2025 than in Q1 2025?", VOCAB, {}, latest="2025-10-30")
    assert quarters.topics == ["lora"]
    assert quarters.periods == [["2025-01-01", "2025-03-31"], ["2025-04-01", "2025-06-30"]]
    assert understand("has GRPO grown since 2024?", VOCAB, {}, latest="2025-10-30").periods == []


def test_trending_is_asked_with_no_topic_and_hot_before_a_noun_asks_for_themes():
    for question in (
        "what topics are trending?",
        "what's hot in the last month?",
        "which topics grew the most in 2025?",
        "which research topics are on the rise?",
        "what are the trending topics in Q2 2025?",
    ):
        parsed = understand(question, VOCAB, {}, latest="2025-10-30")
        assert (parsed.intent, parsed.topics, parsed.trending) == ("trend", [], True), question
    assert understand("what are the hot topics in October 2025?", VOCAB, {}, latest="2025-10-30").intent == "summary"
    assert not understand("what is trending in robotics?", VOCAB, {}, latest="2025-10-30").trending
    assert not understand("is GRPO trending?", VOCAB, {}, latest="2025-10-30").trending


def test_the_faster_topic_is_the_one_whose_share_rose_more():
    totals = dict.fromkeys(("2025-01", "2025-02", "2025-03", "2025-04"), 100)
    series = {"DPO": {"2025-01": 4, "2025-02": 4, "2025-03": 3, "2025-04": 3}, "GRPO": dict(zip(totals, (0, 1, 5, 9)))}
    assert faster_text(series, totals).startswith("GRPO grew faster, from the earlier half of these months")
    level = {"a": dict(zip(totals, (2, 2, 2, 2))), "b": dict(zip(totals, (4, 4, 4, 4)))}
    assert faster_text(level, totals).startswith("a and b: neither grew"), "no 'grew faster' of a level share"
    fading = {"GANs": dict(zip(totals, (9, 8, 3, 2))), "VAEs": dict(zip(totals, (6, 6, 2, 2)))}
    assert faster_text(fading, totals).startswith("GANs and VAEs: both fell")
    both = {"world models": dict(zip(totals, (1, 1, 4, 4))), "Mamba": dict(zip(totals, (1, 1, 4, 5)))}
    assert "world models' from" in faster_text(both, {m: 1000 for m in totals}) and "0.10% to 0.40%" in faster_text(
        both, {m: 1000 for m in totals}
    )
    assert faster_text({"a": {"2025-01": 1}, "b": {"2025-01": 2}}, {"2025-01": 9}) == ""


def test_two_periods_are_weighed_by_share_not_by_count():
    span = ("2024-09-05", "2025-10-30")
    periods = [["2024-01-01", "2024-12-31"], ["2025-01-01", "2025-12-31"]]
    text = periods_text("knowledge distillation", [("2024", 11, 986), ("2025", 37, 3908)], periods, span)
    assert "2024: 11 papers of the digests' 986 (1.1%); 2025: 37 papers of the digests' 3,908 (0.9%)" in text
    assert "Its share was higher in 2024 than in 2025, though 2025 has more of its papers" in text
    assert "so 2024 and 2025 are only partly covered" in text
    same = periods_text("MoE", [("2024", 21, 986), ("2025", 81, 3908)], periods, span)
    assert "Its share was about the same in 2024 and 2025" in same


def test_a_window_is_weighed_against_the_span_as_long_before_it():
    assert trending.spans("", "", "2025-10-30") == (("2025-08-01", "2025-10-30"), ("2025-05-01", "2025-07-31"))
    assert trending.spans("2025-09-01", "2025-09-30", "2025-10-30")[1] == ("2025-08-01", "2025-08-31")
    assert trending.spans("2025-03-10", "2025-03-16", "2025-10-30")[1] == ("2025-03-03", "2025-03-09")
    assert trending.span_label("2025-08-01", "2025-10-30", "2025-10-30") == "2025-08 to 2025-10"
    assert trending.span_label("2025-09-01", "2025-09-30") == "September 2025"
    assert trending.span_label("2024-01-01", "2024-12-31") == "2024"


def test_rising_phrases_are_names_or_phrases_whose_share_rose_in_titles_and_summaries():
    old = [
        paper(f"o{i}", f"Dense retrieval study {i}", "The objective is to retrieve.", "2025-01-10") for i in range(20)
    ]
    grpo = "The primary objective is to train world models."
    new = [paper(f"n{i}", f"GRPO for world models {i}", grpo, "2025-02-10") for i in range(6)]
    new += [
        paper(f"m{i}", f"Dense retrieval study {i}", "The primary objective is to retrieve.", "2025-02-11")
        for i in range(14)
    ]
    terms = {p.id: trending.phrases(trending.tokens(f"{p.title} . {p.summary}")) for p in old + new}
    rises = trending.rising(new, old, terms)
    # GRPO and "world models" name the same six papers: one topic; "objective" is the summaries' own word
    assert [(r.term, r.window, r.baseline) for r in rises] == [("GRPO", 6, 0)]
    assert [p.id for p in rises[0].papers] == [f"n{i}" for i in range(6)]


@pytest.fixture(scope="module")
def answerer(retriever, corpus_settings):
    return Answerer(replace(corpus_settings, llm="extractive"), retriever=retriever)


@pytest.mark.slow
def test_comparative_trends_on_the_corpus(answerer):
    pair = answerer.ask("which is growing faster, GRPO or DPO?")
    assert pair.intent == "trend" and list(pair.series or {}) == ["GRPO", "DPO"]
    assert "GRPO grew faster" in pair.answer and len(pair.citations) == 2
    periods = answerer.ask("were there more papers on LoRA in 2025 than in 2024?")
    assert periods.intent == "trend" and not periods.series and periods.counts
    assert "2024: " in periods.answer and "2025: " in periods.answer and "Its share was" in periods.answer
    hot = answerer.ask("what topics are trending?")
    listed = [line for line in hot.answer.splitlines() if line.startswith("- **")]
    assert hot.intent == "trend" and len(listed) >= 3 and all("[" in line for line in listed)
    assert "from 2025-05 to 2025-07 (" in hot.answer and "to 2025-08 to 2025-10 (" in hot.answer
    early = answerer.ask("what topics were trending in September 2024?")
    assert not early.citations and "nothing comes before September 2024" in early.answer

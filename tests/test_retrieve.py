"""Hybrid retrieval over the real bundled corpus, and its pure parts."""

from __future__ import annotations

import pytest

from rag.retrieve import Filters, expand_query, mine_acronyms, rrf
from rag.text import tokenize


def mentions_mcts(paper) -> bool:
    text = paper.text.lower()
    return "mcts" in text or "monte carlo tree search" in text


def test_tokenize_keeps_terms_and_drops_question_words():
    assert tokenize("Which papers use MCTS and LoRA-based fine-tuning?") == [
        "mcts",
        "lora-based",
        "lora",
        "based",
        "fine-tuning",
        "fine",
        "tuning",
    ]


def test_acronyms_are_mined_from_definitions():
    acronyms = mine_acronyms(
        ["We use Monte Carlo Tree Search (MCTS) and Low-Rank Adaptation (LoRA).", "A Mixture of Experts (MoE) layer."]
    )
    assert acronyms == {"mcts": "monte carlo tree search", "lora": "low rank adaptation", "moe": "mixture of experts"}
    assert expand_query("which papers use MCTS?", acronyms) == "which papers use MCTS? (monte carlo tree search)"


def test_rrf_rewards_agreement():
    fused = rrf([["a", "b", "c"], ["b", "a", "d"]])
    assert fused["a"] == fused["b"] > fused["c"] == fused["d"]
    weighted = rrf([["a", "b", "c"], ["b", "a", "d"]], [1.0, 2.0])
    assert weighted["b"] > weighted["a"] and weighted["d"] > weighted["c"]


def test_filters_match_any_day_in_range():
    from rag.papers import Paper

    paper = Paper(id="1", title="t", dates=["2025-01-01", "2025-02-01"], categories=["Robotics"])
    assert Filters(since="2025-01-15", until="2025-02-15").matches(paper)
    assert not Filters(since="2025-01-02", until="2025-01-31").matches(paper)
    assert Filters(category="robotics").matches(paper)
    assert not Filters(has_code=True).matches(paper)
    assert Filters(since="2025-01-02").chroma_where() == {"date_last": {"$gte": 20250102}}


@pytest.mark.slow
def test_mcts_top_ten_all_mention_mcts(retriever):
    hits = retriever.search("which papers use MCTS?", k=10)
    assert len(hits) == 10
    assert all(mentions_mcts(h.paper) for h in hits), [h.paper.title for h in hits if not mentions_mcts(h.paper)]


@pytest.mark.slow
def test_mcts_on_one_day_ranks_agent_r_then_the_blueprint(retriever):
    hits = retriever.search("which papers use MCTS?", k=5, filters=Filters(since="2025-01-22", until="2025-01-22"))
    assert [h.paper.id for h in hits[:2]] == ["2501.11425", "2501.11223"]
    assert all("2025-01-22" in h.paper.dates for h in hits)


@pytest.mark.slow
@pytest.mark.parametrize("mode", ["dense", "bm25", "hybrid"])
def test_every_mode_honours_filters(retriever, mode):
    filters = Filters(since="2025-01-01", until="2025-01-31", has_code=True)
    hits = retriever.search("language model agents", k=10, filters=filters, mode=mode)
    assert hits and all(h.paper.has_code and any("2025-01" in d for d in h.paper.dates) for h in hits)
    by_category = retriever.search("video", k=5, filters=Filters(category="Multimodal"), mode=mode)
    assert by_category and all("Multimodal" in h.paper.categories for h in by_category)


@pytest.mark.slow
def test_bm25_finds_an_author_handle_that_dense_cannot(retriever):
    authored = {p.id for p in retriever.papers if "lovesnowbest" in p.authors}
    assert "2501.11425" in authored
    bm25 = retriever.search("lovesnowbest", k=10, mode="bm25")
    assert {h.paper.id for h in bm25} == authored
    hybrid = retriever.search("lovesnowbest", k=len(authored), mode="hybrid")
    assert {h.paper.id for h in hybrid} == authored


def test_head_by_scores_keeps_a_far_ahead_dense_hit_on_top():
    from rag.retrieve import head_by_scores

    fused = [("a", 0.03), ("b", 0.029), ("c", 0.02), ("d", 0.01)]
    dense = {"d": 0.9, "a": 0.3, "b": 0.31, "c": 0.29}
    lexical = {"a": 5.0, "b": 4.9, "c": 1.0}
    ranked = [pid for pid, _ in head_by_scores(fused, dense, lexical, 0.55)]
    assert ranked[0] == "d" and sorted(ranked) == ["a", "b", "c", "d"]
    far = [(f"x{i}", 1.0 / (i + 1)) for i in range(12)] + [("d", 0.001)]
    assert [pid for pid, _ in head_by_scores(far, dense, {}, 0.55)][-1] == "d", "only the fused top ten move"
    assert [pid for pid, _ in head_by_scores(fused, {}, {}, 0.55)] == ["a", "b", "c", "d"]

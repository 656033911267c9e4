"""One paper per arXiv id, with every version's facts merged."""

from __future__ import annotations

from rag.digest import read_digest
from rag.papers import combine, merge_rows
from tests.conftest import DIGESTS


def papers_of(*names):
    rows = [r for name in names for r in read_digest(DIGESTS / name).rows]
    return {p.id: p for p in merge_rows(rows)}


def test_two_versions_of_a_day_become_one_paper_with_everything_kept():
    papers = papers_of("2025-01-22.md", "2025-01-22.seed-classification.md")
    agent_r = papers["2501.11425"]
    assert len(agent_r.summaries) == 2
    assert agent_r.summaries[0].startswith("Agent-R is an iterative self-training framework")
    assert agent_r.summaries[1].startswith("- This paper introduces Agent-R")
    assert agent_r.dates == ["2025-01-22"]
    assert agent_r.categories == ["Natural Language Processing", "Reinforcement Learning"]
    assert agent_r.code_urls == ["https://github.com/bytedance/Agent-R"]
    assert agent_r.hf_url == "https://huggingface.co/papers/2501.11425"
    assert agent_r.sources == ["2025-01-22.md:7", "2025-01-22.seed-classification.md:7"]
    assert "Monte Carlo Tree Search" in agent_r.text


def test_category_seed_merges_with_the_corpus_day():
    papers = papers_of("2025-04-04.md", "2025-04-04.seed-category.md")
    survey = papers["2504.01990"]
    assert survey.categories == ["Machine Learning"]
    assert len(survey.summaries) == 2
    assert len(survey.sources) == 2


def test_a_paper_on_several_days_keeps_all_dates():
    rows = [r for f in sorted(DIGESTS.glob("*.md")) for r in read_digest(f).rows]
    papers = merge_rows(rows)
    multi = [p for p in papers if len(p.dates) > 1]
    assert multi, "the real corpus lists some papers on more than one day"
    for p in multi:
        assert p.dates == sorted(p.dates) and p.date == p.dates[0]
    assert len(papers) == len({p.id for p in papers}) == 4894


def test_combine_is_idempotent_and_keeps_the_union():
    papers = papers_of("2025-01-22.md")
    seed = papers_of("2025-01-22.seed-classification.md")
    merged = combine(papers["2501.11425"], seed["2501.11425"])
    assert combine(merged, merged).content_hash() == merged.content_hash()
    assert combine(merged, seed["2501.11425"]).content_hash() == merged.content_hash()
    assert merged.content_hash() != papers["2501.11425"].content_hash()

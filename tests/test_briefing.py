"""Weekly briefings: every paper once, every citation resolves, figures add up.

One week (the one-week index) in the fast tier; every week of the whole corpus in the slow one.
"""

from __future__ import annotations

import re
from dataclasses import replace

import pytest

from rag import service
from rag.briefing import BriefingError, build_briefing, short_names, week_range, weeks_covered
from rag.papers import Paper
from tests.fake_openai import FakeOpenAI


def test_iso_weeks():
    assert week_range("2025-W04") == ("2025-01-20", "2025-01-26")
    assert week_range("2024-W52") == ("2024-12-23", "2024-12-29")
    with pytest.raises(BriefingError, match="expected an ISO week"):
        week_range("2025-4")


def test_a_day_or_lower_case_names_its_iso_week():
    assert week_range("2025-01-22") == week_range("2025-01-26") == week_range("2025-w04")
    assert week_range("2024-12-30") == ("2024-12-30", "2025-01-05")
    with pytest.raises(BriefingError, match="2025-02-30"):
        week_range("2025-02-30")


@pytest.fixture(scope="module")
def corpus(retriever):
    return retriever.papers, retriever.index.vectors()


@pytest.fixture(scope="module")
def week(week_retriever):
    return week_retriever.papers, week_retriever.index.vectors()


def check(briefing):
    md = briefing.to_markdown()
    n = len(briefing.papers)
    refs = re.findall(r"^(\d+)\. \[(.+?)\]\((https://arxiv\.org/abs/[\d.]+)\)", md, re.MULTILINE)
    assert [int(r[0]) for r in refs] == list(range(1, n + 1)), "each paper exactly once in the references"
    theme_members = sorted(i for t in briefing.themes for i in t.members)
    assert theme_members == list(range(n)), "each paper in exactly one theme"
    cited = {int(c) for c in re.findall(r"\[(\d+)\]", md)}
    assert cited and cited <= set(range(1, n + 1)), "every citation resolves to a paper of the range"
    for p in briefing.papers:
        assert any(briefing.start <= d <= briefing.end for d in p.dates)
        assert md.count(f"]({p.url})") == 1
    f = briefing.figures
    assert f["papers"] == n == sum(len(t.members) for t in briefing.themes)
    assert f["with_code"] == len(briefing.with_code) and f["with_data"] == len(briefing.with_data)
    assert f["days"] == len(briefing.per_day) and sum(briefing.per_day.values()) >= n


@pytest.mark.slow
def test_every_week_of_the_corpus_makes_a_consistent_briefing(corpus):
    papers, vectors = corpus
    weeks = weeks_covered(papers)
    assert len(weeks) > 50
    made = 0
    for week in weeks:
        start, end = week_range(week)
        try:
            briefing = build_briefing(papers, vectors, start, end)
        except BriefingError:
            assert not any(start <= d <= end for p in papers for d in p.dates)
            continue
        check(briefing)
        made += 1
    assert made >= 50


def test_week_four_of_2025_in_markdown_and_html(week):
    papers, vectors = week
    briefing = build_briefing(papers, vectors, *week_range("2025-W04"))
    check(briefing)
    assert briefing.figures["papers"] == 48 and briefing.by_category
    assert any(p.id == "2501.11425" for p in briefing.papers)
    html = briefing.to_html()
    assert html.startswith("<!doctype html>") and 'src="data:image/png;base64,' in html
    assert "<script" not in html


def test_an_empty_range_names_the_range_and_what_the_corpus_covers(week_retriever):
    with pytest.raises(
        BriefingError,
        match=r"no papers between 2030-01-07 and 2030-01-13; the corpus covers "
        r"2025-01-20 to 2025-01-24",
    ):
        build_briefing(week_retriever.papers, {}, *week_range("2030-W02"))


def test_llm_writes_theme_names_from_cited_papers_only(week, week_settings):
    papers, vectors = week
    reply = "Agents that learn\nThese papers train agents [1] and invent a paper [999]."
    with FakeOpenAI(answers=[reply]) as server:
        from rag.llm import OpenAIBackend

        backend = OpenAIBackend(replace(week_settings, llm_base_url=server.base_url, llm_model="ok"))
        briefing = build_briefing(papers, vectors, *week_range("2025-W04"), backend=backend, settings=week_settings)
    assert briefing.written_by == "openai:ok"
    assert all(t.name == "Agents that learn" for t in briefing.themes)
    assert all("[999]" not in t.overview for t in briefing.themes)
    assert "removed citation [999]: no such source was retrieved" in briefing.flags


def test_a_topics_plainest_paper_opens_the_first_theme_and_its_words_name_no_theme(week):
    papers, vectors = week
    start, end = week_range("2025-W04")
    plain = build_briefing(papers, vectors, start, end)
    last = plain.themes[-1].members[-1]
    lead = plain.papers[last].id
    tiers = {p.id: 3 for p in plain.papers} | {lead: 0}
    briefing = build_briefing(papers, vectors, start, end, tiers=tiers, unnamed=frozenset({"agents", "agent"}))
    check(briefing)
    first = briefing.themes[0]
    assert briefing.papers[first.members[0]].id == lead
    assert re.findall(r"\[(\d+)\]", first.overview)[0] == str(first.members[0] + 1), "its overview opens with it"
    assert all("agent" not in t.name.lower().split(" · ") for t in briefing.themes if " · " in t.name)


def test_a_theme_sharing_no_word_is_named_by_its_papers_short_names():
    titles = [
        "UItron: A GUI agent",
        "A benchmark without a short name",
        "UI-TARS-2: Multi-turn RL",
        "X" * 40 + ": long",
    ]
    papers = [Paper(id=f"2509.0000{i}", title=t, summaries=["s"], dates=["2025-09-01"]) for i, t in enumerate(titles)]
    assert short_names(papers) == "UItron · UI-TARS-2"
    assert short_names(papers[1:2]) == ""


def test_a_briefing_range_names_the_callers_fields_and_reads_last():
    papers = [
        Paper(id="2501.00001", title="T", dates=["2025-01-22"]),
        Paper(id="2501.00002", title="U", dates=["2025-02-05"]),
    ]
    assert service.briefing_range("last", "", "", lambda: papers) == ("2025-01-20", "2025-01-26")  # W06 still grows
    with pytest.raises(service.RequestError, match="give week or start and end, not both"):
        service.briefing_range("2025-W04", "2025-01-20", "", lambda: papers)
    with pytest.raises(service.RequestError, match="--from 2025-01-26 is after --to 2025-01-20"):
        service.briefing_range("", "2025-01-26", "2025-01-20", names=("--week", "--from", "--to"))
    with pytest.raises(service.RequestError, match="week '2025-W99'"):
        service.briefing_range("2025-W99", "", "")

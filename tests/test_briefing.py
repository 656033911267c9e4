"""Weekly briefings: every paper once, every citation resolves, figures add up.

One week (the one-week index) in the fast tier; every week of the whole corpus in the slow one.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

import numpy as np
import pytest

from rag import service
from rag.briefing import OTHER, BriefingError, build_briefing, short_names, week_range, weeks_covered
from rag.feed import default_week
from rag.papers import Paper
from rag.rules import mentions
from rag.themes import name_theme, period_terms
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
    assert OTHER not in [t.name for t in briefing.themes], "a topic's papers are all on it: none is 'other'"


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


def borne_out(briefing) -> None:
    """Every name term of every theme but "Other papers" is written by half its members or more, and each
    overview sentence's paper writes every term of its theme's name."""
    for theme in briefing.themes:
        if theme.name == OTHER:
            continue
        members = [briefing.papers[i] for i in theme.members]
        for term in theme.name.split(" · "):
            said = sum(mentions(f"{p.title} {p.summary}", term) for p in members)
            assert said >= len(members) / 2, f"{term!r} in {said} of {len(members)} papers of {theme.name!r}"
        for n in re.findall(r"\[(\d+)\]", theme.overview):
            paper = briefing.papers[int(n) - 1]
            assert all(mentions(f"{paper.title} {paper.summary}", t) for t in theme.name.split(" · ")), paper.title


def test_week_four_themes_are_named_by_what_most_of_their_papers_write(week):
    papers, vectors = week
    briefing = build_briefing(papers, vectors, *week_range("2025-W04"))
    check(briefing)
    borne_out(briefing)
    names = [t.name for t in briefing.themes]
    assert "Reasoning · Alignment · Inference" not in names, "probe 4: two papers' words named a 16-paper theme"
    other = sum(len(t.members) for t in briefing.themes if t.name == OTHER)
    assert other <= len(briefing.papers) // 5, "most papers stay in named themes"


def synthetic(titles: list[str], summaries: list[str] | None = None) -> list[Paper]:
    return [
        Paper(id=f"2501.{i:05d}", title=t, summaries=[(summaries or titles)[i]], dates=["2025-01-20"])
        for i, t in enumerate(titles)
    ]


def test_a_term_two_of_five_papers_write_names_no_theme():
    """The probe's "Audio · LALMs (5)": two audio papers among a code-diff benchmark, a test-exploit
    benchmark and a legal embedding benchmark. Each summary also reports a score, as most summaries do."""
    titles = [
        "Editing Auditory Knowledge of Large Audio-Language Models",
        "Safety of Large Audio-Language Models under Speaker Emotion",
        "Diff-XYZ: A Benchmark for Diff Understanding",
        "ImpossibleBench: Measuring Propensity of Exploiting Test Cases",
        "The Massive Legal Embedding Benchmark",
    ]
    others = ["Audio Captioning Models", "Large Audio-Language Models Reason"]
    others += [f"Video Generation with Camera Control {i}" for i in range(10)]
    papers = synthetic(titles + others, [f"{t}, with a score of 41." for t in titles + others])
    terms = period_terms(papers)
    df = Counter(k for t in terms for k in t)
    assert name_theme(papers[:5], terms[:5], df, len(papers)) is None
    audio = [0, 1, 5, 6]
    named = name_theme([papers[i] for i in audio], [terms[i] for i in audio], df, len(papers))
    assert named and named.name == "Audio-Language Models", "the phrase over its own words, no 'Large' before it"
    assert all("score" not in k for k in named.keys), "a summary's reporting word names nothing"


def test_papers_that_share_no_name_are_other_papers_and_each_stays_once():
    """Two tight groups, each writing its topic, and three papers close together that share no word."""
    titles = [f"Speech Recognition for Dialect {i}" for i in range(5)] + [
        f"Protein Folding with Diffusion {i}" for i in range(5)
    ]
    titles += ["Legal Contracts Parsed", "Weather Forecast Tables", "Chess Opening Books"]
    papers = synthetic(titles)
    axes = np.eye(3, 16, dtype=np.float32)
    rng = np.random.default_rng(7)
    vectors = {
        p.id: axes[min(i // 5, 2)] + 0.01 * rng.standard_normal(16).astype(np.float32) for i, p in enumerate(papers)
    }
    briefing = build_briefing(papers, vectors, "2025-01-20", "2025-01-26")
    check(briefing)
    borne_out(briefing)
    named = {t.name: {briefing.papers[i].title.split()[0] for i in t.members} for t in briefing.themes}
    assert named[OTHER] == {"Legal", "Weather", "Chess"} and briefing.themes[-1].name == OTHER
    assert {"Speech"} in named.values() and {"Protein"} in named.values()


def test_a_paper_that_writes_no_word_of_its_clusters_name_is_listed_under_other_papers():
    """Probe 7: "Image (9)" held four papers that never write "image". A paper whose vector sits in a
    named cluster but whose text writes none of the name's terms is not shown under that name."""
    titles = [f"Speech Recognition for Dialect {i}" for i in range(5)] + ["Chess Opening Books"]
    titles += [f"Protein Folding with Diffusion {i}" for i in range(5)]
    papers = synthetic(titles)
    axes = np.eye(2, 16, dtype=np.float32)
    rng = np.random.default_rng(3)
    vectors = {p.id: axes[int(i > 5)] + 0.01 * rng.standard_normal(16).astype(np.float32) for i, p in enumerate(papers)}
    briefing = build_briefing(papers, vectors, "2025-01-20", "2025-01-26")
    check(briefing)
    borne_out(briefing)
    named = {t.name: {briefing.papers[i].title.split()[0] for i in t.members} for t in briefing.themes}
    assert named[OTHER] == {"Chess"}, named
    assert {"Speech"} in named.values() and {"Protein"} in named.values()


def test_html_puts_the_title_before_the_chart_and_figures_say_missing_weekdays():
    papers = synthetic(["Speech Recognition", "Speech Synthesis", "Speech Translation"])
    vectors = {p.id: np.ones(4, dtype=np.float32) for p in papers}
    # digests on every weekday of the week before, then only on the Monday, and on after the week
    days = {"2025-01-13", "2025-01-14", "2025-01-15", "2025-01-16", "2025-01-17", "2025-01-20", "2025-01-27"}
    briefing = build_briefing(papers, vectors, "2025-01-20", "2025-01-26", digest_days=days)
    md = briefing.to_markdown()
    assert "**3 papers** over 1 digest day ·" in md, "one day, singular"
    assert "Only 1 of its 5 weekdays has a digest." in md, "the wording of the period summary's head line"
    html = briefing.to_html()
    assert html.index("<h1>") < html.index("<img") < html.index("<h2>")
    whole = {"2025-01-20", "2025-01-21", "2025-01-22", "2025-01-23", "2025-01-24"}
    assert (
        "weekdays" not in build_briefing(papers, vectors, "2025-01-20", "2025-01-26", digest_days=whole).to_markdown()
    )


def test_the_briefing_tab_opens_on_the_week_that_last_means():
    papers = [
        Paper(id="2501.00001", title="T", dates=["2025-01-22"]),
        Paper(id="2501.00002", title="U", dates=["2025-02-05"]),
    ]
    week = default_week(papers)
    assert week == "2025-W04" and week_range(week) == service.briefing_range("last", "", "", lambda: papers)
    assert default_week(papers[1:]) == "2025-W06", "none complete yet: the newest"
    assert default_week([]) is None


def test_a_range_past_the_newest_digest_says_where_the_digests_end():
    papers = synthetic(["Speech Recognition", "Speech Synthesis"])
    vectors = {p.id: np.ones(4, dtype=np.float32) for p in papers}
    briefing = build_briefing(papers, vectors, "2025-01-20", "2025-02-28")
    assert "The digests end on 2025-01-20." in briefing.to_markdown()
    assert briefing.to_dict()["corpus_end"] == "2025-01-20"
    assert "digests end" not in build_briefing(papers, vectors, "2025-01-20", "2025-01-20").to_markdown()


def test_empty_days_inside_the_corpus_are_not_called_outside_it():
    papers = [
        Paper(id="2501.00001", title="Speech Recognition", summaries=["Speech."], dates=["2025-01-13"]),
        Paper(id="2501.00002", title="Speech Synthesis", summaries=["Speech."], dates=["2025-01-27"]),
    ]
    vectors = {p.id: np.ones(4, dtype=np.float32) for p in papers}
    with pytest.raises(BriefingError, match="digests are empty or missing"):
        build_briefing(papers, vectors, "2025-01-20", "2025-01-24")
    with pytest.raises(BriefingError, match="the corpus covers 2025-01-13 to 2025-01-27"):
        build_briefing(papers, vectors, "2030-01-01", "2030-01-05")


def test_the_html_briefing_links_code_on_the_allowed_hosts_only():
    papers = [
        replace(p, code_urls=[u])
        for p, u in zip(
            synthetic(["Speech Recognition", "Speech Synthesis"]), ["https://github.com/a/b", "https://evil.example/x"]
        )
    ]
    vectors = {p.id: np.ones(4, dtype=np.float32) for p in papers}
    briefing = build_briefing(papers, vectors, "2025-01-20", "2025-01-26")
    html = briefing.to_html()
    assert '<a href="https://github.com/a/b">' in html
    assert 'href="https://evil.example' not in html and "&lt;" not in html.split("Papers with code")[1]
    assert "code <https://github.com/a/b>" in briefing.to_markdown()


def test_the_category_chart_says_how_many_papers_carry_a_category():
    papers = synthetic(["Speech Recognition", "Speech Synthesis", "Speech Translation"])
    papers[0] = replace(papers[0], categories=["Audio"])
    vectors = {p.id: np.ones(4, dtype=np.float32) for p in papers}
    html = build_briefing(papers, vectors, "2025-01-20", "2025-01-26").to_html()
    assert "Per category: the 1 of 3 papers whose digest row gives one." in html


def test_in_a_topics_summary_the_papers_no_theme_names_come_last():
    """Told by their own names rather than "Other papers", the rest still follows the named themes, however many."""
    titles = [f"Speech Recognition for Dialect {i}" for i in range(5)]
    titles += [f"Chess Opening Book {i}" for i in range(3)] + [f"Protein Folding with Diffusion {i}" for i in range(5)]
    titles += ["Legal Contracts Parsed", "Weather Forecast Tables", "Poetry Meter Tagging", "Sheet Music Reading"]
    papers = synthetic(titles)
    axes = np.eye(3, 16, dtype=np.float32)
    rng = np.random.default_rng(5)
    side = [0] * 8 + [1] * 5 + [2] * 4
    vectors = {p.id: axes[side[i]] + 0.01 * rng.standard_normal(16).astype(np.float32) for i, p in enumerate(papers)}
    briefing = build_briefing(papers, vectors, "2025-01-20", "2025-01-26", unnamed=frozenset({"model"}))
    named = [t for t in briefing.themes if "Speech" in t.name or "Protein" in t.name]
    assert named and briefing.themes[: len(named)] == named, [t.name for t in briefing.themes]

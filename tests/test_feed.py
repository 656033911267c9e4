"""The Atom feed of weekly briefings, read back with feedparser and checked against RFC 4287's rules."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from dataclasses import replace
from datetime import date

import feedparser
import numpy as np
import pytest

from rag.briefing import BriefingError
from rag.feed import ATOM_NS, atom_feed, complete_weeks, last_complete_week
from rag.papers import Paper
from tests.conftest import DIGESTS, make_settings

A = f"{{{ATOM_NS}}}"
RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})$")


def on(*days: str) -> list[Paper]:
    return [Paper(id=f"2510.{i:05d}", title=f"Paper {i}", dates=[d]) for i, d in enumerate(days)]


def test_the_last_week_is_the_latest_one_that_is_over():
    thursday = on("2025-10-20", "2025-10-24", "2025-10-27", "2025-10-30")
    assert last_complete_week(thursday, today=date(2025, 11, 20)) == "2025-W43", "W44 stops on a Thursday"
    friday = on("2025-10-20", "2025-10-31")
    assert last_complete_week(friday, today=date(2025, 11, 1)) == "2025-W43", "W44 is not over on Saturday"
    assert last_complete_week(friday, today=date(2025, 11, 3)) == "2025-W44"
    assert complete_weeks(on("2025-10-06", "2025-10-24", "2025-10-27"), date(2025, 11, 3)) == ["2025-W41", "2025-W43"]
    with pytest.raises(BriefingError, match="no complete week in the index; it covers 2025-10-27 to 2025-10-27"):
        last_complete_week(on("2025-10-27"), today=date(2025, 10, 28))


def check_atom(xml: str, entries: int) -> feedparser.FeedParserDict:
    """RFC 4287's musts, then feedparser's reading of the same document."""
    root = ET.fromstring(xml.encode("utf-8"))
    assert root.tag == f"{A}feed"
    for tag in ("id", "title", "updated"):
        assert len(root.findall(f"{A}{tag}")) == 1, f"feed needs exactly one {tag}"
    assert RFC3339.match(root.find(f"{A}updated").text)
    assert root.find(f"{A}author/{A}name").text
    rels = {link.get("rel"): link.get("href") for link in root.findall(f"{A}link")}
    assert rels["self"].split("?")[0].endswith("/feed.xml") and rels["alternate"]  # a feed token rides after "?"
    ids = []
    for entry in root.findall(f"{A}entry"):
        for tag in ("id", "title", "updated"):
            assert len(entry.findall(f"{A}{tag}")) == 1, f"entry needs exactly one {tag}"
        assert RFC3339.match(entry.find(f"{A}updated").text)
        assert entry.find(f"{A}link[@rel='alternate']").get("href").startswith("http")
        assert entry.find(f"{A}content").get("type") == "html"
        ids.append(entry.find(f"{A}id").text)
    assert len(ids) == entries == len(set(ids))

    parsed = feedparser.parse(xml)
    assert not parsed.bozo, parsed.get("bozo_exception")
    assert parsed.version == "atom10"
    assert parsed.feed.id and parsed.feed.title and parsed.feed.updated_parsed and parsed.feed.author
    assert [link.rel for link in parsed.feed.links] == ["self", "alternate"]
    assert len(parsed.entries) == entries
    return parsed


@pytest.mark.slow
def test_the_corpus_feed_is_valid_atom_with_one_briefing_per_week(retriever, corpus_settings):
    settings = replace(corpus_settings, public_url="https://papers.example.org/rag")
    xml = atom_feed(retriever.papers, retriever.index.vectors(), settings, weeks=3, today=date(2026, 1, 1))
    parsed = check_atom(xml, entries=3)
    assert parsed.feed.links[0].href == "https://papers.example.org/rag/feed.xml"
    weeks = [e.link.rsplit("/", 1)[1] for e in parsed.entries]
    assert weeks == ["2025-W43.html", "2025-W42.html", "2025-W41.html"], "newest first, W44 not complete"
    first = parsed.entries[0]
    assert first.id == "https://papers.example.org/rag/briefing/2025-W43.html"
    assert first.title.startswith("Briefing 2025-W43: 2025-10-20 to 2025-10-26 (")
    assert first.updated == "2025-10-26T23:59:59Z"
    content = first.content[0]
    assert content.type == "text/html" and "<h2>References</h2>" in content.value
    in_week = [p for p in retriever.papers if any("2025-10-20" <= d <= "2025-10-26" for d in p.dates)]
    assert all(p.url in content.value for p in in_week)
    again = atom_feed(retriever.papers, retriever.index.vectors(), settings, weeks=3, today=date(2026, 1, 1))
    assert again == xml, "an unchanged corpus builds the same feed"


def test_html_from_a_digest_stays_text_inside_the_feed(tmp_path):
    evil = Paper(
        id="2510.00001",
        title='<script>alert("x")</script> & Ünïcode $\\alpha$ ]]>',
        summaries=["A summary with <b>tags</b> & an ampersand."],
        dates=["2025-10-21"],
        authors=["Zoë <img src=x>"],
    )
    others = [Paper(id=f"2510.0000{i}", title=f"Other {i}", summaries=["Plain."], dates=["2025-10-22"]) for i in (2, 3)]
    papers = [evil, *others]
    rng = np.random.default_rng(0)
    vectors = {p.id: v / np.linalg.norm(v) for p, v in zip(papers, rng.normal(size=(3, 8)).astype(np.float32))}
    xml = atom_feed(papers, vectors, make_settings(tmp_path), weeks=4, until_week="2025-W43")
    assert "<script" not in xml and "&lt;script" not in xml.replace("&amp;lt;script", "")
    parsed = check_atom(xml, entries=1)
    value = parsed.entries[0].content[0].value
    assert "&lt;script&gt;" in value and "<script" not in value and "Ünïcode" in value
    assert "Zoë &lt;img src=x&gt;" in value


def test_an_empty_index_gives_a_valid_empty_feed(tmp_path):
    xml = atom_feed([], {}, make_settings(tmp_path), today=date(2025, 11, 3))
    parsed = check_atom(xml, entries=0)
    assert parsed.feed.updated == "2025-11-03T00:00:00Z"
    assert parsed.feed.links[0].href == "http://127.0.0.1:7860/feed.xml"


@pytest.mark.slow
def test_rag_briefing_week_last_and_atom_from_the_cli(tmp_path):
    from rag.embed import Embedder
    from rag.index import PaperIndex
    from rag.ingest import ingest
    from tests.test_cli import rag

    settings = make_settings(tmp_path)
    days = [DIGESTS / f"2025-10-{d}.md" for d in ("14", "15", "16", "17", "20", "21", "22", "23", "24", "27")]
    ingest(days, PaperIndex(settings), Embedder(settings))
    env = {"RAG_INDEX_DIR": str(settings.index_dir), "RAG_CACHE_DIR": str(settings.cache_dir), "RAG_LLM": "extractive"}
    out = json.loads(rag("briefing", "--week", "last", "--json", env=env).stdout)
    assert (out["start"], out["end"]) == ("2025-10-20", "2025-10-26")
    xml = rag("briefing", "--format", "atom", "--weeks", "5", env=env).stdout
    parsed = check_atom(xml, entries=2)
    assert [e.id.rsplit("/", 1)[1] for e in parsed.entries] == ["2025-W43.html", "2025-W42.html"]
    bad = rag("briefing", "--week", "W43", env=env, check=False)
    assert bad.returncode == 1 and "expected an ISO week" in bad.stderr

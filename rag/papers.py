"""Merge digest rows into papers: one record per arXiv id, every version's facts kept."""

from __future__ import annotations

import copy
import hashlib
import json
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path


@dataclass
class Paper:
    """The one record every stage passes on."""

    id: str
    title: str
    authors: list[str] = field(default_factory=list)
    summaries: list[str] = field(default_factory=list)
    categories: list[str] = field(default_factory=list)
    dates: list[str] = field(default_factory=list)
    arxiv_url: str = ""
    hf_url: str = ""
    code_urls: list[str] = field(default_factory=list)
    resource_urls: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    other_titles: list[str] = field(default_factory=list)

    @property
    def date(self) -> str:
        return self.dates[0] if self.dates else ""

    @property
    def has_code(self) -> bool:
        return bool(self.code_urls)

    @property
    def has_data(self) -> bool:
        return any("/datasets/" in u or "/models/" in u for u in self.resource_urls)

    @property
    def summary(self) -> str:
        return "\n\n".join(self.summaries)

    @property
    def text(self) -> str:
        """What gets embedded and searched: the title and every distinct summary."""
        return f"{self.title}\n\n{self.summary}".strip()

    @property
    def search_text(self) -> str:
        """What exact-term matching sees: the text, any other title a digest gave the paper (a renamed
        version is still found by its old name), and the authors, so a handle finds its papers."""
        return "\n".join([self.text, *self.other_titles, ", ".join(self.authors)])

    @property
    def url(self) -> str:
        return self.arxiv_url or f"https://arxiv.org/abs/{self.id}"

    def content_hash(self) -> str:
        """Changes whenever anything a user could see changes, so ingest knows what to update."""
        blob = json.dumps(asdict(self), sort_keys=True, ensure_ascii=False)
        return hashlib.sha256(blob.encode("utf-8")).hexdigest()[:32]

    def to_dict(self) -> dict:
        data = asdict(self)
        data.update(date=self.date, url=self.url, has_code=self.has_code)
        return data


def _add_unique(target: list[str], values: Iterable[str]) -> None:
    for value in values:
        if value and value not in target:
            target.append(value)


def combine(old: Paper, new: Paper) -> Paper:
    """Union of two records of one paper; `old` keeps its title, dates stay sorted."""
    merged = copy.deepcopy(old)
    if new.title != merged.title:
        _add_unique(merged.other_titles, [new.title])
    for name in (
        "authors",
        "summaries",
        "categories",
        "dates",
        "code_urls",
        "resource_urls",
        "sources",
        "other_titles",
    ):
        _add_unique(getattr(merged, name), getattr(new, name))
    merged.dates.sort()
    merged.hf_url = merged.hf_url or new.hf_url
    return merged


def merge_rows(rows: Iterable) -> list[Paper]:
    """Rows (from any number of digests) → papers, ordered by first date then id.

    The earliest row gives the title; other facts are unions in date order.
    """
    ordered = sorted(rows, key=lambda r: (r.date, r.source, r.line))
    papers: dict[str, Paper] = {}
    for row in ordered:
        paper = papers.get(row.arxiv_id)
        if paper is None:
            paper = papers[row.arxiv_id] = Paper(id=row.arxiv_id, title=row.title, arxiv_url=row.arxiv_url)
        elif row.title != paper.title:
            _add_unique(paper.other_titles, [row.title])
        _add_unique(paper.authors, row.authors)
        _add_unique(paper.summaries, [row.summary])
        _add_unique(paper.categories, row.categories)
        _add_unique(paper.dates, [row.date])
        _add_unique(paper.code_urls, row.code_urls)
        _add_unique(paper.resource_urls, row.resource_urls)
        _add_unique(paper.sources, [f"{Path(row.source).name}:{row.line}"])
        paper.hf_url = paper.hf_url or row.hf_paper_url
    for paper in papers.values():
        paper.dates.sort()
    return sorted(papers.values(), key=lambda p: (p.date, p.id))

"""The records the faces pass to the library and get back: `Filters` (what a request narrows to),
`Hit`, `Source` and `Answer` (what a search or an answer returns), with their JSON shapes.

Light on purpose (no numpy, no index, no model): `rag ask` through a running `rag serve` builds its
request and reads the reply back into these records without importing retrieval or answering code.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, fields

from rag.citations import CITATION_RE
from rag.digest import normalise_category
from rag.papers import Paper


def category_key(name: str) -> str:
    """A category as compared, case, spaces and hyphens aside: `Machine-Learning` is `Machine Learning`."""
    return re.sub(r"[\W_]+", "", name.lower())


def date_int(iso: str) -> int:
    """A day as the integer Chroma metadata holds (20250122), so a range is a numeric comparison."""
    return int(iso.replace("-", "")) if iso else 0


@dataclass(frozen=True)
class Filters:
    since: str = ""
    until: str = ""
    category: str = ""
    has_code: bool = False

    def __post_init__(self) -> None:
        """A category as the parser spells it (`multi-modal` → `Multimodal`), so Chroma's exact match finds it too."""
        if self.category:
            object.__setattr__(self, "category", normalise_category(self.category))

    def __bool__(self) -> bool:
        return bool(self.since or self.until or self.category or self.has_code)

    def matches(self, paper: Paper) -> bool:
        """A paper matches a date range when any of the days it appeared on falls inside it."""
        if self.since or self.until:
            lo, hi = self.since or "0000-00-00", self.until or "9999-99-99"
            if not any(lo <= d <= hi for d in paper.dates):
                return False
        if self.category and category_key(self.category) not in {category_key(c) for c in paper.categories}:
            return False
        return not (self.has_code and not paper.has_code)

    def chroma_where(self) -> dict | None:
        """The same filter for Chroma; the day range is approximated by first/last appearance."""
        clauses: list[dict] = []
        if self.since:
            clauses.append({"date_last": {"$gte": date_int(self.since)}})
        if self.until:
            clauses.append({"date": {"$lte": date_int(self.until)}})
        if self.category:
            clauses.append({"categories": {"$contains": self.category}})
        if self.has_code:
            clauses.append({"has_code": {"$eq": True}})
        if not clauses:
            return None
        return clauses[0] if len(clauses) == 1 else {"$and": clauses}


@dataclass
class Hit:
    paper: Paper
    score: float
    dense: float | None = None
    bm25: float | None = None

    @classmethod
    def from_dict(cls, data: dict) -> Hit:
        """A hit read back from `to_dict` (an API reply): the paper as far as the reply describes it."""
        paper = Paper(
            id=data["id"],
            title=data["title"],
            authors=list(data.get("authors") or []),
            categories=list(data.get("categories") or []),
            dates=list(data.get("dates") or [data.get("date", "")]),
            arxiv_url=data.get("url", ""),
            hf_url=data.get("hf_url") or "",
            code_urls=list(data.get("code_urls") or []),
        )
        return cls(paper, data.get("score", 0.0), data.get("dense"), data.get("bm25"))

    def to_dict(self) -> dict:
        p = self.paper
        return {
            "id": p.id,
            "title": p.title,
            "score": round(self.score, 6),
            "date": p.date,
            "url": p.url,
            "dense": None if self.dense is None else round(self.dense, 6),
            "bm25": None if self.bm25 is None else round(self.bm25, 4),
            "categories": p.categories,
            "has_code": p.has_code,
            "code_urls": p.code_urls,
            "hf_url": p.hf_url,
            "authors": p.authors,
            "dates": p.dates,
            "other_titles": p.other_titles,
        }


@dataclass
class Source:
    n: int
    hit: Hit

    def to_dict(self) -> dict:
        return {"n": self.n, **self.hit.to_dict()}


@dataclass
class Answer:
    question: str
    standalone: str
    answer: str
    sources: list[Source]
    backend: str
    covered: bool
    enumeration: bool = False
    fallback: str = ""
    flags: list[str] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)
    filters: dict = field(default_factory=dict)
    intent: str = ""
    table: list[dict[str, str]] | None = None
    counts: dict[str, int] | None = None
    parsed: dict = field(default_factory=dict)
    series: dict[str, dict[str, int]] | None = None  # a trend on two topics: papers per month for each
    page: dict | None = None  # one page of a list (rag.paging): offset, limit, total, next_offset

    @property
    def citations(self) -> list[dict]:
        cited = sorted({int(n) for n in CITATION_RE.findall(self.answer)})
        by_n = {s.n: s for s in self.sources}
        return [
            {
                "n": n,
                "id": by_n[n].hit.paper.id,
                "title": by_n[n].hit.paper.title,
                "url": by_n[n].hit.paper.url,
                "date": by_n[n].hit.paper.date,
                "code_urls": by_n[n].hit.paper.code_urls,
                "code_url": (by_n[n].hit.paper.code_urls or [""])[0],  # the first, as clients before code_urls read it
            }
            for n in cited
            if n in by_n
        ]

    def to_dict(self) -> dict:
        return {
            "question": self.question,
            "standalone_question": self.standalone,
            "answer": self.answer,
            "citations": self.citations,
            "sources": [s.to_dict() for s in self.sources],
            "backend": self.backend,
            "fallback": self.fallback or None,
            "covered": self.covered,
            "enumeration": self.enumeration,
            "flags": self.flags,
            "timings": self.timings,
            "filters": self.filters,
            "intent": self.intent,
            "table": self.table,
            "counts": self.counts,
            "series": self.series,
            "parsed": self.parsed,
            "page": self.page,
        }

    def sources_block(self) -> str:
        lines = []
        for c in self.citations:
            extra = f"  code: {c['code_url']}" if c["code_url"] else ""
            lines.append(f"[{c['n']}] {c['title']} ({c['date']}) {c['url']}{extra}")
        return "\n".join(lines)

    @classmethod
    def from_dict(cls, data: dict) -> Answer:
        """An answer read back from its JSON (a `rag serve` reply) for the terminal renderer.

        Its papers hold what a hit lists (title, dates, links, authors), not their summaries.
        """
        renamed = {"standalone": data.get("standalone_question", data.get("question", ""))}
        names = {f.name for f in fields(cls)} - {"sources", "standalone"}
        values = {k: v for k, v in data.items() if k in names}
        values["fallback"] = data.get("fallback") or ""
        sources = [Source(s["n"], Hit.from_dict(s)) for s in data.get("sources", [])]
        return cls(sources=sources, **renamed, **values)

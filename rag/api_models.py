"""The HTTP API's reply shapes as pydantic models, for `/openapi.json` (and the clients generated from it).

The replies themselves are the CLI's `--json` dicts built by `rag.service`; these models describe them and
are not run on each reply (a list answer's 385 sources would be validated for nothing). Every model forbids
fields it does not name, so `tests/test_api.py`, which validates real replies against them, fails the day a
reply gains a field the contract does not declare.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class ErrorReply(Strict):
    """Every 4xx and 5xx reply of the API."""

    error: str = Field(description="One line naming the field or the problem.")


class Citation(Strict):
    n: int = Field(description="The [n] marker in `answer`.")
    id: str = Field(description="arXiv id.")
    title: str
    url: str = Field(description="The arXiv page.")
    date: str = Field(description="The first day a digest listed the paper, YYYY-MM-DD.")
    code_urls: list[str] = Field(description="Code links the digests give, as in search results and papers.")
    code_url: str = Field(description="The first of `code_urls`, '' when there is none (kept for older clients).")


class SearchHit(Strict):
    id: str = Field(description="arXiv id.")
    title: str
    score: float = Field(description="Rank score of the search mode (higher is better).")
    date: str = Field(description="The first day a digest listed the paper, YYYY-MM-DD.")
    url: str = Field(description="The arXiv page.")
    dense: float | None = Field(description="Cosine similarity, when the dense ranker saw the paper.")
    bm25: float | None = Field(description="BM25 score, when the keyword ranker saw the paper.")
    categories: list[str]
    has_code: bool
    code_urls: list[str]
    hf_url: str = Field(description="The paper's Hugging Face page, '' when none.")
    authors: list[str]
    dates: list[str] = Field(description="Every day a digest listed the paper.")
    other_titles: list[str] = Field(description="Other titles digests gave the same paper.")


class Source(SearchHit):
    n: int = Field(description="The number a [n] marker cites it by.")


class Page(Strict):
    offset: int = Field(description="The first entry of the list in this reply (0-based).")
    limit: int | None = Field(description="Entries asked for; null: all.")
    total: int = Field(description="Entries of the whole list (for an answer that is no list: its citations).")
    next_offset: int | None = Field(description="`offset` of the next page; null at the end.")


class AskReply(Strict):
    question: str = Field(description="The question as asked.")
    standalone_question: str = Field(description="The question as answered: a follow-up rewritten with its history.")
    answer: str = Field(description="The answer text; [n] markers cite `citations`.")
    citations: list[Citation] = Field(description="The papers the answer's [n] markers cite, by n.")
    sources: list[Source] = Field(description="The papers the answer drew on (a list: the page's entries).")
    backend: str = Field(description='What wrote the answer: "extractive", an LLM\'s name, or "none" (not covered).')
    fallback: str | None = Field(description="Why the configured LLM was not used, when it failed.")
    covered: bool = Field(description="False when the digests do not answer the question.")
    enumeration: bool = Field(description="True for a list answer, which `offset` and `limit` page.")
    flags: list[str] = Field(description="Problems the citation check found.")
    timings: dict[str, float] = Field(description="Seconds: retrieve_s, first_token_s, total_s.")
    filters: dict[str, Any] = Field(description="Filters the question's own words set (since, until, …).")
    intent: str = Field(description="The answer's shape: fact, list, count, trend, author, …")
    table: list[dict[str, str]] | None = Field(description="Rows of a comparison or figures table.")
    counts: dict[str, int] | None = Field(description="Counts of a count or top-N answer.")
    series: dict[str, dict[str, int]] | None = Field(description="A trend: papers per month for each topic.")
    parsed: dict[str, Any] = Field(description="How the question was read (topics, dates, …); for debugging.")
    page: Page


class PaperReply(Strict):
    id: str = Field(description="arXiv id.")
    title: str
    authors: list[str]
    summaries: list[str] = Field(description="Every distinct summary the digests gave.")
    categories: list[str]
    dates: list[str] = Field(description="Every day a digest listed the paper.")
    date: str = Field(description="The first of `dates`.")
    url: str = Field(description="The arXiv page.")
    arxiv_url: str = Field(description="The arXiv link as the digest wrote it ('' when none; `url` always is one).")
    hf_url: str
    has_code: bool
    code_urls: list[str]
    resource_urls: list[str] = Field(description="Dataset and model links.")
    sources: list[str] = Field(description="Digest file:line of each row.")
    other_titles: list[str]


class Theme(Strict):
    name: str
    overview: str
    papers: list[str] = Field(description="arXiv ids of the theme's papers (each is in `papers`).")


class BriefingPaper(Strict):
    n: int
    id: str
    title: str
    url: str


class BriefingReply(Strict):
    start: str
    end: str
    figures: dict[str, Any] = Field(description="papers, days, categories, with_code, with_data, …")
    corpus_end: str = Field(description="the newest digest day where the range runs past it, else ''")
    written_by: str
    themes: list[Theme]
    papers: list[BriefingPaper]

"""What the faces (CLI `--json`, HTTP API, MCP tools) ask of the library, as JSON-ready dicts.

One function per request builds each reply, so the CLI, the API and MCP cannot drift apart. Bad input
raises `RequestError` with one line naming the field; the faces turn it into a click error, a 4xx or
an MCP tool error.
"""

from __future__ import annotations

import copy
import re
import shutil
import tempfile
import threading
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from rag.checks import RequestError as RequestError  # the faces catch it as service.RequestError
from rag.checks import check_k as check_k
from rag.checks import check_text as check_text
from rag.paging import PageStream, paged
from rag.question import iso_date
from rag.records import category_key
from rag.retrieve import Filters
from rag.settings import MODES, Settings
from rag.stats import corpus_stats

if TYPE_CHECKING:  # imported where used, so `rag search` never loads the answer or briefing code
    from rag.answer import Answer, Answerer
    from rag.briefing import Briefing
    from rag.ingest import IngestResult
    from rag.papers import Paper
    from rag.records import Hit
    from rag.retrieve import Retriever

DIGEST_SUFFIXES = (".md", ".txt")
ARXIV_ID_RE = re.compile(r"(?:arxiv:)?(\d{4}\.\d{4,5})(?:v\d+)?", re.I)  # a version names the same paper
MAX_DIGEST_BYTES = 5_000_000
FILTERED_POOL = 100  # papers a filtered search ranks before keeping those about its topic


class Conflict(RuntimeError):
    """The index cannot take this write now (another writer) or here (updates refused)."""


class NotFound(LookupError):
    """The thing asked for does not exist (e.g. an unknown arXiv id)."""


def check_date(field: str, value: str | None) -> str:
    try:
        return iso_date((value or "").strip())
    except ValueError as err:
        raise RequestError(f"{field} {err}") from None


def make_filters(
    since: str | None = None, until: str | None = None, category: str | None = None, has_code: bool = False
) -> Filters:
    since, until = check_date("since", since), check_date("until", until)
    if since and until and since > until:
        raise RequestError(f"since {since} is after until {until}: the range is reversed")
    return Filters(
        since=since,
        until=until,
        category=(category or "").strip(),
        has_code=bool(has_code),
    )


def check_mode(mode: str | None, default: str) -> str:
    mode = mode or default
    if mode not in MODES:
        raise RequestError(f"mode {mode!r}: expected one of {', '.join(MODES)}")
    return mode


ROLES = ("user", "assistant", "system")  # OpenAI's chat roles a history may hold; a system message is skipped


def check_history(items: list | None) -> list[tuple[str, str]]:
    """The chat so far as (question, answer) pairs, from pairs or from the OpenAI-style messages
    (`{"role": "user" | "assistant", "content": …}`) a program already keeps."""
    pairs: list[tuple[str, str]] = []
    pending = ""
    for n, item in enumerate(items or []):
        if isinstance(item, dict):
            role, content = item.get("role"), item.get("content")
            if role not in ROLES:
                raise RequestError(f"history.{n}.role: {role!r} is not {', '.join(ROLES[:-1])} or {ROLES[-1]}")
            if not isinstance(content, str):
                raise RequestError(f"history.{n}.content: expected text")
            if role == "user":
                if pending:
                    pairs.append((pending, ""))
                pending = content
            elif role == "assistant":
                pairs.append((pending, content))
                pending = ""
        elif isinstance(item, list | tuple) and len(item) == 2 and all(isinstance(x, str) for x in item):
            pairs.append((item[0], item[1]))
        else:
            raise RequestError(f"history.{n}: expected a [question, answer] pair or a {{'role', 'content'}} message")
    return pairs + ([(pending, "")] if pending else [])


def search(retriever: Retriever, query: str, k: int, filters: Filters, mode: str) -> list[dict]:
    """The reply of `rag search --json`."""
    return [h.to_dict() for h in retriever.search(query, k=k, filters=filters, mode=mode)]


def search_checked(retriever: Retriever, query: str, k: int, filters: Filters, mode: str) -> tuple[list[dict], str]:
    """Hits, or none and a note when the filters leave no paper about the query's topic
    ("7 papers in the corpus match the filters; none of them is about speculative decoding.").

    A filter can let through far more papers than are about the query (a day's 18 papers for "agents"): a
    filtered search returns only the papers that name the query's topic, as `rag ask` lists only those. When
    its k best are not all on the topic, it looks for the rest among its FILTERED_POOL best."""
    from rag.shapes import empty_filter_text

    hits = retriever.search(query, k=k, filters=filters, mode=mode)
    if not hits:
        return [], nothing_found(retriever.papers, filters)
    if not filters:
        return [h.to_dict() for h in hits], ""
    kept, topic = on_topic_hits(retriever, query, hits)
    if len(kept) < len(hits) and len(hits) == k < FILTERED_POOL:
        kept, topic = on_topic_hits(
            retriever, query, retriever.search(query, k=FILTERED_POOL, filters=filters, mode=mode)
        )
    if not kept:
        return [], empty_filter_text(topic, int(retriever.mask(filters).sum()), "match the filters")
    return [h.to_dict() for h in kept[:k]], ""


def on_topic_hits(retriever: Retriever, query: str, hits: list[Hit]) -> tuple[list[Hit], str]:
    """The hits that name the query's topic (all of them when the query names no concept to check), and the topic."""
    from rag.shapes import on_topic

    about, topic = on_topic(query, [h.paper for h in hits], retriever.vocab, retriever.acronyms)
    return (hits if about is None else [h for h, named in zip(hits, about, strict=True) if named]), topic


def nothing_found(papers: list[Paper], filters: Filters) -> str:
    """Why a search found no paper at all: the filter that leaves none (an unknown category, days outside the
    corpus), else that no paper through the filters writes the query's words."""
    days = sorted({d for p in papers for d in p.dates})
    if not days:
        return "The index holds no paper: run `rag ingest` first."
    wanted = category_key(filters.category)
    if wanted and not any(wanted == category_key(c) for p in papers for c in p.categories):
        return unknown_category(filters.category, sorted({c for p in papers for c in p.categories}))
    dated = Filters(since=filters.since, until=filters.until)
    if dated and not any(dated.matches(p) for p in papers):
        since, until = filters.since, filters.until
        span = f"{since} to {until}" if since and until else f"from {since} on" if since else f"up to {until}"
        outside = (since and since > days[-1]) or (until and until < days[0])
        where = f"; it covers {days[0]} to {days[-1]}" if outside else " (the digests of those days list none)"
        return f"No paper in the corpus is dated {span}{where}."
    allowed = sum(filters.matches(p) for p in papers)
    if not allowed:
        return "No paper in the corpus matches all the filters together; try them one at a time."
    through = f"{allowed} paper{'s' if allowed != 1 else ''} in the corpus{' match the filters' if filters else ''}"
    return f"{through}; none of them writes the query's words (try mode hybrid or dense, or other words)."


def unknown_category(category: str, known: list[str]) -> str:
    """The category no paper carries, with the one it was likely meant as ("Multimodel" → Multimodal)."""
    from rapidfuzz import fuzz, process, utils

    best = process.extractOne(category, known, scorer=fuzz.ratio, processor=utils.default_process)
    meant = best[0] if best and best[1] >= 80 else ""
    if meant:
        return f"category {category!r}: no paper carries it; did you mean {meant!r}?"
    return f"category {category!r}: no paper carries it (the categories: {', '.join(known) or 'none'})"


def stats(retriever: Retriever) -> dict:
    """The reply of `rag stats --json`."""
    return corpus_stats(retriever.papers)


def paper(retriever: Retriever, paper_id: str) -> dict:
    """One paper with every day, summary and link the digests gave it."""
    m = ARXIV_ID_RE.fullmatch(paper_id.strip())
    if not m:
        raise RequestError(f"paper_id {paper_id!r}: expected an arXiv id such as 2501.11425")
    wanted = m.group(1)
    for p in retriever.papers:
        if p.id == wanted:
            return p.to_dict()
    raise NotFound(f"no paper with id {paper_id!r} in the index")


def briefing_range(
    week: str | None,
    start: str | None,
    end: str | None,
    papers: Callable[[], list[Paper]] | None = None,
    names: tuple[str, str, str] = ("week", "start", "end"),
) -> tuple[str, str]:
    """The days a briefing covers, from a week (`last`: the latest complete week of `papers`) or from
    start..end; errors name the fields as the caller spells them (`names`: API parameters by default)."""
    from rag.briefing import BriefingError, week_range
    from rag.feed import last_complete_week

    week_name, start_name, end_name = names
    if week and (start or end):
        raise RequestError(f"give {week_name} or {start_name} and {end_name}, not both")
    try:
        if week and week.strip().lower() == "last" and papers is not None:
            return week_range(last_complete_week(papers()), week_name)
        if week:
            return week_range(week, week_name)
    except BriefingError as err:
        raise RequestError(str(err)) from None
    if not (start and end):
        raise RequestError(f"give {week_name} (e.g. 2025-W04, or last), or both {start_name} and {end_name}")
    start, end = check_date(start_name, start), check_date(end_name, end)
    if start > end:
        raise RequestError(f"{start_name} {start} is after {end_name} {end}: the range is reversed")
    return start, end


def briefing(answerer: Answerer, settings: Settings, start: str, end: str) -> Briefing:
    """The briefing object; `.to_dict()` is the reply of `rag briefing --json`."""
    from rag.briefing import BriefingError, build_briefing

    retriever = answerer.retriever
    try:
        return build_briefing(
            retriever.papers, retriever.vectors(), start, end, backend=answerer.backend, settings=settings
        )
    except BriefingError as err:
        raise RequestError(str(err)) from None


def ask_events(
    answerer: Answerer,
    question: str,
    history: list[tuple[str, str]],
    filters: Filters,
    mode: str | None,
    as_dict: bool = True,
    offset: int = 0,
    limit: int | None = None,
) -> Iterator[tuple[str, str | dict | Answer]]:
    """("token", text) while the answer streams, then ("answer", the reply of `rag ask --json` with a list's
    entries `offset` .. `offset + limit`, or the Answer). The tokens of a paged reply hold the same page."""
    from rag.answer import Answer

    pager = PageStream(offset, limit) if as_dict and (offset or limit is not None) else None
    for item in answerer.stream(question, history=history, filters=filters, mode=mode):
        if not isinstance(item, Answer):
            if shown := (pager.feed(item) if pager else item):
                yield "token", shown
        elif not as_dict:
            yield "answer", item
        else:
            reply = paged(item.to_dict(), offset, limit)
            if pager and (rest := pager.rest(reply["answer"])):
                yield "token", rest
            yield "answer", reply


def check_page(offset: int | None, limit: int | None) -> tuple[int, int | None]:
    if offset is not None and offset < 0:
        raise RequestError(f"offset {offset}: expected 0 or more")
    if limit is not None and limit < 1:
        raise RequestError(f"limit {limit}: expected 1 or more")
    return offset or 0, limit


def digest_name(name: str | None) -> str:
    """The upload's own file name (ingest records it as each row's source), made safe to keep on disk."""
    name = re.sub(r"[^\w.-]+", "_", Path(name or "").name).lstrip(".")
    if not name.lower().endswith(DIGEST_SUFFIXES) or len(name) > 200:
        raise RequestError(f"file {name or '(none)'!r}: expected a digest as .md or .txt")
    return name


class Library:
    """The one answerer of a server process, shared by UI, API and MCP; replaced under a lock after an ingest."""

    def __init__(self, settings: Settings, answerer: Answerer | None = None):
        self.settings = settings
        self.lock = threading.Lock()
        self._answerer = answerer

    @property
    def answerer(self) -> Answerer:
        if self._answerer is None:
            from rag.answer import Answerer

            with self.lock:
                if self._answerer is None:
                    self._answerer = Answerer(self.settings)
        return self._answerer

    @property
    def retriever(self) -> Retriever:
        return self.answerer.retriever

    def answerer_for(self, k: int | None) -> Answerer:
        """The shared answerer, or a light copy asking for k sources (same index, backend and caches)."""
        answerer = self.answerer
        if not k or k == answerer.settings.top_k:
            return answerer
        light = copy.copy(answerer)
        light.settings = replace(answerer.settings, top_k=k)
        return light

    def add_digest(self, path: Path, name: str | None = None) -> IngestResult:
        """Check and ingest one digest file; keep a copy under RAG_HOME/digests once it is in the index."""
        from rag.digest import DigestError
        from rag.index import UpdatesRefused
        from rag.ingest import ingest
        from rag.writelock import IndexBusy

        name = digest_name(name or path.name)
        if path.stat().st_size > MAX_DIGEST_BYTES:
            raise RequestError(f"file {name!r}: larger than {MAX_DIGEST_BYTES // 1_000_000} MB")
        answerer = self.answerer
        with tempfile.TemporaryDirectory(prefix="rag-upload-") as tmp:
            staged = Path(tmp) / name
            shutil.copyfile(path, staged)
            with self.lock:
                retriever = answerer.retriever
                try:
                    result = ingest(
                        [staged], retriever.index, retriever.embedder, allow_updates=self.settings.uploads_may_update
                    )
                except DigestError as err:
                    raise RequestError(str(err).replace(str(staged), name)) from None
                except (IndexBusy, UpdatesRefused) as err:
                    raise Conflict(str(err).replace(str(staged), name)) from None
                answerer.update(result.changed)  # only the file's papers, in place: no catalogue reload
                self.settings.user_digests.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(staged, self.settings.user_digests / name)
        return result

"""Question (+ history) → retrieved evidence → prompt within a token budget → LLM → checked citations.

The citation check is its own step: whatever the backend wrote, every `[n]` that does not name a
retrieved source is removed and reported, so no answer can cite a paper it was not given.
"""

from __future__ import annotations

import math
import re
import time
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field, fields, replace

import numpy as np

from rag import extractive
from rag.citations import CITATION_RE, CitationStream, check_citations, fence
from rag.llm import Backend, LLMError, configured_backend
from rag.papers import Paper
from rag.prompts import prompt
from rag.question import strip_code_intent, strip_dates
from rag.retrieve import Filters, Hit, Retriever, expand_query
from rag.settings import Settings
from rag.stats import corpus_stats
from rag.text import GENERIC_TERMS, term_in, tokenize
from rag.tokens import count_tokens, truncate_tokens

ENUMERATION_RE = re.compile(
    r"^\s*(which|what|list|name|show|find|give|are there)\b.*\b(papers|works|studies|articles|ones)\b"
    r"|^\s*(list|name|enumerate)\b|\ball (the )?papers\b",
    re.IGNORECASE,
)
FOLLOW_UP_RE = re.compile(
    r"^\s*(and|also|what about|how about|which of|of those|same)\b"
    r"|\b(those|them|these|they|it|its|their)\b",
    re.IGNORECASE,
)
MAX_LIST = 40
SPECIFIC_DF = 0.2
LEXICAL_COVER = 0.5


@dataclass
class Support:
    """Term-by-paper matches (terms × papers) with each term's IDF weight."""

    matrix: np.ndarray
    weights: np.ndarray

    @property
    def terms(self) -> int:
        return len(self.weights)

    def per_paper(self) -> np.ndarray:
        if not self.terms:
            return np.zeros(self.matrix.shape[1], dtype=np.float32)
        return np.asarray((self.weights @ self.matrix) / self.weights.sum())


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
                "code_url": (by_n[n].hit.paper.code_urls or [""])[0],
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


def term_groups(question: str, acronyms: dict[str, str]) -> list[list[str]]:
    """Each content word of the question with its acronym twin: `mcts` ↔ `monte carlo tree search`."""
    groups: list[list[str]] = []
    reverse = {v: k for k, v in acronyms.items()}
    for tok in dict.fromkeys(tokenize(question)):
        if tok in GENERIC_TERMS or len(tok) < 2:
            continue
        group = [tok]
        if tok in acronyms:
            group.append(acronyms[tok])
        groups.append(group)
    low = question.lower()
    for phrase, acr in reverse.items():
        if len(phrase) > 6 and phrase in low:
            words = set(phrase.split())
            groups = [g for g in groups if g[0] not in words]
            groups.append([phrase, acr])
    return groups


class Answerer:
    """Answers questions; the same object serves the CLI, the chat loop and the UI."""

    def __init__(
        self,
        settings: Settings,
        retriever: Retriever | None = None,
        backend: Backend | None = None,
    ):
        self.settings = settings
        self.retriever = retriever or Retriever(settings)
        self.backend = backend or configured_backend(settings)
        self._lower = [p.search_text.lower() for p in self.retriever.papers]

    def update(self, changed: list[Paper]) -> None:
        """Papers just ingested (an upload) become searchable and countable at once."""
        self.retriever.update(changed)
        self._lower = [p.search_text.lower() for p in self.retriever.papers]

    # --- question handling -------------------------------------------------------------------------
    def condense(self, question: str, history: list[tuple[str, str]]) -> tuple[str, str]:
        """A standalone question from a follow-up, and why the backend did not write it ('' if it did).

        The backend rewrites it; when it writes nothing (extractive) or fails, the follow-up is
        joined to the previous question.
        """
        if not history or not FOLLOW_UP_RE.search(question):
            return question, ""
        convo = "\n".join(f"User: {fence(q)}\nAssistant: {fence(a[:400])}" for q, a in history[-3:])
        note = ""
        try:
            text = self.backend.complete(
                "You rewrite questions.",
                prompt("condense", self.settings.prompts_dir).format(history=convo, question=fence(question)),
            ).strip()
            if text:
                return text.splitlines()[0].strip(), ""
        except LLMError as err:
            note = f"{self.backend.name} failed to rewrite the follow-up ({err}); joined it to the previous question"
        previous = history[-1][0]
        follow = re.sub(r"^\s*(and|also)\s+", "", question, flags=re.IGNORECASE)
        return f"{previous.rstrip('?. ')}; {follow}", note

    def support(self, groups: list[list[str]]) -> Support:
        """Which papers name each of the question's specific terms, and how much each term weighs.

        Specific terms are those in under a fifth of the corpus, including terms it never uses,
        so a question about something absent cannot look supported.
        """
        n = len(self._lower)
        rows, weights = [], []
        for group in groups:
            hit = np.fromiter((any(term_in(t, text) for t in group) for text in self._lower), dtype=bool, count=n)
            df = int(hit.sum())
            if df / max(n, 1) < SPECIFIC_DF:
                rows.append(hit)
                weights.append(math.log((n + 1) / (df + 0.5)))
        matrix = np.array(rows, dtype=bool).reshape(len(rows), n)
        return Support(matrix, np.array(weights, dtype=np.float32))

    def gather(self, question: str, filters: Filters, mode: str) -> tuple[list[Hit], bool, bool, list[list[str]]]:
        """Evidence for a question: (hits, covered, enumeration, term groups).

        List questions widen to every paper that names all specific terms (the lexical pass),
        ordered by the hybrid ranking; others keep the top-k with the best-supported papers first.
        A question is covered when a retrieved paper names at least half of its specific terms (by
        IDF weight), when the best dense match is close enough, or when filters alone define it.
        """
        groups = term_groups(question, self.retriever.acronyms)
        enumeration = bool(ENUMERATION_RE.search(question))
        k = self.settings.top_k
        hits = self.retriever.search(question, k=max(k, MAX_LIST) if enumeration else k, filters=filters, mode=mode)
        support = self.support(groups)
        mask = self.retriever.mask(filters)
        per_paper = support.per_paper() * mask
        if support.terms:
            full = np.flatnonzero(per_paper >= 0.999)
        else:  # "which papers from 2025-01-22 have code?": the filters alone define the list
            full = np.flatnonzero(mask) if filters else np.array([], dtype=int)
        if enumeration and len(full):
            order = {h.paper.id: r for r, h in enumerate(hits)}
            by_id = {h.paper.id: h for h in hits}
            papers = sorted(
                (self.retriever.papers[i] for i in full), key=lambda p: (order.get(p.id, len(order)), p.date, p.id)
            )[:MAX_LIST]
            hits = [by_id.get(p.id) or Hit(p, 0.0) for p in papers]
        elif enumeration:
            hits = hits[:k]
        position = self.retriever.position
        best_dense = max((h.dense or 0.0 for h in hits), default=0.0)
        lexical = max((float(per_paper[position[h.paper.id]]) for h in hits), default=0.0)
        filter_only = not support.terms and bool(filters)
        covered = bool(hits) and (lexical >= LEXICAL_COVER or best_dense >= self.settings.min_score or filter_only)
        if covered and not enumeration:
            hits = sorted(hits, key=lambda h: -round(float(per_paper[position[h.paper.id]]), 3))
        return hits, covered, enumeration, groups

    def build_prompt(self, question: str, sources: list[Source]) -> tuple[str, str]:
        """System and user prompts; sources are fenced and trimmed to fit the token budget."""
        system = prompt("answer_system", self.settings.prompts_dir)
        template = prompt("answer_user", self.settings.prompts_dir)
        question = fence(question)
        fixed = count_tokens(system) + count_tokens(template) + count_tokens(question)
        budget = max(self.settings.context_tokens - fixed, 200)
        per_source = max(budget // max(len(sources), 1) - 30, 60)
        blocks = []
        for s in sources:
            p = s.hit.paper
            body = truncate_tokens(fence(p.summary), per_source)
            head = f"Title: {fence(p.title)}" + (f"\nAuthors: {fence(', '.join(p.authors[:8]))}" if p.authors else "")
            blocks.append(f'<source n="{s.n}" arxiv="{p.id}" date="{p.date}">\n{head}\n{body}\n</source>')
        return system, template.format(sources="\n\n".join(blocks), question=question)

    # --- answering ---------------------------------------------------------------------------------
    def stream(
        self,
        question: str,
        history: list[tuple[str, str]] | None = None,
        filters: Filters | None = None,
        mode: str | None = None,
    ) -> Iterator[str | Answer]:
        """Yields answer text as it is produced, then the checked `Answer` as the last item."""
        started = time.perf_counter()
        filters = filters or Filters()
        standalone, condense_note = self.condense(question, history or [])
        standalone, wants_code = strip_code_intent(standalone)
        if wants_code:
            filters = replace(filters, has_code=True)
        without, since, until = strip_dates(standalone)
        if since or until:
            standalone = without
            if not (filters.since or filters.until):
                filters = replace(filters, since=since, until=until)
        hits, covered, enumeration, groups = self.gather(standalone, filters, mode or self.settings.mode)
        sources = [Source(n, h) for n, h in enumerate(hits, 1)]
        timings = {"retrieve_s": round(time.perf_counter() - started, 4)}
        result = Answer(
            question=question,
            standalone=standalone,
            answer="",
            sources=sources,
            backend=self.backend.name,
            covered=covered,
            enumeration=enumeration,
            fallback=condense_note,
            timings=timings,
            filters={k: v for k, v in asdict(filters).items() if v},
        )
        if not covered:
            text = self.not_covered(standalone, hits)
            result.sources = sources[: self.settings.top_k]
            result.backend = "none"
            yield text
            result.answer = text
            result.timings.update(
                first_token_s=round(time.perf_counter() - started, 4), total_s=round(time.perf_counter() - started, 4)
            )
            yield result
            return
        pieces: list[str] = []
        first = None
        system, user = self.build_prompt(standalone, sources)
        checked = CitationStream({s.n for s in sources})  # what is shown while streaming is already checked
        try:
            for piece in self.backend.stream(system, user):
                first = first or time.perf_counter()
                pieces.append(piece)
                if shown := checked.feed(piece):
                    yield shown
            if rest := checked.flush():
                yield rest
        except LLMError as err:
            note = f"{self.backend.name} failed ({err}); answered extractively"
            result.fallback = "; ".join(filter(None, [result.fallback, note]))
            result.backend = "extractive"
            if pieces:
                yield f"\n\n[{note}]\n\n"
            pieces = []
        if not pieces:  # the extractive backend writes nothing: compose from the evidence
            text = self.extractive_text(standalone, sources, enumeration, groups)
            for line in text.splitlines(keepends=True):
                first = first or time.perf_counter()
                yield line
            pieces = [text]
        answer, flags = check_citations("".join(pieces), {s.n for s in sources})
        result.answer, result.flags = answer.strip(), flags
        cited = {c["n"] for c in result.citations}
        if not enumeration:
            result.sources = [s for s in sources if s.n in cited] + [s for s in sources if s.n not in cited]
        result.timings.update(
            first_token_s=round((first or time.perf_counter()) - started, 4),
            total_s=round(time.perf_counter() - started, 4),
        )
        yield result

    def ask(
        self,
        question: str,
        history: list[tuple[str, str]] | None = None,
        filters: Filters | None = None,
        mode: str | None = None,
    ) -> Answer:
        """The checked answer without the text pieces that `stream` yields before it."""
        *_, result = self.stream(question, history, filters, mode)
        assert isinstance(result, Answer), "stream() ends with the Answer"
        return result

    def extractive_text(self, question: str, sources: list[Source], enumeration: bool, groups: list[list[str]]) -> str:
        query_tokens = set(tokenize(expand_query(question, self.retriever.acronyms)))
        chosen = sources if enumeration else sources[: min(4, len(sources))]
        evidence = [
            extractive.Evidence(s.n, s.hit.paper, extractive.best_sentence(s.hit.paper, groups, query_tokens))
            for s in chosen
        ]
        return extractive.compose(question, evidence, enumeration)

    def not_covered(self, question: str, hits: list[Hit]) -> str:
        stats = corpus_stats(self.retriever.papers)
        text = prompt("not_covered", self.settings.prompts_dir).format(question=question, **stats).strip()
        if hits:
            closest = "; ".join(f"{h.paper.title} ({h.paper.id})" for h in hits[:3])
            text += f"\nThe closest papers, which do not answer it: {closest}."
        return text

"""The no-LLM answerer: cited sentences picked from the retrieved summaries, deterministically."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from rag.citations import neutralise
from rag.papers import Paper
from rag.shapes import claims
from rag.text import term_in, tokenize


@dataclass(frozen=True)
class Evidence:
    n: int
    paper: Paper
    sentence: str


def best_sentence(paper: Paper, terms: list[list[str]], query_tokens: set[str]) -> str:
    """The summary sentence that names the most query concepts, ties to the earliest; never one that asks
    or hedges (`shapes.claims`)."""
    candidates = claims(paper.summary) or [paper.title]

    def score(sentence: str) -> tuple[int, int]:
        low = sentence.lower()
        concepts = sum(any(term_in(alt, low) for alt in group) for group in terms)
        overlap = len(query_tokens & set(tokenize(sentence)))
        return concepts, overlap

    best = max(candidates, key=lambda s: (score(s), -candidates.index(s)))
    return neutralise(best)


def compose(question: str, evidence: list[Evidence], enumeration: bool) -> str:
    """One bullet per paper for list questions; otherwise a lead sentence and the best supporting lines."""
    if not evidence:
        return ""
    if enumeration:
        n = len(evidence)
        head = f"{n} paper in the digests matches:" if n == 1 else f"{n} papers in the digests match:"
        lines = [f"- **{e.paper.title}** ({e.paper.date}) [{e.n}]: {e.sentence}" for e in evidence]
        return "\n".join([head, *lines])
    lead, *rest = evidence
    lines = [f"{lead.sentence} [{lead.n}]"]
    if rest:
        lines.append("")
        lines.append("Related papers:")
        lines += [f"- **{e.paper.title}** ({e.paper.date}) [{e.n}]: {e.sentence}" for e in rest]
    return "\n".join(lines)


class ExtractiveBackend:
    """The backend when no LLM is configured: it writes no free text from a prompt.

    Its empty reply tells the answerer to `compose` from the evidence (as after an LLM failure),
    the follow-up rewriter to join the question to the previous one, and the briefing to keep the
    themes it built from the summaries.
    """

    name = "extractive"

    def stream(self, system: str, user: str) -> Iterator[str]:
        yield from ()

    def complete(self, system: str, user: str) -> str:
        return ""

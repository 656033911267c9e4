"""The no-LLM answerer: cited sentences picked from the retrieved summaries, deterministically."""

from __future__ import annotations

import re
from dataclasses import dataclass

from rag.citations import neutralise
from rag.papers import Paper
from rag.retrieve import tokenize

SENTENCE_RE = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9\"'(\[`*])|\n+")


@dataclass(frozen=True)
class Evidence:
    n: int
    paper: Paper
    sentence: str


ENUMERATOR_RE = re.compile(r"\s(?=(?:i{1,3}|iv|vi{0,3}|[a-e])\)\s)")
ABBREVIATION_RE = re.compile(r"\b(?:e\.g|i\.e|et al|vs|Fig|Eq|approx|cf)\.$", re.IGNORECASE)


def sentences(text: str) -> list[str]:
    """Sentences and `i) … ii) …` items, not cut after `e.g.` or `et al.`."""
    parts: list[str] = []
    for piece in SENTENCE_RE.split(text):
        for part in ENUMERATOR_RE.split(piece):
            part = part.strip().lstrip("- ").strip()
            if parts and ABBREVIATION_RE.search(parts[-1]):
                parts[-1] = f"{parts[-1]} {part}"
            elif part:
                parts.append(part)
    return [s for s in parts if len(s) > 20]


def best_sentence(paper: Paper, terms: list[list[str]], query_tokens: set[str]) -> str:
    """The summary sentence that names the most query concepts, ties to the earliest."""
    candidates = sentences(paper.summary) or [paper.title]

    def score(sentence: str) -> tuple[int, int]:
        low = sentence.lower()
        concepts = sum(any(term_in(alt, low) for alt in group) for group in terms)
        overlap = len(query_tokens & set(tokenize(sentence)))
        return concepts, overlap

    best = max(candidates, key=lambda s: (score(s), -candidates.index(s)))
    return neutralise(best)


def term_in(term: str, text_lower: str) -> bool:
    """Whole-word match, plural allowed; spaces in a phrase also match hyphens (`low-rank`)."""
    pattern = re.escape(term).replace(r"\ ", r"[\s-]+")
    return re.search(rf"\b{pattern}(?:s|es)?\b", text_lower) is not None


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

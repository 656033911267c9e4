"""Numbered citations `[n]`: the check that runs after every generation, and the guards on text.

A step of its own (as in paper-qa): answers, briefings and the UI all go through these.
`fence` is the one way any field (title, authors, summary, question, history) enters a prompt.
"""

from __future__ import annotations

import re
import unicodedata

CITATION_RE = re.compile(r"\[(\d+)\]")
ARXIV_ID_RE = re.compile(r"(?<![\d.])(\d{4}\.\d{4,5})(?:v\d+)?(?![\d.])")
PARTIAL_CITATION_RE = re.compile(r"\[\d*$")
# `<source`, `</SOURCE >`, `< / source n=9>`, fullwidth or small brackets: whatever a model could read as our fence.
FENCE_TAG_RE = re.compile(r"[<\uff1c\ufe64\u2039\u3008]\s*(/?)\s*(source)\b", re.IGNORECASE)


def check_citations(text: str, valid: set[int]) -> tuple[str, list[str]]:
    """Drop every `[n]` that names no retrieved source; say which ones were dropped."""
    flags: list[str] = []

    def keep(match: re.Match[str]) -> str:
        n = int(match.group(1))
        if n in valid:
            return str(match.group(0))
        flags.append(f"removed citation [{n}]: no such source was retrieved")
        return ""

    return CITATION_RE.sub(keep, text), flags


def unchecked(text: str, sources: set[str]) -> list[str]:
    """What a model wrote that the `[n]` check cannot vouch for: no citation at all, or an arXiv id (bare or
    in a link) of a paper that was not retrieved. Said as flags beside the answer, never silently passed."""
    flags = [] if CITATION_RE.search(text) else ["the answer cites no retrieved paper: nothing in it is checked"]
    foreign = dict.fromkeys(i for i in ARXIV_ID_RE.findall(text) if i not in sources)
    flags += [f"arXiv {i} is named but was not retrieved: it is not checked against the digests" for i in foreign]
    return flags


def renumber(text: str, count: int) -> tuple[str, list[int]]:
    """Number the cited sources 1, 2, … in the order the text first cites them, the uncited after
    them in their old order: a summary of thousands of papers then reads [1] … [16], not [4318].
    Returns the text and the old numbers in their new order."""
    cited = list(dict.fromkeys(int(n) for n in CITATION_RE.findall(text) if 1 <= int(n) <= count))
    taken = set(cited)
    order = cited + [n for n in range(1, count + 1) if n not in taken]
    new = {old: i + 1 for i, old in enumerate(order)}
    return renumbered(text, new), order


def renumbered(text: str, number: dict[int, int]) -> str:
    """The text with each `[n]` under its new number (the same where `number` has none)."""
    return CITATION_RE.sub(lambda m: f"[{number.get(int(m[1]), int(m[1]))}]", text)


class CitationStream:
    """The same check on a stream: what it lets out equals `check_citations` of the whole text.

    A piece ending in `[` or `[12` is held back until the next piece shows whether it is a citation.
    """

    def __init__(self, valid: set[int]):
        self.valid = valid
        self.held = ""
        self.flags: list[str] = []

    def feed(self, piece: str) -> str:
        text = self.held + piece
        partial = PARTIAL_CITATION_RE.search(text)
        cut = partial.start() if partial else len(text)
        self.held = text[cut:]
        return self._check(text[:cut])

    def flush(self) -> str:
        text, self.held = self.held, ""
        return self._check(text)

    def _check(self, text: str) -> str:
        checked, flags = check_citations(text, self.valid)
        self.flags += flags
        return checked


def neutralise(text: str) -> str:
    """Bracketed numbers inside a summary (`VideoFusion [12]`) must not read as our citations."""
    return CITATION_RE.sub(r"[ref \1]", text)


def fence(text: str) -> str:
    """Text from a digest or a user, made safe to place inside the prompt's `<source>` fence.

    Invisible format characters go (they could split a tag), fence tags in any case, spacing or
    bracket style lose their bracket, and `[n]` becomes `[ref n]`.
    """
    text = "".join(ch for ch in text or "" if unicodedata.category(ch) != "Cf")
    text = FENCE_TAG_RE.sub(lambda m: f"({m.group(1)}{m.group(2)}", text)
    return neutralise(text)

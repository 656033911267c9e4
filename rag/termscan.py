"""Which papers name a term, by `text.term_in`'s whole-word rule, found in one scan of the joined corpus.

A `\\b`-anchored search per paper made the regex engine try every position of every summary (0.65 s
of CPU per fact question on the bundled corpus, against 0.04 s now). Searched for without its leading
boundary, a term starts with a literal that the engine skips ahead to; the boundary is then checked
at each candidate. The answers are term_in's exactly (tests/test_termscan.py compares them). One
`TermScan` holds one catalogue version: the answerer makes a new one when the papers change.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from functools import lru_cache

import numpy as np

from rag.text import term_in, term_pattern

# Between papers: `\n` is no word character (so `\b` sees the start or end of a paper as in term_in),
# and no term can match `\0`, so no match runs from one paper into the next.
SEPARATOR = "\n\0\n"
WORD_RE = re.compile(r"\w")
# Terms remembered per catalogue version (a fact question asks for its terms twice), bounded by
# count and by the paper indices held, so a large corpus's common words cannot pile up.
MEMO_TERMS = 256
MEMO_INDICES = 2_000_000


@lru_cache(maxsize=1024)
def _compiled(term: str) -> re.Pattern[str]:
    return re.compile(term_pattern(term))


class TermScan:
    """The lowercased search texts of one catalogue version, joined for scanning."""

    def __init__(self, texts_lower: Sequence[str]):
        self.texts = list(texts_lower)
        self.n = len(self.texts)
        self.starts: list[int] = []
        at = len(SEPARATOR)
        for text in self.texts:
            self.starts.append(at)
            at += len(text) + len(SEPARATOR)
        self.joined = SEPARATOR + SEPARATOR.join(self.texts) + SEPARATOR
        self._memo: dict[str, np.ndarray] = {}
        self._held = 0

    def papers(self, term: str) -> np.ndarray:
        """Indices of the papers that name `term` (term_in's rule), ascending."""
        found = self._memo.get(term)
        if found is None:
            scannable = WORD_RE.match(term) is not None and "\0" not in term  # every token; nearly every expansion
            found = self._scan(term) if scannable else self._each(term)
            if len(self._memo) >= MEMO_TERMS or self._held + len(found) > MEMO_INDICES:
                self._memo.clear()
                self._held = 0
            self._memo[term] = found
            self._held += len(found)
        return found

    def mask(self, terms: Sequence[str]) -> np.ndarray:
        """Papers that name any of `terms`, as a boolean mask over the catalogue."""
        hit = np.zeros(self.n, dtype=bool)
        for term in terms:
            hit[self.papers(term)] = True
        return hit

    def _scan(self, term: str) -> np.ndarray:
        rx, text, starts = _compiled(term), self.joined, self.starts
        found: list[int] = []
        pos = 0
        while (m := rx.search(text, pos)) is not None:
            at = m.start()
            if WORD_RE.match(text, at - 1) is None:  # the term starts with a word character: `\b` before it
                paper = bisect_right(starts, at) - 1
                found.append(paper)
                if paper + 1 >= self.n:
                    break
                pos = starts[paper + 1]  # this paper is found; go on with the next
            else:
                pos = at + 1
        return np.array(found, dtype=np.int32)

    def _each(self, term: str) -> np.ndarray:
        return np.array([i for i, text in enumerate(self.texts) if term_in(term, text)], dtype=np.int32)

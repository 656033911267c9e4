"""What sets one side of a comparison apart from the other, in words their papers use.

Offline there is no model to write "PPO keeps a critic, GRPO compares a group of answers", but the
papers say it between them: the words one side's papers use far more often than the other side's
("critic" against "group"), weighted by how rare a word is in the whole corpus so that plain English
("set", "rapid") does not speak for a side, are how the two differ in this corpus. Pure functions.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Mapping, Sequence

from rag.papers import Paper
from rag.shapes import own_text
from rag.text import THEME_STOP, tokenize
from rag.understand import stem

MIN_SHARE = 0.1  # a word must be in at least this share of a side's papers to speak for it
MIN_PAPERS = 3
MIN_RATIO = 2.0  # …and this many times commoner there than on the other side
TYPICAL_RATIO = 5.0  # …or, against a side too small to tell, this many times commoner than in the corpus


def own_words(paper: Paper) -> str:
    """A paper's title and summary without the digest's follow-up questions, whose "could", "questions"
    would speak for whichever side has more papers."""
    return f"{paper.title}\n\n{own_text(paper.summary)}"


def named_version(word: str, exclude: frozenset[str]) -> bool:
    """A side's own name with a version glued on ("qwen2.5", "sam2"): no word that sets it apart."""
    letters = re.match(r"[a-z]+(?=\d)", word)
    return bool(letters and stem(letters.group(0)) in exclude)


def doc_freq(texts: Sequence[str]) -> Counter:
    return Counter(w for text in texts for w in set(tokenize(text)))


def distinctive(
    mine: Sequence[str],
    theirs: Sequence[str],
    exclude: frozenset[str],
    corpus: Mapping[str, int],
    total: int,
    n: int = 4,
) -> list[str]:
    """The words most typical of `mine` against `theirs`, best first: the gap in the share of papers
    using a word, times its rarity in the corpus (`corpus`: document frequency over `total` papers).
    `exclude` holds the stems of the sides' own names."""
    if not mine:
        return []
    a, b = doc_freq(mine), doc_freq(theirs)
    floor = max(MIN_PAPERS, MIN_SHARE * len(mine))
    scored = []
    for word, df in a.items():
        if df < floor or word in THEME_STOP or len(word) < 3 or word[0].isdigit():
            continue
        if stem(word) in exclude or any(stem(p) in exclude for p in word.split("-")) or named_version(word, exclude):
            continue
        share, other = df / len(mine), b.get(word, 0) / max(len(theirs), 1)
        # With too few papers on the other side for a word's absence there to say anything, the word must
        # be far commoner on this side than in papers at large ("music" for audio models, not "maintaining").
        few = share * len(theirs) < MIN_PAPERS
        if (few and share < TYPICAL_RATIO * corpus.get(word, 0) / total) or "." in word:  # "e.g"
            continue
        if (df + 1) / (len(mine) + 2) < MIN_RATIO * (b.get(word, 0) + 1) / (len(theirs) + 2):
            continue
        scored.append(((share - other) * math.log(total / (1 + corpus.get(word, 0))), word))
    words: list[str] = []
    for _, word in sorted(scored, reverse=True):
        if any(word in w.split("-") or w in word.split("-") or stem(w) == stem(word) for w in words):
            continue  # "multi-turn" and "turn" say one thing
        words.append(word)
        if len(words) == n:
            break
    return words


def witness(papers: Sequence[Paper], words: list[str], n: int = 3) -> tuple[Paper | None, list[str]]:
    """The first paper (in the given order: the side's cited examples first) that uses the side's
    most typical word (else the next word), and the typical words it uses (at most `n`): a word shown
    for a side is cited to a paper using it."""
    used = [(paper, set(tokenize(own_words(paper)))) for paper in papers]
    for word in words:
        for paper, have in used:
            if word in have:
                return paper, [w for w in words if w in have][:n]
    return None, []

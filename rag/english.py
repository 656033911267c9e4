"""English words a question may use that the corpus does not: never "corrected" into a corpus word.

The list is the whole-word part of the bundled encoder's WordPiece vocabulary (BERT's, ~22k English
words drawn from books and Wikipedia), so it ships with the product and costs no dependency; it is
read once (~20 ms) and only when a question holds a word the corpus lacks. Inflected forms it lacks
("invents") count through another form of their base ("invented").
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path

VOCAB = Path(__file__).resolve().parent / "assets" / "all-MiniLM-L6-v2" / "tokenizer.json"
SUFFIXES = ("ing", "ed", "es", "s", "ly", "er", "d")
# The vocabulary holds some words only in another form ("invented", not "invent").
BASE_ENDINGS = ("", "e", "s", "ed", "ing", "ion")
# British spellings the corpus writes the American way: "generalises" → "generalizes" is a fix to keep.
VARIANTS = (("our", "or"), ("is", "iz"), ("ys", "yz"), ("ll", "l"), ("tre", "ter"))


@cache
def words() -> frozenset[str]:
    """Whole words of four letters or more from the bundled vocabulary; empty when it is absent."""
    try:
        vocab = json.loads(VOCAB.read_text(encoding="utf-8"))["model"]["vocab"]
    except (OSError, ValueError, KeyError):
        return frozenset()
    return frozenset(w for w in vocab if len(w) >= 4 and w.isascii() and w.isalpha())


def is_english(word: str, known: frozenset[str] | None = None) -> bool:
    """The word, or its base once a common suffix is off, is an English word."""
    known = words() if known is None else known
    if word in known:
        return True
    for suffix in SUFFIXES:
        base = word[: -len(suffix)]
        if word.endswith(suffix) and len(base) >= 3 and any(base + end in known for end in BASE_ENDINGS):
            return True
    return False


def american(word: str) -> str:
    """The word spelt the American way ("behaviour" → "behavior")."""
    for gb, us in VARIANTS:
        word = re.sub(gb, us, word)
    return word


def variant(word: str, other: str) -> bool:
    """The two are one word spelt the British and the American way."""
    return word != other and american(word) == american(other)

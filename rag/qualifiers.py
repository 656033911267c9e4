"""A question typed as a plural noun phrase with qualifiers ("open-source 7B models for math reasoning", "small
language models under 3B parameters for code"): it asks for the papers on it, not for one finding. Each qualifier
must hold in a listed paper's own text; a bound on model size is compared as a number, not matched as words."""

from __future__ import annotations

import re
from collections.abc import Iterable

# Words that open a qualifier after a noun phrase's head: prepositions, relative pronouns, and participles saying
# how the things named were made or used ("agents trained with RL", "benchmarks released in 2025"). General
# English, not this corpus's words.
OPENERS = frozenset(
    """
    for on in under with without from via using at by to about across over into of among between beyond within
    that which who whose where trained released built based designed developed fine-tuned finetuned pretrained
    pre-trained made used published proposed evaluated tested written aimed targeting running deployed
    """.split()
)
# Participles among OPENERS: no part of the topic ("trained" says how, "reinforcement learning" says what).
PARTICIPLES = frozenset(w for w in OPENERS if w.endswith("ed") or w in {"built", "made", "written", "running"})
# A participle as a word of its own, not inside a hyphenated word ("Mamba-based").
PARTICIPLE_RE = re.compile(r"(?<![\w-])(?:" + "|".join(sorted(PARTICIPLES)) + r")(?![\w-])")
# Adjectives of size: a stated bound ("under 3B parameters") says them already, as a number.
SIZE_WORDS_RE = re.compile(
    r"(?<![\w-])(?:small|smaller|tiny|compact|lightweight|little|mini|large|larger|big)(?![\w-])"
)
# Clipped words and the adjective the papers write ("math reasoning" is "mathematical reasoning"): general
# English.
CLIPPED = {"math": "mathematical", "maths": "mathematical", "stats": "statistical", "bio": "biological"}
# Plural nouns that only name what is asked for, whose modifiers each qualify it ("small models", "7B models").
GENERIC_HEADS = frozenset(
    "models methods approaches techniques systems frameworks works papers tools solutions algorithms".split()
)
# Endings of singular words that end in s ("physics", "analysis", "focus", "class", "bias").
SINGULAR_S = ("ss", "us", "is", "ics", "as", "os")

# Parameters in one unit of a model size ("7B", "1.2 trillion").
SIZE_UNITS = {"b": 1e9, "billion": 1e9, "t": 1e12, "trillion": 1e12, "m": 1e6, "million": 1e6}
NUMBER = r"(\d+(?:\.\d+)?)\s?-?\s?(b|billion|m|million)\b"
# A model's size in a text ("7B", "1.5B", "7-billion-parameter", "SmolVLM-256M"), not a count of data
# ("555B tokens", "1.2M samples").
SIZE_RE = re.compile(
    r"(?<![\w.])" + NUMBER + r"(?!\s*-?\s*(?:tokens?|samples?|examples?|pairs?|images?|hours?|words?|instances?"
    r"|steps?|queries|questions|problems|rows|videos|clips|frames|documents|users|trajectories|records|dollars)\b)",
    re.I,
)
BELOW = r"under|below|less\s+than|fewer\s+than|smaller\s+than|up\s+to|at\s+most|within"
ABOVE = r"over|above|more\s+than|larger\s+than|bigger\s+than|at\s+least"
# A bound on size written in a question: "under 3B parameters", "at least 70B".
BOUND_RE = re.compile(rf"\b({BELOW}|{ABOVE})\s+{NUMBER}(?:\s+param(?:eter)?s)?", re.I)


def size_bound(question: str) -> tuple[str, tuple[float, float], str]:
    """(the question without its size bound, (least, most) parameters allowed, the bound as written); the
    range is (0, 0) when the question sets none."""
    m = BOUND_RE.search(question)
    if not m:
        return question, (0.0, 0.0), ""
    size = float(m.group(2)) * SIZE_UNITS[m.group(3).lower()]
    below = re.fullmatch(BELOW, m.group(1).lower()) is not None
    rest = " ".join(f"{question[: m.start()]} {question[m.end() :]}".split())
    return rest, ((0.0, size) if below else (size, float("inf"))), m.group(0)


def sizes_in(text: str) -> list[float]:
    """The model sizes a text names, in parameters."""
    return [float(n) * SIZE_UNITS[u.lower()] for n, u in SIZE_RE.findall(text)]


def holds_size(text: str, least: float, most: float) -> bool:
    """Whether the text names a model size within [least, most]."""
    return any(least <= s <= most for s in sizes_in(text))


def head_noun(words: list[str]) -> str:
    """The last word before the first qualifier opens: the noun the phrase names."""
    head = ""
    for word in words:
        if word in OPENERS and head:
            break
        head = word
    return head


def plural_phrase(words: list[str]) -> bool:
    """Whether a phrase's head noun is plural ("GUI agents trained with …", "Chinese benchmarks for …")."""
    head = head_noun(words)
    return len(head) > 3 and head.endswith("s") and not head.endswith(SINGULAR_S)


def qualifier_text(topic: str, bounded: bool) -> str:
    """A plural noun phrase's topic words without the participles that only open a qualifier ("trained", kept
    apart as a break between its parts) and, where a size bound is stated, the adjectives of size it restates."""
    text = PARTICIPLE_RE.sub(" , ", topic)
    return SIZE_WORDS_RE.sub(" ", text) if bounded else text


def unclipped(phrase: str) -> str:
    """The phrase with its clipped words written out ("math reasoning" → "mathematical reasoning"); itself when
    it has none."""
    return " ".join(CLIPPED.get(w, w) for w in phrase.split())


WRITTEN_OUT = {"mathematical": "math", "mathematics": "math", "statistical": "stats", "biological": "bio"}


def clipped(phrase: str) -> str:
    """The phrase with its written-out words clipped as readers write them ("mathematical reasoning" → "math
    reasoning"), the twin of `unclipped`: the papers write both."""
    return " ".join(WRITTEN_OUT.get(w, w) for w in phrase.split())


def split_head(phrase: str) -> list[str]:
    """A head phrase's words that each qualify what is asked: the participles and a generic head noun dropped
    ("open-source 7b models" → open-source, 7b; "gui agents trained" → gui, agents)."""
    words = [w for w in phrase.split() if w not in PARTICIPLES]
    if len(words) > 1 and words[-1] in GENERIC_HEADS:
        words = words[:-1]
    return words


# Endings that make another form of the same word, not a compound name ("androids").
INFLECTIONS = frozenset("s es 's ed ing er ers".split())


def compounds(word: str, vocab: Iterable[str]) -> list[str]:
    """The corpus's words that open with a name and go on as one word: the names built on it ("Android" →
    AndroidWorld, AndroidControl), where a qualifier naming a platform or a language holds too."""
    return sorted(
        t for t in vocab if t.startswith(word) and (rest := t[len(word) :]).isalnum() and rest not in INFLECTIONS
    )

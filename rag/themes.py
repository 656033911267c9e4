"""Theme names that a theme's own papers bear out.

A briefing's themes are clusters of embeddings, and a cluster can be loose: a name built from words only
two of its papers share ("Audio · LALMs" over a code-diff benchmark, a test-exploit benchmark and a legal
embedding benchmark) tells a reader what the theme is not. Here a term names a theme only when at least
half its members write it in their title or summary, some of them in their title, and its members write
it more often than the period's papers do. The candidates are what titles write, read as `rag.trending`
reads them: phrases of one to three words, no single word of the summaries' boilerplate. Among them the
specific ones win (weighted by their rarity in the period), and a phrase wins over its own words.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from rag.papers import Paper
from rag.text import FILLER_WORDS, THEME_STOP
from rag.trending import EDGE_WORDS, phrases, singular, surface_forms, tokens

NAME_SUPPORT = 0.5  # a name term is written by at least this share of its theme's members
TITLE_SUPPORT = 0.15  # … and by this share of their titles (two at least): titles name topics, while
# summaries also write how any paper is measured ("success rate", "score")
TITLE_EXTRA = 0.25  # a second or third term is written by this share of the titles
LIFT = 1.5  # … and by its members this many times as often as by the period's papers
PHRASE_BONUS = 0.3  # each word a phrase has beyond the first adds this share to its score
TAIL = 0.5  # a second or third term scores at least this share of the first one
SAME_STEM = 4  # two words opening with this many letters in common are one topic ("vision", "visual")
# Single words that name no topic, folded as terms are; a phrase is dropped only when all its words are
# such words and none is a filler word that phrases do use to name a topic ("large language model").
# General English words that name no topic alone, however many papers write them ("test-time", "real-world",
# "step by step"); a phrase holding one still can ("time series", "world model").
GENERAL_WORDS = frozenset("time real world way end step level single multiple".split())
BOILERPLATE = THEME_STOP | {singular(w) for w in THEME_STOP} | GENERAL_WORDS
FILLERS = FILLER_WORDS | {singular(w) for w in FILLER_WORDS}
# The filler words that are nouns (parts of speech, general English): a phrase may open or close with one
# ("diffusion model", "model merging", "synthetic data"), not with "large" or "new".
FILLER_NOUNS = frozenset("data language llm model research result".split())


def nameable(key: str) -> bool:
    """Can name a theme: no single word of boilerplate; a phrase opening and closing with words that name
    something ("time series" too), or made of filler words only ("large language model"); never
    "multimodal large"."""
    words = key.split()
    if len(words) == 1:
        return key not in BOILERPLATE
    if all(w in FILLERS for w in words):
        return True
    if any(w in FILLERS and w not in FILLER_NOUNS for w in words):  # "multimodal large language"
        return False
    ends = all(w not in BOILERPLATE or w in FILLER_NOUNS or w in GENERAL_WORDS for w in (words[0], words[-1]))
    return ends and any(w not in BOILERPLATE for w in words)


def terms_of(text: str) -> set[str]:
    """The phrases a text writes, as `trending` reads them, and the words of its hyphenated compounds
    ("human-agent" also writes "agent")."""
    words = tokens(text)
    parts = {singular(p) for w in words if "-" in w for p in w.split("-")}
    return phrases(words) | {p for p in parts if len(p) >= 3 and p not in EDGE_WORDS and not p.isdigit()}


@lru_cache(maxsize=16384)
def offered(title: str) -> frozenset[str]:
    """The terms a title offers to name a theme: its own words and phrases, not a part of a hyphenated
    compound alone (the "free" of "training-free", the "turn" of "multi-turn")."""
    return frozenset(k for k in phrases(tokens(title)) if nameable(k))


@lru_cache(maxsize=16384)
def titled(title: str) -> frozenset[str]:
    """The terms a title writes, the parts of its compounds too ("Human-Agent" writes "agent")."""
    return frozenset(k for k in terms_of(title) if nameable(k))


def period_terms(papers: Sequence[Paper]) -> list[frozenset[str]]:
    """Each paper's candidate terms written in its title or summary: the candidates are those the period's
    titles offer, so that a summary's other phrases are never kept."""
    candidates = set().union(*(offered(p.title) for p in papers))
    return [frozenset(terms_of(f"{p.title} . {p.summary}") & candidates) for p in papers]


@dataclass(frozen=True)
class Named:
    """A theme's name terms as keys (the most telling first) and as shown, with the share of members
    writing each."""

    keys: tuple[str, ...]
    shown: tuple[str, ...]
    support: tuple[float, ...]

    @property
    def name(self) -> str:
        """The terms most members write first ("Agents · Human", not "Human · Agents")."""
        order = sorted(range(len(self.keys)), key=lambda i: -self.support[i])
        return " · ".join(self.shown[i] for i in order)


def same_topic(a: str, b: str) -> bool:
    """One term holds the other's words ("language model", "large language model"), or they share a word
    or a word's opening that is no boilerplate ("agent" and "agentic", "vision" and "visual"; not the
    "model" of "diffusion model" and "language model")."""
    x, y = set(re.split(r"[\s-]+", a)), set(re.split(r"[\s-]+", b))
    if x <= y or y <= x:
        return True
    return any(
        u == v or (u[:SAME_STEM] == v[:SAME_STEM] and min(len(u), len(v)) >= SAME_STEM)
        for u in x - BOILERPLATE
        for v in y - BOILERPLATE
    )


def heading(form: str) -> str:
    """A term as a heading: its first word capitalised when written in lower case ("preference Optimization"
    → "Preference Optimization"), a name as written ("vLLM")."""
    return form[0].upper() + form[1:] if form.split()[0].islower() else form


def name_theme(
    members: Sequence[Paper],
    terms: Sequence[frozenset[str]],
    df: Counter[str],
    total: int,
    unnamed: frozenset[str] = frozenset(),
    n: int = 3,
) -> Named | None:
    """The terms most of a theme's members write and the period's other papers write less, or None.

    `terms` are the members' terms (`period_terms`), `df` how many of the period's `total` papers write
    each; a term whose first or last word is in `unnamed` (a topic's summary: every theme shares its
    words) never names a theme."""
    unnamed = frozenset(tokens(" ".join(unnamed)))
    m = len(members)
    candidates = set().union(*(offered(p.title) for p in members))
    in_titles = Counter(k for p in members for k in titled(p.title))
    counts = Counter(k for written in terms for k in written if k in candidates)
    needed = max(2 if m > 1 else 1, math.ceil(NAME_SUPPORT * m))
    titles_needed = max(2 if m > 1 else 1, math.ceil(TITLE_SUPPORT * m))
    scored: list[tuple[float, str]] = []
    for key, c in counts.items():
        words = key.split()
        if c < needed or in_titles[key] < titles_needed or words[0] in unnamed or words[-1] in unnamed:
            continue
        if total > m and c / m < LIFT * df[key] / total:
            continue
        idf = math.log((total + 1) / (df[key] + 0.5))
        scored.append(((c / m) * idf * (1 + PHRASE_BONUS * (len(re.split(r"[\s-]+", key)) - 1)), key))
    picked: list[str] = []
    best = 0.0
    for score, key in sorted(scored, key=lambda s: (-s[0], s[1])):
        if picked and (
            score < TAIL * best or in_titles[key] < TITLE_EXTRA * m or any(same_topic(key, p) for p in picked)
        ):
            continue
        best = best or score
        picked.append(key)
        if len(picked) == n:
            break
    if not picked:
        return None
    forms = surface_forms(members, set(picked))
    return Named(
        keys=tuple(picked),
        shown=tuple(heading(forms.get(k, k)) for k in picked),
        support=tuple(counts[k] / m for k in picked),
    )


def carries(terms: frozenset[str], named: Named | None) -> int:
    """How many of the name's terms a paper writes."""
    return sum(k in terms for k in named.keys) if named else 0


def bears(terms: frozenset[str], named: Named | None) -> bool:
    """A paper writes every term of the name."""
    return named is not None and all(k in terms for k in named.keys)


def central_phrase(
    members: Sequence[Paper], terms: Sequence[frozenset[str]], unnamed: frozenset[str] = frozenset()
) -> str:
    """A theme no term names, named by its most typical paper (the first member): the term of that
    paper's title most members write, longer phrases first among equals, none holding a word of
    `unnamed` (a topic's summary); its title when it has none."""
    skip = frozenset(tokens(" ".join(unnamed)))
    own = {k for k in offered(members[0].title) if not skip & set(re.split(r"[\s-]+", k))}
    counts = Counter(k for written in terms for k in written & own)
    if not counts:
        return members[0].title
    key = max(counts, key=lambda k: (counts[k], len(k.split()), k))
    return heading(surface_forms(members[:1], {key}).get(key, key))

"""What a one-paper question says the paper does without ("… reasoning with RL without supervised
fine-tuning?"), and whether a paper's text states that absence.

A question asking for one paper by what it leaves out names the left-out thing, so ranking by the
question's words favours the papers that use it. The paper sought is the one whose own text says it does
without it: "without supervised fine-tuning (SFT)", "reference-free", "no need for labels". The words
below are general English ways of saying "without"; nothing here names a topic.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

# "which paper …", "what work …", "the paper where/that …", "is there a paper …": a question after one paper
ONE_PAPER_RE = re.compile(
    r"\b(?:which|what)\s+(?:paper|work|study|method|approach|framework|model|system|technique)\b"
    r"|\bthe\s+(?:paper|work|study)\s+(?:where|that|which|in\s+which|about)\b"
    r"|\bis\s+there\s+(?:a|any)\s+(?:paper|work|study)\b",
    re.I,
)
# the left-out thing: one to three words up to a preposition, a conjunction or the question's end
STOP = r"(?:to|for|in|on|of|and|or|but|with|by|from|at|as|while|when|that|which)\b"
THING = rf"(?P<what>[a-z][\w-]*(?:\s+(?!{STOP})[a-z][\w-]*){{0,2}})"
QUESTION_ABSENCE_RE = re.compile(
    r"\b(?:without|with\s+no|and\s+no|but\s+no|(?:eliminat|remov)(?:es|ing|e|ed)(?:\s+the\s+need\s+for)?"
    r"|gets?\s+rid\s+of|no\s+need\s+for)\s+"
    r"(?:(?:any|a|an|the|requiring|relying\s+on|using|need\s+for|access\s+to)\s+)*" + THING,
    re.I,
)
FREE_RE = re.compile(r"\b(?P<what>[a-z][\w]*)-free\b", re.I)


def left_out(question: str) -> list[str]:
    """The things a one-paper question says the paper does without, lower-cased; [] for any other question."""
    if not ONE_PAPER_RE.search(question):
        return []
    found = [m.group("what") for m in QUESTION_ABSENCE_RE.finditer(question)]
    found += [m.group("what") for m in FREE_RE.finditer(question)]
    return list(dict.fromkeys(" ".join(w.lower().split()) for w in found if w))


def absence_pattern(forms: Sequence[str]) -> re.Pattern[str]:
    """A paper's sentence saying it does without one of `forms`: "without (…) X", "X-free", "no (need for) X",
    "eliminating (the need for) X", "free of X"; a plural s and hyphen or space between words allowed."""
    alts = "|".join(
        r"[\s-]+".join(re.escape(w) for w in re.split(r"[\s-]+", f) if w) + r"s?"
        for f in sorted(set(forms), key=len, reverse=True)
    )
    between = r"(?:[\w-]+\s+){0,3}?"
    return re.compile(
        rf"\b(?:without|no|no\s+need\s+for|free\s+of|eliminat\w*|remov\w*|bypass\w*|obviat\w*|dispens\w*\s+with)\s+"
        rf"{between}(?:{alts})\b|\b(?:{alts})-free\b",
        re.I,
    )


def first_stating_absence(
    texts: Sequence[str], things: Sequence[str], forms_of: Callable[[str], list[str]]
) -> list[int]:
    """Positions of the texts, those stating every absence first (each group in its own order); the order
    unchanged when none states one."""
    patterns = [absence_pattern([t, *forms_of(t)]) for t in things]
    stating = [all(p.search(text) for p in patterns) for text in texts]
    if not patterns or not any(stating):
        return list(range(len(texts)))
    return sorted(range(len(texts)), key=lambda i: not stating[i])

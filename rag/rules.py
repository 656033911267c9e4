"""The rule each kind of gold question's answer must pass (eval/GOLD2.md), and the grep baseline for lists.

Pure functions of the answer text, the cited and ranked paper ids and the gold row; no I/O.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

LIST_FLOOR = 0.9
MONTH_NAMES = "january february march april may june july august september october november december".split()
# A month on its own ("2025-03", "March"), never the month inside a date ("2025-03-14").
MONTH_RE = re.compile(r"\b(20\d\d)-(0[1-9]|1[0-2])(?![\d-])|\b(" + "|".join(MONTH_NAMES) + r")\b", re.IGNORECASE)
# A month with a count: "2025-03: 12", "March 2025 (4 papers)", "Mar: 3" is not enough (names only).
COUNT_RE = re.compile(
    r"(?:\b20\d\d-(?:0[1-9]|1[0-2])(?![\d-])|\b(?:" + "|".join(MONTH_NAMES) + r")(?:\s+20\d\d)?)"
    r"\s*(?:[:=|—–-]|\()\s*\d+",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Attempt:
    """What the product gave back for one question."""

    answer: str = ""
    cited: tuple[str, ...] = ()
    ranked: tuple[str, ...] = ()
    counts: dict[str, int] | None = None
    table: list[dict[str, str]] | None = None


@dataclass(frozen=True)
class Expected:
    """What the gold row says a right answer holds."""

    relevant: frozenset[str] = frozenset()
    facts: tuple[str, ...] = ()
    since: str = ""
    until: str = ""
    sides: dict[str, tuple[str, ...]] = field(default_factory=dict)
    top: int = 0  # a list asking for this many papers ("recommend three papers on X")


def normalise(text: str) -> str:
    """Lowercase, accents dropped, hyphens and markup as spaces: 'Fréchet-Video' → 'frechet video'."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return " ".join(re.sub(r"[-_*`/]+", " ", text.lower()).split())


def singular(word: str) -> str:
    """One plural s off ("models" → "model"), never the double s of "success" or "loss"."""
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def mentions(text: str, phrase: str) -> bool:
    """The phrase occurs as whole words, each word singular or plural ('state space models' ~ 'state-space model')."""
    words = normalise(phrase).split()
    if not words:
        return False
    pattern = r"\s+".join(re.escape(singular(w)) + r"(?:s|es)?" if len(w) > 3 else re.escape(w) for w in words)
    return re.search(rf"(?<![\w.]){pattern}(?![\w])", normalise(text)) is not None


def list_scores(cited: Iterable[str], relevant: frozenset[str], top: int = 0) -> tuple[float | None, float]:
    """Precision (None when nothing is cited) and recall of a cited list against the judged papers; a list
    asking for `top` papers is complete with that many of them."""
    cited = set(cited)
    hits = len(cited & relevant)
    wanted = min(top, len(relevant)) if top else len(relevant)
    return (hits / len(cited) if cited else None), (min(hits / wanted, 1.0) if wanted else 0.0)


def check_list(a: Attempt, e: Expected) -> bool:
    precision, recall = list_scores(a.cited, e.relevant, e.top)
    return (
        precision is not None
        and precision >= LIST_FLOOR
        and recall >= LIST_FLOOR
        and (not e.top or len(set(a.cited)) <= e.top)
    )


def check_paraphrase(a: Attempt, e: Expected) -> bool:
    return bool(e.relevant & set(a.ranked[:5])) and bool(e.relevant & set(a.cited))


def check_fact(a: Attempt, e: Expected) -> bool:
    low = a.answer.lower()
    return all(f.lower() in low for f in e.facts) and bool(e.relevant & set(a.cited))


def check_authors(a: Attempt, e: Expected) -> bool:
    text = normalise(a.answer)
    return all(normalise(name) in text for name in e.facts) and bool(e.relevant & set(a.cited))


# What makes a sentence say what a term is: "X (ACR) is …", "ACR (X), a …", "stands for X". A colon is
# no cue: in a cited title ("Alias-Free Latent Diffusion Models: Improving …") it defines nothing.
DEFINING_CUE = re.compile(
    r"^\W{0,3}(?:\(\s*[\w .]{1,40}\)\s*)?(?:,\s*(?:a|an|the)\b|\b(?:is|are|stands for|refers to|means|denotes)\b)"
)


def defines(text: str, phrase: str) -> bool:
    """The answer's opening spells the term out and says what it is, not merely uses it ("an FVD of 59.4")."""
    opening = normalise(text)[:400]
    words = normalise(phrase).split()
    pattern = r"\s+".join(re.escape(singular(w)) + r"(?:s|es)?" if len(w) > 3 else re.escape(w) for w in words)
    for m in re.finditer(rf"(?<![\w.]){pattern}(?![\w])", opening):
        before, after = opening[max(0, m.start() - 30) : m.start()], opening[m.end() : m.end() + 60]
        if DEFINING_CUE.search(after) or re.search(r"\b(?:stands for|short for|refers to)\s*$", before):
            return True
    return False


def check_definition(a: Attempt, e: Expected) -> bool:
    return any(defines(a.answer, f) for f in e.facts) and bool(e.relevant & set(a.cited))


TABLE_ROW = re.compile(r"^\s*\|.*\|\s*$", re.MULTILINE)


def check_compare(a: Attempt, e: Expected) -> bool:
    """Issue 10 asks for a table of the two sides: a structured table or a Markdown one, each side named and cited."""
    laid_out = bool(a.table) or len(TABLE_ROW.findall(a.answer)) >= 3
    cited = set(a.cited)
    sides = all(mentions(a.answer, name) and cited & set(ids) for name, ids in e.sides.items())
    return laid_out and bool(e.sides) and sides


def in_period(dates: Iterable[str], since: str, until: str) -> bool:
    lo, hi = since or "0000-00-00", until or "9999-99-99"
    return any(lo <= d <= hi for d in dates)


def check_summary(a: Attempt, e: Expected, dates_of: Callable[[str], list[str]]) -> bool:
    cited = set(a.cited)
    enough = len(cited & e.relevant) >= min(3, len(e.relevant))
    return enough and all(in_period(dates_of(pid), e.since, e.until) for pid in cited)


def months_named(text: str) -> set[str]:
    """Months a text names, as 'YYYY-MM' or as a month name ('march')."""
    found = set()
    for m in MONTH_RE.finditer(text):
        found.add(f"{m.group(1)}-{m.group(2)}" if m.group(1) else m.group(3).lower())
    return found


def check_trend(a: Attempt, e: Expected) -> bool:
    named = months_named(a.answer)
    has_counts = bool(a.counts and len(a.counts) >= 3) or len(COUNT_RE.findall(a.answer)) >= 3
    peaks = set(e.facts) | {MONTH_NAMES[int(f[5:7]) - 1] for f in e.facts if re.fullmatch(r"\d{4}-\d\d", f)}
    return has_counts and bool(named & peaks)


def check_unanswerable(a: Attempt, e: Expected) -> bool:
    return not a.cited


RULES: dict[str, Callable[[Attempt, Expected], bool]] = {
    "list": check_list,
    "paraphrase": check_paraphrase,
    "fact": check_fact,
    "authors": check_authors,
    "definition": check_definition,
    "compare": check_compare,
    "trend": check_trend,
    "unanswerable": check_unanswerable,
}


def rule_passes(qtype: str, a: Attempt, e: Expected, dates_of: Callable[[str], list[str]]) -> bool | None:
    """The question type's rule applied to one attempt; None for types without a written rule."""
    if qtype == "summary":
        return check_summary(a, e, dates_of)
    rule = RULES.get(qtype)
    return rule(a, e) if rule else None


def term_pattern(term: str) -> re.Pattern:
    """An acronym matches case-sensitively as a word (plural allowed); a phrase in any case, hyphen or
    space, singular or plural."""
    if " " not in term and sum(ch.isupper() for ch in term) >= 2:
        return re.compile(rf"(?<![\w-]){re.escape(term)}s?(?![\w-])")
    words = [re.escape(w) for w in re.split(r"[\s-]+", term.strip()) if w]
    body = r"[\s-]+".join(words[:-1] + [words[-1].rstrip("s") + r"(?:s|es)?"]) if words else r"(?!)"
    return re.compile(rf"(?<![\w]){body}(?![\w])", re.IGNORECASE)


def grep_ids(texts: dict[str, str], terms: Iterable[str]) -> list[str]:
    """The baseline a list answer has to beat: every paper whose title or summary names a term."""
    patterns = [term_pattern(t) for t in terms if t.strip()]
    return [pid for pid, text in texts.items() if any(p.search(text) for p in patterns)]

"""Which topics are trending: the words and phrases whose share of the digests' papers rose the most.

No topic list: the candidates are the two- and three-word phrases, and the single words written as names
("GRPO", "LoRA"), that the titles of the period asked use (titles are the authors' words, free of the
digests' summary template). Each is counted in the
papers' titles and summaries, in the period asked (the window) and in the span as long just before it
(the baseline), as a share of all the papers first seen in each, since the digests list more papers
in some months than in others. A phrase rises when its share grows RISE times or more, in the titles
alone as in titles and summaries together; rises are
ranked by the two-proportion z statistic, which weighs the size of the change against its counts, so
that five papers from none does not outrank a hundred from forty.
"""

from __future__ import annotations

import calendar
import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from rag.papers import Paper
from rag.rules import singular

RISE = 1.5  # a later share this many times the earlier one is a rise
MIN_PAPERS = 5  # a phrase named by fewer papers of the window is no trend
MIN_TITLES = 3  # a candidate is used by this many titles of the window
SHOWN = 8
SAME_PAPERS = 0.6  # two phrases sharing this much of the smaller one's papers are one topic
TEMPLATE = 15  # a phrase this many times commoner in titles and summaries than in titles alone is the digests' own
RECENT_MONTHS = 3  # no period asked: the last three months of the digests
# Function words: never the first or last word of a topic phrase (general English, not a topic list).
EDGE_WORDS = frozenset(
    """
    a an and are as at be by can do does for from has have how in into is it its make makes not of on or our
    over than that the their this through to towards toward under up use using via vs we what when where which
    while who why will with without your you all any more most new beyond based between one two three
    """.split()
)
TOKEN_RE = re.compile(r"[a-z0-9]+(?:[-'][a-z0-9]+)*")


@dataclass
class Rise:
    term: str  # as the titles most often write it
    key: str
    window: int  # papers of the window naming it
    baseline: int
    window_share: float
    baseline_share: float
    z: float
    papers: list[Paper]  # the window's papers naming it, earliest first


def tokens(text: str) -> list[str]:
    """Lower-cased words, each plural folded to its singular ("agents" → "agent")."""
    return [singular(t) if len(t) > 3 else t for t in TOKEN_RE.findall(text.lower())]


def phrases(words: Sequence[str], longest: int = 3) -> set[str]:
    """Every run of one to `longest` words that neither starts nor ends with a function word, nor is a number."""
    edge = [w in EDGE_WORDS or w.isdigit() for w in words]
    out = {w for w, e in zip(words, edge) if not e and len(w) >= 3}
    for n in range(2, longest + 1):
        out.update(" ".join(words[i : i + n]) for i in range(len(words) - n + 1) if not (edge[i] or edge[i + n - 1]))
    return out


NAME_WORD_RE = re.compile(r"^(?=.*[a-z0-9]).(?=.*[A-Z])|^[A-Z][A-Z0-9]+s?$|^(?=.*[A-Za-z])(?=.*\d)[\w-]+$")


def name_words(papers: Iterable[Paper]) -> set[str]:
    """The words titles write as names ("GRPO", "LoRA", "R1", "DiT"), folded as `tokens` folds them: a topic of
    one word is a term of art, not a common word ("building", "robust") that a single title capitalises."""
    out: set[str] = set()
    for p in papers:
        for w in re.findall(r"[A-Za-z0-9]+(?:[-'][A-Za-z0-9]+)*", p.title):
            if NAME_WORD_RE.search(w):
                out.update(tokens(w))
    return out


def surface_forms(papers: Iterable[Paper], keys: set[str]) -> dict[str, str]:
    """Each key as the titles most often write it ("GRPO", "world models")."""
    seen: dict[str, Counter[str]] = {}
    for p in papers:
        raw = TOKEN_RE.findall(p.title.lower())
        cased = re.findall(r"[A-Za-z0-9]+(?:[-'][A-Za-z0-9]+)*", p.title)
        if len(cased) != len(raw):
            continue
        folded = [singular(t) if len(t) > 3 else t for t in raw]
        for n in (1, 2, 3):
            for i in range(len(folded) - n + 1):
                key = " ".join(folded[i : i + n])
                if key in keys:
                    seen.setdefault(key, Counter())[" ".join(cased[i : i + n])] += 1
    return {k: c.most_common(1)[0][0] for k, c in seen.items()}


def z_score(a: int, n1: int, b: int, n0: int) -> float:
    """Two-proportion z: how far a/n1 lies above b/n0 for their counts."""
    p = (a + b) / (n1 + n0)
    spread = math.sqrt(p * (1 - p) * (1 / n1 + 1 / n0)) if 0 < p < 1 else 0.0
    return (a / n1 - b / n0) / spread if spread else 0.0


def rising(
    window: Sequence[Paper], baseline: Sequence[Paper], terms_of: dict[str, set[str]], shown: int = SHOWN
) -> list[Rise]:
    """The phrases whose share rose the most from `baseline` to `window`, one per group of phrases naming
    mostly the same papers; `terms_of` holds each paper's phrases (title and summary)."""
    if not window or not baseline:
        return []
    titled = Counter(k for p in window for k in phrases(tokens(p.title)))
    names = name_words(window)
    candidates = {k for k, n in titled.items() if n >= MIN_TITLES and (" " in k or k in names)}
    named: dict[str, list[Paper]] = {k: [] for k in candidates}
    for p in window:
        for k in terms_of[p.id] & candidates:
            named[k].append(p)
    before = Counter(k for p in baseline for k in terms_of[p.id] & candidates)
    titled_before = Counter(k for p in baseline for k in phrases(tokens(p.title)) & candidates)
    n1, n0 = len(window), len(baseline)
    # the titles must rise too, and the phrase be no word of the summaries' own template ("the primary
    # objective", far commoner in summaries than in titles): those rise when the digests change how they
    # write, not when the papers change what they study
    rises = [
        (k, len(ps), before[k], z_score(len(ps), n1, before[k], n0))
        for k, ps in named.items()
        if len(ps) >= MIN_PAPERS
        and len(ps) / n1 >= RISE * before[k] / n0
        and titled[k] / n1 >= RISE * titled_before[k] / n0
        and len(ps) < TEMPLATE * titled[k]
    ]
    rises.sort(key=lambda r: (-r[3], r[0]))
    kept: list[tuple[str, int, int, float]] = []
    for r in rises:
        mine = {p.id for p in named[r[0]]}
        if any(len(mine & (o := {p.id for p in named[k[0]]})) / min(len(mine), len(o)) >= SAME_PAPERS for k in kept):
            continue
        kept.append(r)
        if len(kept) == shown:
            break
    forms = surface_forms(window, {k for k, *_ in kept})
    return [
        Rise(forms.get(k, k), k, a, b, a / n1, b / n0, z, sorted(named[k], key=lambda p: (p.date, p.id)))
        for k, a, b, z in kept
    ]


def month_start(day: str, back: int = 0) -> str:
    """The first day of the month `back` months before the one holding `day`."""
    y, m = int(day[:4]), int(day[5:7]) - back
    while m < 1:
        y, m = y - 1, m + 12
    return f"{y:04d}-{m:02d}-01"


def month_end(day: str) -> str:
    y, m = int(day[:4]), int(day[5:7])
    return f"{y:04d}-{m:02d}-{calendar.monthrange(y, m)[1]:02d}"


def spans(since: str, until: str, latest: str) -> tuple[tuple[str, str], tuple[str, str]]:
    """(window, baseline): the period asked (else the last RECENT_MONTHS months up to `latest`), ended at
    `latest`, and the span as long just before it, in whole months when the window is whole months."""
    if not since:
        since, until = month_start(latest, RECENT_MONTHS - 1), month_end(latest)
    until = min(until, latest) if until else latest
    if since.endswith("-01") and (until == month_end(until) or until == latest):
        months = (int(until[:4]) - int(since[:4])) * 12 + int(until[5:7]) - int(since[5:7]) + 1
        start = month_start(since, months)
        end = (date.fromisoformat(since) - timedelta(days=1)).isoformat()
        return (since, until), (start, end)
    days = (date.fromisoformat(until) - date.fromisoformat(since)).days + 1
    start = (date.fromisoformat(since) - timedelta(days=days)).isoformat()
    return (since, until), (start, (date.fromisoformat(since) - timedelta(days=1)).isoformat())


def span_label(since: str, until: str, last: str = "") -> str:
    """A span as a reader names it: "2025", "March 2025", "2025-08 to 2025-10", else its days; a span cut
    at the digests' last day (`last`) is named by its months."""
    whole = since.endswith("-01") and until in (month_end(until), last)
    if whole and since[:4] == until[:4] and since[5:7] == "01" and until == f"{until[:4]}-12-31":
        return since[:4]
    if whole and since[:7] == until[:7]:
        return f"{calendar.month_name[int(since[5:7])]} {since[:4]}"
    if whole:
        return f"{since[:7]} to {until[:7]}"
    return f"{since} to {until}"

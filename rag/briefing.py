"""A week of papers → a one-page briefing: figures, themes, picks per category, code and data.

Every paper of the range appears in exactly one theme and once in the references; every other
mention is a citation `[n]` into those references. Themes are clusters of the papers' stored
embeddings. Names and overviews are built from the summaries, or written by an LLM when one is
configured (from the cited papers only, citations checked like any answer).
"""

from __future__ import annotations

import base64
import io
import math
import re
from collections import Counter
from collections.abc import Collection
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from rag.citations import check_citations, fence
from rag.extractive import ExtractiveBackend
from rag.llm import Backend, LLMError
from rag.papers import Paper
from rag.prompts import prompt
from rag.render import plural
from rag.safe import allowed_link, safe_markdown
from rag.settings import Settings
from rag.text import sentences
from rag.themes import Named, bears, carries, central_phrase, name_theme, period_terms, same_topic
from rag.weeks import days_note, iso_week, iso_week_range, missing_digests

WEEK_RE = re.compile(r"^(\d{4})-W(\d{1,2})$", re.I)
DAY_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
OTHER = "Other papers"  # the theme of papers no named theme holds
MIN_THEME = 3  # fewer papers make no theme of their own
SPLITS = 2  # a cluster no term names is split in two, and its halves again, this many times at most
CHART_CATEGORIES = 8  # bars that stay readable at 3.6 inches; the rest are summed into one bar


class BriefingError(ValueError):
    pass


def week_range(week: str, field: str = "--week") -> tuple[str, str]:
    """`2025-W04` → ('2025-01-20', '2025-01-26'), Monday to Sunday (ISO weeks); a day names the week
    that holds it, as people often give a week by one of its dates. Errors name `field` as the caller
    spells it (a CLI flag, an API parameter)."""
    if DAY_RE.match(week.strip()):
        try:
            week = iso_week(week.strip())
        except ValueError as err:
            raise BriefingError(f"{field} {week!r}: {err}") from err
    m = WEEK_RE.match(week.strip())
    if not m:
        raise BriefingError(f"{field} {week!r}: expected an ISO week such as 2025-W04, a day of it, or last")
    try:
        return iso_week_range(int(m.group(1)), int(m.group(2)))
    except ValueError as err:
        raise BriefingError(f"{field} {week!r}: {err}") from err


def weeks_covered(papers: list[Paper]) -> list[str]:
    return sorted({iso_week(d) for p in papers for d in p.dates})


@dataclass
class Theme:
    name: str
    overview: str
    members: list[int]


@dataclass
class Briefing:
    start: str
    end: str
    papers: list[Paper]
    themes: list[Theme]
    figures: dict
    by_category: dict[str, list[int]]
    with_code: list[int]
    with_data: list[int]
    per_day: dict[str, int]
    written_by: str = "extractive"
    flags: list[str] = field(default_factory=list)
    coverage: tuple[int, int] = (0, 0)  # (weekdays with a digest, weekdays) where some lack one
    corpus_end: str = ""  # the newest digest day, where the range runs past it

    def cite(self, i: int) -> str:
        return f"[{i + 1}]"

    def to_markdown(self) -> str:
        f = self.figures
        out = [f"# Briefing: {self.start} to {self.end}", ""]
        # Categories exist in some digest layouts only: "0 categories" would read as an empty week.
        categories = f" · {plural(f['categories'], 'category', 'categories')}" if f["categories"] else ""
        out.append(
            f"**{plural(f['papers'], 'paper')}** over {plural(f['days'], 'digest day')}{categories} · "
            f"{f['with_code']} with code · {f['with_data']} with datasets or models"
        )
        note = days_note(*self.coverage) + (f" The digests end on {self.corpus_end}." if self.corpus_end else "")
        if note:
            out += ["", note.strip()]
        out += ["", f"*Themes written by: {self.written_by}.*", "", "## Themes", ""]
        for theme in self.themes:
            out += [f"### {theme.name} ({len(theme.members)})", ""] + ([theme.overview, ""] if theme.overview else [])
            for i in theme.members:
                p = self.papers[i]
                out.append(f"- {self.cite(i)} **{p.title}** ({p.date})")
            out.append("")
        if self.by_category:
            out += ["## Notable papers by category", ""]
            for cat, members in self.by_category.items():
                out.append(f"- **{cat}**: " + ", ".join(f"{self.papers[i].title} {self.cite(i)}" for i in members))
            out.append("")
        out += ["## Papers with code or data", ""]
        if not (self.with_code or self.with_data):
            out.append("No paper of this range links code or data.")
        for i in self.with_code:
            out.append(f"- {self.papers[i].title} {self.cite(i)}: code {autolinks(self.papers[i].code_urls)}")
        for i in self.with_data:
            out.append(f"- {self.papers[i].title} {self.cite(i)}: data {autolinks(self.papers[i].resource_urls)}")
        out += ["", "## References", ""]
        for i, p in enumerate(self.papers):
            out.append(f"{i + 1}. [{p.title}]({p.url}) — {', '.join(p.authors[:3]) or 'authors not listed'} ({p.date})")
        return "\n".join(out) + "\n"

    def html_body(self, chart: bool = True) -> str:
        """The briefing as an HTML fragment (any HTML from a digest shown as text); the chart is optional."""
        from markdown_it import MarkdownIt

        body = MarkdownIt("commonmark", {"html": False}).render(safe_markdown(self.to_markdown()))
        png = chart_png(self) if chart else ""
        per = "category" if self.by_category else "theme"
        img = f'<img alt="papers per day and per {per}" src="data:image/png;base64,{png}">' if png else ""
        if img and self.by_category and (carrying := sum(bool(p.categories) for p in self.papers)) < len(self.papers):
            # categories come from some digest layouts only: the chart's second panel counts those papers alone
            said = f"Per category: the {carrying} of {len(self.papers)} papers whose digest row gives one."
            img += f"<p><small>{said}</small></p>"
        title, _, rest = str(body).partition("</h1>\n")  # the title first, then the chart
        return f"{title}</h1>\n{img}{rest}"

    def to_html(self) -> str:
        return (
            "<!doctype html><html lang=en><head><meta charset=utf-8>"
            f"<title>Briefing {self.start} to {self.end}</title><style>"
            "body{font:16px/1.5 system-ui,sans-serif;max-width:860px;margin:2em auto;padding:0 1em;color:#222}"
            "h1{font-size:1.6em}h3{margin-bottom:.2em}img{max-width:100%}a{color:#1a5fb4}"
            f"</style></head><body>{self.html_body()}</body></html>"
        )

    def to_dict(self) -> dict:
        return {
            "start": self.start,
            "end": self.end,
            "figures": self.figures,
            "corpus_end": self.corpus_end,
            "written_by": self.written_by,
            "themes": [
                {"name": t.name, "overview": t.overview, "papers": [self.papers[i].id for i in t.members]}
                for t in self.themes
            ],
            "papers": [{"n": i + 1, "id": p.id, "title": p.title, "url": p.url} for i, p in enumerate(self.papers)],
        }


def autolinks(urls: list[str]) -> str:
    """URLs as CommonMark autolinks, so the HTML briefing links them and the Markdown still reads as text."""
    return ", ".join(f"<{u}>" if allowed_link(u) else u for u in urls)


def in_range(papers: list[Paper], start: str, end: str) -> list[Paper]:
    return [p for p in papers if any(start <= d <= end for d in p.dates)]


def cluster(vectors: np.ndarray, k: int) -> list[int]:
    """Average-linkage clusters on cosine distance; deterministic for the same input."""
    if len(vectors) <= 2 or k <= 1:
        return [0] * len(vectors)
    from scipy.cluster.hierarchy import fcluster, linkage

    # Ward linkage on unit vectors: balanced themes rather than one catch-all cluster.
    labels = fcluster(linkage(vectors, method="ward"), t=k, criterion="maxclust")
    return [int(x) - 1 for x in labels]


Group = tuple[list[int], Named | None]


@dataclass
class Period:
    """A range's papers with what naming their themes reads: vectors, candidate terms, and how many
    of the papers write each term."""

    papers: list[Paper]
    matrix: np.ndarray
    unnamed: frozenset[str] = frozenset()
    terms: list[frozenset[str]] = field(init=False)
    df: Counter[str] = field(init=False)

    def __post_init__(self) -> None:
        self.terms = period_terms(self.papers)
        self.df = Counter(k for t in self.terms for k in t)

    def name(self, members: list[int]) -> Named | None:
        if len(members) < MIN_THEME:
            return None
        chosen = [self.papers[i] for i in members]
        return name_theme(chosen, [self.terms[i] for i in members], self.df, len(self.papers), self.unnamed)


def named_clusters(period: Period, members: list[int], depth: int = SPLITS) -> list[Group]:
    """A cluster with the name its papers bear out, or, when none does, its two halves named in turn: a
    loose cluster holds tighter ones. A part no term names comes back with None."""
    named = period.name(members)
    if named or depth == 0 or len(members) < 2 * MIN_THEME:
        return [(members, named)]
    halves = cluster(period.matrix[members], 2)
    parts = [[i for i, h in zip(members, halves) if h == side] for side in sorted(set(halves))]
    return [g for part in parts for g in named_clusters(period, part, depth - 1)]


def regrouped(period: Period, parts: list[Group]) -> list[Group]:
    """Parts whose names lead with one topic become one theme when a name holds for them together ("Language
    Models" and "Large Language Models"). A paper whose part no term names, or that writes no term of its
    theme's name, joins the closest theme whose every name term it writes; the unnamed rest is one part
    (shown as "Other papers")."""
    alike: list[list[Group]] = []
    for part in sorted((p for p in parts if p[1]), key=lambda p: -len(p[0])):
        lead = part[1].keys[0] if part[1] else ""
        same = next((a for a in alike if a[0][1] and same_topic(a[0][1].keys[0], lead)), None)
        if same is None:
            alike.append([part])
        else:
            same.append(part)
    themes: list[Group] = []
    for same in alike:
        members = sorted(i for m, _ in same for i in m)
        named = period.name(members) if len(same) > 1 else None
        themes += [(members, named)] if named else [(sorted(m), n) for m, n in same]
    centres = [period.matrix[m].mean(axis=0) for m, _ in themes]
    loose = [i for m, named in parts if not named for i in m]
    strays = {i for m, named in themes for i in m if not carries(period.terms[i], named)}
    rest: list[int] = []
    for i in sorted([*loose, *strays]):
        if i in strays:
            next(m for m, _ in themes if i in m).remove(i)
        homes = [t for t, (_, named) in enumerate(themes) if bears(period.terms[i], named)]
        if homes:
            themes[max(homes, key=lambda t: float(period.matrix[i] @ centres[t]))][0].append(i)
        else:
            rest.append(i)
    return [(sorted(m), n) for m, n in themes if m] + ([(rest, None)] if rest else [])


def first_sentence(paper: Paper, limit: int = 280) -> str:
    said = sentences(paper.summary)
    text = re.sub(r"\*\*[^*]{0,60}\*\*:?\s*", "", (said or [paper.title])[0]).strip()
    text = re.sub(r"^(?:[ivx]{1,4}|[a-e])\)\s*", "", text)
    return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0] + " …"


def short_names(members: list[Paper], n: int = 3, longest: int = 30) -> str:
    """Up to `n` members by the names their titles open with ("UItron · UI-TARS-2"): a theme of a
    topic's summary whose papers share no word but the topic's, named by them rather than by one title."""
    names = [p.title.split(":")[0].strip() for p in members if ":" in p.title]
    return " · ".join([name for name in names if 0 < len(name) <= longest][:n])


def central(indices: list[int], vectors: np.ndarray) -> list[int]:
    """Members ordered by closeness to their theme's centre, most typical first."""
    centre = vectors[indices].mean(axis=0)
    return sorted(indices, key=lambda i: (-float(vectors[i] @ centre), i))


def build_briefing(
    papers: list[Paper],
    vectors: dict[str, np.ndarray],
    start: str,
    end: str,
    backend: Backend | None = None,
    settings: Settings | None = None,
    tiers: dict[str, int] | None = None,
    unnamed: frozenset[str] = frozenset(),
    digest_days: Collection[str] | None = None,
) -> Briefing:
    """The briefing of `start`..`end`; themes are named from the summaries unless the backend writes them.

    A topic's summary passes `tiers` (paper id → how plainly it is about the topic, 0 most): within a
    theme those papers lead and open its overview, and the theme holding the plainest one comes first
    ("Other papers" always last), so a theme never opens with a paper that only names the topic on its
    way to something else.
    `digest_days` (the days of `papers` by default) tell which weekdays of the range lack a digest."""
    week = sorted(in_range(papers, start, end), key=lambda p: (p.date, p.id))
    if not week:
        days = sorted({d for p in papers for d in p.dates})
        if days and days[0] <= start and end <= days[-1]:  # inside the span: those days' digests list no paper
            raise BriefingError(
                f"no digest lists a paper between {start} and {end}, though the corpus runs from {days[0]} to "
                f"{days[-1]}: those days' digests are empty or missing"
            )
        covers = f"{days[0]} to {days[-1]}" if days else "nothing yet (run `rag ingest`)"
        raise BriefingError(f"no papers between {start} and {end}; the corpus covers {covers}")
    matrix = np.stack([vectors[p.id] for p in week])
    k = max(1, min(8, round(math.sqrt(len(week) / 2))))
    labels = cluster(matrix, k)
    groups: dict[int, list[int]] = {}
    for i, label in enumerate(labels):
        groups.setdefault(label, []).append(i)
    tier = {i: (tiers or {}).get(p.id, 0) for i, p in enumerate(week)}
    period = Period(week, matrix, unnamed)
    parts = [g for m in groups.values() for g in named_clusters(period, m)]
    if any(named for _, named in parts):
        parts = regrouped(period, parts)
    else:  # no term sets any part apart: the clusters as they are, each named by its own papers
        parts = [(m, None) for m in groups.values()]
    themes, rest = [], set()  # rest: the papers no named theme holds, told last ("Other papers" or their names)
    for members, named in parts:
        ordered = sorted(central(members, matrix), key=lambda i: (tier[i], -carries(period.terms[i], named)))
        chosen, terms = [week[i] for i in ordered], [period.terms[i] for i in ordered]
        if named:
            name = named.name
        elif any(n for _, n in parts) and not unnamed:
            name = OTHER
        else:  # in a topic's summary every paper is on the topic: the rest is told by its own papers
            name = (unnamed and short_names(chosen)) or central_phrase(chosen, terms, unnamed)
        # "Other papers" share no topic for an overview to tell: their titles are told instead
        lead = [] if name == OTHER else [f"{first_sentence(week[i])} [{i + 1}]" for i in ordered[:2]]
        themes.append(Theme(name=name, overview=" ".join(lead), members=ordered))
        if not named and any(n for _, n in parts):
            rest.add(ordered[0])
    themes.sort(  # the plainest paper's theme first; the rest after the named themes of its tier, "Other papers" last
        key=lambda t: (
            t.name == OTHER,
            min(tier[i] for i in t.members),
            t.members[0] in rest,
            -len(t.members),
            min(t.members),
        )
    )
    days = sorted({d for p in week for d in p.dates if start <= d <= end})
    published = {d for p in papers for d in p.dates} if digest_days is None else digest_days
    categories = Counter(c for p in week for c in p.categories)
    by_category: dict[str, list[int]] = {}
    for cat, _ in categories.most_common():
        members = [i for i, p in enumerate(week) if cat in p.categories]
        by_category[cat] = sorted(members, key=lambda i: (not week[i].has_code, i))[:3]
    briefing = Briefing(
        start=start,
        end=end,
        papers=week,
        themes=themes,
        figures={
            "papers": len(week),
            "days": len(days),
            "categories": len(categories),
            "with_code": sum(p.has_code for p in week),
            "with_data": sum(p.has_data for p in week),
        },
        by_category=by_category,
        with_code=[i for i, p in enumerate(week) if p.has_code],
        with_data=[i for i, p in enumerate(week) if p.has_data],
        per_day={d: sum(d in p.dates for p in week) for d in days},
        coverage=missing_digests(start, end, published),
        corpus_end=max(published) if published and end > max(published) else "",
    )
    write_with_llm(briefing, backend or ExtractiveBackend(), (settings or Settings()).prompts_dir)
    return briefing


def write_with_llm(briefing: Briefing, backend: Backend, prompts_dir: Path) -> None:
    """Let the LLM name each theme and write its overview from that theme's papers only.

    A backend that writes nothing (extractive) leaves the themes built from the summaries.
    """
    template = prompt("briefing_theme", prompts_dir)
    try:
        for theme in briefing.themes:
            sources = "\n".join(
                f'<source n="{i + 1}">{fence(briefing.papers[i].title)}: '
                f"{fence(first_sentence(briefing.papers[i], 400))}</source>"
                for i in theme.members[:12]
            )
            text = backend.complete("You write short research briefings.", template.format(sources=sources))
            name, _, overview = text.strip().partition("\n")
            overview, flags = check_citations(overview.strip(), {i + 1 for i in theme.members})
            if name.strip() and overview:
                theme.name, theme.overview = safe_markdown(name.strip().strip("#* ")), safe_markdown(overview)
                briefing.flags += flags
        briefing.written_by = backend.name
    except LLMError as err:
        briefing.flags.append(f"{backend.name} failed ({err}); themes written from the summaries")


def chart_png(briefing: Briefing) -> str:
    """Papers per day and per theme as one PNG, base64 for embedding in the HTML page."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, (left, right) = plt.subplots(1, 2, figsize=(10, 3.6), dpi=100)
    days = list(briefing.per_day)
    left.bar([d[5:] for d in days], [briefing.per_day[d] for d in days], color="#1a5fb4")
    left.set_title("Papers per day")
    counts = Counter({c: len(m) for c, m in ((t.name[:28], t.members) for t in briefing.themes)})
    if briefing.by_category:
        cats = Counter(c for p in briefing.papers for c in p.categories).most_common()
        shown = CHART_CATEGORIES if len(cats) > CHART_CATEGORIES + 1 else len(cats)
        counts = Counter(dict(cats[:shown]))
        if rest := cats[shown:]:
            counts[f"{len(rest)} other categories"] = sum(n for _, n in rest)
        right.set_title("Papers per category")
    else:
        right.set_title("Papers per theme")
    names = list(counts)[::-1]
    right.barh(names, [counts[n] for n in names], color="#26a269")
    fig.tight_layout()
    buf = io.BytesIO()
    fig.savefig(buf, format="png")
    plt.close(fig)
    return base64.b64encode(buf.getvalue()).decode()

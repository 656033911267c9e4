"""Weekly briefings as an Atom feed (RFC 4287), and which week counts as "last".

One entry per complete ISO week that has papers, newest first, its content the week's HTML
briefing (without the chart: feed readers drop inline images). Ids are the entries' own URLs
under the public URL, so they stay the same from one build to the next; `updated` is the end of
the week, so an unchanged week builds an identical entry.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import date, timedelta

import numpy as np

from rag.briefing import BriefingError, build_briefing, week_range, weeks_covered
from rag.llm import Backend
from rag.papers import Paper
from rag.settings import Settings

ATOM_NS = "http://www.w3.org/2005/Atom"
FEED_TITLE = "rag · weekly AI-paper briefings"
DEFAULT_WEEKS = 8


def public_url(settings: Settings) -> str:
    """Where `rag serve` is reached (RAG_PUBLIC_URL, else its host and port), ending in `/`."""
    url = settings.public_url or f"http://{settings.host}:{settings.port}/"
    return url if url.endswith("/") else url + "/"


def complete_weeks(papers: list[Paper], today: date) -> list[str]:
    """Weeks with papers, oldest first, without the newest one while it may still grow.

    The newest week is complete once it is over (its Sunday is before today) and the index reaches
    its Friday: digests come out on weekdays. An older week is complete because a later day exists.
    """
    weeks = weeks_covered(papers)
    if not weeks:
        return []
    last = max(d for p in papers for d in p.dates)
    monday = date.fromisoformat(week_range(weeks[-1])[0])
    if not (monday + timedelta(days=6) < today and date.fromisoformat(last) >= monday + timedelta(days=4)):
        weeks = weeks[:-1]
    return weeks


def last_complete_week(papers: list[Paper], today: date | None = None) -> str:
    weeks = complete_weeks(papers, today or date.today())
    if not weeks:
        days = sorted({d for p in papers for d in p.dates})
        covers = f"{days[0]} to {days[-1]}" if days else "nothing yet (run `rag ingest`)"
        raise BriefingError(f"no complete week in the index; it covers {covers}")
    return weeks[-1]


def default_week(papers: list[Paper], today: date | None = None) -> str | None:
    """The week a briefing shows unless asked: the last complete one, as `--week last` reads it; the
    newest while none is complete yet; None in an empty index."""
    weeks = complete_weeks(papers, today or date.today()) or weeks_covered(papers)
    return weeks[-1] if weeks else None


def rfc3339(day: str, end_of_day: bool = True) -> str:
    return f"{day}T23:59:59Z" if end_of_day else f"{day}T00:00:00Z"


def atom_feed(
    papers: list[Paper],
    vectors: dict[str, np.ndarray],
    settings: Settings,
    weeks: int = DEFAULT_WEEKS,
    until_week: str = "",
    backend: Backend | None = None,
    today: date | None = None,
    link_query: str = "",
) -> str:
    """The last `weeks` complete weeks (or those up to `until_week`) as an Atom document; `link_query` ("?token=…")
    rides on the links a reader follows, never on the ids, which stay the same whoever reads."""
    base = public_url(settings)
    covered = complete_weeks(papers, today or date.today())
    if until_week:
        week_range(until_week)  # a malformed week is an error, not an empty feed
        covered = [w for w in weeks_covered(papers) if w <= until_week]
    chosen = covered[-weeks:][::-1] if weeks > 0 else []

    ET.register_namespace("", ATOM_NS)
    feed = ET.Element(f"{{{ATOM_NS}}}feed")

    def sub(parent: ET.Element, tag: str, text: str = "", **attrs: str) -> ET.Element:
        node = ET.SubElement(parent, f"{{{ATOM_NS}}}{tag}", attrs)
        if text:
            node.text = text
        return node

    sub(feed, "id", f"{base}feed.xml")
    sub(feed, "title", FEED_TITLE)
    sub(feed, "subtitle", "One briefing per ISO week: themes, notable papers, code and data, references.")
    updated = sub(feed, "updated")
    sub(feed, "link", rel="self", type="application/atom+xml", href=f"{base}feed.xml{link_query}")
    sub(feed, "link", rel="alternate", type="text/html", href=base)
    author = sub(feed, "author")
    sub(author, "name", "rag")
    sub(feed, "generator", "rag")
    newest = ""
    for week in chosen:
        start, end = week_range(week)
        briefing = build_briefing(papers, vectors, start, end, backend=backend, settings=settings)
        url = f"{base}briefing/{week}.html"
        entry = sub(feed, "entry")
        sub(entry, "id", url)
        sub(entry, "title", f"Briefing {week}: {start} to {end} ({briefing.figures['papers']} papers)")
        sub(entry, "updated", rfc3339(end))
        sub(entry, "published", rfc3339(end))
        sub(entry, "link", rel="alternate", type="text/html", href=url + link_query)
        themes = "; ".join(t.name for t in briefing.themes)
        sub(entry, "summary", f"{briefing.figures['papers']} papers. Themes: {themes}.", type="text")
        sub(entry, "content", briefing.html_body(chart=False), type="html")
        newest = max(newest, end)
    updated.text = rfc3339(newest) if newest else rfc3339((today or date.today()).isoformat(), end_of_day=False)
    ET.indent(feed)
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(feed, encoding="unicode") + "\n"

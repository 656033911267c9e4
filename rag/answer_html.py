"""An answer as HTML: the shaped view (comparison table, papers-per-month chart) and a standalone page.

The UI shows the shaped view beside the chat; `rag ask --format html` writes the whole page.
Every string from a digest or a model is escaped; the answer's markdown is rendered with raw HTML
off, after `safe_markdown`, so an answer can neither run script nor show an image.
"""

from __future__ import annotations

import html
import re

from rag.citations import CITATION_RE
from rag.records import Answer
from rag.safe import safe_markdown

TABLE_RULE_RE = re.compile(r"^\s*\|?\s*:?-{3,}", re.M)

PAGE_CSS = (
    "body{font:16px/1.5 system-ui,sans-serif;max-width:860px;margin:2em auto;padding:0 1em;color:#222}"
    "h1{font-size:1.4em}a{color:#1a5fb4}table{border-collapse:collapse;margin:1em 0}"
    "th,td{border:1px solid #ccc;padding:4px 8px;text-align:left;vertical-align:top}"
    ".chart .row{display:grid;grid-template-columns:64px 1fr 36px;gap:6px;align-items:center;font-size:13px;"
    "margin:2px 0}"
    ".chart .bar{height:12px;border-radius:3px;background:#6366f1}.chart .n{text-align:right;color:#555}"
    ".chart.series .row{grid-template-columns:64px 1fr 64px}.chart .bars .bar{height:8px;margin:1px 0}"
    ".sources-head{font-weight:600}.meta{color:#555;font-size:14px}"
)


def esc(text: str) -> str:
    return html.escape(text or "", quote=True)


def comparison_html(rows: list[dict[str, str]]) -> str:
    columns = list(dict.fromkeys(k for row in rows for k in row))
    head = "".join(f"<th>{esc(c)}</th>" for c in columns)
    body = "".join("<tr>" + "".join(f"<td>{esc(str(r.get(c, '')))}</td>" for c in columns) + "</tr>" for r in rows)
    return f'<table class="comparison"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'


def trend_html(counts: dict[str, int]) -> str:
    """Papers per month as bars: plain HTML, so it needs no plotting library and shows on any screen."""
    top = max(counts.values(), default=0) or 1
    rows = "".join(
        f'<div class="row" data-month="{esc(m)}"><span>{esc(m)}</span>'
        f'<div class="bar" style="width:{100 * n / top:.1f}%"></div><span class="n">{n}</span></div>'
        for m, n in sorted(counts.items())
    )
    return f'<div class="chart"><p class="sources-head">Papers per month</p>{rows}</div>'


SERIES_COLOURS = ("#6366f1", "#f59e0b")


def series_html(series: dict[str, dict[str, int]]) -> str:
    """Two topics' papers per month: one row per month, a bar for each topic in its own colour."""
    top = max((n for counts in series.values() for n in counts.values()), default=0) or 1
    names = list(series)
    colour = dict(zip(names, SERIES_COLOURS, strict=False))
    legend = " ".join(
        f'<span class="key" style="color:{colour.get(name, "#555")}">&#9632; {esc(name)}</span>' for name in names
    )
    months = sorted({m for counts in series.values() for m in counts})
    rows = []
    for m in months:
        bars = "".join(
            f'<div class="bar" data-series="{esc(name)}" style="width:{100 * series[name].get(m, 0) / top:.1f}%;'
            f'background:{colour.get(name, "#555")}"></div>'
            for name in names
        )
        numbers = " / ".join(str(series[name].get(m, 0)) for name in names)
        rows.append(
            f'<div class="row" data-month="{esc(m)}"><span>{esc(m)}</span><div class="bars">{bars}</div>'
            f'<span class="n">{numbers}</span></div>'
        )
    return f'<div class="chart series"><p class="sources-head">Papers per month</p><p>{legend}</p>{"".join(rows)}</div>'


def intent_html(answer: Answer | None, table: bool = True) -> str:
    """The view an answer's shape asks for: a table for a comparison, a chart for a trend."""
    if answer is None:
        return ""
    parts = []
    if answer.table and table:
        parts.append(comparison_html(answer.table))
    if answer.counts:
        parts.append(trend_html(answer.counts))
    if answer.series:
        parts.append(series_html(answer.series))
    if not parts:
        return ""
    return f'<div id="intent-view" class="intent" data-intent="{esc(answer.intent)}">{"".join(parts)}</div>'


def markdown_html(text: str, answer: Answer) -> str:
    """The answer's markdown as HTML, each valid `[n]` a link to its paper; raw HTML in it shows as text."""
    from markdown_it import MarkdownIt

    urls = {s.n: s.hit.paper.url for s in answer.sources}
    linked = CITATION_RE.sub(
        lambda m: f"[[{m.group(1)}]]({urls[int(m.group(1))]})" if int(m.group(1)) in urls else m.group(0),
        safe_markdown(text),
    )
    page: str = MarkdownIt("commonmark", {"html": False}).enable("table").render(linked)
    return page


def references_html(answer: Answer) -> str:
    cited = {c["n"] for c in answer.citations}
    shown = [s for s in answer.sources if s.n in cited]
    if not shown:
        return ""
    items = "".join(
        f'<li value="{s.n}"><a href="{esc(s.hit.paper.url)}">{esc(s.hit.paper.title)}</a> '
        f'<span class="meta">{esc(s.hit.paper.id)} · {esc(s.hit.paper.date)}</span></li>'
        for s in shown
    )
    return f'<h2>References</h2><ol class="references">{items}</ol>'


def answer_page(answer: Answer) -> str:
    """A standalone HTML page of one answer: question, answer, shaped view, the papers it cites."""
    used = answer.backend if answer.backend not in ("", "none") else "extractive"
    note = "" if answer.covered else " · not covered by the digests"
    in_text = bool(TABLE_RULE_RE.search(answer.answer))
    return (
        "<!doctype html><html lang=en><head><meta charset=utf-8>"
        f"<title>{esc(answer.question)}</title><style>{PAGE_CSS}</style></head><body>"
        f"<h1>{esc(answer.question)}</h1>{markdown_html(answer.answer, answer)}{intent_html(answer, table=not in_text)}"
        f"{references_html(answer)}{checks_html(answer)}"
        f"<p class=meta>Answered by {esc(used)}{note}.</p></body></html>\n"
    )


def checks_html(answer: Answer) -> str:
    """What the citation check removed or could not vouch for, and a backend's fallback: the page says what the
    terminal says."""
    notes = [f"note: {answer.fallback}"] if answer.fallback else []
    notes += [f"[citation check] {flag}" for flag in answer.flags]
    return f'<ul class="checks">{"".join(f"<li>{esc(n)}</li>" for n in notes)}</ul>' if notes else ""

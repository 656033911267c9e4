"""Answers and corpus figures for a terminal: rich markdown on a TTY, plain text in a pipe.

The answer is split into prose and paper entries. A list item that names a cited paper's title
becomes that paper's entry (number, title, date, link), so each paper is shown once; cited papers
the text only mentions by number follow under "Sources". `--json` never comes here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from rag.citations import CITATION_RE
from rag.papers import Paper
from rag.records import Answer
from rag.safe import safe_markdown

if TYPE_CHECKING:  # rich is imported where it draws: a pipe gets plain text without loading it
    from rich.console import Console, Group
    from rich.table import Table

ITEM_RE = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+(?P<body>.+)$")
EMPHASIS_RE = re.compile(r"(\*\*|__)(.+?)\1")
HEADING_RE = re.compile(r"^#{1,6}\s+", re.MULTILINE)
# A theme of a summary ("**Quokka …** (2 papers): …") is prose even when a paper's title names it.
THEME_ITEM_RE = re.compile(r"^\*\*[^*]+\*\*\s*\((?:[\d,]+ papers?|close to it only)\b")


@dataclass
class Entry:
    """One paper, shown once: its number in the answer, record, and what the answer says of it."""

    n: int
    paper: Paper
    note: str = ""


@dataclass
class Layout:
    """The answer as alternating prose and entries, then the cited papers not shown as entries."""

    blocks: list[str | Entry] = field(default_factory=list)
    sources: list[Entry] = field(default_factory=list)


def plural(n: int, word: str, many: str = "") -> str:
    return f"{n:,} {word if n == 1 else many or word + 's'}"


def strip_markdown(text: str) -> str:
    """Plain text for a pipe: no `**bold**`, no heading marks."""
    return HEADING_RE.sub("", EMPHASIS_RE.sub(r"\2", text))


def entry_note(line: str, paper: Paper, n: int) -> str:
    """What a list item says beyond the title, date and citation number it repeats."""
    note = EMPHASIS_RE.sub(r"\2", line)
    note = re.sub(re.escape(paper.title), "", note, count=1, flags=re.IGNORECASE)
    for date in paper.dates:
        note = note.replace(f"({date})", "")
    note = note.replace(f"[{n}]", "")
    return re.sub(r"\s+", " ", note).strip(" :—–-")


def layout(answer: Answer) -> Layout:
    """Pure: which lines are prose, which are paper entries, which papers go under Sources."""
    by_n = {s.n: s.hit.paper for s in answer.sources}
    cited = [c["n"] for c in answer.citations]
    shown: set[int] = set()
    out = Layout()
    prose: list[str] = []
    for line in answer.answer.splitlines():
        match = ITEM_RE.match(line)
        entry = None
        if match and not THEME_ITEM_RE.match(match["body"]):
            low = match["body"].lower()
            for n in (int(x) for x in CITATION_RE.findall(match["body"])):
                paper = by_n.get(n)
                if paper and n not in shown and paper.title.lower() in EMPHASIS_RE.sub(r"\2", low):
                    entry = Entry(n, paper, entry_note(match["body"], paper, n))
                    break
        if entry is None:
            prose.append(line)
            continue
        if "\n".join(prose).strip():
            out.blocks.append("\n".join(prose).strip())
        prose = []
        out.blocks.append(entry)
        shown.add(entry.n)
    if "\n".join(prose).strip():
        out.blocks.append("\n".join(prose).strip())
    out.sources = [Entry(n, by_n[n]) for n in cited if n not in shown and n in by_n]
    return out


def paper_links(paper: Paper) -> list[str]:
    return [paper.url, *paper.code_urls[:1]]


def plain_entry(entry: Entry) -> str:
    lines = [f"[{entry.n}] {entry.paper.title} ({entry.paper.date})"]
    if entry.note:
        lines.append(f"    {strip_markdown(entry.note)}")
    lines.append("    " + "  ".join(paper_links(entry.paper)))
    return "\n".join(lines)


def answer_plain(answer: Answer) -> str:
    """The answer for a pipe or a file: no markup, each paper once."""
    parts = []
    plan = layout(answer)
    for block in plan.blocks:
        parts.append(plain_entry(block) if isinstance(block, Entry) else strip_markdown(block))
    if plan.sources:
        parts.append("Sources:\n" + "\n".join(plain_entry(e) for e in plan.sources))
    return "\n\n".join(parts)


def rich_entry(entry: Entry) -> Table:
    from rich.table import Table
    from rich.text import Text

    grid = Table.grid(padding=(0, 1))
    grid.add_column(justify="right", width=4, no_wrap=True)
    grid.add_column(overflow="fold")
    body = Text()
    body.append(entry.paper.title, style="bold")
    body.append(f"  {entry.paper.date}", style="dim")
    if entry.note:
        body.append("\n")
        body.append_text(Text.from_markup(escape_markup(strip_markdown(entry.note))))
    for url in paper_links(entry.paper):
        body.append("\n")
        body.append(url, style="cyan")
    grid.add_row(Text(f"[{entry.n}]", style="bold cyan"), body)
    return grid


def escape_markup(text: str) -> str:
    from rich.markup import escape

    return escape(text)


def answer_rich(answer: Answer) -> Group:
    """The answer for a terminal: markdown prose, entries with hanging indents, wrapped to the width."""
    from rich.console import Group, RenderableType
    from rich.markdown import Markdown
    from rich.text import Text

    items: list[RenderableType] = []
    plan = layout(answer)
    for block in plan.blocks:
        items.append(rich_entry(block) if isinstance(block, Entry) else Markdown(safe_markdown(block)))
        items.append(Text(""))
    if plan.sources:
        items.append(Text("Sources", style="bold"))
        for entry in plan.sources:
            items.append(rich_entry(entry))
    return Group(*items)


def print_answer(answer: Answer, console: Console) -> None:
    """Rendered on a terminal, plain text otherwise (a pipe, a file, `TERM=dumb`)."""
    if console.is_terminal:
        console.print(answer_rich(answer))
    else:
        console.file.write(answer_plain(answer) + "\n")


def stats_table(data: dict) -> Group:
    """`rag stats`: the corpus figures, then papers per category, as two small tables."""
    from rich.console import Group
    from rich.table import Table
    from rich.text import Text

    figures = Table(show_header=False, box=None, padding=(0, 2))
    figures.add_column(style="bold")
    figures.add_column(justify="right")
    figures.add_row("papers", f"{data['papers']:,}")
    figures.add_row("digest days", f"{data['days']:,}")
    figures.add_row("first day", data["first_day"] or "-")
    figures.add_row("last day", data["last_day"] or "-")
    figures.add_row("with code", f"{data['with_code']:,}")
    figures.add_row("with data or models", f"{data['with_data']:,}")
    cats = Table(title=None, show_edge=False, padding=(0, 2))
    cats.add_column("category")
    cats.add_column("papers", justify="right")
    for name, count in data["categories"].items():
        cats.add_row(name, f"{count:,}")
    return Group(figures, Text(""), cats) if data["categories"] else Group(figures)


def searching_line(papers: int) -> str:
    return f"searching {plural(papers, 'paper')}…"


def answered_by(answer: Answer, configured: str) -> str:
    """What wrote the answer. Where a configured model was not asked (counts, tables, definitions and long
    lists are built from the digests' own sentences), say so: a user who set one up would wonder why."""
    used = answer.backend or configured
    if used == "extractive" and configured not in ("extractive", "server", "none", "") and not answer.fallback:
        return f"extractive: {configured} writes open answers and short lists, this kind is built from the digests"
    return used

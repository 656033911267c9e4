"""Parse one daily digest (markdown) into rows.

A digest is a `## Papers for YYYY-MM-DD` heading and one table. Several table layouts exist;
the header names the columns, so the layout is read from the header rather than guessed.
Everything here is pure: text in, rows and warnings out.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass, field
from datetime import date as calendar_date
from pathlib import Path

from rag.safe import scheme_of, web_url

KNOWN_COLUMNS = {
    "title": "title",
    "authors": "authors",
    "summary": "summary",
    "link": "link",
    "category": "category",
    "classification": "category",
    "github urls": "github",
    "huggingface urls": "huggingface",
}

DATE_RE = re.compile(r"^##\s*Papers\s+for\s+(\d{4}-\d{2}-\d{2})\s*$", re.IGNORECASE)
FILENAME_DATE_RE = re.compile(r"(\d{4}-\d{2}-\d{2})")
SEPARATOR_RE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")
CELL_SPLIT_RE = re.compile(r"(?<!\\)\|")
LINK_RE = re.compile(r"\[([^\]]*)\]\(([^)\s]*)\)")
READ_MORE_RE = re.compile(r"\s*(\(\s*|-\s+)?read more on\b.*$", re.IGNORECASE | re.DOTALL)
ARXIV_ID_RE = re.compile(r"(?:arxiv\.org/(?:abs|pdf)|huggingface\.co/papers|hf\.co/papers)/(\d{4}\.\d{4,5})")
MD_ESCAPE_RE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|<>~])")
BARE_URL_RE = re.compile(r"(?:https?://)?(?:www\.)?(?:github\.com|huggingface\.co|hf\.co|arxiv\.org)/\S+")
EMPTY_CELL = {"", "n/a"}
NO_LINK = EMPTY_CELL | {"na", "none", "null", "-"}


class DigestError(ValueError):
    """A file that cannot be read as a digest at all (no date, unknown header)."""


@dataclass(frozen=True)
class RowWarning:
    source: str
    line: int
    reason: str
    skipped: bool = False  # the row was left out; other warnings note what was read another way

    def __str__(self) -> str:
        return f"{self.source}:{self.line}: {self.reason}"


@dataclass(frozen=True)
class Row:
    """One table row of one digest, cleaned but not yet merged with other days."""

    arxiv_id: str
    title: str
    authors: tuple[str, ...]
    summary: str
    date: str
    source: str
    line: int
    categories: tuple[str, ...] = ()
    arxiv_url: str = ""
    hf_paper_url: str = ""
    code_urls: tuple[str, ...] = ()
    resource_urls: tuple[str, ...] = ()


@dataclass
class Digest:
    date: str
    source: str
    rows: list[Row] = field(default_factory=list)
    warnings: list[RowWarning] = field(default_factory=list)


def normalize_url(url: str) -> str:
    """Give scheme-less links (`github.com/x/y`) a scheme; empty for N/A and for anything not http(s).

    `javascript:`, `data:` and the like, in any case or %-encoding, are cleared here, so no later
    stage (index, UI source cards, briefings) ever holds one.
    """
    url = url.strip().strip("<>").rstrip(".,;")
    if url.lower() in NO_LINK:
        return ""
    if not scheme_of(url):
        url = "https://" + url.lstrip("/")
    return web_url(url)


def unescape(text: str) -> str:
    return MD_ESCAPE_RE.sub(r"\1", text)


def split_cells(line: str) -> list[str]:
    """Split a table row on unescaped pipes, dropping the outer empty cells."""
    text = line.strip()
    if text.startswith("|"):
        text = text[1:]
    if text.endswith("|") and not text.endswith("\\|"):
        text = text[:-1]
    return [cell.strip() for cell in CELL_SPLIT_RE.split(text)]


def parse_header(line: str, source: str, lineno: int) -> tuple[str, ...]:
    names = [c.strip().lower() for c in split_cells(line)]
    unknown = [n for n in names if n not in KNOWN_COLUMNS]
    columns = tuple(KNOWN_COLUMNS.get(n, n) for n in names)
    if unknown or "title" not in columns or "summary" not in columns:
        raise DigestError(
            f"{source}:{lineno}: unknown table header {line.strip()!r}"
            f" (known columns: {', '.join(sorted(KNOWN_COLUMNS))})"
        )
    return columns


def links_in(text: str) -> list[str]:
    """Markdown links first, then bare URLs outside them."""
    urls = [normalize_url(u) for _, u in LINK_RE.findall(text)]
    rest = LINK_RE.sub(" ", text)
    urls += [normalize_url(u) for u in BARE_URL_RE.findall(rest)]
    return [u for u in urls if u]


def clean_title(cell: str) -> str:
    title = READ_MORE_RE.sub("", cell)
    title = LINK_RE.sub(lambda m: m.group(1), title)
    return re.sub(r"\s+", " ", unescape(title)).strip()


def parse_authors(cell: str) -> tuple[str, ...]:
    if cell.strip().lower() in EMPTY_CELL:
        return ()
    return tuple(a.strip() for a in unescape(cell).split(",") if a.strip())


def parse_categories(cell: str) -> tuple[str, ...]:
    """`Machine Learning` or a Python-list string `['NLP', 'RL']`, each name normalised."""
    text = cell.strip()
    if text.lower() in EMPTY_CELL:
        return ()
    names: list[str] = []
    if text.startswith("["):
        try:
            value = ast.literal_eval(text)
            if isinstance(value, (list, tuple)):
                names = [str(v) for v in value]
        except (ValueError, SyntaxError):
            text = text.strip("[]")
    if not names:
        names = [p.strip(" '\"") for p in text.split(",")]
    return tuple(dict.fromkeys(n for n in map(normalise_category, names) if n))


JOINED_PREFIX_RE = re.compile(r"\b(Multi|Pre|Non)-(?=[A-Za-z])", re.IGNORECASE)


def normalise_category(name: str) -> str:
    """One spelling per category: `Multi-Modal`, `multimodal` and `Multi modal ` all become `Multimodal`.

    Spaces are collapsed, a bound prefix (multi-, pre-, non-) is joined to its word, and a word
    in lower case gets a capital; compounds such as `Image-Text-to-Text` keep their hyphens.
    """
    text = re.sub(r"\s+", " ", name).strip()
    text = re.sub(r"\b(multi|pre|non) (?=[a-z])", r"\1-", text, flags=re.IGNORECASE)
    text = JOINED_PREFIX_RE.sub(lambda m: m.group(1), text)
    words = [
        w[:1].upper() + w[1:] if w.islower() and (i == 0 or len(w) > 3) else w for i, w in enumerate(text.split(" "))
    ]
    text = " ".join(words)
    return re.sub(r"\b(Multi|Pre|Non)([A-Z])", lambda m: m.group(1) + m.group(2).lower(), text)


def clean_summary(cell: str) -> str:
    """Collapse whitespace; inline `- a - b` bullet lists become one bullet per line."""
    text = re.sub(r"\s+", " ", unescape(cell)).strip()
    if text.startswith("- "):
        items = re.split(r"\s+-\s+(?=[A-Z0-9\"'(\[`])", text[2:])
        text = "\n".join(f"- {item.strip()}" for item in items if item.strip())
    return text


def classify_links(urls: list[str]) -> dict[str, list[str]]:
    kinds: dict[str, list[str]] = {"arxiv": [], "hf_paper": [], "code": [], "resource": []}
    for url in urls:
        low = url.lower()
        if "arxiv.org/" in low:
            kind = "arxiv"
        elif re.search(r"(huggingface\.co|hf\.co)/papers/", low):
            kind = "hf_paper"
        elif "github.com/" in low or "gitlab.com/" in low:
            kind = "code"
        else:
            kind = "resource"
        if url not in kinds[kind]:
            kinds[kind].append(url)
    return kinds


# a repository a summary writes out ("The code … is available at https://github.com/owner/name."): a code
# link as much as one in the link cells, since a reader asking "does it have code?" means "is there a link?"
SUMMARY_REPO_RE = re.compile(r"\b(?:https?://)?(?:www\.)?(?:github\.com|gitlab\.com)/[\w.-]+/[\w.-]*[\w-]", re.I)


def summary_code_urls(summary: str) -> list[str]:
    """The repository URLs a summary writes, as written (with https:// where it has none)."""
    found = (m.group(0) for m in SUMMARY_REPO_RE.finditer(summary))
    return list(dict.fromkeys(u if u.lower().startswith("http") else f"https://{u}" for u in found))


def row_from_cells(cells: list[str], columns: tuple[str, ...], date: str, source: str, line: int) -> Row | RowWarning:
    """Build one row; extra cells (a `|` inside a summary) go back into the summary."""
    if len(cells) < len(columns):
        return RowWarning(source, line, f"expected {len(columns)} cells, found {len(cells)}; row skipped", skipped=True)
    extra = len(cells) - len(columns)
    if extra:
        at = columns.index("summary")
        cells = cells[:at] + ["|".join(cells[at : at + extra + 1])] + cells[at + extra + 1 :]
    cell = dict(zip(columns, cells))
    urls: list[str] = []
    for name in ("title", "link", "github", "huggingface"):
        urls += links_in(cell.get(name, ""))
    kinds = classify_links(urls)
    ids = [m.group(1) for u in kinds["arxiv"] + kinds["hf_paper"] if (m := ARXIV_ID_RE.search(u))]
    if not ids:
        return RowWarning(source, line, "no arXiv id in the row's links; row skipped", skipped=True)
    title = clean_title(cell["title"])
    if not title:
        return RowWarning(source, line, "empty title; row skipped", skipped=True)
    arxiv_id = ids[0]
    return Row(
        arxiv_id=arxiv_id,
        title=title,
        authors=parse_authors(cell.get("authors", "")),
        summary=clean_summary(cell["summary"]),
        date=date,
        source=source,
        line=line,
        categories=parse_categories(cell.get("category", "")),
        arxiv_url=f"https://arxiv.org/abs/{arxiv_id}",
        hf_paper_url=kinds["hf_paper"][0] if kinds["hf_paper"] else "",
        code_urls=tuple(dict.fromkeys([*kinds["code"], *summary_code_urls(cell["summary"])])),
        resource_urls=tuple(kinds["resource"]),
    )


def logical_rows(lines: list[str], start: int) -> list[tuple[int, str]]:
    """Join wrapped rows: an indented line that does not open with `|` continues the row above."""
    rows: list[tuple[int, str]] = []
    for offset, raw in enumerate(lines[start:]):
        lineno = start + offset + 1
        line = raw.rstrip()
        if not line.strip():
            continue
        opens_row = line.lstrip().startswith("|") or (not line[0].isspace() and "|" in line)
        if rows and not opens_row:
            rows[-1] = (rows[-1][0], rows[-1][1] + " " + line.strip())
        else:
            rows.append((lineno, line.strip()))
    return rows


def parse_digest(text: str, source: str) -> Digest:
    """Parse one digest. Raises DigestError for a file that is no digest; bad rows become warnings."""
    lines = text.splitlines()
    date = ""
    header_at = heading_at = -1
    for i, line in enumerate(lines):
        if not date and (m := DATE_RE.match(line.strip())):
            date, heading_at = m.group(1), i
        elif line.lstrip().startswith("|") and header_at < 0:
            header_at = i
            break
    headed, heading = bool(date), date
    named = m.group(1) if (m := FILENAME_DATE_RE.search(Path(source).name)) else ""
    if named and (why := not_a_day(named)):
        raise DigestError(f"{source}: the file name's {named} is no calendar date ({why})")
    if not named and headed and (why := not_a_day(heading)):
        raise DigestError(f"{source}:{heading_at + 1}: the heading's {heading} is no calendar date ({why})")
    date = named or date
    warnings = [date_warning(source, heading_at + 1, heading, named)] if headed and named and named != heading else []
    if not date:
        raise DigestError(f"{source}: no '## Papers for YYYY-MM-DD' heading and no date in the file name")
    if header_at < 0:
        said = [
            (n, line.strip()) for n, line in enumerate(lines, 1) if line.strip() and not DATE_RE.match(line.strip())
        ]
        if said and not headed:
            raise DigestError(f"{source}: no table found")
        digest = Digest(date=date, source=source, warnings=list(warnings))
        if said:  # "## Papers for 2025-11-01" over "No papers today.": a day without papers, not a broken file
            digest.warnings.append(
                RowWarning(source, said[0][0], f"no table: read as a day without papers ({said[0][1][:60]!r})")
            )
        elif not headed:  # an empty file: kept as a day without papers, but a user who meant otherwise is told
            digest.warnings.append(RowWarning(source, 1, "empty file: read as a day without papers"))
        return digest
    columns = parse_header(lines[header_at], source, header_at + 1)
    body = header_at + 1
    if body < len(lines) and SEPARATOR_RE.match(lines[body]):
        body += 1
    digest = Digest(date=date, source=source, warnings=list(warnings))
    first_at: dict[str, Row] = {}
    for lineno, line in logical_rows(lines, body):
        if not line.startswith("|"):
            prefix, _, rest = line.partition("|")
            digest.warnings.append(RowWarning(source, lineno, f"stray text {prefix.strip()!r} before the row; ignored"))
            line = "|" + rest
        result = row_from_cells(split_cells(line), columns, date, source, lineno)
        if isinstance(result, RowWarning):
            digest.warnings.append(result)
        else:
            if (kept := first_at.setdefault(result.arxiv_id, result)) is not result:
                digest.warnings.append(repeated(kept, result))
            digest.rows.append(result)
    return digest


def not_a_day(text: str) -> str:
    """Why a YYYY-MM-DD string is no calendar date ("2025-11-31"), empty when it is one: a stored impossible
    day would break every later date computation over the corpus."""
    try:
        calendar_date.fromisoformat(text)
    except ValueError as err:
        return str(err)
    return ""


def date_warning(source: str, line: int, said: str, named: str) -> RowWarning:
    """A heading whose date is not the file name's: the file name wins (a day's file is named by the day it
    was published, as `rag sync` keys it, and a heading copied from the day before would fold two days into
    one)."""
    return RowWarning(source, line, f"the heading says {said}, the file name {named}; read as {named}")


def repeated(kept: Row, again: Row) -> RowWarning:
    """The same paper listed twice in one day: both rows are merged into the paper as rows of two days are (its
    links, authors and both summaries kept, the first summary first), and the warning says whether the second
    said something else, naming both lines."""
    differs = [
        name for name, a, b in (("summary", kept.summary, again.summary), ("title", kept.title, again.title)) if a != b
    ]
    what = f"with another {' and '.join(differs)}" if differs else "again"
    first = kept.line
    return RowWarning(
        again.source,
        again.line,
        f"{again.arxiv_id} is listed {what} (first at line {first}); both rows are merged, line {first}'s first",
    )


def read_digest(path: Path) -> Digest:
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as err:
        raise DigestError(f"{path}: not UTF-8 text ({err.reason} at byte {err.start})") from err
    return parse_digest(text, str(path))


def digest_files(paths: list[Path]) -> list[Path]:
    """Expand folders to their `*.md` / `*.txt` files, sorted for a stable order."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files += sorted(
                p
                for p in path.rglob("*")
                if p.suffix in {".md", ".txt"} and p.is_file() and p.name.lower() != "readme.md"
            )
        elif path.exists():
            files.append(path)
        else:
            raise DigestError(f"{path}: no such file or folder")
    return files

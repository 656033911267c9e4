"""Papers → BibTeX `@misc` entries for arXiv preprints, escaped so any title survives a BibTeX parser.

Text stays UTF-8 (accents as written; biber and bibtexparser read it); the characters BibTeX or
LaTeX give a meaning to are escaped. A title's `$…$` is kept as math when its dollars pair up and
its braces balance; a lone `$` ("Earn $1 Million") is a dollar sign. Words with capitals past their
first letter (LLM, GPT-4o) are braced so bibliography styles keep their case.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable

from rag.papers import Paper

ESCAPES = {
    "\\": r"\textbackslash{}",
    "{": r"\{",
    "}": r"\}",
    "&": r"\&",
    "%": r"\%",
    "#": r"\#",
    "_": r"\_",
    "$": r"\$",
    "~": r"\textasciitilde{}",
    "^": r"\textasciicircum{}",
}
ARXIV_ID_RE = re.compile(r"(?:arxiv\.org/(?:abs|pdf)/|arxiv:)?(\d{4}\.\d{4,5})(?:v\d+)?(?:\.pdf)?$", re.IGNORECASE)
FOLD = {"ß": "ss", "ø": "o", "æ": "ae", "œ": "oe", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "ı": "i"}
TITLE_STOP = frozenset(
    "a an the on of in for to and with towards toward is are do does can how what why when where which "
    "beyond via from not all at by as into".split()
)


class CiteError(LookupError):
    """An id that is not an arXiv id or not in the index."""


def escape_text(text: str) -> str:
    return "".join(ESCAPES.get(c, c) for c in text)


def math_spans(title: str) -> list[tuple[bool, str]]:
    """Split on `$`: (is_math, text) parts. Math only when the dollars pair up and each span balances."""
    parts = title.split("$")
    if len(parts) < 3 or len(parts) % 2 == 0:
        return [(False, title)]
    out = []
    for i, part in enumerate(parts):
        is_math = i % 2 == 1 and part.strip() != "" and balanced(part)
        out.append((True, part) if is_math else (False, f"${part}$" if i % 2 == 1 else part))
    return out


def balanced(text: str) -> bool:
    depth = 0
    for c in re.sub(r"\\[{}]", "", text):
        depth += {"{": 1, "}": -1}.get(c, 0)
        if depth < 0:
            return False
    return depth == 0


def escape_title(title: str) -> str:
    out = []
    for is_math, text in math_spans(title):
        if is_math:
            out.append(f"${text}$")
            continue
        for word in re.split(r"(\s+)", text):
            escaped = escape_text(word)
            letters = [c for c in word if c.isalpha()]
            out.append(f"{{{escaped}}}" if any(c.isupper() for c in letters[1:]) else escaped)
    return "".join(out)


def escape_author(name: str) -> str:
    """A name that holds the word `and` is braced, or BibTeX would read two people."""
    escaped = escape_text(name)
    return f"{{{escaped}}}" if re.search(r"\band\b", name, re.IGNORECASE) else escaped


def fold(text: str) -> str:
    """ASCII letters and digits only, lower case: `Nießner` → `niessner`, `Kordík` → `kordik`."""
    text = "".join(FOLD.get(c, c) for c in text.lower())
    text = unicodedata.normalize("NFKD", text)
    return re.sub(r"[^a-z0-9]", "", text)


def year_of(paper: Paper) -> str:
    """arXiv ids begin with YYMM; older or odd ids fall back to the first digest day."""
    if re.match(r"^\d{4}\.\d{4,5}$", paper.id):
        return f"20{paper.id[:2]}"
    return paper.date[:4] if paper.date else "nd"


def is_handle(name: str) -> bool:
    """The digests list some authors by their Hugging Face account ("AS-7", "guoday"): one word, where a
    person's name has two or more. A handle is no name for a bibliography."""
    return len(name.split()) < 2


def named(paper: Paper) -> list[str]:
    return [a for a in paper.authors if not is_handle(a)]


def base_key(paper: Paper) -> str:
    people = named(paper)
    last = fold(people[0].split()[-1]) if people else ""
    word = next((w for w in (fold(t) for t in re.split(r"[\s:/-]+", paper.title)) if w and w not in TITLE_STOP), "")
    return f"{last or 'anon'}{year_of(paper)}{word or 'paper'}"


def cite_keys(papers: Iterable[Paper]) -> dict[str, str]:
    """One key per paper; colliding keys get b, c, … in arXiv id order, so the oldest keeps the plain key."""
    groups: dict[str, list[str]] = {}
    for paper in papers:
        ids = groups.setdefault(base_key(paper), [])
        if paper.id not in ids:
            ids.append(paper.id)
    keys: dict[str, str] = {}
    for key, ids in groups.items():
        for n, pid in enumerate(sorted(ids)):
            keys[pid] = key if n == 0 else f"{key}{suffix(n)}"
    return keys


def suffix(n: int) -> str:
    """1 → b, 24 → z, 25 → ba: never empty, never repeats."""
    letters = ""
    while True:
        n, r = divmod(n, 26)
        letters = chr(ord("a") + r) + letters
        if n == 0:
            return letters


def entry(paper: Paper, key: str) -> str:
    fields = [("title", escape_title(paper.title))]
    if named(paper):
        fields.append(("author", " and ".join(escape_author(a) for a in named(paper))))
    handles = [a for a in paper.authors if is_handle(a)]
    if handles:
        fields.append(("note", escape_text(f"Hugging Face accounts listed as authors: {', '.join(handles)}")))
    fields += [
        ("year", year_of(paper)),
        ("eprint", paper.id),
        ("archivePrefix", "arXiv"),
        ("url", f"https://arxiv.org/abs/{paper.id}"),
    ]
    body = ",\n".join(f"  {name} = {{{value}}}" for name, value in fields)
    return f"@misc{{{key},\n{body}\n}}\n"


def bibtex(papers: list[Paper]) -> str:
    keys = cite_keys(papers)
    seen: set[str] = set()
    entries = []
    for paper in papers:
        if paper.id not in seen:
            seen.add(paper.id)
            entries.append(entry(paper, keys[paper.id]))
    return "\n".join(entries)


def to_json(papers: list[Paper]) -> list[dict]:
    keys = cite_keys(papers)
    return [
        {
            "id": p.id,
            "key": keys[p.id],
            "title": p.title,
            "authors": p.authors,
            "year": year_of(p),
            "url": f"https://arxiv.org/abs/{p.id}",
            "bibtex": entry(p, keys[p.id]),
        }
        for p in papers
    ]


def normalize_id(text: str) -> str:
    """`2501.11425`, `arXiv:2501.11425v2` or an arXiv URL → `2501.11425`."""
    m = ARXIV_ID_RE.search(text.strip())
    if not m:
        raise CiteError(f"{text!r} is not an arXiv id (expected e.g. 2501.11425)")
    return m.group(1)


def resolve(ids: list[str], lookup: Callable[[list[str]], dict[str, Paper]]) -> list[Paper]:
    """The papers of these ids, in the order given; every unknown id is named in one error."""
    wanted = list(dict.fromkeys(normalize_id(i) for i in ids))
    found = lookup(wanted)
    unknown = [i for i in wanted if i not in found]
    if unknown:
        raise CiteError(f"not in the index: {', '.join(unknown)}")
    return [found[i] for i in wanted]

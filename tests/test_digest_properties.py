"""Property tests: any row written in any of the four layouts parses back to the same fields."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from rag.digest import parse_digest

WORD = st.text(
    alphabet=st.characters(min_codepoint=48, max_codepoint=122, categories=["Ll", "Lu", "Nd"]), min_size=1, max_size=12
)
PHRASE = st.lists(WORD, min_size=1, max_size=12).map(" ".join)
ARXIV_ID = st.tuples(st.integers(2401, 2512), st.integers(10000, 99999)).map(lambda t: f"{t[0]}.{t[1]}")
AUTHORS = st.lists(WORD, min_size=0, max_size=5)


def render(layout: str, arxiv_id: str, title: str, authors: list[str], summary: str, wrap: bool) -> str:
    link = f"https://arxiv.org/abs/{arxiv_id}"
    read_more = f"(Read more on [arXiv]({link}) or [HuggingFace](https://huggingface.co/papers/{arxiv_id}))"
    shown = title.replace(" ", "\n  ", 1) if wrap and " " in title else title
    who = ", ".join(authors)
    if layout == "plain":
        return f"| Title | Authors | Summary |\n|---|---|---|\n| {shown} {read_more}| {who} | {summary} |"
    if layout == "link":
        header = "| Title | Authors | Summary | Link |\n|---|---|---|---|\n"
        return f"{header}| {title} | {who} | {summary} | [Read more]({link}) |"
    if layout == "category":
        return (
            f"| Category | Title | Authors | Summary |\n|---|---|---|---|\n"
            f"| Robotics | {shown} {read_more}| {who} | {summary} |"
        )
    return (
        f"| Title | Authors | Summary | Classification | GitHub URLs | HuggingFace URLs |\n|---|---|---|---|---|---|\n"
        f"| [{title}]({link}) | {who} | {summary} | ['Robotics'] | [Link](github.com/x/y) | N/A |"
    )


@settings(max_examples=200, deadline=None)
@given(
    layout=st.sampled_from(["plain", "link", "category", "classification"]),
    arxiv_id=ARXIV_ID,
    title=PHRASE,
    authors=AUTHORS,
    summary=PHRASE,
    wrap=st.booleans(),
    trailing=st.sampled_from(["", "  ", "\t"]),
)
def test_any_row_round_trips(layout, arxiv_id, title, authors, summary, wrap, trailing):
    table = render(layout, arxiv_id, title, authors, summary, wrap)
    text = "## Papers for 2025-01-02\n\n" + "\n".join(line + trailing for line in table.splitlines()) + "\n"
    digest = parse_digest(text, "prop.md")
    assert digest.warnings == []
    [row] = digest.rows
    assert row.arxiv_id == arxiv_id
    assert row.title == title
    assert list(row.authors) == authors
    assert row.summary == summary
    assert row.date == "2025-01-02"
    if layout in ("category", "classification"):
        assert row.categories == ("Robotics",)
    if layout == "classification":
        assert row.code_urls == ("https://github.com/x/y",)


@settings(max_examples=100, deadline=None)
@given(cells=st.lists(st.text(st.characters(exclude_categories=["Cc", "Zl", "Zp", "Cs"]), max_size=30), max_size=6))
def test_arbitrary_rows_never_crash_the_parser(cells):
    text = "## Papers for 2025-01-02\n\n| Title | Authors | Summary |\n|---|---|---|\n| " + " | ".join(cells) + " |\n"
    digest = parse_digest(text, "fuzz.md")
    assert len(digest.rows) + len(digest.warnings) <= 2

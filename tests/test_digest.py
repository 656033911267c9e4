"""Parsing real digests of all four layouts, their quirks, and bad input."""

from __future__ import annotations

from pathlib import Path

import pytest

from rag.digest import DigestError, digest_files, normalise_category, parse_categories, parse_digest, read_digest
from rag.papers import merge_rows
from tests.conftest import DIGESTS


def rows_of(name: str):
    return read_digest(DIGESTS / name).rows


def by_id(rows, arxiv_id):
    return next(r for r in rows if r.arxiv_id == arxiv_id)


def test_every_bundled_digest_parses_without_losing_a_row():
    files = digest_files([DIGESTS])
    digests = [read_digest(f) for f in files]
    texts = [f.read_text().splitlines() for f in files]
    table_lines = sum(1 for lines in texts for line in lines if line.startswith("|") and "---" not in line)
    headers = sum(1 for lines in texts if any(line.startswith("|") for line in lines))  # one per file with a table
    rows = [r for d in digests for r in d.rows]
    assert len(files) == 302
    assert [w for d in digests for w in d.warnings] == []
    assert len(rows) == table_lines - headers == 4931
    assert len({r.arxiv_id for r in rows}) == 4894


def test_title_wrapped_over_two_lines_is_joined_and_link_markup_removed():
    row = by_id(rows_of("2025-04-04.seed-category.md"), "2504.01990")
    assert row.title == (
        "Advances and Challenges in Foundation Agents: From Brain-Inspired Intelligence to "
        "Evolutionary, Collaborative, and Safe Systems"
    )
    assert row.categories == ("Machine Learning",)
    assert row.arxiv_url == "https://arxiv.org/abs/2504.01990"
    assert row.hf_paper_url == "https://huggingface.co/papers/2504.01990"
    assert row.authors[0] == "KaitaoSong"


def test_link_column_layout():
    rows = rows_of("2024-09-05.md")
    row = by_id(rows, "2409.02889")
    assert row.title.startswith("LongLLaVA")
    assert "Read more" not in row.title and "[" not in row.title


def test_read_more_dash_variant():
    row = rows_of("2024-09-09.md")[0]
    assert "read more" not in row.title.lower()
    assert row.title.startswith("How Do Your Code LLMs Perform?")


def test_classification_layout_with_code_links_without_scheme_and_na():
    rows = rows_of("2025-01-22.seed-classification.md")
    mmvu = by_id(rows, "2501.12380")
    assert mmvu.code_urls == ("https://github.com/yale-nlp/MMVU",)
    assert mmvu.resource_urls == ("https://huggingface.co/datasets/yale-nlp/MMVU",)
    assert mmvu.categories == ("Multimodal", "Visual Question Answering")
    demons = by_id(rows, "2501.11873")
    assert demons.code_urls == () and demons.resource_urls == ()
    agent_r = by_id(rows, "2501.11425")
    assert agent_r.summary.startswith("- This paper introduces Agent-R")
    assert agent_r.summary.count("\n- ") == 4, "inline bullets become one bullet per line"


def test_pipe_inside_a_summary_stays_in_the_summary():
    gspo = by_id(rows_of("2025-07-25.md"), "2507.18071")
    assert "π_θ(y_i|x)" in gspo.summary
    assert gspo.authors[0] == "Bowen Yu"


def test_empty_authors_cell_and_stray_pipes():
    row = by_id(rows_of("2025-09-30.md"), "2509.23143")
    assert row.authors == ()
    assert "|G-1|" in row.summary.replace(" ", "")


def test_escaped_markdown_is_unescaped():
    text = (
        "## Papers for 2025-02-02\n\n| Title | Authors | Summary |\n|---|---|---|\n"
        "| mm\\_math5k: a set (Read more on [arXiv](https://arxiv.org/abs/2502.00001))"
        "| a\\_b | uses x\\|y and 5\\*3 |\n"
    )
    row = parse_digest(text, "x.md").rows[0]
    assert row.title == "mm_math5k: a set"
    assert row.authors == ("a_b",)
    assert row.summary == "uses x|y and 5*3"


def test_empty_day_has_no_rows_and_no_warnings():
    digest = read_digest(DIGESTS / "2025-10-15.md")
    assert digest.date == "2025-10-15"
    assert digest.rows == [] and digest.warnings == []


def test_a_headed_day_that_says_it_has_no_papers_is_an_empty_day_not_a_broken_file():
    digest = parse_digest("## Papers for 2025-11-01\n\nNo papers today.\n", "2025-11-01.md")
    assert digest.date == "2025-11-01" and digest.rows == []
    assert [str(w) for w in digest.warnings] == [
        "2025-11-01.md:3: no table: read as a day without papers ('No papers today.')"
    ]
    with pytest.raises(DigestError, match=r"notes-2025-11-01\.md: no table found"):
        parse_digest("Some notes of mine.\n", "notes-2025-11-01.md")


def test_an_empty_file_is_a_day_without_papers_with_a_warning():
    digest = parse_digest("", "2025-11-02.md")
    assert digest.date == "2025-11-02" and digest.rows == []
    assert [str(w) for w in digest.warnings] == ["2025-11-02.md:1: empty file: read as a day without papers"]


def test_a_file_name_or_heading_that_is_no_calendar_date_is_refused():
    with pytest.raises(DigestError, match=r"2025-02-29\.md: the file name's 2025-02-29 is no calendar date"):
        parse_digest("## Papers for 2025-02-28\n", "2025-02-29.md")
    with pytest.raises(DigestError, match=r"day\.md:2: the heading's 2025-04-31 is no calendar date"):
        parse_digest("\n## Papers for 2025-04-31\n", "day.md")
    assert parse_digest("## Papers for 2024-02-29\n", "2024-02-29.md").date == "2024-02-29"


def digest_as(day: str, heading: str) -> str:
    """A real bundled digest whose heading names another date."""
    text = (DIGESTS / f"{day}.md").read_text(encoding="utf-8")
    return text.replace(f"## Papers for {day}", f"## Papers for {heading}")


def test_a_heading_dated_otherwise_than_the_file_name_is_read_under_the_file_name_with_a_warning(tmp_path: Path):
    path = tmp_path / "2025-11-10.md"
    path.write_text(digest_as("2025-10-29", "2025-11-09"), encoding="utf-8")
    digest = read_digest(path)
    assert digest.date == "2025-11-10" and {r.date for r in digest.rows} == {"2025-11-10"}
    assert len(digest.rows) == len(rows_of("2025-10-29.md"))
    assert [str(w) for w in digest.warnings] == [
        f"{path}:3: the heading says 2025-11-09, the file name 2025-11-10; read as 2025-11-10"  # heading on line 3
    ]
    undated = tmp_path / "upload.md"  # no date in the name: the heading's is the only one
    undated.write_text(digest_as("2025-10-29", "2025-11-09"), encoding="utf-8")
    assert read_digest(undated).date == "2025-11-09" and read_digest(undated).warnings == []


def test_a_paper_listed_twice_in_one_day_is_merged_whole_and_warns_naming_both_lines(tmp_path: Path):
    lines = (DIGESTS / "2025-10-29.md").read_text(encoding="utf-8").splitlines()
    at = next(n for n, line in enumerate(lines) if "arxiv.org" in line)
    original = lines[at]
    summary = original.rsplit("|", 2)[-2]
    lines.append(original.replace(summary, " It uses 24 layers. "))
    lines.append(original)
    path = tmp_path / "2025-10-29.md"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    digest = read_digest(path)
    first = next(r for r in digest.rows if r.line == at + 1)
    assert first.summary == by_id(rows_of("2025-10-29.md"), first.arxiv_id).summary
    assert sum(r.arxiv_id == first.arxiv_id for r in digest.rows) == 3, "no row is lost"
    (paper,) = [p for p in merge_rows(digest.rows) if p.id == first.arxiv_id]
    assert paper.summaries == [first.summary, "It uses 24 layers."], "the first summary first, the other kept"
    assert [str(w) for w in digest.warnings] == [
        f"{path}:{len(lines) - 1}: {first.arxiv_id} is listed with another summary (first at line {at + 1}); "
        f"both rows are merged, line {at + 1}'s first",
        f"{path}:{len(lines)}: {first.arxiv_id} is listed again (first at line {at + 1}); "
        f"both rows are merged, line {at + 1}'s first",
    ]


def test_short_row_is_skipped_with_file_and_line():
    text = (
        "## Papers for 2025-02-02\n\n| Title | Authors | Summary |\n|---|---|---|\n"
        "| Good (Read more on [arXiv](https://arxiv.org/abs/2502.00001))| A | fine |\n"
        "| Broken row with one cell |\n"
        "| Also good (Read more on [arXiv](https://arxiv.org/abs/2502.00002))| B | fine too |\n"
    )
    digest = parse_digest(text, "day.md")
    assert [r.arxiv_id for r in digest.rows] == ["2502.00001", "2502.00002"]
    assert [str(w) for w in digest.warnings] == ["day.md:6: expected 3 cells, found 1; row skipped"]


def test_row_without_arxiv_id_is_skipped_with_reason():
    text = "## Papers for 2025-02-02\n\n| Title | Authors | Summary |\n|---|---|---|\n| No link | A | text |\n"
    digest = parse_digest(text, "day.md")
    assert digest.rows == []
    assert "day.md:5" in str(digest.warnings[0]) and "no arXiv id" in str(digest.warnings[0])


def test_unknown_header_is_an_error_naming_file_and_header():
    text = "## Papers for 2025-02-02\n\n| Paper | Venue |\n|---|---|\n| x | y |\n"
    with pytest.raises(DigestError, match=r"bad\.md:3: unknown table header '\| Paper \| Venue \|'"):
        parse_digest(text, "bad.md")


def test_missing_date_is_an_error():
    with pytest.raises(DigestError, match="no '## Papers for YYYY-MM-DD' heading"):
        parse_digest("| Title | Authors | Summary |\n|---|---|---|\n", "notes.md")


def test_date_falls_back_to_the_file_name():
    digest = parse_digest("| Title | Authors | Summary |\n|---|---|---|\n", "2025-03-03.md")
    assert digest.date == "2025-03-03"


def test_missing_path_is_an_error(tmp_path: Path):
    with pytest.raises(DigestError, match="no such file"):
        digest_files([tmp_path / "nope.md"])


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Multi-Modal", "Multimodal"),
        ("Multimodal", "Multimodal"),
        ("multimodal", "Multimodal"),
        (" Multi modal ", "Multimodal"),
        ("MultiModal", "Multimodal"),
        ("Pre-Training", "Pretraining"),
        ("natural language  processing", "Natural Language Processing"),
        ("Image-Text-to-Text", "Image-Text-to-Text"),
        ("Text2Text Generation", "Text2Text Generation"),
        ("NLP", "NLP"),
    ],
)
def test_category_names_are_normalised(raw: str, expected: str):
    assert normalise_category(raw) == expected


def test_category_variants_in_one_cell_collapse_to_one():
    assert parse_categories("['Multi-Modal', 'Multimodal', 'Robotics']") == ("Multimodal", "Robotics")


def test_the_corpus_has_one_spelling_of_multimodal():
    from collections import Counter

    from rag.ingest import load_papers
    from tests.conftest import DIGESTS

    papers, *_ = load_papers([DIGESTS])
    names = Counter(c for p in papers for c in p.categories)
    assert "Multi-Modal" not in names and names["Multimodal"] == 13


def test_a_repository_written_in_the_summary_is_a_code_link():
    quality = by_id(rows_of("2025-05-21.md"), "2505.14460")
    assert quality.code_urls == ("https://github.com/TianheWu/VisualQuality-R1",)
    issues = by_id(rows_of("2024-12-31.md"), "2412.21139")  # "real-world GitHub issues": no repository
    assert issues.code_urls == ()


def test_only_rows_left_out_count_as_skipped(tmp_path: Path):
    path = tmp_path / "2025-11-10.md"
    path.write_text(
        "## Papers for 2025-11-09\n\n| Title | Authors | Summary |\n|---|---|---|\n"
        "| [A](https://arxiv.org/abs/2511.00001) | Ann | One. |\n| no link here | Bob | Two. |\n",
        encoding="utf-8",
    )
    digest = read_digest(path)
    assert [w.skipped for w in digest.warnings] == [False, True], "the heading's date is a note, the row a skip"

"""The Chroma index: one document per paper, idempotent upserts, failures that change nothing."""

from __future__ import annotations

from dataclasses import replace

import pytest

from rag.digest import DigestError
from rag.embed import Embedder, EmbeddingError
from rag.index import PaperIndex
from rag.ingest import ingest


def run(settings, *paths):
    return ingest(list(paths), PaperIndex(settings), Embedder(settings))


def test_ingest_twice_changes_nothing_the_second_time(settings, digest_copy):
    folder = digest_copy("2025-01-22.md", "2025-01-22.seed-classification.md")
    first = run(settings, folder)
    assert len(first.sync.added) == first.papers == 15 and first.rows == 25
    second = run(settings, folder)
    assert second.sync.to_dict() == {"added": 0, "updated": 0, "unchanged": 15, "embedded": 0}
    assert PaperIndex(settings).count() == 15


def test_document_per_paper_with_flat_filterable_metadata(settings, digest_copy):
    run(settings, digest_copy("2025-01-22.md", "2025-01-22.seed-classification.md"))
    index = PaperIndex(settings)
    got = index.collection.get(ids=["2501.11425"], include=["metadatas", "documents"])
    meta = got["metadatas"][0]
    assert meta["date"] == 20250122 and meta["date_iso"] == "2025-01-22"
    assert meta["has_code"] is True and meta["code_url"] == "https://github.com/bytedance/Agent-R"
    assert meta["categories"] == ["Natural Language Processing", "Reinforcement Learning"]
    assert meta["authors"].startswith("Zhengyin Du")
    assert got["documents"][0].startswith("Agent-R: Training Language Model Agents")
    [paper] = [p for p in index.papers() if p.id == "2501.11425"]
    assert len(paper.summaries) == 2


@pytest.mark.slow
def test_adding_a_second_file_merges_into_existing_papers(settings, digest_copy):
    run(settings, digest_copy("2025-01-22.md"))
    folder = digest_copy("2025-01-22.seed-classification.md")
    result = run(settings, folder / "2025-01-22.seed-classification.md")
    assert result.sync.added == [] and len(result.sync.updated) == 10
    [paper] = [p for p in PaperIndex(settings).papers() if p.id == "2501.11425"]
    assert len(paper.summaries) == 2 and paper.code_urls
    assert PaperIndex(settings).count() == 15


def test_a_file_that_is_no_digest_leaves_the_index_as_it_was(settings, digest_copy):
    folder = digest_copy("2025-01-20.md")
    run(settings, folder)
    before = PaperIndex(settings).hashes()
    (folder / "zz-bad.md").write_text("## Papers for 2025-02-02\n\n| Paper | Venue |\n|---|---|\n| x | y |\n")
    (folder / "2025-01-23.md").write_text(
        "## Papers for 2025-01-23\n\n| Title | Authors | Summary |\n|---|---|---|\n"
        "| New (Read more on [arXiv](https://arxiv.org/abs/2501.99999))| A | text |\n"
    )
    with pytest.raises(DigestError, match=r"zz-bad\.md:3: unknown table header"):
        run(settings, folder)
    assert PaperIndex(settings).hashes() == before


def test_files_dated_by_no_calendar_day_are_all_named_and_nothing_is_written(settings, digest_copy):
    folder = digest_copy("2025-01-20.md")
    run(settings, folder)
    before = PaperIndex(settings).hashes()
    table = "| Title | Authors | Summary |\n|---|---|---|\n| New ([arXiv](https://arxiv.org/abs/2501.99999))| A | x |\n"
    (folder / "2025-11-31.md").write_text(f"## Papers for 2025-11-31\n\n{table}")
    (folder / "upload.md").write_text(f"## Papers for 2025-13-45\n\n{table}")
    with pytest.raises(DigestError) as raised:
        run(settings, folder)
    assert str(raised.value).splitlines() == [
        f"{folder / '2025-11-31.md'}: the file name's 2025-11-31 is no calendar date (day is out of range for month)",
        f"{folder / 'upload.md'}:1: the heading's 2025-13-45 is no calendar date (month must be in 1..12)",
    ]
    assert PaperIndex(settings).hashes() == before


def test_a_later_day_giving_a_paper_another_title_is_merged_with_a_warning(settings, digest_copy):
    folder = digest_copy("2025-01-20.md")
    run(settings, folder)
    paper = PaperIndex(settings).papers()[0]
    (folder / "2025-11-06.md").write_text(
        "## Papers for 2025-11-06\n\n| Title | Authors | Summary |\n|---|---|---|\n"
        f"| A Totally Different Title (Read more on [arXiv](https://arxiv.org/abs/{paper.id}))| Eve | It says 9. |\n"
    )
    result = run(settings, folder / "2025-11-06.md")
    assert [str(w) for w in result.warnings] == [
        f"{folder / '2025-11-06.md'}:5: {paper.id} is titled 'A Totally Different Title' here and {paper.title[:80]!r}"
        f" at {paper.sources[0]}; both kept, the earliest as its title"
    ]
    [merged] = [p for p in PaperIndex(settings).papers() if p.id == paper.id]
    assert merged.title == paper.title and merged.other_titles == ["A Totally Different Title"]


def test_a_stored_day_that_is_no_calendar_date_is_left_out_when_read_and_check_names_it(settings, digest_copy):
    """An index written before ingest refused such days: answers must not fail on it, and `rag check` says so."""
    from rag.check import check_index, repair_index
    from rag.index import paper_metadata

    run(settings, digest_copy("2025-01-20.md"))
    index = PaperIndex(settings)
    paper = index.papers()[0]
    bad = replace(paper, dates=["2025-13-45", *paper.dates])
    index.collection.update(ids=[paper.id], metadatas=[paper_metadata(bad, bad.content_hash())])
    [read] = [p for p in PaperIndex(settings).papers() if p.id == paper.id]
    assert read.dates == paper.dates
    health = check_index(PaperIndex(settings))
    assert health.problems == {paper.id: "record holds 2025-13-45, no calendar date (left out when read)"}
    repair_index(PaperIndex(settings), Embedder(settings), health)
    assert check_index(PaperIndex(settings)).whole


@pytest.mark.slow
def test_an_embedding_failure_mid_ingest_leaves_the_index_usable_and_the_next_run_completes(settings, digest_copy):
    folder = digest_copy("2025-01-20.md")
    run(settings, folder)
    before = PaperIndex(settings).hashes()
    (folder / "2025-01-23.md").write_text(
        "## Papers for 2025-01-23\n\n| Title | Authors | Summary |\n|---|---|---|\n"
        "| A paper nobody embedded yet (Read more on [arXiv](https://arxiv.org/abs/2501.99999))| A | fresh text |\n"
    )
    broken = replace(settings, embed_model=str(settings.index_dir / "no-such-model"))
    with pytest.raises(EmbeddingError, match="not a folder holding a sentence-transformers model"):
        ingest([folder], PaperIndex(broken), Embedder(broken))
    assert PaperIndex(settings).hashes() == before
    done = run(settings, folder)
    assert done.sync.added == ["2501.99999"] and done.sync.unchanged == len(before)


@pytest.mark.slow
def test_a_changed_summary_is_updated_in_place_and_re_embedded(settings, digest_copy):
    folder = digest_copy("2025-01-22.md", "2025-01-22.seed-classification.md")
    run(settings, folder)
    path = folder / "2025-01-22.md"
    path.write_text(
        path.read_text().replace(
            "Agent-R is an iterative self-training framework", "Agent-R is an iterative, self-training framework"
        )
    )
    result = run(settings, folder)
    assert result.sync.updated == ["2501.11425"] and result.sync.embedded == 1
    index = PaperIndex(settings)
    assert index.count() == 15
    [paper] = [p for p in index.papers() if p.id == "2501.11425"]
    assert len(paper.summaries) == 2 and "iterative, self-training" in paper.summaries[0]
    again = run(settings, folder)
    assert again.sync.embedded == 0 and again.sync.unchanged == 15


@pytest.mark.slow
def test_a_corrected_day_replaces_what_it_said_of_a_paper_another_day_also_lists(settings, digest_copy, tmp_path):
    run(settings, digest_copy("2025-10-30.md"))
    extra = tmp_path / "mine"
    extra.mkdir()
    day = extra / "2025-10-31.md"
    row = "| JanusCoder ([arXiv](https://arxiv.org/abs/2510.23538))| A. Author | It reports {} on ChartMimic. |"
    head = "## Papers for 2025-10-31\n\n| Title | Authors | Summary |\n|---|---|---|\n"
    day.write_text(head + row.format("88.8") + "\n")
    run(settings, day)
    day.write_text(head + row.format("81.2") + "\n")
    assert run(settings, day).sync.updated == ["2510.23538"]
    [paper] = [p for p in PaperIndex(settings).papers() if p.id == "2510.23538"]
    first, corrected = paper.summaries
    assert first.startswith("This paper introduces JanusCoder") and corrected == "It reports 81.2 on ChartMimic."
    assert paper.dates == ["2025-10-30", "2025-10-31"] and "88.8" not in " ".join(paper.summaries)


def test_an_upload_reads_only_its_own_papers_records(settings, digest_copy):
    run(settings, digest_copy("2025-01-22.md", "2025-01-22.seed-classification.md"))
    index = PaperIndex(settings)
    assert set(index.records(["2501.11425", "9999.99999"])) == {"2501.11425"}
    assert set(index.hashes(["2501.11425"])) == {"2501.11425"}
    assert index.hashes() == index.hashes([p.id for p in index.papers()])

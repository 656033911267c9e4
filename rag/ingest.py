"""Digest files → papers → index, all or nothing for a file that is not a digest."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from rag.digest import DigestError, Row, RowWarning, digest_files, read_digest
from rag.embed import Embedder
from rag.index import PaperIndex, SyncReport
from rag.papers import Paper, combine, merge_rows
from rag.writelock import write_lock


@dataclass
class IngestResult:
    files: int
    rows: int
    papers: int
    sync: SyncReport
    warnings: list[RowWarning] = field(default_factory=list)
    changed: list[Paper] = field(default_factory=list)  # as written, so a running app can update in place

    @property
    def rows_skipped(self) -> int:
        return sum(w.skipped for w in self.warnings)

    def to_dict(self) -> dict:
        return {
            "files": self.files,
            "rows": self.rows,
            "papers": self.papers,
            **self.sync.to_dict(),
            "rows_skipped": self.rows_skipped,
            "warnings": [str(w) for w in self.warnings],
        }


def load_rows(paths: list[Path]) -> tuple[list[Row], list[RowWarning], list[Path]]:
    """Parse every file first: files that are no digest raise, all named at once, before anything is written."""
    files = digest_files(paths)
    rows, warnings, refused = [], [], []
    for path in files:
        try:
            digest = read_digest(path)
        except DigestError as err:
            refused.append(str(err))
            continue
        rows += digest.rows
        warnings += digest.warnings
    if refused:
        raise DigestError("\n".join(refused))
    return rows, warnings, files


def load_papers(paths: list[Path]) -> tuple[list[Paper], int, list[RowWarning], list[Path]]:
    rows, warnings, files = load_rows(paths)
    return merge_rows(rows), len(rows), warnings, files


def with_existing(rows: list[Row], index: PaperIndex, files: list[Path], known: list[Path]) -> list[Paper]:
    """The papers of these rows, each with what other days say of it. A paper the index also holds from files
    outside this ingest is built again from its rows in all of them, read anew from `known` (the digest
    folders), so a corrected day replaces what that day said before; where such a file is not there to read,
    what the index holds of the paper is kept beside the new rows."""
    papers = merge_rows(rows)
    names = {f.name for f in files}
    existing = index.records([p.id for p in papers]) if papers else {}
    elsewhere = {pid: {src.rsplit(":", 1)[0] for src in old.sources} - names for pid, old in existing.items()}
    wanted = set().union(*elsewhere.values())
    readable = {path.name: path for path in known if path.name in wanted}  # a later path replaces its namesake
    every: dict[str, list[Row]] = defaultdict(list)
    for row in rows + [row for name in sorted(readable) for row in read_digest(readable[name]).rows]:
        every[row.arxiv_id].append(row)
    out = []
    for paper in papers:
        others = elsewhere.get(paper.id, set())
        if others and others <= readable.keys():
            paper = merge_rows(every[paper.id])[0]
        elif others:
            paper = combine(existing[paper.id], paper)
        out.append(paper)
    return out


def retitled(rows: list[Row], papers: list[Paper]) -> list[RowWarning]:
    """Rows naming a paper by another title than the one its record keeps (the earliest day's): both are kept, but
    said, as a mistyped arXiv id folds two papers into one. Two rows of one file were already warned of by the
    parser."""
    by_id = {p.id: p for p in papers}
    out = []
    for row in rows:
        paper = by_id.get(row.arxiv_id)
        if paper is None or row.title == paper.title or not paper.sources:
            continue
        first = paper.sources[0]
        if first.rsplit(":", 1)[0] == Path(row.source).name:
            continue
        out.append(
            RowWarning(
                row.source,
                row.line,
                f"{row.arxiv_id} is titled {row.title[:80]!r} here and {paper.title[:80]!r} at {first}; both kept,"
                " the earliest as its title",
            )
        )
    return out


def ingest(
    paths: list[Path],
    index: PaperIndex,
    embedder: Embedder,
    progress: Callable[[int, int], None] | None = None,
    allow_updates: bool = True,
) -> IngestResult:
    """The one way anything writes the index (CLI, UI upload, sync): parse, then write under the lock.

    Raises IndexBusy at once when another process is writing the same local index, and
    UpdatesRefused (before any write) when updates are not allowed and a paper would change.
    """
    from rag.sync import digest_sources

    rows, warnings, files = load_rows(paths)
    # another day of a paper is read again from beside the files ingested, else from the digest folders
    known = digest_sources(index.settings) + digest_files(sorted({f.parent for f in files}))
    with write_lock(index.settings):
        papers = with_existing(rows, index, files, known)
        warnings = warnings + retitled(rows, papers)
        step = (lambda n: progress(n, len(papers))) if progress else None
        report = index.sync(papers, embedder, progress=step, allow_updates=allow_updates)
        index.write_snapshot(force=bool(report.added or report.updated))
    written = set(report.added) | set(report.updated)
    return IngestResult(
        files=len(files),
        rows=len(rows),
        papers=len(papers),
        sync=report,
        warnings=warnings,
        changed=[p for p in papers if p.id in written],
    )

"""Digest files → papers → index, all or nothing for a file that is not a digest."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from rag.digest import RowWarning, digest_files, read_digest
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

    def to_dict(self) -> dict:
        return {
            "files": self.files,
            "rows": self.rows,
            "papers": self.papers,
            **self.sync.to_dict(),
            "rows_skipped": len(self.warnings),
            "warnings": [str(w) for w in self.warnings],
        }


def load_papers(paths: list[Path]) -> tuple[list[Paper], int, list[RowWarning], list[Path]]:
    """Parse every file first: one that is no digest raises before anything is written."""
    files = digest_files(paths)
    rows, warnings = [], []
    for path in files:
        digest = read_digest(path)
        rows += digest.rows
        warnings += digest.warnings
    return merge_rows(rows), len(rows), warnings, files


def with_existing(papers: list[Paper], index: PaperIndex, files: list[Path]) -> list[Paper]:
    """Keep what the index knows of a paper from files outside this ingest; replace the rest."""
    names = {f.name for f in files}
    existing = index.records([p.id for p in papers]) if papers else {}
    out = []
    for paper in papers:
        old = existing.get(paper.id)
        if old and any(src.rsplit(":", 1)[0] not in names for src in old.sources):
            paper = combine(old, paper)
        out.append(paper)
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
    papers, nrows, warnings, files = load_papers(paths)
    with write_lock(index.settings):
        papers = with_existing(papers, index, files)
        step = (lambda n: progress(n, len(papers))) if progress else None
        report = index.sync(papers, embedder, progress=step, allow_updates=allow_updates)
        index.write_snapshot(force=bool(report.added or report.updated))
    written = set(report.added) | set(report.updated)
    return IngestResult(
        files=len(files),
        rows=nrows,
        papers=len(papers),
        sync=report,
        warnings=warnings,
        changed=[p for p in papers if p.id in written],
    )

"""A compact snapshot of the index's catalogue: every paper, its vector and the collection's fingerprint.

Reading every document's metadata back from Chroma takes seconds and imports chromadb; a cold
`rag search` instead reads this snapshot, which ingest writes after each change. It lives under
the cache folder, one per index location, and is trusted while the local index's database file
keeps the size it had when the snapshot was written; otherwise the catalogue is read from Chroma
again (and the snapshot rewritten). A Chroma server gives no such cheap sign, so server mode
always reads from the server.

A search prints ten papers, so the snapshot is laid out to be opened without reading the rest:
the ids as one small list, the vectors as a raw float32 `.npy` that is memory-mapped, the records
as a JSON array with one paper per line (byte offsets beside it, so one record is parsed alone,
and the whole array still parses in one call), and the fields the filters test as columns. A
snapshot of another version is ignored and rewritten from the index.
"""

from __future__ import annotations

import hashlib
import io
import json
import mmap
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import overload

import numpy as np

from rag.dense import SCREEN_MIN_ROWS, Screen
from rag.papers import Paper
from rag.records import Filters, category_key
from rag.settings import Settings

VERSION = 2
DB_FILE = "chroma.sqlite3"


@dataclass
class Columns:
    """What the filters test, for every paper at once: each paper's days and lowercased categories as
    flat arrays cut by offsets, and whether it has code."""

    days: np.ndarray  # bytes (S), every paper's days one after another
    day_ptr: np.ndarray  # int64, n + 1
    categories: np.ndarray  # int32 codes into `names`
    category_ptr: np.ndarray  # int64, n + 1
    names: list[str]  # lowercased category names
    has_code: np.ndarray  # bool, n

    @classmethod
    def of(cls, papers: Sequence[Paper]) -> Columns:
        names: dict[str, int] = {}
        days: list[str] = []
        cats: list[int] = []
        day_ptr, cat_ptr = [0], [0]
        for p in papers:
            days.extend(p.dates)
            day_ptr.append(len(days))
            cats.extend(names.setdefault(c.lower(), len(names)) for c in dict.fromkeys(p.categories))
            cat_ptr.append(len(cats))
        width = max((len(d.encode()) for d in days), default=1)
        return cls(
            np.array([d.encode() for d in days], dtype=f"S{width}"),
            np.array(day_ptr, dtype=np.int64),
            np.array(cats, dtype=np.int32),
            np.array(cat_ptr, dtype=np.int64),
            list(names),
            np.array([p.has_code for p in papers], dtype=bool),
        )

    def save(self, path: Path) -> None:
        with open(path, "wb") as fh:
            np.savez(
                fh,
                days=self.days,
                day_ptr=self.day_ptr,
                categories=self.categories,
                category_ptr=self.category_ptr,
                names=np.array(json.dumps(self.names)),
                has_code=self.has_code,
            )

    @classmethod
    def load(cls, source: Path | mmap.mmap) -> Columns:
        with np.load(io.BytesIO(source) if isinstance(source, mmap.mmap) else source) as data:
            return cls(
                data["days"],
                data["day_ptr"],
                data["categories"],
                data["category_ptr"],
                json.loads(str(data["names"])),
                data["has_code"],
            )

    def mask(self, filters: Filters) -> np.ndarray:
        """`filters.matches` for every paper at once."""
        keep = np.ones(len(self.has_code), dtype=bool)
        if filters.since or filters.until:
            lo, hi = (filters.since or "0000-00-00").encode(), (filters.until or "9999-99-99").encode()
            keep &= self.any_per_row((self.days >= lo) & (self.days <= hi), self.day_ptr)
        if filters.category:
            wanted = category_key(filters.category)
            codes = [n for n, name in enumerate(self.names) if category_key(name) == wanted]
            keep &= self.any_per_row(np.isin(self.categories, codes), self.category_ptr)
        if filters.has_code:
            keep &= self.has_code
        return keep

    @staticmethod
    def any_per_row(hit: np.ndarray, ptr: np.ndarray) -> np.ndarray:
        """Whether each row's slice `hit[ptr[i]:ptr[i+1]]` holds a True."""
        counts = np.concatenate([[0], np.cumsum(hit, dtype=np.int64)])
        return np.asarray(counts[ptr[1:]] > counts[ptr[:-1]])


class Records(Sequence[Paper]):
    """The snapshot's papers, each parsed from its own line of the JSON array when first asked for."""

    def __init__(self, data: mmap.mmap, offsets: np.ndarray):
        self.data = data  # mapped when the snapshot is opened: a newer ingest may delete the file meanwhile
        self.offsets = offsets
        self._cache: dict[int, Paper] = {}

    def __len__(self) -> int:
        return len(self.offsets) - 1

    @overload
    def __getitem__(self, i: int) -> Paper: ...

    @overload
    def __getitem__(self, i: slice) -> list[Paper]: ...

    def __getitem__(self, i: int | slice) -> Paper | list[Paper]:
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        if i < 0:
            i += len(self)
        if not 0 <= i < len(self):
            raise IndexError(i)
        paper = self._cache.get(i)
        if paper is None:
            line = self.data[int(self.offsets[i]) : int(self.offsets[i + 1])].rstrip(b",\n]")
            paper = self._cache[i] = to_paper(json.loads(line))
        return paper

    def __iter__(self) -> Iterator[Paper]:
        return iter(self.all())

    def all(self) -> list[Paper]:
        """Every paper, parsed in one call (as fast as the file can be read)."""
        rows = json.loads(self.data[:])
        return [self._cache.get(i) or to_paper(row) for i, row in enumerate(rows)]


def to_paper(row: dict) -> Paper:
    known = Paper.__dataclass_fields__
    return Paper(**{k: v for k, v in row.items() if k in known})


@dataclass
class Catalogue:
    papers: Sequence[Paper]  # sorted by first day, then id; `Records` when read from a snapshot
    fingerprint: str
    vectors: np.ndarray | None = None  # one row per paper, same order; None when served by a Chroma server
    ids: list[str] | None = None  # the papers' ids (read without the records from a snapshot)
    columns: mmap.mmap | None = None  # the snapshot's filter columns (an .npz), read when a filter is first used
    screen: Screen | None = None  # the vectors' int8 copy, memory-mapped, for a large catalogue

    def __post_init__(self) -> None:
        if self.ids is None:
            self.ids = [p.id for p in self.papers]


def location(settings: Settings) -> str:
    if settings.server_mode:
        return f"chroma://{settings.chroma_host}:{settings.chroma_port}/{settings.collection}"
    return str(settings.index_dir)


def folder(settings: Settings) -> Path:
    key = hashlib.sha256(f"{location(settings)}\0{settings.collection}".encode()).hexdigest()[:16]
    return settings.cache_dir / "catalogue" / key


def stamp(settings: Settings) -> int | None:
    """Size of the local index's database file; None for a server or a missing index."""
    if settings.server_mode:
        return None
    db = settings.index_dir / DB_FILE
    return db.stat().st_size if db.exists() else None


def _meta(settings: Settings) -> dict | None:
    try:
        meta = json.loads((folder(settings) / "meta.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    current = stamp(settings)
    if meta.get("version") != VERSION or current is None or meta.get("stamp") != current:
        return None
    return dict(meta)


def fresh(settings: Settings) -> bool:
    return _meta(settings) is not None


def outdated(settings: Settings) -> bool:
    """Whether the snapshot there was written by another version of rag (the next start rewrites it)."""
    try:
        meta = json.loads((folder(settings) / "meta.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return bool(meta.get("version") != VERSION)


def load(settings: Settings) -> Catalogue | None:
    """The snapshot, or None when there is none or it may be stale. Nothing but the ids is parsed here."""
    base, meta = folder(settings), _meta(settings)
    if meta is None:
        return None
    fp = meta["fingerprint"]
    try:
        ids = json.loads((base / f"ids-{fp}.json").read_text(encoding="utf-8"))
        offsets = np.load(base / f"offsets-{fp}.npy")
        vectors = np.asarray(np.load(base / f"vectors-{fp}.npy", mmap_mode="r"))
        papers = Records(mapped(base / f"papers-{fp}.json"), offsets)
        columns = mapped(base / f"columns-{fp}.npz")
    except (OSError, ValueError):
        return None
    if not len(ids) == len(papers) == len(vectors):
        return None
    screen = None
    if (base / f"screen-rows-{fp}.npy").exists():
        try:
            codes = np.asarray(np.load(base / f"screen-codes-{fp}.npy", mmap_mode="r"))
            screen = Screen(codes, np.load(base / f"screen-rows-{fp}.npy"))
        except (OSError, ValueError):
            return None
        if codes.shape != vectors.shape:
            return None
    return Catalogue(papers, fp, vectors, ids, columns, screen)


def save(settings: Settings, catalogue: Catalogue) -> None:
    """Data files first, named by fingerprint; `meta.json` last, atomically, so a reader never sees half.

    Every file is written under a new name and renamed into place, never rewritten where it lies:
    a process that has the old vectors memory-mapped keeps reading them.
    """
    current = stamp(settings)
    if current is None or catalogue.vectors is None or not catalogue.papers:
        return
    base = folder(settings)
    base.mkdir(parents=True, exist_ok=True)
    fp = catalogue.fingerprint
    lines = [json.dumps(p.to_dict(), ensure_ascii=False).encode("utf-8") for p in catalogue.papers]
    offsets = np.cumsum([2] + [len(line) + 2 for line in lines], dtype=np.int64)  # where each line starts
    write(base / f"papers-{fp}.json", b"[\n" + b",\n".join(lines) + b"\n]\n")
    write(base / f"ids-{fp}.json", json.dumps(catalogue.ids).encode("utf-8"))
    write(base / f"offsets-{fp}.npy", offsets)
    write(base / f"vectors-{fp}.npy", np.ascontiguousarray(catalogue.vectors, dtype=np.float32))
    if len(lines) >= SCREEN_MIN_ROWS:
        screen = Screen.of(catalogue.vectors)
        write(base / f"screen-codes-{fp}.npy", screen.codes)
        write(base / f"screen-rows-{fp}.npy", screen.rows)
    tmp = base / f"columns-{fp}.npz.{os.getpid()}.tmp"
    Columns.of(catalogue.papers).save(tmp)
    tmp.replace(base / f"columns-{fp}.npz")
    meta = json.dumps({"version": VERSION, "fingerprint": fp, "stamp": current, "papers": len(lines)})
    write(base / "meta.json", meta.encode("utf-8"))
    for old in base.iterdir():
        if old.name != "meta.json" and fp not in old.name:
            old.unlink(missing_ok=True)


def mapped(path: Path) -> mmap.mmap:
    with open(path, "rb") as fh:
        return mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)


def write(path: Path, data: bytes | np.ndarray) -> None:
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    with open(tmp, "wb") as fh:
        if isinstance(data, np.ndarray):
            np.save(fh, data)
        else:
            fh.write(data)
    tmp.replace(path)

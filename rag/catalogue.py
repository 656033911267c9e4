"""A compact snapshot of the index's catalogue: every paper, its vector and the collection's fingerprint.

Reading every document's metadata back from Chroma takes seconds and imports chromadb; a cold
`rag search` instead reads this snapshot, which ingest writes after each change. It lives under
the cache folder, one per index location, and is trusted while the local index's database file
keeps the size it had when the snapshot was written; otherwise the catalogue is read from Chroma
again (and the snapshot rewritten). A Chroma server gives no such cheap sign, so server mode
always reads from the server.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from rag.papers import Paper
from rag.settings import Settings

VERSION = 1
DB_FILE = "chroma.sqlite3"


@dataclass
class Catalogue:
    papers: list[Paper]  # sorted by first day, then id
    fingerprint: str
    vectors: np.ndarray | None = None  # one row per paper, same order; None when served by a Chroma server


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
    return meta


def fresh(settings: Settings) -> bool:
    return _meta(settings) is not None


def load(settings: Settings) -> Catalogue | None:
    """The snapshot, or None when there is none or it may be stale."""
    base, meta = folder(settings), _meta(settings)
    if meta is None:
        return None
    fp = meta["fingerprint"]
    try:
        rows = json.loads((base / f"papers-{fp}.json").read_text(encoding="utf-8"))
        vectors = np.load(base / f"vectors-{fp}.npy")
    except (OSError, ValueError):
        return None
    known = Paper.__dataclass_fields__
    papers = [Paper(**{k: v for k, v in row.items() if k in known}) for row in rows]
    if len(vectors) != len(papers):
        return None
    return Catalogue(papers, fp, vectors)


def save(settings: Settings, catalogue: Catalogue) -> None:
    """Data files first, named by fingerprint; `meta.json` last, atomically, so a reader never sees half."""
    current = stamp(settings)
    if current is None or catalogue.vectors is None or not catalogue.papers:
        return
    base = folder(settings)
    base.mkdir(parents=True, exist_ok=True)
    fp = catalogue.fingerprint
    tmp = base / f"papers-{fp}.json.tmp"
    tmp.write_text(json.dumps([p.to_dict() for p in catalogue.papers], ensure_ascii=False), encoding="utf-8")
    tmp.replace(base / f"papers-{fp}.json")
    with open(base / f"vectors-{fp}.npy.tmp", "wb") as fh:
        np.save(fh, catalogue.vectors.astype(np.float32))
    (base / f"vectors-{fp}.npy.tmp").replace(base / f"vectors-{fp}.npy")
    meta = base / "meta.json.tmp"
    meta.write_text(json.dumps({"version": VERSION, "fingerprint": fp, "stamp": current}), encoding="utf-8")
    meta.replace(base / "meta.json")
    for old in base.iterdir():
        if old.name != "meta.json" and fp not in old.name:
            old.unlink(missing_ok=True)

"""The Chroma collection: one document per paper, written and queried through llama-index.

Local by default (a persistent folder); a Chroma server when `RAG_CHROMA_HOST` is set.
Each document keeps a content hash, so ingest embeds and writes only what changed.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import numpy as np

from rag import catalogue
from rag.catalogue import Catalogue
from rag.digest import not_a_day
from rag.embed import Embedder
from rag.papers import Paper
from rag.records import date_int
from rag.settings import Settings

if TYPE_CHECKING:
    import httpx

WRITE_BATCH = 512
READ_BATCH = 5000


class IndexUnavailable(RuntimeError):
    """The index cannot be reached or read (server down, wrong path)."""


class UpdatesRefused(RuntimeError):
    """An ingest would rewrite papers already in the index, and updates are not allowed here."""


@dataclass
class SyncReport:
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: int = 0
    embedded: int = 0

    def to_dict(self) -> dict:
        return {
            "added": len(self.added),
            "updated": len(self.updated),
            "unchanged": self.unchanged,
            "embedded": self.embedded,
        }


def paper_metadata(paper: Paper, content_hash: str) -> dict:
    """Flat, filterable metadata; the whole record rides along as JSON so nothing is lost."""
    meta: dict = {
        "paper_id": paper.id,
        "title": paper.title,
        "authors": ", ".join(paper.authors),
        "date": date_int(paper.date),
        "date_iso": paper.date,
        "date_last": date_int(paper.dates[-1]) if paper.dates else 0,
        "has_code": paper.has_code,
        "arxiv_url": paper.url,
        "hf_url": paper.hf_url,
        "code_url": paper.code_urls[0] if paper.code_urls else "",
        "content_hash": content_hash,
        "paper_json": json.dumps(paper.to_dict(), ensure_ascii=False),
    }
    if paper.categories:
        meta["categories"] = list(paper.categories)
    return meta


def read_record(meta: dict) -> tuple[Paper, list[str]]:
    """The stored record, and the days it held that are no calendar date (written before ingest refused such
    file names): they are left out, so no answer fails on them, and `rag check` names them."""
    data = json.loads(meta["paper_json"])
    known = Paper.__dataclass_fields__
    paper = Paper(**{k: v for k, v in data.items() if k in known})
    impossible = [d for d in paper.dates if not_a_day(d)]
    if impossible:
        paper.dates = [d for d in paper.dates if not not_a_day(d)]
    return paper, impossible


def paper_from_metadata(meta: dict) -> Paper:
    return read_record(meta)[0]


class PaperIndex:
    """Owns the Chroma client and collection; every read and write of the index goes through here."""

    def __init__(self, settings: Settings):
        import chromadb
        from llama_index.vector_stores.chroma import ChromaVectorStore

        self.settings = settings
        try:
            if settings.server_mode:
                probe_server(settings)
                self.client = chromadb.HttpClient(host=settings.chroma_host, port=settings.chroma_port)
                bound_server_calls(self.client, settings)
                self.client.heartbeat()
            else:
                settings.index_dir.mkdir(parents=True, exist_ok=True)
                self.client = chromadb.PersistentClient(path=str(settings.index_dir))
            self.collection = self.client.get_or_create_collection(
                settings.collection, configuration={"hnsw": {"space": "cosine"}}
            )
        except IndexUnavailable:
            raise
        except Exception as err:  # chromadb raises many types; the user needs one clear line
            raise IndexUnavailable(f"cannot open {located(settings)}: {err}") from err
        self.store = ChromaVectorStore(chroma_collection=self.collection)

    @property
    def location(self) -> str:
        return catalogue.location(self.settings)

    def count(self) -> int:
        with self.reached():
            return int(self.collection.count())

    @contextmanager
    def reached(self) -> Iterator[None]:
        """A Chroma server gone after the index opened is one clear line, as one down at the start is."""
        try:
            yield
        except Exception as err:
            if not self.settings.server_mode or isinstance(err, IndexUnavailable):
                raise
            raise IndexUnavailable(f"cannot reach {located(self.settings)}: {err}") from err

    def _pages(self, include: list[str]) -> Iterable[dict]:
        total = self.count()
        for offset in range(0, total, READ_BATCH):
            yield self.collection.get(include=include, limit=READ_BATCH, offset=offset)

    def _by_ids(self, ids: list[str], include: list[str]) -> Iterable[dict]:
        for start in range(0, len(ids), READ_BATCH):
            yield self.collection.get(ids=ids[start : start + READ_BATCH], include=include)

    def hashes(self, ids: list[str] | None = None) -> dict[str, str]:
        """Content hash per stored paper; with `ids`, only those are read (an upload touches a few)."""
        out: dict[str, str] = {}
        pages = self._pages(["metadatas"]) if ids is None else self._by_ids(ids, ["metadatas"])
        for page in pages:
            for pid, meta in zip(page["ids"], page["metadatas"]):
                out[pid] = (meta or {}).get("content_hash", "")
        return out

    def records(self, ids: list[str]) -> dict[str, Paper]:
        """The stored papers among `ids`, read by id rather than by scanning the collection."""
        out: dict[str, Paper] = {}
        for page in self._by_ids(ids, ["metadatas"]):
            for pid, meta in zip(page["ids"], page["metadatas"]):
                out[pid] = paper_from_metadata(meta)
        return out

    def papers(self) -> list[Paper]:
        return self.catalog()[0]

    def catalog(self) -> tuple[list[Paper], str]:
        """Every paper, sorted by first day, and a fingerprint of the whole collection, in one read."""
        cat = self.read_catalogue(with_vectors=False)
        return list(cat.papers), cat.fingerprint

    def read_catalogue(self, with_vectors: bool = True) -> Catalogue:
        """Papers (sorted by first day), their vectors in the same order, and the fingerprint, in one read."""
        import hashlib

        rows, digest = [], hashlib.sha256(self.location.encode())
        include = ["metadatas", "embeddings"] if with_vectors else ["metadatas"]
        for page in self._pages(include):
            vectors = page["embeddings"] if with_vectors else [None] * len(page["ids"])
            for pid, meta, vector in zip(page["ids"], page["metadatas"], vectors):
                rows.append((paper_from_metadata(meta), vector))
                digest.update(f"{pid}:{meta.get('content_hash', '')};".encode())
        rows.sort(key=lambda r: (r[0].date, r[0].id))
        matrix = None
        if with_vectors:
            matrix = np.asarray([v for _, v in rows], dtype=np.float32) if rows else np.zeros((0, 0), np.float32)
        return Catalogue([p for p, _ in rows], digest.hexdigest()[:20], matrix)

    def write_snapshot(self, force: bool = False) -> None:
        """Refresh the catalogue snapshot that a cold search reads (local index only)."""
        if not self.settings.server_mode and (force or not catalogue.fresh(self.settings)):
            catalogue.save(self.settings, self.read_catalogue())

    def vectors_of(self, ids: list[str]) -> dict[str, np.ndarray]:
        got = self.collection.get(ids=ids, include=["embeddings"])
        return dict(zip(got["ids"], np.asarray(got["embeddings"], dtype=np.float32)))

    def get(self, ids: list[str]) -> dict[str, Paper]:
        """The stored records of these ids; an id the index lacks is simply absent."""
        if not ids or not self.count():
            return {}
        page = self.collection.get(ids=list(ids), include=["metadatas"])
        return {pid: paper_from_metadata(meta) for pid, meta in zip(page["ids"], page["metadatas"])}

    def vectors(self) -> dict[str, np.ndarray]:
        out: dict[str, np.ndarray] = {}
        for page in self._pages(["embeddings"]):
            out.update(zip(page["ids"], np.asarray(page["embeddings"], dtype=np.float32)))
        return out

    def sync(
        self,
        papers: list[Paper],
        embedder: Embedder,
        progress: Callable[[int], None] | None = None,
        allow_updates: bool = True,
    ) -> SyncReport:
        """Upsert papers whose content changed; untouched ones cost a hash comparison only.

        Vectors are computed for the whole change before the first write, so an error while
        embedding leaves the index as it was; writes go in batches, each a complete document.
        Without `allow_updates`, a change to a paper already indexed refuses the whole sync.
        """
        known = self.hashes([p.id for p in papers])
        report = SyncReport()
        todo: list[tuple[Paper, str]] = []
        for paper in papers:
            digest = paper.content_hash()
            if known.get(paper.id) == digest:
                report.unchanged += 1
                continue
            (report.updated if paper.id in known else report.added).append(paper.id)
            todo.append((paper, digest))
        if report.updated and not allow_updates:
            shown = ", ".join(report.updated[:5]) + (" …" if len(report.updated) > 5 else "")
            raise UpdatesRefused(
                f"this would change {len(report.updated)} paper(s) already in the index ({shown}); "
                "updates are off here (set RAG_ALLOW_UPDATES=1 to allow them)"
            )
        if progress:
            progress(report.unchanged)
        if not todo:
            return report
        before = embedder.embedded
        vectors = embedder.embed_texts([p.text for p, _ in todo], progress=progress)
        report.embedded = embedder.embedded - before
        write(self.collection, todo, vectors)
        return report

    def rebuild(self, papers: list[Paper], vectors: np.ndarray) -> None:
        """Write these papers into a fresh collection, then put it in place of the current one.

        Until the swap the old collection stays as it was, so a failure part-way loses nothing.
        """
        name = self.settings.collection
        spare = f"{name}-rebuild"
        if spare in {c.name if hasattr(c, "name") else c for c in self.client.list_collections()}:
            self.client.delete_collection(spare)
        fresh = self.client.create_collection(spare, configuration={"hnsw": {"space": "cosine"}})
        write(fresh, [(p, p.content_hash()) for p in papers], vectors)
        self.client.delete_collection(name)
        fresh.modify(name=name)
        from llama_index.vector_stores.chroma import ChromaVectorStore

        self.collection = self.client.get_collection(name)
        self.store = ChromaVectorStore(chroma_collection=self.collection)

    def dense(self, vector: np.ndarray, k: int, where: dict | None = None) -> list[tuple[str, float]]:
        """Top-k (id, cosine similarity) through llama-index's Chroma vector store."""
        from llama_index.core.vector_stores.types import VectorStoreQuery

        total = self.count()
        if not total or k <= 0:
            return []
        query = VectorStoreQuery(query_embedding=vector.tolist(), similarity_top_k=min(k, total))
        with self.reached():
            result = self.store.query(query, where=where) if where else self.store.query(query)
        # The store reports exp(-distance); with cosine space distance = 1 - cos.
        return [(i, 1.0 + math.log(max(s, 1e-12))) for i, s in zip(result.ids or [], result.similarities or [])]


def write(collection: Any, todo: list[tuple[Paper, str]], vectors: np.ndarray) -> None:
    """Upsert (paper, content hash) pairs with their vectors, in batches of whole documents."""
    from llama_index.core.schema import TextNode
    from llama_index.core.vector_stores.utils import node_to_metadata_dict

    for start in range(0, len(todo), WRITE_BATCH):
        chunk = todo[start : start + WRITE_BATCH]
        nodes = [
            TextNode(
                id_=p.id,
                text=p.text,
                metadata=paper_metadata(p, h),
                excluded_embed_metadata_keys=["paper_json"],
                excluded_llm_metadata_keys=["paper_json"],
            )
            for p, h in chunk
        ]
        collection.upsert(
            ids=[n.node_id for n in nodes],
            embeddings=vectors[start : start + len(chunk)].tolist(),
            documents=[n.text for n in nodes],
            metadatas=[node_to_metadata_dict(n, remove_text=True, flat_metadata=False) for n in nodes],
        )


def located(settings: Settings) -> str:
    if settings.server_mode:
        return f"Chroma server {settings.chroma_host}:{settings.chroma_port}"
    return f"local index {settings.index_dir}"


def probe_server(settings: Settings) -> None:
    """One bounded request before chromadb's client, which waits without limit, talks to the server."""
    import httpx

    url = f"http://{settings.chroma_host}:{settings.chroma_port}/api/v2/heartbeat"
    try:
        httpx.get(url, timeout=server_timeout(settings)).raise_for_status()
    except httpx.TimeoutException as err:
        raise IndexUnavailable(
            f"{located(settings)} accepted the connection but did not answer within "
            f"{settings.chroma_timeout:g}s (RAG_CHROMA_TIMEOUT)"
        ) from err
    except httpx.HTTPError as err:
        raise IndexUnavailable(f"cannot open {located(settings)}: {err}") from err


def server_timeout(settings: Settings) -> httpx.Timeout:
    import httpx

    return httpx.Timeout(settings.chroma_timeout, connect=min(5.0, settings.chroma_timeout))


def bound_server_calls(client: Any, settings: Settings) -> None:
    """chromadb 1.5 builds its httpx session with `timeout=None`; give every later call a bound."""
    session = getattr(getattr(client, "_server", None), "_session", None)
    if session is not None:
        session.timeout = server_timeout(settings)

"""`rag check`: is every document of the index whole, and `--repair` when one is not.

A document is whole when its vector can be read (finite, the model's width, not zero), its record
(`paper_json`) parses, its content hash matches that record, and its stored text is the record's
text. A sample of vectors is also searched for: each must find its own document. Repair rebuilds
the collection from the readable records, reusing sound vectors and re-embedding the rest, so a
re-ingest that sees unchanged hashes is no longer the only (and useless) way out.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np

from rag.embed import Embedder
from rag.index import PaperIndex, read_record
from rag.papers import Paper
from rag.writelock import write_lock

PAGE = 500
SAMPLE = 40


@dataclass
class Health:
    documents: int = 0
    problems: dict[str, str] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)
    records: dict[str, Paper] = field(default_factory=dict)
    vectors: dict[str, np.ndarray] = field(default_factory=dict)

    @property
    def whole(self) -> bool:
        return not self.problems and not self.errors

    def to_dict(self) -> dict:
        return {
            "documents": self.documents,
            "whole": self.whole,
            "problems": [{"id": k, "problem": v} for k, v in sorted(self.problems.items())],
            "errors": self.errors,
        }


def read_docs(collection: Any, ids: list[str]) -> list[tuple[str, Any, dict | None, str | None]]:
    """(id, embedding, metadata, document) per id; a batch that fails is split until the culprit is alone."""
    try:
        got = collection.get(ids=ids, include=["embeddings", "metadatas", "documents"])
    except Exception as err:
        if len(ids) == 1:
            return [(ids[0], err, *record_only(collection, ids[0]))]
        half = len(ids) // 2
        return read_docs(collection, ids[:half]) + read_docs(collection, ids[half:])
    found = {
        pid: (emb, meta, doc)
        for pid, emb, meta, doc in zip(got["ids"], got["embeddings"], got["metadatas"], got["documents"])
    }
    return [(pid, *found.get(pid, (None, None, None))) for pid in ids]


def record_only(collection: Any, pid: str) -> tuple[dict | None, str | None]:
    """The record of a document whose vector cannot be read, so repair can rebuild it."""
    try:
        got = collection.get(ids=[pid], include=["metadatas", "documents"])
        return got["metadatas"][0], got["documents"][0]
    except Exception:
        return None, None


def vector_problem(embedding: Any, width: int | None) -> str:
    if isinstance(embedding, Exception):
        return f"no readable vector ({str(embedding).splitlines()[0][:120]})"
    if embedding is None:
        return "no vector"
    vector = np.asarray(embedding, dtype=np.float32)
    if vector.ndim != 1 or (width and len(vector) != width):
        return f"vector of width {vector.shape} where the index holds {width}"
    if not np.isfinite(vector).all() or float(np.linalg.norm(vector)) < 1e-6:
        return "vector is zero or not finite"
    return ""


def check_index(index: PaperIndex, sample: int = SAMPLE) -> Health:
    health = Health()
    collection = index.collection
    try:
        ids = list(collection.get(include=[])["ids"])
    except Exception as err:
        health.errors.append(f"cannot list the documents: {err}")
        return health
    health.documents = len(ids)
    count = collection.count()
    if count != len(ids):
        health.errors.append(f"the collection counts {count} documents but lists {len(ids)}")
    width = None
    for start in range(0, len(ids), PAGE):
        for pid, embedding, meta, document in read_docs(collection, ids[start : start + PAGE]):
            if width is None and embedding is not None and not isinstance(embedding, Exception):
                width = len(embedding)
            if problem := vector_problem(embedding, width):
                health.problems[pid] = problem
            else:
                health.vectors[pid] = np.asarray(embedding, dtype=np.float32)
            try:
                paper, impossible = read_record(meta or {})
            except (KeyError, TypeError, ValueError) as err:
                health.problems.setdefault(pid, f"record unreadable ({type(err).__name__})")
                continue
            health.records[pid] = paper
            if pid in health.problems:
                continue
            if paper.id != pid:
                health.problems[pid] = f"record names {paper.id}"
            elif impossible:
                health.problems[pid] = f"record holds {', '.join(impossible)}, no calendar date (left out when read)"
            elif (meta or {}).get("content_hash") != paper.content_hash():
                health.problems[pid] = "content hash does not match the record"
            elif document != paper.text:
                health.problems[pid] = "stored text differs from the record"
    search_sample(collection, health, sample)
    return health


SEARCH_DEPTH = 20
RETRY_DEPTH = 200
# A neighbour this close (cosine distance) stands where the vector itself would: the search reached its place.
SAME_PLACE = 1e-3


def search_sample(collection: Any, health: Health, sample: int) -> None:
    """Every vector read back must also be findable by dense search (the HNSW graph, not only the store).

    The graph is approximate: among many near-identical vectors (versions of one paper, a synthetic
    corpus) the search may return others at or near its place instead of this one, which is no fault; a
    vector missed is searched for again ten times deeper, and one found at neither depth is lost."""
    sound = sorted(health.vectors)
    if not sound or sample <= 0:
        return
    picks = [sound[i] for i in np.linspace(0, len(sound) - 1, min(sample, len(sound)), dtype=int)]
    missed = unfound(collection, health, picks, SEARCH_DEPTH)
    if missed:  # searched again deeper (the graph's search widens with the results asked for) before calling it lost
        for pid in unfound(collection, health, missed, min(RETRY_DEPTH, collection.count())) or []:
            health.problems[pid] = "dense search does not find its own vector"


def unfound(collection: Any, health: Health, picks: list[str], depth: int) -> list[str] | None:
    """The picked vectors a search `depth` deep returns neither themselves nor a vector at the same place;
    None (the error recorded) when the search itself fails."""
    try:
        found = collection.query(query_embeddings=[health.vectors[p].tolist() for p in picks], n_results=depth)
    except Exception as err:
        health.errors.append(f"dense search fails: {str(err).splitlines()[0][:200]}")
        return None
    distances = found.get("distances") or [[] for _ in picks]
    return [
        pid
        for pid, ids, far in zip(picks, found["ids"], distances)
        if pid not in ids and not (far and min(far) <= SAME_PLACE)
    ]


@dataclass
class Repair:
    kept: int
    reembedded: int
    dropped: list[str]

    def to_dict(self) -> dict:
        return {"kept": self.kept, "reembedded": self.reembedded, "dropped": self.dropped}


def repair_index(index: PaperIndex, embedder: Embedder, health: Health) -> Repair:
    """Rebuild the collection from its readable records, under the same lock as an ingest.

    Documents without a readable record cannot be rebuilt from the index: they are dropped, and
    the next `rag ingest` of their digests adds them again.
    """
    with write_lock(index.settings):
        papers = sorted(health.records.values(), key=lambda p: p.id)
        dropped = sorted(set(health.problems) - set(health.records))
        sound = {pid for pid in health.vectors if pid not in health.problems or "dense search" in health.problems[pid]}
        redo = [p for p in papers if p.id not in sound]
        fresh = embedder.embed_texts([p.text for p in redo]) if redo else np.zeros((0, 0), dtype=np.float32)
        vectors = {**health.vectors, **{p.id: v for p, v in zip(redo, fresh)}}  # fresh where re-embedded
        matrix = np.stack([vectors[p.id] for p in papers]) if papers else fresh
        index.rebuild(papers, matrix)
    return Repair(kept=len(papers) - len(redo), reembedded=len(redo), dropped=dropped)

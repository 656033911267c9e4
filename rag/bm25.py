"""BM25 (Lucene's variant) as one sparse matrix, built in a single streaming pass.

Each document's tokens are counted and dropped at once, so building for 100k papers needs the
matrix and the vocabulary, not every token list at the same time (bm25s, given token lists,
peaked 1.4 GB at 100k here). The term counts (docs × terms) and their weights, column by column,
are kept on disk per corpus version; a cold start memory-maps the weights' raw arrays and a query
adds up the columns of its terms, so neither weighting nor scipy is needed to search. Appending a
few documents tokenises only them and re-weights the whole matrix, which takes milliseconds.
"""

from __future__ import annotations

import json
import os
from array import array
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

import numpy as np

if TYPE_CHECKING:
    from scipy import sparse

K1, B = 1.5, 0.75
WEIGHTS = ("data", "indices", "indptr", "shape")  # the CSC weight matrix's arrays, each a `weights-<name>.npy`


class Bm25Index:
    """Raw term counts are kept beside the weights, so new papers cost their own tokenising only."""

    def __init__(
        self,
        tf: sparse.csr_matrix | None,
        vocab: dict[str, int],
        weights: tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray] | None = None,
        folder: Path | None = None,
    ):
        self._tf, self.folder = tf, folder  # counts: read from `folder` only when documents are added
        self.vocab = vocab
        if weights is None:
            assert tf is not None
            csc = bm25_weights(tf)
            weights = (csc.data, csc.indices, csc.indptr, np.array(csc.shape, dtype=np.int64))
        self.data, self.indices, self.indptr, shape = weights
        self.docs = int(shape[0])
        self.df = np.diff(self.indptr)

    @property
    def tf(self) -> sparse.csr_matrix:
        if self._tf is None:
            from scipy import sparse

            assert self.folder is not None
            self._tf = sparse.load_npz(self.folder / "tf.npz").tocsr()
        return self._tf

    @classmethod
    def build(cls, texts: Iterable[str], tokenize: Callable[[str], list[str]]) -> Bm25Index:
        vocab: dict[str, int] = {}
        return cls(count_terms(texts, tokenize, vocab), vocab)

    def extend(self, texts: Iterable[str], tokenize: Callable[[str], list[str]]) -> Bm25Index:
        """A new index with these documents appended as the last rows; weights recomputed for all."""
        vocab = dict(self.vocab)
        new = count_terms(texts, tokenize, vocab)
        old = self.tf.copy()
        old.resize(old.shape[0], len(vocab))
        from scipy import sparse

        return Bm25Index(sparse.vstack([old, new], format="csr"), vocab)

    def take(self, rows: list[int]) -> Bm25Index:
        """A new index holding these rows in this order (documents replaced or reordered)."""
        return Bm25Index(self.tf[rows], self.vocab)

    def save(self, folder: Path) -> None:
        """The counts and vocabulary, then the weights; `tf.npz` is written last, as the sign of a whole save."""
        from scipy import sparse

        folder.mkdir(parents=True, exist_ok=True)
        with replaced(folder / "vocab.json") as fh:
            fh.write(json.dumps(self.vocab).encode("utf-8"))
        shape = np.array([self.docs, len(self.indptr) - 1], dtype=np.int64)
        for name, array_ in zip(WEIGHTS, (self.data, self.indices, self.indptr, shape)):
            with replaced(folder / f"weights-{name}.npy") as fh:
                np.save(fh, array_)
        with replaced(folder / "tf.npz") as fh:
            sparse.save_npz(fh, self.tf, compressed=False)

    @classmethod
    def load(cls, folder: Path) -> Bm25Index:
        """The weights memory-mapped as saved; a folder saved without them is weighted once and completed."""
        vocab = json.loads((folder / "vocab.json").read_text(encoding="utf-8"))
        try:
            data, indices, indptr, shape = (np.load(folder / f"weights-{name}.npy", mmap_mode="r") for name in WEIGHTS)
        except (OSError, ValueError):
            from scipy import sparse

            index = cls(sparse.load_npz(folder / "tf.npz").tocsr(), vocab)
            index.save(folder)
            return index
        return cls(None, vocab, (np.asarray(data), np.asarray(indices), np.asarray(indptr), np.asarray(shape)), folder)

    def term_ids(self, tokens: list[str]) -> list[int]:
        return [self.vocab[t] for t in tokens if t in self.vocab]

    def scores(self, tokens: list[str]) -> np.ndarray:
        """The sum of the query terms' columns (a repeated term counts again), added in float32 term by
        term, in the order scipy's `matrix[:, ids].sum(axis=1)` adds them, so the scores are the same."""
        out = np.zeros(self.docs, dtype=np.float32)
        for t in self.term_ids(tokens):
            start, end = self.indptr[t], self.indptr[t + 1]
            out[self.indices[start:end]] += self.data[start:end]
        return out


@contextmanager
def replaced(path: Path) -> Iterator[BinaryIO]:
    """A file written beside `path` and renamed onto it: a reader (or a memory map) never sees half of it."""
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    with open(tmp, "wb") as fh:
        yield fh
    tmp.replace(path)


def count_terms(texts: Iterable[str], tokenize: Callable[[str], list[str]], vocab: dict[str, int]) -> sparse.csr_matrix:
    """Documents × terms counts in one streaming pass; `vocab` grows with each new term."""
    from scipy import sparse

    indptr, indices, counts = array("q", [0]), array("i"), array("f")
    for text in texts:
        for token, count in Counter(tokenize(text)).items():
            indices.append(vocab.setdefault(token, len(vocab)))
            counts.append(count)
        indptr.append(len(indices))
    return sparse.csr_matrix(
        (
            np.frombuffer(counts, dtype=np.float32),
            np.frombuffer(indices, dtype=np.int32),
            np.frombuffer(indptr, dtype=np.int64),
        ),
        shape=(len(indptr) - 1, len(vocab)),
    )


def bm25_weights(tf: sparse.csr_matrix) -> sparse.csc_matrix:
    """Lucene's BM25 weight of every (document, term) count, as a column-sliceable matrix."""
    from scipy import sparse

    tf = tf.tocsr()
    n = tf.shape[0]
    dl = np.asarray(tf.sum(axis=1), dtype=np.float32).ravel()
    df = np.bincount(tf.indices, minlength=tf.shape[1]).astype(np.float32)
    idf = np.log1p((n - df + 0.5) / (df + 0.5))
    doc_len = np.repeat(dl, np.diff(tf.indptr))
    avgdl = float(dl.mean()) if n else 1.0
    values = tf.data
    weights = idf[tf.indices] * values * (K1 + 1) / (values + K1 * (1 - B + B * doc_len / max(avgdl, 1e-9)))
    return sparse.csr_matrix((weights.astype(np.float32), tf.indices, tf.indptr), shape=tf.shape).tocsc()

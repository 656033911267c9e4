"""BM25 (Lucene's variant) as one sparse matrix, built in a single streaming pass.

Each document's tokens are counted and dropped at once, so building for 100k papers needs the
matrix and the vocabulary, not every token list at the same time (bm25s, given token lists,
peaked 1.4 GB at 100k here). The term counts (docs × terms) are kept on disk per corpus version and
weighted on load; a query sums the columns of its terms. Appending a few documents tokenises only
them and re-weights the whole matrix, which takes milliseconds.
"""

from __future__ import annotations

import json
from array import array
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path

import numpy as np
from scipy import sparse

K1, B = 1.5, 0.75


class Bm25Index:
    """Raw term counts are kept beside the weights, so new papers cost their own tokenising only."""

    def __init__(self, tf: sparse.csr_matrix, vocab: dict[str, int]):
        self.tf = tf
        self.vocab = vocab
        self.matrix = bm25_weights(tf)
        self.df = np.diff(self.matrix.indptr)

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
        return Bm25Index(sparse.vstack([old, new], format="csr"), vocab)

    def take(self, rows: list[int]) -> Bm25Index:
        """A new index holding these rows in this order (documents replaced or reordered)."""
        return Bm25Index(self.tf[rows], self.vocab)

    def save(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        sparse.save_npz(folder / "tf.npz", self.tf, compressed=False)
        (folder / "vocab.json").write_text(json.dumps(self.vocab), encoding="utf-8")

    @classmethod
    def load(cls, folder: Path) -> Bm25Index:
        vocab = json.loads((folder / "vocab.json").read_text(encoding="utf-8"))
        return cls(sparse.load_npz(folder / "tf.npz").tocsr(), vocab)

    def term_ids(self, tokens: list[str]) -> list[int]:
        return [self.vocab[t] for t in tokens if t in self.vocab]

    def scores(self, tokens: list[str]) -> np.ndarray:
        ids = self.term_ids(tokens)
        if not ids:
            return np.zeros(self.matrix.shape[0], dtype=np.float32)
        return np.asarray(self.matrix[:, ids].sum(axis=1), dtype=np.float32).ravel()


def count_terms(texts: Iterable[str], tokenize: Callable[[str], list[str]], vocab: dict[str, int]) -> sparse.csr_matrix:
    """Documents × terms counts in one streaming pass; `vocab` grows with each new term."""
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

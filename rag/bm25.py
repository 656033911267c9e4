"""BM25 (Lucene's variant) as one sparse matrix, built in a single streaming pass.

Each document's tokens are counted and dropped at once, so building for 100k papers needs the
matrix and the vocabulary, not every token list at the same time (bm25s, given token lists,
peaked 1.4 GB at 100k here). The matrix (docs × terms, BM25 weights) is kept on disk per corpus
version; a query sums the columns of its terms.
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
    def __init__(self, matrix: sparse.csc_matrix, vocab: dict[str, int]):
        self.matrix = matrix
        self.vocab = vocab
        self.df = np.diff(matrix.indptr)

    @classmethod
    def build(cls, texts: Iterable[str], tokenize: Callable[[str], list[str]]) -> Bm25Index:
        vocab: dict[str, int] = {}
        indptr, indices, counts, lengths = array("q", [0]), array("i"), array("f"), array("f")
        for text in texts:
            tf = Counter(tokenize(text))
            for token, count in tf.items():
                indices.append(vocab.setdefault(token, len(vocab)))
                counts.append(count)
            indptr.append(len(indices))
            lengths.append(sum(tf.values()))
        n = len(lengths)
        ind = np.frombuffer(indices, dtype=np.int32)
        tf_values = np.frombuffer(counts, dtype=np.float32)
        dl = np.frombuffer(lengths, dtype=np.float32)
        df = np.bincount(ind, minlength=len(vocab)).astype(np.float32)
        idf = np.log1p((n - df + 0.5) / (df + 0.5))
        doc_len = np.repeat(dl, np.diff(np.frombuffer(indptr, dtype=np.int64)).astype(np.int64))
        avgdl = float(dl.mean()) if n else 1.0
        weights = idf[ind] * tf_values * (K1 + 1) / (tf_values + K1 * (1 - B + B * doc_len / max(avgdl, 1e-9)))
        matrix = sparse.csr_matrix(
            (weights.astype(np.float32), ind, np.frombuffer(indptr, dtype=np.int64)), shape=(n, len(vocab))
        ).tocsc()
        return cls(matrix, vocab)

    def save(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        sparse.save_npz(folder / "matrix.npz", self.matrix)
        (folder / "vocab.json").write_text(json.dumps(self.vocab), encoding="utf-8")

    @classmethod
    def load(cls, folder: Path) -> Bm25Index:
        vocab = json.loads((folder / "vocab.json").read_text(encoding="utf-8"))
        return cls(sparse.load_npz(folder / "matrix.npz").tocsc(), vocab)

    def term_ids(self, tokens: list[str]) -> list[int]:
        return [self.vocab[t] for t in tokens if t in self.vocab]

    def scores(self, tokens: list[str]) -> np.ndarray:
        ids = self.term_ids(tokens)
        if not ids:
            return np.zeros(self.matrix.shape[0], dtype=np.float32)
        return np.asarray(self.matrix[:, ids].sum(axis=1), dtype=np.float32).ravel()

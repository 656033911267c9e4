"""Exact top-n by cosine over many vectors, screened through an int8 copy of them.

A float32 matrix-vector product over 100k × 384 vectors reads 150 MB per query, and on a 2-core
machine that is most of a search. Each row is also kept as int8 codes with a scale of its own;
onnxruntime's integer matmul scores every row from a quarter of the bytes, and a bound on what the
rounding can have changed (from the row's rounding residual and the query's, both known exactly)
tells which rows can still be among the top n. Only those are scored in float32, so the rows found
are the full product's top n, scored as it scores them (to float32 rounding, which already differs
with a row's place in the matrix); nothing is approximated.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

SCREEN_MIN_ROWS = 20_000  # below this the float32 product takes a millisecond or two: no screen
SLACK = 1e-4  # float32 rounding of a 384-term dot product is far below this
CHUNK = 8192


@dataclass
class Screen:
    """Each row as int8 codes, its scale, the norm of its rounding residual (rounded up) and its norm."""

    codes: np.ndarray  # int8, rows × dim
    rows: np.ndarray  # float64, rows × 3: scale, residual, norm

    def __post_init__(self) -> None:
        self.scale = self.rows[:, 0].astype(np.float32)
        self.residual = float(self.rows[:, 1].max(initial=0.0))
        self.norm = float(self.rows[:, 2].max(initial=0.0))

    @classmethod
    def of(cls, vectors: np.ndarray) -> Screen:
        codes = np.empty(vectors.shape, dtype=np.int8)
        rows = np.empty((len(vectors), 3), dtype=np.float64)
        for start in range(0, len(vectors), CHUNK):
            block = np.asarray(vectors[start : start + CHUNK], dtype=np.float64)
            scale = np.abs(block).max(axis=1) / 127
            scale[scale == 0] = 1.0
            q = np.clip(np.rint(block / scale[:, None]), -127, 127)
            codes[start : start + len(block)] = q
            residual = np.linalg.norm(block - q * scale[:, None], axis=1)
            rows[start : start + len(block)] = np.stack(
                [scale, np.nextafter(residual * (1 + 1e-9), np.inf), np.linalg.norm(block, axis=1)], axis=1
            )
        return cls(codes, rows)

    def candidates(self, query: np.ndarray, n: int, allowed: np.ndarray | None) -> np.ndarray:
        """Row numbers that may be among the n best by exact score (all of those, and a few others).

        A row's exact score differs from its int8 estimate by at most `reach` / 2 (the query's and
        the row's rounding, bounded by Cauchy-Schwarz, plus float32 rounding): the n-th best
        estimate minus `reach` is below the n-th best exact score, and a row estimated under it
        cannot reach the top n.
        """
        q = np.asarray(query, dtype=np.float64)
        t = float(np.abs(q).max()) / 127 or 1.0
        q8 = np.clip(np.rint(q / t), -127, 127)
        off = float(np.linalg.norm(q - q8 * t))
        reach = 2 * (float(np.linalg.norm(q8 * t)) * self.residual + off * self.norm + SLACK)
        approx = int8_dots(self.codes, q8.astype(np.int8)).astype(np.float32)
        approx *= self.scale
        approx *= np.float32(t)
        if allowed is not None:
            approx[~allowed] = -np.inf
        n = min(n, len(approx) if allowed is None else int(allowed.sum()))
        if n <= 0:
            return np.zeros(0, dtype=np.int64)
        nth = np.partition(approx, len(approx) - n)[len(approx) - n]
        return np.flatnonzero(approx >= nth - reach)


def top(
    vectors: np.ndarray, query: np.ndarray, n: int, allowed: np.ndarray | None = None, screen: Screen | None = None
) -> list[tuple[int, float]]:
    """The n rows with the highest dot product with `query` (ties by row number), with their float32 scores."""
    if screen is not None:
        rows = screen.candidates(query, n, allowed)
        scores = vectors[rows] @ query
    else:
        scores = vectors @ query
        keep = np.isfinite(scores) if allowed is None else allowed & np.isfinite(scores)
        rows, scores = np.flatnonzero(keep), scores[keep]
    n = min(n, len(rows))
    if n <= 0:
        return []
    if len(rows) > n:
        keep = np.argpartition(-scores, n - 1)[:n]
        edge = scores[keep].min()
        keep = np.flatnonzero(scores >= edge)  # every row tied with the last one, so ties go by row number
        rows, scores = rows[keep], scores[keep]
    order = np.lexsort((rows, -scores))[:n]
    return [(int(rows[i]), float(scores[i])) for i in order]


_SESSION: list[Any] = []


def int8_dots(codes: np.ndarray, query: np.ndarray) -> np.ndarray:
    """codes @ query in exact int32 arithmetic, through onnxruntime's MatMulInteger (numpy has no int8 BLAS)."""
    if not _SESSION:
        import onnxruntime as ort

        opts = ort.SessionOptions()
        opts.log_severity_level = 3
        _SESSION.append(ort.InferenceSession(matmul_integer_model(codes.shape[1]), opts, ["CPUExecutionProvider"]))
    out = _SESSION[0].run(None, {"A": codes, "B": query.reshape(-1, 1)})[0]
    return np.asarray(out).ravel()


def matmul_integer_model(dim: int) -> bytes:
    """A one-node ONNX graph, C[n, 1] = MatMulInteger(A[n, dim] int8, B[dim, 1] int8), as protobuf bytes.

    Written by hand (a dozen fields) so that no `onnx` package is needed to run it.
    """

    def varint(n: int) -> bytes:
        out = bytearray()
        while True:
            byte, n = n & 0x7F, n >> 7
            out.append(byte | (0x80 if n else 0))
            if not n:
                return bytes(out)

    def field(number: int, value: int | str | bytes) -> bytes:
        if isinstance(value, int):
            return varint(number << 3) + varint(value)
        data = value.encode() if isinstance(value, str) else value
        return varint(number << 3 | 2) + varint(len(data)) + data

    def tensor(name: str, elem_type: int, dims: list[int | str]) -> bytes:
        shape = b"".join(field(1, field(2, d) if isinstance(d, str) else field(1, d)) for d in dims)
        return field(1, name) + field(2, field(1, field(1, elem_type) + field(2, shape)))

    int8, int32 = 3, 6
    node = field(1, "A") + field(1, "B") + field(2, "C") + field(3, "dots") + field(4, "MatMulInteger")
    graph = (
        field(1, node)
        + field(2, "screen")
        + field(11, tensor("A", int8, ["n", dim]))
        + field(11, tensor("B", int8, [dim, 1]))
        + field(12, tensor("C", int32, ["n", 1]))
    )
    return field(1, 8) + field(8, field(1, "") + field(2, 13)) + field(7, graph)

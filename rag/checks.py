"""Request checks every face shares (CLI, HTTP API, MCP) that load nothing: the CLI runs them before it decides
whether to answer in process or through a server, so a served `rag ask` in a pipe still imports no numpy."""

from __future__ import annotations


class RequestError(ValueError):
    """Input a caller can fix; the message is one line naming the field."""


MOST_CHARS = 4000  # a question with a pasted abstract fits; a pasted paper (probe9: 160 KB took 22 s) does not


def check_text(field: str, text: str | None) -> str:
    """The text, stripped; empty or overlong text is refused in one wording on every face ("question: empty")."""
    text = (text or "").strip()
    if not text:
        raise RequestError(f"{field}: empty")
    if len(text) > MOST_CHARS:
        raise RequestError(f"{field}: {len(text):,} characters; expected at most {MOST_CHARS:,}")
    return text


MOST_HITS = 100  # papers one search returns at most, on every face


def check_k(k: int | None, default: int, most: int = MOST_HITS) -> int:
    k = default if k is None else k
    if not 1 <= k <= most:
        raise RequestError(f"k {k}: expected 1 to {most}")
    return k

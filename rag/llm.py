"""Answer backends behind one small interface: `stream(system, user)` yields text pieces,
`complete(system, user)` returns them joined.

`openai` speaks the chat-completions API to OpenAI or any compatible server (vLLM, llama.cpp,
Ollama). The `extractive` backend needs no model and lives in `rag/extractive.py`: it writes no
free text, and an empty reply tells the caller to compose from the evidence instead.
"""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, Protocol

from rag.extractive import ExtractiveBackend
from rag.settings import Settings

if TYPE_CHECKING:
    import queue
    import threading

    from openai.types.chat import ChatCompletionMessageParam

OPENAI_BASE_URL = "https://api.openai.com/v1"


class LLMError(RuntimeError):
    """A one-line, user-facing reason the configured LLM could not answer."""


class Backend(Protocol):
    name: str

    def stream(self, system: str, user: str) -> Iterator[str]: ...

    def complete(self, system: str, user: str) -> str: ...


def openai_endpoint(settings: Settings) -> tuple[str, str]:
    """(base URL, API key) for the answer backend and the eval judge alike; local servers need no key."""
    key = settings.llm_api_key or os.environ.get("OPENAI_API_KEY") or "not-needed"
    return settings.llm_base_url or OPENAI_BASE_URL, key


RETRYABLE_STATUS = {408, 409, 429, 500, 502, 503, 504}
CONNECT_S = 5.0


def redact_url(url: str) -> str:
    """The URL without `user:pass@` and with every query value masked, for messages."""
    from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
        if parts.port:
            host = f"{host}:{parts.port}"
    except ValueError:
        return "<unparseable URL>"
    query = urlencode([(k, "***") for k, _ in parse_qsl(parts.query, keep_blank_values=True)], safe="*")
    return urlunsplit((parts.scheme, host, parts.path, query, ""))


def url_secrets(url: str) -> list[str]:
    """What must never be echoed from a base URL: user, password and query values."""
    from urllib.parse import parse_qsl, unquote, urlsplit

    try:
        parts = urlsplit(url)
        found = [parts.username, parts.password] + [v for _, v in parse_qsl(parts.query)]
    except ValueError:
        return [url]
    found += [unquote(s) for s in found if s]
    return sorted({s for s in found if s and len(s) >= 3}, key=len, reverse=True)


class OpenAIBackend:
    """Chat completions through the `openai` client, under one overall deadline per request.

    `RAG_LLM_TIMEOUT` bounds the whole request (connect, every read, retries and their backoff):
    the reply is read in a worker thread, and the caller stops waiting at the deadline however
    the server behaves (hung, or trickling keep-alives). A stream that ends without a
    `finish_reason` was cut, and is an error rather than an answer.
    """

    def __init__(self, settings: Settings):
        import httpx
        import openai

        self.model = settings.llm_model
        self.base_url, key = openai_endpoint(settings)
        self.shown_url = redact_url(self.base_url)
        self.name = f"openai:{self.model}"
        self.deadline_s = settings.llm_timeout
        self.retries = max(settings.llm_max_retries, 0)
        self.secrets = url_secrets(self.base_url) + ([key] if len(key) >= 6 and key != "not-needed" else [])
        self.client = openai.OpenAI(
            base_url=self.base_url,
            api_key=key,
            timeout=httpx.Timeout(self.deadline_s, connect=min(CONNECT_S, self.deadline_s)),
            max_retries=0,
        )

    def scrub(self, text: str) -> str:
        text = text.replace(self.base_url, self.shown_url)
        for secret in self.secrets:
            text = text.replace(secret, "***")
        return text

    def stream(self, system: str, user: str) -> Iterator[str]:
        import queue
        import threading

        messages: list[ChatCompletionMessageParam] = [
            {"role": "system", "content": system},
            {"role": "user", "content": user},
        ]
        deadline = time.monotonic() + self.deadline_s
        out: queue.Queue[tuple[str, Any]] = queue.Queue()
        cancel = threading.Event()
        current: list[Any] = []
        worker = threading.Thread(target=self._produce, args=(messages, deadline, out, cancel, current), daemon=True)
        worker.start()
        try:
            while True:
                try:
                    kind, value = out.get(timeout=max(deadline - time.monotonic(), 0.001))
                except queue.Empty:
                    raise LLMError(
                        f"{self.shown_url} did not answer within {self.deadline_s:g}s (RAG_LLM_TIMEOUT)"
                    ) from None
                if kind == "piece":
                    yield value
                elif kind == "error":
                    raise LLMError(self.scrub(str(value))) from None
                else:
                    return
        finally:
            cancel.set()
            for chunks in current:  # unblock a worker still reading from a server that will not finish
                with contextlib.suppress(Exception):
                    chunks.response.close()

    def _produce(
        self,
        messages: list[ChatCompletionMessageParam],
        deadline: float,
        out: queue.Queue[tuple[str, Any]],
        cancel: threading.Event,
        current: list[Any],
    ) -> None:
        """Worker: one request with retries while time is left; pieces, then ("end"|"error", …) into `out`."""
        import httpx

        sent = False
        for attempt in range(self.retries + 1):
            remaining = deadline - time.monotonic()
            if remaining <= 0 or cancel.is_set():
                return
            try:
                chunks = self.client.chat.completions.create(
                    model=self.model,
                    messages=messages,
                    stream=True,
                    temperature=0,
                    timeout=httpx.Timeout(remaining, connect=min(CONNECT_S, remaining)),
                )
                current.append(chunks)
                kind = chunks.response.headers.get("content-type", "") if hasattr(chunks, "response") else ""
                if kind and "event-stream" not in kind:  # a server that ignored stream=true, or an HTML error page
                    raise LLMError(
                        f"{self.shown_url} answered with {kind.split(';')[0]}, not an event stream: "
                        "is it an OpenAI-compatible server that streams?"
                    )
                finish = None
                with chunks:
                    for chunk in chunks:
                        if cancel.is_set():
                            return
                        choices = getattr(chunk, "choices", None)
                        if choices is None:
                            raise LLMError(f"malformed response from {self.shown_url}: a chunk without choices")
                        for choice in choices:
                            piece = getattr(choice.delta, "content", None) if choice.delta else None
                            finish = getattr(choice, "finish_reason", None) or finish
                            if piece:
                                sent = True
                                out.put(("piece", piece))
                if not sent:
                    raise LLMError(f"empty response from {self.shown_url} for model {self.model!r}")
                if finish is None:
                    raise LLMError(f"the answer from {self.shown_url} was cut off mid-stream (no finish_reason)")
                if finish == "length":
                    raise LLMError(f"the answer from {self.shown_url} stopped at the model's length limit")
                out.put(("end", None))
                return
            except Exception as err:
                if cancel.is_set():
                    return
                retry = not sent and attempt < self.retries and self._retryable(err)
                wait = min(0.5 * 2**attempt, 8.0)
                if retry and time.monotonic() + wait < deadline:
                    time.sleep(wait)
                    continue
                out.put(("error", self._reason(err, sent, attempt)))
                return

    @staticmethod
    def _retryable(err: Exception) -> bool:
        import openai

        if isinstance(err, openai.APIStatusError):
            return err.status_code in RETRYABLE_STATUS
        return isinstance(err, (openai.APITimeoutError, openai.APIConnectionError))

    def _reason(self, err: Exception, sent: bool, attempt: int) -> str:
        """One line for the user; never the raw URL or a credential (scrubbed by the caller)."""
        import httpx
        import openai

        url = self.shown_url
        if isinstance(err, LLMError):
            return str(err)
        if isinstance(err, openai.AuthenticationError):
            return f"401 unauthorised at {url}: check RAG_LLM_API_KEY"
        if isinstance(err, openai.NotFoundError):
            return f"model {self.model!r} not found at {url}: check RAG_LLM_MODEL"
        if isinstance(err, openai.RateLimitError):
            return f"rate-limited (429) by {url} after {attempt} retries"
        if isinstance(err, openai.APITimeoutError):
            return f"{url} did not answer within {self.deadline_s:g}s"
        if isinstance(err, openai.APIConnectionError):
            return f"cannot reach {url}: {err.__cause__ or err}"
        if isinstance(err, openai.APIStatusError):
            return f"{url} answered HTTP {err.status_code}"
        if isinstance(err, httpx.HTTPError):
            where = "mid-answer" if sent else "before answering"
            return f"the connection to {url} dropped {where} ({type(err).__name__})"
        if isinstance(err, (ValueError, KeyError, TypeError, AttributeError)):
            return f"malformed response from {url}: {err}"
        return f"{url} failed: {type(err).__name__}: {err}"

    def complete(self, system: str, user: str) -> str:
        return "".join(self.stream(system, user))


def configured_backend(settings: Settings) -> Backend:
    """The backend to answer with.

    `auto` picks openai when a base URL or key is configured, else extractive.
    """
    choice = settings.llm.lower()
    if choice == "extractive":
        return ExtractiveBackend()
    if choice == "openai":
        return OpenAIBackend(settings)
    if choice == "auto":
        if settings.llm_base_url or settings.llm_api_key or os.environ.get("OPENAI_API_KEY"):
            return OpenAIBackend(settings)
        return ExtractiveBackend()
    raise LLMError(f"RAG_LLM={settings.llm!r}: choose auto, openai or extractive")

"""Answer backends behind one small interface: `stream(system, user)` yields text pieces,
`complete(system, user)` returns them joined.

`openai` speaks the chat-completions API to OpenAI or any compatible server (vLLM, llama.cpp,
Ollama). The `extractive` backend needs no model and lives in `rag/extractive.py`: it writes no
free text, and an empty reply tells the caller to compose from the evidence instead.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Protocol

from rag.extractive import ExtractiveBackend
from rag.settings import Settings

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


class OpenAIBackend:
    """Chat completions through the `openai` client, which retries 429/5xx and timeouts with backoff."""

    def __init__(self, settings: Settings):
        import openai

        self.model = settings.llm_model
        self.base_url, key = openai_endpoint(settings)
        self.name = f"openai:{self.model}"
        self.client = openai.OpenAI(
            base_url=self.base_url, api_key=key, timeout=settings.llm_timeout, max_retries=settings.llm_max_retries
        )

    def stream(self, system: str, user: str) -> Iterator[str]:
        import openai

        messages = [{"role": "system", "content": system}, {"role": "user", "content": user}]
        try:
            chunks = self.client.chat.completions.create(
                model=self.model, messages=messages, stream=True, temperature=0
            )
            got_any = False
            for chunk in chunks:
                choices = getattr(chunk, "choices", None)
                if choices is None:
                    raise LLMError(f"malformed response from {self.base_url}: a chunk without choices")
                for choice in choices:
                    piece = getattr(choice.delta, "content", None) if choice.delta else None
                    if piece:
                        got_any = True
                        yield piece
            if not got_any:
                raise LLMError(f"empty response from {self.base_url} for model {self.model!r}")
        except openai.AuthenticationError as err:
            raise LLMError(f"401 unauthorised at {self.base_url}: check RAG_LLM_API_KEY") from err
        except openai.NotFoundError as err:
            raise LLMError(f"model {self.model!r} not found at {self.base_url}: check RAG_LLM_MODEL") from err
        except openai.RateLimitError as err:
            raise LLMError(f"rate-limited (429) by {self.base_url} after {self.client.max_retries} retries") from err
        except openai.APITimeoutError as err:
            raise LLMError(f"{self.base_url} did not answer within {self.client.timeout:g}s") from err
        except openai.APIConnectionError as err:
            raise LLMError(f"cannot reach {self.base_url}: {err.__cause__ or err}") from err
        except openai.APIStatusError as err:
            raise LLMError(f"{self.base_url} answered HTTP {err.status_code}") from err
        except (ValueError, KeyError, TypeError, AttributeError) as err:
            raise LLMError(f"malformed response from {self.base_url}: {err}") from err

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

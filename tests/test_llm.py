"""The openai backend against a real HTTP server on 127.0.0.1 (tests/fake_openai.py)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from rag.extractive import ExtractiveBackend
from rag.llm import LLMError, OpenAIBackend, configured_backend, openai_endpoint
from tests.fake_openai import DEFAULT_ANSWER, FakeOpenAI


def backend(settings, server, model="ok", **kw):
    return OpenAIBackend(
        replace(settings, llm="openai", llm_base_url=server.base_url, llm_model=model, llm_api_key="test-key", **kw)
    )


def test_streams_the_answer_in_pieces(settings):
    with FakeOpenAI() as server:
        pieces = list(backend(settings, server).stream("system", "user"))
    assert len(pieces) > 3 and "".join(pieces) == DEFAULT_ANSWER
    sent = server.requests[0]
    assert sent["stream"] is True and sent["messages"][0] == {"role": "system", "content": "system"}


def test_401_is_one_clear_line(settings):
    with (
        FakeOpenAI() as server,
        pytest.raises(
            LLMError,
            match=r"^401 unauthorised at http://127\.0\.0\.1:\d+/v1: "
            r"check RAG_LLM_API_KEY$",
        ),
    ):
        list(backend(settings, server, "unauthorised").stream("s", "u"))


def test_wrong_model_is_named(settings):
    with FakeOpenAI() as server, pytest.raises(LLMError, match="model 'missing' not found"):
        list(backend(settings, server, "missing").stream("s", "u"))


def test_429_is_retried_with_backoff(settings):
    with FakeOpenAI() as server:
        text = "".join(backend(settings, server, "busy-then-ok").stream("s", "u"))
    assert text == DEFAULT_ANSWER and server.calls["busy-then-ok"] == 2


def test_429_without_retries_left_says_so(settings):
    with FakeOpenAI() as server, pytest.raises(LLMError, match=r"rate-limited \(429\)"):
        list(backend(settings, server, "busy-then-ok", llm_max_retries=0).stream("s", "u"))


def test_timeout(settings):
    with FakeOpenAI() as server, pytest.raises(LLMError, match=r"did not answer within 0\.5s"):
        list(backend(settings, server, "slow", llm_timeout=0.5, llm_max_retries=0).stream("s", "u"))


def test_malformed_response(settings):
    with FakeOpenAI() as server, pytest.raises(LLMError, match=r"answered with application/json, not an event stream"):
        list(backend(settings, server, "malformed", llm_max_retries=0).stream("s", "u"))


def test_unreachable_server(settings):
    dead = replace(settings, llm="openai", llm_base_url="http://127.0.0.1:9/v1", llm_max_retries=0, llm_timeout=2)
    with pytest.raises(LLMError, match=r"cannot reach http://127\.0\.0\.1:9/v1"):
        list(OpenAIBackend(dead).stream("s", "u"))


def test_auto_picks_extractive_without_configuration(settings, monkeypatch):
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    assert isinstance(configured_backend(settings), ExtractiveBackend)
    assert isinstance(configured_backend(replace(settings, llm_base_url="http://127.0.0.1:1/v1")), OpenAIBackend)
    with pytest.raises(LLMError, match="RAG_LLM='gpt'"):
        configured_backend(replace(settings, llm="gpt"))


def test_the_openai_key_falls_back_to_the_environment(settings, monkeypatch):
    monkeypatch.setenv("OPENAI_API_KEY", "sk-env")
    assert openai_endpoint(settings) == ("https://api.openai.com/v1", "sk-env")
    assert openai_endpoint(replace(settings, llm_api_key="sk-set", llm_base_url="http://h/v1")) == (
        "http://h/v1",
        "sk-set",
    )


def test_the_extractive_backend_writes_no_free_text():
    backend = ExtractiveBackend()
    assert (backend.name, list(backend.stream("s", "u")), backend.complete("s", "u")) == ("extractive", [], "")

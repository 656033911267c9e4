"""`rag mcp` driven by the official SDK's own client over stdio, as an agent or editor would."""

from __future__ import annotations

import os
import sys

import anyio
import pytest

pytestmark = pytest.mark.slow


async def session_calls(env: dict[str, str]) -> dict:
    from mcp import ClientSession
    from mcp.client.stdio import StdioServerParameters, stdio_client

    params = StdioServerParameters(command=sys.executable, args=["-m", "rag.cli", "mcp"], env=env)
    out: dict = {}
    with open(os.devnull, "w") as quiet:
        async with stdio_client(params, errlog=quiet) as (read, write), ClientSession(read, write) as session:
            await session.initialize()
            out["tools"] = {t.name: t for t in (await session.list_tools()).tools}
            out["search"] = await session.call_tool(
                "search_papers",
                {"query": "which papers use MCTS?", "k": 3, "since": "2025-01-22", "until": "2025-01-22"},
            )
            out["code_only"] = await session.call_tool(
                "search_papers", {"query": "benchmark", "k": 5, "has_code": True, "mode": "bm25"}
            )
            out["ask"] = await session.call_tool(
                "ask", {"question": "which papers use MCTS?", "since": "2025-01-22", "until": "2025-01-22"}
            )
            out["no_code"] = await session.call_tool(
                "search_papers", {"query": "speculative decoding", "has_code": True}
            )
            out["no_category"] = await session.call_tool("search_papers", {"query": "mcts", "category": "Multimodel"})
            out["spelt"] = await session.call_tool("search_papers", {"query": "models", "category": "multi-modal"})
            out["bad_role"] = await session.call_tool(
                "ask", {"question": "which of them have code?", "history": [{"role": "bot", "content": "x"}]}
            )
            out["bad_mode"] = await session.call_tool("ask", {"question": "what is MCTS?", "mode": "magic"})
            day = {"since": "2025-01-22", "until": "2025-01-22"}
            out["bm25_ask"] = await session.call_tool(
                "ask", {"question": "which papers use MCTS?", "mode": "bm25", **day}
            )
            out["page"] = await session.call_tool("ask", {"question": "which papers use MCTS?", "limit": 3})
            out["all"] = await session.call_tool("ask", {"question": "which papers use MCTS?", "limit": None})
            out["long"] = await session.call_tool("ask", {"question": "what is MCTS? " * 400})
            history = [["which papers use MCTS?", out["ask"].structured_content["answer"]]]
            out["follow"] = await session.call_tool(
                "ask", {"question": "which of them are from 2025-01-22?", "history": history}
            )
            out["paper"] = await session.call_tool("get_paper", {"paper_id": "2501.11425"})
            out["missing"] = await session.call_tool("get_paper", {"paper_id": "0000.00000"})
            out["briefing"] = await session.call_tool("briefing", {"week": "2025-W04"})
            out["bad_date"] = await session.call_tool("search_papers", {"query": "x", "since": "22-01-2025"})
            out["bad_k"] = await session.call_tool("search_papers", {"query": "x", "k": "many"})
            out["no_query"] = await session.call_tool("search_papers", {"k": 3})
            out["typo_arg"] = await session.call_tool("search_papers", {"qurey": "mcts"})
            messages = [
                {"role": "user", "content": "which papers use MCTS?"},
                {"role": "assistant", "content": out["ask"].structured_content["answer"]},
            ]
            out["follow_messages"] = await session.call_tool(
                "ask", {"question": "which of them are from 2025-01-22?", "history": messages}
            )
    return out


def test_mcp_tools_over_stdio(corpus_settings):
    env = {
        **os.environ,
        "RAG_HOME": str(corpus_settings.home),
        "RAG_INDEX_DIR": str(corpus_settings.index_dir),
        "RAG_CACHE_DIR": str(corpus_settings.cache_dir),
        "RAG_LLM": "extractive",
    }
    out = anyio.run(session_calls, env)

    assert set(out["tools"]) == {"search_papers", "ask", "get_paper", "briefing"}
    assert {"since", "until", "category", "has_code"} <= set(out["tools"]["search_papers"].input_schema["properties"])

    search = out["search"]
    assert not search.is_error
    assert [p["id"] for p in search.structured_content["papers"][:2]] == ["2501.11425", "2501.11223"]
    code_only = out["code_only"].structured_content["papers"]
    assert code_only and all(p["has_code"] for p in code_only)

    answer = out["ask"].structured_content
    assert [c["id"] for c in answer["citations"]] == ["2501.11425", "2501.11223"] and "[1]" in answer["answer"]
    nothing = out["no_code"].structured_content
    assert nothing["papers"] == [] and "none of them is about speculative decoding" in nothing["note"]
    unknown = out["no_category"].structured_content
    assert unknown["papers"] == [] and "did you mean 'Multimodal'" in unknown["note"], "an empty result says why"
    spelt = out["spelt"].structured_content
    assert spelt["papers"] and spelt["note"] is None, "a category is read as the parser spells it"
    assert out["bad_role"].is_error and "history.0.role: 'bot'" in out["bad_role"].content[0].text
    page = out["page"].structured_content
    assert len(page["citations"]) == 3 and page["page"]["next_offset"] == 3 and page["page"]["total"] > 3
    every = out["all"].structured_content  # null is "all", as over HTTP
    assert not out["all"].is_error and len(every["citations"]) == page["page"]["total"]
    assert out["long"].is_error and "question: 5,599 characters; expected at most 4,000" in out["long"].content[0].text
    follow = out["follow"].structured_content
    assert "MCTS" in follow["standalone_question"] and follow["citations"]
    assert out["paper"].structured_content["title"].startswith("Agent-R")
    assert out["missing"].is_error and "0000.00000" in out["missing"].content[0].text
    brief = out["briefing"].structured_content
    assert brief["start"] == "2025-01-20" and brief["markdown"].startswith("# Briefing")
    assert out["bad_date"].is_error and out["bad_date"].content[0].text.startswith("search_papers: since '22-01-2025'")
    assert out["missing"].content[0].text.startswith("get_paper: no paper with id"), "one error form for every tool"
    assert out["bad_mode"].is_error and out["bad_mode"].content[0].text.startswith("ask: mode 'magic'")
    assert [c["id"] for c in out["bm25_ask"].structured_content["citations"]] == ["2501.11425", "2501.11223"]
    for name, field in (("bad_k", "k:"), ("no_query", "query:"), ("typo_arg", "'qurey'")):
        text = out[name].content[0].text
        assert out[name].is_error and field in text and "\n" not in text, (name, text)
    assert out["follow_messages"].structured_content["standalone_question"] == follow["standalone_question"]

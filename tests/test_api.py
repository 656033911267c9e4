"""The HTTP API as a client meets it: `rag serve` in a subprocess (real uvicorn on 127.0.0.1), real HTTP.

The server answers from a copy of the corpus index, so the ingest tests change nothing else.
"""

from __future__ import annotations

import json
import os
import re
import socket
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import httpx
import pytest

from rag import service
from tests.conftest import copy_index, free_port, wait_for_port

pytestmark = pytest.mark.slow
RAG = [sys.executable, "-m", "rag.cli"]
NEW_DIGEST = "\n".join(
    [
        "## Papers for 2026-01-05",
        "",
        "| Title | Authors | Summary |",
        "|---|---|---|",
        "| Zyxwv Lattice Rerankers for Retrieval (Read more on [arXiv](https://arxiv.org/abs/2601.00001)) | Ada Quill "
        "| We propose zyxwv lattice rerankers that reorder retrieved passages by pairwise votes. |",
        "",
    ]
)


def start_server(home: Path, env_extra: dict[str, str], *args: str) -> tuple[subprocess.Popen, int]:
    """A port found free can be taken by a parallel test before the server binds it: then try another."""
    for _ in range(3):
        port = free_port()
        env = {
            **os.environ,
            "RAG_HOME": str(home),
            "RAG_LLM": "extractive",
            "RAG_PORT": str(port),
            "RAG_SERVER": "",
            "RAG_API_TOKEN": "",
            **env_extra,
        }
        log_path = home / "serve.log"
        with log_path.open("w") as log:
            proc = subprocess.Popen([*RAG, "serve", *args], env=env, stdout=log, stderr=subprocess.STDOUT)
        try:
            wait_for_port(port, proc, 180, f"rag serve (log: {log_path})")
        except pytest.fail.Exception:
            if proc.poll() is not None and "in use" in log_path.read_text():
                continue
            raise
        return proc, port
    pytest.fail("rag serve found its port taken three times")


def stop(proc: subprocess.Popen) -> None:
    proc.terminate()
    try:
        proc.wait(timeout=20)
    except subprocess.TimeoutExpired:
        proc.kill()


@pytest.fixture(scope="module")
def server(corpus_settings, tmp_path_factory):
    home = tmp_path_factory.mktemp("api-home")
    copy_index(corpus_settings, home)
    proc, port = start_server(home, {})
    settings = replace(corpus_settings, home=home, index_dir=home / "chroma", cache_dir=home / "cache", port=port)
    with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=120) as http:
        yield http, settings
    stop(proc)


def test_search_returns_the_cli_json(server, retriever):
    http, _ = server
    reply = http.get("/api/search", params={"q": "which papers use MCTS?", "k": 3, "since": "2025-01-22"})
    assert reply.status_code == 200
    expected = service.search(retriever, "which papers use MCTS?", 3, service.make_filters("2025-01-22"), "hybrid")
    assert [h["id"] for h in reply.json()] == [h["id"] for h in expected]
    assert set(reply.json()[0]) == set(expected[0])


def test_ask_json_and_stream_agree(server):
    http, _ = server
    body = {"question": "which papers use MCTS?", "since": "2025-01-22", "until": "2025-01-22"}
    answer = http.post("/api/ask", json=body).json()
    assert [c["id"] for c in answer["citations"]] == ["2501.11425", "2501.11223"]
    assert {"answer", "citations", "sources", "backend", "timings"} <= set(answer)

    events = sse_events(http, body)
    kinds = [k for k, _ in events]
    assert kinds[-1] == "answer" and kinds.count("answer") == 1 and kinds.count("token") >= 2
    streamed = "".join(d["text"] for k, d in events if k == "token")
    final = events[-1][1]
    assert final["answer"] == answer["answer"] and streamed.strip() == final["answer"].strip()
    assert [c["id"] for c in final["citations"]] == ["2501.11425", "2501.11223"]


def test_search_says_why_a_filter_leaves_nothing(server):
    http, _ = server
    reply = http.get("/api/search", params={"q": "speculative decoding", "k": 3, "has_code": True})
    assert reply.status_code == 200 and reply.json() == []
    assert "none of them is about speculative decoding" in reply.headers["x-rag-note"]


def test_a_long_list_comes_in_pages(server):
    http, _ = server
    body = {"question": "which papers use MCTS?"}
    whole = http.post("/api/ask", json={**body, "limit": None}).json()
    total = whole["page"]["total"]
    assert total == len(whole["citations"]) > 10 and whole["page"]["next_offset"] is None
    first = http.post("/api/ask", json={**body, "limit": 4}).json()
    second = http.post("/api/ask", json={**body, "offset": 4, "limit": 4}).json()
    assert first["page"] == {"offset": 0, "limit": 4, "total": total, "next_offset": 4}
    ids = [c["id"] for c in whole["citations"]]
    assert [c["id"] for c in first["citations"]] == ids[:4] and [c["id"] for c in second["citations"]] == ids[4:8]
    assert first["answer"].split("\n")[0] == whole["answer"].split("\n")[0]  # the count stays
    assert {s["n"] for s in second["sources"]} == {c["n"] for c in second["citations"]}


def test_a_chat_pages_a_list_through_its_history(server):
    """ "more please" with the history a client keeps: the next entries of the same list, numbered on from the
    page the client got, as pairs or as role messages; then the end of the list."""
    http, _ = server
    question = "which papers use MCTS?"
    whole = http.post("/api/ask", json={"question": question, "limit": None}).json()
    ids, total = [c["id"] for c in whole["citations"]], whole["page"]["total"]
    first = http.post("/api/ask", json={"question": question, "limit": 4}).json()
    more = http.post("/api/ask", json={"question": "more please", "history": [[question, first["answer"]]]}).json()
    assert [c["id"] for c in more["citations"]] == ids[4:14] and [c["n"] for c in more["citations"]] == list(
        range(5, 15)
    )
    assert more["page"] == {"offset": 4, "limit": 10, "total": total, "next_offset": 14}
    assert {s["n"] for s in more["sources"]} == set(range(5, 15)) and more["standalone_question"] == whole[
        "standalone_question"
    ]
    messages = [
        {"role": "user", "content": question},
        {"role": "assistant", "content": first["answer"]},
        {"role": "user", "content": "more please"},
        {"role": "assistant", "content": more["answer"]},
    ]
    rest = http.post("/api/ask", json={"question": "show me the rest", "history": messages}).json()
    assert [c["id"] for c in rest["citations"]] == ids[14:] and f"that was all {total}" in rest["answer"]
    alone = http.post("/api/ask", json={"question": "give me the next 10"}).json()
    assert alone["citations"] == [] and "no list" in alone["answer"]


def test_paper_briefing_stats_and_docs(server):
    http, _ = server
    paper = http.get("/api/papers/2501.11425").json()
    assert paper["id"] == "2501.11425" and paper["url"] == "https://arxiv.org/abs/2501.11425"
    assert http.get("/api/papers/arXiv:2501.11425v2").json()["id"] == "2501.11425"
    missing = http.get("/api/papers/0000.00000")
    assert missing.status_code == 404 and "0000.00000" in missing.json()["error"]

    week = http.get("/api/briefing", params={"week": "2025-W04"}).json()
    assert (week["start"], week["end"]) == ("2025-01-20", "2025-01-26") and week["figures"]["papers"] > 0
    md = http.get("/api/briefing", params={"start": "2025-01-20", "end": "2025-01-26", "format": "md"})
    assert md.headers["content-type"].startswith("text/markdown") and md.text.startswith("# Briefing")

    stats = http.get("/api/stats").json()
    assert stats["papers"] == 4894 and stats["first_day"] == "2024-09-05"
    assert "/api/ask/stream" in http.get("/openapi.json").json()["paths"]
    assert "swagger" in http.get("/docs").text.lower()


@pytest.mark.parametrize(
    ("method", "path", "kwargs", "status", "words"),
    [
        ("get", "/api/search", {"params": {"q": "x", "since": "22-01-2025"}}, 400, "since '22-01-2025'"),
        ("get", "/api/search", {"params": {"q": "x", "mode": "magic"}}, 400, "mode 'magic'"),
        ("get", "/api/search", {"params": {"q": "x", "k": 0}}, 400, "k 0"),
        ("get", "/api/search", {"params": {"q": "x", "k": "many"}}, 422, "k:"),
        ("get", "/api/search", {}, 422, "q: Field required"),
        ("post", "/api/ask", {"json": {"question": "  "}}, 400, "question: empty"),
        ("post", "/api/ask", {"json": {"question": "x" * 4001}}, 400, "question: 4,001 characters"),
        ("get", "/api/search", {"params": {"q": "x" * 5000}}, 400, "q: 5,000 characters; expected at most 4,000"),
        ("post", "/api/ask", {"json": {}}, 422, "question: Field required"),
        ("post", "/api/ask/stream", {"json": {"question": "x", "until": "soon"}}, 400, "until 'soon'"),
        (
            "post",
            "/api/ask",
            {"content": b"not json", "headers": {"content-type": "application/json"}},
            422,
            "body: not valid JSON",
        ),
        ("get", "/api/briefing", {"params": {"week": "2025-W99"}}, 400, "2025-W99"),
        ("get", "/api/briefing", {}, 400, "give week"),
        (
            "get",
            "/api/briefing",
            {"params": {"week": "2025-W04", "start": "2025-01-20", "end": "2025-01-26"}},
            400,
            "not both",
        ),
        (
            "get",
            "/api/briefing",
            {"params": {"start": "2025-01-26", "end": "2025-01-20"}},
            400,
            "start 2025-01-26 is after end 2025-01-20",
        ),
        ("get", "/api/papers/foo", {}, 400, "paper_id 'foo'"),
        ("get", "/api/nothing", {}, 404, "GET /api/nothing: no such endpoint"),
        ("delete", "/api/ask", {}, 405, "DELETE /api/ask: method not allowed (use POST)"),
        ("get", "/api/ask", {}, 405, "GET /api/ask: method not allowed (use POST)"),
        ("get", "/api/ask/stream", {}, 405, "use POST"),
        ("post", "/api/search", {"params": {"q": "x"}}, 405, "POST /api/search: method not allowed (use GET)"),
        ("post", "/api/ask", {"json": {"question": "x", "qustion": "y"}}, 422, "qustion: unknown field"),
        ("get", "/api/briefing", {"params": {"since": "2025-01-20"}}, 422, "since: unknown query parameter"),
        ("get", "/api/search", {"params": {"q": "x", "limit": 3}}, 422, "limit: unknown query parameter"),
        (
            "post",
            "/api/ask",
            {"json": {"question": "x", "history": [["a"]]}},
            400,
            "history.0: expected a [question, answer] pair",
        ),
        (
            "post",
            "/api/ask",
            {"json": {"question": "x", "history": [{"role": "bot", "content": "y"}]}},
            400,
            "history.0.role: 'bot' is not user, assistant or system",
        ),
        ("post", "/api/ask", {"json": {"question": "x", "history": [{"role": "user"}]}}, 400, "history.0.content"),
        ("get", "/api/briefing", {"params": {"week": "2025-W04", "format": "pdf"}}, 400, "format 'pdf'"),
    ],
)
def test_bad_requests_get_a_clear_4xx(server, method, path, kwargs, status, words):
    http, _ = server
    reply = getattr(http, method)(path, **kwargs)
    assert reply.status_code == status
    assert words in reply.json()["error"]
    assert set(reply.json()) == {"error"} and "tuple[" not in reply.json()["error"], "the declared ErrorReply, plain"
    if status == 405:
        assert reply.headers["allow"] in reply.json()["error"]


def sse_events(http: httpx.Client, body: dict) -> list[tuple[str, dict]]:
    events = []
    with http.stream("POST", "/api/ask/stream", json=body) as reply:
        assert reply.status_code == 200 and reply.headers["content-type"].startswith("text/event-stream")
        kind = ""
        for line in reply.iter_lines():
            if line.startswith("event: "):
                kind = line[7:]
            elif line.startswith("data: "):
                events.append((kind, json.loads(line[6:])))
    return events


@pytest.mark.parametrize(("offset", "limit"), [(0, 1), (10, 5), (0, None)])
def test_the_stream_holds_the_page_its_answer_event_returns(server, offset, limit):
    """A client that shows the tokens shows the entries, and only the [n] markers, that the citations resolve."""
    from rag.citations import CITATION_RE

    http, _ = server
    events = sse_events(http, {"question": "which papers use MCTS?", "offset": offset, "limit": limit})
    streamed = "".join(d["text"] for k, d in events if k == "token")
    final = events[-1][1]
    assert events[-1][0] == "answer" and final["page"]["total"] > 15
    assert streamed.strip() == final["answer"].strip()
    markers = {int(n) for n in CITATION_RE.findall(streamed)}
    assert markers == {c["n"] for c in final["citations"]}
    expected = range(offset + 1, final["page"]["total"] + 1 if limit is None else offset + limit + 1)
    assert sorted(markers) == list(expected)


def test_openapi_declares_errors_replies_and_the_bearer_scheme(server):
    http, _ = server
    spec = http.get("/openapi.json").json()
    schemas = spec["components"]["schemas"]
    assert schemas["ErrorReply"]["required"] == ["error"] and "HTTPValidationError" not in schemas
    bearer = spec["components"]["securitySchemes"]["HTTPBearer"]
    assert (bearer["type"], bearer["scheme"]) == ("http", "bearer")
    replies = {
        ("/api/ask", "post"): "AskReply",
        ("/api/search", "get"): "SearchHit",
        ("/api/papers/{paper_id}", "get"): "PaperReply",
        ("/api/briefing", "get"): "BriefingReply",
    }
    for (path, method), model in replies.items():
        operation = spec["paths"][path][method]
        assert model in json.dumps(operation["responses"]["200"]), path
        for status in ("400", "401", "404", "422"):
            error = operation["responses"][status]["content"]["application/json"]["schema"]
            assert error == {"$ref": "#/components/schemas/ErrorReply"}, (path, status)
        assert operation["security"] == [{"HTTPBearer": []}]
    assert "security" not in spec["paths"]["/api/health"]["get"], "the probe needs no token"
    assert set(schemas["Citation"]["properties"]) >= {"code_url", "code_urls"}
    assert "tuple[" not in json.dumps(schemas["AskRequest"])


def test_docs_work_offline(server):
    """Swagger UI's page and every file it loads come from this server, none from a CDN."""
    http, _ = server
    page = http.get("/docs")
    assert page.status_code == 200 and "SwaggerUIBundle" in page.text and "/openapi.json" in page.text
    assert "http://" not in page.text and "https://" not in page.text
    for asset in re.findall(r'(?:src|href)="([^"]+)"', page.text):
        assert asset.startswith("/docs/assets/"), asset
        assert http.get(asset).status_code == 200, asset


def test_replies_match_their_declared_models(server):
    from rag.api_models import AskReply, BriefingReply, PaperReply, SearchHit

    http, _ = server
    for question in ("which papers use MCTS?", "what is GRPO?", "what is the capital of France?"):
        AskReply.model_validate(http.post("/api/ask", json={"question": question}).json())
    for hit in http.get("/api/search", params={"q": "mcts", "k": 3}).json():
        SearchHit.model_validate(hit)
    PaperReply.model_validate(http.get("/api/papers/2501.11425").json())
    BriefingReply.model_validate(http.get("/api/briefing", params={"week": "2025-W04"}).json())


def test_citations_carry_code_urls_and_the_first_as_code_url(server):
    http, _ = server
    citations = http.post("/api/ask", json={"question": "which papers use MCTS?", "limit": None}).json()["citations"]
    agent_r = next(c for c in citations if c["id"] == "2501.11425")
    assert agent_r["code_urls"] == ["https://github.com/bytedance/Agent-R"] == [agent_r["code_url"]]
    assert any(c["code_urls"] == [] for c in citations)
    assert all(c["code_url"] == (c["code_urls"] or [""])[0] for c in citations)


@pytest.mark.parametrize(
    ("params", "words"),
    [
        ({"category": "Nonexistent"}, "category 'Nonexistent': no paper carries it (the categories: "),
        ({"category": "Multimodel"}, "did you mean 'Multimodal'?"),
        ({"since": "2030-01-01"}, "No paper in the corpus is dated from 2030-01-01 on; it covers 2024-09-05 to "),
        ({"since": "2025-10-20", "until": "2025-10-23"}, "(the digests of those days list none)"),
    ],
)
def test_an_empty_search_says_why(server, params, words):
    http, _ = server
    reply = http.get("/api/search", params={"q": "mcts", **params})
    assert reply.status_code == 200 and reply.json() == []
    assert words in reply.headers["x-rag-note"]


@pytest.mark.parametrize("typed", ["multi-modal", "Multi Modal", "MULTIMODAL"])
def test_a_category_is_read_as_the_parser_spells_it(server, typed):
    http, _ = server
    held = http.get("/api/search", params={"q": "vision language models", "category": "Multimodal", "mode": "dense"})
    reply = http.get("/api/search", params={"q": "vision language models", "category": typed, "mode": "dense"})
    assert reply.json() == held.json() and held.json() and "x-rag-note" not in reply.headers


@pytest.mark.parametrize(
    "params",
    [
        {"q": "agents", "until": "2024-09-06", "k": 20},  # 18 papers those days, 2 about agents
        {"q": "agents", "since": "2025-01-01", "until": "2025-01-31", "has_code": "true", "category": "Multimodal"},
    ],
)
def test_a_filtered_search_returns_only_papers_on_its_topic(server, params):
    http, _ = server
    reply = http.get("/api/search", params=params)
    hits = reply.json()
    papers = [http.get(f"/api/papers/{h['id']}").json() for h in hits]
    assert all(re.search(r"\bagent", " ".join([p["title"], *p["summaries"]]), re.I) for p in papers), papers
    if not hits:
        assert re.fullmatch(
            r"\d+ papers in the corpus match the filters; none of them is about agents\.", reply.headers["x-rag-note"]
        )


def test_a_served_error_reads_as_in_process(server, tmp_path):
    """A caller's mistake is theirs, whoever checked it: no `server: ` before the line."""
    http, _ = server
    env = {**os.environ, "RAG_HOME": str(tmp_path), "RAG_SERVER": str(http.base_url).rstrip("/")}
    for k in ("0", "100000"):
        served = subprocess.run([*RAG, "search", "mcts", "-k", k, "--json"], env=env, capture_output=True, text=True)
        assert served.returncode == 1 and json.loads(served.stdout) == {"error": f"k {k}: expected 1 to 100"}
    assert http.get("/api/search", params={"q": "mcts", "k": 100000}).json() == {"error": "k 100000: expected 1 to 100"}


def test_ingest_upload_checks_like_the_library_tab_and_writes_only_good_files(server):
    http, settings = server
    before = http.get("/api/stats").json()["papers"]
    bad = http.post(
        "/api/ingest", files={"file": ("bad.md", b"## Papers for 2025-02-02\n\n| Paper | Venue |\n|---|---|\n")}
    )
    assert bad.status_code == 400 and "bad.md:3: unknown table header" in bad.json()["error"]
    pdf = http.post("/api/ingest", files={"file": ("paper.pdf", b"%PDF-1.4")})
    assert pdf.status_code == 400 and "expected a digest as .md or .txt" in pdf.json()["error"]
    binary = http.post("/api/ingest", files={"file": ("2026-01-04.md", b"\xff\xfe\x00bad")})
    assert binary.status_code == 400 and "not UTF-8" in binary.json()["error"]
    assert http.post("/api/ingest").status_code == 422
    assert http.get("/api/stats").json()["papers"] == before
    assert not settings.user_digests.exists(), "nothing is kept from a refused upload"

    good = http.post("/api/ingest", files={"file": ("2026-01-05.md", NEW_DIGEST.encode())})
    assert good.status_code == 200, good.text
    assert good.json()["added"] == 1 and good.json()["files"] == 1
    assert http.get("/api/stats").json()["papers"] == before + 1
    hits = http.get("/api/search", params={"q": "zyxwv lattice rerankers", "k": 1}).json()
    assert hits[0]["id"] == "2601.00001"
    assert (settings.user_digests / "2026-01-05.md").read_text() == NEW_DIGEST


def test_cli_uses_the_running_server_and_falls_back_without_one(server, tmp_path):
    from rag.client import find_server

    http, settings = server
    base = str(http.base_url).rstrip("/")
    assert find_server(replace(settings, server="")) == base, "same index on the default port: use it"
    other = replace(settings, index_dir=tmp_path / "other", server="")
    assert find_server(other) is None, "a server over another index is not used unasked"
    assert find_server(replace(other, server=base)) == base, "RAG_SERVER names it: use it"
    assert find_server(replace(settings, server="off")) is None
    assert find_server(replace(settings, server=f"http://127.0.0.1:{free_port()}")) is None

    env = {
        **os.environ,
        "RAG_HOME": str(tmp_path / "empty-home"),
        "RAG_SERVER": base,
        "RAG_LLM": "extractive",
    }
    # This process's own index is empty: a reply can only have come from the server.
    hits = json.loads(
        subprocess.run(
            [*RAG, "search", "mcts", "-k", "2", "--json"],
            env=env,
            capture_output=True,
            text=True,
            check=True,
            timeout=120,
        ).stdout
    )
    assert len(hits) == 2 and {"id", "title", "score"} <= set(hits[0])
    out = subprocess.run(
        [*RAG, "ask", "which papers use MCTS?", "--since", "2025-01-22", "--until", "2025-01-22"],
        env=env,
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    assert "[1] Agent-R" in out.stdout and "https://arxiv.org/abs/2501.11223" in out.stdout, "rendered as in process"
    paged = subprocess.run(
        [*RAG, "ask", "which papers use GRPO?", "-k", "50", "--json"],
        env=env,
        capture_output=True,
        text=True,
        check=True,
        timeout=300,
    )
    assert len(json.loads(paged.stdout)["citations"]) == 50, "-k above 40 pages a served list"
    brief = json.loads(
        subprocess.run(
            [*RAG, "briefing", "--week", "2025-W04", "--json"],
            env=env,
            capture_output=True,
            text=True,
            check=True,
            timeout=120,
        ).stdout
    )
    assert brief["start"] == "2025-01-20"
    empty = subprocess.run(
        [*RAG, "search", "mcts", "--category", "Multimodel"], env=env, capture_output=True, text=True, timeout=120
    )
    assert empty.returncode == 0 and "did you mean 'Multimodal'?" in empty.stdout, "the server's reason, printed"

    down = {**env, "RAG_SERVER": f"http://127.0.0.1:{free_port()}"}
    offline = subprocess.run([*RAG, "search", "mcts", "--json"], env=down, capture_output=True, text=True, timeout=120)
    assert offline.returncode == 1 and "is empty: run `rag ingest` first" in offline.stderr, "fell back in process"


def test_token_is_required_off_loopback_and_checked_when_set(tmp_path, corpus_settings):
    env = {**os.environ, "RAG_HOME": str(tmp_path), "RAG_API_TOKEN": ""}
    refused = subprocess.run([*RAG, "serve", "--host", "0.0.0.0"], env=env, capture_output=True, text=True, timeout=60)
    assert refused.returncode == 1 and "set RAG_API_TOKEN" in refused.stderr
    assert not (tmp_path / "chroma").exists(), "refused before opening anything"

    copy_index(corpus_settings, tmp_path)
    proc, port = start_server(tmp_path, {"RAG_API_TOKEN": "s3cret"})
    try:
        url = f"http://127.0.0.1:{port}/api/stats"
        assert httpx.get(url).status_code == 401
        assert httpx.get(url, headers={"Authorization": "Bearer wrong"}).status_code == 401
        assert httpx.get(url, headers={"Authorization": "Bearer s3cret"}, timeout=120).json()["papers"] == 4894
        assert httpx.get(url, headers={"Authorization": "bearer  s3cret"}, timeout=120).status_code == 200
        health = f"http://127.0.0.1:{port}/api/health"
        assert httpx.get(health).json() == {"status": "ok", "service": "rag"}, "a probe needs no secret, learns no path"
        assert "index" in httpx.get(health, headers={"Authorization": "Bearer s3cret"}).json()
    finally:
        stop(proc)


def test_a_feed_reader_opens_the_feed_with_the_feed_token_in_its_url(tmp_path, corpus_settings):
    """Feed readers send no Authorization header: RAG_FEED_TOKEN in the URL opens the feed and its pages, no more."""
    from tests.test_feed import check_atom

    copy_index(corpus_settings, tmp_path)
    proc, port = start_server(tmp_path, {"RAG_API_TOKEN": "s3cret", "RAG_FEED_TOKEN": "f33d"})
    try:
        base = f"http://127.0.0.1:{port}"
        assert httpx.get(f"{base}/feed.xml").status_code == 401
        wrong = httpx.get(f"{base}/feed.xml", params={"token": "s3cret"})
        assert wrong.status_code == 401 and "RAG_FEED_TOKEN" in wrong.json()["error"], "the API token stays a header"
        assert httpx.get(f"{base}/api/stats", params={"token": "f33d"}).status_code == 401, (
            "the feed token is read-only"
        )
        feed = httpx.get(f"{base}/feed.xml", params={"weeks": 1, "token": "f33d"}, timeout=120)
        assert feed.status_code == 200, feed.text
        entry = check_atom(feed.text, 1).entries[0]
        assert entry.link.endswith(".html?token=f33d") and "token" not in entry.id, "links carry it, ids do not"
        assert httpx.get(entry.link, timeout=120).status_code == 200
        bearer = httpx.get(
            f"{base}/feed.xml", params={"weeks": 1}, headers={"Authorization": "Bearer s3cret"}, timeout=120
        )
        assert bearer.status_code == 200 and "token=" not in bearer.text
    finally:
        stop(proc)


def test_serve_says_at_once_that_its_port_is_taken(tmp_path):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        env = {**os.environ, "RAG_HOME": str(tmp_path), "RAG_SERVER": "", "RAG_API_TOKEN": ""}
        command = [*RAG, "serve", "--port", str(port)]
        refused = subprocess.run(command, env=env, capture_output=True, text=True, timeout=60)
    assert refused.returncode == 1
    assert f"cannot listen on 127.0.0.1:{port}" in refused.stderr and "--port" in refused.stderr
    assert "loading the index" not in refused.stderr, "refused before loading anything"


def test_serve_announces_its_address_only_once_it_answers(tmp_path, corpus_settings):
    """A script that waits for the banner, then calls, is never refused."""
    copy_index(corpus_settings, tmp_path)
    port = free_port()
    env = {**os.environ, "RAG_HOME": str(tmp_path), "RAG_PORT": str(port), "RAG_SERVER": "", "RAG_API_TOKEN": ""}
    proc = subprocess.Popen([*RAG, "serve"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        assert proc.stderr is not None
        lines = []
        for line in proc.stderr:
            lines.append(line)
            if "UI http" in line:
                break
        assert lines and "UI http" in lines[-1], lines
        assert "loading" in lines[0]
        assert httpx.get(f"http://127.0.0.1:{port}/api/health", timeout=5).json()["status"] == "ok"
    finally:
        stop(proc)


def test_feed_xml_is_valid_atom_and_its_links_resolve(server):
    from tests.test_feed import check_atom

    http, _ = server
    reply = http.get("/feed.xml", params={"weeks": 2})
    assert reply.status_code == 200 and reply.headers["content-type"].startswith("application/atom+xml")
    parsed = check_atom(reply.text, 2)
    page = http.get(httpx.URL(parsed.entries[0].link).path)
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    first_day = parsed.entries[0].title.split(": ")[1].split(" to ")[0]
    assert "<h1" in page.text and first_day in page.text
    bad = http.get("/briefing/2025-W99.html")
    assert bad.status_code == 400 and "2025-W99" in bad.json()["error"]
    zero = http.get("/feed.xml", params={"weeks": 0})
    assert zero.status_code == 400 and "weeks 0: expected 1 to 52" in zero.json()["error"], "a bad value is a 400"


def test_history_is_read_from_pairs_or_role_messages():
    pairs = [["which papers use MCTS?", "2 papers …"], ["which have code?", "none"]]
    messages = [
        {"role": "system", "content": "be brief"},
        {"role": "user", "content": "which papers use MCTS?"},
        {"role": "assistant", "content": "2 papers …"},
        {"role": "user", "content": "which have code?"},
        {"role": "assistant", "content": "none"},
    ]
    assert service.check_history(pairs) == service.check_history(messages) == [tuple(p) for p in pairs]
    assert service.check_history([{"role": "user", "content": "unanswered"}]) == [("unanswered", "")]
    with pytest.raises(service.RequestError, match=r"history\.1\.role: 'bot' is not user, assistant or system"):
        service.check_history([pairs[0], {"role": "bot", "content": "x"}])
    with pytest.raises(service.RequestError, match=r"history\.0\.content: expected text"):
        service.check_history([{"role": "user", "content": ["x"]}])
    with pytest.raises(service.RequestError, match=r"history\.0: expected a \[question, answer\] pair"):
        service.check_history(["just text"])

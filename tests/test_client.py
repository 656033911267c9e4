"""The terminal's client of `rag serve`, against a real HTTP server on 127.0.0.1 that plays the API.

The stand-in serves fixed JSON (no index or model behind it), so the client's own behaviour can be
checked fast: one connection for the probe, health check and request; a fresh one when the server
dropped a kept-alive connection; the API's errors and SSE events as the CLI reads them.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from dataclasses import replace
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import ClassVar

import pytest

from rag import client
from rag.settings import Settings

SOURCE = {
    "n": 1,
    "id": "2501.11223",
    "title": "Agent-R: Training Language Model Agents to Reflect via Iterative Self-Training",
    "date": "2025-01-22",
    "url": "https://arxiv.org/abs/2501.11223",
    "score": 0.9,
}
ANSWER = {
    "question": "which papers use MCTS?",
    "answer": "Agent-R uses MCTS to build training data [1].",
    "sources": [SOURCE],
    "backend": "extractive",
    "covered": True,
    "timings": {"total_s": 0.01},
}


class Api(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, as uvicorn does
    index = ""
    close_after_reply = False
    connections: ClassVar[set[int]] = set()
    paths: ClassVar[list[str]] = []

    def log_message(self, format: str, *args: object) -> None:
        pass

    def reply(self, status: int, body: bytes, kind: str = "application/json") -> None:
        self.connections.add(self.client_address[1])
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
        if self.close_after_reply:  # drop the connection without saying so, as an idle keep-alive ends
            self.close_connection = True

    def do_GET(self) -> None:
        self.paths.append(self.path)
        if self.path == "/api/health":
            self.reply(200, json.dumps({"status": "ok", "index": self.index, "service": "rag"}).encode())
        elif self.path.startswith("/api/search"):
            self.reply(200, json.dumps([{"id": "2501.11425", "title": "Agent-R"}]).encode())
        else:
            self.reply(400, json.dumps({"error": "since '22-01-2025': expected YYYY-MM-DD"}).encode())

    def do_POST(self) -> None:
        self.paths.append(self.path)
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        if body["question"] == "fail":
            events = [("error", {"error": "the backend broke"})]
        else:
            events = [
                ("token", {"text": "An answer "}),
                ("token", {"text": "[1]."}),
                ("answer", ANSWER),
            ]
        sse = "".join(f"event: {e}\ndata: {json.dumps(d)}\n\n" for e, d in events)
        self.reply(200, sse.encode(), "text/event-stream")


@pytest.fixture
def api(tmp_path) -> Iterator[tuple[Settings, type[Api]]]:
    from tests.conftest import make_settings

    settings = make_settings(tmp_path)
    handler = type("TestApi", (Api,), {"index": settings.index_location, "connections": set(), "paths": []})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield replace(settings, port=server.server_address[1], server=""), handler
    server.shutdown()
    server.server_close()
    client._connections.clear()


def test_probe_health_and_request_share_one_connection(api):
    settings, handler = api
    base = client.find_server(settings)
    assert base == f"http://127.0.0.1:{settings.port}"
    hits, note = client.search(base, settings, {"q": "mcts", "k": 2, "has_code": True, "mode": None, "since": ""})
    assert hits[0]["id"] == "2501.11425" and note == ""
    assert handler.paths == ["/api/health", "/api/search?q=mcts&k=2&has_code=true"], "unset values left out"
    assert len(handler.connections) == 1


def test_a_dropped_connection_is_opened_again(api):
    settings, handler = api
    handler.close_after_reply = True
    base = client.find_server(settings)
    assert base is not None
    events = list(client.ask_events(base, settings, {"question": "which papers use MCTS?"}))
    assert events == [("token", "An answer "), ("token", "[1]."), ("answer", ANSWER)]
    assert len(handler.connections) == 2


def test_errors_come_back_as_one_line(api):
    settings, _ = api
    base = client.find_server(settings)
    assert base is not None
    with pytest.raises(client.ServerError, match=r"^since '22-01-2025': expected YYYY-MM-DD$"):  # as in process
        client.get(base, settings, "/api/briefing", {"start": "22-01-2025"})
    with pytest.raises(client.ServerError, match=r"^server: the backend broke$"):
        list(client.ask_events(base, settings, {"question": "fail"}))


def test_a_server_over_another_index_or_none_is_not_used(api, tmp_path):
    settings, _ = api
    assert client.find_server(replace(settings, index_dir=tmp_path / "other")) is None
    assert client.find_server(replace(settings, server="off")) is None
    from tests.conftest import free_port

    assert client.find_server(replace(settings, port=free_port())) is None


def test_a_served_ask_in_a_pipe_loads_neither_numpy_nor_rich(api, tmp_path):
    """The served path's start-up is its cost: no HTTP library, numpy, retrieval code or (in a pipe) rich."""
    settings, _ = api
    heavy = ("numpy", "scipy", "httpx", "rich", "rag.retrieve", "rag.answer", "rag.service")
    probe = (
        "import json, sys\nsys.argv = ['rag', 'ask', 'which papers use MCTS?']\nfrom rag.cli import main\n"
        f"try:\n    main()\nexcept SystemExit:\n    pass\nprint(json.dumps([m for m in {heavy!r} if m in sys.modules]))"
    )
    env = {k: v for k, v in os.environ.items() if k not in ("FORCE_COLOR", "TTY_COMPATIBLE")}
    env.update(RAG_HOME=str(tmp_path / "home"), RAG_SERVER=f"http://127.0.0.1:{settings.port}")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120, env=env)
    *answer, loaded = out.stdout.strip().splitlines()
    assert json.loads(loaded) == []
    assert "[1] Agent-R: Training Language Model Agents" in "\n".join(answer), "rendered as plain text"
    assert "https://arxiv.org/abs/2501.11223" in "\n".join(answer)

"""Talk to a running `rag serve` so a terminal command skips loading the index and the model.

`find_server` is cheap on purpose: a TCP connect with a short timeout (a refused port answers at
once), then one `/api/health` call on that same connection, which the request itself then reuses.
Without `RAG_SERVER`, a server is used only when it answers from the same index as this command
would, so a stray server on the default port never answers for a different index. The replies are
the API's JSON, which is the CLI's `--json`. Only the standard library's `http.client` is used: the
whole command is meant to take well under a second, and an HTTP library's import alone costs a
good part of that.
"""

from __future__ import annotations

import http.client
import json
import socket
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode, urlsplit

from rag.settings import Settings

CONNECT_TIMEOUT = 0.25
HEALTH_TIMEOUT = 2.0
REPLY_TIMEOUT = 300.0
OFF = {"off", "no", "0", "none", "false"}
# What a kept-alive connection the server has closed meanwhile raises on reuse: then one fresh try.
STALE = (http.client.RemoteDisconnected, http.client.CannotSendRequest, BrokenPipeError, ConnectionResetError)

_connections: dict[str, http.client.HTTPConnection] = {}  # base URL → the connection find_server opened


class ServerError(RuntimeError):
    """The server answered with an error, or stopped answering; the message is one line."""


@dataclass
class Reply:
    status: int
    text: str
    note: str = ""  # the X-Rag-Note header: why a search found nothing

    def json(self) -> Any:
        return json.loads(self.text)


def answers(host: str, port: int, timeout: float = CONNECT_TIMEOUT) -> bool:
    try:
        socket.create_connection((host, port), timeout=timeout).close()
        return True
    except OSError:
        return False


def headers(settings: Settings) -> dict[str, str]:
    return {"Authorization": f"Bearer {settings.api_token}"} if settings.api_token else {}


def _new_connection(base: str, timeout: float) -> http.client.HTTPConnection:
    parts = urlsplit(base)
    if parts.scheme == "https":
        return http.client.HTTPSConnection(parts.hostname or "127.0.0.1", parts.port, timeout=timeout)
    return http.client.HTTPConnection(parts.hostname or "127.0.0.1", parts.port, timeout=timeout)


def _probe(base: str) -> http.client.HTTPConnection | None:
    """A connection to `base` whose TCP connect succeeded within CONNECT_TIMEOUT, else None."""
    parts = urlsplit(base)
    host, port = parts.hostname or "127.0.0.1", parts.port or (443 if parts.scheme == "https" else 80)
    if parts.scheme == "https":  # the TLS handshake gets the longer timeout; only the TCP connect is probed
        return _new_connection(base, HEALTH_TIMEOUT) if answers(host, port) else None
    conn = _new_connection(base, CONNECT_TIMEOUT)
    try:
        conn.connect()
    except OSError:
        return None
    return conn


def find_server(settings: Settings) -> str | None:
    """The base URL of a usable `rag serve`, or None to work in process."""
    if settings.server.strip().lower() in OFF:
        return None
    url = (settings.server or f"http://127.0.0.1:{settings.port}").rstrip("/")
    parts = urlsplit(url if "//" in url else f"http://{url}")
    base = f"{parts.scheme}://{parts.netloc}{parts.path}".rstrip("/")
    conn = _probe(base)
    if conn is None:
        return None
    _connections[base] = conn
    try:
        reply = _request(base, "GET", "/api/health", headers(settings), timeout=HEALTH_TIMEOUT)
        health = reply.json() if reply.status == 200 else {}
    except (OSError, http.client.HTTPException, ValueError):
        health = {}
    ours = isinstance(health, dict) and health.get("service") == "rag"
    if not ours or (not settings.server and health.get("index") != settings.index_location):
        _forget(base)
        return None
    return base


def _forget(base: str) -> None:
    conn = _connections.pop(base, None)
    if conn is not None:
        conn.close()


def _send(
    base: str, method: str, path: str, head: dict[str, str], body: bytes | None, timeout: float
) -> http.client.HTTPResponse:
    """The response to one request, on the connection find_server opened when it is still open."""
    conn = _connections.get(base)
    reused = conn is not None
    if conn is None:
        conn = _connections[base] = _new_connection(base, timeout)
    prefix = urlsplit(base).path
    for attempt in (1, 2):
        try:
            if conn.sock is not None:
                conn.sock.settimeout(timeout)
            conn.timeout = timeout
            conn.request(method, prefix + path, body=body, headers=head)
            return conn.getresponse()
        except STALE:
            conn.close()
            if not reused or attempt == 2:
                raise
    raise AssertionError("unreachable")


def _request(
    base: str, method: str, path: str, head: dict[str, str], body: bytes | None = None, timeout: float = REPLY_TIMEOUT
) -> Reply:
    response = _send(base, method, path, head, body, timeout)
    text = response.read().decode("utf-8", errors="replace")
    return Reply(response.status, text, response.getheader("X-Rag-Note", ""))


def _check(reply: Reply) -> Reply:
    """A 4xx is the caller's mistake and reads as it does in process ("k 0: expected 1 to 100"); a 5xx names the
    server, whose fault it is."""
    if reply.status >= 400:
        try:
            message = reply.json().get("error") or reply.text
        except (ValueError, AttributeError):
            message = reply.text
        raise ServerError(message if reply.status < 500 else f"server: {message}")
    return reply


def _lost(base: str, err: Exception) -> ServerError:
    return ServerError(f"server: lost {base} mid-request ({type(err).__name__}: {err})")


def query_string(params: dict) -> str:
    """Unset values left out, booleans as `true` (what the API's query parsing reads)."""
    clean = {k: ("true" if v is True else v) for k, v in params.items() if v not in (None, "", False)}
    return urlencode(clean)


def get(base: str, settings: Settings, path: str, params: dict, timeout: float = REPLY_TIMEOUT) -> Reply:
    query = query_string(params)
    try:
        reply = _request(base, "GET", f"{path}?{query}" if query else path, headers(settings), timeout=timeout)
    except (OSError, http.client.HTTPException) as err:
        raise _lost(base, err) from err
    return _check(reply)


def search(base: str, settings: Settings, params: dict) -> tuple[list[dict], str]:
    """The hits, and the server's note on why there are none (as `service.search_checked` returns them)."""
    reply = get(base, settings, "/api/search", params)
    hits: list[dict] = reply.json()
    return hits, reply.note


def ask_events(base: str, settings: Settings, body: dict) -> Iterator[tuple[str, str | dict]]:
    """The same ("token", text) … ("answer", dict) events as `rag.service.ask_events`, read from SSE."""
    head = {**headers(settings), "Content-Type": "application/json", "Accept": "text/event-stream"}
    try:
        response = _send(base, "POST", "/api/ask/stream", head, json.dumps(body).encode("utf-8"), REPLY_TIMEOUT)
        if response.status >= 400:
            _check(Reply(response.status, response.read().decode("utf-8", errors="replace")))
        event = ""
        for raw in response:
            line = raw.decode("utf-8").rstrip("\r\n")
            if line.startswith("event: "):
                event = line[7:]
            elif line.startswith("data: "):
                data = json.loads(line[6:])
                if event == "error":
                    raise ServerError(f"server: {data['error']}")
                yield event, data["text"] if event == "token" else data
    except (OSError, http.client.HTTPException) as err:
        raise _lost(base, err) from err

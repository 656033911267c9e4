"""Talk to a running `rag serve` so a terminal command skips loading the index and the model.

`find_server` is cheap on purpose: a TCP connect with a short timeout (a refused port answers at
once), then one `/api/health` call. Without `RAG_SERVER`, a server is used only when it answers from
the same index as this command would, so a stray server on the default port never answers for a
different index. The replies are the API's JSON, which is the CLI's `--json`.
"""

from __future__ import annotations

import json
import socket
from collections.abc import Iterator
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from rag.settings import Settings

if TYPE_CHECKING:
    import httpx

CONNECT_TIMEOUT = 0.25
OFF = {"off", "no", "0", "none", "false"}


class ServerError(RuntimeError):
    """The server answered with an error; the message is its one line."""


def answers(host: str, port: int, timeout: float = CONNECT_TIMEOUT) -> bool:
    try:
        socket.create_connection((host, port), timeout=timeout).close()
        return True
    except OSError:
        return False


def headers(settings: Settings) -> dict[str, str]:
    return {"Authorization": f"Bearer {settings.api_token}"} if settings.api_token else {}


def find_server(settings: Settings) -> str | None:
    """The base URL of a usable `rag serve`, or None to work in process."""
    if settings.server.strip().lower() in OFF:
        return None
    url = (settings.server or f"http://127.0.0.1:{settings.port}").rstrip("/")
    parts = urlsplit(url if "//" in url else f"http://{url}")
    host, port = parts.hostname or "127.0.0.1", parts.port or (443 if parts.scheme == "https" else 80)
    if not answers(host, port):
        return None
    base = f"{parts.scheme}://{parts.netloc}{parts.path}".rstrip("/")
    import httpx  # only once a port answers: a plain in-process run never pays for it

    try:
        reply = httpx.get(f"{base}/api/health", headers=headers(settings), timeout=2.0)
        health = reply.json() if reply.status_code == 200 else {}
    except (httpx.HTTPError, ValueError):
        return None
    if health.get("service") != "rag":
        return None
    if not settings.server and health.get("index") != settings.index_location:
        return None
    return base


def _check(reply: httpx.Response) -> httpx.Response:
    if reply.status_code >= 400:
        try:
            message = reply.json().get("error") or reply.text
        except ValueError:
            message = reply.text
        raise ServerError(f"server: {message}")
    return reply


def get(base: str, settings: Settings, path: str, params: dict, timeout: float = 300.0) -> httpx.Response:
    import httpx

    clean = {k: v for k, v in params.items() if v not in (None, "", False)}
    return _check(httpx.get(f"{base}{path}", params=clean, headers=headers(settings), timeout=timeout))


def search(base: str, settings: Settings, params: dict) -> list[dict]:
    hits: list[dict] = get(base, settings, "/api/search", params).json()
    return hits


def ask_events(base: str, settings: Settings, body: dict) -> Iterator[tuple[str, str | dict]]:
    """The same ("token", text) … ("answer", dict) events as `rag.service.ask_events`, read from SSE."""
    import httpx

    with httpx.stream(
        "POST", f"{base}/api/ask/stream", json=body, headers=headers(settings), timeout=httpx.Timeout(300.0)
    ) as reply:
        if reply.status_code >= 400:
            reply.read()
            _check(reply)
        event = ""
        for line in reply.iter_lines():
            if line.startswith("event: "):
                event = line[7:]
            elif line.startswith("data: "):
                data = json.loads(line[6:])
                if event == "error":
                    raise ServerError(f"server: {data['error']}")
                yield event, data["text"] if event == "token" else data

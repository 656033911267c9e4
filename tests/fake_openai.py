"""A real HTTP server on 127.0.0.1 that speaks the OpenAI chat-completions API.

It stands in for OpenAI / vLLM / llama.cpp, which cannot run here. It replays fixed, recorded
responses chosen by the request's model name, and records every request it gets:

    ok           streams the answer in `answers[0]` (or a default) in a few chunks
    unauthorised 401 with OpenAI's error body
    missing      404 "model not found"
    busy-then-ok 429 on the first call, then `ok` (exercises retry with backoff)
    slow         waits longer than the client's timeout
    malformed    200 with a body that is not a completion
    hang         accepts the request and never answers
    trickle      200 and an SSE keep-alive comment every 0.3 s, never a token
    cut          streams the first half of the answer, then closes without a finish_reason

Every stream that completes ends with a `finish_reason: "stop"` chunk, as real servers send.
"""

from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

ERRORS = {  # model name → (HTTP status, message, code), as OpenAI words them
    "unauthorised": (401, "Incorrect API key provided", "invalid_api_key"),
    "missing": (404, "The model `missing` does not exist", "model_not_found"),
    "busy-then-ok": (429, "Rate limit reached", "rate_limit_exceeded"),
}
DEFAULT_ANSWER = "Agent-R uses Monte Carlo Tree Search to build training samples [1]. See also [2]."


class FakeOpenAI:
    def __init__(self, answers: list[str] | None = None, chunk: int = 12):
        self.answers = answers or [DEFAULT_ANSWER]
        self.chunk = chunk
        self.requests: list[dict] = []
        self.calls: dict[str, int] = {}
        self.stopping = threading.Event()
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/v1"

    def __enter__(self) -> FakeOpenAI:
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.stopping.set()
        self.server.shutdown()
        self.server.server_close()

    def _handler(self):
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def _json(self, status: int, body: dict) -> None:
                data = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def do_POST(self):
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                fake.requests.append(body)
                model = body.get("model", "")
                n = fake.calls[model] = fake.calls.get(model, 0) + 1
                failure = ERRORS.get(model) if model != "busy-then-ok" or n == 1 else None
                if failure:
                    status, message, code = failure
                    return self._json(
                        status, {"error": {"message": message, "type": "invalid_request_error", "code": code}}
                    )
                if model == "slow":
                    time.sleep(3)
                if model == "malformed":
                    return self._json(200, {"unexpected": True})
                if model == "hang":
                    fake.stopping.wait(120)
                    return None
                answer = fake.answers[min(len(fake.requests), len(fake.answers)) - 1]
                if model in ("trickle", "cut"):
                    return self._stream(model, answer)
                if not body.get("stream"):
                    return self._json(200, completion(model, answer))
                self._stream(model, answer)

            def _stream(self, model: str, answer: str) -> None:
                self.send_response(200)
                self.send_header("Content-Type", "text/event-stream")
                self.end_headers()
                if model == "trickle":
                    while not fake.stopping.wait(0.3):
                        try:
                            self.wfile.write(b": keep-alive\n\n")
                            self.wfile.flush()
                        except OSError:
                            return
                    return
                text = answer[: len(answer) // 2] if model == "cut" else answer
                events = [chunk(model, text[i : i + fake.chunk]) for i in range(0, len(text), fake.chunk)]
                if model != "cut":
                    events.append(chunk(model, "", "stop"))
                try:
                    for event in events:
                        self.wfile.write(f"data: {json.dumps(event)}\n\n".encode())
                        self.wfile.flush()
                    if model != "cut":
                        self.wfile.write(b"data: [DONE]\n\n")
                except OSError:  # the client gave up (its deadline); nothing to report
                    return

        return Handler


def chunk(model: str, text: str, finish: str | None = None) -> dict:
    return {
        "id": "chatcmpl-fake",
        "object": "chat.completion.chunk",
        "created": 0,
        "model": model,
        "choices": [{"index": 0, "delta": {"role": "assistant", "content": text}, "finish_reason": finish}],
    }


def completion(model: str, text: str) -> dict:
    return {
        "id": "chatcmpl-fake",
        "object": "chat.completion",
        "created": 0,
        "model": model,
        "choices": [{"index": 0, "message": {"role": "assistant", "content": text}, "finish_reason": "stop"}],
        "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
    }

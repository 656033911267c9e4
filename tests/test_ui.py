"""The Gradio UI end to end in a real headless Chromium (Debian's), driven by Playwright.

The app runs as `python app.py` on a free port over a copy of the corpus index. Screenshots
are saved under `artifacts/` for a person to look at.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from rag.settings import ROOT
from rag.ui import answer_markdown, escape_markdown_html, source_card
from tests.conftest import free_port, wait_for_port

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARTIFACTS = ROOT / "artifacts"


def test_digest_text_is_escaped_in_cards_and_answers():
    from rag.papers import Paper

    evil = Paper(
        id="2501.00001",
        title="<script>alert(1)</script>",
        summaries=['<img src=x onerror="alert(2)">'],
        dates=["2025-01-01"],
        arxiv_url="https://arxiv.org/abs/2501.00001",
    )
    card = source_card(1, evil, True)
    assert "<script>" not in card and "&lt;script&gt;alert(1)&lt;/script&gt;" in card
    assert "<img" not in card and "&lt;img src=x onerror=&quot;alert(2)&quot;&gt;" in card
    assert "<script>" not in answer_markdown("<script>x</script> [1]")
    assert escape_markdown_html("**a** <b>") == "**a** &lt;b&gt;"


@pytest.fixture(scope="module")
def app_url(corpus_settings, tmp_path_factory):
    home = tmp_path_factory.mktemp("ui")
    shutil.copytree(corpus_settings.index_dir, home / "chroma")
    port = free_port()
    env = {
        **os.environ,
        "RAG_INDEX_DIR": str(home / "chroma"),
        "RAG_CACHE_DIR": str(home / "cache"),
        "RAG_PORT": str(port),
        "RAG_LLM": "extractive",
        "RAG_CONCURRENCY": "2",
    }
    log = (home / "app.log").open("w")
    proc = subprocess.Popen([sys.executable, str(ROOT / "app.py")], env=env, stdout=log, stderr=subprocess.STDOUT)
    wait_for_port(port, proc, 120, f"the app (log: {home / 'app.log'})")
    yield f"http://127.0.0.1:{port}/"
    proc.terminate()
    proc.wait(timeout=20)


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=CHROMIUM,
            headless=True,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
            ],
        )
        yield browser
        browser.close()


def upload(page, path: Path) -> None:
    with page.expect_file_chooser() as chooser:
        page.locator("#upload button.upload-container").click()
    chooser.value.set_files(str(path))
    page.locator("#upload").get_by_text(path.name).first.wait_for(timeout=10_000)


def ask(page, question: str) -> None:
    box = page.locator("#question textarea")
    box.fill(question)
    box.press("Enter")


@pytest.mark.browser
def test_chat_filters_upload_and_no_outside_requests(app_url, browser, tmp_path):
    ARTIFACTS.mkdir(exist_ok=True)
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    outside: list[str] = []
    page.on(
        "request", lambda r: None if r.url.startswith(("http://127.0.0.1", "data:", "blob:")) else outside.append(r.url)
    )
    page.goto(app_url)
    page.wait_for_selector("#question textarea")
    assert "4894 papers" in page.locator("#stats").inner_text()

    ask(page, "Which papers use MCTS?")
    page.wait_for_function("document.querySelectorAll('#sources .source-card').length >= 25", timeout=60_000)
    cards = page.locator("#sources .source-card")
    ids = cards.evaluate_all("els => els.map(e => e.dataset.arxiv)")
    assert {"2501.11425", "2501.11223"} <= set(ids)
    for card in cards.all()[:5]:
        arxiv = card.get_attribute("data-arxiv")
        assert card.locator("a", has_text="arXiv").get_attribute("href") == f"https://arxiv.org/abs/{arxiv}"
    card = cards.first
    card.locator("details.bibtex summary").click()
    entry = card.locator("details.bibtex pre").inner_text()
    assert entry.startswith("@misc{") and f"eprint = {{{card.get_attribute('data-arxiv')}}}" in entry
    chat_links = page.locator("#chat a[href^='https://arxiv.org/abs/']").evaluate_all("els => els.map(e => e.href)")
    assert "https://arxiv.org/abs/2501.11425" in chat_links
    assert "extractive" in page.locator("#backend").inner_text()
    page.screenshot(path=str(ARTIFACTS / "ui-chat.png"), full_page=True)

    page.locator("#clear").click()
    page.wait_for_function("!document.querySelector('#chat').innerText.includes('Agent-R')")
    page.locator("#filters").get_by_text("Filters and retrieval").click()
    page.locator("#since input, #since textarea").first.fill("2025-01-22")
    page.locator("#until input, #until textarea").first.fill("2025-01-22")
    ask(page, "Which papers use MCTS?")
    # The text streams before the sources panel updates: wait for the cards themselves.
    page.wait_for_function(
        "[...document.querySelectorAll('#sources .source-card')].map(e => e.dataset.arxiv).join()"
        " === '2501.11425,2501.11223'",
        timeout=60_000,
    )
    assert "2 papers in the digests match" in page.locator("#chat").inner_text()
    ids = page.locator("#sources .source-card").evaluate_all("els => els.map(e => e.dataset.arxiv)")
    assert ids == ["2501.11425", "2501.11223"]
    page.screenshot(path=str(ARTIFACTS / "ui-filtered.png"), full_page=True)

    page.get_by_role("tab", name="Library").click()
    bad = tmp_path / "not-a-digest.md"
    bad.write_text("## Papers for 2025-02-02\n\n| Paper | Venue |\n|---|---|\n| x | y |\n")
    upload(page, bad)
    page.locator("#add").click()
    result = page.locator("#upload-result")
    result.get_by_text("Not added").wait_for(timeout=30_000)
    assert "unknown table header" in result.inner_text() and "index is unchanged" in result.inner_text()
    assert "4894 papers" in page.locator("#stats").inner_text()
    page.screenshot(path=str(ARTIFACTS / "ui-upload-error.png"), full_page=True)

    evil = tmp_path / "2030-01-01.md"
    evil.write_text(
        "## Papers for 2030-01-01\n\n| Title | Authors | Summary |\n|---|---|---|\n"
        "| Injected <script>window.pwned=1</script> title (Read more on [arXiv](https://arxiv.org/abs/3001.00001))"
        '| A | A summary with <img src=x onerror="window.pwned=2"> inside about zebra finches. |\n'
    )
    page.locator("#upload button[aria-label='Clear']").first.click()
    upload(page, evil)
    page.locator("#add").click()
    page.wait_for_function("document.querySelector('#stats').innerText.includes('4895 papers')", timeout=120_000)
    assert "Added 2030-01-01.md: 1 new papers" in result.inner_text()
    page.get_by_role("tab", name="Chat").click()
    page.locator("#since input, #since textarea").first.fill("")
    page.locator("#until input, #until textarea").first.fill("")
    ask(page, "zebra finches")
    page.wait_for_function("document.querySelector('#sources').innerText.includes('window.pwned')", timeout=60_000)
    assert page.evaluate("window.pwned") is None
    assert "<img src=x" in page.locator("#sources").inner_text()

    page.get_by_role("tab", name="Briefing").click()
    page.locator("#week input").first.fill("2025-W04")
    page.get_by_role("option", name="2025-W04").click()
    page.locator("#make-briefing").click()
    page.locator("#briefing").get_by_text("Briefing: 2025-01-20 to 2025-01-26").wait_for(timeout=60_000)
    page.screenshot(path=str(ARTIFACTS / "ui-briefing.png"), full_page=True)
    assert outside == [], f"the page fetched from outside: {outside[:5]}"

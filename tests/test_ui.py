"""The Gradio UI end to end in a real headless Chromium (Debian's), driven by Playwright.

The app runs as `python app.py` on a free port over a copy of the corpus index. Each check runs on
a desktop and a phone-sized viewport; screenshots are saved under `artifacts/` for a person to look
at, and the desktop chat is copied to docs/screenshot.png for the README.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from rag.answer import Answer, Source
from rag.digest import read_digest
from rag.papers import Paper, merge_rows
from rag.retrieve import Hit
from rag.settings import ROOT
from rag.ui import (
    CSS,
    answer_markdown,
    backend_badge,
    collapse_lists,
    escape_markdown_html,
    make_filters,
    source_card,
    sources_html,
)
from tests.conftest import DIGESTS, copy_index, free_port, wait_for_port

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARTIFACTS = ROOT / "artifacts"


def test_digest_text_is_escaped_in_cards_and_answers():
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


def test_a_card_shows_the_summary_without_the_digest_writers_template():
    row = next(r for r in read_digest(DIGESTS / "2024-12-06.md").rows if r.arxiv_id == "2412.04315")
    assert row.summary.startswith("Here's a summary") and "**Primary results" in row.summary
    card = source_card(1, merge_rows([row])[0], True)
    assert "Here&#x27;s a summary" not in card and "Here's a summary" not in card and "**" not in card
    assert "\nPrimary results (include one specific quantitative finding): The maximum capacity density" in card


def test_the_chat_remembers_each_turn_as_asked(week_settings):
    """A turn's retrieval text drops its period ("only the ones from 2025-01-22"), so the chat keeps the question:
    "how many is that?" then counts the day's list, not the week's."""
    from rag.ui import App

    app, chat, pairs = App(week_settings), [], []
    openings = []
    for turn in ("which papers use MCTS?", "only the ones from 2025-01-22", "how many is that?"):
        chat, pending, _ = app.ask(turn, chat, None, None, "", False)
        *_, (chat, pairs, _, _) = app.chat(pending, chat, pairs, None, None, "", False, "bm25")
        openings.append(pairs[-1][1].splitlines()[0])
    assert [q for q, _ in pairs] == ["which papers use MCTS?", "only the ones from 2025-01-22", "how many is that?"]
    assert openings[1] != openings[0] and openings[2] == openings[1]


def hand_built(text: str, n: int = 3, **shape) -> Answer:
    """An Answer as issue 10's analyser will shape it (intent, table, counts), built by hand."""
    papers = [
        Paper(id=f"2501.0000{i}", title=f"Paper {i}", summaries=["S " * 200], dates=[f"2025-01-0{i}"])
        for i in range(1, n + 1)
    ]
    answer = Answer("q", "q", text, [Source(i, Hit(p, 1.0)) for i, p in enumerate(papers, 1)], "extractive", True)
    for key, value in shape.items():
        setattr(answer, key, value)
    return answer


def test_long_lists_fold_after_ten_items():
    text = "12 papers:\n" + "\n".join(f"- item {i} [1]" for i in range(1, 13)) + "\nAfter."
    folded = collapse_lists(text)
    before, after = folded.split("<details>")
    assert "item 10 " in before and "item 11" not in before
    assert "<summary>Show all 12 (2 more)</summary>" in after and "item 12" in after and "After." in after
    assert collapse_lists("- a\n- b") == "- a\n- b"


def test_badge_names_what_answered_never_none():
    covered = hand_built("x [1]")
    assert "extractive" in backend_badge(covered, "extractive")
    not_covered = hand_built("The digests do not cover this.")
    not_covered.backend, not_covered.covered = "none", False
    badge = backend_badge(not_covered, "extractive")
    assert "none" not in badge and "extractive" in badge and "not covered" in badge
    assert "extractive" in backend_badge(None, "extractive")


def test_filters_are_checked_dates_in_order():
    assert make_filters("2025-01-22", "2025-01-22", "", False).since == "2025-01-22"
    with pytest.raises(ValueError, match="From '2025-13-40': expected a date"):
        make_filters("2025-13-40", "", "", False)
    with pytest.raises(ValueError, match="reversed"):
        make_filters("2025-02-01", "2025-01-01", "", False)


def test_per_intent_views_render_when_the_answer_carries_them():
    plain = sources_html(hand_built("a [1] b [2]"))
    assert "intent-view" not in plain and plain.count('class="source-card"') == 2
    table = [{"paper": "Paper 1", "method": "MCTS <b>"}, {"paper": "Paper 2", "method": "beam search"}]
    compare = sources_html(hand_built("a [1] b [2]", intent="compare", table=table))
    assert 'data-intent="compare"' in compare and "<th>method</th>" in compare and "MCTS &lt;b&gt;" in compare
    trend = sources_html(hand_built("a [1]", intent="trend", counts={"2025-02": 4, "2025-01": 8}))
    assert trend.index('data-month="2025-01"') < trend.index('data-month="2025-02"')
    assert 'style="width:100.0%"' in trend and 'style="width:50.0%"' in trend


def test_a_two_topic_trend_shows_one_bar_per_topic_each_month():
    series = {"DPO": {"2025-01": 8, "2025-02": 2}, "GRPO": {"2025-01": 0, "2025-02": 4}}
    view = sources_html(hand_built("a [1] b [2]", intent="trend", series=series))
    assert 'data-intent="trend"' in view and view.count('data-series="DPO"') == 2
    assert view.index('data-month="2025-01"') < view.index('data-month="2025-02"')
    assert "width:100.0%" in view and "width:50.0%" in view and "8 / 0" in view


@pytest.fixture(scope="module")
def app_url(corpus_settings, tmp_path_factory):
    home = tmp_path_factory.mktemp("ui")
    copy_index(corpus_settings, home)
    port = free_port()
    env = {
        **os.environ,
        "RAG_HOME": str(home),
        "RAG_INDEX_DIR": str(home / "chroma"),
        "RAG_CACHE_DIR": str(home / "cache"),
        "RAG_PORT": str(port),
        "RAG_LLM": "extractive",
        "RAG_CONCURRENCY": "2",
    }
    log = (home / "app.log").open("w")
    proc = subprocess.Popen([sys.executable, str(ROOT / "app.py")], env=env, stdout=log, stderr=subprocess.STDOUT)
    wait_for_port(port, proc, 180, f"the app (log: {home / 'app.log'})")
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


VIEWPORTS = {"desktop": {"width": 1400, "height": 1000}, "phone": {"width": 390, "height": 844}}


def open_page(browser, app_url: str, viewport: str, outside: list[str]):
    context = browser.new_context(viewport=VIEWPORTS[viewport], permissions=["clipboard-read", "clipboard-write"])
    page = context.new_page()
    page.on(
        "request", lambda r: None if r.url.startswith(("http://127.0.0.1", "data:", "blob:")) else outside.append(r.url)
    )
    page.goto(app_url)
    page.wait_for_selector("#question textarea", timeout=60_000)
    return page


def upload(page, path: Path) -> None:
    """Choose the file through the widget's own file input, once the widget is on screen. Gradio's
    client sometimes drops a file chosen just after the page (re)loads: the widget stays empty, as a
    user would see. Then the file is chosen again, and after two tries the tab is reloaded, as a user
    would (Gradio's behaviour, not rag's). A failure reports the page's upload traffic and errors."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    seen: list[str] = []
    page.on("console", lambda m: seen.append(f"console {m.type}: {m.text}") if m.type == "error" else None)
    page.on("requestfailed", lambda r: seen.append(f"failed {r.method} {r.url}: {r.failure}"))
    page.on("response", lambda r: seen.append(f"{r.status} {r.request.method} {r.url}") if "upload" in r.url else None)
    for round_ in range(3):
        if round_:
            fresh_library_tab(page)
        empty = page.locator("#upload button.upload-container")
        empty.wait_for(state="visible", timeout=60_000)
        shown = page.locator("#upload").get_by_text(path.name).first
        for _ in range(2):
            if empty.is_visible():
                page.locator("#upload input[type=file]").set_input_files(str(path))
            try:
                shown.wait_for(timeout=20_000)
                return
            except PlaywrightTimeout:
                continue
    widget = page.locator("#upload").inner_html()[:1500]
    raise AssertionError(f"{path.name} never reached the upload widget in six tries; {seen[-20:]}; widget: {widget}")


def fresh_library_tab(page) -> None:
    """The Library tab on a reloaded page: an empty upload widget without the race of its Clear button,
    whose round trip to the server, when it came back after the next file was chosen, wiped that file."""
    page.reload()
    page.wait_for_selector("#question textarea", timeout=60_000)
    page.get_by_role("tab", name="Library").click()


def ask(page, question: str) -> None:
    """Type and press Enter, as a person would; the keyboard submit is part of what is tested."""
    box = page.locator("#question textarea")
    box.fill(question)
    box.press("Enter")


def wait_for_answer(page, cards: int = 1) -> None:
    page.wait_for_function(
        f"document.querySelectorAll('#sources .source-card').length >= {cards}"
        " && !document.querySelector('#chat .searching')",
        timeout=90_000,
    )


def shot(page, name: str) -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(path))
    return path


def chat_box(page) -> dict:
    """The chat's scrolling area on screen."""
    return page.evaluate(
        """() => { const el = document.querySelector('#chat .bubble-wrap') || document.querySelector('#chat');
        const r = el.getBoundingClientRect(); return {top: r.top, bottom: r.bottom, scroll: el.scrollTop}; }"""
    )


def visible_in_chat(page, text: str) -> bool:
    box = chat_box(page)
    rect = page.evaluate(
        """(text) => { const el = [...document.querySelectorAll('#chat .message *')].find(
             e => e.childElementCount === 0 && e.textContent.includes(text));
           if (!el) return null; const r = el.getBoundingClientRect(); return {top: r.top, bottom: r.bottom}; }""",
        text,
    )
    return rect is not None and rect["top"] >= box["top"] - 1 and rect["bottom"] <= box["bottom"] + 1


@pytest.mark.browser
@pytest.mark.parametrize("viewport", ["desktop", "phone"])
def test_chat_reads_well(app_url, browser, viewport):
    outside: list[str] = []
    page = open_page(browser, app_url, viewport, outside)
    stats = page.locator("#stats").inner_text()
    assert "4,894 papers" in stats and "digest days" in stats
    corpus = page.locator("#corpus")
    assert not page.locator("#categories").is_visible(), "the category panel starts folded"
    corpus.get_by_text("Categories").first.click()
    page.locator("#categories").wait_for(state="visible")
    chips = page.locator("#categories .chip").all_inner_texts()
    assert any(c.startswith("Multimodal") for c in chips) and not any("Multi-Modal" in c for c in chips)
    corpus.get_by_text("Categories").first.click()
    assert page.locator("#chat [data-testid='block-label']").count() == 0, "no label floats over the answer"
    assert "extractive" in page.locator("#backend").inner_text()
    shot(page, f"ui-{viewport}-start")

    page.evaluate(
        """() => { window.sawSearching = '';
        new MutationObserver(() => { const s = document.querySelector('#chat .searching');
          if (s) window.sawSearching = s.textContent; }).observe(document.body, {childList: true, subtree: true}); }"""
    )
    ask(page, "Which papers use MCTS?")
    wait_for_answer(page, cards=25)
    assert page.evaluate("window.sawSearching") == "Searching 4,894 papers…"
    assert page.locator("#question textarea").input_value() == "", "Enter sent the question"
    # The answer's first lines stay in view; the list folds after ten with "Show all N".
    assert visible_in_chat(page, "papers in the digests match")
    fold = page.locator("#chat details summary")
    total = int(page.locator("#sources .sources-head").inner_text().split()[0])
    assert fold.inner_text() == f"Show all {total} ({total - 10} more)"
    items = page.locator("#chat .message li")
    assert items.nth(9).is_visible() and not items.nth(10).is_visible()
    shot(page, f"ui-{viewport}-list")
    fold.click()
    items.nth(10).wait_for(state="visible")
    # Source cards expand in place to the full summary.
    card = page.locator("#sources .source-card").first
    full = card.locator(".full")
    assert not full.is_visible()
    card.locator("summary").click()
    full.wait_for(state="visible")
    assert len(full.inner_text()) > len(card.locator(".lead").text_content())
    # Copy buttons: every answer has one, and a card copies its title and link.
    assert page.locator("#chat button[aria-label='Copy message']").count() >= 1
    card.locator("button.copy").click()
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied.endswith(f"https://arxiv.org/abs/{card.get_attribute('data-arxiv')}")
    card.locator("button.bibtex").click()
    entry = page.evaluate("navigator.clipboard.readText()")
    assert entry.startswith("@misc{") and f"eprint = {{{card.get_attribute('data-arxiv')}}}" in entry
    card.scroll_into_view_if_needed()
    shot(page, f"ui-{viewport}-card-open")

    ask(page, "Which papers study the migration of zebra finches across oceans?")
    page.wait_for_function("document.querySelector('#backend').innerText.includes('not covered')", timeout=90_000)
    badge = page.locator("#backend").inner_text()
    assert "none" not in badge and "extractive" in badge
    assert visible_in_chat(page, "zebra finches across oceans")
    # A comparison's table keeps its short cells' words whole; a table too wide for the chat scrolls.
    ask(page, "compare DPO and PPO")
    page.wait_for_function(
        "!document.querySelector('#chat .searching') && document.querySelectorAll('#chat table tr').length >= 4",
        timeout=90_000,
    )
    lines = page.evaluate(
        """() => [...document.querySelectorAll('#chat table tr > :nth-child(-n+2)')].map(c => {
             const r = document.createRange(); r.selectNodeContents(c);
             return [c.textContent.trim(), new Set([...r.getClientRects()].map(x => Math.round(x.top))).size]; })"""
    )
    assert lines and all(n == 1 for _, n in lines), f"short table cells wrap: {lines}"
    shot(page, f"ui-{viewport}-compare")
    page.locator("#clear").click()
    page.wait_for_function("!document.querySelector('#backend').innerText.includes('not covered')")
    assert "extractive" in page.locator("#backend").inner_text() and "none" not in page.locator("#backend").inner_text()
    overflow = page.evaluate("document.scrollingElement.scrollWidth - window.innerWidth")
    assert overflow <= 1, f"the page scrolls sideways by {overflow}px"
    assert outside == [], f"the page fetched from outside: {outside[:5]}"


def set_date(page, elem: str, value: str) -> None:
    field = page.locator(f"#{elem} input")
    field.fill(value)
    field.press("Tab")


@pytest.mark.browser
@pytest.mark.parametrize("viewport", ["desktop", "phone"])
def test_date_pickers_filter_and_validate(app_url, browser, viewport):
    outside: list[str] = []
    page = open_page(browser, app_url, viewport, outside)
    page.locator("#filters").get_by_text("Filters and retrieval").click()
    page.locator("#since button.calendar").wait_for(state="visible", timeout=10_000)  # a picker, not a text box
    set_date(page, "since", "2025-01-22")
    set_date(page, "until", "2025-01-21")
    ask(page, "Which papers use MCTS?")
    page.locator("#chat").get_by_text("the range is reversed").wait_for(timeout=30_000)
    page.locator("#clear").click()
    page.wait_for_function("!document.querySelector('#chat').innerText.includes('reversed')")
    set_date(page, "until", "2025-01-22")
    ask(page, "Which papers use MCTS?")
    page.wait_for_function(
        "[...document.querySelectorAll('#sources .source-card')].map(e => e.dataset.arxiv).join()"
        " === '2501.11425,2501.11223'",
        timeout=90_000,
    )
    assert "2 papers in the digests match" in page.locator("#chat").inner_text()
    chat_links = page.locator("#chat a[href^='https://arxiv.org/abs/']").evaluate_all("els => els.map(e => e.href)")
    assert "https://arxiv.org/abs/2501.11425" in chat_links
    page.locator("#chat").scroll_into_view_if_needed()
    path = shot(page, f"ui-{viewport}-filtered")
    if viewport == "desktop":
        page.evaluate("window.scrollTo(0, 0)")
        shutil.copy(shot(page, "ui-desktop-filtered-top"), ROOT / "docs" / "screenshot.png")
    assert path.exists()
    set_date(page, "since", "2025-02-30")
    ask(page, "Which papers use MCTS?")
    page.locator("#chat").get_by_text("expected a date as YYYY-MM-DD").wait_for(timeout=30_000)
    assert outside == []


@pytest.mark.browser
def test_intent_views_from_a_hand_built_answer(browser):
    """A comparison table and a trend chart as the chat's sources panel shows them, on both viewports."""
    table = [
        {"paper": "[1] Paper 1", "method": "Monte Carlo Tree Search", "result": "24.6 on OSWorld"},
        {"paper": "[2] Paper 2", "method": "Beam search", "result": "21.0 on OSWorld"},
    ]
    counts = {f"2025-{m:02d}": n for m, n in zip(range(1, 7), [3, 5, 9, 14, 12, 20])}
    html = sources_html(hand_built("a [1] b [2]", intent="compare", table=table, counts=counts))
    for viewport in VIEWPORTS:
        page = browser.new_page(viewport=VIEWPORTS[viewport])
        page.set_content(f"<style>{CSS}</style><div id='sources' style='font-family:system-ui'>{html}</div>")
        assert page.locator("#intent-view table th").all_inner_texts() == ["paper", "method", "result"]
        widths = page.locator(".chart .bar").evaluate_all("els => els.map(e => e.getBoundingClientRect().width)")
        assert max(widths) == widths[5] and min(widths) == widths[0]
        shot(page, f"ui-{viewport}-intent-views")
        page.close()


@pytest.mark.browser
def test_a_two_topic_trend_chart_from_a_hand_built_answer(browser):
    """Two bars a month, each topic in its colour, scaled to the busiest month of either, on both viewports."""
    series = {"DPO": {"2025-01": 8, "2025-02": 2}, "GRPO": {"2025-01": 0, "2025-02": 4}}
    html = sources_html(hand_built("a [1] b [2]", intent="trend", series=series))
    for viewport in VIEWPORTS:
        page = browser.new_page(viewport=VIEWPORTS[viewport])
        page.set_content(f"<style>{CSS}</style><div id='sources' style='font-family:system-ui'>{html}</div>")
        bars = page.locator(".chart .bars .bar")
        widths = bars.evaluate_all("els => els.map(e => e.getBoundingClientRect().width)")
        colours = bars.evaluate_all("els => els.map(e => getComputedStyle(e).backgroundColor)")
        assert len(widths) == 4 and widths[0] == max(widths) > 0 and widths[1] == 0
        assert abs(widths[3] - widths[0] / 2) < 1.5 and abs(widths[2] - widths[0] / 4) < 1.5
        assert colours[0] == colours[2] != colours[1] == colours[3]
        shot(page, f"ui-{viewport}-two-topic-trend")
        page.close()


@pytest.mark.browser
def test_upload_refreshes_figures_categories_and_weeks(app_url, browser, tmp_path):
    outside: list[str] = []
    page = open_page(browser, app_url, "desktop", outside)
    page.get_by_role("tab", name="Library").click()
    bad = tmp_path / "not-a-digest.md"
    bad.write_text("## Papers for 2025-02-02\n\n| Paper | Venue |\n|---|---|\n| x | y |\n")
    upload(page, bad)
    page.locator("#add").click()
    result = page.locator("#upload-result")
    result.get_by_text("Not added").wait_for(timeout=30_000)
    assert "unknown table header" in result.inner_text() and "index is unchanged" in result.inner_text()
    assert "4,894 papers" in page.locator("#stats").inner_text()
    shot(page, "ui-desktop-upload-error")

    evil = tmp_path / "2030-01-01.md"
    evil.write_text(
        "## Papers for 2030-01-01\n\n| Title | Authors | Summary | Category |\n|---|---|---|---|\n"
        "| Injected <script>window.pwned=1</script> title (Read more on [arXiv](https://arxiv.org/abs/3001.00001))"
        '| A | A summary with <img src=x onerror="window.pwned=2"> inside about zebra finches. | zebra  studies |\n'
    )
    fresh_library_tab(page)
    upload(page, evil)
    page.locator("#add").click()
    page.wait_for_function("document.querySelector('#stats').innerText.includes('4,895 papers')", timeout=120_000)
    assert "Added 2030-01-01.md: 1 new paper, 0 updated, 0 unchanged, 0 rows skipped" in result.inner_text()
    page.locator("#corpus").get_by_text("Categories").first.click()
    page.locator("#categories").get_by_text("Zebra Studies").wait_for(timeout=10_000)
    shot(page, "ui-desktop-upload-refreshed")

    page.get_by_role("tab", name="Briefing").click()
    page.locator("#week input").first.click()
    page.get_by_role("option", name="2030-W01").wait_for(timeout=10_000)
    page.keyboard.press("Escape")
    page.get_by_role("tab", name="Chat").click()
    ask(page, "zebra finches")
    page.wait_for_function("document.querySelector('#sources').innerText.includes('window.pwned')", timeout=90_000)
    assert page.evaluate("window.pwned") is None
    assert "<img src=x" in page.locator("#sources").inner_text()

    page.get_by_role("tab", name="Briefing").click()
    page.locator("#week input").first.fill("2025-W04")
    page.get_by_role("option", name="2025-W04").click()
    page.locator("#make-briefing").click()
    page.locator("#briefing").get_by_text("Briefing: 2025-01-20 to 2025-01-26").wait_for(timeout=90_000)
    shot(page, "ui-desktop-briefing")
    assert outside == [], f"the page fetched from outside: {outside[:5]}"


@pytest.mark.browser
def test_api_docs_render_offline(app_url, browser):
    """/docs is Swagger UI from this server's own files: every endpoint renders, with the bearer token's
    Authorize button, and nothing is fetched from outside."""
    outside: list[str] = []
    context = browser.new_context()
    page = context.new_page()
    page.on(
        "request", lambda r: None if r.url.startswith(("http://127.0.0.1", "data:", "blob:")) else outside.append(r.url)
    )
    page.goto(app_url + "docs")
    page.wait_for_selector(".opblock", timeout=60_000)
    paths = page.locator(".opblock-summary-path").all_inner_texts()
    assert {"/api/ask", "/api/ask/stream", "/api/search", "/api/briefing"} <= {p.strip() for p in paths}, paths
    assert page.locator("button.authorize").count() == 1
    assert not outside, outside
    context.close()

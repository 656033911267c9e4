"""The Gradio UI: chat with cited sources, weekly briefings, and the library.

It calls the same library functions as the CLI; what lives here is layout and HTML rendering.
Everything shown from a digest is escaped, so a summary holding `<script>` shows as text.
"""

from __future__ import annotations

import re
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from rag.answer import Answer, Answerer
from rag.answer_html import esc, intent_html
from rag.bibtex import bibtex
from rag.briefing import BriefingError, build_briefing, week_range, weeks_covered
from rag.checks import check_text
from rag.citations import CITATION_RE
from rag.feed import default_week
from rag.papers import Paper
from rag.question import iso_date
from rag.render import answered_by
from rag.retrieve import Filters
from rag.safe import safe_markdown, web_url
from rag.service import Conflict, Library, RequestError
from rag.settings import MODES, Settings
from rag.stats import corpus_stats
from rag.text import readable_summary

EXAMPLES = [
    "Which papers use MCTS?",
    "Which model scored 24.6 on OSWorld?",
    "How do recent papers make diffusion models faster?",
    "Which papers improve LLM agents for GUI interaction?",
]
CSS = """
#header h1{margin:0;font-size:22px}
#header .figures{color:var(--body-text-color-subdued);font-size:14px;margin-top:2px}
#header .figures b{color:var(--body-text-color)}
.chips{display:flex;flex-wrap:wrap;gap:6px}
.chip{border:1px solid var(--border-color-primary);border-radius:999px;padding:2px 10px;font-size:13px}
.chip span{color:var(--body-text-color-subdued);margin-left:4px}
.source-card{border:1px solid var(--border-color-primary,#d0d5dd);border-radius:8px;padding:10px 12px;
 margin-bottom:10px}
.source-card h4{margin:0 0 4px 0;font-size:15px;line-height:1.3}
.source-card .num{color:var(--color-accent);margin-right:4px}
.source-card .meta{color:var(--body-text-color-subdued);font-size:12px;margin-bottom:6px}
.source-card .summary{font-size:13px;white-space:pre-wrap;line-height:1.45}
.source-card details.summary summary{cursor:pointer;list-style:none}
.source-card details.summary summary::-webkit-details-marker{display:none}
.source-card details.summary .more{display:block;color:var(--color-accent);font-size:12px;margin-top:2px}
.source-card details.summary .more::before{content:"Show full summary ▾"}
.source-card details.summary[open] .more::before{content:"Show less ▴"}
.source-card details.summary[open] .lead{display:none}
.source-card .links{margin-top:6px;display:flex;flex-wrap:wrap;gap:4px 12px;align-items:center}
.source-card .links a{font-size:13px}
.source-card button.copy,.source-card button.bibtex{
 font-size:12px;padding:1px 8px;border:1px solid var(--border-color-primary);border-radius:6px;
 background:var(--background-fill-secondary);cursor:pointer}
.sources-head{font-weight:600;margin:0 0 8px 0}
.notice{padding:6px 10px;border-radius:6px;background:#fff4ce;color:#5c4400}
.badge{padding:6px 10px;border-radius:6px;background:var(--background-fill-secondary);font-size:14px}
.badge .note{color:var(--body-text-color-subdued)}
.searching{color:var(--body-text-color-subdued);font-style:italic;animation:pulse 1.4s ease-in-out infinite}
@keyframes pulse{50%{opacity:.45}}
#chat table{display:block;max-width:100%;overflow-x:auto}
#chat table th,#chat table td{word-break:normal!important;overflow-wrap:break-word!important}
#chat details summary{cursor:pointer;color:var(--color-accent);font-weight:600;margin:6px 0}
.intent table{border-collapse:collapse;width:100%;font-size:13px;margin-bottom:10px}
.intent th,.intent td{border:1px solid var(--border-color-primary,#d0d5dd);padding:4px 6px;text-align:left;
 vertical-align:top}
.intent th{background:var(--background-fill-secondary,#f3f4f6)}
.chart{margin-bottom:12px}
.chart .row{display:grid;grid-template-columns:64px 1fr 36px;gap:6px;align-items:center;font-size:12px;margin:2px 0}
.chart .bar{height:12px;border-radius:3px;background:var(--color-accent,#6366f1)}
.chart .n{text-align:right;color:var(--body-text-color-subdued,#6b7280)}
.chart.series .row{grid-template-columns:64px 1fr 64px}.chart .bars .bar{height:8px;margin:1px 0}
.hint{color:var(--body-text-color-subdued);font-size:12px;margin:-4px 0 4px 2px}
#sources{max-height:680px;overflow-y:auto}
.nowrap{white-space:nowrap}
@media (max-width:640px){
 #sources{max-height:none}
 #header h1{font-size:19px}
 #chat .message-row{padding-left:8px;padding-right:8px}
}
"""
# The chat keeps a new answer's first lines in view: once a question is added, its message is
# scrolled to the top of the chat instead of following the stream to the end of a long answer.
HEAD = """<style>
/* Gradio scopes css= under .contain; the page margin sits above it, so it is set here. */
@media (max-width:640px){.gradio-container .main.fillable{padding-left:8px!important;padding-right:8px!important}}
</style>
<script>
(() => {
  let seen = 0;
  const follow = () => {
    const chat = document.querySelector('#chat');
    if (!chat) return;
    const asked = chat.querySelectorAll('.user-row');
    if (asked.length === seen) return;
    seen = asked.length;
    if (!seen) return;
    const last = asked[asked.length - 1];
    let box = last.parentElement;
    while (box && box !== chat && !(box.scrollHeight > box.clientHeight + 4 &&
           /(auto|scroll)/.test(getComputedStyle(box).overflowY))) box = box.parentElement;
    if (box && box !== chat) box.scrollTop += last.getBoundingClientRect().top - box.getBoundingClientRect().top - 8;
  };
  new MutationObserver(follow).observe(document.documentElement, {childList: true, subtree: true});
})();
</script>"""
LIST_ITEM_RE = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+")
SHOWN_ITEMS = 10
SUMMARY_LEAD = 240


def source_card(n: int, paper: Paper, cited: bool) -> str:
    def link(url: str, label: str) -> list[str]:  # digest links: http(s) only, even from an older index
        return [f'<a href="{esc(url)}" target="_blank" rel="noopener noreferrer">{label}</a>'] if web_url(url) else []

    links = link(paper.url, "arXiv") + link(paper.hf_url, "HF paper")
    links += [a for u in paper.code_urls[:2] for a in link(u, "GitHub")]
    links += [a for u in paper.resource_urls[:2] for a in link(u, "HF data/model")]
    links.append(
        f'<button class="copy" type="button" data-copy="{esc(paper.title)} {esc(paper.url)}" '
        'onclick="navigator.clipboard&&navigator.clipboard.writeText(this.dataset.copy);'
        "this.textContent='Copied'\">Copy link</button>"
    )
    entry = esc(bibtex([paper]))
    links.append(
        f'<button class="bibtex" type="button" title="{entry}" data-copy="{entry}" '
        'onclick="navigator.clipboard&&navigator.clipboard.writeText(this.dataset.copy);'
        "this.textContent='BibTeX copied'\">BibTeX</button>"
    )
    cats = f" · {esc(', '.join(paper.categories))}" if paper.categories else ""
    mark = "" if cited else " · retrieved, not cited"
    return (
        f'<div class="source-card" id="source-{n}" data-arxiv="{esc(paper.id)}">'
        f'<h4><span class="num">[{n}]</span>{esc(paper.title)}</h4>'
        f'<div class="meta">{esc(", ".join(paper.dates))}{cats}{mark}</div>'
        f'{summary_block(paper.summary)}<div class="links">{"".join(links)}</div></div>'
    )


def summary_block(text: str) -> str:
    """A long summary shows its opening and expands in place; nothing is cut without a way back."""
    text = readable_summary(text)
    if len(text) <= SUMMARY_LEAD + 40:
        return f'<div class="summary">{esc(text)}</div>'
    lead = text[:SUMMARY_LEAD].rsplit(" ", 1)[0]
    return (
        f'<details class="summary"><summary><span class="lead">{esc(lead)}…</span><span class="more"></span>'
        f'</summary><div class="full">{esc(text)}</div></details>'
    )


def sources_html(answer: Answer | None) -> str:
    """The answer's shaped view (table, chart) if it has one, then one card per paper it cites."""
    if answer is None or not answer.sources:
        return "<p>Sources of the answer appear here.</p>"
    return intent_html(answer) + source_cards(answer)


def source_cards(answer: Answer) -> str:
    cited = {c["n"] for c in answer.citations}
    if not cited:
        head = '<p class="sources-head">No paper answers this. The closest ones:</p>'
        return head + "".join(source_card(s.n, s.hit.paper, False) for s in answer.sources[:5])
    shown = [s for s in answer.sources if s.n in cited]
    what = "paper" if len(shown) == 1 else "papers"
    head = f'<p class="sources-head">{len(shown)} {what} cited</p>'
    return head + "".join(source_card(s.n, s.hit.paper, True) for s in shown)


def collapse_lists(text: str, shown: int = SHOWN_ITEMS) -> str:
    """A list longer than `shown` items keeps its first ones and folds the rest under "Show all N"."""
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        if not LIST_ITEM_RE.match(lines[i]):
            out.append(lines[i])
            i += 1
            continue
        items: list[list[str]] = []
        while i < len(lines) and (LIST_ITEM_RE.match(lines[i]) or (items and lines[i].startswith("  "))):
            if LIST_ITEM_RE.match(lines[i]):
                items.append([])
            items[-1].append(lines[i])
            i += 1
        out += [line for item in items[:shown] for line in item]
        if len(items) > shown:
            out += ["", f"<details><summary>Show all {len(items)} ({len(items) - shown} more)</summary>", ""]
            out += [line for item in items[shown:] for line in item]
            out += ["", "</details>", ""]
    return "\n".join(out)


def answer_markdown(text: str, answer: Answer | None = None) -> str:
    """Sanitise and escape the text, fold long lists, then turn each valid `[n]` into a link to its arXiv page.

    `safe_markdown` is the one rule for model output: no image is rendered, links only to arXiv,
    Hugging Face and GitHub; every renderer of an answer goes through this function.
    """
    safe = collapse_lists(esc(safe_markdown(text)))
    if answer is None:
        return safe
    urls = {s.n: s.hit.paper.url for s in answer.sources}
    return CITATION_RE.sub(
        lambda m: f"[[{m.group(1)}]]({urls[int(m.group(1))]})" if int(m.group(1)) in urls else m.group(0), safe
    )


def searching_html(papers: int) -> str:
    return f'<span class="searching">Searching {papers:,} paper{"s" if papers != 1 else ""}…</span>'


def backend_badge(answer: Answer | None, default: str) -> str:
    """Names what answered; a "not covered" reply was still checked by the configured backend's pipeline."""
    if answer is not None and answer.fallback:
        return f'<div class="notice">⚠ {esc(answer.fallback)}</div>'
    if answer is None:
        return f'<div class="badge">Answer backend: <b>{esc(default)}</b></div>'
    used = answered_by(answer, default) if answer.backend != "none" else default
    note = "" if answer.covered else ' <span class="note">· not covered by the digests</span>'
    return f'<div class="badge">Answered by <b>{esc(used)}</b>{note}</div>'


def figures_html(papers: list[Paper]) -> str:
    s = corpus_stats(papers)
    return (
        '<div id="header"><h1>rag · ask the AI-paper digests</h1><div class="figures">'
        f"<b>{s['papers']:,} papers</b> · {s['days']:,} digest days · "
        f'<span class="nowrap">{s["first_day"]} to {s["last_day"]}</span> · '
        f"{s['with_code']:,} with code · {s['with_data']:,} with datasets or models</div></div>"
    )


def categories_html(papers: list[Paper]) -> str:
    cats = corpus_stats(papers)["categories"]
    if not cats:
        return "<p>No categories listed in these digests.</p>"
    chips = "".join(f'<span class="chip">{esc(c)}<span>{n:,}</span></span>' for c, n in cats.items())
    return f'<div class="chips">{chips}</div>'


class App:
    """State shared by every browser session: the process's one library (answerer), updated in place after an upload."""

    def __init__(self, settings: Settings, library: Library | None = None):
        self.settings = settings
        self.library = library or Library(settings)
        # One folder for the process's downloads, removed when it exits (one mkdtemp per click leaked them).
        self._downloads = tempfile.TemporaryDirectory(prefix="rag-briefings-")

    @property
    def answerer(self) -> Answerer:
        return self.library.answerer

    @property
    def papers(self) -> list[Paper]:
        papers: list[Paper] = self.answerer.retriever.papers
        return papers

    def categories(self) -> list[str]:
        return [""] + list(corpus_stats(self.papers)["categories"])

    def ask(
        self,
        message: str,
        history: list[dict],
        since: str | None,
        until: str | None,
        category: str,
        has_code: bool,
    ) -> tuple[list[dict], str, str]:
        """Shows the question and a "searching N papers…" line at once; returns it as the pending question.

        Returns (chat, pending question, question box); a bad filter is answered here and leaves
        nothing pending, and the question stays in the box to fix.
        """
        message = (message or "").strip()
        if not message:
            return history, "", ""
        try:
            check_text("question", message)
            filters = make_filters(since, until, category, has_code)
        except ValueError as err:
            return [*history, {"role": "assistant", "content": f"⚠ {esc(str(err))}"}], "", message
        searched = int(self.answerer.retriever.mask(filters).sum())
        history = [
            *history,
            {"role": "user", "content": esc(safe_markdown(message))},
            {"role": "assistant", "content": searching_html(searched)},
        ]
        return history, message, ""

    def chat(
        self,
        pending: str,
        history: list[dict],
        pairs: list,
        since: str | None,
        until: str | None,
        category: str,
        has_code: bool,
        mode: str,
    ) -> Iterator[tuple[Any, ...]]:
        """Yields (chat, pairs, sources, badge) as the answer replaces the "searching" line."""
        keep = gr_update()
        if not pending:
            yield history, pairs, keep, keep
            return
        filters = make_filters(since, until, category, has_code)
        text = ""
        for item in self.answerer.stream(pending, history=pairs, filters=filters, mode=mode):
            if isinstance(item, str):
                text += item
                if text.strip():
                    history[-1]["content"] = answer_markdown(text)
                    yield history, pairs, keep, keep
            else:
                history[-1]["content"] = answer_markdown(item.answer, item)
                yield (
                    history,
                    [*pairs, (item.question, item.answer)],
                    sources_html(item),
                    backend_badge(item, self.backend_name()),
                )

    def backend_name(self) -> str:
        return str(self.answerer.backend.name)

    def clear(self) -> tuple[list, list, str, str, str]:
        return [], [], sources_html(None), backend_badge(None, self.backend_name()), ""

    def briefing(self, week: str) -> tuple[str, str | None]:
        try:
            retriever = self.answerer.retriever
            result = build_briefing(
                retriever.papers,
                retriever.vectors(),
                *week_range(week),
                backend=self.answerer.backend,
                settings=self.settings,
            )
        except BriefingError as err:
            return f"⚠ {esc(str(err))}", None
        text = safe_markdown(result.to_markdown())
        path = Path(self._downloads.name) / f"briefing-{week}.md"
        path.write_text(text, encoding="utf-8")
        return escape_markdown_html(text), str(path)

    def refreshed(self) -> tuple[str, str, Any, Any]:
        """What an upload changes on the page: header figures, category panel and lists, week list."""
        import gradio as gr

        weeks = weeks_covered(self.papers)
        return (
            figures_html(self.papers),
            categories_html(self.papers),
            gr.update(choices=self.categories()),
            gr.update(choices=weeks),
        )

    def upload(self, file_path: str | None) -> tuple[Any, ...]:
        """Ingest parses the whole file before any write, so a bad file changes nothing.

        Only the file's papers are embedded and written, and the running answerer takes them in
        place, so an upload costs its own papers rather than a reload of the whole catalogue.
        """
        if not file_path:
            return ("⚠ Choose a digest file first.", *self.refreshed())
        path = Path(file_path)
        try:
            result = self.library.add_digest(path)
        except (RequestError, Conflict) as err:
            return (f"⚠ **Not added.** {esc(str(err))}. The index is unchanged.", *self.refreshed())
        s = result.sync
        lines = [
            f"✅ Added **{esc(path.name)}**: {len(s.added)} new paper{'s' * (len(s.added) != 1)}, "
            f"{len(s.updated)} updated, {s.unchanged} unchanged, "
            f"{result.rows_skipped} row{'s' * (result.rows_skipped != 1)} skipped."
        ]
        lines += [f"- ⚠ {esc(str(w))}" for w in result.warnings[:20]]
        return ("\n".join(lines), *self.refreshed())


def escape_markdown_html(text: str) -> str:
    """Markdown stays markdown; any HTML in it (from a digest) is shown as text."""
    return re.sub(r"[<>&]", lambda m: {"<": "&lt;", ">": "&gt;", "&": "&amp;"}[m.group(0)], text)


def make_filters(since: str | None, until: str | None, category: str | None, has_code: bool) -> Filters:
    """The chat's filters, checked: real dates, and a range that does not end before it starts."""
    dates = []
    for label, value in (("From", since), ("To", until)):
        try:
            dates.append(iso_date((value or "").strip()[:10]))
        except ValueError as err:
            raise ValueError(f"{label} {err}") from None
    since, until = dates
    if since and until and since > until:
        raise ValueError(f"From {since} is after To {until}: the range is reversed")
    return Filters(since=since, until=until, category=category or "", has_code=bool(has_code))


def gr_update() -> Any:
    import gradio as gr

    return gr.update()


def build(settings: Settings, library: Library | None = None) -> Any:
    import gradio as gr

    app = App(settings, library)
    weeks = weeks_covered(app.papers)
    with gr.Blocks(title="rag · AI-paper digests", analytics_enabled=False) as demo:
        header = gr.HTML(figures_html(app.papers), elem_id="stats")
        with gr.Accordion("Categories", open=False, elem_id="corpus"):
            cats = gr.HTML(categories_html(app.papers), elem_id="categories")
        with gr.Tab("Chat"):
            with gr.Row(equal_height=False):
                with gr.Column(scale=3, min_width=300):
                    chatbot = gr.Chatbot(
                        elem_id="chat",
                        height="min(580px, 62vh)",
                        layout="panel",
                        sanitize_html=True,
                        show_label=False,
                        autoscroll=False,
                        buttons=["copy", "copy_all"],
                        placeholder="Ask a question about the papers; answers cite them as [n].",
                    )
                    box = gr.Textbox(
                        placeholder="Ask about the papers, e.g. Which papers use MCTS?",
                        show_label=False,
                        elem_id="question",
                        submit_btn=True,
                    )
                    gr.HTML('<p class="hint">Enter to send · answers cite papers as [n]</p>')
                    with gr.Row():
                        clear = gr.Button("Clear conversation", elem_id="clear", variant="secondary", size="sm")
                    gr.Examples(EXAMPLES, inputs=box, label="Examples")
                    with gr.Accordion("Filters and retrieval", open=False, elem_id="filters"):
                        with gr.Row():
                            since = gr.DateTime(include_time=False, type="string", label="From", elem_id="since")
                            until = gr.DateTime(include_time=False, type="string", label="To", elem_id="until")
                        with gr.Row():
                            category = gr.Dropdown(app.categories(), value="", label="Category", elem_id="category")
                            has_code = gr.Checkbox(label="Only papers with code", elem_id="has-code")
                        mode = gr.Radio(
                            sorted(MODES, key=lambda m: m != settings.mode),  # the configured mode first
                            value=settings.mode,
                            label="Retrieval",
                            elem_id="mode",
                        )
                with gr.Column(scale=2, min_width=300):
                    badge = gr.HTML(backend_badge(None, app.backend_name()), elem_id="backend")
                    sources = gr.HTML(sources_html(None), elem_id="sources")
            pairs, pending = gr.State([]), gr.State("")
            filters = [since, until, category, has_code]
            box.submit(
                app.ask, [box, chatbot, *filters], [chatbot, pending, box], queue=False, show_progress="hidden"
            ).then(
                app.chat,
                [pending, chatbot, pairs, *filters, mode],
                [chatbot, pairs, sources, badge],
                concurrency_limit=settings.concurrency,
                show_progress="hidden",
            )
            clear.click(app.clear, None, [chatbot, pairs, sources, badge, box], queue=False)
        with gr.Tab("Briefing"):
            week = gr.Dropdown(weeks, value=default_week(app.papers), label="Week", elem_id="week")
            make = gr.Button("Make briefing", variant="primary", elem_id="make-briefing")
            download = gr.File(label="Download as Markdown", elem_id="briefing-file")
            report = gr.Markdown(elem_id="briefing")
            make.click(app.briefing, week, [report, download], concurrency_limit=settings.concurrency)
        with gr.Tab("Library"):
            gr.Markdown(
                "Add a daily digest (`## Papers for YYYY-MM-DD` and a table). It is checked with the same "
                "parser as `rag ingest`; a file that is not a digest changes nothing. Only its papers are "
                "embedded and written, and the figures above update at once."
            )
            upload = gr.File(label="Digest file (.md)", file_types=[".md", ".txt"], elem_id="upload")
            add = gr.Button("Add to the index", variant="primary", elem_id="add")
            outcome = gr.Markdown(elem_id="upload-result")
            add.click(app.upload, upload, [outcome, header, cats, category, week], concurrency_limit=1)
    demo.queue(default_concurrency_limit=settings.concurrency)
    return demo


def page_options() -> dict:
    """Theme, CSS and head script for `launch` or `gr.mount_gradio_app`: without HEAD a long answer scrolls away."""
    import gradio as gr

    theme = gr.themes.Soft(font=["system-ui", "sans-serif"], font_mono=["ui-monospace", "monospace"])
    return {"theme": theme, "css": CSS, "head": HEAD}


def mount(server: Any, settings: Settings, library: Library) -> Any:
    """Put the UI at "/" of the FastAPI app that already holds the API routes (see rag.api)."""
    import gradio as gr

    return gr.mount_gradio_app(
        server,
        build(settings, library),
        path="/",
        server_name=settings.host,
        server_port=settings.port,
        ssr_mode=False,
        footer_links=[],
        show_error=True,
        auth=[("rag", settings.api_token)] if settings.api_token else None,
        **page_options(),
    )

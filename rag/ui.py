"""The Gradio UI: chat with cited sources, weekly briefings, and the library.

It calls the same library functions as the CLI; what lives here is layout and HTML rendering.
Everything shown from a digest is escaped, so a summary holding `<script>` shows as text.
"""

from __future__ import annotations

import html
import re
import tempfile
import threading
from pathlib import Path

from rag.answer import Answer, Answerer
from rag.briefing import BriefingError, build_briefing, week_range, weeks_covered
from rag.citations import CITATION_RE
from rag.digest import DigestError
from rag.embed import Embedder
from rag.index import PaperIndex
from rag.ingest import ingest
from rag.question import iso_date
from rag.retrieve import Filters
from rag.settings import MODES, Settings
from rag.stats import corpus_stats

EXAMPLES = [
    "Which papers use MCTS?",
    "Which model scored 24.6 on OSWorld?",
    "How do recent papers make diffusion models faster?",
    "Which papers improve LLM agents for GUI interaction?",
]
CSS = """
.source-card{border:1px solid var(--border-color-primary);border-radius:8px;padding:10px 12px;margin-bottom:10px}
.source-card h4{margin:0 0 4px 0;font-size:15px}
.source-card .meta{color:var(--body-text-color-subdued);font-size:12px;margin-bottom:6px}
.source-card .summary{font-size:13px;max-height:9em;overflow:auto;white-space:pre-wrap}
.source-card .links a{margin-right:10px;font-size:13px}
.notice{padding:6px 10px;border-radius:6px;background:#fff4ce;color:#5c4400}
.badge{padding:6px 10px;border-radius:6px;background:var(--background-fill-secondary)}
#sources{max-height:640px;overflow-y:auto}
"""


def esc(text: str) -> str:
    return html.escape(text or "", quote=True)


def source_card(n: int, paper, cited: bool) -> str:
    links = [f'<a href="{esc(paper.url)}" target="_blank" rel="noopener">arXiv</a>']
    if paper.hf_url:
        links.append(f'<a href="{esc(paper.hf_url)}" target="_blank" rel="noopener">HF paper</a>')
    links += [f'<a href="{esc(u)}" target="_blank" rel="noopener">GitHub</a>' for u in paper.code_urls[:2]]
    links += [f'<a href="{esc(u)}" target="_blank" rel="noopener">HF data/model</a>' for u in paper.resource_urls[:2]]
    cats = f" · {esc(', '.join(paper.categories))}" if paper.categories else ""
    mark = "" if cited else " (retrieved, not cited)"
    return (
        f'<div class="source-card" id="source-{n}" data-arxiv="{esc(paper.id)}"><h4>[{n}] {esc(paper.title)}</h4>'
        f'<div class="meta">{esc(", ".join(paper.dates))}{cats}{mark}</div>'
        f'<div class="summary">{esc(paper.summary)}</div><div class="links">{"".join(links)}</div></div>'
    )


def sources_html(answer: Answer | None) -> str:
    if answer is None or not answer.sources:
        return "<p>Sources of the answer appear here.</p>"
    cited = {c["n"] for c in answer.citations}
    if not cited:
        head = "<p><b>No paper answers this.</b> The closest ones:</p>"
        return head + "".join(source_card(s.n, s.hit.paper, False) for s in answer.sources[:5])
    shown = [s for s in answer.sources if s.n in cited]
    return "".join(source_card(s.n, s.hit.paper, True) for s in shown)


def answer_markdown(text: str, answer: Answer | None = None) -> str:
    """Escape the text, then turn each valid `[n]` into a link to that paper's arXiv page."""
    safe = esc(text)
    if answer is None:
        return safe
    urls = {s.n: s.hit.paper.url for s in answer.sources}
    return CITATION_RE.sub(
        lambda m: f"[[{m.group(1)}]]({urls[int(m.group(1))]})" if int(m.group(1)) in urls else m.group(0), safe
    )


def backend_badge(answer: Answer | None, default: str) -> str:
    if answer is not None and answer.fallback:
        return f'<div class="notice">⚠ {esc(answer.fallback)}</div>'
    used = answer.backend if answer is not None else default
    return f'<div class="badge">Answer backend: <b>{esc(used)}</b></div>'


class App:
    """State shared by every browser session: one answerer, reloaded after an upload."""

    def __init__(self, settings: Settings):
        self.settings = settings
        self.lock = threading.Lock()
        self.answerer = Answerer(settings)

    @property
    def papers(self):
        return self.answerer.retriever.papers

    def stats_markdown(self) -> str:
        s = corpus_stats(self.papers)
        cats = ", ".join(f"{esc(c)} ({n})" for c, n in list(s["categories"].items())[:12]) or "none listed"
        return (
            f"**{s['papers']} papers** from {s['days']} digest days, {s['first_day']} to {s['last_day']} · "
            f"{s['with_code']} with code · {s['with_data']} with datasets or models\n\nCategories: {cats}"
        )

    def chat(
        self,
        message: str,
        history: list[dict],
        pairs: list,
        since: str,
        until: str,
        category: str,
        has_code: bool,
        mode: str,
    ):
        message = (message or "").strip()
        if not message:
            yield history, pairs, gr_update(), gr_update(), ""
            return
        try:
            filters = Filters(
                since=iso_date((since or "").strip()),
                until=iso_date((until or "").strip()),
                category=category or "",
                has_code=bool(has_code),
            )
        except ValueError as err:
            yield history + [{"role": "assistant", "content": f"⚠ {err}"}], pairs, gr_update(), gr_update(), message
            return
        history = [*history, {"role": "user", "content": esc(message)}, {"role": "assistant", "content": ""}]
        text = ""
        for item in self.answerer.stream(message, history=pairs, filters=filters, mode=mode):
            if isinstance(item, str):
                text += item
                history[-1]["content"] = answer_markdown(text)
                yield history, pairs, gr_update(), gr_update(), ""
            else:
                history[-1]["content"] = answer_markdown(item.answer, item)
                yield (
                    history,
                    [*pairs, (item.standalone, item.answer)],
                    sources_html(item),
                    backend_badge(item, self.backend_name()),
                    "",
                )

    def backend_name(self) -> str:
        return self.answerer.backend.name

    def briefing(self, week: str):
        try:
            retriever = self.answerer.retriever
            result = build_briefing(
                retriever.papers,
                retriever.index.vectors(),
                *week_range(week),
                backend=self.answerer.backend,
                settings=self.settings,
            )
        except BriefingError as err:
            return f"⚠ {esc(str(err))}", None
        text = result.to_markdown()
        path = Path(tempfile.mkdtemp(prefix="briefing-")) / f"briefing-{week}.md"
        path.write_text(text, encoding="utf-8")
        return escape_markdown_html(text), str(path)

    def upload(self, file_path: str | None):
        """Ingest parses the whole file before any write, so a bad file changes nothing."""
        if not file_path:
            return "⚠ Choose a digest file first.", self.stats_markdown()
        path = Path(file_path)
        try:
            with self.lock:
                index = PaperIndex(self.settings)
                result = ingest([path], index, Embedder(self.settings))
                self.answerer = Answerer(self.settings, backend=self.answerer.backend)
        except DigestError as err:
            return f"⚠ **Not added.** {esc(str(err))}. The index is unchanged.", self.stats_markdown()
        s = result.sync
        lines = [
            f"✅ Added **{esc(path.name)}**: {len(s.added)} new papers, {len(s.updated)} updated, "
            f"{s.unchanged} unchanged, {len(result.warnings)} rows skipped."
        ]
        lines += [f"- ⚠ {esc(str(w))}" for w in result.warnings[:20]]
        return "\n".join(lines), self.stats_markdown()


def escape_markdown_html(text: str) -> str:
    """Markdown stays markdown; any HTML in it (from a digest) is shown as text."""
    return re.sub(r"[<>&]", lambda m: {"<": "&lt;", ">": "&gt;", "&": "&amp;"}[m.group(0)], text)


def gr_update():
    import gradio as gr

    return gr.update()


def build(settings: Settings):
    import gradio as gr

    app = App(settings)
    categories = [""] + list(corpus_stats(app.papers)["categories"])
    weeks = weeks_covered(app.papers)
    with gr.Blocks(title="rag · AI-paper digests", analytics_enabled=False) as demo:
        gr.Markdown("# rag · ask the AI-paper digests")
        stats = gr.Markdown(app.stats_markdown(), elem_id="stats")
        with gr.Tab("Chat"):
            with gr.Row():
                with gr.Column(scale=3):
                    chatbot = gr.Chatbot(
                        elem_id="chat", height=520, sanitize_html=True, label="Answer", buttons=["copy"]
                    )
                    box = gr.Textbox(
                        placeholder="Ask about the papers, e.g. Which papers use MCTS?",
                        show_label=False,
                        elem_id="question",
                        submit_btn=True,
                    )
                    with gr.Row():
                        clear = gr.Button("Clear conversation", elem_id="clear", variant="secondary")
                    gr.Examples(EXAMPLES, inputs=box, label="Examples")
                    with gr.Accordion("Filters and retrieval", open=False, elem_id="filters"):
                        with gr.Row():
                            since = gr.Textbox(label="From (YYYY-MM-DD)", elem_id="since")
                            until = gr.Textbox(label="To (YYYY-MM-DD)", elem_id="until")
                        with gr.Row():
                            category = gr.Dropdown(categories, value="", label="Category", elem_id="category")
                            has_code = gr.Checkbox(label="Only papers with code", elem_id="has-code")
                        mode = gr.Radio(
                            sorted(MODES, key=lambda m: m != settings.mode),  # the configured mode first
                            value=settings.mode,
                            label="Retrieval",
                            elem_id="mode",
                        )
                with gr.Column(scale=2):
                    badge = gr.HTML(backend_badge(None, app.backend_name()), elem_id="backend")
                    sources = gr.HTML(sources_html(None), elem_id="sources")
            pairs = gr.State([])
            inputs = [box, chatbot, pairs, since, until, category, has_code, mode]
            box.submit(app.chat, inputs, [chatbot, pairs, sources, badge, box], concurrency_limit=settings.concurrency)
            clear.click(lambda: ([], [], sources_html(None), ""), None, [chatbot, pairs, sources, box])
        with gr.Tab("Briefing"):
            week = gr.Dropdown(weeks, value=weeks[-1] if weeks else None, label="Week", elem_id="week")
            make = gr.Button("Make briefing", variant="primary", elem_id="make-briefing")
            download = gr.File(label="Download as Markdown", elem_id="briefing-file")
            report = gr.Markdown(elem_id="briefing")
            make.click(app.briefing, week, [report, download], concurrency_limit=settings.concurrency)
        with gr.Tab("Library"):
            gr.Markdown(
                "Add a daily digest (`## Papers for YYYY-MM-DD` and a table). It is checked with the same "
                "parser as `rag ingest`; a file that is not a digest changes nothing."
            )
            upload = gr.File(label="Digest file (.md)", file_types=[".md", ".txt"], elem_id="upload")
            add = gr.Button("Add to the index", variant="primary", elem_id="add")
            outcome = gr.Markdown(elem_id="upload-result")
            add.click(app.upload, upload, [outcome, stats], concurrency_limit=1)
    demo.queue(default_concurrency_limit=settings.concurrency)
    return demo


def serve(settings: Settings) -> None:
    import gradio as gr

    theme = gr.themes.Soft(font=["system-ui", "sans-serif"], font_mono=["ui-monospace", "monospace"])
    build(settings).launch(
        server_name=settings.host,
        server_port=settings.port,
        share=False,
        theme=theme,
        css=CSS,
        ssr_mode=False,
        footer_links=[],
        show_error=True,
    )

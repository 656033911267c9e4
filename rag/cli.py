"""`rag` command line: each command parses its flags and calls one library function."""

from __future__ import annotations

import json
import sys
from dataclasses import replace
from pathlib import Path

import click

from rag.settings import MODES, Settings


def emit(data) -> None:
    click.echo(json.dumps(data, indent=2, ensure_ascii=False))


def fail(message: str) -> None:
    raise click.ClickException(message)


@click.group()
@click.option("--index-dir", type=click.Path(path_type=Path), help="Local index folder (RAG_INDEX_DIR).")
@click.option("--chroma-host", help="Use a Chroma server at this host (RAG_CHROMA_HOST).")
@click.option("--chroma-port", type=int, help="Chroma server port (RAG_CHROMA_PORT).")
@click.option("--llm", help="Answer backend: auto, openai or extractive (RAG_LLM).")
@click.version_option(package_name="rag")
@click.pass_context
def cli(ctx: click.Context, index_dir, chroma_host, chroma_port, llm) -> None:
    """Ask questions of daily AI-paper digests, offline by default."""
    try:
        ctx.obj = Settings.from_env(index_dir=index_dir, chroma_host=chroma_host, chroma_port=chroma_port, llm=llm)
    except ValueError as err:
        fail(str(err))


def filter_options(f):
    for option in reversed(
        [
            click.option("-k", "--top-k", "k", type=int, default=None, help="How many papers."),
            click.option("--since", help="First day, YYYY-MM-DD."),
            click.option("--until", help="Last day, YYYY-MM-DD."),
            click.option("--category", help="Only papers of this category."),
            click.option("--has-code", is_flag=True, help="Only papers with a code link."),
            click.option(
                "--mode",
                type=click.Choice(MODES),
                default=None,
                help="Retrieval mode (RAG_MODE, default hybrid).",
            ),
            click.option("--json", "as_json", is_flag=True, help="Print JSON only."),
        ]
    ):
        f = option(f)
    return f


def make_filters(since, until, category, has_code):
    from rag.question import iso_date
    from rag.retrieve import Filters

    for name, value in (("--since", since), ("--until", until)):
        try:
            iso_date(value or "")
        except ValueError as err:
            fail(f"{name} {err}")
    return Filters(since=since or "", until=until or "", category=category or "", has_code=has_code)


def open_index(settings: Settings):
    """The index, or a one-line error when it cannot be reached or holds nothing yet."""
    from rag.index import IndexUnavailable, PaperIndex

    try:
        index = PaperIndex(settings)
    except IndexUnavailable as err:
        fail(str(err))
    if not index.count():
        fail(f"the index at {index.location} is empty: run `rag ingest` first")
    return index


def open_retriever(settings: Settings):
    from rag.retrieve import Retriever

    return Retriever(settings, index=open_index(settings))


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print JSON only.")
@click.pass_obj
def ingest(settings: Settings, paths: tuple[Path, ...], as_json: bool) -> None:
    """Parse digests (default: the bundled data/digests) and update the index."""
    from tqdm import tqdm

    from rag.digest import DigestError
    from rag.embed import Embedder, EmbeddingError
    from rag.index import IndexUnavailable, PaperIndex
    from rag.ingest import ingest as run_ingest

    bar = None

    def progress(n: int, total: int) -> None:
        nonlocal bar
        if bar is None:
            bar = tqdm(total=total, unit="paper", desc="ingest", disable=as_json or not sys.stderr.isatty())
        bar.update(n)

    try:
        result = run_ingest(list(paths) or [settings.data_dir], PaperIndex(settings), Embedder(settings), progress)
    except (DigestError, EmbeddingError, IndexUnavailable) as err:
        fail(f"{err}\nnothing was written; the index is as it was")
    finally:
        if bar is not None:
            bar.close()
    if as_json:
        return emit(result.to_dict())
    for warning in result.warnings:
        click.echo(f"warning: {warning}", err=True)
    s = result.sync
    click.echo(
        f"{result.files} files, {result.rows} rows, {result.papers} papers: "
        f"{len(s.added)} added, {len(s.updated)} updated, {s.unchanged} unchanged, "
        f"{s.embedded} embedded, {len(result.warnings)} rows skipped"
    )


@cli.command()
@click.argument("query")
@filter_options
@click.pass_obj
def search(settings: Settings, query: str, k, since, until, category, has_code, mode, as_json) -> None:
    """Rank papers for QUERY."""
    from rag.shapes import off_topic_under_filters

    retriever = open_retriever(settings)
    filters = make_filters(since, until, category, has_code)
    hits = retriever.search(query, k=k or 10, filters=filters, mode=mode or settings.mode)
    papers = [h.paper for h in hits]
    topic = off_topic_under_filters(query, papers, retriever.vocab, retriever.acronyms) if filters else ""
    if topic:
        hits, allowed = [], int(retriever.mask(filters).sum())
        click.echo(f"{allowed} papers in the corpus match the filters; none of them is about {topic}.", err=as_json)
    if as_json:
        return emit([h.to_dict() for h in hits])
    if not hits and not topic:
        click.echo("no papers match")
    for n, hit in enumerate(hits, 1):
        p = hit.paper
        click.echo(
            f"{n:>2}. {hit.score:.4f}  {p.date}  {p.title}\n    {p.url}"
            + (f"  code: {p.code_urls[0]}" if p.code_urls else "")
        )


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="Print JSON only.")
@click.pass_obj
def stats(settings: Settings, as_json: bool) -> None:
    """What the index holds."""
    from rag.stats import corpus_stats

    data = corpus_stats(open_retriever(settings).papers)
    if as_json:
        return emit(data)
    from rich.console import Console

    from rag.render import stats_table

    Console().print(stats_table(data))


def open_answerer(settings: Settings):
    from rag.answer import Answerer
    from rag.llm import LLMError

    try:
        return Answerer(settings, retriever=open_retriever(settings))
    except LLMError as err:
        fail(str(err))


def print_answer_stream(answerer, question: str, history, filters, mode, as_json: bool):
    """Answer once the citation check is done: rendered on a terminal, plain in a pipe, or JSON."""
    from rich.console import Console

    from rag.render import print_answer, searching_line

    out, err = Console(), Console(stderr=True)
    result = None
    with err.status(searching_line(len(answerer.retriever.papers)), spinner="dots") as status:
        words = 0
        for item in answerer.stream(question, history=history, filters=filters, mode=mode):
            if isinstance(item, str):
                words += len(item.split())
                status.update(f"writing… {words} words")
            else:
                result = item
    if as_json:
        emit(result.to_dict())
        return result
    if result.fallback:
        click.echo(f"note: {result.fallback}", err=True)
    print_answer(result, out)
    for flag in result.flags:
        click.echo(f"[citation check] {flag}", err=True)
    used = result.backend if result.backend not in ("", "none") else answerer.backend.name
    note = "" if result.covered else ", not covered by the digests"
    click.echo(f"({used}{note}; {result.timings['total_s']:.2f}s)", err=True)
    return result


@cli.command()
@click.argument("question")
@filter_options
@click.pass_obj
def ask(settings: Settings, question: str, k, since, until, category, has_code, mode, as_json) -> None:
    """Answer QUESTION from the digests, citing the papers used."""
    if k:
        settings = replace(settings, top_k=k)
    print_answer_stream(
        open_answerer(settings), question, [], make_filters(since, until, category, has_code), mode, as_json
    )


@cli.command()
@filter_options
@click.pass_obj
def chat(settings: Settings, k, since, until, category, has_code, mode, as_json) -> None:
    """A multi-turn session in the terminal; follow-ups build on earlier questions. Ctrl-D to leave."""
    if k:
        settings = replace(settings, top_k=k)
    answerer = open_answerer(settings)
    filters = make_filters(since, until, category, has_code)
    history: list[tuple[str, str]] = []
    while True:
        try:
            question = click.prompt("you", prompt_suffix="> ").strip()
        except (EOFError, click.Abort):
            click.echo("")
            return
        if question.lower() in {"exit", "quit", ":q"}:
            return
        if question.lower() in {"clear", "/clear"}:
            history.clear()
            continue
        result = print_answer_stream(answerer, question, history, filters, mode, as_json)
        history.append((result.standalone, result.answer))


@cli.command()
@click.option("--week", help="ISO week, e.g. 2025-W04.")
@click.option("--from", "start", help="First day, YYYY-MM-DD.")
@click.option("--to", "end", help="Last day, YYYY-MM-DD.")
@click.option("--format", "fmt", type=click.Choice(["md", "html"]), default="md", help="Markdown or HTML.")
@click.option("--out", type=click.Path(path_type=Path), help="Write to this file instead of printing.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON only.")
@click.pass_obj
def briefing(settings: Settings, week, start, end, fmt, out, as_json) -> None:
    """A briefing of one week (or any range) of papers."""
    from rag.briefing import BriefingError, build_briefing, week_range
    from rag.llm import LLMError, configured_backend

    try:
        if week:
            start, end = week_range(week)
        elif not (start and end):
            fail("give --week 2025-W04, or both --from and --to")
        make_filters(start, end, None, False)
        retriever = open_retriever(settings)
        result = build_briefing(
            retriever.papers,
            retriever.index.vectors(),
            start,
            end,
            backend=configured_backend(settings),
            settings=settings,
        )
    except (BriefingError, LLMError) as err:
        fail(str(err))
    for flag in result.flags:
        click.echo(f"note: {flag}", err=True)
    if as_json:
        return emit(result.to_dict())
    text = result.to_html() if fmt == "html" else result.to_markdown()
    if out:
        out.write_text(text, encoding="utf-8")
        click.echo(f"{result.figures['papers']} papers, {len(result.themes)} themes → {out}")
    else:
        click.echo(text)


@cli.command()
@click.option("--host", help="Interface to listen on (RAG_HOST, default 127.0.0.1).")
@click.option("--port", type=int, help="Port (RAG_PORT, default 7860).")
@click.pass_obj
def serve(settings: Settings, host: str | None, port: int | None) -> None:
    """Start the Gradio UI."""
    from rag.ui import serve as run_ui

    open_index(settings)  # the UI loads the catalogue itself; here only check that there is one
    run_ui(replace(settings, host=host or settings.host, port=port or settings.port))


@cli.command("eval")
@click.option(
    "--set",
    "gold",
    type=click.Path(path_type=Path),
    default=None,
    help="One gold set (default: both eval/gold.jsonl and eval/gold2.jsonl).",
)
@click.option(
    "--split",
    type=click.Choice(["tune", "report"]),
    default=None,
    help="Score only this split of a set whose rows carry one (default: all, figures given per split).",
)
@click.option(
    "--mode",
    "modes",
    multiple=True,
    type=click.Choice(MODES),
    help="Retrieval modes to compare (default: all three).",
)
@click.option(
    "--backend",
    type=click.Choice(["auto", "extractive", "openai", "none"]),
    default=None,
    help="Answer backend to score; none skips answers (default: RAG_LLM).",
)
@click.option("--out", type=click.Path(path_type=Path), default=None, help="Report folder (default eval/reports).")
@click.option(
    "--compare",
    nargs=2,
    type=click.Path(exists=True, path_type=Path),
    default=None,
    metavar="OLD.json NEW.json",
    help="Compare two reports instead of running.",
)
@click.option("--json", "as_json", is_flag=True, help="Print the JSON report only.")
@click.pass_obj
def eval_cmd(settings: Settings, gold, split, modes, backend, out, compare, as_json) -> None:
    """Score retrieval (per mode) and answers against the gold sets; write JSON, Markdown and a chart per set."""
    from rag.evaluate import GoldError, run_eval, write_report
    from rag.evaluate import compare as compare_reports
    from rag.settings import ROOT

    if compare:
        old, new = (json.loads(p.read_text(encoding="utf-8")) for p in compare)
        return click.echo(compare_reports(old, new))
    if backend and backend != "none":
        settings = replace(settings, llm=backend)
    retriever = open_retriever(settings)
    answerer = None
    if backend != "none":
        from rag.answer import Answerer

        answerer = Answerer(settings, retriever=retriever)
    out = out or ROOT / "eval" / "reports"
    # The first set keeps its report folder (baseline, thresholds and --compare read it); the second goes beside it.
    sets = (
        [(gold, out)] if gold else [(ROOT / "eval" / "gold.jsonl", out), (ROOT / "eval" / "gold2.jsonl", out / "gold2")]
    )
    reports = []
    for path, folder in sets:
        try:
            report = run_eval(path, retriever, answerer, tuple(modes) or MODES, split=split or "")
        except GoldError as err:
            fail(str(err))
        reports.append((report, write_report(report, folder)))
    if as_json:
        return emit(reports[0][0].to_dict() if len(reports) == 1 else {"reports": [r.to_dict() for r, _ in reports]})
    for report, paths in reports:
        click.echo(report.to_markdown().split("## List questions")[0].split("## Per question")[0].rstrip())
        click.echo("\nwritten: " + ", ".join(str(p) for p in paths) + "\n")


@cli.command("embed-cache")
@click.option("--out", type=click.Path(path_type=Path), help="Folder to write (default: RAG_EMBED_CACHE).")
@click.pass_obj
def embed_cache(settings: Settings, out: Path | None) -> None:
    """Write the vectors of every indexed paper to a cache that ships with the data."""
    import numpy as np

    from rag.embed import Embedder

    retriever = open_retriever(settings)
    vectors = retriever.index.vectors()
    papers = retriever.papers
    path = Embedder(settings).export(
        [p.text for p in papers], np.stack([vectors[p.id] for p in papers]), out or settings.embed_cache
    )
    click.echo(f"{len(retriever.papers)} vectors → {path} ({path.stat().st_size / 1e6:.1f} MB)")


def main() -> None:
    cli(prog_name="rag")


if __name__ == "__main__":
    main()

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
            click.option("-k", "--top-k", "k", type=click.IntRange(min=1), default=None, help="How many papers."),
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


class ProgressBar:
    """A tqdm bar on stderr for long work, created on first use; none under --json or without a terminal."""

    def __init__(self, desc: str, unit: str, as_json: bool):
        self.desc, self.unit = desc, unit
        self.enabled = not as_json and sys.stderr.isatty()
        self.bar = None

    def _open(self, total: int):
        if self.bar is None and self.enabled:
            from tqdm import tqdm

            self.bar = tqdm(total=total, unit=self.unit, desc=self.desc, file=sys.stderr)
        return self.bar

    def add(self, n: int, total: int) -> None:
        if bar := self._open(total):
            bar.update(n)

    def step(self, done: int, total: int) -> None:
        if bar := self._open(total):
            bar.n = done
            bar.refresh()

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


def make_filters(since, until, category, has_code, names: tuple[str, str] = ("--since", "--until")):
    """Checked before anything heavy is imported or opened, so a bad flag is answered at once."""
    check_range(since, until, names)
    from rag.retrieve import Filters

    return Filters(since=since or "", until=until or "", category=category or "", has_code=has_code)


def check_range(since: str | None, until: str | None, names: tuple[str, str]) -> None:
    """Each end a date, and the range the right way round."""
    from rag.question import iso_date

    for name, value in zip(names, (since, until)):
        try:
            iso_date(value or "")
        except ValueError as err:
            fail(f"{name} {err}")
    if since and until and since > until:
        fail(f"{names[0]} {since} is after {names[1]} {until}: the range is reversed")


def need_text(value: str, what: str) -> str:
    if not value.strip():
        fail(f"the {what} is empty")
    return value.strip()


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
    """The retriever, from the catalogue snapshot when ingest left one (no Chroma opened then)."""
    from rag.catalogue import location
    from rag.index import IndexUnavailable
    from rag.retrieve import Retriever

    try:
        retriever = Retriever(settings)
    except IndexUnavailable as err:
        fail(str(err))
    if not retriever.papers:
        fail(f"the index at {location(settings)} is empty: run `rag ingest` first")
    return retriever


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print JSON only.")
@click.pass_obj
def ingest(settings: Settings, paths: tuple[Path, ...], as_json: bool) -> None:
    """Parse digests (default: the bundled data/digests and the days `rag sync` kept) and update the index."""
    from rag.digest import DigestError
    from rag.embed import Embedder, EmbeddingError
    from rag.index import IndexUnavailable, PaperIndex
    from rag.ingest import ingest as run_ingest
    from rag.sync import digest_sources
    from rag.writelock import IndexBusy

    bar = ProgressBar("ingest", "paper", as_json)
    try:
        sources = list(paths) or digest_sources(settings)
        result = run_ingest(sources, PaperIndex(settings), Embedder(settings), bar.add)
    except IndexBusy as err:
        fail(str(err))
    except (DigestError, EmbeddingError, IndexUnavailable) as err:
        fail(f"{err}\nnothing was written; the index is as it was")
    finally:
        bar.close()
    if result.papers:
        from rag.retrieve import Retriever

        Retriever(settings)  # BM25 and acronyms for the new catalogue, so the next cold start only reads them
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

    query = need_text(query, "query")
    filters = make_filters(since, until, category, has_code)
    retriever = open_retriever(settings)
    hits = retriever.search(query, k=k or 10, filters=filters, mode=mode or settings.mode)
    papers = [h.paper for h in hits]
    topic = off_topic_under_filters(query, papers, retriever.vocab, retriever.acronyms) if filters else ""
    if topic:
        allowed = int(retriever.mask(filters).sum())
        click.echo(f"{allowed} papers in the corpus match the filters; none of them is about {topic}.", err=as_json)
        if not as_json:
            return
        hits = []
    print_hits([h.to_dict() for h in hits], as_json)


def print_hits(hits: list[dict], as_json: bool) -> None:
    """Search results as JSON or numbered lines, from the JSON shape (the same whoever ran the search)."""
    if as_json:
        return emit(hits)
    if not hits:
        click.echo("no papers match")
    for n, hit in enumerate(hits, 1):
        code = hit.get("code_urls") or []
        click.echo(
            f"{n:>2}. {hit['score']:.4f}  {hit['date']}  {hit['title']}\n    {hit['url']}"
            + (f"  code: {code[0]}" if code else "")
        )


@cli.command("sync")
@click.option("--since", help="Go back no further than this day, YYYY-MM-DD.")
@click.option("--until", help="Last day to fetch, YYYY-MM-DD (default: today).")
@click.option("--source", help="Git repository or raw-file base URL (default: RAG_SYNC_SOURCE).")
@click.option("--json", "as_json", is_flag=True, help="Print JSON only.")
@click.pass_obj
def sync_cmd(settings: Settings, since, until, source, as_json: bool) -> None:
    """Fetch the digest days the index does not have yet, check each, and ingest the new or changed ones."""
    from rag.digest import DigestError
    from rag.embed import EmbeddingError
    from rag.index import IndexUnavailable
    from rag.sync import SyncError, sync
    from rag.writelock import IndexBusy

    say = None if as_json else (lambda message: click.echo(message, err=True))
    try:
        report = sync(settings, since=since or "", until=until or "", source=source or "", log=say)
    except (SyncError, DigestError, EmbeddingError, IndexUnavailable, IndexBusy) as err:
        fail(f"{err}\ndays ingested before this error are kept; run `rag sync` again to go on")
    if as_json:
        emit(report.to_dict())
    else:
        for warning in report.warnings:
            click.echo(f"warning: {warning}", err=True)
        came = ", ".join(f"{day} ({n} papers)" for day, n in sorted(report.ingested.items())) or "nothing new"
        click.echo(
            f"{report.checked} days checked: {len(report.new)} new, {len(report.changed)} changed, "
            f"{report.unchanged} unchanged, {len(report.invalid)} invalid, {len(report.failed)} failed; "
            f"{report.papers_added} papers added, {report.papers_updated} updated\ningested: {came}"
        )
        for problem in report.invalid:
            click.echo(f"skipped (not a valid digest): {problem}", err=True)
    if report.failed:
        fail("could not fetch: " + "; ".join(report.failed) + "\nrun `rag sync` again to retry them")


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


def print_answer_stream(answerer, question: str, history, filters, mode, as_json: bool, with_bibtex: bool = False):
    """Answer once the citation check is done: rendered on a terminal, plain in a pipe, or JSON."""
    from rich.console import Console

    from rag.bibtex import bibtex
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
    by_n = {s.n: s.hit.paper for s in result.sources}
    entries = bibtex([by_n[c["n"]] for c in result.citations]) if with_bibtex else ""
    if as_json:
        emit({**result.to_dict(), "bibtex": entries} if with_bibtex else result.to_dict())
        return result
    if result.fallback:
        click.echo(f"note: {result.fallback}", err=True)
    print_answer(result, out)
    for flag in result.flags:
        click.echo(f"[citation check] {flag}", err=True)
    if entries:
        click.echo("\nBibTeX:\n" + entries)
    used = result.backend if result.backend not in ("", "none") else answerer.backend.name
    note = "" if result.covered else ", not covered by the digests"
    click.echo(f"({used}{note}; {result.timings['total_s']:.2f}s)", err=True)
    return result


@cli.command()
@click.argument("question")
@filter_options
@click.option("--bibtex", "with_bibtex", is_flag=True, help="Also print BibTeX of the papers the answer cites.")
@click.pass_obj
def ask(settings: Settings, question: str, k, since, until, category, has_code, mode, as_json, with_bibtex) -> None:
    """Answer QUESTION from the digests, citing the papers used."""
    question = need_text(question, "question")
    filters = make_filters(since, until, category, has_code)
    if k:
        settings = replace(settings, top_k=k)
    print_answer_stream(open_answerer(settings), question, [], filters, mode, as_json, with_bibtex)


@cli.command()
@click.argument("ids", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["bibtex", "json"]), default="bibtex", help="BibTeX or JSON.")
@click.pass_obj
def cite(settings: Settings, ids: tuple[str, ...], fmt: str) -> None:
    """BibTeX of papers by arXiv id (2501.11425, arXiv:2501.11425v2 or an arXiv URL)."""
    from rag.bibtex import CiteError, bibtex, resolve, to_json

    index = open_index(settings)
    try:
        papers = resolve(list(ids), index.get)
    except CiteError as err:
        fail(str(err))
    if fmt == "json":
        return emit(to_json(papers))
    click.echo(bibtex(papers), nl=False)


@cli.command()
@filter_options
@click.pass_obj
def chat(settings: Settings, k, since, until, category, has_code, mode, as_json) -> None:
    """A multi-turn session in the terminal; follow-ups build on earlier questions. Ctrl-D to leave."""
    filters = make_filters(since, until, category, has_code)
    if k:
        settings = replace(settings, top_k=k)
    answerer = open_answerer(settings)
    history: list[tuple[str, str]] = []
    while True:
        try:
            question = click.prompt("you", prompt_suffix="> ").strip()
        except (EOFError, click.Abort):
            click.echo("")
            return
        if question.lower() in {"exit", "quit", ":q"}:
            return
        if not question:
            continue
        if question.lower() in {"clear", "/clear"}:
            history.clear()
            continue
        result = print_answer_stream(answerer, question, history, filters, mode, as_json)
        history.append((result.standalone, result.answer))


@cli.command()
@click.option("--week", help="ISO week, e.g. 2025-W04, or `last`: the latest complete week in the index.")
@click.option("--from", "start", help="First day, YYYY-MM-DD.")
@click.option("--to", "end", help="Last day, YYYY-MM-DD.")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["md", "html", "atom"]),
    default="md",
    help="Markdown, HTML, or an Atom feed of the last --weeks weeks (up to --week when given).",
)
@click.option("--weeks", type=int, default=8, show_default=True, help="Atom: how many weeks.")
@click.option("--out", type=click.Path(path_type=Path), help="Write to this file instead of printing.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON only.")
@click.pass_obj
def briefing(settings: Settings, week, start, end, fmt, weeks, out, as_json) -> None:
    """A briefing of one week (or any range) of papers, or an Atom feed of weekly briefings."""
    from rag.briefing import BriefingError, build_briefing, week_range
    from rag.feed import atom_feed, last_complete_week
    from rag.llm import LLMError, configured_backend

    if out is not None and not out.parent.is_dir():
        fail(f"--out {out}: the folder {out.parent} does not exist")
    try:
        if week and week != "last":
            start, end = week_range(week)
        elif not week and not (start and end) and fmt != "atom":
            fail("give --week 2025-W04 (or last), or both --from and --to")
        check_range(start, end, ("--from", "--to"))
        retriever = open_retriever(settings)
        backend = configured_backend(settings)
        if fmt == "atom":
            until = week if week and week != "last" else ""
            text = atom_feed(retriever.papers, retriever.vectors(), settings, weeks, until, backend=backend)
            return write_or_echo(text, out, as_json, f"Atom feed of {text.count('<entry>')} weeks")
        if week == "last":
            start, end = week_range(last_complete_week(retriever.papers))
        result = build_briefing(retriever.papers, retriever.vectors(), start, end, backend=backend, settings=settings)
    except (BriefingError, LLMError) as err:
        fail(str(err))
    for flag in result.flags:
        click.echo(f"note: {flag}", err=True)
    if as_json:
        return emit(result.to_dict())
    text = result.to_html() if fmt == "html" else result.to_markdown()
    write_or_echo(text, out, False, f"{result.figures['papers']} papers, {len(result.themes)} themes")


def write_or_echo(text: str, out: Path | None, as_json: bool, what: str) -> None:
    if as_json:
        emit({"text": text, "out": str(out) if out else None})
    if out:
        try:
            out.write_text(text, encoding="utf-8")
        except OSError as err:
            fail(f"--out {out}: {err.strerror}")
        if not as_json:
            click.echo(f"{what} → {out}")
    elif not as_json:
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
        return click.echo(compare_reports(*(read_report(p) for p in compare)))
    if gold is not None and not gold.is_file():
        fail(f"--set {gold}: no such file")
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
        bar = ProgressBar(f"eval {path.name}", "question", as_json)
        try:
            report = run_eval(path, retriever, answerer, tuple(modes) or MODES, split=split or "", progress=bar.step)
        except GoldError as err:
            fail(str(err))
        finally:
            bar.close()
        reports.append((report, write_report(report, folder)))
    if as_json:
        return emit(reports[0][0].to_dict() if len(reports) == 1 else {"reports": [r.to_dict() for r, _ in reports]})
    for report, paths in reports:
        click.echo(report.to_markdown().split("## List questions")[0].split("## Per question")[0].rstrip())
        click.echo("\nwritten: " + ", ".join(str(p) for p in paths) + "\n")


def read_report(path: Path) -> dict:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as err:
        fail(f"--compare {path}: cannot read it ({err})")
    except json.JSONDecodeError as err:
        fail(f"--compare {path}:{err.lineno}: not a JSON report ({err.msg})")
    if not isinstance(data, dict) or "retrieval" not in data:
        fail(f"--compare {path}: not a report written by `rag eval`")
    return data


@cli.command()
@click.option("--repair", is_flag=True, help="Rebuild the collection from its readable records.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON only.")
@click.pass_obj
def check(settings: Settings, repair: bool, as_json: bool) -> None:
    """Check that every document has a readable vector and record; --repair re-embeds what is broken."""
    from rag.check import check_index, repair_index
    from rag.embed import Embedder
    from rag.writelock import IndexBusy

    index = open_index(settings)
    health = check_index(index)
    fixed = None
    if repair and not health.whole:
        try:
            fixed = repair_index(index, Embedder(settings), health)
        except IndexBusy as err:
            fail(str(err))
        health = check_index(index)
    if as_json:
        emit({**health.to_dict(), "repair": fixed.to_dict() if fixed else None})
    else:
        for pid, problem in sorted(health.problems.items())[:50]:
            click.echo(f"  {pid}: {problem}")
        for error in health.errors:
            click.echo(f"  {error}")
        if fixed:
            click.echo(
                f"repaired: {fixed.kept} documents kept, {fixed.reembedded} re-embedded, {len(fixed.dropped)} "
                "dropped (no readable record; `rag ingest` adds them again)"
            )
        state = "whole" if health.whole else f"NOT whole: {len(health.problems)} documents with problems"
        click.echo(f"{index.location}: {health.documents} documents, {state}")
    if not health.whole:
        sys.exit(1)


@cli.command("embed-cache")
@click.option("--out", type=click.Path(path_type=Path), help="Folder to write (default: RAG_EMBED_CACHE).")
@click.pass_obj
def embed_cache(settings: Settings, out: Path | None) -> None:
    """Write the vectors of every indexed paper to a cache that ships with the data."""
    import numpy as np

    from rag.embed import Embedder

    retriever = open_retriever(settings)
    vectors = retriever.vectors()
    papers = retriever.papers
    path = Embedder(settings).export(
        [p.text for p in papers], np.stack([vectors[p.id] for p in papers]), out or settings.embed_cache
    )
    click.echo(f"{len(retriever.papers)} vectors → {path} ({path.stat().st_size / 1e6:.1f} MB)")


def main() -> None:
    """Any failure the commands did not word themselves still ends as one line (RAG_DEBUG=1: traceback)."""
    import os

    try:
        cli(prog_name="rag")
    except KeyboardInterrupt:
        click.echo("interrupted", err=True)
        sys.exit(130)
    except Exception as err:
        if os.environ.get("RAG_DEBUG"):
            raise
        click.echo(f"Error: {one_line(err)}", err=True)
        sys.exit(1)


def one_line(err: BaseException) -> str:
    """A short reason, naming a lost Chroma server when that is what happened."""
    import httpx

    text = " ".join(str(err).split()) or type(err).__name__
    try:
        settings = Settings.from_env()
    except ValueError:
        return f"{type(err).__name__}: {text}"[:500]
    if isinstance(err, httpx.HTTPError) and settings.server_mode:
        where = f"{settings.chroma_host}:{settings.chroma_port}"
        if isinstance(err, httpx.TimeoutException):
            return f"the Chroma server {where} did not answer within {settings.chroma_timeout:g}s ({text})"
        return f"lost the Chroma server {where} mid-command ({type(err).__name__}: {text})"
    return f"{type(err).__name__}: {text}"[:500]


if __name__ == "__main__":
    main()

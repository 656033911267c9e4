"""`rag` command line: each command parses its flags and calls one library function."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable, Iterable
from dataclasses import asdict, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn, TypeVar

import click

from rag.question import iso_date
from rag.records import Filters
from rag.settings import MODES, MOST_SOURCES, Settings

if TYPE_CHECKING:
    from rag.answer import Answerer
    from rag.index import PaperIndex
    from rag.records import Answer
    from rag.retrieve import Retriever

F = TypeVar("F", bound=Callable[..., Any])
# What `rag search` prints beside each paper: (label, JSON key, decimals).
EVIDENCE = [("dense cosine", "dense", 2), ("bm25", "bm25", 1)]


def emit(data: Any) -> None:
    click.echo(json.dumps(data, indent=2, ensure_ascii=False))


def fail(message: str) -> NoReturn:
    raise click.ClickException(message)


@click.group()
@click.option("--index-dir", type=click.Path(path_type=Path), help="Local index folder (RAG_INDEX_DIR).")
@click.option("--chroma-host", help="Use a Chroma server at this host (RAG_CHROMA_HOST).")
@click.option("--chroma-port", type=int, help="Chroma server port (RAG_CHROMA_PORT).")
@click.option("--llm", help="Answer backend: auto, openai or extractive (RAG_LLM).")
@click.version_option(package_name="rag")
@click.pass_context
def cli(
    ctx: click.Context, index_dir: Path | None, chroma_host: str | None, chroma_port: int | None, llm: str | None
) -> None:
    """Ask questions of daily AI-paper digests, offline by default."""
    try:
        ctx.obj = Settings.from_env(index_dir=index_dir, chroma_host=chroma_host, chroma_port=chroma_port, llm=llm)
    except ValueError as err:
        fail(str(err))


def check_date(ctx: click.Context, param: click.Parameter, value: str | None) -> str:
    """Date flags are checked while click parses them, so a bad one fails before any index is opened."""
    try:
        return iso_date(value or "")
    except ValueError as err:
        raise click.BadParameter(str(err)) from None


def filter_options(k_help: str) -> Callable[[F], F]:
    """The filter flags every asking command takes, with what its -k means there."""

    def add(f: F) -> F:
        return with_filters(f, k_help)

    return add


def with_filters(f: F, k_help: str) -> F:
    for option in reversed(
        [
            click.option("-k", "--top-k", "k", type=int, default=None, help=k_help),
            click.option("--since", callback=check_date, help="First day, YYYY-MM-DD."),
            click.option("--until", callback=check_date, help="Last day, YYYY-MM-DD."),
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
        self.bar: Any = None

    def _open(self, total: int) -> Any:
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


def make_filters(
    since: str, until: str, category: str | None, has_code: bool, names: tuple[str, str] = ("--since", "--until")
) -> Filters:
    check_range(since, until, names)
    return Filters(since=since, until=until, category=category or "", has_code=has_code)


def check_range(since: str, until: str, names: tuple[str, str]) -> None:
    """The range the right way round; each end was checked as a date when click parsed it."""
    if since and until and since > until:
        fail(f"{names[0]} {since} is after {names[1]} {until}: the range is reversed")


def need_text(value: str, what: str) -> str:
    """The text, stripped; empty text fails with the API's and MCP's own line ("question: empty")."""
    from rag.checks import RequestError, check_text

    try:
        return check_text(what, value)
    except RequestError as err:
        fail(str(err))


def need_k(k: int | None, default: int) -> int:
    """A search's k within the bounds the API and MCP take, in their words ("k 100000: expected 1 to 100")."""
    from rag.checks import RequestError, check_k

    try:
        return check_k(k, default)
    except RequestError as err:
        fail(str(err))


def need_page(k: int | None) -> int | None:
    """`rag ask` and `rag chat`'s -k: a list's page size, any size (its sources stop at MOST_SOURCES)."""
    if k is not None and k < 1:
        fail(f"k {k}: expected 1 or more")
    return k


def server(settings: Settings) -> str | None:
    """A running `rag serve` over the same index (or RAG_SERVER), else None: then work in process."""
    from rag.client import OFF, find_server

    base = find_server(settings)
    if base is None and settings.server and settings.server.strip().lower() not in OFF:
        click.echo(f"note: RAG_SERVER {settings.server} does not answer; working in process", err=True)
    return base


def server_error() -> type[Exception]:
    from rag.client import ServerError

    return ServerError


def open_index(settings: Settings) -> PaperIndex:
    """The index, or a one-line error when it cannot be reached or holds nothing yet."""
    from rag.index import IndexUnavailable, PaperIndex

    try:
        index = PaperIndex(settings)
    except IndexUnavailable as err:
        fail(str(err))
    if not index.count():
        fail(empty_index(index.location))
    return index


def open_retriever(settings: Settings) -> Retriever:
    """The retriever, from the catalogue snapshot when ingest left one (no Chroma opened then)."""
    from rag.catalogue import location, outdated
    from rag.index import IndexUnavailable
    from rag.retrieve import Retriever

    if not settings.server_mode and outdated(settings):
        click.echo("the catalogue snapshot is from an older rag: rebuilding it from the index (once)", err=True)
    try:
        retriever = Retriever(settings)
    except IndexUnavailable as err:
        fail(str(err))
    if not retriever.ids:
        fail(empty_index(location(settings)))
    return retriever


def empty_index(where: object) -> str:
    """What to do about an empty index; in a checkout where `make demo` indexed into ./.rag, how to use that."""
    text = f"the index at {where} is empty: run `rag ingest` first"
    if "RAG_HOME" not in os.environ and (Path.cwd() / ".rag" / "chroma").is_dir():
        text += " (or use this folder's index, built by `make`: export RAG_HOME=$PWD/.rag)"
    return text


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print JSON only.")
@click.pass_obj
def ingest(settings: Settings, paths: tuple[Path, ...], as_json: bool) -> None:
    """Parse digests (default: the bundled corpus, the days `rag sync` kept, digests added under RAG_HOME)."""
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
        f"{s.embedded} embedded, {result.rows_skipped} rows skipped"
    )


@cli.command()
@click.argument("query")
@filter_options("How many papers to rank (default 10).")
@click.pass_obj
def search(
    settings: Settings,
    query: str,
    k: int | None,
    since: str,
    until: str,
    category: str | None,
    has_code: bool,
    mode: str | None,
    as_json: bool,
) -> None:
    """Rank papers for QUERY (through a running `rag serve` when there is one)."""
    query = need_text(query, "query")
    k = need_k(k, 10)
    filters = make_filters(since, until, category, has_code)
    base = server(settings)
    note = ""
    try:
        if base:
            from rag import client

            params = {"q": query, "k": k, "mode": mode, **asdict(filters)}
            hits, note = client.search(base, settings, params)
        else:
            from rag import service

            hits, note = service.search_checked(open_retriever(settings), query, k, filters, mode or settings.mode)
    except server_error() as err:
        fail(str(err))
    if note:
        click.echo(note, err=as_json)
        if not as_json:
            return
    print_hits(hits, as_json)


def print_hits(hits: list[dict], as_json: bool) -> None:
    """Search results as JSON or numbered lines, from the JSON shape (the same whoever ran the search)."""
    if as_json:
        return emit(hits)
    if not hits:
        click.echo("no papers match")
    for n, hit in enumerate(hits, 1):
        code = hit.get("code_urls") or []
        click.echo(
            f"{n:>2}. {hit['date']}  {hit['title']}\n    {hit['url']}"
            + (f"  code: {code[0]}" if code else "")
            + evidence(hit)
            + "".join(f"\n    also titled: {t}" for t in hit.get("other_titles") or [])
        )


def evidence(hit: dict) -> str:
    """Each side's own score: the rank comes from fusing both, so one fused number would read out of order."""
    parts = [f"{name} {hit[key]:.{digits}f}" for name, key, digits in EVIDENCE if hit.get(key) is not None]
    return f"  ({', '.join(parts)})" if parts else ""


@cli.command("sync")
@click.option("--since", help="Go back no further than this day, YYYY-MM-DD.")
@click.option("--until", help="Last day to fetch, YYYY-MM-DD (default: today).")
@click.option("--source", help="Git repository or raw-file base URL (default: RAG_SYNC_SOURCE).")
@click.option("--json", "as_json", is_flag=True, help="Print JSON only.")
@click.pass_obj
def sync_cmd(settings: Settings, since: str | None, until: str | None, source: str | None, as_json: bool) -> None:
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
    from rag.service import stats as corpus_stats

    data = corpus_stats(open_retriever(settings))
    if as_json:
        return emit(data)
    from rich.console import Console

    from rag.render import stats_table

    Console().print(stats_table(data))


def open_answerer(settings: Settings) -> Answerer:
    from rag.answer import Answerer
    from rag.llm import LLMError

    try:
        return Answerer(settings, retriever=open_retriever(settings))
    except LLMError as err:
        fail(str(err))


def final_event(events: Iterable[tuple[str, Any]], status_line: str) -> Any:
    """The answer event (an Answer in process, its dict from a server), counting words on stderr meanwhile.

    The spinner (and rich, whose import is a good part of a served answer's time) only when stderr
    may be a terminal to rich; elsewhere there is nothing to show.
    """
    result: Any = None
    try:
        if not may_be_terminal(sys.stderr):
            for kind, data in events:
                if kind != "token":
                    result = data
            return result
        from rich.console import Console

        with Console(stderr=True).status(status_line, spinner="dots") as status:
            words = 0
            for kind, data in events:
                if kind == "token":
                    words += len(data.split())
                    status.update(f"writing… {words} words")
                else:
                    result = data
    except server_error() as error:
        fail(str(error))
    return result


def may_be_terminal(stream: Any) -> bool:
    """Whether rich could treat `stream` as a terminal (a TTY, or FORCE_COLOR / TTY_COMPATIBLE set)."""
    import os

    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty()) or "FORCE_COLOR" in os.environ or "TTY_COMPATIBLE" in os.environ


def as_answer(result: Any) -> Answer:
    from rag.records import Answer

    return result if isinstance(result, Answer) else Answer.from_dict(result)


def print_answer_stream(
    events: Iterable[tuple[str, Any]],
    status_line: str,
    backend_name: str,
    as_json: bool,
    with_bibtex: bool = False,
    page_size: int | None = None,
    more: Callable[[dict], str] | None = None,
) -> Answer:
    """Answer once the citation check is done: rendered on a terminal, plain in a pipe (without
    loading rich), or JSON; a list only its first `page_size` entries, then `more` of the page says how
    many are left. Returns the whole answer (a chat keeps it as its history)."""
    from rag.paging import paged

    result = final_event(events, status_line)
    answer = as_answer(result)
    shown = first_page(answer, page_size)
    entries = ""
    if with_bibtex:
        from rag.bibtex import bibtex

        cited = {c["n"] for c in shown.citations}
        entries = bibtex([s.hit.paper for s in shown.sources if s.n in cited])
    if as_json:
        data = paged(result if isinstance(result, dict) else result.to_dict(), 0, page_size)
        emit({**data, "bibtex": entries} if with_bibtex else data)
        return answer
    if answer.fallback:
        click.echo(f"note: {answer.fallback}", err=True)
    if may_be_terminal(sys.stdout):
        from rich.console import Console

        from rag.render import print_answer

        print_answer(shown, Console())
    else:
        from rag.render import answer_plain

        click.echo(answer_plain(shown))
    if more and shown.page and shown.page["next_offset"] is not None and more(shown.page) not in shown.answer:
        click.echo(more(shown.page))  # a chat's "more please" says it already
    for flag in answer.flags:
        click.echo(f"[citation check] {flag}", err=True)
    if entries:
        click.echo("\nBibTeX:\n" + entries)
    # an answer that says the digests hold none was written by no backend, whichever is configured
    from rag.render import answered_by

    used = "not covered by the digests" if answer.backend == "none" else answered_by(answer, backend_name)
    note = "" if answer.covered or answer.backend == "none" else ", not covered by the digests"
    click.echo(f"({used}{note}; {answer.timings['total_s']:.2f}s)", err=True)
    return answer


def first_page(answer: Answer, size: int | None) -> Answer:
    """A list's first `size` entries; the answer as it is when it is no list, already one page, or short."""
    if size is None or not answer.enumeration or answer.page is not None:
        return answer
    from rag.paging import page_answer

    return page_answer(answer, 0, size)


def more_with_k(k: int) -> Callable[[dict], str]:
    """What `rag ask -k` says under a list it cut."""

    def line(page: dict) -> str:
        left = page["total"] - page["next_offset"]
        return f"{k} of {page['total']} papers shown (-k {k}); {left} more: leave out -k to print all {page['total']}."

    return line


def sources_for(k: int) -> int:
    """-k pages a list at any size; an answer of another kind draws on at most MOST_SOURCES papers, in
    this process as on a server."""
    return min(k, MOST_SOURCES)


def answer_events(
    settings: Settings,
    question: str,
    history: list[tuple[str, str]],
    filters: Filters,
    mode: str | None,
    k: int | None,
    answerer: Answerer | None = None,
    limit: int | None = None,
) -> tuple[Iterable[tuple[str, Any]], str, str]:
    """(events, status line, backend name): from a running server when there is one (a list's first `limit`
    entries), else in this process."""
    base = server(settings) if answerer is None else None
    if base:
        from rag import client

        body = {"question": question, "history": history, "k": k, "mode": mode, "limit": limit, **asdict(filters)}
        return client.ask_events(base, settings, body), f"asking {base}…", "server"
    from rag.render import searching_line
    from rag.service import ask_events

    answerer = answerer or open_answerer(settings)
    events = ask_events(answerer, question, history, filters, mode, as_dict=False)
    return events, searching_line(len(answerer.retriever.papers)), answerer.backend.name


@cli.command()
@click.argument("question")
@filter_options(
    "A list answer prints its first K papers and says how many more there are (without -k it prints them all); "
    "any other answer draws on the K best-matching papers (default RAG_TOP_K, 6; at most 40)."
)
@click.option("--bibtex", "with_bibtex", is_flag=True, help="Also print BibTeX of the papers the answer cites.")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "html"]),
    default="text",
    help="text: for the terminal; html: a page with the answer, its table or chart, and references.",
)
@click.option("--out", type=click.Path(path_type=Path), help="Write the html page to this file instead of printing.")
@click.pass_obj
def ask(
    settings: Settings,
    question: str,
    k: int | None,
    since: str,
    until: str,
    category: str | None,
    has_code: bool,
    mode: str | None,
    as_json: bool,
    with_bibtex: bool,
    fmt: str,
    out: Path | None,
) -> None:
    """Answer QUESTION from the digests, citing the papers used."""
    question = need_text(question, "question")
    k = need_page(k)
    if out is not None and fmt != "html":
        fail("--out writes the html page: add --format html")
    if out is not None and not out.parent.is_dir():
        fail(f"--out {out}: the folder {out.parent} does not exist")
    filters = make_filters(since, until, category, has_code)
    sources = sources_for(k) if k else None
    if sources:
        settings = replace(settings, top_k=sources)
    events = answer_events(settings, question, [], filters, mode, sources, limit=k)
    if fmt == "html":
        from rag.answer_html import answer_page

        answer = first_page(as_answer(final_event(*events[:2])), k)
        return write_or_echo(answer_page(answer), out, as_json, f"answer page, {len(answer.citations)} papers cited")
    print_answer_stream(*events, as_json, with_bibtex, page_size=k, more=more_with_k(k) if k else None)


@cli.command()
@click.argument("ids", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["bibtex", "json"]), default="bibtex", help="BibTeX or JSON.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON only (as --format json).")
@click.pass_obj
def cite(settings: Settings, ids: tuple[str, ...], fmt: str, as_json: bool) -> None:
    """BibTeX of papers by arXiv id (2501.11425, arXiv:2501.11425v2 or an arXiv URL)."""
    from rag.bibtex import CiteError, bibtex, resolve, to_json

    index = open_index(settings)
    try:
        papers = resolve(list(ids), index.get)
    except CiteError as err:
        fail(str(err))
    if fmt == "json" or as_json:
        return emit(to_json(papers))
    click.echo(bibtex(papers), nl=False)


@cli.command()
@filter_options(
    "Answers other than lists draw on the K best-matching papers (default RAG_TOP_K, 6; at most 40). "
    "Lists print ten entries at a time: ask for more, the next 5, page 3 or the rest."
)
@click.pass_obj
def chat(
    settings: Settings,
    k: int | None,
    since: str,
    until: str,
    category: str | None,
    has_code: bool,
    mode: str | None,
    as_json: bool,
) -> None:
    """A multi-turn session in the terminal; follow-ups build on earlier questions. Ctrl-D to leave."""
    k = need_page(k)
    filters = make_filters(since, until, category, has_code)
    if k:
        settings = replace(settings, top_k=sources_for(k))
    from rag.paging import CHAT_PAGE, page_footer

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
        events = answer_events(settings, question, history, filters, mode, k, answerer)
        result = print_answer_stream(*events, as_json, page_size=CHAT_PAGE, more=page_footer)
        history.append((result.question, result.answer))  # as asked: the retrieval text drops its period


@cli.command()
@click.option(
    "--week", help="ISO week (2025-W04), a day of it (2025-01-22), or `last`: the latest complete week in the index."
)
@click.option("--from", "start", callback=check_date, help="First day, YYYY-MM-DD.")
@click.option("--to", "end", callback=check_date, help="Last day, YYYY-MM-DD.")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["md", "html", "atom"]),
    default="md",
    help="Markdown, HTML, or an Atom feed of the last --weeks weeks (up to --week when given).",
)
@click.option("--weeks", type=int, help="Atom feed only: how many weeks (default 8).")
@click.option("--out", type=click.Path(path_type=Path), help="Write to this file instead of printing.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON only.")
@click.pass_obj
def briefing(
    settings: Settings,
    week: str | None,
    start: str,
    end: str,
    fmt: str,
    weeks: int | None,
    out: Path | None,
    as_json: bool,
) -> None:
    """A briefing of one week (or any range), or an Atom feed of weekly briefings; through `rag serve` if one runs."""
    from rag import service
    from rag.feed import DEFAULT_WEEKS, atom_feed, last_complete_week
    from rag.llm import LLMError, configured_backend

    if out is not None and not out.parent.is_dir():
        fail(f"--out {out}: the folder {out.parent} does not exist")
    if weeks is not None and fmt != "atom":
        fail("--weeks is for the Atom feed (--format atom); a briefing covers one --week, or --from to --to")
    try:
        if fmt == "atom":
            retriever = open_retriever(settings)
            until = week if week and week != "last" else ""
            text = atom_feed(
                retriever.papers,
                retriever.vectors(),
                settings,
                DEFAULT_WEEKS if weeks is None else weeks,
                until,
                backend=configured_backend(settings),
            )
            return write_or_echo(text, out, as_json, f"Atom feed of {text.count('<entry>')} weeks")
        if not week:
            if not (start and end):
                fail("give --week 2025-W04 (or last), or both --from and --to")
            check_range(start, end, ("--from", "--to"))
        if week == "last":
            week = last_complete_week(open_retriever(settings).papers)
        start, end = service.briefing_range(week, start, end, names=("--week", "--from", "--to"))
        base = server(settings)
        if base:
            return briefing_from_server(base, settings, start, end, fmt, out, as_json)
        result = service.briefing(open_answerer(settings), settings, start, end)
    except (service.RequestError, LLMError, server_error()) as err:
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


def briefing_from_server(
    base: str, settings: Settings, start: str, end: str, fmt: str, out: Path | None, as_json: bool
) -> None:
    from rag import client

    if as_json:
        return emit(client.get(base, settings, "/api/briefing", {"start": start, "end": end}).json())
    reply = client.get(base, settings, "/api/briefing", {"start": start, "end": end, "format": fmt})
    if out:
        out.write_text(reply.text, encoding="utf-8")
        return click.echo(f"briefing {start} to {end} → {out}")
    click.echo(reply.text)


@cli.command()
@click.option("--host", help="Interface to listen on (RAG_HOST, default 127.0.0.1).")
@click.option("--port", type=int, help="Port (RAG_PORT, default 7860).")
@click.pass_obj
def serve(settings: Settings, host: str | None, port: int | None) -> None:
    """Start the Gradio UI and the HTTP API (/api, docs at /docs) in one process."""
    from rag.api import check_exposure, check_port
    from rag.api import serve as run_server

    settings = replace(settings, host=host or settings.host, port=port or settings.port)
    try:
        check_exposure(settings)
        check_port(settings)
    except ValueError as err:
        fail(str(err))
    open_index(settings)  # the server loads the catalogue itself; here only check that there is one
    click.echo(f"rag serve: loading the index and the UI for http://{settings.host}:{settings.port}/ …", err=True)
    run_server(settings, f"rag serve: UI http://{settings.host}:{settings.port}/  API /api  docs /docs")


@cli.command()
@click.pass_obj
def mcp(settings: Settings) -> None:
    """Run an MCP server over stdio (tools: search_papers, ask, get_paper, briefing)."""
    from rag.mcp_server import run

    run(settings)


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
@click.option(
    "--out",
    type=click.Path(path_type=Path),
    default=None,
    help="Report folder (default: eval/reports in a checkout, RAG_HOME/eval-reports when installed).",
)
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
def eval_cmd(
    settings: Settings,
    gold: Path | None,
    split: str | None,
    modes: tuple[str, ...],
    backend: str | None,
    out: Path | None,
    compare: tuple[Path, Path] | None,
    as_json: bool,
) -> None:
    """Score retrieval (per mode) and answers against the gold sets; write JSON, Markdown and a chart per set."""
    from rag.evaluate import GoldError, run_eval, write_report
    from rag.evaluate import compare as compare_reports
    from rag.settings import ROOT, bundled

    if compare:
        old, new = (read_report(p) for p in compare)
        first, second = (Path(str(r.get("gold", ""))).name for r in (old, new))
        if first != second:  # a question id means another question in another set
            fail(f"--compare: the reports score different gold sets ({first}, {second}); compare two of one set")
        return click.echo(compare_reports(old, new))
    if gold is not None:
        gold = gold_path(gold, bundled("eval"))
    if backend and backend != "none":
        settings = replace(settings, llm=backend)
    retriever = open_retriever(settings)
    answerer = None
    if backend != "none":
        from rag.answer import Answerer

        answerer = Answerer(settings, retriever=retriever)
    sets_dir = bundled("eval")
    # In a checkout reports go beside the gold sets; an installed package writes under RAG_HOME, never into itself.
    out = out or (ROOT / "eval" / "reports" if sets_dir == ROOT / "eval" else settings.home / "eval-reports")
    # The first set keeps its report folder (baseline, thresholds and --compare read it); the second goes beside it.
    sets = [(gold, out)] if gold else [(sets_dir / "gold.jsonl", out), (sets_dir / "gold2.jsonl", out / "gold2")]
    reports = []
    for path, folder in sets:
        bar = ProgressBar(f"eval {path.name}", "question", as_json)
        try:
            report = run_eval(
                path, retriever, answerer, tuple(modes) or MODES, split=split or "", progress=bar.step, warn=warn
            )
        except GoldError as err:
            for message in err.warnings:
                warn(message)
            fail(str(err))
        finally:
            bar.close()
        reports.append((report, write_report(report, folder)))
    if as_json:
        return emit(reports[0][0].to_dict() if len(reports) == 1 else {"reports": [r.to_dict() for r, _ in reports]})
    for report, paths in reports:
        click.echo(report.to_markdown().split("## List questions")[0].split("## Per question")[0].rstrip())
        click.echo("\nwritten: " + ", ".join(str(p) for p in paths) + "\n")


def warn(message: str) -> None:
    click.echo(f"warning: {message}", err=True)


def gold_path(gold: Path, sets_dir: Path) -> Path:
    """A relative --set that is not here but names a bundled set (`eval/gold.jsonl`) means that set, from any folder."""
    if gold.is_file():
        return gold
    shipped = sets_dir / gold.name
    if not gold.is_absolute() and gold.parent in (Path("."), Path("eval")) and shipped.is_file():
        click.echo(f"--set {gold}: not in this folder; using the bundled {shipped}", err=True)
        return shipped
    fail(f"--set {gold}: no such file")


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
@click.option("--json", "as_json", is_flag=True, help="Print JSON only.")
@click.pass_obj
def embed_cache(settings: Settings, out: Path | None, as_json: bool) -> None:
    """Write the vectors of every indexed paper to a cache that ships with the data."""
    import numpy as np

    from rag.embed import Embedder

    retriever = open_retriever(settings)
    vectors = retriever.vectors()
    papers = retriever.papers
    path = Embedder(settings).export(
        [p.text for p in papers], np.stack([vectors[p.id] for p in papers]), out or settings.embed_cache
    )
    if as_json:
        return emit({"vectors": len(papers), "path": str(path), "bytes": path.stat().st_size})
    click.echo(f"{len(papers)} vectors → {path} ({path.stat().st_size / 1e6:.1f} MB)")


def main() -> None:
    """Any failure the commands did not word themselves still ends as one line (RAG_DEBUG=1: traceback)."""
    as_json = "--json" in sys.argv[1:]
    try:
        code = cli(prog_name="rag", standalone_mode=False)
    except click.ClickException as err:
        if as_json:  # --json promises JSON on stdout, a failure included
            click.echo(json.dumps({"error": err.format_message()}))
        err.show()
        sys.exit(err.exit_code)
    except (click.Abort, KeyboardInterrupt):
        click.echo("interrupted", err=True)
        sys.exit(130)
    except Exception as err:
        if os.environ.get("RAG_DEBUG"):
            raise
        if as_json:
            click.echo(json.dumps({"error": one_line(err)}))
        click.echo(f"Error: {one_line(err)}", err=True)
        sys.exit(1)
    sys.exit(code if isinstance(code, int) else 0)


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

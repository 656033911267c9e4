"""`rag mcp`: the library as MCP tools over stdio, for agents and editors (official `mcp` SDK).

The tools return the same JSON as the CLI's `--json` (built by `rag.service`). The index and model load
on the first tool call, so the client's handshake is answered at once. Nothing but the protocol may
reach stdout: progress and warnings go to stderr.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from rag import service
from rag.settings import MOST_SOURCES, Settings

LIST_PAGE = 20  # entries of a list answer per call: an agent's context holds far fewer than a list of 385

INSTRUCTIONS = (
    "A library of AI research papers from daily digests (arXiv ids, titles, summaries, code links). "
    "Use search_papers to find papers (filters: since/until as YYYY-MM-DD, category, has_code), ask for "
    "an answer whose [n] markers cite the returned papers, get_paper for one paper's details, and "
    "briefing for a week's overview."
)


@contextmanager
def reported() -> Iterator[None]:
    """A caller's mistake reaches the model as its one line (the SDK hides other exceptions' text)."""
    from mcp.server.mcpserver.exceptions import ToolError

    try:
        yield
    except (service.RequestError, service.NotFound) as err:
        raise ToolError(str(err)) from None


def argument_problems(name: str, arguments: dict[str, Any], schema: dict[str, Any]) -> str:
    """Unknown argument names, as one line: a typo ('qurey') must not be dropped in silence."""
    known = list(schema.get("properties", {}))
    unknown = sorted(set(arguments) - set(known))
    if not unknown:
        return ""
    return f"{name}: unknown argument {', '.join(map(repr, unknown))} (it takes {', '.join(known)})"


def one_line(name: str, err: Any) -> str:
    """A pydantic validation error as the README promises it, one line per call, naming each field."""
    parts = [f"{'.'.join(str(p) for p in e['loc']) or 'arguments'}: {e['msg']}" for e in err.errors()]
    return f"{name}: {'; '.join(parts)}"


def build(settings: Settings) -> Any:
    from mcp.server.mcpserver import MCPServer
    from mcp.server.mcpserver.exceptions import ToolError, UnexpectedToolError
    from pydantic import ValidationError

    class Server(MCPServer):
        async def call_tool(self, name: str, arguments: dict[str, Any], context: Any = None) -> Any:
            tool = self._tool_manager.get_tool(name)
            problem = tool and argument_problems(name, arguments, tool.parameters)
            if problem:
                raise ToolError(problem)
            try:
                return await super().call_tool(name, arguments, context)
            except ToolError as err:
                if isinstance(err.__cause__, ValidationError):
                    raise ToolError(one_line(name, err.__cause__)) from None
                if isinstance(err.__cause__, ToolError) and not isinstance(err, UnexpectedToolError):
                    raise ToolError(f"{name}: {err.__cause__}") from None  # as the lines above: "tool: field: …"
                raise

    library = service.Library(settings)
    server = Server("rag", instructions=INSTRUCTIONS)

    @server.tool()
    def search_papers(
        query: str,
        k: int = 10,
        since: str = "",
        until: str = "",
        category: str = "",
        has_code: bool = False,
        mode: str = "",
    ) -> dict[str, Any]:
        """Rank papers for a query. Dates are YYYY-MM-DD; mode is hybrid (default), dense or bm25."""
        with reported():
            filters = service.make_filters(since, until, category, has_code)
            hits, note = service.search_checked(
                library.retriever,
                service.check_text("query", query),
                service.check_k(k, 10),
                filters,
                service.check_mode(mode, settings.mode),
            )
        return {"papers": hits, "note": note or None}

    @server.tool()
    def ask(
        question: str,
        k: int = 0,
        since: str = "",
        until: str = "",
        category: str = "",
        has_code: bool = False,
        history: list[list[str] | dict[str, str]] | None = None,
        offset: int = 0,
        limit: int | None = LIST_PAGE,
        mode: str = "",
    ) -> dict[str, Any]:
        """Answer a question from the papers; `citations` lists the papers each [n] in `answer` refers to.
        `history`: earlier [question, answer] pairs (or {role, content} messages), for a follow-up ("which
        of them have code?"). A list answer returns `limit` entries from `offset` (null: all); `page.next_offset` asks
        for the next ones, and so does "more please" (or "the next 5") with the history. `mode`: hybrid (default),
        dense or bm25, as for search_papers."""
        with reported():
            filters = service.make_filters(since, until, category, has_code)
            answerer = library.answerer_for(service.check_k(k or None, settings.top_k, most=MOST_SOURCES))
            start, count = service.check_page(offset, limit)
            events = service.ask_events(
                answerer,
                service.check_text("question", question),
                service.check_history(history),
                filters,
                service.check_mode(mode, settings.mode),
                offset=start,
                limit=count,
            )
        for kind, data in events:
            if kind == "answer" and isinstance(data, dict):
                return data
        raise RuntimeError("the answerer ended without an answer")

    @server.tool()
    def get_paper(paper_id: str) -> dict[str, Any]:
        """One paper by arXiv id (e.g. 2501.11425): title, authors, every summary, dates, links."""
        with reported():
            return service.paper(library.retriever, paper_id)

    @server.tool()
    def briefing(week: str = "", start: str = "", end: str = "") -> dict[str, Any]:
        """A briefing of an ISO week (2025-W04, or last) or of start..end: figures, themes, papers, and Markdown."""
        with reported():
            days = service.briefing_range(week, start, end, lambda: library.retriever.papers)
            result = service.briefing(library.answerer, settings, *days)
        return {**result.to_dict(), "markdown": result.to_markdown()}

    return server


def run(settings: Settings) -> None:
    build(settings).run("stdio")

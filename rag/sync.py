"""`rag sync`: bring in the digest days the index does not have yet, one whole day at a time.

A source is either a git repository (fetched shallowly with the `git` CLI into the cache; its
`archive/` folder lists every day) or a base URL of raw files (nothing lists those, so each day
from a start date to today is asked for, a few at a time; 404 means no digest that day).

Each file is checked by the parser before it is kept. A kept day is written to a staging file and
renamed into `synced_dir` (atomic), ingested through `rag.ingest.ingest` (up to CHUNK_DAYS days a
call), and only then is its content hash recorded in the state file. A sync killed at any point
therefore resumes on the next run: a kept day whose hash is not recorded is ingested again (upserts
are idempotent, so a day half written by the killed run is completed), and a recorded day is not
fetched again.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import subprocess
import time
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from rag.digest import DigestError, digest_files, parse_digest
from rag.question import iso_date
from rag.settings import Settings

if TYPE_CHECKING:
    from rag.index import PaperIndex

STATE_FILE = ".sync-state.json"
STAGING = ".staging"
GIT_SUBDIR = "archive"
LOOKBACK_DAYS = 7
CHUNK_DAYS = 30  # days per ingest call: each call reads the whole catalogue once
RETRY_BACKOFF_S = 1.0
# `archive/2025-10-30.md` or upstream's `archive/2025/10/30.md`.
DAY_PATH_RE = re.compile(r"(?:^|/)(\d{4})(?:-|/)(\d{2})(?:-|/)(\d{2})\.md$")


class SyncError(RuntimeError):
    """The source cannot be used at all (bad setting, git missing, repository unreachable)."""


@dataclass
class Fetched:
    """One day's answer from the source: its text, or why there is none."""

    day: str
    status: str  # "ok", "not-modified", "missing", "failed"
    text: str = ""
    error: str = ""
    etag: str = ""
    last_modified: str = ""


@dataclass
class SyncReport:
    source: str
    checked: int = 0
    new: dict[str, int] = field(default_factory=dict)
    changed: dict[str, int] = field(default_factory=dict)
    resumed: dict[str, int] = field(default_factory=dict)
    unchanged: int = 0
    missing: int = 0
    invalid: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    rows_skipped: int = 0
    papers_added: int = 0
    papers_updated: int = 0

    @property
    def ingested(self) -> dict[str, int]:
        return {**self.resumed, **self.new, **self.changed}

    def to_dict(self) -> dict:
        return {
            "source": self.source,
            "checked": self.checked,
            "new_days": self.new,
            "changed_days": self.changed,
            "resumed_days": self.resumed,
            "unchanged_days": self.unchanged,
            "missing_days": self.missing,
            "invalid": self.invalid,
            "failed": self.failed,
            "papers_added": self.papers_added,
            "papers_updated": self.papers_updated,
            "rows_skipped": self.rows_skipped,
            "warnings": self.warnings,
        }


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def source_kind(source: str) -> str:
    """`git` for a repository (URL ending in .git, ssh/git/file URL, or a local folder), `http` for raw files."""
    url = source.split("#", 1)[0]
    if url.endswith(".git") or url.startswith(("git@", "git://", "ssh://", "file://")) or Path(url).is_dir():
        return "git"
    if url.startswith(("http://", "https://")):
        return "http"
    raise SyncError(f"RAG_SYNC_SOURCE={source!r}: expected a git repository URL or an http(s) base URL")


def digest_sources(settings: Settings) -> list[Path]:
    """What `rag ingest` reads with no path: the digest folder, then synced days, then digests added through the
    UI or the API (`$RAG_HOME/digests`); a later folder's day replaces its namesake."""
    files = {p.name: p for p in digest_files([settings.data_dir])}
    for folder in (settings.synced_dir, settings.user_digests):
        if folder.is_dir() and any(folder.glob("*.md")):
            files.update({p.name: p for p in digest_files([folder])})
    return sorted(files.values(), key=lambda p: p.name)


# --- the two kinds of source -------------------------------------------------------------------


def http_url(base: str, day: str) -> str:
    """`{yyyy}`, `{mm}`, `{dd}` or `{date}` in the base are filled in; otherwise `<base>/<date>.md`."""
    y, m, d = day.split("-")
    if "{" in base:
        return base.format(yyyy=y, mm=m, dd=d, date=day)
    return f"{base.rstrip('/')}/{day}.md"


def fetch_http(
    base: str,
    days: list[str],
    settings: Settings,
    conditions: dict[str, dict[str, str]],
    backoff: float = RETRY_BACKOFF_S,
) -> list[Fetched]:
    """Ask for each day, `sync_concurrency` at a time; 5xx, 429 and timeouts are retried with backoff."""
    import httpx

    with httpx.Client(timeout=settings.sync_timeout, follow_redirects=True) as client:

        def one(day: str) -> Fetched:
            url = http_url(base, day)
            headers = {}
            if etag := conditions.get(day, {}).get("etag"):
                headers["If-None-Match"] = etag
            if modified := conditions.get(day, {}).get("last_modified"):
                headers["If-Modified-Since"] = modified
            error = ""
            for attempt in range(settings.sync_retries + 1):
                if attempt:
                    time.sleep(backoff * 2 ** (attempt - 1))
                try:
                    reply = client.get(url, headers=headers)
                except httpx.TimeoutException:
                    error = f"timed out after {settings.sync_timeout:g} s"
                    continue
                except httpx.TransportError as err:
                    error = f"connection failed ({err})"
                    continue
                if reply.status_code == 404:
                    return Fetched(day, "missing")
                if reply.status_code == 304:
                    return Fetched(day, "not-modified")
                if reply.status_code == 200:
                    try:
                        text = reply.content.decode("utf-8")
                    except UnicodeDecodeError as err:
                        return Fetched(day, "failed", error=f"{url}: not UTF-8 text ({err.reason})")
                    return Fetched(
                        day,
                        "ok",
                        text=text,
                        etag=reply.headers.get("etag", ""),
                        last_modified=reply.headers.get("last-modified", ""),
                    )
                error = f"HTTP {reply.status_code}"
                if reply.status_code != 429 and reply.status_code < 500:
                    return Fetched(day, "failed", error=f"{url}: {error}")
            tries = settings.sync_retries + 1
            return Fetched(day, "failed", error=f"{url}: {error} ({tries} tries)")

        with ThreadPoolExecutor(max_workers=max(1, settings.sync_concurrency)) as pool:
            return list(pool.map(one, days))


def git(args: list[str], cwd: Path | None = None, timeout: float | None = None, stdin: bytes | None = None) -> bytes:
    try:
        done = subprocess.run(["git", *args], cwd=cwd, input=stdin, capture_output=True, timeout=timeout, check=False)
    except FileNotFoundError as err:
        raise SyncError("a git source needs the `git` command, which is not installed") from err
    except subprocess.TimeoutExpired as err:
        raise SyncError(f"git {args[0]} took longer than {timeout:g} s") from err
    if done.returncode:
        lines = done.stderr.decode("utf-8", "replace").strip().splitlines()
        first = next((ln for ln in lines if ln.startswith(("fatal:", "error:"))), lines[0] if lines else "")
        command = next(a for i, a in enumerate(args) if not a.startswith("-") and (i == 0 or args[i - 1] != "-c"))
        raise SyncError(f"git {command} failed: {first or f'exit code {done.returncode}'}")
    return done.stdout


def fetch_git(source: str, settings: Settings, since: str, until: str) -> list[Fetched]:
    """Shallow-fetch the source's newest commit into a bare cache repository; read the days from its tree."""
    url, _, subdir = source.partition("#")
    subdir = (subdir or GIT_SUBDIR).strip("/")
    if Path(url).is_dir():
        url = Path(url).resolve().as_uri()  # a file:// URL, so --depth applies to a local repository too
    repo = settings.cache_dir / "sync" / hashlib.sha256(url.encode()).hexdigest()[:16]
    if not (repo / "HEAD").exists():
        repo.mkdir(parents=True, exist_ok=True)
        git(["init", "--bare", "--quiet", str(repo)])
    # Abort a transfer that stalls for sync_timeout seconds, however long the whole fetch takes.
    stall = ["-c", "http.lowSpeedLimit=1000", "-c", f"http.lowSpeedTime={max(1, int(settings.sync_timeout))}"]
    for attempt in range(settings.sync_retries + 1):
        try:
            git([*stall, "fetch", "--quiet", "--depth", "1", "--no-tags", url, "HEAD"], cwd=repo)
            break
        except SyncError:
            if attempt == settings.sync_retries:
                raise
            time.sleep(RETRY_BACKOFF_S * 2**attempt)
    listing = git(["ls-tree", "-r", "-z", "FETCH_HEAD", "--", f"{subdir}/"], cwd=repo).decode("utf-8")
    blobs: dict[str, str] = {}
    for entry in filter(None, listing.split("\0")):
        meta, path = entry.split("\t", 1)
        m = DAY_PATH_RE.search(path[len(subdir) :])
        if meta.split()[1] == "blob" and m and is_date(day := "-".join(m.groups())) and since <= day <= until:
            blobs.setdefault(day, meta.split()[2])
    if not blobs:
        return []
    days = sorted(blobs)
    raw = git(["cat-file", "--batch"], cwd=repo, stdin="".join(f"{blobs[d]}\n" for d in days).encode())
    out, at = [], 0
    for day in days:
        header_end = raw.index(b"\n", at)
        size = int(raw[at:header_end].split()[2])
        body = raw[header_end + 1 : header_end + 1 + size]
        at = header_end + 1 + size + 1
        try:
            out.append(Fetched(day, "ok", text=body.decode("utf-8")))
        except UnicodeDecodeError as err:
            out.append(Fetched(day, "failed", error=f"{url} {subdir}/…{day}: not UTF-8 text ({err.reason})"))
    return out


def is_date(value: str) -> bool:
    try:
        return bool(iso_date(value))
    except ValueError:
        return False


# --- state: what has been ingested --------------------------------------------------------------


def load_state(folder: Path) -> dict[str, dict]:
    path = folder / STATE_FILE
    if not path.exists():
        return {}
    try:
        days: dict[str, dict] = json.loads(path.read_text(encoding="utf-8")).get("days", {})
        return days
    except (json.JSONDecodeError, AttributeError):
        return {}  # a damaged state only costs a re-check: every kept day is compared again


def write_atomic(path: Path, text: str) -> None:
    """Write beside the target and rename: a reader sees the old file or the new one, never half."""
    path.parent.mkdir(parents=True, exist_ok=True)
    staging = path.parent / STAGING
    staging.mkdir(exist_ok=True)
    tmp = staging / f"{path.name}.{os.getpid()}.part"
    with open(tmp, "w", encoding="utf-8") as fh:
        fh.write(text)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)


def save_state(folder: Path, days: dict[str, dict]) -> None:
    write_atomic(folder / STATE_FILE, json.dumps({"days": dict(sorted(days.items()))}, indent=1))


# --- the sync itself ----------------------------------------------------------------------------


def sync(
    settings: Settings,
    since: str = "",
    until: str = "",
    source: str = "",
    log: Callable[[str], None] | None = None,
    today: date | None = None,
    backoff: float = RETRY_BACKOFF_S,
) -> SyncReport:
    """Fetch, check and ingest every day in [since, until] that is new or changed."""
    from rag.embed import Embedder
    from rag.index import PaperIndex

    source = source or settings.sync_source
    kind = source_kind(source)
    say = log or (lambda _m: None)
    for name, value in (("--since", since), ("--until", until)):
        try:
            iso_date(value)
        except ValueError as err:
            raise SyncError(f"{name} {err}") from None
    report = SyncReport(source=source)
    folder = settings.synced_dir
    state = load_state(folder)
    index = PaperIndex(settings)
    embedder = Embedder(settings)
    indexed = indexed_days(index)

    pending: list[tuple[str, str, dict[str, int], int, dict[str, str]]] = []

    def flush() -> None:
        """Ingest the queued days in one call, then record them: a kill before the record means a redo."""
        from rag.ingest import ingest

        if not pending:
            return
        paths = []
        for day, text, *_ in pending:
            path = folder / f"{day}.md"
            if not (path.exists() and path.read_text(encoding="utf-8") == text):
                write_atomic(path, text)
            paths.append(path)
        result = ingest(paths, index, embedder)
        report.papers_added += len(result.sync.added)
        report.papers_updated += len(result.sync.updated)
        report.warnings += [str(w) for w in result.warnings]
        report.rows_skipped += sum(w.skipped for w in result.warnings)
        for day, text, bucket, papers, extra in pending:
            state[day] = {"sha256": sha256(text), "papers": papers, **extra}
            bucket[day] = papers
            indexed.add(day)
        save_state(folder, state)
        say(
            f"ingested {', '.join(d for d, *_ in pending)}: "
            f"{len(result.sync.added)} papers added, {len(result.sync.updated)} updated"
        )
        pending.clear()

    def queue(day: str, text: str, bucket: dict[str, int], extra: dict[str, str] | None = None) -> bool:
        problem, papers = check(text, folder / f"{day}.md")
        if problem:
            report.invalid.append(problem)
            say(f"warning: {problem}; day skipped")
            return False
        pending.append((day, text, bucket, papers, extra or {}))
        if len(pending) >= CHUNK_DAYS:
            flush()
        return True

    # Resume: a day kept by a killed sync but never recorded as ingested (whatever --since says now).
    for path in sorted(folder.glob("*.md")) if folder.exists() else []:
        day = path.stem
        if not is_date(day):
            continue
        text = path.read_text(encoding="utf-8")
        recorded = state.get(day, {}).get("sha256") == sha256(text) and was_ingested(day, state, indexed)
        if not recorded and not queue(day, text, report.resumed):
            path.unlink()
    flush()

    stop = until or (today or datetime.now(UTC).date()).isoformat()
    if kind == "git":
        fetched = fetch_git(source, settings, since or "0000-00-00", stop)
    else:
        start = since or http_start(indexed | set(state))
        days = [d.isoformat() for d in day_range(date.fromisoformat(start), date.fromisoformat(stop))]
        say(f"asking {source} for {len(days)} days, {start} to {stop}")
        conditions = {
            d: state[d]
            for d in days
            if d in state and (folder / f"{d}.md").exists() and was_ingested(d, state, indexed)
        }
        fetched = fetch_http(source.split("#", 1)[0], days, settings, conditions, backoff=backoff)

    for item in sorted(fetched, key=lambda f: f.day):
        report.checked += 1
        day = item.day
        if item.status == "missing":
            report.missing += 1
        elif item.status == "failed":
            report.failed.append(f"{day}: {item.error}")
            say(f"{day}: failed: {item.error}")
        elif item.status == "not-modified" or (
            sha256(item.text) == known_hash(day, state, settings)
            and (was_ingested(day, state, indexed) or check(item.text, folder / f"{day}.md") == ("", 0))
        ):
            report.unchanged += 1  # the same text as what the index was given (or an empty day)
        else:
            bucket = report.changed if day in indexed or day in state else report.new
            queue(day, item.text, bucket, {"etag": item.etag, "last_modified": item.last_modified})
    flush()
    return report


def check(text: str, path: Path) -> tuple[str, int]:
    """Why a fetched file cannot be kept (empty when it can), and how many papers it holds. It is read under
    its day's file name (`path`), so a heading with another date is kept under the day, with the parser's
    warning, as `rag ingest` reads it."""
    try:
        digest = parse_digest(text, str(path))
    except DigestError as err:
        return str(err), 0
    return "", len({row.arxiv_id for row in digest.rows})


def known_hash(day: str, state: dict[str, dict], settings: Settings) -> str:
    """The hash of what the index was given for this day: the recorded sync, else the bundled file."""
    if day in state:
        return str(state[day].get("sha256", ""))
    bundled = settings.data_dir / f"{day}.md"
    return sha256(bundled.read_text(encoding="utf-8")) if bundled.exists() else ""


def was_ingested(day: str, state: dict[str, dict], indexed: set[str]) -> bool:
    """The index holds the day (a day recorded with no papers leaves no trace there, so trust the record)."""
    return day in indexed or (day in state and not state[day].get("papers"))


def indexed_days(index: PaperIndex) -> set[str]:
    return {d for p in index.papers() for d in p.dates} if index.count() else set()


def http_start(known: Iterable[str]) -> str:
    """Re-check the last week the index knows (late corrections), then everything after it."""
    days = sorted(known)
    if not days:
        raise SyncError("the index holds no day yet: give --since YYYY-MM-DD (or run `rag ingest` first)")
    return (date.fromisoformat(days[-1]) - timedelta(days=LOOKBACK_DAYS - 1)).isoformat()


def day_range(start: date, stop: date) -> list[date]:
    return [start + timedelta(days=n) for n in range((stop - start).days + 1)]

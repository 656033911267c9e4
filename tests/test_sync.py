"""`rag sync` against a real git repository and a real HTTP server on 127.0.0.1.

The upstream days are real bundled digests: one served as is, one with a row added (changed),
one moved to a new date (new), one with a broken header (malformed). Their papers' vectors come
from the shipped embedding cache, so nothing loads the model.
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import threading
import time
from dataclasses import replace
from datetime import date
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from rag.embed import Embedder
from rag.index import PaperIndex
from rag.ingest import ingest
from rag.sync import STATE_FILE, SyncError, digest_sources, load_state, source_kind, sync
from tests.conftest import DIGESTS, make_settings

KNOWN = ("2025-10-29", "2025-10-30")
MALFORMED = "## Papers for 2025-11-03\n\n| Paper | Venue |\n|---|---|\n| x | y |\n"


def moved(source_day: str, new_day: str) -> str:
    """A real digest under another date: its papers are real, its day is new."""
    text = (DIGESTS / f"{source_day}.md").read_text(encoding="utf-8")
    return text.replace(f"## Papers for {source_day}", f"## Papers for {new_day}")


def with_extra_row(day: str, donor: str) -> str:
    """A known day with one more row, taken from another real digest."""
    rows = [line for line in (DIGESTS / f"{donor}.md").read_text(encoding="utf-8").splitlines() if "arxiv.org" in line]
    return (DIGESTS / f"{day}.md").read_text(encoding="utf-8").rstrip("\n") + "\n" + rows[0] + "\n"


def upstream_days() -> dict[str, str]:
    return {
        "2025-10-29": (DIGESTS / "2025-10-29.md").read_text(encoding="utf-8"),
        "2025-10-30": with_extra_row("2025-10-30", "2025-01-27"),
        "2025-10-31": moved("2025-01-23", "2025-10-31"),
        "2025-11-03": MALFORMED,
    }


@pytest.fixture
def local(tmp_path: Path):
    """Settings whose digest folder holds two bundled days, and an index built from them."""
    data = tmp_path / "data"
    data.mkdir()
    for day in KNOWN:
        (data / f"{day}.md").write_text((DIGESTS / f"{day}.md").read_text(encoding="utf-8"), encoding="utf-8")
    settings = make_settings(tmp_path, data_dir=data, synced_dir=tmp_path / "synced", sync_retries=2)
    ingest([data], PaperIndex(settings), Embedder(settings))
    return settings


def index_dates(settings) -> dict[str, list[str]]:
    return {p.id: p.dates for p in PaperIndex(settings).papers()}


def first_arxiv_id(text: str) -> str:
    import re

    return re.search(r"arxiv\.org/abs/(\d{4}\.\d{4,5})", text).group(1)


# --- git ----------------------------------------------------------------------------------------


def commit(repo: Path, days: dict[str, str], message: str) -> None:
    for day, text in days.items():
        y, m, d = day.split("-")
        path = repo / "archive" / y / m / f"{d}.md"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    subprocess.run(["git", "add", "-A"], cwd=repo, check=True)
    subprocess.run(
        ["git", "-c", "user.name=t", "-c", "user.email=t@t", "commit", "-q", "-m", message], cwd=repo, check=True
    )


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    path = tmp_path / "upstream"
    path.mkdir()
    subprocess.run(["git", "init", "-q", "-b", "main", str(path)], check=True)
    (path / "README.md").write_text("not a digest\n")
    commit(path, upstream_days(), "four days")
    return path


def test_git_source_brings_in_new_and_changed_days_skips_a_malformed_one_and_then_nothing(local, repo):
    settings = replace(local, sync_source=str(repo))
    before = index_dates(settings)
    report = sync(settings)

    assert set(report.new) == {"2025-10-31"} and report.new["2025-10-31"] == 9
    assert set(report.changed) == {"2025-10-30"}
    assert report.unchanged == 1 and not report.failed
    assert len(report.invalid) == 1 and "2025-11-03.md:3: unknown table header" in report.invalid[0]
    after = index_dates(settings)
    new_id = first_arxiv_id(upstream_days()["2025-10-31"])
    assert new_id not in before and after[new_id] == ["2025-10-31"]
    donor = first_arxiv_id(with_extra_row("2025-10-30", "2025-01-27").split("\n")[-2])
    assert "2025-10-30" in after[donor]
    assert report.papers_added == len(after) - len(before)
    kept = sorted(p.name for p in settings.synced_dir.glob("*.md"))
    assert kept == ["2025-10-30.md", "2025-10-31.md"], "the malformed day is not kept"

    again = sync(settings)
    assert not again.ingested and again.unchanged == 3 and len(again.invalid) == 1
    assert index_dates(settings) == after

    commit(repo, {"2025-11-04": moved("2025-01-24", "2025-11-04")}, "one more")
    third = sync(settings)
    assert set(third.new) == {"2025-11-04"} and not third.changed


def test_a_day_whose_heading_names_another_date_is_kept_under_its_file_name_as_ingest_reads_it(local, repo, tmp_path):
    settings = replace(local, sync_source=str(repo))
    commit(repo, {"2025-11-05": moved("2025-01-24", "2025-11-04")}, "a heading copied from the day before")
    report = sync(settings)
    assert "2025-11-05" in report.new and not any("2025-11-05" in bad for bad in report.invalid)
    warned = [w for w in report.warnings if "2025-11-05.md:3:" in w]  # the heading is on line 3
    assert warned and warned[0].endswith("the heading says 2025-11-04, the file name 2025-11-05; read as 2025-11-05")
    moved_id = first_arxiv_id(moved("2025-01-24", "2025-11-04"))
    assert index_dates(settings)[moved_id] == ["2025-11-05"]

    folder = tmp_path / "by-hand"  # the same file given to `rag ingest`: the same day, the same warning
    folder.mkdir()
    (folder / "2025-11-05.md").write_text(moved("2025-01-24", "2025-11-04"), encoding="utf-8")
    result = ingest([folder], PaperIndex(settings), Embedder(settings))
    assert [str(w).rsplit(": ", 1)[-1] for w in result.warnings] == [warned[0].rsplit(": ", 1)[-1]]
    assert index_dates(settings)[moved_id] == ["2025-11-05"]


def test_since_limits_how_far_back_a_git_sync_goes(local, repo):
    report = sync(replace(local, sync_source=str(repo)), since="2025-10-31")
    assert set(report.new) == {"2025-10-31"} and not report.changed and report.checked == 2


def test_a_day_kept_by_a_killed_sync_is_ingested_on_the_next_run(local, repo):
    """The state after a kill between the rename and the ingest: the file is there, no record of it."""
    settings = replace(local, sync_source=str(repo))
    settings.synced_dir.mkdir()
    day = upstream_days()["2025-10-31"]
    (settings.synced_dir / "2025-10-31.md").write_text(day, encoding="utf-8")
    (settings.synced_dir / ".staging").mkdir()
    (settings.synced_dir / ".staging" / "2025-11-04.md.123.part").write_text(day[:100], encoding="utf-8")

    report = sync(settings)
    assert set(report.resumed) == {"2025-10-31"} and set(report.changed) == {"2025-10-30"} and not report.new
    assert "2025-10-31" in {d for ds in index_dates(settings).values() for d in ds}
    state = json.loads((settings.synced_dir / STATE_FILE).read_text())["days"]
    assert state["2025-10-31"]["sha256"] == hashlib.sha256(day.encode()).hexdigest()
    assert not sync(settings).ingested


@pytest.mark.slow
def test_a_sync_killed_while_ingesting_resumes_and_ends_with_the_same_index(local, repo, tmp_path):
    """Kill `rag sync` as soon as it keeps its first day (it ingests next), then run it again."""
    reference = replace(
        local, index_dir=tmp_path / "ref-index", synced_dir=tmp_path / "ref-synced", sync_source=str(repo)
    )
    ingest([local.data_dir], PaperIndex(reference), Embedder(reference))
    sync(reference)
    env = {
        **os.environ,
        "RAG_INDEX_DIR": str(local.index_dir),
        "RAG_CACHE_DIR": str(local.cache_dir),
        "RAG_DATA_DIR": str(local.data_dir),
        "RAG_SYNCED_DIR": str(local.synced_dir),
        "RAG_SYNC_SOURCE": str(repo),
    }
    proc = subprocess.Popen(
        [sys.executable, "-m", "rag.cli", "sync"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    deadline = time.monotonic() + 240
    while proc.poll() is None and not any(local.synced_dir.glob("*.md")) and time.monotonic() < deadline:
        time.sleep(0.005)
    proc.kill()
    proc.wait()

    recorded = load_state(local.synced_dir)  # written by rename: whole or absent, never half
    indexed = {d for ds in index_dates(local).values() for d in ds}
    assert all(day in indexed for day, record in recorded.items() if record["papers"]), "a record means ingested"
    resumed = sync(replace(local, sync_source=str(repo)))
    assert set(resumed.ingested) | set(recorded) == {"2025-10-30", "2025-10-31"}
    assert PaperIndex(local).hashes() == PaperIndex(reference).hashes()
    assert load_state(local.synced_dir).keys() == load_state(reference.synced_dir).keys()
    assert not sync(replace(local, sync_source=str(repo))).ingested


def test_a_wiped_index_gets_its_synced_days_back(local, repo, tmp_path):
    settings = replace(local, sync_source=str(repo))
    sync(settings)
    report = sync(replace(settings, index_dir=tmp_path / "empty-index"))
    assert set(report.resumed) == {"2025-10-30", "2025-10-31"} and set(report.new) == {"2025-10-29"}


def test_an_unreachable_repository_is_one_clear_error(local, tmp_path):
    settings = replace(local, sync_source=str(tmp_path / "nowhere.git"), sync_retries=0)
    with pytest.raises(
        SyncError, match=r"git fetch failed: fatal: .*nowhere\.git.* does not appear to be a git repository"
    ):
        sync(settings)


# --- HTTP ---------------------------------------------------------------------------------------


class Upstream(BaseHTTPRequestHandler):
    """Raw digest files by path, with scripted faults; conditional requests as GitHub's raw host answers them."""

    files: dict[str, bytes]
    fail_first: dict[str, int]  # path → how many 500s before the file
    always_fail: set[str]
    slow: dict[str, float]
    log: list[tuple[str, int]]

    def do_GET(self) -> None:
        path = self.path
        if path in self.slow:
            time.sleep(self.slow[path])
        if path in self.always_fail or self.fail_first.get(path, 0) > 0:
            if path in self.fail_first:
                self.fail_first[path] -= 1
            return self.reply(503 if path in self.always_fail else 500, b"upstream trouble")
        body = self.files.get(path)
        if body is None:
            return self.reply(404, b"404: Not Found")
        etag = '"' + hashlib.sha256(body).hexdigest()[:16] + '"'
        if self.headers.get("If-None-Match") == etag:
            return self.reply(304, b"", etag)
        self.reply(200, body, etag)

    def reply(self, status: int, body: bytes, etag: str = "") -> None:
        self.log.append((self.path, status))
        try:
            self.send_response(status)
            if etag:
                self.send_header("ETag", etag)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client stopped waiting: the timeout case

    def log_message(self, *args) -> None:
        pass


@pytest.fixture
def server():
    handler = type("Handler", (Upstream,), {"files": {}, "fail_first": {}, "always_fail": set(), "slow": {}, "log": []})
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield handler, f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def path_of(day: str) -> str:
    y, m, d = day.split("-")
    return f"/archive/{y}/{m}/{d}.md"


def test_http_source_retries_5xx_bounds_timeouts_and_a_second_run_fetches_nothing(local, server):
    handler, base = server
    days = upstream_days()
    days["2025-11-04"] = moved("2025-01-24", "2025-11-04")
    days["2025-11-05"] = moved("2025-01-28", "2025-11-05")
    days["2025-11-06"] = moved("2025-01-28", "2025-11-06")
    handler.files.update({path_of(d): t.encode() for d, t in days.items()})
    handler.fail_first[path_of("2025-11-04")] = 2  # two 500s, then the file
    handler.always_fail.add(path_of("2025-11-05"))  # 503 whatever happens
    handler.slow[path_of("2025-11-06")] = 20.0  # far longer than the timeout
    settings = replace(local, sync_source=f"{base}/archive/{{yyyy}}/{{mm}}/{{dd}}.md", sync_timeout=2.0, sync_retries=2)

    started = time.monotonic()
    report = sync(settings, today=date(2025, 11, 7), backoff=0.01)
    elapsed = time.monotonic() - started

    assert set(report.new) == {"2025-10-31", "2025-11-04"}
    assert set(report.changed) == {"2025-10-30"}
    assert len(report.invalid) == 1 and "unknown table header" in report.invalid[0]
    failed = {f.split(":")[0]: f for f in report.failed}
    assert set(failed) == {"2025-11-05", "2025-11-06"}
    assert "HTTP 503 (3 tries)" in failed["2025-11-05"]
    assert "timed out after 2 s (3 tries)" in failed["2025-11-06"]
    assert handler.log.count((path_of("2025-11-05"), 503)) == 3
    assert elapsed < 60, "the slow day is bounded by timeout × tries, not by the server"
    assert report.checked == (date(2025, 11, 7) - date(2025, 10, 24)).days + 1, "last known week re-checked"
    assert report.missing == report.checked - 7

    handler.always_fail.clear()
    handler.slow.clear()
    del handler.files[path_of("2025-11-05")], handler.files[path_of("2025-11-06")]
    handler.log.clear()
    again = sync(settings, today=date(2025, 11, 7), backoff=0.01)
    assert not again.ingested and not again.failed
    served = sorted(p for p, status in handler.log if status == 200)
    assert served == [path_of("2025-10-29"), path_of("2025-11-03")], "only what was never ingested is sent again"
    assert (path_of("2025-10-31"), 304) in handler.log


def test_http_sync_of_an_empty_index_asks_for_since(tmp_path, server):
    _handler, base = server
    settings = make_settings(tmp_path, synced_dir=tmp_path / "synced", sync_source=base)
    with pytest.raises(SyncError, match="give --since"):
        sync(settings)


# --- pure parts ---------------------------------------------------------------------------------


def test_source_kinds(tmp_path):
    assert source_kind("https://github.com/gabrielchua/daily-ai-papers.git") == "git"
    assert source_kind(str(tmp_path)) == "git"
    assert source_kind("https://raw.githubusercontent.com/x/y/main/archive/{yyyy}/{mm}/{dd}.md") == "http"
    with pytest.raises(SyncError, match="expected a git repository URL or an http"):
        source_kind("ftp://example.org/x")


def test_ingest_without_a_path_sees_synced_days_and_prefers_them_to_their_namesakes(tmp_path):
    data, synced = tmp_path / "data", tmp_path / "synced"
    data.mkdir()
    synced.mkdir()
    for name in ("2025-10-29.md", "2025-10-30.md"):
        (data / name).write_text("x")
    (synced / "2025-10-30.md").write_text("y")
    (synced / "2025-10-31.md").write_text("z")
    (synced / STATE_FILE).write_text("{}")
    settings = make_settings(tmp_path, data_dir=data, synced_dir=synced)
    assert digest_sources(settings) == [data / "2025-10-29.md", synced / "2025-10-30.md", synced / "2025-10-31.md"]


def test_rag_sync_cli_reports_as_json_and_ingest_then_sees_the_days(local, repo, tmp_path):
    from tests.test_cli import rag

    env = {
        "RAG_INDEX_DIR": str(local.index_dir),
        "RAG_CACHE_DIR": str(local.cache_dir),
        "RAG_DATA_DIR": str(local.data_dir),
        "RAG_SYNCED_DIR": str(local.synced_dir),
        "RAG_SYNC_SOURCE": str(repo),
    }
    out = json.loads(rag("sync", "--json", env=env).stdout)
    assert out["new_days"].keys() == {"2025-10-31"} and out["changed_days"].keys() == {"2025-10-30"}
    assert "unknown table header" in out["invalid"][0]
    out = json.loads(rag("sync", "--json", env=env).stdout)
    assert not out["new_days"] and not out["changed_days"] and out["unchanged_days"] == 3
    bad = rag("sync", "--since", "31-10-2025", env=env, check=False)
    assert bad.returncode == 1 and "expected a date as YYYY-MM-DD" in bad.stderr
    out = json.loads(rag("ingest", "--json", env=env).stdout)
    assert out["files"] == 3 and out["added"] == 0

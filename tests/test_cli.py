"""The `rag` command: in-process through click's CliRunner (fast), and as a real subprocess (slow)."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from rag.cli import cli
from rag.settings import Settings
from tests.conftest import DIGESTS

RAG = [sys.executable, "-m", "rag.cli"]


def env_for(index_dir: Path, cache_dir: Path) -> dict[str, str]:
    return {
        "RAG_INDEX_DIR": str(index_dir),
        "RAG_CACHE_DIR": str(cache_dir),
        "RAG_LLM": "auto",
        "RAG_LLM_BASE_URL": "",
        "RAG_LLM_API_KEY": "",
        "OPENAI_API_KEY": "",
    }


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    return env_for(tmp_path / "chroma", tmp_path / "cache")


@pytest.fixture
def week_env(week_settings: Settings) -> dict[str, str]:
    return env_for(week_settings.index_dir, week_settings.cache_dir)


def run(*args: str, env: dict[str, str], input: str | None = None) -> Result:
    return CliRunner().invoke(cli, list(args), env=env, input=input, catch_exceptions=False)


def ok(*args: str, env: dict[str, str], input: str | None = None) -> Result:
    result = run(*args, env=env, input=input)
    assert result.exit_code == 0, result.output
    return result


def test_python_dash_m_rag_is_the_rag_command(env):
    done = subprocess.run([sys.executable, "-m", "rag", "--help"], env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0 and done.stdout.startswith("Usage: rag ") and "ingest" in done.stdout


def test_search_on_an_empty_index_says_what_to_do(env):
    out = run("search", "mcts", env=env)
    assert out.exit_code == 1 and "is empty: run `rag ingest` first" in out.stderr


def test_an_empty_index_beside_a_checkouts_index_says_how_to_use_that(env, tmp_path, monkeypatch):
    """After `make demo` the index is in ./.rag; a plain `rag` reads the platform's folder."""
    monkeypatch.chdir(tmp_path)
    out = run("search", "mcts", env={**env, "RAG_HOME": None})  # type: ignore[dict-item]
    assert "RAG_HOME=$PWD/.rag" not in out.stderr
    (tmp_path / ".rag" / "chroma").mkdir(parents=True)
    out = run("search", "mcts", env={**env, "RAG_HOME": None})  # type: ignore[dict-item]
    assert out.exit_code == 1 and "export RAG_HOME=$PWD/.rag" in out.stderr


def test_ingest_of_a_bad_file_names_it_and_writes_nothing(env, tmp_path):
    bad = tmp_path / "bad.md"
    bad.write_text("## Papers for 2025-02-02\n\n| Paper | Venue |\n|---|---|\n")
    out = run("ingest", str(bad), env=env)
    assert out.exit_code == 1
    assert f"{bad}:3: unknown table header" in out.stderr and "the index is as it was" in out.stderr


@pytest.mark.parametrize(
    "args",
    [
        ("search", "x", "--since", "22-01-2025"),
        ("ask", "x", "--until", "22-01-2025"),
        ("chat", "--since", "22-01-2025"),
        ("briefing", "--from", "22-01-2025", "--to", "2025-01-26"),
    ],
)
def test_bad_date_flag_is_rejected_before_the_index_is_opened(env, args):
    out = run(*args, env=env)
    assert out.exit_code == 2, out.output
    assert "'22-01-2025': expected a date as YYYY-MM-DD" in out.stderr
    assert "is empty" not in out.output and not Path(env["RAG_INDEX_DIR"]).exists()


def test_ingest_search_ask_stats_in_process(env, tmp_path):
    folder = tmp_path / "d"
    folder.mkdir()
    for name in ("2025-01-22.md", "2025-01-22.seed-classification.md"):
        (folder / name).write_text((DIGESTS / name).read_text())
    (folder / "2025-01-23.md").write_text(
        "## Papers for 2025-01-23\n\n| Title | Authors | Summary |\n|---|---|---|\n| Only one cell |\n"
    )
    ingested = json.loads(ok("ingest", str(folder), "--json", env=env).stdout)
    assert ingested["added"] == 15 and ingested["rows_skipped"] == 1 and ingested["embedded"] == 0
    assert ingested["warnings"] == [f"{folder / '2025-01-23.md'}:5: expected 3 cells, found 1; row skipped"]
    again = json.loads(ok("ingest", str(folder), "--json", env=env).stdout)
    assert (again["unchanged"], again["embedded"]) == (15, 0)

    hits = json.loads(ok("search", "which papers use MCTS?", "-k", "3", "--mode", "bm25", "--json", env=env).stdout)
    assert [h["id"] for h in hits[:2]] == ["2501.11425", "2501.11223"]
    assert {"id", "title", "score", "date", "url"} <= set(hits[0])
    text = ok("search", "which papers use MCTS?", "-k", "2", "--mode", "bm25", env=env).stdout
    assert " 1. " in text and "https://arxiv.org/abs/2501.11425" in text

    answer = json.loads(ok("ask", "which papers use MCTS?", "--mode", "bm25", "--json", env=env).stdout)
    assert answer["backend"] == "extractive"
    assert [c["id"] for c in answer["citations"]] == ["2501.11425", "2501.11223"]
    assert {"answer", "citations", "sources", "backend", "timings"} <= set(answer)

    stats = json.loads(ok("stats", "--json", env=env).stdout)
    assert stats["papers"] == 15 and stats["first_day"] == stats["last_day"] == "2025-01-22"


def test_ask_prints_the_answer_and_its_sources(week_env):
    out = ok(
        "ask",
        "which papers use MCTS?",
        "--since",
        "2025-01-22",
        "--until",
        "2025-01-22",
        "--mode",
        "bm25",
        env=week_env,
    )
    assert "2 papers in the digests match" in out.stdout
    assert "\n[1] Agent-R" in out.stdout and "https://arxiv.org/abs/2501.11223" in out.stdout
    assert "(extractive;" in out.stderr


def test_an_empty_search_says_why(week_env):
    out = ok("search", "mcts", "--since", "2030-01-01", env=week_env)
    assert "No paper in the corpus is dated from 2030-01-01 on; it covers " in out.stdout
    unknown = ok("search", "mcts", "--category", "Nonexistent", "--json", env=week_env)
    assert json.loads(unknown.stdout) == [] and "category 'Nonexistent': no paper carries it" in unknown.stderr


def test_search_prints_each_sides_score_not_the_fused_one(week_env):
    out = ok("search", "which papers use MCTS?", "--mode", "bm25", "-k", "2", env=week_env).stdout
    first, second = out.splitlines()[:2]
    assert first.startswith(" 1. 2025-01-22  ")
    assert re.search(r"^    https://arxiv\.org/abs/\S+ .*  \(bm25 \d+\.\d\)$", second)


def test_ask_writes_an_html_page_with_its_references(week_env, tmp_path):
    page = tmp_path / "answer.html"
    out = ok("ask", "which papers use MCTS?", "--mode", "bm25", "--format", "html", "--out", str(page), env=week_env)
    assert "papers cited" in out.stdout
    html = page.read_text()
    assert html.startswith("<!doctype html>") and "<h2>References</h2>" in html
    assert 'href="https://arxiv.org/abs/2501.11223"' in html


def test_cite_takes_json_as_every_printing_command_does(week_env):
    data = json.loads(ok("cite", "2501.11425", "--json", env=week_env).stdout)
    assert [p["id"] for p in data] == ["2501.11425"] and data[0]["bibtex"].startswith("@misc{")


@pytest.mark.parametrize(
    ("args", "line"),
    [
        (("search", "mcts", "-k", "100000"), "k 100000: expected 1 to 100"),
        (("search", "mcts", "-k", "0"), "k 0: expected 1 to 100"),
        (("ask", "what is MCTS?", "-k", "0"), "k 0: expected 1 or more"),
    ],
)
def test_k_is_bounded_in_the_apis_words(week_env, args, line):
    out = run(*args, env=week_env)
    assert out.exit_code == 1 and f"Error: {line}" in out.stderr


def test_a_filtered_search_lists_only_papers_on_its_topic(week_env, week_settings):
    from rag.retrieve import Retriever

    hits = json.loads(ok("search", "agents", "--until", "2025-01-21", "-k", "20", "--json", env=week_env).stdout)
    days = [p for p in Retriever(week_settings).papers if min(p.dates) <= "2025-01-21"]
    assert hits and len(hits) < min(20, len(days)), "not every paper of those days"
    text = {p.id: " ".join([p.title, *p.summaries]) for p in days}
    assert all(re.search(r"\bagent", text[h["id"]], re.I) for h in hits)


def test_ask_out_without_html_is_refused(week_env, tmp_path):
    result = run("ask", "which papers use MCTS?", "--out", str(tmp_path / "a.html"), env=week_env)
    assert result.exit_code != 0 and "--format html" in result.output


def test_chat_condenses_a_follow_up_in_process(week_env):
    out = ok("chat", "--mode", "bm25", env=week_env, input="which papers use MCTS?\nand which of those have code?\n")
    answers = out.stdout.split("you> ")
    assert "which papers use MCTS" in answers[1] and "2501.11425" in answers[1]
    assert "https://github.com/bytedance/Agent-R" in answers[2] and "https://github.com/spcl/x1" in answers[2]


def test_chat_keeps_the_period_a_turn_narrowed_the_list_to(week_env):
    """The chat remembers each turn as asked: "how many is that?" counts the list of the turn before, whose
    period its retrieval text no longer writes."""
    turns = "which papers use MCTS?\nonly the ones from 2025-01-22\nhow many is that?\n"
    answers = ok("chat", "--mode", "bm25", env=week_env, input=turns).stdout.split("you> ")
    week, day, count = (a.strip().splitlines()[1] for a in answers[1:4])  # after the echoed question
    assert day != week and count == day


def test_briefing_of_the_week_and_of_an_empty_range(week_env, tmp_path):
    md = ok("briefing", "--week", "2025-W04", env=week_env).stdout
    assert md.startswith("# Briefing: 2025-01-20 to 2025-01-26") and "https://arxiv.org/abs/2501.11425" in md
    out = tmp_path / "week.html"
    said = ok(
        "briefing", "--from", "2025-01-20", "--to", "2025-01-26", "--format", "html", "--out", str(out), env=week_env
    )
    assert said.stdout.startswith("48 papers,") and out.read_text().startswith("<!doctype html>")
    empty = run("briefing", "--week", "2030-W02", env=week_env)
    assert empty.exit_code == 1
    assert "no papers between 2030-01-07 and 2030-01-13; the corpus covers 2025-01-20 to 2025-01-24" in empty.stderr
    assert "give --week" in run("briefing", env=week_env).stderr
    weeks = run("briefing", "--week", "last", "--weeks", "3", env=week_env)
    assert weeks.exit_code == 1 and "--weeks is for the Atom feed (--format atom)" in weeks.stderr


def rag(*args: str, env: dict[str, str], check: bool = True) -> subprocess.CompletedProcess:
    return subprocess.run(
        [*RAG, *args], capture_output=True, text=True, env={**os.environ, **env}, check=check, timeout=300
    )


def test_a_failure_under_json_is_json_on_stdout_and_a_line_on_stderr(env):
    failed = rag("ask", "what is GRPO?", "--json", env=env, check=False)
    assert failed.returncode == 1 and "is empty: run `rag ingest` first" in json.loads(failed.stdout)["error"]
    assert failed.stderr.startswith("Error: ") and "Traceback" not in failed.stderr
    misspelt = rag("search", "x", "--jsno", env=env, check=False)
    assert misspelt.returncode == 2 and misspelt.stdout == "" and "No such option" in misspelt.stderr


@pytest.mark.slow
def test_ingest_search_ask_stats_as_json(env, tmp_path):
    """The same commands as a user runs them: a real process, the default (hybrid) mode and the real model."""
    folder = tmp_path / "d"
    folder.mkdir()
    for name in ("2025-01-22.md", "2025-01-22.seed-classification.md"):
        (folder / name).write_text((DIGESTS / name).read_text())
    ingested = json.loads(rag("ingest", str(folder), "--json", env=env).stdout)
    assert ingested["added"] == 15

    hits = json.loads(rag("search", "which papers use MCTS?", "-k", "3", "--json", env=env).stdout)
    assert [h["id"] for h in hits[:2]] == ["2501.11425", "2501.11223"]
    assert hits[0]["dense"] is not None and hits[0]["bm25"] is not None

    answer = json.loads(rag("ask", "which papers use MCTS?", "--json", env=env).stdout)
    assert answer["backend"] == "extractive"
    assert [c["id"] for c in answer["citations"]] == ["2501.11425", "2501.11223"]

    bad = rag("search", "x", "--since", "22-01-2025", env=env, check=False)
    assert bad.returncode == 2 and "expected a date as YYYY-MM-DD" in bad.stderr and "Traceback" not in bad.stderr


@pytest.mark.slow
def test_chat_condenses_a_follow_up_in_the_terminal(env, tmp_path):
    folder = tmp_path / "d"
    folder.mkdir()
    for name in ("2025-01-22.md", "2025-01-22.seed-classification.md", "2025-01-20.md"):
        (folder / name).write_text((DIGESTS / name).read_text())
    rag("ingest", str(folder), env=env)
    out = subprocess.run(
        [*RAG, "chat"],
        input="which papers use MCTS?\nand which of those have code?\n",
        capture_output=True,
        text=True,
        env={**os.environ, **env},
        timeout=300,
        check=True,
    )
    answers = out.stdout.split("you> ")
    assert "2 papers in the digests match" in answers[1]
    assert "https://github.com/bytedance/Agent-R" in answers[2] and "https://github.com/spcl/x1" in answers[2]

"""Terminal rendering: the layout rules on hand-built answers, then `rag ask` in a real pseudo-terminal."""

from __future__ import annotations

import os
import pty
import re
import select
import shutil
import struct
import subprocess
import sys
import time
from pathlib import Path

import pytest

from rag.answer import Answer, Source
from rag.papers import Paper
from rag.render import answer_plain, layout, plural, stats_table
from rag.retrieve import Hit

ANSI_RE = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)")


def paper(n: int, title: str, date: str = "2025-01-22", code: str = "") -> Paper:
    return Paper(
        id=f"2501.0000{n}",
        title=title,
        dates=[date],
        summaries=[f"Summary {n}."],
        code_urls=[code] if code else [],
    )


def answer_of(text: str, *papers: Paper) -> Answer:
    sources = [Source(i, Hit(p, 1.0)) for i, p in enumerate(papers, 1)]
    return Answer("q", "q", text, sources, backend="extractive", covered=True)


def test_list_items_naming_a_paper_become_its_one_entry():
    a, b, c = (
        paper(1, "Agent-R: Reflecting Agents"),
        paper(2, "A Blueprint", code="https://github.com/x/y"),
        paper(3, "X"),
    )
    text = (
        "3 papers in the digests match:\n"
        "- **Agent-R: Reflecting Agents** (2025-01-22) [1]: It uses MCTS.\n"
        "- **A Blueprint** (2025-01-22) [2]: Trees, chains.\n"
        "Both build on [3]."
    )
    plan = layout(answer_of(text, a, b, c))
    kinds = [type(block).__name__ for block in plan.blocks]
    assert kinds == ["str", "Entry", "Entry", "str"]
    assert plan.blocks[1].note == "It uses MCTS." and plan.blocks[2].note == "Trees, chains."
    assert [e.n for e in plan.sources] == [3]
    plain = answer_plain(answer_of(text, a, b, c))
    assert "**" not in plain
    for p in (a, b, c):
        assert plain.count(p.title) == 1 and plain.count(p.url) == 1
    assert "https://github.com/x/y" in plain


def test_a_summary_theme_named_by_a_papers_title_stays_a_theme():
    a, b = paper(1, "Quokka"), paper(2, "Other")
    text = "2 papers match: on all topics, in 1 theme.\n- **Quokka** (2 papers): It sorts [1]. Also: Other [2]."
    plan = layout(answer_of(text, a, b))
    assert [type(block).__name__ for block in plan.blocks] == ["str"]
    assert [e.n for e in plan.sources] == [1, 2]
    assert "Quokka (2 papers): It sorts [1]." in answer_plain(answer_of(text, a, b))


def test_prose_citations_are_listed_under_sources_once():
    a = paper(1, "Only Paper")
    plain = answer_plain(answer_of("It scored **24.6** [1]. Again [1].", a))
    assert plain.startswith("It scored 24.6 [1]. Again [1].")
    assert plain.count("Only Paper") == 1 and "Sources:" in plain


def test_plurals():
    assert (
        plural(1, "paper") == "1 paper" and plural(2, "paper") == "2 papers" and plural(4894, "paper") == "4,894 papers"
    )


def test_stats_table_lists_figures_and_categories():
    from rich.console import Console

    console = Console(width=60, record=True, file=open(os.devnull, "w"))  # noqa: SIM115
    console.print(
        stats_table(
            {
                "papers": 4894,
                "days": 302,
                "first_day": "2024-09-05",
                "last_day": "2025-10-30",
                "with_code": 7,
                "with_data": 3,
                "categories": {"Multimodal": 13},
            }
        )
    )
    text = console.export_text()
    assert "4,894" in text and "Multimodal" in text and "13" in text


def run_in_pty(args: list[str], env: dict[str, str], columns: int, timeout: float = 300) -> str:
    """Run a command with stdout on a pseudo-terminal of `columns` width; return what it printed there."""
    import fcntl
    import termios

    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 50, columns, 0, 0))
    proc = subprocess.Popen(args, stdin=subprocess.DEVNULL, stdout=slave, stderr=subprocess.PIPE, env=env)
    os.close(slave)
    chunks: list[bytes] = []
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        ready, _, _ = select.select([master], [], [], 0.5)
        if ready:
            try:
                data = os.read(master, 65536)
            except OSError:  # the child closed the terminal
                break
            if not data:
                break
            chunks.append(data)
        elif proc.poll() is not None:
            break
    proc.wait(timeout=30)
    os.close(master)
    assert proc.returncode == 0, proc.stderr.read().decode()
    return b"".join(chunks).decode("utf-8", "replace")


@pytest.fixture(scope="module")
def small_index(tmp_path_factory):
    from rag.embed import Embedder
    from rag.index import PaperIndex
    from rag.ingest import ingest
    from tests.conftest import DIGESTS, make_settings

    home = tmp_path_factory.mktemp("render")
    folder = home / "digests"
    folder.mkdir()
    for name in ("2025-01-22.md", "2025-01-22.seed-classification.md", "2025-01-20.md"):
        shutil.copy(DIGESTS / name, folder / name)
    settings = make_settings(home)
    ingest([folder], PaperIndex(settings), Embedder(settings))
    return home


@pytest.mark.slow
def test_rag_ask_in_a_terminal_is_rendered_once_and_within_the_width(small_index: Path):
    env = {
        **os.environ,
        "RAG_INDEX_DIR": str(small_index / "chroma"),
        "RAG_CACHE_DIR": str(small_index / "cache"),
        "RAG_LLM": "extractive",
        "COLUMNS": "80",
        "TERM": "xterm-256color",
    }
    env.pop("NO_COLOR", None)
    out = run_in_pty([sys.executable, "-m", "rag.cli", "ask", "which papers use MCTS?"], env, columns=80)
    text = ANSI_RE.sub("", out).replace("\r\n", "\n")
    assert "\x1b[" in out, "a terminal gets styled output"
    assert "**" not in text
    assert "2 papers in the digests match" in text
    lines = text.splitlines()
    assert all(len(line) <= 80 for line in lines), max(lines, key=len)
    for url in ("https://arxiv.org/abs/2501.11425", "https://arxiv.org/abs/2501.11223"):
        assert text.count(url) == 1
    assert text.count("Agent-R: Training Language Model") == 1
    (Path(__file__).resolve().parent.parent / "artifacts").mkdir(exist_ok=True)
    (Path(__file__).resolve().parent.parent / "artifacts" / "rag-ask-tty.txt").write_text(text, encoding="utf-8")

    piped = subprocess.run(
        [sys.executable, "-m", "rag.cli", "ask", "which papers use MCTS?"],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=True,
    )
    assert "\x1b[" not in piped.stdout and "**" not in piped.stdout
    assert piped.stdout.count("https://arxiv.org/abs/2501.11425") == 1

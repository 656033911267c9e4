"""Score eval/compounds_dev.jsonl: a compound typed closed, hyphenated or open otherwise than the papers write it
("superresolution", "auto-encoders", "in context learning"), and two-word phrases with a transposition typo
("gausian spalting"). A row passes when its answer cites as many papers as the answer to `same_as` (the
corpus's own spelling) within 10 % (at least 1), at least 90 % of that answer's papers among them.

Run: `python eval/score_compounds_dev.py [--half tune|check] [-v]` with RAG_HOME pointing at an index.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from eval.devsets import run_judged  # noqa: E402


def judge(row: dict, answerer: Any) -> list[str]:
    """The reasons a row fails (empty: it passes)."""
    got = {c["id"] for c in answerer.ask(row["question"]).citations}
    want = {c["id"] for c in answerer.ask(row["same_as"]).citations}
    if abs(len(got) - len(want)) <= max(1, 0.1 * len(want)) and len(got & want) >= 0.9 * len(want):
        return []
    return [f"cites {len(got)}, {len(got & want)} of the {len(want)} {row['same_as']!r} cites"]


def main() -> None:
    run_judged("compounds_dev.jsonl", judge, lambda row: row["kind"])


if __name__ == "__main__":
    main()

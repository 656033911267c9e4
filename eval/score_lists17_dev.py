"""Score eval/lists17_dev.jsonl: one list topic written in several forms (eval/lists17_dev.md).

Rule: every form of a row (`question`, then `forms`) cites one set of papers, exactly, and that set holds at least
`SHARE` of `named` (the papers whose title + summary names the topic in any form). A failure shows each form's
count and how many of `named` it holds.

With `--named` (a second figure, job lists20) the forms must agree on the papers of `named` only: each spelling may
keep the looser finds it has of its own (a paper naming neither form), which the exact rule counts against it.

Run: `python eval/score_lists17_dev.py [--half tune|check] [--named] [-v]` with RAG_HOME pointing at an index.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from eval.devsets import run_judged  # noqa: E402

# Some papers naming the topic name it in passing (a result "on math reasoning tasks"), which a list may leave out.
SHARE = 0.75
NAMED_ONLY = "--named" in sys.argv
if NAMED_ONLY:
    sys.argv.remove("--named")


def judge(row: dict, answerer: Any) -> list[str]:
    named = set(row["named"])
    found = {q: {str(c["id"]) for c in answerer.ask(q).citations} for q in [row["question"], *row["forms"]]}
    sets = [s & named for s in found.values()] if NAMED_ONLY else list(found.values())
    same = all(s == sets[0] for s in sets)
    share = len(sets[0] & named) / max(len(named), 1)
    if same and share >= SHARE:
        return []
    return [f"{q!r}: {len(s)} papers, {len(s & named)}/{len(named)} named" for q, s in found.items()]


if __name__ == "__main__":
    run_judged("lists17_dev.jsonl", judge, lambda row: row["type"])

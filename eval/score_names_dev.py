"""Score eval/names_dev.jsonl: hyphenated and compound names ("DPO-Shift", "MCTS-RAG", "speech-to-speech",
"Llama-Nemotron", "7-billion") asked as how / what, lists, size qualifiers and labs (eval/names_dev.md).

A row passes when its answer meets every field it has: the first paper cited is one of `lead` (or, where the
row has `note`, the answer holds that sentence instead) and none of `lacks_lead`; the answer holds `phrase` and
no `not_phrase` (regular expressions); it cites every `must_cite` paper, at least `at_least` of
`cites_some_of`, none of `must_not_cite`, and at most `cites_max` papers.

Run: `python eval/score_names_dev.py [--half tune|check] [-v]` with RAG_HOME pointing at an index.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from eval.devsets import cited_in_order, run_judged  # noqa: E402
from eval.score_who_dev import failures as rule_failures  # noqa: E402


def failures(row: dict, answer: Any) -> list[str]:
    """What the answer misses of the row's rule; [] when it passes."""
    text = answer.answer
    first = next(iter(cited_in_order(answer)), "")
    why: list[str] = []
    noted = bool(row.get("note")) and re.search(row["note"], text) is not None
    if "lead" in row and not noted and first not in row["lead"]:
        why.append(f"leads with {first or 'nothing'}")
    if first and first in row.get("lacks_lead", []):
        why.append(f"leads with {first}")
    return why + rule_failures(row, answer)


def judge(row: dict, answerer: Any) -> list[str]:
    return failures(row, answerer.ask(row["question"]))


if __name__ == "__main__":
    run_judged("names_dev.jsonl", judge, lambda row: row["kind"])

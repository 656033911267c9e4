"""Score eval/advice_dev.jsonl: advice between two options (eval/advice_dev.md). Where papers of the corpus are on
both options ("should I use LoRA or full fine-tuning?") the answer compares them (intent compare, a paper cited);
where they are not ("should I learn Rust or Go?") it says what the digests hold and cites nothing.

Run: `python eval/score_advice_dev.py [--half tune|check] [-v]` with RAG_HOME pointing at an index.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from eval.devsets import judging, run_judged  # noqa: E402


def passes(row: dict, answer: Any) -> bool:
    if row["expect"] == "compare":
        return answer.intent == "compare" and bool(answer.citations)
    return not answer.citations and "digests hold" in answer.answer


if __name__ == "__main__":
    run_judged("advice_dev.jsonl", judging(passes), kind=lambda row: row["expect"])

"""Score eval/lists21_dev.jsonl: list questions with a qualifier or a task noun's near-synonym (eval/lists21_dev.md).

Rules: a `pr` row passes when the papers cited hold at least `SHARE` of `gold` (recall) and at least `SHARE` of
them are in `gold` or `optional` (precision); a `dllm` row when it cites at least `SHARE` of `keep` and every paper
it cites writes "diffusion".

Run: `python eval/score_lists21_dev.py [--half tune|check] [-v]` with RAG_HOME pointing at an index.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from eval.devsets import list_failures, run_judged  # noqa: E402

SHARE = 0.9


def judge(row: dict, answerer: Any) -> list[str]:
    cited = {str(c["id"]) for c in answerer.ask(row["question"]).citations}
    if row["type"] == "dllm":
        keep = set(row["keep"])
        texts = {p.id: f"{p.title} {' '.join(p.summaries)}" for p in answerer.retriever.papers}
        loose = sorted(i for i in cited if not re.search("diffusion", texts[i], re.I))
        lost = sorted(keep - cited)
        ok = len(keep & cited) >= SHARE * len(keep) and not loose
        return [] if ok else [f"{len(cited)} cited, {len(keep & cited)}/{len(keep)} keep, lost {lost}, loose {loose}"]
    return list_failures(cited, row, SHARE)


if __name__ == "__main__":
    run_judged("lists21_dev.jsonl", judge, lambda row: row["type"])

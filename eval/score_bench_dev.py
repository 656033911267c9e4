"""Score eval/bench_dev.jsonl (benchmark questions with a condition: a threshold, two benchmarks) with the rules of
eval/score_intents_dev.py: the answer's intent, its figures, at least `at_least` of the judged papers cited and
none of `cites_none_of`.

Run: `python eval/score_bench_dev.py [--half tune|check] [-v]` with RAG_HOME pointing at an index.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from eval import score_intents_dev  # noqa: E402

if __name__ == "__main__":
    if not any(a.startswith("--set") for a in sys.argv[1:]):
        sys.argv[1:1] = ["--set", str(ROOT / "eval" / "bench_dev.jsonl")]
    score_intents_dev.main()

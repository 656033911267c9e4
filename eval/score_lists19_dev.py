"""Score eval/lists19_dev.jsonl (fourteen drawn acronyms, eval/lists19_dev.md) with gold2's list scorer.

The scoring is eval/score_lists16_dev.py's (gold2's `list_scores` per row; micro, macro, rule count); this only
points it at this set. `--set` still overrides it.

    python eval/score_lists19_dev.py [--half tune|check] [-v] [--json OUT]
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from eval.score_lists16_dev import main  # noqa: E402

if __name__ == "__main__":
    if "--set" not in sys.argv:
        sys.argv[1:1] = ["--set", str(ROOT / "eval" / "lists19_dev.jsonl")]
    main()

"""Score eval/lists18_dev.jsonl (list precision: head words, acronym senses, qualifiers) with gold2's list rule.

The scoring is eval/score_lists16_dev.py's (rag.rules.list_scores per row, micro, macro, rule count); this file only
points it at this set. See eval/lists18_dev.md.

    python eval/score_lists18_dev.py [--half tune|check] [-v] [--json OUT]
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from eval.score_lists16_dev import main  # noqa: E402

if __name__ == "__main__":
    if "--set" not in sys.argv:
        sys.argv[1:1] = ["--set", str(ROOT / "eval" / "lists18_dev.jsonl")]
    main()

"""Draw the topics for the fourth list dev set (eval/lists_dev4.jsonl) at random, with a fixed seed.

Same pool as lists_dev3 (`make_lists_dev3`: two- and three-word phrases at least two titles write,
named by 5-30 papers), less lists_dev3's 30 draws and the topics issue 10's defect list names
(quantization, unlearning, token pruning/reduction/merging, text generation, tokenizer), so the set
measures phrase and description topics nobody tuned on. A person skips draws that are no technique
or topic (in draw order), writes each question either as the phrase or as a description in other
words, judges every candidate by reading its summary, and alternates tune / check.
Run: `python eval/make_lists_dev4.py > eval/lists_dev4-picks.json`.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from eval import make_lists_dev3  # noqa: E402

SEED = 2026_1126_4
DRAW = 40
# Words of the topics the defect list already names: a dev set of them would tune on the defects.
DEFECT_WORDS = frozenset("quantization quantized unlearning token tokens tokenizer pruning merging text".split())


def main() -> None:
    dev3 = json.loads((ROOT / "eval" / "lists_dev3-picks.json").read_text())
    pool, named_by = make_lists_dev3.phrase_pool(frozenset(x["phrase"] for x in dev3["lists"]), DEFECT_WORDS)
    make_lists_dev3.print_draw(pool, named_by, SEED, DRAW)


if __name__ == "__main__":
    main()

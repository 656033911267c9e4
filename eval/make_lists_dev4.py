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
import random
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from eval import make_lists_dev, make_lists_dev3  # noqa: E402
from eval.make_gold2 import FIRST_SET  # noqa: E402

SEED = 2026_1126_4
DRAW = 40
# Words of the topics the defect list already names: a dev set of them would tune on the defects.
DEFECT_WORDS = frozenset("quantization quantized unlearning token tokens tokenizer pruning merging text".split())


def main() -> None:
    papers, acronyms, taken = make_lists_dev.corpus_and_taken()
    first = random.Random(make_lists_dev.SEED)
    taken |= set(first.sample(make_lists_dev.acronym_pool(acronyms, papers, taken, 8, 30), make_lists_dev.DRAW))
    dev2 = json.loads((ROOT / "eval" / "lists_dev2-picks.json").read_text())
    dev3 = json.loads((ROOT / "eval" / "lists_dev3-picks.json").read_text())
    taken |= {x["acronym"] for x in dev2["lists"]} | FIRST_SET
    taken_words = {make_lists_dev3.key(make_lists_dev3.words_of(acronyms.get(a, a))) for a in taken}
    taken_words |= {x["phrase"] for x in dev3["lists"]}
    grams = make_lists_dev3.grams
    words_of = make_lists_dev3.words_of
    in_titles: Counter[str] = Counter(g for p in papers for g in grams(words_of(p.title)))
    named_by: Counter[str] = Counter(g for p in papers for g in grams(words_of(p.text)))
    pool = sorted(
        g
        for g, n in in_titles.items()
        if n >= 2 and g not in taken_words and 5 <= named_by[g] <= 30 and not set(g.split()) & DEFECT_WORDS
    )
    rng = random.Random(SEED)
    drawn = rng.sample(pool, DRAW)
    out = [{"phrase": g, "papers": named_by[g]} for g in drawn]
    json.dump({"seed": SEED, "pool": len(pool), "lists": out}, sys.stdout, indent=1)
    print()


if __name__ == "__main__":
    main()

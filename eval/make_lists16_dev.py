"""Draw the topics of the sixteenth list dev set (eval/lists16_dev.jsonl) at random, with a fixed seed.

Issue 10's report split scores lists on topics nobody tuned for (list rule 0.14). This set draws topics from
the corpus's own word pairs and triples written by 4 to 25 papers (few enough to judge every pooled paper) and
asks each in one of the shapes that go wrong on new topics: a qualifier ("X in Y", "X for Y"), "X or Y", a kind
("datasets for X", "surveys of X", "benchmarks for X") or a casing (an acronym typed in small letters, a phrase
in capitals). A person keeps a drawn phrase when a user could ask for it as a topic, then picks the shape.
`--candidates SPEC.json` prints each row's pool: a grep of the topic's forms (one regex per row) and the papers
the current answer cites. Run: `python eval/make_lists16_dev.py`.
"""

from __future__ import annotations

import random
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from eval.make_lists15_dev import candidates, corpus, words  # noqa: E402
from rag.text import THEME_STOP  # noqa: E402

SEED = 2026_1128_16
DRAW = 150
LOW, HIGH = 4, 25


def phrases(papers: list, low: int = LOW, high: int = HIGH) -> list[tuple[str, int]]:
    """The two- and three-word phrases the draw picks from, with the number of papers writing each (`low` to
    `high` of them)."""
    df: Counter[str] = Counter()
    for p in papers:
        toks = words(f"{p.title} {p.summary}")
        grams = set()
        for n in (2, 3):
            for k in range(len(toks) - n + 1):
                g = toks[k : k + n]
                if g[0] in THEME_STOP or g[-1] in THEME_STOP or any(len(w) < 3 for w in g):
                    continue
                grams.add(" ".join(g))
        df.update(grams)
    return [(g, n) for g, n in sorted(df.items()) if low <= n <= high]


def main() -> None:
    papers = corpus()
    if len(sys.argv) > 2 and sys.argv[1] == "--candidates":
        candidates(papers, sys.argv[2])
        return
    pool = phrases(papers)
    print(f"{len(pool)} phrases")
    for g, n in random.Random(SEED).sample(pool, DRAW):
        print(f"{n:3d}  {g}")


if __name__ == "__main__":
    main()

"""Draw the topics of the eighteenth list dev set (eval/lists18_dev.jsonl) at random, with a fixed seed.

Lists keep papers whose text does not show they use or study the topic: a head word in another sense
("recognition" beside "speech recognition"), an acronym's other expansion ("MIA" as membership inference attack
and as multi-image augmented), loose mentions. This set draws three kinds of topic from the corpus: multi-word
techniques (two- and three-word phrases written by 4 to 20 papers), acronyms the corpus spells out in two or more
different ways (each sense by at least two papers), and phrases a person asks with a qualifier ("X in Y", "X for Y").
A person keeps a drawn item when a user could ask for it as a topic. `--candidates SPEC.json` prints each row's
pool (a regex per row and the papers the current answer cites), as make_lists15_dev does.
Run: `python eval/make_lists18_dev.py`.
"""

from __future__ import annotations

import random
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from eval.make_lists15_dev import candidates, corpus  # noqa: E402
from eval.make_lists16_dev import phrases  # noqa: E402
from rag.retrieve import mine_acronyms  # noqa: E402

SEED = 2026_1128_18
DRAW = 80
LOW, HIGH = 4, 20


def two_sense_acronyms(papers: list) -> list[tuple[str, dict[str, int]]]:
    """Acronyms spelled out with two or more different first words, each by two papers or more."""
    senses: dict[str, Counter[str]] = defaultdict(Counter)
    for p in papers:
        for acronym, expansion in mine_acronyms([f"{p.title}. {p.summary}"]).items():
            senses[acronym.rstrip("s")][expansion.lower()] += 1
    out = []
    for acronym, spelled in sorted(senses.items()):
        firsts = Counter()
        for expansion, n in spelled.items():
            firsts[expansion.split()[0]] += n
        if len(acronym) >= 2 and sum(1 for n in firsts.values() if n >= 2) >= 2:
            out.append((acronym, dict(spelled.most_common(6))))
    return out


def main() -> None:
    papers = corpus()
    if len(sys.argv) > 2 and sys.argv[1] == "--candidates":
        candidates(papers, sys.argv[2])
        return
    rng = random.Random(SEED)
    pool = phrases(papers, LOW, HIGH)
    print(f"{len(pool)} phrases")
    for g, n in rng.sample(pool, DRAW):
        print(f"{n:3d}  {g}")
    acros = two_sense_acronyms(papers)
    print(f"{len(acros)} acronyms with two senses")
    for acronym, spelled in rng.sample(acros, min(30, len(acros))):
        print(f"  {acronym}: {spelled}")


if __name__ == "__main__":
    main()

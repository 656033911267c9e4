"""Draw the topics of eval/lists23_dev.jsonl and print each one's candidate pool (eval/lists23_dev.md).

`python eval/make_lists23_dev.py draw` prints 60 two-word title phrases (no stop word, written by 4 to 30 papers'
title + summary) and 30 title acronyms (an all-capital token of 2 to 6 letters in 3 to 30 titles, with the
expansions the corpus writes for it), drawn with `random.Random(23)`. `python eval/make_lists23_dev.py pool`
prints, for each row of the set, its pool: the papers the start code (26ea98c) cites for the row's question
together with those whose title + summary match the row's `grep`, which were read before `gold` and `optional`
were written into the rows by hand.
"""

from __future__ import annotations

import itertools
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from eval.make_lists22_dev import STOP  # noqa: E402


def draw() -> None:
    from rag.catalogue import load
    from rag.settings import Settings

    papers = sorted(load(Settings.from_env()).papers, key=lambda p: p.id)
    texts = [f"{p.title} {' '.join(p.summaries)}".lower() for p in papers]
    titled: Counter[str] = Counter()
    acronyms: Counter[str] = Counter()
    for paper in papers:
        words = re.findall(r"[a-z][a-z0-9-]+", paper.title.lower())
        titled.update({f"{a} {b}" for a, b in itertools.pairwise(words) if a not in STOP and b not in STOP})
        acronyms.update(set(re.findall(r"\b[A-Z]{2,6}\b", paper.title)))
    rng = random.Random(23)
    phrases = sorted(p for p, n in titled.items() if n >= 2)
    for phrase in rng.sample(phrases, 200):
        n = sum(phrase in text for text in texts)
        if 4 <= n <= 30:
            print(n, phrase)
    for acronym in rng.sample(sorted(a for a, n in acronyms.items() if 3 <= n <= 30), 30):
        spelled = Counter(
            m.group(1).strip().lower()
            for p in papers
            for m in re.finditer(rf"((?:[A-Za-z-]+ ){{1,5}})\({acronym}s?\)", f"{p.title} {' '.join(p.summaries)}")
        )
        print(acronyms[acronym], acronym, dict(spelled.most_common(4)))


def pools() -> None:
    from rag.answer import Answerer
    from rag.settings import Settings

    answerer = Answerer(Settings.from_env(llm="extractive"))
    texts = {p.id: f"{p.title} {' '.join(p.summaries)}" for p in answerer.retriever.papers}
    wanted = set(sys.argv[2:])
    for line in (ROOT / "eval" / "lists23_dev.jsonl").read_text().splitlines():
        row = json.loads(line)
        if wanted and row["id"] not in wanted:
            continue
        cited = {str(c["id"]) for c in answerer.ask(row["question"]).citations}
        grep = {i for i, text in texts.items() if re.search(row["grep"], text, re.I)}
        print(row["id"], len(cited), len(grep), sorted(cited | grep), "cited-not-grep:", sorted(cited - grep))


if __name__ == "__main__":
    draw() if sys.argv[1:] == ["draw"] else pools()

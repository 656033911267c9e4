"""Draw the topics of eval/lists22_dev.jsonl and print each one's candidate pool (eval/lists22_dev.md).

`python eval/make_lists22_dev.py draw` prints 120 phrases drawn with `random.Random(22)` from the two- and
three-word phrases (no stop word) that 8 to 60 papers' title + summary write; the rows' topics are the first that
name a research subject (a method, a model family, a task or a field), in the drawn order, whose pool is at most
40 papers. `python eval/make_lists22_dev.py pool` prints, for each row of the set, its pool: the papers the start
code (c520f1e) cites for the row's question together with those whose title + summary match the row's `grep`,
which were read paper by paper before `gold` and `optional` were written into the rows by hand.
"""

from __future__ import annotations

import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

STOP = set(
    "a an the of for and or to in on with by from via as at is are be we our this that these its it their into "
    "using based new than more most over under between across without within large paper approach method methods "
    "model models results show shows propose proposes proposed study work task tasks performance data framework "
    "existing novel significant state art such can which while both also each other llm llms language".split()
)


def draw() -> None:
    from rag.catalogue import load
    from rag.settings import Settings

    papers = sorted(load(Settings.from_env()).papers, key=lambda p: p.id)
    count: Counter[str] = Counter()
    for paper in papers:
        words = re.findall(r"[a-z][a-z0-9-]+", f"{paper.title} {' '.join(paper.summaries)}".lower())
        grams = {
            " ".join(words[i : i + n])
            for n in (2, 3)
            for i in range(len(words) - n + 1)
            if not any(w in STOP for w in words[i : i + n])
        }
        count.update(grams)
    pool = sorted(phrase for phrase, n in count.items() if 8 <= n <= 60)
    for phrase in random.Random(22).sample(pool, 120):
        print(count[phrase], phrase)


def pools() -> None:
    from rag.answer import Answerer
    from rag.settings import Settings

    answerer = Answerer(Settings.from_env(llm="extractive"))
    texts = {p.id: f"{p.title} {' '.join(p.summaries)}" for p in answerer.retriever.papers}
    for line in (ROOT / "eval" / "lists22_dev.jsonl").read_text().splitlines():
        row = json.loads(line)
        cited = {str(c["id"]) for c in answerer.ask(row["question"]).citations}
        grep = {i for i, text in texts.items() if re.search(row["grep"], text, re.I)}
        print(row["id"], len(cited), len(grep), sorted(cited | grep))


if __name__ == "__main__":
    draw() if sys.argv[1:] == ["draw"] else pools()

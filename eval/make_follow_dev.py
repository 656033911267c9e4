"""Draw the topics and terms of eval/follow_dev.jsonl (seed 10): list topics are title phrases of two words that
8 to 80 titles write; definition pairs are acronyms the corpus spells out, written by 15 or more papers. Prints
each candidate with its list's first entries (ids, numbered as the list answer numbers them) or its definition's
citations, for the rows to be written and judged by reading the summaries (`python eval/show` of the ids).

Run: `python eval/make_follow_dev.py` with RAG_HOME pointing at an index.
"""

from __future__ import annotations

import itertools
import random
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from rag.answer import Answerer  # noqa: E402
from rag.settings import Settings  # noqa: E402

STOP = frozenset(
    "a an the of for and in on with via to from by at as is are towards toward using".split()
    + "large language model models llm llms".split()
)


def title_phrases(titles: list[str]) -> Counter:
    """Two-word phrases of titles (no stop word in them), counted once a title."""
    counts: Counter = Counter()
    for title in titles:
        words = re.findall(r"[a-z][a-z-]+", title.lower())
        counts.update({f"{a} {b}" for a, b in itertools.pairwise(words) if a not in STOP and b not in STOP})
    return counts


def main() -> None:
    answerer = Answerer(Settings.from_env(llm="extractive"))
    rng = random.Random(10)
    phrases = title_phrases([p.title for p in answerer.retriever.papers])
    pool = sorted(p for p, n in phrases.items() if 8 <= n <= 80)
    if "--lists" in sys.argv:
        for topic in rng.sample(pool, 24):
            r = answerer.ask(f"papers on {topic}")
            print(f"LIST papers on {topic}: {len(r.citations)} {[c['id'] for c in r.citations[:4]]}", flush=True)
    else:
        rng.sample(pool, 24)
    acronyms = sorted(a.upper() for a in answerer.retriever.acronyms if a.isalpha() and 3 <= len(a) <= 5)
    df = {a: sum(1 for text in answerer._lower if re.search(rf"\b{a.lower()}\b", text)) for a in acronyms}
    terms = [a for a in acronyms if df[a] >= 15]
    for a, b in zip(*[iter(rng.sample(terms, 16))] * 2):
        ra, rb = answerer.ask(f"what is {a}?"), answerer.ask(f"what is {b}?")
        print(f"DEF {a} {[c['id'] for c in ra.citations]} -> {b} {[c['id'] for c in rb.citations]} {rb.answer[:90]!r}")


if __name__ == "__main__":
    main()

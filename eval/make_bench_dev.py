"""Draw the benchmarks of eval/bench_dev.jsonl: names written "on <Name>" in at least 8 summaries (a capitalised
word with a capital or a digit inside, optionally a year), picked at random with a fixed seed; then, for each
threshold pick, the aggregate's figures on it (to be read and judged by hand), and for each pair the papers
naming both. Run: `python eval/make_bench_dev.py` with RAG_HOME pointing at an index."""

from __future__ import annotations

import itertools
import random
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from rag import aggregate
from rag.answer import Answerer
from rag.settings import Settings

NAME_RE = re.compile(r"\bon\s+(?:the\s+)?([A-Z][A-Za-z]*[A-Z0-9][\w-]*(?:\s+(?:20\d\d|Verified|Pro|Bench))?)")
SEED = 10
# frequent "on <Name>" words that are no benchmark (judged by reading): an acronym and a model family
NOT_BENCHMARKS = frozenset({"LLM", "Qwen2"})


def main() -> None:
    papers = Answerer(Settings.from_env(llm="extractive")).retriever.papers
    counts: Counter[str] = Counter()
    for p in papers:
        counts.update(set(NAME_RE.findall(p.summary)))
    frequent = sorted(n for n, c in counts.items() if c >= 8)
    benchmarks = [n for n in frequent if n not in NOT_BENCHMARKS]
    rng = random.Random(SEED)
    picks = rng.sample(frequent, 12)
    print("frequent:", len(frequent), frequent)
    print("picks:", picks)
    for name in picks[:8]:
        pattern = aggregate.name_pattern(name)
        naming = [p for p in papers if aggregate.names_benchmark(p, pattern)]
        figures = [f for p in naming if (f := aggregate.paper_figure(p, pattern, False))]
        print(f"\n## {name}: {len(naming)} naming, {len(figures)} figures")
        for f in sorted(figures, key=lambda f: -f.value):
            print(f"  {f.said:>8} {f.paper.id} {aggregate.around(f.sentence, f.said, 200)}")
    # pairs: two names (neither a part of the other: "AIME" and "AIME24") that at least 2 summaries both name
    naming = {n: {p.id for p in papers if aggregate.names_benchmark(p, aggregate.name_pattern(n))} for n in benchmarks}
    pairs = [
        (a, b)
        for i, a in enumerate(benchmarks)
        for b in benchmarks[i + 1 :]
        if len(naming[a] & naming[b]) >= 2 and a[:4].lower() != b[:4].lower()
    ]
    for a, b in rng.sample(pairs, 8):
        print(f"\n## both {a} and {b}: {sorted(naming[a] & naming[b])}")
    print("\nspeedup topics:", speedup_topics(papers))


TIMES_RE = re.compile(r"(\d+(?:\.\d+)?)\s*(?:[x×]|-?fold|\s+times)(?!\w)", re.I)
TITLE_STOP = frozenset(
    "a an the of for and with in on to via by from is are as at its into using based large language model models "
    "llm llms efficient fast faster towards toward".split()
)


def speedup_topics(papers: list) -> list[str]:
    """Two-word phrases (no stop word) that at least 4 titles of papers stating an x-fold speedup share, 6 drawn
    with the seed."""
    counts: Counter[str] = Counter()
    for p in papers:
        if TIMES_RE.search(p.summary) and re.search(r"speed-?up|faster|accelerat", p.summary, re.I):
            words = [w.lower() for w in re.findall(r"[A-Za-z][\w-]*", p.title)]
            counts.update(f"{a} {b}" for a, b in itertools.pairwise(words) if TITLE_STOP.isdisjoint((a, b)))
    return random.Random(SEED).sample(sorted(k for k, c in counts.items() if c >= 4), 6)


if __name__ == "__main__":
    main()

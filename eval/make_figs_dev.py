"""Draw the benchmarks and topics of eval/figs_dev.jsonl: names written "on <Name>" in at least 4 summaries (as
eval/make_bench_dev.py collects them, with an edition word after the name: "Verified", "Lite", "Pro", "Hard"), and
two-word speedup topics shared by at least 4 titles, picked at random with a fixed seed; then, for each pick, every
summary sentence naming it with a number, marked with the figure the aggregate credits today, to be read and judged
by hand. Run: `python eval/make_figs_dev.py` with RAG_HOME pointing at an index."""

from __future__ import annotations

import random
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from eval.make_bench_dev import NOT_BENCHMARKS, TIMES_RE, speedup_topics
from rag import aggregate
from rag.answer import Answerer
from rag.settings import Settings

NAME_RE = re.compile(r"\bon\s+(?:the\s+)?([A-Z][A-Za-z]*[A-Z0-9][\w-]*(?:\s+(?:20\d\d|Verified|Pro|Bench|Lite|Hard))?)")
SEED = 32
PICKS = 20
# names already drawn for eval/bench_dev.jsonl and the probe's, kept out so the rows are new
TAKEN = frozenset({"LiveCodeBench", "AIME 2024", "ImageNet", "LIBERO", "VBench", "AIME", "AndroidWorld", "ImageNet-1k"})


def main() -> None:
    papers = Answerer(Settings.from_env(llm="extractive")).retriever.papers
    counts: Counter[str] = Counter()
    for p in papers:
        counts.update(set(NAME_RE.findall(p.summary)))
    frequent = sorted(n for n, c in counts.items() if c >= 4 and n not in NOT_BENCHMARKS and n not in TAKEN)
    picks = random.Random(SEED).sample(frequent, PICKS)
    print("frequent:", len(frequent))
    print("picks:", picks)
    for name in picks:
        pattern = aggregate.name_pattern(name)
        family = aggregate.family_pattern(name)
        naming = [p for p in papers if aggregate.names_benchmark(p, family)]
        print(f"\n## {name}: {len(naming)} naming")
        for p in naming:
            f = aggregate.paper_figure(p, pattern, False)
            credited = f"{f.said} ({f.value})" if f else "-"
            print(f"  {p.id} credited {credited}  | {p.title[:90]}")
            for s in aggregate.split_sentences(p.summary):
                if family.search(s) and re.search(r"\d", family.sub("", s)):
                    print(f"      > {s}")
    topics = speedup_topics(papers)
    more = [t for t in random.Random(SEED).sample(sorted(set(all_speedup_topics(papers)) - set(topics)), 4)]
    print("\nspeedup topics (new):", more)


def all_speedup_topics(papers: list) -> list[str]:
    """Every two-word title phrase `speedup_topics` draws from (at least 4 titles of papers stating a speedup)."""
    import itertools

    from eval.make_bench_dev import TITLE_STOP

    counts: Counter[str] = Counter()
    for p in papers:
        if TIMES_RE.search(p.summary) and re.search(r"speed-?up|faster|accelerat", p.summary, re.I):
            words = [w.lower() for w in re.findall(r"[A-Za-z][\w-]*", p.title)]
            counts.update(f"{a} {b}" for a, b in itertools.pairwise(words) if TITLE_STOP.isdisjoint((a, b)))
    return sorted(k for k, c in counts.items() if c >= 4)


if __name__ == "__main__":
    main()

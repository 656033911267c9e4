"""Warm answer latency per kind of question, in one process (as `rag serve` or the UI answers); prints
a table, asserts nothing.

    python bench/answers.py              # the index under RAG_HOME, extractive backend, 3 runs each

The broad lists are the slow end: every paper naming a common technique is checked for using it.
"""

from __future__ import annotations

import argparse
import statistics
import time

from rag.answer import Answerer
from rag.settings import Settings

QUESTIONS = [
    ("list", "which papers use monte carlo tree search?"),
    ("list, broad (600+ papers)", "papers on reinforcement learning"),
    ("list, broad (2,000+ papers)", "papers on large language models"),
    ("list with a purpose", "which papers use reinforcement learning to train GUI agents?"),
    ("list, nothing matches the purpose", "papers applying reinforcement learning to control traffic lights"),
    ("list, words of an unwritten phrase", "papers on LLM safety benchmarks"),
    ("fact", "what accuracy does ZeroSearch reach?"),
    ("definition", "what is GRPO?"),
    ("comparison", "compare DPO and PPO"),
    ("period summary", "summarize the papers on agents from May 2025"),
    ("trend", "how has interest in diffusion language models changed over time?"),
    ("similar papers (chat)", "any similar papers?"),
]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    answerer = Answerer(Settings.from_env(llm="extractive"))
    started = time.perf_counter()
    first = answerer.ask("what is ZeroSearch?")
    print(f"first answer (loads the index and the caches): {time.perf_counter() - started:.2f} s")
    history = [("what is ZeroSearch?", first.answer)]
    print(f"{'kind':38} {'median s':>9} {'max s':>7} {'cited':>6}")
    for kind, question in QUESTIONS:
        times, cited = [], 0
        for _ in range(args.runs):
            started = time.perf_counter()
            result = answerer.ask(question, history=history if kind.endswith("(chat)") else None)
            times.append(time.perf_counter() - started)
            cited = len(result.citations)
        print(f"{kind:38} {statistics.median(times):9.3f} {max(times):7.3f} {cited:6d}")


if __name__ == "__main__":
    main()

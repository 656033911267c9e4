"""Draw the agent nouns and "<X>-generated <head>" compounds that eval/lists_dev11.jsonl asks about.

Issue 10, list recall and precision for one concept written two ways (job lists3): (1) an agent noun (-er, -or:
"adapter", "scheduler") that Snowball cuts to the stem its verb and -ation noun share, so "adapters" matched every
"adaptation" paper; (2) "<X>-generated <head>" compounds whose X is another name of the same generator ("machine",
"AI", "LLM"). Agent nouns are drawn at random (fixed seed) among lower-case -er / -or words written by 5 to 40
papers whose stem three times as many papers write; compounds are printed by head with their fillers.
A person keeps, in draw order, nouns that name a thing (not "developer", "empower") and writes the question.
Run: `python eval/make_lists_dev11.py` (prints draws).
"""

from __future__ import annotations

import random
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from rag.ingest import load_papers  # noqa: E402
from rag.understand import stem  # noqa: E402

SEED = 2026_1127_11


def main() -> None:
    papers = sorted(load_papers([ROOT / "data"])[0], key=lambda p: p.id)
    texts = [f"{p.title}. {p.summary}" for p in papers]
    stem_df: Counter[str] = Counter()
    agents: Counter[str] = Counter()
    compounds: dict[str, dict[str, set[int]]] = defaultdict(lambda: defaultdict(set))
    for i, text in enumerate(texts):
        stem_df.update({stem(w) for w in set(re.findall(r"[a-z]+", text.lower()))})
        agents.update({w.removesuffix("s") for w in set(re.findall(r"\b[a-z]{4,}(?:er|or)s?\b", text))})
        for m in re.finditer(r"\b([A-Za-z]+)-generated\s+([a-z]+)", text):
            compounds[stem(m.group(2).lower())][m.group(1).lower()].add(i)
    rows = []
    for word, n in sorted(agents.items()):
        base = stem(word)
        if not base.endswith(("er", "or", "iz")) and 5 <= n <= 40 and stem_df[base] >= 3 * n:
            rows.append((word, n, base, stem_df[base]))
    random.seed(SEED)
    random.shuffle(rows)
    print("agent nouns (word, papers, stem, papers writing the stem):")
    for row in rows:
        print(" ", row)
    print("\n<X>-generated <head>, heads three or more papers write:")
    for head, fillers in sorted(compounds.items(), key=lambda kv: -len(set().union(*kv[1].values()))):
        written = set().union(*fillers.values())
        if len(written) >= 3:
            print(f"  {head}: {len(written)} papers; " + ", ".join(f"{x} {len(v)}" for x, v in fillers.items()))


if __name__ == "__main__":
    main()

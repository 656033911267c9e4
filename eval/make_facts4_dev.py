"""Draw the papers of eval/facts4_dev.jsonl (seeded), printing for each the sentences to write and judge rows from.

Three draws over the bundled corpus, each `random.Random(SEED + k)`:
- unit: papers whose title opens with a system name ("Name: …") and whose summary counts something with a unit
  noun of UNIT_NOUNS (a question then asks for it in another word of the same group);
- own: papers whose title names a dataset or benchmark ("Dataset", "Benchmark", "-Bench") and whose summary states
  a figure (a question then asks for the figure "on <Name>" or of "<Name>'s dataset");
- trap: system names that title a paper of their own and that at least 2 other summaries name in a sentence with a
  percentage (a question asks for the named system's figure; the others' sentences are the trap).
Run: `python eval/make_facts4_dev.py` with RAG_HOME pointing at an index."""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from rag.catalogue import load
from rag.settings import Settings

SEED = 4104
UNIT_NOUNS = (
    "tasks|problems|competitions|challenges|questions|samples|examples|instances|pairs|hours|GPU hours|"
    "parameters|videos|images|trajectories|languages|dialogues|documents"
)
COUNT_RE = re.compile(
    rf"\b(\d[\d,.]*[KMB]?\+?|\d[\d,.]* (?:million|billion|thousand))\s+(?:\w+[ -]){{0,2}}?({UNIT_NOUNS})\b"
)
NAME_TITLE = re.compile(r"^([A-Z][\w.+-]*(?:[- ][A-Z0-9][\w.+-]*)?):")
FIGURE = re.compile(r"\d+(?:\.\d+)?%")


def sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+(?=[A-Z])", text) if s]


def main() -> None:
    papers = list(load(Settings.from_env()).papers)
    rng = random.Random(SEED)
    unit = [p for p in papers if NAME_TITLE.match(p.title) and COUNT_RE.search(" ".join(p.summaries))]
    print(f"# unit: {len(unit)} candidates")
    for p in rng.sample(unit, 14):
        print(f"\n{p.id} | {p.title}")
        for s in sentences(" ".join(p.summaries)):
            if COUNT_RE.search(s):
                print("   >", s)
    rng = random.Random(SEED + 1)
    own = [
        p
        for p in papers
        if NAME_TITLE.match(p.title)
        and re.search(r"Dataset|Benchmark|Bench\b|-Bench", p.title)
        and FIGURE.search(" ".join(p.summaries))
    ]
    print(f"\n# own: {len(own)} candidates")
    for p in rng.sample(own, 8):
        print(f"\n{p.id} | {p.title}")
        for s in sentences(" ".join(p.summaries)):
            if FIGURE.search(s) or COUNT_RE.search(s):
                print("   >", s)
    rng = random.Random(SEED + 2)
    named = {}
    for p in papers:
        m = NAME_TITLE.match(p.title)
        if m and len(m.group(1)) >= 4:
            named.setdefault(m.group(1), []).append(p)
    traps = []
    figured = [(p, [s for s in sentences(" ".join(p.summaries)) if FIGURE.search(s)]) for p in papers]
    for name, own_papers in named.items():
        rx = re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-])")
        others = [p for p, said in figured if p not in own_papers and any(name in s and rx.search(s) for s in said)]
        if len(others) >= 2 and any(FIGURE.search(" ".join(q.summaries)) for q in own_papers):
            traps.append((name, own_papers, others))
    print(f"\n# trap: {len(traps)} candidates")
    for name, own_papers, others in rng.sample(sorted(traps, key=lambda t: t[0]), min(8, len(traps))):
        print(f"\n## {name}: own {[q.id for q in own_papers]}, {len(others)} others")
        for q in own_papers:
            print(f"  OWN {q.id} | {q.title}")
            for s in sentences(" ".join(q.summaries)):
                if FIGURE.search(s):
                    print("     >", s)
        for q in others[:4]:
            print(f"  OTHER {q.id} | {q.title}")


if __name__ == "__main__":
    main()

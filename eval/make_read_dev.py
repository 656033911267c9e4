"""Draw the topics of the reading-request dev set (eval/read_dev.jsonl) at random, with a fixed seed.

The pool is the corpus's frequent title phrases: every run of two or three title words that neither opens nor
closes on a function word, in 9 or more titles, less the phrases that name no topic (a word of `NOT_TOPIC`:
"benchmark", "survey", "technical report", …) and the fragments of a longer pool phrase found in nearly as many
titles ("direct preference" beside "direct preference optimization"). The pool is shuffled with the seed and
printed with each phrase's title count; a person takes the phrases in that order, skips those that are no
topic a reader would ask about (a loose fragment such as "large multimodal" or "single image"; each skip is
written in eval/read_dev.md), and for each topic prints the candidates to read (`--topic "X"`): the papers naming
it in title or summary that call themselves a survey, review, overview, tutorial, primer, guide or monograph.
Run: `python eval/make_read_dev.py [--topic X]`.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from rag.ingest import load_papers  # noqa: E402

SEED = 2026_1127_31
LEAST = 9
FUNCTION = frozenset(
    "a an the of for and in on with via to from by is are as at or its into towards toward using through your you "
    "we our can do does what how when why not beyond than more less new all".split()
)
NOT_TOPIC = frozenset(
    "benchmark benchmarks survey comprehensive study empirical report technical framework evaluating evaluation "
    "unified large efficient novel 2 0".split()
)
OVERVIEW_RE = re.compile(
    r"\b(?:survey|review|overview|tutorial|primer|guide|monograph|principles|introduction|taxonomy|landscape)\b", re.I
)


def phrases(title: str) -> set[str]:
    words = re.findall(r"[a-z0-9][a-z0-9-]*", title.lower())
    runs = (words[i : i + n] for n in (2, 3) for i in range(len(words) - n + 1))
    return {" ".join(r) for r in runs if r[0] not in FUNCTION and r[-1] not in FUNCTION}


def pool(titles: list[str]) -> dict[str, int]:
    counts = Counter(p for t in titles for p in phrases(t))
    frequent = {p: n for p, n in counts.items() if n >= LEAST and not NOT_TOPIC & set(p.split())}
    return {
        p: n
        for p, n in frequent.items()
        if not any(p != q and f" {p} " in f" {q} " and m >= 0.8 * n for q, m in frequent.items())
    }


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--topic", default="")
    args = ap.parse_args()
    papers, *_ = load_papers(sorted((ROOT / "data" / "digests").glob("*.md")))
    papers.sort(key=lambda p: p.id)
    if args.topic:
        named = re.compile(rf"\b{re.escape(args.topic)}s?\b", re.I)
        for p in papers:
            if named.search(p.text) and OVERVIEW_RE.search(p.text):
                print(f"{p.id} | {p.title}\n    {p.summary[:400]}")
        return
    drawn = sorted(pool([p.title for p in papers]).items())
    random.Random(SEED).shuffle(drawn)
    for p, n in drawn:
        print(n, p)


if __name__ == "__main__":
    main()

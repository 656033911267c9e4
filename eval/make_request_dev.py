"""Draw eval/request_dev.jsonl: a period summary asked with the request after the topic ("VLA papers in late 2024:
give me a summary"), each beside the same request written first ("summarize the VLA papers in late 2024").

Topics are the corpus's frequent title terms as eval/make_counts_dev.py draws them (`drawn_topics`), each with a
month drawn among those in which at least three of its papers appeared; the trailing requests are written the ways
users end a message. The rule is the canonical wording's own answer: the same intent and the same cited papers.

Run: `python eval/make_request_dev.py > eval/request_dev.jsonl`.
"""

from __future__ import annotations

import calendar
import json
import random
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from eval.make_counts_dev import drawn_topics  # noqa: E402
from rag.ingest import load_papers  # noqa: E402
from rag.retrieve import mine_acronyms  # noqa: E402

SEED = 3738
TAILS = [
    ": give me a summary",
    ", summarize them",
    " - a short overview please",
    ". Summarize please.",
    "; recap?",
    ": can you summarize?",
    " — sum them up",
    ", give me an overview",
    ": brief summary please",
    ", I'd like a rundown",
    ": overview please",
    ", summarise them for me",
]


def main() -> None:
    papers = load_papers([ROOT / "data" / "digests"])[0]
    acronyms = mine_acronyms([f"{p.title}. {p.summary}" for p in papers])
    rng = random.Random(SEED)
    topics = drawn_topics(papers, acronyms, SEED, 40)
    for n, (term, found) in enumerate(t for t in topics.items() if t[0].lower() == t[0] or t[0].isupper()):
        if n == len(TAILS):
            break
        months = sorted(m for m, k in Counter(min(p.dates)[:7] for p in found).items() if k >= 3)
        if not months:
            continue
        year, month = map(int, rng.choice(months).split("-"))
        period = f"{calendar.month_name[month]} {year}"
        row = {
            "id": f"req-{n + 1:02d}",
            "half": "tune" if n % 2 == 0 else "check",
            "question": f"{term} papers from {period}{TAILS[n]}",
            "same_as": f"summarize the {term} papers from {period}",
        }
        print(json.dumps(row, ensure_ascii=False))


if __name__ == "__main__":
    main()

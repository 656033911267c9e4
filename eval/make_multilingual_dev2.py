"""Draw the topics, papers and months for eval/multilingual_dev2.jsonl, seeded, from the corpus.

Issue 10, languages and variants, second set. Topics are the corpus's own spelled-out acronyms
("Monte Carlo Tree Search (MCTS)") named by at least 8 summaries, drawn at random; papers (authors,
facts) and months (period summaries) are drawn at random too. The questions are then written by hand
from these picks, each in English and as a researcher would ask it in French, Spanish, German or
Chinese, or with typos or markup (see eval/multilingual_dev2.md). Run:
`python eval/make_multilingual_dev2.py` (prints the picks as JSON; eval/multilingual_dev2-picks.json).
"""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from rag.ingest import load_papers  # noqa: E402
from rag.retrieve import mine_acronyms  # noqa: E402

SEED = 1313


def main(seed: int = SEED, topics_n: int = 16, papers_n: int = 10, months_n: int = 4) -> None:
    """Print the picks drawn with `seed`; the later sets draw the same way with seeds and sizes of their own."""
    rng = random.Random(seed)
    papers, *_ = load_papers(sorted((ROOT / "data" / "digests").glob("*.md")))
    acronyms = mine_acronyms([p.text for p in papers])
    texts = [p.text.lower() for p in papers]
    named = {
        acr: exp for acr, exp in sorted(acronyms.items()) if len(exp.split()) >= 2 and sum(exp in t for t in texts) >= 8
    }
    topics = rng.sample(sorted(named.items()), topics_n)
    picked = rng.sample(papers, papers_n)
    months = sorted({d[:7] for p in papers for d in p.dates if re.match(r"\d{4}-\d{2}", d)})
    out = {
        "seed": seed,
        "topics": [{"acronym": a, "expansion": e} for a, e in topics],
        "papers": [{"id": p.id, "title": p.title} for p in picked],
        "months": rng.sample(months, months_n),
    }
    print(json.dumps(out, indent=1, ensure_ascii=False))


if __name__ == "__main__":
    main()

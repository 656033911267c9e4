"""Draw the techniques for the list dev set (eval/lists_dev.jsonl) at random, with a fixed seed.

Issue 10's list questions in gold2 are too few to tune on (8 in the tune split). This draws more:
acronyms the corpus spells out, named by 8-30 papers, none drawn for gold2 (either split) or asked
in gold.jsonl. A person then writes the question and judges every candidate by reading its
summary (uses/proposes/studies vs only names it). Half the rows are `tune`, half `report`
(held out). Run: `python eval/make_lists_dev.py`.
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from eval.make_gold2 import FIRST_SET, GENERIC, paper_count  # noqa: E402
from rag.ingest import load_papers  # noqa: E402
from rag.retrieve import mine_acronyms  # noqa: E402

SEED = 1126_2026
DRAW = 24


def main() -> None:
    rng = random.Random(SEED)
    papers, acronyms, taken = corpus_and_taken()
    pool = acronym_pool(acronyms, papers, taken, 8, 30)
    drawn = rng.sample(pool, DRAW)
    out = [{"acronym": a, "expansion": acronyms[a], "papers": paper_count(papers, a, acronyms[a])} for a in drawn]
    json.dump({"seed": SEED, "pool": len(pool), "lists": out}, sys.stdout, indent=1)
    print()


def corpus_and_taken() -> tuple[list, dict, set]:
    """The bundled papers by id, the acronyms they spell out, and those gold set 2 already drew."""
    papers, *_ = load_papers(sorted((ROOT / "data" / "digests").glob("*.md")))
    papers.sort(key=lambda p: p.id)
    acronyms = mine_acronyms([p.text for p in papers])
    picks = json.loads((ROOT / "eval" / "gold2-picks.json").read_text())
    taken = {x["acronym"] for x in picks["lists"] + picks["definitions"] + picks["trends"]}
    taken |= {x["acronym"] for pair in picks["comparisons"] for x in pair}
    return papers, acronyms, taken


def acronym_pool(acronyms: dict, papers: list, taken: set, low: int, high: int) -> list[str]:
    """The acronyms a draw picks from: not in gold set 1, not generic, not taken, named by low..high papers."""
    return sorted(
        a
        for a, e in acronyms.items()
        if a not in FIRST_SET | GENERIC | taken
        and len(a) >= 2
        and a.isalpha()
        and low <= paper_count(papers, a, e) <= high
    )


if __name__ == "__main__":
    main()

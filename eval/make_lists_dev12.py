"""Draw the acronyms for the twelfth list dev set (eval/lists_dev12.jsonl) at random, with a fixed seed.

Drawn as gold set 2's lists were (eval/GOLD2.md, "list"): acronyms the corpus spells out, named by 8-45
papers, not gold set 1's nor generic ones, none drawn for gold set 2 in any role. A draw is dropped when its
acronym or its expansion appears in any question of eval/gold2.jsonl or of an existing eval/lists_dev*.jsonl
(those questions are read, never printed), so the set asks only terms no earlier list question asked; a
draw found only once hyphens are read as spaces ("grouped-query attention") is marked `asked` after the draw
and skipped, which leaves the draw's order as first made.
A person then writes the question and judges every candidate by reading its summary; all rows are `check`.
Run: `python eval/make_lists_dev12.py`.
"""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from eval import make_lists_dev  # noqa: E402
from eval.make_gold2 import paper_count  # noqa: E402

SEED = 2026_1127_12
DRAW = 24


def asked_questions() -> list[str]:
    """Every question of gold set 2 and of the earlier list dev sets, lower-cased (never printed)."""
    own = ROOT / "eval" / "lists_dev12.jsonl"  # this set's own questions, written after the draw
    files = [ROOT / "eval" / "gold2.jsonl", *sorted(f for f in (ROOT / "eval").glob("lists_dev*.jsonl") if f != own)]
    rows = (json.loads(line) for f in files for line in f.read_text().splitlines() if line.strip())
    return [str(r.get("question", "")).lower() for r in rows]


def asked(acronym: str, expansion: str, questions: list[str], hyphens: bool = False) -> bool:
    """Whether an earlier list question names the acronym (or its plural) or its expansion; with
    `hyphens`, also where the question hyphenates it."""
    acr = re.compile(rf"\b{re.escape(acronym)}s?\b", re.IGNORECASE)
    if hyphens:
        questions = [q.replace("-", " ") for q in questions]
    return any(acr.search(q) or expansion.lower() in q for q in questions)


def main() -> None:
    papers, acronyms, taken = make_lists_dev.corpus_and_taken()
    pool = make_lists_dev.acronym_pool(acronyms, papers, taken, 8, 45)
    questions = asked_questions()
    fresh = [a for a in pool if not asked(a, acronyms[a], questions)]
    drawn = random.Random(SEED).sample(fresh, DRAW)
    out = [
        {
            "acronym": a,
            "expansion": acronyms[a],
            "papers": paper_count(papers, a, acronyms[a]),
            "asked": asked(a, acronyms[a], questions, hyphens=True),
        }
        for a in drawn
    ]
    json.dump({"seed": SEED, "pool": len(pool), "fresh": len(fresh), "lists": out}, sys.stdout, indent=1)
    print()


if __name__ == "__main__":
    main()

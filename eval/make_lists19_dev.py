"""Draw the acronyms of the nineteenth list dev set (eval/lists19_dev.jsonl) at random, with a fresh seed.

Gold set 2's list questions are acronyms the corpus spells out, named by 8-45 papers (eval/make_gold2.py).
Issue 10 asks whether lists hold on questions nobody tuned for, so this set draws new acronyms the same way
with a new seed, leaving out every acronym gold2 drew (eval/gold2-picks.json, any row kind), gold.jsonl's
and any acronym an earlier list dev set asks about (a whole word of an eval/*lists* question, or its
expansion written in one). A person walks
the draw in order and keeps acronyms a user could ask for as a technique (eval/lists19_dev.md says which were
skipped). `--candidates SPEC.json` prints each row's pool: a grep of the term's forms (one regex per row), BM25's
and dense retrieval's top 60 for the question, and the papers the current answer cites.
Run: `python eval/make_lists19_dev.py`.
"""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from eval.make_gold2 import FIRST_SET, GENERIC  # noqa: E402
from eval.make_lists15_dev import corpus, grep  # noqa: E402
from rag.retrieve import mine_acronyms  # noqa: E402

SEED = 2026_1128_19
DRAW = 50


def asked_before() -> tuple[set[str], str]:
    """Acronyms gold2 drew, the words earlier list dev sets' questions use, and those questions' text."""
    picks = json.loads((ROOT / "eval" / "gold2-picks.json").read_text())
    seen = {e["acronym"] for key in ("lists", "definitions", "trends") for e in picks[key]}
    seen |= {e["acronym"] for pair in picks["comparisons"] for e in pair}
    asked = []
    for path in (ROOT / "eval").glob("*lists*.jsonl"):
        for line in path.read_text().splitlines():
            if line.strip():
                row = json.loads(line)
                text = row.get("question") or " ".join(row.get("turns", []))
                seen |= set(re.findall(r"[a-z0-9]+", text.lower()))
                asked.append(" ".join(re.findall(r"[a-z0-9]+", text.lower())))
    return seen, "\n".join(asked)


def candidates(papers: list, spec_path: str) -> None:
    """Each spec row's pool as JSON on stdout: its regex's papers, BM25's and dense's top 60, the answer's citations."""
    from rag.answer import Answerer
    from rag.settings import Settings

    answerer = Answerer(Settings.from_env(llm="extractive"))
    retriever = answerer.retriever
    out = {}
    for row in json.loads(Path(spec_path).read_text()):
        out[row["id"]] = {
            "grep": grep(papers, row["pattern"]),
            "bm25": [h.paper.id for h in retriever.search(row["question"], k=60, mode="bm25")],
            "dense": [h.paper.id for h in retriever.search(row["question"], k=60, mode="dense")],
            "answer": [str(c["id"]) for c in answerer.ask(row["question"]).citations],
        }
    json.dump(out, sys.stdout, indent=1)
    print()


def main() -> None:
    papers = corpus()
    if len(sys.argv) > 2 and sys.argv[1] == "--candidates":
        candidates(papers, sys.argv[2])
        return
    acronyms = mine_acronyms([p.text for p in papers])
    seen, asked = asked_before()
    skip = FIRST_SET | GENERIC | seen
    expanded = {a: " ".join(re.findall(r"[a-z0-9]+", e.lower())) for a, e in acronyms.items()}
    lowered = [p.text.lower() for p in papers]
    tokens = [set(re.findall(r"[a-z0-9]+", t)) for t in lowered]
    counts = {
        a: sum(1 for t, w in zip(lowered, tokens) if a in w or f"{a}s" in w or e in t)
        for a, e in sorted(acronyms.items())
        if a not in skip and a.rstrip("s") not in skip and expanded[a].rstrip("s") not in asked
    }
    pool = sorted(a for a, n in counts.items() if 8 <= n <= 45 and len(a) >= 2 and a.isalpha())
    print(f"{len(pool)} acronyms")
    for a in random.Random(SEED).sample(pool, DRAW):
        print(f"{counts[a]:3d}  {a:10} {acronyms[a]}")


if __name__ == "__main__":
    main()

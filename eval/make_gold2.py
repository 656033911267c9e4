"""Pick the material for the second gold set (eval/gold2.jsonl) at random, with a fixed seed.

This script only PICKS: techniques the corpus defines as acronyms, papers, months and weeks.
A person then writes each question and judges every candidate paper by reading its summary
(see eval/GOLD2.md). Run: `python eval/make_gold2.py > eval/gold2-picks.json`.

The process differs from eval/gold.jsonl's (hand-chosen topics): every topic, paper and
period here comes from a seeded draw over the corpus, so the gold set was not shaped by
what the product already answers well.
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

SEED = 20261126
# Acronyms gold.jsonl already asks about: leave them to the first set.
FIRST_SET = {"mcts", "dpo", "grpo", "sae", "saes", "rag", "lora", "moe"}
# Too generic to be "a technique" (the model family, the task, the field).
GENERIC = {"llm", "llms", "mllm", "mllms", "lmm", "lmms", "vlm", "vlms", "ai", "nlp", "lm", "lms", "ml", "cv"}


def paper_count(papers, acronym: str, expansion: str) -> int:
    acr = re.compile(rf"\b{re.escape(acronym)}s?\b", re.IGNORECASE)
    return sum(1 for p in papers if acr.search(p.text) or expansion in p.text.lower())


def main() -> None:
    rng = random.Random(SEED)
    papers, *_ = load_papers(sorted((ROOT / "data" / "digests").glob("*.md")))
    papers.sort(key=lambda p: p.id)
    acronyms = mine_acronyms([p.text for p in papers])
    counts = {a: paper_count(papers, a, e) for a, e in sorted(acronyms.items()) if a not in FIRST_SET | GENERIC}

    # Lists: techniques named by 8-45 papers (complete judging stays feasible), 24 drawn, first 15+ usable kept.
    list_pool = sorted(a for a, n in counts.items() if 8 <= n <= 45 and len(a) >= 2 and a.isalpha())
    lists = rng.sample(list_pool, 24)
    # Definitions: terms the corpus spells out at least 3 times.
    def_pool = sorted(a for a, n in counts.items() if n >= 3 and a not in lists)
    definitions = rng.sample(def_pool, 16)
    # Comparisons: pairs drawn from frequent techniques (each side 10+ papers).
    cmp_pool = sorted(a for a, n in counts.items() if n >= 10 and a not in lists)
    comparisons = [rng.sample(cmp_pool, 2) for _ in range(16)]
    # Trends: techniques with 20+ papers so monthly counts mean something.
    trend_pool = sorted(a for a, n in counts.items() if n >= 20)
    trends = rng.sample(trend_pool, 14)
    # Period summaries: a random month or ISO week, then a technique with 3+ papers in it.
    months = sorted({p.date[:7] for p in papers if p.date})
    periods = []
    for _ in range(14):
        month = rng.choice(months)
        if rng.random() < 0.5:
            periods.append({"kind": "month", "period": month})
        else:
            days = sorted({p.date for p in papers if p.date.startswith(month)})
            periods.append({"kind": "week of", "period": rng.choice(days)})
    # Single papers: paraphrases, facts (summary states a figure), authors.
    singles = rng.sample(papers, 60)
    with_figure = [p for p in papers if re.search(r"\d+(\.\d+)?\s?(%|x\b|×|points|pp\b)", p.summary)]
    facts = rng.sample(with_figure, 22)
    authors = rng.sample([p for p in papers if len(p.authors) >= 2], 14)
    split_seed = rng.randrange(1 << 30)

    out = {
        "seed": SEED,
        "split_seed": split_seed,
        "lists": [{"acronym": a, "expansion": acronyms[a], "papers": counts[a]} for a in lists],
        "definitions": [{"acronym": a, "expansion": acronyms[a], "papers": counts[a]} for a in definitions],
        "comparisons": [
            [{"acronym": a, "expansion": acronyms[a], "papers": counts[a]} for a in pair] for pair in comparisons
        ],
        "trends": [{"acronym": a, "expansion": acronyms[a], "papers": counts[a]} for a in trends],
        "periods": periods,
        "paraphrases": [{"id": p.id, "title": p.title} for p in singles[:30]],
        "facts": [{"id": p.id, "title": p.title} for p in facts],
        "authors": [{"id": p.id, "title": p.title} for p in authors],
    }
    json.dump(out, sys.stdout, indent=1, ensure_ascii=False)
    print()


def assign_splits(path: Path, seed: int) -> None:
    """Give every question a split ("tune" or "report"): seeded, about half of each type.

    A variant goes with its original, and a question built from a list question's judged papers
    (`derived_from`: comparisons, period summaries, trends) goes with that list question, so the
    tune part never reveals a report question's answers.
    """
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    split: dict[str, str] = {}
    for qtype in sorted({r["type"] for r in rows}):
        rng = random.Random(seed)  # one draw per type: adding a type never moves another type's split
        ids = sorted(
            r["id"] for r in rows if r["type"] == qtype and not r.get("variant_of") and not r.get("derived_from")
        )
        rng.shuffle(ids)
        for i, qid in enumerate(ids):
            split[qid] = "tune" if i % 2 == 0 else "report"
    for r in rows:
        if not r.get("variant_of") and r.get("derived_from"):
            sources = {split[s] for s in r["derived_from"]}
            if len(sources) != 1:
                raise ValueError(f"{r['id']}: derived from questions in different splits")
            split[r["id"]] = sources.pop()
    for r in rows:
        r["split"] = split[r.get("variant_of") or r["id"]]
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")


if __name__ == "__main__":
    if sys.argv[1:2] == ["--split"]:
        assign_splits(
            Path(sys.argv[2]), int(json.loads((ROOT / "eval" / "gold2-picks.json").read_text())["split_seed"])
        )
    else:
        main()

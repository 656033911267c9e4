"""Draw the papers for the thirteenth list dev set (eval/lists_dev13.jsonl) at random, with a fixed seed.

Unlike the earlier list sets (acronyms, title phrases, word forms drawn from the vocabulary), this one draws
PAPERS: twelve papers at random from the bundled corpus, and for each a person names its main technique or
task as a user would ask for it (not the paper's own wording where avoidable). Every candidate for that
topic (a grep of the term and its forms, the hybrid top 60, the current answer) is judged by reading its
summary. The script prints the drawn papers in draw order (more than twelve, since a draw is skipped when its
topic is named by fewer than 3 or more than 60 papers, too few to be a list or too many to judge in full,
or was asked by an earlier list question); `--candidates TERMS_JSON` prints a row's candidate pool.
Run: `python eval/make_lists_dev13.py`.
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

SEED = 2026_1127_13
DRAW = 30


def corpus() -> list:
    """The bundled papers, sorted by id so the draw does not depend on file order."""
    papers, *_ = load_papers(sorted((ROOT / "data" / "digests").glob("*.md")))
    return sorted(papers, key=lambda p: p.id)


def grep(papers: list, patterns: list[str]) -> list[str]:
    """Ids of the papers whose title or summary matches any of the regular expressions (case-insensitive)."""
    compiled = [re.compile(p, re.IGNORECASE) for p in patterns]
    return [p.id for p in papers if any(c.search(f"{p.title}\n{p.summary}") for c in compiled)]


def candidates(question: str, patterns: list[str], papers: list) -> dict[str, list[str]]:
    """A row's candidate pool: grep of the forms, the hybrid top 60, the current extractive answer."""
    from rag.answer import Answerer
    from rag.settings import Settings

    answerer = Answerer(Settings.from_env(llm="extractive"))
    hybrid = [h.paper.id for h in answerer.retriever.search(question, k=60, mode="hybrid")]
    cited = [str(c["id"]) for c in answerer.ask(question).citations]
    return {"grep": grep(papers, patterns), "hybrid60": hybrid, "answer": cited}


def main() -> None:
    papers = corpus()
    if len(sys.argv) > 2 and sys.argv[1] == "--candidates":
        spec = json.loads(Path(sys.argv[2]).read_text())
        out = {row["id"]: candidates(row["question"], row["patterns"], papers) for row in spec}
        json.dump(out, sys.stdout, indent=1)
        print()
        return
    drawn = random.Random(SEED).sample(papers, DRAW)
    for p in drawn:
        print(f"== {p.id} {p.title}\n{p.summary}\n")


if __name__ == "__main__":
    main()

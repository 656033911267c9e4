"""Score eval/corpus_dev.jsonl: questions about the digests themselves (categories, oldest paper, days,
busiest periods, what they cover) and controls where the same words ask about a topic (eval/corpus_dev.md).

Run: `python eval/score_corpus_dev.py [--half tune|check] [-v]` with RAG_HOME pointing at an index.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from eval.devsets import run_judged  # noqa: E402
from rag.answer import Answerer  # noqa: E402


def judge(row: dict, answerer: Answerer) -> list[str]:
    """The reasons a row fails (empty: it passes)."""
    answer = answerer.ask(row["question"])
    why = [f"lacks {p!r}" for p in row.get("holds", []) if p not in answer.answer]
    why += [f"holds {p!r}" for p in row.get("lacks", []) if p in answer.answer]
    if row.get("no_citations") and answer.citations:
        why.append(f"cites {len(answer.citations)} papers")
    if day := row.get("cited_on"):
        papers = [answerer.retriever.by_id[c["id"]] for c in answer.citations]
        if not papers or any(day not in p.dates for p in papers):
            why.append(f"cites papers not of {day}")
    if row.get("intent") and answer.intent != row["intent"]:
        why.append(f"intent {answer.intent}")
    if why:
        why.append(repr(answer.answer[:200]))
    return why


def main() -> None:
    run_judged("corpus_dev.jsonl", judge, lambda row: "control" if row.get("control") else "corpus")


if __name__ == "__main__":
    main()

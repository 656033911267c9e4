"""Score eval/named39_dev.jsonl: a paper named by a word of its title ("the Muon paper" for "Practical Efficiency
of Muon for Pretraining"), capitalised multi-word topics holding a frame word ("Deep Research"), and compared sides
holding one ("embodied vs research agents") (eval/named39_dev.md).

Rules by `kind`:
- named: the answer first cites `paper` and writes its title (it says which paper it took), and holds each string
  of `holds` (an author, a date).
- several: the answer writes every title of `titles` and says they are titles ("title"), picking none of them.
- topic: some concept of the parsed question is `phrase` whole (its stem key, hyphens as spaces).
- compare: the parsed sides, hyphens as spaces, are one of each side's spellings in `sides`, in order.
- chat: the last turn's answer first cites `paper` and holds each string of `holds`.

Run: `python eval/score_named39_dev.py [--half tune|check] [-v]` with RAG_HOME pointing at an index.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from eval.devsets import cited_in_order, run_judged  # noqa: E402
from rag.understand import stem_key  # noqa: E402


def title_of(answerer: Any, paper_id: str) -> str:
    return next(p.title for p in answerer.retriever.papers if p.id == paper_id)


def flat(text: str) -> str:
    return " ".join(text.lower().replace("-", " ").split())


def judge(row: dict, answerer: Any) -> list[str]:
    if row["kind"] == "chat":
        history: list[tuple[str, str]] = []
        for turn in row["turns"]:
            answer = answerer.ask(turn, history=list(history))
            history.append((turn, answer.answer))
    else:
        answer = answerer.ask(row["question"])
    text, cited = answer.answer, cited_in_order(answer)
    shown = [f"{text[:300]!r}", f"cited={cited[:4]}", f"topics={answer.parsed.get('topics')}"]
    if row["kind"] in ("named", "chat"):
        ok = cited[:1] == [row["paper"]] and all(h in text for h in row.get("holds", []))
        ok = ok and (row["kind"] == "chat" or title_of(answerer, row["paper"]) in text)
    elif row["kind"] == "several":
        ok = all(t in text for t in row["titles"]) and bool(re.search(r"\btitles?\b", text))
    elif row["kind"] == "topic":
        key = stem_key(row["phrase"].replace("-", " "))
        forms = [stem_key(f.replace("-", " ")) for a in answer.parsed.get("concepts", []) for c in a for f in c]
        ok = key in forms
    else:
        topics = [flat(t) for t in answer.parsed.get("topics", [])]
        ok = len(topics) == 2 and all(t in [flat(s) for s in side] for t, side in zip(topics, row["sides"]))
    return [] if ok else shown


if __name__ == "__main__":
    run_judged("named39_dev.jsonl", judge, lambda row: row["kind"], lambda row: row.get("question") or row["turns"])

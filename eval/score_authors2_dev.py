"""Score eval/authors2_dev.jsonl: an author's papers asked as "any papers from X?", "what did X put out", "X papers",
"X's papers" and the like; "who are its authors" after a paper in a chat; and same-shaped questions naming no
person (eval/authors2_dev.md).

Rules by `kind`:
- author: the question is read as asking for `author`'s papers (`parsed.author`), and the answer cites exactly
  the papers the digests list that name on (`relevant`).
- chat: the last answer writes every author the digest lists for the paper of the first turn.
- control: no author is read from the question, and the answer is not about a person.

Run: `python eval/score_authors2_dev.py [--half tune|check] [-v]` with RAG_HOME pointing at an index.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from eval.devsets import cited_in_order, run_judged  # noqa: E402

PERSON_SAID = ("is an author", "lists", "as an author", "no paper in the digests is by")


def judge(row: dict, answerer: object) -> list[str]:
    if row["kind"] == "chat":
        history: list[tuple[str, str]] = []
        for turn in row["turns"]:
            answer = answerer.ask(turn, history=list(history))  # type: ignore[attr-defined]
            history.append((turn, answer.answer))
        missing = [a for a in row["authors"] if a not in answer.answer]
        return [f"missing authors {missing}", f"{answer.answer[:300]!r}"] if missing else []
    answer = answerer.ask(row["question"])  # type: ignore[attr-defined]
    author = answer.parsed.get("author", "")
    cited = cited_in_order(answer)
    if row["kind"] == "control":
        said = any(s in answer.answer.lower() for s in PERSON_SAID)
        return (
            [f"read an author {author!r}" if author else "answer about a person", f"{answer.answer[:200]!r}"]
            if (author or said)
            else []
        )
    if not author:
        return ["no author read", f"{answer.answer[:300]!r}", f"cited={cited[:5]}"]
    if set(cited) != set(row["relevant"]):
        return [f"author {author!r}", f"cited {sorted(cited)} want {row['relevant']}"]
    return []


if __name__ == "__main__":
    run_judged(
        "authors2_dev.jsonl",
        judge,
        lambda row: row["kind"],
        lambda row: " / ".join(row.get("turns", [])) or row["question"],
    )

"""Score eval/honest_dev.jsonl (eval/honest_dev.md): advice and off-corpus requests, topics few papers are about,
definitions of common terms, and yes/no questions about a figure a summary states in other words.

Rules by `kind`:
- advice: every paper the answer cites or names by arXiv id is one of `allowed`, and a sentence says what the
  digests hold and what they do not ("The digests hold … papers …, not …").
- covered: a `relevant` paper is among the first three cited, and the answer has no "do not cover this" /
  "which do not answer it" / "found no paper".
- definition: the answer's first line matches every `defines` pattern and no `garbled` one; where no summary
  defines the term (`defined` false) an answer opening "No paper in the digests defines" passes too.
- yesno: the answer opens with "Yes", cites `relevant[0]` first, and states every string of `facts`.

Run: `python eval/score_honest_dev.py [--half tune|check] [-v]` with RAG_HOME pointing at an index.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from eval.devsets import cited_in_order, judging, run_judged  # noqa: E402
from rag.records import Answer  # noqa: E402

NOT_COVERED_RE = re.compile(r"do not cover this|which do not answer it|found no paper", re.I)
HOLDS_RE = re.compile(
    r"\bdigests\b[^.\n]{0,80}\b(?:hold|holds|contain|contains|summari[sz]e)\b[^.\n]{0,80}\bpapers?\b[^.\n]{0,80}\bnot\b",
    re.I,
)
ARXIV_RE = re.compile(r"\b\d{4}\.\d{4,5}\b")
UNDEFINED_RE = re.compile(r"^\W*No paper in the digests defines\b")


def passes(row: dict, answer: Answer) -> bool:
    text = answer.answer
    cited = cited_in_order(answer)
    kind = row["kind"]
    if kind == "advice":
        named = {c["id"] for c in answer.citations} | set(ARXIV_RE.findall(text))
        return named <= set(row["allowed"]) and bool(HOLDS_RE.search(text))
    if kind == "covered":
        return bool(set(cited[:3]) & set(row["relevant"])) and not NOT_COVERED_RE.search(text)
    if kind == "definition":
        first = text.split("\n")[0]
        defines = all(re.search(p, first) for p in row["defines"])
        clean = not any(re.search(p, first) for p in row.get("garbled", []))
        return (defines and clean) or (not row["defined"] and bool(UNDEFINED_RE.search(text)))
    if kind == "yesno":
        said = all(f in text for f in row["facts"])
        return bool(re.match(r"^\W*Yes\b", text)) and cited[:1] == row["relevant"][:1] and said
    raise ValueError(f"{row['id']}: unknown kind {kind!r}")


if __name__ == "__main__":
    run_judged("honest_dev.jsonl", judging(passes), lambda row: row["kind"])

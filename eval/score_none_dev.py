"""Score eval/none_dev.jsonl: honest "none" answers to existence questions and off-corpus topics
(eval/none_dev.md says how the rows were made).

Rules by `kind`:
- yes: the answer is no firm "no" (neither "I found no paper on this" nor "do not cover this"), and a
  `relevant` paper is among the first three it cites.
- no: the answer opens with "No" or "I found no paper", and is `absent`'s answer otherwise.
- absent: the answer cites nothing, shows the closest papers ("closest", each with its arXiv id in
  brackets), each of which writes one of the row's `words`, and a sentence opening "No paper" names
  what is missing (`missing`, a pattern).
- control: the row's `row` passes the rule of its own set (`rule`: yesno or honesty).

Run: `python eval/score_none_dev.py [--half tune|check|control] [-v]` with RAG_HOME pointing at an index.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from eval import score_honesty_dev, score_yesno_dev  # noqa: E402
from eval.devsets import cited_in_order, run_judged  # noqa: E402
from rag.records import Answer  # noqa: E402

FIRM_NO_RE = re.compile(r"I found no paper on this|do not cover this")
OPENS_NO_RE = re.compile(r"^\W*(?:No\b|I found no paper)")
CLOSEST_RE = re.compile(r"closest[^\n]*", re.I)
ARXIV_IN_BRACKETS_RE = re.compile(r"\((\d{4}\.\d{4,5})\)")
NO_PAPER_SENTENCE_RE = re.compile(r"(?:^|(?<=[.:;]\s))No paper[^.\n]*", re.M)


def closest_shown(answer: str) -> list[str]:
    """The arXiv ids the answer's "closest" line shows."""
    return [i for line in CLOSEST_RE.findall(answer) for i in ARXIV_IN_BRACKETS_RE.findall(line)]


def absent_reasons(row: dict, answer: Answer, texts: dict[str, str]) -> list[str]:
    why = []
    if answer.citations:
        why.append(f"cites {cited_in_order(answer)}")
    shown = closest_shown(answer.answer)
    if not shown:
        why.append("no closest papers shown")
    for pid in shown:
        if not any(re.search(w, texts.get(pid, ""), re.I) for w in row["words"]):
            why.append(f"closest {pid} writes none of the question's words")
    said = " ".join(NO_PAPER_SENTENCE_RE.findall(answer.answer))
    if not re.search(row["missing"], said, re.I):
        why.append(f"no 'No paper …' sentence names {row['missing']!r}")
    return why


def judge(row: dict, answerer) -> list[str]:  # type: ignore[no-untyped-def]
    answer = answerer.ask(row["question"])
    head = f"answer {answer.answer[:240]!r}"
    kind = row["kind"]
    if kind == "control":
        check = {"yesno": lambda: score_yesno_dev.passes(row["row"], answer)}
        check["honesty"] = lambda: score_honesty_dev.passes(row["row"], answer, answerer)
        return [] if check[row["rule"]]() else [f"fails its {row['rule']} rule", head]
    if kind == "yes":
        cited = cited_in_order(answer)
        why = ["a firm no"] if FIRM_NO_RE.search(answer.answer) else []
        if not any(p in row["relevant"] for p in cited[:3]):
            why.append(f"no relevant paper among the first three cited {cited[:3]}")
        return [*why, head] if why else []
    texts = {p.id: p.text for p in answerer.retriever.papers}
    why = [] if kind == "absent" or OPENS_NO_RE.search(answer.answer) else ["does not open with a no"]
    why += absent_reasons(row, answer, texts)
    return [*why, head] if why else []


if __name__ == "__main__":
    run_judged("none_dev.jsonl", judge, lambda row: row["kind"])

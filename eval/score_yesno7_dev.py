"""Score eval/yesno7_dev.jsonl: yes/no questions asked as "can X do N …?", "does X work without Y?", "is X <more> than
Y?", "did X beat Y on Z?" about named papers drawn at random, and comparisons of two methods whose table must show
each side's key figure (eval/yesno7_dev.md).

Rules by `kind`:
- yesno: the answer opens "Yes" or "No" as `expect` says, or (`unstated`) with neither; the paper asked about is the
  first it cites; it quotes `quote` (case-insensitive).
- compare: the answer is a comparison table; each side's row holds, outside its counts and titles, a sentence that
  states a figure and is cited to a paper whose summary writes that sentence word for word (no figure made up or
  borrowed); the answer holds every `must` string.

Run: `python eval/score_yesno7_dev.py [--half tune|check] [-v]` with RAG_HOME pointing at an index.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from eval.devsets import cited_in_order, run_judged  # noqa: E402
from eval.score_yesno3_dev import OPENINGS  # noqa: E402

# a result figure: a decimal, or a number with a unit ("62.58%", "1.52x", "12B", "10 trillion"); not a name's digit
FIGURE_RE = re.compile(
    r"(?<![\w.-])\d+(?:[.,]\d+)*\s?(?:%|×|x\b|[BMKT]\b|billion|million|trillion|thousand)|(?<![\w.-])\d+\.\d+(?!\w)"
)
CITED_RE = re.compile(r"([^\[\]]+?)\s*\[(\d+)\]")
SKIPPED = {"side", "papers", "examples"}


def figure_cited(row: dict[str, str], cited: dict[int, str], summaries: dict[str, str]) -> bool:
    """Whether a cell of a side's row holds a figure sentence its cited paper's summary writes."""
    for key, cell in row.items():
        if key in SKIPPED:
            continue
        for m in CITED_RE.finditer(cell):
            said, n = m.group(1).strip(" .;"), int(m.group(2))
            if FIGURE_RE.search(said) and said[-40:] in summaries.get(cited.get(n, ""), ""):
                return True
    return False


def judge(row: dict, answerer: object) -> list[str]:
    answer = answerer.ask(row["question"])  # type: ignore[attr-defined]
    text = answer.answer
    if row["kind"] == "yesno":
        first = cited_in_order(answer)[:1]
        if row["expect"] == "unstated":
            opens = not OPENINGS["yes"].search(text) and not OPENINGS["no"].search(text)
        else:
            opens = bool(OPENINGS[row["expect"]].search(text))
        quoted = row["quote"].lower() in text.lower()
        if opens and first == row["relevant"][:1] and quoted:
            return []
        return [f"{text[:300]!r}", f"cited={first}"]
    papers = answerer.retriever.papers  # type: ignore[attr-defined]
    cited = {c["n"]: c["id"] for c in answer.citations}
    summaries = {p.id: " ".join(p.summaries) for p in papers if p.id in cited.values()}
    sides = [r for r in (answer.table or []) if r.get("side") != "both"]
    why = [f"no figure cited for {r['side']!r}" for r in sides if not figure_cited(r, cited, summaries)]
    why += [f"lacks {m!r}" for m in row["must"] if m not in text]
    if len(sides) != 2:
        why.append(f"intent {answer.intent!r}, {len(sides)} side rows")
    return why + [f"{text[:400]!r}"] if why else []


if __name__ == "__main__":
    run_judged("yesno7_dev.jsonl", judge, lambda row: row["kind"])

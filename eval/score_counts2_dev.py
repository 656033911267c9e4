"""Score eval/counts2_dev.jsonl: one number per notion for a term, across the answers stating it (counts2_dev.md).

A row asks four questions of one term. The count of papers naming it is read from the definition ("N papers in
the digests name X", "N papers name it"), the count ("they name X", "(N name it)") and the count of use; the
count of papers using or studying it from the count of use and the list ("they use or study X").
A row passes when:
- the count and the count of use both state the naming count, every answer stating it states the same number,
  and that number is within NAMING_SLACK of `grep` (or 2);
- the count of use and the list state the same number of papers using or studying it.

Run: `python eval/score_counts2_dev.py [--half tune|check] [-v]` with RAG_HOME pointing at an index.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from eval.devsets import run_judged  # noqa: E402
from eval.score_counts_dev import number, said  # noqa: E402

NAMING_SLACK = 0.10
DEFINED_RE = re.compile(r"\b(\d[\d,]*) papers? (?:in the digests )?names? ")


def figures(row: dict, answerer: Any) -> dict[str, dict[str, int]]:
    """Each answer's stated counts: `naming` and `using`, as `said` reads them; the definition's `naming`."""
    out: dict[str, dict[str, int]] = {}
    for part, question in row["questions"].items():
        text = answerer.ask(question).answer
        if part == "definition":
            m = DEFINED_RE.search(text)
            out[part] = {"naming": number(m.group(1))} if m else {}
        else:
            out[part] = {k: v for k, v in said(text).items() if k in ("naming", "using")}
    return out


def judge(row: dict, answerer: Any) -> list[str]:
    got = figures(row, answerer)
    naming = {part: f["naming"] for part, f in got.items() if "naming" in f}
    using = {part: f["using"] for part in ("use", "list") if "using" in (f := got[part])}
    why = []
    if not {"mention", "use"} <= set(naming):
        why.append(f"naming stated only by {sorted(naming)}")
    if len(set(naming.values())) > 1:
        why.append(f"naming differs: {naming}")
    grep = row["grep"]
    far = {p: n for p, n in naming.items() if abs(n - grep) > max(2, NAMING_SLACK * grep)}
    if far:
        why.append(f"naming {far} against grep {grep}")
    if len(using) < 2 or len(set(using.values())) > 1:
        why.append(f"using {using}")
    return why + ([f"stated {got}"] if why else [])


if __name__ == "__main__":
    run_judged("counts2_dev.jsonl", judge, lambda row: row["kind"], lambda row: row["term"])

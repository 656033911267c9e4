"""Score eval/named41_dev.jsonl: one paper named, asked a property its summary lacks (learning rate, venue,
optimizer, seed, ...) or holds in a form easily missed ("on a Qwen2.5-VL-3B model", "5-10x cheaper ... than
MovieGen"), or a term with the paper's name beside it ("define language injection (Kuwain)") (eval/named41_dev.md).

Rules by `kind`:
- unstated: the answer first cites `paper`, writes its title and the asked property (`asked`), and says its summary
  does not state or say it; never "do not cover", and no sentence of the paper offered as its closest.
- stated / relative (controls and relative figures): the answer first cites `paper`, holds each string of
  `holds`, and says nothing is unstated.
- bracket: the answer first cites `paper` and writes the asked term (`holds`, any case), not only the name.

Run: `python eval/score_named41_dev.py [--half tune|check] [-v]` with RAG_HOME pointing at an index.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from eval.devsets import cited_in_order, judging, run_judged  # noqa: E402

UNSTATED_RE = re.compile(r"\bdoes not (?:state|say)\b")


def passes(row: dict, answer: Any) -> bool:
    text, cited = answer.answer, cited_in_order(answer)
    if cited[:1] != [row["paper"]]:
        return False
    if row["kind"] == "unstated":
        title = next(s.hit.paper.title for s in answer.sources if s.hit.paper.id == row["paper"])
        said = bool(UNSTATED_RE.search(text)) and row["asked"].lower() in text.lower()
        return said and title in text and "do not cover" not in text and "closest sentence" not in text
    if row["kind"] == "bracket":
        return all(h.lower() in text.lower() for h in row["holds"]) and not UNSTATED_RE.search(text)
    return all(h in text for h in row["holds"]) and not UNSTATED_RE.search(text)


if __name__ == "__main__":
    run_judged("named41_dev.jsonl", judging(passes), lambda row: row["kind"])

"""Score eval/defs2_dev.jsonl: an acronym and its spelled-out term asked "what is …", and "which paper introduced X?".

An `acronym_undefined` row passes when the answer opens "ACR stands for <expansion>." and goes straight on to say
no paper defines it, or only how many papers name it: no sentence that only names it is offered as what it is. A
`words_undefined` row passes as defs_dev's undefined_concept row, and where it writes the acronym in brackets after
the term, writes it as the papers do ("(ViT)", not "(VIT)"). `acronym_defined` and `words_defined` rows pass when
the first source is the defining paper and nothing says no paper defines it (the acronym also saying what it stands
for). A `same_count` row passes when the acronym's answer and the spelled-out term's answer name the same number of
papers. `introduced` and `introduced_before_corpus` rows pass as in defs_dev.

Run: `python eval/score_defs2_dev.py [--half tune|check] [-v]` with RAG_HOME pointing at an index.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from eval.devsets import run_twins  # noqa: E402
from eval.score_definitions_dev import UNDEFINED_RE  # noqa: E402
from eval.score_defs_dev import NO_ORIGIN_RE, claimed  # noqa: E402
from rag.records import Answer  # noqa: E402

COUNT_RE = re.compile(r"\b(\d+) papers?\b[^.]{0,30}?\bnames?\b", re.I)


def spelled(text: str) -> str:
    return re.sub(r"[\s-]+", " ", text.lower()).strip()


def stands_for(opening: str, row: dict) -> int:
    """Where the opening's "ACR stands for <expansion>." ends; -1 where it does not open so."""
    m = re.match(rf"\W*{re.escape(row['acronym'])}s? stands for ([^.\[]+?)(?:\s*\[\d+\])?\.\s*", opening)
    return m.end() if m and spelled(m.group(1)) == spelled(row["expansion"]) else -1


def cased(opening: str, row: dict) -> bool:
    """The first bracketed acronym right after the term (as a word of its own) is written as the papers write it."""
    words = r"[\s-]+".join(re.escape(w) for w in row["expansion"].split())
    written = re.search(rf"(?<![\w-]){words}s?\s*\(([^)]{{1,12}})\)", opening, re.I)
    return written is None or written.group(1).rstrip("s") == row["acronym"]


def count(answer: str) -> int:
    m = COUNT_RE.search(answer)
    return int(m.group(1)) if m else -1


def passes(row: dict, answer: Answer, twin: Answer | None) -> bool:
    opening = answer.answer[:400]
    cited = [c["id"] for c in answer.citations]
    undefined = UNDEFINED_RE.search(opening)
    kind = row["type"]
    if kind == "acronym_undefined":
        end = stands_for(opening, row)
        alone = bool(re.match(r"\d+ papers?\b", opening[end:]))  # what it stands for, then only the count
        return end >= 0 and (alone or (undefined is not None and undefined.start() <= end + 5))
    if kind == "words_undefined":
        return undefined is not None and claimed(opening, row["expansion"]) >= undefined.start() and cased(opening, row)
    if kind in ("acronym_defined", "words_defined"):
        said = kind == "words_defined" or stands_for(opening, row) >= 0
        return said and not undefined and bool(cited) and cited[0] in row["relevant"] and cased(opening, row)
    if kind == "same_count":
        return twin is not None and count(answer.answer) > 0 and count(answer.answer) == count(twin.answer)
    if kind == "introduced":
        return bool(cited) and cited[0] in row["relevant"]
    return bool(NO_ORIGIN_RE.search(opening))


if __name__ == "__main__":
    run_twins("defs2_dev.jsonl", passes)

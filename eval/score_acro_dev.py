"""Score eval/acro_dev.jsonl: one count for an acronym and its spelled-out form.

`count_acronym`, `count_words` and `definition_acronym` rows pass when the number of papers the answer says name the
term is the grep count (`expected`, eval/make_acro_dev.py's rule) within ALLOWED (5%, at least one paper: the grep
reads a phrase's hyphens and plurals more loosely than the product's forms). `same_count`, `same_definition` and
`same_list` rows pass when the two spellings' answers give one number, exactly. An `ambiguous_acronym` row ("how many
papers mention TTS?", an acronym the corpus spells out several ways) passes when the answer names every meaning, each
followed by its own count within ALLOWED of the grep count.

Run: `python eval/score_acro_dev.py [--half tune|check] [-v]` with RAG_HOME pointing at an index.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from eval.devsets import run_twins  # noqa: E402
from rag.records import Answer  # noqa: E402

ALLOWED = 0.05
NAMED_RE = re.compile(r"\b(\d+) papers?\b[^.]{0,40}?\bnames?\b", re.I)
ANY_RE = re.compile(r"\b(\d+) papers?\b", re.I)


def named(answer: str) -> int:
    """The number of papers the answer says name the term; -1 where it says none."""
    m = NAMED_RE.search(answer) or ANY_RE.search(answer)
    return int(m.group(1)) if m else -1


def listed(answer: str) -> int:
    m = ANY_RE.search(answer)
    return int(m.group(1)) if m else -1


def near(got: int, expected: int) -> bool:
    return got >= 0 and abs(got - expected) <= max(1, round(ALLOWED * expected))


def spelled(text: str) -> str:
    return re.sub(r"[\s-]+", " ", text.lower())


def each_meaning(answer: str, expected: dict[str, int]) -> bool:
    """Every meaning is named, with its own count close by ("test-time scaling (65 papers)")."""
    text = spelled(answer)
    for meaning, count in expected.items():
        at = text.find(spelled(meaning))
        if at < 0:
            return False
        numbers = [int(n) for n in re.findall(r"\b(\d+) papers?\b", text[max(0, at - 40) : at + len(meaning) + 60])]
        if not any(near(n, count) for n in numbers):
            return False
    return True


def passes(row: dict, answer: Answer, twin: Answer | None) -> bool:
    kind = row["type"]
    if kind == "ambiguous_acronym":
        return each_meaning(answer.answer[:600], row["expected"])
    if kind in ("count_acronym", "count_words", "definition_acronym"):
        return near(named(answer.answer), row["expected"])
    assert twin is not None
    read = listed if kind == "same_list" else named
    return read(answer.answer) >= 0 and read(answer.answer) == read(twin.answer)


if __name__ == "__main__":
    run_twins("acro_dev.jsonl", passes)

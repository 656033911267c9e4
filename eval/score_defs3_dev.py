"""Score eval/defs3_dev.jsonl: "what is X?" for terms drawn from the corpus, the brief's defects, other languages.

Every row: each place the opening (first 400 characters) writes the term is written as some paper writes it (a
common noun may open a sentence capitalised: "World model"; a name never changes case: "sG-MDP", not "SG-MDP"); each
quoted or restated text before a citation mark ends on a whole word of the cited paper ("requiring l [1]" is cut);
a row with a `twin` (the English question) names the same number of papers as the twin (or, like it, none).
`undefined`: the opening says no paper defines it (or only what the acronym stands for and how many papers name it)
before any sentence opening with the term says what it is or does.
`defined`: no "no paper defines", the first source is the defining paper, and the opening holds the defining words;
"either" as defining words: the defining paper first, or the undefined rule.

Run: `python eval/score_defs3_dev.py [--half tune|check] [-v]` with RAG_HOME pointing at an index.
"""

from __future__ import annotations

import re
import sys
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from eval.devsets import run_twins  # noqa: E402
from eval.score_definitions_dev import UNDEFINED_RE  # noqa: E402
from eval.score_defs_dev import claimed  # noqa: E402
from rag.ingest import load_papers  # noqa: E402
from rag.records import Answer, Paper  # noqa: E402

COUNT_RE = re.compile(r"\b(\d+) papers?\b[^.]{0,30}?\bnames?\b", re.I)


def term_re(term: str) -> re.Pattern:
    words = r"[\s-]+".join(re.escape(w) for w in re.split(r"[\s-]+", term))
    return re.compile(rf"(?<![\w-]){words}(?![\w-])", re.I)


def written(opening: str, term: str, casings: set[str]) -> bool:
    allowed = set(casings) | {term}
    if term.split()[0].islower():
        allowed |= {c[:1].upper() + c[1:] for c in list(allowed)}
    return all(m.group(0) in allowed for m in term_re(term).finditer(opening))


def whole_words(answer: Answer, papers: dict[str, Paper]) -> bool:
    ids = {c["n"]: c["id"] for c in answer.citations}
    for m in re.finditer(r"([\w-]+)\W{0,3}\[(\d+)\]", answer.answer):
        paper = papers.get(ids.get(int(m.group(2)), ""))
        text = f"{paper.title} {paper.summary}" if paper else ""
        if paper and not re.search(rf"(?<![\w]){re.escape(m.group(1))}(?![\w])", text, re.I):
            return False
    return True


def undefined_ok(opening: str, row: dict) -> bool:
    undefined = UNDEFINED_RE.search(opening)
    stands = re.match(rf"\W*{re.escape(row['term'])}s? stands for [^.\[]+\.\s*(?=\d+ papers?\b)", opening)
    return bool(stands) or (undefined is not None and claimed(opening, row["term"]) >= undefined.start())


def count(answer: str) -> int:
    m = COUNT_RE.search(answer)
    return int(m.group(1)) if m else -1


def passes(row: dict, answer: Answer, twin: Answer | None, papers: dict[str, Paper], casings: set[str]) -> bool:
    opening = answer.answer[:400]
    cited = [c["id"] for c in answer.citations]
    common = written(opening, row["term"], casings) and whole_words(answer, papers)
    if twin is not None:
        common = common and count(answer.answer) == count(twin.answer)
    if row["type"] == "undefined":
        return common and undefined_ok(opening, row)
    first = bool(cited) and cited[0] in row["relevant"] and not UNDEFINED_RE.search(opening)
    if row["defining"] == "either":
        return common and (first or undefined_ok(opening, row))
    return common and first and row["defining"].lower() in opening.lower()


@cache
def corpus() -> tuple[dict[str, Paper], list[str]]:
    """The bundled papers by id, and each one's title and summary, read once."""
    papers = {p.id: p for p in load_papers([ROOT / "data"])[0]}
    return papers, [f"{p.title} {p.summary}" for p in papers.values()]


def row_passes(row: dict, answer: Answer, twin: Answer | None) -> bool:
    """`passes` with the casings the papers write the row's term in."""
    papers, texts = corpus()
    casings = {m.group(0) for t in texts for m in term_re(row["term"]).finditer(t)}
    return passes(row, answer, twin, papers, casings)


if __name__ == "__main__":
    run_twins("defs3_dev.jsonl", row_passes)

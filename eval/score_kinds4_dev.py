"""Score eval/kinds4_dev.jsonl: question kinds read by their kind, not by their words (eval/kinds4_dev.md).

Rules, by a row's `rule`:
- bench: the answer's head says the papers introduce a benchmark or data set on the topic and names its words
  (kinds_dev3's rule); bench_not (controls): the head does not; bench_count (the wordings of how often the field
  uses a name: "most widely used", "most popular", "go-to", "de facto", "widely adopted"): the head counts the names
  the topic's papers write (helper most, eval/most_dev.md) and a later line says the papers introduce one on it.
- audience_none: an audience with no topic ("relevant for AI practitioners") lists no paper (no citation) and the
  head says why (it names practitioners); audience_topic: the head names the topic's words and no audience word;
  beginner: the head names the topic's words, no audience word, and the answer has the overviews "to read first";
  audience_ctrl (controls): the audience word is the topic, so the head names it.
- compare: both sides built alike: when the head says "(N more mention X)" of one side, it says it of each side
  that more papers name (title or summary, whole word, case-insensitive) than it counts.
- define: the answer's first paragraph holds every word of `must` (what the named system does).

    python eval/score_kinds4_dev.py [tune|check|control|all] [-v]
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from rag.answer import Answerer  # noqa: E402
from rag.settings import Settings  # noqa: E402

DATA_HEAD = "introduce a benchmark or data set on"
COUNT_HEAD = "name benchmarks or data sets"
AUDIENCE_RE = re.compile(r"practitioner|industr|engineer|developer|beginner|newcomer|student|friendly", re.I)


def names_topic(head: str, topic: str) -> bool:
    return all(re.sub(r"s$", "", w) in head for w in re.split(r"[\s-]+", topic.lower()) if w)


def naming(answerer: Answerer, name: str) -> int:
    """Papers whose title or summary writes the name as a word of its own."""
    pattern = re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-])", re.I)
    return sum(bool(pattern.search(f"{p.title} {p.summary}")) for p in answerer.retriever.papers)


def alike(answerer: Answerer, head: str, sides: list[str]) -> bool:
    said = {}
    for side in sides:
        m = re.search(
            rf"(\d+) (?:papers? )?(?:uses? or stud(?:y|ies)|stud(?:y|ies)) {re.escape(side)}"
            rf"(?: \((\d+) more mentions? {re.escape(side)}\))?",
            head,
            re.I,
        )
        if not m:
            return False
        said[side] = (int(m.group(1)), m.group(2) is not None)
    if not any(aside for _, aside in said.values()):
        return True
    return all(aside or naming(answerer, side) <= count for side, (count, aside) in said.items())


def passes(answerer: Answerer, row: dict, answer: str) -> bool:
    head = answer.splitlines()[0].lower() if answer else ""
    rule = row["rule"]
    if rule == "bench":
        return DATA_HEAD in head and names_topic(head, row["topic"])
    if rule == "bench_count":  # how often the field uses each name: the count, then the papers making one on X
        made = [line.lower() for line in answer.splitlines() if DATA_HEAD in line.lower()]
        return (
            COUNT_HEAD in head and names_topic(head, row["topic"]) and any(names_topic(m, row["topic"]) for m in made)
        )
    if rule == "bench_not":
        return DATA_HEAD not in head
    if rule == "audience_none":
        return "[1]" not in answer and "practitioner" in head
    if rule in ("audience_topic", "beginner"):
        shown = names_topic(head, row["topic"]) and not AUDIENCE_RE.search(head) and "[1]" in answer
        return shown and (rule != "beginner" or "to read first" in answer)
    if rule == "audience_ctrl":
        return row["topic"] in head
    if rule == "compare":
        return alike(answerer, answer.splitlines()[0] if answer else "", row["sides"])
    if rule == "define":
        first = answer.split("\n\n")[0].lower()
        return all(w in first for w in row["must"].lower().split())
    raise ValueError(rule)


def main() -> None:
    split = next((a for a in sys.argv[1:] if not a.startswith("-")), "all")
    verbose = "-v" in sys.argv
    rows = [json.loads(line) for line in (Path(__file__).parent / "kinds4_dev.jsonl").read_text().splitlines()]
    rows = [r for r in rows if split in ("all", r["split"])]
    answerer = Answerer(Settings.from_env(llm="extractive"))
    passed = 0
    for row in rows:
        answer = answerer.ask(row["question"]).answer
        ok = passes(answerer, row, answer)
        passed += ok
        head = answer.split("\n\n")[0][: 400 if verbose else 160] if answer else ""
        print(f"{'PASS' if ok else 'FAIL'} {row['id']} [{row['split']}] {row['question']}\n     {head}")
    print(f"{split}: {passed}/{len(rows)}")


if __name__ == "__main__":
    main()

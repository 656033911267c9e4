"""Score eval/intents_dev.jsonl with gold2's rules (rag/rules.py): pass rate per type and variant, per half.

Two things beyond gold2's rules, for rows that carry them: a trend row with `series` (a question on
two topics) passes only when the answer also names every series and each series' peak month; a
summary row with `not_relevant` (every candidate judged) adds its themes' lead papers to a "lead
precision" line: of the papers each theme's overview opens with, the share judged relevant.

A row with `intent` passes only when the answer has that intent (eval/periods_dev.jsonl).

A row of type "same" (eval/purpose_dev.jsonl) passes when its answer cites exactly what the answer
to its `same_as` question cites.

A row of type "intent" (organisation beside a topic, a model's name, a noun phrase asking for work on a
topic) is judged on how the question was read: its `intent`, words its topics hold (`topic_has`) or must
not (`topic_lacks`), phrases the answer holds (`answer_has`) or must not (`answer_lacks`), `covered`,
at least `at_least` of `cites_some_of` cited, none of `cites_none_of` (papers sharing only a word of the
topic, eval/fallback_dev.jsonl), and `lead`: the paper the answer cites first
(eval/aggregate_dev.jsonl: the top figure of a superlative across papers). A row with `counts` (two topics
compared by how many papers they have, eval/shapes_dev2.jsonl) also needs each topic's "**name** (N papers)"
within 15 % or 3 papers of its judged count. Topics are compared with hyphens as spaces
("mixture-of-experts" holds "mixture of expert").

A row of type "compare_sides" (eval/compare_dev2.jsonl) passes when the answer is a comparison with a table
holding a row for each of its `sides`, whose count is within ±15 % of the side's judged `count` (papers whose
title+summary match its `regex`, hits read), or is with the papers the answer's own note says only mention the
side ("12 more mention …"); and the row's examples cite at least one paper matching the regex.

Run: `python eval/score_intents_dev.py [--half dev|held] [-v]` with RAG_HOME pointing at an index.
"""

from __future__ import annotations

import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from eval.devsets import in_half, options, read_rows  # noqa: E402
from rag.answer import Answerer  # noqa: E402
from rag.records import Answer  # noqa: E402
from rag.rules import Attempt, Expected, mentions, months_named, rule_passes  # noqa: E402
from rag.settings import Settings  # noqa: E402

MONTHS = "january february march april may june july august september october november december".split()


def series_named(answer: str, series: dict[str, list[str]]) -> bool:
    """Each series is named and so is its peak month (as 'YYYY-MM' or the month's name)."""
    named = months_named(answer)
    peaks = {name: {*p, *(MONTHS[int(m[5:7]) - 1] for m in p)} for name, p in series.items()}
    return all(mentions(answer, name) and named & peaks[name] for name, p in series.items())


def theme_leads(answer: str) -> list[int]:
    """The citation number each theme line's overview opens with ('- **name** (n papers): … [3]')."""
    leads = []
    for line in answer.splitlines():
        if line.startswith("- **"):
            found = re.search(r"\[(\d+)\]", line)
            if found:
                leads.append(int(found.group(1)))
    return leads


def read_as_asked(row: dict, answer: Answer) -> bool:
    """A row of type "intent": the question read as its row says (see the module's docstring)."""
    topics = " | ".join(answer.parsed.get("topics", [])).lower().replace("-", " ")
    text = answer.answer.lower()
    cited = {c["id"] for c in answer.citations}
    return (
        answer.intent == row.get("intent", answer.intent)
        and all(w.replace("-", " ") in topics for w in row.get("topic_has", []))
        and not any(w.replace("-", " ") in topics for w in row.get("topic_lacks", []))
        and all(w.lower() in text for w in row.get("answer_has", []))
        and not any(w.lower() in text for w in row.get("answer_lacks", []))
        and answer.covered == row.get("covered", answer.covered)
        and len(cited & set(row.get("cites_some_of", []))) >= row.get("at_least", 0)
        and not cited & set(row.get("cites_none_of", []))
        and (not row.get("lead") or first_cited(answer) == row["lead"])
    )


def counts_close(answer: str, counts: dict[str, int]) -> bool:
    """Each topic's line ("- **LoRA** (118 papers)") gives a count within 15 % (or 3 papers) of the judged
    count of its row (a grep of titles and summaries)."""
    for name, judged in counts.items():
        found = re.search(r"\*\*" + re.escape(name) + r"\*\*\s*\((\d[\d,]*)\s+papers?\)", answer, re.I)
        if not found or abs(int(found.group(1).replace(",", "")) - judged) > max(0.15 * judged, 3):
            return False
    return True


COUNT_TOLERANCE = 0.15


def sides_hold(row: dict, answer: Answer, texts: dict[str, str]) -> bool:
    """A row of type "compare_sides": each side named in the table, counted honestly and cited on its side."""
    if answer.intent != "compare" or not answer.table:
        return False
    ids = {c["n"]: c["id"] for c in answer.citations}
    for side in row["sides"]:
        cells = [r for r in answer.table if r["side"].lower() == side["name"].lower()]
        if not cells:
            return False
        judged = side["count"]
        noted = re.search(rf"(\d+) more (?:names?|mentions?) {re.escape(side['name'])}\b", answer.answer, re.I)
        counts = [int(cells[0]["papers"])]
        counts += [counts[0] + int(noted.group(1))] if noted else []
        if not any(abs(c - judged) <= COUNT_TOLERANCE * judged for c in counts):
            return False
        pattern = re.compile(side["regex"], re.I if side.get("flags") == "i" else 0)
        cited = [ids.get(int(n), "") for n in re.findall(r"\[(\d+)\]", cells[0]["examples"])]
        if not any(pattern.search(texts.get(pid, "")) for pid in cited):
            return False
    return True


def first_cited(answer: Answer) -> str:
    """The id of the paper whose [n] comes first in the answer's text ("" when none does)."""
    ids = {c["n"]: c["id"] for c in answer.citations}
    found = re.search(r"\[(\d+)\]", answer.answer)
    return ids.get(int(found.group(1)), "") if found else ""


def main() -> None:
    args = options("intents_dev.jsonl").parse_args()
    rows = read_rows(Path(args.set))
    answerer = Answerer(Settings.from_env(llm="extractive"))
    dates = {p.id: p.dates for p in answerer.retriever.papers}
    texts = {p.id: p.text for p in answerer.retriever.papers}
    table: dict[tuple[str, str], dict[str, list[bool]]] = defaultdict(lambda: defaultdict(list))
    leads: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for row in in_half(rows, args.half):
        answer = answerer.ask(row["question"])
        cited = tuple(c["id"] for c in answer.citations)
        attempt = Attempt(
            answer.answer, cited, tuple(s.hit.paper.id for s in answer.sources), answer.counts, answer.table
        )
        f = row.get("filters", {})
        expected = Expected(
            frozenset(row.get("relevant", [])), tuple(row.get("facts", [])), f.get("since", ""), f.get("until", "")
        )
        ok = bool(rule_passes(row["type"], attempt, expected, lambda pid: dates.get(pid, [])))
        if row["type"] == "intent":
            ok = read_as_asked(row, answer)
        if row["type"] == "compare_sides":
            ok = sides_hold(row, answer, texts)
        if row["type"] == "same":  # the answer cites what the question it rewords cites
            ok = set(cited) == {c["id"] for c in answerer.ask(row["same_as"]).citations}
        if row.get("intent"):  # the answer's shape is asked too, not only what it cites
            ok = ok and answer.intent == row["intent"]
        if row.get("counts"):
            ok = ok and counts_close(answer.answer, row["counts"])
        if row.get("series"):
            ok = ok and series_named(answer.answer, row["series"])
        if row.get("not_relevant"):
            ids = {c["n"]: c["id"] for c in answer.citations}
            judged = [ids.get(n, "") for n in theme_leads(answer.answer)]
            judged = [pid for pid in judged if pid in expected.relevant or pid in row["not_relevant"]]
            leads[row["half"]][0] += sum(pid in expected.relevant for pid in judged)
            leads[row["half"]][1] += len(judged)
        table[row["half"], row.get("variant", "") or "original"][row["type"]].append(ok)
        if args.v and not ok:
            print(f"FAIL {row['id']}: {row['question']}\n  {answer.answer[:300]!r}\n  cited={cited}", flush=True)
    for (half, variant), types in sorted(table.items()):
        cells = ", ".join(f"{t} {sum(v)}/{len(v)}" for t, v in sorted(types.items()))
        print(f"{half:5s} {variant:9s} {cells}")
    for half, (good, judged) in sorted(leads.items()):
        print(f"{half:5s} lead precision (themes' opening papers judged relevant) {good}/{judged}")


if __name__ == "__main__":
    main()

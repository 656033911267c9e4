"""Write eval/years_dev.jsonl: a year, "/" or "or" inside a list topic (issue 10, probe9 defect 3).

Topics are drawn with seed SEED from the corpus's frequent title terms, as eval/make_counts_dev.py draws them; a
paper names a topic when its title or summary writes one of its forms (`make_counts_dev.names`). Two-word
phrases only, so that every "or" joins two whole phrases.

Groups (the rule each row passes by is in eval/score_years_dev.py and eval/years_dev.md):
- year: "papers on X 2025", "papers about X 2024?": a trailing bare year; same list as "papers on X from YEAR".
- inyear: "X research in 2025", "X work in 2024": same list as "papers on X from YEAR".
- month: "papers on X March 2025", "papers on X 2025-03": same list as "papers on X from <that month>".
- slash: "papers on X / Y", "what are the papers on X/Y?": same list as "papers on X or Y".
- either: "papers about X or Y" with two two-word phrases: same list as "papers on Y or X" (the other order), and
  the first papers it cites each name X or Y.
- probe: probe 9's four questions (tune half only), each judged by the rule of the group it names (`rule`).
- acronym: a lower-case everyday word that is also a corpus acronym ("go" / GO, Gene Ontology): no cited paper
  writes the word only in capitals.

Run: `python eval/make_years_dev.py` (writes the set, prints each row).
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from eval.make_counts_dev import drawn_topics  # noqa: E402
from eval.make_time2_dev import write_halved  # noqa: E402
from rag.ingest import load_papers  # noqa: E402
from rag.retrieve import mine_acronyms  # noqa: E402

SEED = 1027
TOPICS = 40
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October"]


def main() -> None:
    papers = load_papers([ROOT / "data" / "digests"])[0]
    acronyms = mine_acronyms([f"{p.title}. {p.summary}" for p in papers])
    named = drawn_topics(papers, acronyms, SEED, TOPICS)
    phrases = [t for t in named if " " in t]
    rng = random.Random(SEED)
    rows: list[dict] = []

    def add(group: str, question: str, **checks: object) -> None:
        n = sum(r["group"] == group for r in rows)
        rows.append({"id": f"years-{group}{n:02d}", "group": group, "question": question, **checks})

    year_forms = ["papers on {t} {y}", "papers about {t} {y}?", "list papers on {t} {y}", "papers on {t} {y}"]
    for n, form in enumerate(year_forms):
        t, y = phrases[n], 2024 + n % 2
        add("year", form.format(t=t, y=y), plain=f"papers on {t} from {y}", topic=t)
    for n, form in enumerate(["{t} research in {y}", "{t} work in {y}", "{t} research in {y}", "{t} studies in {y}"]):
        t, y = phrases[4 + n], 2025 - n % 2
        add("inyear", form.format(t=t, y=y), plain=f"papers on {t} from {y}", topic=t)
    for n in range(4):
        t, m = phrases[8 + n], rng.randrange(len(MONTHS))
        month = f"{MONTHS[m]} 2025" if n % 2 == 0 else f"2025-{m + 1:02d}"
        add("month", f"papers on {t} {month}", plain=f"papers on {t} from {MONTHS[m]} 2025", topic=t)
    slash_forms = ["papers on {a} / {b}", "what are the papers on {a}/{b}?", "papers on {a} / {b}", "{a} / {b} papers"]
    for n, form in enumerate(slash_forms):
        a, b = phrases[12 + 2 * n], phrases[13 + 2 * n]
        add("slash", form.format(a=a, b=b), plain=f"papers on {a} or {b}", topics=[a, b])
    either_forms = ["papers about {a} or {b}", "which papers study {a} or {b}?", "papers on {a} or {b}", "{a} or {b}"]
    for n, form in enumerate(either_forms):
        a, b = phrases[20 + 2 * n], phrases[21 + 2 * n]
        add("either", form.format(a=a, b=b), plain=f"papers on {b} or {a}", topics=[a, b])
    for question, word in [
        ("which papers evaluate LLMs on chess or go?", "go"),
        ("papers on agents that play go", "go"),
        ("papers on reinforcement learning for go", "go"),
        ("which papers teach LLMs to play go?", "go"),
    ]:
        add("acronym", question, word=word)
    write_halved(rows, "years_dev.jsonl")
    probe = [
        ("papers on model merging 2024", "papers on model merging from 2024", "year", []),
        (
            "papers on test-time scaling for reasoning 2025",
            "papers on test-time scaling for reasoning from 2025",
            "year",
            [],
        ),
        (
            "what are the papers on tool calling / function calling?",
            "what are the papers on tool calling or function calling?",
            "slash",
            [],
        ),
        (
            "papers about self-driving labs or ai scientists",
            "papers on ai scientists or self-driving labs",
            "either",
            ["self-driving labs", "ai scientists"],
        ),
    ]
    for n, (question, plain, rule, topics) in enumerate(probe):
        rows.append(
            {
                "id": f"years-probe{n:02d}",
                "group": "probe",
                "rule": rule,
                "question": question,
                "plain": plain,
                "topics": topics,
                "half": "tune",
            }
        )
    out = ROOT / "eval" / "years_dev.jsonl"
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")


if __name__ == "__main__":
    main()

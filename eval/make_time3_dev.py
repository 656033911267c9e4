"""Write eval/time3_dev.jsonl: recency left over from time2 and lang2 (issue 10).

Topics are drawn with seed SEED from the corpus's frequent title terms, as eval/make_time2_dev.py draws them; a
paper names a topic when its title or summary writes any of its forms (`make_counts_dev.names`). Every period is
computed here by the calendar from the corpus's newest digest day and by the digest files' names, never by the
product.

Groups (the rule each row passes by is in eval/score_time3_dev.py and eval/time3_dev.md):
- lately: a trend asked with a verb of falling or a change of pace ("declining lately", "losing steam", "has interest
  in X dropped?"): the last three months against the three before.
- latest: "the latest on X", "anything recent on X" with no question word: the list "papers on X" gives, newest first.
- digest: "the digest before the last one", "the second-to-last digest", "two digests ago": a digest day counted
  back over the digest files (an empty table is a digest too), not over calendar days.
- foreign: a day span in Spanish, French, German (and English), with and without its year.
- count: one period's count in a trend and in a chat's "how many of them are from <month>?" agree.
- control: a "last" that names no period, and periods read as before.

Run: `python eval/make_time3_dev.py` (writes the set, prints each row).
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from eval.make_counts_dev import drawn_topics  # noqa: E402
from eval.make_time2_dev import lately_fields, month_of, write_halved  # noqa: E402
from rag.ingest import load_papers  # noqa: E402
from rag.retrieve import mine_acronyms  # noqa: E402

SEED = 3113
TOPICS = 24
DAY_FILE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}\.md$")


def main() -> None:
    papers = load_papers([ROOT / "data" / "digests"])[0]
    acronyms = mine_acronyms([f"{p.title}. {p.summary}" for p in papers])
    newest = date.fromisoformat(max(d for p in papers for d in p.dates))
    digests = sorted(f.name[:10] for f in (ROOT / "data" / "digests").iterdir() if DAY_FILE_RE.match(f.name))
    digests = [d for d in digests if d <= newest.isoformat()]
    named = drawn_topics(papers, acronyms, SEED, TOPICS)
    t = list(named)
    month_totals = Counter(month_of(p.date) for p in papers)

    def in_period(term: str, since: str, until: str) -> list[str]:
        pool = named[term] if term else papers
        return sorted(p.id for p in pool if any(since <= d <= until for d in p.dates))

    rows: list[dict] = []

    def add(group: str, question: str, **checks: object) -> None:
        n = sum(r["group"] == group for r in rows)
        rows.append({"id": f"time3-{group}{n:02d}", "group": group, "question": question, **checks})

    lately = [
        "are papers on {t} declining lately?",
        "is {t} losing steam?",
        "has interest in {t} dropped?",
        "is {t} losing momentum lately?",
        "is research on {t} slowing down recently?",
        "is {t} cooling off?",
        "has work on {t} declined recently?",
        "is interest in {t} fading these days?",
        "is {t} gaining momentum?",
        "is {t} dying down?",
        "are {t} papers waning lately?",
        "has {t} lost traction recently?",
    ]
    last = month_of(newest.isoformat())
    for n, form in enumerate(lately):
        term = t[n]
        add("lately", form.format(t=term), **lately_fields(term, named[term], month_totals, last))
    latest = [
        "the latest on {t}",
        "anything recent on {t}",
        "latest on {t}",
        "anything recent about {t}?",
        "the newest on {t}",
        "something recent on {t}",
        "the most recent on {t}",
        "anything recent in {t}?",
        "the latest in {t}",
        "newest on {t}",
    ]
    for n, form in enumerate(latest):
        term = t[12 + n]
        add("latest", form.format(t=term), topic=term, plain=f"papers on {term}")
    add("latest", "the latest on VLM", topic="VLM", plain="papers on VLM")
    add("latest", "anything recent on RAG", topic="RAG", plain="papers on RAG")
    back = [
        ("papers from the digest before the last one", 1, ""),
        ("what was in the second-to-last digest?", 1, ""),
        ("papers from two digests ago", 2, ""),
        ("what came out in the penultimate digest?", 1, ""),
        ("list the papers of the digest before the latest one", 1, ""),
        ("what was in the third-to-last digest?", 2, ""),
        ("which papers came out two digests before the last one?", 2, ""),
        ("papers from four digests ago", 4, ""),
        ("papers from the next-to-last digest", 1, ""),
        ("what came out three digests ago?", 3, ""),
    ]
    for question, n, term in back:
        day = digests[-1 - n]
        add("digest", question, topic=term, period=[day, day], in_day=in_period(term, day, day))
    year = newest.year
    foreign = [
        ("artículos sobre agentes entre el 4 y el 20 de febrero", (2, 4), (2, 20), ""),
        ("articles sur les agents du 4 au 20 février", (2, 4), (2, 20), ""),
        ("Papers über Agenten vom 4. bis 20. Februar", (2, 4), (2, 20), ""),
        ("artículos sobre agentes del 3 al 14 de marzo de 2025", (3, 3), (3, 14), "2025"),
        ("articles sur les agents entre le 3 et le 14 mars 2025", (3, 3), (3, 14), "2025"),
        ("Arbeiten über Agenten zwischen dem 3. und 14. März 2025", (3, 3), (3, 14), "2025"),
        ("papers on agents from 10 to 21 June", (6, 10), (6, 21), ""),
        ("papers on agents between June 10 and 21, 2025", (6, 10), (6, 21), "2025"),
        ("articles sur les agents du 1er au 15 septembre", (9, 1), (9, 15), ""),
        ("artículos sobre agentes entre el 2 y el 12 de diciembre de 2024", (12, 2), (12, 12), "2024"),
        ("Papers über Agenten vom 2. bis zum 12. Dezember 2024", (12, 2), (12, 12), "2024"),
        ("papers on agents between 2 and 12 December", (12, 2), (12, 12), ""),
    ]
    for question, (m1, d1), (m2, d2), written in foreign:
        y = int(written) if written else year - (m2 > newest.month)
        period = [date(y, m1, d1).isoformat(), date(y, m2, d2).isoformat()]
        add("foreign", question, period=period)
    add(
        "count",
        "how many of them are from October 2025?",
        chat=["papers on diffusion language models"],
        trend="how has diffusion language models changed over time?",
        month="2025-10",
    )
    add(
        "count",
        "how many of them are from September 2025?",
        chat=["papers on reward models"],
        trend="how has reward models changed over time?",
        month="2025-09",
    )
    controls = [
        ("the last layer of transformers", ["", ""], ""),
        ("what do papers say about the penultimate layer of vision transformers?", ["", ""], ""),
        (f"papers on {t[22]} from the day before the last digest", [digests[-2]] * 2, ""),
        (f"is {t[23]} growing?", ["", ""], "trend"),
        ("papers on agents from 4 to 20 February 2025", ["2025-02-04", "2025-02-20"], ""),
        ("which methods keep two previous checkpoints?", ["", ""], ""),
    ]
    for question, period, intent in controls:
        add("control", question, period=period, intent=intent)
    write_halved(rows, "time3_dev.jsonl")


if __name__ == "__main__":
    main()

"""Write eval/chat6_dev.jsonl: chat follow-ups that point past the fifth entry of a list or count from its end ("the
seventh one", "the 12th paper", "the one before last"), one list asked with "published" or with a day that opens or
closes its span ("from January 1, 2025", "until end of March 2025"), and two requests in one turn ("what is GRPO?
summarize it"). Topics are drawn at random (seed 6) from the corpus's records, never from an answer. See
eval/chat6_dev.md for the rule each kind passes by.

Run: `python eval/make_chat6_dev.py` with RAG_HOME pointing at an index.
"""

from __future__ import annotations

import json
import random
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from eval.make_chat4_dev import naming  # noqa: E402
from rag.answer import Answerer  # noqa: E402
from rag.settings import Settings  # noqa: E402


def main() -> None:
    rnd = random.Random(6)
    answerer = Answerer(Settings.from_env(llm="extractive"))
    papers = answerer.retriever.papers
    acronyms = answerer.retriever.acronyms
    expansions = sorted({e for e in acronyms.values() if 1 <= len(e.split()) <= 3 and e.isascii() and e == e.lower()})
    texts = [f"{p.title} {p.summary}".lower() for p in papers]
    named = {e: naming([p for p, t in zip(papers, texts, strict=True) if e in t], e) for e in expansions}
    rows: list[dict] = []
    used: set[str] = set()

    def add(kind: str, turns: list[str], **rule: object) -> None:
        half = "tune" if sum(r["kind"] == kind for r in rows) % 2 == 0 else "check"
        rows.append({"id": f"chat6-{len(rows) + 1:02d}", "half": half, "kind": kind, "turns": turns, **rule})

    def draw(pool: list[str]) -> str:
        x = next(e for e in pool if e not in used)
        used.add(x)
        return x

    # an entry past the fifth, or counted from the list's end: the entry the list the chat showed holds there
    long_lists = [e for e in expansions if 30 <= len(named[e]) <= 120]
    rnd.shuffle(long_lists)
    places = [
        ("summarize the seventh one", 7),
        ("who wrote the 12th paper?", 12),
        ("the eighth", 8),
        ("tell me about the sixth one", 6),
        ("what does the ninth one propose?", 9),
        ("who are the authors of the 11th one?", 11),
    ]
    for ask, place in places:
        add("entry past the fifth", [f"papers on {draw(long_lists)}", ask], entry_of=[0, place])
    from_end = [
        ("summarize the last one", -1),
        ("who wrote the one before last?", -2),
        ("what does the last one propose?", -1),
        ("the second to last one's authors?", -2),
    ]
    short_lists = [e for e in expansions if 8 <= len(named[e]) <= 10]  # a list shown whole, so its end is seen
    rnd.shuffle(short_lists)
    for ask, place in from_end:
        add("entry from the end", [f"papers on {draw(short_lists)}", ask], entry_of=[0, place])

    # one list asked with a date written another way: the same papers in the same order as its plain twin
    topics = [e for e in expansions if 15 <= len(named[e]) <= 120]
    rnd.shuffle(topics)
    recent = [e for e in topics if sum(min(p.dates) >= "2025-01-01" for p in named[e]) >= 8]
    by_year = {e: Counter(min(p.dates)[:4] for p in named[e]) for e in topics}
    yearly = [e for e in topics if min(by_year[e].get("2024", 0), by_year[e].get("2025", 0)) >= 4]
    published = [
        ("papers on {} published in 2025", "papers on {} in 2025", recent),
        ("{} papers published in 2024", "{} papers in 2024", yearly),
        ("papers on {} published since March 2025", "papers on {} since March 2025", recent),
        ("which papers on {} were published in 2024?", "which papers on {} are from 2024?", yearly),
    ]
    for variant, twin, pool in published:
        x = draw(pool)
        add("published", [variant.format(x)], same_order_as=twin.format(x))
    spans = [
        ("papers on {} from January 1, 2025", "papers on {} since 2025-01-01"),
        ("papers on {} since March 3rd, 2025", "papers on {} since 2025-03-03"),
        ("papers on {} from 1 Feb 2025", "papers on {} since 2025-02-01"),
        ("papers on {} until end of March 2025", "papers on {} until 2025-03-31"),
        ("papers on {} from June 2nd, 2025 onwards", "papers on {} since 2025-06-02"),
        ("papers on {} before April 2025", "papers on {} until 2025-03-31"),
        ("papers on {} between Feb 3 and Feb 10", "papers on {} between 2025-02-03 and 2025-02-10"),
        ("papers on {} up to the end of June 2025", "papers on {} until 2025-06-30"),
    ]
    for variant, twin in spans:
        x = draw(recent)
        add("day opens or closes the span", [variant.format(x)], same_order_as=twin.format(x))

    # two requests in one turn: a definition, then a summary of the papers on the term
    defined = sorted(
        a.upper()
        for a, e in acronyms.items()
        if a.isalpha() and not e.endswith("s") and 3 <= len(a) <= 6 and 15 <= len(named.get(e, [])) <= 120
    )
    rnd.shuffle(defined)
    twos = [
        ("what is {}? summarize it", ["what is {}?", "summarize the papers on {}"]),
        ("what is {}? and summarize the papers on it", ["what is {}?", "summarize the papers on {}"]),
        ("what is {}? summarize the papers on it", ["what is {}?", "summarize the papers on {}"]),
        ("What's {}? Also summarize the papers about it.", ["what is {}?", "summarize the papers on {}"]),
    ]
    for ask, parts in twos:
        a = defined.pop()
        add("two requests", [ask.format(a)], holds_answers=[p.format(a) for p in parts])

    out = ROOT / "eval" / "chat6_dev.jsonl"
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    print(f"{len(rows)} rows → {out}", Counter((r["kind"], r["half"]) for r in rows))


if __name__ == "__main__":
    main()

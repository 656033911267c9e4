"""Write eval/chat4_dev.jsonl: chat follow-ups that narrow a list or point back at the previous answer (probe9
defect 6), their topics, papers and weeks drawn at random (seed 4) from the corpus's records, never from an
answer. See eval/chat4_dev.md for the rule each kind passes by.

Run: `python eval/make_chat4_dev.py` with RAG_HOME pointing at an index.
"""

from __future__ import annotations

import calendar
import json
import random
import re
import sys
from collections import Counter
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from rag.answer import Answerer  # noqa: E402
from rag.settings import Settings  # noqa: E402

PER_KIND = 6


def naming(papers: list, phrase: str) -> list:
    pattern = re.compile(rf"(?<![\w-]){re.escape(phrase)}s?(?![\w-])", re.I)
    return [p for p in papers if pattern.search(f"{p.title} {p.summary}")]


def main() -> None:
    rnd = random.Random(4)
    answerer = Answerer(Settings.from_env(llm="extractive"))
    papers = answerer.retriever.papers
    expansions = sorted({e for e in answerer.retriever.acronyms.values() if 2 <= len(e.split()) <= 4 and e.isascii()})
    named = {e: naming(papers, e) for e in expansions}
    topics = [e for e in expansions if 12 <= len(named[e]) <= 120]
    rnd.shuffle(topics)
    rows: list[dict] = []

    def add(kind: str, turns: list[str], **rule: object) -> None:
        half = "tune" if sum(r["kind"] == kind for r in rows) % 2 == 0 else "check"
        rows.append({"id": f"chat4-{len(rows) + 1:02d}", "half": half, "kind": kind, "turns": turns, **rule})

    # "any about Y?" after a list: the list's papers about Y, as "which of them are about Y?" gives them
    asks = ["any about {}?", "any on {}?", "are there any about {}?", "any that use {}?"]
    used: set[str] = set()
    for x in topics:
        if sum(r["kind"] == "any about" for r in rows) == PER_KIND + 2:
            break
        ids = {p.id for p in named[x]}
        inner = [
            y for y in expansions if y != x and y not in x and x not in y and len({p.id for p in named[y]} & ids) >= 2
        ]
        if not inner or x in used:
            continue
        y = rnd.choice(inner)
        used |= {x, y}
        ask = asks[len(used) // 2 % len(asks)]
        spelled = "which of them use {}?" if "use" in ask else "which of them are about {}?"
        add(
            "any about",
            [f"papers on {x}", ask.format(y)],
            same_chat=[f"papers on {x}", spelled.format(y)],
            cited_among=0,
        )

    # "that month" after a busiest-month answer: the topic's papers of that month, as asked with the month's days
    follows = [
        "list the papers from that month",
        "show me the papers from that month",
        "which papers came out that month?",
    ]
    for x in topics:
        if sum(r["kind"] == "that month" for r in rows) == PER_KIND or x in used:
            continue
        months = Counter(min(p.dates)[:7] for p in named[x])
        (best, n), *rest = months.most_common() + [("", 0)]
        if n < 5 or rest[0][1] > n - 2:
            continue  # a busiest month clear of the next by two papers, whatever the answer's matching adds
        used.add(x)
        y, m = int(best[:4]), int(best[5:])
        since, until = f"{best}-01", f"{best}-{calendar.monthrange(y, m)[1]:02d}"
        follow = follows[sum(r["kind"] == "that month" for r in rows) % len(follows)]
        add(
            "that month",
            [f"which month had the most {x} papers?", follow],
            same_as=f"papers on {x} between {since} and {until}",
            cited_within=[since, until],
        )

    # "they" after an authors answer: the paper itself
    seconds = ["what benchmarks did they use?", "what did they propose?", "what datasets did they evaluate on?"]
    short = [p for p in papers if ":" in p.title and 1 <= len(p.title.split(":")[0].split()) <= 3 and p.authors]
    short = [p for p in short if len([q for q in papers if q.title.split(":")[0] == p.title.split(":")[0]]) == 1]
    for p in rnd.sample(short, PER_KIND):
        name = p.title.split(":")[0].strip()
        second = seconds[sum(r["kind"] == "they after who wrote" for r in rows) % len(seconds)]
        add(
            "they after who wrote",
            [f"who wrote {name}?", second],
            cited_first_is=[0, 1],
            lacks=["do not cover"],
        )

    # a spelled-out phrase stays spelled out: "what about P in general?" after a list is P's list
    spelled = [e for e in topics if e not in used and len(e.split()) >= 2]
    for x, p in zip(rnd.sample(topics, PER_KIND), rnd.sample(spelled, PER_KIND), strict=True):
        add(
            "spelled phrase kept",
            [f"papers on {x}", f"thanks, and what about {p} in general?"],
            same_as=f"papers on {p}",
        )

    # a filter turn that listed nothing leaves no filter behind: the next turn asks of the list before it
    years = ["2024", "2025"]
    for i, x in enumerate(rnd.sample(topics, PER_KIND)):
        second = ["which of them have code?", "¿cuáles tienen código?", "only the ones with code"][i % 3]
        year = years[i % 2]
        if not [p for p in named[x] if p.has_code]:
            add(
                "empty filter dropped",
                [f"papers on {x}", second, f"which ones are from {year}?"],
                same_as=f"papers on {x} from {year}",
            )

    # after a week's summary: "which of those are about Y?" lists that week's papers on Y; "the first one" is [1]
    days = sorted({d for p in papers for d in p.dates})
    mondays = sorted(
        {(date.fromisoformat(d) - timedelta(days=date.fromisoformat(d).weekday())).isoformat() for d in days}
    )
    for monday in rnd.sample(mondays[1:-1], PER_KIND // 2):
        end = (date.fromisoformat(monday) + timedelta(days=6)).isoformat()
        week = [p for p in papers if any(monday <= d <= end for d in p.dates)]
        common = Counter(e for e in topics for p in week if p in named[e]).most_common(5)
        y = rnd.choice([e for e, n in common if n >= 2] or [common[0][0]])
        first = f"summarize the week of {monday}"
        add(
            "after week summary",
            [first, f"which of those are about {y}?"],
            intent_not="fact",
            cited_within=[monday, end],
        )
        add(
            "after week summary",
            [first, f"which of those are about {y}?", "summarize the first one"],
            cited_first_is=[1, 1],
        )

    out = ROOT / "eval" / "chat4_dev.jsonl"
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    print(f"{len(rows)} rows → {out}", Counter((r["kind"], r["half"]) for r in rows))


if __name__ == "__main__":
    main()

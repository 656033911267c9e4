"""Write eval/chat5_dev.jsonl: chat follow-ups that refine a list's topic ("and for web agents?" after "papers on
agents"), point at an entry of a filtered list, compare one topic's papers of two years, and the same list asked
with its dates written differently. Topics are drawn at random (seed 5) from the corpus's records, never from an
answer. See eval/chat5_dev.md for the rule each kind passes by.

Run: `python eval/make_chat5_dev.py` with RAG_HOME pointing at an index.
"""

from __future__ import annotations

import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from eval.make_chat4_dev import naming  # noqa: E402
from rag.answer import Answerer  # noqa: E402
from rag.settings import Settings  # noqa: E402

# A word before a topic that is no kind of it ("these agents", "existing agents"): general English.
NOT_KINDS = frozenset(
    "the a an of and or for in on to with by from these those this that our their its such other existing "
    "current recent prior previous both multiple many several various different new novel most more all each "
    "any some two three based using via as is are be can which where when than into across between".split()
)


def refinements(papers: list, topic: str) -> list[tuple[str, int]]:
    """ "<word> <topic>" phrases 8–60 papers write and two titles or more (a kind of the topic: "web agents" for
    "agents", not "evaluate agents"; a gerund, "evaluating agents", is no kind either)."""
    pattern = re.compile(rf"(?<![\w-])([a-z][a-z-]{{2,}})\s+{re.escape(topic)}(?![\w-])", re.I)
    found: Counter[str] = Counter()
    for p in papers:
        text = f"{p.title} {p.summary}"
        if topic in text.lower():
            found.update({m.lower() for m in pattern.findall(text)})
    titled = Counter(m.lower() for p in papers for m in pattern.findall(p.title))  # a kind is a name titles write
    return [
        (f"{w} {topic}", n)
        for w, n in found.items()
        if w not in NOT_KINDS and not w.endswith("ing") and 8 <= n <= 60 and titled[w] >= 2
    ]


def main() -> None:
    rnd = random.Random(5)
    answerer = Answerer(Settings.from_env(llm="extractive"))
    papers = answerer.retriever.papers
    expansions = sorted({e for e in answerer.retriever.acronyms.values() if 1 <= len(e.split()) <= 3 and e.isascii()})
    texts = [f"{p.title} {p.summary}".lower() for p in papers]
    named = {e: naming([p for p, t in zip(papers, texts, strict=True) if e.lower() in t], e) for e in expansions}
    rows: list[dict] = []

    def add(kind: str, turns: list[str], **rule: object) -> None:
        half = "tune" if sum(r["kind"] == kind for r in rows) % 2 == 0 else "check"
        rows.append({"id": f"chat5-{len(rows) + 1:02d}", "half": half, "kind": kind, "turns": turns, **rule})

    # "and for X?" / "what about X?" after a list, X a kind of the list's topic: the same question of X
    broad = [e for e in expansions if len(named[e]) >= 40 and e.lower() == e]
    rnd.shuffle(broad)
    asks = ["and for {}?", "and for {}?", "what about {}?", "and in {}?"]
    used: set[str] = set()
    for topic in broad:
        if len([r for r in rows if r["kind"] == "refine"]) == len(asks):
            break
        kinds = refinements(papers, topic)
        if not kinds:
            continue
        x, _ = rnd.choice(sorted(kinds))
        used.add(topic)
        ask = asks[len([r for r in rows if r["kind"] == "refine"])]
        add("refine", [f"papers on {topic}", ask.format(x)], same_as=f"papers on {x}")

    # an entry of a filtered list: the list the user saw last, or "no such entry" where it is shorter
    topics = [e for e in expansions if 15 <= len(named[e]) <= 120 and e not in used]
    rnd.shuffle(topics)
    coded = [e for e in topics if any(p.has_code for p in named[e])]
    ordinals = [
        ("summarize the second one", 2),
        ("the third one's authors?", 3),
        ("tell me about the second one", 2),
        ("what does the third one propose?", 3),
        ("summarize the second one", 2),
        ("who wrote the second one?", 2),
    ]
    filters = [
        "which of them have code?",
        "which of them are about {}?",
        "only the 2025 ones",
        "which of them are from 2024?",
    ]
    for i, (ask, place) in enumerate(ordinals):
        pool = coded if i % len(filters) == 0 else topics
        x = next(e for e in pool if e not in used)
        used.add(x)
        second = filters[i % len(filters)]
        if "{}" in second:
            ids = {p.id for p in named[x]}
            inner = [y for y in expansions if y not in x and x not in y and len({p.id for p in named[y]} & ids) >= 2]
            second = second.format(rnd.choice(inner))
        add("entry of a filtered list", [f"papers on {x}", second, ask], entry_of=[1, place])

    # "only the 2025 ones" after a list: the list's papers of that year
    for year in ("2025", "2024"):
        x = next(e for e in topics if e not in used)
        used.add(x)
        add("only the year's", [f"papers on {x}", f"only the {year} ones"], same_as=f"papers on {x} from {year}")

    # one topic's papers of two years compared: a count per year, as "X papers 2024 vs 2025" gives it
    yearly = [
        e
        for e in topics
        if e not in used and min(Counter(min(p.dates)[:4] for p in named[e]).get(y, 0) for y in ("2024", "2025")) >= 4
    ]
    compares = [
        ["compare the {} papers of 2024 with those of 2025"],
        ["papers on {} from 2024", "compare them with those of 2025"],
        ["compare {} papers from 2024 and 2025"],
        ["papers on {}", "compare the 2024 ones with the 2025 ones"],
    ]
    for turns, x in zip(compares, rnd.sample(yearly, len(compares)), strict=True):
        used.add(x)
        add(
            "per-year compare", [t.format(x) for t in turns], per_year=["2024", "2025"], twin=f"{x} papers 2024 vs 2025"
        )

    # the same list with its dates written differently: the same papers in the same order
    wordings = [
        ("papers on {} since 2025-01-01", "papers on {} from 2025 onwards"),
        ("papers on {} since 2025-01-01", "papers on {} in 2025 and later"),
        ("papers on {} since 2025-06-01", "papers on {} from June 2025 on"),
        ("papers on {} since 2025-01-01", "papers on {}, 2025 and beyond"),
        ("papers on {} since 2025-03-01", "papers on {} starting March 2025"),
        ("papers on {} since 2025-01-01", "papers on {} published in 2025 or later"),
    ]
    recent = [e for e in topics if e not in used and sum(min(p.dates) >= "2025-06-01" for p in named[e]) >= 5]
    for (ref, variant), x in zip(wordings, rnd.sample(recent, len(wordings)), strict=True):
        add("dates written differently", [variant.format(x)], same_order_as=ref.format(x))

    out = ROOT / "eval" / "chat5_dev.jsonl"
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    print(f"{len(rows)} rows → {out}", Counter((r["kind"], r["half"]) for r in rows))


if __name__ == "__main__":
    main()

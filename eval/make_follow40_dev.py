"""Write eval/follow40_dev.jsonl: chats whose follow-up refers to the papers the turn before listed ("summarise
them", "which of them are from 2025?", "compare the first two", "resúmelos") or asks something new ("and what about
X?"). First turns are drawn at random (seed 2026112840): authors with 2-8 papers in the corpus ("papers by A"),
topics of a fixed pool with a month holding at least three papers on them ("papers on T from March 2025"), and the
topics among the papers with a code link; the follow-ups are drawn from fixed pools in five languages. What a right
answer must hold is read from the corpus (eval/follow40_dev.md): each turn's `check` names the filters every cited
paper must meet (author listed, date in the period, a code link, the topic written in its title or summary), and
`expect` how many corpus papers meet them (0: the answer must cite none).

Run once: `python eval/make_follow40_dev.py` with RAG_HOME pointing at an index (it rewrites the set).
"""

from __future__ import annotations

import calendar
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SEED = 2026112840
# topic: the words a paper on it writes (title or summary)
TOPICS = {
    "state space models": r"state[- ]space|\bmamba",
    "knowledge distillation": r"distill",
    "mixture of experts": r"mixture[- ]of[- ]experts|\bmoe\b",
    "quantization": r"quantiz",
    "world models": r"world[- ]models?\b",
    "flow matching": r"flow[- ]matching",
    "model merging": r"model merging|merg(?:e|es|ed|ing) (?:\w+ )?models",
    "test-time scaling": r"test[- ]time (?:compute|scaling)",
    "sparse autoencoders": r"sparse autoencoder",
    "continual learning": r"continual",
    "hallucination": r"hallucinat",
    "speculative decoding": r"speculative",
    "retrieval-augmented generation": r"retrieval[- ]augmented|\brag\b",
    "GUI agents": r"\bgui\b",
    "text-to-video": r"text[- ]to[- ]video|video generation",
    "preference optimization": r"preference optimi[sz]ation|\bdpo\b",
}
THEM = ["summarise them", "compare the first two", "who wrote them?", "give me an overview of these",
        "resúmelos", "résume-les", "fasse sie zusammen", "总结一下这些论文"]  # fmt: skip
DATED = [("which of them are from 2025?", "2025"), ("only 2025", "2025"), ("only the ones from 2024", "2024"),
         ("¿cuáles de ellos son de 2025?", "2025"), ("et ceux de 2024 ?", "2024")]  # fmt: skip
CODED = ["which of them have code?", "any with code?"]
NEW = ["and what about {t}?", "what about {t}?", "papers on {t}"]
MONTHS = "January February March April May June July August September October November December".split()


def main() -> None:
    from rag.catalogue import load
    from rag.settings import Settings

    papers = list(load(Settings.from_env()).papers)
    text = {p.id: f"{p.title} {p.summary}" for p in papers}
    rng = random.Random(SEED)
    counts = Counter(a for p in papers for a in p.authors)
    authors = sorted(a for a, n in counts.items() if 2 <= n <= 8 and len(a.split()) >= 2)

    def meeting(check: dict) -> int:
        """How many corpus papers meet a turn's filters."""
        n = 0
        for p in papers:
            if check.get("author") and check["author"] not in p.authors:
                continue
            if check.get("since") and not check["since"] <= p.date <= check["until"]:
                continue
            if check.get("code") and not p.has_code:
                continue
            if check.get("topic") and not re.search(check["topic"], text[p.id], re.I):
                continue
            n += 1
        return n

    def row(kind: str, turns: list[str], checks: list[dict | None]) -> dict:
        for check in checks:
            if check is not None and "not_author" not in check:
                check["expect"] = meeting(check)
        return {"kind": kind, "turns": turns, "checks": checks}

    rows = []
    for i in range(10):  # papers by an author, then about them (half), a period of them, or their code
        author = rng.choice(authors)
        first = {"author": author}
        pick = i % 3
        if pick == 0:
            follow = rng.choice(THEM)
            rows.append(row("author", [f"papers by {author}", follow], [None, dict(first)]))
        elif pick == 1:
            follow, year = rng.choice(DATED)
            second = {**first, "since": f"{year}-01-01", "until": f"{year}-12-31"}
            turns, checks = [f"papers by {author}", follow], [None, second]
            if rng.random() < 0.6:
                turns.append(rng.choice(THEM))
                checks.append(dict(second))
            rows.append(row("author", turns, checks))
        else:
            follow = rng.choice(CODED if rng.random() < 0.3 else THEM)
            second = {**first, "code": True} if follow in CODED else dict(first)
            rows.append(row("author", [f"papers by {author}", follow], [None, second]))
    names = list(TOPICS)
    for _ in range(8):  # a topic in one month, then about those papers
        while True:
            topic = rng.choice(names)
            year, month = rng.choice([(2024, m) for m in range(9, 13)] + [(2025, m) for m in range(1, 11)])
            since = f"{year}-{month:02d}-01"
            until = f"{year}-{month:02d}-{calendar.monthrange(year, month)[1]:02d}"
            check = {"topic": TOPICS[topic], "since": since, "until": until}
            if meeting(check) >= 3:
                break
        first_turn = rng.choice(["papers on {t} from {m} {y}", "{t} papers from {m} {y}", "papers on {t} in {m} {y}"])
        first_turn = first_turn.format(t=topic, m=MONTHS[month - 1], y=year)
        follow = rng.choice(THEM + CODED[:1])
        second = {**check, "code": True} if follow in CODED else dict(check)
        rows.append(row("month", [first_turn, follow], [None, second]))
    coded = [t for t, rx in TOPICS.items() if any(p.has_code and re.search(rx, text[p.id], re.I) for p in papers)]
    for topic in rng.sample(coded, min(2, len(coded))):  # a topic's papers with code, then about them
        check = {"topic": TOPICS[topic], "code": True}
        rows.append(row("code", [f"papers on {topic} that have code", rng.choice(THEM)], [None, dict(check)]))
    for _ in range(4):  # an author's papers, then a new topic: the author is no filter of it
        author = rng.choice(authors)
        topic = rng.choice(names)
        follow = rng.choice(NEW).format(t=topic)
        rows.append(row("new", [f"papers by {author}", follow], [None, {"not_author": author, "topic": TOPICS[topic]}]))
    # the reproduction (job follow40), read from the corpus: Xinchao Wang's four diffusion language model papers
    dlm = {"author": "Xinchao Wang", "topic": r"diffusion (?:large )?language model|\bdlms?\b|diffusion.{0,40}language"}
    rows.append(
        row("topic_author", ["diffusion language model papers by Xinchao Wang", "summarise them"], [None, dict(dlm)])
    )
    rows.append(
        row("topic_author", ["diffusion language model papers by Xinchao Wang", "resúmelos"], [None, dict(dlm)])
    )
    with (ROOT / "eval" / "follow40_dev.jsonl").open("w") as out:
        for n, r in enumerate(rows, 1):
            out.write(
                json.dumps({"id": f"follow40-{n:02d}", "half": "tune" if n % 2 else "check", **r}, ensure_ascii=False)
                + "\n"
            )


if __name__ == "__main__":
    main()

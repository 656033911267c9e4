"""Write eval/chat41_dev.jsonl: chat follow-ups that refer to the previous answer ("which one scored highest?",
"any follow-ups on X?", "more like the second one", "summarise them" after an author's list) and questions that
name an author after their topic ("papers on T by A", "A's work on T"). Topics come from a fixed pool, authors and
focus papers are drawn at random (seed 2026112841) from the corpus; the follow-up wordings from fixed pools. What a
right answer must hold is read from the corpus (eval/chat41_dev.md): each row's `check` names the rule its last
turn is judged by and the filters it needs (a topic regex the cited papers write, an author, a date floor).

Run once: `python eval/make_chat41_dev.py` with RAG_HOME pointing at an index (it rewrites the set).
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

SEED = 2026112841
# topic: the words a paper on it writes (title or summary)
TOPICS = {
    "state space models": r"state[- ]space|\bmamba",
    "knowledge distillation": r"distill",
    "mixture of experts": r"mixture[- ]of[- ]experts|\bmoe\b",
    "quantization": r"quantiz",
    "world models": r"world[- ]models?\b",
    "model merging": r"model merging|merg(?:e|es|ed|ing) (?:\w+ )?models",
    "test-time scaling": r"test[- ]time (?:compute|scaling)",
    "sparse autoencoders": r"sparse autoencoder",
    "hallucination": r"hallucinat",
    "speculative decoding": r"speculative",
    "GUI agents": r"\bgui\b",
    "text-to-video": r"text[- ]to[- ]video|video generation",
    "preference optimization": r"preference optimi[sz]ation|\bdpo\b",
    "GRPO": r"\bgrpo\b|group relative policy",
    "diffusion models": r"diffusion",
    "reinforcement learning": r"reinforcement learning|\brl\b",
    "benchmarks": r"benchmark",
    "3D reconstruction": r"\b3d\b.{0,40}reconstruct|reconstruct.{0,40}\b3d\b",
    "video understanding": r"video understanding",
    "code generation": r"code generation|generat\w* code",
}
SCORED = {  # a superlative follow-up and the rule it is judged by
    "which one scored highest?": "score",
    "which one is best?": "score",
    "which of them performs best?": "score",
    "which one is the fastest?": "speed",
    "which is the newest?": "newest",
    "which one is the oldest?": "oldest",
    "which one has the most citations?": "citations",
}
FOLLOW = ["any follow-ups on {t}?", "any follow-up work on {t}?", "any newer work on {t}?",
          "is there follow-up work on {t}?"]  # fmt: skip
LIKE = ["more like the second one", "anything similar to the second one?", "show me more like the second one"]
THEM = ["summarise them", "give me an overview of these", "what are they about?", "sum them up"]
BY = ["papers on {t} by {a}", "{a}'s work on {t}", "what has {a} written on {t}?", "papers about {t} from {a}"]
LIST = ["papers on {t}", "{t} papers", "list papers on {t}"]


def main() -> None:
    from rag.catalogue import load
    from rag.settings import Settings

    papers = sorted(load(Settings.from_env()).papers, key=lambda p: p.id)
    text = {p.id: f"{p.title} {p.summary}" for p in papers}
    rng = random.Random(SEED)
    names = list(TOPICS)

    def on(topic: str) -> list:
        return [p for p in papers if re.search(TOPICS[topic], text[p.id], re.I)]

    rows: list[dict] = []
    # a list, then a superlative about it: the reproduction (probe40 CH3), then drawn topics and wordings
    rows.append({"kind": "superlative", "turns": ["papers on financial reasoning models", "which one scored highest?"],
                 "check": {"rule": "score"}})  # fmt: skip
    wordings = list(SCORED)
    rng.shuffle(wordings)
    for follow in wordings[:6]:
        topic = rng.choice(names)
        turns = [rng.choice(LIST).format(t=topic), follow]
        rows.append({"kind": "superlative", "turns": turns, "check": {"rule": SCORED[follow]}})
    # a paper in focus, then its follow-ups on a topic: the reproduction (probe40 CH5), then drawn focus papers
    turns = ["the overthinking paper with 2+3", "any follow-ups on efficient reasoning?"]
    check = {"rule": "newer", "topic": r"efficient reasoning|overthink", "since": "2025-01-01"}
    rows.append({"kind": "followups", "turns": turns, "check": check})
    for _ in range(4):
        while True:
            topic = rng.choice(names)
            pool = on(topic)
            focus = rng.choice(pool)
            if ":" in focus.title and sum(p.date > focus.date for p in pool) >= 3:
                break
        turns = [f'tell me about "{focus.title}"', rng.choice(FOLLOW).format(t=topic)]
        rows.append({"kind": "followups", "turns": turns,
                     "check": {"rule": "newer", "topic": TOPICS[topic], "since": focus.date}})  # fmt: skip
    for _ in range(2):  # a list, then more like its second entry
        topic = rng.choice(names)
        rows.append({"kind": "like", "turns": [rng.choice(LIST).format(t=topic), rng.choice(LIKE)],
                     "check": {"rule": "like"}})  # fmt: skip
    counts = Counter(a for p in papers for a in p.authors)
    many = sorted(a for a, n in counts.items() if 9 <= n <= 25 and len(a.split()) >= 2)
    few = sorted(a for a, n in counts.items() if 3 <= n <= 8 and len(a.split()) >= 2)
    # an author's list, then a summary of exactly it: the reproduction (Xinchao Wang, 16 papers), then drawn authors
    rows.append({"kind": "summary", "turns": ["papers by Xinchao Wang", "summarise them"],
                 "check": {"rule": "summary", "author": "Xinchao Wang", "expect": counts["Xinchao Wang"]}})  # fmt: skip
    for group in (many, few, many):
        author = rng.choice(group)
        rows.append({"kind": "summary", "turns": [f"papers by {author}", rng.choice(THEM)],
                     "check": {"rule": "summary", "author": author, "expect": counts[author]}})  # fmt: skip
    # a topic, then its author: the reproduction (GRPO by Xinchao Wang: none of his 16), then drawn authors
    grpo = sum(1 for p in on("GRPO") if "Xinchao Wang" in p.authors)
    rows.append({"kind": "by_author", "turns": ["papers on GRPO by Xinchao Wang"],
                 "check": {"rule": "by", "author": "Xinchao Wang", "topic": TOPICS["GRPO"], "expect": grpo,
                           "papers": counts["Xinchao Wang"]}})  # fmt: skip
    for n in range(5):
        while True:
            author = rng.choice(many + few)
            mine = [p for p in papers if author in p.authors]
            topic = rng.choice(names)
            hits = [p for p in mine if re.search(TOPICS[topic], text[p.id], re.I)]
            if (0 < len(hits) < len(mine)) if n < 4 else not hits:
                break
        turns = [rng.choice(BY).format(t=topic, a=author)]
        rows.append({"kind": "by_author", "turns": turns,
                     "check": {"rule": "by", "author": author, "topic": TOPICS[topic], "expect": len(hits),
                               "papers": len(mine)}})  # fmt: skip
    rng.shuffle(rows)
    with (ROOT / "eval" / "chat41_dev.jsonl").open("w") as out:
        for n, r in enumerate(rows, 1):
            half = "tune" if n % 2 else "check"
            out.write(json.dumps({"id": f"chat41-{n:02d}", "half": half, **r}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()

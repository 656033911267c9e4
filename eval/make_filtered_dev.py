"""Write eval/filtered_dev.jsonl: filtered searches (`rag search`, `/api/search`, MCP `search_papers`) and category
spellings, drawn with a fixed seed. Each topic carries the words that name it (general language: a word, its
plural and its acronym), with which the scorer greps every paper the filters allow."""

from __future__ import annotations

import json
import random
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = 7103
# topic as a user types it → regex (case-insensitive) of the words that name it in a title or summary
TOPICS = {
    "agents": r"\bagent",
    "diffusion models": r"\bdiffusion",
    "reinforcement learning": r"\breinforcement learning|\bRL\b",
    "speculative decoding": r"\bspeculative decoding",
    "mcts": r"\bMCTS\b|monte carlo tree search",
    "retrieval-augmented generation": r"\bretrieval[- ]augmented|\bRAG\b",
    "mixture of experts": r"\bmixture[- ]of[- ]experts|\bMoE",
    "robot manipulation": r"\brobot",
    "video generation": r"\bvideo generation",
    "quantization": r"\bquantiz",
    "code generation": r"\bcode generation",
    "speech": r"\bspeech",
}
FIRST, LAST = date(2024, 9, 5), date(2025, 10, 30)
# spellings of a category as a user may type them → the category as the index holds it
SPELLINGS = [
    ("multi-modal", "Multimodal"),
    ("Multi Modal", "Multimodal"),
    ("multimodal", "Multimodal"),
    ("machine learning", "Machine Learning"),
    ("Machine-Learning", "Machine Learning"),
    ("reinforcement  learning", "Reinforcement Learning"),
    ("ROBOTICS", "Robotics"),
    ("text-to-video", "Text-to-Video"),
]


def window(rng: random.Random) -> dict[str, str]:
    """A since/until, a since alone or an until alone, of 1 to 60 days inside the corpus."""
    days = rng.choice([1, 2, 3, 7, 14, 31, 60])
    start = FIRST + timedelta(days=rng.randrange((LAST - FIRST).days - days))
    end = start + timedelta(days=days - 1)
    shape = rng.choice(["both", "both", "both", "since", "until"])
    if shape == "since":
        return {"since": (LAST - timedelta(days=days)).isoformat()}
    if shape == "until":
        return {"until": (FIRST + timedelta(days=days - 1)).isoformat()}
    return {"since": start.isoformat(), "until": end.isoformat()}


def rows() -> list[dict]:
    rng = random.Random(SEED)
    out: list[dict] = [  # the two searches probe 7 reported (its "Filters return off-topic papers")
        {
            "id": "probe01",
            "kind": "filtered",
            "query": "agents",
            "names": TOPICS["agents"],
            "k": 10,
            "half": "tune",
            "filters": {"since": "2025-01-01", "until": "2025-01-31", "has_code": True, "category": "Multimodal"},
        },
        {
            "id": "probe02",
            "kind": "filtered",
            "query": "agents",
            "names": TOPICS["agents"],
            "k": 20,
            "half": "tune",
            "filters": {"until": "2024-09-06"},
        },
    ]
    topics = list(TOPICS)
    for n in range(32):
        topic = topics[n % len(topics)]
        filters: dict[str, str | bool] = dict(window(rng))
        if rng.random() < 0.35:
            filters["has_code"] = True
        if rng.random() < 0.15:
            filters["category"] = rng.choice(["Multimodal", "Machine Learning", "Natural Language Processing"])
        out.append(
            {
                "id": f"filt{n + 1:02d}",
                "kind": "filtered",
                "query": topic,
                "names": TOPICS[topic],
                "filters": filters,
                "k": rng.choice([5, 10, 20]),
                "half": "tune" if n % 2 == 0 else "check",
            }
        )
    for n, (spelling, held) in enumerate(SPELLINGS):
        out.append(
            {
                "id": f"cat{n + 1:02d}",
                "kind": "category",
                "query": rng.choice(["models", "benchmark", "learning"]),
                "filters": {"category": spelling},
                "held_as": held,
                "k": 10,
                "half": "tune" if n % 2 == 0 else "check",
            }
        )
    return out


def main() -> None:
    path = ROOT / "eval" / "filtered_dev.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows()), encoding="utf-8")
    print(f"{len(rows())} rows → {path}")


if __name__ == "__main__":
    main()

"""Write eval/authors2_dev.jsonl: an author's papers asked in the everyday shapes the author filter missed
("any papers from X?", "what did X put out", "X papers", "X's papers"), "who are its authors" in a chat, and
questions of the same shapes that name no person (eval/authors2_dev.md).

Authors: a seeded draw of the names (two words or more, capitalised) the digests list on 2 to 8 papers.
Run once with RAG_HOME pointing at the bundled index; the rows are then frozen.
"""

from __future__ import annotations

import json
import random
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from rag import catalogue  # noqa: E402
from rag.settings import Settings  # noqa: E402

SEED = 2026_1128_38
SHAPES = {
    "tune": ["any papers from {X}?", "what did {x} put out", "{x} papers", "{X}'s papers", "show me {X}'s work"],
    "check": [
        "anything from {X}?",
        "what has {X} put out?",
        "{X} publications",
        "{x}'s work",
        "got any work from {X}?",
    ],
}
CHAT = {
    "tune": ["who are its authors", "and its authors?"],
    "check": ["who were its authors?", "list its authors"],
}
# Same shapes naming no person: they keep their reading (no author filter).
CONTROLS = {
    "tune": [
        "any papers from March 2025 on agents?",
        "Mamba papers",
        "what did the DeepSeek-R1 paper put out?",
        "show me GRPO's work on math",
        "anything from last week on robotics?",
    ],
    "check": [
        "anything from February 2025 on diffusion?",
        "LoRA papers",
        "what has Qwen2.5-VL put out?",
        "got any work from 2024 on speculative decoding?",
        "Llama's papers",
    ],
}


def main() -> None:
    papers = catalogue.load(Settings.from_env()).papers
    counts = Counter(a for p in papers for a in set(p.authors))
    names = sorted(
        a
        for a, n in counts.items()
        if 2 <= n <= 8 and len(a.split()) >= 2 and all(w[:1].isupper() and w.isalpha() for w in a.split())
    )
    rng = random.Random(SEED)
    drawn = rng.sample(names, 20)
    rows = []
    for k, name in enumerate(drawn):
        half = "tune" if k % 2 == 0 else "check"
        shape = SHAPES[half][(k // 2) % len(SHAPES[half])]
        own = sorted(p.id for p in papers if name in p.authors)
        question = shape.format(X=name, x=name.lower())
        rows.append(
            {
                "id": f"au2-{k:02d}",
                "half": half,
                "kind": "author",
                "question": question,
                "author": name,
                "relevant": own,
            }
        )
    titled = [
        p
        for p in papers
        if ":" in p.title and 1 <= len(p.title.split(":")[0].split()) <= 2 and p.authors and len(p.authors) <= 8
    ]
    for k, paper in enumerate(rng.sample(titled, 8)):
        half = "tune" if k % 2 == 0 else "check"
        follow = CHAT[half][(k // 2) % len(CHAT[half])]
        rows.append(
            {
                "id": f"au2-chat{k}",
                "half": half,
                "kind": "chat",
                "turns": [f"what is {paper.title.split(':')[0].strip()}?", follow],
                "relevant": [paper.id],
                "authors": paper.authors,
            }
        )
    for half, questions in CONTROLS.items():
        for k, q in enumerate(questions):
            rows.append({"id": f"au2-ctl-{half}{k}", "half": half, "kind": "control", "question": q})
    out = ROOT / "eval" / "authors2_dev.jsonl"
    out.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    print(f"{len(rows)} rows -> {out}")


if __name__ == "__main__":
    main()

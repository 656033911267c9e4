"""Write eval/family_dev.jsonl: yes/no questions naming a model family ("does LIMO use qwen?") about papers whose
summary writes only a versioned name of it ("Qwen2.5-32B-Instruct"), and controls naming a family the summary
never writes. Papers are drawn at random (seeded) among those whose title opens with a short name no other
title holds. The family names are the question's words only (what a user types); the product gets no list.

Run: `python eval/make_family_dev.py` with RAG_HOME pointing at an index.
"""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from rag.retrieve import Retriever  # noqa: E402
from rag.settings import Settings  # noqa: E402

# read by the lead: the summary names the family only as what the paper is measured against
JUDGED_AGAINST = {"fam13", "fam17"}  # "surpasses Gemini-2.5-Pro", "matching … proprietary systems like Claude"
FAMILIES = ["qwen", "llama", "gemma", "mistral", "gpt", "deepseek", "phi", "internvl", "claude", "gemini"]


def row(rid: str, paper: Any, family: str, tune: bool, expect: str) -> dict:
    return {
        "id": rid,
        "kind": "property",
        "half": "tune" if tune else "check",
        "question": f"does {paper.title.split(':')[0]} use {family}?",
        "relevant": [paper.id],
        "expect": expect,
    }


def main() -> None:
    papers = Retriever(Settings.from_env()).papers
    names: dict[str, list] = {}
    for p in papers:
        m = re.match(r"^([A-Za-z][\w.+-]{1,20}):", p.title)
        if m:
            names.setdefault(m.group(1).lower(), []).append(p)
    rng = random.Random(34)
    yes, unstated = [], []
    for name, ps in sorted(names.items()):
        if len(ps) != 1 or sum(name in q.title.lower() for q in papers) != 1:
            continue
        p = ps[0]
        text = f"{p.title} {p.summary}"
        for fam in FAMILIES:
            versioned = re.search(rf"\b{fam}[-\s]?\d", text, re.I)
            bare = re.search(rf"\b{fam}\b(?![-\s]?\d)", text, re.I)
            if versioned and not bare:
                yes.append((p, name, fam))
        absent = [f for f in FAMILIES if not re.search(rf"{f}", text, re.I)]
        unstated.append((p, name, rng.choice(absent)))
    rng.shuffle(yes)
    rng.shuffle(unstated)
    rows = [
        row(f"fam{i:02d}", p, fam, i < 10, "unstated" if f"fam{i:02d}" in JUDGED_AGAINST else "yes")
        for i, (p, _name, fam) in enumerate(yes[:20])
    ]
    rows += [row(f"fam-c{i}", p, fam, i < 4, "unstated") for i, (p, _name, fam) in enumerate(unstated[:8])]
    out = ROOT / "eval" / "family_dev.jsonl"
    out.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    print(len(yes), "candidates;", len(rows), "rows")


if __name__ == "__main__":
    main()

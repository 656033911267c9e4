"""Write eval/defs2_dev.jsonl: an acronym and its spelled-out term asked "what is …", whether the two answers
name one count, and "which paper introduced X?" (see eval/defs2_dev.md for how the rows were judged).

Run: `python eval/make_defs2_dev.py` (no index needed: the terms and judgements below were read off it).
"""

from __future__ import annotations

import json
import random
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# Drawn with random.Random(12).sample(pool, 12) from the corpus's acronyms spelled out 4+ times and not in defs_dev;
# then the brief's three (ViT, PPO, LLM). Each: acronym as papers write it, expansion, relevant (a defining paper).
DRAWN = [
    ("NER", "named entity recognition", []),
    ("CER", "character error rate", []),
    ("DSC", "dice similarity coefficient", []),
    ("GNN", "graph neural network", []),
    ("MDP", "markov decision process", []),
    ("EM", "exact match", []),
    ("LM", "language model", []),
    ("MT", "machine translation", []),
    ("RLVR", "reinforcement learning with verifiable rewards", ["2508.08189"]),
    ("PBR", "physically based rendering", []),
    ("EO", "earth observation", []),
    ("MPO", "mixed preference optimization", []),
]
BRIEF = [
    ("ViT", "vision transformer", []),
    ("PPO", "proximal policy optimization", []),
    ("LLM", "large language model", []),
]
ASKED_IN_DEFS_DEV = {"PPO", "LLM"}  # their spelled-out question is a defs_dev row already

# "which paper introduced X": titles "X: …" drawn with random.Random(12) (the first six of twelve).
OWN = [
    ("GENIE", "2508.02831"),
    ("WildGS-SLAM", "2504.03886"),
    ("LazyDrag", "2509.12203"),
    ("MME-Reasoning", "2505.21327"),
    ("GaussianAvatar-Editor", "2501.09978"),
    ("AmbiK", "2506.04089"),
]
# Names published before the digests start (2024-09-05), general knowledge; some live on in longer names
# that papers of the digests introduce ("HumanEval Pro", "LiveCodeBench Pro", "MME-Reasoning", "SaM").
OLDER = "RLHF ViT DiT RoPE MME NeRF MMLU GSM8K HumanEval CLIP LLaVA SAM Mamba MathVista VBench LiveCodeBench".split()


def article(expansion: str, said: str) -> str:
    """ "a"/"an" before a countable term as said (an acronym by its letters' sound); none before an uncountable
    one ("what is machine translation")."""
    if expansion.split()[-1] not in {"network", "process", "model", "transformer"}:
        return ""
    sound = said[0].lower() in "aeiou" or (said.isupper() and said[0] in "FHLMNRSX")
    return "an " if sound else "a "


def rows() -> list[dict]:
    order = [a for a, _, _ in DRAWN]
    random.Random(12).shuffle(order)
    check = set(order[: len(order) // 2])
    out: list[dict] = []
    for acronym, expansion, relevant in DRAWN + BRIEF:
        half = "check" if acronym in check else "tune"
        kind = "defined" if relevant else "undefined"
        base = {"half": half, "acronym": acronym, "expansion": expansion, "relevant": relevant}
        asked_acronym = f"what is {article(expansion, acronym)}{acronym}"
        asked_words = f"what is {article(expansion, expansion)}{expansion}"
        out.append({"type": f"acronym_{kind}", "question": asked_acronym, **base})
        if acronym in ASKED_IN_DEFS_DEV:
            continue
        out.append({"type": f"words_{kind}", "question": asked_words, **base})
        out.append({"type": "same_count", "question": asked_acronym, "twin": asked_words, **base})
    for k, (name, paper) in enumerate(OWN):
        out.append(
            {
                "type": "introduced",
                "half": "tune" if k % 2 else "check",
                "name": name,
                "relevant": [paper],
                "question": f"which paper introduced {name}",
            }
        )
    for k, name in enumerate(OLDER):
        out.append(
            {
                "type": "introduced_before_corpus",
                "half": "tune" if k % 2 else "check",
                "name": name,
                "question": f"which paper introduced {name}",
            }
        )
    for k, row in enumerate(out, 1):
        row["id"] = f"defs2-{k:02d}"
    return out


def main() -> None:
    path = ROOT / "eval" / "defs2_dev.jsonl"
    made = rows()
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in made), encoding="utf-8")
    print(f"{len(made)} rows → {path}")


if __name__ == "__main__":
    main()

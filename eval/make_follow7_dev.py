"""Write eval/follow7_dev.jsonl: chat filters ("which of them are about vision?") over a list turn on a topic drawn
at random (seed 2026112838) from a fixed pool, and definitions of terms the corpus defines (drawn with the same
generator from eval/definitions_dev*.jsonl's `definition_name` rows) asked in six wordings. The filter rows' `must`
and `not_cited` papers were picked by reading the listed papers' titles and summaries (eval/follow7_dev.md).

Run once: `python eval/make_follow7_dev.py` (it rewrites the set).
"""

from __future__ import annotations

import json
import random
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
POOL = [
    "state space models", "knowledge distillation", "mixture of experts", "LoRA", "diffusion transformers",
    "contrastive learning", "RLHF", "quantization", "tokenization", "world models", "flow matching",
    "self-supervised learning", "model merging", "test-time scaling", "sparse autoencoders", "knowledge graphs",
    "continual learning", "data augmentation", "linear attention", "federated learning", "adversarial attacks",
    "hallucination", "curriculum learning", "synthetic data", "token pruning", "in-context learning",
    "reward models", "masked autoencoders", "neural architecture search", "prompt injection",
]  # fmt: skip
WORDINGS = [
    "{t} - what does it mean in deep learning",
    "{t}: what does it mean?",
    "meaning of {t}",
    "{t} means what?",
    "explain {t} to me",
    "what's {t} in ML?",
]
# (topic, follow-up, half, papers about the aspect that must be cited, list papers clearly not about it)
CHATS = [
    ("state space models", "which of them are about vision?", "tune",
     ["2504.11080", "2503.04130", "2504.03193", "2508.19242", "2505.08581", "2502.03738", "2411.19460", "2410.02362"],
     ["2501.02832", "2411.00233", "2410.05355"]),
    ("test-time scaling", "any of those on vision?", "check",
     ["2503.18942", "2505.17618", "2507.18537", "2509.26376", "2501.13926", "2510.20206", "2510.05034"],
     ["2502.14382", "2501.19393"]),
    ("world models", "which of them are about robotics?", "tune",
     ["2506.21539", "2509.22642", "2510.00406", "2410.01440", "2504.20995", "2508.05635", "2510.07313", "2506.23135",
      "2510.05057", "2504.18904", "2505.09723", "2506.06199"], []),
    ("hallucination", "which of them are about medicine?", "check",
     ["2510.00428", "2509.23379", "2409.07314", "2410.13085", "2506.07044"], ["2501.08292"]),
    ("contrastive learning", "only the ones about vision", "tune",
     ["2503.15485", "2504.13181", "2503.19903", "2507.04590", "2409.19291", "2412.07744", "2410.07160", "2412.01820"],
     []),
    ("data augmentation", "which of them are about vision?", "check",
     ["2411.19067", "2504.18983", "2504.13055", "2412.00927", "2503.15417", "2503.13434", "2506.18527"], []),
    ("diffusion transformers", "any of those on audio?", "tune",
     ["2409.10819", "2409.13216", "2503.01183", "2506.18729", "2507.20880", "2508.03448", "2510.21581", "2410.06885"],
     []),
    ("hallucination", "which of them are about speech?", "check", ["2508.15882", "2505.16211", "2507.16632"],
     ["2501.08292"]),
    ("masked autoencoders", "which of them are about vision?", "check",
     ["2509.01360", "2506.08900", "2510.06673", "2508.10894"], []),
]  # fmt: skip
PROBE_CHAT = {  # the user probe's chat (probe38 CH4), judged the same way
    "turns": ["papers about Mamba", "just the 2025 ones", "which of them are about vision?"],
    "half": "tune",
    "must": ["2504.03193", "2503.08686", "2503.04130", "2505.12667", "2504.11080", "2505.08581", "2508.19242",
             "2502.03738"],
    "not_cited": ["2501.02832", "2507.22448"],
}  # fmt: skip
GROKKING = {"name": "grokking", "relevant": ["2504.20752"], "facts": ["memorization to generalization"]}


def main() -> None:
    rng = random.Random(2026112838)
    topics = rng.sample(POOL, 12)
    assert {c[0] for c in CHATS} <= set(topics), "chat topics come from the draw"
    defined = [
        row
        for name in ("definitions_dev.jsonl", "definitions_dev2.jsonl")
        for line in (ROOT / "eval" / name).read_text(encoding="utf-8").splitlines()
        if line.strip() and (row := json.loads(line))["type"] == "definition_name"
    ]
    terms = [*rng.sample(defined, 10), GROKKING]
    rows = []
    for i, (topic, follow, half, must, not_cited) in enumerate(CHATS, 1):
        turns = [f"papers on {topic}", follow]
        rows.append({"id": f"follow7-c{i:02d}", "half": half, "kind": "filter", "turns": turns, "must": must,
                     "not_cited": not_cited})  # fmt: skip
    rows.append({"id": "follow7-c10", "kind": "filter", **PROBE_CHAT})
    for i, term in enumerate(terms, 1):
        wording = WORDINGS[0] if term is GROKKING else WORDINGS[(i - 1) % len(WORDINGS)]  # the probe's wording
        rows.append({
            "id": f"follow7-d{i:02d}", "half": "tune" if i % 2 else "check", "kind": "definition",
            "type": "definition_name", "name": term["name"], "question": wording.format(t=term["name"]),
            "relevant": term["relevant"], "facts": term["facts"],
        })  # fmt: skip
    with (ROOT / "eval" / "follow7_dev.jsonl").open("w", encoding="utf-8") as f:
        f.writelines(json.dumps(r) + "\n" for r in rows)


if __name__ == "__main__":
    main()

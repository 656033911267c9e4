"""Draw eval/yesno3_dev.jsonl: yes/no questions about one paper named by its title's name (eval/yesno3_dev.md).

Papers whose title opens with a name ("TLB-VFI: …", a word with a capital inside or a digit, no dot) are drawn
at random with a fixed seed; the questions were then written by reading each drawn paper's summary: even draws
ask something the summary states in other words (a plural, an acronym for its expansion or back, a hyphen), odd
draws a popular method the summary never names (checked by grep of title + summary). Rows about models the
digests only mention, and the probe's rows, are hand-written. Run: `python eval/make_yesno3_dev.py >
eval/yesno3_dev.jsonl`.
"""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from rag.ingest import load_papers  # noqa: E402

SEED = 1133
NAME_RE = re.compile(r"^([A-Z][\w-]*(?:[ -][\w-]+){0,2}):\s")
# by draw order: (question, expect), written after reading the drawn paper's summary
ASKED = [
    ("does TLB-VFI use 3D convolutions?", "yes"),
    ("does OpenCUA use MCTS?", "unstated"),
    ("does EasyEdit2 use steering vectors?", "yes"),
    ("does R1-VL use LoRA?", "unstated"),
    ("does AlphaFlow use flow matching?", "yes"),
    ("does MME-CoT use RLHF?", "unstated"),
    ("does StepWiser use Group Relative Policy Optimization?", "yes"),
    ("does WorldGrow use knowledge distillation?", "unstated"),
    ("does UltraMemV2 use a memory layer?", "yes"),
    ("does CrossOver use reinforcement learning?", "unstated"),
    ("does RefAM rely on attention sinks?", "yes"),
    ("does SaRA use DPO?", "unstated"),
    ("does FaithfulSAE use synthetic data?", "yes"),
    ("does SPAR3D use generative adversarial networks?", "unstated"),
    ("does T2V-Turbo-v2 use CFG?", "yes"),
    ("does DeepScholar-Bench use mixture of experts?", "unstated"),
    ("does ViDoRAG use GMMs?", "yes"),
    ("does FinSearchComp use LoRA?", "unstated"),
    ("does SemViQA use cross entropy?", "yes"),
    ("does MIKU-PAL use reinforcement learning?", "unstated"),
    ("does UPCORE use an isolation forest?", "yes"),
    ("does MoVieS use diffusion models?", "unstated"),
    ("does Reflect-DiT use a VLM?", "yes"),
    ("does MATRIX use low-rank adaptation?", "yes"),
]
# hand-written: the probe's rows (tune) and one that the summary says the paper does without
EXTRA = [
    ("does Chain of Draft use MCTS?", "unstated", "2502.18600", "tune"),
    ("does Kimi k1.5 use online mirror descent?", "yes", "2501.12599", "tune"),
    ("does Kimi k1.5 use MCTS?", "unstated", "2501.12599", "tune"),
    ("does RefAM require fine-tuning?", "no", "2509.22650", "check"),
]
# models the digests only mention (no title opens with the name; grep counts the papers naming them)
MENTIONED = [
    ("does DeepSeek-V3 use multi-token prediction?", "tune"),  # 17 papers
    ("does Claude use constitutional AI?", "check"),  # 92
    ("does Mixtral use mixture of experts?", "tune"),  # 8
    ("does SAM 2 use a memory bank?", "check"),  # 6
    ("does Grok use reinforcement learning?", "tune"),  # 6
    ("does AlphaFold use diffusion?", "check"),  # 1
]


def main() -> None:
    papers, *_ = load_papers(sorted((ROOT / "data" / "digests").glob("*.md")))
    named = [
        p
        for p in papers
        if (m := NAME_RE.match(p.title)) and re.search(r"\w[A-Z]|\d", m.group(1)) and "." not in m.group(1)
    ]
    drawn = random.Random(SEED).sample(sorted(named, key=lambda p: p.id), len(ASKED))
    rows = []
    for n, (paper, (question, expect)) in enumerate(zip(drawn, ASKED)):
        half = "tune" if n // 2 % 2 == 0 else "check"
        rows.append(dict(question=question, kind="property", expect=expect, relevant=[paper.id], half=half))
    for question, expect, paper_id, half in EXTRA:
        rows.append(dict(question=question, kind="property", expect=expect, relevant=[paper_id], half=half))
    for question, half in MENTIONED:
        rows.append(dict(question=question, kind="mentioned", expect="mentioned", relevant=[], half=half))
    for n, row in enumerate(rows, 1):
        print(json.dumps({"id": f"yn3-{n:02d}", **row}))


if __name__ == "__main__":
    main()

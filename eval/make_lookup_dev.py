"""Write eval/lookup_dev.jsonl: half-remembered single-paper lookups (eval/lookup_dev.md says how and why).

Run: `python eval/make_lookup_dev.py` (checks the drawn papers against the corpus and rewrites the file).
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from rag.ingest import load_papers  # noqa: E402

SEED = 2901
DRAWN = 16

# Descriptions of the papers random.Random(2901) draws, in draw order, each written after reading its summary.
DESCRIBED = [
    "which paper handled text and images in one causal transformer by generating continuous latent vectors "
    "with diffusion, one token at a time?",
    "I remember a training-free trick where the model reasons with probability-weighted mixtures of token "
    "embeddings instead of picking one token at each step, what was it called?",
    "the paper that lets you ask open-vocabulary questions about objects in changing scenes over time, "
    "supervised by video captions written by multimodal LLMs?",
    "a survey of work on making language models culturally inclusive that reviews over 300 papers across "
    "text, images, video and audio?",
    "which paper gave multimodal LLMs 3D spatial understanding from ordinary video by adding a geometry "
    "encoder, with no explicit 3D input?",
    "a paper that weights preference-training examples by how different the winning response is from the "
    "other outputs, to get more varied stories from a model?",
    "which paper predicted relightable PBR materials and normals from a single image with a video diffusion model?",
    "a survey on language models that write text by denoising all positions in parallel rather than left to right?",
    "the paper with one framework for training and sampling both multi-step and few-step generative "
    "models, using a consistency ratio, 1.30 FID on ImageNet?",
    "which paper weighted self-generated training data by the entropy of the model's answers to improve "
    "math reasoning?",
    "I read about several agents that copy a professional dubbing workflow to make soundtracks for long "
    "videos, what was it?",
    "a framework that makes LLM reasoning over knowledge graphs more trustworthy with structural and "
    "constraint priors, what was it called?",
    "a paper treating image understanding as encoding and image generation as decoding in one "
    "reconstruction loop trained with reinforcement learning?",
    "which paper built a big real-world indoor 3D dataset with automatically generated semantic labels "
    "for pre-training segmentation models?",
    "the paper showing that the routing weights of a mixture-of-experts LLM work as text embeddings "
    "without any training?",
    "which vision-language model was fine-tuned on 100k structured reasoning annotations and used "
    "stage-level beam search at inference?",
]

# A capitalised word of the description is another paper's name ("ARM: Adaptive Reasoning Model"); the rest of
# the question describes the paper meant, which writes the word as an ISA, a benchmark, a baseline or an acronym.
HIJACKED = [
    (
        "which paper used a language-model transpiler to convert x86 code into ARM and RISC-V assembly?",
        ["2411.16341", "2506.14606"],
    ),
    (
        "a paper on pairwise training for unified multimodal models that raised the WISE generation score?",
        ["2510.25682"],
    ),
    (
        "which paper improved unified multimodal models with their own generated images through SFT and GRPO, "
        "tested on Show-o and Janus?",
        ["2505.23380"],
    ),
    (
        "a diffusion transformer robot policy with a mixture of expert denoisers that scored 4.01 on CALVIN ABC?",
        ["2412.12953"],
    ),
    ("the ACE paper that treats contexts as evolving playbooks for self-improving language models?", ["2510.04618"]),
    ("the paper that introduced MPO, mixed preference optimization, for reasoning in multimodal LLMs?", ["2411.10442"]),
    (
        "which paper called ATLAS finetunes LLM agents only on the critical steps of expert trajectories?",
        ["2503.02197"],
    ),
    (
        "which paper added a gate to the ABC bounded-memory attention model for linear-time sequence modeling?",
        ["2409.07146"],
    ),
]

# Questions naming a paper by its own name: the name must still find it.
NAMED = [
    ("what does ARM, the adaptive reasoning model, do to save tokens?", ["2505.20258"]),
    ("how does Janus handle visual encoding for understanding and generation?", ["2410.13848"]),
    ("what does the WISE benchmark evaluate in text-to-image models?", ["2503.07265"]),
    ("what does VGGT predict from multiple images?", ["2503.11651"]),
    ("what results does ATLAS get when memorizing context at test time?", ["2505.23735"]),
    ("what is PairUni?", ["2510.25682"]),
]

# The job's own examples (seen before the set was written): tune half only.
GIVEN = [
    (
        "hijacked",
        "which paper translated x86 assembly to ARM with a language model and beat Apple's Rosetta?",
        ["2506.14606"],
    ),
    (
        "described",
        "a survey about the cost of LLM reasoning, balancing accuracy against compute, something about an economy?",
        ["2503.24377"],
    ),
    (
        "described",
        "I read something showing that models which reason longer hallucinate more about images, what was it?",
        ["2505.21523"],
    ),
]

RULES = {
    "described": "the paper is among the first two the answer cites, and the answer neither abstains nor calls it "
    "not answering",
    "hijacked": "the paper (one of `relevant`) is the first the answer cites, and the answer neither abstains nor "
    "says its summary does not cover the question",
    "named": "the named paper is the first the answer cites, and the answer does not abstain",
}


def rows() -> list[dict]:
    papers = sorted(load_papers([ROOT / "data"])[0], key=lambda p: p.id)
    drawn = random.Random(SEED).sample(papers, DRAWN)
    out: list[dict] = []
    groups = [
        ("described", [(q, [p.id]) for q, p in zip(DESCRIBED, drawn, strict=True)]),
        ("hijacked", HIJACKED),
        ("named", NAMED),
    ]
    for kind, items in groups:
        for n, (question, relevant) in enumerate(items):
            split = "tune" if n % 2 == 0 else "check"
            out.append(
                {
                    "id": f"lookup-{kind[:4]}-{n + 1:02d}",
                    "kind": kind,
                    "question": question,
                    "relevant": relevant,
                    "split": split,
                    "rule": RULES[kind],
                }
            )
    for n, (kind, question, relevant) in enumerate(GIVEN):
        out.append(
            {
                "id": f"lookup-given-{n + 1}",
                "kind": kind,
                "question": question,
                "relevant": relevant,
                "split": "tune",
                "rule": RULES[kind],
            }
        )
    known = {p.id for p in papers}
    assert all(i in known for r in out for i in r["relevant"]), "every relevant id is a corpus paper"
    return out


if __name__ == "__main__":
    path = ROOT / "eval" / "lookup_dev.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows()))
    print(f"wrote {path}")

"""Write eval/origin2_dev.jsonl: "which paper proposes / introduced X?" where X is a description, a name a paper of
the digests introduces, or a name older than the digests (see eval/origin2_dev.md for how the rows were made).

Run: `python eval/make_origin2_dev.py` (no index needed: the papers and the earliest namers below were read off it).
"""

from __future__ import annotations

import json
import random
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# Papers drawn with random.Random(36).sample(papers sorted by id, 22); each described in my own words, not the
# summary's, with the question verbs varied. (question, the paper it describes)
DESCRIBED = [
    ("which paper proposes extending a diffusion language model so that it understands images?", "2505.16933"),
    ("which paper decides which preference examples should be labelled by people and which by an LLM?", "2410.19133"),
    ("which paper proposes special tokens that tell a model how long its reply should be?", "2409.18943"),
    (
        "which paper introduced generating talking faces that show emotion while keeping the person's identity?",
        "2504.18087",
    ),
    ("which paper uses sparse autoencoders to find out whether a model knows an entity?", "2411.14257"),
    ("which paper shows that many attention layers of a large model can be dropped with little loss?", "2406.15786"),
    (
        "which paper proposes a robot policy under a billion parameters that generates actions with rectified flow?",
        "2509.04996",
    ),
    ("which paper finds the attention heads that hold facts which change over time?", "2502.14258"),
    ("what paper proposes locating objects named by referring expressions in remote sensing images?", "2503.24219"),
    ("which paper proposes using active learning to cut the labelling cost of process reward models?", "2504.10559"),
    ("which paper introduced a benchmark of thousands of language-guided tasks for embodied agents?", "2507.10548"),
    ("which paper proposes better initial particles for sequential Monte Carlo reward alignment?", "2506.01320"),
    ("which paper proposes captioning any region of an image by treating single patches as units?", "2510.02898"),
    ("which paper introduced a benchmark for discovering scientific equations with language models?", "2504.10415"),
    ("which paper tests whether models that both understand and generate images gain from doing both?", "2509.24897"),
    ("which paper proposes a benchmark suite for both text-to-video and image-to-video models?", "2411.13503"),
    (
        "which paper proposes training a chat agent and a feedback agent together to cut unsafe answers"
        " and over-refusals?",
        "2510.08240",
    ),
    ("which paper gives agents that navigate city streets a long-term and a short-term memory?", "2506.19433"),
    ("which paper proposes segmenting videos autoregressively, one mask after another like tokens?", "2508.19242"),
    ("which paper presents a world simulator seen from the first person that follows real human motion?", "2506.09995"),
    ("which paper finds neurons and experts that are specific to following instructions?", "2505.21191"),
    ("which paper studies spending more inference compute on language agents?", "2506.12928"),
]
# probe9 defect 4's descriptions (all tune).
PROBE_DESCRIBED = [
    ("which paper proposes a prompting method that writes fewer tokens than chain of thought?", "2502.18600"),
    ("which paper proposes replacing normalization layers with an element-wise tanh?", "2503.10622"),
    ("which paper trains reasoning with a single training example?", "2504.20571"),
]
# Names the digests introduce: the titles "Name: …" of random.Random(36).sample(titles of that shape, 14), the first
# eight, and names the drawn papers above introduce in their summaries (each read there).
NAMED = [
    ("Hunyuan-Game", "2505.14135"),
    ("Taipan", "2410.18572"),
    ("CLIP-MoE", "2409.19291"),
    ("InstantCharacter", "2504.12395"),
    ("RedPajama", "2411.12372"),
    ("FuzzCoder", "2409.01944"),
    ("TiKMiX", "2508.17677"),
    ("MUDDFormer", "2502.12170"),
    ("WaltzRL", "2510.08240"),
    ("ActPRM", "2504.10559"),
    ("Patch-ioner", "2510.02898"),
    ("DICE-Talk", "2504.18087"),
    ("MultiPref", "2410.19133"),
    ("HexaInst", "2505.21191"),
    ("EmbRACE-3K", "2507.10548"),
    ("LLM-SRBench", "2504.10415"),
]
# Names older than the digests (no paper of them introduces it): the earliest paper whose title or summary writes
# the whole phrase, by grep over the stemmed titles and summaries (first day it reached the digests, then id).
OLDER = [
    ("multi-head latent attention", "2502.07864"),
    ("the Muon optimizer at scale", "2505.02222"),
    ("classifier-free guidance", "2409.10819"),
    ("rotary position embedding", "2409.12191"),
    ("speculative decoding", "2411.11925"),
    ("grouped-query attention", "2412.06845"),
    ("contrastive decoding", "2507.04404"),
    ("beam search", "2411.10440"),
    ("batch normalization", "2504.10483"),
    ("layer normalization", "2410.07133"),
    ("mixture of experts", "2409.12136"),
    ("AdamW", "2410.06373"),
]
PROBE_OLDER = {"multi-head latent attention", "the Muon optimizer at scale"}
VERBS = ["which paper introduced", "which paper proposed", "what paper first proposed", "which work introduced"]


def main() -> None:
    rng = random.Random(36)
    rows: list[dict] = []
    for n, (question, paper) in enumerate(DESCRIBED, 1):
        rows.append({"id": f"origin2-d{n}", "kind": "describe", "question": question, "paper": paper})
    for n, (question, paper) in enumerate(PROBE_DESCRIBED, 1):
        rows.append({"id": f"origin2-p{n}", "kind": "describe", "question": question, "paper": paper, "half": "tune"})
    for n, (name, paper) in enumerate(NAMED, 1):
        question = f"{VERBS[n % len(VERBS)]} {name}?"
        rows.append({"id": f"origin2-n{n}", "kind": "named", "question": question, "name": name, "paper": paper})
    for n, (name, earliest) in enumerate(OLDER, 1):
        question = f"{VERBS[n % len(VERBS)]} {name}?"
        row = {"id": f"origin2-o{n}", "kind": "older", "question": question, "name": name, "earliest": earliest}
        if name in PROBE_OLDER:
            row["half"] = "tune"
        rows.append(row)
    for kind in ("describe", "named", "older"):
        free = [r for r in rows if r["kind"] == kind and "half" not in r]
        rng.shuffle(free)
        for i, row in enumerate(free):
            row["half"] = "tune" if i % 2 == 0 else "check"
    out = ROOT / "eval" / "origin2_dev.jsonl"
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    print(f"{len(rows)} rows → {out}")


if __name__ == "__main__":
    main()

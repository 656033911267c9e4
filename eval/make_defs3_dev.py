"""Write eval/defs3_dev.jsonl: "what is X?" for terms drawn at random from the corpus's acronyms and named systems,
each judged by reading every sentence naming it, plus the brief's six defects and French/Spanish/German phrasings
(see eval/defs3_dev.md).

Run: `python eval/make_defs3_dev.py` (no index needed: the draws and judgements below were read off it).
"""

from __future__ import annotations

import json
import random
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# random.Random(36).sample of the mined acronyms (rag.retrieve.mine_acronyms, 1,530), 14 drawn; DSC and MPO dropped
# (defs2_dev rows). (question, as the papers write it, defining paper or "" where none defines it, defining words)
ACRONYMS = [
    ("what is KID?", "KID", "", ""),
    ("what is BCS?", "BCS", "", ""),
    ("what is AJ?", "AJ", "", ""),
    # "introduces HPSv3, a human preference score" defines HPSv3, a version: no sentence says what HPS is
    ("what is HPS?", "HPS", "", ""),
    ("what is CAMA?", "CAMA", "", ""),
    # "introduces Adaptive Classifier-Free Guidance (A-CFG) to improve …": what it is for, said by its own paper
    ("what is A-CFG?", "A-CFG", "2505.20199", "either"),
    ("what are PIGs?", "PIGs", "2412.05994", "a novel method for approximating solutions to partial differential"),
    ("what is SRFT?", "SRFT", "2506.19767", "a single-stage method unifying supervised fine-tuning"),
    ("what is GIA?", "GIA", "", ""),
    ("what is H-LoRA?", "H-LoRA", "", ""),
    # "introduces VSA, a hardware-aligned trainable sparse attention mechanism" (the mined sense, voice style
    # adaptation, is never said to be anything)
    ("what is VSA?", "VSA", "2505.13389", "a hardware-aligned trainable sparse attention mechanism"),
    ("what is TAE?", "TAE", "", ""),
]
# random.Random(36).sample of the names titles open with ("Name: …", 2,826), 14 drawn; each is its own paper's.
NAMES = [
    ("what is Ming-Omni?", "Ming-Omni", "2506.09344", "unified multimodal model for perception and generation"),
    ("what is SplatFlow?", "SplatFlow", "2411.16443", "a novel framework for text-driven 3D Gaussian Splatting"),
    ("what is Klear-Reasoner?", "Klear-Reasoner", "2508.07629", "an 8B-parameter model"),
    ("what is SkillBlender?", "SkillBlender", "2506.09366", "hierarchical reinforcement learning framework"),
    ("what is ChartCap?", "ChartCap", "2508.03164", "dataset"),
    ("what is SynerGen-VL?", "SynerGen-VL", "2412.09604", "an encoder-free Multimodal Large Language Model"),
    ("what is OmniHuman-1?", "OmniHuman-1", "2502.01061", "a diffusion-based model for generating human animation"),
    ("what is ReviewScore?", "ReviewScore", "2509.21679", "a framework that uses Large Language Models"),
    ("what is NeoBERT?", "NeoBERT", "2502.19587", "a new BERT-like encoder model"),
    ("what is MaskRIS?", "MaskRIS", "2411.19067", "data augmentation"),
    ("what is ODYSSEY?", "ODYSSEY", "2508.08240", "a unified framework for open-world mobile manipulation"),
    ("what is IMAGINE-E?", "IMAGINE-E", "2501.13920", "evaluat"),
    ("what is NoHumansRequired?", "NoHumansRequired", "2507.14119", "image editing triplet"),
    ("what is F5-TTS?", "F5-TTS", "2410.06885", "speech"),
]
# The brief's six (all tune): what each should say, read off every sentence naming the term.
BRIEF = [
    # "their lack of “world models” (awareness of action outcomes)": the bracket says what the agents lack
    ("what is a world model?", "world model", "", ""),
    # every SimPO sentence names it as an example, a baseline or a setting
    ("what is SimPO?", "SimPO", "", ""),
    ("what is an sG-MDP?", "sG-MDP", "2507.02726", "either"),
    ("what is mixture of experts?", "mixture of experts", "", ""),
    ("what is VAPO?", "VAPO", "2504.05118", "a value-based reinforcement learning framework"),
]
# Other languages: the same term and judgement as the English question ("twin": the count must be the same too).
FOREIGN = [
    ("qu'est-ce que le test-time scaling ?", "test-time scaling", "", "", "what is test-time scaling?", "tune"),
    ("¿qué es el test-time scaling?", "test-time scaling", "", "", "what is test-time scaling?", "check"),
    ("qu'est-ce que SplatFlow ?", *NAMES[1][1:], "what is SplatFlow?", "tune"),
    ("¿qué es NeoBERT?", *NAMES[8][1:], "what is NeoBERT?", "check"),
    ("was ist SRFT?", *ACRONYMS[7][1:], "what is SRFT?", "tune"),
    ("was ist KID?", *ACRONYMS[0][1:], "what is KID?", "check"),
    ("was ist VAPO?", *BRIEF[4][1:], "what is VAPO?", "check"),
]


def row(question: str, term: str, paper: str, words: str, half: str, twin: str = "") -> dict:
    kind = "undefined" if not paper else "defined"
    out = {"type": kind, "question": question, "half": half, "term": term, "relevant": [paper] if paper else []}
    out["defining"] = words
    return {**out, "twin": twin} if twin else out


def rows() -> list[dict]:
    drawn = ACRONYMS + NAMES
    order = [q for q, *_ in drawn]
    random.Random(36).shuffle(order)
    check = set(order[: len(order) // 2])
    out = [row(*r, half="check" if r[0] in check else "tune") for r in drawn]
    out += [row(*r, half="tune") for r in BRIEF]
    out += [row(q, t, p, w, half, twin) for q, t, p, w, twin, half in FOREIGN]
    return [{**r, "id": f"defs3-{k:02d}"} for k, r in enumerate(out, 1)]


def main() -> None:
    path = ROOT / "eval" / "defs3_dev.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows()), encoding="utf-8")
    print(path)


if __name__ == "__main__":
    main()

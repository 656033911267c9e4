"""Write eval/parts_dev.jsonl: two-part questions about a named paper and "is X better than Y (on Z)?"
(eval/parts_dev.md says how and why).

Run: `python eval/make_parts_dev.py` (draws the papers again, checks each row's paper against the draw and
the corpus, and rewrites the file).
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

SEED = 1010
# the user probe's papers (issue 10, probe 5): its own questions are rows of their own, not drawn again
PROBED = frozenset(
    "2505.24298 2501.12599 2506.01844 2502.03387 2508.06471 2501.19393 2505.23001 2505.24760 2506.19290 "
    "2503.14476 2506.01713".split()
)
# a title that opens with a system name: one to three words before the colon, one of mixed case or digits
NAME_RE = re.compile(r"^[A-Za-z][\w.\-]*(?:\s[\w.\-]+){0,2}$")
# a summary sentence setting the paper against something named (a capital or a digit within six words)
CUE_RE = re.compile(
    r"\b(?:outperform\w*|surpass\w*|better than|faster than|speedup over|compared to|exceed\w*|beat\w*)\b"
    r"\W+(?:\S+\W+){0,6}?[A-Za-z]*[A-Z0-9][\w.\-]*"
)


def system_name(title: str) -> str:
    """The system name a title opens with ("VMoBA" of "VMoBA: Mixture-of-Block Attention …"), else ""."""
    head = title.split(":")[0].strip() if ":" in title else ""
    if not NAME_RE.match(head) or not any(re.search(r"[a-z][A-Z]|[A-Z]{2}|\d", w) for w in head.split()):
        return ""
    return head


def drawn() -> tuple[list[str], list[str]]:
    """The draw: 30 named papers for two-part questions, and 40 named papers whose summary sets them against
    something named, for comparative ones (in draw order; rows were written for the first that fit)."""
    papers = sorted(load_papers([ROOT / "data"])[0], key=lambda p: p.id)
    pool = [p for p in papers if system_name(p.title) and p.id not in PROBED]
    two = random.Random(SEED).sample(pool, 30)
    versus = random.Random(SEED + 1).sample([p for p in pool if CUE_RE.search(p.summary)], 40)
    return [p.id for p in two], [p.id for p in versus]


# (paper, question, what must be said in this order): the first 12 papers of the draw, none skipped.
TWO_PART = [
    (
        "2503.24388",
        "what is RIG and how much more sample-efficient is it than prior work?",
        ["generalist policy", "17×"],
    ),
    ("2509.22642", "what is WoW and who made it?", ["world model", "Weishi Mi"]),
    ("2411.18671", "what is TAPTRv3 and how much does it improve over TAPTRv2?", ["point tracking", "9.3"]),
    ("2506.22992", "what is MARBLE and how well do current models do on it?", ["benchmark", "near-random"]),
    ("2507.14958", "who wrote MUR and how much computation does it save?", ["Jian Zhang", "50%"]),
    ("2506.23858", "what is VMoBA and how much faster does it train?", ["sparse attention", "1.48x"]),
    ("2502.11433", "what is FLAG-Trader and what Sharpe ratio does it reach?", ["financial trading", "3.344"]),
    ("2501.15570", "what is ARWKV, and what does it score on MMLU?", ["RNN", "62.41"]),
    ("2507.15815", "what is LLM Economist and who wrote it?", ["tax", "Yu Bai"]),
    ("2503.07426", "what is RePO and which methods does it outperform?", ["preference optimization", "DPO and SimPO"]),
    ("2412.11815", "who made ColorFlow and when was it published?", ["Yong Liu", "2024-12-17"]),
    ("2509.11444", "when was CognitiveSky published and what does it do?", ["2025-09-16", "sentiment"]),
]
# (papers, question, expected opening, what must be said): the draw's papers whose comparison names the other
# side, in draw order; skipped: 2506.08012, 2410.05791, 2507.13344, 2509.21268 (an unnamed baseline).
VERSUS = [
    (["2504.00406"], "is VerifiAgent better than the deductive verifier on GSM8K?", "yes", ["0.96"]),
    (["2502.18417"], "does GHOST 2.0 outperform StyleHEAT?", "yes", ["0.628"]),
    (["2508.05399"], "is UNCAGE better than Meissonic?", "yes", ["33.03"]),
    (["2507.01953"], "is FreeMorph faster than DiffMorpher?", "yes", ["10x-50x"]),
    (["2508.05609"], "is Hi3DEval more accurate than GPTEval3D?", "yes", ["0.774"]),
    (["2504.02436"], "is SkyReels-A2 worse than Vidu on object consistency?", "no", ["0.809"]),
    (["2412.19723"], "is OS-Genesis better than self-instruction on AndroidWorld?", "yes", ["17.41%"]),
    (["2505.02094"], "is SkillMimic-V2 better than SkillMimic on BallPlay-M?", "yes", ["49.3%"]),
    (["2412.14168"], "does FashionComposer beat Emu2?", "yes", ["77.60"]),
    (["2411.16034"], "is VisualLens better than UniMP?", "yes", ["10%"]),
    (["2508.01242"], "is LLaMA-Mesh better than MeshLLM at mesh understanding?", "no", ["0.391"]),
    (["2509.01644"], "does OpenVision 2 train faster than OpenVision?", "yes", ["1.5x"]),
    (["2509.01055"], "is VerlTool faster than synchronous methods?", "yes", ["1.97x"]),
]
# the probe's own questions (tune only)
PROBE_PARTS = [
    ("2505.24298", "what is AReaL and who made it?", ["asynchronous reinforcement learning system", "Zhiyu Mei"]),
    ("2501.12599", "what is Kimi k1.5 and who made it?", ["multi-modal large language model", "ChonghuaLiao"]),
    ("2506.01844", "what is SmolVLA and who built it?", ["vision-language-action model", "imstevenpmwork"]),
    ("2502.03387", "what is LIMO and what does it show?", ["high-quality training examples"]),
    ("2505.23001", "what is DyePack and how well does it detect contamination?", ["backdoor", "0.000073%"]),
    ("2505.24760", "what is Reasoning Gym and how many tasks does it have?", ["reasoning environments", "over 100"]),
    ("2506.01844", "when was SmolVLA published and what does it do?", ["2025-06-03", "vision-language-action model"]),
]
PROBE_VERSUS = [
    (["2508.06471"], "is GLM-4.5 better than GPT-4.1 on SWE-bench Verified?", "yes", ["64.2%"]),
    (["2505.24298"], "is AReaL faster than synchronous RL systems?", "yes", ["2.57x"]),
    (["2502.03387", "2501.19393"], "is LIMO better than s1 on AIME?", "unstated", ["57.1%", "57%", "setups"]),
    (["2506.01844"], "is SmolVLA better than pi0 on LIBERO?", "unstated", []),
    (["2503.14476"], "is DAPO better than DeepSeek-R1-Zero-Qwen-32B on AIME 2024?", "unstated", ["50 points"]),
]
# questions that answered right at 1456789 and must keep doing so (from compare_dev, compound_dev,
# definitions_dev, yesno_dev, trend_dev, and the probe's two-part questions that worked)
CONTROLS = [
    {"question": "is LoRA better than full fine-tuning?", "intent": "compare"},
    {"question": "compare DPO and PPO", "intent": "compare"},
    {"question": "is LoRA growing faster than PPO?", "intent": "trend"},
    {
        "question": "what is GRPO and which papers improve on it?",
        "intent": "list",
        "must": ["Group Relative Policy Optimization"],
    },
    {"question": "what is FLOWER and how many parameters does it have?", "relevant": ["2509.04996"], "must": ["950M"]},
    {
        "question": "who wrote DyePack and when was it published?",
        "relevant": ["2505.23001"],
        "must": ["Soheil Feizi", "2025-06-03"],
    },
    {"question": "what is Show-o?", "intent": "definition", "relevant": ["2502.05415"]},
    {"question": "does DeepSeek-R1 use supervised fine-tuning?", "relevant": ["2501.12948"], "expect": "yes"},
    {"question": "does MedVLM-R1 use supervised fine-tuning?", "relevant": ["2502.19634"], "expect": "no"},
    {"question": "who made AReaL?", "intent": "authors", "relevant": ["2505.24298"], "must": ["Zhiyu Mei"]},
]


def rows() -> list[dict]:
    two, versus = drawn()
    known = {p.id for p in load_papers([ROOT / "data"])[0]}
    assert [paper for paper, _, _ in TWO_PART] == two[: len(TWO_PART)], "the two-part rows follow the draw"
    assert all(ids[0] in versus for ids, _, _, _ in VERSUS), "the comparative rows are drawn papers"
    out: list[dict] = []
    for k, (paper, question, must) in enumerate(TWO_PART, 1):
        half = "tune" if k % 2 else "check"
        out.append(
            {
                "id": f"pt-two{k:02d}",
                "kind": "parts",
                "half": half,
                "question": question,
                "relevant": [paper],
                "must": must,
            }
        )
    for k, (papers, question, expect, must) in enumerate(VERSUS, 1):
        half = "tune" if k % 2 else "check"
        out.append(
            {
                "id": f"pt-vs{k:02d}",
                "kind": "versus",
                "half": half,
                "question": question,
                "relevant": papers,
                "expect": expect,
                "must": must,
            }
        )
    for k, (paper, question, must) in enumerate(PROBE_PARTS, 1):
        out.append(
            {
                "id": f"pt-ptwo{k}",
                "kind": "parts",
                "half": "tune",
                "question": question,
                "relevant": [paper],
                "must": must,
            }
        )
    for k, (papers, question, expect, must) in enumerate(PROBE_VERSUS, 1):
        out.append(
            {
                "id": f"pt-pvs{k}",
                "kind": "versus",
                "half": "tune",
                "question": question,
                "relevant": papers,
                "expect": expect,
                "must": must,
            }
        )
    for k, control in enumerate(CONTROLS, 1):
        out.append({"id": f"pt-co{k:02d}", "kind": "control", "half": "control", "relevant": [], "must": [], **control})
    assert all(p in known for row in out for p in row["relevant"])
    return out


def main() -> None:
    text = "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows())
    (ROOT / "eval" / "parts_dev.jsonl").write_text(text, encoding="utf-8")
    print(text.count("\n"), "rows")


if __name__ == "__main__":
    main()

"""Write eval/covered_dev.jsonl: questions about papers drawn at random (seed 3610, `random.sample` of the
corpus sorted by id), each asked with a verb or generic noun its summary says in other words, and questions
of the same shapes on topics no digest names (checked here by grep; the script stops if one is named).

Run: `python eval/make_covered_dev.py` from the repository root (reads data/digests)."""

from __future__ import annotations

import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RULE_ANSWER = "answered: the relevant paper is cited among the first three, and the answer says no 'not covered'."
RULE_NONE = "unanswerable: the answer cites no paper (grep: no digest names the `absent` word)."

# (id, half, shape, question, relevant paper)
ANSWERABLE = [
    (
        "cov01",
        "tune",
        "which",
        "which paper rebuilds 3D scenes with semantics from 2D images without camera parameters?",
        "2503.07507",
    ),
    ("cov02", "tune", "which", "which paper makes videos with next-block prediction?", "2502.07737"),
    (
        "cov03",
        "tune",
        "which",
        "which paper merges N candidate answers into one instead of picking the best of N?",
        "2510.00931",
    ),
    ("cov04", "tune", "fact", "how many queries does WebWalkerQA hold?", "2501.07572"),
    ("cov05", "tune", "fact", "how many samples does WorldPM train on?", "2505.10527"),
    ("cov06", "tune", "fact", "what is the arXiv id of the Differential Transformer paper?", "2410.05258"),
    ("cov07", "tune", "list", "papers about speeding up unit test writing for diffusion LLMs", "2509.24975"),
    (
        "cov08",
        "tune",
        "which",
        "which paper teaches LLMs to compress their intermediate thoughts while reasoning?",
        "2502.15589",
    ),
    (
        "cov09",
        "tune",
        "which",
        "which paper studies whether BFloat16 hurts RoPE in long-context training?",
        "2411.13476",
    ),
    ("cov10", "tune", "which", "which paper turns point clouds into Blender Python scripts?", "2508.14879"),
    (
        "cov11",
        "tune",
        "list",
        "papers about closing the train-test gap in autoregressive video diffusion",
        "2506.08009",
    ),
    ("cov12", "tune", "which", "which paper uses an MLLM to fetch trajectories for embodied agents?", "2410.03450"),
    ("cov13", "check", "fact", "how many tasks does AndroidLab hold?", "2410.24024"),
    ("cov14", "check", "fact", "what is the arXiv id of the Qwen3-Omni report?", "2509.17765"),
    ("cov15", "check", "which", "which paper makes short movies from a storyline?", "2507.18634"),
    (
        "cov16",
        "check",
        "which",
        "which paper builds a foundation model for tabular data with text features?",
        "2505.18125",
    ),
    (
        "cov17",
        "check",
        "which",
        "which paper pairs single-cell transcriptomics with text in one language model?",
        "2503.09427",
    ),
    (
        "cov18",
        "check",
        "which",
        "which paper checks whether video diffusion models grasp intuitive physics?",
        "2510.11512",
    ),
    (
        "cov19",
        "check",
        "which",
        "which paper teaches language model agents to reflect through iterative self-training?",
        "2501.11425",
    ),
    (
        "cov20",
        "check",
        "which",
        "which paper trims chain-of-thought traces of code reasoning models with first-token surprisal?",
        "2508.05988",
    ),
    ("cov21", "check", "fact", "what is the arXiv id of the TokenSwift paper?", "2502.18890"),
    ("cov22", "check", "list", "papers about squeezing dynamic context for long video understanding", "2504.10443"),
    (
        "cov23",
        "check",
        "which",
        "which paper writes whole software repositories from scratch with a planning graph?",
        "2509.16198",
    ),
    ("cov24", "check", "fact", "how many samples does the OmniAlign-V dataset contain?", "2502.18411"),
]

# (id, half, shape, question, the word no digest names)
UNANSWERABLE = [
    (
        "cov25",
        "tune",
        "which",
        "which paper studies whether LLMs can keep their abilities under sonar compression?",
        "sonar compression",
    ),
    ("cov26", "tune", "list", "papers about small language models running on smartwatches", "smartwatch"),
    ("cov27", "tune", "fact", "how many samples does the Zorblax dataset contain?", "zorblax"),
    ("cov28", "tune", "list", "did any paper study LLMs playing cricket?", "cricket"),
    ("cov29", "tune", "which", "which paper teaches robots to fold origami cranes?", "origami"),
    ("cov30", "tune", "list", "papers about diffusion models composing bagpipe music", "bagpipe"),
    ("cov31", "check", "which", "which paper trains agents to play curling?", "curling"),
    ("cov32", "check", "fact", "what is the arXiv id of the PaperWeaver paper?", "paperweaver"),
    ("cov33", "check", "which", "which paper turns sourdough recipes into code?", "sourdough"),
    ("cov34", "check", "fact", "how many hives does the BeeBench benchmark hold?", "beebench"),
    ("cov35", "check", "which", "which paper makes videos of glaciers melting with a world model?", "glacier"),
    ("cov36", "check", "list", "papers about language models running in lighthouses", "lighthouse"),
]


def named(word: str, text: str) -> bool:
    return re.search(rf"\b{re.escape(word)}", text, re.I) is not None


def main() -> None:
    text = "\n".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "data" / "digests").rglob("*.md")))
    rows = [
        {
            "id": i,
            "type": "list" if shape != "fact" else "fact",
            "question": q,
            "relevant": [pid],
            "facts": [],
            "filters": {},
            "answerable": True,
            "half": half,
            "shape": shape,
            "kind": "answered",
            "rules": RULE_ANSWER,
        }
        for i, half, shape, q, pid in ANSWERABLE
    ]
    for i, half, shape, q, absent in UNANSWERABLE:
        if named(absent, text):
            raise SystemExit(f"{i}: the digests name {absent!r}")
        rows.append(
            {
                "id": i,
                "type": "unanswerable",
                "question": q,
                "relevant": [],
                "facts": [],
                "filters": {},
                "answerable": False,
                "half": half,
                "shape": shape,
                "kind": "none",
                "absent": absent,
                "rules": RULE_NONE,
            }
        )
    out = ROOT / "eval" / "covered_dev.jsonl"
    out.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    print(f"{len(rows)} rows -> {out}")


if __name__ == "__main__":
    main()

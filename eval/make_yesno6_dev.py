"""Draw eval/yesno6_dev.jsonl: yes/no questions about a named paper whose summary states one side of a contrasting
pair ("deploying the draft model on the CPU" asked "... on the GPU?") or a figure ("models up to 4 billion
parameters" asked "bigger than 10B?"), each asked both ways (eval/yesno6_dev.md).

`python eval/make_yesno6_dev.py --draw` prints the seeded draws the rows were written from: named papers (a title
"Name: ...") whose summary writes one side of a general contrasting pair and not the other, and named papers whose
summary states a size or figure (parameters, tokens, languages, speed-up). The questions were then written by hand
and judged by reading the summaries (`/work/lead/show.py ID`). Without `--draw` it prints the rows.
"""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from eval.make_yesno3_dev import NAME_RE  # noqa: E402
from rag.ingest import load_papers  # noqa: E402

SEED = 6606
# general contrasting pairs (either side written, the other not)
PAIRS = [
    (r"\bCPUs?\b", r"\bGPUs?\b"),
    (r"\bopen[- ]source", r"\bclosed[- ]source|\bproprietary\b"),
    (r"\bonline\b", r"\boffline\b"),
    (r"(?<![-\w])supervised\b", r"\bunsupervised\b|\bself-supervised\b"),
    (r"\bencoder\b", r"\bdecoder\b"),
    (r"\bEnglish\b", r"\bmultilingual\b"),
    (r"\bon-policy\b", r"\boff-policy\b"),
    (r"\bwhite-box\b", r"\bblack-box\b"),
    (r"\bzero-shot\b", r"\bfew-shot\b"),
]
FIGURE_RE = re.compile(
    r"\b\d[\d.,]*\s*(?:[BMK]|billion|million|thousand)?\s*(?:parameters|tokens|languages)\b|\b\d[\d.]*\s*[x×]\s+speed",
    re.I,
)
# (question, kind, expect, relevant, half, quote): written after reading the drawn papers' summaries
ROWS: list[tuple[str, str, str, list[str], str, str]] = [
    # contrast: the summary writes one side of a contrasting pair; asked of that side (yes) and of the other (no)
    (
        "does DuoDecoding run the draft model on the GPU?",
        "contrast",
        "no",
        ["2503.00784"],
        "tune",
        "draft model on the CPU",
    ),
    (
        "does DuoDecoding run the draft model on the CPU?",
        "contrast",
        "yes",
        ["2503.00784"],
        "tune",
        "draft model on the CPU",
    ),
    ("does V-Seek optimize LLM inference on GPUs?", "contrast", "no", ["2503.17422"], "tune", "RISC-V CPU"),
    ("does V-Seek optimize LLM inference on a CPU?", "contrast", "yes", ["2503.17422"], "tune", "RISC-V CPU"),
    ("are Cartridges trained online?", "contrast", "no", ["2506.06266"], "tune", "offline"),
    ("are Cartridges trained offline?", "contrast", "yes", ["2506.06266"], "tune", "offline"),
    ("does QuickVideo decode video on the GPU?", "contrast", "no", ["2505.16175"], "check", "CPU-based video decoder"),
    ("does QuickVideo decode video on the CPU?", "contrast", "yes", ["2505.16175"], "check", "CPU-based video decoder"),
    ("is Aryabhata closed-source?", "contrast", "no", ["2508.08665"], "check", "open-source"),
    ("is Aryabhata an open-source model?", "contrast", "yes", ["2508.08665"], "check", "open-source"),
    ("does Flow-GRPO use offline RL?", "contrast", "no", ["2505.05470"], "check", "online"),
    ("does Flow-GRPO use online reinforcement learning?", "contrast", "yes", ["2505.05470"], "check", "online"),
    # figure: the summary states a size or figure; asked as a comparison with a number it passes (yes) or not (no)
    (
        "did the Muon practical efficiency paper train models bigger than 10B?",
        "figure",
        "no",
        ["2505.02222"],
        "tune",
        "4 billion parameters",
    ),
    (
        "did the Muon practical efficiency paper train models up to 4B parameters?",
        "figure",
        "yes",
        ["2505.02222"],
        "tune",
        "4 billion parameters",
    ),
    ("did WorldPM train models over 100B parameters?", "figure", "no", ["2505.10527"], "tune", "72B parameters"),
    ("did WorldPM train models larger than 50B parameters?", "figure", "yes", ["2505.10527"], "tune", "72B parameters"),
    (
        "does SnapGen have fewer than 500M parameters?",
        "figure",
        "yes",
        ["2412.09619"],
        "tune",
        "379 million parameters",
    ),
    ("is SnapGen bigger than 1B parameters?", "figure", "no", ["2412.09619"], "tune", "379 million parameters"),
    ("did TokenFormer scale to more than 1B parameters?", "figure", "yes", ["2410.23168"], "check", "1.4B parameters"),
    (
        "did TokenFormer train models bigger than 10B parameters?",
        "figure",
        "no",
        ["2410.23168"],
        "check",
        "1.4B parameters",
    ),
    ("did DiLoCoX achieve more than a 100x speedup?", "figure", "yes", ["2506.21263"], "check", "357x speedup"),
    ("did DiLoCoX pre-train a model bigger than 500B parameters?", "figure", "no", ["2506.21263"], "check", "107B"),
    ("does BenchMAX cover more than 10 languages?", "figure", "yes", ["2502.07346"], "check", "17 languages"),
    ("does BenchMAX cover at least 50 languages?", "figure", "no", ["2502.07346"], "check", "17 languages"),
]


def draw() -> None:
    """The seeded draws the rows were written from."""
    papers, *_ = load_papers(sorted((ROOT / "data" / "digests").glob("*.md")))
    named = sorted((p for p in papers if NAME_RE.match(p.title)), key=lambda p: p.id)
    rng = random.Random(SEED)
    for a, b in PAIRS:
        for one, other in ((a, b), (b, a)):
            cand = [p for p in named if re.search(one, p.summary, re.I) and not re.search(other, p.summary, re.I)]
            print(one, len(cand), [p.id for p in rng.sample(cand, min(2, len(cand)))])
    figured = [p for p in named if FIGURE_RE.search(p.summary)]
    print("figures", len(figured), [p.id for p in rng.sample(figured, 12)])


def main() -> None:
    if "--draw" in sys.argv:
        draw()
        return
    for n, (question, kind, expect, relevant, half, quote) in enumerate(ROWS, 1):
        row = dict(question=question, kind=kind, expect=expect, relevant=relevant, quote=quote, half=half)
        print(json.dumps({"id": f"yn6-{n:02d}", **row}))


if __name__ == "__main__":
    main()

"""Draw eval/yesno4_dev.jsonl: yes/no questions about one named paper in the wordings users type besides "does …":
"is / are / was / were X …?", "can X …?", "has / have X …?", "is X open source / trained on Y / a benchmark for
Z?", and order questions ("X before Y", "X first") (eval/yesno4_dev.md).

Papers whose title opens with a name ("CogVLA: …", a word with a capital inside or a digit, no dot) are drawn at
random with a fixed seed; one question was then written for each drawn paper after reading its summary, in the
wording listed beside it, and its verdict judged from that summary alone. Two order questions about drawn papers
and the lead's two probe rows are hand-written. Run: `python eval/make_yesno4_dev.py > eval/yesno4_dev.jsonl`.
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

SEED = 4404
# by draw order: (question, kind, expect), written after reading the drawn paper's summary
ASKED = [
    ("is CogVLA a vision-language-action model?", "property", "yes"),
    ("can LeanK reduce GPU memory usage?", "property", "yes"),
    ("was DynamicCity evaluated on Waymo?", "property", "yes"),
    ("is BARREL trained with GRPO?", "property", "yes"),
    ("is CODESYNC a benchmark for API updates?", "property", "yes"),
    ("was ObjFiller-3D fine-tuned with LoRA?", "property", "yes"),
    ("is FormalMATH a benchmark for theorem provers?", "property", "yes"),
    ("is HiKE a speech recognition benchmark?", "property", "yes"),
    ("is ComoRAG trained with reinforcement learning?", "property", "unstated"),
    ("can StreamBP be used for batch size scaling?", "property", "yes"),
    ("is CE-GPPO an on-policy algorithm?", "property", "unstated"),
    ("is GSM8K-V a benchmark for vision language models?", "property", "yes"),
    ("is REPA-E trained on ImageNet?", "property", "yes"),
    ("is MV-Adapter trained with full fine-tuning?", "property", "no"),
    ("is SplatFlow a rectified flow model?", "property", "yes"),
    ("is A3 open source?", "property", "unstated"),
    ("does ReVision generate a coarse video first?", "order", "yes"),
    ("is FilmAgent trained with RLHF?", "property", "unstated"),
    ("has SpineBench been used to evaluate LVLMs?", "property", "yes"),
    ("is JL1-CD a remote sensing dataset?", "property", "yes"),
    ("is WebRL an online reinforcement learning framework?", "property", "yes"),
    ("was ToMAP trained with reinforcement learning?", "property", "yes"),
    ("is GoT built on Qwen2.5-VL?", "property", "yes"),
    ("has OVO-Bench evaluated Gemini 1.5 Pro?", "property", "yes"),
]
# hand-written: order questions about two drawn papers, and the lead's probe rows (tune)
EXTRA = [
    ("does LeanK learn the scaling factor before the binary mask?", "order", "yes", ["2508.02215"], "tune"),
    ("did HiKE fine-tune Whisper before building the benchmark?", "order", "no", ["2509.24613"], "check"),
    ("did DeepSeek-R1 use SFT before RL?", "order", "yes", ["2501.12948"], "tune"),
    # no paper is GRPO's own: the papers that write it beside "on-policy" / "off-policy"
    (
        "is GRPO an on-policy method?",
        "mentioned",
        "unstated",
        ["2507.04103", "2510.04786", "2510.05592", "2509.24203"],
        "tune",
    ),
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
    for n, (paper, (question, kind, expect)) in enumerate(zip(drawn, ASKED)):
        half = "tune" if n // 2 % 2 == 0 else "check"
        rows.append(dict(question=question, kind=kind, expect=expect, relevant=[paper.id], half=half))
    for question, kind, expect, relevant, half in EXTRA:
        rows.append(dict(question=question, kind=kind, expect=expect, relevant=relevant, half=half))
    for n, row in enumerate(rows, 1):
        print(json.dumps({"id": f"yn4-{n:02d}", **row}))


if __name__ == "__main__":
    main()

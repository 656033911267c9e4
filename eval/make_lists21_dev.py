"""Freeze the rows of eval/lists21_dev.jsonl: list questions asked with a qualifier ("X benchmarks for Y", "X for Y")
or a task noun's near-synonym ("prediction" / "forecasting", "synthesis" / "generation"), each with its judged
papers (eval/lists21_dev.md).

- `pr` rows: `gold` (every paper whose summary shows it uses, proposes or studies what is asked, read in the grep
  pool of the topic's spellings) and `optional` (papers on the edge: cited or not, neither counted).
- `dllm` rows: diffusion language models, whose pool is too large to judge whole here: `keep` are the papers
  writing one of the topic's names (DLM, dLLM, diffusion LLM, diffusion(-based) (large) language model,
  large language diffusion model), each read by its title and opening sentence and kept only where it is about
  them; every cited paper must at least write "diffusion".
Run: `python eval/make_lists21_dev.py > eval/lists21_dev.jsonl`.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

MU = ["2410.18057", "2503.12545", "2505.01456"]
WEATHER = ["2409.13598", "2505.04918"]
TS = ["2409.16040", "2502.05878", "2502.10235", "2503.16091", "2504.02119", "2505.14766", "2506.06454", "2506.12953"]
TS += ["2509.26157", "2510.01538"]
MESH = ["2411.09595", "2501.09433", "2503.21694", "2503.23022", "2506.05573", "2508.01242", "2508.09062", "2508.19188"]
TEX = ["2409.12431", "2409.19989", "2410.06985", "2411.14740", "2501.09433", "2501.12202", "2505.23253", "2506.02620"]
TEX += ["2506.15442", "2507.04285"]
TEX_EDGE = ["2505.07747", "2506.16504", "2508.10868", "2504.19056", "2507.16535", "2508.15769", "2409.12957"]
TEX_EDGE += ["2509.12815", "2510.19944", "2507.11465"]
ROWS = [
    ("l21-mu-mllm", "tune", "machine unlearning benchmarks for multimodal LLMs", MU, ["2503.12127"]),
    ("l21-weather-f", "tune", "weather forecasting papers", WEATHER, []),
    ("l21-ts-pred", "tune", "time series prediction papers", TS, ["2411.00233", "2507.17189", "2509.23695"]),
    (
        "l21-mesh-syn",
        "tune",
        "mesh synthesis papers",
        MESH,
        ["2503.13424", "2506.01853", "2509.21114", "2509.21245", "2510.19944"],
    ),
    (
        "l21-kv-video",
        "tune",
        "KV cache compression for video LLMs",
        ["2410.08584", "2503.16257", "2505.16175", "2506.15745"],
        ["2510.09608", "2507.05240"],
    ),
    (
        "l21-event-bench",
        "tune",
        "event forecasting benchmarks for LLMs",
        ["2508.11987"],
        ["2506.00723", "2507.04562", "2505.13508", "2505.22457"],
    ),
    ("l21-ood", "tune", "OOD detection papers", ["2503.18817", "2509.09926"], []),
    ("l21-sae-unl", "tune", "unlearning with sparse autoencoders", ["2504.08192", "2508.13650"], []),
    ("l21-mu-vlm", "check", "machine unlearning datasets for vision-language models", MU, ["2503.12127"]),
    ("l21-weather-p", "check", "weather prediction papers", WEATHER, []),
    ("l21-ts-bench", "check", "time series forecasting benchmarks", ["2505.14766"], ["2409.16040"]),
    ("l21-tex-syn", "check", "texture synthesis papers", TEX, TEX_EDGE),
    (
        "l21-protein",
        "check",
        "protein sequence generation papers",
        ["2410.13782", "2502.10173", "2503.17361"],
        ["2502.07527"],
    ),
    (
        "l21-slam",
        "check",
        "visual SLAM papers",
        ["2504.03886", "2509.01584", "2510.08551"],
        ["2510.01119", "2503.17358"],
    ),
    (
        "l21-mesh-llm",
        "check",
        "3D mesh generation with language models",
        ["2411.09595", "2506.01853", "2508.01242"],
        [],
    ),
]
DLM_NAMES = (
    r"\bdLLMs?\b|diffusion[- ]based (?:large )?language models?|diffusion[- ]based LLMs?|diffusion (?:large )?language"
    r" models?|diffusion LLMs?|large language diffusion models?|masked diffusion language models?"
)
# Papers writing a name of the topic that are not about it: a survey of efficient architectures (one section),
# a driving policy built on discrete diffusion.
DLM_NOT = {"2508.09834", "2509.20109"}
DLM_ROWS = [
    ("l21-dlm-2025", "tune", "papers about diffusion language models in 2025", "2025"),
    ("l21-dlm-all", "check", "papers on diffusion LLMs", ""),
]


def main() -> None:
    from rag.catalogue import load
    from rag.settings import Settings

    papers = list(load(Settings.from_env()).papers)
    for rid, half, question, gold, optional in ROWS:
        row = {"id": rid, "half": half, "type": "pr", "question": question, "gold": sorted(gold)}
        print(json.dumps({**row, "optional": sorted(optional)}))
    names = re.compile(DLM_NAMES, re.I)
    for rid, half, question, year in DLM_ROWS:
        keep = sorted(
            p.id
            for p in papers
            if p.id not in DLM_NOT
            and names.search(f"{p.title} {' '.join(p.summaries)}")
            and str(p.date).startswith(year)
        )
        print(json.dumps({"id": rid, "half": half, "type": "dllm", "question": question, "keep": keep}))


if __name__ == "__main__":
    main()

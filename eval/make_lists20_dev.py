"""Freeze the rows of eval/lists20_dev.jsonl: the lists stop 37's full regression showed broken by joining a topic's
spellings (job lists17, reverted), each with what it must keep or must not cite.

- `keep` rows: the papers a list cites on the start code (da848ec) whose title + summary writes the form the
  regression saw dropped (the row's `written`, a regex: "LoRAs", "LORA", "VFMs", "sLMs", "GRPO-D", "DiT", a video
  LLM's names). They must stay cited: a topic asked in one spelling keeps what it finds today.
- `named` rows: every paper the list cites must write the row's `written` regex (a KV list cites no paper without
  KV, key-value or cache; "math word problems" no paper without word problems).
Run once on the start code: `python eval/make_lists20_dev.py > eval/lists20_dev.jsonl`. The printed pools were
read paper by paper (`/work/lead/show.py`) before the rows were kept (eval/lists20_dev.md).
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

VIDEO_LLM = r"video[- ]?LLMs?|video large language models?|large video language models?|video[- ]?LMMs?"
ROWS = [
    ("l20-vllm", "tune", "keep", "Which papers study video large language models?", VIDEO_LLM, "i"),
    ("l20-lora1", "tune", "keep", "which papers use LoRA?", r"\bLoRAs\b|\bLORA\b|\bLoRa\b", ""),
    ("l20-lora2", "check", "keep", "where can I find papers on LoRA?", r"\bLoRAs\b|\bLORA\b|\bLoRa\b", ""),
    ("l20-vfm1", "tune", "keep", "Which papers use vision foundation models?", r"\bVFMs\b", ""),
    ("l20-vfm2", "check", "keep", "Which papers use visual foundation models?", r"\bVFMs\b", ""),
    ("l20-prm", "tune", "keep", "work on process reward models", r"process-based reward|\bPRMs?\b", ""),
    ("l20-slm", "check", "keep", "papers on small language models", r"\bsLMs?\b", ""),
    ("l20-grpo", "tune", "keep", "what are the papers on GRPO?", r"GRPO-D\b", ""),
    ("l20-dit", "check", "keep", "papers on diffusion transformers", r"Diffusion-in-Transformer|\bDiTs?\b", ""),
    ("l20-kv1", "tune", "named", "papers on KV from last week", r"\bKV\b|key[- ]value|cache", "i"),
    ("l20-kv2", "check", "named", "papers on KV in the past two weeks", r"\bKV\b|key[- ]value|cache", "i"),
    ("l20-mwp1", "check", "named", "papers on math word problems", r"word[- ]problems?", "i"),
    ("l20-mwp2", "tune", "named", "papers on mathematical word problems", r"word[- ]problems?", "i"),
]


def main() -> None:
    from rag.answer import Answerer
    from rag.settings import Settings

    answerer = Answerer(Settings.from_env(llm="extractive"))
    texts = {p.id: f"{p.title} {' '.join(p.summaries)}" for p in answerer.retriever.papers}
    for rid, half, kind, question, written, flags in ROWS:
        pattern = re.compile(written, re.I if flags else 0)
        cited = [str(c["id"]) for c in answerer.ask(question).citations]
        row = {"id": rid, "half": half, "type": kind, "question": question, "written": written, "flags": flags}
        if kind == "keep":
            row["keep"] = sorted(i for i in cited if pattern.search(texts[i]))
        print(json.dumps(row))
        print(f"{rid}: {len(cited)} cited, {len(row.get('keep', []))} keep", file=sys.stderr)


if __name__ == "__main__":
    main()

"""Draw the names of eval/names3_dev.jsonl: versioned model names as summaries write them (a letter run with a
digit and a dot or hyphen: "Qwen2.5-Math", "FLUX.1-dev", "Llama-3.1-8B", "GPT-4o-mini"), named by at least 3
papers, picked at random with a fixed seed; for each, the papers naming it (grep of titles and summaries, the name's
parts joined by a hyphen, a space or nothing, any case, an "-Instruct"/"-Base"/"-Chat" suffix counted as the same
model, a longer name such as "Qwen2.5-Math-7B" not), printed with their sentences to be read and judged by hand.
Then the rows: a name that states its size ("Qwen3-14B") asks its parameter count; others ask how many papers use it
(expected: between the papers writing the name itself and those writing it or a longer name of its family); some
ask a score on a benchmark (the first of `BENCHES` a paper naming it writes, else one drawn); some a yes/no
property. `FIXED` rows are the brief's own (tune only). Halves: drawn rows alternate tune/check after a seeded
shuffle. Run: `python eval/make_names3_dev.py [--write]` (reads the bundled digests; no index needed)."""

from __future__ import annotations

import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from rag.ingest import load_papers  # noqa: E402
from rag.papers import Paper  # noqa: E402

# a versioned name: letters, then parts with a digit, joined by dots or hyphens ("Qwen2.5-VL-7B", "o3-mini")
VERSIONED_RE = re.compile(r"(?<![\w.-])[A-Za-z][A-Za-z]*[-]?\d[\w]*(?:[.-][A-Za-z0-9]+)+(?![\w-]|\.\w)")
SEED = 36
PICKS = 30
SAME_MODEL = r"(?:-(?:Instruct|Base|Chat))?"


def grep_pattern(name: str) -> re.Pattern:
    """The name as papers write it, for the expected counts."""
    parts = re.findall(r"[A-Za-z]+|\d+(?:\.\d+)*", name)
    body = r"[\s.-]?".join(re.escape(p) for p in parts)
    return re.compile(rf"(?<![\w.-]){body}{SAME_MODEL}(?![\w+]|[.-]\w)", re.I)


def naming(papers: list[Paper], name: str) -> list[Paper]:
    pattern = grep_pattern(name)
    return [p for p in papers if pattern.search(f"{p.title} {p.summary}")]


SIZE_RE = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?)B\b")
BENCHES = ["MATH-500", "AIME 2024", "GSM8K", "MMLU", "HumanEval", "MMMU", "MathVista", "GPQA", "AIME 2025", "MATH"]
SHOWN = {"size": 10, "score": 8, "yesno": 6}
FIXED = [
    {"kind": "yesno", "name": "Kimi k1.5", "question": "does Kimi k1.5 use MCTS?"},
    {"kind": "size", "name": "Kimi K2", "size": "1T", "question": "how many parameters does Kimi K2 have?"},
    {"kind": "size", "name": "DeepSeek-V3-0324", "size": "671B", "question": "what is the size of DeepSeek-V3-0324?"},
    {
        "kind": "size",
        "name": "Qwen3-235B-A22B",
        "size": "235B",
        "question": "what is the parameter count of Qwen3-235B-A22B?",
    },
    {
        "kind": "score",
        "name": "Qwen2.5-Math",
        "bench": "MATH-500",
        "question": "what does Qwen2.5-Math score on MATH-500?",
    },
    {"kind": "count", "name": "FLUX.1-dev", "question": "how many papers use FLUX.1-dev?"},
    {"kind": "count", "name": "K-12", "question": "how many papers mention K-12?"},
    {"kind": "count", "name": "GPT-4o-mini", "question": "how many papers use GPT-4o-mini?"},
    {"kind": "count", "name": "Llama-3.1-8B", "question": "how many papers use Llama-3.1-8B?"},
]


def family(papers: list[Paper], name: str) -> list[Paper]:
    """Papers writing the name or a longer name that starts with it ("Qwen2.5-7B-Math" for "Qwen2.5-7B")."""
    parts = re.findall(r"[A-Za-z]+|\d+(?:\.\d+)*", name)
    body = r"[\s.-]?".join(re.escape(p) for p in parts)
    pattern = re.compile(rf"(?<![\w.-]){body}(?![\w+]|\.\d)", re.I)
    return [p for p in papers if pattern.search(f"{p.title} {p.summary}")]


def make_rows(papers: list[Paper], picks: list[str]) -> list[dict]:
    rng = random.Random(SEED)
    drawn: list[dict] = []
    left = dict(SHOWN)
    for name in picks:
        size = SIZE_RE.search(name)
        if size and left["size"]:
            left["size"] -= 1
            drawn.append(
                {
                    "kind": "size",
                    "name": name,
                    "size": size.group(0),
                    "question": f"how many parameters does {name} have?",
                }
            )
        elif left["score"] and not size:
            left["score"] -= 1
            texts = [f"{p.title} {p.summary}" for p in naming(papers, name)]
            bench = next(
                (b for b in BENCHES if any(re.search(rf"(?<![\w-]){re.escape(b)}(?![\w-])", t) for t in texts)), ""
            )
            drawn.append({"kind": "score", "name": name, "bench": bench or rng.choice(BENCHES), "question": ""})
        elif left["yesno"] and not size:
            left["yesno"] -= 1
            drawn.append({"kind": "yesno", "name": name, "question": f"does {name} use reinforcement learning?"})
        if not size:
            drawn.append({"kind": "count", "name": name, "question": f"how many papers use {name}?"})
    for row in drawn:
        if row["kind"] == "score":
            row["question"] = f"what does {row['name']} score on {row['bench']}?"
    order = list(range(len(drawn)))
    rng.shuffle(order)
    for rank, i in enumerate(order):
        drawn[i]["split"] = "tune" if rank % 2 == 0 else "check"
    rows = [{**r, "split": "tune"} for r in FIXED] + drawn
    for n, row in enumerate(rows):
        row["id"] = f"names3-{n:02d}"
        if row["kind"] == "count":
            row["lo"], row["hi"] = len(naming(papers, row["name"])), len(family(papers, row["name"]))
        if row["kind"] in ("score", "yesno"):
            row["naming"] = sorted(p.id for p in naming(papers, row["name"]))
    return rows


def main() -> None:
    papers = load_papers([ROOT / "data"])[0]
    counts: Counter[str] = Counter()
    for p in papers:
        counts.update({m for m in VERSIONED_RE.findall(f"{p.title} {p.summary}") if re.search(r"[a-z]", m, re.I)})
    frequent = sorted(n for n, c in counts.items() if c >= 3 and re.search(r"[A-Za-z]{2}", n))
    picks = random.Random(SEED).sample(frequent, PICKS)
    print("frequent:", len(frequent))
    for name in picks:
        found = naming(papers, name)
        print(f"\n## {name}: {len(found)} papers")
        for p in found[:8]:
            said = [s for s in re.split(r"(?<=[.!?])\s+", p.summary) if grep_pattern(name).search(s)]
            print(f"- {p.id} {p.title[:70]} | {' / '.join(said)[:300]}")
    if "--write" in sys.argv:
        rows = make_rows(papers, picks)
        with open(ROOT / "eval" / "names3_dev.jsonl", "w") as out:
            for row in rows:
                out.write(json.dumps(row) + "\n")
        print(len(rows), "rows written")


if __name__ == "__main__":
    main()

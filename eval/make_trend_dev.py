"""Write eval/trend_dev.jsonl: comparative trend questions with their right counts computed by grep.

Each paper counts in the month of its first digest day. A topic's papers are those whose title or
summary matches its patterns (the term and its expansion, as a reader would grep them); a topic's
share of a span is its papers over all the digests' papers first seen in that span, since the digests
list more papers in some months than in others.

Kinds (the rule each passes by is in eval/score_trend_dev.py and eval/trend_dev.md):
- pair: "which is growing faster, X or Y?" on topic pairs drawn seeded from TOPICS plus two by hand.
  Over the months from the first paper of either topic to the corpus's last month, split in two halves,
  each topic's growth is its later half's share over its earlier half's (none before: grew from none);
  `faster` is the larger, kept only when the two differ by SHARPER or more.
- periods: "is X more popular in P2 than in P1?": each period's count and share; `higher` is the period
  with the larger share, or "" (about level) when the shares differ by less than LEVEL.
- trending: "what topics are trending?" and the like: `window` and `baseline` spans (the window asked, or
  the last three months; the baseline, the span as long just before it, clipped to the corpus); the
  answer's listed topics are grepped over both by the scorer.
- control: one-topic trends, comparisons and a theme summary that must keep their intents.

Run: `python eval/make_trend_dev.py` (writes the set, prints each row's figures).
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
SHARPER = 1.3
LEVEL = 1.15  # shares of two periods closer than this are about level
TOPICS = {
    "GRPO": r"\bGRPO\b|group relative policy optimi[sz]ation",
    "DPO": r"\bDPO\b|direct preference optimi[sz]ation",
    "PPO": r"\bPPO\b|proximal policy optimi[sz]ation",
    "LoRA": r"\bLoRA\b|low-rank adaptation",
    "mixture of experts": r"\bMoEs?\b|mixture[- ]of[- ]experts",
    "RAG": r"\bRAG\b|retrieval[- ]augmented generation",
    "Mamba": r"\bMamba\b",
    "flow matching": r"flow[- ]matching",
    "speculative decoding": r"speculative decoding",
    "knowledge distillation": r"knowledge distillation",
    "world models": r"world[- ]models?\b",
    "KV cache": r"\bKV[- ]cach(?:e|es|ing)\b",
    "vision-language-action models": r"vision[- ]language[- ]action|\bVLAs?\b",
    "test-time scaling": r"test[- ]time scaling",
    "GUI agents": r"\bGUI agents?\b",
    "diffusion transformers": r"diffusion transformers?\b|\bDiTs?\b",
}
HAND_PAIRS = [("GRPO", "DPO"), ("Mamba", "mixture of experts")]
PAIR_FORMS = [
    "which is growing faster, {a} or {b}?",
    "is {a} growing faster than {b}?",
    "which has grown more, {a} or {b}?",
    "which is gaining more traction, {a} or {b}?",
    "{a} or {b}: which is rising faster?",
]
PERIODS = {
    "2024": ("2024-01-01", "2024-12-31"),
    "2025": ("2025-01-01", "2025-12-31"),
    "Q1 2025": ("2025-01-01", "2025-03-31"),
    "Q2 2025": ("2025-04-01", "2025-06-30"),
    "Q3 2025": ("2025-07-01", "2025-09-30"),
    "March 2025": ("2025-03-01", "2025-03-31"),
    "September 2025": ("2025-09-01", "2025-09-30"),
}
PERIOD_ROWS = [
    ("is {t} more popular in {p2} than in {p1}?", "mixture of experts", "2024", "2025"),
    ("were there more papers on {t} in {p2} than in {p1}?", "LoRA", "2024", "2025"),
    ("did {t} get more attention in {p2} than in {p1}?", "RAG", "Q1 2025", "Q2 2025"),
    ("is {t} more common in {p2} than in {p1}?", "world models", "March 2025", "September 2025"),
    ("was {t} more popular in {p2} than in {p1}?", "DPO", "2024", "2025"),
    ("are there more {t} papers in {p2} than in {p1}?", "GRPO", "Q1 2025", "Q3 2025"),
    ("is {t} studied more in {p2} than in {p1}?", "speculative decoding", "Q1 2025", "Q3 2025"),
    ("did {t} become more popular in {p2} than in {p1}?", "knowledge distillation", "2024", "2025"),
]
# (question, window since, window until); the baseline is the span as long just before the window
TRENDING = [
    ("what topics are trending?", "2025-08-01", "2025-10-31"),
    ("what's hot in the last month?", "2025-09-01", "2025-09-30"),
    ("which topics grew the most in 2025?", "2025-01-01", "2025-12-31"),
    ("what topics are trending this month?", "2025-10-01", "2025-10-31"),
    ("which research topics are on the rise?", "2025-08-01", "2025-10-31"),
    ("what are the trending topics in Q2 2025?", "2025-04-01", "2025-06-30"),
]
CONTROLS = [
    ("is interest in GRPO growing?", "trend", "one"),
    ("how many papers on LoRA per month?", "trend", "one"),
    ("compare GRPO and PPO", "compare", ""),
    ("which is better, DPO or PPO?", "compare", ""),
    ("DPO vs GRPO papers per month", "trend", "two"),
    ("what are the hot topics in October 2025?", "summary", ""),
]


def months_between(first: str, last: str) -> list[str]:
    y, m = int(first[:4]), int(first[5:7])
    out = []
    while f"{y:04d}-{m:02d}" <= last[:7]:
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def month_before(month: str, n: int) -> str:
    y, m = int(month[:4]), int(month[5:7]) - n
    while m < 1:
        y, m = y - 1, m + 12
    return f"{y:04d}-{m:02d}"


def main() -> None:
    papers = load_papers([ROOT / "data" / "digests"])[0]
    first = {p.id: min(p.dates)[:7] for p in papers}
    text = {p.id: f"{p.title} {p.summary}" for p in papers}
    all_months = sorted(set(first.values()))
    totals = {m: sum(1 for v in first.values() if v == m) for m in all_months}

    def monthly(pattern: str) -> dict[str, int]:
        rx = re.compile(pattern, re.I)
        counts = dict.fromkeys(all_months, 0)
        for pid, t in text.items():
            if rx.search(t):
                counts[first[pid]] += 1
        return counts

    def share(counts: dict[str, int], months: list[str]) -> float:
        total = sum(totals.get(m, 0) for m in months)
        return sum(counts.get(m, 0) for m in months) / total if total else 0.0

    rows: list[dict] = []
    rng = random.Random(SEED)
    names = sorted(TOPICS)
    pairs = list(HAND_PAIRS)
    while len(pairs) < 12:
        a, b = rng.sample(names, 2)
        if (a, b) not in pairs and (b, a) not in pairs:
            pairs.append((a, b))
    kept = 0
    for a, b in pairs:
        ca, cb = monthly(TOPICS[a]), monthly(TOPICS[b])
        start = min(m for m in all_months if ca[m] or cb[m])
        span = [m for m in all_months if m >= start]
        early, late = span[: len(span) // 2], span[len(span) // 2 :]
        growth = {}
        for name, c in ((a, ca), (b, cb)):
            before, after = share(c, early), share(c, late)
            growth[name] = after / before if before else float("inf")
        ga, gb = growth[a], growth[b]
        hi, lo = max(ga, gb), min(ga, gb)
        if lo > 0 and hi != float("inf") and hi / lo < SHARPER:
            print(f"skip pair {a} / {b}: growth {ga:.2f} vs {gb:.2f}")
            continue
        if hi == float("inf") and lo == float("inf"):
            continue
        faster = a if ga > gb else b
        form = PAIR_FORMS[kept % len(PAIR_FORMS)]
        rows.append(
            {
                "id": f"trend2-pair{kept:02d}",
                "kind": "pair",
                "question": form.format(a=a, b=b),
                "sides": {a: sum(ca.values()), b: sum(cb.values())},
                "faster": faster,
                "note": f"halves {early[0]}..{early[-1]} / {late[0]}..{late[-1]}; growth {a} {ga:.2f}, {b} {gb:.2f}",
            }
        )
        kept += 1
    for n, (form, t, p1, p2) in enumerate(PERIOD_ROWS):
        c = monthly(TOPICS[t])
        figures = {}
        for p in (p1, p2):
            since, until = PERIODS[p]
            months = [m for m in all_months if since[:7] <= m <= until[:7]]
            figures[p] = (sum(c[m] for m in months), share(c, months))
        s1, s2 = figures[p1][1], figures[p2][1]
        level = max(s1, s2) / max(min(s1, s2), 1e-9) < LEVEL
        rows.append(
            {
                "id": f"trend2-period{n:02d}",
                "kind": "periods",
                "question": form.format(t=t, p1=p1, p2=p2),
                "periods": {p: figures[p][0] for p in (p1, p2)},
                "higher": "" if level else p2 if s2 > s1 else p1,
                "note": f"shares {p1} {s1:.2%}, {p2} {s2:.2%}",
            }
        )
    last = all_months[-1]
    for n, (q, since, until) in enumerate(TRENDING):
        window = [m for m in all_months if since[:7] <= m <= min(until[:7], last)]
        length = len(months_between(since, until if until[:7] <= last else last))
        baseline = [m for m in all_months if month_before(window[0], length) <= m < window[0]]
        rows.append(
            {
                "id": f"trend2-trending{n:02d}",
                "kind": "trending",
                "question": q,
                "window": [window[0], window[-1]],
                "baseline": [baseline[0], baseline[-1]],
            }
        )
    for n, (q, intent, series) in enumerate(CONTROLS):
        rows.append(
            {"id": f"trend2-control{n:02d}", "kind": "control", "question": q, "intent": intent, "series": series}
        )
    by_kind: dict[str, int] = {}
    for row in rows:
        i = by_kind.get(row["kind"], 0)
        row["half"] = "tune" if i % 2 == 0 else "check"
        by_kind[row["kind"]] = i + 1
    out = ROOT / "eval" / "trend_dev.jsonl"
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    for r in rows:
        print(json.dumps(r, ensure_ascii=False))


if __name__ == "__main__":
    main()

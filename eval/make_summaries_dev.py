"""Draw period-summary candidates for eval/summaries_dev.jsonl, seeded, from the corpus.

Periods (ISO weeks, months, halves of a month, "between X and Y" spans) and topics are drawn at
random; for each draw this prints every paper in the period whose title or summary matches the
topic's patterns (a wide net, related forms included), with the sentence that matched, for a
person to judge by reading. The judged rows (questions in users' own words, `relevant`, `half`)
were then written by hand into eval/summaries_dev.jsonl; see eval/summaries_dev.md.

Run: `python eval/make_summaries_dev.py` (prints the draws and their candidates).
"""

from __future__ import annotations

import calendar
import random
import re
import sys
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from rag.ingest import load_papers  # noqa: E402

SEED = 2610
# Topics not drawn by gold2's lists nor intents_dev, each with a wide candidate net.
TOPICS = {
    "LLM agents": [r"\bagents?\b", r"\bagentic\b"],
    "diffusion models": [r"diffusion"],
    "world models": [r"world[- ]models?"],
    "vision-language-action models": [r"vision[- ]language[- ]action", r"\bVLAs?\b"],
    "speculative decoding": [r"speculative", r"draft model"],
    "image editing": [r"image editing", r"\bedit(?:ing|s)?\b"],
    "code generation": [r"code generation", r"\bcoding\b", r"generat\w* code"],
    "long context": [r"long[- ]context", r"context (?:length|window)"],
    "LoRA": [r"\bLoRA\b", r"low[- ]rank adapt"],
    "direct preference optimization": [r"\bDPO\b", r"direct preference optimi"],
    "autonomous driving": [r"autonomous driving", r"self-driving", r"\bdriving\b"],
    "3D reconstruction": [r"3D reconstruction", r"reconstruct"],
    "mathematical reasoning": [r"math"],
    "tool use": [r"\btools?\b", r"tool[- ]use", r"function[- ]call"],
}
WANTED = 14
# Draws with fewer candidates give nothing to summarise; with more, too many to judge by reading.
MIN_CANDIDATES, MAX_CANDIDATES = 2, 10
MONTHS = list(calendar.month_name)[1:]


def period(rng: random.Random, first: date, last: date) -> tuple[str, date, date]:
    """A period of one of four kinds, inside the corpus's span, with the words a user might use."""
    kind = rng.choice(["week", "month", "half", "between"])
    day = first + timedelta(days=rng.randrange((last - first).days - 31))
    if kind == "week":
        monday = day - timedelta(days=day.weekday())
        y, w, _ = monday.isocalendar()
        words = rng.choice([f"{y}-W{w:02d}", f"the week of {MONTHS[day.month - 1]} {day.day}, {day.year}"])
        return words, monday, monday + timedelta(days=6)
    if kind == "month":
        end = calendar.monthrange(day.year, day.month)[1]
        return f"{MONTHS[day.month - 1]} {day.year}", day.replace(day=1), day.replace(day=end)
    if kind == "half":
        end = calendar.monthrange(day.year, day.month)[1]
        if rng.random() < 0.5:
            return f"the first half of {MONTHS[day.month - 1]} {day.year}", day.replace(day=1), day.replace(day=15)
        return f"the second half of {MONTHS[day.month - 1]} {day.year}", day.replace(day=16), day.replace(day=end)
    span = rng.randrange(5, 20)
    end_day = day + timedelta(days=span)
    words = f"between {MONTHS[day.month - 1]} {day.day} and {MONTHS[end_day.month - 1]} {end_day.day}, {end_day.year}"
    return words, day, end_day


def main() -> None:
    papers, *_ = load_papers(sorted((ROOT / "data" / "digests").glob("*.md")))
    first = date.fromisoformat(min(d for p in papers for d in p.dates))
    last = date.fromisoformat(max(d for p in papers for d in p.dates))
    rng = random.Random(SEED)
    kept = skipped = 0
    while kept < WANTED:
        words, start, end = period(rng, first, last)
        topic = rng.choice(sorted(TOPICS))
        patterns = [re.compile(p, re.I) for p in TOPICS[topic]]
        inside = [p for p in papers if any(start.isoformat() <= d <= end.isoformat() for d in p.dates)]
        hits = [p for p in inside if any(r.search(p.title + " " + p.summary) for r in patterns)]
        if not MIN_CANDIDATES <= len(hits) <= MAX_CANDIDATES:
            skipped += 1
            continue
        n, kept = kept, kept + 1
        print(f"## draw {n}: {topic} | {words} | {start} .. {end} | {len(hits)} candidates of {len(inside)}")
        for p in hits:
            said = re.split(r"(?<=[.!?])\s+", p.title + ". " + p.summary)
            sentence = next((s for s in said if any(r.search(s) for r in patterns)), "")
            print(f"- {p.id} {p.dates[0]} {p.title}\n    {sentence[:300]}")
    print(f"({skipped} draws skipped: fewer than {MIN_CANDIDATES} or more than {MAX_CANDIDATES} candidates)")


if __name__ == "__main__":
    main()

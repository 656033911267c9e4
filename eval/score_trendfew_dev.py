"""Score eval/trendfew_dev.jsonl: a trend answer calls a topic rising or falling only when its papers are enough to
tell. Under 10 papers, no "rising" or "falling"; 50 papers or more whose month share at least doubles or halves
between the span's halves, that verdict. Other rows pass whatever they say."""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

from rag.answer import Answerer
from rag.settings import Settings

COUNT_RE = re.compile(r"^(\d[\d,]*) papers? in the digests match")
SHARES_RE = re.compile(r"(\d[\d.]*)% in [\d-]+ to [\d-]+ against (\d[\d.]*)% in [\d-]+ to [\d-]+: ([^.]+)\.")


def passes(answer: str) -> tuple[bool, str]:
    count, shares = COUNT_RE.match(answer), SHARES_RE.search(answer)
    if not count or not shares:
        return True, "no count or no share line"
    n = int(count.group(1).replace(",", ""))
    before, after, word = float(shares.group(1)), float(shares.group(2)), shares.group(3)
    verdict = word in ("rising", "falling")
    if n < 10:
        return not verdict, f"{n} papers: {word}"
    if n >= 50 and before and (after >= 2 * before or after * 2 <= before):
        return word == ("rising" if after > before else "falling"), f"{n} papers, {before}% → {after}%: {word}"
    return True, f"{n} papers: {word}"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--half", choices=["tune", "check"], required=True)
    args = parser.parse_args()
    rows = [json.loads(line) for line in Path("eval/trendfew_dev.jsonl").read_text().splitlines()]
    answerer = Answerer(Settings.from_env(llm="extractive"))
    kept = [r for r in rows if r["split"] == args.half]
    good = 0
    for row in kept:
        ok, why = passes(answerer.ask(row["question"]).answer)
        good += ok
        print(f"{'PASS' if ok else 'FAIL'} {row['question']}: {why}")
    print(f"{args.half}: {good}/{len(kept)}")


if __name__ == "__main__":
    main()

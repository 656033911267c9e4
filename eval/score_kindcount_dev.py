"""Score eval/kindcount_dev.jsonl: when no survey or benchmark paper on a topic is found, the count of papers
said to name the topic is the grep count of its phrase (exact under 4 papers, else within 25 %), and a topic no
paper writes is said to be named by none. A row whose answer lists papers of the kind passes only when grep finds
the topic written."""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

from rag.answer import Answerer
from rag.settings import Settings

COUNT_RE = re.compile(r"^([\d,]+) papers? in the digests\S* names? ")
LISTED_RE = re.compile(r"^(?:Yes: )?([\d,]+) papers? in the digests\S* match")


def passes(answer: str, grep: int) -> tuple[bool, str]:
    if m := COUNT_RE.match(answer):
        said = int(m.group(1).replace(",", ""))
        return (said == grep if grep < 4 else abs(said - grep) <= 0.25 * grep), f"says {said} name it"
    if LISTED_RE.match(answer):
        return grep > 0, "lists papers of the kind"
    if "No paper in the digests names" in answer or answer.startswith("I found no paper on"):
        return grep == 0, "says none names it (as one topic)"
    return False, answer[:80]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--half", choices=["tune", "check"], required=True)
    args = parser.parse_args()
    rows = [json.loads(line) for line in Path("eval/kindcount_dev.jsonl").read_text().splitlines()]
    answerer = Answerer(Settings.from_env(llm="extractive"))
    kept = [r for r in rows if r["split"] == args.half]
    good = 0
    for row in kept:
        ok, why = passes(answerer.ask(row["question"]).answer, row["grep_papers"])
        good += ok
        print(f"{'PASS' if ok else 'FAIL'} {row['question']} (grep {row['grep_papers']}): {why}")
    print(f"{args.half}: {good}/{len(kept)}")


if __name__ == "__main__":
    main()

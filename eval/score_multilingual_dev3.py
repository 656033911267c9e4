"""Score eval/multilingual_dev3.jsonl: does a list question in French, Spanish, German or Chinese answer as in English?

A row passes on eval/score_multilingual_dev.py's rule (the English answer's intent, at least half of its papers,
no more than as many others) and, where the row asks for the newest papers (`newest`), when at least 3 of the
variant's first 5 papers are among the English answer's first 5: a list of every paper on the topic in another
order is not the newest ones. `--record` re-records `intent` and `relevant` from the English questions.
Run: `python eval/score_multilingual_dev3.py [--half tune|check] [--record] [-v]` with RAG_HOME set.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from eval.devsets import in_half, print_table  # noqa: E402
from eval.score_multilingual_dev import passes, prepared  # noqa: E402

LEAD = 5


def newest_first(cited: list[str], row: dict) -> bool:
    """The variant leads with the English answer's leading papers (3 of its first 5)."""
    return not row.get("newest") or len(set(cited[:LEAD]) & set(row["relevant"][:LEAD])) >= 3


def main() -> None:
    args, rows, answerer = prepared("multilingual_dev3.jsonl", keep_answer=True)
    by_lang: dict[str, dict[str, list[bool]]] = defaultdict(lambda: defaultdict(list))
    for row in in_half(rows, args.half):
        answer = answerer.ask(row["question"])
        cited = [c["id"] for c in answer.citations]
        ok = passes(answer.intent, set(cited), row) and newest_first(cited, row)
        by_lang[row["half"]][row["lang"]].append(ok)
        if args.v and not ok:
            topics = (answer.parsed or {}).get("topics")
            print(f"FAIL {row['id']} {answer.intent}/{row['intent']} {topics}: {row['question']}", flush=True)
            print(f"  {answer.answer[:200]!r}\n  cited={cited[:8]} want={row['relevant'][:8]}", flush=True)
    print_table(by_lang)


if __name__ == "__main__":
    main()

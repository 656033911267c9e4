"""Score eval/multilingual_dev.jsonl: does each non-English question answer like its English original?

A row passes when its answer has the original's intent and cites at least half of the papers the
English original cites (`relevant`, recorded from the English answer and checked against the digests),
with no more than as many again. `--record` re-records `relevant` from the English originals.
Run: `python eval/score_multilingual_dev.py [--half tune|held] [--record] [-v]` with RAG_HOME set.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from eval.devsets import in_half, options, print_table, read_rows  # noqa: E402
from rag.answer import Answerer  # noqa: E402
from rag.settings import Settings  # noqa: E402


def passes(intent: str, cited: set[str], row: dict) -> bool:
    relevant = set(row["relevant"])
    if intent != row["intent"]:
        return False
    if not relevant:
        return not cited
    return len(cited & relevant) >= max(1, len(relevant) / 2) and len(cited - relevant) <= len(relevant)


def record(rows: list[dict], path: Path, answerer: Answerer, keep_answer: bool = False) -> None:
    """--record: each row's English question answered now, its intent and papers written into the set."""
    for row in rows:
        answer = answerer.ask(row["english"])
        row["intent"] = answer.intent
        row["relevant"] = [c["id"] for c in answer.citations]
        if keep_answer:
            row["english_answer"] = answer.answer[:300]
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")


def prepared(default_set: str, keep_answer: bool = False) -> tuple[argparse.Namespace, list[dict], Answerer]:
    """The options, the set's rows (first answered in English and written back with --record) and the answerer."""
    ap = options(default_set)
    ap.add_argument("--record", action="store_true")
    args = ap.parse_args()
    rows = read_rows(Path(args.set))
    answerer = Answerer(Settings.from_env(llm="extractive"))
    if args.record:
        record(rows, Path(args.set), answerer, keep_answer)
    return args, rows, answerer


def score(
    args: argparse.Namespace,
    rows: list[dict],
    answerer: Answerer,
    passes: Callable[[str, set[str], dict], bool],
    papers: Callable[[set[str], dict], str],
) -> None:
    """Each row of the half asked, judged by `passes`, tabled by half and language; `-v` prints each failure
    with `papers` (what was cited against what was wanted)."""
    table: dict[str, dict[str, list[bool]]] = defaultdict(lambda: defaultdict(list))
    for row in in_half(rows, args.half):
        answer = answerer.ask(row["question"])
        cited = {c["id"] for c in answer.citations}
        ok = passes(answer.intent, cited, row)
        table[row["half"]][row["lang"]].append(ok)
        if args.v and not ok:
            topics = (answer.parsed or {}).get("topics")
            print(f"FAIL {row['id']} {answer.intent}/{row['intent']} {topics}: {row['question']}", flush=True)
            print(f"  {answer.answer[:200]!r}\n  {papers(cited, row)}", flush=True)
    print_table(table)


def main() -> None:
    args, rows, answerer = prepared("multilingual_dev.jsonl")
    score(args, rows, answerer, passes, lambda cited, row: f"cited={sorted(cited)} want={row['relevant']}")


if __name__ == "__main__":
    main()

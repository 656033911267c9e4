"""Score eval/multilingual_dev2.jsonl: does each variant (fr, es, de, zh, typo, markup) answer like its English one?

A row passes when its answer has the English question's intent, cites at least half of the papers the
English answer cites and no more than as many others (eval/score_multilingual_dev.py's rule), and, for
a fact row, states the figure (`figure`) the English answer states. `--record` re-records `intent` and
`relevant` from the English questions' answers (read against the digests before the rows were committed,
see eval/multilingual_dev2.md). Run: `python eval/score_multilingual_dev2.py [--half tune|check] [--record] [-v]`
with RAG_HOME set; it prints a line per half by language and one by intent.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from eval.devsets import in_half, print_table  # noqa: E402
from eval.score_multilingual_dev import passes, prepared  # noqa: E402


def main() -> None:
    args, rows, answerer = prepared("multilingual_dev2.jsonl", keep_answer=True)
    by_lang: dict[str, dict[str, list[bool]]] = defaultdict(lambda: defaultdict(list))
    by_type: dict[str, dict[str, list[bool]]] = defaultdict(lambda: defaultdict(list))
    for row in in_half(rows, args.half):
        answer = answerer.ask(row["question"])
        cited = {c["id"] for c in answer.citations}
        ok = passes(answer.intent, cited, row) and row.get("figure", "") in answer.answer
        by_lang[row["half"]][row["lang"]].append(ok)
        by_type[row["half"] + "/type"][row["type"]].append(ok)
        if args.v and not ok:
            topics = (answer.parsed or {}).get("topics")
            print(f"FAIL {row['id']} {answer.intent}/{row['intent']} {topics}: {row['question']}", flush=True)
            print(f"  {answer.answer[:200]!r}\n  cited={sorted(cited)[:12]} want={row['relevant'][:12]}", flush=True)
    print_table(by_lang)
    print_table(by_type)


if __name__ == "__main__":
    main()

"""Score eval/intents_dev.jsonl with gold2's rules (rag/rules.py): pass rate per type and variant, per half.

Run: `python eval/score_intents_dev.py [--half dev|held] [-v]` with RAG_HOME pointing at an index.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from eval.devsets import in_half, options, read_rows  # noqa: E402
from rag.answer import Answerer  # noqa: E402
from rag.rules import Attempt, Expected, rule_passes  # noqa: E402
from rag.settings import Settings  # noqa: E402


def main() -> None:
    args = options("intents_dev.jsonl").parse_args()
    rows = read_rows(Path(args.set))
    answerer = Answerer(Settings.from_env(llm="extractive"))
    dates = {p.id: p.dates for p in answerer.retriever.papers}
    table: dict[tuple[str, str], dict[str, list[bool]]] = defaultdict(lambda: defaultdict(list))
    for row in in_half(rows, args.half):
        answer = answerer.ask(row["question"])
        cited = tuple(c["id"] for c in answer.citations)
        attempt = Attempt(
            answer.answer, cited, tuple(s.hit.paper.id for s in answer.sources), answer.counts, answer.table
        )
        f = row.get("filters", {})
        expected = Expected(
            frozenset(row.get("relevant", [])), tuple(row.get("facts", [])), f.get("since", ""), f.get("until", "")
        )
        ok = bool(rule_passes(row["type"], attempt, expected, lambda pid: dates.get(pid, [])))
        table[row["half"], row.get("variant", "") or "original"][row["type"]].append(ok)
        if args.v and not ok:
            print(f"FAIL {row['id']}: {row['question']}\n  {answer.answer[:300]!r}\n  cited={cited}", flush=True)
    for (half, variant), types in sorted(table.items()):
        cells = ", ".join(f"{t} {sum(v)}/{len(v)}" for t, v in sorted(types.items()))
        print(f"{half:5s} {variant:9s} {cells}")


if __name__ == "__main__":
    main()

"""Score a list dev set's answers against its judged papers with gold2's list scorer (eval/lists16_dev.md).

Each row's answer (extractive backend, the product's default hybrid retrieval) is scored by `rag.rules.list_scores`
against `relevant`: precision and recall per question, pooled (micro) and averaged (macro), and gold2's list rule
(both >= 0.9). Works on any list set in gold2's format (lists_dev*, lists15_dev, lists16_dev).

    python eval/score_lists16_dev.py [--set eval/lists16_dev.jsonl] [--half tune|check] [-v] [--json OUT]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from rag.answer import Answerer  # noqa: E402
from rag.rules import LIST_FLOOR, list_scores  # noqa: E402
from rag.settings import Settings  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--set", default=str(ROOT / "eval" / "lists16_dev.jsonl"))
    ap.add_argument("--half", default="")
    ap.add_argument("-v", action="store_true")
    ap.add_argument("--json", default="")
    args = ap.parse_args()
    rows = [json.loads(line) for line in Path(args.set).read_text().splitlines() if line.strip()]
    rows = [r for r in rows if r.get("type") == "list" and (not args.half or r.get("split") == args.half)]
    answerer = Answerer(Settings.from_env(llm="extractive"))
    hits = cited_n = rel_n = passed = 0
    precisions: list[float] = []
    recalls: list[float] = []
    record = {}
    for row in rows:
        relevant = frozenset(row["relevant"])
        cited = [str(c["id"]) for c in answerer.ask(row["question"]).citations]
        p, r = list_scores(cited, relevant, int(row.get("top", 0) or 0))
        hits += len(set(cited) & relevant)
        cited_n += len(set(cited))
        rel_n += len(relevant)
        precisions.append(p or 0.0)
        recalls.append(r)
        ok = p is not None and p >= LIST_FLOOR and r >= LIST_FLOOR
        passed += ok
        record[row["id"]] = sorted(set(cited))
        if args.v:
            missed = sorted(relevant - set(cited))
            extra = sorted(set(cited) - relevant)
            print(f"{row['id']:16} {row.get('split', ''):6} P {p or 0:.2f} R {r:.2f} cited {len(set(cited))}", end="")
            print(f" {'PASS' if ok else ''}\n   missed {missed}\n   extra  {extra}")
    n = max(len(rows), 1)
    micro_p = hits / cited_n if cited_n else 0.0
    micro_r = hits / rel_n if rel_n else 0.0
    print(
        f"{len(rows)} rows: micro P/R {micro_p:.3f} / {micro_r:.3f}, "
        f"macro P/R {sum(precisions) / n:.3f} / {sum(recalls) / n:.3f}, rule {passed}/{len(rows)}"
    )
    if args.json:
        Path(args.json).write_text(json.dumps(record, indent=1))


if __name__ == "__main__":
    main()

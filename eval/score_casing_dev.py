"""Score eval/casing_dev.jsonl: an acronym typed in capitals ("What's DLLMS?") that the corpus writes in mixed case
with a small letter first ("dLLMs", "nDCG", "xLSTM"). A row passes when the count of papers naming it that the
answer states is within 15 % (or 1) of the papers its `regex` finds in titles and summaries; an answer that states
no count (its own paper alone) counts 1.

Run: `python eval/score_casing_dev.py [--half tune|check] [-v]` with RAG_HOME pointing at an index.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from eval.devsets import in_half, options, read_rows  # noqa: E402
from rag.answer import Answerer  # noqa: E402
from rag.settings import Settings  # noqa: E402

STATED_RE = re.compile(r"(\d+) papers? (?:in the digests )?names?\b")


def main() -> None:
    args = options("casing_dev.jsonl").parse_args()
    answerer = Answerer(Settings.from_env(llm="extractive"))
    papers = answerer.retriever.papers
    table: dict[str, list[bool]] = {}
    for row in in_half(read_rows(Path(args.set)), args.half):
        grep = sum(bool(re.search(row["regex"], f"{p.title} {p.summary}", re.I)) for p in papers)
        answer = answerer.ask(row["question"]).answer
        found = STATED_RE.search(answer)
        stated = int(found.group(1)) if found else 1
        ok = abs(stated - grep) <= max(1, 0.15 * grep)
        table.setdefault(row["half"], []).append(ok)
        if args.v and not ok:
            print(f"FAIL {row['id']}: {row['question']} states {stated}, grep {grep}: {answer[:160]!r}")
    print(json.dumps({half: f"{sum(v)}/{len(v)}" for half, v in sorted(table.items())}))


if __name__ == "__main__":
    main()

"""Score eval/follow_dev.jsonl: follow-ups pointing at the previous answer's papers, run through the code `rag chat`
runs (`eval/score_page_dev.chat_answers`). Only the last turn is judged:

- `cites_exactly`: the papers it cites, as a set (a comparison of two entries of a list cites those two);
- `cites_within`: it cites at least one paper and only these; `figure`: the text writes this figure;
- `says_any`: the text writes one of these (any case); `lacks`: none of these;
- `same_as`: it cites exactly what that question asked alone cites ("and PPO?" after "what is DPO?");
- `count`: the text states this count and lists no entries ("how many are there?" after a list);
- `names_any` / `min_names` / `within_turn`: at least `min_names` of these names are written, and every cited
  paper is one that turn's list cited ("what benchmarks do they use?");
- `cites_none`: it cites nothing;
- the keys of eval/chat_dev.jsonl and eval/page_dev.jsonl (controls copied from them, half `control`).

Run: `python eval/score_follow_dev.py [--half tune|check|control] [-v]` with RAG_HOME pointing at an index.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from eval.devsets import run_judged  # noqa: E402
from eval.score_page_dev import ENTRY_RE, chat_judged, turns_of  # noqa: E402
from eval.score_page_dev import judge as judge_page  # noqa: E402
from rag.answer import Answerer  # noqa: E402


def judge(row: dict, answers: list, answerer: Answerer) -> list[str]:
    """The reasons a row fails (empty: it passes)."""
    last = answers[-1]
    why = judge_page(row, answers, answerer.retriever.by_id)
    cited = {c["id"] for c in last.citations}
    text = last.answer
    if "cites_exactly" in row and cited != set(row["cites_exactly"]):
        why.append(f"cites {sorted(cited)[:6]} ({len(cited)})")
    if "cites_within" in row and (not cited or not cited <= set(row["cites_within"])):
        why.append(f"cites {sorted(cited)[:6]} ({len(cited)})")
    if "figure" in row and row["figure"].lower() not in text.lower():
        why.append(f"no figure {row['figure']!r}")
    if "says_any" in row and not any(s.lower() in text.lower() for s in row["says_any"]):
        why.append(f"says none of {row['says_any']}")
    why += [f"says {s!r}" for s in row.get("lacks", []) if s.lower() in text.lower()]
    if "same_as" in row:
        alone = {c["id"] for c in answerer.ask(row["same_as"]).citations}
        if cited != alone:
            why.append(f"cites {sorted(cited)}, {row['same_as']!r} cites {sorted(alone)}")
    if "count" in row:
        if not re.search(rf"\b{row['count']}\b", text):
            why.append(f"no count {row['count']}")
        if any(ENTRY_RE.match(line) for line in text.split("\n")):
            why.append("lists entries")
    if "names_any" in row:
        written = [n for n in row["names_any"] if re.search(rf"(?<![\w-]){re.escape(n)}(?![\w-])", text)]
        if len(written) < row["min_names"]:
            why.append(f"names {written}")
        listed = {c["id"] for c in answers[row["within_turn"]].citations}
        why += [f"cites {pid}, not in the list" for pid in sorted(cited - listed)][:3]
    if row.get("cites_none") and cited:
        why.append(f"cites {sorted(cited)[:4]}")
    return why


def main() -> None:
    run_judged("follow_dev.jsonl", chat_judged(judge), lambda row: row["kind"], turns_of)


if __name__ == "__main__":
    main()

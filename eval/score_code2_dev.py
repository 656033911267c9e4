"""Score eval/code2_dev.jsonl: questions about papers' code (eval/code2_dev.md). Each row is a conversation
whose last turn is judged:

- paper / chat, `expect: link`: the answer writes one of the paper's code links in its first 300 characters
  (the link leads, whatever the wording) and cites the paper first.
- paper / chat, `expect: none`: the answer says the digest gives "no code link" in its first 300 characters,
  cites the paper first and does not abstain.
- list: the answer cites every `relevant` paper (the papers the digests give a code link) and no other.
- chat list: the answer has the code filter and cites at least one paper, each among `relevant`.
- control: the answer has the row's `intent`, no code filter, cites a paper and does not abstain.

Run: `python eval/score_code2_dev.py [--half tune|check] [-v]` with RAG_HOME pointing at an index.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from eval.devsets import cited_in_order, run_judged  # noqa: E402

ABSTAINS_RE = re.compile(r"do not cover this|which do not answer|I found no paper", re.I)
NO_LINK_RE = re.compile(r"\bno code link\b", re.I)
LEAD = 300  # characters: an answer about a paper's code says first whether there is a link


def judge(row: dict, answer: Any, by_id: Mapping[str, Any]) -> list[str]:
    """The reasons the row's last answer fails (empty: it passes)."""
    cited = cited_in_order(answer)
    text = answer.answer
    has_code = bool(answer.filters.get("has_code"))
    kind = row["kind"]
    if kind in ("paper", "chat"):
        why = [] if cited[:1] == [row["paper"]] else [f"first cited {cited[:1]}"]
        if row["expect"] == "link":
            links = by_id[row["paper"]].code_urls if row["paper"] in by_id else []
            why += [] if any(u in text[:LEAD] for u in links) else [f"does not lead with a code link of {links}"]
        else:
            why += [] if NO_LINK_RE.search(text[:LEAD]) else ["does not say first that there is no code link"]
            why += ["abstains"] if ABSTAINS_RE.search(text) else []
        return why
    if kind == "list":
        missing = [p for p in row["relevant"] if p not in cited]
        extra = [p for p in cited if p not in row["relevant"]]
        return [f"misses {missing}"] * bool(missing) + [f"also cites {extra[:3]}"] * bool(extra)
    if kind == "chat list":
        extra = [p for p in cited if p not in row["relevant"]]
        why = ["no code filter"] * (not has_code) + ["cites nothing"] * (not cited)
        return why + [f"cites {extra[:3]}"] * bool(extra)
    why = [f"intent {answer.intent}"] * (answer.intent != row["intent"]) + ["code filter"] * has_code
    return why + ["cites nothing"] * (not cited) + ["abstains"] * bool(ABSTAINS_RE.search(text))


def main() -> None:
    def judge_row(row: dict, answerer: Any) -> list[str]:
        history: list[tuple[str, str]] = []
        for turn in row["turns"]:
            answer = answerer.ask(turn, history=list(history))
            history.append((turn, answer.answer))
        why = judge(row, answer, answerer.retriever.by_id)
        return [*why, repr(answer.answer[:240])] if why else []

    run_judged("code2_dev.jsonl", judge_row, lambda row: row["kind"], lambda row: repr(row["turns"][-1]))


if __name__ == "__main__":
    main()

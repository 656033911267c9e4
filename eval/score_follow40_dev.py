"""Score eval/follow40_dev.jsonl: a chat follow-up over the papers the turn before listed ("summarise them", "which
of them are from 2025?", "compare the first two", "resúmelos") keeps that list's filters; a follow-up asking about a
new topic ("and what about X?") does not keep an author it did not ask for.

Each follow-up turn's `check` is read from the corpus (eval/make_follow40_dev.py). A turn passes when:
- every paper it cites has the check's `author` among its authors, its date within `since`..`until` and a code link
  where `code` is set, and at least 80% of them write the check's `topic` (title or summary);
- it cites at least one paper where `expect` (corpus papers meeting the filters) is above 0, and none where it is 0;
- a `not_author` check: it cites a paper writing the topic that the author did not write.
A row passes when all its follow-up turns pass.

Run: `python eval/score_follow40_dev.py [--half tune|check] [-v]` with RAG_HOME pointing at an index.
"""

from __future__ import annotations

import re
import sys
from functools import cache
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from eval.devsets import run_judged  # noqa: E402
from eval.score_page_dev import chat_answers  # noqa: E402

TOPIC_SHARE = 0.8


@cache
def corpus() -> dict[str, Any]:
    from rag.catalogue import load
    from rag.settings import Settings

    return {p.id: p for p in load(Settings.from_env()).papers}


def turn_fails(check: dict, cited: list[str]) -> list[str]:
    """Why one follow-up turn's citations break its check."""
    papers = [corpus()[i] for i in cited if i in corpus()]
    writes = [p for p in papers if check.get("topic") and re.search(check["topic"], f"{p.title} {p.summary}", re.I)]
    if author := check.get("not_author"):
        fresh = [p for p in writes if author not in p.authors]
        return [] if fresh else [f"cites no paper on the topic outside {author}'s ({len(papers)} cited)"]
    why = []
    if check.get("author") and (off := [p.id for p in papers if check["author"] not in p.authors]):
        why.append(f"{len(off)} cited not by {check['author']}: {off[:3]}")
    if check.get("since") and (off := [p.id for p in papers if not check["since"] <= p.date <= check["until"]]):
        why.append(f"{len(off)} cited outside {check['since']}..{check['until']}: {off[:3]}")
    if check.get("code") and (off := [p.id for p in papers if not p.has_code]):
        why.append(f"{len(off)} cited without code: {off[:3]}")
    if check.get("topic") and papers and len(writes) < TOPIC_SHARE * len(papers):
        why.append(f"only {len(writes)}/{len(papers)} cited write the topic")
    if check["expect"] and not papers:
        why.append(f"cites nothing ({check['expect']} corpus papers meet the filters)")
    if not check["expect"] and papers:
        why.append(f"cites {len(papers)} where no corpus paper meets the filters")
    return why


def judge(row: dict, answerer: Any) -> list[str]:
    answers = chat_answers(answerer, row["turns"])
    why = []
    for turn, answer, check in zip(row["turns"], answers, row["checks"]):
        if check is None:
            continue
        if fails := turn_fails(check, [c["id"] for c in answer.citations]):
            why += [f"{turn!r}: {'; '.join(fails)}", f"read as {answer.standalone!r}", repr(answer.answer[:160])]
    return why


def main() -> None:
    run_judged("follow40_dev.jsonl", judge, lambda row: row["kind"], lambda row: " || ".join(row["turns"]))


if __name__ == "__main__":
    main()

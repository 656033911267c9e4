"""Score eval/how_dev.jsonl: "how does X work?", "why does X …?", "what is <paper> about?" and a question
after a definition, each row a conversation whose last answer is checked.

A row passes when the last answer's first cited paper is one of `lead` (or, for a row with `note_ok` and
no lead, whose opening says that no summary explains X itself; a row with both accepts either), its
opening (the text before the first blank line) matches one of `has` and none of `lacks`, and no sentence
it quotes is a hedge ("the paper does not provide details …") or one of a digest's own follow-up questions
(a sentence that opens with a question word and ends in "?"). A row whose opening says no summary explains X
itself may then quote a variant as the closest: `lacks` is not read then.

Run: `python eval/score_how_dev.py [--half tune|check] [-v]` with RAG_HOME pointing at an index.
"""

from __future__ import annotations

import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from eval.devsets import in_half, options, print_table, read_rows  # noqa: E402
from rag.answer import Answerer  # noqa: E402
from rag.settings import Settings  # noqa: E402

NOTE_RE = re.compile(r"\bno (?:paper|summary)\b[^.]{0,80}\bexplains?\b", re.I)
HEDGE_RE = re.compile(
    r"\b(?:paper|summary|study|authors?|work)\s+(?:does|do)\s+not,?\s+(?:\w+,?\s+){0,2}"
    r"(?:provide|detail|specify|mention|discuss|report|describe|include|explain|clarify)"
    r"|\b(?:lacks?|lacking)\s+(?:information|details?)\b|\bseems?\s+to\s+lack\b",
    re.I,
)
# A digest's own follow-up question ("How does the choice of the base model affect …?"), not a summary's
# statement of its research question ("The main research question is: how …?").
FOLLOW_UP_RE = re.compile(
    r"^\W*(?:\d+[.)]\s*)?(?:what|how|which|why|can|could|will|would|does|do|is|are)\b[^.]*\?\s*$", re.I
)
QUOTED_RE = re.compile(r"\*\*[^*]+\*\*[^:]*\[\d+\]:\s*(?P<said>.+)$", re.M)


def opening(answer: str) -> str:
    """The answer's first paragraph; after an overview's title line ("**Title** (id, …) [1]"), its next one too."""
    parts = answer.strip().split("\n\n")
    if re.fullmatch(r"\*\*.+\*\* \(.+\) \[\d+\]", parts[0]) and len(parts) > 1:
        return f"{parts[0]}\n\n{parts[1]}"[:700]
    return parts[0][:700]


def judge(row: dict, answer: str, cited: list[str]) -> list[str]:
    """The reasons a row fails (empty: it passes)."""
    head = opening(answer)
    why = []
    led = bool(cited) and cited[0] in row["lead"]
    noted = row.get("note_ok", False) and bool(NOTE_RE.search(head))
    if not (led or noted):
        why.append(f"first cited {cited[:1]}")
    if not any(re.search(p, head, re.I) for p in row["has"]):
        why.append("opening lacks " + " / ".join(row["has"]))
    if not noted:  # said to be no explanation of X itself, a variant may follow as the closest
        why += [f"opening holds {p!r}" for p in row["lacks"] if re.search(p, head, re.I | re.M)]
    for m in QUOTED_RE.finditer(answer):
        said = m.group("said").strip()
        if HEDGE_RE.search(said) or FOLLOW_UP_RE.match(said):
            why.append(f"quotes {said[:80]!r}")
    return why


def main() -> None:
    args = options("how_dev.jsonl").parse_args()
    answerer = Answerer(Settings.from_env(llm="extractive"))
    table: dict[str, dict[str, list[bool]]] = defaultdict(lambda: defaultdict(list))
    for row in in_half(read_rows(Path(args.set)), args.half):
        history: list[tuple[str, str]] = []
        for turn in row["turns"]:
            last = answerer.ask(turn, history=list(history))
            history.append((turn, last.answer))
        why = judge(row, last.answer, [c["id"] for c in last.citations])
        table[row["half"]][row["kind"]].append(not why)
        if args.v:
            print(f"{'ok  ' if not why else 'FAIL'} {row['id']} [{last.intent}] {row['turns'][-1]} {why}")
            print(f"     {opening(last.answer)[:300]!r}")
    print_table(table)


if __name__ == "__main__":
    main()

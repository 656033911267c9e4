"""Score eval/chat_dev.jsonl: follow-ups in a chat, each row a conversation whose last turn is checked
(its standalone question, filters and intent; phrases its answer holds (`answer_has`); every cited paper
inside a period (`cited_within`) or among those an earlier turn cited (`cited_among`); the first cited
paper's day (`first_cited_date`); the paper a reference such as "[3]" or "it" points at; the papers by the
same authors). Pass rate per kind, per half.

Run: `python eval/score_chat_dev.py [--half tune|check] [-v]` with RAG_HOME pointing at an index.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from eval.devsets import in_half, options, print_table, read_rows  # noqa: E402
from rag.answer import Answerer  # noqa: E402
from rag.bibtex import fold as author_key  # noqa: E402
from rag.settings import Settings  # noqa: E402


def judge(row: dict, answers: list, by_id: dict) -> list[str]:
    """The reasons a row fails (empty: it passes)."""
    last = answers[-1]
    why = []
    cited = [c["id"] for c in last.citations]
    standalone = last.standalone.lower()
    why += [f"standalone lacks {w!r}" for w in row.get("standalone_has", []) if w not in standalone]
    why += [f"standalone carries {w!r}" for w in row.get("standalone_lacks", []) if w in standalone]
    for key, value in row.get("filters", {}).items():
        if last.filters.get(key) != value:
            why.append(f"filter {key}={last.filters.get(key)!r}")
    if "intent" in row and last.intent != row["intent"]:
        why.append(f"intent {last.intent}")
    if "intent_not" in row and last.intent == row["intent_not"]:  # an intent the follow-up does not ask
        why.append(f"intent {last.intent}")
    if "cited_first_is" in row:
        turn, n = row["cited_first_is"]
        earlier = [c["id"] for c in answers[turn].citations if c["n"] == n]
        if not earlier or cited[:1] != earlier:
            why.append(f"cited {cited[:1]}, turn {turn}'s [{n}] is {earlier}")
    if "cites_some_of" in row:
        found = len(set(cited) & set(row["cites_some_of"]))
        if found < row["at_least"]:
            why.append(f"cites {found} of the judged similar papers, {row['at_least']} wanted: {cited[:5]}")
    why += [f"cites {pid}" for pid in row.get("not_cited", []) if pid in cited]
    why += [f"answer lacks {w!r}" for w in row.get("answer_has", []) if w.lower() not in last.answer.lower()]
    if "first_cited_date" in row:  # "which is the most recent?": ties on the newest day all count
        first = by_id[cited[0]] if cited else None
        if first is None or first.date != row["first_cited_date"]:
            why.append(f"first cited {first.id if first else None} of {first.date if first else None}")
    if "cited_within" in row:  # every cited paper reached the digests in the period
        since, until = row["cited_within"]
        outside = [pid for pid in cited if not any(since <= d <= until for d in by_id[pid].dates)]
        why += [f"cites {pid} from outside {since}..{until}" for pid in outside]
    if "cited_among" in row:  # "are any of them video?": only papers the list of that turn cited
        listed = {c["id"] for c in answers[row["cited_among"]].citations}
        if not cited:
            why.append("cites nothing")
        why += [f"cites {pid}, not in turn {row['cited_among']}'s list" for pid in cited if pid not in listed][:3]
    if "shares_author_with" in row:
        names = {author_key(a) for a in by_id[row["shares_author_with"]].authors}
        if not cited or row["shares_author_with"] in cited:
            why.append(f"cited {cited[:3]}")
        elif any(not names & {author_key(a) for a in by_id[pid].authors} for pid in cited):
            why.append("cites a paper by none of the authors")
    return why


def main() -> None:
    args = options("chat_dev.jsonl").parse_args()
    answerer = Answerer(Settings.from_env(llm="extractive"))
    table: dict[str, dict[str, list[bool]]] = defaultdict(lambda: defaultdict(list))
    for row in in_half(read_rows(Path(args.set)), args.half):
        history: list[tuple[str, str]] = []
        answers = []
        for turn in row["turns"]:
            answers.append(answerer.ask(turn, history=list(history)))
            history.append((turn, answers[-1].answer))
        why = judge(row, answers, answerer.retriever.by_id)
        table[row["half"]][row["kind"]].append(not why)
        if args.v and why:
            print(
                f"FAIL {row['id']}: {row['turns'][-1]!r} → {answers[-1].standalone!r}\n  {'; '.join(why)}", flush=True
            )
    print_table(table)


if __name__ == "__main__":
    main()

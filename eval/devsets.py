"""What the dev-set scorers share: their options, reading a set, and the pass-count table they print."""

from __future__ import annotations

import argparse
import json
import re
from collections import defaultdict
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


def options(default_set: str) -> argparse.ArgumentParser:
    """--half (only that half), --set (default eval/<default_set>) and -v (print each failure)."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--half", default="")
    ap.add_argument("--set", default=str(ROOT / "eval" / default_set))
    ap.add_argument("-v", action="store_true")
    return ap


def read_rows(path: Path) -> list[dict]:
    """The set's rows; a row that names its half as "split" (eval/facts_dev.jsonl) gets it as "half" too."""
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    for row in rows:
        row.setdefault("half", row.get("split", ""))
    return rows


def in_half(rows: list[dict], half: str) -> Iterator[dict]:
    return (row for row in rows if not half or row["half"] == half)


def print_table(table: Mapping[str, Mapping[str, list[bool]]]) -> None:
    """One line per half: each group's passes out of its rows, then all of them."""
    for half, groups in sorted(table.items()):
        cells = ", ".join(f"{g} {sum(v)}/{len(v)}" for g, v in sorted(groups.items()))
        total = sum(sum(v) for v in groups.values()), sum(len(v) for v in groups.values())
        print(f"{half:5s} {cells}; all {total[0]}/{total[1]}")


def cited_in_order(answer: Any) -> list[str]:
    """The papers an answer's text cites, in the order it first cites them."""
    ids = {c["n"]: c["id"] for c in answer.citations}
    order: list[str] = []
    for n in re.findall(r"\[(\d+)\]", answer.answer):
        paper = ids.get(int(n), "")
        if paper and paper not in order:
            order.append(paper)
    return order


def list_failures(cited: set[str], row: Mapping[str, Any], share: float) -> list[str]:
    """A judged list row's failure, or []: the papers cited hold at least `share` of `gold` (recall), and at least
    `share` of them are in `gold` or `optional` (precision)."""
    gold, fine = set(row["gold"]), set(row["gold"]) | set(row["optional"])
    recall = len(cited & gold) / len(gold)
    precision = len(cited & fine) / len(cited) if cited else 0.0
    if recall >= share and precision >= share:
        return []
    return [f"P {precision:.2f} R {recall:.2f}: missing {sorted(gold - cited)}, off {sorted(cited - fine)}"]


def ask_turns(answerer: Any, turns: list[str]) -> list[Any]:
    """Each turn answered with the chat so far as its history, as `rag chat` asks it."""
    history: list[tuple[str, str]] = []
    answers = []
    for turn in turns:
        answer = answerer.ask(turn, history=list(history))
        answers.append(answer)
        history.append((turn, answer.answer))
    return answers


def judging(passes: Callable[[dict, Any], bool]) -> Callable[[dict, Any], list[str]]:
    """A pass/fail rule over a row's answer as `run_judged`'s judge: a failing row shows the answer's opening and
    first citations."""

    def judge(row: dict, answerer: Any) -> list[str]:
        answer = answerer.ask(row["question"])
        return [] if passes(row, answer) else [f"{answer.answer[:300]!r}", f"cited={cited_in_order(answer)[:5]}"]

    return judge


def run_judged(
    default_set: str,
    judge: Callable[[dict, Any], list[str]],
    kind: Callable[[dict], str],
    shown: Callable[[dict], str] = lambda row: row["question"],
) -> None:
    """A scorer whose `judge(row, answerer)` gives the reasons a row fails: each half's pass counts by `kind`;
    `shown` is what a failure line says the row asked (a chat's turns)."""
    from rag.answer import Answerer
    from rag.settings import Settings

    args = options(default_set).parse_args()
    answerer = Answerer(Settings.from_env(llm="extractive"))
    table: dict[str, dict[str, list[bool]]] = defaultdict(lambda: defaultdict(list))
    for row in in_half(read_rows(Path(args.set)), args.half):
        why = judge(row, answerer)
        table[row["half"]][kind(row)].append(not why)
        if args.v and why:
            print(f"FAIL {row.get('id', '-')}: {shown(row)}\n  {'; '.join(why)}", flush=True)
    print_table(table)


def run_twins(default_set: str, passes: Callable[[dict, Any, Any], bool]) -> None:
    """A scorer of rows that may name a `twin` wording whose answer theirs is weighed against: `passes(row, answer,
    twin)` per row (twin None where it names none), each question asked once however many rows share it, pass
    counts by the row's `type`."""
    from rag.answer import Answerer
    from rag.settings import Settings

    args = options(default_set).parse_args()
    answerer = Answerer(Settings.from_env(llm="extractive"))
    asked: dict[str, Any] = {}

    def ask(question: str) -> Any:
        if question not in asked:
            asked[question] = answerer.ask(question)
        return asked[question]

    table: dict[str, dict[str, list[bool]]] = defaultdict(lambda: defaultdict(list))
    for row in in_half(read_rows(Path(args.set)), args.half):
        answer = ask(row["question"])
        twin = ask(row["twin"]) if row.get("twin") else None
        ok = passes(row, answer, twin)
        table[row["half"]][row["type"]].append(ok)
        if args.v and not ok:
            expected = f" expected={row['expected']}" if "expected" in row else ""
            print(f"FAIL {row['id']} [{answer.intent}] {row['question']}{expected}", flush=True)
            print(f"  {answer.answer[:300]!r}", flush=True)
            if twin is not None:
                print(f"  twin: {twin.answer[:200]!r}", flush=True)
    print_table(table)

"""Scores eval/gold_dev.jsonl (eval/gold_dev.md). `python eval/score_gold_dev.py [--half tune|check] [-v]`.

A `file` row passes when reading its gold file warns exactly as written (each pattern matches one warning,
no other warning) and scores the rows it says, or fails with the error it says; a `faithful` row when the
answer cites its paper and every claim of it is scored supported; a `coauthors` row when the answer cites
exactly the papers every named person is an author of."""

from __future__ import annotations

import argparse
import json
import re
import tempfile
from pathlib import Path

from rag import evaluate
from rag.answer import Answerer
from rag.settings import Settings

ROWS = Path(__file__).with_name("gold_dev.jsonl")


def read(path: Path, known: set[str]) -> tuple[int | None, list[str], str]:
    """(rows scored or None, warnings, error) for one gold file; the code before the checks had no warnings."""
    try:
        if hasattr(evaluate, "read_gold"):
            got = evaluate.read_gold(path, known)
            return len(got.questions), got.warnings, ""
        rows = evaluate.load_gold(path)
        if not rows:
            return 0, [], ""
        return len(rows), [], ""
    except evaluate.GoldError as err:
        return None, list(getattr(err, "warnings", [])), str(err)
    except Exception as err:  # the code before the checks could crash on a bad field
        return None, [], f"crash: {err.__class__.__name__}: {err}"


def file_passes(row: dict, known: set[str]) -> tuple[bool, str]:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "gold.jsonl"
        path.write_text("".join(line + "\n" for line in row["lines"]), encoding="utf-8")
        scored, warnings, error = read(path, known)
    unmatched = list(warnings)
    missing = []
    for pattern in row["warnings"]:
        hit = next((w for w in unmatched if re.search(pattern, w)), None)
        if hit is None:
            missing.append(pattern)
        else:
            unmatched.remove(hit)
    ok = not missing and not unmatched and scored == row["scored"]
    ok = ok and (bool(re.search(row["error"], error)) if row["error"] else not error)
    return ok, f"scored {scored}, error {error!r}, missing {missing}, other warnings {unmatched}"


def faithful(result: object) -> float | None:
    if hasattr(evaluate, "answer_faithfulness"):
        return evaluate.answer_faithfulness(result)  # type: ignore[attr-defined]
    texts = {s.n: s.hit.paper.text for s in result.sources}  # type: ignore[attr-defined]
    return evaluate.faithfulness(result.answer, texts)  # type: ignore[attr-defined]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--half", choices=("tune", "check"))
    parser.add_argument("-v", action="store_true")
    args = parser.parse_args()
    rows = [json.loads(line) for line in ROWS.read_text(encoding="utf-8").splitlines()]
    rows = [r for r in rows if not args.half or r["half"] == args.half]
    answerer = Answerer(Settings.from_env(llm="extractive"))
    known = {p.id for p in answerer.retriever.papers}
    tally: dict[str, list[int]] = {}
    for row in rows:
        if row["kind"] == "file":
            ok, why = file_passes(row, known)
        else:
            result = answerer.ask(row["question"])
            cited = [c["id"] for c in result.citations]
            if row["kind"] == "faithful":
                score = faithful(result)
                ok = set(row["relevant"]) <= set(cited) and score == 1.0
                why = f"faithfulness {score}, cited {cited}"
            else:
                ok = set(cited) == set(row["relevant"])
                why = f"cited {cited}, want {row['relevant']}"
            if args.v:
                why += "\n    " + result.answer[:300].replace("\n", "\n    ")
        tally.setdefault(f"{row['half']} {row['kind']}", [0, 0])
        tally[f"{row['half']} {row['kind']}"][0] += ok
        tally[f"{row['half']} {row['kind']}"][1] += 1
        if args.v or not ok:
            print(f"{'pass' if ok else 'FAIL'} {row['id']}: {why}")
    for key, (passed, total) in sorted(tally.items()):
        print(f"{key}: {passed}/{total}")


if __name__ == "__main__":
    main()

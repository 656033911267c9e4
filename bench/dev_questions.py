"""Run the hand-written development questions and print what the answerer says (asserts nothing).

python bench/dev_questions.py [eval/dev_questions.jsonl] > out.txt
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from rag.answer import Answerer
from rag.settings import Settings


def main() -> None:
    path = Path(sys.argv[1] if len(sys.argv) > 1 else "eval/dev_questions.jsonl")
    answerer = Answerer(Settings.from_env())
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    for row in rows:
        result = answerer.ask(row["question"])
        data = result.to_dict()
        lines = result.answer.splitlines()
        print(f"=== {row['id']} [{row['intent']}] {row['question']}")
        print(f"    got intent={data.get('intent', '')!r} covered={result.covered} cites={len(result.citations)}")
        if data.get("parsed"):
            print(f"    parsed={json.dumps(data['parsed'], ensure_ascii=False)}")
        for line in lines[:6]:
            print(f"    | {line[:200]}")
        if len(lines) > 6:
            print(f"    | … {len(lines) - 6} more lines")
    history = [(rows[0]["question"], answerer.ask(rows[0]["question"]).answer)]
    follow = answerer.ask("what does the first one achieve?", history=history)
    print("=== follow-up: what does the first one achieve?")
    for line in follow.answer.splitlines()[:4]:
        print(f"    | {line[:200]}")


if __name__ == "__main__":
    main()

"""Draw the English questions of eval/lang2_dev.jsonl: 8 per intent from the tune halves of English dev sets.

An intent whose tune half holds fewer than 8 English questions (authors: 7) leaves its shortfall to lists, drawn last.

Seeded (2611); writes eval/lang2_dev-picks.json with each pick's source row, the language it is to be
written in (fr, es, de, zh in turn over a shuffled order) and its half (tune and check by turns of four, so
each language has both). The translations are then written by hand.
Run: `python eval/make_lang2_dev.py`.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = 2611
PER_INTENT = 8
LANGS = ("fr", "es", "de", "zh")

# intent -> (set, field naming the half, the tune half's name, optional type filter)
SOURCES: dict[str, list[tuple[str, str, str, str]]] = {
    "list": [(f"lists_dev{n}.jsonl", "split", "tune", "list") for n in ("", "2", "3", "4", "5", "6", "7", "8")],
    "fact": [("facts_dev.jsonl", "split", "tune", "")],
    "definition": [("definitions_dev.jsonl", "half", "tune", ""), ("definitions_dev2.jsonl", "half", "tune", "")],
    "authors": [("intents_dev.jsonl", "half", "dev", "authors")],
    "period": [("summaries_dev.jsonl", "half", "tune", ""), ("periods_dev.jsonl", "split", "dev", "")],
}


VARIANTS = ("-fr", "-es", "-de", "-zh", "-typo", "-markup")


def english(row: dict) -> bool:
    """A source row written in English (the intents set also holds typo, markup and translated variants)."""
    return row["question"].isascii() and not str(row["id"]).endswith(VARIANTS)


def pool(intent: str) -> list[dict]:
    rows = []
    for name, field, half, kind in SOURCES[intent]:
        path = ROOT / "eval" / name
        if not path.exists():
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            row = json.loads(line)
            if row.get(field, row.get("half")) != half or (kind and row.get("type") != kind):
                continue
            if english(row):
                rows.append({"source": f"{name}:{row['id']}", "english": row["question"]})
    return rows


def main() -> None:
    rng = random.Random(SEED)
    picks = []
    short = 0
    for intent in reversed(SOURCES):
        rows = pool(intent)
        want = PER_INTENT + (short if intent == "list" else 0)
        drawn = rng.sample(rows, min(want, len(rows)))
        short += want - len(drawn)
        picks += [dict(row, kind=intent) for row in drawn]
    rng.shuffle(picks)
    for i, pick in enumerate(picks):
        pick["lang"] = LANGS[i % len(LANGS)]
        pick["half"] = "tune" if (i // len(LANGS)) % 2 == 0 else "check"
    out = ROOT / "eval" / "lang2_dev-picks.json"
    out.write_text(json.dumps(picks, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(picks)} picks -> {out}")


if __name__ == "__main__":
    main()

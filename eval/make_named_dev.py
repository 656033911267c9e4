"""Draw the named papers of eval/named_dev.jsonl: papers whose title opens with a short name before a colon
("Optimus-3: ...", "Kimi k1.5: ..."), drawn with a fixed seed; prints each one's id, date, title and summary, from
which the rows' questions and expected figures were written by hand (eval/named_dev.md).

Run: `python eval/make_named_dev.py [N]` from the repository root.
"""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from rag.ingest import load_papers  # noqa: E402

NAME_RE = re.compile(r"^([A-Za-z][\w.+\-]*(?: [\w.+\-]+)?):\s")
SEED = 20261127


def named(title: str) -> str | None:
    """The short name before a title's colon, if it looks like a model's or system's name (a capital or digit)."""
    m = NAME_RE.match(title)
    if not m or len(m.group(1)) > 24 or not re.search(r"[A-Z0-9]", m.group(1)[1:] + m.group(1)[:1]):
        return None
    return m.group(1)


def main(n: int) -> None:
    papers = sorted(load_papers([ROOT / "data"])[0], key=lambda p: p.id)
    pool = [p for p in papers if named(p.title)]
    for p in random.Random(SEED).sample(pool, n):
        print(f"== {p.id} {p.dates[0] if p.dates else ''} [{named(p.title)}] {p.title}\n{p.summary}\n")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 20)

"""Draw the two-part topics of the fifteenth list dev set (eval/lists15_dev.jsonl) at random, with a fixed seed.

Probe 8 (defect 8) found lists on two-part topics ("mixture of experts routing", "long-context evaluation")
citing papers that name one part only. This set draws its topics from the corpus's own frequent word pairs
and triples: every two- or three-word phrase (hyphens split, no stopword) written by 6 to 60 papers whose
first and last words are each written by at least three times as many papers as the phrase, so a paper naming
one part alone is a real risk. A person keeps a drawn phrase only when it joins two concepts a user could ask
for apart (a head and its modifier: "video editing", not "extensive experiments" or "large language"), and
names it as a user would ask. `--candidates SPEC.json` prints each row's pool: a grep of both parts together
(their forms and synonyms, one regex per row) and the papers the current answer cites.
Run: `python eval/make_lists15_dev.py`.
"""

from __future__ import annotations

import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from rag.ingest import load_papers  # noqa: E402
from rag.text import THEME_STOP  # noqa: E402

SEED = 2026_1127_15
DRAW = 240
LOW, HIGH, SPREAD = 6, 40, 3


def corpus() -> list:
    """The bundled papers, sorted by id so the draw does not depend on file order."""
    papers, *_ = load_papers(sorted((ROOT / "data" / "digests").glob("*.md")))
    return sorted(papers, key=lambda p: p.id)


def words(text: str) -> list[str]:
    return re.findall(r"[a-z][a-z0-9]*", text.lower().replace("-", " "))


def phrases(papers: list) -> list[tuple[str, int]]:
    """The two- and three-word phrases the draw picks from, with the number of papers writing each."""
    df: Counter[str] = Counter()
    single: Counter[str] = Counter()
    for p in papers:
        toks = words(f"{p.title} {p.summary}")
        single.update(set(toks))
        grams = set()
        for n in (2, 3):
            for k in range(len(toks) - n + 1):
                g = toks[k : k + n]
                if g[0] in THEME_STOP or g[-1] in THEME_STOP or any(len(w) < 3 and not w.isupper() for w in g):
                    continue
                grams.add(" ".join(g))
        df.update(grams)
    out = []
    for g, n in sorted(df.items()):
        parts = g.split()
        if LOW <= n <= HIGH and min(single[parts[0]], single[parts[-1]]) >= SPREAD * n:
            out.append((g, n))
    return out


def grep(papers: list, pattern: str) -> list[str]:
    compiled = re.compile(pattern, re.IGNORECASE)
    return [p.id for p in papers if compiled.search(f"{p.title}\n{p.summary}")]


def candidates(papers: list, spec_path: str) -> None:
    """Each spec row's pool as JSON on stdout: the papers its regex greps and those its answer cites now."""
    from rag.answer import Answerer
    from rag.settings import Settings

    answerer = Answerer(Settings.from_env(llm="extractive"))
    out = {}
    for row in json.loads(Path(spec_path).read_text()):
        cited = [str(c["id"]) for c in answerer.ask(row["question"]).citations]
        out[row["id"]] = {"grep": grep(papers, row["pattern"]), "answer": cited}
    json.dump(out, sys.stdout, indent=1)
    print()


def main() -> None:
    papers = corpus()
    if len(sys.argv) > 2 and sys.argv[1] == "--candidates":
        candidates(papers, sys.argv[2])
        return
    pool = phrases(papers)
    print(f"{len(pool)} phrases")
    for g, n in random.Random(SEED).sample(pool, DRAW):
        print(f"{n:3d}  {g}")


if __name__ == "__main__":
    main()

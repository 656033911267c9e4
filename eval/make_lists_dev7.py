"""Draw the techniques (and the domains beside them) that the seventh list dev set (eval/lists_dev7.jsonl) asks about.

Issue 10, list recall on reworded topics: a technique asked in one word form ("distill", "pruned",
"quantize") while papers write another ("distillation", "pruning", "quantized"), a technique asked for a
domain ("X for Y") and two techniques combined ("X and Y"). The techniques are drawn at random (fixed
seed) from the corpus vocabulary: words written in two forms or more that share a Snowball stem, one a
noun in -ion/-ing/-ment and one a verb or participle (-e/-ed/-ize/-ise), named by 8 to 150 papers. For
each draw the script prints the forms and the words that most often share a paper with it (lift over the
corpus, 3 papers or more); a person keeps, in draw order, the techniques that are one technique (not
"learning", "training") and pairs each with one of its printed domains, or with another drawn technique
for a combination question, then writes the question in a form of the technique other than the commonest.
Run: `python eval/make_lists_dev7.py` (prints draws).
"""

from __future__ import annotations

import random
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from rag.cli import open_retriever  # noqa: E402
from rag.settings import Settings  # noqa: E402
from rag.understand import stem  # noqa: E402

SEED = 2026_1126_7
DRAW = 30
NOUN_RE = re.compile(r"(?:ion|ing|ment)$")
VERB_RE = re.compile(r"(?:ed|ize|ise|e)$")


def main() -> None:
    papers = sorted(open_retriever(Settings.from_env()).papers, key=lambda p: p.id)
    words_of = [set(re.findall(r"[a-z][a-z-]{3,}", p.text.lower())) for p in papers]
    df: Counter[str] = Counter(w for ws in words_of for w in ws)
    forms: dict[str, set[str]] = defaultdict(set)
    for w in df:
        forms[stem(w)].add(w)
    papers_of: dict[str, set[int]] = defaultdict(set)
    for i, ws in enumerate(words_of):
        for w in ws:
            papers_of[stem(w)].add(i)
    n = len(papers)
    pool = sorted(
        s
        for s, fs in forms.items()
        if any(NOUN_RE.search(f) for f in fs) and any(VERB_RE.search(f) for f in fs) and 8 <= len(papers_of[s]) <= 150
    )
    for s in random.Random(SEED).sample(pool, DRAW):
        mine = papers_of[s]
        near: Counter[str] = Counter(w for i in mine for w in words_of[i] if len(w) > 4)
        lift = {w: c / len(mine) / (df[w] / n) for w, c in near.items() if c >= 3 and stem(w) != s}
        top = sorted(lift, key=lambda w: -lift[w])[:12]
        print(f"{s}: {len(mine)} papers; forms {sorted(forms[s])}; beside {top}")


if __name__ == "__main__":
    main()

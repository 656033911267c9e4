"""Draw the topics of the seventeenth list dev set (eval/lists17_dev.jsonl) at random, with a fixed seed.

Issue 10 (job lists17): a list question gives another set of papers for the same topic written in another form
("math reasoning" 54 papers, "mathematical reasoning" 127; "pre-training" / "pretraining"; "RAG" / "retrieval-
augmented generation"). This script lists every two-word phrase of the corpus (title + summary, hyphens split, no
stop word at either end) written by 10 to 200 papers that has another form the corpus also writes (3+ papers):
- `compound`: a word written closed that the corpus also writes open or hyphenated, or two words the corpus also
  writes as one ("pre training" ↔ "pretraining", "multi modal" ↔ "multimodal");
- `adjective`: a word whose noun / adjective / clipped twin (general English, `rag.lexicon.FIELDS`,
  `rag.qualifiers.CLIPPED`) makes a phrase the corpus writes ("mathematical reasoning" ↔ "math reasoning");
- `acronym`: the phrase is spelled out before its acronym in brackets by 3+ papers ("retrieval augmented
  generation (RAG)").
and draws from them in a fixed order. A person keeps a drawn phrase when a user could ask for it as a topic.
`--candidates SPEC.json` prints each row's grep pool (one regex per row over every form).
Run: `python eval/make_lists17_dev.py`.
"""

from __future__ import annotations

import random
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from eval.make_lists15_dev import candidates, corpus, words  # noqa: E402
from rag.lexicon import FIELDS  # noqa: E402
from rag.qualifiers import CLIPPED, WRITTEN_OUT  # noqa: E402
from rag.text import THEME_STOP  # noqa: E402

SEED = 2026_1128_17
DRAW = 80
LOW, HIGH, LEAST = 10, 200, 3
ACRONYM_RE = re.compile(r"((?:[A-Za-z]+[\s-]+){1,5}[A-Za-z]+)\s+\(([A-Z][A-Za-z]{1,6})s?\)")


def twins() -> dict[str, set[str]]:
    """Each word's noun / adjective / clipped twins (general English, the product's own tables)."""
    out: dict[str, set[str]] = {}
    groups = [set(v) | {k} for k, v in FIELDS.items()]
    groups += [{k, v} for k, v in CLIPPED.items()] + [{k, v} for k, v in WRITTEN_OUT.items()]
    for group in groups:
        for w in group:
            out.setdefault(w, set()).update(group - {w})
    return out


def draw_pool(papers: list) -> list[tuple[str, int, str, str]]:
    """(phrase, papers writing it, variant kind, the variant) for every phrase with another form."""
    df: Counter[str] = Counter()
    single: Counter[str] = Counter()
    hyphened: Counter[str] = Counter()
    defined: Counter[str] = Counter()
    for p in papers:
        text = f"{p.title} {p.summary}"
        toks = words(text)
        single.update(set(toks))
        hyphened.update({h.lower() for h in re.findall(r"\b[a-z]+-[a-z]+\b", text, re.I)})
        for m in ACRONYM_RE.finditer(text):
            head = words(m.group(1))
            n = len(m.group(2))
            if len(head) >= n and "".join(w[0] for w in head[-n:]) == m.group(2).lower():
                defined[" ".join(head[-n:])] += 1
        df.update({" ".join(toks[k : k + 2]) for k in range(len(toks) - 1)})
    related = twins()
    out = []
    for g, n in sorted(df.items()):
        a, b = g.split()
        if a in THEME_STOP or b in THEME_STOP or min(len(a), len(b)) < 3 or not LOW <= n <= HIGH:
            continue
        found: list[tuple[str, str]] = []
        if single[a + b] >= LEAST:
            found.append(("compound", a + b))
        for w, other in ((a, b), (b, a)):
            for i in range(3, len(w) - 2):
                if hyphened[f"{w[:i]}-{w[i:]}"] >= LEAST:
                    split = f"{w[:i]} {w[i:]}"
                    found.append(("compound", f"{split} {other}" if w == a else f"{other} {split}"))
            for t in related.get(w, ()):
                variant = f"{t} {other}" if w == a else f"{other} {t}"
                if df[variant] >= LEAST:
                    found.append(("adjective", variant))
        if defined[g] >= LEAST:
            found.append(("acronym", g))
        for kind, variant in found[:1]:
            out.append((g, n, kind, variant))
    return out


def main() -> None:
    papers = corpus()
    if len(sys.argv) > 2 and sys.argv[1] == "--candidates":
        candidates(papers, sys.argv[2])
        return
    pool = draw_pool(papers)
    print(f"{len(pool)} phrases: {Counter(k for *_, k, _ in pool)}")
    for g, n, kind, variant in random.Random(SEED).sample(pool, min(DRAW, len(pool))):
        print(f"{n:3d}  {kind:9s} {g}  ↔  {variant}")


if __name__ == "__main__":
    main()

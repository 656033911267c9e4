"""Draw the "<acronym> <subtopic>" and "<technique> <subtopic>" pairs that eval/lists_dev10.jsonl asks about.

Issue 10, list recall for a subtopic written in other forms (stop 28, job acr2): a frequent-but-rare acronym
(0.3% to 2% of papers write it as a word of its own, so its subtopics must be named; `listing.qualifiers`) or
a multi-word technique named in titles, with a subtopic word that papers write beside it in more than one
surface form (inflection, a hyphen or none, a negative prefix). The pairs are drawn at random (fixed seed);
for each the script prints the subtopic's forms and how many papers write the name and the subtopic in one
sentence. A person keeps, in draw order, pairs that are one subject (not "LLM-based", "performance") and
writes the question with the subtopic's commonest noun form.
Run: `python eval/make_lists_dev10.py` (prints draws).
"""

from __future__ import annotations

import random
import re
import sys
from collections import Counter, defaultdict
from itertools import pairwise
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from rag.cli import open_retriever  # noqa: E402
from rag.settings import Settings  # noqa: E402
from rag.understand import STOP_STEMS, stem  # noqa: E402

SEED = 2026_1127_10
DRAW = 24
TAKEN = {"kv", "moe", "sae", "rlvr", "lvlm", "lora", "grpo"}  # lists_dev9's acronyms
NEGATIVE = ("im", "in", "un", "dis", "non-", "non")
# A subtopic word is drawn where it is this many times likelier beside the name than in the corpus.
LIFT = 5.0


def main() -> None:
    retriever = open_retriever(Settings.from_env())
    papers = sorted(retriever.papers, key=lambda p: p.id)
    n = len(papers)
    cache: dict[str, str] = {}

    def key(word: str) -> str:
        if word not in cache:
            cache[word] = stem(word.replace("-", ""))
        return cache[word]

    sentences = [re.split(r"(?<=[.!?])\s+", f"{p.title}. {p.summary}") for p in papers]
    words_of = [set(re.findall(r"[a-z][a-z-]{3,}", p.text.lower())) for p in papers]
    forms: dict[str, set[str]] = defaultdict(set)
    df: Counter[str] = Counter()
    for ws in words_of:
        df.update({key(w) for w in ws})
        for w in ws:
            forms[key(w)].add(w)
            for p in NEGATIVE:
                if w.startswith(p) and len(w) - len(p) >= 5:
                    forms[key(w[len(p) :].lstrip("-"))].add(w)
    names: dict[str, re.Pattern[str]] = {}
    for acronym, expansion in sorted(retriever.acronyms.items()):
        if acronym.rstrip("s") not in TAKEN and " " not in acronym and len(acronym) >= 2 and acronym.isalnum():
            names[f"{acronym.upper()} ({expansion})"] = re.compile(
                rf"\b(?:{re.escape(acronym.rstrip('s'))}s?|{re.escape(expansion)})\b", re.I
            )
    titles: Counter[str] = Counter()
    for p in papers:
        ws = re.findall(r"[a-z][a-z-]{3,}", p.title.lower())
        titles.update({f"{a} {b}" for a, b in pairwise(ws) if key(a) not in STOP_STEMS and key(b) not in STOP_STEMS})
    for phrase, count in titles.items():
        if count >= 4:
            names[phrase] = re.compile(rf"\b{re.escape(phrase)}", re.I)
    pool: list[tuple[str, str, int]] = []
    for name, pattern in names.items():
        own = [i for i, p in enumerate(papers) if pattern.search(p.text)]
        if not 0.003 <= len(own) / n < 0.02:
            continue
        beside: Counter[str] = Counter()
        for i in own:
            said = [s for s in sentences[i] if pattern.search(s)]
            beside.update({key(w) for s in said for w in re.findall(r"[a-z][a-z-]{5,}", s.lower())})
        name_stems = {key(w) for w in re.findall(r"[a-z]+", name.lower())}
        for s, count in beside.items():
            lift = count / len(own) / (df[s] / n) if df[s] else 0.0
            if s in STOP_STEMS or s in name_stems or not 3 <= count <= 0.4 * len(own) or lift < LIFT:
                continue
            if len({f.replace("-", "") for f in forms[s]}) >= 2 or any("-" in f for f in forms[s]):
                pool.append((name, s, count))
    rng = random.Random(SEED)
    by_name: dict[str, list[tuple[str, int]]] = defaultdict(list)
    for name, s, count in pool:
        by_name[name].append((s, count))
    for name in rng.sample(sorted(by_name), min(DRAW, len(by_name))):
        picks = rng.sample(sorted(by_name[name]), min(3, len(by_name[name])))
        print(f"{name}:", "; ".join(f"{s} x{c} {sorted(forms[s])[:6]}" for s, c in picks))


if __name__ == "__main__":
    main()

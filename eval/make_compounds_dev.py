"""Draw eval/compounds_dev.jsonl at random with a fixed seed (eval/compounds_dev.md says how and why).

Compounds: two-part words the corpus writes both hyphenated ("auto-encoder") and closed ("autoencoder") in its
vocabulary, plus hyphenated words it never writes closed ("super-resolution"), each named by 8 papers or more.
The corpus's own spelling is the form it writes most; the question types another form (closed, hyphenated, or
open with a space), followed by the word the corpus most often writes after the compound. Transpositions: a
two-word phrase of 4 titles or more with two neighbouring letters of one word swapped, and in half of them one more typo
in the other word (a doubled letter dropped or a letter dropped). Run: `python eval/make_compounds_dev.py`
(writes the rows to stdout).
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

from rag.answer import Answerer  # noqa: E402
from rag.english import is_english  # noqa: E402
from rag.settings import Settings  # noqa: E402
from rag.text import STOPWORDS  # noqa: E402

SEED = 2026_1127_36
COMPOUNDS = 24
TRANSPOSED = 6
MIN_DF = 8
# probe report 9's own questions (defect 1), all in the tune half
PROBE = [
    {"kind": "probe", "question": f"papers on {typed}", "same_as": f"papers on {spelt}"}
    for typed, spelt in (
        ("in context learning", "in-context learning"),
        ("auto-regressive image generation", "autoregressive image generation"),
        ("sparse auto-encoders", "sparse autoencoders"),
        ("superresolution", "super-resolution"),
        ("selfsupervised learning", "self-supervised learning"),
        ("gausian spalting", "gaussian splatting"),
    )
]


def next_word(texts: list[str], compound: str) -> str:
    """The content word the corpus most often writes right after `compound` (any of its spellings), if 3+ times."""
    a, b = compound.split("-")
    pattern = re.compile(rf"\b{a}[- ]?{b}\s+([a-z]{{5,}})\b")
    after: Counter = Counter()
    for t in texts:
        after.update(set(pattern.findall(t)))
    after = Counter({w: n for w, n in after.items() if w not in STOPWORDS})
    return after.most_common(1)[0][0] if after and after.most_common(1)[0][1] >= 3 else ""


def compound_rows(vocab: dict[str, int], texts: list[str], rng: random.Random) -> list[dict]:
    """Half of `COMPOUNDS` the corpus writes hyphenated, typed closed; half it writes closed, typed otherwise."""
    own: dict[str, list[tuple[str, str]]] = {"hyphenated": [], "closed": []}
    for word, df_h in sorted(vocab.items()):
        parts = word.split("-")
        if len(parts) != 2 or not all(p.isalpha() and len(p) >= 2 for p in parts) or len(word) < 7:
            continue
        df_c = vocab.get("".join(parts), 0)
        if max(df_h, df_c) >= MIN_DF and max(df_h, df_c) >= 3 * min(df_h, df_c):
            own["hyphenated" if df_h > df_c else "closed"].append((word, "".join(parts)))
    rows = []
    for kind, pool in own.items():
        for hyphened, closed in rng.sample(pool, COMPOUNDS // 2):
            after = next_word(texts, hyphened)
            tail = f" {after}" if after else ""
            typed = closed if kind == "hyphenated" else rng.choice([hyphened, hyphened.replace("-", " ")])
            spelt = hyphened if kind == "hyphenated" else closed
            rows.append({"kind": kind, "question": f"papers on {typed}{tail}", "same_as": f"papers on {spelt}{tail}"})
    return rows


def transposed(word: str, rng: random.Random) -> str:
    i = rng.randrange(1, len(word) - 2)
    return word[:i] + word[i + 1] + word[i] + word[i + 2 :]


def dropped(word: str, rng: random.Random) -> str:
    doubles = [i for i in range(1, len(word)) if word[i] == word[i - 1]]
    i = rng.choice(doubles) if doubles else rng.randrange(1, len(word) - 1)
    return word[:i] + word[i + 1 :]


def transposed_rows(vocab: dict[str, int], titles: list[str], rng: random.Random) -> list[dict]:
    bigrams: Counter = Counter()
    for t in titles:
        bigrams.update(set(re.findall(r"\b(?=([a-z]{6,} [a-z]{6,})\b)", t)))
    pool = sorted(p for p, n in bigrams.items() if n >= 4 and not any(w in STOPWORDS for w in p.split()))
    rows = []
    for phrase in rng.sample(pool, len(pool)):
        if len(rows) >= TRANSPOSED:
            break
        first, second = phrase.split()
        one = rng.randrange(2)
        words = [first, second]
        words[one] = transposed(words[one], rng)
        if len(rows) % 2:
            words[1 - one] = dropped(words[1 - one], rng)
        if any(w in vocab or is_english(w) for w, orig in zip(words, (first, second), strict=True) if w != orig):
            continue
        rows.append(
            {"kind": "transposed", "question": f"papers on {' '.join(words)}", "same_as": f"papers on {phrase}"}
        )
    return rows


def main() -> None:
    answerer = Answerer(Settings.from_env(llm="extractive"))
    vocab = answerer.retriever.vocab
    texts = [p.search_text.lower() for p in answerer.retriever.papers]
    rng = random.Random(SEED)
    titles = [p.title.lower() for p in answerer.retriever.papers]
    rows = compound_rows(vocab, texts, rng) + transposed_rows(vocab, titles, rng)
    seen: Counter = Counter()
    for n, row in enumerate(PROBE + rows, 1):
        seen[row["kind"]] += 1
        half = "tune" if row["kind"] == "probe" or seen[row["kind"]] % 2 else "check"
        print(json.dumps({"id": f"cmp{n:02d}", "half": half, **row}))


if __name__ == "__main__":
    main()

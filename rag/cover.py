"""How much of a description each paper states: the share of the description's own words (stemmed, each
weighted by its rarity) that the paper's title and summary write.

A half-remembered description ("the rule-based answer checkers … mark correct answers as wrong") shares
its rare words with the paper it describes even where the encoder and BM25 rank that paper low: BM25
saturates and length-normalises each word, and the encoder hears the description's framing. Both the
retriever (reordering the head of a description's ranking) and the answerer (naming the paper a
one-paper question means) ask this one question.
"""

from __future__ import annotations

import json
import math
import os
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from rag import shapes
from rag.papers import Paper
from rag.text import STOPWORDS
from rag.understand import FRAME_WORDS, GENERIC_WORDS, stem_key, stems

STEMS_VERSION = 6  # bump whenever shapes.stemmed_corpus or the stemmer changes: it keys the on-disk cache

GENERIC_STEMS = frozenset(stem_key(" ".join(GENERIC_WORDS | FRAME_WORDS)).split())
# Words that join a description's parts ("decline under quantization", "parts like drawers"); a name has none.
LINKING_WORDS = STOPWORDS | frozenset("under over across without within between against like via among".split())
LINKING_STEMS = frozenset(stem_key(" ".join(LINKING_WORDS)).split())
# Words a reader uses to recall a paper rather than to describe it (general language, documented as such):
# no summary need write them.
RECALL_STEMS = frozenset(stems("something anything thing stuff remember recall read saw seen called name paper one"))
# The verbs a figure question asks with ("what accuracy does X reach?"): no paper need write them.
ASKING_STEMS = frozenset(stems("reach achieve score get obtain attain hit do perform"))
LEFT_OUT = GENERIC_STEMS | LINKING_STEMS | ASKING_STEMS | RECALL_STEMS


def content_stems(text: str, leave: frozenset[str] = frozenset()) -> list[str]:
    """The stems of the words that describe what a question asks about: no function, generic, asking or
    recalling word, no bare number, none of `leave`."""
    drop = LEFT_OUT | leave
    return [w for w in dict.fromkeys(stems(text)) if w not in drop and len(w) > 1 and not w.isdigit()]


def shares(words: Sequence[str], docs: Sequence[str], df: Counter[str], n: int) -> np.ndarray:
    """Each stemmed doc's share of `words` by IDF weight (over a corpus of `n` docs with stem frequencies
    `df`): a rare word a paper writes says more than a common one."""
    if not words or not docs:
        return np.zeros(len(docs))
    weights = np.array([math.log((n + 1) / (df.get(w, 0) + 0.5)) for w in words])
    hits = np.array([[f" {w} " in doc for doc in docs] for w in words], dtype=float)
    return np.asarray(weights @ hits / max(float(weights.sum()), 1e-9))


def stem_frequencies(docs: Sequence[str]) -> Counter[str]:
    """Each stem's document frequency over stemmed docs: how common a word of a topic is."""
    return Counter(w for doc in docs for w in set(doc.split()))


def cached_stemmed(papers: Sequence[Paper], cache_dir: Path, fingerprint: str) -> list[str]:
    """Stemming every summary costs a second or more per process: done once per catalogue version."""
    path = cache_dir / f"stems-v{STEMS_VERSION}-{fingerprint}.json" if fingerprint else None
    if path and path.exists():
        docs: list[str] = json.loads(path.read_text(encoding="utf-8"))
        if len(docs) == len(papers):
            return docs
    docs = shapes.stemmed_corpus(papers)
    if path:
        write(path, docs)
    return docs


def cached_frequencies(docs: Sequence[str], cache_dir: Path, fingerprint: str) -> Counter[str]:
    """`stem_frequencies`, which costs half a second per process (more than reading the stems), kept on disk
    per catalogue version: a one-shot `rag search` of a description pays it otherwise."""
    path = cache_dir / f"stem-df-v{STEMS_VERSION}-{fingerprint}.json" if fingerprint else None
    if path and path.exists():
        return Counter(json.loads(path.read_text(encoding="utf-8")))
    df = stem_frequencies(docs)
    if path:
        write(path, dict(df))
    return df


def write(path: Path, data: object) -> None:
    """JSON through a staging file and a rename, so a reader never sees half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    tmp.write_text(json.dumps(data), encoding="utf-8")
    tmp.replace(path)

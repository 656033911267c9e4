"""Which papers a list answer may claim: the looser names of a technique, and the dense gate they pass.

Pure functions over stemmed documents and vectors; the answerer (rag/answer.py) does the I/O.
A paper that names the technique in full is a candidate as before. A paper that names it only by a
looser form (the acronym, or the name without its generic words: "latent diffusion" for "latent
diffusion model") is a candidate only when its vector is as close to the full-name papers' centroid
as those papers themselves are: the acronym may mean something else in it ("CD" = consistency
distillation, not Chamfer distance), and a shortened name can belong to another topic.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

# How close a loosely named paper must be: this quantile of the full-name papers' own similarities.
GATE_QUANTILE = 0.1
MIN_SEEDS = 4


def loose_forms(words: list[str], generic: frozenset[str], share: float) -> list[str]:
    """A technique's name without its generic words, as a stem key: ["latent", "diffus", "model"] →
    " latent diffus "; a single distinctive word (" recurr ") only when `share` (its document
    frequency) is small, which the caller judges."""
    distinctive = [w for w in words if w not in generic]
    if len(words) < 2 or not distinctive or len(distinctive) == len(words):
        return []
    if len(distinctive) == 1 and share >= 0.01:
        return []
    return [" " + " ".join(distinctive) + " "]


def gate(seeds: np.ndarray, candidates: np.ndarray, quantile: float = GATE_QUANTILE) -> np.ndarray:
    """Which candidate vectors lie as close to the seeds' centroid as the seeds' lower `quantile` does.

    With too few seeds there is no centroid to trust: nothing passes.
    """
    if len(seeds) < MIN_SEEDS or not len(candidates):
        return np.zeros(len(candidates), dtype=bool)
    unit = seeds / np.linalg.norm(seeds, axis=1, keepdims=True)
    centroid = unit.mean(axis=0)
    centroid /= np.linalg.norm(centroid)
    bar = float(np.quantile(unit @ centroid, quantile))
    cand = candidates / np.linalg.norm(candidates, axis=1, keepdims=True)
    return (cand @ centroid) >= bar


def without(concepts: Sequence[Sequence[Sequence[str]]], loose: set[str]) -> list[list[list[str]]]:
    """The concepts with their loose forms taken out: what names the technique for sure."""
    return [[[f for f in c if f not in loose] for c in a] for a in concepts]

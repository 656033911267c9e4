"""Job syn's probe: list recall beyond the name, measured on the tune halves only (`eval/syn.md`).

Changes no product code: each variant is applied to a fresh answerer by wrapping its methods, and the cited papers
of every tune list row (gold2's tune split without its typo / markup / German twins, and each lists_dev tune half)
are scored against `relevant`; unjudged papers count as wrong, and each changed row is printed with its labels
(+ relevant, - judged not, ? unjudged) so the added papers can be read.

    python eval/syn_probe.py base assoc:0.5 assoc:0.3 synq:0.2 synq:0.1 title
    python eval/syn_probe.py --gate        # every loose candidate the dense gate judged, by quantile and label

Variants: `assoc:P` adds to the corpus synonyms (`Answerer.synonyms`) every two- or three-word phrase that at
least max(3, a tenth) of the full-name papers write, that brings a word the name lacks, that under 1% of papers
write and of whose writers at least P are full-name papers; `synq:Q` sets the corpus synonyms' gate quantile;
`title` lets a corpus-synonym paper whose title writes the synonym skip the gate.
"""

from __future__ import annotations

import argparse
import json
import math
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import numpy as np

from rag import listing, shapes
from rag.answer import Answerer
from rag.settings import Settings

TWINS = ("-typo", "-markup", "-de")
HERE = Path(__file__).parent


def tune_rows() -> list[dict]:
    """The list rows of every tune half."""
    rows = []
    for path in [HERE / "gold2.jsonl", *sorted(HERE.glob("lists_dev*.jsonl"))]:
        for line in path.read_text().splitlines():
            row = json.loads(line)
            if row["type"] == "list" and row.get("split") == "tune" and not row["id"].endswith(TWINS):
                rows.append(row)
    return rows


def associated(answerer: Answerer, name: list[str], seeds: list[int], known: list[str], floor_p: float) -> list[str]:
    """Phrases the full-name papers write that mostly they write (`assoc:P`)."""
    stop = shapes.FUNCTION_STEMS | shapes.GENERIC_STEMS
    floor = max(3, math.ceil(listing.SYNONYM_SEED_SHARE * len(seeds)))
    counts: Counter[str] = Counter(
        g for i in seeds for g in listing.phrases(answerer.docs[i], stop) if set(g.split()) - set(name)
    )
    out: list[str] = []
    for phrase, count in counts.most_common():
        form = f" {phrase} "
        if count < floor:
            break
        if form in known or any(form in f or f in form for f in out):
            continue
        df = int(shapes.concept_hits([form], answerer.docs).sum())
        if count < df < listing.SYNONYM_MAX_SHARE * len(answerer.docs) and count / df >= floor_p:
            out.append(form)
    return out


def positions(answerer: Answerer) -> tuple[np.ndarray, dict[bytes, int]]:
    """The snapshot's vectors and each vector's row: the gate is given vectors, not papers."""
    matrix = answerer.retriever.vectors_matrix
    if matrix is None:
        raise SystemExit("needs the catalogue snapshot (a local index ingested with this version)")
    return matrix, {matrix[i].tobytes(): i for i in range(len(matrix))}


def answerer_for(variant: str) -> tuple[Answerer, Callable[[], None]]:
    """A fresh answerer with the variant applied, and the function that undoes the module-level parts."""
    answerer = Answerer(Settings.from_env(llm="extractive"))
    kind, _, value = variant.partition(":")
    saved_q, saved_gate = listing.SYNONYM_GATE_QUANTILE, listing.gate
    plain = answerer.synonyms
    found: list[str] = []

    def synonyms(concepts: list[list[list[str]]], seeds: list[int], loose: set[str]) -> list[str]:
        out = plain(concepts, seeds, loose)
        if kind == "assoc" and out is not None and len(seeds) >= listing.MIN_SEEDS and len(concepts) == 1:
            extra = associated(answerer, concepts[0][0][0].split(), seeds, out, float(value))
            loose.update(extra)
            out = out + extra
        found[:] = out
        return out

    answerer.synonyms = synonyms  # type: ignore[method-assign]
    if kind == "synq":
        listing.SYNONYM_GATE_QUANTILE = float(value)
    if kind == "title":
        matrix, by_vector = positions(answerer)

        def gate(seeds: np.ndarray, candidates: np.ndarray, quantiles: np.ndarray | float = 0.05) -> np.ndarray:
            passed = saved_gate(seeds, candidates, quantiles)
            bars = np.broadcast_to(quantiles, (len(candidates),))
            for k, (vector, q) in enumerate(zip(candidates, bars)):
                i = by_vector.get(np.asarray(vector, dtype=matrix.dtype).tobytes())
                if i is not None and q == listing.SYNONYM_GATE_QUANTILE:
                    title = answerer.docs[i].split(shapes.SENTENCE_MARK)[0]
                    passed[k] |= any(shapes.form_in(f, title) for f in found)
            return passed

        listing.gate = gate

    def undo() -> None:
        listing.SYNONYM_GATE_QUANTILE, listing.gate = saved_q, saved_gate

    return answerer, undo


def cited(answerer: Answerer, rows: list[dict]) -> dict[str, set[str]]:
    return {r["id"]: {s.hit.paper.id for s in answerer.ask(r["question"]).sources} for r in rows}


def figures(rows: list[dict], answers: dict[str, set[str]]) -> str:
    hits = sum(len(answers[r["id"]] & set(r["relevant"])) for r in rows)
    n = sum(len(answers[r["id"]]) for r in rows)
    relevant = sum(len(r["relevant"]) for r in rows)
    rule = sum(passes(answers[r["id"]], set(r["relevant"])) for r in rows)
    shown = f"P {hits / max(n, 1):.3f} / R {hits / max(relevant, 1):.3f}, rule {rule}/{len(rows)}"
    return f"{shown} (cited {n}, hits {hits})"


def passes(cited: set[str], relevant: set[str]) -> bool:
    """gold2's list rule: precision and recall both at least 0.9."""
    hits = len(cited & relevant)
    return bool(cited) and hits / len(cited) >= 0.9 and hits / len(relevant) >= 0.9


def changes(rows: list[dict], base: dict[str, set[str]], other: dict[str, set[str]]) -> list[str]:
    out = []
    for r in rows:
        a, b = base[r["id"]], other[r["id"]]
        if a == b:
            continue
        good, bad = set(r["relevant"]), set(r.get("not_relevant", []))
        added = " ".join(label(i, good, bad) for i in sorted(b - a))
        dropped = " ".join(label(i, good, bad) for i in sorted(a - b))
        out.append(f"  {r['id']} {r['question']}: added {added} | dropped {dropped}")
    return out


def label(pid: str, good: set[str], bad: set[str]) -> str:
    return pid + ("+" if pid in good else "-" if pid in bad else "?")


def gate_table(rows: list[dict]) -> None:
    """Every loose candidate the dense gate judged, counted by its quantile, passed or not, and label."""
    answerer = Answerer(Settings.from_env(llm="extractive"))
    matrix, position = positions(answerer)
    by_vector = {v: answerer.retriever.ids[i] for v, i in position.items()}
    plain = listing.gate
    judged: list[tuple[str, float, bool]] = []

    def gate(seeds: np.ndarray, candidates: np.ndarray, quantiles: np.ndarray | float = 0.05) -> np.ndarray:
        passed = plain(seeds, candidates, quantiles)
        bars = np.broadcast_to(quantiles, (len(candidates),))
        for vector, q, ok in zip(candidates, bars, passed):
            judged.append((by_vector.get(np.asarray(vector, dtype=matrix.dtype).tobytes(), "?"), float(q), bool(ok)))
        return passed

    listing.gate = gate
    counts: Counter[tuple[float, bool, str]] = Counter()
    for r in rows:
        judged.clear()
        answerer.ask(r["question"])
        good, bad = set(r["relevant"]), set(r.get("not_relevant", []))
        for pid, q, ok in {(p, q, ok) for p, q, ok in judged}:
            counts[(q, ok, "relevant" if pid in good else "judged not" if pid in bad else "unjudged")] += 1
    listing.gate = plain
    for key in sorted(counts):
        print(f"quantile {key[0]:.2f} {'passed' if key[1] else 'failed'} {key[2]}: {counts[key]}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("variants", nargs="*", default=["base"])
    parser.add_argument("--gate", action="store_true")
    args = parser.parse_args()
    rows = tune_rows()
    if args.gate:
        gate_table(rows)
        return
    results: dict[str, dict[str, set[str]]] = {}
    for variant in args.variants:
        answerer, undo = answerer_for(variant)
        results[variant] = cited(answerer, rows)
        undo()
        print(f"{variant}: {figures(rows, results[variant])}")
        if variant != args.variants[0]:
            print("\n".join(changes(rows, results[args.variants[0]], results[variant])))


if __name__ == "__main__":
    main()

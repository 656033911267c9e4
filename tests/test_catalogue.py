"""The catalogue snapshot and the search shortcuts it allows: each must give what the plain way gives."""

from __future__ import annotations

import json

import numpy as np
import pytest
from click.testing import CliRunner

from rag import catalogue, dense
from rag.catalogue import Columns
from rag.cli import cli
from rag.retrieve import Filters
from rag.text import tokenize


def test_the_snapshot_reads_back_the_papers_the_index_holds(week_settings, week_retriever):
    """Records parsed one by one, or all at once, are the index's papers; the ids come without parsing any."""
    from rag.index import PaperIndex

    stored = PaperIndex(week_settings).read_catalogue()
    snap = catalogue.load(week_settings)
    assert snap is not None and snap.fingerprint == stored.fingerprint
    assert snap.ids == [p.id for p in stored.papers]
    assert isinstance(snap.papers, catalogue.Records)
    assert [snap.papers[i] for i in (5, 0, -1)] == [stored.papers[5], stored.papers[0], stored.papers[-1]]
    assert snap.papers[2:4] == stored.papers[2:4]
    assert list(snap.papers) == stored.papers
    assert np.array_equal(snap.vectors, stored.vectors)
    with pytest.raises(IndexError):
        snap.papers[len(stored.papers)]


def test_an_open_snapshot_outlives_its_files(week_settings, tmp_path):
    """A newer ingest deletes the old snapshot's files; a server that opened them keeps searching."""
    import shutil
    from dataclasses import replace

    from rag.retrieve import Retriever

    settings = replace(week_settings, cache_dir=tmp_path / "cache")
    shutil.copytree(week_settings.cache_dir, settings.cache_dir)
    retriever = Retriever(settings)
    shutil.rmtree(catalogue.folder(settings))
    hits = retriever.search("which papers use MCTS?", k=3, mode="bm25", filters=Filters(since="2025-01-21"))
    assert hits and all(h.paper.dates[-1] >= "2025-01-21" for h in hits)
    assert [p.id for p in retriever.papers] == retriever.ids


def test_a_search_parses_only_the_papers_it_returns(week_settings):
    from rag.retrieve import Retriever

    retriever = Retriever(week_settings)
    hits = retriever.search("which papers use MCTS?", k=3, mode="bm25")
    assert retriever._papers is None and len(retriever._records._cache) == 3
    assert [h.paper for h in hits] == [retriever.by_id[h.paper.id] for h in hits]


@pytest.mark.parametrize(
    "filters",
    [
        Filters(since="2025-01-21"),
        Filters(until="2025-01-21"),
        Filters(since="2025-01-21", until="2025-01-22"),
        Filters(since="2030-01-01"),
        Filters(category="natural language processing"),
        Filters(category="Natural Language Processing", until="2025-01-22"),
        Filters(category="Reinforcement Learning", has_code=True),
        Filters(category="no such category"),
        Filters(has_code=True),
        Filters(since="2025-01-22", until="2025-01-24", category="MULTIMODAL"),
        Filters(category="multi-modal"),  # the parser's spelling: Multimodal
        Filters(category="natural-language  processing"),
    ],
)
def test_the_filter_columns_match_what_each_paper_says(week_retriever, filters):
    papers = week_retriever.papers
    expected = [filters.matches(p) for p in papers]
    assert any(expected) or filters.since == "2030-01-01" or filters.category.lower() == "no such category"
    assert Columns.of(papers).mask(filters).tolist() == expected
    assert week_retriever.columns.mask(filters).tolist() == expected


def test_bm25_scores_equal_scipys_column_sums_exactly(week_retriever):
    from rag.bm25 import bm25_weights

    index = week_retriever.bm25.index
    matrix = bm25_weights(index.tf)
    for query in ("which papers use MCTS?", "agents agents search", "diffusion models for video", "zzzz"):
        ids = index.term_ids(tokenize(query))
        want = np.asarray(matrix[:, ids].sum(axis=1), dtype=np.float32).ravel() if ids else np.zeros(index.docs)
        assert np.array_equal(index.scores(tokenize(query)), want), query


def test_an_old_bm25_cache_without_weights_is_completed_and_scores_the_same(week_retriever, tmp_path):
    from rag.bm25 import Bm25Index

    week_retriever.bm25.index.save(tmp_path)
    for name in ("data", "indices", "indptr", "shape"):
        (tmp_path / f"weights-{name}.npy").unlink()
    again = Bm25Index.load(tmp_path)
    assert (tmp_path / "weights-data.npy").exists()
    tokens = tokenize("monte carlo tree search agents")
    assert np.array_equal(again.scores(tokens), week_retriever.bm25.index.scores(tokens))
    assert np.array_equal(Bm25Index.load(tmp_path).scores(tokens), again.scores(tokens))


def test_a_snapshot_of_another_version_is_ignored_and_rewritten(week_settings, tmp_path):
    import shutil
    from dataclasses import replace

    from rag.retrieve import Retriever

    settings = replace(week_settings, cache_dir=tmp_path / "cache")
    shutil.copytree(week_settings.cache_dir, settings.cache_dir)
    meta = catalogue.folder(settings) / "meta.json"
    old = json.loads(meta.read_text())
    meta.write_text(json.dumps({**old, "version": 1}))
    assert catalogue.load(settings) is None and catalogue.outdated(settings)
    env = {"RAG_INDEX_DIR": str(settings.index_dir), "RAG_CACHE_DIR": str(settings.cache_dir), "RAG_SERVER": "off"}
    out = CliRunner().invoke(cli, ["search", "mcts", "--mode", "bm25", "--json"], env=env, catch_exceptions=False)
    assert out.exit_code == 0
    assert "the catalogue snapshot is from an older rag: rebuilding it from the index (once)" in out.stderr
    assert json.loads(meta.read_text())["version"] == catalogue.VERSION and not catalogue.outdated(settings)
    assert [h["id"] for h in json.loads(out.stdout)] == [
        h.paper.id for h in Retriever(week_settings).search("mcts", mode="bm25")
    ]


def screened_and_exact(vectors: np.ndarray, queries: np.ndarray, allowed_sets: list, ties: bool = False) -> None:
    """The screened top n against the full product's. Rows that score alike to float32 rounding (copies of
    one vector) may swap places, as they may within the full product itself, so with `ties` a row must
    only score what the row in its place scores."""
    screen = dense.Screen.of(vectors)
    for query in queries:
        true = vectors.astype(np.float64) @ query.astype(np.float64)
        for allowed in allowed_sets:
            for n in (1, 10, 100, len(vectors) + 5):
                exact = dense.top(vectors, query, n, allowed)
                fast = dense.top(vectors, query, n, allowed, screen)
                if not ties:
                    assert [i for i, _ in fast] == [i for i, _ in exact]
                assert np.allclose(true[[i for i, _ in fast]], true[[i for i, _ in exact]], rtol=0, atol=1e-6)
                assert np.allclose([s for _, s in fast], [s for _, s in exact], rtol=0, atol=1e-6)
                best = np.sort(true if allowed is None else true[allowed])[::-1][:n]
                assert np.allclose([s for _, s in fast], best, rtol=0, atol=1e-6)


def test_the_int8_screen_finds_the_exact_top_n_of_real_vectors(week_retriever):
    """Real paper vectors, real query vectors from other papers' titles, with and without a filter."""
    vectors = week_retriever.vectors_matrix
    queries = vectors[[0, 7, 19]] * 0.6 + vectors[[3, 11, 2]] * 0.4
    queries /= np.linalg.norm(queries, axis=1, keepdims=True)
    some = week_retriever.mask(Filters(has_code=True))
    screened_and_exact(vectors, queries.astype(np.float32), [None, some, np.zeros(len(vectors), dtype=bool)])


def test_the_int8_screen_finds_every_copy_of_a_vector():
    """Copies of one vector score alike: the screen must not lose one at the edge of the top n."""
    rng = np.random.default_rng(7)
    base = rng.standard_normal((50, 384)).astype(np.float32)
    vectors = np.concatenate([base] * 4)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    queries = vectors[[3, 60]] + 0.1 * rng.standard_normal((2, 384)).astype(np.float32)
    screened_and_exact(vectors, queries.astype(np.float32), [None, rng.random(len(vectors)) < 0.5], ties=True)
    top = dense.top(vectors, vectors[3], 4, screen=dense.Screen.of(vectors))
    assert {i for i, _ in top} == {3, 53, 103, 153}


def test_a_large_catalogue_is_searched_through_its_screen(week_retriever, monkeypatch):
    """The retriever takes the screened path above the size limit; its hits are the exact path's."""
    query = "monte carlo tree search for language model agents"
    modes = ("dense", "hybrid")

    def hits(mode: str) -> tuple[list[str], list[float]]:
        found = week_retriever.search(query, k=10, mode=mode)
        return [h.paper.id for h in found], [h.score for h in found] + [h.dense or 0.0 for h in found]

    exact = {mode: hits(mode) for mode in modes}
    assert week_retriever.screen is None
    monkeypatch.setattr(dense, "SCREEN_MIN_ROWS", 10)
    try:
        assert week_retriever.screen is not None
        for mode in modes:
            ids, scores = hits(mode)
            assert ids == exact[mode][0] and np.allclose(scores, exact[mode][1], rtol=0, atol=1e-6)
    finally:
        week_retriever._screen = None


def test_the_typo_vocabulary_is_computed_once_per_catalogue_version(week_settings, tmp_path):
    import shutil
    from collections import Counter
    from dataclasses import replace

    from rag.retrieve import Retriever

    settings = replace(week_settings, cache_dir=tmp_path / "cache")
    shutil.copytree(week_settings.cache_dir, settings.cache_dir)
    first = Retriever(settings)
    expected = dict(Counter(t for p in first.papers for t in set(tokenize(p.text))))
    assert first.vocab == expected and list(settings.cache_dir.glob("vocab-*.json"))
    again = Retriever(settings)
    assert again.vocab == expected and again._papers is None

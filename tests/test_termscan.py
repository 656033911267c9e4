"""The joined-corpus term scan finds exactly the papers `term_in` finds, and follows the catalogue."""

from __future__ import annotations

from dataclasses import replace

import numpy as np

from rag.termscan import TermScan
from rag.text import term_in, tokenize

TEXTS = [
    "we use mcts for planning. monte-carlo tree search helps",
    "xmcts is not mcts-free? no: mctses and mcts, both",
    "a score of 24.6 on osworld; 124.6 and 24.65 do not count",
    "low-rank adaptation (lora) vs low rank adapters",
    "über-modelle und modèles; the_mcts is one word",
    "",
    "ends with the term mcts",
    "a.a.a overlapping a.a",
]
TERMS = [
    "mcts",
    "monte carlo tree search",
    "24.6",
    "osworld",
    "low rank",
    "lora",
    "a.a",
    "modèle",
    "über",
    "mct",
    "term",
    "transformers to rnns”",
    "s",
    "zzz",
    " mcts",  # not a token, but term_in's rule still holds
    "",
]


def expected(term: str, texts: list[str]) -> list[int]:
    return [i for i, text in enumerate(texts) if term_in(term, text)]


def test_the_scan_agrees_with_term_in_on_edge_cases():
    scan = TermScan(TEXTS)
    for term in TERMS:
        assert scan.papers(term).tolist() == expected(term, TEXTS), term
        assert scan.papers(term).tolist() == expected(term, TEXTS), f"{term} (remembered)"
    mask = scan.mask(["mcts", "24.6"])
    assert mask.dtype == bool and np.flatnonzero(mask).tolist() == sorted(
        set(expected("mcts", TEXTS)) | set(expected("24.6", TEXTS))
    )


def test_the_scan_agrees_with_term_in_on_real_summaries(week_retriever):
    texts = [p.search_text.lower() for p in week_retriever.papers]
    terms = {t for text in texts[:12] for t in tokenize(text)} | set(week_retriever.acronyms.values())
    scan = TermScan(texts)
    for term in sorted(terms):
        assert scan.papers(term).tolist() == expected(term, texts), term


def test_the_answerer_scans_the_current_catalogue(week_settings):
    from rag.answer import Answerer
    from rag.retrieve import Retriever

    answerer = Answerer(week_settings, retriever=Retriever(week_settings))
    before = answerer.support([["zyxwvu"]])
    assert before.terms == 1 and not before.matrix.any(), "an unseen term is specific and names no paper"
    first = answerer.retriever.papers[0]
    changed = replace(first, summaries=[*first.summaries, "It also introduces zyxwvu attention."])
    answerer.update([changed])
    after = answerer.support([["zyxwvu"]])
    position = answerer.retriever.position[first.id]
    assert np.flatnonzero(after.matrix[0]).tolist() == [position], "a new catalogue version is scanned afresh"


def test_the_memo_stays_bounded_and_right(monkeypatch):
    from rag import termscan

    monkeypatch.setattr(termscan, "MEMO_TERMS", 3)
    monkeypatch.setattr(termscan, "MEMO_INDICES", 4)
    scan = TermScan(TEXTS)
    for term in TERMS * 2:
        assert scan.papers(term).tolist() == expected(term, TEXTS), term
        assert len(scan._memo) <= 3 and scan._held <= 4 + len(TEXTS)


def test_a_title_head_changed_by_an_update_is_read_afresh(week_settings):
    """ "the Zyxwvu Attention paper": the title heads are kept until the next update, then read again."""
    from rag.answer import Answerer
    from rag.retrieve import Retriever

    answerer = Answerer(week_settings, retriever=Retriever(week_settings))
    assert answerer.called_title("Zyxwvu Attention") == {}
    first = answerer.retriever.papers[0]
    answerer.update([replace(first, title="Zyxwvu Attention: a new mechanism")])
    assert list(answerer.called_title("Zyxwvu Attention")) == [answerer.retriever.position[first.id]]

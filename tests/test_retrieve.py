"""Retrieval: its pure parts and BM25 on the one-week index (fast), dense and hybrid over the whole corpus (slow)."""

from __future__ import annotations

import pytest

from rag.papers import Paper, merge_rows
from rag.retrieve import Bm25, Filters, acronym_senses, expand_query, mine_acronyms, plain_words, rrf
from rag.text import sentences, tokenize


def mentions_mcts(paper) -> bool:
    text = paper.text.lower()
    return "mcts" in text or "monte carlo tree search" in text


def test_tokenize_keeps_terms_and_drops_question_words():
    assert tokenize("Which papers use MCTS and LoRA-based fine-tuning?") == [
        "mcts",
        "lora-based",
        "lora",
        "based",
        "fine-tuning",
        "fine",
        "tuning",
    ]


def test_acronyms_are_mined_from_definitions():
    acronyms = mine_acronyms(
        ["We use Monte Carlo Tree Search (MCTS) and Low-Rank Adaptation (LoRA).", "A Mixture of Experts (MoE) layer."]
    )
    assert acronyms == {"mcts": "monte carlo tree search", "lora": "low rank adaptation", "moe": "mixture of experts"}
    assert expand_query("which papers use MCTS?", acronyms) == "which papers use MCTS? (monte carlo tree search)"
    learned = mine_acronyms(["Models tuned with Reinforcement Learning from Human Feedback (RLHF) drift."])
    assert learned == {"rlhf": "reinforcement learning from human feedback"}
    # a capitalised word gives all its letters; one word alone never spells an acronym out
    learned = mine_acronyms(["Reinforcement learning from AI feedback (RLAIF) scales. LS (Large-Small) pairs."])
    assert learned == {"rlaif": "reinforcement learning from ai feedback"}


def test_rrf_rewards_agreement():
    fused = rrf([["a", "b", "c"], ["b", "a", "d"]])
    assert fused["a"] == fused["b"] > fused["c"] == fused["d"]
    weighted = rrf([["a", "b", "c"], ["b", "a", "d"]], [1.0, 2.0])
    assert weighted["b"] > weighted["a"] and weighted["d"] > weighted["c"]


def test_filters_match_any_day_in_range():
    paper = Paper(id="1", title="t", dates=["2025-01-01", "2025-02-01"], categories=["Robotics"])
    assert Filters(since="2025-01-15", until="2025-02-15").matches(paper)
    assert not Filters(since="2025-01-02", until="2025-01-31").matches(paper)
    assert Filters(category="robotics").matches(paper)
    assert not Filters(has_code=True).matches(paper)
    assert Filters(since="2025-01-02").chroma_where() == {"date_last": {"$gte": 20250102}}


def test_bm25_on_one_week_ranks_mcts_papers_and_honours_filters(week_retriever):
    hits = week_retriever.search("which papers use MCTS?", k=5, mode="bm25")
    assert [h.paper.id for h in hits[:2]] == ["2501.11425", "2501.11223"]
    assert all(h.dense is None and h.bm25 for h in hits)
    filters = Filters(since="2025-01-21", until="2025-01-22", has_code=True)
    coded = week_retriever.search("language model agents", k=10, filters=filters, mode="bm25")
    assert coded and all(h.paper.has_code and filters.matches(h.paper) for h in coded)
    by_category = week_retriever.search("video", k=5, filters=Filters(category="Multimodal"), mode="bm25")
    assert by_category and all("Multimodal" in h.paper.categories for h in by_category)


def test_a_question_in_another_language_is_ranked_as_its_english(week_retriever):
    english = week_retriever.search("which papers use Monte Carlo tree search?", k=5, mode="bm25")
    for question in (
        "Quels articles utilisent la recherche arborescente Monte-Carlo ?",
        "哪些论文使用蒙特卡洛树搜索？",
    ):
        hits = week_retriever.search(question, k=5, mode="bm25")
        assert [h.paper.id for h in hits[:2]] == [h.paper.id for h in english[:2]]
    assert week_retriever.in_english("which papers use MCTS?") == "which papers use MCTS?"


def test_bm25_finds_an_author_handle_in_one_week(week_retriever):
    hits = week_retriever.search("lovesnowbest", k=10, mode="bm25")
    assert [h.paper.id for h in hits] == ["2501.11425"]


def test_a_paper_is_found_by_a_title_another_digest_gave_it():
    """Two digests naming one arXiv id differently: the second title is kept and searchable."""
    from rag.digest import parse_digest

    def day(date: str, title: str) -> str:
        return (
            f"## Papers for {date}\n\n| Title | Authors | Summary |\n|---|---|---|\n"
            f"| {title} (Read more on [arXiv](https://arxiv.org/abs/2501.00042))| A | A method for planning. |\n"
        )

    rows = parse_digest(day("2025-01-02", "Zebra Planner"), "a.md").rows
    rows += parse_digest(day("2025-01-03", "Okapi Search Revisited"), "b.md").rows
    other = Paper(id="2501.00043", title="Unrelated", summaries=["A method for planning."])
    [paper] = merge_rows(rows)
    assert (paper.title, paper.other_titles) == ("Zebra Planner", ["Okapi Search Revisited"])
    assert "okapi" not in paper.text.lower(), "the embedded text, and so the shipped vectors, stay as they were"
    bm25 = Bm25([paper, other])
    assert bm25.scores("okapi search").tolist()[0] > 0 == bm25.scores("okapi search").tolist()[1]


@pytest.mark.slow
def test_mcts_top_ten_all_mention_mcts(retriever):
    hits = retriever.search("which papers use MCTS?", k=10)
    assert len(hits) == 10
    assert all(mentions_mcts(h.paper) for h in hits), [h.paper.title for h in hits if not mentions_mcts(h.paper)]


@pytest.mark.slow
def test_mcts_on_one_day_ranks_agent_r_then_the_blueprint(retriever):
    hits = retriever.search("which papers use MCTS?", k=5, filters=Filters(since="2025-01-22", until="2025-01-22"))
    assert [h.paper.id for h in hits[:2]] == ["2501.11425", "2501.11223"]
    assert all("2025-01-22" in h.paper.dates for h in hits)


@pytest.mark.slow
@pytest.mark.parametrize("mode", ["dense", "bm25", "hybrid"])
def test_every_mode_honours_filters(retriever, mode):
    filters = Filters(since="2025-01-01", until="2025-01-31", has_code=True)
    hits = retriever.search("language model agents", k=10, filters=filters, mode=mode)
    assert hits and all(h.paper.has_code and any("2025-01" in d for d in h.paper.dates) for h in hits)
    by_category = retriever.search("video", k=5, filters=Filters(category="Multimodal"), mode=mode)
    assert by_category and all("Multimodal" in h.paper.categories for h in by_category)


@pytest.mark.slow
def test_bm25_finds_an_author_handle_that_dense_cannot(retriever):
    authored = {p.id for p in retriever.papers if "lovesnowbest" in p.authors}
    assert "2501.11425" in authored
    bm25 = retriever.search("lovesnowbest", k=10, mode="bm25")
    assert {h.paper.id for h in bm25} == authored
    hybrid = retriever.search("lovesnowbest", k=len(authored), mode="hybrid")
    assert {h.paper.id for h in hybrid} == authored


def test_head_by_scores_keeps_a_far_ahead_dense_hit_on_top():
    from rag.retrieve import head_by_scores

    fused = [("a", 0.03), ("b", 0.029), ("c", 0.02), ("d", 0.01)]
    dense = {"d": 0.9, "a": 0.3, "b": 0.31, "c": 0.29}
    lexical = {"a": 5.0, "b": 4.9, "c": 1.0}
    ranked = [pid for pid, _ in head_by_scores(fused, dense, lexical, 0.55)]
    assert ranked[0] == "d" and sorted(ranked) == ["a", "b", "c", "d"]
    far = [(f"x{i}", 1.0 / (i + 1)) for i in range(12)] + [("d", 0.001)]
    assert [pid for pid, _ in head_by_scores(far, dense, {}, 0.55)][-1] == "d", "only the fused top ten move"
    assert [pid for pid, _ in head_by_scores(fused, {}, {}, 0.55)] == ["a", "b", "c", "d"]


def test_search_reads_the_snapshot_ingest_wrote_and_opens_only_what_it_needs(settings, digest_copy):
    """A cold BM25 search opens neither Chroma nor the encoder; a dense one adds only the encoder."""
    import json
    import subprocess
    import sys

    from rag.embed import Embedder
    from rag.index import PaperIndex
    from rag.ingest import ingest

    ingest([digest_copy("2025-01-22.md")], PaperIndex(settings), Embedder(settings))
    code = f"""
import json, sys
from pathlib import Path
from rag.retrieve import Retriever
from rag.settings import Settings
home = Path({str(settings.cache_dir.parent)!r})
s = Settings.from_env(environ={{}}, index_dir=home / "chroma", cache_dir=home / "cache")
r = Retriever(s)
bm25 = r.search("which papers use MCTS?", k=2, mode="bm25")
after_bm25 = {{m: m in sys.modules for m in ("chromadb", "llama_index.core", "onnxruntime")}}
hybrid = r.search("which papers use MCTS?", k=2)
after_hybrid = {{m: m in sys.modules for m in ("chromadb", "llama_index.core", "onnxruntime")}}
print(json.dumps([[h.paper.id for h in bm25], after_bm25, [h.paper.id for h in hybrid], after_hybrid]))
"""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300, check=True)
    bm25, after_bm25, hybrid, after_hybrid = json.loads(out.stdout.strip().splitlines()[-1])
    assert bm25[0] == hybrid[0] == "2501.11425"
    assert after_bm25 == {"chromadb": False, "llama_index.core": False, "onnxruntime": False}
    assert after_hybrid == {"chromadb": False, "llama_index.core": False, "onnxruntime": True}


def test_a_write_that_bypasses_ingest_makes_the_snapshot_stale(settings, digest_copy):
    from rag.embed import Embedder
    from rag.index import PaperIndex
    from rag.ingest import ingest, load_papers
    from rag.retrieve import Retriever

    first = ingest([digest_copy("2025-01-22.md")], PaperIndex(settings), Embedder(settings))
    assert len(Retriever(settings).papers) == first.papers
    more, *_ = load_papers([digest_copy("2025-01-20.md") / "2025-01-20.md"])
    PaperIndex(settings).sync(more, Embedder(settings))
    assert len(Retriever(settings).papers) == first.papers + len(more)


def test_bm25_grown_in_place_equals_one_built_from_scratch():
    """An upload appends and replaces rows; the weights must match a full rebuild exactly."""
    import numpy as np

    from rag.bm25 import Bm25Index

    old = ["monte carlo tree search for agents", "diffusion models sample faster", "a survey of agents"]
    new = ["agents that search with MCTS", "diffusion distillation for faster sampling (updated)"]
    grown = Bm25Index.build(old, tokenize).extend(new, tokenize)
    # final corpus: old[0], new[1] replacing old[1], old[2], new[0]; rows in that order
    order = [0, 4, 2, 3]
    grown = grown.take(order)
    scratch = Bm25Index.build([old[0], new[1], old[2], new[0]], tokenize)
    for query in (["mcts"], ["diffusion", "faster"], ["agents", "search"], ["absent"]):
        assert np.allclose(grown.scores(query), scratch.scores(query))


@pytest.mark.slow
def test_retriever_update_finds_an_uploaded_paper_at_once(settings, digest_copy, tmp_path):
    from rag.embed import Embedder
    from rag.index import PaperIndex
    from rag.ingest import ingest
    from rag.retrieve import Retriever

    ingest([digest_copy("2025-01-22.md")], PaperIndex(settings), Embedder(settings))
    retriever = Retriever(settings)
    before = len(retriever.papers)
    new = tmp_path / "2030-01-01.md"
    new.write_text(
        "## Papers for 2030-01-01\n\n| Title | Authors | Summary |\n|---|---|---|\n"
        "| Quokkanet: Counting Marsupials with Transformers (Read more on [arXiv](https://arxiv.org/abs/3001.00001))"
        "| A | We introduce Quokkanet, a Marsupial Census Transformer (MCT) for counting quokkas. |\n"
    )
    result = ingest([new], retriever.index, retriever.embedder)
    assert [p.id for p in result.changed] == ["3001.00001"]
    retriever.update(result.changed)
    assert len(retriever.papers) == before + 1 and retriever.papers[-1].id == "3001.00001"
    assert retriever.position["3001.00001"] == before
    for mode in ("bm25", "hybrid"):
        assert retriever.search("quokkanet marsupials", k=3, mode=mode)[0].paper.id == "3001.00001"
    assert retriever.acronyms.get("mct") == "marsupial census transformer"
    fresh = Retriever(settings)
    assert [p.id for p in fresh.papers] == [p.id for p in retriever.papers]
    assert [h.paper.id for h in fresh.search("transformers for counting", k=5, mode="bm25")] == [
        h.paper.id for h in retriever.search("transformers for counting", k=5, mode="bm25")
    ]


def test_a_stopword_is_never_an_acronym():
    acronyms = mine_acronyms(["Quality is measured by the Inception Score (IS) and Instruction Tuning (IT)."])
    assert "is" not in acronyms and "it" not in acronyms
    assert expand_query("what is Quillfeather?", acronyms) == "what is Quillfeather?"


@pytest.mark.slow
def test_a_new_paper_with_a_rare_term_is_found_first(corpus_settings, tmp_path):
    """Ingest one made-up paper into a copy of the corpus: asking about its name finds it first."""
    import shutil
    from dataclasses import replace

    from rag.embed import Embedder
    from rag.index import PaperIndex
    from rag.ingest import ingest
    from rag.retrieve import Retriever

    settings = replace(corpus_settings, index_dir=tmp_path / "chroma", cache_dir=tmp_path / "cache")
    shutil.copytree(corpus_settings.index_dir, settings.index_dir)
    digest = tmp_path / "2025-11-03.md"
    digest.write_text(
        "## Papers for 2025-11-03\n\n| Title | Authors | Summary |\n|---|---|---|\n"
        "| Quillfeather: Sparse Routing for Long-Context Language Models (Read more on "
        "[arXiv](https://arxiv.org/abs/2511.00001)) | Ana Example | Quillfeather is a sparse attention routing "
        "method that lets large language models process long contexts efficiently. |\n"
    )
    ingest([digest], PaperIndex(settings), Embedder(settings))
    retriever = Retriever(settings)
    for question in ("what is Quillfeather?", "what can Quillfeather do?", "Quillfeather"):
        assert retriever.search(question, k=10, mode="bm25")[0].paper.id == "2511.00001"
        assert retriever.search(question, k=10, mode="hybrid")[0].paper.id == "2511.00001", question


def test_descriptive_tells_a_description_from_a_question_that_names_something():
    from rag.text import descriptive

    assert descriptive("a method that learns a picture edit from one before/after example and applies it to new photos")
    assert descriptive("I remember a model from a big lab that turns a single portrait into a 3D talking head, live")
    assert not descriptive("which papers use monte carlo tree search?"), "too short to be a description"
    for named in ("DeepTravel-32B", "OpenHands", "GSM8K", "CLIP"):
        question = f"what pass rate does {named} reach on the hard tasks of the offline travel planning set?"
        assert not descriptive(question), named
    # asked for as one paper by what it does: shorter, and a field's acronym ("LLMs") names nothing
    assert descriptive("paper that skips or repeats layers at test time using tree search")
    assert descriptive("a French reasoning model trained on little data, what was it called?")
    assert descriptive("benchmark testing if LLMs can play games like Tetris and Sokoban")
    assert not descriptive("paper that introduces DeepSeek-R1 and its reward rules"), "a system's name"
    assert not descriptive("which papers use speculative decoding for faster inference on phones?"), "a list"
    # "which paper <does> …" is no description by its opening alone: its paper keeps the lookup's own order
    assert not descriptive("which paper trains reasoning with a single training example?")
    assert not descriptive("which paper reports the highest accuracy on grade school math problems?")


def test_a_descriptive_question_weighs_the_dense_list_more(monkeypatch):
    """Only the dense side knows the described paper `d`; BM25 ranks six word-sharing papers first."""
    from rag import retrieve

    papers = [Paper(id=pid, title=pid, dates=["2025-01-01"]) for pid in "abcdefg"]
    r = object.__new__(retrieve.Retriever)
    r.papers = papers
    r.acronyms = {}
    r.bm25 = type("B", (), {"rare_share": lambda self, q: 0.0})()
    monkeypatch.setattr(r, "dense_ranking", lambda q, f, n: [("d", 0.62)], raising=False)
    lexical = [(pid, 10.0 - i) for i, pid in enumerate("abcefg")]
    monkeypatch.setattr(r, "bm25_ranking", lambda q, f, n: lexical, raising=False)
    long = "a system that writes checkable proofs for contest maths with a separate engine for the geometry problems"
    assert next(h.paper.id for h in r.search(long, k=5, blend=False)) == "d"
    short = "checkable proofs geometry"
    assert "d" not in [h.paper.id for h in r.search(short, k=1, blend=False)]


def test_an_acronym_defined_two_ways_keeps_both_senses_the_linking_word_one_second():
    texts = ["We study Test-Time Scaling (TTS) of reasoning."] * 4 + ["A Text-to-Speech (TTS) model speaks."] * 3
    texts += ["Rotary Position Embeddings (RoPE) help.", "Rotary Positional Embedding (RoPE) helps."] * 3
    senses = acronym_senses(texts)
    assert senses["tts"] == ["test time scaling", "text to speech"]
    assert senses["rope"] == ["rotary position embeddings"]  # the same sense written another way
    assert mine_acronyms(["Needle in a Haystack (NIAH) tests."]) == {"niah": "needle in a haystack"}


def test_the_digest_writers_preamble_is_no_sentence_of_the_paper():
    """Some summaries open "Here is a concise summary of the research paper "A: B":" (a colon inside the
    quoted title too): no answer may quote that as what the paper says."""
    summary = (
        'Here is a concise summary of the research paper "AniDoc: Animation Creation Made Easier": i) AniDoc '
        "colours line art from a reference character. ii) It keeps frames consistent over time."
    )
    assert sentences(summary) == [
        "i) AniDoc colours line art from a reference character.",
        "ii) It keeps frames consistent over time.",
    ]
    guided = "Okay, here is a concise summary of the paper, strictly following your guidelines: FedX forgets clients."
    assert sentences(guided) == ["FedX forgets clients."]
    assert sentences("Here is the key result: the model reaches 50% on the benchmark.") == [
        "Here is the key result: the model reaches 50% on the benchmark."
    ]


def test_acronyms_the_texts_write_mostly_in_lower_case_are_everyday_words():
    texts = [
        "We reach state-of-the-art results.",
        "ART, the Anonymous Region Transformer (ART), draws layers.",
        "A state-of-the-art art generator.",
        "Monte Carlo Tree Search (MCTS) plans; MCTS is slow.",
    ]
    assert plain_words(texts, {"art": "anonymous region transformer", "mcts": "monte carlo tree search"}) == ["art"]


def test_by_cover_lifts_the_paper_stating_the_description_into_the_head():
    from rag.retrieve import COVER_POOL, by_cover

    scored = [(f"p{i}", 1.0 / (i + 1)) for i in range(COVER_POOL + 5)]
    stated = {f"p{i}": 0.2 for i in range(COVER_POOL + 5)} | {"p30": 0.9, f"p{COVER_POOL + 2}": 1.0}
    ranked = [pid for pid, _ in by_cover(scored, stated)]
    assert ranked[:2] == ["p0", "p30"], "a paper stating most of the description passes all but the first"
    assert ranked[COVER_POOL:] == [pid for pid, _ in scored[COVER_POOL:]], "below the pool the order stands"
    assert [pid for pid, _ in by_cover(scored, {})] == [pid for pid, _ in scored], "no words stated: rank order"


def test_cover_shares_weigh_a_rare_word_above_a_common_one():
    from collections import Counter

    from rag.cover import shares

    docs = [" model train bandit ", " model train ", " model "]
    df = Counter({"model": 3, "train": 2, "bandit": 1})
    got = shares(["model", "bandit"], docs, df, 3)
    assert got[0] == pytest.approx(1.0) and got[2] < 0.5 < got[0] and got[1] == got[2]
    assert shares([], docs, df, 3).tolist() == [0.0, 0.0, 0.0]


@pytest.mark.slow
def test_a_description_finds_the_paper_stating_its_rare_words(retriever):
    # eval/paraphrase_dev2.jsonl pdev2-01 (tune half): BM25 ranks the survey first, the encoder not in its
    # top 100, and rank fusion left it 28th.
    question = (
        "a survey framing chatbot alignment from human feedback as recovering a hidden objective from demonstrations"
    )
    ids = [h.paper.id for h in retriever.search(question, k=10)]
    assert "2507.13158" in ids[:5]
    stated = retriever.stated(question, ids)
    assert max(stated, key=stated.__getitem__) == "2507.13158"


def test_stem_frequencies_are_kept_on_disk_per_catalogue_version(tmp_path):
    from rag.cover import cached_frequencies

    docs = [" a b ", " b c ", " b "]
    assert cached_frequencies(docs, tmp_path, "v1") == {"a": 1, "b": 3, "c": 1}
    assert cached_frequencies([], tmp_path, "v1") == {"a": 1, "b": 3, "c": 1}, "read back, not counted again"
    assert cached_frequencies([" z "], tmp_path, "") == {"z": 1} and len(list(tmp_path.iterdir())) == 1

"""The eval harness: metric arithmetic, the gold file's checks, a run over one week (fast), and CI's quality
floor over the whole corpus (slow)."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from rag.evaluate import (
    GoldError,
    compare,
    fact_coverage,
    faithfulness,
    load_gold,
    mrr,
    ndcg_at,
    recall_at,
    run_eval,
    write_report,
)
from rag.settings import ROOT

GOLD = ROOT / "eval" / "gold.jsonl"
THRESHOLDS = json.loads((ROOT / "eval" / "thresholds.json").read_text())


def test_rank_metrics():
    ranked, relevant = ["a", "x", "b", "y"], {"a", "b", "c"}
    assert recall_at(ranked, relevant, 2) == pytest.approx(1 / 3)
    assert recall_at(ranked, relevant, 10) == pytest.approx(2 / 3)
    assert mrr(["x", "a"], relevant) == 0.5 and mrr(["x"], relevant) == 0.0
    assert ndcg_at(["a", "b", "c"], relevant, 10) == pytest.approx(1.0)
    assert 0 < ndcg_at(["x", "a"], relevant, 10) < ndcg_at(["a", "x"], relevant, 10)


def test_answer_metrics():
    assert fact_coverage("UI-TARS scored 24.6", ("24.6", "UI-TARS", "OSWorld")) == pytest.approx(2 / 3)
    assert fact_coverage("x", ()) is None
    texts = {1: "Agent-R uses Monte Carlo Tree Search to build training samples", 2: "A video benchmark"}
    assert faithfulness("Agent-R uses Monte Carlo Tree Search for training samples [1].", texts) == 1.0
    assert faithfulness("Agent-R uses Monte Carlo Tree Search for training samples [2].", texts) == 0.0
    assert faithfulness("- **Agent-R** (2025) [1]: uses Monte Carlo Tree Search.", texts) == 1.0


def test_the_gold_set_is_big_and_varied_enough():
    gold = load_gold(GOLD)
    assert len(gold) >= 50 and len({q.id for q in gold}) == len(gold)
    types = {q.type for q in gold}
    assert {"method", "topic", "author", "number", "date", "code", "comparison", "paraphrase", "unanswerable"} <= types
    assert sum(not q.answerable for q in gold) >= 5


def test_a_malformed_gold_line_names_file_and_line(tmp_path: Path):
    bad = tmp_path / "gold.jsonl"
    bad.write_text('{"id": "a", "type": "t", "question": "q", "relevant": ["1"]}\n{"id": "b"}\n')
    with pytest.raises(GoldError, match=r"gold\.jsonl:2: KeyError"):
        load_gold(bad)


@pytest.mark.slow
def test_offline_eval_stays_above_the_floor_kept_in_the_repo(retriever, corpus_settings, tmp_path):
    from rag.answer import Answerer

    answerer = Answerer(replace(corpus_settings, llm="extractive"), retriever=retriever)
    report = run_eval(GOLD, retriever, answerer)
    paths = write_report(report, tmp_path)
    assert all(p.exists() and p.stat().st_size for p in paths)
    failures = []
    for mode, floors in THRESHOLDS["retrieval"].items():
        for metric, floor in floors.items():
            if report.retrieval[mode][metric] < floor:
                failures.append(f"{mode} {metric} {report.retrieval[mode][metric]} < {floor}")
    answers = report.answers["extractive"]
    failures += [f"{m} {answers[m]} < {f}" for m, f in THRESHOLDS["answers"].items() if answers[m] < f]
    failures += [f"{m} {answers[m]} > {f}" for m, f in THRESHOLDS["maximums"].items() if answers[m] > f]
    assert failures == []
    assert report.retrieval["hybrid"]["recall@10"] >= max(
        report.retrieval["dense"]["recall@10"], report.retrieval["bm25"]["recall@10"]
    )
    old = json.loads((ROOT / "eval" / "baseline.json").read_text())
    diff = compare(old, report.to_dict())
    assert "| retrieval | hybrid | recall@10 |" in diff


def gold_subset(tmp_path: Path, ids: set[str]) -> Path:
    gold = tmp_path / "gold.jsonl"
    gold.write_text("".join(line + "\n" for line in GOLD.read_text().splitlines() if json.loads(line)["id"] in ids))
    return gold


WEEK_QUESTIONS = {"q02", "q15", "q20", "q21", "q27", "q28", "q29", "q32", "q33", "q34", "q35", "q38"}


def test_eval_over_the_questions_one_week_answers(week_retriever, week_settings, tmp_path):
    from rag.answer import Answerer

    unanswerable = {q.id for q in load_gold(GOLD) if not q.answerable}
    gold = gold_subset(tmp_path, WEEK_QUESTIONS | unanswerable)
    report = run_eval(gold, week_retriever, Answerer(week_settings, retriever=week_retriever), modes=("bm25",))
    assert report.corpus_papers == 48 and list(report.retrieval) == ["bm25"]
    assert report.retrieval["bm25"]["hit@5"] >= 0.9
    answers = report.answers["extractive"]
    assert answers["invalid_citation_rate"] == 0.0 and answers["abstention_accuracy"] == 1.0
    assert answers["citation_recall"] >= 0.8
    paths = write_report(report, tmp_path / "report")
    assert [p.name for p in paths] == ["report.json", "report.md", "chart.png"] and all(p.stat().st_size for p in paths)
    assert "| bm25 |" in paths[1].read_text()


def test_with_an_llm_the_report_adds_llama_index_judgements(week_retriever, week_settings, tmp_path):
    from rag.answer import Answerer
    from tests.fake_openai import FakeOpenAI

    gold = gold_subset(tmp_path, {"q20", "q50"})
    with FakeOpenAI(answers=["4.5\nYES: UI-TARS scored 24.6 on OSWorld [1]."]) as server:
        settings = replace(week_settings, llm="openai", llm_base_url=server.base_url, llm_model="ok")
        report = run_eval(gold, week_retriever, Answerer(settings, retriever=week_retriever), modes=("bm25",))
    judged = report.answers["openai:ok"]["llm_judge"]
    assert judged == {"faithfulness": 1.0, "relevancy": 1.0, "correctness": 0.9}
    assert report.answers["openai:ok"]["invalid_citation_rate"] == 0.0
    assert "LLM-judged (openai:ok, llama-index evaluators)" in report.to_markdown()

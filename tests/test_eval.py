"""The eval harness: metric arithmetic, the gold file's checks, a run over one week (fast), and CI's quality
floor over the whole corpus (slow)."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import replace
from pathlib import Path

import pytest

from rag.evaluate import (
    GOLD_TYPES,
    GoldError,
    compare,
    fact_coverage,
    faithfulness,
    list_summary,
    load_gold,
    metadata_supported,
    mrr,
    ndcg_at,
    read_gold,
    recall_at,
    run_eval,
    write_report,
)
from rag.rules import (
    Attempt,
    Expected,
    check_authors,
    check_compare,
    check_definition,
    check_fact,
    check_list,
    check_paraphrase,
    check_summary,
    check_trend,
    check_unanswerable,
    grep_ids,
    list_scores,
    mentions,
    months_named,
    rule_passes,
    term_pattern,
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
    # a bullet's head left alone by an "i)" item is no claim; the item is judged against the bullet's paper
    item = "- **Reflective Agents Made Easier** (2025-01-02) [1]: i) Agent-R uses Monte Carlo Tree Search."
    assert faithfulness(item, texts) == 1.0
    # a two-topic trend's counts are computed from dates, no paper's claim; its cited first paper is judged
    series = (
        "MCTS has more papers than video benchmarks in the digests: 3 against 1.\n"
        "Papers per month, by the month each paper first appeared:\n"
        "- **MCTS** (3 papers): 2025-01: 1, 2025-02: 2 (busiest 2025-02, 2).\n"
        "- **video benchmarks** (1 paper): 2025-01: 0, 2025-02: 1 (busiest 2025-02, 1).\n"
        "MCTS has more papers than video benchmarks in 2 of 2 months, video benchmarks more than MCTS in 0.\n"
        "The first to appear: on MCTS, Agent-R uses Monte Carlo Tree Search to build training samples [1]."
    )
    assert faithfulness(series, texts) == 1.0
    # a comparison table's header row holds its columns' labels, no claim; its rows are judged by their citations
    table = (
        "| side | papers | examples | what they do | an example's result |\n|---|---|---|---|---|\n"
        "| MCTS | 1 | Agent-R [1] | Agent-R uses Monte Carlo Tree Search to build training samples [1]. | none stated |"
    )
    assert faithfulness(table, texts) == 1.0
    # a day's papers and an author's are listed under a head that counts them
    day = "2 papers reached the digests on 2025-01-22:\n- **Agent-R** (2025-01-22) [1]: uses Monte Carlo Tree Search."
    assert faithfulness(day, texts) == 1.0
    author = "Yes: 1 paper in the digests matches: A. Author is an author of it.\n" + day.split("\n")[1]
    assert faithfulness(author, texts) == 1.0
    # a list's group headings and a reading list's note that no survey exists are counted, not said by a paper
    grouped = (
        "No survey or overview of tree search is in the digests. 1 paper in the digests matches: it uses or "
        "studies tree search.\nPapers proposing a method (1):\n" + day.split("\n")[1]
    )
    assert faithfulness(grouped, texts) == 1.0


def test_a_metadata_answer_is_checked_against_the_papers_record():
    from rag.papers import Paper

    paper = Paper(
        id="2501.11425",
        title="Agent-R: Training Language Model Agents to Reflect via Iterative Self-Training",
        authors=["Zhengyin Du", "Zhiheng Xi", "lovesnowbest"],
        summaries=["Agent-R uses Monte Carlo Tree Search to build training samples."],
        dates=["2025-01-22"],
    )
    texts, papers = {1: paper.text}, {1: paper}
    who = f"**{paper.title}** (2025-01-22) [1] is by Zhengyin Du, Zhiheng Xi, lovesnowbest."
    assert faithfulness(who, texts) == 0.0  # the summaries hold no names
    assert faithfulness(who, texts, papers) == 1.0
    assert faithfulness(who.replace("Zhiheng Xi", "Yoshua Bengio"), texts, papers) == 0.0
    assert faithfulness(who.replace("2025-01-22", "2025-02-22"), texts, papers) == 0.0
    when = f"**{paper.title}** [1] appeared in the digest of 2025-01-22; its arXiv id, 2501.11425, dates its first"
    assert faithfulness(when + " version to January 2025.", texts, papers) == 1.0
    assert faithfulness(when + " version to March 2025.", texts, papers) == 0.0
    assert not metadata_supported(f"The digest lists no authors for **{paper.title}** [1].", [paper])
    assert metadata_supported("Links: arXiv https://arxiv.org/abs/2501.11425", [paper])
    # a sentence about what the paper does is still checked against its summary
    assert faithfulness("Agent-R uses Monte Carlo Tree Search for training samples [1].", texts, papers) == 1.0


def test_the_gold_set_is_big_and_varied_enough():
    gold = load_gold(GOLD)
    assert len(gold) >= 50 and len({q.id for q in gold}) == len(gold)
    types = {q.type for q in gold}
    assert {"method", "topic", "author", "number", "date", "code", "comparison", "paraphrase", "unanswerable"} <= types
    assert sum(not q.answerable for q in gold) >= 5


GOOD_ROW = {"id": "a", "type": "fact", "question": "What is Agent-R?", "relevant": ["2501.11425"]}


def gold_file(tmp_path: Path, *rows: dict | str) -> Path:
    path = tmp_path / "gold.jsonl"
    path.write_text("".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in rows), encoding="utf-8")
    return path


def test_each_bad_gold_row_is_skipped_with_a_warning_naming_line_and_field(tmp_path: Path):
    bad = {"id": "b", "type": "fact", "question": "q", "relevant": ["2501.11425"]}
    path = gold_file(
        tmp_path,
        GOOD_ROW,
        {"id": "b", "type": "fact"},
        {**bad, "type": "mehtod"},
        {**bad, "relevant": "2305.18290"},
        {**bad, "answerable": "yes"},
        {**bad, "filters": {"since": "2025-13-45"}},
        {**bad, "top": "three"},
        {**bad, "split": "train"},
        GOOD_ROW,
        "{id: b}",
        {**bad, "relevant": ["2599.99999", "2501.11425"]},
        {"id": "c", "type": "mehtod", "question": "q", "relevant": "2305.18290", "answerable": "yes"},
    )
    read = read_gold(path, known={"2501.11425"})
    assert [q.id for q in read.questions] == ["a", "b"] and read.skipped == 10
    assert read.questions[1].relevant == ("2501.11425",)
    why = [w.split("gold.jsonl:", 1)[1] for w in read.warnings]
    assert why == [
        "2: question: missing; row skipped",
        "3: type: 'mehtod' is not a known type (" + ", ".join(GOLD_TYPES) + "); did you mean 'method'?; row skipped",
        "4: relevant: must be a list of arXiv ids, not '2305.18290'; row skipped",
        "5: answerable: must be true or false, not 'yes'; row skipped",
        "6: filters.since: '2025-13-45' is not a date (YYYY-MM-DD); row skipped",
        "7: top: must be a whole number, not 'three'; row skipped",
        "8: split: must be one of tune, check, control, report, not 'train'; row skipped",
        "9: id: 'a' is used again (first on line 1); row skipped",
        "10: not a JSON object (Expecting property name enclosed in double quotes, column 2); row skipped",
        "11: relevant: 2599.99999 is not a paper of the index; left out of the scoring",
        "12: type: 'mehtod' is not a known type (" + ", ".join(GOLD_TYPES) + "); did you mean 'method'?; "
        "relevant: must be a list of arXiv ids, not '2305.18290'; answerable: must be true or false, not 'yes'; "
        "row skipped",
    ]


def test_a_gold_file_with_no_good_row_is_an_error_that_keeps_the_warnings(tmp_path: Path):
    with pytest.raises(GoldError, match=r"gold\.jsonl: no question to score$"):
        read_gold(gold_file(tmp_path))
    with pytest.raises(GoldError, match=r"no question to score \(1 row skipped\)") as err:
        read_gold(gold_file(tmp_path, {**GOOD_ROW, "relevant": ["2599.99999"]}), known={"2501.11425"})
    assert "2599.99999 is not a paper of the index" in err.value.warnings[0]


def test_rag_eval_warns_skips_and_counts_bad_rows(week_settings, tmp_path: Path):
    from tests.test_cli import env_for, run

    env = env_for(week_settings.index_dir, week_settings.cache_dir)
    path = gold_file(tmp_path, GOOD_ROW, {**GOOD_ROW, "id": "b", "type": "mehtod"}, {"id": "c"})
    out = run("eval", "--set", str(path), "--mode", "bm25", "--backend", "none", "--out", str(tmp_path / "r"), env=env)
    assert out.exit_code == 0, out.output
    assert (
        "gold.jsonl:2: type: 'mehtod' is not a known type" in out.stderr and "gold.jsonl:3: type: missing" in out.stderr
    )
    report = json.loads((tmp_path / "r" / "report.json").read_text())
    assert report["skipped"] == 2 and report["timings"]["questions"] == 1
    assert "2 gold rows skipped; warnings on the gold file:" in (tmp_path / "r" / "report.md").read_text()
    empty = run("eval", "--set", str(gold_file(tmp_path)), "--backend", "none", "--out", str(tmp_path / "e"), env=env)
    assert empty.exit_code == 1 and "no question to score" in empty.stderr


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


# --- the second gold set and its per-type rules (rag/rules.py) -------------------------------------
GOLD2 = ROOT / "eval" / "gold2.jsonl"


def test_gold2_has_every_kind_of_question_judged_and_split_without_leaks():
    gold = load_gold(GOLD2)
    originals = [q for q in gold if not q.variant_of]
    by_type = Counter(q.type for q in originals)
    assert by_type["list"] >= 15 and by_type["paraphrase"] >= 20 and by_type["fact"] >= 15
    for kind in ("authors", "definition", "compare", "summary", "trend", "unanswerable"):
        assert by_type[kind] >= 10, kind
    lists = [q for q in originals if q.type == "list"]
    assert all(q.not_relevant and q.terms and not set(q.relevant) & set(q.not_relevant) for q in lists)
    assert {q.variant for q in gold if q.variant} >= {"typo", "markup", "fr", "zh", "de"}
    split = {q.id: q.split for q in gold}
    assert set(split.values()) == {"tune", "report"}
    assert all(q.split == split[q.variant_of] for q in gold if q.variant_of)
    raw = [json.loads(line) for line in GOLD2.read_text(encoding="utf-8").splitlines()]
    assert all(r["split"] == split[src] for r in raw for src in r.get("derived_from", []))
    for kind, n in by_type.items():  # about half of each type is held out
        held_out = sum(q.split == "report" for q in originals if q.type == kind)
        assert abs(2 * held_out - n) <= 1, kind


def test_the_harder_paraphrase_dev_set_has_new_papers_one_each_in_two_halves():
    """eval/paraphrase_dev2.jsonl (eval/PARAPHRASE_DEV2.md): 40 papers none of the first dev set
    or of gold set 2's tune rows uses, one per row, 20 to tune on and 20 held out."""
    rows = load_gold(ROOT / "eval" / "paraphrase_dev2.jsonl")
    assert len(rows) == 40 and len({q.id for q in rows}) == 40
    assert all(q.type == "paraphrase" and len(q.relevant) == 1 and q.answerable for q in rows)
    assert Counter(q.split for q in rows) == {"tune": 20, "report": 20}
    papers = [q.relevant[0] for q in rows]
    earlier = {pid for q in load_gold(ROOT / "eval" / "paraphrase_dev.jsonl") for pid in q.relevant}
    earlier |= {pid for q in load_gold(GOLD2) if q.split == "tune" for pid in q.relevant}
    assert len(set(papers)) == 40 and not set(papers) & earlier


def test_the_shipped_gold_sets_read_without_a_warning():
    for path in (GOLD, GOLD2, ROOT / "eval" / "paraphrase_dev2.jsonl"):
        assert read_gold(path).warnings == [], path


def test_list_rule_needs_both_precision_and_recall():
    e = Expected(relevant=frozenset({"a", "b", "c", "d", "e", "f", "g", "h", "i", "j"}))
    assert list_scores(["a", "b", "x"], e.relevant) == (pytest.approx(2 / 3), 0.2)
    assert list_scores([], e.relevant) == (None, 0.0)
    assert check_list(Attempt(cited=tuple("abcdefghij")), e)
    assert not check_list(Attempt(cited=tuple("abcdefgh")), e)  # recall 0.8
    assert not check_list(Attempt(cited=tuple("abcdefghij") + ("x", "y")), e)  # precision 10/12
    assert not check_list(Attempt(), e)
    top = Expected(relevant=e.relevant, top=3)  # "recommend three papers on X": any three of them
    assert list_scores(["a", "b", "c"], top.relevant, 3) == (1.0, 1.0)
    assert check_list(Attempt(cited=("a", "b", "c")), top)
    assert not check_list(Attempt(cited=("a", "b", "c", "d")), top)  # more than asked
    assert not check_list(Attempt(cited=("a", "b", "x")), top)


def test_fact_authors_and_paraphrase_rules_need_the_paper_cited():
    e = Expected(relevant=frozenset({"p1"}), facts=("21.95%",))
    assert check_fact(Attempt(answer="Gemini 2.5 Pro reaches 21.95% [1].", cited=("p1",)), e)
    assert not check_fact(Attempt(answer="Gemini 2.5 Pro reaches 21.95% [1].", cited=("p2",)), e)
    assert not check_fact(Attempt(answer="about 22% [1]", cited=("p1",)), e)
    names = Expected(relevant=frozenset({"p1"}), facts=("Kunat Pipatanakul", "pittawat"))
    assert check_authors(Attempt(answer="By KUNAT Pipatanakul and pittawat [1].", cited=("p1",)), names)
    assert not check_authors(Attempt(answer="By Kunat Pipatanakul et al. [1].", cited=("p1",)), names)
    para = Expected(relevant=frozenset({"p1"}))
    assert check_paraphrase(Attempt(ranked=("x", "y", "z", "w", "p1"), cited=("p1",)), para)
    assert not check_paraphrase(Attempt(ranked=("x", "y", "z", "w", "v", "p1"), cited=("p1",)), para)


def test_definition_must_say_what_the_term_is_in_any_spelling_of_any_meaning():
    e = Expected(relevant=frozenset({"d1"}), facts=("frechet video distance", "fast video decoding"))
    assert check_definition(Attempt(answer="Fréchet-Video Distances (FVD) are a video metric [1].", cited=("d1",)), e)
    assert check_definition(Attempt(answer="FVD stands for Fréchet Video Distance [1].", cited=("d1",)), e)
    assert check_definition(Attempt(answer="It introduces Fast Video Decoding (FVD), a codec [1].", cited=("d1",)), e)
    assert not check_definition(
        Attempt(answer="The model reaches a Fréchet Video Distance (FVD) of 59.4 [1].", cited=("d1",)), e
    )
    assert not check_definition(Attempt(answer="FVD is a video metric [1].", cited=("d1",)), e)
    assert not check_definition(Attempt(answer="Fréchet video distance (FVD) is a metric [1].", cited=("other",)), e)
    assert mentions("built on state-space models", "state space model")
    assert not mentions("a statement", "state")


def test_compare_needs_a_table_with_both_sides_named_and_cited():
    e = Expected(sides={"masked language modeling": ("m1", "m2"), "continued pre-training": ("c1",)})
    table = "| | Masked language modeling | Continued pre-training |\n|---|---|---|\n| papers | A [1] | B [2] |"
    assert check_compare(Attempt(answer=table, cited=("m2", "c1")), e)
    assert not check_compare(Attempt(answer=table, cited=("m2", "m1")), e)
    listed = "Masked language modeling papers [1] ... Continued pre-training papers [2]"
    assert not check_compare(Attempt(answer=listed, cited=("m2", "c1")), e)  # a list is no comparison
    assert check_compare(Attempt(answer=listed, cited=("m2", "c1"), table=[{"side": "x"}]), e)
    assert not check_compare(Attempt(answer="Masked language modeling [1]", cited=("m1", "c1"), table=[{}]), e)


def test_summary_stays_inside_the_period():
    dates = {"in1": ["2025-02-03"], "in2": ["2025-02-20"], "in3": ["2025-01-30", "2025-02-27"], "out": ["2025-03-01"]}
    e = Expected(relevant=frozenset({"in1", "in2", "in3"}), since="2025-02-01", until="2025-02-28")
    assert check_summary(Attempt(cited=("in1", "in2", "in3")), e, dates.__getitem__)
    assert not check_summary(Attempt(cited=("in1", "in2")), e, dates.__getitem__)
    assert not check_summary(Attempt(cited=("in1", "in2", "in3", "out")), e, dates.__getitem__)


def test_trend_needs_counts_per_month_and_the_peak_named():
    e = Expected(facts=("2025-03",))
    listed = "A (2025-01-12) [1]\nB (2025-02-01) [2]\nC (2025-03-02) [3]"
    assert not check_trend(Attempt(answer=listed), e)  # dates of papers are not counts per month
    assert check_trend(Attempt(answer="2025-01: 2\n2025-02: 3\n2025-03: 9"), e)
    assert check_trend(
        Attempt(answer="Most papers came in March.", counts={"2025-01": 1, "2025-02": 2, "2025-03": 5}), e
    )
    assert not check_trend(Attempt(answer="2025-01: 2\n2025-02: 9\n2025-04: 3"), e)
    assert months_named("in March, and 2025-04; not 2025-05-06") == {"march", "2025-04"}


def test_unanswerable_passes_only_without_citations():
    assert check_unanswerable(Attempt(answer="The digests do not cover this."), Expected())
    assert not check_unanswerable(Attempt(answer="See [1].", cited=("p",)), Expected())
    assert rule_passes("topic", Attempt(), Expected(), lambda pid: []) is None


def test_grep_baseline_matches_acronyms_by_case_and_phrases_in_any_form():
    texts = {
        "1": "We train Process Reward Models (PRMs) for math.",
        "2": "A process-reward model guides search.",
        "3": "Authors: Prm Mu. Nothing about it.",
        "4": "We use one PRM.",
        "5": "Processing rewards differently.",
    }
    assert grep_ids(texts, ["process reward model", "PRM"]) == ["1", "2", "4"]
    assert term_pattern("GNN").search("GNN-based") is None  # part of a longer name, not the acronym alone


def test_list_summary_pools_micro_and_averages_macro():
    rows = [
        {"list": {"grep": {"precision": 1.0, "recall": 0.5, "n": 2, "hits": 2, "relevant": 4}}},
        {"list": {"grep": {"precision": 0.5, "recall": 1.0, "n": 2, "hits": 1, "relevant": 1}}},
    ]
    out = list_summary(rows)["grep"]
    assert out["micro_precision"] == 0.75 and out["micro_recall"] == 0.6
    assert out["macro_precision"] == 0.75 and out["macro_recall"] == 0.75


def test_compare_walks_the_split_figures():
    old = {"splits": {"report": {"rules": {"fact": 0.5}, "lists": {"answer": {"micro_recall": 0.4}}}}}
    new = {"splits": {"report": {"rules": {"fact": 0.75}, "lists": {"answer": {"micro_recall": 0.3}}}}}
    diff = compare(old, new)
    assert "| split report | rules | fact | 0.500 | 0.750 | better |" in diff
    assert "| split report | lists:answer | micro_recall | 0.400 | 0.300 | worse |" in diff


def test_one_split_scored_alone_is_reported_under_its_own_name(week_retriever, tmp_path):
    gold = tmp_path / "split.jsonl"
    rows = [json.loads(line) for line in gold_subset(tmp_path, {"q20", "q21", "q27"}).read_text().splitlines()]
    gold.write_text("".join(json.dumps({**r, "split": s}) + "\n" for r, s in zip(rows, ("tune", "tune", "report"))))
    report = run_eval(gold, week_retriever, None, modes=("bm25",), split="tune")
    assert list(report.splits) == ["tune"] and report.splits["tune"]["questions"] == 2
    assert "## tune (2 questions" in report.to_markdown()
    assert "Not scored (`--backend none`)." in report.to_markdown()


def test_a_bundled_gold_set_is_found_from_another_folder(tmp_path, monkeypatch):
    import click

    from rag.cli import gold_path

    sets = tmp_path / "checkout" / "eval"
    sets.mkdir(parents=True)
    (sets / "gold.jsonl").write_text("{}\n")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    assert gold_path(Path("eval/gold.jsonl"), sets) == sets / "gold.jsonl"
    (elsewhere / "gold.jsonl").write_text("{}\n")
    assert gold_path(Path("gold.jsonl"), sets) == Path("gold.jsonl")
    with pytest.raises(click.ClickException, match=r"mine/gold\.jsonl: no such file"):
        gold_path(Path("mine/gold.jsonl"), sets)

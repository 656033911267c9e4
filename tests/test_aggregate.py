"""Corpus-wide aggregate questions (rag/aggregate.py): the question's kind, counting names with ties and
other spellings, a benchmark's figures read from summary sentences, and the answer on a real week index."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from rag import aggregate
from rag.answer import Answerer
from rag.papers import Paper
from rag.understand import understand


def paper(pid: str, authors: list[str], summary: str = "", date: str = "2025-01-20") -> Paper:
    return Paper(id=pid, title=f"Paper {pid}", authors=authors, summaries=[summary], dates=[date])


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("who wrote the most papers in the corpus?", "authors"),
        ("who publishes most on diffusion models?", "authors"),
        ("most prolific authors in 2025-03", "authors"),
        ("top 5 authors by number of papers", "authors"),
        ("which paper reports the highest accuracy on GSM8K?", "figure"),
        ("what is the highest accuracy reported on AIME 2024?", "figure"),
        ("which category has the most papers?", "category"),
        ("which lab publishes the most papers?", "affiliation"),
        ("which paper has the most authors?", "size"),
        ("which model is best on MathVista?", "figure"),
        ("what's the SOTA on VBench?", "figure"),
        ("which method scores highest on AIME 2025?", "figure"),
        ("which model is best on reasoning?", ""),
        ("what is the state of the art in video generation?", ""),
        # not aggregates: counts per month, citations, one best paper, a best way
        ("which month had the most papers on agents?", ""),
        ("who wrote the most cited paper?", ""),
        ("which is the best paper on RAG?", ""),
        ("what is the best approach for long context?", ""),
        ("who wrote DeepSeek-R1?", ""),
    ],
)
def test_kind_of(question: str, kind: str) -> None:
    assert aggregate.kind_of(question) == kind


def test_understand_reads_an_aggregate_and_keeps_its_topic() -> None:
    vocab = {w: 50 for w in "diffusion models agents papers authors month".split()}
    parsed = understand("who publishes most on diffusion models?", vocab, {})
    assert parsed.intent == "aggregate" and parsed.topics == ["diffusion models"]
    ranked = understand("top 5 authors by number of papers", vocab, {})
    assert ranked.intent == "aggregate" and not any(ranked.concepts)  # "5" is a place count, not a topic
    # a rare word ("prolific") does not make the question foreign; the month is a filter
    period = understand("most prolific authors in 2025-03", vocab, {}, latest="2025-10-30")
    assert (period.intent, period.language, period.since, period.until) == (
        "aggregate",
        "en",
        "2025-03-01",
        "2025-03-31",
    )
    assert understand("which month had the most papers on agents?", vocab, {}).intent == "trend"


def test_ranked_keeps_a_tie_at_the_last_place_whole() -> None:
    papers = [paper("1", ["A", "B"]), paper("2", ["A", "C"]), paper("3", ["B", "C", "C"]), paper("4", ["D"])]
    rows = aggregate.ranked(papers, lambda p: p.authors, 1)
    assert [(r.name, len(r.papers)) for r in rows] == [("A", 2), ("B", 2), ("C", 2)]  # C counted once on paper 3
    assert aggregate.ties_phrase(rows).startswith("**A**, **B** and **C** are tied for the most papers (2 each)")
    assert [r.name for r in aggregate.ranked(papers, lambda p: p.authors, 4)] == ["A", "B", "C", "D"]


def test_other_spellings_are_named_never_merged() -> None:
    counts = Counter({"amanchadha": 15, "Aman Chadha": 4, "Aman Chad": 1})
    assert aggregate.other_forms("amanchadha", counts) == [("Aman Chadha", 4)]
    papers = [paper(str(i), ["amanchadha"]) for i in range(3)]
    rows = aggregate.ranked(papers, lambda p: p.authors, 10)
    text = aggregate.authors_text(rows, "in the digests", 3, 3, counts, lambda p: int(p.id) + 1)
    assert "**amanchadha** — 3 papers" in text and '"Aman Chadha" on 4 papers, counted apart' in text
    assert "at most 5 names a paper" in text


def test_no_author_on_two_papers_is_said_plainly() -> None:
    papers = [paper("1", ["A"]), paper("2", ["B"])]
    rows = aggregate.ranked(papers, lambda p: p.authors, 10)
    text = aggregate.authors_text(rows, "on X", 2, 2, Counter(), lambda p: int(p.id))
    assert text.startswith("No author is listed on more than one of the 2 papers on X")


def test_benchmark_asked_and_direction() -> None:
    assert aggregate.benchmark_asked("which paper reports the highest accuracy on GSM8K?") == ("GSM8K", "accuracy")
    bench, metric = aggregate.benchmark_asked("which paper reports the lowest word error rate on LibriSpeech?")
    assert bench == "LibriSpeech" and aggregate.lower_is_better("lowest word error rate", metric)
    assert aggregate.lower_is_better("best word error rate", "word error rate")
    assert not aggregate.lower_is_better("the best accuracy", "accuracy")


def test_name_pattern_reads_spellings_not_variants() -> None:
    aime = aggregate.name_pattern("AIME 2024")
    assert all(aime.search(t) for t in ("on AIME 2024", "on AIME2024", "on AIME24", "on AIME'24", "on AIME-24"))
    gsm = aggregate.name_pattern("GSM8K")
    assert gsm.search("on GSM8k.") and not gsm.search("on GSM8K-V") and not gsm.search("HumanEval+ GSM8K-Aug")
    assert not aggregate.name_pattern("HumanEval").search("on HumanEval+ and HumanEval-V")


@pytest.mark.parametrize(
    ("sentence", "figures"),
    [
        ("Xolver achieves a new best result of 98.1% on GSM8K and 94.4% on AIME'24.", [98.1]),
        ("On the GSM8K benchmark, X achieved 85.8% accuracy, outperforming the baseline's 83.8% accuracy.", [85.8]),
        ("On GSM8K, accuracy improved from 82.71% to 86.20% with nearly identical token usage.", [86.20]),
        ("The method outperforms baselines on GSM8K (+4.1% accuracy with Llama-3.2-3B).", []),
        ("CFPO achieves an 8.6% absolute improvement in GSM8K accuracy.", []),
        ("On GSM8K, MixReasoning reduced token usage by 47% (from 750.3 to 400.5) while improving accuracy.", []),
        ("It scores 64.09 on average across six benchmarks (ARC-25, GSM8K-5).", []),
        ("Improving accuracy by 27.0% on Sudoku and 3.6% on GSM8K.", []),
        ("The structured format achieved a GSM8K score of 62.02, outperforming others.", [62.02]),
    ],
)
def test_figures_in(sentence: str, figures: list[float]) -> None:
    assert [v for v, _ in aggregate.figures_in(sentence, aggregate.name_pattern("GSM8K"))] == figures


def test_a_figure_of_another_metric_is_not_the_one_asked() -> None:
    pattern = aggregate.name_pattern("LibriSpeech")
    cer = "SALAD achieved the lowest character error rate (CER) of 0.739% on the LibriSpeech test-clean set."
    assert aggregate.figures_in(cer, pattern, "word error rate") == []
    assert aggregate.figures_in("It reaches a 1.17% WER on LibriSpeech Clean.", pattern, "word error rate") == [
        (1.17, "1.17%")
    ]


@pytest.mark.parametrize(
    "sentence, bench, metric, figures",
    [
        ("Mimir achieves 97.68% on Background Consistency in the VBench benchmark.", "VBench", "score", []),
        ("Presto achieved a 78.5% VBench Semantic Score, outperforming others.", "VBench", "score", []),
        ("It achieved a state-of-the-art Total Score of 85.13 on VBench.", "VBench", "score", [85.13]),
        ("It achieved an FID score of 1.55 and an IS of 313.3 on ImageNet 256x256.", "ImageNet", "top-1 accuracy", []),
        ("UniRepLKNet achieves 88.0% ImageNet top-1 accuracy.", "ImageNet", "top-1 accuracy", [88.0]),
        ("URSA-7B reaches a 97.1 pass@64 accuracy on the GPS task of MathVista.", "MathVista", "accuracy", []),
        ("It unlearns well while maintaining high MMLU accuracy (99.34%).", "MMLU", "accuracy", []),
        ("It achieves a zero-shot pass@1 rate of 68.9% on HumanEval.", "HumanEval", "accuracy", [68.9]),
        ("Gains on MathVista (from 39.4 to 55.6), DocVQA (from 75.8 to 91.4).", "MathVista", "score", [55.6]),
        ("It reaches a function-level Recall@5 of 68.55% on SWE-Bench-Verified.", "SWE-bench Verified", "score", []),
    ],
)
def test_a_generic_level_is_not_a_part_or_another_measure_of_the_benchmark(sentence, bench, metric, figures) -> None:
    """'Highest score on VBench' is its total, not a dimension; a retained share or an IS is no accuracy."""
    found = aggregate.figures_in(sentence, aggregate.name_pattern(bench), metric)
    assert [v for v, _ in found] == figures


def test_a_subset_in_parentheses_is_not_the_whole_benchmark() -> None:
    """'81.6% on MMLU Pro (Medical)' is the medical part's; a setup in parentheses ('MedQA (USMLE)') is no part."""
    gazal = "Gazal-R1 attains 87.1% on MedQA, 81.6% on MMLU Pro (Medical), and 79.6% on PubMedQA."
    assert aggregate.figures_in(gazal, aggregate.name_pattern("MMLU-Pro")) == []
    assert [v for v, _ in aggregate.figures_in(gazal, aggregate.name_pattern("PubMedQA"))] == [79.6]
    assert (
        aggregate.figures_in("On VisR-Bench (English), it reaches 75.2%.", aggregate.name_pattern("VisR-Bench")) == []
    )
    for setup in ("USMLE", "Overall", "5-shot", "test set"):
        found = aggregate.figures_in(f"It achieved 75.7% accuracy on MedQA ({setup}).", aggregate.name_pattern("MedQA"))
        assert [v for v, _ in found] == [75.7], setup


def test_a_capitalised_measure_before_from_to_is_another_measure() -> None:
    sentence = "CCA improves the FID score from 19.07 to 3.41 and the IS score from 64.3 to 288.2 on ImageNet."
    assert aggregate.figures_in(sentence, aggregate.name_pattern("ImageNet"), "accuracy") == []
    recap = "RecA improved its GenEval score from 0.73 to 0.90 and its DPGBench score from 80.93 to 88.15."
    assert [v for v, _ in aggregate.figures_in(recap, aggregate.name_pattern("DPG-Bench"), "score")] == [88.15]


def test_an_activity_named_before_a_figure_is_another_measure_unless_the_benchmark_shares_it() -> None:
    """Heimdall's verification accuracy (and its restatement in parentheses) is not AIME 2024's solving
    accuracy; Spider's papers all state execution accuracy, their benchmark's own."""
    aime = aggregate.name_pattern("AIME 2024")
    heimdall = "Heimdall boosts verification accuracy from 62.5% to 94.5% on AIME2024 (97.5% with sampling)."
    assert [f[:3] for f in aggregate.stated_figures(heimdall, aime, "accuracy")] == [
        (94.5, "94.5%", "verification accuracy"),
        (97.5, "97.5%", "verification accuracy"),
    ]
    assert aggregate.stated_figures(heimdall, aime, "verification accuracy")[0][2] == ""  # asked for
    solver = paper("2", [], "It reaches 92.1% accuracy on AIME 24.")
    verifier = paper("1", [], heimdall)
    figures = [f for p in (verifier, solver) if (f := aggregate.paper_figure(p, aime, False, "accuracy"))]
    text = aggregate.figures_text("AIME 2024", "accuracy", figures, 2, False, "", lambda p: int(p.id))
    assert "the highest is **92.1%**" in text and "**97.5%** (verification accuracy: another measure" in text
    assert text.index("**92.1%**") < text.index("**97.5%**")
    spider = aggregate.name_pattern("Spider")
    sql = [
        paper(
            "3", [], "SQL-of-Thought achieves a state-of-the-art execution accuracy of 91.59% on the Spider benchmark."
        ),
        paper("4", [], "SAFE-SQL achieved 87.9% execution accuracy on the Spider development set."),
    ]
    shared = aggregate.shared_activities(sql, spider)
    assert "execution" in shared
    assert aggregate.paper_figure(sql[0], spider, False, "accuracy", shared).measure == ""  # type: ignore[union-attr]
    assert aggregate.paper_figure(sql[0], spider, False, "accuracy").measure == "execution accuracy"  # type: ignore[union-attr]


def test_a_benchmarks_own_paper_states_its_figures_without_its_name() -> None:
    pattern = aggregate.name_pattern("ZorbBench")
    own = Paper(
        id="9",
        title="ZorbBench: A Benchmark of Zorbs",
        authors=[],
        summaries=["We present ZorbBench. The best model, M, achieves a score of 61.5%, while others lag."],
        dates=["2025-01-20"],
    )
    found = aggregate.paper_figure(own, pattern, False)
    assert found is not None and found.said == "61.5%" and "ZorbBench" not in found.sentence  # quoted as written
    # another paper's sentence without the name, or the own paper's sentence naming another set, states none on it
    other = paper("10", [], "ZorbBench is hard. M achieves a score of 61.5%.")
    assert aggregate.paper_figure(other, pattern, False) is None
    assert aggregate.as_named("M reaches 40.0% on the Zorb-Mini dataset.", "ZorbBench", pattern).count("ZorbBench") == 0
    assert aggregate.as_named("M reaches 40.0% on the benchmark.", "ZorbBench", pattern).endswith("on ZorbBench.")
    medium = "The best model achieves 53% pass@1 on medium-difficulty problems."  # a part of it, not its level
    assert aggregate.as_named(medium, "ZorbBench", pattern) == medium


def test_figures_text_orders_cites_and_warns() -> None:
    a = paper("1", [], "A reaches 70.0% on GSM8K.")
    b = paper("2", [], "B reaches 90.5% accuracy on GSM8K.")
    c = paper("3", [], "C studies GSM8K without a number.")
    pattern = aggregate.name_pattern("GSM8K")
    figures = [f for p in (a, b, c) if (f := aggregate.paper_figure(p, pattern, False))]
    text = aggregate.figures_text("GSM8K", "accuracy", figures, 3, False, "", lambda p: int(p.id))
    assert text.index("**90.5%**") < text.index("**70.0%**") and "[2]" in text.splitlines()[0]
    assert "not strictly comparable" in text and text.startswith("Of the 3 papers naming GSM8K, 2 state")
    none = aggregate.figures_text("GSM8K", "accuracy", [], 1, False, "", lambda p: 1)
    assert none.startswith("None of the 1 paper naming GSM8K states a figure")
    assert "names" in aggregate.figures_text("ZorbBench", "accuracy", [], 0, False, "", lambda p: 1)


@pytest.fixture(scope="module")
def week_answerer(week_retriever, week_settings):
    return Answerer(week_settings, retriever=week_retriever)


def test_most_prolific_author_of_the_week(week_answerer):
    """The week index (48 papers): the answer names the top count, cites the counted papers, and its
    count is the metadata's own."""
    result = week_answerer.ask("who wrote the most papers?")
    papers = week_answerer.retriever.papers
    counts = Counter(a for p in papers for a in dict.fromkeys(p.authors))
    top = max(counts.values())
    leaders = sorted(n for n, c in counts.items() if c == top)
    assert result.intent == "aggregate" and result.covered
    assert all(f"**{name}**" in result.answer for name in leaders[:3])
    assert f"({top}" in result.answer.splitlines()[0]
    named = set(re.findall(r"\*\*(.+?)\*\*", result.answer))
    by_id = {p.id: p for p in papers}
    assert result.citations and all(set(by_id[c["id"]].authors) & named for c in result.citations)


def test_what_the_metadata_lacks_cites_nothing(week_answerer):
    for question in ("which university publishes the most?", "which paper has the most authors?"):
        result = week_answerer.ask(question)
        assert result.intent == "aggregate" and not result.covered and not result.citations


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("what was the largest model released according to the digests?", "parameters"),
        ("which is the biggest LLM in the digests?", "parameters"),
        ("what is the smallest open-source vision-language model?", "parameters"),
        ("what is the largest dataset for GUI agents?", ""),
        ("what is the largest gain of models on GSM8K?", ""),
        ("how many parameters does the smallest model in the SmolLM2 paper have?", ""),
    ],
)
def test_a_superlative_over_model_sizes_is_its_own_kind(question: str, kind: str) -> None:
    assert aggregate.kind_of(question) == kind


def test_size_asked_reads_the_direction_and_the_topic() -> None:
    assert aggregate.size_asked("what is the largest open-source vision-language model?") == (
        False,
        ["open-source", "vision-language"],
    )
    assert aggregate.size_asked("the smallest LLM ever") == (True, ["language model"])
    assert aggregate.size_asked("what was the biggest model released?") == (False, [])


@pytest.mark.parametrize(
    ("sentence", "sizes"),
    [
        ("MoBE compresses DeepSeek-V3-0324 (671B) and Kimi-K2-Instruct (1T) by 24%-30%.", [671e9, 1e12]),
        ("MiniMax-Text-01, with 456 billion parameters, achieves 88.5% on MMLU.", [456e9]),
        ("the largest model, InternVL3.5-241B-A28B, gains 16.0%", [241e9]),
        ("Time-R1 outperforms the 671B DeepSeek-R1 on future event prediction.", [671e9]),
        ("a 1.7 billion parameter language model trained on 11 trillion tokens", [1.7e9]),
        # bounds, token counts, a version's tokens, trainable parts and added parameters are no model's size
        ("state-of-the-art among open-source models under 1T parameters", []),
        ("training Comma v0.1-1T and Comma v0.1-2T on 1 and 2 trillion tokens", []),
        ("with 19M trainable parameters", []),
        ("FDConv reaches 39.4 AP with only +3.6M parameters", []),
        ("a dataset of 5M image-text pairs", []),
    ],
)
def test_stated_sizes(sentence: str, sizes: list[float]) -> None:
    assert [value for value, _ in aggregate.stated_sizes(sentence)] == sizes


def test_sizes_text_leads_with_the_largest_and_says_what_it_is() -> None:
    small = paper("2501.00001", [], "We release a 7B parameter model.")
    large = paper("2501.00002", [], "Kimi-K2-Instruct (1T) is compressed by 30%.")
    sizes = [s for p in (small, large) if (s := aggregate.paper_size(p, smallest=False))]
    cited: list[str] = []
    text = aggregate.sizes_text(sizes, 2, False, "", "", lambda p: cited.append(p.id) or len(cited))
    assert text.startswith("The largest model size the digests state is **1T**")
    assert "not a ranking of every model" in text and cited[0] == "2501.00002"
    smallest = [s for p in (small, large) if (s := aggregate.paper_size(p, smallest=True))]
    assert aggregate.sizes_text(smallest, 2, True, "", "", lambda p: 1).startswith(
        "The smallest model size the digests state is **7B parameter**"
    )


# ---- conditions on benchmark figures: a threshold, two benchmarks, a topic's speedups ----


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("which papers report above 90% on LIBERO?", "threshold"),
        ("which models reach over 85% on ImageNet-1k?", "threshold"),
        ("which papers report a score of at least 84 on VBench?", "threshold"),
        ("which papers report under 30% on AndroidWorld?", "threshold"),
        ("which papers evaluate on both AIME 2024 and GPQA?", "both"),
        ("papers that report results on both AndroidWorld and OSWorld", "both"),
        ("what is the highest speedup reported for speculative decoding?", "speedup"),
        # a change or a size, not a bound on a benchmark's figures; two things that are no names
        ("which methods reduce latency by more than 50% in LLM serving?", ""),
        ("which papers report over 50% improvement on GSM8K?", ""),
        ("which papers use more than 1000 GPUs in training on ImageNet?", ""),
        ("which models under 7B parameters are best at math?", ""),
        ("which papers use both English and Chinese data?", ""),
    ],
)
def test_kind_of_a_condition(question: str, kind: str) -> None:
    assert aggregate.kind_of(question) == kind


def test_threshold_and_both_asked() -> None:
    bound = aggregate.threshold_asked("which papers report above 90% on LIBERO?")
    assert bound == aggregate.Threshold("LIBERO", "", 90.0, True, "above 90%")
    below = aggregate.threshold_asked("which papers report under 30% on the AndroidWorld benchmark?")
    assert below is not None and not below.above and below.benchmark == "AndroidWorld"
    assert aggregate.both_asked("which papers evaluate on both AIME 2024 and GPQA?") == ("AIME 2024", "GPQA")
    assert aggregate.both_asked("which papers use both MATH-500 and LiveCodeBench benchmarks?") == (
        "MATH-500",
        "LiveCodeBench",
    )


def test_a_name_in_capitals_and_a_name_without_its_year() -> None:
    math = aggregate.name_pattern("MATH")
    assert math.search("trained on MATH and GSM8K") and not math.search("math and code reasoning")
    assert not math.search("on MATH-500") and aggregate.family_pattern("MATH").search("on MATH-500")
    aime = aggregate.name_pattern("AIME")
    assert all(aime.search(t) for t in ("on AIME24", "on AIME2025", "on AIME'24", "on AIME 2024"))
    assert not aime.search("on AIME-V")
    assert aggregate.family_pattern("GPQA").search("8.1 on GPQA-Diamond")


def test_threshold_text_keeps_the_figures_past_the_bound() -> None:
    papers = [
        paper("1", [], "A achieves a 98.2% success rate on LIBERO."),
        paper("2", [], "B achieves 86.6% on LIBERO."),
        paper("3", [], "C reaches 91.1% on LIBERO."),
    ]
    pattern = aggregate.name_pattern("LIBERO")
    figures = [f for p in papers if (f := aggregate.paper_figure(p, pattern, False))]
    bound = aggregate.threshold_asked("which papers report above 90% on LIBERO?")
    assert bound is not None
    text = aggregate.threshold_text(bound, figures, 3, False, "", lambda p: int(p.id))
    assert text.startswith("3 of the 3 papers naming LIBERO state a figure on it; **2** report above 90%")
    assert text.index("**98.2%**") < text.index("**91.1%**") and "86.6%" not in text
    assert "not strictly comparable" in text
    high = aggregate.threshold_asked("which papers report above 99% on LIBERO?")
    assert high is not None
    assert "none of them reports one above 99%: the highest is **98.2%**" in aggregate.threshold_text(
        high, figures, 3, False, "", lambda p: int(p.id)
    )


def test_a_gain_is_no_level() -> None:
    assert (
        aggregate.figures_in("TAPO achieves a 99% performance increase on AIME.", aggregate.name_pattern("AIME")) == []
    )


@pytest.mark.parametrize(
    ("sentence", "speedups"),
    [
        ("DuoDecoding achieves up to a 2.61x speedup in generation latency.", [2.61]),
        ("Experiments demonstrated a speedup of up to 2.33x.", [2.33]),
        ("It reduces TTFT by 19-42x compared to LMCache.", [42.0]),
        ("The framework achieves up to a 14.8× reduction in inference latency.", [14.8]),
        ("It is over 4 times faster than sequential methods.", [4.0]),
        # fewer FLOPs, a larger model, a resolution, a memory cut: no speedup
        ("RSD achieves up to 4.4× fewer FLOPs than the target model.", []),
        ("Time-R1 outperforms models over 200 times larger.", []),
        ("It generates videos at 1152 x 720 resolution on 256x256 crops.", []),
        ("It achieves a 1.48x reduction in memory.", []),
    ],
)
def test_stated_speedups(sentence: str, speedups: list[float]) -> None:
    assert [v for v, _ in aggregate.stated_speedups(sentence)] == speedups


def test_speedup_topic_drops_the_frame() -> None:
    assert aggregate.speedup_topic("what is the highest speedup reported for speculative decoding methods?") == (
        "speculative decoding"
    )
    assert aggregate.speedup_topic("what is the best accuracy on GSM8K?") == ""


def test_conditions_on_the_week_index(week_answerer):
    """The week index (48 papers): DeepSeek-R1 names AIME and MATH-500, UI-TARS AndroidWorld and OSWorld."""
    both = week_answerer.ask("which papers evaluate on both AIME and MATH-500?")
    assert both.intent == "aggregate" and both.covered
    assert "2501.12948" in {c["id"] for c in both.citations}
    agents = week_answerer.ask("which papers report results on both AndroidWorld and OSWorld?")
    assert "2501.12326" in {c["id"] for c in agents.citations}
    none = week_answerer.ask("which papers evaluate on both ZorbBench and QuuxQA?")
    assert none.intent == "aggregate" and not none.covered and not none.citations
    high = week_answerer.ask("which papers report above 90% on MATH-500?")
    assert high.intent == "aggregate" and high.citations
    assert all(f"[{c['n']}]" in high.answer for c in high.citations)


@pytest.mark.parametrize(
    ("sentence", "bench", "figures"),
    [
        # a compared model's figure is not the paper's
        (
            "S* improves 12 models, with DeepSeek-R1-Distill-Qwen-32B achieving 85.7% on LiveCodeBench, approaching "
            "o1 (high) at 88.5%.",
            "LiveCodeBench",
            [85.7],
        ),
        (
            "WebLeaper achieved a 73.2 accuracy score on the GAIA benchmark, outperforming strong open-source models "
            "like DeepSeek-V3.1 (63.1) and proprietary models such as Claude-4-Sonnet (68.3).",
            "GAIA",
            [73.2],
        ),
        ("On GSM8K, a 7B model achieves 90.8% accuracy, surpassing 16-bit LoRA (88.1%).", "GSM8K", [90.8]),
        ("The 32B model achieves 84.2% on AIME24, comparable to OpenAI o3-mini's 79.6%.", "AIME24", [84.2]),
        ("It achieves 0.494 V-measure on MTEB, outperforming the previous best of 0.445.", "MTEB", []),
        # margins, listed or averaged
        ("Sa2VA exceeds GLaMM-7B by 2.1, 3.6, and 4.5 cIoU on RefCOCO, RefCOCO+, and RefCOCOg.", "RefCOCO", []),
        (
            "MoDE achieves 4.01 on the CALVIN ABC benchmark, surpassing baselines by an average of 57%.",
            "CALVIN",
            [4.01],
        ),
        # another task or measure named after a figure that follows the name
        (
            "DreamVLA achieves a 4.44 average task length on the CALVIN ABC-D benchmark and a 76.7% success rate on "
            "real-world robot tasks.",
            "CALVIN",
            [4.44],
        ),
        (
            "It surpasses prior SOTA by 19.0 mAP on COCO detection and achieves an average accuracy of 93.6 on "
            "referring expression comprehension.",
            "COCO",
            [],
        ),
        (
            "OAGENTS achieves a 73.93% average score on the GAIA benchmark, and demonstrates a 74.07% cross-modal "
            "task accuracy.",
            "GAIA",
            [73.93],
        ),
        ("Visual-CoG achieves a 15.57% average enhancement on GenEval.", "GenEval", []),
        # a figure the comparison attaches to the benchmark's name is the subject's result on it
        ("LN-Ultra achieves top scores, outperforming DeepSeek-R1 on benchmarks like GSM8K (76.0%).", "GSM8K", [76.0]),
        # the figure before "vs" is the subject's; one margin and a later figure with its own target stay apart
        ("TransMLA outperformed the original Qwen2.5-7B model on the GSM8K benchmark (87% vs 81%).", "GSM8K", [87.0]),
        ("It reaches 75.3% on FRAMES, outperforming GPT-4o by 9.7%, and 88.3% on GSM8K.", "GSM8K", [88.3]),
        # a figure labelled with the name is the benchmark's, whatever task follows; a later clause is not its label
        ("Ming-Omni achieves a GenEval score of 0.64 in image generation.", "GenEval", [0.64]),
        (
            "On GSM8K, it attained an 84.33% average reward while using knowledge for only a few steps.",
            "GSM8K",
            [84.33],
        ),
        ("It boosts GSM8K accuracy from 10% to 20% and improves MATH accuracy.", "GSM8K", [20.0]),
        # a correlation with the benchmark is no level on it
        ("Its scores correlate strongly (Pearson r > 0.9 on hard setting vs GSM8K).", "GSM8K", []),
        # "while" with a gerund goes on with the same subject and target
        (
            "With Qwen3-32B on the AIME25 benchmark, it achieved a 91.4% token reduction while improving accuracy "
            "from 80.0% to 90.0%.",
            "AIME25",
            [90.0],
        ),
    ],
)
def test_a_figure_belongs_to_the_model_the_sentence_gives_it(sentence: str, bench: str, figures: list[float]) -> None:
    assert [v for v, _ in aggregate.figures_in(sentence, aggregate.name_pattern(bench))] == figures


def test_a_named_edition_is_the_benchmark_said_as_such() -> None:
    """WebArena-Lite is WebArena's edition, counted and named; WebChoreArena and a variant's own suffix are not."""
    web = aggregate.name_pattern("WebArena")
    assert all(web.search(t) for t in ("on WebArena-Lite,", "on WebArena-Lite-v2", "on WebArena-lite", "SWE WebArena"))
    assert not web.search("on WebChoreArena") and not aggregate.name_pattern("GSM8K").search("GSM8K-V")
    webrl = paper("1", [], "Llama-3.1-8B, trained with WEBRL, achieved a 42.4% success rate on WebArena-Lite.")
    figure = aggregate.paper_figure(webrl, web, False)
    assert figure is not None and figure.value == 42.4 and figure.edition == "WebArena-Lite"
    text = aggregate.figures_text("WebArena", "", [figure], 1, False, "", lambda p: 1)
    assert "the highest is **42.4%** (on WebArena-Lite)" in text
    verified = aggregate.name_pattern("SWE-bench Verified")
    glm = paper("2", [], "GLM-4.5 scores 64.2% on SWE-bench Verified.")
    assert aggregate.paper_figure(glm, verified, False).edition == ""  # type: ignore[union-attr]  # the name asked


@pytest.mark.parametrize(
    ("question", "qualifier"),
    [
        ("what is the best open-source model on SWE-bench Verified?", aggregate.Qualifier("open-source")),
        ("which 7B model is best on MATH-500?", aggregate.Qualifier("7B", 7e9)),
        ("which is the best open-weight model on GAIA?", aggregate.Qualifier("open-weight")),
        ("which model is best on MATH-500?", None),
    ],
)
def test_a_qualifier_keeps_the_figure_question(question: str, qualifier: aggregate.Qualifier | None) -> None:
    assert aggregate.kind_of(question) == "figure"
    assert aggregate.qualifier_asked(question) == qualifier
    assert aggregate.benchmark_asked(question)[0] in ("SWE-bench Verified", "MATH-500", "GAIA")


def test_a_size_qualifies_the_figure_its_clause_gives_it() -> None:
    """OREAL's 94.0 is its 7B model's, its 95.0 the 32B model's; a compared model's size qualifies nothing."""
    math = aggregate.name_pattern("MATH-500")
    seven = aggregate.Qualifier("7B", 7e9)
    oreal = paper(
        "1",
        [],
        "OREAL achieves a 95.0 pass@1 accuracy on MATH-500 with a 32B model, and a 7B model can obtain "
        "94.0 pass@1 accuracy on MATH-500.",
    )
    phi = paper(
        "2",
        [],
        "The 3.8B Phi-4-Mini-Reasoning achieves 94.6% Pass@1 on Math-500, outperforming larger models like "
        "DeepSeek-R1-Distill-Qwen-7B.",
    )
    unsaid = paper("3", [], "DeepSeek-R1 attained 97.3% on MATH-500.")
    assert aggregate.paper_figure(oreal, math, False, qualifier=seven).value == 94.0  # type: ignore[union-attr]
    assert aggregate.paper_figure(oreal, math, False).value == 95.0  # type: ignore[union-attr]
    assert aggregate.paper_figure(phi, math, False, qualifier=seven) is None
    assert aggregate.paper_figure(unsaid, math, False, qualifier=seven) is None
    stated = [f for p in (oreal, phi, unsaid) if (f := aggregate.paper_figure(p, math, False))]
    kept = [f for p in (oreal, phi, unsaid) if (f := aggregate.paper_figure(p, math, False, qualifier=seven))]
    text = aggregate.figures_text("MATH-500", "", kept, 3, False, "", lambda p: int(p.id), seven, stated)
    assert "**1** of them says it of a 7B model, the highest **94.0**" in text
    assert "Not counted, their text not saying the model is 7B" in text and "(97.3%)" in text


@pytest.mark.parametrize(
    ("summary", "said"),
    [
        ("GLM-4.5 is a 355B parameter open-source Mixture-of-Experts (MoE) model.", True),
        ("The method achieves state-of-the-art performance among open-source models.", True),
        ("SoRFT-Qwen-7B achieves 21.4%, outperforming other open-source models of similar size.", True),
        ("WebLeaper achieved 73.2, outperforming strong open-source models like DeepSeek-V3.1 (63.1).", False),
        ("It scores 75.2 Pass@1, surpassing contemporary open-source baselines.", False),
        ("SWE-RL enhances LLM reasoning using open-source software evolution data.", False),
    ],
)
def test_open_said_of_the_papers_own_model(summary: str, said: bool) -> None:
    assert aggregate.open_said(paper("1", [], summary)) is said


def test_a_speedup_counts_for_the_topic_its_paper_or_sentence_is_about() -> None:
    """Hyper-Bagel names speculative decoding only as one part of its method; its 16.67x is a distillation's."""
    bagel = Paper(
        id="1",
        title="Hyper-Bagel: A Unified Acceleration Framework for Multimodal Understanding and Generation",
        summaries=[
            "This paper proposes Hyper-Bagel, a unified framework to accelerate multimodal models. The objective is "
            "to reduce the overhead of decoding and denoising. The framework employs speculative decoding for "
            "next-token prediction and distillation for diffusion denoising. Key results demonstrate a 16.67x "
            "speedup in text-to-image synthesis."
        ],
        dates=["2025-09-24"],
    )
    duo = Paper(
        id="2",
        title="DuoDecoding: Hardware-aware Heterogeneous Speculative Decoding",
        summaries=["DuoDecoding achieves up to a 2.61x speedup in generation latency."],
        dates=["2025-03-04"],
    )
    assert aggregate.paper_speedup(bagel) is not None and aggregate.paper_speedup(bagel, "speculative decoding") is None
    assert aggregate.paper_speedup(duo, "speculative decoding").value == 2.61  # type: ignore[union-attr]
    raft = Paper(
        id="3",
        title="Optimizing Chain-of-Thought Reasoners via Gradient Variance Minimization in Rejection Sampling and RL",
        summaries=[
            "GVM-RAFT trains reasoners. It is studied in depth. GVM-RAFT achieves a 2-4× speedup in convergence."
        ],
    )
    assert aggregate.paper_speedup(raft, "reinforcement learning").value == 4.0  # type: ignore[union-attr]  # "RL"

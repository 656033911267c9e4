"""Which benchmark, base model or baseline is used most (rag/usage.py, rag/usage_counts.py): the question read,
the names counted off real summaries, and the answer on a real week index."""

from __future__ import annotations

from collections import Counter

import pytest

from rag import aggregate, usage_counts
from rag.answer import Answerer
from rag.papers import Paper
from rag.usage import Asked, usage_asked


def paper(pid: str, summary: str, title: str = "") -> Paper:
    return Paper(id=pid, title=title or f"Paper {pid}", authors=[], summaries=[summary], dates=["2025-01-20"])


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("which benchmark is used most for math reasoning?", Asked("benchmark", False, "math reasoning")),
        ("what are the most common benchmarks for GUI agents?", Asked("benchmark", False, "GUI agents")),
        ("which benchmarks are most used?", Asked("benchmark", False, "")),
        ("which datasets do code generation papers evaluate on?", Asked("benchmark", False, "code generation")),
        ("which reward model benchmark is used most?", Asked("benchmark", False, "reward model")),
        ("what are the go-to benchmarks for multimodal llms?", Asked("benchmark", False, "multimodal llms")),
        ("what is the most common base model in RL reasoning papers?", Asked("model", False, "RL reasoning")),
        (
            "which base model do vision-language model papers use most?",
            Asked("model", False, "vision-language model"),
        ),
        ("which model is most often used as a baseline?", Asked("baseline", True, "")),
        (
            "which baseline do preference optimization papers compare against most?",
            Asked("baseline", False, "preference optimization"),
        ),
    ],
)
def test_usage_asked(question: str, asked: Asked) -> None:
    assert usage_asked(question) == asked
    assert aggregate.kind_of(question) == "usage"


@pytest.mark.parametrize(
    "question",
    [
        "which benchmarks does DeepSeek-R1 use?",  # one paper's
        "which papers are evaluated on SWE-bench?",
        "what are the common benchmarks for math reasoning?",  # the papers making them (kinds_dev3)
        "which model is best on MMMU?",
        "what benchmarks do they use?",  # a chat's follow-up on its list
        "which datasets do these papers evaluate on?",
        "who publishes most on diffusion models?",
        "which datasets are used to train Qwen2.5-VL?",
    ],
)
def test_other_questions_are_no_usage(question: str) -> None:
    assert usage_asked(question) is None


def test_benchmarks_are_read_off_the_corpus_and_editions_counted_as_one() -> None:
    papers = [
        paper("1", "We evaluate on AIME24 and GSM8K, where it outperforms GPT-4o."),
        paper("2", "Results on AIME 2025 and GSM8K improve with Qwen2.5-7B."),
        paper("3", "It reaches 80% on GSM8K and beats Qwen2.5-7B."),
        paper("4", "Experiments on LLMs show gains over GPT-4o."),
    ]
    evaluated, against = usage_counts.corpus_names(papers)
    families = usage_counts.model_families(papers)
    written = Counter(w for p in papers for w in set(p.text.replace(",", " ").replace(".", " ").split()))
    vocabulary = usage_counts.benchmark_vocabulary(papers, evaluated, against, lambda n: written[n], families)
    assert "GSM8K" in vocabulary  # three papers write it as evaluated on
    assert "GPT-4o" not in vocabulary and "LLMs" not in vocabulary  # outperformed; one of two "on LLMs" is no name
    used = usage_counts.benchmark_counts(papers, vocabulary)
    assert (used[0].name, len(used[0].papers)) == ("GSM8K", 3)
    assert usage_counts.bench_key("AIME24") == usage_counts.bench_key("AIME 2025") == "aime"
    assert usage_counts.bench_key("MATH-500") == usage_counts.bench_key("MATH500")


def test_model_families_need_a_parameter_count_and_baselines_a_comparison() -> None:
    papers = [
        paper("1", "We fine-tune Qwen2.5-7B with RL and outperform GRPO."),
        paper("2", "Built on Qwen2.5-Math-7B, it surpasses GPT-4o and GRPO."),
        paper("3", "The 7B model, trained from Qwen-14B, beats DPO."),
    ]
    families = usage_counts.model_families(papers)
    assert "qwen" in families and "the" not in families
    models = usage_counts.model_counts(papers, families)
    assert (models[0].name, len(models[0].papers)) == ("Qwen", 3) and "Qwen2.5" in models[0].forms
    against = usage_counts.baseline_counts(papers, families, lambda n: False, models=False)
    assert (against[0].name, len(against[0].papers)) == ("GRPO", 2)
    only_models = usage_counts.baseline_counts(papers, families, lambda n: False, models=True)
    assert [u.name for u in only_models] == ["GPT"]


def test_used_text_ranks_cites_and_says_when_none() -> None:
    a, b = paper("1", "x"), paper("2", "y")
    used = [usage_counts.Used("GSM8K", ("GSM8K",), (a, b)), usage_counts.Used("MATH", ("MATH",), (a,))]
    numbers: dict[str, int] = {}
    text = usage_counts.used_text(
        Asked("benchmark", False, "math"), used, 5, "on math", lambda p: numbers.setdefault(p.id, len(numbers) + 1)
    )
    assert text.splitlines()[0].startswith("Of the 5 papers on math, 2 name benchmarks")
    assert "- GSM8K: 2 papers [1][2]" in text and "- MATH: 1 paper [1]" in text
    one = usage_counts.used_text(Asked("benchmark", False, "QA"), used[1:], 1, "on QA", lambda p: 1)
    assert one.startswith("Of the 1 paper on QA, 1 names benchmarks")
    none = usage_counts.used_text(Asked("model", False, ""), [], 3, "in the digests", lambda p: 1)
    assert none.startswith("None of the 3 papers") and "[" not in none


@pytest.fixture(scope="module")
def week_answerer(week_retriever, week_settings):
    return Answerer(week_settings, retriever=week_retriever)


def test_the_week_answer_counts_what_its_papers_write(week_answerer):
    """On the week index, every count the answer states is the number of the week's papers writing that name."""
    result = week_answerer.ask("which benchmarks are most used?")
    assert result.intent == "aggregate"
    texts = {p.id: f"{p.title} {p.summary}" for p in week_answerer.retriever.papers}
    vocabulary = week_answerer.usage_names[0]
    for line in result.answer.splitlines()[1:]:
        if line.startswith("- "):
            name, count = line[2:].split(":")[0].split(" (")[0], int(line.split(": ")[1].split()[0])
            forms = [f for f, k in vocabulary.items() if k == vocabulary[name]]
            writing = [i for i, t in texts.items() if any(f in t for f in forms)]
            assert count <= len(writing)
    unknown = week_answerer.ask("which benchmark is used most for earthquake prediction?")
    assert unknown.intent == "aggregate" and not unknown.citations

"""Figures asked of a named model, on real digests: a size or a benchmark score counts only where the summary
attaches it to the model's name (probe3 defect 5), and a superlative counts every pass@1 stated on the benchmark."""

from __future__ import annotations

import pytest

from rag import aggregate, mentioned, shapes
from rag.digest import read_digest
from rag.papers import Paper, merge_rows
from rag.shapes import asked_kind
from tests.conftest import DIGESTS


def paper_of(day: str, pid: str) -> Paper:
    return next(p for p in merge_rows(read_digest(DIGESTS / f"{day}.md").rows) if p.id == pid)


def ask(question: str) -> mentioned.Asked | None:
    return mentioned.asked(question, asked_kind(question))


@pytest.mark.parametrize(
    ("question", "model", "bench"),
    [
        ("how many parameters does DeepSeek-V3 have?", "DeepSeek-V3", ""),
        ("how big is Phi-4, in parameters?", "Phi-4", ""),
        ("how big is Command-A?", "Command-A", ""),
        ("How many parameters does the Prithvi WxC weather model have?", "Prithvi WxC", ""),
        ("what does GPT-4o score on MathVista?", "GPT-4o", "MathVista"),
        ("what accuracy does LLaVA-v1.5 get on the VQAv2 benchmark?", "LLaVA-v1.5", "VQAv2"),
        ("what does Gemini 2.5 Pro score on WebChoreArena?", "Gemini 2.5 Pro", "WebChoreArena"),
    ],
)
def test_asked_reads_the_model_and_benchmark(question: str, model: str, bench: str) -> None:
    assert ask(question) == mentioned.Asked(model, bench)


@pytest.mark.parametrize(
    "question",
    ["how many parameters does the model have?", "what does it score on reasoning?", "how big is the dataset?"],
)
def test_a_question_naming_no_model_asks_nothing_of_one(question: str) -> None:
    assert ask(question) is None


def test_model_pattern_keeps_snapshots_and_leaves_other_versions() -> None:
    pattern = mentioned.model_pattern("DeepSeek-V3")
    assert pattern.search("models like DeepSeek-V3-0324 (671B)")
    assert pattern.search("the 671B Deepseek-V3.")
    assert not pattern.search("the much larger 671B DeepSeek-V3.1")
    assert not mentioned.model_pattern("GPT-4o").search("like ChatGPT-4o and Gemini")
    assert mentioned.model_pattern("D^2iT").search("D^2iT: Dynamic Diffusion Transformer")


@pytest.mark.parametrize(
    ("day", "pid", "attached"),
    [
        ("2025-02-13", "2502.07346", "DeepSeek-V3 671B model"),  # BenchMAX
        ("2025-08-12", "2508.05257", "DeepSeek-V3-0324 (671B)"),  # MoBE
    ],
)
def test_a_size_beside_the_name_answers(day: str, pid: str, attached: str) -> None:
    asked = ask("how many parameters does DeepSeek-V3 have?")
    assert asked is not None
    assert attached in mentioned.attached_sentence(
        paper_of(day, pid), asked, aggregate.split_sentences(paper_of(day, pid).summary)
    )


def test_a_share_of_parameters_is_no_size() -> None:
    """AceSearcher's "less than 5% of its parameters" names DeepSeek-V3 and a 32B model, neither its size."""
    paper = paper_of("2025-09-30", "2509.24193")
    asked = ask("how many parameters does DeepSeek-V3 have?")
    assert asked is not None
    assert mentioned.attached_sentence(paper, asked, aggregate.split_sentences(paper.summary)) == ""


def test_a_margin_on_another_benchmark_is_no_score() -> None:
    """MMGeoLM "exceeding GPT-4o by 7.5%" on MM-MATH names MathVista in the same sentence: no GPT-4o score on it."""
    paper = paper_of("2025-05-27", "2505.20152")
    asked = ask("what does GPT-4o score on MathVista?")
    assert asked is not None
    assert mentioned.attached_sentence(paper, asked, aggregate.split_sentences(paper.summary)) == ""


def test_a_score_said_of_the_model_on_the_benchmark_answers() -> None:
    paper = paper_of("2025-06-03", "2506.01952")
    asked = ask("what does Gemini 2.5 Pro score on WebChoreArena?")
    assert asked is not None
    assert "44.9%" in mentioned.attached_sentence(paper, asked, aggregate.split_sentences(paper.summary))


def test_the_models_own_name_is_no_label_of_another_measure() -> None:
    """ "LLaVA-v1.5 achieved an accuracy of 80.9 on the VQAv2 benchmark": a capitalised name before the figure."""
    paper = paper_of("2024-12-20", "2412.14233")
    asked = ask("what accuracy does LLaVA-v1.5 get on VQAv2?")
    assert asked is not None
    assert "80.9" in mentioned.attached_sentence(paper, asked, aggregate.split_sentences(paper.summary))


def test_unstated_names_the_closest_papers_without_their_figures() -> None:
    paper = paper_of("2025-05-27", "2505.20152")
    text = mentioned.unstated_text(mentioned.Asked("GPT-4o", "MathVista"), 156, [(1, paper)])
    assert text.startswith("The digests do not state a score of GPT-4o on MathVista.")
    assert "7.5%" not in text and "[1]" in text


@pytest.mark.parametrize(
    ("day", "pid", "figure"),
    [
        ("2025-07-14", "2507.06261", 74.2),  # "the pass rate on LiveCodeBench to 74.2% from 30.5% for Gemini 1.5 Pro"
    ],
)
def test_pass_at_1_counts_a_pass_rate_on_the_benchmark(day: str, pid: str, figure: float) -> None:
    found = aggregate.paper_figure(paper_of(day, pid), aggregate.name_pattern("LiveCodeBench"), False, "pass@1")
    assert found is not None and found.value == figure


def test_a_later_gain_of_a_list_is_no_level() -> None:
    """ "an average improvement of 9.1 points on AIME 24, 7.6 on GPQA, and 9.6 on LiveCodeBench": 9.6 is a gain."""
    paper = paper_of("2025-06-06", "2506.05345")
    assert aggregate.paper_figure(paper, aggregate.name_pattern("LiveCodeBench"), False, "pass@1") is None


def test_a_title_presents_its_model_after_an_article():
    # "The Alignment Waltz: …" is the model's own paper, whose summary states its figure in other words (ASR)
    waltz = paper_of("2025-10-10", "2510.08240")
    assert mentioned.own_paper(waltz, mentioned.model_pattern("Alignment Waltz"))
    assert not mentioned.own_paper(waltz, mentioned.model_pattern("Waltz Agents"))


@pytest.mark.parametrize(
    ("bench", "other", "not_other"),
    [("AIME 2025", "AIME 2024", "MATH-500"), ("AIME24", "AIME'25", "AIMO"), ("MMLU-Pro", "MMLU", "DarijaMMLU")],
)
def test_other_editions_are_the_benchmark_without_its_year_or_edition(bench: str, other: str, not_other: str) -> None:
    assert mentioned.other_editions(bench).search(f"scores 80 on {other}.")
    assert not mentioned.other_editions(bench).search(f"scores 80 on {not_other}.")


def test_another_editions_figure_is_said_as_such() -> None:
    """DeepSeek-R1's summary gives 79.8% on AIME 2024: asked for AIME 2025, that figure must not pass for it."""
    paper = paper_of("2025-01-23", "2501.12948")
    asked = ask("what does DeepSeek-R1 score on AIME 2025?")
    assert asked is not None
    sentences = aggregate.split_sentences(paper.summary)
    assert mentioned.attached_sentence(paper, asked, sentences) == ""
    said = mentioned.attached_sentence(paper, asked, sentences, mentioned.other_editions(asked.bench))
    assert "79.8%" in said
    text = mentioned.elsewhere_text(asked, [(1, paper, said)])
    assert text.startswith("The digests do not state a score of DeepSeek-R1 on AIME 2025; the model's own summary")


@pytest.mark.slow
def test_a_score_on_an_unstated_edition_is_answered_as_unstated(retriever, corpus_settings) -> None:
    from dataclasses import replace

    from rag.answer import Answerer

    answerer = Answerer(replace(corpus_settings, llm="extractive"), retriever=retriever)
    other = answerer.ask("what does DeepSeek-R1 score on AIME 2025?")
    assert other.answer.startswith("The digests do not state a score of DeepSeek-R1 on AIME 2025")
    assert "79.8%" in other.answer and other.citations[0]["id"] == "2501.12948"
    stated = answerer.ask("what does DeepSeek-R1 score on AIME 2024?")
    assert "79.8%" in stated.answer and "do not state" not in stated.answer
    # Kimi k1.5's summary writes no AIME at all (it gives 96.2 on MATH 500): unstated, not its opening sentence
    absent = answerer.ask("what does Kimi k1.5 score on AIME 2024?")
    assert absent.answer.startswith("The digests do not state a score of Kimi k1.5 on AIME 2024")
    # "the Long subset of the VideoMME benchmark" says the score in words of its own: quoted, not denied
    subset = answerer.ask("what accuracy does Video-MTR reach on VideoMME Long?")
    assert "51.0%" in subset.answer and "not state" not in subset.answer


def test_a_word_of_the_benchmark_in_the_text_may_state_its_score() -> None:
    assert mentioned.writes_any_word("VideoMME Long", "on the Long subset of the VideoMME benchmark")
    assert not mentioned.writes_any_word("AIME 2024", "achieved 96.2 on the MATH 500 benchmark")


@pytest.mark.parametrize(
    ("question", "model", "loose"),
    [
        ("what is the parameter count of Qwen3-235B-A22B?", "Qwen3-235B-A22B", False),
        ("what is the number of parameters of Kimi K2?", "Kimi K2", False),
        ("what is the size of DeepSeek-V3-0324?", "DeepSeek-V3-0324", True),
    ],
)
def test_a_size_asked_as_a_noun_is_a_parameter_count(question: str, model: str, loose: bool) -> None:
    assert mentioned.asked(question, "") == mentioned.Asked(model, loose=loose)
    assert mentioned.asked("what is the size of the dataset?", "") is None


@pytest.mark.parametrize(
    ("model", "size"),
    [
        ("Qwen3-235B-A22B", ("235B", "22B")),
        ("Llama-3.1-8B-Instruct", ("8B", "")),
        ("Qwen2.5-Math-1.5B", ("1.5B", "")),
        ("Mistral-7b", ("7B", "")),
        ("Qwen2.5-Math", ("", "")),
        ("GSM8K", ("", "")),
        ("SD3.5", ("", "")),
    ],
)
def test_a_size_the_name_states(model: str, size: tuple[str, str]) -> None:
    assert mentioned.named_size(model) == size


def test_model_pattern_takes_a_dotted_version_and_named_editions() -> None:
    assert mentioned.model_pattern("FLUX.1-dev").search("using FLUX.1-dev as the base")
    assert mentioned.model_pattern("Kimi k1.5").search("Kimi k1.5 is a multi-modal large language model")
    tuned = mentioned.model_pattern("Kimi K2", mentioned.TUNED)
    assert tuned.search("models like Kimi-K2-Instruct (1T)")
    assert not mentioned.model_pattern("Kimi K2").search("models like Kimi-K2-Instruct (1T)")
    sized = mentioned.model_pattern("Qwen2.5-Math", mentioned.SIZED)
    assert sized.search("the Qwen2.5-Math-7B model")
    assert not sized.search("the Qwen2.5-Math-PRM model")
    assert not mentioned.model_pattern("Qwen2.5-Math").search("the Qwen2.5-Math-7B model")


def test_a_size_after_a_tuned_edition_is_the_models() -> None:
    mobe = paper_of("2025-08-12", "2508.05257")
    ask = mentioned.Asked("Kimi K2")
    said = mentioned.attached_sentence(
        mobe, ask, shapes.claims(mobe.summary), model=mentioned.model_pattern("Kimi K2", mentioned.TUNED)
    )
    assert "Kimi-K2-Instruct (1T)" in said
    assert not mentioned.attached_sentence(mobe, ask, shapes.claims(mobe.summary))


def test_the_size_a_name_states_is_said_as_the_names() -> None:
    paper = paper_of("2025-05-19", "2505.09388")
    text = mentioned.by_name_text(mentioned.Asked("Qwen3-235B-A22B"), "235B", "22B", [(1, paper, "a sentence")])
    assert text.startswith("Qwen3-235B-A22B has 235B parameters (22B active), as its name states")


@pytest.mark.slow
def test_versioned_names_are_answered_as_papers_write_them(retriever, corpus_settings) -> None:
    from dataclasses import replace

    from rag.answer import Answerer

    answerer = Answerer(replace(corpus_settings, llm="extractive"), retriever=retriever)
    kimi = answerer.ask("how many parameters does Kimi K2 have?")
    assert "Kimi-K2-Instruct (1T)" in kimi.answer and kimi.citations[0]["id"] == "2508.05257"
    qwen = answerer.ask("what is the parameter count of Qwen3-235B-A22B?")
    assert qwen.answer.startswith("Qwen3-235B-A22B has 235B parameters (22B active)")
    math = answerer.ask("what does Qwen2.5-Math score on MATH-500?")
    assert math.answer.startswith("No summary writes Qwen2.5-Math without a size")
    assert "83.1" not in math.answer  # the Qwen2.5 report's figure on MATH is another model's, on another benchmark
    mcts = answerer.ask("does Kimi k1.5 use MCTS?")
    assert mcts.citations[0]["id"] == "2501.12599"
    absent = answerer.ask("does GPT-4.1 use reinforcement learning?")
    assert absent.answer.startswith("The digests do not say: none of their papers is GPT-4.1's own")
    glued = answerer.ask("does Qwen2.5VL use reinforcement learning?")
    assert glued.citations[0]["id"] == "2502.13923" and "5VL" not in glued.answer
    flux = answerer.ask("how many papers use FLUX.1-dev?")
    assert "FLUX.1-dev" in flux.answer.splitlines()[0]


def test_the_same_benchmark_is_the_one_the_sentence_named() -> None:
    """ "from 80.11% to 83.57% on ScreenSpot-v2, and GUI-RCPO further improves it to 85.14% on the same benchmark":
    GUI-RCPO's level is on ScreenSpot-v2."""
    paper = paper_of("2025-08-13", "2508.05615")
    asked = ask("What accuracy does GUI-RCPO reach on ScreenSpot-v2?")
    assert asked is not None
    assert "85.14%" in mentioned.attached_sentence(paper, asked, aggregate.split_sentences(paper.summary))

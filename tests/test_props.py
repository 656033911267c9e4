"""One property of a named paper (rag/props.py): which property is asked, which sentence holds it, whose size a
figure is, and the answers on the real corpus."""

from __future__ import annotations

from dataclasses import replace

import pytest

from rag import props, shapes
from rag.answer import Answerer
from rag.ingest import load_papers
from rag.settings import ROOT


@pytest.mark.parametrize(
    ("question", "slot"),
    [
        ("what base model does Skywork-SWE use?", "base"),
        ("which backbone does LoHoVLA build on?", "base"),
        ("which model is Vlaser built on?", "base"),
        ("what is GRPO based on?", ""),
        ("what datasets does SmolVLA use?", "data"),
        ("what data is TinyLlama trained on?", "data"),
        ("what benchmarks does SRPO use?", "bench"),
        ("what is DuoDecoding evaluated on?", "bench"),
        ("how many puzzles are in VisualSphinx?", "count"),
        ("how big is SmolVLA?", ""),
        ("what accuracy does SmolVLA reach on LIBERO?", ""),
        ("what is SmolVLA?", ""),
        # a question asking for a paper: its words name no property of one
        ("which paper asks whether RL really makes LLMs reason beyond the base model?", ""),
        ("what study finds the base model matters most?", ""),
    ],
)
def test_the_property_asked(question: str, slot: str) -> None:
    assert props.asked_slot(question) == slot


@pytest.mark.parametrize(
    ("sentence", "own", "model"),
    [
        ("The methodology involves … fine-tuning a Qwen2.5-Coder-32B-based model.", "Skywork-SWE", "Qwen2.5-Coder-32B"),
        (
            "iv) The ModCon-Task-Identifier, a fine-tuned BERT model, achieves a classification accuracy of 0.917",
            "MATE",
            "BERT",
        ),
        ("Experiments using Qwen-2.5-VL-7B show SRPO significantly outperforms", "SRPO", "Qwen-2.5-VL-7B"),
        # a kind of model, an architecture, the paper's own model, a comparison: no base model
        ("LoHoVLA leverages a large pretrained VLM backbone", "LoHoVLA", ""),
        ("improve the quality of DiT-based generated videos", "Enhance-A-Video", ""),
        ("The primary result shows InternVL3-78B achieving a state-of-the-art score of 72.2% on MMMU", "InternVL3", ""),
        ("a 29.1% relative improvement on COCO detection compared to Qwen2.5VL", "VisionReasoner", ""),
        ("The QWEN2.5-VL-7B model fine-tuned on VISUALSPHINX demonstrates", "VisualSphinx", "QWEN2.5-VL-7B"),
    ],
)
def test_the_model_a_sentence_builds_on(sentence: str, own: str, model: str) -> None:
    assert props.base_model(sentence, own) == model


@pytest.fixture(scope="module")
def set_names() -> frozenset[str]:
    papers = load_papers([ROOT / "data"])[0]
    return props.corpus_set_names(tuple(p.summary for p in papers))


def test_the_corpus_names_benchmarks_not_models(set_names: frozenset[str]) -> None:
    assert {"libero", "mathvista", "mmlu-pro", "aime 2024", "coco", "bfcl v3"} <= set_names
    assert not {"qwen2.5-vl-7b", "llm", "erp-specific", "20b"} & set_names


@pytest.mark.parametrize(
    ("sentence", "own", "name", "rank"),
    [
        (
            "a fine-tuned Qwen2.5-32B model improved its overall score on the BFCL V3 benchmark by 8.72%",
            "TOUCAN",
            "BFCL V3",
            3,
        ),
        ("DyePack detected all contaminated models on MMLU-Pro with a false positive rate", "DyePack", "MMLU-Pro", 2),
        ("achieving a 75.8% accuracy on MathVista using Qwen-2.5-VL-7B.", "SRPO", "MathVista", 2),
        ("On four reasoning datasets (GSM8K, ASDiv, SVAMP, CommonsenseQA), Mentor-KD", "Mentor-KD", "GSM8K", 3),
        ("The authors curated a 1,000-sample dataset (s1K) based on difficulty", "s1", "s1K", 3),
        ("asynchronous inference, and training on community-contributed datasets.", "SmolVLA", "", 1),
        (
            "fine-tuning PaliGemma on DASH-identified images improved accuracy on the derived DASH-B benchmark",
            "DASH",
            "DASH-B",
            3,
        ),
    ],
)
def test_the_set_a_sentence_names(sentence: str, own: str, name: str, rank: int, set_names: frozenset[str]) -> None:
    found = props.names_set(sentence, set_names, own)
    assert found is not None and found.rank == rank and name in found.name


@pytest.mark.parametrize(
    "sentence",
    [
        "SmolVLA presents a compact and efficient vision-language-action model for robotics.",
        "bypassing the need for ERP-specific datasets and mitigating common projection artifacts",
        "reduced reliance on extensive labeled datasets for RL fine-tuning",
        "with ImageReward achieving a 7.19 LLM Grader score compared to 6.74 for the SDS baseline",
    ],
)
def test_a_sentence_naming_no_set(sentence: str, set_names: frozenset[str]) -> None:
    assert props.names_set(sentence, set_names, "X") is None


@pytest.mark.parametrize(
    ("sentence", "noun", "says"),
    [
        ("They tested 12 LLMs, including GPT-4o", "LLMs", True),
        ("HumanEval-V, a benchmark of 108 Python coding tasks adapted from existing problems", "tasks", True),
        ("dynamically adjustable through bottom-up refinement with 1-4 denoising steps", "steps", True),
        ("using eight backdoors", "backdoors", True),
        ("a 26.64% improvement in overall accuracy on visual logic puzzles", "puzzles", False),
        ("up to 123.6X faster inference than gradient-based methods", "methods", False),
    ],
)
def test_a_count_stands_beside_its_noun(sentence: str, noun: str, says: bool) -> None:
    assert props.states_count(sentence, noun) is says


@pytest.mark.parametrize(
    ("sentence", "own"),
    [
        ("6x less memory consumption than a 3.3 billion parameter baseline.", False),
        ("surpassing previous SOTA results for models under 32B parameters.", False),
        ("ToMAP, a 3B parameters persuader, outperforms much larger models", True),
        ("Pensez 7B is trained on 2,000 samples", True),
    ],
)
def test_a_baselines_size_is_not_the_papers(sentence: str, own: bool) -> None:
    assert shapes.states_kind(sentence, "parameters", "how big is it?") is own


def test_a_dimension_states_no_measure() -> None:
    asked = "what designability does ReQFlow reach?"
    assert not shapes.states_measure("representing 3D rotations … to improve designability", ["design"], asked)
    assert shapes.states_measure("a designability of 0.97 on 2nd-stage samples", ["design"], asked)


def test_the_benchmark_a_paper_does_not_write() -> None:
    assert props.unnamed_set("what accuracy does SmolVLA reach on LIBERO?", "SmolVLA … community datasets") == "LIBERO"
    assert props.unnamed_set("what accuracy does FLOWER reach on CALVIN?", "FLOWER scores 4.53 on CALVIN ABC") == ""


def test_a_count_asked_in_another_word_of_its_kind() -> None:
    assert props.counted_alike("tasks")[:3] == ["problems", "competitions", "challenges"]
    assert "samples" in props.counted_alike("examples") and props.counted_alike("weights") == ["parameters"]
    assert props.counted_alike("languages") == []


@pytest.fixture(scope="module")
def answerer(retriever, corpus_settings):
    return Answerer(replace(corpus_settings, llm="extractive"), retriever=retriever)


@pytest.mark.slow
def test_one_property_of_a_named_paper_on_the_corpus(answerer) -> None:
    base = answerer.ask("what base model does Skywork-SWE use?")
    assert "Qwen2.5-Coder-32B" in base.answer and base.citations[0]["id"] == "2506.19290"
    size = answerer.ask("how big is Skywork-SWE?")
    assert "through the model it builds on" in size.answer and "Qwen2.5-Coder-32B" in size.answer
    smol = answerer.ask("how big is SmolVLA?")
    assert "does not state the size" in smol.answer
    assert "community-contributed datasets" in answerer.ask("what datasets does SmolVLA use?").answer
    assert "MathVista" in answerer.ask("what benchmarks does SRPO use?").answer
    assert "MMLU-Pro" in answerer.ask("what datasets does DyePack use?").answer
    puzzles = answerer.ask("how many puzzles are in VisualSphinx?")
    assert "does not state the number of puzzles" in puzzles.answer
    # counted in another word of the same things: "75 diverse Kaggle competitions", "1,188 multimodal questions"
    tasks = answerer.ask("how many tasks does MLE-bench have?")
    assert "75 diverse Kaggle competitions" in tasks.answer and tasks.citations[0]["id"] == "2410.07095"
    assert "1,188 multimodal questions" in answerer.ask("how many tasks does MME-Reasoning's dataset have?").answer
    libero = answerer.ask("what accuracy does SmolVLA reach on LIBERO?")
    assert "does not state the accuracy on LIBERO" in libero.answer and libero.citations[0]["id"] == "2506.01844"
    stock = answerer.ask("how did NVIDIA's stock price react to the DeepSeek-R1 release?")
    assert not stock.covered


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("Experiments on Spec-Bench using LLMs with 7B and 13B parameters demonstrate that HD", ["Spec-Bench"]),
        ("The experiments on MPE-Spread and VMAS Balance environments show", ["MPE-Spread"]),
        ("Experimental results on Mobile-Eval-E demonstrate that Mobile-Agent-E outperforms", ["Mobile-Eval-E"]),
        # a model experimented on is no benchmark
        ("The researchers used controlled experiments on LLaMA models, varying Scramble Ratio", []),
        ("results evaluated on Qwen2.5-7B show", []),
    ],
)
def test_a_set_the_paper_is_evaluated_on(sentence: str, names: list[str]) -> None:
    assert props.evaluated_sets(sentence) == names


@pytest.mark.parametrize(
    ("question", "phrase"),
    [
        ("how many training examples does s1 use", "number of training examples"),
        ("how many parameters does Z1 have?", "number of parameters"),
        ("how many GPUs did it take?", "number of GPUs"),
        ("how many new tasks does it add?", "number of tasks"),
    ],
)
def test_the_counted_noun_is_named_whole(question: str, phrase: str) -> None:
    assert shapes.named_measure(question)[0] == phrase


def test_a_count_written_as_one_adjective_is_data() -> None:
    asked = "how many training examples does s1 use"
    assert shapes.states_kind("The authors curated a 1,000-sample dataset (s1K) based on difficulty", "data", asked)
    assert shapes.states_kind("using DPO on a curated 8K-pair dataset to reduce it", "data", asked)


@pytest.mark.parametrize(
    ("text", "acronym", "spelled"),
    [
        ("This paper introduces Dynamic Tanh (DyT) as a replacement", "DyT", ["Dynamic Tanh"]),
        ("introduce the Improved 3D Diffusion Policy (iDP3), which", "iDP3", ["Improved 3D Diffusion Policy"]),
        ("propose Mixture-of-Head attention (MoH), which", "MoH", ["Mixture-of-Head attention"]),
        # "model" alone does not spell LLM out
        ("introduces a model built on a large language model (LLM)", "LLM", ["large language model"]),
    ],
)
def test_the_words_an_acronym_spells_out(text: str, acronym: str, spelled: list[str]) -> None:
    assert shapes.expansions(text, acronym) == spelled


@pytest.mark.slow
def test_a_paper_named_by_title_words_or_its_acronym(answerer) -> None:
    papers = {p.id: p for p in answerer.retriever.papers}
    dyt, hd = papers["2503.10622"], papers["2502.05609"]
    assert shapes.presents(dyt, "DyT") and shapes.named_in("what does the DyT paper replace layer norm with", dyt)
    assert shapes.named_in("which benchmarks does the hierarchy drafting paper evaluate on", hd)
    assert not shapes.named_in("which benchmarks does the hierarchy drafting paper evaluate on", dyt)
    replaced = answerer.ask("what does the DyT paper replace layer norm with")
    assert "No paper in the digests presents" not in replaced.answer and replaced.citations[0]["id"] == "2503.10622"
    bench = answerer.ask("which benchmarks does the hierarchy drafting paper evaluate on")
    assert "Spec-Bench" in bench.answer and bench.citations[0]["id"] == "2502.05609"
    examples = answerer.ask("how many training examples does s1 use")
    assert "1,000-sample" in examples.answer and "does not state" not in examples.answer


def test_a_set_evaluated_on_is_no_data_trained_on():
    """named40: Seed Diffusion's "54.3% pass@1 score on the CanItEdit benchmark" answers no "what dataset did it train
    on?"; FLOAT's "On the HDTF dataset" still answers "what dataset did it use?"."""
    bench = "The model achieves a 54.3% pass@1 score on the CanItEdit benchmark."
    found = props.names_set(bench, frozenset(), "Seed Diffusion")
    assert found is not None and props.evaluated_only(bench, found)
    data = "It is trained on the OpenWebMath dataset."
    found = props.names_set(data, frozenset(), "X")
    assert found is not None and not props.evaluated_only(data, found)
    assert props.TRAINED_ASKED_RE.search("what dataset did the Seed Diffusion paper train on?")
    assert not props.TRAINED_ASKED_RE.search("what dataset did the FLOAT paper use?")

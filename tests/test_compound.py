"""Names joined by hyphens or slashes: the pure reading of titles and sentences quoted from the bundled
digests (rag/compound.py), the list matcher's forms for such names and for model sizes (rag/listing.py,
rag/shapes.py), then whole answers over the real corpus index."""

from dataclasses import replace

import pytest

from rag import compound, listing, shapes
from rag.answer import Answerer
from rag.understand import stem_key, stems


def test_a_name_joined_to_another_word_is_a_name_of_its_own():
    words = compound.joined_words("DPO-Shift: Shifting the Distribution of Direct Preference Optimization")
    assert compound.occurrences(words, stem_key("DPO")) == [0]
    assert compound.alone_at(words, stem_key("DPO")) == []  # DPO-Shift is a variant
    assert compound.alone_at(words, stem_key("direct preference optimization")) == [6]
    assert compound.alone_at(compound.joined_words("Pre-DPO: Improving …"), stem_key("DPO")) == []
    assert compound.alone_at(compound.joined_words("DPO-based alignment"), stem_key("DPO")) == []
    # a version glued on keeps the name; a space between keeps the names apart
    assert compound.alone_at(compound.joined_words("Mamba-2 and SAM-v2"), stem_key("mamba")) == [0]
    assert compound.alone_at(compound.joined_words("Mamba-2 and SAM-v2"), stem_key("sam")) == [3]
    assert compound.alone_at(compound.joined_words("RAG with MCTS"), stem_key("MCTS")) == [2]


def test_joined_runs_and_directed_names():
    assert compound.joined_runs("speech-to-speech translation with X/Y") == ["speech to speech", "x y"]
    assert compound.directed_run(stems("speech-to-speech translation")) == ["speech", "to", "speech"]
    assert compound.directed_run(stems("image-to-video generation")) == ["imag", "to", "video"]
    assert compound.directed_run(stems("code-switching")) == []
    assert listing.directed(stem_key("text-to-image generation"))
    assert not listing.directed("&" + stem_key("mixture of experts").strip())


def test_a_directed_name_spread_through_a_sentence_keeps_its_run_whole():
    name = stems("speech-to-speech translation")
    # "… speech tokenization … to … translation" (DM-Codec, Back-Translation) names no speech-to-speech translation
    assert shapes.close_by(stems("improve speech tokenization and extend it to machine translation"), name) == []
    assert shapes.close_by(stems("direct speech-to-speech machine translation"), name) == [1, 2, 3, 5]
    i2v = stems("image-to-video generation")
    assert shapes.close_by(stems("an image-to-video model used to generate clips"), i2v)
    assert shapes.close_by(stems("generates coherent videos from images"), i2v)  # turned round with "from"
    assert not shapes.close_by(stems("generate a video from an image"), i2v)  # no run, no name
    assert shapes.form_in("&text to video generat", stem_key("generate one-minute videos from text storyboards"))


def test_a_model_size_is_written_with_the_letter_or_the_word():
    assert listing.size_spellings(stem_key("7B models")) == [" 7 billion paramet model "]
    assert listing.size_spellings("&" + stem_key("8B models").strip()) == ["&8 billion paramet model"]
    assert listing.size_lettered(stem_key("7 billion parameter models")) == " 7b model "
    assert listing.size_lettered(stem_key("a 7-billion-parameter model")) == " a 7b model "
    assert listing.size_spellings(stem_key("LoRA models")) == []
    # written in words, a size names parameters: "a 13-billion-token corpus" is no 13B model
    assert not shapes.form_in("&13 billion paramet model", stem_key("a ModernBERT model on a 13-billion-token corpus"))
    assert shapes.form_in("&7 billion paramet model", stem_key("Fin-R1 is a 7-billion parameter large language model"))


@pytest.fixture(scope="module")
def answerer(retriever, corpus_settings):
    return Answerer(replace(corpus_settings, llm="extractive"), retriever=retriever)


@pytest.mark.slow
def test_hyphenated_names_over_the_corpus(answerer):
    dpo = answerer.ask("how does DPO work?")
    assert dpo.citations[0]["id"] == "2411.06424"  # a study of DPO itself, not DPO-Shift
    mcts = answerer.ask("how does MCTS work?")
    assert mcts.answer.startswith("No summary in the digests explains how MCTS itself works")
    assert mcts.citations[0]["id"] != "2503.20757"  # MCTS-RAG is a variant, not the closest to MCTS itself
    s2st = answerer.ask("which papers do speech-to-speech translation?")
    assert not {"2505.16972", "2410.15017"} & {c["id"] for c in s2st.citations}
    sized = {c["id"] for c in answerer.ask("7B models").citations}
    assert {"2501.02045", "2503.16252", "2504.08685"} <= sized  # "a 7-billion parameter …"
    assert "2504.03964" not in {c["id"] for c in answerer.ask("13B models").citations}
    nvidia = {c["id"] for c in answerer.ask("papers from NVIDIA").citations}
    assert {"2505.00949", "2505.16400"} <= nvidia  # Llama-Nemotron, AceReason-Nemotron
    alibaba = {c["id"] for c in answerer.ask("papers from Alibaba").citations}
    assert "2505.17667" in alibaba and "2504.00595" not in alibaba  # QwenLong-L1, not Open-Qwen2VL

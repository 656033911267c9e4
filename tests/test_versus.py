""" "Is X better than Y (on Z)?" about a named paper answered yes or no from the sentence setting the two against
each other, and questions asking several things of one subject ("what is AReaL and who made it?") split into
their parts."""

from __future__ import annotations

from dataclasses import replace

import pytest

from rag import versus
from rag.answer import Answerer
from rag.understand import compound_parts, question_parts


@pytest.mark.parametrize(
    ("question", "parts"),
    [
        ("what is AReaL and who made it?", ("what is AReaL?", "who made AReaL?")),
        ("what is LIMO and what does it show?", ("what is LIMO?", "what does LIMO show?")),
        ("when was SmolVLA published and what does it do?", ("when was SmolVLA published?", "what does SmolVLA do?")),
        ("what is ARWKV, and what does it score on MMLU?", ("what is ARWKV?", "what does ARWKV score on MMLU?")),
        ("who wrote DyePack and when was it published?", ("who wrote DyePack?", "when was DyePack published?")),
        ("what is SmolVLA; what are its limitations?", ("what is SmolVLA?", "what are SmolVLA's limitations?")),
        (
            "what are diffusion language models and how do they work?",
            ("what are diffusion language models?", "how do diffusion language models work?"),
        ),
        (
            "what is Kimi k1.5, who made it and when was it published?",
            ("what is Kimi k1.5?", "who made Kimi k1.5?", "when was Kimi k1.5 published?"),
        ),
    ],
)
def test_a_question_asking_several_things_of_one_subject_is_split(question: str, parts: tuple[str, ...]) -> None:
    assert question_parts(question) == parts
    assert compound_parts(question) == parts


@pytest.mark.parametrize(
    "question",
    [
        "what is the difference between DPO and PPO?",  # "and PPO" asks nothing of its own
        "what is GRPO and how does PPO work?",  # the second part is about something else
        "which papers use GRPO and what do they find?",  # "they" are the papers
        "is GLM-4.5 better than GPT-4.1 and why?",  # "why" points at nothing
        "how do Mamba and Transformers compare?",
        "who made AReaL?",
    ],
)
def test_other_questions_stay_whole(question: str) -> None:
    assert question_parts(question) is None


@pytest.mark.parametrize(
    ("question", "first", "second", "comparative", "scope"),
    [
        ("is GLM-4.5 better than GPT-4.1 on SWE-bench Verified?", "GLM-4.5", "GPT-4.1", "better", "SWE-bench Verified"),
        ("is AReaL faster than synchronous RL systems?", "AReaL", "synchronous RL systems", "faster", ""),
        ("does OpenVision 2 train faster than OpenVision?", "OpenVision 2 train", "OpenVision", "faster", ""),
        ("does GHOST 2.0 outperform StyleHEAT?", "GHOST 2.0", "StyleHEAT", "outperform", ""),
        ("is X more accurate than the baseline at Y?", "X", "baseline", "more accurate", "Y"),
        ("is X superior to Y?", "X", "Y", "superior", ""),
    ],
)
def test_the_sides_of_a_comparative_question(
    question: str, first: str, second: str, comparative: str, scope: str
) -> None:
    assert versus.asked(question) == versus.Asked(first, second, comparative, scope)


@pytest.mark.parametrize(
    "question",
    ["is there a paper with fewer than 8 GPUs?", "does X get more than 50%?", "what is GRPO?", "compare DPO and PPO"],
)
def test_other_questions_are_no_comparative(question: str) -> None:
    assert versus.asked(question) is None


DF = {"synchron": 10, "rl": 900, "attent": 800, "full": 900}


def spans(sentence: str, *sides: str) -> list[list[tuple[int, int]]]:
    return [versus.mentions(sentence, side, DF) for side in sides]


def test_a_name_is_found_whole_and_a_phrase_by_its_words() -> None:
    assert not versus.mentions("the baseline SkillMimic-V2 (SM)", "SkillMimic", DF)
    assert versus.mentions("compared to SkillMimic (SM)", "SkillMimic", DF)
    assert versus.mentions("surpassing OpenAI-o1-1217 on AIME", "OpenAI o1", DF)  # a dated snapshot
    assert not versus.mentions("initialised from Llama3.2", "Llama 3", DF)
    assert versus.mentions("improving to 57% on AIME24", "AIME", DF, versions=True)
    assert versus.mentions("a 2.57x speedup compared to synchronous systems", "synchronous RL systems", DF)
    assert not versus.mentions("a 2.57x speedup in RL systems", "synchronous RL systems", DF)


def test_the_side_named_after_the_cue_is_the_one_compared_against() -> None:
    cues = versus.GENERAL_CUES
    own = "it scores 64.2% on SWE-bench Verified, outperforming models like GPT-4.1"
    assert versus.winner(own, spans(own, "GLM-4.5", "GPT-4.1"), 0, cues) == "0"
    other = "MeshLLM significantly outperforms the LLaMA-Mesh baseline in mesh understanding"
    assert versus.winner(other, spans(other, "LLaMA-Mesh", "MeshLLM"), 1, cues) == "1"
    behind = "X lags behind GPT-4o on MMMU"
    assert versus.winner(behind, spans(behind, "X", "GPT-4o"), 0, cues) == "1"
    level = "SmolVLA achieves comparable performance to pi0"
    assert versus.winner(level, spans(level, "SmolVLA", "pi0"), 0, cues) == "par"
    listed = "top models like OpenAI-o1 and DeepSeek-R1 drop by 60%"
    assert versus.winner(listed, spans(listed, "DeepSeek-R1", "OpenAI o1"), None, cues) == ""


def test_a_speed_question_is_decided_only_by_a_cue_of_speed() -> None:
    cues = versus.cues_for("faster")
    late = "outperforming prior methods like DiffMorpher, while being 10x-50x faster"
    assert versus.winner(late, spans(late, "FreeMorph", "DiffMorpher"), 0, cues) == "0"
    quality = "it outperforms DiffMorpher on FID"
    assert versus.winner(quality, spans(quality, "FreeMorph", "DiffMorpher"), 0, cues) == ""
    assert versus.negative("slower") and versus.negative("less accurate") and not versus.negative("better")


@pytest.fixture(scope="module")
def answerer(retriever, corpus_settings):
    return Answerer(replace(corpus_settings, llm="extractive"), retriever=retriever)


def cited(result) -> list[str]:
    return [c["id"] for c in result.citations]


@pytest.mark.slow
def test_comparative_questions_on_the_corpus(answerer):
    glm = answerer.ask("is GLM-4.5 better than GPT-4.1 on SWE-bench Verified?")
    assert glm.answer.startswith("Yes, by its own report") and "64.2%" in glm.answer and cited(glm) == ["2508.06471"]
    areal = answerer.ask("is AReaL faster than synchronous RL systems?")
    assert areal.answer.startswith("Yes") and "2.57x" in areal.answer and cited(areal) == ["2505.24298"]
    mesh = answerer.ask("is LLaMA-Mesh better than MeshLLM at mesh understanding?")  # MeshLLM's sentence decides
    assert mesh.answer.startswith("No, by the report of **MeshLLM") and cited(mesh) == ["2508.01242"]
    apart = answerer.ask("is LIMO better than s1 on AIME?")  # no sentence names both: each side's own figure
    assert apart.answer.startswith("The digests do not compare LIMO with s1 directly")
    assert "57.1%" in apart.answer and "57% on AIME24" in apart.answer and "setups may differ" in apart.answer
    assert cited(apart) == ["2502.03387", "2501.19393"]
    counted = answerer.ask("is LoRA better than full fine-tuning?")  # no side names a paper: the counting comparison
    assert counted.intent == "compare" and counted.table
    longer = answerer.ask("is DAPO better than DeepSeek-R1-Zero-Qwen-32B on AIME 2024?")  # not DeepSeek-R1's paper
    assert "No paper of DeepSeek-R1-Zero-Qwen-32B's own" in longer.answer and cited(longer) == ["2503.14476"]
    safer = answerer.ask("is DeepSeek-R1 safer than o3-mini?")  # papers weigh them on safety with no cue asked
    assert safer.table and "2501.17749" in cited(safer) and "do not compare" not in safer.answer
    # a side whose paper's title lacks its name ("CoSTAast: …") but whose summary opens with it: that paper's own
    costa = answerer.ask("is CoSTA* more accurate than GenArtist?")
    assert costa.answer.startswith("Yes, by its own report") and "GenArtist (0.73)" in costa.answer
    assert cited(costa) == ["2503.10613"]
    versions = answerer.ask("does OpenVision 2 train faster than OpenVision?")  # "OpenVision 2: …" is not OpenVision's
    assert versions.answer.startswith("Yes, by its own report") and cited(versions) == ["2509.01644"]


@pytest.mark.slow
def test_each_part_of_a_two_part_question_is_answered_in_order(answerer):
    both = answerer.ask("what is AReaL and who made it?")
    assert "only to compare with it" not in both.answer and cited(both) == ["2505.24298"]  # one paper, one number
    assert both.answer.index("asynchronous reinforcement learning system") < both.answer.index("Zhiyu Mei")
    dated = answerer.ask("when was SmolVLA published and what does it do?")
    assert dated.answer.index("2025-06-03") < dated.answer.index("vision-language-action model")
    saved = answerer.ask("who wrote MUR and how much computation does it save?")
    assert "Jian Zhang" in saved.answer and "over 50%" in saved.answer


def test_parity_offered_with_advantage_is_at_least_as_good() -> None:
    said = "MiniMax-M1 achieves comparable or superior performance to models like DeepSeek-R1"
    won = versus.winner(said, spans(said, "MiniMax-M1", "DeepSeek-R1"), 0, versus.GENERAL_CUES)
    assert won == "+0"
    assert versus.said_of(won, "better") == "atleast" and versus.said_of(won, "worse") == "no"
    assert versus.said_of("0", "slower") == "no" and versus.said_of("1", "better") == "no"
    speed = "a 1.48x training speedup while attaining comparable or superior quality compared to full attention"
    assert versus.winner(speed, spans(speed, "VMoBA", "full attention"), 0, versus.cues_for("faster")) == "0"

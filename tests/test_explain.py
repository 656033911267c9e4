"""How-it-works and why questions: the pure reading of questions and summary sentences (sentences quoted from
the bundled digests), papers parsed from real digest files, then whole answers over the real corpus index."""

from dataclasses import replace
from pathlib import Path

import pytest

from rag import explain
from rag.answer import Answerer
from rag.ingest import load_papers
from rag.understand import concept, stem_key

DIGESTS = Path(__file__).resolve().parent.parent / "data" / "digests"


def test_how_subject_offers_the_phrases_that_may_be_the_technique():
    assert explain.how_subject("how does LoRA work?") == ["LoRA"]
    assert explain.how_subject("how do diffusion language models generate text?") == [
        "diffusion language models",
        "diffusion language",
        "diffusion",
    ]
    assert explain.how_subject("how do LLMs perform on ARC?") == []  # a result is asked
    assert explain.how_subject("how does it work?") == []  # a pronoun names nothing
    assert explain.how_subject("which papers use LoRA?") == []


def test_a_why_question_is_answered_by_the_sentence_giving_a_cause():
    assert explain.WHY_ASKED_RE.search("why do LLMs hallucinate?")
    assert explain.WHY_ASKED_RE.search("what causes reward hacking?")
    assert not explain.WHY_ASKED_RE.search("how does GRPO work?")
    assert explain.gives_reason(
        "This paper theoretically analyzes how language model training statistically induces hallucinations and "
        "argues they persist because evaluation benchmarks reward guessing over expressing uncertainty."
    )
    assert explain.gives_reason('… reveal that agent failures stem from "in-context locking" and foundational gaps.')
    assert not explain.gives_reason("Seed Diffusion achieves 2,146 tokens/s since 2025 on H20 GPUs")  # a date


def test_a_digest_note_or_follow_up_question_says_nothing():
    assert explain.says_nothing(
        "The paper does not, however, provide details on memory usage implications of the method."
    )
    assert explain.says_nothing("The paper seems to lack information on the exact model architecture.")
    assert explain.says_nothing(
        "Beyond the six tasks used in this study, how does model kinship generalize to broader sets of tasks?"
    )
    assert explain.says_nothing("How does the choice of the base model affect the calculation of model kinship?")
    # a summary's own research question, and a method that needs no reward model, say something
    assert not explain.says_nothing(
        "The main research question is: How frequently do LLMs hallucinate across different languages?"
    )
    assert not explain.says_nothing("The method does not require a separate reward model during training.")


def test_a_title_names_a_technique_as_its_subject_not_as_its_tool():
    forms = concept("grpo", {"grpo": "group relative policy optimization"})
    assert explain.subject_of_title("DanceGRPO: Unleashing GRPO on Visual Generation", forms)
    assert not explain.subject_of_title(
        "Advancing Speech Understanding in Speech-Aware Language Models with GRPO", forms
    )
    lora = [stem_key("lora"), stem_key("low rank adaptation")]
    assert not explain.subject_of_title("Low-Rank Adapters Meet Neural Architecture Search for LLM Compression", lora)
    assert explain.subject_of_title("How Much Knowledge Can You Pack into a LoRA Adapter without Harming LLM?", lora)


def papers_of(*days: str) -> dict:
    papers, *_ = load_papers([DIGESTS / f"{day}.md" for day in days])
    return {p.id: p for p in papers}


def test_a_survey_or_study_of_a_technique_ranks_above_its_variants():
    papers = papers_of("2025-02-21", "2025-04-01")
    lora = [stem_key("lora"), stem_key("low rank adaptation")]
    coined = {stem_key(n) for n in ("DeLoRA", "Decoupled Low-rank Adaptation")}

    def naming(phrase: str) -> int:  # as many papers as the corpus has writing the phrase (1 for the coined)
        return 1 if stem_key(phrase) in coined else 50

    study = papers["2502.14502"]  # "investigates how much new factual knowledge … using LoRA"
    variant = papers["2503.18225"]  # "introduces Decoupled Low-rank Adaptation (DeLoRA)"
    assert explain.itself_rank(study, lora, naming) == 1
    assert explain.own_method(variant, naming) and explain.itself_rank(variant, lora, naming) == 0


def test_which_models_asks_for_named_models():
    assert explain.MODELS_ASKED_RE.match("which models did they evaluate?")
    assert explain.names_models("surpassing OpenAI-o1-1217 on AIME 2024", "DeepSeek-R1")
    assert explain.names_models("The Qwen2.5-72B-Instruct model outperformed open models", "Qwen2.5")
    assert not explain.names_models("evaluate the long-form text generation capabilities of LLMs", "HelloBench")
    assert not explain.names_models("Qwen2.5 is a series of large language models", "Qwen2.5")


@pytest.fixture(scope="module")
def answerer(retriever, corpus_settings):
    return Answerer(replace(corpus_settings, llm="extractive"), retriever=retriever)


@pytest.mark.slow
def test_how_does_a_technique_work_leads_with_a_paper_about_it_not_a_variant(answerer):
    result = answerer.ask("how does LoRA work?")
    assert result.citations[0]["id"] == "2502.14502"
    assert "DeLoRA" not in result.answer.split("\n\n")[0]
    result = answerer.ask("how does speculative decoding work?")
    assert result.answer.startswith("No summary in the digests explains how speculative decoding itself works")
    assert "does not, however, provide details" not in result.answer


@pytest.mark.slow
def test_a_why_question_quotes_the_cause(answerer):
    result = answerer.ask("why do LLMs hallucinate?")
    assert result.citations[0]["id"] == "2509.04664" and "because evaluation benchmarks" in result.answer


@pytest.mark.slow
def test_what_is_a_paper_about_is_its_overview(answerer):
    result = answerer.ask("what is the Qwen2.5 technical report about?")
    assert result.intent == "overview" and result.citations[0]["id"] == "2412.15115"
    assert "defines" not in result.answer


@pytest.mark.slow
def test_a_pronoun_after_a_named_paper_asks_about_that_paper(answerer):
    first = answerer.ask("what is HelloBench?")
    result = answerer.ask("which models did they evaluate?", history=[("what is HelloBench?", first.answer)])
    assert result.citations[0]["id"] == "2409.16191"
    assert "does not name the models" in result.answer
    first = answerer.ask("what is VOCABTRIM?")
    result = answerer.ask("how does it work?", history=[("what is VOCABTRIM?", first.answer)])
    assert "reconstructing the drafter's LM head" in result.answer


def test_a_technique_inside_a_name_joined_to_it_is_a_variant_not_the_subject():
    dpo = [stem_key("dpo"), stem_key("direct preference optimization")]
    assert not explain.opens_with("DPO-Shift controllably shifts the distribution of chosen probabilities", dpo)
    assert explain.opens_with("DPO reduces toxicity by …", dpo)
    mcts = [stem_key("mcts"), stem_key("monte carlo tree search")]
    assert not explain.subject_of_title("MCTS-RAG: Enhancing Retrieval-Augmented Generation", mcts)
    assert not explain.names_itself(
        "MCTS-RAG: Enhancing Retrieval-Augmented Generation with Monte Carlo Tree Search", mcts
    )
    assert explain.names_itself("DeepSearch: … Verifiable Rewards via Monte Carlo Tree Search", mcts)

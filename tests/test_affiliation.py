"""Organisations named in a question: pure functions, a small hand-made author list and vocabulary."""

from dataclasses import replace

import pytest

from rag.affiliation import (
    family_presented,
    introduced_by,
    is_org,
    lab_of,
    listed_lab,
    named_lab,
    named_org,
    own_report,
    without_org,
)
from rag.answer import Answerer
from tests.fake_openai import FakeOpenAI

AUTHORS = {"nvidia": 3, "openai": 2}
VOCAB = {"generative": 900, "responsible": 20, "shanghai": 4, "gemini": 300, "reasoning": 2000, "learning": 3000}


TEXTS = ["meta learning for few-shot tasks"] * 9 + ["google brain's transformer", "the amazon reviews corpus"]


def phrase_df(phrase: str) -> int:
    return sum(phrase in t for t in TEXTS)


def stripped(question: str) -> tuple[str, str]:
    m, group = named_org(question, AUTHORS, VOCAB, phrase_df)
    return (without_org(question, m, group), m.group(group)) if m else (question, "")


@pytest.mark.parametrize(
    ("question", "rest", "org"),
    [
        ("Microsoft Research papers on reasoning", "papers on reasoning", "Microsoft Research"),
        ("papers by Google researchers about diffusion models", "papers about diffusion models", "Google"),
        ("papers by researchers at MIT on protein design", "papers on protein design", "MIT"),
        ("Google's work on speech recognition", "papers on speech recognition", "Google"),
        ("any Tsinghua University papers about LLM agents?", "any papers about LLM agents?", "Tsinghua University"),
        ("recent Google DeepMind papers on world models", "recent papers on world models", "Google DeepMind"),
        ("which papers on speculative decoding are from Meta?", "which papers on speculative decoding?", "Meta"),
        (
            "are any of the papers on world models by Meta researchers?",
            "are any of the papers on world models?",
            "Meta",
        ),
        ("Shanghai AI Lab papers on agents", "papers on agents", "Shanghai AI Lab"),
        ("papers from Stanford on robotics", "papers on robotics", "Stanford"),
        ("papers about GUI agents by Alibaba", "papers about GUI agents", "Alibaba"),
        ("anything from Microsoft on small language models?", "anything on small language models?", "Microsoft"),
        ("papers from the Allen Institute for AI on open models", "papers on open models", "Allen Institute for AI"),
    ],
)
def test_an_organisation_beside_a_topic_is_taken_out(question, rest, org):
    assert stripped(question) == (rest, org)


@pytest.mark.parametrize(
    "question",
    [
        "Gemini papers on reasoning",  # a model's name: the topic
        "Generative AI papers on healthcare",  # an organisation word beside a word the papers use often
        "AI papers on healthcare",
        "Meta Learning papers on few-shot classification",  # a lab's name beside a word the papers use often
        "LLM papers about reasoning",
        "papers by NVIDIA on robotics",  # the digests list NVIDIA as an author
        "which papers use MCTS?",
    ],
)
def test_a_name_that_is_no_lab_stays(question):
    assert stripped(question) == (question, "")


def test_an_organisation_is_a_known_lab_or_a_rare_name_beside_an_organisation_word():
    assert is_org("Carnegie Mellon University", AUTHORS, VOCAB)
    assert not is_org("Responsible AI", AUTHORS, VOCAB)
    assert not is_org("OpenAI", AUTHORS, VOCAB)
    assert is_org("Google Brain", AUTHORS, VOCAB, phrase_df)
    assert not is_org("Meta Learning", AUTHORS, VOCAB, phrase_df)


@pytest.mark.parametrize(
    ("question", "rest", "org"),
    [
        ("what has Stanford published on LLM agents?", "which papers on LLM agents?", "Stanford"),
        ("what is Google DeepMind working on in robotics?", "which papers in robotics?", "Google DeepMind"),
        ("does Meta have papers on video generation?", "which papers on video generation?", "Meta"),
        (
            "what did researchers at Tencent publish about 3D generation?",
            "which papers about 3D generation?",
            "Tencent",
        ),
        ("DeepMind robotics papers", "robotics papers", "DeepMind"),
        ("Is Meta doing research on video generation?", "which papers on video generation?", "Meta"),
        ("what has Stanford published?", "which papers?", "Stanford"),
    ],
)
def test_an_organisation_doing_the_work_leaves_the_papers_asked(question, rest, org):
    assert stripped(question) == (rest, org)


def test_a_lab_is_known_by_its_names_and_its_models_families():
    assert lab_of("the Qwen team") == lab_of("Alibaba Qwen") == ("Alibaba", ("Qwen",))
    assert lab_of("Google DeepMind") == lab_of("DeepMind") == ("Google", ("Gemini", "Gemma"))
    assert lab_of("Tsinghua") is None
    m, group = named_lab("what has the Qwen team published?")
    assert m is not None and m.group(group) == "Qwen"


def test_a_labs_own_report_names_its_model_as_the_title_subject():
    qwen = ("Qwen",)
    for title in ("Qwen2.5 Technical Report", "Qwen2-VL: Enhancing …", "Qwen-Image Technical Report"):
        assert own_report(title, "Alibaba", qwen), title
    assert own_report("NVIDIA Nemotron Nano 2: An Accurate …", "NVIDIA", ("Nemotron",))
    assert own_report("Phi-4-Mini-Reasoning: Exploring …", "Microsoft", ("Phi",))
    assert own_report("DeepSeek-R1: Incentivizing Reasoning …", "DeepSeek", ("DeepSeek",))
    for title in ("DeepSeek-R1 Thoughtology: Let's <think> …", "o3-mini vs DeepSeek-R1: Which One is Safer?"):
        assert not own_report(title, "DeepSeek", ("DeepSeek",)), title
    assert not own_report("Meta-Chunking: Learning …", "Meta", ())  # the lab's name as a word, no model of it
    assert introduced_by("OpenAI introduces the o1 model series …", "OpenAI")
    assert not introduced_by("compares OpenAI's o3-mini and DeepSeek-R1", "OpenAI")


@pytest.mark.slow
def test_a_labs_papers_are_its_own_reports_with_the_caveat_and_unlisted_authors_are_said_so(retriever, corpus_settings):
    answerer = Answerer(replace(corpus_settings, llm="extractive"), retriever=retriever)
    qwen = answerer.ask("papers from the Qwen team")
    assert qwen.answer.startswith("The digests do not record the authors' affiliations")
    assert {"2412.15115", "2502.13923", "2505.09388"} <= {c["id"] for c in qwen.citations}
    deepseek = {c["id"] for c in answerer.ask("papers from DeepSeek").citations}
    assert "2501.12948" in deepseek and "2504.07128" not in deepseek
    dao = answerer.ask("papers by Tri Dao")  # listed by the handle "tridao", never read as Tri Cao
    assert [c["id"] for c in dao.citations] == ["2504.10449"] and "listed by the handle tridao" in dao.answer
    assert "2504.10449" not in {c["id"] for c in answerer.ask("papers by Tri Cao").citations}
    assert "listed by the handle jiajunwu" in answerer.ask("papers by Jiajun Wu").answer  # not Jiajun Xu's
    typo = answerer.ask("papers by Yoshua Bengoi")
    assert "reading Yoshua Bengio" in typo.answer and [c["id"] for c in typo.citations] == ["2502.15657"]


@pytest.mark.slow
def test_an_organisations_papers_on_a_topic_and_a_period_summarised_again(retriever, corpus_settings):
    answerer = Answerer(replace(corpus_settings, llm="extractive"), retriever=retriever)
    lab = answerer.ask("Microsoft Research papers on reasoning")
    assert lab.intent == "list" and "microsoft" not in lab.standalone.lower() and len(lab.citations) > 10
    assert lab.answer.startswith("The digests do not record the authors' affiliations")
    model = answerer.ask("Gemini papers on reasoning")  # a model's name is the topic
    assert (
        model.intent == "list" and "gemini" in " ".join(model.parsed["topics"]) and "affiliations" not in model.answer
    )
    first = answerer.ask("summarize the papers on agents from the week of January 20, 2025")
    again = answerer.ask("now summarize those", history=[(first.question, first.answer)])
    assert again.intent == "summary" and again.filters == first.filters == {
        "since": "2025-01-20",
        "until": "2025-01-26",
    }
    assert {c["id"] for c in again.citations} == {c["id"] for c in first.citations}


def test_a_rewritten_follow_up_keeps_the_chats_period(week_retriever, week_settings):
    """The LLM is the fake server of tests/fake_openai.py (no model runs here): its rewrite drops the period."""
    history = [("which papers on agents came out on 2025-01-22?", "3 papers in the digests match: …")]
    with FakeOpenAI(answers=["Summarize the papers on agents.", "They build agents [1]."]) as server:
        settings = replace(week_settings, llm="openai", llm_base_url=server.base_url, llm_model="ok")
        follow = Answerer(settings, retriever=week_retriever).ask("summarize them", history=history)
    assert follow.intent == "summary" and follow.parsed["topics"] == ["agents"]
    assert follow.filters == {"since": "2025-01-22", "until": "2025-01-22"}
    own = "which papers on agents came out on 2025-01-23?"
    with FakeOpenAI(answers=[own, "They build agents [1]."]) as server:
        settings = replace(week_settings, llm="openai", llm_base_url=server.base_url, llm_model="ok")
        swapped = Answerer(settings, retriever=week_retriever).ask("and on 2025-01-23?", history=history)
    assert swapped.filters == {"since": "2025-01-23", "until": "2025-01-23"}


def test_a_name_joined_to_a_family_is_the_labs_model_but_an_open_reproduction_is_not():
    assert own_report("Llama-Nemotron: Efficient Reasoning Models", "NVIDIA", ("Nemotron",))
    assert own_report("AceReason-Nemotron: Advancing Math and Code Reasoning …", "NVIDIA", ("Nemotron",))
    assert own_report("QwenLong-L1: Towards Long-Context …", "Alibaba", ("Qwen",))
    assert own_report("HunyuanImage 3.0 Technical Report", "Tencent", ("Hunyuan",))
    assert own_report("ARC-Hunyuan-Video-7B: Structured Video Comprehension …", "Tencent", ("Hunyuan",))
    assert not own_report("Open-Qwen2VL: Compute-Efficient Pre-Training …", "Alibaba", ("Qwen",))
    assert not own_report("Phidias: A Generative Model for Creating 3D Content …", "Microsoft", ("Phi",))
    assert not own_report("An Empirical Study of Qwen3 Quantization", "Alibaba", ("Qwen",))


def test_a_family_led_name_is_the_labs_when_the_summary_presents_it():
    gemini = ("Gemini", "Gemma")
    assert family_presented(
        "Gemini Robotics: Bringing AI into the Physical World",
        "This paper introduces Gemini Robotics, a family of AI models based on Gemini 2.0 …",
        gemini,
    )
    assert family_presented(
        "Qwen3 Embedding: Advancing Text Embedding …", "Qwen3 Embedding presents a new text embedding …", ("Qwen",)
    )
    assert not family_presented(
        "DeepSeek-R1 Thoughtology: Let's <think> about LLM Reasoning",
        'This paper introduces "Thoughtology," a systematic analysis of … DeepSeek-R1.',
        ("DeepSeek",),
    )


@pytest.mark.slow
def test_a_short_system_name_is_not_another_hyphenated_name_and_a_technical_report_is_its_systems(
    retriever, corpus_settings
):
    answerer = Answerer(replace(corpus_settings, llm="extractive"), retriever=retriever)
    others = {"2509.11543", "2504.10368", "2508.15763"}  # UI-S1, S1-Bench, Intern-S1
    cost = [c["id"] for c in answerer.ask("what is the training cost of s1?").citations]
    assert cost[:1] == ["2501.19393"] and not others & set(cost)
    assert not others & {c["id"] for c in answerer.ask("which papers use s1?").citations}
    assert answerer.ask("what is UI-S1?").citations[0]["id"] == "2509.11543"
    assert answerer.ask("what is Qwen3?").citations[0]["id"] == "2505.09388"
    when = answerer.ask("when did the Qwen3 technical report come out?")
    assert [c["id"] for c in when.citations] == ["2505.09388"] and "No paper" not in when.answer


@pytest.mark.parametrize(
    ("question", "rest", "lab"),
    [
        ("which papers on GRPO come from NVIDIA?", "which papers on GRPO?", "NVIDIA"),
        ("which papers on reasoning models are from OpenAI?", "which papers on reasoning models?", "OpenAI"),
        # the verb after the lab: what is asked of stands before it and is kept
        ("which papers on GRPO did NVIDIA write?", "which papers on GRPO?", "NVIDIA"),
        ("which papers on agents are from Google?", "", ""),  # no author of that name: `named_org` reads it
        ("which papers on GRPO come from Nemotron?", "", ""),  # a model family is no lab's name
    ],
)
def test_a_lab_the_digests_list_as_an_author_is_found_beside_a_topic(question, rest, lab):
    m, group = listed_lab(question, AUTHORS)
    assert (without_org(question, m, group) if m else "", m.group(group) if m else "") == (rest, lab)

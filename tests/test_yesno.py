"""Yes/no questions: existence questions in clause form read as the papers on the clause, and a named paper's
property answered Yes / No / "the digest does not say" from the sentence that decides it."""

from __future__ import annotations

from dataclasses import replace

import pytest

from rag import yesno
from rag.answer import Answerer
from rag.papers import Paper
from rag.understand import existence_frame, understand

VOCAB = {"tokenization": 30, "counting": 20, "chain-of-thought": 300, "mirage": 3, "grpo": 200, "medical": 300}


@pytest.mark.parametrize(
    ("question", "framed"),
    [
        ("did anyone study whether tokenization affects counting?", "is there a paper on tokenization counting?"),
        ("is there a paper showing that LLMs cannot count letters?", "is there a paper on LLMs count letters?"),
        ("has anyone found that reasoning makes LLMs wrong", "is there a paper on reasoning LLMs wrong"),
        ("is there any study on whether RAG really helps", "is there a paper on RAG"),
        ("has anyone applied GRPO to medical imaging?", "has anyone used GRPO for medical imaging?"),
        (
            "are there papers showing that bigger models hallucinate less?",
            "is there a paper on bigger models hallucinate less?",
        ),
        ("have researchers checked if LoRA can forget less?", "is there a paper on LoRA forget less?"),
    ],
)
def test_an_existence_clause_keeps_its_topic_words_only(question: str, framed: str) -> None:
    assert existence_frame(question) == (framed, True)


@pytest.mark.parametrize(
    "question",
    [
        "is there a paper on Mamba for ASR?",
        "is interest in GRPO growing?",
        "does DeepSeek-R1 use SFT?",
        "are there papers that combine Mamba with federated learning?",
    ],
)
def test_other_questions_keep_their_frame(question: str) -> None:
    assert existence_frame(question) == (question, False)


def test_an_existence_question_is_a_list_asked_yes_or_no() -> None:
    parsed = understand("did anyone study whether chain-of-thought is a mirage?", VOCAB, {})
    assert (parsed.intent, parsed.exists, parsed.topics) == ("list", True, ["chain-of-thought mirage"])
    assert not understand("which papers use GRPO?", VOCAB, {}).exists


def paper(summary: str, title: str = "A paper") -> Paper:
    return Paper(id="2501.00001", title=title, summaries=[summary], dates=["2025-01-01"])


SFT = [[["supervis", "fine", "tune"], ["sft"]]]


@pytest.mark.parametrize(
    ("summary", "said"),
    [
        ("It learns with RL without supervised fine-tuning (SFT). Then rejection sampling with SFT follows.", "yes"),
        ("It reasons well without relying on supervised fine-tuning. It beats larger models on MRI data.", "no"),
        ("An SFT-free recipe that reaches 80% on AIME, far beyond earlier open models.", "no"),
        ("Its RL recipe outperforms supervised fine-tuning on six benchmarks by a wide margin.", "against"),
        ("It is a minimal RL recipe, offering a scalable alternative to SFT-based approaches.", "against"),
        ("It caches the keys and values of background tokens while editing images.", "unstated"),
        ("The recipe not only uses supervised fine-tuning but also RL.", "yes"),
        # the cue nearest before it decides: "without loss" is not what is said of SFT here
        ("It edits 10,000 facts without loss of accuracy and is 61% faster than supervised fine-tuning.", "against"),
    ],
)
def test_the_deciding_sentence_gives_the_verdict(summary: str, said: str) -> None:
    assert yesno.verdict(paper(summary), SFT).said == said


def test_a_name_and_the_asking_verb_are_no_part_of_the_property() -> None:
    concepts = [[" octotool requir train "]]
    assert yesno.asked_forms(concepts, " octotools ") == [[["train"]]]
    assert yesno.asked_forms([[" gazal r1 "], [" grpo ", " group relat polici optimiz "]], " gazal r1 ") == [
        [["grpo"], ["group", "relat", "polici", "optimiz"]]
    ]

    # "Qwen2.5VL" asks of the paper named "Qwen2.5-VL": its glued "5vl" is the name's, not a property
    assert yesno.asked_forms([[" 5vl "], [" reinforc learn "]], " qwen2 5 vl ") == [[["reinforc", "learn"]]]


def test_the_subject_of_a_yes_no_question_is_its_first_word() -> None:
    assert yesno.asked_subject("does GPT-4.1 use reinforcement learning?") == "GPT-4.1"
    assert yesno.asked_subject("is Qwen2.5-VL trained on video?") == "Qwen2.5-VL"
    assert yesno.asked_subject("does GPT-4o outperform Claude-3.5 on MathVista?") == ""
    assert yesno.asked_subject("is GLM-4.5 better than GPT-4.1 on SWE-bench Verified?") == ""
    assert yesno.asked_subject("does GPT-4.1 work without tools?") == ""


def test_every_concept_asked_is_named_in_the_deciding_clause() -> None:
    asked = [[["outperform", "o1"]], [["aime"]]]
    assert yesno.verdict(paper("It scores 79.8% on AIME 2024, surpassing OpenAI-o1."), asked).said == "unstated"
    moe = [[["mixtur", "expert"]]]
    assert yesno.verdict(paper("A model built on lightning attention and Mixture of Experts."), moe).said == "yes"


def test_a_family_name_asked_is_written_with_its_version() -> None:
    qwen = [[["qwen"]]]
    assert yesno.verdict(paper("It fine-tunes a pre-trained Qwen2.5-32B-Instruct model."), qwen).said == "yes"
    assert yesno.verdict(paper("It fine-tunes a pre-trained QwenLM-style model."), qwen).said == "unstated"
    assert yesno.verdict(paper("Built on LLaMA3.1-8B."), [[["llama"]]]).said == "yes"


def test_a_size_written_with_hyphens_is_a_figure_and_a_name_is_no_size() -> None:
    said = yesno.stated_figures("This approach trained a 12-billion-parameter model on 10 trillion tokens.")
    assert said[0].value == 12e9 and said[0].scaled
    assert yesno.written_names("does LongCodeZip's compressor have more than 1.5B parameters?") == ["LongCodeZip"]
    assert yesno.written_names("was the NVFP4 model bigger than 20B?") == ["NVFP4"]


@pytest.fixture(scope="module")
def answerer(retriever, corpus_settings):
    return Answerer(replace(corpus_settings, llm="extractive"), retriever=retriever)


@pytest.mark.slow
def test_yes_no_questions_on_the_corpus(answerer):
    mirage = answerer.ask("did anyone study whether chain-of-thought is a mirage?")
    assert mirage.answer.startswith("Yes: 1 paper") and mirage.citations[0]["id"] == "2508.01191"
    none = answerer.ask("did anyone study whether LLMs can forecast earthquakes?")
    assert none.answer.startswith("I found no paper") and not none.citations
    r1 = answerer.ask("does DeepSeek-R1 use supervised fine-tuning?")
    assert r1.answer.startswith("Yes: **DeepSeek-R1") and "rejection sampling with supervised fine-tuning" in r1.answer
    med = answerer.ask("does MedVLM-R1 use supervised fine-tuning?")
    assert med.answer.startswith("No: ") and "without relying on supervised fine-tuning" in med.answer
    turned = answerer.ask("does MedVLM-R1 work without supervised fine-tuning?")  # asked without: turned round
    assert turned.answer.startswith("Yes: **MedVLM-R1") and "without relying on supervised fine-tuning" in turned.answer
    encore = answerer.ask("can ENCORE do 10,000 edits without losing performance?")  # "a novel approach called ENCORE"
    assert encore.answer.startswith("Yes: ") and "10,000 sequential edits without loss" in encore.answer
    r1_without = answerer.ask("does DeepSeek-R1 work without SFT?")  # its aim says without, its pipeline uses it
    assert r1_without.answer.startswith("No: ") and "rejection sampling with supervised" in r1_without.answer
    against = answerer.ask("does ENCORE use MEMIT?")  # "without loss …, and is 61% faster than MEMIT"
    assert against.answer.startswith("The digest does not say that") and "compared with" in against.answer
    limo = answerer.ask("did LIMO use qwen")  # the summary writes "Qwen2.5-32B-Instruct"
    assert limo.answer.startswith("Yes: **LIMO") and "Qwen2.5-32B-Instruct" in limo.answer
    kv = answerer.ask("does KV-Edit use reinforcement learning?")
    assert kv.answer.startswith("The digest does not say") and kv.citations[0]["id"] == "2502.17363"


def test_a_code_question_is_answered_by_the_link_not_the_summary() -> None:
    linked = replace(paper("It is a benchmark of code reasoning."), code_urls=["https://github.com/a/b"])
    asked = yesno.code_text(2, linked, "does A paper have code?")
    assert asked == "Yes: the digest links the code of **A paper** [2]: https://github.com/a/b"
    assert yesno.code_text(2, linked, "where is the code for A paper?").startswith("The digest links the code")
    said = yesno.code_text(1, paper("A fast solver. The source code for it is publicly available."))
    assert said.startswith("The digest gives no code link") and said.endswith("is publicly available.")
    none = yesno.code_text(1, paper("It surpasses open-source code LLMs on HumanEval."))
    assert none.startswith("The digest does not say: it gives no code link")
    assert yesno.code_only([[["code"]], [["avail"]]]) and not yesno.code_only([[["weight"]]])
    assert yesno.code_question("where can I find its code?", "A paper")
    assert yesno.code_question("does the second one have code?", "A paper")
    assert not yesno.code_question("what does it use code generation for?", "A paper")


@pytest.mark.slow
def test_code_questions_on_the_corpus(answerer):
    r1 = answerer.ask("does DeepSeek-R1 have code?")
    assert r1.answer.startswith("The digest does not say: it gives no code link")
    assert r1.citations[0]["id"] == "2501.12948"
    mmvu = answerer.ask("does MMVU have code?")
    assert "https://github.com/yale-nlp/MMVU" in mmvu.answer.split("\n")[0]
    first = answerer.ask("what is Native Sparse Attention?")
    it = answerer.ask("does it have code?", history=[("what is Native Sparse Attention?", first.answer)])
    assert "no code link" in it.answer and it.citations[0]["id"] == "2502.11089"
    listed = answerer.ask("which papers have code on GitHub?")
    assert len(listed.citations) == 8 and listed.filters.get("has_code")


@pytest.mark.parametrize(
    ("question", "names"),
    [
        ("does Chain of Draft use MCTS?", ["Chain of Draft", "Chain"]),
        # longest first, which of them a paper bears is the index's to say
        ("does Kimi k1.5 use mirror descent?", ["Kimi k1.5 use mirror", "Kimi k1.5 use", "Kimi k1.5", "Kimi"]),
        ("did SAM 2 use a memory bank?", ["SAM 2 use a memory", "SAM 2 use", "SAM 2", "SAM"]),
        ("does GHOST 2.0 outperform StyleHEAT?", []),  # a comparison
        ("does MedVLM-R1 work without supervised fine-tuning?", []),  # a negated ask
        ("do any papers use MCTS?", []),
    ],
)
def test_a_named_question_splits_into_name_and_property(question: str, names: list[str]) -> None:
    assert [name for name, _ in yesno.named_splits(question)] == names


def test_a_model_named_as_papers_write_it() -> None:
    assert yesno.capitalised_name("DeepSeek-V3") and yesno.capitalised_name("Chain of Draft")
    assert not yesno.capitalised_name("research on 3D Gaussian")
    assert yesno.asks_use("use a memory bank") and yesno.asks_use("rely on attention sinks")
    assert not yesno.asks_use("outperform StyleHEAT")
    pattern = yesno.model_pattern("SAM 2")
    assert pattern.search("built on SAM2 and SAM-2.1") and not yesno.model_pattern("Grok").search("Grokking")


def test_a_summary_opening_with_the_name_is_its_papers_own() -> None:
    own = paper("AlphaMed explores minimalist rule-based RL for medical reasoning.", "Beyond Distillation: Medical RL")
    assert yesno.opens_with(own, "AlphaMed")
    studied = paper("DeepSeek-V3 achieves strong results.", "Insights into DeepSeek-V3: Scaling Challenges")
    assert not yesno.opens_with(studied, "DeepSeek-V3")


def test_a_concept_that_is_the_name_is_no_part_of_the_property() -> None:
    concepts = [[" chain of draft ", " cod "], [" mct ", " mont carlo tree search "]]
    assert yesno.asked_forms(concepts, " chain of draft ") == [[["mct"], ["mont", "carlo", "tree", "search"]]]


def test_a_yes_in_other_words_is_every_word_in_one_sentence_not_set_against() -> None:
    convolutions = [[["3d", "convolut"]]]
    said = paper("It stacks temporal blocks with a 3D kernel: convolution in time.")
    assert yesno.loosely_named(said, convolutions)
    replaced = paper("It augments human expertise rather than replace it.")
    assert not yesno.loosely_named(replaced, [[["replac", "human", "expertis"]]])
    assert yesno.closest_sentence(replaced, [[["replac", "human", "expertis"]]])
    assert not yesno.closest_sentence(paper("A diffusion-free model of motion."), [[["preferenc", "optimiz"]]])


@pytest.mark.slow
def test_a_paper_named_by_its_name_always_gets_a_verdict(answerer):
    draft = answerer.ask("does Chain of Draft use MCTS?")
    assert draft.answer.startswith("The digest does not say") and draft.citations[0]["id"] == "2502.18600"
    kimi = answerer.ask("does Kimi k1.5 use online mirror descent?")
    assert kimi.answer.startswith("Yes: **Kimi k1.5") and "online mirror descent" in kimi.answer
    mcts = answerer.ask("does Kimi k1.5 use MCTS?")  # its own summary decides, not MCTS-RAG's
    assert mcts.answer.startswith("The digest does not say") and mcts.citations[0]["id"] == "2501.12599"
    alpha = answerer.ask("does AlphaMed use supervised fine-tuning?")  # the summary opens with its name
    assert alpha.answer.startswith("No: ") and alpha.citations[0]["id"] == "2505.17952"


@pytest.mark.slow
def test_a_model_only_mentioned_is_said_so(answerer):
    v3 = answerer.ask("does DeepSeek-V3 use multi-token prediction?")
    assert v3.answer.startswith("The digests do not say: none of their papers is DeepSeek-V3's own")
    assert v3.citations[0]["id"] == "2505.09343"  # "Insights into DeepSeek-V3" names it in its title


def test_a_title_is_a_models_own_with_at_most_a_version_or_report_after_its_name() -> None:
    assert yesno.own_title("GPT-4o System Card", "GPT-4o") and yesno.own_title("Gemini 2.5: Pushing …", "Gemini")
    assert yesno.own_title("Kimi k1.5: Scaling Reinforcement Learning with LLMs", "Kimi k1.5")
    assert not yesno.own_title("Llama-3.1-FoundationAI-SecurityLLM-Base-8B Technical Report", "LLaMA")
    assert not yesno.own_title("Insights into DeepSeek-V3: Scaling Challenges", "DeepSeek-V3")


def test_a_change_asked_by_its_verb_is_said_by_its_comparative():
    fewer = "CoD matches CoT accuracy while using up to 92.4% fewer tokens."
    assert yesno.writes_all(fewer, [[yesno.stems("reduce tokens")]])
    assert not yesno.writes_all(fewer, [[yesno.stems("increase tokens")]])
    assert not yesno.writes_all("It uses more tokens.", [[yesno.stems("reduce tokens")]])


@pytest.mark.parametrize(
    ("question", "name"),
    [
        ("is FormalMATH a benchmark for theorem provers?", "FormalMATH"),
        ("was ToMAP trained with reinforcement learning?", "ToMAP"),
        ("can LeanK reduce GPU memory usage?", "LeanK"),
        ("has OVO-Bench evaluated Gemini 1.5 Pro?", "OVO-Bench"),
        ("were the SplatFlow results on MVImgNet?", "SplatFlow"),
    ],
)
def test_a_name_is_asked_after_is_was_can_and_has_too(question: str, name: str) -> None:
    assert name in [n for n, _ in yesno.named_splits(question)]


def test_the_participle_that_opens_the_ask_is_how_it_is_asked() -> None:
    assert yesno.frame_stems("trained with GRPO") == ["train"]
    assert yesno.frame_stems("fine-tuned with LoRA") == ["fine", "tune"]
    assert yesno.frame_stems("been evaluated on Waymo") == ["evalu"]
    assert yesno.frame_stems("fine-tuned") == [] and yesno.frame_stems("a benchmark for Z") == []
    concepts = [[" mv adapt train "], [" full fine tune ", " fft "]]
    asked = yesno.asked_forms(concepts, " mv adapter ", yesno.frame_stems("trained with full fine-tuning"))
    assert asked == [[["full", "fine", "tune"], ["fft"]]]


def test_a_kind_is_said_only_by_a_sentence_about_the_name() -> None:
    benchmark = [[["benchmark"]]]
    about = yesno.model_pattern("StreamBP")
    other = paper("StreamBP trains long sequences. It keeps accuracy on benchmarks like RULER.", "StreamBP: Exact BP")
    assert yesno.verdict(other, benchmark).said == "yes"  # any sentence, asked what it uses
    assert yesno.verdict(other, benchmark, about).said == "unstated"
    own = paper("This paper introduces FormalMATH, a Lean4 benchmark of 5,560 problems.", "FormalMATH: Benchmarking")
    assert yesno.verdict(own, benchmark, yesno.model_pattern("FormalMATH")).said == "yes"


R1_STEPS = (
    "It asks how to reason with RL without supervised fine-tuning (SFT). A multi-stage pipeline involving initial"
    " fine-tuning on cold-start data, followed by reasoning-oriented RL, rejection sampling with supervised"
    " fine-tuning, and finally, reinforcement learning for all scenarios."
)
RL = [["rl"], ["reinforc", "learn"]]


def test_an_order_is_read_from_a_sentence_giving_steps() -> None:
    assert yesno.order_asked("use SFT before RL") == ("use SFT", "RL")
    assert yesno.order_asked("use RL after SFT") == ("SFT", "use RL")
    assert yesno.order_asked("generate a coarse video first") == ("generate a coarse video", "")
    assert yesno.order_asked("use a memory bank") is None
    assert (
        yesno.step_phrase("use SFT") == "SFT"
        and yesno.step_phrase("learn the scaling factor") == "learn scaling factor"
    )
    steps = paper(R1_STEPS)
    assert yesno.order_verdict(steps, SFT[0], RL).said == "yes"
    turned = paper("It trains in two stages: on-policy RL is run after an SFT warm-up.")
    assert yesno.order_verdict(turned, SFT[0], RL).said == "yes"
    assert yesno.order_verdict(turned, RL, SFT[0]).said == "no"
    assert yesno.order_verdict(paper("It uses SFT and RL."), SFT[0], RL).said == "unstated"  # no steps given
    video = paper("A three-stage pipeline: generating a coarse video, optimizing 3D features, and regenerating it.")
    assert yesno.order_verdict(video, [["generat", "coars", "video"]], []).said == "yes"
    assert yesno.order_verdict(video, [["optim", "3d", "featur"]], []).said == "unstated"


def test_a_method_mentioned_is_quoted_beside_the_asked_words_not_its_own_spelling() -> None:
    grpo = yesno.model_pattern("GRPO")
    spelled = paper("It applies Group Relative Policy Optimization (GRPO) to speech.")
    on_policy = [[["on", "polici"]]]
    assert not yesno.mention_sentence(spelled, grpo, on_policy, "group relative policy optimization")
    said = paper("A pipeline: SFT, then on-policy RL (GRPO) from each checkpoint.")
    assert yesno.mention_sentence(said, grpo, on_policy, "group relative policy optimization")
    assert yesno.phrase_written(said.summary, on_policy)


@pytest.mark.slow
def test_other_wordings_of_a_named_yes_no_get_a_verdict(answerer):
    mv = answerer.ask("is MV-Adapter trained with full fine-tuning?")
    assert mv.answer.startswith("No: ") and mv.citations[0]["id"] == "2412.03632"
    tomap = answerer.ask("was ToMAP trained with reinforcement learning?")
    assert tomap.answer.startswith("Yes: **ToMAP") and tomap.citations[0]["id"] == "2505.22961"
    r1 = answerer.ask("did DeepSeek-R1 use SFT before RL?")
    assert r1.answer.startswith("Yes: **DeepSeek-R1") and "followed by reasoning-oriented RL" in r1.answer
    grpo = answerer.ask("is GRPO an on-policy method?")
    assert grpo.answer.startswith("The digests do not say: none of their papers is GRPO's own")
    assert "on-policy" in grpo.answer.split("\n")[2]


def test_when_a_paper_came_out_is_no_order_of_its_steps() -> None:
    assert yesno.order_asked("released before o1") is None
    assert yesno.order_asked("published after March") is None


def test_a_word_of_another_meaning_is_no_form_of_the_asked_one() -> None:
    critic = [[["critic"]]]
    assert yesno.verdict(paper("It tunes agents on critical steps of expert trajectories."), critic).said == "unstated"
    assert yesno.verdict(paper("An actor and a critic are trained jointly."), critic).said == "yes"
    assert yesno.writes_all("Training on demographically diverse data.", [[["demograph"]]])  # one meaning: a yes
    assert yesno.sensed([[["critic"]]], "is the step critical?") == [[["critical"]]]
    assert yesno.sensed([[["critic"]]], "does it use a critic?") == [[["critic"]]]


def test_an_acronym_and_its_words_count_alike() -> None:
    text = "HiKE, a code-switching benchmark, improves ASR performance."
    twins = yesno.acronym_twins(
        [[["speech", "recognit", "benchmark"]]], text, "is HiKE a speech recognition benchmark?"
    )
    assert ["asr", "benchmark"] in twins[0]
    spelled = yesno.acronym_twins([[["tts", "model"]]], "a text-to-speech language model", "does X use a TTS model?")
    assert ["text", "speech", "model"] in spelled[0]
    attack = "The attack success rate (ASR) rises to 90%."  # spelled out as something else: no twin
    assert yesno.acronym_twins([[["speech", "recognit"]]], attack, "does X do speech recognition?") == [
        [["speech", "recognit"]]
    ]


def test_another_papers_sentence_says_a_property_of_the_method_it_classes_or_qualifies() -> None:
    grpo, rft = yesno.model_pattern("GRPO"), yesno.model_pattern("RFT")
    critic = [[["critic"]]]
    assert yesno.said_of("critic-free algorithms like GRPO are robust.", grpo, critic) == "no"
    assert yesno.said_of("We train the critic with GRPO.", grpo, critic) == ""  # GRPO trains it; uses none
    assert yesno.said_of("A simple, critic-free GRPO variant.", grpo, critic) == ""  # a variant, not GRPO
    assert yesno.said_of("In GRPO-style training clipping is a more critical mechanism.", grpo, critic) == ""
    failed = [[["fail", "expert", "trajectori"]]]
    said = "Rejection Sampling Fine-Tuning (RFT), which discards failed expert trajectories, is limited."
    assert yesno.said_of(said, rft, failed) == "no"
    assert yesno.said_of(said, rft, [[["discard", "fail", "trajectori"]]]) == "yes"
    assert yesno.said_of("GRPO does not require a critic.", grpo, critic) == "no"
    free = yesno.stated([paper("critic-free algorithms like GRPO are robust.")], grpo, [[["critic", "free"]]])
    assert free is not None and (free.said, free.uses) == ("yes", False)


@pytest.mark.slow
def test_a_method_only_others_describe_gets_their_verdict(answerer):
    critic = answerer.ask("does GRPO use a critic?")
    assert critic.answer.startswith("No: ") and critic.citations[0]["id"] == "2509.08827"
    assert "critic-free algorithms like GRPO" in critic.answer and "critical" not in critic.answer
    free = answerer.ask("is GRPO critic-free?")
    assert free.answer.startswith("Yes: ") and free.citations[0]["id"] == "2509.08827"
    atlas = answerer.ask("does ATLaS use a critic?")  # its summary writes "critical steps"
    assert atlas.answer.startswith("The digest does not say") and atlas.citations[0]["id"] == "2503.02197"
    barl = answerer.ask("does BARL reduce the number of tokens?")  # asked neither as used nor as "-free"
    assert "none of the digests' papers is BARL's own" not in barl.answer
    hike = answerer.ask("is HiKE a speech recognition benchmark?")  # its summary writes "ASR"
    assert hike.answer.startswith("Yes: **HiKE") and hike.citations[0]["id"] == "2509.24613"


@pytest.mark.slow
def test_a_yes_no_asked_in_another_language_gets_the_english_verdict(answerer):
    for asked in (
        "¿ARWKV utiliza destilación de conocimiento?",
        "est-ce que ARWKV utilise la distillation de connaissances ?",
        "Verwendet ARWKV eine Wissensdestillation?",
    ):
        said = answerer.ask(asked)
        assert said.answer.startswith("Yes: **ARWKV") and said.citations[0]["id"] == "2501.15570", asked


def test_the_other_side_of_a_contrasting_pair_says_no_by_what_it_is_written_beside() -> None:
    both = paper("It deploys the draft model on the CPU and the target model on the GPU for parallel decoding.")
    draft = [[["run"]], [["draft", "model"]]]
    on_gpu = yesno.contrast_asked("does X run the draft model on the GPU?", [*draft, [["gpu"]]])
    found = yesno.verdict(both, [*draft, [["gpu"]]], contrast=on_gpu)
    assert (found.said, found.instead, found.side) == ("no", "CPU", "GPU")
    assert "says CPU, not GPU" in yesno.answer_text(1, both, "GPU", found, False)
    on_cpu = yesno.contrast_asked("does X run the draft model on the CPU?", [*draft, [["cpu"]]])
    assert yesno.verdict(both, [*draft, [["cpu"]]], contrast=on_cpu).said == "yes"  # "deploys" runs it
    offline = paper("It trains small KV caches offline with self-study.")
    online = yesno.contrast_asked("are caches trained online?", [[["onlin"]]], ["train"])
    assert yesno.verdict(offline, [[["onlin"]]], contrast=online).said == "no"
    unlike = paper("Unlike GPU-bound methods, it trains small caches offline.")
    on_gpu_only = yesno.contrast_asked("is it trained on CPUs?", [[["cpu"]]], ["train"])
    assert yesno.verdict(unlike, [[["cpu"]]], contrast=on_gpu_only).said == "unstated"  # set against, no verdict
    named = yesno.contrast_asked("is Foo closed-source?", [[["close", "sourc"]]], about=yesno.model_pattern("Foo"))
    assert (
        yesno.verdict(paper("Foo is a compact open-source model."), [[["close", "sourc"]]], contrast=named).said == "no"
    )
    others = paper("It evaluates ten open-source models on math.")  # not said of the paper's own system
    assert yesno.verdict(others, [[["close", "sourc"]]], contrast=named).said == "unstated"
    assert yesno.contrast_asked("is it self-supervised?", [[["self", "supervis"]]]) is not None
    assert yesno.contrast_asked("does it use CPUs and GPUs?", [[["cpu"]], [["gpu"]]]) is None  # both sides asked


@pytest.mark.parametrize(
    ("question", "said", "figure"),
    [
        ("did X train models bigger than 10B?", "no", "4 billion parameters"),
        ("did X train models up to 4B parameters?", "yes", "4 billion parameters"),
        ("does X have fewer than 500M parameters?", "yes", "124M"),
        ("is X larger than 1B parameters?", "yes", "4 billion parameters"),
        ("does X cover at least 50 languages?", "no", "17 languages"),
        ("does X cover more than 10 languages?", "yes", "17 languages"),
        ("does X give more than a 3x speedup?", "no", "2.6x speedup"),
        ("was X trained on over 20B tokens?", "yes", "28 billion Dutch tokens"),
    ],
)
def test_a_figure_comparison_is_weighed_against_the_figure_of_its_kind(question: str, said: str, figure: str) -> None:
    summary = (
        "It trains models from 124M to 4 billion parameters on 28 billion Dutch tokens, beating Qwen2.5-72B."
        " It covers 17 languages and gives a 2.6x speedup on 1024x1024 images."
    )
    asked = yesno.figure_asked(question)
    assert asked is not None
    found = yesno.figure_verdict(paper(summary), asked)
    assert (found.said, found.instead) == (said, figure)


def test_a_figure_not_comparable_is_no_figure_question() -> None:
    assert yesno.figure_asked("is X better than Y?") is None
    assert yesno.figure_asked("does X have more than 3?") is None  # a bare count: of what?
    assert yesno.figure_asked("what models are bigger than 10B?") is None  # not asked yes or no
    found = yesno.figure_verdict(paper("It outperforms Qwen2.5-72B on math."), yesno.figure_asked("is X over 10B?"))
    assert found.said == "unstated"  # another model's size in its name


@pytest.mark.slow
def test_contrasting_values_and_figures_get_a_verdict_on_the_corpus(answerer):
    gpu = answerer.ask("does DuoDecoding run the draft model on the GPU?")
    assert gpu.answer.startswith("No: ") and "draft model on the CPU" in gpu.answer
    cpu = answerer.ask("does DuoDecoding run the draft model on the CPU?")
    assert cpu.answer.startswith("Yes: **DuoDecoding") and cpu.citations[0]["id"] == "2503.00784"
    muon = answerer.ask("did the Muon practical efficiency paper train models bigger than 10B?")
    assert muon.answer.startswith("No: ") and "4 billion parameters" in muon.answer
    assert muon.citations[0]["id"] == "2505.02222"
    # "the Muon paper": the one title about Muon is taken as it (named39), and its figure is weighed the same
    taken = answerer.ask("did the Muon paper use models larger than 1B parameters?")
    assert "taken as the Muon paper" in taken.answer and "\n\nYes: " in taken.answer
    # a paper named by a word its title writes, or by its name before "'s" (probe40 Y03; facts6_dev)
    nvfp4 = answerer.ask("was the NVFP4 model bigger than 20B parameters?")
    assert nvfp4.answer.startswith("No: ") and "12-billion" in nvfp4.answer
    assert nvfp4.citations[0]["id"] == "2509.25149"
    zipped = answerer.ask("does LongCodeZip's compression model have more than 1B parameters?")
    assert zipped.answer.startswith("No: ") and "0.5B" in zipped.answer
    snap = answerer.ask("does SnapGen have fewer than 500M parameters?")
    assert snap.answer.startswith("Yes: **SnapGen") and "379 million parameters" in snap.answer


def test_a_paper_asked_without_something_is_answered_turned_round() -> None:
    asked = yesno.without_asked("can ENCORE do 10,000 edits without losing performance?")
    assert asked is not None and asked.head == "can ENCORE do 10,000 edits?" and asked.wanted == ["lose", "perform"]
    assert yesno.without_asked("does X not work without SFT?") is None  # twice negated
    assert yesno.without_asked("does X use SFT?") is None

    def said(summary: str, question: str) -> yesno.Verdict:
        ask = yesno.without_asked(question)
        assert ask is not None
        return yesno.without_verdict(paper(summary), ask, "X", [ask.wanted])

    aim = "The main research question is how to edit without causing loss of downstream performance. "
    done = "X can perform 10,000 sequential edits without loss of downstream performance."
    found = said(aim + done, "can X do 10,000 edits without losing performance?")
    assert found.said == "yes" and found.sentence == done  # the result, not the aim, and the one doing the asked
    assert said("X is a training-free method for editing.", "does X work without training?").said == "yes"
    assert said("X is a no-retraining compression method.", "does X work without retraining?").said == "yes"
    uses = "A backbone reads video frames, camera poses, and timestamps."
    assert said(uses, "does X work without camera poses?").said == "no"
    assert said("It sets out how to work without camera poses. " + uses, "does X work without camera poses?") == (
        yesno.Verdict("no", uses, despite="It sets out how to work without camera poses.")
    )
    assert said("X shows a 1% performance loss on MMLU.", "does X work without losing performance?").said != "no"
    assert said("X clips policy ratios dynamically.", "does X work without a value model?").said == "unstated"


def test_a_summary_calling_its_method_so_names_its_own() -> None:
    summary = "The key methodology used is a novel approach called ENCORE, which stops early."
    assert yesno.called_so(paper(summary, "Lifelong Editing without Degradation"), "ENCORE")
    assert not yesno.called_so(paper(summary, "Insights into ENCORE"), "ENCORE")
    assert not yesno.called_so(paper("It beats ENCORE on edits."), "ENCORE")


def test_a_bare_size_names_no_system():
    """ "smaller than 8B": the 8B side is a size, not the model a summary presents at that size."""
    from rag.answer import Answerer

    minicpm = paper("This paper presents MiniCPM-V 4.5, an 8B parameter Multimodal Large Language Model.")
    assert not Answerer.introduces(minicpm, "8B")
    assert Answerer.introduces(minicpm, "MiniCPM-V 4.5")

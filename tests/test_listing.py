"""List candidates: looser names of a technique, acronyms that mean something else, the dense gate,
and the use/mention cues those candidates meet."""

import numpy as np

from rag.listing import (
    KIND_FORMS,
    PREFIX_SHARE,
    acronym_casing,
    acronym_inside,
    acronym_places,
    acronym_senses,
    aliases,
    as_written,
    back_off_steps,
    cased_pattern,
    closed_spellings,
    common_names,
    compounds,
    corpus_casing,
    gate,
    kinds_of,
    lone_modifier,
    loose_forms,
    model_head_re,
    model_twins,
    modifier_pairs,
    name_pattern,
    of_a_kind,
    of_pairs,
    only_as_a_word,
    only_in_dataset_names,
    open_spellings,
    other_kind,
    other_meaning,
    phrase_forms,
    prefix_share,
    qualifiers,
    respelled,
    rival_sense,
    spellings,
    split_verb,
    standalone,
    task_twins,
    topic_words,
    verb_led,
    word_forms,
    word_variants,
    written_as,
    written_as_name,
)
from rag.papers import Paper
from rag.shapes import form_in, gerund_stems, is_mention, stemmed_corpus, uses_topic
from rag.understand import stem_key, stems

GENERIC = frozenset(stem_key("large language model models network neural").split())


def paper(pid: str, title: str, summary: str) -> Paper:
    return Paper(id=pid, title=title, summaries=[summary], authors=[], dates=["2025-01-02"])


def test_loose_forms_drop_generic_words_and_allow_reordering():
    forms = loose_forms(stem_key("latent diffusion model").split(), GENERIC, share=0.05)
    assert "%latent diffus" in forms
    (doc,) = stemmed_corpus([paper("1", "T", "We train a latent video diffusion model on clips.")])
    assert any(form_in(f, doc) for f in forms)
    audio = loose_forms(stem_key("large audio language model").split(), GENERIC, share=0.05)
    (doc,) = stemmed_corpus([paper("2", "Whisper-GPT: an audio large language model", "It listens.")])
    assert any(form_in(f, doc) for f in audio)
    # "audio" alone is too common to stand for the technique; a rare word alone may.
    assert " audio " not in audio
    assert " recurr " in loose_forms(stem_key("recurrent neural network").split(), GENERIC, share=0.004)
    assert " recurr " not in loose_forms(stem_key("recurrent neural network").split(), GENERIC, share=0.05)
    assert loose_forms(["gnn"], GENERIC, share=0.0) == []


def test_a_word_mostly_joined_by_a_hyphen_to_the_next_is_a_prefix():
    """ "meta" in "meta-learning", "Meta-Chunking", "meta-reward models" is a prefix that names nothing alone;
    "causal" in "causal attention", "causal Transformer" stands alone."""
    text = "meta-learning for few shots. meta-chunking of text. a meta-reward model. meta learning again."
    assert prefix_share("meta", text) >= PREFIX_SHARE
    causal = "causal attention masks. a causal transformer. causal-aware tracing. causal masks."
    assert prefix_share("causal", causal) < PREFIX_SHARE
    assert prefix_share("absent", text) == 0.0


def test_window_forms_keep_order_and_sentence():
    (doc,) = stemmed_corpus([paper("1", "T", "Diffusion happens. The latent space is small.")])
    assert not form_in("%latent diffus", doc)
    assert not form_in("%diffus latent", stem_key("latent diffusion"))


def test_acronym_inside_a_longer_name():
    forms = acronym_inside(stem_key("large audio language model").split(), {"llm": "large language model"})
    assert forms == ["%audio llm"]
    assert form_in(forms[0], stem_key("Do you need audio to fine-tune your audio LLM?"))


def test_an_acronym_takes_the_place_of_its_words_inside_or_around_the_others():
    llm = {"llm": "large language model"}
    assert acronym_places(stem_key("large audio language model").split(), llm) == [("llm", ["audio", "llm"])]
    assert acronym_places(stem_key("large language model agents").split(), llm) == [("llm", ["llm", "agent"])]
    assert acronym_places(stem_key("large language model").split(), llm) == []  # the whole name is its twin
    assert acronym_places(stem_key("language model for audio").split(), llm) == []


def test_an_acronym_slash_joined_to_one_of_its_kind_stands_on_its_own():
    acronyms = {
        "ppo": "proximal policy optimization",
        "grpo": "group relative policy optimization",
        "ci": "context integrity",
        "cd": "chamfer distance",
    }
    grpo = of_a_kind(acronyms, stem_key("group relative policy optimization"))
    text = "trained by pre-training, supervised fine-tuning and reinforcement learning (PPO/GRPO)."
    assert standalone(text, "grpo", grpo) and not standalone(text, "grpo")
    assert standalone("GRPO/PPO both help.", "grpo", grpo)
    # "CI/CD" is a practice: context integrity is no kind of Chamfer distance
    assert not standalone("Deployed in CI/CD.", "cd", of_a_kind(acronyms, stem_key("chamfer distance")))
    assert not standalone("a TTS/GRPO mix", "grpo", grpo)  # an acronym the corpus does not define is no kin
    concepts = [[[" grpo ", stem_key("group relative policy optimization")]]]
    assert acronym_senses(concepts, acronyms, text, strict=True) == concepts


def test_an_acronym_written_only_as_an_ordinary_word_is_not_there():
    assert only_as_a_word("We keep the same model and switch Reasoning Modes.", "same")
    assert only_as_a_word("Reasoning Modes", "mode")
    assert not only_as_a_word("SAME, a state-adaptive mixture of experts, and the same model.", "same")
    assert not only_as_a_word("MoDE routes denoising experts.", "mode")
    assert not only_as_a_word("no such word here", "mode")
    concepts = [[[stem_key("mixture of experts"), " same "]]]
    text = "The same recipe trains a Mixture of Experts."
    assert acronym_senses(concepts, {"same": "state adaptive mixture of experts"}, text) == [
        [[stem_key("mixture of experts")]]
    ]


def test_an_acronym_that_means_something_else_in_a_paper():
    assert other_meaning("We use a Latent Dynamics Model (LDM) for control.", "ldm", stem_key("latent diffusion model"))
    assert not other_meaning("Latent Diffusion Models (LDMs) are fast.", "ldm", stem_key("latent diffusion model"))
    assert not other_meaning("The LDM is fast.", "ldm", stem_key("latent diffusion model"))
    assert not standalone("Evaluated on LEVIR-CD+ and JL1-CD, and in CI/CD.", "cd")
    assert standalone("RNN-based memory and a CD of 0.3", "rnn") and standalone("a CD of 0.3", "cd")
    concepts = [[[stem_key("chamfer distance"), " cd "]]]
    text = "The core is consistency distillation (CD) with guidance."
    assert acronym_senses(concepts, {"cd": "chamfer distance"}, text) == [[[stem_key("chamfer distance")]]]
    assert acronym_senses(concepts, {"cd": "chamfer distance"}, "Runs in CI/CD pipelines.", strict=True) == [
        [[stem_key("chamfer distance")]]
    ]


def test_gate_keeps_candidates_as_close_as_the_seeds():
    rng = np.random.default_rng(0)
    centre = rng.normal(size=16)
    seeds = centre + 0.3 * rng.normal(size=(20, 16))
    near, far = centre + 0.1 * rng.normal(size=16), rng.normal(size=16)
    assert gate(seeds, np.stack([near, far])).tolist() == [True, False]
    assert gate(seeds[:2], np.stack([near])).tolist() == [False]  # too few seeds to trust a centroid


def test_avoiding_or_doing_without_a_technique_is_a_mention():
    concept = [stem_key("recurrent neural network"), " rnn "]
    assert not uses_topic(paper("1", "T", "It scales without relying on pre-trained RNN-based LLMs."), concept)
    assert not uses_topic(paper("2", "T", "It avoids the limitations of RNN-based memory."), concept)
    assert not uses_topic(paper("3", "T", "How would editing affect RNN tasks?"), concept)
    assert uses_topic(paper("4", "T", "Results are competitive; we train an RNN on the traces."), concept)
    far = stems("the model avoids the errors, artifacts and complex pipelines of two-stage latent diffusion")
    assert is_mention(far, ["latent", "diffus"])


def test_a_modifier_written_as_a_participle_names_something_else():
    rejection = [" reject sampl ", "&reject sampl"]
    pairs = paper("1", "Self-rewarding", "We decouple chosen and rejected samples across model generations.")
    spread = paper("2", "DRIFT", "It uses rejected examples and iteratively samples fresh chosen examples.")
    uses = paper("3", "SoRFT", "The agent is trained with rejection-sampled supervised fine-tuning.")
    assert not uses_topic(pairs, rejection)
    assert not uses_topic(spread, rejection)
    assert uses_topic(uses, rejection)
    assert uses_topic(pairs, [" reject sampl "], participles=frozenset({"reject"}))


def test_the_name_s_head_as_a_participle_before_its_other_words_names_something_else():
    pretraining = [stem_key("autoregressive pre-training"), "&" + stem_key("autoregressive pre-training").strip()]
    other = paper("1", "SJD", "The decoding applies to large pre-trained autoregressive models for speed.")
    trained = paper("2", "Toto", "We study autoregressive pre-training of transformers on videos.")
    decoder = paper("3", "Eclair", "An autoregressive decoder, pre-trained on arXiv-5M, reads pages.")
    assert not uses_topic(other, pretraining)
    assert uses_topic(trained, pretraining)
    assert uses_topic(decoder, pretraining)  # the head after the other words: still the technique
    assert uses_topic(other, pretraining, participles=frozenset({"train"}))  # the question wrote "pre-trained"


def test_a_head_asked_as_a_gerund_is_not_named_alone_by_another_word_of_its_stem():
    # corpus titles and sentences (2411.06424, 2507.17596, 2506.21263, 2501.16764): "driving" and "Drive" share a stem
    driving = [stem_key("autonomous driving"), " drive "]  # the name, then its loose head word
    gerunds = gerund_stems(["autonomous driving"])
    assert gerunds == {"drive"} and gerund_stems(["string theory"]) == frozenset()
    title = paper("1", "How Neuron Dynamics Drive Toxicity Reduction", "DPO reduces toxicity in language models.")
    planner = paper("2", "PRIX", "A camera-only end-to-end driving model plans trajectories from raw pixels.")
    assert uses_topic(title, driving) and not uses_topic(title, driving, gerunds=gerunds)
    assert uses_topic(planner, driving, gerunds=gerunds)
    # within the name its other forms stay: a verb ("pre-train"), a plural noun ("Gaussian splats")
    pre = paper("3", "DiLoCoX", "The framework can pre-train a 107B foundation model over a 1Gbps network.")
    splats = paper("4", "DiffSplat: Repurposing Image Diffusion Models for Scalable Gaussian Splat Generation", "3D.")
    assert uses_topic(pre, [stem_key("pre-training")], gerunds=gerund_stems(["pre-training"]))
    assert uses_topic(splats, [stem_key("Gaussian splatting")], gerunds=gerund_stems(["Gaussian splatting"]))


def test_the_summary_s_objective_names_no_object():
    hallucination = [stem_key("object hallucination"), "&" + stem_key("object hallucination").strip()]
    template = paper("1", "RAG", "The primary objective is to mitigate hallucination in generated content.")
    named = paper("2", "CCA", "The paper mitigates object hallucination in vision-language models.")
    assert not uses_topic(template, hallucination)
    assert uses_topic(named, hallucination)


def test_a_spread_phrase_whose_head_belongs_to_another_name():
    merging = [" model merg ", "&model merg"]
    tokens = paper("1", "DyMU", "Token merging makes vision models cheaper at inference.")
    models = paper("2", "AdaR1", "The method involves merging long and short CoT models.")
    assert not uses_topic(tokens, merging)
    assert uses_topic(models, merging)


def test_a_spread_phrase_after_a_comparison_cue_is_a_mention():
    text = "OREO outperforms baseline methods, including sampling with rejection, on math."
    assert not uses_topic(paper("1", "OREO", text), [" reject sampl ", "&reject sampl"])


def test_an_acronym_only_in_a_dataset_name_is_no_use():
    assert only_in_dataset_names("We reach 33.5 PSNR on the NeRF-DS dataset.", "nerf")
    assert only_in_dataset_names("Results on the Mip-NeRF 360 dataset.", "nerf")
    assert not only_in_dataset_names("A NeRF-based model, tested on the NeRF-DS dataset.", "nerf")
    assert not only_in_dataset_names("We train a NeRF per scene.", "nerf")


def test_follow_up_questions_are_not_the_papers_text():
    summary = (
        "MiniPLM distils a teacher into a student. Follow-up questions: 1. How does it compare? "
        "2. The paper mentions curriculum learning as related work."
    )
    assert not uses_topic(paper("1", "MiniPLM", summary), [" curriculum learn "])


def test_one_word_of_a_name_that_is_another_names_head():
    phrase_word = [" model merg ", " merg "]
    tokens = paper("1", "ToMe", "We apply token merging inside each block.")
    merged = paper("2", "Soup", "The method involves merging several fine-tuned checkpoints.")
    assert not uses_topic(tokens, phrase_word)
    assert uses_topic(merged, phrase_word)


def test_inflected_or_reordered_spellings_are_the_same_name():
    small = " small languag model "
    assert not other_meaning("We study smaller language models (SLMs) for agents.", "slm", small)
    assert other_meaning("We study speech-aware language models (SLMs).", "slm", small)
    assert not other_meaning("Heterogeneous 2D (X-ray) and 3D (CT) data.", "ct", " comput tomographi ")
    audio = " larg audio languag model "
    assert not other_meaning("Audio large language models (AudioLLMs) hear.", "audiollm", audio)


def test_a_preposition_or_an_acronym_inside_the_spelling_is_the_same_name():
    # RLVR spelled "from" or with "RL" for its first words is the same name; another name is not
    rlvr = stem_key("reinforcement learning with verifiable rewards")
    assert not other_meaning("Reinforcement Learning from Verifiable Rewards (RLVR) trains it.", "rlvr", rlvr)
    assert not other_meaning("Gains from RL with verifiable reward (RLVR) on MATH.", "rlvr", rlvr)
    assert other_meaning("Robot Learning with Visual Rewards (RLVR) for arms.", "rlvr", rlvr)


def test_modifier_pairs_count_papers_not_mentions():
    docs = [stem_key("process supervision and process supervision again"), stem_key("a process verifier"), " x "]
    pairs = modifier_pairs(stem_key("process reward model").split(), docs, frozenset({"and", "a"}))
    assert pairs[stem_key("process supervision")] == 1 and pairs[stem_key("process verifier")] == 1


def test_a_descriptions_words_name_it_only_close_together():
    near, apart = stemmed_corpus(
        [
            paper("1", "T", "We compress the KV cache of long prompts."),
            paper("2", "T", "A contrastive fine-tuning loss (CBD Loss), and a provenance-aware decoding strategy."),
        ]
    )
    assert form_in("&kv cach compress", near)
    assert not form_in("&contrast decod", apart)
    assert uses_topic(paper("1", "T", "We compress the KV cache of long prompts."), ["&kv cach compress"])


def test_over_after_a_word_of_advantage_is_a_comparison():
    assert not is_mention(
        stems("it outperforms drafting methods, achieving over 1.5x faster inference speed"), ["speed"]
    )
    assert is_mention(
        stems("a 33% improvement in speed over the conventional grouped query attention"),
        stems("grouped query attention"),
    )
    assert not is_mention(stems("we stack grouped query attention over four layers"), stems("grouped query attention"))


def test_an_acronym_in_a_metric_or_a_bracketed_list_of_benchmarks_is_a_data_set():
    assert only_in_dataset_names("Acc@GQA rises on the NEXT-GQA dataset.", "gqa")
    assert only_in_dataset_names("Speed up across four benchmark datasets (GQA, SQA, MMMU, TextVQA).", "gqa")
    assert not only_in_dataset_names("We replace GQA with latent attention (GQA, MLA).", "gqa")


def test_kinds_of_a_technique_by_its_name_or_acronym():
    acronyms = {"rnn": "recurrent neural network", "auc": "area under the curve"}
    assert stem_key("lstm") in kinds_of([stem_key("recurrent neural networks")], acronyms)
    assert stem_key("auroc") in kinds_of([" auc "], acronyms)
    assert kinds_of([stem_key("latent diffusion model")], acronyms) == []
    assert stem_key("mamba") in KIND_FORMS


def test_a_modality_hyphenated_into_a_name_makes_another_name():
    concept = [stem_key("vision foundation model"), "%vision foundat model"]
    assert not uses_topic(paper("1", "T", "We adapt vision-language foundation models to robots."), concept)
    assert uses_topic(paper("2", "T", "We adapt vision foundation models to robots."), concept)
    small = [stem_key("small language model"), "%small languag model"]
    assert uses_topic(paper("3", "T", "We train a small-scale language model on public data."), small)


def test_a_data_set_named_after_a_kind_of_data_holds_that_data():
    cxr = [[[stem_key("chest x-ray"), " cxr "]]]
    kept = acronym_senses(cxr, {"cxr": "chest x ray"}, "On the MIMIC-CXR dataset, FID drops to 16.6.", strict=True)
    assert " cxr " in kept[0][0]
    nerf = [[[stem_key("neural radiance field"), " nerf "]]]
    text = "Evaluated on the NeRF-DS dataset with Gaussians."
    assert " nerf " not in acronym_senses(nerf, {"nerf": "neural radiance field"}, text, strict=True)[0][0]


def test_a_size_after_an_acronym_is_the_acronym_itself():
    assert standalone("We train a ViT-L/14 CLIP model.", "vit") and standalone("ViT-B on ImageNet", "vit")
    assert not standalone("Scored by CD-FVD.", "cd")


def test_an_adjective_names_what_its_noun_names():
    assert word_variants(stem_key("vision foundation model")) == [stem_key("visual foundation model")]
    assert word_variants(stem_key("latent diffusion model")) == []
    assert not other_meaning("Visual foundation models (VFMs) explain.", "vfm", stem_key("vision foundation model"))


def test_a_phrase_without_an_acronym_is_also_named_without_its_generic_head():
    forms = phrase_forms(stem_key("discrete diffusion model").split(), GENERIC)
    assert "%discret diffus" in forms
    (doc,) = stemmed_corpus([paper("1", "T", "It applies discrete diffusion to action chunks.")])
    assert any(form_in(f, doc) for f in forms)
    # a generic word inside the name stays: "human interaction" is another topic than human-AI interaction
    inner = phrase_forms(stem_key("human ai interaction").split(), GENERIC | {"ai"})
    assert "%human interact" not in inner
    (doc,) = stemmed_corpus([paper("2", "T", "We study human-object interaction in video.")])
    assert not any(form_in(f, doc) for f in inner)
    assert phrase_forms(["prune"], GENERIC) == []


def test_a_noun_in_ization_names_something_else_than_its_adjective():
    concept = ["%discret diffus"]
    stepsize = paper("1", "T", "It overcomes suboptimal discretization in diffusion sampling.")
    assert not uses_topic(stepsize, concept)
    assert uses_topic(paper("2", "T", "It applies discrete masked diffusion to action chunks."), concept)
    # the question wrote the noun itself: then the paper's noun names it
    regular = paper("3", "T", "We study regularization of diffusion models.")
    asked = "%" + stem_key("regularization diffusion").strip()
    assert uses_topic(regular, [asked], frozenset(stems("regularization")))
    # -ize words keep their own stem: "regularization" is not "regular", "tokenizer" is not "token"
    assert not uses_topic(regular, ["%" + stem_key("regular diffusion").strip()])
    assert stem_key("tokenizer") == stem_key("tokenization") != stem_key("token")
    # words spread through a clause are no name: "reference-based line art colorization" is line art colorizing
    cobra = paper("4", "T", "It performs reference-based line art colorization.")
    assert uses_topic(cobra, ["&" + stem_key("colorize line art").strip()])


def test_an_acronym_never_spelled_out_is_read_in_the_sense_whose_words_the_paper_uses():
    rivals = {"tts": ["text to speech"]}
    speech = "An omni model that turns text into speech with a TTS module."
    scaling = "We apply TTS with a verifier to scale reasoning at inference."
    wanted = " test time scale "
    assert rival_sense(stem_key(speech), speech, "tts", wanted, rivals)
    assert not rival_sense(stem_key(scaling), scaling, "tts", wanted, rivals)
    defined = "Text-to-Speech (TTS) and speech too."  # a paper that spells it out is judged by its own words
    assert not rival_sense(stem_key(defined), defined, "tts", wanted, rivals)


def test_an_acronym_takes_the_place_of_the_words_it_stands_for():
    words = stem_key("long chain of thought reasoning").split()
    assert acronym_inside(words, {"cot": "chain of thought"}) == ["%long cot reason"]
    assert form_in("%long cot reason", stem_key("We train on long CoT reasoning traces."))
    # words of the expansion apart from each other: the acronym follows the rest, as before
    assert acronym_inside(stem_key("large audio language model").split(), {"llm": "large language model"}) == [
        "%audio llm"
    ]


def test_cutting_tokens_is_named_in_several_ways_and_only_for_tokens():
    forms = aliases(stem_key("visual token pruning").split())
    assert " visual token compress " in forms and " visual token merg " in forms and "~visual token reduc" in forms
    (doc,) = stemmed_corpus([paper("1", "T", "We propose visual token compression for VLMs.")])
    assert any(form_in(f, doc) for f in forms)
    assert aliases(stem_key("model merging").split()) == []
    assert aliases(stem_key("token merging").split()) == []  # merging is one way to cut tokens, not all of them


def test_the_names_of_multimodal_llms_stand_for_each_other_apart_from_the_topic_word_too():
    forms = aliases(stem_key("LVLM hallucination").split())
    assert "~mllm hallucin" in forms and "~lmm hallucin" in forms and "&multimod larg languag model hallucin" in forms
    docs = stemmed_corpus(
        [
            paper("1", "T", "This paper studies hallucination in multimodal large language models (MLLMs)."),
            paper("2", "T", "Large language models hallucinate. Multimodal inputs are left to future work."),
        ]
    )
    assert [any(form_in(f, d) for f in forms) for d in docs] == [True, False]
    # the longest name wins: "large vision-language model" is no "large" before another name
    longest = aliases(stem_key("large vision-language models").split())
    assert "~mllm" in longest and not any(f.startswith("~larg mllm") for f in longest)
    # a name alone has no other words to stand apart from
    assert not any(f.startswith("&") for f in aliases(stem_key("vision-language models").split()))


def test_the_name_most_papers_close_to_a_description_write():
    docs = stemmed_corpus(
        [
            paper("1", "FedX", "A federated learning method for clients with private data."),
            paper("2", "FedY", "We study federated learning under non-IID data."),
            paper("3", "FedZ", "Federated learning of LLMs with LoRA."),
        ]
    )
    own = set(stem_key("train models across clients without pooling data").split())
    names = common_names(docs, own, frozenset(stem_key("of the a with under we for").split()), GENERIC)
    assert names[stem_key("federated learning").strip()] == 3
    assert all(set(g.split()) - own - GENERIC for g in names)  # every name brings a word of its own
    assert not common_names(docs[:2], own, frozenset(), GENERIC)  # two papers are too few to name it


def test_a_names_first_word_made_a_source_by_to_names_another_thing():
    generation = "&" + stem_key("text generation").strip()
    assert not form_in(generation, stem_key("A model for text-to-image generation."))
    assert form_in(generation, stem_key("We improve text generation with long contexts."))
    # "to" as a preposition before a longer phrase: the name's words still describe it
    controlled = "&" + stem_key("controllable video generation").strip()
    assert form_in(controlled, stem_key("It adds spatial control to audio-driven video generation."))


def test_a_topic_no_paper_writes_keeps_its_rarer_words_and_its_head():
    """The words that stand for a phrase no paper writes: the commonest ones leave, modifiers before the
    head, while two stay; stop words never count."""
    share = {"medic": 0.02, "multimod": 0.15, "llm": 0.38, "safeti": 0.03, "benchmark": 0.41, "of": 0.9}
    stop = frozenset({"of"})
    assert topic_words(["medic", "multimod", "llm"], share, stop) == ["medic", "multimod"]
    assert topic_words(["llm", "safeti", "benchmark"], share, stop) == ["safeti", "benchmark"]
    assert topic_words(["benchmark", "of", "llm"], share, stop) == ["benchmark", "llm"]
    assert topic_words(["of"], share, stop) == []


def test_word_forms_put_each_word_or_its_other_forms_close_together():
    forms = word_forms(["medic", "multimod"], {"multimod": ["mllm"]})
    assert forms == ["&medic multimod", "&medic mllm"]
    assert word_forms(["llm"], {"llm": ["larg languag model"]}) == [" llm ", " larg languag model "]
    doc = " § ".join([" lingshu a medic special multimod larg languag model ", " it reason "])
    assert form_in(forms[0], doc) and not form_in("&medic reason", " medic imag § the model reason ")


def test_the_word_after_papers_is_what_they_do_to_the_rest():
    question = "which papers prune diffusion models?"
    verbs = verb_led(question, ["prune diffusion models"])
    assert verbs == {stem_key("prune").strip()}
    assert verb_led("which papers use knowledge distillation for speech models?", ["knowledge distillation"]) == set()
    phrase = stem_key("prune diffusion models")
    split = split_verb([[[phrase]]], verbs, lambda form: 0)
    assert split == [[[stem_key("prune")], [stem_key("diffusion models")]]]
    # a phrase papers do write as it stands stays one name
    assert split_verb([[[phrase]]], verbs, lambda form: 9) == [[[phrase]]]


def test_two_named_techniques_written_as_one_compound_name_both():
    lora = [" lora ", " low rank adapt "]
    moe = [" moe ", " mixtur of expert "]
    both = compounds([lora, moe], [lora, moe])
    assert " mixtur of lora " in both[0] and " mixtur of lora " in both[1]  # "Mixture-of-LoRAs"
    assert any(form_in(f, stem_key("Phi-4-Multimodal uses a Mixture-of-LoRAs design")) for f in both[1])
    # the name before the other's head is another thing: "LLM forecasting" of events is no time series forecasting
    llm = [" llm ", " larg languag model "]
    series = [" time seri forecast ", " tsf "]
    assert " llm forecast " not in compounds([llm, series], [llm, series])[1]


def test_back_off_leaves_out_the_commonest_words_first_never_all_nor_a_name():
    share = {"watermark": 0.002, "llm": 0.4, "output": 0.1, "reward": 0.1, "hack": 0.005, "behaviour": 0.0004}
    generic = frozenset({"llm", "model"})
    steps = back_off_steps([[[" watermark llm output "]]], share, generic)
    assert [d for _, d in steps][:2] == [["llm"], ["output"]]
    assert steps[1][0] == [[[" watermark llm "]]]
    assert all(c != [[]] for s, _ in steps for c in s)
    # the rarest word stays ("behaviour" counted as the corpus's "behavior", commoner than "hack")
    share["behaviour"] = 0.05
    tries = [s[0][0][0] for s, _ in back_off_steps([[[" reward hack behaviour "]]], share, generic)]
    assert tries[:2] == [" hack behaviour ", " reward hack "] and " reward behaviour " not in tries
    # a phrase left with generic words only is dropped where another phrase stays
    share.update({"membership": 0.001, "infer": 0.05, "model": 0.5})
    steps = back_off_steps([[[" membership infer "], [" model output "]]], share, generic)
    assert ([[[" membership infer "]]], ["model", "output"]) in steps
    assert back_off_steps([[[" state space model ", " ssm "]]], share, generic) == []  # a name with its twin
    assert back_off_steps([[[" watermark "]], [[" llm "]]], share, generic) == []  # "X or Y" as asked
    assert back_off_steps([[[" feder unlearn "]]], share, generic) == []  # a two-word name stays whole
    share.update({"adversari": 0.01, "attack": 0.05, "speech": 0.04, "recognit": 0.03})
    steps = back_off_steps([[[" adversari attack speech recognit model "]]], share, generic)
    assert all(sum(w != "model" for w in gone) <= 1 for _, gone in steps)  # one specific word at most
    # a name the question wrote with capitals is what it asks ("Mamba with federated learning")
    share.update({"mamba": 0.008, "feder": 0.002, "learn": 0.3})
    assert any("mamba" in gone for _, gone in back_off_steps([[[" mamba feder learn "]]], share, generic))
    steps = back_off_steps([[[" mamba feder learn "]]], share, generic, frozenset({"mamba"}))
    assert all("mamba" not in gone for _, gone in steps)


def test_back_off_never_keeps_a_modifier_without_its_head():
    """ "speech" alone is no "speech separation", "spiking" alone (whose stem takes gradient "spikes") no "spiking
    neural networks"; a phrase keeping its head ("reward hacking" of "reward hacking behaviour") still backs off."""
    assert lone_modifier(["speech", "separ"], ["separ"]) and not lone_modifier(["teach", "robot"], ["teach"])
    assert not lone_modifier(["reward", "hack", "behaviour"], ["behaviour"]) and not lone_modifier(["mamba"], [])
    # a generic head left out keeps its modifier, matched only as the question wrote it
    assert not lone_modifier(["multimod", "llm"], ["llm"], frozenset({"llm"}))
    assert as_written([[[" multimod llm "], [" remot sens "]]], ["llm"]) == ["multimod"]
    assert as_written([[[" multimod llm ", " mllm "]]], ["llm"]) == []  # a name with its twin is never cut
    assert written_as("Spiking neural networks", "spiking") and not written_as("gradient spikes", "spiking")
    assert written_as("two LLMs", "llm") and not written_as("multimodality", "multimodal")
    share = {"mamba": 0.008, "speech": 0.04, "separ": 0.02, "spike": 0.001, "neural": 0.1, "network": 0.2}
    share.update({"languag": 0.5, "model": 0.6})
    generic = frozenset({"network", "model", "languag"})
    tries = [s for s, _ in back_off_steps([[[" mamba "], [" speech separ "]]], share, generic, frozenset({"mamba"}))]
    assert all([" speech "] not in alt for t in tries for alt in t)
    spiking = [[[" spike neural network "], [" languag model ", " lm "]]]
    steps = back_off_steps(spiking, share, generic | {"neural"})
    alone = [gone for s, gone in steps if [" spike "] in s[0]]  # a generic head left out: "spiking" as written
    assert alone and all(as_written(spiking, gone) == ["spike"] for gone in alone)


def test_a_name_of_another_kind_of_the_topic_is_not_its_name():
    concepts = [[[" diffus model ", " dm "], [" weather forecast "]]]
    assert other_kind("seri forecast", concepts) and not other_kind("weather forecast", concepts)
    assert not other_kind("feder learn", [[[" train model "], [" client "]]])
    assert not other_kind("forecast", concepts)  # a name of one word is no kind of anything


def test_both_nouns_of_an_of_phrase_are_kept():
    assert of_pairs("papers that teach robots with videos of humans") == frozenset({"videos", "humans"})
    assert of_pairs("detection of the jailbreaks") == frozenset({"detection", "jailbreaks"})
    assert of_pairs("papers on speech separation") == frozenset()


def test_a_model_phrase_also_matches_other_model_heads():
    pattern = model_head_re("long-context models")
    assert pattern is not None
    assert pattern.search("benchmarks long-context LLMs on code") and pattern.search(
        "long-context language models (LCLMs)"
    )
    assert pattern.search("Long-Context Vision-Language Models") and not pattern.search("a long-context benchmark")
    assert model_head_re("long-context benchmark") is None


def test_a_field_asked_as_a_noun_is_named_by_its_derived_forms():
    from rag.listing import field_forms, field_of, fields_of

    assert field_of([" medicin "]) == "medicine" and field_of([" financ "]) == "finance"
    assert {" medicin ", " medic "} <= set(field_forms("medicine"))
    assert " financi " in field_forms("finance") and " chemic " in field_forms("chemistry")
    assert field_forms("law") == [" legal ", " lawyer "]  # "law" itself is mostly a scaling or physical law
    assert field_of([" llm agent "]) == "" and field_of(["&medicin"]) == ""  # a phrase is no field
    assert fields_of([[[" llm ", " larg languag model "], [" medicin "]]]) == ["medicine"]
    # an AI field is named by what its papers work on, whatever acronym the corpus gives the word ("VLV")
    assert field_of([" vision ", " vlv "]) == "vision" and field_of([" robot "]) == "robotics"
    assert field_of([" art ", " anonym region transform "]) == ""  # "ART" asked in capitals is the acronym
    assert {" imag ", " video ", " visual "} <= set(field_forms("vision"))
    # audio and speech are no fields: "music generation" is not every audio paper, "text-to-speech" not every voice one
    assert field_of([" audio "]) == "" and field_of([" speech "]) == ""
    docs = stemmed_corpus(
        [
            paper("1", "A medical LLM", "We fine-tune a medical language model."),
            paper("2", "Scaling laws", "A scaling law of language models."),
            paper("3", "Legal case retrieval", "Legal documents are retrieved."),
        ]
    )
    assert [form_in(" medic ", d) or form_in(" medicin ", d) for d in docs] == [True, False, False]
    assert [any(form_in(f, d) for f in field_forms("law")) for d in docs] == [False, False, True]


def test_a_field_word_of_the_same_stem_in_another_sense_does_not_name_the_field():
    from rag.listing import writes_field

    assert writes_field("A benchmark of university-level physics problems.", "physics")
    assert not writes_field("Robots acting in the physical world.", "physics")  # same stem, "physic"
    assert not writes_field("Physics-informed Gaussians for PDEs.", "physics")  # how a method works
    assert not writes_field("A biologically inspired architecture.", "biology")
    assert writes_field("Generating biological sequences.", "biology")
    assert not writes_field("Outperforms the state of the art on artist-created meshes.", "art")
    assert writes_field("Artistic style transfer for videos.", "art")
    assert not writes_field("More economical test-time scaling.", "economics")


def test_a_topic_in_a_field_leaves_out_the_words_for_ai_itself():
    from rag.listing import for_field

    ml, physics, llm = [" machin learn "], [" physic "], [" llm ", " larg languag model "]
    assert for_field([[ml, physics]]) == [[physics]]
    assert for_field([[llm, physics]]) == [[llm, physics]]  # LLMs narrow a field to its LLM papers
    assert for_field([[ml, [" diffus model "]]]) == [[ml, [" diffus model "]]]  # no field: as asked


def test_a_word_most_papers_naming_a_rare_acronym_write_is_part_of_its_name_others_qualify_it():
    kv, moe, ct = (stem_key(w).strip() for w in ("KV", "MoE", "CT"))
    company = {stem_key("cache").strip(): 0.9, stem_key("eviction").strip(): 0.03}
    assert qualifiers(stem_key("KV cache eviction").split(), kv, company, GENERIC) == [stem_key("eviction").strip()]
    assert qualifiers(stem_key("KV cache").split(), kv, company, GENERIC) == []
    # "routing" is written by a third of the MoE papers: it narrows the list; "model" is generic
    routing = stem_key("routing").strip()
    assert qualifiers(stem_key("MoE routing models").split(), moe, {routing: 0.37}, GENERIC) == [routing]
    assert qualifiers(stem_key("CT scans").split(), ct, {}, GENERIC) == []  # the data CT yields


def test_a_name_in_the_title_makes_a_phrase_of_the_text_about_it():
    title, summary = "EpiCache: Episodic KV Cache Management", "The method uses layer sensitivity to guide eviction."
    doc = stemmed_corpus([paper("1", title, summary)])[0]
    kv, evict = stem_key("KV").strip(), stem_key("eviction").strip()
    assert form_in(f"^{kv}|{evict}", doc)
    assert not form_in(f"^{evict}|{kv}", doc)  # eviction is not in the title
    other = stemmed_corpus([paper("2", "Prompt Compression", "Unlike eviction of KV entries, we prune prompts.")])[0]
    assert not form_in(f"^{kv}|{evict}", other)
    assert uses_topic(paper("1", title, summary), [f" {kv} {evict} ", f"^{kv}|{evict}"])
    # the phrase as a point of comparison in a KV paper is no use of it
    compared = paper("3", "Fast KV Cache Quantization", "It outperforms eviction methods such as H2O.")
    assert not uses_topic(compared, [f" {kv} {evict} ", f"^{kv}|{evict}"])


def test_a_side_written_as_a_name_is_matched_as_written_not_by_its_stem():
    """ "Transformers" is no "transformation", "Agent S" no "agents", "SAM" no "same", "Llama" no "TinyLlama";
    a plural meets its singular, a capitalised word any case, a version glued on its name."""
    cases = {
        "Transformers": (
            ["Transformer", "transformers", "Transformer-based", "Mamba-Transformer"],
            ["transformation", "transform"],
        ),
        "Agent S": (["Agent S", "Agent S2", "Agent S 2.5", "Agent-S"], ["agents", "AGENTS", "Agent Systems", "agent"]),
        "SAM": (["SAM", "SAM2Long", "SAM 2", "Point-SAM"], ["SAMURAI", "same", "Sam", "SAMed"]),
        "CLIP": (["CLIP", "EVA-CLIP", "CLIP-based"], ["clip", "video clips", "CLIPScore"]),
        "Qwen": (["Qwen2.5-7B", "Qwen3", "DeepSeek-R1-Distill-Qwen-1.5B", "QWEN"], ["Qwenlike"]),
        "Llama": (["LLaMA", "Llama-3.1", "llama"], ["TinyLlama", "Llamole"]),
        "GANs": (["GAN", "GANs"], ["gang"]),
        "GPT-4o": (["GPT-4o", "GPT4o", "GPT-4o-mini"], ["GPT-4", "GPT-4V"]),
        "Adam": (["Adam", "ADAM optimizer"], ["AdamW", "Adamax"]),
        "s1": (["s1", "the s1-32B model", "S1"], ["the baseline's 11.2%", "CLIP’s 1.5"]),  # a possessive is no name
    }
    for name, (meets, misses) in cases.items():
        pattern = name_pattern(name)
        assert all(pattern.search(t) for t in meets), name
        assert not any(pattern.search(t) for t in misses), name


def test_which_sides_are_names_and_how_the_papers_write_a_word_typed_in_lower_case():
    assert written_as_name("GPT-4o") and written_as_name("LoRA") and written_as_name("Agent S")
    assert written_as_name("Transformers") and not written_as_name("full fine-tuning")
    assert written_as_name("Kimi k1.5") and not written_as_name("CT scans")  # an acronym in a description
    assert written_as_name("Agent S", opens_question=True) and name_pattern("InternVL2.5").search("InternVL 2.5")
    assert not written_as_name("Diffusion models", opens_question=True)  # a sentence's capital says nothing
    texts = ["We extend Mamba to video.", "A Mamba-based encoder and a Mamba2 decoder.", "Unlike Mamba, it …"] * 2
    assert corpus_casing("mamba", texts) == "Mamba"
    common = ["The transformer is fast.", "A Transformer block.", "transformers scale."] * 2
    assert corpus_casing("transformer", common) == ""  # the papers write it both ways: a common word
    assert spellings(name_pattern("Qwen"), ["Qwen2.5-7B and Qwen3", "QWEN is used"]) == [" qwen ", " qwen2 ", " qwen3 "]
    assert spellings(name_pattern("Agent S"), ["AGENTS and Agent S2"], 2) == [" agent s2 "]


def test_an_acronym_whose_expansion_ends_on_the_phrase_names_a_kind_of_it():
    from rag.listing import kinds_by_acronym

    acronyms = {
        "llm": "large language model",
        "llms": "large language models",
        "vlm": "vision-language model",
        "lm": "language model",
        "mlm": "masked language modeling",
        "lmm": "language model merging",
    }
    kinds = kinds_by_acronym([[[stem_key("language model"), " lm "]]], acronyms)
    # a compound's head comes last: "language model merging" is no language model, the model itself is
    assert kinds == ["large language model", "vision-language model", "masked language modeling"]
    assert kinds_by_acronym([[[" lm "]]], acronyms) == []  # a one-word form heads nothing


def test_a_field_word_in_a_title_counts_as_the_fields_adjective_and_never_inside_a_methods_name():
    from rag.listing import in_field

    summary = "The paper studies representation alignment in multilingual LLMs."
    assert not in_field("Language Surgery in Multilingual Large Language Models", summary, "surgery")
    assert in_field("Multi Agent based Medical Assistant for Edge Devices", "A healthcare assistant.", "medicine")
    assert not in_field("OBS-Diff", "It revitalizes the Optimal Brain Surgeon (OBS) framework.", "surgery")
    assert in_field("CMPhysBench", "LLM proficiency in Condensed Matter Physics. Its main aim", "physics")
    assert in_field("ReSurgSAM2", "A framework for surgical referring segmentation.", "surgery")


def test_an_agent_noun_the_stemmer_cuts_to_its_verb_is_matched_as_written():
    from rag.listing import agent_noun

    assert agent_noun("transformers") and agent_noun("encoder") and agent_noun("adapters")
    assert not agent_noun("layers") and not agent_noun("users") and not agent_noun("papers")
    assert not agent_noun("tokenizers")  # an -izer keeps its family: tokenization is what a tokenizer does
    assert not agent_noun("Transformers")  # a capitalised word is a name already
    pattern = name_pattern("transformers")
    assert pattern.search("Diffusion Transformers") and pattern.search("a transformer")
    assert not pattern.search("a transformation of the input")


def test_an_agent_noun_is_known_by_the_verb_the_corpus_writes():
    from rag.listing import agent_verb

    known = {"adapt", "schedule", "control", "rerank", "interpret", "verify", "generate", "transform"}.__contains__
    assert agent_verb("adapters", known) == "adapt" and agent_verb("schedulers", known) == "schedule"
    assert agent_verb("controller", known) == "control" and agent_verb("verifiers", known) == "verify"
    assert agent_verb("generators", known) == "generate" and agent_verb("rerankers", known) == "rerank"
    # an -er verb whose stem is no word of its own, a word the stemmer keeps whole, an -izer, a name
    assert not agent_verb("consider", known) and not agent_verb("discovers", known)
    assert not agent_verb("planners", known) and not agent_verb("layers", known) and not agent_verb("users", known)
    assert not agent_verb("tokenizers", known) and not agent_verb("Adapters", known)
    assert not agent_verb("tensors", known) and not agent_verb("adapt", known)


def test_an_agent_noun_as_written_and_never_its_doing():
    from rag.listing import agent_pattern

    pattern = agent_pattern("adapters")
    for text in ("low-rank adapters", "an Adapter", "IP-Adapter", "a RelationAdapter module", "ADAPTERS"):
        assert pattern.search(text), text
    for text in ("domain adaptation", "adaptive layers", "adapted models", "adapterless tuning"):
        assert not pattern.search(text), text


def test_a_machine_generated_thing_is_named_with_any_machine_maker_and_in_either_order():
    from rag.listing import made_by_forms, maker_forms, makers

    keys = makers(["llm", "human", "self", "ai"], {"LLM": "large language model", "GAN": "generative network"})
    assert {"machin", "ai", "model", "llm", "larg languag model"} <= set(keys)
    assert not {"human", "self", "gan"} & set(keys)  # another maker, or no language model
    forms = maker_forms(stem_key("machine-generated text").split(), keys)
    assert " ai generat text " in forms and " llm generat text " in forms and " text generat by llm " in forms
    assert " machin generat text " not in forms  # the name itself is there already
    assert not maker_forms(stem_key("human-generated text").split(), keys)
    spread = maker_forms(stem_key("detect AI-generated text").split(), keys, spread=True)
    assert "~detect machin generat text" in spread  # "Machine Generated Text Detection"
    by = made_by_forms(stem_key("watermarking text generated").split(), keys)
    assert " watermark llm generat text " in by and "~watermark text" in by  # "text watermarking" for LLMs
    assert not any(f.startswith("~") for f in made_by_forms(stem_key("code generated").split(), keys))  # "code" alone


def test_an_acronym_typed_in_capitals_is_found_as_the_papers_write_it_with_a_small_letter_first():
    texts = ["We accelerate dLLMs by caching.", "Fast-dLLM decodes in parallel.", "A map of the city; mAP 59.9."]
    assert acronym_casing("DLLMS", texts) == "dLLMs" and acronym_casing("GRPO", texts) == ""
    assert acronym_casing("MAP", texts) == "mAP"
    found = cased_pattern("mAP", "MAP")
    assert found.search("mAP of 59.9") and found.search("MAP inference") and not found.search("a map of the city")
    assert cased_pattern("nDCG", "NDCG").search("NDCG@10") and cased_pattern("dLLMs", "DLLMS").search("a dLLM")


def test_a_closed_word_is_also_written_open_where_papers_write_it_so():
    written = {" flash attent ": 5, " flashat tent ": 0, " autoregress ": 9}
    count = lambda phrase: written.get(phrase, 0)  # noqa: E731
    assert open_spellings(" flashattent ", count, 3) == [" flash attent "]
    assert open_spellings(" flashattent ", count, 6) == []
    assert open_spellings(" long video ", count, 1) == []  # already open


def test_a_topic_is_respelled_only_as_the_papers_write_it():
    words = {"pre training": 40, "pretraining": 60, "pre": 50, "training": 900, "clipscore": 4, "clip score": 30}
    words |= {"math reasoning": 50, "mathematical reasoning": 120, "mathematics reasoning": 1, "clip": 200}
    written = lambda phrase: words.get(phrase, 0)  # noqa: E731
    known = lambda word: words.get(word, 0)  # noqa: E731
    assert respelled("pretraining", written, known, 3) == ["pre-training"]
    assert respelled("pre-training", written, known, 3) == ["pretraining"]
    assert respelled("CLIP score", written, known, 3) == ["CLIPscore"]
    assert respelled("math reasoning", written, known, 3) == ["mathematical reasoning"]  # "mathematics": 1 paper
    assert respelled("mathematical reasoning", written, known, 3) == ["math reasoning"]
    assert respelled("math", written, known, 3) == []  # a word alone is no phrase to reword
    assert respelled("pretraining", written, known, 100) == []


def test_an_acronym_mined_only_in_its_plural_is_checked_for_another_meaning():
    """Probe 38: "diffusion language models" listed ReSurgSAM2, whose "diversity-driven long-term memory (DLM)"
    is no DLM: the corpus spells out only "DLMs", and the singular acronym was never checked."""
    concepts = [[[" diffus languag model ", " dlm "]]]
    text = "a diversity-driven long-term memory (DLM) mechanism for consistent object tracking"
    kept = acronym_senses(concepts, {"dlms": "diffusion language models"}, text)
    assert kept == [[[" diffus languag model "]]]


def test_a_task_noun_and_a_language_model_head_have_their_twins():
    """Weather forecasting is weather prediction, mesh synthesis mesh generation; diffusion language models are
    diffusion LLMs; a lone task noun, a bare head and the multimodal aliases get none."""
    assert task_twins(["weather", "forecast"]) == [" weather predict "]
    assert task_twins(["mesh", "synthesi"]) == [" mesh generat "]
    assert task_twins(["predict"]) == []
    assert model_twins(["diffus", "languag", "model"]) == [" diffus larg languag model ", " diffus llm "]
    assert model_twins(["diffus", "llm"]) == [" diffus languag model ", " diffus larg languag model "]
    assert model_twins(["larg", "languag", "model"]) == model_twins(["languag", "model"]) == []
    assert model_twins(["multimod", "larg", "languag", "model"]) == []


def test_capitals_spelling_an_acronym_out_without_brackets_give_it_that_meaning():
    debate = stem_key("multi-agent debate")
    text = "Slow thinking has smaller Mean Absolute Differences: fast thinking had a MAD of 4.42."
    assert other_meaning(text, "mad", debate)
    assert not other_meaning("Compared to Multi-Agent Debate, MAD needs more tokens.", "mad", debate)
    assert not other_meaning("It beats MAD on two tasks.", "mad", debate)
    grpo = stem_key("group relative policy optimization")
    assert not other_meaning("Flow-GRPO, Group Refined Policy Optimization (Flow-GRPO), extends GRPO.", "grpo", grpo)
    # whole words only, no acronym with a digit, and a title naming its own system is read as bracketed forms are
    clip = stem_key("contrastive language-image pretraining")
    assert not other_meaning(
        "CLIP-MoE\n\nWe extend Contrastive Language-Image Pre-training (CLIP) models.", "clip", clip
    )
    c3po = stem_key("constrained contextual computation policy optimization")
    assert not other_meaning("C3PO: Collaborative Pathway Optimization\n\nC3PO re-mixes experts.", "c3po", c3po)
    arm = stem_key("action reasoning model")
    assert not other_meaning("ARM: Adaptive Reasoning Model\n\nARM adapts its reasoning format.", "arm", arm)
    dcpo = stem_key("dual caption preference optimization")
    assert not other_meaning("DCPO: a method\n\nDCPO (Dynamic Clipping Policy Optimization) clips.", "dcpo", dcpo)
    assert other_meaning("FocusedAD: Movie Audio Description\n\nIt scores 57.7 on MAD-eval.", "mad", debate)


def test_a_phrase_written_closed_up_is_the_same_name():
    docs = [stem_key("finetuning on data from multiagent debate"), stem_key("a multi-agent debate")]
    count = lambda phrase: sum(phrase in d for d in docs)  # noqa: E731
    assert closed_spellings(stem_key("multi-agent debate").split(), count, 1) == [stem_key("multiagent debate")]
    assert closed_spellings(stem_key("model editing").split(), count, 1) == []

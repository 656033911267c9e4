"""Questions in other languages reframed in English, and dates in many forms: pure functions, no index."""

import pytest

from rag.frames import language, to_english
from rag.question import strip_dates
from rag.understand import understand

VOCAB = {"agents": 300, "diffusion": 700, "models": 3000, "video": 500, "generation": 900, "quantization": 80}
ACRONYMS = {"mcts": "monte carlo tree search", "lora": "low-rank adaptation"}


@pytest.mark.parametrize(
    ("question", "since", "until"),
    [
        ("Summarize the papers on agents from the week of September 23, 2025.", "2025-09-22", "2025-09-28"),
        ("papers on agents between December 16 and December 22, 2024", "2024-12-16", "2024-12-22"),
        ("papers on agents from 3 to 9 March 2025", "2025-03-03", "2025-03-09"),
        ("Recap agents during 2025-04.", "2025-04-01", "2025-04-30"),
        ("agents in Mar 2025", "2025-03-01", "2025-03-31"),
        ("agents during week 12 of 2025", "2025-03-17", "2025-03-23"),
        ("agents in Q1 2025", "2025-01-01", "2025-03-31"),
        ("Résume les articles sur les agents de juillet 2025.", "2025-07-01", "2025-07-31"),
        ("Fasse die Arbeiten zu Agenten im Oktober 2024 zusammen.", "2024-10-01", "2024-10-31"),
        ("Resume los artículos sobre agentes de junio de 2025.", "2025-06-01", "2025-06-30"),
        ("Überblick über Agenten zwischen dem 16. und 22. Dezember 2024", "2024-12-16", "2024-12-22"),
        ("resumen de agentes de la semana del 2025-10-31", "2025-10-27", "2025-11-02"),
        ("总结2025年8月关于GUI agents的论文。", "2025-08-01", "2025-08-31"),
        ("What is GPT-4?", "", ""),
        ("trained with 2048 GPUs", "", ""),
        # a second phrase inside the first period says it more exactly
        ("what came out in mid-April 2025 (April 14-18)?", "2025-04-14", "2025-04-18"),
        ("papers on agents in 2025, in March", "2025-03-01", "2025-03-31"),
        ("papers on agents from March 2025 or 2024", "2025-03-01", "2025-03-31"),
    ],
)
def test_dates_in_many_forms(question, since, until):
    assert strip_dates(question)[1:] == (since, until)


@pytest.mark.parametrize(
    ("question", "lang", "intent", "topic"),
    [
        ("quels articles utilisent MCTS ?", "fr", "list", "mcts"),
        ("Qui sont les auteurs de SD3.5-Flash ?", "fr", "authors", "sd3 5-flash"),
        ("Welche Arbeiten verwenden LoRA?", "de", "list", "lora"),
        ("Wer hat AdamMeme geschrieben?", "de", "authors", "adammeme"),
        ("¿Qué artículos usan LoRA?", "es", "list", "lora"),
        ("¿Qué es PPO?", "es", "definition", "ppo"),
        ("哪些论文使用MCTS？", "zh", "list", "mcts"),
        ("什么是GRPO？", "zh", "definition", "grpo"),
        ("Résume les articles sur la génération de vidéos de juillet 2025.", "fr", "summary", "video generation"),
        ("Resume los artículos sobre cuantización de junio de 2025.", "es", "summary", "quantization"),
        ("Quels articles utilisent l'apprentissage fédéré ?", "fr", "list", "federated learning"),
        ("¿Qué artículos usan aprendizaje federado?", "es", "list", "federated learning"),
        ("哪些论文使用 RLVR 训练推理模型？", "zh", "list", "rlvr"),  # "to train reasoning models" is a purpose
    ],
)
def test_other_languages_keep_intent_and_topic(question, lang, intent, topic):
    parsed = understand(question, VOCAB, ACRONYMS)
    assert (parsed.language, parsed.intent, parsed.topics) == (lang, intent, [topic])


def test_an_english_comparison_is_not_read_as_french():
    assert language("how does speculative decoding compare with early exiting?") == "en"


def test_english_stays_english_and_unknown_scripts_are_not_guessed():
    assert language("Which papers use diffusion models in 2025?") == "en"
    assert to_english("Which papers use LoRA?", "en") == "Which papers use LoRA?"
    assert understand("Какая погода завтра?", VOCAB, ACRONYMS).language == "other"


def test_quoted_titles_survive_reframing():
    assert "'Z1: Efficient Test-time Scaling with Code'" in to_english(
        "Qui sont les auteurs de 'Z1: Efficient Test-time Scaling with Code' ?", "fr"
    )


def test_an_untranslated_phrase_gives_way_to_the_acronym_beside_it():
    from rag.understand import acronym_for_unknown

    vocab = {"neural": 500, "networks": 800, "knowledge": 400, "distillation": 120}
    assert acronym_for_unknown("which papers use graphbasierte neural networks (GNNs)?", vocab) == (
        "which papers use GNNs ?"
    )
    kept = "which papers use knowledge distillation (KD)?"
    assert acronym_for_unknown(kept, vocab) == kept


@pytest.mark.parametrize(
    ("question", "lang", "english"),
    [
        (
            "Quels travaux emploient la distillation de connaissances ?",
            "fr",
            "which papers use knowledge distillation ?",
        ),
        ("Compare les articles sur DPO et PPO.", "fr", "compare DPO and PPO."),
        ("Qu'est-ce que l'optimisation directe des préférences ?", "fr", "what is direct preference optimization ?"),
        ("¿Cuáles artículos utilizan aprendizaje federado?", "es", "which papers use federated learning?"),
        ("Compara la cuantización y la poda.", "es", "compare quantization and pruning."),
        (
            "¿Hay artículos sobre redes neuronales convolucionales?",
            "es",
            "which papers study convolutional neural networks?",
        ),
        ("Welche Arbeiten nutzen graphbasierte neuronale Netze?", "de", "which papers use graph neural networks?"),
        ("Vergleiche LoRA und vollständiges Feintuning.", "de", "compare LoRA and full fine-tuning."),
        ("有哪些关于对比学习的论文？", "zh", "which papers study contrastive learning ?"),
        ("什么是思维链？", "zh", "what is chain-of-thought ?"),
        ("Combien de paramètres a FLOWER ?", "fr", "how many parameter FLOWER ?"),
        ("Wie viele Parameter hat FLOWER?", "de", "how many parameter FLOWER?"),
        # "there are / were" is frame, also right before the question mark
        ("Wie viele Arbeiten über Mamba gibt es?", "de", "how many papers on Mamba ?"),
        (
            "¿Cuántos artículos sobre decodificación especulativa hay?",
            "es",
            "how many papers on speculative decoding ?",
        ),
    ],
)
def test_frames_and_glossary_per_intent(question, lang, english):
    assert language(question) == lang
    assert to_english(question, lang) == english


@pytest.mark.parametrize(
    ("text", "lang", "english"),
    [
        ("Diffusionsmodellen", "de", "diffusion models"),
        ("réseaux de neurones", "fr", "neural networks"),
        ("RÉSEAU NEURONAL", "fr", "neural network"),
        ("distillation des connaissances", "fr", "knowledge distillation"),
        ("neuronale Netze (GNNs)", "de", "neural networks"),
        ("modèles de langage", "fr", "language model"),
        ("redes neuronales", "es", "neural networks"),
        ("aprendizaje por refuerzo", "es", "reinforcement learning"),
        ("bestärkendem Lernen", "de", "reinforcement learning"),
        ("强化学习", "zh", "reinforcement learning"),
        ("großen Sprachmodellen", "de", "large language models"),
    ],
)
def test_glossary_is_accent_case_and_inflection_tolerant(text, lang, english):
    from rag.frames import fold, translate_terms

    assert translate_terms(fold(text) if lang != "zh" else text, lang).strip() == english


def test_glossary_rows_are_complete():
    from rag.glossary import TERMS

    assert len(TERMS) >= 80
    assert all(len(row) == 5 and all(row) for row in TERMS)


def test_words_no_glossary_translates_are_named():
    vocab = {"robots": 40, "papers": 500, "which": 900, "use": 900}
    parsed = understand("Quels articles utilisent le pliage de linge par des robots ?", vocab, {})
    assert parsed.untranslated == ["linge", "pliage"]  # "laundry folding": the head last, as English says it
    assert understand("哪些论文研究蛋白折叠预测？", vocab, {}).untranslated == ["蛋白折叠预测"]
    assert understand("Which papers use robots?", vocab, {}).untranslated == []


def test_a_preposition_left_between_terms_still_separates_them():
    english = to_english(
        "Welche Arbeiten verwenden Sparse Autoencoder zur Interpretierbarkeit von Sprachmodellen?", "de"
    )
    assert english == "which papers use Sparse Autoencoder for language model interpretability?"
    assert "for" in to_english("¿Qué artículos usan LoRA para modelos de difusión?", "es").split()


@pytest.mark.parametrize(
    ("question", "lang", "english"),
    [
        (
            "artículos sobre modelos de difusión en imágenes médicas",
            "es",
            "papers on diffusion models in medical imaging",
        ),
        (
            "articles sur les modèles de diffusion en imagerie médicale",
            "fr",
            "papers on diffusion models in medical imaging",
        ),
        (
            "quels articles utilisent des modèles de diffusion dans la conduite autonome ?",
            "fr",
            "which papers use diffusion models in autonomous driving ?",
        ),
        (
            "Welche Arbeiten nutzen Monte Carlo im bestärkenden Lernen?",
            "de",
            "which papers use Monte Carlo in reinforcement learning?",
        ),
        ("关于用于代码生成的大语言模型的论文", "zh", "large language model for code generation"),
        ("哪些论文将Transformer用于时间序列预测？", "zh", "which papers use Transformer for time series forecasting ?"),
        ("关于多模态大语言模型在视觉推理中的论文", "zh", "multimodal large language model in visual reasoning"),
        ("关于网页智能体强化学习的论文", "zh", "web agent reinforcement learning"),
    ],
)
def test_in_and_for_between_noun_phrases_keep_their_relation(question, lang, english):
    assert to_english(question, lang) == english


def test_en_before_a_date_a_name_or_a_participle_is_no_relation():
    assert to_english("artículos sobre agentes publicados en 2025", "es") == "papers on agents 2025"
    assert "in" not in to_english("¿Qué tasa de éxito logra NeuGrasp en LIBERO?", "es").split()
    assert "in" not in to_english("articles sur les agents en utilisant des outils", "fr").split()


def test_cognate_endings_of_greek_nouns_and_french_plurals():
    from rag.lexicon import english_word, german_compound

    df = {"architecture": 90, "synthesis": 40, "multimodal": 600, "data": 900}.get

    def known(word: str) -> int:
        return df(word) or 0

    assert english_word("architektur", "de", known) == "architecture"
    assert english_word("multimodaux", "fr", known) == "multimodal"
    assert english_word("synthese", "fr", known) == "synthesis"
    assert german_compound("datensynthese", known) == "data synthesis"


@pytest.mark.parametrize(
    ("question", "lang", "intent", "topics"),
    [
        (
            "Quelle différence entre la distillation de connaissances et la quantification ?",
            "fr",
            "compare",
            ["knowledge distillation", "quantization"],
        ),
        (
            "Compara la búsqueda de árbol de Monte Carlo con la búsqueda en haz.",
            "es",
            "compare",
            ["monte carlo tree search", "beam search"],
        ),
        (
            "Comment l'intérêt pour les modèles de récompense a-t-il évolué au fil du temps ?",
            "fr",
            "trend",
            ["reward models"],
        ),
        (
            "Fais-moi une synthèse des travaux sur les modèles de diffusion vidéo parus en janvier 2025.",
            "fr",
            "summary",
            ["video diffusion models"],
        ),
        ("Quels travaux s'appuient sur le flux rectifié ?", "fr", "list", ["rectified flow"]),
        ("¿Qué artículos usan modelos de mezcla de expertos?", "es", "list", ["mixture-of-experts models"]),
        ("Welchen FID-Wert erreicht RectifiedHR?", "de", "fact", ["fid score rectifiedhr"]),
        ("Was versteht man unter Eigennamenerkennung?", "de", "definition", ["named entity recognition"]),
        ("Quels sont les auteurs de LiveVQA ?", "fr", "authors", ["livevqa"]),
        (
            "Quelle est la définition de la distillation de connaissances ?",
            "fr",
            "definition",
            ["knowledge distillation"],
        ),
        ("Welche Autoren haben LiveVQA geschrieben?", "de", "authors", ["livevqa"]),
        ("Was ist der Unterschied zwischen DPO und PPO?", "de", "compare", ["dpo", "ppo"]),
        ("知识蒸馏与量化的区别", "zh", "compare", ["knowledge distillation", "quantization"]),
        # "which is better, X or Y?" and "I am looking for papers on X" in their own words
        ("¿Cuál es mejor, LoRA o el ajuste fino completo?", "es", "compare", ["lora", "full fine-tuning"]),
        ("Lequel est le meilleur, DPO ou PPO ?", "fr", "compare", ["dpo", "ppo"]),
        ("Was ist besser, DPO oder PPO?", "de", "compare", ["dpo", "ppo"]),
        ("Je cherche des articles sur la quantification", "fr", "list", ["quantization"]),
        ("Busco trabajos sobre cuantización", "es", "list", ["quantization"]),
        ("¿Cuál es el FID de RectifiedHR?", "es", "fact", ["fid rectifiedhr"]),
        ("Quelle est la précision de RectifiedHR ?", "fr", "fact", ["precision rectifiedhr"]),
    ],
)
def test_researchers_own_words_per_intent(question, lang, intent, topics):
    vocab = {**VOCAB, "rectifiedhr": 3, "fid": 50, "score": 400}
    acronyms = {**ACRONYMS, "moe": "mixture of experts"}
    parsed = understand(question, vocab, acronyms)
    assert (parsed.language, parsed.intent, parsed.topics) == (lang, intent, topics)


def test_one_frame_word_alone_is_no_language():
    assert language("Compare tranformer and state space modles") == "en"
    assert language("Résume RLHF et DPO") == "fr"
    assert language("Qu'est-ce que la quantification vectorielle ?") == "fr"


def test_everyday_words_and_cognates_the_corpus_uses_are_put_in_english():
    from rag.lexicon import english_word

    df = {"disease": 8, "chronic": 4, "vector": 90, "visual": 300, "optimization": 500, "diabetes": 2}.get

    def known(word: str) -> int:
        return df(word) or 0

    assert english_word("maladies", "fr", known) == "disease"
    assert english_word("glycemie", "fr", known) == "diabetes"  # a lexicon word needs one paper
    assert english_word("chronique", "fr", known) == "chronic"
    assert english_word("visuales", "es", known) == "visual"
    assert english_word("vektor", "de", known) == "vector"
    assert english_word("optimierung", "de", known) == "optimization"
    assert english_word("linge", "fr", known) == ""  # "laundry": a word the corpus never uses finds nothing
    vocab = {"chatbot": 8, "disease": 8, "diabetes": 2, "treat": 40, "affected": 30, "adapted": 50}
    parsed = understand(
        "un chatbot adapté pour soigner les personnes atteintes d'une maladie de la glycémie", vocab, {}
    )
    assert parsed.language == "fr" and {"disease", "diabetes", "treat"} <= set(parsed.topics[0].split())


@pytest.mark.parametrize(
    "question, english",
    [
        ("qui a écrit le deuxième ?", "who wrote the second one ?"),
        ("qui sont les auteurs du premier article ?", "who are the authors of the first one ?"),
        ("¿quién escribió el último?", "who wrote the last one ?"),
        ("wer hat die erste geschrieben?", "who wrote the first one ?"),
        ("第二篇是谁写的？", "who wrote the second paper ?"),
        ("那关于扩散模型呢？", "and for diffusion model ?"),
    ],
)
def test_a_paper_of_the_list_and_a_bare_topic_follow_up_are_put_in_english(question, english):
    assert to_english(question, language(question)) == english


def test_an_ordinal_inside_a_description_stays_a_description():
    assert "one" not in to_english("le premier modèle de diffusion pour le texte", "fr")
    assert "and for" not in to_english("哪些论文研究强化学习呢？", "zh")


WORDS = {
    "language": 900,
    "compression": 200,
    "navigation": 60,
    "research": 900,
    "deep": 700,
    "hallucination": 300,
    "detection": 400,
    "image": 2000,
    "segmentation": 150,
    "video": 500,
    "generation": 900,
}


def corpus_df(word: str) -> int:
    return WORDS.get(word, 0)


@pytest.mark.parametrize(
    ("question", "english"),
    [
        ("Zeig mir Arbeiten über Videogenerierung aus dem Juni", "show me the papers on video generation from Juni"),
        ("Welche Papiere gibt es zur Bildsegmentierung?", "which papers on image segmentation?"),
        ("Gibt es neueste Arbeiten zur Halluzinationserkennung?", "which papers newest study hallucination detection?"),
        ("des articles sur la compression de modèles de langage ?", "papers on language model compression ?"),
        ("montre-moi les articles les plus récents sur les agents", "show me the most recent papers on agents"),
        ("artículos sobre agentes de navegación web", "papers on web navigation agents"),
        (
            "¿cuáles son los trabajos más recientes sobre agentes de investigación profunda?",
            "which papers most recent on deep research agents?",
        ),
        ("有关于蛋白质设计的论文吗？", "which papers study protein design ?"),
        ("有没有关于视频生成的论文？", "which papers study video generation ?"),
        ("最近有哪些关于视频生成的论文？", "which papers study latest video generation ?"),
        ("最新的关于视频生成的论文有哪些？", "which papers study latest video generation ?"),
    ],
)
def test_request_and_recency_words_and_compounds_are_put_in_english(question, english):
    assert to_english(question, language(question), corpus_df) == english


@pytest.mark.parametrize(
    ("text", "lang", "english"),
    [
        ("la compression de modeles de langage", "fr", "la langage modeles compression"),
        ("agentes de investigacion profunda", "es", "profunda investigacion agentes"),
        ("nouveaux modeles de langage", "fr", "nouveaux langage modeles"),  # an adjective said first stays first
        ("papers on agents en octobre 2025", "fr", "papers on agents en octobre 2025"),  # no topic word: kept
        ("who wrote Efficient Video Generation ?", "es", "who wrote Efficient Video Generation ?"),  # a title
    ],
)
def test_french_and_spanish_noun_phrases_put_the_head_last(text, lang, english):
    from rag.frames import head_last

    assert head_last(text, lang) == english


def test_a_german_compound_is_read_as_its_two_english_words():
    from rag.lexicon import german_compound

    assert german_compound("bildsegmentierung", corpus_df) == "image segmentation"
    assert german_compound("halluzinationserkennung", corpus_df) == "hallucination detection"  # linking "s"
    assert german_compound("behandeln", corpus_df) == ""  # no two known parts: no compound


def test_a_name_joined_with_hyphens_is_known_when_its_words_are():
    from rag.understand import untranslated_words

    vocab = {"deep": 700, "research": 900, "agents": 300}
    assert untranslated_words(["deep-research-agents"], vocab, {}) == []
    assert untranslated_words(["deep-recherche-agents"], vocab, {}) == ["deep-recherche-agents"]


def test_a_foreign_request_for_the_newest_papers_is_a_list():
    vocab = {"video": 500, "generation": 900, "deep": 700, "research": 900, "agents": 300}
    newest = "¿cuáles son los trabajos más recientes sobre agentes de investigación profunda?"
    for question in ("最近有哪些关于视频生成的论文？", newest):
        parsed = understand(question, vocab, {})
        assert parsed.intent == "list" and parsed.untranslated == []
        assert "latest" in parsed.english or "most recent" in parsed.english


@pytest.mark.parametrize(
    ("question", "since", "until"),
    [
        ("Quels articles sur les agents du mois dernier ?", "2025-09-01", "2025-09-30"),
        ("les articles sur les agents des trois derniers mois", "2025-07-31", "2025-10-30"),
        ("Quels articles sur les agents sont parus la semaine dernière ?", "2025-10-20", "2025-10-26"),
        ("Quels articles sur les agents cette année ?", "2025-01-01", "2025-12-31"),
        ("¿Qué artículos sobre agentes se publicaron el mes pasado?", "2025-09-01", "2025-09-30"),
        ("artículos sobre agentes en los últimos 2 meses", "2025-08-31", "2025-10-30"),
        ("¿Qué trabajos sobre agentes hay del año pasado?", "2024-01-01", "2024-12-31"),
        ("Welche Arbeiten zu Agenten gab es letzten Monat?", "2025-09-01", "2025-09-30"),
        ("Welche Arbeiten zu Agenten in den letzten drei Monaten?", "2025-07-31", "2025-10-30"),
        ("Arbeiten über Agenten dieses Jahr", "2025-01-01", "2025-12-31"),
        ("上个月有哪些关于智能体的论文？", "2025-09-01", "2025-09-30"),
        ("今年有哪些关于智能体的论文？", "2025-01-01", "2025-12-31"),
        ("最近三个月有哪些关于智能体的论文？", "2025-07-31", "2025-10-30"),
        ("Quais artigos sobre agents do mês passado?", "2025-09-01", "2025-09-30"),
        ("artigos sobre agents dos últimos três meses", "2025-07-31", "2025-10-30"),
        ("Quali articoli sugli agents del mese scorso?", "2025-09-01", "2025-09-30"),
        ("articoli sugli agents di quest'anno", "2025-01-01", "2025-12-31"),
        # a month named in the language is a calendar month, not a relative one
        ("Résume les articles sur les agents de mars 2025", "2025-03-01", "2025-03-31"),
        ("Resuma os artigos sobre agents de março de 2025", "2025-03-01", "2025-03-31"),
        ("Riassumi gli articoli sugli agents di giugno 2025", "2025-06-01", "2025-06-30"),
    ],
)
def test_relative_periods_in_each_language(question, since, until):
    p = understand(question, VOCAB, ACRONYMS, latest="2025-10-30")
    assert (p.since, p.until) == (since, until)
    said = {"mois", "dernier", "pasado", "ano", "letzten", "monat", "jahr", "mes", "passado", "mese", "scorso", "anno"}
    assert not said & set(" ".join(p.topics).split())


@pytest.mark.parametrize(
    ("question", "lang", "english"),
    [
        # a purpose clause keeps its verb before its object, in English
        ("¿qué artículos usan modelos de difusión para generar video?", "es", "which papers use diffusion models to"),
        (
            "Quels articles utilisent la quantification pour entraîner des agents ?",
            "fr",
            "which papers use quantization",
        ),
        # "recherches" (plural) is the papers; the singular stays "search"
        ("Quelles recherches portent sur la quantification ?", "fr", "which papers study quantization ?"),
        ("Y a-t-il des recherches sur la quantification ?", "fr", "which papers study quantization ?"),
        ("¿Qué investigaciones hay sobre cuantización?", "es", "which papers"),
    ],
)
def test_purpose_clauses_and_research_as_papers(question, lang, english):
    assert language(question) == lang
    assert to_english(question, lang).startswith(english)


def test_purpose_verb_is_translated_and_stays_before_its_object():
    vocab = {"generate": 900, "train": 800, "agents": 300, "video": 500}
    english = to_english("¿qué artículos usan modelos de difusión para generar video?", "es", lambda w: vocab.get(w, 0))
    assert english.endswith("to generate video?")
    english = to_english("Quels articles utilisent le RL pour entraîner des agents ?", "fr", lambda w: vocab.get(w, 0))
    assert english.endswith("to train agents ?")


@pytest.mark.parametrize(
    ("question", "lang", "english"),
    [
        ("PPO frente a GRPO", "es", "PPO versus GRPO"),
        ("les modèles de diffusion par rapport aux modèles autorégressifs", "fr", "diffusion models versus"),
        ("Vision Transformer im Vergleich zu CNNs", "de", "Vision Transformer versus CNNs"),
        ("aprendizaje por refuerzo contra ajuste fino supervisado", "es", "reinforcement learning versus"),
    ],
)
def test_versus_words_of_each_language_compare_two_topics(question, lang, english):
    assert language(question) == lang
    assert to_english(question, lang).lower().startswith(english.lower())
    assert understand(question, VOCAB, ACRONYMS).intent == "compare"


def test_against_after_an_attack_or_a_defence_is_no_comparison():
    assert "versus" not in to_english("artículos sobre ataques contra agentes web", "es")
    assert "versus" not in to_english("Arbeiten zum Schutz gegen Angriffe", "de")


@pytest.mark.parametrize(
    ("text", "lang", "english"),
    [
        ("preguntas y respuestas", "es", "question answering"),
        ("questions et réponses", "fr", "question answering"),
        ("recherche arborescente Monte Carlo", "fr", "monte carlo tree search"),
        ("aprendizaje por refuerzo con retroalimentación humana", "es", "reinforcement learning from human feedback"),
        ("verstärkendes Lernen aus menschlichem Feedback", "de", "reinforcement learning from human feedback"),
        (
            "aprendizaje por refuerzo con recompensas verificables",
            "es",
            "reinforcement learning with verifiable rewards",
        ),
        ("generación aumentada con recuperación", "es", "retrieval-augmented generation"),
        ("Computer-Use-Agenten", "de", "computer use agents"),
        ("视觉Transformer", "zh", "vision transformer"),
    ],
)
def test_the_fields_multi_word_terms_are_put_in_english(text, lang, english):
    from rag.frames import fold, translate_terms

    folded = text if lang == "zh" else fold(text)
    if lang == "es":  # the frames write a Spanish "y" as "and" before the glossary is read
        folded = folded.replace(" y ", " and ")
    if lang == "fr":
        folded = folded.replace(" et ", " and ")
    assert translate_terms(folded, lang).strip() == english


def test_one_paper_described_asks_for_one_paper_and_a_german_purpose_clause_reads_to_verb():
    vocab = {"classify": 300, "images": 900, "prove": 40, "theorems": 30, "natural": 500, "language": 900}
    df = lambda w: vocab.get(w, 0)  # noqa: E731
    assert to_english("el artículo sobre ataques de caja negra a agentes web", "es").startswith(
        "the paper on black-box"
    )
    assert to_english("Welche Arbeit nutzt LoRA?", "de") == "which paper use LoRA?"
    english = to_english("Welche Arbeiten nutzen Vision Transformer, um Bilder zu klassifizieren?", "de", df)
    assert english.startswith("which papers use vision transformer") and "to classify image" in english
    english = to_english("Welche Arbeit nutzt RL, um Theoreme aus natürlicher Sprache zu beweisen?", "de", df)
    assert "to prove" in english and "natural language" in english


def test_a_verb_in_the_present_and_a_cognate_participle_are_put_in_english():
    from rag.lexicon import english_word

    vocab = {"compress": 50, "manage": 40, "unified": 300, "train": 900}
    df = lambda w: vocab.get(w, 0)  # noqa: E731
    assert english_word("compresse", "fr", df) == "compress"
    assert english_word("gestiona", "es", df) == "manage"
    assert english_word("trainiert", "de", df) == "train"
    assert english_word("unificado", "es", df) == "unified"


def test_a_hyphenated_name_with_a_function_word_is_not_untranslated():
    from rag.understand import untranslated_words

    vocab = {"reinforcement": 400, "learning": 900, "verifiable": 60, "rewards": 300}
    assert untranslated_words(["reinforcement-learning-with-verifiable-rewards"], vocab, {}) == []
    assert untranslated_words(["reinforcement-learning-con-verificables"], vocab, {}) == [
        "reinforcement-learning-con-verificables"
    ]


@pytest.mark.parametrize(
    ("question", "intent", "topic"),
    [
        ("¿Cuál es la tendencia de los artículos sobre agentes?", "trend", "agents"),
        ("Quelle est l'évolution du nombre d'articles sur la quantification ?", "trend", "quantization"),
        ("Wie hat sich die Zahl der Arbeiten zu Diffusionsmodellen entwickelt?", "trend", "diffusion models"),
        ("Wie ist der Trend bei Agenten?", "trend", "agents"),
        ("Erkläre mir, was Wissensdestillation ist", "definition", "knowledge distillation"),
        ("Explícame qué es la destilación de conocimiento", "definition", "knowledge distillation"),
        ("Explique-moi ce qu'est la quantification", "definition", "quantization"),
        ("¿En qué se diferencian DPO y PPO?", "compare", "dpo"),
        ("Wie unterscheiden sich DPO und PPO?", "compare", "dpo"),
    ],
)
def test_trend_definition_and_comparison_asked_in_other_words(question, intent, topic):
    vocab = {**VOCAB, "quantization": 80, "distillation": 100, "knowledge": 400, "dpo": 90, "ppo": 90}
    parsed = understand(question, vocab, ACRONYMS)
    assert parsed.intent == intent and parsed.topics[0] == topic


def test_a_hyphenated_german_compound_is_read_part_by_part():
    vocab = {"question": 900, "answer": 500, "system": 900, "systems": 900}
    english = to_english("Welche Arbeiten zu Frage-Antwort-Systemen gibt es?", "de", lambda w: vocab.get(w, 0))
    assert english == "which papers on question answer system ?"
    assert to_english("Arbeiten zu Foo-Barbaz", "de", lambda w: vocab.get(w, 0)).endswith("Foo-Barbaz")


@pytest.mark.parametrize(
    ("question", "intent", "topic"),
    [
        # the term before the question word, "que sont les", and a book title in 《》 read as a quoted title
        ("TopK, c'est quoi ?", "definition", "topk"),
        ("que sont les CUAs ?", "definition", "cuas"),
        ("LoRA, ¿qué es?", "definition", "lora"),
        ("LoRA – was ist das?", "definition", "lora"),
        ("《Video Diffusion Agents》的作者有哪些？", "authors", "video diffusion agents"),
        ("Welche Papers beschäftigen sich mit Videogenerierung?", "list", "video generation"),
    ],
)
def test_more_question_frames_of_each_language(question, intent, topic):
    vocab = {**VOCAB, "topk": 10, "cuas": 16, "lora": 90}
    parsed = understand(question, vocab, ACRONYMS)
    assert (parsed.intent, parsed.topics) == (intent, [topic])


@pytest.mark.parametrize(
    ("question", "since", "until"),
    [
        # "the last week" is the seven days up to the newest; "la semana pasada" the calendar week before
        ("¿Qué hay de nuevo en la última semana?", "2025-10-24", "2025-10-30"),
        ("¿Qué hay de nuevo la semana pasada?", "2025-10-20", "2025-10-26"),
        ("Überblick über Agenten aus der ersten Hälfte von Juni 2025", "2025-06-01", "2025-06-15"),
        ("résume les articles sur les agents de la deuxième moitié de mars 2025", "2025-03-16", "2025-03-31"),
        ("resumen de agentes de la primera mitad de mayo de 2025", "2025-05-01", "2025-05-15"),
    ],
)
def test_the_last_week_and_half_months_in_each_language(question, since, until):
    p = understand(question, VOCAB, ACRONYMS, latest="2025-10-30")
    assert (p.intent, p.since, p.until) == ("summary", since, until)


def test_a_what_is_new_question_without_a_topic_is_a_summary():
    for question in ("¿Qué hay de nuevo en la última semana?", "Quoi de neuf la semaine dernière ?"):
        p = understand(question, VOCAB, ACRONYMS, latest="2025-10-30")
        assert (p.intent, p.topics) == ("summary", [])


def test_german_compound_adjectives_and_paper_nouns_and_a_generic_head():
    vocab = {"language": 900, "specific": 900, "neuron": 14, "long-context": 50, "long": 500, "context": 500}
    df = vocab.get
    assert to_english("Welche Arbeiten untersuchen sprachspezifische Neuronen?", "de", lambda w: df(w, 0)) == (
        "which papers study language-specific neuron?"
    )
    overview = to_english("Überblick über Long-Context-Paper", "de", lambda w: df(w, 0))
    assert overview == "overview of Long-Context papers"
    assert to_english("eine RLVR-Methode", "de", lambda w: {"rlvr": 77}.get(w, 0)) == "rlvr method"


def test_a_plural_verb_after_which_papers_stays_a_verb_and_words_are_general_vocabulary():
    vocab = {"predict": 100, "future": 100, "value": 100, "time": 700, "series": 90, "complex": 900, "reasoning": 900}
    df = lambda w: vocab.get(w, 0)  # noqa: E731
    assert to_english("¿Qué artículos predicen valores futuros de series temporales?", "es", df) == (
        "which papers predict time series future value?"
    )
    assert to_english("¿qué artículos usan razonamiento complejo?", "es", df) == "which papers use complex reasoning?"
    assert to_english("哪些论文研究医学图像分割？", "zh") == "which papers study medical image segmentation ?"
    assert to_english("关于过程奖励模型的论文", "zh") == "process reward model"
    assert to_english("关于网页导航的论文", "zh") == "web navigation"


def test_a_bracketed_name_after_a_translated_description_is_the_topic():
    vocab = {**VOCAB, "federated": 40, "learning": 2000, "training": 900, "data": 1700, "device": 28}
    parsed = understand("Gibt es Arbeiten zum Training ohne Daten zu teilen (föderiertes Lernen)?", vocab, ACRONYMS)
    assert (parsed.intent, parsed.topics) == ("list", ["federated learning"])


@pytest.mark.parametrize(
    ("follow", "lang", "english"),
    [
        ("lesquels ont du code ?", "fr", "which of them have code ?"),
        ("lesquelles sont de 2024 ?", "fr", "which of them are from 2024 ?"),
        ("lesquels sont de Xinchao Wang ?", "fr", "which of them are by Xinchao Wang ?"),
        ("et en 2025 ?", "fr", "and in 2025 ?"),
        ("résume-les", "fr", "summarize them"),
        ("plus", "fr", "more"),
        ("¿cuáles son de 2024?", "es", "which of them are from 2024?"),
        ("¿cuáles de ellos tienen código?", "es", "which of them have code ?"),
        ("¿cuáles son de abril de 2025?", "es", "which of them are from abril 2025?"),
        ("¿y en 2025?", "es", "and in 2025?"),
        ("más", "es", "more"),
        ("resúmelos", "es", "summarize them"),
        ("und welche davon sind von 2025?", "de", "and which of them are from 2025?"),
        ("welche von ihnen sind aus dem März 2025?", "de", "which of them are from Marz 2025?"),
        ("welche davon sind von Pengxiang Ding?", "de", "which of them are by Pengxiang Ding?"),
        ("welche davon haben Code?", "de", "which of them have code ?"),
        ("mehr", "de", "more"),
        ("fasse sie zusammen", "de", "summarize them"),
        ("et ceux de 2024 ?", "fr", "and the ones from 2024 ?"),
        ("y los de 2024?", "es", "and the ones from 2024?"),
        ("und die von 2024?", "de", "and the ones from 2024?"),
        ("qui les a écrits ?", "fr", "who wrote them ?"),
        ("¿quién los escribió?", "es", "who wrote them ?"),
        ("wer hat sie geschrieben?", "de", "who wrote them ?"),
        ("总结一下这些论文", "zh", "summarize them"),
        ("这些论文是谁写的？", "zh", "who wrote them ?"),
    ],
)
def test_a_follow_up_in_another_language_is_the_english_follow_up(follow, lang, english):
    assert language(follow) == lang
    assert to_english(follow, lang, lambda w: 5) == english


def test_a_fresh_spanish_question_with_cuales_is_not_a_follow_up():
    lang = language("¿cuáles son los artículos sobre agentes?")
    assert lang == "es"
    assert "them" not in to_english("¿cuáles son los artículos sobre agentes?", lang, lambda w: 5)


def test_a_hyphenated_compound_is_put_in_english_part_by_part():
    df = {"vision": 600, "language": 3000, "action": 900, "models": 3000}.get
    said = {
        "articles sur les modèles vision-langage-action": ("fr", "papers on vision-language-action models"),
        "artículos sobre modelos de visión-lenguaje-acción": ("es", "papers on vision-language-action models"),
    }
    for question, (lang, english) in said.items():
        assert language(question) == lang
        assert to_english(question, lang, lambda w: df(w, 0)) == english


def test_summarize_the_papers_on_is_no_summarize_them():
    assert to_english("Résume les articles sur les modèles de diffusion", "fr").startswith("summarize papers on")
    assert to_english("résume les", "fr") == "summarize them"


@pytest.mark.parametrize(
    ("question", "lang", "english"),
    [
        # a French question turned around: its pronoun dropped, "y a-t-il" and "est-ce que" read
        ("combien de langues Qwen3 prend-il en charge ?", "fr", "how many language Qwen3 support ?"),
        ("combien d'articles sur les agents y a-t-il ?", "fr", "how many papers on agents ?"),
        ("est-ce que BitNet v2 utilise la quantification ?", "fr", "does BitNet v2 use quantization ?"),
        ("est-ce qu'il y a des articles sur les agents ?", "fr", "which papers study agents ?"),
        ("qui a gagné le prix Turing en 2024 ?", "fr", "who won turing award 2024 ?"),
        ("¿quién ganó el premio Turing en 2024?", "es", "who won turing award 2024?"),
        # a yes/no asked without "does": the name opens it, or follows its verb
        ("¿ARWKV utiliza la cuantización?", "es", "does ARWKV use quantization?"),
        ("¿usa BitNet v2 la cuantización?", "es", "does BitNet v2 use quantization?"),
        ("Verwendet BitNet v2 eine Quantisierung?", "de", "does BitNet v2 use quantization?"),
        ("ARWKV 使用了知识蒸馏吗？", "zh", "does ARWKV use knowledge distillation ?"),
        ("Qwen3支持多少种语言？", "zh", "Qwen3 support how many language ?"),
        # ... but a list whose paper noun was dropped stays a list
        ("¿artículos que usan MCTS para agentes?", "es", "use MCTS for agents?"),
        # a half-remembered paper, and a bit width put before its noun
        ("l'article où on empêche les valeurs aberrantes", "fr", "which paper prevent outlier"),
        ("artículos sobre la cuantización de 4 bits", "es", "papers on 4-bit quantization"),
        # a chat's "only" a year
        ("seulement 2025", "fr", "only 2025"),
        ("uniquement de 2024", "fr", "only 2024"),
        ("solo los de 2024", "es", "only 2024"),
        ("nur 2025", "de", "only 2025"),
    ],
)
def test_inverted_verbs_yes_no_who_won_and_only_a_year_in_other_languages(question, lang, english):
    english_df = {"quantization": 80, "agents": 300, "code": 900, "image": 800, "prevent": 90, "convert": 60}
    assert language(question) == lang
    assert to_english(question, lang, lambda w: english_df.get(w, 0)) == english


def test_a_word_the_translation_wrote_is_not_untranslated():
    from rag.understand import untranslated_words

    vocab = {"turing": 30}
    assert untranslated_words(["won turing award"], vocab, {}, asked="qui a gagné le prix Turing ?") == []
    assert untranslated_words(["gagne turing"], vocab, {}, asked="qui gagne le prix Turing ?") == ["gagne"]
    # a compound the question wrote, English inside ("Mixture-of-Experts-Architekturen"), is the asker's own word
    compound = "mixture-of-experts-architekturen"
    asked = "Arbeiten zu Mixture-of-Experts-Architekturen"
    assert untranslated_words([compound], {"mixture": 90}, {}, asked=asked) == [compound]
    # an everyday verb of a description is put in English ("convierte" → "convert")
    said = to_english(
        "el artículo que convierte imágenes en código", "es", lambda w: {"convert": 60, "image": 800}.get(w, 0)
    )
    assert said.startswith("which paper") and "convert" in said.split()


def test_a_paper_described_in_everyday_words_is_put_in_english():
    """A researcher describing a paper uses everyday verbs and nouns ("cambia el orden de los parches"), and the
    question words around them ("quand", "cuando", "leur") are no topic words."""
    vocab = {"order": 300, "patch": 200, "change": 500, "image": 900, "energy": 90, "vote": 12, "consume": 20}
    es = understand("el artículo que cambia el orden de los parches de imagen", vocab, {})
    assert es.untranslated == [] and {"order", "patch"} <= set(" ".join(es.topics).split())
    fr = understand("une étude où les gens changent leur vote quand le modèle consomme plus d'énergie", vocab, {})
    assert fr.language == "fr" and "quand" not in fr.untranslated and "leur" not in fr.untranslated
    assert {"vote", "energy"} <= set(" ".join(fr.topics).split())
    over = understand("Muéstrame trabajos sobre modelos de razonamiento grandes que piensan demasiado", vocab, {})
    assert "overthinking" in " ".join(over.topics)


@pytest.mark.parametrize(
    ("question", "lang", "intent", "topic"),
    [
        ("Quem são os autores do EmoNet-Voice?", "pt", "authors", "emonet-voice"),
        ("Quem escreveu o AdamMeme?", "pt", "authors", "adammeme"),
        ("Quais artigos usam MCTS?", "pt", "list", "mcts"),
        ("O que é GRPO?", "pt", "definition", "grpo"),
        ("Resuma os artigos sobre agents de setembro de 2025", "pt", "summary", "agents"),
        ("Chi sono gli autori di EmoNet-Voice?", "it", "authors", "emonet-voice"),
        ("Chi ha scritto AdamMeme?", "it", "authors", "adammeme"),
        ("Quali articoli usano MCTS?", "it", "list", "mcts"),
        ("Che cos'è GRPO?", "it", "definition", "grpo"),
        ("Riassumi gli articoli sugli agents di ottobre 2025", "it", "summary", "agents"),
    ],
)
def test_portuguese_and_italian_keep_intent_and_topic(question, lang, intent, topic):
    parsed = understand(question, VOCAB, ACRONYMS, latest="2025-10-30")
    assert (parsed.language, parsed.intent, parsed.topics) == (lang, intent, [topic])


@pytest.mark.parametrize(
    ("question", "english"),
    [
        ("Compare RLHF com DPO", "compare RLHF and DPO"),
        ("Qual é a diferença entre ViTs e CNNs?", "compare ViTs and CNNs?"),
        ("Quantos artigos sobre MCTS existem?", "how many papers on MCTS ?"),
        ("O Seed-Prover usa Lean?", "does Seed-Prover use Lean?"),
        ("Qual è la differenza tra ViT e CNN?", "compare ViT and CNN?"),
        ("Quanti articoli sulla MCTS ci sono?", "how many papers on MCTS ?"),
        ("Com'è cambiato l'interesse per MCTS nel tempo?", "how did interest in change MCTS over time ?"),
        ("MixEval-X usa il Common Crawl?", "does MixEval-X use Common Crawl?"),
    ],
)
def test_portuguese_and_italian_frames_in_english(question, english):
    assert to_english(question, language(question)) == english


def test_a_spanish_question_with_words_portuguese_shares_stays_spanish():
    assert language("¿ARWKV usa destilación de conocimiento?") == "es"
    assert language("artículos sobre MCTS de marzo de 2025") == "es"
    assert language("¿Qué es GRPO?") == "es"
    assert language("Which papers use MCTS for planning as a search?") == "en"
    assert language("ARWKV usa destilación o cuantización?") == "es"
    assert language("Quem escreveu o AdamMeme?") == "pt"


def test_portuguese_and_italian_cognates_and_unknown_words():
    from rag.lexicon import english_word

    df = {"generation": 900, "quantization": 80, "regression": 60, "reliability": 20, "models": 3000}.get
    assert english_word("geracao", "pt", lambda w: df(w) or 0) == "generation"
    assert english_word("quantizzazione", "it", lambda w: df(w) or 0) == "quantization"
    assert english_word("regressione", "it", lambda w: df(w) or 0) == "regression"
    assert english_word("regressao", "pt", lambda w: df(w) or 0) == "regression"
    assert english_word("confiabilidade", "pt", lambda w: df(w) or 0) == ""  # no cognate the corpus writes
    vocab = {"robots": 40, "papers": 500}
    assert set(understand("Quais artigos usam robots para dobrar roupa?", vocab, {}).untranslated) == {
        "dobrar",
        "roupa",
    }
    assert set(understand("Quali articoli usano robots per piegare il bucato?", vocab, {}).untranslated) == {
        "bucato",
        "piegare",
    }

"""Question understanding: pure functions, a small hand-made vocabulary instead of an index."""

from rag.question import counted_back, iso_dates, period_note, strip_code_intent, strip_dates, swapped, trailing_year
from rag.shapes import asked_measure, states_measure
from rag.understand import _name_words as name_words
from rag.understand import (
    aliased,
    as_typed,
    asked_count,
    audience_frame,
    bare_topic,
    capitalised_names,
    category_asked,
    chunks,
    concept,
    correct,
    field_evaluation_frame,
    intent_of,
    language_of,
    mend_compounds,
    mend_months,
    methods_frame,
    ordinal_of,
    protect_phrases,
    reading_frame,
    research_on,
    slash_as_or,
    spells_whole,
    split_sides,
    stem,
    stem_key,
    strip_markup,
    typing_edits,
    understand,
)

VOCAB = {
    "monte": 40,
    "carlo": 40,
    "tree": 300,
    "search": 215,
    "knowledge": 400,
    "distillation": 120,
    "reinforcement": 500,
    "learning": 2000,
    "human": 600,
    "feedback": 300,
    "lora": 120,
    "diffusion": 700,
    "video": 500,
    "generation": 1500,
    "mixture": 80,
    "experts": 90,
    "cache": 100,
    "compress": 30,
    "equal": 12,
    "sewage": 1,
}
ACRONYMS = {
    "mcts": "monte carlo tree search",
    "lora": "low rank adaptation",
    "moe": "mixture of experts",
    "rlhf": "reinforcement learning from human feedback",
    "kd": "knowledge distillation",
}


def test_markup_is_stripped_words_stay():
    assert strip_markup("**Which papers** use <b>MCTS</b>?") == "Which papers use MCTS ?"
    assert strip_markup("# What is `GRPO`?") == "What is GRPO?"
    assert strip_markup("hallucination papers pls") == "hallucination papers"
    assert strip_markup("which papers use MCTS? thanks!") == "which papers use MCTS?"
    assert strip_markup("see [the paper](http://x.y) &amp; more") == "see the paper & more"
    assert strip_markup("**Q:** Which papers use ==rectified flow==?") == "Which papers use rectified flow?"
    assert strip_markup("# Question\nWhich papers use MCTS?") == "Which papers use MCTS?"
    assert strip_markup("Question answering papers?") == "Question answering papers?"
    assert strip_markup("Q-learning papers?") == "Q-learning papers?"


def test_intents():
    assert intent_of("who wrote the Qwen2.5 technical report?")[0] == "authors"
    assert intent_of("what is GRPO?") == ("definition", "GRPO")
    assert intent_of("what does MoE stand for?") == ("definition", "MoE")
    assert intent_of("compare DPO and PPO papers")[0] == "compare"
    assert intent_of("summarize the papers on agents from the week of 2025-01-20")[0] == "summary"
    assert intent_of("how many papers per month mention RAG?")[0] == "trend"
    assert intent_of("which papers use MCTS?")[0] == "list"
    assert intent_of("which model scored 24.6 on OSWorld?")[0] == "fact"
    # any participle after "papers" asks for the papers doing it; "during" and "being" are no such verb
    assert intent_of("papers modelling objects with movable parts")[0] == "list"
    assert intent_of("papers being cited most")[0] != "list"
    # a description's "over time" is how its paper works; a clear frame still asks the count over time
    described = "the paper that lets you ask questions about objects in scenes changing over time, what was it called?"
    assert intent_of(described, describes=True)[0] == "fact"
    assert intent_of("how has research on mixture of experts developed over time?", describes=True)[0] == "trend"


def test_stems_make_verbs_nouns_and_plurals_alike():
    assert stem_key("compress") == stem_key("compression") or stem_key("compresses") == stem_key("compress")
    assert stem_key("KV caches") == stem_key("KV cache")
    assert stem_key("LLMs") == stem_key("LLM")
    assert stem_key("low-rank adaptation") == stem_key("low rank adaptations")
    assert stem_key("AIME") != stem_key("aim")
    # nearly every digest summary states its "main objective": that is no object
    assert stem_key("objective") == stem_key("objectives") != stem_key("object")
    assert stem_key("objects") == stem_key("object")


def test_typos_corrected_against_vocabulary_only_when_unknown():
    fixes = correct(["papres", "monte", "carlo", "tree", "serach"], VOCAB)
    assert fixes == {"papres": "papers", "serach": "search"}
    assert correct(["equals", "sewage", "sage"], VOCAB) == {}
    assert correct(["knowlege", "distilation"], VOCAB) == {"knowlege": "knowledge"}  # distil- is matched by stem
    assert correct(["france"], VOCAB, keep=frozenset({"france"})) == {}


def test_two_edit_typos_and_moved_doubled_letters():
    vocab = {"diffusion": 500, "discussion": 40, "embedding": 300, "detection": 190, "decision": 200, "models": 3000}
    vocab |= {"object": 400, "squared": 30, "matching": 200}
    # a doubled letter moved ("difussion") is one edit: diffusion, not discussion (two edits)
    assert typing_edits("difussion", "diffusion") == 1 and typing_edits("difussion", "discussion") == 2
    assert correct(["difussion", "models"], vocab) == {"difussion": "diffusion"}
    assert correct(["embbeding"], vocab) == {"embbeding": "embedding"}
    # two edits in eight letters: only beside a word the corpus writes the correction with
    said = {"object detection": 20, "flow matching": 60, "mean squared": 30}
    assert correct(["flow", "maathing"], vocab, phrase_df=lambda p: said.get(p, 0)) == {"maathing": "matching"}
    assert correct(["maathing"], vocab, phrase_df=lambda p: said.get(p, 0)) == {}
    assert correct(["mean", "sqraed"], vocab, phrase_df=lambda p: said.get(p, 0)) == {}  # six letters: too short
    # two candidates two edits off: the one the corpus writes beside the question's other word
    assert correct(["object", "decttion"], vocab) == {}  # two edits off, and no phrase to say which
    assert correct(["object", "decttion"], vocab, phrase_df=lambda p: said.get(p, 0)) == {"decttion": "detection"}


def test_filler_words_are_not_topic_and_or_splits_alternatives():
    assert chunks("which papers build on direct preference optimization or other preference learning methods") == [
        ["direct preference optimization"],
        ["preference learning"],
    ]
    assert chunks("which papers apply retrieval-augmented generation to medical questions") == [
        ["retrieval-augmented generation", "medical questions"]
    ]


def test_expansions_with_linking_words_stay_whole():
    assert protect_phrases("which papers use mixture of experts", ACRONYMS) == "which papers use mixture-of-experts"


def test_comparison_sides_and_ordinals():
    assert split_sides("LoRA vs full fine-tuning") == ["LoRA", "full fine-tuning"]
    assert ordinal_of("what does the first one achieve?") == 1
    assert ordinal_of("and the second paper?") == 2
    assert ordinal_of("what about paper [3]?") == 3
    assert ordinal_of("what does it achieve?") == 0


def test_a_qualifier_on_both_sides_of_a_comparison_is_its_scope():
    """ "X vs Y for Z", "how do X and Y compare on Z", "better for Z, X or Y?": Z restricts both sides."""
    cases = {
        "compare Mamba and Transformers for long context": (["mamba", "transformers"], "long context"),
        "DPO vs PPO for alignment": (["dpo", "ppo"], "alignment"),
        "how do mamba and transformers compare on long sequences?": (["mamba", "transformers"], "long sequences"),
        "which is better for reasoning, GRPO or PPO?": (["grpo", "ppo"], "reasoning"),
        "how does GRPO differ from PPO?": (["grpo", "ppo"], ""),
        "How do DAPO and GSPO differ in how they optimize the policy?": (["dapo", "gspo"], ""),
        "Compare the papers on Chamfer distance with those on CT scans.": (["chamfer distance", "ct scans"], ""),
    }
    for question, (topics, scope) in cases.items():
        p = understand(question, VOCAB, ACRONYMS)
        assert (p.intent, p.topics, p.scope) == ("compare", topics, scope), question
    assert understand("GRPO vs PPO for LLM reasoning", VOCAB, ACRONYMS).scope_concepts == [[" llm reason "]]


def test_is_x_better_than_y_compares_them():
    for question in ("is LoRA better than full fine-tuning?", "RAG or long context: which is better?"):
        assert intent_of(question, False)[0] == "compare", question
    p = understand("does DPO work better than PPO?", VOCAB, ACRONYMS)
    assert (p.intent, p.topics) == ("compare", ["dpo", "ppo"])  # "better" is no part of a side
    assert intent_of("is it better to use LoRA?", False)[0] != "compare"


def test_language_detection():
    assert language_of("哪些论文使用了 LoRA？", ["lora"], VOCAB, {}) == "other"
    assert language_of("Was ist RLHF?", ["was", "ist", "rlhf"], VOCAB, {}) == "other"
    cup = ["who", "won", "the", "football", "world", "cup"]
    assert language_of("Who won the football world cup?", cup, VOCAB, {}) == "en"
    words = ["which", "papres", "use", "monte", "carlo", "tree", "serach"]
    assert language_of("which papres use monte carlo tree serach?", words, VOCAB, {"papres": "papers"}) == "en"


def test_understand_whole_step():
    p = understand("which papres use monte carlo tree serach?", VOCAB, ACRONYMS)
    assert p.intent == "list" and p.topics == ["monte carlo tree search"]
    assert p.concepts == [[[stem_key("monte carlo tree search"), stem_key("mcts")]]]
    p = understand("**Which papers** use <b>mixture of experts</b> and have code?", VOCAB, ACRONYMS)
    assert p.intent == "list" and p.has_code and p.concepts[0][0][1] == " moe "
    p = understand("哪些论文使用了 LoRA？", VOCAB, ACRONYMS)
    assert (p.language, p.intent, p.topics) == ("zh", "list", ["lora"])
    p = understand("summarize the papers on video generation from the week of January 20, 2025", VOCAB, ACRONYMS)
    assert (p.intent, p.since, p.until, p.topics) == ("summary", "2025-01-20", "2025-01-26", ["video generation"])
    assert understand("compare LoRA and RLHF", VOCAB, ACRONYMS).topics == ["lora", "rlhf"]
    assert "parsed" not in p.to_dict() and p.to_dict()["intent"] == "summary"


def test_the_main_benchmarks_for_a_topic_ask_for_the_papers_making_them_on_it():
    for question in (
        "what are the main benchmarks for video generation?",
        "which benchmarks are used to evaluate video generation?",
        "what are common datasets for video generation?",
    ):
        p = understand(question, VOCAB, ACRONYMS)
        kind = " dataset " if "dataset" in question else " benchmark "
        assert (p.intent, p.concepts) == ("list", [[[kind], [" video generat "]]]), question
    assert intent_of("what is a common sense reasoning benchmark?")[0] == "definition"
    # how often the field uses them is a count of the names its papers write (rag/usage.py)
    assert understand("which datasets are commonly used for video generation?", VOCAB, ACRONYMS).intent == "aggregate"


def test_written_dates_become_iso():
    assert iso_dates("the week of January 20, 2025") == "the week of 2025-01-20"
    assert iso_dates("on 3 February 2025") == "on 2025-02-03"
    assert strip_dates("papers from March 5th, 2025")[1:] == ("2025-03-05", "2025-03-05")


def test_author_filter_only_for_listed_authors():
    from rag.understand import author_filter

    authors = {"yossi adi": 2, "lovesnowbest": 4}
    assert author_filter("Papers with Yossi Adi as an author", authors)[0] == "Yossi Adi"
    assert author_filter("Which papers list lovesnowbest as an author?", authors)[0] == "lovesnowbest"
    assert author_filter("papers by lovesnowbest on agents", authors)[0] == "lovesnowbest"
    vocab = {"known": 500}  # a word the papers use is no name: "Nobody Known" is no one to look up
    assert author_filter("papers by Nobody Known", authors, vocab) == ("", "papers by Nobody Known", [], [])
    # a person no paper lists is still the author asked, with no listed name meant
    assert author_filter("papers by Chelsea Finn", authors, vocab) == ("Chelsea Finn", "papers", [], [])
    name, rest, _, joined = author_filter("Which paper is by Yossi Adi, Mu Li and Bin Xia?", {**authors, "bin xia": 1})
    assert name == "Yossi Adi" and "Bin Xia" not in rest and joined == []  # Mu Li is no listed author: the list ends
    listed = {**authors, "bin xia": 1, "mu li": 3}
    name, rest, _, joined = author_filter("Which paper is by Yossi Adi, Mu Li and Bin Xia?", listed)
    assert (name, rest, joined) == ("Yossi Adi", "Which paper  papers ?", ["mu li", "bin xia"])
    assert author_filter("papers by Yossi Adi & Bin Xia on speech", listed)[3] == ["bin xia"]


def test_year_after_over():
    assert strip_dates("How did interest in RNNs change over 2025?")[1:] == ("2025-01-01", "2025-12-31")


def test_a_year_before_papers_is_a_filter_and_a_version_number_is_not():
    assert strip_dates("which 2024 papers study long-context evaluation?") == (
        "which papers study long-context evaluation?",
        "2024-01-01",
        "2024-12-31",
    )
    assert strip_dates("show me 2025 work on speculative decoding")[1:] == ("2025-01-01", "2025-12-31")
    assert strip_dates("what does Qwen 2025 report?")[1:] == ("", "")


def test_a_bare_year_after_papers_is_a_filter_and_a_paper_list_is_a_list():
    assert strip_dates("world model papers 2025") == ("world model papers", "2025-01-01", "2025-12-31")
    assert strip_dates("papers evaluated on AIME 2025")[1:] == ("", "")  # the benchmark's year stays its name
    for question, topic in (
        ("world model papers 2025", "world model"),
        ("mixture of experts paper list", "mixture-of-experts"),
        ("paper list on video generation", "video generation"),
    ):
        p = understand(question, {**VOCAB, "world": 300, "video": 900, "generation": 900}, ACRONYMS)
        assert (p.intent, p.topics) == ("list", [topic]), question


def test_frame_words_never_become_required_topic_words():
    vocab = {**VOCAB, "token": 300, "merging": 40, "speed": 200, "transformers": 700, "world": 300, "models": 3000}
    vocab |= {"remote": 30, "sensing": 30, "data": 2000, "time": 900, "series": 60, "forecasting": 40}
    p = understand("Which papers use token merging to speed up transformers?", vocab, ACRONYMS)
    assert (p.intent, p.topics, p.purpose) == ("list", ["token merging"], "to speed up transformers")
    assert p.purpose_phrases == [["transformers"]]
    p = understand("which papers use RL to control traffic lights at intersections?", vocab, ACRONYMS)
    assert (p.purpose, p.purpose_phrases) == (
        "to control traffic lights at intersections",
        [["traffic lights", "intersections"]],
    )
    # a head of generic words only is no topic to cut the aim from
    p = understand("papers that apply LLMs to write Verilog", vocab, ACRONYMS)
    assert (p.purpose, p.purpose_phrases) == ("", [])
    # what is gained ("for faster inference") names no object
    p = understand("which papers use speculative decoding for faster inference?", vocab, ACRONYMS)
    assert p.purpose == "for faster inference" and p.purpose_phrases == []
    p = understand("Which papers use knowledge distillation in order to compress models?", vocab, ACRONYMS)
    assert p.topics == ["knowledge distillation"]
    assert understand("Which papers use LoRA for speeding up training?", vocab, ACRONYMS).topics == ["lora"]
    for verb in ("evolve", "change", "grow", "develop"):
        p = understand(f"How did work on world models {verb} over 2025?", vocab, ACRONYMS)
        assert (p.intent, p.topics, p.since, p.until) == ("trend", ["world models"], "2025-01-01", "2025-12-31")
    for asked in ("came out each month", "were published every month", "appeared monthly", "appeared each year"):
        p = understand(f"How many papers on world models {asked}?", vocab, ACRONYMS)
        assert (p.intent, p.topics) == ("trend", ["world models"]), asked
    for asked in (
        "has work on world models grown lately?",
        "is world models picking up these days?",
        "has world models been rising recently?",
    ):
        assert (understand(asked, vocab, ACRONYMS).intent, understand(asked, vocab, ACRONYMS).topics) == (
            "trend",
            ["world models"],
        ), asked
    assert understand("Which papers use remote sensing data?", vocab, ACRONYMS).topics == ["remote sensing"]
    assert understand("Which papers use time series data?", vocab, ACRONYMS).topics == ["time series"]
    # Two words stay whole: "synthetic data" is a topic, not "synthetic".
    assert understand("Which papers use video data?", vocab, ACRONYMS).topics == ["video data"]
    # "solve", like "address" and "tackle", says what papers do with the topic: "inverse problems"
    # stays whole, where "solve inverse" had dropped the noun as a trailing generic one.
    vocab |= {"inverse": 70, "problems": 900}
    for asked in ("Which papers solve inverse problems?", "papers solving inverse problems"):
        assert understand(asked, vocab, ACRONYMS).topics == ["inverse problems"], asked


def test_author_questions_in_other_words():
    authors = {"sung ju hwang": 15, "ling yang": 16}
    for q in (
        "Which papers did Sung Ju Hwang co-author?",
        "Which papers has Sung Ju Hwang written?",
        "Papers that Sung Ju Hwang co-authored?",
        "Show me papers with Sung Ju Hwang as an author",
    ):
        p = understand(q, VOCAB, ACRONYMS, authors)
        assert p.author == "Sung Ju Hwang" and not any(p.concepts), q
    p = understand("What has Ling Yang published?", VOCAB, ACRONYMS, authors)
    assert (p.author, p.language) == ("Ling Yang", "en")


def test_a_persons_papers_asked_in_everyday_words():
    authors = {"sergey levine": 5, "kaiming he": 1, "felice dell'orletta": 2}
    vocab = {**VOCAB, "mamba": 300, "llama": 400}
    for q, name in (
        ("any papers from Kaiming He?", "Kaiming He"),
        ("anything from Kaiming He?", "Kaiming He"),
        ("what did sergey levine put out", "sergey levine"),
        ("sergey levine papers", "sergey levine"),
        ("Sergey Levine's papers", "Sergey Levine"),
        ("show me Felice Dell'Orletta's work", "Felice Dell'Orletta"),
    ):
        p = understand(q, vocab, ACRONYMS, authors)
        assert (p.author, p.language) == (name, "en"), q
    # the same shapes naming a topic, a month or a lab keep their reading
    for q in ("Mamba papers", "Llama's papers", "any papers from March 2025 on agents?", "papers of the week"):
        assert understand(q, vocab, ACRONYMS, authors).author == "", q
    # no name spans two sentences, and a question word is no part of one
    for q in (
        "chatbots handle nine languages spoken across India. Which paper was that?",
        "Any Kolmogorov-Arnold papers?",
        "how many languages does the Aya Expanse paper cover?",  # a determiner makes it a paper's name
    ):
        assert understand(q, vocab, ACRONYMS, authors).author == "", q
    # a lab listed as an author is asked as the lab (rag.affiliation), whose papers are more than those it is listed on
    assert understand("papers from NVIDIA", vocab, ACRONYMS, {**authors, "nvidia": 4}).author == ""


def test_its_authors_in_any_wording_ask_for_the_authors():
    for q in (
        "who are MathHay's authors",
        "who were Contextualized Counterspeech's authors?",
        "who is its author?",
        "list WGAST's authors",
        "name the authors of CodeARC",
    ):
        assert intent_of(q)[0] == "authors", q
    assert intent_of("who are the leading groups in video generation?")[0] != "authors"


def test_two_sides_sharing_a_head_are_both_read_with_it():
    written = {"dense attention": 6, "diffusion language model": 23, "rag model": 9, "greedy search": 4}
    df = lambda phrase: written.get(phrase, 0)  # noqa: E731
    vocab = {**VOCAB, "dense": 100, "sparse": 80, "attention": 900, "pruning": 81, "distillation": 60}
    vocab |= {"greedy": 90, "beam": 60, "searches": 70}
    for q, sides in (
        ("compare dense and sparse attention", ["dense attention", "sparse attention"]),
        # the head's singular as the papers write it: "searches" → "search", not "searche"
        ("compare greedy and beam searches", ["greedy searches", "beam searches"]),
        (
            "Diffusion vs autoregressive language models",
            ["diffusion language models", "autoregressive language models"],
        ),
        # a side of its own: no paper writes "pruning distillation"; "RAG" is a name, whatever papers write
        ("pruning vs knowledge distillation", ["pruning", "knowledge distillation"]),
        ("compare RAG and long-context models", ["rag", "long-context models"]),
    ):
        p = understand(q, vocab, ACRONYMS, phrase_df=df)
        assert (p.intent, [t.lower() for t in p.topics]) == ("compare", sides), q


def test_a_spaced_plus_joins_two_topics_as_and_does():
    vocab = {**VOCAB, "federated": 40, "lora": 130}
    plus = understand("federated learning + LoRA papers", vocab, ACRONYMS)
    assert plus.concepts == understand("federated learning and LoRA papers", vocab, ACRONYMS).concepts
    assert "+" in understand("papers on C++ code generation", vocab, ACRONYMS).clean


def test_what_was_published_in_a_period_asks_for_an_overview_of_it():
    p = understand("What was published on video generation in March 2025?", VOCAB, ACRONYMS)
    assert (p.intent, p.topics, p.since, p.until) == ("summary", ["video generation"], "2025-03-01", "2025-03-31")
    assert understand("what came out on diffusion in the week of 2025-06-02?", VOCAB, ACRONYMS).intent == "summary"
    # without a period, or asked as "which papers", it is the list
    assert understand("What was published on video generation?", VOCAB, ACRONYMS).intent == "list"
    assert understand("Which papers on video generation came out in March 2025?", VOCAB, ACRONYMS).intent == "list"


def test_a_briefing_or_a_bare_period_asks_for_the_period_s_overview():
    for question in (
        "briefing for the first week of December 2024",
        "the first week of December 2024",
        "March 2025",
        "weekly briefing please",
        "weekly briefing for the week of 2025-03-10",
        "highlights from late October 2024",
    ):
        p = understand(question, {**VOCAB, "highlights": 13}, ACRONYMS, latest="2025-10-30")
        assert (p.intent, p.topics, p.language) == ("summary", [], "en") and p.since < p.until, question
    # one week of a named month, in the user's language
    for question in ("resumen de la primera semana de agosto 2025", "résumé de la première semaine d'août 2025"):
        p = understand(question, VOCAB, ACRONYMS, latest="2025-10-30")
        assert (p.intent, p.topics, p.since, p.until) == ("summary", [], "2025-08-01", "2025-08-07"), question
    on = understand("a briefing on agents for March 2025", {**VOCAB, "agents": 900}, ACRONYMS, latest="2025-10-30")
    assert (on.intent, on.topics, on.since, on.until) == ("summary", ["agents"], "2025-03-01", "2025-03-31")
    # a briefing as a topic is no request for one, and "papers from March 2025" lists that month's papers
    assert understand("papers from March 2025", VOCAB, ACRONYMS, latest="2025-10-30").intent != "summary"
    assert understand("which papers study weekly briefing generation?", VOCAB, ACRONYMS).intent == "list"


def test_a_period_with_no_topic_asks_for_its_overview():
    for question in ("give me a summary of October 2025", "what was published last week?", "what happened in May?"):
        p = understand(question, VOCAB, ACRONYMS, latest="2025-10-30")
        assert (p.intent, p.topics) == ("summary", []) and p.since < p.until, question
    assert understand("what's new in RL last week?", VOCAB, ACRONYMS, latest="2025-10-30").topics == ["rl"]
    # a single day is its list, not a period's overview
    assert understand("what came out on 2025-03-03?", VOCAB, ACRONYMS).intent != "summary"


def test_themes_trends_and_a_days_coverage_asked_with_no_topic_are_the_periods_overview():
    for question, span in (
        ("what were the main themes in September 2025?", ("2025-09-01", "2025-09-30")),
        ("what were the hot topics in the digests in March 2025?", ("2025-03-01", "2025-03-31")),
        ("what topics dominated the digests in January 2025?", ("2025-01-01", "2025-01-31")),
        ("what were the key trends in Q2 2025?", ("2025-04-01", "2025-06-30")),
    ):
        p = understand(question, VOCAB, ACRONYMS, latest="2025-10-30")
        assert (p.intent, p.topics, (p.since, p.until)) == ("summary", [], span), question
    # what was trending or hot, with no noun after it, asks which topics rose over the period (rag/trending.py)
    for question, span in (
        ("what was trending in AI research in spring 2025?", ("2025-03-01", "2025-05-31")),
        ("what was hot in machine learning last month?", ("2025-09-01", "2025-09-30")),
    ):
        p = understand(question, VOCAB, ACRONYMS, latest="2025-10-30")
        assert (p.intent, p.topics, p.trending, (p.since, p.until)) == ("trend", [], True, span), question
    for question in ("what did the digests cover on 2025-07-15?", "what did the digest of 2025-07-15 cover?"):
        p = understand(question, VOCAB, ACRONYMS, latest="2025-10-30")
        assert (p.intent, p.topics, p.since, p.until) == ("list", [], "2025-07-15", "2025-07-15"), question
    # a topic stays the topic, and "the trend" of a count stays a trend
    p = understand("what were the hot topics in video generation in March 2025?", VOCAB, ACRONYMS)
    assert (p.intent, p.topics) == ("summary", ["video generation"])
    assert understand("what was the trend of papers in 2025?", VOCAB, ACRONYMS).intent == "trend"
    # no period at all: the whole corpus, and what is new is what the last three months brought
    assert understand("what were the main themes?", VOCAB, ACRONYMS).intent == "summary"
    p = understand("what's new?", VOCAB, ACRONYMS, latest="2025-10-30")
    assert (p.intent, p.topics, p.since, p.until, p.recent) == ("summary", [], "2025-07-31", "2025-10-30", True)


def test_whats_new_on_a_topic_without_a_period_is_its_last_three_months():
    p = understand("what's new in video generation?", VOCAB, ACRONYMS, latest="2025-10-30")
    assert (p.intent, p.topics, p.since, p.until, p.recent) == (
        "summary",
        ["video generation"],
        "2025-07-31",
        "2025-10-30",
        True,
    )
    p = understand("what's new in video generation in March 2025?", VOCAB, ACRONYMS, latest="2025-10-30")
    assert (p.since, p.until, p.recent) == ("2025-03-01", "2025-03-31", False)


def test_parts_of_a_month_and_short_month_names_are_periods():
    assert strip_dates("LoRA papers from the first half of June 2025")[1:] == ("2025-06-01", "2025-06-15")
    assert strip_dates("math in the second half of September 2024")[1:] == ("2024-09-16", "2024-09-30")
    assert strip_dates("agents in late Feb 2025") == ("agents", "2025-02-21", "2025-02-28")
    assert strip_dates("papers from mid-May 2025 on RAG") == ("papers on RAG", "2025-05-11", "2025-05-20")
    assert strip_dates("LoRA papers published between Feb 4 and Feb 20, 2025?")[1:] == ("2025-02-04", "2025-02-20")
    # "may" is a word first, and a half that is not a month's is no period
    assert strip_dates("what is the may 5 release?")[1:] == ("", "")
    assert strip_dates("the second half of the paper")[1:] == ("", "")


def test_a_summary_asked_in_other_words():
    for q in (
        "Can you sum up the LoRA papers published in March 2025?",
        "Give me a rundown of the LoRA papers from the week of December 12, 2024.",
        "What's new on world models in May 2025?",
        "catch me up on GUI agents from last month",
        "Please recap the DPO work of 2024-W44.",
    ):
        assert intent_of(q)[0] == "summary", q
    p = understand("Give me a rundown of the LoRA papers from the week of December 12, 2024.", VOCAB, ACRONYMS)
    assert (p.intent, p.topics, p.since, p.until) == ("summary", ["lora"], "2024-12-09", "2024-12-15")
    for q in (
        "What’s new on LoRA in May 2025?",
        "What did people publish on LoRA between August 3 and August 9, 2025?",
        "Anything on LoRA in the week of November 20, 2024?",
    ):
        p = understand(q, {**VOCAB, "anything": 40}, ACRONYMS)  # the corpus has it ("Segment Anything")
        assert (p.intent, p.topics) == ("summary", ["lora"]), q
    # without a period these ask for the papers; "anything" stays inside a name
    assert understand("anything new about LoRA?", {**VOCAB, "anything": 40}, ACRONYMS).intent == "list"
    assert understand("Which papers build on Segment Anything?", VOCAB, ACRONYMS).topics == ["segment anything"]
    assert intent_of("Which papers summarize long documents?")[0] == "list"


def test_the_people_behind_a_paper_asks_for_its_authors():
    for q in (
        "who are the people behind the Qwen2.5-VL tech report?",
        "whose work is Hunyuan3D 2.0?",
        "which team made LoRA.rar?",
        "Who's behind Kimi k1.5?",
        "Which group built C-DiffDet+?",
        "who worked on Insights into DeepSeek-V3?",
    ):
        assert intent_of(q)[0] == "authors", q
    assert understand("which team made LoRA.rar?", VOCAB, ACRONYMS).topics == ["lora rar"]
    assert intent_of("what made DeepSeek-R1 work so well?")[0] != "authors"


def test_a_measure_asked_by_its_acronym_or_spelled_out_matches_the_other_form():
    acronyms = {"iou": "intersection over union", "map": "mean average precision", "fid": "fréchet inception distance"}
    phrase, words = asked_measure("how good is Hunyuan3D 2.0's shape reconstruction, in volume IoU?", acronyms)
    assert phrase == "volume IoU" and "intersect over union" in words
    assert "mean averag precis" in asked_measure("What mAP does C-DiffDet+ reach on CarDD?", acronyms)[1]
    assert "fid" in asked_measure("What Fréchet Inception Distance does Light-A-Video get?", acronyms)[1]
    assert states_measure("It reaches a 93.6% volume Intersection over Union.", ["iou", "intersect over union"])
    assert asked_measure("What did DeepSeek-R1 achieve in 2025?", acronyms) == ("", [])


def test_a_description_is_not_a_list_or_comparison_by_words_it_uses_in_passing():
    described = (
        "transferring a big teacher's output probabilities to a smaller student while the student is "
        "first being trained on raw text, comparing losses, scaling and offline versus online logits"
    )
    assert understand(described, VOCAB, ACRONYMS).intent == "fact"
    spotted = "spotting and describing the subtle differences between two clips of people doing the same movement"
    assert understand(spotted, VOCAB, ACRONYMS).intent == "fact"
    # A long question still asks for a list or a comparison when its frame says so.
    listing = "which papers train small image generators from scratch that make high-resolution pictures on phones"
    assert understand(listing, VOCAB, ACRONYMS).intent == "list"
    comparing = "compare papers that distil large teacher models into small students with those that prune weights"
    assert understand(comparing, VOCAB, ACRONYMS).intent == "compare"


def test_works_best_is_a_verb_not_the_papers_asked_for():
    assert intent_of("which mix of synthetic captions and alt-text works best for pretraining CLIP?")[0] == "fact"
    assert intent_of("which works use MCTS?")[0] == "list"


def test_correct_english_words_are_not_corrected_into_corpus_words():
    vocab = {**VOCAB, "sensing": 40, "intents": 20, "generalizes": 10, "search": 215}
    words = ["sending", "invents", "generalises", "serach"]
    fixes = correct(words, vocab, english=True)
    assert "sending" not in fixes and "invents" not in fixes
    assert fixes["generalises"] == "generalizes"  # a British spelling may still become the corpus's
    assert fixes["serach"] == "search"
    assert correct(["sending"], vocab)["sending"] == "sensing"  # without the English list, as before


def test_asking_whether_any_work_exists_is_a_list():
    vocab = {**VOCAB, "test-time": 40, "training": 900, "kolmogorov-arnold": 5, "networks": 800, "model": 3000}
    vocab |= {"merging": 40}
    for q, topic in (
        ("any work applying test-time training?", "test-time training"),
        ("any work on model merging?", "model merging"),
        ("Has anyone used Kolmogorov-Arnold networks?", "kolmogorov-arnold networks"),
        ("did anybody try model merging?", "model merging"),
        ("any recent progress on model merging?", "model merging"),  # the papers that made it
        ("advances in test-time training", "test-time training"),
    ):
        p = understand(q, vocab, ACRONYMS)
        assert (p.intent, p.topics) == ("list", [topic]), q


def test_the_latest_paper_on_a_topic_is_asked_when_the_newest_one_came():
    vocab = {**VOCAB, "speculative": 40, "decoding": 300, "mamba": 35}
    for q, topic in (
        ("what's the latest paper on speculative decoding?", "speculative decoding"),
        ("most recent paper about Mamba", "mamba"),
        ("which is the newest Mamba paper?", "mamba"),
    ):
        p = understand(q, vocab, ACRONYMS)
        assert (p.intent, p.topics) == ("when", [topic]), q
    # the latest papers, plural, are the list (newest first); the latest paper of all is the corpus'
    assert understand("what are the latest papers on Mamba?", vocab, ACRONYMS).intent == "list"
    assert understand("what's the latest paper?", vocab, ACRONYMS).intent == "corpus"


def test_the_corpus_a_definition_is_asked_in_is_no_part_of_the_term():
    vocab = {**VOCAB, "world": 500, "model": 3000}
    for q in ("what's a world model, in these papers?", "what is a world model as used in the digests?"):
        assert understand(q, vocab, ACRONYMS).term == "world model", q


def test_a_definition_asked_with_the_term_first_or_for_someone_is_a_definition():
    vocab = {**VOCAB, "grokking": 3, "webshop": 4, "autogen": 4}
    for q, term in (
        ("grokking - what does it mean in deep learning", "grokking"),
        ("WebShop: what does it mean?", "WebShop"),
        ("AutoGen means what?", "AutoGen"),
        ("grokking, what is it?", "grokking"),
        ("explain grokking to me", "grokking"),
        ("what's WebShop in ML?", "WebShop"),
        ("meaning of grokking", "grokking"),
    ):
        assert intent_of(q) == ("definition", term), q
        assert understand(q, vocab, ACRONYMS).intent == "definition", q
    assert intent_of("what is RAG in medicine?") == ("definition", "RAG in medicine")  # a field of its own stays


def test_a_translated_question_keeps_its_english_wording():
    p = understand("Welche Arbeiten verwenden Mixture of Experts?", VOCAB, ACRONYMS)
    assert p.language == "de" and p.english.lower().startswith("which papers use")
    assert understand("which papers use MCTS?", VOCAB, ACRONYMS).english == ""


def test_papers_of_a_kind_on_a_topic_are_a_list():
    vocab = {**VOCAB, "surveys": 80, "survey": 300, "benchmarks": 900, "gui": 120, "agents": 500}
    for q in ("which surveys cover RAG?", "any survey on RAG?", "are there benchmarks for GUI agents?"):
        assert understand(q, vocab, ACRONYMS).intent == "list", q
    assert understand("is there a paper on RAG?", vocab, ACRONYMS).topics == ["rag"]
    assert understand("which benchmark does UI-TARS use?", vocab, ACRONYMS).intent == "fact"
    assert intent_of("is there a paper that uses diffusion models for robot policies?")[0] == "list"
    assert intent_of("is there any study which evaluates GPT-4o on medical images?")[0] == "list"
    assert intent_of("is there a paper that is better than DeepSeek-R1 on AIME?")[0] != "list"


def test_a_request_for_reading_asks_for_the_list():
    vocab = {**VOCAB, "world": 500, "models": 3000, "point": 200, "cloud": 150, "unlearning": 25}
    for q, topic in (
        ("recommend me papers to read on RAG", "rag"),
        ("good papers on world models?", "world models"),
        ("I'm looking for papers on unlearning", "unlearning"),
        ("could you point me to work on unlearning?", "unlearning"),
    ):
        p = understand(q, vocab, ACRONYMS)
        assert (p.intent, p.topics) == ("list", [topic]), q
    assert understand("which papers use point clouds?", vocab, ACRONYMS).topics == ["point clouds"]


def test_the_methods_for_a_problem_are_the_papers_proposing_them():
    vocab = {**VOCAB, "speculative": 40, "decoding": 300, "reward": 900, "hacking": 30, "unlearning": 25}
    for q, topic in (
        ("what are the main approaches to speculative decoding?", "speculative decoding"),
        ("which strategies mitigate reward hacking?", "mitigate reward hacking"),
        ("what approaches exist for LLM unlearning?", "llm unlearning"),
    ):
        p = understand(q, vocab, ACRONYMS)
        assert (p.intent, p.topics) == ("list", [topic]), q
    # the methods one paper uses are asked of that paper
    assert understand("what techniques does SAM 2 use?", vocab, ACRONYMS).intent == "fact"


def test_papers_studies_or_research_doing_something_is_a_list():
    vocab = {**VOCAB, "reinforcement": 300, "learning": 2000, "traffic": 5, "signal": 100, "control": 377}
    vocab |= {"mixture": 60, "experts": 90, "vision": 800, "transformers": 700}
    for q, topic in (
        (
            "papers applying reinforcement learning to traffic signal control",
            "reinforcement learning traffic signal control",
        ),
        ("research exploring mixture of experts for vision transformers", "mixture-of-experts vision transformers"),
        ("studies tackling traffic signal control", "traffic signal control"),
    ):
        p = understand(q, vocab, ACRONYMS)
        assert (p.intent, p.topics) == ("list", [topic]), q
    assert understand("papers are what matters in reinforcement learning", vocab, ACRONYMS).intent != "list"


def test_what_a_topic_is_used_to_gain_is_not_required():
    vocab = {**VOCAB, "speculative": 30, "decoding": 200, "inference": 900, "pruning": 60, "llms": 2000}
    p = understand("which papers use speculative decoding for faster inference?", vocab, ACRONYMS)
    assert (p.topics, p.purpose) == (["speculative decoding"], "for faster inference")
    assert understand("which papers apply pruning for more efficient LLMs?", vocab, ACRONYMS).topics == ["pruning"]


def test_a_month_by_its_number():
    assert strip_dates("papers on world models from month 3 of 2025")[1:] == ("2025-03-01", "2025-03-31")
    assert strip_dates("what came out in month 12, 2024?")[1:] == ("2024-12-01", "2024-12-31")


def test_a_question_typed_as_keywords_asks_by_its_last_word():
    vocab = {**VOCAB, "llamole": 2, "speculative": 30, "decoding": 200, "authors": 50}
    acronyms = {**ACRONYMS, "grpo": "group relative policy optimization"}
    for q, intent, topics in (
        ("Llamole authors?", "authors", ["llamole"]),
        ("speculative decoding papers", "list", ["speculative decoding"]),
        ("GRPO definition?", "definition", ["grpo"]),
        ("what are the authors of the papers on speculative decoding?", "authors", ["speculative decoding"]),
    ):
        p = understand(q, vocab, acronyms)
        assert (p.intent, p.topics, p.language) == (intent, topics, "en"), q
    assert intent_of("which papers have more than two authors?")[0] == "list"


def test_a_run_beside_the_alternatives_belongs_to_each_and_against_separates_a_setting():
    vocab = {**VOCAB, "time": 300, "series": 200, "forecasting": 40, "foundation": 200, "jailbreak": 30}
    vocab |= {"attacks": 100, "gans": 30, "image": 900}
    acronyms = {**ACRONYMS, "llms": "large language models", "gans": "generative adversarial networks"}
    p = understand("Which papers apply LLMs or foundation models to time series forecasting?", vocab, acronyms)
    assert p.topics == ["llms time series forecasting", "foundation models time series forecasting"]
    assert [len(a) for a in p.concepts] == [2, 2]  # "LLMs" is the setting of the first, not dropped as generic
    p = understand("which papers use diffusion models or GANs for image generation?", vocab, acronyms)
    assert p.topics == ["diffusion models image generation", "gans image generation"]
    p = understand("papers on jailbreak attacks against vision-language models", vocab, acronyms)
    assert p.topics == ["jailbreak attacks vision-language models"] and len(p.concepts[0]) == 2


def test_a_span_of_months_is_one_period():
    for q, period in (
        ("summarize diffusion model papers from January to March 2025", ("2025-01-01", "2025-03-31")),
        ("overview of LoRA from November 2024 to February 2025", ("2024-11-01", "2025-02-28")),
        ("from December to February 2025", ("2024-12-01", "2025-02-28")),
        ("de enero a marzo de 2025", ("2025-01-01", "2025-03-31")),
        ("von Januar bis März 2025", ("2025-01-01", "2025-03-31")),
    ):
        assert strip_dates(q)[1:] == period, q


def test_a_month_without_its_year_is_its_latest_one_in_the_corpus():
    for q, period in (
        ("which papers on agents came out between March and May?", ("2025-03-01", "2025-05-31")),
        ("papers on RAG from December to February", ("2024-12-01", "2025-02-28")),
        ("which reasoning papers appeared in November?", ("2024-11-01", "2024-11-30")),
        ("papers on agents since March", ("2025-03-01", "")),
        ("which papers may help reduce hallucination?", ("", "")),  # "may" without a preposition is a verb
    ):
        assert strip_dates(q, "2025-10-30")[1:] == period, q
    assert strip_dates("which reasoning papers appeared in November?")[1:] == ("", "")  # no corpus, no year
    parsed = understand("what came out on agents in March?", VOCAB, ACRONYMS, latest="2025-10-30")
    assert (parsed.since, parsed.until, parsed.topics) == ("2025-03-01", "2025-03-31", ["agents"])


def test_a_rise_or_decline_asks_for_the_trend():
    vocab = {**VOCAB, "mamba": 37, "world": 300, "models": 3000, "gaining": 2}
    for q, topic in (
        ("is Mamba becoming less popular?", "mamba"),
        ("is work on world models declining?", "world models"),
        ("has Mamba been gaining popularity?", "mamba"),  # English words the corpus seldom uses are still English
    ):
        p = understand(q, vocab, ACRONYMS)
        assert (p.intent, p.topics, p.language) == ("trend", [topic], "en"), q


def test_seasons_weeks_of_a_month_and_last_month_are_periods():
    for q, period in (
        ("what was new in speech synthesis during summer 2025?", ("2025-06-01", "2025-08-31")),
        ("papers in winter 2025", ("2024-12-01", "2025-02-28")),
        ("robotics papers in the second week of February 2025", ("2025-02-08", "2025-02-14")),
        ("the last week of February 2024", ("2024-02-23", "2024-02-29")),
        ("LoRA papers from last December", ("2024-12-01", "2024-12-31")),
    ):
        assert strip_dates(q, "2025-10-30")[1:] == period, q


def test_open_yearly_and_relative_periods():
    for question, period in (
        ("diffusion papers since September 2025", ("2025-09-01", "")),
        ("papers on MCTS after March 2025", ("2025-04-01", "")),
        ("papers on agents since 2025", ("2025-01-01", "")),
        ("papers on GRPO from early 2025", ("2025-01-01", "2025-04-30")),
        ("late 2024 papers on video generation", ("2024-09-01", "2024-12-31")),
        ("papers on world models in H2 2025", ("2025-07-01", "2025-12-31")),
        ("papers on RAG in the first half of 2025", ("2025-01-01", "2025-06-30")),
        ("papers on agents from the past two weeks", ("2025-10-17", "2025-10-30")),
        ("papers from the last 30 days", ("2025-10-01", "2025-10-30")),
        ("papers from the past 2 months", ("2025-08-31", "2025-10-30")),
        ("last month's papers on reasoning", ("2025-09-01", "2025-09-30")),
        ("what came out this month?", ("2025-10-01", "2025-10-31")),
        ("papers from last week", ("2025-10-20", "2025-10-26")),
        ("the last week of February 2024", ("2024-02-23", "2024-02-29")),
    ):
        assert strip_dates(question, "2025-10-30")[1:] == period, question
    assert strip_dates("last month's papers on reasoning", "2025-10-30")[0] == "papers on reasoning"


def test_both_and_combine_join_two_topics_and_the_busiest_month_is_a_trend():
    parsed = understand("papers that combine knowledge distillation and LoRA", VOCAB, ACRONYMS)
    assert parsed.intent == "list" and parsed.topics == ["knowledge distillation lora"]
    assert len(parsed.concepts[0]) == 2
    assert intent_of("which month had the most papers on agents?")[0] == "trend"


def test_what_papers_use_instead_is_not_their_topic():
    vocab = {**VOCAB, "state": 300, "space": 400, "sequences": 200, "attention": 900, "long": 500}
    parsed = understand("papers that use state space models rather than attention for long sequences", vocab, ACRONYMS)
    assert parsed.topics == ["state space models long sequences"]


def test_a_negation_names_what_the_papers_must_not_use():
    vocab = {**VOCAB, "speech": 300, "recognition": 200, "transformers": 900, "reconstruction": 200}
    for question, topics, excluded in (
        ("video generation papers that do not use diffusion", ["video generation"], ["diffusion"]),
        ("speech recognition papers not using transformers", ["speech recognition"], ["transformers"]),
        ("which papers use reinforcement learning but not RLHF?", ["reinforcement learning"], ["rlhf"]),
        ("papers on knowledge distillation, excluding those on LLMs", ["knowledge distillation"], ["llms"]),
        ("which papers do 3D reconstruction without using NeRF for video?", ["3d reconstruction video"], ["nerf"]),
        ("speech recognition papers that are not based on transformers", ["speech recognition"], ["transformers"]),
        ("which video generation papers aren't about diffusion?", ["video generation"], ["diffusion"]),
    ):
        parsed = understand(question, vocab, ACRONYMS)
        assert (parsed.intent, parsed.topics, parsed.excluded) == ("list", topics, excluded), question
        assert all(parsed.excluded_concepts), question
    assert understand("papers on video generation without diffusion", vocab, ACRONYMS).excluded == ["diffusion"]
    # what is left out in a clipped word also leaves out its written-out form, unless typed as a name
    assert understand("papers on reasoning models but not math", vocab, ACRONYMS).excluded_concepts == [
        [[" math ", " mathemat "]]
    ]
    named = understand("math benchmarks other than GSM8K and MATH", vocab, ACRONYMS)
    assert [" mathemat "] not in [c[1:] for a in named.excluded_concepts for c in a]
    assert [[" math "]] in named.excluded_concepts
    # "without" before an -ing form says how a method works
    assert understand("papers on video generation without training", vocab, ACRONYMS).excluded == []
    # a title or a description may hold "without": only lists, trends and summaries leave papers out
    titled = understand("who wrote the paper on Transformers without Normalization?", vocab, ACRONYMS)
    assert titled.excluded == [] and "normalization" in titled.topics[0]


def test_other_than_excluding_besides_and_neither_name_what_is_left_out():
    words = "math benchmarks image editing diffusion based code speech text kv cache compression quantization eviction"
    words += " text-to-speech f5-tts vision-language speculative decoding generation models multimodal vision"
    words += " encoder training draft transformers"
    words += " classification rag knowledge graphs evaluate hotpotqa accuracy pokerbench report autoregressive"
    words += " besides apart excluding neither nor require need rely knowledge distillation images synthesis english"
    vocab = {**VOCAB, **{w: 100 for w in words.split()}}
    for question, topics, excluded in (
        ("math benchmarks other than GSM8K and MATH", ["math benchmarks"], ["gsm8k", "math"]),
        ("math benchmarks that are not GSM8K or MATH", ["math benchmarks"], ["gsm8k", "math"]),
        ("image editing methods other than diffusion-based ones", ["image editing"], ["diffusion"]),
        ("image editing papers other than diffusion-based ones", ["image editing"], ["diffusion"]),
        ("LLM benchmarks excluding math and code", ["llm benchmarks"], ["math", "code"]),
        (
            "KV cache compression methods that use neither quantization nor eviction",
            ["kv cache compression"],
            ["quantization", "eviction"],
        ),
        ("speculative decoding apart from image generation", ["speculative decoding"], ["image generation"]),
        ("text-to-speech models besides F5-TTS", ["text-to-speech models"], ["f5-tts"]),
        ("multimodal models that do not use a vision encoder", ["multimodal models"], ["vision encoder"]),
        ("image editing methods that don't require training", ["image editing"], ["training"]),
        ("speculative decoding methods that do not need a draft model", ["speculative decoding"], ["draft model"]),
        ("vision transformers but not for classification", ["vision transformers"], ["classification"]),
        ("knowledge distillation papers not about LLMs", ["knowledge distillation"], ["llms"]),
        ("diffusion papers not related to images", ["diffusion"], ["images"]),
        ("speech synthesis work not on English", ["speech synthesis"], ["english"]),
    ):
        parsed = understand(question, vocab, ACRONYMS)
        assert (parsed.intent, parsed.topics, parsed.excluded) == ("list", topics, excluded), question
    # a conjunction that goes on into another clause joins that clause, not the list of what is left out
    going_on = understand("RAG papers that do not use knowledge graphs and evaluate on HotpotQA", vocab, ACRONYMS)
    assert going_on.excluded == ["knowledge graphs"]
    # "other than" before a question about one paper narrows what is asked of it: no paper is left out
    asked = understand("other than accuracy, what does PokerBench report?", vocab, ACRONYMS)
    assert (asked.intent, asked.excluded) == ("fact", [])
    # "non-X" and "X-free" are the topic's own words
    for question in ("non-autoregressive text generation", "encoder-free vision-language models"):
        assert understand(question, vocab, ACRONYMS).excluded == [], question


def test_whats_the_latest_on_a_topic_is_its_newest_papers():
    for question in ("what's the latest on video generation?", "whats the latest in video generation"):
        parsed = understand(question, VOCAB, ACRONYMS)
        assert (parsed.intent, parsed.topics) == ("list", ["video generation"]), question
    assert understand("what is the latest paper on video generation?", VOCAB, ACRONYMS).intent == "when"


def test_when_a_paper_came_out_is_its_own_question():
    for question, topics in (
        ("when was the Movie Gen paper published?", ["movie gen"]),
        ("what date did DeepSeek-R1 come out?", ["deepseek-r1"]),
        ("when did papers on knowledge distillation first appear?", ["knowledge distillation"]),
    ):
        parsed = understand(question, {**VOCAB, "movie": 40, "gen": 30}, ACRONYMS)
        assert (parsed.intent, parsed.topics) == ("when", topics), question
    assert intent_of("which papers on video generation were published in March?")[0] == "list"


def test_questions_about_the_digests_themselves_and_what_are_the_papers():
    for question in (
        "what period do the digests cover?",
        "when does the corpus start?",
        "what's the most recent paper?",
        "what is the oldest paper in the collection?",
        "what's the earliest paper you have?",
        "what categories are there?",
        "which categories does the digest use?",
        "how many digest days are there?",
        "how many days of digests do you have?",
    ):
        assert intent_of(question)[0] == "corpus", question
    assert intent_of("which papers in the corpus use MCTS?")[0] == "list"
    assert intent_of("what categories of hallucination are there?")[0] != "corpus"
    assert intent_of("what is the first paper on diffusion transformers?")[0] != "corpus"
    assert intent_of("how many days did training take?")[0] != "corpus"
    assert intent_of("what topics does the corpus cover?")[0] == "summary"
    assert intent_of("which days have the most papers?")[0] == "trend"
    for question in (
        "what are the papers on GRPO?",
        "what are the latest papers on GRPO?",
        "what are studies on MCTS?",
    ):
        assert intent_of(question)[0] == "list", question
    assert intent_of("what are world models?") == ("definition", "world models")


def test_a_follow_up_swaps_the_period_or_the_clause_it_names():
    assert swapped("papers on gaussian splatting in January 2025", "what about February?") == (
        "papers on gaussian splatting in February?"
    )
    assert swapped("which papers use GRPO for video reasoning?", "and for image generation?") == (
        "which papers use GRPO for image generation?"
    )
    assert swapped("which papers use GRPO for video reasoning?", "what about DPO?") == ""  # no slot to place it in
    assert swapped("which papers use GRPO?", "what about their results?") == ""  # refers back: joined instead
    assert swapped("which papers use MCTS?", "what about in 2024 only?") == "which papers use MCTS in 2024?"
    assert swapped("papers on LoRA in 2024", "what about just 2025?") == "papers on LoRA in 2025?"
    half = "papers on LoRA in the first half of 2025?"
    assert swapped("papers on LoRA", "what about the first half of 2025?") == half


def test_what_about_another_topic_asks_the_same_question_of_it():
    from rag.question import retopic

    assert retopic("papers on text-to-speech", ["text-to-speech"], "what about music generation?") == (
        "papers on music generation"
    )
    assert retopic("how did papers on diffusion models evolve?", ["diffusion models"], "how about GANs?") == (
        "how did papers on GANs evolve?"
    )
    assert retopic("papers on GS in 2025", ["gs"], "and what about papers on NeRF?") == "papers on NeRF in 2025"
    assert retopic("papers on agents", ["agents"], "what about for robotics?") == ""  # narrows: `swapped`
    assert retopic("papers on agents", ["agents"], "what about the ones with code?") == ""  # the list itself
    assert retopic("papers on agents", ["agents"], "what about March 2025?") == ""  # a period
    # a method for a task: which of the two "what about DPO?" replaces is not said, so it is not guessed
    assert retopic("which papers use GRPO for video reasoning?", ["grpo video reasoning"], "what about DPO?") == ""


def test_the_newest_or_oldest_of_a_list_is_asked_as_its_own_question():
    from rag.question import extreme_of

    for follow in ("which is the most recent?", "and which one is the newest?", "what's the latest one?"):
        assert extreme_of(follow, "on reward hacking", "") == "what is the latest paper on reward hacking?", follow
    assert extreme_of("which of those came out most recently?", "on GRPO", "") == "what is the latest paper on GRPO?"
    assert extreme_of("and which one is the oldest?", "on SAEs", "between 2025-01-01 and 2025-03-31") == (
        "what is the earliest paper on SAEs between 2025-01-01 and 2025-03-31?"
    )
    for other in ("which is the first?", "which is the most cited?", "what is the latest paper on GRPO?"):
        assert extreme_of(other, "on GRPO", "") == "", other


def test_british_spellings_stem_as_the_american_ones_and_saying_is_a_frame():
    assert stem_key("Proximal Policy Optimisation") == stem_key("proximal policy optimization")
    assert stem_key("analysed") == stem_key("analyzed") and stem_key("supervised") != stem_key("supervized")
    vocab = {**VOCAB, "model": 3000, "merging": 40, "stable": 90}
    assert understand("What do papers say about model merging?", vocab, ACRONYMS).topics == ["model merging"]
    assert understand("Which papers fine-tune Stable Diffusion?", vocab, ACRONYMS).topics == ["stable diffusion"]


def test_trends_and_counts_asked_in_other_words():
    vocab = {**VOCAB, "world": 300, "models": 3000, "mamba": 40, "grpo": 200, "dpo": 150, "agents": 900, "rag": 100}
    for q, topic in (
        ("Is work on Mamba growing?", "mamba"),
        ("Is research on Mamba shrinking?", "mamba"),
        ("Monthly count of papers about world models", "world models"),
        ("Number of LoRA papers each month", "lora"),
        ("How many LoRA papers came out?", "lora"),
        ("How often do papers mention LoRA?", "lora"),
        ("Which month had the most papers on world models?", "world models"),
        ("When did GRPO take off?", "grpo"),
    ):
        p = understand(q, vocab, ACRONYMS)
        assert (p.intent, p.topics, p.versus) == ("trend", [topic], False), q
    p = understand("Has interest in RLHF dropped since 2024?", vocab, ACRONYMS)
    assert (p.intent, p.topics, p.since, p.until) == ("trend", ["rlhf"], "2024-01-01", "")
    assert strip_dates("papers on LoRA after 2024")[1:] == ("2025-01-01", "")
    # two periods compared: the span holds both
    p = understand("Are there more papers on LoRA in 2025 than in 2024?", vocab, ACRONYMS)
    assert (p.intent, p.topics, p.since, p.until) == ("trend", ["lora"], "2024-01-01", "2025-12-31")
    p = understand("How many papers on Mamba in March 2025 compared to March 2024?", vocab, ACRONYMS)
    assert (p.intent, p.topics, p.since, p.until) == ("trend", ["mamba"], "2024-03-01", "2025-03-31")
    # two years joined in the user's words are the two periods weighed, not a year and a topic word
    both = [["2024-01-01", "2024-12-31"], ["2025-01-01", "2025-12-31"]]
    for q in (
        "How did the number of LoRA papers change from 2024 to 2025?",
        "How did the number of LoRA papers change between 2024 and 2025?",
        "LoRA papers in 2024 vs 2025",
        "How many papers on LoRA in 2024 and 2025?",
    ):
        p = understand(q, vocab, ACRONYMS)
        assert (p.intent, p.topics, p.periods) == ("trend", ["lora"], both), q
        assert (p.since, p.until) == ("2024-01-01", "2025-12-31"), q
    # a span asked for a list stays one filter; a year in a name the corpus writes filters nothing
    p = understand("papers on LoRA from 2024 to 2025", vocab, ACRONYMS)
    assert (p.intent, p.since, p.until, p.periods) == ("list", "2024-01-01", "2025-12-31", [])
    named = {"aime 2024": 30}
    aime = understand("papers evaluated on AIME 2024 and 2025", vocab, ACRONYMS, phrase_df=lambda p: named.get(p, 0))
    assert (aime.since, aime.until, aime.periods) == ("", "", [])
    # a figure that grows is no trend of papers
    grows = understand("Is performance growing with model size in scaling laws papers?", vocab, ACRONYMS)
    assert grows.intent != "trend"


def test_a_trend_on_two_topics_keeps_one_series_each():
    vocab = {**VOCAB, "world": 300, "models": 3000, "mamba": 40, "grpo": 200, "dpo": 150, "agents": 900, "rag": 100}
    for q, topics in (
        ("DPO vs GRPO papers per month", ["dpo", "grpo"]),
        ("Compare the number of papers on RAG and agents by month", ["rag", "agents"]),
        ("How did DPO compare with GRPO over time?", ["dpo", "grpo"]),
        ("Mamba versus world models: how many papers per month?", ["mamba", "world models"]),
    ):
        p = understand(q, vocab, ACRONYMS)
        assert (p.intent, p.topics, p.versus) == ("trend", topics, True), q
        assert "versus" in p.to_dict()
    p = understand("How many papers on DPO and how many on GRPO?", vocab, ACRONYMS)
    assert (p.topics, p.versus) == (["dpo", "grpo"], True)
    p = understand("Plot the number of papers about Mamba per month", vocab, ACRONYMS)
    assert (p.intent, p.topics) == ("trend", ["mamba"])
    # "and" joins one topic's words unless the question compares
    p = understand("How many papers on RAG and agents per month?", vocab, ACRONYMS)
    assert (p.intent, p.versus) == ("trend", False)


def test_typos_inside_hyphenated_terms_same_stem_words_and_months_are_mended():
    vocab = {
        "retrieval": 400,
        "augmented": 300,
        "generation": 900,
        "knowledge": 500,
        "distillation": 120,
        "distill": 20,
        "reinforcement": 700,
        "learning": 2000,
        "papers": 100,
    }
    parsed = understand("Which papres use retreival-augmented generation?", vocab, {})
    assert parsed.topics == ["retrieval-augmented generation"]
    parsed = understand("What is knowlege distilation?", vocab, {})
    assert (parsed.intent, parsed.term) == ("definition", "knowledge distillation")
    parsed = understand("Sumarize the papers on reinforcment learning from Janaury 2025.", vocab, {})
    assert (parsed.intent, parsed.topics, parsed.since) == ("summary", ["reinforcement learning"], "2025-01-01")
    assert mend_months("papers that match March 2025") == "papers that match March 2025"


def test_a_rare_name_beside_english_words_and_chit_chat_are_english():
    vocab = {"anysplat": 1, "gsplat": 1, "versus": 85}
    assert language_of("AnySplat versus gsplat", ["anysplat", "versus", "gsplat"], vocab, {}) == "en"
    assert language_of("tell me a joke", ["tell", "me", "a", "joke"], vocab, {}) == "en"
    assert (
        language_of(
            "quels articles portent sur les maillages", "quels articles portent sur les maillages".split(), vocab, {}
        )
        == "other"
    )


def test_an_acronyms_plural_stems_as_its_singular():
    assert stem("mllms") == stem("mllm") == "mllm"
    assert stem("lhrms") == "lhrm" and stem("rhythms") == "rhythm"


def test_do_any_papers_asks_for_the_papers():
    for q in ("do any papers combine LoRA and mixture of experts?", "does any paper use MCTS?", "has anyone used DPO?"):
        assert understand(q, VOCAB, ACRONYMS).intent == "list", q


def test_noun_phrases_asking_for_work_on_a_topic_are_lists():
    assert intent_of("Gemini papers on reasoning")[0] == "list"
    assert intent_of("recent work on speculative decoding")[0] == "list"
    assert intent_of("new research into model merging")[0] == "list"
    assert intent_of("research on retrosynthesis planning")[0] == "fact"  # may ask one finding
    assert intent_of("are any of the papers on world models from 2024?")[0] == "list"
    # a chat's opening words are not read: the verb after them is
    assert intent_of("ok, summarize the papers on agents")[0] == "summary"
    assert intent_of("now summarize the papers on agents")[0] == "summary"
    assert intent_of("Driving world models for autonomous vehicles")[0] == "fact"  # no cue: a topic's best answer


def test_a_reference_to_the_list_is_spelled_out_after_an_opener():
    from rag.question import about_list

    spelled = about_list("okay, now summarize those papers", "papers on agents", "between 2025-01-20 and 2025-01-26")
    assert spelled == "summarize the papers on agents between 2025-01-20 and 2025-01-26?"
    assert about_list("summarize those papers on robotics", "papers on agents", "") == ""
    assert about_list("and the ones from 2024?", "papers on agents", "") == "the papers on agents from 2024?"


def test_a_chats_opening_words_are_no_topic():
    parsed = understand("now summarize the papers on agents", VOCAB, ACRONYMS)
    assert parsed.intent == "summary" and parsed.topics == ["agents"]
    assert (
        understand("great, which papers use MCTS?", VOCAB, ACRONYMS).topics
        == understand("which papers use MCTS?", VOCAB, ACRONYMS).topics
    )


def test_a_count_of_papers_is_asked_for_never_a_topic_word():
    assert asked_count("recommend three papers on state space models") == ("recommend papers on state space models", 3)
    assert asked_count("top 5 papers on test-time scaling") == ("top papers on test-time scaling", 5)
    assert asked_count("give me a few good papers about LoRA")[1] == 3
    assert asked_count("what are five good papers on GUI agents?")[1] == 5
    assert asked_count("which papers compare the two papers on DPO?")[1] == 0  # not asked for
    assert asked_count("what is the top-1 accuracy of CLIP?")[1] == 0
    assert asked_count("papers on Llama 3") == ("papers on Llama 3", 0)
    p = understand("suggest two papers about knowledge distillation", VOCAB, ACRONYMS)
    assert p.count == 2 and p.topics == ["knowledge distillation"]
    assert understand("which papers use knowledge distillation?", VOCAB, ACRONYMS).count == 0


def test_a_bracketed_name_after_a_description_is_the_topic():
    vocab = {**VOCAB, "unlearning": 20, "forget": 30, "model": 900, "merging": 40}
    acronyms = {**ACRONYMS, "llms": "large language models"}
    assert aliased("any work on making LLMs forget (unlearning)?", vocab, acronyms) == "any work on unlearning in llms?"
    assert (
        aliased("papers on averaging fine-tuned weights (model merging)", vocab, acronyms) == "papers on model merging"
    )
    # an acronym after its expansion, and examples, add nothing; a name no paper writes leaves the question as is
    assert (
        aliased("which papers use knowledge distillation (KD)?", vocab, acronyms)
        == "which papers use knowledge distillation?"
    )
    assert aliased("papers on LoRA (e.g. QLoRA)", vocab, acronyms) == "papers on LoRA"
    assert aliased("papers on making LLMs forget (zyxwv)", vocab, acronyms) == "papers on making LLMs forget (zyxwv)"
    assert aliased("papers on LoRA (not RLHF)", vocab, acronyms) == "papers on LoRA (not RLHF)"
    p = understand("any work on making LLMs forget (unlearning)?", vocab, acronyms)
    assert p.topics == ["unlearning llms"] and p.concepts[0][0] == [" unlearn "]


def test_an_acronym_beside_a_paraphrase_of_its_name_is_the_topic():
    # lists19_dev: "VAR (visual autoregressive modeling)" asked for the generic visual autoregressive papers
    acronyms = {**ACRONYMS, "var": "visual auto regressive"}
    for asked in (
        "which papers use VAR (visual autoregressive modeling)?",
        "which papers use visual autoregressive modeling (VAR)?",
    ):
        assert aliased(asked, VOCAB, acronyms) == "which papers use VAR?", asked
        assert understand(asked, VOCAB, acronyms).concepts == [[[" var ", " visual auto regress "]]], asked
    # the name as the corpus writes it stays, whichever side of the bracket; another sense is left as written
    assert aliased("papers on MCTS (monte carlo tree search)", VOCAB, ACRONYMS) == "papers on monte carlo tree search"
    assert aliased("which papers use VAR (value at risk)?", VOCAB, acronyms) == "which papers use VAR (value at risk)?"


def test_what_research_does_asks_for_the_papers():
    # lists19_dev: "what research uses MDPs?" was a fact answer citing 3 of 21 papers
    for asked in (
        "what research uses MDPs?",
        "which work has explored speculative decoding?",
        "what recent research applies RL?",
    ):
        assert intent_of(asked)[0] == "list", asked
    assert understand("which work has explored speculative decoding?", VOCAB, ACRONYMS).topics == [
        "speculative decoding"
    ]
    for asked in ("research on retrosynthesis planning", "what work does SAM 2 do?", "which work introduced CLIP-MoE?"):
        assert intent_of(asked)[0] == "fact", asked


def test_a_topic_typed_alone_asks_for_its_papers():
    for topic in ("knowledge distillation", "MCTS", "mixture of experts for video generation", "RLHF?"):
        assert bare_topic(topic), topic
        assert understand(topic, VOCAB, ACRONYMS).intent == "list", topic
    # a description of one paper, a sentence, or a figure typed as keywords is no bare topic
    for other in (
        "a model that turns sketches into 3D shapes",
        "the paper on LoRA",
        "it uses MCTS",
        "LoRA accuracy on GSM8K",
        "training a tiny model cheaply on one graphics card within a single day",
        "monitoring disease outbreaks from sewage genetic material",
        "research on retrosynthesis planning",  # may ask one finding
        "FLOWER 有多少参数？",
    ):
        assert not bare_topic(other), other


def test_how_to_do_x_asks_for_the_papers_methods_for_x():
    framed = "what are the methods that"
    assert methods_frame("what's the best way to cut KV cache memory?") == (f"{framed} cut KV cache memory?", True)
    assert methods_frame("how can I compress the KV cache?") == (f"{framed} compress the KV cache?", False)
    assert methods_frame("how do people speed up diffusion sampling?")[0] == f"{framed} speed up diffusion sampling?"
    assert methods_frame("how to distill a diffusion model?")[0] == f"{framed} distill a diffusion model?"
    assert methods_frame("whats the most effective way to mitigate reward hacking")[1]
    parsed = understand("what's the best way to compress the KV cache?", VOCAB, ACRONYMS)
    assert (parsed.intent, parsed.best, parsed.reframed) == ("list", True, f"{framed} compress the KV cache?")
    # one paper's method, or a question about the tool, is no such question
    for other in (
        "how does LoRA work?",
        "how can I find papers on MCTS?",
        "what challenges does VGGT address?",
        "what is a good recipe for chocolate cake?",
    ):
        assert methods_frame(other) == (other, False), other


def test_a_reading_request_asks_for_the_papers_on_its_topic_and_the_purpose_verb_is_no_topic():
    framed = "what are the papers on"
    for question, topic in (
        ("what should I read to understand diffusion models?", "diffusion models"),
        ("What should I read first to learn about world models?", "world models"),
        ("what should I read about speculative decoding?", "speculative decoding"),
        ("where do I start with GUI agents?", "GUI agents"),
        ("where to begin with retrieval-augmented generation", "retrieval-augmented generation"),
        ("how do I get started with model merging?", "model merging"),
        ("what's a good introduction to text-to-image diffusion models?", "text-to-image diffusion models"),
        ("any primer on state space models?", "state space models"),
        ("is there a good overview of mixture of experts?", "mixture of experts"),
        ("a gentle tutorial on flow matching", "flow matching"),
        ("I want to get up to speed on RLHF, what should I read?", "RLHF"),
        ("I'm new to world models, where do I start?", "world models"),
        ("help me understand speculative decoding - what should I read?", "speculative decoding"),
    ):
        assert reading_frame(question) == (f"{framed} {topic}?", True), question
    parsed = understand("what should I read to understand diffusion models?", VOCAB, ACRONYMS)
    assert (parsed.intent, parsed.reading, parsed.topics) == ("list", True, ["diffusion models"])
    primer = understand("is there a primer on state space models?", VOCAB, ACRONYMS)
    assert primer.reading and not primer.exists  # whether a primer exists: said by the answer, with no "Yes:"
    # an overview given (a summary), a question about the tool, or a purpose with no reading asked are not
    for other in (
        "give me an overview of world models",
        "overview of video generation in March 2025",
        "how can I find papers on MCTS?",
        "I want to understand why GRPO collapses",
        "which surveys cover RAG?",
        "how do I start training a diffusion model?",
    ):
        assert not reading_frame(other)[1], other
    assert not understand("give me an overview of world models", VOCAB, ACRONYMS).reading


def test_main_approaches_to_x_asks_for_methods_first():
    for question in (
        "what are the main approaches to text-to-3D generation?",
        "what techniques are used for reward modeling?",
        "what's the best way to reduce KV cache memory?",
    ):
        parsed = understand(question, VOCAB, ACRONYMS)
        assert (parsed.intent, parsed.approaches, parsed.reading) == ("list", True, False), question
    assert not understand("which papers use GRPO?", VOCAB, ACRONYMS).approaches


def test_open_problems_of_a_topic_ask_for_each_papers_limitation():
    for question, topic in (
        ("what are the open problems in RLHF according to these papers?", "rlhf"),
        ("limitations of knowledge distillation", "knowledge distillation"),
        ("future work on video generation", "video generation"),
        ("what open problems remain in mixture of experts?", "mixture-of-experts"),
        ("what are the known issues with LoRA?", "lora"),
    ):
        parsed = understand(question, VOCAB, ACRONYMS)
        assert (parsed.intent, parsed.topics) == ("limitations", [topic]), question
    # the papers on them asked for, or what one paper sets out to solve, are not
    assert intent_of("which papers address the limitations of GRPO?")[0] == "list"
    assert intent_of("what challenges does VGGT address?")[0] == "fact"


def test_any_comparative_before_than_compares_the_two_sides():
    for question, sides in (
        ("is DeepSeek-R1 safer than o3-mini?", ["deepseek-r1", "o3-mini"]),
        ("is GRPO more stable than PPO?", ["grpo", "ppo"]),
        ("is LoRA less expensive than full fine-tuning?", ["lora", "full fine-tuning"]),
    ):
        parsed = understand(question, {**VOCAB, "stable": 40, "expensive": 30}, ACRONYMS)
        assert parsed.intent == "compare" and parsed.topics == sides, question
    for question in ("is there a paper with fewer than 8 GPUs?", "does DeepSeek-R1 get more than 70% on AIME?"):
        assert intent_of(question)[0] != "compare", question


def test_an_everyday_word_typed_in_lower_case_is_no_acronym():
    acronyms = {"art": "anonymous region transformer", "mcts": "monte carlo tree search"}
    plain = frozenset({"art"})
    assert "art" not in as_typed(acronyms, plain, "which papers apply AI to art?")
    assert as_typed(acronyms, plain, "which papers use ART?") == acronyms
    assert "mcts" in as_typed(acronyms, plain, "papers on mcts and art")
    parsed = understand("AI for art", {"art": 40}, acronyms, plain=plain)
    assert " anonym region transform " not in {f for a in parsed.concepts for c in a for f in c}


def test_a_measure_word_inside_a_topic_keeps_it_a_bare_topic():
    for topic in ("LLMs for code generation", "score distillation sampling", "link prediction on knowledge graphs"):
        assert bare_topic(topic), topic
    for asked in ("GPT-4o accuracy on MMLU", "DeepSeek-R1 authors", "Llama 3 parameter count"):
        assert not bare_topic(asked), asked
    # an improvement or GPU hours asked of a named paper is a measured quantity (probe40 F04); "self-improvement"
    # names a topic
    for asked in ("SPIRAL kuhn poker improvement on math benchmarks", "AC3D training GPU hours"):
        assert not bare_topic(asked), asked
    for topic in ("self-improvement for LLM agents", "self-improvement of reasoning models"):
        assert bare_topic(topic), topic


def test_a_number_beside_newest_or_after_the_is_the_count_and_newest_stays():
    assert asked_count("the three newest papers on embodied AI") == ("the newest papers on embodied AI", 3)
    assert asked_count("the latest two papers on GRPO") == ("the latest papers on GRPO", 2)
    assert asked_count("show me the 4 most recent papers on world models") == (
        "show me the most recent papers on world models",
        4,
    )
    assert asked_count("the last 3 papers on GRPO") == ("the latest papers on GRPO", 3)
    assert asked_count("the one paper that introduced GRPO")[1] == 0  # a paper singled out, no count
    assert asked_count("which of the three papers uses LoRA?")[1] == 0  # points at a list already given
    p = understand("the latest two papers on knowledge distillation", VOCAB, ACRONYMS)
    assert p.count == 2 and p.topics == ["knowledge distillation"] and p.intent == "list"


def test_research_on_a_topic_asks_for_its_papers_and_a_finding_stays_a_question():
    assert research_on("research on model merging") == ("papers on model merging", True)
    assert research_on("studies of hallucination in VLMs") == ("papers on hallucination in VLMs", True)
    assert research_on("recent stuff on small language models") == ("recent papers on small language models", False)
    assert research_on("what research exists on audio language models?") == ("papers on audio language models?", False)
    assert research_on("what work has been done on federated learning?") == ("papers on federated learning?", False)
    for finding in (
        "studies on rising inference costs of reasoning models",  # a change is a finding
        "research on whether RL improves reasoning",
        "studies on the effect of quantization on reasoning",
        "what did research on model merging find?",
        "work of Hinton",
    ):
        assert research_on(finding) == (finding, False)
    p = understand("work on knowledge distillation", VOCAB, ACRONYMS)
    assert p.intent == "list" and p.topics == ["knowledge distillation"] and p.bare


def test_the_x_category_is_the_category_filter_spelt_as_the_corpus_spells_it():
    names = ["Multimodal", "Reinforcement Learning", "Image-Text-to-Text"]
    assert category_asked("papers in the multimodal category", names) == ("Multimodal", "papers")
    assert category_asked("which papers are in the Reinforcement Learning category?", names) == (
        "Reinforcement Learning",
        "which papers are?",
    )
    assert category_asked("list the image text to text category papers", names) == (
        "Image-Text-to-Text",
        "list the papers",
    )
    assert category_asked("papers in the computer vision category", names) == ("computer vision", "papers")
    assert category_asked("papers on category theory", names) == ("", "papers on category theory")
    assert category_asked("papers in the same category as LoRA", names)[0] == ""
    p = understand("papers on knowledge distillation in the Multimodal category", VOCAB, ACRONYMS, categories=names)
    assert p.category == "Multimodal" and p.topics == ["knowledge distillation"]


def test_typo_fixes_follow_the_vocabulary_given_not_one_freed_before_it():
    """A vocabulary built after another was freed may take its id: its own words must answer (the tables
    were once keyed on the id alone, so a question's fixes depended on the vocabularies asked before)."""
    for i in range(40):
        word = ("models", "modules", "moles")[i % 3]
        vocab = {word: 5, "papers": 9}
        fixes = correct(["modles"], vocab)
        del vocab  # the next one is likeliest to take its id
        assert fixes == {"modles": word}


def test_author_words_follow_the_index_given_not_one_freed_before_it():
    for i in range(40):
        name = f"ada lovelace{i}"
        authors = {name: 1}
        words = name_words(authors)
        del authors
        assert words == frozenset(name.split())
    assert name_words({}) == frozenset()


def test_day_weekday_weekend_quarter_and_season_words_count_back_from_the_newest_day():
    # 2025-10-30, the bundled corpus's newest day, is a Thursday
    for question, period in (
        ("what came out on Monday?", ("2025-10-27", "2025-10-27")),
        ("papers on agents from last Friday", ("2025-10-24", "2025-10-24")),
        ("what came out on Thursday?", ("2025-10-30", "2025-10-30")),
        ("what came out last Thursday?", ("2025-10-23", "2025-10-23")),
        ("what came out yesterday?", ("2025-10-29", "2025-10-29")),
        ("papers on reasoning today", ("2025-10-30", "2025-10-30")),
        ("what came out over the weekend?", ("2025-10-25", "2025-10-26")),
        ("papers on long context from this quarter", ("2025-10-01", "2025-12-31")),
        ("papers on video generation from last quarter", ("2025-07-01", "2025-09-30")),
        ("papers on agents over the summer", ("2025-06-01", "2025-08-31")),
        ("papers on RAG in the spring", ("2025-03-01", "2025-05-31")),
        ("papers on RAG from the winter", ("2024-12-01", "2025-02-28")),
        ("papers on RAG in the fall", ("2025-09-01", "2025-11-30")),
        ("papers on RAG from last fall", ("2024-09-01", "2024-11-30")),
        ("what's new on RAG since the summer?", ("2025-06-01", "")),
        ("papers on reasoning at the end of 2024", ("2024-09-01", "2024-12-31")),
        ("papers on reasoning from the start of 2025", ("2025-01-01", "2025-04-30")),
        ("papers on agents since the start of 2025", ("2025-01-01", "")),
        ("papers from the end of October 2025", ("2025-10-21", "2025-10-31")),
    ):
        assert strip_dates(question, "2025-10-30")[1:] == period, question
    assert strip_dates("papers on agents from last Friday", "2025-10-30")[0] == "papers on agents"
    assert strip_dates("papers on reasoning at the end of 2024", "2025-10-30")[0] == "papers on reasoning"
    # a season or a weekday is a date only as one: "the fall of X" and "summer school" are words
    assert strip_dates("papers on the fall of accuracy under quantization", "2025-10-30")[1:] == ("", "")
    assert strip_dates("summer school papers", "2025-10-30")[1:] == ("", "")
    assert strip_dates("papers on the spring-mass system", "2025-10-30")[1:] == ("", "")
    assert strip_dates("can today's LLMs plan?", "2025-10-30")[1:] == ("", "")


def test_the_last_week_or_month_is_the_window_ending_on_the_newest_day_and_says_so():
    for question, period in (
        ("papers on diffusion models in the last month", ("2025-10-01", "2025-10-30")),
        ("papers on diffusion models in the past month", ("2025-10-01", "2025-10-30")),
        ("papers on diffusion models in the last week", ("2025-10-24", "2025-10-30")),
        ("papers on diffusion models over the last year", ("2024-10-31", "2025-10-30")),
        ("papers on diffusion models last month", ("2025-09-01", "2025-09-30")),  # the calendar month before
        ("papers from last week", ("2025-10-20", "2025-10-26")),
    ):
        assert strip_dates(question, "2025-10-30")[1:] == period, question
    assert counted_back("papers on agents in the last month", "2025-10-30")
    assert counted_back("what came out yesterday?", "2025-10-30")
    assert not counted_back("papers on agents in March 2025", "2025-10-30")
    assert understand("what came out on Monday?", VOCAB, ACRONYMS, latest="2025-10-30").counted_back
    assert not understand("papers on agents in 2025", VOCAB, ACRONYMS, latest="2025-10-30").counted_back
    assert period_note("2025-10-30", True, "2025-10-27") == (
        "Dates count back from the digests' newest day, Thursday 2025-10-30, not from today."
    )
    assert "`rag sync`" in period_note("2025-10-30", False, "2025-11-01")
    assert period_note("2025-10-30", False, "2025-03-01") == ""


def test_first_paper_without_a_question_word_and_what_happened_in_a_month():
    assert intent_of("first paper on GRPO in the digests")[0] == "when"
    assert intent_of("the earliest study about diffusion language models")[0] == "when"
    assert intent_of("the first paper's authors")[0] != "when"
    for question in ("what happened in September on quantization?", "what happened on quantization in September?"):
        parsed = understand(question, VOCAB, ACRONYMS, latest="2025-10-30")
        assert parsed.intent == "summary" and (parsed.since, parsed.until) == ("2025-09-01", "2025-09-30"), question


def test_code_asked_of_one_paper_is_no_filter():
    from rag.question import code_subject

    for question, subject in [
        ("does DeepSeek-R1 have code?", "DeepSeek-R1"),
        ("does it have a GitHub repo?", "it"),
        ("is the code for LIMO available?", "LIMO"),
        ("is VisualQuality-R1 open source?", "VisualQuality-R1"),
        ("where can I find its code?", "its"),
    ]:
        assert code_subject(question) == subject
        assert not strip_code_intent(question)[1]
    for question in ("which papers have code?", "do any of them have code?", "is there code for papers on RL?"):
        assert code_subject(question) == ""


def test_code_on_github_is_the_code_filter_and_a_code_term_is_a_topic():
    assert strip_code_intent("which papers have code on GitHub?") == ("which papers?", True)
    assert strip_code_intent("which papers have a GitHub link?") == ("which papers?", True)
    assert strip_code_intent("which papers have a GitHub repository?") == ("which papers?", True), "not 'sitory'"
    assert strip_code_intent("papers with code from March") == ("papers from March?", True)
    df = {"code reasoning": 8, "code using": 3}.get
    assert strip_code_intent("which papers have code reasoning benchmarks?", lambda p: df(p) or 0)[1] is False
    assert strip_code_intent("papers with code using GRPO", lambda p: df(p) or 0) == ("papers using GRPO?", True)
    p = understand("which papers have a GitHub repository?", VOCAB, ACRONYMS)
    assert p.has_code and p.intent == "list"


def test_how_a_field_is_usually_evaluated_asks_for_its_common_benchmarks():
    for question, framed in (
        ("which benchmarks do people use for code generation?", "what are the common benchmarks for code generation?"),
        (
            "which datasets do researchers typically use for image editing?",
            "what are the common datasets for image editing?",
        ),
        (
            "how is knowledge distillation usually evaluated?",
            "what are the common benchmarks for knowledge distillation?",
        ),
        ("how do researchers usually evaluate GUI agents?", "what are the common benchmarks for GUI agents?"),
    ):
        assert field_evaluation_frame(question) == framed, question
    # a named system's own evaluation, or a named model's benchmarks, are asked of its paper
    for other in (
        "how is DeepSeek-R1 evaluated?",
        "which benchmarks does DeepSeek-R1 use?",
        "how is performance usually measured in speculative decoding?",
    ):
        assert field_evaluation_frame(other) == other
    parsed = understand("what are the established benchmarks for GUI agents?", VOCAB, ACRONYMS)
    assert parsed.intent == "list" and parsed.topics[-1].endswith("gui agents")
    # "go-to" asks how often the field uses them: a count of the names its papers write (rag/usage.py)
    assert understand("what are the go-to benchmarks for GUI agents?", VOCAB, ACRONYMS).intent == "aggregate"


def test_an_audience_is_read_out_of_a_request_for_papers():
    for question, framed, audience in (
        ("which papers are relevant for AI practitioners?", "", "builder"),
        ("what papers are useful for ML engineers?", "", "builder"),
        ("which papers on RAG are useful for practitioners?", "what are the papers on RAG?", "builder"),
        ("image editing papers relevant for industry", "what are the papers on image editing?", "builder"),
        ("papers on LLM agents for practitioners", "what are the papers on LLM agents?", "builder"),
        ("which papers are good for beginners in RL?", "what should a beginner read on RL?", "learner"),
        (
            "what are beginner-friendly papers on world models?",
            "what should a beginner read on world models?",
            "learner",
        ),
        (
            "which world models papers should a newcomer read?",
            "what should a beginner read on world models?",
            "learner",
        ),
    ):
        assert audience_frame(question) == (framed, audience), question
    # practitioners or industry as what the papers study, or a tool built for developers, stay the topic
    for other in (
        "which papers study how practitioners use LLMs?",
        "which papers survey AI in industry?",
        "which papers build code assistants for developers?",
        "which papers are relevant to industry applications of LLMs?",
        "which papers are good for code generation?",
    ):
        assert audience_frame(other) == (other, ""), other
    parsed = understand("which papers are relevant for AI practitioners?", VOCAB, ACRONYMS)
    assert parsed.audience == "builder" and not any(parsed.concepts)


def test_a_field_cooling_or_dying_is_a_trends_verb_not_its_topic():
    for question, topic in (("is NeRF cooling down?", "nerf"), ("are world models dying out?", "world models")):
        p = understand(question, {**VOCAB, "nerf": 40, "world": 300}, ACRONYMS)
        assert (p.intent, p.topics) == ("trend", [topic]), question


COMPOUND_VOCAB = {
    "autoregressive": 189,
    "auto-regressive": 33,
    "autoencoders": 35,
    "auto-encoders": 1,
    "super-resolution": 19,
    "self-supervised": 64,
    "in-context": 89,
    "on-device": 16,
    "fine-tuning": 948,
    "finetuning": 87,
    "pretrained": 138,
    "pre-trained": 320,
    "speedup": 137,
    "agents": 900,
    "image": 2000,
    "generation": 900,
    "sparse": 100,
    "learning": 2000,
    "gaussian": 128,
    "splatting": 83,
    "device": 60,
    "placement": 20,
    "inference": 800,
}
COMPOUND_PHRASES = {" in context ": 8, " on device ": 2, "gaussian splatting": 80}


def compound_phrase_df(phrase: str) -> int:
    return COMPOUND_PHRASES.get(phrase, 0)


def test_compounds_take_the_spelling_the_corpus_writes():
    def mended(text: str) -> str:
        return mend_compounds(text, COMPOUND_VOCAB, compound_phrase_df)

    # hyphenated or open where the corpus writes one word; closed where it hyphenates
    assert mended("papers on Auto-Regressive image generation") == "papers on AutoRegressive image generation"
    assert mended("which papers use sparse auto encoders?") == "which papers use sparse autoencoders?"
    assert mended("papers on superresolution") == "papers on super-resolution"
    assert mended("selfsupervised learning and finetuning") == "self-supervised learning and fine-tuning"
    # both spellings common ("pretrained" 138, "pre-trained" 320): the user's stays
    assert mended("pretrained image models") == "pretrained image models"
    # a stop word joins the next word after a grammar word, never after the frame's noun
    assert mended("papers on in context learning") == "papers on in-context learning"
    assert mended("in context learning") == "in-context learning"
    assert mended("what is on device inference?") == "what is on-device inference?"
    assert mended("papers on device placement") == "papers on device placement"
    # a verb with its particle, a letter after a name, an apostrophe's s: no compound
    assert mended("how to speed up inference") == "how to speed up inference"
    assert mended("Agent S and UI-S1 on today's image") == "Agent S and UI-S1 on today's image"


def test_compounds_and_transpositions_reach_the_corpus_topic():
    parsed = understand("papers on sparse auto-encoders", COMPOUND_VOCAB, {}, phrase_df=compound_phrase_df)
    assert parsed.topics == ["sparse autoencoders"]
    parsed = understand("papers on incontext learning", COMPOUND_VOCAB, {}, phrase_df=compound_phrase_df)
    assert parsed.topics == ["in-context learning"]
    # a swap and a dropped doubled letter (two edits) in "spalting", its neighbour misspelt too: the
    # neighbour is checked as corrected ("gaussian splatting")
    parsed = understand("papers on gausian spalting", COMPOUND_VOCAB, {}, phrase_df=compound_phrase_df)
    assert parsed.topics == ["gaussian splatting"]


def test_a_year_closing_papers_on_a_topic_is_the_period_unless_it_is_a_names():
    assert trailing_year("papers on model merging 2024") == ("papers on model merging", "2024-01-01", "2024-12-31")
    assert trailing_year("list papers about gui agents 2025?")[1:] == ("2025-01-01", "2025-12-31")
    assert trailing_year("papers on AIME 2025")[1:] == ("", "")  # a capital: a name's year, without the corpus
    assert trailing_year("papers on GRPO 2025", lambda p: p == "aime 2025")[1:] == ("2025-01-01", "2025-12-31")
    assert trailing_year("papers on aime 2025", lambda p: p == "aime 2025")[1:] == ("", "")
    assert trailing_year("what does Qwen3 score on aime 2025?")[1:] == ("", "")  # no papers asked
    p = understand("papers on model merging 2024", {"model": 900, "merging": 40}, {})
    assert (p.intent, p.topics, p.since, p.until) == ("list", ["model merging"], "2024-01-01", "2024-12-31")


def test_topic_research_in_a_year_asks_for_the_papers():
    p = understand("kv cache research in 2025", {"cache": 90, "kv": 80}, {})
    assert (p.intent, p.topics, p.since) == ("list", ["kv cache"], "2025-01-01")
    assert intent_of("how does sparse attention work")[0] != "list"


def test_a_spaced_slash_offers_alternatives_and_a_plural_group_noun_closes_a_phrase():
    assert slash_as_or("papers on tool calling / function calling") == "papers on tool calling or function calling"
    assert slash_as_or("train LLMs in FP4 / 4-bit precision") == "train LLMs in FP4 or 4-bit precision"
    assert slash_as_or("a single before/after example, and/or I/O") == "a single before/after example, and/or I/O"
    vocab = {"tool": 300, "calling": 50, "function": 400}
    assert understand("what are the papers on tool calling / function calling?", vocab, {}).topics == [
        "tool calling",
        "function calling",
    ]
    assert chunks("papers about self-driving labs or ai scientists") == [["self-driving labs"], ["ai scientists"]]
    assert chunks("which labs study ai scientists") == [["ai scientists"]]


def test_the_corpus_whole_count_in_other_words_names_no_topic():
    vocab = {**VOCAB, "total": 45, "contain": 89, "indexed": 46, "hold": 30, "grpo": 200}
    for q in (
        "how many papers do the digests hold in total?",
        "how many papers are there in total?",
        "how many papers does the corpus contain?",
        "how many papers have been indexed?",
    ):
        assert understand(q, vocab, ACRONYMS).topics == [], q
    assert understand("how many papers are there on GRPO?", vocab, ACRONYMS).topics == ["grpo"]
    assert understand("how many papers?", vocab, ACRONYMS).clean == "how many papers?"


def test_a_wh_word_typed_without_its_apostrophe_is_read_as_with_it():
    assert strip_markup("whats a world model?") == "what's a world model?"
    assert strip_markup("Whos behind PaperBench?") == "Who's behind PaperBench?"
    assert strip_markup("papers on whatsapp bots") == "papers on whatsapp bots"


def test_a_capitalised_name_holding_a_frame_word_stays_one_topic():
    written = {"deep research": 120, "physically based rendering": 4, "embodied agent": 40, "research agents": 30}
    df = lambda phrase: written.get(phrase, 0)  # noqa: E731
    vocab = {**VOCAB, "deep": 300, "research": 900, "physically": 9, "rendering": 60, "embodied": 100, "agents": 900}
    assert capitalised_names("Which Papers Use Deep Research Papers", df) == ["deep research"]
    assert capitalised_names("papers on Deep Learning", df) == []  # no frame word in it: chunks keep it whole
    for q, topics in (
        ("papers on Deep Research", ["deep-research"]),
        ("Deep Research papers", ["deep-research"]),
        ("Physically Based Rendering papers", ["physically-based-rendering"]),
        ("research on agents", ["agents"]),  # lowercase: a frame
    ):
        assert understand(q, vocab, ACRONYMS, phrase_df=df).topics == topics, q


def test_a_frame_noun_before_a_compared_sides_head_is_part_of_it():
    written = {"embodied agent": 40, "research agents": 30, "research agent": 30, "coding agent": 20}
    df = lambda phrase: written.get(phrase, 0)  # noqa: E731
    vocab = {**VOCAB, "embodied": 100, "research": 900, "coding": 300, "agents": 900}
    for q, sides in (
        ("compare embodied and research agents", ["embodied agents", "research agents"]),
        ("embodied vs research agents", ["embodied agents", "research agents"]),
        ("compare research and coding agents", ["research agents", "coding agents"]),
        ("how do research agents compare with embodied agents?", ["research agents", "embodied agents"]),
    ):
        p = understand(q, vocab, ACRONYMS, phrase_df=df)
        assert (p.intent, p.topics) == ("compare", sides), q


def test_a_bare_year_beside_only_is_the_question_s_period():
    for question in ("world models for games, only 2025", "world models for games (2025 only)"):
        p = understand(question, {**VOCAB, "games": 60, "world": 300}, ACRONYMS, latest="2025-10-30")
        assert (len(p.topics), p.since, p.until) == (1, "2025-01-01", "2025-12-31"), question
        assert "world models" in p.topics[0] and not {"only", "2025"} & set(p.topics[0].split()), question
    assert understand("how many agents papers per quarter", VOCAB, ACRONYMS).topics == ["agents"]


def test_an_acronym_s_closing_number_its_expansion_does_not_write_has_no_twin():
    acronyms = {"fp4": "floating point", "t2i": "text to image"}
    assert concept("fp4", acronyms) == [" fp4 "]
    assert concept("floating point", acronyms) == [stem_key("floating point")]
    assert concept("t2i", acronyms) == [" t2i ", stem_key("text to image")]
    assert spells_whole("fp4", "floating point") is False and spells_whole("t2i", "text to image")


def test_a_frame_noun_before_a_word_half_the_corpus_writes_stays_in_the_topic():
    vocab = {**VOCAB, "generation": 900, "summary": 30, "abstractive": 5}  # the commonest word: 2000 papers
    assert understand("which papers do weekly summary generation?", vocab, ACRONYMS).topics == ["summary generation"]
    assert understand("which papers do summary abstractive?", vocab, ACRONYMS).topics == ["abstractive"]
    assert understand("which papers study generation?", vocab, ACRONYMS).topics == ["generation"]

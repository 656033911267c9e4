"""Answer shapes: matching by stems and never by authors, use vs mention, definitions, counts, tables."""

import re

from rag import shapes
from rag.digest import read_digest
from rag.papers import Paper, merge_rows
from rag.shapes import (
    Counted,
    acronym_casings,
    aligned,
    as_written,
    compare_table,
    compared_only,
    corpus_text,
    does_without,
    empty_filter_text,
    figure_sentence,
    find_definition,
    in_sense,
    is_mention,
    limitation_sentence,
    list_text,
    month_counts,
    recent_change,
    restates,
    result_sentence,
    series_text,
    share_change,
    stands_for,
    states_limitation,
    stemmed_corpus,
    table_text,
    theme_count,
    third_person,
    topic_mask,
    topic_tier,
    trend_text,
    undefined_text,
    unsaid,
    unstated_text,
    uses_topic,
    without_names,
)
from rag.text import singular_phrase
from rag.understand import stem_key, stems
from rag.weeks import days_note, missing_digests
from tests.conftest import DIGESTS


def paper(pid: str, title: str, summary: str, authors=(), date="2025-01-02") -> Paper:
    return Paper(id=pid, title=title, summaries=[summary], authors=list(authors), dates=[date])


MU = paper("1", "A vision model", "We train a vision transformer on images without any search.", ["Mu Li"])
MCTS = paper("2", "Planning with trees", "The method uses Monte Carlo Tree Searches to plan actions in games.")
BASE = paper("3", "Fast planner", "Our planner outperforms MCTS on three benchmarks while running faster.")


def test_topic_never_matches_authors_and_matches_plurals():
    docs = stemmed_corpus([MU, MCTS, BASE])
    mu = [[[stem_key("mu")]]]
    assert not topic_mask(mu, docs).any()
    mcts = [[[stem_key("monte carlo tree search"), stem_key("mcts")]]]
    assert topic_mask(mcts, docs).tolist() == [False, True, True]


def test_or_alternatives_and_and_concepts():
    docs = stemmed_corpus([MCTS, BASE])
    both = [[[stem_key("monte carlo tree search")], [stem_key("games")]]]
    assert topic_mask(both, docs).tolist() == [True, False]
    either = [[[stem_key("monte carlo tree search")]], [[stem_key("planner")]]]
    assert topic_mask(either, docs).tolist() == [True, True]


def test_use_versus_mention():
    concept = [stem_key("monte carlo tree search"), stem_key("mcts")]
    assert uses_topic(MCTS, concept)
    assert not uses_topic(BASE, concept)
    titled = paper("4", "MCTS for proofs", "It beats MCTS baselines.")
    assert uses_topic(titled, concept)
    assert is_mention(stems("unlike DPO, our method needs no reference"), ["dpo"])
    assert not is_mention(stems("we fine-tune with DPO and compare with PPO"), ["dpo"])


def test_definition_prefers_the_defining_sentence():
    a = paper("5", "X", "We extend Group Relative Policy Optimization (GRPO) to images.", date="2025-02-01")
    b = paper("6", "Y", "Group Relative Policy Optimization (GRPO) is a critic-free RL algorithm.", date="2025-03-01")
    found = find_definition("GRPO", "group relative policy optimization", [a, b])
    assert found is not None and found.paper.id == "6"
    assert find_definition("GRPO", "group relative policy optimization", [MU]) is None


def test_month_counts_fill_gaps():
    papers = [paper("a", "t", "s", date="2024-11-03"), paper("b", "t", "s", date="2025-01-09")]
    assert month_counts(papers) == {"2024-11": 1, "2024-12": 0, "2025-01": 1}
    assert month_counts([]) == {}


def test_result_sentence_prefers_the_figure_for_a_figure_question():
    p = paper("7", "Z", "Z is a reasoning model trained on math. Z reaches 79.8% on AIME 2024 with one sample.")
    concepts = [[stem_key("z")]]
    assert "79.8%" in result_sentence(p, "what accuracy does Z reach on AIME 2024?", concepts)
    assert result_sentence(p, "", concepts).startswith("Z is a reasoning model")


def test_a_gain_asked_is_the_improvement_a_sentence_states():
    # the question names the paper by its whole title, so "gain" is all it asks, and the summary says "improvement"
    title = "Progressive Reasoning via Active Retrieval"
    p = paper("8", title, "The aim is to improve reasoning with active retrieval. Z achieved a 5.3% improvement.")
    question = f"what gain does '{title}' report?"
    concepts = [[stem_key("progressive reasoning")], [stem_key("active retrieval")]]
    assert "5.3%" in result_sentence(p, question, concepts)


def test_a_compared_side_shows_its_papers_key_result_figure():
    from rag.shapes import Side

    # "compare FP4 training and NVFP4 pretraining": each side's row states the figure its paper reports, cited,
    # not only the opening sentences; a bare count or a "4-bit" is no result, and a side with none says so
    fp4 = paper_of("2025-01-29", "2501.17116")
    nvfp4 = paper_of("2025-09-30", "2509.25149")
    assert "2.55 (FP4) vs. 2.49 (BF16)" in figure_sentence(fp4)
    assert "62.58%" in figure_sentence(nvfp4)
    assert figure_sentence(paper("9", "T", "We use 4-bit weights across 24 environments in 2024.")) == ""
    rows = compare_table(
        [Side("FP4 training", 9, [(1, fp4, "It trains in FP4.")], []), Side("x", 1, [(2, MU, "trains")], [])],
        Side("both", 0, [], []),
    )
    assert "62.58%" not in rows[0]["an example's result"] and rows[0]["an example's result"].endswith(
        "100B tokens [1]."
    )
    assert rows[1]["an example's result"] == "none stated"


def test_compare_table_rows_and_markdown():
    from rag.shapes import Side, compare_text

    dpo = Side("dpo", 2, [(1, MCTS, "uses it")], ["alignment"], witness=1)
    ppo = Side("ppo", 1, [(2, BASE, "plans faster")], [])
    rows = compare_table([dpo, ppo], Side("both", 0, [], []))
    assert [r["side"] for r in rows] == ["dpo", "ppo"]  # no empty "both" row
    assert "Planning with trees [1]" in rows[0]["examples"] and rows[1]["what they do"] == "plans faster [2]"
    two = compare_table(
        [Side("x", 2, [(1, MU, "It does A."), (2, BASE, "It does B.")], []), ppo], Side("both", 0, [], [])
    )
    assert two[0]["what they do"] == "It does A [1]. It does B [2]."
    both = Side("both", 1, [(3, MU, "does both")], [])
    rows = compare_table([dpo, ppo], both)
    assert rows[-1]["what they do"] == "does both [3]" and all(v for r in rows for v in r.values())
    assert table_text(rows).splitlines()[0] == "| side | papers | examples | what they do | an example's result |"
    assert compare_text([dpo, ppo], both) == (
        "2 papers use or study dpo and 1 studies ppo; 1 studies both; dpo papers more often name alignment [1]."
    )
    # the papers a grep for a side finds but its count leaves out are said, where they are a tenth of it or more,
    # and then of both sides alike
    cited = Side("GPT-4o", 20, [(1, MCTS, "uses it")], [], passing=9)
    assert compare_text([cited, Side("Claude", 30, [], [], passing=2)], both).startswith(
        "20 papers use or study GPT-4o (9 more mention GPT-4o) and 30 study Claude (2 more mention Claude); "
    )
    assert compare_text([cited, Side("QLoRA", 4, [], [], passing=1)], both).startswith(
        "20 papers use or study GPT-4o (9 more mention GPT-4o) and 4 study QLoRA (1 more mentions QLoRA); "
    )
    assert compare_text(
        [Side("GPT-4o", 20, [], [], passing=1), Side("Claude", 30, [], [], passing=0)], both
    ).startswith("20 papers use or study GPT-4o and 30 study Claude; ")


def test_distinctive_words_set_a_side_apart():
    from rag.contrast import distinctive

    mine = ["We train a critic and a value head with PPO."] * 4 + ["A critic guides the policy."]
    theirs = ["Group sampling without a critic-free value."] + ["We sample a group of answers."] * 5
    corpus = {"critic": 10, "group": 10, "policy": 900, "value": 40, "train": 800, "head": 300, "guides": 200}
    assert distinctive(mine, theirs, frozenset({"ppo"}), corpus, 1000)[0] == "critic"
    assert "group" in distinctive(theirs, mine, frozenset(), corpus, 1000)
    assert distinctive([], theirs, frozenset(), corpus, 1000) == []
    # how summaries report any paper says nothing of a side: "presents", "involves"
    wordy = ["This paper presents a critic; the method involves a critic."] * 5
    assert distinctive(wordy, theirs, frozenset(), {**corpus, "presents": 5, "involves": 5}, 1000) == ["critic"]
    # a side of four papers cannot show that the other side's word is its own: "maintaining" in 10 % of 500
    many = ["Transformers maintaining a critic."] * 60 + ["Transformers scale."] * 440
    assert "maintaining" not in distinctive(many, ["Mamba is fast."] * 4, frozenset(), {"maintaining": 50}, 1000)
    assert distinctive(["Qwen2.5 with a critic."] * 5, theirs, frozenset({"qwen"}), corpus, 1000) == ["critic"]
    from rag.contrast import own_words, witness

    asked = paper("42", "T", "We train a critic. Follow-up questions: 1. Could a group help?")
    assert "could" not in own_words(asked).lower() and "critic" in own_words(asked)

    first, second = paper("40", "A", "We train a critic."), paper("41", "B", "A critic and a value head.")
    assert witness([first, second], ["value", "critic"]) == (second, ["value", "critic"])
    assert witness([first], ["group"]) == (None, [])


def test_trend_months_stay_inside_the_period():
    from rag.shapes import first_date

    late = Paper(id="y", title="t", summaries=["s"], dates=["2024-12-31", "2025-01-02"])
    assert first_date(late, "2025-01-01", "2025-12-31") == "2025-01-02"
    assert month_counts([late], "2025-01-01", "2025-12-31") == {"2025-01": 1}
    assert month_counts([late]) == {"2024-12": 1}


def test_a_topic_led_by_what_papers_do_is_said_so():
    from rag.listing import verb_led
    from rag.shapes import list_text

    assert verb_led("what methods reduce hallucination in VLMs?", ["reduce hallucination vlms"]) == {"reduc"}
    assert not verb_led("which papers use MCTS?", ["mcts"])
    one = [(1, paper("80", "A", "s"), "s")]
    assert "they use or study modelling proteins" in list_text("modelling proteins", one * 2, doing=True)
    assert list_text("mitigate reward hacking", one, doing=True).startswith(
        "1 paper in the digests matches: it mitigates"
    )


def test_the_sentence_of_the_part_asked_for_answers():
    from rag.shapes import result_sentence

    p = paper(
        "70",
        "Zed: Search without Searching",
        "Zed is a framework that teaches search to language models. Its objective is to cut the cost of live "
        "search engines. The methodology involves a simulated engine that writes documents. Zed outperforms "
        "live search, reaching 34.0 exact match.",
    )
    concepts = [[" zed "]]
    assert "outperforms live search" in result_sentence(p, "what is Zed's main result?", concepts)
    assert "methodology involves" in result_sentence(p, "how does Zed work?", concepts)
    assert "objective is" in result_sentence(p, "what problem does Zed address?", concepts)


def test_an_overview_is_the_summary_without_the_writers_follow_up_questions():
    from rag.shapes import overview_text

    said = "X aligns a policy with a learned critic. It reaches 91% accuracy on the C benchmark."
    p = paper("60", "X: Y", said + " Here are some follow-up questions a practitioner might have: 1. Why?")
    text = overview_text(1, p, code_asked=True)
    assert "It reaches 91% accuracy on the C benchmark." in text and "follow-up" not in text
    assert "arXiv https://arxiv.org/abs/60" in text and "the digests link no code" in text


def test_the_paper_asked_for_leads_first_or_latest():
    from rag.shapes import first_and_latest_text

    old, new = paper("50", "Old", "s", date="2024-10-01"), paper("51", "New", "s", date="2025-10-01")
    assert first_and_latest_text("mamba", [old, new], 9).startswith(
        "The first paper in the digests on mamba is **Old**"
    )
    latest = first_and_latest_text("mamba", [new, old], 9, newest=True)
    assert latest.startswith("The latest paper in the digests on mamba is **New** (2025-10-01) [1]")
    assert latest.endswith("of 9 in all, the first is **Old** (2024-10-01) [2].")


def test_definition_is_about_the_term_itself():
    variant = paper("30", "S", "Step-KTO is a training framework that uses binary feedback.", date="2025-01-01")
    spelled = paper("31", "K", "The agent is then tuned with Kahneman & Tversky Optimization (KTO).", date="2025-03-01")
    from rag.shapes import spelled_out

    assert spelled_out("KTO", [variant, spelled]) == {"kahneman & tversky optimization": 1}
    found = find_definition("KTO", "kahneman & tversky optimization", [variant, spelled])
    assert found is not None and found.paper.id == "31"
    other = paper(
        "32", "D", "Delta Norm is a loss for reinforcement learning with verifiable rewards (RLVR) that helps."
    )
    about = paper(
        "33", "E", "We study reinforcement learning with verifiable rewards (RLVR), which trains on checkable answers."
    )
    found = find_definition("RLVR", "reinforcement learning with verifiable rewards", [other, about])
    assert found is not None and found.paper.id == "33"


def test_a_filtered_search_knows_which_papers_are_on_its_topic():
    from rag.shapes import on_topic

    vocab = {"speculative": 30, "decoding": 80, "planning": 40, "monte": 5, "carlo": 5, "tree": 20, "search": 50}
    assert on_topic("speculative decoding", [MU, BASE], vocab, {}) == ([False, False], "speculative decoding")
    assert on_topic("monte carlo tree search", [MCTS, MU], vocab, {})[0] == [True, False]
    assert on_topic("speculative decoding", [], vocab, {}) == (None, "")


def test_an_acronym_with_several_meanings_gets_each():
    from rag.shapes import spelled_out

    papers = [
        paper("10", "A", "We fine-tune pre-trained language models (PLMs) on code."),
        paper("11", "B", "Binding affinity with protein language models (PLMs) is predicted."),
        paper("12", "C", "Other pre-trained language models (PLMs) are compared."),
    ]
    assert spelled_out("PLM", papers) == {"pre-trained language model": 2, "protein language model": 1}


def test_the_asked_measure_picks_the_sentence_or_is_said_missing():
    from rag.shapes import asked_measure, states_measure

    speed = paper(
        "20", "Tokenizers", "Tokenizers are aligned. It reaches FID 2.11 in 64 epochs, a 21x speedup over DiT."
    )
    assert asked_measure("What training speedup over the original DiT does it report?") == (
        "training speedup",
        ["train", "speedup"],
    )
    assert "21x" in result_sentence(speed, "What training speedup over DiT does it report?", [])
    _, gpus = asked_measure("How many GPUs were used to train it?")
    assert not any(states_measure(s, gpus) for s in ["It reaches FID 2.11 in 64 epochs, a 21x speedup over DiT."])
    _, accuracy = asked_measure("What accuracy does DeepSeek-R1 get on AIME 2024?")
    assert states_measure("DeepSeek-R1 achieved 79.8% Pass@1 on AIME 2024.", accuracy)
    assert not states_measure("DeepSeek-R1 is trained with 4 stages of RL.", accuracy)


def test_a_share_answers_a_figure_asked_against_another():
    """probe40 F01/F05: "how many more tokens", "how fast … compared to" are answered by "1,953% more tokens",
    "61% faster than MEMIT"; "how much lower" by a reduction's figures."""
    from rag.shapes import asked_measure, states_measure

    for question, sentence in (
        (
            "how many more tokens did QwQ-32B use on 2+3?",
            "QwQ-32B-Preview used 1,953% more tokens than conventional models for the query.",
        ),
        ("how fast is ENCORE compared to MEMIT", "ENCORE is 61% faster than MEMIT and 64% faster than AlphaEdit."),
        (
            "how much lower is the stereotype strength after steering?",
            "Steering reduced the average stereotype strength score from 1.16 to 0.40.",
        ),
    ):
        assert states_measure(sentence, asked_measure(question)[1], question), question
    gpus = "how many GPUs did it use compared to DiT?"
    assert not states_measure("It reaches FID 2.11, a 21x speedup over DiT.", asked_measure(gpus)[1], gpus)


def test_a_size_asked_as_a_name_part_is_written_in_words():
    assert shapes.writes_size("This approach trained a 12-billion-parameter model on 10 trillion tokens.", "12B")
    assert shapes.writes_size("a 12B model", "12B") and not shapes.writes_size("a 13B model", "12B")
    assert not shapes.writes_size("trained on 12 trillion tokens", "12B") and not shapes.writes_size("x", "FP8")


def test_a_qualifier_form_needs_its_words_in_one_sentence():
    from rag.shapes import SENTENCE_MARK, form_in

    doc = f" reward hack in rlhf train of larg languag model {SENTENCE_MARK} we use rl "
    assert form_in("+larg languag model train", doc)
    assert not form_in("+rl train larg languag model", doc)  # "rl" is in another sentence


def test_a_trend_says_whether_the_topics_share_of_each_months_papers_rose():
    counts = {"2025-01": 20, "2025-02": 20, "2025-03": 40, "2025-04": 40}
    thousand = {"2025-01": 1000, "2025-02": 1000, "2025-03": 1000, "2025-04": 1000}
    rising = share_change(counts, thousand)
    assert rising.endswith("rising.") and "2.0% in 2025-01 to 2025-02" in rising
    # twice the papers in months with twice the digests' papers: the share did not move
    level = share_change(counts, {**thousand, "2025-03": 2000, "2025-04": 2000})
    assert level.endswith("about level.")
    assert share_change({"2025-01": 1, "2025-02": 1}, {"2025-01": 9, "2025-02": 9}) == ""
    text = trend_text("GRPO", counts, 120, thousand)
    assert "(busiest 2025-04, 40); as a share" in text


def test_a_shift_that_chance_would_give_is_no_trend_of_its_own():
    """Chatbot Arena's 3 papers (2 then 1) were called "falling"; 12 papers, 4 then 8, may be chance."""
    thousand = {"2025-01": 1000, "2025-02": 1000, "2025-03": 1000, "2025-04": 1000}
    few = share_change({"2025-01": 1, "2025-02": 1, "2025-03": 0, "2025-04": 1}, thousand)
    assert few.endswith(": no clear change (3 papers are too few to tell).")
    assert "0.10% in 2025-01 to 2025-02 against 0.05% in" in few  # decimals that tell the shares apart
    weak = share_change({"2025-01": 2, "2025-02": 2, "2025-03": 4, "2025-04": 4}, thousand)
    assert weak.endswith(": rising, though with 12 papers a shift this size could be chance.")
    assert shapes.chance_of(4, 8, 0.5) > 0.05 > shapes.chance_of(40, 80, 0.5)


def test_a_trend_asked_lately_weighs_the_last_three_months_against_the_three_before():
    totals = {f"2025-{m:02d}": 1000 for m in range(1, 11)}
    counts = {"2025-05": 10, "2025-06": 10, "2025-07": 10, "2025-08": 20, "2025-09": 20, "2025-10": 30}
    said = recent_change(counts, totals)
    assert said.startswith("Lately rising: 70 papers in 2025-08 to 2025-10 (2.3% of all the digests' papers then)")
    assert "against 30 in 2025-05 to 2025-07 (1.0%)" in said
    # the same counts in months that list twice the papers: the share held, whatever the raw counts say
    assert recent_change(counts, {**totals, "2025-08": 2300, "2025-09": 2300, "2025-10": 2400}).startswith(
        "Lately about"
    )
    # a month without the topic's papers still counts as a month of the span (the digests listed papers then)
    assert recent_change({"2025-05": 40}, totals).startswith("Lately falling: 0 papers in 2025-08 to 2025-10")
    assert recent_change({"2025-05": 4}, totals).startswith("Lately no clear change (4 papers are too few to tell)")
    assert recent_change(counts, {m: 100 for m in list(totals)[:5]}) == ""  # fewer than six months


def test_a_trend_says_what_its_total_counts_and_its_months_sum_to_it():
    counts = {"2025-01": 1, "2025-02": 3, "2025-03": 0, "2025-04": 4}
    named = trend_text("GRPO", counts, Counted(8, "name", 6))
    assert named.startswith("8 papers in the digests match: they name GRPO (6 of them use or study it); by the month")
    used = trend_text("GUI agents", counts, Counted(8, "use", 7, 2))
    assert used.startswith("8 papers in the digests match: they use or study GUI agents (7 name it; 2 of these say")
    listed = trend_text("GRPO without PPO", counts, 8)  # a narrowed topic: the list's papers, which name it
    assert listed.startswith("8 papers in the digests match: they name GRPO without PPO; by the month")
    months = re.search(r"appeared, (.*?) \(busiest", named)
    assert months and sum(int(n) for n in re.findall(r": (\d+)", months.group(1))) == 8
    one = trend_text("mixture-of-depths", {"2024-10": 1}, Counted(1, "name", 1))  # one paper: said in the singular
    assert one.startswith("1 paper in the digests matches: it names mixture-of-depths (and uses or studies it); by")
    assert "by the month it first appeared" in one
    assert trend_text("MoD", {"2024-10": 1}, Counted(1, "use", 0, 1)).startswith(
        "1 paper in the digests matches: it uses or studies MoD (in other words)"
    )


def test_two_series_share_their_months_and_each_names_its_busiest():
    series = aligned({"DPO": {"2025-01": 3, "2025-02": 1}, "GRPO": {"2025-02": 2, "2025-03": 5}})
    assert series == {
        "DPO": {"2025-01": 3, "2025-02": 1, "2025-03": 0},
        "GRPO": {"2025-01": 0, "2025-02": 2, "2025-03": 5},
    }
    first = paper("2501.1", "Early DPO", "We train with DPO.", date="2025-01-03")
    text = series_text(series, [("DPO", 1, first, "2025-01-03")])
    assert "**DPO** (4 papers): 2025-01: 3, 2025-02: 1, 2025-03: 0 (busiest 2025-01, 3)" in text
    assert "**GRPO** (7 papers)" in text and "(busiest 2025-03, 5)" in text
    assert "DPO has more papers than GRPO in 1 of 3 months, GRPO more than DPO in 2." in text
    assert "on DPO, Early DPO (2025-01-03) [1]" in text
    lower = series_text({"flow matching": {"2025-01": 1}, "GUI agents": {"2025-01": 2}}, [])
    assert "\nFlow matching has more papers than GUI agents in 0 of 1 months" in lower


def test_a_paper_naming_the_topic_in_its_title_or_opening_leads_one_naming_it_on_the_way():
    lora = [[[stem_key("lora")]]]
    said = {
        "plain": "The method adapts a large speech model to new speakers with very little data.",
        "lora": "The method adapts a large speech model to new speakers with LoRA adapters.",
        "cheap": "Training the LoRA adapters costs a fraction of full fine-tuning on every benchmark.",
        "base": "A LoRA baseline trained on the same data is slower and less accurate on every benchmark.",
    }
    titled, opening, twice, once = stemmed_corpus(
        [
            paper("1", "LoRA for speech", f"{said['plain']} {said['plain']}"),
            paper("2", "Speech adapters", f"{said['lora']} {said['plain']}"),
            paper("3", "Speech adapters", f"{said['plain']} {said['cheap']} {said['lora']}"),
            paper("4", "Speech adapters", f"{said['plain']} {said['plain']} {said['base']}"),
        ]
    )
    assert [topic_tier(lora, d) for d in (titled, opening, twice, once)] == [0, 1, 2, 3]


def test_a_size_after_the_name_and_a_gain_asked_as_how_much_better():
    from rag.shapes import UNIT_RES, asked_measure

    assert UNIT_RES["parameters"].search("Pensez 7B achieves a 12-point accuracy increase")
    assert not UNIT_RES["parameters"].search("trained on 5.8B tokens")
    assert not UNIT_RES["parameters"].search("a 7b model")  # only the capital B of a size
    phrase, words = asked_measure("How much better is UI-AGILE on ScreenSpot-Pro?")
    assert phrase == "improvement" and words == ["better"]


def test_an_expansion_is_made_singular_without_cutting_a_word():
    assert singular_phrase("markov decision processes") == "markov decision process"
    assert singular_phrase("large language models") == "large language model"
    assert singular_phrase("contrastive loss") == "contrastive loss"
    assert singular_phrase("principal component analysis") == "principal component analysis"
    assert singular_phrase("approaches") == "approach"


def test_readable_text_says_each_thing_once():
    assert corpus_text(33, ["2025-06-10"], {}, " on 2025-06-10") == "33 papers reached the digests on 2025-06-10."
    assert corpus_text(3, ["2025-06-10"], {}, " in cs.CL") == "3 papers reached the digests in cs.CL, on 2025-06-10."
    sentence = (
        "It was found that LLMs exhibit knowledge homophily, where topologically proximate entities show"
        " similar knowledgeability, and that node degree correlates with knowledgeability."
    )
    assert restates(
        "Knowledge homophily is when topologically proximate entities show similar knowledgeability, and that node"
        " degree correlates with knowledgeability",
        sentence,
    )
    assert not restates("Knowledge homophily is when neighbours know alike", sentence)
    assert stands_for("reinforcement pretraining", "Reinforcement Pre-Training") == ""
    assert stands_for("RPT", "reinforcement pre training") == "RPT stands for Reinforcement Pre Training. "


def test_a_list_of_papers_that_do_something_says_what_they_do():
    one = Paper(
        id="2501.00001",
        title="TinyFusion",
        summaries=["Depth pruning of diffusion transformers."],
        authors=[],
        dates=["2025-01-02"],
    )
    two = Paper(
        id="2501.00002",
        title="OBS-Diff",
        summaries=["One-shot pruning of diffusion models."],
        authors=[],
        dates=["2025-01-02"],
    )
    both = list_text("prune diffusion models", [(1, one, "a"), (2, two, "b")], doing=True)
    assert both.splitlines()[0] == "2 papers in the digests match: they prune diffusion models."
    alone = list_text("prune diffusion models", [(1, one, "a")], doing=True)
    assert alone.splitlines()[0] == "1 paper in the digests matches: it prunes diffusion models."
    asked = list_text("knowledge distillation for speech models", [(1, one, "a")])
    assert (
        asked.splitlines()[0]
        == "1 paper in the digests matches: it uses or studies knowledge distillation for speech models."
    )
    assert [third_person(v) for v in ("distill", "stylize", "backdoor", "patch", "classify")] == [
        "distills",
        "stylizes",
        "backdoors",
        "patches",
        "classifies",
    ]


def test_an_acronym_counts_in_the_casing_its_spelling_papers_write():
    casings = acronym_casings("MODS", ["integrating Mixture-of-Depths (MoDs) into MLLMs; γ-MoD places MoD layers"])
    assert casings == {"MoDs", "MoD"}
    doc = " some other paper "
    assert in_sense("MoD routers skip tokens", doc, " mixtur of depth ", casings)
    assert not in_sense("MOD-X is an exchange framework", doc, " mixtur of depth ", casings)
    assert not in_sense("a relation that holds (mod P)", doc, " mixtur of depth ", casings)
    assert in_sense("GRPO-based training", doc, " group rel polici optim ", frozenset({"GRPO"}))
    assert not in_sense("GLM-4-9B as the teacher", doc, " general linear model ", frozenset({"GLMs", "GLM"}))
    assert in_sense("anything", " we fit general linear model here ", " general linear model ", frozenset())


def test_a_detail_the_summary_never_writes_is_unsaid_and_one_it_writes_is_not():
    doc = stem_key("DeepSeek-V3 employs Mixture of Experts and FP8 training on 2,048 NVIDIA H800 GPUs.")
    name, generic = stem_key("DeepSeek-V3"), frozenset(stems("what does use for"))
    assert unsaid(doc, [[stem_key("DeepSeek-V3")], [stem_key("load balancing")]], name, generic) == [" load balanc "]
    assert unsaid(doc, [[stem_key("DeepSeek-V3")], [stem_key("GPUs")]], name, generic) == []
    # nothing asked besides the paper's name, or only the part every summary has: nothing to say is missing
    assert unsaid(doc, [[stem_key("DeepSeek-V3")]], name, generic) == []
    assert unsaid(doc, [[stem_key("main contribution")]], name, generic) == []


def test_an_unstated_detail_is_said_plainly_in_the_question_s_words():
    assert as_written("what does DeepSeek-V3 use for load balancing?", " load balanc ") == "load balancing"
    text = unstated_text(1, paper("2505.09343", "Insights into DeepSeek-V3", "s"), "load balancing")
    said = "The digests' summary of **Insights into DeepSeek-V3** [1] does not say anything about load balancing."
    assert text == said


def test_the_size_in_the_asked_model_s_own_name_is_no_stated_figure():
    said = "The Qwen2.5-VL-72B model achieves 74.8 on MathVista."
    assert "72B" not in without_names(said, "how many parameters does Qwen2.5-VL-72B have?")
    assert without_names("It has 7B parameters.", "how big is Bielik?") == "It has 7B parameters."


def test_the_sentence_stating_a_limitation_is_found_and_the_digests_notes_are_not():
    for said in (
        "The effectiveness of leveraging negative feedback, however, remains unclear and requires further study.",
        "It aims to address the limitations of existing speculative decoding methods, which rely on a single database.",
        "Fine-tuned open SLMs improved but still lagged behind.",
        "Current agents struggle with long-horizon tasks.",
    ):
        assert states_limitation(said), said
    for said in (
        "However, the paper does not explicitly state the limitations of the method.",  # the digest's own note
        "What are the limitations of the current feedback decoder?",  # a follow-up question the digest appends
        "Merged models outperform their constituents by up to 19% on the ARC-Challenge benchmark.",  # a name
        "The module comprises a speaker encoder and a bottleneck layer.",  # a part of a network
        "The methodology applies GRPO to specifically target these identified weaknesses.",
    ):
        assert not states_limitation(said), said
    p = paper(
        "1",
        "Draft Lengths",
        "This paper proposes a drafter. Current drafters fail to adapt. The limitations of speculative decoding "
        "with fixed draft lengths are addressed.",
    )
    sentence, named = limitation_sentence(p, lambda s: "speculative decoding" in s.lower())
    assert named and sentence.startswith("The limitations of speculative decoding")
    assert limitation_sentence(paper("2", "T", "A method. It works well."), lambda s: True) == ("", False)


def test_a_model_version_is_read_and_matched_only_as_that_version():
    from rag.shapes import asked_version

    claude = asked_version("what does Claude 4 score on SWE-bench?")
    assert claude is not None and claude.name == "Claude 4"
    assert all(claude.pattern.search(t) for t in ("Claude Sonnet 4 scores", "Claude-4-Sonnet's accuracy", "Claude 4."))
    assert not any(claude.pattern.search(t) for t in ("Claude 3.7 Sonnet", "Claude 4.5 Opus", "Claude 40"))
    gpt = asked_version("what is GPT-4's score?")
    assert gpt is not None and not gpt.pattern.search("GPT-4o reaches") and gpt.pattern.search("GPT-4 reaches")
    for question in ("top 5 papers on MATH-500", "papers from March 14", "what does Qwen2.5-7B score?"):
        found = asked_version(question)
        assert found is None or found.name == "Qwen2.5", question


def test_a_period_says_how_many_of_its_weekdays_have_a_digest_only_when_some_lack_one():
    days = ["2025-10-13", "2025-10-14", "2025-10-24", "2025-10-27", "2025-10-29", "2025-10-30"]
    assert missing_digests("2025-10-20", "2025-10-26", days) == (1, 5)
    assert days_note(1, 5) == " Only 1 of its 5 weekdays has a digest."
    assert missing_digests("2025-10-13", "2025-10-19", days) == (2, 5)
    # cut to the days the digests span; a week with every weekday's digest says nothing
    assert missing_digests(
        "2025-10-27", "2025-11-30", ["2025-10-27", "2025-10-28", "2025-10-29", "2025-10-30", "2025-10-31"]
    ) == (0, 0)
    assert missing_digests("2026-01-01", "2026-01-31", days) == (0, 0)
    assert days_note(0, 0) == ""


def test_a_themes_count_leaves_out_the_papers_found_by_meaning_only():
    assert theme_count(5, 0) == "5 papers"
    assert theme_count(5, 1) == "4 papers, and 1 close to it"
    assert theme_count(1, 1) == "close to it only: 1 paper"


def test_a_paper_free_of_a_phrases_head_noun_does_without_the_phrase():
    vision_encoder = [[[stem_key("vision encoder")]]]
    assert does_without(vision_encoder, stem_key("EVEv2, a family of encoder-free vision-language models"))
    assert does_without([[[stem_key("training")]]], stem_key("a training-free method for image editing"))
    assert not does_without(vision_encoder, stem_key("a SigLIP vision encoder feeds the language model"))


def test_an_empty_filter_is_said_in_agreement_with_its_count():
    said = "match the filters: between 2025-09-01 and 2025-09-30 with a code link"
    assert empty_filter_text("all topics", 0, said) == f"No paper in the corpus matches the filters{said[17:]}."
    assert empty_filter_text("mcts", 1, "match the filters") == (
        "1 paper in the corpus matches the filters; it is not about mcts."
    )
    assert empty_filter_text("mcts", 7, "match the filters").endswith("match the filters; none of them is about mcts.")


def test_the_example_of_an_undefined_term_is_quoted_without_its_template_label():
    sentence = "Main research question or objective: To speed up speculative decoding with two drafts."
    text = undefined_text("speculative decoding", "", 15, sentence)
    assert text.endswith("For example: To speed up speculative decoding with two drafts. [1]")


def test_a_list_by_contribution_puts_methods_first_and_heads_each_other_kind():
    papers = [Paper(id=f"2501.0000{i}", title=f"T{i}", summaries=["s"]) for i in range(4)]
    kinds = {"2501.00000": "data", "2501.00001": "method", "2501.00002": "study", "2501.00003": "method"}
    ordered, headings = shapes.by_contribution(papers, kinds)
    assert [p.id[-1] for p in ordered] == ["1", "3", "0", "2"]
    assert headings == [
        (0, "Papers proposing a method (2):"),
        (2, "Benchmarks, data sets and tools (1):"),
        (3, "Studies and analyses (1):"),
    ]
    assert shapes.by_contribution(papers[1::2], kinds) == (papers[1::2], [])
    text = "2 papers match.\n- **A** [1]: a\n- **B** [2]: b"
    assert shapes.with_headings(text, [(0, "First:"), (1, "Then:"), (5, "Never:")]) == (
        "2 papers match.\nFirst:\n- **A** [1]: a\nThen:\n- **B** [2]: b"
    )


def test_a_restated_definition_goes_on_to_what_the_thing_does():
    from rag.shapes import carried_on

    sentence = (
        "This research paper introduces LongCite, a system designed to enhance the trustworthiness of Large Language "
        "Models (LLMs) by enabling them to provide fine-grained citations within their long-form answers."
    )
    lead = "LongCite is a system designed to enhance the trustworthiness of Large Language Models"
    assert carried_on(lead, sentence) == (
        f"{lead} (LLMs) by enabling them to provide fine-grained citations within their long-form answers"
    )
    # a gloss in brackets ends with them, and a description named after it ("…, a phenomenon termed X") says
    # nothing more of it
    kinship = "Model kinship (similarity between LLMs based on weight differences) can guide iterative merging."
    assert carried_on("Model kinship means similarity between LLMs based on weight differences", kinship) == (
        "Model kinship means similarity between LLMs based on weight differences"
    )
    termed = "Longer reasoning can degrade performance, a phenomenon termed inverse scaling in test-time compute."
    assert carried_on("Inverse scaling is a phenomenon where longer reasoning can degrade performance", termed) == (
        "Inverse scaling is a phenomenon where longer reasoning can degrade performance"
    )
    # a lead that already ends where its sentence does stays as it is
    assert carried_on(
        "Grokking means transitioning from memorization to generalization",
        "Grokking means transitioning from memorization to generalization.",
    ) == ("Grokking means transitioning from memorization to generalization")


def test_a_systems_own_short_name_inside_other_hyphenated_names_is_not_written():
    assert shapes.joined_only("s1", "UI-S1 trains GUI agents; Intern-S1 and S1-Bench follow")
    for text in ("s1 scales", "the s1-32B model", "s1-style budget forcing", "A S1-Bench and s1 both", "(s1)"):
        assert not shapes.joined_only("s1", text), text
    assert not shapes.joined_only("s1", "no such name")


def test_a_technical_report_defines_its_system_below_its_own_defining_sentence():
    report = paper("2505.09388", "Qwen3 Technical Report", "Qwen3, the latest Qwen iteration, is a series.")
    study = paper("2505.02214", "An Empirical Study of Qwen3 Quantization", "It evaluates the Qwen3 LLM series.")
    found = shapes.find_definition("Qwen3", "", [study, report])
    assert found is not None and found.paper.id == "2505.09388"


def test_an_acronym_is_not_spelled_out_with_another_papers_words():
    """probe9: "DAPO stands for Decoupled Advantage Policy Optimization" came from another row of the digests."""
    dapo = paper(
        "2503.14476",
        "DAPO: An Open-Source LLM Reinforcement Learning System at Scale",
        "The key methodology is the Decoupled Clip and Dynamic sampling Policy Optimization (DAPO) algorithm.",
    )
    assert shapes.disowns("DAPO", "decoupled advantage policy optimization", dapo)  # it spells DAPO otherwise
    vapo = paper("2504.05118", "VAPO: Efficient and Reliable RL", "VAPO is a value-based framework.")
    assert shapes.disowns("VAPO", "vision anchored policy optimization", vapo)  # its own paper, spelled nowhere
    user = paper("1", "A study of RL", "We train with GRPO on math.")
    assert not shapes.disowns("GRPO", "group relative policy optimization", user)  # a paper using it: no claim
    spelled = paper("2", "X", "Group Relative Policy Optimization (GRPO) is used.")
    assert not shapes.disowns("GRPO", "group relative policy optimization", spelled)


def paper_of(day: str, pid: str) -> Paper:
    return next(p for p in merge_rows(read_digest(DIGESTS / f"{day}.md").rows) if p.id == pid)


def test_a_paper_named_by_a_word_of_its_title_is_the_one_title_about_it():
    muon = paper_of("2025-05-06", "2505.02222")  # Practical Efficiency of Muon for Pretraining
    normuon = paper_of("2025-10-09", "2510.05491")  # NorMuon: Making Muon more efficient and scalable
    assert shapes.titles_about("Muon", [muon, normuon]) == [muon]  # NorMuon's head names its own optimizer
    assert shapes.title_standing_for("Muon", [muon, normuon]) is muon
    assert "Practical Efficiency of Muon for Pretraining (2025-05-06)" in shapes.title_taken_text("Muon", muon)
    r1 = [paper_of("2025-04-03", "2503.20783"), paper_of("2025-04-03", "2504.00883")]
    assert shapes.title_standing_for("R1-Zero-Like", r1) is None  # two titles: neither is picked
    said = shapes.absent_paper_text("R1-Zero-Like", r1, "fact")
    assert "2 papers' titles name it" in said and all(p.title in said for p in r1)
    gpt5 = paper_of("2025-08-19", "2508.13142")  # Has GPT-5 Achieved Spatial Intelligence?
    assert shapes.titles_about("GPT-5", [gpt5]) == [gpt5]
    assert shapes.title_standing_for("GPT-5", [gpt5]) is None  # a versioned model's paper is its makers' report


def test_papers_name_a_term_only_to_compare_with_it_only_when_every_naming_sentence_compares():
    uses = paper("a", "Strong MIAs", "It evaluates strong attacks. The methodology involves scaling the LiRA attack.")
    beats = paper("b", "Fast MIA", "Our attack outperforms LiRA on CIFAR-10.")
    assert compared_only("LiRA", "", [beats])
    assert not compared_only("LiRA", "", [uses, beats])
    # no sentence naming it says nothing of how it is named
    assert not compared_only("LiRA in membership inference", "", [uses])


def test_a_shared_method_is_presented_only_by_a_title_of_its_own():
    """named40: "introduce Federated Share-A LoRA" or "within a Direct Preference Optimization (DPO) framework" is a
    summary using LoRA or DPO; of a name many papers write, only a title that is its own presents it."""
    fed = paper(
        "f",
        "Selective Aggregation for Low-Rank Adaptation in Federated Learning",
        "This paper studies Low-Rank Adaptation (LoRA). The authors introduce Federated Share-A LoRA (FedSA-LoRA).",
    )
    assert shapes.presents(fed, "LoRA")  # few papers writing it: the summary's word is trusted
    assert not shapes.presents_own(fed, "LoRA", shapes.SHARED_NAME_PAPERS)
    own = paper("o", "LoRA: Low-Rank Adaptation of Large Language Models", "We propose LoRA.")
    assert shapes.presents_own(own, "LoRA", 500)
    spelled = paper(
        "g", "Group Sequence Policy Optimization", "This paper introduces Group Sequence Policy Optimization (GSPO)."
    )
    assert shapes.presents_own(spelled, "GSPO", 50)
    edition = paper("d", "Diffusion-4K: Ultra-High-Resolution Image Synthesis", "Diffusion-4K is introduced.")
    assert shapes.titled_by(edition.title, "Diffusion") and not shapes.presents_own(edition, "Diffusion", 800)

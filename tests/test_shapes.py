"""Answer shapes: matching by stems and never by authors, use vs mention, definitions, counts, tables."""

from rag.papers import Paper
from rag.shapes import (
    compare_table,
    find_definition,
    is_mention,
    month_counts,
    result_sentence,
    stemmed_corpus,
    table_text,
    topic_mask,
    uses_topic,
)
from rag.understand import stem_key, stems


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


def test_compare_table_rows_and_markdown():
    rows = compare_table([("dpo", 2, [(1, MCTS, "uses it")]), ("ppo", 0, [])], both=0)
    assert [r["side"] for r in rows] == ["dpo", "ppo", "both"]
    assert "Planning with trees [1]" in rows[0]["examples"]
    text = table_text(rows)
    assert text.splitlines()[0] == "| side | papers | examples | what they do |"


def test_a_filtered_search_with_nothing_on_topic_says_so():
    from rag.shapes import off_topic_under_filters

    vocab = {"speculative": 30, "decoding": 80, "planning": 40}
    assert off_topic_under_filters("speculative decoding", [MU, BASE], vocab, {}) == "speculative decoding"
    assert off_topic_under_filters("monte carlo tree search", [MCTS], vocab, {}) == ""
    assert off_topic_under_filters("speculative decoding", [], vocab, {}) == ""


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

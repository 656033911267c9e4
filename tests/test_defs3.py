"""The definition sentence itself (issue 10), on real digests: a bracket of what many things give is no gloss, an
example is not what a name is, a list item is not an apposition, a gloss runs to its clause's end, a name keeps its
case, and an English term written in a French or Spanish question keeps its order."""

from __future__ import annotations

from rag.digest import read_digest
from rag.frames import head_last, to_english
from rag.papers import Paper, merge_rows
from rag.shapes import definition_text, find_definition, spoken
from tests.conftest import DIGESTS


def paper_of(day: str, pid: str) -> Paper:
    return next(p for p in merge_rows(read_digest(DIGESTS / f"{day}.md").rows) if p.id == pid)


def test_a_plural_glossed_by_a_quality_is_not_defined_by_it():
    # "their lack of “world models” (awareness of action outcomes)": what the agents lack, not what one is
    agents = paper_of("2024-10-21", "2410.13232")
    assert find_definition("WM", "world model", [agents], mentions=False) is None
    grokking = Paper(id="g", title="T", summaries=['It studies "grokking" (transitioning from memorization to x).'])
    found = find_definition("grokking", "", [grokking])
    assert found is not None and found.lead.startswith("Grokking means transitioning")


def test_a_name_given_as_an_example_of_a_finding_is_not_defined_by_its_kind():
    # "long2short RL methods (e.g., SimPO reducing lengths by 30-40%)": the example shows a finding
    survey = paper_of("2025-04-02", "2503.24377")
    assert find_definition("SimPO", "", [survey]) is None
    listed = Paper(id="a", title="T", summaries=["It outperforms agent frameworks like AutoGen, CrewAI and others."])
    found = find_definition("AutoGen", "", [listed])
    assert found is not None and found.lead == "AutoGen is an agent framework"


def test_an_example_is_never_the_subject_of_the_verb_after_it():
    # "adaptation using specialized architectures like MoE is a highly effective strategy"
    medical = paper_of("2025-09-19", "2509.14977")
    assert find_definition("MoE", "mixture of experts", [medical], mentions=False) is None


def test_an_item_after_a_spelled_out_acronyms_comma_is_the_next_item():
    # "with Mixture-of-Experts (MoE), a pre-attention router to …, and a NoPE-RoPE hybrid …"
    device = paper_of("2025-07-29", "2507.20984")
    assert find_definition("MoE", "mixture of experts", [device], mentions=False) is None


def test_a_gloss_runs_to_its_clause_end():
    vapo = paper_of("2025-04-08", "2504.05118")
    found = find_definition("VAPO", "", [vapo])
    assert found is not None and found.lead.endswith("requiring long chain-of-thought")
    text = definition_text("VAPO", 1, found, 2)
    assert "requiring long chain-of-thought [1]" in text


def test_a_name_keeps_its_own_case():
    assert spoken("sG-MDP") == "sG-MDP" and spoken("mT5") == "mT5"
    assert spoken("grokking") == "Grokking" and spoken("world model") == "World model"
    proof = paper_of("2025-07-04", "2507.02726")
    found = find_definition("sG-MDP", "self-generated goal-conditioned markov decision process", [proof])
    assert found is not None and "SG-MDP" not in found.lead


def test_an_english_term_in_a_french_or_spanish_question_keeps_its_order():
    texts = [p.summary.lower() for p in merge_rows(read_digest(DIGESTS / "2025-04-08.md").rows)]
    texts += ["test-time scaling helps. test-time scaling works. scaling test-time compute."]

    def phrase_df(phrase: str) -> int:
        return sum(phrase in t for t in texts)

    assert head_last("le test-time scaling", "fr", phrase_df) == "le test-time scaling"
    assert head_last("la distillation progressive", "fr", phrase_df) == "la progressive distillation"
    assert to_english("¿qué es el test-time scaling?", "es", None, phrase_df) == "what is test-time scaling?"
    assert head_last("le test-time scaling", "fr") == "le scaling test-time"  # without counts: French order

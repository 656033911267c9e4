"""A one-paper question that says what the paper does without is answered by the paper stating that absence."""

from rag.absence import absence_pattern, first_stating_absence, left_out


def test_what_a_one_paper_question_leaves_out():
    assert left_out("which paper improves LLM reasoning with RL without supervised fine-tuning?") == [
        "supervised fine-tuning"
    ]
    assert left_out("which paper uses RL without SFT to improve reasoning?") == ["sft"]
    assert left_out("which paper removes the need for a reference model in DPO?") == ["reference model"]
    assert left_out("which paper trains a critic with RL and no human supervision?") == ["human supervision"]
    assert left_out("which paper does reference-free preference optimization?") == ["reference"]


def test_other_questions_leave_nothing_out():
    assert left_out("what is DPO without a reference model?") == [], "asks what, not which paper"
    assert left_out("which papers use MCTS?") == []
    assert left_out("which paper trains GUI agents with reinforcement learning?") == []


def test_a_paper_states_an_absence_in_its_own_words():
    pattern = absence_pattern(["supervised fine-tuning", "sft"])
    assert pattern.search("using reinforcement learning (RL) without supervised fine-tuning (SFT)")
    assert pattern.search("an SFT-free recipe")
    assert pattern.search("without any supervised fine tuning")
    assert not pattern.search("initializing LLMs through supervised fine-tuning, then reinforcement learning")


def test_papers_stating_the_absence_come_first_and_the_rest_keep_their_order():
    texts = [
        "S2R starts with supervised fine-tuning, then RL.",
        "SRFT unifies supervised and reinforcement fine-tuning.",
        "DeepSeek-R1 uses RL without supervised fine-tuning (SFT).",
    ]
    forms = {"sft": ["supervised fine tuning"]}
    assert first_stating_absence(texts, ["sft"], lambda t: forms.get(t, [])) == [2, 0, 1]
    assert first_stating_absence(texts[:2], ["sft"], lambda t: forms.get(t, [])) == [0, 1], "none states it"

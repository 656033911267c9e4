"""Chat follow-ups about the person a chat asked the papers of ("his papers", "her coauthors"), one property of a
paper asked by ellipsis ("what base model", "and the code?"), and a list's verb kept out of the chat's topic
(issue 10, probe 8 defect 6): the pure rewrites, then whole chats over real indexes."""

import pytest

from rag.answer import Answerer
from rag.coauthors import COAUTHORS_ASKED_RE, coauthors, coauthors_text
from rag.listing import without_verb
from rag.papers import Paper
from rag.props import elided_slot
from rag.question import about_person


@pytest.mark.parametrize(
    ("follow", "expected"),
    [
        ("how many of his papers are from 2025", "how many of the papers by P Q are from 2025"),
        ("which of her papers have code?", "which of the papers by P Q have code?"),
        ("what is their latest paper", "what is the latest paper by P Q"),
        ("who are this author's coauthors", "who are the coauthors of the papers by P Q"),
        ("list that person's collaborators", "list the coauthors of the papers by P Q"),
        ("any papers by him from 2024?", "any papers by P Q from 2024?"),
        ("how many papers by this author are from 2025", "how many papers by P Q are from 2025"),
    ],
)
def test_a_possessive_names_the_person(follow, expected):
    assert about_person(follow, "P Q") == expected


def test_a_possessive_of_anything_else_points_at_no_person():
    assert about_person("what is his name", "P Q") == ""
    assert about_person("which of them have code?", "P Q") == ""


@pytest.mark.parametrize(
    ("follow", "expected"),
    [
        ("what base model", "what base model does LIMO use?"),
        ("which benchmarks?", "which benchmarks does LIMO use?"),
        ("what dataset", "what dataset does LIMO use?"),
        ("and which training data?", "which training data does LIMO use?"),
        ("how many parameters", "how many parameters does LIMO have?"),
        ("and the code?", "where is the code for LIMO?"),
    ],
)
def test_a_property_alone_is_asked_of_the_chats_paper(follow, expected):
    assert elided_slot(follow, "LIMO") == expected


def test_a_property_with_more_words_or_without_a_paper_is_left_alone():
    assert elided_slot("what base model does s1 use?", "LIMO") == ""
    assert elided_slot("how many papers", "LIMO") == ""
    # a count of the corpus's papers is a question of its own, not a property of the chat's paper
    assert elided_slot("how many papers mention TTS?", "Chain of Draft") == ""
    assert elided_slot("what base model", "") == ""


def test_a_verb_the_papers_were_not_matched_by_leaves_the_topic():
    assert without_verb(["improve grpo", "dpo"], {"improv"}) == ["grpo", "dpo"]
    assert without_verb(["prune diffusion models"], set()) == ["prune diffusion models"]


def test_coauthors_are_read_off_the_records_most_shared_first():
    a = Paper(id="2501.00001", title="A", authors=["P Q", "R S", "T U"])
    b = Paper(id="2501.00002", title="B", authors=["pq", "T U", "V W"])
    assert coauthors([(1, a), (2, b)], {"pq"}) == [("T U", [1, 2]), ("R S", [1]), ("V W", [2])]
    text = coauthors_text("P Q", [(1, a), (2, b)], {"pq"})
    assert text.splitlines()[0] == "The digests list 3 other authors on the 2 papers by P Q:"
    assert "- T U (2 papers) [1][2]" in text
    assert COAUTHORS_ASKED_RE.search("who did she work with?") and not COAUTHORS_ASKED_RE.search("who wrote it?")


@pytest.fixture(scope="module")
def week_answerer(week_retriever, week_settings):
    return Answerer(week_settings, retriever=week_retriever)


def chat(answerer: Answerer, *turns: str):
    history: list[tuple[str, str]] = []
    answers = []
    for turn in turns:
        answers.append(answerer.ask(turn, history=list(history)))
        history.append((turn, answers[-1].answer))
    return answers


def test_his_coauthors_after_a_persons_papers(week_answerer):
    listed, _, who = chat(week_answerer, "papers by Liefeng Bo", "what is the first one about", "who are his coauthors")
    papers = {c["id"] for c in listed.citations}
    assert len(papers) == 2 and {c["id"] for c in who.citations} <= papers
    others = {a for pid in papers for a in week_answerer.retriever.by_id[pid].authors if a != "Liefeng Bo"}
    assert who.answer.startswith(f"The digests list {len(others)} other authors on the 2 papers by Liefeng Bo")
    counted = chat(week_answerer, "papers by Liefeng Bo", "how many of their papers are from 2025")[-1]
    assert counted.answer.startswith("2 papers") and {c["id"] for c in counted.citations} == papers


def test_a_possessive_after_a_topic_is_no_person(week_answerer):
    last = chat(week_answerer, "which papers use MCTS?", "which of their papers have code")[-1]
    assert "papers by" not in last.standalone


@pytest.mark.slow
def test_ellipsis_and_topic_in_whole_corpus_chats(corpus_settings):
    answerer = Answerer(corpus_settings)
    base = chat(answerer, "what is LIMO", "how many examples does it use", "what base model")[-1]
    assert "Qwen2.5-32B-Instruct" in base.answer and [c["id"] for c in base.citations] == ["2502.03387"]
    code = chat(answerer, "what is MSTS", "and the code?")[-1]
    assert "github.com/paul-rottger/msts-multimodal-safety" in code.answer
    october = chat(answerer, "what is GRPO", "which papers improve on it", "any from october 2025")[-1]
    alone = answerer.ask("papers on GRPO from october 2025")
    assert "improve" not in october.standalone
    assert {c["id"] for c in october.citations} == {c["id"] for c in alone.citations}

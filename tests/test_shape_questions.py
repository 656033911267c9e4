"""Three shapes of question answered in their own shape: which of two topics has more papers, an author
asked yes/no, by count, by surname or misspelt, and the digests' own days (one day's papers, the busiest
period). Pure parts on small inputs; the answers on the real one-week index (2025-W04, 48 papers)."""

from __future__ import annotations

import re

import pytest

from rag import aggregate
from rag.answer import Answerer
from rag.authors import (
    by_surname,
    longer_names,
    misspelt,
    namesake,
    person_name,
    resolve,
    surname_handle,
    whole_handle,
    with_handle,
)
from rag.papers import Paper
from rag.shapes import author_head, more_papers, unlisted_author
from rag.understand import understand

AUTHORS = {"sergey levine": 5, "yoshua bengio": 1, "samy bengio": 1, "graham neubig": 2, "gneubig": 2, "ion stoica": 2}
VOCAB = {"google": 14, "meta": 70, "lora": 120, "qlora": 4, "clip": 180, "siglip": 20, "grpo": 230, "dpo": 120}


def test_a_surname_alone_names_every_listed_author_who_has_it_but_a_word_the_papers_use_names_none():
    assert by_surname("Bengio", AUTHORS, VOCAB) == ["samy bengio", "yoshua bengio"]
    assert by_surname("Levine", AUTHORS, VOCAB) == ["sergey levine"]
    assert by_surname("Google", {**AUTHORS, "research google": 1}, VOCAB) == []  # the company
    assert by_surname("bengio", AUTHORS, VOCAB) == []  # written in lower case, a word


def test_a_misspelt_name_is_the_one_listed_name_a_letter_from_it():
    assert misspelt("Sergey Levin", AUTHORS) == "sergey levine"
    assert misspelt("Graham Neubeg", AUTHORS) == "graham neubig"
    assert misspelt("Sergey Brin", AUTHORS) == ""
    assert misspelt("Ion Stoica", {"ion stoica": 1, "ion stoics": 1, "ian stoica": 1}) == "ion stoica"
    assert misspelt("Ion Stoicb", {"ion stoica": 1, "ion stoics": 1}) == ""  # two as close: neither


def test_a_name_an_edit_from_a_listed_one_is_someone_else_when_its_surname_is_listed_too():
    listed = {**AUTHORS, "tri cao": 3, "alan dao": 1, "jiajun xu": 1, "jia wu": 2}
    assert misspelt("Tri Dao", listed) == "" and namesake("Tri Dao", listed) == "tri cao"  # Dao is Alan Dao's
    assert misspelt("Jiajun Wu", listed) == "" and namesake("Jiajun Wu", listed) == "jiajun xu"
    assert misspelt("Yoshua Bengoi", listed) == "yoshua bengio" and namesake("Yoshua Bengoi", listed) == ""
    assert namesake("Sergey Brin", listed) == ""


def test_an_unlisted_name_reads_as_a_person_unless_its_words_are_the_papers_or_a_labs():
    vocab = {**VOCAB, "hugging": 8, "face": 54, "large": 2084, "tri": 6, "research": 2944}
    listed = {**AUTHORS, "tri cao": 1, "ai research": 1}
    for name in ("Chelsea Finn", "Tri Dao", "Jean-Baptiste Alayrac", "Sergey Brin"):
        assert person_name(name, listed, vocab), name
    for name in ("Hugging Face", "Google Brain", "Meta AI", "Large Models", "Kimi K2", "Brin", "Ai Research"):
        assert not person_name(name, listed, vocab), name


def test_an_unlisted_author_is_said_so_with_the_namesake_only_suggested():
    assert unlisted_author("Chelsea Finn", "", 0) == "No paper in the digests lists Chelsea Finn as an author."
    assert unlisted_author("Tri Dao", "Tri Cao", 3) == (
        "No paper in the digests lists Tri Dao as an author. "
        'Did you mean Tri Cao (3 papers)? Ask for "papers by Tri Cao".'
    )
    assert author_head("Yoshua Bengoi", {"Yoshua Bengio": 1}, 1, "papers by Yoshua Bengoi", "Yoshua Bengio") == (
        "No listed author is spelt Yoshua Bengoi; reading Yoshua Bengio: 1 paper in the digests matches: "
        "Yoshua Bengio is an author of it."
    )


def test_a_name_brings_the_handle_its_initial_and_surname_make_when_only_it_makes_it():
    assert with_handle("graham neubig", AUTHORS) == ["graham neubig", "gneubig"]
    assert with_handle("graham neubig", {**AUTHORS, "gary neubig": 1}) == ["graham neubig"]
    assert resolve("Graham Neubeg", AUTHORS, VOCAB) == ["graham neubig", "gneubig"]


HANDLED = {
    **AUTHORS,
    "tridao": 1,
    "tri cao": 3,
    "alan dao": 1,
    "muennighoff": 4,
    "carlini": 1,
    "nicholas carlini": 2,
    "qian": 1,
    "yue qian": 1,
    "hao qian": 1,
    "xiang lisa li": 2,
    "adam j. stewart": 1,
    "thien huu nguyen": 1,
    "huy huu nguyen": 1,
}


def test_an_unlisted_full_name_is_the_handle_it_folds_to_and_never_a_handle_folding_otherwise():
    assert whole_handle("Tri Dao", HANDLED) == "tridao" and whole_handle("Tri Cao", HANDLED) == ""
    assert resolve("Tri Dao", HANDLED, VOCAB) == ["tridao"]
    assert resolve("Tri Cao", HANDLED, VOCAB) == ["tri cao"]  # listed: no handle joins it
    assert resolve("Tri Dai", HANDLED, VOCAB) == []  # an edit from tridao is someone else


def test_a_rare_surname_alone_is_its_persons_handle_a_shared_or_short_one_nobodys():
    assert surname_handle("Niklas Muennighoff", HANDLED) == "muennighoff"
    assert surname_handle("Nicholas Carlini", HANDLED) == "carlini"  # the one listed Carlini
    assert surname_handle("Wei Qian", HANDLED) == ""  # Yue Qian, Hao Qian: whose is "qian"?
    assert surname_handle("Tri Dao", {**HANDLED, "dao": 1}) == ""  # too short to stand for one person
    assert surname_handle("Desmond Elliott", {**HANDLED, "elliott": 1, "desmond elliott": 2}) == ""  # a given name
    assert resolve("Niklas Muennighoff", HANDLED, VOCAB) == ["muennighoff"]
    assert resolve("Nicholas Carlini", HANDLED, VOCAB) == ["nicholas carlini", "carlini"]
    assert resolve("Niklas Muennighoff", HANDLED, {"muennighoff": 5}) == []  # a word the papers use


def test_a_name_is_the_one_listed_longer_name_it_ends_or_lacks_a_middle_initial_of():
    assert longer_names("Lisa Li", HANDLED) == ["xiang lisa li"]
    assert longer_names("Adam Stewart", HANDLED) == ["adam j. stewart"]
    assert longer_names("Huu Nguyen", HANDLED) == []  # two people's
    assert resolve("Lisa Li", HANDLED, VOCAB) == ["xiang lisa li"]


def test_an_author_listed_by_a_handle_is_said_so():
    assert author_head("Tri Dao", {"tridao": 1}, 1, "papers by Tri Dao", "", ["tridao"]) == (
        "1 paper in the digests matches: Tri Dao is an author of it, listed by the handle tridao."
    )
    assert author_head("Nicholas Carlini", {"Nicholas Carlini": 2, "carlini": 1}, 3, "", "", ["carlini"]) == (
        "3 papers in the digests match: Nicholas Carlini is an author of each (1 of them by the handle carlini)."
    )


def test_authors_asked_yes_no_by_count_by_surname_and_misspelt_are_read_as_the_author():
    for question, names in [
        ("is Sergey Levine in the digests?", ["sergey levine"]),
        ("does Sergey Levine have papers here?", ["sergey levine"]),
        ("how many papers did Graham Neubig write?", ["graham neubig", "gneubig"]),
        ("how many papers does Ion Stoica have in the corpus?", ["ion stoica"]),
        ("papers by Bengio", ["samy bengio", "yoshua bengio"]),
        ("papers by Sergey Levin", ["sergey levine"]),
        ("papers by Chelsea Finn", []),  # no paper lists her: the author asked all the same
        ("is Chelsea Finn in the digests?", []),
    ]:
        parsed = understand(question, VOCAB, {}, AUTHORS)
        assert parsed.author_names == names and not any(parsed.concepts), question
    assert understand("papers by Chelsea Finn", VOCAB, {}, AUTHORS).author == "Chelsea Finn"
    assert not understand("is GRPO in the digests?", VOCAB, {}, AUTHORS).author


def test_which_of_two_topics_has_more_papers_is_a_trend_on_both():
    for question, topics in [
        ("which has more papers, LoRA or QLoRA?", ["lora", "qlora"]),
        ("is CLIP or SigLIP more popular?", ["clip", "siglip"]),
        ("are there more papers on DPO or on GRPO?", ["dpo", "grpo"]),
        ("which is studied more, LoRA or QLoRA?", ["lora", "qlora"]),
        ("is LoRA more common than QLoRA?", ["lora", "qlora"]),
        ("has interest in DPO faded since GRPO appeared?", ["dpo", "grpo"]),
    ]:
        parsed = understand(question, VOCAB, {})
        assert (parsed.intent, parsed.versus, parsed.topics) == ("trend", True, topics), question
    assert understand("which papers use LoRA or QLoRA?", VOCAB, {}).intent == "list"


def test_the_topic_with_more_papers_is_said_first():
    series = {"DPO": {"2025-01": 3, "2025-02": 1}, "GRPO": {"2025-01": 2, "2025-02": 5}}
    assert more_papers(series) == "GRPO has more papers than DPO in the digests: 7 against 4."
    same = more_papers({"a": {"2025-01": 2}, "b": {"2025-01": 2}})
    assert same == "A and b have as many papers in the digests: 2 each."
    assert more_papers({"a": {"2025-01": 2}, "b": {"2025-01": 0}}) == ""


def test_one_day_and_the_busiest_period_are_read_as_such():
    parsed = understand("what was published on 2025-01-22?", VOCAB, {})
    assert (parsed.intent, parsed.topics, parsed.since, parsed.until) == ("list", [], "2025-01-22", "2025-01-22")
    for question in ("on which day did the most papers appear?", "which month had the fewest papers?"):
        parsed = understand(question, VOCAB, {})
        assert (parsed.intent, parsed.topics) == ("trend", []), question
    assert aggregate.period_asked("what was the busiest week?") == ("week", False)
    assert aggregate.period_asked("which month had the fewest papers?") == ("month", True)
    assert aggregate.period_asked("which month had the most papers on agents?") == ("month", False)
    assert aggregate.period_asked("which papers appeared most often?") == ("", False)


def paper(pid: str, *dates: str) -> Paper:
    return Paper(id=pid, title=pid, authors=[], summaries=["s"], categories=[], dates=list(dates), arxiv_url="")


def test_periods_are_ranked_by_their_papers_with_ties_said_together():
    papers = [paper("a", "2025-01-20", "2025-01-27"), paper("b", "2025-01-20"), paper("c", "2025-01-21")]
    days = aggregate.period_counts(papers, "day")
    assert days == {"2025-01-20": 2, "2025-01-27": 1, "2025-01-21": 1}
    assert aggregate.period_counts(papers, "week") == {"2025-W04": 3, "2025-W05": 1}
    assert aggregate.periods_text("day", days, False) == (
        "The busiest digest day was 2025-01-20, with 2 papers; then 2025-01-21 (1), 2025-01-27 (1)."
    )
    assert aggregate.periods_text("day", days, True).startswith(
        "The quietest digest days were 2025-01-21 and 2025-01-27, with 1 paper each; then 2025-01-20 (2)"
    )
    assert "2025-W04 (the week of 2025-01-20), with 3 papers" in aggregate.periods_text("week", {"2025-W04": 3}, False)


def test_author_head_names_each_author_a_surname_means():
    assert author_head("Bengio", {"Yoshua Bengio": 1, "Samy Bengio": 1}, 2, "papers by Bengio") == (
        "2 papers in the digests match: 2 listed authors are named Bengio: Yoshua Bengio (1), Samy Bengio (1)."
    )
    assert author_head("Sergey Levin", {"Sergey Levine": 1}, 1, "is Sergey Levin here?").startswith(
        "Yes: 1 paper in the digests matches: Sergey Levine is an author of it."
    )


@pytest.fixture(scope="module")
def week_answerer(week_retriever, week_settings):
    return Answerer(week_settings, retriever=week_retriever)


def test_what_came_out_on_a_day_lists_all_of_its_papers(week_answerer):
    result = week_answerer.ask("what came out on 2025-01-22?")
    assert result.intent == "list" and len(result.citations) == 15
    assert result.answer.startswith("15 papers reached the digests on 2025-01-22:")


def test_papers_of_a_period_asked_with_no_topic_are_all_of_its_papers(week_answerer):
    """Not a search for the word "papers" (probe9: 40 paper-search papers for "which papers are from 2025?")."""
    result = week_answerer.ask("which papers are from January 2025?")
    assert result.intent == "list" and len(result.citations) == 48
    assert result.answer.startswith("48 papers reached the digests between 2025-01-01 and 2025-01-31, on 5 digest")
    days = [week_answerer.retriever.by_id[c["id"]].date for c in result.citations]
    assert days == sorted(days)
    two = week_answerer.ask("papers from 2025-01-22 to 2025-01-23")
    assert len(two.citations) == sum(d in ("2025-01-22", "2025-01-23") for d in days)


def test_the_busiest_day_is_named_with_its_count(week_answerer):
    result = week_answerer.ask("which day had the most papers?")
    assert result.answer.startswith("The busiest digest day was 2025-01-22, with 15 papers; then 2025-01-24 (13)")


def test_an_author_asked_yes_no_or_by_surname_gets_their_papers(week_answerer):
    result = week_answerer.ask("is Liefeng Bo in the digests?")
    assert result.intent == "list" and len(result.citations) == 2 and result.answer.startswith("Yes: 2 papers")
    result = week_answerer.ask("papers by Stoica")
    assert not result.citations or "Stoica" in result.answer
    result = week_answerer.ask("papers by Liefeng Boo")
    assert result.intent == "list" and len(result.citations) == 2 and "Liefeng Bo is an author" in result.answer


def test_the_first_name_of_an_unknown_full_name_is_no_surname():
    authors = {**AUTHORS, "levine sergeyev": 1}
    # no listed author is meant: the name is asked as a person no paper lists, never as Anna Levine
    assert understand("papers by Levine Unknown", VOCAB, {}, {"anna levine": 1}).author_names == []
    assert understand("papers by Levine", VOCAB, {}, authors).author_names == ["sergey levine"]


def test_a_periods_themes_asked_with_no_topic_are_its_overview_and_a_days_coverage_its_list(week_answerer):
    result = week_answerer.ask("what were the main themes in the week of 2025-01-20?")
    assert result.intent == "summary" and result.citations
    assert result.answer.startswith("48 papers in the digests match: on all topics from 2025-01-20 to 2025-01-26")
    assert "weekdays" not in result.answer.split("\n")[0]  # every weekday of the week has its digest
    result = week_answerer.ask("what did the digest of 2025-01-22 cover?")
    assert result.intent == "list" and len(result.citations) == 15


def test_a_category_named_in_the_question_is_the_filter_and_says_how_few_papers_carry_one(week_answerer):
    result = week_answerer.ask("which papers are in the Robotics category?")
    assert result.intent == "list" and len(result.citations) == 1
    assert result.answer.startswith("1 paper in the digests matches the filters: in Robotics.")
    assert "The digests give a category to only" in result.answer
    result = week_answerer.ask("papers in the robotics category from October 2025")
    assert not result.citations and "1 is in Robotics" in result.answer


def test_the_n_newest_papers_are_that_many_newest_first(week_answerer):
    result = week_answerer.ask("the two newest papers on reinforcement learning")
    days = [week_answerer.retriever.by_id[c["id"]].date for c in result.citations]
    assert result.parsed["topics"] == ["reinforcement learning"] and len(days) == 2
    assert days == sorted(days, reverse=True) and "the 2 newest follow" in result.answer


def test_research_on_a_topic_lists_its_papers(week_answerer):
    assert week_answerer.ask("research on reinforcement learning").intent == "list"
    assert week_answerer.ask("what work exists on reinforcement learning?").intent == "list"


def test_importance_the_digests_do_not_record_is_said_and_no_paper_picked(week_answerer):
    for question in ("what is the most influential paper on MCTS?", "which is the seminal paper on agents?"):
        result = week_answerer.ask(question)
        assert not result.covered and not result.citations, question
        assert result.answer.startswith("The digests do not rank papers by importance"), result.answer
    assert week_answerer.ask("which paper reports the best accuracy on MMLU?").intent == "aggregate"


def test_papers_by_several_people_are_those_every_one_of_them_wrote(week_answerer):
    """Gold q19's shape: "by A, B and C" lists the papers each named person is an author of, not A's all."""
    papers = [p for p in week_answerer.retriever.papers if "Liefeng Bo" in p.authors]
    assert len(papers) == 2
    full = re.compile(r"[A-Z][a-z]+ [A-Z][a-z]+")
    other = next(a for a in papers[0].authors if full.fullmatch(a) and a not in papers[1].authors)
    result = week_answerer.ask(f"Which paper is by Liefeng Bo and {other}?")
    assert [c["id"] for c in result.citations] == [papers[0].id]
    assert result.answer.startswith(f"1 paper in the digests matches: Liefeng Bo and {other} are authors of it.")
    stranger = next(
        a for p in week_answerer.retriever.papers if p not in papers for a in p.authors if full.fullmatch(a)
    )
    result = week_answerer.ask(f"papers by Liefeng Bo, {other} and {stranger}")
    assert not result.citations and not result.covered
    assert result.answer == (
        f"No paper in the digests lists Liefeng Bo, {other} and {stranger} together as authors; "
        "Liefeng Bo is an author of 2 papers."
    )


def test_the_technical_report_asked_is_the_systems_own_paper():
    from rag.answer import without_report

    assert without_report("Qwen3 technical", "when did the Qwen3 technical report come out?") == "Qwen3"
    assert without_report("Qwen3 technical", "what does Qwen3 technical writing do?") == "Qwen3 technical"

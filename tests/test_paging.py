"""Pages of a list answer: the paging words of a chat turn, the pager, and chats that page a list over the real
index of one week (2025-W04), through the Answerer and through `rag chat` and `rag ask -k`."""

from __future__ import annotations

import re

import pytest
from click.testing import CliRunner

from rag.answer import Answerer
from rag.cli import cli
from rag.paging import (
    CHAT_PAGE,
    PageAsk,
    PageStream,
    page_footer,
    page_range,
    page_text,
    paging_asked,
    shown_until,
    without_paging_lead,
)
from tests.test_cli import env_for

LIST = "which papers use large language models?"  # 20 papers in the week


@pytest.mark.parametrize(
    ("turn", "asked"),
    [
        ("more please", PageAsk()),
        ("show me more", PageAsk()),
        ("what are the next ones?", PageAsk()),
        ("any more?", PageAsk()),
        ("keep going", PageAsk()),
        ("continue", PageAsk()),
        ("next page", PageAsk()),
        ("give me the next 10", PageAsk(count=10)),
        ("give me 5 more", PageAsk(count=5)),
        ("another five", PageAsk(count=5)),
        ("what's the next one?", PageAsk(count=1)),
        ("page 3", PageAsk(number=3)),
        ("show me the rest", PageAsk(rest=True)),
        ("what are the remaining ones?", PageAsk(rest=True)),
        ("the remaining 4 please", PageAsk(count=4, rest=True)),
    ],
)
def test_general_paging_phrases_ask_for_a_page(turn, asked):
    assert paging_asked(turn) == asked


@pytest.mark.parametrize(
    "turn",
    [
        "more papers on diffusion",
        "show more like the first one",
        "show me more papers like this",
        "what else did they write?",
        "and the next month?",
        "tell me more about the first one",
        "which is more popular, LoRA or QLoRA?",
        "who wrote the first one?",
        "page 0",
        "show all",
    ],
)
def test_a_turn_with_other_words_is_no_page(turn):
    assert paging_asked(turn) is None


@pytest.mark.parametrize(
    ("question", "plain"),
    [
        ("more papers on diffusion", "papers on diffusion"),
        ("more on music generation", "papers on music generation"),
        ("show me some more papers about LoRA", "papers about LoRA"),
        ("give me the next 5 papers on MCTS", "papers on MCTS"),
        ("show more like the first one", ""),
        ("tell me more about it", ""),
        ("which has more papers, LoRA or QLoRA?", ""),
    ],
)
def test_paging_words_opening_a_new_question_are_dropped(question, plain):
    assert without_paging_lead(question) == plain


ANSWER = "\n".join(
    ["5 papers match.", *(f"- **Paper {n}** (2025-01-2{n}) [{n}]: says {n}." for n in range(1, 6)), "A note."]
)


def test_a_page_keeps_the_count_the_notes_and_each_entrys_number():
    text, page = page_text(ANSWER, 2, 2)
    assert text.splitlines() == [
        "5 papers match.",
        "- **Paper 3** (2025-01-23) [3]: says 3.",
        ANSWER.splitlines()[4],
        "A note.",
    ]
    assert page == {"offset": 2, "limit": 2, "total": 5, "next_offset": 4}
    assert page_text(ANSWER, 4, 10)[1]["next_offset"] is None and page_text(ANSWER, 6, 10)[1]["total"] == 5


def test_where_the_chat_stopped_and_what_comes_next():
    entries = [line for line in ANSWER.splitlines() if line.startswith("- ")]
    assert shown_until(ANSWER, entries, whole=True) == 5  # a list shown whole: its first page, here all 5
    assert shown_until(page_text(ANSWER, 0, 2)[0], entries, whole=True) == 2  # an API page of 2
    assert shown_until(page_text(ANSWER, 2, 2)[0], entries, whole=False) == 4
    assert shown_until("5 papers match.\n\nThat was all 5.", entries, whole=False) == 5
    assert page_range(PageAsk(), 10, 109) == (10, CHAT_PAGE)
    assert page_range(PageAsk(number=3), 10, 109) == (20, CHAT_PAGE)
    assert page_range(PageAsk(count=5), 20, 109) == (20, 5)
    assert page_range(PageAsk(rest=True), 10, 109) == (10, None)


def test_a_page_says_where_it_stands():
    assert page_footer({"offset": 10, "limit": 10, "total": 109, "next_offset": 20}).startswith("Entries 11–20 of 109.")
    assert page_footer({"offset": 100, "limit": 10, "total": 109, "next_offset": None}).endswith("that was all 109.")
    assert page_footer({"offset": 109, "limit": 10, "total": 109, "next_offset": None}).startswith("That was all 109")


def numbers(answer) -> list[int]:
    return [c["n"] for c in answer.citations]


def test_a_chat_pages_its_list_and_says_when_it_ends(week_settings, week_retriever):
    answerer = Answerer(week_settings, retriever=week_retriever)
    listed = answerer.ask(LIST)
    ids = [c["id"] for c in listed.citations]
    assert len(ids) == 20
    history = [(listed.question, listed.answer)]
    more = answerer.ask("more please", history=history)
    assert numbers(more) == list(range(11, 21)) and [c["id"] for c in more.citations] == ids[10:]
    assert more.page == {"offset": 10, "limit": CHAT_PAGE, "total": 20, "next_offset": None}
    assert "Entries 11–20 of 20: that was all 20." in more.answer and more.standalone == listed.standalone
    history.append((more.question, more.answer))
    after = answerer.ask("any more?", history=history)
    assert not after.citations and "That was all 20" in after.answer
    five = answerer.ask("another 5", history=[*history[:1], ("page 2", answerer.ask("page 2", history[:1]).answer)])
    assert numbers(five) == [] and "That was all 20" in five.answer
    first_five = answerer.ask("give me 5 more", history=history[:1])
    assert [c["id"] for c in first_five.citations] == ids[10:15]
    who = answerer.ask("who wrote [12]?", history=[*history[:1], ("more please", more.answer)])
    assert who.intent == "authors" and who.citations[0]["id"] == ids[11]


def test_a_page_needs_a_list_before_it(week_settings, week_retriever):
    answerer = Answerer(week_settings, retriever=week_retriever)
    alone = answerer.ask("more please")
    assert not alone.citations and "no list" in alone.answer
    fact = answerer.ask("what does Agent-R use MCTS for?")
    after = answerer.ask("the next ones", history=[(fact.question, fact.answer)])
    assert not after.citations and "no list" in after.answer


def test_a_follow_up_after_a_page_is_about_the_list(week_settings, week_retriever):
    answerer = Answerer(week_settings, retriever=week_retriever)
    listed = answerer.ask("which papers use MCTS?")
    history = [(listed.question, listed.answer)]
    more = answerer.ask("more please", history=history)
    code = answerer.ask("which of those have code?", history=[*history, (more.question, more.answer)])
    assert "mcts" in code.standalone.lower() and code.filters.get("has_code")


def test_rag_chat_prints_ten_then_the_next_page(week_settings):
    turns = f"{LIST}\nmore please\nmore please\n"
    out = CliRunner().invoke(cli, ["chat"], env=env_for(week_settings.index_dir, week_settings.cache_dir), input=turns)
    assert out.exit_code == 0, out.output
    first, second, third = out.stdout.split("you> ")[1:4]
    assert "[10]" in first and "[11]" not in first and "Entries 1–10 of 20. Ask for more" in first
    assert "[11]" in second and "[20]" in second and "[10]" not in second and "that was all 20" in second
    assert "That was all 20" in third and "[" not in third.split("\n", 1)[1]


def test_rag_ask_k_prints_the_first_k_and_says_how_to_see_the_rest(week_settings):
    env = env_for(week_settings.index_dir, week_settings.cache_dir)
    out = CliRunner().invoke(cli, ["ask", "-k", "3", LIST], env=env)
    assert out.exit_code == 0, out.output
    assert "[3]" in out.stdout and "[4]" not in out.stdout
    assert "3 of 20 papers shown (-k 3); 17 more: leave out -k to print all 20." in out.stdout
    whole = CliRunner().invoke(cli, ["ask", LIST], env=env)
    assert "[20]" in whole.stdout and "more: leave out -k" not in whole.stdout
    assert "first K papers" in CliRunner().invoke(cli, ["ask", "--help"]).stdout


def test_the_ui_pages_through_the_pairs_it_keeps(week_settings, week_retriever):
    from rag.service import Library
    from rag.ui import App

    app = App(week_settings, Library(week_settings, Answerer(week_settings, retriever=week_retriever)))
    chat: list[dict] = []
    pairs: list = []
    for turn in (LIST, "more please"):
        chat, pending, _ = app.ask(turn, chat, "", "", "", False)
        *_, (chat, pairs, sources, _badge) = app.chat(pending, chat, pairs, "", "", "", False, "bm25")
    assert "Entries 11–20 of 20" in chat[-1]["content"] and "[[11]](https://arxiv.org/abs/" in chat[-1]["content"]
    assert '<p class="sources-head">10 papers cited</p>' in sources


LIST_TEXT = (
    "12 papers match:\n"
    + "".join(f"{i}. Paper {i} cuts cost by 1.5x [{i}]\n   - its continuation\n" for i in range(1, 13))
    + "Note: -k 5 shows fewer.\n12"
)


@pytest.mark.parametrize(("offset", "limit"), [(0, 1), (3, 4), (0, None), (5, None), (0, 50), (20, 3)])
def test_a_paged_stream_shows_the_text_of_its_page(offset, limit):
    """However the text is cut into tokens (whole lines, single characters, any two pieces), what the stream
    shows plus the rest given with the final text is the page's text, and it never shows a dropped entry."""
    final, _ = page_text(LIST_TEXT, offset, limit)
    cuts = [[LIST_TEXT], list(LIST_TEXT), LIST_TEXT.splitlines(keepends=True)]
    cuts += [[LIST_TEXT[:n], LIST_TEXT[n:]] for n in range(1, len(LIST_TEXT), 7)]
    for pieces in cuts:
        stream = PageStream(offset, limit)
        live = "".join(stream.feed(p) for p in pieces)
        assert final.startswith(live) and live + stream.rest(final) == final
    single = PageStream(offset, limit)
    live = "".join(single.feed(c) for c in LIST_TEXT)
    shown = {int(n) for n in re.findall(r"^(\d+)\. ", live, re.M)}
    assert shown <= set(range(offset + 1, offset + (limit or 99) + 1))

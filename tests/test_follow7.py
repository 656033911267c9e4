"""A chat filter of the list just shown by a field read broadly (probe38 CH4): "which of them are about vision?"
keeps the list's papers on images and video, whether or not they write "vision"; over the real index of one week
(2025-W04)."""

from __future__ import annotations

from rag.answer import Answerer


def test_which_of_them_are_about_vision_keeps_the_lists_image_and_video_papers(week_settings, week_retriever):
    answerer = Answerer(week_settings, retriever=week_retriever)
    listed = answerer.ask("papers on benchmarks")
    shown = {c["id"] for c in listed.citations}
    assert {"2501.12380", "2501.13826", "2501.10132"} <= shown
    history = [(listed.question, listed.answer)]
    for turn in ("which of them are about vision?", "only the ones about vision"):
        kept = {c["id"] for c in answerer.ask(turn, history=history).citations}
        assert kept and kept <= shown, turn
        assert {"2501.12380", "2501.13826"} <= kept, turn  # MMVU and Video-MMMU write "video", not "vision"
        assert "2501.10132" not in kept, turn  # function calling


def test_a_period_or_a_summary_is_not_narrowed_to_the_papers_shown(week_settings, week_retriever):
    """Regression of the merge: "which of them are from X?" asks the topic's list in that period, and a themed
    summary shows only a few papers of each theme, so neither turn is held to the papers the answer before showed."""
    answerer = Answerer(week_settings, retriever=week_retriever)
    listed = answerer.ask("papers on benchmarks")
    assert answerer.shown_list("which of them are from 2025?", [(listed.question, listed.answer)]) is None
    summary = answerer.ask("summarize the papers on reasoning")
    assert answerer.shown_list("only the ones about math", [(summary.question, summary.answer)]) is None
    assert answerer.shown_list("only the ones about vision", [(listed.question, listed.answer)]) is not None

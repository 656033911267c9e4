"""An answer as a standalone HTML page: its chart, its table, its references, and nothing unsafe."""

from __future__ import annotations

from dataclasses import replace

from rag.answer import Answer, Source
from rag.answer_html import answer_page
from rag.papers import Paper
from rag.retrieve import Hit


def paper(n: int, title: str) -> Paper:
    return Paper(id=f"2501.0000{n}", title=title, dates=["2025-01-22"], summaries=[f"Summary {n}."])


def answer_of(text: str, *papers: Paper) -> Answer:
    sources = [Source(i, Hit(p, 1.0)) for i, p in enumerate(papers, 1)]
    return Answer("how many?", "how many?", text, sources, backend="extractive", covered=True)


def test_a_trend_page_draws_one_bar_per_month_scaled_to_the_busiest():
    counts = {"2025-02": 4, "2025-01": 2}
    answer = replace(answer_of("Busiest 2025-02 [1].", paper(1, "A")), intent="trend", counts=counts)
    page = answer_page(answer)
    assert page.index('data-month="2025-01"') < page.index('data-month="2025-02"')
    assert 'style="width:50.0%"' in page and 'style="width:100.0%"' in page


def test_a_two_series_trend_draws_a_bar_per_topic_for_each_month_with_its_key():
    series = {"DPO": {"2025-01": 4, "2025-02": 1}, "<b>GRPO</b>": {"2025-01": 0, "2025-02": 2}}
    page = answer_page(replace(answer_of("Both [1].", paper(1, "A")), intent="trend", series=series))
    assert page.count('data-series="DPO"') == 2 and page.count('data-series="&lt;b&gt;GRPO&lt;/b&gt;"') == 2
    assert page.index('data-month="2025-01"') < page.index('data-month="2025-02"')
    assert "width:100.0%" in page and "width:25.0%" in page and "width:50.0%" in page
    assert "&#9632; DPO" in page and "<b>GRPO</b>" not in page
    assert '<span class="n">4 / 0</span>' in page


def test_citations_link_to_their_papers_and_only_cited_papers_are_referenced():
    page = answer_page(answer_of("A does it [1].", paper(1, "Cited"), paper(2, "Retrieved only")))
    assert '<a href="https://arxiv.org/abs/2501.00001">[1]</a>' in page
    assert "Cited" in page and "Retrieved only" not in page


def test_the_page_says_what_the_citation_check_removed_and_a_backends_fallback():
    answer = replace(
        answer_of("A does it [1].", paper(1, "A")),
        flags=["removed citation [9]: no such source was retrieved"],
        fallback="openai:local failed (<timeout>); answered extractively",
    )
    page = answer_page(answer)
    assert "<li>[citation check] removed citation [9]: no such source was retrieved</li>" in page
    assert "<li>note: openai:local failed (&lt;timeout&gt;); answered extractively</li>" in page
    assert '<ul class="checks">' not in answer_page(answer_of("A does it [1].", paper(1, "A")))


def test_a_comparison_table_is_drawn_once_whether_or_not_the_text_holds_it():
    rows = [{"side": "dpo", "papers": "3"}, {"side": "ppo", "papers": "2"}]
    plain = replace(answer_of("Both [1].", paper(1, "A")), intent="compare", table=rows)
    in_text = replace(plain, answer="| side | papers |\n|---|---|\n| dpo | 3 |\n| ppo | 2 |\n\nBoth [1].")
    assert answer_page(plain).count("<table") == 1
    assert answer_page(in_text).count("<table") == 1


def test_html_and_images_in_an_answer_or_a_title_are_shown_as_text():
    answer = answer_of("<script>alert(1)</script> ![x](https://evil.example/a.png) [1]", paper(1, "<b>T</b>"))
    page = answer_page(answer)
    assert "<script>" not in page and "<img" not in page and "<b>T</b>" not in page

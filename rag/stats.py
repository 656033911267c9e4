"""Corpus figures shown by `rag stats`, the UI's Library tab and briefings."""

from __future__ import annotations

from collections import Counter

from rag.papers import Paper


def corpus_stats(papers: list[Paper]) -> dict:
    days = sorted({d for p in papers for d in p.dates})
    categories = Counter(c for p in papers for c in p.categories)
    return {
        "papers": len(papers),
        "days": len(days),
        "first_day": days[0] if days else "",
        "last_day": days[-1] if days else "",
        "with_code": sum(p.has_code for p in papers),
        "with_data": sum(p.has_data for p in papers),
        "categories": dict(categories.most_common()),
    }

"""Who a person wrote with: the other authors the digests list on that person's papers (the records, not the
summaries, say it)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from rag.bibtex import fold
from rag.papers import Paper

# "who are the coauthors of …", "who did X work with?", "X's collaborators"; not the verb of "which papers did X
# co-author?" or "papers with X as a co-author" (the person's papers), nor "papers that work with CT scans"
COAUTHORS_ASKED_RE = re.compile(
    r"\bco-?authors\b|\bcollaborators?\b"
    r"|\bwho\b.*\b(?:(?:wr[io]te|written|work(?:s|ed)?|collaborat\w*|publish(?:ed)?)\s+with|co-?authored)\b",
    re.I,
)
SHOWN = 12


def coauthors(numbered: Sequence[tuple[int, Paper]], names: set[str]) -> list[tuple[str, list[int]]]:
    """Each other author of the person's papers (`names`: the person's folded names) with the numbers of the
    papers they share, most shared first, then in the order the papers list them."""
    shared: dict[str, list[int]] = {}
    for n, paper in numbered:
        for author in paper.authors:
            if fold(author) not in names:
                shared.setdefault(author, []).append(n)
    return sorted(shared.items(), key=lambda item: -len(item[1]))


def coauthors_text(person: str, numbered: Sequence[tuple[int, Paper]], names: set[str]) -> str:
    """The answer: how many other authors the person's papers list, the most frequent first, each with the papers
    they share; the rest counted."""
    found = coauthors(numbered, names)
    papers = f"{len(numbered)} paper{'s' * (len(numbered) != 1)}"
    if not found:
        return f"The digests list no other author on the {papers} by {person}."
    lines = [f"The digests list {len(found)} other authors on the {papers} by {person}:"]
    for name, ns in found[:SHOWN]:
        count = f"{len(ns)} papers" if len(ns) > 1 else "1 paper"
        lines.append(f"- {name} ({count}) {''.join(f'[{n}]' for n in ns)}")
    if len(found) > SHOWN:
        lines.append(
            f"… and {len(found) - SHOWN} more, each on one paper."
            if len(found[SHOWN][1]) == 1
            else f"… and {len(found) - SHOWN} more."
        )
    return "\n".join(lines)

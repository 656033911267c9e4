"""Score eval/filtered_dev.jsonl through `service.search_checked`, what `rag search`, `/api/search` and MCP
`search_papers` answer with.

A `filtered` row passes when every paper returned names the topic (the row's `names`, grepped in its title and
summaries), some paper is returned whenever the filters allow one that names it, and an empty reply carries a note.
A `category` row passes when the category as typed returns the papers its spelling in the index returns, and no
note says that no paper carries it.
Also printed per half: rows returning min(k, papers naming the topic) papers (`full`).
"""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

from devsets import in_half, options, print_table, read_rows

from rag import service
from rag.retrieve import Retriever
from rag.settings import Settings


def named(paper: object, names: str) -> bool:
    text = " ".join([paper.title, *paper.summaries])  # type: ignore[attr-defined]
    return re.search(names, text, re.I) is not None


def main() -> None:
    args = options("filtered_dev.jsonl").parse_args()
    settings = Settings.from_env(llm="extractive")
    retriever = Retriever(settings)
    by_id = {p.id: p for p in retriever.papers}
    table: dict[str, dict[str, list[bool]]] = defaultdict(lambda: defaultdict(list))
    full: dict[str, list[bool]] = defaultdict(list)
    for row in in_half(read_rows(Path(args.set)), args.half):
        f = row["filters"]
        filters = service.make_filters(f.get("since"), f.get("until"), f.get("category"), f.get("has_code", False))
        hits, note = service.search_checked(retriever, row["query"], row["k"], filters, settings.mode)
        ids = [h["id"] for h in hits]
        if row["kind"] == "filtered":
            naming = [p.id for p in retriever.papers if filters.matches(p) and named(p, row["names"])]
            off = [i for i in ids if not named(by_id[i], row["names"])]
            why = [f"off topic: {off}"] if off else []
            if naming and not ids:
                why.append(f"none returned, {len(naming)} allowed papers name it ({note!r})")
            if not ids and not note:
                why.append("empty with no note")
            full[row["half"]].append(len(ids) >= min(row["k"], len(naming)))
        else:
            held = service.make_filters(category=row["held_as"])
            want = [h["id"] for h in service.search_checked(retriever, row["query"], row["k"], held, settings.mode)[0]]
            same = ids == want and "no paper carries it" not in note
            why = [] if same else [f"got {ids[:5]} ({note!r}), as held {want[:5]}"]
        table[row["half"]][row["kind"]].append(not why)
        if args.v and why:
            print(f"FAIL {row['id']}: {row['query']!r} {f} k={row['k']}\n  {'; '.join(why)}", flush=True)
    print_table(table)
    for half, got in sorted(full.items()):
        print(f"{half:5s} full {sum(got)}/{len(got)}")


if __name__ == "__main__":
    main()

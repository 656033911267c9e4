"""Score eval/parsing_dev.jsonl: how the question is read (intent, topic, author, months) and the shape
of non-list answers (definitions, comparisons, period summaries). Pass rate per defect, per half.

Run: `python eval/score_parsing_dev.py [--half tune|held] [-v]` with RAG_HOME pointing at an index.
"""

from __future__ import annotations

import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from eval.devsets import in_half, options, print_table, read_rows  # noqa: E402
from rag.answer import Answerer  # noqa: E402
from rag.bibtex import fold as author_key  # noqa: E402
from rag.rules import defines, normalise  # noqa: E402
from rag.settings import Settings  # noqa: E402


def same_topics(got: list[str], want: list[str]) -> bool:
    return sorted(normalise(t) for t in got) == sorted(normalise(t) for t in want)


def judge(
    row: dict, answer, parsed: dict, authors_of, left_out: set[str] = frozenset(), day_of=None, newest=(), kinds_of=None
) -> list[str]:
    """The reasons a row fails (empty: it passes). `left_out`: the papers the product itself lists for the
    topic a negation excludes ("… that do not use diffusion"), none of which may be cited. `newest`: the papers
    the product's own newest-first list gives, in order (row `newest_of`); `kinds_of`, a paper's categories."""
    why = []
    cited = [c["id"] for c in answer.citations]
    wanted = row.get("intent", [])
    if wanted and parsed.get("intent") not in (wanted if isinstance(wanted, list) else [wanted]):
        why.append(f"intent {parsed.get('intent')}")
    if "topics" in row and not same_topics(parsed.get("topics", []), row["topics"]):
        why.append(f"topics {parsed.get('topics')}")
    forms = {f for alternative in parsed.get("concepts", []) for concept in alternative for f in concept}
    if set(row.get("not_forms", [])) & forms:  # an everyday word typed in lower case read as an acronym
        why.append(f"forms {sorted(set(row['not_forms']) & forms)}")
    if set(row.get("forms", [])) - forms:
        why.append(f"lacks forms {sorted(set(row['forms']) - forms)}")
    if "period" in row and [answer.filters.get("since"), answer.filters.get("until")] != row["period"]:
        why.append(f"period {answer.filters.get('since')}..{answer.filters.get('until')}")
    if "months" in row:
        lo, hi = row["months"]
        outside = [m for m in (answer.counts or {}) if not lo <= m <= hi]
        if outside or not answer.counts:
            why.append(f"months outside {outside}")
    if "author" in row:
        name = author_key(row["author"])
        if author_key(parsed.get("author") or "") != name:
            why.append(f"author {parsed.get('author')!r}")
        if len(set(cited)) < row["min_cited"] or any(name not in authors_of(pid) for pid in cited):
            why.append(f"cited {len(set(cited))}")
    if "define" in row:
        if not defines(answer.answer, row["define"]):
            why.append("no defining opening")
        first = next((s for s in re.split(r"(?<=\])\s+", answer.answer) if re.search(r"\[1\]", s)), "")
        if not re.search(rf"(?<![\w-]){re.escape(row['term'])}s?(?![\w-])", first):
            why.append("quoted sentence is not about the term itself")
    if row.get("defect") == "compare":
        rows = answer.table or []
        sides = [r for r in rows if r.get("side") != "both"]
        if len(sides) != 2:
            why.append("no two-sided table")
        if any(not v.strip() for r in rows for v in r.values()):
            why.append("empty cell")
        said = [r.get("what they do", "") for r in sides]
        if any(not re.search(r"\[\d+\]", s) for s in said) or (len(said) == 2 and said[0] == said[1]):
            why.append("a side says nothing of its own")
    if "excluded" in row:
        if not same_topics(parsed.get("excluded", []), row["excluded"]):
            why.append(f"excluded {parsed.get('excluded')}")
        if not cited or set(cited) & left_out:
            why.append(f"cited {len(set(cited))}, of them left out {len(set(cited) & left_out)}")
    if "when" in row:  # the paper asked about, cited first, and its digest day in the answer's first line
        paper, day = row["when"]
        if cited[:1] != [paper] or day not in answer.answer.split("\n")[0]:
            why.append(f"cited {cited[:1]}, first line {answer.answer.split(chr(10))[0][:80]!r}")
    if row.get("newest_first"):  # "the latest papers on X": the list runs from the newest day back
        days = [day_of(pid) for pid in cited]
        if not days or days != sorted(days, reverse=True):
            why.append(f"not newest first: {days[:5]}")
    if "count" in row and len(dict.fromkeys(cited)) != row["count"]:  # "the three newest papers on X"
        why.append(f"cited {len(dict.fromkeys(cited))}, not {row['count']}")
    if "newest_of" in row:  # the N newest; papers of one day come in either order
        got = [day_of(pid) for pid in dict.fromkeys(cited)]
        want = [day_of(pid) for pid in list(newest)[: row.get("count", len(newest))]]
        if got != sorted(got, reverse=True) or sorted(got) != sorted(want):
            why.append(f"not the newest: {got[:5]} vs {want[:5]}")
    if "category" in row:  # "papers in the robotics category": the filter, and every cited paper in it
        if (parsed.get("category") or "").lower() != row["category"].lower():
            why.append(f"category {parsed.get('category')!r}")
        if any(row["category"].lower() not in {c.lower() for c in kinds_of(pid)} for pid in cited):
            why.append("cites a paper outside the category")
    for pattern in row.get("first_line", []):  # what a question about the corpus itself must say first
        if not re.search(pattern, answer.answer.split("\n")[0]):
            why.append(f"first line lacks {pattern!r}")
    if row.get("themes_sum"):  # a summary's themes count the papers its head line counts, no more
        m = re.match(r"\s*([\d,]+) papers?", answer.answer)
        themed = sum(int(n) for n in re.findall(r"^- \*\*.+?\*\* \((\d+) papers?", answer.answer, re.M))
        if not m or themed != int(m.group(1).replace(",", "")):
            why.append(f"head {m.group(1) if m else '?'} vs themes {themed}")
    if row.get("all_cited"):
        m = re.match(r"\s*(\d+) papers?", answer.answer)  # a list or a summary: the count comes first
        if not m or len(set(cited)) < int(m.group(1)):
            why.append(f"head {m.group(1) if m else '?'} vs cited {len(set(cited))}")
    return why


def main() -> None:
    args = options("parsing_dev.jsonl").parse_args()
    rows = read_rows(Path(args.set))
    answerer = Answerer(Settings.from_env(llm="extractive"))
    # a person listed by name or by handle ("Mohit Bansal", "mohitbansal") is one author
    authors = {p.id: {author_key(a) for a in p.authors} for p in answerer.retriever.papers}
    table: dict[str, dict[str, list[bool]]] = defaultdict(lambda: defaultdict(list))
    for row in in_half(rows, args.half):
        answer = answerer.ask(row["question"])
        parsed = answer.parsed if isinstance(answer.parsed, dict) else {}
        left_out: set[str] = set()
        for topic in row.get("excluded", []):
            left_out |= {c["id"] for c in answerer.ask(f"which papers use {topic}?").citations}
        day_of = lambda pid: answerer.retriever.by_id[pid].date  # noqa: E731
        kinds_of = lambda pid: answerer.retriever.by_id[pid].categories  # noqa: E731
        newest = [c["id"] for c in answerer.ask(row["newest_of"]).citations] if "newest_of" in row else []
        newest = list(dict.fromkeys(newest))
        why = judge(row, answer, parsed, lambda pid: authors.get(pid, set()), left_out, day_of, newest, kinds_of)
        table[row["half"]][row["defect"]].append(not why)
        if args.v and why:
            print(f"FAIL {row['id']}: {row['question']}\n  {'; '.join(why)}\n  {answer.answer[:240]!r}", flush=True)
    print_table(table)


if __name__ == "__main__":
    main()

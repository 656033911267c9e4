"""Score eval/themes_dev.jsonl: are a briefing's theme names borne out by the theme's own papers?

For each period the briefing is built as `rag briefing` builds it (extractive, the index's vectors). A
theme's name is split on " · " into terms; a paper *writes* a term when its title or summary holds the
term's words in order, case-insensitive, hyphen or space between them, each word with or without a
plural s/es. Figures, over every theme but "Other papers":

- support of a theme: the smallest share of its members writing one of its terms (its weakest term);
  mean and minimum over the themes;
- well named: the share of themes whose every term is written by at least half their members;
- overview carries: the share of overview sentences (one per citation `[n]`) whose paper writes every
  term of its theme's name (`any`: at least one term);
- other: the share of the period's papers put under "Other papers" (so that folding is seen);
- strays: the share of the papers under a named theme that write no term of its name (the README's rule
  puts such a paper under the closest theme whose whole name it writes, else under "Other papers").

Run: `python eval/score_themes_dev.py [--half tune|check] [-v]` with RAG_HOME pointing at an index.
"""

from __future__ import annotations

import re
import sys
import time
from collections import defaultdict
from pathlib import Path
from statistics import mean

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from eval.devsets import in_half, options, read_rows  # noqa: E402
from rag.briefing import Briefing, build_briefing  # noqa: E402
from rag.papers import Paper  # noqa: E402
from rag.retrieve import Retriever  # noqa: E402
from rag.settings import Settings  # noqa: E402

OTHER = "Other papers"


def term_regex(term: str) -> re.Pattern[str]:
    """A name term as written in a paper: its words in order, hyphen or space between, plural or not."""
    words = [w for w in re.split(r"[\s\-]+", term.lower().strip()) if w]
    forms = [re.escape(w[:-1]) + r"s?" if w.endswith("s") and len(w) > 3 else re.escape(w) + r"(?:e?s)?" for w in words]
    return re.compile(r"(?<![\w])" + r"[\s\-]+".join(forms) + r"(?![\w])")


def writes(paper: Paper, term: str) -> bool:
    return bool(term_regex(term).search(f"{paper.title} {paper.summary}".lower()))


def terms(name: str) -> list[str]:
    return [t for t in name.split(" · ") if t.strip()]


def score(briefing: Briefing) -> dict:
    """The row's figures: per theme its support, whether well named, and its overview's carrying."""
    themes, carried, carried_any, other, themed, strays = [], [], [], 0, 0, 0
    for theme in briefing.themes:
        members = [briefing.papers[i] for i in theme.members]
        if theme.name == OTHER:
            other += len(members)
            continue
        shares = {t: sum(writes(p, t) for p in members) / len(members) for t in terms(theme.name)}
        themed += len(members)
        strays += sum(not any(writes(p, t) for t in shares) for p in members)
        themes.append((theme.name, len(members), shares))
        for n in dict.fromkeys(int(c) for c in re.findall(r"\[(\d+)\]", theme.overview)):
            paper = briefing.papers[n - 1]
            said = [writes(paper, t) for t in shares]
            carried.append(bool(said) and all(said))
            carried_any.append(any(said))
    return {
        "themes": themes,
        "carried": carried,
        "carried_any": carried_any,
        "other": other,
        "themed": themed,
        "strays": strays,
        "papers": len(briefing.papers),
    }


def main() -> None:
    args = options("themes_dev.jsonl").parse_args()
    retriever = Retriever(Settings.from_env(llm="extractive"))
    papers, vectors = retriever.papers, retriever.vectors()
    halves: dict[str, list[dict]] = defaultdict(list)
    for row in in_half(read_rows(Path(args.set)), args.half):
        began = time.perf_counter()
        briefing = build_briefing(papers, vectors, row["start"], row["end"])
        took = time.perf_counter() - began
        got = score(briefing)
        got["seconds"] = took
        halves[row["half"]].append(got)
        if args.v:
            print(f"{row['id']} {row['period']} ({got['papers']} papers, {took:.2f} s, other {got['other']})")
            for _, n, shares in got["themes"]:
                cells = ", ".join(f"{t} {s:.2f}" for t, s in shares.items())
                print(f"  {min(shares.values(), default=0):.2f} [{n}] {cells}")
    for half, rows in sorted(halves.items()):
        support = [min(s.values(), default=0.0) for r in rows for _, _, s in r["themes"]]
        well = [bool(s) and min(s.values()) >= 0.5 for r in rows for _, _, s in r["themes"]]
        carried = [c for r in rows for c in r["carried"]]
        carried_any = [c for r in rows for c in r["carried_any"]]
        other = sum(r["other"] for r in rows) / sum(r["papers"] for r in rows)
        strays = sum(r["strays"] for r in rows) / sum(r["themed"] for r in rows)
        print(
            f"{half:5s} {len(rows)} periods, {len(support)} themes: support mean {mean(support):.2f} "
            f"min {min(support):.2f}; well named {mean(well):.2f}; overview carries {mean(carried):.2f} "
            f"(any term {mean(carried_any):.2f}); other papers {other:.2f}; strays {strays:.3f}; "
            f"slowest {max(r['seconds'] for r in rows):.2f} s"
        )


if __name__ == "__main__":
    main()

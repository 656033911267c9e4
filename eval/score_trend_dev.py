"""Score eval/trend_dev.jsonl: trends that compare two topics, two periods, or every topic (eval/trend_dev.md).

Rules by `kind` (counts from eval/make_trend_dev.py's grep; a count passes within COUNT_SLACK of it):
- pair: intent trend; `series` holds two topics, each one's total within COUNT_SLACK of its grep count; the
  text says which grew faster ("X grew faster") and it is `faster`; at least two papers cited.
- periods: intent trend; each period's count is stated ("<period>: N papers") within COUNT_SLACK of its grep
  count; the verdict names the period with the higher share ("its share was higher in <period>"), or says
  "about the same" where `higher` is "".
- trending: intent trend; at least three topics listed ("- **term**"), each citing a paper; every listed
  topic, grepped over title and summary (its words joined by space or hyphen, a plural s allowed), has a
  share of the `window` months' papers at least RISE times its share of the `baseline` months' papers.
- control: the intent `intent`; `series` "one": per-month counts and no two-topic series, "two": two series.

Run: `python eval/score_trend_dev.py [--half tune|check] [-v]` with RAG_HOME pointing at an index.
"""

from __future__ import annotations

import calendar
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from eval.devsets import in_half, options, print_table, read_rows  # noqa: E402
from rag.answer import Answerer  # noqa: E402
from rag.ingest import load_papers  # noqa: E402
from rag.records import Answer  # noqa: E402
from rag.settings import Settings  # noqa: E402

COUNT_SLACK = 0.25
RISE = 1.5
QUARTERS = {"Q1": ("01", "03"), "Q2": ("04", "06"), "Q3": ("07", "09"), "Q4": ("10", "12")}


def near(said: int, expected: int) -> bool:
    return abs(said - expected) <= max(2, COUNT_SLACK * expected)


def period_forms(name: str) -> list[str]:
    """The ways an answer may write a period the question named ("Q1 2025" → "2025-01 to 2025-03")."""
    forms = [name]
    if m := re.fullmatch(r"(Q[1-4]) (\d{4})", name):
        a, b = QUARTERS[m[1]]
        forms.append(f"{m[2]}-{a} to {m[2]}-{b}")
    if m := re.fullmatch(r"([A-Z][a-z]+) (\d{4})", name):
        month = list(calendar.month_name).index(m[1])
        forms.append(f"{m[2]}-{month:02d}")
    return forms


def side_total(series: dict[str, dict[str, int]], name: str) -> int | None:
    for key, counts in series.items():
        if key.lower() in name.lower() or name.lower() in key.lower():
            return sum(counts.values())
    return None


def pair_passes(row: dict, a: Answer) -> bool:
    series = a.series or {}
    if a.intent != "trend" or len(series) != 2 or len(a.citations) < 2:
        return False
    for name, expected in row["sides"].items():
        total = side_total(series, name)
        if total is None or not near(total, expected):
            return False
    m = re.search(r"\*{0,2}([^*\n]+?)\*{0,2} grew faster", a.answer)
    return bool(m) and m[1].strip().lower() == row["faster"].lower()


def periods_passes(row: dict, a: Answer) -> bool:
    if a.intent != "trend":
        return False
    for name, expected in row["periods"].items():
        said = [
            int(m[1].replace(",", ""))
            for f in period_forms(name)
            for m in re.finditer(rf"{re.escape(f)}\)?: (\d[\d,]*) papers?", a.answer)
        ]
        if not any(near(s, expected) for s in said):
            return False
    if not row["higher"]:
        return "about the same" in a.answer
    return any(f"share was higher in {f}" in a.answer for f in period_forms(row["higher"]))


class Corpus:
    """The digests' papers by month of first appearance, for grepping the topics an answer lists."""

    def __init__(self) -> None:
        papers = load_papers([ROOT / "data" / "digests"])[0]
        self.first = {p.id: min(p.dates)[:7] for p in papers}
        self.text = {p.id: f"{p.title} {p.summary}" for p in papers}

    def share(self, term: str, span: list[str]) -> float:
        words = [re.escape(w) for w in re.split(r"[\s-]+", term) if w]
        rx = re.compile(r"(?<![\w-])" + r"[\s-]+".join(words) + r"(?:s|es)?(?![\w-])", re.I)
        ids = [i for i, m in self.first.items() if span[0] <= m <= span[1]]
        return sum(1 for i in ids if rx.search(self.text[i])) / len(ids) if ids else 0.0


def trending_passes(row: dict, a: Answer, corpus: Corpus) -> bool:
    if a.intent != "trend":
        return False
    listed = re.findall(r"^- \*\*(.+?)\*\*(.*)$", a.answer, re.M)
    if len(listed) < 3:
        return False
    for term, rest in listed:
        if not re.search(r"\[\d+\]", rest):
            return False
        before, after = corpus.share(term, row["baseline"]), corpus.share(term, row["window"])
        if after < RISE * before or not after:
            return False
    return True


def control_passes(row: dict, a: Answer) -> bool:
    if a.intent != row["intent"]:
        return False
    if row["series"] == "one":
        return not a.series and len(a.counts or {}) >= 3
    if row["series"] == "two":
        return len(a.series or {}) == 2
    return True


def main() -> None:
    args = options("trend_dev.jsonl").parse_args()
    rows = read_rows(Path(args.set))
    answerer = Answerer(Settings.from_env(llm="extractive"))
    corpus = Corpus()
    table: dict[str, dict[str, list[bool]]] = defaultdict(lambda: defaultdict(list))
    for row in in_half(rows, args.half):
        a = answerer.ask(row["question"])
        kind = row["kind"]
        if kind == "pair":
            ok = pair_passes(row, a)
        elif kind == "periods":
            ok = periods_passes(row, a)
        elif kind == "trending":
            ok = trending_passes(row, a, corpus)
        else:
            ok = control_passes(row, a)
        table[row["half"]][kind].append(ok)
        if args.v and not ok:
            print(f"FAIL {row['id']}: {row['question']} [{a.intent}]\n  {a.answer[:600]!r}")
    print_table(table)


if __name__ == "__main__":
    main()

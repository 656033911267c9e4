"""Score eval/chat41_dev.jsonl: chat follow-ups resolved against the previous answer ("which one scored highest?",
"any follow-ups on X?", "more like the second one", "summarise them" after an author's list) and a question's author
read wherever "by A" / "from A" / "A's" stands ("papers on GRPO by A"), run through the code `rag chat` runs.

The last turn is judged by its row's `check.rule`, from the corpus (eval/chat41_dev.md); "listed" are the papers
the turn before showed (its list entries, else its citations):
- `score` / `speed`: it cites only listed papers; the first it names states the highest score (a % figure that is no
  gain: not after "by", "up to", "improv", ...) or speed-up (N×, N% faster) any listed paper states, and the answer
  writes it; where two or more listed papers state one, it says they are not on one benchmark / not comparable;
  where none states one, it cites nothing and says so;
- `newest` / `oldest`: it cites only listed papers, first the newest / oldest of them;
- `citations`: it says citation counts are not in the digests and cites no paper outside the list;
- `newer`: it is no "not covered" answer, cites a paper, at least 80% of those it cites write `topic`, and each but
  the paper the turn before was about is dated `since` or later;
- `like`: it cites a paper besides the listed second one, and at least 60% of those share a word of its title that
  at most 15% of the corpus writes;
- `summary`: every paper it cites is by `author` (by name or the handle the digests give), at least min(expect, 10)
  of them, in no per-paper list;
- `by`: every paper it cites is by `author`; where `expect` > 0 it cites them all (up to 10) and 80% write `topic`;
  where 0, it cites none writing `topic` and says how many papers (`papers`) the author has.

Run: `python eval/score_chat41_dev.py [--half tune|check] [-v]` with RAG_HOME pointing at an index.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from functools import cache
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from eval.devsets import cited_in_order, run_judged  # noqa: E402
from eval.score_page_dev import chat_judged, list_entries, turns_of  # noqa: E402

SCORE_RE = re.compile(r"(?<![\w.])(\d{1,3}(?:\.\d+)?)%?(?:\s*[-–]\s*(\d{1,3}(?:\.\d+)?))?\s?%")
GAIN_RE = re.compile(
    r"(?:\bby|up to|improv\w*|reduc\w*|increas\w*|gains?|boost\w*|faster|fewer|less|lower|more|over)\s+$"
)
SPEED_RE = re.compile(r"(?<![\w.])(\d+(?:\.\d+)?)\s?(?:x|×)(?!\w)|(?<![\w.])(\d+(?:\.\d+)?)\s?% faster", re.I)
HEDGE_RE = re.compile(r"not (?:directly )?comparable|not on (?:one|the same) benchmark|different benchmarks", re.I)
NONE_RE = re.compile(r"\bnone of|do(?:es)? not (?:state|give|report)|no (?:listed )?paper (?:states|gives)", re.I)
CITES_RE = re.compile(r"citation", re.I)
LIST_LINE_RE = re.compile(r"^- \*\*.+\*\* \(\d{4}-\d{2}-\d{2}\) \[\d+\]", re.M)
UNCOVERED_RE = re.compile(r"do not cover|not covered", re.I)
TOPIC_SHARE, LIKE_SHARE, RARE_SHARE = 0.8, 0.6, 0.15


@cache
def corpus() -> dict[str, Any]:
    from rag.catalogue import load
    from rag.settings import Settings

    return {p.id: p for p in load(Settings.from_env()).papers}


@cache
def doc_freq() -> Counter:
    return Counter(w for p in corpus().values() for w in set(words(f"{p.title} {p.summary}")))


def words(text: str) -> list[str]:
    return re.findall(r"[a-z][a-z0-9-]{3,}", text.lower())


def text_of(pid: str) -> str:
    p = corpus()[pid]
    return f"{p.title} {p.summary}"


def scores(pid: str) -> list[float]:
    """The absolute % figures a paper's summary states (not a gain "by 12%")."""
    summary = corpus()[pid].summary
    found = SCORE_RE.finditer(summary)  # a range ("by 40%-200%") is one figure, a gain where its start is
    return [float(m.group(2) or m.group(1)) for m in found if not GAIN_RE.search(summary[: m.start()][-30:])]


def speeds(pid: str) -> list[float]:
    """The speed-ups a paper's summary states, as factors (40% faster: 1.4)."""
    out = []
    for m in SPEED_RE.finditer(corpus()[pid].summary):
        out.append(float(m.group(1)) if m.group(1) else 1 + float(m.group(2)) / 100)
    return out


def figure_written(value: float, answer: str) -> bool:
    shown = f"{value:g}"
    return re.search(rf"(?<![\d.]){re.escape(shown)}(?![\d])", answer) is not None


def best_fails(listed: list[str], cited: list[str], answer: str, measure: Any) -> list[str]:
    """`score` / `speed`: the listed paper with the highest figure, named first, its figure written, hedged."""
    stated = {pid: max(measure(pid)) for pid in listed if measure(pid)}
    if not stated:
        if cited or not NONE_RE.search(answer):
            return [f"no listed paper states a figure; cites {cited[:3]} or does not say so"]
        return []
    top = max(stated.values())
    why = []
    if not cited or stated.get(cited[0]) != top:
        why.append(f"names first {cited[:1]} ({stated.get(cited[0]) if cited else None}); highest is {top:g}: "
                   f"{[p for p, v in stated.items() if v == top]}")  # fmt: skip
    elif not figure_written(top, answer):
        why.append(f"does not write the figure {top:g}")
    if len(stated) >= 2 and not HEDGE_RE.search(answer):
        why.append(f"{len(stated)} listed papers state figures; does not say they are not comparable")
    return why


def by(author: str, pid: str) -> bool:
    """The author is among the paper's authors, by name or by the handle the digests sometimes give ("bowenli")."""
    handle = author.replace(" ", "").lower()
    return any(a == author or a.lower() == handle for a in corpus()[pid].authors)


def rare_words(pid: str) -> set[str]:
    limit = RARE_SHARE * len(corpus())
    return {w for w in words(corpus()[pid].title) if doc_freq()[w] <= limit}


def judge(row: dict, answers: list[Any], answerer: Any) -> list[str]:
    """The reasons a row fails (empty: it passes)."""
    check, last = row["check"], answers[-1]
    cited = cited_in_order(last) or [c["id"] for c in last.citations]
    cited = [pid for pid in cited if pid in corpus()]
    listed = []
    if len(answers) > 1:
        listed = [pid for _, pid in list_entries(answers[-2])] or [c["id"] for c in answers[-2].citations]
    outside = [pid for pid in cited if pid not in listed]
    rule, why = check["rule"], []
    if rule in ("score", "speed", "newest", "oldest", "citations") and outside:
        why.append(f"cites {len(outside)} not in the list before: {outside[:3]}")
    if rule in ("score", "speed"):
        why += best_fails(listed, cited, last.answer, scores if rule == "score" else speeds)
    elif rule in ("newest", "oldest"):
        dates = [corpus()[pid].date for pid in listed]
        want = max(dates) if rule == "newest" else min(dates)
        if not cited or corpus()[cited[0]].date != want:
            why.append(f"names first {cited[:1]}; the {rule} listed is from {want}")
    elif rule == "citations" and not CITES_RE.search(last.answer):
        why.append("does not say citation counts are not in the digests")
    elif rule == "newer":
        focus = set(listed[:1])
        writes = [pid for pid in cited if re.search(check["topic"], text_of(pid), re.I)]
        old = [pid for pid in cited if pid not in focus and corpus()[pid].date < check["since"]]
        if UNCOVERED_RE.search(last.answer) or not cited:
            why.append(f"says not covered or cites nothing ({len(cited)} cited)")
        elif len(writes) < TOPIC_SHARE * len(cited):
            why.append(f"only {len(writes)}/{len(cited)} cited write the topic")
        if old:
            why.append(f"{len(old)} cited older than {check['since']}: {old[:3]}")
    elif rule == "like":
        second = listed[1] if len(listed) > 1 else ""
        rare = rare_words(second) if second else set()
        fresh = [pid for pid in cited if pid != second]
        like = [pid for pid in fresh if rare & set(words(text_of(pid)))]
        if not fresh or len(like) < LIKE_SHARE * len(fresh):
            why.append(f"{len(like)}/{len(fresh)} cited share a rare title word {sorted(rare)} of {second}")
    elif rule in ("summary", "by"):
        off = [pid for pid in cited if not by(check["author"], pid)]
        if off:
            why.append(f"{len(off)} cited not by {check['author']}: {off[:3]}")
        writes = [pid for pid in cited if re.search(check.get("topic") or "$^", text_of(pid), re.I)]
        if rule == "summary":
            if len(cited) < min(check["expect"], 10):
                why.append(f"cites {len(cited)} of the author's {check['expect']}")
            if len(LIST_LINE_RE.findall(last.answer)) >= 2:
                why.append("answers with a per-paper list, not a summary")
        elif check["expect"]:
            if len(set(cited)) < min(check["expect"], 10) or len(writes) < TOPIC_SHARE * len(cited):
                why.append(f"cites {len(cited)} ({len(writes)} on the topic); {check['expect']} are")
        elif writes or not re.search(rf"\b{check['papers']}\b", last.answer):
            why.append(f"cites {len(writes)} on the topic or does not say the author has {check['papers']} papers")
    return why


def main() -> None:
    def judge_row(row: dict, answers: list[Any], answerer: Any) -> list[str]:
        why = judge(row, answers, answerer)
        return [*why, f"read as {answers[-1].standalone!r} [{answers[-1].intent}]"] if why else []

    run_judged("chat41_dev.jsonl", chat_judged(judge_row), lambda row: row["kind"], turns_of)


if __name__ == "__main__":
    main()

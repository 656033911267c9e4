"""The eval harness: retrieval per mode and answer quality against a gold set (`eval/gold.jsonl`, `eval/gold2.jsonl`).

Metrics are pure functions of ranked ids, cited ids and answer text (the per-type rules live in
`rag.rules`); `run_eval` does the I/O. A gold row may carry a `split` ("tune" or "report"):
every figure is then also given per split, and `split=` scores one split only.
"""

from __future__ import annotations

import calendar
import difflib
import json
import math
import re
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rag.answer import Answerer
from rag.citations import CITATION_RE
from rag.llm import OpenAIBackend, openai_endpoint
from rag.papers import Paper
from rag.question import iso_date
from rag.records import Answer as AnswerResult
from rag.retrieve import Filters, Retriever
from rag.rules import RULES, Attempt, Expected, grep_ids, list_scores, rule_passes
from rag.settings import MODES, Settings
from rag.text import sentences, tokenize

RETRIEVAL_METRICS = ("hit@1", "hit@5", "recall@5", "recall@10", "mrr", "ndcg@10")
ANSWER_METRICS = (
    "citation_precision",
    "citation_recall",
    "invalid_citation_rate",
    "abstention_accuracy",
    "false_abstention_rate",
    "fact_coverage",
    "faithfulness",
)
# Lines that claim nothing: list heads, section heads, and a bullet's "**Title** (date) [n]:" left
# alone when its quoted sentence opens an `i)` item of its own.
STRUCTURAL_RE = re.compile(
    r"^(?:Yes: )?\d+ papers? in the digests match(?:es)?:|^(?:Related papers|Other close matches):$"
    r"|^\d[\d,]* papers? reached the digests on \d{4}-\d\d-\d\d\b[^:]*:$"  # one day's papers, listed after it
    r"|^\d+ papers? (?:use or study|uses or studies)\b"
    # a list's group heading ("Surveys and overviews of it, to read first (2):") and a reading list's note
    # that the digests hold no survey of the topic: counted from the digests, not said by any paper
    r"|^[A-Z][\w ,-]{2,80} \(\d+\):$|^No survey or overview of .{1,120} is in the digests\.$"
    r"|^\*\*[^*]+\*\* \(\d{4}-\d{2}-\d{2}\) \[\d+\]:$"
    # a two-topic trend's counts: computed from the digests' dates, not said by any paper
    r"|^Papers (?:using or studying each, )?per month, by the month each paper first appeared:$"
    r"|^\*\*[^*]+\*\* \(\d+ papers?\): \d{4}-\d\d: \d+"
    r"|^\S.{0,80} has more papers than .{1,80} in \d+ of \d+ months"
    r"|^\S.{0,80} (?:has more papers than .{1,80}|and .{1,80} have as many papers) in the digests: \d+ (?:against|each)"
    # a table's header row: its columns' labels, no claim (cells without a figure or a citation)
    r"|^\|(?:[^|\[\]\d]+\|)+$"
)
LIST_TYPES = ("list",)
LIST_METRICS = ("micro_precision", "micro_recall", "macro_precision", "macro_recall")
LIST_DEPTH = 40  # the list rows score each retrieval mode's top 40, as `rag search -k 40` would show
SPLITS = ("tune", "check", "control", "report")


class GoldError(ValueError):
    """A gold set that cannot be scored; `warnings` says what was wrong with each of its rows."""

    def __init__(self, message: str, warnings: list[str] | None = None) -> None:
        super().__init__(message)
        self.warnings = warnings or []


@dataclass(frozen=True)
class GoldQuestion:
    id: str
    type: str
    question: str
    relevant: tuple[str, ...] = ()
    facts: tuple[str, ...] = ()
    filters: dict = field(default_factory=dict)
    answerable: bool = True
    split: str = ""
    not_relevant: tuple[str, ...] = ()
    terms: tuple[str, ...] = ()
    sides: dict[str, tuple[str, ...]] = field(default_factory=dict)
    variant_of: str = ""
    variant: str = ""
    top: int = 0  # how many papers the question asks for ("recommend three papers on X"); 0: all

    def expected(self) -> Expected:
        return Expected(
            relevant=frozenset(self.relevant),
            facts=self.facts,
            since=self.filters.get("since", ""),
            until=self.filters.get("until", ""),
            sides=self.sides,
            top=self.top,
        )

    def filter(self) -> Filters:
        return Filters(
            since=self.filters.get("since", ""),
            until=self.filters.get("until", ""),
            category=self.filters.get("category", ""),
            has_code=bool(self.filters.get("has_code")),
        )


# The types a gold row may have: the second set's, each with its rule (`rag.rules`), and the first set's
# (scored by the shared metrics only).
GOLD_TYPES = (*RULES, "summary", "method", "topic", "author", "number", "date", "code", "comparison")
ARXIV_ID = re.compile(r"\d{4}\.\d{4,5}")
LISTS = ("relevant", "facts", "not_relevant", "terms")


class BadRow(ValueError):
    """One gold row's fault: the field and why, said to the user with file and line."""


@dataclass(frozen=True)
class GoldFile:
    questions: list[GoldQuestion]
    warnings: list[str]  # "file:line: field: why", one per skipped row or dropped paper id
    skipped: int


def load_gold(path: Path, known: set[str] | None = None) -> list[GoldQuestion]:
    """The gold set's good rows (`read_gold` says what was skipped and why)."""
    return read_gold(path, known).questions


def read_gold(path: Path, known: set[str] | None = None) -> GoldFile:
    """Read the JSONL gold set row by row: a bad row is skipped with a warning naming file, line, field and
    why, so one typo costs one row, not the run; paper ids not in `known` (the index) are named and left
    out of the scoring. A file with no good row is an error."""
    questions: list[GoldQuestion] = []
    warnings: list[str] = []
    first_line: dict[str, int] = {}
    skipped = 0
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            raw = gold_row(line)
            if raw["id"] in first_line:
                raise BadRow(f"id: {raw['id']!r} is used again (first on line {first_line[raw['id']]})")
            item, dropped = gold_question(raw, known)
        except BadRow as err:
            warnings.append(f"{path}:{lineno}: {err}; row skipped")
            skipped += 1
            continue
        warnings += [f"{path}:{lineno}: {why}" for why in dropped]
        first_line[item.id] = lineno
        questions.append(item)
    if not questions:
        why = f" ({skipped} row{'s' if skipped != 1 else ''} skipped)" if skipped else ""
        raise GoldError(f"{path}: no question to score{why}", warnings)
    return GoldFile(questions, warnings, skipped)


def gold_row(line: str) -> dict[str, Any]:
    """A line as a JSON object with the fields every row needs, each a non-empty string."""
    try:
        raw = json.loads(line)
    except json.JSONDecodeError as err:
        raise BadRow(f"not a JSON object ({err.msg}, column {err.colno})") from None
    if not isinstance(raw, dict):
        raise BadRow(f"not a JSON object (a {type(raw).__name__})")
    faults = [
        f"{key}: missing" if key not in raw else f"{key}: must be a non-empty string, not {raw[key]!r}"
        for key in ("id", "type", "question")
        if not isinstance(raw.get(key), str) or not raw[key].strip()
    ]
    if faults:
        raise BadRow("; ".join(faults))
    return raw


def row_faults(raw: dict[str, Any]) -> list[str]:
    """Every field of a row that would silently score it wrong: an unknown type, a string where a list
    belongs, "yes" for true, a day that is none, a count in words, a split no report knows."""
    faults = []
    if raw["type"] not in GOLD_TYPES:
        near = difflib.get_close_matches(raw["type"], GOLD_TYPES, n=1)
        hint = f"; did you mean {near[0]!r}?" if near else ""
        faults.append(f"type: {raw['type']!r} is not a known type ({', '.join(GOLD_TYPES)}){hint}")
    for key in LISTS:
        value = raw.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            what = "arXiv ids" if key in ("relevant", "not_relevant") else "strings"
            faults.append(f"{key}: must be a list of {what}, not {value!r}")
    if not isinstance(raw.get("answerable", True), bool):
        faults.append(f"answerable: must be true or false, not {raw['answerable']!r}")
    filters = raw.get("filters", {})
    if not isinstance(filters, dict):
        faults.append(f"filters: must be an object, not {filters!r}")
    else:
        faults += [
            f"filters.{key}: {filters[key]!r} is not a date (YYYY-MM-DD)"
            for key in ("since", "until")
            if key in filters and not iso_day(filters[key])
        ]
    top = raw.get("top", 0)
    if not isinstance(top, int) or isinstance(top, bool) or top < 0:
        faults.append(f"top: must be a whole number, not {top!r}")
    split = raw.get("split", "")
    if split and split not in SPLITS:
        faults.append(f"split: must be one of {', '.join(SPLITS)}, not {split!r}")
    sides = raw.get("sides", {})
    if not isinstance(sides, dict) or not all(isinstance(v, list) for v in sides.values()):
        faults.append("sides: must be an object of lists")
    return faults


def gold_question(raw: dict[str, Any], known: set[str] | None) -> tuple[GoldQuestion, list[str]]:
    """One row's question and the notes on paper ids left out of its scoring; BadRow naming every faulty
    field (`row_faults`), so one pass over the file shows all there is to fix."""
    faults = row_faults(raw)
    if faults:
        raise BadRow("; ".join(faults))
    lists = {key: tuple(raw.get(key, [])) for key in LISTS}
    answerable = raw.get("answerable", True)
    notes = []
    for key in ("relevant", "not_relevant"):
        kept = []
        for pid in lists[key]:
            if not ARXIV_ID.fullmatch(pid):
                notes.append(f"{key}: {pid!r} is not an arXiv id (like 2501.11425); left out of the scoring")
            elif known is not None and pid not in known:
                notes.append(f"{key}: {pid} is not a paper of the index; left out of the scoring")
            else:
                kept.append(pid)
        lists[key] = tuple(kept)
    if answerable and not lists["relevant"]:
        raise BadRow(
            "relevant: an answerable question needs at least one paper of the index"
            + (" (" + "; ".join(notes) + ")" if notes else "")
        )
    item = GoldQuestion(
        id=raw["id"],
        type=raw["type"],
        question=raw["question"],
        relevant=lists["relevant"],
        facts=lists["facts"],
        filters=dict(raw.get("filters", {})),
        answerable=answerable,
        split=str(raw.get("split", "")),
        not_relevant=lists["not_relevant"],
        terms=lists["terms"],
        sides={str(k): tuple(map(str, v)) for k, v in raw.get("sides", {}).items()},
        variant_of=str(raw.get("variant_of", "")),
        variant=str(raw.get("variant", "")),
        top=raw.get("top", 0),
    )
    return item, notes


def iso_day(value: object) -> bool:
    if not isinstance(value, str) or not re.fullmatch(r"\d{4}-\d\d-\d\d", value):
        return False
    try:
        iso_date(value)
    except ValueError:
        return False
    return True


# --- retrieval metrics (binary relevance) ---------------------------------------------------------
def hit_at(ranked: list[str], relevant: set[str], k: int) -> float:
    return float(any(r in relevant for r in ranked[:k]))


def recall_at(ranked: list[str], relevant: set[str], k: int) -> float:
    return len(relevant & set(ranked[:k])) / len(relevant) if relevant else 0.0


def mrr(ranked: list[str], relevant: set[str]) -> float:
    return next((1.0 / i for i, r in enumerate(ranked, 1) if r in relevant), 0.0)


def ndcg_at(ranked: list[str], relevant: set[str], k: int) -> float:
    dcg = sum(1.0 / math.log2(i + 1) for i, r in enumerate(ranked[:k], 1) if r in relevant)
    ideal = sum(1.0 / math.log2(i + 1) for i in range(1, min(len(relevant), k) + 1))
    return dcg / ideal if ideal else 0.0


def retrieval_scores(ranked: list[str], relevant: set[str]) -> dict[str, float]:
    return {
        "hit@1": hit_at(ranked, relevant, 1),
        "hit@5": hit_at(ranked, relevant, 5),
        "recall@5": recall_at(ranked, relevant, 5),
        "recall@10": recall_at(ranked, relevant, 10),
        "mrr": mrr(ranked, relevant),
        "ndcg@10": ndcg_at(ranked, relevant, 10),
    }


# --- answer metrics --------------------------------------------------------------------------------
def fact_coverage(answer: str, facts: tuple[str, ...]) -> float | None:
    if not facts:
        return None
    low = answer.lower()
    return sum(f.lower() in low for f in facts) / len(facts)


def supported(sentence: str, cited_texts: list[str], threshold: float = 0.6) -> bool:
    """A sentence is supported when most of its content words occur in the papers it cites."""
    words = set(tokenize(CITATION_RE.sub(" ", sentence)))
    if not words or not cited_texts:
        return False
    pool = set(tokenize(" ".join(cited_texts)))
    return len(words & pool) / len(words) >= threshold


def faithfulness(
    answer: str, texts_by_n: dict[int, str], papers_by_n: Mapping[int, Paper] | None = None
) -> float | None:
    """Share of the answer's claims (sentences with ≥3 content words) supported by the papers they cite; a
    claim about a paper's record (who wrote it, its day, id or links) is checked against that record, which
    the summaries do not hold, when `papers_by_n` gives it."""
    claims = []
    for line in answer.splitlines():
        for sent in sentences(line.lstrip("- ")) or ([line] if line.strip() else []):
            if STRUCTURAL_RE.match(sent.strip()) or len(tokenize(CITATION_RE.sub(" ", sent))) < 3:
                continue
            numbers = [int(n) for n in CITATION_RE.findall(sent)] or [int(n) for n in CITATION_RE.findall(line)]
            if papers_by_n is not None and METADATA_CLAIM_RE.search(sent):
                claims.append(metadata_supported(sent, [papers_by_n[n] for n in numbers if n in papers_by_n]))
                continue
            # a bullet cites at its start: "**Title** (date) [n]: sentence"
            claims.append(supported(sent, [texts_by_n[n] for n in numbers if n in texts_by_n]))
    return sum(claims) / len(claims) if claims else None


def answer_faithfulness(result: AnswerResult) -> float | None:
    """The faithfulness of an answer against the papers it numbered."""
    texts = {s.n: s.hit.paper.text for s in result.sources}
    return faithfulness(result.answer, texts, {s.n: s.hit.paper for s in result.sources})


# The sentences of the product's metadata answers (`rag.shapes`: authors_text, when_text, overview_text's
# head, Authors and Links lines, same_authors_text's "by …" bullets).
METADATA_CLAIM_RE = re.compile(
    r"\] is by\b|(?:^|\]: )by\b|\bappeared in the digest of\b|, in the digest of \d|^Authors:|^Links:"
    r"|^The digest lists no authors for\b|^The digests give no day for\b"
)
# Their frame: every word such a sentence says besides the paper's own title, names, days, id and links.
METADATA_WORDS = frozenset(
    tokenize(
        "is by appeared in the digest of and again on its arXiv id dates its first version to Authors: et al. "
        "Links: arXiv code data Hugging Face the digests link no code for it; The digest lists no authors for; "
        "The digests give no day for"
    )
)
# A claim that the record lacks something holds only where it does.
ABSENCE_CLAIMS: tuple[tuple[str, Callable[[Paper], bool]], ...] = (
    ("lists no authors", lambda p: bool(p.authors)),
    ("link no code", lambda p: bool(p.code_urls)),
    ("give no day", lambda p: bool(p.dates)),
)


def metadata_supported(sentence: str, papers: list[Paper]) -> bool:
    """A metadata claim holds when every word of it is a cited paper's title, author, day, id, link or the
    month its id dates, or a word of the sentence's frame; a wrong name or day is a word left over."""
    if not papers or any(phrase in sentence and any(map(has, papers)) for phrase, has in ABSENCE_CLAIMS):
        return False
    text = CITATION_RE.sub(" ", sentence)
    for value in sorted({v for p in papers for v in record_values(p)}, key=len, reverse=True):
        text = text.replace(value, " ")
    return not set(tokenize(text)) - METADATA_WORDS


def record_values(paper: Paper) -> list[str]:
    """What a paper's record states, as the answers write it."""
    values = [paper.title, *paper.other_titles, *paper.authors, *paper.dates, paper.id, paper.url]
    values += [paper.hf_url, *paper.code_urls, *paper.resource_urls]
    if m := re.fullmatch(r"(\d\d)(0[1-9]|1[0-2])\.\d{4,5}", paper.id):  # the month the id dates
        values.append(f"{calendar.month_name[int(m.group(2))]} 20{m.group(1)}")
    return [v for v in values if v]


def mean(values: list[float | None]) -> float | None:
    present = [v for v in values if v is not None]
    return round(sum(present) / len(present), 4) if present else None


@dataclass
class Report:
    gold: str
    corpus_papers: int
    retrieval: dict[str, dict[str, float | None]]
    answers: dict[str, dict[str, Any]]  # per backend: metric → value, and "llm_judge" → its own metrics
    questions: list[dict]
    timings: dict[str, float]
    splits: dict[str, dict] = field(default_factory=dict)
    skipped: int = 0  # gold rows left out as malformed
    warnings: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        return self.__dict__

    def to_markdown(self) -> str:
        lines = [f"# Eval report ({self.gold}, {self.corpus_papers} papers)", ""]
        if self.warnings:
            skipped = f"{self.skipped} gold row{'s' if self.skipped != 1 else ''} skipped" if self.skipped else ""
            lines += [f"{skipped or 'No gold row skipped'}; warnings on the gold file:", ""]
            lines += [f"- {w}" for w in self.warnings] + [""]
        lines += ["## Retrieval", ""]
        lines += table("mode", RETRIEVAL_METRICS, self.retrieval)
        lines += ["", "## Answers", ""]
        lines += table("backend", ANSWER_METRICS, self.answers) if self.answers else ["Not scored (`--backend none`)."]
        for backend, row in self.answers.items():
            if row.get("llm_judge"):
                judged = ", ".join(f"{k} {fmt(v)}" for k, v in row["llm_judge"].items())
                lines += ["", f"LLM-judged ({backend}, llama-index evaluators): {judged}"]
        for name, part in self.splits.items():
            lines += split_markdown(name, part)
        if any(q.get("list") for q in self.questions):
            lines += list_markdown(self.questions)
        lines += [
            "",
            "## Per question",
            "",
            "| id | split | type | hybrid recall@10 | cited | fact coverage | rule | verdict |",
            "|---|---|---|---|---|---|---|---|",
        ]
        for q in self.questions:
            rule = q.get("rule")
            lines.append(
                f"| {q['id']} | {q.get('split', '')} | {q['type']} | "
                f"{fmt(q['retrieval'].get('hybrid', {}).get('recall@10'))} | {len(q.get('cited', []))} | "
                f"{fmt(q.get('fact_coverage'))} | {'' if rule is None else 'pass' if rule else 'fail'} | "
                f"{q.get('verdict', '')} |"
            )
        return "\n".join(lines) + "\n"


def split_markdown(name: str, part: dict) -> list[str]:
    """One slice's issue-10 figures: lists per source (grep beside the modes and the answer), rules per type."""
    lines = ["", f"## {name} ({part['questions']} questions + {part.get('variants', 0)} variants)", ""]
    if part.get("lists"):
        lines += table("list source", LIST_METRICS, part["lists"])
        lines.append("")
    modes = part.get("paraphrase_hit@5", {})
    if any(v is not None for v in modes.values()):
        lines += ["Paraphrase hit@5: " + ", ".join(f"{m} {fmt(v)}" for m, v in modes.items()), ""]
    if part.get("answers"):
        lines += ["| " + " | ".join(part["answers"]) + " |", "|---" * len(part["answers"]) + "|"]
        lines += ["| " + " | ".join(fmt(v) for v in part["answers"].values()) + " |", ""]
    if part.get("rules"):
        lines += ["| rule pass rate | " + " | ".join(part["rules"]) + " |", "|---" * (len(part["rules"]) + 1) + "|"]
        lines += ["| | " + " | ".join(fmt(v) for v in part["rules"].values()) + " |"]
    if part.get("rules_by_variant"):
        lines += [
            "",
            "Variants (rule pass rate): " + ", ".join(f"{k} {fmt(v)}" for k, v in part["rules_by_variant"].items()),
        ]
    return lines


def list_markdown(questions: list[dict]) -> list[str]:
    """Precision / recall of every list question, per source."""
    sources = list(dict.fromkeys(k for q in questions for k in q.get("list", {})))
    lines = ["", "## List questions: precision / recall", "", "| id | split | relevant | " + " | ".join(sources) + " |"]
    lines.append("|---" * (len(sources) + 3) + "|")
    for q in questions:
        if not q.get("list"):
            continue
        cells = []
        for source in sources:
            row = q["list"].get(source)
            cells.append(f"{fmt(row['precision'])} / {fmt(row['recall'])} ({row['n']})" if row else "–")
        relevant = next(iter(q["list"].values()))["relevant"]
        lines.append(f"| {q['id']} | {q.get('split', '')} | {relevant} | " + " | ".join(cells) + " |")
    return lines


def table(key: str, metrics: tuple[str, ...], rows: dict[str, dict]) -> list[str]:
    head = [f"| {key} | " + " | ".join(metrics) + " |", "|---" * (len(metrics) + 1) + "|"]
    return head + [f"| {name} | " + " | ".join(fmt(row.get(m)) for m in metrics) + " |" for name, row in rows.items()]


def fmt(value: float | None) -> str:
    return "–" if value is None else f"{value:.3f}"


def list_row(ranked: list[str], relevant: set[str], top: int = 0) -> dict[str, float | int | None]:
    """One list's scores; a question asking for `top` papers wants that many of the relevant ones (micro
    figures count min(top, relevant) as wanted, and at most that many hits)."""
    precision, recall = list_scores(ranked, frozenset(relevant), top)
    found = set(ranked)
    wanted = min(top, len(relevant)) if top else len(relevant)
    return {
        "precision": precision,
        "recall": recall,
        "n": len(found),
        "hits": min(len(found & relevant), wanted),
        "relevant": wanted,
    }


def evaluate_question(
    q: GoldQuestion,
    retriever: Retriever,
    answerer: Answerer | None,
    modes: tuple[str, ...],
    corpus_ids: set[str],
    texts: dict[str, str] | None = None,
) -> dict:
    relevant = set(q.relevant)
    row: dict = {"id": q.id, "type": q.type, "question": q.question, "answerable": q.answerable, "retrieval": {}}
    row.update({k: v for k, v in (("split", q.split), ("variant", q.variant), ("variant_of", q.variant_of)) if v})
    is_list = q.type in LIST_TYPES
    for mode in modes:
        hits = retriever.search(q.question, k=LIST_DEPTH if is_list else 10, filters=q.filter(), mode=mode)
        ranked = [h.paper.id for h in hits]
        row["retrieval"][mode] = retrieval_scores(ranked[:10], relevant) if q.answerable else {}
        row.setdefault("ranked", {})[mode] = ranked[:10]
        if is_list:
            row.setdefault("list", {})[f"{mode}@{LIST_DEPTH}"] = list_row(ranked, relevant)
    if is_list and q.terms and texts is not None:
        row.setdefault("list", {})["grep"] = list_row(grep_ids(texts, q.terms), relevant)
    if answerer is None:
        return row
    result = answerer.ask(q.question, filters=q.filter())
    cited = [c["id"] for c in result.citations]
    retrieved = {s.hit.paper.id for s in result.sources}
    invalid = [c for c in cited if c not in retrieved or c not in corpus_ids]
    row.update(
        answer=result.answer,
        cited=cited,
        covered=result.covered,
        backend=result.backend,
        invalid=len(invalid),
        flagged=len(result.flags),
        total_s=result.timings.get("total_s"),
    )
    mode = answerer.settings.mode if answerer.settings.mode in row.get("ranked", {}) else next(iter(modes), "")
    attempt = Attempt(
        answer=result.answer,
        cited=tuple(cited),
        ranked=tuple(row.get("ranked", {}).get(mode, [])),
        counts=getattr(result, "counts", None),
        table=getattr(result, "table", None),
    )
    by_id = retriever.by_id
    row["rule"] = rule_passes(q.type, attempt, q.expected(), lambda pid: by_id[pid].dates if pid in by_id else [])
    if is_list:
        row.setdefault("list", {})["answer"] = list_row(cited, relevant, q.top)
    if q.answerable:
        found = len(set(cited) & relevant)
        row["citation_precision"] = found / len(cited) if cited else None
        row["citation_recall"] = found / len(relevant)
        row["fact_coverage"] = fact_coverage(result.answer, q.facts)
        row["faithfulness"] = answer_faithfulness(result)
        row["verdict"] = "answered" if result.covered else "wrongly abstained"
    else:
        row["verdict"] = "abstained" if not result.covered else "answered an unanswerable question"
    return row


def summarise(rows: list[dict], modes: tuple[str, ...], with_answers: bool) -> tuple[dict, dict]:
    answerable = [r for r in rows if r["answerable"]]
    retrieval = {m: {k: mean([r["retrieval"][m][k] for r in answerable]) for k in RETRIEVAL_METRICS} for m in modes}
    answers: dict = {}
    if with_answers:
        unanswerable = [r for r in rows if not r["answerable"]]
        cited_total = sum(len(r["cited"]) for r in rows)
        answers = {
            "citation_precision": mean([r["citation_precision"] for r in answerable]),
            "citation_recall": mean([r["citation_recall"] for r in answerable]),
            "invalid_citation_rate": round(sum(r["invalid"] for r in rows) / cited_total, 4) if cited_total else 0.0,
            "abstention_accuracy": mean([float(not r["covered"]) for r in unanswerable]),
            "false_abstention_rate": mean([float(not r["covered"]) for r in answerable]),
            "fact_coverage": mean([r["fact_coverage"] for r in answerable]),
            "faithfulness": mean([r["faithfulness"] for r in answerable]),
        }
    return retrieval, answers


def list_summary(rows: list[dict]) -> dict[str, dict[str, float | None]]:
    """Micro (pooled counts) and macro (mean per question) list precision and recall, per source of the list."""
    lists = [r["list"] for r in rows if r.get("list")]
    out: dict[str, dict[str, float | None]] = {}
    for source in dict.fromkeys(k for row in lists for k in row):
        scored = [row[source] for row in lists if source in row]
        hits, returned, wanted = (sum(s[k] for s in scored) for k in ("hits", "n", "relevant"))
        out[source] = {
            "micro_precision": round(hits / returned, 4) if returned else None,
            "micro_recall": round(hits / wanted, 4) if wanted else 0.0,
            "macro_precision": mean([s["precision"] for s in scored]),
            "macro_recall": mean([s["recall"] for s in scored]),
            "questions": len(scored),
        }
    return out


def split_summary(rows: list[dict], modes: tuple[str, ...], with_answers: bool) -> dict:
    """The issue-10 figures for one slice of the gold set: lists, paraphrases, facts, abstention, rules.

    Typo, markup and translated variants are kept out of these figures and scored on their own
    (`rules_by_variant`), so a robustness gap shows as itself, not as a dent in the list recall.
    """
    variants = [r for r in rows if r.get("variant")]
    rows = [r for r in rows if not r.get("variant")]
    retrieval, answers = summarise(rows, modes, with_answers)
    paraphrases = [r for r in rows if r["type"] == "paraphrase"]
    out: dict = {
        "questions": len(rows),
        "variants": len(variants),
        "retrieval": retrieval,
        "paraphrase_hit@5": {m: mean([r["retrieval"][m]["hit@5"] for r in paraphrases]) for m in modes},
        "lists": list_summary(rows),
    }
    if with_answers:
        facts = [r for r in rows if r["type"] == "fact"]
        unanswerable = [r for r in rows if not r["answerable"]]
        ruled = [r for r in rows if r.get("rule") is not None]
        out["answers"] = {
            "citation_precision": answers["citation_precision"],
            "fact_answer_rate": mean([float(r["rule"]) for r in facts]),
            "fact_citation_precision": mean([r["citation_precision"] for r in facts]),
            "unanswerable_no_citation": mean([float(not r["cited"]) for r in unanswerable]),
            "abstention_accuracy": answers["abstention_accuracy"],
        }
        out["rules"] = {
            t: mean([float(r["rule"]) for r in ruled if r["type"] == t])
            for t in dict.fromkeys(r["type"] for r in ruled)
        }
        variants = [r for r in variants if r.get("rule") is not None]
        out["rules_by_variant"] = {
            v: mean([float(r["rule"]) for r in variants if r["variant"] == v])
            for v in dict.fromkeys(r["variant"] for r in variants)
        }
    return out


def judge(
    rows: list[dict], gold: list[GoldQuestion], retriever: Retriever, settings: Settings
) -> dict[str, float | None]:
    """llama-index's LLM-judged faithfulness, relevancy and correctness, with the configured LLM as judge."""
    from llama_index.core.evaluation import CorrectnessEvaluator, FaithfulnessEvaluator, RelevancyEvaluator
    from llama_index.llms.openai_like import OpenAILike

    from rag.tokens import point_llama_index

    point_llama_index()  # llama-index's tokenizer on the offline cl100k before any evaluator counts tokens

    base_url, key = openai_endpoint(settings)
    llm = OpenAILike(
        model=settings.llm_model,
        api_base=base_url,
        api_key=key,
        is_chat_model=True,
        timeout=settings.llm_timeout,
        max_retries=settings.llm_max_retries,
    )
    evaluators = {
        "faithfulness": FaithfulnessEvaluator(llm=llm),
        "relevancy": RelevancyEvaluator(llm=llm),
        "correctness": CorrectnessEvaluator(llm=llm),
    }
    by_id = {p.id: p for p in retriever.papers}
    scores: dict[str, list[float | None]] = {name: [] for name in evaluators}
    for row, q in zip(rows, gold):
        if not q.answerable or not row.get("covered"):
            continue
        contexts = [by_id[i].text for i in row["cited"] if i in by_id] or ["(no source)"]
        for name, evaluator in evaluators.items():
            if name == "correctness" and not q.facts:
                continue
            try:
                if name == "correctness":
                    result = evaluator.evaluate(query=q.question, response=row["answer"], reference="; ".join(q.facts))
                    value = None if result.score is None else result.score / 5
                else:
                    result = evaluator.evaluate(query=q.question, response=row["answer"], contexts=contexts)
                    value = None if result.passing is None else float(result.passing)
            except Exception as err:  # a judge that fails is reported, never fatal to the eval
                row.setdefault("judge_errors", []).append(f"{name}: {err}")
                value = None
            row.setdefault("judge", {})[name] = value
            scores[name].append(value)
    return {name: mean(values) for name, values in scores.items()}


def run_eval(
    gold_path: Path,
    retriever: Retriever,
    answerer: Answerer | None,
    modes: tuple[str, ...] = MODES,
    split: str = "",
    progress: Callable[[int, int], None] | None = None,
    warn: Callable[[str], None] | None = None,
) -> Report:
    """Score every question (or only one split's); figures for the whole set and, where rows carry one, per split.

    `progress(done, total)` after each question, for a face that shows a bar; `warn(message)` once per
    gold row skipped or paper id left out, before any question is scored.
    """
    started = time.perf_counter()
    corpus_ids = {p.id for p in retriever.papers}
    read = read_gold(gold_path, corpus_ids)
    for message in read.warnings:
        if warn:
            warn(message)
    gold = read.questions
    if split and any(q.split for q in gold):  # a set without splits (gold.jsonl) is scored whole
        gold = [q for q in gold if q.split == split]
        if not gold:
            raise GoldError(f"{gold_path}: no question in split {split!r}")
    texts = {p.id: p.text for p in retriever.papers} if any(q.terms for q in gold) else None
    rows = []
    for q in gold:
        rows.append(evaluate_question(q, retriever, answerer, modes, corpus_ids, texts))
        if progress:
            progress(len(rows), len(gold))
    retrieval, answers = summarise(rows, modes, answerer is not None)
    if answerer is not None and isinstance(answerer.backend, OpenAIBackend):  # the judge is the same endpoint
        answers["llm_judge"] = judge(rows, gold, retriever, answerer.settings)
    splits = {}
    if any(q.split for q in gold) or any(q.type in LIST_TYPES for q in gold):
        splits[split or "all"] = split_summary(rows, modes, answerer is not None)  # `--split tune` is that split
        for name in SPLITS:
            part = [r for r in rows if r.get("split") == name]
            if part and len(part) < len(rows):
                splits[name] = split_summary(part, modes, answerer is not None)
    return Report(
        gold=str(gold_path),
        corpus_papers=len(retriever.papers),
        retrieval=retrieval,
        answers={answerer.backend.name: answers} if answerer else {},
        questions=rows,
        timings={"total_s": round(time.perf_counter() - started, 2), "questions": len(rows)},
        splits=splits,
        skipped=read.skipped,
        warnings=read.warnings,
    )


def write_report(report: Report, folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = [folder / "report.json", folder / "report.md", folder / "chart.png"]
    paths[0].write_text(json.dumps(report.to_dict(), indent=2, ensure_ascii=False), encoding="utf-8")
    paths[1].write_text(report.to_markdown(), encoding="utf-8")
    chart(report, paths[2])
    return paths


def chart(report: Report, path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    import numpy as np

    modes = list(report.retrieval)
    fig, ax = plt.subplots(figsize=(9, 3.8), dpi=100)
    width = 0.8 / max(len(modes), 1)
    x = np.arange(len(RETRIEVAL_METRICS))
    for i, mode in enumerate(modes):
        ax.bar(x + i * width, [report.retrieval[mode][m] or 0 for m in RETRIEVAL_METRICS], width, label=mode)
    ax.set_xticks(x + width * (len(modes) - 1) / 2, RETRIEVAL_METRICS)
    ax.set_ylim(0, 1)
    ax.set_title(f"Retrieval by mode ({report.timings['questions']} gold questions)")
    ax.legend()
    fig.tight_layout()
    fig.savefig(path)
    plt.close(fig)


def compare(old: dict, new: dict) -> str:
    """What got better or worse, metric by metric and question by question."""
    lines = ["| section | key | metric | old | new | change |", "|---|---|---|---|---|---|"]
    for section in ("retrieval", "answers"):
        for key, row in new.get(section, {}).items():
            for metric, value in row.items():
                before = old.get(section, {}).get(key, {}).get(metric)
                if not isinstance(value, (int, float)) or not isinstance(before, (int, float)):
                    continue
                delta = value - before
                mark = "better" if delta > 1e-9 else "worse" if delta < -1e-9 else "same"
                if metric in ("invalid_citation_rate", "false_abstention_rate") and mark != "same":
                    mark = "worse" if delta > 0 else "better"
                lines.append(f"| {section} | {key} | {metric} | {before:.3f} | {value:.3f} | {mark} |")
    for name, part in new.get("splits", {}).items():
        before_part = old.get("splits", {}).get(name, {})
        for key, value, before in split_leaves(part, before_part):
            delta = value - before
            mark = "better" if delta > 1e-9 else "worse" if delta < -1e-9 else "same"
            lines.append(f"| split {name} | {key[0]} | {key[1]} | {before:.3f} | {value:.3f} | {mark} |")
    old_q = {q["id"]: q for q in old.get("questions", [])}
    changes = []
    for q in new.get("questions", []):
        before = old_q.get(q["id"])
        if not before:
            continue
        a = before.get("retrieval", {}).get("hybrid", {}).get("recall@10")
        b = q.get("retrieval", {}).get("hybrid", {}).get("recall@10")
        if a is not None and b is not None and abs(a - b) > 1e-9:
            changes.append(f"- {q['id']} ({q['question']}): hybrid recall@10 {a:.2f} → {b:.2f}")
        if before.get("rule") is not None and q.get("rule") is not None and before["rule"] != q["rule"]:
            was, now = ("pass" if x["rule"] else "fail" for x in (before, q))
            changes.append(f"- {q['id']} ({q['question']}): rule {was} → {now}")
        if before.get("verdict") != q.get("verdict"):
            changes.append(f"- {q['id']} ({q['question']}): {before.get('verdict')} → {q.get('verdict')}")
    return "\n".join(lines + ["", "Per question:" if changes else "No question changed.", *changes]) + "\n"


def split_leaves(new: dict, old: dict) -> Iterator[tuple[tuple[str, str], float, float]]:
    """(group/key, metric) pairs with a number on both sides, for comparing two split summaries."""
    for group in ("answers", "rules", "rules_by_variant", "paraphrase_hit@5", "lists"):
        for key, value in new.get(group, {}).items():
            before = old.get(group, {}).get(key)
            if isinstance(value, dict):
                for metric, v in value.items():
                    b = (before or {}).get(metric) if isinstance(before, dict) else None
                    if isinstance(v, (int, float)) and isinstance(b, (int, float)) and metric != "questions":
                        yield (f"{group}:{key}", metric), v, b
            elif isinstance(value, (int, float)) and isinstance(before, (int, float)):
                yield (group, key), value, before

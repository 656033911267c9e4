"""Corpus-wide aggregate questions: the most prolific authors, the highest figure on a benchmark across
papers, the category with the most papers, and what the digests' metadata cannot tell.

Pure functions of the question and the papers; the answerer picks the papers (topic, period) and
numbers the citations.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from rag.papers import Paper
from rag.qualifiers import SIZE_UNITS
from rag.usage import usage_asked
from rag.weeks import iso_week, monday

AUTHORS_LISTED = 5  # the digests list at most five names per paper
SHOWN_AUTHORS = 10
SHOWN_FIGURES = 10
CROWD_NAMED = 8
SENTENCE_CHARS = 320
CAVEAT = "The setups differ (models, sizes, prompts, subsets), so the figures are not strictly comparable."

METRIC = (
    r"(?:[\w@.'-]+\s+){0,3}?(?:accuracy|accuracies|scores?|results?|performance|pass@\d+|pass\s+rates?"
    r"|success\s+rates?|solve\s+rates?|resolve\s+rates?|win[- ]rates?|error\s+rates?|wer|cer|f1|bleu|rouge[\w-]*"
    r"|fid|fvd|perplexity|auc|miou|psnr|ssim|exact\s+match|numbers?|figures?)"
)
SUPERLATIVE = r"(?:highest|best|top|lowest|strongest|leading|state[- ]of[- ]the[- ]art|sota)"
# What a question asks the model to be: open ("open-source", "open-weight") or of a size ("7B", "32B-parameter")
QUALIFIER = r"(?:open[- ]?(?:source[ds]?|weights?)|(?<![\w.])\d+(?:\.\d+)?\s*-?\s*B(?:[- ]param(?:eter)?s?)?)(?![\w-])"
# "the most papers", never "the most cited / popular paper" (citations are not in the digests)
MOST = r"most\b(?!\s+(?:cited|popular|influential|recent|famous|downloaded|liked|upvoted|important|impactful))"
# A benchmark's name as a question writes it: a capital or a digit first and a capital or a digit inside ("LIBERO",
# "GSM8K", "LiveCodeBench", "MATH-500"), a year or a version after it ("AIME 2024"); "LLM serving" is none
NAME = r"(?-i:[A-Z0-9][\w.'’-]*(?:[A-Z0-9]|\w*[A-Z][\w.'’-]*)(?:[\s-]+(?:20\d\d|\d{2,4}|[A-Z][\w-]*))?)"
BENCH_NOUN = r"(?:(?:\s+[\w-]+){0,2}?\s+(?:benchmarks?|datasets?|test\s+sets?|leaderboards?|tasks?|suites?))?"
# "above 90% on LIBERO", "a score of at least 84 on VBench", "under 30% on AndroidWorld": a bound on the figures
# stated on a benchmark (the number is no size: "7B"; a word after it is a level's, never a gain's: "over 50%
# improvement on GSM8K" bounds no figure the aggregate reads)
ABOVE_WORDS = r"above|over|more\s+than|greater\s+than|higher\s+than|at\s+least|exceeding|beyond|>=?"
BELOW_WORDS = r"below|under|less\s+than|lower\s+than|at\s+most|<=?"
THRESHOLD = (
    rf"(?<!\bby\s)(?P<side>{ABOVE_WORDS}|{BELOW_WORDS})\s*(?P<value>\d+(?:\.\d+)?)(?P<unit>\s*%|\s*percent\b|\s+points?\b)?"
    rf"(?![\w.])(?:\s+(?P<metric>{METRIC}))?\s+(?:on|in|at|for)\s+(?:the\s+)?"
    rf"(?P<bench>{NAME}){BENCH_NOUN}\s*(?:\?|$|,|;)"
)
THRESHOLD_RE = re.compile(THRESHOLD, re.I)
# "evaluate on both AIME 2024 and GPQA": two names, the papers naming both asked
BOTH = rf"\bboth\s+(?:the\s+)?(?P<a>{NAME})\s+and\s+(?:the\s+)?(?P<b>{NAME}){BENCH_NOUN}\s*(?:\?|$|,|;)"
BOTH_RE = re.compile(BOTH, re.I)
# "what is the highest speedup reported for speculative decoding?": x-fold speedups compared among a topic's papers
SPEEDUP_ASKED_RE = re.compile(
    r"\b(?:which|what)\b[^?]*?\b(?:highest|largest|biggest|greatest|best|top|maximum|max)\s+(?:speed-?ups?|acceleration)"
    r"\s+(?:\w+\s+){0,2}?(?:for|in|on|of|with|by|from|using|among)\s+(?P<topic>[^?]+?)\s*(?:\?|$)",
    re.I,
)
KINDS: list[tuple[str, re.Pattern]] = [
    (
        "size",
        re.compile(
            r"\b(?:which|what)\s+(?:paper|papers|work|study)\s+(?:has|have|had|lists?)\s+the\s+(?:most"
            r"|largest\s+number\s+of|highest\s+number\s+of|biggest\s+(?:list|number)\s+of)\s+(?:authors|co-?authors|names)\b",
            re.I,
        ),
    ),
    (
        "affiliation",
        re.compile(
            r"\b(?:which|what)\s+(?:labs?|universit(?:y|ies)|institutions?|institutes?|compan(?:y|ies)|organi[sz]ations?"
            r"|countr(?:y|ies)|research\s+groups?|groups?|teams?)\s+(?:\w+\s+){0,2}?(?:publish(?:es|ed)?|has|have|had"
            r"|wrote|writes|produces?|produced|releases?|released|puts?\s+out|contribut(?:es|ed))\s+(?:the\s+)?"
            + MOST
            + r"|\bmost\s+(?:prolific|productive|active)\s+(?:labs?|universit(?:y|ies)|institutions?|compan(?:y|ies)"
            r"|organi[sz]ations?|countr(?:y|ies)|research\s+groups?)\b",
            re.I,
        ),
    ),
    (
        "authors",
        re.compile(
            r"\bwho\s+(?:has\s+|have\s+)?(?:wrote|writes|written|authored|authors|publish(?:es|ed)?|co-?authored"
            r"|contribut(?:es|ed))\s+(?:the\s+)?"
            + MOST
            + r"|\bwho\s+(?:is|are|was|were)\s+(?:the\s+)?(?:\d+\s+)?most\s+(?:prolific|productive|active|frequent)\b"
            r"|\b(?:most|top)\s+(?:\d+\s+)?(?:prolific|productive|active|frequent|published)\s+(?:authors?|researchers?"
            r"|writers?|contributors?|people)\b"
            r"|\b(?:top|leading)\s+(?:\d+\s+)?(?:authors|researchers|contributors)\b"
            r"|\b(?:which|what)\s+(?:authors?|researchers?|person|people)\s+(?:has|have|had|wrote|writes|published"
            r"|publish(?:es)?|authored|appears?|appeared|is\s+listed)\s+(?:the\s+)?"
            + MOST
            + r"|\bauthors?\s+with\s+the\s+most\s+papers\b|\bwho\s+appears\s+(?:the\s+)?most\b"
            r"|\bwho\s+(?:has|had)\s+(?:the\s+)?most\s+(?:papers|publications|works)\b"
            r"|\b(?:which|what)\s+(?:authors?|researchers?)\s+(?:is|are)\s+(?:the\s+)?most\s+(?:prolific|productive|active|frequent)\b",
            re.I,
        ),
    ),
    (
        "category",
        re.compile(
            r"\b(?:which|what)\s+(?:arxiv\s+)?(?:categor(?:y|ies)|subject\s+areas?)\b[^?]*\bmost\b"
            r"|\bmost\s+(?:common|frequent|popular)\s+(?:arxiv\s+)?categor(?:y|ies)\b|\bpapers\s+(?:per|by)\s+category\b",
            re.I,
        ),
    ),
    ("speedup", SPEEDUP_ASKED_RE),
    (
        "threshold",
        re.compile(
            r"\b(?:which|what|list|show|any|papers|models|methods|systems|works|agents)\b[^?]*?" + THRESHOLD,
            re.I,
        ),
    ),
    ("both", re.compile(r"\b(?:which|what|list|show|any|papers|models|methods|works)\b[^?]*?" + BOTH, re.I)),
    (
        "figure",
        re.compile(
            r"\b(?:which|what)\s+(?:paper|model|method|system|work|approach|study|one|llm)s?\s+(?:reports?|reported"
            r"|achieves?|achieved|gets?|got|has|have|had|holds?|obtains?|scores?|reaches?|sets?|shows?|attains?)\s+"
            rf"(?:the\s+)?{SUPERLATIVE}\s+{METRIC}\s+(?:\w+\s+){{0,2}}?(?:on|in|for|at)\s+\S"
            rf"|\bwhat(?:\s+(?:is|was|are|were)|'s|’s)\s+(?:the\s+)?{SUPERLATIVE}\s+{METRIC}\s+(?:(?:reported|achieved|obtained"
            r"|scored|attained|stated|published)\s+)?(?:so\s+far\s+)?(?:on|in|for|at)\s+\S"
            rf"|\b{SUPERLATIVE}\s+{METRIC}\s+(?:reported\s+|achieved\s+)?(?:on|in|for|at)\s+\S[^?]*\?\s*$"
            # no metric word: "which model is best on MMMU?", "scores highest on X", "what's the SOTA on X?"
            # (a benchmark's name: "which model is best on reasoning?" asks of no benchmark)
            rf"|\b(?:which|what)\s+(?:{QUALIFIER}\s+)?(?:model|method|system|llm|agent|vlm)s?\s+(?:is|was|are|were|performs?"
            r"|performed|does|did|scores?|scored|ranks?|ranked|comes?|came)\s+(?:the\s+)?(?:best|highest|top|strongest)"
            r"\s+(?:on|in|at)\s+(?:the\s+)?(?-i:[A-Z0-9])"
            r"|^\s*what(?:\s+(?:is|was|are|were)|'s|’s)\s+(?:the\s+)?(?:current\s+)?(?:sota|state[- ]of[- ]the[- ]art)"
            r"\s+(?:on|in|for|at)\s+(?:the\s+)?(?-i:[A-Z0-9])"
            # "what is the best open-source model on SWE-bench Verified?", "which is the best 7B model on MATH-500?"
            r"|\b(?:what|which)(?:\s+(?:is|was|are|were)|'s|’s)\s+(?:the\s+)?(?:best|top|strongest|leading)"
            rf"(?:[- ]performing)?\s+(?:{QUALIFIER}\s+)?(?:model|method|system|llm|agent|vlm)s?\s+(?:on|in|at)\s+"
            r"(?:the\s+)?(?-i:[A-Z0-9])",
            re.I,
        ),
    ),
]
# "the largest / biggest / smallest (open-source vision-language) model / LLM": a superlative over model sizes,
# the words between it and the model noun (no preposition: "the largest gain of models" is no size) the topic
SIZE_ASKED_RE = re.compile(
    r"\b(?P<which>largest|biggest|smallest|tiniest)\s+"
    r"(?P<topic>(?:(?!(?:of|for|on|in|with|than|by|to|at|from|among|across)\b)[\w-]+\s+){0,4}?)"
    r"(?P<noun>models?|llms?|vlms?|mllms?|slms?)\b"
    r"|\b(?:most|fewest)\s+parameters\b",
    re.I,
)
# asked of one paper's models ("the smallest model in the SmolLM2 paper"), or how big one is: not corpus-wide
ONE_PAPER_RE = re.compile(
    r"\b(?:in|of|from)\s+(?:the\s+)?[\w.-]+\s+(?:paper|report)\b|^\s*how\s+(?:many|big|large)\b", re.I
)
KINDS.append(("parameters", SIZE_ASKED_RE))

# Words that frame an aggregate question, never its topic ("who publishes most on diffusion models?").
FRAME_WORDS = frozenset(
    """
    prolific productive active frequent frequently top leading most publishes publishing published wrote writes
    written authored author authors researcher researchers contributor contributors people person who appears
    listed co-authored coauthored number papers
    """.split()
)


def kind_of(question: str) -> str:
    """Which aggregate a question asks ("usage", "authors", "figure", "category", "affiliation", "size",
    "parameters"), or ""."""
    if usage_asked(question):
        return "usage"
    for kind, pattern in KINDS:
        if pattern.search(question) and not (kind == "parameters" and ONE_PAPER_RE.search(question)):
            return kind
    return ""


def how_many(question: str, default: int = SHOWN_AUTHORS) -> int:
    """The number of places asked ("top 5 authors", "the 3 most prolific"), else `default`."""
    m = re.search(r"\b(?:top|the|first)\s+(\d{1,2})\b|\b(\d{1,2})\s+(?:most|top|leading)\b", question, re.I)
    return int(m.group(1) or m.group(2)) if m else default


# ---- authors ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Ranked:
    """One name (or category) and the papers it is listed on, newest last."""

    name: str
    papers: tuple[Paper, ...]


def ranked(papers: Sequence[Paper], names: Callable[[Paper], Sequence[str]], k: int) -> list[Ranked]:
    """The `k` names on most papers, each counted once per paper; a tie at the k-th place is kept whole."""
    by_name: dict[str, list[Paper]] = {}
    for p in papers:
        for name in dict.fromkeys(names(p)):
            by_name.setdefault(name, []).append(p)
    order = sorted(by_name.items(), key=lambda kv: (-len(kv[1]), kv[0].lower()))
    if not order or k <= 0:
        return []
    floor = len(order[min(k, len(order)) - 1][1])
    return [Ranked(n, tuple(sorted(ps, key=lambda p: (p.date, p.id)))) for n, ps in order if len(ps) >= floor]


def fold(name: str) -> str:
    """A name with case, spaces and punctuation dropped: 'Aman Chadha' and 'amanchadha' fold alike."""
    return re.sub(r"[\W_]+", "", name.lower())


def other_forms(name: str, counts: Counter[str]) -> list[tuple[str, int]]:
    """The corpus's other spellings of `name` that fold to the same letters, with their paper counts."""
    key = fold(name)
    return sorted(((n, c) for n, c in counts.items() if n != name and fold(n) == key), key=lambda nc: -nc[1])


def crowded(rows: Sequence[Ranked], most: int = SHOWN_AUTHORS + 5) -> tuple[list[Ranked], list[Ranked]]:
    """(the rows shown one by one, a tie at the last place too large to show so): "most prolific authors in
    2025-03" ties dozens of names at three papers each, named in one line, not listed paper by paper."""
    if len(rows) <= most:
        return list(rows), []
    floor = len(rows[-1].papers)
    above = [r for r in rows if len(r.papers) > floor]
    if not above:  # the tie is at the top: each still shown, as far as `most`
        return list(rows[:most]), list(rows[most:])
    return above, [r for r in rows if len(r.papers) == floor]


def ties_phrase(rows: Sequence[Ranked]) -> str:
    """'Franck-Dernoncourt has the most papers' or 'vyokky and Xi Zhang are tied for the most papers'."""
    top = [r for r in rows if len(r.papers) == len(rows[0].papers)]
    names = [f"**{r.name}**" for r in top]
    n = len(top[0].papers)
    if len(names) == 1:
        return f"{names[0]} is listed on the most papers ({n})"
    if len(names) > CROWD_NAMED:
        return f"{len(names)} authors are tied for the most papers ({n} each)"
    joined = ", ".join(names[:-1]) + f" and {names[-1]}"
    return f"{joined} are tied for the most papers ({n} each)"


def authors_text(
    rows: Sequence[Ranked],
    scope: str,
    counted: int,
    with_authors: int,
    counts: Counter[str],
    cite: Callable[[Paper], int],
    examples: int = 3,
) -> str:
    """The top authors of the papers counted, each with its count and cited example papers; tied places
    said as ties, other spellings of a listed name named beside it (never merged), and what the count
    rests on: the names the digests list (at most five a paper, handles and full names mixed)."""
    if not rows:
        return f"None of the {counted:,} papers {scope} lists an author in the digests."
    if len(rows[0].papers) == 1:
        some = sorted({p.id: p for r in rows for p in r.papers}.values(), key=lambda p: (p.date, p.id))
        lines = [
            f"No author is listed on more than one of the {counted:,} papers {scope}, so none publishes more than the "
            "others there:",
            "",
        ]
        lines += [f"- {p.title} [{cite(p)}]: {', '.join(p.authors)}" for p in some[:SHOWN_FIGURES]]
        if len(some) > SHOWN_FIGURES:
            lines.append(f"- … and {len(some) - SHOWN_FIGURES} more papers.")
        return "\n".join(lines)
    lines = [
        f"{ties_phrase(rows)} of the {counted:,} papers {scope} ({with_authors:,} of them list authors).",
        "",
    ]
    shown_rows, crowd = crowded(rows)
    for r in shown_rows:
        place = 1 + sum(len(o.papers) > len(r.papers) for o in rows)
        tied = sum(len(o.papers) == len(r.papers) for o in rows) > 1
        shown = "; ".join(f"{p.title} [{cite(p)}]" for p in r.papers[-examples:][::-1])
        more = f"; and {len(r.papers) - examples} more" if len(r.papers) > examples else ""
        forms = other_forms(r.name, counts)
        also = (
            " (also written "
            + ", ".join(f'"{n}" on {c} paper{"s" if c != 1 else ""}' for n, c in forms)
            + ", counted apart: the digests do not say whether it is the same person)"
            if forms
            else ""
        )
        rank = f"{place}." if not tied else f"{place}. (tied)"
        many = f"{len(r.papers)} paper{'s' if len(r.papers) != 1 else ''}"
        lines.append(f"{rank} **{r.name}** — {many}{also}: {shown}{more}")
    if crowd:
        n = len(crowd[0].papers)
        place = 1 + sum(len(o.papers) > n for o in rows)
        names = ", ".join(r.name for r in crowd[:CROWD_NAMED])
        more = f" and {len(crowd) - CROWD_NAMED} more" if len(crowd) > CROWD_NAMED else ""
        lines.append(f"{place}. (tied) {len(crowd)} authors with {n} paper{'s' if n != 1 else ''} each: {names}{more}")
    lines += [
        "",
        f"Counted from the digests' author lists, which give at most {AUTHORS_LISTED} names a paper, some as "
        "Hugging Face handles; a person listed beyond the fifth name, or under another spelling, is not counted here.",
    ]
    return "\n".join(lines)


# ---- figures on a benchmark ---------------------------------------------------------------------------

BENCHMARK_RE = re.compile(
    rf"{SUPERLATIVE}(?:\s+(?P<metric>{METRIC}))?\s+(?:\w+\s+){{0,2}}?(?:on|in|for|at)\s+(?:the\s+)?(?P<bench>[^?]+?)"
    r"(?:\s+(?:benchmark|dataset|test\s+set|leaderboard|task))?\s*(?:\?|$|,|\s+(?:so\s+far|in\s+the\s+(?:corpus|digests)))",
    re.I,
)
LOWER_IS_BETTER_RE = re.compile(r"\b(?:error|wer|cer|perplexity|latency|loss|fid|fvd)\b", re.I)


def benchmark_asked(question: str) -> tuple[str, str]:
    """(the benchmark, the metric) a superlative asks about: 'highest accuracy on GSM8K?' → ('GSM8K', 'accuracy')."""
    m = BENCHMARK_RE.search(re.sub(rf"{QUALIFIER}\s+", "", question, flags=re.I))
    if not m:
        return "", ""
    metric = re.sub(r"^(?:reported|achieved|stated)\s+", "", (m.group("metric") or "").strip(), flags=re.I)
    return m.group("bench").strip(" '\"`"), metric


def lower_is_better(question: str, metric: str) -> bool:
    """'lowest …', or 'best' of an error-like metric (word error rate, perplexity, FID)."""
    if re.search(r"\b(?:lowest|smallest|fewest|least|minimum)\b", question, re.I):
        return True
    return bool(re.search(r"\bbest\b", question, re.I) and LOWER_IS_BETTER_RE.search(metric))


def name_pattern(benchmark: str) -> re.Pattern:
    """The benchmark as summaries write it: spaces, hyphens and apostrophes optional between its parts, a
    year also as its last two digits ('AIME 2024' ~ 'AIME2024', 'AIME24', "AIME'24"), a name asked without a year
    also with one ('AIME' ~ 'AIME24'); a name asked in capitals only ('MATH') in capitals only; a variant with a
    suffix of its own ('GSM8K-V', 'HumanEval+', 'LibriSpeech-PC') is another benchmark."""
    parts = re.findall(r"[A-Za-z]+|\d+", benchmark)
    pieces = []
    for part in parts:
        if re.fullmatch(r"20\d\d", part):
            pieces.append(f"(?:20)?{part[2:]}")
        else:
            pieces.append(re.escape(part))
    body = r"[\s'’_-]*".join(pieces)
    if CAPITALS_RE.fullmatch(benchmark.strip()):
        body = f"(?-i:{body})"
    if parts and not parts[-1].isdigit():
        body += YEAR_AFTER
    if not re.search(rf"[\s-](?:{EDITIONS})$", benchmark, re.I):
        body += rf"(?:(?:-(?i:{EDITIONS})|\s(?-i:{EDITIONS}))(?:-v?\d+(?:\.\d+)?)?)?"
    return re.compile(rf"(?<![\w-]){body}(?![\w+]|-\w)", re.I)


# A year's edition of a name asked without one ("AIME" ~ "AIME24", "AIME2025"), as "AIME 2024" already matches
YEAR_AFTER = r"(?:['’]?(?:20)?[12]\d)?"
# A name written in capitals only ("MATH", "GPQA"): summaries write a benchmark so, and "math" is a word
CAPITALS_RE = re.compile(r"[A-Z]{3,}")
# A benchmark's named editions ("WebArena-Lite", "SWE-bench Verified", "MMLU-Pro", "ScreenSpot-Pro", "-Lite-v2"): the
# words benchmarks' makers use for a smaller, checked, harder or professional edition of the same tasks (general
# knowledge of how benchmarks are named), counted as the benchmark and said as such (`edition`)
EDITIONS = "Lite|Verified|Hard|Pro"


def edition(sentence: str, pattern: re.Pattern, start: int) -> str:
    """The edition ("WebArena-Lite-v2") the sentence names nearest the figure at `start`, or "" for the benchmark
    itself."""
    names = list(pattern.finditer(sentence))
    if not names:
        return ""
    near = min(names, key=lambda n: n.start() - start if n.start() >= start else 2 * (start - n.end()))
    core = re.sub(rf"[\s-](?:{EDITIONS})(?:-v?[\d.]+)?$", "", near.group(0), flags=re.I)
    return near.group(0) if core != near.group(0) and pattern.fullmatch(core) else ""


def family_pattern(benchmark: str) -> re.Pattern:
    """`name_pattern`, a subset written as the name and a hyphenated part ("GPQA-Diamond") counted as the name:
    a paper evaluating on a benchmark's subset evaluates on it."""
    return re.compile(name_pattern(benchmark).pattern.replace(r"(?![\w+]|-\w)", r"(?![\w+])"), re.I)


@dataclass(frozen=True)
class Figure:
    """One paper's figure on the benchmark and the sentence stating it."""

    paper: Paper
    value: float
    said: str  # the figure as written ("98.1%")
    sentence: str
    measure: str = ""  # another measure the sentence states it as ("verification accuracy"); "" for the level
    edition: str = ""  # the benchmark's edition it is stated on ("WebArena-Lite"); "" for the benchmark itself


NUMBER_RE = re.compile(r"(?<![\w.+±@^/-])(\d+(?:\.\d+)?)(\s*%|\s+points?\b)?")
# After the number: a change, a count, a size or a range start, not a level ("+4.9%", "8.6% absolute
# improvement", "225 tokens", "2.5x", "7B", "82.71% to 86.20%").
NOT_LEVEL_AFTER = re.compile(
    r"^\s*(?:[x×]\b|[BMKbk]\b|-?(?:shot|fold|step|bit|token|sample|layer|billion|million|times|fewer)|%?\s*(?:to|-|–)\s*\d"
    r"|%?\s*(?:absolute\s+|relative\s+|average\s+)?(?:points?\s+)?(?:(?:performance|accuracy|score)\s+)?(?:improvement|increase|gain|boost|reduction|decrease|drop"
    r"|enhancement|uplift|degradation|speed-?up|faster|slower|higher|lower|less|more|fewer|better|worse|smaller|larger|of\s+the|gap|margin"
    r"|(?:tokens?|steps?|samples?|examples?|problems?|questions?|tasks?|models?|languages?|hours?|days?|seconds?|ms\b|gpus?"
    r"|parameters?|params?|times|years?|percentage\s+points?)(?!\s+(?:length|success|completion|accuracy|score|rate)\b)))",
    re.I,
)
# Before the number: a change ("by 4.9%"), a comparison ("vs 81%", "compared to 50.19%"), a bound.
NOT_LEVEL_BEFORE = re.compile(
    r"(?:\bby|\bvs\.?|\bversus|\bcompared\s+(?:to|with)|\brelative\s+to|\bup\s+to|\bfrom(?:\s+(?:approximately|about|around|~))?"
    r"|\bthan|\bover|\bbelow|\babove|\bunder|\bat\s+(?:most|least)|\bnearly|\balmost|\bbaseline'?s?|\bonly|\bexceeding"
    r"|\b(?:gain|improvement|increase|reduction|drop|boost)s?\s+of)\s*(?:(?:approximately|about|around|roughly|~)\s*)?$",
    re.I,
)
# A figure given to a compared model: a comparison's cue, then that model's name and the figure with no verb of its
# own between ("approaching o1 (high) at 88.5%", "outperforming … DeepSeek-V3.1 (63.1)", "surpassing 16-bit LoRA
# (88.1%)", "comparable to OpenAI o3-mini's 79.6%", "the previous best of 0.445", "proprietary LLMs like GPT-4-Turbo
# (17.6%)"): the figure is that model's, not the paper's.
COMPARED_RE = re.compile(
    r"\b(?:approach(?:es|ed|ing)|outperform\w*|surpass\w*|exceed\w*|beat(?:s|ing)?|rival\w*|compar(?:ed|able|ing)\s+(?:to|with)"
    r"|relative\s+to|versus|vs\.?|than|against|over|(?:previous|prior)\s+(?:best|sota|state[- ]of[- ]the[- ]art|record)"
    r"|(?:models?|llms?|baselines?|methods?|systems?|agents?|counterparts?)\s+(?:like|such\s+as|including))"
    r"(?P<gap>(?:\W[^;]{0,60})?)$",
    re.I,
)
# What a model does itself, ending a comparison before the figure ("surpassing X, and achieves 85%")
OWN_VERB_RE = re.compile(
    r"\b(?:achiev|reach|attain|obtain|scor|record|deliver|yield|demonstrat|show|set|hit|post|report)\w*|,\s*and\b|\bwhile\b",
    re.I,
)
# A figure in the gap: the comparison quoted one already ("… (MiMo-7B-RL: 57.8, o1-mini: 53.8)" is a table)
GAP_FIGURE_RE = re.compile(r"(?<![\w.-])\d+(?:\.\d+)?\s*%|(?<![\w.-])\d+\.\d+(?![\w.-])")
# Margins said as a list or an average: "exceeding GLaMM-7B by 2.1, 3.6, and 4.5 cIoU", "by an average of 57%"
MARGIN_RE = re.compile(
    r"\bby\s+(?:(?:an?|the)\s+)?(?:average|total|margin|factor)\s+of\s+(?:up\s+to\s+|~)?$"
    r"|\bby\s+~?[\d.]+\s*%?\s*(?:points?|pp)?\s*(?:,\s*~?[\d.]+\s*%?\s*(?:points?|pp)?\s*)+,?\s*and\s+$",
    re.I,
)


def compared(before: str, pattern: re.Pattern | None = None) -> bool:
    """The figure after `before` (its sentence up to it) is a compared model's, or a margin over it; a figure the
    comparison attaches to the benchmark's name ("outperforming DeepSeek-R1 on benchmarks like GPQA-Diamond
    (76.0%)") is the subject's result on it."""
    clause = re.split(r"[;]", before)[-1]
    if MARGIN_RE.search(clause[-80:]):
        return True
    m = COMPARED_RE.search(clause[-90:])
    if m and pattern is not None and pattern.search(m["gap"]):
        return False
    return comparing(clause[-90:])


def comparing(before: str) -> bool:
    """`before` ends in a comparison with another model, naming it with no verb or figure of the paper's own since
    ("outperforming strong open-source models like", "comparable to OpenAI o3-mini's")."""
    m = COMPARED_RE.search(before)
    return bool(m and not OWN_VERB_RE.search(m["gap"]) and not GAP_FIGURE_RE.search(m["gap"]))


COST_RE = re.compile(
    r"\b(?:tokens?|usage|length|latency|throughput|memory|cost|steps?|budget)\b.{0,35}$"
    # a correlation with the benchmark, not a level on it ("correlates strongly (Pearson r > 0.9 … vs MMLU-Pro)")
    r"|\b(?:correlat\w*|pearson|spearman|kendall)\b.{0,35}$",
    re.I,
)
GENERIC_METRIC = frozenset(
    "accuracy accuracies score scores result results performance number numbers figure figures".split()
)
# What states a level just before a figure that follows the benchmark's name ("achieved 85.8%", "score of 62.02").
LEVEL_CUE_RE = re.compile(
    r"(?:accuracy|score|rate|of|achiev\w*|reach\w*|scor\w*|to|attain\w*|obtain\w*|at|is|was|an?|\()\s*~?\s*$", re.I
)
# Another target between the benchmark's name and a figure after it ("on the unseen AMC-2023", "while …").
# ("while also improving accuracy from 96.44% to 96.59%" goes on with the same subject and target)
OTHER_TARGET_RE = re.compile(
    r"[;]|\b(?:while|whereas)\b(?!\s+(?:also\s+)?[a-z]+ing\b)|\b(?:on|in)\s+(?:the\s+)?(?:\w+\s+)?[A-Z][\w-]*\d"
)
# A list of gains, item by item: "an average improvement of 9.1 points on AIME 24, 7.6 on GPQA, and" (a gain next).
GAIN_ITEM = r"[\d.]+\s*(?:%|points?)?\s+(?:on|in)\s+[^,;]{1,40}"
GAIN_LIST_RE = re.compile(
    rf"\b(?:by|(?:gain|improvement|increase|boost)s?\s+of)\s+{GAIN_ITEM}(?:,\s*{GAIN_ITEM})*(?:,\s*and|,|\s+and)\s*$",
    re.I,
)
# A change's start with its own target after the figure: "to 74.2% from 30.5% for Gemini 1.5 Pro" (30.5%'s target).
FROM_BEFORE_TARGET_RE = re.compile(r"^\s*%?\s*from\s+~?\d[\d.]*\s*%?\s+(?:for|on|in)\b", re.I)
ANOTHER_TARGET_RE = re.compile(r"^[^,;(]{0,40}?\b(?:on|in|for)\s+(?:the\s+)?(?:[\w@'-]+\s+){0,1}?[A-Z0-9][\w'-]*")


# A code or maths benchmark's own level, however a summary labels it ("74.2% pass@1", "the pass rate … to 74.2%",
# "67.4 on LiveCodeBench"): asked for, any figure on the benchmark answers, as for "accuracy"; a pass@k beyond 1
# stays another measure (`sub_measure`).
ONE_TRY_METRICS = frozenset({"pass@1", "pass 1", "pass rate", "pass rates"})


def metric_forms(metric: str) -> list[str]:
    """How a specific metric is written ('word error rate' → 'word error rate', 'wer'); none for a generic
    one ('accuracy', 'result'), which any figure on the benchmark answers; a generic one's rank qualifier
    ('top-1 accuracy') is written as the qualifier ('top-1', 'top1')."""
    if rank := re.search(r"\btop[- ]?(\d+)\b", metric, re.I):
        return [f"top-{rank.group(1)}", f"top{rank.group(1)}"]
    words = [w for w in re.findall(r"[\w@]+", metric.lower()) if w not in ("the", "a", "an", "top", "reported")]
    if not words or words[-1] in GENERIC_METRIC or " ".join(words) in ONE_TRY_METRICS:
        return []
    forms = [" ".join(words)]
    if len(words) > 1:
        forms.append("".join(w[0] for w in words))
    return forms


# Words that say a figure is the benchmark's own level, whatever else its label says ("a state-of-the-art
# Total Score of", "a zero-shot pass@1 rate of", "overall accuracy").
PLAIN_LABEL = GENERIC_METRIC | frozenset(
    "the a an its their new overall total final average mean top-1 top1 pass@1 rate rates success solve resolve "
    "zero-shot few-shot state-of-the-art sota high higher highest strong best competitive reported benchmark".split()
)
# The few words before a figure that name what it measures: "Total Score of 85.13", "IS of 313.3", "(rFID) of".
LABEL_BEFORE_RE = re.compile(r"((?:[\w@.+()-]+\s+){0,3}[\w@.+()-]+)\s*(?:of|:|=|\()\s*~?\s*$")
# A figure said of what a model kept, not reached: "while maintaining high MMLU accuracy (99.34%)".
RETAINED_RE = re.compile(r"\b(?:maintain|retain|preserv|keep)\w*\b[^,;]{0,30}$", re.I)
# A benchmark of a list after the asked one: "MathVista (… to 55.6), DocVQA (from 75.8 to 91.4)".
LISTED_TARGET_RE = re.compile(r",\s*(?:and\s+)?[A-Z][\w-]*[A-Z][\w-]*\s*[(:]")
# A part of the benchmark in parentheses right after its name: "MMLU Pro (Medical)", "(English)", "(Hard
# subset)"; an acronym, a setup or a plain level word ("(USMLE)", "(5-shot)", "(test set)", "(Overall)") is none.
SUBSET_AFTER_RE = re.compile(
    r"\s*\((?:the\s+)?(?P<word>[A-Z][a-z]{2,})(?:\s+(?:subset|split|set|track|domain|category|section|portion))?\)"
)
# The measure a figure ends a change of: "the IS score from 64.3 to 288.2", "verification accuracy from 62.5% to".
FROM_TO_LABEL_RE = re.compile(
    r"((?:[\w@.+-]+\s+){0,2}(?:accuracy|accuracies|scores?|rates?|performance))\s+(?:[\w-]+\s+){0,3}?"
    r"from\s+~?[\d.]+\s*%?\s+to\s*~?\s*$",
    re.I,
)
# A figure in parentheses after the name, right after another figure on it: "94.5% on AIME2024 (97.5% with
# sampling)" restates that figure's measure.
RESTATED_RE = re.compile(r"(\d+(?:\.\d+)?)\s*%?\s+(?:on|in)\s+(?:the\s+)?$")
# A lowercase noun made of a verb names an activity ("verification accuracy", "localization accuracy"): where
# the benchmark's other papers never write it beside the name, it is another measure than the benchmark's own.
ACTIVITY_RE = re.compile(r"[a-z][a-z-]*(?:tion|sion|ment)")


def sub_measure(label: str, pattern: re.Pattern) -> bool:
    """Whether a figure's label names a part or another measure of the benchmark ('Background Consistency',
    'Semantic Score', 'IS', 'Recall@5', 'pass@64 … GPS task') rather than its own level: a word of it that is
    capitalised or a pass@k beyond 1, once the benchmark's name and plain level words are set aside."""
    rest = pattern.sub(" ", label)
    for word in re.findall(r"[\w@.+-]+", rest):
        low = word.lower()
        if low in PLAIN_LABEL or re.fullmatch(r"[\d.]+%?|\d+-shot|cot", low):
            continue
        if re.fullmatch(r"(?:pass|avg|maj|mean|best|cons|acc|recall|hit)@\d+", low):
            if low != "pass@1":
                return True
            continue
        if word[0].isupper() or "@" in word:
            return True
    return False


def subset_after(sentence: str, name: re.Match) -> bool:
    """The name is followed by a part of it in parentheses ("MMLU Pro (Medical)"): a figure on it is the part's."""
    m = SUBSET_AFTER_RE.match(sentence, name.end())
    return m is not None and m["word"].lower() not in PLAIN_LABEL


def measure_label(sentence: str, start: int, names: Sequence[re.Match]) -> str:
    """The words naming what the figure at `start` measures: the label before it ("Total Score of", "the IS
    score from 64.3 to"), or, for a figure in parentheses right after the name, the figure's before it."""
    for n in names:
        restated = n.end() <= start and re.fullmatch(r"\s*\(\s*", sentence[n.end() : start])
        if restated and (prev := RESTATED_RE.search(sentence[: n.start()])):
            return measure_label(sentence, prev.start(), names)
    before = sentence[max(0, start - 80) : start]
    if m := FROM_TO_LABEL_RE.search(before):
        return m.group(1)
    if m := LABEL_BEFORE_RE.search(before[-40:]):
        return m.group(1)
    return ""


def activity(label: str, pattern: re.Pattern, metric: str) -> str:
    """The measure a label names by an activity the question does not ask ('boosting verification accuracy' →
    'verification accuracy'), or ""."""
    asked = set(re.findall(r"[\w-]+", metric.lower()))
    words = re.findall(r"[\w@.+-]+", pattern.sub(" ", label))
    at = next((i for i, w in enumerate(words) if ACTIVITY_RE.fullmatch(w) and w not in asked), None)
    return "" if at is None else " ".join(words[at:])


def stated_figures(sentence: str, pattern: re.Pattern, metric: str = "") -> list[tuple[float, str, str, int, bool]]:
    """`figures_at`, each figure with the measure its label names by an activity where the question asked a
    generic level ('verification accuracy' for "verification accuracy from 62.5% to 94.5% on AIME2024"), else "",
    its position, and whether that label is the words between it and the name after it ("81.67% file-level fault
    localization accuracy on SWE-Bench-lite")."""
    names = list(pattern.finditer(sentence))
    found = []
    for value, said, start in figures_at(sentence, pattern, metric):
        other, after = "", False
        if not metric_forms(metric):
            other = activity(measure_label(sentence, start, names), pattern, metric)
            ahead = next((n for n in names if n.start() >= start), None)
            if not other and ahead and ahead.start() - start < 60:
                words = re.sub(r"\s+(?:on|in|at|for)(?:\s+the)?\s*$", "", sentence[start + len(said) : ahead.start()])
                other, after = activity(words, pattern, metric), True
        found.append((value, said, other, start, after))
    return found


def figures_in(sentence: str, pattern: re.Pattern, metric: str = "") -> list[tuple[float, str]]:
    """The figures a sentence states for the benchmark itself (`figures_at`), as (value, as written)."""
    return [(value, said) for value, said, _ in figures_at(sentence, pattern, metric)]


def figures_at(
    sentence: str, pattern: re.Pattern, metric: str = "", compared_too: bool = False
) -> list[tuple[float, str, int]]:
    """The figures a sentence states for the benchmark itself: a level (not a gain, a count or a range
    start) written just before the benchmark's name ('98.1% on GSM8K', '50.2% accuracy on GSM8K'), or
    after it in the same clause ('on GSM8K, X achieves 85.8%', 'GSM8K score of 62.02') when no other
    benchmark claims it ('… and 94.4% on AIME'24'); a compared model's figure ("approaching o1 (high) at 88.5%")
    only where `compared_too` (a question about that model)."""
    names = list(pattern.finditer(sentence))
    if not names:
        return []
    found: list[tuple[float, str, int]] = []
    forms = metric_forms(metric)
    for m in NUMBER_RE.finditer(sentence):
        number, unit = m.group(1), m.group(2) or ""
        if re.fullmatch(r"(?:19|20)\d\d", number) and not unit:
            continue
        if not unit and "." not in number:
            continue  # a bare integer is a count or a name's part, not a score
        if any(n.start() <= m.start() < n.end() for n in names):
            continue
        after, before = sentence[m.end() :], sentence[max(0, m.start() - 40) : m.start()]
        clause = re.split(r"[,;(]", before)[-1]
        if NOT_LEVEL_AFTER.match(after) or NOT_LEVEL_BEFORE.search(before) or COST_RE.search(before):
            continue
        theirs = compared(sentence[: m.start()], pattern) and not re.match(r"\s*%?\s*(?:vs\.?|versus)\s", after)
        if RETAINED_RE.search(before) or (theirs and not compared_too):
            continue
        if not forms and (label := LABEL_BEFORE_RE.search(before)) and sub_measure(label.group(1), pattern):
            continue  # the asked level is generic ("highest score"): not one dimension or another measure of it
        wide = sentence[max(0, m.start() - 80) : m.start()]
        if not forms and (label := FROM_TO_LABEL_RE.search(wide)) and sub_measure(label.group(1), pattern):
            continue  # "the IS score from 64.3 to 288.2 (on ImageNet)"
        if re.search(r"\band\s*$", clause) and re.search(r"\b(?:by|of|gains?|improvements?)\s+[\d.]+", clause):
            continue  # the second of a list of gains ("by 27.0% on Sudoku and 3.6% on GSM8K")
        if GAIN_LIST_RE.search(sentence[max(0, m.start() - 160) : m.start()]):
            continue  # a later item of a list of gains ("an improvement of 9.1 points on AIME 24, …, and 9.6 on")
        window = sentence[max(0, m.start() - 60) : m.end() + 25].lower()
        if forms and not any(re.search(rf"\b{re.escape(f)}\b", window) for f in forms):
            continue  # a figure of another metric ("character error rate" asked "word error rate")
        said = f"{number}{unit.strip() if unit.strip() == '%' else (' ' + unit.strip() if unit else '')}"
        ahead = next((n for n in names if n.start() >= m.end()), None)
        if ahead is not None:
            # words after the name that end in a score are a part of it ("VBench Semantic Score"); ending
            # in "benchmark" they name the benchmark ("the VBench T2V benchmark")
            named = re.match(r"(?:\s+[\w@.+-]+){0,2}", sentence[ahead.end() :])
            after_name = named.group(0) if named else ""
            part = after_name if after_name.split()[-1:] and after_name.split()[-1].lower() in GENERIC_METRIC else ""
            if not forms and sub_measure(sentence[m.end() : ahead.start()] + part, pattern):
                continue  # "97.68% on Background Consistency in the VBench", "78.5% VBench Semantic Score"
            between = re.sub(
                r"\w*@\d+|\btop-?1\b", " ", sentence[m.end() : ahead.start()]
            )  # "pass@1", "avg@64", "top-1"
            if len(between) <= 45 and not re.search(r"\d|[,;]|\band\b", between):
                if not subset_after(sentence, ahead):  # "81.6% on MMLU Pro (Medical)" is the part's
                    found.append((float(number), said, m.start()))
                continue
        claim = ANOTHER_TARGET_RE.match(after)
        if claim and not pattern.search(claim.group(0)) and not FROM_BEFORE_TARGET_RE.match(after):
            continue
        behind = [n for n in names if n.end() <= m.start()]
        labelled = bool(behind) and not re.search(r"[,;]|\band\b", sentence[behind[-1].end() : m.start()])
        if not labelled and elsewhere(after, pattern):
            continue  # "GenEval score of 0.64 in image generation" is labelled with the name: it is the benchmark's
        if behind:
            between = sentence[behind[-1].end() : m.start()]
            stated = LEVEL_CUE_RE.search(sentence[max(0, m.start() - 25) : m.start()])
            if (
                stated
                and len(between) <= 120
                and not OTHER_TARGET_RE.search(between)
                and not LISTED_TARGET_RE.search(between)
                and not subset_after(sentence, behind[-1])
            ):
                found.append((float(number), said, m.start()))
    return found


# After a figure that follows the benchmark's name: the task or measure it is stated for, in lower case ("76.7%
# success rate on real-world robot tasks", "93.6 on referring expression comprehension", "0.99 on single-object
# generation", "a 74.07% cross-modal task accuracy"); words of a setup ("on average", "on the test set", "in thinking
# mode") name no other target (general words of how results are reported).
TARGET_AFTER_RE = re.compile(
    r"^\s*%?(?:\s+[\w@.()-]+){0,6}?\s+(?:on|in|for)\s+(?:the\s+)?(?P<target>[a-z][\w-]*)(?:\s+[\w-]+){0,3}"
)
LABEL_AFTER_RE = re.compile(r"^\s*%?\s+(?P<label>(?:[\w@.+-]+\s+){0,3}?)(?:accuracy|accuracies|scores?|rates?)\b", re.I)
CLAUSE_WORDS = frozenset("and or but while whereas which that with than to from on in for of by at as".split())
SETUP_WORDS = frozenset(
    "average test testing validation val dev held-out evaluation thinking non-thinking zero-shot few-shot both all "
    "each every its their this these that it overall total mode standard official full public hidden".split()
)


def elsewhere(after: str, pattern: re.Pattern) -> bool:
    """The figure (after the benchmark's name) is stated for another task or as another measure, named in lower case
    after it; a measure word of the benchmark's own level ("average score", "pass@1 accuracy") is none."""
    at_k = re.match(r"\s*%?\s*(?i:pass|acc|recall|hit|top|best)@(\d+)", after)
    if at_k and at_k.group(1) != "1":
        return True  # "71.90% Acc@10", "59.78% pass@256": a best-of-k measure, not the level
    if target_after(after, pattern):
        return True
    label = LABEL_AFTER_RE.match(after)
    words = label["label"].lower().split() if label else []
    if CLAUSE_WORDS & set(words):
        return False  # the sentence went on to another clause ("20% and improves LiveCodeBench accuracy")
    # a kind of task's or an activity's measure ("74.07% cross-modal task accuracy", "exact match completion rate"),
    # not a protocol's ("79.8% linear probe accuracy", "robust accuracy")
    return any(w in ("task", "tasks") or ACTIVITY_RE.fullmatch(w) for w in words)


def target_after(after: str, pattern: re.Pattern) -> bool:
    """The figure's own phrase goes on to name another task it is stated for ("53% pass@1 on medium-difficulty
    problems", "76.7% success rate on real-world robot tasks")."""
    target = TARGET_AFTER_RE.match(after)
    if not target or target["target"] in SETUP_WORDS or pattern.search(target.group(0)):
        return False
    # within the figure's own phrase: "84.33% average reward while using … for only" went on to another clause
    phrase = re.sub(r"\s(?:on|in|for)\s+(?:the\s+)?$", " ", after[: target.start("target")])
    return not CLAUSE_WORDS & set(phrase.lower().split())


def split_sentences(text: str) -> list[str]:
    return [s.strip() for s in re.split(r"(?<=[.;!?])\s+(?=[A-Z(\"'iv]|\d)", text) if s.strip()]


# Where a benchmark's own paper reports models' levels on it, it calls it "the benchmark" or names it not at all
# ("with Gemini-Pro-2.5-Thinking achieving a score of 60.19%"); a sentence naming a set ("on the MDK12-Mini
# dataset") reports on that one
OWN_SET_RE = re.compile(r"\b(?:the|this|our)\s+(?:new\s+|proposed\s+)?(?:benchmark|dataset)\b(?![\s-]+[A-Z])", re.I)
OTHER_SET_RE = re.compile(r"\b(?:on|in|across)\s+(?:the\s+)?[A-Z][\w.-]*[A-Z0-9]")
PERCENT_RE = re.compile(r"(?<![\w.])\d+(?:\.\d+)?%")


def presented_name(paper: Paper, pattern: re.Pattern) -> str:
    """The benchmark's name where the paper presents it (its title opens with the name), else ""."""
    head = paper.title.split(":")[0].strip()
    return head if ":" in paper.title and pattern.fullmatch(head) else ""


def as_named(sentence: str, name: str, pattern: re.Pattern) -> str:
    """A sentence of the benchmark's own paper with the benchmark named where it states a level on it unnamed, so
    the figure readers take it as stated on the benchmark: "the benchmark" becomes its name, and in a sentence that
    names no set each percentage is read as "on <name>", unless its phrase names another task it is stated for."""
    if pattern.search(sentence):
        return sentence
    if OWN_SET_RE.search(sentence):
        return OWN_SET_RE.sub(name, sentence)
    if OTHER_SET_RE.search(sentence):
        return sentence
    return PERCENT_RE.sub(
        lambda m: m.group(0) if target_after(sentence[m.end() :], pattern) else f"{m.group(0)} on {name}", sentence
    )


def paper_figure(
    paper: Paper,
    pattern: re.Pattern,
    lower: bool,
    metric: str = "",
    shared: frozenset[str] = frozenset(),
    qualifier: Qualifier | None = None,
    measured: frozenset[str] | None = None,
) -> Figure | None:
    """The paper's best figure on the benchmark (highest, or lowest when lower is better), or None; a figure
    of the benchmark's own level before one stated as another activity, unless the benchmark's papers share
    that activity's word (`shared`: Spider's "execution accuracy"), or, for a label after the figure, write it as
    what the benchmark measures (`measured`, `shared_activities(…, measured=True)`); asked a qualifier, only a figure
    its text says of such a model (`qualified`)."""
    best: Figure | None = None
    name = presented_name(paper, pattern)
    for written in split_sentences(paper.summary):
        sentence = as_named(written, name, pattern) if name else written
        for value, said, other, start, after in stated_figures(sentence, pattern, metric):
            if qualifier and not qualified(paper, sentence, start, qualifier):
                continue
            own = not other or other.split()[0] in (measured if after and measured is not None else shared)
            figure = Figure(paper, value, said, written, "" if own else other, edition(sentence, pattern, start))
            if best is None or rank_key(figure, lower) < rank_key(best, lower):
                best = figure
    return best


# ---- a qualifier on the model: open-source, a size ---------------------------------------------------------


@dataclass(frozen=True)
class Qualifier:
    """What a question asks the model to be: "open-source" (size 0) or a size ("7B", 7e9 parameters)."""

    said: str
    size: float = 0.0


def qualifier_asked(question: str) -> Qualifier | None:
    """The qualifier of "the best open-source model on X" or "which 7B model is best on X", or None."""
    m = re.search(QUALIFIER, question, re.I)
    if not m:
        return None
    said = m.group(0)
    number = re.match(r"\d+(?:\.\d+)?", said)
    if number:
        return Qualifier(f"{number.group(0)}B", float(number.group(0)) * 1e9)
    return Qualifier("open-weight" if "weight" in said.lower() else "open-source")


OPEN_RE = re.compile(r"\bopen[- ]?(?:source[ds]?|weights?)\b", re.I)
# "open-source software evolution data", "open-source baselines": something else than the paper's model is open
OTHERS_OPEN_RE = re.compile(
    r"^[\s-]*(?:[\w-]+\s+)?(?:software|data|datasets?|code|codebases?|repositories|projects?|community|libraries"
    r"|tools|benchmarks?|baselines?|competitors|counterparts|efforts|research|ecosystem)\b",
    re.I,
)
# "among / for open-source models", "other open-source models": the paper's model is one of them
MEMBER_BEFORE_RE = re.compile(r"\b(?:among|for|of|other|an?|its|their|our|the)\s+(?:[\w-]+\s+){0,2}$", re.I)


def open_said(paper: Paper) -> bool:
    """The title or summary calls the paper's own model or framework open ("a 355B parameter open-source MoE model",
    "among open-source models", "other open-source models"), not only the models it is compared with ("outperforming
    strong open-source models like DeepSeek-V3.1") or its data ("open-source software evolution data")."""
    text = f"{paper.title}. {paper.summary}"  # a title says what the paper's own work is ("… Open-Source MoE Model")
    for m in OPEN_RE.finditer(text):
        before = re.split(r"[.;:]", text[max(0, m.start() - 60) : m.start()])[-1]
        if OTHERS_OPEN_RE.match(text[m.end() :]):
            continue
        if re.search(r"\bother\s+$", before, re.I):
            return True
        if comparing(before):
            continue
        if MEMBER_BEFORE_RE.search(before) or not before.strip() or re.search(r"[,(]\s*$", before):
            return True
    return False


SIZE_TOKEN_RE = re.compile(r"(?<![\w.])(\d+(?:\.\d+)?)\s*-?\s*(?:B\b|billion\b)", re.I)


def own_sizes(text: str) -> list[tuple[int, float]]:
    """(position, parameters) of the sizes a text gives to a model of its own, not a compared one ("outperforming
    larger models like DeepSeek-R1-Distill-Qwen-7B")."""
    out = []
    for m in SIZE_TOKEN_RE.finditer(text):
        if comparing(text[max(0, m.start() - 70) : m.start()]):
            continue
        out.append((m.start(), float(m.group(1)) * 1e9))
    return out


def qualified(paper: Paper, sentence: str, start: int, qualifier: Qualifier) -> bool:
    """Whether the text says the figure at `start` is of a model so qualified: open where the summary says the
    paper's model is (`open_said`); a size where the figure's clause attaches it, the nearest size before the figure
    ("a 7B model can obtain 94.0"), else the first after it ("95.0 … with a 32B model"), else, where the clause names
    no size, the one size the summary gives its models."""
    if not qualifier.size:
        return open_said(paper)
    left = sentence.rfind(";", 0, start) + 1
    right = sentence.find(";", start)
    clause = sentence[left : right if right >= 0 else len(sentence)]
    at = start - left
    sizes = own_sizes(clause)
    before = [v for pos, v in sizes if pos < at]
    after = [v for pos, v in sizes if pos > at]
    if before or after:
        return (before[-1] if before else after[0]) == qualifier.size
    return {v for _, v in own_sizes(paper.summary)} == {qualifier.size}


def rank_key(figure: Figure, lower: bool) -> tuple[bool, float]:
    """Figures of the benchmark's own level first, then by value (best first)."""
    return bool(figure.measure), figure.value if lower else -figure.value


def shared_activities(papers: Sequence[Paper], pattern: re.Pattern, measured: bool = False) -> frozenset[str]:
    """Activity words ('execution', 'grounding') that two or more papers write in a sentence naming the benchmark:
    the benchmark's own task, not another measure of one paper's. `measured`: only as what the benchmark measures,
    before a measure's noun ("execution accuracy") or right after its name ("ImageNet-1K classification"), so that a
    measure a few of its papers report ("file-level fault localization accuracy" on SWE-Bench-lite) is not one."""
    counts: Counter[str] = Counter()
    for paper in papers:
        words: set[str] = set()
        for sentence in split_sentences(f"{paper.title}. {paper.summary}"):
            if not pattern.search(sentence):
                continue
            if not measured:
                words.update(w for w in re.findall(r"[a-z][a-z-]*", sentence) if ACTIVITY_RE.fullmatch(w))
                continue
            words.update(w for w in MEASURED_RE.findall(sentence) if ACTIVITY_RE.fullmatch(w))
            words.update(
                w.group(1)
                for n in pattern.finditer(sentence)
                if (w := re.match(r"\s+([a-z][a-z-]*)", sentence[n.end() :])) and ACTIVITY_RE.fullmatch(w.group(1))
            )
        counts.update(words)
    return frozenset(w for w, c in counts.items() if c >= 2)


MEASURED_RE = re.compile(r"\b([a-z][a-z-]*)\s+(?:accuracy|accuracies|scores?|rates?|performance)\b")


def around(sentence: str, said: str, width: int = SENTENCE_CHARS) -> str:
    """The sentence, or where it runs long (a summary without sentence breaks) the part around the figure."""
    if len(sentence) <= width:
        return sentence
    at = max(sentence.find(said.split()[0]), 0)
    start = max(0, min(at - width // 2, len(sentence) - width))
    return (
        ("…" if start else "")
        + sentence[start : start + width].strip()
        + ("…" if start + width < len(sentence) else "")
    )


def names_benchmark(paper: Paper, pattern: re.Pattern) -> bool:
    return bool(pattern.search(paper.title) or pattern.search(paper.summary))


def figures_text(
    benchmark: str,
    metric: str,
    figures: Sequence[Figure],
    naming: int,
    lower: bool,
    scope: str,
    cite: Callable[[Paper], int],
    qualifier: Qualifier | None = None,
    stated: Sequence[Figure] = (),
) -> str:
    """The papers stating a figure on the benchmark, best first, each with its sentence and citation, and
    the caveat that their setups differ; none stating one is said as such, with how many name it. Asked a
    qualifier, `figures` are those its text says of such a model, out of the `stated` ones: how many pass is
    said, and the papers left out because their text does not say so are named."""
    if not naming:
        return f'No paper in the digests{scope} names "{benchmark}", so none reports a figure on it.'
    if qualifier:
        return qualified_text(benchmark, qualifier, figures, stated, naming, lower, scope, cite)
    if not figures:
        return (
            f"None of the {naming} paper{'s' if naming != 1 else ''} naming {benchmark}{scope} states a figure of its "
            f"own on it in its summary (a gain, or an average over several benchmarks, is not one), so the digests "
            "cannot say which is highest."
        )
    ordered = sorted(figures, key=lambda f: (*rank_key(f, lower), f.paper.id))
    top = ordered[0]
    word = "lowest" if lower else "highest"
    lines = [
        f"Of the {naming} paper{'s' if naming != 1 else ''} naming {benchmark}{scope}, {len(figures)} state a "
        f"figure on it in their summaries; the {word} is **{top.said}**{edition_note(top)}, in **{top.paper.title}** "
        f"[{cite(top.paper)}]. " + CAVEAT,
        "",
    ]
    lines += figure_lines(ordered, benchmark, lower, cite)
    return "\n".join(lines)


def figure_lines(ordered: Sequence[Figure], benchmark: str, lower: bool, cite: Callable[[Paper], int]) -> list[str]:
    """The figures as list items, best first, as far as `SHOWN_FIGURES`, and how many more."""
    top = ordered[0]
    # a figure of another measure above the lead is shown though the list is full: the reader sees why it is not first
    above = [f for f in ordered[SHOWN_FIGURES:] if f.measure and rank_key(f, lower)[1] < rank_key(top, lower)[1]]
    lines = []
    for f in [*ordered[:SHOWN_FIGURES], *above]:
        other = f" ({f.measure}: another measure than {benchmark}'s own)" if f.measure else edition_note(f)
        lines.append(figure_line(f, cite, other))
    if len(ordered) > SHOWN_FIGURES + len(above):
        rest = [f for f in ordered[SHOWN_FIGURES:] if f not in above]
        what = "with lower figures" if not any(f.measure for f in rest) else "with lower figures or other measures"
        lines.append(f"- … and {len(rest)} more papers {what}.")
    return lines


def edition_note(figure: Figure) -> str:
    """' (on WebArena-Lite)' for a figure stated on an edition of the benchmark asked, else ''."""
    return f" (on {figure.edition})" if figure.edition else ""


def qualified_text(
    benchmark: str,
    qualifier: Qualifier,
    figures: Sequence[Figure],
    stated: Sequence[Figure],
    naming: int,
    lower: bool,
    scope: str,
    cite: Callable[[Paper], int],
) -> str:
    """The figures said of a model so qualified, best first; how many of the stated figures pass, and the papers
    left out because their text does not say it of their model."""
    # "an open-source model", "an 8B model", "an 11B model", "a 7B model"
    vowel = qualifier.said.startswith(("open", "8")) or re.match(r"1[18](?![\d.])", qualifier.said)
    what = f"{'an' if vowel else 'a'} {qualifier.said} model"
    plural = "s" if naming != 1 else ""
    stating = f"{len(stated)} state a figure on it in their summaries"
    head = f"Of the {naming} paper{plural} naming {benchmark}{scope}, {stating}"
    kept = {f.paper.id for f in figures}
    left = sorted((f for f in stated if f.paper.id not in kept), key=lambda f: (*rank_key(f, lower), f.paper.id))
    if not figures:
        lines = [f"{head}; none of them says its figure is of {what}, so the digests cannot say which is best."]
    else:
        ordered = sorted(figures, key=lambda f: (*rank_key(f, lower), f.paper.id))
        top = ordered[0]
        word = "lowest" if lower else "highest"
        lines = [
            f"{head}; **{len(figures)}** of them {'says' if len(figures) == 1 else 'say'} it of {what}, the {word} "
            f"**{top.said}**{edition_note(top)}, "
            f"in **{top.paper.title}** [{cite(top.paper)}]. " + CAVEAT,
            "",
            *figure_lines(ordered, benchmark, lower, cite),
        ]
    if left:
        shown = "; ".join(f"{f.paper.title} [{cite(f.paper)}] ({f.said})" for f in left[:SHOWN_FIGURES])
        more = f"; and {len(left) - SHOWN_FIGURES} more" if len(left) > SHOWN_FIGURES else ""
        lines += ["", f"Not counted, their text not saying the model is {qualifier.said}: {shown}{more}."]
    return "\n".join(lines)


def figure_line(found: Figure | Size, cite: Callable[[Paper], int], note: str = "") -> str:
    """One paper's stated figure as a list item: the figure (and `note`), the paper, and the words around it."""
    paper = found.paper
    return (
        f"- **{found.said}**{note} — {paper.title} ({paper.date}) [{cite(paper)}]: {around(found.sentence, found.said)}"
    )


# ---- model sizes ---------------------------------------------------------------------------------------

SIZE_FIGURE_RE = re.compile(r"(?<![\w.$+~<>])(\d+(?:\.\d+)?)\s*-?\s*(B|T|M|(?i:billion|trillion|million))\b")
# what makes a figure a model's size: "parameters" after it (any unit); for billions and trillions also a
# model word after it ("a 72B model"), a name it ends ("Qwen2.5-VL-72B", never a version's "v0.1-1T" of
# tokens), a name it follows in parentheses ("Kimi-K2-Instruct (1T)") or one it precedes ("the 671B DeepSeek-R1")
PARAMETERS_AFTER_RE = re.compile(r"\s*-?\s*(?:(?:total|activated|active|dense)\s+)?param(?:eter)?s?\b", re.I)
MODEL_AFTER_RE = re.compile(
    r"\s*-?\s*(?:(?:dense|sparse|MoE)\s+)?(?:models?|LLMs?|VLMs?|variants?|versions?|reasoners?)\b"
)
NAME_BEFORE_RE = re.compile(r"(?<![\d.])[A-Za-z][\w.]*[A-Za-z\d]-$")
VERSION_BEFORE_RE = re.compile(r"\bv\d[\w.]*-$", re.I)
PAREN_AFTER_NAME_RE = re.compile(r"[A-Za-z][\w.-]*\d[\w.-]*\s*\($")
NAME_AFTER_RE = re.compile(r"\s+[A-Z][\w.]*[-\d][\w.-]*")
# a bound or a change, not a model: "under 1T parameters", "exceeding 100B", "+3.6M parameters"
BOUND_BEFORE_RE = re.compile(
    r"(?:\b(?:under|below|over|exceed\w*|beyond|above|than|up\s+to|at\s+(?:least|most)|sub)|[<>~+])[\s-]*$", re.I
)
# words of a size question that name no topic ("the largest single model ever")
SIZE_FRAME_WORDS = frozenset("ever known current currently single one new existing actual overall ai".split())


@dataclass(frozen=True)
class Size:
    """One paper's largest (or smallest) stated model size and the sentence stating it."""

    paper: Paper
    value: float  # parameters
    said: str  # as written ("1T", "456 billion parameters")
    sentence: str


def size_asked(question: str) -> tuple[bool, list[str]]:
    """(smallest asked, the topic's words and the model noun's kind) of a superlative over model sizes:
    'the largest open-source vision-language model' → (False, ['open-source', 'vision-language'])."""
    m = SIZE_ASKED_RE.search(question)
    if not m or not m.group("which"):
        return bool(re.search(r"\bfewest\b", question, re.I)), []
    words = [w for w in m.group("topic").split() if w.lower() not in SIZE_FRAME_WORDS]
    noun = m.group("noun").lower().rstrip("s")
    kind = {"llm": "language model", "slm": "language model", "vlm": "vision-language", "mllm": "multimodal"}
    return m.group("which").lower() in ("smallest", "tiniest"), [*words, *([kind[noun]] if noun in kind else [])]


def names_all(paper: Paper, words: Sequence[str]) -> bool:
    """The paper's title or summary names every topic word (hyphen or space between its parts alike); a
    model noun's kind also by its acronym ('language model' or 'LLM')."""
    return writes_all(f"{paper.title}\n{paper.summary}", words)


def writes_all(text: str, words: Sequence[str]) -> bool:
    """`names_all` over one text."""
    acronym = {"language model": "LLMs?|SLMs?", "vision-language": "VLMs?|LVLMs?", "multimodal": "MLLMs?"}
    for word in words:
        found = name_pattern(word).search(text) or name_pattern(word + "s").search(text)
        if not found and word in acronym and not re.search(rf"\b(?:{acronym[word]})\b", text):
            return False
        if not found and word not in acronym:
            return False
    return True


def stated_sizes(sentence: str) -> list[tuple[float, str]]:
    """The model sizes a sentence states, as (parameters, as written)."""
    out = []
    for m in SIZE_FIGURE_RE.finditer(sentence):
        unit = m.group(2)
        before, after = sentence[max(0, m.start() - 40) : m.start()], sentence[m.end() : m.end() + 40]
        if BOUND_BEFORE_RE.search(before):
            continue
        parameters = PARAMETERS_AFTER_RE.match(after)
        large = unit.lower() not in ("m", "million")
        named = NAME_BEFORE_RE.search(before) and not VERSION_BEFORE_RE.search(before) and unit == "B"
        enclosed = PAREN_AFTER_NAME_RE.search(before) and re.match(r"\s*[),]", after)
        if parameters or (large and (MODEL_AFTER_RE.match(after) or named or enclosed or NAME_AFTER_RE.match(after))):
            said = m.group(0) + (after[: parameters.end()] if parameters else "")
            out.append((float(m.group(1)) * SIZE_UNITS[unit.lower()], said))
    return out


def paper_size(paper: Paper, smallest: bool) -> Size | None:
    """The largest (or smallest) model size the paper's summary states, or None."""
    sizes = [
        Size(paper, value, said, sentence)
        for sentence in split_sentences(paper.summary)
        for value, said in stated_sizes(sentence)
    ]
    return min(sizes, key=lambda s: s.value if smallest else -s.value, default=None)


def sizes_text(
    sizes: Sequence[Size], naming: int, smallest: bool, topic: str, scope: str, cite: Callable[[Paper], int]
) -> str:
    """The papers stating a model size, largest (or smallest) first, each with its sentence; said to be the
    sizes the digests state, not a ranking of every model."""
    what = topic if topic.endswith("model") else f"{topic} model".strip()
    if not sizes:
        return (
            f"None of the {naming} papers{scope} on {topic} states a model's parameter count in its summary, so the "
            "digests cannot say which is " + ("smallest." if smallest else "largest.")
            if topic
            else f"No paper{scope} states a model's parameter count in its summary."
        )
    ordered = sorted(sizes, key=lambda s: (s.value if smallest else -s.value, s.paper.id))
    top = ordered[0]
    word = "smallest" if smallest else "largest"
    lines = [
        f"The {word} {what} size the digests state{scope} is **{top.said}**, in **{top.paper.title}** "
        f"[{cite(top.paper)}]. This is the {word} parameter count the summaries state ({len(sizes)} "
        f"paper{'s' if len(sizes) != 1 else ''} state one), not a ranking of every model released; a paper may "
        "name another's model, and a summary may leave its own size out.",
        "",
    ]
    for s in ordered[:SHOWN_FIGURES]:
        lines.append(figure_line(s, cite))
    if len(ordered) > SHOWN_FIGURES:
        lines.append(
            f"- … and {len(ordered) - SHOWN_FIGURES} more papers with {'larger' if smallest else 'smaller'} figures."
        )
    return "\n".join(lines)


# ---- categories, and what the metadata lacks ----------------------------------------------------------


def categories_text(rows: Sequence[Ranked], total: int, scope: str, cite: Callable[[Paper], int]) -> str:
    """Categories by paper count; the digests give one to few papers, and the answer says how few."""
    with_any = len({p.id for r in rows for p in r.papers})
    if not rows:
        return f"None of the {total:,} papers{scope} carries a category in the digests, so none can be counted."
    lines = [
        f"Only {with_any:,} of the {total:,} papers{scope} carry a category in the digests; among them "
        f"**{rows[0].name}** has the most ({len(rows[0].papers)}).",
        "",
    ]
    for r in rows:
        shown = "; ".join(f"{p.title} [{cite(p)}]" for p in r.papers[-2:][::-1])
        lines.append(f"- **{r.name}** — {len(r.papers)}: {shown}")
    return "\n".join(lines)


NO_AFFILIATIONS = (
    "The digests do not record the authors' affiliations, so they cannot tell which lab, university or company "
    "publishes the most; they list each paper's authors (names or Hugging Face handles), and \"who wrote the most "
    'papers?" counts those.'
)


def most_authors_text(total: int, listed_five: int) -> str:
    return (
        f"The digests list at most five authors a paper ({listed_five:,} of the {total:,} papers list five), so "
        "they cannot tell which paper has the most authors."
    )


# "which day had the most papers?", "what was the busiest week?", "which month had the fewest papers?": the
# digests' own periods ranked by their papers
PERIOD_ASKED_RE = re.compile(
    r"\b(?:busiest|quietest)\s+(?:digest\s+)?(?P<a>day|date|week|month)\b"
    r"|\b(?:which|what)\s+(?:digest\s+)?(?P<b>day|date|week|month)s?\b[^?]*\b(?:most|fewest|least|highest|lowest"
    r"|largest|smallest|busiest|quietest|peak)\b"
    r"|\b(?:most|fewest)\s+papers\b[^?]*\b(?:which|what)\s+(?:digest\s+)?(?P<c>day|date|week|month)\b",
    re.I,
)
FEWEST_RE = re.compile(r"\b(?:fewest|least|lowest|smallest|quietest)\b", re.I)
PERIODS_SHOWN = 3


def period_asked(question: str) -> tuple[str, bool]:
    """("day" | "week" | "month", whether the fewest are asked) for a question ranking the digests' periods;
    ("", False) for any other."""
    m = PERIOD_ASKED_RE.search(question)
    if not m:
        return "", False
    unit = (m["a"] or m["b"] or m["c"]).lower()
    return ("day" if unit == "date" else unit), bool(FEWEST_RE.search(question))


def period_counts(papers: Sequence[Paper], unit: str, since: str = "", until: str = "") -> dict[str, int]:
    """Papers per digest day ("2025-09-30") or per ISO week ("2025-W22"), each paper counted once in every
    period whose digests carry it, within since–until."""
    counts: Counter[str] = Counter()
    for p in papers:
        days = [d for d in p.dates if (since or d) <= d <= (until or d)]
        keys = set(days) if unit == "day" else {iso_week(d) for d in days}
        counts.update(keys)
    return dict(counts)


def periods_text(unit: str, counts: dict[str, int], fewest: bool) -> str:
    """The busiest (or quietest) period and the next ones, ties broken by the earlier period."""
    order = sorted(counts.items(), key=lambda kc: (kc[1] if fewest else -kc[1], kc[0]))
    if not order:
        return ""
    n = order[0][1]
    tied = [k for k, c in order if c == n]
    rest = order[len(tied) : len(tied) + PERIODS_SHOWN - 1]
    what = {"day": "digest day", "week": "week", "month": "month"}[unit]
    said = " and ".join(f"{k} (the week of {monday(k)})" if unit == "week" else k for k in tied)
    were = f"{what}s were" if len(tied) > 1 else f"{what} was"
    each = " each" if len(tied) > 1 else ""
    head = f"The {'quietest' if fewest else 'busiest'} {were} {said}, with {n} paper{'s' if n != 1 else ''}{each}"
    then = "; then " + ", ".join(f"{k} ({c})" for k, c in rest) if rest else ""
    counted = {"day": "", "week": "", "month": " (by the month each paper first appeared)"}[unit]
    return f"{head}{then}{counted}."


# ---- conditions on figures: a threshold, two benchmarks --------------------------------------------------


@dataclass(frozen=True)
class Threshold:
    """A bound asked on the figures stated on a benchmark ("above 90% on LIBERO")."""

    benchmark: str
    metric: str
    value: float
    above: bool
    said: str  # as written ("above 90%")


def threshold_asked(question: str) -> Threshold | None:
    """The bound a question sets on a benchmark's figures, or None."""
    m = THRESHOLD_RE.search(question)
    if not m:
        return None
    above = re.fullmatch(ABOVE_WORDS, m["side"].lower()) is not None
    said = f"{m['side']} {m['value']}{'%' if '%' in (m['unit'] or '') or 'percent' in (m['unit'] or '') else ''}"
    metric = " ".join(w for w in (m["metric"] or "").split() if w.lower() not in ("the", "a", "an", "of"))
    return Threshold(m["bench"].strip(" '\"`"), metric, float(m["value"]), above, said)


def passes(figure: Figure, bound: Threshold) -> bool:
    """A figure of the benchmark's own level on the asked side of the bound (a bound equal to it passes "at
    least", and passes "above" as the question's own rounding does not say more)."""
    if figure.measure:
        return False
    return figure.value >= bound.value if bound.above else figure.value <= bound.value


def threshold_text(
    bound: Threshold, figures: Sequence[Figure], naming: int, lower: bool, scope: str, cite: Callable[[Paper], int]
) -> str:
    """The papers whose stated figure on the benchmark passes the bound, best first (lowest where `lower`), each
    with its sentence; the figures the other papers state are counted, and the setups said to differ."""
    bench = bound.benchmark
    if not naming:
        return f'No paper in the digests{scope} names "{bench}", so none reports a figure on it.'
    kept = sorted((f for f in figures if passes(f, bound)), key=lambda f: (*rank_key(f, lower), f.paper.id))
    plural = "s" if naming != 1 else ""
    stated = f"{len(figures)} of the {naming} paper{plural} naming {bench}{scope} state a figure on it"
    if not figures:
        return (
            f"None of the {naming} paper{'s' if naming != 1 else ''} naming {bench}{scope} states a figure of its own "
            "on it in its summary, so the digests cannot say which report " + f"{bound.said}."
        )
    if not kept:
        top = max(figures, key=lambda f: f.value if bound.above else -f.value)
        side = "highest" if bound.above else "lowest"
        return (
            f"{stated}; none of them reports one {bound.said}: the {side} is **{top.said}**, "
            f"in **{top.paper.title}** [{cite(top.paper)}]. " + CAVEAT
        )
    lines = [
        f"{stated}; **{len(kept)}** report {bound.said} on it in their summaries. " + CAVEAT,
        "",
    ]
    for f in kept:
        lines.append(figure_line(f, cite))
    return "\n".join(lines)


def both_asked(question: str) -> tuple[str, str]:
    """The two benchmarks of "… on both X and Y", or ("", "")."""
    m = BOTH_RE.search(question)
    return (m["a"].strip(), m["b"].strip()) if m else ("", "")


def naming_sentence(paper: Paper, patterns: Sequence[re.Pattern]) -> str:
    """The summary's sentence naming the most of the benchmarks (the first such), or its title."""
    ranked_sentences = sorted(split_sentences(paper.summary), key=lambda s: -sum(bool(p.search(s)) for p in patterns))
    best = ranked_sentences[0] if ranked_sentences else ""
    return best if best and any(p.search(best) for p in patterns) else paper.title


def both_text(
    names: tuple[str, str], papers: Sequence[Paper], counts: tuple[int, int], scope: str, cite: Callable[[Paper], int]
) -> str:
    """The papers whose title or summary names both benchmarks, newest first, each with the sentence naming
    them; naming one is not reporting a figure on it, and the answer says so."""
    a, b = names
    patterns = [family_pattern(a), family_pattern(b)]
    if not papers:
        return f"No paper in the digests{scope} names both {a} ({counts[0]} name it) and {b} ({counts[1]} name it)."
    lines = [
        f"**{len(papers)}** paper{'s' if len(papers) != 1 else ''} in the digests{scope} name both {a} and {b} "
        f"({counts[0]} name {a}, {counts[1]} name {b}); a summary naming a benchmark may report a gain or a "
        "figure on it, or only list it:",
        "",
    ]
    for p in sorted(papers, key=lambda p: (p.date, p.id), reverse=True):
        lines.append(f"- {p.title} ({p.date}) [{cite(p)}]: {around(naming_sentence(p, patterns), a)}")
    return "\n".join(lines)


# ---- x-fold speedups among a topic's papers -------------------------------------------------------------

TIMES_RE = re.compile(r"(?<![\w.])(\d+(?:\.\d+)?)\s*(?:[x×]|-?fold|\s+times)(?!\w|\s*\d)", re.I)
# What makes an x-fold figure a speedup: a word of speed, time or throughput after it ("2.61x speedup", "32x
# faster", "8.5x reduction in inference time") or before it ("a speedup of up to 2.33x", "reducing TTFT by 42x"),
# not fewer FLOPs, parameters or data ("4.4× fewer FLOPs", "200 times larger")
SPEED_WORDS = r"speed-?ups?|faster|acceleration|throughput|wall-?clock|latency|ttft|inference\s+time|time"
SPEED_AFTER_RE = re.compile(
    rf"^\s*(?:[\w-]+\s+){{0,2}}?(?:speed-?ups?|faster|acceleration|throughput|lower\s+latency"
    rf"|(?:reduction|decrease|improvement)\s+in\s+(?:[\w-]+\s+){{0,2}}?(?:{SPEED_WORDS}))\b",
    re.I,
)
SPEED_BEFORE_RE = re.compile(
    rf"(?:speed-?ups?|accelerat\w*|speeds?\s+up|faster|reduc\w*\s+(?:[\w-]+\s+){{0,2}}?(?:{SPEED_WORDS}))\b[^;]{{0,30}}?"
    r"(?:\b(?:by|of)\s+)?(?:(?:up\s+to|over|about|around|nearly|approximately|more\s+than|~)\s*)?(?:\d+\s*[-–]\s*)?$",
    re.I,
)
TOPIC_TAIL_RE = re.compile(r"\s+(?:papers?|methods?|models?|approaches|techniques|works?|systems?)$", re.I)


def speedup_topic(question: str) -> str:
    """The topic of "the highest speedup reported for <topic>", without "the" or a generic head ("methods")."""
    m = SPEEDUP_ASKED_RE.search(question)
    if not m:
        return ""
    topic = re.sub(r"^(?:the|a|an)\s+", "", m["topic"].strip(), flags=re.I)
    return TOPIC_TAIL_RE.sub("", topic).strip()


def stated_speedups(sentence: str) -> list[tuple[float, str]]:
    """The x-fold speedups a sentence states, as (fold, as written)."""
    out = []
    for m in TIMES_RE.finditer(sentence):
        before, after = sentence[max(0, m.start() - 60) : m.start()], sentence[m.end() : m.end() + 60]
        if SPEED_AFTER_RE.match(after) or SPEED_BEFORE_RE.search(before):
            out.append((float(m.group(1)), m.group(0)))
    return out


def paper_speedup(paper: Paper, topic: str = "") -> Figure | None:
    """The largest x-fold speedup the paper's summary states, with its sentence, or None; given a topic, only a
    speedup of it (`about_topic`)."""
    found = [
        Figure(paper, value, said, sentence)
        for sentence in split_sentences(paper.summary)
        for value, said in stated_speedups(sentence)
        if not topic or about_topic(paper, sentence, topic)
    ]
    return max(found, key=lambda f: f.value, default=None)


def about_topic(paper: Paper, sentence: str, topic: str) -> bool:
    """A speedup's sentence is the topic's where it names the topic, or where the paper is about it: its title or
    the summary's opening sentences (what the paper is, its objective: TensorBLEU's "for Reinforcement Learning (RL)
    fine-tuning") name it. Hyper-Bagel, which uses speculative decoding for one part and distillation for the 16.67x
    text-to-image speedup, names it only in its method sentence: a part of the paper, not what it is about."""
    opening = split_sentences(paper.summary)[:2]
    words = topic.split()
    # a topic of several words also by its initials in capitals ("RL" for reinforcement learning)
    initials = re.compile(rf"\b{''.join(w[0] for w in words).upper()}s?\b") if len(words) > 1 else None
    return any(
        writes_all(text, [topic]) or (initials is not None and initials.search(text))
        for text in [sentence, paper.title, *opening]
    )


def speedups_text(
    topic: str,
    figures: Sequence[Figure],
    naming: int,
    scope: str,
    cite: Callable[[Paper], int],
    elsewhere: Sequence[Figure] = (),
) -> str:
    """The papers on the topic stating an x-fold speedup, largest first, each with its sentence; said to be
    speedups over each paper's own baseline and hardware, not strictly comparable; the papers whose speedups are
    of something else (`elsewhere`) named as not counted."""
    if not naming:
        return f'No paper in the digests{scope} names "{topic}", so none reports a speedup for it.'
    if not figures:
        return (
            f"None of the {naming} paper{'s' if naming != 1 else ''} on {topic}{scope} states an x-fold speedup in its "
            "summary, so the digests cannot say which is highest."
        )
    ordered = sorted(figures, key=lambda f: (-f.value, f.paper.id))
    top = ordered[0]
    lines = [
        f"Of the {naming} paper{'s' if naming != 1 else ''} on {topic}{scope}, {len(figures)} state an x-fold speedup "
        f"in their summaries; the highest is **{top.said}**, in **{top.paper.title}** [{cite(top.paper)}]. Each is "
        "measured against the paper's own baseline, hardware and task, so the speedups are not strictly comparable.",
        "",
    ]
    for f in ordered[:SHOWN_FIGURES]:
        lines.append(figure_line(f, cite))
    if len(ordered) > SHOWN_FIGURES:
        lines.append(f"- … and {len(ordered) - SHOWN_FIGURES} more papers with smaller speedups.")
    if elsewhere:
        shown = "; ".join(f"{f.paper.title} [{cite(f.paper)}] ({f.said})" for f in elsewhere[:SHOWN_FIGURES])
        more = f"; and {len(elsewhere) - SHOWN_FIGURES} more" if len(elsewhere) > SHOWN_FIGURES else ""
        lines += [
            "",
            f"Not counted, their speedup being said of something else than {topic} (the sentence, the title and the "
            f"summary's opening do not name it): {shown}{more}.",
        ]
    return "\n".join(lines)

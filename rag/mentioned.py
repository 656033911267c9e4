"""Figures asked of a named model: its parameter count, or its score on a named benchmark.

A sentence answers only where the figure is attached to the model's name: a size beside it ("DeepSeek-V3
(671B)", "the 671B DeepSeek-V3"), or a level on the benchmark said of it in the same clause ("Gemini 2.5
Pro achieved 44.9% accuracy on WebChoreArena"). A sentence naming the model with some other figure ("… less
than 5% of its parameters", "exceeding GPT-4o by 7.5%" on another benchmark) does not answer, so where no
summary attaches the figure the digests do not state it (probe3 defect 5).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from rag import aggregate
from rag.papers import Paper

# "how many parameters does X have", "what does X score on B", "what accuracy does X get on B"
ASKED_OF_RE = re.compile(
    r"\b(?:does|did|do)\s+(?:the\s+)?(?P<model>[^\s,?]+(?:\s+[^\s,?]+){0,2}?)\s+(?:model\s+)?"
    r"(?:have|has|had|contain|score|scored|get|gets|got|reach|reached|achieve|achieved|attain|obtain)\b"
    r"|\bhow\s+(?:big|large)\s+(?:is|was)\s+(?:the\s+)?(?P<sized>[^\s,?]+(?:\s+[^\s,?]+){0,2}?)(?:\s+model)?\s*(?:[?,]|$)"
    r"|\bwhat\s+size\s+is\s+(?:the\s+)?(?P<size>[^\s,?]+(?:\s+[^\s,?]+){0,2}?)(?:\s+model)?\s*(?:[?,]|$)",
    re.I,
)
# "what is the parameter count of X", "what is the size of X": the size asked as a noun; a bare "size" may be a
# dataset's or a benchmark's, so it is answered only where a summary or the name attaches a size to the model
SIZE_OF_RE = re.compile(
    r"\bwhat(?:'s|\s+is|\s+was)\s+the\s+(?P<noun>(?:model\s+)?size|parameter\s+(?:count|size)|number\s+of\s+parameters)"
    r"\s+of\s+(?:the\s+)?(?P<model>[^\s,?]+(?:\s+[^\s,?]+){0,2}?)(?:\s+model)?\s*(?:[?,]|$)",
    re.I,
)
# A size the model's name states ("Qwen3-235B-A22B", "Llama-3.1-8B-Instruct", "Qwen2.5-Math-1.5B"), with the active
# parameters of a mixture of experts after it ("-A22B"): a name part of its own, a number and B or M
NAMED_SIZE_RE = re.compile(r"(?<=[-_\s])(\d+(?:\.\d+)?[BbMm])(?:-A(\d+(?:\.\d+)?[BbMm]))?(?=$|[-_\s])")
# A versioned model's name: letters, then a version with a digit joined by a dot or hyphen ("GPT-4.1", "Qwen2.5-VL",
# "FLUX.1-dev"), or a letter run glued to a dotted version ("Qwen2.5")
VERSIONED_RE = re.compile(r"[A-Za-z][A-Za-z]+(?:[-.]?[A-Za-z]*\d+(?:\.\d+)*[A-Za-z]*)(?:[-.][A-Za-z0-9]+)*")
# The tuned editions of one set of weights ("Kimi-K2-Instruct (1T)" is Kimi K2's size): general knowledge of how
# model makers name a chat- or instruction-tuned release of the same model
TUNED = r"(?:-(?:Instruct|Base|Chat))?"
# A size after the name ("Qwen2.5-Math-7B"), taken as the model's where no summary writes the name alone
SIZED = rf"(?:[\s-]\d+(?:\.\d+)?[BM])?{TUNED}"
# The benchmark a score is asked on, ending the question: "… on MathVista?", "… on the VQAv2 benchmark?"
BENCH_ASKED_RE = re.compile(
    r"\bon\s+(?:the\s+)?(?P<bench>[A-Za-z0-9][\w.+'-]*(?:\s+[A-Z0-9][\w.+'-]*){0,2}?)(?:\s+benchmark)?\s*[?.]?\s*$"
)
# A benchmark's or system's name rather than a plain word: a digit, a hyphen or two capitals.
NAMED_RE = re.compile(r"\d|-|[A-Z].*[A-Z]")
# A size as summaries write it: "671B", "1T", "281K", "13 billion", "7-billion".
SIZE = r"(?<![\w.])\d+(?:\.\d+)?(?:\s?(?-i:[KBMT])\b|[\s-]?(?:billion|million|trillion)\b)"
# The size right before the name ("the 671B Deepseek-V3", "a 7-billion-parameter Llama"), or right after it
# ("DeepSeek-V3 (671B)", "DeepSeek-V3 671B model", "X, a 13B model", "X has 111B parameters").
SIZE_BEFORE_RE = re.compile(rf"{SIZE}(?:[\s-]*param\w*)?[\s-]*$", re.I)
SIZE_AFTER_RE = re.compile(
    rf"^(?:\s*\(|\s*,?\s+(?:which\s+)?(?:is\s+|has\s+|with\s+)?(?:an?\s+|the\s+)?(?:only\s+)?){SIZE}", re.I
)
SCORE_GAP_WORDS = 12  # words between the model's name and its figure beyond which the figure is said of another


@dataclass(frozen=True)
class Asked:
    """A figure asked of a model: `bench` "" for its parameter count."""

    model: str
    bench: str = ""
    loose: bool = False  # asked as "the size of X": answered only where a size is attached to the model

    @property
    def what(self) -> str:
        return f"a score of {self.model} on {self.bench}" if self.bench else f"the parameter count of {self.model}"


@dataclass(frozen=True)
class Mention:
    """What the summaries say of an asked figure: the papers attaching it to the model, each with its sentence,
    the model's name pattern, and how many papers name the model at all."""

    ask: Asked
    pattern: re.Pattern
    found: list[tuple[Paper, str]]
    naming: int
    elsewhere: list[tuple[Paper, str]] = field(default_factory=list)  # the model's figure on another edition
    by_name: tuple[str, str] = ("", "")  # the size the name states, and its active parameters, if any
    sized: bool = False  # no summary writes the name alone, only with a size after it ("Qwen2.5-Math-7B")

    @property
    def papers(self) -> list[Paper]:
        return [p for p, _ in [*self.found, *self.elsewhere]]


def asked(question: str, kind: str) -> Asked | None:
    """The model (a name: mixed case, digits or a hyphen) and benchmark a figure question asks about, with
    `kind` the figure's kind as `shapes.asked_kind` reads it ("parameters"); None for other questions."""
    m = ASKED_OF_RE.search(question)
    of = SIZE_OF_RE.search(question)
    if of and (not m or of.start() < m.start()):
        m, kind = of, "parameters"
    if not m:
        return None
    groups = m.groupdict()
    words = (groups.get("model") or groups.get("sized") or groups.get("size") or "").strip(" ?,'\"").split()
    while words and not re.search(r"[A-Z0-9]", words[-1]):
        words.pop()  # a name ends at its last word with a capital or digit: "the Prithvi WxC weather model"
    model = " ".join(words)
    if not model or not re.search(r"[A-Z0-9]", model) or not NAMED_RE.search(model):
        return None
    if kind == "parameters":
        return Asked(model, loose=m is of and of.group("noun").lower() == "size")
    b = BENCH_ASKED_RE.search(question[m.end() :])
    if m is not of and m.group("model") and b and NAMED_RE.search(b.group("bench")):
        return Asked(model, b.group("bench").strip(" '\""))
    return None


def named_size(model: str) -> tuple[str, str]:
    """The size a model's name states and its active parameters ("Qwen3-235B-A22B": "235B", "22B"), else ("", "")."""
    m = NAMED_SIZE_RE.search(model)
    if not m:
        return "", ""
    return m.group(1).upper(), (m.group(2) or "").upper()


def model_pattern(model: str, variant: str = "") -> re.Pattern:
    """The model's name as summaries write it: parts joined by a space, a hyphen, a caret or nothing ("GPT-4o",
    "GPT4o", "D^2iT"); a dated snapshot ("DeepSeek-V3-0324") is the same model, another version or variant
    ("DeepSeek-V3.1", "Qwen2.5-7B", "ChatGPT-4o") is not; `variant` (`TUNED`, `SIZED`) admits the editions after
    the name that are taken as the same model. A dot may join a name to its version ("FLUX.1", "Kimi k1.5")."""
    parts = re.findall(r"[A-Za-z]+|\d+(?:\.\d+)*", model)
    joins = [
        r"[\s_^'’.-]{0,2}" if a[-1].isalpha() and b[0].isdigit() else r"[\s_^'’-]{0,2}"
        for a, b in itertools.pairwise(parts)
    ]
    body = "".join(re.escape(p) + j for p, j in zip(parts, [*joins, ""]))
    return re.compile(rf"(?<![\w.-]){body}{variant}(?:-\d{{4}})?(?![\w+]|[.-]\w)", re.I)


def own_paper(paper: Paper, pattern: re.Pattern) -> bool:
    """The paper presents the model: its title opens with the name ("DeepSeek-R1: Incentivizing …", "Command A:
    An Enterprise-Ready …", "The Alignment Waltz: …"); "Insights into DeepSeek-V3: …" studies the model, its
    summary need not state its size."""
    return bool(pattern.match(title_head(paper)))


def title_head(paper: Paper) -> str:
    """A title's name part, before the colon, without a leading article."""
    return re.sub(r"^(?:the|an?)\s+", "", paper.title.split(":")[0].strip(), flags=re.I)


def size_attached(sentence: str, pattern: re.Pattern) -> bool:
    """A size stands right beside the model's name in the sentence."""
    return any(
        SIZE_BEFORE_RE.search(sentence[: m.start()]) or SIZE_AFTER_RE.match(sentence[m.end() :])
        for m in pattern.finditer(sentence)
    )


def score_attached(sentence: str, pattern: re.Pattern, bench: re.Pattern, own: bool = False) -> bool:
    """A level on the benchmark (`aggregate.figures_at`: no gain, margin or other benchmark's figure) said of
    the model: its name at most `SCORE_GAP_WORDS` words before the figure, in the same clause; in the model's
    own paper any such level is its."""
    sentence = same_named(sentence, bench)
    # the model's name is no label of another measure ("LLaVA-v1.5 achieved an accuracy of 80.9 on the VQAv2")
    # a compared model's figure is the one asked here ("outperforming GPT-4o (63.8%)")
    found = aggregate.figures_at(pattern.sub(lambda m: "x" * len(m.group(0)), sentence), bench, compared_too=True)
    if own:
        return bool(found)
    names = list(pattern.finditer(sentence))
    for *_, start in found:
        for m in names:
            between = sentence[m.end() : start]
            if m.end() <= start and len(between.split()) <= SCORE_GAP_WORDS and ";" not in between:
                return True
    return False


# What a sentence calls a benchmark it has just named: "… on ScreenSpot-v2, and X improves it to 85.14% on the same
# benchmark"
SAME_BENCH_RE = re.compile(r"\bthe\s+same\s+(?:benchmark|dataset|test\s+set|task|evaluation)\b", re.I)


def same_named(sentence: str, bench: re.Pattern) -> str:
    """The sentence with "the same benchmark" after the benchmark's name written as that name, so a level said
    on it is read as one on the benchmark."""
    named = bench.search(sentence)
    if not named:
        return sentence
    head, tail = sentence[: named.end()], sentence[named.end() :]
    return head + SAME_BENCH_RE.sub(lambda _: named.group(0), tail)


def level_after(sentence: str, pattern: re.Pattern) -> bool:
    """A level (a share or a decimal, not a gain, a count or a comparison) follows the model's name in the same
    clause: in the benchmark's own paper ("Gemini-2.5 Pro achieves 42.45% accuracy"), a level on it."""
    for m in pattern.finditer(sentence):
        for f in aggregate.NUMBER_RE.finditer(sentence, m.end()):
            between = sentence[m.end() : f.start()]
            if len(between.split()) > SCORE_GAP_WORDS or ";" in between:
                break
            if not f.group(2) and "." not in f.group(1):
                continue
            before = sentence[max(0, f.start() - 40) : f.start()]
            if not aggregate.NOT_LEVEL_AFTER.match(sentence[f.end() :]) and not aggregate.NOT_LEVEL_BEFORE.search(
                before
            ):
                return True
    return False


def attached_sentence(
    paper: Paper,
    ask: Asked,
    sentences: Sequence[str],
    bench: re.Pattern | None = None,
    model: re.Pattern | None = None,
    presents: bool = False,
) -> str:
    """The paper's first sentence that attaches the asked figure to the model, or ""; in the benchmark's own
    paper (its title opens with the name) a level said of the model is on it, named or not. `bench`: the
    benchmark as matched, if not as asked; `model`: the model as matched, if not as asked; `presents`: the
    paper presents the model though its title does not open with the name ("The paper introduces HUMANUP …"),
    so a level on the benchmark is the model's though said of "the learned policy"."""
    pattern = model or model_pattern(ask.model)
    own = presents or own_paper(paper, pattern)
    bench = bench or (aggregate.name_pattern(ask.bench) if ask.bench else None)
    bench_own = bench is not None and bool(bench.match(title_head(paper)))
    for s in sentences:
        if bench is None and size_attached(s, pattern):
            return s
        if bench is not None and (score_attached(s, pattern, bench, own) or (bench_own and level_after(s, pattern))):
            return s
    return ""


def other_editions(bench: str) -> re.Pattern:
    """The asked benchmark in any edition: its name without a year or an edition word ("AIME 2025" → AIME of any
    year, "MMLU-Pro" → MMLU), a subset or edition of it counted as it (`aggregate.family_pattern`)."""
    edition = rf"(?<=[A-Za-z])[\s'’-]*(?:20\d\d|\d\d)|[\s-](?:{aggregate.EDITIONS})|\+"
    base = re.sub(rf"(?:{edition})$", "", bench.strip(), flags=re.I)
    return aggregate.family_pattern(base or bench)


def writes_any_word(bench: str, text: str) -> bool:
    """Whether the text writes a word of the benchmark's name ("the Long subset of the VideoMME benchmark" for
    "VideoMME Long"): it may state the score in words of its own, so it is not said to be unstated."""
    return any(re.search(rf"\b{re.escape(w)}\b", text, re.I) for w in re.findall(r"[A-Za-z]{3,}", bench))


def elsewhere_text(ask: Asked, numbered: Sequence[tuple[int, Paper, str]]) -> str:
    """The model's own summary gives a figure on another edition of the benchmark only: said so before the
    sentence, so that edition's figure does not pass for the asked one's (AIME'24 for "AIME 2025")."""
    head = f"The digests do not state {ask.what}; the model's own summary gives a figure on another edition:"
    return "\n".join([head, *(f"**{p.title}** [{n}]: {said}" for n, p, said in numbered)])


def by_name_text(ask: Asked, size: str, active: str, numbered: Sequence[tuple[int, Paper, str]]) -> str:
    """The size a model's name states, said as the name's, with the sentences that write the name."""
    also = f" ({active} active)" if active else ""
    head = f"{ask.model} has {size} parameters{also}, as its name states; the digests write it so:"
    return "\n".join([head, *(f"**{p.title}** [{n}]: {said}" for n, p, said in numbered)])


def sized_head(ask: Asked) -> str:
    """The line before figures of the model's sized editions, so that none passes for the name's own."""
    return f"No summary writes {ask.model} without a size; the figures on {ask.bench} given for a sized {ask.model}:"


def naming_sentence(paper: Paper, pattern: re.Pattern, sentences: Sequence[str]) -> str:
    """The paper's first sentence writing the model's name, else its title."""
    return next((s for s in sentences if pattern.search(s)), paper.title)


def unstated_text(ask: Asked, naming: int, closest: list[tuple[int, Paper]]) -> str:
    """No summary attaches the asked figure to the model: said so, naming the closest papers that mention it by
    title only, since their sentences' figures are of something else ("exceeding GPT-4o by 7.5%" on MM-MATH)."""
    head = f"The digests do not state {ask.what}."
    if not naming:
        return f"{head} No paper in the digests names {ask.model}."
    head += f" {naming} paper{'s' if naming != 1 else ''} in the digests name{'s' if naming == 1 else ''} it"
    if not closest:
        return head + "."
    return "\n".join(
        [head + ", none with that figure; the closest:", *(f"- **{p.title}** ({p.date}) [{n}]" for n, p in closest)]
    )

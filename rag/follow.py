"""Follow-ups about the previous answer's papers as a set: "compare the first two", "compare [1] and [3]",
"compare them", then "which one is faster?"; "what benchmarks do they use?" after a list.

Offline there is no model to read "the first two" as the list's [1] and [2], so the words are read here: ordinals
("first" … "tenth", "1st"), number words ("two", "three") and citation numbers ("[3]", "#3") are general English,
not any one question's words. What is said of the papers is their summaries' own sentences. Pure functions.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from rag.paging import NUMBER_WORDS
from rag.papers import Paper
from rag.shapes import RELATIVE, claims, figures, states_kind

ORDINAL_WORDS = {
    w: n for n, w in enumerate("first second third fourth fifth sixth seventh eighth ninth tenth".split(), 1)
}
COMPARED_MOST = 5  # papers one comparison sets side by side; a longer list is compared by its first two
_ORDINAL = r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))"
_PLACE = rf"(?:the\s+)?(?:{_ORDINAL}|\[\d{{1,2}}\]|#?\d{{1,2}})"
_NOUN = r"(?:\s+(?:ones?|papers?|works?|results?|entries|entry|items?|studies|study))?"
# "compare the first two", "compare [1] and [3]", "compare the second and third ones", "compare them"
COMPARE_RE = re.compile(
    r"^\W*(?:(?:ok(?:ay)?|so|now|and|then|please|also)\W+)*(?:(?:can|could|would)\s+you\s+(?:please\s+)?)?"
    r"compare\s+(?P<what>.+?)(?:\s+(?:to|with)\s+each\s+other|\s+please)?\s*[?!.]*\s*$",
    re.I,
)
# "how do the first two compare?", "how do they compare?", "how does [1] compare with [2]?"
HOW_COMPARE_RE = re.compile(
    r"^\W*(?:(?:and|so|ok(?:ay)?|then)\W+)?how\s+(?:do|does|did)\s+(?P<what>.+?)\s+compare"
    r"(?:\s+(?:to|with)\s+(?P<other>(?:each\s+other|.+?)))?\s*[?!.]*\s*$",
    re.I,
)
THEM_RE = re.compile(
    r"^(?:them|these|those|they|both(?:\s+of\s+them)?|(?:the|these|those)\s+(?:two|three|papers|ones|results)"
    r"|(?:these|those)\s+(?:two|three)\s+(?:papers|ones))$",
    re.I,
)
FIRST_N_RE = re.compile(rf"^the\s+(?:first|top)\s+(?P<n>\d{{1,2}}|[a-z]+){_NOUN}$", re.I)
PLACES_RE = re.compile(rf"^{_PLACE}{_NOUN}(?:\s*(?:,|and|&|with|to|vs\.?|versus|against)\s*{_PLACE}{_NOUN})+$", re.I)
PLACE_RE = re.compile(_PLACE, re.I)
# "which one is faster?", "which is better?", "which of the two is more accurate?", "which performs better?"
WHICH_RE = re.compile(
    r"^\W*(?:(?:and|so|ok(?:ay)?|then|but)\W+)?which(?:\s+one|\s+paper|\s+of\s+(?:them|these|those|the\s+two|both))?"
    r"(?:['’]s|\s+is|\s+was|\s+are|\s+performs?|\s+performed|\s+works?|\s+runs?|\s+does|\s+did|\s+scor(?:es?|ed))?"
    r"\s+(?:the\s+)?(?P<word>(?:more|less|most)\s+[a-z]+|[a-z]+er|best|[a-z]+est)(?:\s+(?:one|overall))?\W*$",
    re.I,
)
# "which one is newer?", "which came first?", "which was published first?", "which of the two is more recent?":
# which of two papers is the newer or older, in general English words of time
DATED_RE = re.compile(
    r"^\W*(?:(?:and|so|ok(?:ay)?|then|but)\W+)?which(?:\s+one|\s+paper|\s+of\s+(?:them|these|those|the\s+two|both))?"
    r"(?:['’]s|\s+is|\s+was|\s+came(?:\s+out)?|\s+appeared|\s+(?:is|was|got)\s+(?:published|released|out))?"
    r"\s+(?:the\s+)?(?P<word>newer|older|more\s+recent|less\s+recent|earlier|later|first|last|newest|oldest|earliest"
    r"|latest|most\s+recent)(?:\s+(?:one|paper|of\s+the\s+two))?\W*$",
    re.I,
)
NEWER_WORDS = frozenset({"newer", "more recent", "later", "last", "newest", "latest", "most recent"})
# Words a share or multiple must stand near to be one of speed ("1.5x improvement in inference efficiency").
SPEED_NEAR_RE = re.compile(
    r"\b(?:faster|quicker|slower|speed\w*|accelerat\w*|throughput|latency|efficien\w*|time|seconds?)\b", re.I
)
SPEED_ASKED_RE = re.compile(r"\b(?:faster|fastest|quicker|quickest|slower|speedier|(?:more|less)\s+efficient)\b", re.I)
# A sentence that states how well a method does: a figure with a word of results.
RESULT_RE = re.compile(
    r"\b(?:outperform\w*|surpass\w*|improv\w*|achiev\w*|accura\w*|scor\w*|gains?|better|reach\w*|boost\w*|"
    r"exceed\w*|comparabl\w*|match\w*|state-of-the-art|sota|win\s+rate|success\s+rate|reduc\w*|faster|speed\w*)\b",
    re.I,
)
# "what benchmarks do they use?", "which datasets do these papers evaluate on?", "what benchmarks are used?"
BENCHMARKS_ASKED_RE = re.compile(
    r"^\W*(?:(?:and|so|ok(?:ay)?|then)\W+)?(?:what|which)\s+(?:benchmarks?|datasets?|data\s+sets?|evaluation\s+sets?)"
    r"(?:\s+(?:and|or)\s+(?:benchmarks?|datasets?|data\s+sets?))?\s+(?:do|did|are|were|have)\s+"
    r"(?:they|them|these|those|the\s+papers|these\s+papers|those\s+papers|the\s+ones|used)\b[^?]*\W*$",
    re.I,
)
# A name written as one: a capital with another capital or a digit past it ("AndroidWorld", "MATH500", "GAIA").
NAME = r"[A-Z][\w.+-]*?(?:[A-Z]|\d)[\w.+-]*"
# Where a summary names what it evaluates on: "on X", "across X, Y and Z", "including X", "such as X".
EVALUATED_ON_RE = re.compile(
    rf"(?<!\bbased )(?<!\bbuilt )(?<!\btrained )(?<!\btuned )(?<!\bfocus )(?<!\bfocuses )(?<!\brelies )"
    rf"\b(?:on|across|including|such\s+as|benchmarks?|datasets?)\s+(?:the\s+)?(?:challenging\s+|popular\s+)?"
    rf"(?P<names>{NAME}(?:\s*(?:,|and|&|or)\s*(?:the\s+)?{NAME})*)"
)
NAME_RE = re.compile(NAME)
# A model's name, no benchmark: a parameter count at its end ("LLaMA-3.2-8B") or a language model's "LM" ("MusicLM").
MODEL_NAME_RE = re.compile(r"(?:\d+(?:\.\d+)?[BMK]|LL?M)$")


@dataclass(frozen=True)
class Pick:
    """The papers a comparison turn points at: places in the latest list (`places`), numbers the previous
    answer cites by (`cited`), or, both empty, the previous answer's papers ("compare them")."""

    places: tuple[int, ...] = ()
    cited: tuple[int, ...] = ()


def place_of(word: str) -> tuple[int, bool]:
    """(the place a word names, whether it is a citation number): "second" → 2, "3rd" → 3, "[3]" / "#3" → 3."""
    word = word.lower().removeprefix("the").strip()
    if word in ORDINAL_WORDS:
        return ORDINAL_WORDS[word], False
    if m := re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)", word):
        return int(m.group(1)), False
    return int(word.strip("[]#")), True


def picked(what: str) -> Pick | None:
    """The papers a comparison's object names ("them", "the first two", "[1] and [3]", "the second and third
    ones"); None when it names anything else ("it with Kimi k1.5", "DPO and PPO")."""
    what = " ".join(what.split())
    if THEM_RE.match(what):
        return Pick()
    if m := FIRST_N_RE.match(what):
        word = m.group("n").lower()
        n = int(word) if word.isdigit() else NUMBER_WORDS.get(word, 0)
        return Pick(places=tuple(range(1, n + 1))) if 1 < n <= COMPARED_MOST else None
    if not PLACES_RE.match(what):
        return None
    found = [place_of(m.group(0)) for m in PLACE_RE.finditer(what)]
    numbers = tuple(dict.fromkeys(n for n, _ in found))
    if len(numbers) < 2 or len(numbers) > COMPARED_MOST or 0 in numbers:
        return None
    return Pick(cited=numbers) if all(cited for _, cited in found) else Pick(places=numbers)


def compare_pick(follow: str) -> Pick | None:
    """The papers a "compare …" or "how do … compare?" turn points at; None when it is no such turn."""
    if m := COMPARE_RE.match(follow):
        return picked(m.group("what"))
    m = HOW_COMPARE_RE.match(follow)
    if not m:
        return None
    other = (m.group("other") or "").strip()
    if other and not re.fullmatch(r"each\s+other", other, re.I):
        return picked(f"{m.group('what')} and {other}")
    return picked(m.group("what"))


def which_asked(follow: str) -> str:
    """The comparative a "which one is faster?" turn asks ("faster", "more accurate"), '' otherwise."""
    m = WHICH_RE.match(follow)
    return m.group("word").lower() if m else ""


def dated_asked(follow: str) -> str:
    """ "newer" or "older": which of two papers a "which one is newer?" / "which came first?" turn asks for; ''
    for any other turn."""
    m = DATED_RE.match(follow)
    if not m:
        return ""
    return "newer" if re.sub(r"\s+", " ", m.group("word").lower()) in NEWER_WORDS else "older"


def dated_text(numbered: Sequence[tuple[int, Paper]], asked: str) -> str:
    """Which of two papers is the newer (or older) by the day each reached the digests, the one asked named first;
    both on one day said so. The digests date papers, not techniques: the day is the paper's."""
    (n1, p1), (n2, p2) = sorted(numbered[:2], key=lambda np_: np_[1].date, reverse=asked == "newer")
    if p1.date == p2.date:
        return (
            f"**{p1.title}** [{n1}] and **{p2.title}** [{n2}] reached the digests on the same day, {p1.date}, so "
            "the digests do not say which came first."
        )
    days = abs((date.fromisoformat(p1.date) - date.fromisoformat(p2.date)).days)
    side = "after" if asked == "newer" else "before"
    verdict = "is newer" if asked == "newer" else "came first"
    return (
        f"**{p1.title}** [{n1}] {verdict}: it reached the digests on {p1.date}, {days} day{'s' * (days != 1)} "
        f"{side} **{p2.title}** [{n2}] ({p2.date})."
    )


# "tell me more about the second theme", "what about the first theme?", "the papers of theme 3", "the last
# cluster": one theme of the summary before, by its place (general English ordinals)
THEME_RE = re.compile(
    rf"\b(?:the\s+)?(?P<place>{_ORDINAL}|last)\s+(?:theme|topic|cluster|group)\b"
    r"|\b(?:theme|cluster|group)\s+(?:number\s+|#)?(?P<number>\d{1,2})\b",
    re.I,
)
THEME_LINE_RE = re.compile(r"^-\s+\*\*(?P<name>.+?)\*\*\s+\((?P<count>\d+)\s+papers?\b")


def theme_asked(follow: str) -> int:
    """The place of the summary's theme a turn asks about ("the second theme": 2, "the last theme": -1); 0 when it
    asks about none."""
    m = THEME_RE.search(follow)
    if not m:
        return 0
    place = (m.group("place") or m.group("number")).lower()
    if place == "last":
        return -1
    return ORDINAL_WORDS.get(place) or int(re.sub(r"\D", "", place))


def theme_names(answer: str) -> list[str]:
    """The themes a summary answer shows, in order ("Large Language Models" for "- **Large Language Models** (23
    papers): …")."""
    return [m.group("name") for line in answer.split("\n") if (m := THEME_LINE_RE.match(line))]


def speed_asked(word: str) -> bool:
    return bool(SPEED_ASKED_RE.search(word))


# "who wrote them?", "who are the authors of these papers?", "and their authors?": the authors of each paper the
# list before showed, as "who wrote the second one?" asks of one of them
WROTE_THEM_RE = re.compile(
    r"^\W*(?:(?:and|so|ok(?:ay)?|then)\W+)?(?:who\s+(?:wrote|authored|writes|published)|who\s+(?:are|were)\s+the\s+"
    r"authors\s+of|(?:what|who)\s+(?:are|were)\s+the\s+authors\s+of|(?:give|list|show)\s+(?:me\s+)?the\s+authors\s+of)"
    r"\s+(?:them|these|those|(?:all\s+)?(?:of\s+)?(?:these|those|the|them)(?:\s+(?:papers|ones|works))?|each(?:\s+of\s+them)?)"
    r"\W*$|^\W*(?:(?:and|so|ok(?:ay)?|then)\W+)?(?:(?:what|who)\s+(?:are|were)\s+)?their\s+authors\W*$",
    re.I,
)


# "summarise them", "give me an overview of these", "sum those papers up": a summary of the list just shown, whose
# papers are "them"; "summarise those on X" says what they are
SUMMARISE_THEM_RE = re.compile(
    r"\b(?:summari[sz]e|sum\b.*\bup|recap|overview|summary)\b.*?\b(?:them|these|those)\b"
    r"(?!\s+(?:papers\s+|works\s+|ones\s+)?(?:on|about|regarding|from|in|that|which|with|by)\b)",
    re.I,
)


def summarises_list(follow: str) -> bool:
    """Whether a turn asks a summary of the papers the list before showed ("summarise them")."""
    return bool(SUMMARISE_THEM_RE.search(follow))


def wrote_them_asked(follow: str) -> bool:
    """Whether a turn asks who wrote the papers the list before showed ("who wrote them?")."""
    return bool(WROTE_THEM_RE.match(follow))


def wrote_them_text(numbered: Sequence[tuple[int, Paper]], lines: Callable[[int, Paper], str]) -> str:
    """Each listed paper with its authors as the digest lists them, in the list's order."""
    head = f"The {len(numbered)} papers above are by:" if len(numbered) > 1 else "The paper above is by:"
    return "\n".join([head, *(f"- {lines(n, paper)}" for n, paper in numbered)])


def benchmarks_asked(follow: str) -> bool:
    """Whether a turn asks which benchmarks or data sets the papers just listed use."""
    return bool(BENCHMARKS_ASKED_RE.match(follow))


def what_it_does(paper: Paper) -> str:
    """The summary's first claim: what the paper is and does."""
    said = claims(paper.summary)
    return said[0] if said else paper.title


def speed_figure(sentence: str) -> bool:
    """A share or multiple within a few words of a word of speed or time."""
    return any(
        SPEED_NEAR_RE.search(sentence[max(0, m.start() - 60) : m.end() + 60])
        for m in re.finditer(RELATIVE, sentence, re.I)
    )


def figure_sentence(paper: Paper, speed: bool = False) -> str:
    """The summary's first claim stating a result with a figure; for speed, a figure of speed or time ("1.7x-2.6x
    faster", "a 1.5x improvement in inference efficiency"); '' when it states none."""
    for sentence in claims(paper.summary):
        if speed:
            if states_kind(sentence, "speed") or speed_figure(sentence):
                return sentence
        elif figures(sentence) and RESULT_RE.search(sentence):
            return sentence
    return ""


def short_name(paper: Paper) -> str:
    """The name a paper gives itself before its title's colon ("TPDiff"), '' when the title has none."""
    head = paper.title.split(":")[0].strip()
    return head if ":" in paper.title and len(head.split()) <= 3 and len(head) >= 3 else ""


def names_other(paper: Paper, other: Paper) -> str:
    """A claim of `paper` that names `other` by its short name: the two set against each other; '' if none."""
    name = short_name(other)
    if not name:
        return ""
    return next((s for s in claims(paper.summary) if re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", s)), "")


def cite_line(n: int, paper: Paper, sentence: str) -> str:
    return f"- **{paper.title}** ({paper.date}) [{n}]: {sentence}"


def comparison_text(numbered: Sequence[tuple[int, Paper]], opening: str) -> str:
    """Papers side by side: what each does and the result figure each states, in its summary's words; whether
    any of them measures itself against another."""
    lines = [opening]
    for n, paper in numbered:
        does, result = what_it_does(paper), figure_sentence(paper)
        lines.append(cite_line(n, paper, does if not result or result == does else f"{does} {result}"))
    against = [
        (n, m, said) for n, paper in numbered for m, other in numbered if n != m and (said := names_other(paper, other))
    ]
    if against:
        n, m, said = against[0]
        lines.append(f"\n[{n}] measures itself against [{m}]: {said} [{n}]")
    else:
        lines.append(
            "\nNone of their summaries names another of them: the digests set no figure of one beside another."
        )
    return "\n".join(lines)


def which_text(numbered: Sequence[tuple[int, Paper]], word: str) -> str:
    """Which of the compared papers is faster / better, from the figures their summaries state: one measured
    against another says so; otherwise each paper's own figure, against its own baseline, and that this ranks
    nothing; "Neither states …" when none does."""
    speed = speed_asked(word)
    what = "a speed or time figure" if speed else "a result figure"
    for n, paper in numbered:
        for m, other in numbered:
            if n != m and (said := names_other(paper, other)) and (figures(said) or not speed):
                return f"[{n}] measures itself against [{m}]: {said} [{n}]"
    stated = [(n, paper, said) for n, paper in numbered if (said := figure_sentence(paper, speed))]
    numbers = [f"[{n}]" for n, _ in numbered]
    if not stated:
        which = f"Neither {' nor '.join(numbers)}" if len(numbers) == 2 else f"None of {', '.join(numbers)}"
        return f"{which} states {what}, so the digests do not say which is {word}."
    silent = [f"[{n}]" for n, paper in numbered if all(n != k for k, _, _ in stated)]
    saying = " and ".join(f"[{n}]" for n, _, _ in stated)
    which = (
        "each states its own figures, against its own baseline"
        if not silent
        else f"only {saying} {'states' if len(stated) == 1 else 'state'} {what}"
    )
    apart = (
        "Neither paper measures itself against the other"
        if len(numbers) == 2
        else "No paper measures itself against another"
    )
    lines = [f"{apart}, so the digests do not say which is {word}; {which}:"]
    lines += [cite_line(n, paper, said) for n, paper, said in stated]
    lines += [f"{' and '.join(silent)} {'states' if len(silent) == 1 else 'state'} none."] if silent else []
    return "\n".join(lines)


# A level a summary states ("75.2%", "96% accuracy", a range "40%-60%"), not a gain: no "by", "up to", "improves"
# just before it.
LEVEL_RE = re.compile(
    r"(?<![\w.])(\d{1,3}(?:\.\d+)?)%?(?:\s*[-–]\s*(\d{1,3}(?:\.\d+)?))?\s?%"
    r"(?!\s+(?:faster|fewer|less|lower|more|higher|reduction))",
    re.I,
)
GAIN_BEFORE_RE = re.compile(
    r"(?:\bby|up\s+to|improv\w*|reduc\w*|increas\w*|gains?|boost\w*|cuts?|fewer|less|lower|more|over|than)\s+$", re.I
)
# A speed-up a summary states: "3.9x", "2×", "40% faster".
SPEEDUP_RE = re.compile(r"(?<![\w.])(\d+(?:\.\d+)?)\s?(?:x|×)(?!\w)|(?<![\w.])(\d+(?:\.\d+)?)\s?%\s+faster", re.I)
SUPERLATIVE_SHOWN = 5  # listed papers a superlative answer sets out with their figures, the top one first


def top_figure(paper: Paper, speed: bool = False) -> tuple[float, str]:
    """A paper's highest stated level (a % that is no gain) or, for speed, its highest speed-up, with the summary's
    sentence stating it; (0.0, '') when it states none."""
    best = (0.0, "")
    for sentence in claims(paper.summary):
        if speed:
            if not (states_kind(sentence, "speed") or speed_figure(sentence)):
                continue
            values = [float(a) if a else 1 + float(b) / 100 for a, b in SPEEDUP_RE.findall(sentence)]
        else:
            values = [  # a range ("40%-200%") is one figure, a gain where its start is
                float(m.group(2) or m.group(1))
                for m in LEVEL_RE.finditer(sentence)
                if not GAIN_BEFORE_RE.search(sentence[: m.start()][-30:])
            ]
        if values and max(values) > best[0]:
            best = (max(values), sentence)
    return best


def superlative(word: str) -> bool:
    """Whether the word `which_asked` read picks one of many ("best", "highest", "most accurate"), not one of two."""
    return word == "best" or word.endswith("est") or word.startswith("most ")


def superlative_text(numbered: Sequence[tuple[int, Paper]], word: str) -> tuple[str, list[tuple[int, Paper]]]:
    """ "which one scored highest?" / "which is fastest?" after a list: the listed paper stating the highest figure
    (speed-up for speed), then the others' figures, and whether they are on one benchmark, so comparable; the
    papers it cites, the top one first."""
    speed = speed_asked(word) or word.endswith(("fastest", "quickest"))
    what = "a speed-up" if speed else "a result figure"
    stated = sorted(
        ((v, n, p, s) for n, p in numbered for v, s in [top_figure(p, speed)] if s), key=lambda t: (-t[0], t[1])
    )
    if not stated:
        return (
            f"None of the {len(numbered)} listed papers' summaries states {what}, so the digests do not say which is "
            f"{word}.",
            [],
        )
    _, n, paper, said = stated[0]
    lines = [f"Of the {len(numbered)} listed papers, **{paper.title}** [{n}] states the highest figure: {said} [{n}]"]
    shown = stated[1:SUPERLATIVE_SHOWN]
    if shown:
        shared = set.intersection(*(set(benchmark_names(s)) for *_, s in stated[:SUPERLATIVE_SHOWN]))
        lines.append(
            f"They are measured on one benchmark ({sorted(shared)[0]}); the others state:"
            if shared
            else "Their figures are not on one benchmark, so they are not comparable; the others state:"
        )
        lines += [cite_line(k, p, s) for _, k, p, s in shown]
    return "\n".join(lines), [(k, p) for _, k, p, _ in stated[:SUPERLATIVE_SHOWN]]


def benchmark_names(sentence: str) -> list[str]:
    """The names a sentence says something is evaluated on ("… on AndroidWorld and OSWorld")."""
    return [n.rstrip(".,") for m in EVALUATED_ON_RE.finditer(sentence) for n in NAME_RE.findall(m.group("names"))]


def benchmarks_used(
    numbered: Sequence[tuple[int, Paper]], common: Callable[[str], bool]
) -> list[tuple[str, list[int]]]:
    """Each benchmark or data set name the papers' summaries write as evaluated on, with the numbers of the papers
    writing it, most papers first; a name a paper gives itself, a model's name and a word `common` in the whole
    corpus ("GUI", "LLM") are no benchmark."""
    found: dict[str, list[int]] = {}
    for n, paper in numbered:
        own = short_name(paper).lower()
        names = {name for s in claims(paper.summary) for name in benchmark_names(s)}
        for name in sorted(names):
            if name.lower() != own and not common(name) and not MODEL_NAME_RE.search(name):
                found.setdefault(name, []).append(n)
    return sorted(found.items(), key=lambda item: (-len(item[1]), item[0].lower()))


SHARED_NAMES = 3  # names two or more papers write that are enough to show without those only one paper writes


def benchmarks_text(used: Sequence[tuple[str, list[int]]], listed: int, shown: int = 12, cited: int = 3) -> str:
    """The benchmark names a list's papers write, with how many papers write each and a few of them cited: those
    two or more papers write where there are enough of them (one paper's names are the likeliest to be no
    benchmark), else the first `shown`."""
    if not used:
        return f"None of the {listed} papers' summaries names a benchmark or data set it is evaluated on."
    writing = len({n for _, ns in used for n in ns})
    lines = [f"{writing} of the {listed} papers name the benchmarks or data sets they evaluate on; most named first:"]
    shared = [item for item in used if len(item[1]) > 1]
    kept = shared[:shown] if len(shared) >= SHARED_NAMES else used[:shown]
    for name, ns in kept:
        papers = "paper" if len(ns) == 1 else "papers"
        lines.append(f"- {name}: {len(ns)} {papers} " + "".join(f"[{n}]" for n in ns[:cited]))
    if len(used) > len(kept):
        lines.append(f"{len(used) - len(kept)} other names are written by fewer papers.")
    return "\n".join(lines)

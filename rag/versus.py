""" "Is X better than Y (on Z)?" about a named paper, answered yes or no from the sentence that sets the two
sides against each other, with its figures, rather than by counting the papers on each side.

A summary sets two sides against each other with a cue: one of advantage ("outperforming models like GPT-4.1",
"2.57x speedup compared to synchronous systems"), of disadvantage ("lags behind Y") or of parity ("comparable
to Y"). The side named right after the cue is the one compared against; the other side, named before the cue
or the paper itself when the sentence is in its own summary, is the one the cue speaks of. The cue words are
general English for comparison, not topic words.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from rag.understand import STOP_STEMS, stems

# "is X better than Y on Z?", "does X train faster than Y?", "is X superior to Y?", "does X outperform Y?"
_COMPARATIVE = (
    r"(?:(?:more|less)\s+[a-z]{3,}|[a-z]{2,}(?:er|ier)|better|worse)(?=\s+than\b)"
    r"|(?:superior|inferior)(?=\s+to\b)"
    r"|(?:outperform|beat|surpass|exceed|outdo|outstrip)s?\b"
)
ASKED_RE = re.compile(
    r"^\W*(?:is|are|was|were|does|do|did|can|will|would)\s+(?P<first>.+?)\s+"
    r"(?:(?:really|actually|much|significantly|clearly|any|even)\s+)?"
    rf"(?P<comparative>{_COMPARATIVE})\s+(?:than\s+|to\s+)?(?P<second>.+?)"
    r"(?:\s+(?:on|in|at|for|across|when|with\s+respect\s+to)\s+(?P<scope>[^?]+?))?\s*[?.!]*\s*$",
    re.I,
)
# Comparatives that ask who is worse: the answer is the other way round.
NEGATIVE = frozenset("worse slower weaker inferior poorer".split())
# Comparatives asking who is better overall: any cue of advantage answers them.
GENERAL = frozenset(
    "better worse stronger weaker superior inferior outperform beat surpass exceed outdo outstrip".split()
)
GENERAL_ADJECTIVES = frozenset("accurate effective capable powerful performant successful".split())
SPEED = frozenset("faster slower quicker".split())
# The words of a side that say what kind of thing it is, not which: "synchronous RL systems" is "synchronous
# RL" wherever a summary writes "synchronous systems".
KIND_STEMS = frozenset(
    stems("system systems method methods model models approach approaches baseline baselines framework frameworks")
    + stems("technique techniques algorithm algorithms variant variants version versions the original prior")
)

_WIN_SPEED = (
    r"speed-?ups?|speeds?\s+up|faster|quicker|accelerat\w*|reduc\w*\s+(?:\w+\s+){0,2}(?:time|latency)"
    r"|(?:higher|greater|more)\s+throughput"
)
_LOSE_SPEED = r"slower|(?:higher|more|increased)\s+latency"
_WIN = (
    r"outperform\w*|surpass\w*|exceed\w*|beat(?:s|ing)?|outdo\w*|outstrip\w*|better|superior|improv\w*|enhanc\w*"
    r"|gains?|advantages?|boost\w*|doubl\w*|higher|stronger|reduc\w*"
)
_LOSE = r"underperform\w*|lags?|lagging|lagged|trail\w*|falls?\s+short|fell\s+short|worse|inferior|weaker|behind"
_PAR = r"comparabl\w*|on[- ]par|match(?:es|ed|ing)?|competitive|similar|rival\w*|as\s+good\s+as|close\s+to"


# parity and advantage offered together: "comparable or superior to", "matches or exceeds"
AT_LEAST_RE = re.compile(rf"\b(?:{_PAR})\s+or\s+(?:even\s+)?(?:{_WIN})\b|\b(?:{_WIN})\s+or\s+(?:{_PAR})\b", re.I)


def _cues(win: str, lose: str, par: str) -> list[tuple[re.Pattern[str], str]]:
    return [(re.compile(rf"\b(?:{p})\b", re.I), said) for p, said in ((win, "win"), (lose, "lose"), (par, "par"))]


GENERAL_CUES = _cues(f"{_WIN}|{_WIN_SPEED}", f"{_LOSE}|{_LOSE_SPEED}", _PAR)
# a parity word speaks of quality ("comparable generation quality"), not of speed or cost
SPEED_CUES = _cues(_WIN_SPEED, _LOSE_SPEED, r"(?!)")


@dataclass(frozen=True)
class Asked:
    """The two sides as written, the comparative ("better", "faster", "more accurate", "outperform"), and
    what they are weighed on ("SWE-bench Verified"; "" when the question names nothing)."""

    first: str
    second: str
    comparative: str
    scope: str = ""


def asked(question: str) -> Asked | None:
    """The sides of "is/does X <comparative> than Y (on Z)?", or None for any other question."""
    m = ASKED_RE.match(question.strip())
    if not m:
        return None
    first, second = (re.sub(r"^(?:the|an?)\s+", "", m[k].strip(), flags=re.I) for k in ("first", "second"))
    scope = re.sub(r"^(?:the|an?)\s+", "", (m["scope"] or "").strip(), flags=re.I)
    if not first or not second or re.match(r"(?:there|it|this|that|they)\b", first, re.I):
        return None
    return Asked(first, second, re.sub(r"\s+", " ", m["comparative"].lower()), scope)


def cues_for(comparative: str) -> list[tuple[re.Pattern[str], str]]:
    """The cues that decide the comparative asked: any advantage for "better", one of speed for "faster", and
    for any other ("cheaper", "more robust") the comparative's own word, said before the other side."""
    word = comparative.split()[-1].rstrip("s")
    if comparative in SPEED:
        return SPEED_CUES
    if word in GENERAL or comparative in GENERAL or word in GENERAL_ADJECTIVES:
        return GENERAL_CUES
    own = re.escape(word[:-3] if word.endswith("ier") else word[:-2] if word.endswith("er") else word)
    return _cues(rf"{own}\w*", r"(?!)", r"(?!)")


def said_of(won: str, comparative: str) -> str:
    """What `winner`'s say answers to the question asked of the first side: "yes", "no", "atleast" or "par"."""
    flip = negative(comparative)
    if won == "par":
        return "par"
    if won.startswith("+"):  # one side at least as good as the other
        first = won == "+0"
        return ("no" if flip else "atleast") if first else ("par" if flip else "no")
    return "yes" if (won == "0") != flip else "no"


def negative(comparative: str) -> bool:
    """Whether the comparative asks who is worse ("worse", "slower", "less accurate")."""
    return comparative in NEGATIVE or comparative.startswith("less ")


def _name_like(text: str) -> bool:
    return all(re.search(r"[A-Z]|\d", w) for w in text.split())


def name_pattern(side: str, versions: bool = False) -> re.Pattern[str]:
    """A name as summaries write it, spaces and hyphens alike, a dated snapshot with it ("OpenAI-o1-1217"), not
    inside a longer name ("SkillMimic" is not "SkillMimic-V2", "Llama 3" not "Llama3.2"); with `versions`, a year
    or version may follow ("AIME" is "AIME24", "AIME 2024")."""
    body = r"[\s-]?".join(re.escape(p) for p in re.split(r"[\s-]+", side) if p)
    tail = r"(?:[\s-]?\d+)?" if versions else r"(?:-\d+)?"  # a dated snapshot: "OpenAI-o1-1217"
    return re.compile(rf"(?<![\w-]){body}{tail}(?![\w]|[-.]\w)", re.I)


def mentions(sentence: str, side: str, df: Mapping[str, int], versions: bool = False) -> list[tuple[int, int]]:
    """Where the sentence names the side: a name as written; a phrase by its words, where at least half of
    those that say which thing it is (not "systems", "methods") are written close together, its rarest
    (by `df`, the number of papers writing each stem) among them."""
    if _name_like(side):
        return [(m.start(), m.end()) for m in name_pattern(side, versions).finditer(sentence)]
    wanted = [w for w in dict.fromkeys(stems(side)) if w not in STOP_STEMS and w not in KIND_STEMS]
    if not wanted:
        return []
    rarest = min(wanted, key=lambda w: df.get(w, 0))
    tokens = [(m.start(), m.end(), stems(m.group(0))) for m in re.finditer(r"[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*", sentence)]
    found: list[tuple[int, int]] = []
    reach = len(side.split()) + 2
    for i, (start, _, words) in enumerate(tokens):
        if not set(words) & set(wanted) or (found and start < found[-1][1]):
            continue
        window = tokens[i : i + reach]
        said = {w for _, _, ws in window for w in ws} & set(wanted)
        if rarest in said and 2 * len(said) >= len(wanted):
            end = max(e for _, e, ws in window if set(ws) & said)
            found.append((start, end))
    return found


def winner(
    sentence: str,
    spans: Sequence[Sequence[tuple[int, int]]],
    implicit: int | None,
    cues: list[tuple[re.Pattern[str], str]],
) -> str:
    """Which side the sentence says wins: "0" or "1" (the index into `spans`, each side's mentions), "+0" or
    "+1" (that side is at least as good), "par", or "" where no cue sets them against each other. `implicit`
    is the side whose own summary this is (it may be the unnamed subject: "it scores 64.2%, outperforming
    GPT-4.1")."""
    named = sorted((start, side) for side, found in enumerate(spans) for start, _ in found)
    best: tuple[int, int, str, int] | None = None  # (gap, compared side, cue's say, where the cue is)
    for pattern, said in cues:
        for cue in pattern.finditer(sentence):
            after = [(start - cue.end(), side) for start, side in named if start >= cue.end()]
            if not after:
                continue
            gap, compared = min(after)
            subject = 1 - compared
            spoken = implicit == subject or any(s == subject and start < cue.start() for start, s in named)
            if spoken and (best is None or gap < best[0]):
                best = (gap, compared, said, cue.start())
    if best is None and implicit is not None and any(spans[1 - implicit]):
        # "…, outperforming DiffMorpher, while being 10x-50x faster": the cue closes the sentence
        last = max(((cue.start(), said) for pattern, said in cues for cue in pattern.finditer(sentence)), default=None)
        first_other = min(start for start, _ in spans[1 - implicit])
        if last and last[0] > first_other:
            best = (0, 1 - implicit, last[1], last[0])
    if best is None:
        return ""
    _, compared, said, at = best
    if said == "par":
        return "par"
    won = str(1 - compared if said == "win" else compared)
    # "comparable or superior performance to DeepSeek-R1": at least as good, no more
    return f"+{won}" if any(m.start() <= at < m.end() for m in AT_LEAST_RE.finditer(sentence)) else won


@dataclass(frozen=True)
class Found:
    """A sentence that sets the sides against each other: the paper's citation number and title, whether the
    paper is the asked side's own, the sentence, and what it says ("yes", "no", "atleast" or "par")."""

    n: int
    title: str
    own: bool
    sentence: str
    said: str


def verdict_text(asked_of: Asked, found: Found, scope_missing: bool) -> str:
    """The verdict first, then the deciding sentence with its figures, cited."""
    whose = "by its own report" if found.own else f"by the report of **{found.title}** [{found.n}]"
    quoted = f"**{found.title}** [{found.n}]: {found.sentence}" if found.own else found.sentence
    if scope_missing:
        return (
            f"The digests do not say for {asked_of.scope}; where a summary sets {asked_of.first} against"
            f" {asked_of.second}, it says: {quoted}" + ("" if found.own else f" [{found.n}]")
        )
    opening = {"yes": "Yes", "no": "No", "atleast": "At least as good"}.get(found.said, "About the same")
    return f"{opening}, {whose}: {quoted}"


def apart_text(asked_of: Asked, own: Sequence[tuple[str, int, str, str]]) -> str:
    """No summary sets the two against each other: say so, then what each side's own summary reports (on the
    scope asked), each cited; figures from separate papers are said to come from setups that may differ.
    `own` holds (side, n, title, sentence or "")."""
    lines = [f"The digests do not compare {asked_of.first} with {asked_of.second} directly."]
    on = f" on {asked_of.scope}" if asked_of.scope else ""
    stated = 0
    for side, n, title, said in own:
        if said:
            stated += 1
            lines.append(f"What {side}'s own summary reports{on}: **{title}** [{n}]: {said}")
        else:
            lines.append(f"{side}'s own summary (**{title}** [{n}]) gives no figure{on}.")
    sides = {side for side, *_ in own}
    lacking = [s for s in (asked_of.first, asked_of.second) if s not in sides and _name_like(s)]
    if lacking:
        lines.append(f"No paper of {lacking[0]}'s own is in the digests.")
    if stated == 2:
        lines.append("The two figures come from separate papers: setups may differ.")
    return "\n\n".join(lines)

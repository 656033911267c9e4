"""A yes/no question about one named paper's property ("does DeepSeek-R1 use supervised fine-tuning?",
"is PokerBench open source?") answered Yes, No or "the digest does not say" from the sentence that decides it.

A summary names a property in three ways: as used ("rejection sampling with supervised fine-tuning"), as done
without ("without supervised fine-tuning", "training-free", "does not use X") or as what the paper is set
against ("outperforms SFT", "an alternative to SFT-based approaches", "relative to supervised fine-tuning").
Only the first says yes; a summary that names the property only the second way says no; one that names it
only the third way, or not at all, does not say. The cue words are general English, not topic words.

The same holds however the question is worded ("is X a benchmark for Z?", "was X trained with Y?", "can X …?");
an order ("did X use SFT before RL?") is read from a sentence that gives the paper's steps in order.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from rag.listing import other_meaning
from rag.papers import Paper
from rag.qualifiers import SIZE_UNITS
from rag.text import same_word, sentences, unglued
from rag.understand import STOP_STEMS, stem, stems

# Adjectives and adverbs Snowball stems as a noun of another meaning ("critical" / "critic", "digital" / "digit",
# "original" / "origin"): as a property they are words of their own. Most "-al" / "-ally" forms it joins mean
# their noun ("convolutional", "demographically"), so only these are kept apart (general English).
OTHER_SENSE = frozenset(
    "critical critically digital digitally original originally personal personally marginal marginally additional"
    " additionally exceptional exceptionally optional optionally informal informally topical practical practically"
    " medical medically classical economical".split()
)


def sense_stem(word: str) -> str:
    """A word's stem, an `OTHER_SENSE` word its own ("critically" → "critical", never "critic")."""
    low = word.lower()
    if low in OTHER_SENSE:
        return low.removesuffix("ly") if low.endswith("ally") else low
    return stem(low)


def sense_stems(text: str) -> list[str]:
    """`stems`, the words of `OTHER_SENSE` kept apart from the noun Snowball joins them to: "a critical step"
    writes no critic."""
    return (
        [sense_stem(w) for w in re.findall(r"[a-z0-9]+", text.lower())] if OTHER_SENSE_RE.search(text) else stems(text)
    )


OTHER_SENSE_RE = re.compile(rf"\b(?:{'|'.join(sorted(OTHER_SENSE))})\b", re.I)


def sensed(asked: list[list[list[str]]], question: str) -> list[list[list[str]]]:
    """The asked stems, one the question writes only as an `OTHER_SENSE` word keyed as that word ("is X
    critical?" asks "critical", not "critic")."""
    keyed = {stem(w): sense_stem(w) for w in re.findall(r"[a-z]+", question.lower()) if w in OTHER_SENSE}
    plain = {stem(w) for w in re.findall(r"[a-z]+", question.lower()) if w not in OTHER_SENSE}
    swap = {k: v for k, v in keyed.items() if k not in plain}
    return [[[swap.get(w, w) for w in form] for form in c] for c in asked] if swap else asked


# "does X use Y?", "is X open source?", "has X released its code?": asked of one paper (a figure or a
# comparison is asked in other frames)
PROPERTY_ASKED_RE = re.compile(r"^\W*(?:does|did|is|was|has)\s+\S", re.I)
# the system a yes/no question asks about, as its first words: "does GPT-4.1 use …", "is Qwen2.5-VL trained …"
SUBJECT_ASKED_RE = re.compile(r"^\W*(?:does|did|is|was|has)\s+(?:the\s+)?(?P<name>[^\s,?]+)\s+\w", re.I)
# a yes/no question weighing the system against another: the comparison paths answer it
COMPARED_RE = re.compile(r"\b(?:than|outperform(?:s|ed)?|beats?|versus|vs\.?)\b", re.I)


def asked_subject(question: str) -> str:
    """The system a yes/no question asks a property of ("GPT-4.1" in "does GPT-4.1 use RL?"); "" where it asks
    none, negates it or weighs the system against another."""
    m = SUBJECT_ASKED_RE.match(question)
    if not m or NEGATED_ASK_RE.search(question) or COMPARED_RE.search(question):
        return ""
    return m.group("name")


# "does X work without SFT?", "is X not trained on code?": a negated property turns the verdict round; left to
# the general answer
NEGATED_ASK_RE = re.compile(r"\b(?:without|not|no|never|nor)\b|n[’']t\b", re.I)
# the verbs that ask whether a paper has the property, not part of it
ASKING = frozenset(
    stems("use uses used using need needs needed require requires required rely relies employ employs adopt adopts")
    + stems("involve involves include includes support supports apply applies have has had make makes")
    + stems("leverage leverages utilize utilizes exploit exploits")
)
# before the property in its clause: the paper does without it
NEGATING = frozenset(stems("without no not non never lack lacks lacking eliminate eliminating avoid avoiding bypass"))
NEGATING_AFTER = frozenset(stems("free"))  # "training-free", "SFT-free"
# before the property in its clause: what the paper is compared with or replaces, not what it uses
SET_AGAINST = frozenset(
    stems("than unlike instead rather alternative relative compared versus vs beyond replace replacing replaces")
    + stems("outperform outperforms outperforming surpass surpasses surpassing beat beats beating over")
)
CLAUSE_SPLIT_RE = re.compile(r"[,;:]|\b(?:but|while|whereas|followed\s+by|then)\b", re.I)
CODE_ASKED_RE = re.compile(
    r"\bopen[- ]?sourced?\b|\b(?:code|github|repo|repository|weights)\b|\bpublicly\s+available\b|\breleased?\b", re.I
)
# the words of a question about a paper's code and nothing else ("is the code for X on GitHub?", "where can I
# find its implementation?"): its code link answers it, whatever the summary writes of code (general English)
CODE_STEMS = frozenset(
    stems("code codes source github repo repos repository repositories implementation implementations open public")
    + stems("publicly available release released releases link links url urls online")
    + stems("provide provides provided share shares shared offer offers")
)
CODE_FRAME_STEMS = frozenset(
    stems("where find get download access see give show me can could i there any tell is was it its their paper")
    + stems("one first second third fourth fifth last latter former this that")  # "does the second one have code?"
)
# a summary sentence saying the code is (or will be) released, quoted beside a missing link
RELEASE_RE = re.compile(
    r"\b(?:source\s+)?code\b[^.]{0,80}?\b(?:is|are|will\s+be|has\s+been|have\s+been)\s+(?:made\s+)?"
    r"(?:publicly\s+|freely\s+)?(?:available|released|open[- ]sourced)\b"
    r"|\b(?:releases?|released|releasing|open[- ]sourc(?:e|es|ed|ing))\s+(?:[\w-]+,?\s+){0,4}?(?:source\s+)?code\b"
    r"(?!\s+(?:llms?|models?|language\s+models?|generation)\b)"  # "open-source code LLMs": others' models
    r"|\bcode\b(?:\s*,\s*\w+)*(?:\s*,?\s*and\s+\w+)?\s+(?:are\s+|is\s+)?(?:publicly\s+)?(?:released|open[- ]sourced)\b",
    re.I,
)


@dataclass(frozen=True)
class Verdict:
    """What the summary says of the property: "yes", "no", "against" (named only as what the paper is set
    against) or "unstated"; the deciding sentence ("" when unstated), and for a yes, a sentence of the same
    summary that says it does without it (DeepSeek-R1's aim "without SFT" beside its method's SFT stage)."""

    said: str
    sentence: str = ""
    despite: str = ""
    instead: str = ""  # a no from the other side of a contrasting pair, as the sentence writes it ("CPU")
    side: str = ""  # the side asked, as the question writes it ("GPU")


def asked_forms(
    concepts: Sequence[Sequence[str]], name: str, frame: Sequence[str] = (), question: str = ""
) -> list[list[list[str]]]:
    """The property asked, one entry per concept (its alternative forms as stem sequences): the question's
    concepts less the paper's `name` (a spaced stem key), the verbs that ask ("use", "require") and the `frame`
    stems that ask it ("trained" in "was X trained with GRPO?", `frame_stems`); [] when nothing else is asked.
    A concept one of whose forms is all the name's words is the name, its other forms too ("CoD" beside "chain
    of draft"). The `question` keys its `OTHER_SENSE` words (`sensed`)."""
    drop = set(name.split()) | set(stems(name)) | ASKING | set(frame)
    named = [c for c in concepts if not any(f.split() and all(w in drop for w in f.split()) for f in c)]
    asked = [
        [kept for f in c if (kept := [w for w in f.split() if w not in drop and not set(unglued(w).split()) <= drop])]
        for c in named
    ]
    return sensed([c for c in asked if c], question)


def find(seq: list[str], form: list[str]) -> int:
    """Where `form` starts in `seq`, else -1."""
    n = len(form)
    return next((i for i in range(len(seq) - n + 1) if all(same_word(w, f) for w, f in zip(seq[i : i + n], form))), -1)


def first_named(words: list[str], concept: list[list[str]]) -> tuple[int, int]:
    """(start, end) in `words` of the concept's first form written there, its words apart from function words
    ("mixture of experts" is the concept " mixtur expert "); (-1, -1) where none is."""
    content = [i for i, w in enumerate(words) if w not in STOP_STEMS]
    plain = [words[i] for i in content]
    found = [(at, len(f)) for f in concept if (at := find(plain, f)) >= 0]
    if not found:
        return -1, -1
    at, n = min(found)  # "Group Relative Policy Optimization (GRPO)": the name's start
    return content[at], content[at + n - 1] + 1


def clause_polarity(clause: str, asked: list[list[list[str]]]) -> str:
    """ "yes", "no", "against", or "" where the clause does not name every concept asked."""
    return words_polarity(sense_stems(clause), asked)


def words_polarity(words: list[str], asked: list[list[list[str]]]) -> str:
    """`clause_polarity` of a clause's stems."""
    spans = [first_named(words, c) for c in asked]
    if any(start < 0 for start, _ in spans):
        return ""
    start, end = min(spans)
    if set(words[end : end + 1]) & NEGATING_AFTER:
        return "no"
    # the cue nearest before it decides: "without loss …, and is 61% faster than MEMIT" sets MEMIT against it
    cues = [
        w
        for i, w in enumerate(words[:start])
        if (w in NEGATING or w in SET_AGAINST) and words[i : i + 2] != ["not", "only"]  # "not only uses X"
    ]
    if not cues:
        return "yes"
    return "no" if cues[-1] in NEGATING else "against"


def sentence_polarity(sentence: str, asked: list[list[list[str]]]) -> str:
    """A sentence's strongest say on the property: any clause using it is a yes, else a clause doing without it
    a no, else one setting the paper against it."""
    said = {clause_polarity(c, asked) for c in CLAUSE_SPLIT_RE.split(sentence) if c.strip()}
    return next((s for s in ("yes", "no", "against") if s in said), "")


def own_sentences(paper: Paper, about: re.Pattern[str] | None = None) -> list[str]:
    """The summary's sentences, then the title; with `about` (a name asked as a kind, "is X a benchmark?") only
    those writing the name, and the title: "a benchmark" in a sentence about others' models says nothing of X."""
    said = sentences(paper.summary)
    return [*(s for s in said if about is None or about.search(s)), paper.title]


def verdict(
    paper: Paper, asked: list[list[list[str]]], about: re.Pattern[str] | None = None, contrast: Contrast | None = None
) -> Verdict:
    """The summary's say on the property, from the first sentence that decides it (the title when no
    summary sentence does); `about` as in `own_sentences`. With a `contrast` asked ("on the GPU?"), a sentence
    writing the other side of the pair decides by which side the asked thing is written beside
    (`contrast_said`): "the draft model on the CPU and the target model on the GPU" says no of the draft model
    on the GPU."""
    found: dict[str, str] = {}
    instead = ""
    for sentence in own_sentences(paper, about):
        said, written = contrast_said(sentence, contrast) if contrast else ("", "")
        if said == "no" and "no" not in found:
            instead = written
        said = said or sentence_polarity(sentence, asked)
        if said:
            found.setdefault(said, sentence)
    for said in ("yes", "no", "against"):
        if said in found:
            other = instead if said == "no" and contrast else ""
            despite = found.get("no", "") if said == "yes" and not instead else ""
            return Verdict(said, found[said], despite, other, contrast.written if other and contrast else "")
    return Verdict("unstated")


# Contrasting pairs of general English, each side as a paper writes it: a paper stating one side says no to the
# other ("the draft model on the CPU" asked "on the GPU?").
CONTRASTS: tuple[tuple[str, str], ...] = (
    (r"\bCPUs?\b", r"\bGPUs?\b"),
    (r"\bopen[- ]?(?:sourced?|weights?)\b", r"\bclosed[- ]?(?:sourced?|weights?)\b|\bproprietary\b"),
    (r"\bonline\b", r"\boffline\b"),
    (r"\bon[- ]policy\b", r"\boff[- ]policy\b"),
    (r"(?<![\w-])supervised\b", r"\bunsupervised\b|\bself[- ]supervised\b"),
    (r"\bwhite[- ]box\b", r"\bblack[- ]box\b"),
    (r"\bencoder[- ]only\b", r"\bdecoder[- ]only\b"),
    (r"\bmonolingual\b|\bEnglish[- ]only\b", r"\bmultilingual\b"),
    (r"\bsingle[- ]agent\b", r"\bmulti[- ]agent\b"),
    (r"\bsingle[- ]turn\b", r"\bmulti[- ]turn\b"),
    (r"\bzero[- ]shot\b", r"\bfew[- ]shot\b"),
    (r"(?<!non-)(?<!non )\bautoregressive\b", r"\bnon[- ]?autoregressive\b"),
)
CONTEXT_WORDS = 3  # the words before a side that may negate it or set the paper against it ("unlike GPU-based")


@dataclass(frozen=True)
class Contrast:
    """One side of a contrasting pair asked (`side`, as `written` in the question), its `other` side, and the
    `anchors`: the other concepts asked (and the verb that frames the ask, "trained online"), whose place in a
    sentence says which side it is written beside; without anchors, only a sentence writing the paper's name
    (`about`) says it of the paper."""

    side: re.Pattern[str]
    other: re.Pattern[str]
    written: str
    anchors: list[list[list[str]]]
    about: re.Pattern[str] | None = None


def contrast_asked(
    question: str, asked: list[list[list[str]]], frame: Sequence[str] = (), about: re.Pattern[str] | None = None
) -> Contrast | None:
    """The side of a `CONTRASTS` pair the question asks, and the other concepts asked (`asked` less the side's
    words), the `frame` stems ("train" in "trained online") as one more; None where it asks neither side or
    both."""
    for a, b in CONTRASTS:
        for side, other in ((a, b), (b, a)):
            m = re.search(side, question, re.I)
            if not m or re.search(other, question, re.I):
                continue
            words = set(stems(m.group(0)))  # the side's words anchor nothing ("fine tune" in "supervised fine-tuning")
            kept = [[f2 for f in c if (f2 := [w for w in f if w not in words])] for c in asked]
            anchors = [c for c, whole in zip(kept, asked) if c and not any(f and set(f) <= words for f in whole)]
            if frame:
                anchors.append([list(frame)])
            return Contrast(re.compile(side, re.I), re.compile(other, re.I), m.group(0), anchors, about)
    return None


def token_at(spans: Sequence[tuple[int, int]], at: int) -> int:
    """The index of the token a character offset falls in (or the next after it)."""
    return next((i for i, (_, end) in enumerate(spans) if at < end), len(spans))


def anchor_places(words: list[str], concept: list[list[str]]) -> list[int]:
    """Where the sentence's stems write a concept: the last word of each whole form written, else each content
    word of a form written alone (`alike`: "deploying" for "run")."""
    whole = [
        i + len(f) - 1 for f in concept for i in range(len(words) - len(f) + 1) if find(words[i : i + len(f)], f) == 0
    ]
    if whole:
        return whole
    content = {w for f in concept for w in f if w not in STOP_STEMS}
    return [i for i, w in enumerate(words) if any(alike(w, x) for x in content)]


def contrast_said(sentence: str, contrast: Contrast) -> tuple[str, str]:
    """ "yes" or "no", with the side as written, where the sentence writes the other side of the pair and the
    anchors are written nearer one side than the other; ("", "") where it writes no other side, misses an
    anchor, negates the nearest side or sets the paper against it ("unlike GPU-based methods"), or is not about
    the paper (no anchor and no name)."""
    others = list(contrast.other.finditer(sentence))
    if not others:
        return "", ""
    spans = [m.span() for m in re.finditer(r"[a-z0-9]+", sentence.lower())]
    words = [sense_stem(sentence[a:b]) for a, b in spans]
    places = [anchor_places(words, c) for c in contrast.anchors]
    if any(not p for p in places) or (not places and not (contrast.about and contrast.about.search(sentence))):
        return "", ""
    sides = [(m, False) for m in others] + [(m, True) for m in contrast.side.finditer(sentence)]

    def distance(at: int) -> int:
        return sum(min(abs(at - i) for i in p) for p in places)

    ranked = sorted((distance(token_at(spans, m.start())), not asked, m, asked) for m, asked in sides)
    if len(ranked) > 1 and ranked[0][0] == ranked[1][0] and ranked[0][3] != ranked[1][3]:
        return "", ""
    _, _, m, asked = ranked[0]
    at = token_at(spans, m.start())
    if set(words[max(0, at - CONTEXT_WORDS) : at]) & (NEGATING | SET_AGAINST):
        return "", ""
    return ("yes" if asked else "no"), m.group(0)


def names_any_word(paper: Paper, asked: list[list[list[str]]]) -> bool:
    """Whether the paper's text writes a word of the property at all: where it does but not as asked, it may
    say it in other words, and no verdict is given."""
    doc = sense_stems(f"{paper.title}. {paper.summary}")
    return any(same_word(d, w) for c in asked for f in c for w in f for d in doc)


def code_only(asked: list[list[list[str]]]) -> bool:
    """Whether the property asked is the paper's code and nothing else ("have code", "open source")."""
    return bool(asked) and all(w in CODE_STEMS for c in asked for f in c for w in f)


def code_question(question: str, name: str) -> bool:
    """Whether a question about a known paper asks only for its code ("does it have code?", "where can I find
    its code?"): its words less the paper's `name`, function words and the asking frame are code words, one
    of them naming the code."""
    if not CODE_ASKED_RE.search(question) or NEGATED_ASK_RE.search(question):
        return False
    left = set(stems(question)) - set(stems(name)) - STOP_STEMS - CODE_FRAME_STEMS - ASKING
    return left <= CODE_STEMS and bool(left & set(stems("code github repo repository implementation source")))


# "does Chain of Draft use MCTS?", "did Kimi k1.5 rely on online mirror descent?", "is FormalMATH a benchmark for
# theorem provers?", "was ToMAP trained with RL?", "can LeanK reduce memory?", "has OVO-Bench evaluated Gemini?":
# a paper's name, then what it is asked to do, be or have
NAME_ASKED_RE = re.compile(
    r"^\W*(?P<frame>does|did|is|are|was|were|can|could|has|have)\s+(?:the\s+)?(?P<rest>\S.*?)[\s?.!]*$", re.I
)
# "is X a benchmark for Z?": a kind asked of the name, which a sentence must say of the name itself
KIND_ASKED_RE = re.compile(r"^\W*(?:is|are|was|were)\s+(?:the\s+)?\S.*?\s(?:a|an)\s", re.I)
# how a property is asked after "is / was / has been" and before what is asked: "trained with GRPO", "built on
# Qwen2.5-VL", "evaluated on Waymo", "fine-tuned with LoRA" (general English)
FRAME_PARTICIPLES = frozenset(
    stems("trained built based evaluated tested benchmarked finetuned pretrained developed designed powered")
)
FRAME_HYPHENED = frozenset({("fine", "tune"), ("pre", "train")})
BE_WORDS = frozenset({"be", "been", "being"})
# a word written as a name: a capital after its first letter, two capitals, or a digit ("DyT", "SAM", "k1.5")
NAME_WORD_RE = re.compile(r"^(?=[\w.+-]*(?:[a-z][A-Z]|[A-Z]{2}|\d))[A-Za-z0-9][\w.+-]*$")
# function words a capitalised name may hold ("Chain of Draft", "Segment Anything in 3D"), general English
NAME_GLUE = frozenset("of for and the a an in on to with at by from as".split())
# asked as more or better than another, or as a figure: a comparison, not a property
COMPARING_RE = re.compile(
    r"\b(?:than|outperform\w*|beat\w*|surpass\w*|better|worse|faster|slower|more|less|fewer|score\w*)\b", re.I
)
NAME_WORDS_MAX = 5


def looks_like_name(words: Sequence[str]) -> bool:
    """Words written as a name: one of them written as a name ("R1-VL", "SAM 2"), or every word but the glue
    capitalised ("Chain of Draft", "Grok"), neither end glue."""
    if not words or words[0].lower() in NAME_GLUE or words[-1].lower() in NAME_GLUE:
        return False
    if any(NAME_WORD_RE.match(w) for w in words):
        return True
    return all(w[:1].isupper() for w in words if w.lower() not in NAME_GLUE)


def written_names(question: str) -> list[str]:
    """The question's words written as a name ("NVFP4", "LongCodeZip's" as "LongCodeZip"), less a size or a
    figure ("20B", "1.5x"), which names no system."""
    words = (re.sub(r"['’]s$", "", w.strip(',;:?!.()"')) for w in question.split())
    return [w for w in words if NAME_WORD_RE.match(w) and not re.fullmatch(r"[\d.,]+[A-Za-z%]{0,2}", w)]


def capitalised_name(name: str) -> bool:
    """Every word but the glue written as a name or capitalised ("DeepSeek-V3", "SAM 2", "Grok"): a model named
    as papers write it, not a lowercase phrase ("research on 3D")."""
    words = [w for w in name.split() if w.lower() not in NAME_GLUE]
    return bool(words) and all(w[:1].isupper() or w[:1].isdigit() or NAME_WORD_RE.match(w) for w in words)


def named_splits(question: str, any_case: bool = False, compared: bool = False) -> list[tuple[str, str]]:
    """The ways a "does NAME … ?" question splits into a name and what it asks of it, the longest name first
    (which of them a paper bears is the index's to say); [] for a comparison, a figure or a negated ask.
    `any_case`: also names typed in lowercase ("does openvla use lora?"); `compared`: a comparison too ("is
    SnapGen bigger than 1B parameters?", asked of a figure)."""
    m = NAME_ASKED_RE.match(question)
    if not m or NEGATED_ASK_RE.search(question) or (COMPARING_RE.search(question) and not compared):
        return []
    words = m["rest"].split()
    splits = []
    for n in range(min(NAME_WORDS_MAX, len(words) - 1), 0, -1):
        name = [w.strip(",;:") for w in words[:n]]
        shaped = looks_like_name(name) or (
            any_case and name[0].lower() not in NAME_GLUE and name[-1].lower() not in NAME_GLUE
        )
        if shaped and re.sub(r"['’]s$", "", name[-1]) == name[-1]:
            splits.append((" ".join(name), " ".join(words[n:])))
    return splits


def frame_stems(rest: str) -> list[str]:
    """The stems of the participle that opens what is asked of a name ("trained" in "trained with GRPO", after
    any "been"), where more follows it: how it is asked, not what; [] where none opens it ("a benchmark for Z",
    "fine-tuned?" alone)."""
    words = [w.lower() for w in rest.split()]
    while words and words[0] in BE_WORDS:
        words = words[1:]
    if len(words) < 2:
        return []
    first = stems(words[0])
    framing = (len(first) == 1 and first[0] in FRAME_PARTICIPLES) or tuple(first) in FRAME_HYPHENED
    return first if framing else []


def asks_use(rest: str) -> bool:
    """Whether what is asked opens with a verb of having or using ("use MCTS", "rely on X", "need training")."""
    first = stems(rest)[:1]
    return bool(first) and first[0] in ASKING


def loosely_named(paper: Paper, asked: list[list[list[str]]], about: re.Pattern[str] | None = None) -> str:
    """The first sentence (the title last) that writes every word of some form of each concept asked, in any
    order ("a 3D convolution" for 3D convolutions), and no word that negates or sets the paper against it
    ("rather than replace it"), else the first with a clause that says it so (`plainly_writes`): a yes said in
    other words than the question's; `about` as in `own_sentences`."""
    texts = own_sentences(paper, about)
    plain = (s for s in texts if writes_all(s, asked) and not set(sense_stems(s)) & (NEGATING | SET_AGAINST))
    return next(plain, "") or next((s for s in texts if any(plainly_writes(c, asked) for c in clauses(s))), "")


def clauses(sentence: str) -> list[str]:
    """A sentence's clauses (`CLAUSE_SPLIT_RE`), a relative clause left out: "which uses X" says it of another."""
    return [c for c in CLAUSE_SPLIT_RE.split(sentence) if c.strip() and not RELATIVE_RE.match(c)]


def plainly_writes(clause: str, asked: list[list[list[str]]]) -> bool:
    """Whether a clause writes every word of the property (`writes_all`) with no word before the last of them that
    negates it or sets the paper against it ("CoD surpasses CoT …, while using 92.4% fewer tokens": the second
    clause says it; "rather than replace it" does not; "over a 25% reduction" is a quantity, no comparison)."""
    if not writes_all(clause, asked):
        return False
    words = sense_stems(QUANTITY_OVER_RE.sub(" ", clause))
    last = max((next((i for i, w in enumerate(words) if alike(w, f)), 0) for f in asked_words(asked)), default=0)
    return not set(words[:last]) & (NEGATING | SET_AGAINST)


# "over a 25% reduction", "more than 2x": how much, not what the paper is set against
QUANTITY_OVER_RE = re.compile(r"\b(?:over|more\s+than)\s+(?=(?:an?\s+)?[\d.,]+)", re.I)
RELATIVE_RE = re.compile(r"^\s*(?:which|who|whose)\b", re.I)


# "use SFT before RL", "build the benchmark after the data", "generate a coarse video first": an order asked between
# two things the paper does, or of one thing among its steps
ORDER_ASKED_RE = re.compile(
    r"^(?P<a>.+?)\s+(?P<word>before|after|prior\s+to)\s+(?P<b>.+)$|^(?P<only>.+?)\s+first$", re.I
)
# a sentence giving its steps in order (general English)
SEQUENCE = frozenset(
    stems("first firstly then followed subsequently finally afterwards after before initial initially second next")
    + stems("stage stages step steps phase phases pipeline begins starts")
)
FIRST = frozenset(stems("first firstly initial initially begins starts"))
AFTER = frozenset(stems("after following"))
ORDER_BEFORE = frozenset(stems("then followed subsequently before"))
# "released before o1", "published after March": when a paper came out, which the date paths answer
DATED_RE = re.compile(r"\b(?:releas|publish|announc|came\s+out|appear)", re.I)


def order_asked(rest: str) -> tuple[str, str] | None:
    """What is asked to come first and what after ("use SFT before RL" → ("use SFT", "RL"); "RL after SFT" →
    ("SFT", "RL"); "generate a coarse video first" → ("generate a coarse video", "")); None for no order, or for
    when it came out ("released before o1")."""
    m = ORDER_ASKED_RE.match(rest.strip())
    if not m or DATED_RE.search(rest):
        return None
    if m["only"]:
        return m["only"], ""
    return (m["b"], m["a"]) if m["word"].lower() == "after" else (m["a"], m["b"])


def step_phrase(text: str) -> str:
    """A step of an order question as the thing done: its words less the asking verbs and function words ("use
    SFT" → "SFT", "learn the scaling factor" → "learn scaling factor"), so its acronym twin is found."""
    return " ".join(w for w in text.split() if not set(stems(w)) <= (ASKING | STOP_STEMS))


def positions(words: list[str], concept: list[list[str]]) -> list[int]:
    """Where `words` write the concept: each start of a form written whole; else, where every word of a form
    is written apart, its words' first places ("a scaling factor … is learned" for "learn the scaling factor")."""
    whole = [i for f in concept for i in range(len(words) - len(f) + 1) if find(words[i : i + len(f)], f) == 0]
    if whole:
        return sorted(whole)
    for f in concept:
        first = [next((i for i, w in enumerate(words) if same_word(w, x)), -1) for x in f]
        if first and min(first) >= 0:
            return sorted(first)
    return []


def order_verdict(paper: Paper, first: list[list[str]], then: list[list[str]]) -> Verdict:
    """The summary's say on an order: from the first sentence giving steps in order (`SEQUENCE`) that names
    both, yes where it names the first before the other ("initial fine-tuning …, followed by … RL"), no where
    it names them the other way, an "after" between them turning it round ("RL after an SFT warm-up"). Asked
    of one thing (`then` empty): yes where a sentence of steps names it in its first step."""
    for sentence in sentences(paper.summary):
        words = stems(sentence)
        if not set(words) & SEQUENCE:
            continue
        at = positions(words, first)
        if not at:
            continue
        if not then:
            if first_step(sentence, first):
                return Verdict("yes", sentence)
            continue
        later = positions(words, then)
        if not later:
            continue
        a, b = at[0], later[-1]
        between = set(words[min(a, b) : max(a, b)])
        turned = bool(between & AFTER) and not between & ORDER_BEFORE
        return Verdict("yes" if (a < b) != turned else "no", sentence)
    return Verdict("unstated")


def first_step(sentence: str, concept: list[list[str]]) -> bool:
    """Whether the sentence names the concept in its first step: the clause saying "first" / "initial", or the
    first clause after the colon that opens its list of steps."""
    steps = sentence.split(":", 1)[1] if ":" in sentence else sentence
    parts = [c for c in CLAUSE_SPLIT_RE.split(steps) if c and c.strip()]
    named = [i for i, c in enumerate(parts) if positions(stems(c), concept)]
    if not named:
        return False
    return named[0] == 0 or bool(set(stems(parts[named[0]])) & FIRST)


# A change asked by its verb and said by its comparative ("does CoD reduce tokens?" / "92.4% fewer tokens"):
# general English, each a direction of its own.
DIRECTIONS = (
    frozenset(stems("reduce reduces reduced reducing reduction decrease decreases decreased decreasing fewer less")),
    frozenset(stems("lower lowers lowered cut cuts smaller shrink shrinks minimize minimizes minimizing")),
    frozenset(stems("increase increases increased increasing raise raises improve improves improved improving")),
    frozenset(stems("boost boosts boosted higher greater enhance enhances enhanced")),
)
DOWN, UP = DIRECTIONS[0] | DIRECTIONS[1], DIRECTIONS[2] | DIRECTIONS[3]
# Verbs of one meaning where a system is put to work ("runs the draft model on the CPU" / "deploying the draft
# model on the CPU"): general English.
RUNNING = frozenset(stems("run runs ran running deploy deploys deployed deploying execute executes executed executing"))
ALIKE = (DOWN, UP, RUNNING)


def alike(written: str, asked: str) -> bool:
    """A word of a sentence says the asked one: the same word (`same_word`), the same direction of change, or a
    verb of the same meaning (`RUNNING`)."""
    return same_word(written, asked) or any(asked in way and written in way for way in ALIKE)


def writes_all(sentence: str, asked: list[list[list[str]]]) -> bool:
    """Whether the sentence writes every word of some form of each concept asked, in any order (`written_in`)."""
    return written_in(sense_stems(sentence), asked)


def closest_sentence(paper: Paper, asked: list[list[list[str]]]) -> str:
    """The summary sentence writing most of some form's words, more than half of them ("policy optimization"
    for "preference optimization" is none: one word of two): what it says instead; "" where none does."""
    best: tuple[float, int, str] = (0.0, 0, "")
    for i, sentence in enumerate(sentences(paper.summary)):
        words = sense_stems(sentence)
        share = max(sum(any(alike(w, f) for w in words) for f in form) / len(form) for c in asked for form in c)
        best = max(best, (share, -i, sentence))
    return best[2] if best[0] > 0.5 else ""


def opens_with(paper: Paper, name: str) -> bool:
    """A summary whose first words are the name is about the paper's own system ("AlphaMed explores …"), unless
    its title names it after other words: "Insights into DeepSeek-V3" studies another's model."""
    written = r"[\s-]+".join(re.escape(w) for w in re.split(r"[\s-]+", name.strip()) if w)
    opens = re.match(rf"^\W*(?:[ivx]+\)\s*)?(?:the\s+)?{written}(?![\w-])", paper.summary, re.I)
    return bool(opens) and not model_pattern(name).search(paper.title)


def called_so(paper: Paper, name: str) -> bool:
    """A summary naming its own method so ("a novel approach called ENCORE", "a framework named X"), its title
    not naming it after other words: with no introducing verb, "called" is what introduces the name."""
    written = r"[\s-]+".join(re.escape(w) for w in re.split(r"[\s-]+", name.strip()) if w)
    called = re.search(
        rf"\b(?:a|an)\s+(?:[\w-]+\s+){{0,4}}?(?:called|named|dubbed|termed)\s+{written}(?![\w-])", paper.summary, re.I
    )
    return bool(called) and not model_pattern(name).search(paper.title)


OWN_TITLE_TAIL_RE = re.compile(r"v?\d[\w.]*|technical|tech|report|system|model|card", re.I)


def own_title(title: str, name: str) -> bool:
    """The title's name before the colon is the name, with at most a version, size or "technical report" after
    it ("GPT-4o System Card", "Gemini 2.5: …"): "Llama-3.1-FoundationAI-SecurityLLM-8B" is no paper of LLaMA's."""
    head = re.sub(r"^(?:the|an?)\s+", "", title.split(":")[0].strip(), flags=re.I)
    m = model_pattern(name).match(head)
    if m is None:
        return False
    return all(OWN_TITLE_TAIL_RE.fullmatch(w) for w in re.split(r"[\s_-]+", head[m.end() :]) if w)


def name_parts(name: str) -> list[str]:
    """A name's runs of letters and its version numbers ("Qwen2.5VL" → Qwen, 2.5, VL)."""
    return re.findall(r"[A-Za-z]+|\d+(?:\.\d+)*", name)


def model_pattern(name: str) -> re.Pattern[str]:
    """A model's name as papers write it, spaces and hyphens optional between its parts ("SAM 2", "SAM2",
    "SAM-2"), as a whole word: "Grokking" does not write "Grok"."""
    body = r"[\s_-]*".join(re.escape(p) for p in name_parts(name))
    return re.compile(rf"(?<![\w.-]){body}(?![\w])", re.I)


def mention_sentence(paper: Paper, pattern: re.Pattern[str], asked: list[list[list[str]]], spelled: str = "") -> str:
    """The first summary sentence naming the model (`pattern`) and every word of the asked thing, else one naming
    it with most of some form's content words ("on-policy RL (GRPO)" for "an on-policy method"), its name
    `spelled` out not counted ("Group Relative Policy Optimization" writes no "policy" asked); "" where none."""
    spelled_re = re.compile(r"[\s-]+".join(map(re.escape, spelled.split())), re.I) if spelled.strip() else None
    naming = [(s, spelled_re.sub(" ", s) if spelled_re else s) for s in sentences(paper.summary) if pattern.search(s)]
    whole = next((s for s, bare in naming if writes_all(bare, asked)), "")
    if whole:
        return whole
    content = [[f for f in ([w for w in f if w not in STOP_STEMS] for f in c) if f] for c in asked]
    return next((s for s, bare in naming if most_written(bare, content)), "")


def phrase_written(sentence: str, asked: list[list[list[str]]]) -> bool:
    """Whether the sentence writes some form of each concept asked as one phrase, in its order ("on-policy RL"
    for "on-policy"), not only its words apart."""
    words = sense_stems(sentence)
    return all(any(find(words, f) >= 0 for f in c) for c in asked)


def most_written(sentence: str, asked: list[list[list[str]]]) -> bool:
    """Whether the sentence writes more than half the words of some form of each concept asked."""
    words = sense_stems(sentence)
    return all(any(sum(any(alike(w, x) for w in words) for x in f) * 2 > len(f) for f in c) for c in asked if c)


def mentioned_text(
    name: str, what: str, naming: Sequence[tuple[int, Paper, str]], total: int, kind: bool = False
) -> str:
    """A model or method the digests hold no paper of its own for: said so, with the papers that mention it,
    each with its sentence naming the asked thing where it has one (their word, not a verdict); `kind`: asked
    what it is ("is GRPO an on-policy method?"), not what it uses."""
    states = f"whether {name} is {what}" if kind else f"what {name} uses"
    head = (
        f"The digests do not say: none of their papers is {name}'s own, so none states {states}; "
        f"{total} paper{'s' if total != 1 else ''} only mention{'' if total != 1 else 's'} it."
    )
    lines = [f"- **{p.title}** [{n}]" + (f": {said}" if said else "") for n, p, said in naming]
    return "\n".join([head, *(["Papers mentioning it:", *lines] if lines else [])])


# an acronym as a paper writes it: two to six capitals, a plural s after ("ASR", "TTS", "LLMs")
ACRONYM_RE = re.compile(r"\b([A-Z]{2,6})s?\b")


def initials(words: Sequence[str]) -> str:
    """The first letters of the words."""
    return "".join(w[:1] for w in words)


def acronym_twins(asked: list[list[list[str]]], text: str, question: str) -> list[list[list[str]]]:
    """Each concept with the forms this paper's `text` writes it in, words of it as an acronym or an acronym
    asked spelled out: "ASR benchmark" for a speech recognition benchmark, "text-to-speech model" for a TTS
    model asked in capitals."""
    capitals = sorted(set(ACRONYM_RE.findall(text)))
    asked_capitals = {a.lower() for a in ACRONYM_RE.findall(question)}
    words = re.findall(r"[a-z0-9]+", text.lower())
    out = []
    for concept in asked:
        contents = [[w for w in form if w not in STOP_STEMS] for form in concept]
        extra = [f for c in contents for f in abbreviated(c, capitals, text) + spelled(c, asked_capitals, words)]
        out.append([*concept, *(f for f in extra if f not in concept)])
    return out


def abbreviated(content: list[str], capitals: Sequence[str], text: str) -> list[list[str]]:
    """The form with two or more of its words as an acronym the text writes: their initials, one leading
    letter more allowed ("ASR": automatic speech recognition); none the text spells out as something else."""
    out = []
    for start in range(len(content)):
        for end in range(start + 2, len(content) + 1):
            letters = initials(content[start:end])
            for acronym in capitals:
                low = acronym.lower()
                if low != letters and not (len(low) == len(letters) + 1 and low[1:] == letters):
                    continue
                if not other_meaning(text, acronym, " ".join(content[start:end])):
                    out.append([*content[:start], low, *content[end:]])
    return out


def spelled(content: list[str], asked_capitals: set[str], words: list[str]) -> list[list[str]]:
    """The form with an acronym asked in capitals as the run of the text's words whose initials spell it
    ("text-to-speech" for TTS)."""
    out = []
    for at, word in enumerate(content):
        if word not in asked_capitals or len(word) < 2:
            continue
        n = len(word)
        runs = sorted(
            {tuple(words[k : k + n]) for k in range(len(words) - n + 1) if initials(words[k : k + n]) == word}
        )
        for run in runs:
            kept = [x for x in stems(" ".join(run)) if x not in STOP_STEMS]
            if len(kept) > 1:
                out.append([*content[:at], *kept, *content[at + 1 :]])
    return out


# how another paper says a property of a method it names: classing it with a kind written with the property
# ("critic-free algorithms like GRPO"), or in the clause right after the name ("RFT, which discards failed
# expert trajectories", "X does not require Y") (general English)
CLASSING_RE = re.compile(r"(?:\blike|\bsuch\s+as|\be\.g\.,?|\bincluding|\bnamely)[\s(]*$", re.I)
REMOVING = frozenset(
    stems("remove removes removed removing discard discards discarded discarding drop drops dropping dispense")
    + stems("dispenses forgo forgoes eliminates eliminated")
)
RELATIVE_WORDS = frozenset(stems("which that"))
# a property asked as done without: "is GRPO critic-free?", "is X training free?"
FREE_ASKED_RE = re.compile(r"\w[\s-]free\b", re.I)
DOES_WORDS = frozenset(stems("does do did"))
KIND_WORDS_MAX = 4  # "critic-free RL algorithms": the kind's words before "like"
RELATION_WORDS_MAX = 8  # "which discards failed expert trajectories": the clause after the name


def free_asked(asked: list[list[list[str]]]) -> tuple[list[list[list[str]]], bool]:
    """A property asked as done without ("is GRPO critic-free?"): the concepts less "free", and True; else the
    concepts and False."""
    bare = [[f2 for f in c if (f2 := [w for w in f if w not in NEGATING_AFTER])] for c in asked]
    bare = [c for c in bare if c]
    return (bare, True) if bare and bare != asked else (asked, False)


def written_in(words: list[str], asked: list[list[list[str]]]) -> bool:
    """Whether the stems write every word of some form of each concept asked, in any order."""
    return all(any(all(any(alike(w, f) for w in words) for f in form) for form in c) for c in asked)


def said_of(sentence: str, pattern: re.Pattern[str], asked: list[list[list[str]]]) -> str:
    """What another paper's sentence says of the method (`pattern`) and the property: "no" where it classes the
    method with a kind doing without it ("critic-free algorithms like GRPO") or the clause after the name
    removes or does not use it ("RFT, which discards …"), "yes" where that clause uses it or does the asked
    thing; "" where it attaches nothing to the method ("GRPO to optimize the critic", "a critic-free PPO": a
    variant)."""
    for m in pattern.finditer(sentence):
        before = CLAUSE_SPLIT_RE.split(sentence[: m.start()])[-1]
        if CLASSING_RE.search(before):
            kind = sense_stems(CLASSING_RE.sub("", before))
            run = list(itertools.takewhile(lambda w: w not in STOP_STEMS, reversed(kind)))[:KIND_WORDS_MAX]
            said = words_polarity(run[::-1], asked)
            if said in ("yes", "no"):
                return said
        after = CLAUSE_SPLIT_RE.split(sentence[m.end() :].lstrip(" )-,;"))[0]
        words = sense_stems(after)[:RELATION_WORDS_MAX]
        words = words[1:] if words[:1] and words[0] in RELATIVE_WORDS else words
        if len(words) > 2 and words[0] in DOES_WORDS and words[1] == "not" and words[2] in ASKING:
            if written_in(words[3:], asked):  # "GRPO does not require a critic"
                return "no"
            continue
        if not words:
            continue
        if words[0] in asked_words(asked):  # "which discards …" asked of discarding
            if written_in(words, asked):
                return "yes"
            continue
        if written_in(words[1:], asked) and words[0] in REMOVING | NEGATING:
            return "no"
        if written_in(words[1:], asked) and words[0] in ASKING:
            return "yes"
    return ""


def asked_words(asked: list[list[list[str]]]) -> set[str]:
    """Every stem of every form asked."""
    return {w for c in asked for f in c for w in f}


@dataclass(frozen=True)
class Stated:
    """What other papers say of a method with no paper of its own: `said` ("yes" / "no" to the question
    asked), `uses` (whether they describe it as using the property), and each paper with its sentence."""

    said: str
    uses: bool
    papers: list[tuple[Paper, str]]
    free: bool = False  # asked as done without ("is X critic-free?")


def stated(naming: Sequence[Paper], pattern: re.Pattern[str], asked: list[list[list[str]]]) -> Stated | None:
    """The verdict the papers naming a method give of the property, where they agree (`said_of`); "is X
    critic-free?" asks the opposite of "does X use a critic?". None where none says it, or they differ."""
    bare, free = free_asked(asked)
    found = [(p, s, said) for p in naming for s in sentences(p.summary) if (said := said_of(s, pattern, bare))]
    saids = {said for *_, said in found}
    if len(saids) != 1:
        return None
    uses = saids == {"yes"}
    first = list({p.id: (p, s) for p, s, _ in reversed(found)}.values())[::-1]
    return Stated("yes" if uses != free else "no", uses, first, free)


def stated_text(name: str, what: str, found: Stated, cited: Sequence[int], total: int) -> str:
    """A method no paper is the own of, with what other papers say of it: the verdict first, then their
    sentences."""
    k = len(found.papers)
    how = f"as {what}" if found.free else f"as {'using' if found.uses else 'doing without'} {what}"
    head = (
        f"{found.said.capitalize()}: none of the digests' papers is {name}'s own, but {k}"
        f" paper{'s' if k != 1 else ''} describe{'' if k != 1 else 's'} it {how} ({total} mention it):"
    )
    return "\n".join([head, *(f"- **{p.title}** [{n}]: {s}" for n, (p, s) in zip(cited, found.papers))])


# a question answered yes or no ("does X have code?"), not "where is the code for X?"
YES_NO_RE = re.compile(r"^\W*(?:does|do|did|has|have|is|are|was|were|will|can|could)\b", re.I)


def code_text(n: int, paper: Paper, question: str = "") -> str:
    """Asked about a paper's code: its code link, or that the digest gives none, which does not say there is no
    code: the summary's own sentence when it says the code is released, else that the digest does not say."""
    cited = f"**{paper.title}** [{n}]"
    if paper.code_urls:
        yes = "Yes: the" if YES_NO_RE.match(question) else "The"
        return f"{yes} digest links the code of {cited}: {paper.code_urls[0]}"
    said = next((s for s in sentences(paper.summary) if RELEASE_RE.search(s)), "")
    if said:
        return f"The digest gives no code link for {cited}; its summary says: {said}"
    return (
        f"The digest does not say: it gives no code link for {cited}, and its summary says nothing of a code release."
    )


def order_text(n: int, paper: Paper, what: str, found: Verdict) -> str:
    """An order's verdict first, then the sentence giving the steps in order."""
    cited = f"**{paper.title}** [{n}]"
    if found.said == "yes":
        return f"Yes: {cited}: {found.sentence}"
    if found.said == "no":
        return f"No: the digests' summary of {cited} gives them the other way round: {found.sentence}"
    return answer_text(n, paper, what, found, False)


def answer_text(n: int, paper: Paper, what: str, found: Verdict, code_asked: bool) -> str:
    """The verdict said first, then the sentence that decides it; asked about code, the digest's code link."""
    cited = f"**{paper.title}** [{n}]"
    if code_asked and paper.code_urls:
        return f"Yes: the digest links the code of {cited}: {paper.code_urls[0]}"
    if found.said == "yes":
        also = f"\n\nIt also says, of what it does without: {found.despite}" if found.despite else ""
        return f"Yes: {cited}: {found.sentence}{also}"
    if found.said == "no" and found.instead:
        return f"No: the digests' summary of {cited} says {found.instead}, not {found.side}: {found.sentence}"
    if found.said == "no":
        return f"No: the digests' summary of {cited} says it does without {what}: {found.sentence}"
    if found.said == "against":
        return (
            f"The digest does not say that {cited} uses {what}; its summary names it only as what the paper is"
            f" compared with: {found.sentence}"
        )
    link = " and the digest gives no code link" if code_asked else ""
    if found.sentence:  # its words, not as asked
        return (
            f"The digest does not say it in these words of {cited}{link}; the closest its summary comes to {what}:"
            f" {found.sentence}"
        )
    return f"The digest does not say: its summary of {cited} says nothing about {what}{link}."


# A figure asked as a comparison: "bigger than 10B", "over 100B parameters", "at least 50 languages", "up to 4B
# parameters", "more than a 100x speedup", "fewer than 500M parameters" (general English)
MORE_ASKED = r"more|greater|larger|bigger|higher|longer|over|above|exceeding|beyond|at\s+least"
LESS_ASKED = r"less|fewer|smaller|lower|shorter|under|below|at\s+most|up\s+to|no\s+more"
INCLUSIVE_ASKED_RE = re.compile(r"at\s+(?:least|most)|up\s+to|no\s+more", re.I)
NUMBER = r"(?P<num>\d+(?:,\d{3})*(?:\.\d+)?)"
# "12-billion-parameter model": a scale word may follow the number across a hyphen
UNIT = r"(?:(?:\s*|-(?=[a-z]{4}))(?P<unit>billion|million|thousand|trillion|[bmkt](?![a-z])|[x×%](?![a-z0-9])))?"
FIGURE_ASKED_RE = re.compile(
    rf"\b(?P<how>{MORE_ASKED}|{LESS_ASKED})(?:\s+than)?\s+(?:an?\s+|the\s+)?{NUMBER}{UNIT}(?:[\s-]+(?P<noun>[a-z]+))?",
    re.I,
)
# a figure a summary states, with the two words after it ("1.4B parameters", "a 107B model", "357x speedup",
# "28 billion Dutch tokens")
FIGURE_SAID_RE = re.compile(rf"(?<![\w.]){NUMBER}{UNIT}(?:[\s-]+(?P<noun>[a-z]+(?:\s+[a-z]+)?))?", re.I)
SCALES = {"k": 1e3, "thousand": 1e3, **SIZE_UNITS}
RANGE_WORDS = frozenset({"to", "and"})  # "from 124M to 1.4B parameters": the first figure counts the same thing
RANGE_GAP_MAX = 6  # characters between a range's figures ("1.5B to 72B", "134M-1.7B")
# a size in billions or millions asked with no noun ("bigger than 10B") counts a model's parameters, which a
# summary writes "4 billion parameters" or "a 107B model"
SIZE_NOUNS = frozenset(stems("parameter parameters params model models"))
# nouns that count one thing: a speed-up is written "2.6x speedup" or "2.6x faster"
SAME_COUNT = (frozenset(stems("speedup speedups faster speed acceleration")),)


@dataclass(frozen=True)
class Figure:
    """A figure: its value, its kind (a scale's unit "x" or "%", or "n" for a count) with whether it has a
    scale (billions, millions), the stems of the words after it (the noun it counts among them), and the
    figure as written (`head`) with those words (`after`)."""

    value: float
    kind: str
    scaled: bool
    noun: str
    head: str
    after: tuple[str, ...] = ()

    @property
    def nouns(self) -> list[str]:
        return self.noun.split()

    def text(self, asked: Figure | None = None) -> str:
        """The figure as written, up to the word naming what the asked one counts ("28 billion Dutch tokens")."""
        upto = next((i + 1 for i, w in enumerate(self.nouns) if asked and counts_alike(w, asked)), 0)
        return " ".join([self.head, *self.after[:upto]]) if upto else self.head


@dataclass(frozen=True)
class FigureAsked:
    """A comparison asked of a figure: more (or less) than `figure`, `inclusive` for "at least" / "up to"."""

    more: bool
    inclusive: bool
    figure: Figure
    span: tuple[int, int]


def as_figure(m: re.Match[str], noun: str | None = None) -> Figure:
    """A figure from a match of `FIGURE_ASKED_RE` or `FIGURE_SAID_RE`."""
    unit = (m["unit"] or "").lower()
    value = float(m["num"].replace(",", "")) * SCALES.get(unit, 1.0)
    kind = unit if unit in ("x", "×", "%") else "n"
    said = noun if noun is not None else (m["noun"] or "")
    head = m.group(0)[: m.end("unit") - m.start()] if m["unit"] else m["num"]
    after = tuple(said.split()) if noun is None else ()
    return Figure(value, "x" if kind == "×" else kind, unit in SCALES, " ".join(stems(said)), head, after)


def figure_asked(question: str) -> FigureAsked | None:
    """The figure comparison a yes/no question asks ("did X train models bigger than 10B?"); None where it asks
    none, or one no summary figure can be weighed against (a bare count with no noun: "more than 3?")."""
    m = FIGURE_ASKED_RE.search(question)
    if not m or not YES_NO_RE.match(question) or NEGATED_ASK_RE.search(question):
        return None
    figure = as_figure(m)
    figure = replace(figure, noun=next(iter(figure.nouns), ""))  # "10B parameters", not what follows it
    if figure.noun in STOP_STEMS or (figure.kind == "%" and not figure.noun):
        figure = replace(figure, noun="")
    if not figure.noun and not figure.scaled and figure.kind != "x":
        return None
    if not figure.noun and figure.kind == "n":
        figure = replace(figure, noun=stem("parameters"))
    more = not re.fullmatch(LESS_ASKED, m["how"], re.I)
    return FigureAsked(more, bool(INCLUSIVE_ASKED_RE.fullmatch(m["how"])), figure, m.span())


def same_count(said: Figure, asked: Figure) -> bool:
    """Whether a stated figure counts what the asked one does: the same unit, and the same noun (a model size
    written "parameters" or "model"; a speed-up "speedup" or "faster"; no noun after an "x" says nothing else)."""
    if said.kind != asked.kind or (said.scaled != asked.scaled and asked.kind == "n"):
        return False
    if asked.kind == "x" and (not said.nouns or not asked.noun):
        return True
    return any(counts_alike(w, asked) for w in said.nouns)


def counts_alike(word: str, asked: Figure) -> bool:
    """Whether a stem after a stated figure names what the asked figure counts (`same_count`)."""
    if word == asked.noun or (word in SIZE_NOUNS and asked.noun in SIZE_NOUNS and asked.scaled):
        return True
    return any(word in group and asked.noun in group for group in SAME_COUNT)


def stated_figures(sentence: str) -> list[Figure]:
    """The figures a sentence states, the first of a range counting what its second does ("from 124M to 1.4B
    parameters")."""
    found = list(FIGURE_SAID_RE.finditer(sentence))
    # after a hyphen only as a range's second figure ("134M-1.7B"): "Qwen2.5-72B" is a name's size
    found = [m for i, m in enumerate(found) if sentence[m.start() - 1 : m.start()] != "-" or in_range(found, i)]
    out = []
    for i, m in enumerate(found):
        later = found[i + 1] if i + 1 < len(found) else None
        gap = sentence[m.end("unit") if m["unit"] else m.end("num") : later.start()] if later else ""
        if later and len(gap) <= RANGE_GAP_MAX and re.fullmatch(r"\s*(?:to|and|-|–)\s*", gap):
            out.append(as_figure(m, later["noun"] or ""))
        else:
            out.append(as_figure(m))
    return out


def in_range(found: Sequence[re.Match[str]], i: int) -> bool:
    """Whether the i-th figure follows the one before it across a hyphen ("134M-1.7B")."""
    return i > 0 and found[i - 1].end("unit" if found[i - 1]["unit"] else "num") == found[i].start() - 1


def passes(said: Figure, asked: FigureAsked) -> bool:
    """Whether a stated figure meets the comparison asked."""
    a, b = said.value, asked.figure.value
    if asked.more:
        return a >= b if asked.inclusive else a > b
    return a <= b if asked.inclusive else a < b


def figure_verdict(paper: Paper, asked: FigureAsked) -> Verdict:
    """Yes where a figure the summary states of the asked kind meets the comparison (the one nearest the asked
    figure), no where none does (the largest for "more than", the smallest for "less than"), quoting the
    sentence of that figure and giving it as `instead`; unstated where the summary states no such figure."""
    said = [(f, s) for s in sentences(paper.summary) for f in stated_figures(s) if same_count(f, asked.figure)]
    if not said:
        return Verdict("unstated")
    meeting = [(f, s) for f, s in said if passes(f, asked)]
    if meeting:  # the figure nearest the one asked: "39 languages" for "more than 30", not the suite's 47
        f, sentence = min(meeting, key=lambda fs: abs(fs[0].value - asked.figure.value))
        return Verdict("yes", sentence, instead=f.text(asked.figure))
    f, sentence = (max if asked.more else min)(said, key=lambda fs: fs[0].value)
    return Verdict("no", sentence, instead=f.text(asked.figure))


# "the Muon practical efficiency paper": one paper asked by words of its title
TITLE_WORDS_ASKED_RE = re.compile(r"\bthe\s+(?P<words>(?:[\w.-]+\s+){1,5}?)(?:paper|work|study)\b", re.I)


def figure_text(n: int, paper: Paper, asked: FigureAsked, found: Verdict) -> str:
    """A figure comparison's verdict first, then the figure and its sentence."""
    cited = f"**{paper.title}** [{n}]"
    if found.said == "yes":
        return f"Yes: {cited} gives {found.instead}: {found.sentence}"
    most = "largest" if asked.more else "smallest"
    return f"No: the {most} figure the digests' summary of {cited} gives is {found.instead}: {found.sentence}"


# "does UNCAGE work without retraining?", "can ENCORE do 10,000 edits without losing performance?": a named paper
# asked whether it does without something; what comes before "without" is what it is asked to do
WITHOUT_ASKED_RE = re.compile(
    r"^(?P<head>\W*(?:does|did|do|is|was|are|can|could)\s+\S.*?)\s+without\s+(?P<what>\S[^?]*?)[\s?.!]*$", re.I
)
# words of losing something (general English): "without losing performance" is said "without loss of downstream
# performance" or "without significant performance degradation"
LOSS = frozenset(
    stems("lose loses losing lost loss losses degrade degrades degrading degradation drop drops dropping")
    + stems("sacrifice sacrifices sacrificing compromise compromising hurt hurting harm harming")
)
# before what a paper does without, as good as "without" ("negligible performance loss", "minimal overhead")
SCANT = frozenset(stems("negligible minimal little marginal slight"))
# a sentence stating what the paper sets out to do, not what it did ("Main research question or objective: How to
# … without SFT", "aims to …"): general English
AIM_RE = re.compile(
    r"\b(?:objectives?|research\s+questions?|aims?\s+(?:to|is)|goal\s+is|how\s+to|whether|seeks?\s+to)\b", re.I
)
# the words after "without" that may hold what it is without ("without loss of downstream performance")
WITHOUT_WINDOW = 8
# how the ask is framed before "without", not what is asked ("does X work …", "can X run …")
WITHOUT_FRAME = frozenset(stems("work works run runs function operate perform do does can could still well"))


@dataclass(frozen=True)
class WithoutAsked:
    """A "does X … without Y?" ask: the question before "without" (`head`, with its name), `what` as written, and
    its content stems (`wanted`)."""

    head: str
    what: str
    wanted: list[str]


def without_asked(question: str) -> WithoutAsked | None:
    """The parts of a "does X … without Y?" question; None for any other, or one negated twice ("does X not work
    without Y?")."""
    m = WITHOUT_ASKED_RE.match(question)
    if not m or NEGATED_ASK_RE.search(m["head"]) or NEGATED_ASK_RE.search(m["what"]):
        return None
    wanted = [w for w in sense_stems(m["what"]) if w not in STOP_STEMS]
    return WithoutAsked(f"{m['head']}?", m["what"], wanted) if wanted else None


def lost_alike(written: str, asked: str) -> bool:
    """`alike`, words of losing (`LOSS`) one word."""
    return alike(written, asked) or (asked in LOSS and written in LOSS)


def does_without(words: list[str], forms: list[list[str]]) -> bool:
    """Whether a clause's stems say it does without what is asked: every word of one of its `forms` within
    `WITHOUT_WINDOW` words after a negating word ("without loss of downstream performance", "no-retraining",
    "negligible overhead"), or right before "free" ("training-free")."""
    for i, word in enumerate(words):
        for form in forms:
            if word in NEGATING or word in SCANT:
                window = words[i + 1 : i + 1 + WITHOUT_WINDOW]
            elif word in NEGATING_AFTER:
                window = words[max(0, i - len(form)) : i]
            else:
                break
            if all(any(lost_alike(w, x) for w in window) for x in form):
                return True
    return False


def without_verdict(paper: Paper, asked: WithoutAsked, name: str, forms: list[list[str]]) -> Verdict:
    """Yes where a clause of the summary (or the title) does without the asked thing (`does_without`), the one
    writing most of what the question asks it to do first ("10,000 sequential edits without loss of downstream
    performance" over the aim's "how to … without … loss of downstream performance"); no where a clause plainly
    uses it ("features from video frames, camera poses, and timestamps" asked "without camera poses"), never for a
    loss asked ("with a 1% loss" may be too small to count); else unstated. What the paper aims at (`AIM_RE`) is no
    result: DeepSeek-R1's aim "using RL without SFT" beside its pipeline's "rejection sampling with supervised
    fine-tuning" is a no, the aim said after it. `forms`: the asked words and the forms the paper writes them in
    (`acronym_twins`: "supervised fine-tuning" for SFT)."""
    texts = own_sentences(paper)
    doing = set(sense_stems(asked.head)) - STOP_STEMS - WITHOUT_FRAME - set(stems(name))
    free = [s for s in texts if any(does_without(sense_stems(c), forms) for c in clauses(s))]
    done = [s for s in free if not AIM_RE.search(s)]
    if done:
        return Verdict("yes", max(done, key=lambda s: len(doing & set(sense_stems(s)))))
    used = [forms]
    if not set(asked.wanted) & LOSS:
        uses = (s for s in texts if not AIM_RE.search(s) and any(plainly_writes(c, used) for c in clauses(s)))
        if found := next(uses, ""):
            return Verdict("no", found, despite=next(iter(free), ""))
    if free:
        return Verdict("yes", free[0])
    return Verdict("unstated", closest_sentence(paper, [forms]))


def without_text(n: int, paper: Paper, asked: WithoutAsked, found: Verdict) -> str:
    """The verdict on doing without, said first, then the sentence that decides it."""
    cited = f"**{paper.title}** [{n}]"
    if found.said == "yes":
        return f"Yes: {cited}: {found.sentence}"
    if found.said == "no":
        aim = f"\n\nIts aim is stated without it: {found.despite}" if found.despite else ""
        return f"No: the digests' summary of {cited} says it uses {asked.what}: {found.sentence}{aim}"
    if found.sentence:
        return (
            f"The digest does not say whether {cited} works without {asked.what}; the closest its summary comes:"
            f" {found.sentence}"
        )
    return f"The digest does not say: its summary of {cited} says nothing about {asked.what}."

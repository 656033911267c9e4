"""Question → what is asked, in one step: intent, topic phrases, filters; markup stripped, typos fixed.

Pure functions. The corpus vocabulary (word → document frequency) and the mined acronyms come in as
arguments, so the step runs in tests without an index. Terms are compared by their Snowball stems,
so "compress" finds "compression" and a plural finds its singular; an acronym and its spelled-out
form are one concept.

Non-English questions: there is no translation model offline. What carries over is what AI papers
share across languages: acronyms and model names written in Latin letters, and cognates ("difusión",
"distillation"), which accent folding plus the same typo correction maps onto the corpus's words.
Words that map onto nothing are dropped rather than guessed.
"""

from __future__ import annotations

import html
import itertools
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from functools import cache, lru_cache
from typing import Any, TypeVar

import snowballstemmer
from rapidfuzz import process
from rapidfuzz.distance import OSA, DamerauLevenshtein

from rag import aggregate, frames, qualifiers
from rag.affiliation import lab_of
from rag.authors import person_name
from rag.authors import resolve as authors_of_name
from rag.english import is_english, variant
from rag.question import (
    MONTHS,
    OPENER_RE,
    as_papers,
    counted_back,
    ordering,
    recent_span,
    strip_code_intent,
    strip_dates,
    trailing_year,
    without_published,
    year_pair,
)
from rag.text import STOPWORDS, descriptive, fold, singular_phrase

# Whose authors are asked: "the", "its", "their", or a name's possessive ("Contextualized Counterspeech's").
_WHOSE = r"(?:the\s+|its\s+|their\s+)?(?:(?:\S+\s+){0,5}?\S+['’]s\s+)?"
INTENTS = (
    "list",
    "fact",
    "definition",
    "authors",
    "when",
    "compare",
    "summary",
    "trend",
    "corpus",
    "aggregate",
    "limitations",
)
WORD_RE = re.compile(r"[a-z0-9]+(?:[-'][a-z0-9]+)*")
FOREIGN_SCRIPT_RE = re.compile(r"[\u0370-\u03ff\u0400-\u04ff\u0590-\u06ff\u0900-\u0dff\u0e00-\u0e7f]")
CJK_RE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")

# A question typed as keywords ("MCTS papers?") opens with no question word.
KEYWORDS = r"^(?!\s*(?:what|which|how|who|whom|whose|when|where|why|is|are|was|were|do|does|did|can|could|has|have|"
KEYWORDS += r"should|would|list|name|show|find|give|tell|compare|summari[sz]e|define|explain|describe|please)\b)\s*"
IN_CORPUS_RE = re.compile(
    r"\s*[,;:]?\s+(?:(?:as|when)\s+(?:it\s+is\s+)?(?:used|defined|described|meant|understood)\b.*|"
    r"(?:in|across|according\s+to)\s+(?:these|the|this)\s+(?:papers|digests?|corpus|literature|field)\b.*)$",
    re.I,
)
# "papers on X", "studies applying X to Y", "research exploring X", "papers modelling X": the papers
# themselves are asked for (any participle after "papers").
# "Research on X" / "studies on X" may ask about one finding; a participle asks for the papers doing it.
DOING_WORDS = (
    "using applying proposing introducing presenting exploring studying examining investigating addressing "
    "tackling evaluating"
).split()
NOTABLE_WORDS = "key important notable main major top recent new newest latest best".split()
# "Which research uses X?", "what work has explored X?": the same verbs, asked of the papers as a subject
# ("which work introduced X?" asks for the one paper that made X: no verb of making here).
DONE_WORDS = (
    "uses used applies applied explores explored studies studied examines examined investigates investigated "
    "addresses addressed tackles tackled evaluates evaluated"
).split()
DOING = "|".join(DOING_WORDS)
PAPERS_ON = (
    rf"|^\s*(?:(?:{'|'.join(NOTABLE_WORDS)})\s+)?"
    rf"(?:papers\s+(?:on|about|regarding|related\s+to|that|which|with|{DOING}|(?!during\b|being\b)[a-z]+ing)"
    rf"|(?:studies|articles|research|works?)\s+(?:{DOING}))\b"
    rf"|^\s*(?:which|what)\s+(?:(?:{'|'.join(NOTABLE_WORDS)})\s+)*(?:research|work|literature)\s+"
    rf"(?:(?:has|have)\s+(?:been\s+)?)?(?:{'|'.join(DONE_WORDS)})\b"
)
THE_CORPUS = r"(?:the\s+|this\s+|your\s+)?(?:corpus|digests?|collection|index|database)\b"
# The corpus's whole count in other words ("how many papers do the digests hold in total?", "how many papers are
# there in total?", "how many papers have been indexed?"): asked as its plain wording, `CORPUS_TOTAL`, so that no
# holding verb or "in total" is read as a topic (general English).
CORPUS_TOTAL = "how many papers are in the corpus?"
CORPUS_TOTAL_RE = re.compile(
    r"^\W*how\s+many\s+(?:papers|works|articles|preprints)\s*"
    # something that says the whole corpus: a bare "how many papers?" in a chat counts the list before it
    r"(?=.*\b(?:corpus|digests?|collection|index|indexed|database|you|collected|listed|ingested|added|total|all"
    r"|altogether|overall|told)\b)"
    r"(?:(?:are|were)(?:\s+there)?|have\s+been\s+(?:indexed|collected|listed|ingested|added)"
    rf"|(?:do|does|did)\s+(?:{THE_CORPUS}|you)\s*(?:hold|contain|have|include|cover|list|index)?)?\s*"
    rf"(?:(?:in|across)\s+{THE_CORPUS}\s*)?(?:in\s+total|in\s+all|altogether|overall|all\s+told)?\W*$",
    re.I,
)
METHODS_ASKED = (
    r"^\s*(?:which|what)\s+(?:(?:are|were)\s+(?:the\s+|some\s+)?)?(?:(?:main|key|major|common|best|recent|new|"
    r"different|existing|popular)\s+)*(?:methods|approaches|techniques|strategies)\b"
    r"(?!\s+(?:does|do|did|has|have|had|is|was)\b)"
)
METHODS_ASKED_RE = re.compile(METHODS_ASKED, re.I)
# "what's the best way to reduce X?", "how can I reduce X?", "how do people reduce X?", "how to reduce X?":
# the same request as "what methods reduce X?" (the papers' methods for X), read in that frame.
RANKING_WORDS = (
    r"(?:best|most\s+(?:effective|efficient|promising|popular|common|reliable)|easiest|simplest|cheapest|fastest"
    r"|recommended|optimal|ideal|top)"
)
WAY_ASKED_RE = re.compile(
    r"^\s*(?:(?:what(?:'s|’s|s|\s+is|\s+are|\s+were|\s+would\s+be)?|which(?:'s|\s+is|\s+are)?)\s+)?(?:the\s+|some\s+|a\s+)?"
    rf"(?P<rank>{RANKING_WORDS}\s+|good\s+|better\s+|proven\s+|standard\s+|common\s+|practical\s+)?"
    r"(?:ways?|methods?|approach(?:es)?|techniques?|strateg(?:y|ies)|practices?)\s+(?:to|for|of)\s+"
    r"(?P<rest>.+)$"
    r"|^\s*how\s+(?:can|could|should|do|does|would|might|may)\s+(?:i|we|you|one|people|researchers|practitioners|folks"
    r"|someone|engineers|developers|papers|the\s+papers|current\s+methods|existing\s+methods)\s+(?:best\s+)?(?P<rest2>.+)$"
    r"|^\s*(?:what(?:'s|’s|\s+is)\s+)?how\s+to\s+(?:best\s+)?(?P<rest3>.+)$",
    re.I,
)
# A reading request: what to read to come to know a topic ("what should I read to understand X?", "where do I
# start with X?", "a good introduction to X", "I want to get up to speed on X"). The purpose verb says why the
# reader asks, never what about: the request is the papers on X, surveys and overviews of X first.
PURPOSE = (
    r"(?:understand|learn(?:\s+(?:more\s+)?about)?|get\s+(?:into|started\s+(?:with|on|in)|up\s+to\s+speed\s+(?:on|with))"
    r"|know\s+(?:more\s+)?about|grasp|master|study|dive\s+into|start\s+(?:with|on|in)|catch\s+up\s+on"
    r"|familiari[sz]e\s+(?:myself|ourselves)\s+with|be\s+up\s+to\s+speed\s+(?:on|with))"
)
_READER = r"(?:i|we|one|someone|a\s+beginner|a\s+newcomer|newcomers|beginners)"
_INTRO_NOUN = (
    r"(?:introductions?|intros?|primers?|tutorials?|starting\s+points?|reading\s+lists?"
    r"|introductory\s+(?:papers?|readings?|reads?|texts?|overviews?|surveys?))"
)
_GOOD = (
    r"(?:(?:good|great|nice|gentle|quick|short|brief|solid|accessible|beginner-friendly|best|recommended|easy"
    r"|friendly)\s+)"
)
_ASKING = (
    r"(?:what(?:'s|’s|\s+is|\s+are|\s+would\s+be)|is\s+there|are\s+there|any|(?:can|could|would)\s+you\s+(?:recommend|suggest"
    r"|point\s+me\s+to)|(?:please\s+)?(?:recommend|suggest)(?:\s+me)?|i\s+(?:need|want|would\s+like)|i(?:'d|’d)\s+like"
    r"|i(?:'m|’m|\s+am)\s+looking\s+for|looking\s+for)"
)
READING_RES = [
    re.compile(p, re.I)
    for p in (
        # "what should I read (first) to understand X?", "which papers should I read about X?"
        rf"^\s*(?:what|which)(?:\s+(?:papers?|works?|articles))?\s+(?:should|would|could|do|can|must)\s+{_READER}\s+read"
        rf"(?:\s+first)?\s+(?:(?:(?:in\s+order\s+)?to|if\s+(?:i|we)\s+want\s+to)\s+{PURPOSE}|on|about|regarding|for)\s+(?P<x>.+)",
        # "what do you recommend I read to understand X?"
        r"^\s*(?:what|which)(?:\s+papers?)?\s+(?:do|would|can|could)\s+you\s+(?:recommend|suggest)\s+(?:(?:that\s+)?i\s+read"
        rf"|(?:for\s+me\s+)?to\s+read)(?:\s+first)?\s+(?:(?:in\s+order\s+)?to\s+{PURPOSE}|on|about|for)\s+(?P<x>.+)",
        # "where do I start with X?", "where should a beginner begin reading about X?", "where to start with X?"
        rf"^\s*where\s+(?:(?:should|do|can|could|would|might)\s+{_READER}|to)\s+(?:start|begin)(?:\s+reading)?"
        rf"\s+(?:(?:(?:in\s+order\s+)?to|if\s+(?:i|we)\s+want\s+to)\s+{PURPOSE}|with|on|in|for|about)\s+(?P<x>.+)",
        # "how do I get started with X?", "how can I get up to speed on X?"
        rf"^\s*how\s+(?:do|should|can|could|would)\s+{_READER}\s+(?:get\s+started\s+(?:with|on|in)|get\s+into"
        r"|get\s+up\s+to\s+speed\s+(?:on|with)|learn\s+(?:more\s+)?about|catch\s+up\s+on|start\s+learning(?:\s+about)?"
        r"|begin\s+learning(?:\s+about)?)\s+(?P<x>.+)",
        # "what's a good introduction to X?", "any primer on X?", "a gentle tutorial on X"
        rf"^\s*(?:{_ASKING}\s+)?(?:an?\s+|some\s+|any\s+|the\s+)?{_GOOD}*{_INTRO_NOUN}\s+(?:to|on|of|for|about|into)\s+(?P<x>.+)",
        # "is there a good overview of X?", "a good overview of X" (not "give me an overview of X": a summary)
        rf"^\s*{_ASKING}\s+(?:an?\s+|some\s+|any\s+|the\s+)?{_GOOD}*overviews?\s+(?:of|on|about)\s+(?P<x>.+)",
        rf"^\s*(?:an?\s+|some\s+|any\s+)?{_GOOD}+overviews?\s+(?:of|on|about)\s+(?P<x>.+)",
        # "I'm new to X, what should I read?", "I want to get up to speed on X", "help me understand X: what to read?"
        r"^\s*i(?:'m|’m|\s+am)\s+(?:completely\s+|totally\s+|quite\s+|fairly\s+|pretty\s+)?new\s+to\s+(?P<x>[^,.;:?!]+)",
        r"\b(?:get|getting|be|come|bring\s+me)\s+up\s+to\s+speed\s+(?:on|with)\s+(?P<x>[^,.;:?!]+)",
        rf"^\s*(?:i\s+(?:want|need|would\s+like|am\s+trying|'m\s+trying|’m\s+trying)|i(?:'d|’d)\s+like|help\s+me)\s+(?:to\s+)?"
        rf"{PURPOSE}\s+(?P<x>[^,.;:?!]+?)\s*[,.;:!-]+\s*(?=.*\b(?:read|reading|start|begin|papers?|recommend|suggest)\b)",
    )
]
# What may close a reading request after its topic: "…, what should I read?", "… first", "please"
READING_TAIL_RE = re.compile(
    r"\s*(?:[,;:.!-]+\s*(?:so\s+)?(?:what|where|which|any|how|please|can|could|recommend|suggest)\b.*"
    r"|\s+(?:first|please|from\s+scratch|as\s+a\s+beginner|quickly)\b.*|[?.!\s]*)$",
    re.I,
)


def reading_frame(text: str) -> tuple[str, bool]:
    """("what are the papers on diffusion models?", True) for "what should I read to understand diffusion
    models?": a reading request, read as the papers on its topic (`READING_RES`); (text, False) otherwise."""
    for pattern in READING_RES:
        m = pattern.search(text)
        topic = READING_TAIL_RE.sub("", m.group("x")).strip() if m else ""
        if topic and re.search(r"\w", topic):
            return f"what are the papers on {topic}?", True
    return text, False


# Who a reader is, said of the papers asked for ("good for beginners", "relevant for AI practitioners",
# "beginner-friendly papers on X"): general English words for learners and for those who build with AI, not read
# off the corpus. Neither is a topic: every digest summary says what a paper means for AI practitioners, and no
# summary is written for beginners.
_LEARNERS = r"(?:(?:complete|total|absolute)\s+)?(?:beginners?|newcomers?|novices?|students?|newbies?|learners?)"
_BUILDERS = (
    r"(?:(?:ai|ml|machine[\s-]learning|llm|software|applied)\s+)?(?:practitioners?|engineers?|developers?|builders?)"
    r"|(?:the\s+)?industry"
)
_FIT = (
    r"(?:(?:most|more|very|really|particularly|especially)\s+)?(?:relevant|useful|helpful|good|best|suitable|great|ideal"
    r"|important|valuable|recommended|accessible|practical|interesting|appropriate|worth\s+reading|matters?|of\s+(?:interest"
    r"|use|value))(?:\s+most)?"
)
# the audience ends where a noun would make it a modifier ("industry applications of LLMs" is a topic)
_AUDIENCE = (
    rf"(?P<who>{_LEARNERS}|{_BUILDERS})(?=\s*(?:[?.!,;]|$)|\s+(?:in|on|about|to|into|of|for|who|that|working)\b)"
)
AUDIENCE_RES = [
    re.compile(p, re.I)
    for p in (
        # "which papers are relevant for AI practitioners?", "X papers useful to developers"
        rf"(?:\s+(?:is|are|would\s+be|that\s+(?:are|would\s+be)))?\s+{_FIT}\s+(?:for|to)\s+(?:an?\s+|the\s+)?{_AUDIENCE}\b",
        # "which world models papers should a newcomer read?"
        rf"\s+should\s+(?:an?\s+)?(?P<who>{_LEARNERS})\s+read\b",
        # "beginner-friendly papers on X"
        r"(?P<who>beginner|newcomer|novice|student|practitioner|developer|industry)[\s-]friendly\b",
        # "papers on LLM agents for practitioners", "diffusion models papers for beginners": the audience closes a
        # bare request for papers ("which papers build code assistants for developers?" asks for a kind of tool)
        r"^\W*(?:(?:which|what)(?:\s+are)?\s+)?(?:the\s+|some\s+)?(?:(?:good|great|best|top|useful)\s+)*"
        r"(?:papers?\s+(?:on|about|in|regarding)\s+[^?]+?|[^?]+?\s+papers?)"
        rf"(?P<cut>\s+for\s+(?:an?\s+|the\s+)?{_AUDIENCE})\s*[?.!]*\s*$",
    )
]
PAPERS_ASKED_RE = re.compile(r"\b(?:papers?|works|articles|reads|readings|research)\b", re.I)
# What is left of the question once its audience is out, around the topic: "which papers … on", "good … papers"
_AROUND_TOPIC_RE = re.compile(
    r"^\W*(?:(?:which|what)(?:\s+(?:are|is|would\s+be))?|show\s+me|list|give\s+me|recommend|suggest|any)?\s*"
    r"(?:(?:the|some|a\s+few|any)\s+)?(?:(?:good|great|best|top|nice|key|useful)\s+)*(?:papers?|works|articles|reads|readings|research)?"
    r"\s*(?:(?:on|about|in|for|regarding|covering|of)\s+)?",
    re.I,
)


def audience_frame(text: str) -> tuple[str, str]:
    """A request for papers said to suit an audience, read without it: ("what should a beginner read on X?",
    "learner") for the learners' (a reading request: surveys first), ("what are the papers on X?", "builder") for
    practitioners', industry's or engineers' (every summary speaks to them: the audience picks out no paper); with
    no topic left, ("", audience). (text, "") for any other question."""
    if not PAPERS_ASKED_RE.search(text):
        return text, ""
    for pattern in AUDIENCE_RES:
        m = pattern.search(text)
        if not m:
            continue
        cut = "cut" if m.groupdict().get("cut") else 0
        rest = f"{text[: m.start(cut)]} {text[m.end(cut) :]}"
        rest = re.sub(r"\b(?:papers?|works|articles|reads|readings)\b", " ", _AROUND_TOPIC_RE.sub(" ", rest), count=1)
        topic = re.sub(
            r"^\s*(?:(?:on|about|in|into|to|for|regarding|of)\s+)?|\s*(?:are|is)?\s*[?.!]*\s*$", "", rest, flags=re.I
        )
        topic = " ".join(topic.split())
        learner = re.fullmatch(_LEARNERS + r"|beginner|newcomer|novice|student", m["who"], re.I)
        audience = "learner" if learner else "builder"
        if not re.search(r"\w", topic):
            return "", audience
        asked = f"what should a beginner read on {topic}?" if learner else f"what are the papers on {topic}?"
        return asked, audience
    return text, ""


# What a "how can I …" question asks that is no method of the papers: finding or reading them, the tool itself.
NOT_A_METHOD_RE = re.compile(
    r"^\s*(?:find|search|look|get\s+(?:papers|the\s+papers|a\s+list)|read|see|cite|download|access|filter|browse|export"
    r"|use\s+(?:this|the\s+(?:ui|app|tool|cli|search|chatbot|corpus|digests?))|ask|install|run\s+(?:this|the))\b",
    re.I,
)


def methods_frame(text: str) -> tuple[str, bool]:
    """("what are the methods that reduce KV cache memory?", True) for "what's the best way to reduce KV cache
    memory?":
    a question asking how X is done, read as asking for the papers' methods for X; True when it asked
    for the best one (the digests rank no method above another). (text, False) for any other question."""
    m = WAY_ASKED_RE.match(text)
    if not m:
        return text, False
    rest = m.group("rest") or m.group("rest2") or m.group("rest3") or ""
    if not re.search(r"\w", rest) or NOT_A_METHOD_RE.match(rest):
        return text, False
    best = bool(m.group("rank") and re.match(RANKING_WORDS, m.group("rank"), re.I)) or bool(
        re.match(r"^\s*how\s+(?:\w+\s+){1,2}best\b|^\s*(?:what(?:'s|’s|\s+is)\s+)?how\s+to\s+best\b", text, re.I)
    )
    return f"what are the methods that {rest.strip()}", best


# "what are the open problems in RLHF?", "limitations of GRPO", "future work on world models", "what open
# problems remain in X?": what the papers on a topic say is still hard about it, each paper's own sentence.
LIMIT_NOUN = (
    r"(?:open\s+(?:problems?|questions?|challenges?|issues?|research\s+questions?)|limitations?|challenges?|drawbacks?"
    r"|weakness(?:es)?|shortcomings?|pitfalls?|failure\s+modes?|problems|issues|bottlenecks|research\s+gaps?"
    r"|future\s+(?:work|research|directions?)|unsolved\s+problems?|remaining\s+(?:problems?|challenges?))"
)
LIMIT_QUALIFIER = (
    r"(?:(?:main|key|major|biggest|known|current|remaining|common|open|outstanding|unsolved|important|big)\s+)*"
)
LIMITS_ASKED = (
    rf"^\s*(?:(?:what|which)(?:'s|’s|\s+(?:are|is|were|remain))?\s+)?(?:the\s+|some\s+|any\s+)?{LIMIT_QUALIFIER}{LIMIT_NOUN}"
    r"\s+(?:in|of|with|for|facing|around|on|in\s+using|when\s+using)\s"
    rf"|^\s*(?:what|which)\s+{LIMIT_QUALIFIER}{LIMIT_NOUN}\s+(?:remain|persist|exist|are\s+there|do\s+\w+\s+(?:have|face))\b"
    r"|^\s*what(?:'s|’s|\s+is|\s+remains)\s+(?:still\s+)?(?:hard|difficult|unsolved|open|challenging)\s+(?:about|in|with|for)\s"
    r"|^\s*where\s+(?:does|do)\s+[^?]+\s+fall\s+short\b"
)
LIMITS_ASKED_RE = re.compile(LIMITS_ASKED, re.I)
# The words a limitations question asks with, never its topic.
LIMIT_WORDS = frozenset(
    """
    open problem problems question questions challenge challenges limitation limitations drawback drawbacks weakness
    weaknesses shortcoming shortcomings pitfall pitfalls failure modes mode issue issues bottleneck bottlenecks gap gaps
    future direction directions unsolved remaining remain remains persist exist outstanding known main key major biggest
    current common important big still hard difficult challenging fall short according face facing
    """.split()
)
# "which surveys cover RAG?", "any survey on RAG?", "are there benchmarks for GUI agents?", "is there a
# paper on X?": papers of a kind on a topic, all of them ("which benchmark does X use?" asks of one paper)
# Words that rank the benchmarks or surveys asked for ("the main benchmarks for X", "common datasets"): the
# papers making them on X are the answer, and the word is no topic
# General English words of rank and habit ("the go-to benchmarks", "the de facto standard datasets", "the most
# widely adopted benchmarks"), not read off the corpus.
KIND_QUALIFIERS = (
    r"(?:main|common|standard|popular|key|major|usual|typical|important|leading|best|best-known|well-known|go-to"
    r"|established|canonical|classic|default|mainstream|representative|prevalent|dominant|prominent|primary|de\s+facto"
    r"|(?:most\s+)?(?:widely|commonly|frequently|generally)[- ](?:used|adopted|accepted|recogni[sz]ed)|most[- ]used"
    r"|most\s+(?:popular|common|important|established|prominent|prevalent|representative))"
)
KIND_WORDS = r"(?:surveys?|reviews?|benchmarks?|datasets?|data\s+sets?)"
KIND_QUALIFIER_RE = re.compile(rf"\b(?:{KIND_QUALIFIERS}\s+)+(?={KIND_WORDS}\b)", re.I)
KIND_USED_OFTEN_RE = re.compile(
    rf"\b({KIND_WORDS}\s+(?:are|is))\s+(?:(?:most|more)\s+)?(?:commonly|widely|typically|usually|often|frequently"
    r"|generally|most)\s+(?=used\b)",
    re.I,
)
_HABIT = r"(?:usually|typically|commonly|generally|normally|often|mostly|most\s+often|conventionally|traditionally)"
_FOLK = (
    r"(?:people|researchers|practitioners|authors|papers|most\s+papers|the\s+community|the\s+field|folks|you|we|one)"
)
# How a field is evaluated, asked of its habit: "which benchmarks do people use for X?", "how is X usually
# evaluated?", "how do researchers typically benchmark X?" ask for the benchmarks and data sets made for X, as
# "what are the common benchmarks for X?" does. A named system asked without a habit word ("how is DeepSeek-R1
# evaluated?") asks of its own paper and is left alone.
FIELD_EVALUATION_RES = [
    re.compile(p, re.I)
    for p in (
        rf"^\s*(?:which|what)\s+(?P<kind>benchmarks|datasets|data\s+sets|evaluation\s+sets)\s+(?:do|does)\s+{_FOLK}\s+"
        rf"(?:{_HABIT}\s+)?(?:use|evaluate\s+on|test\s+on|rely\s+on|report\s+on|benchmark\s+on)\s+"
        r"(?:for|in|on|when\s+(?:evaluating|studying)|to\s+(?:evaluate|test|benchmark|measure|assess|train))\s+(?P<x>.+)",
        rf"^\s*how\s+(?:is|are)\s+(?P<x>.+?)\s+{_HABIT}\s+(?:evaluated|benchmarked|assessed|tested|measured)\s*[?.!]*\s*$",
        rf"^\s*how\s+(?:do|does)\s+{_FOLK}\s+{_HABIT}\s+(?:evaluate|benchmark|assess|test|measure)\s+(?P<x>.+)",
    )
]


def field_evaluation_frame(text: str) -> str:
    """ "what are the common benchmarks for X?" for a question asking how the field of X is usually evaluated
    (`FIELD_EVALUATION_RES`), else the text as it was."""
    for pattern in FIELD_EVALUATION_RES:
        m = pattern.search(text)
        topic = m.group("x").strip().rstrip("?.! ") if m else ""
        if m and re.search(r"\w", topic):
            kind = m.groupdict().get("kind") or "benchmarks"
            return f"what are the common {kind.lower()} for {topic}?"
    return text


KINDS_ASKED = (
    r"^\s*(?:which|what)\s+(?:(?:good|recent|new|existing|open|public)\s+)?(?:surveys|reviews|benchmarks|datasets)\b"
    r"(?!\s+(?:does|do|did|has|have|had|is|was)\b)"
    rf"|^\s*what\s+are\s+(?:the\s+|some\s+)?(?:{KIND_QUALIFIERS}\s+)+(?:surveys|reviews|benchmarks|datasets|data\s+sets)\b"
    r"(?!\s+(?:does|do|did|has|have|had|is|was)\b)"
    r"|^\s*(?:any|is\s+there\s+(?:an?|any)|are\s+there\s+(?:any\s+)?)\s*(?:(?:good|recent|new|existing|open|public)\s+)?"
    r"(?:surveys?|reviews?|benchmarks?|datasets?|papers?|stud(?:y|ies))\s+(?:on|about|for|of|covering|regarding)\b"
    # "is there a paper that uses X?", "is there any study which evaluates X?": all of them
    r"|^\s*(?:is\s+there\s+(?:an?|any)|are\s+there\s+(?:any\s+)?)\s*(?:papers?|stud(?:y|ies)|works?)\s+(?:that|which)\s+"
    r"(?!(?:is|was|are|were|has|have|had|does|do|did)\b)\w+"
)
KINDS_ASKED_RE = re.compile(KINDS_ASKED, re.I)
# Which of two topics the papers take up more: their two series, split at "or", "than" or "since" (`trend_sides`).
_MORE = r"more\s+(?:popular|common|studied|researched|widespread|prevalent|frequent)"
POPULAR = (
    rf"\b{_MORE}\b[^?]*\s(?:or|than)\s|\sor\s[^?]*\b{_MORE}\b"
    r"|\b(?:which|what)\b[^?]*\b(?:studied|researched|published|written\s+about|popular)\s+more\b[^?]*\sor\s"
    r"|\b(?:more|fewer)\s+(?:papers|works|studies|articles|research|work)\s+(?:on|about|for|using|use)\b[^?]*\sor\s"
    r"|\b(?:which|what)\b[^?]*\b(?:has|have|gets?|got)\s+more\s+(?:papers|works|studies|articles|attention)\b"
    r"|\b(?:fad(?:e|es|ed|ing)|wan(?:e|es|ed|ing))\b[^?]*\ssince\s"
)
# Growth or attention compared between two topics or periods ("which has grown more, X or Y?"): "grown more"
# only where "more" ends the phrase or a contrast or period follows ("grows more stable" is no trend)
_GROWTH = (
    r"\b(?:grew|grow(?:s|n|ing)?|ris(?:e|es|en|ing)|rose|climb(?:s|ed|ing)?)\s+(?:faster|quicker|(?:the\s+)?most\b"
)
_ATTENTION = (
    r"|\b(?:gain(?:s|ed|ing)?|get(?:s|ting)?|got|draw(?:s|ing|n)?|drew|receiv(?:e|es|ed|ing))\s+more\s+"
    r"(?:traction|momentum|attention|interest)\b"
)
GROWS_MORE = _GROWTH + r"|more(?=\s*(?:[,:;?]|$|\s+(?:or|than|in|since|during|over)\b)))" + _ATTENTION
# with "or" or "than" after it, "grown more" compares whatever follows (the question's commas are gone here)
_GROWN = _GROWTH + r"|more\b)" + _ATTENTION
POPULAR = rf"{POPULAR}|(?:{_GROWN})[^?]*\s(?:or|than)\s|\sor\s[^?]*(?:{_GROWN})"
POPULAR_RE = re.compile(POPULAR, re.I)
# A comparative before "than": "safer", "cheaper", "more stable", "less expensive" (not "fewer", "more than 50%").
COMPARATIVE = (
    r"(?:(?!(?:fewer|lower|higher|larger|greater|smaller|other|rather|older|newer|later|earlier)\b)[a-z]{2,}(?:er|ier)"
    r"|(?:more|less)\s+[a-z]{3,})"
)
COMPARATIVE_RE = re.compile(rf"\b{COMPARATIVE}(?=\s+than\b)", re.I)
# The adjectives that ask which themes stood out ("the main themes", "the hot topics", "the biggest trends").
THEME_ADJECTIVES = (
    r"main|key|major|big|biggest|hot|hottest|top|dominant|leading|recurring|common|prevailing|popular|trending"
    r"|central|notable|important|emerging|most\s+(?:popular|common|discussed)"
)
# "the hot topics", "the key trends": a phrase that asks for a summary's themes, no topic of its own
THEME_PHRASE_RE = re.compile(
    rf"\b(?:(?:{THEME_ADJECTIVES})\s+)+(?:themes?|topics?|trends|directions?|threads?|subjects?)\b", re.I
)

# A field's fall or a slowing pace as a trend's verb ends "is / has X …?" (general English words): "declining",
# "waning", "fading", "cooling off", "dying down", "fizzling out", "drying up".
FALLING_VERBS = (
    r"declin(?:ing|ed)|wan(?:ing|ed)|fad(?:ing|ed)|cool(?:ing|ed)\s+(?:off|down)|d(?:ying|ied)\s+(?:down|off|out)"
    r"|(?:fizzl|peter)(?:ing|ed)\s+out|(?:drying|dried)\s+up"
)
# A fall or a change of pace asked of now: a present or perfect verb of falling ("is X declining?", "has interest
# in X dropped?") or of pace ("is X losing steam?", "is X gaining momentum?"), not measured from an event ("since
# …"). A rise asked alone ("is X growing?") keeps the whole span's verdict, as before.
CHANGE_NOW_RE = re.compile(
    r"^(?!.*\bsince\b)(?:\W*(?:is|are|has|have)\b[^?]*\b(?:shrink(?:ing)?|shrunk|decreas(?:ing|ed)|drop(?:ped|ping)"
    r"|fall(?:ing|en)|slow(?:ing|ed)\s+down|" + FALLING_VERBS + r")\b"
    r"|.*\b(?:gaining|losing|gained|lost)\s+(?:traction|steam|momentum)\b|.*\b(?:losing|lost)\s+popularity\b"
    r"|.*\brunning\s+out\s+of\s+steam\b|.*\bon\s+the\s+(?:decline|wane)\b)",
    re.I | re.S,
)


# "… over time" in a description is how its paper works ("objects in scenes that change over time"), not a
# question about how many papers there were: only a clear frame asks a description's trend.
OVER_TIME = r"|\bover\s+time\b"
INTENT_PATTERNS: list[tuple[str, re.Pattern]] = [
    (
        "corpus",
        re.compile(
            # the digests themselves: the days they span, their newest papers ("how many papers are in
            # the corpus?" is a count with no topic, answered the same way)
            rf"^\s*(?:what|which)\s+(?:period|dates?|time\s*span|time\s*range|range\s+of\s+dates|months|days)\b[^?]*\b{THE_CORPUS}"
            rf"|^\s*(?:when|since\s+when)\s+(?:does|do|did)\s+{THE_CORPUS}\s*(?:start|begin|end|stop|run|go)\b"
            rf"|^\s*how\s+(?:far\s+back|recent|up\s+to\s+date|current)\s+(?:does|do|is|are)\s+{THE_CORPUS}"
            r"|^\s*(?:what(?:'s|’s|\s+is|\s+are|\s+were)|which\s+(?:is|are|were)|show(?:\s+me)?|list|give\s+me|find)\s+"
            r"(?:the\s+|your\s+)?(?:most\s+recent|latest|newest|last|oldest|earliest|first)\s+(?:papers?|digests?|additions?|day)"
            rf"(?:\s+(?:in\s+{THE_CORPUS}|(?:that\s+)?you\s+(?:have|hold)))?\s*\??\s*$"
            # the digests' own categories ("categories of hallucination" asks about a topic)
            r"|^\s*(?:what|which)\s+(?:(?:are|were)\s+the\s+)?categories\b(?!\s+(?:of|for|in|on)\b)"
            r"|^\s*(?:list|show(?:\s+me)?|give\s+me)\s+(?:the\s+|all\s+(?:the\s+)?)?categories\s*\??\s*$"
            # how many days the digests hold ("how many days did training take?" is a fact)
            rf"|^\s*how\s+many\s+(?:digest\s+days|digests|days\s+(?:of\s+digests?|(?:do|does)\s+{THE_CORPUS}"
            rf"|(?:do\s+)?you\s+have|are\s+there\s+in\s+{THE_CORPUS}|are\s+in\s+{THE_CORPUS}))",
            re.I,
        ),
    ),
    (
        "authors",
        re.compile(
            r"\bwho\s+(?:wrote|writes|authored|is\s+behind"
            rf"|(?:are|were|is|was)\s+{_WHOSE}authors?\b)"
            # "list its authors", "name the authors of X", "list X's authors"
            rf"|^\s*(?:list|name|give\s+me|show(?:\s+me)?|tell\s+me)\s+{_WHOSE}authors?\b"
            r"|\bauthors?\s+of\b|\bwritten\s+by\s+whom\b|\bwhich\s+(?:people|researchers)\s+wrote\b"
            # the people asked in other words: "who are the people behind X", "whose work is X", "which team made X"
            r"|\bwho(?:'s|’s|\s+(?:is|are|was|were))\s+(?:the\s+(?:people|team|group|researchers|lab)\s+)?behind\b"
            r"|\b(?:people|team|group|researchers|lab)\s+behind\b|^\s*whose\s+(?:work|paper|research)\b"
            r"|\b(?:which|what)\s+(?:team|group|lab|people|researchers)\s+(?:made|built|developed|created|wrote|"
            r"released|published|proposed|introduced|is\s+behind|are\s+behind|worked\s+on|did)\b"
            r"|^\s*who\s+(?:made|built|developed|created|worked\s+on|released|proposed|introduced)\b"
            # typed as keywords: "Llamole authors?", "DeepSeek-R1 paper authors"
            rf"|{KEYWORDS}[^?]{{1,60}}?\s+(?:paper\s+)?authors?\s*\??\s*$",
            re.I,
        ),
    ),
    (
        "when",
        re.compile(
            # "when was Movie Gen published?", "what date did DeepSeek-R1 come out?", "when did papers on
            # GRPO first appear?": the day a paper (or a topic's first paper) reached the digests
            r"^\s*(?:when|what\s+(?:date|day|month)|on\s+which\s+(?:date|day))\s+(?:was|were|did|is|has|have)\b"
            r"(?![^?]*\b(?:most|fewest)\s+papers\b)"  # "on which day did the most papers appear?": the busiest
            r"[^?]*?\b(?:published|released|posted|introduced|proposed|presented|announced|submitted|out"
            r"|come\s+out|appear(?:ed|ing)?|show(?:ed|n)?\s+up|arrive[ds]?)\b"
            # "what is the earliest paper on GRPO?", "which was the first paper about X?"
            r"|^\s*(?:what|which)(?:'s|\s+(?:is|was|were|are))\s+(?:the\s+)?(?:earliest|first|oldest)\s+"
            r"(?:paper|work|study|article|publication)s?\b"
            # "what's the latest paper on X?", "most recent paper about X", "which is the newest RAG paper?":
            # one paper, the topic's newest (the latest papers, plural, are the list newest first)
            r"|^\s*(?:(?:what|which)(?:'s|\s+(?:is|was))\s+)?(?:the\s+)?(?:latest|newest|most\s+recent|last)\s+"
            r"(?:[\w-]+\s+){0,3}?(?:paper|study|article|publication)\b(?!s)(?=\s+(?:on|about|in|regarding|for)\b|\W*$)"
            # "first paper on GRPO in the digests", "the earliest study about X": the topic's first paper, asked
            # without a question word
            r"|^\s*(?:(?:show|give|tell|find)\s+me\s+)?(?:the\s+)?(?:very\s+)?(?:earliest|first|oldest)\s+"
            r"(?:[\w-]+\s+){0,3}?(?:paper|study|article|publication)\b(?!s)(?=\s+(?:on|about|regarding|for|using)\b)",
            re.I,
        ),
    ),
    (
        "trend",
        re.compile(
            r"\bhow\s+many\s+(?:papers|works|studies|articles)\b|\bnumber\s+of\s+(?:papers|works|studies)\b"
            r"|\bper\s+(?:month|week)\b" + OVER_TIME + r"|\btrend(?:s|ing)?\b"
            r"|\bhow\s+(?:has|have|did|do|does)\b.*\b(?:chang(?:e|ed|ing)|grow|grown|grew|evolv(?:e|ed|ing)|develop(?:ed|ing)?|progress(?:ed)?|shift(?:ed)?)\b"
            r"|\b(?:popularity|interest)\s+(?:in|of)\b|\bcount\s+(?:the\s+)?papers\b"
            # "is Mamba becoming less popular?", "… on the rise?", "is work on X declining?"
            r"|\b(?:becoming|getting|growing)\s+(?:more|less)\s+(?:popular|common)\b|\bon\s+the\s+(?:rise|decline|wane)\b"
            r"|\b(?:is|are|been)\b[^?]*\bdeclin(?:e|es|ed|ing)\s*\??\s*$"  # "performance decline under …" is no trend
            r"|\b(?:gaining|losing|gained|lost)\s+(?:popularity|traction|steam|momentum)\b"
            # counts asked in other words: "monthly count of …", "number of LoRA papers each month",
            # "how many GRPO papers …", "how often do papers mention …", "which month had the most …"
            r"|\b(?:each|every|by|a)\s+month\b|\bmonthly\b|\bmonth\s+(?:by|over|to)\s+month\b"
            r"|\b(?:number|count|counts)\s+of\s+(?:[\w-]+\s+){0,4}?(?:papers|works|studies|articles)\b"
            r"|\bhow\s+many\s+(?:[\w-]+\s+){1,4}?(?:papers|works|studies|articles)\b"
            r"|\bhow\s+often\s+(?:do|does|did|are|is|have|has)\s+(?:papers|works|studies|authors|researchers|digests)\b"
            r"|\bbusiest\s+(?:(?:digest\s+)?day|date|week|month)\b"
            # "when did X take off / peak?", "is work on X growing?", "has X dropped since 2024?"
            r"|^\s*when\s+did\b[^?]*\b(?:take\s+off|peak|catch\s+on|become\s+popular)\b"
            r"|^\s*did\b[^?]*\b(?:peak|take\s+off|grow|decline|drop|fall|plateau)\s*\??\s*$"
            r"|^\s*(?:is|are|has|have)\b[^?]*\b(?:grow(?:ing|n)|increas(?:ing|ed)|ris(?:ing|en)|shrink(?:ing)?|shrunk"
            r"|decreas(?:ing|ed)|drop(?:ped|ping)|fall(?:ing|en)|slow(?:ing|ed)\s+down|taken\s+off|taking\s+off|peaked"
            r"|picking\s+up|picked\s+up|" + FALLING_VERBS + ")"
            r"(?:\s+(?:lately|recently|these\s+days|of\s+late|nowadays|in\s+recent\s+months))?"
            r"(?:\s+since\s+[\w-]+)?\s*\??\s*$"
            r"|\b(?:grew|grow(?:s|n|ing)?)\s+faster\b|\b(?:overt(?:ake|akes|aken|aking|ook)|outpac(?:e|es|ed|ing))\b"
            # growth or attention compared: "which has grown more, X or Y?", "which is gaining more traction?",
            # "did RAG get more attention in Q2 than in Q1?", "is X studied more in 2025 than in 2024?"
            rf"|{GROWS_MORE}|\b(?:{_MORE}|(?:studied|researched|published)\s+more)\b[^?]*\bthan\b"
            r"|\bmore\s+(?:[\w-]+\s+){1,3}?(?:papers|works|studies|articles)\b[^?]*\bthan\b"
            r"|\b(?:more|fewer|less)\s+(?:papers|works|studies|articles|research|work)\b[^?]*\bthan\b"
            # which of two topics has more papers: "which is more popular, Mamba or RWKV?", "are there more papers
            # on DPO or GRPO?", "is X more common than Y?", "which is studied more, X or Y?", "has X faded since Y?"
            rf"|{POPULAR}"
            # "which month had the most papers on agents?": the counts per month, the busiest named
            r"|\b(?:which|what)\s+(?:digest\s+)?(?:days?|dates?|months?|weeks?)\b[^?]*\b(?:most|fewest|highest|largest|busiest|peak)\b",
            re.I,
        ),
    ),
    (
        "compare",
        re.compile(
            # "comparison" as a noun asks for one only as "a comparison of / between …", not "in the X comparison"
            r"\bcompar(?:e|ing)\b|\bcomparisons?\s+(?:of|between)\b|^\W*comparisons?\b"
            r"|\bdiffer(?:s|ence|ences)?\b(?:\s+between)?|\bcontrast\b|\bpros\s+and\s+cons\b"
            # "which is better for reasoning, GRPO or PPO?", "is LoRA or full fine-tuning better for …?"
            r"|\b(?:which|what)\s+(?:one\s+)?(?:is|works|performs|does)\s+(?:better|worse)\b[^?]*\sor\s"
            r"|^\s*(?:is|are|does|do)\s+[^?]+\sor\s[^?]+\s(?:better|worse|faster|preferable)\b"
            # "is LoRA better than full fine-tuning?", "RAG or long context: which is better?"
            r"|^\s*(?:is|are|does|do)\s+[^?]+\s(?:better|worse|faster|preferable|superior)\s+than\s"
            # any comparative: "is DeepSeek-R1 safer than o3-mini?", "is GRPO more stable than PPO?" (not "is
            # there a paper with fewer than 8 GPUs?", "does X get more than 50%?")
            rf"|^\s*(?:is|are|does|do)\s+(?!there\b)[^?]+\s{COMPARATIVE}\s+than\s"
            r"|\sor\s[^?]*[:,;]\s*which\s+(?:one\s+)?(?:is|works|performs|does)\s+(?:better|worse)\b"
            # "X vs Y" compares only as the question's own subject, not inside a title it quotes
            r"|^(?!\s*(?:what|which|how|who|when|where)\b)[^?]*\b(?:vs\.?|versus)\s",
            re.I,
        ),
    ),
    ("limitations", LIMITS_ASKED_RE),
    (
        "summary",
        re.compile(
            r"^\s*(?:please\s+)?(?:summari[sz]e|sum\s+up|recap|overview)\b|\b(?:an?\s+)?overview\s+of\b"
            r"|\bsummary\s+of\b|\bwhat(?:\s+(?:was|is)|'s|’s)\s+new\s+(?:in|on|about)\b|\bwhat\s+happened\s+in\b"
            # asked politely or as a noun: "can you sum up …", "give me a rundown of …", "catch me up on …"
            r"|\b(?:you|please|me|us)\s+(?:(?:briefly|quickly)\s+)?(?:summari[sz]e|sum\s+up|recap)\b"
            r"|\b(?:rundown|round-?up|recap|summary)\s+(?:of|on)\b|\bcatch\s+(?:me|us)\s+up\s+on\b"
            r"|\bbrief\s+(?:me|us)\s+on\b"
            # "what were the main themes in video generation in September 2025?"
            rf"|\b(?:{THEME_ADJECTIVES})\s+(?:themes?|topics?|directions?|threads?)\s+(?:in|of|on|across|among|for)\b"
            # what the digests cover: the themes of the whole corpus
            rf"|^\s*(?:what|which)\s+(?:topics|subjects|areas|fields|themes)\s+(?:does|do)\s+{THE_CORPUS}\s+"
            r"(?:cover|span|include|hold|contain)\b",
            re.I,
        ),
    ),
    (
        "definition",
        re.compile(
            r"^\s*(?:what\s+(?:is|are|'s)|what's|define|definition\s+of|explain|meaning\s+of)\s+(?:an?\s+|the\s+)?"
            r"(?P<term>[^?]{1,60}?)\s*\??\s*$"
            r"|^\s*what\s+does\s+(?P<term2>[^?]{1,40}?)\s+(?:stand\s+for|mean)\s*\??\s*$"
            rf"|{KEYWORDS}(?P<term3>[^?]{{1,60}}?)\s+(?:definition|meaning)\s*\??\s*$"
            # "the term vibe coding": a word asked about as a word
            r"|^\s*the\s+(?:term|phrase|expression)\s+(?P<term4>[^?]{1,60}?)\s*\??\s*$"
            # the term first, the question after it: "grokking - what does it mean in deep learning", "X: what
            # is it?", "X means what?"
            r"|^\s*(?P<term5>[^?:;]{1,60}?)\s*(?:[-–—:,]\s*|\s)(?:what\s+does\s+(?:it|this|that)\s+mean"
            r"|what(?:\s+is|'s|’s)\s+(?:it|this|that)|means\s+what)\b[^?]{0,40}\??\s*$",
            re.I,
        ),
    ),
    (
        "list",
        re.compile(
            # "which mix … works best" uses "works" as a verb, not as the papers asked for
            r"^\s*(?:which|what|list|name|show|find|give|are\s+there|any)\b.*\b(?:papers|works(?!\s+(?:best|better|well|worse|poorly|fine)\b)|studies|articles|ones)\b"
            # asked as a request: "recommend me papers on X", "good papers on X?", "I'm looking for papers on
            # X", "where can I find work on X?", "what should I read on X?"
            r"|^\s*(?:(?:can|could|would)\s+you\s+|please\s+)?(?:recommend|suggest|point\s+me\s+to)\b"
            r".*\b(?:papers?|works?|studies|articles|reading|research|literature)\b"
            r"|^\s*i(?:'m|’m|\s+am)\s+(?:looking|searching)\s+for\s+(?:some\s+|any\s+)?(?:papers|work|studies|research|literature)\b"
            r"|^\s*i\s+(?:need|want|would\s+like)\s+(?:some\s+|any\s+)?(?:papers|work|studies|research|literature)\b"
            r"|^\s*(?:(?:good|great|must-read|essential|seminal|interesting|important|key|best)\s+)+"
            r"(?:papers|work|studies|reading)\s+(?:on|about|for|in|regarding)\b|^\s*papers\s+to\s+read\b"
            r"|^\s*what\s+should\s+i\s+read\s+(?:on|about|for|regarding)\b"
            r"|^\s*where\s+(?:can|do|could|should)\s+i\s+find\s+(?:papers|work|research|studies|literature)\b"
            # "what methods reduce X?", "what are the main approaches to X?": the papers proposing them
            # ("what techniques does SAM 2 use?" asks about one paper: a fact)
            rf"|{METHODS_ASKED}|{KINDS_ASKED}"
            r"|^\s*(?:list|name|enumerate)\b|\ball\s+(?:the\s+)?papers\b"
            # "what was published / came out on X (in March 2025)?" asks for the papers themselves
            r"|^\s*what\s+(?:was|were|has\s+been|have\s+been|got)\s+(?:published|released|posted|written)\s+(?:on|about|in)\b"
            r"|^\s*what\s+(?:came|comes|has\s+come)\s+out\s+(?:on|about|in)\b|^\s*what\s+appeared\s+(?:on|about)\b"
            # "what did people publish on X?", "anything (new) on X?"
            r"|^\s*what\s+(?:did|have|has)\s+(?:people|researchers|authors|they|folks)\s+(?:publish|release|post|write)"
            r"(?:ed)?\s+(?:on|about)\b|^\s*(?:is\s+there\s+)?anything\s+(?:new\s+)?(?:on|about|regarding)\b"
            # "and what about papers on X?", "how about studies on X?": a chat's next topic
            r"|^\s*(?:and\s+)?(?:what|how)\s+about\s+(?:the\s+|any\s+|some\s+)?(?:papers|works|studies|articles|research)\b"
            # "any work applying X?", "has anyone used X?" ask whether papers exist: all of them
            r"|^\s*any\s+(?:prior\s+|recent\s+|other\s+|new\s+)?work\b"
            # "any 2024 research on X?", "show me work on X", "find recent research about X"
            r"|^\s*(?:show(?:\s+me)?|find(?:\s+me)?|give\s+me|any|list)\s+(?:(?:prior|recent|new|other|more|some|(?:19|20)\d\d)\s+)*"
            r"(?:work|research|literature)\s+(?:on|about|into|regarding|using|applying|in)\b"
            # "is there any research on X?", "are there studies using X?"
            r"|^\s*(?:is|are)\s+there\s+(?:any\s+)?(?:recent\s+|prior\s+|published\s+)?(?:research|work|literature|studies)"
            r"\s+(?:on|about|into|using|applying|with|that|regarding)\b"
            # "has anyone used X?", "do any papers combine X and Y?", "did any studies apply X?"
            r"|^\s*(?:has|have|did|does|do)\s+any(?:one|body|\s+(?:papers?|works?|studies|study|research))\s+"
            r"(?:\w+\s+)?(?:use[sd]?|tried|try|applied|apply|studied|study|proposed|explored|combined?)\b"
            # "kv cache research", "sparse attention work" (their period taken out): the papers on a topic
            rf"|{KEYWORDS}[^?]{{1,60}}?\s+(?:papers|works|studies|research|work)\s*\??\s*$"
            # "mixture of experts paper list", "paper list on video generation"
            rf"|{KEYWORDS}[^?]{{1,60}}?\s+papers?\s+list\s*\??\s*$|^\s*papers?\s+list\s+(?:on|for|of|about|regarding)\b"
            # "video generation papers that do not use diffusion", "… papers not using transformers"
            rf"|{KEYWORDS}[^?]{{1,60}}?\s+papers\s+(?:that|which|not|without|excluding|except|but)\b"
            # "Gemini papers on reasoning", "Meta papers about video generation" (the lab taken out first)
            rf"|{KEYWORDS}[^?]{{1,60}}?\s+(?:papers|publications|works|studies)\s+(?:on|about|regarding|concerning"
            r"|related\s+to|into|using|applying)\b"
            # "recent work on speculative decoding", "new research into model merging": the papers on a topic
            # (bare "research on X" may ask one finding: pd11-notrend02)
            rf"|^\s*(?:(?:{'|'.join(NOTABLE_WORDS)}|more|other)\s+)+(?:work|research|literature|publications)\s+"
            r"(?:on|about|into|regarding|concerning|related\s+to)\s"
            # "are any of them by Meta?", "were any of the papers on X from 2024?"
            r"|^\s*(?:are|were)\s+any\s+(?:of\s+)?(?:the\s+|these\s+|those\s+)?(?:papers|works|studies)\b" + PAPERS_ON,
            re.I,
        ),
    ),
]
TREND_RE = dict(INTENT_PATTERNS)["trend"]
# "What came out on X in March 2025?": with a period (more than one day), what appeared is asked as
# an overview of it, not as a bare list ("which papers on X came out in March?" still asks for the list).
PERIOD_NEWS_RE = re.compile(
    r"^\s*what\s+(?:(?:was|were|has\s+been|have\s+been|got)\s+(?:published|released|posted|written)"
    r"|(?:came|comes|has\s+come)\s+out|appeared)\s+(?:on|about|in)\b"
    r"|^\s*what\s+(?:did|have|has)\s+(?:people|researchers|authors|they|folks)\s+(?:publish|release|post|write)"
    r"(?:ed)?\s+(?:on|about)\b|^\s*(?:is\s+there\s+)?anything\s+(?:new\s+)?(?:on|about|regarding)\b",
    re.I,
)
# "What happened in September on quantization?", "what went on with X last week?": with a period, what a topic's
# papers did then, asked as the period's overview on the topic.
HAPPENED_RE = re.compile(
    r"^\s*what(?:'s|’s)?\s+(?:happened|has\s+happened|went\s+on|was\s+going\s+on|has\s+been\s+going\s+on)\s+"
    r"(?:on|in|with|to|around|regarding|about|for)\s+\S",
    re.I,
)
# The frames in which a long description still asks for a list or a comparison.
CLEAR_FRAMES = {
    "list": re.compile(
        r"^\s*(?:which|what|list|name|show|find|give\s+me|are\s+there|any)\s+(?:(?:are|were|of)\s+)?(?:the\s+|all\s+|some\s+|any\s+)?"
        r"(?:\w+\s+){0,2}?(?:papers|works|studies|articles|ones)\b|^\s*(?:list|enumerate)\b|\ball\s+(?:the\s+)?papers\b"
        + PAPERS_ON,
        re.I,
    ),
    "compare": re.compile(
        r"^\s*(?:please\s+)?(?:compare|contrast)\b|\bpros\s+and\s+cons\b"
        r"|^\s*(?:what\s+(?:is|are)\s+)?(?:the\s+)?(?:main\s+|key\s+)?differences?\s+between\b"
        r"|^\s*how\s+(?:do|does|did)\b.*\b(?:differ|compare)\b",
        re.I,
    ),
}
CLEAR_FRAMES["trend"] = re.compile(TREND_RE.pattern.replace(OVER_TIME, ""), re.I)
# Words that frame a question rather than name its topic: never required of a paper.
FRAME_WORDS = frozenset(
    """
    a an and are as at be been being by can could do does did for from has have had how i in into is it its
    what's who's that's there's here's it's let's
    of on or our that the their them these this those to was were what when where which who whom why will
    with would me my we you your us any all some there here such than then they also just only please
    pls plz thx thanks kindly
    paper papers work works study studies studied article articles publication publications research
    method methods approach approaches technique techniques idea ideas one ones
    use uses used using apply applies applied applying employ employs employed leverage leverages leveraging
    build builds built building rely relies relying adopt adopts propose proposes proposed proposing
    introduce introduces introduced present presents presented investigate investigates explore explores
    examine examines address addresses tackle tackles solve solves solving
    focus focuses focusing involve involves involving
    based other similar related new novel recent latest various different specific particular certain kind
    kinds type types like etc list show find give tell name names enumerate know want looking look
    summarize summarise summary overview recap sum rundown roundup round-up catch brief briefly quickly
    compare comparison comparing versus vs contrast differ difference differences between pros cons trend trends
    trending many number count per month months week weeks year years each every monthly weekly yearly annually
    quarter quarters quarterly
    over changed change grown grow evolve evolves evolved popularity interest mention mentions mentioned mentioning
    define definition meaning mean means stand stands explain explained author authors wrote written write
    researchers researcher people team teams group groups lab labs whose made built developed created worked
    behind about regarding concerning around toward towards digest digests corpus appeared appear appears
    came come comes out published publish released release releases up measure measures measured report
    reports reported evaluate evaluates evaluated assess assesses
    get gets got getting achieve achieves achieved achieving obtain obtains obtained attain attains attained
    reach reaches reached perform performs performed well anyone anybody try tries tried
    happen happens happened happening going recently lately lastly currently so far much most
    fewest busiest quietest
    both combine combines combined combining together jointly themes theme topics directions threads
    may might must shall useful helpful help helps
    against across within among targeting deal deals dealing concern concerns concerning cover covers
    say says said saying found fine-tune fine-tunes finetune finetunes take takes took taking exist exists
    strategy strategies popular recommend suggest read looking searching good great must-read
    essential seminal interesting should i'm cite cites citing
    """.split()
) | frozenset(DOING_WORDS + NOTABLE_WORDS + DONE_WORDS)
# What the product itself writes ("briefing for March 2025"): English whether or not a paper uses the word.
PRODUCT_WORDS = frozenset({"briefing", "briefings"})
# Words a trend question uses to ask how a topic moved, never the topic itself ("how did X evolve?").
TREND_WORDS = frozenset(
    """
    evolve evolves evolved evolving evolution change changes changed changing grow grows grew grown growing
    growth develop develops developed developing progress progressed progressing shift shifts shifted
    rise rose risen rising increase increased increasing decline declined declining activity attention
    output volume momentum becoming getting more less popular common gaining gained losing lost traction steam
    wane waning increases rises decrease decreases decreasing decreased drop drops dropped dropping fall falls
    fell fallen falling shrink shrinks shrinking shrunk slow slowing slowed down peak peaks peaked peaking
    busiest most fewest often take takes took taken taking off catch caught popular since saw see seen
    become became traction
    faster slower overtake overtakes overtaken overtaking overtook outpace outpaces outpaced outpacing
    plot plots plotting chart charts visualize visualise draw counts tally totals compared fewer
    day days date dates quietest fade fades faded fading wane wanes waned
    cool cools cooled cooling die dies died dying
    """.split()
)
# A trend question on two topics ("DPO vs GRPO papers per month", "compare the number of papers on RAG
# and agents by month") asks for one series each: split at the contrast, or at "and" after "compare".
VERSUS_RE = re.compile(
    r"\s(?:vs\.?|versus|against|compared?\s+(?:to|with)|overt(?:ake|akes|aken|aking|ook)|outpac(?:e|es|ed|ing))\s", re.I
)
COMPARE_WORD_RE = re.compile(r"\bcompar(?:e|ed|es|ing|ison)\b", re.I)
# Words a "when" question frames the paper with ("when was X first introduced?").
WHEN_WORDS = frozenset(
    "date day month posted introduced proposed presented announced submitted first arrive arrived arrives "
    "appearing show showed shown earliest oldest last latest newest recent most".split()
)
# A purpose clause ("to speed up transformers", "in order to …", "for reducing …") says why a paper
# uses the topic: it may rank papers but is never required of them.
PURPOSE_VERBS = (
    "speed accelerate improve reduce boost enhance increase make enable help achieve lower cut save avoid "
    "prevent mitigate handle solve address tackle support scale train compress align detect generate "
    "produce create obtain optimi[sz]e stabili[sz]e strengthen fix overcome remove eliminate minimi[sz]e "
    "maximi[sz]e decrease shrink guide steer control predict defend protect cope deal facilitate allow "
    "ensure bring get combine classify translate write design build discover forecast recogni[sz]e segment "
    "summari[sz]e answer rank retrieve plan explore evaluate measure estimate interpret explain verify schedule "
    "find locate track navigate edit animate simulate synthesi[sz]e render transcribe caption diagnose "
    "personali[sz]e automate test debug repair attack jailbreak watermark"
).split()
_GERUND = "|".join(v[:-1] + "ing" if v.endswith("e") and not v.endswith("ee") else v + "ing" for v in PURPOSE_VERBS)
PURPOSE_RE = re.compile(
    r"\s(?:(?:in\s+order|so\s+as)\s+to|so\s+that)\s.*$"
    r"|\s(?:to|and)\s+(?:" + "|".join(PURPOSE_VERBS) + r")\s.*$"
    r"|\sfor\s+(?:" + _GERUND + r")\s.*$"
    # "for faster inference", "for more efficient LLMs": what the topic is used to gain
    r"|\sfor\s+(?:faster|quicker|cheaper|better|lower|higher|smaller|stronger|safer|more|less|improved|efficient)\s.*$",
)
# What a purpose clause acts on: "to control traffic lights" → "traffic lights". A clause saying what
# is gained ("for faster inference") or a whole sentence ("so that …") names no object.
PURPOSE_HEAD_RE = re.compile(
    r"^(?:(?:in\s+order|so\s+as)\s+to|to|and)\s+(?:" + "|".join(PURPOSE_VERBS) + r")\s+(?:(?:up|down|out|off)\s+)?"
    r"|^for\s+(?:" + _GERUND + r")\s+(?:(?:up|down|out|off)\s+)?"
)
# A generic noun closing a phrase of three words or more ("remote sensing data"): the phrase without it.
TRAILING_NOUNS = frozenset(
    "data dataset datasets task tasks problem problems application applications setting settings scenario "
    "scenarios domain domains field fields area areas imagery".split()
)
# One word alone that says nothing specific; kept only inside a longer phrase ("reward model").
GENERIC_WORDS = frozenset(
    "model models large language llm llms ai system systems task tasks learning network networks data "
    "framework frameworks performance results improve improves improving improvement better".split()
)
# An entry's place in a list, in words up to the twentieth ("the seventh one") or in figures ("the 12th paper"),
# "last" for the list's end: general English, not the place any list happens to have.
ORDINALS = {
    w: n
    for n, w in enumerate(
        "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth "
        "fifteenth sixteenth seventeenth eighteenth nineteenth twentieth".split(),
        1,
    )
} | {"last": -1}
_ORDINAL_WORD = rf"({'|'.join(ORDINALS)}|1st|2nd|3rd)"
_NUMBERED = r"(\d{1,2}(?:st|nd|rd|th))"  # "the 12th" alone may be a day of a month: a row only with its noun
# A span of time or a part of something an ordinal may name instead of a row: "the first half of 2025"
_NOT_A_ROW = (
    r"(?!\s+(?:half|quarter|week|weeks|month|months|year|years|day|days|time|place|stage|step|phase|part"
    r"|author|digest|issue|edition))"
)
_ROW = r"(?:one|paper|result|work|study)"
ORDINAL_RE = re.compile(
    rf"\b(?:the\s+)?(?:{_ORDINAL_WORD}|{_NUMBERED})\s+{_ROW}\b"
    r"|\b(?:paper|source|number|no\.?)\s*#?\[?(\d{1,2})\]?"
    # "who are the authors of the first?", "summarize the third", "the second's code": the ordinal alone is the row
    rf"|\bthe\s+{_ORDINAL_WORD}(?=\s*(?:[?!.,;:]|$)|\s+(?:and|or|but|then)\b|['’]s\b)"
    # "what does the second propose?", "is the first open source?": the row as the subject after an auxiliary
    rf"|\b(?:does|did|do|is|was|has|had|can|could|would|will)\s+the\s+{_ORDINAL_WORD}\b{_NOT_A_ROW}",
    re.I,
)
# An entry counted from a list's end: "the one before last", "the second to last (one)", "the penultimate paper",
# "the last but one" (general English; a digest or a week counted so is a period, `question.DIGESTS_BACK_RE`).
_FROM_END_NTH = "|".join(w for w in ORDINALS if w not in ("first", "last"))
FROM_END_RE = re.compile(
    rf"\b(?:the\s+)?(?:one\s+before\s+(?:the\s+)?last(?:\s+{_ROW})?"
    rf"|(?:(?P<nth>{_FROM_END_NTH}|2nd|3rd|\d{{1,2}}th)|next)[\s-]+(?:to|from)[\s-]+(?:the\s+)?last(?:\s+{_ROW})?"
    rf"|(?:penultimate|last[\s-]+but[\s-]+one)(?:\s+{_ROW})?)\b{_NOT_A_ROW}",
    re.I,
)

AUTHOR_BEFORE_RE = re.compile(r"((?:[\w.'-]+\s+){1,4})as\s+(?:an?\s+|the\s+)?(?:co-?)?authors?\b", re.I)
AUTHOR_AFTER_RE = re.compile(
    r"\b(?:written|authored|co-?authored|papers?|works?|is|are)\s+by\s+((?:[\w.'-]+\s*){1,4})", re.I
)
# "papers on GRPO by Xinchao Wang", "GUI agents from Kevin Galim": "by"/"from" wherever it stands, the name after it
# kept only where it is a listed author's whole name of two or more capitalised words (`author_filter`).
AUTHOR_ANY_BY_RE = re.compile(r"\b(?:by|from)\s+((?:[A-Z][\w.'-]*\s+){1,3}[A-Z][\w.'-]*)")
# An author asked about in other shapes: "is Yejin Choi in the digests?", "does Kaiming He have papers here?",
# "how many papers did Mohit Bansal write?", "how many papers does X have in the corpus?"
_HERE = r"(?:\s+(?:here|in\s+(?:the\s+|this\s+|your\s+)?(?:digests?|corpus|collection|index|database|dataset)))?"
AUTHOR_ASKED_RE = re.compile(
    r"^\s*(?:is|are)\s+((?:[\w.'-]+\s+){1,4}?)(?:in|among|listed\s+in|an?\s+author\s+in)\s+(?:the\s+|this\s+|your\s+)?"
    r"(?:digests?|corpus|collection|index|database|dataset)\b"
    r"|^\s*(?:does|do|did|has|have)\s+((?:[\w.'-]+\s+){1,4}?)(?:have|has|got|write|wrote|written|authored|co-?authored"
    r"|publish|published|appear|appeared)\s+(?:any(?:thing)?\s+)?(?:papers?|works?|articles?|anything)?"
    + _HERE
    + r"|^\s*how\s+many\s+(?:papers|works|articles)\s+(?:did|has|have|does|do)\s+((?:[\w.'-]+\s+){1,4}?)"
    r"(?:write|wr[io]tten|authored|author|co-?authored|co-?author|publish|published|release|released"
    r"|have|has|got)\b" + _HERE,
    re.I,
)
AUTHOR_WORK_RE = re.compile(
    r"\b(?:what|which\s+(?:papers|works|articles)|that)\s+(?:did|has|have|does)?\s*((?:[\w.'-]+\s+){1,4})"
    r"(?:co-?author|work|writ|wrote|publish|stud|release|put\s+out)[\w-]*",
    re.I,
)
# "any papers from Kaiming He?", "anything from X?", "got any work from X?", "list the papers of X": a name
# after what a person puts out; `author_filter` keeps it only where the digests list that name.
AUTHOR_FROM_RE = re.compile(
    r"\b(?:papers?|works?|anything|something|articles?|publications?|research|preprints?)\s+(?:from|of)\s+"
    r"((?:[\w.'-]+\s*){1,4})",
    re.I,
)
# "Sergey Levine papers", "Kaiming He's papers", "show me X's work": the name before the noun, a name of one
# word only where the papers' text does not write it ("Mamba papers", "Llama's papers" name topics).
# A determiner before a name and "paper(s)" makes it a paper's name ("the Aya Expanse paper"), not a person's.
NAMING_DETERMINERS = frozenset({"the", "this", "that", "a", "an", "its", "their"})
_NAME_TOKEN = r"[^\W\d_][\w-]*(?:['’](?!s\b)[\w-]+)*"  # no full stop: a name never spans two sentences
AUTHOR_OWN_RE = re.compile(
    rf"(?<![\w'’])((?:{_NAME_TOKEN}\s+){{0,3}}{_NAME_TOKEN})(?:['’]s)?\s+"
    r"(?:papers?|publications?|works?|articles?|research|preprints?)\b",
    re.I,
)
CATEGORY_RE = re.compile(r"\bin\s+(?:the\s+)?(?:category\s+)?([a-z]{2,8}\.[A-Za-z]{2})\b")
# "in the robotics category", "from the Multimodal category", "Robotics category papers", "category: Robotics":
# the category filter, never the topic "category" ("category theory" stays a topic)
_IN = r"(?:(?:in|from|under|within|of)\s+(?:the\s+)?)?"
_CATEGORY_WORD = r"categor(?:y|ies)\b(?!\s+theor)"


@cache
def _category_re(names: tuple[str, ...]) -> re.Pattern[str]:
    known = "|".join(
        r"[\s-]*".join(map(re.escape, re.split(r"[\s-]+", n))) for n in sorted(names, key=len, reverse=True)
    )
    unknown = r"(?!(?:same|this|that|other|which|what|each|every|any|one|its|their|a|an)\b)"
    unknown += r"[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){0,3}?"
    return re.compile(
        (
            rf"\b{_IN}(?P<known>{known})\s+{_CATEGORY_WORD}|\b{_IN}{_CATEGORY_WORD}\s*:?\s*(?P<known2>{known})\b|"
            if known
            else ""
        )
        + rf"\b(?:in|from|under|within)\s+the\s+(?P<other>{unknown})\s+{_CATEGORY_WORD}",
        re.I,
    )


def category_asked(text: str, names: Iterable[str]) -> tuple[str, str]:
    """(the category a question names, spelt as the corpus spells it when it has it; the text without it)."""
    m = _category_re(tuple(sorted(set(names)))).search(text)
    if not m:
        return "", text
    said = next(v for v in m.groupdict().values() if v)
    key = re.sub(r"[\s-]+", "", said.lower())
    name = next((n for n in names if re.sub(r"[\s-]+", "", n.lower()) == key), said)
    return name, re.sub(r"\s+(?=[?.!,]|$)|(?<=\s)\s+", "", text[: m.start()] + " " + text[m.end() :]).strip()


# How many papers a list question asks for ("recommend three papers on X", "top 5 papers on X", "a few
# papers about X", "the three newest papers on X", "the latest two papers on X"): a count, never a word of the
# topic. It follows a word asking for papers, "top", "the" before newest / best ("the two papers on DPO" and
# "of the three papers" point at papers already named), or a word asking for the newest, which stays ("the
# latest papers on X" runs newest first).
COUNT_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "a couple of": 2, "a couple": 2, "a few": 3, "a handful of": 5, "several": 5,
}  # fmt: skip
_COUNT = r"\d{1,2}|" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(COUNT_WORDS, key=len, reverse=True))
COUNT_RE = re.compile(
    r"(?:^|(?<=\s))(?:(?P<asker>(?:me|us|recommend|suggest|give|list|show|find|name|pick|share|are|just|only|need|want|"
    r"read|cite)\s+|(?P<top>top|best)[\s-]+)|(?P<the>(?<!\bof\s)the\s+(?!one\b)(?=\S+\s+(?:newest|latest|most\s+recent|recent|best|top)\b))|(?P<newest>(?:latest|newest|last|most\s+recent)\s+)"
    r"|^\s*)"
    rf"(?P<n>{_COUNT})\s+(?=(?:[\w-]+\s+){{0,4}}?(?:papers|works|studies|articles|reads|readings|ones|picks)\b)",
    re.I,
)


def asked_count(text: str) -> tuple[str, int]:
    """(the text without the count, the count) for "recommend three papers on X" → ("recommend papers on X",
    3); (text, 0) when no count of papers is asked. "top" stays a frame word ("top papers on X")."""
    m = COUNT_RE.search(text)
    if not m:
        return text, 0
    word = re.sub(r"\s+", " ", m.group("n").lower())
    n = int(word) if word.isdigit() else COUNT_WORDS[word]
    if not 1 <= n <= 50:
        return text, 0
    # "the last three papers on X" asks for the latest ones ("last" alone is no frame word)
    kept = m.group("asker") or m.group("the") or re.sub(r"^last\b", "latest", m.group("newest") or "", flags=re.I)
    return text[: m.start()] + kept + text[m.end() :], n


# "any work on making LLMs forget (unlearning)?": a bracketed term after a description is its technical name.
# Not an exclusion ("(not RL)"); examples ("(e.g. ReAct)") and an acronym twin ("(KD)") add nothing to the topic.
ALIAS_RE = re.compile(r"\s*\(([^()]{2,60})\)")
EXAMPLES_RE = re.compile(r"^\s*(?:e\.?\s?g\b|such\s+as|like|incl|including|especially|esp|mainly|mostly|say)\b", re.I)
NOT_ALIAS_RE = re.compile(
    r"^\s*(?:not|no|except|excluding|see|vs|versus|or|and|etc|cf|from|since|before|after|in|on|with|without|for)\b",
    re.I,
)
ALIAS_LEAD_RE = re.compile(
    r"^\s*(?:i\.?\s?e\.?,?|a\.?k\.?a\.?|also\s+(?:called|known\s+as)|known\s+as|called)\s+", re.I
)


def letters(words: Sequence[str]) -> str:
    """The words' letters and digits run together: "auto-regressive" and "autoregressive" read alike."""
    return re.sub(r"[^a-z0-9]", "", "".join(words).lower())


def acronym_spelled(before: str, inner: str, acronyms: Mapping[str, str]) -> str:
    """What stands before a bracket holding an acronym or its spelled-out name beside the other, read as the
    acronym alone when the corpus defines it and the name written holds the corpus's spelling of it: "visual
    autoregressive modeling (VAR)" and "VAR (visual autoregressive modeling)" ask for VAR, which the corpus
    writes as "visual auto-regressive": the written name, a paraphrase, would find its generic neighbours and
    lose the acronym's papers. A name written as the corpus writes it stays, as it does when the acronym follows
    it (its topic also finds the acronym). '' when the bracket is no such pair, or the name is another sense."""
    tokens = WORD_RE.findall(fold(before.lower()))
    inner_words = WORD_RE.findall(fold(inner.lower()))
    if len(inner_words) == 1:
        expansion = acronyms.get(inner_words[0], "") or acronyms.get(inner_words[0].rstrip("s"), "")
        spelled = letters(expansion.split())
        for k in range(1, min(len(tokens), len(expansion.split()) + 2) + 1):
            if spelled and spelled in letters(tokens[-k:]):
                return " ".join([*tokens[:-k], inner])
        return ""
    acronym = tokens[-1] if tokens else ""
    expansion = acronyms.get(acronym, "") or acronyms.get(acronym.rstrip("s"), "")
    if not expansion or letters(expansion.split()) not in letters(inner_words):
        return ""
    return " ".join([*tokens[:-1], *inner_words]) if stem_key(" ".join(inner_words)) == stem_key(expansion) else before


def aliased(text: str, vocab: Mapping[str, int], acronyms: Mapping[str, str]) -> str:
    """The question with a description and the technical name in brackets after it ("making LLMs forget
    (unlearning)") asking for the name: "any work on unlearning in llms?". The description's acronyms (its
    setting: "LLMs") stay beside the name as a qualifier; its other words were the asker's paraphrase of the
    name, which papers do not write. Unchanged when the bracket holds no name every word of which some paper
    writes, or nothing but framing words stands before it. Bracketed examples, and an acronym after its own
    expansion, are dropped: they are no further word of the topic."""
    m = ALIAS_RE.search(text)
    if not m or NOT_ALIAS_RE.match(m.group(1)):
        return text
    tokens = WORD_RE.findall(fold(text[: m.start()].lower()))
    inner = m.group(1).strip()
    if EXAMPLES_RE.match(inner):
        return text[: m.start()] + text[m.end() :]
    expansion = acronyms.get(inner.lower().rstrip("s"), "") or acronyms.get(inner.lower(), "")
    size = len(expansion.split())
    if expansion and len(tokens) >= size and stem_key(" ".join(tokens[-size:])) == stem_key(expansion):
        return text[: m.start()] + text[m.end() :]
    if spelled := acronym_spelled(text[: m.start()], inner, acronyms):
        return spelled + text[m.end() :]
    name = ALIAS_LEAD_RE.sub("", inner).strip()
    words = WORD_RE.findall(fold(name.lower()))
    parts = [p for w in words for p in w.split("-") if p not in FRAME_WORDS]
    if not words or len(words) > 4 or not re.search(r"[a-z]{3}", name) or any(ch.isdigit() for ch in name):
        return text  # an acronym of something else, or a figure: read as is
    if not all(vocab.get(p, 0) for p in parts):
        return text
    start = next((k for k, w in enumerate(tokens) if w not in FRAME_WORDS), len(tokens))
    described = tokens[start:]
    if not described or stem_key(" ".join(described)) == stem_key(" ".join(words)):
        return text
    setting = [w for w in described if w in acronyms and w not in words]
    named = " ".join([*tokens[:start], name, *(["in", *setting] if setting else [])])
    return named + text[m.end() :]


# "define language injection (Kuwain)": a term, then a paper's name in brackets at the question's end
NAMED_BRACKET_RE = re.compile(r"^(?P<term>.*?[\w'’-])\s*\((?P<name>[^()]{2,40})\)(?P<rest>\W*)$")


def bracketed_paper(text: str, is_paper: Callable[[str], bool]) -> str:
    """A term, then a paper's name in brackets ("define language injection (Kuwain)") → "define language injection in
    Kuwain": a name that is a paper's (`is_paper`) says which paper the term is asked of, never what the term is
    called, as `aliased` reads a bracketed technical name; an acronym of the words before it ("direct preference
    optimization (DPO)") is their own short form. Unchanged where the bracket holds no capital or no paper's name."""
    m = NAMED_BRACKET_RE.match(text)
    if not m or not re.search(r"[A-Z]", m["name"]):
        return text
    name = m["name"].strip()
    initials = "".join(w[0] for w in re.findall(r"[A-Za-z]+", m["term"])).lower()
    if initials.endswith(re.sub(r"[^a-z]", "", name.lower()).rstrip("s")) or not is_paper(name):
        return text
    return f"{m['term']} in {name}{m['rest']}"


@dataclass
class Parsed:
    """The understood question; `to_dict()` is what `--json` shows as `parsed`."""

    question: str
    clean: str
    intent: str
    topics: list[str]
    concepts: list[list[list[str]]] = field(default_factory=list)
    since: str = ""
    until: str = ""
    has_code: bool = False
    category: str = ""
    author: str = ""
    author_names: list[str] = field(default_factory=list)  # the listed names the author asked means, lower case
    coauthors: list[str] = field(default_factory=list)  # named beside it ("by A, B and C"): each must be listed too
    corrections: dict[str, str] = field(default_factory=dict)
    language: str = "en"
    ordinal: int = 0
    term: str = ""
    purpose: str = ""
    untranslated: list[str] = field(default_factory=list)
    versus: bool = False  # a trend on two topics, one series each
    periods: list[list[str]] = field(default_factory=list)  # a trend weighing two periods: [since, until] each
    trending: bool = False  # "what topics are trending?": the topics whose share rose, none named
    excluded: list[str] = field(default_factory=list)
    excluded_concepts: list[list[list[str]]] = field(default_factory=list)
    purpose_phrases: list[list[str]] = field(default_factory=list)  # what the purpose clause acts on, as asked
    scope: str = ""  # what a comparison compares its sides on ("… for long context")
    scope_concepts: list[list[str]] = field(default_factory=list)
    english: str = ""  # a question in another language as the glossary rewrote it ("which papers generate …")
    count: int = 0  # how many papers a list asks for ("recommend three papers on X"); 0: all of them
    reframed: str = ""  # a question asked in other words as the frame it is read in ("what methods reduce …")
    best: bool = False  # it asked for the best method: the digests rank none above another
    bare: bool = False  # a topic typed on its own ("speculative decoding"), read as a list
    recent: bool = False  # "what's new in X?": the period is the last months, not one the question names
    counted_back: bool = False  # its period is read from the corpus's newest day ("yesterday", "the last month")
    plural: bool = False  # a bare plural noun phrase with qualifiers ("GUI agents trained with RL on Android")
    parts: list[list[list[str]]] = field(default_factory=list)  # its head's words, each a concept of its own
    size_bound: str = ""  # a bound on model size as written ("under 3B parameters")
    size_least: float = 0.0  # the parameters it allows, least and most (0: no bound that side)
    size_most: float = 0.0
    exists: bool = False  # a list asked yes or no ("is there a paper on X?", "did anyone study whether …?")
    # who the papers were asked to suit where no topic is left ("relevant for AI practitioners"): "builder", "learner"
    audience: str = ""
    reading: bool = False  # a reading request ("what should I read to understand X?"): surveys and overviews first
    approaches: bool = False  # "what are the main approaches to X?": the papers proposing methods first
    soft: list[str] = field(default_factory=list)  # its clause's passive participles, as typed ("tricked")
    order: str = ""  # a date order asked of a list ("papers on X, oldest first"): "newest" or "oldest"
    read_without: list[str] = field(default_factory=list)  # the soft words this reading of it leaves out

    def to_dict(self) -> dict:
        return {k: v for k, v in asdict(self).items() if v not in ("", [], {}, 0, False) or k == "intent"}


@cache
def _stemmer() -> Any:
    return snowballstemmer.stemmer("english")


# British -isation and -yse spellings stem as the American ones the papers mostly write.
BRITISH_RE = re.compile(r"(?<=[a-z]{3})(?:is(?=ation)|ys(?=e[sd]?$|ing$))")


# An acronym's plural: letters without a vowel, then s.
ACRONYM_PLURAL_RE = re.compile(r"^[b-df-hj-np-tv-z]{3,}s$")
# A verb made with -ize and its nouns ("tokenize", "tokenizer", "tokenization"), three letters or more before it.
IZE_RE = re.compile(r"^[a-z]{3,}i[sz](?:e|es|ed|ing|er|ers|ation|ations)$")


# Words Snowball cuts down to another word that the digests' template makes everywhere: nearly every
# summary states "the main objective", which stemmed as "object" put "object" beside any topic word.
OWN_STEMS = {"objective": "objectiv", "objectives": "objectiv"}


@cache
def stem(word: str) -> str:
    """Snowball for words of five letters or more; shorter ones (acronyms, "aime") only lose a plural s.
    Where Snowball strips an -ize family suffix down to another word ("tokenizer", "normalization",
    "personalized" → "token", "normal", "person"), the stem keeps "iz": a tokenizer is no token; an
    objective is no object (`OWN_STEMS`)."""
    word = BRITISH_RE.sub(lambda m: m.group(0)[0] + "z", word)
    if word in OWN_STEMS:
        return OWN_STEMS[word]
    if ACRONYM_PLURAL_RE.match(word):  # "MLLMs", "LHRMs": Snowball keeps their s, so MLLM never met MLLMs
        return word[:-1]
    if len(word) >= 5 and not any(ch.isdigit() for ch in word):
        base = str(_stemmer().stemWord(word))
        return base + "iz" if IZE_RE.match(word) and not base.endswith(("iz", "is")) else base
    if len(word) >= 4 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def stems(text: str) -> list[str]:
    """Stems of a text's words, hyphenated words split: the unit every match is made on."""
    return [stem(w) for w in re.findall(r"[a-z0-9]+", fold(text.lower()))]


@lru_cache(maxsize=16384)  # understand() keys every acronym expansion of the corpus for each phrase it reads
def stem_key(text: str) -> str:
    """A phrase as ` stem stem `: found in a stemmed document by a substring test, whole words only."""
    return " " + " ".join(stems(text)) + " "


# The stems of the words that carry no topic ("the", "of", …).
STOP_STEMS = frozenset(stems(" ".join(sorted(STOPWORDS))))


# A wh-word's contraction typed without its apostrophe (general English): no other word is spelled so.
APOSTROPHE_LESS_RE = re.compile(r"\b(what|who|how|where)(s)\b", re.I)


def strip_markup(text: str) -> str:
    """Markdown and HTML around a question removed; the words stay."""
    text = html.unescape(text).replace("’", "'")
    text = APOSTROPHE_LESS_RE.sub(r"\1'\2", text)  # "whats a world model" is "what's a world model"
    text = re.sub(r"<[^>]{0,200}>", " ", text)
    text = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", text)
    # an arXiv link is the paper's id ("who wrote https://arxiv.org/abs/2412.09871v2?")
    text = re.sub(r"(?:https?://)?(?:www\.)?arxiv\.org/(?:abs|pdf)/(\d{4}\.\d{4,5})(?:v\d+)?(?:\.pdf)?", r"\1", text)
    text = re.sub(r"^\s{0,3}(?:#{1,6}|>+|[-*+]|\d+[.)])\s+", "", text, flags=re.M)
    text = re.sub(r"(\*\*|__|~~|`+)", "", text)
    text = re.sub(r"==(\S[^=]{0,200}?)==", r"\1", text)  # a highlight
    # a label before the question, on its own line or with a colon ("Q:", "Question:", "问题：")
    text = re.sub(
        r"^\s*(?:(?:my\s+)?(?:q|question|query|frage|pregunta)\s*[:：]|(?:my\s+)?(?:question|query)\s*\n|问题\s*[:：])\s*",
        "",
        text,
        flags=re.I,
    )
    text = re.sub(r"(?<![\w*])[*_](?=\S)([^*_]+?)(?<=\S)[*_](?![\w*])", r"\1", text)
    # a closing "pls" / "thanks" is no part of what is asked ("hallucination papers pls")
    text = re.sub(r"[\s,;:]+(?:pls|plz|please|thx|thanks|thank\s+you|ty)[\s!.]*$", "", text, flags=re.I)
    return re.sub(r"\s+", " ", text).strip()


PAPERS_WORD_RE = re.compile(r"\b(?:papers?|works|studies|articles?|publications?)\b", re.I)
# A measure of something named after it: "the training cost of Open-Sora 2.0", "the accuracy of X on Y".
FIGURE_OF_RE = re.compile(
    r"(?:(?:training|inference|total|average|peak|overall|reported|top-?1|mean)\s+)?"
    r"(?:cost|price|latency|throughput|speed|speed-?up|accuracy|score|success\s+rate|win\s+rate|error\s+rate|"
    r"memory(?:\s+(?:footprint|usage|use|cost))?|size|parameter\s+count|number\s+of\s+\w+|compute|budget|"
    r"runtime|run\s+time|time|gpu\s+hours|flops|perplexity|precision|recall|f1|bleu|rouge|fid|fvd|iou|map|auc|"
    # an extent a model has ("the context length of Qwen2.5-1M"): a figure, not a term to define
    r"(?:context|sequence|input|output|prompt)\s+(?:length|window|size)|vocabulary\s+size|batch\s+size|learning\s+rate)"
    r"\s+(?:of|for|on|in|with|does|did)\s+\S",
    re.I,
)


# "the state of the art on X", "SOTA results": how good something is, never a topic of its own
SOTA_RE = re.compile(
    r"\b(?:state[\s-]+of[\s-]+the[\s-]+art|sota)(?:\s+(?:results?|performance|scores?|accuracy))?\b", re.I
)
# "the limitations of GRPO", "the main advantages of SSMs": a finding about X, not what X is
ASPECT_OF_RE = re.compile(
    r"(?:the\s+)?(?:main\s+|key\s+|biggest\s+|known\s+)?(?:limitations?|drawbacks?|weakness(?:es)?|strengths?"
    r"|advantages?|disadvantages?|benefits?|challenges?|problems?|issues?|risks?|shortcomings?|pitfalls?"
    r"|applications?|uses|use\s+cases?|trade-?offs?)\s+(?:of|with|in|for)\b",
    re.I,
)
SUPERLATIVE_RE = re.compile(
    r"(?:the\s+)?(?:best|worst|top|leading|strongest|fastest|cheapest|largest|biggest|smallest|highest|lowest"
    r"|most|least|state[\s-]of[\s-]the[\s-]art|sota)\b",
    re.I,
)


# "what's new (in X)?" with no period asks for the recent papers, not the whole span of the corpus
WHATS_NEW_RE = re.compile(r"^\W*(?:what(?:'s|’s|\s+is|\s+was)\s+new|(?:is\s+there\s+)?anything\s+new)\b", re.I)
RECENT_MONTHS = 3  # "recent" without a period: as "the last 3 months" reads


# "a briefing on agents for March 2025": what the product calls a period's overview, asked as a summary is
# ("weekly briefing generation" is a topic).
BRIEFING_RE = re.compile(r"\bbriefings?\s+(on|of|for|about)\b", re.I)
# "the weekly briefing (please)", "weekly summary on agents": the latest week's, as "this week's briefing" asks
WEEKLY_RE = re.compile(
    r"\b(?:the\s+|a\s+|my\s+|our\s+)?weekly\s+(briefing|summary|overview|recap|round-?up|rundown|digest)s?"
    r"(?=\s*(?:please|pls)?\W*$|\s+(?:on|of|about)\b)",
    re.I,
)


# What is left of "give me a summary of October 2025" or "what's new last week?" once the period is
# read: a frame asking what a period brought, with no topic. It asks for the period's overview.
PERIOD_ONLY_RE = re.compile(
    r"^\W*(?:please\s+)?(?:(?:give|show|send|get)\s+(?:me|us)\s+|i\s+(?:want|need|would\s+like)\s+)?"
    r"(?:an?\s+|the\s+|some\s+)?(?:quick\s+|short\s+|brief\s+)?(?:weekly\s+|monthly\s+)?"
    r"(?:summary|overview|recap|rundown|round-?up|briefing|digest|highlights)"
    r"|^\W*what(?:'s|’s|\s+is|\s+was|\s+were)?\s+new"
    r"|^\W*what\s+(?:came|comes|has\s+come)\s+out"
    r"|^\W*what\s+(?:was|were|got|has\s+been|have\s+been)\s+(?:published|released|posted)"
    r"|^\W*what\s+(?:happened|went\s+on)"
    r"|^\W*(?:is\s+there\s+)?anything\s+new"
    # "what were the main themes / hot topics / key trends?", "what topics dominated?", "what was trending?"
    rf"|^\W*what\s+(?:(?:are|were|was|is|have\s+been|has\s+been)\s+)?(?:the\s+)?(?:(?:{THEME_ADJECTIVES})\s+)*"
    r"(?:themes?|topics?|trends|directions?|threads?|subjects?)\b(?:\s+(?:dominated|stood\s+out|emerged))?"
    rf"|^\W*(?:the\s+)?(?:{THEME_ADJECTIVES})\s+(?:themes?|topics?|trends)\b"
    r"|^\W*what\s+(?:was|were|is|are)\s+(?:trending|hot|popular|big)\b"
    # "what did the digests cover?", "what was covered in the digests?", "what was the digest about?"
    r"|^\W*what\s+(?:did|do|does)\s+(?:the\s+)?digests?\s+(?:cover|contain|hold|include|say)"
    r"|^\W*what\s+(?:was|were|is|are)\s+(?:covered|included)\s+in\s+(?:the\s+)?digests?"
    r"|^\W*what\s+(?:was|were|is|are)\s+(?:in\s+the\s+digests?|the\s+digests?\s+about)",
    re.I,
)
# What a period-only question may add without naming a topic: the digests themselves, or the field they all
# belong to ("in AI research", "in machine learning": every paper of an AI-paper digest is in it).
PERIOD_ONLY_END_RE = re.compile(
    r"^(?:\s*,|\s*(?:please|then|so\s+far|in|on|for|during|from|of|across|among|the|digests?|papers|corpus|field"
    r"|research|community|world|covered|ai|ml|machine\s+learning|artificial\s+intelligence)\b)*\W*$",
    re.I,
)


# What is left of "papers from 2025-03-14" or "which papers came out the day before the last digest?" once its
# day is read: the papers of that day asked for, with no topic.
DAY_PAPERS_RE = re.compile(
    r"^\W*(?:(?:please\s+)?(?:list|show(?:\s+me)?|give\s+me|find(?:\s+me)?)\s+)?(?:all\s+)?(?:the\s+)?"
    r"(?:(?:which|what)\s+)?papers(?:\s+(?:came\s+out|appeared|(?:were|got)\s+(?:published|released|posted)))?\W*$",
    re.I,
)


# What is left of a question that is nothing but its period ("March 2025", "the first week of December 2024"):
# "papers from March 2025" still lists that period's papers.
BARE_PERIOD_RE = re.compile(r"^\W*(?:the\W*)?$", re.I)


def period_only(rest: str, dated: bool = False) -> bool:
    """Whether a question whose period was read asks only what that period brought; a `dated` question may
    also be nothing but its period ("March 2025", "the first week of December 2024")."""
    m = PERIOD_ONLY_RE.match(rest)
    return bool(m and PERIOD_ONLY_END_RE.match(rest[m.end() :])) or (dated and bool(BARE_PERIOD_RE.match(rest)))


# "What topics are trending?", "what's hot?", "which topics grew the most?": the topics whose share of the
# papers rose, none named. The words around the rising word may only be these (frame, field and period words).
TRENDING_RE = re.compile(
    r"^\W*(?:so\s+)?(?:what|which)\b(?P<mid>[^?]*?)\b(?P<verb>trending|rising|on\s+the\s+rise|emerging|hot"
    r"|tak(?:ing|en)\s+off|took\s+off|gain(?:ing|ed)\s+(?:traction|momentum|ground|popularity)"
    r"|(?:grew|grown|growing|rose|risen|rising|increased|gained|climbed)(?:\s+(?:the\s+)?(?:most|fastest))?"
    r"|fastest[- ]growing)\b(?P<tail>[^?]*)",
    re.I,
)
TRENDING_AROUND = frozenset(
    """
    s is are was were has have been be the some any so far currently now right recently lately these days this
    at moment new topics topic themes theme areas area subjects subject fields field directions direction
    ideas idea methods method techniques technique keywords keyword terms term trends research ai ml
    machine learning artificial intelligence in on of across among the digests digest papers corpus world
    community most fastest
    """.split()
)
# "the hot topics", "the hottest themes": hot before a noun asks for a period's themes; "what's hot?" its rises
HOT_NOUN_RE = re.compile(r"^\s+(?:\w+\s+)?(?:topics?|themes?|areas?|subjects?|directions?|trends)\b", re.I)


def trending_asked(rest: str) -> bool:
    """Whether a question (its period taken out) asks which topics rose, naming none of its own."""
    m = TRENDING_RE.match(rest)
    if not m or (m["verb"].lower() == "hot" and HOT_NOUN_RE.match(m["tail"])):
        return False
    words = re.findall(r"[a-z]+", f"{m['mid']} {m['tail']}".lower())
    return all(w in TRENDING_AROUND for w in words)


# A topic typed on its own ("LLM agents for chemistry", "speculative decoding", "GRPO") asks for the papers on
# it. Not a description of one paper (an article or a pronoun in front, "a model that …"), a sentence (a verb
# such as "is", "can"), nor a figure asked in keywords ("GPT-4o accuracy on MMLU").
BARE_WORDS = 7
PLURAL_WORDS = 10  # a plural noun phrase with qualifiers ("GUI agents trained with RL on Android")
BARE_DOING = 5  # led by what a paper does ("monitoring …", "training a …"), this long it describes one paper
BARE_LEAD_RE = re.compile(
    r"^\W*(?:a|an|the|this|that|these|those|some|my|our|your|his|her|its|their|i|we|you|he|she|it|they|there|here"
    r"|and|but|or|so|if|because|hi|hello|hey|thanks|thank|ok|okay|yes|no|not|anyone|anybody|someone|somebody"
    # "research on X", "studies on X" may ask about one finding (eval/parsing_dev.jsonl pd11)
    r"|research|studies|study|work|works|findings|results|literature|progress|advances)\b",
    re.I,
)
# A measure or a paper's detail asked of the topic ("GPT-4o accuracy on MMLU", "DeepSeek-R1 authors"); before
# another content word it names part of a topic instead ("code generation", "score distillation", "link prediction").
ASKED_DETAIL = (
    r"(?:accuracy|score|scores|latency|throughput|speed-?up|cost|price|parameters?|size|results?|performance"
    r"|perplexity|rate|authors?|code|github|link|url|date"
    # "SPIRAL kuhn poker improvement on math benchmarks", "AC3D training GPU hours": a measured quantity asked
    # ("self-improvement" names a topic)
    r"|(?<!-)improvements?|(?<!-)gains?|(?:gpu|tpu)[\s-]hours)"
    r"(?![\w-])(?!\s+(?!(?:for|of|on|in|at|to|from|with|by|and|or|vs|versus|is|are|was|were|the|a|an|count|number"
    r"|value|figure)\b)[a-z])"
)
BARE_STOP_RE = re.compile(
    r"\b(?:what|which|how|who|whom|whose|why|when|where|is|are|was|were|am|be|been|being|do|does|did|can|could|will"
    r"|would|should|shall|may|might|must|has|have|had|i|me|my|we|you|it|they|them|that|this|please|tell|show|find"
    # after "for", "on" or "in" the word is a domain ("models for code"), not a detail asked of a topic
    r"|give|explain|describe|paper|papers|called|named|remember|published|(?<!\bfor )(?<!\bon )(?<!\bin )"
    + ASKED_DETAIL
    + ")\\b",
    re.I,
)


def bare_topic(text: str, limit: int = BARE_WORDS) -> bool:
    """Whether a question is a topic phrase typed on its own, nothing asked around it, in at most `limit` words."""
    words = WORD_RE.findall(fold(text.lower()))
    if not words or len(words) > limit or ";" in text or ":" in text or not text.isascii():
        return False
    if words[0].endswith("ing") and len(words) >= BARE_DOING:  # "monitoring disease outbreaks from sewage …"
        return False
    return not (BARE_LEAD_RE.match(text) or BARE_STOP_RE.search(text) or descriptive(text))


# A term asked about as a word ("the term vibe coding", "what does the phrase X mean?")
# Who a definition is asked for, or the field every paper of the digests is in: no part of the term.
ASKED_CONTEXT_RE = re.compile(
    r"\s+(?:to\s+(?:me|us)|(?:in|for)\s+(?:the\s+context\s+of\s+)?(?:ml|ai|nlp|llms?|deep\s+learning"
    r"|machine\s+learning|artificial\s+intelligence|ai\s+research|simple\s+(?:terms|words)|plain\s+english))$",
    re.I,
)
TERM_WORD_RE = re.compile(r"^(?:the\s+)?(?:term|phrase|expression)\s+(?=\S)", re.I)


def intent_of(question: str, describes: bool = False) -> tuple[str, str]:
    """(intent, the term a definition asks about); the first pattern that fits wins, else a fact.

    A description of one paper (`describes`) mentions lists and comparisons in passing ("… comparing
    losses", "offline versus online"): it asks for one only in a frame that plainly asks for it. A chat's
    opening words ("ok, now …") are not read."""
    question = OPENER_RE.sub("", question)
    for name, pattern in INTENT_PATTERNS:
        m = pattern.search(question)
        if not m:
            continue
        if describes and name in CLEAR_FRAMES and not CLEAR_FRAMES[name].search(question):
            continue
        if name == "definition":
            term = next((t for g in ("term", "term2", "term3", "term4", "term5") if (t := m.group(g))), "")
            term = term.strip(" '\"`")
            term = TERM_WORD_RE.sub("", term).strip(" '\"`")  # "what is the term X?" asks for X
            term = IN_CORPUS_RE.sub("", term)  # "world model as used in these papers" asks for "world model"
            term = ASKED_CONTEXT_RE.sub("", term)  # "explain X to me", "what's X in ML?" ask for X
            term = re.sub(r"\s+(?:all\s+)?about$", "", term, flags=re.I)  # "what is RAG about?" asks for "RAG"
            if PAPERS_WORD_RE.search(term) or METHODS_ASKED_RE.match(question) or KINDS_ASKED_RE.match(question):
                continue  # "what are the papers on GRPO?", "the main approaches / benchmarks for X?": the papers
            if FIGURE_OF_RE.match(term):  # "what is the latency of AAPT?" asks a figure, not a definition
                return "fact", ""
            if SUPERLATIVE_RE.match(term) or ASPECT_OF_RE.match(term):  # "the best X", "the limitations of X"
                return "fact", ""
            if len(term.split()) > 6 or (re.search(r"\d", term) and not re.search(r"[A-Za-z]", term)):
                continue
            return name, term
        return name, ""
    return "fact", ""


# Typing errors: two edits are allowed in a word of this many letters or more, at the default cutoff and beside
# a word the corpus writes the correction with (three letters in four right: "flow maathing" → "flow matching";
# a shorter word needs one edit in five).
TWO_EDITS_FROM = 8
TWO_EDITS_CUTOFF = 0.8


def squeezed(word: str) -> str:
    """The word with each run of one letter written once ("diffusion" and "difussion" → "difusion")."""
    return re.sub(r"(.)\1+", r"\1", word)


def typing_edits(typed: str, word: str) -> int:
    """Edits from `word` to `typed` (Damerau-Levenshtein: two neighbours swapped are one edit, even beside another
    edit), where a doubled letter added, dropped or moved ("difussion", "embbeding") also counts as one: the
    typing errors people make."""
    direct = DamerauLevenshtein.distance(typed, word)
    if direct <= 1:
        return direct
    return min(direct, DamerauLevenshtein.distance(squeezed(typed), squeezed(word)) + 1)


def _neighbours(words: list[str], word: str) -> list[tuple[str, str]]:
    """The content words just before and after `word` in the question: (before, after) pairs, one side empty."""
    i = words.index(word)
    before = [(w, "") for w in words[max(0, i - 1) : i] if w not in FUNCTION_WORDS]
    after = [("", w) for w in words[i + 1 : i + 2] if w not in FUNCTION_WORDS]
    return before + after


def _phrases(candidate: str, said: list[tuple[str, str]], phrase_df: Callable[[str], int] | None) -> int:
    """How many of the question's neighbouring words the corpus writes beside `candidate`."""
    if not phrase_df:
        return 0
    return sum(phrase_df(f"{b} {candidate}" if b else f"{candidate} {a}") > 0 for b, a in said)


def typed_similarity(typed: str, word: str) -> float:
    """1 − `typing_edits` over the longer word's length."""
    return 1 - typing_edits(typed, word) / max(len(typed), len(word))


def correct(
    words: list[str],
    vocab: Mapping[str, int],
    min_df: int = 3,
    cutoff: float = 0.8,
    keep: frozenset[str] = frozenset(),
    english: bool = False,
    two_edits_from: int = TWO_EDITS_FROM,
    phrase_df: Callable[[str], int] | None = None,
) -> dict[str, str]:
    """Misspelt words → the corpus word they are closest to (edit similarity ≥ cutoff, a swap of two
    letters or a doubled letter added, dropped or moved counting as one edit, `typing_edits`; the commoner
    word wins ties). Among near-equal matches, `phrase_df` (in how many papers a phrase is written) prefers
    the one the corpus writes beside the question's next or previous word ("object decttion": detection, not
    decision); with it, a word of `two_edits_from` letters or more may be two edits off whatever its length
    when the corpus writes the correction beside that word.

    Only words the corpus never uses are touched, and not another form of a word it uses ("equals"
    when it has "equal": stemming matches those); the replacement is a word the corpus uses at least
    `min_df` times, or a framing word such as "papers". Names (`keep`, words capitalised inside the
    question) need a closer match: one edit in seven letters, not one in five. With `english`, a
    correctly spelt English word the corpus happens not to use ("sending") is left alone: turning it
    into a corpus word ("sensing") changes the topic; only its British spelling may become American.
    """
    fixes: dict[str, str] = {}
    choices = _choices(vocab, min_df)
    known_stems = _stems_of(vocab)
    for word in words:
        if "-" in word and word not in vocab:  # "retreival-augmented": each part on its own
            parts = word.split("-")
            fixed = correct(parts, vocab, min_df, cutoff, keep, english, two_edits_from, phrase_df)
            if fixed:
                fixes[word] = "-".join(fixed.get(p, p) for p in parts)
            continue
        if 3 <= len(word) <= 5 and word not in vocab and word not in FRAME_WORDS:
            swapped = [word[:i] + word[i + 1] + word[i] + word[i + 2 :] for i in range(len(word) - 1)]
            frame = [w for w in swapped if w in FRAME_WORDS]
            if frame:  # "waht", "whcih": a swap inside a short framing word
                fixes[word] = frame[0]
                continue
        if len(word) < 4 or not word.isalpha() or word in vocab or word in FRAME_WORDS:
            continue
        # another form of a corpus word ("equals") is left to stemming; a misspelt one ("distilation",
        # stemmed like "distillation") is not: the definition and title paths read the word as written
        if len(word) >= 5 and stem(word) in known_stems and (is_english(word) or not english):
            continue
        pool = [c for c in choices.get(len(word), [])]
        pool += [c for d in (-2, -1, 1, 2) for c in choices.get(len(word) + d, [])]
        # A name (capitalised inside the question) is corrected only when one letter off, but may be rare.
        bar = max(cutoff, 0.85) if word in keep else cutoff
        if word in keep:
            pool += [c for d in (-1, 0, 1) for c in _choices(vocab, 1).get(len(word) + d, [])]
        near = process.extract(word, pool, scorer=DamerauLevenshtein.distance, score_cutoff=3, limit=None)
        scored = [(c, typed_similarity(word, c)) for c, *_ in near]
        found = [(c, sim) for c, sim in scored if sim >= bar - 1e-6]
        # neighbours as corrected so far: "gausian spalting" is checked as "gaussian splatting"
        said = _neighbours([w if w == word else fixes.get(w, w) for w in words], word) if phrase_df else []
        if not found and bar <= TWO_EDITS_CUTOFF and len(word) >= two_edits_from and said:
            # two edits off only where the corpus writes the word beside the question's neighbour ("flow maathing"),
            # not a real word the corpus lacks ("annealers" → "annealed", "colorize" → "coloring")
            found = [(c, sim) for c, sim in scored if typing_edits(word, c) <= 2 and _phrases(c, said, phrase_df)]
        if found:
            # Near-equal matches ("modles": models by a swap, modules by an insertion) go to the commoner word.
            top = max(f[1] for f in found)
            close = [f for f in found if f[1] >= top - 0.05]
            best = max(
                close,
                key=lambda f: (f[0] in FRAME_WORDS, _phrases(f[0], said, phrase_df), vocab.get(f[0], 0), f[1]),
            )
            if english and is_english(word) and not variant(word, best[0]):
                continue
            fixes[word] = best[0]
    return fixes


# Tables built from one vocabulary or author index, each kept beside the mapping it was built from: an id
# alone is reused by a later mapping once the first is freed (a temporary `{}`, a vocabulary rebuilt after
# an ingest), which would then get the freed one's table, and a question's answer would depend on the ones
# asked before it.
T = TypeVar("T")
KEPT_TABLES = 16  # more distinct mappings than this (tests, repeated ingests) start the tables afresh
_CHOICE_CACHE: dict[tuple[int, int], tuple[Mapping[str, int], dict[int, list[str]]]] = {}
_STEM_CACHE: dict[tuple[int, int], tuple[Mapping[str, int], frozenset[str]]] = {}


def _kept(cache: dict[tuple[int, int], tuple[Any, T]], source: Any, key: int, build: Callable[[], T]) -> T:
    """`build()`'s table for the `source` mapping (and `key`), built once while that very object lives."""
    hit = cache.get((id(source), key))
    if hit is None or hit[0] is not source:
        if len(cache) >= KEPT_TABLES:
            cache.clear()
        hit = cache[(id(source), key)] = (source, build())
    return hit[1]


def _stems_of(vocab: Mapping[str, int]) -> frozenset[str]:
    return _kept(
        _STEM_CACHE, vocab, 0, lambda: frozenset(stem(w) for w, df in vocab.items() if w.isalpha() and df >= 3)
    )


def _by_length(vocab: Mapping[str, int], min_df: int) -> dict[int, list[str]]:
    by_len: dict[int, list[str]] = {}
    for w, df in vocab.items():
        if df >= min_df and w.isalpha():
            by_len.setdefault(len(w), []).append(w)
    for w in sorted(FRAME_WORDS - vocab.keys()):
        by_len.setdefault(len(w), []).append(w)
    return by_len


def _choices(vocab: Mapping[str, int], min_df: int) -> dict[int, list[str]]:
    return _kept(_CHOICE_CACHE, vocab, min_df, lambda: _by_length(vocab, min_df))


FUNCTION_WORDS = frozenset(
    "a an the of which what who how is are was were do does did in on for to with and or from that this by "
    "papers paper any there versus vs between about please tell give show you your can could would should i my".split()
)


# A compound's spellings: the corpus's is taken where it writes that one at least this many times as often as the
# one typed (the typed form's own papers are then few), in this many papers or more.
COMPOUND_RATIO = 3
COMPOUND_MIN_DF = 3
# Articles, prepositions and "be" (general English): after one of these a stop word opens a phrase of its own
# ("what is on device …", "papers on in context …"); after a noun or verb it is the frame's ("papers on device").
GRAMMAR_WORDS = frozenset(
    "a an the of on in at about for to with from by into onto over under regarding around is are was were be".split()
)
LETTERS_RE = re.compile(r"(?<![\w'’-])[^\W\d_]+(?:-[^\W\d_]+)*(?![\w'’-])")
# English verb particles: "speed up", "roll out" are verbs, "speedup", "rollout" the nouns made of them.
PARTICLES = frozenset("up out down off back away".split())


def _open_df(first: str, second: str, vocab: Mapping[str, int], phrase_df: Callable[[str], int] | None) -> int:
    """How often the corpus writes two words apart: hyphenated, or open (stemming reads those two alike)."""
    return vocab.get(f"{first}-{second}", 0) + (phrase_df(f" {first} {second} ") if phrase_df else 0)


def _closes(first: str, second: str, vocab: Mapping[str, int], phrase_df: Callable[[str], int] | None) -> bool:
    """The corpus writes the two content words as one ("auto regressive", "auto-regressive" → "autoregressive")."""
    if {first, second} & (STOPWORDS | PARTICLES) or min(len(first), len(second)) < 2:
        return False
    closed = vocab.get(first + second, 0)
    return closed >= COMPOUND_MIN_DF and closed >= COMPOUND_RATIO * _open_df(first, second, vocab, phrase_df)


def _split_at(word: str, vocab: Mapping[str, int]) -> int:
    """Where a closed word splits into the hyphenated compound the corpus writes instead ("superresolution" →
    "super-resolution"), 0 if none: the commonest such split."""
    if len(word) < 6 or not word.isalpha():
        return 0
    own = max(vocab.get(word, 0), 1) * COMPOUND_RATIO
    df, at = max((vocab.get(f"{word[:i]}-{word[i:]}", 0), i) for i in range(2, len(word) - 1))
    return at if df >= max(own, COMPOUND_MIN_DF) else 0


def mend_compounds(text: str, vocab: Mapping[str, int], phrase_df: Callable[[str], int] | None = None) -> str:
    """Compounds typed open, closed or hyphenated as the corpus seldom writes them, in its own spelling, which a
    question must share to find its papers: stems split a hyphen, never a closed word ("sparse auto encoders" →
    "sparse autoencoders", "auto-regressive" → "autoregressive", "superresolution" → "super-resolution"). A stop
    word joins the next word where the corpus hyphenates them ("in context learning" → "in-context learning"),
    unless it follows a word that is no stop word, as a frame's preposition does ("papers on device …")."""
    found = list(LETTERS_RE.finditer(text))
    out: list[str] = []
    at, i = 0, 0
    while i < len(found):
        m = found[i]
        word, low = m.group(0), m.group(0).lower()
        nxt = found[i + 1] if i + 1 < len(found) else None
        spaced = nxt is not None and "-" not in low + nxt.group(0) and not text[m.end() : nxt.start()].strip()
        if nxt is not None and spaced:
            second = nxt.group(0).lower()
            before = found[i - 1].group(0).lower() if i else ""
            joined = ""
            if _closes(low, second, vocab, phrase_df):
                joined = word + nxt.group(0)
            elif (
                low in STOPWORDS
                and second not in STOPWORDS
                and (not before or before in GRAMMAR_WORDS)
                and (hyphened := vocab.get(f"{low}-{second}", 0)) >= COMPOUND_MIN_DF
                and hyphened >= COMPOUND_RATIO * (phrase_df(f" {low} {second} ") if phrase_df else 0)
            ):
                joined = f"{word}-{nxt.group(0)}"
            if joined:
                out += [text[at : m.start()], joined]
                at, i = nxt.end(), i + 2
                continue
        parts = word.split("-")
        if len(parts) > 1:
            merged = [parts[0]]
            for part in parts[1:]:
                if _closes(merged[-1].lower(), part.lower(), vocab, phrase_df):
                    merged[-1] += part
                else:
                    merged.append(part)
            mended = "-".join(merged)
        else:
            cut = _split_at(low, vocab)
            mended = f"{word[:cut]}-{word[cut:]}" if cut else word
        out += [text[at : m.start()], mended]
        at, i = m.end(), i + 1
    return "".join(out) + text[at:]


def language_of(question: str, words: list[str], vocab: Mapping[str, int], fixes: Mapping[str, str]) -> str:
    """ "en" unless the question uses a script the corpus does not, or lacks English function words and
    holds words the corpus does not know (acronyms aside)."""
    if CJK_RE.search(question) or re.search(r"[¿¡]", question) or FOREIGN_SCRIPT_RE.search(question):
        return "other"
    acronyms = {w.lower() for w in re.findall(r"\b[A-Z][A-Za-z0-9-]*[A-Z0-9][A-Za-z0-9-]*\b", question)}
    # a capitalised name some paper uses ("Llamole authors?") is no foreign word
    acronyms |= {w.lower() for w in re.findall(r"\b[A-Z][a-z]+\b", question) if vocab.get(w.lower(), 0)}
    plain = [w for w in words if w.isalpha() and len(w) > 1 and w not in acronyms]
    if not plain or re.match(r"\s*(?:define|definition\s+of|meaning\s+of)\s+\S+\s*\??\s*$", question, re.I):
        return "en"  # "define grokking": one rare term after an English frame
    unknown = [
        w
        for w in plain
        if vocab.get(w, 0) < 3 and w not in FRAME_WORDS | TREND_WORDS | PRODUCT_WORDS and w not in fixes
    ]
    function = [w for w in plain if w in FUNCTION_WORDS]
    if len(function) >= 2:  # "who won the … cup?" is English about something the corpus lacks
        return "en"
    if function and any(vocab.get(w, 0) for w in acronyms):  # "AnySplat versus gsplat": a paper's name in English
        return "en"
    if len(unknown) >= 0.34 * len(plain) or (len(plain) >= 3 and not function and unknown):
        return "other"
    return "en"


def protect_phrases(text: str, acronyms: Mapping[str, str]) -> str:
    """Expansions with a linking word ("mixture of experts") hyphenated so "of" does not cut them."""
    for expansion in sorted({e for e in acronyms.values() if " " in e}, key=len, reverse=True):
        words = expansion.split()
        if not any(w in FRAME_WORDS for w in words[1:-1]) or words[0] in FRAME_WORDS or words[-1] in FRAME_WORDS:
            continue
        pattern = r"\b" + r"[\s-]+".join(re.escape(w) for w in words) + r"(?:s|es)?\b"
        text = re.sub(pattern, lambda m: re.sub(r"\s+", "-", m.group(0)), text, flags=re.I)
    return text


# Nouns for people that frame a question ("which labs made X?") but close a topic's own phrase after a topic word
# ("self-driving labs", "red teams", "symmetry groups"); a singular one after a name is whose work it is ("the Qwen
# team"), so only plurals.
GROUP_NOUNS = frozenset({"labs", "teams", "groups"})


# A name written in capitals, its words joined by a linking word ("Deep Research", "Chain of Thought",
# "Reinforcement Learning from Verifiable Rewards"); words before it that only frame the question are cut off.
CAPITALISED_RUN_RE = re.compile(r"(?<![\w-])[A-Z][\w-]*(?:\s+(?:(?:of|for|from|to|in|with)\s+)?[A-Z][\w-]*)+")
# The words a capitalised run ends with that ask for the papers, not the name ("Deep Research Papers").
PAPER_NOUNS = frozenset("paper papers article articles publication publications".split())
# A capitalised name is kept whole where this many papers write it.
NAME_PHRASE_PAPERS = 2


def capitalised_names(text: str, phrase_df: Callable[[str], int] | None) -> list[str]:
    """The names the question writes in capitals that hold a frame word ("Deep Research", "Physically Based
    Rendering"), lowercased, where the papers write them: without this "research" and "based" would cut them."""
    names = []
    for m in CAPITALISED_RUN_RE.finditer(text):
        words = m.group(0).lower().split()
        while words and words[0] in FRAME_WORDS:
            words.pop(0)
        while words and words[-1] in PAPER_NOUNS:
            words.pop()
        name = " ".join(words)
        if (
            len(words) >= 2
            and any(w in FRAME_WORDS for w in words)
            and phrase_df is not None
            and phrase_df(name) >= NAME_PHRASE_PAPERS
        ):
            names.append(name)
    return names


def kept_whole(text: str, names: Sequence[str]) -> str:
    """The lowercased question with each name's words hyphenated, so "of" or "research" does not cut it."""
    for name in sorted(names, key=len, reverse=True):
        pattern = r"(?<![\w-])" + r"\s+".join(re.escape(w) for w in name.split()) + r"(?![\w-])"
        text = re.sub(pattern, lambda m: "-".join(m.group(0).split()), text)
    return text


# Frame words that are nouns only, naming a kind of thing before a topic noun ("research agents"): a compared
# side keeps them there ("this paper finds" is a verb's subject, so no "paper").
FRAME_NOUNS = frozenset("research publication".split())


def modifying_frame_nouns(text: str, phrase_df: Callable[[str], int] | None) -> frozenset[str]:
    """The frame nouns the question writes before a topic word, as a phrase the papers write ("compare embodied
    and research agents": research agents); elsewhere a frame noun frames the question ("research on agents")."""
    if phrase_df is None:
        return frozenset()
    words = WORD_RE.findall(text.lower())
    return frozenset(
        w
        for w, after in itertools.pairwise(words)
        if w in FRAME_NOUNS and after not in FRAME_WORDS and phrase_df(f"{w} {after}") >= NAME_PHRASE_PAPERS
    )


# Frame words that are only nouns, which may name what a common word is about ("summary generation", "idea
# generation"); before a word half the corpus writes, the pair is the topic, not the word alone.
NAMING_FRAME_NOUNS = frozenset(
    "summary summaries overview idea ideas article articles publication publications technique techniques theme "
    "themes topic topics definition definitions".split()
)
# A word written by this share of the papers (the commonest word's count standing for all of them) names no
# topic alone: "generation" is written by a third of them.
COMMON_WORD_SHARE = 0.25


def naming_frame_nouns(text: str, vocab: Mapping[str, int]) -> frozenset[str]:
    """The frame nouns the question writes right before a word so common it names no topic alone: "which papers
    do weekly summary generation?" asks about summary generation, not about generation."""
    total = max(vocab.values(), default=0)
    words = WORD_RE.findall(text.lower())
    return frozenset(
        w
        for w, after in itertools.pairwise(words)
        if w in NAMING_FRAME_NOUNS and after not in FRAME_WORDS and vocab.get(after, 0) >= COMMON_WORD_SHARE * total
    )


def chunks(text: str, drop: frozenset[str] = FRAME_WORDS) -> list[list[str]]:
    """Runs of topic words between framing words, each split at "or" into alternatives.

    "prune attention heads or compress the KV cache" → [["prune attention heads", "compress", "kv cache"]]
    is wrong; we keep order: alternatives are separated, every run inside one alternative is required.
    Returns alternatives, each a list of phrases (runs).
    """
    alternatives: list[list[str]] = [[]]
    run: list[str] = []
    for word in re.findall(WORD_RE.pattern + "|,", text.lower()):
        if word == ",":
            if run:
                alternatives[-1].append(" ".join(run))
                run = []
            continue
        if word == "or":
            if run:
                alternatives[-1].append(" ".join(run))
                run = []
            if alternatives[-1]:
                alternatives.append([])
            continue
        if word in drop and not (run and word in GROUP_NOUNS):
            if run:
                alternatives[-1].append(" ".join(run))
                run = []
            continue
        run.append(word)
    if run:
        alternatives[-1].append(" ".join(run))
    return [a for a in alternatives if a]


def shared_runs(alternatives: list[list[str]]) -> list[list[str]]:
    """ "A or B for C" asks for A for C or B for C; "X for A or B", X for A or X for B: a run that only
    the first or the last alternative holds, beside the one they trade, belongs to every alternative."""
    if len(alternatives) < 2 or any(len(a) != 1 for a in alternatives[1:-1]):
        return alternatives
    first, last = alternatives[0], alternatives[-1]
    if len(first) == 1 and len(last) > 1:
        return [[a[0], *last[1:]] for a in alternatives[:-1]] + [last]
    if len(first) > 1 and len(last) == 1:
        return [first] + [[*first[:-1], a[0]] for a in alternatives[1:]]
    return alternatives


# What the papers use in place of something ("… instead of autoregressive decoding", "rather than
# attention") names what they do not use: never required of them, nor a ranking cue.
CONTRAST_RE = re.compile(
    r"\s(?:instead\s+of|rather\s+than|as\s+opposed\s+to|in\s+place\s+of)\s"
    r"(?:(?!\b(?:for|to|in|on|with|when|where|that|which)\b)[^,;?])*",
    re.I,
)


# "… that do not use X", "X but not Y", "excluding Y", "except for Y", "other than Y", "apart from Y", "besides Y",
# "that use neither X nor Y", "without (using) Y": the papers doing Y are left out of the answer (those saying
# they do without it stay: "image editing without training" keeps the training-free methods).
NEGATION_RE = re.compile(
    r"\s(?:(?:that|which|who)\s+)?"
    r"(?:(?:(?:do|does|did)\s+not|don't|doesn't|didn't)\s+"
    r"(?:use|rely\s+on|involve|employ|apply|build\s+on|depend\s+on|need|require)"
    r"|not\s+(?:using|relying\s+on|involving|employing|applying|based\s+on|built\s+on|needing|requiring"
    r"|about|related\s+to|focused\s+on|concerning)"
    # "RAG papers that are not multimodal", "papers which aren't about images", "… that are not based on diffusion"
    r"|(?:(?<=that\s)|(?<=which\s)|(?<=who\s)|(?<=papers\s)|(?<=ones\s)|(?<=work\s)|(?<=works\s)|(?<=studies\s)"
    r"|(?<=methods\s)|(?<=approaches\s))"
    # the copula may be left out ("KD papers not on images"), when a preposition says what follows is a topic
    r"(?:(?:are|is|were)\s+not|aren't|isn't|weren't|aren’t|isn’t|not(?=\s+(?:on|for|in)\s))"
    r"(?:\s+(?:about|on|related\s+to|focused\s+on|based\s+on|built\s+on|using|for|in))?"
    r"|(?:(?:uses?|using|needs?|requires?|rely\s+on|relies\s+on|are|is|based\s+on)\s+)?neither"
    r"|without(?P<how>\s+(?:using|relying\s+on|involving|employing|applying|any))?"
    r"|but\s+not(?:\s+(?:on|with|using|about|for))?"
    r"|(?:excluding|except(?:\s+for)?|other\s+than|apart\s+from|besides)"
    r"(?:\s+(?:those|ones|papers|any)\s+(?:on|about|with|using|that\s+use))?)"
    r"\s+(?P<what>(?:(?!\b(?:for|to|in|on|with|when|where|that|which|but)\b)[^,;?])+)",
    re.I,
)
# A list of what is left out: "GSM8K or MATH", "neither quantization nor eviction"; "and" lists only where the
# list closes the clause ("other than GSM8K and MATH", not "… that do not use graphs and evaluate on X").
EITHER_RE = re.compile(r"\s+(?:or|nor)\s+", re.I)
AND_RE = re.compile(r"\s+and\s+", re.I)
# "diffusion-based ones" are those based on diffusion: a paper on them names diffusion.
BASED_RE = re.compile(r"-(?:based|driven|powered)\b", re.I)


def without_negation(text: str) -> tuple[str, list[str]]:
    """("video generation", ["diffusion"]) for "video generation papers that do not use diffusion": the
    topic, and what the papers listed must not use. A plain "without" before a verb's -ing form says how
    a method works ("… without pooling their data", "without retraining"): it stays the topic's. Names
    joined by "or" / "nor" are left out one by one, and so are names joined by "and" where they close the
    question ("other than GSM8K and MATH"); an "and" that goes on ("… that do not use graphs and evaluate on
    X") joins a second clause, which stays the topic's."""
    excluded: list[str] = []
    text = " " + text + " "

    def cut(m: re.Match) -> str:
        what = " ".join(m.group("what").split())
        how = m.group(0).split()[0].lower() == "without" and not m.group("how")
        if how and what.split()[0].lower().endswith("ing"):
            return str(m.group(0))
        rest = ""
        if text[m.end() :].strip(" ?.!") and (joined := AND_RE.search(what)):
            what, rest = what[: joined.start()], what[joined.start() :]
        parts = [p for a in AND_RE.split(what) for p in EITHER_RE.split(a) if p.strip()]
        excluded.extend(BASED_RE.sub("", p) for p in parts)
        return f" {rest} "

    return NEGATION_RE.sub(cut, text).strip(), excluded


def without_purpose(text: str) -> tuple[str, str]:
    """("knowledge distillation", "to compress language models") for "… knowledge distillation to
    compress language models": the clause saying why is cut off when a topic stands before it."""
    m = PURPOSE_RE.search(" " + text + " ")
    if not m:
        return text, ""
    head = text[: max(m.start() - 1, 0)]
    named = [w for w in WORD_RE.findall(head) if w not in FRAME_WORDS | GENERIC_WORDS]
    if not named:
        return text, ""
    purpose = " ".join(text[len(head) :].split())
    if all(re.fullmatch(KIND_WORDS, w, re.I) for w in named) and (acted_on := purpose_object(purpose)):
        return f"{head} {acted_on}", ""  # "benchmarks used to evaluate code generation": benchmarks for it
    return head, purpose


def purpose_object(purpose: str) -> str:
    """ "traffic lights at intersections" for "to control traffic lights at intersections"; "" when the
    clause names no object of its own."""
    m = PURPOSE_HEAD_RE.match(purpose)
    return purpose[m.end() :] if m else ""


def without_trailing_noun(phrase: str) -> str:
    """ "remote sensing data" → "remote sensing": a generic noun closing a phrase of three words or more."""
    words = phrase.split()
    if len(words) >= 3 and words[-1] in TRAILING_NOUNS:
        return " ".join(words[:-1])
    return phrase


def concept(phrase: str, acronyms: Mapping[str, str]) -> list[str]:
    """A phrase and its acronym twin, as stem keys: "monte carlo tree search" ↔ "mcts"."""
    forms = [phrase]
    low = phrase.lower()
    if low in acronyms and spells_whole(low, acronyms[low]):
        forms.append(acronyms[low])
    key = stem_key(low)
    for acr, expansion in acronyms.items():
        if stem_key(expansion) == key and acr not in forms and spells_whole(acr, expansion):
            forms.append(acr)
    return list(dict.fromkeys(stem_key(f) for f in forms if f.strip()))


def spells_whole(acronym: str, expansion: str) -> bool:
    """Whether an expansion spells the whole acronym: a closing number it does not write is a size or a version
    ("FP4" spelled "floating point" names 4-bit floats, not every floating-point number); a number between
    letters stands for a word ("T2I", text to image)."""
    closing = re.search(r"\d+$", acronym)
    return closing is None or closing.group(0) in expansion


def named_compounds(concepts: list[list[str]], question: str, vocab: Mapping[str, int]) -> list[list[str]]:
    """Each one-word concept the question writes as a capitalised name (not its first word, capitalised as any
    sentence's), with the corpus's words built on it (`qualifiers.compounds`)."""
    names = {stem_key(w) for w in re.findall(r"(?<=\s)[A-Z][a-z]{3,}\b", question.strip())}
    out = []
    for c in concepts:
        word = c[0].strip()
        more = [stem_key(t) for t in qualifiers.compounds(word, vocab)] if c[0] in names else []
        out.append([*c, *(f for f in more if f not in c)])
    return out


def unclipped(phrases: list[str], acronyms: Mapping[str, str]) -> list[list[str]]:
    """Each phrase as one concept (`topic_concepts`), also as written out ("math reasoning", "mathematical
    reasoning")."""
    out = []
    for c in topic_concepts(phrases, acronyms):
        full = stem_key(qualifiers.unclipped(c[0]))
        out.append(c + [full] if full not in c else c)
    return out


def excluded_concept(phrase: str, acronyms: Mapping[str, str], clean: str) -> list[str]:
    """A thing a list leaves out, with its clipped words also written out and its written-out words clipped:
    "… but not math" leaves out the papers on "mathematical reasoning" too. A phrase the question writes in
    capitals is a name ("other than GSM8K and MATH": the benchmark) and keeps its own form."""
    own = concept(phrase, acronyms)
    if re.search(rf"(?<![\w-]){re.escape(phrase.upper())}(?![\w-])", clean):
        return own
    twins = [stem_key(qualifiers.unclipped(phrase.lower())), stem_key(qualifiers.clipped(phrase.lower()))]
    return list(dict.fromkeys([*own, *twins]))


def word_concept(word: str, acronyms: Mapping[str, str]) -> list[str]:
    """One word as a concept: itself and what it abbreviates ("gui" ↔ "graphic user interface"), not an acronym
    whose expansion is that one word ("agent" is no "A2A")."""
    own = stem_key(word)
    return [f for f in concept(word, acronyms) if f == own or len(f.split()) > 1]


def topic_concepts(phrases: list[str], acronyms: Mapping[str, str]) -> list[list[str]]:
    """Each phrase as one required concept; a lone generic word ("model") is not a concept, but a
    generic acronym beside another phrase is its setting ("LLMs" in "LLMs for time series forecasting")."""
    out: list[list[str]] = []
    for phrase in phrases:
        words = phrase.split()
        setting = len(phrases) > 1 and words[0] in acronyms
        if len(words) == 1 and ((words[0] in GENERIC_WORDS and not setting) or len(words[0]) < 2):
            continue
        out.append(concept(phrase, acronyms))
    return out


# What "which is better, X or Y?" asks of the two sides: no side's own word.
BETTER_WORDS = frozenset("better worse best worst faster slower stronger preferable superior".split())


# What a comparison weighs both sides on: "X vs Y for Z", "how do X and Y compare on Z", "better for Z, X or Y?"
SCOPE_RE = re.compile(
    r"\b(?:for|on|in|at|when\s+it\s+comes\s+to|regarding|in\s+terms\s+of|with\s+respect\s+to)\s+(?P<z>[^?,;:.]+)", re.I
)


def compare_scope(text: str, sides: list[str]) -> str:
    """The phrase a comparison restricts both sides to ("long context" in "compare Mamba and Transformers
    for long context"), "" when none: the first phrase after "for / on / in …" that is neither side."""
    side_stems = [set(stems(s)) for s in sides]
    for m in SCOPE_RE.finditer(text):
        rest = m["z"]
        if re.match(r"\s*(?:how|what|which|why|whether|when|where|who)\b", rest, re.I):
            continue  # "differ in how they optimize the policy": an aspect of the sides, no set of papers
        for side in sides:  # "better for reasoning, GRPO or PPO": the sides end the phrase
            rest = re.sub(r"(?<![\w-])" + re.escape(side) + r"(?![\w-])", " and ", rest, flags=re.I)
        for run in (p for a in chunks(rest, FRAME_WORDS | BETTER_WORDS) for p in a):
            mine = set(stems(run))
            if mine and not any(mine <= side or side <= mine for side in side_stems):
                return without_trailing_noun(run)
    return ""


def split_sides(topic: str) -> list[str]:
    """The two sides of a comparison: "LoRA and full fine-tuning" → ["LoRA", "full fine-tuning"]."""
    parts = re.split(r"\s+(?:vs\.?|versus|and|or|with|to|from)\s+|\s*[,/]\s*", topic, flags=re.I)
    return [p.strip() for p in parts if p.strip()][:2]


# A first side is read with the second side's head when this many papers write it so ("dense attention").
SHARED_HEAD_PAPERS = 2


def shared_head(sides: list[str], clean: str, phrase_df: Callable[[str], int] | None) -> list[str]:
    """Two sides sharing the second one's head: "compare dense and sparse attention" weighs dense attention
    against sparse attention, "diffusion vs autoregressive language models" diffusion language models. The first
    side must be one word the question writes as a word, not a name ("LoRA", "GRPO"), and the papers must write
    it before that head ("pruning vs knowledge distillation" stays pruning: no paper writes "pruning
    distillation")."""
    if len(sides) != 2 or phrase_df is None or len(sides[0].split()) != 1 or len(sides[1].split()) < 2:
        return sides
    m = re.search(rf"(?<![\w-]){re.escape(sides[0])}(?![\w-])", clean, re.I)
    if (
        m is None
        or any(c.isupper() for c in m.group(0)[1:])
        or (m.group(0)[0].isupper() and clean[: m.start()].strip())
    ):
        return sides
    head = sides[1].split()[1:]
    if phrase_df(singular_phrase(" ".join([sides[0].lower(), *head]))) < SHARED_HEAD_PAPERS:
        return sides
    return [" ".join([sides[0], *head]), sides[1]]


def second_period(rest: str, since: str, until: str, latest: str) -> tuple[str, str, str, list[list[str]]]:
    """A trend over two periods ("more papers on agents in 2025 than in 2024?") spans both of them:
    the second is taken out of the question and the span widened to hold it; the two periods, earlier
    first, are what its answer weighs against each other ([] when there is no second one)."""
    without, since2, until2 = strip_dates(rest, latest)
    if not (since2 or until2):
        return rest, since, until, []
    start = min(since, since2) if since and since2 else ""
    end = max(until, until2) if until and until2 else ""
    periods = sorted([[since, until], [since2, until2]]) if since and until and since2 and until2 else []
    return without, start, end, periods if periods and periods[0][1] < periods[1][0] else []


def trend_sides(text: str) -> list[list[str]]:
    """The two topics of a trend on two series, each the runs of its side; [] for one topic."""
    m = VERSUS_RE.search(text) or re.search(r"\s(?:and|,)\s+how\s+many\s", text, re.I)
    if not m and COMPARE_WORD_RE.search(text):
        m = re.search(r"\sand\s", text, re.I)
    if not m and POPULAR_RE.search(text):  # "which is more popular, mamba or rwkv": the two it weighs
        m = re.search(r"\s(?:or|than|since)\s", text, re.I)
    if not m:
        return []
    drop = FRAME_WORDS | TREND_WORDS
    sides = [[run for a in chunks(part, drop) for run in a] for part in (text[: m.start()], text[m.end() :])]
    return sides if all(sides) else []


def author_filter(
    text: str, authors: Mapping[str, int], vocab: Mapping[str, int] | None = None
) -> tuple[str, str, list[str], list[str]]:
    """("Yossi Adi", text without the clause, the listed names meant) for "papers with Yossi Adi as an
    author", "papers by lovesnowbest", "is Yejin Choi in the digests?", "how many papers did X write?"; only
    a name the digests list counts, or a surname alone or a misspelt name that `rag.authors` resolves."""
    patterns = (
        (AUTHOR_BEFORE_RE, True),
        (AUTHOR_WORK_RE, True),
        (AUTHOR_AFTER_RE, False),
        (AUTHOR_ASKED_RE, False),
        (AUTHOR_FROM_RE, False),
        (AUTHOR_OWN_RE, True),
        (AUTHOR_ANY_BY_RE, False),
    )
    for pattern, tail in patterns:
        for m in pattern.finditer(text):
            tokens = next(g for g in m.groups() if g is not None).split()
            spans = [tokens[len(tokens) - n :] if tail else tokens[:n] for n in range(len(tokens), 0, -1)]
            capitalised = sum(t[:1].isupper() for t in tokens)
            for span in spans:
                name = " ".join(span).strip(" ?.,")
                if pattern is AUTHOR_OWN_RE and len(span) == 1 and (vocab or {}).get(name.lower(), 0):
                    continue
                if pattern in (AUTHOR_FROM_RE, AUTHOR_OWN_RE) and lab_of(name):
                    continue  # "papers from NVIDIA": the lab's papers (rag.affiliation), not only those it is listed on
                # a surname or a misspelling only as the whole name written ("Mohit" of "Mohit Unknown" is none)
                anywhere = pattern is AUTHOR_ANY_BY_RE  # a whole listed name only: "by Reinforcement Learning" is none
                loose = len(span) == capitalised and not anywhere
                meant = [] if anywhere and len(span) < 2 else authors_of_name(name, authors, vocab or {}, loose=loose)
                if meant:
                    at = text.find(name, m.start())
                    joined, end = coauthors_after(text, at + len(name), authors) if at >= 0 and not tail else ([], 0)
                    rest = text[: m.start()] + " papers " + text[max(end, m.end()) :]
                    # Co-authors named beside it ("by A, B and C") are part of the filter, not the topic.
                    for other in re.findall(r"[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){0,2}", rest):
                        if other.lower() in authors:
                            rest = rest.replace(other, " ")
                    return name, rest.strip(), meant, joined
    return (*absent_author(text, authors, vocab or {}, patterns[:-1]), [])


# A name after the asked author in "by A, B and C": capitalised words joined by a comma, "and" or "&".
COAUTHOR_RE = re.compile(r"\s*(?:,\s*and\b|,|&|\band\b)\s*([A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3})")


def coauthors_after(text: str, end: int, authors: Mapping[str, int]) -> tuple[list[str], int]:
    """The listed names joined to the asked author ("by Bohao Peng, Shaoteng Liu and Bin Xia": every one of
    them must be an author of a paper listed), lower case, and where their list ends in `text`."""
    joined: list[str] = []
    while m := COAUTHOR_RE.match(text, end):
        tokens = m.group(1).split()
        name = next((n for k in range(len(tokens), 0, -1) if (n := " ".join(tokens[:k])).lower() in authors), "")
        if not name:
            break
        joined.append(name.lower())
        end = m.start(1) + len(name)
    return joined, end


def absent_author(
    text: str, authors: Mapping[str, int], vocab: Mapping[str, int], patterns: tuple[tuple[re.Pattern, bool], ...]
) -> tuple[str, str, list[str]]:
    """("Chelsea Finn", text without the clause, []) when an author clause names a person no paper lists, so
    the answer can say so rather than read the name as a topic; ("", text, []) otherwise."""
    for pattern, tail in patterns:
        for m in pattern.finditer(text):
            tokens = [t.strip(" ?.,!") for t in next(g for g in m.groups() if g is not None).split()]
            ordered = tokens[::-1] if tail else tokens
            run = list(itertools.takewhile(lambda t: t[:1].isupper(), ordered))
            if tail and pattern is AUTHOR_OWN_RE:  # "the Aya Expanse paper" names a paper, not a person
                words_before = ordered[len(run) :] or text[: m.start(1)].split()[::-1]
                if words_before and words_before[0].lower() in NAMING_DETERMINERS:
                    continue
            run = [t for t in run if t.lower() not in STOPWORDS]  # "Any Kolmogorov-Arnold papers?" names no one
            name = " ".join(run[::-1] if tail else run)
            if person_name(name, authors, vocab):
                return name, (text[: m.start()] + " papers " + text[m.end() :]).strip(), []
    return "", text, []


_NAME_WORDS: dict[tuple[int, int], tuple[Mapping[str, int], frozenset[str]]] = {}


def _name_words(authors: Mapping[str, int]) -> frozenset[str]:
    """Words of the digests' author names: a name is never "corrected" into a word."""
    if not authors:
        return frozenset()
    return _kept(_NAME_WORDS, authors, 0, lambda: frozenset(w for name in authors for w in name.split()))


def acronym_for_unknown(text: str, vocab: Mapping[str, int]) -> str:
    """ "graphbasierte neural networks (GNNs)" → "GNNs": a phrase the glossary left partly untranslated
    gives way to the acronym the question spells out beside it."""

    def pick(m: re.Match) -> str:
        tokens = m.group(1).split()
        run = 0
        while run < len(tokens) and tokens[len(tokens) - 1 - run].lower() not in FRAME_WORDS:
            run += 1
        words = WORD_RE.findall(fold(" ".join(tokens[len(tokens) - run :]).lower()))
        if not words or all(vocab.get(w, 0) >= 3 for w in words):
            return str(m.group(0))
        return " ".join([*tokens[: len(tokens) - run], m.group(2)]) + " "

    return re.sub(r"((?:[^\W\d_][\w-]*\s+){1,5})\(\s*([A-Za-z][A-Za-z0-9-]{1,10})\s*\)", pick, text)


def untranslated_words(
    topics: list[str], vocab: Mapping[str, int], acronyms: Mapping[str, str], reframed: str = "", asked: str = ""
) -> list[str]:
    """Words of a reframed question's topics that neither the glossary translated nor the corpus uses, and
    Chinese left in it: the offline reading could not translate them, and the answer should say so. A word the
    question (`asked`) does not hold was written by the translation, in English ("qui a gagné le prix Turing" →
    "who won … Turing award"): it is read as the English question reads it, though no paper writes it."""
    out: list[str] = []
    said = set(re.findall(r"\w+", fold(asked.lower())))

    def known(w: str) -> bool:
        return bool(
            vocab.get(w, 0)
            or vocab.get(w.rstrip("s"), 0)
            or w in acronyms
            or any(c.isdigit() for c in w)
            or (asked and not set(re.findall(r"\w+", w)) <= said and not CJK_RE.search(w))
        )

    for word in [*" ".join(topics).split(), *re.findall(r"[\u3400-\u9fff]+", reframed)]:
        w = fold(word.lower())
        # a name the topic reader joined with hyphens ("deep-research-agents") is known when each of its words is,
        # its function words aside ("reinforcement-learning-with-verifiable-rewards", "computer-use-agents")
        found = known(w) or ("-" in w and all(known(p) or p in STOPWORDS for p in w.split("-") if p))
        if not found and w not in out and (len(w) > 2 or CJK_RE.search(w)):
            out.append(word)
    return out


def mend_months(text: str) -> str:
    """A misspelt month ("Janaury 2025") → its name, before the dates are read: one edit in a word of five
    letters or more that is no English word ("match" stays)."""

    def fix(m: re.Match) -> str:
        word = str(m.group(0))
        low = word.lower()
        if low in MONTHS or is_english(low):
            return word
        found = process.extractOne(low, list(MONTHS), scorer=OSA.distance, score_cutoff=1)
        return str(found[0]).capitalize() if found else word

    return re.sub(r"\b[A-Za-z]{5,}\b", fix, text)


# "which was the first?" after a list asks which came first (the earliest), not for the list's first row
EARLIEST_ASKED_RE = re.compile(
    r"^\W*(?:which|what)(?:\s+(?:one|paper))?\s+(?:was|came\s+out|appeared)\s+(?:the\s+)?first\W*$", re.I
)


def place_of(word: str) -> int:
    """An ordinal's place: "seventh" → 7, "12th" → 12, "last" → -1."""
    low = word.lower()
    return int(low[:-2]) if low[:1].isdigit() else ORDINALS[low]


def ordinal_of(question: str) -> int:
    """The place of the list entry a turn points at, counted from the end when negative ("the one before last" is
    -2); 0 when it points at none."""
    if EARLIEST_ASKED_RE.match(question):
        return 0
    if end := FROM_END_RE.search(question):
        return -(place_of(end.group("nth")) if end.group("nth") else 2)
    m = ORDINAL_RE.search(question)
    if not m:
        return 0
    if m.group(3):
        return int(m.group(3))
    return place_of(next(g for g in (m.group(1), m.group(2), m.group(4), m.group(5)) if g))


# "what's the latest on / in X?", "the latest on X", "anything recent on X": the topic's newest papers, as "what
# are the latest papers on X?" asks (with or without the question words before it)
LATEST_ON_RE = re.compile(
    r"^\s*(?:(?:what(?:'s|’s|s|\s+is|\s+are)\s+)?(?:the\s+)?(?:latest|newest|most\s+recent)"
    r"|(?:is\s+there\s+)?(?:anything|something)\s+(?:recent|newer|latest))"
    r"\s+(?:on|in|with|about|regarding|around)\s+",
    re.I,
)


# "work on X", "research on model merging", "studies of X", "recent stuff about X", "any recent progress on X",
# "advances in X" (the papers that made the progress, not a topic word "progress"), "what research exists on X?",
# "what work has been done on X?": the papers on X, read as "papers on X", where X is a topic phrase. A finding
# asked about it has a verb, a question word or a word of result or change ("studies on rising inference costs",
# "research on whether RL helps", "studies on the effect of X on Y"): those stay questions (eval/parsing_dev.jsonl
# pd11, pd28s).
GENERIC_ON_RE = re.compile(
    rf"^\W*(?P<lead>(?:(?:{'|'.join(NOTABLE_WORDS)}|any|some|more|other|prior|current|existing)\s+)*)"
    r"(?:(?:work|works|research|literature|stuff|publications)\s+(?:on|about|into|regarding|concerning|around)"
    r"|(?:progress|advances|advancements|developments)\s+(?:on|in|about|regarding|concerning|around)"
    r"|studies\s+(?:on|of|about|into|regarding|concerning))\s+(?P<topic>\S.*)$"
    r"|^\W*(?:what|which)\s+(?P<lead2>(?:(?:recent|new|other|prior|existing|current)\s+)*)"
    r"(?:work|research|studies|literature|stuff|publications|papers)\s+(?:exists?|is\s+there|are\s+there"
    r"|(?:has|have)\s+been\s+(?:done|published|written|carried\s+out)|was\s+done|is\s+(?:available|out\s+there))"
    r"\s+(?:on|about|into|regarding|concerning|around)\s+(?P<topic2>\S.*)$",
    re.I,
)
FINDING_RE = re.compile(
    r"\b(?:what|which|how|why|whether|if|when|where|who|is|are|was|were|do|does|did|can|could|will|would|should"
    r"|may|might|must|has|have|had|results?|findings?|effects?|impacts?|shows?|showed|shown|finds?|found|reveals?|revealed"
    r"|suggests?|suggested|rising|growing|declining|falling|increasing|decreasing|shrinking|worsening)\b",
    re.I,
)


def research_on(text: str) -> tuple[str, bool]:
    """ "research on X" and its kin asking for the papers on a topic phrase → "papers on X"; else the text as it
    is. True where nothing but the bare "research on" asks for papers: X may still name one finding
    ("research on retrosynthesis planning"), answered as a question when no paper names X as typed."""
    m = GENERIC_ON_RE.match(text)
    topic = m and (m.group("topic") or m.group("topic2"))
    if not m or not topic or FINDING_RE.search(topic):
        return text, False
    lead = (m.group("lead") or m.group("lead2") or "").strip()
    return " ".join(filter(None, [lead, "papers on", topic])), not lead and bool(m.group("topic"))


YES_NO_RE = re.compile(r"^\s*(?:is|are|does|do|did|has|have)\b", re.I)
# "did anyone study whether X", "has anyone shown that X", "is there a paper showing that X", "is there any study
# on whether X": whether papers exist on the clause X. The frame and the clause's own verb of relation or modal
# ("affects", "makes", "cannot") are how the question is put, not what a paper must name.
_ANYONE = (
    r"(?:has|have|did|does|do)\s+(?:any(?:one|body|\s+(?:papers?|stud(?:y|ies)|works?|research(?:ers)?|authors?))"
    r"|someone|somebody|researchers|people)"
)
_LOOKED = (
    r"(?:ever\s+)?(?:stud(?:y|ied)|check(?:ed)?|test(?:ed)?|look(?:ed)?\s+(?:at|into)|investigat(?:e|ed)|examin(?:e|ed)"
    r"|explor(?:e|ed)|ask(?:ed)?|evaluat(?:e|ed)|measur(?:e|ed)|analy[sz](?:e|ed)|show(?:n|ed)?|f(?:i|ou)nd"
    r"|prov(?:e|ed|en)|demonstrat(?:e|ed)|report(?:ed)?|establish(?:ed)?|confirm(?:ed)?|argu(?:e|ed)|suggest(?:ed)?"
    r"|sa(?:y|id)|claim(?:ed)?|conclud(?:e|ed))"
)
_SHOWING = (
    r"(?:(?:that|which)\s+(?:shows?|showed|finds?|found|proves?|proved|demonstrates?|demonstrated|reports?|reported"
    r"|argues?|argued|suggests?|suggested|claims?|claimed|tests?|tested|studies|studied|examines?|asks?|checks?)"
    r"|showing|finding|proving|demonstrating|reporting|arguing|suggesting|claiming|testing|studying|examining"
    r"|asking|checking|on|about|into)"
)
EXISTENCE_RE = re.compile(
    rf"^\s*(?:{_ANYONE}\s+{_LOOKED}\s+(?:whether|if|that)?"
    rf"|(?:is|are)\s+there\s+(?:an?\s+|any\s+)?(?:papers?|stud(?:y|ies)|works?|research|evidence|articles?)\s+"
    rf"{_SHOWING}\s+(?:whether|if|that)(?=\s))\s*(?P<clause>\S.*)$",
    re.I,
)
# "has anyone applied GRPO to medical imaging?": X used for Y, as "has anyone used X for Y?" is read
APPLIED_RE = re.compile(rf"^\s*(?P<frame>{_ANYONE})\s+(?:ever\s+)?appl(?:y|ied)\s+(?P<x>.+?)\s+to\s+(?P<y>\S.*)$", re.I)
# General English, not topic words: modals, negation, degree adverbs and verbs that relate a clause's two sides.
CLAUSE_WORDS = frozenset(
    """
    can cannot can't could couldn't will would won't do does did don't doesn't didn't not never no really truly
    actually still even always indeed able unable make makes made making cause causes caused causing affect affects
    affected affecting impact impacts impacted influence influences influenced lead leads led help helps helped hurt
    hurts harm harms harmed matter matters mattered fix fixes fixed worsen worsens improve improves improved reduce
    reduces reduced increase increases increased decrease decreases decreased boost boosts boosted enhance enhances
    enhanced degrade degrades degraded benefit benefits benefited
    """.split()
)


# A passive verb in the clause ("can be tricked by", "are easily fooled", "get hijacked"): the participle, and
# an adverb of manner before it, say how the clause's sides relate, not what a paper on it must write.
PASSIVE_RE = re.compile(
    r"\b(?:be|been|being|is|are|was|were|get|gets|got|gotten|getting)\s+(?:(?P<adverb>[a-z]{3,}ly)\s+)?"
    r"(?P<participle>[a-z]{2,}(?:ed|en|wn|ne))\b",
    re.I,
)


def soft_words(text: str) -> list[str]:
    """The words of an existence question's clause that are how it is put rather than its topic: passive
    participles and their adverbs ("tricked", "easily fooled", "undone"). A paper on the claim need not write
    them: the list is first read with them, then without them (`Answerer.softened`)."""
    m = EXISTENCE_RE.match(text)
    if not m:
        return []
    found = PASSIVE_RE.finditer(m.group("clause"))
    return [w for p in found for w in (p.group("adverb"), p.group("participle")) if w and w.lower() not in CLAUSE_WORDS]


def existence_frame(text: str) -> tuple[str, bool]:
    """("is there a paper on tokenization counting?", True) for "did anyone study whether tokenization affects
    counting?": a question whether papers exist on a claim, read as asking for the papers on the claim's topic
    words; "applied X to Y" as "used X for Y". (text, False) for any other question."""
    m = APPLIED_RE.match(text)
    if m:
        used = "use" if re.match(r"(?:did|does|do)\b", m.group("frame"), re.I) else "used"
        return f"{m.group('frame')} {used} {m.group('x')} for {m.group('y')}", True
    m = EXISTENCE_RE.match(text)
    if not m:
        return text, False
    kept = [w for w in m.group("clause").split() if w.lower().strip(",;:?!.") not in CLAUSE_WORDS]
    return f"is there a paper on {' '.join(kept)}", True


# "papers on model merging 2024": a year the corpus writes after that last word in this many papers is a name's
# ("AIME 2025"), not the period asked.
YEAR_NAME_PAPERS = 2
SPACED_SLASH_RE = re.compile(r"(?<=[A-Za-z0-9])\s+/\s+(?=[A-Za-z0-9])")
SPACED_PLUS_RE = re.compile(r"(?<=\w)\s+[+&]\s+(?=\w)")


def slash_as_or(text: str) -> str:
    """ "tool calling / function calling" asks for either, as "… or …" does: a slash with spaces about it between
    two words is read as "or". An unspaced one stays: it joins a pair ("before/after", "pass/fail",
    "encoder/decoder") as often as it offers a choice. A spaced "+" or "&" joins two topics, as "and" does
    ("federated learning + LoRA papers"); unspaced it is part of a name ("C++", "R&D")."""
    return SPACED_PLUS_RE.sub(" and ", SPACED_SLASH_RE.sub(" or ", text))


def as_typed(acronyms: Mapping[str, str], plain: frozenset[str], question: str) -> Mapping[str, str]:
    """The acronyms without the everyday words among them that the question writes without capitals past
    their first letter: "AI for art" asks about art, not the Anonymous Region Transformer ("ART", "mAP")."""
    words = re.findall(r"[A-Za-z][A-Za-z0-9]*", question)
    capitals = {w.lower() for w in words if any(c.isupper() for c in w[1:])}
    drop = (plain & {w.lower() for w in words}) - capitals
    return {a: e for a, e in acronyms.items() if a not in drop} if drop else acronyms


def understand(
    question: str,
    vocab: Mapping[str, int],
    acronyms: Mapping[str, str],
    authors: Mapping[str, int] | None = None,
    latest: str = "",
    plain: frozenset[str] = frozenset(),
    categories: Iterable[str] = (),
    phrase_df: Callable[[str], int] | None = None,
) -> Parsed:
    """The whole step: markup → filters → intent → typos → language → topic concepts. `latest`, the
    newest day the corpus holds, gives a month named without its year its year; `plain`, the acronyms the
    corpus mostly writes as everyday words, which stand for the acronym only written with capitals;
    `categories`, the category names the papers carry; `phrase_df`, in how many papers a phrase is written
    (a typo's correction is the word the corpus writes beside its neighbour)."""
    unordered, order = ordering(question)
    clean = strip_markup(unordered if unordered.strip(" ?.!,") else question)
    acronyms = as_typed(acronyms, plain, clean)
    spoken = frames.language(clean)
    rest, has_code = strip_code_intent(as_papers(clean), phrase_df) if spoken == "en" else (clean, False)
    if spoken == "en" and CORPUS_TOTAL_RE.match(rest):
        rest = CORPUS_TOTAL
    reframed, best, bare, generic, framed_exists = "", False, False, False, False
    reading, approaches = False, False
    audienced, audience = "", ""
    soft: list[str] = []
    plural, least, most, bound = False, 0.0, 0.0, ""
    trending = False
    if spoken == "en":
        rest = LATEST_ON_RE.sub(
            "what are the latest papers on ",
            mend_months(
                OPENER_RE.sub("", slash_as_or(BRIEFING_RE.sub(r"summary \1", WEEKLY_RE.sub(r"this week's \1", rest))))
            ),
        )
        soft = soft_words(rest)
        rest, framed_exists = existence_frame(rest)
        rest, generic = research_on(rest)
        audienced, audience = audience_frame(rest)
        rest = audienced or ("what are the papers?" if audience else rest)
        framed, reading = reading_frame(field_evaluation_frame(rest))
        framed, best = methods_frame(framed)
        reframed, rest = (framed, framed) if framed != rest else (rest if framed_exists else "", rest)
        approaches = not reading and bool(METHODS_ASKED_RE.match(rest))
        rest, (least, most), bound = qualifiers.size_bound(rest)
    else:
        rest = frames.periods_in_english(rest, spoken)
    named = phrase_df and (lambda p: phrase_df(p) >= YEAR_NAME_PAPERS)
    dated = without_published(rest, latest) if spoken == "en" else rest
    pair = year_pair(dated, named)
    if pair:
        without, since, until = pair.question, pair.since, pair.until
    else:
        without, since, until = strip_dates(dated, latest)
    if spoken == "en" and not (since or until):
        without, since, until = trailing_year(dated, named)
    counted = bool(since or until) and counted_back(rest, latest)
    rest = without if since or until else rest
    recent = not (since or until) and bool(latest) and bool(WHATS_NEW_RE.match(rest))
    if recent:
        since, until = recent_span(latest, RECENT_MONTHS)
    periods: list[list[str]] = []
    if pair and (pair.compared or TREND_RE.search(rest) or COMPARE_WORD_RE.search(rest)):
        periods = pair.periods  # "compare X papers from 2024 and 2025" sets the two years against each other
    elif (since or until) and TREND_RE.search(rest):
        rest, since, until, periods = second_period(rest, since, until, latest)
    rest = frames.to_english(rest, spoken, lambda w: vocab.get(w, 0), phrase_df)
    if spoken != "en":
        rest = acronym_for_unknown(rest, vocab)
    category = ""
    m = CATEGORY_RE.search(rest)
    if m:
        category, rest = m.group(1), (rest[: m.start()] + rest[m.end() :]).strip()
    elif spoken == "en":
        category, rest = category_asked(rest, categories)
    author, rest, author_names, coauthors = author_filter(rest, authors or {}, vocab)
    count = 0
    if spoken == "en":
        rest, count = asked_count(rest)
    # a translated question's bracketed name is English by now ("… ohne Daten zu teilen (föderiertes Lernen)")
    rest = aliased(rest, vocab, acronyms)
    if spoken == "en":
        rest = mend_compounds(rest, vocab, phrase_df)
    words = WORD_RE.findall(fold(rest.lower()))
    names = frozenset(w.lower() for w in re.findall(r"(?<=[\w,;] )[A-Z][a-z]+", rest))
    listed = _name_words(authors or {})
    # A question rewritten from another language holds glossary terms and terms typed as written: not typos.
    fixes = (
        {
            k: v
            for k, v in correct(words, vocab, keep=names, english=True, phrase_df=phrase_df).items()
            if k not in listed
        }
        if spoken == "en"
        else {}
    )
    # "most prolific authors in 2025-03": an aggregate over the corpus, read in English whatever its rare words
    aggregated = spoken == "en" and bool(aggregate.kind_of(rest))
    language = spoken if spoken != "en" else "en" if aggregated else language_of(clean, words, vocab, fixes)
    if language == "other":
        fixes = {k: v for k, v in correct(words, vocab, cutoff=0.85, keep=names).items() if k not in listed}
    fixed = protect_phrases(" ".join(fixes.get(w, w) for w in words), acronyms)
    if spoken == "en":
        fixed = kept_whole(fixed, capitalised_names(rest, phrase_df))
    if language == "other":
        # Keep what the corpus knows: acronyms and names in Latin letters, cognates; word order differs
        # between languages, so each kept word is a concept of its own.
        kept = {w for w in fixed.split() if (len(w) > 3 and vocab.get(w, 0) >= 3) or w in acronyms}
        fixed = " , ".join(w for w in fixed.split() if w in kept)
        intent, term = "fact", ""
    else:
        describes = descriptive(clean)
        # each fix in place, punctuation kept ("What is knowlege distilation?" → "… knowledge distillation?")
        mended = re.sub(r"[^\W\d_][\w'-]*", lambda m: fixes.get(m.group(0).lower(), m.group(0)), rest)
        intent, term = intent_of(re.sub(r"\s+", " ", mended), describes)
        if intent == "fact":
            intent, term = intent_of(fixed, describes)
        # "multimodal models that do not use a vision encoder": a topic phrase with what its papers must not use
        unnegated, negated = without_negation(mended)
        if intent == "fact" and negated:  # "video generation papers other than …": the frame once the clause is cut
            intent, term = intent_of(re.sub(r"\s+", " ", unnegated), describes)
        phrase = unnegated if negated else mended
        plural = spoken == "en" and qualifiers.plural_phrase(WORD_RE.findall(fold(phrase.lower())))
        # a plural noun phrase with its qualifiers may run longer, and a period is one more of them
        bare = bare_topic(phrase) or (plural and bare_topic(phrase, PLURAL_WORDS))
        plural = plural and bare
        bare = bare and intent == "fact" and (plural or not (since or until)) and not aggregated
        bare = bare or (generic and intent == "list")  # "research on X" may still ask one finding about X
        intent = "list" if bare else intent  # "LLM agents for chemistry": the papers on it
        if aggregated:
            intent, term = "aggregate", ""
            fixed = re.sub(r"\b\d{1,2}\b", " ", fixed)  # "top 5 authors": a place count, not a topic
        if trending_asked(rest):
            intent, fixed, trending = "trend", "", True
        elif since != until and (
            (intent == "list" and PERIOD_NEWS_RE.search(rest))
            or (intent in ("list", "fact") and HAPPENED_RE.match(rest))
        ):
            intent = "summary"
        elif since != until and period_only(rest, dated=True):
            intent, fixed = "summary", ""  # no topic: "anything new" names none
        elif since and since == until and (period_only(rest, dated=True) or DAY_PAPERS_RE.match(rest)):
            intent, fixed = "list", ""  # "what came out on 2025-03-14?": that day's papers
        elif not (since or until) and period_only(rest):
            intent, fixed = "summary", ""  # "what were the main themes?", "give me a summary": the whole corpus
    if periods and intent in ("fact", "list"):  # "is X more popular than?" once its periods are taken out
        intent = "trend"
    if periods and intent == "compare" and len(split_sides(COMPARE_WORD_RE.sub(" ", fixed))) < 2:
        intent = "trend"  # "compare the X papers of 2024 with those of 2025": one topic, its count in each year
    topic_text = re.sub(r"\b(?:over|through|across)\s+time\b", " ", fixed.replace(",", " , "))
    if intent == "trend":  # "is X picking up?": a trend's verb, as "growing" is
        topic_text = re.sub(r"\bpick(?:s|ed|ing)?\s+up\b", " ", topic_text, flags=re.I)
    if plural and intent == "list":  # "GUI agents trained with RL": "trained" opens a qualifier, no topic word
        topic_text = qualifiers.qualifier_text(topic_text, bool(bound))
    # a possessive ends a name ("HeadInfer's KV cache" names HeadInfer and the KV cache, not "headinfer s")
    topic_text = re.sub(r"(?<=[a-z0-9])['’]s\b", " ,", topic_text, flags=re.I)
    # "the state of the art on X", "SOTA results": how good, not a topic ("art" is not the ART model)
    topic_text = SOTA_RE.sub(" ", topic_text)
    if intent == "summary":  # "the hot topics in robotics" asks for the themes of robotics
        topic_text = THEME_PHRASE_RE.sub(" ", topic_text)
    # "point me to work on X", "I need papers on X" ask for X ("point cloud", "… All You Need" stay)
    topic_text = re.sub(r"\bpoint\s+(?:me|us)\s+(?:to|at|towards?)\b|^\s*i\s+(?:need|want)\b", " ", topic_text)
    # "papers that refer to X" ask for X, as "papers that mention X" do ("referring expressions" stay a topic)
    topic_text = re.sub(r"\brefer(?:s|red)?\s+to\b", " ", topic_text, flags=re.I)
    if intent == "list":  # "X paper list" asks for the papers, as "X papers" does
        topic_text = re.sub(r"\bpapers?\s+list\b", " ", topic_text, flags=re.I)
    topic_text = KIND_USED_OFTEN_RE.sub(r"\1 ", KIND_QUALIFIER_RE.sub(" ", topic_text))
    # "anything on X?" asks about X ("segment anything" elsewhere stays a name)
    topic_text = re.sub(r"^\s*(?:is\s+there\s+)?anything(?=\s+(?:new\s+)?(?:on|about|regarding)\b)", " ", topic_text)
    purpose = scope = ""
    excluded: list[str] = []
    if intent == "definition" and term:
        topic_text = " ".join(fixes.get(w, w) for w in WORD_RE.findall(fold(term.lower())))
    elif language != "other" and intent != "compare":
        if intent in (
            "list",
            "trend",
            "summary",
        ):  # a title or a description may say "without" ("… without Normalization")
            topic_text, excluded = without_negation(topic_text)
        topic_text, purpose = without_purpose(CONTRAST_RE.sub(" ", topic_text))
    alternatives = [
        [without_trailing_noun(p) for p in a]
        for a in shared_runs(
            chunks(
                topic_text,
                (
                    FRAME_WORDS
                    - (modifying_frame_nouns(topic_text, phrase_df) if intent == "compare" else frozenset())
                    - (naming_frame_nouns(topic_text, vocab) if intent in ("list", "trend") else frozenset())
                )
                | {
                    "trend": TREND_WORDS,
                    "when": WHEN_WORDS,
                    "aggregate": aggregate.FRAME_WORDS,
                    "limitations": LIMIT_WORDS,
                }.get(intent, set()),
            )
        )
    ]
    versus = intent == "trend" and bool(sides_of := trend_sides(topic_text))
    if versus:
        alternatives = [[without_trailing_noun(p) for p in side] for side in sides_of]
    if intent == "compare":
        sides = split_sides(" ".join(WORD_RE.findall(topic_text)))
        # "is GRPO better than PPO?", "… safer than …", "… more stable than …": the comparative judges the sides,
        # it is no part of one
        judging = BETTER_WORDS | {w.lower() for m in COMPARATIVE_RE.finditer(clean) for w in m.group(0).split()}
        flat = [q for a in alternatives for p in a if (q := " ".join(w for w in p.split() if w not in judging))]
        either = chunks(re.sub(r"[:;]", ",", clean), FRAME_WORDS | BETTER_WORDS)
        if len(either) == 2 and all(either):  # "…, GRPO or PPO?": the phrases either side of "or"
            sides = [either[0][-1], either[1][0]]
        elif len(flat) >= 2:
            sides = flat[:2]
        elif sides and sides[0].split()[-1] in FRAME_NOUNS:  # "compare research and coding agents"
            sides = [sides[0].split()[-1], *sides[1:]]
        sides = shared_head(sides, clean, phrase_df)
        alternatives = [[s] for s in sides]
        scope = compare_scope(topic_text, sides)
    topics = [" ".join(a) for a in alternatives]
    concepts = [topic_concepts(a, acronyms) for a in alternatives]
    plural = plural and intent == "list"
    if plural:  # a name the question capitalises also holds in the names built on it ("Android" → AndroidWorld)
        concepts = [named_compounds(a, clean, vocab) for a in concepts]
    parts = (
        [
            [word_concept(w, acronyms) for w in qualifiers.split_head(a[0])] + unclipped(a[1:], acronyms)
            for a in alternatives
            if a
        ]
        if plural
        else []
    )
    left_out = [[without_trailing_noun(p) for p in a] for e in excluded for a in shared_runs(chunks(e))]
    aim = [[without_trailing_noun(p) for p in a] for a in shared_runs(chunks(purpose_object(purpose)))]
    untranslated = untranslated_words(topics, vocab, acronyms, rest, clean) if spoken not in ("en", "other") else []
    return Parsed(
        question=question,
        clean=clean,
        intent=intent,
        topics=topics,
        concepts=concepts,
        since=since,
        until=until,
        has_code=has_code,
        category=category,
        author=author,
        author_names=author_names,
        coauthors=coauthors,
        corrections=fixes,
        language=language,
        ordinal=ordinal_of(clean),
        term=term,
        purpose=purpose,
        untranslated=untranslated,
        versus=versus,
        periods=periods if intent == "trend" else [],
        trending=trending,
        excluded=[" ".join(a) for a in left_out],
        excluded_concepts=[[excluded_concept(p, acronyms, clean) for p in a] for a in left_out],
        purpose_phrases=[a for a in aim if a],
        english=rest if spoken not in ("en", "other") else "",
        count=count if intent == "list" else 0,
        scope=scope,
        scope_concepts=topic_concepts([scope], acronyms) if scope else [],
        reframed=reframed,
        best=best,
        bare=bare,
        recent=recent,
        counted_back=counted or recent,
        plural=plural,
        parts=[named_compounds(a, clean, vocab) for a in parts] if parts != concepts else [],
        size_bound=bound,
        size_least=least,
        size_most=0.0 if most == float("inf") else most,
        # "is there a primer on X?" asks whether an overview exists: its answer says which, with no "Yes:"
        exists=intent == "list" and not reading and (framed_exists or bool(YES_NO_RE.match(clean))),
        reading=reading and intent == "list",
        audience="" if audienced else audience,
        approaches=approaches and intent == "list",
        soft=soft,
        order=order if unordered.strip(" ?.!,") else "",
    )


# "what is GRPO and which papers improve on it?": a definition and a list in one question, the second part
# pointing back at the first ("it", "them")
COMPOUND_RE = re.compile(
    r"^\s*(?P<first>(?:what|who)(?:'s|’s|\s+is|\s+are|\s+was|\s+were)\s+(?P<term>[^?,;]+?))\s*[,;]?\s+and\s+"
    r"(?P<second>(?:which|what)\s+(?:papers?|works?|studies|articles)\b[^?]*?)\s*\??\s*$",
    re.I,
)
POINTER_RE = re.compile(r"\b(?:it|them)\b", re.I)


def compound_parts(question: str) -> tuple[str, ...] | None:
    """The questions of a compound one, each later one with its pointer replaced by what the first asks about
    ("which papers improve on GRPO?", "who made AReaL?"), or None."""
    m = COMPOUND_RE.match(strip_markup(question))
    if not m:
        return question_parts(question)
    if not POINTER_RE.search(m["second"]):
        return None
    term = re.sub(r"^(?:an?|the)\s+", "", m["term"].strip(), flags=re.I)
    return f"{m['first'].strip()}?", POINTER_RE.sub(lambda _: term, m["second"], count=1).strip() + "?"


# What opens a question of its own: a wh-word, or an auxiliary ("is it open source?", "does it use SFT?").
_ASKING = r"(?:what|what's|who|whom|whose|when|where|which|why|how|is|are|was|were|does|do|did|has|have|can|could)"
# A request made in the imperative ("summarize it", "list the papers on it", "also explain how it works").
_REQUEST = r"(?:summari[sz]e|list|show|give|tell|explain|describe|name|find|compare)"
# Where a second question or request begins: ", and", "and", ";" or "," before a word that opens one, or a question
# mark with more after it ("what is GRPO? summarize it", "what's X? Also summarize the papers about it.").
PART_BREAK_RE = re.compile(
    rf"\s*(?:[,;]\s*(?:and\s+)?|\s+and\s+|\?\s*(?:and\s+)?)(?:(?:also|then|please|now)\s+)?"
    rf"(?={_ASKING}\b|{_REQUEST}\b)",
    re.I,
)
# The first part asks about one named thing: "what is X", "who made X", "when was X published".
DEFINED_RE = re.compile(r"^(?:what|who)(?:'s|\s+is|\s+are|\s+was|\s+were)\s+(?:an?\s+|the\s+)?(?P<term>.+)$", re.I)
# A run of name words: mixed case, capitals or digits ("Kimi k1.5", "GHOST 2.0", "LLM Economist").
NAME_WORD = r"(?:[A-Za-z]*[A-Z][\w.\-]*|[\w\-]*\d[\w.\-]*)"
NAME_RUN_RE = re.compile(rf"(?<![\w-]){NAME_WORD}(?:\s+{NAME_WORD})*(?![\w-])")
# A first part about papers, not one thing: "which papers use GRPO and what do they find?" asks of the papers.
ABOUT_PAPERS_RE = re.compile(r"\b(?:papers?|works|studies|articles|ones|authors)\b", re.I)
PART_POINTER_RE = re.compile(r"\b(?:it|its|they|them|their)\b", re.I)


def part_subject(first: str) -> str:
    """What the first part asks about: the term of "what is X" ("AReaL", "speculative decoding"), else the one
    name it writes ("who wrote MUR", "when was SmolVLA published"); "" when it names none or several."""
    if m := DEFINED_RE.match(first):
        return m["term"].strip()
    body = first.split(None, 1)[1] if len(first.split()) > 1 else ""  # the opening wh-word is capitalised
    names = NAME_RUN_RE.findall(body)
    return names[0] if len(names) == 1 else ""


def question_parts(question: str) -> tuple[str, ...] | None:
    """The questions of one that asks several things of one subject ("what is AReaL and who made it?", "when
    was SmolVLA published and what does it do?"), each later one asked of the subject by name ("who made
    AReaL?"); None where a later part is no question of its own ("the difference between DPO and PPO"), points
    at nothing ("… and why?") or names something else, or the first part asks about papers."""
    text = strip_markup(question).strip().rstrip("?.!").strip()
    pieces = [p.strip() for p in PART_BREAK_RE.split(text)]
    if len(pieces) < 2 or not re.match(rf"{_ASKING}\b", pieces[0], re.I) or ABOUT_PAPERS_RE.search(pieces[0]):
        return None
    subject = part_subject(pieces[0])
    if not subject or not all(p and (PART_POINTER_RE.search(p) or subject in p) for p in pieces[1:]):
        return None

    def named(pointer: re.Match) -> str:
        word = pointer.group(0).lower()
        return f"{subject}'s" if word in ("its", "their") else subject

    later = [PART_POINTER_RE.sub(named, p, count=1) for p in pieces[1:]]
    return (f"{pieces[0]}?", *(f"{p}?" for p in later))

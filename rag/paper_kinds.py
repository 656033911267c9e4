"""What kind of paper a paper is, read from its title and summary: one that makes a benchmark or data
set, or a survey. "Which papers propose benchmarks for code generation?" asks for the papers that make
one, not for every paper reporting a score on one."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from rag.text import sentences

if TYPE_CHECKING:
    from rag.papers import Paper

# The stem a question's kind word is read as (`understand.stem_key`), and the kind it asks for
KIND_STEMS: dict[str, str] = {
    "benchmark": "data",
    "bench": "data",
    "dataset": "data",
    "corpus": "data",
    "corpora": "data",
    "testb": "data",
    "survey": "survey",
    "review": "survey",
}
DATA = (
    r"(?:[\w-]*bench(?:mark)?s?|data\s*sets?|corp(?:us|ora)|suites?|testbeds?|leaderboards?|arenas?"
    r"|(?:evaluation|test)\s+sets?)"
)
MAKE = (
    r"(?:introduc|propos|present|construct|buil[dt]|releas|creat|curat|collect|develop|contribut|establish"
    r"|design|assembl|compil|open-sourc|annotat)\w*"
)
# "introduces HumanEval Pro and MBPP Pro, benchmarks for …", "a new benchmark", "X, a benchmark, is
# introduced"; not "achieves 20% on the OSWorld benchmark" nor "evaluated across five datasets"
BETWEEN = r"(?:(?!\b(?:on|across|using|with|over|in|at|against|from)\b)[^.;§]){0,80}?"
MAKES_DATA_RE = re.compile(
    rf"\b{MAKE}\b{BETWEEN}\b{DATA}\b"
    rf"|\b(?:an?|the)\s+(?:new|novel|first)\s+(?:[\w-]+\s+){{0,3}}?{DATA}\b"
    rf"|\b{DATA}\b[^.;§]{{0,80}}?\b(?:is|are|was|were)\s+(?:\w+ly\s+)?{MAKE}\b",
    re.I,
)
DATA_TITLE_RE = re.compile(rf"\b{DATA}\b|\w+bench\b|^benchmarking\b", re.I)
# "An Unsupervised Peer Review Framework" reviews no literature
SURVEY = r"(?:survey|(?<!peer\s)review|overview|tutorial|primer)"
SURVEY_TITLE_RE = re.compile(
    rf"\b(?:an?|the|comprehensive|systematic|brief|critical)\s+(?:[\w-]+\s+){{0,2}}?{SURVEY}\b"
    rf"|\b{SURVEY}\s+(?:of|on)\b|:\s*(?:an?\s+)?(?:[\w-]+\s+){{0,2}}?{SURVEY}\s*$|^{SURVEY}\b",
    re.I,
)
SURVEY_TEXT_RE = re.compile(
    rf"\b(?:this|the)\s+(?:[\w-]+\s+){{0,2}}?{SURVEY}\s+(?:paper\s+)?(?:provides|offers|presents|reviews|covers|"
    r"categori[sz]es|examines|summari[sz]es|systematically|aims|organi[sz]es|introduces|proposes)\b"
    rf"|\b(?:provides|offers|presents|conducts)\s+(?:an?\s+)?(?:[\w-]+\s+){{0,2}}?{SURVEY}\s+of\b"
    r"|\b(?:this|the)\s+paper\s+(?:surveys|reviews)\b",
    re.I,
)


# "which papers use / are evaluated on benchmarks for X?" asks for the papers scored on one, not those making it
USED_ON_RE = re.compile(
    r"\b(?:use[sd]?|using|evaluat\w*|test(?:s|ed|ing)?|report\w*|run|ran|scor\w*|results?|train\w*|fine-tun\w*)"
    r"\s+(?:on|with|in|across|over)?\s*(?:the\s+|these\s+|existing\s+|standard\s+|public\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:benchmarks?|datasets?|data\s+sets?|corpora|corpus|surveys?|reviews?)\b",
    re.I,
)


# "the most widely used benchmarks", "datasets commonly adopted": how often the field uses them, which ranks the
# benchmarks asked for; no paper is asked to have used one
USED_OFTEN_RE = re.compile(
    r"\b(?:(?:most|more)\s+)?(?:widely|commonly|frequently|generally|typically|usually|often|most)[- ]"
    r"(?:used|adopted)\b",
    re.I,
)


# A paper of the kind that names the topic is about it at this cosine to the topic or closer; one this close
# is about it in other words ("web agents" for GUI agents). Chosen on kinds_dev2's tune half.
RELATED = 0.3
NEAR = 0.5


def asked(question: str, concepts: list[list[list[str]]]) -> str:
    """The kind of paper a list question asks for ("data", "survey"), when every reading of its topic is
    led by a kind word with something after it ("benchmarks | code generation"), else ""."""
    kinds = {KIND_STEMS.get(a[0][0].strip(), "") if len(a) >= 2 and len(a[0]) == 1 else "" for a in concepts if a}
    if len(kinds) != 1 or "" in kinds or USED_ON_RE.search(USED_OFTEN_RE.sub(" ", question)):
        return ""
    return kinds.pop()


# Kind words that end a topic phrase as words of their own: "bench" and "testbed" end names ("SWE-bench").
ENDING_KINDS = frozenset({"benchmark", "dataset", "corpus", "corpora", "survey", "review"})


def kind_ending(concepts: list[list[list[str]]], question: str = "") -> tuple[str, list[list[list[str]]]]:
    """A topic phrase that ends with a kind word and is qualified ("machine unlearning benchmarks for multimodal
    LLMs") read as that kind's list ("benchmarks | machine unlearning | multimodal LLMs"): the kind and the
    concepts led by it, or ("", []) where some reading has no such phrase, or none qualifies it (a bare "visual
    reasoning benchmarks" stays the phrase's own list), or the question asks what is evaluated on it."""
    if USED_ON_RE.search(USED_OFTEN_RE.sub(" ", question)):
        return "", []
    kinds, led = set(), []
    for alternative in concepts:
        first = alternative[0] if len(alternative) > 1 else []
        words = first[0].split() if len(first) == 1 else []
        kinds.add(KIND_STEMS.get(words[-1], "") if len(words) > 1 and words[-1] in ENDING_KINDS else "")
        led.append([[f" {words[-1]} "], [" " + " ".join(words[:-1]) + " "], *alternative[1:]] if words else [])
    return (kinds.pop(), led) if len(kinds) == 1 and "" not in kinds else ("", [])


def is_kind(paper: Paper, kind: str) -> bool:
    """Whether the paper is of this kind: it makes a benchmark or data set, it is a survey, or an overview (a
    survey, guide, primer or monograph)."""
    if kind == "data":  # a survey reviews benchmarks; it makes none
        made = DATA_TITLE_RE.search(paper.title) or MAKES_DATA_RE.search(paper.summary)
        return bool(made) and not SURVEY_TITLE_RE.search(paper.title)
    if kind == "survey":
        return bool(SURVEY_TITLE_RE.search(paper.title) or SURVEY_TEXT_RE.search(paper.summary))
    if kind == "overview":
        return is_overview(paper)
    return True


def making_sentences(paper: Paper, kind: str) -> list[str]:
    """The summary's sentences that say the paper is of the kind ("introduces X, a benchmark for …")."""
    said = {"data": [MAKES_DATA_RE], "overview": [SURVEY_TEXT_RE, OVERVIEW_TEXT_RE]}.get(kind, [SURVEY_TEXT_RE])
    return [s for s in sentences(paper.summary) if any(r.search(s) for r in said)]


def on_topic(names: bool, close: float, says: bool, worded: bool) -> bool:
    """Whether a paper of the kind is on the topic: it names it and is about it (says it where it says what
    it makes, or lies close in meaning), or it names one of the topic's rarer words and lies so close in
    meaning that it names the topic in other words."""
    return (names and (says or close >= RELATED)) or (worded and close >= NEAR)


# A guide, monograph or primer is read first as a survey is: "From Masks to Worlds: A Hitchhiker's Guide to World
# Models", "The Principles of Diffusion Models" (not "A Guide for Code-as-Thought", a method, nor "VideoGuide").
OVERVIEW_TITLE_RE = re.compile(
    r"\bguide\s+to\b|\b(?:handbook|primer|tutorial|monograph)\b|^(?:the\s+)?(?:principles|foundations|fundamentals)\s+of\b",
    re.I,
)
OVERVIEW_TEXT_RE = re.compile(r"\bthis\s+(?:monograph|tutorial|primer|handbook|book|guide)\b", re.I)


def is_overview(paper: Paper) -> bool:
    """Whether a reader new to the paper's topic is pointed to it first: a survey, or a guide, primer or
    monograph of the topic."""
    return (
        is_kind(paper, "survey")
        or bool(OVERVIEW_TITLE_RE.search(paper.title))
        or bool(OVERVIEW_TEXT_RE.search(paper.summary))
    )


# What a paper says it makes, read where a making verb meets its object: the first contribution noun after
# "introduces" / "proposes" / "is a" ("introduces LAION-SG, a large-scale dataset … for training text-to-image
# models" makes a data set; "introduces SWERANK, a retrieve-and-rerank framework … and a dataset" a method).
METHOD_NOUN = (
    r"(?:methods?|approach(?:es)?|frameworks?|techniques?|algorithms?|models?|llms?|architectures?|systems?"
    r"|pipelines?|strateg(?:y|ies)|mechanisms?|modules?|loss(?:es)?|objectives?|paradigms?|recipes?|schemes?"
    r"|agents?|polic(?:y|ies)|networks?|decoding|attention|optimizers?|procedures?|prover|solvers?|estimators?"
    r"|encoders?|decoders?|tokenizers?|regulari[sz]ers?|regulari[sz]ation|metrics?|training|fine-tuning|methodolog(?:y|ies))"
)
TOOL_NOUN = r"(?:librar(?:y|ies)|toolkits?|toolbox(?:es)?)"
STUDY_NOUN = (
    r"(?:stud(?:y|ies)|analys[ie]s|investigations?|examinations?|assessments?|evaluations?|comparisons?|audits?"
    r"|measurements?|replications?|diagnos[ie]s|hypothes[ie]s|perspectives?"
    r"|position|scaling\s+laws?|theor(?:y|ies|etical\s+\w+))"
)
ANNOUNCE = r"(?:introduc|propos|present|releas|develop|establish|contribut|offer|unveil)\w*"
NOUNS = rf"(?:(?P<data>{DATA})|(?P<tool>{TOOL_NOUN})|(?P<study>{STUDY_NOUN})|(?P<method>{METHOD_NOUN}))"
# "introduces X, a framework …", "X is a benchmark …"; and the passive, "X, a new benchmark, is introduced"
# The thing made is the verb's object and what stands beside it, not a clause after it ("introduce MIA-DPO, which
# extends single-image datasets …" makes no data set; "UI-R1, leveraging rule-based RL …" names no kind)
CLAUSE = r"(?:which|that|who|where|while|leveraging|using|by|to|through|via)"
MADE_RE = re.compile(
    rf"\b(?:{ANNOUNCE}|(?:is|are)\s+(?:an?|the))\b(?:(?!\b{CLAUSE}\b)[^.;]){{0,120}}?\b{NOUNS}\b", re.I
)
MADE_PASSIVE_RE = re.compile(
    rf"\b{NOUNS},?[^.;]{{0,60}}?\b(?:is|are|was|were)\s+(?:\w+ly\s+)?(?:introduced|proposed|presented|released|created"
    r"|constructed|built|developed|designed|curated|collected|established)\b",
    re.I,
)
# A sentence opening on the name and what it is: "NOLIMA, a new benchmark, evaluates …"
MADE_APPOSITION_RE = re.compile(
    rf"^\W*(?:[a-z]{{1,3}}\)\s*)?[\w$^{{}}.+-]+(?:\s+[\w$^{{}}.+-]+){{0,3}},\s+(?:an?|the)\s+(?:[\w-]+\s+){{0,4}}?{NOUNS}\b",
    re.I,
)
# A paper that says it studies something, argues for something or measures it: no method of its own
POSITION_RE = re.compile(
    r"\b(?:argu(?:es|ing)|advocat(?:es|ing)|calls?\s+for|position\s+paper|proposes?\s+a\s+(?:paradigm\s+)?shift)\b",
    re.I,
)
STUDY_RE = re.compile(
    r"\b(?:investigat|examin|analy[sz]|stud(?:y|ies)\b|explor|assess|evaluat|quantif|measur|revisit|reveal|probe[sd]?\b"
    r"|probing|characteri[sz]|empirical)",
    re.I,
)
LEAD_SENTENCES = 3
# A title opening on a coined name ("KnowRL: …", "UI-R1: …", "HtmlRAG: …"): the paper names something it made
COINED_RE = re.compile(r"^\s*(?P<name>[\w$^{}.+-]*(?:[a-z][A-Z]|[A-Z]{2}|\d|-)[\w$^{}.+-]*)\s*:")


def made(lead: str) -> str:
    """The kind of the first thing the text says is made ("data", "tool", "study", "method"), or ""."""
    opening = MADE_APPOSITION_RE.match(lead)
    found = [m for m in (opening, MADE_RE.search(lead), MADE_PASSIVE_RE.search(lead)) if m]
    if not found:
        return ""
    first = min(found, key=lambda m: m.start())
    return next(k for k in ("data", "tool", "study", "method") if first.group(k))


def contribution(paper: Paper) -> str:
    """What the paper contributes, read from its summary's first sentences: "survey", "data" (a benchmark, data
    set or tool), "study" (an analysis, a measurement, a position) or "method" (what it proposes otherwise, and
    whatever it does not say plainly: a method paper is never moved behind the others for its wording)."""
    if is_kind(paper, "survey"):
        return "survey"
    lead = " ".join(sentences(paper.summary)[:LEAD_SENTENCES])
    if POSITION_RE.search(lead):
        return "study"
    kind = made(lead)
    coined = COINED_RE.match(paper.title)
    named_data = bool(coined and re.search(r"bench\b", coined.group("name"), re.I))
    if kind in ("data", "tool") or (
        not kind and (named_data or (DATA_TITLE_RE.search(paper.title) and MAKES_DATA_RE.search(paper.summary)))
    ):
        return "data"
    if kind:
        return kind
    return "study" if STUDY_RE.search(lead) and not coined else "method"

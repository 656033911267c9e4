"""Organisations named in a question ("papers from Microsoft Research on X", "Meta papers on video
generation", "papers by Google researchers about diffusion"). The digests record no affiliations, so an
organisation beside a topic is taken out and the topic answered from any lab (the answer says so); one asked
alone is answered with that fact. Pure functions: the caller passes what the corpus knows (author names,
document frequencies)."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

# A capitalised name of up to four words ("Microsoft Research", "Carnegie Mellon University", "the
# University of Tokyo"): the organisation's span, group 1 of each alternative below.
ORG_SPAN = (
    r"\s+(?:the\s+)?((?!(?:Is|Are|Was|Were|Does|Do|Did|Has|Have|What|Which|Who|How|Any|Show|List|Find|Give|Papers"
    r"|Recent|New|Latest|The)\b)[A-Z][\w&.-]*(?:\s+(?:of\s+|for\s+)?[A-Z][\w&.-]*){0,3})"
)
# Who at an organisation wrote the papers ("Google researchers", "researchers at MIT").
PEOPLE = r"(?:researchers|scientists|authors|people|folks|teams?|groups?|labs?)"
PAPERS = r"(?:papers|work|research|publications|studies|articles)"
# What an organisation is asked to have done, after its name: "(researchers) published", "been working on".
VERB = (
    rf"(?i:(?:'s|’s)?\s+(?:{PEOPLE}\s+)?(?:been\s+)?(?:publish(?:ed|es|ing)?|releas(?:e|ed|es|ing)|put(?:ting)?\s+out"
    r"|work(?:s|ed|ing)?(?:\s+on)?|do(?:es|ing)?|done|writ(?:e|es|ing|ten)|have|has|got)\b)"
)
AFFILIATION_RE = re.compile(
    r"(?i:\b(?:come|comes|coming|came|are|were)\s+from)"
    + ORG_SPAN
    + rf"|(?i:\b{PAPERS}\s+(?:from|by|out\s+of))"
    + ORG_SPAN
    + r"|(?i:\b(?:written|done|published|produced)\s+(?:at|by))"
    + ORG_SPAN
    + rf"|(?i:\b(?:affiliated\s+with|{PEOPLE}\s+(?:at|from)))"
    + ORG_SPAN
    # the organisation doing the work: "what has Stanford published on X?", "what is DeepMind working on in
    # robotics?", "does Meta have papers on X?"
    + r"|(?i:\b(?:(?:what|which\s+papers)\s+(?:has|have|did|is|are|was|were)|does|do|did|has|have|is|are))"
    + ORG_SPAN
    + rf"(?={VERB})"
    # "anything from Microsoft on X?", "any work by Meta on X?"
    + r"|(?i:\b(?:anything|something|any\s+(?:new\s+|recent\s+)?(?:work|papers?|research))"
    + r"\s+(?:new\s+)?(?:from|by|out\s+of))"
    + ORG_SPAN
    # the organisation closing the question: "papers about GUI agents by Alibaba"
    + r"|(?i:\b(?:by|from))"
    + ORG_SPAN
    + r"(?=\s*[?.!]*\s*$)"
    # "by Meta researchers", "from Google teams"
    + r"|(?i:\b(?:by|from))"
    + ORG_SPAN
    + rf"(?=\s+(?i:{PEOPLE})\b)"
    # the organisation opening the question before its papers: "Microsoft Research papers on reasoning",
    # "any Tsinghua University papers about agents?", "Google DeepMind's work on X", "show me Meta's papers",
    # "DeepMind robotics papers"
    + r"|^\W*(?i:(?:show\s+me|list|find|give\s+me|any|are\s+there(?:\s+any)?|which|what)\s+)?"
    + r"(?i:(?:recent|new|latest|the)\s+)*"
    + ORG_SPAN.removeprefix(r"\s+").replace(r"(?:the\s+)?", "", 1)
    + rf"(?=(?:'s|’s)?\s+(?:[a-z][\w-]*\s+){{0,4}}(?i:{PAPERS})\b)"
)
# Words organisations are named with: beside another name ("Shanghai AI Lab", "Allen Institute") they
# make it an organisation.
ORG_SUFFIX_RE = re.compile(
    r"^(?:universit(?:y|ies|é|ät|at)|institutes?|labs?|laborator(?:y|ies)|research|college|school|academy|inc|corp"
    r"|corporation|company|ai|centers?|centres?)$",
    re.I,
)
# Well-known labs and universities that are no model's name ("papers from DeepSeek" may mean its models'
# papers, which the titles name; "Gemini" and "Qwen" are topics).
KNOWN_ORG_RE = re.compile(
    r"^(?:google|deepmind|microsoft|meta|facebook|anthropic|apple|amazon|ibm|intel|baidu|alibaba|tencent|bytedance"
    r"|huawei|samsung|salesforce|adobe|naver|sony|qualcomm|xiaomi|kuaishou|sensetime|zhipu|stanford|mit|berkeley"
    r"|cmu|carnegie|harvard|oxford|cambridge|tsinghua|peking|princeton|eth|epfl|mila|kaist|nus|ntu|sjtu|zju|ustc"
    r"|fudan|zhejiang|hkust|cuhk|kaust|fair|ai2|yale|columbia|cornell|caltech|nyu|ucla|uiuc|ucsd|ucl|toronto"
    r"|edinburgh|imperial|purdue|waterloo)$",
    re.I,
)
# A name beside an organisation word is an organisation only when the papers rarely use it as a word
# ("Shanghai AI Lab" is one, "Generative AI" and "Responsible AI" are topics); a known lab's name with more
# words only when the papers rarely use the whole as a phrase ("Google Brain"; "Meta Learning" is a topic).
NAME_MAX_DF = 5


def is_org(
    span: str, authors: Mapping[str, int], vocab: Mapping[str, int], phrase_df: Callable[[str], int] = lambda _: 0
) -> bool:
    """A known lab whose name the papers do not use as a phrase ("Google Brain"; "Meta Learning" is a topic),
    or a rare name beside an organisation word ("Shanghai AI Lab"; "Responsible AI" is a topic); never a
    name the digests list as an author ("NVIDIA", "OpenAI"), which is answered as one. `phrase_df` counts the
    papers whose text holds a phrase."""
    if span.lower() in authors:
        return False
    words = [w for w in re.findall(r"[\w&.-]+", span) if w.lower() not in ("of", "the")]
    known = [w for w in words if KNOWN_ORG_RE.match(w)]
    suffixes = [w for w in words if ORG_SUFFIX_RE.match(w)]
    names = [w for w in words if w not in known and w not in suffixes]
    if known:
        phrase = " ".join(words).lower()
        return len(words) == 1 or max(phrase_df(phrase), phrase_df(phrase.replace(" ", "-"))) <= NAME_MAX_DF
    return bool(suffixes) and bool(names) and all(vocab.get(w.lower(), 0) <= NAME_MAX_DF for w in names)


def named_org(
    question: str,
    authors: Mapping[str, int],
    vocab: Mapping[str, int],
    phrase_df: Callable[[str], int] = lambda _: 0,
) -> tuple[re.Match | None, int]:
    """Where the question names an organisation's papers, and which group of `AFFILIATION_RE` holds it."""
    for m in AFFILIATION_RE.finditer(question):
        group = next(g for g in range(1, AFFILIATION_RE.groups + 1) if m.group(g))
        if is_org(m.group(group), authors, vocab, phrase_df):
            return m, group
    return None, 0


_AUX = r"(?:does|do|did|has|have|is|are|was|were)"


def without_org(question: str, m: re.Match, group: int) -> str:
    """The question with the organisation and the words that tie it to the papers taken out: "papers by
    Google researchers about X" → "papers about X", "which papers on X are from Meta?" → "which papers on
    X?", "Google's work on X" → "papers on X", "what has Stanford published on X?" → "which papers on X?"."""
    start, end = m.start(group), m.end(group)
    before = question[:start]
    done = re.match(VERB, question[end:])
    if done and re.match(r"(?i)^\W*(?:what|which|does|do|did|has|have|is|are|was|were)\b", before):
        # "what has Stanford published on X?" → "which papers on X?"; "which papers on X did NVIDIA write?" keeps
        # what it asks of before the verb: "which papers on X?"
        rest = re.sub(rf"(?i)^\s+(?:any\s+)?{PAPERS}\b", "", question[end + done.end() :])
        asked = re.fullmatch(
            rf"(?i)(\W*(?:what|which)\s+{PAPERS}\s+(?:on|about|in|for|into|regarding)\s+.+?)\s+{_AUX}\s*", before
        )
        opening = asked.group(1) if asked else "which papers"
        return re.sub(r"\s+([?.!,])", r"\1", re.sub(r"\s+", " ", f"{opening} {rest}")).strip()
    # an organisation's work or research is its papers: "Google's work on X" → "papers on X"
    after = re.sub(
        r"^(?:'s|’s)?\s+(?:work|research|publications|studies|articles)\b", " papers", question[end:], flags=re.I
    )
    after = re.sub(rf"^(?:'s|’s)?(?:\s+{PEOPLE}\b)?", "", after, flags=re.I)
    bare = re.sub(
        rf"(?i)(?:\s+(?:come|comes|came|are|were))?(?:\s+(?:from|by))?(?:\s+{PEOPLE})?"
        r"\s+(?:from|by|at|out\s+of|with)(?:\s+the)?\s*$|(?:\s+affiliated)?\s+with(?:\s+the)?\s*$",
        " ",
        before,
    )
    return re.sub(r"\s+([?.!,])", r"\1", re.sub(r"\s+", " ", bare + after)).strip()


# General knowledge, written by hand: AI labs, the names a question may call each by, and the model families
# each releases under its own name. The digests record no affiliations; a lab's own reports are told by
# their titles, which name the lab or its family as their subject ("Qwen2.5 Technical Report").
LABS: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...] = (
    ("Alibaba", ("alibaba", "qwen", "alibaba qwen", "alibaba cloud"), ("Qwen",)),
    ("DeepSeek", ("deepseek", "deepseek ai"), ("DeepSeek",)),
    # Llama's licence has models built on it named "Llama-…", so a title naming Llama is no sign of Meta's
    ("Meta", ("meta", "meta ai", "fair", "facebook"), ()),
    ("Google", ("google", "google deepmind", "deepmind", "google research"), ("Gemini", "Gemma")),
    ("Microsoft", ("microsoft", "microsoft research"), ("Phi",)),
    ("NVIDIA", ("nvidia",), ("Nemotron",)),
    ("OpenAI", ("openai",), ()),
    ("Anthropic", ("anthropic",), ("Claude",)),
    ("Tencent", ("tencent", "tencent hunyuan", "hunyuan"), ("Hunyuan",)),
    ("ByteDance", ("bytedance", "bytedance seed", "seed"), ("Seed", "Seedream", "Seedance", "Doubao")),
    ("Moonshot AI", ("moonshot", "moonshot ai", "kimi"), ("Kimi",)),
    ("MiniMax", ("minimax",), ("MiniMax",)),
    ("Zhipu AI", ("zhipu", "zhipu ai", "glm"), ("GLM",)),
    ("Mistral AI", ("mistral", "mistral ai"), ("Mistral", "Mixtral")),
    ("Shanghai AI Lab", ("shanghai ai lab", "shanghai ai laboratory", "internlm"), ("InternVL", "InternLM")),
)
# What may follow a family's name in its own report's title: a version ("2.5", "-R1", "3D"), hyphenated
# variants ("-VL", "-Coder", "-Mini-Reasoning"), a few words beside a version ("Nano 2"), then "Technical
# Report" or "System Card".
_VERSION = r"(?:[\s-]*(?:v?\d[\w.]*|[A-Za-z]\d[\w.]*))?"
_VARIANTS = r"(?:-[\w.]+)*(?:(?=[^:]*\d)(?:\s+[\w.]+){0,2})?"
_REPORT = r"(?:\s+(?:Technical|Tech)\s+Report|\s+(?:System|Model)\s+Card)?"


def lab_of(span: str) -> tuple[str, tuple[str, ...]] | None:
    """(the lab, its families) a span names ("the Qwen team", "Google DeepMind", "Alibaba Qwen"); None when
    it names no lab the table knows."""
    words = re.sub(r"(?i)\b(?:the|team|teams|group|lab|labs|researchers|research\s+team)\b", " ", span)
    key = " ".join(words.lower().split())
    return next(((lab, families) for lab, names, families in LABS if key in names), None)


def introduced_by(summary: str, lab: str) -> bool:
    """A summary that says the lab presents the work ("OpenAI introduces the o1 model series")."""
    verb = r"(?:introduces|presents|releases|unveils)"
    return bool(re.search(rf"\b{re.escape(lab)}(?:'s)?(?:\s+team)?\s+{verb}\b", summary))


def named_lab(question: str) -> tuple[re.Match | None, int]:
    """Where the question asks a lab's papers by a name `LABS` knows ("papers from the Qwen team"), and which
    group of `AFFILIATION_RE` holds it."""
    for m in AFFILIATION_RE.finditer(question):
        group = next(g for g in range(1, AFFILIATION_RE.groups + 1) if m.group(g))
        if lab_of(m.group(group)):
            return m, group
    return None, 0


def listed_lab(question: str, authors: Mapping[str, int]) -> tuple[re.Match | None, int]:
    """Where the question asks the papers of a lab `LABS` knows that the digests also list as an author ("which papers
    on GRPO come from NVIDIA?"), and which group of `AFFILIATION_RE` holds it: `is_org` leaves such a name to be
    answered as an author, which beside a topic would read it as a topic word."""
    for m in AFFILIATION_RE.finditer(question):
        group = next(g for g in range(1, AFFILIATION_RE.groups + 1) if m.group(g))
        if m.group(group).lower() in authors and lab_of(m.group(group)):
            return m, group
    return None, 0


def own_report(title: str, lab: str, families: tuple[str, ...]) -> bool:
    """A title whose subject is the lab's own model: its name before the colon is the lab's or a family's,
    with a version, variants and "Technical Report" at most ("Qwen2.5-VL Technical Report", "NVIDIA
    Nemotron Nano 2", "Phi-4-Mini-Reasoning"); "DeepSeek-R1 Thoughtology" and "o3-mini vs DeepSeek-R1" are
    others' studies of it."""
    head = re.sub(r"^(?:The|A|An)\s+", "", title.split(":")[0].strip())
    head = re.sub(rf"^{re.escape(lab)}\s+(?=\S)", "", head, flags=re.I)
    if not families:
        return False
    names = "|".join(re.escape(n) for n in families)
    if re.fullmatch(rf"(?i:{names})(?![a-z]){_VERSION}{_VARIANTS}{_REPORT}", head):
        return True
    return family_named(head, families)


# A name joined to a family's ("Llama-Nemotron", "AceReason-Nemotron", "QwenLong-L1", "SeedVR2",
# "ARC-Hunyuan-Video-7B"), alone before a version and "Technical Report" at most ("HunyuanWorld 1.0").
_ONE_NAME_RE = re.compile(r"(?P<name>[^\s:]+)(?:\s+v?\d[\w.]*)?" + _REPORT)
# "Open-…" names an open reproduction of another's model (Open-Qwen2VL, Open-Sora, Open-R1): general usage.
_REPRODUCTION_RE = re.compile(r"^open-", re.I)


def family_named(head: str, families: tuple[str, ...]) -> bool:
    """Whether a title's name is one name holding a family's as one of its hyphen-joined parts, the family
    written first in that part and glued only to a capital or a digit ("Nemotron", "HunyuanCustom", "SeedVR2";
    not "Phidias"), and not an open reproduction ("Open-Qwen2VL"). Two words are two names: "DeepSeek-R1
    Thoughtology" is others' study of the model."""
    m = _ONE_NAME_RE.fullmatch(head)
    if not m or _REPRODUCTION_RE.match(m.group("name")):
        return False
    names = "|".join(re.escape(n) for n in families)
    part = re.compile(rf"(?:{names})(?:[A-Z0-9].*)?", re.I if head.isupper() else 0)
    return any(part.fullmatch(p) for p in m.group("name").split("-"))


def family_presented(title: str, summary: str, families: tuple[str, ...]) -> bool:
    """Whether a title's name of a few words led by a family's ("Qwen3 Embedding", "Gemini Robotics",
    "Hunyuan3D Studio") is the model the summary presents: its opening sentence starts with that whole name or
    says the paper introduces or presents it. Others' work on the model presents a name of its own ("This paper
    introduces 'Thoughtology', … of DeepSeek-R1")."""
    head = title.split(":")[0].strip()
    if not families or ":" not in title or not 2 <= len(head.split()) <= 4:
        return False
    names = "|".join(re.escape(n) for n in families)
    if not re.match(rf"(?:{names})(?![a-z])", head):
        return False
    opening = re.split(r"(?<=[.!?])\s", summary.strip(), maxsplit=1)[0]
    name = re.escape(head)
    return bool(
        re.match(rf"\W*(?:(?:[ivx]{{1,4}}|[a-e])\)\s*)?(?:The\s+)?{name}\b", opening)
        or re.search(rf"\b(?:paper|report|work)\s+(?:introduces|presents)\s+(?:the\s+)?{name}\b", opening)
    )

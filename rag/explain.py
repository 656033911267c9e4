"""Questions that ask how something works or why something happens, answered from the sentences that explain
it: pure functions over questions, papers and sentences.

A summary says how its own method works, rarely how the technique it builds on does: "how does LoRA work?"
is answered by a paper whose subject is LoRA itself (a survey, a study of it), not by the first variant the
search ranks ("DeLoRA"), and says so when no summary explains the technique itself. "Why …?" is answered by
the sentence that gives a cause ("because", "due to", "stems from"). A digest's note on what its summary
leaves out ("The paper does not, however, provide details …") and its own follow-up questions support nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from rag.compound import alone_at, joined_words, occurrences, stands_alone
from rag.papers import Paper
from rag.text import main_clause, sentences
from rag.understand import stem_key

# "why do LLMs hallucinate?", "what causes …?", "the reason for …": a cause is asked.
WHY_ASKED_RE = re.compile(
    r"^\W*why\b|\bwhat\s+(?:causes|caused|leads\s+to|explains)\b|\breasons?\s+(?:for|why|behind)\b", re.I
)
# The words that give a cause in a summary sentence (general English connectives of cause).
REASON_RE = re.compile(
    r"\b(?:because|due\s+to|caused\s+by|stem(?:s|med|ming)?\s+from|aris(?:e|es|ing)\s+from|owing\s+to"
    r"|attribut(?:e|es|ed|able)\s+to|result(?:s|ed|ing)?\s+from|driven\s+by|so\s+that|since(?!\s+\d))\b",
    re.I,
)
# "how does X work?", "how do X generate text?": what follows is X, then (maybe) what it is asked to do.
HOW_ASKED_RE = re.compile(r"^\W*how\s+(?:does|do|did)\s+(?:an?\s+|the\s+)?(?P<rest>[^?]+?)\W*$", re.I)
# Verbs asking how a thing does what it does (general English): "how do diffusion models generate text?".
MECHANISM_VERBS = frozenset(
    "generate generates produce produces learn learns predict predicts decode decodes compute computes "
    "represent represents process processes handle handles select selects route routes train trains".split()
)
POINTING = frozenset("it they this that these those i we you one".split())
WORK_END_RE = re.compile(r"\s+(?:actually\s+|really\s+)?(?:work|works|function|operate)(?:\s+in\s+practice)?$", re.I)
# A paper whose subject is a technique itself reviews or studies it rather than introducing its own variant.
SURVEY_RE = re.compile(r"\b(?:survey|review|tutorial|primer|overview)\b", re.I)
STUDY_RE = re.compile(
    r"\b(?:investigat\w*|analy[sz]\w*|examin\w*|stud(?:y|ies|ied)|explor\w*|understand\w*|demystif\w*"
    r"|characteri[sz]\w*|revisit\w*|derivation)\b",
    re.I,
)
# "introduces DeLoRA", "proposes Hierarchy Drafting (HD)", "SingLoRA is …": a paper naming a method of its own.
INTRODUCES_RE = re.compile(r"\b(?:introduc\w*|propos\w*|present\w*|develop\w*|called|named|dubbed)\b(?P<after>.{0,90})")
OPENING_RE = re.compile(r"^\W*(?:(?:[ivx]{1,4}|[a-e])\)\s*)?(?:The\s+)?(?P<after>.{0,90})")
# A name in such a clause: a capitalised phrase before its acronym ("Hierarchy Drafting (HD)"), else a word of
# mixed case ("DeLoRA", "IC-LORA", "VOCABTRIM").
PHRASE_ACRONYM_RE = re.compile(r"((?:[A-Z][\w-]*\s+){1,5})\([A-Z][\w.-]*\)")
NAME_TOKEN_RE = re.compile(r"(?<![\w-])(?:[A-Z][\w.-]*[A-Z][\w.-]*|[A-Z][a-z]+[A-Z][\w-]*)")
COINED_DF = 3  # a name no more papers than this write is the paper's own coinage, not a technique it builds on
# In a title, a technique after these words is the paper's tool or one half of a combination, not its subject
# ("… with GRPO", "… via LoRA", "Low-Rank Adapters Meet Neural Architecture Search").
TOOL_STEMS = frozenset("with via use using through by and from".split())
MEET_RE = re.compile(r"\bmeets?\b", re.I)
# A digest's note on what its summary leaves out, said of the paper ("The paper does not, however, provide …").
LEAVES_OUT_RE = re.compile(
    r"\b(?:paper|summary|study|authors?|article|work|research)\s+(?:does|do|did)\s+not,?\s+(?:however,?\s+)?"
    r"(?:\w+\s+)?(?:state|specify|provide|mention|detail|report|describe|discuss|include|clarify|elaborate"
    r"|quantify|give|present|explain|address)\b|\b(?:seems?\s+to\s+)?lack(?:s|ing)?\s+(?:clear\s+|specific\s+"
    r"|explicit\s+|sufficient\s+|further\s+)?(?:details?|information|specifics|clarity)\b",
    re.I,
)
# A digest's own follow-up question ("How does …?", "Beyond the six tasks used, how does …?"); a summary's
# research question is stated after a colon ("The main research question is: how …?").
DIGEST_QUESTION_RE = re.compile(
    r"^[^:]*\b(?:what|how|which|why|can|could|will|would|does|do|is|are)\b[^:]*\?\s*$", re.I
)


def says_nothing(sentence: str) -> bool:
    """Whether a summary sentence is the digest's note on what it leaves out or one of its own questions:
    it supports no answer."""
    return bool(LEAVES_OUT_RE.search(main_clause(sentence)) or DIGEST_QUESTION_RE.match(sentence))


def gives_reason(sentence: str) -> bool:
    return bool(REASON_RE.search(sentence))


def how_subject(question: str) -> list[str]:
    """The phrases a "how does X work?" question may name as X, longest first ("how do diffusion language
    models generate text?" → "diffusion language models", "diffusion language", "diffusion"); [] when the
    question asks no such thing ("how do LLMs perform on ARC?" asks a result, "how does it work?" names nothing)."""
    m = HOW_ASKED_RE.match(question.strip())
    if not m:
        return []
    rest = m.group("rest").strip()
    worked = WORK_END_RE.sub("", rest)
    words = worked.split()
    if worked == rest:  # "X generate(s) text": X is what comes before a verb of how a thing is done
        at = next((i for i, w in enumerate(words) if i and w.lower() in MECHANISM_VERBS), 0)
        words = words[:at]
    if not words or words[0].lower() in POINTING:
        return []
    return [" ".join(words[:k]) for k in range(len(words), 0, -1)]


def names_form(text: str, forms: list[str]) -> bool:
    """Whether a text writes one of a concept's stemmed forms (" low rank adapt ")."""
    key = f" {stem_key(text)} "
    return any(f in key for f in forms)


def names_itself(title: str, forms: list[str]) -> bool:
    """Whether a title names the concept (one of its stemmed forms) and only as a name of its own, never inside
    a name joined to it ("MCTS-RAG", "DPO-based"): a title holding such a name is about that variant."""
    words = joined_words(title)
    found = [(i, len(f.split())) for f in forms for i in occurrences(words, f)]
    return bool(found) and all(stands_alone(words, i, i + n) for i, n in found)


def own_method(paper: Paper, naming: Callable[[str], int]) -> bool:
    """Whether the paper introduces a method or system of its own by a name few papers write (`naming`: how
    many papers write a phrase): its title's name before a colon, or a coined name its opening introduces or
    opens with."""
    head = paper.title.split(":")[0].strip() if ":" in paper.title else ""
    if head and len(head.split()) <= 2 and re.search(r"[A-Z].*[A-Z]|\d|^[A-Z][a-z]+$", head):
        return True
    opening = sentences(paper.summary)[:2]
    clauses = [m.group("after") for s in opening for m in INTRODUCES_RE.finditer(s)]
    clauses += [m.group("after") for s in opening[:1] if (m := OPENING_RE.match(s))]
    names = [n.strip() for c in clauses for n in PHRASE_ACRONYM_RE.findall(c)]
    names += [n.strip(".-") for c in clauses for n in NAME_TOKEN_RE.findall(PHRASE_ACRONYM_RE.sub(" ", c))]
    return any(naming(n) <= COINED_DF for n in names if len(n) > 1)


def subject_of_title(title: str, forms: list[str]) -> bool:
    """Whether a title names the technique as its subject: named, not as the tool of something else ("with
    GRPO"), nor as one half of a combination ("X Meet Y"), nor inside a name joined to it ("DPO-Shift",
    "MCTS-RAG")."""
    if MEET_RE.search(title):
        return False
    words = joined_words(title)
    return any(i == 0 or words[i - 1][0] not in TOOL_STEMS for form in forms for i in alone_at(words, form))


def opens_with(sentence: str, forms: list[str]) -> bool:
    """Whether a sentence's subject is the technique itself: it opens with one of its forms ("Model merging, …"),
    not with a name holding it ("T-LoRA is …", "DPO-Shift shifts …") nor with the paper ("This paper introduces …")."""
    words = joined_words(re.sub(r"^\W*(?:(?:[ivx]{1,4}|[a-e])\)\s*)?(?:the|a|an)?\s*", "", sentence, flags=re.I))
    return any(0 in alone_at(words, f) for f in forms)


def itself_rank(paper: Paper, forms: list[str], df: Callable[[str], int]) -> int:
    """How plainly a paper is about the technique `forms` name rather than a variant of it: 2 a survey or
    review whose title names it, 1 a study or analysis of it (its title's subject, its opening studies rather
    than introduces a method of its own), 0 otherwise."""
    if not subject_of_title(paper.title, forms):
        return 0
    if SURVEY_RE.search(paper.title):
        return 2
    said = sentences(paper.summary)[:2]
    if said and opens_with(said[0], forms):  # "Model merging, specifically PMA, is investigated …"
        return 1
    return int(bool(STUDY_RE.search(" ".join(said))) and not own_method(paper, df))


def unexplained_text(term: str, naming: int) -> str:
    """The honest opening when no summary's subject is the technique itself."""
    papers = "paper names" if naming == 1 else "papers name"
    return (
        f"No summary in the digests explains how {term} itself works; {naming} {papers} it, "
        "each for a method of its own. The closest:"
    )


# "which models did they evaluate?", "what baselines does it compare against?": named models are asked for.
MODELS_ASKED_RE = re.compile(r"^\W*(?:which|what)\s+(?:\w+\s+)?(?:models|llms|baselines)\b", re.I)
# A model as papers name one: a capitalised name with a version or size ("GPT-4o", "Llama-3.1-8B", "Qwen2.5").
MODEL_NAME_RE = re.compile(r"(?<![\w-])[A-Z][\w.]+(?:[-\s][A-Za-z]{0,3}\d|\d)[\w.-]*")


def names_models(text: str, own: str) -> bool:
    """Whether a text names a model by its name and version, other than the paper's own name `own`."""
    return any(not own or m.group(0).lower() not in own.lower() for m in MODEL_NAME_RE.finditer(text))


def no_models_text(n: int, paper: Paper, said: str) -> str:
    """Asked which models a paper evaluated when its summary names none: said so, then what it does say."""
    return f"The digest's summary of **{paper.title}** [{n}] does not name the models it evaluated. It says: {said}"

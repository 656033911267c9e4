"""Text helpers every stage shares: word tokens, sentences, whole-word matching, and the stop lists.

The stop lists build on each other: `STOPWORDS` never reach an index or a score; `GENERIC_TERMS`
add the words a question uses without naming a topic; `THEME_STOP` add the boilerplate of summaries
(with `REPORTING_WORDS`, how a summary reports any paper) that would otherwise name every theme.
"""

from __future__ import annotations

import re
import unicodedata


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


STOPWORDS = _words(
    "a about all an and any approach approaches are as at be been by can do does find for from give has "
    "have how i in into is it its list me method methods of on or our paper papers show some studies study "
    "such tell than that the their them then there these they this those to use used uses using was we "
    "were what when where which who whom why will with work works you your"
)
FILLER_WORDS = _words(
    "based data introduces language large llm llms model models new propose proposed research results"
)
GENERIC_TERMS = (
    STOPWORDS
    | FILLER_WORDS
    | _words(
        "appeared author authors between came code compare comparison corpus did differ difference differences "
        "digest digests introduce latest lists out proposes published recent release released today versus vs "
        "week worked"
    )
)
# Words a summary uses of any paper ("a framework designed for enhancing …", "the method involves"):
# they name no theme and set no side of a comparison apart, however often its papers share them.
REPORTING_WORDS = frozenset(
    """
    advance advanced advances advancing approach bring brings build building builds comprehensive design
    designed designing dynamic dynamically enhance enhanced enhancement enhances enhancing evaluate evaluated
    evaluates evaluating evaluation executing family guided guide guides multi parameter through
    present presents presented presenting introduce introduced introducing proposes proposing investigate
    investigates investigated explore explores explored examine examines studied describe describes develop
    develops developed leverage leverages leveraging utilizes utilizing aims addresses tackles involve
    involves involving
    """.split()
)
THEME_STOP = (
    STOPWORDS
    | FILLER_WORDS
    | _words(
        "achieved achieves across addressing ai art assess automated benchmark better beyond capabilities "
        "dataset datasets demonstrate demonstrates downstream effective efficient enables enabling existing "
        "fine framework general generalist high higher highly however implication implications improve "
        "improved improves improving including iteratively key less lower main methodology more novel "
        "objective performance practitioners primary principal report scalable self shows significantly "
        "simple specific state state-of-the-art survey task tasks technical toward towards training unified "
        "various via while within without"
    )
    | REPORTING_WORDS
)

TOKEN_RE = re.compile(r"[^\W_]+(?:[-.'][^\W_]+)*")
SENTENCE_RE = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9\"'(\[`*])|\n+")
ENUMERATOR_RE = re.compile(r"\s(?=(?:i{1,3}|iv|vi{0,3}|[a-e])\)\s)")
ABBREVIATION_RE = re.compile(r"\b(?:e\.g|i\.e|et al|vs|Fig|Eq|approx|cf)\.$", re.IGNORECASE)


def tokenize(text: str) -> list[str]:
    """Lowercased word tokens, hyphenated terms kept whole and also split, stopwords dropped."""
    tokens: list[str] = []
    for tok in TOKEN_RE.findall(text.lower()):
        tok = tok.strip(".'")
        if tok and tok not in STOPWORDS:
            tokens.append(tok)
        if "-" in tok:
            tokens += [p for p in tok.split("-") if p and p not in STOPWORDS]
    return tokens


# The digest writer's own preamble ("Here's a concise summary of the research paper, following your
# guidelines:") opens some summaries: it says nothing about the paper, so no answer quotes it.
PREAMBLE_RE = re.compile(
    r"^(?:(?:okay|ok|sure|certainly)[,!.]?\s*)?here(?:'s|’s|\s+is)\s+(?:a|an|the)\b"
    r"(?:.{0,300}?(?:guidelines?|instructions|requirements|format|rules)\s*:"
    r"|[^:\"“]{0,300}?summary[^:\"“]{0,200}?(?:[\"“][^\"”]{0,300}[\"”][^:]{0,100}?)?:)\s*",
    re.I,
)


# A digest's section label ("ii) **Main research question or objective:**"), numbered or not.
SECTION_LABEL_RE = re.compile(r"\s*(?:\b(?:i{1,3}|iv|vi{0,3})\)\s*)?\*\*([^*\n]{2,80}?)(?::\*\*|\*\*:)\s*")


def readable_summary(text: str) -> str:
    """A summary as a reader wants it on a source card: without the digest writer's preamble, and each
    labelled part on its own line as plain "Primary results:" rather than markdown asterisks."""
    body = PREAMBLE_RE.sub("", text.strip())
    return SECTION_LABEL_RE.sub(lambda m: f"\n{m.group(1).strip()}: ", body).strip()


# A caveat after a claim ("…, though the paper does not say how", "(the paper does not quantify this margin)")
# leaves the claim standing: a hedge says nothing only in the sentence's main clause.
CAVEAT_RE = re.compile(r"\s*(?:;|\(|\s[—–]\s|,\s*(?:though|although|but|while|yet)\b)", re.I)


def main_clause(sentence: str) -> str:
    return CAVEAT_RE.split(sentence, maxsplit=1)[0]


def sentences(text: str) -> list[str]:
    """Sentences and `i) … ii) …` items, not cut after `e.g.` or `et al.`, without the writer's preamble."""
    parts: list[str] = []
    for piece in SENTENCE_RE.split(PREAMBLE_RE.sub("", text.strip())):
        for part in ENUMERATOR_RE.split(piece):
            part = PREAMBLE_RE.sub("", part.strip().lstrip("- ").strip())
            if parts and ABBREVIATION_RE.search(parts[-1]):
                parts[-1] = f"{parts[-1]} {part}"
            elif part:
                parts.append(part)
    return [s for s in parts if len(s) > 20]


def term_pattern(term: str) -> str:
    """A term, plural allowed, spaces also matching hyphens (`low-rank`), up to a word boundary; the
    boundary before it is the caller's (`term_in`, or rag/termscan.py, which checks it itself)."""
    return re.escape(term).replace(r"\ ", r"[\s-]+") + r"(?:s|es)?\b"


def term_in(term: str, text_lower: str) -> bool:
    """Whole-word match, plural allowed; spaces in a phrase also match hyphens (`low-rank`)."""
    return re.search(rf"\b{term_pattern(term)}", text_lower) is not None


# A question of this many distinct content words describes a paper rather than naming it.
DESCRIPTIVE_TERMS = 10
NAME_RE = re.compile(r"\b(?=\w{3,})(?:\w+[A-Z]\w*|\w*[A-Za-z]\d\w*|\w*\d[A-Za-z]\w*)\b")


def unglued(key: str) -> str:
    """A folded name with a version's number apart from the letters after it: "qwen2 5vl" is "qwen2 5 vl", as
    "Qwen2.5VL" and "Qwen2.5-VL" name one model."""
    return re.sub(r"(?<=\d)(?=[a-z]{2})", " ", key)


# A question that asks for one paper by what it does: "paper that skips layers …", "a benchmark testing
# if …", "which paper trains reasoning with …", "… what was it called?". Such a cue makes a shorter question a
# description too. "Which paper is / has / reports …" asks something of a paper, not for one by what it does.
LOOKUP_RE = re.compile(
    r"^\W*(?:(?:the|a|an|that|this|some|which|what)\s+)?(?:\w+\s+){0,2}?"
    r"(?:paper|work|study|method|model|benchmark|dataset|approach|framework|technique|system)\s+"
    r"(?:that|which|where|whose|testing|using|showing|proposing|introducing|about)\b"
    r"|\bwhat\s+(?:was|is|were|are)\s+(?:it|they|that|this)\s+called\b|\bwhat(?:'s|\s+is|\s+was)\s+the\s+name\s+of\b",
    re.IGNORECASE,
)
LOOKUP_TERMS = 5
# A field's acronym ("LLMs", "RL", "3D"), unlike a system's name, does not single out one paper.
ACRONYM_RE = re.compile(r"^[A-Z0-9]{2,6}s?$")


def descriptive(query: str) -> bool:
    """A long question of ordinary words, or one that asks for a paper by what it does: it describes
    what a paper does rather than naming it.

    A name (an acronym, a CamelCase system, a model size like 32B) makes it a question about that
    name, which exact terms find best; under a lookup cue a field's acronym ("LLMs") is no such name.
    """
    terms = len(set(tokenize(query)))
    if LOOKUP_RE.search(query) and terms >= LOOKUP_TERMS:
        return all(ACRONYM_RE.match(name) for name in NAME_RE.findall(query))
    return terms >= DESCRIPTIVE_TERMS and not NAME_RE.search(query)


def fold(text: str) -> str:
    """Accents off: "difusión" → "difusion", "großen" → "grossen"."""
    if text.isascii():
        return text
    text = text.replace("ß", "ss").replace("ẞ", "SS")
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))


def same_word(written: str, asked: str) -> bool:
    """A word of a text is the asked one, or a versioned name of it: a model family asked by its name ("qwen",
    "llama") is written with its version attached ("Qwen2.5-32B" reads as "qwen2", "LLaMA3" as "llama3")."""
    if written == asked:
        return True
    n = len(asked)
    return n >= 3 and asked.isalpha() and written.startswith(asked) and written[n : n + 1].isdigit()


def singular_phrase(phrase: str) -> str:
    """The phrase with its last word singular: "decision processes" → "decision process", "models" → "model";
    "loss" and "analysis" stay as they are."""
    head, _, last = phrase.rpartition(" ")
    if re.search(r"(?:ss|sh|ch|x)es$", last):
        last = last[:-2]
    elif last.endswith("s") and not re.search(r"(?:ss|is|us)$", last):
        last = last[:-1]
    return f"{head} {last}" if head else last

"""Question (+ history) → retrieved evidence → prompt within a token budget → LLM → checked citations.

The citation check is its own step: whatever the backend wrote, every `[n]` that does not name a
retrieved source is removed and reported, so no answer can cite a paper it was not given.
"""

from __future__ import annotations

import calendar
import itertools
import math
import re
import time
from collections import Counter, OrderedDict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import asdict, dataclass, replace
from pathlib import Path

import numpy as np
from rapidfuzz import fuzz, process

from rag import (
    absence,
    affiliation,
    aggregate,
    bibtex,
    coauthors,
    contrast,
    cover,
    english,
    explain,
    extractive,
    frames,
    listing,
    mentioned,
    offcorpus,
    paper_kinds,
    props,
    qualifiers,
    shapes,
    trending,
    unwritten,
    usage,
    usage_counts,
    versus,
    yesno,
)
from rag.authors import namesake, with_handle
from rag.briefing import build_briefing, first_sentence
from rag.citations import (
    ARXIV_ID_RE,
    CITATION_RE,
    CitationStream,
    check_citations,
    fence,
    neutralise,
    renumber,
    renumbered,
    unchecked,
)
from rag.cover import ASKING_STEMS, GENERIC_STEMS, LINKING_STEMS, LINKING_WORDS, RECALL_STEMS
from rag.digest import FILENAME_DATE_RE, DigestError
from rag.follow import (
    COMPARED_MOST,
    Pick,
    benchmarks_asked,
    benchmarks_text,
    benchmarks_used,
    compare_pick,
    comparison_text,
    dated_asked,
    dated_text,
    summarises_list,
    superlative,
    superlative_text,
    theme_asked,
    theme_names,
    which_asked,
    which_text,
    wrote_them_asked,
    wrote_them_text,
)
from rag.llm import Backend, LLMError, configured_backend
from rag.offcorpus import NOT_HELD, request_kind
from rag.paging import (
    CHAT_PAGE,
    NO_LIST,
    NO_ROW,
    PageAsk,
    entry_lines,
    page_answer,
    page_footer,
    page_range,
    paging_asked,
    shown_until,
    without_paging_lead,
)
from rag.papers import Paper
from rag.prompts import prompt
from rag.question import (
    BARE_WHICH_RE,
    EXTREME_RE,
    LIST_WORD_RE,
    PERSON_BY_RE,
    PERSON_COAUTHORS_RE,
    PERSON_PAPERS_RE,
    SHIFT_START_RE,
    THAT_PERIOD_RE,
    about_list,
    about_person,
    added_clause,
    and_other,
    and_topic,
    any_bare,
    asks_nothing_else,
    asks_papers,
    busiest_period,
    code_subject,
    digests_back,
    extreme_of,
    follow_ups_asked,
    loose_span,
    narrowed,
    narrows_list,
    new_topic,
    only_filter,
    ordering,
    ordering_only,
    period_note,
    pointed_at,
    points_back,
    refined,
    request_first,
    retopic,
    shifted_period,
    strip_code_intent,
    strip_dates,
    swapped,
    trailing_year,
    uncourteous,
    unfocused,
    widened,
    with_topic,
    without_published,
    years_compared,
)
from rag.records import Answer, Hit, Source
from rag.reply import CORRECTION_RE, answer_language, correction, language_follow, language_note
from rag.retrieve import Filters, Retriever, expand_query, mine_acronyms
from rag.settings import Settings
from rag.stats import corpus_stats
from rag.sync import digest_sources
from rag.termscan import TermScan
from rag.text import GENERIC_TERMS, NAME_RE, STOPWORDS, descriptive, sentences, tokenize, unglued
from rag.tokens import count_tokens, truncate_tokens
from rag.understand import (
    CHANGE_NOW_RE,
    COMPOUND_MIN_DF,
    FRAME_WORDS,
    NAME_RUN_RE,
    PAPERS_WORD_RE,
    RECENT_MONTHS,
    SOTA_RE,
    STOP_STEMS,
    YEAR_NAME_PAPERS,
    Parsed,
    bare_topic,
    bracketed_paper,
    compound_parts,
    fold,
    ordinal_of,
    slash_as_or,
    stem,
    stem_key,
    stems,
    understand,
)
from rag.understand import concept as concept_of
from rag.weeks import missing_digests

# What a paper says made a thing: "LLM-generated", "machine generated" (`Answerer.maker_keys`).
# An expansion written by this many papers is the corpus's, not one paper's private name (retrieve.RIVAL_MIN: as
# often as a second sense must define an acronym to count): only then do the papers writing just its acronym join.
ESTABLISHED_SPELLINGS = 3
# Advice between two options is a comparison where each option is written by this many papers ("LoRA" or "full
# fine-tuning", not "PyTorch" or "JAX", two papers each): below it the papers say too little of either.
ADVICE_OPTION_PAPERS = 5
# An acronym a text defines: "Vision Transformer (ViT)" writes "ViT".
ACRONYM_DEFINED_RE = re.compile(r"\(([A-Z][A-Za-z0-9-]{1,12})\)")
MADE_BY_RE = re.compile(r"\b([A-Za-z]+)[- ]generated\b")
ENUMERATION_RE = re.compile(
    r"^\s*(which|what|list|name|show|find|give|are there)\b.*\b(papers|works|studies|articles|ones)\b"
    r"|^\s*(list|name|enumerate)\b|\ball (the )?papers\b",
    re.IGNORECASE,
)
# "how many are there?", "how many?", "how many papers is that?" after a list: its count, which its answer opens with
HOW_MANY_RE = re.compile(
    r"^\s*(?:and\s+|so\s+)?how\s+many(?:\s+(?:papers|works|studies|ones|results|matches))?"
    r"(?:\s+(?:are\s+there|is\s+that|was\s+that|in\s+total|total|altogether|did\s+you\s+find|were\s+found|match))?"
    r"\s*\??\s*$",
    re.IGNORECASE,
)
ORDINARY_PAPERS = 5  # papers writing an acronym's letters as a word, for the corpus to use it as one
# "how many papers mention / name / refer to X?": a count of the papers writing its name, whether or not they use it
NAMING_ASKED_RE = re.compile(r"\b(?:mention(?:s|ed|ing)?|nam(?:e|es|ed|ing)|refer(?:s|red|ring)?\s+to)\b", re.I)


def asks_naming(parsed: Parsed) -> bool:
    """Whether the question counts the papers naming its topic: a verb of naming outside the topic's own words
    ("named entity recognition papers per month" asks the papers on it)."""
    topic_words = {w for t in parsed.topics for w in t.lower().split()}
    found = NAMING_ASKED_RE.finditer(parsed.english or parsed.clean)
    return any(m.group(0).split()[0].lower() not in topic_words for m in found)


FOLLOW_UP_RE = re.compile(
    r"^\s*(and|also|what about|how about|which of|of those|same|only|just)\b"
    r"|^\s*(?:narrow|restrict|limit|focus|widen|broaden|expand)\b"  # "narrow it to chemistry", "broaden the search"
    r"|"
    + SHIFT_START_RE.pattern
    + r"|\b(those|them|these|they|it|its|their|ones)\b|"
    + HOW_MANY_RE.pattern
    + "|"
    + EXTREME_RE.pattern,
    re.IGNORECASE,
)
# What opens a question of its own, so that "no, I meant papers on it" is asked as a follow-up and "no, I meant
# KTO" (a bare phrase) takes the place of what the chat asked about.
QUESTION_START_RE = re.compile(
    r"^\W*(?:what|which|who|whom|whose|when|where|why|how|is|are|was|were|do|does|did|can|could|would|should"
    r"|will|has|have|list|show|give|find|get|search|summari[sz]e|explain|describe|compare|tell|recommend|any"
    r"|papers?|works|studies|articles|research|publications)\b",
    re.I,
)
# The list and filter words around a correction's topic ("MCTS papers from 2025 only" → "MCTS").
FILLER_EDGES_RE = re.compile(
    r"^(?:\W*\b(?:the|ones?|papers?|works|studies|articles|only|just|those|these|them|from|in|of|on|about|during"
    r"|published|released|that|which|are|were|with|please|between|and|since|a|an)\b)+"
    r"|(?:\b(?:the|ones?|papers?|works|studies|articles|only|just|from|in|of|on|about|during|published|released"
    r"|that|which|are|were|with|please|between|and|since)\b\W*)+$",
    re.I,
)
# "compare it with Kimi k1.5" after "who wrote DeepSeek-R1?": "it" is the one thing the question before named.
IT_RE = re.compile(r"\bit(s)?\b(?!['’])", re.I)
# "they", "them", "their" after an answer saying who wrote one paper: its authors, so what they did is the paper's
# ("what benchmarks did they use?" after "who wrote Chain of Draft?"); "what else did they write?" asks of the
# people, and the person reading keeps it.
AUTHORS_THEY_RE = re.compile(r"\b(?:they|them|(?P<own>their))\b(?!\s+(?:other|else)\b)", re.I)
# A follow-up about the one paper just cited: "who wrote it?", "when was it published?", "what does it
# achieve?", "what else did they write?" (a list's "which papers use it?" asks about the topic instead).
PAPER_PRONOUN_RE = re.compile(
    r"^\s*(?:who\s+(?:wrote|authored|is\s+behind|are\s+the\s+authors\s+of)\s+(?:it|this|that|the\s+paper)"
    r"|(?:who\s+(?:are|were)|list|name)\s+its\s+authors\b"
    r"|when\s+(?:was|did)\s+(?:it|this|that|the\s+paper)\b"
    r"|what\s+(?:does|did)\s+(?:it|this\s+(?:paper|one)|that\s+(?:paper|one))\s+\w+"
    r"|(?:what|which|how\s+\w+)(?:\s+(?!papers?\b)\w+){0,3}\s+(?:does|did|do)\s+(?:it|this\s+(?:paper|one|model|method)"
    r"|that\s+(?:paper|one|model|method))\s+\w+"
    r"|(?:tell\s+me\s+)?more\s+about\s+(?:it|this\s+(?:paper|one)|that\s+(?:paper|one))\b)",
    re.I,
)
OTHER_WORK_RE = re.compile(
    r"\b(?:what\s+else|which\s+other|any\s+other|other\s+(?:papers|work))\b.*\b(?:wr[io]te?|written|publish|author|releas)"
    r"|\b(?:other|more)\s+(?:papers|work)\s+(?:by|from)\s+(?:them|these\s+authors|the\s+same)",
    re.I,
)
# "any similar papers?", "papers like this one", "anything related to ZeroSearch?": the papers nearest one paper.
SIMILAR_RE = re.compile(
    r"\b(?:similar|related|comparable)\s+(?:papers?|work|ones?|studies|research|approaches|methods|benchmarks|datasets"
    r"|models|systems|frameworks|techniques|tools|architectures|algorithms)\b"
    r"|\b(?:papers?|work|ones?|anything|something|studies)\s+(?:are\s+|is\s+)?(?:else\s+)?(?:similar|related|comparable)\b"
    r"|\b(?:papers?|work|ones?|more|anything|something)\s+(?:else\s+)?like\s+(?:it|this|that|these|the\s+\w+\s+one)\b"
    r"|^\W*(?:anything|something)\s+similar\W*$",
    re.I,
)
# What a "similar papers" question says after its similar-words: "… to ZeroSearch", "… to the first one".
SIMILAR_TO_RE = re.compile(r"^\s*(?:to|of)\s+(?P<what>.+?)\W*$", re.I)
# "papers like Kimi k1.5", "work like ThinkDial": similar papers only when what follows names one paper.
SIMILAR_LIKE_RE = re.compile(
    r"\b(?:papers?|work|ones?|anything|something|more|studies)\s+(?:else\s+)?like\s+(?P<what>.+?)\W*$", re.I
)
SIMILAR_MIN = 0.55  # dense similarity (all-MiniLM-L6-v2 cosine, paper to paper) for a paper to count as close
SIMILAR_SHOWN = 8
# "summarize DeepSeek-R1", "tell me about ZeroSearch", "key takeaways from Kimi k1.5", "tl;dr of
# 2501.12948", "summarize it": one paper as a whole, not one sentence of it.
OVERVIEW_RE = re.compile(
    r"^\W*(?:(?:can|could|would)\s+you\s+|please\s+)?(?:summari[sz]e|sum\s+up|recap|tl;?\s*dr(?:\s+(?:of|for|on))?"
    r"|tell\s+(?:me|us)\s+(?:more\s+)?about|(?:give\s+me\s+)?(?:an?\s+|the\s+)?(?:overview|summary|recap|gist)\s+of"
    r"|(?:what\s+are\s+)?(?:the\s+)?(?:key|main)\s+(?:takeaways|points|ideas|findings|contributions)\s+(?:of|from|in))"
    r"\s+(?P<what>.+?)\W*$",
    re.I,
)
# "what is the Qwen2.5 technical report about?", "what's Mergenetic about?": one paper as a whole, as above.
ABOUT_RE = re.compile(r"^\W*what(?:'s|’s|\s+is|\s+was)\s+(?P<what>.+?)\s+(?:all\s+)?about\W*$", re.I)
# A follow-up about the paper the previous question named ("what is HelloBench?" → "which models did they
# evaluate?"): it points with a pronoun and asks a detail; a list's words, a comparison or another name ask otherwise.
POINTS_AT_ONE_RE = re.compile(r"\b(?:it|its|they|them|their|this\s+(?:paper|work|model|method|benchmark))\b", re.I)
NOT_ONE_RE = re.compile(
    r"\b(?:papers|ones|others|those|these|which\s+of|any\s+of|all\s+of|compar\w*|vs\.?|versus|than|similar|like)\b",
    re.I,
)
# "the arXiv link for ZeroSearch", "where is the code for UI-TARS?", "what's the link to the VGGT paper?"
# "it", "its", "this paper": the paper the chat's previous answer cites first
POINTS_AT_IT_RE = re.compile(r"(?:it|its|this|that|their)(?:\s+(?:paper|one|work))?", re.I)
LINK_ASK_RE = re.compile(
    r"^\W*(?:(?:can|could)\s+you\s+)?(?:(?:give|send|show)\s+me\s+|what(?:'s|’s|\s+is|\s+are)\s+"
    r"|where\s+(?:is|are|can\s+i\s+(?:find|get))\s+)?(?:the\s+)?(?:arxiv\s+|github\s+|pdf\s+|paper\s+|project\s+)?"
    r"(?:links?|urls?|pdf|code|repo(?:sitory)?|page)\s+(?:for|of|to)\s+(?P<what>.+?)\W*$",
    re.I,
)
CITED_NUMBER_RE = re.compile(r"\[(\d{1,2})\]")
CASED_WORD_RE = re.compile(r"[A-Za-z][\w.+-]*[\w+]")  # a word as written, case kept: "MATH500", "GUI"
# A name more papers write than this share is a word of the field, no benchmark: an acronym the corpus spells out
# ("GUI", "VLM"; "MMLU" is rarer), or another name ("GPT-4o"; "GSM8K", "ImageNet" are rarer).
COMMON_ACRONYM_SHARE = 0.01
COMMON_NAME_SHARE = 0.025
PLAIN_WORD_SHARE = 0.05  # a word this share of the papers write is plain English ("generated", not "bench")
CITED_MEMORY = 512
PERSON_TURNS = 4  # how far back a "his papers" looks for the person the chat asked the papers of


@dataclass(frozen=True)
class Said:
    """What the answerer remembers of an answer it gave: its citations by number, and whether it found any."""

    cited: dict[int, str]
    covered: bool


JOINED = "joined it to the previous question"


def rewritten(line: str, question: str, previous: str) -> bool:
    """Whether a model's rewrite of a follow-up is a question, not an answer: no citation, and no longer
    than the two questions it joins could need."""
    return bool(line) and not CITATION_RE.search(line) and len(line) <= 2 * (len(question) + len(previous)) + 40


# A word written as a name: a capital past its first letter, or a digit ("s1", "GPT-4.1", "LLaMA").
NAME_WORD_RE = re.compile(r"\b\w*(?:\w[A-Z]|\d)\w*")


# An entry of a list named by its place alone ("the first one", "the second"), no noun that could start a topic
# ("the first paper on X").
ROW_NOUN_RE = re.compile(r"\b(?:paper|papers|work|study|result)\b", re.I)


def row_asked(question: str) -> bool:
    """Whether a chat turn points at an entry of an earlier list by its place alone ("who wrote the first one?")."""
    return bool(ordinal_of(question)) and not ROW_NOUN_RE.search(question)


def pointed(question: str) -> bool:
    """Whether a chat turn asks about one paper of an earlier answer, not about a topic."""
    return bool(
        ordinal_of(question)
        or CITED_NUMBER_RE.search(question)
        or PAPER_PRONOUN_RE.search(question)
        or OTHER_WORK_RE.search(question)
        or SIMILAR_RE.search(question)
    )


MAX_LIST = 40
TITLE_MATCH = 85  # rapidfuzz ratio (0-100) for a question's words to name a title, typos allowed
DESCRIBED = 0.7  # share of a description's specific words the top paper must name to be the one meant
SUMMARY_FILL = 3  # a period summary names at least this many papers when the period has them
SUMMARY_CLOSE = 0.35  # dense similarity (all-MiniLM-L6-v2 cosine) for a paper to fill in by meaning
SUMMARY_SURE = 2  # papers both close by meaning and naming the topic's words a summary adds however many name it
SUMMARY_POOL = 20  # the period's best-ranked papers a summary's fill-in is chosen from
SUMMARY_CLOSE_TIER = 4  # a paper found by meaning only never opens a theme of a topic's summary (shapes.topic_tier)
# Words naming a broad class a topic belongs to ("recurrent neural networks"): the specific word
# beside them ("recurrent") is what a paper on the topic says in other words.
CLASS_STEMS = frozenset(stems("neural deep"))
# Words a title and a question about it spell differently ("tech report" for "Technical Report").
TITLE_GENERIC = frozenset({"technical", "tech"})
# The size or version a model's name ends in ("Pixtral 12B", "Seaweed-7B", "Bielik 7B v0.1"): asked without it too.
SHORT_NAME_DF = 20  # a letter and a digit this many papers write ("F1" 150, "R1" 200) is a word, not one system's name
# A dotted version after a name's first word ("Kimi k1.5", "Gemini 2.5"): no name for `NAME_RE`, which needs three
# word characters with a letter and a digit
VERSION_WORD_RE = re.compile(r"[A-Za-z]{0,2}\d+(?:\.\d+)+")
SIZE_END_RE = re.compile(r"(?:[\s-]+(?:\d+(?:\.\d+)?[BMK]|v\d+(?:\.\d+)*))+$")
SPECIFIC_DF = 0.2
LEXICAL_COVER = 0.5
# A paper's record asked for by name: its arXiv id, number or link, which the record holds and no summary writes.
RECORD_FIELD_RE = re.compile(r"\barxiv\s+(?:ids?|identifiers?|numbers?|links?|urls?|pages?)\b", re.I)
# A fact question no paper covers is read without one word its best-ranked papers lack (`one_short`) only
# where a paper names at least this many of its other specific words: "how many samples does s1K contain?"
SHORT_NAMED = 2
LOOSE_DF = 0.01  # a lone distinctive word stands for its technique only when this rare
# A list topic described in other words than the papers' ("train models across clients without pooling
# their data"): papers within this dense similarity (all-MiniLM-L6-v2 cosine) of the description that
# name one of its specific words (under DESCRIBED_DF of papers) stand for it; chosen on lists_dev4's tune half.
DESCRIBED_CLOSE = 0.35
DESCRIBED_MAX = 60
DESCRIBED_DF = 0.05
PURPOSE_RARE = 0.03  # a purpose's object named by fewer papers than this ("GUI agents" 1.6%) narrows a list
PURPOSE_NARROWS = 40  # … one longer than this (685 RL papers "to train GUI agents"); a shorter one is read whole
# A paper found by a topic's words (no paper writing its phrase) names them in its title or opening sentence
# (shapes.topic_tier), when any does: "safety" near "benchmark" later on is a benchmark it was run on.
WORDS_TIER = 1
WORDS_SPREAD = 3  # words a phrase needs for its words to stand for it spread over a clause
SURE_KEPT = 256  # topics whose sure papers the answerer keeps (`sure_users`), the oldest dropped first
WORDS_MAX = 150  # more papers than this naming the words together: they name no one topic
CLOSEST_RARE = 20  # a concept named by this many papers or fewer: each of them is a candidate closest paper
CLOSEST_SEARCHED = 20  # the search's first papers read for the closest to a topic no paper answers
DESCRIBED_WORDS = 3  # content words a topic needs to be a description rather than a name
# A question asking for a detail opens with its question word or verb ("what does X use for …?", "does X …?").
# The verbs that ask how much of something a paper spent ("how long did X take?", "how many GPUs did X need?")
AMOUNT_VERB_STEMS = frozenset(stems("take took taken need needed require required use used last lasted"))
ASKS_DETAIL_RE = re.compile(
    r"\W*(?:what|which|how|who|whom|whose|when|where|why|does|do|did|is|are|was|were|has|have)\b", re.I
)
# A question asking for one paper it cannot name: "which paper …", "a survey about …", "the X paper that …",
# "what was it?", "I read …". Such a question describes its paper; a name inside it may be a common word.
ONE_PAPER_RE = re.compile(
    r"\b(?:which|what)\s+(?:\w+\s+)?(?:paper|survey|study|work|preprint|article|benchmark|dataset|method|model|framework)\b"
    r"(?!s)|^\W*(?:a|an|the|that|some)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:paper|survey|study|work|preprint|article)\b(?!s)|\bwhat\s+(?:was|is)\s+(?:it|that|this)\b"
    r"|\bI\s+(?:read|saw|remember|recall)\b",
    re.I,
)
PINNED_MOST = 60  # papers writing a thing a one-paper question names, beyond which it tells no paper apart
PINNED_SEARCHED = 200  # the search's papers read for the best-ranked one writing that thing
# A numbered qualifier with its noun ("1-bit LLM", "4-bit activations"): one thing, written together.
NUMBERED_THING_RE = re.compile(r"(?<![\w-])(\d[\w.]*-[a-z]+)\s+([A-Za-z][\w-]*[A-Za-z])")


def pinned_terms(question: str) -> list[re.Pattern[str]]:
    """What a one-paper question names that its paper must write: a proper name that is no English word or
    given name ("Minecraft", not "January" or "Percy"), and a numbered qualifier with its noun ("1-bit LLM",
    singular or plural)."""
    known = english.words()
    names = [w for w in PROPER_RE.findall(question) if not english.is_english(w.lower(), known)]
    patterns = [re.compile(rf"(?<![\w-]){re.escape(w)}(?![\w-])", re.I) for w in names]
    for m in NUMBERED_THING_RE.finditer(question):
        noun = re.sub(r"s$", "", m.group(2))
        patterns.append(re.compile(rf"(?<![\w-]){re.escape(m.group(1))}\s+{re.escape(noun)}s?(?![\w-])", re.I))
    return patterns


DESCRIPTION_WORDS = 6  # content words beside a name that describe a paper of their own, asked for or not
NAME_MARGIN = 0.25  # how much more of such a description (by IDF weight) another paper states than the named one


def cached_stemmed_corpus(retriever: Retriever, cache_dir: Path) -> list[str]:
    """Every paper's stemmed title and summaries, kept on disk per catalogue version."""
    return cover.cached_stemmed(retriever.papers, cache_dir, retriever.fingerprint)


@dataclass
class Support:
    """Term-by-paper matches (terms × papers) with each term's IDF weight."""

    matrix: np.ndarray
    weights: np.ndarray
    names: tuple[str, ...] = ()  # each row's term, as the question wrote it

    @property
    def terms(self) -> int:
        return len(self.weights)

    def per_paper(self) -> np.ndarray:
        if not self.terms:
            return np.zeros(self.matrix.shape[1], dtype=np.float32)
        return np.asarray((self.weights @ self.matrix) / self.weights.sum())


def in_order(words: list[str], longer: list[str]) -> bool:
    """`words` appear in `longer` in the same order, other words between allowed."""
    rest = iter(longer)
    return all(w in rest for w in words)


def capitals_only(text: str, key: str) -> bool:
    """Whether the text writes the word of this stem only in capitals, as a name ("Political DEBATE", a classifier,
    is no debate between agents): a title's head word said alone names the technique only as a word."""
    found = [w for w in re.findall(r"[A-Za-z]+", text) if stem(w.lower()) == key]
    return bool(found) and all(w.isupper() and len(w) > 2 for w in found)


def title_key(text: str) -> str:
    """A title as its content words, lowercase, accents and punctuation off: what fuzzy matching compares."""
    words = re.findall(r"[a-z0-9]+", fold(text.lower()))
    return " ".join(w for w in words if w not in FRAME_WORDS and w not in TITLE_GENERIC)


def asked_as_written(question: str, asked: list[list[list[str]]]) -> str:
    """The property asked, as the question writes it ("MCTS", not the stems " mct ")."""
    written = [
        next((w for f in c if (w := shapes.as_written(question, " ".join(f))) != " ".join(f)), " ".join(c[0]))
        for c in asked
    ]
    return " and ".join(dict.fromkeys(written))


def spaced(text: str) -> str:
    """Lowercase words, accents off, between single spaces (" add it "): a name found as written, whole words."""
    return " " + " ".join(re.sub(r"[\W_]+", " ", fold(text.lower())).split()) + " "


# "language injection in Kuwain": a term asked of the paper named after it
TERM_IN_NAME_RE = re.compile(r"^(?P<term>.+?)\s+in\s+(?P<name>\S.*?)\W*$", re.I)

# A possessive is no part of a name: "HeadInfer's KV cache" names HeadInfer, as the papers write it.
POSSESSIVE_RE = re.compile(r"(?<=\w)['’]s\b")


# A word written as a verb: an -ing form followed by a preposition or determiner ("running on device", not the
# modifier of "spiking networks" nor the head of "protein folding"), or a bare verb after a modal or "to" ("can
# keep", "to fetch"). General English word shapes, no list of verbs.
VERB_FORM_RE = re.compile(
    r"\b([a-z]{3,}ing)\s+(?:on|in|at|with|to|into|onto|under|over|from|for|by|across|without|the|a|an|their|its"
    r"|our|his|her|these|those|this|that)\b|\b(?:can|could|to|will|would|may|might|must|should|does|do|did)\s+"
    r"([a-z]{3,})\b"
)


# Conjunctions opening a clause a topic is asked in ("whether LLMs can keep …"): no paper need write them.
# General English, no topic words.
CLAUSE_STEMS = frozenset(stems("whether although unless"))


def verb_forms(question: str) -> frozenset[str]:
    """The stems of the words a question writes as verbs (`VERB_FORM_RE`), lower case as written."""
    return frozenset(stem(w) for m in VERB_FORM_RE.finditer(question) for w in m.groups() if w)


def term_groups(question: str, acronyms: dict[str, str]) -> list[list[str]]:
    """Each content word of the question with its acronym twin: `mcts` ↔ `monte carlo tree search`."""
    groups: list[list[str]] = []
    reverse = {v: k for k, v in acronyms.items()}
    for tok in dict.fromkeys(tokenize(POSSESSIVE_RE.sub("", question))):
        if tok in GENERIC_TERMS or len(tok) < 2:
            continue
        group = [tok]
        if tok in acronyms:
            group.append(acronyms[tok])
        groups.append(group)
    low = question.lower()
    for phrase, acr in reverse.items():
        if len(phrase) > 6 and phrase in low:
            words = set(phrase.split())
            groups = [g for g in groups if g[0] not in words]
            groups.append([phrase, acr])
    return groups


# A title written in Title Case, three words or more ("Attention Is All You Need", "Large Concept Models").
TITLE_RUN_RE = re.compile(r"\b[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){2,}")
# A word used this often or less in the corpus makes a name of it unknown to the digests.
RARE_NAME_WORD = 2
# A word that names a benchmark or a system rather than a thing in plain words: "VisR-Bench", "MMLU", "GSM8K".
# Papers quoted for a figure asked of a model they mention (its size, a score on a benchmark).
MENTIONED_SHOWN = 3
BENCH_NAME_RE = re.compile(r"\d|-|[A-Z].*[A-Z]")
# Several capitalised words in a row, the first not opening the question: "the EU AI Act", "Turing Award".
NAME_SPAN_RE = re.compile(
    r"(?<=\w[\s,(])(?:[A-Z][\w'-]*(?:\.\w+)*)(?:\s+(?:of\s+|for\s+|the\s+)?[A-Z][\w'-]*(?:\.\w+)*)+"
)
# Sentences quoted where papers compare the two sides of a comparison directly.
MAX_FINDINGS = 3
MODEL_STEMS = frozenset(stem_key("model models").split())


# A rival compound on a "model X" topic's X is written by this many times the papers naming the topic at least.
RIVAL_LIFT = 2


def without_model(phrase_key: str) -> list[str]:
    """A phrase, and without a closing "model(s)" that an acronym may leave outside ("VLA models")."""
    words = phrase_key.split()
    if len(words) > 2 and words[-1] in MODEL_STEMS:
        return [phrase_key, " ".join(words[:-1])]
    return [phrase_key]


# Impact a digest does not record: citations, stars, downloads ("which paper is the most cited?").
# "which papers cite DeepSeek-R1?", "papers citing GRPO": no digest records citations.
CITING_RE = re.compile(r"\b(?:cite[sd]?|citing)\b", re.I)
CITED_MOST_RE = re.compile(
    r"\b(?:most|least|highly|widely|heavily|best)[\s-]+cited\b|\bcitation\s+(?:counts?|numbers?)\b|\bh-?index\b"
    r"|\bimpact\s+factor\b|\b(?:most|more)\s+(?:github\s+)?stars\b|\bmost\s+downloaded\b|\b(?:most|more)\s+citations\b",
    re.I,
)
# Importance a digest does not record either: "the most influential paper on X", "the seminal work on X".
_IMPORTANT = r"(?:influential|important|impactful|significant|notable|groundbreaking|famous)"
_FOUNDING = r"(?:seminal|landmark|foundational|breakthrough)"
IMPACT_WORDS = rf"\b(?:{_IMPORTANT}|{_FOUNDING})\b"
RANKED_BY_IMPACT_RE = re.compile(
    rf"\b(?:most|least)\s+{_IMPORTANT}\s+(?:papers?|works?|stud(?:y|ies)|contributions?|publications?)\b"
    rf"|\b{_FOUNDING}\s+(?:papers?|works?|stud(?:y|ies)|publications?)\b",
    re.I,
)
# "the Llama 4 paper", "the Qwen2.5-VL technical report": a question about a system's own paper.
REPORT_HEAD_RE = re.compile(r"\s+(?:technical|tech)$", re.I)


def without_report(name: str, question: str) -> str:
    """A system's name without the "technical" of "the Qwen3 technical report", which names its paper."""
    if re.search(re.escape(name) + r"\s+report\b", question, re.I) and REPORT_HEAD_RE.search(name):
        return REPORT_HEAD_RE.sub("", name)
    return name


THE_PAPER_RE = re.compile(
    r"\bthe\s+(?P<name>[A-Z][\w.+-]*(?:\s+[A-Z0-9][\w.+-]*){0,3})\s+(?:paper|technical\s+report|tech\s+report|report)\b"
)
# "what did the paper on Code-Assisted Chain-of-Thoughts find?": a paper named by capitalised words of its title, the
# name ending where the question goes on ("the paper on Mixture of Experts" names no "Mixture" paper)
PAPER_ON_RE = re.compile(
    r"\bthe\s+(?:paper|study|work|preprint|article)\s+(?:on|about)\s+(?P<name>[A-Z][\w.+-]*(?:\s+[A-Z0-9][\w.+-]*){0,3})"
    r"(?=\s*(?:[?.,;!]|$)|\s+(?:find|finds|found|say|says|said|report|reports|reported|show|shows|showed|propose|proposes|"
    r"proposed|do|does|did|use|uses|used|is|was|come|came|achieve|achieves|achieved)\b)"
)


# "the paper on Practical Efficiency of Muon": title words, small words between, up to where the question goes on
PAPER_ON_WORDS_RE = re.compile(
    r"\bthe\s+(?:paper|study|work|preprint|article)\s+(?:on|about)\s+(?P<name>[A-Z][\w\s.+-]{2,80}?)"
    r"\s+(?:use|uses|used|run|ran|train|trained|need|needed|release|released|report|reported)\b"
)


def called_paper(text: str) -> re.Match[str] | None:
    """Where a question calls a thing a paper ("the Muon paper", "the paper on Code-Assisted Chain-of-Thoughts"):
    the match, its name as `name`; None where it does not."""
    return THE_PAPER_RE.search(text) or PAPER_ON_RE.search(text)


def called_by_title(question: str, paper: Paper) -> bool:
    """Whether a question calls this paper by words of its title ("the Muon paper", "the paper on Practical
    Efficiency of Muon" for "Practical Efficiency of Muon for Pretraining") or by a name its summary introduces."""
    m = called_paper(question) or PAPER_ON_WORDS_RE.search(question)
    key = set(stems(m["name"])) - STOP_STEMS if m else set()
    return (bool(key) and key <= set(stems(paper.title))) or shapes.named_in(question, paper)


# "what win rate does SimPO reach?": the system a figure is asked of, with nothing after the verb that names where
# (a benchmark's name after it is the mentioned-figure path's: "what accuracy does GPT-4o get on VLRewardBench?")
FIGURE_OF_RE = re.compile(
    r"^\W*(?:what|which|how\s+(?:much|many|high|well|fast))\b[\w\s-]{0,40}?\b(?:does|did|do)\s+"
    r"(?P<name>[A-Z][\w.+-]*)\s+(?:reach|get|achieve|attain|score|report|obtain|hit|gain|deliver)\b(?P<rest>[^A-Z]*)$"
)


def edition_of(name: str, paper: Paper) -> bool:
    """The name is an edition of the system the paper's title names ("SPARK-VL-7B" of "SPARK: …"), whose paper
    reports it."""
    head = mentioned.title_head(paper)
    return ":" in paper.title and len(head) >= 3 and bool(re.match(rf"{re.escape(head)}[-\s]", name, re.I))


# "the latest papers on X", "what's the last paper?" (not "last October", "last week")
LATEST_RE = re.compile(
    r"\b(?:most\s+recent|latest|newest)\b|\blast\s+(?:[\w-]+\s+)?(?:papers?|digests?|day|additions?)\b", re.I
)
# "recent papers on X", "new work on X", "any recent X papers?", "papers on X lately", "anything recent on X": recency
# asked of a list, which is read newest first as "the latest papers on X" is (general English words of recency;
# "recent on X" is how a translated "articles récents sur X" reads)
RECENT_ASKED_RE = re.compile(
    r"\b(?:recent|new)\s+(?:[\w-]+\s+){0,3}?(?:papers?|works?|research|studies|publications|articles|preprints"
    r"|literature|stuff|progress|advances|developments)\b|\b(?:recently|lately)\b"
    r"|^\W*(?:(?:is\s+there\s+)?(?:anything|something)\s+)?(?:most\s+)?recent\s+(?:on|about|in)\b",
    re.I,
)
# A trend asked of the last months ("is X growing lately?", "… these days", "… recently"): general English words
LATELY_RE = re.compile(r"\b(?:lately|recently|these\s+days|of\s+late|nowadays|in\s+recent\s+months)\b", re.I)


def asks_lately(question: str) -> bool:
    """Whether a trend is asked of the last months: in words ("lately", "these days") or by a verb of change
    asked of now ("is X declining?", "has X lost steam?"), either way weighed as "lately" is."""
    return bool(LATELY_RE.search(question) or CHANGE_NOW_RE.search(question))


OLDEST_RE = re.compile(r"\b(?:oldest|earliest|first)\s+(?:papers?|digests?|additions?|day)\b", re.I)
CATEGORIES_RE = re.compile(r"\bcategories\b", re.I)
# A capitalised everyday-looking word past the question's first ("the weather in Paris", "Nvidia today").
PROPER_RE = re.compile(r"(?<=[\w,]\s)[A-Z][a-z]{2,}(?![\w'’.-])")
# A capitalised word past the question's first ("LLMs on Tetris", "play Doom"): a name the digests may lack.
CAPITAL_WORD_RE = re.compile(r"(?<=[\w,;:/?!)]\s)[A-Z][A-Za-z]{3,}(?![\w'’.-])")
CALENDAR_WORDS = frozenset(m.lower() for m in (*calendar.month_name, *calendar.day_name) if m)
# A name at most this share of the papers write is specific enough to answer about ("Sokoban", not "LLMs").
SPECIFIC_NAME_SHARE = 0.01
EXPLAIN_POOL = 5  # the likeliest candidates a "why" or "how does X work" answer may lead with instead of the first
EXPLAINED_NAMING = 5  # papers naming a technique for "how does X work?" to ask about it rather than one paper's method
BEST_SUPPORTED = 3  # papers naming most of a fact question's words that join its candidates, ranked or not


def opening_key(paper: Paper) -> str:
    """A paper's title and first summary sentence, stemmed: where it says what it is about."""
    return stem_key(" ".join([paper.title, *sentences(paper.summary)[:1]]))


def capitalised(span: str) -> bool:
    """Capitalised words, a version number among them ("Llama 4", "AI Scientist"): a name."""
    words = span.split()
    return any(w[0].isupper() for w in words) and all(w[0].isupper() or w[0].isdigit() for w in words)


# A size alone, as "smaller than 8B" names one side of a comparison: a measure, never a system's name
BARE_SIZE_RE = re.compile(r"\d+(?:\.\d+)?\s?[KMBT]", re.I)


class Answerer:
    """Answers questions; the same object serves the CLI, the chat loop and the UI."""

    def __init__(
        self,
        settings: Settings,
        retriever: Retriever | None = None,
        backend: Backend | None = None,
    ):
        self.settings = settings
        self.retriever = retriever or Retriever(settings)
        self.backend = backend or configured_backend(settings)
        self._lower = [p.search_text.lower() for p in self.retriever.papers]
        self._lower_text: str | None = None
        self._scan: TermScan | None = None
        self._word_df: Counter | None = None
        self._makers: list[str] | None = None
        self._shown: np.ndarray | None = None  # the list a chat turn narrows (`shown_list`)
        self._as_words: Counter[str] | None = None
        self._acronym_cases: dict[str, str] | None = None
        self._authors: dict[str, int] | None = None
        self._vectors: dict[str, np.ndarray] | None = None
        self._titles: tuple[list[str], list[str]] | None = None
        self._heads: dict[str, list[int]] | None = None
        self._names: list[tuple[str, int, str]] | None = None
        self._folded: str | None = None
        self._own_names: dict[str, str] | None = None
        self._spelled: list[tuple[str, list[str]]] | None = None
        self._phrases: dict[str, set[str]] | None = None
        self._kinds: dict[str, list[int]] = {}
        self._sure: dict[tuple[str, frozenset[str], frozenset[str]], set[int]] = {}
        self._open: dict[str, list[str]] = {}
        self._written: dict[str, int] = {}
        self._joined: dict[tuple[str, ...], bool] = {}
        # Recent answers by their text: a chat's history holds only the text, and "who wrote it?" must
        # know which paper its "[1]" was, also where the text names no title, and a follow-up whether the
        # turn before it found anything.
        self._said: OrderedDict[str, Said] = OrderedDict()
        # Recent summaries' themes by the summary's text, each theme's name and papers: "tell me more about the
        # second theme" lists that theme's papers, which the summary's text names only in part.
        self._themes: OrderedDict[str, list[tuple[str, list[Paper]]]] = OrderedDict()
        self._cased_df: Counter[str] | None = None
        self._spellings: dict[tuple[str, str], tuple[str, str]] = {}
        self._usage: tuple[dict[str, str], dict[str, str], Counter[str]] | None = None
        self._digest_list: list[str] | None = None

    def update(self, changed: list[Paper]) -> None:
        """Papers just ingested (an upload) become searchable and countable at once."""
        self.retriever.update(changed)
        self._lower = [p.search_text.lower() for p in self.retriever.papers]
        self._lower_text = None
        self._folded = None
        self._scan = None
        self._authors = self._vectors = self._titles = self._names = self._spelled = self._own_names = None
        self._heads = None
        self._phrases = None
        self._word_df = None
        self._makers = None
        self._as_words = None
        self._acronym_cases = None
        self._kinds = {}
        self._sure = {}
        self._open = {}
        self._written = {}
        self._joined = {}
        self._cased_df = None
        self._spellings = {}
        self._usage = None
        self._digest_list = None

    # --- question handling -------------------------------------------------------------------------
    def understood(self, text: str) -> Parsed:
        """The question read with this corpus's vocabulary, acronyms, authors and newest day."""
        return understand(
            digests_back(text, self.digest_list),
            self.retriever.vocab,
            self.retriever.acronyms,
            self.author_names,
            self.latest_day,
            self.retriever.plain_acronyms,
            phrase_df=self.phrase_df,
        )

    def phrase_df(self, phrase: str) -> int:
        """In how many papers' lower-cased text `phrase` is written."""
        return sum(phrase in t for t in self._lower)

    def written_df(self, phrase: str) -> int:
        """In how many papers `phrase` is written as words of its own ("rust", not the "rust" of "robust")."""
        return self.written_df_re(rf"(?<!\w){re.escape(phrase.lower())}(?!\w)")

    def written_df_re(self, pattern: str, holding: tuple[str, ...] = ()) -> int:
        """In how many papers' lower-cased text the pattern matches; `holding`, strings every match writes, spare
        the regex the texts without them."""
        found = re.compile(pattern)
        return sum(bool(found.search(t)) for t in self._lower if all(h in t for h in holding))

    def condense(self, question: str, history: list[tuple[str, str]]) -> tuple[str, str]:
        """A standalone question from a follow-up, and why the backend did not write it ('' if it did).

        The backend rewrites it; when it writes nothing (extractive) or fails, the follow-up is
        joined to the previous question.
        """
        follow = uncourteous(self.in_english(question))
        if fixed := self.corrected(follow, history):
            return fixed, ""
        if history and (weighed := self.which_of_terms(follow, history)):
            return weighed, ""
        if history and (elided := self.elided_asked(follow, history)):
            return elided, ""
        if history and (busiest := self.in_busiest(follow, history[-1][1], self.topic_question(history))):
            return busiest, ""  # a corpus-wide busiest week cites no paper, so it would count as a turn that lacked
        if history and (newer := self.newer_work(follow, history)):
            return newer, ""  # "any follow-ups on X?": X's papers, from the day of the paper in focus on
        if not history or not self.refers_back(follow):
            return question, ""
        if all(self.lacked(q, a) for q, a in history):
            return question, ""
        convo = "\n".join(f"User: {fence(q)}\nAssistant: {fence(a[:400])}" for q, a in history[-3:])
        note = ""
        try:
            text = self.backend.complete(
                "You rewrite questions.",
                prompt("condense", self.settings.prompts_dir).format(history=convo, question=fence(question)),
            ).strip()
            line = text.splitlines()[0].strip() if text else ""
            if rewritten(line, question, history[-1][0]):
                return self.kept_period(line, question, history), ""
            if line:
                note = f"{self.backend.name} answered instead of rewriting the follow-up; {JOINED}"
        except LLMError as err:
            note = f"{self.backend.name} failed to rewrite the follow-up ({err}); {JOINED}"
        return self.resolved(follow, history, self.topic_question(history)), note

    def chat_person(self, history: list[tuple[str, str]]) -> str:
        """The person the chat is about: the author a recent turn asked the papers of ("papers by Percy Liang"),
        across turns about one of them ("what is the second one about") or about that person; '' when a turn
        about anything else came after."""
        for asked, _ in reversed(history[-PERSON_TURNS:]):
            english = self.in_english(asked)
            if pointed(english) or about_person(english, "someone") or paging_asked(english) is not None:
                continue
            parsed = self.understood(english)
            return parsed.author if parsed.author_names else ""
        return ""

    def person_asked(self, follow: str, history: list[tuple[str, str]]) -> str:
        """A follow-up about the chat's person's papers or coauthors, with the person named (`about_person`)."""
        if not (PERSON_PAPERS_RE.search(follow) or PERSON_COAUTHORS_RE.search(follow) or PERSON_BY_RE.search(follow)):
            return ""
        person = self.chat_person(history)
        return about_person(follow, person) if person else ""

    def elided_asked(self, follow: str, history: list[tuple[str, str]]) -> str:
        """ "what base model" or "and the code?" after a turn about one named paper, asked of that paper
        (`props.elided_slot`); '' after a list (its papers are asked by `about_papers`) or without such a paper."""
        if not props.ELIDED_SLOT_RE.match(follow) or self.latest_list(history) == len(history) - 1:
            return ""
        subject = self.subject(history)
        return props.elided_slot(follow, subject) if subject and self.one_paper_named(subject) else ""

    def in_english(self, question: str) -> str:
        """A French, German, Spanish or Chinese question's frame in English ("et pour la parole ?" → "and for
        speech ?"), so a follow-up in the chat's language is joined as an English one is; English as it is."""
        spoken = frames.language(question)
        return (
            question
            if spoken == "en"
            else frames.to_english(question, spoken, lambda w: self.retriever.vocab.get(w, 0))
        )

    def kept_period(self, standalone: str, question: str, history: list[tuple[str, str]]) -> str:
        """A rewritten follow-up with the chat's period where the rewrite dropped it ("summarize them" after
        papers of one week → "Summarize the papers on agents." would summarise every week), as the
        extractive join keeps it; a follow-up naming its own period keeps that."""
        if any(strip_dates(standalone)[1:]) or any(strip_dates(question)[1:]):
            return standalone
        base = self.understood(self.topic_question(history))
        if not (base.since or base.until):
            return standalone
        return (
            f"{standalone.rstrip('?. ')} between {base.since or self.earliest_day} and {base.until or self.latest_day}?"
        )

    def topic_question(self, history: list[tuple[str, str]]) -> str:
        """The question the chat is about: the latest one asking about a topic, its own follow-ups
        spelled out ("and in April?" after "papers on music generation in March 2025"); turns about one
        paper of it ("who wrote the second one?") leave it as it was."""
        current = ""
        for i, (asked, answer) in enumerate(history):
            question, language = answer_language(asked)
            if language and not question:
                continue  # "in French please" asks the turn before again
            follow = uncourteous(self.in_english(question))
            if pointed(follow) or self.lacked(asked, answer) or paging_asked(follow):
                continue  # a page of the list ("more please") or one entry of it ("qui a écrit le premier ?") leaves
                # the list's question the topic
            if current and (EXTREME_RE.match(follow) or theme_asked(follow) or dated_asked(follow)):
                continue  # "which is the most recent?", "the second theme", "which one is newer?" leave the topic
            if current and narrows_list(follow) and not CITATION_RE.search(answer):
                continue  # a filter that left none of the list ("which of them have code?": none) narrows nothing;
                # "and in April?" that finds none still moves the chat to April
            if fixed := self.corrected(follow, history[:i]):
                current = fixed  # "no, I meant X": the corrected question, none of the correction's words
                continue
            current = self.resolved(follow, history[:i], current) if current and self.refers_back(follow) else question
        return current or answer_language(history[-1][0])[0] or history[-1][0]

    def corrected(self, follow: str, history: list[tuple[str, str]]) -> str:
        """The chat's question as a correcting turn (in English) says it was meant: "no, I meant KTO" after "what
        is DPO?" is "what is KTO?", "sorry, only from 2025" the question before over 2025, "not A, B" that
        question with B for A; a question of its own after the opener is asked as any follow-up is. '' when the
        turn corrects nothing."""
        fix = correction(follow)
        if not history:  # a chat's first turn corrects nothing: "no, I meant papers on KTO" asks for those papers
            opener = CORRECTION_RE.match(follow)
            return follow[opener.end() :].strip() if opener and follow[opener.end() :].strip(" ?.!,") else ""
        if fix is None:
            return ""
        new = fix.new
        left, code = strip_code_intent(new)
        left, since, until = strip_dates(left, self.latest_day)
        if not (since or until) and any(strip_dates(f"in {left}", self.latest_day)[1:]):
            left, since, until = strip_dates(f"in {left}", self.latest_day)  # "actually, I meant 2024"
        left = FILLER_EDGES_RE.sub("", left).strip(" ,;:?.!")
        bare = not (QUESTION_START_RE.match(new) or FOLLOW_UP_RE.search(new) or points_back(new))
        if left and not bare:  # "no, I meant papers on it": a question of its own, or a follow-up
            return self.condense(new, history)[0] if fix.opened and not fix.old else ""
        if not (left or code or since or until):
            return ""
        base = self.in_english(self.topic_question(history)).strip()
        if left:
            parsed = self.understood(base)
            spans = [s for s in [loose_span(base, fix.old)] if s] if fix.old else []
            spans = spans or [s for s in (loose_span(base, t) for t in parsed.topics) if s]
            if not spans:
                return new  # what it replaces is not found: the words meant, asked by themselves
            start, end = min(s[0] for s in spans), max(s[1] for s in spans)
            base = f"{base[:start]}{left}{base[end:]}"
        if since or until:
            base = strip_dates(base, self.latest_day)[0].rstrip("?.! ")
            base = f"{base} between {since or self.earliest_day} and {until or self.latest_day}"
        if code and not self.understood(base).has_code:
            base = f"{base.rstrip('?.! ')} that have code"
        return f"{base.rstrip('?.! ')}?"

    def refers_back(self, follow: str) -> bool:
        """Whether a chat turn (in English) leans on the turns before it: a pronoun or opening word, a
        demonstrative or description pointing at the previous subject, or a filter with nothing else."""
        return bool(
            FOLLOW_UP_RE.search(follow)
            or BARE_WHICH_RE.search(follow)
            or any_bare(follow)
            or THAT_PERIOD_RE.search(follow)
            or points_back(follow)
            or only_filter(follow, self.category_in(follow))
            or ordering_only(follow)
        )

    def category_in(self, question: str) -> str:
        """The digests' category a question names ("in the Robotics category"), '' if none."""
        if not re.search(r"\bcategor", question, re.I):
            return ""
        named = (c for p in self.retriever.papers for c in p.categories)
        return next((c for c in named if re.search(rf"\b{re.escape(c)}\b", question, re.I)), "")

    def resolved(self, follow: str, earlier: list[tuple[str, str]], current: str) -> str:
        """A follow-up (in English) made standalone from the turns before it and the chat's topic question
        `current`: "and X?" after "what about Y?" asked as "what about X?"; a demonstrative or description
        about the previous subject; otherwise joined to the topic question."""
        if (order := ordering_only(follow)) and (asked := self.in_order(current, order)):
            return asked
        if earlier and (asked := self.in_busiest(follow, earlier[-1][1], current)):
            return asked
        if earlier and (asked := self.of_authored(follow, earlier)):
            return asked
        if asked := self.in_years(follow, current):
            return asked
        if earlier:
            follow = and_other(follow, self.in_english(earlier[-1][0]))
            if other := self.other_term(follow, current):
                return other
            if compare_pick(follow) == Pick() and (terms := self.compared_terms(earlier)):
                return terms
        if (
            not HOW_MANY_RE.match(follow)
            and points_back(follow)
            and (text := pointed_at(follow, self.subject(earlier)))
        ):
            return text
        if only_filter(follow, self.category_in(follow)) and (asked := self.filtered(follow, earlier, current)):
            return asked
        return self.joined(follow, self.in_english(current))

    def newer_work(self, follow: str, earlier: list[tuple[str, str]]) -> str:
        """ "any follow-ups on X?" after an answer about one paper (its opening line cites it): papers on X (or on the
        chat's subject) from that paper's day on; after any other answer, papers on X. '' for a turn that asks for no
        follow-up work, or names no topic in a chat without one."""
        asked, topic = follow_ups_asked(follow)
        topic = topic or (self.subject(earlier) if asked else "")
        if not topic:
            return ""
        answer = earlier[-1][1]
        cited = self.cited_in(answer)
        if cited and CITATION_RE.search(answer.split("\n", 1)[0]):  # its opening line tells of one paper, a list's none
            return f"papers on {topic} between {cited[0][1].date} and {self.latest_day}?"
        return f"papers on {topic}?"

    def of_authored(self, follow: str, earlier: list[tuple[str, str]]) -> str:
        """ "what benchmarks did they use?" after "who wrote Chain of Draft?" asked of the paper ("what benchmarks did
        Chain of Draft use?"): the authors stand for their paper; '' after any other turn, or when the follow-up asks
        for other work of theirs (`PERSON_PAPERS_RE`, `about_person`)."""
        if PERSON_PAPERS_RE.search(follow) or PERSON_COAUTHORS_RE.search(follow) or not AUTHORS_THEY_RE.search(follow):
            return ""
        if re.search(r"\belse\b|\bwrite\b|\bwrote\b|\bwritten\b", follow, re.I) or narrows_list(follow):
            return ""  # "which of them are from 2024?" after "who wrote the first one?" is still about the list
        asked = self.in_english(earlier[-1][0])
        name = self.subject(earlier[-1:])
        cited = self.cited_in(earlier[-1][1])
        if self.understood(asked).intent != "authors" or len(cited) != 1:
            return ""
        if not name or name.lower() not in cited[0][1].title.lower():
            return ""  # the question named the paper ("who wrote Chain of Draft?"), not its place in a list
        return AUTHORS_THEY_RE.sub(lambda m: name + ("'s" if m.group("own") else ""), follow, count=1)

    def in_busiest(self, follow: str, answer: str, current: str) -> str:
        """ "list the papers from that month" after an answer naming the busiest month: the chat topic's papers over
        that month ("papers on X between 2024-09-01 and 2024-09-30?"), or all papers where the chat has no topic;
        another question asked over that period; '' when the follow-up names no such period or the answer no
        busiest period of its size."""
        m = THAT_PERIOD_RE.search(follow)
        if not m or not (span := busiest_period(answer, m.group("unit"))):
            return ""
        period = f"between {span[0]} and {span[1]}"
        if not (LIST_WORD_RE.search(follow) or re.search(r"\b(?:list|show)\b", follow, re.I)):
            said = re.search(rf"(?:\b(?:from|in|during|over|for|on|of)\s+)?{re.escape(m.group(0))}", follow, re.I)
            assert said is not None
            return f"{follow[: said.start()]}{period}{follow[said.end() :]}"
        base = self.in_english(current)
        parsed = self.understood(base)
        if not parsed.topics:
            return f"papers {period}?"
        on = " or ".join(self.named(base, t) or t for t in self.matched_topics(parsed))
        return f"papers on {on}{' that have code' if parsed.has_code else ''} {period}?"

    def in_years(self, follow: str, current: str) -> str:
        """ "compare them with those of 2025" after papers on X from 2024 (or "compare the 2024 ones with the 2025
        ones" after any list, trend or summary of X): X's papers of the two years compared, a count per year, as
        "compare the X papers of 2024 with those of 2025" asks; '' for any other turn or a chat with no topic."""
        base = self.in_english(current)
        parsed = self.understood(base)
        years = years_compared(follow, parsed.since, parsed.until)
        if not years or not parsed.topics or parsed.intent not in ("list", "trend", "summary"):
            return ""
        on = " or ".join(self.named(base, t) or t for t in self.matched_topics(parsed))
        return f"compare the papers on {on} of {years[0]} with those of {years[1]}"

    def in_order(self, current: str, order: str) -> str:
        """ "sort them by date", "show the newest first" asked of the chat's topic: a list question as it was, in that
        order ("papers on X, oldest first?"); after a trend or summary, its topics' papers over its period; '' without
        a topic. The order's words are no topic words, so a later turn asks of the list, not of "sort"."""
        base = ordering(self.in_english(current))[0].strip().rstrip("?.! ")
        parsed = self.understood(base)
        if not parsed.topics:
            return ""
        if parsed.intent != "list":
            code = " that have code" if parsed.has_code else ""
            on = " or ".join(self.named(base, t) or t for t in parsed.topics)
            period = ""
            if parsed.since or parsed.until:
                period = f" between {parsed.since or self.earliest_day} and {parsed.until or self.latest_day}"
            base = f"papers on {on}{code}{period}"
        return f"{base}, {order} first?"

    def matched_topics(self, parsed: Parsed) -> list[str]:
        """The topics a list question's papers are found by: a leading verb that is no part of what was matched
        ("which papers improve on GRPO" finds GRPO's papers) left out, so a follow-up asks of GRPO, not of
        "improve on GRPO"; a verb that is matched ("which papers prune diffusion models") stays."""
        if parsed.intent != "list":
            return parsed.topics
        verbs = listing.verb_led(parsed.english or parsed.reframed or parsed.clean, parsed.topics)
        concepts = listing.for_field(self.list_concepts(parsed, verbs))
        if verbs and not any(c[0].split()[:1] == [v] for v in verbs for a in concepts for c in a):
            return listing.without_verb(parsed.topics, verbs)
        return parsed.topics

    def filtered(self, follow: str, earlier: list[tuple[str, str]], current: str) -> str:
        """A follow-up with only a filter ("which papers have code?", "any from 2024?") asked of the chat's
        topic: a list's, trend's or summary's topics with its period and code filter; after another question,
        its subject ("DeepSeek-R1" after "what does DeepSeek-R1 score on AIME 2024?"); '' without a topic."""
        base = self.in_english(current)
        parsed = self.understood(base)
        if self.of_papers(parsed):
            papers = self.list_scope(base, parsed, code="code" not in follow.lower())
        else:
            papers = f"papers on {topic}" if (topic := self.subject(earlier)) else ""
        if not papers:
            return ""
        asked = with_topic(follow, papers).strip().rstrip("?.! ")
        if (parsed.since or parsed.until) and not any(strip_dates(follow)[1:]):
            return f"{asked} between {parsed.since or self.earliest_day} and {parsed.until or self.latest_day}?"
        return f"{asked}?"

    def other_term(self, follow: str, current: str) -> str:
        """ "and PPO?" after "what is DPO?" (or "who wrote TPDiff?" → "and DiTFlow?") asks the same of the other
        term, as "what about PPO?" would: the one topic of a question about one thing swapped. After a list, trend
        or summary ("papers on DPO from 2025" → "and PPO too?") it is the same question of PPO, its period and
        filters kept. After a comparison of two terms ("compare DPO and PPO" → "and KTO?") the new term takes the
        place of the one named last ("compare DPO and KTO"): a comparison has two sides, and the first named is
        what the chat is about. '' otherwise."""
        topic = and_topic(follow)
        if not topic or not current:
            return ""
        base = self.in_english(current)
        parsed = self.understood(base)
        topics = parsed.topics
        if parsed.intent == "compare" and len(topics) == 2:
            spans = [loose_span(base, t) for t in topics]
            if not all(spans):
                return ""
            topics = [max(zip(spans, topics), key=lambda st: st[0] or (0, 0))[1]]
        elif not topics or (parsed.intent not in ("list", "trend", "summary") and len(topics) != 1):
            return ""
        return retopic(base, topics, f"what about {topic}?")

    def compared_terms(self, earlier: list[tuple[str, str]]) -> str:
        """ "compare them" after "what is DPO?" and "and PPO?": a comparison of the two terms the last two turns
        were each about ("compare DPO and PPO"); '' when those turns were not each about one term."""
        if len(earlier) < 2:
            return ""
        terms = []
        for turns in (earlier[:-1], earlier):
            base = self.in_english(self.topic_question(turns))
            parsed = self.understood(base)
            if parsed.intent in ("list", "trend", "summary", "compare") or len(parsed.topics) != 1:
                return ""
            terms.append(self.named(base, parsed.topics[0]) or parsed.topics[0])
        return f"compare {terms[0]} and {terms[1]}" if terms[0].lower() != terms[1].lower() else ""

    def which_of_terms(self, follow: str, history: list[tuple[str, str]]) -> str:
        """ "which one is faster?" after a comparison of two terms ("compare DPO and PPO") asks it of them: "is DPO
        faster than PPO?"; '' for any other turn (after a comparison of papers `about_papers` answers it)."""
        word = which_asked(follow)
        if not re.fullmatch(r"(?:more|less)\s+[a-z]+|[a-z]+er", word) or self.compared_papers(history):
            return ""
        base = self.in_english(self.topic_question(history))
        parsed = self.understood(base)
        if parsed.intent != "compare" or len(parsed.topics) != 2:
            return ""
        first, second = (self.named(base, t) or t for t in parsed.topics)
        return f"is {first} {word} than {second}?"

    def listed_in(self, answer: str) -> list[tuple[int, Paper]]:
        """A list answer's entries in order, each with the number it is cited by."""
        found = []
        for line in entry_lines(answer):
            m = re.search(r"\[(\d+)\]", line)
            if m and (paper := self.cited_as(answer, int(m.group(1)))):
                found.append((int(m.group(1)), paper))
        return found

    def cited_in(self, answer: str) -> list[tuple[int, Paper]]:
        """The papers an answer cites, in the order it first cites them, with their numbers."""
        order = dict.fromkeys(int(n) for n in CITATION_RE.findall(answer))
        return [(n, paper) for n in order if (paper := self.cited_as(answer, n))]

    def latest_list(self, history: list[tuple[str, str]]) -> int:
        """The index of the chat's latest turn answered with a list (a page of it counts), -1 if none."""
        return next((i for i in reversed(range(len(history))) if entry_lines(history[i][1])), -1)

    def picked_papers(self, pick: Pick, history: list[tuple[str, str]]) -> tuple[list[tuple[int, Paper]], str]:
        """The papers a comparison turn points at, and the line that says which they are: numbers cited by the
        latest answer citing all of them, places in the latest list, or the previous answer's papers ("compare
        them": a list longer than three is compared by its first two, said so)."""
        if pick.cited:
            for _, answer in reversed(history):
                numbered = [(n, p) for n in pick.cited if (p := self.cited_as(answer, n))]
                if len(numbered) == len(pick.cited):
                    return numbered, "Side by side, as their summaries say:"
            return [], ""
        if pick.places:
            i = self.latest_list(history)
            entries = self.listed_in(history[i][1]) if i >= 0 else self.cited_in(history[-1][1])
            if max(pick.places) > len(entries):
                return entries, ""
            return [entries[k - 1] for k in pick.places], "Side by side, as their summaries say:"
        cited = self.cited_in(history[-1][1])
        if len(cited) > 3:
            return cited[:2], (
                f"The previous answer cites {len(cited)} papers; here are its first two side by side (name others to "
                'compare them, e.g. "compare the third and fifth"):'
            )
        return cited, "Side by side, as their summaries say:"

    def about_papers(
        self, question: str, history: list[tuple[str, str]], filters: Filters, mode: str
    ) -> tuple[str, list[tuple[int, Paper]], str, str] | None:
        """A follow-up about the previous answer's papers as a set, answered from them (text, the papers it cites
        with their numbers, intent, the standalone question it answers, '' for the turn as asked): "compare the
        first two", "which one is faster?" after such a comparison, "what benchmarks do they use?" after a list,
        an ordinal past the papers the previous answer cites. None for any other turn."""
        if (pick := compare_pick(question)) is not None:
            if pick == Pick() and self.compared_terms(history):
                return None  # "compare them" after "what is DPO?" / "and PPO?" compares the two terms
            numbered, opening = self.picked_papers(pick, history)
            if len(numbered) >= 2 and opening:
                return comparison_text(numbered, opening), numbered, "compare", ""
            return self.beyond(max(pick.places or pick.cited or (2,)), history), [], "compare", ""
        if (place := theme_asked(question)) and (at := self.latest_summary(history)) >= 0:
            return self.theme_papers(place, history, at, filters, mode)
        if (asked := dated_asked(question)) and len(numbered := self.dated_pair(history)) == 2:
            return dated_text(numbered, asked), numbered, "compare", ""
        if (word := which_asked(question)) and self.compared_papers(history):
            numbered = self.cited_in(history[-1][1])
            if 2 <= len(numbered) <= COMPARED_MOST:
                return which_text(numbered, word), numbered, "compare", ""
        i = self.latest_list(history)
        listed = self.listed_in(history[i][1]) if i == len(history) - 1 else []
        if listed and CITED_MOST_RE.search(question):  # "which one has the most citations?" after a list
            return shapes.NO_CITATION_COUNTS, [], "fact", ""
        word = which_asked(question)
        if listed and superlative(word) and not dated_asked(question):  # "which one scored highest?" after a list
            return (*superlative_text(listed, word), "compare", "")
        if wrote_them_asked(question) and i == len(history) - 1 and (numbered := self.listed_in(history[i][1])):
            return wrote_them_text(numbered, shapes.authors_text), numbered, "authors", ""
        if benchmarks_asked(question) and i >= 0:
            asked = self.list_asked(history, i)
            full = self.ask(asked, history=history[: self.asked_at(history, i)], filters=filters, mode=mode)
            numbered = [(s.n, s.hit.paper) for s in full.sources if s.n in {c["n"] for c in full.citations}]
            used = benchmarks_used(numbered, self.common_name)
            cited = {n for _, ns in used[:12] for n in ns[:3]}
            text = benchmarks_text(used, len(numbered))
            return text, [(n, p) for n, p in numbered if n in cited], "list", f"the benchmarks of: {full.standalone}"
        ordinal = ordinal_of(question)
        if (
            abs(ordinal) > 1
            and self.referenced_paper(question, history) is None
            and self.shorter_list(abs(ordinal), history)
        ):
            return self.beyond(ordinal, history), [], "fact", ""
        return None

    def shorter_list(self, place: int, history: list[tuple[str, str]]) -> bool:
        """Whether the chat's latest list shows fewer entries than `place` (True when it has no list)."""
        i = self.latest_list(history)
        return i < 0 or place > len(self.listed_in(history[i][1]))

    @staticmethod
    def latest_summary(history: list[tuple[str, str]]) -> int:
        """The index of the chat's latest turn answered with themes (a period summary), -1 if none."""
        return next((i for i in reversed(range(len(history))) if theme_names(history[i][1])), -1)

    def theme_papers(
        self, place: int, history: list[tuple[str, str]], at: int, filters: Filters, mode: str
    ) -> tuple[str, list[tuple[int, Paper]], str, str]:
        """ "Tell me more about the second theme" after a summary: that theme's papers, each with its first
        sentence, read from the summary asked again as it was; a place past its themes says how many it has."""
        names = theme_names(history[at][1])
        if place > len(names) or -place > len(names):
            return f"The summary above has {len(names)} themes, so there is no theme number {place}.", [], "fact", ""
        name = names[place - 1 if place > 0 else place]
        full = self.ask(history[at][0], history=history[:at], filters=filters, mode=mode)
        themes = next((t for text, t in reversed(self._themes.items()) if text in full.answer), [])
        papers = next((ps for n, ps in themes if n == name), [])
        if not papers:
            return f'The theme "{name}" is not found when the summary is asked again.', [], "fact", ""
        numbered = list(enumerate(papers, 1))
        head = f'The theme "{name}" of the summary holds {len(papers)} paper{"s" * (len(papers) != 1)}:'
        lines = [head, *(shapes.bullet(n, p, first_sentence(p)) for n, p in numbered)]
        return "\n".join(lines), numbered, "list", f'the papers of the theme "{name}" of: {full.standalone}'

    def dated_pair(self, history: list[tuple[str, str]]) -> list[tuple[int, Paper]]:
        """The two papers a "which one is newer?" turn weighs: those a comparison of papers just set side by side,
        or the papers two compared terms name ("s1" and "LIMO" after "how does s1 compare to LIMO?", or "what is
        DeepSeek-R1?" / "and Kimi k1.5?"), each the one paper its name names; [] otherwise."""
        if self.compared_papers(history):
            numbered = self.cited_in(history[-1][1])
            return numbered if len(numbered) == 2 else []
        base = self.in_english(self.topic_question(history))
        parsed = self.understood(base)
        if parsed.intent != "compare" or len(parsed.topics) != 2:
            base = self.compared_terms(history)
            parsed = self.understood(base)
        if not base or len(parsed.topics) != 2:
            return []
        papers = [self.one_paper_named(self.named(base, t) or t) for t in parsed.topics]
        found = [p for p in papers if p is not None]
        return list(enumerate(found, 1)) if len(found) == 2 and found[0].id != found[1].id else []

    def compared_papers(self, history: list[tuple[str, str]]) -> bool:
        """Whether the turn before compared papers of the chat ("compare the first two"), not two terms."""
        pick = compare_pick(self.in_english(history[-1][0]))
        return pick is not None and not (pick == Pick() and self.compared_terms(history[:-1]))

    def asked_at(self, history: list[tuple[str, str]], i: int) -> int:
        """The turn that asked the list turn `i` shows: itself, or the list a page of it ("more please") pages."""
        while i > 0 and paging_asked(self.in_english(history[i][0])) is not None:
            i -= 1
        return i

    def list_asked(self, history: list[tuple[str, str]], i: int) -> str:
        return history[self.asked_at(history, i)][0]

    def list_count(
        self, question: str, history: list[tuple[str, str]], filters: Filters, mode: str, started: float
    ) -> Iterator[str | Answer]:
        """ "how many are there?" after a list (or a page of one): the list asked again as it was, answered with
        the count it opens with, not its entries again."""
        at = self.asked_at(history, len(history) - 1)
        full = self.ask(history[at][0], history=history[:at], filters=filters, mode=mode)
        if not full.enumeration:  # "Related papers" under a fact answer are no list to count: asked again, as it was
            yield from self.said_again(replace(full, question=question), started)
            return
        line = next((x.strip() for x in full.answer.split("\n") if re.match(r"\W*\d[\d,]*\s", x)), "")
        count = line or f"The list above has {len(entry_lines(full.answer))} papers."
        paged = len(entry_lines(full.answer)) > CHAT_PAGE
        text = count + ('\n\nThat is the list above; "more" shows its next entries.' if paged else "")
        result = replace(full, question=question, answer=text, sources=[], enumeration=False, page=None)
        spent = round(time.perf_counter() - started, 4)
        result.timings = {"retrieve_s": spent, "first_token_s": spent, "total_s": spent}
        self._said[text] = Said({}, result.covered)
        yield text
        yield result

    def said_again(self, result: Answer, started: float) -> Iterator[str | Answer]:
        spent = round(time.perf_counter() - started, 4)
        result.timings = {"retrieve_s": spent, "first_token_s": spent, "total_s": spent}
        yield result.answer
        yield result

    def beyond(self, place: int, history: list[tuple[str, str]]) -> str:
        """A turn pointing past the papers the previous answer cites ("the second one" after a one-source answer):
        said so, with the one it does cite, not answered with papers the words happen to match; past the entries of
        the chat's latest list ("the second one" after "which of them have code?" listed one), said of that list."""
        i = self.latest_list(history)
        cited = self.listed_in(history[i][1]) if i >= 0 else self.cited_in(history[-1][1])
        if not cited:
            return "The previous answer cites no paper, so there is nothing to point at: ask for papers first."
        one = "only one paper" if len(cited) == 1 else f"only {len(cited)} papers"
        names = "; ".join(f'"{p.title}"' for _, p in cited[:3])
        where = f"number {place}" if place > 0 else f"{-place} from its end"
        said = "The latest list in this chat shows" if i >= 0 else "The previous answer cites"
        return (
            f"{said} {one} ({names}), so there is no paper {where} in it: ask about "
            '"it", or ask for a list of papers first.'
        )

    def common_name(self, name: str) -> bool:
        """A name written as is by so many papers that it is a word of the field ("GUI", "LLM"), or a phrase whose
        hyphened words are plain English ("AI-generated", "Best-of-N"; "SWE-bench" is rarer): no benchmark."""
        n = len(self.retriever.papers)
        plain = [w for w in name.split("-") if re.fullmatch(r"[a-z]{2,}", w)]
        if any(w in STOPWORDS or self.word_df.get(w, 0) > PLAIN_WORD_SHARE * n for w in plain):
            return True
        share = COMMON_ACRONYM_SHARE if name.lower() in self.retriever.acronyms else COMMON_NAME_SHARE
        return self.cased_df.get(name, 0) > share * n

    @property
    def cased_df(self) -> Counter[str]:
        """In how many papers each word is written as is, case kept ("MATH500", "GUI")."""
        if self._cased_df is None:
            self._cased_df = Counter(w for p in self.retriever.papers for w in set(CASED_WORD_RE.findall(p.text)))
        return self._cased_df

    @property
    def usage_names(self) -> tuple[dict[str, str], dict[str, str], Counter[str]]:
        """(the corpus's benchmark names to their keys, its model families, in how many papers each name is written
        as measured against): what a usage question counts."""
        if self._usage is None:
            papers = self.retriever.papers
            families = usage_counts.model_families(papers)
            evaluated, against = usage_counts.corpus_names(papers)
            written = lambda name: self.cased_df.get(name, 0)  # noqa: E731
            vocabulary = usage_counts.benchmark_vocabulary(papers, evaluated, against, written, families)
            self._usage = vocabulary, families, against
        return self._usage

    def papers_said(
        self,
        question: str,
        text: str,
        numbered: list[tuple[int, Paper]],
        intent: str,
        standalone: str,
        started: float,
    ) -> Iterator[str | Answer]:
        """An answer about the previous answer's papers (`about_papers`), citing them by their numbers there."""
        sources = [Source(n, Hit(p, 1.0)) for n, p in numbered]
        result = Answer(
            question=question,
            standalone=standalone or question,
            answer="",
            sources=sources,
            backend="extractive" if sources else "none",
            covered=bool(sources),
            intent=intent,
        )
        result.answer, result.flags = check_citations(text, {s.n for s in sources})
        spent = round(time.perf_counter() - started, 4)
        result.timings = {"retrieve_s": spent, "first_token_s": spent, "total_s": spent}
        self._said[result.answer] = Said({c["n"]: c["id"] for c in result.citations}, result.covered)
        yield from result.answer.splitlines(keepends=True)
        yield result

    def subject(self, earlier: list[tuple[str, str]]) -> str:
        """What the chat was last about, as its question wrote it: the name of the paper a recent answer cites
        first where that turn's question names it ("DeepSeek-R1" in "what does DeepSeek-R1 score on AIME
        2024?"), else the one topic of the chat's question ("speculative decoding"); '' when neither."""
        for question, answer in reversed(earlier[-3:]):
            paper = self.cited_as(answer, 1)
            name = paper.title.split(":")[0].strip() if paper else ""
            for written in (name, SIZE_END_RE.sub("", name)) if name and len(name) <= 40 else ():
                if span := loose_span(question, written):
                    return question[span[0] : span[1]]
        if not earlier:
            return ""
        base = self.in_english(self.topic_question(earlier))
        parsed = self.understood(base)
        return self.named(base, parsed.topics[0]) if len(parsed.topics) == 1 else ""

    def lacked(self, question: str, answer: str) -> bool:
        """A new question (no follow-up) the digests had nothing for ("what is the capital of France?"):
        nothing of that turn is carried into the next."""
        said = self._said.get(answer)
        return said is not None and not said.covered and not self.refers_back(self.in_english(question))

    def joined(self, question: str, base: str) -> str:
        """A follow-up made standalone without an LLM: the period it shifts, the part it swaps, narrows or
        widens, the list it refers to spelled out, or else the two questions joined."""
        if HOW_MANY_RE.match(question):
            return base
        question = unfocused(question)
        parsed = self.understood(base)
        if shift := shifted_period(question, parsed.since, parsed.until):
            rest, since, until = shift
            moved = f"{strip_dates(base, self.latest_day)[0].rstrip('?. ')} between {since} and {until}?"
            return moved if asks_nothing_else(rest) else self.joined(rest, moved)
        rest, since, until = strip_dates(question, self.latest_day)
        if (since or until) and self.of_papers(parsed) and asks_nothing_else(rest):  # "only 2025": the same papers then
            period = f"between {since or self.earliest_day} and {until or self.latest_day}"
            return f"{strip_dates(base, self.latest_day)[0].rstrip('?. ')} {period}?"
        if (opened := widened(base, parsed.topics, question)) is not None:
            return opened
        question = narrowed(question) or question
        if parsed.intent in ("list", "trend", "summary") and (kind := refined(base, parsed.topics, question)):
            return kind
        if replaced := swapped(base, question):
            return replaced
        period = ""
        if parsed.since or parsed.until:
            period = f"between {parsed.since or self.earliest_day} and {parsed.until or self.latest_day}"
        on = "on " + " or ".join(self.named(base, t) or t for t in self.matched_topics(parsed))  # as the user wrote it
        if parsed.topics and (extreme := extreme_of(question, on + (" with code" if parsed.has_code else ""), period)):
            return extreme
        if self.of_papers(parsed):
            if other := retopic(base, parsed.topics, question):
                return other
            if not parsed.topics and (topic := new_topic(question)):
                return f"papers on {topic}?"  # a topic after an author's papers asks its own papers, not the author's
            papers = self.list_scope(base, parsed, code="code" not in question.lower())
            if spelled := about_list(question, papers, period):
                return spelled
            if clause := added_clause(base, question):
                return clause
        if len(parsed.topics) == 1 and (named := self.named(base, parsed.topics[0])) and IT_RE.search(question):
            return IT_RE.sub(lambda m: named + ("'s" if m.group(1) else ""), question, count=1)
        follow = re.sub(r"^\s*(and|also)\s+", "", question, flags=re.IGNORECASE)
        return f"{base.rstrip('?. ')}; {follow}"

    @staticmethod
    def of_papers(parsed: Parsed) -> bool:
        """Whether a question asks for a set of papers a follow-up can refer to: a list, trend or summary of topics,
        or an author's papers (read as a fact question when it names no topic: "papers by Mo Yu")."""
        listed = parsed.topics and parsed.intent in ("list", "trend", "summary")
        return bool(listed or (parsed.author and not parsed.topics))

    def list_scope(self, base: str, parsed: Parsed, code: bool = True) -> str:
        """The papers a list, trend or summary question asked for, spelled out with all its filters but the period:
        its topics as the user wrote them, its author and (where `code`) its code filter ("diffusion language model
        papers by Xinchao Wang", "papers on GRPO that have code"), so that "summarise them" or "which of them are from
        2025?" asks of the same papers; '' when it names neither topic nor author."""
        on = " or ".join(self.named(base, t) or t for t in self.matched_topics(parsed))
        coded = " that have code" if code and parsed.has_code else ""
        if parsed.author:
            return f"{on + ' ' if on else ''}papers by {parsed.author}{coded}"
        return f"papers on {on}{coded}" if on else ""

    @staticmethod
    def named(question: str, topic: str) -> str:
        """The topic as the question wrote it ("Qwen2.5-VL" for "qwen2 5-vl"), so what takes its place keeps
        its spelling; '' when the question does not write it."""
        span = loose_span(question, topic)
        return question[span[0] : span[1]] if span else ""

    def support(self, groups: list[list[str]]) -> Support:
        """Which papers name each of the question's specific terms, and how much each term weighs.

        Specific terms are those in under a fifth of the corpus, including terms it never uses,
        so a question about something absent cannot look supported.
        """
        n = len(self._lower)
        rows, weights, names = [], [], []
        for group in groups:
            hit = self.term_scan.mask(group)
            df = int(hit.sum())
            if df / max(n, 1) < SPECIFIC_DF:
                rows.append(hit)
                weights.append(math.log((n + 1) / (df + 0.5)))
                names.append(group[0])
        matrix = np.array(rows, dtype=bool).reshape(len(rows), n)
        return Support(matrix, np.array(weights, dtype=np.float32), tuple(names))

    def asking_stems(self, question: str) -> frozenset[str]:
        """The stems of the figure a question asks for and of the words asking it ("how many parameters does
        … have?"): no paper need write them (`names_the_rest`)."""
        _, measure = shapes.asked_measure(question, self.retriever.acronyms)
        # "how much computation does MUR save?": the verb of change asks for the figure; its paper may write
        # "reduces computation by over 50%"
        changing = stems(" ".join(shapes.CHANGE_RE.findall(question))) if shapes.figure_question(question) else []
        # "what is the arXiv id of X?" asks for X's record, which no summary writes
        record = stems(" ".join(RECORD_FIELD_RE.findall(question)))
        # "how many GPU hours did X take to train?": the verb asks for the amount; no summary need write it
        amount = AMOUNT_VERB_STEMS if shapes.figure_question(question) else frozenset()
        # "which conference was SafeRoute accepted to?": the property and the verb asking it, which its summary
        # need not write for the paper to be the one asked about
        prop = shapes.asked_property(question)
        owned = frozenset(stems(prop)) | shapes.PROPERTY_ASKING_STEMS if prop else frozenset()
        return (
            owned
            | shapes.FIGURE_FRAME_STEMS
            | ASKING_STEMS
            | amount
            | frozenset(measure)
            | frozenset(changing)
            | frozenset(record)
        )

    @staticmethod
    def names_the_rest(support: Support, i: int, asking: frozenset[str], sets: frozenset[str] = frozenset()) -> bool:
        """The paper names every specific term of the question but the figure it asks for and the words
        asking it (`asking`; "how many parameters does Kuwain have?": Kuwain), so a paper the question names
        by its system name answers it; "how did NVIDIA's stock price react to the DeepSeek-R1 release?" asks
        about NVIDIA's stock, which DeepSeek-R1's paper never names. A benchmark the corpus names (`sets`,
        lower-case) that the paper does not ("what accuracy does SmolVLA reach on LIBERO?") is for its summary
        to state or not: the named paper still answers, saying so."""
        return all(
            support.matrix[r, i] or set(stem_key(name).split()) <= asking or name.lower() in sets
            for r, name in enumerate(support.names)
        )

    def one_short(self, question: str, hits: list[Hit], groups: list[list[str]]) -> tuple[Hit, str] | None:
        """(paper, word) where one of the search's first papers names every specific word of a question (then
        the word is "") or all but a verb or common noun the paper says in other words ("how many samples does
        s1K contain?": s1's summary says "a 1,000-sample dataset (s1K)"): the paper answers it, said without
        that word. Never a word no paper writes (a topic the digests lack), one written with capitals
        or digits (a name), nor the question's rarest word (what it is about); and the paper names at least
        `SHORT_NAMED` others, or a name the question writes ("s1K"), so a lone common word never stands for
        the question."""
        support = self.support(groups)
        free = self.asking_stems(question) | shapes.FUNCTION_STEMS | STOP_STEMS | CLAUSE_STEMS
        rows = [r for r, name in enumerate(support.names) if not set(stem_key(name).split()) <= free]
        if len(rows) < 2:
            return None
        rarest = max(rows, key=lambda r: (float(support.weights[r]), -r))
        position = self.retriever.position
        proper = PROPER_RE.findall(question)
        for hit in hits[: self.settings.top_k]:
            if proper and not self.writes_names(proper, position[hit.paper.id]):  # "Paris", not the PARIS dataset
                continue
            lacking = [r for r in rows if not support.matrix[r, position[hit.paper.id]]]
            if len(lacking) > 1 or rarest in lacking:
                continue
            named = [support.names[r] for r in rows if r not in lacking]
            if len(named) < SHORT_NAMED and not any(shapes.written_as_name(n, question) for n in named):
                continue
            if not lacking:  # it names all but the words asking ("the arXiv id of …")
                return hit, ""
            name = support.names[lacking[0]]
            known = all(self.stem_df.get(s, 0) for s in stem_key(name).split())
            if known and re.fullmatch(r"[a-z][a-z-]*", name):
                return hit, name
        return None

    def gather(self, question: str, filters: Filters, mode: str) -> tuple[list[Hit], bool, bool, list[list[str]]]:
        """Evidence for a question: (hits, covered, enumeration, term groups).

        List questions widen to every paper that names all specific terms (the lexical pass),
        ordered by the hybrid ranking; others keep the top-k with the best-supported papers first.
        A question is covered when a retrieved paper names at least half of its specific terms (by
        IDF weight), when the best dense match is close enough, or when filters alone define it.
        A description of one paper (`descriptive`) keeps the search's own order, score blend
        included: few papers name its ordinary words, so ranking by them would demote the paper
        that matches its meaning.
        """
        groups = term_groups(question, self.retriever.acronyms)
        enumeration = bool(ENUMERATION_RE.search(question))
        describes = descriptive(question) and not enumeration
        k = self.settings.top_k
        # The coverage test below was calibrated on rank fusion alone (no score blend at the head).
        hits = self.retriever.search(
            question, k=max(k, MAX_LIST) if enumeration else k, filters=filters, mode=mode, blend=describes
        )
        support = self.support(groups)
        mask = self.retriever.mask(filters)
        per_paper = support.per_paper() * mask
        if support.terms:
            full = np.flatnonzero(per_paper >= 0.999)
        else:  # "which papers from 2025-01-22 have code?": the filters alone define the list
            full = np.flatnonzero(mask) if filters else np.array([], dtype=int)
        if enumeration and len(full):
            order = {h.paper.id: r for r, h in enumerate(hits)}
            by_id = {h.paper.id: h for h in hits}
            papers = sorted(
                (self.retriever.papers[i] for i in full), key=lambda p: (order.get(p.id, len(order)), p.date, p.id)
            )[:MAX_LIST]
            hits = [by_id.get(p.id) or Hit(p, 0.0) for p in papers]
        elif enumeration:
            hits = hits[:k]
        position = self.retriever.position
        best_dense = max((h.dense or 0.0 for h in hits), default=0.0)
        asking = self.asking_stems(question) if not enumeration and not describes else frozenset()
        # asked a figure of a paper it names, on a benchmark the corpus names: its summary may not say it
        sets = self.set_names if shapes.figure_question(question) else frozenset()
        if not enumeration and not describes:
            # a paper naming the question's words only as another thing's name ("the PARIS dataset" for
            # "the weather in Paris") shares none of its sense: its words do not cover the question
            proper = PROPER_RE.findall(question)
            if proper:
                per_paper = per_paper.copy()
                for i in np.flatnonzero(per_paper):
                    per_paper[i] *= self.writes_names(proper, int(i))
            # the papers naming the most of the question's words, wherever the ranking put them: "what
            # accuracy does TokenSkip reach on GSM8K?" is answered by the one survey naming both
            if shapes.figure_question(question):
                ranked_best = max((float(per_paper[position[h.paper.id]]) for h in hits), default=0.0)
                seen = {h.paper.id for h in hits}
                better = [
                    i
                    for i in np.argsort(-per_paper)[:BEST_SUPPORTED]
                    if per_paper[i] > max(ranked_best, LEXICAL_COVER) and self.names_the_rest(support, int(i), asking)
                ]
                hits += [Hit(self.retriever.papers[i], 0.0) for i in better if self.retriever.papers[i].id not in seen]
        lexical = max((float(per_paper[position[h.paper.id]]) for h in hits), default=0.0)
        if not enumeration and not describes:
            # a paper the question names by its system name counts though the ranking left it out
            # ("how much memory does FLOWER need?" ranks papers on memory above FLOWER's own)
            # (and covers it when it names all the question asks about but the figure: `names_the_rest`)
            named_cover = [
                max(float(per_paper[i]), LEXICAL_COVER if self.names_the_rest(support, i, asking, sets) else 0.0)
                for i in self.named_by(question)
                if mask[i]
            ]
            lexical = max([lexical, *named_cover])
            # "which venue was the Seed Diffusion paper at?": a paper called by its title's whole head is the one meant
            if (called := called_paper(question)) and any(mask[i] for i in self.called_title(called["name"])):
                lexical = max(lexical, LEXICAL_COVER)
        filter_only = not support.terms and bool(filters)
        covered = bool(hits) and (lexical >= LEXICAL_COVER or best_dense >= self.settings.min_score or filter_only)
        if not covered and not enumeration and hits and ONE_PAPER_RE.search(question):
            hits, covered = self.recalled(question, hits)
        if covered and not filter_only and self.absent_name(question):
            covered = False
        if covered and not enumeration and not describes:
            # The paper a question names ("what does DeepSeek-R1 get on AIME?") leads the papers that
            # cite it with the same words; rank fusion alone may leave it out of the top k.
            named = [i for i in self.named_by(question) if mask[i]]
            seen = {h.paper.id for h in hits}
            hits += [Hit(self.retriever.papers[i], 0.0) for i in named if self.retriever.papers[i].id not in seen]
            own = {self.retriever.papers[i].id for i in named}
            support_of = {h.paper.id: round(float(per_paper[position[h.paper.id]]), 3) for h in hits}
            # the named paper first: "how many languages does Centurio support?" is about Centurio, not
            # the multilingual paper that shares more of the question's words
            hits = sorted(hits, key=lambda h: (h.paper.id not in own, -support_of[h.paper.id]))
        if covered and not enumeration and hits and ONE_PAPER_RE.search(question):
            hits = self.pinned_first(question, hits, filters, mode, describes)
        return hits, covered, enumeration, groups

    def pinned_first(self, question: str, hits: list[Hit], filters: Filters, mode: str, blend: bool) -> list[Hit]:
        """Asked for one paper by a thing it names ("the paper about LLMs playing Minecraft", "which paper
        introduced a 1-bit LLM?"), the paper that leads writes that thing: where the search's first paper does
        not, the best-ranked paper of a wider search that does leads instead (probe 7: lmgame-Bench, which never
        writes "Minecraft", led). Only a thing few papers write pins the lead (`PINNED_MOST`)."""
        patterns = pinned_terms(question)
        if not patterns:
            return hits

        def writes(paper: Paper) -> bool:
            text = f"{paper.title} {paper.summary}"
            return all(p.search(text) for p in patterns)

        if writes(hits[0].paper):
            return hits
        mask = self.retriever.mask(filters)
        writers = sum(1 for i, paper in enumerate(self.retriever.papers) if mask[i] and writes(paper))
        if not 0 < writers <= PINNED_MOST:
            return hits
        wide = self.retriever.search(question, k=PINNED_SEARCHED, filters=filters, mode=mode, blend=blend)
        lead = next((h for h in [*hits, *wide] if writes(h.paper)), None)
        if lead is None:
            return hits
        return [lead, *(h for h in hits if h.paper.id != lead.paper.id)]

    def recalled(self, question: str, hits: list[Hit]) -> tuple[list[Hit], bool]:
        """(hits, covered) for a question asking for one paper it describes ("a survey about …, something about
        an economy?") that the coverage test turned down: the candidate whose title and summary state
        `DESCRIBED` of its words (by IDF weight) is the paper meant, and leads. Every word must be one some
        paper writes: a word none writes ("superconducting") is what the digests lack."""
        words = self.content_stems(question)
        if len(words) < DESCRIBED_WORDS or not all(self.stem_df.get(w, 0) for w in words):
            return hits, False
        share = self.cover(words)
        position = self.retriever.position
        best = max(hits, key=lambda h: float(share[position[h.paper.id]]))
        if share[position[best.paper.id]] < DESCRIBED:
            return hits, False
        return [best, *(h for h in hits if h is not best)], True

    def writes_names(self, names: list[str], i: int) -> bool:
        """The paper writes each capitalised word of the question as a word ("Paris", "paris"), not only in
        capitals as the name of something else ("PARIS", a dataset)."""
        text = self.retriever.papers[i].search_text
        return all(re.search(rf"(?<!\w)(?:{re.escape(n)}|{re.escape(n.lower())})(?!\w)", text) for n in names)

    def absent_name(self, question: str) -> str:
        """A proper name of several words the question writes ("the EU AI Act") that no paper names, not
        even with its words close together, that holds a word the papers (almost) never use ("EU"), and
        that is no author's: the digests cannot answer about it. A name of well-used words ("an updated
        French BERT") may describe a paper in other words."""
        words = question.split()
        if sum(w[:1].isupper() for w in words) > len(words) / 2:  # Title Case Questions name nothing in particular
            return ""
        figure_asked = shapes.figure_question(question)
        for span in NAME_SPAN_RE.findall(POSSESSIVE_RE.sub(",", question)):
            key = stem_key(span)
            if len(key.split()) < 2 or span.lower() in self.author_names:
                continue
            if all(self.retriever.vocab.get(w, 0) > RARE_NAME_WORD for w in re.findall(r"[a-z0-9]+", span.lower())):
                continue
            if not shapes.concept_hits([key, "&" + key.strip()], self.docs).any():
                if figure_asked and self.subset_named(span):
                    continue
                return str(span)
        return ""

    def subset_named(self, span: str) -> bool:
        """A benchmark's name followed by a part's words ("VisR-Bench English", "VideoMME Long"): a paper naming
        the name (a word with a digit, a hyphen or two capitals) writes the rest ("on the English split"), so
        the span is a part of what the digests name, not a name they lack."""
        words = span.split()
        for cut in range(len(words) - 1, 0, -1):
            if not BENCH_NAME_RE.search(words[0]):
                break
            head = stem_key(" ".join(words[:cut]))
            rest = stem_key(" ".join(words[cut:])).split()
            if any(head in doc and all(f" {w} " in doc for w in rest) for doc in self.docs):
                return True
        return False

    def absent_topic(self, parsed: Parsed) -> str:
        """A two-word name in the question ("chip placement") that no paper writes, not even with its words
        close together, holding a word no paper uses in any form ("chip"; not "Pangea", the name of one
        paper, in "does Pangea support"): `absent_name` for names written in lower case. Every alternative
        of an "A or B" question has to hold one. A longer phrase, or a question that describes a paper,
        says in its own words what a paper may say in others."""
        if descriptive(parsed.clean):
            return ""

        def absent(concept: list[str]) -> bool:
            words = concept[0].split()
            if len(words) != 2 or shapes.concept_hits([*concept, "&" + " ".join(words)], self.docs).any():
                return False
            # "something", "stuff": a reader's vague words, which no paper need write, name nothing absent
            return any(not shapes.concept_hits([f" {w} "], self.docs).any() for w in words if w not in RECALL_STEMS)

        found = [next((c[0].strip() for c in alternative if absent(c)), "") for alternative in parsed.concepts]
        return found[0] if found and all(found) else ""

    def naming_the_rest(
        self, missing: list[str], specific: list[str], query: str, filters: Filters, mode: str, result: Answer
    ) -> str:
        """A question naming what no paper names ("Tetris") beside what a few do ("Sokoban"): said first, then
        the papers naming the rest, each with its sentence; none claims the missing part."""
        mask = self.retriever.mask(filters)
        for word in specific:
            mask = mask & shapes.concept_hits([f" {stem_key(word).strip()} "], self.docs)
        total = int(mask.sum())
        papers = self.ranked(np.flatnonzero(mask), query, filters, mode)[: self.settings.top_k] if total else []
        result.sources = [Source(n, Hit(p, 0.0)) for n, p in enumerate(papers, 1)]
        result.covered = bool(papers)
        lines = [shapes.unnamed_text(missing)]
        if papers:
            shown = f"; the {len(papers)} closest to the question:" if total > len(papers) else ":"
            lines.append(f"{total} {'paper names' if total == 1 else 'papers name'} {' and '.join(specific)}{shown}")
            forms = [[f" {stem_key(w).strip()} "] for w in specific]
            lines += [shapes.bullet(n, p, shapes.result_sentence(p, query, forms)) for n, p in enumerate(papers, 1)]
        return "\n".join(lines)

    @staticmethod
    def said_plainly(text: str, result: Answer, started: float) -> Iterator[str | Answer]:
        """An answer the digests cannot give, said without searching them: the text, then the result."""
        result.covered, result.backend, result.answer = False, "none", text
        spent = round(time.perf_counter() - started, 4)
        result.timings = {"retrieve_s": spent, "first_token_s": spent, "total_s": spent}
        yield text
        yield result

    def unnamed_words(self, parsed: Parsed) -> tuple[list[str], list[str]]:
        """(capitalised words of a fact question that no paper's title or summary writes in any form, not
        even an author's name nor a typo the question's understanding mends: "Tetris"; the question's other
        capitalised words that few papers write: "Sokoban"). Authors' handles do not count ("tetrisd")."""
        missing: list[str] = []
        specific: list[str] = []
        for word in dict.fromkeys(CAPITAL_WORD_RE.findall(POSSESSIVE_RE.sub("", parsed.clean))):
            low = word.lower()
            if low in parsed.corrections or low in CALENDAR_WORDS or any(low in n.split() for n in self.author_names):
                continue  # "what about in March 2025?": a month names no system
            hits = int(shapes.concept_hits([f" {stem_key(word).strip()} "], self.docs).sum())
            if not hits:
                missing.append(word)
            elif hits <= SPECIFIC_NAME_SHARE * len(self.docs):
                specific.append(word)
        for name in unwritten.unwritten_names(parsed.clean, self.folded_corpus):
            if name.lower() not in parsed.corrections and not any(name in m or m in name for m in missing):
                missing.append(name)
        parts = {w.lower() for name in missing for w in re.split(r"[\s-]+", name)}
        return missing, [w for w in specific if w.lower() not in parts]

    @property
    def folded_corpus(self) -> str:
        """Every paper's text folded (`unwritten.folded`), one a line: where a name is looked up in any spelling."""
        if self._folded is None:
            self._folded = "\n".join(unwritten.folded(t) for t in self._lower)
        return self._folded

    def recased(self, question: str) -> str:
        """The question with a small-letter model family and benchmark as the papers write them (`unwritten.recased`):
        "what does llama 4 score on mmlu" asks what "Llama 4" scores on "MMLU"."""
        return unwritten.recased(question, lambda word: self.papers_spelling(word, word)[0])

    def named_by(self, question: str) -> list[int]:
        """Papers whose name (a system name before the title's colon, or a short title that is all name:
        "Pixtral 12B", "Phi-4 Technical Report") the question spells out, with or without the size or
        version the name ends in ("Pixtral", "Bielik"): a name of mixed case or digits ("FLOWER",
        "Seaweed-7B"), or one capitalised word no English dictionary holds ("Centurio"). A name the
        question spells out only as part of a longer name it also spells is not meant: "Phi-4-Mini"
        names Phi-4-Mini's paper, not Phi-4's."""
        return list(self.names_in(question))

    def names_in(self, question: str) -> dict[int, str]:
        """`named_by`'s papers, each with the name it is asked by (its content words): papers asked by the
        same name are equally meant ("Bielik" for "Bielik 7B v0.1" and "Bielik 11B v2 Technical Report")."""
        if self._names is None:
            known = english.words()

            def is_name(words: list[str]) -> bool:
                return (
                    bool(words)
                    and len(words) <= 3
                    and bool(
                        NAME_RE.search(" ".join(words))
                        or (words[0][0].isupper() and any(VERSION_WORD_RE.fullmatch(w) for w in words[1:]))
                        or (len(words) == 1 and self.short_name(words[0]))
                        or (
                            len(words) == 1
                            and len(words[0]) >= 5
                            and words[0][0].isupper()
                            and not english.is_english(words[0].lower(), known)
                        )
                    )
                )

            self._names = []
            for i, p in enumerate(self.retriever.papers):
                name = shapes.REPORT_NAME_END_RE.sub("", p.title.split(":")[0].strip()).split()
                bare = SIZE_END_RE.sub("", " ".join(name)).split()
                for words in filter(is_name, [name] if bare == name else [name, bare]):
                    self._names.append((f" {title_key(' '.join(words))} ", i, spaced(" ".join(words))))
        asked = unglued(f" {title_key(question)} ")
        folded = unglued(spaced(question))
        # the name as written, not only its content words: "Add-it" is not named by "… does Stand-In add for …"
        found: dict[int, str] = {}
        for key, i, spelled in self._names:
            if (
                key.strip()
                and unglued(key) in asked
                and unglued(spelled) in folded
                and len(key) > len(found.get(i, ""))
            ):
                found[i] = key
        found = {i: key for i, key in found.items() if self.written_as_name(question, i)}
        if not found and (called := called_paper(question)):
            found = self.called_title(called["name"])
        # the longest names the question spells: a shorter one inside a longer one is a part of it
        longest = {i: key for i, key in found.items() if not any(key != k and key in k for k in found.values())}
        return self.meant(question, longest)

    def called_title(self, name: str) -> dict[int, str]:
        """ "the Seed Diffusion paper": the one paper whose title's head (before its colon) is the capitalised words a
        question calls a paper, which `names_in` reads as no name (no mixed case or digit), with its name key; {}
        where no title's head or several are those words, or it is a single word (a plain word: "the Diffusion
        paper")."""
        if len(name.split()) < 2:
            return {}
        if self._heads is None:
            self._heads = {}
            for i, p in enumerate(self.retriever.papers):
                head = stem_key(shapes.REPORT_NAME_END_RE.sub("", p.title.split(":")[0].strip()))
                self._heads.setdefault(head, []).append(i)
        titled = self._heads.get(stem_key(name), [])
        return {titled[0]: f" {title_key(name)} "} if len(titled) == 1 else {}

    def short_name(self, word: str) -> bool:
        """A letter and a digit ("s1", "T1", "G1") name a system where few papers write them as a word ("F1" is a
        score)."""
        return bool(re.fullmatch(r"[A-Za-z]\d", word)) and self.retriever.stem_df.get(word.lower(), 0) < SHORT_NAME_DF

    def meant(self, question: str, found: dict[int, str]) -> dict[int, str]:
        """The named papers the question is about. A name is also a common word elsewhere (an ISA: "x86 code
        into ARM"; a benchmark: "the WISE score"; another paper's acronym): where the question asks for a
        paper it cannot name (`ONE_PAPER_RE`) or its other words are a description of their own, and those
        words are what another paper's summary states (`NAME_MARGIN` more of them, by IDF weight) while the
        named paper's states under half, the name is a word of that description, not the paper asked about."""
        if not found:
            return found
        rest = self.content_stems(question, frozenset(w for key in found.values() for w in stems(key)))
        if len(rest) < DESCRIBED_WORDS or not (ONE_PAPER_RE.search(question) or len(rest) >= DESCRIPTION_WORDS):
            return found
        share = self.cover(rest)
        others = share.copy()
        others[list(found)] = 0.0
        best = float(others.max())
        return {i: key for i, key in found.items() if share[i] >= min(LEXICAL_COVER, best - NAME_MARGIN)}

    @staticmethod
    def content_stems(text: str, leave: frozenset[str] = frozenset()) -> list[str]:
        """The stems of the words that describe what a question asks about: no function, generic, asking or
        recalling word, no bare number, none of `leave`."""
        return cover.content_stems(text, leave)

    def cover(self, words: list[str]) -> np.ndarray:
        """Each paper's share of the words its title and summary write, each word weighted by its IDF: how
        much of a description the paper states."""
        return cover.shares(words, self.docs, self.stem_df, len(self.docs))

    def written_as_name(self, question: str, i: int) -> bool:
        """A name that is also an everyday word ("TIME", a benchmark) is named only when the question writes
        it in the title's capitals: "at test time" says nothing of the TIME benchmark."""
        name = self.retriever.papers[i].title.split(":")[0].strip()
        word = re.sub(r"[\W_]+", "", name)
        if not word.isalpha() or not word.isupper() or not english.is_english(word.lower()):
            return True
        return re.search(rf"(?<!\w){re.escape(name)}(?!\w)", question) is not None

    def build_prompt(self, question: str, sources: list[Source], language: str = "") -> tuple[str, str]:
        """System and user prompts; sources are fenced and trimmed to fit the token budget. `language`: the
        one the user asked the answer in, which the model is told to write."""
        system = prompt("answer_system", self.settings.prompts_dir)
        if language:
            system += f"\n- Write the answer in {fence(language)}; keep titles, names and citations as they are."
        template = prompt("answer_user", self.settings.prompts_dir)
        question = fence(question)
        fixed = count_tokens(system) + count_tokens(template) + count_tokens(question)
        budget = max(self.settings.context_tokens - fixed, 200)
        per_source = max(budget // max(len(sources), 1) - 30, 60)
        blocks = []
        for s in sources:
            p = s.hit.paper
            body = truncate_tokens(fence(p.summary), per_source)
            head = f"Title: {fence(p.title)}" + (f"\nAuthors: {fence(', '.join(p.authors[:8]))}" if p.authors else "")
            blocks.append(f'<source n="{s.n}" arxiv="{p.id}" date="{p.date}">\n{head}\n{body}\n</source>')
        return system, template.format(sources="\n\n".join(blocks), question=question)

    # --- answering ---------------------------------------------------------------------------------
    def asked_as(
        self,
        question: str,
        asked: str,
        history: list[tuple[str, str]] | None,
        filters: Filters,
        mode: str,
        language: str = "",
    ) -> Iterator[str | Answer]:
        """`stream` of the question as it is asked in other words (`asked`), the `Answer` keeping the turn as it was
        typed, which the chat's history holds."""
        for item in self.stream(asked, history, filters, mode, language):
            if isinstance(item, Answer):
                item.question = question
            yield item

    def stream(
        self,
        question: str,
        history: list[tuple[str, str]] | None = None,
        filters: Filters | None = None,
        mode: str | None = None,
        language: str = "",
    ) -> Iterator[str | Answer]:
        """Yields answer text as it is produced, then the checked `Answer` as the last item. `language`: the
        language the answer was asked in ("summarize them in French"), read off the question when it asks."""
        started = time.perf_counter()
        filters = filters or Filters()
        mode = mode or self.settings.mode
        if (request := request_first(question)) != question:
            yield from self.asked_as(question, request, history, filters, mode, language)
            return
        plain_question, asked_in = answer_language(question)
        # "and in French?" after prose asks the answer again in French; after a list it narrows the list
        if not asked_in and history and self.latest_list(history) != len(history) - 1 and language_follow(question):
            plain_question, asked_in = "", language_follow(question)
        if asked_in:
            history = history or []
            if not plain_question and not history:
                result = Answer(
                    question=question, standalone=question, answer="", sources=[], backend="none", covered=False
                )
                yield from self.said_plainly(f"{language_note(asked_in)} Ask your question.", result, started)
                return
            asked, earlier = (plain_question, history) if plain_question else (history[-1][0], history[:-1])
            yield from self.asked_as(question, asked, earlier, filters, mode, asked_in)
            return
        if (paging := paging_asked(self.in_english(question))) is not None:
            yield from self.next_page(question, paging, history or [], filters, mode, started)
            return
        if history and HOW_MANY_RE.match(self.in_english(question)) and self.latest_list(history) == len(history) - 1:
            yield from self.list_count(question, history, filters, mode, started)  # the turn before is a list
            return
        if history and (about := self.about_papers(self.in_english(question), history, filters, mode)) is not None:
            yield from self.papers_said(question, *about, started)
            return
        if not history and (parts := compound_parts(question)):
            yield from self.compound(question, parts, filters, mode)
            return
        asked_as = question
        if (plain := without_paging_lead(self.in_english(question))) and not (
            pointed(plain) or self.refers_back(plain)
        ):
            question = plain  # "more papers on diffusion" asks about diffusion, not about "more diffusion"
        if history and pointed(english := self.in_english(question)):
            question = english  # "qui a écrit le deuxième ?" is about one paper of the list, as in English
        if history and row_asked(question) and not any(CITATION_RE.search(answer) for _, answer in history):
            result = Answer(
                question=asked_as, standalone=question, answer="", sources=[], backend="none", covered=False
            )
            yield from self.said_plainly(NO_ROW, result, started)  # else "the first one" is searched as words
            return
        if history and (named := self.person_asked(english, history) or self.elided_asked(english, history)):
            # "how many of his papers are from 2025" after "papers by Percy Liang", "and the code?" after "what is
            # MSTS?": the question with what it points at named stands alone
            question, history = named, []
        target = (
            self.similar_target(question, history or [])
            or self.overview_target(question, history or [])
            or self.referenced_paper(question, history or [])
            or self.paper_by_id(question)
        )
        taken = None if target else self.title_taken(question, filters)
        target = taken[0] if taken else target
        asked, org = (question, "") if target else self.without_org(question)
        standalone, condense_note = (question, "") if target else self.condense(asked, history or [])
        if not org and not target and standalone != asked:  # "which of them are from Google?" after a list
            standalone, org = self.without_org(standalone)
        if not org and not target and (listed := self.listed_lab(standalone))[1]:
            yield from self.lab_among(question, *listed, filters, mode, started)
            return
        latest = self.latest_day
        standalone = digests_back(standalone, self.digest_list)
        standalone = bracketed_paper(standalone, lambda name: bool(self.paper_named(name)))
        parsed = understand(
            standalone,
            self.retriever.vocab,
            self.retriever.acronyms,
            self.author_names,
            latest,
            self.retriever.plain_acronyms,
            {c for p in self.retriever.papers for c in p.categories},
            self.phrase_df,
        )
        if parsed.has_code:
            filters = replace(filters, has_code=True)
        conflict = ""
        if (parsed.since or parsed.until) and not (filters.since or filters.until):
            filters = replace(filters, since=parsed.since, until=parsed.until)
        elif (parsed.since or parsed.until) and (parsed.since, parsed.until) != (filters.since, filters.until):
            conflict = (
                prompt("date_conflict", self.settings.prompts_dir)
                .format(
                    asked_since=parsed.since or "the start",
                    asked_until=parsed.until or "the end",
                    since=filters.since or "the start",
                    until=filters.until or "the end",
                )
                .strip()
            )
        if parsed.category and not filters.category:
            filters = replace(filters, category=parsed.category)
        standalone = self.query_text(parsed, standalone, latest)
        result = Answer(
            question=asked_as,
            standalone=standalone,
            answer="",
            sources=[],
            backend=self.backend.name,
            covered=True,
            fallback=condense_note,
            intent=parsed.intent,
            parsed=parsed.to_dict(),
            filters={k: v for k, v in asdict(filters).items() if v},
        )
        note = ""
        if language:
            result.parsed["answer_language"] = language
        if language and self.backend.name == "extractive":
            note = language_note(language)
            yield note + "\n\n"
        # Said only where the question visibly is not English (letters outside ASCII): an English
        # question of rare words is also read as "other", and answered from the words it shares.
        if parsed.language == "other" and any(parsed.concepts) and re.search(r"[^\x00-\x7f]", parsed.clean):
            note = prompt("partly_understood", self.settings.prompts_dir).format(terms=", ".join(parsed.topics)).strip()
            yield note + "\n\n"
        elif parsed.untranslated:
            known = [
                t for t in (" ".join(w for w in t.split() if w not in parsed.untranslated) for t in parsed.topics) if t
            ]
            note = (
                prompt("partly_translated", self.settings.prompts_dir)
                .format(words=", ".join(parsed.untranslated), terms=", ".join(known) or "none")
                .strip()
            )
            yield note + "\n\n"
        if conflict:
            note = f"{conflict}\n\n{note}".strip()
            yield conflict + "\n\n"
        if org:
            said = shapes.affiliation_note(org)
            note = f"{said}\n\n{note}".strip()
            yield said + "\n\n"
        if taken:
            note = f"{taken[1]}\n\n{note}".strip()
            yield taken[1] + "\n\n"
        if not target and parsed.best and parsed.intent == "list":  # "what's the best way to …?"
            note = f"{shapes.UNRANKED}\n\n{note}".strip()
            yield shapes.UNRANKED + "\n\n"
        if not target and CITING_RE.search(question) and not CITED_MOST_RE.search(question) and parsed.intent == "list":
            note = f"{shapes.NO_CITATION_GRAPH}\n\n{note}".strip()
            yield shapes.NO_CITATION_GRAPH + "\n\n"
        asked_period = (parsed.since, parsed.until) == (filters.since, filters.until)
        dated = period_note(latest, parsed.counted_back, filters.since) if asked_period and not conflict else ""
        outer, self._shown = self._shown, None if target else self.shown_list(asked, history or [])
        try:
            yield from self.noted(
                self.answer_parsed(parsed, question, standalone, history, filters, mode, target, result, started),
                language,
                note,
                dated,
                question,
            )
        finally:
            self._shown = outer

    def noted(
        self, items: Iterator[str | Answer], language: str, note: str, dated: str, question: str
    ) -> Iterator[str | Answer]:
        """The answer's pieces as streamed, its Answer with the notes said before it and the period note after."""
        for item in items:
            if isinstance(item, Answer):
                if language and self.backend.name != "extractive" and item.backend in ("extractive", "none"):
                    note = f"{language_note(language)}\n\n{note}".strip()  # the LLM did not write this answer
                item.answer = f"{note}\n\n{item.answer}" if note else item.answer
                if dated and dated not in item.answer and (item.covered or asks_papers(self.in_english(question))):
                    yield f"\n\n{dated}"
                    item.answer = f"{item.answer}\n\n{dated}"
                self._said[item.answer] = Said({c["n"]: c["id"] for c in item.citations}, item.covered)
                while len(self._said) > CITED_MEMORY:
                    self._said.popitem(last=False)
            yield item

    def among_shown(self, kept: np.ndarray) -> np.ndarray:
        """The papers of `kept` that the list a chat turn narrows showed (`shown_list`); all of them otherwise."""
        return kept if self._shown is None else kept[np.isin(kept, self._shown)]

    def shown_list(self, follow: str, history: list[tuple[str, str]]) -> np.ndarray | None:
        """The positions of the papers of the list the turn before showed, when this turn narrows that list ("which of
        them are about vision?", "only the ones about X") or summarises it ("summarise them"): a filter keeps some of
        the papers the user saw, a summary sums up those, none that the list did not show. None for any other turn."""
        english = self.in_english(follow)
        if not history or self.latest_list(history) != len(history) - 1:
            return None
        if not (narrows_list(english) or summarises_list(english)):
            return None
        if theme_names(history[-1][1]):
            return None  # a themed summary shows a few papers of each theme, not the papers it summarises
        asked = self.understood(follow)
        if (asked.since or asked.until) and not any(asked.concepts):
            return None  # "which of them are from 2025?" after the 2024 ones: the topic's list in that period
        listed = self.listed_in(history[-1][1])
        return np.array([self.retriever.position[p.id] for _, p in listed], dtype=int) if listed else None

    def next_page(
        self,
        question: str,
        paging: PageAsk,
        history: list[tuple[str, str]],
        filters: Filters,
        mode: str,
        started: float,
    ) -> Iterator[str | Answer]:
        """A chat's "more please": the next page of the chat's latest list, asked again as it was asked (with the
        turns before it), numbered on from the entries the chat has shown; said plainly when there is no list."""
        tried = 0
        for i in reversed(range(len(history))):
            asked, said = history[i]
            if paging_asked(self.in_english(asked)) is not None or not entry_lines(said):
                continue
            full = self.ask(asked, history=history[:i], filters=filters, mode=mode)
            tried += 1
            if not full.enumeration:
                if tried == 3:
                    break
                continue
            entries = entry_lines(full.answer)
            pages = [a for q, a in history[i + 1 :] if paging_asked(self.in_english(q)) is not None]
            shown = shown_until(pages[-1] if pages else said, entries, whole=not pages)
            result = page_answer(full, *page_range(paging, shown, len(entries)))
            assert result.page is not None
            result.question, result.answer = question, f"{result.answer}\n\n{page_footer(result.page)}"
            spent = round(time.perf_counter() - started, 4)
            result.timings = {"retrieve_s": spent, "first_token_s": spent, "total_s": spent}
            self._said[result.answer] = Said({c["n"]: c["id"] for c in result.citations}, result.covered)
            yield from result.answer.splitlines(keepends=True)
            yield result
            return
        plain = Answer(question=question, standalone=question, answer="", sources=[], backend="none", covered=False)
        yield from self.said_plainly(NO_LIST, plain, started)

    def compound(self, question: str, parts: tuple[str, ...], filters: Filters, mode: str) -> Iterator[str | Answer]:
        """A compound question ("what is GRPO and which papers improve on it?", "what is AReaL and who made it?"):
        each part answered by itself, in the order asked; a paper an earlier part cites keeps its number, a new
        one is numbered after the earlier parts' papers."""
        answers = [self.ask(part, filters=filters, mode=mode) for part in parts]
        sources: list[Source] = []
        texts: list[str] = []
        for part in answers:
            number: dict[int, int] = {}
            for s in part.sources:
                known = next((k.n for k in sources if k.hit.paper.id == s.hit.paper.id), 0)
                number[s.n] = known or len(sources) + 1
                if not known:
                    sources.append(replace(s, n=number[s.n]))
            text = renumbered(part.answer, number)
            if text not in texts:  # one sentence answering both parts ("how big is X and what was it trained on?")
                texts.append(text)
        last = answers[-1]
        result = replace(
            last,
            question=question,
            standalone=" ".join(parts),
            answer="\n\n".join(texts),
            sources=sources,
            covered=any(a.covered for a in answers),
            flags=[f for a in answers for f in a.flags],
            parsed={**last.parsed, "parts": list(parts)},
        )
        self._said[result.answer] = Said({c["n"]: c["id"] for c in result.citations}, result.covered)
        yield result.answer
        yield result

    def answer_parsed(
        self,
        parsed: Parsed,
        question: str,
        standalone: str,
        history: list[tuple[str, str]] | None,
        filters: Filters,
        mode: str,
        target: Paper | None,
        result: Answer,
        started: float,
    ) -> Iterator[str | Answer]:
        """The stream of an understood question: a shaped answer, or evidence gathered and written."""
        missing = [] if target else [i for i in ARXIV_ID_RE.findall(question) if i not in self.retriever.by_id]
        if missing or (not target and parsed.language == "other" and not any(parsed.concepts)):
            if missing:  # an arXiv id the index lacks: said as such, not answered with unrelated papers
                stats = corpus_stats(self.retriever.papers)
                text = prompt("not_indexed", self.settings.prompts_dir).format(ids=", ".join(missing), **stats).strip()
            else:
                text = prompt("not_understood", self.settings.prompts_dir).format(question=parsed.clean).strip()
            yield from self.said_plainly(text, result, started)
            return
        if not target and (kind := request_kind(self.in_english(standalone), parsed.reading)):
            pair = offcorpus.options(self.in_english(standalone)) if kind == "advice" else None
            if pair and all(self.written_df(o) >= ADVICE_OPTION_PAPERS for o in pair):
                # a choice between two things papers are on: what the papers say of each, as "compare A and B"
                yield from self.asked_as(question, f"compare {pair[0]} and {pair[1]}", None, filters, mode)
                return
            yield from self.not_papers(parsed, kind, result, started)
            return
        # "is GLM-4.5 better than GPT-4.1 on SWE-bench Verified?": the sentence setting the two against each other
        # "which is better?" after "compare DPO and PPO", asked as "is DPO better than PPO?": yes or no, no table again
        weighing = history and parsed.intent == "compare" and self.which_of_terms(self.in_english(question), history)
        # "is SnapGen bigger than 1B parameters?": the figure its summary states, weighed, before any comparison
        # ("did the Muon paper train models bigger than 10B?": of the paper the question is about, if it named one)
        figured = None if history else self.figure_yes_no(parsed.clean, result, [target] if target else [])
        weighed = (
            figured
            if figured is not None
            else self.versus_answer(parsed.clean, result)
            if not target and not history and parsed.intent in ("compare", "fact")
            else self.weighed_terms(parsed, filters, mode, result)
            if weighing and not target and len([c for c in parsed.concepts if c]) == 2
            else None
        )
        # a half-remembered description uses plain words no summary need write ("one Slavic language")
        asked_fact = (
            weighed is None
            and parsed.intent == "fact"
            and parsed.language == "en"
            and not target
            and not parsed.author
            and not descriptive(parsed.clean)
            and not self.affiliation_asked(parsed)  # "what has Alibaba published?": its papers, told by title
        )
        missing, specific = self.unnamed_words(parsed) if asked_fact else ([], [])
        unnamed = shapes.unnamed_text(missing) if missing else ""
        if missing and not specific:  # nothing else the question names singles a paper out: say so, cite none
            yield from self.said_plainly(unnamed, result, started)
            return
        shaped = (
            weighed
            if weighed is not None
            else self.naming_the_rest(missing, specific, standalone, filters, mode, result)
            if missing
            else self.about_target(parsed, target, filters, result)
            if target
            else self.shaped(parsed, standalone, filters, mode, result, follow_up=bool(history))
        )
        if shaped is not None and parsed.exists and result.parsed.get("intent") == "list":
            shaped = shapes.existence_opening(shaped, result.covered)
        if shaped is not None:
            result.timings = {"retrieve_s": round(time.perf_counter() - started, 4)}
            pieces: list[str] = []
            # A list short enough for the prompt may be written by a configured LLM from the kept papers;
            # other shapes (counts, tables, metadata) and long lists stay extractive.
            if result.intent == "list" and result.covered and 0 < len(result.sources) <= MAX_LIST:
                system, user = self.build_prompt(standalone, result.sources, result.parsed.get("answer_language", ""))
                yield from self.written(system, user, {s.n for s in result.sources}, pieces, result)
            valid, said = {s.n for s in result.sources}, []
            if pieces:  # what the model wrote is checked before the papers it left out are added after it
                said = unchecked(check_citations("".join(pieces), valid)[0], {s.hit.paper.id for s in result.sources})
                result.backend = self.backend.name
                cited = {int(n) for n in CITATION_RE.findall("".join(pieces))}
                if rest := [s.hit.paper for s in result.sources if s.n not in cited]:
                    # a list cites every match: those the model left out follow, by the numbers they were sent under
                    tail = shapes.uncited_tail(
                        len(result.sources), [s.n for s in result.sources if s.n not in cited], rest
                    )
                    pieces.append(tail)
                    yield tail
            else:
                result.backend = "extractive" if result.covered else "none"
                pieces = [shaped]
                yield from shaped.splitlines(keepends=True)
            answer, flags = check_citations("".join(pieces), valid)
            result.answer, result.flags = answer.strip(), flags + said
            result.timings.update(
                first_token_s=round(time.perf_counter() - started, 4), total_s=round(time.perf_counter() - started, 4)
            )
            yield result
            return
        without = ""
        if target:
            hits, covered, enumeration = [Hit(target, 1.0)], True, False
            groups: list[list[str]] = []
        else:
            hits, covered, enumeration, groups = self.gather(standalone, filters, mode)
            covered = covered and not self.absent_topic(parsed)
            if not covered and not enumeration and (short := self.one_short(standalone, hits, groups)):
                lead, without = short
                hits, covered = [lead, *(h for h in hits if h is not lead)], True
            if not enumeration and (things := absence.left_out(standalone)):
                texts = [f"{h.paper.title}. {h.paper.summary}" for h in hits]
                hits = [hits[i] for i in absence.first_stating_absence(texts, things, self.spelled_forms)]
        mention = (
            None if (target or enumeration or descriptive(standalone)) else self.mentioned_figure(standalone, hits)
        )
        if mention is not None:  # the papers attaching the figure to the model lead, wherever the search put them
            found = {p.id for p in mention.papers}
            hits = [*(Hit(p, 1.0) for p in mention.papers), *(h for h in hits if h.paper.id not in found)]
            hits.sort(key=lambda h: h.paper.id not in found and not mentioned.own_paper(h.paper, mention.pattern))
            covered = True
        explained = ""
        if not (target or enumeration or mention is not None):
            hits, explained = self.explaining(standalone, parsed, hits)
        record = shapes.record_id_text(hits[0].paper) if covered and hits and RECORD_FIELD_RE.search(standalone) else ""
        explained = " ".join(filter(None, [shapes.without_word_text(without), record, explained]))
        result.intent = "fact"
        sources = [Source(n, h) for n, h in enumerate(hits, 1)]
        result.sources, result.covered, result.enumeration = sources, covered, enumeration
        result.timings = {"retrieve_s": round(time.perf_counter() - started, 4)}
        if not covered:
            text = self.not_covered(
                standalone,
                hits,
                filters if asks_papers(self.in_english(question)) else None,
                self.missing_said(" ".join(parsed.topics), parsed.concepts, parsed.clean, True),
            )
            result.sources = sources[: self.settings.top_k]
            result.backend = "none"
            yield text
            result.answer = text
            result.timings.update(
                first_token_s=round(time.perf_counter() - started, 4), total_s=round(time.perf_counter() - started, 4)
            )
            yield result
            return
        pieces = []
        first = None
        system, user = self.build_prompt(standalone, sources, result.parsed.get("answer_language", ""))
        for shown in self.written(system, user, {s.n for s in sources}, pieces, result):
            first = first or time.perf_counter()
            yield shown
        by_model = bool(pieces)
        if not pieces:  # the extractive backend writes nothing: compose from the evidence
            text = (
                self.mentioned_text(mention, sources)
                if mention is not None
                else self.fact_text(standalone, sources, enumeration, groups, parsed)
            )
            text = f"{explained} {text}" if explained and text else text
            for line in text.splitlines(keepends=True):
                first = first or time.perf_counter()
                yield line
            pieces = [text]
        answer, flags = check_citations("".join(pieces), {s.n for s in sources})
        if by_model:
            flags += unchecked(answer, {s.hit.paper.id for s in sources})
        result.answer, result.flags = answer.strip(), flags
        cited = {c["n"] for c in result.citations}
        if not enumeration:
            result.sources = [s for s in sources if s.n in cited] + [s for s in sources if s.n not in cited]
        result.timings.update(
            first_token_s=round((first or time.perf_counter()) - started, 4),
            total_s=round(time.perf_counter() - started, 4),
        )
        yield result

    def written(self, system: str, user: str, valid: set[int], pieces: list[str], result: Answer) -> Iterator[str]:
        """The configured LLM's text, let out only after the citation check; on failure the fallback is
        recorded and `pieces` emptied, so the caller composes the answer extractively."""
        checked = CitationStream(valid)
        try:
            for piece in self.backend.stream(system, user):
                pieces.append(piece)
                if shown := checked.feed(piece):
                    yield shown
            if rest := checked.flush():
                yield rest
        except LLMError as err:
            note = f"{self.backend.name} failed ({err}); answered extractively"
            result.fallback = "; ".join(filter(None, [result.fallback, note]))
            result.backend = "extractive"
            if pieces:
                yield f"\n\n[{note}]\n\n"
            pieces.clear()

    # --- understanding and shaped answers ----------------------------------------------------------
    @property
    def author_names(self) -> dict[str, int]:
        if self._authors is None:
            self._authors = dict(Counter(a.lower() for p in self.retriever.papers for a in p.authors))
        return self._authors

    @property
    def latest_day(self) -> str:
        """The newest day the corpus holds: "in March" means its latest March up to then."""
        return max((p.date for p in self.retriever.papers if p.date), default="")

    @property
    def digest_days(self) -> frozenset[str]:
        """The days a digest listed papers on (a digest file can be empty)."""
        return frozenset(d for p in self.retriever.papers for d in p.dates)

    @property
    def digest_list(self) -> list[str]:
        """Every digest day of the index's span, oldest first: the days papers were listed on and the days of the
        digest files `rag ingest` reads, so a digest with an empty table counts when a question counts digests back."""
        if self._digest_list is None:
            try:
                files = {m.group(1) for f in digest_sources(self.settings) if (m := FILENAME_DATE_RE.match(f.name))}
            except DigestError:
                files = set()
            self._digest_list = sorted(d for d in files | self.digest_days if self.earliest_day <= d <= self.latest_day)
        return self._digest_list

    @property
    def earliest_day(self) -> str:
        return min((p.date for p in self.retriever.papers if p.date), default="")

    @property
    def term_scan(self) -> TermScan:
        if self._scan is None:
            self._scan = TermScan(self._lower)
        return self._scan

    @property
    def word_df(self) -> Counter:
        """Each word's document frequency over the corpus (what makes a word rare enough to tell sides apart)."""
        if self._word_df is None:
            self._word_df = contrast.doc_freq([p.text for p in self.retriever.papers])
        return self._word_df

    @property
    def stem_df(self) -> Counter:
        """Each stem's document frequency over the stemmed corpus (`docs`): how common a word of a topic is."""
        return self.retriever.stem_df

    @property
    def docs(self) -> list[str]:
        return self.retriever.stemmed

    def query_text(self, parsed: Parsed, standalone: str, latest: str) -> str:
        """What retrieval sees: the question without markup, dates and code clause, typos fixed;
        for a question in another language, only the words the corpus knows."""
        if parsed.language != "en":
            # A question naming a system ("NeuGrasp") is about it whatever words were left untranslated;
            # without a name those words may be what the corpus lacks, so they stay and can leave it uncovered.
            if parsed.untranslated and NAME_RE.search(parsed.clean):
                untranslated = set(parsed.untranslated)
                known = " ".join(w for t in parsed.topics for w in t.split() if w not in untranslated)
                return known or " ".join(parsed.topics)
            # a purpose clause ranks papers as it does in English ("… to help treat people with diabetes")
            return " ".join([*parsed.topics, parsed.purpose]).strip() or parsed.clean
        text, _ = strip_code_intent(SOTA_RE.sub(" ", slash_as_or(parsed.clean)))
        without, since, until = strip_dates(without_published(text, latest), latest)
        if not (since or until) and parsed.since:  # "papers on X 2024": ranked as "papers on X from 2024" is
            without, since, until = trailing_year(text, lambda p: self.phrase_df(p) >= YEAR_NAME_PAPERS)
        text = without if since or until else text
        for wrong, right in parsed.corrections.items():
            text = re.sub(rf"\b{re.escape(wrong)}\b", right, text, flags=re.IGNORECASE)
        return text

    def paper_by_id(self, question: str) -> Paper | None:
        """The paper whose arXiv id the question writes ("what is 2503.10622 about?"), when indexed."""
        for pid in ARXIV_ID_RE.findall(question):
            if pid in self.retriever.by_id:
                return self.retriever.by_id[pid]
        return None

    def referenced_paper(self, question: str, history: list[tuple[str, str]]) -> Paper | None:
        """The one paper a follow-up points at: "what does the first one achieve?" → the first paper the
        latest list of the chat named long enough to hold it (an answer in between that lists nothing,
        "not covered", does not hide it); "what does [3] do?" → the paper the latest answer cites as
        [3]; "who wrote it?" → the paper the previous answer cites first."""
        if not history:
            return None
        if ordinal := ordinal_of(question):
            for _, answer in reversed(history):
                titles = re.findall(r"\*\*(.+?)\*\* \((\d{4}-\d{2}-\d{2})\) \[\d+\]", answer)
                if titles and abs(ordinal) <= len(titles):
                    title, day = titles[ordinal - 1 if ordinal > 0 else ordinal]
                    return next((p for p in self.retriever.papers if p.title == title and p.date == day), None)
                if titles and entry_lines(answer):
                    return None  # the list the user saw last is shorter ("which of them have code?" → one): an
                    # older, longer list's entry is not the one meant
            # no list before it: the paper the previous answer cites in that place of its text ("more like the
            # first one" after a fact answer is its [1]; a period summary numbers its references over the whole
            # period, so its first citation may be [46])
            order = list(dict.fromkeys(int(n) for n in re.findall(r"\[(\d+)\]", history[-1][1])))
            return self.cited_as(history[-1][1], order[ordinal - 1]) if 0 < ordinal <= len(order) else None
        if m := CITED_NUMBER_RE.search(question):
            return next(filter(None, (self.cited_as(answer, int(m.group(1))) for _, answer in reversed(history))), None)
        if PAPER_PRONOUN_RE.search(question) or OTHER_WORK_RE.search(question):
            return self.cited_as(history[-1][1], 1)
        return self.named_before(question, history)

    def named_before(self, question: str, history: list[tuple[str, str]]) -> Paper | None:
        """The paper the previous question named ("what is HelloBench?") and its answer cites first, when a
        follow-up asks a detail of it by a pronoun ("which models did they evaluate?", "how does it work?")."""
        if not (ASKS_DETAIL_RE.match(question) and POINTS_AT_ONE_RE.search(question)) or NOT_ONE_RE.search(question):
            return None
        asked = self.understood(question)
        if asked.intent != "fact" or asked.has_code:  # "what are its limitations?", "does it have code?": their shapes
            return None
        previous, answer = history[-1]
        paper = self.cited_as(answer, 1)
        if paper is None or self.retriever.position[paper.id] not in self.names_in(previous):
            return None
        return paper

    def cited_as(self, answer: str, n: int) -> Paper | None:
        """The paper an answer cites as [n]: remembered for this answerer's recent answers, else read
        from the text ("**Title** (date) [n]" or "**Title** [n]")."""
        if (said := self._said.get(answer)) and (pid := said.cited.get(n)) and pid in self.retriever.by_id:
            return self.retriever.by_id[pid]
        m = re.search(rf"\*\*(.+?)\*\*(?: \((\d{{4}}-\d{{2}}-\d{{2}})\))? \[{n}\]", answer)
        if not m:
            return None
        title, day = m.group(1), m.group(2)
        return next((p for p in self.retriever.papers if p.title == title and (not day or p.date == day)), None)

    def ranked(self, indices: np.ndarray, query: str, filters: Filters, mode: str) -> list[Paper]:
        """Papers in the order the search ranks them, the rest by date."""
        hits = self.retriever.search(query, k=100, filters=filters, mode=mode) if query.strip() else []
        order = {h.paper.id: r for r, h in enumerate(hits)}
        papers = [self.retriever.papers[i] for i in indices]
        return sorted(papers, key=lambda p: (order.get(p.id, len(order)), p.date, p.id))

    def checked(self, concepts: list[list[list[str]]], loose: set[str] | None = None) -> list[list[list[str]]]:
        """Each concept with the forms that count for it on this corpus.

        An acronym twin of a phrase the question spelled out stays unless the corpus defines that
        acronym mostly as something else ("(TTS)" follows "text-to-speech" far more often than "test-time
        scaling"); an acronym inside a description ("CT scans") also matches on its own; a description
        that is no named technique also matches when its words share a sentence. The forms found
        loose (to meet the dense gate) are added to `loose`.
        """
        loose = set() if loose is None else loose
        out = []
        n = max(len(self.docs), 1)
        for alternative in self.shared_head(concepts):
            kept = []
            alternative = [[listing.size_lettered(f) for f in concept] for concept in alternative]
            units = self.split_unseen(alternative, n, loose)
            for place, concept in enumerate(units):
                if field := listing.field_of(concept):  # "medicine" is also written "medical"
                    kept.append(listing.field_forms(field))
                    continue
                head, *twins = concept
                forms = [head]
                words = head.split()
                if len(words) > 1 and not twins:  # a description, not a named technique
                    forms.append("&" + head.strip())
                    forms += [f for f in self.acronym_words(words, n) if f not in forms]
                    forms += [f for f in self.spelled_description(words) if f not in forms]
                spelled = [f" {a} " for a in self.acronyms_for(head) if f" {a} " not in twins and len(words) > 1]
                for twin in [*twins, *spelled]:
                    if len(twin) >= len(head) or self.defined_as(twin.strip(), head):
                        forms.append(twin)
                loose.update(t for t in spelled if twins)
                twins = twins or [t for t in spelled if t in forms]
                if twins:
                    forms += self.loose_forms(words, n, loose)
                elif len(words) > 1:
                    forms += [f for f in self.phrase_forms(words, loose) if f not in forms]
                forms += [f for f in self.acronym_phrases(words) if f not in forms]
                forms += [f for f in listing.word_variants(head) if len(words) > 1 and f not in forms]
                forms += [f for f in self.closed_spellings(words) if f not in forms]
                if len(words) == 1 and not twins:
                    forms += [f for f in self.open_spellings(head) if f not in forms]
                alias = [f for f in listing.aliases(words) if f not in forms]
                loose.update(alias)
                forms += alias
                forms += [f for f in self.twin_forms(words, loose) if f not in forms]
                forms += [f for f in self.kinds(forms) if f not in forms]
                made = listing.maker_forms(words, self.maker_keys, "~" + head.strip() in forms)
                forms += [f for f in made if f not in forms]
                if place + 1 < len(units) and units[place + 1][0].strip() in self.maker_keys:
                    forms += [f for f in listing.made_by_forms(words, self.maker_keys) if f not in forms]
                forms += [f for f in self.variant_forms(words, loose) if f not in forms]
                forms += [f for f in self.rare_word(words, n, loose) if f not in forms]
                forms = [f for f in forms if not (f[0] == "~" and listing.directed(f))]
                spelled_sizes = [s for f in forms for s in listing.size_spellings(f) if s not in forms]
                loose.update(s for f in forms if f in loose for s in listing.size_spellings(f))
                forms += list(dict.fromkeys(spelled_sizes))
                if place and len(words) > 1:  # a qualifier after the topic ("… in RL-trained LLMs")
                    forms += [f for f in self.context_forms(words) if f not in forms]
                    forms += [f for f in self.domain_forms(words) if f not in forms]
                elif len(alternative) > 1 and not place:  # a technique for a domain: its rarer word names it there
                    forms += [f for f in self.head_forms(words, n) if f not in forms]
                kept.append(forms)
            named = [c for c in alternative if len(c) > 1]  # a name with its acronym twin, as asked
            out.append(listing.compounds(kept, named) if len(kept) == 2 == len(named) else kept)
        return out

    def twin_forms(self, words: list[str], loose: set[str]) -> list[str]:
        """The phrase's other spellings of one thing, as sure as the phrase: its task noun's twin ("weather
        prediction" for weather forecasting, `listing.task_twins`), its language-model head's ("diffusion LLMs",
        `listing.model_twins`), and the acronyms the corpus spells out as those ("dLLM"); taken out of `loose`
        where a looser reading had them."""
        tasks, models = listing.task_twins(words), listing.model_twins(words)
        # a model's twin in order, a word between ("diffusion-based LLMs"); never as a plain phrase, which
        # `acronym_senses` would take for the concept's own expansion ("SLM" is no "small large language model")
        twins = [*tasks, *("%" + t.strip() for t in models)]
        out = [*twins, *(f" {a} " for t in [*tasks, *models] for a in self.acronyms_for(t))]
        loose.difference_update(out)
        return list(dict.fromkeys(out))

    def shared_head(self, concepts: list[list[list[str]]]) -> list[list[list[str]]]:
        """ "speech or music generation" asks for speech generation or music generation: a lone word
        before the "or" takes the words after the first of the last alternative's phrase, where papers
        write them together and they are no generic noun ("GANs or diffusion models" stays)."""
        if len(concepts) < 2 or len(concepts[-1]) != 1:
            return concepts
        tail = concepts[-1][0][0].split()[1:]
        if not tail or tail[-1] in GENERIC_STEMS:
            return concepts
        out = []
        for alternative in concepts[:-1]:
            if len(alternative) == 1 and len(alternative[0][0].split()) == 1:
                joined = f" {alternative[0][0].strip()} {' '.join(tail)} "
                if shapes.concept_hits([joined], self.docs).any():
                    alternative = [[joined]]
            out.append(alternative)
        return [*out, concepts[-1]]

    @staticmethod
    def domain_forms(words: list[str]) -> list[str]:
        """A domain asked as "speech models" or "language model" is named by its own words in a sentence
        ("speech tokenization", "a speech LLM"): the closing "model(s)" says nothing of the domain."""
        own = [w for w in words if w not in MODEL_STEMS]
        return ["+" + " ".join(own)] if own and len(own) < len(words) else []

    def head_forms(self, words: list[str], n: int) -> list[str]:
        """A two-word technique asked for a domain ("knowledge distillation for speech models") is also named
        there by its rarer word alone ("distilling multimodal representations for speech tokenization"; for
        jailbreak attacks, "jailbreak", not "attacks", which any attack writes) where a tenth of the papers
        writing that word name the whole technique: the domain keeps the word's other senses out."""
        generic = GENERIC_STEMS | shapes.GENERIC_STEMS
        if len(words) != 2 or any(w in generic for w in words) or self.hyphen_joined(words):
            return []
        count = {w: int(shapes.concept_hits([f" {w} "], self.docs).sum()) for w in words}
        word = min(words, key=lambda w: count[w])
        full = shapes.concept_hits([" " + " ".join(words) + " "], self.docs).sum()
        return [f" {word} "] if count[word] and full >= listing.RARE_WORD_NAMED * count[word] else []

    def hyphen_joined(self, words: list[str]) -> bool:
        """The papers write the two words as one hyphenated word ("self-play") more often than apart: a part of
        it alone names something else ("plug-and-play", "self-attention")."""
        key = tuple(words)
        if key not in self._joined:
            first, second = (re.escape(w) for w in words)
            joined = self.written_df_re(rf"(?<![\w-]){first}\w*-{second}", key)
            self._joined[key] = joined > self.written_df_re(rf"(?<![\w-]){first}\w*\s+{second}", key)
        return self._joined[key]

    def spelled_forms(self, thing: str) -> list[str]:
        """An acronym's expansion or a phrase's acronyms, as the corpus spells them ("sft" and "supervised
        fine tuning"), so a paper saying it does without the one is found by the other."""
        key = " ".join(re.split(r"[\s-]+", thing.lower()))
        forms = [self.expansion(key)] if " " not in key else []
        forms += [a for a, e in self.retriever.acronyms.items() if " ".join(re.split(r"[\s-]+", e.lower())) == key]
        return [f for f in forms if f]

    def expansion(self, word: str) -> str:
        """What the corpus spells an acronym out as, its plural too ("llms"); '' for a word."""
        return self.retriever.acronyms.get(word) or self.retriever.acronyms.get(word + "s") or ""

    def context_forms(self, words: list[str]) -> list[str]:
        """A qualifier's words in one sentence of the paper, each as written or spelled out ("rl" or
        "reinforcement learning"): a setting is described in the paper's words, not the question's."""
        choices = []
        for word in words:
            expansion = self.expansion(word)
            choices.append([word, *([stem_key(expansion).strip()] if expansion else [])])
        return ["+" + " ".join(pick) for pick in itertools.product(*choices)][:8]

    def kinds(self, forms: list[str]) -> list[str]:
        """Kinds of the technique (listing.KINDS: LSTM for recurrent neural networks) that some paper
        of this corpus names beside the technique itself: the corpus confirms the link."""
        kinds = listing.kinds_of(forms, self.retriever.acronyms)
        if not kinds:
            return []
        named = shapes.concept_hits(forms, self.docs)
        return [k for k in kinds if (named & shapes.concept_hits([k], self.docs)).any()]

    def spelled_out(self) -> list[tuple[str, list[str]]]:
        """Each acronym the corpus spells out, as (its stem, its expansion's stems)."""
        if self._spelled is None:
            self._spelled = []
            for acronym, expansion in self.retriever.acronyms.items():
                word = stem_key(acronym).strip()
                if " " not in word and word:
                    self._spelled.append((word, stem_key(expansion).split()))
        return self._spelled

    def acronyms_for(self, phrase_key: str) -> list[str]:
        """The acronyms the corpus spells out as this phrase, its words in any order ("SLM" for small
        language model, "AudioLLM" for audio large language model): the question may have been read
        with another one, or none. A closing "model(s)" may stand outside the acronym ("VLA" for
        vision-language-action models)."""
        shapes_of = [sorted(k.split()) for k in without_model(phrase_key)]
        return list(dict.fromkeys(a for a, e in self.spelled_out() if sorted(e) in shapes_of))

    def open_spellings(self, key: str) -> list[str]:
        """`listing.open_spellings` of a one-word topic on this corpus's stemmed papers, kept until the next
        ingest (a scan of every paper per split)."""
        if key not in self._open:
            count = lambda phrase: sum(phrase in d for d in self.docs)  # noqa: E731
            self._open[key] = listing.open_spellings(key, count, COMPOUND_MIN_DF)
        return self._open[key]

    def rival_compounds(self, concepts: list[list[list[str]]]) -> list[str]:
        """For a "model X" topic, the other compounds on X that the corpus writes at least as often ("image editing",
        "video editing" beside model editing; "KV cache compression" beside model compression): every summary
        writes "model", so a paper writing one of those and never X after a model's name does that X, not this
        one. Kept until the next ingest."""
        if len(concepts) != 1 or len(concepts[0]) != 1:
            return []
        words = concepts[0][0][0].split()
        if len(words) != 2 or words[0] not in MODEL_STEMS:
            return []
        key = "rival:" + words[1]
        if key not in self._open:
            named = int(shapes.concept_hits([f" {' '.join(words)} "], self.docs).sum())
            before = Counter(
                m for d in self.docs for m in set(re.findall(rf"(?<= )([a-z]+) {re.escape(words[1])}(?= )", d))
            )
            stop = shapes.FUNCTION_STEMS | shapes.GENERIC_STEMS | GENERIC_STEMS | MODEL_STEMS
            bar = RIVAL_LIFT * max(named, 1)
            self._open[key] = [f" {w} {words[1]} " for w, n in before.items() if n >= bar and w not in stop]
        return self._open[key]

    @property
    def model_words(self) -> list[str]:
        """ "model" and the acronyms the corpus spells out as a kind of model ("LLM", "VLM"), as stems."""
        spelled = (a for a, e in self.retriever.acronyms.items() if stem_key(e).split()[-1:] == ["model"])
        return sorted({*MODEL_STEMS, *(stem_key(a).strip() for a in spelled if a.isalnum())})

    def closed_spellings(self, words: list[str]) -> list[str]:
        """`listing.closed_spellings` of a phrase on this corpus's stemmed papers, kept until the next ingest: one
        paper writing the same words closed up is enough, as they name the same thing."""
        key = "closed:" + " ".join(words)
        if len(words) > 1 and key not in self._open:
            count = lambda phrase: sum(phrase in d for d in self.docs)  # noqa: E731
            self._open[key] = listing.closed_spellings(words, count, 1)
        return self._open.get(key, [])

    def variant_forms(self, words: list[str], loose: set[str]) -> list[str]:
        """Kinds of the technique the corpus names by an acronym: an expansion that ends with the name
        ("supervised process reward model") or keeps its first and last words around more
        ("curriculum reinforcement learning", "area under the ROC curve"). Loose: they meet the dense gate."""
        out: list[str] = []
        if len(words) < 2:
            return out
        for acronym, e in self.spelled_out():
            if len(e) <= len(words) or sorted(e) == sorted(words):
                continue
            ends = e[-len(words) :] == words
            around = e[0] == words[0] and e[-1] == words[-1] and in_order(words, e)
            if ends or around:
                out += [f" {acronym} ", " " + " ".join(e) + " "]
        out = list(dict.fromkeys(out))
        loose.update(out)
        return out

    def synonyms(self, concepts: list[list[list[str]]], seeds: list[int], loose: set[str]) -> list[str]:
        """Names the corpus itself gives the technique: its distinctive modifier before another noun,
        written by a tenth of the papers that name it in full, twenty times as often there as in the
        corpus, and by under 1% of all papers ("process supervision" for process reward models; not
        "latent space" for latent diffusion models). Loose: they meet the dense gate."""
        if len(concepts) != 1 or len(concepts[0]) != 1 or len(seeds) < listing.MIN_SEEDS:
            return []
        phrase = concepts[0][0][0].strip().split()
        if len(phrase) < 2 or phrase[0] in GENERIC_STEMS or phrase[0] in shapes.GENERIC_STEMS:
            return []
        stop = shapes.FUNCTION_STEMS | shapes.GENERIC_STEMS | GENERIC_STEMS
        pairs = listing.modifier_pairs(phrase, [self.docs[i] for i in seeds], stop)
        n = max(len(self.docs), 1)
        out = []
        for pair, count in pairs.most_common():
            if count < max(3, listing.SYNONYM_SEED_SHARE * len(seeds)):
                break
            share = shapes.concept_hits([pair], self.docs).sum() / n
            if share < listing.SYNONYM_MAX_SHARE and count / len(seeds) >= listing.SYNONYM_LIFT * share:
                out.append(pair)
        loose.update(out)
        return out

    def rare_word(self, words: list[str], n: int, loose: set[str]) -> list[str]:
        """The name's rarest distinctive word alone (" jailbreak " for jailbreak attacks, " curriculum " for
        curriculum learning, as in "Jailbreaking …", "a two-stage training curriculum"): loose, so it meets
        the dense gate's bar for single words. Not where the name's other words are generic: "merging"
        alone is token merging as often as model merging; nor where under a tenth of the papers using the
        word name the whole phrase, when enough do for the dense gate ("inverse" and "inversion" share a
        stem: 5 of its 71 papers say "inverse problem"). With fewer, the question itself judges the papers
        ("protein" for protein structure generation). Nor a prefix (`listing.PREFIX_SHARE`): "meta" alone is
        Meta-Chunking and meta-reward models as much as meta-learning."""
        share = {w: shapes.concept_hits([f" {w} "], self.docs).sum() / n for w in words if w not in GENERIC_STEMS}
        if len(words) < 2 or not share:
            return []
        word = min(share, key=lambda w: share[w])
        generic_rest = all(w in shapes.GENERIC_STEMS for w in words if w != word)
        if generic_rest or not 0 < share[word] < listing.RARE_WORD_SHARE:
            return []
        full = shapes.concept_hits([" " + " ".join(words) + " "], self.docs).sum()
        if full >= listing.MIN_SEEDS and full / n < listing.RARE_WORD_NAMED * share[word]:
            return []  # the word mostly means something else here ("inversion")
        if word == words[0] and listing.prefix_share(word, self.lower_text) >= listing.PREFIX_SHARE:
            return []  # "meta" of meta-learning is Meta-Chunking's and meta-reward models' too (not MMMU of Video-MMMU)
        loose.add(f" {word} ")
        return [f" {word} "]

    @property
    def lower_text(self) -> str:
        """The corpus's lower-cased texts as one string, for counting how words are written."""
        if self._lower_text is None:
            self._lower_text = "\n".join(self._lower)
        return self._lower_text

    def loose_forms(self, words: list[str], n: int, loose: set[str]) -> list[str]:
        generic = GENERIC_STEMS | listing.NAME_WORDS | listing.QUALIFIERS
        distinctive = [w for w in words if w not in generic]
        share = shapes.concept_hits([f" {distinctive[0]} "], self.docs).sum() / n if len(distinctive) == 1 else 0.0
        forms = listing.loose_forms(words, generic, share) + listing.acronym_inside(words, self.retriever.acronyms)
        loose.update(forms)
        return forms

    def phrase_forms(self, words: list[str], loose: set[str]) -> list[str]:
        """`listing.phrase_forms` of a name with no acronym twin, the name with a known acronym for some of
        its words ("long CoT reasoning"), and a long name without its last word where three words or more
        stay ("long chain-of-thought" for long chain-of-thought reasoning); loose, so they meet the dense gate."""
        forms = listing.phrase_forms(words, GENERIC_STEMS | listing.NAME_WORDS | listing.QUALIFIERS)
        forms += listing.acronym_inside(words, self.retriever.acronyms)
        if len(words) >= 4:
            forms += [" " + " ".join(words[:-1]) + " ", *listing.acronym_inside(words[:-1], self.retriever.acronyms)]
        forms = list(dict.fromkeys(forms))
        loose.update(forms)
        return forms

    def acronym_phrases(self, words: list[str]) -> list[str]:
        """The name with an acronym of three letters or more side by side in place of the words it stands for
        ("audio LLM", "Audio-LLMs" for large audio language models), where the corpus mostly spells the acronym
        so: the acronym says those very words, so such a paper names the thing itself, not loosely as the `%`
        form (one word between: "audio-visual LLM") does."""
        if len(words) < 2:
            return []
        acronyms = self.retriever.acronyms
        phrases = (
            " " + " ".join(named) + " "
            for acronym, named in listing.acronym_places(words, acronyms)
            if len(acronym) >= 3 and self.defined_as(acronym, stem_key(acronyms[acronym]))
        )
        return list(dict.fromkeys(phrases))

    def defined_as(self, acronym: str, phrase_key: str) -> bool:
        """Whether most papers that define `acronym` in brackets spell it as this phrase (up to inflection)."""
        defining = [i for i, text in enumerate(self._lower) if f"({acronym})" in text or f"({acronym}s)" in text]
        if not defining:
            return True
        papers = self.retriever.papers
        keys = without_model(phrase_key)
        agree = sum(not all(listing.other_meaning(papers[i].text, acronym, k) for k in keys) for i in defining)
        return agree >= 0.6 * len(defining)

    def spelled_description(self, words: list[str]) -> list[str]:
        """A description with its acronyms spelled out, its words close together: "LLM reasoning" is
        also "a large language model … featuring enhanced reasoning"."""
        spelled = []
        for word in words:
            expansion = self.expansion(word)
            spelled += stem_key(expansion).split() if expansion else [word]
        return ["&" + " ".join(spelled)] if spelled != words else []

    def acronym_words(self, words: list[str], n: int) -> list[str]:
        """A rare acronym inside a phrase (`ct` in "ct scan"), with its expansion, as forms of their own;
        where the phrase also holds words the acronym does not imply (`listing.qualifiers`: "KV cache
        eviction"), the acronym or its expansion only with those words close by ("evicts KV entries"), or
        one of the two in a paper's title and the other in its text ("EpiCache: Episodic KV Cache
        Management" … "guide eviction"; "Towards Open Reasoning Models" … "MCTS"): else every KV paper
        would be listed as one on eviction."""
        out: list[str] = []
        for word in words:
            expansion = self.expansion(word)
            if not expansion or word in GENERIC_STEMS:
                continue
            if shapes.concept_hits([f" {word} "], self.docs).sum() / n >= 0.02:
                continue
            named = shapes.concept_hits([f" {word} ", stem_key(expansion)], self.docs)
            with_word = {w: named & shapes.concept_hits([f" {w} "], self.docs) for w in words}
            company = {w: float(hits.sum() / max(named.sum(), 1)) for w, hits in with_word.items()}
            rest = listing.qualifiers(words, word, company, GENERIC_STEMS)
            if not rest:
                out += [f" {word} ", stem_key(expansion)]
            else:
                names = (word, stem_key(expansion).strip())
                out += ["&" + " ".join([name, *rest]) for name in names]
                out += [f for name in names for f in (f"^{name}|{' '.join(rest)}", f"^{' '.join(rest)}|{name}")]
        return out

    def split_unseen(self, alternative: list[list[str]], n: int, loose: set[str]) -> list[list[str]]:
        """A phrase no paper uses keeps what the corpus does use of it: a two-word name stays as it is
        (it is absent), a longer phrase its words close together, else its longest run of words that
        papers name ("action chunking transformers" → "action chunking", not "chunk"); of the words
        left over, the rare ones (under 2% of papers, or the rarest when nothing else is left) are
        required, so "superconducting" stays required and "inference" does not."""
        out: list[list[str]] = []
        for concept in alternative:
            if shapes.concept_hits(concept, self.docs).any() or len(concept[0].split()) < 2:
                out.append(concept)
                continue
            # a number is a word of the name ("4-bit training" is no "bit" alone), a stray letter is not
            words = [w for w in concept[0].split() if w not in GENERIC_STEMS and (len(w) > 1 or w.isdigit())]
            close = len(words) > 2 and shapes.concept_hits(["&" + " ".join(words)], self.docs).any()
            if len(concept[0].split()) == 2 or close:
                out.append(concept)  # a two-word name ("sign language") no paper writes is absent, not "sign"
                continue
            run = self.named_run(words)
            rest = [w for w in words if w not in run]
            share = {w: shapes.concept_hits([f" {w} "], self.docs).sum() / n for w in rest}
            rare = [w for w in rest if share[w] < 0.02] or ([] if run else sorted(rest, key=lambda w: share[w])[:1])
            out += ([[f" {' '.join(run)} "]] if run else []) + [[f" {w} "] for w in rare]
            if not run:  # no two of its words together anywhere: its words alone may mean anything
                loose.update(f" {w} " for w in rare)
        return out

    def named_run(self, words: list[str]) -> list[str]:
        """The longest run of two or more of `words`, in the question's order, that some paper names."""
        for size in range(len(words) - 1, 1, -1):
            for start in range(len(words) - size + 1):
                run = words[start : start + size]
                if shapes.concept_hits([f" {' '.join(run)} "], self.docs).any():
                    return run
        return []

    def left_out(self, parsed: Parsed, filters: Filters, kept: np.ndarray) -> tuple[np.ndarray, int]:
        """(the papers of `kept` that do not use what the question excludes, how many did): a paper saying it
        does without the thing ("training-free", "encoder-free") is no user of it and stays."""
        apart, named_so = self.excluded_apart(parsed)
        doing = self.topic_papers(apart, filters, parsed.excluded)[0] if apart else np.array([], dtype=int)
        doing = np.union1d(doing, np.array(self.excluded_too(apart, kept), dtype=int) if apart else [])
        doing = np.union1d(doing, self.writing(named_so, kept)).astype(int)
        used = [i for i in doing if not shapes.does_without(parsed.excluded_concepts, self.docs[i])]
        out = np.isin(kept, used)
        return kept[~out], int(out.sum())

    def excluded_apart(self, parsed: Parsed) -> tuple[list[list[list[str]]], list[str]]:
        """(the excluded concepts told apart from the topic by their words, the names written as the question
        writes them for the rest): "math benchmarks other than GSM8K and MATH" leaves out the papers naming
        the MATH data set, not every paper on math. An excluded thing made only of the topic's own words is
        a name only where the question capitalises it; written in lower case it cannot narrow its own topic."""
        topic = {w for a in parsed.concepts for c in a for f in c for w in f.split()}
        apart: list[list[list[str]]] = []
        named: list[str] = []
        for alternative, text in zip(parsed.excluded_concepts, parsed.excluded):
            words = {w for c in alternative for w in c[0].split()}
            if not words <= topic:
                apart.append(alternative)
                continue
            # the last time the question writes it: the topic comes first, what it leaves out after
            typed = [m.group(0) for m in shapes.phrase_re(text).finditer(parsed.clean)][-1:]
            named.extend(t for t in typed if t != t.lower())
        return apart, named

    def writing(self, names: Sequence[str], among: np.ndarray) -> list[int]:
        """Of `among`, the papers whose title or summary writes one of `names` in its own case, as a word
        ("MATH" and "MATH-500", not "math" nor "Omni-MATH")."""
        if not names:
            return []
        pattern = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in names) + r")(?!\w)")
        papers = self.retriever.papers
        return [int(i) for i in among if pattern.search(f"{papers[i].title} {shapes.own_text(papers[i].summary)}")]

    def excluded_too(self, concepts: list[list[list[str]]], among: np.ndarray) -> list[int]:
        """Of `among`, the papers on an excluded thing that a list of it would not take: those using a kind of
        it the corpus names by an acronym (`listing.kinds_by_acronym`: "… not about language models" also
        leaves out the papers on LLMs), and those whose own research question names it or a kind ("How can
        large language models be made interpretable?" is a paper about them, though a question is no use)."""
        kinds = listing.kinds_by_acronym(concepts, self.retriever.acronyms)
        alternatives = [[concept_of(k, self.retriever.acronyms)] for k in kinds]
        among = np.asarray(among, dtype=int)
        named = shapes.topic_mask(alternatives, [self.docs[i] for i in among])
        out = set(self.users(self.checked(alternatives), among[named])) if alternatives else set()
        out |= set(self.unsized(concepts, among))
        full = [f for a in [*concepts, *alternatives] for c in a for f in c if f.startswith(" ")]
        for i in among:
            asked = [
                s for s in sentences(shapes.own_text(self.retriever.papers[i].summary)) if s.rstrip().endswith("?")
            ]
            if any(shapes.form_in(f, stem_key(s)) for s in asked for f in full):
                out.add(int(i))
        return sorted(out)

    def unsized(self, concepts: list[list[list[str]]], among: np.ndarray) -> list[int]:
        """Of `among`, the papers using a large thing's unsized name: the corpus often writes "language models"
        of the LLMs it is about (MiniPLM), so "not about LLMs" leaves those out too. Another kind named by an
        acronym ("vision-language models", "small language models") is another thing and does not count."""
        heads = {f.strip()[len("larg ") :] for a in concepts for c in a for f in c if f.startswith(" larg ")}
        heads = {h for h in heads if len(h.split()) >= 2}
        if not heads:
            return []
        kinds = {stem_key(e).strip() for e in self.retriever.acronyms.values()}
        others = [k for k in kinds if any(k.endswith(f" {h}") for h in heads) and not k.startswith("larg ")]
        bare = []
        for i in among:
            doc = self.docs[i]
            for other in others:
                doc = doc.replace(f" {other} ", " ")
            if any(f" {h} " in doc for h in heads):
                bare.append(int(i))
        alternatives = [[concept_of(h, self.retriever.acronyms)] for h in sorted(heads)]
        return self.users(self.checked(alternatives), np.array(bare, dtype=int)) if bare else []

    def topic_papers(
        self, concepts: list[list[list[str]]], filters: Filters, topics: Sequence[str] = ()
    ) -> tuple[np.ndarray, np.ndarray]:
        """(papers naming the topic under the filters and using it, papers naming it under no filter);
        `topics`, the question's own words for it, say which of its words end in -ed."""
        forms: set[str] = set()
        checked = self.checked(concepts, forms)
        kept, named = self.papers_using(checked, forms, filters, topics)
        if rivals := self.rival_compounds(concepts):  # "image editing" papers are no "model editing" ones
            head = concepts[0][0][0].split()[-1]
            own = shapes.concept_hits([f" {m} {head} " for m in self.model_words], self.docs)  # "LLM compression"
            kept = np.array([i for i in kept if own[i] or not any(r in self.docs[i] for r in rivals)], dtype=int)
        kept = self.naming_agents(checked, topics, kept)
        if fields := listing.fields_of(concepts):  # "physics" is no "physical world"
            papers = self.retriever.papers
            works = lambda i, f: listing.in_field(papers[i].title, shapes.own_text(papers[i].summary), f)  # noqa: E731
            kept = np.array([i for i in kept if any(works(int(i), f) for f in fields)], dtype=int)
        return kept, named

    @property
    def maker_keys(self) -> list[str]:
        """The stem keys of the machine makers this corpus writes before "-generated" (`listing.makers`)."""
        if self._makers is None:
            fillers = {m.lower() for p in self.retriever.papers for m in MADE_BY_RE.findall(p.text)}
            self._makers = listing.makers(sorted(fillers), self.retriever.acronyms)
        return self._makers

    def naming_agents(self, concepts: list[list[list[str]]], topics: Sequence[str], kept: np.ndarray) -> np.ndarray:
        """The papers among `kept` that write each agent noun ending a concept as the question wrote it
        (`listing.agent_verb`: "adapters", not "adaptation"), or name that concept by a form without the verb's
        stem (an acronym twin: "ViT" for vision transformers). An agent noun before another noun ("recommender
        systems") is no head of its phrase: the phrase is matched as before."""
        known = lambda w: self.retriever.vocab.get(w, 0) > 0  # noqa: E731
        for word in dict.fromkeys(w for t in topics for w in re.findall(r"[A-Za-z]+", t)):
            verb = listing.agent_verb(word, known)
            cut = stem(verb) if verb else ""
            heads = [c for a in concepts for c in a if cut and c and c[0].split()[-1:] == [cut]]
            if not heads:
                continue
            twins = [f for c in heads for f in c if cut not in re.split(r"[\s|]+", f[1:] if f[0] in "&%~+^" else f)]
            pattern = listing.agent_pattern(word)
            papers = self.retriever.papers
            kept = np.array(
                [
                    i
                    for i in kept
                    if pattern.search(papers[i].text) or any(shapes.form_in(f, self.docs[i]) for f in twins)
                ],
                dtype=int,
            )
        return kept

    @property
    def own_names(self) -> dict[str, str]:
        """The one-word system names papers' titles open with ("s1: Simple test-time scaling", "Ola: …"), by
        stem: a name with a digit, or no English word ("GoT", "Wan" and "Physics" are words)."""
        if self._own_names is None:
            known = english.words()
            self._own_names = {}
            for p in self.retriever.papers:
                head = p.title.split(":")[0].strip()
                if ":" not in p.title or not re.fullmatch(r"[A-Za-z][A-Za-z0-9]*", head):
                    continue
                if re.search(r"\d", head) or not english.is_english(head.lower(), known):
                    self._own_names.setdefault(stem_key(head).strip(), head)
        return self._own_names

    def writes_name(self, pattern: re.Pattern[str], key: str, text: str) -> bool:
        """The text writes the name (`pattern`, its stem `key`), and a system's own one-word name not only as part
        of other hyphenated names (`shapes.joined_only`)."""
        if not pattern.search(text):
            return False
        name = self.own_names.get(key.strip(), "")
        return not name or not shapes.joined_only(name, text)

    def names_mask(self, concepts: list[list[list[str]]]) -> np.ndarray:
        """`shapes.topic_mask` over the corpus, where a paper writing a system's own one-word name only as part
        of other hyphenated names ("UI-S1", "Intern-S1", "S1-Bench" for s1) does not name that system."""
        named = shapes.topic_mask(concepts, self.docs)
        asked = {c[0].strip() for a in concepts for c in a if c and c[0].strip() in self.own_names}
        if not asked or not named.any():
            return named
        papers = self.retriever.papers
        out = np.zeros(len(self.docs), dtype=bool)
        for alternative in concepts:
            if not alternative:
                continue
            hit = np.ones(len(self.docs), dtype=bool)
            for concept in alternative:
                hit &= shapes.concept_hits(concept, self.docs)
                key = concept[0].strip() if concept else ""
                if key in asked:  # named by another form of the concept, the paper still names it
                    other = shapes.concept_hits([f for f in concept if key not in f.split()], self.docs)
                    name = self.own_names[key]
                    for i in np.flatnonzero(hit & ~other):
                        hit[i] = not shapes.joined_only(name, f"{papers[i].title} {papers[i].summary}")
            out |= hit
        return out

    def papers_using(
        self, concepts: list[list[list[str]]], forms: set[str], filters: Filters, topics: Sequence[str] = ()
    ) -> tuple[np.ndarray, np.ndarray]:
        """`topic_papers` for concepts already `checked`, whose loose forms are `forms`: kept per
        question, never on the shared answerer, as a server answers several questions at once. The gate's bar
        and the corpus's other names for the topic come from every paper naming it for sure, whatever the
        filters: a month's papers on X are the papers on X that month ("how many of them are from October?" says
        the month's count of the trend before it), not those passing a bar set by that month's few."""
        participles = frozenset(
            stem(w)
            for t in topics
            for w in re.findall(r"[a-z0-9]+", t.lower())
            if w.endswith("ed") or shapes.DERIVES_RE.search(w)
        )
        gerunds = shapes.gerund_stems(topics)
        named = self.names_mask(concepts)
        allowed = self.retriever.mask(filters)
        kept = self.users(concepts, np.flatnonzero(named & allowed), participles=participles, gerunds=gerunds)
        full = listing.without(concepts, forms)
        everywhere = self.sure_users(full, participles, gerunds)
        sure = {i for i in everywhere if allowed[i]}
        loose = [i for i in kept if i not in sure]
        # The technique's own names set the gate's bar; papers naming only a kind of it (an LSTM for
        # recurrent networks) are kept but would widen the bar.
        own = listing.without(full, set(listing.KIND_FORMS))
        named_own = shapes.topic_mask(own, self.docs)
        centre = sorted(i for i in everywhere if named_own[i]) if own != full else sorted(everywhere)
        synonyms = self.synonyms(concepts, centre, forms)
        found_by_corpus: set[int] = set()  # kept only by a phrase the corpus pairs with the topic
        if synonyms:
            alike = [[synonyms]]
            extra = self.users(
                alike,
                np.flatnonzero(shapes.topic_mask(alike, self.docs) & allowed & ~named),
                participles=participles,
                gerunds=gerunds,
            )
            kept += extra
            loose += extra
            # `users` judges each paper alone, so only these can fail the topic's own concepts
            own_users = self.users(concepts, np.array(extra, dtype=int), participles=participles, gerunds=gerunds)
            found_by_corpus = set(extra) - set(own_users)
        if loose:
            words = {f for f in forms if len(f.split()) == 1 and f[0] not in "%~"}
            phrased = listing.without(concepts, words)
            near = set(self.users(phrased, np.array(loose, dtype=int), participles=participles, gerunds=gerunds))
            ids = [p.id for p in self.retriever.papers]
            seeds = centre
            vectors = self.retriever.vectors_of([ids[i] for i in seeds + loose])
            have = np.array([vectors[ids[i]] for i in seeds if ids[i] in vectors])
            cand = [i for i in loose if ids[i] in vectors]
            found = np.array([vectors[ids[i]] for i in cand]).reshape(len(cand), -1)
            if len(have) >= listing.MIN_SEEDS:
                quantiles = [
                    listing.SYNONYM_GATE_QUANTILE
                    if i in found_by_corpus
                    else listing.GATE_QUANTILE
                    if i in near
                    else listing.WORD_GATE_QUANTILE
                    for i in cand
                ]
                passed = listing.gate(have.reshape(len(have), -1), found, np.array(quantiles))
            elif not len(have) and any(
                alternative and all(shapes.concept_hits(c, self.docs).any() for c in alternative)
                for alternative in full
            ):
                passed = self.close_to_question(topics, found)
            else:  # a concept no paper names for sure ("federated unlearning") is not there: its loose forms
                passed = np.zeros(len(cand), dtype=bool)  # ("federated" alone) name something else
            # a title that names the technique by a phrase of its looser names is about it ("Mathesis:
            # Towards Formal Theorem Proving" for automated theorem proving): no bar to meet; so is one naming
            # it by its rare head word alone, for a technique enough papers name in full ("LLM Unlearning …")
            titled = {i for i in near if self.titled(phrased, i)}
            if len(have) >= listing.MIN_SEEDS:
                titled |= {i for i in loose if self.titled(concepts, i, words)}
            keep = sure | titled | {i for i, ok in zip(cand, passed) if ok}
            kept = [i for i in kept if i in keep]
        return np.array(kept, dtype=int), np.flatnonzero(named)

    def sure_users(
        self, full: list[list[list[str]]], participles: frozenset[str], gerunds: frozenset[str] = frozenset()
    ) -> set[int]:
        """The papers of the whole corpus using the topic by its sure names (`users`, strict), kept by the
        answerer: they depend on the corpus alone, and a filtered question reads them whole."""
        key = (repr(full), participles, gerunds)
        if key not in self._sure:
            found = self.users(full, np.flatnonzero(self.names_mask(full)), True, participles, gerunds)
            self._sure[key] = set(found)
            while len(self._sure) > SURE_KEPT:
                self._sure.pop(next(iter(self._sure)))
        return self._sure[key]

    def words_written(self, phrase: str) -> int:
        """In how many papers a phrase's words are written in a row, a hyphen or a space between them, the last
        one also plural ("pre training": "pre-training", "pre-trained" not), kept until the next ingest."""
        if phrase not in self._written:
            words = [re.escape(w) for w in phrase.lower().split()]
            self._written[phrase] = self.written_df_re(r"(?<![\w-])" + r"[\s-]+".join(words) + r"(?:e?s)?(?![\w-])")
        return self._written[phrase]

    def respellings(self, parsed: Parsed) -> list[Parsed]:
        """The question asked with its one topic in each other spelling the papers write (`listing.respelled`:
        "pre-training" / "pretraining", "math" / "mathematical reasoning", "CLIP score" / "CLIPScore"), and with
        its acronym twin (`spelling_twin`), each read whole; a reading with another shape is left out."""
        if len(parsed.topics) != 1:
            return []
        asked = self.as_asked(parsed.topics[0], parsed)
        start, typed_as = parsed.clean.find(asked), parsed
        if start < 0:  # a compound the reading mended ("supervised finetuning" read "supervised fine-tuning")
            words = [re.escape(w) for w in re.split(r"[\s-]+", parsed.topics[0]) if w]
            found = re.search(r"(?<![\w-])" + r"[\s-]*".join(words) + r"(?![\w-])", parsed.clean, re.I)
            if not words or not found:
                return []
            asked, start = found.group(0), found.start()
            typed_as = self.understood(parsed.clean[:start] + parsed.topics[0] + parsed.clean[found.end() :])
        cased = self.cased_df
        known = lambda w: self.retriever.vocab.get(w, 0)  # noqa: E731
        flat = lambda text: re.sub(r"[\s-]+", "", stem_key(text))  # noqa: E731
        twin = self.spelling_twin(typed_as)
        out = [(twin[0], twin[1] if flat(twin[2]) == flat(asked) else twin[2])] if twin is not None else []
        typed = {w.lower() for w in re.split(r"[\s-]+", asked)}
        for form in listing.respelled(asked, self.words_written, known, ESTABLISHED_SPELLINGS):
            # a word made by joining two is written as the papers case it ("CLIPScore")
            words = [
                w
                if w.lower() in typed
                else max((c for c in cased if c.lower() == w.lower()), key=lambda c: cased[c], default=w)
                for w in form.split()
            ]
            reworded = self.understood(parsed.clean[:start] + " ".join(words) + parsed.clean[start + len(asked) :])
            if len(reworded.topics) == 1 and reworded.intent == parsed.intent:
                out.append((reworded, form))
        # the other spelling read whole as the topic: "papers on key value" reads "value" alone
        return [t for t, text in out if t.concepts != parsed.concepts and flat(t.topics[0]) == flat(text)]

    def respelled_named(self, parsed: Parsed, filters: Filters, have: set[int] | None = None) -> set[int]:
        """The papers each other spelling of the topic finds for a list (`respellings`) that write that spelling
        (`naming_as_asked`): its strict finds only. A list joined with these holds every paper it had, and those
        naming the topic another way ("RAG" / "retrieval-augmented generation"), never a looser find of the
        other spelling (its loose words, its dense neighbours). A spelling whose papers the list (`have`) holds
        already adds nothing, so its list is not made (it costs as much as the asked one)."""
        found: set[int] = set()
        for twin in self.respellings(parsed):
            naming = self.naming_as_asked(twin, filters)
            if not naming - (have or set()) - found:
                continue
            verbs = listing.verb_led(twin.english or twin.reframed or twin.clean, twin.topics)
            listed, _ = self.topic_papers(listing.for_field(self.list_concepts(twin, verbs)), filters, twin.topics)
            found |= {int(i) for i in listed} & naming
        return found

    def naming_papers(self, parsed: Parsed, filters: Filters) -> set[int]:
        """The papers under the filters naming the topic (`naming_as_asked`), joined, for a topic that is an acronym
        or its spelled-out form, with those naming its other spelling: "ViT" and "vision transformer" are one
        notion, and every intent counting the papers naming a term says one number for either spelling. For an
        acronym the corpus spells out several ways ("TTS": test-time scaling, text-to-speech) only the papers
        spelling it out as the asked words join them: a paper writing only "TTS" does not show which it means. An
        expansion fewer than ESTABLISHED_SPELLINGS papers write joins nothing: each spelling counts as asked."""
        found = self.naming_as_asked(parsed, filters)
        twin = self.spelling_twin(parsed)
        if twin is None:
            return found
        other, expansion, acronym = twin
        key = f" {stem_key(expansion).strip()} "
        if sum(shapes.form_in(key, doc) for doc in self.docs) < ESTABLISHED_SPELLINGS:
            return found  # one paper's own name for something: another paper's "PPE" or "CS-2" is another thing
        joined = found | self.naming_as_asked(other, filters)
        if self.retriever.acronym_rivals.get(acronym.lower()):
            return {i for i in joined if shapes.form_in(key, self.docs[i])}
        papers = self.retriever.papers
        kept = {p.id for p in self.in_sense_of([papers[i] for i in joined], acronym, expansion, variants=True)}
        # "Spatial Feature Transform (SFT)" is no supervised fine-tuning, whichever spelling found it
        forms = {acronym, f"{acronym}s"}  # "Diversity-driven Long-term Memory (DLM)" is no DLMs either
        return {
            i
            for i in joined
            if papers[i].id in kept and not any(self.spelled_otherwise(i, f, expansion) for f in forms)
        }

    def meanings_answer(self, parsed: Parsed, filters: Filters, result: Answer) -> str | None:
        """ "how many papers mention TTS?", an acronym the corpus spells out several ways: each meaning with the
        papers naming it (the question asked again in its words, `naming_papers`) and the first of them, and how many
        write the acronym without saying which; one number over all would add up different things. None for an
        acronym with one meaning, or a question on anything else."""
        if len(parsed.topics) != 1:
            return None
        asked = self.as_asked(parsed.topics[0], parsed)
        rivals = self.retriever.acronym_rivals.get(asked.lower())
        start = parsed.clean.find(asked)
        if not rivals or start < 0:
            return None
        bare = self.naming_as_asked(parsed, filters)
        said: list[str] = []
        sources: list[Source] = []
        meant: set[int] = set()
        for meaning in [self.written_form(e) for e in [self.retriever.acronyms[asked.lower()], *rivals]]:
            reworded = self.understood(parsed.clean[:start] + meaning + parsed.clean[start + len(asked) :])
            found = sorted(self.naming_papers(reworded, filters)) if len(reworded.topics) == 1 else []
            if not found:
                continue
            meant |= set(found)
            first = min((self.retriever.papers[i] for i in found), key=lambda p: (p.date, p.id))
            sources.append(Source(len(sources) + 1, Hit(first, 0.0)))
            n = len(found)
            said.append(
                f"{meaning}, named by {n} paper{'s' if n != 1 else ''} (the first: {first.title} [{len(sources)}])"
            )
        if len(said) < 2:
            return None
        result.sources = sources
        unsaid = len(bare - meant)
        rest = (
            f" {unsaid} other paper{'s write' if unsaid != 1 else ' writes'} {asked} without spelling it out."
            if unsaid
            else ""
        )
        return (
            f"{asked} stands for more than one thing in the digests: {'; '.join(said)}.{rest} "
            f"Ask for one meaning to see its papers by month."
        )

    def written_form(self, expansion: str) -> str:
        """An acronym's mined expansion as the papers most often write it, hyphens kept ("text-to-speech" for
        "text to speech": read with spaces, its linking word would fall out of the question)."""
        pattern = re.compile(r"(?<![\w-])" + r"[\s-]".join(re.escape(w) for w in expansion.split()) + r"(?![\w-])")
        written = Counter(m.group(0) for t in self._lower for m in pattern.finditer(t))
        return written.most_common(1)[0][0] if written else expansion

    def spelling_twin(self, parsed: Parsed) -> tuple[Parsed, str, str] | None:
        """The question asked with its one topic's other spelling (the acronym for its expansion, the expansion for
        an acronym with one sense in the corpus), with that expansion and acronym; None where the topic has no
        other spelling or the question read so has another shape. Both spellings' papers are then kept only where
        they write the acronym as the papers spelling it out do (`in_sense_of`: GLM-4 is no generalized linear
        model, AGI no AI-generated image), the same filter whichever spelling was asked."""
        if len(parsed.topics) != 1:
            return None
        asked = self.as_asked(parsed.topics[0], parsed)
        acronyms = self.retriever.acronyms
        if asked.lower() in acronyms:
            if self.retriever.acronym_rivals.get(asked.lower()):
                return None
            expansion, acronym = acronyms[asked.lower()], asked
            flat = stem_key(expansion).replace(" ", "")
            single = asked.lower()[:-1]
            if asked.lower().endswith("s") and stem_key(acronyms.get(single, "")).replace(" ", "") == flat:
                acronym = asked[:-1]  # "DLMS" is judged as "DLM", the way "diffusion language models" pairs with it
            other = expansion
        else:
            flat = stem_key(asked).replace(" ", "")
            if not flat or " " not in asked.strip().replace("-", " "):
                return None
            found = [a for a, e in acronyms.items() if stem_key(e).replace(" ", "") == flat and len(a) >= 2]
            if not found:
                return None
            singular = min(found, key=lambda a: (a.endswith("s"), len(a), a))  # "vit", not its plural "vits"
            expansion, other = acronyms[singular], self.acronym_written(singular)
            acronym = other
        start = parsed.clean.find(asked)
        if start < 0 or not other or not self.defined_as(acronym.lower(), stem_key(expansion).strip()):
            return None  # most papers defining "FM" mean foundation models: "Copernicus-FM" is no flow matching
        twin = self.understood(parsed.clean[:start] + other + parsed.clean[start + len(asked) :])
        if len(twin.topics) != 1 or twin.intent != parsed.intent:
            return None
        return twin, expansion, acronym

    def acronym_written(self, acronym: str) -> str:
        """How the corpus most often writes an acronym it defines in brackets ("ViT" for vit)."""
        if self._acronym_cases is None:
            written: Counter[str] = Counter(
                m.group(1) for p in self.retriever.papers for m in ACRONYM_DEFINED_RE.finditer(p.text)
            )
            cases: dict[str, str] = {}
            for form, _ in written.most_common():
                cases.setdefault(form.lower(), form)
            self._acronym_cases = cases
        return self._acronym_cases.get(acronym.lower(), "")

    def naming_as_asked(self, parsed: Parsed, filters: Filters) -> set[int]:
        """The papers under the filters whose title or summary writes a name of the topic as asked: its words in any
        inflection, hyphen or space, or its acronym or expansion (what "how many papers mention X?" counts, whether
        or not they use it). Forms the corpus lends it (a longer name, a loose word) are no name of it, nor an
        acronym the corpus mostly spells out as something else ("IF", "FM"); a concept left with no form of the
        question's own keeps its plain forms. A name is found as written, with its spellings (`name_written`)."""
        allowed = self.retriever.mask(filters)
        sides = list(zip(parsed.topics, parsed.concepts)) if len(parsed.topics) == len(parsed.concepts) else []
        names = [(topic, a, p) for topic, a in sides if len(a) == 1 and (p := self.name_written(topic, parsed))]
        out: set[int] = set()
        for topic, alternative, pattern in names:  # a name as written, or an acronym twin ("Llama3.1", "LoRA")
            own = stem_key(self.as_asked(topic, parsed))
            twins = [f for c in alternative for f in c if f != own]
            papers, docs = self.retriever.papers, self.docs
            out |= {
                int(i)
                for i in np.flatnonzero(allowed)
                if self.writes_name(pattern, own, papers[i].text) or any(shapes.form_in(t, docs[i]) for t in twins)
            }
        done = [a for _, a, _ in names]
        rest = [a for a in parsed.concepts if a not in done]
        if rest:
            loose: set[str] = set()
            sure = listing.without(self.checked(rest, loose), loose)
            asked = {f for a in rest for c in a for f in c}
            own_forms = [[[f for f in c if f in asked] or [f for f in c if f[:1] == " "] for c in a] for a in sure]
            out |= {int(i) for i in np.flatnonzero(shapes.topic_mask(own_forms, self.docs) & allowed)}
        return self.in_asked_sense(out, parsed)

    def in_asked_sense(self, found: set[int], parsed: Parsed) -> set[int]:
        """Of the papers naming a one-topic question's topic, those naming it in the asked sense, the count a
        definition states too: asked by its acronym, not the papers spelling that acronym out only as
        something else ("Group Robust Preference Optimization (GRPO)"); asked in words, a paper writing only
        the acronym twin writes it as the papers spelling the words out do ("MOD-X" and "(mod P)" are no
        mixture-of-depths, "GLM-4" no generalized linear model)."""
        if len(parsed.topics) != 1:
            return found
        asked = self.as_asked(parsed.topics[0], parsed)
        acronyms = self.retriever.acronyms
        if asked.lower() in acronyms:
            return {i for i in found if not self.spelled_otherwise(i, asked)}
        flat = stem_key(asked).replace(" ", "")
        twins = [a for a, e in acronyms.items() if stem_key(e).replace(" ", "") == flat]
        if not twins:
            return found
        papers = self.retriever.papers
        kept = {p.id for p in self.in_sense_of([papers[i] for i in found], twins[0].upper(), asked)}
        return {i for i in found if papers[i].id in kept}

    def spelled_otherwise(self, i: int, acronym: str, expansion: str = "") -> bool:
        """The paper spells the acronym out only as something else ("Group Robust Preference Optimization
        (GRPO)"): there it names another thing, which the definition lists as another meaning, not among the
        papers naming the asked one (`expansion`, the corpus's own by default)."""
        expansion = expansion or self.retriever.acronyms[acronym.lower()]
        meanings = shapes.spelled_out(acronym, [self.retriever.papers[i]])
        key = stem_key(expansion).strip()
        if not meanings or any(stem_key(e).strip() == key for e in meanings):
            return False
        return not shapes.form_in(f" {key} ", self.docs[i])

    def close_to_question(self, topics: Sequence[str], vectors: np.ndarray) -> np.ndarray:
        """With no paper naming the whole topic for sure (though each of its concepts is named somewhere),
        the question's own words describe it: a candidate passes where its dense similarity to them
        reaches the bar under which a question is not covered. One to three such papers stay the
        answer on their own: a short name ("chain-of-draft") lies close to too much by itself."""
        if not topics or not len(vectors):
            return np.zeros(len(vectors), dtype=bool)
        query = self.retriever.embedder.embed_query(" ".join(topics))
        unit = vectors / np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-12)
        return np.asarray(unit @ query >= self.settings.min_score, dtype=bool)

    def titled(self, concepts: list[list[list[str]]], i: int, heads: set[str] | frozenset[str] = frozenset()) -> bool:
        """Whether the paper's title names every concept of some alternative by a phrase of two words or
        more, side by side, that ends with the name's head ("formal theorem proving"; not "unified
        multimodal framework" nor "small, open language models"), or by the head alone where that is one
        of `heads`, the name's rare words that stand for it ("LLM Unlearning Should Be Form-Independent"
        for machine unlearning: a title says what the paper is about)."""
        title = self.docs[i].split(shapes.SENTENCE_MARK)[0]
        paper_title = self.retriever.papers[i].title

        def names(concept: list[str]) -> bool:
            if not concept:  # its one-word forms dropped: no phrase left to name it
                return False
            head = concept[0].lstrip("%~&").split()[-1:]
            for form in concept:
                words = form.lstrip("%~&").split()
                if words == head and form in heads and form in title and not capitals_only(paper_title, words[0]):
                    return True
                if len(words) < 2 or words[-1:] != head or form[0] == "&":
                    continue
                if shapes.form_in(form if form[0] == "~" else " " + " ".join(words) + " ", title):
                    return True
            return False

        return any(a and all(names(c) for c in a) for a in concepts)

    def named_senses(self, concepts: list[list[list[str]]], i: int, strict: bool) -> list[list[list[str]]]:
        """The alternatives this paper names in the question's sense: an acronym the paper spells out as
        something else (SoT for single object tracking) is no form of the concept; `strict`, nor one
        only inside a compound name."""
        senses = listing.acronym_senses(
            concepts,
            self.retriever.acronyms,
            self.retriever.papers[i].text,
            strict,
            self.retriever.acronym_rivals,
            self.docs[i],
            self.ordinary_word,
        )
        return [a for a in senses if a and all(any(shapes.form_in(f, self.docs[i]) for f in c) for c in a)]

    def ordinary_word(self, letters: str) -> bool:
        """Whether the corpus writes an acronym's letters as an ordinary word (no two capitals, no digit) in
        ORDINARY_PAPERS papers or more ("same", "mode", "art"): there a paper writing them so means the word. A
        rare one ("reflow", rectified flow's step) is the name however it is written."""
        if self._as_words is None:
            self._as_words = Counter(
                w.lower()
                for p in self.retriever.papers
                for w in set(re.findall(r"(?<![\w-])[A-Za-z]+(?![\w])", p.text))
                if sum(c.isupper() for c in w) < 2
            )
        word = letters.lower()
        return self._as_words[word] + self._as_words[word + "s"] >= ORDINARY_PAPERS

    def naming(self, concepts: list[list[list[str]]], indices: np.ndarray) -> list[int]:
        """Of these papers, those that name the concepts in the question's sense."""
        return [int(i) for i in indices if self.named_senses(concepts, i, True)]

    def users(
        self,
        concepts: list[list[list[str]]],
        indices: np.ndarray,
        strict: bool = False,
        participles: frozenset[str] = frozenset(),
        gerunds: frozenset[str] = frozenset(),
    ) -> list[int]:
        """Of these papers, those whose text uses every concept of some alternative (not only names it);
        `strict`: an acronym counts only where it stands as a word of its own."""
        kept = []
        for i in indices:
            paper, doc = self.retriever.papers[i], self.docs[i]
            # A qualifier named in a sentence (`+` forms) sets the scene; the topic itself must be used.
            if any(
                all(shapes.uses_topic(paper, c, participles, gerunds) or shapes.in_context(c, doc) for c in a)
                for a in self.named_senses(concepts, i, strict)
            ):
                kept.append(int(i))
        return kept

    def about_target(self, parsed: Parsed, target: Paper, filters: Filters, result: Answer) -> str | None:
        """ "who wrote the second one?": the authors of the paper a follow-up points at; "what else did
        they write?", their other papers; "any similar papers?", the papers nearest it; "when was it
        published?", its day; other questions about it go down the general path with that paper as
        their only evidence."""
        if yesno.code_question(parsed.clean, target.title):  # "does it have code?", "where is the code for X?"
            result.sources, result.intent = [Source(1, Hit(target, 1.0))], "fact"
            return yesno.code_text(1, target, parsed.clean)
        link = LINK_ASK_RE.match(parsed.clean)
        typed = bare_topic(parsed.clean) and self.paper_typed(parsed.clean) is target
        if OVERVIEW_RE.match(parsed.clean) or ABOUT_RE.match(parsed.clean) or link or typed:
            result.sources, result.intent = [Source(1, Hit(target, 1.0))], "overview"
            code = bool(link and re.search(r"\b(?:code|github|repo(?:sitory)?)\b", parsed.clean, re.I))
            return shapes.overview_text(1, target, code_asked=code)
        if OTHER_WORK_RE.search(parsed.clean):
            return self.same_authors(target, result)
        if SIMILAR_RE.search(parsed.clean) or SIMILAR_LIKE_RE.search(parsed.clean):
            return self.similar_papers(target, filters, result)
        if parsed.intent == "when":
            return self.when_of(target, result)
        return Answerer.authors_of(target, result) if parsed.intent == "authors" else None

    def named_org(self, question: str) -> tuple[re.Match | None, int]:
        """Where the question names an organisation's papers ("papers by Meta"), and which group holds it; an
        organisation the digests list as an author ("NVIDIA") is none."""
        return affiliation.named_org(question, self.author_names, self.retriever.vocab, self.phrase_df)

    def without_org(self, question: str) -> tuple[str, str]:
        """("papers on video generation", "Meta") for "papers by Meta on video generation": the digests record
        no affiliations, so the topic is answered from any lab and the answer says so. A question that asks
        nothing but the organisation's papers is left whole (`affiliation_asked` answers it)."""
        rest, org, topical = self.org_apart(question)
        return (rest, org) if org and topical else (question, "")

    def affiliation_asked(self, parsed: Parsed) -> str:
        """The organisation a question asks the papers of, when it asks nothing else ("papers from
        Microsoft Research"); an organisation the digests list as an author ("NVIDIA") is answered as one."""
        _, org, topical = self.org_apart(parsed.clean)
        if org:
            return "" if topical else org
        m, group = affiliation.named_lab(parsed.clean)  # a lab known by its models' name ("the Qwen team")
        if m is None or any(self.understood(affiliation.without_org(parsed.clean, m, group)).concepts):
            return ""
        return str(m.group(group))

    def lab_papers(self, org: str, filters: Filters, result: Answer) -> str:
        """The papers a lab presents, told by what the digests hold since they record no affiliations: its
        models' own reports by title, summaries saying the lab presents the work, the lab listed as an
        author; the caveat alone when none is."""
        known = affiliation.lab_of(org)
        lab, families = known if known else (org, ())
        mask = self.retriever.mask(filters)
        papers = [p for i, p in enumerate(self.retriever.papers) if mask[i] and self.lab_paper(p, lab, families)]
        if not papers:
            result.covered, result.backend = False, "none"
            return shapes.no_affiliations(org)
        result.enumeration, result.intent = True, "list"
        result.sources = [Source(n, Hit(p, 0.0)) for n, p in enumerate(papers, 1)]
        lines = [shapes.lab_head(lab, families, len(papers))]
        lines += [shapes.bullet(n, p, first_sentence(p)) for n, p in enumerate(papers, 1)]
        return "\n".join(lines)

    @staticmethod
    def lab_paper(paper: Paper, lab: str, families: tuple[str, ...]) -> bool:
        """A lab's paper as far as the digests tell it: its own model's report by title, a summary saying the lab
        presents the work, or the lab listed as an author."""
        return (
            affiliation.own_report(paper.title, lab, families)
            or affiliation.family_presented(paper.title, paper.summary, families)
            or affiliation.introduced_by(paper.summary, lab)
            or lab.lower() in (a.lower() for a in paper.authors)
        )

    def listed_lab(self, question: str) -> tuple[str, str]:
        """("which papers on GRPO?", "NVIDIA") for "which papers on GRPO come from NVIDIA?": a lab the digests list as
        an author, asked beside a topic; ("", "") otherwise."""
        m, group = affiliation.listed_lab(question, self.author_names)
        if m is None:
            return "", ""
        rest = affiliation.without_org(question, m, group)
        return (rest, str(m.group(group))) if any(self.understood(rest).concepts) else ("", "")

    def lab_among(
        self, question: str, rest: str, org: str, filters: Filters, mode: str, started: float
    ) -> Iterator[str | Answer]:
        """A topic's papers from a lab the digests list as an author: the topic's list asked alone, then those of
        it the digests tell as the lab's (`lab_paper`); where none is, said so with nothing cited, as the
        digests record no affiliations."""
        lab, families = affiliation.lab_of(org) or (org, ())
        listed = self.ask(rest, filters=filters, mode=mode)
        ids = {c["id"] for c in listed.citations}
        papers = [p for p in self.retriever.papers if p.id in ids and self.lab_paper(p, lab, families)]
        numbered = list(enumerate(papers, 1))
        if numbered:
            head = shapes.lab_among_head(lab, families, len(papers), len(ids))
            text = "\n".join([head, *(shapes.bullet(n, p, first_sentence(p)) for n, p in numbered)])
        else:
            text = shapes.none_of_lab(lab, len(ids))
        yield from self.papers_said(question, text, numbered, "list", f"{rest.rstrip('?. ')} from {lab}?", started)

    def org_apart(self, text: str) -> tuple[str, str, bool]:
        """(the text without the organisation it names, that organisation, whether a topic is left):
        "papers by Meta on video generation" → ("papers on video generation", "Meta", True); no
        organisation named → (text, "", False)."""
        m, group = self.named_org(text)
        if m is None:
            return text, "", False
        rest = affiliation.without_org(text, m, group)
        left = self.understood(rest)
        return rest, m.group(group), any(left.concepts)

    def similar_target(self, question: str, history: list[tuple[str, str]]) -> Paper | None:
        """The paper a "similar papers" question is about: the one it names ("papers similar to
        ZeroSearch", "… to 2505.04588"), else in a chat the one it points at ("… like the second one")
        or the previous answer's first citation ("any similar papers?"). A topic ("papers related to
        robotics") names no paper, and goes down the usual path."""
        m = SIMILAR_RE.search(question)
        if not m:
            like = SIMILAR_LIKE_RE.search(question)
            return self.one_paper_named(like.group("what")) if like else None
        if to := SIMILAR_TO_RE.match(question[m.end() :]):
            what = to.group("what")
            if paper := self.one_paper_named(what):
                return paper
            if not re.fullmatch(r"(?:it|this|that|th[oe]se?)(?:\s+(?:paper|one|work))?|the\s+\w+\s+one", what, re.I):
                return None
        if not history:
            return None
        if ordinal_of(question) or CITED_NUMBER_RE.search(question):
            return self.referenced_paper(question, history)
        return self.cited_as(history[-1][1], 1)

    def overview_target(self, question: str, history: list[tuple[str, str]]) -> Paper | None:
        """The paper "summarize X" or "the code for X" asks about, when X names one paper whole; in a chat,
        "summarize it" is the paper the previous answer cites first."""
        if subject := code_subject(question):  # "does DeepSeek-R1 have code?", "does it have code?"
            if history and POINTS_AT_IT_RE.fullmatch(subject):
                return self.cited_as(history[-1][1], 1)
            return self.one_paper_named(re.sub(r"^(?:the|a|an)\s+", "", subject, flags=re.I))
        asks = OVERVIEW_RE.match(question) or ABOUT_RE.match(question) or LINK_ASK_RE.match(question)
        if not asks and bare_topic(question):
            return self.paper_typed(question)  # "ChemAgent", "Block Diffusion": that paper as a whole
        m = asks
        if m and history and re.fullmatch(r"(?:it|this|that)(?:\s+(?:paper|one|work))?", m["what"].strip(), re.I):
            return self.cited_as(history[-1][1], 1)
        if not m or re.search(r"\b(?:papers|works|studies|articles|research|ones|them|those|these)\b", m["what"], re.I):
            return None  # "summarize the papers on DeepSeek-R1" asks about a topic
        return self.one_paper_named(m.group("what"))

    def paper_typed(self, question: str) -> Paper | None:
        """The one paper a question typed as a bare name is: the whole question is its system name ("ChemAgent",
        any case) or its title or the part before the colon as the title writes it ("Block Diffusion", not
        "block diffusion", a topic; not "latest work about GUI agents" for "GUI Agents: A Survey")."""
        what = question.strip(" ?!.")
        paper = self.one_paper_named(what)
        if paper is None:
            return None
        short = shapes.REPORT_NAME_END_RE.sub("", paper.title.split(":")[0].strip())
        forms = {short, SIZE_END_RE.sub("", short).strip(), paper.title}
        if self.named_by(what):
            return paper if what.lower() in {f.lower() for f in forms} else None
        return paper if what in forms else None

    def one_paper_named(self, what: str) -> Paper | None:
        """The one paper `what` names: its arXiv id, its system name, or its title (or the part before
        the colon) written out in plain words ("Block Diffusion"); None when it names none or several."""
        if paper := self.paper_by_id(what):
            return paper
        key = title_key(what)
        full, short = self.title_keys
        # the whole of `what` is the name: "papers like DeepSeek-R1 for code" is not about DeepSeek-R1 alone
        names = ((i, self.retriever.papers[i].title.split(":")[0]) for i in self.named_by(what))
        named = [i for i, name in names if key in (title_key(name), title_key(SIZE_END_RE.sub("", name)))]
        named = named or [i for i, keys in enumerate(zip(full, short)) if key and key in keys]
        return self.retriever.papers[named[0]] if len(set(named)) == 1 else None

    def similar_papers(self, target: Paper, filters: Filters, result: Answer) -> str:
        """The papers nearest one paper by what their summaries say (their stored vectors)."""
        near = [h for h in self.retriever.neighbours(target, SIMILAR_SHOWN, filters) if (h.dense or 0) >= SIMILAR_MIN]
        result.sources = [Source(n, h) for n, h in enumerate(near, 1)]
        result.intent, result.enumeration = "list", True
        numbered = [(s.n, s.hit.paper, first_sentence(s.hit.paper)) for s in result.sources]
        return shapes.similar_text(target, numbered, self.filter_phrase(filters))

    def same_authors(self, target: Paper, result: Answer) -> str:
        """The other papers of the digests sharing an author with `target`, newest first."""
        names = {bibtex.fold(a) for a in target.authors}
        others = [p for p in self.retriever.papers if p.id != target.id and names & {bibtex.fold(a) for a in p.authors}]
        others.sort(key=lambda p: (p.date, p.id), reverse=True)
        result.sources = [Source(n, Hit(p, 0.0)) for n, p in enumerate(others, 1)]
        result.enumeration = True
        numbered = [(n, p, ", ".join(a for a in p.authors if bibtex.fold(a) in names)) for n, p in enumerate(others, 1)]
        return shapes.same_authors_text(target, numbered)

    @staticmethod
    def when_of(paper: Paper, result: Answer) -> str:
        """The day the paper reached the digests, the paper its one source."""
        result.sources = [Source(1, Hit(paper, 1.0))]
        return shapes.when_text(1, paper)

    @staticmethod
    def authors_of(paper: Paper, result: Answer) -> str:
        """The paper's authors as the digest lists them, the paper its one source."""
        result.sources = [Source(1, Hit(paper, 1.0))]
        return shapes.authors_text(1, paper)

    def shaped(
        self, parsed: Parsed, query: str, filters: Filters, mode: str, result: Answer, follow_up: bool = False
    ) -> str | None:
        """The answer text for intents with a shape of their own; None sends the question down the
        general path (facts, and whatever a shape cannot answer)."""
        intent = parsed.intent
        has_topic = any(parsed.concepts)
        if parsed.author:
            return self.author_list(parsed, filters, result)
        if intent == "aggregate":
            return self.aggregate_answer(parsed, filters, result)
        if org := self.affiliation_asked(parsed):  # before any shape: "what are Tsinghua researchers working on?"
            return self.lab_papers(org, filters, result)
        if intent == "trend" and parsed.trending:
            return self.trending_answer(filters, result)
        if intent == "corpus" or (intent == "trend" and not parsed.topics):
            return self.corpus_answer(parsed, filters, result)
        if intent in ("fact", "list") and not has_topic and not filters and parsed.audience:
            # "which papers are relevant for AI practitioners?": the audience picks out no paper, said so
            result.covered, result.backend = False, "none"
            told = sum(bool(shapes.PRACTITIONERS_RE.search(p.summary)) for p in self.retriever.papers)
            return shapes.audience_text(parsed.audience, told, len(self.retriever.papers))
        if intent == "list" and not has_topic and not filters and not parsed.excluded and not follow_up:
            # "list every paper": the digests themselves, then what narrows them
            return self.corpus_answer(parsed, filters, result) + shapes.NARROW_HINT
        if intent in ("fact", "list") and not has_topic and filters and not self.retriever.mask(filters).any():
            # "which papers from October 2025 have code?": nothing passes the filters, and each one's count says why
            result.covered, result.backend = False, "none"
            text = shapes.no_paper_passes(self.filter_phrase(filters), self.each_filter(filters))
            return text + (" " + self.categories_note() if filters.category else "")
        if intent == "list" and not has_topic and filters.since and filters.since == filters.until:
            return self.period_list(parsed, filters, result)
        if intent in ("fact", "list") and not has_topic and filters.category:
            return self.category_list(parsed, filters, result)
        if self.period_asked(parsed, filters) and not follow_up:
            return self.period_list(parsed, filters, result)
        if intent in ("fact", "list") and (decided := self.named_yes_no(parsed, result)) is not None:
            return decided
        if intent in ("list", "trend") and not has_topic:
            return None
        if intent == "authors":
            return self.authors_answer(parsed, query, filters, mode, result)
        if intent == "when":
            return self.when_answer(parsed, query, filters, mode, result)
        # an acronym the corpus spells out is asked whole, however common its words ("what is an LLM?")
        if intent == "definition" and (has_topic or parsed.term.lower() in self.retriever.acronyms):
            return self.definition_answer(parsed, filters, mode, result)
        if intent == "compare" and len([c for c in parsed.concepts if c]) == 2:
            return self.compare_answer(parsed, filters, mode, result)
        if intent == "summary" and (has_topic or filters.since or filters.until or not parsed.topics):
            return self.summary_answer(parsed, query, filters, mode, result)
        if intent in ("fact", "list") and CITED_MOST_RE.search(parsed.clean):
            result.covered, result.backend = False, "none"
            return shapes.NO_CITATION_COUNTS
        if intent in ("fact", "list") and RANKED_BY_IMPACT_RE.search(parsed.clean):
            result.covered, result.backend = False, "none"
            topic = re.sub(IMPACT_WORDS, "", " ".join(parsed.topics), flags=re.I)
            return shapes.no_importance(" ".join(topic.split()))
        if intent == "limitations" and has_topic:
            return self.limitations_answer(parsed, query, filters, mode, result)
        # a description ("which paper proposes a method that …?") is answered as any description of a paper is
        if (
            intent == "fact"
            and (origin := shapes.ORIGIN_RE.match(parsed.clean))
            and not shapes.described(origin["name"])
        ):
            return self.origin_answer(origin["name"], parsed, filters, result)
        if intent == "fact":
            return self.absent_paper(parsed, filters, result)
        if intent not in ("list", "trend"):
            return None
        if intent == "trend" and parsed.versus and len(parsed.concepts) == 2:
            return self.trend_series(parsed, query, filters, mode, result)
        verbs = listing.verb_led(parsed.english or parsed.reframed or parsed.clean, parsed.topics)
        concepts = listing.for_field(self.list_concepts(parsed, verbs))
        kind = paper_kinds.asked(parsed.english or parsed.clean, concepts) if intent == "list" else ""
        if kind:  # "which papers propose benchmarks for X?": the papers that make one, on X
            return self.kind_list(kind, parsed, query, filters, mode, result)
        kept, named = self.topic_papers(concepts, filters, parsed.topics)
        if intent == "list" and (ending := paper_kinds.kind_ending(concepts, parsed.english or parsed.clean))[0]:
            kept = np.union1d(kept, self.kind_ending_papers(*ending, parsed, filters)).astype(int)
        if concepts != parsed.concepts:  # what the phrase as read finds stays ("prune the KV cache")
            done = [int(i) for i in kept if self.does_itself(concepts, verbs, int(i))]
            as_read, _ = self.topic_papers(parsed.concepts, filters, parsed.topics)
            kept = np.array(sorted({*done, *map(int, as_read)}), dtype=int)
        if intent == "list":  # "RAG" and "retrieval-augmented generation": each list holds the other's named papers
            have = {int(i) for i in kept}
            kept = np.array(sorted(have | self.respelled_named(parsed, filters, have)), dtype=int)
        topic = " or ".join(parsed.topics)
        if verbs and not any(c[0].split()[:1] == [v] for v in verbs for a in concepts for c in a):
            topic = " or ".join(listing.without_verb(parsed.topics, verbs))
            verbs = set()
        result.enumeration = intent == "list"
        left_out, excluded = 0, " or ".join(parsed.excluded)
        if parsed.excluded_concepts and len(kept):
            kept, left_out = self.left_out(parsed, filters, kept)
            if not len(kept):
                return shapes.all_left_out_text(topic, left_out, excluded, self.filter_phrase(filters))
            topic = f"{topic} without {excluded}" if intent == "trend" else topic
        aimed = self.on_purpose(parsed.purpose_phrases)
        if aimed is not None and len(kept) and not aimed.any():  # no paper at all names what it is for
            result.covered, result.backend = False, "none"
            wanted = " or ".join(" and ".join(a) for a in parsed.purpose_phrases)
            return shapes.no_purpose_text(topic, parsed.purpose, wanted, len(kept), self.filter_phrase(filters))
        if aimed is not None and len(kept) > PURPOSE_NARROWS and aimed[kept].any():
            # else the papers name it in other words, or a short list is read whole (contrastive decoding "to cut
            # hallucinations" also takes LayerCake, which says "factuality")
            kept, topic = kept[aimed[kept]], f"{topic} {parsed.purpose}"
        worded: list[str] = []
        # no paper writes the phrase whole: its parts apart, unless one part is a field, which its own path reads
        # ("LLM agents for chemistry" takes the multi-agent system for chemical reactions)
        if parsed.plural and parsed.parts and not len(kept) and not listing.fields_of(concepts):
            kept = self.qualified(parsed, filters)
            forms = [c[0].strip() for a in parsed.parts for c in a]
            worded = [*forms, *(w for f in forms for w in f.split())] if len(kept) else []
        unsized: list[int] = []
        if parsed.size_bound and len(kept):  # "under 3B parameters": a size each paper states, as a number
            unsized, kept = [int(i) for i in kept], self.sized(kept, parsed)
            unsized = unsized if not len(kept) else []
        if (
            parsed.bare
            and not parsed.plural
            and not parsed.excluded
            and not filters
            and not self.named_as_typed(concepts, kept)
            and not listing.fields_of(concepts)
        ):
            # no paper names a bare phrase as typed: it may describe one paper, answered as a question; a phrase
            # naming a field ("LLM agents for chemistry") is a topic in that field, listed like any other; one
            # with what its papers must not use asks for papers, and so does a plural noun phrase ("GUI agents
            # trained with RL on Android")
            result.parsed = {**result.parsed, "intent": "fact"}  # the reading answered, as `--json` reports it
            return None
        if unsized:  # none states a size in the bound: the papers on the rest are the closest, said as such
            kept = np.array(unsized, dtype=int)
        described: list[int] = []
        called = ""
        if not len(kept) and intent == "list" and not parsed.excluded_concepts:
            described, called = self.described(parsed, filters)
        if described:
            kept = np.array(described, dtype=int)
        if not len(kept) and intent == "list" and not parsed.excluded_concepts:
            found, worded = self.by_words(concepts, filters)
            kept = np.array(found, dtype=int)
        dropped: list[str] = []
        if not len(kept) and intent == "list" and not parsed.read_without:
            # a claim read without its soft words keeps both its sides: leaving one out asks something else
            # a name the question writes with capitals ("Mamba", "LoRA") is what it asks: never left out
            asked = parsed.english or parsed.clean
            names = frozenset(stem(w.lower()) for w in re.findall(r"(?<=\s)[\w-]*[A-Z][\w-]*", asked))
            names |= frozenset(stem(w) for w in listing.of_pairs(asked))  # "videos of humans": neither left out
            kept, dropped = self.backed_off(concepts, filters, parsed.topics, names)
            if parsed.excluded_concepts and len(kept):  # "TTS models besides F5-TTS": the looser list, less it
                kept, left_out = self.left_out(parsed, filters, kept)
                if not len(kept):
                    return shapes.all_left_out_text(topic, left_out, excluded, self.filter_phrase(filters))
        if not len(kept) and intent == "list" and not parsed.read_without and not parsed.excluded_concepts:
            kept, dropped = self.verb_dropped(topic, concepts, filters, parsed)
        if not len(kept) and parsed.soft and (softer := self.softened(parsed)) is not None:
            return self.shaped(softer, query, filters, mode, result, follow_up)
        apart = 0
        if not len(kept) and parsed.exists and intent == "list":
            # asked yes or no: papers writing all its words apart are no firm "no", the closest of them are cited
            spread = self.apart(concepts)
            spread = spread[self.retriever.mask(filters)[spread]]
            if 0 < len(spread) <= WORDS_MAX:
                near = self.closest(topic, concepts, filters, spread)
                kept, apart = np.array([self.retriever.position[p.id] for p in near], dtype=int), len(spread)
        if intent == "list":  # a filter of the list the user saw keeps only its papers
            kept = self.among_shown(kept)
        if not len(kept):
            # the count the list itself holds without the filters, not every paper naming a word of it
            unfiltered = None
            if filters:
                alone = {int(i) for i in self.topic_papers(concepts, Filters(), parsed.topics)[0]}
                respelled = self.respelled_named(parsed, Filters(), alone) if intent == "list" else set()
                unfiltered = len(alone | respelled)
            return self.nothing(topic, filters, named, result, unfiltered, concepts, parsed.clean)
        papers = self.listed(kept, parsed, query, filters, mode)
        if intent == "trend" and parsed.periods:
            return self.periods_answer(self.as_asked(topic, parsed), papers, parsed.periods, result)
        if intent == "trend":
            # the papers writing the topic's name, where the list is the topic as named (nothing left out or narrowed)
            narrowed = parsed.excluded_concepts or aimed is not None or parsed.size_bound
            plain = concepts == parsed.concepts and not (narrowed or worded or unsized or described or dropped)
            named_here = self.naming_papers(parsed, filters) if plain else None
            if named_here and asks_naming(parsed) and (senses := self.meanings_answer(parsed, filters, result)):
                return senses
            using = {int(i) for i in kept}
            counted = shapes.Counted(len(papers))
            if named_here and asks_naming(parsed):
                counted = shapes.Counted(len(named_here), "name", len(using & named_here))
                papers = [self.retriever.papers[i] for i in sorted(named_here)]
            elif named_here is not None:
                counted = shapes.Counted(len(papers), "use", len(named_here), len(using - named_here))
            when = {p.id: shapes.first_date(p, filters.since, filters.until) for p in papers}
            papers = sorted(papers, key=lambda p: (when[p.id], p.id))
            result.counts = shapes.month_counts(papers, filters.since, filters.until)
            firsts = papers[:3]
            result.sources = [Source(n, Hit(p, 0.0)) for n, p in enumerate(firsts, 1)]
            first = "; ".join(f"{p.title} ({when[p.id]}) [{n}]" for n, p in enumerate(firsts, 1))
            totals = self.month_totals(filters)
            shown = self.as_asked(topic, parsed)
            trend = f"{shapes.trend_text(shown, result.counts, counted, totals)}\nThe first to appear: {first}."
            lately = shapes.recent_change(result.counts, totals) if asks_lately(parsed.clean) else ""
            return f"{lately}\n{trend}" if lately and not (filters.since or filters.until) else trend
        headings: list[tuple[int, str]] = []
        if intent == "list" and parsed.reading:  # "what should I read to understand X?": surveys of X first
            papers, headings = self.reading_order(parsed, papers, filters, query, mode)
        elif intent == "list" and parsed.approaches:  # "the main approaches to X": the methods first
            about = self.opening_names(concepts, papers)
            papers = sorted(papers, key=lambda p: p.id not in about)
            papers, headings = shapes.by_contribution(papers, {p.id: paper_kinds.contribution(p) for p in papers})
        every = papers
        if parsed.count and intent == "list":  # "recommend three papers on X": that many, best ranked first
            papers = papers[: parsed.count]
        result.sources = [Source(n, Hit(p, 0.0)) for n, p in enumerate(papers, 1)]
        numbered = [(n, p, self.best_line(p, parsed)) for n, p in enumerate(papers, 1)]
        left = shapes.left_out_phrase(left_out, excluded)
        shown = self.as_asked(topic, parsed)
        if parsed.size_bound and not unsized:  # the bound each listed paper meets, said with the topic
            shown = f"{shown} with a stated model size {parsed.size_bound}"
        text = shapes.list_text(shown, numbered, self.filter_phrase(filters), left, doing=bool(verbs))
        if len(every) > len(papers):  # the head counts every match, then says which ones follow
            head = shapes.list_text(shown, [(0, p, "") for p in every], self.filter_phrase(filters), left, bool(verbs))
            text = "\n".join([head.split("\n", 1)[0], *text.splitlines()[1:]])
        if unsized:  # said as what it is: the qualifier no paper meets, then the papers meeting the rest
            head = listing.unsized_head(shown, parsed.size_bound, len(every), self.filter_phrase(filters))
            text = "\n".join([head, *text.splitlines()[1:]])
        elif described:  # said as what it is: the papers closest in meaning, not papers naming the words
            count = len(every)
            head = (
                f'No paper in the digests says "{topic}" in these words; {count} paper{"s" if count != 1 else ""}'
                f" come{'' if count != 1 else 's'} closest to it in meaning{self.filter_phrase(filters)}"
                + (f', or name what most of those call it, "{called}":' if called else ":")
            )
            text = "\n".join([head, *text.splitlines()[1:]])
        elif worded:  # said as what it is: the topic's words together, not the phrase as asked
            head = shapes.words_head(topic, worded, len(every), self.filter_phrase(filters))
            text = "\n".join([head, *text.splitlines()[1:]])
        elif apart:  # said as what it is: the papers nearest the topic among those writing all its words apart
            head = shapes.apart_head(topic, apart, len(every), self.filter_phrase(filters))
            text = "\n".join([head, *text.splitlines()[1:]])
        elif dropped:  # said as what it is: the topic without the words no paper writes with the rest
            head = listing.backed_off_head(topic, dropped, len(every), self.filter_phrase(filters))
            head = f"{head[:-1]}{left}:" if left else head  # what the question left out, counted as elsewhere
            text = "\n".join([head, *text.splitlines()[1:]])
        if len(every) > len(papers):
            first, *rest = text.splitlines()
            text = "\n".join([listing.count_note(first, len(papers), bool(LATEST_RE.search(parsed.clean))), *rest])
        if parsed.reading and intent == "list" and not headings:
            text = f"{shapes.no_overview_text(shown)} {text}"
        return shapes.with_headings(text, headings)

    def opening_names(self, concepts: list[list[list[str]]], papers: list[Paper]) -> set[str]:
        """The papers whose title or opening sentence names the topic: an approach to X is a paper about X, not
        one naming X further on ("a neural codec for compressed learning" beside model compression)."""
        named = shapes.topic_mask(self.checked(concepts), [opening_key(p) for p in papers])
        return {p.id for p, hit in zip(papers, named, strict=True) if hit}

    def reading_order(
        self, parsed: Parsed, papers: list[Paper], filters: Filters, query: str, mode: str
    ) -> tuple[list[Paper], list[tuple[int, str]]]:
        """A reading request's papers: the surveys, guides and primers of the topic first (`paper_kinds` on the
        topic, as "which surveys cover X?" finds them, whether or not the list held them), then the rest."""
        words = [w for t in parsed.topics for w in t.split()]
        found = self.of_kind("overview", self.checked(parsed.concepts), words, filters, leading=True)
        if not found:
            return papers, []
        overviews = self.listed(np.array(found, dtype=int), parsed, query, filters, mode)
        ids = {p.id for p in overviews}
        rest = [p for p in papers if p.id not in ids]
        return [*overviews, *rest], shapes.reading_headings(len(overviews), len(rest))

    @staticmethod
    def newest_asked(parsed: Parsed) -> bool:
        """Whether a list asks for the newest papers first: "the latest papers on X", "recent work on X"."""
        asked = parsed.english or parsed.clean
        return bool(LATEST_RE.search(asked) or RECENT_ASKED_RE.search(asked))

    def listed(self, kept: np.ndarray, parsed: Parsed, query: str, filters: Filters, mode: str) -> list[Paper]:
        """A list's papers in ranked order, or newest first where it asks for the latest ("the latest papers on X")."""
        papers = self.ranked(kept, query, filters, mode)
        if parsed.order or self.newest_asked(parsed):
            papers.sort(key=lambda p: p.date, reverse=parsed.order != "oldest")
        if parsed.excluded_concepts:  # "… that do not use a vision encoder": the encoder-free ones answer it best
            at = self.retriever.position
            papers.sort(key=lambda p: not shapes.does_without(parsed.excluded_concepts, self.docs[at[p.id]]))
        return papers

    def qualified(self, parsed: Parsed, filters: Filters) -> np.ndarray:
        """The papers holding every part of a plural noun phrase apart (`Parsed.parts`), each part in the paper's
        own text, not only in the digest's follow-up questions: "open-source 7B models for math reasoning" when no
        paper writes it whole."""
        kept, _ = self.topic_papers(parsed.parts, filters, parsed.topics)
        if not len(kept):
            return kept
        papers = self.retriever.papers
        held = shapes.topic_mask(self.checked(parsed.parts), [shapes.own_doc(papers[int(i)]) for i in kept])
        return np.array([int(i) for i, ok in zip(kept, held, strict=True) if ok], dtype=int)

    def sized(self, kept: np.ndarray, parsed: Parsed) -> np.ndarray:
        """The papers among `kept` whose own text states a model size within the question's bound."""
        most = parsed.size_most or float("inf")
        papers = self.retriever.papers
        texts = {int(i): f"{papers[int(i)].title} {shapes.own_text(papers[int(i)].summary)}" for i in kept}
        return np.array([i for i in texts if qualifiers.holds_size(texts[i], parsed.size_least, most)], dtype=int)

    def named_as_typed(self, concepts: list[list[list[str]]], kept: np.ndarray) -> bool:
        """Whether some listed paper names every concept of the topic in a form of its own, not only a looser
        one ("legal" and "retrieval" apart are no "legal case retrieval")."""
        if not len(kept):
            return False
        forms: set[str] = set()
        strict = listing.without(self.checked(concepts, forms), forms)
        return bool(shapes.topic_mask(strict, [self.docs[int(i)] for i in kept]).any())

    def kind_list(self, kind: str, parsed: Parsed, query: str, filters: Filters, mode: str, result: Answer) -> str:
        """The papers of a kind (`paper_kinds`: benchmarks and data sets, surveys) on the topic (`of_kind`); when
        none is, how many papers name the topic in a form of its own, not in a looser one ("maintenance" alone for
        "elevator maintenance", which no paper writes)."""
        loose: set[str] = set()
        topic = self.checked([a[1:] for a in parsed.concepts], loose)
        words = [w for t in parsed.topics for w in t.split()[1:]]
        kept = [int(i) for i in self.among_shown(np.array(self.of_kind(kind, topic, words, filters), dtype=int))]
        subject = self.as_asked(" ".join(words), parsed)
        if not kept:
            allowed = self.retriever.mask(filters)
            naming = int((shapes.topic_mask(listing.without(topic, loose), self.docs) & allowed).sum())
            if not naming:
                concepts = [a[1:] for a in parsed.concepts]
                return self.nothing(subject, filters, np.zeros(0, dtype=bool), result, None, concepts, parsed.clean)
            result.covered, result.backend = False, "none"
            return shapes.no_kind_text(subject, kind, naming, self.filter_phrase(filters))
        papers = self.listed(np.array(kept, dtype=int), parsed, query, filters, mode)
        result.enumeration = True
        result.sources = [Source(n, Hit(p, 0.0)) for n, p in enumerate(papers, 1)]
        numbered = [
            (n, p, self.making_line(p, topic, kind) or self.best_line(p, parsed)) for n, p in enumerate(papers, 1)
        ]
        return shapes.list_text(subject, numbered, self.filter_phrase(filters), kind=kind)

    def of_kind(
        self, kind: str, topic: list[list[list[str]]], words: list[str], filters: Filters, leading: bool = False
    ) -> list[int]:
        """The papers of a kind on the topic: those naming it that are about it (naming it in the title or where
        they say what they make, or close in meaning: not a benchmark listing code generation among fifty
        tasks), and those so close in meaning that they name it in other words ("web agents" for GUI agents)
        with one of its rarer words. `words`: the topic as asked, embedded to weigh closeness. `leading`: only
        those whose title or opening sentence names the topic: a survey read first must be of the topic
        itself, not one citing it among its examples, nor one sharing a word and a field with it; one naming
        each rarer word of the topic there and close in meaning names it in other words ("LLM agents" for AI
        agents)."""
        if kind not in self._kinds:
            self._kinds[kind] = [i for i, p in enumerate(self.retriever.papers) if paper_kinds.is_kind(p, kind)]
        allowed = self.retriever.mask(filters)
        candidates = [i for i in self._kinds[kind] if allowed[i]]
        docs = [self.docs[i] for i in candidates]
        names = shapes.topic_mask(topic, docs)
        worded = self.rare_worded(topic, docs, names)
        # an acronym alone embeds poorly ("RAG"): its expansion beside it
        spelled = self.expansion(words[0].lower()) if len(words) == 1 else ""
        asked = self.retriever.embedder.embed_query(" ".join([*words, spelled]).strip())
        vectors = self.retriever.vectors_of([self.retriever.papers[i].id for i in candidates])
        kept = []
        for i, named, near in zip(candidates, names, worded):
            paper = self.retriever.papers[i]
            vector = vectors.get(paper.id)
            close = float(vector @ asked) / max(float(np.linalg.norm(vector)), 1e-12) if vector is not None else 0.0
            if leading:
                said = opening_key(paper)
                if (named and shapes.topic_mask(topic, [said]).any()) or (
                    close >= paper_kinds.NEAR and self.rare_words_in(topic, said)
                ):
                    kept.append(i)
                continue
            says = bool(named) and self.says_kind_on(paper, topic, kind)
            if paper_kinds.on_topic(bool(named), close, says, bool(near)):
                kept.append(i)
        return kept

    def rare_worded(self, topic: list[list[list[str]]], docs: list[str], names: np.ndarray) -> np.ndarray:
        """Which docs write a rarer word of each concept of the topic that has one ("unlearn" and "vlm" for machine
        unlearning in VLMs: a VLM benchmark naming no unlearning is not on it); `names` where no concept has one."""
        n = max(len(self.docs), 1)
        out, any_rare = np.zeros(len(docs), dtype=bool), False
        for alternative in topic:
            hit = np.ones(len(docs), dtype=bool)
            for concept in alternative:
                plain = {w for f in concept if f.startswith(" ") for w in f.split()}
                rare = [f" {w} " for w in sorted(plain) if self.stem_df[w] / n < listing.COMMON_WORD_SHARE]
                if rare:
                    hit &= shapes.concept_hits(rare, docs)
                    any_rare = True
            out |= hit
        return out if any_rare else names

    def kind_ending_papers(self, kind: str, led: list[list[list[str]]], parsed: Parsed, filters: Filters) -> list[int]:
        """The papers of the kind on the rest of a topic phrase that ends with the kind word
        (`paper_kinds.kind_ending`): "machine unlearning benchmarks for multimodal LLMs" holds the benchmarks on
        machine unlearning for MLLMs that write "dataset" or write the words apart ("a benchmark … for evaluating
        targeted unlearning … in MLLMs"), as "benchmarks for machine unlearning in MLLMs" does."""
        kind_words = {w for w, k in paper_kinds.KIND_STEMS.items() if k == kind}
        words = [w for t in parsed.topics for w in t.split() if stem_key(w).strip() not in kind_words]
        return self.of_kind(kind, self.checked([a[1:] for a in led]), words, filters)

    def rare_words_in(self, topic: list[list[list[str]]], said: str) -> bool:
        """Whether a stemmed text holds every rarer word of the topic as first written (each concept's first
        form: "agent" of "AI agents", "text", "imag" and "diffus" of "text-to-image diffusion models")."""
        n = max(len(self.docs), 1)
        rare = [
            w for a in topic for c in a if c for w in c[0].split() if self.stem_df[w] / n < listing.COMMON_WORD_SHARE
        ]
        return bool(rare) and all(f" {w} " in f" {said} " for w in rare)

    @staticmethod
    def making_line(paper: Paper, topic: list[list[list[str]]], kind: str) -> str:
        """The sentence saying what the paper makes, one naming the topic first ("introduces X, a benchmark …")."""
        making = paper_kinds.making_sentences(paper, kind)
        named = shapes.topic_mask(topic, [stem_key(s) for s in making])
        return next((s for s, hit in zip(making, named) if hit), making[0] if making else "")

    @staticmethod
    def says_kind_on(paper: Paper, topic: list[list[list[str]]], kind: str) -> bool:
        """Whether the paper names the topic in its title or where it says what it makes."""
        lines = [paper.title, *paper_kinds.making_sentences(paper, kind)]
        return bool(shapes.topic_mask(topic, [stem_key(line) for line in lines]).any())

    def list_concepts(self, parsed: Parsed, verbs: set[str]) -> list[list[list[str]]]:
        """The list topic's concepts, a phrase led by the papers' verb (`listing.verb_led`) split into the
        technique and what it is done to (`listing.split_verb`: "which papers prune diffusion models?")."""
        if not verbs:
            return parsed.concepts
        written = lambda form: int(shapes.concept_hits([form], self.docs).sum())  # noqa: E731
        return listing.split_verb(parsed.concepts, verbs, written)

    def does_itself(self, concepts: list[list[list[str]]], verbs: set[str], i: int) -> bool:
        """Some sentence of the paper names a split technique (the papers' verb, any form of its stem) and
        what it is done to (the concept after it; not a later qualifier, "from a reference image"), in its
        words or with another machine maker ("detect AI-generated text" for machine-generated text)."""
        for alternative in concepts:
            at = [k for k, c in enumerate(alternative) if len(c) == 1 and c[0].strip() in verbs]
            done = [alternative[k][0].strip() for k in at]
            heads = [alternative[k + 1][0] for k in at if k + 1 < len(alternative)]
            objects = [[head, *listing.maker_forms(head.split(), self.maker_keys)] for head in heads]
            if all(any(self.done_to(done, form.split(), i) for form in forms) for forms in objects):
                return True
        return False

    def done_to(self, verbs: list[str], obj: list[str], i: int) -> bool:
        """Some sentence of the paper names the technique and what it is done to, by the object's own words
        ("pruning … diffusion transformers") or an acronym spelled out with them ("LLMs"): "prune background
        tokens … a diffusion-based decoder" is not pruning a diffusion model."""
        own = [w for w in obj if w not in MODEL_STEMS] or obj
        acronyms = [a for a, e in self.spelled_out() if set(own) <= set(e)]
        for part in self.docs[i].split(shapes.SENTENCE_MARK):
            if not all(f" {v} " in f" {part} " for v in verbs):
                continue
            tokens = part.split()
            # a short stem also opens its longer forms ("math" → "mathematical", stemmed "mathemat")
            if all(any(t == w or (len(w) >= 4 and t.startswith(w)) for t in tokens) for w in own):
                return True
            if any(a in tokens for a in acronyms):
                return True
        return False

    def by_words(self, concepts: list[list[list[str]]], filters: Filters) -> tuple[list[int], list[str]]:
        """(papers, the words they were found by) for a topic whose phrase no paper uses as asked
        ("medical multimodal LLMs", "LLM safety benchmarks"): the papers naming the rarer words of each
        phrase of three words or more close together in one sentence (`listing.topic_words`; an acronym or
        its expansion), each of its other concepts as well, and using them (not only comparing with them);
        of those, the ones naming them in the title or opening sentence when any does. A two-word name no
        paper writes stays absent ("air quality" is not "air" near "quality"), as does a name saying what is
        turned into what ("speech-to-speech translation" is not "speech" near "translation": `listing.directed`)
        and words that too many papers write together to name one topic (`WORDS_MAX`). Empty: only then is the
        topic not covered."""
        n = max(len(self.docs), 1)
        masks: dict[str, np.ndarray] = {}
        df = self.stem_df

        def has(word: str) -> np.ndarray:
            if word not in masks:
                masks[word] = shapes.concept_hits([f" {word} "], self.docs)
            return masks[word]

        def of(word: str) -> float:
            return df[word] / n

        def naming(concept: list[str]) -> np.ndarray:
            """concept_hits, reading only the papers that hold every word of a spread form."""
            out = np.zeros(len(self.docs), dtype=bool)
            for form in concept:
                if not form.startswith("&"):
                    out |= shapes.concept_hits([form], self.docs)
                    continue
                for i in np.flatnonzero(np.logical_and.reduce([has(w) for w in form[1:].split()]) & ~out):
                    out[i] = shapes.form_in(form, self.docs[i])
            return out

        # per alternative, per concept: the words that stand for it, or None where its own forms do
        words = [
            [
                listing.topic_words(c[0].split(), {w: of(w) for w in c[0].split()}, shapes.FUNCTION_STEMS)
                if len(c[0].split()) >= WORDS_SPREAD and not listing.directed(c[0])
                else None
                for c in alternative
            ]
            for alternative in concepts
        ]
        alternatives = [
            [c if w is None else listing.word_forms(w, self.spelled_words(w, of)) for c, w in zip(a, ws)]
            for a, ws in zip(concepts, words)
            if any(w is not None for w in ws)
        ]
        alternatives = [a for a in alternatives if a and all(a)]
        if not alternatives:
            return [], []
        named = np.zeros(len(self.docs), dtype=bool)
        for alternative in alternatives:
            named |= np.logical_and.reduce([naming(c) for c in alternative])
        found = np.flatnonzero(named & self.retriever.mask(filters))
        if len(found) > WORDS_MAX:
            return [], []
        plain = np.array([i for i in found if shapes.topic_tier(alternatives, self.docs[i]) <= WORDS_TIER], dtype=int)
        users = self.users(alternatives, plain) or self.users(alternatives, found)
        said = [x for a, ws in zip(concepts, words) for c, w in zip(a, ws) for x in (w or c[0].split())]
        return users, (list(dict.fromkeys(said)) if users else [])

    def backed_off(
        self, concepts: list[list[list[str]]], filters: Filters, topics: Sequence[str], names: frozenset[str]
    ) -> tuple[np.ndarray, list[str]]:
        """(papers, the words left out) for a list topic that no paper names with all its words, nor by its
        words together ("watermarking LLM outputs": papers write "LLM" and "watermark", never "outputs"):
        the topic with fewest of its words left out, commonest first (`listing.back_off_steps`), where some
        paper names and uses what is left as `topic_papers` wants of any topic (its gate, its senses) and one
        of those papers lies as close to the question's own words as a covered question's papers must
        (`close_to_question`): "reward hacking behaviour" is reward hacking. A try whose words no paper
        holds together is passed over unread; what is left names a field, not the topic, when more papers
        than `WORDS_MAX` name it ("diffusion behaviour" is not all 787 diffusion papers). At most
        `listing.BACK_OFF_STEPS` tries are read. Nothing is found when only generic words would stay."""
        n = max(len(self.docs), 1)
        # a word spelt the British way is as common as the corpus's own spelling of it ("behaviour")
        share = {
            w: max(self.stem_df[w], self.stem_df[english.american(w)]) / n
            for a in concepts
            for c in a
            for w in c[0].split()
        }
        generic = shapes.GENERIC_STEMS | GENERIC_STEMS | shapes.FUNCTION_STEMS
        masks: dict[str, np.ndarray] = {}

        def holding(word: str) -> np.ndarray:
            if word not in masks:  # a field is held in any of its forms ("chemistry" as "chemical")
                field = listing.field_of([f" {word} "])
                masks[word] = shapes.concept_hits(listing.field_forms(field) if field else [f" {word} "], self.docs)
            return masks[word]

        read = 0
        for reduced, dropped in listing.back_off_steps(concepts, share, generic, names):
            own = [w for c in reduced[0] if len(c) == 1 for w in c[0].split()]
            if own and not np.logical_and.reduce([holding(w) for w in own]).any():
                continue
            read += 1
            if read > listing.BACK_OFF_STEPS:
                break
            kept, _ = self.topic_papers(reduced, filters, topics)
            typed = [w for t in topics for w in re.findall(r"[A-Za-z0-9][\w-]*", t)]
            for alone in listing.as_written(concepts, dropped):  # "spiking" as written, not gradient "spikes"
                forms = [w for w in typed if stem_key(w).strip() == alone] or [alone]
                texts = self.retriever.papers
                kept = np.array([i for i in kept if any(listing.written_as(texts[int(i)].text, w) for w in forms)])
                kept = kept.astype(int)
            if len(kept) > WORDS_MAX:  # what is left names a whole field ("diffusion"), not the topic asked
                continue
            # in a field, leaving out a generic word ("LLM agents for chemistry" → agents, chemistry) keeps the topic
            kept_field = bool(listing.fields_of(reduced)) and all(w in generic for w in dropped)
            if len(kept) and (kept_field or self.close_to_question(topics, self.vectors_at(kept)).any()):
                return kept, dropped
        return np.array([], dtype=int), []

    def verb_dropped(
        self, topic: str, concepts: list[list[list[str]]], filters: Filters, parsed: Parsed
    ) -> tuple[np.ndarray, list[str]]:
        """([paper], [the verb left out]) for a list topic no paper names, not even backed off, whose closest
        paper (`closest`) names every specific word of it but one the question writes as a verb (`verb_forms`:
        "keep", "running on"), a word some paper writes, and lies as close to the question's words as
        a covered question's papers (`close_to_question`): such a verb is said in other words ("maintain"),
        it is no topic the digests lack. The paper names at least `SHORT_NAMED` other words."""
        none: tuple[np.ndarray, list[str]] = (np.array([], dtype=int), [])
        verbs = verb_forms(parsed.english or parsed.clean)
        if len(concepts) != 1 or not verbs:
            return none
        generic = shapes.GENERIC_STEMS | GENERIC_STEMS | shapes.FUNCTION_STEMS | STOP_STEMS | CLAUSE_STEMS
        units = [u for c in concepts[0] for u in ([c] if len(c) > 1 else [[f" {w} "] for w in c[0].split()])]
        units = [u for u in units if len(u) > 1 or u[0].strip() not in generic]
        if len(units) <= SHORT_NAMED:
            return none
        masks = [shapes.loosely_named(u, self.docs) for u in units]
        for paper in self.closest(topic, concepts, filters):
            i = self.retriever.position[paper.id]
            lacking = [k for k, m in enumerate(masks) if not m[i]]
            word = units[lacking[0]][0].strip() if len(lacking) == 1 and len(units[lacking[0]]) == 1 else ""
            if word not in verbs or not self.stem_df.get(word, 0):
                continue
            if self.close_to_question(parsed.topics, self.vectors_at(np.array([i]))).any():
                return np.array([i]), [word]
        return none

    def vectors_at(self, indices: np.ndarray) -> np.ndarray:
        """The stored vectors of these papers (those that have one), one row each."""
        ids = [self.retriever.papers[int(i)].id for i in indices]
        vectors = self.retriever.vectors_of(ids)
        rows = [vectors[pid] for pid in ids if pid in vectors]
        return np.array(rows).reshape(len(rows), -1)

    def spelled_words(self, words: list[str], share: Callable[[str], float]) -> dict[str, list[str]]:
        """Other forms of each word: an acronym's expansion ("llm" → "larg languag model"), and the acronyms
        that stand for the word with common words only ("mllm", "lmm" for "multimod": large, language, model)."""
        out: dict[str, list[str]] = {}
        for word in words:
            forms = [stem_key(self.expansion(word)).strip()] if self.expansion(word) else []
            forms += [
                a
                for a, expansion in self.spelled_out()
                if word in expansion
                and len(expansion) > 1
                and all(w == word or share(w) >= listing.COMMON_WORD_SHARE for w in expansion)
            ]
            if forms:
                out[word] = list(dict.fromkeys(forms))
        return out

    def on_purpose(self, phrases: list[list[str]]) -> np.ndarray | None:
        """Papers naming what a purpose clause acts on ("to train GUI agents"), when that is rare enough to
        say what the asker wants; None when it is as common as "reasoning" or "inference" and narrows nothing.
        Matched as written (plural aside): a stem would take "elevates" for "elevators"."""
        texts = [p.text for p in self.retriever.papers]
        n = max(len(texts), 1)

        seen: dict[str, np.ndarray] = {}

        def naming(phrase: str) -> np.ndarray:
            if phrase not in seen:
                pattern = shapes.phrase_re(phrase)
                heads = listing.model_head_re(phrase)  # "long-context models" also as "long-context LLMs"
                found = (bool(pattern.search(t) or (heads and heads.search(t))) for t in texts)
                seen[phrase] = np.fromiter(found, dtype=bool, count=len(texts))
            return seen[phrase]

        def rare(phrase: str) -> bool:  # "GUI agents", not "LLM reasoning", whose words are each common
            return naming(phrase).sum() / n < PURPOSE_RARE and any(
                naming(w).sum() / n < PURPOSE_RARE for w in phrase.split()
            )

        aims = [[p for p in alternative if rare(p)] for alternative in phrases]
        if not aims or not all(aims):  # an alternative with nothing rare in it takes any of the topic's papers
            return None
        out = np.zeros(len(texts), dtype=bool)
        for alternative in aims:
            out |= np.logical_and.reduce([naming(p) for p in alternative])
        return out

    def described(self, parsed: Parsed, filters: Filters) -> tuple[list[int], str]:
        """`close_to_description`, and the papers naming the topic by the name most of those write
        (`listing.common_name`, rare in the corpus: "federated learning"), which is returned with them.
        Without such a shared name, nothing: close papers with no name in common ("stock prices from news
        headlines") are what the digests lack, and listing them would answer what they do not hold. So is a
        name of another kind of what the topic names (`listing.other_kind`: "series forecasting" for diffusion
        models in weather forecasting)."""
        close, words = self.close_to_description(parsed, filters)
        n = max(len(self.docs), 1)
        generic = shapes.GENERIC_STEMS | GENERIC_STEMS
        counts = listing.common_names([self.docs[i] for i in close], set(words), shapes.FUNCTION_STEMS, generic)
        # a phrase written as often as a shorter one inside it only adds context to that one
        shortest = [
            g for g in counts if not any(h != g and f" {h} " in f" {g} " and counts[h] >= counts[g] for h in counts)
        ]
        name = ""
        for count in sorted({counts[g] for g in shortest}, reverse=True):  # the most written first
            share = {g: shapes.concept_hits([f" {g} "], self.docs).sum() / n for g in shortest if counts[g] == count}
            rare = [g for g in share if share[g] < listing.SYNONYM_MAX_SHARE]
            if rare:  # then the rarest in the corpus: the name of this topic, not of a common tool
                name = min(rare, key=lambda g: (share[g], g))
                break
        called = self.spelled(name, close) if name and not listing.other_kind(name, parsed.concepts) else ""
        if not called:
            return [], ""
        # read as a question naming it, so the name brings its acronym twin ("FL") as asked names do
        named = understand(f"which papers use {called}?", self.retriever.vocab, self.retriever.acronyms)
        kept, _ = self.topic_papers(named.concepts, filters, named.topics)
        return list(dict.fromkeys([*close, *map(int, kept)])), called

    @staticmethod
    def describes_topic(parsed: Parsed, content: int) -> bool:
        """Whether the topic is a description (four content words or more, or a function word between its
        words as typed: "decline under quantization", "values of time series"), not a name of three words
        that no paper writes ("sign language translation" is absent, not described)."""
        if content >= DESCRIBED_WORDS + 1:
            return True
        typed = re.findall(r"[a-z0-9]+", parsed.clean.lower())
        own = {w for t in parsed.topics for w in re.findall(r"[a-z0-9]+", t.lower())} - LINKING_WORDS
        at = [k for k, w in enumerate(typed) if w in own]
        return bool(at) and any(w in LINKING_WORDS for w in typed[at[0] : at[-1] + 1])

    def spelled(self, name: str, papers: list[int]) -> str:
        """A stemmed phrase as one of these papers writes it ("feder learn" → "federated learning")."""
        size = len(name.split())
        for i in papers:
            words = re.findall(r"[A-Za-z][\w-]*", self.retriever.papers[i].text)
            for k in range(len(words) - size + 1):
                run = " ".join(words[k : k + size])
                if stem_key(run).strip() == name:
                    return run.lower()
        return ""

    def close_to_description(self, parsed: Parsed, filters: Filters) -> tuple[list[int], list[str]]:
        """(papers, the description's content stems) for a list topic that is a description in other words
        than the papers' (`describes_topic`, no paper naming it): the papers whose summary lies within
        `DESCRIBED_CLOSE` of the description's words and names one of its specific words ("client" in
        "train models across many clients without pooling their data"), closest first. Every word of it
        must be one some paper uses: a word none uses ("superconducting") is what the digests lack. The
        answer says they come closest, not that they name it."""
        words = list(
            dict.fromkeys(
                w
                for alternative in parsed.concepts
                for concept in alternative
                for w in concept[0].split()
                if w not in GENERIC_STEMS and w not in shapes.FUNCTION_STEMS and w.isalpha()
            )
        )
        if len(words) < DESCRIBED_WORDS or not parsed.topics or not self.describes_topic(parsed, len(words)):
            return [], words
        n = max(len(self.docs), 1)
        df = {w: shapes.concept_hits([f" {w} "], self.docs).sum() / n for w in words}
        if not all(df.values()):  # a word no paper uses ("superconducting", "Icelandic"): the digests lack it
            return [], words
        specific = [f" {w} " for w in words if df[w] < DESCRIBED_DF]
        allowed = self.retriever.mask(filters)
        candidates = [i for i in np.flatnonzero(allowed) if any(w in self.docs[i] for w in specific)]
        if not candidates:
            return [], words
        ids = [self.retriever.papers[i].id for i in candidates]
        vectors = self.retriever.vectors_of(ids)
        have = [i for i, pid in zip(candidates, ids) if pid in vectors]
        if not have:
            return [], words
        found = np.array([vectors[self.retriever.papers[i].id] for i in have])
        query = self.retriever.embedder.embed_query(" ".join(parsed.topics))
        unit = found / np.maximum(np.linalg.norm(found, axis=1, keepdims=True), 1e-12)
        sims = unit @ query
        order = np.argsort(-sims)
        close = [int(have[k]) for k in order if sims[k] >= DESCRIBED_CLOSE]
        # more papers than this lie close to a description that names nothing specific enough to list
        return (close if len(close) <= DESCRIBED_MAX else []), words

    def trend_series(self, parsed: Parsed, query: str, filters: Filters, mode: str, result: Answer) -> str:
        """A trend on two topics ("DPO vs GRPO papers per month"): each topic's papers counted per month
        on its own, over the same months, each series' first paper cited."""
        series: dict[str, dict[str, int]] = {}
        firsts: list[tuple[str, int, Paper, str]] = []
        for asked, concepts in zip(parsed.topics, parsed.concepts, strict=True):
            kept, _ = self.topic_papers([concepts], filters, [asked])
            topic = self.as_asked(asked, parsed)
            papers = [self.retriever.papers[i] for i in kept]
            series[topic] = shapes.month_counts(papers, filters.since, filters.until)
            when = {p.id: shapes.first_date(p, filters.since, filters.until) for p in papers}
            if papers:
                first = min(papers, key=lambda p: (when[p.id], p.id))
                firsts.append((topic, len(firsts) + 1, first, when[first.id]))
        if not any(series.values()):
            return self.nothing(" or ".join(parsed.topics), filters, np.array([], dtype=int), result)
        result.series = shapes.aligned(series)
        result.sources = [Source(n, Hit(p, 0.0)) for _, n, p, _ in firsts]
        return shapes.series_text(result.series, firsts, self.month_totals(filters))

    def periods_answer(self, topic: str, papers: list[Paper], periods: list[list[str]], result: Answer) -> str:
        """ "Is X more popular in 2025 than in 2024?": the topic's papers in each period, each as a share of
        all the papers first seen in it, and which share was higher; the first paper of each period cited."""
        last = self.latest_day
        rows: list[tuple[str, int, int]] = []
        firsts: list[Paper] = []
        for since, until in periods:
            inside = sorted((p for p in papers if since <= p.date <= until), key=lambda p: (p.date, p.id))
            total = sum(1 for p in self.retriever.papers if since <= p.date <= until)
            rows.append((trending.span_label(since, until, last), len(inside), total))
            firsts += inside[:1]
        result.sources = [Source(n, Hit(p, 0.0)) for n, p in enumerate(firsts, 1)]
        result.counts = shapes.month_counts([p for p in papers if any(a <= p.date <= b for a, b in periods)])
        cited = [f"{p.title} ({p.date}) [{n}]" for n, p in enumerate(firsts, 1)]
        span = (self.earliest_day, last)
        return shapes.periods_text(topic, rows, periods, span) + (
            f"\nThe first to appear in each: {'; '.join(cited)}." if cited else ""
        )

    def phrases_of(self) -> dict[str, set[str]]:
        """Each paper's phrases of one to three words (title and summary), as `trending` counts them."""
        if self._phrases is None:
            self._phrases = {
                p.id: trending.phrases(trending.tokens(f"{p.title} . {p.summary}")) for p in self.retriever.papers
            }
        return self._phrases

    def trending_answer(self, filters: Filters, result: Answer) -> str:
        """ "What topics are trending?": the phrases whose share of the papers rose the most from the span
        before the period asked (the last three months when none) to it, each with two of its papers cited."""
        last = self.latest_day
        (since, until), (base_since, base_until) = trending.spans(filters.since, filters.until, last)
        window = [p for p in self.retriever.papers if since <= p.date <= until]
        baseline = [p for p in self.retriever.papers if base_since <= p.date <= base_until]
        label = trending.span_label(since, until, last)
        if not window or not baseline:
            result.covered, result.backend = False, "none"
            return shapes.no_trending_text(label, len(window), self.earliest_day, last)
        rises = trending.rising(window, baseline, self.phrases_of())
        cited: list[Paper] = []
        for r in rises:
            cited += [p for p in [p for p in r.papers if r.term.lower() in p.title.lower()][:2] if p not in cited]
        number = {p.id: n for n, p in enumerate(cited, 1)}
        cites = [[number[p.id] for p in r.papers if p.id in number][:2] for r in rises]
        result.sources = [Source(n, Hit(p, 0.0)) for n, p in enumerate(cited, 1)]
        base_label = trending.span_label(max(base_since, self.earliest_day), base_until, last)
        return shapes.trending_text(rises, cites, (label, len(window)), (base_label, len(baseline)))

    def month_totals(self, filters: Filters) -> dict[str, int]:
        """All the papers per month within the filters' dates: what a topic's share is taken of."""
        dates = Filters(since=filters.since, until=filters.until)
        mask = self.retriever.mask(dates)
        papers = [p for i, p in enumerate(self.retriever.papers) if mask[i]]
        return shapes.month_counts(papers, filters.since, filters.until)

    @staticmethod
    def as_asked(topic: str, parsed: Parsed) -> str:
        """The topic as the question wrote it ("DPO", "GUI agents", "Qwen2.5"), not as it was folded to match."""
        words = [re.escape(w) for w in re.split(r"[\s-]+", topic) if w]
        # a version's dot is a separator too: "qwen2 5" was written "Qwen2.5", "flux 1" "FLUX.1"
        # and a linking word or two between the topic's words ("knowledge distillation for speech models")
        # and a participle opening a qualifier ("GUI agents trained with RL on Android")
        linking = "|".join(
            ["for", "in", "on", "of", "with", "from", "by", "as", "the", "a", "an", *sorted(qualifiers.PARTICIPLES)]
        )
        joiner = rf"(?:[\s-]+(?:(?:{linking})\s+){{0,2}}|(?<=[\dA-Za-z])\.(?=\d))"
        m = re.search(r"(?<![\w-])" + joiner.join(words) + r"(?![\w-])", parsed.clean, re.I) if words else None
        return m.group(0) if m else topic

    def writers(self, name: str) -> int:
        """How many papers of the whole corpus write the name: a name many write is a shared method
        (`shapes.presents_own`)."""
        return len(self.mentioning([name], Filters()))

    def mentioning(self, names: list[str], filters: Filters) -> list[Paper]:
        """The papers under the filters that name any of these systems."""
        named = shapes.concept_hits([stem_key(n) for n in names], self.docs) & self.retriever.mask(filters)
        return [self.retriever.papers[i] for i in np.flatnonzero(named)]

    def limitations_answer(self, parsed: Parsed, query: str, filters: Filters, mode: str, result: Answer) -> str:
        """ "What are the open problems in RLHF?": of the papers on the topic, each one whose summary states a
        limitation or challenge of it, with that sentence (one naming the topic, else one of a paper whose
        title or opening sentence names it: a paper only mentioning the topic states the limits of its own); said
        plainly when none does."""
        forms: set[str] = set()
        concepts = self.checked(parsed.concepts, forms)
        kept, named = self.papers_using(concepts, forms, filters, parsed.topics)
        topic = self.as_asked(" or ".join(parsed.topics), parsed)
        if not len(kept):
            return self.nothing(topic, filters, named, result)

        def on_topic(text: str) -> bool:  # a paper kept for the topic need name only part of it here
            key = stem_key(text)
            return any(shapes.concept_hits(c, [key]).any() for alternative in concepts for c in alternative)

        stated: list[tuple[bool, Paper, str]] = []
        for paper in self.ranked(kept, query, filters, mode):
            sentence, naming = shapes.limitation_sentence(paper, on_topic)
            if sentence and (naming or on_topic(f"{paper.title}. {first_sentence(paper)}")):
                stated.append((naming, paper, sentence))
        stated.sort(key=lambda t: not t[0])  # sentences naming the topic itself first, else in ranked order
        result.enumeration = True
        if not stated:
            result.covered, result.backend = False, "none"
            return shapes.limitations_text(topic, len(kept), [], self.filter_phrase(filters))
        result.sources = [Source(n, Hit(p, 0.0)) for n, (_, p, _) in enumerate(stated, 1)]
        numbered = [(n, p, s) for n, (_, p, s) in enumerate(stated, 1)]
        return shapes.limitations_text(topic, len(kept), numbered, self.filter_phrase(filters))

    def title_taken(self, question: str, filters: Filters) -> tuple[Paper, str] | None:
        """ "what GPU did the Muon paper use?": where no paper presents the name a question calls a paper by, the
        one paper whose title is about it (`shapes.title_standing_for`), with the note saying so; None where a paper
        presents the name, or no title or several are about it (`absent_paper` says which), or a report is asked
        (a system's own report is not another's paper on it)."""
        m = called_paper(question)
        if not m or m.group(0).endswith("report") or not (NAME_RE.search(m["name"]) or capitalised(m["name"])):
            return None
        name = m["name"]
        mentions = self.mentioning([name], filters)
        writers = self.writers(name)
        if any(shapes.presents_own(p, name, writers) or edition_of(name, p) for p in mentions):
            return None
        titled = shapes.title_standing_for(name, mentions)
        return (titled, shapes.title_taken_text(name, titled)) if titled else None

    def absent_paper(self, parsed: Parsed, filters: Filters, result: Answer) -> str | None:
        """ "What did the Llama 4 paper report …?", "what win rate does SimPO reach?": where no paper of the digests
        presents the system whose paper or figure is asked about, say so (and which papers mention it) rather than
        quote one of them, whose figures are its own."""
        m = THE_PAPER_RE.search(parsed.clean)
        figure_of = not m and shapes.figure_question(parsed.clean)
        m = m or (FIGURE_OF_RE.match(parsed.clean) if figure_of else None)
        if not m or not (NAME_RE.search(m.group("name")) or capitalised(m.group("name"))):
            return None
        name = m.group("name")
        mentions = self.mentioning([name], filters)
        writers = self.writers(name)
        if any(shapes.presents_own(p, name, writers) or edition_of(name, p) for p in mentions) or (
            figure_of and not mentions
        ):
            return None  # a name no paper writes: the fact path says so
        result.covered = False
        return shapes.absent_paper_text(name, mentions, "fact", titles=not figure_of)

    def corpus_answer(self, parsed: Parsed, filters: Filters, result: Answer) -> str:
        """The digests themselves: how many papers (under the filters), the days they span, per month;
        asked for the newest, the papers of the newest day."""
        allowed = self.retriever.mask(filters)
        papers = [p for i, p in enumerate(self.retriever.papers) if allowed[i]]
        days = sorted({d for p in papers for d in p.dates if (filters.since or d) <= d <= (filters.until or d)})
        if not days:
            return self.not_covered(parsed.clean, [], filters)
        if CATEGORIES_RE.search(parsed.clean):
            return self.categories_note()
        if (newest := bool(LATEST_RE.search(parsed.clean))) or OLDEST_RE.search(parsed.clean):
            day = days[-1] if newest else days[0]
            those = [p for p in papers if day in p.dates]
            result.sources = [Source(n, Hit(p, 0.0)) for n, p in enumerate(those, 1)]
            result.enumeration = True
            numbered = [(n, p, self.best_line(p, parsed)) for n, p in enumerate(those, 1)]
            return shapes.day_papers_text(day, numbered, "newest" if newest else "oldest")
        result.counts = shapes.month_counts(papers, filters.since, filters.until)
        text = shapes.corpus_text(len(papers), days, result.counts, self.filter_phrase(filters))
        unit, fewest = aggregate.period_asked(parsed.clean)
        if unit:  # "which day had the most papers?": the period named first, the monthly counts after it
            counts = result.counts if unit == "month" else aggregate.period_counts(papers, unit, days[0], days[-1])
            text = aggregate.periods_text(unit, counts, fewest) + "\n" + text
        return text

    def period_asked(self, parsed: Parsed, filters: Filters) -> bool:
        """ "Which papers are from 2025?", "papers from March 2025": a period and papers asked, no topic."""
        if any(parsed.concepts) or parsed.excluded or not (filters.since or filters.until):
            return False
        return parsed.intent == "list" or (parsed.intent == "fact" and bool(PAPERS_WORD_RE.search(parsed.clean)))

    def period_list(self, parsed: Parsed, filters: Filters, result: Answer) -> str:
        """ "What came out on 2025-03-14?", "which papers are from March 2025?": every paper of the period (under
        the other filters), by the first day it reached the digests in it, in each digest's order, each with its
        summary's best line."""
        allowed = self.retriever.mask(filters)
        papers = [p for i, p in enumerate(self.retriever.papers) if allowed[i]]
        if not papers:
            return self.nothing("papers", filters, np.array([], dtype=int), result)
        since, until = filters.since or "0000", filters.until or "9999"
        first = {p.id: min(d for d in p.dates if since <= d <= until) for p in papers}
        papers.sort(key=lambda p: first[p.id])
        result.sources = [Source(n, Hit(p, 0.0)) for n, p in enumerate(papers, 1)]
        result.enumeration, result.intent = True, "list"
        head = shapes.corpus_text(len(papers), sorted(set(first.values())), {}, self.filter_phrase(filters))
        lines = [shapes.bullet(n, p, self.best_line(p, parsed)) for n, p in enumerate(papers, 1)]
        return "\n".join([head[:-1] + ":", *lines])

    def category_list(self, parsed: Parsed, filters: Filters, result: Answer) -> str:
        """ "Papers in the Robotics category": every paper the filters let through, newest first, with how few
        papers carry a category at all (the digests give one to a few papers only)."""
        allowed = self.retriever.mask(filters)
        papers = sorted(
            (p for i, p in enumerate(self.retriever.papers) if allowed[i]), key=lambda p: p.date, reverse=True
        )
        result.sources = [Source(n, Hit(p, 0.0)) for n, p in enumerate(papers, 1)]
        result.enumeration, result.intent = True, "list"
        head = shapes.category_head(len(papers), self.filter_phrase(filters), self.categories_note())
        return "\n".join([head, *(shapes.bullet(n, p, self.best_line(p, parsed)) for n, p in enumerate(papers, 1))])

    def categories_note(self) -> str:
        """How few papers carry a category, and which categories there are."""
        papers = self.retriever.papers
        counts = Counter(c for p in papers for c in dict.fromkeys(p.categories))
        return shapes.categories_note(sum(bool(p.categories) for p in papers), len(papers), counts.most_common())

    def author_list(self, parsed: Parsed, filters: Filters, result: Answer) -> str:
        if not parsed.author_names:  # a person no paper lists: say so, and suggest the name an edit away
            result.covered, result.backend, result.intent = False, "none", "list"
            near = namesake(parsed.author, self.author_names)
            shown = next((a for p in self.retriever.papers for a in p.authors if a.lower() == near), near)
            return shapes.unlisted_author(parsed.author, shown, self.author_names.get(near, 0))
        # the digests list some authors by their handle: "Mohit Bansal" is also "mohitbansal"
        names = {bibtex.fold(n) for n in parsed.author_names} or {bibtex.fold(parsed.author)}
        mask = self.retriever.mask(filters)
        papers = [p for i, p in enumerate(self.retriever.papers) if mask[i] and names & {*map(bibtex.fold, p.authors)}]
        if parsed.coauthors:  # "by A, B and C": the papers every one of them wrote
            alone = len(papers)
            together = [{bibtex.fold(h) for h in with_handle(n, self.author_names)} for n in parsed.coauthors]
            papers = [p for p in papers if all(k & {*map(bibtex.fold, p.authors)} for k in together)]
            if not papers:
                result.covered, result.backend, result.intent = False, "none", "list"
                return shapes.not_together([parsed.author, *self.spelt(parsed.coauthors)], alone)
        if papers and coauthors.COAUTHORS_ASKED_RE.search(parsed.clean):  # "who are the coauthors of X?"
            result.sources = [Source(n, Hit(p, 0.0)) for n, p in enumerate(papers, 1)]
            result.intent = "authors"
            return coauthors.coauthors_text(parsed.author, list(enumerate(papers, 1)), names)
        theirs = len(papers)
        if any(parsed.concepts):
            named = shapes.topic_mask(self.checked(parsed.concepts), self.docs)
            papers = [p for p in papers if named[self.retriever.position[p.id]]]
        result.enumeration, result.intent = True, "list"
        if not papers and theirs and parsed.topics:  # "papers on GRPO by X": X's papers exist, none on the topic
            result.covered, result.backend = False, "none"
            return shapes.none_on_topic(parsed.author, theirs, self.as_asked(parsed.topics[0], parsed))
        if not papers:
            return self.nothing(f"work by {parsed.author}", filters, np.array([], dtype=int), result)
        if parsed.intent == "summary":  # "summarise them" after "papers by X": a themed summary of exactly those
            topic = " or ".join(self.as_asked(t, parsed) for t in parsed.topics)
            about = f"{'on ' + topic + ' ' if topic else ''}by {parsed.author}"
            within = [self.retriever.position[p.id] for p in papers]
            text = self.summary_answer(parsed, parsed.clean, filters, "", result, within=within, about=about)
            result.intent = "summary"
            return text
        if self.newest_asked(parsed):  # "what has X published recently?"
            papers.sort(key=lambda p: p.date, reverse=True)
        result.sources = [Source(n, Hit(p, 0.0)) for n, p in enumerate(papers, 1)]
        found = shapes.authors_among(papers, names)
        # a misspelt name ("Yoshua Bengoi") is answered as the listed one, and the answer says which
        asked = bibtex.fold(parsed.author)
        full = " " in parsed.author.strip()
        corrected = full and asked not in names
        # a listed name rather than a handle
        spelt = [n for n in found if " " in n and bibtex.fold(n) in names]
        reading = spelt[0] if corrected and spelt else ""
        handles = [n for n in found if " " not in n] if full else []
        lines = [shapes.author_head(parsed.author, found, len(papers), parsed.clean, reading, handles)]
        if parsed.coauthors:
            together_names = [reading or parsed.author, *self.spelt(parsed.coauthors)]
            lines = [shapes.together_head(together_names, len(papers), parsed.clean)]
        lines += [shapes.bullet(n, p, self.best_line(p, parsed)) for n, p in enumerate(papers, 1)]
        return "\n".join(lines)

    def spelt(self, names: list[str]) -> list[str]:
        """Lower-case listed names as a digest writes them."""
        written = {a.lower(): a for p in self.retriever.papers for a in p.authors if a.lower() in names}
        return [written.get(n, n) for n in names]

    def aggregate_answer(self, parsed: Parsed, filters: Filters, result: Answer) -> str | None:
        """A question across the corpus (`rag.aggregate`): the most prolific authors, the figures stated on a
        benchmark, the categories, counted over the papers the topic and filters leave; what the metadata
        cannot tell (affiliations, full author lists) said as such, citing nothing. None: the general path."""
        kind = aggregate.kind_of(parsed.clean)
        if kind in ("affiliation", "size"):
            result.covered, result.backend = False, "none"
            if kind == "affiliation":
                return aggregate.NO_AFFILIATIONS
            listed = sum(len(p.authors) >= aggregate.AUTHORS_LISTED for p in self.retriever.papers)
            return aggregate.most_authors_text(len(self.retriever.papers), listed)
        mask = self.retriever.mask(filters)
        pool = [p for i, p in enumerate(self.retriever.papers) if mask[i]]
        scope = self.filter_phrase(filters)
        cited: dict[str, int] = {}

        def cite(paper: Paper) -> int:
            if paper.id not in cited:
                cited[paper.id] = len(cited) + 1
                result.sources.append(Source(cited[paper.id], Hit(paper, 0.0)))
            return cited[paper.id]

        if kind == "usage" and (usage_of := usage.usage_asked(strip_dates(parsed.clean, self.latest_day)[0])):
            return self.usage_answer(usage_of, pool, filters, scope, cite, result)
        if kind == "threshold" and (bound := aggregate.threshold_asked(strip_dates(parsed.clean, self.latest_day)[0])):
            pattern = aggregate.name_pattern(bound.benchmark)
            lower = bool(aggregate.LOWER_IS_BETTER_RE.search(bound.metric))
            naming = [p for p in pool if aggregate.names_benchmark(p, pattern)]
            shared = aggregate.shared_activities(naming, pattern)
            measured = aggregate.shared_activities(naming, pattern, measured=True)
            figures = [
                f
                for p in naming
                if (f := aggregate.paper_figure(p, pattern, lower, bound.metric, shared, None, measured))
            ]
            result.covered = any(aggregate.passes(f, bound) for f in figures)
            result.backend = "extractive" if figures else "none"
            return aggregate.threshold_text(bound, figures, len(naming), lower, scope, cite)
        if kind == "speedup" and (topic := aggregate.speedup_topic(parsed.clean)):
            naming = [p for p in pool if aggregate.names_all(p, [topic])]
            speedups = [f for p in naming if (f := aggregate.paper_speedup(p, topic))]
            counted = {f.paper.id for f in speedups}
            elsewhere = [f for p in naming if p.id not in counted and (f := aggregate.paper_speedup(p))]
            result.covered = bool(speedups)
            result.backend = "extractive" if speedups else "none"
            return aggregate.speedups_text(topic, speedups, len(naming), scope, cite, elsewhere)
        if kind == "both":
            names = aggregate.both_asked(parsed.clean)
            first, second = (aggregate.family_pattern(n) for n in names)
            on_first = [p for p in pool if aggregate.names_benchmark(p, first)]
            on_second = {p.id for p in pool if aggregate.names_benchmark(p, second)}
            both = [p for p in on_first if p.id in on_second]
            result.covered = bool(both)
            result.backend = "extractive" if both else "none"
            return aggregate.both_text(names, both, (len(on_first), len(on_second)), scope, cite)
        if kind == "figure":
            asked, _, _ = strip_dates(parsed.clean, self.latest_day)
            benchmark, metric = aggregate.benchmark_asked(asked)
            if not benchmark:
                return None
            pattern = aggregate.name_pattern(benchmark)
            lower = aggregate.lower_is_better(asked, metric)
            naming = [p for p in pool if aggregate.names_benchmark(p, pattern)]
            shared = aggregate.shared_activities(naming, pattern)
            measured = aggregate.shared_activities(naming, pattern, measured=True)
            stated = [
                f for p in naming if (f := aggregate.paper_figure(p, pattern, lower, metric, shared, None, measured))
            ]
            qualifier = aggregate.qualifier_asked(asked)
            figures = (
                [
                    f
                    for p in naming
                    if (f := aggregate.paper_figure(p, pattern, lower, metric, shared, qualifier, measured))
                ]
                if qualifier
                else stated
            )
            result.covered = bool(figures)
            result.backend = "extractive" if figures else "none"
            return aggregate.figures_text(
                benchmark, metric, figures, len(naming), lower, scope, cite, qualifier, stated
            )
        if kind == "parameters":
            smallest, words = aggregate.size_asked(parsed.clean)
            naming = [p for p in pool if aggregate.names_all(p, words)]
            sizes = [s for p in naming if (s := aggregate.paper_size(p, smallest))]
            result.covered = bool(sizes)
            result.backend = "extractive" if sizes else "none"
            return aggregate.sizes_text(sizes, len(naming), smallest, " ".join(words), scope, cite)
        if kind == "category":
            rows = aggregate.ranked(pool, lambda p: p.categories, aggregate.SHOWN_AUTHORS)
            result.covered = bool(rows)
            return aggregate.categories_text(rows, len(pool), scope, cite)
        topic = " or ".join(parsed.topics)
        if any(parsed.concepts):
            kept, named = self.topic_papers(parsed.concepts, filters, parsed.topics)
            if not len(kept):
                return self.nothing(topic, filters, named, result)
            pool = [self.retriever.papers[int(i)] for i in kept]
            scope = f"on {self.as_asked(topic, parsed)}{scope}"
        else:
            scope = f"in the digests{scope}"
        rows = aggregate.ranked(pool, lambda p: p.authors, aggregate.how_many(parsed.clean))
        counts = Counter(a for p in self.retriever.papers for a in dict.fromkeys(p.authors))
        with_authors = sum(bool(p.authors) for p in pool)
        result.covered = bool(rows)
        return aggregate.authors_text(rows, scope, len(pool), with_authors, counts, cite)

    def usage_answer(
        self,
        asked: usage.Asked,
        pool: list[Paper],
        filters: Filters,
        scope: str,
        cite: Callable[[Paper], int],
        result: Answer,
    ) -> str:
        """Which benchmark, model or baseline the topic's papers (all papers, with no topic) use most: the names
        they write ranked by papers, and for benchmarks on a topic, the papers making one on it after them."""
        where = f"in the digests{scope}"
        if asked.topic:
            named_as = self.understood(f"which papers use {asked.topic}?")
            kept, named = self.topic_papers(named_as.concepts, filters, named_as.topics)
            if not len(kept):
                return self.nothing(asked.topic, filters, named, result)
            pool, where = [self.retriever.papers[int(i)] for i in kept], f"on {asked.topic}{scope}"
        vocabulary, families, against = self.usage_names
        field_word = lambda name: against[name] < usage_counts.AGAINST_SHARE * self.cased_df.get(name, 0)  # noqa: E731
        used = (
            usage_counts.benchmark_counts(pool, vocabulary)
            if asked.what == "benchmark"
            else usage_counts.model_counts(pool, families)
            if asked.what == "model"
            else usage_counts.baseline_counts(pool, families, field_word, asked.models)
        )
        result.covered = bool(used)
        result.backend = "extractive" if used else "none"
        text = usage_counts.used_text(asked, used, len(pool), where, cite)
        if asked.what == "benchmark" and asked.topic:
            text += self.made_for(asked.topic, filters, cite)
        return text

    def made_for(self, topic: str, filters: Filters, cite: Callable[[Paper], int]) -> str:
        """The papers making a benchmark or data set on the topic, as "what are the common benchmarks for X?" lists
        them, under the answer's numbers; '' when none does."""
        made = self.ask(f"what are the common benchmarks for {topic}?", filters=filters)
        if not made.enumeration or f"introduce {shapes.PAPER_KINDS_SAID['data']} on" not in made.answer.split("\n")[0]:
            return ""
        by_n = {s.n: s.hit.paper for s in made.sources}
        number = {n: cite(by_n[n]) for n in map(int, CITATION_RE.findall(made.answer)) if n in by_n}
        return "\n\nThe papers making one:\n" + renumbered(made.answer, number)

    def best_line(self, paper: Paper, parsed: Parsed) -> str:
        concepts = [c for a in parsed.concepts for c in a]
        return shapes.result_sentence(paper, "", concepts)

    def filter_phrase(self, filters: Filters) -> str:
        parts = []
        if filters.since and filters.since == filters.until:
            parts.append(f" on {filters.since}")
        elif filters.since or filters.until:
            parts.append(f" between {filters.since or 'the start'} and {filters.until or 'the end'}")
        if filters.category:
            parts.append(f" in {filters.category}")
        if filters.has_code:
            parts.append(" with a code link")
        return "".join(parts)

    def each_filter(self, filters: Filters) -> list[tuple[str, int]]:
        """Each filter alone with how many papers it allows: "carry a code link" (7 do)."""
        alone = []
        if filters.since or filters.until:
            dates = Filters(since=filters.since, until=filters.until)
            alone.append((f"fall{self.filter_phrase(dates)}", dates))
        if filters.category:
            alone.append((f"are in {filters.category}", Filters(category=filters.category)))
        if filters.has_code:
            alone.append(("carry a code link", Filters(has_code=True)))
        counted = [(said, int(self.retriever.mask(f).sum())) for said, f in alone]
        return [(shapes.agreeing(said, n), n) for said, n in counted]

    def nothing(
        self,
        topic: str,
        filters: Filters,
        named: np.ndarray,
        result: Answer,
        unfiltered: int | None = None,
        concepts: list[list[list[str]]] | None = None,
        asked: str = "",
    ) -> str:
        """No paper fits: say so, and how many papers the filters allow; `unfiltered`, how many the same
        list holds without them (else how many papers name the topic at all). With the topic's `concepts` (and
        the question as `asked`, whose spelling names what is missing):
        papers writing all its words apart are no firm "no" (the closest of them are shown); else what no
        paper names, and the closest papers, uncited."""
        result.covered = False
        result.backend = "none"
        if filters:
            allowed = int(self.retriever.mask(filters).sum())
            described = "match the filters" + self.filter_phrase(filters).replace(" between", ": between", 1)
            text = shapes.empty_filter_text(topic, allowed, described) + shapes.each_filter_text(
                self.each_filter(filters)
            )
            if unfiltered is not None:
                text += f" Without the filters, {unfiltered} paper{'s' if unfiltered != 1 else ''} use or study it."
            elif len(named):
                text += f" Without the filters, {len(named)} papers name it."
            return text
        if not concepts:
            return self.not_covered(topic, [], filters)
        apart = self.apart(concepts)
        if len(apart):
            many = len(apart) != 1
            head = (
                f'I found no paper on "{topic}" as asked; {len(apart)} paper{"s" if many else ""} '
                f"name{'' if many else 's'} all its words, not as one topic."
            )
            return f"{head}\n" + shapes.closest_line(self.closest(topic, concepts, filters, apart), may=True)
        text = self.not_covered(topic, [], filters, self.missing_said(topic, concepts, asked))
        closest = shapes.closest_line(self.closest(topic, concepts, filters))
        return f"{text}\n{closest}" if closest else text

    def apart(self, concepts: list[list[list[str]]]) -> np.ndarray:
        """The papers writing every concept of an alternative, each in any order and place (`loosely_named`)."""
        out = np.zeros(len(self.docs), dtype=bool)
        for alternative in (a for a in concepts if a):
            out |= np.logical_and.reduce([shapes.loosely_named(c, self.docs) for c in alternative])
        return np.flatnonzero(out)

    def authors_answer(self, parsed: Parsed, query: str, filters: Filters, mode: str, result: Answer) -> str | None:
        """The authors, as the digest lists them, of the paper the question names or describes."""
        found = self.paper_asked(parsed, query, filters, mode)
        return self.authors_of(found, result) if isinstance(found, Paper) else found

    def when_answer(self, parsed: Parsed, query: str, filters: Filters, mode: str, result: Answer) -> str | None:
        """The day the paper asked about reached the digests; for a topic ("when did papers on GRPO first
        appear?"), its first paper and its latest."""
        topical = re.search(
            r"\b(?:papers|works|studies|articles|research|work)\b"
            r"|\b(?:first|earliest|oldest|latest|newest|recent|last)\s+(?:[\w-]+\s+){0,3}?(?:paper|study|article)\b",
            parsed.clean,
            re.I,
        )
        found = None if topical else self.paper_asked(parsed, query, filters, mode)
        if isinstance(found, Paper):
            return self.when_of(found, result)
        if found is not None or not any(parsed.concepts):
            return found
        kept, named = self.topic_papers(parsed.concepts, filters, parsed.topics)
        topic = " or ".join(parsed.topics)
        if not len(kept):
            return self.nothing(topic, filters, named, result)
        papers = sorted((self.retriever.papers[i] for i in kept), key=lambda p: (shapes.first_date(p), p.id))
        ends = [papers[0], papers[-1]] if len(papers) > 1 else papers
        newest = bool(re.search(r"\b(?:latest|newest|most\s+recent|last)\b", parsed.clean, re.I))
        ends = ends[::-1] if newest else ends
        result.sources = [Source(n, Hit(p, 0.0)) for n, p in enumerate(ends, 1)]
        return shapes.first_and_latest_text(topic, ends, len(papers), self.filter_phrase(filters), newest)

    def paper_asked(self, parsed: Parsed, query: str, filters: Filters, mode: str) -> Paper | str | None:
        """The paper a question names by its title (closely, typos allowed) or describes; where it names a
        system no paper presents, the text saying so; None where neither."""
        names = self.names_asked(parsed)
        called = bool(called_paper(parsed.clean))
        # "the LoRA paper" is LoRA's own, not one of the many papers that introduce a variant within it
        writers = {n: self.writers(n) for n in names} if called else {}

        def presented(p: Paper) -> bool:
            if called:
                return not names or any(shapes.presents_own(p, n, writers[n]) for n in names)
            return not names or any(shapes.presents(p, n) for n in names)

        paper, whole = self.titled_paper(parsed)
        if paper and not whole and not presented(paper):
            paper = None  # a name close to the asked one is not its paper ("Towards an AI co-scientist")
        hits = (
            [] if paper else self.retriever.search(" ".join(parsed.topics) or query, k=10, filters=filters, mode=mode)
        )
        described = [] if paper else self.retriever.search(query, k=5, filters=filters, mode=mode)
        if paper is None:
            concepts = [c for a in parsed.concepts for c in a]
            titled = [
                h
                for h in hits
                if concepts
                and all(any(f in stem_key(h.paper.title) for f in c) for c in concepts)
                and presented(h.paper)
            ]
            if titled:
                paper = min(titled, key=lambda h: (len(h.paper.title), hits.index(h))).paper
        if paper is None:
            paper = next((h.paper for h in described if self.describes(parsed, h.paper) and presented(h.paper)), None)
        if paper is None and names:  # a paper whose summary introduces the name ("… an MLLM called Llamole")
            paper = next((h.paper for h in [*described, *hits] if presented(h.paper)), None)
        if paper is None and names:
            # a system no paper of the digests presents: say so rather than quote one that mentions it, unless one
            # title is about it ("who are Muon's authors?" after "the Muon paper": Practical Efficiency of Muon …);
            # several such titles are listed only where the question calls it a paper ("who made Mamba?" is not).
            # A name of several words not called a paper is a title itself ("Attention Is All You Need"), which a
            # longer title holding it ("Tensor Product Attention Is All You Need") is not.
            name = " ".join(names)
            mentions = self.mentioning(names, filters)
            taken = shapes.title_standing_for(name, mentions) if called or len(name.split()) == 1 else None
            return taken or shapes.absent_paper_text(name, mentions, parsed.intent, titles=called)
        return paper

    @staticmethod
    def names_asked(parsed: Parsed) -> list[str]:
        """The question's topics that are system names ("FlashAttention-3", "GPT-5", "Mamba", "AI
        Scientist", "Attention Is All You Need"), as written: a name, or capitalised words."""
        spans = (re.search(re.escape(t), parsed.clean, re.I) for t in parsed.topics)
        named = [m.group(0) for m in spans if m and (NAME_RE.search(m.group(0)) or capitalised(m.group(0)))]
        named = [without_report(n, parsed.clean) for n in named]
        return named + [t for t in TITLE_RUN_RE.findall(parsed.clean) if t not in named]

    @property
    def title_keys(self) -> tuple[list[str], list[str]]:
        """Each paper's title, and its name before a colon, as content words only (for fuzzy matching)."""
        if self._titles is None:
            full = [title_key(p.title) for p in self.retriever.papers]
            short = [title_key(p.title.split(":")[0]) if ":" in p.title else "" for p in self.retriever.papers]
            self._titles = (full, short)
        return self._titles

    def titled_paper(self, parsed: Parsed) -> tuple[Paper | None, bool]:
        """The paper whose title (or name before its colon) the question quotes or spells out, typos
        allowed; and whether the question spelled out its whole title (not only a name close to it)."""
        quoted = re.findall(r"[\"“'‘]([^\"”'’]{3,200})[\"”'’]", parsed.clean)
        wanted = [title_key(q) for q in quoted] or [title_key(" ".join(parsed.topics))]
        full, short = self.title_keys
        best: tuple[float, int, bool] | None = None
        for key in filter(None, wanted):
            for keys in (full, short):
                found = process.extractOne(key, keys, scorer=fuzz.ratio, score_cutoff=TITLE_MATCH)
                if found and (best is None or found[1] > best[0]):
                    # a long title spelled out is its paper; two words close to a short one may be another's
                    best = (found[1], found[2], (keys is full and len(key.split()) >= 3) or bool(quoted))
        return (self.retriever.papers[best[1]], best[2]) if best else (None, False)

    def describes(self, parsed: Parsed, paper: Paper) -> bool:
        """Whether a paper's text names most of the question's specific words (a description of it)."""
        words = {w for t in parsed.topics for w in stems(t) if w not in GENERIC_STEMS and len(w) > 2}
        if len(words) < 2:
            return False
        doc = set(self.docs[self.retriever.position[paper.id]].split())
        return len(words & doc) >= DESCRIBED * len(words)

    def origin_answer(self, name: str, parsed: Parsed, filters: Filters, result: Answer) -> str:
        """The paper that introduces X: the one whose title names X as its own, else one whose summary says it
        introduces X itself; a paper with X inside a longer name ("DPO-Shift") or only using X is not it. With
        none, say so and show the earliest paper writing X whole, in any of the names it goes by."""
        names = shapes.origin_names(name, self.retriever.acronyms)
        own = [p for p in self.retriever.papers if any(shapes.introduced(n, p) for n in names)]
        writing = (p for p in self.mentioning(names, filters) if shapes.naming_sentence(names, p))
        naming = sorted(writing, key=lambda p: (shapes.first_date(p), p.id))
        said = {p.id: next((s for n in names if (s := shapes.origin_sentence(n, p))), "") for p in [*own, *naming]}
        origin = min(own, key=lambda p: (p.date, p.id)) if own else next((p for p in naming if said[p.id]), None)
        if origin is not None:
            result.sources = [Source(1, Hit(origin, 1.0))]
            sentence = said[origin.id] or next(iter(sentences(origin.summary)), origin.title)
            return shapes.origin_text(name, origin, sentence)
        start = min(p.date for p in self.retriever.papers if p.date)
        earliest = naming[0] if naming else None
        if earliest is None:
            return shapes.no_origin_text(name, start, None, "")
        result.sources = [Source(1, Hit(earliest, 1.0))]
        said_it = shapes.naming_sentence(names, earliest)
        return shapes.no_origin_text(name, start, earliest, "" if said_it == earliest.title else said_it)

    def paper_named(self, name: str) -> list[Paper]:
        """The papers whose title's head is `name` as a whole ("Kuwain", "Kimi k1.5"), never a name inside it."""
        return [self.retriever.papers[i] for i, said in self.names_in(name).items() if said == spaced(name)]

    def named_term(self, term: str, result: Answer) -> str:
        """A term asked of a paper named after it ("what is text-centric alignment in EMOVA?", "define language
        injection (Kuwain)"): the term as the named paper's summary writes it, citing that paper, or that its
        summary does not say it; "" where the words after "in" name no paper."""
        m = TERM_IN_NAME_RE.match(term)
        papers = self.paper_named(m["name"]) if m else []
        if not m or not papers:
            return ""
        asked, name = m["term"], m["name"]
        said = [(p, shapes.named_term_sentence(p, asked, name)) for p in papers]
        paper, sentence = next(((p, t) for p, t in said if t), said[0])
        result.sources = [Source(1, Hit(paper, 1.0))]
        result.intent, result.covered = "fact", True
        if not sentence:
            return shapes.unstated_text(1, paper, asked)
        return f"**{paper.title}** [1]: {sentence}"

    def definition_answer(self, parsed: Parsed, filters: Filters, mode: str, result: Answer) -> str | None:
        term = parsed.term or parsed.topics[0]
        if named := self.named_term(term, result):
            return named
        low = term.lower()
        acronyms = self.retriever.acronyms
        expansion = acronyms.get(low, "")
        acronym = term
        concepts = parsed.concepts if any(parsed.concepts) else [[concept_of(term, acronyms)]]
        if not expansion:
            # a compound written whole or split ("pretraining", "pre-training") is one term
            reverse = [a for a, e in acronyms.items() if stem_key(e).replace(" ", "") == stem_key(low).replace(" ", "")]
            if reverse:
                summaries = [p.summary for p in self.retriever.papers]
                acronym, expansion = shapes.bracketed_acronym(term, reverse[0].upper(), summaries), term
                if stem_key(acronyms[reverse[0]]) != stem_key(low):  # the papers' own spelling finds them too
                    expansion = acronyms[reverse[0]]
                    concepts = [*concepts, [[stem_key(expansion)]]]
        named = shapes.topic_mask(concepts, self.docs) & self.retriever.mask(filters)
        indices = np.flatnonzero(named)
        every = [self.retriever.papers[i] for i in indices]
        papers = [self.retriever.papers[i] for i in self.naming(concepts, indices)]
        meanings = shapes.spelled_out(acronym, every) if acronym == term else {}
        if not expansion and meanings:
            expansion = max(meanings, key=lambda e: (meanings[e], -len(e)))
        papers = self.in_sense_of(papers, acronym, expansion)
        # asked by its acronym, the term spelled out beside it says what it stands for; asked in words, a
        # sentence that only names it with its acronym ("a knowledge distillation (KD) framework") says nothing
        found = shapes.find_definition(acronym, expansion, papers, mentions=acronym == term)
        if found is None and papers:
            # named but never defined: say so, and show what the papers studying it do with it
            used = shapes.usage(acronym, expansion, papers)
            if used is None and (name := shapes.NAME_IN_FIELD_RE.match(acronym)):
                used = shapes.usage(name.group(1), "", papers)
            if used:
                paper, said = used
            else:  # every paper only measures against it: the best-ranked one shows how
                paper = self.ranked(np.array([self.retriever.position[p.id] for p in papers]), term, filters, mode)[0]
                said = shapes.result_sentence(paper, "", [c for a in parsed.concepts for c in a])
            result.sources = [Source(1, Hit(paper, 1.0))]
            spelled = expansion if acronym == term and expansion else shapes.spelled_within(term, acronyms)
            named = f"{term} ({acronym})" if acronym != term else term
            count = self.named_count(parsed, filters, papers)
            compares = used is None and shapes.compared_only(acronym, expansion, papers)
            return shapes.undefined_text(named, spelled, count, said, compares=compares)
        if found is None:
            return None
        result.sources = [Source(1, Hit(found.paper, 1.0))]
        count = self.named_count(parsed, filters, papers)
        disowned = shapes.disowns(term, expansion, found.paper)
        if found.mention and acronym == term and shapes.stands_for(term, expansion):
            text = shapes.spelled_only_text(term, expansion, count, found.sentence)
        else:
            text = shapes.definition_text(term, 1, found, count, spelled=not disowned)
        others = [e for e, c in sorted(meanings.items(), key=lambda kv: -kv[1]) if stem_key(e) != stem_key(expansion)]
        if expansion and acronym == term and disowned:
            others = [expansion, *others]  # another paper's words for it, said as theirs
            text += f" In other papers {term} stands for {' or '.join(others[:3])}."
        elif others:
            text += f" In other papers {term} also stands for {' or '.join(others[:3])}."
        return text

    def named_count(self, parsed: Parsed, filters: Filters, papers: list[Paper]) -> int:
        """How many papers name the term, as "how many papers mention X?" counts them (`naming_papers`), so that
        a definition and a count say one number for one notion; the papers a definition reads (`papers`,
        where no name of the question's own is found) otherwise."""
        return len(self.naming_papers(parsed, filters)) or len(papers)

    def in_sense_of(self, papers: list[Paper], acronym: str, expansion: str, variants: bool = False) -> list[Paper]:
        """The papers naming a term in its asked sense: those spelling it out, and those writing its acronym
        as they do; an acronym's other senses (MOD-X for Mixture-of-Depths, GLM-4 for
        generalized linear models) are not counted. Unchanged where no paper spells the term out. With
        `variants`, a hyphenated version ("ViT-L/14") counts where the spelling papers write such forms too."""
        key = f" {stem_key(expansion).strip()} "
        if len(key.split()) < 2 or not acronym:
            return papers
        position = self.retriever.position
        spelling = [p for p in papers if shapes.form_in(key, self.docs[position[p.id]])]
        if not spelling:
            return papers
        casings = shapes.acronym_casings(acronym, [p.text for p in spelling])
        variants = variants and shapes.writes_variants(casings, [p.text for p in spelling])
        return [p for p in papers if shapes.in_sense(p.text, self.docs[position[p.id]], key, casings, variants)]

    def compare_answer(self, parsed: Parsed, filters: Filters, mode: str, result: Answer) -> str:
        """A table of the two sides: how many papers each, its best papers and what they do (a paper
        on one side only speaks for it before one on both), the words that set it apart with a paper
        that uses them, and the papers on both."""
        sources: list[Source] = []

        def cite(p: Paper, concepts: list[list[str]]) -> tuple[int, Paper, str]:
            n = next((s.n for s in sources if s.hit.paper.id == p.id), 0)
            if not n:
                n = len(sources) + 1
                sources.append(Source(n, Hit(p, 0.0)))
            return n, p, shapes.result_sentence(p, "", concepts)

        kept, forms, sure, passing, scope, missing, scope_forms = self.compared_sets(parsed, filters)
        shared = kept[0] & kept[1]
        own = [kept[0] - shared, kept[1] - shared]
        named = [t for t in parsed.topics] + [self.retriever.acronyms.get(t.lower(), "") for t in parsed.topics]
        named += [parsed.scope] if scope else []
        named += [w for t in parsed.topics for w in re.findall(r"[a-z]+", t)]  # InternVL2.5's papers: no "internvl"
        named += [a for a, e in self.retriever.acronyms.items() for t in parsed.topics if stem_key(e) == stem_key(t)]
        exclude = frozenset(stems(" ".join(named)))
        texts = [[contrast.own_words(self.retriever.papers[i]) for i in sorted(side)] for side in own]
        total = len(self.retriever.papers)
        sides = []
        for k, (topic, concepts) in enumerate(zip(parsed.topics, parsed.concepts)):
            ranked = self.ranked(np.array(sorted(kept[k]), dtype=int), f"{topic} {parsed.scope}", filters, mode)
            examples = [cite(p, concepts) for p in ranked[:3]]
            mine = [p for p in ranked if self.retriever.position[p.id] in own[k]]
            if examples and self.retriever.position[examples[0][1].id] in shared and mine:
                # a paper on this side only says what the side does, right after the best paper
                rest = [e for e in examples[1:] if e[1].id != mine[0].id]
                examples = [examples[0], cite(mine[0], concepts), *rest][:3]
            words = contrast.distinctive(texts[k], texts[1 - k], exclude, self.word_df, total, n=6)
            # the words are shown only as far as a cited example uses them: no paper is cited for them alone
            witness, shown = contrast.witness([p for _, p, _ in examples], words)
            sides.append(
                shapes.Side(
                    self.as_asked(topic, parsed),
                    len(kept[k]),
                    examples,
                    shown,
                    cite(witness, concepts)[0] if witness else 0,
                    len(passing[k]),
                )
            )
        # The papers on both: one already cited for a side if any (no new citation), else the best of them.
        on_both = [s.hit.paper for s in sources if self.retriever.position[s.hit.paper.id] in shared][:1]
        both_papers = (
            on_both or self.ranked(np.array(sorted(shared), dtype=int), " ".join(parsed.topics), filters, mode)[:1]
        )
        concepts = [c for a in parsed.concepts for c in a]
        both = shapes.Side("both", len(shared), [cite(p, concepts) for p in both_papers], [])
        found = self.direct_findings(
            kept, forms, sure, parsed, filters, mode, scope_forms if scope and not missing else []
        )
        findings = [(cite(p, concepts)[0], p, said) for p, said in found]
        result.sources = sources
        if not sources:
            return self.nothing(" and ".join(parsed.topics), filters, np.array([], dtype=int), result)
        result.table = shapes.compare_table(sides, both)
        return "\n\n".join(
            part
            for part in (
                shapes.compare_text(sides, both, scope, missing),
                shapes.findings_text(findings),
                shapes.table_text(result.table),
            )
            if part
        )

    def compared_sets(
        self, parsed: Parsed, filters: Filters
    ) -> tuple[
        list[set[int]],
        list[list[list[str]]],
        list[list[list[list[str]]]],
        list[set[int]],
        str,
        list[str],
        list[list[str]],
    ]:
        """A comparison's two sides: the papers using each, each side's forms and sure names, the papers only naming
        each, the scope as asked ("X vs Y for Z": each side among the papers on Z, unless that leaves one of them
        none), the sides the scope leaves with none, and the scope's forms."""
        kept, forms, sure, passing = [], [], [], []
        for topic, alternative in zip(parsed.topics, parsed.concepts[:2]):
            using, side, loose, naming = self.compared_side(topic, alternative, parsed, filters)
            kept.append(using)
            forms.append(side[0])
            sure.append(listing.without(side, loose))
            passing.append(naming - using)
        on_scope, scope_forms = self.on_scope(parsed, filters)
        narrowed = [side & on_scope for side in kept]
        scope = self.as_asked(parsed.scope, parsed) if parsed.scope else ""
        missing = [self.as_asked(t, parsed) for t, side in zip(parsed.topics, narrowed) if not side] if scope else []
        if scope and not missing:
            kept = narrowed
            passing = [side & on_scope for side in passing]
        return kept, forms, sure, passing, scope, missing, scope_forms

    def direct_findings(
        self,
        kept: list[set[int]],
        forms: list[list[list[str]]],
        sure: list[list[list[list[str]]]],
        parsed: Parsed,
        filters: Filters,
        mode: str,
        scope_forms: list[list[str]],
    ) -> list[tuple[Paper, str]]:
        """The sentences setting a comparison's sides against each other, from the papers on both and from a paper on
        one side that names the other in full ("CoD matches or surpasses Chain-of-Thought accuracy")."""
        either = sorted(kept[0] | kept[1])
        texts_of = [self.docs[i] for i in either]
        naming = shapes.topic_mask(sure[0], texts_of) & shapes.topic_mask(sure[1], texts_of)
        comparing = (kept[0] & kept[1]) | {i for i, both_named in zip(either, naming) if both_named}
        return self.findings(comparing, forms, parsed, filters, mode, scope_forms)

    def weighed_terms(self, parsed: Parsed, filters: Filters, mode: str, result: Answer) -> str:
        """ "which is better?" after a comparison of two terms, asked as "is DPO better than PPO?": the yes-or-no
        reading a comparison of papers has, not the table again. The digests hold no overall verdict on two
        techniques, so the answer is what the papers setting them against each other state, or that none does."""
        kept, forms, sure, _, scope, missing, scope_forms = self.compared_sets(parsed, filters)
        first, second = (self.as_asked(t, parsed) for t in parsed.topics[:2])
        asked = versus.asked(parsed.clean)
        word = asked.comparative if asked else "better"
        found = self.direct_findings(
            kept, forms, sure, parsed, filters, mode, scope_forms if scope and not missing else []
        )
        result.sources = [Source(n, Hit(p, 0.0)) for n, (p, _) in enumerate(found, 1)]
        if not found:
            result.covered, result.backend = False, "none"
            return shapes.not_weighed(first, second, word, len(kept[0] & kept[1]))
        return shapes.weighed_text(first, second, word, [(n, p, said) for n, (p, said) in enumerate(found, 1)])

    def papers_spelling(self, asked: str, casing: str) -> tuple[str, str]:
        """How the papers write a word typed in small letters (`casing`: its capitalised spelling) or in capitals
        (its spelling with a small letter first), each a scan of every summary: kept per word, as the corpus
        decides it."""
        if (asked, casing) not in self._spellings:
            summaries = [p.summary for p in self.retriever.papers]
            self._spellings[asked, casing] = (
                listing.corpus_casing(casing, summaries) if casing else "",
                "" if casing else listing.acronym_casing(asked, summaries),
            )
        return self._spellings[asked, casing]

    def name_written(self, topic: str, parsed: Parsed) -> re.Pattern[str] | None:
        """How a topic written as a name (`listing.written_as_name`), a word the papers write as one ("mamba" is
        "Mamba") or an agent noun ("transformers", `listing.agent_noun`) is found as written, with its spellings
        ("Llama3.1", "InternVL 2.5"): stems would make "Transformers" "transformation". None for a topic
        matched by its stems."""
        asked = self.as_asked(topic, parsed)
        words = asked.split()
        casing = "" if len(words) != 1 or any(c.isupper() or c.isdigit() for c in asked[1:]) else asked
        spelled, acronym = self.papers_spelling(asked, casing)
        if acronym:
            return listing.cased_pattern(acronym, asked)  # "DLLMS" asked, "dLLMs" written; "mAP" is no "map"
        agent = len(words) == 1 and listing.agent_noun(asked)  # "transformers" is no "transformation"
        if not (spelled or agent or listing.written_as_name(asked, parsed.clean.lower().startswith(asked.lower()))):
            return None
        return listing.name_pattern(spelled or asked)

    def versus_answer(self, question: str, result: Answer) -> str | None:
        """ "is X better than Y (on Z)?" where X or Y names a paper: yes or no from the sentence that sets the
        two against each other (the asked side's own summary first, one naming Z before one that does not),
        with its figures; where no sentence names both, what each side's own summary reports. None for any
        other question, where neither side names a paper (the counting comparison answers "is LoRA better
        than full fine-tuning?"), or where sentences name both without a verdict on what was asked ("is
        DeepSeek-R1 safer than o3-mini?": the comparison quotes the papers weighing the two on safety)."""
        asked_of = versus.asked(question)
        if asked_of is None:
            return None
        owners = [self.owned_by(asked_of.first), self.owned_by(asked_of.second)]
        if not any(owners):
            return None
        papers = self.retriever.papers
        written = [
            shapes.REPORT_NAME_END_RE.sub("", papers[min(own)].title.split(":")[0].strip()) if own else side
            for own, side in zip(owners, (asked_of.first, asked_of.second))
        ]
        df = self.stem_df
        cues = versus.cues_for(asked_of.comparative)
        found: list[tuple[tuple[bool, bool], int, str, str]] = []
        side_by_side = False  # a sentence names both sides, whether or not it says which is ahead
        for i in self.naming_sides(written, owners):
            implicit = 0 if i in owners[0] else 1 if i in owners[1] else None
            for sentence in shapes.claims(papers[i].summary):
                spans = [versus.mentions(sentence, side, df) for side in written]
                spans[1] = [s for s in spans[1] if not any(a <= s[0] < b for a, b in spans[0])]
                if not all(spans[k] or implicit == k for k in (0, 1)):
                    continue
                side_by_side = True
                won = versus.winner(sentence, spans, implicit, cues)
                if not won:
                    continue  # both named, neither said to win: "top models like OpenAI-o1 and DeepSeek-R1"
                said = versus.said_of(won, asked_of.comparative)
                on_scope = not asked_of.scope or bool(versus.mentions(sentence, asked_of.scope, df, versions=True))
                found.append(((on_scope, implicit is not None), i, sentence, said))
        if found:
            rank, i, sentence, said = max(found, key=lambda f: f[0])  # max keeps the first of equals
            result.sources = [Source(1, Hit(papers[i], 1.0))]
            decided = versus.Found(1, papers[i].title, rank[1] and i in owners[0], neutralise(sentence), said)
            return versus.verdict_text(asked_of, decided, scope_missing=not rank[0])
        if side_by_side:
            return None  # set side by side without a verdict on what was asked: the comparison quotes them
        sides: list[tuple[str, int, str, str]] = []
        for side, owned in zip(written, owners):
            if owned:
                paper = papers[min(owned)]
                sides.append((side, len(sides) + 1, paper.title, self.reported(paper, asked_of.scope)))
        result.sources = [Source(n, Hit(papers[min(o)], 1.0)) for n, o in enumerate(filter(None, owners), 1)]
        return versus.apart_text(replace(asked_of, first=written[0], second=written[1]), sides)

    def owned_by(self, side: str) -> dict[int, str]:
        """The papers a side of a comparison is the name of: those whose name is the side's name whole
        (`names_in`; "DeepSeek-R1-Zero-Qwen-32B" is not DeepSeek-R1), else the one paper whose title opens
        with it when it is written as a name ("s1", too short for `names_in`), else the one paper whose summary
        introduces it or opens with it (`own_papers`)."""
        runs = {title_key(run) for run in NAME_RUN_RE.findall(side)}
        if named := {i: key for i, key in self.names_in(side).items() if key.strip() in runs}:
            return named
        paper = self.one_paper_named(side) if NAME_WORD_RE.search(side) else None
        if paper is None and NAME_WORD_RE.search(side):
            # "CoSTA* is a cost-sensitive toolpath agent": a summary opening with it, its title not; a title naming it
            # with a version ("OpenVision 2: …") is that version's, no paper of the side's own
            own = [p for p in self.own_papers(side, True) if not yesno.own_title(p.title, side)]
            paper = own[0] if len(own) == 1 else None
        return {self.retriever.position[paper.id]: stem_key(side)} if paper else {}

    def naming_sides(self, written: list[str], owners: list[dict[int, str]]) -> list[int]:
        """The papers that may set the two sides against each other: each side's own papers, then those whose
        text writes both sides' names (the stems of a side written in plain words)."""
        own = sorted({*owners[0], *owners[1]})
        keys = [stem_key(side) for side in written]
        both = [
            i
            for i, doc in enumerate(self.docs)
            if i not in own and all(any(f" {w} " in doc for w in key.split()) for key in keys)
        ]
        return own + both

    def reported(self, paper: Paper, scope: str) -> str:
        """What a paper's own summary reports on the scope asked: a sentence naming it with a figure; without a
        scope, its result sentence; "" where it names the scope with no figure or not at all."""
        if not scope:
            return neutralise(shapes.result_sentence(paper, "what does it achieve?", []))
        df = self.stem_df
        return next(
            (
                neutralise(s)
                for s in shapes.claims(paper.summary)
                if versus.mentions(s, scope, df, versions=True) and shapes.figures(s)
            ),
            "",
        )

    def compared_side(
        self, topic: str, alternative: list[list[str]], parsed: Parsed, filters: Filters
    ) -> tuple[set[int], list[list[list[str]]], set[str], set[int]]:
        """One side of a comparison as a list would take it: (the papers using or studying it, its checked
        forms, the loose ones among them, every paper naming it). A side written as a name (`listing.
        written_as_name`), a word the papers write as one ("mamba" is "Mamba") or an agent noun ("transformers",
        `listing.agent_noun`) keeps its own forms, its acronym twins and its spellings ("Qwen2", "InternVL 2.5"),
        and a paper counts only where it writes the name or a twin: stems would make "Transformers"
        "transformation" and "Agent S" "agents"."""
        asked = self.as_asked(topic, parsed)
        pattern = self.name_written(topic, parsed)
        if pattern is None:
            loose: set[str] = set()
            side = self.checked([alternative], loose)
            using = set(self.papers_using(side, loose, filters, [topic])[0].tolist())
            sure = listing.without(side, loose)
            named = np.flatnonzero(self.names_mask(sure) & self.retriever.mask(filters))
            return using, side, loose, set(named.tolist())
        texts = [p.text for p in self.retriever.papers]
        own = stem_key(asked)
        written = [i for i, text in enumerate(texts) if self.writes_name(pattern, own, text)]  # serves both uses
        twins = [f for c in alternative for f in c if f != own]
        kinds = self.kinds([f for c in alternative for f in c])  # a ConvNeXt is a CNN
        twins += kinds
        extra = [*listing.spellings(pattern, [texts[i] for i in written], len(own.split())), *kinds]
        side = [[[*c, *(v for v in extra if v not in c)] if not k else c for k, c in enumerate(alternative)]]
        allowed = self.retriever.mask(filters)
        named_as_written = set(written)
        naming = {
            int(i)
            for i in np.flatnonzero(allowed)
            if i in named_as_written or any(shapes.form_in(t, self.docs[i]) for t in twins)
        }
        using = set(self.papers_using(side, set(), filters, [topic])[0].tolist()) & naming
        return using, side, set(), naming

    def on_scope(self, parsed: Parsed, filters: Filters) -> tuple[set[int], list[list[str]]]:
        """The papers on what a comparison weighs its sides on ("… for long context"): those using it or
        naming it, with its checked forms; nothing when the question names no such thing."""
        if not parsed.scope_concepts:
            return set(), []
        loose: set[str] = set()
        concepts = self.checked([parsed.scope_concepts], loose)
        using = self.papers_using(concepts, loose, filters, [parsed.scope])[0].tolist()
        full = listing.without(concepts, loose)
        naming = np.flatnonzero(shapes.topic_mask(full, self.docs) & self.retriever.mask(filters)).tolist()
        return {*using, *naming}, concepts[0]

    def findings(
        self,
        shared: set[int],
        sides: list[list[list[str]]],
        parsed: Parsed,
        filters: Filters,
        mode: str,
        scope: list[list[str]] | None = None,
    ) -> list[tuple[Paper, str]]:
        """Sentences in which a paper on both sides sets them against each other ("competitive with
        transformers, especially with long sequences"): what the papers find, the best-ranked first; with
        a `scope` ("for long context"), a sentence naming it too comes before one that does not."""
        out: list[tuple[Paper, str]] = []
        for paper in self.ranked(np.array(sorted(shared), dtype=int), parsed.clean, filters, mode):
            # within a paper, an acronym it spells out as a side is that side ("Chain of Draft (CoD)")
            own = {stem_key(e): stem_key(a) for a, e in mine_acronyms([paper.text]).items()}
            here = [[[*c, *(own[f] for f in c if f in own)] for c in side] for side in sides]
            found = list(shapes.comparing_sentences(paper, here))
            said = next((s for s in found if scope and shapes.names_all(s, scope)), found[0] if found else "")
            if said:
                out.append((paper, said))
            if len(out) == MAX_FINDINGS * (3 if scope else 1):
                break
        # a paper weighing the sides on the scope itself speaks first (the sort keeps the ranking otherwise)
        out.sort(key=lambda found: not (scope and shapes.names_all(found[1], scope)))
        return out[:MAX_FINDINGS]

    def summary_answer(
        self,
        parsed: Parsed,
        query: str,
        filters: Filters,
        mode: str,
        result: Answer,
        within: list[int] | None = None,
        about: str = "",
    ) -> str:
        """A themed overview of the topic's papers within the period, each of them cited.

        The papers are those that use the topic, then those that only name it; when fewer than
        three are found, the period's closest papers by the search fill in, said to be so. `within`: exactly these
        papers (an author's, "summarise them" after "papers by X"), told as `about` ("by X") in the head line.
        """
        mask = self.retriever.mask(filters)
        close: list[Paper] = []
        worded: list[str] = []
        if within is not None:
            chosen, named = list(within), np.array([], dtype=int)
            concepts = self.checked(parsed.concepts) if any(parsed.concepts) else []
        elif any(parsed.concepts):
            loose: set[str] = set()
            concepts = self.checked(parsed.concepts, loose)
            kept, named = self.papers_using(concepts, loose, filters, parsed.topics)
            # Papers that name the topic in full, even in passing (loose names only count through the gate).
            full = listing.without(concepts, loose)
            naming = [int(i) for i in np.flatnonzero(shapes.topic_mask(full, self.docs) & mask)]
            chosen = list(dict.fromkeys([*kept.tolist(), *naming]))
            if not chosen:  # the topic's words together, when no paper writes its phrase
                chosen, worded = self.by_words(parsed.concepts, filters)
            if self._shown is not None:  # "summarise them": the papers the list showed, no others close to them
                chosen = [i for i in chosen if i in set(self._shown.tolist())]
            elif chosen and (filters.since or filters.until):
                wanted = max(SUMMARY_FILL - len(chosen), 0)
                close = self.closest_in(" ".join(parsed.topics), filters, mode, set(chosen), wanted, SUMMARY_SURE)
        else:
            chosen, named = np.flatnonzero(mask).tolist(), np.array([], dtype=int)
        topic = " or ".join(self.as_asked(t, parsed) for t in parsed.topics) or "all topics"
        if not chosen and parsed.recent and (filters.since, filters.until) == (parsed.since, parsed.until):
            # "what's new in X?" with nothing in the last months: X's papers over the whole corpus, said so
            wider = replace(parsed, since="", until="", recent=False)
            first, *rest = self.summary_answer(wider, query, replace(filters, since="", until=""), mode, result).split(
                "\n"
            )
            said = shapes.none_recent(parsed.since, parsed.until, RECENT_MONTHS)
            return "\n".join([f"{first} {said}" if first[:1].isdigit() else first, *rest])
        if not chosen:
            return self.nothing(topic, filters, named, result)
        papers = [self.retriever.papers[i] for i in chosen] + close
        start = filters.since or min(p.date for p in papers)
        end = filters.until or max(p.dates[-1] for p in papers)
        if self._vectors is None:
            self._vectors = self.retriever.vectors()
        tiers: dict[str, int] = {}
        unnamed: frozenset[str] = frozenset()
        if any(parsed.concepts):
            tiers = {self.retriever.papers[i].id: shapes.topic_tier(concepts, self.docs[i]) for i in chosen}
            tiers.update({p.id: SUMMARY_CLOSE_TIER for p in close})
            unnamed = self.topic_words(concepts, papers)
        briefing = build_briefing(
            papers, self._vectors, start, end, tiers=tiers, unnamed=unnamed, digest_days=self.digest_days
        )
        result.sources = [Source(i + 1, Hit(p, 0.0)) for i, p in enumerate(briefing.papers)]
        asked = (start, end) if filters.since or filters.until else ("", "")
        text = shapes.summary_text(
            topic,
            start,
            end,
            briefing,
            {p.id for p in close},
            cite_all=any(parsed.concepts) or within is not None,
            days=missing_digests(*asked, self.digest_days) if any(asked) else (0, 0),
            about=about,
        )
        if worded:  # said as what it is: the topic's words together, not the phrase as asked
            head = shapes.words_head(topic, worded, len(briefing.papers), self.filter_phrase(filters))
            text = f"{head[:-1]}.\n{text}"
        text, order = renumber(text, len(result.sources))
        result.sources = [Source(i + 1, result.sources[old - 1].hit) for i, old in enumerate(order)]
        self._themes[text] = [(t.name, [briefing.papers[i] for i in t.members]) for t in briefing.themes]
        while len(self._themes) > CITED_MEMORY:
            self._themes.popitem(last=False)
        return text

    @staticmethod
    def topic_words(concepts: list[list[list[str]]], papers: Sequence[Paper]) -> frozenset[str]:
        """The words the papers write the topic with (any form, "Retrieval" and "Generation" for RAG):
        every theme of the topic's summary shares them, so none is named by them."""
        wanted = {w for a in concepts for c in a for f in c for w in re.findall(r"[a-z0-9]+", f)}
        return frozenset(
            t for p in papers for t in tokenize(f"{p.title} {p.summary[:400]}") if stem(t) in wanted or t in wanted
        )

    def closest_in(
        self, topic: str, filters: Filters, mode: str, taken: set[int], n: int, sure: int = 0
    ) -> list[Paper]:
        """The period's papers closest to the topic by the search: close by meaning (dense similarity
        high enough), or naming every specific word of the topic in another phrase ("diffusion
        transformer" for diffusion models, "process supervision … rewards" for process reward models):
        a short query's dense similarity is low even for papers squarely on it. A paper that is both
        comes before one that is only either ("a strong baseline for multimodal reward models" is
        close to process reward models by meaning, but never says "process"); up to `sure` of those
        that are both are given even beyond `n`, as papers on the topic in other words."""
        words = {w for w in stems(topic) if w not in GENERIC_STEMS and w not in CLASS_STEMS and len(w) > 2}
        found: list[tuple[bool, int, Paper]] = []
        for rank, hit in enumerate(self.retriever.search(topic, k=SUMMARY_POOL, filters=filters, mode=mode)):
            position = self.retriever.position[hit.paper.id]
            close = (hit.dense or 0.0) >= SUMMARY_CLOSE
            named = bool(words) and words <= set(self.docs[position].split())
            if position not in taken and (close or named):
                found.append((not (close and named), rank, hit.paper))
        both = sum(not either for either, *_ in found)
        return [paper for *_, paper in sorted(found, key=lambda f: f[:2])[: max(n, min(both, sure))]]

    def ask(
        self,
        question: str,
        history: list[tuple[str, str]] | None = None,
        filters: Filters | None = None,
        mode: str | None = None,
    ) -> Answer:
        """The checked answer without the text pieces that `stream` yields before it."""
        *_, result = self.stream(question, history, filters, mode)
        assert isinstance(result, Answer), "stream() ends with the Answer"
        return result

    def fact_text(
        self, question: str, sources: list[Source], enumeration: bool, groups: list[list[str]], parsed: Parsed
    ) -> str:
        """A list answer lists every source; a fact answer is the sentence that answers, from the best
        paper, and a second paper only when it also names every concept of the question. When the best
        paper names few of the question's terms (it matched by meaning), the next candidates follow,
        marked as such, rather than one confident guess."""
        if enumeration:
            query_tokens = set(tokenize(expand_query(question, self.retriever.acronyms)))
            evidence = [
                extractive.Evidence(s.n, s.hit.paper, extractive.best_sentence(s.hit.paper, groups, query_tokens))
                for s in sources
            ]
            return extractive.compose(question, evidence, enumeration)
        if not sources:
            return ""
        concepts = [c for a in parsed.concepts for c in a]
        lead = sources[0]
        acronyms = self.retriever.acronyms
        said = shapes.result_sentence(lead.hit.paper, question, concepts, acronyms)
        phrase, measure = shapes.asked_measure(question, acronyms)
        numeric = shapes.figure_question(question)
        describes = descriptive(question)
        names = {} if describes else self.names_in(question)
        decided = "" if describes or numeric or names else self.unpresented_model(question)
        if decided:
            return decided
        decided = "" if describes or numeric else self.yes_or_no(parsed.english or question, lead, names, concepts)
        if decided:
            return decided
        slotted = "" if describes else self.slot_text(question, sources, names)
        if slotted:
            return slotted
        unstated = (
            "" if describes else self.unstated(question, sources, names, concepts, phrase if numeric else "", measure)
        )
        if unstated:
            return unstated
        if explain.MODELS_ASKED_RE.match(question) and not any(
            explain.names_models(s, lead.hit.paper.title) for s in sentences(lead.hit.paper.summary)
        ):
            return explain.no_models_text(lead.n, lead.hit.paper, said)
        cased = self.recased(question)  # "llama 4 … mmlu" asks of "Llama 4" on "MMLU"
        version = None if describes else shapes.asked_version(cased)
        asks = numeric or phrase or ASKS_DETAIL_RE.match(question)
        if version and asks and not self.says_version(version, said, cased, lead.hit.paper):
            ask = mentioned.asked(cased, shapes.asked_kind(question))
            return self.version_unstated(version, sources, ask.what if ask and ask.bench else "")
        plain = shapes.without_names(said, question)  # "Qwen2.5-VL-72B" states no parameter count
        if numeric and measure and not shapes.states_measure(plain, measure, question):
            # The asked figure is not in the paper's summary: say so before the closest sentence.
            lines = [
                f"The digests do not state the {phrase} asked for. The closest: **{lead.hit.paper.title}** "
                f"[{lead.n}]: {said}"
            ]
        else:
            lines = [f"**{lead.hit.paper.title}** [{lead.n}]: {said}"]
        # Another paper is added only when it names every specific term of the question.
        support = self.support(groups).per_paper() if groups else None
        position = self.retriever.position
        extra = [
            s
            for s in sources[1:]
            if support is not None and len(support) and support[position[s.hit.paper.id]] >= 0.999
        ]
        # The lead matched on the question's own terms when it names most of them (by IDF weight), as
        # coverage counts it; otherwise it matched by meaning and is only the likeliest candidate.
        lexical_lead = (
            support is not None and len(support) > 0 and support[position[lead.hit.paper.id]] >= LEXICAL_COVER
        )
        # A half-remembered description gets its five likeliest candidates, whatever words the first
        # one shares with it.
        heading, shown = (
            ("Related papers:", extra[:3]) if extra else ("Other close matches:", sources[1 : 5 if describes else 4])
        )
        # A fact found by its paper's name, or whose sentence states the figure asked for, is the answer:
        # nothing unrelated follows it (issue 10 point 3).
        named = position[lead.hit.paper.id] in names
        stated = bool(numeric and measure) and shapes.states_measure(plain, measure, question)
        if named or (stated and not extra):
            shown = []
        if named:
            # papers asked by the same name as the lead ("Bielik": 7B v0.1 and 11B v2) are each the answer
            same = names[position[lead.hit.paper.id]]
            for s in sources[1:]:
                if names.get(position[s.hit.paper.id]) != same:
                    continue
                line = shapes.result_sentence(s.hit.paper, question, concepts, acronyms)
                if stated and not shapes.states_measure(line, measure, question):
                    continue  # another system of that name ("ATLaS" agents beside ATLAS body models)
                lines.append(f"**{s.hit.paper.title}** [{s.n}]: {line}")
        if shown and (extra or not lexical_lead or describes):
            lines += ["", heading]
            lines += [
                shapes.bullet(s.n, s.hit.paper, shapes.result_sentence(s.hit.paper, question, concepts)) for s in shown
            ]
        return "\n".join(lines)

    def explaining(self, question: str, parsed: Parsed, hits: list[Hit]) -> tuple[list[Hit], str]:
        """The candidates reordered for a question asking why or how something works, and the opening that
        says no summary explains it ('' when one does). "Why …?": the first of the likeliest candidates whose
        sentence gives a cause leads. "How does X work?" of a technique many papers name (no paper's name):
        a survey or study of X itself leads, not the first variant ranked; when no paper is about X itself
        and the first is a method of its own, the answer says so."""
        if explain.WHY_ASKED_RE.search(question):
            concepts = [c for a in parsed.concepts for c in a]
            for i, h in enumerate(hits[:EXPLAIN_POOL]):
                said = shapes.result_sentence(h.paper, question, concepts, self.retriever.acronyms)
                if explain.gives_reason(said):
                    return [h, *hits[:i], *hits[i + 1 :]], ""
            return hits, ""
        subjects = explain.how_subject(question)
        if not subjects or not hits or self.names_in(question):
            return hits, ""
        for phrase in subjects:
            forms = concept_of(phrase, self.retriever.acronyms)
            naming = int(shapes.concept_hits(forms, self.docs).sum())
            if naming >= EXPLAINED_NAMING:
                break
        else:
            return hits, ""
        ranked = [h.paper for h in hits[: EXPLAIN_POOL * 2]]
        seen = {p.id for p in ranked}
        ranked += [p for p in self.retriever.papers if p.id not in seen and explain.names_form(p.title, forms)]

        def writing(name: str) -> int:
            return int(shapes.concept_hits([stem_key(name)], self.docs).sum())

        best = max(ranked, key=lambda p: explain.itself_rank(p, forms, writing))
        if explain.itself_rank(best, forms, writing):
            lead = next((h for h in hits if h.paper.id == best.id), Hit(best, 1.0))
            return [lead, *(h for h in hits if h.paper.id != best.id)], ""
        if explain.own_method(hits[0].paper, writing):
            # the closest names X itself, not inside a name of its own ("MCTS-RAG") where another title does
            at = next((i for i, h in enumerate(hits[:EXPLAIN_POOL]) if explain.names_itself(h.paper.title, forms)), 0)
            return [hits[at], *hits[:at], *hits[at + 1 :]], explain.unexplained_text(phrase, naming)
        return hits, ""

    def mentioned_figure(self, question: str, hits: list[Hit]) -> mentioned.Mention | None:
        """A model's parameter count or benchmark score asked (`mentioned.asked`): the papers, up to three, whose
        summary attaches that figure to the model (the model's own papers and the search's first), each with
        its sentence. None where the question asks no such figure, or where the model's own paper is to
        answer by the named-paper path: its size, or a score its own summary may state in other words when
        the search leads with it."""
        question = self.recased(question)
        ask = mentioned.asked(question, shapes.asked_kind(question))
        if ask is None:
            return None
        # a size is the same for a model's tuned editions ("Kimi-K2-Instruct (1T)"); a score is not
        pattern = mentioned.model_pattern(ask.model, "" if ask.bench else mentioned.TUNED)
        papers = self.retriever.papers
        named = {p.id for p in papers if pattern.search(f"{p.title} {p.summary}")}
        sized = bool(ask.bench and not named)
        if sized:  # "Qwen2.5-Math" written only with a size: "Qwen2.5-Math-7B"
            pattern = mentioned.model_pattern(ask.model, mentioned.SIZED)
            named = {p.id for p in papers if pattern.search(f"{p.title} {p.summary}")}
        own = [p for p in papers if mentioned.own_paper(p, pattern)]
        # a score asked of a model a paper's summary introduces: that paper's figure on the benchmark is the model's
        presenting = {p.id for p in papers if ask.bench and p.id in named and self.introduces(p, ask.model)}
        searched = {h.paper.id for h in hits}
        first = [*own, *(p for p in papers if p.id in presenting and p not in own)]
        order = [*first, *(h.paper for h in hits), *(p for p in papers if p.id not in searched)]
        size, active = mentioned.named_size(ask.model)
        if size and not ask.bench and named:  # "Qwen3-235B-A22B": the name states it, the papers write the name
            paper = next(p for p in order if p.id in named)
            said = mentioned.naming_sentence(paper, pattern, shapes.claims(paper.summary))
            return mentioned.Mention(ask, pattern, [(paper, neutralise(said))], len(named), by_name=(size, active))
        if own and not ask.bench:
            return None
        if not named:
            return None  # a name no paper writes: the fact path says so, or finds it written otherwise
        found: list[tuple[Paper, str]] = []
        seen: set[str] = set()
        for paper in order:
            if paper.id in seen or paper.id not in named:
                continue
            seen.add(paper.id)
            said = mentioned.attached_sentence(
                paper, ask, shapes.claims(paper.summary), model=pattern, presents=paper.id in presenting
            )
            if said:
                found.append((paper, neutralise(said)))
            if len(found) == MENTIONED_SHOWN:
                break
        if any(mentioned.own_paper(p, pattern) for p, _ in found):  # the model's own figure, not others' runs of it
            found = [(p, said) for p, said in found if mentioned.own_paper(p, pattern)]
        texts = [f"{p.title} {p.summary}" for p in own]
        if not found and own and not any(aggregate.name_pattern(ask.bench).search(t) for t in texts):
            wider = mentioned.other_editions(ask.bench)
            other = {p.id: mentioned.attached_sentence(p, ask, shapes.claims(p.summary), wider, pattern) for p in own}
            if elsewhere := [(p, neutralise(other[p.id])) for p in own if other[p.id]]:
                return mentioned.Mention(ask, pattern, [], len(named), elsewhere[:MENTIONED_SHOWN])
            # a measure asked ("what accuracy …") is said unstated by the fact path, with the closest sentence
            plain = not shapes.asked_measure(question, self.retriever.acronyms)[0]
            if plain and not any(mentioned.writes_any_word(ask.bench, t) or wider.search(t) for t in texts):
                return mentioned.Mention(ask, pattern, [], len(named))  # its own paper writes no word of it
        if not found and shapes.asked_version(question):
            return None  # "Claude 4": the version path counts every way summaries write that version
        if not found and own and hits and mentioned.own_paper(hits[0].paper, pattern):
            return None  # the search leads with the model's own paper: the fact path quotes it or says it is unstated
        if not found and ask.loose:
            return None  # "the size of X" may ask a dataset's size: the fact path reads it
        return mentioned.Mention(ask, pattern, found, len(named), sized=sized)

    def mentioned_text(self, mention: mentioned.Mention, sources: list[Source]) -> str:
        """The sentences attaching the asked figure to the model, or that the digests do not state it, with
        the closest papers naming the model."""
        if mention.by_name[0]:
            said = [(s.n, p, line) for s, (p, line) in zip(sources, mention.found)]
            return mentioned.by_name_text(mention.ask, *mention.by_name, said)
        if mention.found:
            head = [mentioned.sized_head(mention.ask)] if mention.sized else []
            lines = [f"**{s.hit.paper.title}** [{s.n}]: {said}" for s, (_, said) in zip(sources, mention.found)]
            return "\n".join([*head, *lines])
        if mention.elsewhere:
            number = {s.hit.paper.id: s.n for s in sources}
            return mentioned.elsewhere_text(mention.ask, [(number[p.id], p, said) for p, said in mention.elsewhere])
        pattern = mention.pattern
        closest = [(s.n, s.hit.paper) for s in sources if pattern.search(f"{s.hit.paper.title} {s.hit.paper.summary}")]
        return mentioned.unstated_text(mention.ask, mention.naming, closest[:MENTIONED_SHOWN])

    def yes_or_no(self, question: str, lead: Source, names: dict[int, str], concepts: list[list[str]]) -> str:
        """A yes/no question about the paper it names ("does DeepSeek-R1 use SFT?") answered Yes, No or "the
        digest does not say" from its summary's deciding sentence; "" for any other question, or where the
        summary writes the property's words but not as asked (it may say it in other words)."""
        name = names.get(self.retriever.position[lead.hit.paper.id], "")
        if not name or not yesno.PROPERTY_ASKED_RE.match(question) or yesno.NEGATED_ASK_RE.search(question):
            return ""
        asked = yesno.asked_forms(concepts, name, question=question)
        if not asked:
            return ""
        paper = lead.hit.paper
        twins = yesno.acronym_twins(asked, paper.text, question)
        code = bool(yesno.CODE_ASKED_RE.search(question))
        if code and yesno.code_only(asked):  # "does X have code?": its link decides, not the summary's word "code"
            return yesno.code_text(lead.n, paper, question)
        found = yesno.verdict(paper, twins, contrast=yesno.contrast_asked(question, asked))
        if found.said == "unstated" and yesno.names_any_word(paper, twins) and not (code and paper.code_urls):
            return ""
        return yesno.answer_text(lead.n, paper, asked_as_written(question, asked), found, code)

    def named_yes_no(self, parsed: Parsed, result: Answer) -> str | None:
        """ "does Chain of Draft use MCTS?": a yes/no about the paper the question names by its name (its
        title's, or the one its summary introduces), always with a verdict and judged from that paper's own
        title and summary, never another's; a model no paper is the own of ("does DeepSeek-V3 use MTP?") is
        said to be only mentioned. None where no paper or mentioned model is named this way."""
        question = parsed.english or parsed.clean  # "¿ARWKV utiliza X?" as English asks it: "does ARWKV use X?"
        if parsed.author:
            return None
        if (without := yesno.without_asked(question)) is not None:
            return self.without_yes_no(question, without, result)
        splits = yesno.named_splits(question)
        concepts = [c for a in parsed.concepts for c in a]
        for name, rest in yesno.named_splits(question, any_case=True):  # the longest name the index knows
            own = self.own_papers(name, (name, rest) in splits)
            if own:
                return self.own_yes_no(question, name, rest, own, concepts, result)
            kind = bool(yesno.KIND_ASKED_RE.match(question))  # "is GRPO an on-policy method?"
            free = bool(yesno.FREE_ASKED_RE.search(rest))  # "is GRPO critic-free?"
            uses = yesno.asks_use(rest) or kind
            if (name, rest) not in splits or not (uses or free) or not yesno.capitalised_name(name):
                continue
            pattern = yesno.model_pattern(name)
            naming = [p for p in self.retriever.papers if pattern.search(f"{p.title} {p.summary}")]
            asked = yesno.asked_forms(concepts, spaced(name), yesno.frame_stems(rest), question)
            if naming and asked and (said := yesno.stated(naming, pattern, asked)):  # "critic-free ... like GRPO"
                return self.stated_yes_no(name, question, said, asked, len(naming), result)
            if not uses:
                continue
            spelled = self.retriever.acronyms.get(name.lower(), "")
            if self.known_acronym(name) and not any(yesno.mention_sentence(p, pattern, asked, spelled) for p in naming):
                continue  # "does RL improve X?": a method the corpus spells out, said only beside papers writing both
            if naming and asked:
                return self.mentioned_yes_no(name, question, naming, asked, pattern, result, kind, spelled)
        return None

    def without_yes_no(self, question: str, asked: yesno.WithoutAsked, result: Answer) -> str | None:
        """ "does UNCAGE work without retraining?", "can ENCORE do 10,000 edits without losing performance?": the
        verdict of the first of the named papers whose summary decides it (`yesno.without_verdict`), else the
        first's; None where the question names no paper of its own."""
        cased = yesno.named_splits(asked.head)
        named = (
            (name, self.own_papers(name, (name, rest) in cased)) for name, rest in yesno.named_splits(asked.head, True)
        )
        name, own = next(((name, own) for name, own in named if own), ("", []))
        if not own:
            return None
        twins = {p.id: yesno.acronym_twins([[asked.wanted]], p.text, question)[0] for p in own}  # "SFT" spelled out
        verdicts = [(p, yesno.without_verdict(p, asked, name, twins[p.id])) for p in own]
        paper, found = next(((p, v) for p, v in verdicts if v.said != "unstated"), verdicts[0])
        result.sources, result.intent, result.covered = [Source(1, Hit(paper, 1.0))], "fact", True
        return yesno.without_text(1, paper, asked, found)

    def own_papers(self, name: str, cased: bool) -> list[Paper]:
        """The papers a name asked of is the own of: its title's name, or (a name written as one, `cased`, and no
        acronym the corpus spells out: "RL" names no paper's own system) one its summary introduces; typed in
        lowercase or an acronym, only its title's name."""
        low, written = name.lower(), yesno.model_pattern(name)  # "Qwen2.5VL" as papers write it, "Qwen2.5-VL"
        head = next(iter(yesno.name_parts(low)), low)  # a text without it cannot write the name: no regex run
        near = [
            p
            for p in self.retriever.papers
            if low in (text := f"{p.title} {p.summary}".lower()) or (head in text and written.search(text))
        ]
        titled = [p for p in near if yesno.own_title(p.title, name)]
        if cased and not self.known_acronym(name):
            return titled + [p for p in near if p not in titled and self.introduces(p, name)]
        if cased or any(not english.is_english(w, english.words()) for w in re.findall(r"[a-z]+", low)):
            return titled
        return []

    def figure_yes_no(self, question: str, result: Answer, within: Sequence[Paper] = ()) -> str | None:
        """ "is SnapGen bigger than 1B parameters?", "did the Muon practical efficiency paper train models up to
        4B parameters?": a figure comparison asked of one paper, named by its name or as "the … paper" by words
        of its title (or the paper already taken, `within`), answered Yes or No from the figure of that kind its
        summary states (`yesno.figure_verdict`).
        None where no figure comparison is asked of one paper, or its summary states no such figure."""
        asked = yesno.figure_asked(question)
        if asked is None:
            return None
        cased = yesno.named_splits(question, compared=True)
        splits = yesno.named_splits(question, any_case=True, compared=True)
        named = (self.own_papers(name, (name, rest) in cased) for name, rest in splits)
        own = (
            list(within)
            or next((found for found in named if found), [])
            or self.paper_by_title_words(question)
            or self.paper_by_name(question)
        )
        for paper in own:
            found = yesno.figure_verdict(paper, asked)
            if found.said != "unstated":
                result.sources, result.intent, result.covered = [Source(1, Hit(paper, 1.0))], "fact", True
                return yesno.figure_text(1, paper, asked, found)
        return None

    def paper_by_name(self, question: str) -> list[Paper]:
        """The one paper a name of the question is about where no "does NAME …" split finds it: the paper whose
        title opens with it ("was the model SoS1 fine-tuned …", "LongCodeZip's compression model"), else the one
        paper whose title writes it as a word ("the NVFP4 model": "Pretraining … with NVFP4"); [] where none or
        several are."""
        named = {self.retriever.papers[i].id: self.retriever.papers[i] for i in self.names_in(question)}
        if len(named) == 1:
            return list(named.values())
        if named:
            return []
        for word in yesno.written_names(question):
            pattern = re.compile(rf"(?<![\w-]){re.escape(word)}(?![\w-])", re.I)
            titled = [p for p in self.retriever.papers if pattern.search(p.title)]
            if len(titled) == 1:
                return titled
        return []

    def paper_by_title_words(self, question: str) -> list[Paper]:
        """The one paper whose title writes every content word of "the … paper" in the question ("the Muon
        practical efficiency paper"); [] where none or several do."""
        m = yesno.TITLE_WORDS_ASKED_RE.search(question)
        if not m:
            return []
        wanted = set(stems(m["words"])) - STOP_STEMS
        found = [p for p in self.retriever.papers if wanted and wanted <= set(stems(p.title))]
        return found if len(found) == 1 else []

    @staticmethod
    def introduces(paper: Paper, name: str) -> bool:
        """The summary introduces the name, opens with it or calls its method so, its title not naming it after
        other words. A bare size ("8B" of "smaller than 8B") names no system ("presents MiniCPM-V 4.5, an 8B …")."""
        if BARE_SIZE_RE.fullmatch(name.strip()):
            return False
        return (
            shapes.presents(replace(paper, title=""), name)
            or yesno.opens_with(paper, name)
            or yesno.called_so(paper, name)
        )

    def known_acronym(self, name: str) -> bool:
        """An acronym the corpus spells out, or its plural ("GRPO", "LLMs"): a method or a kind, no model."""
        low = name.lower()
        return low in self.retriever.acronyms or low.removesuffix("s") in self.retriever.acronyms

    def own_yes_no(
        self, question: str, name: str, rest: str, own: list[Paper], concepts: list[list[str]], result: Answer
    ) -> str | None:
        """The verdict of the first of the named papers whose summary decides it (else the first's): yes where a
        sentence writes the asked thing's words in any order, else "the digest does not say", with the
        closest sentence where the summary writes some of its words. A kind asked ("is X a benchmark for Z?")
        is said only by a sentence writing the name, or the title."""
        asked = yesno.asked_forms(concepts, spaced(name), yesno.frame_stems(rest), question)
        if not asked:
            return None
        if (order := yesno.order_asked(rest)) is not None:
            return self.order_yes_no(question, name, order, own, result)
        code = bool(yesno.CODE_ASKED_RE.search(question))
        about = yesno.model_pattern(name) if yesno.KIND_ASKED_RE.match(question) else None
        twins = {p.id: yesno.acronym_twins(asked, p.text, question) for p in own}  # "ASR" for speech recognition
        frame = yesno.frame_stems(rest)
        contrast = yesno.contrast_asked(question, asked, frame, yesno.model_pattern(name))  # "on the GPU?"
        verdicts = [(p, yesno.verdict(p, twins[p.id], about, contrast)) for p in own]
        paper, found = next(((p, v) for p, v in verdicts if v.said != "unstated"), verdicts[0])
        result.sources, result.intent, result.covered = [Source(1, Hit(paper, 1.0))], "fact", True
        if code and yesno.code_only(asked):
            return yesno.code_text(1, paper, question)
        loose = yesno.loosely_named(paper, twins[paper.id], about) if found.said == "unstated" else ""
        if loose and not (contrast and contrast.other.search(loose)):  # "on the CPU and ... on the GPU": no yes
            found = yesno.Verdict("yes", loose)
        elif found.said == "unstated":
            found = yesno.Verdict("unstated", yesno.closest_sentence(paper, twins[paper.id]))
        return yesno.answer_text(1, paper, asked_as_written(question, asked), found, code)

    def order_yes_no(self, question: str, name: str, order: tuple[str, str], own: list[Paper], result: Answer) -> str:
        """ "did DeepSeek-R1 use SFT before RL?": the order the first of the named papers whose summary gives it
        says, each step found by its words or its acronym twin (`yesno.order_verdict`)."""
        acronyms = self.retriever.acronyms
        first, then = (
            yesno.asked_forms([concept_of(yesno.step_phrase(side).lower(), acronyms)], spaced(name)) if side else []
            for side in order
        )
        verdicts = [(p, yesno.order_verdict(p, first[0], then[0] if then else [])) for p in own] if first else []
        paper, found = next(((p, v) for p, v in verdicts if v.said != "unstated"), (own[0], yesno.Verdict("unstated")))
        result.sources, result.intent, result.covered = [Source(1, Hit(paper, 1.0))], "fact", True
        steps = [*first, *then]
        if found.said == "unstated" and steps:
            found = yesno.Verdict("unstated", yesno.closest_sentence(paper, steps))
        return yesno.order_text(1, paper, asked_as_written(question, steps) if steps else "", found)

    def stated_yes_no(
        self, name: str, question: str, found: yesno.Stated, asked: list[list[list[str]]], total: int, result: Answer
    ) -> str:
        """A method no paper is the own of whose property other papers state ("critic-free algorithms like
        GRPO"): their verdict, citing up to `MENTIONED_SHOWN` of them with the sentence saying it."""
        found = replace(found, papers=found.papers[:MENTIONED_SHOWN])
        result.sources = [Source(n, Hit(p, 1.0)) for n, (p, _) in enumerate(found.papers, 1)]
        result.intent, result.covered = "fact", True
        what = asked_as_written(question, asked)
        return yesno.stated_text(name, what, found, range(1, len(found.papers) + 1), total)

    def mentioned_yes_no(
        self,
        name: str,
        question: str,
        naming: list[Paper],
        asked: list[list[list[str]]],
        pattern: re.Pattern,
        result: Answer,
        kind: bool = False,
        spelled: str = "",
    ) -> str:
        """A model or method only other papers name: that the digests cannot say, with up to `MENTIONED_SHOWN`
        of those papers, first those with a sentence naming it and the asked thing (their word, quoted)."""
        said = {p.id: yesno.mention_sentence(p, pattern, asked, spelled) for p in naming}
        newest = sorted(naming, key=lambda p: p.date, reverse=True)
        phrased = {p.id for p in naming if said[p.id] and yesno.phrase_written(said[p.id], asked)}
        shown = sorted(newest, key=lambda p: (not said[p.id], p.id not in phrased, not pattern.search(p.title)))
        shown = shown[:MENTIONED_SHOWN]
        result.sources = [Source(n, Hit(p, 1.0)) for n, p in enumerate(shown, 1)]
        result.intent, result.covered = "fact", True
        cited = [(n, p, said[p.id]) for n, p in enumerate(shown, 1)]
        return yesno.mentioned_text(name, asked_as_written(question, asked), cited, len(naming), kind)

    def unpresented_model(self, question: str) -> str:
        """A yes/no question about a versioned model no paper presents ("does GPT-4.1 use reinforcement
        learning?"): said so, with the papers that mention it, rather than a sentence of a paper that only runs it
        or names it in passing. "" where the question names no such model, or a paper presents it."""
        name = yesno.asked_subject(question)
        if not name or not mentioned.VERSIONED_RE.fullmatch(name):
            return ""
        pattern = mentioned.model_pattern(name, mentioned.TUNED)
        papers = self.retriever.papers
        if any(mentioned.own_paper(p, pattern) for p in papers):
            return ""
        mentions = [p for p in papers if pattern.search(f"{p.title} {p.summary}")]
        return shapes.absent_paper_text(name, mentions, "property")

    @property
    def set_names(self) -> frozenset[str]:
        return props.corpus_set_names(tuple(p.summary for p in self.retriever.papers))

    def slot_text(self, question: str, sources: list[Source], names: dict[int, str]) -> str:
        """Asked one property of the paper it names (its base model, its data sets or benchmarks, how many of
        something it has): the sentence holding it (`rag.props`), or that its summary does not state it,
        citing the paper; never a sentence sharing only the question's words. "" for any other question."""
        slot = props.asked_slot(question)
        if not slot or not sources or (slot == "count" and shapes.asked_kind(question)):
            return ""  # "how many parameters / tokens": an amount of a kind, which the figure path reads
        lead = sources[0]
        paper = lead.hit.paper
        if (
            not names.get(self.retriever.position[paper.id])
            and not self.written_name(question, paper)
            and not shapes.named_in(question, paper)
        ):
            return ""
        own = shapes.REPORT_NAME_END_RE.sub("", paper.title.split(":")[0].strip())
        claims = shapes.claims(paper.summary) or [paper.title]
        # the question's own words besides the name ("training languages", "curate") tell the sentences apart
        words = set(stems(question)) - shapes.FIGURE_FRAME_STEMS - set(stems(own))

        def overlap(sentence: str) -> int:
            return len(words & set(stems(sentence)))

        if slot == "count":
            noun = props.counted_noun(question)
            counting = []
            for counted in [noun, *props.counted_alike(noun)]:
                counting = [
                    (-max(overlap(p) for p in phrases), -overlap(c), i)
                    for i, c in enumerate(claims)
                    if (phrases := props.count_phrases(c, counted))
                ]
                if counting:
                    break
            found = claims[min(counting)[2]] if counting else ""
            what = f"number of {noun}"
        elif slot == "base":
            found = next((c for c in claims if props.base_model(c, own)), "")
            what = props.SLOT_NAMES[slot]
        else:
            sets = [props.names_set(c, self.set_names, own) for c in claims]
            if slot == "data" and props.TRAINED_ASKED_RE.search(question):
                sets = [
                    None if f is not None and props.evaluated_only(c, f) else f
                    for c, f in zip(claims, sets, strict=True)
                ]
            wanted = r"\bbenchmark" if slot == "bench" else r"\bdata"
            ranked = sorted(
                (
                    (-found.rank, not re.search(wanted, c, re.I), -overlap(c), i)
                    for i, (c, found) in enumerate(zip(claims, sets, strict=True))
                    if found is not None
                )
            )
            found = claims[ranked[0][3]] if ranked else ""
            what = props.SLOT_NAMES[slot]
        if found:
            return f"**{paper.title}** [{lead.n}]: {neutralise(found)}"
        return shapes.unstated_text(lead.n, paper, what, measure=True)

    def unstated(
        self,
        question: str,
        sources: list[Source],
        names: dict[int, str],
        concepts: list[list[str]],
        phrase: str,
        measure: list[str],
    ) -> str:
        """Asked a detail of a paper by its name ("what does DeepSeek-V3 use for load balancing?") that no
        summary of the papers of that name states: say so plainly, citing the paper looked at, rather than
        quote one of its sentences as if it answered. "" where a summary states it, or the question asks
        for a part every summary has (its result, method, goal)."""
        if not ASKS_DETAIL_RE.match(question):
            return ""  # "telling which AI wrote a piece of JavaScript" describes a paper, asks none of its details
        position = self.retriever.position
        lead = sources[0]
        name = names.get(position[lead.hit.paper.id]) or self.written_name(question, lead.hit.paper)
        if not name:
            # "what GPU did the Muon paper use?": a paper called by its title's words names no system, yet a property
            # its summary never mentions is as unstated as a named system's
            if phrase or not called_by_title(question, lead.hit.paper):
                return ""
            asked = shapes.unmentioned_property(question, f"{lead.hit.paper.title}. {lead.hit.paper.summary}")
            setting = bool(shapes.asked_setting(question))
            return shapes.unstated_text(lead.n, lead.hit.paper, asked, measure=setting) if asked else ""
        alike = [
            s.hit.paper
            for s in sources
            if names.get(position[s.hit.paper.id]) == name or name.strip() in self.written_name(question, s.hit.paper)
        ]
        if phrase and measure:
            for paper in alike:
                said = shapes.result_sentence(paper, question, concepts, self.retriever.acronyms)
                if shapes.states_measure(shapes.without_names(said, question), measure, question):
                    return ""
            # a sentence with figures of its own may say it in other words ("from 50% to 57% on AIME24")
            said = shapes.result_sentence(lead.hit.paper, question, concepts, self.retriever.acronyms)
            closest = said if shapes.figures(shapes.without_names(said, question), question) else ""
            based = props.sized_base(shapes.claims(lead.hit.paper.summary), lead.hit.paper.title)
            if "@parameters" in measure and based:  # the one size it gives of its system: its base model's
                return props.base_size_text(lead.n, lead.hit.paper.title, neutralise(based))
            lacking = props.unnamed_set(question, f"{lead.hit.paper.title} {lead.hit.paper.summary}")
            what = f"{phrase} on {lacking}" if lacking else phrase
            return shapes.unstated_text(lead.n, lead.hit.paper, what, measure=True, closest=closest)
        asked = (
            "" if phrase else shapes.unmentioned_property(question, " ".join(f"{p.title}. {p.summary}" for p in alike))
        )
        if asked:  # "what GPU did X train on?" of a summary naming no hardware: no other sentence answers it
            return shapes.unstated_text(lead.n, lead.hit.paper, asked, measure=bool(shapes.asked_setting(question)))
        if phrase or shapes.figure_question(question) or shapes.asked_aspect(question):
            return ""
        generic = GENERIC_STEMS | LINKING_STEMS
        missing = [shapes.unsaid(stem_key(f"{p.title}. {p.summary}"), concepts, name, generic) for p in alike]
        if not all(missing):
            return ""
        what = " or ".join(shapes.as_written(question, f) for f in missing[0])
        return shapes.unstated_text(lead.n, lead.hit.paper, what)

    @staticmethod
    def says_version(version: shapes.Version, said: str, question: str, paper: Paper) -> bool:
        """Whether the quoted sentence is about the model version asked ("Claude 4", not Claude 3.7 Sonnet)
        and it or its paper's title names the other names the question asks of it ("… on SWE-bench")."""
        if not (version.pattern.search(said) or version.pattern.search(paper.title)):
            return False
        asked = version.pattern.search(question)
        others = [
            m.group(0) for m in NAME_RE.finditer(question) if not (asked and asked.start() <= m.start() < asked.end())
        ]
        text = f"{paper.title} {said}"  # "the NVFP4 12B model": "a 12-billion-parameter model" writes its size
        return all(re.search(rf"(?<!\w){re.escape(o)}", text, re.I) or shapes.writes_size(text, o) for o in others)

    def version_unstated(self, version: shapes.Version, sources: list[Source], what: str = "") -> str:
        naming = sum(bool(version.pattern.search(f"{p.title} {p.summary}")) for p in self.retriever.papers)
        said = [
            (s, next((t for t in sentences(s.hit.paper.summary) if version.pattern.search(t)), "")) for s in sources
        ]
        closest = [(s.n, s.hit.paper, sentence) for s, sentence in said if sentence][:3]
        return shapes.version_unstated_text(version, naming, closest, what)

    @staticmethod
    def written_name(question: str, paper: Paper) -> str:
        """A system name of the question (mixed case or digits: "DeepSeek-V3", "k1.5") that the paper's title
        writes before its colon ("Insights into DeepSeek-V3: …"), as a spaced stem key; "" if none."""
        head = stem_key(paper.title.split(":")[0])
        for word in re.findall(r"[A-Za-z][\w.]*(?:-[\w.]+)*", question):
            key = stem_key(word.rstrip("."))
            if (NAME_RE.search(word) or re.search(r"\d", word)) and key.strip() and key in head:
                return key
        return ""

    def not_covered(self, question: str, hits: list[Hit], filters: Filters | None = None, missing: str = "") -> str:
        """The digests do not cover the question: what no paper names (`missing`), and the closest papers,
        uncited."""
        stats = corpus_stats(self.retriever.papers)
        text = prompt("not_covered", self.settings.prompts_dir).format(question=question, **stats).strip()
        if filters:
            text += f" {int(self.retriever.mask(filters).sum())} papers match the filters{self.filter_phrase(filters)}."
        text += f" {missing}" if missing else ""
        if hits:
            text += "\n" + shapes.closest_line([h.paper for h in hits[:3]])
        return text

    def not_papers(self, parsed: Parsed, kind: str, result: Answer, started: float) -> Iterator[str | Answer]:
        """A request no paper answers by its nature (`offcorpus.request_kind`): what the digests hold, and no loose
        match. Advice between options ("should I learn A or B?") adds the papers whose title names every option,
        papers that weigh them against each other."""
        stats = corpus_stats(self.retriever.papers)
        text = prompt("not_papers", self.settings.prompts_dir).format(
            question=parsed.clean, what=NOT_HELD[kind], **stats
        )
        options = [alt for alt in parsed.concepts if alt]
        weighing = [
            p
            for p in self.retriever.papers
            if kind == "advice"
            and len(options) >= 2
            and all(all(explain.names_form(p.title, c) for c in alt) for alt in options)
        ]
        if not weighing:
            yield from self.said_plainly(text.strip(), result, started)
            return
        result.sources = [Source(n, Hit(p, 1.0)) for n, p in enumerate(weighing[: self.settings.top_k], 1)]
        concepts = [c for alt in options for c in alt]
        lines = [text.strip(), "", "Papers that weigh these options against each other:"]
        lines += [
            shapes.bullet(s.n, s.hit.paper, shapes.result_sentence(s.hit.paper, parsed.clean, concepts))
            for s in result.sources
        ]
        result.intent, result.covered, result.backend = "fact", True, "extractive"
        result.answer = "\n".join(lines)
        spent = round(time.perf_counter() - started, 4)
        result.timings = {"retrieve_s": spent, "first_token_s": spent, "total_s": spent}
        yield result.answer
        yield result

    def missing_said(
        self, topic: str, concepts: list[list[list[str]]], asked: str = "", words_only: bool = False
    ) -> str:
        """`shapes.missing_text` for a one-alternative topic: the words of it no paper writes (four letters or
        more: "won" is no topic word), as `asked` spells them, else its concepts no paper names, else the two
        rarest that no paper names together (all of them where each two meet somewhere); "" for "A or B".
        `words_only`: the words alone, for a question's concepts, which hold its verbs too ("stock price
        react")."""
        if len(concepts) != 1 or not concepts[0]:
            return ""
        typed = [w for w in re.findall(r"[A-Za-z0-9][\w-]*", topic) if w.lower() != "or"]
        phrases = shapes.concept_phrases(concepts[0], typed)
        df = self.stem_df
        said = {w for p in phrases for w in p.split()}
        unknown = [w for w in typed if len(w) >= 4 and w in said and stems(w) and all(df[s] == 0 for s in stems(w))]
        spelt = lambda w: m.group(0) if (m := re.search(rf"\b{re.escape(w)}\b", asked, re.I)) else w  # noqa: E731
        if unknown or words_only:
            return shapes.missing_text([spelt(w) for w in dict.fromkeys(unknown)], [], [])
        masks = [shapes.loosely_named(c, self.docs) for c in concepts[0]]
        absent = [p for p, m in zip(phrases, masks) if not m.any()]
        return shapes.missing_text([], absent, [] if absent else self.never_together(phrases, masks))

    @staticmethod
    def never_together(phrases: list[str], masks: list[np.ndarray]) -> list[str]:
        """Of a topic's concepts, each named somewhere but never all in one paper, the two rarest that no paper
        names together ("weather forecasting and agriculture"), else all of them."""
        n = max(len(masks[0]), 1)
        weight = [math.log(n / (1 + int(m.sum()))) for m in masks]
        apart = [(a, b) for a, b in itertools.combinations(range(len(masks)), 2) if not (masks[a] & masks[b]).any()]
        if not apart:
            return phrases
        a, b = max(apart, key=lambda ab: (weight[ab[0]] + weight[ab[1]], -ab[0], -ab[1]))
        return [phrases[a], phrases[b]]

    def closest(
        self, topic: str, concepts: list[list[list[str]]], filters: Filters, among: np.ndarray | None = None
    ) -> list[Paper]:
        """The three papers nearest a topic no paper answers: the search's first 20 that share a unit of it
        with the question (`closest_units`), in the search's order; short of three, the papers naming a rare
        unit (20 papers or fewer), most specific first (the units' inverse document frequencies). `among`: the
        only papers allowed, those the search does not rank coming after, most specific first. None where no
        paper shares a unit with it."""
        units = self.closest_units(concepts)
        if not units:
            return []
        allowed = self.retriever.mask(filters)
        masks = [shapes.loosely_named(u, self.docs) & allowed for u in units]
        held = np.logical_or.reduce(masks)
        n = max(len(self.docs), 1)
        weights = [math.log(n / (1 + int(m.sum()))) for m in masks]
        at = self.retriever.position
        ranked = [at[h.paper.id] for h in self.retriever.search(topic, k=CLOSEST_SEARCHED, filters=filters)]
        pool = set(map(int, among)) if among is not None else None
        kept = [i for i in ranked if held[i] and (pool is None or i in pool)][:3]
        rare = [m for m in masks if 0 < m.sum() <= CLOSEST_RARE]
        extra = pool if pool is not None else {int(i) for m in rare for i in np.flatnonzero(m)}
        score = {i: sum(w for m, w in zip(masks, weights) if m[i]) for i in extra - set(kept) if held[i]}
        kept += sorted(score, key=lambda i: (-score[i], i))[: 3 - len(kept)]
        return [self.retriever.papers[i] for i in kept]

    def closest_units(self, concepts: list[list[list[str]]]) -> list[list[str]]:
        """What a paper may share with a topic: each concept some paper names (its words apart, any of its
        forms), and of a phrase none names, its words one by one, less function and generic words
        ("performance decline under quantization" → performance, decline, quantization)."""
        generic = shapes.GENERIC_STEMS | GENERIC_STEMS | shapes.FUNCTION_STEMS | STOP_STEMS
        units: list[list[str]] = []
        for concept in (c for a in concepts for c in a if c):
            if shapes.loosely_named(concept, self.docs).any():
                units.append(concept)
                continue
            units += [[f" {w} "] for w in shapes.loose_words(concept[0]) if w not in generic]
        return units

    def softened(self, parsed: Parsed) -> Parsed | None:
        """An existence question read without its soft words (`Parsed.soft`: "can be tricked by"), when no
        paper was found with them: the papers on the clause's two sides answer it. None where fewer than two
        concepts stay (a participle may be the topic itself: "can be pruned"), or where more than `WORDS_MAX`
        papers name what stays (no one topic). The reading keeps both sides: no word of it is backed off."""
        gone = {w.lower() for w in parsed.soft}
        asked = parsed.reframed or parsed.clean
        softer = self.understood(" ".join(w for w in asked.split() if w.lower().strip(",;:?!.") not in gone))
        sides = [a for a in softer.concepts if a]
        if softer.intent != "list" or len(sides) != 1 or len(sides[0]) < 2:
            return None
        if shapes.topic_mask(softer.concepts, self.docs).sum() > WORDS_MAX:
            return None
        return replace(softer, soft=[], read_without=list(parsed.soft))

"""Answers shaped for each kind of question, extractively: pure functions over papers and sentences.

Which papers name a topic (by stems, never by authors), whether a paper uses the topic or only
compares against it, where the corpus defines a term, counts per month, and the text of list,
author, definition, comparison, trend and fact answers. The answerer (rag/answer.py) does the I/O.
"""

from __future__ import annotations

import calendar
import math
import re
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from itertools import pairwise
from typing import Any

import numpy as np

from rag import aggregate, bibtex, explain, props
from rag.citations import neutralise
from rag.compound import directed_run
from rag.papers import Paper
from rag.qualifiers import SIZE_UNITS
from rag.text import GENERIC_TERMS, STOPWORDS, main_clause, same_word, sentences, singular_phrase
from rag.understand import STOP_STEMS, YES_NO_RE, fold, stem, stem_key, stems, understand
from rag.weeks import days_note

# Stems that, just before a term, make it a point of comparison rather than what the paper does.
MENTION_CUES = frozenset(
    "outperform than compar unlik versus vs surpass beat exceed baselin instead rather rival competit "
    "alternat replac without avoid limit pave".split()
)
MENTION_WINDOW = 6
# "over" compares only after a word of advantage: "a 33% speedup over conventional X", "MLA's advantage over X"
# (not before a number: "outperforms …, achieving over 1.5x faster inference").
OVER_CUES = frozenset("improv advantag gain speedup speed faster superior margin edg benefit outperform".split())
# Words of a description (`&` form) name it together only within this many words per word, any order.
AMP_SPAN = 3
# Cues that reach further back: "avoids the errors, artifacts and pipelines of two-stage X" is still about avoiding X.
FAR_CUES = frozenset("without avoid compar competit pave".split())
FAR_WINDOW = 12
CLAUSE_RE = re.compile(r"[;:]\s")
RESULT_RE = re.compile(
    r"\d|\b(?:achiev\w*|outperform\w*|improv\w*|surpass\w*|reach\w*|gain\w*|reduc\w*|speed-?up|faster|"
    r"state-of-the-art|sota|accuracy|score\w*)\b",
    re.I,
)
NUMERIC_QUESTION_RE = re.compile(
    r"\b(?:how\s+(?:much|many|fast|large|big|long|well)|what\s+(?:accuracy|score|percentage|rate|speed)|"
    r"achiev\w*|reach\w*|score\w*|accuracy|result\w*|perform\w*|speed-?up|faster|improv\w*|gain\w*)\b",
    re.I,
)


SENTENCE_MARK = "§"
MODALITIES = frozenset("language text vision visual image video audio speech acoustic action".split())
GENERIC_STEMS = frozenset(stem_key(" ".join(GENERIC_TERMS)).split())
FUNCTION_STEMS = frozenset(
    stem_key(
        " ".join(STOPWORDS | {"novel", "new", "efficient", "effective", "multipl", "multiple", "via", "through"})
    ).split()
)


def own_doc(paper: Paper) -> str:
    """A paper as `stemmed_corpus` writes it, from its own text only (`own_text`: no follow-up questions)."""
    return f" {SENTENCE_MARK} ".join(stem_key(s) for s in [paper.title, *sentences(own_text(paper.summary))])


def stemmed_corpus(papers: Sequence[Paper]) -> list[str]:
    """Each paper's title and summaries (never its authors) as ` stem stem … `, sentences marked by §."""
    return [f" {SENTENCE_MARK} ".join(stem_key(s) for s in [p.title, *sentences(p.summary)]) for p in papers]


def form_in(form: str, text: str) -> bool:
    """A stem key occurs in a stemmed text; a form written `&a b` needs its words in one sentence,
    `%a b` needs them in order with at most one word between ("latent video diffusion"), `~a b` side by
    side in any order ("audio large language model"), `+a b` anywhere in one sentence (a qualifier),
    `^n|a b` the name n in the title and the phrase a b in the text (`titled_phrase`)."""
    if form[0] == "^":
        name, phrase = titled_phrase(form)
        return f" {phrase} " in text and f" {name} " in text.split(SENTENCE_MARK, 1)[0]
    if form[0] in "%~":
        return near(form[1:].split(), text, ordered=form[0] == "%")
    if form[0] == "+":
        words = form[1:].split()
        return any(all(f" {w} " in part for w in words) for part in text.split(SENTENCE_MARK))
    if not form.startswith("&"):
        return form in text
    words = form[1:].split()
    run = directed_run(words)  # its "to" may be written "from", the run turned round
    need = [w for w in words if not (run and w == "to")]
    if not all(f" {w} " in text for w in need):
        return False
    return any(
        close_by(part.split(), words) for part in text.split(SENTENCE_MARK) if all(f" {w} " in part for w in need)
    )


def titled_phrase(form: str) -> tuple[str, str]:
    """(name, phrase) of a `^name|phrase` form: a paper whose title names the thing (an acronym, "KV") is
    about it, so a phrase its text uses ("eviction") is said of that thing, in whichever sentence."""
    name, _, phrase = form[1:].partition("|")
    return name.strip(), phrase.strip()


def in_context(concept: list[str], doc: str) -> bool:
    """A qualifier's words all in one sentence of the paper (its `+` forms)."""
    return any(f[0] == "+" and form_in(f, doc) for f in concept)


def close_by(tokens: list[str], words: list[str]) -> list[int]:
    """The positions of `words` in a short span of `tokens`, any order ("compress the KV cache" names
    KV cache compression), or [] when no span of AMP_SPAN words per word holds them all: words a clause
    apart ("a contrastive loss … and a provenance-aware decoding strategy") name nothing together, nor
    does the name's first word turned into a source by "to" ("text-to-image generation")."""
    run = directed_run(words)
    if run:
        return directed_close_by(tokens, words, run)
    wanted = set(words)
    span = AMP_SPAN * len(wanted) + 1
    for i, tok in enumerate(tokens):
        if tok not in wanted or (
            tok == words[0] and tokens[i + 1 : i + 2] == ["to"] and tokens[i + 3 : i + 4] == words[1:2]
        ):
            continue  # "text-to-image generation" generates images: the name's first word is only the source
        window = tokens[i : i + span]
        if wanted <= set(window):
            return sorted(i + window.index(w) for w in wanted)
    return []


def directed_close_by(tokens: list[str], words: list[str], run: list[str]) -> list[int]:
    """`close_by` for a name holding a directed run: the run stands whole, in order, or turned round with "from"
    ("text to video" or "video from text", general English: "generate videos from text storyboards"), the name's
    other words close to it; "speech tokenization … to … translation" is no speech-to-speech translation."""
    at = next(i for i in range(len(words)) if words[i : i + len(run)] == run)
    for said in (run, [run[-1], "from", run[0]]):
        unit = "\x00".join(said)
        rest = [*words[:at], unit, *words[at + len(run) :]]
        merged: list[str] = []
        first: list[int] = []
        i = 0
        while i < len(tokens):
            whole = tokens[i : i + len(said)] == said
            merged.append(unit if whole else tokens[i])
            first.append(i)
            i += len(said) if whole else 1
        found = close_by(merged, rest) if unit in merged else []
        if found:
            spans = (range(first[p], first[p] + len(said)) if merged[p] == unit else [first[p]] for p in found)
            return sorted({k for span in spans for k in span})
    return []


def near(words: list[str], text: str, ordered: bool) -> bool:
    """`ordered`: the words in order with at most one word between two of them ("latent video
    diffusion"); else all of them side by side in any order ("audio large language model")."""
    if not all(f" {w} " in text for w in words):
        return False
    tokens = text.split()
    return any(starts_near(tokens, i, words, ordered) for i, tok in enumerate(tokens) if tok == words[0] or not ordered)


def starts_near(tokens: list[str], i: int, words: list[str], ordered: bool) -> bool:
    if not ordered:
        return sorted(tokens[i : i + len(words)]) == sorted(words)
    at = i
    for w in words[1:]:
        if at + 1 < len(tokens) and tokens[at + 1] == w:
            at += 1
        elif at + 2 < len(tokens) and tokens[at + 2] == w and tokens[at + 1] != SENTENCE_MARK:
            at += 2
        else:
            return False
    return tokens[i] == words[0]


def topic_tier(alternatives: list[list[list[str]]], doc: str) -> int:
    """How plainly a stemmed paper is about a topic: 0 its title names it, 1 the summary's opening
    sentence does, 2 two or more sentences do, 3 one later sentence only (on the way to something else)."""
    parts = doc.split(SENTENCE_MARK)
    naming = [
        k
        for k, part in enumerate(parts)
        if any(all(any(form_in(f, part) for f in c) for c in alt) for alt in alternatives if alt and all(alt))
    ]
    if not naming:
        return 3
    if naming[0] <= 1:
        return naming[0]
    return 2 if len(naming) >= 2 else 3


def concept_hits(concept: list[str], docs: Sequence[str]) -> np.ndarray:
    return np.fromiter((any(form_in(f, d) for f in concept) for d in docs), dtype=bool, count=len(docs))


def topic_mask(alternatives: list[list[list[str]]], docs: Sequence[str]) -> np.ndarray:
    """Papers naming every concept of at least one alternative ("A or B" = either)."""
    out = np.zeros(len(docs), dtype=bool)
    for concepts in alternatives:
        if not concepts:
            continue
        hit = np.ones(len(docs), dtype=bool)
        for concept in concepts:
            hit &= concept_hits(concept, docs)
        out |= hit
    return out


def on_topic(
    query: str, papers: Sequence[Paper], vocab: Any, acronyms: dict[str, str]
) -> tuple[list[bool] | None, str]:
    """Whether each paper names the query's topic, and the topic as words; None when the query names no
    concept to check (then every paper found stands). A filter can leave only unrelated papers (7 papers
    carry a code link): a filtered search lists only those on the topic, or says none is."""
    parsed = understand(query, vocab, acronyms)
    if not any(parsed.concepts) or not papers:
        return None, ""
    return [bool(x) for x in topic_mask(parsed.concepts, stemmed_corpus(papers))], " or ".join(parsed.topics)


def uses_topic(
    paper: Paper, concept: list[str], participles: frozenset[str] = frozenset(), gerunds: frozenset[str] = frozenset()
) -> bool:
    """Whether the paper uses, proposes or studies the concept, not only names it as a point of comparison.

    The title naming it counts as use; otherwise at least one clause must name it without a
    comparison cue ("outperforms X", "compared with X", "than X", "unlike X") in the few words before.
    A clause the paper asks, or any in the digest's follow-up questions, is no use. A phrase is named only where
    its words keep the question's forms (`participles`: the stems the question wrote ending in -ed):
    "rejected samples" does not name rejection sampling; nor, for a head the question wrote in -ing (`gerunds`:
    its stems), does that stem alone written otherwise ("Neuron Dynamics Drive …" is no autonomous driving). Words
    spread through a clause (`&`) do
    not count where the distinctive head is another name's ("token merging … models").
    """
    title = surface_words(paper.title)
    phrase = concept[0].lstrip("%~&").split() if concept else []
    titled = " " + " ".join(stems(paper.title)) + " "
    concept = [
        f if f[0] != "^" else f" {titled_phrase(f)[1]} "
        for f in concept
        if f[0] != "^" or f" {titled_phrase(f)[0]} " in titled
    ]
    if any(named_at(stems(paper.title), title, f, participles, phrase, gerunds) for f in concept):
        return True
    own = own_text(paper.summary)
    said = [s for s in sentences(own) or [own] if not s.rstrip().endswith("?")]
    for clause in (c for s in said for c in CLAUSE_RE.split(s)):
        words = stems(clause)
        surface = surface_words(clause)
        padded = " " + " ".join(words) + " "
        for form in concept:
            if not form_in(form, padded):
                continue
            if any(not mentioned(words, at) for at in named_at(words, surface, form, participles, phrase, gerunds)):
                return True
    return False


def surface_words(text: str) -> list[str]:
    """The words as written, lowercase, one per stem; a word hyphenated onto the one before it starts
    with "-" ("vision", "-language"): it makes a compound of its own."""
    low = fold(text.lower())
    return [
        ("-" if m.start() and low[m.start() - 1] == "-" else "") + m.group(0) for m in re.finditer(r"[a-z0-9]+", low)
    ]


FOLLOW_UP_RE = re.compile(r"\**\s*follow[- ]?up questions\s*:", re.I)


def own_text(summary: str) -> str:
    """A summary without the digest's "Follow-up questions:" section: what the reader asks next,
    not what the paper does ("2. The paper mentions …" is no question mark away from a claim)."""
    return FOLLOW_UP_RE.split(summary, maxsplit=1)[0]


# The summary's writer saying what the paper leaves out ("The paper does not, however, detail memory use"):
# no claim of the paper, so no answer.
HEDGE_RE = re.compile(
    r"\b(?:paper|study|summary|abstract|authors?|article|text|work)\b[^.;]{0,40}?\b(?:does|do|did)\s*(?:not|n['’]t)\b"
    r"|\b(?:is|are|was|were)\s+not\s+(?:explicitly\s+|clearly\s+)?(?:stated|specified|detailed|provided|mentioned"
    r"|reported|given|described|disclosed)\b",
    re.I,
)
# The digest template's section name or item number before a sentence ("Main research question or objective:",
# "**Key methodology:**", "iv)"): the quote starts after it.
LABEL_RE = re.compile(
    r"^\W*(?:(?:[ivx]{1,4}|[a-e])\)\s*)?(?:\*\*)?(?:(?:(?:main|primary|key|principal)\s+)?(?:research\s+)?"
    r"(?:questions?|objectives?|methodology|methods?|results?|findings?|implications?|contributions?|summary)"
    r"(?:\s*(?:or|/|and)\s*(?:objective|question)s?)?(?:\s+used)?(?:\s+for\s+ai\s+practi\w*)?\s*:\s*(?:\*\*)?\s*)?",
    re.I,
)


# The digest writer's opener before a summary ("Here is a concise summary of the research paper "X":",
# "Summary of the research paper is the following:"): it says nothing of the paper, so it is never quoted.
PREAMBLE_RE = re.compile(
    r"^\W*(?:(?:here\s+is|here['’]s|below\s+is)\s+)?(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,2}?summary\s+of\s+"
    r"(?:\"[^\"]*\"|[^\":.])*?\s*:\s*",
    re.I,
)


def claims(summary: str) -> list[str]:
    """The summary's sentences that can answer a question: its own text (`own_text`), without sentences that
    ask ("… ?") or hedge (`HEDGE_RE`), each without the writer's opener (`PREAMBLE_RE`) and its template label
    (`LABEL_RE`)."""
    said = (LABEL_RE.sub("", PREAMBLE_RE.sub("", s, count=1), count=1) for s in sentences(own_text(summary)))
    return [
        s for s in said if len(s) > 20 and not s.rstrip(" *\"'”").endswith("?") and not HEDGE_RE.search(main_clause(s))
    ]


# A noun made from an adjective or verb ("discretization", "normalisation"): Snowball gives it the stem
# of the word it was made from, so "discrete diffusion" would match "discretization … diffusion".
DERIVED_RE = re.compile(r"i[sz]ations?$")
# The question's words whose -ization noun names them too: the noun itself and the verb ("colorize").
DERIVES_RE = re.compile(r"i[sz](?:e|es|ed|ing|ations?)$")


def named_at(
    words: list[str],
    surface: list[str],
    form: str,
    participles: frozenset[str],
    phrase: Sequence[str] = (),
    gerunds: frozenset[str] = frozenset(),
) -> list[list[int]]:
    """Where `form` names the topic in these stemmed words: the positions of its words, per occurrence.
    In a phrase, a modifier written with -ed where the question had a noun ("rejected" for "rejection"),
    or in a named phrase as a noun in -ization where the question had the adjective ("discretization in
    diffusion" for discrete diffusion, whose stems agree), names something else; the head may be a verb
    ("rejection-sampled"). `participles`: the stems the question itself wrote in those forms (a verb in
    -ize has its noun in -ization: "colorize" names "colorization"). Words
    spread through a clause, or one word of the name (`phrase`) alone, do not name it where that word
    is another name's head. `gerunds`: the stems of heads the question wrote in -ing, named alone (the head of a
    longer `phrase`) only where the head is written so too (`other_noun`)."""
    parts = form.lstrip("%~&").split()
    if len(parts) > 1 and len(surface) == len(words):
        modifiers = set(parts[:-1]) - set(parts[-1:])
        words = [
            ""
            if w in modifiers
            and w not in participles
            and (
                (t.endswith("ed") and not w.endswith("ed"))
                or (form[0] != "&" and DERIVED_RE.search(t) is not None and DERIVED_RE.search(w) is None)
            )
            else w
            for w, t in zip(words, surface)
        ]
    found = occurrences(words, form)
    if len(surface) != len(words):
        return found
    if parts[-1] in gerunds and len(phrase) > 1:
        found = [at for at in found if not other_noun(at, words, surface, list(phrase))]
    if form.startswith("%"):
        # a modality hyphenated onto the name's word makes another name: a "vision-language foundation
        # model" is no vision foundation model ("small-scale language model", "process-based" stay)
        found = [
            at
            for at in found
            if not any(
                b - a == 2 and surface[a + 1].lstrip("-") in MODALITIES and surface[a + 1][0] == "-"
                for a, b in pairwise(at)
            )
        ]
    if form[0] in "&~" and len(parts) > 1 and parts[-1] not in participles:
        # the name's head before its other words as a hyphenated participle is an adjective of another
        # noun: a "pre-trained autoregressive model" is no autoregressive pre-training ("rejection-sampled",
        # head last, and "control over generated videos", no compound, still name theirs)
        found = [
            at
            for at in found
            if not any(words[i] == parts[-1] and i < max(at) and compound_participle(surface[i]) for i in at)
        ]
    if form.startswith("&"):
        found = [at for at in found if words[min(at)] != parts[-1] or not own_compound(words, surface, min(at), parts)]
    elif len(parts) == 1 and len(phrase) > 1:
        found = [at for at in found if not own_compound(words, surface, at[0], list(phrase))]
    return found


def gerund_stems(topics: Sequence[str]) -> frozenset[str]:
    """The stems of the topics' words written in -ing whose stem is another word ("scaling": "scale", "driving":
    "drive"; not "string"): a name whose head is one of them is the activity, not the thing the stem also names."""
    words = {w for t in topics for w in re.findall(r"[a-z0-9]+", t.lower()) if w.endswith("ing")}
    return frozenset(s for w in words if (s := stem(w)) != w)


def other_noun(at: list[int], words: list[str], surface: list[str], phrase: list[str]) -> bool:
    """Whether the head of a name (`phrase`) asked as a gerund ("driving") and found alone is written as another
    word of its stem ("Neuron Dynamics Drive …", "LLMs Unlearn …") with none of the name's other words close by; a
    verb among them does the activity ("merge spatially local tokens", "top-k routed experts" in MoE layers).
    General English morphology."""
    head = phrase[-1]
    if len(at) != 1 or words[at[0]] != head or surface[at[0]].lstrip("-").endswith(("ing", "ings")):
        return False
    span = AMP_SPAN * len(phrase)
    near = set(words[max(at[0] - span, 0) : at[0] + span + 1])
    return not any(w in near for w in phrase[:-1])


def compound_participle(word: str) -> bool:
    """A participle hyphenated onto the word before it ("-trained" in "pre-trained", "-tuned")."""
    return word.startswith("-") and word.endswith("ed")


def occurrences(words: list[str], form: str) -> list[list[int]]:
    """Each place `form` matches `words`, as the token positions it covers."""
    mark = form[0] if form[0] in "%~&" else ""
    parts = (form[1:] if mark else form).split()
    n = len(parts)
    out: list[list[int]] = []
    if mark == "&":
        at = close_by(words, parts)
        return [at] if at else []
    for i in range(len(words)):
        if mark == "%":
            at = ordered_at(words, i, parts)
            if at:
                out.append(at)
        elif mark == "~":
            if sorted(words[i : i + n]) == sorted(parts):
                out.append(list(range(i, i + n)))
        elif words[i : i + n] == parts:
            out.append(list(range(i, i + n)))
    return out


def ordered_at(tokens: list[str], i: int, words: list[str]) -> list[int]:
    if tokens[i] != words[0]:
        return []
    at = [i]
    for w in words[1:]:
        if at[-1] + 1 < len(tokens) and tokens[at[-1] + 1] == w:
            at.append(at[-1] + 1)
        elif at[-1] + 2 < len(tokens) and tokens[at[-1] + 2] == w:
            at.append(at[-1] + 2)
        else:
            return []
    return at


def own_compound(words: list[str], surface: list[str], k: int, phrase: list[str]) -> bool:
    """The name's one distinctive word at `k`, right after a noun of another name, the name's other
    words all generic: "token merging … models" names token merging, not model merging. A verb before
    it ("involves merging … models") leaves it the topic's."""
    word = words[k]
    if k == 0 or word not in phrase or word in GENERIC_STEMS:
        return False
    if not all(w in GENERIC_STEMS for w in phrase if w != word):
        return False
    before, written = words[k - 1], surface[k - 1]
    return before not in phrase and before not in FUNCTION_STEMS and not before.isdigit() and not written.endswith("s")


def mentioned(words: list[str], at: list[int]) -> bool:
    """A comparison cue within a few words before this occurrence."""
    i = at[0]
    before = set(words[max(0, i - MENTION_WINDOW) : i])
    far = set(words[max(0, i - FAR_WINDOW) : i])
    over = any(
        words[k] == "over"
        and not words[k + 1][:1].isdigit()  # "achieving over 1.5x faster" is "more than"
        and set(words[max(0, k - MENTION_WINDOW) : k]) & OVER_CUES
        for k in range(max(0, i - MENTION_WINDOW), i)
    )
    return bool(before & MENTION_CUES or far & FAR_CUES or over)


def is_mention(words: list[str], form: list[str]) -> bool:
    """True when every occurrence of `form` in `words` follows a comparison cue within a few words."""
    found = occurrences(words, " ".join(form) if form[0][0] in "%~&" else " " + " ".join(form) + " ")
    return bool(found) and all(mentioned(words, at) for at in found)


def first_date(paper: Paper, since: str = "", until: str = "") -> str:
    """The paper's first digest date inside the period: a paper listed on 2024-12-31 and again in
    January counts in January for a question about 2025."""
    inside = [d for d in (paper.dates or [paper.date]) if d and (since or "0") <= d <= (until or "9")]
    return min(inside) if inside else paper.date


def month_counts(papers: Sequence[Paper], since: str = "", until: str = "") -> dict[str, int]:
    """Papers per month of first appearance within the period, every month of the span present (zeros included)."""
    months = Counter(first_date(p, since, until)[:7] for p in papers if p.date)
    if not months:
        return {}
    first, last = min(months), max(months)
    out: dict[str, int] = {}
    y, m = int(first[:4]), int(first[5:7])
    while f"{y:04d}-{m:02d}" <= last:
        key = f"{y:04d}-{m:02d}"
        out[key] = months.get(key, 0)
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


DEFINING_RE = r"(?:\s*\(({acr})\))"
# The term as the setting of something else ("the issue in DPO, where …", "fine-tuning with DPO is a …"), or as
# an example, never the subject of what follows ("adaptation using architectures like MoE is a … strategy").
NOT_A_SETTING = (
    r"(?<!\bin )(?<!\bon )(?<!\bfor )(?<!\bwith )(?<!\busing )(?<!\bvia )"
    r"(?<!\blike )(?<!\bsuch as )(?<!\bincluding )(?<!\be\.g\., )(?<!\be\.g\. )"
)
# A sentence led by another named method ("ΔL Normalization is …", "Step-KTO is …", "This paper
# introduces DPO-Kernels …") is about that method, however well it spells the term out.
OTHER_SUBJECT_RE = re.compile(
    r"^\W*(?:[ivx]+\)\s*)?(?i:(?:this|the)\s+(?:paper|work|study)\s+(?:introduces|presents|proposes)\s+)?"
    r"(?i:an?\s+|the\s+)?(?P<name>\S*(?:[A-Z]\S*[A-Z0-9]|[A-Za-z]-[A-Za-z0-9])\S*)",
)


def definition_score(sentence: str, m: re.Match, strength: int, term: str) -> int:
    """How well a sentence holding the term says what the term is: the term as the sentence's subject,
    the term followed by a description of it (", which …", ", a …"), never a sentence led by another
    named method."""
    subject = bool(re.match(r"\W*(?:(?:the|a|an)\s+)?$", sentence[: m.start()], re.I))
    described = bool(re.search(rf"(?<![\w-]){re.escape(term)}s?\)?\s*,\s*(?:which|a|an)\b", sentence, re.I))
    led = OTHER_SUBJECT_RE.match(sentence)
    other = bool(led and not subject and led.start("name") < m.start())
    return strength + 3 * subject + 2 * described - 3 * other


@dataclass(frozen=True)
class Definition:
    paper: Paper
    sentence: str
    expansion: str
    lead: str = ""  # the definition restated from the sentence's own words: "Grokking means transitioning from …"
    mention: bool = False  # the sentence only spells the acronym out beside a use of it: says what it stands for


QUOTE = r"[\"“”'‘’]?"
# A gloss in brackets right after the term: "grokking" (transitioning from memorization to generalization).
GLOSS = r"\(\s*(?:i\.e\.,?\s*|that\s+is,?\s*)?(?P<gloss>(?-i:[a-z])[^()]{8,160}?)\s*\)"
# The rest of the clause that says what the term is, up to the sentence's or clause's end.
CLAUSE = r"(?P<gloss>[^;]{8,240}?)(?=[;.]\s|[;.]?\s*$)"
# Bracketed members or examples ("(text, speech, vision, etc.)", "(spatial and temporal)") say what it
# holds, not what it is.
LIST_PART_RE = re.compile(r",|\band\b|\bor\b|/|\bvs\.?")
# Words a described kind of thing ends on: "…, a phenomenon termed X".
KIND_NOUNS = (
    r"phenomenon|problem|issue|effect|behaviou?r|failure(?:\s+mode)?|pattern|property|trade-?off|law|bias|risk"
    r"|tendency|challenge|limitation|vulnerability"
)
# Where a noun phrase named by "termed X" begins: after a comma, an infinitive, a relative word or a verb.
NP_START_RE = re.compile(
    r"[,:]\s|\bto\s+\w+\s+(?=(?:the|a|an|this|these|its|their)\b)|\bfor\s+\w+ing\s+|\b(?:leads?|led)\s+to\s+"
    r"|\b(?:causes?|caused|results?\s+in|can|may|might|will|would)\s+|\b(?:that|which|where|possess(?:es)?|ha(?:s|ve)|"
    r"exhibits?|introduces?|proposes?|presents?|uses?|using|called|reveals?|identif(?:y|ies)|shows?)\s+",
    re.I,
)
# What a noun phrase never opens with: an adverb or a preposition ("particularly regarding …", "in terms of …")
NOT_NP_START_RE = re.compile(
    r"(?:\w+ly|regarding|including|concerning|especially|notably|such|in|on|at|of|with|by|from|for|as|into|via"
    r"|through|over|under|between|among|about|across|within|without)\b",
    re.I,
)
# A verb that goes on to say what the named thing does: "termed the "Densing Law," describes …".
NAMED_VERB = r"describes|captures|measures|quantifies|denotes|characteri[sz]es|predicts|governs"
REPORTING_RE = re.compile(
    r"^\W*(?:[ivx]+\)\s*)?(?:(?:this|the)\s+(?:paper|research|study|work|authors?)\s+(?:\w+\s+){0,2}?"
    r"(?:shows?|demonstrates?|finds?|reveals?|argues?|establishes?)\s+(?:that\s+)?)?",
    re.I,
)


# Words that introduce a term without making a longer name of it ("inefficiencies like length bias (…)").
BEFORE_A_TERM = frozenset("like including such called named termed dubbed especially namely".split())


# English suffixes of abstract nouns of quality or state, singular ("awareness", "ability", "reliance", "coherence").
QUALITY_RE = re.compile(r"[a-z]+(?:ness|ity|ance|ence)", re.I)


def quality_of_many(term: str, m: re.Match) -> bool:
    """A plural term glossed by a singular quality noun ("world models" (awareness of …)): English number says the
    bracket names what the things give or what is lacking, not what they are."""
    written = re.sub(r"[\"“”'‘’\s]+$", "", m.group(0)[: m.start("gloss") - m.start()].rstrip().rstrip("(").rstrip())
    plural = written.lower().endswith("s") and not term.lower().endswith("s")
    return plural and bool(QUALITY_RE.fullmatch(m.group("gloss").split()[0]))


def is_gloss(gloss: str) -> bool:
    """A bracket that says what a term is: three words or more, no list of members ("text, speech, …") or of
    qualities ("high visual quality, progressive refinement"), no figure ("from 124M to 720M parameters" is
    a size, not a meaning)."""
    said = re.split(r",?\s*\be\.g\.", gloss)[0]  # what an example after "e.g." counts does not count
    if len(gloss.split()) < 3 or INSTANCE_RE.match(gloss) or FIGURE_RE.search(said):
        return False
    parts = [p for p in LIST_PART_RE.split(gloss) if p.strip()]
    commas = [p for p in said.split(",") if p.strip()]
    listing = len(commas) > 1 and all(len(p.split()) <= 3 for p in commas)
    return not (len(parts) > 1 and all(len(p.split()) <= 2 for p in parts)) and not listing and "etc" not in gloss


# A bracket that opens with an example or instance of the term ("reinforcement learning (specifically, GRPO)"),
# or a pointer: general English, not what the term is.
INSTANCE_RE = re.compile(
    r"(?:e\.g|etc|see|cf|specifically|particularly|especially|notably|mainly|mostly|primarily|including|such\s+as|"
    r"like|for\s+example|for\s+instance|based\s+on|using|via|with|from)\b",
    re.I,
)
# A number of its own ("124M", "3.5%", "7B"), not a digit within a name ("GPT-4", "Llama2").
FIGURE_RE = re.compile(r"(?<![\w.-])\d[\d.,]*(?:[KMBkmb%]|\s*%)?(?![\w-])")
# What a sentence says after "<expansion> (<acronym>)" when it says what the term is: "is a …", "are models
# that …", "refers to …", ", a …", ", which is …"; not a finding about it ("are brittle", "performance can
# degrade", "exhibit early answer convergence").
PREDICATE_RE = re.compile(
    r"\s*(?:,\s*)?(?:(?:is|are|was|were)\s+(?:(?:a|an|the|one)\b|(?:defined|known|used|designed|trained)\s+(?:as|to|for)\b)"
    r"|(?:is|are)\s+(?:[\w-]+\s+){0,3}?(?:models?|methods?|techniques?|algorithms?|approach(?:es)?|frameworks?|"
    r"architectures?|metrics?|measures?|paradigms?|systems?|networks?)\s+(?:that|which|where|for|of|in)\b"
    r"|(?:refers?|referring)\s+to\b|stands?\s+for\b|denotes\b|means\b|,\s*(?:a|an)\s|,?\s*which\s+(?:is|are|refers)\b)",
    re.I,
)


def predicates(sentence: str, m: re.Match) -> bool:
    """The words after the acronym's bracket say what the spelled-out term is, not what it does or shows."""
    close = sentence.find(")", m.start())
    return close >= 0 and bool(PREDICATE_RE.match(sentence, close + 1))


def term_alone(sentence: str, start: int) -> bool:
    """The term stands alone where a gloss follows it: quoted, or after a function word or nothing, not
    the tail of a longer name ("multi-matching retrieval (retrieving …)" glosses no "retrieval")."""
    before = sentence[:start].rstrip()
    if not before or before[-1] in "\"“'‘(,;:":
        return True
    last = re.findall(r"[\w-]+", before[-40:])
    return not last or last[-1].lower() in STOPWORDS | BEFORE_A_TERM


def spoken(term: str) -> str:
    """The term as a sentence opens with it: "grokking" → "Grokking"; "U-Sophistry" stays, and so does a name
    whose case is its own, a capital after a lower-case first letter ("sG-MDP", "mT5", "iPhone")."""
    if term[:1].islower() and any(c.isupper() for c in term):
        return term
    return term[:1].upper() + term[1:]


# Nouns for the kinds of thing a name is given to (the field's general vocabulary, singular): "the
# CelebA-HQ dataset", "a real-world Franka robot", "agent frameworks like AutoGen"; a plural acronym
# ("specialized LLMs", "SSMs") is such a kind too. A noun of what is made from a name ("a Wikipedia corpus",
# "Reddit data", "PubMed abstracts") is none.
ARTEFACT_WORDS = (
    "model benchmark dataset framework optimizer optimiser algorithm method architecture toolkit platform encoder "
    "decoder backbone robot environment simulator agent suite metric tokenizer tokeniser system"
).split()
ARTEFACT = r"(?:" + "|".join(ARTEFACT_WORDS) + r"|data\s+set|library|(?-i:[A-Z]*LM))"
ARTEFACTS = r"(?:(?:" + "|".join(ARTEFACT_WORDS) + r"|data\s+set)s|libraries|(?-i:[A-Z]{2,}s))"
# Words before a kind that relate its members rather than describe them ("other agent frameworks", "six
# benchmarks"): general English quantifiers and comparatives, left out of what the name is said to be.
RELATING = frozenset(
    "other others various different several many multiple numerous some few most all such existing popular "
    "leading prior previous recent current modern latest larger smaller stronger bigger similar diverse common "
    "standard one two three four five six seven eight nine ten".split()
)


def article(phrase: str) -> str:
    """The phrase with "a" or "an" before it: "an agent framework", "a VAR model"."""
    spoken_vowel = re.match(r"[aeiou]|(?-i:[AEFHILMNORSX][A-Z])", phrase, re.I) and not re.match(
        r"(?i:uni|eu|one)", phrase
    )
    return f"{'an' if spoken_vowel else 'a'} {phrase}"


# Words after which the next word is a verb, not a describing word ("to benchmark LLMs like …").
BEFORE_A_VERB = frozenset("to we they can may might will would should must could".split())
# Function words the stop list lacks that end a kind's describing words ("while advanced LLMs like …").
JOINING = frozenset("while whereas although though whether because since if than also only even still yet".split())
DETERMINERS = frozenset("a an the this these that those such".split())
DESCRIBING_RE = re.compile(r"[a-z][\w-]*|[A-Z]{2,}|[A-Za-z]*\d[\w.-]*")


def common_head(term: str) -> bool:
    """Whether a term of several words ends on a small-letter noun ("KV cache", "LoRA adapter"): a common noun that
    words beside it qualify or that qualifies them, not a name set beside its kind ("Show-o", "Llama 3")."""
    words = term.split()
    return len(words) > 1 and bool(re.fullmatch(r"[a-z]+", words[-1]))


def describes_kind(word: str) -> bool:
    """A word that may describe a kind before its noun: no function word, quantifier or figure, no verb
    ending in -s ("outperforms"; a noun before a noun is singular: "agent frameworks")."""
    low = word.lower()
    return (
        low not in STOPWORDS
        and low not in RELATING
        and low not in JOINING
        and bool(DESCRIBING_RE.fullmatch(word))
        and not re.fullmatch(r"\d[\d.,]*", word)
        and not (re.fullmatch(r"[a-z]+s", word) and not word.endswith("ss"))
    )


def kind_phrase(words: str) -> str:
    """What a name is said to be from the words naming its kind ("outperforms other pre-trained vision
    models" → "a pre-trained vision model"): the kind noun and the describing words just before it."""
    tokens = words.split()
    if not tokens:
        return ""
    kept = [tokens[-1]]
    for i in range(len(tokens) - 2, -1, -1):
        word = tokens[i]
        joins = word.lower() in ("and", "or") and len(kept) > 1 and i > 0 and describes_kind(tokens[i - 1])
        if not (describes_kind(word) or joins) or len(kept) > 6:
            break
        kept.insert(0, word)
    before = tokens[-len(kept) - 1].lower() if len(tokens) > len(kept) else ""
    if before in BEFORE_A_VERB and len(kept) > 1:
        kept = kept[1:]
    # "involves evaluating vision-language models like …": an -ing word opens a describing run only after
    # a determiner ("a reasoning model"); elsewhere it may be the verb
    while len(kept) > 1 and kept[0].lower().endswith("ing") and before not in DETERMINERS:
        kept = kept[1:]
    phrase = " ".join(kept)
    return article(phrase[:-1] if re.fullmatch(r"[A-Z]{2,}s", kept[-1]) else singular_phrase(phrase))


# A title naming the term as the paper's own says less than a sentence with the term as its subject; its
# kind alone ("the CelebA-HQ dataset") says less than any sentence about it, even one led by another name.
TITLE_STRENGTH = 3
REPORT_STRENGTH = 1  # a title that is a name and "Technical Report": below any defining sentence of the paper's
KIND_SCORE = -5
INTRODUCES = (
    r"(?:introduc(?:es?|ed|ing)|present(?:s|ed|ing)?|propos(?:es?|ed|ing)|releas(?:es?|ed|ing)|develop(?:s|ed|ing)?)"
)


# Where a listed example ends: a separator, a bracket, the clause's end, "and"/"or"/"etc." ("like AutoGen, CrewAI
# and …"); a name going on with words of its own ("SimPO reducing lengths …") is what the example says, not an item.
LISTED_END = r"(?=\s*(?:[,;:)\]]|\.(?:\s|$)|$)|\s+(?:and|or|etc)\b|\s*\()"
# A named member of a list: a capitalised or digit-bearing word ("CIFAR-100", "ImageNet-1K", "MS COCO").
MEMBER = r"(?:[A-Z][\w.-]*|[\w.-]*\d[\w.-]*)(?:\s+[A-Z0-9][\w.-]*)?"


def definition_patterns(term: str, expansion: str) -> list[tuple[int, str, re.Pattern]]:
    """(strength, how the gloss restates it, pattern) for each way a sentence defines the term."""
    acr = r"[\s-]+".join(re.escape(w) for w in re.split(r"[\s-]+", term.strip()))
    # asked in words ("world model"), its gloss may follow either form: "“world models” (awareness of …)"
    spelled = r"[\s-]+".join(re.escape(w) for w in expansion.split()) if expansion else ""
    either = f"(?:{acr}|{spelled})" if spelled and spelled.lower() != acr.lower() else acr
    named = rf"{QUOTE}(?<![\w-]){either}s?(?![\w-]){QUOTE}"
    own = rf"{QUOTE}(?<![\w-]){acr}s?(?![\w-]){QUOTE}"  # the term as asked: the weaker forms need it
    patterns: list[tuple[int, str, re.Pattern]] = []
    if expansion:
        exp = r"[\s-]+".join(re.escape(w) for w in expansion.split()) + r"(?:s|es)?"
        patterns.append((3, "termed", re.compile(rf"\b(?:termed|dubbed|coined|known\s+as)\s+(?:the\s+)?{exp}", re.I)))
        patterns.append((3, "", re.compile(rf"{exp}\s*\({acr}s?\)\s*(?:,\s*)?(?:is|are|was|which|that|a|an)\b", re.I)))
        patterns.append((2, "", re.compile(rf"{exp}\s*\({acr}s?\)", re.I)))
    patterns += [
        (3, "means", re.compile(rf"{named}\s*{GLOSS}", re.I)),
        # "X, that is, …"; not the relative clause "the Transformer that is designed for …"
        (3, "means", re.compile(rf"{named}(?:,?\s+i\.e\.|,\s+that\s+is),?\s+{CLAUSE}", re.I)),
        (3, "is", re.compile(rf"{named},?\s+(?:is|are|was|were)\s+defined\s+as\s+{CLAUSE}", re.I)),
        (3, "refers to", re.compile(rf"{NOT_A_SETTING}{named},?\s+(?:refers?|referring)\s+to\s+{CLAUSE}", re.I)),
        # only as what a sentence opens with: "Results show that X occurs when …" is a finding
        (
            2,
            "is what happens when",
            re.compile(
                rf"(?:^|[.!?][\"”]?\s+)\W{{0,3}}{named},?\s+(?:occurs?|happens?|arises?)\s+when\s+{CLAUSE}", re.I
            ),
        ),
        # The term as a word of its own: "Step-KTO is …" is about a variant, not KTO.
        (
            1,
            "",
            re.compile(
                rf"{NOT_A_SETTING}{own}(?:\s*\([^)]{{1,80}}\))?,?\s+(?:is|are|refers\s+to)\s+(?:a|an|the)\b", re.I
            ),
        ),
        # A clause that describes the term where it is named: "reward hacking, where LLMs exploit imperfections
        # in reward models"; "speculative decoding, which is to …"; not the setting of something else: "the
        # likelihood displacement issue in DPO, where …".
        (
            1,
            "is when",
            re.compile(rf"{NOT_A_SETTING}{own}\)?,{QUOTE}\s+(?:where|whereby|in\s+which)\s+{CLAUSE}", re.I),
        ),
        (1, "", re.compile(rf"{NOT_A_SETTING}{own}\)?,{QUOTE}\s+which\s+(?:is|are|means)\b", re.I)),
        # "the phenomenon of "overthinking" in o1-like LLMs, where these models expend …"
        (
            2,
            "is when",
            re.compile(
                rf"\b(?:{KIND_NOUNS})\s+of\s+{own}[^,;()]{{0,60}}(?:\([^)]*\))?,\s+(?:where|whereby|in\s+which)\s+{CLAUSE}",
                re.I,
            ),
        ),
        # what a paper introduces, said beside its name: "introduces GUI-G², a reward modeling framework that …",
        # "introduces a unified framework, UCGM, for …"
        (
            2,
            "is",
            # the gloss runs to its clause's end, never cut mid-phrase ("… tasks requiring l")
            re.compile(
                rf"\b{INTRODUCES}\s+(?:the\s+)?{own},{QUOTE}\s+(?P<gloss>(?:a|an)\s+[^,;.()]{{3,240}}?)(?=\s*(?:[,;()]|\.\s|\.?$))",
                re.I,
            ),
        ),
        (
            2,
            "is",
            # a lower-case term after the comma goes on with the noun phrase ("an open-source, vision-language-action
            # model" is one model): only a name (a capital or a digit) or one called so is apposed
            re.compile(
                rf"\b{INTRODUCES}\s+(?P<gloss>(?:a|an)\s+[^,;.()]{{3,80}}),\s+(?:called\s+|named\s+|(?=\W?(?-i:[\w-]*[A-Z0-9]))){own}(?![\w-])",
                re.I,
            ),
        ),
        # a multi-word name in brackets after what it names: "can lead to performance degradation (model collapse)"
        *([(2, "named", re.compile(rf"\(\s*{own}\s*\)", re.I))] if " " in term.strip() else []),
        # The description first, then its name: "…, a phenomenon termed "inverse scaling in test-time compute""
        (3, "termed", re.compile(rf"\b(?:termed|dubbed|coined|known\s+as)\s+(?:the\s+|as\s+)?{named}", re.I)),
        # a name said with what it is: "Muon, a second-order optimizer, …"
        (
            2,
            "apposed",
            re.compile(
                rf"{NOT_A_SETTING}{own},{QUOTE}\s+(?P<gloss>(?:a|an)\s+[^,;]{{3,160}}?)(?=[,;]|\.\s|\.?$)", re.I
            ),
        ),
        # a name with its kind: "the Video-MME benchmark", "a real-world Franka robot"
        (
            0,
            "kind",
            re.compile(
                # lower-case words around it: a capitalised one goes on with the name ("the Common Pile v0.1
                # dataset", "the Franka Panda benchmark")
                rf"\b(?:the|a|an)\s+(?:(?-i:[a-z0-9][\w-]*)\s+){{0,2}}?{own}\s+(?P<after>)"
                rf"(?P<gloss>(?:(?-i:[a-z0-9][\w.-]*|[A-Z0-9]{{2,}}[\w.-]*)\s+){{0,3}}?(?:{ARTEFACT}))(?![\w-])",
                re.I,
            ),
        ),
        # its kind, then the name: "the unified multimodal understanding and generation model Show-o"
        (
            0,
            "kind",
            re.compile(
                rf"\b(?:the|a|an)\s+(?P<gloss>(?:(?-i:[a-z][\w-]*)\s+){{0,7}}(?:{ARTEFACT}))\s+{own}(?![\w-])", re.I
            ),
        ),
        # a name as a member of its kind: "agent frameworks like AutoGen", "pretrained image backbones (DINOv2)";
        # in brackets, the name an item of its own, not the subject of a finding the bracket cites ("methods (e.g.,
        # SimPO reducing lengths by 30-40%)")
        (
            0,
            "kind",
            re.compile(
                rf"(?P<gloss>(?:[\w-]+\s+){{0,4}}{ARTEFACTS}),?\s+(?P<open>\()?(?:such\s+as|like|including|e\.g\.,?)\s+"
                rf"(?:[^.;()]{{0,80}}?(?:,\s*|\s+and\s+|\s+or\s+))?(?:the\s+)?{own}(?![\w-])(?(open){LISTED_END})",
                re.I,
            ),
        ),
        (
            0,
            "kind",
            re.compile(
                rf"(?P<gloss>(?:[\w-]+\s+){{0,4}}(?:{ARTEFACT}|{ARTEFACTS}))\s+\(\s*(?:the\s+)?{own}\s*\)", re.I
            ),
        ),
        # a term paired after a colon as one of two of a kind: "two AI-assisted software development paradigms:
        # vibe coding and agentic coding" (a word or a name alike: the pair and the colon make it a member)
        (
            0,
            "kind",
            re.compile(
                rf"\btwo\s+(?P<gloss>(?:[\w-]+\s+){{0,5}}(?-i:[a-z]+s)):\s+(?P<listed>)"
                rf"(?:(?:the\s+)?{own}\s+and\s+[^,.;:()]{{1,60}}|[^,.;:()]{{1,60}}?\s+and\s+(?:the\s+)?{own})(?![\w-])",
                re.I,
            ),
        ),
        # a name among named members of its kind: "on CIFAR-10, CIFAR-100, and ImageNet-1K datasets"
        (
            0,
            "kind",
            re.compile(
                rf"(?:{MEMBER},\s+){{0,5}}{own}(?:,\s+{MEMBER}){{0,5}},?\s+(?:and|or)\s+{MEMBER}\s+(?P<gloss>{ARTEFACTS})(?![\w-])"
            ),
        ),
        (
            0,
            "kind",
            re.compile(rf"{MEMBER}(?:,\s+{MEMBER}){{0,5}},?\s+(?:and|or)\s+{own}\s+(?P<gloss>{ARTEFACTS})(?![\w-])"),
        ),
    ]
    return patterns


def listed(sentence: str, m: re.Match) -> bool:
    """The name and the phrase after its comma are items of a list ("…, a proposed multi-modality LoRA, a
    latent regularizer, and a new dataset"), not a name and what it is."""
    before, after = sentence[: m.start()], sentence[m.end() :]
    return bool(re.search(r",\s+(?:[\w-]+\s+){0,3}$", before) or re.match(r"\s*,\s+(?:and|or)\b", after))


def disagrees(term: str, said: str) -> bool:
    """A plural of the term followed by a singular relative verb ("LLMs, which is"): English agreement says the
    clause is about another noun."""
    return bool(re.search(rf"(?<![\w-]){name_re(term)}s\)?,\s+which\s+(?:is|means)\b", said, re.I))


# An item after a bracket's comma that the list's last item follows: ", a …, and a|an|the …".
LISTED_NEXT_RE = re.compile(r"\s*,\s+(?:a|an)\s+[^,;:()]+(?:\([^()]*\)[^,;:()]*)*,\s+(?:and|or)\s+(?:a|an|the)\s")


def list_item(sentence: str, m: re.Match) -> bool:
    """The name sits inside one item of a list of noun phrases ("…: a data flywheel …, a multi-turn RL framework
    using enhanced X (ACR), a hybrid GUI environment …, and a unified sandbox"): the phrase after its comma is
    the next item, not what it is."""
    before, after = sentence[: m.start()], sentence[m.end() :]
    inside = re.search(r"[,:]\s+(?:a|an|the)\s+[^,;:()]*$", before)
    if inside and re.search(r",\s+(?:and|or)\s", after):
        return True
    # "with Mixture-of-Experts (MoE), a pre-attention router to …, and a NoPE-RoPE …": the phrase after the
    # bracket's comma is closed by ", and a …", so it is the next item, whatever opened the list
    close = sentence.find(")", m.start())
    return close >= 0 and bool(LISTED_NEXT_RE.match(sentence, close + 1))


def restated(term: str, how: str, sentence: str, m: re.Match) -> str:
    """The definition in one short sentence from the defining sentence's own words, or "" when its
    words do not make one: "Grokking means transitioning from memorization to generalization"."""
    if how in ("termed", "named"):
        return termed_lead(term, sentence, m)
    if how == "kind":
        words = m.group("gloss").split()
        if m.groupdict().get("after") is not None and not all(describes_kind(w) for w in words[:-1]):
            return ""  # "the dominant AdamW baseline in standardized LLM pretraining" names no kind of AdamW
        kind = kind_phrase(m.group("gloss"))
        return f"{spoken(term)} is {kind}" if kind else ""
    if not how or "gloss" not in m.groupdict():
        return ""
    if how == "apposed":
        # "…, an 8.9 percentage point improvement over …" is what the clause achieved, not what the term is
        if listed(sentence, m) or re.match(r"an?\s+[\d.,]+", m.group("gloss")):
            return ""
        return f"{spoken(term)} is {m.group('gloss').strip()}"
    gloss = re.split(r",?\s*\be\.g\.", m.group("gloss"))[0].strip().rstrip(',.:;"”’')
    if how == "means" and not is_gloss(gloss):
        return ""
    if how == "means" and re.match(r"(?:where|when|in\s+which|a|an|the)\b", gloss, re.I):
        how = "is"  # "X (a …)" says what X is
    return f"{spoken(term)} {how} {gloss}"


def termed_lead(term: str, sentence: str, m: re.Match) -> str:
    """ "X is <what the sentence calls X>": the kind and the clause before it ("…degrade performance, a
    phenomenon termed X"), or the noun phrase just before "termed" and a relative clause after X."""
    before = sentence[: m.start()].replace("*", "").rstrip().rstrip(",")
    after = sentence[m.end() :]
    plural = term.lower().endswith("s") and not term.lower().endswith("ss")
    kind = re.search(rf",\s+(?P<np>(?:a|an)\s+(?:[\w-]+\s+){{0,2}}?(?:{KIND_NOUNS}))$", before, re.I)
    if kind:
        clause = REPORTING_RE.sub("", before[: kind.start()]).strip()
        if len(clause.split()) >= 4:
            clause = clause if clause[1:2].isupper() else clause[:1].lower() + clause[1:]
            return f"{spoken(term)} is {kind.group('np')} where {clause}"
        return ""
    np_ = NP_START_RE.split(before)[-1].strip().strip("*")
    np_ = re.sub(r"^(A|An|The)\b", lambda a: a.group(1).lower(), np_)
    if not 2 <= len(np_.split()) <= 10 or not re.match(r"[a-z]", np_) or re.search(r"\b(?:is|are|was|were|be)\b", np_):
        return ""
    if NOT_NP_START_RE.match(np_):
        return ""  # "particularly regarding … memory usage (KV-cache)": a phrase of the clause, no noun phrase
    rel = re.match(rf"^{QUOTE}[,.]?{QUOTE}\s*(?P<rel>(?:that|which|who)\s+[^;.]{{5,160}})", after)
    goes_on = re.match(rf"^{QUOTE}[,.]?{QUOTE}\s*(?P<rel>(?:{NAMED_VERB})\s+[^;.]{{5,160}})", after, re.I)
    tail = f" {rel.group('rel').strip()}" if rel else f" that {goes_on.group('rel').strip()}" if goes_on else ""
    copula = "are" if plural and not re.match(r"(?:a|an)\s", np_, re.I) else "is"
    return f"{spoken(term)} {copula} {np_}{tail}"


def name_re(term: str) -> str:
    """The term as a regular expression, its words joined by spaces or hyphens."""
    return r"[\s-]+".join(re.escape(w) for w in re.split(r"[\s-]+", term.strip()))


def introduced(term: str, paper: Paper) -> re.Match | None:
    """The paper's title names it as its own: "Infinity: Scaling Bitwise …", "Qwen2.5-VL Technical Report"."""
    return re.match(rf"^\W*{name_re(term)}(?:\s*:\s*(?P<gloss>\S.*)|\s+technical\s+report\b.*|\s*)$", paper.title, re.I)


# General English suffixes a name takes as an adjective ("s1-style", "VGGT-based"): the name itself, not another's.
NAME_ADJECTIVES = (
    "based|style|like|type|level|scale|sized?|driven|guided|generated|inspired|powered|enhanced|augmented|aligned"
    "|tuned|trained|finetuned|distilled|specific|only|free|compatible|equipped"
)
# A size or version after a hyphen ("s1-32B", "Ola-7B", "X-v2", "X-1.5") is the same system's.
NAME_SIZE = r"v?\d+(?:\.\d+)*[BMKbmk]?"


def joined_only(name: str, text: str) -> bool:
    """The text writes a system's name only as part of other hyphenated names: "UI-S1", "Intern-S1", "S1-Bench"
    are not s1; "s1-32B" and "s1-style" still write it; False where it never writes the name at all."""
    word = re.escape(name)
    found = list(re.finditer(rf"(?<![\w.]){word}(?![\w])", text, re.I))
    if not found:
        return False
    for m in found:
        before = text[max(m.start() - 1, 0) : m.start()]
        rest = text[m.end() :]
        alone = not rest.startswith("-") or re.match(rf"-(?:{NAME_SIZE}|{NAME_ADJECTIVES})(?![\w-])", rest, re.I)
        if before != "-" and alone:
            return False
    return True


REPORT_TITLE_RE = re.compile(r"\s(?:technical|tech)\s+report\b", re.I)


def title_definition(term: str, paper: Paper) -> Definition | None:
    """A paper that introduces the term in its title ("SAM 2: Segment Anything in Images and Videos"): "X is
    a …" where the title goes on with an article, else where it is introduced, then its first sentence
    naming the term."""
    m = introduced(term, paper)
    if not m or not (m.group("gloss") or REPORT_TITLE_RE.search(paper.title)):
        return None  # a title that is the name alone says nothing; "X Technical Report" is X's own paper
    gloss = (m.group("gloss") or "").strip()
    lead = (
        f"{spoken(term)} is {gloss[:1].lower()}{gloss[1:]}"
        if re.match(r"(?:a|an|the)\s", gloss, re.I)
        else f'{spoken(term)} is introduced in "{paper.title}"'
    )
    naming = re.compile(rf"(?<![\w-]){name_re(term)}(?![\w-])", re.I)
    sentence = next((s for s in sentences(paper.summary) if naming.search(s)), paper.title)
    return Definition(paper, neutralise(sentence), "", neutralise(lead))


def introduces_itself(names: Sequence[str], paper: Paper) -> Definition | None:
    """A paper titled by the name alone ("Humanity's Last Exam") whose summary opens a sentence with it and
    what it introduces: "Humanity's Last Exam introduces a new multi-modal benchmark …" says what it is."""
    for name in (n for n in names if n):
        if not re.fullmatch(rf"\W*{name_re(name)}\W*", paper.title, re.I):
            continue
        said = re.compile(
            rf"^\W*(?P<name>{name_re(name)})\s+(?:introduces|presents|is\s+introduced\s+as|is)\s+"
            rf"(?P<gloss>(?:a|an)\s+[^;]{{8,200}}?)\.?$",
            re.I,
        )
        for sentence in sentences(paper.summary):
            m = said.match(sentence.strip())
            if m:
                gloss = article(re.sub(r"^(?:a|an)\s+(?:(?:new|novel)\s+)?", "", m["gloss"], flags=re.I))
                return Definition(paper, neutralise(sentence), "", neutralise(f"{m['name']} is {gloss}"))
    return None


def longer_name(term: str, sentence: str, m: re.Match) -> bool:
    """The match opens with the name and a capitalised word other than a determiner stands right before it:
    "On-device Sora is …", "Over-Tokenized Transformer, a framework …" define another name."""
    if not re.match(rf"\W?{name_re(term)}", m.group(0), re.I):
        return False
    before = re.search(r"([A-Z][\w-]*)\s*$", sentence[: m.start()])
    return bool(before and before.group(1).lower() not in DETERMINERS)


# Words that set what follows against something else: a sentence naming a term after one of them measures
# against it ("a 33% speedup over the conventional grouped-query attention (GQA)") and says nothing of what it is.
AGAINST_RE = re.compile(
    r"\b(?:than|over|compared\s+(?:to|with|against)|comparable\s+to|on\s+par\s+with|versus|vs\.?|relative\s+to|"
    r"outperform\w*|surpass\w*|beat(?:s|ing)?|against|unlike|rivals?|rivall?ing|match(?:es|ing)?)\s",
    re.I,
)
# The clause before a term, as far back as a comparison word reaches it.
COMPARING_REACH = 70


def compared(sentence: str, term: str, expansion: str = "") -> bool:
    """Every place the sentence names the term (or its expansion) is what something is measured against, or
    the term is a baseline: "EfficientTAMs … compared to SAM 2", "the SAM 2.1 baseline"."""
    forms = [name_re(term)] + ([name_re(expansion)] if expansion else [])
    spots = [m for f in forms for m in re.finditer(rf"(?<![\w-]){f}s?(?![\w-])", sentence, re.I)]
    if not spots:
        return False

    def against(m: re.Match) -> bool:
        before = re.split(r"[;:]|,\s+(?:and|but|while|whereas)\s", sentence[: m.start()])[-1][-COMPARING_REACH:]
        after = sentence[m.end() : m.end() + 30]
        # the comparison governs the term only with no preposition between: "against vanilla ViTs on CIFAR-10"
        # names a data set, not what is compared
        last = list(AGAINST_RE.finditer(before))
        between = before[last[-1].end() :] if last else ""
        # "Unlike RNNs, Mamba-2 is …": past a comma, the term opens a clause of its own
        clause = "," in between and re.match(r"\s+(?:is|are|was|were|has|have|can|will|may)\b", after)
        governs = (
            bool(last) and not clause and not re.search(r"\b(?:on|in|using|with|for|across|via|from|at)\s", between)
        )
        return governs or bool(re.match(r"\s*(?:\([^)]*\)\s*)?(?:[\w.-]+\s+)?baselines?\b", after, re.I))

    return all(against(m) for m in spots)


def circular(lead: str, term: str) -> bool:
    """A restated definition that names the term again after its copula ("Parallel decoding is a parallel
    decoding method") says nothing of what the term is."""
    rest = re.split(r"\b(?:is|are|means|refers\s+to)\b", lead, maxsplit=1)
    return len(rest) == 2 and bool(re.search(rf"(?<![\w-]){name_re(term)}(?![\w-])", rest[1], re.I))


def titled_about(term: str, expansion: str, paper: Paper) -> bool:
    """The paper's title names the term or its expansion: a paper that introduces or studies it; not a title
    led by a name of its own ("MIA-DPO: Multi-Image Augmented Direct Preference Optimization …" is about MIA-DPO)."""
    forms = [name_re(term)] + ([name_re(expansion)] if expansion else [])
    lead = re.match(r"^\W*(?P<name>[^\s:]+(?:\s+[^\s:]+){0,2})\s*:", paper.title)
    if lead and not any(re.fullmatch(rf"{f}s?", lead["name"], re.I) for f in forms):
        return False
    return any(re.search(rf"(?<![\w-]){f}s?(?![\w-])", paper.title, re.I) for f in forms)


# After the term, what it does: a verb, or a modal or "to" before one ("knowledge editing can update …",
# "speculative decoding accelerates …"), past a generic head ("knowledge editing techniques effectively correct").
DOES_RE = (
    r"(?:\s+(?:techniques?|methods?|approach(?:es)?|algorithms?|strategy|strategies|mechanisms?))?"
    r"(?:\s+\w+ly)?\s+(?:can|could|may|to|helps?|enables?|allows?|(?!is\b|was\b|has\b)[a-z]+[^s\W]s)\b"
)


# A name written with capitals inside ("LiRA", "RAG", "DeepSeek-R1") asked in a field ("in membership inference"):
# the term stays whole ("RAG in medicine" is a field of its own), and the name alone shows how papers use it.
NAME_IN_FIELD_RE = re.compile(r"^([A-Za-z][\w.-]*[A-Z][\w.-]*)\s+(?:in|for|within)\s+(?:the\s+)?[a-z][\w\s-]*$")


def usage(term: str, expansion: str, papers: Sequence[Paper]) -> tuple[Paper, str] | None:
    """Where nothing defines a term, the sentence that best says what the papers do with it: from a paper whose
    title names it, with the term as what acts ("X can update …", "X accelerates …") or as what is studied, early
    in its summary; never a sentence that only measures against it, nor a question. None when every sentence
    naming it compares with it."""
    forms = [name_re(term)] + ([name_re(expansion)] if expansion else [])
    naming = re.compile(rf"(?<![\w-])(?:{'|'.join(forms)})s?(?![\w-])", re.I)
    acting = re.compile(rf"(?<![\w-])(?:{'|'.join(forms)})s?(?![\w-]){DOES_RE}", re.I)
    best: tuple[tuple, Paper, str] | None = None
    for paper in papers:
        about = titled_about(term, expansion, paper)
        for position, sentence in enumerate(sentences(paper.summary)):
            m = naming.search(sentence)
            if not m or sentence.rstrip().endswith("?") or compared(sentence, term, expansion):
                continue
            subject = bool(re.match(r"\W*(?:(?:the|a|an)\s+)?$", sentence[: m.start()], re.I))
            key = (-2 * about - 2 * bool(acting.search(sentence)) - subject, position, paper.date)
            if best is None or key < best[0]:
                best = (key, paper, sentence)
    return (best[1], neutralise(re.sub(r"^\W*(?:[a-h]|[ivx]+)\)\s+", "", best[2]))) if best else None


def named_term_sentence(paper: Paper, term: str, name: str) -> str:
    """The sentence of a named paper's summary that writes the asked term ("define language injection (Kuwain)"):
    first one writing the paper's name too (its own system doing it), then the earliest; a sentence only measuring
    against the term comes last. "" when no sentence writes it."""
    naming = re.compile(rf"(?<![\w-]){name_re(term)}s?(?![\w-])", re.I)
    own = re.compile(rf"(?<![\w-]){name_re(name)}", re.I)
    said = [(i, t) for i, t in enumerate(sentences(paper.summary)) if naming.search(t) and not t.rstrip().endswith("?")]
    if not said:
        return ""
    _, best = min(said, key=lambda s: (compared(s[1], term), not own.search(s[1]), s[0]))
    return neutralise(re.sub(r"^\W*(?:[a-h]|[ivx]+)\)\s+", "", best))


def compared_only(term: str, expansion: str, papers: Sequence[Paper]) -> bool:
    """Some sentence of the papers names the term, and each one that does measures against it: what lets an
    answer say they name it "only to compare with it" (none naming it says nothing of the kind)."""
    forms = [name_re(term)] + ([name_re(expansion)] if expansion else [])
    naming = re.compile(rf"(?<![\w-])(?:{'|'.join(forms)})s?(?![\w-])", re.I)
    said = [s for p in papers for s in sentences(p.summary) if naming.search(s)]
    return bool(said) and all(compared(s, term, expansion) for s in said)


def capitalised(term: str, m: re.Match) -> bool:
    """A lower-case term written capitalised where the match opens with it ("Over-Tokenized Transformer, a
    framework"): part of a name, which a capitalised word before it would make longer."""
    return bool(re.match(r"\W?(?-i:[A-Z])", m.group(0))) and bool(re.match(rf"\W?{name_re(term)}", m.group(0), re.I))


# A preposition and a few words before a term: the term is where something else happens ("attention concentration
# in deep transformers, where attention …"; "the true objective of speculative decoding, which is …").
SETTING_RE = re.compile(r"\b(?:in|on|for|with|using|via|of|across|within|from|by|to)\s+(?:[a-z][\w-]*\s+){0,2}$")


# A determiner and describing words before a term: the term ends a longer noun ("a pretrained diffusion transformer").
# Its words describe (no verb or plural in -s: "This research demonstrates Muon, a …" is no longer noun).
NOUN_TAIL_RE = re.compile(r"\b(?i:a|an|the|this|these|its|their)\s+(?:[a-z][\w-]*[^\Ws]\s+){1,3}$")


def set_in(term: str, sentence: str, m: re.Match) -> bool:
    """The match opens with the term and the term is the setting of something else (see SETTING_RE) or the
    tail of a longer noun ("a pretrained diffusion transformer is …" says what fine-tuning it is)."""
    if not re.match(rf"\W?{name_re(term)}", m.group(0), re.I):
        return False
    before = sentence[: m.start()]
    # a quoted term, or one named by "called" / "termed" …, stands alone
    alone = m.group(0)[0] in "\"“'‘" or re.search(rf"\b(?:{'|'.join(BEFORE_A_TERM)})\s+$", before)
    return bool(SETTING_RE.search(before) or (NOUN_TAIL_RE.search(before) and not alone))


# "…shows that X is a …", "the implication is that X are a …": what follows "that" is a reported finding.
REPORTED_RE = re.compile(r"\bthat\s+(?:the\s+|these\s+|such\s+)?\W?$", re.I)
# Verbs of use before a spelled-out term: "employs X (ACR), where …" sets out how X is used, not what it is.
USED_RE = re.compile(
    r"\b(?:us(?:e|es|ed|ing)|employ\w*|appl(?:y|ies|ied|ying)|adopt\w*|leverag\w*|via|with)\s+(?:the\s+)?$", re.I
)


def used_spelled_out(expansion: str, sentence: str, m: re.Match) -> bool:
    """The acronym's bracket follows its spelled-out form, itself after a verb of use or a setting word."""
    spelled = r"[\s-]+".join(re.escape(w) for w in expansion.split()) + r"s?\s*\(\s*$"
    found = re.search(spelled, sentence[: m.start()], re.I)
    before = sentence[: found.start()] if found else ""
    return bool(found and (USED_RE.search(before) or SETTING_RE.search(before)))


def find_definition(term: str, expansion: str, papers: Sequence[Paper], mentions: bool = True) -> Definition | None:
    """The sentence where the corpus defines a term: "Group Relative Policy Optimization (GRPO) is …",
    "grokking" (transitioning from memorization to generalization), "X refers to …", "X was defined as
    …", "…, a phenomenon termed X", "X, where …", "Muon, a second-order optimizer", a title "X: …", and
    at least its kind: "the CelebA-HQ dataset", "agent frameworks like AutoGen".

    Preference: the term as the sentence's subject first; then the expansion followed by the acronym
    in brackets and a defining verb ("is", "a", "which"), or a gloss of the term; then the expansion
    with the acronym, then "<term> is a/an …" (the term a word of its own, not "Step-KTO"); a title
    introducing the term; its kind last; earliest paper first, a paper introducing the term before
    others. A gloss is kept only where the term stands alone and the bracket says what it is; after a
    name (no acronym), only a bracket that opens with an article: "Mamba (long context efficiency)" is
    no gloss.
    """
    best: tuple[tuple, Definition] | None = None  # a mention (it only spells the acronym out) after any definition
    patterns = definition_patterns(term, expansion)
    shown = expansion if expansion and not mentions else term  # the term as the question asked it
    name = not expansion and term != term.lower()
    for paper in papers:
        own = introduced(term, paper)
        titled = title_definition(term, paper) if mentions else None
        if titled:
            # "X Technical Report" says only whose paper it is: its own sentence saying what X is comes first
            strength = TITLE_STRENGTH if own and own.group("gloss") else REPORT_STRENGTH
            key = (False, -strength, False, False, False, 0, paper.date)
            if best is None or key < best[0]:
                best = (key, titled)
        itself = None if titled else introduces_itself([term, expansion], paper)
        if itself:
            key = (False, -TITLE_STRENGTH, False, False, False, 0, paper.date)
            if best is None or key < best[0]:
                best = (key, itself)
        about = titled_about(term, expansion, paper)
        for sentence in sentences(paper.summary):
            # a sentence measuring against the term says nothing of what it is, save its kind ("outperforms
            # agent frameworks like AutoGen")
            measured = compared(sentence, term, expansion)
            for strength, how, pattern in patterns:
                if measured and how != "kind":
                    continue
                m = pattern.search(sentence)
                if m and not how and expansion and not mentions and "(" in m.group(0) and not predicates(sentence, m):
                    m = None  # asked in words: "X (ACR) are brittle …" is a finding about X, not what X is
                if m and not how and REPORTED_RE.search(sentence[: m.start()]):
                    m = None  # "the implication is that DLMs are a compelling alternative": a claim reported
                if m and not how and disagrees(term, m.group(0)):
                    m = None  # "domain-specific LLMs, which is highly relevant …": the clause is about another noun
                if m and not how and "(" in m.group(0) and list_item(sentence, m):
                    m = None  # "…, a large language model (LLM), a pixel decoder, and …": the next item, not what it is
                if m and how == "means" and quality_of_many(term, m):
                    m = None  # "their lack of “world models” (awareness of action outcomes)": what they give, not are
                if m and how == "means" and not is_gloss(m.group("gloss")):
                    m = None  # a bracket of members or a name ("modality (text, speech, …)"), no gloss
                # a name stands alone unless a capitalised word before it makes a longer one
                alone = name and not re.search(r"[A-Z][\w-]*\s*$", sentence[: m.start()]) if m else False
                if (
                    m
                    and how == "means"
                    and m.group(0)[0] not in "\"“'‘"
                    and not (alone or term_alone(sentence, m.start()))
                ):
                    m = None
                if m and how == "means" and name and "(" in m.group(0) and not re.match(r"(?:a|an|the)\s", m["gloss"]):
                    m = None
                if m and (name or capitalised(term, m)) and longer_name(term, sentence, m):
                    m = None
                if m and how != "kind" and set_in(term, sentence, m):
                    m = None
                if m and how == "is when" and expansion and used_spelled_out(expansion, sentence, m):
                    m = None  # "using Group Relative Policy Optimization (GRPO), where the LLM …": the setting's clause
                if m and how == "kind" and (not name or common_head(term)) and "listed" not in m.groupdict():
                    m = None  # "a NER dataset", "a depth pruning method": an acronym or a word names a kind's use;
                    # "the LLM KV cache", "a KV cache quantization method": a noun, not a name, beside a kind
                if m and how in ("named", "kind", "apposed") and not restated(shown, how, sentence, m):
                    m = None  # a name in brackets defines only where the words before it make a description
                if not m:
                    continue
                # a mention: the expansion with its acronym, neither subject nor described; or another's
                weak = definition_score(sentence, m, strength, term) < strength + (strength == 2)
                if not mentions and weak:
                    break
                # the acronym in brackets after its spelled-out words, the sentence going on about something else
                spelled = not how and bool(expansion) and "(" in m.group(0)
                mention = spelled and (weak or not predicates(sentence, m))
                score = KIND_SCORE if how == "kind" else definition_score(sentence, m, strength, term)
                lead = neutralise(restated(shown, how, sentence, m))
                if lead and circular(lead, shown):
                    continue
                if measured and len(lead.split()) <= len(shown.split()) + 3:
                    continue  # "outperforming larger models like X": "X is a model" says nothing a comparison adds
                detail = len(lead.split()) if how == "kind" else 0  # "a long video benchmark" over "a benchmark"
                asks = sentence.rstrip().endswith("?")  # a follow-up question states nothing
                key = (mention, -score - bool(own), asks, not about, m.start() > 40, -detail, paper.date)
                if best is None or key < best[0]:
                    best = (key, Definition(paper, neutralise(sentence), expansion, lead, mention and not lead))
                break
    return best[1] if best else None


def acronym_casings(acronym: str, texts: Sequence[str]) -> frozenset[str]:
    """How the papers that spell a term out write its acronym, as words of their own ("MoD", "MoDs";
    not "mod"): the casing that marks the term's sense in a paper that never spells it out."""
    letters = re.escape(acronym.rstrip("sS"))
    found = (m.group(0) for t in texts for m in re.finditer(rf"(?<![\w-]){letters}s?(?![\w-])", t, re.I))
    return frozenset(w for w in found if w != w.lower())


def in_sense(text: str, doc: str, expansion_form: str, casings: frozenset[str], variants: bool = False) -> bool:
    """Whether a paper names a term in the asked sense: it spells the term out (its stemmed `doc` holds
    `expansion_form`), or it writes the acronym as the papers spelling it out do, a word of its own
    ("GRPO-based" too); "MOD-X" and "(mod P)" for MoD, "GLM-4" for GLMs, "HR@10", "ARC-AGI" for AGIs
    are other things. With `variants` (the papers spelling the term out write its sizes or versions themselves,
    `writes_variants`), "ViT-L/14" is a vision transformer too."""
    if form_in(expansion_form, doc):
        return True
    after = r"(?![\w@])" if variants else r"(?![\w@]|-[A-Z0-9])"
    return any(re.search(rf"(?<![\w@]){re.escape(c)}{after}", text) for c in casings)


def writes_variants(casings: frozenset[str], texts: Sequence[str]) -> bool:
    """Whether the papers spelling a term out write its acronym with a version or size after a hyphen ("ViT-L/14",
    "GRPO-D"): there such a form in another paper names a kind of the same thing; where they never do ("GLM-4" is
    not written by the papers on generalized linear models), it names something else."""
    return any(re.search(rf"(?<![\w@]){re.escape(c)}-[A-Z0-9]", t) for c in casings for t in texts)


def spelled_out(acronym: str, papers: Sequence[Paper]) -> Counter:
    """How the papers spell an acronym out, "words (ACR)" whose initials give its letters, by count.

    An acronym with several meanings in the corpus (PLM: protein / pre-trained language model)
    gets each of them.
    """
    letters = re.sub(r"[^a-z0-9]", "", acronym.lower()).rstrip("s") or acronym.lower()
    found: Counter = Counter()
    # "&" joins names in an expansion ("Kahneman & Tversky Optimization (KTO)") without a letter of its own.
    # a version is a word of its own: "Segment Anything Model 2 (SAM 2)"
    pattern = re.compile(rf"((?:(?:[A-Za-z][\w'-]*|\d[\w.]*|&)\s+){{1,8}})\(\s*{re.escape(acronym)}s?\s*\)", re.I)
    for paper in papers:
        for m in pattern.finditer(paper.summary):
            words = m.group(1).split()
            for n in range(1, len(words) + 1):
                tail = words[len(words) - n :]
                if tail[0] == "&":
                    continue
                lettered = [w for w in tail if w != "&"]
                initials = "".join(p[0] for w in lettered for p in w.split("-") if p).lower()
                if initials == letters or "".join(w[0] for w in lettered).lower() == letters:
                    found[singular_phrase(" ".join(tail).lower()) if n > 1 else tail[0].lower()] += 1
                    break
    return found


MEASURE_RE = re.compile(
    # "in the model collapse paper, what perplexity …": a clause before the comma says whose figure it is
    r"^\s*(?:[^,?]{3,60},\s*)?what\s+(?P<what>[^?]+)"
    # "how many extra parameters": the quantity word says how they are counted, not what
    # "how many training examples": up to the plural noun counted, so the slot is named whole
    r"|\bhow\s+many\s+(?:(?:extra|additional|more|fewer|new|total|trainable|distinct|different)\s+)?"
    r"(?P<many>[\w-]*[^\W\ds]\s+(?!(?:does|is|was|has)\b)[\w-]+s\b|[\w-]+)"
    # "how much training data": what is counted is the last word, "data" (in samples, examples, tokens, …)
    r"|\bhow\s+much\s+(?P<much>[\w-]+(?:\s+[\w-]+)?)"
    # "how good is X's shape reconstruction, in volume IoU?": the measure named at the end
    r"|(?:,|\s)\s*(?P<how>in\s+terms\s+of|(?:as\s+)?measured\s+(?:in|by)|in)\s+(?:the\s+)?"
    r"(?P<unit>[^?,]{2,40}?)\s*\?*\s*$",
    re.I,
)
MEASURE_END = frozenset(
    "does did do is was were are has have had can over on in for of with when by at from to than after".split()
)
# The frame of a figure question ("by how much does … get"): no clue to which sentence holds it.
FIGURE_FRAME_STEMS = STOP_STEMS | frozenset(stems("how much many what which by get gets model paper"))
# Words that name a figure without saying which: any number in the sentence may be it.
GENERIC_MEASURES = frozenset(stems("score scores rate result results value number performance improvement gain metric"))


def asked_measure(question: str, acronyms: Mapping[str, str] | None = None) -> tuple[str, list[str]]:
    """The figure a question asks for ("training speedup", "GPUs") and its specific stems ([] when generic),
    with `@kind` when it asks an amount of a kind stated with a unit ("how much compute" → `@compute`).

    With the corpus's acronyms, a measure asked by its acronym also matches its spelled-out form and
    the other way round ("mAP" ↔ "mean average precision"), each as one phrase."""
    phrase, words = named_measure(question, acronyms)
    kind = asked_kind(question)
    if not kind:
        return phrase, words
    return phrase or KIND_NAMES.get(kind, kind), [*words, f"@{kind}"]


def figure_question(question: str) -> bool:
    """The question asks for a figure: a result, a rate, or an amount of some kind."""
    return bool(NUMERIC_QUESTION_RE.search(question)) or bool(asked_kind(question))


def named_measure(question: str, acronyms: Mapping[str, str] | None = None) -> tuple[str, list[str]]:
    """The measure the question's words name, and its specific stems."""
    m = MEASURE_RE.search(question)
    if not m:
        return "", []
    if m.group("many"):
        phrase = f"number of {m.group('many')}"
    elif m.group("much"):
        words = m.group("much").split()
        end = next((i for i, w in enumerate(words) if w.lower() in MEASURE_END), len(words))
        phrase = " ".join(words[:end])
        if not phrase:
            return "", []
        said = GAIN_NAMES.get(phrase.lower(), phrase)
        return said, [w for w in stems(phrase.split()[-1]) if w not in GENERIC_MEASURES]
    elif m.group("unit"):
        phrase = m.group("unit").strip()
        # after a bare "in", only a metric's acronym ("in volume IoU", "in mAP") names a measure:
        # "in 2025", "in video generation" do not
        if m.group("how").lower() == "in" and not re.search(r"\b[A-Za-z]*(?:[A-Z][A-Za-z]*[A-Z]|[a-z][A-Z])", phrase):
            return "", []
    else:
        head: list[str] = []
        for word in m.group("what").split():
            if word.lower() in MEASURE_END or len(head) == 4:
                break
            head.append(word)
        phrase = " ".join(head)
    words = [
        w
        for w in stems(phrase.removeprefix("number of "))
        if w not in GENERIC_MEASURES and len(w) > 1 and not w.isdigit()
    ]
    if acronyms and words:
        words += measure_twins(phrase, acronyms)
    return phrase, words


def measure_twins(phrase: str, acronyms: Mapping[str, str]) -> list[str]:
    """The other form of each acronym or spelled-out measure in the phrase, as ` stem stem ` phrases
    without their outer spaces ("map" → "mean averag precis"; "frechet incept distanc" → "fid")."""
    key = stem_key(phrase)
    twins = []
    for word in re.findall(r"[a-z0-9]+(?:-[a-z0-9]+)*", fold(phrase.lower())):
        for form in (word, word.split("-")[-1]):
            expansion = acronyms.get(form, "")
            if expansion and len(expansion.split()) > 1:
                twins.append(stem_key(expansion).strip())
    for acronym, expansion in acronyms.items():
        spelled = stem_key(expansion)
        if len(spelled.split()) > 1 and spelled in key:
            twins.append(stem_key(acronym).strip())
    return list(dict.fromkeys(t for t in twins if t))


# How a summary words a gain ("a 23% absolute improvement", "outperforms … by 4 points").
GAIN_FORMS = ("improv", "gain", "outperform", "boost", "increas", "surpass", "absolut")
# Measures a summary reports under another name: Pass@1 and exact match are accuracies.
MEASURE_KINDS = {
    "accuraci": ("pass 1", "pass k", "exact match", "top 1", "solv rate"),
    "data": ("sampl", "exampl", "instanc", "token", "pair", "problem", "demonstr"),
    # "how much better / higher": a gain, however the summary words it
    "better": (*GAIN_FORMS, "higher"),
    "higher": (*GAIN_FORMS, "better"),
    # "how much lower is X's stereotype strength?": a reduction, however the summary words it ("reduced … to 0.40")
    "lower": ("reduc", "decreas", "drop", "cut", "lower"),
    # "what gain does X report?" is its "5.3% improvement" (not "improv": "the paper that improves X" and
    # "self-improving LLMs" describe a paper and ask no gain)
    "gain": GAIN_FORMS,
}
# A gain asked by its noun ("what gain does X report?", "how much improvement …?") is the summary's "5.3%
# improvement" or "outperforms … by 4 points" (`result_sentence`); the verb describes a paper ("the paper that
# improves X", "self-improving LLMs") and asks no gain.
GAIN_ASKED_RE = re.compile(r"\b(?:gains?|improvements?)\b", re.I)
# What "how much better" asks for, said in the answer's own words ("the improvement asked for").
GAIN_NAMES = {"better": "improvement", "higher": "improvement"}
# A figure as a word of its own: "665,000", "$200k", "1.08T", "7-billion", never a digit inside a name
# ("Seaweed-7B", "H100", "Qwen2.5", "GPT-4o").
FIGURE = r"(?<![\w.,/-])[$€£]?\d[\d,.]*"
SCALE = r"(?:\s?(?:[kmbt]|bn)\b|[\s-]?(?:thousand|million|billion|trillion)\b)?"
NUMBER_WORD_RE = re.compile(FIGURE + SCALE, re.I)
# a dimension or an ordinal ("3D", "4D", "1st", "2nd") is a word, not a figure a sentence states of a measure
NOT_A_MEASURE_RE = re.compile(r"(?:d|st|nd|rd|th)\b", re.I)
# A figure with its unit, per kind of measure: what "how much compute / memory / time", "how fast",
# "how big", "how much data", "how much did it cost" ask for. A hardware name may stand between the
# figure and its unit ("665,000 H100 GPU hours", "12 days on 64 H100 GPUs").
HARDWARE = r"(?:[\w-]*\d[\w-]*\s+|(?:nvidia|ascend|tpu|gpu)\s+){0,3}"
UNITS = {
    "compute": rf"{FIGURE}{SCALE}[\s-]*{HARDWARE}(?:gpus?|tpus?|npus?|accelerators?)[\s-]*(?:hours?|hrs?|days?)\b"
    rf"|{FIGURE}{SCALE}[\s-]*(?:[petgz]?flops?|petaflops?|exaflops?|pf[\s-]*days?)\b"
    rf"|{FIGURE}\s*[×x*]\s*10\^?\d+\s*flops?|{FIGURE}{SCALE}\s+{HARDWARE}(?:gpus?|tpus?|npus?|accelerators?)\b",
    "memory": rf"{FIGURE}\s?(?:[kmgt]i?b|gigabytes?|megabytes?|terabytes?)\b(?!\s*(?:gpus?|cards?)\b)",
    "time": rf"{FIGURE}{SCALE}[\s-]*(?:{HARDWARE}(?:gpu|tpu|npu)[\s-]*)?"
    r"(?:milliseconds?|ms|seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\b|(?<![\w.,/-])\d[\d.]*s\b",
    "speed": rf"{FIGURE}{SCALE}\s*(?:tokens?|frames?|samples?|images?|it(?:erations?)?|steps?)"
    r"\s*(?:/\s*s(?:ec)?|per\s+second)\b"
    rf"|{FIGURE}\s*(?:tps|fps|qps)\b|{FIGURE}\s*(?:[x×]|times)(?=[\s,.;)/-]|$)",
    # "12 billion parameters", or the size written after the name: "Pensez 7B", "ALLaM 34B", "Qwen2.5-7B"
    "parameters": rf"{FIGURE}{SCALE}[\s-]*(?:parameters?|params?)\b"
    r"|(?<![\w.])(?-i:\d+(?:\.\d+)?[BM])(?![\w-])(?!\s*(?:tokens?|samples?|images?|pairs?|words?)\b)",
    "data": rf"{FIGURE}{SCALE}[\s-]*(?:[\w-]+\s+){{0,3}}?(?:tokens|samples|examples|instances|pairs|problems|"
    r"demonstrations|images|videos|clips|trajectories|questions|conversations|documents|hours\s+of)\b"
    # a count joined to its noun as one adjective: "a 1,000-sample dataset", "an 8K-pair dataset"
    rf"|{FIGURE}{SCALE}-(?:token|sample|example|instance|pair|problem|demonstration|image|video|clip|trajectory|"
    r"question|conversation|document)\b",
    "cost": rf"[$€£]\s?\d[\d,.]*{SCALE}|{FIGURE}{SCALE}\s*(?:usd|dollars|euros)\b",
    # a context's extent: "128k tokens", "1 million tokens", "sequence lengths up to 128K"
    "length": rf"{FIGURE}{SCALE}[\s-]*tokens?\b|(?<![\w.])\d+(?:\.\d+)?[kKM](?![\w-])",
}
UNIT_RES = {kind: re.compile(pattern, re.I) for kind, pattern in UNITS.items()}
# A word of speed or cost that a bare "5x"/"62 times" or share needs beside it to answer the question.
SPEED_WORDS_RE = re.compile(r"\b(?:faster|speed-?ups?|speeds?|accelerat\w*|throughput|quicker|latency)\b", re.I)
LENGTH_WORDS_RE = re.compile(r"\b(?:context|length|lengths|window|sequences?|long)\b", re.I)
COST_WORDS_RE = re.compile(r"\b(?:cost\w*|cheaper|budget|price\w*|expens\w*)\b", re.I)
# The kind a figure question asks, first match wins ("how many tokens per second" asks a speed, not data).
ASKED_KINDS = [
    (
        "speed",
        r"\bhow\s+(?:fast|quick(?:ly)?)\b|\bhow\s+much\s+(?:faster|quicker)\b|\bspeed(?:-?up)?s?\b|\bthroughput\b"
        r"|\btokens?\s*(?:/\s*s|per\s+second)\b|\bfps\b|\bframes\s+per\s+second\b",
    ),
    (
        # "how long is Kimi k1.5's context window?" asks an extent in tokens, not a time
        "length",
        r"\b(?:context|sequence|input|prompt)\s+(?:length|window|size)s?\b"
        r"|\bhow\s+long\s+(?:a\s+|an\s+)?(?:context|sequences?|inputs?|prompts?)\b",
    ),
    (
        "time",
        r"\bhow\s+long\s+(?:does|did|do|will|would|was|were|is|it|to)\b|\blatency\b|\b(?:wall-?clock|run)\s*time\b"
        r"|\b(?:training|inference|generation)\s+time\b|\bhow\s+many\s+(?:seconds|minutes|hours|days|weeks)\b",
    ),
    (
        "compute",
        r"\bcompute\b|\bcomputational\s+(?:cost|budget|resources?)\b|\bflops\b|\b(?:gpu|tpu)[\s-]?(?:hours|days)\b"
        r"|\bhow\s+many\s+(?:\w+\s+)?(?:gpus|tpus|npus|accelerators)\b",
    ),
    ("memory", r"\bmemory\b|\bv?ram\b|\bfootprint\b|\bstorage\b"),
    ("cost", r"\bcost(?:s|ly)?\b|\bprices?\b|\bdollars?\b|\bexpensive\b|\bcheap(?:er)?\b|\bbudget\b|\bmoney\b"),
    (
        "parameters",
        # "how big is X?" asks its size; "how big is X's gain?" asks the gain
        r"\bparameters?\b|\bparams\b|\bwhat\s+size\b|\bmodel\s+size\b|\bhow\s+(?:big|large)\s+(?:is|are|was|were)\b"
        r"(?!.*\b(?:gain|improvement|margin|gap|difference|drop|reduction|increase|boost|error|effect|speed-?up|"
        r"data|dataset|benchmark|context|window|vocabulary|batch|cost|memory|share|lead)s?\b)",
    ),
    (
        "data",
        r"\bhow\s+much\s+(?:\w+\s+)?data\b|\bhow\s+many\s+(?:\w+\s+){0,2}(?:tokens|samples|examples|instances|pairs|"
        r"problems|demonstrations|images|videos|trajectories|conversations|documents)\b|\bdata(?:set)?\s+size\b",
    ),
]
ASKED_KIND_RES = [(kind, re.compile(pattern, re.I)) for kind, pattern in ASKED_KINDS]
KIND_NAMES = {"parameters": "size", "data": "amount of data", "length": "context length"}
# Only a question that asks for an amount ("how much/many/long/fast/big", "what latency/cost/size …")
# asks for one of these kinds: "which papers reduce memory" is a list, "is X fast?" no figure.
AMOUNT_QUESTION_RE = re.compile(
    r"\bhow\s+(?:much|many|long|fast|quick(?:ly)?|big|large)\b|\bby\s+how\s+much\b"
    r"|\b(?:gpu|tpu)[\s-]?(?:hours|days)\b"  # "AC3D training GPU hours": an amount of compute, however asked
    r"|\b(?:what|which)\s+(?:[\w-]+\s+){0,2}(?:latency|throughput|speed|speed-?up|cost|price|size|budget|memory|vram"
    r"|footprint|flops|compute|context\s+(?:length|window))\s+(?:does|did|do|is|was|are|were|has|have|had)\b"
    r"|\b(?:what|which)\s+(?:is|was|are|were)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:latency|throughput|speed|speed-?up|"
    r"cost|price|size|budget|memory|vram|footprint|flops|compute|context\s+(?:length|window))\s+(?:of|for)\b",
    re.I,
)


def asked_kind(question: str) -> str:
    """The kind of figure an amount question asks for ("compute", "memory", "time", "speed",
    "parameters", "data", "cost"), or "" when it names none."""
    if not AMOUNT_QUESTION_RE.search(question):
        return ""
    return next((kind for kind, pattern in ASKED_KIND_RES if pattern.search(question)), "")


def figures(text: str, besides: str = "") -> list[str]:
    """The figures a text states as words of their own, less those the question itself writes (`besides`):
    "7-billion" and "665,000" count, "Seaweed-7B", "H100" and "Llama-3-8B" do not."""
    asked = {f.lower() for f in NUMBER_WORD_RE.findall(besides)}
    return [f for f in NUMBER_WORD_RE.findall(text) if f.lower() not in asked]


# A question asking how much a measure changed ("how much does X cut memory?"): a share or multiple answers it.
CHANGE_RE = re.compile(
    r"\b(?:reduc\w*|cut\w*|sav(?:e|es|ed|ing)|lower\w*|less|fewer|smaller|shrink\w*|compress\w*|improv\w*|"
    r"increas\w*|faster|slower|cheaper|speed\w*|accelerat\w*|boost\w*|drop\w*|decreas\w*)\b",
    re.I,
)
# A question asking a figure against another ("how many more tokens …", "how fast is X compared to Y"): a share or
# multiple ("1,953% more tokens", "61% faster than MEMIT") is its answer, as for a change.
RELATIVE_ASKED_RE = re.compile(
    r"\bhow\s+(?:many|much)\s+more\b|\b(?:compared\s+(?:to|with)|relative\s+to|than|versus|vs\.?)\s", re.I
)


def asks_change(question: str) -> bool:
    """Whether the question asks how much a measure changed or differs from another's (`CHANGE_RE`,
    `RELATIVE_ASKED_RE`)."""
    return bool(CHANGE_RE.search(question) or RELATIVE_ASKED_RE.search(question))


# Words of each kind that a share or multiple must stand near to be that kind's change: "a 92% reduction
# in GPU memory" is memory's; "58% win rate" in the same summary is no speed-up.
KIND_WORDS = {
    "compute": re.compile(r"\b(?:comput\w*|flops?|gpu[\s-]?hours?|cost\w*|resources?)\b", re.I),
    "memory": re.compile(r"\b(?:memory|v?ram|footprint|cache|storage|[kmgt]i?b)\b", re.I),
    "time": re.compile(r"\b(?:time|latency|faster|speed\w*|slower|hours?|seconds?|days?)\b", re.I),
    "speed": SPEED_WORDS_RE,
    "cost": COST_WORDS_RE,
}
RELATIVE = FIGURE + r"\s*(?:%|[x×]|times)"
RELATIVE_RANGE = FIGURE + r"(?:\s*(?:-|–|to)\s*\d[\d,.]*)?\s*(?:%|[x×]|times)"  # "10-15%", "2.8 – 5.5x"


def relative_figure(sentence: str, kind: str) -> bool:
    """A share or multiple ("92%", "8.2x", "62 times") within a few words of a word of the kind."""
    return any(
        KIND_WORDS[kind].search(sentence[max(0, m.start() - 60) : m.end() + 60])
        for m in re.finditer(RELATIVE, sentence, re.I)
    )


def relative_to(sentence: str, words: Sequence[str]) -> bool:
    """A share or multiple said of the measure's own words ("10-15% fewer tokens", "reducing token usage by
    46.9%"): what "how many fewer tokens" asks, though no amount of tokens is stated."""
    return any(
        any(f" {w} " in stem_key(sentence[max(0, m.start() - 40) : m.end() + 40]) for w in words)
        for m in re.finditer(RELATIVE_RANGE, sentence, re.I)
    )


def states_kind(sentence: str, kind: str, besides: str = "") -> bool:
    """A figure with the unit of its kind ("665,000 H100 GPU hours" for compute, "$200k" for cost, "4.32
    tokens/s" or "62 times faster" for speed); a figure the question itself writes is no answer. Asked
    how much something changed, a share or multiple ("a 40% reduction", "8.2x less") answers too."""
    if kind in KIND_WORDS and asks_change(besides) and relative_figure(sentence, kind):
        return True
    asked = {f.lower() for f in NUMBER_WORD_RE.findall(besides)}
    for m in UNIT_RES[kind].finditer(sentence):
        lead = NUMBER_WORD_RE.match(m.group(0).lstrip("$€£ "))
        if lead and lead.group(0).lower() in asked:
            continue
        if kind == "parameters" and props.foreign_size(sentence, m.start(), m.end()):
            continue  # "than a 3.3 billion parameter baseline", "models under 32B parameters": not its own size
        if kind == "speed" and re.search(r"[x×]|times", m.group(0), re.I) and not SPEED_WORDS_RE.search(sentence):
            continue
        if kind == "length" and not LENGTH_WORDS_RE.search(sentence[max(0, m.start() - 60) : m.end() + 20]):
            continue  # "pre-training on 23T tokens" is data, not a context's extent
        return True
    if kind == "cost":  # a share or multiple of a cost ("7% of the original training cost", "5-10x cheaper")
        return relative_figure(sentence, kind)
    if kind == "parameters":  # "~1% additional parameters (153M for the 14B model)"
        return any(
            re.search(r"\bparam", sentence[max(0, f.start() - 60) : f.end() + 60], re.I)
            and f.group(0).lower() not in asked
            and not props.foreign_size(sentence, f.start(), f.end())
            for f in re.finditer(FIGURE + r"(?:\s?[kmbt]|[\s-]?(?:billion|million))\b", sentence, re.I)
        )
    if kind == "time":  # a compute figure in hours or days also says how long
        return states_kind(sentence, "compute", besides)
    return False


def states_measure(sentence: str, measure: list[str], besides: str = "") -> bool:
    """The sentence states the asked measure with a figure: for a kind of measure (`@compute`), the figure
    with its unit; else the measure's words and a figure of the sentence's own, not one of the
    question's names (`besides`)."""
    kinds = [w[1:] for w in measure if w.startswith("@")]
    if kinds:
        words = [w for w in measure if not w.startswith("@")]
        return any(states_kind(sentence, k, besides) for k in kinds) or (
            bool(words) and asks_change(besides) and relative_to(sentence, words)
        )
    key = stem_key(sentence)
    forms = [f for w in measure for f in (w, *MEASURE_KINDS.get(w, ()))]
    asked = {f.lower() for f in NUMBER_WORD_RE.findall(besides)}
    stated = [
        m
        for m in NUMBER_WORD_RE.finditer(sentence)
        if m.group(0).lower() not in asked and not NOT_A_MEASURE_RE.match(sentence, m.end())
    ]
    return any(f" {w} " in key for w in forms) and bool(stated)


# What a title adds after a model's name that names no model ("Phi-4 Technical Report").
REPORT_NAME_END_RE = re.compile(r"[\s,-]+(?:(?:technical|tech)\s+)?report$", re.I)
NAME_FAR = 12  # words between a system's name and a figure beyond which the figure is said of something else


def name_distance(sentence: str, name: str, stated: Sequence[str]) -> int:
    """Words from the system's name to the nearest figure after it in the sentence, capped at `NAME_FAR`
    (a figure said of the system, not of a part of it further on)."""
    at = sentence.lower().find(name.lower()) if name else -1
    if at < 0:
        return NAME_FAR
    after = sentence[at + len(name) :]
    gaps = [len(after[: after.find(f)].split()) for f in stated if f in after]
    return min([NAME_FAR, *gaps])


# The part of a paper a question asks for, and the words of the summary sentence that says that part
# (the digests' summaries give objective, methodology, results and implication a sentence each).
ASPECTS = (
    (explain.WHY_ASKED_RE, explain.REASON_RE),  # "why do LLMs hallucinate?": the sentence giving a cause
    (  # "what is X's main result?", "what did X find / achieve?", "how well does X perform?"
        re.compile(r"\b(?:results?|findings?|find|found|achieve[ds]?|outcomes?|how\s+well)\b", re.I),
        re.compile(r"\b(?:results?|show(?:s|ed|n)?|achiev\w*|outperform\w*|surpass\w*|reach\w*)\b", re.I),
    ),
    (  # "how does X work?", "what method / architecture does X use?"
        re.compile(
            r"\bhow\s+(?:does|do|did)\b.*\bwork\b|\bmethodology\b"
            r"|\bwhat\s+(?:method|approach|architecture)\s+(?:does|do|did)\b",  # "which method extends …?" names one
            re.I,
        ),
        # "a training-free method that prunes …" names the method; "the methodology involves …" says how it works
        re.compile(
            r"\b(?:methodology|approach|involv\w*|employ\w*|architecture|pipeline)\b"
            r"|\bmethod\s+(?:uses|involves|employs|consists|works|combines|relies|applies|leverages)\b",
            re.I,
        ),
    ),
    (  # "what problem does X address?", "what is the goal of X?"
        re.compile(r"\b(?:problem|objective|goal|aim|purpose|motivation)s?\b|\b(?:address|tackle|solve)[sd]?\b", re.I),
        re.compile(r"\b(?:objective|aims?|goal|problem|address\w*|tackl\w*|challenges?)\b", re.I),
    ),
)


def asked_aspect(question: str) -> re.Pattern | None:
    """The cue words of the sentence that says the part asked for, if the question asks for one part."""
    return next((says for asks, says in ASPECTS if asks.search(question)), None)


def result_sentence(
    paper: Paper, question: str, concepts: list[list[str]], acronyms: Mapping[str, str] | None = None
) -> str:
    """The summary sentence that answers: for a figure, one that names the asked measure with a number;
    then most concepts named, then (for a figure or result) one that states a number or result, then
    the earliest."""
    candidates = claims(paper.summary) or [paper.title]
    numeric = figure_question(question)
    aspect = asked_aspect(question)
    models = bool(explain.MODELS_ASKED_RE.match(question))  # "which models did it beat?": the sentence naming them
    q_words = set(stems(question))
    _, measure = asked_measure(question, acronyms)
    if measure and states_measure(paper.title, measure, question) and paper.title not in candidates:
        candidates.append(paper.title)  # "… LLM for 39 Languages": the title may be all that states it
    kinds = [w[1:] for w in measure if w.startswith("@") and w[1:] in KIND_WORDS]
    changing = bool(CHANGE_RE.search(question))
    name = REPORT_NAME_END_RE.sub("", paper.title.split(":")[0].strip())
    # "how much cheaper is Open-Sora 2.0 than …": the version in the paper's own name is no figure the question quotes
    unnamed = re.sub(rf"(?<!\w){re.escape(name)}(?!\w)", " ", question, flags=re.I) if name else question
    asked_figures = re.findall(r"\d+(?:\.\d+)+|\d{2,}", unnamed)

    # for a figure, the question's words besides the paper's name ("cut token usage") point to the sentence holding it
    asked_words = q_words - set(stems(paper.title.split(":")[0])) - FIGURE_FRAME_STEMS
    if numeric and GAIN_ASKED_RE.search(question):
        asked_words |= set(GAIN_FORMS)

    def score(i: int) -> tuple:
        s = candidates[i]
        key = stem_key(s)
        words = set(key.split())
        named = sum(any(f in key for f in c) for c in concepts)
        overlap = len(q_words & words)
        stated = states_measure(s, measure, question) if measure else False
        # asked how much it changed, the sentence with the share or multiple ("a 92% reduction in memory")
        changed = stated and changing and any(relative_figure(s, k) for k in kinds)
        quoted = bool(asked_figures) and any(f in s for f in asked_figures)  # the question's own ("scored 24.6")
        figure = numeric and bool(figures(s, question)) and bool(asked_words & words)
        # of sentences stating the measure, the one saying it of the system itself, its name close before
        # the figure ("Phi-4-Mini … are 3.8-billion-parameter", not "… with the LoRA having 460 million")
        near = -name_distance(s, name, figures(s, question)) if stated else 0
        asked = bool(aspect and aspect.search(s)) or (models and explain.names_models(s, name))
        own = (not explain.says_nothing(s), stated, changed, quoted, figure, asked, named, near)
        return (*own, bool(RESULT_RE.search(s)) if numeric else False, overlap, -i)

    return neutralise(candidates[max(range(len(candidates)), key=score)])


# What every summary says in other words: asked for a paper's main idea, contribution or performance, its
# summary answers though it may never write those words.
SUMMARY_PART_STEMS = frozenset(
    stems(
        "contribution contributions contribute idea ideas novelty novel key main work works perform performance "
        "propose proposes approach method methods result results finding findings goal purpose about paper summary"
    )
)


def unsaid(doc: str, concepts: Sequence[Sequence[str]], name: str, generic: frozenset[str]) -> list[str]:
    """The question's concepts besides the paper's `name` (a spaced stem key) when the paper's stemmed
    text `doc` writes none of them nor any of their words ("load balancing" of DeepSeek-V3's paper, a licence):
    the summary does not say what was asked. [] when it writes one, or the question asks nothing else."""
    asked = [
        list(c)
        for c in concepts
        if not any(name.strip() in f for f in c) and any(set(f.split()) - generic - SUMMARY_PART_STEMS for f in c)
    ]
    # a concept written in part ("tool affordances" for "detecting tool affordances") may be said in other words
    words = {w for c in asked for f in c for w in f.split()} - generic - SUMMARY_PART_STEMS
    if not asked or any(f in doc for c in asked for f in c) or any(f" {w} " in doc for w in words):
        return []
    if any(same_word(d, w) for d in doc.split() for w in words):  # "qwen" asked, "Qwen2.5-32B" written
        return []
    return [c[0] for c in asked]


# A property a summary seldom gives (the hardware trained on, a licence, a venue, a training setting), asked as the
# question's head ("what GPU did X train on?", "what learning rate did X use?"), and the words that would mention it:
# a summary writing none of them does not say it.
PROPERTY_ASKED = (
    (
        re.compile(
            r"\b(?:what|which)\s+(?:(?:kinds?|types?|sort)\s+of\s+)?(?:[\w-]+\s+)?(gpus?|tpus?|hardware|accelerators?|chips?)\b",
            re.I,
        ),
        re.compile(
            r"\b(?:[gtn]pus?|hardware|accelerators?|chips?|[ahvb]\d{2,3}s?|h20|nvidia|ascend|clusters?|devices?)\b",
            re.I,
        ),
    ),
    (
        re.compile(r"\b(?:what|which)\s+(?:[\w-]+\s+)?(licen[cs]es?)\b", re.I),
        re.compile(r"\b(?:licen[cs]\w*|apache|cc[- ]by)\b", re.I),
    ),
    (
        re.compile(r"\b(?:what|which)\s+(?:[\w-]+\s+)?(venues?|conferences?|journals?|workshops?)\b", re.I),
        re.compile(
            r"\b(?:venues?|conferences?|journals?|workshops?|proceedings|accepted|neurips|icml|iclr|acl|emnlp|naacl|"
            r"cvpr|iccv|eccv|aaai|ijcai|kdd|sigir|interspeech|icassp)\b",
            re.I,
        ),
    ),
)
# A training setting ("what learning rate did X use?", "how many epochs was X trained for?", "how long did X take to
# train?"): a summary seldom states one, and says it with these words when it does; the third field is what the
# answer calls it where the question's words do not ("" : as the question writes it).
TIME_MENTIONS_RE = re.compile(
    r"\b(?:hours?|days?|weeks?|months?|minutes?|wall-?clock|costs?|budget|usd|dollars?)\b|\$\d", re.I
)
SETTING_ASKED = (
    (
        re.compile(r"\b(?:what|which)\s+(?:[\w-]+\s+){0,2}?(learning[- ]rates?(?:\s+schedules?)?)\b", re.I),
        re.compile(r"\b(?:learning[- ]rates?|lr)\b", re.I),
        "",
    ),
    (
        re.compile(r"\b(?:what|which)\s+(?:[\w-]+\s+){0,2}?(batch[- ]sizes?)\b", re.I),
        re.compile(r"\bbatch", re.I),
        "",
    ),
    (
        re.compile(r"\b(?:what|which)\s+(?:[\w-]+\s+)?(optimi[sz]ers?)\b", re.I),
        re.compile(r"\b(?:optimi[sz]ers?|adam\w*|sgd|muon|lion|adafactor|sophia|shampoo|soap)\b", re.I),
        "",
    ),
    (
        re.compile(
            r"\b(?:what|which)\s+(?:[\w-]+\s+)??((?:random\s+)?seeds?)(?=\s+(?:did|does|do|was|were|is|are)\b|\W*$)",
            re.I,
        ),
        re.compile(r"\bseeds?\b", re.I),
        "",
    ),
    (
        re.compile(r"\b(?:how\s+many|what\s+number\s+of)\s+(?:training\s+)?(epochs)\b", re.I),
        re.compile(r"\bepochs?\b", re.I),
        "",
    ),
    (
        re.compile(
            r"\b(?:what|which)\s+(?:is|was|were|are)\b.*?\b(training\s+(?:time|duration|cost|budget))\b"
            r"|\b(?:what|which)\s+(training\s+(?:time|duration|cost|budget))\b",
            re.I,
        ),
        TIME_MENTIONS_RE,
        "",
    ),
    (
        re.compile(r"\bhow\s+long\s+(?:did|does|do|was|were|is|has|had)\b.*?\b(train(?:ed|ing)?)\b", re.I),
        TIME_MENTIONS_RE,
        "training time",
    ),
)


# The words asking such a property ("which conference was X accepted to?", "how long did X take to train?"): a
# summary that does not state the property need not write them either.
PROPERTY_ASKING_STEMS = frozenset(
    stems(
        "accept accepted publish published release released present presented appear appeared submit submitted "
        "train trained use used take took set run ran long"
    )
)
ASKED = (*((asked, mentions, "") for asked, mentions in PROPERTY_ASKED), *SETTING_ASKED)


def said_as(m: re.Match, label: str) -> str:
    """What an answer calls the asked property: its `label`, else the question's own words for it."""
    return label or next(g for g in m.groups() if g)


def unmentioned_property(question: str, text: str) -> str:
    """The property the question asks for ("GPU") as it writes it, when `text` (the named papers' titles and
    summaries) mentions none of its words; "" when it asks none or a summary mentions it."""
    for asked, mentions, label in ASKED:
        m = asked.search(question)
        if m and not mentions.search(text):
            return said_as(m, label)
    return ""


def asked_setting(question: str) -> str:
    """The training setting the question asks for ("learning rate", "epochs"), as it writes it; "" if none. A
    summary states such a thing as a figure when at all: its absence is said as "does not state the …"."""
    return next((said_as(m, label) for asked, _, label in SETTING_ASKED if (m := asked.search(question))), "")


def asked_property(question: str) -> str:
    """Any property of `PROPERTY_ASKED` or `SETTING_ASKED` the question asks for, as written; "" if none."""
    return next((said_as(m, label) for asked, _, label in ASKED if (m := asked.search(question))), "")


def as_written(question: str, form: str) -> str:
    """A concept's stemmed form (" load balanc ") as the question wrote it ("load balancing")."""
    want = form.split()
    words = list(re.finditer(r"[^\W_]+", question))
    keys = [stem_key(w.group(0)).strip() for w in words]
    for i in range(len(words) - len(want) + 1):
        if keys[i : i + len(want)] == want:
            return question[words[i].start() : words[i + len(want) - 1].end()]
    return form.strip()


def without_names(sentence: str, question: str) -> str:
    """The sentence less the names the question writes with a figure in them ("Qwen2.5-VL-72B"): the size
    in the asked model's name is no figure the summary states of it."""
    for name in set(re.findall(r"[A-Za-z][\w.]*(?:-[\w.]+)*", question)):
        name = name.rstrip(".")
        if re.search(r"\d", name):
            sentence = re.sub(rf"(?<![\w-]){re.escape(name)}(?![\w-])", " ", sentence)
    return sentence


# A model asked by its version ("Claude 4", "GPT-5", "Llama 4", "Qwen2.5", "Gemini 2.5"): a family word
# and a small version number, not a size ("7B"), a year or a benchmark's number ("MATH-500").
VERSIONED_RE = re.compile(r"(?<![\w-])([A-Z][A-Za-z]{2,14})[- ]?(\d{1,2}(?:\.\d)?)(?![\w.]*\d*[BMK]\b)(?![\w]|\.\d)")


# Capitalised words a number follows that are no model ("Top 5", "Figure 3", "March 14", "Stage 2").
NUMBERED_WORDS = frozenset(
    """top figure fig table step phase level part section version day week stage task chapter round turn type class
    group list page item question layer block epoch month year rank tier grade unit episode season model paper
    january february march april may june july august september october november december jan feb mar apr jun jul
    aug sep sept oct nov dec""".split()
)


@dataclass(frozen=True)
class Version:
    """A versioned model the question asks about, and how summaries write it ("Claude Sonnet 4",
    "Claude-4-Sonnet"), never another version ("Claude 3.7", "GPT-4o", "Claude 4.5")."""

    name: str
    pattern: re.Pattern


def asked_version(question: str) -> Version | None:
    for m in VERSIONED_RE.finditer(question):
        family, number = m.group(1), m.group(2)
        if family.lower() in NUMBERED_WORDS:
            continue
        body = rf"(?<![\w-]){re.escape(family)}[- ]?(?:[A-Za-z]+[- ]){{0,2}}?{re.escape(number)}(?![\d]|\.\d|[a-z])"
        return Version(m.group(0), re.compile(body, re.I))
    return None


SIZE_NAME_RE = re.compile(r"(\d+(?:\.\d+)?)([BMT])", re.I)


def writes_size(text: str, size: str) -> bool:
    """Whether the text states a size the question writes as a name part ("12B"), in any form: "12B",
    "12 billion", "a 12-billion-parameter model"."""
    m = SIZE_NAME_RE.fullmatch(size)
    if not m:
        return False
    value = float(m[1]) * SIZE_UNITS[m[2].lower()]
    return any(
        math.isclose(float(f[1]) * SIZE_UNITS[f[2].lower()], value) for f in aggregate.SIZE_FIGURE_RE.finditer(text)
    )


def version_unstated_text(version: Version, naming: int, closest: list[tuple[int, Paper, str]], what: str = "") -> str:
    """The asked model's figure or detail is in no summary the search found: said so (`what`: the figure asked,
    "a score of Llama 4 on MMLU"), with how many papers name that version and, where the search found some,
    what they say of it."""
    head = f"The digests do not state {what or f'this for {version.name}'}."
    if not naming:
        return f"{head} No paper in the digests names {version.name}."
    lines = [f"{head} {naming} paper{'s' if naming != 1 else ''} in the digests name{'s' if naming == 1 else ''} it"]
    if not closest:
        return lines[0] + "; none of them is among the papers closest to the question."
    lines[0] += "; the closest:"
    lines += [bullet(n, paper, sentence) for n, paper, sentence in closest]
    return "\n".join(lines)


def unstated_text(n: int, paper: Paper, what: str, measure: bool = False, closest: str = "") -> str:
    """The named paper was looked at and its summary does not say what was asked: said plainly, with no
    sentence of it offered as if it answered (issue 10); a `closest` sentence follows marked as such."""
    said = f"state the {what}" if measure else f"say anything about {what}"
    if closest:
        return (
            f"The digests' summary of **{paper.title}** [{n}] does not {said} as such. Its closest sentence: {closest}"
        )
    return f"The digests' summary of **{paper.title}** [{n}] does not {said}."


def bullet(n: int, paper: Paper, sentence: str) -> str:
    return f"- **{paper.title}** ({paper.date}) [{n}]: {sentence}"


def uncited_tail(matched: int, numbers: list[int], papers: list[Paper]) -> str:
    """The matches a model's list answer left out, so a list still cites every paper that matches."""
    lines = [f"\n\n{matched} papers match; the answer above discusses {matched - len(papers)}. The others:"]
    lines += [f"- **{p.title}** ({p.date}) [{n}]" for n, p in zip(numbers, papers, strict=True)]
    return "\n".join(lines)


def third_person(verb: str) -> str:
    """ "prune" → "prunes", "distill" → "distills", "stylize" → "stylizes": one paper does what it does."""
    if re.search(r"(?:s|sh|ch|x|z)$", verb):
        return verb + "es"
    if re.search(r"[^aeiou]y$", verb):
        return verb[:-1] + "ies"
    return verb + "s"


def list_text(
    topic: str,
    numbered: list[tuple[int, Paper, str]],
    filtered: str = "",
    left_out: str = "",
    doing: bool = False,
    kind: str = "",
) -> str:
    """The list's head and bullets; `doing`: the topic opens with what the papers do ("prune diffusion
    models"), said as such ("they prune diffusion models", "it prunes …") rather than "they use or study …";
    `kind`: the papers are of a kind (`paper_kinds`) on the topic, "they survey RAG"."""
    count = len(numbered)
    verb = "use or study" if count != 1 else "uses or studies"
    first = topic.split()[0] if topic.split() else ""
    if kind:
        made = {"data": "introduce" if count != 1 else "introduces", "survey": "survey" if count != 1 else "surveys"}
        verb, topic = made[kind], f"{PAPER_KINDS_SAID[kind]} on {topic}" if kind == "data" else topic
    elif doing and " " in topic.strip() and first.isalpha() and not first.endswith(("ing", "ed")):
        first, rest = topic.strip().split(" ", 1)
        verb, topic = (first if count != 1 else third_person(first)), rest
    plural, subject = ("s", "they") if count != 1 else ("", "it")
    agrees = "match" if count != 1 else "matches"
    head = f"{count} paper{plural} in the digests {agrees}: {subject} {verb} {topic}{filtered}{left_out}."
    return "\n".join([head, *(bullet(n, p, s) for n, p, s in numbered)])


# The kinds of paper a "main approaches to X" list puts after the methods (`paper_kinds.contribution`), in order
CONTRIBUTION_HEADINGS = {
    "method": "Papers proposing a method",
    "data": "Benchmarks, data sets and tools",
    "survey": "Surveys",
    "study": "Studies and analyses",
}


def by_contribution(papers: list[Paper], kinds: dict[str, str]) -> tuple[list[Paper], list[tuple[int, str]]]:
    """The papers proposing methods first, then each other kind in a group of its own, ranked order kept
    within each; and the heading each group opens with, by the index of its first paper. A list of methods
    only stays as it was, without headings."""
    ordered = [p for kind in CONTRIBUTION_HEADINGS for p in papers if kinds[p.id] == kind]
    if all(kinds[p.id] == "method" for p in papers):
        return papers, []
    headings, start = [], 0
    for kind, said in CONTRIBUTION_HEADINGS.items():
        count = sum(1 for p in papers if kinds[p.id] == kind)
        if count:
            headings.append((start, f"{said} ({count}):"))
        start += count
    return ordered, headings


def reading_headings(overviews: int, rest: int) -> list[tuple[int, str]]:
    """A reading list's two groups: the surveys and overviews of the topic, then the papers on it."""
    first = [(0, f"Surveys and overviews of it, to read first ({overviews}):")]
    return first + ([(overviews, f"The papers on it ({rest}):")] if rest else [])


def no_overview_text(topic: str) -> str:
    return f"No survey or overview of {topic} is in the digests."


def with_headings(text: str, headings: list[tuple[int, str]]) -> str:
    """The list with a heading line before the bullet each heading opens (0: the first bullet); a heading
    past the bullets shown (a list cut to the count asked for) is left out."""
    if not headings:
        return text
    at = dict(headings)
    out: list[str] = []
    seen = 0
    for line in text.split("\n"):
        if line.startswith("- "):
            if seen in at:
                out.append(at[seen])
            seen += 1
        out.append(line)
    return "\n".join(out)


def does_without(alternatives: list[list[list[str]]], doc: str) -> bool:
    """Whether a paper says it does without the thing ("training-free", "without diffusion", "no
    retraining"): naming it so is no use of it. `doc` is the paper's stemmed text."""
    for concept in (c for a in alternatives for c in a):
        for form in (f for f in concept if f.startswith(" ")):
            if any(cue in doc for cue in (f" without{form}", f" no{form}", f" w o{form}", f" free of{form}")):
                return True
            # "encoder-free" does without a vision encoder: the free of a phrase's head noun
            if f"{form}free " in doc or f" {form.split()[-1]} free " in doc:
                return True
    return False


def left_out_phrase(count: int, excluded: str) -> str:
    """What a negation took away ("… that do not use diffusion"), said so the count can be checked."""
    if not count:
        return ""
    verb, be = ("use or study", "are") if count != 1 else ("uses or studies", "is")
    return f"; {count} more {verb} {excluded} and {be} left out"


def all_left_out_text(topic: str, count: int, excluded: str, filtered: str = "") -> str:
    every = f"All {count} papers" if count != 1 else "The one paper"
    return f"{every} in the digests that use or study {topic}{filtered} also use or study {excluded}: none is left."


@cache
def phrase_re(phrase: str) -> re.Pattern:
    """A phrase as written, any case, hyphen or space between its words, its last word singular or plural."""
    words = [re.escape(w) for w in re.split(r"[\s-]+", phrase.strip()) if w]
    last = words[-1]
    if last.lower().endswith("ies"):
        last = last[:-3] + "(?:y|ies)"
    else:
        if last.lower().endswith(("sses", "shes", "ches", "xes")):
            last = last[:-2]
        elif last.lower().endswith("s") and not last.lower().endswith("ss") and len(last) > 3:
            last = last[:-1]
        last += "(?:s|es)?"
    return re.compile(r"(?<![\w-])" + r"[\s-]+".join([*words[:-1], last]) + r"(?![\w-])", re.I)


NARROW_HINT = " Name a topic, a period or an author to list its papers."


def no_purpose_text(topic: str, purpose: str, named: str, count: int, filtered: str = "") -> str:
    """A list whose purpose clause no paper names: said plainly, with the topic's own count, nothing cited."""
    some = f"{count} papers use" if count != 1 else "One paper uses"
    return f'No paper in the digests uses {topic} {purpose}{filtered}: none names "{named}". {some} or study {topic}.'


def when_text(n: int, paper: Paper) -> str:
    """The digest day first, as the corpus knows it; the arXiv id's month of first submission after."""
    if not paper.dates:
        return f"The digests give no day for **{paper.title}** [{n}]."
    again = f" (and again on {', '.join(paper.dates[1:])})" if len(paper.dates) > 1 else ""
    m = re.fullmatch(r"(\d\d)(0[1-9]|1[0-2])\.\d{4,5}", paper.id)
    submitted = (
        f"; its arXiv id, {paper.id}, dates its first version to {calendar.month_name[int(m.group(2))]} 20{m.group(1)}"
        if m
        else ""
    )
    return f"**{paper.title}** [{n}] appeared in the digest of {paper.dates[0]}{again}{submitted}."


def first_and_latest_text(
    topic: str, ends: Sequence[Paper], count: int, filtered: str = "", newest: bool = False
) -> str:
    """The topic's first paper and its latest, in the order `ends` holds them (the latest first when asked for)."""
    asked, other = ("latest", "first") if newest else ("first", "latest")
    lead = f"The {asked} paper in the digests on {topic}{filtered} is **{ends[0].title}** ({first_date(ends[0])}) [1]"
    if count == 1:
        return lead + "; it is the only one."
    return lead + f"; of {count} in all, the {other} is **{ends[-1].title}** ({first_date(ends[-1])}) [2]."


def same_authors_text(target: Paper, numbered: list[tuple[int, Paper, str]]) -> str:
    """`numbered` holds each other paper with the shared authors' names as its line."""
    if not numbered:
        return f"No other paper in the digests shares an author with **{target.title}** ({target.id})."
    count = len(numbered)
    plural, verb = ("s", "share") if count != 1 else ("", "shares")
    head = f"{count} other paper{plural} in the digests {verb} an author with **{target.title}** ({target.id}):"
    return "\n".join([head, *(bullet(n, p, f"by {names}") for n, p, names in numbered)])


def words_head(topic: str, worded: list[str], count: int, filtered: str) -> str:
    """The opening of a list found by the topic's words (`rag.answer.Answerer.by_words`): it says so, naming the words
    as the question typed them."""
    typed = list(dict.fromkeys(w for w in re.findall(r"[A-Za-z0-9]+", topic) if stem_key(w).strip() in worded))
    words = f"{', '.join(typed[:-1])} and {typed[-1]}" if len(typed) > 1 else (typed[0] if typed else topic)
    return (
        f"{count} paper{'s' if count != 1 else ''} in the digests name{'' if count != 1 else 's'} {words}"
        f"{' together' if len(typed) > 1 else ''}"
        f'{filtered} (matched by words, not the exact phrase: no paper says "{topic}" as one):'
    )


def apart_head(topic: str, count: int, shown: int, filtered: str) -> str:
    """The opening of an existence question's closest papers: none writes the topic as one, `count` write all its
    words apart (`rag.answer.Answerer.apart`), the `shown` closest follow."""
    many = count != 1
    which = f", the closest {shown}" if shown < count else ""
    return (
        f'I found no paper that writes "{topic}" as one topic; {count} paper{"s" if many else ""}{filtered}'
        f" name{'' if many else 's'} all its words apart{which}:"
    )


def similar_text(target: Paper, numbered: list[tuple[int, Paper, str]], filtered: str = "") -> str:
    """The papers nearest `target` by their summaries, closest first; the target itself is named, not cited."""
    about = f"**{target.title}** ({target.id})"
    if not numbered:
        return f"No paper in the digests{filtered} is close to {about} by what its summary says."
    count = len(numbered)
    plural = "s" if count != 1 else ""
    head = f"{count} paper{plural} in the digests{filtered} closest to {about} by what their summaries say:"
    return "\n".join([head, *(bullet(n, p, s) for n, p, s in numbered)])


# Where a digest's summary stops summarising ("Here are some follow-up questions an AI practitioner …").
SUMMARY_END_RE = re.compile(
    r"^(?:here\s+are\s+(?:some\s+)?(?:follow-up|further)\s+questions|follow-up\s+questions)", re.I
)


def overview_text(n: int, paper: Paper, most: int = 6, code_asked: bool = False) -> str:
    """One paper as a whole: its fullest summary (what it does, how, what it found), its authors and its
    links, for "summarize X", "tell me about X" or "the code for X" (`code_asked`: say so when the
    digests link no code)."""
    said: list[str] = []
    for sentence in sentences(max(paper.summaries, key=len, default="") or paper.title):
        if SUMMARY_END_RE.match(sentence) or len(said) == most:
            break
        said.append(sentence)
    authors = ", ".join(paper.authors[:8]) + (" et al." if len(paper.authors) > 8 else "")
    links = [f"arXiv {paper.url}", *(f"code {u}" for u in paper.code_urls), *(f"data {u}" for u in paper.resource_urls)]
    links += [f"Hugging Face {paper.hf_url}"] if paper.hf_url else []
    lines = [f"**{paper.title}** ({paper.id}, in the digest of {paper.date}) [{n}]", "", " ".join(said), ""]
    lines += [f"Authors: {authors}"] if authors else []
    none = " (the digests link no code for it)" if code_asked and not paper.code_urls else ""
    return "\n".join([*lines, "Links: " + " · ".join(links) + none])


def authors_among(papers: Sequence[Paper], folded: set[str]) -> dict[str, int]:
    """The authors of `papers` whose folded name is asked, each as most often written (a handle such as
    "mohitbansal" counts for the full name it folds to), with their paper counts, most first."""
    spelt: dict[str, Counter[str]] = {}
    count: Counter[str] = Counter()
    for p in papers:
        asked = [(a, key) for a in p.authors if (key := bibtex.fold(a)) in folded]
        count.update({key for _, key in asked})
        for a, key in asked:
            spelt.setdefault(key, Counter())[a] += 1 + (" " in a)
    return {spelt[k].most_common(1)[0][0]: c for k, c in sorted(count.items(), key=lambda kc: (-kc[1], kc[0]))}


NAMES_SHOWN = 8
FOUND_HEAD_RE = re.compile(r"^\d[\d,]* papers? in the digests match")


def existence_opening(text: str, covered: bool) -> str:
    """A list asked yes or no ("is there a paper on X?") says which first: "Yes: 3 papers …" where the papers
    named it, "I found no paper …" where none did (unless the text says so already, less firmly: papers
    name its words apart); a list of near matches stays as it is worded."""
    if not covered:
        return text if text.startswith("I found no paper") else f"I found no paper on this. {text}"
    return f"Yes: {text}" if FOUND_HEAD_RE.match(text) else text


def unlisted_author(asked: str, near: str, count: int) -> str:
    """The reply for a person no paper lists, with the listed name an edit away as a question, never as
    the answer: that is someone else ("Tri Dao" is not "Tri Cao")."""
    text = f"No paper in the digests lists {asked} as an author."
    if near:
        text += f' Did you mean {near} ({count} paper{"s" if count != 1 else ""})? Ask for "papers by {near}".'
    return text


def author_head(
    asked: str, found: dict[str, int], count: int, question: str, reading: str = "", handles: Sequence[str] = ()
) -> str:
    """The opening of an author's list: "Yes: 4 papers … Yejin Choi is an author of each." A surname shared by
    several listed authors names each with their count; a misspelt name is said as listed (`reading`); a full
    name some papers list by a one-word handle (`handles`: "tridao", "Muennighoff") says so."""
    if reading:
        return f"No listed author is spelt {asked}; reading {reading}: " + author_head(
            reading, found, count, "", "", handles
        )
    yes = "Yes: " if YES_NO_RE.match(question) else ""
    papers = f"{count} paper{'s in the digests match' if count != 1 else ' in the digests matches'}"
    people = {name: n for name, n in found.items() if name not in handles}
    if handles and len(people) <= 1:
        who, each = next(iter(people), asked), "each" if count != 1 else "it"
        return f"{yes}{papers}: {who} is an author of {each}{handle_note(handles, found, people)}."
    if len(found) == 1:
        return f"{yes}{papers}: {next(iter(found))} is an author of {'each' if count != 1 else 'it'}."
    shown = ", ".join(f"{name} ({n})" for name, n in list(found.items())[:NAMES_SHOWN])
    more = f", and {len(found) - NAMES_SHOWN} more" if len(found) > NAMES_SHOWN else ""
    return f"{yes}{papers}: {len(found)} listed authors are named {asked}: {shown}{more}."


def handle_note(handles: Sequence[str], found: dict[str, int], people: dict[str, int]) -> str:
    """How a person's papers list them by a handle: all of them (", listed by the handle tridao") or some (" (1
    of them by the handle carlini)")."""
    plural = "s" if len(handles) != 1 else ""
    if not people:
        return f", listed by the handle{plural} {listed_words(list(handles), 'and')}"
    return f" ({listed_words([f'{found[h]} of them by the handle {h}' for h in handles], 'and')})"


def together_head(names: Sequence[str], count: int, question: str) -> str:
    """The opening of "papers by A, B and C": each named person is an author of every paper listed."""
    yes = "Yes: " if YES_NO_RE.match(question) else ""
    papers = f"{count} paper{'s in the digests match' if count != 1 else ' in the digests matches'}"
    return f"{yes}{papers}: {listed_words(names, 'and')} are authors of {'each' if count != 1 else 'it'}."


def none_on_topic(author: str, count: int, topic: str) -> str:
    """An author's papers exist but none is on the topic asked: said with how many there are, so the answer is no
    "not covered" that reads as if the author were unknown."""
    some = f"{count} paper{'s' if count != 1 else ''}"
    return f"{author} is an author of {some} in the digests; none of them is on {topic}."


def not_together(names: Sequence[str], alone: int) -> str:
    """No paper lists all the people asked together: said, with how many the first of them wrote."""
    some = f"{alone} paper{'s' if alone != 1 else ''}"
    together = f"No paper in the digests lists {listed_words(names, 'and')} together as authors"
    return f"{together}; {names[0]} is an author of {some}."


def authors_text(n: int, paper: Paper) -> str:
    names = ", ".join(paper.authors)
    if not names:
        return f"The digest lists no authors for **{paper.title}** ({paper.date}) [{n}]."
    return f"**{paper.title}** ({paper.date}) [{n}] is by {names}."


def titled_by(title: str, name: str) -> bool:
    """A title is a system's own when its name before the colon is the system's ("DeepSeek-R1: …", "The
    AI Scientist-v2: …", "Qwen2.5 Technical Report"), not when it only names it ("Has GPT-5 Achieved
    Spatial Intelligence?") or names another system after it ("CAMEL-Bench" is no paper on CaMeL)."""
    head, key = stem_key(title.split(":")[0]), stem_key(name)
    head = re.sub(r"^ (?:the|a|an) ", " ", head)
    if not head.startswith(key):
        return False
    rest = head[len(key) :].split()
    return not rest or bool(re.fullmatch(r"v?\d[\w.]*", rest[0])) or " ".join(rest) in OWN_REPORTS


BEFORE_A_NAME = frozenset(
    stems(
        "a an the this our its new novel called named dubbed termed model framework method system approach "
        "benchmark dataset agent architecture algorithm llm mllm vlm"
    )
)
INTRODUCING = frozenset(stems("introduce introduces introducing propose proposes proposing present presents"))


def presents(paper: Paper, name: str) -> bool:
    """A paper presents a system when its title is the system's, or its summary introduces the name
    ("proposing a multimodal LLM, Llamole, …"); a paper that evaluates it ("Has GPT-5 Achieved …?") or
    introduces another ("an AI co-scientist" for The AI Scientist) does not."""
    if titled_by(paper.title, name):
        return True
    text = own_text(paper.summary)
    # the name as a word of its own: "a Mamba-based framework" and "LLaMA-Omni" are other systems
    written = r"[\s-]+".join(re.escape(w) for w in re.split(r"[\s-]+", name.strip()) if w)
    if not re.search(rf"(?<![\w-]){written}(?![\w-])", text, re.I):
        return False
    if any(introduces_key(text, stem_key(long).split()) for long in expansions(text, name)):
        return True  # "introduces Dynamic Tanh (DyT)": the acronym names what its spelled-out name names
    return introduces_key(text, stem_key(name).split())


# A name this many papers write is a method the field shares (LoRA, DPO, RAG): its paper is one whose title is its.
SHARED_NAME_PAPERS = 20


def presents_own(paper: Paper, name: str, writers: int) -> bool:
    """Whether a paper presents `name` as a question's "the X paper" means it (`presents`), where `writers` papers
    write the name. A summary "introducing" a shared method is seldom its source ("introduce Federated Share-A
    LoRA", "feature-level constraints within a Direct Preference Optimization (DPO) framework"): of a name many papers
    write, only a title that is its own, or its spelled-out name's ("Group Sequence Policy Optimization"), presents
    it, or its version's ("DeepSeek-V3 Technical Report"); "Diffusion-4K: …" is another system's."""
    if writers < SHARED_NAME_PAPERS:
        return presents(paper, name)
    head = re.sub(r"^ (?:the|a|an) ", " ", stem_key(REPORT_NAME_END_RE.sub("", paper.title.split(":")[0].strip())))
    for key in (stem_key(n) for n in [name, *expansions(paper.summary, name)]):
        rest = head[len(key) :].split() if head.startswith(key) else ["-"]
        if not rest or re.fullmatch(r"v?\d+(?:\.\d+)*[bm]?", " ".join(rest)):
            return True
    return False


# "the hierarchy drafting paper", "the DyT paper": the words a question names one paper by
PAPER_WORDS_RE = re.compile(
    r"\bthe\s+(?P<words>[\w.+-]+(?:\s+[\w.+-]+){0,3}?)\s+(?:paper|study|work|preprint|article)\b", re.I
)
# A word written as a name: a capital after its first letter or a digit ("DyT", "iDP3", "s1", "HD")
NAME_WORD_RE = re.compile(r"(?<![\w.-])(?=[\w.+-]*(?:[a-z][A-Z]|[A-Z]{2}|\d))[A-Za-z][\w.+-]*")


def named_in(question: str, paper: Paper) -> bool:
    """Whether a question names this paper by words its title writes or its summary introduces as its own
    ("the hierarchy drafting paper" for "The proposed method, Hierarchy Drafting (HD), …"), or by an acronym
    its summary defines for its own method ("the DyT paper" for "introduces Dynamic Tanh (DyT)")."""
    for m in PAPER_WORDS_RE.finditer(question):
        words = m.group("words")
        key = set(stems(words)) - STOP_STEMS
        if key and (key <= set(stems(paper.title)) or presents(paper, words)):
            return True
    # a kind of model ("LLM", "VLM") names no one paper, though a summary may spell it out as it introduces one
    words = (w.rstrip(".") for w in NAME_WORD_RE.findall(question))
    return any(w.upper().rstrip("S") not in props.MODEL_CLASSES and presents(paper, w) for w in words)


def expansions(text: str, acronym: str) -> list[str]:
    """The spelled-out names a summary writes right before an acronym in brackets ("Dynamic Tanh (DyT)",
    "Mixture-of-Head attention (MoH)"): the tails of up to six words whose initials fit its letters, never a
    lone "model" before "(LLM)"."""
    letters = re.sub(r"[^a-z0-9]", "", acronym.lower())
    found = []
    for m in re.finditer(rf"((?:[\w-]+\s+){{1,6}})\(\s*{re.escape(acronym.strip())}\s*\)", text, re.I):
        words = m.group(1).split()
        for n in range(1, len(words) + 1):
            tail = words[len(words) - n :]
            initials = "".join(part[0] for w in tail for part in w.split("-") if part).lower()
            if letters and initials[:1] == letters[:1] and fits_letters(initials, letters, acronym):
                found.append(" ".join(tail))
    return found


def fits_letters(initials: str, letters: str, acronym: str) -> bool:
    """Whether a name's initials spell an acronym: all its letters in order ("moha" for MoH), one per capital
    of a mixed-case acronym ("dt" for DyT), or the same letters in another order ("i3dp" for iDP3)."""
    capitals = sum(ch.isupper() or ch.isdigit() for ch in acronym)
    return (
        in_order(letters, initials)
        or (in_order(initials, letters) and len(initials) >= capitals)
        or sorted(initials) == sorted(letters)
    )


def in_order(part: str, whole: str) -> bool:
    """Whether `part`'s letters appear in `whole` in the same order ("dt" in "dyt")."""
    rest = iter(whole)
    return all(ch in rest for ch in part)


def introduces_key(text: str, key: list[str]) -> bool:
    """Whether a summary's introducing verb ("introduces", "proposes") is followed within eight words by the
    stemmed name `key`, directly or after a word that leads a name ("a new framework, …")."""
    if not key:
        return False
    tokens = stems(text)
    for i, tok in enumerate(tokens):
        if tok not in INTRODUCING:
            continue
        for j in range(i + 1, min(i + 9, len(tokens) - len(key) + 1)):
            # the name itself, not the end of another's ("introduces Differential Mamba" is no paper on Mamba)
            if tokens[j : j + len(key)] == key and (j == i + 1 or tokens[j - 1] in BEFORE_A_NAME):
                return True
    return False


OWN_REPORTS = frozenset(stem_key(r).strip() for r in ("technical report", "tech report", "system card", "model card"))


# What a question about a paper cannot be told when no paper of the digests is that paper's own.
UNTOLD = {
    "authors": "its authors are not listed there",
    "when": "they do not say when it came out",
    "fact": "what that paper reports is not there",
    "property": "what it uses or does is not stated there",
}


def titles_about(name: str, papers: Sequence[Paper]) -> list[Paper]:
    """The papers whose title is about `name` ("Practical Efficiency of Muon for Pretraining" for Muon): the title
    writes it as a word of its own ("FLUX-Reason-6M" is another name), and not only after a head naming a system
    of the paper's own ("NorMuon: Making Muon more efficient …" is NorMuon's paper), as `titled_about` reads a
    title, though here a head may say more than the name ("Understanding R1-Zero-Like Training: …")."""
    pattern = re.compile(rf"(?<![\w-]){name_re(name)}(?![\w-])", re.I)
    about = []
    for paper in papers:
        head, colon, _ = paper.title.partition(":")
        own_head = bool(colon) and not pattern.search(head) and bool(NAME_WORD_RE.search(head))
        if pattern.search(paper.title) and not own_head:
            about.append(paper)
    return about


def title_standing_for(name: str, papers: Sequence[Paper]) -> Paper | None:
    """The one paper whose title is about `name`, which a question's "the X paper" means when no paper presents X;
    None where several are, or none, or the name has a version ("the GPT-5 paper" is its makers' report, not
    "Has GPT-5 Achieved Spatial Intelligence?")."""
    titled = titles_about(name, papers)
    return titled[0] if len(titled) == 1 and not re.search(r"\d", name) else None


def title_taken_text(name: str, paper: Paper) -> str:
    """Why a question's "the X paper" is answered from a paper that does not present X: its title is about X."""
    return (
        f"No paper in the digests presents {name} itself; the one paper whose title names it is taken as the "
        f"{name} paper: {paper.title} ({paper.date})."
    )


# The titles about a name no paper presents that an answer lists before "and N more".
TITLES_SHOWN = 5


def dated_titles(papers: Sequence[Paper], shown: int) -> str:
    """The first `shown` papers as "Title (date)", joined by "; ", and how many more there are."""
    listed = "; ".join(f"{p.title} ({p.date})" for p in papers[:shown])
    return f"{listed} and {len(papers) - shown} more" if len(papers) > shown else listed


def absent_paper_text(name: str, mentions: Sequence[Paper], intent: str = "authors", titles: bool = True) -> str:
    """No paper of the digests is `name`'s own: what was asked of it is not there to give; where several titles
    are about it and the question calls it a paper (`titles`), those papers, none picked for the question."""
    text = f"No paper in the digests presents {name}, so {UNTOLD[intent]}."
    if titles and len(titled := titles_about(name, mentions)) > 1:
        shown = dated_titles(titled, TITLES_SHOWN)
        return f"{text} {len(titled)} papers' titles name it, and the question does not say which it means: {shown}."
    if not mentions:
        return text
    shown = dated_titles(mentions, 3)
    return f"{text} {len(mentions)} {'paper mentions' if len(mentions) == 1 else 'papers mention'} it: {shown}."


PRACTITIONERS_RE = re.compile(r"\bpractitioners?\b", re.I)


def audience_text(audience: str, told: int, total: int) -> str:
    """Why papers asked to suit an audience are not listed: for practitioners (or industry, engineers), `told` of
    the `total` summaries already say what their paper means for AI practitioners; for beginners, a reading list
    needs a topic to put its surveys first."""
    if audience == "learner":
        return (
            'Which papers suit a beginner depends on the topic: ask, e.g., "what should I read to understand diffusion '
            'models?", and the surveys, guides and primers of the topic come first. No paper in the digests is '
            "written for beginners as such."
        )
    return (
        f"The digests summarise every paper for AI practitioners ({told} of the {total} summaries say what the paper "
        'means for them), so being relevant to practitioners singles out no paper. Ask about a topic ("which papers '
        'on RAG are useful for practitioners?" lists the papers on RAG), or for a '
        'kind of paper on it ("which surveys cover RAG?").'
    )


def unnamed_text(words: Sequence[str]) -> str:
    """What the digests lack, said first and plainly: no title or summary names it."""
    them = "them" if len(words) > 1 else "it"
    return f"No paper in the digests names {' or '.join(words)}: no title or summary writes {them}."


def stands_for(term: str, expansion: str) -> str:
    """ "GRPO stands for Group Relative Policy Optimization. ", or "" when there is nothing to spell out."""
    if not expansion or re.sub(r"[\s-]+", "", expansion.lower()) == re.sub(r"[\s-]+", "", term.lower()):
        return ""  # "reinforcement pretraining" is "Reinforcement Pre-Training" spelled whole
    return f"{term} stands for {expansion.title() if expansion.islower() else expansion}. "


def disowns(term: str, expansion: str, paper: Paper) -> bool:
    """Whether the paper, not writing the corpus's expansion of an acronym, spells the acronym out otherwise
    ("Decoupled Clip and Dynamic sampling Policy Optimization (DAPO)") or is the acronym's own paper ("VAPO: …"):
    then "stands for" would put another paper's words in its mouth."""
    text = f"{paper.title} {paper.summary}"
    if not expansion or re.sub(r"[\s-]+", " ", expansion.lower()) in re.sub(r"[\s-]+", " ", text.lower()):
        return False
    return bool(re.search(rf"\(\s*{re.escape(term)}\s*\)", text) or re.match(rf"{re.escape(term)}\b", paper.title))


def spelled_within(term: str, acronyms: Mapping[str, str]) -> str:
    """A term of several words one of which is an acronym the papers spell out ("KV cache"), with that word
    spelled out ("key value cache"): what the term stands for; "" for any other term."""
    words = term.split()
    spelled = [acronyms.get(w.lower(), "") if len(words) > 1 and re.fullmatch(r"[A-Z]{2,}s?", w) else "" for w in words]
    if sum(map(bool, spelled)) != 1:
        return ""
    return " ".join(e or w for e, w in zip(spelled, words))


def or_spelled(term: str, expansion: str) -> str:
    """What the count of papers naming an acronym also holds: those that only spell it out."""
    return " or spell it out" if stands_for(term, expansion) else ""


def undefined_text(term: str, expansion: str, count: int, sentence: str, compares: bool = False) -> str:
    """Said plainly: nothing defines the term, how many papers name it, and one sentence using it; `compares`:
    every one of them only measures something against it."""
    papers = "1 paper names" if count == 1 else f"{count} papers name"
    only = ", only to compare with it" if compares else ""
    return (
        f"{stands_for(term, expansion)}No paper in the digests defines {term}; {papers} it"
        f"{or_spelled(term, expansion)}{only}. For example: {LABEL_RE.sub('', sentence, count=1)} [1]"
    )


def spelled_only_text(term: str, expansion: str, count: int, sentence: str) -> str:
    """What an acronym stands for where the papers only spell it out beside a use of it: said first, with how many
    papers name it, then the using sentence shown as an example, not as a definition it is not."""
    papers = "1 paper in the digests names" if count == 1 else f"{count} papers in the digests name"
    named = f"{papers} {term}{or_spelled(term, expansion)}"
    example = LABEL_RE.sub("", sentence, count=1)
    return f"{stands_for(term, expansion)}{named}; none says more of what it is. For example: {example} [1]"


def bracketed_acronym(expansion: str, acronym: str, texts: Sequence[str]) -> str:
    """How the papers write an acronym in brackets after its spelled-out term ("vision transformer (ViT)"), singular:
    their commonest spelling; `acronym` itself where none writes it so."""
    words = r"[\s-]+".join(re.escape(w) for w in expansion.split())
    letters = re.escape(acronym[:-1]) + r"s?" if acronym.lower().endswith("s") else re.escape(acronym) + r"s?"
    rx = re.compile(rf"(?<![\w-]){words}(?:s|es)?\s*\(\s*((?i:{letters}))\s*\)", re.I)
    # a plural's small "s" goes ("MDPs" → "MDP"); a capital one is the acronym's own ("NAS")
    found = Counter(re.sub(r"(?<=[A-Z])s$", "", m.group(1)) for t in texts for m in rx.finditer(t))
    return found.most_common(1)[0][0] if found else acronym


def restates(lead: str, sentence: str, run: int = 10) -> bool:
    """The lead repeats a run of `run` words of the sentence: quoting both would say it twice."""
    words = re.findall(r"\w+", sentence.lower())
    runs = {tuple(words[i : i + run]) for i in range(len(words) - run + 1)}
    said = re.findall(r"\w+", lead.lower())
    return any(tuple(said[i : i + run]) in runs for i in range(len(said) - run + 1))


def carried_on(lead: str, sentence: str) -> str:
    """The lead and what its sentence goes on to say after the words it restates: a name's description stops at
    a bracket ("LongCite is a system designed to enhance the trustworthiness of Large Language Models"), and the
    sentence's rest says what the thing does ("(LLMs) by enabling them to provide fine-grained citations …")."""
    words = re.findall(r"[\w-]+", lead)[-4:]
    m = re.search(r"(?<![\w-])" + r"\W+".join(map(re.escape, words)) + r"(?![\w-])", sentence, re.I) if words else None
    rest = sentence[m.end() :].strip().rstrip(".").rstrip() if m else ""
    # only a description a bracket cut short goes on: a gloss inside brackets ends with them ("kinship
    # (similarity …) can guide …"), and "…, a phenomenon termed X" names what the lead already said
    if len(words) < 3 or not re.match(r"\([^()]{1,40}\)\s+(?:\w+\W+){2}", rest):
        return lead
    return f"{lead} {rest}"


def definition_text(term: str, n: int, found: Definition, users: int, spelled: bool = True) -> str:
    """The definition restated first where the sentence glosses the term, then the sentence itself; what the
    acronym stands for only where `spelled` (the defining paper does not call it otherwise: `disowns`)."""
    stands = stands_for(term, found.expansion) if spelled else ""
    if found.lead and restates(found.lead, found.sentence):
        # the restated gloss is the sentence's own clause: said once ("knowledge homophily is when …")
        text = f"{stands}{carried_on(found.lead, found.sentence)} [{n}]."
    else:
        lead = f"{found.lead} [{n}]. " if found.lead else ""
        text = f"{stands}{lead}{found.sentence} [{n}]"
    named = f" {users} papers in the digests name {term}{or_spelled(term, found.expansion)}."
    return text + (named if users > 1 else "")


@dataclass(frozen=True)
class Side:
    """One side of a comparison: its name, how many papers, cited examples, the words that set it
    apart, the number of the cited paper that uses them, and its key result (`key_result`)."""

    name: str
    count: int
    examples: list[tuple[int, Paper, str]]
    words: list[str]
    witness: int = 0
    passing: int = 0  # more papers that name the side without using or studying it (only mention it)

    @property
    def key_result(self) -> tuple[int, str]:
        """The first cited example's sentence stating a result figure (`figure_sentence`), one its "what they
        do" does not already show; (0, "") where no example's summary states one: a side's own figure, cited,
        so two sides can be weighed by what their papers report, never by a figure made up for them."""
        shown = {s for _, _, s in self.examples[:2]}
        found = ((n, figure_sentence(p)) for n, p, _ in self.examples)
        return next(((n, s) for n, s in found if s and s not in shown), (0, ""))


def compare_table(sides: list[Side], both: Side) -> list[dict[str, str]]:
    """One row per side and one for the papers on both (left out when there are none); every row's
    "what they do" is its papers' own sentences, cited. The words that set a side apart go in the
    sentence before the table, each side's cited to a paper using them."""
    rows = []
    for side in [*sides, both]:
        if side is both and not side.count:
            continue
        cited, result = side.key_result
        rows.append(
            {
                "side": side.name,
                "papers": str(side.count),
                "examples": "; ".join(f"{p.title} [{n}]" for n, p, _ in side.examples) or "none",
                # the citation inside each sentence, so two sentences in a cell keep their own sources
                "what they do": " ".join(cited_sentence(s, n) for n, _, s in side.examples[:2]) or "none",
                "an example's result": cited_sentence(result, cited) if cited else "none stated",
            }
        )
    return rows


# the verbs a summary states a result with ("achieves 62.58%", "outperforming GRPO (32.1)"): a sentence with one
# reports what the method did, not the setup it was tried on
RESULT_VERB_RE = re.compile(
    r"\b(?:achiev\w*|outperform\w*|surpass\w*|reach\w*|match\w*|improv\w*|reduc\w*|increas\w*|boost\w*|"
    r"speed-?ups?|faster|gains?|scor\w*|attain\w*|yield\w*|result\w*|show\w*|demonstrat\w*)\b",
    re.I,
)


def result_figure(figure: str) -> bool:
    """A figure that states a result: a decimal, a share or multiple, or a scaled size ("62.58", "38.9%", "1.52x",
    "12-billion", "1.3B", "10,000"), never a bare count, a step number or a year ("24", "3", "2024")."""
    return bool(re.search(r"\d[.,]\d|[a-z%×]", figure, re.I))


def figure_sentence(paper: Paper) -> str:
    """The summary's sentence stating its key result: of the sentences stating a result figure (`result_figure`),
    the first with a verb of result (`RESULT_VERB_RE`), else the first; "" where none states one."""
    stating = [s for s in claims(paper.summary) if any(result_figure(f) for f in figures(s))]
    return next((s for s in stating if RESULT_VERB_RE.search(s)), stating[0] if stating else "")


def cited_sentence(sentence: str, n: int) -> str:
    """ "X does Y." → "X does Y [n]." (a sentence without a closing stop keeps the citation at its end)."""
    body = sentence.rstrip()
    if body.endswith("."):
        return f"{body[:-1]} [{n}]."
    return f"{body} [{n}]"


def compare_text(sides: list[Side], both: Side, scope: str = "", missing: Sequence[str] = ()) -> str:
    """The counts and, in the same sentence, how the sides differ: the words each side's papers use far
    more than the other's, each cited to a paper of that side that uses them. With a `scope` ("for long
    context") the counts are of the papers on it; a side with none there (`missing`) is said to have
    none, and then the counts are of all the papers."""
    a, b = sides
    where = ""  # the counts lead, as every count sentence does: computed from the digests, said by no paper
    if scope and missing:
        where = f" in all the digests (no paper on {scope} uses or studies {' or '.join(missing)})"
    elif scope:
        where = f" among the papers on {scope}"
    uses = "paper uses or studies" if a.count == 1 else "papers use or study"

    def study(count: int) -> str:
        return "studies" if count == 1 else "study"

    noted = asides(sides)
    sides_said = f"{a.count} {uses} {a.name}{noted[0]} and {b.count} {study(b.count)} {b.name}{noted[1]}{where}"
    head = f"{sides_said}; {both.count} {study(both.count)} both"
    said = [f"{s.name} papers more often name {', '.join(s.words)} [{s.witness}]" for s in sides if s.words]
    return head + ("; " + ", ".join(said) if said else "") + "."


def asides(sides: Sequence[Side]) -> list[str]:
    """The papers naming each side that its count leaves out, said of every side that has any once one side's
    are two or more and a tenth of its count: a reader who greps a name finds them and should know why they are
    not counted, and the sides are told alike (LoRA's 13 mentions said, QLoRA's one too)."""
    if not any(s.passing >= 2 and s.passing * 10 >= s.count for s in sides):
        return ["" for _ in sides]
    return [
        f" ({s.passing} more {'mentions' if s.passing == 1 else 'mention'} {s.name})" if s.passing else ""
        for s in sides
    ]


def names_all(sentence: str, concepts: list[list[str]]) -> bool:
    """Whether a sentence names every concept (any of its forms)."""
    key = stem_key(sentence)
    return all(any(form_in(f, key) for f in c) for c in concepts)


COMPARING_RE = re.compile(
    r"\b(?:compar\w*|than|outperform\w*|versus|vs\.?|unlike|whereas|advantages?|trade-?offs?|surpass\w*|"
    r"superior|inferior|rival\w*|competitive|matches|matching)\b",
    re.I,
)


def comparing_sentences(paper: Paper, sides: list[list[list[str]]]) -> Iterator[str]:
    """The paper's sentences that name both sides (each side's every concept) with a word of comparison."""
    for sentence in sentences(own_text(paper.summary)):
        key = stem_key(sentence)
        if COMPARING_RE.search(sentence) and all(all(any(form_in(f, key) for f in c) for c in side) for side in sides):
            yield neutralise(sentence)


def findings_text(findings: list[tuple[int, Paper, str]]) -> str:
    if not findings:
        return ""
    return "\n".join(["Where papers compare them directly:", *(bullet(n, p, s) for n, p, s in findings)])


def weighed_text(first: str, second: str, word: str, findings: list[tuple[int, Paper, str]]) -> str:
    """Whether one technique is `word` than another, from the papers that set them against each other: no overall
    verdict, what each such paper states."""
    some = "1 paper sets" if len(findings) == 1 else f"{len(findings)} papers set"
    words = "its summary's words" if len(findings) == 1 else "their summaries' words"
    lines = [
        f"The digests hold no overall verdict on whether {first} is {word} than {second}; {some} one against the "
        f"other directly, in {words}:",
        *(bullet(n, p, s) for n, p, s in findings),
    ]
    return "\n".join(lines)


def not_weighed(first: str, second: str, word: str, both: int) -> str:
    """No paper here sets the two against each other: said so, nothing cited."""
    on_both = f" ({both} papers use or study both, without weighing one against the other)" if both else ""
    return f"No paper here compares {first} and {second} directly{on_both}, so the digests do not say which is {word}."


def table_text(rows: list[dict[str, str]]) -> str:
    if not rows:
        return ""
    cols = list(rows[0])
    out = ["| " + " | ".join(cols) + " |", "|" + "---|" * len(cols)]
    out += ["| " + " | ".join(r[c].replace("|", "/") for c in cols) + " |" for r in rows]
    return "\n".join(out)


@dataclass(frozen=True)
class Counted:
    """What a trend's total counts: the papers naming the topic (`name`, with `other` of them using or studying
    it), those using or studying it (`use`, with `other` papers naming it), or, where the topic was narrowed
    (`""`), the papers the list holds, which name it."""

    total: int
    what: str = ""
    other: int = 0
    unnamed: int = 0  # papers using or studying it that write it in other words ("computer-use agents")

    def said(self, topic: str) -> str:
        one = self.total == 1
        if self.what == "name":
            if one:
                return f"it names {topic} ({'and uses or studies it' if self.other else 'only names it'})"
            return f"they name {topic} ({self.other} of them use or study it)"
        if self.what == "use":
            says = "says" if self.unnamed == 1 else "say"
            others = f"; {self.unnamed} of these {says} it in other words" if self.unnamed else ""
            if one:
                return f"it uses or studies {topic} ({'it names it' if self.other else 'in other words'})"
            return f"they use or study {topic} ({self.other} name it{others})"
        return f"it names {topic}" if one else f"they name {topic}"

    @property
    def head(self) -> str:
        return "1 paper in the digests matches" if self.total == 1 else f"{self.total} papers in the digests match"


def trend_text(topic: str, counts: dict[str, int], counted: Counted | int, totals: dict[str, int] | None = None) -> str:
    """The counts per month, which sum to the total said first, and the busiest month; with the corpus's own
    papers per month (`totals`), whether the topic's share of them rose or fell, since the digests list more
    papers in some months. The total says what it counts (`Counted`): naming a topic is not using it."""
    if not counts:
        return f"No paper in the digests names {topic}."
    counted = counted if isinstance(counted, Counted) else Counted(counted)
    peak = max(counts, key=lambda m: (counts[m], m))
    series = ", ".join(f"{m}: {c}" for m, c in counts.items())
    moved = share_change(counts, totals or {})
    return (
        f"{counted.head}: {counted.said(topic)}; by the month {'it' if counted.total == 1 else 'they'} first appeared, "
        f"{series} (busiest {peak}, {counts[peak]})" + (f"; {moved}" if moved else ".")
    )


SHARE_STEP = 1.15  # a later share this many times the earlier one (or less than its inverse) is a change
SURE = 0.05  # a change the topic's papers would show this often by chance, with an unchanged share, is none


def chance_of(early: int, late: int, share_late: float) -> float:
    """How often `early` + `late` papers would split at least this unevenly if each fell in the later half with
    probability `share_late` (the later half's share of all papers): the exact two-sided binomial test."""
    n = early + late
    if n == 0 or not 0 < share_late < 1:
        return 1.0

    def p(k: int) -> float:
        log = math.lgamma(n + 1) - math.lgamma(k + 1) - math.lgamma(n - k + 1)
        return math.exp(log + k * math.log(share_late) + (n - k) * math.log(1 - share_late))

    seen = p(late)
    return min(1.0, sum(q for k in range(n + 1) if (q := p(k)) <= seen * (1 + 1e-9)))


FEW = 10  # papers under which a shift of share is no trend at all, only a handful of papers


def share_word(early: int, late: int, early_total: int, late_total: int) -> str:
    """'rising', 'falling' or 'about level' for a topic's share of all papers, earlier half against later. A move
    by SHARE_STEP that an unchanged share would give by chance (`chance_of` ≥ SURE) is said with that caveat, or,
    from under FEW papers (3 papers, 2 then 1), is no verdict."""
    before, after = early / early_total, late / late_total
    if before * SHARE_STEP >= after >= before / SHARE_STEP:
        return "about level"
    word = "rising" if after > before else "falling"
    if chance_of(early, late, late_total / (early_total + late_total)) < SURE:
        return word
    n = early + late
    if n < FEW:
        return f"no clear change ({n} papers are too few to tell)"
    return f"{word}, though with {n} papers a shift this size could be chance"


def percent_pair(before: float, after: float) -> tuple[str, str]:
    """Two shares with the decimals that tell them apart (0.14% against 0.09%, not 0.1% against 0.1%)."""
    digits = 1
    while digits < 3 and before != after and f"{before:.{digits}%}" == f"{after:.{digits}%}":
        digits += 1
    return f"{before:.{digits}%}", f"{after:.{digits}%}"


def share_change(counts: dict[str, int], totals: dict[str, int]) -> str:
    """How the topic's share of each month's papers moved from the earlier half of the span to the later
    one ('rising', 'falling' or 'about level', or too few papers to tell); '' over fewer than four months."""
    months = [m for m in counts if totals.get(m)]
    if len(months) < 4:
        return ""
    half = len(months) // 2
    early, late = months[:half], months[half:]
    n_early, n_late = sum(counts[m] for m in early), sum(counts[m] for m in late)
    t_early, t_late = sum(totals[m] for m in early), sum(totals[m] for m in late)
    word = share_word(n_early, n_late, t_early, t_late)
    before, after = percent_pair(n_early / t_early, n_late / t_late)
    return (
        f"as a share of all the digests' papers each month, {before} in {early[0]} to {early[-1]} "
        f"against {after} in {late[0]} to {late[-1]}: {word}."
    )


RECENT_SPAN = 3  # "lately" weighs the last this many months (up to the newest day's) against as many before


def recent_change(counts: dict[str, int], totals: dict[str, int], months: int = RECENT_SPAN) -> str:
    """A trend asked "lately": the topic's papers and share of all the digests' papers in the last `months`
    months that hold any paper (`totals`, the newest day's month last) against the `months` before, and whether
    the share rose or fell by SHARE_STEP; '' where the digests hold fewer than twice `months` months."""
    held = [m for m in sorted(totals) if totals[m]]
    if len(held) < 2 * months:
        return ""
    early, late = held[-2 * months : -months], held[-months:]
    n_early, n_late = sum(counts.get(m, 0) for m in early), sum(counts.get(m, 0) for m in late)
    t_early, t_late = sum(totals[m] for m in early), sum(totals[m] for m in late)
    before, after = n_early / t_early, n_late / t_late
    word = share_word(n_early, n_late, t_early, t_late)
    return (
        f"Lately {word}: {n_late} papers in {late[0]} to {late[-1]} ({percent(after)} of all the digests' papers "
        f"then) against {n_early} in {early[0]} to {early[-1]} ({percent(before)}), the last {months} months "
        f"against the {months} before."
    )


def aligned(series: dict[str, dict[str, int]]) -> dict[str, dict[str, int]]:
    """Every series over the same months (the union of their spans, zeros filled), so they read side by side."""
    months = sorted({m for counts in series.values() for m in counts})
    if not months:
        return {name: {} for name in series}
    span: list[str] = []
    y, m = int(months[0][:4]), int(months[0][5:7])
    while f"{y:04d}-{m:02d}" <= months[-1]:
        span.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return {name: {k: counts.get(k, 0) for k in span} for name, counts in series.items()}


def more_papers(series: dict[str, dict[str, int]]) -> str:
    """ "GRPO has more papers than DPO in the digests: 230 against 120." ("" unless two topics have papers.)"""
    totals = [(name, sum(counts.values())) for name, counts in list(series.items())[:2]]
    if len(totals) < 2 or not all(n for _, n in totals):
        return ""
    (a, na), (b, nb) = sorted(totals, key=lambda t: -t[1])
    said = (
        f"{a} and {b} have as many papers in the digests: {na} each."
        if na == nb
        else f"{a} has more papers than {b} in the digests: {na} against {nb}."
    )
    return said[0].upper() + said[1:]


def growth(counts: dict[str, int], totals: dict[str, int]) -> tuple[float, float] | None:
    """A topic's share of all the papers in the earlier and the later half of its months (as `share_change`
    splits them); None over fewer than four months."""
    months = [m for m in counts if totals.get(m)]
    if len(months) < 4:
        return None
    early, late = months[: len(months) // 2], months[len(months) // 2 :]
    return (
        sum(counts[m] for m in early) / sum(totals[m] for m in early),
        sum(counts[m] for m in late) / sum(totals[m] for m in late),
    )


def faster_text(series: dict[str, dict[str, int]], totals: dict[str, int]) -> str:
    """Which of two topics grew faster: the one whose share rose more (later half over earlier half, growing
    from none counting as the most), each share said; within SHARE_STEP of each other, about as fast."""
    shares = [(name, g) for name, counts in list(series.items())[:2] if (g := growth(counts, totals))]
    if len(shares) < 2:
        return ""

    def ratio(g: tuple[float, float]) -> float:
        return g[1] / g[0] if g[0] else math.inf if g[1] else 0.0

    (a, ga), (b, gb) = sorted(shares, key=lambda s: -ratio(s[1]))
    said = shares_said(a, ga, b, gb)
    hi, lo = ratio(ga), ratio(gb)
    when = "from the earlier half of these months to the later"
    if hi < SHARE_STEP:  # "grew faster" of a share that held or fell would mislead: say neither grew, as asked
        (a, ga), (b, gb) = shares
        said = shares_said(a, ga, b, gb)
        fell = "both fell" if max(ratio(ga), ratio(gb)) < 1 / SHARE_STEP else "neither grew"
        return f"{a} and {b}: {fell}, {when}: {said}."
    if hi == lo or (lo and hi != math.inf and hi / lo < SHARE_STEP):
        return f"{a} and {b} grew about as fast, {when}: {said}."
    return f"{a} grew faster, {when}: {said}."


def shares_said(a: str, ga: tuple[float, float], b: str, gb: tuple[float, float]) -> str:
    said = f"{possessive(a)} share went from {percent(ga[0])} to {percent(ga[1])}, {possessive(b)} from "
    return said + f"{percent(gb[0])} to {percent(gb[1])}"


def possessive(name: str) -> str:
    return f"{name}'" if name.endswith("s") else f"{name}'s"


def percent(share: float) -> str:
    """A share with the decimals that tell small ones apart (0.12%, not 0.1%)."""
    return f"{share:.2%}" if share < 0.01 else f"{share:.1%}"


def periods_text(topic: str, rows: list[tuple[str, int, int]], periods: list[list[str]], span: tuple[str, str]) -> str:
    """Two periods' papers on a topic (`rows`: label, papers, all the digests' papers), each as a share of
    all the papers first seen then (the digests list more in some months), and which share was higher."""
    (l1, c1, t1), (l2, c2, t2) = rows
    said = "; ".join(
        f"{label}: {c} paper{'s' if c != 1 else ''} of the digests' {t:,}" + (f" ({c / t:.1%})" if t else "")
        for label, c, t in rows
    )
    head = f"Papers using or studying {topic}, by the day each first appeared in the digests: {said}."
    runs = f"the digests run from {span[0]} to {span[1]}"
    if not (t1 and t2):
        return f"{head} The digests hold no paper from {l1 if not t1 else l2} ({runs}), so the two cannot be weighed."
    s1, s2 = c1 / t1, c2 / t2
    high, low = (l2, l1) if s2 > s1 else (l1, l2)
    same = max(s1, s2) <= min(s1, s2) * SHARE_STEP
    verdict = (
        f"Its share was about the same in {l1} and {l2}" if same else f"Its share was higher in {high} than in {low}"
    )
    if (c2 > c1) != (s2 > s1) and c1 != c2:
        verdict += f", though {l1 if c1 > c2 else l2} has more of its papers: the digests list more papers then"
    cut = [
        label for (since, until), (label, _, _) in zip(periods, rows, strict=True) if since < span[0] or until > span[1]
    ]
    if cut:
        verdict += f" ({runs}, so {' and '.join(cut)} {'is' if len(cut) == 1 else 'are'} only partly covered)"
    return f"{head} {verdict}."


def trending_text(rises: list[Any], cites: list[list[int]], window: tuple[str, int], baseline: tuple[str, int]) -> str:
    """The rising phrases, one line each with its papers and share in both spans and its cited papers."""
    (label, n1), (base, n0) = window, baseline
    head = (
        f"Topics whose share of the digests' papers rose the most from {base} ({n0:,} papers) to {label} "
        f"({n1:,} papers), among the words and phrases that at least three titles of {label} use:"
    )
    if not rises:
        return f"No word or phrase of the titles of {label} rose by half or more over {base}: nothing is trending."
    lines = [head]
    for r, numbers in zip(rises, cites, strict=True):
        cited = " ".join(f"[{n}]" for n in numbers)
        lines.append(
            f"- **{r.term}**: {r.baseline} paper{'s' if r.baseline != 1 else ''} ({r.baseline_share:.1%}) in {base}, "
            f"{r.window} ({r.window_share:.1%}) "
            f"in {label} {cited}"
        )
    return "\n".join(lines)


def no_trending_text(label: str, found: int, first: str, last: str) -> str:
    if not found:
        return f"The digests hold no paper from {label}: they run from {first} to {last}."
    return (
        f"The digests begin on {first}, so nothing comes before {label} to weigh it against: which topics "
        "were trending then cannot be told from them."
    )


def series_text(
    series: dict[str, dict[str, int]], firsts: list[tuple[str, int, Any, str]], totals: dict[str, int] | None = None
) -> str:
    """Two topics' papers per month, one line each with its total, busiest month and change of share,
    then which led in more months and each one's first paper (`firsts`: topic, citation number, paper, date);
    opened by which has more papers in all, what "which is more popular, X or Y?" asks first."""
    lines = [line] if (line := more_papers(series)) else []
    lines.append("Papers using or studying each, per month, by the month each paper first appeared:")
    for name, counts in series.items():
        total = sum(counts.values())
        if not total:
            lines.append(f"- **{name}**: no paper in the digests names it.")
            continue
        peak = max(counts, key=lambda m: (counts[m], m))
        row = ", ".join(f"{m}: {c}" for m, c in counts.items())
        moved = share_change(counts, totals or {})
        lines.append(
            f"- **{name}** ({total} paper{'s' if total != 1 else ''}): {row} (busiest {peak}, {counts[peak]})"
            + (f"; {moved}" if moved else ".")
        )
    (a, ca), (b, cb) = list(series.items())[:2]
    ahead = sum(ca[m] > cb[m] for m in ca), sum(cb[m] > ca[m] for m in cb)
    if sum(ca.values()) and sum(cb.values()):
        led = f"{a} has more papers than {b} in {ahead[0]} of {len(ca)} months, {b} more than {a} in {ahead[1]}."
        lines.append(led[0].upper() + led[1:])
    if faster := faster_text(series, totals or {}):
        lines.append(faster)
    if firsts:
        lines.append(
            "The first to appear: " + "; ".join(f"on {t}, {p.title} ({d}) [{n}]" for t, n, p, d in firsts) + "."
        )
    return "\n".join(lines)


NO_CITATION_GRAPH = (
    "The digests record no citations between papers, so these are the papers whose summaries use or study it, "
    "the closest they come to citing it."
)
UNRANKED = (
    "The digests do not rank these methods against each other, so none is called the best here; "
    "these are the papers' own methods for it."
)
# A sentence stating a limitation, a challenge or an open problem ("… remains unclear", "the limitations of
# existing speculative decoding methods", "struggle with", "suffers from"); lower case, so a name ("ARC-Challenge")
# is none, and no part of a network ("a bottleneck layer").
LIMIT_CUE_RE = re.compile(
    r"(?<![\w-])(?:limitations?|challenges?(?!-)|open\s+(?:problems?|questions?|issues?)|future\s+(?:work|research|directions?)"
    r"|shortcomings?|drawbacks?|weakness(?:es)?|flaws?|pitfalls?|failure\s+modes?|fail(?:s|ed)?\s+to|struggl(?:e|es|ed|ing)"
    r"|suffer(?:s|ed|ing)?\s+from|bottlenecks?(?!\s+(?:layers?|modules?|dimensions?|features?|tokens?|architectures?))"
    r"|instabilit(?:y|ies)|unstable|vulnerable\s+to|vulnerabilit(?:y|ies)\s+(?:to|in|of)|risks?|hinder(?:s|ed|ing)?|issues?|lack(?:s|ing)?"
    r"|lag(?:s|ged)?\s+behind|unsolved|unresolved|underexplored"
    r"|remain(?:s|ed)?\s+(?:an?\s+)?(?:open|unclear|challenging|difficult|limited|poor|elusive|hard|problematic|costly"
    r"|challenge|bottleneck|unsolved|unresolved|underexplored|unexplored))(?![\w-])"
)
# The digest's own note on what a summary leaves out ("the paper does not explicitly state …", "lacks details
# on …"): no limitation of the work; a sentence is read only up to it.
SUMMARY_CAVEAT_RE = re.compile(
    r"\b(?:does|do|did)\s+not\s+(?:\w+\s+)?(?:state|specify|provide|mention|detail|report|describe|discuss|include"
    r"|clarify|elaborate|quantify|give|present|explain)\b|\b(?:seems?\s+to\s+)?lacks?\s+(?:clear\s+|specific\s+"
    r"|explicit\s+|sufficient\s+|further\s+)?(?:details?|information|specifics|clarity|description|discussion)\b"
    r"|\b(?:details?|specifics|information)\s+(?:on|about|of)\b[^.]*\b(?:not|missing|absent|unclear|lacking)\b"
    r"|\bnot\s+(?:explicitly\s+|clearly\s+)?(?:stated|specified|provided|mentioned|detailed|reported|described)\b",
    re.I,
)
# A sentence saying how the work is done ("The methodology uses … to target these weaknesses") states no limit.
METHOD_SENTENCE_RE = re.compile(
    r"^\W*(?:(?:[ivx]{1,4}|[a-e])\)\s*)?(?:the\s+)?(?:key\s+|proposed\s+|main\s+|core\s+|research\s+)?"
    r"(?:methodology|method|approach)\s+(?:uses|used|involves|involved|employs|employed|combines|consists|applies|leverages)\b",
    re.I,
)
# A follow-up question a digest appends ("What are the limitations of …?") states nothing.
DIGEST_QUESTION_RE = re.compile(r"^\W*(?:\d+[.)]\s*)?(?:what|how|which|why|can|could|does|do|will|would)\b", re.I)


def states_limitation(sentence: str) -> bool:
    """Whether a summary sentence states a limitation, challenge or open problem (of the work, or of what
    it sets out to overcome), read up to any note of the digest's own on what the summary leaves out."""
    if sentence.rstrip().endswith("?") or DIGEST_QUESTION_RE.match(sentence) or METHOD_SENTENCE_RE.match(sentence):
        return False
    caveat = SUMMARY_CAVEAT_RE.search(sentence)
    said = sentence[: caveat.start()] if caveat else sentence
    return any(m.group(0)[0].islower() or m.start() == 0 for m in LIMIT_CUE_RE.finditer(said))


def limitation_sentence(paper: Paper, on_topic: Any) -> tuple[str, bool]:
    """(the summary sentence stating a limitation or challenge, whether it names the topic itself): of the
    sentences stating one, those naming the topic (`on_topic`, a test on a sentence) first, then the earliest;
    ("", False) when none states one."""
    stating = [s for s in sentences(paper.summary) if states_limitation(s)]
    if not stating:
        return "", False
    named = [s for s in stating if on_topic(s)]
    return neutralise((named or stating)[0]), bool(named)


def limitations_text(topic: str, total: int, numbered: list[tuple[int, Paper, str]], filtered: str = "") -> str:
    """Per paper on the topic, its sentence stating a limitation or challenge; said plainly when none does."""
    papers = f"{total} paper{'s' if total != 1 else ''}"
    if not numbered:
        use = "uses or studies" if total == 1 else "use or study"
        whose = "its summary does not say" if total == 1 else "none of their summaries says"
        return (
            f"No paper in the digests on {topic}{filtered} states a limitation, challenge or open problem: "
            f"{papers} {use} it, and {whose} what is still hard about it."
        )
    count = len(numbered)
    state = "states" if count == 1 else "state"
    head = (
        f"Of the {papers} in the digests on {topic}{filtered}, {count} {state} a limitation, challenge or open "
        f"problem; each paper's own sentence:"
    )
    return "\n".join([head, *(bullet(n, p, s) for n, p, s in numbered)])


NO_CITATION_COUNTS = (
    "The digests hold no citation counts (nor GitHub stars or downloads), so they cannot tell which paper is cited "
    "most; they list each paper with its summary, authors, day and links."
)


def no_importance(topic: str) -> str:
    """Why no paper is named the most important: the digests hold nothing that ranks papers."""
    ask = f' Ask "which papers study {topic}?" for every paper on it.' if topic else ""
    return (
        "The digests do not rank papers by importance or influence (they hold no citation counts, reviews or "
        f"awards), so none is picked as the most important.{ask}"
    )


def no_affiliations(org: str) -> str:
    return (
        f"The digests do not record the authors' affiliations, so they cannot tell which papers come from {org}; "
        "they list each paper with its title, summary, authors (names or Hugging Face handles), day and links. "
        "Ask by topic, or by an author's name as the digests write it."
    )


def each_filter_text(each: list[tuple[str, int]]) -> str:
    """Which filter leaves so few: each one alone with its count ("459 fall between …, 7 carry a code link")."""
    return " Of all the papers, " + ", ".join(f"{n:,} {said}" for said, n in each) + "." if len(each) > 1 else ""


def no_paper_passes(filtered: str, each: list[tuple[str, int]]) -> str:
    """No paper at all passes the filters of a question with no topic; `each`, each filter alone and its count."""
    return f"No paper in the digests matches the filters:{filtered}." + each_filter_text(each)


def category_head(count: int, filtered: str, note: str) -> str:
    """A category list's head: how many papers the filters let through, then how few carry a category at all."""
    plural = "s" if count != 1 else ""
    return f"{count} paper{plural} in the digests match{'es' if count == 1 else ''} the filters:{filtered}. {note}"


def categories_note(carrying: int, total: int, counts: list[tuple[str, int]]) -> str:
    """ "The digests give a category to only 27 of their 4,894 papers: Multimodal (13), …"."""
    named = ", ".join(f"{name} ({n})" for name, n in counts)
    return f"The digests give a category to only {carrying:,} of their {total:,} papers" + (
        f": {named}." if named else "."
    )


def agreeing(said: str, count: int) -> str:
    """A plural verb phrase said of one paper: "are in X" → "is in X", "carry a code link" → "carries …"."""
    if count != 1:
        return said
    verb, _, rest = said.partition(" ")
    single = {"are": "is", "fall": "falls", "carry": "carries", "match": "matches"}.get(verb, verb)
    return f"{single} {rest}".strip()


def lab_head(lab: str, families: tuple[str, ...], count: int) -> str:
    """The opening of a lab's papers, with how they were told apart: the digests record no affiliations."""
    models = f" or its {' and '.join(families)} models" if families and families != (lab,) else ""
    these = f"these {count} papers are" if count != 1 else "this paper is"
    return (
        f"The digests do not record the authors' affiliations, so {these} {lab}'s as inferred from titles naming "
        f"{lab}{models} as their subject, summaries saying {lab} presents the work, or {lab} listed as an "
        "author; others' papers about its models are left out."
    )


def lab_among_head(lab: str, families: tuple[str, ...], count: int, listed: int) -> str:
    """The opening of the papers of a topic's list that are a lab's, told as `lab_head` tells them."""
    models = f" or its {' and '.join(families)} models" if families and families != (lab,) else ""
    these = f"these {count} are" if count != 1 else "this one is"
    return (
        f"The digests do not record the authors' affiliations; of the {listed} papers on the topic, {these} {lab}'s "
        f"as inferred from titles naming {lab}{models} as their subject, summaries saying {lab} presents the work, or "
        f"{lab} listed as an author."
    )


def none_of_lab(lab: str, listed: int) -> str:
    """No paper of a topic's list is told as the lab's by what the digests hold: said so, nothing cited."""
    return (
        f"The digests do not record the authors' affiliations, and none of the {listed} papers on the topic has a "
        f"title naming {lab} or its models as its subject, a summary saying {lab} presents the work, or {lab} listed "
        f"as an author, so the digests cannot say which of them come from {lab}."
    )


def affiliation_note(org: str) -> str:
    return (
        f"The digests do not record the authors' affiliations, so these papers are on the topic from any lab, "
        f"not only from {org}."
    )


def corpus_text(count: int, days: Sequence[str], counts: dict[str, int], filtered: str = "") -> str:
    span = f"on {days[0]}" if len(days) == 1 else f"on {len(days)} digest days from {days[0]} to {days[-1]}"
    # the one day is said once: "33 papers reached the digests on 2025-06-10", not "…, on 2025-06-10"
    said = f"{filtered}, {span}" if span.strip() not in filtered else filtered
    head = f"{count:,} paper{'s' if count != 1 else ''} reached the digests{said}"
    if len(counts) < 2:
        return head + "."
    series = ", ".join(f"{m}: {c}" for m, c in counts.items())
    return f"{head}; by the month they first appeared, {series}."


def day_papers_text(day: str, numbered: list[tuple[int, Paper, str]], which: str = "newest") -> str:
    count = len(numbered)
    head = f"{count} paper{'s' if count != 1 else ''} reached the digests on {day}, the {which} day they hold."
    return "\n".join([head, *(bullet(n, p, s) for n, p, s in numbered)])


PAPER_KINDS_SAID = {"data": "a benchmark or data set", "survey": "a survey"}


def no_kind_text(topic: str, kind: str, named: int, filtered: str) -> str:
    """Papers name the topic, but none of them is the kind of paper asked for (`paper_kinds`)."""
    if kind == "data":
        made, not_made = "introduces a benchmark or data set on it", "introduces no benchmark or data set on it"
    else:
        made, not_made = "is a survey of it", "is no survey of it"
    if named == 1:
        return f"1 paper in the digests{filtered} names {topic}, but it {not_made}."
    return f"{named:,} papers in the digests{filtered} name {topic}, but none of them {made}."


def loose_words(form: str) -> list[str]:
    """A concept form's stems, whatever its marker says of their order or place ("&a b", "%a b", "^n|a b")."""
    body = form[1:] if form[:1] in "&%~+^" else form
    return body.replace("|", " ").split()


def loosely_named(concept: list[str], docs: Sequence[str]) -> np.ndarray:
    """Papers writing the concept's words in any order and place (each in one of its forms): looser than
    `concept_hits`, which reads a phrase as a phrase ("weather" … "forecasts" for "weather forecasting")."""
    forms = [w for w in (loose_words(f) for f in concept) if w]
    hit = (any(all(f" {w} " in d for w in ws) for ws in forms) for d in docs)
    return np.fromiter(hit, dtype=bool, count=len(docs))


def concept_phrases(concepts: list[list[str]], typed: Sequence[str]) -> list[str]:
    """Each concept as the question typed it ("weather forecasts" for ` weather forecast `): the typed words
    whose stems its first form holds, in order; its stems where the question typed none of them."""
    out = []
    for concept in concepts:
        keys = set(loose_words(concept[0]))
        words = [w for w in typed if set(stem_key(w).split()) <= keys and stem_key(w).strip()]
        out.append(" ".join(dict.fromkeys(words)) or " ".join(loose_words(concept[0])))
    return out


def listed_words(words: Sequence[str], last: str) -> str:
    """ "a", "a or b", "a, b or c" (`last` the joining word)."""
    return words[0] if len(words) == 1 else f"{', '.join(words[:-1])} {last} {words[-1]}"


def missing_text(unknown: Sequence[str], absent: Sequence[str], together: Sequence[str]) -> str:
    """What no paper writes, said plainly: the question's words no paper holds ("No paper in the digests names
    earthquake."), else its concepts no paper names, else those no paper names together; "" where none is
    given."""
    if unknown or absent:
        return f"No paper in the digests names {listed_words(list(unknown or absent), 'or')}."
    if len(together) >= 2:
        return f"No paper in the digests names {listed_words(list(together), 'and')} together."
    return ""


def written_as_name(term: str, question: str) -> bool:
    """Whether the question writes this term with a capital or a digit ("s1K", "AndroidLab"): a name."""
    m = re.search(rf"(?<![\w-]){re.escape(term)}(?![\w-])", question, re.I)
    return m is not None and any(c.isupper() or c.isdigit() for c in m.group(0))


def record_id_text(paper: Paper) -> str:
    """The lead paper's arXiv id and its page, from its record: asked for "the arXiv id of X", a summary never
    states it."""
    return (
        f"**{paper.title}** [1] has the arXiv id {paper.id} ({paper.arxiv_url or f'https://arxiv.org/abs/{paper.id}'})."
    )


def without_word_text(word: str) -> str:
    """The opening of a fact answer read without one of the question's words (`Answerer.one_short`): it names
    the word, so the reader sees what was not matched; "" for none."""
    if not word:
        return ""
    return f'No paper in the digests writes "{word}" with the rest of the question; read without it:'


def closest_line(papers: Sequence[Paper], may: bool = False) -> str:
    """The closest papers to a question nothing answers, by title and id, never cited: they do not answer it
    (`may`: papers that name all its words apart may)."""
    if not papers:
        return ""
    which = "which may not answer it" if may else "which do not answer it"
    return f"The closest papers, {which}: " + "; ".join(f"{p.title} ({p.id})" for p in papers) + "."


def empty_filter_text(topic: str, allowed: int, described: str) -> str:
    """`described` is a plural verb phrase ("match the filters: …").

    With no paper through the filters, no topic is to blame."""
    if not allowed:
        return f"No paper in the corpus {agreeing(described, 1)}."
    none = "it is not" if allowed == 1 else "none of them is"
    papers = f"{allowed} paper{'s' if allowed != 1 else ''}"
    return f"{papers} in the corpus {agreeing(described, allowed)}; {none} about {topic}."


SUMMARY_CITED = 30  # papers a period summary cites by name; beyond it, a count
UNTOLD_TITLES = 3  # titles a summary of the whole period gives for a theme without overview ("Other papers")


def none_recent(since: str, until: str, months: int) -> str:
    """Said where "what's new in X?" found nothing in its last months and answers over the whole corpus."""
    last = f"the last {months} months ({since} to {until})"
    return f"None of them is from {last}, so this covers every day the digests hold."


def theme_count(members: int, close: int) -> str:
    """A theme's papers as the head line counts them: those found by meaning only counted apart."""
    if not close:
        return f"{members} paper{'s' if members != 1 else ''}"
    matched = members - close
    if not matched:
        return f"close to it only: {close} paper{'s' if close != 1 else ''}"
    return f"{matched} paper{'s' if matched != 1 else ''}, and {close} close to it"


def summary_text(
    topic: str,
    start: str,
    end: str,
    briefing: Any,
    close: set[str],
    cite_all: bool = True,
    days: tuple[int, int] = (0, 0),
    about: str = "",
) -> str:
    """A period summary: one line per theme (the briefing's names and overviews), every paper of a
    topic's summary cited, those found by meaning only marked as such and counted apart, so the themes
    add up to the head line's count. `days`: (weekdays with a digest, weekdays) where some lack one; `about`: what
    the papers are in place of "on TOPIC" ("by Xinchao Wang")."""
    marked = [i for i, p in enumerate(briefing.papers) if p.id in close]
    count, themes = len(briefing.papers) - len(marked), len(briefing.themes)
    period = f"from {start} to {end}" if start != end else f"on {start}"
    extra = f" (and {len(marked)} close to it)" if marked else ""
    lines = [
        f"{count} paper{'s in the digests match' if count != 1 else ' in the digests matches'}: "
        f"{about or 'on ' + topic} {period}{extra}, "
        f"in {themes} theme{'s' if themes != 1 else ''}.{days_note(*days)}"
    ]
    budget = SUMMARY_CITED
    for theme in briefing.themes:
        near = sum(1 for i in theme.members if i in marked)
        line = f"- **{theme.name}** ({theme_count(len(theme.members), near)}):"
        line += f" {theme.overview}" if theme.overview else ""
        cited = {int(n) - 1 for n in re.findall(r"\[(\d+)\]", theme.overview)}
        budget -= len(cited)
        rest = [i for i in theme.members if i not in cited]
        # a theme with no overview ("Other papers") is told by its titles, a few when not all are cited
        if (cite_all or not theme.overview) and rest:
            shown = rest[: max(budget if cite_all else min(budget, UNTOLD_TITLES), 0)]
            budget -= len(shown)
            if shown:
                titles = "; ".join(f"{briefing.papers[i].title} [{i + 1}]" for i in shown)
                line += f" Also: {titles}." if theme.overview else f" {titles}."
            if len(rest) > len(shown):
                line += f" And {len(rest) - len(shown)} more."
        lines.append(line)
    if marked:
        refs = " ".join(f"[{i + 1}]" for i in marked)
        one = len(marked) == 1
        lines.append(
            f"{'Paper' if one else 'Papers'} {refs} {'does' if one else 'do'} not name {topic} in these words; "
            f"{'it is' if one else 'they are'} the period's closest to it."
        )
    return "\n".join(lines)


# "which paper introduced X?", "what paper first proposed X": the paper X comes from, not one using it.
ORIGIN_RE = re.compile(
    r"^\s*(?:which|what)\s+(?:paper|work|study|article|publication)\s+(?:first\s+)?"
    r"(?:introduced|introduces|proposed|proposes|presented|presents|invented|created|coined)\s+(?:the\s+)?"
    r"(?P<name>[^?]+?)\s*\??\s*$",
    re.I,
)


# Lower-case words a description has and a name has not: articles, relative and comparing words (general English).
DESCRIPTION_MARK_RE = re.compile(r"(?<![\w'-])(?:a|an|the|that|which|who|whose|where|whether|than)(?![\w'-])")
DESCRIPTION_WORDS = 6


def described(asked: str) -> bool:
    """Whether "which paper proposes X?" asks X as a description ("a prompting method that writes fewer tokens
    than …", "replacing normalization layers with an element-wise tanh") rather than a name: an article, relative
    or comparing word among its lower-case words, a lower-case gerund leading three words or more, or six words
    or more mostly lower case. A paper introduces a name; a description is matched to the paper it describes."""
    words = asked.split()
    if DESCRIPTION_MARK_RE.search(asked) or (len(words) >= 3 and re.fullmatch(r"[a-z]{3,}ing", words[0])):
        return True
    return len(words) >= DESCRIPTION_WORDS and 2 * sum(w[:1].islower() for w in words) > len(words)


# What a name is called before it ("the term vibe coding", "the concept of …") and the kind of technique after it
# ("chain of draft prompting", "the GRPO approach"): general English, no part of the name.
NAMED_AS_RE = re.compile(r"^(?:the\s+)?(?:term|concept|idea|notion|phrase|word|name)\s+(?:of\s+)?", re.I)
TECHNIQUE_KINDS = r"prompting|approach|technique|strategy|paradigm|scheme|recipe|pipeline|objective|loss"


def origin_names(name: str, acronyms: dict[str, str]) -> list[str]:
    """The names the asked thing goes by: as asked, without a qualifier after its kind ("the Muon optimizer at
    scale" → "Muon optimizer"), without a trailing kind ("the HLE benchmark" → "HLE"), and each one's spelled-out
    form where it is an acronym the corpus defines."""
    names = [name]
    if (named := NAMED_AS_RE.sub("", name)) != name:  # "the term vibe coding" is "vibe coding"
        names.append(named)
    head = re.sub(rf"^(.*?\b(?:{ARTEFACT})s?)\s+(?:at|for|in|on|with|across|under)\s.*$", r"\1", names[-1], flags=re.I)
    if head != names[-1]:
        names.append(head)
    bare = re.sub(rf"\s+(?:{ARTEFACT}|{TECHNIQUE_KINDS})$", "", names[-1], flags=re.I)
    if bare != names[-1]:
        names.append(bare)
    names += [acronyms[n.lower()] for n in list(names) if acronyms.get(n.lower())]
    names += [f"the {n}" for n in list(names) if re.match(r"(?-i:[A-Z])", n)]  # a title "The AI Scientist: …"
    return list(dict.fromkeys(n for n in names if n.strip()))


# Head nouns a name modifies as "the proposed X <head>" (general English words for what a paper contributes).
OWN_HEADS = (
    ARTEFACT + r"s?|approach(?:es)?|techniques?|strateg(?:y|ies)|variants?|recipes?|pipelines?|loss(?:es)?|objectives?"
    r"|paradigms?|schemes?|training|solutions?|formulations?|extensions?|modifications?"
)


def origin_sentence(name: str, paper: Paper) -> str:
    """The summary's sentence saying the paper introduces the name itself: "introduces X, a …", "introduces a
    … called X", "introduces Words Spelled Out (X)", "X is introduced", "X, a novel …"; "" where it only uses
    X or introduces a longer name holding it ("DPO-Shift", "DeLoRA", "Critique-GRPO")."""
    # a capitalised word or a number after the name makes a longer one ("introduces SWE-bench Pro")
    word = rf"{QUOTE}(?<![\w-]){name_re(name)}(?![\w-]){QUOTE}(?!\s+(?-i:[A-Z0-9])[\w.-]*)"
    # "the proposed GRPO approach": the paper proposes an approach built on the name, not the name
    adjective = re.compile(
        rf"\b(?:the|a|an|our|this|their)\s+(?:proposed|introduced|presented|developed)\s+{word}\s+(?:{OWN_HEADS})\b",
        re.I,
    )
    introducing = re.compile(
        rf"\b{INTRODUCES}\s+(?:(?:the\s+)?{word}|(?:a|an|the)\s+[^.;()]{{0,80}}?,?\s+(?:called|named|termed|dubbed)\s+"
        rf"{word}|(?:the\s+)?(?:(?-i:[A-Z])[\w'-]*\s+){{1,7}}\(\s*{word}\s*\))"
        rf"|(?:^|[.!?]\s+)\W*{word},?\s+(?:is|was)\s+(?:introduced|proposed|presented)\b"
        rf"|{word},\s+(?:a|an)\s+(?:new|novel)\b",
        re.I,
    )
    return next((s for s in sentences(paper.summary) if introducing.search(adjective.sub(" ", s))), "")


def writes(name: str, text: str) -> bool:
    """Whether the text writes the name whole, in any case, hyphenation or number ("multi-head latent
    attention"); a name with two capitals ("CLIP", "MultiPref") written with capitals too, so that "video clips"
    is not CLIP and "MULTIPREF" is MultiPref."""
    if len(re.findall(r"[A-Z]", name)) < 2:
        return stem_key(name) in stem_key(text)
    found = re.finditer(rf"(?<![\w-]){name_re(name)}s?(?![\w-])", text, re.I)
    return any(not m[0].islower() for m in found)


def naming_sentence(names: Sequence[str], paper: Paper) -> str:
    """The paper's first summary sentence writing one of the names whole, else its title where that does, else ""."""
    said = [*sentences(own_text(paper.summary)), paper.title]
    return next((s for s in said if any(writes(n, s) for n in names)), "")


def origin_text(name: str, paper: Paper, sentence: str) -> str:
    """The paper that introduces the name, and its own sentence saying so."""
    return f"**{paper.title}** ({paper.date}) [1] introduces {name}: {LABEL_RE.sub('', sentence, count=1)}"


def no_origin_text(name: str, start: str, earliest: Paper | None, sentence: str) -> str:
    """No paper of the digests introduces the name (it is older, or its paper is not among them); the earliest
    that names it shows since when they use it."""
    text = f"The digests hold no paper that introduces {name} (they start {start}; it may predate them)."
    if earliest is None:
        return text
    said = f": {LABEL_RE.sub('', sentence, count=1)}" if sentence else "."
    return f"{text} The earliest that names it is **{earliest.title}** ({earliest.date}) [1]{said}"

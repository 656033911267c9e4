"""A name a question writes → the digests' authors it means: the name as listed, the full names sharing a
surname written alone ("papers by Bengio"), or the one listed name a misspelt name is a letter or two from
("papers by Sergey Levin"). Author keys are the digests' names in lower case (`Answerer.author_names`)."""

from __future__ import annotations

import re
from collections.abc import Mapping

from rapidfuzz import process
from rapidfuzz.distance import OSA

from rag import english
from rag.affiliation import KNOWN_ORG_RE, ORG_SUFFIX_RE
from rag.bibtex import fold

SURNAME_MIN = 3  # "He", "Li": a surname this short names too many people to be asked alone
NAME_DF = 3  # a word this many papers write in their text ("Google", "Meta", "Long") is read as that word
LONG_NAME = 12  # from this length a misspelt name may be two edits away, below it one
TOPIC_DF = 10  # a word this many papers write ("Deep", "Long", "Research") reads as a topic, even in a name
SURNAME_HANDLE = 5  # a surname alone read as one person's handle ("muennighoff") from this length ("dao" is not)


# Tables per author index, kept with the index itself: an id alone could be reused by a later index.
_SURNAMES: dict[int, tuple[Mapping[str, int], dict[str, list[str]]]] = {}


def surnames(authors: Mapping[str, int]) -> dict[str, list[str]]:
    """Folded surname → the listed full names (two words or more) ending in it, most papers first."""
    cached = _SURNAMES.get(id(authors))
    if cached is None or cached[0] is not authors:
        table: dict[str, list[str]] = {}
        for name in sorted(authors, key=lambda n: (-authors[n], n)):
            words = name.split()
            if len(words) >= 2:
                table.setdefault(fold(words[-1]), []).append(name)
        cached = _SURNAMES[id(authors)] = (authors, table)
    return cached[1]


def one_person(names: list[str]) -> list[str]:
    """Names that fold alike ("Éric de la Clergerie", "Eric de la Clergerie") are one person: the first kept."""
    seen: dict[str, str] = {}
    for name in names:
        seen.setdefault(fold(name), name)
    return list(seen.values())


def by_surname(span: str, authors: Mapping[str, int], vocab: Mapping[str, int]) -> list[str]:
    """The listed full names whose surname a capitalised word written alone is; [] for a word the papers'
    titles and summaries use (`vocab`: papers per word), which names an organisation or a thing as often."""
    word = span.strip()
    if " " in word or len(word) < SURNAME_MIN or not word[:1].isupper() or vocab.get(word.lower(), 0) >= NAME_DF:
        return []
    return one_person(surnames(authors).get(fold(span), []))


def nearest(span: str, authors: Mapping[str, int]) -> str:
    """The one listed full name a capitalised name of two words or more is closest to, within one edit (two
    for a long name); "" when none is, or when two names are as close."""
    words = span.split()
    if len(words) < 2 or not all(w[:1].isupper() for w in words):
        return ""
    low = span.lower()
    cutoff = 2 if len(low) >= LONG_NAME else 1
    found = process.extract(low, [n for n in authors if " " in n], scorer=OSA.distance, score_cutoff=cutoff, limit=2)
    if not found or (len(found) == 2 and found[1][1] == found[0][1] and fold(found[1][0]) != fold(found[0][0])):
        return ""
    return str(found[0][0])


def other_person(span: str, listed: str, authors: Mapping[str, int]) -> bool:
    """A name an edit from a listed one is someone else when its surname differs and is itself a surname the
    digests list ("Tri Dao" is not "Tri Cao": Dao is Alan Dao's surname); a surname nobody has is a typo
    ("Yoshua Bengoi")."""
    asked, near = fold(span.split()[-1]), fold(listed.split()[-1])
    return asked != near and asked in surnames(authors)


def misspelt(span: str, authors: Mapping[str, int]) -> str:
    """The listed full name a name misspells: the nearest one, unless the name is another person's."""
    near = nearest(span, authors)
    return "" if not near or other_person(span, near, authors) else near


def namesake(span: str, authors: Mapping[str, int]) -> str:
    """The listed full name an unlisted person's name is an edit from ("Tri Dao" → "tri cao"), to suggest,
    never to answer with; "" when none is."""
    near = nearest(span, authors)
    return near if near and other_person(span, near, authors) else ""


def person_name(span: str, authors: Mapping[str, int], vocab: Mapping[str, int]) -> bool:
    """Two or three capitalised words that read as a person's name although no paper lists it ("Chelsea
    Finn"): each word is written in a listed author's name or rare in the papers' text, none is a word the
    papers use often ("Hugging Face", "Large Language Models"), a lab's name or an organisation word."""
    words = span.split()
    if not 2 <= len(words) <= 3 or not all(re.fullmatch(r"[A-Z][^\W\d_]*(?:['-][^\W\d_]+)*\.?", w) for w in words):
        return False
    listed = name_words(authors)
    for word in words:
        low = fold(word.rstrip(".")).lower()
        if KNOWN_ORG_RE.match(low) or ORG_SUFFIX_RE.match(low) or vocab.get(low, 0) >= TOPIC_DF:
            return False
        if low not in listed and vocab.get(low, 0) >= NAME_DF:
            return False
    return True


_NAME_WORDS: dict[int, tuple[Mapping[str, int], frozenset[str]]] = {}


def name_words(authors: Mapping[str, int]) -> frozenset[str]:
    """The folded words of every listed author name."""
    cached = _NAME_WORDS.get(id(authors))
    if cached is None or cached[0] is not authors:
        cached = _NAME_WORDS[id(authors)] = (authors, frozenset(fold(w) for n in authors for w in n.split()))
    return cached[1]


_HANDLES: dict[int, tuple[Mapping[str, int], tuple[dict[str, str], dict[str, int]]]] = {}


def handles(authors: Mapping[str, int]) -> tuple[dict[str, str], dict[str, int]]:
    """(folded one-word names, the listed handles such as "gneubig"; how many listed full names share each
    first initial and surname, "gneubig" → 1)."""
    cached = _HANDLES.get(id(authors))
    if cached is None or cached[0] is not authors:
        one = {fold(n): n for n in authors if " " not in n}
        initials: dict[str, int] = {}
        for name in authors:
            words = name.split()
            if len(words) >= 2:
                key = fold(words[0])[:1] + fold(words[-1])
                initials[key] = initials.get(key, 0) + 1
        cached = _HANDLES[id(authors)] = (authors, (one, initials))
    return cached[1]


def surname_handle(name: str, authors: Mapping[str, int]) -> str:
    """The one-word handle a full name's surname alone is ("Niklas Muennighoff" → "muennighoff"), when that
    surname is rare enough to stand for one person: this long or more, no listed full name of someone else ends
    in it, and no English word or given name the dictionary holds ("Elliott" is as likely someone's first
    name); "" otherwise."""
    words = name.split()
    if len(words) < 2:
        return ""
    key = fold(words[-1])
    one, _ = handles(authors)
    others = [n for n in one_person(surnames(authors).get(key, [])) if fold(n) != fold(name)]
    if len(key) < SURNAME_HANDLE or key not in one or others or english.is_english(key, english.words()):
        return ""
    return one[key]


def with_handle(name: str, authors: Mapping[str, int]) -> list[str]:
    """The name and the handles the digests list the same person by: its first initial and surname run
    together ("Graham Neubig" → "gneubig"), when no other listed full name gives that handle, and its rare
    surname alone (`surname_handle`). (A handle of the whole name, "mohitbansal", folds to the name itself and
    needs no look-up.)"""
    words = name.split()
    if len(words) < 2:
        return [name]
    one, initials = handles(authors)
    key = fold(words[0])[:1] + fold(words[-1])
    found = [name, one[key]] if key in one and initials.get(key) == 1 else [name]
    return found + [h for h in [surname_handle(name, authors)] if h and h not in found]


def whole_handle(span: str, authors: Mapping[str, int]) -> str:
    """The one-word handle an unlisted name of two words or more is, folded ("Tri Dao", "tri_dao" → "tridao");
    a name whose folded form differs ("Tri Cao") is never matched; "" when none is listed."""
    if len(span.split()) < 2:
        return ""
    return handles(authors)[0].get(fold(span), "")


def initial_word(word: str) -> bool:
    return len(word.rstrip(".")) == 1


def longer_names(span: str, authors: Mapping[str, int]) -> list[str]:
    """The listed full name an unlisted name of two words or more is the end of ("Lisa Li" → "xiang lisa li")
    or is without its middle initials ("Adam Stewart" → "adam j. stewart"); [] when no listed name is, or when
    two people's are ("Huu Nguyen": Thien Huu Nguyen and Huy Huu Nguyen)."""
    asked = [fold(w) for w in span.split()]
    if len(asked) < 2:
        return []
    found = []
    for name in surnames(authors).get(asked[-1], []):
        words = name.split()
        tail = len(words) > len(asked) and [fold(w) for w in words[-len(asked) :]] == asked
        bare = [fold(w) for w in words if not initial_word(w)] == asked and len(words) > len(asked)
        if tail or bare:
            found.append(name)
    people = one_person(found)
    return people if len(people) == 1 else []


def resolve(span: str, authors: Mapping[str, int], vocab: Mapping[str, int], loose: bool = True) -> list[str]:
    """The listed authors a name in a question means, in lower case: itself, or (`loose`) its surname's full
    names, the longer name or handle it is listed by, or the name it misspells; each with its handles; [] when
    it is no author's."""
    if span.lower() in authors:
        found = [span.lower()]
    elif not loose:
        return []
    else:
        found = by_surname(span, authors, vocab) or unlisted_forms(span, authors, vocab)
        found = found or [m for m in [misspelt(span, authors)] if m]
    return [h for name in found for h in with_handle(name, authors)]


def unlisted_forms(span: str, authors: Mapping[str, int], vocab: Mapping[str, int]) -> list[str]:
    """The listed forms of a full name no paper writes as asked: the longer name it ends ("Lisa Li"), the one-word
    handle it folds to ("tridao"), or its rare surname as a handle ("Muennighoff") where the papers' text does
    not use that word."""
    words = span.split()
    if len(words) < 2 or not all(w[:1].isupper() for w in words):
        return []
    found = longer_names(span, authors) + [h for h in [whole_handle(span, authors)] if h]
    if not found and vocab.get(words[-1].lower(), 0) < NAME_DF:
        found = [h for h in [surname_handle(span, authors)] if h]
    return found

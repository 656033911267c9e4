"""What a chat turn asks of the reply rather than of the digests: the language to answer in ("summarize them in
French", "in German please", "en français", "用中文回答") and the words that correct the turn before ("no, I
meant X", "sorry, only from 2025", "not A, B", "X instead").

Both are read before the question is understood, so their words never become topic words. The word lists
are general language knowledge: the names of common languages in English and in their own tongue, and the
openers English speakers correct themselves with.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Each language under its English name, its own and the names the chat's other languages give it.
LANGUAGE_NAMES: dict[str, tuple[str, ...]] = {
    "English": ("english", "anglais", "englisch", "inglés", "ingles", "英文", "英语"),
    "French": ("french", "français", "francais", "französisch", "francés", "frances", "法语", "法文"),
    "German": ("german", "deutsch", "allemand", "alemán", "aleman", "德语", "德文"),
    "Spanish": ("spanish", "español", "espanol", "espagnol", "spanisch", "西班牙语"),
    "Chinese": ("chinese", "mandarin", "chinois", "chinesisch", "chino", "中文", "汉语", "漢語", "普通话"),
    "Italian": ("italian", "italiano", "italien", "italienisch"),
    "Portuguese": ("portuguese", "português", "portugues", "portugais", "portugiesisch", "portugués"),
    "Japanese": ("japanese", "japonais", "japanisch", "japonés", "日本語", "日语"),
    "Korean": ("korean", "coréen", "koreanisch", "coreano", "한국어", "韩语"),
    "Russian": ("russian", "russe", "russisch", "ruso", "русском", "русский"),
    "Dutch": ("dutch", "nederlands", "néerlandais", "niederländisch"),
    "Arabic": ("arabic", "arabe", "arabisch", "árabe", "العربية"),
    "Hindi": ("hindi", "हिंदी"),
    "Turkish": ("turkish", "türkçe", "turc", "türkisch", "turco"),
    "Polish": ("polish", "polski", "polonais", "polnisch"),
    "Vietnamese": ("vietnamese", "tiếng việt", "vietnamien"),
}
_NAMES = {n: lang for lang, names in LANGUAGE_NAMES.items() for n in names}
_NAME_RE = "|".join(sorted(map(re.escape, _NAMES), key=len, reverse=True))
_POLITE = r"(?:please|pls|plz|thanks|thank\s+you|s'il\s+(?:te|vous)\s+pla[iî]t|bitte|por\s+favor|请|谢谢)"
_END = rf"(?:[\s,]+(?:{_POLITE}|only|language))*\s*[?.!。？！]*\s*$"
# Verbs that ask for the reply itself, so "answer in French" or "translate that into German" asks nothing of the
# digests but its language; those that also name other things ("give", "write") count only with the reply as object.
_OBJECT = r"(?:it|that|this|them|those|these|me|us|the\s+answer|your\s+answer|the\s+reply|everything|all)"
_REPLY_VERB = (
    r"(?:(?:can|could|would|will)\s+you\s+|please\s+|pls\s+)*"
    rf"(?:(?:answer|reply|respond|speak)(?:\s+{_OBJECT})*"
    rf"|(?:write|say|tell|translate|repeat|redo|give|put)(?:\s+{_OBJECT})+)\s+"
)
# "in French" after the question, "en français" or "auf Deutsch" anywhere at its end, "用中文" in Chinese.
_AFTER_RE = re.compile(
    rf"(?P<verb>{_REPLY_VERB})?\b(?P<prep>in|into|to|en|auf|em|in\s+lingua|на|用)\s*(?P<lang>{_NAME_RE})"
    rf"(?:\s*(?:回答|回复|答复|说|写))?{_END}",
    re.I,
)
_CJK_RE = re.compile(rf"(?:请)?用(?P<lang>{_NAME_RE})(?:回答|回复|答复|说|写)?{_END}")
# What may stand before a request that is the whole turn: "ok, in French please", "and now in German".
_OPENING_RE = re.compile(rf"^\W*(?:(?:ok(?:ay)?|now|so|then|please|{_POLITE}|can\s+you|could\s+you)\W+)*$", re.I)
# A question that ends before the request ("who wrote it? in French"), or its object named ("summarize them
# in French"): the request asks of the reply, not of papers written in that language.
_BEFORE_RE = re.compile(r"(?:[?.!,;:。？！]|\b(?:it|them|that|this|those|these|everything|all))\s*$", re.I)


def answer_language(question: str) -> tuple[str, str]:
    """(the question without a request for the answer's language, the language's English name); (question,
    '') when it makes none. "papers on speech recognition in Chinese" asks for papers, not a reply in
    Chinese, and so does "and in French?" (it may narrow the list before): only a request that stands
    alone, that a reply verb opens ("answer in French"), or that follows what is asked ("summarize them in
    French", "who wrote it? in French") is one; in the chat's other languages ("en français"), only alone or
    after the question's end."""
    m = _CJK_RE.search(question) or _AFTER_RE.search(question)
    if not m:
        return question, ""
    before = question[: m.start()]
    alone = bool(_OPENING_RE.match(before))
    if m.re is _CJK_RE or m.group("prep").lower() not in ("in", "into", "to"):
        # "en français" ends a request, but "… en chino" in a Spanish question may be what the papers are about
        asks = alone or bool(re.search(r"[?.!,;:。？！]\s*$", before))
    else:
        asks = alone or bool(m.group("verb")) or bool(_BEFORE_RE.search(before))
    if asks:
        rest = "" if alone else before.strip().rstrip(",;:").strip()
        return rest, _NAMES[m.group("lang").lower()]
    return question, ""


# "and in French?", "and now in Spanish?", "what about in German?": a language alone after a word that adds to the
# turn before.
AND_LANGUAGE_RE = re.compile(
    r"^\W*(?:and|but|so|(?:what|how)\s+about)(?:\s+(?:now|then))?(?:\s+(?:answer|reply))?\s+(?=(?:in|into)\s)", re.I
)


def language_follow(turn: str) -> str:
    """The language "and in French?" names when the turn says nothing else; '' otherwise. It asks for the answer's
    language after a prose answer and narrows a list to papers about that language: the caller knows which."""
    m = AND_LANGUAGE_RE.match(turn)
    if not m:
        return ""
    rest, language = answer_language(turn[m.end() :])
    return language if language and not rest else ""


def language_note(language: str) -> str:
    """The one line an extractive answer opens with when another language was asked for."""
    return (
        f"(Asked for {language}: offline answers are in English, built from the digests' own sentences; with an "
        f"LLM backend configured (RAG_LLM), the answer is written in {language}.)"
    )


# Openers English speakers correct what they just asked with: "no, I meant", "actually", "sorry", "rather",
# "I meant", "make that", "scratch that". "no" needs its comma ("no code" is a filter) unless "I meant" follows.
_OPENERS = (
    r"(?:(?:no+|nope|nah|sorry|oops|whoops|my\s+bad|my\s+mistake|correction|wait|hmm+|er+m?|uh+|oh)\s*[,.!:;—–-]+\s*"
    r"|actually[\s,.!:;—–-]+|rather\s+(?!than\b)|(?:scratch|forget)\s+that\W+|make\s+(?:that|it)\s+"
    r"|no+\s+(?=i\s+mean))"
)
_MEANT = (
    r"i\s+(?:meant|mean|wanted|was\s+asking|was\s+thinking\s+of|asked)(?:\s+to\s+(?:ask|say|write))?"
    r"(?:\s+(?:about|for|of))?[\s,:]+"
)
CORRECTION_RE = re.compile(rf"^\W*(?:{_OPENERS}+(?:{_MEANT})?|{_MEANT})", re.I)
# "KTO instead", "KTO rather": the replacement alone, the part it replaces unsaid.
INSTEAD_END_RE = re.compile(r"[\s,]+(?:instead|rather)\s*[?.!]*\s*$", re.I)
# "not DPO, KTO", "not DPO but KTO", "KTO instead of DPO", "KTO rather than DPO": what is replaced, and by what.
NOT_BUT_RE = re.compile(r"^\W*not\s+(?P<old>[^,;]+?)\s*(?:[,;]\s*(?:but\s+)?|\s+but\s+)(?P<new>.+?)\W*$", re.I)
INSTEAD_OF_RE = re.compile(r"^\W*(?P<new>.+?)\s+(?:instead\s+of|rather\s+than)\s+(?P<old>.+?)\W*$", re.I)


@dataclass(frozen=True)
class Correction:
    """What a correcting turn says: the words meant (`new`) and, where it names it, the words they replace."""

    new: str
    old: str = ""
    opened: bool = True  # an opener says it corrects; without one only a bare phrase does ("KTO instead")


def correction(turn: str) -> Correction | None:
    """The correction a chat turn makes of the turn before ("no, I meant GRPO for vision-language models", "not
    DPO, KTO", "KTO instead"); None when it corrects nothing."""
    if m := NOT_BUT_RE.match(turn):
        return Correction(m.group("new").strip(), m.group("old").strip())
    opened = CORRECTION_RE.match(turn)
    rest = turn[opened.end() :] if opened else turn
    if m := INSTEAD_OF_RE.match(rest):
        return Correction(m.group("new").strip(), m.group("old").strip(), bool(opened))
    if (end := INSTEAD_END_RE.search(rest)) and rest[: end.start()].strip():
        return Correction(rest[: end.start()].strip(), "", bool(opened))
    if opened and rest.strip(" ?.!,"):
        return Correction(rest.strip())
    return None

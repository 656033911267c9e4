"""Constraints stated in a question's words become filters: dates ("in the week of 2025-01-20",
"from January 2025") and code ("… and have code?"). Pure functions: text in, text and values out."""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from rag.text import fold
from rag.weeks import iso_week_range, week_holding

ISO = r"(\d{4}-\d{2}-\d{2})"
MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
MONTH_RE = "|".join(MONTHS)
# Short English names and the months of the other languages a question may come in, accents folded:
# each is rewritten to its English name before the patterns below read the question.
MONTH_ALIASES = {
    **{m[:3]: m for m in MONTHS if m != "may"},
    "sept": "september",
    **dict(
        zip(
            "janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre".split(),
            MONTHS,
        )
    ),
    **dict(zip("januar februar marz april mai juni juli august september oktober november dezember".split(), MONTHS)),
    **dict(
        zip("enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(), MONTHS)
    ),
    **dict(
        zip(
            "janeiro fevereiro marco abril maio junho julho agosto setembro outubro novembro dezembro".split(),
            MONTHS,
        )
    ),
    **dict(
        zip(
            "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split(),
            MONTHS,
        )
    ),
    "março": "march",
    "maerz": "march",
    "jaenner": "january",
}
# A short or foreign month name counts as one before a year or a day ("Feb 2025", "Feb 4 and Feb 20, 2025").
ALIAS_RE = re.compile(
    r"\b(" + "|".join(sorted(MONTH_ALIASES, key=len, reverse=True)) + r")\.?"
    r"(?=\s*(?:de\s+)?\d{4}\b|\s+\d{1,2}(?:st|nd|rd|th)?\b(?![-:/.]\d))",
    re.I,
)
SPAN_CONNECTOR = r"(?:to|through|till|until|and|-|–|a|à|au|bis|hasta)"
# … and the first month of a span whose second month the line above has rewritten ("de enero a March 2025").
SPAN_ALIAS_RE = re.compile(
    r"\b(" + "|".join(sorted(MONTH_ALIASES, key=len, reverse=True)) + r")\.?"
    rf"(?=\s*{SPAN_CONNECTOR}\s+(?:{MONTH_RE})\b)",
    re.I,
)
# "the start / beginning / end of 2024 (of March)" read as "early / late 2024 (March)"
PART_WORDS = {"start": "early", "beginning": "early", "end": "late"}
# Each season's first month (meteorological: winter 2025 is December 2024 to February 2025).
SEASONS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}
SEASON_RE = "|".join(SEASONS)
# The preposition before a period in English, French, German and Spanish: stripped with the period.
PREP = r"(?:in|from|during|of|over|throughout|en|de|del|des|du|im|vom|von|seit|au|durante|entre)"
DATE_PATTERNS: list[tuple[re.Pattern, str]] = [
    (
        re.compile(
            rf"\b(?:between|from|entre|zwischen(?:\s+dem)?)\s+{ISO}\s+(?:and|to|until|et|und|y|a|bis)\s+{ISO}", re.I
        ),
        "between",
    ),
    (
        re.compile(
            rf"\b(?:(?:in|during|from|of)\s+)?(?:the\s+)?(?:week\s+(?:of|starting|beginning)|"
            rf"(?:de\s+)?la\s+semaine\s+du|(?:in\s+der\s+)?woche\s+vom|(?:de\s+)?la\s+semana\s+del)\s+{ISO}",
            re.I,
        ),
        "week_of",
    ),
    (re.compile(r"\b(?:(?:in|during|from|of)\s+)?(?:the\s+)?(?:week\s+)?(\d{4})-W(\d{1,2})\b", re.I), "iso_week"),
    (
        re.compile(
            r"\b(?:(?:in|during|from)\s+)?(?:the\s+)?(?:iso\s+)?week\s+(\d{1,2})\s*(?:of|,|in)?\s*(\d{4})\b", re.I
        ),
        "week_n",
    ),
    (re.compile(rf"\b(?:since|after|depuis|seit|desde)\s+{ISO}", re.I), "since"),
    (re.compile(rf"\b(?:until|before|avant|vor|antes\s+de)\s+{ISO}", re.I), "until"),
    # "since September 2025", "after March 2025", "since 2025": open-ended from that month or year
    (
        re.compile(rf"\b(since|after|depuis|seit|desde)\s+(?:the\s+start\s+of\s+)?({MONTH_RE})\s+(\d{{4}})\b", re.I),
        "since_month",
    ),
    (
        re.compile(
            r"\b(since|after|depuis|seit|desde)\s+(?:the\s+(?:start|beginning)\s+of\s+)?(20\d{2})\b(?![-\d])", re.I
        ),
        "since_year",
    ),
    (re.compile(rf"\b(?:(?:on|from|of|dated|du|vom|del)\s+)?{ISO}", re.I), "day"),
    (
        re.compile(
            rf"\b(?:(?:from|between|de|von|desde|entre|du)\s+)?({MONTH_RE})(?:\s+(\d{{4}}))?\s*"
            rf"{SPAN_CONNECTOR}\s+({MONTH_RE})\s+(?:de\s+)?(\d{{4}})\b",
            re.I,
        ),
        "month_span",
    ),
    (
        re.compile(
            rf"\b(?:(?:{PREP}|at|around|by|near|towards?)\s+)?(?:the\s+)?(?:(first|second|1st|2nd)\s+half|(early|mid|late|end|start|beginning))(?:\s+of\s+|\s*-\s*|\s+)"
            rf"({MONTH_RE})\s+(?:de\s+)?(\d{{4}})\b",
            re.I,
        ),
        "part_month",
    ),
    (
        re.compile(
            rf"\b(?:{PREP}\s+)?(?:the\s+)?(first|second|third|fourth|last|1st|2nd|3rd|4th)\s+week\s+of\s+"
            rf"({MONTH_RE})\s+(\d{{4}})\b",
            re.I,
        ),
        "week_of_month",
    ),
    # "the last week of 2024" (December 25-31), "the first two weeks of 2025": a year's opening or closing days
    (
        re.compile(
            rf"\b(?:{PREP}\s+)?(?:the\s+)?(first|last|final|opening|closing)\s+(?:(\d|two|three|four)\s+)?weeks?\s+of\s+"
            r"(?:the\s+year\s+)?(20\d{2})\b(?![-\d])",
            re.I,
        ),
        "year_week",
    ),
    (re.compile(rf"\b(?:{PREP}\s+)?(?:the\s+)?({SEASON_RE})\s+(?:of\s+)?(\d{{4}})\b", re.I), "season"),
    (re.compile(rf"\b(?:{PREP}\s+)?(?:the\s+month\s+of\s+)?({MONTH_RE})\s+(?:de\s+)?(\d{{4}})\b", re.I), "month"),
    (re.compile(rf"\b(?:{PREP}\s+)?(\d{{4}})-(0[1-9]|1[0-2])\b(?!-\d)", re.I), "month_iso"),
    (
        re.compile(rf"\b(?:{PREP}\s+)?(?:the\s+)?month\s+(0?[1-9]|1[0-2])\s*(?:of|,|in)?\s*(\d{{4}})\b", re.I),
        "month_n",
    ),
    (
        re.compile(
            r"\b(?:(?:in|during|from|of)\s+)?(?:the\s+)?(?:q([1-4])|(first|second|third|fourth)\s+quarter\s+of)\s*(\d{4})\b",
            re.I,
        ),
        "quarter",
    ),
    (
        # "early 2025" (January–April), "mid 2025", "late 2024"; "the second half of 2025", "H2 2025"
        re.compile(
            rf"\b(?:(?:{PREP}|at|by|near|towards?)\s+)?(?:the\s+)?(?:(early|mid|late|end|start|beginning)\s*-?\s*(?:of\s+)?"
            r"|(first|second|1st|2nd)\s+half\s+of\s+|(h[12])\s+(?:of\s+)?)"
            r"(20\d{2})\b(?![-\d])",
            re.I,
        ),
        "year_part",
    ),
    # "which 2024 papers …", "2025 work on X", "only the 2025 ones": a year naming the papers it qualifies
    (
        re.compile(
            r"(?<![-.\d])\b(20\d{2})(?=\s+(?:papers?|works?|research|articles?|studies|publications?|preprints?|ones)\b)",
            re.I,
        ),
        "year",
    ),
    # "world model papers 2025", "rlhf paper list 2024": a bare year right after the papers it qualifies
    (
        re.compile(
            r"(?:"
            + "|".join(rf"(?<=\b{noun} )" for noun in ("papers", "paper", "works", "studies", "articles", "list"))
            + r")(20\d{2})\b(?![-\d])",
            re.I,
        ),
        "year",
    ),
    (
        re.compile(
            rf"\b(?:{PREP}|jahres|jahr|annee|ano)\s+(?:(?:the\s+)?year\s+|l'annee\s+|el\s+ano\s+|dem\s+jahr\s+)?(20\d{{2}})\b(?![-\d])",
            re.I,
        ),
        "year",
    ),
]
CODE_RE = re.compile(
    r"\b(?:and\s+|that\s+|with\s+|which\s+)?(?:of\s+(?:those|them|these)\s+)?"
    r"(?:have|has|having|with|release[sd]?|releasing|provide[sd]?|share[sd]?|link(?:s|ed)?)\s+"
    r"(?:(?:a|an|the|open[- ]source|public|publicly\s+available|their|its)\s+)*"
    r"(?:(?:source\s+)?(?:code|implementations?)(?:\s+(?:links?|repos?|repositor(?:y|ies)|urls?))?"
    r"(?:\s+(?:on|at|in)\s+github)?|github(?:\s+(?:links?|repos?|repositor(?:y|ies)|urls?|pages?))?)\b"
    r"(?:\s+(?:(?:made\s+)?(?:publicly\s+)?available|released|online))?"
    r"(?P<after>\s+[a-z][\w-]*)?",
    re.IGNORECASE,
)
# the subject of "does X have code?" that makes it a question about one paper rather than a filter on a list
LIST_SUBJECT_RE = re.compile(
    r"\b(?:papers?|works?|studies|articles|ones|any|anyone|anything|them|those|these|they|all|which|what|there)\b",
    re.I,
)
ONE_ASKED_RE = re.compile(r"^\W*(?:does|did|has|is|was|will)\s+(?P<subject>\S.*)$", re.I)
CODE_TERM_MIN_DF = 4  # papers writing "code X": below it, X is read as the question going on, not as a term


def iso_date(value: str) -> str:
    """`value` when it is a calendar date as YYYY-MM-DD, or '' for ''; else a one-line ValueError."""
    if value:
        try:
            date.fromisoformat(value)
        except ValueError:
            raise ValueError(f"{value!r}: expected a date as YYYY-MM-DD") from None
    return value


def tidy(text: str) -> str:
    """The question once its period is cut out: brackets left holding nothing but "only" go too ("X (2025 only)")."""
    text = re.sub(r"\s*[(\[]\s*(?:(?:only|just)\s*)?[)\]]", " ", text)
    text = re.sub(r"\s{2,}", " ", text).strip(" ,")
    return re.sub(r"\s+([?.!,])", r"\1", text)


def one_code_subject(question: str) -> str:
    """The X of "does X have code?" when X is one paper ("DeepSeek-R1", "it"), whose code link answers it; '' when
    "… have code?" narrows a list ("which papers have code?", "do any of them have code?") or is not asked."""
    m = CODE_RE.search(question)
    one = ONE_ASKED_RE.match(question[: m.start()] + " ") if m else None
    subject = one.group("subject").strip() if one else ""
    return "" if LIST_SUBJECT_RE.search(subject) else subject


def code_asked_of_one(question: str) -> bool:
    return bool(one_code_subject(question))


CODE_NOUN = r"(?:(?:source\s+)?code|implementation|github\s+(?:repo(?:sitory)?|link|page)|repo(?:sitory)?)"
CODE_STATE = r"(?:\s+(?:(?:made\s+)?(?:publicly\s+)?available|public|released|open[- ]sourced?|online|on\s+github))*"
# "is the code for X available?", "is there code for X?", "is X open source?", "is X's code on GitHub?", "where
# can I find its code?": the X asked of, besides `code_asked_of_one`'s "does X have code?"
CODE_SUBJECT_RES = [
    re.compile(
        rf"^\W*(?:is|are|was)\s+(?:there\s+(?:any\s+|an?\s+|some\s+)?)?(?:the\s+|an?\s+)?(?:public\s+)?{CODE_NOUN}\s+"
        rf"(?:of|for)\s+(?P<x>.+?){CODE_STATE}\W*$",
        re.I,
    ),
    re.compile(r"^\W*(?:is|was)\s+(?P<x>.+?)\s+(?:open[- ]sourced?|on\s+github|publicly\s+available)\W*$", re.I),
    re.compile(rf"^\W*(?:is|are|was)\s+(?P<x>.+?)(?:'s|’s|\bits)?\s+{CODE_NOUN}{CODE_STATE}\W*$", re.I),
    re.compile(
        rf"^\W*(?:where|how)\s+(?:is|are|can\s+i\s+(?:find|get|download|see|access)|do\s+i\s+(?:find|get))\s+"
        rf"(?P<x>its|their|\S+(?:'s|’s))\s+{CODE_NOUN}\W*$",
        re.I,
    ),
]


def code_subject(question: str) -> str:
    """What a question about one paper's code names as that paper ("DeepSeek-R1", "it"); '' for any other
    question, a list's ("do any of them have code?") among them."""
    if subject := one_code_subject(question):
        return subject
    for pattern in CODE_SUBJECT_RES:
        if (found := pattern.match(question)) and not LIST_SUBJECT_RE.search(found["x"]):
            return re.sub(r"(?:'s|’s)$", "", found["x"].strip())
    return ""


def _code_term(m: re.Match[str], term_df: Callable[[str], int] | None) -> bool:
    """Whether the match's "code" begins a term the corpus writes ("code generation", "code LLMs"): then the
    question is on that topic, not asking for papers with code."""
    after = (m.group("after") or "").strip().lower()
    if not after or term_df is None or not re.search(r"\bcode\s*$", m.group(0)[: m.start("after") - m.start()], re.I):
        return False
    return after not in CODE_FOLLOWERS and term_df(f"code {after}") >= CODE_TERM_MIN_DF


# words that go on with the question after "have code": no term begins with them (general English)
CODE_FOLLOWERS = frozenset(
    "and or on at in from for about that which who since between before after during available released public"
    " too also please only yet still".split()
)


def strip_code_intent(question: str, term_df: Callable[[str], int] | None = None) -> tuple[str, bool]:
    """`… and have code?` becomes a has-code filter rather than a search term, unless it asks about one paper
    (`code_asked_of_one`) or "code" begins a term (`term_df`: in how many papers a phrase is written)."""
    m = CODE_RE.search(question)
    if not m or code_asked_of_one(question) or _code_term(m, term_df):
        return question, False
    kept = m.group("after") or ""
    return tidy(f"{question[: m.start()]} {kept} {question[m.end() :]}").rstrip("?") + "?", True


WRITTEN_DATE_RE = re.compile(
    rf"\b(?:({MONTH_RE})\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})|(\d{{1,2}})(?:st|nd|rd|th|\.)?\s+({MONTH_RE}),?\s+(\d{{4}}))\b",
    re.I,
)
# "December 16 and December 22, 2024", "16-22 December 2024", "16. und 22. Dezember 2024": the year
# (and month) written once serve both ends.
SHARED_YEAR_RE = re.compile(
    rf"\b({MONTH_RE})\s+(\d{{1,2}})(?:st|nd|rd|th)?\s*(and|to|until|-|–|through)\s*(?:({MONTH_RE})\s+)?(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b"
    rf"|\b(\d{{1,2}})(?:st|nd|rd|th|\.)?\s*(?:({MONTH_RE})\s*)?(and|to|-|–|und|et|y|au|bis|al)\s*(\d{{1,2}})(?:st|nd|rd|th|\.)?\s+({MONTH_RE}),?\s+(\d{{4}})\b",
    re.I,
)
CJK_DATE_RE = re.compile(r"(\d{4})\s*年\s*(?:(\d{1,2})\s*月\s*(?:(\d{1,2})\s*[日号])?)?")


def english_months(text: str) -> str:
    """Month names of other languages and short forms ("Mar 2025", "juillet 2025", "2025年8月") in English."""

    def cjk(m: re.Match) -> str:
        year, month, day = m.group(1), m.group(2), m.group(3)
        if month and day:
            return f" on {year}-{int(month):02d}-{int(day):02d} "
        if month and 1 <= int(month) <= 12:
            return f" in {calendar.month_name[int(month)]} {year} "
        return f" in {year} "

    text = CJK_DATE_RE.sub(cjk, text)
    text = fold(text)
    text = ALIAS_RE.sub(lambda m: MONTH_ALIASES[m.group(1).lower()].capitalize(), text)
    text = SPAN_ALIAS_RE.sub(lambda m: MONTH_ALIASES[m.group(1).lower()].capitalize(), text)
    # German and Spanish days before a month name: "22. Dezember 2024", "16 de diciembre de 2024".
    text = re.sub(
        r"\b(\d{1,2})\.?\s+(?:de\s+)?(" + "|".join(sorted(MONTH_ALIASES, key=len, reverse=True)) + r")\b",
        lambda m: f"{m.group(1)} {MONTH_ALIASES.get(m.group(2).lower(), m.group(2))}",
        text,
        flags=re.I,
    )
    return text


# Days of one month as a span, in English, Spanish, French and German once month names are English ("from 4 to 20
# February", "between June 10 and 21, 2025", "entre el 4 y el 20 de febrero", "du 1er au 15 mars 2025", "vom 4.
# bis zum 20. Februar"): the span's openers and joiners are general words of those languages.
DAY_SPAN_RE = re.compile(
    r"\b(?:from|between|entre(?:\s+(?:el|le))?|del|du|desde(?:\s+el)?|vom|von|zwischen(?:\s+dem)?)\s+"
    rf"(?:(?P<m0>{MONTH_RE})\s+)?(?P<d1>\d{{1,2}})(?:st|nd|rd|th|er|\.)?\s*(?:(?P<m1>{MONTH_RE})\s+)?"
    r"(?:and|to|through|thru|until|till|-|–|y|al?|hasta(?:\s+el)?|au|et|bis|und)\s*(?:(?:el|le|dem|zum)\s+)?"
    rf"(?:(?P<m2a>{MONTH_RE})\s+)?(?P<d2>\d{{1,2}})(?:st|nd|rd|th|\.)?(?!\d|[-/:.]\d)"
    rf"(?:\s+(?:de\s+)?(?P<m2>{MONTH_RE})\b)?(?:,?\s+(?:de\s+|del\s+)?(?P<year>\d{{4}})\b)?",
    re.I,
)
# The same span with no year, as `iso_dates` writes it for `strip_dates` to give its year
YEARLESS_DAYS_RE = re.compile(
    rf"\bbetween\s+(?P<first>{MONTH_RE})\s+(?P<d1>\d{{1,2}})\s+and\s+(?P<last>{MONTH_RE})\s+(?P<d2>\d{{1,2}})\b"
    r"(?!\s*,?\s*\d)"
    # "April 14-18": days of one month
    rf"|\b(?P<month>{MONTH_RE})\s+(?P<e1>\d{{1,2}})\s*(?:-|–|to|through)\s*(?P<e2>\d{{1,2}})\b(?![-–]|\s*,?\s*\d)",
    re.I,
)


def day_span(m: re.Match) -> str:
    """A span of days as "between ISO and ISO" with its year, or "between <Month> <d> and <Month> <d>" without one;
    as written where it names no month or no real day."""
    last = m.group("m2") or m.group("m2a") or m.group("m1") or m.group("m0")
    if not (m.group("m0") or m.group("m2") or m.group("m2a")) or not last:
        return str(m.group(0))
    first = m.group("m1") or m.group("m0") or last
    d1, d2 = int(m.group("d1")), int(m.group("d2"))
    try:
        if m.group("year"):
            year = int(m.group("year"))
            start = date(year - (MONTHS[first.lower()] > MONTHS[last.lower()]), MONTHS[first.lower()], d1)
            return f"between {start.isoformat()} and {date(year, MONTHS[last.lower()], d2).isoformat()}"
        date(2024, MONTHS[first.lower()], d1), date(2024, MONTHS[last.lower()], d2)  # a leap year holds every day
    except ValueError:
        return str(m.group(0))
    return f"between {first.capitalize()} {d1} and {last.capitalize()} {d2}"


def iso_dates(text: str) -> str:
    """ "January 20, 2025" and "20 January 2025" written as 2025-01-20, so one set of patterns reads both;
    a range with its year written once ("December 16 and 22, 2024") as "between ISO and ISO"."""

    def day(year: str, month: str, d: str) -> str:
        return date(int(year), MONTHS[month.lower()], int(d)).isoformat()

    def shared(m: re.Match) -> str:
        try:
            if m.group(1):
                first = day(m.group(6), m.group(1), m.group(2))
                last = day(m.group(6), m.group(4) or m.group(1), m.group(5))
            else:
                first = day(m.group(12), m.group(8) or m.group(11), m.group(7))
                last = day(m.group(12), m.group(11), m.group(10))
        except ValueError:
            return str(m.group(0))
        return f"between {first} and {last}"

    def iso(m: re.Match) -> str:
        month, d, year = (m.group(1), m.group(2), m.group(3)) if m.group(1) else (m.group(5), m.group(4), m.group(6))
        try:
            return day(year, month, d)
        except ValueError:
            return str(m.group(0))

    text = DAY_SPAN_RE.sub(day_span, english_months(text))
    text = SHARED_YEAR_RE.sub(shared, text)
    text = re.sub(r"\bbetween\s+(?:between\s+)", "between ", text)
    text = re.sub(r"\b(?:from|zwischen(?:\s+dem)?|entre(?:\s+el)?)\s+between\b", "between", text, flags=re.I)
    return WRITTEN_DATE_RE.sub(iso, text)


# A month named without its year, after a preposition or "last" ("in October", "between March and May",
# "last October"): "may" alone is a verb, so a month needs a word before it.
YEARLESS_SPAN_RE = re.compile(
    rf"\b(?:from|between)\s+(?P<first>{MONTH_RE})\s+(?:to|through|till|until|and|-|–)\s+(?P<last>{MONTH_RE})\b"
    r"(?!\s*,?\s*\d)",
    re.I,
)
YEARLESS_MONTH_RE = re.compile(
    rf"\b(?:(?:in|during|from|over|throughout|(?P<since>since))\s+(?:the\s+month\s+of\s+|last\s+)?|last\s+)"
    rf"(?P<last>{MONTH_RE})\b(?!\s*,?\s*\d)",
    re.I,
)


# A week or part of a month written without its year ("the week of May 12", "early April", "mid-March", "the first
# half of February", "the last week of March"): `with_years` gives it the year of its latest occurrence up to the
# newest day, as a month without its year gets, so the patterns above read it.
_NO_YEAR = r"(?!\s*,?\s*(?:de\s+)?\d)"
YEARLESS_WEEK_OF_RE = re.compile(
    rf"\bweek\s+(?:of|starting|beginning)\s+(?:the\s+)?(?:(?P<m1>{MONTH_RE})\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?"
    rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m2>{MONTH_RE}))\b{_NO_YEAR}",
    re.I,
)
YEARLESS_PART_RE = re.compile(
    r"\b(?:(?:first|second|1st|2nd)\s+half\s+of|(?:first|second|third|fourth|last|1st|2nd|3rd|4th)\s+week\s+of"
    r"|(?:early|mid|late)(?:\s+of)?|(?:end|start|beginning)\s+of)[\s-]+(?:the\s+month\s+of\s+)?"
    rf"(?P<month>{MONTH_RE})\b{_NO_YEAR}",
    re.I,
)


# Quarters and ISO weeks in the orders users write them ("2025 Q2", "Q2, 2025", "W12 2025", "2025 W12") as the
# patterns above read them ("Q2 2025", "2025-W12"); without a year ("in Q1", "during the first quarter", "in W12",
# "in ISO week 12") `with_years` gives the latest one begun by the newest day.
YEAR_QUARTER_RE = re.compile(r"\b(20\d{2})\s*[-/]?\s*q([1-4])\b(?![-_.\d])", re.I)
QUARTER_YEAR_RE = re.compile(r"\bq([1-4])(?:\s*,\s*|\s+of\s+(?:the\s+year\s+)?|\s*[-/]\s*)(20\d{2})\b", re.I)
WEEK_YEAR_RE = re.compile(r"\bW(\d{1,2})(?:\s*,\s*|\s+of\s+|\s+)(20\d{2})\b", re.I)
YEAR_WEEK_RE = re.compile(r"\b(20\d{2})\s+W(\d{1,2})\b(?![-_.\d])", re.I)
# "first" … "fourth" and "1st" … "4th" as numbers: a quarter, a week of a month
PERIOD_ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}
YEARLESS_QUARTER_RE = re.compile(
    r"\b(?P<prep>in|during|from|over|throughout|for)\s+(?:the\s+)?"
    r"(?:q(?P<q>[1-4])|(?P<nth>first|second|third|fourth)\s+quarter)\b(?![-_.]|\s*(?:of\s+|,\s*)?(?:the\s+year\s+)?\d)",
    re.I,
)
YEARLESS_ISO_WEEK_RE = re.compile(
    r"\b(?P<prep>in|during|from|of|for)\s+(?:the\s+)?(?:iso\s+week\s+|W)(?P<w>\d{1,2})\b(?![-_.]|\s*(?:of\s+|,\s*)?\d)",
    re.I,
)


def written_periods(question: str) -> str:
    """Quarters and ISO weeks written in another order as "Q2 2025" and "2025-W12"."""
    question = YEAR_QUARTER_RE.sub(lambda m: f"Q{m.group(2)} {m.group(1)}", question)
    question = QUARTER_YEAR_RE.sub(lambda m: f"Q{m.group(1)} {m.group(2)}", question)
    question = WEEK_YEAR_RE.sub(lambda m: f"{m.group(2)}-W{int(m.group(1)):02d}", question)
    return YEAR_WEEK_RE.sub(lambda m: f"{m.group(1)}-W{int(m.group(2)):02d}", question)


def latest_iso_week(week: int, newest: date) -> str:
    """ISO week `week` of the latest year in which it has begun by `newest` ("" where no year has that week)."""
    for year in (newest.year, newest.year - 1):
        try:
            monday = date.fromisocalendar(year, week, 1)
        except ValueError:
            continue
        if monday <= newest:
            return f"{year}-W{week:02d}"
    return ""


def with_years(question: str, newest: date) -> str:
    """The question with a year after each yearless week or part of a month: the year of its latest occurrence up to
    `newest` ("the week of December 9" asked when the newest day is 2025-10-30 is 2024's)."""

    def week(m: re.Match) -> str:
        month, day = MONTHS[(m.group("m1") or m.group("m2")).lower()], int(m.group("d1") or m.group("d2"))
        try:
            date(2024, month, day)  # a leap year holds every day
        except ValueError:
            return str(m.group(0))
        return f"{m.group(0)}, {newest.year - ((month, day) > (newest.month, newest.day))}"

    def part(m: re.Match) -> str:
        return f"{m.group(0)} {newest.year - (MONTHS[m.group('month').lower()] > newest.month)}"

    def quarter(m: re.Match) -> str:
        q = int(m.group("q") or PERIOD_ORDINALS[m.group("nth").lower()])
        return f"{m.group('prep')} Q{q} {newest.year - (3 * q - 2 > newest.month)}"

    def iso_week(m: re.Match) -> str:
        found = latest_iso_week(int(m.group("w")), newest)
        return f"{m.group('prep')} {found}" if found else str(m.group(0))

    question = YEARLESS_QUARTER_RE.sub(quarter, YEARLESS_ISO_WEEK_RE.sub(iso_week, question))
    return YEARLESS_PART_RE.sub(part, YEARLESS_WEEK_OF_RE.sub(week, question))


# A period counted back from the corpus's newest day: "the past two weeks", "the last 30 days", "the last
# month", "the past week" (a window ending on it: "the last N" and "the past N" read alike); "last month",
# "last week" without an article (the calendar one before it); "this month".
RELATIVE_RE = re.compile(
    r"\b(?:(?:in|from|over|during|within|for)\s+)?(?P<the>the\s+)?"
    r"(?:(?:past|last|previous)\s+(?P<n>\d{1,3}|two|three|four|five|six|few|couple\s+of)\s+(?P<units>days|weeks|months)"
    r"|(?P<which>past|last|previous|this)\s+(?P<unit>week|month|year)(?:'s|’s)?)\b",
    re.I,
)
COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "few": 3}


def months_back(day: date, n: int) -> date:
    """The same day `n` months earlier (the month's last day where it has fewer)."""
    year, month = divmod(day.year * 12 + day.month - 1 - n, 12)
    return date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def recent_span(latest: str, months: int) -> tuple[str, str]:
    """The last `months` months up to the corpus's newest day, as "the last N months" reads."""
    newest = date.fromisoformat(latest)
    return (months_back(newest, months) + timedelta(days=1)).isoformat(), newest.isoformat()


def relative_range(m: re.Match, newest: date) -> tuple[str, str]:
    if m.group("units"):
        word = m.group("n").lower()
        n = int(word) if word.isdigit() else COUNTS.get(word, 2)
        unit = m.group("units").lower()
        if unit == "months":
            return recent_span(newest.isoformat(), n)
        start = newest - timedelta(days=n * (7 if unit == "weeks" else 1) - 1)
        return start.isoformat(), newest.isoformat()
    which, unit = m.group("which").lower(), m.group("unit").lower()
    if which == "past" or (which == "last" and m.group("the")):
        if unit != "week":
            return recent_span(newest.isoformat(), 12 if unit == "year" else 1)
        return (newest - timedelta(days=6)).isoformat(), newest.isoformat()
    back = 0 if which == "this" else 1
    if unit == "week":
        return week_holding(newest - timedelta(days=7 * back))
    if unit == "month":
        first = months_back(newest.replace(day=1), back)
        return first.isoformat(), first.replace(day=calendar.monthrange(first.year, first.month)[1]).isoformat()
    return f"{newest.year - back}-01-01", f"{newest.year - back}-12-31"


# Day, weekday, weekend, quarter and season words without a year (general English calendar words), read back
# from the corpus's newest day: "yesterday", "last Friday", "over the weekend", "this quarter", "in the spring".
# "today's models" means nowadays, and "the spring-mass system" or "the fall of X" name no season.
WEEKDAYS = [d.lower() for d in calendar.day_name]
DAY_WORD_RE = re.compile(
    r"\b(?:(?P<prep>on|from|of|for|since|during|over)\s+)?(?:(?P<which>last|this|past|previous)\s+|the\s+)?"
    rf"(?:(?P<day>today(?!['’]s)|yesterday)|(?P<weekday>{'|'.join(WEEKDAYS)})|(?P<weekend>weekend))(?:'s|’s)?\b",
    re.I,
)
QUARTER_RE = re.compile(
    r"\b(?:(?P<prep>in|from|during|over|for|of|within|since)\s+)?(?:the\s+)?"
    r"(?P<which>this|last|previous|past|current)\s+quarter(?:'s|’s)?\b",
    re.I,
)
SEASON_WORD_RE = re.compile(
    r"\b(?:(?P<prep>in|during|over|from|throughout|of|since)\s+)?(?:(?P<which>this|last|past|previous)|the)\s+"
    rf"(?P<season>{SEASON_RE})\b(?![-'’])(?!\s+of\b)(?!\s*,?\s*\d)",
    re.I,
)


def months_on(first: date, months: int) -> date:
    """The day before the same day `months` months later: the last day of a span of whole months."""
    return months_back(first, -months) - timedelta(days=1)


def day_word_range(m: re.Match, newest: date) -> tuple[date, date]:
    if m.group("day"):
        day = newest - timedelta(days=m.group("day").lower() == "yesterday")
        return day, day
    weekday = WEEKDAYS.index(m.group("weekday").lower()) if m.group("weekday") else 5
    day = newest - timedelta(days=(newest.weekday() - weekday) % 7)
    if m.group("weekday") and (m.group("which") or "").lower() in ("last", "past", "previous") and day == newest:
        day -= timedelta(days=7)  # "last Friday" said on a Friday is the one before
    return (day, day) if m.group("weekday") else (day, day + timedelta(days=1))


def quarter_range(m: re.Match, newest: date) -> tuple[date, date]:
    if m.group("which").lower() == "past":
        return months_back(newest, 3) + timedelta(days=1), newest
    first = date(newest.year, (newest.month - 1) // 3 * 3 + 1, 1)
    if m.group("which").lower() in ("last", "previous"):
        first = months_back(first, 3)
    return first, months_on(first, 3)


def season_range(m: re.Match, newest: date) -> tuple[date, date]:
    """The latest such season begun by the newest day; "last summer", the latest one over by then."""
    first_month = SEASONS[m.group("season").lower()]
    start = date(newest.year - (date(newest.year, first_month, 1) > newest), first_month, 1)
    if (m.group("which") or "").lower() in ("last", "past", "previous") and months_on(start, 3) >= newest:
        start = start.replace(year=start.year - 1)
    return start, months_on(start, 3)


# A day counted from the corpus's newest digest (general English words): "the day before the last digest", "two
# days before the latest one", "in the most recent digest" (the newest day itself; a bare "the last one" names no
# day, so without a count the noun must be the digest). A day is a calendar day, as "yesterday" is.
DIGEST_DAY_RE = re.compile(
    r"\b(?:(?P<prep>on|from|of|for|in|since|during)\s+)?(?:(?P<n>\d{1,2}|an?|the|one|two|three|four|five|six|seven)"
    r"\s+days?\s+(?P<dir>before|after|prior\s+to)\s+)?(?:the\s+)?"
    r"(?:last|latest|newest|most\s+recent|final|current)\s+(?:(?:digest|issue|edition)\b|(?P<one>one|day)\b)",
    re.I,
)
DAY_COUNTS = {"a": 1, "an": 1, "the": 1, "one": 1, **COUNTS, "seven": 7}


def digest_day_range(m: re.Match, newest: date) -> tuple[date, date]:
    if not m.group("dir"):
        return newest, newest
    word = m.group("n").lower()
    n = int(word) if word.isdigit() else DAY_COUNTS.get(word, 1)
    day = newest + timedelta(days=n if m.group("dir").lower() == "after" else -n)
    return day, day


# A digest counted back from the newest one over the digests themselves, not over calendar days (general English
# words): "the digest before the last one", "the second-to-last / next-to-last / penultimate digest", "two digests
# ago", "3 digests before the latest one".
BACK_WORDS = {"one": 1, "a": 1, **COUNTS, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
BACK_ORDINALS = {"second": 1, "third": 2, "fourth": 3, "fifth": 4, "next": 1}
_NEWEST = r"(?:last|latest|newest|most\s+recent|final|current)"
DIGESTS_BACK_RE = re.compile(
    r"\b(?:(?:on|from|of|for|in|during)\s+)?(?:"
    rf"(?:the\s+)?digest\s+before\s+the\s+{_NEWEST}(?:\s+(?:one|digest))?"
    rf"|(?P<n>\d{{1,2}}|{'|'.join(BACK_WORDS)})\s+digests?\s+(?:ago|back|before\s+the\s+{_NEWEST}(?:\s+(?:one|digest))?)"
    rf"|(?:the\s+)?(?:(?P<ordinal>{'|'.join(BACK_ORDINALS)})[\s-]+to[\s-]+last|penultimate|last[\s-]+but[\s-]+one)"
    r"\s+(?:digest|issue|edition)"
    r")\b",
    re.I,
)


def digests_back(question: str, digests: Sequence[str]) -> str:
    """The question with a digest counted back from the newest of `digests` (sorted days) written as its day ("on
    2025-10-29"): a digest is a day a digest was published, one with an empty table too, so "two digests ago" skips
    the days without one. As written where it counts back past the first digest."""

    def day(m: re.Match) -> str:
        word, ordinal = (m.group("n") or "").lower(), (m.group("ordinal") or "").lower()
        back = int(word) if word.isdigit() else BACK_WORDS.get(word) or BACK_ORDINALS.get(ordinal, 1)
        return f"on {digests[-1 - back]}" if 0 < back < len(digests) else str(m.group(0))

    return DIGESTS_BACK_RE.sub(day, question) if digests else question


# What joins two periods into one span ("this week and last week", "from last month until now", "between last
# week and this week"), and the "now" that ends one at the newest day.
JOIN_RE = re.compile(r"\s*,?\s*(?:and|or|to|through|thru|till|until|up\s+(?:to|until)|-|–)\s+", re.I)
NOW_RE = re.compile(r"\b(?:now|the\s+present|present|date)\b(?![-'’])", re.I)
OPENS_SPAN_RE = re.compile(r"\b(?:between|from)\s+$", re.I)


def period_matches(question: str, newest: date) -> list[tuple[int, int, str, str, int]]:
    """Every period counted back from the newest day in the question, as (start, end, since, until, rank): rank
    is the pattern's priority (a lower one is read first); "now" ranks last and only ends a joined span."""
    found: list[tuple[int, int, str, str, int]] = []
    for m in RELATIVE_RE.finditer(question):
        found.append((m.start(), m.end(), *relative_range(m, newest), 0))
    readers = ((DIGEST_DAY_RE, digest_day_range), (DAY_WORD_RE, day_word_range), (QUARTER_RE, quarter_range))
    for rank, (pattern, read) in enumerate((*readers, (SEASON_WORD_RE, season_range)), 1):
        for m in pattern.finditer(question):
            if m.re is DIGEST_DAY_RE and not (m.group("dir") or (m.group("prep") and m.group("one") != "one")):
                continue  # "the latest digest" with neither a count of days nor a preposition names no period
            first, last = read(m, newest)
            open_ended = (m.group("prep") or "").lower() == "since"
            found.append((m.start(), m.end(), first.isoformat(), "" if open_ended else last.isoformat(), rank))
    for m in NOW_RE.finditer(question):
        found.append((m.start(), m.end(), newest.isoformat(), newest.isoformat(), 9))
    kept: list[tuple[int, int, str, str, int]] = []
    for match in sorted(found, key=lambda f: (f[4], f[0])):
        if all(match[1] <= k[0] or match[0] >= k[1] for k in kept):
            kept.append(match)
    return sorted(kept)


def joined_span(question: str, matches: list[tuple[int, int, str, str, int]], first: int) -> tuple[int, int, str, str]:
    """The period at `first` widened over the periods joined to it ("this week and last week" is both weeks,
    "from last month until now" runs to the newest day): one span, the union of them all."""
    lo = hi = first
    while hi + 1 < len(matches) and JOIN_RE.fullmatch(question[matches[hi][1] : matches[hi + 1][0]]):
        hi += 1
    while lo > 0 and JOIN_RE.fullmatch(question[matches[lo - 1][1] : matches[lo][0]]):
        lo -= 1
    parts = matches[lo : hi + 1]
    start = parts[0][0]
    if hi > lo and (opener := OPENS_SPAN_RE.search(question[:start])):
        start = opener.start()
    until = "" if any(not p[3] for p in parts) else max(p[3] for p in parts)
    return start, parts[-1][1], min(p[2] for p in parts), until


def counted_period(question: str, newest: date) -> tuple[str, str, str] | None:
    """A period counted back from the corpus's newest day, as (question without it, since, until): "the last
    week", "this month", "yesterday", "last Friday", "this quarter", "over the summer", "the day before the last
    digest"; two of them joined ("this week and last week", "from last month until now") are one span. None when
    none is named."""
    matches = period_matches(question, newest)
    ranked = [n for n, m in enumerate(matches) if m[4] < 9]
    if not ranked:
        return None
    first = min(ranked, key=lambda n: (matches[n][4], matches[n][0]))
    start, end, since, until = joined_span(question, matches, first)
    return tidy(question[:start] + " " + question[end:]), since, until


def counted_back(question: str, latest: str) -> bool:
    """Whether the question's period is read from the corpus's newest day ("yesterday", "the last month")
    rather than from its own words ("March 2025"): such an answer says which day that is."""
    if not latest or any(strip_dates(question)[1:]):
        return False
    return counted_period(iso_dates(question), date.fromisoformat(latest)) is not None


# Words that ask about the papers themselves: a date beside them is a filter on the papers.
PAPERS_ASKED_RE = re.compile(
    r"\b(?:papers?|works?|stud(?:y|ies)|research|publications?|articles?|preprints?|digests?|arxiv|published|"
    r"publish|released?|came\s+out|appeared|new(?:est)?|latest|recent(?:ly)?|trends?|topics?)\b",
    re.I,
)


def asks_papers(question: str) -> bool:
    """The question asks about papers or the digests, not about the world ("the weather in Paris today"),
    where a date word is no filter on the papers and an answer that covers nothing reports none."""
    return bool(PAPERS_ASKED_RE.search(question))


def period_note(latest: str, counted: bool, since: str) -> str:
    """What an answer says of a period it read against the corpus's end: a period after the newest day is
    empty until newer digests are fetched; "yesterday" or "the last month" count back from that day, not
    from today. '' when neither holds."""
    if not latest:
        return ""
    day = f"{calendar.day_name[date.fromisoformat(latest).weekday()]} {latest}"
    if since > latest:
        return f"The digests end on {day}; `rag sync` fetches the days published since."
    return f"Dates count back from the digests' newest day, {day}, not from today." if counted else ""


# A period left open at one end in words, right after it: "from 2025 onwards", "in 2025 and later", "June 2025 or
# later", "2025 and beyond", "from 2025 on" at the question's end (its end left open); "2024 and earlier" (its start).
OPEN_END_RE = re.compile(
    r"\s*,?\s*(?:(?:and|or)\s+(?:(?P<earlier>earlier|before|older)|later|after(?:wards)?|beyond|since|newer|onwards?)"
    r"|onwards?|forward|on(?=\s*(?:[?.!,;]|$))|to\s+(?:date|now|the\s+present|today)|until\s+(?:now|today)"
    r"|(?:till|up\s+to)\s+now)\b",
    re.I,
)
# "starting (in) March 2025", "beginning 2025", "as of 2025-06-01": from then on, as "since" reads it
STARTING_RE = re.compile(
    rf"\b(?:starting|beginning|as\s+of)(?:\s+(?:in|from|with|on))?\s+(?=(?:{MONTH_RE})\s+\d{{4}}\b|20\d{{2}}\b)", re.I
)
# A bare year that an open end follows ("X, 2025 and beyond"): read as "in 2025 and beyond"; one after a preposition
# ("from 2025 onwards") the date patterns read as it is
OPEN_YEAR_RE = re.compile(
    r"(?<![-.\w])(?:(?P<before>[a-z]+)\s+)?(?P<year>20\d{2})"
    r"(?=\s*,?\s*(?:(?:and|or)\s+(?:later|beyond|after|onwards?|newer|earlier|before|older)|onwards?)\b)",
    re.I,
)


def open_year(m: re.Match) -> str:
    """An `OPEN_YEAR_RE` match with "in" before its year, so the date patterns read it; as written after a preposition
    or a capitalised name."""
    before = m.group("before") or ""
    dated = re.fullmatch(PREP, before, re.I) or before.lower() in ("since", "after", "until", "before")
    named = before != before.lower()  # "AIME 2025 and later" names a benchmark's edition
    return str(m.group(0)) if dated or named else f"{before} in {m.group('year')}".strip()


def left_open(question: str, end: int, since: str, until: str) -> tuple[int, str, str]:
    """A period with the words after it (from `end`) that leave one end open: where they end, and the period
    ("from 2025 onwards" is since 2025-01-01 with no end, as "since 2025-01-01" is; "since 2025 onwards" says it
    twice); as it was without them."""
    m = OPEN_END_RE.match(question, end)
    if not m or not (since if not m.group("earlier") else until):
        return end, since, until
    return (m.end(), "", until) if m.group("earlier") else (m.end(), since, "")


# A period that closes a span open at its start: "until end of March 2025", "up to the end of June 2025", "through
# 2024", "before April 2025" (general English); read as "until <its last day>" ("before": the day before it starts).
# Not after an opened span ("from January 2025 until March 2025"), which the span patterns read whole.
CLOSING_RE = re.compile(
    r"\b(?P<word>until|till|through|thru|up\s+(?:to|until)|by|before|prior\s+to|no\s+later\s+than)\s+(?:the\s+)?"
    rf"(?P<end>(?:very\s+)?end\s+of\s+(?:the\s+month\s+of\s+)?)?(?:(?P<month>{MONTH_RE})\s+(?:of\s+)?)?"
    r"(?P<year>20\d{2})\b(?![-\d])",
    re.I,
)
OPENED_RE = re.compile(r"\b(?:from|between|since|after|starting|beginning)\b", re.I)
# "from <day>" after a topic opens a span ("papers on X from January 1, 2025"); right after the papers or a word
# that only points at them ("papers from 2025-06-02", "the ones from …", "and from …") it is that day's digest.
FROM_DAY_RE = re.compile(
    rf"(?<=\S)(?P<lead>\s+)from\s+{ISO}(?!\s*(?:,\s*)?(?:to|until|till|through|thru|and|-|–)\s)", re.I
)
DAY_QUALIFIER_RE = re.compile(
    r"(?:papers?|works?|stud(?:y|ies)|articles?|preprints?|ones?|anything|everything|something|digests?|issues?"
    r"|editions?|and|or|only|just|all|any|those|them|these|what|which|published|released|appeared|posted|out)",
    re.I,
)


def closing_day(m: re.Match) -> str:
    """A `CLOSING_RE` match as "until <ISO day>"."""
    year, month = int(m.group("year")), MONTHS[m.group("month").lower()] if m.group("month") else 0
    if m.group("word").lower() in ("before", "prior to") and not m.group("end"):
        start = date(year, month or 1, 1)
        return f"until {(start - timedelta(days=1)).isoformat()}"
    last = month or 12
    return f"until {date(year, last, calendar.monthrange(year, last)[1]).isoformat()}"


def bounded_spans(question: str) -> str:
    """A span's open start or end written as "since ISO" / "until ISO", once written dates are ISO days: "papers on X
    from 2025-01-01" is since that day, "until end of March 2025" until 2025-03-31."""

    def from_day(m: re.Match) -> str:
        before = re.findall(r"[\w'’]+", question[: m.start()])
        if not before or DAY_QUALIFIER_RE.fullmatch(before[-1]):
            return str(m.group(0))
        return f"{m.group('lead')}since {m.group(2)}"

    question = FROM_DAY_RE.sub(from_day, question)
    if (m := CLOSING_RE.search(question)) and not OPENED_RE.search(question[: m.start()]):
        question = question[: m.start()] + closing_day(m) + question[m.end() :]
    return question


# "published in 2025", "that came out since March 2025", "were released before April 2025": the verb says only that
# the date is the papers' own, as the date alone says (general English); kept where no papers are named before it
# ("what was published in March 2025?" asks for the papers themselves).
PUBLISHED_RE = re.compile(
    r"\s+(?:(?:that|which)\s+)?(?:(?:were|was|are|is|have\s+been|has\s+been|got|get)\s+)?(?:first\s+)?"
    r"(?:published|released|posted|appeared|came\s+out|put\s+out)"
    r"(?=\s+(?:in|on|during|since|from|after|before|until|till|between|by|over|through|throughout|up\s+to|this|last"
    r"|20\d{2})\b)",
    re.I,
)
PAPERS_NOUN_RE = re.compile(r"\b(?:papers?|works?|stud(?:y|ies)|articles?|preprints?|ones)\b", re.I)


def without_published(question: str, latest: str = "") -> str:
    """The question without a publishing verb before its date ("papers on X published in 2025" → "papers on X in
    2025"), so the papers are ranked by the same words as the question asked without it; as it is where no date
    follows the verb ("published in Nature")."""
    m = PUBLISHED_RE.search(question)
    if (
        not m
        or not PAPERS_NOUN_RE.search(question[: m.start()])
        or not any(strip_dates(question[m.end() :], latest)[1:])
    ):
        return question
    return question[: m.start()] + question[m.end() :]


def strip_dates(question: str, latest: str = "") -> tuple[str, str, str]:
    """The first date phrase of a question as (question without it, since, until); '' where unstated. A second
    phrase inside the first's period says it more exactly ("mid-April 2025 (April 14-18)") and is read too.

    Dates are read in several forms: ISO days, weeks and months, written dates and ranges, month
    names in English, French, German and Spanish (short forms too), quarters and years. Given the
    newest date the corpus holds (`latest`), a month without its year is its latest one up to then.
    """
    rest, since, until = first_period(question, latest)
    if since and until:
        inner, since2, until2 = first_period(rest, until)  # a yearless month or day there is the first's
        if since2 and until2 and since <= since2 <= until2 <= until:
            return tidy(inner), since2, until2
    return rest, since, until


def first_period(question: str, latest: str = "") -> tuple[str, str, str]:
    """`strip_dates` for the first date phrase alone."""
    original = question
    question = written_periods(period_read(question))
    question = iso_dates(with_years(english_months(question), date.fromisoformat(latest)) if latest else question)
    question = bounded_spans(OPEN_YEAR_RE.sub(open_year, STARTING_RE.sub("since ", question)))
    for pattern, kind in DATE_PATTERNS:
        m = pattern.search(question)
        if not m:
            continue
        try:
            since, until = _range(kind, m.groups())
        except ValueError:
            continue
        stop, since, until = left_open(question, m.end(), since, until)
        return tidy(question[: m.start()] + " " + question[stop:]), since, until
    if latest:
        newest = date.fromisoformat(latest)
        counted = counted_period(question, newest)
        if counted:
            return counted
        if days := YEARLESS_DAYS_RE.search(question):
            return tidy(question[: days.start()] + " " + question[days.end() :]), *yearless_days(days, newest)
        for pattern in (YEARLESS_SPAN_RE, YEARLESS_MONTH_RE):
            m = pattern.search(question)
            if not m:
                continue
            named = m.groupdict()
            last = MONTHS[named["last"].lower()]
            first = MONTHS[(named.get("first") or named["last"]).lower()]
            open_ended = bool(named.get("since"))
            year = newest.year - (last > newest.month)
            start = year - (first > last)
            end = "" if open_ended else date(year, last, calendar.monthrange(year, last)[1]).isoformat()
            return tidy(question[: m.start()] + " " + question[m.end() :]), date(start, first, 1).isoformat(), end
    return original, "", ""


# Two whole years joined ("from 2024 to 2025", "between 2024 and 2025", "2024 vs 2025", "of 2024 with those of
# 2025"): one span holding both, and the two years as periods a change between them weighs.
YEAR_PAIR_RE = re.compile(
    rf"\b(?:(?:{PREP}|between|for|zwischen)\s+)?(?:the\s+years?\s+)?(?P<first>20\d{{2}})\s*"
    r"(?P<join>vs\.?|versus|against|compared?\s+(?:to|with)|with|to|and|until|till|through|-|–|à|a|y|und|et|bis|hasta)"
    r"\s*(?:(?:those|the\s+ones|papers)\s+)?(?:(?:in|of|from)\s+)?(?P<second>20\d{2})\b(?![-\d])",
    re.I,
)
COMPARED_JOIN_RE = re.compile(r"^(?:vs\.?|versus|against|compared?\s+(?:to|with)|with)$", re.I)


@dataclass(frozen=True)
class YearPair:
    """Two years asked together: the question without them, the span holding both, each year's own span, and
    whether the words set them against each other ("2024 vs 2025") rather than only bound a span ("from … to")."""

    question: str
    since: str
    until: str
    periods: list[list[str]]
    compared: bool


def year_pair(question: str, named: Callable[[str], bool] | None = None) -> YearPair | None:
    """ "X papers from 2024 to 2025" as a `YearPair`; None where no two years are joined, where they are one year
    twice, or where the first is part of a name the corpus writes ("AIME 2024 and 2025", as `trailing_year`)."""
    m = YEAR_PAIR_RE.search(question)
    if not m:
        return None
    first, second = sorted((int(m.group("first")), int(m.group("second"))))
    before = re.findall(r"[\w-]+", question[: m.start()])
    dated = m.start() != m.start("first")  # "in 2024 …": a preposition makes the year a date, not a name's
    dated = dated or (bool(before) and before[-1].lower() in ("the", "a", "an"))  # "the 2024 and 2025 papers"
    if first == second or (not dated and before and named and named(f"{before[-1].lower()} {m.group('first')}")):
        return None
    return YearPair(
        question=tidy(question[: m.start()] + " " + question[m.end() :]),
        since=f"{first}-01-01",
        until=f"{second}-12-31",
        periods=[[f"{first}-01-01", f"{first}-12-31"], [f"{second}-01-01", f"{second}-12-31"]],
        compared=bool(COMPARED_JOIN_RE.match(m.group("join").strip())),
    )


# "papers on model merging 2024", "list papers about GUI agents 2025?": a bare year closing a list of papers on a topic
TRAILING_YEAR_RE = re.compile(
    r"^(?P<head>.*\b(?i:papers?|works?|research|studies|articles?|publications?|preprints?)\s+"
    r"(?i:on|about|regarding|concerning|in|into|for|related\s+to)\s+.*?(?P<last>[\w-]+))"
    r"\s+(?P<year>20\d{2})\s*[?.!]*\s*$"
)


def trailing_year(question: str, named: Callable[[str], bool] | None = None) -> tuple[str, str, str]:
    """A bare year closing "papers on X 2024" as (question without it, since, until), the filter "from 2024" is;
    the question as it is, with no period, where the year is part of a name ("papers evaluated on AIME 2025").
    `named(phrase)` says whether the corpus writes "<last word> <year>" as a name; without it, a last word written
    with a capital is a name's."""
    m = TRAILING_YEAR_RE.match(question)
    if not m:
        return question, "", ""
    last, year = m.group("last"), m.group("year")
    if named(f"{last.lower()} {year}") if named else last[:1].isupper():
        return question, "", ""
    return tidy(m.group("head")), f"{year}-01-01", f"{year}-12-31"


def yearless_days(m: re.Match, newest: date) -> tuple[str, str]:
    """A span of days without its year: its latest one up to the newest day, as a month without its year is."""
    one = m.group("month")
    first, last = (MONTHS[(one or m.group(g)).lower()] for g in ("first", "last"))
    d1, d2 = (int(m.group(g)) for g in (("e1", "e2") if one else ("d1", "d2")))
    year = newest.year - (last > newest.month)
    opening = year - (first > last)
    end = date(year, last, min(d2, calendar.monthrange(year, last)[1]))
    start = date(opening, first, min(d1, calendar.monthrange(opening, first)[1]))
    return start.isoformat(), end.isoformat()


def _range(kind: str, groups: tuple[str, ...]) -> tuple[str, str]:
    if kind == "between":
        return iso_date(groups[0]), iso_date(groups[1])
    if kind == "week_of":
        return week_holding(date.fromisoformat(groups[0]))
    if kind == "iso_week":
        return iso_week_range(int(groups[0]), int(groups[1]))
    if kind == "since":
        return iso_date(groups[0]), ""
    if kind in ("since_month", "since_year"):
        year, month = (int(groups[2]), MONTHS[groups[1].lower()]) if kind == "since_month" else (int(groups[1]), 1)
        if groups[0].lower() == "after":  # after March 2025: from April; after 2025: from 2026
            year, month = (year + (month == 12), month % 12 + 1) if kind == "since_month" else (year + 1, 1)
        return date(year, month, 1).isoformat(), ""
    if kind == "year_part":
        part, year = (groups[0] or groups[1] or groups[2]).lower(), int(groups[3])
        part = PART_WORDS.get(part, part)
        first, last = {
            "early": (1, 4),
            "mid": (5, 8),
            "late": (9, 12),
            "h2": (7, 12),
            "second": (7, 12),
            "2nd": (7, 12),
        }.get(part, (1, 6))
        return date(year, first, 1).isoformat(), date(year, last, calendar.monthrange(year, last)[1]).isoformat()
    if kind == "until":
        return "", iso_date(groups[0])
    if kind == "day":
        return iso_date(groups[0]), iso_date(groups[0])
    if kind == "week_n":
        return iso_week_range(int(groups[1]), int(groups[0]))
    if kind in ("month_iso", "month_n"):
        year, month = (int(groups[0]), int(groups[1])) if kind == "month_iso" else (int(groups[1]), int(groups[0]))
        return date(year, month, 1).isoformat(), date(year, month, calendar.monthrange(year, month)[1]).isoformat()
    if kind == "quarter":
        q = int(groups[0]) if groups[0] else ["first", "second", "third", "fourth"].index(groups[1].lower()) + 1
        year = int(groups[2])
        last = calendar.monthrange(year, 3 * q)[1]
        return date(year, 3 * q - 2, 1).isoformat(), date(year, 3 * q, last).isoformat()
    if kind == "part_month":
        year, month = int(groups[3]), MONTHS[groups[2].lower()]
        last = calendar.monthrange(year, month)[1]
        # halves split at the 15th; early / mid / late are the month's thirds (1–10, 11–20, 21–end)
        part = (groups[0] or groups[1]).lower()
        part = PART_WORDS.get(part, part)
        first, end = {"first": (1, 15), "1st": (1, 15), "second": (16, last), "2nd": (16, last)}.get(
            part, {"early": (1, 10), "mid": (11, 20), "late": (21, last)}.get(part, (1, last))
        )
        return date(year, month, first).isoformat(), date(year, month, end).isoformat()
    if kind == "month_span":
        first, last_month, year = MONTHS[groups[0].lower()], MONTHS[groups[2].lower()], int(groups[3])
        start_year = int(groups[1]) if groups[1] else year - (first > last_month)
        end = calendar.monthrange(year, last_month)[1]
        if (start_year, first) > (year, last_month):
            raise ValueError("a span that ends before it starts")
        return date(start_year, first, 1).isoformat(), date(year, last_month, end).isoformat()
    if kind == "week_of_month":
        year, month = int(groups[2]), MONTHS[groups[1].lower()]
        last = calendar.monthrange(year, month)[1]
        first = last - 6 if groups[0].lower() == "last" else 7 * PERIOD_ORDINALS[groups[0].lower()] - 6
        return date(year, month, first).isoformat(), date(year, month, first + 6).isoformat()
    if kind == "year_week":
        weeks = (groups[1] or "1").lower()
        year, days = int(groups[2]), 7 * (COUNTS.get(weeks) or int(weeks))
        if groups[0].lower() in ("first", "opening"):
            return date(year, 1, 1).isoformat(), date(year, 1, days).isoformat()
        return (date(year, 12, 31) - timedelta(days=days - 1)).isoformat(), date(year, 12, 31).isoformat()
    if kind == "season":
        year, first = int(groups[1]), SEASONS[groups[0].lower()]
        start = date(year - 1, 12, 1) if first == 12 else date(year, first, 1)
        end_month = 2 if first == 12 else first + 2
        return start.isoformat(), date(year, end_month, calendar.monthrange(year, end_month)[1]).isoformat()
    if kind == "month":
        year, month = int(groups[1]), MONTHS[groups[0].lower()]
        last = calendar.monthrange(year, month)[1]
        return date(year, month, 1).isoformat(), date(year, month, last).isoformat()
    return f"{groups[0]}-01-01", f"{groups[0]}-12-31"


# A follow-up that swaps one part of the previous question: "what about February?", "and for image generation?"
SWAP_RE = re.compile(
    r"^\s*(?:(?:and|but)\s+)?(?:what|how)\s+about\s+|^\s*(?:and|also)\s+(?=(?:for|in|on|with|using)\b)", re.I
)
REFERRING_RE = re.compile(r"\b(?:those|them|these|they|it|its|their|which|who|what|how)\b", re.I)


def swapped(previous: str, follow: str) -> str:
    """The previous question with the part a follow-up swaps: a period ("what about February?" → "… in
    February") or the clause its preposition opens ("and for image generation?" → "… for image
    generation"); '' when the follow-up swaps nothing it can place."""
    m = SWAP_RE.match(follow)
    if not m:
        return ""
    rest = follow[m.end() :].strip().rstrip("?.! ")
    if not rest or REFERRING_RE.search(rest):
        return ""
    base = previous.strip().rstrip("?.! ")
    # "what about in 2024 only?", "what about just 2025?": the period alone, "only" adds nothing to it
    period = " ".join(re.sub(r"\b(?:only|just)\b", " ", rest, flags=re.I).split())
    period = re.sub(r"^(?:in|during|from)\s+", "", period, flags=re.I)
    if re.fullmatch(rf"(?:{MONTH_RE})(?:\s+\d{{4}})?|\d{{4}}|(?:{SEASON_RE})\s+\d{{4}}", period, re.I):
        return f"{strip_dates(base)[0]} in {period}?"
    left, since, until = strip_dates(period)
    if (since or until) and not re.sub(r"\W+", "", left):  # "what about the first half of 2025?"
        return f"{strip_dates(base)[0]} in {period}?"
    prep = re.match(r"(for|in|on|with|using)\s", rest, re.I)
    at = base.lower().rfind(f" {prep.group(1).lower()} ") if prep else -1
    return f"{base[:at]} {rest}?" if at > 0 else ""


def singular_words(text: str) -> list[str]:
    """A phrase's words lower-cased, a plural's "s" dropped ("web agents" → web, agent), so a kind of a topic is told
    whichever number either writes."""
    return [re.sub(r"(?<=[a-z]{3})s$", "", w) for w in re.findall(r"[^\W_]+", fold(text.lower()))]


def refined(previous: str, topics: list[str], follow: str) -> str:
    """ "and for web agents?" after "papers on agents": the clause names a kind of the question's topic (its words
    hold all of the topic's, and more), so it asks the same question of that kind ("papers on web agents"), as "and
    web agents?" does, not of "agents for web agents"; '' when the clause names no kind of a topic, which
    `swapped` and `added_clause` read."""
    m = SWAP_RE.match(follow)
    rest = follow[m.end() :].strip().rstrip("?.! ") if m else ""
    prep = re.match(r"(?:for|in|on|with|using)\s+(?:the\s+)?", rest, re.I)
    kind = rest[prep.end() :].strip() if prep else ""
    if not kind or REFERRING_RE.search(kind) or any(strip_dates(kind)[1:]) or strip_code_intent(kind)[1]:
        return ""
    words = singular_words(kind)
    for topic in topics:
        own = singular_words(topic)
        span = loose_span(previous, topic)
        if span and own and len(words) > len(own) and all(w in words for w in own):
            return f"{previous[: span[0]]}{kind}{previous[span[1] :]}".strip()
    return ""


# What a turn comparing the chat's papers of two years holds besides the years: "compare them with those of 2025",
# "compare the 2024 ones with the 2025 ones", "how do they compare to 2025?" (general English).
YEARS_COMPARED_FILLER_RE = re.compile(
    r"\b(?:compar(?:e|ed|ing)|how|do|does|did|they|them|those|these|the|ones?|papers?|with|to|and|against|vs|versus|of|"
    r"from|in|can|you|please|now|ok(?:ay)?|so|then)\b|20\d{2}|[^\w\s]",
    re.I,
)


def years_compared(follow: str, since: str, until: str) -> tuple[str, str] | None:
    """The two years a chat turn sets the chat's papers of against each other: both as it names them ("compare the
    2024 ones with the 2025 ones"), or the chat's own year and the one it names ("compare them with those of 2025"
    after papers from 2024), earlier first; None when it asks anything else or names no two years."""
    if not re.search(r"\bcompar", follow, re.I) or YEARS_COMPARED_FILLER_RE.sub(" ", follow).strip():
        return None
    years = list(dict.fromkeys(re.findall(r"\b20\d{2}\b", follow)))
    whole = since[:4] if since.endswith("-01-01") and until == f"{since[:4]}-12-31" else ""
    if len(years) == 1 and whole and whole != years[0]:
        years = [whole, years[0]]
    if len(years) != 2:
        return None
    first, second = sorted(years)
    return first, second


def added_clause(previous: str, follow: str) -> str:
    """ "and in French?", "and for Chinese?" after a question with no clause of that preposition to swap (`swapped`):
    the question narrowed by the clause ("papers on speech recognition in French"); '' when the follow-up opens no
    such clause, or names a period or a reference, which other readings take."""
    m = SWAP_RE.match(follow)
    rest = follow[m.end() :].strip().rstrip("?.! ") if m else ""
    if not re.match(r"(?:for|in|on|with|using)\s+\w", rest, re.I) or REFERRING_RE.search(rest):
        return ""
    if any(strip_dates(rest)[1:]) or strip_code_intent(rest)[1]:
        return ""
    return f"{previous.strip().rstrip('?.! ')} {rest}?"


# "what about music generation?", "how about PPO?", "and what about papers on depth estimation?": another topic
# asked in the frame of the question before; a clause with a preposition ("what about for image generation?")
# narrows that question instead (`swapped`).
OTHER_TOPIC_RE = re.compile(
    r"^\s*(?:(?:and|but|so|ok(?:ay)?)[\s,]+)?(?:what|how)\s+about\s+"
    r"(?:(?:the\s+)?(?:papers|works|studies|articles|research)\s+(?:on|about|regarding)\s+)?"
    r"(?P<topic>(?!(?:for|in|on|with|using|from|by|to|of|the|a|an|this|that|those|these|them|it|its|ones?)\b)"
    r"(?:[^?!.]|\.(?=\w))+?)"  # a dot inside a name ("Qwen2.5") is no sentence end
    r"\s*[?!.]*\s*$",
    re.I,
)


def loose_span(text: str, phrase: str) -> tuple[int, int] | None:
    """Where a phrase stands in a question, written with any punctuation or one small word between its words
    ("qwen2 5-vl" in "When was Qwen2.5-VL published?", "monte carlo tree search llm reasoning" in "… search
    for LLM reasoning"); None when it does not."""
    words = re.findall(r"[^\W_]+", fold(phrase.lower()))
    if not words:
        return None
    gap = r"[\W_]+(?:[^\W_]{1,4}[\W_]+)?"
    m = re.search(r"(?<![^\W_])" + gap.join(map(re.escape, words)) + r"(?![^\W_])", text, re.I)
    return m.span() if m else None


# Prepositions that join a topic's two parts ("GRPO for video reasoning").
JOINING_WORDS = frozenset("for in on with using via to of under across".split())


def retopic(previous: str, topics: list[str], follow: str) -> str:
    """The previous question asked of the follow-up's topic instead of its own ("what about music generation?"
    after "papers on text-to-speech" → "papers on music generation"): "what about Y?" offers Y in place of
    what was asked about, so the two are not joined into one topic; '' when the follow-up names no bare topic,
    or a period or list reference that `swapped` and `about_list` read, or the previous topic is not found."""
    topic = offered_topic(follow)
    if not topic:
        return ""
    spans = [s for s in (loose_span(previous, t) for t in topics) if s]
    if not spans:
        return ""
    start, end = min(s[0] for s in spans), max(s[1] for s in spans)
    written = set(re.findall(r"[^\W_]+", previous[start:end].lower()))
    if (written - set(re.findall(r"[^\W_]+", " ".join(topics).lower()))) & JOINING_WORDS:
        return ""  # "GRPO for video reasoning": whether "what about DPO?" swaps the method or the task is not said
    return f"{previous[:start]}{topic}{previous[end:]}".strip()


# "which is the most recent?", "and which one is the oldest?", "what's the newest one?", "which of those came
# out most recently?": the newest or oldest paper of the list before ("first" and "last" alone point at a row).
EXTREME_RE = re.compile(
    r"^\W*(?:(?:and|so|ok(?:ay)?|then)[\s,]+)?"
    r"(?:(?:(?:what|how)\s+about\s+)?the\s+"  # "and the oldest?", "what about the newest one?"
    r"|(?:which|what)(?:['’]s|\s+is|\s+was)?"
    r"(?:\s+(?:one|paper|of\s+(?:them|those|these)|of\s+the(?:m|se|\s+papers)))?"
    r"(?:\s+(?:is|was|came\s+out|appeared|(?:was|got)\s+published|(?:is|was)\s+published))?"
    r"\s+(?:the\s+)?)(?P<which>most\s+recent(?:ly)?|latest|newest|earliest|oldest|least\s+recent(?:ly)?"
    r"|first(?=\W*$))(?:\s+(?:one|paper|of\s+(?:them|those|these)))?\W*$",
    re.I,
)


def extreme_of(follow: str, papers_on: str, period: str) -> str:
    """ "which is the most recent?" after a list, spelled out as the question a list's newest or oldest paper
    is asked with ("what is the latest paper on reward hacking?"); '' when the follow-up asks no such thing."""
    m = EXTREME_RE.match(follow)
    # "which was the first?" asks which came first; "which is the first?" may point at the list's first row
    if not m or (m.group("which").lower() == "first" and not re.search(r"\b(?:was|came|appeared)\b", follow, re.I)):
        return ""
    end = "earliest" if re.match(r"earliest|oldest|least|first", m.group("which"), re.I) else "latest"
    return f"what is the {end} paper {papers_on}{' ' + period if period else ''}?"


# A chat's opening words before what is asked: "ok, summarize them", "now summarize those", "great, and
# which papers use X?"
OPENER_RE = re.compile(
    r"^\s*(?:(?:ok(?:ay)?|now|so|then|and|also)(?:\s*[,!.:;]\s*|\s+)"
    r"|(?:great|alright|all\s+right|thanks|thank\s+you|cool|perfect|nice)\s*[,!.:;]\s*)+(?=\w)",
    re.I,
)
# A follow-up about the previous list's papers ("which ones have code?", "how many of them use
# diffusion?", "summarize them", "only the ones from 2025", "and the ones from 2024?"): those words stand for
# "the papers on X".
# "which are from 2025?", "which were released in 2024?", "which have code?": a bare "which" before a verb and a
# filter reads as "which ones" (not "which are the main approaches to X?", which asks anew)
BARE_WHICH = (
    r"^\W*(?:(?:and|so|ok(?:ay)?|then)\W+)?which(?=\s+(?:are|were|have|has|had|came|come|appeared)\s+"
    r"(?:(?:published|released|out|posted)\s+)?(?:from|in|on|since|before|after|between|during|by|with|without|code)\b)"
)
BARE_WHICH_RE = re.compile(BARE_WHICH, re.I)
LIST_REFERENCE_RE = re.compile(
    r"^\s*(?:only|just)\s+(?:the\s+)?(?:ones|those)\b(?:\s+(?:that|which)\s+(?:are|were))?"
    r"|\b(?:which|what)\s+(?:ones|of\s+(?:those|them|these))\b"
    r"|\bthe\s+ones\b"  # "and the ones from 2024?"
    r"|\b(?:of\s+)?(?:them|those|these|they)\b(?!\s+(?:papers|works|studies|ones))"
    # "summarize those papers", not "those papers on X", which say what they are
    r"|\b(?:of\s+)?(?:those|these)\s+(?:papers|works|studies|ones)\b"
    r"(?!\s+(?:on|about|regarding|from|in|that|which|using|with|by|of)\b)|" + BARE_WHICH,
    re.I,
)


# "are any of them video?", "do any of those use LoRA?": a yes-or-no question about the list asks which of it.
ANY_OF_RE = re.compile(
    r"^\W*(?:(?:and|so|ok(?:ay)?|then)\W+)?(?:(?P<verb>are|were|is|was|do|does|did|have|has)\s+)?(?:any|some|all|none|either)"
    r"\s+of\s+(?:them|those|these|the\s+ones|those\s+papers|these\s+papers)\b\s*(?P<rest>.*?)\W*$",
    re.I,
)
# Words that open what a list's papers are said to be without "about": "from 2024", "by Meta", "released in …"
_BARE_BE = (
    r"(?:from|by|about|with|without|within|between|after|before|since|during|for|in|on|of|to|via|under"
    r"|\w+ed|\w+ing)\b"
)


# "any about vision models?", "are there any on LoRA?", "any that use MCTS?": "any" with no noun after a list is
# one of its papers, as "any of them" is; "any papers about X?" names what it asks for and is a question of its own.
ANY_BARE_RE = re.compile(
    r"^\W*(?:(?:and|so|ok(?:ay)?|then)\W+)?(?:(?:are|is)\s+there\s+)?any(?:\s+ones)?\s+"
    r"(?P<rest>(?:about|on|regarding|concerning|that|which|using|with|for|in)\b.*?)\W*$",
    re.I,
)


def any_bare(follow: str) -> str:
    """ "any about X?" as the list filter it asks ("which papers on … are about X"): the words after "any", a
    relative "that"/"which" left out ("any that use X?" → "use X"); '' when the follow-up is no such question."""
    m = ANY_BARE_RE.match(follow)
    if not m:
        return ""
    rest = re.sub(r"^(?:that|which)\s+", "", m.group("rest"), flags=re.I)
    rest = re.sub(r"^(?:on|regarding|concerning)\b", "about", rest, flags=re.I)
    return rest if re.sub(r"^\w+\s*", "", rest).strip() else ""


def any_of_list(follow: str, papers_on: str) -> str:
    """ "are any of them video?" as "which papers on X are about video", "do any of them use LoRA?" as "which
    papers on X use LoRA", "any about video?" as the first: the list filtered, not the list's words joined to the
    new ones; '' otherwise."""
    if rest := any_bare(follow):
        return f"which {papers_on} {'are ' if re.match(_BARE_BE, rest, re.I) else ''}{rest}"
    m = ANY_OF_RE.match(follow)
    if not m or not m.group("rest"):
        return ""
    verb, rest = (m.group("verb") or "are").lower(), m.group("rest")
    if verb in ("do", "does", "did"):
        return f"which {papers_on} {rest}"
    if verb in ("have", "has"):
        return f"which {papers_on} have {rest}"
    return f"which {papers_on} are {rest if re.match(_BARE_BE, rest, re.I) else 'about ' + rest}"


# Words that pick some of a list ("which of them", "which ones", "only the ones", "the ones from 2024"); a bare
# "they" or "them" may be the list or one paper's authors, and picks nothing by itself.
PICKS_RE = re.compile(
    r"\b(?:which|what)\s+(?:ones|of\s+(?:those|them|these))\b|^\W*(?:only|just)\s+(?:the\s+)?(?:ones|those)\b"
    r"|\bthe\s+ones\b",
    re.I,
)


def narrows_list(follow: str) -> bool:
    """Whether a follow-up picks some of the previous list's papers ("which of them have code?", "only the ones
    from 2024", "any about X?"), as a period shift ("and in April?") or a new topic does not."""
    return bool(PICKS_RE.search(follow) or BARE_WHICH_RE.search(follow) or ANY_OF_RE.match(follow) or any_bare(follow))


def about_list(follow: str, papers_on: str, period: str) -> str:
    """The follow-up with its reference to the previous list spelled out ("which ones have code?" →
    "which papers on process reward models have code between 2025-01-01 and 2025-12-31?"); '' when it
    refers to no list. `period` is the previous question's, kept where the follow-up names none."""
    if asked := any_of_list(follow, papers_on):
        return f"{asked} {period}?" if period and not any(strip_dates(asked)[1:]) else f"{asked}?"
    m = LIST_REFERENCE_RE.search(follow)
    if not m:
        return ""
    said = m.group(0).lower().split()
    if said[-1] == "which":  # a bare "which", its opener ("so which are …") left out
        spelled = f"which {papers_on}"
    elif said[0] in ("only", "just"):
        spelled = f"which {papers_on} are"
    elif said[0] in ("which", "what"):
        spelled = f"{said[0]} {papers_on}"
    else:
        spelled = f"{'of ' if said[0] == 'of' else ''}the {papers_on}"
    text = (follow[: m.start()] + spelled + follow[m.end() :]).strip().rstrip("?.! ")
    text = OPENER_RE.sub("", text)
    if period and not any(strip_dates(text)[1:]):
        text += f" {period}"
    return text + "?"


# "what about the previous month?", "and the month after?", "the following week?": the period of that size
# next to the chat's own, on the side the word says (not counted from the corpus's newest day, as "last
# month" is).
_SHIFT = (
    r"(?:(?:the|a|one)\s+)?(?:(?P<side>previous|prior|preceding|next|following|subsequent)\s+"
    r"(?P<unit>day|week|month|quarter|year)|(?P<unit2>day|week|month|quarter|year)\s+"
    r"(?P<side2>before|after|earlier|later|prior)(?:\s+(?:that|this|it))?)\b"
)
SHIFT_RE = re.compile(r"\b" + _SHIFT, re.I)
SHIFT_START_RE = re.compile(r"^\W*" + _SHIFT, re.I)  # "the month before?" alone is a follow-up
# What is left of a follow-up once its period is read: nothing of its own to ask ("what about …?", "and …?").
FRAME_ONLY_RE = re.compile(
    r"^\W*(?:(?:and|but|so|ok(?:ay)?|then|now)\W+)*(?:(?:what|how)\s+about\W*)?(?:(?:in|during|for|from|over|of)\W*)?"
    r"(?:(?:only|just)\W*)?$",
    re.I,
)


def period_holding(day: date, unit: str) -> tuple[str, str]:
    """The calendar day, ISO week, month, quarter or year that holds `day`, as ISO days."""
    if unit == "day":
        return day.isoformat(), day.isoformat()
    if unit == "week":
        return week_holding(day)
    first = {"month": day.month, "quarter": 3 * ((day.month - 1) // 3) + 1, "year": 1}[unit]
    last = {"month": first, "quarter": first + 2, "year": 12}[unit]
    end = date(day.year, last, calendar.monthrange(day.year, last)[1])
    return date(day.year, first, 1).isoformat(), end.isoformat()


def shifted_period(follow: str, since: str, until: str) -> tuple[str, str, str] | None:
    """A follow-up's period counted from the chat's period ("the month before?" after September 2025 → August
    2025; "the year before?" after October 2025 → 2024: the unit before the one the chat's period starts in)
    as (the follow-up without it, since, until); None when it names no such period or the chat's period is
    open on that side."""
    m = SHIFT_RE.search(follow)
    if not m:
        return None
    side, unit = (m.group("side") or m.group("side2")).lower(), (m.group("unit") or m.group("unit2")).lower()
    later = side in ("next", "following", "subsequent", "after", "later")
    edge = until if later else since
    if not edge:
        return None
    start, end = period_holding(date.fromisoformat(edge), unit)
    day = date.fromisoformat(end) + timedelta(days=1) if later else date.fromisoformat(start) - timedelta(days=1)
    return tidy(follow[: m.start()] + " " + follow[m.end() :]), *period_holding(day, unit)


# "only 2025", "just March 2025", "(2025 only)": a bare year or month beside "only", which the date reader takes only
# after a preposition ("in 2025"); one already after a preposition ("from 2025 only") is read as it is
ONLY_BARE_PERIOD_RE = re.compile(
    rf"(?P<before>\b[a-z]+\s+)?(?:(?P<only>\b(?:only|just)\s+)(?=(?:(?:{MONTH_RE})\s+)?(?:19|20)\d\d\b)"
    rf"|(?<![\w-])(?=(?:(?:{MONTH_RE})\s+)?(?:19|20)\d\d\s+only\b))",
    re.I,
)
PREPOSITIONS = frozenset("in from since during of for between after before until till to by on at".split())


def period_read(text: str) -> str:
    """The text with a bare period beside "only" given its preposition ("only 2025" → "only in 2025", "2025 only"
    → "in 2025 only"), so the date reader finds it; as it is otherwise."""

    def prepended(m: re.Match[str]) -> str:
        before = m.group("before") or ""
        if before.strip().lower() in PREPOSITIONS or before.strip().lower() in MONTHS:  # read as it is
            return m.group(0)
        return f"{before}{m.group('only') or ''}in "

    return ONLY_BARE_PERIOD_RE.sub(prepended, text, count=1)


def asks_nothing_else(follow: str) -> bool:
    """Whether a follow-up, its period taken out, is only the frame that offered it ("and the month after?")."""
    return bool(FRAME_ONLY_RE.match(follow))


# Focusing adverbs ("what about mobile agents specifically?", "voice cloning in particular"): they stress the
# topic and never name it.
# "in general", "generally", "more broadly" ask the topic without the list's other words and name none either
# (general English).
FOCUS_RE = re.compile(
    r"[\s,]+(?:specifically|particularly|in\s+particular|especially|instead|exactly|precisely|in\s+general|generally"
    r"|more\s+(?:broadly|generally)|as\s+a\s+whole)\b",
    re.I,
)


# Thanks and praise before a follow-up ("thanks, and what about X?", "great! which of them …"): no part of what it
# asks, unlike "and" or "so", which `OPENER_RE` also reads (general English).
COURTESY_RE = re.compile(
    r"^\s*(?:(?:thanks|thank\s+you|thx|great|cool|perfect|nice|ok(?:ay)?|alright|all\s+right|got\s+it)"
    r"(?:\s+(?:a\s+lot|so\s+much|very\s+much))?\s*[,!.:;]\s*)+(?=\w)",
    re.I,
)


def uncourteous(follow: str) -> str:
    """The follow-up without its thanks or praise, so "thanks, and what about X?" is read as "and what about X?"."""
    return COURTESY_RE.sub("", follow)


def unfocused(follow: str) -> str:
    """The follow-up without its focusing adverbs."""
    return FOCUS_RE.sub("", follow)


# "narrow it to chemistry", "narrow that down to math", "restrict the list to 2025"; "widen it to any domain",
# "broaden it to all tasks", "expand the search to robotics".
_THE_LIST = r"(?:it|that|this|them|those|these|the\s+(?:list|results?|search|question|papers))"
NARROW_RE = re.compile(
    rf"^\W*(?:(?:and|ok(?:ay)?|now|so|then|please)\W+)*(?:(?:can|could)\s+you\s+)?(?:narrow|restrict|limit|focus)"
    rf"(?:\s+{_THE_LIST})?(?:\s+down)?\s+(?:to|on)\s+(?P<what>.+?)\W*$",
    re.I,
)
WIDEN_RE = re.compile(
    rf"^\W*(?:(?:and|ok(?:ay)?|now|so|then|please)\W+)*(?:(?:can|could)\s+you\s+)?(?:widen|broaden|expand|extend)"
    rf"(?:\s+{_THE_LIST})?(?:\s+(?:up|out))?(?:\s+(?:to|beyond)\s+(?P<what>.+?))?\W*$",
    re.I,
)
# What a widening turn opens the question to when it names no topic of its own: any domain, all tasks, every field.
ANY_RE = re.compile(
    r"^(?:(?:any|all|every|other)(?:\s+(?:the|of\s+the))?\s+\w+|everything|anything|general|in\s+general)$", re.I
)
ANY_TIME_RE = re.compile(r"^(?:(?:any|all)\s+(?:time|dates?|periods?|years?|months?)|the\s+whole\s+corpus)$", re.I)


def period_words(since: str, until: str) -> str:
    """A period as the question reader reads it back: "between A and B", "since A", "until B"."""
    if since and until:
        return f"between {since} and {until}"
    return f"since {since}" if since else f"until {until}"


def narrowed(follow: str) -> str:
    """ "narrow it to X" said as the list filter it asks for ("only the ones about X", "only the ones from March
    2025"), which `about_list` spells out; '' when the follow-up does not narrow."""
    m = NARROW_RE.match(follow)
    if not m:
        return ""
    what = re.sub(r"^(?:the\s+)?(?:ones|papers|those)\s+", "", m.group("what"), flags=re.I)
    if re.match(r"(?:with|that|which|from|by|in|on|about|since|before|after|between)\b", what, re.I):
        return f"only the ones {what}"
    left, since, until = strip_dates(what)
    if (since or until) and not re.sub(r"\W+", "", left):
        return f"only the ones from {what}"
    return f"only the ones about {what}"


def widened(previous: str, topics: list[str], follow: str) -> str | None:
    """The previous question opened as a widening turn asks: "to any domain" drops the clause that qualified
    its topic ("retrieval-augmented generation for medicine" → "retrieval-augmented generation"), "to all
    time" its period, "to robotics" puts that in the clause's place; None when the follow-up widens nothing."""
    m = WIDEN_RE.match(follow)
    if not m:
        return None
    what = (m.group("what") or "").strip()
    base = previous.strip().rstrip("?.! ")
    if ANY_TIME_RE.match(what):
        return f"{strip_dates(base)[0]}?"
    left, since, until = strip_dates(what)
    if (since or until) and not re.sub(r"\W+", "", re.sub(r"\b(?:all|of|the|whole)\b", "", left, flags=re.I)):
        return f"{strip_dates(base)[0]} {period_words(since, until)}?"  # "broaden it to all of 2025"
    spans = [s for s in (loose_span(base, t) for t in topics) if s]
    if not spans:
        return f"{base}?"
    start, end = min(s[0] for s in spans), max(s[1] for s in spans)
    joins = list(re.finditer(rf"\s(?:{'|'.join(JOINING_WORDS)})\s", base[start:end], re.I))
    if not joins:
        return f"{base}?"
    cut = start + joins[-1].start()
    opened = "" if not what or ANY_RE.match(what) else f" {joins[-1].group(0).strip()} {what}"
    return f"{base[:cut]}{opened}{base[end:]}?"


# "that month", "the same week", "that day": the period of that size the previous answer named as the busiest.
THAT_PERIOD_RE = re.compile(r"\b(?:that|the\s+same|this)\s+(?P<unit>day|week|month|year)\b", re.I)
# How an answer names its busiest period: a topic's months "(busiest 2024-09, 11)", the corpus's "The busiest week
# was 2025-W22 (the week of 2025-05-26)", "The busiest digest day was 2025-05-27", "The busiest month was 2025-05".
BUSIEST_RE = re.compile(
    r"\bbusiest\s+(?:(?:digest\s+)?(?:day|week|month)s?\s+(?:was|were)\s+)?"
    r"(?:\d{4}-W\d{2}\s+\(the\s+week\s+of\s+(?P<week>\d{4}-\d{2}-\d{2})\)|(?P<day>\d{4}-\d{2}-\d{2})|(?P<month>\d{4}-\d{2})\b)"
)


def busiest_period(answer: str, unit: str) -> tuple[str, str] | None:
    """The first and last day of the busiest period an answer names, when "that <unit>" can point at it: the
    same size, or the year holding it; None when the answer names none of that size."""
    m = BUSIEST_RE.search(answer)
    if not m:
        return None
    unit = unit.lower()
    named = "week" if m.group("week") else "day" if m.group("day") else "month"
    first = date.fromisoformat(m.group("week") or m.group("day") or f"{m.group('month')}-01")
    if unit == "year":
        return f"{first.year}-01-01", f"{first.year}-12-31"
    if unit != named:
        return None
    if unit == "week":
        return first.isoformat(), (first + timedelta(days=6)).isoformat()
    if unit == "month":
        last = calendar.monthrange(first.year, first.month)[1]
        return first.isoformat(), first.replace(day=last).isoformat()
    return first.isoformat(), first.isoformat()


# A demonstrative standing for what the previous turn was about: the subject after an auxiliary with at most its
# verb after it ("how does that compare to OpenAI o1?", "what does this simulate?", "is that better than o1?"),
# or the object a question ends on ("how fast is that?", "who else does this?"). "that" before a noun and verb
# ("does that model reach …") is a description, and "papers that use X" a relative clause.
DEMONSTRATIVE_RE = re.compile(
    r"\b(?:does|did|do|is|was|are|were|can|could|would|will|has|had|have)\s+(?P<that>that|this|it)"
    r"(?=\s+[\w-]+(?:\s+(?:to|with|against|than|on|in|for|at|from|over|across)\b|\W*$)|\s+(?:better|worse)\b)"
    r"|\b(?:than|with|to|about|like|does|do|did|is|was)\s+(?P<end>that|this)\W*$",
    re.I,
)
# A definite description of the one thing the previous turn named: "the fine-tuned model", "the framework",
# "the benchmark" (general nouns a paper calls what it introduces; English, not a list of topics). Followed by a
# clause of its own ("the best model for video generation") or after a superlative it names something new.
DESCRIPTION_NOUNS = (
    "model|method|approach|framework|benchmark|dataset|system|technique|algorithm|architecture|agent|tool"
    "|pipeline|policy|encoder|decoder|detector|simulator|library|toolkit|suite|corpus|recipe|strategy"
)
DEFINITE_RE = re.compile(
    r"\b(?:the|that|this)\s+(?P<mods>(?:[\w-]+\s+){0,2}?)(?P<noun>" + DESCRIPTION_NOUNS + r")(?:'s)?\b"
    r"(?!\s+(?:for|of|on|in|that|which|with|from|by|to|trained|used|called|named|behind)\b)",
    re.I,
)
# What may stand between "the" and the noun of a pointer back: participles ("the fine-tuned model", "the proposed
# method") and adjectives that pick nothing new (English). A noun or other adjective there names a kind of its own
# ("the transformer architecture", "the best model", "the reward model").
DESCRIBING_RE = re.compile(
    r"(?:[\w-]+ed|resulting|underlying|original|final|whole|entire|overall|base|full|open-source|same)$", re.I
)
POINTING_WORDS_MAX = 14  # a longer question says what it asks about itself


def points_back(follow: str) -> re.Match | None:
    """Where a short follow-up points at the previous turn's subject with a demonstrative ("how does that compare
    to OpenAI o1?") or a definite description ("what accuracy did the fine-tuned model reach?"); None otherwise."""
    if len(re.findall(r"[\w-]+", follow)) > POINTING_WORDS_MAX:
        return None
    if m := DEMONSTRATIVE_RE.search(follow):
        return m
    m = DEFINITE_RE.search(follow)
    return m if m and all(DESCRIBING_RE.match(w) for w in m.group("mods").split()) else None


def pointed_at(follow: str, subject: str) -> str:
    """The follow-up about the subject it points at: a demonstrative becomes the subject ("how does DeepSeek-R1
    compare to OpenAI o1?"), a description is said to be the subject's ("what accuracy did the fine-tuned model
    reach in PokerBench?"); '' when it points at nothing."""
    m = points_back(follow)
    if not m or not subject:
        return ""
    if m.re is DEMONSTRATIVE_RE:
        group = "that" if m.group("that") else "end"
        return f"{follow[: m.start(group)]}{subject}{follow[m.end(group) :]}"
    return f"{follow.strip().rstrip('?.! ')} in {subject}?"


# What a follow-up that only filters says besides its filter ("which papers have code?", "any from 2024?", "any
# in the Reinforcement Learning category?"): question words, list words and the words that open a filter.
FILTER_FRAME_WORDS = frozenset(
    "which what any are is there some ones papers works studies articles have has with do does from in of "
    "the a an category only just published released came out appeared".split()
)


LIST_WORD_RE = re.compile(r"\b(?:papers|works|studies|articles|ones|anything|any)\b", re.I)
# "any follow-ups on X?", "follow-up work on X", "any newer work on X?": words of the frame, asking for papers (later
# than the one in focus), never topic words.
FOLLOW_UPS_RE = re.compile(
    # "follow-up questions" / "follow-up queries" name a topic: a follow-up is asked for only as the noun itself
    r"\b(?:follow[\s-]?ups?(?:\s+(?:work|papers?|studies|research)\b|(?!\s+(?!(?:on|to|of|about|in|for|from|since|that|which)\b)[a-z]))"
    r"|(?:newer|later|subsequent|more\s+recent)\s+(?:work|papers?|studies|research))\b",
    re.I,
)
_FOLLOW_UPS_TOPIC_RE = re.compile(r"\b(?:on|about|in|to|for)\s+(?:the\s+)?(?P<topic>[^?!.]+?)\s*[?!.]*\s*$", re.I)


def follow_ups_asked(question: str) -> tuple[bool, str]:
    """(True, topic) where a question asks for follow-up or newer work ("any follow-ups on efficient reasoning?" →
    "efficient reasoning"; the topic '' where it names none: "any follow-up work?"); (False, '') otherwise."""
    m = FOLLOW_UPS_RE.search(question)
    if not m:
        return False, ""
    topic = _FOLLOW_UPS_TOPIC_RE.search(question, m.end())
    return True, topic.group("topic").strip() if topic else ""


def as_papers(question: str) -> str:
    """The question with its follow-up words read as the papers they ask for: "any follow-ups on X?" → "any papers
    on X?"."""
    return FOLLOW_UPS_RE.sub("papers", question)


def only_filter(follow: str, category: str) -> bool:
    """Whether a follow-up asks nothing but a filter (code, a period, a category): what is left once the filter is
    read is list and question words."""
    text, code = strip_code_intent(follow)
    text, since, until = strip_dates(text)
    if category:
        text = re.sub(rf"\b{re.escape(category)}\b", " ", text, flags=re.I)
    if not (code or since or until or category) or not LIST_WORD_RE.search(follow):
        return False  # "what came out in March 2025?" asks for the period's papers on anything
    return set(re.findall(r"[a-z]+", text.lower())) <= FILTER_FRAME_WORDS


def with_topic(follow: str, papers_on: str) -> str:
    """A filter-only follow-up asked of the chat's topic: "which papers have code?" → "which papers on
    speculative decoding have code?", "any from 2024?" → "any papers on test-time scaling from 2024?"."""
    m = LIST_WORD_RE.search(follow)
    if not m:
        return f"{papers_on} {follow.strip()}"
    said = m.group(0).lower()
    spelled = papers_on if said in ("papers", "works", "studies", "articles", "ones") else f"{said} {papers_on}"
    return f"{follow[: m.start()]}{spelled}{follow[m.end() :]}"


# "and PPO?": a bare topic after "and" (no preposition, no reference)
AND_TOPIC_RE = re.compile(
    r"^\s*and\s+(?P<topic>(?!(?:for|in|on|with|using|from|by|to|of|the)\b)(?:[^?!.;,]|\.(?=\w))+?)\s*[?!.]*\s*$",
    re.I,
)  # a dot inside a name ("Kimi k1.5", "Qwen2.5") is no sentence end


# Words that add another topic to the question before without being part of it: "and QLoRA too?", "and also
# ORPO?", "and DPO as well?" (general English).
ADDING_RE = re.compile(r"^(?:also|then)\s+|\s+(?:too|also|as\s+well|then|please)$", re.I)


def offered_topic(follow: str) -> str | None:
    """The topic a "what about Y?" turn offers ("what about test-time scaling?" → "test-time scaling"); '' where Y
    is a reference to the list or a period, which `swapped` and `about_list` read; None for any other turn."""
    m = OTHER_TOPIC_RE.match(follow)
    if not m:
        return None
    topic = m.group("topic").strip()
    if REFERRING_RE.search(topic) or LIST_REFERENCE_RE.search(topic) or any(strip_dates(topic)[1:]):
        return ""
    return topic


def new_topic(follow: str) -> str:
    """The bare topic a "what about Y?" or "and Y?" turn offers; '' when it names a period, a reference to the list
    or no topic."""
    topic = offered_topic(follow)
    return and_topic(follow) if topic is None else topic


def and_topic(follow: str) -> str:
    """The bare topic of "and Y?" ("and QLoRA too?" → "QLoRA"): no preposition, reference, period or code filter,
    which other readings take; '' otherwise."""
    m = AND_TOPIC_RE.match(follow)
    if not m:
        return ""
    topic = m.group("topic").strip()
    while (bare := ADDING_RE.sub("", topic).strip()) != topic:
        topic = bare
    if not topic or REFERRING_RE.search(topic) or LIST_REFERENCE_RE.search(topic):
        return ""
    if any(strip_dates(topic)[1:]) or any(strip_dates(f"in {topic}")[1:]):  # "and 2024?" swaps the period
        return ""
    left, code = strip_code_intent(f"with {topic}")
    return "" if code and not re.sub(r"\W+", "", left) else topic  # "and code?" asks for the list's code


def and_other(follow: str, previous: str) -> str:
    """ "and PPO?" after "what about DPO?" offers another topic in the same place, so it is asked as "what about
    PPO?" is; the follow-up as it was otherwise."""
    m = AND_TOPIC_RE.match(follow)
    if not m or not OTHER_TOPIC_RE.match(previous) or REFERRING_RE.search(m.group("topic")):
        return follow
    if any(strip_dates(m.group("topic"))[1:]) or LIST_REFERENCE_RE.search(m.group("topic")):
        return follow
    return f"what about {m.group('topic')}?"


# Asking a list in date order, in general English: "newest first", "the oldest ones first", "from oldest to newest",
# "in (reverse) chronological order", "chronologically", "by (publication) date", "by recency". A chronology runs
# oldest first, so "by date" with no direction is oldest first; "reverse" and "by recency" are newest first.
_NEW = r"(?:newest|latest|newer|most\s+recent|more\s+recent|recent)"
_OLD = r"(?:oldest|earliest|older|least\s+recent)"
_ORDER_PHRASE = (
    rf"(?:(?:with\s+)?(?:the\s+)?(?P<first>{_NEW}|{_OLD})(?:\s+(?:ones?|papers?|entries|works?))?\s+first\b"
    rf"|(?:from\s+)?(?:the\s+)?(?P<from>{_NEW}|{_OLD})\s+(?:ones?\s+|papers?\s+)?to\s+(?:the\s+)?(?:{_NEW}|{_OLD})\b"
    r"|(?:in\s+)?(?P<rev>reverse\s+)?(?:chronological\s+order|chronologically)\b"
    r"|by\s+(?:(?:publication|release|digest|submission|arxiv)\s+)?date\b"
    r"|by\s+(?P<by>recency|newest|latest|oldest|earliest)\b)"
)
# The verb and object that ask for the order ("sort them", "list those papers", "show me", "put them").
_ORDER_VERB = (
    r"(?:(?:and\s+)?(?:(?:re-?)?sort(?:ed)?|(?:re-?)?order(?:ed)?|arrange(?:d)?|rank(?:ed)?|list(?:ed)?|show(?:n)?|"
    r"put|display(?:ed)?|give|present(?:ed)?)"
    r"(?:\s+(?:me|us))?(?:\s+(?:them|those|these|it|the\s+(?:list|results?|papers|ones|entries)|"
    r"(?:those|these)\s+(?:papers|ones|results)|all))?\s+)"
)
ORDER_RE = re.compile(rf"[,;]?\s*{_ORDER_VERB}?{_ORDER_PHRASE}(?:\s*,?\s*(?:please|thanks|instead))?", re.I)
# What a turn asking only for an order may hold besides it: openers, politeness, the list it points at.
ORDER_FILLER_RE = re.compile(
    r"\b(?:ok(?:ay)?|now|so|then|and|also|please|thanks|can|could|would|will|you|me|us|the|them|those|these|it|list|"
    r"results?|papers|ones|entries|all|again|instead|i|want|to|see|like|d|sort|order|arrange|show|put|rank|display|by"
    r"|date)\b",
    re.I,
)


def ordering(question: str) -> tuple[str, str]:
    """The question without the words asking a date order, and the order: "newest" or "oldest" first ("papers on X,
    newest first" → ("papers on X", "newest"); "sort them by date" → ("", "oldest")); (question, "") when it asks
    none. Of two phrases ("sorted by date, latest first") the one with a direction decides."""
    found = list(ORDER_RE.finditer(question))
    if not found:
        return question, ""
    order = "oldest"
    for m in found:
        said = (m.group("first") or m.group("from") or m.group("by") or "").lower()
        if m.group("rev") or said == "recency" or re.fullmatch(_NEW, said):
            order = "newest"
        elif said:
            order = "oldest"
    rest = ORDER_RE.sub("", question)
    return re.sub(r"\s+([?.!,])", r"\1", re.sub(r"\s+", " ", rest)).strip(" ,;"), order


# A summary asked for after its topic and period ("VLA papers in late 2024: give me a summary", "…, summarize them",
# "… - a short overview please"). The topic must not be a question of its own ("what is X? summarize it").
TRAILING_REQUEST_RE = re.compile(
    r"^(?P<topic>(?!\s*(?:what|which|who|whom|whose|how|why|when|where|is|are|was|were|do|does|did|can|could|"
    r"should|would|will|has|have)\b)[^?]*?[\w)])\s*(?:[:;,.!?]|\s[-–—]|[–—])\s*"
    r"(?:(?:(?:can|could|would)\s+you\s+|please\s+|i(?:'d|’d|\s+would)\s+like\s+|(?:give|get)\s+(?:me|us)\s+"
    r"|i\s+(?:want|need)\s+)?(?:(?:an?|the)\s+)?(?:(?:short|brief|quick)\s+)?"
    r"(?:summary|overview|recap|rundown|round-?up|summari[sz]e(?:\s+(?:them|these|those|it|this))?"
    r"|sum\s+(?:them|these|those|it)\s+up))"
    r"(?:\s+(?:please|for\s+(?:me|us)|of\s+(?:them|these|those)))*\s*[.?!]*\s*$",
    re.I,
)

# What a chat turn may open with before its request and name no topic by ("ok, summarize them", "thanks! recap?")
ACKNOWLEDGING_RE = re.compile(
    r"\W*(?:(?:ok(?:ay)?|thanks|thank\s+you|great|cool|nice|perfect|good|alright|all\s+right|right|yes|yeah|sure"
    r"|now|so|then|and|also|please|got\s+it)\W*)+",
    re.I,
)


def request_first(question: str) -> str:
    """A summary's request written before its topic, as the summary intent reads it ("X papers from March 2025:
    give me a summary" → "summarize X papers from March 2025"); any other question unchanged."""
    m = TRAILING_REQUEST_RE.match(question)
    if not m or ACKNOWLEDGING_RE.fullmatch(m.group("topic")):
        return question
    return f"summarize {m.group('topic').strip()}"


def ordering_only(follow: str) -> str:
    """The order a chat turn asks of the previous list when it asks nothing else ("sort them by date", "show the
    newest first", "oldest first", "could you list them from oldest to newest?"): "newest" or "oldest"; ''
    otherwise ("papers on X, newest first" names a topic of its own)."""
    rest, order = ordering(follow)
    return order if order and not ORDER_FILLER_RE.sub("", rest).strip(" ?.!,;:'’") else ""


# A person the chat is about, in the possessive: "his papers", "her coauthors", "this author's work".
PERSON_OWN = r"(?:his|her|their|(?:this|that|the|same)\s+(?:author|person|researcher)(?:'s|’s))"
PERSON_PAPERS_RE = re.compile(
    rf"\b{PERSON_OWN}\s+((?:[\w-]+\s+){{0,2}}?)(papers?|works?|publications?|articles?)\b", re.I
)
PERSON_COAUTHORS_RE = re.compile(rf"\b{PERSON_OWN}\s+(?:co-?authors?|collaborators?)\b", re.I)
# "papers by him from 2025", "how many papers by this author are from 2024"
PERSON_BY_RE = re.compile(r"\bby\s+(?:him|her|them|(?:this|that|the|same)\s+(?:author|person|researcher))\b", re.I)


def about_person(follow: str, name: str) -> str:
    """The follow-up with the person it points at named: "how many of his papers are from 2025" → "how many of the
    papers by Percy Liang are from 2025", "who are her coauthors" → "who are the coauthors of the papers by …",
    "papers by him from 2024" → "papers by Percy Liang from 2024";
    '' when it points at no person's papers or coauthors."""
    if m := PERSON_COAUTHORS_RE.search(follow):
        return f"{follow[: m.start()]}the coauthors of the papers by {name}{follow[m.end() :]}"
    if m := PERSON_PAPERS_RE.search(follow):
        return f"{follow[: m.start()]}the {m.group(1)}{m.group(2)} by {name}{follow[m.end() :]}"
    if m := PERSON_BY_RE.search(follow):
        return f"{follow[: m.start()]}by {name}{follow[m.end() :]}"
    return ""

"""Pages of a list answer: the one pager behind `/api/ask`'s `offset`, MCP, `rag ask -k`, `rag chat` and a
chat's "more please".

A list answer ("which papers use RAG?" cites 109) is a count line, one line per entry and notes; a page keeps
the lines outside the list and the entries asked for, so every entry keeps the number it is cited by in the
whole list. A chat asks for the next page in words; those words are general English paging phrases ("more",
"the next 5", "another 10", "the rest", "the remaining ones", "continue", "keep going", "page 3"), written
here as language knowledge, not as any one question's words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from rag.citations import CITATION_RE

if TYPE_CHECKING:
    from rag.records import Answer

LIST_ITEM_RE = re.compile(r"^(?:[-*+]|\d+[.)])\s+")  # an entry's own line, not its indented continuation
CHAT_PAGE = 10  # entries a chat shows at once: the UI folds the rest under "Show all N", `rag chat` prints ten
NO_LIST = (
    "There is no list of papers in this chat to show more of: ask for papers first, for example "
    '"which papers use MCTS?", then "more" or "the next 10".'
)
NO_ROW = (
    "There is no list of papers in this chat to point at: no earlier answer named a paper. Ask for papers first, "
    'for example "which papers use MCTS?", then "who wrote the first one?".'
)

NUMBER_WORDS = {
    w: n
    for n, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
        "seventeen eighteen nineteen twenty".split()
    )
} | {"thirty": 30, "forty": 40, "fifty": 50, "hundred": 100, "couple": 2, "few": 3}
# Words that ask for more of what was shown. "keep going", "go on", "carry on" are read as "continue".
PAGING_WORDS = frozenset("more next rest remaining remainder continue another following further page".split())
# Words around a paging phrase that ask nothing of their own: politeness, the request's frame, the list's nouns.
FRAME_WORDS = frozenset(
    """please pls thanks thank ok okay and so now then yes yeah sure also alright just can could would will you i we
    me us show give list display print see get let have has what which who are is were was there any some the a an
    of them those these ones papers paper results result entries entry items item works studies articles matches
    hits all to do how about lot bit""".split()
)
CONTINUE_RE = re.compile(r"\b(?:keep\s+going|go\s+on|go\s+ahead|carry\s+on)\b")
WORD_RE = re.compile(r"[a-z]+|\d+")
# "more papers on diffusion", "show me more on music generation", "the next 5 papers about LoRA": a new question
# opened with paging words, asked without them. Not "tell me more about …", nor "more like the first one".
LEAD_RE = re.compile(
    r"^\W*(?:(?:show|give|find|get|list)\s+(?:me\s+|us\s+)?)?(?:(?:some|any)\s+)?"
    r"(?:more|(?:the\s+next|another)\s+(?:\d+|[a-z]+))\s+(?=(?:papers?|work|research|studies|results)\b|on\b|about\b)",
    re.I,
)
ABOUT_RE = re.compile(r"^(?:on|about)\b", re.I)


@dataclass(frozen=True)
class PageAsk:
    """What a paging turn asks for: that many entries (`count`), a page by its number, or all that are left."""

    count: int | None = None
    number: int | None = None
    rest: bool = False


def paging_asked(question: str) -> PageAsk | None:
    """The page a chat turn asks for ("more please", "give me the next 10", "page 3", "the rest"), or None when
    the turn asks anything else: every word must be a paging word, a number, or the request's frame."""
    text = CONTINUE_RE.sub("continue", question.lower().replace("’", "'"))
    words = [w for w in WORD_RE.findall(text) if w not in FRAME_WORDS and w not in ("s", "re", "ll", "m")]
    if not words or not PAGING_WORDS & set(words):
        return None
    ask = PageAsk()
    for i, word in enumerate(words):
        n = int(word) if word.isdigit() else NUMBER_WORDS.get(word)
        if n is not None:
            if i and words[i - 1] == "page":
                ask = replace(ask, number=n)
            else:
                ask = replace(ask, count=n)
        elif word in ("rest", "remaining", "remainder"):
            ask = replace(ask, rest=True)
        elif word not in PAGING_WORDS:
            return None
    if (ask.number is not None and ask.number < 1) or (ask.count is not None and ask.count < 1):
        return None
    return ask


def without_paging_lead(question: str) -> str:
    """A new question opened with paging words, without them ("more papers on diffusion" → "papers on
    diffusion", "more on music generation" → "papers on music generation"); '' when it has no such opening."""
    m = LEAD_RE.match(question)
    if not m:
        return ""
    rest = question[m.end() :].strip()
    return f"papers {rest}" if ABOUT_RE.match(rest) else rest


def entry_lines(text: str) -> list[str]:
    """The lines of a list answer that open an entry."""
    return [line for line in text.split("\n") if LIST_ITEM_RE.match(line)]


def page_text(text: str, offset: int, limit: int | None) -> tuple[str, dict]:
    """A list answer's text with only its entries `offset` .. `offset + limit` (all from `offset` when `limit`
    is None), and where that page stands (`offset`, `limit`, `total`, `next_offset`)."""
    lines = text.split("\n")
    items = [i for i, line in enumerate(lines) if LIST_ITEM_RE.match(line)]
    end = len(items) if limit is None else min(len(items), offset + limit)
    dropped = set(items) - set(items[offset:end])
    kept = "\n".join(line for i, line in enumerate(lines) if i not in dropped)
    page = {"offset": offset, "limit": limit, "total": len(items), "next_offset": end if end < len(items) else None}
    return kept, page


def paged(reply: dict, offset: int = 0, limit: int | None = None) -> dict:
    """A list answer's entries `offset` .. `offset + limit`, with only the papers those entries cite, and
    a `page` saying where it stands: a list of 385 papers is 360 KB of JSON, more than a program or an
    agent's context wants at once. Lines outside the list (the count, notes) stay; other answers pass
    whole, with a `page` of their citations; a chat's "more please" is already one page of its list."""
    if reply.get("page"):
        return reply
    total_cited = len(reply.get("citations", []))
    if not reply.get("enumeration") or (limit is None and not offset):
        return {**reply, "page": {"offset": 0, "limit": None, "total": total_cited, "next_offset": None}}
    text, page = page_text(reply["answer"], offset, limit)
    cited = {int(n) for n in CITATION_RE.findall(text)}
    return {
        **reply,
        "answer": text,
        "citations": [c for c in reply.get("citations", []) if c["n"] in cited],
        "sources": [s for s in reply.get("sources", []) if s["n"] in cited],
        "page": page,
    }


def page_answer(answer: Answer, offset: int, limit: int | None) -> Answer:
    """The answer with only one page of its list, and only the papers that page cites."""
    text, page = page_text(answer.answer, offset, limit)
    cited = {int(n) for n in CITATION_RE.findall(text)}
    return replace(answer, answer=text, sources=[s for s in answer.sources if s.n in cited], page=page)


def shown_until(previous: str, entries: list[str], whole: bool) -> int:
    """How many entries of a list the chat has shown, from the answer before the paging turn: up to its last
    entry; a list answer holding every entry was shown as its first page (the UI folds the rest, `rag chat`
    prints ten); a page with no entry said the list had ended."""
    shown = entry_lines(previous)
    if whole and len(shown) >= len(entries):
        return min(len(entries), CHAT_PAGE)
    if not shown:
        return 0 if whole else len(entries)
    last = shown[-1]
    return entries.index(last) + 1 if last in entries else min(len(entries), len(shown))


def page_range(ask: PageAsk, shown: int, total: int) -> tuple[int, int | None]:
    """(offset, limit) of the page asked for, after `shown` entries of `total`."""
    size = ask.count or CHAT_PAGE
    if ask.number is not None:
        return (ask.number - 1) * size, size
    if ask.rest and ask.count is None:
        return shown, None
    return shown, size


def page_footer(page: dict) -> str:
    """Where a page of a chat's list stands, and how to go on."""
    start, total = page["offset"], page["total"]
    if start >= total:
        return f"That was all {total}: the list has no more entries."
    end = total if page["next_offset"] is None else page["next_offset"]
    if page["next_offset"] is None:
        return f"Entries {start + 1}–{end} of {total}: that was all {total}."
    return f"Entries {start + 1}–{end} of {total}. Ask for more to see the next ones."


OPENING_RE = re.compile(r"(?:[-*+]|\d+[.)]?)?")  # the start of a line that may still turn out to open an entry


class PageStream:
    """The streamed text of a list answer cut to the page the final reply returns (`paged`), so a client that
    shows the stream never shows an entry, or a [n] marker, that the reply's citations leave out.

    Text passes as soon as its line is known to be no entry, or an entry of the page (an LLM's tokens still
    stream); from the first entry the page drops, the rest waits for the final text (`rest`), whose page is
    only known once the answer is whole: a paging turn or an answer that is no list keeps every line.
    """

    def __init__(self, offset: int, limit: int | None):
        self.offset, self.limit = offset, limit
        self.partial = ""  # the start of a line not yet known to be an entry or not
        self.deciding = True  # at a line's start: its first characters say whether it opens an entry
        self.sent = ""
        self.entries = 0
        self.holding = False

    def keeps(self, n: int) -> bool:
        return n >= self.offset and (self.limit is None or n < self.offset + self.limit)

    def feed(self, text: str) -> str:
        """What of `text` may be shown now."""
        shown: list[str] = []
        for piece in re.split(r"(?<=\n)", text):
            if self.holding or not piece:
                continue
            if self.deciding:
                self.partial += piece
                head, ended = self.partial.rstrip("\n"), self.partial.endswith("\n")
                entry = bool(LIST_ITEM_RE.match(head))
                if not entry and not ended and OPENING_RE.fullmatch(head):
                    continue
                if entry and not self.keeps(self.entries):
                    self.holding = True
                    continue
                self.entries += entry
                piece, self.partial, self.deciding = self.partial, "", False
            shown.append(piece)
            self.deciding = piece.endswith("\n")
        out = "".join(shown)
        self.sent += out
        return out

    def rest(self, final: str) -> str:
        """The final text after what was shown; '' when the shown text is not where it starts."""
        sent = self.sent.lstrip()
        return final[len(sent) :] if final.startswith(sent) else ""

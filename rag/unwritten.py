"""Names a question writes that no paper writes, and a question's small-letter names as the papers spell them.

A name with a hyphen, a digit or an inner capital ("SWE-smith", "Falconet-9B", "HelixCoder") is one thing: a
paper naming "SWE-bench" or "Smith" does not name it, so the digests cannot answer about it. Names are
compared with case, spaces and hyphens folded away ("Llama-4", "llama 4" and "LLaMA4" are one), so a name the
papers write in any of its spellings is found.
"""

from __future__ import annotations

import re
from collections.abc import Callable

# A word with a name's marks: an inner capital ("HelixCoder"), a letter beside a digit ("Qwen4", "9B"), or
# parts joined by hyphens one of which holds a capital or a digit ("SWE-smith", "Kestrel-RM", "EAGLE-3").
NAME_TOKEN_RE = re.compile(
    r"(?<![\w.-])(?=[\w.-]*(?:[a-z][A-Z]|[A-Za-z]\d|\d[A-Za-z]|[A-Za-z]-[A-Za-z0-9]*[A-Z0-9]|[A-Z0-9][\w.]*-))"
    r"[A-Za-z][A-Za-z0-9.]*(?:-[A-Za-z0-9.]+)*(?<!\.)(?![\w-])"
)
# A small-letter word a version number follows ("llama 4", "qwen-3"): written by the papers as a name, maybe.
FAMILY_RE = re.compile(r"(?<![\w-])([a-z]{3,14})(?=[- ]?\d)")
# The benchmark a figure question ends on ("… score on mmlu?").
LAST_ON_RE = re.compile(r"\bon\s+(?:the\s+)?([a-z][a-z0-9]{2,14})\s*[?.]?\s*$")


def folded(text: str) -> str:
    """Letters and digits only, in small letters: how two spellings of one name are compared."""
    return re.sub(r"[^a-z0-9]", "", text.lower())


def unwritten_names(question: str, corpus: str) -> list[str]:
    """The question's name-like words (`NAME_TOKEN_RE`) whose folded spelling `corpus` (every paper's folded
    text) does not hold."""
    found = (m.group(0) for m in NAME_TOKEN_RE.finditer(question))
    return list(dict.fromkeys(w for w in found if len(folded(w)) >= 3 and folded(w) not in corpus))


def recased(question: str, spelling: Callable[[str], str]) -> str:
    """The question with a small-letter model family before its version ("llama 4") and the benchmark it
    ends on ("on mmlu") written as the papers write them ("Llama 4", "MMLU"); `spelling` gives that
    spelling, or "" for a word the papers write as a common word."""
    spans = [m.span(1) for m in FAMILY_RE.finditer(question)]
    spans += [m.span(1) for m in LAST_ON_RE.finditer(question)]
    out = question
    for start, end in sorted(spans, reverse=True):
        written = spelling(question[start:end])
        if written and written.lower() == question[start:end]:
            out = out[:start] + written + out[end:]
    return out

"""Numbered citations `[n]`: the check that runs after every generation, and the guard on source text.

A step of its own (as in paper-qa): answers, briefings and the UI all go through these.
"""

from __future__ import annotations

import re

CITATION_RE = re.compile(r"\[(\d+)\]")


def check_citations(text: str, valid: set[int]) -> tuple[str, list[str]]:
    """Drop every `[n]` that names no retrieved source; say which ones were dropped."""
    flags: list[str] = []

    def keep(match: re.Match[str]) -> str:
        n = int(match.group(1))
        if n in valid:
            return str(match.group(0))
        flags.append(f"removed citation [{n}]: no such source was retrieved")
        return ""

    return CITATION_RE.sub(keep, text), flags


def neutralise(text: str) -> str:
    """Bracketed numbers inside a summary (`VideoFusion [12]`) must not read as our citations."""
    return CITATION_RE.sub(r"[ref \1]", text)

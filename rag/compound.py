"""Names joined by hyphens or slashes ("DPO-Shift", "MCTS-RAG", "Pre-DPO", "speech-to-speech", "X-based",
"Llama-Nemotron"): pure functions over a text's words and the joints between them.

Stemming reads a hyphen as a space, so "DPO-Shift" holds the word "dpo". A name joined to another word is a
name of its own: a variant of the technique ("DPO-Shift"), an application of it ("MCTS-RAG") or a use of it
("DPO-based"), never the technique itself. Only a version glued on ("Mamba-2", "SAM-v2", "Qwen2.5") keeps the
name: it is the same thing, numbered.
"""

from __future__ import annotations

import re

from rag.text import fold
from rag.understand import stem

WORD_RE = re.compile(r"[a-z0-9]+")
# A joint that makes one name of two words: a hyphen or slash with no space either side.
JOINT = frozenset("-/")
# A version glued on: "2", "v2", "3.5" (its dot splits it into two words, each of them digits).
VERSION_RE = re.compile(r"^v?\d+$")


def joined_words(text: str) -> list[tuple[str, bool]]:
    """(stem, joined to the word before by a hyphen or slash) for each word of the text, in order."""
    folded = fold(text.lower())
    out: list[tuple[str, bool]] = []
    end = -1
    for m in WORD_RE.finditer(folded):
        out.append((stem(m.group(0)), end >= 0 and folded[end : m.start()] in JOINT))
        end = m.end()
    return out


def stands_alone(words: list[tuple[str, bool]], start: int, stop: int) -> bool:
    """Whether words[start:stop] is a name of its own: no other word joined to it before or after, but for a
    version glued after it ("Mamba-2")."""
    if start and words[start][1] and not VERSION_RE.match(words[start - 1][0]):
        return False
    return not (stop < len(words) and words[stop][1] and not VERSION_RE.match(words[stop][0]))


def occurrences(words: list[tuple[str, bool]], form: str) -> list[int]:
    """Where a stemmed form (" direct prefer optim ") starts among the words, joined or not."""
    want = form.split()
    stems = [w for w, _ in words]
    return [i for i in range(len(stems) - len(want) + 1) if want and stems[i : i + len(want)] == want]


def alone_at(words: list[tuple[str, bool]], form: str) -> list[int]:
    """Where a stemmed form starts among the words as a name of its own."""
    return [i for i in occurrences(words, form) if stands_alone(words, i, i + len(form.split()))]


def joined_runs(text: str) -> list[str]:
    """The stemmed runs of words a text joins by hyphens or slashes ("speech-to-speech translation" →
    "speech to speech"): each is one name, never split."""
    runs: list[list[str]] = []
    for word, joined in joined_words(text):
        if joined and runs:
            runs[-1].append(word)
        else:
            runs.append([word])
    return [" ".join(r) for r in runs if len(r) > 1]


def directed_run(words: list[str]) -> list[str]:
    """The words of a name around an inner "to", which says what is turned into what ("speech to speech" of
    "speech-to-speech translation", "imag to video" of image-to-video generation); [] where there is none."""
    k = next((k for k in range(1, len(words) - 1) if words[k] == "to"), 0)
    return words[k - 1 : k + 2] if k else []

"""The names a topic's papers write, counted by papers: benchmarks, model families, baselines (`rag.usage`).

What counts as a benchmark, a model or a baseline is read off the corpus, never from a list of names: a benchmark is
a name papers write as what they are evaluated on ("on AIME and GSM8K", `follow.benchmark_names`) or a paper making
a data set gives itself; a model family is a name papers write with a parameter count ("Qwen2.5-7B"); a baseline is
a name written as what a paper is measured against ("outperforms GRPO", "than GPT-4o"). Pure.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from rag.follow import benchmark_names, short_name
from rag.paper_kinds import is_kind
from rag.papers import Paper
from rag.render import plural
from rag.shapes import claims
from rag.usage import Asked

FAMILY_RE = re.compile(r"^[A-Za-z]+")
YEAR_TAIL_RE = re.compile(r"[- ]?(?:20)?2[0-9]$")
# A model written with its parameter count: "Qwen2.5-Math-7B", "Llama 3 8B", "Mistral-7B".
# A model written with its parameter count, joined by a hyphen or its own name holding a digit or a second capital:
# "Qwen2.5-Math-7B", "Mistral-7B", "LLaMA 7B"; "The 7B model" is none.
SIZED_RE = re.compile(
    r"(?<![\w.-])(?P<name>[A-Z][A-Za-z]*[\w.-]*?-|[A-Z][\w.-]*?(?:[A-Z]|\d)[\w.-]*?[- ])\d+(?:\.\d+)?[BM]\b"
)
# A model's name, no benchmark: a parameter count after a hyphen ("LLaMA-3.2-8B"; "GSM8K" is a benchmark) or a
# language model's "LM" ("MusicLM")
MODEL_NAME_RE = re.compile(r"(?:[-_]\d+(?:\.\d+)?[BM]|LL?M)$")
# A name written as what a paper is measured against ("outperforms GRPO", "than GPT-4o", "compared to DPO").
NAME = r"[A-Z][\w.+-]*?(?:[A-Z]|\d)[\w.+-]*"
AGAINST_RE = re.compile(
    r"\b(?:outperform\w*|surpass\w*|than|beat(?:s|ing)?|rival\w*|exceed\w*|over|against|versus|vs\.?"
    r"|compared\s+(?:to|with)|relative\s+to|baselines?\s+(?:such\s+as|like|including))\s+(?:the\s+)?"
    r"(?:(?:strong|proprietary|leading|state-of-the-art|larger|standard|vanilla|original|existing|prior|previous"
    r"|other|competing|current)\s+)*"
    r"(?:(?:models?|baselines?|methods?|approaches|techniques|algorithms?)\s+(?:such\s+as|like|including)\s+)?"
    rf"(?P<names>{NAME}"
    rf"(?:\s*(?:,|and|&|or)\s*(?:the\s+)?{NAME})*)"
)
NAME_RE = re.compile(NAME)
VERSIONED_RE = re.compile(r"^[A-Za-z]+[- ]?\d")  # a model's version after its family: "GPT-4o", "Qwen2.5"
EVALUATED_SHARE = 0.2  # a name written as evaluated on by at least this share of the papers writing it
AGAINST_SHARE = 0.03  # a method written as measured against by at least this share of the papers writing it
SHOWN = 10
CITED = 3
FAMILY_PAPERS = 3  # a family written with a parameter count by this many papers is a model family


@dataclass(frozen=True)
class Used:
    """One counted name (a benchmark, or a model family with the versions written), and the papers writing it."""

    name: str
    forms: tuple[str, ...]
    papers: tuple[Paper, ...]


def against_names(sentence: str) -> list[str]:
    """The names a sentence measures something against ("outperforms GRPO and DAPO")."""
    return [n.rstrip(".,") for m in AGAINST_RE.finditer(sentence) for n in NAME_RE.findall(m.group("names"))]


def bench_key(name: str) -> str:
    """One key for a benchmark's spellings and editions: "AIME24", "AIME 2025" → "aime"; "MATH-500" → "math500"."""
    base = YEAR_TAIL_RE.sub("", name) if re.search(r"[A-Za-z]{2}[- ]?(?:20)?2\d$", name) else name
    return re.sub(r"[-\s]", "", base).lower()


def model_families(papers: Iterable[Paper]) -> dict[str, str]:
    """Model families, lower-cased, to the spelling most written: the letters opening a name papers write with a
    parameter count ("Qwen" of "Qwen2.5-7B"), written so by `FAMILY_PAPERS` papers or more."""
    heads: Counter[str] = Counter()
    spelt: Counter[str] = Counter()
    for p in papers:
        found = {family_of(m.group("name")) for m in SIZED_RE.finditer(p.summary)}
        heads.update({f.lower() for f in found if len(f) >= 3})
        spelt.update(found)
    families = {f for f, n in heads.items() if n >= FAMILY_PAPERS}
    best: dict[str, str] = {}
    for name, _ in spelt.most_common():
        best.setdefault(name.lower(), name)
    return {f: best[f] for f in families}


def corpus_names(papers: Iterable[Paper]) -> tuple[Counter[str], Counter[str]]:
    """(in how many papers each name is written as evaluated on, as measured against), read from their claims."""
    evaluated: Counter[str] = Counter()
    against: Counter[str] = Counter()
    for p in papers:
        said = claims(p.summary)
        evaluated.update({n for s in said for n in benchmark_names(s)})
        against.update({n for s in said for n in against_names(s)})
    return evaluated, against


def benchmark_vocabulary(
    papers: Sequence[Paper],
    evaluated: Counter[str],
    against: Counter[str],
    written: Callable[[str], int],
    families: dict[str, str],
) -> dict[str, str]:
    """Benchmark names, as written, to their key (`bench_key`): names two papers or more write as evaluated on,
    and the names papers making a data set give themselves; not one written more often as what is outperformed
    (a model or method), a model family's, a name ending in a size, nor a word of the field that papers rarely
    write as evaluated on ("AI", "LLM": under `EVALUATED_SHARE` of the papers that write it)."""
    made = Counter(name for p in papers if (name := short_name(p)) and is_kind(p, "data"))
    names = {n for n, k in evaluated.items() if k >= 2} | {n for n in made if NAME_RE.fullmatch(n)}
    kept = {
        n
        for n in names
        if against[n] < evaluated[n] + made[n]
        and not MODEL_NAME_RE.search(n)
        and family_of(n).lower() not in families
        and evaluated[n] + made[n] >= EVALUATED_SHARE * max(written(n), 1)
    }
    return {n: bench_key(n) for n in kept}


def ranked(found: dict[str, list[Paper]], forms: dict[str, Counter[str]], names: dict[str, str]) -> list[Used]:
    """Names by how many papers write them, most first; each with its spellings, most written first. `names`
    gives a key its own name (a family's); else its most written spelling."""
    rows = [
        Used(names.get(k) or forms[k].most_common(1)[0][0], tuple(f for f, _ in forms[k].most_common()), tuple(ps))
        for k, ps in found.items()
    ]
    return sorted(rows, key=lambda u: (-len(u.papers), u.name.lower()))


def benchmark_counts(papers: Sequence[Paper], vocabulary: dict[str, str]) -> list[Used]:
    """Each benchmark the papers write (title or summary), with the papers writing it."""
    found: dict[str, list[Paper]] = {}
    forms: dict[str, Counter[str]] = {}
    for p in papers:
        seen: set[str] = set()
        for token in NAME_RE.findall(f"{p.title} {p.summary}"):
            token = token.rstrip(".,;:")
            if token in vocabulary:
                seen.add(vocabulary[token])
                forms.setdefault(vocabulary[token], Counter())[token] += 1
        for key in seen:
            found.setdefault(key, []).append(p)
    return ranked(found, forms, {})


def version_of(token: str) -> str:
    """A model's family and version, without its size or variant: "Qwen2.5-Math-7B" → "Qwen2.5"; a number that is
    a size is no version ("Mistral-7B" → "Mistral")."""
    m = re.match(r"[A-Za-z]+(?:[- ]?\d+(?:\.\d+)?[a-z]?)?", token)
    if not m:
        return token
    sized = token[m.end() : m.end() + 1] in ("B", "M")
    return family_of(token) if sized else m.group(0)


def family_of(name: str) -> str:
    """The letters opening a name ("GPT" of "GPT-4o"), '' when it opens otherwise."""
    m = FAMILY_RE.match(name)
    return m.group(0) if m else ""


def model_counts(papers: Sequence[Paper], families: dict[str, str]) -> list[Used]:
    """Each model family the papers write (title or summary), with the papers writing it."""
    found: dict[str, list[Paper]] = {}
    forms: dict[str, Counter[str]] = {}
    for p in papers:
        seen: set[str] = set()
        for token in re.findall(r"(?<![\w.-])[A-Z][\w.+-]*", f"{p.title} {p.summary}"):
            family = family_of(token).lower()
            if family in families:
                seen.add(family)
                forms.setdefault(family, Counter())[version_of(token.rstrip(".,;:"))] += 1
        for family in seen:
            found.setdefault(family, []).append(p)
    return ranked(found, forms, families)


def baseline_counts(
    papers: Sequence[Paper], families: dict[str, str], field_word: Callable[[str], bool], models: bool
) -> list[Used]:
    """What the papers say they measure themselves against, by papers: model families (a family's name, or any
    name with a version after its letters, "GPT-4o", counted by its letters) and, unless only models are asked,
    methods ("GRPO"); a word of the field (`field_word`: "LLMs", "RL") is none."""
    found: dict[str, list[Paper]] = {}
    forms: dict[str, Counter[str]] = {}
    names: dict[str, str] = {}
    for p in papers:
        seen: set[str] = set()
        for name in (n for s in claims(p.summary) for n in against_names(s)):
            family = family_of(name)
            model = len(family) >= 3 and (family.lower() in families or bool(VERSIONED_RE.match(name)))
            if (models and not model) or (not model and field_word(name)):
                continue
            key = family.lower() if model else name.lower()
            names.setdefault(key, families.get(key, family) if model else "")
            seen.add(key)
            forms.setdefault(key, Counter())[version_of(name) if model else name] += 1
        for key in seen:
            found.setdefault(key, []).append(p)
    return ranked(found, forms, names)


WHAT_WORDS = {
    "benchmark": ("benchmarks or data sets", "a benchmark or data set"),
    "model": ('a model family (one papers write with a parameter count, as "Qwen2.5-7B")', "a model family"),
    "baseline": ('what they measure themselves against ("outperforms X", "than X", "compared to X")', "a baseline"),
}
NOTES = {
    "benchmark": "A paper counts once for each name its title or summary writes; naming one is not always being scored "
    "on it.",
    "model": "A paper counts once for each family it names; not every model a summary names is the one it builds on.",
    "baseline": "A paper counts once for each name it says it is measured against.",
}
SHARED = 3  # names two or more papers write that are enough to show without those only one paper writes


def used_text(
    asked: Asked, used: Sequence[Used], listed: int, scope: str, cite: Callable[[Paper], int], shown: int = SHOWN
) -> str:
    """The names ranked by papers writing them, each with its count and a few of them cited (those two papers or
    more write, where there are enough of them: one paper's names are the likeliest to be none); said plainly when
    none of the papers writes one."""
    what = "models measured against" if asked.what == "baseline" and asked.models else WHAT_WORDS[asked.what][0]
    if not used:
        return (
            f"None of the {listed} papers {scope} names {WHAT_WORDS[asked.what][1]} it uses, so the digests do not say "
            "which is used most."
        )
    writing = len({p.id for u in used for p in u.papers})
    names = "names" if writing == 1 else "name"
    head = f"Of the {plural(listed, 'paper')} {scope}, {writing} {names} {what}"
    lines = [f"{head}; most named first, with the papers naming each:"]
    shared = [u for u in used if len(u.papers) > 1]
    kept = shared[:shown] if len(shared) >= SHARED else used[:shown]
    for u in kept:
        others = [f for f in u.forms if f != u.name][:3]
        also = f" ({', '.join(others)})" if others else ""
        n = len(u.papers)
        cited = "".join(f"[{cite(p)}]" for p in u.papers[:CITED])
        lines.append(f"- {u.name}{also}: {n} paper{'s' if n != 1 else ''} {cited}")
    if len(used) > len(kept):
        lines.append(f"{len(used) - len(kept)} other names are written by fewer papers.")
    lines.append(NOTES[asked.what])
    return "\n".join(lines)

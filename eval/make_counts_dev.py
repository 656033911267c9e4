"""Write eval/counts_dev.jsonl: count and trend questions on seeded topics, each with its grep count.

Topics are drawn with seed SEED from the corpus's frequent title terms: acronyms written in MIN_TITLES
titles or more, and two-word title phrases in MIN_TITLES titles or more, less the phrases holding a word
of GENERIC (words of a paper's genre or of any topic, general language, not a topic themselves) or a lone
letter ("3D" splits into "d"). A topic's forms are the ones lists use: the term, its plural, its words
joined by space or hyphen, and its acronym or expansion as the corpus defines it (`mine_acronyms`). A paper
names the topic when its title or summary matches any form (case-insensitive, whole words); `grep` is how
many do, and `months` how many of them first appeared in each month.

Kinds (the rule each passes by is in eval/score_counts_dev.py and eval/counts_dev.md):
- mention: "how many papers mention X?" in MENTION_FORMS; the count said of the papers naming X.
- use: "how many papers use X?" in USE_FORMS; the answer says how many use or study it, and how many name it.
- trend: "how did X evolve per month?" in TREND_FORMS; the monthly counts sum to the total stated.
- control: rows of trend_dev, compare_dev and aggregate_dev that must keep their intent and shape.

Run: `python eval/make_counts_dev.py` (writes the set, prints each row).
"""

from __future__ import annotations

import json
import random
import re
import sys
from collections import Counter
from itertools import pairwise
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from rag.ingest import load_papers  # noqa: E402
from rag.retrieve import mine_acronyms  # noqa: E402
from rag.understand import stem  # noqa: E402

SEED = 3110
TOPICS = 12
MIN_TITLES = 10
# General language: words naming a paper's genre or a quality of any work, and the corpus's umbrella terms
# (every paper is on LLMs or AI), none of them a topic of its own.
GENERIC = frozenset(
    "a an the of for with and in on to via from by is are as at into towards toward your you we our can do does how "
    "what when why new novel unified comprehensive empirical technical report survey study benchmark benchmarks "
    "framework frameworks evaluation approach method methods model models large language llm llms ai ml gpt single "
    "efficient capability capabilities towards beyond using based through data multimodal visual".split()
)
FUNCTION = frozenset("of for and the a an in on to with".split())
ACRONYM_RE = re.compile(r"[A-Za-z]*[A-Z][A-Za-z]*[A-Z][A-Za-z]*")
MENTION_FORMS = ["how many papers mention {t}?", "how many papers name {t}?", "how many papers refer to {t}?"]
USE_FORMS = ["how many papers use {t}?", "how many papers study {t}?", "how many papers are on {t}?"]
TREND_FORMS = ["how did papers on {t} evolve per month?", "{t} papers per month", "how many {t} papers each month?"]
# Hand-judged, by reading each sampled paper's sentences naming the topic: the sampled papers that use or
# study it (the rest only name it: in a closing implication, as a kind of data, as an adjective).
JUDGED_USES: dict[str, list[str]] = {
    "counts-use00": ["2502.06703", "2504.04718", "2505.11140", "2505.19621", "2508.09968", "2510.02263"],
    "counts-use02": ["2501.15907", "2503.06362", "2503.23542", "2506.00338", "2509.10452", "2510.08047"],
    "counts-use04": ["2410.02465", "2411.00871", "2506.10378", "2509.24900"],
    "counts-use06": ["2503.24376", "2507.01945", "2510.02295", "2510.08377"],
    "counts-use08": ["2502.13143", "2505.15517", "2508.13992", "2510.17439", "2510.25760"],
    "counts-use10": ["2502.01068", "2502.01941", "2502.17363", "2505.19602", "2506.18879"],
}
CONTROLS = [
    ("trend_dev", "is interest in GRPO growing?", "trend"),
    ("trend_dev", "DPO vs GRPO papers per month", "trend"),
    ("trend_dev", "compare GRPO and PPO", "compare"),
    ("compare_dev", "compare Mamba and Transformers for long context", "compare"),
    ("aggregate_dev", "who wrote the most papers in the corpus?", "aggregate"),
    ("probe4", "compare GRPO and DPO", "compare"),
]


def title_terms(titles: list[str]) -> Counter[str]:
    """Acronyms and two-word phrases by how many titles write them."""
    counts: Counter[str] = Counter()
    for title in titles:
        terms = set(re.findall(r"\b[A-Z][A-Za-z]*[A-Z]\b", title))  # "GRPO", "LoRA", not "LLMs" (a plural)
        words = [w.lower() for w in re.findall(r"[A-Za-z][\w-]*", title)]
        terms |= {f"{a} {b}" for a, b in pairwise(words)}
        counts.update(terms)
    return counts


def usable(term: str) -> bool:
    words = term.lower().split()
    return not any(w in GENERIC or len(w) == 1 for w in words)


def forms_of(term: str, acronyms: dict[str, str], casings: dict[str, str]) -> list[str]:
    """The term and its acronym twin: an acronym's expansion, or the acronym a phrase spells out (in the case
    the corpus writes it most, `casings`)."""
    forms = [term]
    low = term.lower()
    if " " not in term and low in acronyms:
        forms.append(acronyms[low])
    for acr, expansion in acronyms.items():
        if expansion.rstrip("s") == low.rstrip("s") and acr.lower() != low:
            forms.append(casings.get(acr, acr.upper()))
    return forms


def word_pattern(word: str) -> str:
    """A word in any inflection (its stem and any ending: "cach" takes cache, caches, caching); a function
    word as written."""
    low = word.lower()
    return re.escape(low) if low in FUNCTION else re.escape(stem(low)) + r"\w*"


def pattern_of(forms: list[str]) -> str:
    """Whole words, any case and inflection, joined by space or hyphen; an acronym (one word with two
    capitals or more) only in its own case, with a plural s: "IF" is no "if"."""
    parts = []
    for form in forms:
        if ACRONYM_RE.fullmatch(form):
            parts.append(rf"(?-i:\b{re.escape(form)}s?\b)")
            continue
        parts.append(r"\b" + r"[\s-]+".join(word_pattern(w) for w in re.split(r"[\s-]+", form)) + r"\b")
    return "|".join(parts)


def spelled_otherwise(text: str, acronym: str, expansion: str) -> bool:
    """Whether the paper spells the acronym out as something else ("Flexible Match (FM)", "foundation models
    (FMs)" against flow matching): the words before "(FM)" whose initials spell it, not the expansion's words."""
    letters = acronym.lower()
    wanted = [stem(w) for w in re.split(r"[\s-]+", expansion.lower()) if w not in FUNCTION]
    for m in re.finditer(rf"((?:[\w-]+\s+){{1,8}})\({re.escape(acronym)}s?\)", text):
        words = [w for w in re.split(r"[\s-]+", m.group(1).lower()) if w and w not in FUNCTION]
        spelled = words[-len(letters) :]
        if "".join(w[0] for w in spelled) == letters and [stem(w) for w in spelled] != wanted:
            return True
    return False


def names(text: str, forms: list[str]) -> bool:
    """Whether a paper's text writes any form, an acronym counting only where the paper does not spell it out
    as something else."""
    phrases = [f for f in forms if not ACRONYM_RE.fullmatch(f)]
    if phrases and re.search(pattern_of(phrases), text, re.I):
        return True
    expansion = phrases[0] if phrases else ""
    return any(
        re.search(pattern_of([a]), text) and not (expansion and spelled_otherwise(text, a, expansion))
        for a in forms
        if ACRONYM_RE.fullmatch(a)
    )


def casings_of(papers: list) -> dict[str, str]:
    """Each acronym as the summaries write it most ("(LoRA)"), keyed lower-case."""
    written = Counter(m.group(1) for p in papers for m in re.finditer(r"\(([A-Za-z]+)s?\)", p.summary))
    casings: dict[str, str] = {}
    for form, _ in written.most_common():
        casings.setdefault(form.lower(), form)
    return casings


def drawn_topics(papers: list, acronyms: dict[str, str], seed: int, topics: int) -> dict[str, list]:
    """Title terms in the order `seed` draws them, each with the papers writing one of its forms (earliest first),
    until `topics` of them are written by MIN_TITLES papers or more."""
    casings = casings_of(papers)
    counts = title_terms([p.title for p in papers])
    pool = sorted(t for t, n in counts.items() if n >= MIN_TITLES and usable(t))
    named: dict[str, list] = {}
    for term in random.Random(seed).sample(pool, len(pool)):
        forms = forms_of(term, acronyms, casings)
        found = sorted(
            (p for p in papers if names(f"{p.title}\n{p.summary}", forms)), key=lambda p: (min(p.dates), p.id)
        )
        if len(found) >= MIN_TITLES:
            named[term] = found
        if len(named) == topics:
            break
    return named


def main() -> None:
    papers = load_papers([ROOT / "data" / "digests"])[0]
    acronyms = mine_acronyms([f"{p.title}. {p.summary}" for p in papers])
    first = {p.id: min(p.dates)[:7] for p in papers}
    casings = casings_of(papers)
    counts = title_terms([p.title for p in papers])
    pool = sorted(t for t, n in counts.items() if n >= MIN_TITLES and usable(t))
    rng = random.Random(SEED)
    topics = rng.sample(pool, TOPICS)
    rows: list[dict] = []
    for n, term in enumerate(topics):
        forms = forms_of(term, acronyms, casings)
        named = [p for p in papers if names(f"{p.title}\n{p.summary}", forms)]
        months = dict(sorted(Counter(first[p.id] for p in named).items()))
        base = {"topic": term, "forms": forms, "pattern": pattern_of(forms), "grep": len(named), "months": months}
        second = ("use", USE_FORMS) if n % 2 == 0 else ("trend", TREND_FORMS)
        kinds = [("mention", MENTION_FORMS), second]
        for kind, templates in kinds:
            row_id = f"counts-{kind}{n:02d}"
            draw = random.Random(f"{SEED}-{term}")  # the topic's own draw: no other topic's changes move it
            sample = sorted(draw.sample([p.id for p in named], min(6, len(named)))) if kind == "use" else []
            uses = JUDGED_USES.get(row_id, [])
            assert set(uses) <= set(sample), (row_id, sample)  # judged on this very sample
            judged = {"uses": uses, "estimate": round(len(uses) / len(sample) * len(named))} if sample else {}
            rows.append(
                {
                    "id": row_id,
                    "kind": kind,
                    "question": templates[n % len(templates)].format(t=term),
                    **base,
                    "sample": sample,
                    "judged": judged,
                }
            )
    for n, (source, question, intent) in enumerate(CONTROLS):
        rows.append(
            {
                "id": f"counts-control{n:02d}",
                "kind": "control",
                "question": question,
                "intent": intent,
                "source": source,
            }
        )
    by_kind: dict[str, int] = {}
    for row in rows:
        i = by_kind.get(row["kind"], 0)
        row["half"] = "tune" if i % 2 == 0 else "check"
        by_kind[row["kind"]] = i + 1
    out = ROOT / "eval" / "counts_dev.jsonl"
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    for r in rows:
        print(json.dumps({k: v for k, v in r.items() if k != "months"}, ensure_ascii=False))


if __name__ == "__main__":
    main()

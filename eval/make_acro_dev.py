"""Write eval/acro_dev.jsonl: acronym/expansion pairs drawn (seeded) from the corpus's "Expansion (ACR)" patterns,
each pair's expected count of the papers naming it found by grep of titles and summaries (`naming`).

Run: `python eval/make_acro_dev.py` with RAG_HOME pointing at an index.
"""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from rag.retrieve import ACRONYM_RE, acronym_senses, sense_key  # noqa: E402
from rag.settings import Settings  # noqa: E402

SEED = 36
PLAIN, AMBIGUOUS = 12, 4
BRIEF = [("ViT", "vision transformer"), ("TTS", "test time scaling")]


def phrase_re(expansion: str) -> re.Pattern[str]:
    """The expansion as written: any case, hyphen, space or nothing between words ("auto-regressive",
    "autoregressive"), plural last word."""
    words = expansion.split()
    return re.compile(r"(?<![\w-])" + r"[\s-]?".join(re.escape(w) for w in words) + r"(?:s|es)?(?![\w])", re.I)


def acronym_re(acronym: str) -> re.Pattern[str]:
    """The acronym as a word of its own, case kept, plural "s" allowed; before a hyphen ("ViT-based") but not after
    one ("F5-TTS" is another name)."""
    return re.compile(rf"(?<![\w-]){re.escape(acronym)}s?(?![A-Za-z0-9])")


def own_expansions(acronym: str, text: str) -> set[str]:
    """The sense keys of the words this text spells the acronym out as ("Text-to-Speech (TTS)")."""
    letters = "".join(c for c in acronym if c.isupper()).lower()
    found = set()
    for m in ACRONYM_RE.finditer(text):
        if m.group(1).rstrip("s") != acronym:
            continue
        senses = acronym_senses([text[max(0, m.start() - 120) : m.end()]])
        for sense in senses.get(m.group(1).lower(), []) + senses.get(letters, []):
            found.add(sense_key(sense))
    return found


def naming(acronym: str, expansion: str, rivals: list[str], texts: list[str]) -> list[int]:
    """The rule a count is checked against: a paper names the pair when it writes the expansion, or writes the
    acronym without spelling it out as something else; for an acronym the corpus spells out several ways, a paper
    writing only the acronym counts for none of them (only its own spelling shows the sense)."""
    words, acr, key = phrase_re(expansion), acronym_re(acronym), sense_key(expansion)
    out = []
    for i, text in enumerate(texts):
        if words.search(text):
            out.append(i)
        elif acr.search(text) and not rivals:
            spelled = own_expansions(acronym, text)
            if not spelled or key in spelled:
                out.append(i)
    return out


def main() -> None:
    from rag.retrieve import Retriever

    retriever = Retriever(Settings.from_env(llm="extractive"))
    papers = retriever.papers
    texts = [f"{p.title}. {p.summary}" for p in papers]
    counts: dict[str, dict[str, int]] = {}
    for text in texts:
        for m in ACRONYM_RE.finditer(text):
            counts.setdefault(m.group(1), {}).setdefault("n", 0)
            counts[m.group(1)]["n"] += 1
    plain, ambiguous = [], []
    for low, expansion in sorted(retriever.acronyms.items()):
        written = [a for a in counts if a.lower() == low and counts[a]["n"] >= 4]
        if len(written) != 1 or len(expansion.split()) < 2 or low in {"vit", "tts"}:
            continue
        if low.endswith("s") and low[:-1] in retriever.acronyms:  # "ViTs": the singular's pair
            continue
        if sum(bool(phrase_re(expansion).search(t)) for t in texts) < 3:  # a one-off or mis-mined spelling
            continue
        (ambiguous if low in retriever.acronym_rivals else plain).append((written[0], expansion))
    rng = random.Random(SEED)
    drawn = rng.sample(plain, PLAIN) + rng.sample(ambiguous, min(AMBIGUOUS, len(ambiguous))) + BRIEF
    rows = []
    for n, (acronym, expansion) in enumerate(drawn):
        rivals = retriever.acronym_rivals.get(acronym.lower(), [])
        half = "tune" if n % 2 == 0 or (acronym, expansion) in BRIEF else "check"
        base = {"acronym": acronym, "expansion": expansion, "half": half}
        meanings = [expansion, *rivals]
        expected = {m: len(naming(acronym, m, rivals, texts)) for m in meanings}
        ask_acr = f"how many papers mention {acronym}?"
        ask_words = f"how many papers mention {expansion}?"
        if rivals:
            rows.append({**base, "type": "ambiguous_acronym", "question": ask_acr, "expected": expected})
            for m in meanings:
                rows.append(
                    {
                        **base,
                        "type": "count_words",
                        "question": f"how many papers mention {m}?",
                        "expected": expected[m],
                    }
                )
            continue
        count = expected[expansion]
        rows += [
            {**base, "type": "count_acronym", "question": ask_acr, "expected": count},
            {**base, "type": "count_words", "question": ask_words, "expected": count},
            {**base, "type": "definition_acronym", "question": f"what is {acronym}?", "expected": count},
            {**base, "type": "same_count", "question": ask_acr, "twin": ask_words},
            {**base, "type": "same_definition", "question": f"what is {acronym}?", "twin": f"what is {expansion}?"},
            {**base, "type": "same_list", "question": f"papers on {acronym}", "twin": f"papers on {expansion}"},
        ]
    with open(ROOT / "eval" / "acro_dev.jsonl", "w", encoding="utf-8") as out:
        for k, row in enumerate(rows, 1):
            out.write(json.dumps({**row, "id": f"acro-{k:02d}"}) + "\n")
    print(len(rows), "rows;", [(a, e) for a, e in drawn])


if __name__ == "__main__":
    main()

"""Write eval/counts2_dev.jsonl: one row per term, the answers that each state a count of its papers, and grep.

For one term the product states a count of the papers naming it in several answers: the definition ("N papers
in the digests name X"), a count ("how many papers mention X?"), a count of use ("how many papers use X?",
"(N name it)"). It states a count of those using or studying it in two: that count's answer and the list
("which papers use X?"). A row passes when each notion gets one number in every answer that states it, and the
naming count is near grep (eval/counts2_dev.md; the rule is in eval/score_counts2_dev.py).

`grep` reads the digests, not the product's index: a paper (one arXiv id, however many digest rows list it)
names the term when its title or summary writes the term or its acronym twin (`forms_of`, as counts_dev): words
in any inflection, joined by space or hyphen, any case; an acronym in its own case with a plural s, and not in
a paper that spells it out as something else (`spelled_otherwise`).

Run: `python eval/make_counts2_dev.py` (writes the set, prints each row).
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from eval.make_counts_dev import ACRONYM_RE, FUNCTION, casings_of  # noqa: E402
from rag.ingest import load_papers  # noqa: E402
from rag.retrieve import mine_acronyms  # noqa: E402
from rag.understand import stem  # noqa: E402

# Chosen before any answer was read, seven acronyms and seven names written in words (one-word and two-word
# techniques, hyphenated or not); halves alternate down the list.
TERMS = [
    "GRPO",
    "DPO",
    "LoRA",
    "MCTS",
    "PPO",
    "MoE",
    "RAG",
    "speculative decoding",
    "test-time scaling",
    "flow matching",
    "knowledge distillation",
    "curriculum learning",
    "model merging",
    "KV cache",
]
QUESTIONS = {
    "definition": "what is {t}?",
    "mention": "how many papers mention {t}?",
    "use": "how many papers use {t}?",
    "list": "which papers use {t}?",
}


def flat(text: str) -> str:
    return re.sub(r"[\s-]+", " ", text.lower()).rstrip("s")


def forms_of(term: str, acronyms: dict[str, str], casings: dict[str, str]) -> list[str]:
    """The term and its acronym twin: an acronym's expansion, or the acronym a phrase spells out (hyphen or
    space alike), in the case the corpus writes it most."""
    forms = [term]
    if " " not in term and term.lower() in acronyms:
        forms.append(acronyms[term.lower()])
    forms += [casings.get(a, a.upper()) for a, e in acronyms.items() if flat(e) == flat(term) and a != term.lower()]
    return forms


def word_pattern(word: str) -> str:
    """A word in any inflection: what its stem shares with it ("polici" and "policy": polic), and any ending."""
    low = word.lower()
    if low in FUNCTION:
        return re.escape(low)
    root = stem(low)
    shared = next((n for n, (a, b) in enumerate(zip(root, low)) if a != b), min(len(root), len(low)))
    return re.escape(low[:shared]) + r"\w*"


def phrase_pattern(form: str) -> str:
    if ACRONYM_RE.fullmatch(form) or (len(form) > 1 and form.isupper()):
        return rf"(?-i:\b{re.escape(form)}s?\b)"
    return r"\b" + r"[\s-]+".join(word_pattern(w) for w in re.split(r"[\s-]+", form)) + r"\b"


def is_acronym(form: str) -> bool:
    return bool(ACRONYM_RE.fullmatch(form)) or (len(form) > 1 and form.isupper())


def spelled_otherwise(text: str, acronym: str, expansion: str) -> bool:
    """Whether the paper spells the acronym out as something else: the words before "(TTS)" are not the
    expansion, and their initials, function words counted or not, spell it ("text-to-speech (TTS)" against
    test-time scaling, "Group Robust Preference Optimization (GRPO)" against GRPO's usual expansion)."""
    letters = acronym.lower()
    for m in re.finditer(rf"((?:[\w-]+\s+){{1,8}})\({re.escape(acronym)}s?\)", text):
        before = m.group(1)
        if re.search(phrase_pattern(expansion) + r"\s*$", before, re.I):
            continue
        words = [w for w in re.split(r"[\s-]+", before.lower()) if w]
        for kept in (words, [w for w in words if w not in FUNCTION]):
            if "".join(w[0] for w in kept[-len(letters) :]) == letters:
                return True
    return False


def names(text: str, forms: list[str]) -> bool:
    phrases = [f for f in forms if not is_acronym(f)]
    if any(re.search(phrase_pattern(f), text, re.I) for f in phrases):
        return True
    expansion = phrases[0] if phrases else ""
    return any(
        re.search(phrase_pattern(a), text) and not (expansion and spelled_otherwise(text, a, expansion))
        for a in forms
        if is_acronym(a)
    )


def spelled_as(text: str, acronym: str, expansion: str) -> bool:
    return bool(re.search(phrase_pattern(expansion) + rf"\s*\({re.escape(acronym)}s?\)", text, re.I))


def usual(forms: list[str], texts: list[str]) -> list[str]:
    """The forms less an acronym twin the corpus spells out as something else more often than as the term
    ("TTS": text-to-speech more than test-time scaling): such an acronym alone does not say which is meant."""
    phrases = [f for f in forms if not is_acronym(f)]
    if not phrases:
        return forms
    kept = []
    for form in forms:
        if is_acronym(form):
            own = sum(spelled_as(t, form, phrases[0]) for t in texts)
            other = sum(spelled_otherwise(t, form, phrases[0]) for t in texts)
            if other >= own:
                continue
        kept.append(form)
    return kept


def main() -> None:
    papers = load_papers([ROOT / "data" / "digests"])[0]
    acronyms = mine_acronyms([f"{p.title}. {p.summary}" for p in papers])
    casings = casings_of(papers)
    texts = [f"{p.title}\n{p.summary}" for p in papers]
    rows = []
    for n, term in enumerate(TERMS):
        forms = usual(forms_of(term, acronyms, casings), texts)
        named = sorted(p.id for p in papers if names(f"{p.title}\n{p.summary}", forms))
        rows.append(
            {
                "id": f"counts2-{n:02d}",
                "kind": "acronym" if is_acronym(term) else "words",
                "term": term,
                "questions": {k: q.format(t=term) for k, q in QUESTIONS.items()},
                "forms": forms,
                "grep": len(named),
                "half": "tune" if n % 2 == 0 else "check",
            }
        )
    out = ROOT / "eval" / "counts2_dev.jsonl"
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    for r in rows:
        print(json.dumps(r, ensure_ascii=False))


if __name__ == "__main__":
    main()

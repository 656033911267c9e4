"""Draw eval/yesno5_dev.jsonl: yes/no questions about a method whose own paper is not in the corpus but whose
property other papers state ("critic-free algorithms like GRPO"), about a property written with a word the stemmer
joins to another of a different meaning ("critical" / "critic"), and about an acronym asked by its expansion or
the other way round ("ASR" / "speech recognition") (eval/yesno5_dev.md).

`python eval/make_yesno5_dev.py --draw` prints the seeded draws the rows were written from: the corpus's frequent
capitalised acronyms (15 summaries or more) that no title opens with, the word pairs Snowball stems alike where
one is the other plus "-al" / "-ally", and for each pair of another meaning a named paper writing the adjective
but never the noun. The questions were then written by hand and judged by reading the summaries
(`/work/lead/show.py ID`). Without `--draw` it prints the rows.
"""

from __future__ import annotations

import collections
import json
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from eval.make_yesno3_dev import NAME_RE  # noqa: E402
from rag.ingest import load_papers  # noqa: E402
from rag.understand import stem  # noqa: E402

SEED = 5505
# (question, kind, expect, relevant, half): written after reading the drawn papers' summaries
ROWS = [
    # said: no paper is the method's own; another paper states the property of it
    ("does GRPO use a critic?", "said", "no", ["2509.08827"], "tune"),
    ("is GRPO critic-free?", "said", "yes", ["2509.08827"], "tune"),
    ("does RFT use failed expert trajectories?", "said", "no", ["2504.13145"], "tune"),
    ("does GRPO require a critic?", "said", "no", ["2509.08827"], "tune"),
    ("is GRPO a critic-free algorithm?", "said", "yes", ["2509.08827"], "check"),
    ("does RFT discard failed trajectories?", "said", "yes", ["2504.13145"], "check"),
    ("does GRPO use a value model?", "mentioned", "unstated", [], "check"),
    # collision: the summary writes a word the stemmer joins to the asked one; another meaning: unstated
    ("does ATLaS use a critic?", "collision", "unstated", ["2503.02197"], "tune"),
    ("is the critic model in DeepSeek-R1 critical?", "collision", "unstated", ["2501.12948"], "tune"),
    ("does D2E recognize digits?", "collision", "unstated", ["2510.05684"], "tune"),
    ("does RetrieveGPT use a margin loss?", "collision", "unstated", ["2411.04752"], "check"),
    ("is BlueLM-V-3B evaluated on person re-identification?", "collision", "unstated", ["2411.10640"], "check"),
    ("does VOGUE model the origin of images?", "collision", "unstated", ["2510.01444"], "check"),
    # collision, same meaning: the adjective or adverb says the noun asked
    ("does TalkVid have demographic diversity?", "collision", "yes", ["2508.13618"], "tune"),
    ("does VOGUE use the original image?", "collision", "yes", ["2510.01444"], "tune"),
    ("does MORSE-500 use programmatic generation?", "collision", "yes", ["2506.05523"], "check"),
    ("does RIFLEx analyze rotation?", "collision", "yes", ["2502.15894"], "check"),
    # acronym: the summary writes the acronym, the question its expansion, or the other way round
    ("is HiKE a speech recognition benchmark?", "acronym", "yes", ["2509.24613"], "tune"),
    ("is TaDiCodec evaluated on text-to-speech?", "acronym", "yes", ["2508.16790"], "tune"),
    ("is HiKE an ASR benchmark?", "acronym", "yes", ["2509.24613"], "check"),
    ("does LLaMA-Omni2 use a TTS model?", "acronym", "yes", ["2505.02625"], "check"),
]


def draw() -> None:
    """The seeded draws the rows were written from."""
    papers, *_ = load_papers(sorted((ROOT / "data" / "digests").glob("*.md")))
    texts = [f"{p.title} {p.summary}" for p in papers]
    caps = collections.Counter(a for t in texts for a in set(re.findall(r"\b[A-Z][A-Za-z]*[A-Z][A-Za-z0-9]*\b", t)))
    frequent = sorted(a for a, n in caps.items() if n >= 15 and not any(p.title.startswith(a) for p in papers))
    print("acronyms:", random.Random(SEED).sample(frequent, 40))
    vocab = collections.Counter(w for t in texts for w in re.findall(r"[a-z]+", t.lower()))
    pairs = sorted(
        (w[: -len(end)], w)
        for w in vocab
        for end in ("al", "ally")
        if w.endswith(end) and vocab[w] >= 3 and vocab[w[: -len(end)]] >= 3 and stem(w) == stem(w[: -len(end)])
    )
    print("pairs:", pairs)
    print("drawn pairs:", random.Random(SEED).sample(pairs, 10))
    named = sorted((p for p in papers if NAME_RE.match(p.title)), key=lambda p: p.id)
    rng = random.Random(SEED + 1)
    for noun, adj in [("critic", "critical"), ("origin", "original"), ("person", "personal"), ("digit", "digital")]:
        low = [(p, f"{p.title} {p.summary}".lower()) for p in named]
        cand = [p for p, t in low if re.search(rf"\b{adj}\b", t) and not re.search(rf"\b{noun}s?\b", t)]
        print(noun, adj, rng.choice(cand).id if cand else "-")


def main() -> None:
    if "--draw" in sys.argv:
        draw()
        return
    for n, (question, kind, expect, relevant, half) in enumerate(ROWS, 1):
        row = dict(question=question, kind=kind, expect=expect, relevant=relevant, half=half)
        print(json.dumps({"id": f"yn5-{n:02d}", **row}))


if __name__ == "__main__":
    main()

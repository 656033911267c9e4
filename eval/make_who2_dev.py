"""Draw the people and short model names for eval/who2_dev.jsonl at random, with a fixed seed.

People: the digests list many authors only by a one-word handle. Three pools, each drawn from: lower-case
handles that are not the folded form of any listed full name ("tridao") and handles in camel case
("CiaraRowles"); capitalised one-word names that
read as a surname and are no listed full name's surname ("Muennighoff"); names of three words or more whose
last two words no paper lists alone ("Xiang Lisa Li" asked as "Lisa Li"). Controls: one-word handles that are
the surname of two or more listed people ("zhang"), which must not be read as any one of them.
Short model names: a paper's own name (its title's head before a colon, one word) that other papers' titles
write as a part of a hyphenated longer name ("s1" and "UI-S1"). A person writes from the draws, in draw order,
the questions a user would ask, judging the people by the papers' records and general knowledge of who they
are, and alternates tune / check. Run: `python eval/make_who2_dev.py > /tmp/who2-picks.txt`.
"""

from __future__ import annotations

import random
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from eval.make_lists_dev import load_papers  # noqa: E402
from rag.bibtex import fold  # noqa: E402

SEED = 2026_1127_17
OWN_NAME_RE = re.compile(r"^([\w.+]+):")


def main() -> None:
    papers, *_ = load_papers(sorted((ROOT / "data" / "digests").glob("*.md")))
    papers.sort(key=lambda p: p.id)
    written = Counter(a for p in papers for a in p.authors)
    full = [a for a in written if " " in a]
    folded_full = {fold(a) for a in full}
    surnames = Counter(fold(a.split()[-1]) for a in {a.lower() for a in full})
    listed = {a.lower() for a in written}
    rng = random.Random(SEED)

    def show(title: str, pool: list[str], k: int) -> None:
        print(f"## {title}: pool {len(pool)}, {min(k, len(pool))} drawn")
        for name in rng.sample(pool, min(k, len(pool))):
            ids = [p.id for p in papers if name in p.authors or name.lower() in {a.lower() for a in p.authors}]
            print(f"{name}\t{written[name]}\t{' '.join(ids[:4])}")

    one = sorted(a for a in written if " " not in a and len(fold(a)) >= 6)
    camel = [a for a in one if (fold(a) not in folded_full and not a[:1].isupper()) or re.search(r"[a-z][A-Z]", a)]
    show("handles", camel, 40)
    show("surname-like", [a for a in one if re.fullmatch(r"[A-Z][a-z]{4,}", a) and fold(a) not in surnames], 30)
    tails = [a for a in full if len(a.split()) >= 3 and " ".join(a.split()[-2:]).lower() not in listed]
    show("long names", sorted(tails), 15)
    show("controls", sorted(a for a in written if " " not in a and surnames[fold(a)] >= 2 and len(a) >= 3), 10)

    own: dict[str, list[str]] = defaultdict(list)
    for p in papers:
        if m := OWN_NAME_RE.match(p.title):
            own[m.group(1).lower()].append(p.id)
    parts: dict[str, set[str]] = defaultdict(set)
    for p in papers:
        for word in p.title.split():
            word = word.strip(":,;()[]\"'!?.")
            for part in word.split("-") if "-" in word else []:
                parts[part.lower()].add(f"{p.id} {word}")
    pool = sorted(k for k, ids in own.items() if len(ids) == 1 and {x.split()[0] for x in parts[k]} - set(ids))
    print(f"## short model names: pool {len(pool)}, 16 drawn")
    for name in rng.sample(pool, min(16, len(pool))):
        print(f"{name}\t{own[name][0]}\t{'; '.join(sorted(parts[name])[:5])}")


if __name__ == "__main__":
    main()

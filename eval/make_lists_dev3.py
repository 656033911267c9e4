"""Draw the technique PHRASES for the third list dev set (eval/lists_dev3.jsonl) at random, with a fixed seed.

Lists dev sets 1 and 2 drew acronyms; users mostly ask about technique phrases that have none
("curriculum learning", "model merging"). The pool: two- and three-word phrases that at least two
paper TITLES write (titles name techniques), made of letters only, with no stop word at either end,
named by 5-30 papers (title or summary; hyphen/space and plural folded), whose words are not an
acronym's expansion drawn before (gold2's picks in every role, lists_dev's and lists_dev2's draws) or
asked in the first gold set. A person skips draws that are no technique or topic (in draw order),
writes the question and judges every candidate by reading its summary; rows alternate tune / check.
Run: `python eval/make_lists_dev3.py > eval/lists_dev3-picks.json`.
"""

from __future__ import annotations

import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from eval import make_lists_dev  # noqa: E402
from eval.make_gold2 import FIRST_SET  # noqa: E402

SEED = 2026_1126_3
DRAW = 30
STOP = frozenset(
    "a an the of for and or in on with to from by via at as is are be we our its their this that via using "
    "toward towards into through beyond without new large small based when how what why can do does not all "
    "vs versus more less than one two three multi".split()
)


def words_of(text: str) -> list[str]:
    """Lower-case words, a hyphen read as a space."""
    return re.findall(r"[a-z]+", text.lower().replace("-", " "))


def key(words: list[str]) -> str:
    """A phrase with its last word singular (a trailing "s" dropped), so plurals count as one."""
    last = (
        words[-1][:-1] if len(words[-1]) > 3 and words[-1].endswith("s") and not words[-1].endswith("ss") else words[-1]
    )
    return " ".join([*words[:-1], last])


def grams(words: list[str]) -> set[str]:
    """The text's two- and three-word phrases (as `key`s) with no stop word at either end."""
    out = set()
    for n in (2, 3):
        for i in range(len(words) - n + 1):
            g = words[i : i + n]
            if g[0] not in STOP and g[-1] not in STOP:
                out.add(key(g))
    return out


def phrase_pool(
    skip_phrases: frozenset[str] = frozenset(), skip_words: frozenset[str] = frozenset()
) -> tuple[list[str], Counter[str]]:
    """(the pool of phrases, how many papers name each): as the module says, less `skip_phrases` and
    any phrase holding one of `skip_words` (a later set's own exclusions)."""
    papers, acronyms, taken = make_lists_dev.corpus_and_taken()
    first = random.Random(make_lists_dev.SEED)
    taken |= set(first.sample(make_lists_dev.acronym_pool(acronyms, papers, taken, 8, 30), make_lists_dev.DRAW))
    dev2 = json.loads((ROOT / "eval" / "lists_dev2-picks.json").read_text())
    taken |= {x["acronym"] for x in dev2["lists"]} | FIRST_SET
    taken_words = {key(words_of(acronyms.get(a, a))) for a in taken} | skip_phrases
    in_titles: Counter[str] = Counter(g for p in papers for g in grams(words_of(p.title)))
    named_by: Counter[str] = Counter(g for p in papers for g in grams(words_of(p.text)))
    pool = sorted(
        g
        for g, n in in_titles.items()
        if n >= 2 and g not in taken_words and 5 <= named_by[g] <= 30 and not set(g.split()) & skip_words
    )
    return pool, named_by


def print_draw(pool: list[str], named_by: dict[str, int], seed: int, n: int) -> None:
    """`n` phrases of the pool drawn with `seed`, printed as the picks file the set's rows are written from."""
    drawn = random.Random(seed).sample(pool, n)
    out = [{"phrase": g, "papers": named_by[g]} for g in drawn]
    json.dump({"seed": seed, "pool": len(pool), "lists": out}, sys.stdout, indent=1)
    print()


def main() -> None:
    pool, named_by = phrase_pool()
    print_draw(pool, named_by, SEED, DRAW)


if __name__ == "__main__":
    main()

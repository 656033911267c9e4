"""Write eval/who3_dev.jsonl: chat follow-ups that point at a person (his / her / their / the author / this author /
that person) or ask one property of a paper by ellipsis ("what base model", "which benchmarks", "how many
parameters", "what dataset", "and the code?"), and turns whose leftover words must not become the chat's topic.

Everything is drawn with a fixed seed from the bundled digests, and each expected answer is read off the records:
- people: authors with a full name (two words or more) listed on 3 to 8 papers (a handle of the whole name,
  "paulgavrikov", counted as theirs; people a shorter handle may stand for, "pgavrikov" or "gavrikov", not drawn);
  the pronoun is taken in turn from
  the list, not from the person (the rows test that each is read as the person the chat is about, whoever it is);
  "how many of their papers are from Y" expects the count of their papers whose digest day is in Y (the year
  that splits their papers most evenly); "who are their coauthors" expects names of their papers' other authors;
  "which of their papers have code" expects exactly their papers with a code link;
- papers: a paper's own name (the head of its title before a colon, one word, written by at most 3 papers'
  titles or summaries) whose summary states the property: a model with a digit in its name after
  "fine-tuning" / "based on" / "built on" / "initialized from" (base model); a name the summary writes before
  "dataset" (data set); a known benchmark's name (BENCHMARKS, general knowledge of the field's benchmarks); a
  size in billions of parameters; its code link, or none;
- topics: acronyms 30 to 400 papers write, each with a month of 2025 in which "papers on X from <month>" lists
  3 or more; the chat's follow-ups must ask of X, not of the follow-up's verb.
Rows alternate tune / check within each kind. Run: `python eval/make_who3_dev.py` (rewrites the set).
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

from eval.make_lists_dev import load_papers  # noqa: E402
from rag.bibtex import fold  # noqa: E402

SEED = 2026_1127_21
PRONOUNS = ["his", "her", "their", "this author's", "that person's", "the author's"]
OWN_NAME_RE = re.compile(r"^([A-Za-z][\w.+-]*):")
BASE_RE = re.compile(
    r"\b(?:fine-?tun\w+|based\s+on|built\s+(?:up)?on|initiali[sz]ed\s+(?:from|with))\s+(?:an?\s+|the\s+)?"
    r"(?:pre-?trained\s+|open-source\s+|base\s+)?(?P<model>[A-Z][\w.-]*\d[\w.-]*[\w])"
)
DATA_RE = re.compile(r"\b(?:the\s+)?(?P<name>[A-Z][\w-]*[A-Z0-9][\w-]*)\s+(?:dataset|data\s+set)\b")
SIZE_RE = re.compile(r"\b(?P<n>\d+(?:\.\d+)?)\s*(?:B|billion)\s*(?:-?\s*parameters?|params)\b")
# Benchmarks of the field, by general knowledge (not read off any question).
BENCHMARKS = (
    "AIME24 AIME25 AIME MATH500 MATH-500 GSM8K HumanEval MBPP MMLU MMLU-Pro GPQA LiveCodeBench SWE-bench "
    "BIG-Bench ARC HellaSwag TruthfulQA MT-Bench AlpacaEval Arena-Hard WebArena OSWorld VQAv2 MMMU MathVista "
    "ScienceQA TextVQA DocVQA ChartQA LIBERO ImageNet COCO GenEval VBench HotpotQA LongBench RULER BFCL"
).split()
# Model families by general knowledge: a base model's name holds one ("AI2-THOR" is a simulator, "T2I" a task).
FAMILIES = re.compile(
    r"qwen|llama|mistral|mixtral|gemma|phi-|deepseek|gpt|internvl|llava|t5|bert|stable\s*diffusion|sdxl|flux|"
    r"vicuna|falcon|olmo|yi-|glm|minicpm|paligemma|siglip|clip|vit|wan|hunyuan|cogvideo|pythia|bloom",
    re.I,
)
# Expected answers corrected by reading the summary: the pattern caught the model's fine-tuned name, or a task's
# acronym before "dataset" where the sentence names the data set after it.
FIXES = {
    "what is BMMR / what base model": {"says_any": ["InternVL2.5"]},
    "what is LongCite / what dataset": {"says_any": ["LongCite-45k"]},
    "what is SlimLM / how many parameters": {"says_any": ["1B", "125M"]},
}
MONTHS = "january february march april may june july august september october".split()


def halves(rows: list[dict]) -> list[dict]:
    for i, row in enumerate(rows):
        row["half"] = "tune" if i % 2 == 0 else "check"
    return rows


def main() -> None:
    papers, *_ = load_papers(sorted((ROOT / "data" / "digests").glob("*.md")))
    papers.sort(key=lambda p: p.id)
    rng = random.Random(SEED)
    written = Counter(a for p in papers for a in p.authors)
    people = sorted(a for a, n in written.items() if 3 <= n <= 8 and len(a.split()) >= 2 and a.isascii())
    rows: list[dict] = []

    folded = {fold(a) for a in written}

    def theirs(name: str) -> list:
        """Their papers, a handle of the whole name ("paulgavrikov") counted: it is the same person."""
        return [p for p in papers if fold(name) in {fold(a) for a in p.authors}]

    def handled(name: str) -> bool:
        """Some paper may list them by a shorter handle (initial and surname, or the surname): not drawn."""
        words = name.split()
        return fold(words[0][:1] + words[-1]) in folded or fold(words[-1]) in folded

    drawn = [a for a in rng.sample(people, 40) if not handled(a)]
    count_rows, co_rows, code_rows = [], [], []
    for k, name in enumerate(drawn):
        own = theirs(name)
        years = Counter(p.date[:4] for p in own)
        pron = PRONOUNS[k % len(PRONOUNS)]
        if len(count_rows) < 8 and len(years) > 1:
            year = min(years, key=lambda y: abs(years[y] - len(own) / 2))
            middle = ["what is the second one about"] if k % 3 == 0 else []
            count_rows.append(
                {
                    "kind": "person count",
                    "turns": [f"papers by {name}", *middle, f"how many of {pron} papers are from {year}"],
                    "first_line_count": years[year],
                    "cites_within": sorted(p.id for p in own if p.date[:4] == year),
                    "lacks": ["none of them is about"],
                }
            )
        co = sorted({a for p in own for a in p.authors if fold(a) != fold(name) and len(a.split()) >= 2})
        if len(co_rows) < 7 and len(co) >= 3 and k % 2 == 1:
            middle = ["what is the first one about"] if k % 3 == 1 else []
            co_rows.append(
                {
                    "kind": "person coauthors",
                    "turns": [f"papers by {name}", *middle, f"who are {pron} coauthors"],
                    "names_any": co,
                    "min_names": min(3, len(co)),
                    "within_turn": 0,
                }
            )
        coded = sorted(p.id for p in own if p.code_urls)
        if len(code_rows) < 4 and coded and len(coded) < len(own) and k % 2 == 0:
            code_rows.append(
                {
                    "kind": "person code",
                    "turns": [f"papers by {name}", f"which of {pron} papers have code"],
                    "cites_exactly": coded,
                }
            )
    rows += halves(count_rows) + halves(co_rows) + halves(code_rows)

    df: Counter[str] = Counter()
    for p in papers:
        df.update(set(re.findall(r"[\w.+-]*\w", f"{p.title} {p.summary}".lower())))
    named = []
    for p in papers:
        m = OWN_NAME_RE.match(p.title)
        if not m or len(m.group(1)) < 3 or not re.search(r"[A-Z].*[A-Z0-9]|\d", m.group(1)):
            continue
        if df[m.group(1).lower()] <= 3:
            named.append((m.group(1), p))
    rng.shuffle(named)
    slot_rows: dict[str, list[dict]] = {k: [] for k in ("base", "data", "bench", "size", "code")}
    for name, p in named:
        summary = p.summary
        if len(slot_rows["base"]) < 5 and (m := BASE_RE.search(summary)) and FAMILIES.search(m.group("model")):
            slot_rows["base"].append(
                {
                    "kind": "slot base",
                    "turns": [f"what is {name}", "what base model"],
                    "says_any": [m.group("model")],
                    "cites_within": [p.id],
                    "standalone_has": [name.lower()],
                }
            )
        elif len(slot_rows["data"]) < 4 and (m := DATA_RE.search(summary)) and m.group("name").lower() != name.lower():
            slot_rows["data"].append(
                {
                    "kind": "slot data",
                    "turns": [f"what is {name}", "what dataset"],
                    "says_any": [m.group("name")],
                    "cites_within": [p.id],
                    "standalone_has": [name.lower()],
                }
            )
        elif len(slot_rows["bench"]) < 4 and (
            found := [b for b in BENCHMARKS if re.search(rf"(?<![\w-]){re.escape(b)}(?![\w-])", summary)]
        ):
            slot_rows["bench"].append(
                {
                    "kind": "slot benchmarks",
                    "turns": [f"what is {name}", "which benchmarks"],
                    "says_any": found,
                    "cites_within": [p.id],
                    "standalone_has": [name.lower()],
                }
            )
        elif len(slot_rows["size"]) < 4 and (m := SIZE_RE.search(summary)) and (n := m.group("n")) not in name:
            slot_rows["size"].append(
                {
                    "kind": "slot size",
                    "turns": [f"what is {name}", "how many parameters"],
                    "says_any": [f"{n}B", f"{n} billion", f"{n}-billion"],
                    "cites_within": [p.id],
                    "standalone_has": [name.lower()],
                }
            )
        elif len(slot_rows["code"]) < 4 and bool(p.code_urls) == (len(slot_rows["code"]) % 2 == 0):
            says = [p.code_urls[0].split("://")[-1]] if p.code_urls else ["no code", "not list", "no link", "none"]
            slot_rows["code"].append(
                {
                    "kind": "slot code",
                    "turns": [f"what is {name}", "and the code?"],
                    "says_any": says,
                    "cites_within": [p.id],
                }
            )
    for group in slot_rows.values():
        rows += halves(group)

    acr = Counter()
    for p in papers:
        for a in set(re.findall(r"\b[A-Z]{3,6}\b", f"{p.title} {p.summary}")):
            acr[a] += 1
    pool = sorted(a for a, n in acr.items() if 30 <= n <= 400)
    leak = []
    for term in rng.sample(pool, 12):
        months = Counter(
            p.date[5:7]
            for p in papers
            if p.date.startswith("2025") and re.search(rf"\b{term}\b", f"{p.title} {p.summary}")
        )
        good = sorted(m for m, n in months.items() if n >= 3 and int(m) <= 10)
        if not good or len(leak) >= 6:
            continue
        month = MONTHS[int(rng.choice(good)) - 1]
        verb = ["improve on", "build on", "extend"][len(leak) % 3]
        leak.append(
            {
                "kind": "topic leak",
                "turns": [f"what is {term}", f"which papers {verb} it", f"any from {month} 2025"],
                "same_as": f"papers on {term} from {month} 2025",
                "standalone_lacks": [verb],
            }
        )
    rows += halves(leak)
    for row in rows:
        row.update(FIXES.get(" / ".join(row["turns"]), {}))
    for i, row in enumerate(rows, 1):
        row["id"] = f"who3-{i:02d}"
    out = ROOT / "eval" / "who3_dev.jsonl"
    keys = ["id", "half", "kind", "turns"]
    out.write_text(
        "".join(json.dumps({k: r[k] for k in [*keys, *(k for k in r if k not in keys)]}) + "\n" for r in rows),
        encoding="utf-8",
    )
    for r in rows:
        print(r["id"], r["half"], r["kind"], r["turns"], {k: v for k, v in r.items() if k not in (*keys,)})


if __name__ == "__main__":
    main()

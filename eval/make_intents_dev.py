"""Draw a development set for the non-list intents (eval/intents_dev.jsonl), seeded, from the corpus.

Written for issue 10's intents work, separately from eval/gold2.jsonl (whose report split is never
read while tuning). Papers, periods and topics are drawn at random; the questions are built from
templates worded differently from gold2's, and the expected answers come from the metadata
(authors), from a grep of title + summary inside the period (summaries), or from the corpus's own
"expansion (ACR)" spellings (definitions). Every other row gets `half`: "dev" (tuned on) or "held"
(only scored). Hand-written variants (typo, markup, fr, de, es, zh) live in eval/intents_variants.jsonl
and are merged in. Run: `python eval/make_intents_dev.py > eval/intents_dev.jsonl`.
"""

from __future__ import annotations

import calendar
import json
import random
import re
import sys
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from rag.ingest import load_papers  # noqa: E402
from rag.retrieve import mine_acronyms  # noqa: E402

SEED = 1010
TOPICS = {
    "diffusion models": [r"diffusion models?"],
    "reinforcement learning": [r"reinforcement learning"],
    "mixture of experts": [r"mixture[- ]of[- ]experts", r"\bMoEs?\b"],
    "retrieval-augmented generation": [r"retrieval[- ]augmented generation", r"\bRAG\b"],
    "speculative decoding": [r"speculative decoding"],
    "quantization": [r"quantiz\w+"],
    "knowledge distillation": [r"knowledge distillation"],
    "GUI agents": [r"\bGUI agents?\b"],
    "text-to-speech": [r"text[- ]to[- ]speech", r"\bTTS\b"],
    "video generation": [r"video generation"],
    "reward models": [r"reward models?"],
    "chain-of-thought": [r"chain[- ]of[- ]thoughts?", r"\bCoT\b"],
}
MONTHS = list(calendar.month_name)[1:]


def month_forms(y: int, m: int, rng: random.Random) -> str:
    return rng.choice([f"in {MONTHS[m - 1]} {y}", f"from {MONTHS[m - 1][:3]} {y}", f"during {y}-{m:02d}"])


def week_forms(monday: date, rng: random.Random) -> str:
    day = monday + timedelta(days=rng.randrange(7))
    y, w, _ = monday.isocalendar()
    return rng.choice(
        [
            f"from the week of {day.isoformat()}",
            f"in the week of {day.day} {MONTHS[day.month - 1]} {day.year}",
            f"during week {w} of {y}",
            f"in {y}-W{w:02d}",
            f"between {MONTHS[monday.month - 1]} {monday.day} and {MONTHS[(monday + timedelta(6)).month - 1]} "
            f"{(monday + timedelta(6)).day}, {y}",
        ]
    )


def main() -> None:
    rng = random.Random(SEED)
    papers, *_ = load_papers(sorted((ROOT / "data" / "digests").glob("*.md")))
    papers.sort(key=lambda p: p.id)
    rows: list[dict] = []
    # Authors: random papers with 2+ authors, asked by title, by the name before a colon, or by description.
    for i, p in enumerate(rng.sample([p for p in papers if len(p.authors) >= 2], 14)):
        short = p.title.split(":")[0].strip()
        first = re.sub(r"\s+", " ", p.summary.split(". ")[0])[:90].rsplit(" ", 1)[0]
        first = re.sub(r"^(?:this|the)\s+(?:paper|research|work|study)\s+", "", first, flags=re.I)
        q = [
            f"Who are the authors of '{p.title}'?",
            f"who wrote {short}?" if ":" in p.title else f"Who wrote the paper titled {p.title}?",
            f'Which researchers wrote the paper "{p.title}"?',
            f"Who is behind {p.title}?",
            f"Who wrote the paper that {first[0].lower() + first[1:]}?",
        ][i % 5]
        rows.append(
            {"id": f"dev-auth{i:02d}", "type": "authors", "question": q, "facts": p.authors[:6], "relevant": [p.id]}
        )
    # Summaries: a random month or ISO week, then a topic with 2+ papers in it (grep over title + summary).
    days = sorted({d for p in papers for d in p.dates})
    n = 0
    while n < 14:
        if rng.random() < 0.5:
            y, m = map(int, rng.choice(days)[:7].split("-"))
            since, until = date(y, m, 1), date(y, m, calendar.monthrange(y, m)[1])
            phrase = month_forms(y, m, rng)
        else:
            d = date.fromisoformat(rng.choice(days))
            since = d - timedelta(days=d.weekday())
            until = since + timedelta(days=6)
            phrase = week_forms(since, rng)
        topic = rng.choice(sorted(TOPICS))
        pats = [re.compile(t, re.I if not t.startswith(r"\b") or t.islower() else 0) for t in TOPICS[topic]]
        inside = [
            p.id
            for p in papers
            if any(since.isoformat() <= x <= until.isoformat() for x in p.dates)
            and any(pt.search(f"{p.title} {p.summary}") for pt in pats)
        ]
        if len(inside) < 2:
            continue
        verb = rng.choice(["Summarize the papers on", "Give me an overview of", "Summarise the work on", "Recap"])
        rows.append(
            {
                "id": f"dev-sum{n:02d}",
                "type": "summary",
                "question": f"{verb} {topic} {phrase}.",
                "relevant": inside,
                "filters": {"since": since.isoformat(), "until": until.isoformat()},
            }
        )
        n += 1
    # Definitions: acronyms the corpus spells out in brackets 3+ times.
    acronyms = mine_acronyms([p.text for p in papers])
    pool = []
    for acr, exp in sorted(acronyms.items()):
        if len(acr) < 3 or not acr.isalpha() or (acr.endswith("s") and acr[:-1] in acronyms):
            continue
        exp_re = r"[\s-]+".join(re.escape(w) for w in exp.split())
        drawn = [p.id for p in papers if re.search(rf"{re.escape(exp)}\s*\({re.escape(acr)}s?\)", p.text, re.I)]
        # Judged relevant: every paper that spells it out, hyphens or a plural allowed.
        spelled = [p.id for p in papers if re.search(rf"{exp_re}s?\s*\({re.escape(acr)}s?\)", p.text, re.I)]
        if len(drawn) >= 3:
            pool.append((acr, exp, spelled))
    for i, (acr, exp, spelled) in enumerate(rng.sample(pool, 10)):
        q = [
            f"What is {acr.upper()}?",
            f"What does {acr.upper()} stand for?",
            f"define {acr.upper()}",
            f"What's {acr.upper()}?",
        ][i % 4]
        rows.append({"id": f"dev-def{i:02d}", "type": "definition", "question": q, "facts": [exp], "relevant": spelled})
    for i, row in enumerate(rows):
        row["half"] = "dev" if i % 2 == 0 else "held"
    variants = ROOT / "eval" / "intents_variants.jsonl"
    by_id = {r["id"]: r for r in rows}
    if variants.exists():
        for line in variants.read_text(encoding="utf-8").splitlines():
            v = json.loads(line)
            base = by_id[v["variant_of"]]
            rows.append({**base, "id": f"{base['id']}-{v['variant']}", "question": v["question"], **v})
    for row in rows:
        print(json.dumps(row, ensure_ascii=False))


if __name__ == "__main__":
    main()

"""Where each relevant paper a tune list row's answer leaves out is lost (issue 10, job lists14).

For each tune list row (lists_dev*.jsonl and gold2's tune list rows) the answer is asked as `rag eval` asks it,
while every call of `Answerer.papers_using` is recorded: the papers naming a form of the topic (named), those the
use/mention judge keeps (judged), and those left after the dense gate (kept). A missed relevant paper is:
never named; named, dropped by the judge; judged, dropped by the gate; kept, cut later. The same is written for
the judged-not-relevant papers the rule drops (what a change must keep out).

    python eval/measure_drops14.py OUT.jsonl [--split tune|check]   (check: each list dev set's held-out half)
"""

import argparse
import glob
import json
import sys
from pathlib import Path

import numpy as np

from rag import answer as answer_mod
from rag.evaluate import load_gold
from rag.settings import Settings

RECORD: list[dict[str, set[int]]] = []
# A list dev set's held-out half is its `check` or (before lists_dev13) `report` split; gold2's report split is
# never read: gold2 is measured on its tune rows only.
HELD = {"check": ("check", "report")}


def recording(original):  # type: ignore[no-untyped-def]
    def papers_using(self, concepts, forms, filters, topics=()):  # type: ignore[no-untyped-def]
        kept, named_all = original(self, concepts, forms, filters, topics)
        participles = frozenset(
            answer_mod.stem(w)
            for t in topics
            for w in answer_mod.re.findall(r"[a-z0-9]+", t.lower())
            if w.endswith("ed") or answer_mod.shapes.DERIVES_RE.search(w)
        )
        named = self.names_mask(concepts) & self.retriever.mask(filters)
        judged = self.users(concepts, np.flatnonzero(named), participles=participles)
        RECORD.append(
            {
                "named": set(map(int, np.flatnonzero(named))),
                "judged": set(map(int, judged)),
                "kept": set(map(int, kept)),
            }
        )
        return kept, named_all

    return papers_using


def cause(i: int | None, pid: str, cited: set[str], kept: set[int], judged: set[int], named: set[int]) -> str:
    """The last step of the list path a paper reached: cited, cut (kept, cut later), gate (judged as used, dropped
    by the gate or a later step of `topic_papers`), judge (named, dropped as a mention), never (never named)."""
    if i is None:
        return "absent"
    if pid in cited:
        return "cited"
    for step, papers in (("cut", kept), ("gate", judged), ("judge", named)):
        if i in papers:
            return step
    return "never"


def rows(split: str) -> list:
    files = sorted(glob.glob("eval/lists_dev*.jsonl")) + (["eval/gold2.jsonl"] if split == "tune" else [])
    out = []
    for f in files:
        for q in load_gold(Path(f)):
            if q.split in HELD.get(split, (split,)) and q.type == "list":
                out.append((Path(f).stem, q))
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--split", default="tune", choices=["tune", "check"])
    args = ap.parse_args()
    answer_mod.Answerer.papers_using = recording(answer_mod.Answerer.papers_using)  # type: ignore[method-assign]
    a = answer_mod.Answerer(Settings.from_env(llm="extractive", mode="hybrid"))
    at = a.retriever.position
    with open(args.out, "w") as fh:
        for name, q in rows(args.split):
            RECORD.clear()
            r = a.ask(q.question, filters=q.filter())
            cited = {c["id"] for c in r.citations}
            named = set().union(*(x["named"] for x in RECORD)) if RECORD else set()
            judged = set().union(*(x["judged"] for x in RECORD)) if RECORD else set()
            kept = set().union(*(x["kept"] for x in RECORD)) if RECORD else set()

            stages = (cited, kept, judged, named)
            rel = {p: cause(at.get(p), p, *stages) for p in q.relevant}
            nrel = {p: cause(at.get(p), p, *stages) for p in q.not_relevant}
            fh.write(
                json.dumps(
                    {
                        "set": name,
                        "id": q.id,
                        "question": q.question,
                        "intent": r.intent,
                        "cited": sorted(cited),
                        "relevant": rel,
                        "not_relevant": nrel,
                        "recorded": len(RECORD),
                        "head": r.answer.split("\n", 1)[0][:240],
                    }
                )
                + "\n"
            )
            fh.flush()
            miss = [c for c in rel.values() if c != "cited"]
            print(name, q.id, len(cited), {c: miss.count(c) for c in set(miss)}, file=sys.stderr)


if __name__ == "__main__":
    main()

"""Before/after of two `measure_drops14.py` runs: per set, micro and macro list precision / recall of the cited
papers (gold2's list scoring), and every paper a row gains or loses, as judged (REL, NOT, or unjudged).

    python eval/compare_drops14.py BEFORE.jsonl AFTER.jsonl
"""

import json
import sys
from collections import defaultdict


def load(path: str) -> dict[tuple[str, str], dict]:
    return {(r["set"], r["id"]): r for r in map(json.loads, open(path))}


def scores(rows: list[dict]) -> tuple[float, float, float, float]:
    hits = cited = rel = 0
    ps, rs = [], []
    for r in rows:
        c, R = set(r["cited"]), set(r["relevant"])
        h = len(c & R)
        hits, cited, rel = hits + h, cited + len(c), rel + len(R)
        if c:
            ps.append(h / len(c))
        rs.append(h / len(R) if R else 0.0)
    return hits / max(cited, 1), hits / max(rel, 1), sum(ps) / max(len(ps), 1), sum(rs) / max(len(rs), 1)


def judged(row: dict, pid: str) -> str:
    return "REL" if pid in row["relevant"] else "NOT" if pid in row["not_relevant"] else "unj"


def main() -> None:
    before, after = load(sys.argv[1]), load(sys.argv[2])
    sets: dict[str, list] = defaultdict(list)
    for key in before:
        sets[key[0]].append(key)
    print("| set | rows | micro P | micro R | macro P | macro R |")
    for name, keys in sorted(sets.items()):
        b = scores([before[k] for k in keys])
        a = scores([after[k] for k in keys if k in after])
        cells = " | ".join(f"{x:.3f} → {y:.3f}" for x, y in zip(b, a))
        print(f"| {name} | {len(keys)} | {cells} |")
    allb = scores(list(before.values()))
    alla = scores([after[k] for k in before if k in after])
    print("| all | " + str(len(before)) + " | " + " | ".join(f"{x:.3f} → {y:.3f}" for x, y in zip(allb, alla)) + " |")
    for key in before:
        if key not in after:
            continue
        was, now = set(before[key]["cited"]), set(after[key]["cited"])
        if now == was:
            continue
        gained = [(p, judged(before[key], p)) for p in sorted(now - was)]
        lost = [(p, judged(before[key], p)) for p in sorted(was - now)]
        print(f"{key[1]} {len(was)} -> {len(now)}  +{gained}  -{lost}")


if __name__ == "__main__":
    main()

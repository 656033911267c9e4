"""Write eval/page_dev.jsonl: chats that page a list ("more please", "the next 5", "page 3", "the rest") and
controls that must stay as they are. The chats and the entries each page must show are written here by
hand; the papers at those entries are read from the list the product gives for the chat's list turn (asked
through the code `rag chat` runs, with the turns before it), so a row says which papers, in which order and
under which numbers, the page must show.

Run once, before the paging code: `python eval/make_page_dev.py` with RAG_HOME pointing at an index.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from eval.score_page_dev import chat_answers, list_entries  # noqa: E402
from rag.answer import Answerer  # noqa: E402
from rag.settings import Settings  # noqa: E402

PAGE = "page of a list"
COUNT = "page of a count asked"
NUMBER = "page by its number"
REST = "the rest of a list"
END = "past the list's end"
NARROWED = "page of a narrowed list"
AFTER_ONE = "page after a turn about one paper"
NO_LIST = "no list before"
NEW_TOPIC = "control: paging words with a new topic"
ONE_PAPER = "control: one paper of the list"
FILTERED = "control: the list narrowed"
AUTHORS = "control: the same authors' other papers"
LIKE = "control: more like one paper"

# (id, half, kind, turns, spec): spec "page" = (list turn, first entry, last entry), 1-based and inclusive;
# "all_done" = the answer must say the list ended; "no_list" = nothing to page; other keys as eval/chat_dev.jsonl.
CHATS: list[tuple[str, str, str, list[str], dict]] = [
    ("page01", "tune", PAGE, ["which papers use RAG?", "more please"], {"page": (0, 11, 20)}),
    (
        "page02",
        "tune",
        PAGE,
        ["which papers use RAG?", "what are the next ones?", "show me more"],
        {"page": (0, 21, 30)},
    ),
    (
        "page03",
        "tune",
        COUNT,
        ["papers on speculative decoding", "give me the next 10"],
        {"page": (0, 11, 19), "all_done": 19},
    ),
    ("page04", "tune", COUNT, ["which papers use MCTS?", "give me 5 more"], {"page": (0, 11, 15)}),
    ("page05", "tune", NUMBER, ["papers on model merging", "page 3"], {"page": (0, 21, 30)}),
    (
        "page06",
        "tune",
        NARROWED,
        ["papers on token pruning", "only the ones from 2025", "more please"],
        {"page": (1, 11, 20)},
    ),
    (
        "page07",
        "tune",
        AFTER_ONE,
        ["papers on GUI agents", "who wrote the first one?", "the next ones"],
        {"page": (0, 11, 20)},
    ),
    (
        "page08",
        "tune",
        REST,
        ["papers on GRPO in March 2025", "show me the rest"],
        {"page": (0, 11, 16), "all_done": 16},
    ),
    ("page09", "tune", END, ["papers on text-to-SQL", "more please"], {"page": (0, 0, -1), "all_done": 9}),
    ("page10", "tune", NO_LIST, ["more please"], {"no_list": True}),
    ("page11", "tune", NO_LIST, ["what is DyT?", "next ones please"], {"no_list": True}),
    (
        "page12",
        "tune",
        NEW_TOPIC,
        ["which papers use RAG?", "more papers on diffusion"],
        {
            "intent": "list",
            "standalone_has": ["diffusion"],
            "standalone_lacks": ["rag", "more"],
            "not_page": (0, 11, 20),
        },
    ),
    (
        "page13",
        "tune",
        ONE_PAPER,
        ["papers on model merging", "who wrote the first one?"],
        {"intent": "authors", "cited_first_is": [0, 1]},
    ),
    (
        "page14",
        "tune",
        ONE_PAPER,
        ["papers on GUI agents", "what does the first one achieve?"],
        {"cited_first_is": [0, 1]},
    ),
    (
        "page15",
        "tune",
        FILTERED,
        ["papers on LoRA", "which ones have code?"],
        {"standalone_has": ["lora"], "filters": {"has_code": True}},
    ),
    (
        "page16",
        "tune",
        AUTHORS,
        ["who wrote Seaweed-7B?", "what else did they write?"],
        {"shares_author_with": "2504.08685"},
    ),
    ("page17", "check", PAGE, ["which papers use MCTS?", "show me more"], {"page": (0, 11, 20)}),
    (
        "page18",
        "check",
        PAGE,
        ["papers on knowledge distillation", "the next ones please", "and the next ones?"],
        {"page": (0, 21, 30)},
    ),
    ("page19", "check", COUNT, ["papers on world models", "another 5"], {"page": (0, 11, 15)}),
    (
        "page20",
        "check",
        REST,
        ["papers on machine unlearning", "what are the remaining ones?"],
        {"page": (0, 11, 15), "all_done": 15},
    ),
    ("page21", "check", PAGE, ["papers on LoRA", "keep going"], {"page": (0, 11, 20)}),
    (
        "page22",
        "check",
        NUMBER,
        ["papers on jailbreak attacks", "page 2", "page 3"],
        {"page": (0, 21, 21), "all_done": 21},
    ),
    (
        "page23",
        "check",
        NARROWED,
        ["papers on model merging", "only the ones from 2025", "next page"],
        {"page": (1, 11, 20)},
    ),
    (
        "page24",
        "check",
        END,
        ["papers on watermarking", "more please", "more please"],
        {"page": (0, 0, -1), "all_done": 10},
    ),
    ("page25", "check", NO_LIST, ["give me the next 10"], {"no_list": True}),
    (
        "page26",
        "check",
        AFTER_ONE,
        ["papers on sparse autoencoders", "who wrote the second one?", "continue"],
        {"page": (0, 11, 20)},
    ),
    ("page27", "check", PAGE, ["papers on Mamba", "any more?"], {"page": (0, 11, 20)}),
    (
        "page28",
        "check",
        NEW_TOPIC,
        ["papers on world models", "more on music generation"],
        {
            "intent": "list",
            "standalone_has": ["music generation"],
            "standalone_lacks": ["world model", "more"],
            "not_page": (0, 11, 20),
        },
    ),
    (
        "page29",
        "check",
        ONE_PAPER,
        ["papers on text-to-SQL", "who wrote the second one?"],
        {"intent": "authors", "cited_first_is": [0, 2]},
    ),
    ("page30", "check", ONE_PAPER, ["papers on LoRA", "what does the first one achieve?"], {"cited_first_is": [0, 1]}),
    (
        "page31",
        "check",
        FILTERED,
        ["papers on jailbreak attacks", "only the ones from 2025"],
        {"standalone_has": ["jailbreak"], "filters": {"since": "2025-01-01"}},
    ),
    (
        "page32",
        "check",
        LIKE,
        ["what GenEval score does DGPO reach?", "show more like the first one"],
        {
            "answer_has": ["closest to **reinforcing diffusion models by direct group preference optimization**"],
            "not_cited": ["2510.08425"],
            "intent": "list",
        },
    ),
]


def main() -> None:
    answerer = Answerer(Settings.from_env(llm="extractive"))
    rows = []
    for row_id, half, kind, turns, spec in CHATS:
        row: dict = {"id": row_id, "half": half, "kind": kind, "turns": turns}
        for key in ("page", "not_page"):
            if key in spec:
                turn, first, last = spec[key]
                entries = list_entries(chat_answers(answerer, turns[: turn + 1])[-1])
                row["list_turn"], row["list_total"] = turn, len(entries)
                chosen = entries[first - 1 : last] if first else []
                if key == "page":
                    row["entries"] = [first, last] if first else []
                    row["expect_ids"] = [pid for _, pid in chosen]
                    row["expect_n"] = [n for n, _ in chosen]
                else:
                    row["not_cited"] = [pid for _, pid in chosen]
        row.update({k: v for k, v in spec.items() if k not in ("page", "not_page")})
        rows.append(row)
        print(row_id, row.get("list_total"), row.get("entries"), flush=True)
    out = ROOT / "eval" / "page_dev.jsonl"
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")


if __name__ == "__main__":
    main()

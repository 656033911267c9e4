"""Write eval/lang3_dev.jsonl: chats in French, Spanish and German, each beside its English chat, turn for turn.

Rows are written by hand (the follow-ups a user carries on with in the chat's language: filters by code, year,
month and author, "the first/second one", "more", "summarize them", and first turns naming a topic in that
language, hyphenated compounds and accents included); halves alternate by language. `python
eval/score_lang3_dev.py --record` then asks each English chat and keeps what each turn must match.
"""

from __future__ import annotations

import json
from pathlib import Path

OUT = Path(__file__).resolve().parent / "lang3_dev.jsonl"
VLA = "papers on vision-language-action models"
DLM = "papers on diffusion language models"
ASR = "papers on speech recognition"
MAS = "papers on multi-agent systems"

# What "who wrote the first one?" must answer after a first turn the digests do not cover: no paper, since no list
# was shown (the English chat names one too, which is the defect, so it is pinned by hand).
NO_LIST = {"1": {"intent": None, "cited": [], "count": -1, "opening": "(pinned: no paper)"}}

# (half, lang, turns in the language, the English chat)
CHATS: list[tuple[str, str, list[str], list[str]]] = [
    (
        "tune",
        "mix",
        [
            VLA,
            "lesquels ont du code ?",
            "qui a écrit le premier ?",
            "¿cuáles son de 2024?",
            "und welche davon sind von 2025?",
        ],
        [
            VLA,
            "which of them have code?",
            "who wrote the first one?",
            "which of them are from 2024?",
            "and which of them are from 2025?",
        ],
    ),
    (
        "tune",
        "fr",
        [
            "articles sur les modèles vision-langage-action",
            "et en 2025 ?",
            "lesquels ont du code ?",
            "qui a écrit le premier ?",
        ],
        [VLA, "and in 2025?", "which of them have code?", "who wrote the first one?"],
    ),
    (
        "tune",
        "es",
        ["artículos sobre modelos de visión-lenguaje-acción", "¿cuáles son de 2024?", "¿quién escribió el segundo?"],
        [VLA, "which of them are from 2024?", "who wrote the second one?"],
    ),
    ("tune", "de", [VLA, "welche davon sind von 2025?", "mehr"], [VLA, "which of them are from 2025?", "more"]),
    ("tune", "es", [DLM, "¿cuáles tienen código?", "¿y en 2025?"], [DLM, "which of them have code?", "and in 2025?"]),
    (
        "tune",
        "de",
        [ASR, "und welche davon sind aus dem Februar 2025?", "wer hat das erste geschrieben?"],
        [ASR, "and which of them are from February 2025?", "who wrote the first one?"],
    ),
    (
        "tune",
        "fr",
        [DLM, "lesquels sont de Xinchao Wang ?", "qui a écrit le deuxième ?"],
        [DLM, "which of them are by Xinchao Wang?", "who wrote the second one?"],
    ),
    (
        "tune",
        "fr",
        [MAS, "lesquelles sont de mars 2025 ?", "plus"],
        [MAS, "which of them are from March 2025?", "more"],
    ),
    ("tune", "es", [VLA, "¿cuáles son de Pengxiang Ding?"], [VLA, "which of them are by Pengxiang Ding?"]),
    (
        "tune",
        "de",
        [ASR, "welche davon sind von 2024?", "fasse sie zusammen"],
        [ASR, "which of them are from 2024?", "summarize them"],
    ),
    (
        "tune",
        "fr",
        ["articles sur les modèles zorblaxiens", "qui a écrit le premier ?"],
        ["papers on zorblaxian models", "who wrote the first one?"],
    ),
    ("check", "fr", ["articles sur les systèmes multi-agents", "et en 2024 ?"], [MAS, "and in 2024?"]),
    (
        "check",
        "es",
        [VLA, "¿cuáles de ellos tienen código?", "¿y en 2024?"],
        [VLA, "which of them have code?", "and in 2024?"],
    ),
    (
        "check",
        "de",
        [DLM, "welche von ihnen sind aus 2024?", "und in 2025?"],
        [DLM, "which of them are from 2024?", "and in 2025?"],
    ),
    (
        "check",
        "fr",
        [ASR, "et en 2024 ?", "lesquels d'entre eux sont de janvier 2025 ?"],
        [ASR, "and in 2024?", "which of them are from January 2025?"],
    ),
    ("check", "es", [MAS, "¿cuáles son de abril de 2025?", "más"], [MAS, "which of them are from April 2025?", "more"]),
    (
        "check",
        "de",
        [VLA, "welche davon sind von Pengxiang Ding?", "wer hat das zweite geschrieben?"],
        [VLA, "which of them are by Pengxiang Ding?", "who wrote the second one?"],
    ),
    (
        "check",
        "mix",
        [MAS, "lesquelles sont de 2025 ?", "¿quién escribió el primero?"],
        [MAS, "which of them are from 2025?", "who wrote the first one?"],
    ),
    (
        "check",
        "es",
        [DLM, "¿cuáles son de Xinchao Wang?", "resúmelos"],
        [DLM, "which of them are by Xinchao Wang?", "summarize them"],
    ),
    (
        "check",
        "fr",
        [VLA, "lesquels sont de septembre 2025 ?", "résume-les"],
        [VLA, "which of them are from September 2025?", "summarize them"],
    ),
    (
        "check",
        "de",
        [MAS, "und in 2025?", "welche davon haben Code?"],
        [MAS, "and in 2025?", "which of them have code?"],
    ),
    (
        "check",
        "es",
        ["artículos sobre los modelos zorblaxianos", "¿quién escribió el primero?"],
        ["papers on zorblaxian models", "who wrote the first one?"],
    ),
]


def main() -> None:
    rows = [
        {"id": f"l3-{i:02d}-{lang}", "half": half, "lang": lang, "turns": turns, "english": english}
        | ({"pinned": NO_LIST} if "zorblax" in english[0] else {})
        for i, (half, lang, turns, english) in enumerate(CHATS)
    ]
    OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    print(f"{len(rows)} chats, {sum(len(r['turns']) for r in rows)} turns → {OUT}")


if __name__ == "__main__":
    main()

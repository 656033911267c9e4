"""Write eval/lang4_dev.jsonl: French and Spanish questions (some German and Chinese) of every intent, each beside
its English twin.

Papers were drawn at random (`random.seed(4039)`, 14 of the corpus's papers) and the topics taken from them
(quantization, pruning, knowledge distillation, speculative decoding, agents, DPO/PPO, LoRA, diffusion models);
each row is written by hand in the wording a user of that language would use. `paper` is the one paper a fact,
authors, yes/no or half-remembered row is about, found by reading its summary (`/work/lead/show.py`).
`python eval/score_lang4_dev.py --record` then asks each English twin and keeps what the row must match.
"""

from __future__ import annotations

import json
from pathlib import Path

OUT = Path(__file__).resolve().parent / "lang4_dev.jsonl"

QWEN3, RUCCOD, VISONLYQA, BITNET2 = "2505.09388", "2502.21263", "2412.00947", "2504.18415"
ARWKV, CADRECODE, DEEPRARE, OSP = "2501.15570", "2412.14042", "2506.20430", "2506.19697"

# (half, lang, kind, question or chat turns, English twin, the paper a one-paper row is about, verdict of a yes/no)
ROWS: list[tuple[str, str, str, str | list[str], str | list[str], str, str]] = [
    # facts
    (
        "tune",
        "fr",
        "fact",
        "combien de langues Qwen3 prend-il en charge ?",
        "how many languages does Qwen3 support?",
        QWEN3,
        "",
    ),
    ("tune", "zh", "fact", "Qwen3支持多少种语言？", "how many languages does Qwen3 support?", QWEN3, ""),
    (
        "check",
        "fr",
        "fact",
        "quel score Qwen3-235B-A22B obtient-il sur AIME'24 ?",
        "what score does Qwen3-235B-A22B achieve on AIME'24?",
        QWEN3,
        "",
    ),
    ("check", "es", "fact", "¿cuántos idiomas admite Qwen3?", "how many languages does Qwen3 support?", QWEN3, ""),
    # authors
    ("tune", "fr", "authors", "qui a écrit RuCCoD ?", "who wrote RuCCoD?", RUCCOD, ""),
    (
        "tune",
        "es",
        "authors",
        "¿quiénes son los autores de VisOnlyQA?",
        "who are the authors of VisOnlyQA?",
        VISONLYQA,
        "",
    ),
    ("check", "es", "authors", "¿quién escribió CAD-Recode?", "who wrote CAD-Recode?", CADRECODE, ""),
    ("check", "fr", "authors", "qui sont les auteurs de BitNet v2 ?", "who are the authors of BitNet v2?", BITNET2, ""),
    # comparisons
    ("tune", "fr", "compare", "comparer la quantification et l'élagage", "compare quantization and pruning", "", ""),
    ("tune", "es", "compare", "DPO frente a PPO", "DPO versus PPO", "", ""),
    (
        "check",
        "fr",
        "compare",
        "compare la distillation de connaissances avec la quantification",
        "compare knowledge distillation and quantization",
        "",
        "",
    ),
    (
        "check",
        "es",
        "compare",
        "¿cuál es la diferencia entre LoRA y el ajuste fino completo?",
        "what is the difference between LoRA and full fine-tuning",
        "",
        "",
    ),
    # a topic summarised over a period
    (
        "tune",
        "fr",
        "period",
        "résume les articles sur les agents de la semaine du 20 janvier 2025",
        "summarize the papers on agents from the week of January 20, 2025",
        "",
        "",
    ),
    (
        "check",
        "es",
        "period",
        "resume los artículos sobre cuantización de marzo de 2025",
        "summarize the papers on quantization in March 2025",
        "",
        "",
    ),
    # counts and trends
    (
        "tune",
        "fr",
        "trend",
        "combien d'articles sur le décodage spéculatif y a-t-il ?",
        "how many papers on speculative decoding are there?",
        "",
        "",
    ),
    (
        "tune",
        "es",
        "trend",
        "¿cómo ha cambiado el interés en la destilación de conocimiento?",
        "how did interest in knowledge distillation change?",
        "",
        "",
    ),
    (
        "check",
        "fr",
        "trend",
        "combien d'articles sur la quantification y a-t-il par mois ?",
        "how many papers on quantization per month?",
        "",
        "",
    ),
    (
        "check",
        "es",
        "trend",
        "¿cuántos artículos sobre modelos de difusión hay?",
        "how many papers on diffusion models are there?",
        "",
        "",
    ),
    # yes/no
    (
        "tune",
        "fr",
        "yesno",
        "est-ce que BitNet v2 utilise la transformation de Hadamard ?",
        "does BitNet v2 use a Hadamard transformation?",
        BITNET2,
        "Yes",
    ),
    (
        "tune",
        "es",
        "yesno",
        "¿ARWKV utiliza destilación de conocimiento?",
        "does ARWKV use knowledge distillation?",
        ARWKV,
        "Yes",
    ),
    (
        "tune",
        "de",
        "yesno",
        "Verwendet BitNet v2 eine Hadamard-Transformation?",
        "does BitNet v2 use a Hadamard transformation?",
        BITNET2,
        "Yes",
    ),
    (
        "check",
        "fr",
        "yesno",
        "est-ce que ARWKV utilise la distillation de connaissances ?",
        "does ARWKV use knowledge distillation?",
        ARWKV,
        "Yes",
    ),
    (
        "check",
        "es",
        "yesno",
        "¿usa BitNet v2 la transformación de Hadamard?",
        "does BitNet v2 use a Hadamard transformation?",
        BITNET2,
        "Yes",
    ),
    ("check", "zh", "yesno", "ARWKV 使用了知识蒸馏吗？", "does ARWKV use knowledge distillation?", ARWKV, "Yes"),
    # a half-remembered paper
    (
        "tune",
        "es",
        "recall",
        "el artículo que convierte nubes de puntos en código Python para modelos CAD",
        "the paper that turns point clouds into Python code for CAD models",
        CADRECODE,
        "",
    ),
    (
        "tune",
        "fr",
        "recall",
        "l'article où on empêche les valeurs aberrantes pendant le pré-entraînement pour la quantification en 4 bits",
        "the paper where outliers are prevented during pre-training to improve 4-bit quantization",
        OSP,
        "",
    ),
    (
        "check",
        "fr",
        "recall",
        "l'article où un système agentique diagnostique les maladies rares",
        "the paper where an agentic system diagnoses rare diseases",
        DEEPRARE,
        "",
    ),
    (
        "check",
        "es",
        "recall",
        "el artículo que convierte un Transformer en un modelo RNN mediante destilación",
        "the paper that turns a Transformer into an RNN model via distillation",
        ARWKV,
        "",
    ),
    # nothing in the corpus answers it
    ("tune", "fr", "unanswerable", "qui a gagné le prix Turing en 2024 ?", "who won the Turing award in 2024?", "", ""),
    (
        "tune",
        "es",
        "unanswerable",
        "¿quién ganó el premio Turing en 2024?",
        "who won the Turing award in 2024?",
        "",
        "",
    ),
    ("check", "fr", "unanswerable", "quelle est la capitale de la France ?", "what is the capital of France?", "", ""),
    ("check", "es", "unanswerable", "¿cuál es la capital de Francia?", "what is the capital of France?", "", ""),
    # chats: an entry of the list by its place, then the list narrowed to a year
    (
        "tune",
        "fr",
        "chat",
        ["articles sur le décodage spéculatif", "et le deuxième ?", "seulement 2025"],
        ["papers on speculative decoding", "and the second one?", "only 2025"],
        "",
        "",
    ),
    (
        "tune",
        "es",
        "chat",
        ["artículos sobre cuantización", "¿quién escribió el tercero?", "solo los de 2024"],
        ["papers on quantization", "who wrote the third one?", "only those from 2024"],
        "",
        "",
    ),
    (
        "tune",
        "de",
        "chat",
        ["Papers über Wissensdestillation", "und das zweite?", "nur 2025"],
        ["papers on knowledge distillation", "and the second one?", "only 2025"],
        "",
        "",
    ),
    (
        "check",
        "es",
        "chat",
        ["artículos sobre decodificación especulativa", "¿y el segundo?", "solo 2025"],
        ["papers on speculative decoding", "and the second one?", "only 2025"],
        "",
        "",
    ),
    (
        "check",
        "fr",
        "chat",
        ["articles sur la quantification", "que fait le premier ?", "uniquement de 2024"],
        ["papers on quantization", "what does the first one do?", "only from 2024"],
        "",
        "",
    ),
]

ORDINALS = {"first": 0, "second": 1, "third": 2}


def row(
    i: int, half: str, lang: str, kind: str, asked: str | list[str], english: str | list[str], paper: str, verdict: str
) -> dict:
    """One dev row; a chat's turn naming a place in the list ("the second one") is judged against its own list."""
    out: dict = {"id": f"l4-{i:02d}-{lang}", "half": half, "lang": lang, "kind": kind}
    if isinstance(asked, list):
        out["turns"], out["english"] = asked, english
        out["ordinal"] = {
            str(t): n for t, turn in enumerate(english) for word, n in ORDINALS.items() if f" {word} one" in f" {turn}"
        }
    else:
        out["question"], out["english"] = asked, english
    if paper:
        out["paper"] = paper
    if verdict:
        out["verdict"] = verdict
    return out


def main() -> None:
    rows = [row(i, *r) for i, r in enumerate(ROWS)]
    OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    print(f"{len(rows)} rows → {OUT}")


if __name__ == "__main__":
    main()

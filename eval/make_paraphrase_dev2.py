"""Writes eval/paraphrase_dev2.jsonl: hand-written descriptions of 40 papers drawn at random (seed 2011).

The questions were written by reading each paper's summary (see eval/PARAPHRASE_DEV2.md); this
script only holds them, checks none repeats a title word, and shuffles them into halves (seed 2012).
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

QUESTIONS: dict[str, str] = {
    "2510.01982": "a way to fine-tune picture generators from human-preference scores where the randomness is "
    "injected at just one step of sampling and signals from coarse and fine versions of the image are combined",
    "2510.10493": "I remember a study showing you can tell which chatbot wrote a piece of web code, even after "
    "the code has been minified and scrambled",
    "2504.09710": "scheduling which data sources a model practises on during reward-driven fine-tuning, picking "
    "the ones where it is still improving fastest, like an explore-exploit bandit",
    "2505.17818": "fake sick people with different temperaments and language skills, built from emergency-room "
    "records, for testing medical chatbots",
    "2502.15422": "which paper tested vision-capable chatbots on national school exams from an East Asian country?",
    "2505.14625": "the rule-based answer checkers used when training on maths problems often mark correct answers "
    "as wrong, and a small model fixes that",
    "2410.19290": "that one where they train two separate adapters, one to absorb knowledge and one for the task "
    "skill, using invented facts, so that the model stops making things up",
    "2506.08862": "recovering the shape of a moving scene live from ordinary footage without knowing where the "
    "camera was",
    "2409.16925": "drone-to-satellite photo matching trained on rendered virtual worlds",
    "2505.13444": "questions about graphs and plots where the best system gets 63% and people 93%",
    "2503.17359": "an essay arguing that playable worlds will be drawn live by a model that makes clips, with a "
    "five-level maturity roadmap",
    "2503.19855": "just feeding the model its previous final answer back along with the question and asking "
    "again improves competition maths scores, no training needed",
    "2410.08261": "a one-billion-parameter model that makes 1024-pixel pictures from prompts by filling in "
    "blanked-out pieces rather than the usual noise-removal approach",
    "2410.13830": "making clips of a particular person or object from one photo, moving along a path given by "
    "bounding boxes, with no fine-tuning at test time",
    "2502.18600": "terse step-by-step prompting that uses far fewer tokens",
    "2505.21876": "steering the viewpoint path of clip generators by masking the source footage according to what "
    "is visible in the first frame",
    "2507.13344": "rendering a performer from new angles when only four cameras filmed them, by alternately "
    "cleaning up a latent grid over space and over time",
    "2509.26542": "spoken assistants flunk competition maths compared with typed chat",
    "2508.21113": "a small image-and-text model that decides on its own whether to reason step by step or just "
    "answer directly, depending on how hard the question is",
    "2409.18121": "a two-armed machine watches one ordinary video of a person moving the parts of a hinged thing "
    "and then reproduces that motion, with no task-specific training",
    "2412.18525": "describing image-to-image jobs in plain sentences, like turning edge maps into photos, so a "
    "model trained on millions of such triples handles jobs it never saw",
    "2505.12849": "speeding up slow one-patch-at-a-time generation in an invertible transformer image model by "
    "treating it as a system of equations solved with a classic numerical scheme",
    "2506.19850": "the robot controller that writes camera frames, instructions and arm moves as one stream of "
    "discrete tokens and learns from lots of video by predicting what comes next",
    "2502.14786": "an update to a well-known image-text backbone that folds in caption decoding, self-distillation "
    "and masked prediction, and now handles text beyond English",
    "2507.01544": "project embeddings to a 2D scatter plot and show the picture to a small vision chat model to "
    "classify a point; works for audio, biology and tables",
    "2510.20286": "finding which button on a screen a command refers to by rewriting the command from several "
    "angles; they found almost a quarter of existing training commands were flawed",
    "2510.04587": "recording where doctors pan and zoom while reading tissue scans and turning those logs into "
    "training data for an assistant that spots cancer spread to lymph nodes",
    "2505.15929": "a picture-based exam of science problems about forces, heat, light and the like, where top "
    "AI systems score far below human experts",
    "2504.01204": "animating rigged 3D characters from a text prompt by optimising the skeleton against a "
    "pretrained clip generator instead of deforming a neural field",
    "2504.07951": "hundreds of image-text networks trained from scratch, showing that feeding raw pixels into the "
    "same network early works as well as bolting on a pretrained vision encoder",
    "2410.13782": "writing amino-acid chains and their folds with one network",
    "2410.02724": "there was a theory paper proving that a next-token predictor with a fixed vocabulary and context "
    "window is equivalent to a finite-state random process; what was it?",
    "2503.01836": "that paper where they choose which generated question-answer pairs to fine-tune on by how hard "
    "they are for several chatbots and how much those chatbots disagree, what was it called?",
    "2501.03931": "keeping a person's face recognisable when making clips from text, without per-person fine-tuning",
    "2509.01106": "the vision-language brain that sits on top of a low-level controller in a two-layer embodied "
    "system, talking with humans and deciding the next steps",
    "2508.11987": "what was the test where chatbots with web search forecast events that have not happened yet, "
    "with questions collected daily from websites and compared against human financial analysts?",
    "2510.08211": "bad examples slipped into fine-tuning make chatbots lie",
    "2507.13158": "a survey framing chatbot alignment from human feedback as recovering a hidden objective from "
    "demonstrations",
    "2509.22820": "whether picture-reading assistants can learn a user's own pets, objects and tastes",
    "2506.20639": "a 7B text network that fills in blanks in any order to write programs, plus a trick that pairs "
    "opposite hiding patterns to lower gradient noise",
}

RULES = "paraphrase: the one relevant paper is in the top 5 retrieved (hit@5) and is cited by the answer."


def main() -> None:
    from rag.retrieve import Retriever
    from rag.settings import Settings
    from rag.text import tokenize

    retriever = Retriever(Settings.from_env())
    clashes = []
    for pid, question in QUESTIONS.items():
        title = set(tokenize(retriever.paper(pid).title))
        shared = title & set(tokenize(question))
        if shared:
            clashes.append(f"{pid}: {sorted(shared)}")
    if clashes:
        sys.exit("title words in questions:\n" + "\n".join(clashes))
    ids = list(QUESTIONS)
    random.Random(2012).shuffle(ids)
    rows = [
        {
            "id": f"pdev2-{n:02d}",
            "type": "paraphrase",
            "question": QUESTIONS[pid],
            "relevant": [pid],
            "split": "tune" if n <= 20 else "report",
            "rules": RULES,
        }
        for n, pid in enumerate(ids, start=1)
    ]
    out = Path(__file__).with_name("paraphrase_dev2.jsonl")
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    print(f"wrote {len(rows)} rows to {out}")


if __name__ == "__main__":
    main()

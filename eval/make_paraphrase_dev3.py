"""Writes eval/paraphrase_dev3.jsonl: hand-written descriptions of 30 papers drawn at random (seed 3011).

`--draw` prints the drawn papers' titles and summaries to write the descriptions from; without it
the script checks that no description repeats a title word and writes the rows, shuffled into a
tune and a check half (seed 3012). See eval/PARAPHRASE_DEV3.md.
"""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).parent
SEED, SPLIT_SEED, SIZE = 3011, 3012, 30
ARXIV_RE = re.compile(r"\b\d{4}\.\d{4,5}\b")

QUESTIONS: dict[str, str] = {
    "2505.02391": "deciding how many attempts to spend on each maths prompt during self-training, giving more to the "
    "prompts where that most steadies the updates, so training converges two to four times faster",
    "2503.11849": "one pretrained network for the imagery of all the European satellite missions, with a hypernetwork "
    "that adapts to any spectral band and encodes metadata",
    "2502.07864": "that paper converting an existing chatbot's grouped key-value sharing into a low-rank compressed "
    "form with the same cache size, then fine-tuning it, what was it?",
    "2411.14251": "I recall a paper that rewrote policies, value functions and the Bellman equation as text handled "
    "by a chatbot, tested on tic-tac-toe",
    "2505.14489": "do chatbots that think slowly before answering say more accurately how sure they are?",
    "2507.22879": "a shopping app's suggestion system rebuilt around what shoppers intend, with chatbots mining "
    "interests and tagging items to escape filter bubbles",
    "2510.24821": "a mixture-of-experts network of a hundred billion weights, about six billion active, that "
    "understands and makes pictures, speech and text and treats segmentation as editing",
    "2505.21496": "phone-screen assistants that get stronger on their own, with a reward judge of action "
    "trajectories and deliberately corrupted trajectories as hard negatives, no human labels",
    "2411.17041": "steering prompt-driven clip synthesis toward what a black-box picture-reading chatbot judges "
    "as matching, without differentiating the reward, using zeroth-order estimates",
    "2409.07450": "which paper composes a soundtrack for a clip, trained on millions of clip and song pairs from the "
    "internet, matching beats to on-screen motion?",
    "2505.18536": "a survey arguing that reward-based post-training is what lets chatbots that see and hear think "
    "through problems, sorting methods by whether they use a critic",
    "2505.07260": "reformulating the token-mixing layer so that the same routed feed-forward specialists serve both "
    "it and the MLP blocks, lowering perplexity",
    "2509.22622": "making clips lasting minutes, frame by frame, at twenty frames a second on one GPU while the user "
    "switches prompts midway, refreshing the cached states",
    "2504.04823": "does compressing the weights of slow-thinking chatbots to fewer bits damage their maths and coding? "
    "8-bit is nearly lossless, 4-bit risky",
    "2503.18225": "a parameter-efficient fine-tuning method that normalises and scales the small adapter matrices, "
    "separating direction from magnitude, so it is robust to hyperparameters",
    "2501.04001": "one network that chats about photos and clips and also outlines the object a phrase refers to, "
    "combining a promptable segmenter with a chat assistant",
    "2506.01872": "I remember a paper finding that adding picture, audio or clip inputs to a text chatbot erodes its "
    "instruction following, and that weighted merging of the fine-tuned networks helps most",
    "2505.11855": "can chatbots find the confirmed errors in published papers? the best found only about a fifth "
    "of them",
    "2508.17290": "a test set of school questions with pictures, in Farsi and English, for vision chatbots, also "
    "checking whether they notice when the wrong picture is shown",
    "2508.15774": "a trick that makes pretrained diffusion networks produce 8k pictures and 4k clips without repeated "
    "patterns and with no retraining, using dilated convolution and frequency fusion",
    "2510.00523": "retrieval vectors from a picture-reading chatbot that also accept a box or click on a region, "
    "via a segmenter, for entity-aware search",
    "2509.19087": "feeding satellite bands beyond red-green-blue to a chatbot trained on ordinary photos by turning "
    "them into false-colour pictures like vegetation indices and explaining them in the prompt",
    "2410.01804": "an alternative to Gaussian splatting that ray-traces constant-density blobs so nothing pops, "
    "running at 30 frames a second",
    "2503.01935": "that suite where teams of chatbots cooperate or compete in a block-building game, coding, "
    "bargaining and a social deduction game, scored by milestones; what was it called?",
    "2504.18919": "a randomised trial where members of the public used chatbots to assess medical scenarios and did "
    "worse than a control group, though the chatbots alone got them right",
    "2409.12186": "the open programming-assistant series trained on 5.5 trillion tokens that beats much larger "
    "networks at writing and completing programs",
    "2502.13449": "a chemistry chatbot that explains a compound's structure and properties, fusing 2D graph and 3D "
    "conformation encoders through instruction tuning",
    "2505.04606": "which test asks systems to fix real bug reports from code repositories in four programming "
    "languages, some with screenshots, where the best solved under 9%?",
    "2503.05978": "endless animated portrait clips driven by audio and prompts, lip-synced, using sliding-window "
    "denoising and twenty times faster than the base network",
    "2502.17425": "special output words that let an image chatbot pick a region to zoom into or re-encode the "
    "picture, lifting a 2B network by about 30% on question answering",
}

RULES = "paraphrase: the one relevant paper is in the top 5 retrieved (hit@5) and is cited by the answer."


def excluded() -> set[str]:
    """Papers no description may be about: those of the earlier paraphrase sets, gold set 2's tune
    `relevant`, and every paper any gold set 2 report row names (read by code, never shown)."""
    out: set[str] = set()
    for name in ("paraphrase_dev.jsonl", "paraphrase_dev2.jsonl"):
        for line in (HERE / name).read_text(encoding="utf-8").splitlines():
            out.update(json.loads(line)["relevant"])
    for line in (HERE / "gold2.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if row.get("split") == "tune":
            out.update(row.get("relevant", []))
        else:
            out.update(ARXIV_RE.findall(line))
    return out


def drawn(ids: list[str]) -> list[str]:
    pool = sorted(set(ids) - excluded())
    return random.Random(SEED).sample(pool, SIZE)


def main() -> None:
    from rag.retrieve import Retriever
    from rag.settings import Settings
    from rag.text import tokenize

    retriever = Retriever(Settings.from_env())
    picks = drawn(retriever.ids)
    if "--draw" in sys.argv:
        for pid in picks:
            paper = retriever.paper(pid)
            print(f"## {pid} {paper.title}\n{paper.summary}\n")
        return
    if set(QUESTIONS) != set(picks):
        sys.exit(f"questions must describe exactly the drawn papers: {sorted(set(picks) ^ set(QUESTIONS))}")
    clashes = []
    for pid, question in QUESTIONS.items():
        shared = set(tokenize(retriever.paper(pid).title)) & set(tokenize(question))
        if shared:
            clashes.append(f"{pid}: {sorted(shared)}")
    if clashes:
        sys.exit("title words in questions:\n" + "\n".join(clashes))
    random.Random(SPLIT_SEED).shuffle(picks)
    rows = [
        {
            "id": f"pdev3-{n:02d}",
            "type": "paraphrase",
            "question": QUESTIONS[pid],
            "relevant": [pid],
            "split": "tune" if n <= SIZE // 2 else "report",
            "rules": RULES,
        }
        for n, pid in enumerate(picks, start=1)
    ]
    out = HERE / "paraphrase_dev3.jsonl"
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    print(f"wrote {len(rows)} rows to {out}")


if __name__ == "__main__":
    main()

"""Which benchmark, base model or baseline a question asks to count ("which benchmark is used most for math
reasoning?", "what is the most common base model in RL reasoning papers?"): what it counts and its topic.

Such a question asks how often the field uses each name, so it is answered by `rag.usage_counts`, which ranks the
names the topic's papers write. The frame words here are general English of asking, using and counting. Pure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

BENCH_NOUN = r"(?:benchmarks?|datasets?|data\s+sets?|evaluation\s+(?:sets?|suites?)|test\s+sets?)"
MODEL_NOUN = (
    r"(?:(?:base|backbone|foundation|pretrained|pre-trained|open(?:-source|-weight)?|language|vision-language)\s+)?"
    r"(?:models?|LLMs?|VLMs?|MLLMs?|backbones?)"
)
BASELINE_NOUN = r"(?:baselines?)"
# How often the field uses a name: a superlative of use or habit ("most widely used", "used most", "the go-to")
OFTEN = (
    r"(?:most\s+(?:widely\s+|commonly\s+|frequently\s+|often\s+)?(?:used|adopted|popular|common|frequent)"
    r"|most\s+(?:often|frequently|commonly|widely)|used\s+(?:the\s+)?most|(?:the\s+)?most\s*(?=\W*$)"
    r"|go-to|de\s+facto(?:\s+standard)?|(?:widely|commonly|frequently)[- ](?:used|adopted))"
)
# "which datasets do code generation papers evaluate on?" ("which benchmarks do people use for X?" is read before, as
# the field's habit: `understand.field_evaluation_frame`; "do these papers …" asks of a list just given)
USE_VERB = (
    r"(?:use|evaluate\s+on|test\s+on|report(?:\s+on)?|rely\s+on|benchmark\s+on|fine-tune|train|build\s+on"
    r"|compare\s+(?:against|to|with)|start\s+from)"
)
DO_USE = (
    rf"\b(?:do|did)\s+(?!(?:these|those|the|their|such|both|they)\b)(?:[\w-]+\s+){{0,5}}?"
    rf"(?:papers|works|studies|methods|approaches)\s+(?:\w+ly\s+)?{USE_VERB}\b"
)
ASKED_RE = re.compile(
    rf"^\W*(?:(?:so|and|ok(?:ay)?)\W+)?(?:which|what|name|list|show)\b(?=.*\b(?:{BENCH_NOUN}|{MODEL_NOUN}|"
    rf"{BASELINE_NOUN})\b)(?=.*(?:\b{OFTEN}|{DO_USE}))",
    re.I,
)
# Words of the question's frame, never its topic: general English of asking, using and counting.
FRAME_WORDS = frozenset(
    """
    which what name list show is are was were the a an do does did most often frequently commonly widely used use uses
    using adopted popular common frequent go-to de facto standard typically usually generally papers paper works
    studies people researchers authors methods approaches field community digests corpus literature
    evaluate evaluated test tested report reported rely benchmark benchmarked fine-tune fine-tuned tuned train trained
    build built compare compared start against as so and ok okay s
    """.split()
)
EDGE_WORDS = frozenset("in for on of to with within among across by from when at".split())


@dataclass(frozen=True)
class Asked:
    """What a usage question counts ("benchmark", "model", "baseline"), whether only models are asked as
    baselines, and its topic ('' for the whole corpus)."""

    what: str
    models: bool
    topic: str


def usage_asked(question: str) -> Asked | None:
    """The usage a question asks to count ("which benchmark is used most for math reasoning?"), None for any
    other question ("which benchmarks does DeepSeek-R1 use?" asks of one paper)."""
    if not ASKED_RE.search(question):
        return None
    bench = re.search(rf"\b{BENCH_NOUN}\b", question, re.I)
    baseline = re.search(rf"\b{BASELINE_NOUN}\b", question, re.I)
    model = re.search(rf"\b{MODEL_NOUN}\b", question, re.I)
    what = "benchmark" if bench else "baseline" if baseline else "model"
    rest = re.sub(rf"\bas\s+(?:an?|the)?\s*{BASELINE_NOUN}\b", " ", question, flags=re.I)
    rest = re.sub(rf"\b{OFTEN}", " ", rest, flags=re.I)
    if what == "benchmark":  # "which reward model benchmark …": the model words are its topic
        rest = re.sub(rf"\b{BENCH_NOUN}\b", " ", rest, flags=re.I)
    else:  # the model asked for is the first named ("which base model do vision-language model papers use?")
        rest = re.sub(rf"\b{BASELINE_NOUN}\b", " ", rest, flags=re.I)
        rest = re.sub(rf"\b{MODEL_NOUN}\b", " ", rest, count=1, flags=re.I)
    return Asked(what, what == "baseline" and bool(model), topic_of(rest))


def topic_of(rest: str) -> str:
    """What is left of a usage question once its frame is cut: frame words anywhere, linking words at the edges."""
    words = [w for w in re.findall(r"[\w][\w.+-]*", rest) if w.lower() not in FRAME_WORDS]
    while words and words[0].lower() in EDGE_WORDS:
        words.pop(0)
    while words and words[-1].lower() in EDGE_WORDS:
        words.pop()
    return " ".join(words)

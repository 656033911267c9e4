"""Requests no paper can answer by their nature: advice for the asker ("what GPU should I buy?", "should I learn
PyTorch or JAX?"), creative writing ("write me a poem about transformers", "tell me a joke") and the state of the
world now ("what's the weather in Paris?", "the price of Bitcoin today", "who will win the next World Cup?").

Searching the digests for such a request finds papers that share a word with it (weather-restoration papers for
the weather in Paris, single-GPU training for a GPU to buy), which answer nothing; the honest answer says what the
digests hold instead. A request that asks for papers ("which papers should I read …", "papers on weather
forecasting") is never one of these: the words below are the request's frame, never its topic.
"""

from __future__ import annotations

import re

from rag.question import asks_papers

# "should I learn …", "what GPU should I buy?", "is it worth doing a PhD?", "what do you recommend?": a choice the
# asker is to make, not one a paper reports ("should I read" asks for papers)
ADVICE_RE = re.compile(
    r"\bshould\s+(?:i|we)\s+(?!read\b|cite\b|look\b|start\b|begin\b)[a-z]+"
    r"|\bis\s+it\s+worth\b"
    r"|\b(?:what|which)\s+(?:would|do)\s+you\s+(?:recommend|suggest|advise|prefer|think)\b"
    r"|\b(?:your|you)\s+(?:opinion|advice|favou?rite)\b"
    r"|\b(?:can|could)\s+you\s+(?:recommend|advise)\b",
    re.I,
)
# "write me a poem about …", "tell me a joke", "can you tell me something funny?"
CREATIVE_RE = re.compile(
    r"^\W*(?:(?:can|could|would|will)\s+you\s+)?(?:please\s+)?(?:write|compose|tell|give|make|sing)\s+"
    r"(?:(?:me|us)\s+)?(?:(?:a|an|some|another)\s+)?(?:(?:short|funny|little|nice|good|cute)\s+)?"
    r"(?:poems?|poetry|songs?|jokes?|story|stories|limericks?|haikus?|raps?|sonnets?|riddles?|something\s+funny)\b",
    re.I,
)
# the world as it is now: the weather somewhere, a price today, a result still to come, the time
WHEN_RE = r"(?:today|tonight|tomorrow|now|right\s+now|currently|this\s+(?:week|month|year)|next\s+(?:week|month|year))"
WORLD_RE = re.compile(
    r"\bweather\s+(?:forecast\s+)?(?:like\s+)?(?:in|for|at|today|tomorrow|tonight|now)\b"
    rf"|^\W*(?:what|how\s+much)\b[^?]*\bprices?\s+of\b[^?]*\b{WHEN_RE}\b"
    r"|\b(?:current|today'?s)\s+(?:stock\s+|share\s+)?prices?\b"
    r"|\bwill\b[^?]*\bprices?\b"
    r"|^\W*who\s+(?:will|is\s+going\s+to)\s+win\b"
    r"|^\W*what\s+time\s+is\s+it\b"
    r"|\b(?:today'?s|tonight'?s)\s+(?:news|headlines|match|game)\b|\b(?:news|headlines)\s+today\b",
    re.I,
)
# "should I use LoRA or full fine-tuning?", "which should I use, DPO or PPO?": a choice between two named options
OPTIONS_RE = re.compile(
    r"\b(?:should\s+(?:i|we)\s+(?:use|choose|pick|go\s+with|try|adopt|prefer|apply|learn)"
    r"|which\s+(?:one\s+)?should\s+(?:i|we)\s+(?:use|choose|pick|learn)\s*,?)"
    r"\s+(?:the\s+|an?\s+)?(?P<a>[^?,;]+?)\s+or\s+(?:the\s+|an?\s+)?(?P<b>[^?,;]+?)\s*[?.!]*\s*$",
    re.I,
)
# "how should I …?" asks how a thing is done, which papers may say
HOW_RE = re.compile(r"^\W*how\b", re.I)
# what each kind asks for, as the answer names what the digests do not hold
NOT_HELD = {
    "advice": "advice or recommendations for you",
    "creative": "creative writing such as poems, stories or jokes",
    "world": "news, weather, prices or other facts about the world today",
}


def request_kind(question: str, reading: bool = False) -> str:
    """ "advice", "creative" or "world" for a request no paper can answer by its nature; "" for any other, and for
    one asking for papers or for what to read (`reading`)."""
    if reading or asks_papers(question):
        return ""
    if CREATIVE_RE.search(question):
        return "creative"
    if WORLD_RE.search(question):
        return "world"
    if ADVICE_RE.search(question) and not HOW_RE.match(question):
        return "advice"
    return ""


def options(question: str) -> tuple[str, str] | None:
    """The two options an advice question weighs ("should I use LoRA or full fine-tuning?" → ("LoRA", "full
    fine-tuning")); None for any other."""
    m = OPTIONS_RE.search(question)
    return (m["a"].strip(), m["b"].strip()) if m else None

"""One property of a named paper: its base model, the data sets or benchmarks it uses, a count of something it
has, and whether a size it states is its own. Pure functions over a question and a summary's sentences.

A sentence answers a slot only when it holds what the slot asks for (a model's name after "based on" or
"fine-tuning", a benchmark's or data set's name, a number beside the counted noun), never because it shares the
question's words: "SmolVLA presents a compact … model" names no data set, and "than a 3.3 billion parameter
baseline" is a baseline's size, not SmolVLA's (issue 10, probe 5 defect 5).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from rag.understand import stem

# ---- which property a question asks --------------------------------------------------------------------------

# "what base model / backbone does X use?", "which model is X built on?", "what is X fine-tuned from?"; a bare
# "what is X based on?" may ask the idea a method builds on, not a model.
BASE_ASKED_RE = re.compile(
    r"^\W*(?:what|which)\b.*?(?:\b(?:base|backbone|foundation|underlying|starting|initial|pre-?trained)\s+"
    r"(?:models?|llms?|vlms?|lms?|networks?|checkpoints?)\b|\bbackbones?\b"
    r"|\b(?:models?|llms?|vlms?|lms?|checkpoints?)\b.*?\b(?:built|based)\s+(?:up)?on\b"
    r"|\bfine-?tuned\s+from\b|\binitiali[sz]ed\s+(?:from|with)\b)",
    re.I,
)
DATA_ASKED_RE = re.compile(
    r"^\W*(?:what|which)\s+(?:[\w-]+\s+){0,2}?(?:data\s*sets?|datasets?|corpora|corpus|(?:training\s+)?data)\b"
    r"|^\W*what\s+(?:is|was|are|were)\s+.+?\b(?:trained|pre-?trained|fine-?tuned)\s+on\s*\??\s*$",
    re.I,
)
BENCH_ASKED_RE = re.compile(
    r"^\W*(?:what|which)\s+(?:[\w-]+\s+){0,2}?(?:benchmarks?|evaluation\s+(?:sets?|suites?|data)|test\s+sets?)\b"
    r"|^\W*what\s+(?:is|was|are|were)\s+.+?\b(?:evaluated|tested|benchmarked)\s+on\s*\??\s*$",
    re.I,
)
# "how many puzzles are in VisualSphinx?", "how many LLMs does NoLiMa test?": the counted noun
COUNT_ASKED_RE = re.compile(r"\bhow\s+many\s+(?:[a-z][\w-]*\s+){0,2}?(?P<noun>[a-z][\w-]*s)\b", re.I)

# "how many more errors did SEA find than ACD?": a multiple or a difference ("40.7× more"), no count of its own
RELATIVE_COUNT_RE = re.compile(r"\bhow\s+many\s+(?:more|fewer|less)\b.*\bthan\b", re.I)

# "which paper asks whether RL … beyond the base model?": the question asks for a paper, whose words name no slot
PAPER_ASKED_RE = re.compile(r"^\W*(?:what|which)\s+(?:papers?|stud(?:y|ies)|works?|articles?|preprints?)\b", re.I)

# What each slot is called in the answer ("does not state the base model as such").
SLOT_NAMES = {"base": "base model", "data": "data sets", "bench": "benchmarks"}


# A property asked by itself, its paper left to the chat ("what base model", "which benchmarks?", "how many
# parameters", "and the code?"): the question stops at the property's noun.
ELIDED_SLOT_RE = re.compile(
    r"^\W*(?:and\s+)?(?:(?:what|which)\s+(?:[\w-]+\s+){0,2}?(?P<used>(?:models?|backbones?|llms?|vlms?|data\s*sets?"
    r"|datasets?|corpora|corpus|data|benchmarks?|evaluation\s+sets?|test\s+sets?))"
    r"|how\s+many\s+(?!(?:papers|works|studies|articles|ones)\b)(?:[\w-]+\s+){0,2}?"
    r"(?P<had>(?!papers\b|works\b|studies\b|articles\b|ones\b)[a-z][\w-]*s)"
    r"|(?:the\s+|its\s+)?(?P<code>code|repo(?:sitory)?|github(?:\s+(?:link|repo))?))\W*$",
    re.I,
)


def elided_slot(follow: str, subject: str) -> str:
    """A property asked by itself, asked of the paper the chat is about: "what base model" → "what base model does
    LIMO use?", "how many parameters" → "how many parameters does Token-Shuffle have?", "and the code?" → "where is
    the code for MSTS?"; '' when the follow-up says more than the property, or there is no paper."""
    m = ELIDED_SLOT_RE.match(follow)
    if not m or not subject:
        return ""
    if m.group("code"):
        return f"where is the code for {subject}?"
    asked = follow.strip().rstrip("?.! ")
    asked = re.sub(r"^\W*and\s+", "", asked, flags=re.I)
    return f"{asked} does {subject} {'have' if m.group('had') else 'use'}?"


def asked_slot(question: str) -> str:
    """The property of a paper a question asks: "base", "data", "bench", "count" or ""."""
    if PAPER_ASKED_RE.match(question):
        return ""
    if BASE_ASKED_RE.search(question):
        return "base"
    if BENCH_ASKED_RE.search(question):
        return "bench"
    if DATA_ASKED_RE.search(question):
        return "data"
    if COUNT_ASKED_RE.search(question) and not RELATIVE_COUNT_RE.search(question):
        return "count"
    return ""


def counted_noun(question: str) -> str:
    m = COUNT_ASKED_RE.search(question)
    return m.group("noun") if m else ""


# A name's hyphenated adjective ("ERP-specific datasets", "DiT-based"): it describes, it names no set.
ADJECTIVE_END_RE = re.compile(
    r"-(?:specific|based|style|like|aware|free|related|oriented|centric|level|scale|generated|derived|identified|"
    r"driven|guided|only|heavy|intensive|focused|sized|grade)$",
    re.I,
)

# ---- a model's name -------------------------------------------------------------------------------------------

# A model's name: a capital first, then a digit or capitals only ("Qwen2.5-Coder-32B", "Llama-3-8B", "BERT",
# "GPT-4o"); a mixed-case word without a digit ("DiT", "LLaMA") names an architecture or family more often.
MODEL = r"(?-i:(?:[A-Z][\w.]*\d[\w.]*|[A-Z][a-z]*(?:-[\w.]+)*-[\w.]*\d[\w.]*|[A-Z]{3,}\d*)(?:-[\w.]+)*)"
# Acronyms of kinds of model, not models (general language knowledge of the field).
MODEL_CLASSES = frozenset(
    "LLM LLMS VLM VLMS MLLM MLLMS LMM LMMS LVLM LVLMS SLM SLMS GNN CNN RNN MLP VAE GAN MOE VLA VLAS DIT RL SFT "
    "RLHF RLVR GRPO PPO DPO API APIS GPU GPUS CPU TPU NLP AI AGI QA VQA OCR ASR TTS KV".split()
)
ARTICLES = r"(?:(?:the|a|an|its|their|pre-?trained|open-?source|off-the-shelf|frozen)\s+)*"
# "based on / built on / fine-tuning / initialised from / distilled from … <model>", "<model>-based",
# "<model> backbone / base model", "<model> (model) fine-tuned on …"; never "fine-tuned on <data>".
BASE_RES = (
    re.compile(
        r"\b(?:based\s+on|built\s+(?:up)?on|on\s+top\s+of|fine-?tun(?:e|es|ed|ing)(?!\s+on\b)|"
        r"initiali[sz](?:e|es|ed|ing)\s+(?:from|with)|start(?:s|ed|ing)?\s+from|distill(?:s|ed|ing)?\s+from|"
        r"adapt(?:s|ed|ing)|extend(?:s|ed|ing)|upon|using|uses|use|employ(?:s|ed|ing)?|leverag(?:e|es|ed|ing))\s+"
        + ARTICLES
        + rf"(?P<model>{MODEL})",
        re.I,
    ),
    re.compile(rf"(?P<model>{MODEL})\)?[\s-]+(?:based|backbones?|base\s+models?)\b", re.I),
    re.compile(rf"(?P<model>{MODEL})\s+(?:model\s+)?(?:fine-?tuned|post-?trained|trained)\s+(?:on|with)\b", re.I),
    # "applying GRPO … on a Qwen2.5-VL-3B model", "on Math10K with a LLaMA3-8B model": the model it is run on, never
    # one it is "compared with"
    re.compile(
        r"(?:\bon|(?<!compared )(?<!comparing )(?<!along )\bwith)\s+(?:a|an|the|its)\s+"
        rf"(?P<model>{MODEL})[\s-]+(?:base\s+)?(?:models?|llms?|vlms?|mllms?|lms?|backbones?)\b",
        re.I,
    ),
)


def base_model(sentence: str, name: str) -> str:
    """The model a sentence says the paper builds on ("fine-tuning a Qwen2.5-Coder-32B-based model" →
    "Qwen2.5-Coder-32B"), never the paper's own model (`name`) or a kind of model ("LLM"); "" if none."""
    own = name.lower().strip()
    for pattern in BASE_RES:
        for m in pattern.finditer(sentence):
            model = ADJECTIVE_END_RE.sub("", m.group("model").rstrip("."))  # "Qwen2.5-Coder-32B-based"
            if model.upper().rstrip("S") in MODEL_CLASSES or model.upper() in MODEL_CLASSES:
                continue
            if own and own in model.lower():
                continue
            return model
    return ""


def sized_base(sentences: Sequence[str], title: str) -> str:
    """The first sentence naming the model a paper builds on with its size in the name ("fine-tuning a
    Qwen2.5-Coder-32B-based model"): all a summary may say of its system's size."""
    own = title.split(":")[0]
    return next((s for s in sentences if re.search(r"\d(?:\.\d+)?[BM]\b", base_model(s, own))), "")


def base_size_text(n: int, title: str, sentence: str) -> str:
    """The size a summary gives only through the model its system builds on, said as such."""
    return f"The digests' summary of **{title}** [{n}] gives its size through the model it builds on: {sentence}"


# ---- a data set or benchmark ----------------------------------------------------------------------------------

# A set's name: a capital or a digit first and a capital or a digit inside ("MMLU-Pro", "GSM8K", "COCO",
# "MathVista", "BFCL V3", "MS COCO val2017"), as `rag.aggregate.NAME` reads a benchmark's name.
NAME_WORD = (
    r"(?-i:(?<![\w,.-])(?:(?=[\w'’-]*[A-Z])[A-Z0-9][\w'’-]*?[A-Z0-9][\w'’-]*(?:\.\d+)?"
    r"|[a-z]+\d*[A-Z][\w'’-]*))"  # "s1K", "nuScenes": a lower-case start, a capital inside
)
SET_NAME = rf"(?-i:{NAME_WORD}(?:\s+(?:20\d\d|[A-Z0-9][\w.-]*\d[\w-]*|[A-Z][A-Z0-9-]*|v\d+|val\w*|test\w*))*)"
SET_NOUN = r"(?:benchmarks?|datasets?|data\s+sets?|corpus|corpora|suites?|test\s+sets?|leaderboards?)"
NAMED_SET_RE = re.compile(rf"(?P<name>{SET_NAME})(?:\s+[\w-]+){{0,1}}?\s+{SET_NOUN}\b")
LISTED_SET_RE = re.compile(
    rf"{SET_NOUN}\s*(?:\(|:|,?\s+(?:like|such\s+as|including|namely))\s*(?P<name>{SET_NAME})", re.I
)
# "training on community-contributed datasets", "On its synthetic paired benchmark": a set described, not named
DESCRIBED_SET_RE = re.compile(
    r"(?:\b(?:train\w*|fine-?tun\w*|evaluat\w*|test\w*|experiments?|results?|pre-?train\w*|learn\w*)\s+"
    r"(?:[\w-]+\s+){0,2}?|^)(?:on|using|with|across)\s+(?:its|their|the|a|an|our)?\s*"
    rf"(?P<name>(?:[\w-]+,?\s+){{0,3}}?){SET_NOUN}\b",
    re.I,
)
# Words that say a set exists but not which ("various benchmarks", "standard datasets").
VAGUE_SET_WORDS = frozenset(
    "various several multiple many diverse different standard existing public popular common other extensive "
    "labeled labelled unlabeled large large-scale some all".split()
)


# A name written before a model's noun: a model, though some summary may write it before "benchmark" too.
MODEL_AFTER_RE = re.compile(rf"(?P<name>{SET_NAME})\s+(?:[\w-]+\s+)?(?:models?|LLMs?|VLMs?|family|series|backbones?)\b")


def set_name(name: str) -> str:
    """A candidate set's name cleaned ("MathVista." → "MathVista"), or "" where it is a kind or an adjective."""
    name = name.strip(" .,;:'’")
    if len(name) < 3 or name.upper().rstrip("S") in MODEL_CLASSES or ADJECTIVE_END_RE.search(name):
        return ""
    if re.fullmatch(r"[\d.,]+\s*[kmbt][\w-]*", name, re.I):  # an amount ("20B tokens", "15M-sample"), no name
        return ""
    return name


@cache
def corpus_set_names(summaries: tuple[str, ...]) -> frozenset[str]:
    """The names the corpus writes as a benchmark's or data set's ("the MathVista benchmark", "datasets (GSM8K,
    …)") more often than as a model's, lower-cased: a name among them is a set wherever a summary writes it."""
    as_set: Counter[str] = Counter()
    as_model: Counter[str] = Counter()
    for text in summaries:
        for pattern in (NAMED_SET_RE, LISTED_SET_RE):
            as_set.update(n.lower() for m in pattern.finditer(text) if (n := set_name(m.group("name"))))
        as_model.update(n.lower() for m in MODEL_AFTER_RE.finditer(text) if (n := set_name(m.group("name"))))
    return frozenset(n for n, k in as_set.items() if k > as_model[n])


@dataclass(frozen=True)
class SetFound:
    """A data set or benchmark a sentence names, and how surely: 3 a name written before "benchmark" or
    "dataset", 2 a name the corpus writes as a set's, after "on"/"across"/"in", 1 a set described as used,
    0 only the paper's own product."""

    name: str
    rank: int


# A set the corpus names, read where a sentence evaluates or trains on it ("on MMLU-Pro", "across GSM8K").
KNOWN_BEFORE_RE = re.compile(r"\b(?:on|across|in|over|from|using)\s+(?:the\s+)?$", re.I)


# "Experiments on Spec-Bench", "evaluated on MPE-Spread", "results on Mobile-Eval-E": a name read as a set where
# the sentence says the paper was evaluated on it, even one no other summary writes as a set's.
EVALUATED_ON_RE = re.compile(
    r"\b(?:experiments?|evaluat(?:e|es|ed|ing|ions?)|test(?:s|ed|ing)|results?|benchmark(?:s|ed|ing))\s+"
    rf"(?:[a-z]+\s+){{0,2}}?(?:on|across)\s+(?:the\s+)?(?P<name>{SET_NAME})(?P<after>\s+[\w-]+)?",
    re.I,
)
# What follows a model's name ("experiments on LLaMA models"), or a size in it ("on Qwen2.5-7B"): no set.
MODEL_NOUN_RE = re.compile(r"\s+(?:models?|LLMs?|VLMs?|family|series|backbones?|variants?)$", re.I)
SIZED_RE = re.compile(r"\d(?:\.\d+)?[BM]\b")


def evaluated_sets(sentence: str) -> list[str]:
    """The names a sentence says the paper was evaluated on ("Experiments on Spec-Bench" → "Spec-Bench"),
    never a model it experiments on ("experiments on LLaMA models", "on Qwen2.5-7B")."""
    found = []
    for m in EVALUATED_ON_RE.finditer(sentence):
        name = set_name(m.group("name"))
        token = sentence[m.start("name") :].split(maxsplit=1)[0]  # "Qwen2.5-7B", read whole
        if name and not MODEL_NOUN_RE.search(m.group("after") or "") and not SIZED_RE.search(token):
            found.append(name)
    return found


def names_set(sentence: str, known: frozenset[str], own: str) -> SetFound | None:
    """The data set or benchmark a sentence names (`SetFound`), its paper's own (`own`: "DASH-B" of DASH)
    last; None where it names or describes none ("SmolVLA presents a compact … model")."""
    own = own.lower().strip()
    found: list[SetFound] = []
    for pattern in (NAMED_SET_RE, LISTED_SET_RE):
        found += [SetFound(n, 3) for m in pattern.finditer(sentence) if (n := set_name(m.group("name")))]
    for m in re.finditer(rf"{NAME_WORD}(?:\s+(?:20\d\d|[A-Z0-9][\w.-]*))?", sentence):
        if not KNOWN_BEFORE_RE.search(sentence[max(0, m.start() - 20) : m.start()]):
            continue
        for candidate in (m.group(0), m.group(0).split()[0]):
            if (n := set_name(candidate)) and n.lower() in known:
                found.append(SetFound(n, 2))
                break
    found += [SetFound(n, 2) for n in evaluated_sets(sentence)]
    for m in DESCRIBED_SET_RE.finditer(sentence):
        words = re.findall(r"[\w-]+", m.group("name").lower())
        if words and not set(words) <= VAGUE_SET_WORDS:
            found.append(SetFound(m.group(0).strip(), 1))
    if not found:
        return None
    return max(found, key=lambda f: f.rank if not (own and own in f.name.lower()) else 0)


# "what dataset did X train on?", "which data was X fine-tuned with?": the data it learned from, not what it was
# evaluated on
TRAINED_ASKED_RE = re.compile(r"\b(?:train(?:s|ed|ing)?|pre-?train\w*|fine-?tun\w*|learn(?:s|ed|t)?)\b", re.I)


def evaluated_only(sentence: str, found: SetFound) -> bool:
    """Whether the set a sentence names is one the paper is evaluated on ("a 54.3% pass@1 score on the CanItEdit
    benchmark"), which answers no question of the data it trained on."""
    written = re.escape(found.name)
    return found.name in evaluated_sets(sentence) or bool(
        re.search(rf"{written}\s+(?:[\w-]+\s+)?(?:benchmarks?|leaderboards?|test\s+sets?|suites?)\b", sentence)
    )


ASKED_SET_RE = re.compile(rf"\b(?:on|in|across)\s+(?:the\s+)?(?P<name>{SET_NAME})")


def unnamed_set(question: str, text: str) -> str:
    """The benchmark a figure question names ("… reach on LIBERO?") that the paper's `text` does not write, to
    say which figure its summary lacks; "" where there is none or the text writes it."""
    m = ASKED_SET_RE.search(question)
    if not m or re.search(rf"(?<![\w-]){re.escape(m.group('name'))}(?![\w-])", text, re.I):
        return ""
    return m.group("name")


# ---- a count --------------------------------------------------------------------------------------------------

NUMBER_WORDS = (
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen twenty thirty "
    "forty fifty hundred dozens hundreds thousands millions"
)
COUNT = (
    r"(?<![\w.$])(?:\d[\d,.]*(?:\s*[-–]\s*\d[\d,.]*)?\+?(?:\s?[kKM]\b|\s+(?:thousand|million|billion))?"
    rf"|(?i:{'|'.join(NUMBER_WORDS.split())}))(?!\s*(?:%|[x×]|times)|[\w.])"
)


def count_phrases(sentence: str, noun: str) -> list[str]:
    """The numbers beside the counted noun with the words between ("12 LLMs", "108 Python coding tasks", "1-4
    denoising steps", "eight backdoors"), up to three words between; a share or a multiple ("26.64% … puzzles")
    counts nothing."""
    key = stem(noun.lower())
    found = []
    for m in re.finditer(COUNT + r"((?:\s+[\w-]+){1,4})", sentence):
        words = [stem(w.lower().strip(",.")) for w in m.group(1).split()]
        if key in words:
            found.append(
                m.group(0)[: m.start(1) - m.start()] + " " + " ".join(m.group(1).split()[: words.index(key) + 1])
            )
    return found


def states_count(sentence: str, noun: str) -> bool:
    return bool(count_phrases(sentence, noun))


# Nouns a summary counts the same things by: "how many tasks does MLE-bench have?" is answered by its "75 diverse
# Kaggle competitions", "how many examples" by "1.5M … samples", "how many weights" by "2 billion parameters".
COUNT_SYNONYMS = (
    ("tasks", "problems", "competitions", "challenges", "questions", "exercises", "puzzles"),
    ("examples", "samples", "instances", "items", "datapoints", "records"),
    ("parameters", "weights"),
    ("hours", "GPU-hours"),
)


def counted_alike(noun: str) -> list[str]:
    """The counted noun's other words for the same things (the asked word itself is tried first, so these count
    only where the summary never counts by it)."""
    key = stem(noun.lower())
    group = next((g for g in COUNT_SYNONYMS if key in {stem(w.lower()) for w in g}), ())
    return [w for w in group if stem(w.lower()) != key]


# ---- whose size -----------------------------------------------------------------------------------------------

# Before a size: a bound or a point of comparison ("than a 3.3 billion parameter baseline", "models under 32B")
FOREIGN_BEFORE_RE = re.compile(
    r"\b(?:than|under|below|over|exceed\w*|beyond|above|up\s+to|at\s+(?:least|most)|outperform\w*|surpass\w*|"
    r"beat\w*|rival\w*|versus|vs\.?|compared\s+(?:to|with)|against)\s+(?:[\w-]+\s+){0,3}$",
    re.I,
)
FOREIGN_AFTER_RE = re.compile(r"^[\w\s-]{0,25}?\b(?:baselines?|teachers?|counterparts?|competitors?|rivals?)\b", re.I)


def foreign_size(sentence: str, start: int, end: int) -> bool:
    """A size figure that belongs to a baseline or bounds a class of models, not to the paper's own system."""
    return bool(FOREIGN_BEFORE_RE.search(sentence[max(0, start - 60) : start])) or bool(
        FOREIGN_AFTER_RE.match(sentence[end : end + 40])
    )

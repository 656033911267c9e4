"""Which papers a list answer may claim: the looser names of a technique, and the dense gate they pass.

Pure functions over stemmed documents and vectors; the answerer (rag/answer.py) does the I/O.
A paper that names the technique in full is a candidate as before. A paper that names it only by a
looser form (the acronym, or the name without its generic words: "latent diffusion" for "latent
diffusion model") is a candidate only when its vector is as close to the full-name papers' centroid
as those papers themselves are: the acronym may mean something else in it ("CD" = consistency
distillation, not Chamfer distance), and a shortened name can belong to another topic.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from functools import lru_cache
from itertools import pairwise

import numpy as np

from rag.compound import directed_run
from rag.lexicon import AI_ITSELF, FIELDS
from rag.qualifiers import CLIPPED, WRITTEN_OUT
from rag.retrieve import mine_acronyms
from rag.rules import singular
from rag.understand import STOP_STEMS, stem, stem_key, stems

# How close a loosely named paper must be: this quantile of the full-name papers' own similarities
# (0.1 before lists_dev4; 0.05 chosen on the dev sets' tune halves: few full-name papers made 0.1 their closest).
GATE_QUANTILE = 0.05
# A single word ("recurrent") says less than a phrase: its papers must beat the full-name papers' lower fifth.
WORD_GATE_QUANTILE = 0.2
MIN_SEEDS = 4
# A paper named only by a name the corpus gives the technique (not the question's) must be closer still.
SYNONYM_GATE_QUANTILE = 0.35
# A name's rarest word alone is a looser name of it only when under this share of papers use the word.
RARE_WORD_SHARE = 0.02
# ... and only where this share of the papers using the word name the whole phrase (chosen on the tune halves).
RARE_WORD_NAMED = 0.1
# A word the corpus joins by a hyphen to the next word in this share of its uses or more is a prefix that names
# nothing alone ("meta": meta-learning, Meta-Chunking, meta-reward models, 122 of its 251 uses); "causal" (4 of 164),
# "recurrent" (0 of 41) and "jailbreak" (2 of 75) stand alone (lists18_dev tune).
PREFIX_SHARE = 1 / 3
# Words that make a name a kind of thing without saying which: "recurrent neural network" is named by "recurrent".
# Words that say how a technique is done, not which: "automated theorem proving" is named by "formal theorem proving".
QUALIFIERS = frozenset(stem_key("automated automatic automatically").split())
NAME_WORDS = frozenset(stem_key("neural network networks architecture architectures method methods estimation").split())


# Well-known kinds of a technique that papers name without the technique's own name: an LSTM is a
# recurrent neural network, Mamba a state space model, AUROC an area under a curve. Kept small and
# general; a kind counts on a corpus only where some paper names it beside the technique (`kinds_of`).
KINDS: dict[str, tuple[str, ...]] = {
    "recurrent neural network": ("lstm", "long short-term memory", "gru", "gated recurrent unit", "bilstm"),
    "state space model": ("mamba", "mamba2"),
    "area under the curve": ("auroc", "auprc", "roc auc", "pr auc", "area under the roc curve"),
    "convolutional neural network": ("convnet", "convnext", "convolutional network"),
    "graph neural network": (
        "gcn",
        "graph convolutional network",
        "graph attention network",
        "message passing neural network",
    ),
    "generative adversarial network": ("stylegan", "cyclegan"),
    "vision transformer": ("swin transformer", "deit"),
}
KIND_FORMS = frozenset(stem_key(k) for kinds in KINDS.values() for k in kinds)

# Names the field gives one technique that no acronym or modifier pair of the corpus links: cutting the
# tokens a model attends to is written as pruning, dropping, reducing, compressing or merging them.
# Kept small; each alias is loose (it meets the dense gate of the papers naming the asked name).
TOKEN_CUTS = ("token pruning", "token dropping", "token reduction", "token compression", "token merging")
# The names the field gives the LLM-based models that read images beside text: papers write "MLLM", "LVLM",
# "LMM" or "vision-language model" for the same kind of model ("hallucination in MLLMs" is LVLM
# hallucination), as each paper's authors prefer. Loose, like every alias.
MULTIMODAL_LLMS = (
    "vision-language model",
    "large vision-language model",
    "multimodal large language model",
    "multimodal language model",
    "multimodal llm",
    "large multimodal model",
    "vlm",
    "lvlm",
    "mllm",
    "lmm",
)
ALIASES: dict[str, tuple[str, ...]] = {
    **{name: tuple(a for a in (*TOKEN_CUTS, "token reducing") if a != name) for name in TOKEN_CUTS[:4]},
    **{name: tuple(a for a in MULTIMODAL_LLMS if a != name) for name in MULTIMODAL_LLMS},
}
_ALIAS_KEYS = {stem_key(k).strip(): [stem_key(a).strip() for a in v] for k, v in ALIASES.items()}
# A model's name beside a topic word is written apart from it as often as before it ("hallucination in
# multimodal large language models"): these names also count with the other words in one sentence, close by.
_SPREAD_KEYS = frozenset(stem_key(k).strip() for k in MULTIMODAL_LLMS)


def aliases(words: list[str]) -> list[str]:
    """The name with a run of its words (`ALIASES`) written as each other name of that technique, as is
    and with its words in any order ("visual token compression", "compressing tokens"). The longest
    run wins: "large vision-language model" is not read as "large" before another name."""
    out: list[str] = []
    taken: set[int] = set()
    for key, others in sorted(_ALIAS_KEYS.items(), key=lambda kv: -len(kv[0].split())):
        run = key.split()
        at = next((i for i in range(len(words)) if words[i : i + len(run)] == run), -1)
        if at < 0 or taken & set(range(at, at + len(run))):
            continue
        taken |= set(range(at, at + len(run)))
        for other in others:
            named = [*words[:at], *other.split(), *words[at + len(run) :]]
            if key not in _SPREAD_KEYS:
                out += [" " + " ".join(named) + " ", "~" + " ".join(named)]
                continue
            # side by side ("~" holds the name as written too) or apart in a sentence; never a plain phrase,
            # which `acronym_senses` would take for the concept's own expansion
            out += ["~" + " ".join(named), *(["&" + " ".join(named)] if len(words) > len(run) else [])]
    return out


# Task nouns the papers write for one task (stems): a forecast is a prediction of what comes ("weather prediction"
# is weather forecasting), a synthesis a generation ("texture synthesis", "mesh generation"); in this corpus each
# modifier the two share names one task ("video", "image", "data", "view", "texture", "time series").
TASK_TWINS = {"forecast": "predict", "predict": "forecast", "generat": "synthesi", "synthesi": "generat"}
# A kind of language model is named with "LLM" or "large language model" as often ("diffusion language models",
# "diffusion LLMs"): stems of each spelling of the head.
LM_HEADS = (("languag", "model"), ("larg", "languag", "model"), ("llm",))


def task_twins(words: list[str]) -> list[str]:
    """A phrase with its task noun written as the other noun of that task (`TASK_TWINS`): " weather predict " for
    " weather forecast "; a task noun alone has no twin (a "prediction" is not every forecast)."""
    if len(words) < 2:
        return []
    return [
        " " + " ".join([*words[:i], TASK_TWINS[w], *words[i + 1 :]]) + " "
        for i, w in enumerate(words)
        if w in TASK_TWINS
    ]


def model_twins(words: list[str]) -> list[str]:
    """A kind of language model with its head in the other spellings (`LM_HEADS`): " diffus llm " and " diffus larg
    languag model " for " diffus languag model "; a head with no modifier, or with "large" alone, has none, nor does
    a name the aliases already spell (`MULTIMODAL_LLMS`)."""
    for head in LM_HEADS:
        mods = words[: -len(head)]
        if tuple(words[-len(head) :]) != head or not mods or mods == ["larg"]:
            continue
        twins = [" " + " ".join([*mods, *other]) + " " for other in LM_HEADS if other != head]
        if any(t.strip() in _ALIAS_KEYS for t in [" ".join(words), *twins]):
            return []
        return twins
    return []


# A model size as stems: "7b" (7B, Qwen2.5-7B) and "7 billion paramet" (a 7-billion parameter model: written in
# words, a size names its parameters, else "a 13-billion-token corpus" would count); a decimal's integer part is
# a word of its own either way ("1 5b", "1 5 billion").
SIZE_WORD_RE = re.compile(r"(?<!\S)(\d+)([bm])(?!\S)")
SIZE_SPELLED_RE = re.compile(r"(?<!\S)(\d+) (billion|million)(?: paramet)?(?!\S)")
SIZE_UNITS = {"b": "billion paramet", "m": "million paramet"}


def directed(form: str) -> bool:
    """Whether a stem-key form names what is turned into what ("speech to speech translat", from
    "speech-to-speech translation"; "text to imag generat"): a "to" inside it. Such a name holds only with its
    words in order: reordered (`~`), it names something else; spread through a sentence (`&`), its run around
    the "to" stands whole (`shapes.directed_run`)."""
    return bool(directed_run(form.lstrip("&~%+").split()))


def size_lettered(form: str) -> str:
    """A stem-key form with a size written in words set in the letter form most papers write ("7 billion
    paramet model" → "7b model")."""
    return SIZE_SPELLED_RE.sub(lambda m: m.group(1) + m.group(2)[0], form)


def size_spellings(form: str) -> list[str]:
    """The stem-key form with its model size written the other way: "7B" as "7 billion parameters" and back
    (general English: a size is written with the letter or the word, hyphenated or not)."""
    mark, key = (form[0], form[1:]) if form[:1] in ("&", "~", "%", "+") else ("", form)
    out = SIZE_WORD_RE.sub(lambda m: f"{m.group(1)} {SIZE_UNITS[m.group(2)]}", key)
    back = size_lettered(key)
    return [mark + f for f in dict.fromkeys((out, back)) if f != key]


def kinds_of(forms: Sequence[str], acronyms: dict[str, str]) -> list[str]:
    """The kinds (`KINDS`) of the technique these stem-key forms name, by its full name or its acronym."""
    out: list[str] = []
    for name, kinds in KINDS.items():
        key = stem_key(name)
        names = {key} | {stem_key(a) for a, e in acronyms.items() if stem_key(e) == key}
        if names & set(forms):
            out += [stem_key(k) for k in kinds]
    return list(dict.fromkeys(out))


def kinds_by_acronym(concepts: Sequence[Sequence[Sequence[str]]], acronyms: Mapping[str, str]) -> list[str]:
    """The expansions of the corpus's acronyms that name a kind of a concept by ending on one of its phrases: a
    "large language model" (LLM), a "vision language model" (VLM) and a "small language model" (SLM) are
    language models. Papers writing only "LLMs" are about language models; English puts a compound's head last.
    One expansion per stem key, in the order the acronyms come."""
    heads = {f for a in concepts for c in a for f in c if f.startswith(" ") and len(f.split()) >= 2}
    out: dict[str, str] = {}
    for expansion in acronyms.values():
        key = stem_key(expansion)
        if key not in heads and any(key.endswith(h) for h in heads):
            out.setdefault(key, expansion)
    return list(out.values())


def loose_forms(words: list[str], generic: frozenset[str], share: float) -> list[str]:
    """Looser names of a technique: the name reordered (`~`: "audio large language model"), with a
    word between (`%`: "latent video diffusion model"), without one generic modifier when three words
    stay ("audio language model"), its distinctive words alone ("latent diffusion"), and a single
    distinctive word (" recurr ") when `share`, its document frequency, is small."""
    if len(words) < 2:
        return []
    out = ["~" + " ".join(words), "%" + " ".join(words)]
    for i, w in enumerate(words[:-1]):
        if w in generic and len(words) >= 4:
            out.append("%" + " ".join(words[:i] + words[i + 1 :]))
    distinctive = [w for w in words if w not in generic]
    if len(distinctive) >= 2 and len(distinctive) < len(words):
        out.append("%" + " ".join(distinctive))
    elif len(distinctive) == 1 and len(words) > 1 and share < 0.01:
        out.append(f" {distinctive[0]} ")
    return list(dict.fromkeys(out))


def prefix_share(word: str, text: str) -> float:
    """The share of a stem's uses (any ending) in a lower-cased text that a hyphen joins to the next word."""
    uses = len(re.findall(rf"\b{re.escape(word)}\w*", text))
    joined = len(re.findall(rf"\b{re.escape(word)}\w*-\w", text))
    return joined / uses if uses else 0.0


def phrase_forms(words: list[str], generic: frozenset[str]) -> list[str]:
    """Looser names of a phrase the corpus gives no acronym: reordered (`~`), with a word between (`%`),
    and without its generic head ("discrete diffusion" for discrete diffusion models). A generic word
    inside the name stays: "human interaction" is not human-AI interaction, nor "video generation"
    efficient video generation."""
    if len(words) < 2:
        return []
    out = ["~" + " ".join(words), "%" + " ".join(words)]
    head = len(words)
    while head > 0 and words[head - 1] in generic:
        head -= 1
    if 2 <= head < len(words):
        out.append("%" + " ".join(words[:head]))
    return out


def acronym_places(words: list[str], acronyms: Mapping[str, str]) -> list[tuple[str, list[str]]]:
    """(acronym, the name's words with it in place of the words it stands for) for each known acronym whose
    expansion is some of the name's words in order: "large audio language model" → ("llm", audio llm), as
    papers write "Audio LLM"; a run of its words in its place ("long CoT reasoning")."""
    out = []
    for acronym, expansion in acronyms.items():
        inner = stem_key(expansion).split()
        if len(inner) < 2 or len(inner) >= len(words) or not acronym.isalpha():
            continue
        if all(w in words for w in inner) and [w for w in words if w in inner] == inner:
            short = stem_key(acronym).strip()
            at = next((i for i in range(len(words)) if words[i : i + len(inner)] == inner), -1)
            if at >= 0:  # a span of the name: the acronym takes its place ("long CoT reasoning")
                out.append((acronym, [*words[:at], short, *words[at + len(inner) :]]))
            else:
                out.append((acronym, [*(w for w in words if w not in inner), short]))
    return out


def acronym_inside(words: list[str], acronyms: Mapping[str, str]) -> list[str]:
    """`acronym_places` as `%` forms: the acronym with the name's other words, one word between allowed."""
    return ["%" + " ".join(named) for _, named in acronym_places(words, acronyms)]


def gate(seeds: np.ndarray, candidates: np.ndarray, quantiles: np.ndarray | float = GATE_QUANTILE) -> np.ndarray:
    """Which candidate vectors lie as close to the seeds' centroid as the seeds' lower quantile does
    (one quantile per candidate, or one for all). With too few seeds there is no centroid to trust:
    nothing passes."""
    if len(seeds) < MIN_SEEDS or not len(candidates):
        return np.zeros(len(candidates), dtype=bool)
    unit = seeds / np.linalg.norm(seeds, axis=1, keepdims=True)
    centroid = unit.mean(axis=0)
    centroid /= np.linalg.norm(centroid)
    bars = np.quantile(unit @ centroid, np.broadcast_to(quantiles, (len(candidates),)))
    cand = candidates / np.linalg.norm(candidates, axis=1, keepdims=True)
    return np.asarray((cand @ centroid) >= bars, dtype=bool)


def without(concepts: Sequence[Sequence[Sequence[str]]], loose: set[str]) -> list[list[list[str]]]:
    """The concepts with their loose forms taken out: what names the technique for sure."""
    return [[[f for f in c if f not in loose] for c in a] for a in concepts]


@lru_cache(maxsize=8192)
def defined_in(text: str) -> dict[str, str]:
    """The acronyms one paper spells out (read, never changed: a long list asks it of each paper for each acronym)."""
    return mine_acronyms([text])


def other_meaning(text: str, acronym: str, expansion_key: str) -> bool:
    """Whether this paper spells the acronym out as something else: "Latent Dynamics Model (LDM)" in
    a paper matched for latent diffusion models, "consistency distillation (CD)" for Chamfer distance;
    where no spelled-out form is mined ("speech-aware language models (SLMs)"), the words before the
    bracketed acronym must end with the expansion."""
    defined = defined_in(text)
    spelled = defined.get(acronym) or defined.get(acronym + "s") or defined.get(acronym.rstrip("s")) or ""
    wanted = expansion_key.strip().lstrip("%~&").split()
    if spelled:
        return not same_words(stem_key(spelled).split(), wanted)
    letters = re.sub(r"[^a-z]", "", acronym.lower().rstrip("s"))
    spelt = []
    for m in re.finditer(rf"((?:[\w-]+\s+){{1,8}})\((?i:{re.escape(acronym)})s?\)", text):
        words = m.group(1).split()[-len(letters) :]
        if "".join(w[0].lower() for w in words) == letters:  # "speech-aware language models (SLMs)", not "3D (CT)"
            spelt.append(stems(" ".join(words)))
    if not spelt and not re.search(r"\d", acronym):  # "Mean Absolute Differences … a MAD of 4.42", no brackets
        spelt = capital_spellings(text, letters)
    return bool(spelt) and not any(same_words(b[-len(wanted) :], wanted) for b in spelt)


def capital_spellings(text: str, letters: str) -> list[list[str]]:
    """The runs of capitalised words whose initials spell `letters`, as stems: a paper writing "Mean Absolute
    Differences" and "MAD" means that by it, wherever the two stand. A run before a bracket spells out what the
    bracket names ("Group Refined Policy Optimization (Flow-GRPO)", a variant of GRPO, not GRPO). Whole words only
    ("Contrastive Language-Image Pre-training" does not spell CLIP's four letters by stopping inside "Pre-training");
    a title opening with the acronym as its own name ("ARM: Adaptive Reasoning Model") is that paper's name for the
    thing, read as the bracketed forms are, not here."""
    if len(letters) < 2:
        return []
    title = text.partition("\n\n")[0]
    if re.match(rf"\W*{re.escape(letters)}s?\b", re.sub(r"[^A-Za-z\s:]", "", title), re.I):
        return []
    run = rf"(?=(?<![\w-])([A-Z][a-z]+(?:\s+[A-Z][a-z]+){{{len(letters) - 1}}})(?![\w-])(?!\s*\())"
    found = (m.group(1) for m in re.finditer(run, text))
    return [stems(r) for r in found if "".join(w[0] for w in r.split()).lower() == letters]


# Words that name the same thing as an adjective and a noun, which no stemmer joins: a "visual
# foundation model" is a vision foundation model.
WORD_VARIANTS = {"vision": "visual"}
_ONE_WORD = {**{stem_key(a).strip(): stem_key(b).strip() for a, b in WORD_VARIANTS.items()}}


def variant_key(word: str) -> str:
    """A stem with its adjective form (`WORD_VARIANTS`) read as the noun."""
    return next((k for k, v in _ONE_WORD.items() if v == word), word)


def word_variants(key: str) -> list[str]:
    """A stem key with each noun of `WORD_VARIANTS` written as its adjective: " visual foundat model "."""
    words = key.split()
    if not any(w in _ONE_WORD for w in words):
        return []
    return [" " + " ".join(_ONE_WORD.get(w, w) for w in words) + " "]


def open_spellings(key: str, count: Callable[[str], int], least: int) -> list[str]:
    """A one-word stem key written open as two words by `least` papers or more: the question's "flash attention"
    is read as the corpus's "FlashAttention", yet the papers writing "Flash Attention" use it too. Each split
    keeps three letters or more on either side ("flash attent", not "f lashattent")."""
    word = key.strip()
    if " " in word or not word.isalpha():
        return []
    return [f" {word[:i]} {word[i:]} " for i in range(3, len(word) - 2) if count(f" {word[:i]} {word[i:]} ") >= least]


def closed_spellings(words: list[str], count: Callable[[str], int], least: int) -> list[str]:
    """A phrase's stem key with two of its words written closed up, where `least` papers or more write it so: the
    question's "multi-agent debate" is also the corpus's "multiagent debate" (stemmed "multiag debat")."""
    out = []
    for i in range(len(words) - 1):
        if not (words[i].isalpha() and words[i + 1].isalpha()):
            continue
        key = " " + " ".join([*words[:i], stem(words[i] + words[i + 1]), *words[i + 2 :]]) + " "
        if count(key) >= least:
            out.append(key)
    return out


def _adjective_twins() -> dict[str, tuple[str, ...]]:
    """Each word of a noun / adjective / clipped twin set (a field's noun and its adjectives, `FIELDS`; a clipped
    word and the word it clips, `qualifiers.CLIPPED`: "math" / "mathematical", "medicine" / "medical") → the set's
    other words. General English; practitioners and adverbs are no twins of a noun."""
    groups = [{w for w in words if w == noun or re.search(r"(?:al|ic)$", w)} for noun, words in FIELDS.items()]
    groups += [{a, b} for a, b in [*CLIPPED.items(), *WRITTEN_OUT.items()]]
    merged: list[set[str]] = []
    for group in groups:
        for other in [m for m in merged if m & group]:
            group |= other
            merged.remove(other)
        merged.append(group)
    return {w: tuple(sorted(g - {w})) for g in merged if len(g) > 1 for w in g}


# A word → its noun / adjective / clipped twins ("math" → "mathematical", "mathematics", "maths").
ADJECTIVE_TWINS = _adjective_twins()
# The shortest part of a closed compound split apart ("pre" of "pretraining").
COMPOUND_PART = 3


def respelled(
    topic: str, written: Callable[[str], int], known: Callable[[str], int], least: int, most: int = 4
) -> list[str]:
    """The other ways the papers write a topic, each as words to ask it by: two of its words closed ("CLIP
    score" → "CLIPscore"), a closed word apart ("pretraining" → "pre-training"), and in a phrase a word as its
    noun / adjective / clipped twin ("math reasoning" → "mathematical reasoning"). `written(phrase)`: how many
    papers write the words, a hyphen or a space between them; `known(word)`: how many papers write a word. A
    form counts where `least` papers write it; at most `most` of them, the most written first."""
    words = [w for w in re.split(r"[\s-]+", topic.strip()) if w]
    forms: list[str] = []
    for i, (a, b) in enumerate(pairwise(words)):  # two words closed: "CLIP score" → "CLIPscore"
        if a.isalpha() and b.isalpha() and known((a + b).lower()) >= least:
            forms.append(" ".join([*words[:i], a + b, *words[i + 2 :]]))
    for i, word in enumerate(words):  # a closed word apart: "pretraining" → "pre-training"
        low = word.lower()
        if not low.isalpha():
            continue
        for cut in range(COMPOUND_PART, len(low) - COMPOUND_PART + 1):
            first, second = low[:cut], low[cut:]
            if known(first) >= least and known(second) >= least and written(f"{first} {second}") >= least:
                forms.append(" ".join([*words[:i], f"{word[:cut]}-{word[cut:]}", *words[i + 1 :]]))
    if len(words) > 1:  # a twin in a phrase: "math reasoning" → "mathematical reasoning"
        for i, word in enumerate(words):
            for twin in ADJECTIVE_TWINS.get(word.lower(), ()):
                forms.append(" ".join([*words[:i], twin, *words[i + 1 :]]))
    counted = {f: written(f.replace("-", " ").lower()) for f in dict.fromkeys(forms)}
    kept = sorted((f for f, n in counted.items() if n >= least), key=lambda f: -counted[f])
    return kept[:most]


def initials_spelled(a: list[str], b: list[str]) -> list[str]:
    """`a` with each short word that is the initials of the run of `b`'s words at its place written as
    that run: "rl with verifi reward" beside "reinforc learn with verifi reward" reads "RL" in full."""
    out: list[str] = []
    for word in a:
        j = len(out)
        run = next(
            (n for n in range(len(word), 1, -1) if len(word) <= 4 and "".join(w[:1] for w in b[j : j + n]) == word),
            0,
        )
        out += b[j : j + run] if run else [word]
    return out


def same_words(a: list[str], b: list[str]) -> bool:
    """Two spellings of one name, word by word up to inflection: "smaller language models" is
    "small language model"; one word's stem may extend the other's ("small" / "smaller"); an
    adjective may stand for its noun ("visual" / "vision"); or the same words in another order
    ("audio large language model"). Function words do not tell two spellings apart ("learning from
    verifiable rewards" / "with verifiable rewards"), nor an acronym written for words ("RL with …")."""
    content = [w for w in a if w not in STOP_STEMS], [w for w in b if w not in STOP_STEMS]
    if all(content) and (content[0], content[1]) != (a, b):
        return same_words(*content)
    a = initials_spelled(a, b)
    if len(a) != len(b):
        return False
    a, b = [variant_key(w) for w in a], [variant_key(w) for w in b]
    return all(x == y or (min(len(x), len(y)) >= 4 and (x.startswith(y) or y.startswith(x))) for x, y in zip(a, b)) or (
        sorted(a) == sorted(b)
    )


def standalone(text: str, acronym: str, kin: Callable[[str], bool] = lambda _: False) -> bool:
    """Whether the acronym stands as a word of its own somewhere, not only inside a name such as
    "JL1-CD", "CD-FVD" or "CI/CD" (a dataset, metric or practice named after something else);
    "RNN-based" and a size ("ViT-B", "ViT-L/14") are the acronym itself. Joined by a slash to an acronym
    of its own kind (`kin`: "PPO/GRPO", "ODE/SDE"), it is one of two named alike, either or both used."""
    bare = re.escape(acronym.rstrip("s"))
    pattern = rf"(?<![\w/+-])(?i:{bare}s?)(?![\w/+]|-(?![A-Z0-9]\b)[A-Z0-9])"
    if re.search(pattern, text) is not None:
        return True
    paired = rf"(?<![\w/+-])(\w+)/(?i:{bare}s?)(?![\w/+-])|(?<![\w/+-])(?i:{bare}s?)/(\w+)(?![\w/+-])"
    return any(kin(m.group(1) or m.group(2)) for m in re.finditer(paired, text))


def only_as_a_word(text: str, acronym: str) -> bool:
    """Whether the paper writes the acronym's letters only as a word, never with two capitals or a digit: the
    word, not the acronym ("the same model" is no SAME, state-adaptive mixture of experts; "Reasoning Modes" no
    MoDE; "video clips" no CLIP)."""
    found = re.findall(rf"(?<![\w-])(?i:{re.escape(acronym.rstrip('s'))}s?)(?![\w])", text)
    return bool(found) and all(sum(c.isupper() for c in w) < 2 and not any(c.isdigit() for c in w) for w in found)


def of_a_kind(acronyms: Mapping[str, str], expansion: str) -> Callable[[str], bool]:
    """Whether another acronym names a thing of the expansion's kind: its own expansion ends with the same
    noun ("proximal policy optimization" beside "group relative policy optimization"); "CI" (context
    integrity) is no kind of "CD" (Chamfer distance)."""
    head = expansion.split()[-1:]
    return lambda other: bool(head) and stem_key(acronyms.get(other.lower().rstrip("s"), "")).split()[-1:] == head


def only_in_dataset_names(text: str, acronym: str) -> bool:
    """Whether the acronym appears only inside the names of data sets or benchmarks ("NeRF-DS dataset",
    "Mip-NeRF 360 dataset"): a paper evaluated on them need not use the technique."""
    acr = re.escape(acronym.rstrip("s"))
    name = rf"(?i:[\w+.]*-{acr}s?[\w+.-]*|{acr}s?-[\w+.-]+)(?:\s+[\w-]+){{0,2}}?\s+(?i:datasets?|benchmarks?|scenes)\b"
    rest = re.sub(name, " ", text)
    # a metric named after a data set ("Acc@GQA"), and names listed in brackets after the word
    # ("four benchmark datasets (GQA, SQA, MMMU, TextVQA)")
    rest = re.sub(rf"(?i:[\w.]+@{acr}s?\b)", " ", rest)
    rest = re.sub(r"(?i:datasets?|benchmarks?)(?:\s+[\w-]+){0,2}\s*\(([^()]*,[^()]*)\)", " ", rest)
    return rest != text and re.search(rf"(?i:{acr})", rest) is None


# Heads of names for kinds of data: a data set named after one ("MIMIC-CXR") holds that data, where one
# named after a technique ("NeRF-DS") need not use the technique.
DATA_HEADS = frozenset(stem_key("ray rays scan scans image images imagery video videos recording recordings").split())


# The share of the papers naming a rare acronym that must also write a word of the asked phrase for the
# acronym alone to imply it, as part of its name ("cache": 90% of KV papers); a word fewer of them write
# qualifies it ("routing": 37% of MoE papers; "interpretability": 66% of SAE papers).
ACRONYM_COMPANY = 0.8


def qualifiers(words: Sequence[str], acronym: str, company: Mapping[str, float], generic: frozenset[str]) -> list[str]:
    """The words of a phrase beside a rare acronym that the acronym alone does not imply, so a paper must
    write them too ("eviction" in "KV cache eviction", "routing" in "MoE routing"): neither generic, nor a
    kind of data the acronym yields ("CT scans"), nor written by nearly every paper naming the acronym (`company`,
    each word's share of them: "cache" beside KV)."""
    return [
        w
        for w in words
        if w != acronym and w not in generic and w not in DATA_HEADS and company.get(w, 0.0) < ACRONYM_COMPANY
    ]


def not_this(
    text: str,
    word: str,
    expansion: str,
    strict: bool,
    kin: Callable[[str], bool] = lambda _: False,
    ordinary: Callable[[str], bool] = lambda _: True,
) -> bool:
    data = expansion.split()[-1:] and expansion.split()[-1] in DATA_HEADS
    if word.rstrip("s").lower() not in text.lower():  # most papers of a long list never write the acronym
        return strict and not data
    return (
        (ordinary(word) and only_as_a_word(text, word))
        or (strict and not data and not standalone(text, word, kin))
        or other_meaning(text, word.rstrip("s"), expansion)
        or (not data and only_in_dataset_names(text, word))
    )


def rival_sense(doc: str, text: str, word: str, expansion: str, rivals: Mapping[str, list[str]]) -> bool:
    """Whether a paper that never spells the acronym out uses it in the corpus's other sense: it names
    that sense's own words ("speech" for TTS as text-to-speech, asked as test-time scaling)."""
    senses = rivals.get(word) or rivals.get(word.rstrip("s")) or []
    if not senses:
        return False
    defined = defined_in(text)
    if word in defined or word.rstrip("s") in defined:
        return False
    wanted = set(expansion.strip().lstrip("%~&").split())
    for sense in senses:
        own = [w for w in stems(sense) if w not in wanted and w not in STOP_STEMS]
        if own and all(f" {w} " in doc for w in own):
            return True
    return False


def mined(word: str, acronyms: Mapping[str, str]) -> bool:
    """Whether the corpus spells the acronym out in any number: mined singular or plural only ("DLMs" for
    diffusion language models), so a paper writing "DLM" for something else is checked as well."""
    return any(w in acronyms for w in (word, word.rstrip("s"), word + "s"))


def acronym_senses(
    concepts: list[list[list[str]]],
    acronyms: dict[str, str],
    text: str,
    strict: bool = False,
    rivals: Mapping[str, list[str]] | None = None,
    doc: str = "",
    ordinary: Callable[[str], bool] = lambda _: True,
) -> list[list[list[str]]]:
    """The concepts with each acronym form dropped where this paper's text gives the acronym another
    meaning (by spelling it out, by the words of the corpus's other sense of it, or by writing its letters
    only as the word they spell, where that is an `ordinary` word of the corpus), and (`strict`) where it
    appears only inside a compound name."""
    out = []
    for alternative in concepts:
        kept = []
        for concept in alternative:
            phrases = [f for f in concept if len(f.split()) > 1 and not f.startswith("&")]
            # the concept's own words, where it has them, spell the acronym out; a looser form only where not
            phrases = [f for f in phrases if f.startswith(" ")] or phrases
            expansion = max(phrases, key=len) if phrases else ""
            forms = []
            for form in concept:
                word = form.strip()
                is_acronym = " " not in word and mined(word, acronyms)
                kin = of_a_kind(acronyms, expansion)
                if (
                    is_acronym
                    and expansion
                    and form not in KIND_FORMS
                    and not_this(text, word, expansion, strict, kin, ordinary)
                ):
                    continue
                if is_acronym and expansion and rivals and rival_sense(doc, text, word, expansion, rivals):
                    continue
                forms.append(form)
            kept.append(forms)
        out.append(kept)
    return out


# A synonym the corpus establishes: named by this share of the full-name papers at least, and this
# many times more often among them than in the corpus, and rare in the corpus ("latent space" is no name).
SYNONYM_SEED_SHARE = 0.1
SYNONYM_LIFT = 20.0
SYNONYM_MAX_SHARE = 0.01


def modifier_pairs(phrase: list[str], seed_docs: Sequence[str], stop: frozenset[str]) -> Counter[str]:
    """Other names the technique's distinctive modifier forms in the papers that name it in full
    ("process supervision", "process verifier" beside "process reward model"), by how many of
    those papers write each."""
    first = phrase[0]
    counts: Counter[str] = Counter()
    for doc in seed_docs:
        tokens = doc.split()
        pairs = {
            f" {first} {b} "
            for a, b in pairwise(tokens)
            if a == first and b not in phrase and b not in stop and b.isalpha() and len(b) > 2
        }
        counts.update(pairs)
    return counts


# The name the corpus gives a described topic: written by this share of the papers closest to the
# description at least, and by under SYNONYM_MAX_SHARE of all papers.
NAMED_SHARE = 0.5
MIN_DESCRIBED = 3


def phrases(doc: str, stop: frozenset[str]) -> set[str]:
    """A stemmed document's two- and three-word phrases (within a sentence) with no stop word at either end."""
    out = set()
    for part in doc.split("§"):
        tokens = part.split()
        for size in (2, 3):
            for i in range(len(tokens) - size + 1):
                run = tokens[i : i + size]
                if run[0] in stop or run[-1] in stop or not all(w.isalpha() and len(w) > 1 for w in run):
                    continue
                out.add(" ".join(run))
    return out


def common_names(docs: Sequence[str], own: set[str], stop: frozenset[str], generic: frozenset[str]) -> Counter[str]:
    """The phrases that half of these papers (`NAMED_SHARE`) write or more and that bring a specific word
    the description (`own`) lacks ("federated learning" for papers found by "training across clients
    without pooling data"), by how many of them write each."""
    if len(docs) < MIN_DESCRIBED:
        return Counter()
    counts: Counter[str] = Counter(g for d in docs for g in phrases(d, stop))
    need = NAMED_SHARE * len(docs)
    return Counter({g: c for g, c in counts.items() if c >= need and set(g.split()) - own - generic})


# A word that this share of the papers or more write ("LLM", "benchmark", "data") says little about which
# papers a topic means: when no paper names the topic's phrase, its rarer words stand for it together.
COMMON_WORD_SHARE = 0.3


def topic_words(words: Sequence[str], share: Mapping[str, float], stop: frozenset[str]) -> list[str]:
    """The words of a phrase that no paper writes which must share a clause of a paper to stand for it:
    its words less stop words, less the most common ones (`COMMON_WORD_SHARE`, modifiers before the head)
    while two stay ("medical multimodal LLMs" → medical, multimodal; "LLM safety benchmarks" → safety,
    benchmark: the head says what kind of paper is asked for)."""
    kept = list(dict.fromkeys(w for w in words if w not in stop and len(w) > 1))
    if not kept:
        return []
    head = kept[-1]
    common = sorted(
        (w for w in kept if share.get(w, 0.0) >= COMMON_WORD_SHARE),
        key=lambda w: (w == head, -share.get(w, 0.0)),
    )
    for word in common:
        if len(kept) <= 2:
            break
        kept.remove(word)
    return kept


def word_forms(words: Sequence[str], others: Mapping[str, Sequence[str]]) -> list[str]:
    """`&` forms of these words close together in one sentence, each word also as its other forms
    (`others`: an acronym's expansion, an acronym of the word with common words: "multimodal" as "MLLM");
    a single word as itself."""
    if len(words) == 1:
        return [f" {w} " for w in [words[0], *others.get(words[0], ())]]
    choices = [[w, *others.get(w, ())] for w in words]
    return ["&" + " ".join(pick) for pick in itertools.product(*choices)][:16]


# "which papers prune diffusion models?": the word right after the papers is what they do, the rest what they
# do it to. Papers write "pruning of a diffusion transformer", never "prune diffusion models".
DOER_RE = re.compile(
    r"\b(?:papers?|works?|studies|articles?|methods|approaches|techniques|strategies)\s+(?:that\s+|which\s+)?"
    r"([a-z][\w-]*)\s+",
    re.I,
)


def verb_led(question: str, topics: Sequence[str]) -> set[str]:
    """The stems of topic words the question uses as the papers' verb ("which papers prune …", "papers that
    distill …"): a technique done to what follows it, not the first word of one name."""
    firsts = {t.split()[0].lower() for t in topics if len(t.split()) > 1}
    return {stem_key(m.group(1)).strip() for m in DOER_RE.finditer(question) if m.group(1).lower() in firsts}


def without_verb(topics: Sequence[str], verbs: set[str]) -> list[str]:
    """The topics without a leading verb the papers were not matched by ("improve on GRPO" → "GRPO"): what the
    list is about, and what a follow-up of it asks of."""
    led = [t.split(" ", 1) for t in topics]
    return [w[1] if len(w) == 2 and stem_key(w[0]).strip() in verbs else " ".join(w) for w in led]


def split_verb(
    concepts: list[list[list[str]]], verbs: set[str], written: Callable[[str], int]
) -> list[list[list[str]]]:
    """A phrase led by the papers' verb ("prune diffus model") that fewer than MIN_SEEDS papers write as it
    stands, as two concepts: the technique in any form of its stem (" prune " for pruning, pruned) and what it
    is done to, as a qualifier (" diffus model ")."""
    out = []
    for alternative in concepts:
        split: list[list[str]] = []
        for concept in alternative:
            words = concept[0].split()
            if len(concept) == 1 and len(words) > 1 and words[0] in verbs and written(concept[0]) < MIN_SEEDS:
                split += [[f" {words[0]} "], [" " + " ".join(words[1:]) + " "]]
            else:
                split.append(concept)
        out.append(split)
    return out


def compounds(pair: list[list[str]], named: list[list[str]]) -> list[list[str]]:
    """Two named techniques asked together ("LoRA and MoE"; `named`, each a name with its acronym twin as the
    question was read) are also written as one compound naming both: the one's name in place of the head
    of the other's spelled-out name ("Mixture-of-LoRAs" for mixture of experts). Each such form counts for
    both. Not the name before the head ("LLM forecasting" is no time series forecasting)."""
    added: list[str] = []
    for one, other in ((named[0], named[1]), (named[1], named[0])):
        names = [f.strip() for f in one if len(f.split()) == 1]
        spelled = [f.split() for f in other if len(f.split()) > 2]
        added += [" " + " ".join([*words[:-1], name]) + " " for name in names for words in spelled]
    added = list(dict.fromkeys(added))
    first, second = pair
    return [[*first, *(f for f in added if f not in first)], [*second, *(f for f in added if f not in second)]]


# How far a list topic no paper names with all its words backs off (`back_off_steps`): at most this many
# tries are read whole (`Answerer.backed_off`), of at most BACK_OFF_WORDS words.
BACK_OFF_STEPS = 6
BACK_OFF_WORDS = 8


def back_off_steps(
    concepts: list[list[list[str]]],
    share: Mapping[str, float],
    generic: frozenset[str],
    names: frozenset[str] = frozenset(),
) -> list[tuple[list[list[list[str]]], list[str]]]:
    """The topic with some of its words left out, each try as (concepts, the words left out): fewest words
    left out first, and of as many, the commonest first ("watermark llm output" → "watermark llm" when
    papers write "LLM" and "watermark" but never "outputs"; "reward hack behaviour" → "reward hack" after
    "hack behaviour" and "reward behaviour"). Only words of a phrase the question wrote as it is (no acronym
    twin: "state space model" is one name) are left out, never the topic's rarest word (`share`, the
    caller's document frequencies: "sycophancy" stays where "chat models" would be all that is left), never
    all of them, and never so many that only
    generic words stay; a phrase left with generic words only is dropped where another phrase stays
    ("membership inference on model outputs" → membership inference). One specific word at most is left
    out ("adversarial attacks on speech recognition models" is no list of adversarial attacks), and a name
    of two words stays whole ("face recognition", "federated unlearning" are absent, not "face", "federated"),
    as does a name saying what is turned into what (`directed`: "speech-to-speech translation"),
    and so does a name the question wrote with capitals (`names`: "Mamba with federated learning" is no list
    of federated learning), unless it is a generic word ("LLMs"). A phrase never keeps a lone modifier of the
    specific head left out (`lone_modifier`: "Mamba for speech separation" is no list of Mamba speech papers);
    one of a generic head is matched as the question wrote it (`as_written`). The caller
    gates each try
    (`Answerer.backed_off`). One alternative only: an "X or Y" topic is read as asked."""
    if len(concepts) != 1 or not concepts[0]:
        return []
    alternative = concepts[0]
    every = list(dict.fromkeys(w for c in alternative for w in c[0].split()))
    words = list(dict.fromkeys(w for c in alternative if len(c) == 1 and not directed(c[0]) for w in c[0].split()))
    if len(every) < 3 or not words or len(every) > BACK_OFF_WORDS:
        return []
    rarest = min(every, key=lambda w: (share.get(w, 0.0), w))
    named = names - generic  # "LLMs" is written with capitals too, but names no technique
    droppable = sorted((w for w in words if w != rarest and w not in named), key=lambda w: (-share.get(w, 0.0), w))
    out: list[tuple[list[list[list[str]]], list[str]]] = []
    seen: set[str] = set()
    for size in range(1, len(every)):
        for gone in itertools.combinations(droppable, size):
            if sum(w not in generic for w in gone) > 1:
                continue
            reduced: list[list[str]] = []
            if any(len(c) == 1 and lone_modifier(c[0].split(), gone, generic) for c in alternative):
                continue
            for concept in alternative:
                if len(concept) > 1:
                    reduced.append(concept)
                    continue
                left = [w for w in concept[0].split() if w not in gone]
                if left and not all(w in generic for w in left):
                    reduced.append([" " + " ".join(left) + " "])
            stays = {w for c in reduced for w in c[0].split()}
            key = repr(reduced)
            if not reduced or reduced == alternative or not stays - generic or key in seen:
                continue
            seen.add(key)
            out.append(([reduced], [w for w in every if w not in stays]))
    return out


# "videos of humans", "detection of jailbreaks": a noun, "of", an optional article, the noun that says which.
OF_PAIR_RE = re.compile(r"\b([a-z][\w-]*)\s+of\s+(?:the\s+|a\s+|an\s+)?([a-z][\w-]*)", re.I)


def of_pairs(text: str) -> frozenset[str]:
    """The words of each "N1 of N2" the question writes, lower-cased: the pair is one compound asked in other
    order ("videos of humans" are human videos), so a back-off leaves neither out ("videos" of robots alone
    are no videos of humans)."""
    return frozenset(w.lower() for m in OF_PAIR_RE.finditer(text) for w in m.groups())


def other_kind(name: str, concepts: Sequence[Sequence[Sequence[str]]]) -> bool:
    """Whether a stemmed name has the head of one of the topic's phrases with none of that phrase's modifiers:
    another kind of the same thing ("series forecasting" for "weather forecasting", "financial forecasting"
    for "stock forecasting"), which shares a word with the topic but not its sense."""
    words = name.split()
    for alternative in concepts:
        for concept in alternative:
            phrase = concept[0].split()
            if len(words) > 1 and len(phrase) > 1 and words[-1] == phrase[-1] and not set(words[:-1]) & set(phrase):
                return True
    return False


def lone_modifier(words: Sequence[str], gone: Sequence[str], generic: frozenset[str] = frozenset()) -> bool:
    """Whether leaving `gone` out of a phrase keeps one word only, and not its head (the last word), where that
    head is specific: a modifier alone names something else ("speech" is no "speech separation"). A generic
    head ("multimodal LLMs", "spiking neural networks") says little the modifier does not (`as_written`)."""
    left = [w for w in words if w not in gone]
    return len(words) > 1 and len(left) == 1 and left[0] != words[-1] and words[-1] not in generic


def as_written(concepts: Sequence[Sequence[Sequence[str]]], gone: Sequence[str]) -> list[str]:
    """The stems left alone of a phrase whose head was left out: such a modifier stands for the phrase only as
    the question writes it, since its stem joins other words ("spiking" neural networks, gradient "spikes")."""
    out = []
    for alternative in concepts:
        for concept in alternative:
            words = concept[0].split()
            if len(concept) == 1 and lone_modifier(words, gone):
                out += [w for w in words if w not in gone]
    return out


def written_as(text: str, word: str) -> bool:
    """Whether a text writes this word as it is (any case, plural aside), not only another of its stem's words."""
    return re.search(rf"(?<![\w-]){re.escape(word)}(?:s|es)?(?![\w])", text, re.I) is not None


def backed_off_head(topic: str, dropped: Sequence[str], count: int, filtered: str) -> str:
    """The opening of a list found without some of the topic's words (`back_off_steps`): it names them."""
    typed = [w for w in re.findall(r"[A-Za-z0-9][\w-]*", topic) if stem_key(w).strip() in dropped]
    left = " ".join(w for w in re.findall(r"[A-Za-z0-9][\w-]*", topic) if w not in typed)
    gone = ", ".join(f'"{w}"' for w in dict.fromkeys(typed)) or "some of its words"
    plural = "s" if count != 1 else ""
    return (
        f'No paper in the digests names "{topic}" with all its words; {count} paper{plural} on {left}{filtered}'
        f" (without {gone}):"
    )


def unsized_head(topic: str, bound: str, count: int, filtered: str) -> str:
    """The opening of a list whose size bound ("under 3B parameters") no paper on the topic meets: it says which
    qualifier fails, then lists the papers meeting the rest, the closest there are."""
    plural = "s" if count != 1 else ""
    return (
        f'No paper in the digests on "{topic}" states a model size {bound}; {count} paper{plural} on it{filtered}'
        " state another size or none:"
    )


def count_note(head: str, shown: int, newest: bool = False) -> str:
    """A list head that counts every match, followed by only the `shown` papers the question asked for: the
    highest ranked, or the newest where it asked for those ("the three newest papers on X")."""
    which = "newest" if newest else "ranked highest for the question"
    return f"{head.rstrip('.:')}; the {shown} {which} follow:"


# The heads a model is named by: "long-context models" are also "long-context LLMs", "long-context language
# models", "long-context vision-language models (LCVLMs)".
MODEL_HEAD = r"(?:models?|(?:m|v|lv|lc|lcv)?llms?|lms|lmms?|mllms?|vlms?|lvlms?|lcvlms?|lclms?|transformers?)"


def model_head_re(phrase: str) -> re.Pattern | None:
    """A phrase closing on "model(s)" ("long-context models") as papers name such models: its other words, up
    to two words between, and any model head (`MODEL_HEAD`). None for a phrase with another head."""
    words = [re.escape(w) for w in re.split(r"[\s-]+", phrase.strip()) if w]
    if len(words) < 2 or words[-1].lower() not in ("model", "models"):
        return None
    lead = r"[\s-]+".join(words[:-1])
    return re.compile(rf"(?<![\w-]){lead}(?:[\s-]+[\w-]+){{0,2}}?[\s-]+{MODEL_HEAD}(?![\w-])", re.I)


# Application fields (`lexicon.FIELDS`): a field asked as a noun ("LLMs in finance") is named by the words a
# paper in the field writes ("financial"). The stems match the stemmed documents; the words as written keep
# out a form of the same stem with another sense ("physical" for physics, "artist-created" for art).
_FIELD_KEYS = {stem_key(noun).strip(): noun for noun in FIELDS}
# A field word leading a compound modifier says how a method works, not the field it works in: "physics-informed
# Gaussians", "physics-based rendering", "biology-inspired".
HOW_MADE = r"(?![\s-]+(?:based|informed|aware|inspired|guided|grounded|driven|constrained|plausible)\b)"
_FIELD_RES = {
    noun: re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + r")\b" + HOW_MADE, re.I)
    for noun, words in FIELDS.items()
}
_AI_ITSELF = frozenset(stem_key(name).strip() for name in AI_ITSELF)


def field_of(concept: Sequence[str]) -> str:
    """The field a one-word concept names by its noun ("medicin" → medicine), whatever acronym the corpus gives the
    word (" vision " with " vlv "); '' for any other concept, and for an acronym spelled out (" art " with " anonym
    region transform ")."""
    if not concept or len(concept[0].split()) != 1 or concept[0][:1] in "%~&+":
        return ""
    if any(len(twin.split()) != 1 for twin in concept[1:]):
        return ""
    return _FIELD_KEYS.get(concept[0].strip(), "")


def field_forms(field: str) -> list[str]:
    """The stem forms of the words that name a field (" medic " and " medicin " for medicine)."""
    return list(dict.fromkeys(f" {stem_key(w).strip()} " for w in FIELDS[field]))


def fields_of(concepts: Sequence[Sequence[Sequence[str]]]) -> list[str]:
    """The fields the topic's concepts name, in order, once each."""
    return list(dict.fromkeys(f for alternative in concepts for c in alternative if (f := field_of(c))))


def writes_field(text: str, field: str) -> bool:
    """Whether a text writes one of the field's own words as written, not only a word of the same stem."""
    return _FIELD_RES[field].search(text) is not None


# An adjective or adverb by its ending (English morphology): "Medical", "Chemical", "Artistic", "Educationally".
ADJECTIVE_END = re.compile(r"(?:al|ic|ally|ically)$")


def in_name(text: str, start: int, end: int) -> bool:
    """Whether the word at `start`:`end` is a word of a name the text gives an acronym: capitalised after another
    capitalised word, and the capitalised run closed by "(ACRONYM)" ("the Optimal Brain Surgeon (OBS) framework").
    Such a name is a method's or a model's, whatever its words; "Condensed Matter Physics" stays the field."""
    before = re.search(r"([A-Za-z][\w-]*)[\s\"'“]*$", text[:start])
    after = re.match(r"(?:[\s-]+[A-Z][\w-]*)*\s*\([A-Z][\w-]*\)", text[end:])
    return text[start : start + 1].isupper() and before is not None and before.group(1)[0].isupper() and bool(after)


def in_field(title: str, text: str, field: str) -> bool:
    """Whether a paper works in a field: its summary writes a word of the field outside a name, or its title writes
    the field's adjective. A title's noun alone may be a figure of speech ("Language Surgery in Multilingual
    LLMs", "3D Physics Modeling" of motion), as a method's name may (`in_name`); the summary says what the
    paper works on, and an adjective before a title's noun says where ("Medical Assistant")."""
    if any(not in_name(text, m.start(), m.end()) for m in _FIELD_RES[field].finditer(text)):
        return True
    return any(
        m.group(0).lower() != field and ADJECTIVE_END.search(m.group(0).lower())
        for m in _FIELD_RES[field].finditer(title)
    )


def for_field(concepts: list[list[list[str]]]) -> list[list[list[str]]]:
    """A topic in a field ("machine learning in physics") without the concepts that name AI itself: every paper of
    the digests is an AI paper, so they only narrow the field's papers to those repeating the words."""
    out = []
    for alternative in concepts:
        if any(field_of(c) for c in alternative):
            alternative = [c for c in alternative if c[0].strip() not in _AI_ITSELF]
        out.append(alternative)
    return out


def written_as_name(asked: str, opens_question: bool = False) -> bool:
    """Whether a topic as the question wrote it is a name: each of its words written with a capital or a
    digit ("GPT-4o", "LoRA", "Agent S", "Kimi k1.5"), not a description holding one ("CT scans", "SWE-bench
    tasks"). The question's first word may owe its capital to the sentence: it counts only beside another
    word of the name ("Agent S"). Such a topic is matched as written (`name_pattern`), not by its stems:
    "Transformers" is no "transformation", "Agent S" no "agents"."""
    words = [w for w in re.split(r"[\s-]+", asked.strip()) if w]

    def named(word: str, first: bool) -> bool:
        inner = any(ch.isdigit() or ch.isupper() for ch in word[1:]) or word[0].isdigit()
        return inner or (word[0].isupper() and not (first and opens_question and len(words) == 1))

    return bool(words) and all(named(w, k == 0) for k, w in enumerate(words))


def agent_noun(word: str) -> bool:
    """Whether a lower-case word is an agent noun that the stemmer cuts to its verb ("transformers" → "transform",
    "encoder" → "encod", "adapters" → "adapt"): its stem also takes the doing ("transformation", "encoding",
    "adaptation"), another thing, so the word is matched as written (`name_pattern`), as a name would be. An -izer
    keeps its family's stem ("tokenizer", "tokenization": `understand.stem`): what a tokenizer does is tokenization."""
    one = singular(word)
    stem = stems(one)[0] if word.isalpha() else ""
    return word.islower() and one.endswith("er") and not stem.endswith(("er", "iz"))


def agent_verb(word: str, known: Callable[[str], bool]) -> str:
    """The verb a lower-case agent noun (-er, -ator) is made from, where Snowball cuts the noun down to that
    verb's stem ("adapters" → "adapt", "schedulers" → "schedule", "controllers" → "control", "generators" →
    "generate"): the noun names a thing, the stem also the doing ("adaptation", "scheduling"), so the two must
    not match. The verb must be a word the corpus writes (`known`): "consider" and "discover" end in -er and are
    no agent nouns. "" for any other word (an -izer keeps its stem already: `understand.stem`)."""
    one = singular(word)
    if not (word.isalpha() and word.islower() and one.endswith(("er", "ator"))):
        return ""
    cut = stem(one)
    if cut.endswith(("er", "or", "iz")):
        return ""
    base = one[:-2]
    doubled = base[:-1] if len(base) > 3 and base[-1] == base[-2] else ""  # "controller" → "control"
    tries = [base, base + "e", doubled, base[:-1] + "y" if base.endswith("i") else ""]  # "verifier" → "verify"
    return next((v for v in tries if len(v) >= 3 and known(v) and stem(v) == cut), "")


def agent_pattern(word: str) -> re.Pattern[str]:
    """An agent noun as the papers write it: singular or plural, in any case, alone, after a hyphen ("IP-Adapter")
    or glued to a capitalised name ("RelationAdapter"); never inside another word ("adapterless" is kept out)."""
    body = re.escape(singular(word))
    return re.compile(rf"(?:(?<![A-Za-z])(?i:{body})|(?<=[a-z]){body.capitalize()})s?(?![a-z])")


# Words naming a machine as what made something, as the papers write "<X>-generated": general language, not a
# corpus's. The corpus's own acronyms of language models ("LLM", "VLM") join them (`makers`).
MAKER_WORDS = ("machine", "ai", "model", "language model", "large language model")
GENERATED = stem("generated")


def makers(fillers: Sequence[str], acronyms: Mapping[str, str]) -> list[str]:
    """The stem keys of the machine makers the corpus writes before "-generated" (`fillers`, lower case): the
    general ones (`MAKER_WORDS`) and the acronyms of a language model ("llm", "mllm"), each acronym with its
    expansion. "human-", "self-" and "expert-generated" name another maker and stay apart."""
    written = {stem_key(f).strip() for f in fillers}
    out = [stem_key(w).strip() for w in MAKER_WORDS]
    for acronym, expansion in acronyms.items():
        key = stem_key(acronym).strip()
        if key in written and stem_key(expansion).endswith(" languag model "):
            out += [key, stem_key(expansion).strip()]
    return list(dict.fromkeys(out))


def maker_forms(words: Sequence[str], maker_keys: Sequence[str], spread: bool = False) -> list[str]:
    """A "<maker>-generated <thing>" name written with each other maker and in the passive word order:
    "machine-generated text" is also "AI-generated text", "LLM-generated text" and "text generated by LLMs".
    With `spread`, the words may also stand side by side in any order, as the name's own may (`~`: "detecting
    AI-generated text" in "Machine Generated Text Detection"). A name ending in "generated"
    whose maker follows as another concept ("watermarking text generated by LLMs") is `made_by_forms`'."""
    out: list[str] = []
    for k in range(len(words) - 2):
        if words[k + 1] != GENERATED or words[k] not in maker_keys:
            continue
        before, after = list(words[:k]), list(words[k + 2 :])
        for maker in maker_keys:
            out.append(" " + " ".join([*before, maker, GENERATED, *after]) + " ")
            out.append(" " + " ".join([*before, *after, GENERATED, "by", maker]) + " ")
            if spread and before:
                out.append("~" + " ".join([*before, maker, GENERATED, *after]))
    return [f for f in dict.fromkeys(out) if f != " " + " ".join(words) + " "]


def made_by_forms(words: Sequence[str], maker_keys: Sequence[str]) -> list[str]:
    """ "<thing> generated by <maker>" (its maker the next concept) in the compound order, "<maker>-generated
    <thing>" ("text generated by LLMs" is "LLM-generated text", "watermarking LLM-generated text"), and without
    "generated" when two words or more stay: "LLM text watermarking" names the maker and the thing."""
    if len(words) < 2 or words[-1] != GENERATED:
        return []
    *head, thing = words[:-1]
    out = [" " + " ".join([*head, maker, GENERATED, thing]) + " " for maker in maker_keys]
    if head:
        out += [" " + " ".join(words[:-1]) + " ", "~" + " ".join(words[:-1])]
    return out


def name_pattern(asked: str) -> re.Pattern[str]:
    """The name and its spellings in a paper's text: its runs of letters and digits joined as written or by
    a space, a hyphen or a dot, letters and digits also by nothing ("InternVL 2.5", "GPT4o"; not "AGENTS"
    for "Agent S"); letters in capitals as written ("SAM" is no "same", "CLIP" no "clip"), others in any
    case ("LLaMA" for "Llama"); a plural its singular ("Transformers", "GANs"); a version glued on
    ("Qwen2.5", "SAM 2", "Mamba-based"), never another word's letters ("transformation", "SAMURAI",
    "TinyLlama") nor another name made from it ("AdamW", "MambaVision")."""
    words = [w for w in re.split(r"[\s-]+", asked.strip()) if w] or [asked]
    runs: list[str] = []
    last = ""
    for k, word in enumerate(words):
        plural = word.endswith("s") and len(word) > 3 and not word.endswith("ss")
        pieces = re.findall(r"[A-Za-z]+|\d+", word[:-1] if plural else word) or [re.escape(word)]
        for j, piece in enumerate(pieces):
            body = re.escape(piece)
            if k == len(words) - 1 and j == len(pieces) - 1 and len(piece) > 1 and not piece.isdigit():
                body += "s?"
            if runs:
                runs.append(r"[\s.-]?" if piece.isdigit() != last.isdigit() else r"[\s.-]")
            runs.append(body if piece.isupper() or piece.isdigit() else f"(?i:{body})")
            last = piece
    # never after an apostrophe: "the baseline's 11.2%" writes no "s1"
    return re.compile(r"(?<![A-Za-z0-9'’])" + "".join(runs) + r"(?![A-Za-z])")


def spellings(pattern: re.Pattern[str], texts: Sequence[str], words: int = 1) -> list[str]:
    """The stem keys of the name as the papers write it, with a version glued on ("Qwen2", "SAM2Long") or
    set apart ("InternVL 2.5"): stems split words at punctuation only, so " qwen " never meets "qwen2" nor
    " internvl2 5 " "internvl 2 5". A spelling of fewer than `words` stems has lost one ("AGENTS" for
    "Agent S" stems to "agent")."""
    found: set[str] = set()
    for text in texts:
        for m in pattern.finditer(text):
            glued = re.match(r"\d[A-Za-z0-9]*", text[m.end() :])
            found.add(stem_key(m.group(0) + (glued.group(0) if glued else "")))
    return sorted(k for k in found if len(k.split()) >= words)


# A word the papers write capitalised at least this share of the times it stands inside a sentence is a name.
NAME_CASING = 0.9


def acronym_casing(word: str, texts: Sequence[str]) -> str:
    """How the papers write an acronym typed in capitals ("DLLMS", "NDCG") when they write it with a small letter
    first ("dLLMs", "nDCG"): their commonest such spelling with two capitals or more; "" where none is written."""
    if not (word.isupper() and len(word) >= 3):
        return ""
    rx = re.compile(rf"(?<![\w-])({re.escape(word)}s?)(?![\w-])", re.I)
    found: Counter[str] = Counter()
    for text in texts:
        found.update(
            w for m in rx.finditer(text) if (w := m.group(1))[0].islower() and sum(c.isupper() for c in w) >= 2
        )
    return found.most_common(1)[0][0] if found else ""


def cased_pattern(acronym: str, asked: str) -> re.Pattern[str]:
    """An acronym as asked ("NDCG") or as written with a small letter first ("nDCG", "mAP"), in exactly those
    cases, plural too: in any case "mAP" would be the word "map"."""
    forms = "|".join(re.escape(f.removesuffix("s")) for f in (acronym, asked))
    return re.compile(rf"(?<![A-Za-z0-9'’])(?:{forms})s?(?![A-Za-z])")


def corpus_casing(word: str, texts: Sequence[str]) -> str:
    """How the papers write a word typed without capitals ("mamba", "clip"), when they mostly write it as a
    name: their commonest capitalised spelling ("Mamba", "CLIP"); "" for a common word ("transformers",
    "diffusion"). A sentence's first word, capitalised by the sentence, is not counted."""
    found: Counter[str] = Counter()
    rx = re.compile(rf"(?<![.!?:\n]\s)(?<![\w\n-])({re.escape(word)}s?)(?![a-z])", re.I)
    for text in texts:
        found.update(m.group(1) for m in rx.finditer(text))
    capital = Counter({w: n for w, n in found.items() if w[0].isupper()})
    if not capital or capital.total() < MIN_SEEDS or capital.total() < NAME_CASING * found.total():
        return ""
    return capital.most_common(1)[0][0]

"""A question in French, German, Spanish or Chinese → the same question framed in English, offline.

No translation model ships with the project, but questions to a paper corpus come in few frames
("which papers use …", "who wrote …", "what is …", "summarize the papers on …", "compare …",
"how did interest in … change"), and their topics are mostly English terms and acronyms kept as
written. So each language's frame words are rewritten to the English frame, its function words
dropped, and a small glossary of common machine-learning terms (general vocabulary, not the
corpus's titles) translates the topic words that are not English. Pure functions.
"""

from __future__ import annotations

import re
import unicodedata

CJK_RE = re.compile(r"[\u3400-\u9fff]")

# (language, pattern on the accent-folded lowercase question, English replacement)
FRAMES: list[tuple[str, str, str]] = [
    # French
    (
        "fr",
        r"\bquels?\s+(?:sont\s+les\s+)?(?:articles|travaux|papiers|etudes|publications)\b(?:\s+qui)?",
        " which papers ",
    ),
    ("fr", r"\bqui\s+sont\s+les\s+auteur(?:e)?s\s+(?:de|d'|du|des)\s*", " who are the authors of "),
    ("fr", r"\bqui\s+a\s+(?:ecrit|redige)\b", " who wrote "),
    ("fr", r"\bqu'est[- ]ce\s+que\s+(?:c'est\s+que\s+)?", " what is "),
    ("fr", r"\bque\s+(?:signifie|veut\s+dire)\b", " what is "),
    (
        "fr",
        r"\b(?:resume[rz]?|fais\s+(?:un\s+)?(?:resume|recapitulatif|bilan)|donne[- ]moi\s+un\s+(?:apercu|resume))\b",
        " summarize ",
    ),
    ("fr", r"\bcompare[rz]?\b", " compare "),
    ("fr", r"\bcomment\s+(?:a\s+evolue|evolue)\s+l'interet\s+pour\b", " how did interest in change "),
    ("fr", r"\bcombien\s+d'articles\b", " how many papers "),
    ("fr", r"\b(?:utilisent|emploient|appliquent|exploitent)\b", " use "),
    # German
    ("de", r"\bwelche\s+(?:arbeiten|artikel|papers?|studien|veroffentlichungen|publikationen)\b", " which papers "),
    ("de", r"\bwer\s+sind\s+die\s+autor(?:inn)?en\s+(?:von|des|der)\b", " who are the authors of "),
    ("de", r"\bwer\s+hat\b(.*?)\b(?:geschrieben|verfasst)\b", r" who wrote \1 "),
    ("de", r"\bwas\s+(?:ist|sind|bedeutet)\b", " what is "),
    ("de", r"\bfasse\b(.*?)\bzusammen\b", r" summarize \1 "),
    ("de", r"\b(?:gib\s+mir\s+)?(?:einen\s+)?uberblick\s+uber\b", " overview of "),
    ("de", r"\b(?:zusammenfassung|fasse\s+zusammen)\b", " summarize "),
    ("de", r"\bvergleiche?n?\b", " compare "),
    (
        "de",
        r"\bwie\s+hat\s+sich\s+das\s+interesse\s+an\b(.*?)\b(?:verandert|entwickelt)\b",
        r" how did interest in \1 change ",
    ),
    ("de", r"\bwie\s+viele\s+(?:arbeiten|artikel|papers?)\b", " how many papers "),
    ("de", r"\b(?:verwenden|nutzen|benutzen|einsetzen|anwenden)\b", " use "),
    # Spanish
    ("es", r"\bque\s+(?:articulos|trabajos|estudios|publicaciones)\b", " which papers "),
    ("es", r"\bquienes\s+son\s+los\s+autores\s+(?:de|del)\b", " who are the authors of "),
    ("es", r"\bquien\s+(?:escribio|es\s+el\s+autor\s+de)\b", " who wrote "),
    ("es", r"\bque\s+es\b", " what is "),
    ("es", r"\bque\s+significa\b", " what is "),
    ("es", r"\b(?:resume|resumen|resumeme|dame\s+un\s+resumen\s+(?:de|del|sobre))\b", " summarize "),
    ("es", r"\bcompara[r]?\b", " compare "),
    ("es", r"\bcomo\s+ha\s+(?:cambiado|evolucionado)\s+el\s+interes\s+(?:en|por)\b", " how did interest in change "),
    ("es", r"\bcuantos\s+articulos\b", " how many papers "),
    ("es", r"\b(?:usan|utilizan|emplean|aplican)\b", " use "),
    # Chinese (no word boundaries)
    ("zh", r"哪些(?:论文|文章|工作|研究)", " which papers "),
    ("zh", r"(?:论文|文章)?(.+?)的作者是谁", r" who are the authors of \1 "),
    ("zh", r"谁是(.+?)的作者", r" who are the authors of \1 "),
    ("zh", r"谁写了", " who wrote "),
    ("zh", r"^\s*什么是", " what is "),
    ("zh", r"(.+?)是什么(?:意思)?", r" what is \1 "),
    ("zh", r"(?:总结|概述|综述)(.*?)关于(.+?)的(?:论文|文章|工作|研究)", r" summarize the papers on \2 \1 "),
    ("zh", r"(?:总结|概述|综述)", " summarize "),
    ("zh", r"比较(.+?)[和与跟](.+?)(?:的论文)?$", r" compare \1 and \2 "),
    ("zh", r"对(.+?)的(?:兴趣|关注)(?:是)?如何变化", r" how did interest in \1 change "),
    ("zh", r"谁获得了", " who won "),
    ("zh", r"使用了?|采用了?|用了", " use "),
]
# Words that only frame or join in each language; dropped once the frame is English.
FUNCTION_WORDS = {
    "fr": "le la les l' un une des de du d' au aux sur et ou en dans pour par avec qui que ce cette ces est sont "
    "a articles article travaux papiers",
    "de": "der die das den dem des ein eine einen einem zu zur zum im in an am auf uber und oder von vom mit fur "
    "ist sind mir arbeiten artikel laufe jahres zeit",
    "es": "el la los las un una unos unas de del al sobre en y o para por con que es son articulos trabajos",
    "zh": "的 关于 论文 文章 了 在 和 与 吗 呢 年 月",
}
# Common machine-learning terms in each language → English. General vocabulary only.
GLOSSARY = {
    # French
    "apprentissage par renforcement": "reinforcement learning",
    "apprentissage profond": "deep learning",
    "apprentissage automatique": "machine learning",
    "grands modeles de langage": "large language models",
    "grand modele de langage": "large language model",
    "modeles de diffusion": "diffusion models",
    "modele de diffusion": "diffusion model",
    "reseaux de neurones": "neural networks",
    "reseau de neurones": "neural network",
    "distillation des connaissances": "knowledge distillation",
    "generation augmentee par recuperation": "retrieval-augmented generation",
    "generation de videos": "video generation",
    "generation de video": "video generation",
    "generation d'images": "image generation",
    "synthese vocale": "text-to-speech",
    "reconnaissance vocale": "speech recognition",
    "agents": "agents",
    "modeles": "models",
    "modele": "model",
    "quantification": "quantization",
    "raisonnement": "reasoning",
    "elagage": "pruning",
    # German
    "bestarkendes lernen": "reinforcement learning",
    "verstarkungslernen": "reinforcement learning",
    "diffusionsmodelle": "diffusion models",
    "diffusionsmodell": "diffusion model",
    "sprachmodelle": "language models",
    "sprachmodell": "language model",
    "grosse sprachmodelle": "large language models",
    "neuronale netze": "neural networks",
    "wissensdestillation": "knowledge distillation",
    "videogenerierung": "video generation",
    "bildgenerierung": "image generation",
    "quantisierung": "quantization",
    "spracherkennung": "speech recognition",
    "sprachsynthese": "text-to-speech",
    "agenten": "agents",
    # Spanish
    "aprendizaje por refuerzo": "reinforcement learning",
    "aprendizaje profundo": "deep learning",
    "modelos de difusion": "diffusion models",
    "modelos de lenguaje": "language models",
    "grandes modelos de lenguaje": "large language models",
    "redes neuronales": "neural networks",
    "destilacion de conocimiento": "knowledge distillation",
    "generacion de video": "video generation",
    "generacion de videos": "video generation",
    "generacion de imagenes": "image generation",
    "cuantizacion": "quantization",
    "razonamiento": "reasoning",
    "agentes": "agents",
    "modelos": "models",
    # Chinese
    "强化学习": "reinforcement learning",
    "深度学习": "deep learning",
    "大语言模型": "large language models",
    "大型语言模型": "large language models",
    "语言模型": "language models",
    "扩散模型": "diffusion models",
    "神经网络": "neural networks",
    "知识蒸馏": "knowledge distillation",
    "检索增强生成": "retrieval-augmented generation",
    "视频生成": "video generation",
    "图像生成": "image generation",
    "语音合成": "text-to-speech",
    "语音识别": "speech recognition",
    "量化": "quantization",
    "推理": "reasoning",
    "智能体": "agents",
    "剪枝": "pruning",
    "图灵奖": "turing award",
}


def fold(text: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))


def language(question: str) -> str:
    """The question's language among en, fr, de, es, zh: the one whose frame words it uses ('en' if none)."""
    if CJK_RE.search(question):
        return "zh"
    low = " " + fold(question.lower()) + " "
    low = re.sub(r"[¿¡?!.,;:\"“”«»()]", " ", low)
    scores = {}
    for lang in ("fr", "de", "es"):
        frames = sum(bool(re.search(p, low)) for code, p, _ in FRAMES if code == lang)
        words = set(FUNCTION_WORDS[lang].split()) - {"a", "in", "an", "de", "la", "en", "que"}
        scores[lang] = 2 * frames + sum(f" {w} " in low for w in words)
    if "¿" in question or "¡" in question:
        scores["es"] += 3
    best = max(scores, key=lambda k: scores[k])
    english = len(re.findall(r"\b(?:the|which|what|who|papers?|of|is|are|how|and|on)\b", low))
    return best if scores[best] >= 2 and scores[best] > english else "en"


def to_english(question: str, lang: str) -> str:
    """The question with its frame rewritten in English, function words dropped, glossary terms translated.

    Quoted titles and words already in English pass through as written.
    """
    if lang == "en":
        return question
    text = question.replace("“", '"').replace("”", '"').replace("«", '"').replace("»", '"')
    text = re.sub(
        r"[¿¡？。！，、：]",
        lambda m: {"？": "?", "。": ".", "！": "!", "，": ",", "、": ",", "：": ":"}.get(m.group(0), " "),
        text,
    )
    quoted: list[str] = []

    def keep(m: re.Match) -> str:
        quoted.append(m.group(0))
        return f" QUOTED{len(quoted) - 1}Q "

    text = re.sub(r"\"[^\"]{3,200}\"|'[^']{3,200}'(?!\w)", keep, text)
    if lang != "zh":
        text = fold(text)
    for code, pattern, english in FRAMES:
        if code == lang:
            text = re.sub(pattern, english, text, flags=re.I)
    for term in sorted(GLOSSARY, key=len, reverse=True):
        if lang == "zh":
            text = text.replace(term, f" {GLOSSARY[term]} ")
        else:
            text = re.sub(rf"(?<![\w-]){re.escape(term)}(?![\w-])", GLOSSARY[term], text, flags=re.I)
    words = set(FUNCTION_WORDS[lang].split())
    if lang == "zh":
        for w in sorted(words, key=len, reverse=True):
            text = text.replace(w, " ")
    else:
        text = re.sub(r"\b([lds])'(?=\w)", " ", text, flags=re.I)
        english_frame = {
            "the",
            "papers",
            "of",
            "on",
            "in",
            "and",
            "use",
            "what",
            "is",
            "who",
            "wrote",
            "are",
            "authors",
        }
        kept = [w for w in re.split(r"(\s+)", text) if w.lower() not in words - english_frame]
        text = "".join(kept)
    for i, q in enumerate(quoted):
        text = text.replace(f"QUOTED{i}Q", q)
    return re.sub(r"\s+", " ", text).strip()

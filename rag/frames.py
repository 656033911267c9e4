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
from collections.abc import Callable
from functools import cache, partial

from rag.glossary import TERMS
from rag.lexicon import english_word, german_compound, lexicon_word
from rag.text import fold

CJK_RE = re.compile(r"[\u3400-\u9fff]")

# Each language's nouns for a paper, its prepositions for "about", and its words for "the newest" (general
# language knowledge, accents folded): a request names them in any order around the topic.
PAPERS = {
    "fr": r"(?:articles?|travaux|travail|papiers?|etudes?|publications?|recherches)",
    "es": r"(?:articulos?|trabajos?|estudios?|publicaciones|publicacion|papers?|investigaciones)",
    "de": r"(?:arbeiten|artikel|papers?|papieren?|studien|veroffentlichungen|publikationen|beitrage"
    r"|forschungsarbeiten)",
    "pt": r"(?:artigos?|trabalhos?|estudos?|publicacoes|publicacao|papers?|pesquisas?)",
    "it": r"(?:articoli|articolo|lavori|lavoro|studi|studio|pubblicazioni|pubblicazione|paper|ricerche)",
}
ABOUT = {
    "fr": r"(?:sur|concernant|a\s+propos\s+(?:de|d'|du|des)|au\s+sujet\s+(?:de|d'|du|des))",
    "es": r"(?:sobre|acerca\s+de(?:l)?|en\s+torno\s+a)",
    "de": r"(?:uber|zu|zur|zum|bezuglich)",
    "pt": r"(?:sobre|acerca\s+d[eoa]s?|a\s+respeito\s+d[eoa]s?)",
    "it": r"(?:su|sul|sullo|sulla|sui|sugli|sulle|sull'|riguardo\s+(?:a|al|alla|ai|agli|alle)"
    r"|a\s+proposito\s+d(?:i|el|ella|ei|egli|elle))",
}
# The languages written in Latin letters whose frames, glossary and lexicon are read word by word.
LATIN_LANGS = ("fr", "es", "de", "pt", "it")
NEWEST = r"(?:most\s+recent|latest|newest|recent)"
# Each language's words for "versus" between two topics ("PPO frente a GRPO", "X par rapport à Y", "X im Vergleich
# zu Y"), which English reads as a comparison; general language knowledge, accents folded ("vs" and "versus" are
# English already, and no sign of another language).
VERSUS = {
    "fr": r"par\s+rapport\s+(?:aux|au|a\s+la|a\s+l'|a)|face\s+(?:aux|au|a\s+la|a\s+l')|contre",
    "es": r"frente\s+(?:al|a)|en\s+comparacion\s+(?:con|a)"
    r"|comparad[oa]s?\s+(?:con|a)|en\s+contraste\s+con|contra",
    "de": r"im\s+vergleich\s+(?:zum|zur|zu|mit)|verglichen\s+mit|gegenuber|gegen",
    "pt": r"em\s+comparacao\s+(?:com|a|ao)|comparad[oa]s?\s+(?:com|a|ao)|contra",
    "it": r"rispetto\s+(?:a|al|alla|ai|agli|alle)|a\s+confronto\s+con|confrontat[oaie]\s+con|contro",
}
# ... except after a word that takes the same preposition as "against" (an attack, a defence, robustness: "ataques
# contra agentes web", "robustez frente a ruido", "Schutz gegen Angriffe"); general language knowledge.
AGAINST = {
    "fr": r"attaques?|defenses?|protection|proteger|robustesse"
    "|robustes?|resistance|resistants?|lutte|securite|immunite",
    "es": r"ataques?|defensas?|defender(?:se)?|proteccion"
    "|proteger(?:se)?|robustez|robust[oa]s?|resistencia|resistentes?"
    r"|lucha|seguridad|inmunidad",
    "de": r"angriffe?n?|schutz|schutzen|verteidigung|abwehr|robust(?:heit)?|resistent|resistenz|sicherheit|immun",
    "pt": r"ataques?|defesas?|defender|protecao|proteger|robustez|robust[oa]s?|resistencia|resistentes?|seguranca",
    "it": r"attacc(?:o|hi)|difes[ae]|difendere|protezione|proteggere|robustezza|robust[oaie]|resistenza"
    r"|resistenti|sicurezza",
}

# A year, or a month and its year, next ("de 2024", "de mars 2025", "de marzo de 2025", "aus dem März 2025").
YEAR_NEXT = r"(?=(?:[a-z]+\s+(?:de\s+)?)?(?:19|20)\d\d\b)"
# A name next, written with a capital ("sont de Xinchao Wang"): case-sensitive inside a frame read with re.I.
NAME_NEXT = r"(?=(?-i:[A-Z])[a-z])"
# A year, or a month and its year, kept for the English ("seulement mars 2025" → "only mars 2025").
YEAR = r"((?:[a-z]+\s+(?:de\s+)?)?(?:19|20)\d\d)\b"
# What a chat's follow-up says of the list before it in each language (general language knowledge, accents
# folded): "lesquels / cuáles de ellos / welche davon" are "which of them"; "ont du code / tienen código / haben
# Code" "have code"; "sont de / son de / sind von|aus" a year or month "are from", a name "are by"; a turn "et en
# 2025 ?" "and in 2025?"; "et ceux de 2024 / y los de 2024 / und die von 2024" "and the ones from 2024"; "plus / más /
# mehr" alone the list's next page; "résume-les / resúmelos / fasse sie zusammen / 总结一下这些论文" "summarize them";
# "qui les a écrits / quién los escribió / wer hat sie geschrieben / 这些论文是谁写的" "who wrote them"; "seulement
# 2025 / solo los de 2024 / nur 2025" "only 2025". Read before the frames of a fresh question, so that the English
# follow-up is what is asked.
FOLLOW_UPS: list[tuple[str, str, str]] = [
    ("fr", r"\blesquel(?:le)?s\b(?:\s+d'entre\s+(?:eux|elles))?", " which of them "),
    ("fr", rf"^\s*et\s+(?:ceux|celles)\s+(?:de|d'|du|en)\s*{YEAR_NEXT}", " and the ones from "),
    ("fr", r"\b(?:ont|possedent|fournissent|publient)\s+(?:du|un|le|leur)\s+code(?:\s+source)?\b", " have code "),
    ("fr", rf"\b(?:sont|datent|ont\s+ete\s+publie(?:e)?s)\s+(?:de|d'|en)\s*{YEAR_NEXT}", " are from "),
    ("fr", rf"\bsont\s+(?:de|d')\s*{NAME_NEXT}", " are by "),
    ("fr", r"\b(?:ecrit|redige|signe)(?:e)?s?\s+par\b", " by "),
    ("fr", rf"^\s*et\s+en\s+{YEAR_NEXT}", " and in "),
    (
        "fr",
        r"^\s*(?:encore(?:\s+plus)?|plus|la\s+suite|d'autres)(?:\s+s'il\s+(?:te|vous)\s+plait)?\s*[?.!]*\s*$",
        " more ",
    ),
    ("fr", r"\bresume[rz]?(?:-les\b|\s+les(?=\s*[?.!]*\s*$))", " summarize them "),  # not "résume les articles"
    ("fr", r"\bqui\s+les\s+a\s+(?:ecrit|redige|signe)(?:e)?s?\b", " who wrote them "),
    (
        "fr",
        rf"^\s*(?:seulement|uniquement)\b\s*(?:(?:ceux|celles|les\s+articles|les)\b\s*)?(?:(?:de|d'|du|en)\s*)?(?:{YEAR}|[\s?.!]*$)",
        r" only \1",
    ),
    ("es", r"\bcuale?s?\s+de\s+(?:ellos|ellas|estos|estas|esos|esas)\b", " which of them "),
    (
        "es",
        r"\bcuales(?=\s+(?:son\s+(?:de|del)|tienen|fueron|se\s+publicaron|incluyen|ofrecen|publican)\b)",
        " which of them ",
    ),
    ("es", r"\b(?:tienen|incluyen|ofrecen|publican)\s+(?:el\s+|su\s+)?codigo(?:\s+fuente)?\b", " have code "),
    ("es", rf"\b(?:son|fueron\s+publicad[oa]s|se\s+publicaron)\s+(?:de|del|en)\s+{YEAR_NEXT}", " are from "),
    ("es", rf"\bson\s+de\s+{NAME_NEXT}", " are by "),
    ("es", r"\b(?:escrit|firmad)[oa]s?\s+por\b", " by "),
    ("es", rf"^\s*y\s+en\s+{YEAR_NEXT}", " and in "),
    ("es", r"^\s*(?:mas|dame\s+mas|muestrame\s+mas|otros|otras)(?:\s+por\s+favor)?\s*[?.!]*\s*$", " more "),
    ("es", r"\bresume(?:los|las)\b", " summarize them "),
    ("es", r"\bquien(?:es)?\s+(?:los|las)\s+(?:escribio|escribieron|firmo|firmaron)\b", " who wrote them "),
    ("es", rf"^\s*y\s+(?:los|las)\s+(?:de|del)\s+{YEAR_NEXT}", " and the ones from "),
    (
        "es",
        rf"^\s*(?:solo|solamente|unicamente)\b\s*(?:(?:los|las)\b\s*)?(?:(?:de|del|en)\b\s*)?(?:{YEAR}|[\s?.!]*$)",
        r" only \1",
    ),
    ("de", r"\bwelche[nmrs]?\s+(?:davon|von\s+(?:ihnen|denen|diesen))\b", " which of them "),
    ("de", r"\b(?:haben|bieten|veroffentlichen)\s+(?:einen\s+|den\s+|ihren\s+)?code\b", " have code "),
    (
        "de",
        rf"\b(?:sind|stammen)\s+(?:von|vom|aus)(?:\s+(?:dem|der|dem\s+jahr|dem\s+monat))?\s+{YEAR_NEXT}",
        " are from ",
    ),
    ("de", rf"\bsind\s+von\s+{NAME_NEXT}", " are by "),
    ("de", rf"^\s*und\s+im\s+{YEAR_NEXT}", " and in "),
    ("de", r"^\s*(?:noch\s+)?(?:mehr|weitere|weiter)(?:\s+bitte)?\s*[?.!]*\s*$", " more "),
    ("de", r"\bfasse?\s+(?:sie|diese)\s+zusammen\b", " summarize them "),
    (
        "de",
        r"\bwer\s+hat\s+(?:sie|diese)(?:\s+(?:papers?|artikel|arbeiten))?\s+(?:geschrieben|verfasst)\b",
        " who wrote them ",
    ),
    ("de", rf"^\s*und\s+die\s+(?:von|aus)\s+{YEAR_NEXT}", " and the ones from "),
    # Chinese: "总结一下这些论文" "summarize them", "其中哪些" "which of them"
    ("zh", r"(?:总结|概述|概括|综述)(?:一下)?(?:这些|那些|它们|他们)(?:论文|文章|工作|研究)?", " summarize them "),
    ("zh", r"(?:其中|它们中|这些(?:论文)?中)(?:的)?哪些(?:论文|文章)?", " which of them "),
    (
        "zh",
        r"(?:这些|那些|它们)(?:论文|文章)?(?:都)?是谁写的|谁写了(?:这些|那些|它们)(?:论文|文章)?",
        " who wrote them ",
    ),
    (
        "de",
        rf"^\s*nur\b\s*(?:(?:die|diejenigen)\b\s*)?(?:(?:von|aus|vom|im)\b\s*)?(?:(?:dem|der)\s*)?(?:{YEAR}|[\s?.!]*$)",
        r" only \1",
    ),
]

# (language, pattern on the accent-folded lowercase question, English replacement)
FRAMES: list[tuple[str, str, str]] = [
    *FOLLOW_UPS,
    # French
    # "est-ce que X utilise Y ?" asks yes or no as "does X use Y?" does ("est-ce qu'il y a des articles …" asks "are
    # there …", read by the frame of "il y a"); "y a-t-il" and "existe-t-il" are "il y a"
    ("fr", r"^\s*est[- ]ce\s+qu(?:e\s+|')\s*(?=il\s+y\s+a\b)", " "),
    ("fr", r"^\s*est[- ]ce\s+qu(?:e\s+|')", " does "),
    ("fr", r"\b(?:y\s+a|existe)[- ]t[- ]il\b", " il y a "),
    (
        "fr",
        rf"(?<![\w-])(?!(?:{AGAINST['fr']})\s)([^\W\d_][\w.-]*)\s+(?:{VERSUS['fr']})(?![\w-])",
        r"\1 versus ",
    ),
    (
        "fr",
        r"\b(?:quel(?:le)?\s+(?:article|etude|papier|travail|publication)"
        r"|l'(?:article|etude)\s+(?:qui|ou|dans\s+lequel(?:le)?)(?:\s+l?'?on)?)\b(?:\s+qui)?",
        " which paper ",
    ),
    ("fr", r"\b(?:l'|un\s+)(?:article|etude|papier)\s+(?:sur|concernant|a\s+propos\s+d(?:e|u|es|'))", " the paper on "),
    ("fr", r"\b(?:au\s+moyen\s+d(?:e|u|es|')|grace\s+(?:aux|au|a)|par\s+le\s+biais\s+d(?:e|u|es|'))", " via "),
    ("fr", r"\b(?:utilise|emploie|applique|exploite|se\s+sert\s+de|s'appuie\s+sur|repose\s+sur)\b", " use "),
    ("fr", r"\b(?:etudie|traite\s+de|porte\s+sur|aborde)\b", " study "),
    (
        "fr",
        r"\ben\s+quoi\b(.*?)\bdiff(?:ere|erent)(?:[- ]t[- ](?:il|elle|ils|elles))?\s+(?:de|du|des|d')",
        r" compare \1 and ",
    ),
    (
        "fr",
        r"\b(?:quelle\s+est\s+)?(?:l'evolution|la\s+tendance)\s+(?:du\s+nombre\s+)?(?:(?:d'|des\s+)(?:articles|travaux"
        r"|publications)\s+)?(?:sur|de|du|des|concernant)\b",
        " how did interest in change ",
    ),
    ("fr", r"\bexplique(?:[- ]moi)?\s+(?:ce\s+qu'est|ce\s+que\s+sont|ce\s+que\s+signifie)\b", " what is "),
    ("fr", r"\b(?:les\s+)?plus\s+(?:recents?|recentes?|nouveaux|nouvelles)\b", " most recent "),
    ("fr", r"\b(?:derniers|dernieres)\b", " latest "),
    ("fr", r"\brecent(?:e|s|es)?\b", " recent "),
    (
        "fr",
        rf"\b(?:montre|donne|liste|cite|trouve|propose)[- ]moi\s+(?:les\s+|des\s+|quelques\s+)?(?:({NEWEST})\s+)?"
        rf"{PAPERS['fr']}(?:\s+(?:les\s+)?({NEWEST}))?",
        r" show me the \1 \2 papers ",
    ),
    (
        "fr",
        r"\bquel(?:le)?s?\s+(?:sont\s+les\s+)?(?:articles|travaux|papiers|etudes|publications|recherches)\b(?:\s+qui)?",
        " which papers ",
    ),
    (
        "fr",
        r"\b(?:y\s+a[- ]t[- ]il|existe[- ]t[- ]il|il\s+y\s+a)\s+des\s+(?:articles|travaux|papiers|etudes|recherches)\b",
        " which papers study ",
    ),
    (
        "fr",
        r"\b(?:liste|donne[- ]moi|montre[- ]moi|cite)\s+(?:les\s+)?(?:articles|travaux|papiers)\b",
        " which papers ",
    ),
    (
        "fr",
        r"\b(?:quoi\s+de\s+neuf|qu'y\s+a[- ]t[- ]il\s+de\s+nouveau)\s+(?:sur|en|dans|concernant|cote)\b",
        " what is new on ",
    ),
    ("fr", r"\b(?:quoi\s+de\s+neuf|qu'y\s+a[- ]t[- ]il\s+de\s+nouveau)\b", " what is new "),
    ("fr", r"\b(?:par|chaque)\s+mois\b", " per month "),
    ("fr", r"\b(?:qui\s+ont|ont)\s+ecrit\b", " who wrote "),
    ("fr", r"^\s*(.+?),?\s+c'est\s+quoi\s*(\?)?\s*$", r" what is \1 \2"),
    ("fr", r"\bc'est\s+quoi\b", " what is "),
    # "lequel est le meilleur, X ou Y ?" weighs two options; "je cherche des articles sur X" asks for a list
    (
        "fr",
        r"\b(?:lequel|laquelle|quel(?:le)?)\s+est\s+(?:le\s+|la\s+)?(?:meilleur|meilleure|mieux)\b"
        r"|\bqu'est[- ]ce\s+qui\s+(?:est|marche|fonctionne)\s+le\s+mieux\b",
        " which is better ",
    ),
    ("fr", rf"\bje\s+(?:cherche|recherche)\s+(?:des\s+|les\s+)?(?:{PAPERS['fr']})\b", " which papers study "),
    ("fr", r"^\s*que\s+sont\s+(?:les\s+|des\s+)?", " what are "),
    ("fr", r"\bquel(?:le)?\s+est\s+la\s+definition\s+(?:de\s+la|de\s+l'|de|du|des|d')\s*", " what is "),
    ("fr", r"\b(?:definis|definition\s+(?:de|du|des|d'))\b", " what is "),
    ("fr", r"\bquel(?:le)?\s+est\s+(?:le\s+|la\s+|l')([^\W\d_]+)\s+(?:de|du|d')", r" what is the \1 of "),
    ("fr", r"\b(?:au\s+fil\s+du\s+temps|dans\s+le\s+temps|avec\s+le\s+temps)\b", " over time "),
    (
        "fr",
        r"\bcomment\s+(?:l'interet\s+pour|la\s+recherche\s+sur|l'attention\s+portee\s+a)\s+(.*?)\s+"
        r"a[- ]t[- ](?:il|elle)\s+(?:evolue|change)\b",
        r" how did interest in \1 change ",
    ),
    (
        "fr",
        r"\bcomment\s+(?:a\s+)?(?:evolue|change)\s+(?:l'interet\s+pour|la\s+recherche\s+sur)?",
        " how did interest in change ",
    ),
    # the pronoun a question turned around puts after its verb ("prend-il", "utilise-t-il", "active-t-elle") is
    # dropped, the verb kept (once the frames above have read "comment … a-t-il évolué")
    ("fr", r"(?<=\w)\s*-(?:t-)?(?:il|elle|ils|elles|on)(?![\w-])", " "),
    ("fr", r"\b(?:prend|prennent|prendre)\s+en\s+charge\b", " support "),
    ("fr", r"\bproposent\b", " propose "),
    ("fr", r"\b(?:etudient|traitent\s+de|traitent|portent\s+sur|parlent\s+de|abordent)\b", " study "),
    ("fr", r"\bameliorent\b", " improve "),
    ("fr", r"\bquel(?:le)?s\s+sont\s+les\s+auteur(?:e)?s\s+(?:de|d'|du|des)\s*", " who are the authors of "),
    ("fr", r"\bqui\s+sont\s+les\s+auteur(?:e)?s\s+(?:de|d'|du|des)\s*", " who are the authors of "),
    ("fr", r"\bqui\s+a\s+(?:ecrit|redige)\b", " who wrote "),
    ("fr", r"\bqui\s+a\s+(?:gagne|remporte|obtenu)\b", " who won "),
    ("fr", r"\bqu'est[- ]ce\s+que\s+(?:c'est\s+que\s+)?", " what is "),
    ("fr", r"\bque\s+(?:signifie|veut\s+dire)\b", " what is "),
    (
        "fr",
        r"\b(?:resume[rz]?|fais(?:[- ]moi)?\s+(?:un\s+|une\s+)?(?:resume|recapitulatif|bilan|synthese|point)|"
        r"donne[- ]moi\s+(?:un\s+|une\s+)?(?:apercu|resume|synthese)|synthetise[rz]?)\b",
        " summarize ",
    ),
    (
        "fr",
        r"\b(?:quelles?\s+(?:est\s+la\s+|sont\s+les\s+)?differences?|comparaison)\s+(?:y\s+a[- ]t[- ]il\s+)?entre\b",
        " compare ",
    ),
    ("fr", r"\bcompare[rz]?\b(.*?)\b(?:avec|a)\b", r" compare \1 and "),
    ("fr", r"\bcompare[rz]?\b", " compare "),
    ("fr", r"\bcombien\s+(?:d'articles|de\s+travaux|de\s+papiers)\b", " how many papers "),
    ("fr", r"\bcombien\s+(?:de\s+|d')?", " how many "),
    (
        "fr",
        r"\b(?:utilisent|emploient|appliquent|exploitent|se\s+servent\s+de|s'appuient\s+sur|reposent\s+sur|"
        r"se\s+basent\s+sur|recourent\s+a|font\s+appel\s+a|mettent\s+en\s+oeuvre)\b",
        " use ",
    ),
    ("fr", r"\b(?:contient|contiennent|comporte|comportent|comprend|comprennent)\b", " contain "),
    ("fr", r"\b(?:atteint|atteignent|obtient|obtiennent)\b", " achieve "),
    ("fr", r"\best[- ]ce\s+qu(?:e\b|')", " "),
    ("fr", r"\bil\s+y\s+a\b", " "),
    ("fr", r"\bquel(?:le)?s?\b", " what "),
    ("fr", r"\bet\b", " and "),
    ("fr", r"\bou\b", " or "),
    # German
    (
        "de",
        rf"(?<![\w-])(?!(?:{AGAINST['de']})\s)([^\W\d_][\w.-]*)\s+(?:{VERSUS['de']})(?![\w-])",
        r"\1 versus ",
    ),
    (
        "de",
        r"\b(?:welche\s+(?:arbeit|studie|veroffentlichung|publikation)|welcher\s+artikel|welches\s+paper"
        r"|(?:die\s+(?:arbeit|studie)|der\s+artikel|das\s+paper),?\s+(?:die|der|das))\b",
        " which paper ",
    ),
    ("de", r"\b(?:die|eine)\s+(?:arbeit|studie)\s+(?:uber|zu|zur|zum)\b", " the paper on "),
    ("de", r"\b(?:mittels|mithilfe\s+(?:von|vom|der|des))\b", " via "),
    ("de", r"\b(?:nutzt|verwendet|benutzt|setzt\b(.*?)\bein|wendet\b(.*?)\ban)\b", r" use \1\2 "),
    ("de", r"\b(?:untersucht|behandelt|erforscht|(?:befasst|beschaftigt)\s+sich\s+mit)\b", " study "),
    ("de", r"\bwie\s+unterscheiden\s+sich\b", " compare "),
    ("de", r"\b(?:was|welche[sr]?)\s+ist\s+besser\b", " which is better "),
    ("de", rf"\bich\s+suche\s+(?:{PAPERS['de']})\b", " which papers study "),
    ("de", r"\berklare?\s+(?:mir\s*)?(?:,?\s*was\b)?", " what is "),
    (
        "de",
        rf"\bwie\s+hat\s+sich\s+die\s+(?:an)?zahl\s+der\s+{PAPERS['de']}\s+{ABOUT['de']}\b(.*?)\b(?:verandert|entwickelt)\b",
        r" how did interest in \1 change ",
    ),
    ("de", r"\b(?:wie\s+(?:ist|sieht)\s+der\s+)?trend\s+(?:bei|zu|zum|zur|von|fur)\b", " how did interest in change "),
    ("de", r"\b(?:neueste[nmrs]?|aktuellste[nmrs]?|jungste[nmrs]?)\b", " newest "),
    ("de", r"\b(?:neuere[nmrs]?|aktuelle[nmrs]?)\b", " recent "),
    (
        "de",
        rf"\b(?:zeig|zeige|zeigt|nenn|nenne|liste|gib)\s+mir\s+(?:(?:die|einige|ein\s+paar|alle)\s+)?"
        rf"(?:({NEWEST})\s+)?{PAPERS['de']}",
        r" show me the \1 papers ",
    ),
    ("de", rf"\bwelche\s+{PAPERS['de']}\s+gibt\s+es\b", " which papers "),
    ("de", rf"\bwelche\s+{PAPERS['de']}\b", " which papers "),
    ("de", r"\bwas\s+gibt\s+es\s+neues\s+(?:zu|uber|bei|zum|zur|im\s+bereich)\b", " what is new on "),
    ("de", r"\bwas\s+gibt\s+es\s+neues\b", " what is new "),
    ("de", r"\b(?:pro|jeden|je)\s+monat\b|\bmonatlich\b", " per month "),
    ("de", r"\bwelche\s+autor(?:inn)?en\s+haben\b(.*?)\b(?:geschrieben|verfasst)\b", r" who wrote \1 "),
    ("de", r"\bwas\s+ist\s+die\s+definition\s+(?:von|des|der)\b", " what is "),
    (
        "de",
        r"\b(?:was\s+ist\s+der\s+unterschied|was\s+sind\s+die\s+unterschiede|unterschiede?)\s+zwischen\b",
        " compare ",
    ),
    ("de", r"\bwer\s+sind\s+die\s+autor(?:inn)?en\s+(?:von|des|der)\b", " who are the authors of "),
    ("de", rf"\bgibt\s+es\s+(?:({NEWEST})\s+)?{PAPERS['de']}\s+{ABOUT['de']}\b", r" which papers \1 study "),
    (
        "de",
        r"\bwer\s+hat\s+(?:die|das|den)\s+(?:arbeit|paper|artikel|studie|beitrag)\s+(?:geschrieben|verfasst),?"
        r"\s+(?:die|das|der|den)\b",
        " who wrote the paper that ",
    ),
    ("de", r"\bwer\s+hat\b(.*?)\b(?:geschrieben|verfasst)\b", r" who wrote \1 "),
    ("de", r"\bwer\s+hat\b(.*?)\b(?:gewonnen|erhalten|bekommen)\b", r" who won \1 "),
    ("de", r"\bwer\s+gewann\b", " who won "),
    ("de", r"\b(?:wer\s+schrieb|von\s+wem\s+(?:ist|stammt))\b", " who wrote "),
    ("de", r"\bwas\s+versteht\s+man\s+unter\b", " what is "),
    ("de", r"^\s*(.+?)\s*[,:\u2013-]?\s+was\s+ist\s+das\s*(\?)?\s*$", r" what is \1 \2"),
    ("de", r"\b(?:im\s+laufe\s+der\s+zeit|uber\s+die\s+zeit|mit\s+der\s+zeit)\b", " over time "),
    ("de", r"\bwas\s+(?:ist|sind|bedeutet)\b", " what is "),
    ("de", r"\bfasse\b(.*?)\bzusammen\b", r" summarize \1 "),
    ("de", r"\b(?:gib\s+mir\s+)?(?:einen\s+)?uberblick\s+uber\b", " overview of "),
    ("de", r"\b(?:zusammenfassung|fasse\s+zusammen)\b", " summarize "),
    ("de", r"\bvergleiche?n?\b(.*?)\bmit\b", r" compare \1 and "),
    ("de", r"\bvergleiche?n?\b", " compare "),
    (
        "de",
        r"\bwie\s+hat\s+sich\s+das\s+interesse\s+an\b(.*?)\b(?:verandert|entwickelt)\b",
        r" how did interest in \1 change ",
    ),
    ("de", r"\bwie\s+hat\s+sich\b(.*?)\b(?:verandert|entwickelt)\b", r" how did interest in \1 change "),
    ("de", r"\bwie\s+viele\s+(?:arbeiten|artikel|papers?)\b", " how many papers "),
    ("de", r"\bwie\s+viele\b", " how many "),
    ("de", r"\bwie\s+viel\b", " how much "),
    ("de", r"\b(?:verwenden|nutzen|benutzen|einsetzen|anwenden)\b", " use "),
    ("de", r"\bschlagen\b(.*?)\bvor\b", r" propose \1 "),
    ("de", r"\b(?:untersuchen|behandeln|erforschen|(?:befassen|beschaftigen)\s+sich\s+mit)\b", " study "),
    ("de", r"\bverbessern\b", " improve "),
    ("de", r"\b(?:erreicht|erreichen|erzielt|erzielen)\b", " achieve "),
    ("de", r"\b(?:enthalt|enthalten|umfasst|umfassen)\b", " contain "),
    ("de", r"\bwelche[nmrs]?\b", " which "),
    ("de", r"\bund\b", " and "),
    ("de", r"\boder\b", " or "),
    # Spanish
    (
        "es",
        rf"(?<![\w-])(?!(?:{AGAINST['es']})\s)([^\W\d_][\w.-]*)\s+(?:{VERSUS['es']})(?![\w-])",
        r"\1 versus ",
    ),
    (
        "es",
        r"\b(?:(?:que|cual)\s+(?:articulo|trabajo|estudio|publicacion)"
        r"|el\s+(?:articulo|trabajo|estudio)\s+(?:que|donde|en\s+(?:el\s+)?que))\b"
        r"(?:\s+que)?",
        " which paper ",
    ),
    ("es", r"\b(?:el|un)\s+(?:articulo|trabajo|estudio)\s+(?:sobre|acerca\s+de(?:l)?)\b", " the paper on "),
    ("es", r"\b(?:mediante|a\s+traves\s+de(?:l)?|por\s+medio\s+de(?:l)?)\b", " via "),
    ("es", r"\b(?:usa|utiliza|emplea|aplica|se\s+basa\s+en|recurre\s+a)\b", " use "),
    ("es", r"\b(?:estudia|trata\s+(?:sobre|de)|aborda|investiga)\b", " study "),
    ("es", r"\b(?:en\s+que\s+se\s+diferencian|como\s+se\s+comparan?)\b", " compare "),
    (
        "es",
        r"\b(?:cual\s+es\s+)?la\s+(?:tendencia|evolucion)\s+(?:del\s+numero\s+)?(?:de\s+(?:los\s+)?(?:articulos|trabajos"
        r"|publicaciones|estudios)\s+)?(?:sobre|de|del|en|acerca\s+de)\b",
        " how did interest in change ",
    ),
    ("es", r"\bcuant[oa]\b", " how much "),
    ("es", r"\bexplica(?:me)?\s+(?:que\s+(?:es|son)\s+)?", " what is "),
    ("es", r"\b(?:los\s+|las\s+)?mas\s+(?:recientes|nuevos|nuevas|actuales)\b", " most recent "),
    ("es", r"\b(?:ultimos|ultimas)\b", " latest "),
    ("es", r"\brecientes?\b", " recent "),
    (
        "es",
        rf"\b(?:muestrame|ensename|dame|lista|enumera)\s+(?:los\s+|las\s+|unos\s+|algunos\s+)?(?:({NEWEST})\s+)?"
        rf"{PAPERS['es']}(?:\s+({NEWEST}))?",
        r" show me the \1 \2 papers ",
    ),
    (
        "es",
        r"\b(?:que|cuales)\s+(?:son\s+los\s+|son\s+las\s+)?(?:articulos"
        r"|trabajos|estudios|publicaciones|papers|investigaciones)\b"
        r"(?:\s+que)?",
        " which papers ",
    ),
    ("es", r"\bque\s+hay\s+de\s+nuevo\s+(?:sobre|en|acerca\s+de)\b", " what is new on "),
    ("es", r"\bque\s+hay\s+de\s+nuevo\b", " what is new "),
    ("es", r"\b(?:por|cada)\s+mes\b|\bmensualmente\b", " per month "),
    ("es", r"\bse\s+(?:publicaron|publico|aparecieron|aparecio|presentaron|presento)\b", " "),
    ("es", r"\b(?:hay|existen)\s+(?:articulos|trabajos|estudios|investigaciones)\b", " which papers study "),
    ("es", r"\b(?:lista|dame|muestrame|enumera)\s+(?:los\s+)?(?:articulos|trabajos)\b", " which papers "),
    ("es", r"\bquienes\s+escribieron\b", " who wrote "),
    ("es", r"\b(?:que\s+son|en\s+que\s+consiste)\b", " what is "),
    ("es", r"\b(?:a\s+lo\s+largo\s+del\s+tiempo|con\s+el\s+tiempo|en\s+el\s+tiempo)\b", " over time "),
    ("es", r"\bcual\s+es\s+la\s+definicion\s+(?:de\s+la|del|de)\b", " what is "),
    ("es", r"\bquienes\s+son\s+los\s+autores\s+(?:de|del)\b", " who are the authors of "),
    ("es", r"\bquien\s+(?:escribio|es\s+el\s+autor\s+de)\b", " who wrote "),
    ("es", r"\bquien(?:es)?\s+(?:gano|ganaron|obtuvo|obtuvieron|recibio|recibieron)\b", " who won "),
    ("es", r"^\s*(.+?),?\s+que\s+es\s*(\?)?\s*$", r" what is \1 \2"),
    ("es", r"\bque\s+es\b", " what is "),
    ("es", r"\bque\s+significa\b", " what is "),
    # "¿cuál es mejor, X o Y?" weighs two options; "busco trabajos sobre X" asks for a list
    ("es", r"\b(?:cual|que)\s+(?:es|funciona|va|resulta)\s+mejor\b", " which is better "),
    ("es", r"\b(?:cual|que)\s+(?:es|funciona|resulta)\s+peor\b", " which is worse "),
    ("es", rf"\b(?:busco|estoy\s+buscando)\s+(?:{PAPERS['es']})\b", " which papers study "),
    ("es", r"\b(?:haz\s+un\s+resumen\s+(?:de|del|sobre)|dame\s+un\s+resumen\s+(?:de|del|sobre))", " summarize "),
    ("es", r"\b(?:resume|resumen|resumeme|resumir)\b", " summarize "),
    ("es", r"\b(?:cual\s+es\s+la\s+)?diferencia\s+entre\b", " compare "),
    ("es", r"\bcompara[r]?\b(.*?)\bcon\b", r" compare \1 and "),
    ("es", r"\bcompara[r]?\b", " compare "),
    # "¿cuál es la precisión de X en Y?" asks a figure of X, as "what is the accuracy of X on Y?" does
    ("es", r"\bcual\s+es\s+(?:el|la)\s+([^\W\d_]+)\s+(?:de|del)\b", r" what is the \1 of "),
    ("es", r"\bcuales\s+son\b", " what are "),
    ("es", r"\bcual\s+es\b", " what is "),
    ("es", r"\bcomo\s+ha\s+(?:cambiado|evolucionado)\s+el\s+interes\s+(?:en|por)\b", " how did interest in change "),
    ("es", r"\bcomo\s+(?:ha\s+)?(?:cambiado|evolucionado|cambio|evoluciono)\b", " how did interest in change "),
    ("es", r"\bcuantos\s+articulos\b", " how many papers "),
    ("es", r"\bcuant[oa]s\b", " how many "),
    ("es", r"\b(?:usan|utilizan|emplean|aplican|se\s+basan\s+en|recurren\s+a)\b", " use "),
    ("es", r"\b(?:contiene|contienen|incluye|incluyen)\b", " contain "),
    ("es", r"\b(?:alcanza|alcanzan|logra|logran|obtiene|obtienen)\b", " achieve "),
    ("es", r"\bproponen\b", " propose "),
    ("es", r"\b(?:estudian|tratan\s+(?:sobre|de)|tratan|abordan|investigan)\b", " study "),
    ("es", r"\bmejoran\b", " improve "),
    ("es", r"(?<![\w-])[ye](?![\w-])", " and "),
    ("es", r"(?<=[\w,]\s)o(?![\w-])", " or "),  # "or" between two words ("O X usa Y?" opens in Portuguese)
    # Portuguese (accents folded: "são" → "sao", "é" → "e", "ção" → "cao")
    (
        "pt",
        rf"(?<![\w-])(?!(?:{AGAINST['pt']})\s)([^\W\d_][\w.-]*)\s+(?:{VERSUS['pt']})(?![\w-])",
        r"\1 versus ",
    ),
    (
        "pt",
        r"\b(?:(?:que|qual)\s+(?:artigo|trabalho|estudo|publicacao)"
        r"|o\s+(?:artigo|trabalho|estudo)\s+(?:que|onde|em\s+que|no\s+qual))\b(?:\s+que)?",
        " which paper ",
    ),
    ("pt", r"\b(?:o|um)\s+(?:artigo|trabalho|estudo)\s+(?:sobre|acerca\s+d[eoa])\b", " the paper on "),
    ("pt", r"\b(?:por\s+meio\s+d[eoa]s?|atraves\s+d[eoa]s?)\b", " via "),
    ("pt", r"\b(?:usa|utiliza|emprega|aplica|se\s+baseia\s+em|recorre\s+a)\b", " use "),
    ("pt", r"\b(?:estuda|trata\s+(?:sobre|de)|aborda|investiga)\b", " study "),
    ("pt", r"\bqual\s+(?:e\s+)?(?:a\s+)?diferenca\s+entre\b|\bdiferencas?\s+entre\b", " compare "),
    ("pt", r"\b(?:em\s+que\s+(?:se\s+)?diferem|como\s+se\s+comparam)\b", " compare "),
    (
        "pt",
        r"\b(?:qual\s+(?:e\s+)?)?a\s+(?:tendencia|evolucao)\s+(?:do\s+numero\s+)?(?:de\s+(?:artigos|trabalhos"
        r"|publicacoes|estudos)\s+)?(?:sobre|de|do|da|em)\b",
        " how did interest in change ",
    ),
    ("pt", r"\bexplique(?:-me)?\s+(?:o\s+que\s+(?:e|sao)\s+)?", " what is "),
    ("pt", r"\b(?:os\s+|as\s+)?mais\s+(?:recentes|novos|novas|atuais)\b", " most recent "),
    ("pt", r"\b(?:ultimos|ultimas)\b", " latest "),
    ("pt", r"\brecentes?\b", " recent "),
    (
        "pt",
        rf"\b(?:(?:mostre|liste|cite)(?:-me)?|de-me)\s+(?:os\s+|as\s+|alguns\s+)?(?:({NEWEST})\s+)?"
        rf"{PAPERS['pt']}(?:\s+({NEWEST}))?",
        r" show me the \1 \2 papers ",
    ),
    (
        "pt",
        r"\b(?:que|quais)\s+(?:sao\s+os\s+)?(?:artigos|trabalhos|estudos|publicacoes|papers|pesquisas)\b(?:\s+que)?",
        " which papers ",
    ),
    ("pt", r"\bo\s+que\s+ha\s+de\s+novo\s+(?:sobre|em|no|na)\b", " what is new on "),
    ("pt", r"\bo\s+que\s+ha\s+de\s+novo\b", " what is new "),
    ("pt", r"\b(?:por|cada)\s+mes\b|\bmensalmente\b", " per month "),
    ("pt", r"\b(?:ha|existem|existe\s+algum)\s+(?:artigos?|trabalhos?|estudos?|pesquisas?)\b", " which papers study "),
    ("pt", rf"\b(?:procuro|estou\s+procurando)\s+(?:{PAPERS['pt']})\b", " which papers study "),
    (
        "pt",
        r"\bquem\s+(?:sao|foram)\s+(?:os\s+|as\s+)?autor(?:es|as)\s+(?:do|da|dos|das|de)\b",
        " who are the authors of ",
    ),
    ("pt", r"\bquem\s+(?:escreveu|escreveram|e\s+o\s+autor\s+d[eoa])\b", " who wrote "),
    ("pt", r"\bquem\s+(?:ganhou|ganharam|venceu|recebeu|receberam)\b", " who won "),
    ("pt", r"\b(?:ao\s+longo\s+do\s+tempo|com\s+o\s+tempo)\b", " over time "),
    ("pt", r"\bqual\s+(?:e\s+)?a\s+definicao\s+d[eoa]\b", " what is "),
    ("pt", r"^\s*(.+?),?\s+o\s+que\s+e\s*(\?)?\s*$", r" what is \1 \2"),
    ("pt", r"\bo\s+que\s+(?:e|sao|significa|quer\s+dizer)\b|\bque\s+significa\b", " what is "),
    ("pt", r"\bqual\s+(?:e|funciona)\s+melhor\b", " which is better "),
    ("pt", r"\b(?:faca|fazer|de-me)\s+um\s+resumo\s+(?:d[eoa]s?|sobre)\b|\bresumo\s+d[eoa]s?\b", " summarize "),
    ("pt", r"\b(?:resuma|resumir|resume|sintetize)\b", " summarize "),
    ("pt", r"\bcompar(?:e|ar|a)\b(.*?)\bcom\b", r" compare \1 and "),
    ("pt", r"\bcompar(?:e|ar|a)\b", " compare "),
    ("pt", r"\bqual\s+(?:e\s+)?(?:o|a)\s+([^\W\d_]+)\s+d[eoa]\b", r" what is the \1 of "),
    ("pt", r"\bquais\s+sao\b", " what are "),
    ("pt", r"\bqual\s+e\b", " what is "),
    (
        "pt",
        r"\bcomo\s+(?:mudou|evoluiu|variou|tem\s+mudado)\s+o\s+interesse\s+(?:em|por|no|na|pelo|pela)\b",
        " how did interest in change ",
    ),
    ("pt", r"\bcomo\s+(?:mudou|evoluiu|variou)\b", " how did interest in change "),
    ("pt", r"\bquantos\s+(?:artigos|trabalhos|estudos)\b", " how many papers "),
    ("pt", r"\bquant[oa]s\b", " how many "),
    ("pt", r"\b(?:usam|utilizam|empregam|aplicam|se\s+baseiam\s+em|recorrem\s+a)\b", " use "),
    ("pt", r"\b(?:contem|incluem|inclui)\b", " contain "),
    ("pt", r"\b(?:alcanca|alcancam|atinge|atingem|obtem)\b", " achieve "),
    ("pt", r"\b(?:suporta|suportam)\b", " support "),
    ("pt", r"\bpropoem\b", " propose "),
    ("pt", r"\b(?:estudam|tratam\s+(?:sobre|de)|tratam|abordam|investigam)\b", " study "),
    ("pt", r"\bmelhoram\b", " improve "),
    ("pt", r"(?<![\w-])e(?![\w-])", " and "),
    ("pt", r"(?<![\w-])ou(?![\w-])", " or "),
    # Italian (accents folded: "è" → "e", "cos'è" → "cos'e", "novità" → "novita")
    (
        "it",
        rf"(?<![\w-])(?!(?:{AGAINST['it']})\s)([^\W\d_][\w.-]*)\s+(?:{VERSUS['it']})(?![\w-])",
        r"\1 versus ",
    ),
    (
        "it",
        r"\b(?:(?:quale|che)\s+(?:articolo|lavoro|studio|pubblicazione)"
        r"|l'\s*(?:articolo|studio)\s+(?:che|dove|in\s+cui|nel\s+quale))\b(?:\s+che)?",
        " which paper ",
    ),
    ("it", r"\b(?:l'\s*|un\s+)(?:articolo|studio)\s+(?:su|sul|sulla|sui|sugli|sulle|riguardo\s+a)\b", " the paper on "),
    ("it", r"\b(?:tramite|mediante|per\s+mezzo\s+d(?:i|el|ella|ei|egli))\b", " via "),
    ("it", r"\b(?:usa|utilizza|impiega|applica|si\s+basa\s+su)\b", " use "),
    ("it", r"\b(?:studia|tratta\s+di|affronta|indaga)\b", " study "),
    ("it", r"\b(?:qual\s+e\s+la\s+)?differenz[ae]\s+(?:tra|fra)\b|\bconfronto\s+(?:tra|fra)\b", " compare "),
    ("it", r"\bin\s+cosa\s+(?:si\s+)?differiscono\b", " compare "),
    (
        "it",
        r"\b(?:qual\s+e\s+)?(?:l'\s*evoluzione|la\s+tendenza)\s+(?:del\s+numero\s+)?(?:di\s+(?:articoli|lavori"
        r"|pubblicazioni|studi)\s+)?(?:su|sul|sulla|sui|sugli|di|del|della|dei|degli)\b",
        " how did interest in change ",
    ),
    ("it", r"\bspiega(?:mi)?\s+(?:(?:che\s+)?cos(?:'\s*|a\s+)(?:e|sono)\s+)?", " what is "),
    ("it", r"\b(?:i\s+|gli\s+|le\s+)?piu\s+(?:recenti|nuovi|nuove)\b", " most recent "),
    ("it", r"\b(?:ultimi|ultime)\b", " latest "),
    ("it", r"\brecent[ie]\b", " recent "),
    (
        "it",
        rf"\b(?:mostrami|elencami|dammi|elenca|cita)\s+(?:gli\s+|i\s+|le\s+|alcuni\s+)?(?:({NEWEST})\s+)?"
        rf"{PAPERS['it']}(?:\s+({NEWEST}))?",
        r" show me the \1 \2 papers ",
    ),
    (
        "it",
        r"\b(?:quali|che)\s+(?:sono\s+gli\s+|sono\s+i\s+)?(?:articoli|lavori|studi|pubblicazioni|paper|ricerche)\b"
        r"(?:\s+che)?",
        " which papers ",
    ),
    ("it", r"\b(?:che\s+)?novita\s+(?:su|sul|sulla|sui|sugli|in|nel|nella)\b", " what is new on "),
    ("it", r"\b(?:che\s+)?novita\b", " what is new "),
    ("it", r"\b(?:al|per|ogni)\s+mese\b|\bmensilmente\b", " per month "),
    ("it", r"\bci\s+sono\s+(?:articoli|lavori|studi|ricerche)\b", " which papers study "),
    ("it", rf"\bcerco\s+(?:{PAPERS['it']})\b", " which papers study "),
    (
        "it",
        r"\bchi\s+sono\s+(?:gli\s+|le\s+)?autor[ie]\s+(?:di|del|dello|della|dei|degli|delle|dell')",
        " who are the authors of ",
    ),
    ("it", r"\bchi\s+(?:ha|hanno)\s+(?:scritto|firmato)\b", " who wrote "),
    ("it", r"\bchi\s+(?:ha|hanno)\s+(?:vinto|ottenuto|ricevuto)\b", " who won "),
    ("it", r"\b(?:nel\s+corso\s+del\s+tempo|nel\s+tempo|con\s+il\s+tempo)\b", " over time "),
    ("it", r"\bqual\s+e\s+la\s+definizione\s+d(?:i|el|ella|ello|ei|egli|elle|ell')", " what is "),
    ("it", r"\b(?:che\s+)?cos(?:'\s*|a\s+)e\b|\bcosa\s+(?:significa|vuol\s+dire)\b|\bche\s+significa\b", " what is "),
    ("it", r"\b(?:che\s+)?cosa\s+sono\b", " what are "),
    ("it", r"\bquale?\s+(?:e|funziona)\s+(?:il\s+|la\s+)?migliore?\b", " which is better "),
    ("it", r"\b(?:fai|fammi|dammi)\s+un\s+riassunto\s+(?:di|del|della|dei|degli|delle|su)\b", " summarize "),
    ("it", r"\b(?:riassumi|riassumere|riassunto|sintetizza)\b", " summarize "),
    ("it", r"\bconfronta(?:re)?\b(.*?)\bcon\b", r" compare \1 and "),
    ("it", r"\bconfronta(?:re)?\b", " compare "),
    ("it", r"\bqual\s+e\s+(?:il|la|l')\s*([^\W\d_]+)\s+d(?:i|el|ella|ello)\b", r" what is the \1 of "),
    ("it", r"\bquali\s+sono\b", " what are "),
    ("it", r"\bqual\s+e\b", " what is "),
    (
        "it",
        r"\bcom(?:e\s+|'\s*)e\s+(?:cambiato|evoluto)\s+l'\s*interesse\s+(?:per|in|verso|nel|nella|nei|negli)\b",
        " how did interest in change ",
    ),
    ("it", r"\bcom(?:e\s+|'\s*)e\s+(?:cambiato|evoluto)\b", " how did interest in change "),
    ("it", r"\bquanti\s+(?:articoli|lavori|studi|paper)\b", " how many papers "),
    ("it", r"\bquant[ie]\b", " how many "),
    ("it", r"\b(?:usano|utilizzano|impiegano|applicano|si\s+basano\s+su)\b", " use "),
    ("it", r"\b(?:contiene|contengono|include|includono)\b", " contain "),
    ("it", r"\b(?:raggiunge|raggiungono|ottiene|ottengono)\b", " achieve "),
    ("it", r"\b(?:supporta|supportano)\b", " support "),
    ("it", r"\bpropongono\b", " propose "),
    ("it", r"\b(?:studiano|trattano\s+di|trattano|affrontano|indagano)\b", " study "),
    ("it", r"\bmigliorano\b", " improve "),
    ("it", r"(?<![\w'-])e(?![\w'-])", " and "),
    ("it", r"(?<![\w'-])(?:o|oppure)(?![\w'-])", " or "),
    # Chinese (no word boundaries)
    # "有没有关于X的论文", "有关于X的论文吗", "X的论文有哪些", "给我看看关于X的论文": the list asked in other words
    ("zh", r"有没有(?:关于)?(.+?)的(?:论文|文章|工作|研究)", r" which papers study \1 "),
    ("zh", r"^\s*有(?:关于)?(.+?)的(?:论文|文章|工作|研究)吗", r" which papers study \1 "),
    ("zh", r"(.+?)的(?:论文|文章|工作|研究)(?:都)?有哪些", r" which papers study \1 "),
    (
        "zh",
        r"(?:给我看看|给我看|请列出|展示)(?:一些|几篇)?(?:关于)?(.+?)的(?:论文|文章|工作|研究)",
        r" show me papers on \1 ",
    ),
    # 最近 (lately), 最新 (newest), 近期 (recent) ask for the topic's latest papers
    ("zh", r"(?:最近|最新|近期)(?:的)?", " latest "),
    # "那代码生成呢？", "语音识别呢？": a short follow-up naming only a topic asks what the last one asked of it
    (
        "zh",
        r"^\s*(?:那么?\s*)?(?:关于\s*)?((?:(?!哪|什么|谁|多少|如何|怎么|吗|是)[^?？])+?)\s*(?:呢|怎么样)\s*[?？]?\s*$",
        r" and for \1 ?",
    ),
    ("zh", r"每(?:个)?月", " per month "),
    ("zh", r"(?:有)?多少篇(?:关于)?(.+?)的(?:论文|文章|工作|研究)", r" how many papers on \1 "),
    ("zh", r"(?:有)?多少篇", " how many papers "),
    ("zh", r"(?:有什么|有哪些)?(?:新进展|最新进展|新东西)", " what is new "),
    ("zh", r"有哪些(?:关于)?(.+?)的(?:论文|文章|工作|研究)", r" which papers study \1 "),
    ("zh", r"(?:列出|列举)(?:关于)?(.+?)的(?:论文|文章|工作)", r" which papers study \1 "),
    ("zh", r"哪些(?:论文|文章|工作|研究)", " which papers "),
    ("zh", r"(?:论文|文章)?(.+?)的作者是谁", r" who are the authors of \1 "),
    ("zh", r"(?:论文|文章)?(.+?)的作者(?:都)?(?:有哪些|有谁|是哪些人)", r" who are the authors of \1 "),
    ("zh", r"谁是(.+?)的作者", r" who are the authors of \1 "),
    ("zh", r"谁写了", " who wrote "),
    ("zh", r"(.+?)是谁写的", r" who wrote \1 "),
    ("zh", r"(.+?)(?:指的是什么|是什么意思|的含义是什么|的定义是什么)", r" what is \1 "),
    # "使用 RLVR 训练…": a verb right after the used term says what it is used for ("to train …")
    ("zh", r"(?<=[A-Za-z0-9)])\s*(?:来|以|用于)?\s*训练", " to train "),
    ("zh", r"^\s*什么是", " what is "),
    ("zh", r"(.+?)是什么(?:意思)?", r" what is \1 "),
    ("zh", r"(?:总结|概述|综述)(.*?)关于(.+?)的(?:论文|文章|工作|研究)", r" summarize the papers on \2 \1 "),
    ("zh", r"(?:总结|概述|综述)", " summarize "),
    ("zh", r"比较(.+?)[和与跟](.+?)(?:的论文)?$", r" compare \1 and \2 "),
    ("zh", r"^(.+?)[和与跟](.+?)(?:之间)?(?:有(?:什么|哪些|何)|的)(?:区别|差异|不同)", r" compare \1 and \2 "),
    ("zh", r"对(.+?)的(?:兴趣|关注)(?:是)?如何(?:变化|演变)", r" how did interest in \1 change "),
    ("zh", r"(.+?)的(?:研究)?(?:趋势|热度)(?:是)?(?:如何)?(?:变化|演变)?", r" how did interest in \1 change "),
    ("zh", r"随(?:着)?时间(?:的推移)?", " over time "),
    ("zh", r"谁获得了", " who won "),
    ("zh", r"多少(?:种|个|篇|项)", " how many "),
    ("zh", r"(?:需要)?多少", " how much "),
    ("zh", r"达到了?|取得了?", " achieve "),
    ("zh", r"包含了?", " contain "),
    ("zh", r"使用了?|采用了?|用了|利用", " use "),
    ("zh", r"支持", " support "),
    ("zh", r"研究|探讨|涉及", " study "),
    ("zh", r"提出了?", " propose "),
    ("zh", r"改进了?", " improve "),
    # A bit width after its noun ("quantification en 4 bits", "cuantización de 4 bits") goes before it, as English
    # writes it ("4-bit quantization")
    *[
        (lang, r"(?<![\w-])([^\W\d_][\w-]*)\s+(?:en|sur|de|a)\s+(\d{1,2})[\s-]*bits?\b", r"\2-bit \1")
        for lang in ("fr", "es")
    ],
    # What the frames above leave: the paper noun (with its recency word) before "about" asks for papers on
    # the topic ("des articles sur", "artículos sobre", "Arbeiten über"), and a bare "about" after the request is "on"
    # (what a comparison compares is the papers' topics: "compare les articles sur DPO et PPO" compares DPO and PPO)
    *[
        (lang, rf"\bcompare\s+(?:(?:les|los|las|die)\s+)?{PAPERS[lang]}\s+{ABOUT[lang]}\b", " compare ")
        for lang in LATIN_LANGS
    ],
    *[
        (
            lang,
            rf"(?<![\w-])(?:(?:des|les|quelques|los|las|unos|algunos|die|einige)\s+)?{PAPERS[lang]}\s+{ABOUT[lang]}\b",
            " papers on ",
        )
        for lang in LATIN_LANGS
    ],
    *[(lang, rf"\b(papers|{NEWEST})\s+{ABOUT[lang]}\b", r"\1 on ") for lang in LATIN_LANGS],
]
# Each language's words for a period counted back from the newest day (general language knowledge): "le mois
# dernier", "el mes pasado", "letzten Monat", 上个月 → "last month"; "les trois derniers mois", "los últimos 3
# meses", "in den letzten drei Monaten", 最近三个月 → "the last 3 months". Written over accent-folded text; the
# English the question reader dates these by (rag.question.RELATIVE_RE).
NUMBERS = {
    "fr": {"deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "quelques": "few"},
    "es": {"dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "unos": "few", "algunos": "few"},
    "de": {"zwei": 2, "drei": 3, "vier": 4, "funf": 5, "sechs": 6, "paar": "few", "einigen": "few"},
    "pt": {"dois": 2, "duas": 2, "tres": 3, "quatro": 4, "cinco": 5, "seis": 6, "alguns": "few", "algumas": "few"},
    "it": {"due": 2, "tre": 3, "quattro": 4, "cinque": 5, "sei": 6, "alcuni": "few", "alcune": "few"},
    "zh": {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "几": "few"},
}
UNITS = {
    "fr": {"mois": "months", "semaines": "weeks", "jours": "days"},
    "es": {"meses": "months", "semanas": "weeks", "dias": "days"},
    "de": {"monaten": "months", "monate": "months", "wochen": "weeks", "tagen": "days", "tage": "days"},
    "pt": {"meses": "months", "semanas": "weeks", "dias": "days"},
    "it": {"mesi": "months", "settimane": "weeks", "giorni": "days"},
    "zh": {"个月": "months", "月": "months", "周": "weeks", "个星期": "weeks", "星期": "weeks", "天": "days"},
}
# One unit named in the singular ("la última semana", "le dernier mois"): "{unit1}" in the English.
SINGLE_UNITS = {"semana": "week", "mes": "month", "ano": "year", "semaine": "week", "mois": "month", "annee": "year"}
# (language, pattern, English): "{n}" and "{unit}" stand for the language's count and unit words
PERIODS: list[tuple[str, str, str]] = [
    # "la première semaine d'août", "la última semana de marzo": one week of a named month ("{ord}": the ordinal)
    ("fr", r"\b(?:(?:de|pendant|durant|dans)\s+)?la\s+{ord}\s+semaine\s+(?:de\s+|d'|du\s+)", " the {ord} week of "),
    ("es", r"\b(?:(?:en|durante|de)\s+)?la\s+{ord}\s+semana\s+(?:del?\s+)", " the {ord} week of "),
    ("de", r"\b(?:(?:in|aus|wahrend)\s+)?der\s+{ord}\s+woche\s+(?:des\s+|von\s+|vom\s+|im\s+)", " the {ord} week of "),
    (
        "fr",
        r"\b(?:(?:au\s+cours\s+|lors\s+|pendant\s+|sur\s+|dans\s+)?(?:des|les|ces)\s+)?{n}\s+"
        r"(?:derni(?:er|ere)s|passe(?:e)?s)\s+{unit}",
        " in the last {n} {unit} ",
    ),
    ("fr", r"\b(?:(?:au\s+cours\s+|pendant\s+)?(?:du|le)\s+)?mois\s+(?:dernier|passe|precedent)\b", " last month "),
    ("fr", r"\b(?:(?:de|pendant)\s+)?la\s+semaine\s+(?:derniere|passee|precedente)\b", " last week "),
    (
        "fr",
        r"\b(?:(?:de|pendant|durant|sur|dans)\s+)?(?:la|le|l')\s*derni(?:ere|er)\s+(semaine|mois|annee)\b",
        " the last {unit1} ",
    ),
    (
        "fr",
        r"\b(?:(?:de|pendant|durant|dans)\s+)?la\s+premiere\s+moitie\s+(?:du\s+mois\s+)?(?:de\s+|d'|du\s+)?",
        " the first half of ",
    ),
    (
        "fr",
        r"\b(?:(?:de|pendant|durant|dans)\s+)?la\s+(?:deuxieme|seconde)\s+moitie\s+(?:du\s+mois\s+)?(?:de\s+|d'|du\s+)?",
        " the second half of ",
    ),
    ("fr", r"\b(?:(?:de|pendant)\s+)?l'(?:annee|an)\s+(?:derniere|dernier|passee|passe)\b", " last year "),
    ("fr", r"\b(?:(?:de|pendant)\s+)?cette\s+annee\b", " this year "),
    ("fr", r"\b(?:(?:de|pendant)\s+)?cette\s+semaine\b", " this week "),
    ("fr", r"\b(?:(?:du|pendant)\s+)?ce\s+mois(?:-ci)?\b", " this month "),
    (
        "es",
        r"\b(?:(?:en|durante|de)\s+)?(?:los|las)\s+(?:(?:ultim[oa]s|pasad[oa]s)\s+{n}|{n}\s+(?:ultim[oa]s|pasad[oa]s))"
        r"\s+{unit}",
        " in the last {n} {unit} ",
    ),
    ("es", r"\b(?:(?:en|durante)\s+)?(?:el|del)\s+(?:mes\s+pasado|mes\s+anterior)\b", " last month "),
    ("es", r"\b(?:(?:en|durante|de)\s+)?la\s+(?:semana\s+pasada|semana\s+anterior)\b", " last week "),
    # "la última semana", "el último mes": the last seven days or month up to now, as "the last week" reads
    ("es", r"\b(?:(?:en|durante|de)\s+)?(?:la|el|del)\s+ultim[oa]\s+(semana|mes|ano)\b", " the last {unit1} "),
    ("es", r"\b(?:(?:en|durante|de)\s+)?la\s+primera\s+mitad\s+(?:del\s+mes\s+)?(?:de\s+)?", " the first half of "),
    ("es", r"\b(?:(?:en|durante|de)\s+)?la\s+segunda\s+mitad\s+(?:del\s+mes\s+)?(?:de\s+)?", " the second half of "),
    ("es", r"\b(?:(?:en|durante)\s+)?(?:el|del)\s+ano\s+(?:pasado|anterior)\b", " last year "),
    ("es", r"\b(?:(?:en|durante|de)\s+)?este\s+ano\b", " this year "),
    ("es", r"\b(?:(?:en|durante|de)\s+)?este\s+mes\b", " this month "),
    ("es", r"\b(?:(?:en|durante|de)\s+)?esta\s+semana\b", " this week "),
    (
        "de",
        r"\b(?:(?:in|wahrend|aus)\s+)?(?:den\s+)?(?:letzten|vergangenen)\s+{n}\s+{unit}",
        " in the last {n} {unit} ",
    ),
    (
        "de",
        r"\b(?:(?:im|vom|aus\s+dem)\s+)?(?:letzten|vergangenen|vorigen)\s+monats?\b|\bim\s+vormonat\b",
        " last month ",
    ),
    ("de", r"\b(?:(?:in|aus)\s+der\s+)?(?:letzten|vergangenen|vorigen)\s+woche\b|\bletzte\s+woche\b", " last week "),
    (
        "de",
        r"\b(?:(?:im|aus\s+dem)\s+)?(?:letzten|vergangenen|vorigen)\s+jahr(?:es)?\b|\bletztes\s+jahr\b",
        " last year ",
    ),
    ("de", r"\b(?:(?:in|aus)\s+)?diese[ms]\s+jahr(?:es)?\b|\bdieses\s+jahr\b", " this year "),
    (
        "de",
        r"\b(?:(?:aus|in|wahrend)\s+)?der\s+ersten\s+halfte\s+(?:des\s+|von\s+|vom\s+|im\s+)?(?:monats?\s+)?",
        " the first half of ",
    ),
    (
        "de",
        r"\b(?:(?:aus|in|wahrend)\s+)?der\s+zweiten\s+halfte\s+(?:des\s+|von\s+|vom\s+|im\s+)?(?:monats?\s+)?",
        " the second half of ",
    ),
    ("de", r"\b(?:(?:in|aus)\s+)?diese[mn]\s+monat\b", " this month "),
    ("de", r"\b(?:(?:in|aus)\s+)?diese[r]?\s+woche\b", " this week "),
    (
        "pt",
        r"\b(?:(?:em|durante|de|nos|nas|dos|das)\s+)?(?:(?:os|as)\s+)?(?:ultim[oa]s|passad[oa]s)\s+{n}\s+{unit}",
        " in the last {n} {unit} ",
    ),
    ("pt", r"\b(?:(?:em|durante|d[oe]|no)\s+)?(?:o\s+)?mes\s+(?:passado|anterior)\b", " last month "),
    ("pt", r"\b(?:(?:em|durante|d[ae]|na)\s+)?(?:a\s+)?semana\s+(?:passada|anterior)\b", " last week "),
    ("pt", r"\b(?:(?:em|durante|d[oe]|no)\s+)?(?:o\s+)?ano\s+(?:passado|anterior)\b", " last year "),
    ("pt", r"\b(?:(?:em|durante|de|neste|deste)\s+)?este\s+ano\b|\b(?:neste|deste)\s+ano\b", " this year "),
    ("pt", r"\b(?:(?:em|durante|de)\s+)?este\s+mes\b|\b(?:neste|deste)\s+mes\b", " this month "),
    ("pt", r"\b(?:(?:em|durante|de)\s+)?esta\s+semana\b|\b(?:nesta|desta)\s+semana\b", " this week "),
    (
        "it",
        r"\b(?:(?:negli|nelle|degli|delle|durante\s+(?:gli|le))\s+)?(?:ultim[ie]|scors[ie])\s+{n}\s+{unit}",
        " in the last {n} {unit} ",
    ),
    ("it", r"\b(?:(?:nel|del|durante\s+il)\s+)?mese\s+(?:scorso|passato|precedente)\b", " last month "),
    ("it", r"\b(?:(?:nella|della|durante\s+la)\s+)?settimana\s+(?:scorsa|passata|precedente)\b", " last week "),
    ("it", r"\b(?:(?:nell'|dell'|l')\s*)?anno\s+(?:scorso|passato|precedente)\b", " last year "),
    ("it", r"\b(?:(?:di|in)\s+)?quest'\s*anno\b", " this year "),
    ("it", r"\b(?:(?:di|in)\s+)?questo\s+mese\b", " this month "),
    ("it", r"\b(?:(?:di|in)\s+)?questa\s+settimana\b", " this week "),
    ("zh", r"(?:最近|过去|近)的?{n}{unit}(?:内|里|中|来)?", " in the last {n} {unit} "),
    ("zh", r"上个?月", " last month "),
    ("zh", r"上(?:一|个)?(?:周|星期)", " last week "),
    ("zh", r"去年", " last year "),
    ("zh", r"今年|本年", " this year "),
    ("zh", r"本月|这个月", " this month "),
    ("zh", r"本周|这周|这个星期", " this week "),
]


def periods_in_english(text: str, lang: str) -> str:
    """A relative period said in French, Spanish, German or Chinese ("le mois dernier", "los últimos tres
    meses", 上个月) → the English words the dates are read from ("last month", "in the last 3 months"). The rest
    of the question stays as written (accents too: months and names are read from it after this)."""
    if lang not in NUMBERS:
        return text
    numbers, units = NUMBERS[lang], UNITS[lang]
    n = "(" + "|".join([r"\d{1,3}", *sorted(numbers, key=len, reverse=True)]) + ")"
    unit = "(" + "|".join(sorted(units, key=len, reverse=True)) + ")" + ("" if lang == "zh" else r"\b")
    folded = text if lang == "zh" else fold(text)
    if len(folded) != len(text):  # a letter that folds to two ("ß"): read the folded text
        text = folded
    for code, pattern, english in PERIODS:
        if code != lang:
            continue
        counted = "{n}" in pattern
        ordinal = "(" + "|".join(sorted(ORDINAL_WORDS.get(lang, {}), key=len, reverse=True)) + ")"
        regex = re.compile(pattern.replace("{n}", n).replace("{unit}", unit).replace("{ord}", ordinal), re.I)

        def said(m: re.Match[str], english: str = english, counted: bool = counted) -> str:
            if "{ord}" in english:
                return english.format(ord=ORDINAL_WORDS[lang][m.group(1).lower()])
            if "{unit1}" in english:
                return english.format(unit1=SINGLE_UNITS[m.group(1).lower()])
            if not counted:
                return english
            count, word = next(g for g in m.groups() if g), [g for g in m.groups() if g][-1]
            return english.format(n=numbers.get(count.lower(), count), unit=units[word.lower()])

        spans = [(m.start(), m.end(), said(m)) for m in regex.finditer(folded)]
        for start, end, words in reversed(spans):
            text, folded = text[:start] + words + text[end:], folded[:start] + words + folded[end:]
    return text


# One paper of the chat's last list by its place ("qui a écrit le deuxième ?", "第二篇是谁写的？"): the
# ordinal, its article and a noun for paper become "the second one". In French, Spanish and German only
# where it ends the question or a paper noun follows, so "le premier modèle de …" stays a description.
ORDINAL_WORDS = {
    "fr": {
        "premier": "first",
        "premiere": "first",
        "1er": "first",
        "deuxieme": "second",
        "second": "second",
        "seconde": "second",
        "troisieme": "third",
        "quatrieme": "fourth",
        "cinquieme": "fifth",
        "dernier": "last",
        "derniere": "last",
    },
    "es": {
        "primero": "first",
        "primera": "first",
        "primer": "first",
        "segundo": "second",
        "segunda": "second",
        "tercero": "third",
        "tercera": "third",
        "tercer": "third",
        "cuarto": "fourth",
        "cuarta": "fourth",
        "quinto": "fifth",
        "quinta": "fifth",
        "ultimo": "last",
        "ultima": "last",
    },
    "de": {
        "erste": "first",
        "ersten": "first",
        "erster": "first",
        "erstes": "first",
        "zweite": "second",
        "zweiten": "second",
        "dritte": "third",
        "dritten": "third",
        "vierte": "fourth",
        "funfte": "fifth",
        "letzte": "last",
        "letzten": "last",
    },
}
ORDINAL_ARTICLES = {
    "fr": r"(?:le|la|l'|du|au|de\s+la|a\s+la)",
    "es": r"(?:el|la|del|al|de\s+la)",
    "de": r"(?:die|der|das|den|dem|des)",
}
ORDINAL_NOUNS = r"(?:article|papier|travail|etude|articulo|trabajo|estudio|arbeit|artikel|studie|paper)"
ZH_ORDINALS = {"一": "first", "二": "second", "三": "third", "四": "fourth", "五": "fifth"}


def ordinals_in_english(text: str, lang: str) -> str:
    """The place of a paper in the last list, said in English so the chat finds that paper."""
    if lang == "zh":
        text = re.sub(r"最后一篇(?:论文|文章)?", " the last paper ", text)
        return re.sub(r"第([一二三四五])篇(?:论文|文章)?", lambda m: f" the {ZH_ORDINALS[m.group(1)]} paper ", text)
    words = ORDINAL_WORDS.get(lang)
    if not words:
        return text
    pattern = (
        rf"(?<![\w-])(?:{ORDINAL_ARTICLES[lang]}\s*)?({'|'.join(sorted(words, key=len, reverse=True))})"
        rf"(?:(?:\s+{ORDINAL_NOUNS}s?\b)|(?=\s*(?:[?!.,]|$)))"
    )
    return re.sub(pattern, lambda m: f" the {words[m.group(1).lower()]} one ", text, flags=re.I)


# Words that only frame or join in each language; dropped once the frame is English.
FUNCTION_WORDS = {
    "fr": "le la les l' un une des de du d' au aux sur et ou en dans pour par avec qui que ce cette ces est sont "
    "a ont articles article travaux papiers recherches parus parues publies publiees sortis sorties "
    "se leur leurs ses tout toute tous toutes quand lorsque dont ils elles nous vous cela ceci comme aussi mais tres",
    "de": "der die das den dem des ein eine einen einem zu zur zum im in an am auf uber und oder von vom mit fur "
    "ist sind hat haben wird wurde wurden mir arbeiten artikel laufe jahres zeit es gibt gab gegeben bei beim "
    "erschienen erschienenen veroffentlicht veroffentlichten hinweg",
    "es": "el la los las un una unos unas de del al sobre en y o para por con que es son hay habia hubo existen "
    "articulos trabajos investigaciones publicados publicadas aparecidos aparecidas publicaron aparecieron "
    "articulo trabajo se sus cuando donde mientras nos cual cuales cualquier cualquiera estos estas esos esas tambien "
    "pero muy",
    "pt": "o a os as um uma uns umas de do da dos das no na nos nas em ao aos sobre para por pelo pela pelos pelas "
    "com que e ou sao foi foram se seu sua seus suas este esta estes estas esse essa esses essas isso artigos artigo "
    "trabalhos estudos publicados publicadas existem ha qual quais quem voce tambem mas muito quando onde me",
    "it": "il lo la i gli le l un uno una di del dello della dei degli delle dell da dal dallo dalla dai dagli dalle "
    "dall in nel nello nella nei negli nelle nell su sul sullo sulla sui sugli sulle sull per con tra fra al allo alla "
    "ai agli alle all che e o sono sia ci si suo sua suoi sue questo questa questi queste articoli articolo lavori "
    "studi pubblicati pubblicate anche ma molto quando dove quale quali chi cosa mi",
    "zh": "的 关于 论文 文章 了 在 和 与 吗 呢 年 月 一下 上 只 中 请 领域",
}
# Words that join the words of a technique's name ("apprentissage PAR renforcement"): any of them may
# stand between two words of a glossary term, whichever the glossary wrote.
JOINERS = r"(?:de|des|du|d|la|le|les|l|del|los|las|el|por|par|pour|en|a|al|von|vom|der|den|dem|zur|zum|fur|sobre|para)"
# Plural and case endings a word of a glossary term may carry (modele/modeles, Netz/Netzen, red/redes, reseau/reseaux).
ENDINGS = r"(?:e|s|x|n|en|es|er|em|ern|nen|enes|ces)?"
LANGS = ("fr", "es", "de", "zh")
# English names whose last word is a countable noun: these take the plural the question used.
COUNTABLE = {
    "model",
    "network",
    "agent",
    "system",
    "attack",
    "graph",
    "transformer",
    "embedding",
    "benchmark",
    "dataset",
}


def _stem(word: str) -> str:
    for end in ("es", "en", "er", "em", "e", "s"):
        if word.endswith(end) and len(word) - len(end) >= 4:
            return word[: -len(end)]
    return word


# "and" in each language: the frames have written it in English ("preguntas y respuestas" → "preguntas and
# respuestas") before the glossary is read, so a term's "y" / "et" / "und" matches either.
AND = r"(?:and|et|y|und)"


def _term_pattern(form: str, glue: bool = False) -> str:
    """A glossary form as a pattern: each word may carry an ending; spaces, hyphens and joining words between
    the words are interchangeable ("monte-carlo" matches "Monte Carlo", and "Monte-Carlo" a form's "monte carlo")."""
    words = [w for w in re.split(r"[\s'-]+", form) if w and not re.fullmatch(JOINERS, w)]
    joint = rf"(?:[\s'-]+(?:{JOINERS}[\s']+)*|-)"
    # a name already put in English and glued (UNIT) is not read again by a shorter form ("diffusion models"
    # by "modèle")
    return _glued_start(glue) + joint.join(_term_word(w) for w in words) + r"(?![\w\u2063-])" + TERM_ACRONYM


def _term_word(word: str) -> str:
    return AND if re.fullmatch(AND, word) else re.escape(_stem(word)) + ENDINGS


# An acronym in brackets after the name ("neuronale Netze (GNNs)") is the same term: the English name replaces both.
TERM_ACRONYM = r"(?:\s*\(\s*[A-Za-z][A-Za-z0-9-]{1,10}\s*\))?"


def _glued_start(glue: bool) -> str:
    """German glues a term to an acronym or English word with a hyphen ("FID-Wert"): the hyphen goes with it."""
    return r"(?:(?<=[A-Za-z0-9])-|(?<![\w\u2063-]))" if glue else r"(?<![\w\u2063-])"


@cache
def _glossary() -> dict[str, list[tuple[str, str, re.Pattern[str] | None]]]:
    """Per language, (form, English, pattern; None for Chinese, matched as written), the longest forms first.

    Built on the first question not in English, so that English questions never pay for compiling it."""
    table: dict[str, list[tuple[str, str]]] = {lang: [] for lang in LANGS}
    for english, *forms in TERMS:
        for lang, alternatives in zip(LANGS, forms, strict=True):
            table[lang] += [(f, english) for f in alternatives.split("|")]
    out: dict[str, list[tuple[str, str, re.Pattern[str] | None]]] = {}
    for lang, pairs in table.items():
        pairs.sort(key=lambda p: (len(p[0].split()), len(p[0])), reverse=True)
        out[lang] = [
            (f, e, None if lang == "zh" else re.compile(_term_pattern(f, glue=lang == "de" and " " not in f), re.I))
            for f, e in pairs
        ]
    return out


def translate_terms(text: str, lang: str, joined: bool = False) -> str:
    """Every glossary term of `lang` in `text` (accent-folded unless Chinese) → its English name; `joined`
    glues a name's words with UNIT so that `head_last` moves the name whole ("modelos de mezcla de expertos"
    → "mixture of experts models")."""
    for form, english, pattern in _glossary().get(lang, []):
        if pattern is None:
            text = text.replace(form, f" {english} ")
        else:
            text = pattern.sub(partial(_numbered, form=form, english=english, joined=joined), text)
    return text


# A purpose clause: the preposition and an infinitive (general grammar: French -er/-ir/-re, Spanish -ar/-er/-ir).
# "para generar video" is "to generate video", a verb and its object, not a noun phrase to turn around.
PURPOSE = {
    "fr": (r"(?:pour|afin\s+(?:de\s+|d'))", r"[a-z]{2,}(?:er|ir|re)"),
    "es": (r"(?:para|a\s+fin\s+de)", r"[a-z]{2,}(?:ar|er|ir)"),
}
# German ends the clause with its verb: "um Theoreme zu beweisen", "um Bilder vorherzusagen" (a separable prefix
# takes "zu" inside: vorher-zu-sagen); general grammar.
GERMAN_PURPOSE = re.compile(
    r"(?<![\w-])um\s+([^,.;:?!]+?)\s+(?:zu\s+([a-z]{3,}(?:en|ern|eln))|((?:vorher|heraus|herzu|her|an|auf|aus|ein|fest"
    r"|dar|zusammen|durch|ab|bei|mit|nach|vor|weg|zuruck)zu[a-z]{2,}(?:en|ern|eln)))(?![\w-])",
    re.I,
)


def _german_purpose(m: re.Match[str]) -> str:
    verb = m.group(2) or re.sub(r"^(\w+?)zu", r"\1", m.group(3), count=1)
    return f" to {verb} {m.group(1)} "


def purpose_in_english(text: str, lang: str) -> str:
    """ "pour améliorer …", "para entrenar …", "um … zu beweisen" → "to améliorer …", "to entrenar …", "to beweisen
    …": the verb is then read as a
    verb (`head_last` leaves a word after "to" in place) and put in English with the everyday words."""
    if lang == "de":
        return GERMAN_PURPOSE.sub(_german_purpose, text)
    if lang not in PURPOSE:
        return text
    before, verb = PURPOSE[lang]
    return re.sub(rf"(?<![\w-]){before}\s*({verb})(?![\w-])", r" to \1 ", text)


# Glues the words of a translated glossary name while a noun phrase is turned around (`head_last`).
UNIT = "\u2063"  # invisible separator: no whitespace, so a split keeps the name whole
PLURAL = (
    "\u2062"  # marks the plural "s" a glued name took: an English noun modifier drops it ("language model compression")
)
GLUED = "\u2064"
# The words `ordinals_in_english` writes ("the second one"): a place in a list, no topic.
ORDINAL_OUT = {"first", "second", "third", "fourth", "fifth", "last", "one", "paper"}
# A verb in the third person plural, as "which papers" takes it ("predicen", "proposent"): general grammar.
PLURAL_VERB = {
    "fr": r"[a-z]{3,}ent",
    "es": r"[a-z]{3,}(?:an|en)",
    "de": r"[a-z]{3,}(?:en|ern|eln)",
    "pt": r"[a-z]{3,}(?:am|em)",
    "it": r"[a-z]{3,}(?:ano|ono)",
}
# What joins a noun to the noun that qualifies it ("compression DE modèles DE langage", "Erkennung VON …").
OF = {
    "fr": {"de", "d'", "du", "des"},
    "es": {"de", "del"},
    "de": {"von", "vom"},
    "pt": {"de", "do", "da", "dos", "das"},
    "it": {"di", "del", "dello", "della", "dei", "degli", "delle", "dell"},
}
ARTICLES = {
    "fr": {"la", "le", "les", "l'"},
    "es": {"la", "el", "los", "las"},
    "de": {"der", "die", "das", "den", "dem", "des"},
    "pt": {"o", "a", "os", "as"},
    "it": {"il", "lo", "la", "i", "gli", "le", "l"},
}
# Adjectives French and Spanish put before the noun, as English does: they stay first.
BEFORE_NOUN = set(
    "grand grande grands grandes petit petite petits petites nouveau nouvel nouvelle nouveaux nouvelles "
    "gran pequeno pequena pequenos pequenas nuevo nueva nuevos nuevas mejor mejores meilleur meilleurs "
    "novo novos novas melhores grandi nuovo nuovi nuove migliore migliori".split()
)


@cache
def _frame_words() -> frozenset[str]:
    """The English words the frames write, and the question words English keeps: none of them is in a topic."""
    # "code" is written by a follow-up's frame ("have code") and is a topic word too ("génération de code")
    written = {w for _, _, english in FRAMES for w in re.findall(r"[a-z]+", english)} - {"code"}
    return frozenset(written | {"the", "a", "an", "and", "or", "of", "for", "with", "from", "to", "in", "on"})


def head_last(text: str, lang: str, phrase_df: Callable[[str], int] | None = None) -> str:
    """French and Spanish name the head first and qualify it after ("agentes de investigación profunda",
    "compression de modèles de langage"), German too where "von" joins the qualifier ("Erkennung von
    Halluzinationen"); English puts the qualifiers first ("deep research agents", "language model
    compression", "hallucination detection"). Each run of topic words joined by "de"/"von" (or, in French
    and Spanish, standing side by side) is turned around; any other word (a preposition, a frame word, a
    number, an acronym or name in capitals) ends a run. With `phrase_df` (in how many papers a phrase is written),
    a French or Spanish run of words side by side that the papers write in its own order more often than turned
    around is an English term borrowed as written ("le test-time scaling") and is kept."""
    from rag.question import MONTH_ALIASES

    of, articles = OF[lang], ARTICLES[lang]
    stop = set(FUNCTION_WORDS[lang].split()) - of - articles | _frame_words() | set(MONTH_ALIASES) | ORDINAL_OUT
    # punctuation glued to a word is cut off to end the run, and glued back after (GLUED marks it)
    text = re.sub(r"(?<=\S)([?!.,;:])(?=\s|$)", rf" {GLUED}\1", text)
    tokens = re.sub(r"\b([dl]')(?=\w)", r"\1 ", text, flags=re.I).split()
    out: list[str] = []
    groups: list[list[str]] = []  # the run's words, a new group after each "de"
    joins: list[str] = []  # "de" and articles read since the run's last word

    def close() -> None:
        words = [w for g in groups for w in g]
        if lang == "de":  # a German group already puts its head last: only the groups turn around
            words = [w for g in groups[::-1] for w in g]
        elif len(words) > 1 and not (len(groups) == 1 and borrowed(words, phrase_df)):
            first = [words.pop(0)] if words[0].lower() in BEFORE_NOUN else []
            words = first + words[::-1]
        out.extend(_modifiers_singular(words, lang) + joins)
        groups.clear()
        joins.clear()

    def topic_word(token: str, low: str) -> bool:
        if not re.fullmatch(rf"[a-z][a-z{UNIT}{PLURAL}-]*", low) or low in stop:
            return False
        # German writes its nouns capitalised; elsewhere a capital is a name, but for the question's first word
        return token == low or (lang == "de" and token[1:] == low[1:]) or (not out and not groups)

    for token in tokens:
        low = token.lower()
        if groups and (low in of or (low in articles and joins)):
            joins.append(token)
        elif low in articles:
            close()
            out.append(token)
        elif out and out[-1].lower() == "to" and not groups and re.fullmatch(r"[a-z]+", token):
            out.append(token)  # the verb of a purpose clause ("to entrenar agentes"): its object runs after it
        elif out and out[-1].lower() == "papers" and not groups and re.fullmatch(PLURAL_VERB[lang], low):
            out.append(token)  # "qué artículos predicen X": the papers' verb, its object after it
        elif topic_word(token, low):
            if joins or not groups:
                groups.append([])
            elif lang == "de":  # side by side in German: a new run (only "von" joins)
                close()
                groups.append([])
            joins.clear()
            groups[-1].append(token)
        else:
            close()
            out.append(token)
    close()
    return " ".join(out).replace(f" {GLUED}", "")


def borrowed(words: list[str], phrase_df: Callable[[str], int] | None) -> bool:
    """Words side by side that the papers write in this order more often than turned around: English as written."""
    if phrase_df is None:
        return False
    said = " ".join(words).lower()
    return phrase_df(said) > phrase_df(" ".join(words[::-1]).lower())


def _modifiers_singular(words: list[str], lang: str) -> list[str]:
    """A name put before the run's head in English is its modifier, and English modifiers take no plural
    ("compression de modèles de langage" → "language model compression", not "language models compression")."""
    function = set(FUNCTION_WORDS[lang].split())
    heads = [i for i, w in enumerate(words) if w.lower() not in function]
    last = heads[-1] if heads else len(words) - 1
    return [w.replace(PLURAL + "s", "") if i < last else w for i, w in enumerate(words)]


def _numbered(match: re.Match[str], form: str, english: str, joined: bool = False) -> str:
    """The English name in the plural when it names a countable thing and the matched last word is longer
    than the glossary's singular by a plural ending (Netz → Netze, reseau → reseaux, agente → agentes)."""
    name = re.sub(r"\s*\(.*$", "", match.group(0))
    said, written = _content_words(name.lower()), _content_words(form)
    # French and Spanish put the head first ("modèles de diffusion"), German last: any word may carry the plural
    plural = english.split()[-1] in COUNTABLE and any(
        len(s) > len(w) and s[-1] in "sxne" and s.startswith(w[:3]) for s, w in zip(said, written, strict=False)
    )
    glued = " " if match.group(0).startswith("-") else ""
    if not joined:
        return glued + (english + "s" if plural else english)
    return glued + english.replace(" ", UNIT) + (PLURAL + "s" if plural else "")


def _content_words(name: str) -> list[str]:
    return [w for w in re.split(r"[\s'-]+", name) if w and not re.fullmatch(JOINERS, w)]


# Words an English question writes too ("as", "do", "no", "per"): no sign of the language that also has them.
ENGLISH_LOOKING = frozenset({"a", "i", "in", "an", "as", "do", "no", "me", "on", "so", "or", "per", "e", "o", "mi"})
# Letters and one-letter words that only one language here writes: Portuguese "ã", "õ" and "é" ("is") alone,
# Italian "è" ("is") alone and a grave accent on a, i, o or u ("novità", "perciò").
# A question opening with the article "O" before a name ("O Seed-Prover usa Lean?") is Portuguese too.
OWN_SIGNS = {
    "pt": re.compile(r"[ãõÃÕ]|(?<!\w)[éÉ](?!\w)|^\W*O\s+(?=[A-Z0-9])"),
    "it": re.compile(r"[àìòùÀÌÒÙ]|(?<!\w)[èÈ](?!\w)"),
}


@cache
def _own_words(lang: str) -> frozenset[str]:
    """The function words that mark `lang`: for French, German and Spanish those they have always counted; for
    Portuguese and Italian, which share many words with Spanish ("de", "para", "con", "una"), only those no other
    language here writes and no English word looks like."""
    words = set(FUNCTION_WORDS[lang].split())
    if lang in ("fr", "de", "es"):
        return frozenset(words - {"a", "in", "an", "de", "la", "en", "que", "o"})
    others = {w for code in LATIN_LANGS if code != lang for w in FUNCTION_WORDS[code].split()}
    return frozenset(words - others - ENGLISH_LOOKING)


def language(question: str) -> str:
    """The question's language among en, fr, de, es, pt, it, zh: the one whose frame words it uses ('en' if
    none). A tie goes to the language listed first, so a Spanish question that Portuguese frames also read stays
    Spanish."""
    if CJK_RE.search(question):
        return "zh"
    low = " " + fold(question.lower()) + " "
    low = re.sub(r"[¿¡?!.,;:\"“”«»()]", " ", low)
    scores = {}
    for lang in ("fr", "de", "es", "pt", "it"):
        found = [m.group(0).strip() for code, p, _ in FRAMES if code == lang and (m := re.search(p, low))]
        if lang in ("pt", "it"):  # "e" and "o" ("and", "or") are Spanish too, and "o" the Portuguese article
            found = [f for f in found if f not in ("e", "o")]
        frames = len(found)
        own = sum(f" {w} " in low for w in _own_words(lang))
        # one frame word alone is no language ("compare" and "resume" are English words too): a word
        # of its own, even one it shares with a neighbour ("la", "que"), must stand beside it
        shared = any(f" {w} " in low or f" {w}'" in low for w in ("de", "la", "en", "que", "qu", "l", "d"))
        phrase = any(" " in f for f in found)  # "was versteht man unter": no English phrase
        whole = low.strip() in found  # a turn that is one frame alone ("mehr", "résume-les")
        scores[lang] = 2 * frames + own if own or shared or phrase or whole or frames >= 2 else 0
    if "¿" in question or "¡" in question:
        scores["es"] += 3
    for lang, sign in OWN_SIGNS.items():
        if sign.search(question):
            scores[lang] += 3
    best = max(scores, key=lambda k: scores[k])
    # words no other language here writes: "compare" alone is French too ("how does X compare with Y?")
    english = len(re.findall(r"\b(?:the|which|what|who|papers?|of|is|are|how|and|on|with|does|do|did|between)\b", low))
    return best if scores[best] >= 2 and scores[best] > english else "en"


def to_english(
    question: str,
    lang: str,
    df: Callable[[str], int] | None = None,
    phrase_df: Callable[[str], int] | None = None,
) -> str:
    """The question with its frame rewritten in English, function words dropped, glossary terms translated.

    Quoted titles and words already in English pass through as written. With `df` (in how many papers
    the corpus uses a word), an everyday word or a cognate the corpus does not use as written is put in English;
    with `phrase_df`, an English term written inside a French or Spanish question keeps its order (`head_last`).
    """
    if lang == "en":
        return question
    text = re.sub(r"[“”«»《》「」『』]", '"', question)
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
    if lang == "zh":
        text = chinese_relations(text)
    for code, pattern, english in FRAMES:
        if code == lang:
            text = re.sub(pattern, english, text, flags=re.I)
    # a recency word said before the request ("最近有哪些…", "neueste …") goes after it, where English says it
    text = re.sub(rf"^\s*({NEWEST})\s+((?:which|show\s+me)\b.*?\bpapers(?:\s+(?:study|on))?)", r" \2 \1 ", text)
    text = ordinals_in_english(text, lang)
    text = purpose_in_english(text, lang)
    if lang == "it":  # an elided article or preposition is a word of its own ("dell'architettura")
        text = re.sub(r"(?<![\w'])(dell|dall|nell|sull|all|l|un)'\s*(?=\w)", r"\1 ", text, flags=re.I)
    if lang in LATIN_LANGS:
        text = head_last(translate_terms(text, lang, joined=True), lang, phrase_df)
        text = text.replace(UNIT, " ").replace(PLURAL, "")
    else:
        text = translate_terms(text, lang)
        for word, english in CHINESE_LEXICON.items():
            text = text.replace(word, f" {english} ")
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
            "or",
            "over",
            "time",
            "per",
        }
        # A preposition left between two terms once the glossary took its own still separates them.
        text = re.sub(r"\b(?:zur|zum|fur|pour|para)\b", " for ", text, flags=re.I)
        if lang == "it":
            text = re.sub(r"\bper\b(?!\s+month\b)", " for ", text, flags=re.I)
        text = re.sub(r"\b(?:von|vom)\b", " of ", text, flags=re.I)
        text = re.sub(r"\baus\b", " from ", text, flags=re.I)
        text = re.sub(r"\bmit\b", " with ", text, flags=re.I)  # "Robotermanipulation mit Sprachmodellen"
        text = in_between(text, lang)
        dropped = words - english_frame
        # a function word keeps the punctuation it carries ("… gibt es?")
        kept = [
            w[len(w.rstrip("?.!,;:")) :] if w.lower().rstrip("?.!,;:") in dropped else w
            for w in re.split(r"(\s+)", text)
        ]
        text = "".join(kept)
        if df is not None:
            text = _everyday_words(text, lang, df)
    for i, q in enumerate(quoted):
        text = text.replace(f"QUOTED{i}Q", q)
    return yes_no(re.sub(r"\s+", " ", text).strip(), question)


# The English verbs the frames write for what a paper does ("utilise / utiliza / verwendet / 使用" → "use").
DOES = r"(?:use|study|propose|improve|achieve|contain|support)"
# A name: a word with a capital or a digit ("ARWKV", "BitNet v2", "CAD-Recode", "Qwen3"), its version after it.
NAME = r"[^\s?]*[A-Z0-9][^\s?]*(?:\s+v?\d[\w.]*)?"
# Asked of a named system with a verb of the frames and no question word, a question is a yes/no one: Spanish
# asks "¿ARWKV utiliza X?" or "¿usa ARWKV X?", German "Verwendet ARWKV X?", Chinese "ARWKV 使用了 X 吗？".
# A question word the frames wrote ("Qwen3 support how many language ?" asks a figure, not yes or no).
ASKED_WORD_RE = re.compile(r"\b(?:how|what|which|who|whom|whose|when|where|why)\b")
YES_NO_RE = re.compile(
    rf"^(?:(?P<verb>{DOES})\s+(?P<name>{NAME})|(?P<name2>{NAME})\s+(?P<verb2>{DOES}))\s+(?P<rest>.*\?)$"
)


def yes_no(text: str, asked: str) -> str:
    """A translated question that asks whether a named system does something, as English asks it ("ARWKV use
    knowledge distillation?" → "does ARWKV use knowledge distillation?"): the English reader then answers yes or
    no from the paper, not with a list of the papers that name both. The name must open the question as asked, or
    follow its verb there: "¿artículos que usan MCTS en robótica?" reads the same once its paper noun is dropped,
    and asks for a list."""
    m = YES_NO_RE.match(text)
    if not m or ASKED_WORD_RE.search(text):
        return text
    name = m.group("name") or m.group("name2")
    opening = re.sub(r"^[\s¿¡]+", "", asked).split()[:2]
    if not any(word.startswith(name.split()[0]) for word in opening):
        return text
    return f"does {name} {m.group('verb') or m.group('verb2')} {m.group('rest')}"


# Chinese function words that state a relation between two noun phrases (general grammar): 将/把 X 用于 Y
# "use X for Y", 在 Y 中 "in Y" (put after the verb it qualifies, as English does), 用于 Y 的 X "X for Y".
CHINESE_RELATIONS = (
    (r"[将把](.+?)(?:应)?用(?:于|在)(.+?)(?=[？?。，,]|的(?:论文|文章|工作|研究)|$)", r"使用\1 for \2"),
    (r"在([^在中，,？?]+?)中(使用|采用|应用|利用)(.+?)(?=[？?。，,]|的(?:论文|文章|工作|研究)|$)", r"\2\3 in \1"),
    (r"在([^在中，,？?]+?)中", r" in \1 "),
    (r"用于([^的，,？?]+?)的([^的，,？?]+?)(?=的(?:论文|文章|工作|研究)|[？?。，,]|$)", r"\2 for \1"),
    (r"用于", " for "),
)
# Everyday Chinese words of AI questions no glossary technique holds.
CHINESE_WORDS = {"网页": " web "}
# Common research nouns and adjectives, read once the glossary has taken its terms (医学影像 is "medical imaging"
# whole; 医学 alone "medical"): general vocabulary.
CHINESE_LEXICON = {
    "过程": "process",
    "导航": "navigation",
    "医学": "medical",
    "医疗": "medical",
    "复杂": "complex",
    "视频": "video",
    "语言": "language",
    "数学": "math",
    "机器人": "robot",
}


def chinese_relations(text: str) -> str:
    """A Chinese question with its relation words written in English where English puts them
    ("关于用于代码生成的大语言模型的论文" → "关于大语言模型 for 代码生成的论文")."""
    for pattern, english in CHINESE_RELATIONS:
        text = re.sub(pattern, english, text)
    for word, english in CHINESE_WORDS.items():
        text = text.replace(word, english)
    return text


# "in" in each language (general grammar), with the articles it may carry: German "im" is "in dem".
IN_WORDS = {
    "fr": r"en|dans",
    "es": r"en",
    "de": r"in|im",
    "pt": r"em|no|na|nos|nas",
    "it": r"in|nel|nella|nei|negli|nelle",
}
IN_ARTICLES = r"(?:(?:le|la|les|l'|el|los|las|der|die|das|den|dem)\s+)?"


def in_between(text: str, lang: str) -> str:
    """ "X en/dans/in Y" between two noun phrases → "X in Y": the relation the English question states
    ("modelos de difusión en imágenes médicas" → "diffusion models in medical imaging"), not one phrase no
    paper writes. Only after a topic word (not a frame or function word, not a name: "NeuGrasp en LIBERO"
    names a benchmark) and before a word that is no number or month ("en 2025", "en mars") nor a French
    participle ("en utilisant": by using)."""
    from rag.question import MONTH_ALIASES

    if lang not in IN_WORDS:
        return text
    stop = set(FUNCTION_WORDS[lang].split()) | _frame_words() | set(MONTH_ALIASES)

    def swap(m: re.Match[str]) -> str:
        before, after = m.group(1), m.group(3)
        low = after.lower()
        following = [low, *m.string[m.end() :].lower().split()[:1]]  # `head_last` may have put it after its object
        if before.lower() in stop or low in stop or (lang == "fr" and any(w.endswith("ant") for w in following)):
            return m.group(0)
        # German writes its nouns capitalised; elsewhere a capital before "en" is a name ("NeuGrasp en LIBERO")
        if not (before.islower() or (lang == "de" and before[1:].islower())):
            return m.group(0)
        return f"{before}{m.group(2)} in {after}"

    # a "des" left after the head by `head_last` ("diffusion models des dans …") stands between them
    of = "|".join(sorted(OF.get(lang, set()), key=len, reverse=True))
    return re.sub(
        rf"(?<![\w'-])([^\W\d_][\w-]*)((?:\s+(?:{of}))*)\s+(?:{IN_WORDS[lang]})\s+{IN_ARTICLES}([^\W\d_][\w-]*)",
        swap,
        text,
        flags=re.I,
    )


def _everyday_words(text: str, lang: str, df: Callable[[str], int]) -> str:
    """Each word the corpus does not use → its English (rag.lexicon), where one is found.
    Lower-case words only (German nouns too): a name or an acronym is kept as written."""

    def swap(m: re.Match[str]) -> str:
        word = m.group(0)
        low = word.lower()
        if not (word.islower() or (lang == "de" and word[1:].islower())) or df(low) >= 3:
            return word
        return english_word(low, lang, df) or (lang == "de" and german_compound(low, df)) or word

    # hyphen compounds first: a compound adjective one word gives ("language-specific") keeps its hyphen
    text = _german_hyphen_compounds(text, df) if lang == "de" else _hyphen_compounds(text, lang, df)
    return re.sub(r"(?<![\w'-])[^\W\d_]{3,}(?![\w'-])", swap, text)


def _german_hyphen_compounds(text: str, df: Callable[[str], int]) -> str:
    """German joins a compound's parts with hyphens where one is foreign or long ("Frage-Antwort-Systeme",
    "Computer-Use-Agenten"): each part put in English, or kept when the corpus uses it, gives the English noun
    phrase; a compound with a part neither way knows is kept as written."""

    def swap(m: re.Match[str]) -> str:
        word = m.group(0)
        if df(word.lower()) >= 3:
            return word
        *modifiers, head = word.split("-")
        if head.lower() in GERMAN_PAPER_NOUNS:  # "Long-Context-Paper": papers on long-context
            joined = "-".join(modifiers)
            return f"{joined if df(joined.lower()) >= 3 else _german_parts(modifiers, df) or joined} papers"
        return _german_parts([*modifiers, head], df) or word

    return re.sub(r"(?<![\w'-])[^\W\d_]{2,}(?:-[^\W\d_]{2,})+(?![\w'-])", swap, text)


def _hyphen_compounds(text: str, lang: str, df: Callable[[str], int]) -> str:
    """French and Spanish join a compound's parts with hyphens in the order English does ("vision-langage-action",
    "visión-lenguaje-acción"): each part the corpus does not write is put in English, and the hyphens kept; a
    compound with a part neither way knows is kept as written."""

    def part(word: str) -> str:
        low = word.lower()
        return word if df(low) >= 3 or not word.islower() else english_word(low, lang, df)

    def swap(m: re.Match[str]) -> str:
        word = m.group(0)
        if df(word.lower()) >= 3:
            return word
        parts = [part(p) for p in word.split("-")]
        return "-".join(parts) if all(parts) else word

    return re.sub(r"(?<![\w'-])[^\W\d_]{2,}(?:-[^\W\d_]{2,})+(?![\w'-])", swap, text)


# German nouns for a paper that end a hyphen compound ("Long-Context-Paper", "RAG-Arbeiten"): general vocabulary.
GERMAN_PAPER_NOUNS = frozenset({"paper", "papers", "arbeit", "arbeiten", "artikel", "studie", "studien", "beitrage"})


def _german_parts(parts: list[str], df: Callable[[str], int]) -> str:
    """Each part of a hyphen compound in English: kept where the corpus writes it, else the lexicon's or a
    cognate's; the head may be a word the index keeps no count of ("RLVR-Methode" → "RLVR method"). '' where a
    part is unknown."""
    out = []
    for i, part in enumerate(parts):
        low = part.lower()
        english = low if df(low) >= 3 else english_word(low, "de", df) or german_compound(low, df)
        if not english and i == len(parts) - 1:
            english = lexicon_word(low, "de")
        if not english:
            return ""
        out.append(english)
    return " ".join(out)

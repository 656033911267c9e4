"""Everyday words of French, Spanish and German questions → English, and cognates the corpus knows.

The glossary (rag/glossary.py) holds the field's technique names; a question described in a
researcher's own words ("un chatbot pour aider à soigner les personnes atteintes d'une maladie
chronique") also uses everyday words. Two general means, both offline and pure:
- a compact lexicon of common words (people, health, tasks, media, quantities, verbs of doing), each
  row the English word and its French, Spanish and German forms (singular, accents off);
- cognate endings ("chronique" → "chronic", "visuales" → "visual", "Vektor" → "vector",
  "Optimierung" → "optimization"), kept only when the English form is a word the corpus uses.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

# English, French, Spanish, German ("|" between alternatives; verbs in the forms questions use)
WORDS: list[tuple[str, str, str, str]] = [
    ("people", "personne|gens", "persona|gente", "mensch|person|leute"),
    ("patient", "patient", "paciente", "patient"),
    ("doctor", "medecin|docteur", "medico|doctor", "arzt|arztin"),
    ("health", "sante", "salud", "gesundheit"),
    ("disease", "maladie", "enfermedad", "krankheit|erkrankung"),
    ("care", "soin", "cuidado|atencion", "pflege|versorgung"),
    ("treat", "soigner|traiter", "tratar|curar", "behandeln"),
    ("diabetes", "diabete|glycemie", "diabetes|glucemia", "diabetes|blutzucker"),
    ("blood", "sang", "sangre", "blut"),
    ("heart", "coeur", "corazon", "herz"),
    ("cancer", "cancer", "cancer", "krebs"),
    ("hospital", "hopital", "hospital", "krankenhaus|klinik"),
    ("brain", "cerveau", "cerebro", "gehirn|hirn"),
    ("child", "enfant", "nino", "kind"),
    ("student", "etudiant|eleve", "estudiante|alumno", "student|schuler"),
    ("teacher", "enseignant|professeur", "profesor|maestro", "lehrer"),
    ("school", "ecole", "escuela", "schule"),
    ("help", "aider|aide", "ayudar|ayuda", "helfen|hilfe"),
    ("task", "tache", "tarea", "aufgabe"),
    ("assistant", "assistant", "asistente", "assistent"),
    ("user", "utilisateur", "usuario", "nutzer|benutzer"),
    ("human", "humain", "humano", "mensch"),
    ("hand", "main", "mano", "hand"),
    ("body", "corps", "cuerpo", "korper"),
    ("face", "visage", "cara|rostro", "gesicht"),
    ("voice", "voix", "voz", "stimme"),
    ("speech", "parole", "habla", "sprechen"),
    ("sound", "sonore", "sonido", "klang"),
    ("music", "musique", "musica", "musik"),
    ("song", "chanson", "cancion", "lied"),
    ("photo", "photo", "foto", "foto"),
    ("drawing", "dessin", "dibujo", "zeichnung"),
    ("film", "film", "pelicula", "film"),
    ("game", "jeu", "juego", "spiel"),
    ("chess", "echecs", "ajedrez", "schach"),
    ("robot", "robot", "robot", "roboter"),
    ("car", "voiture", "coche|auto", "auto|fahrzeug"),
    ("driving", "conduite", "conduccion", "fahren"),
    ("road", "route", "carretera", "strasse"),
    ("city", "ville", "ciudad", "stadt"),
    ("weather", "meteo", "tiempo atmosferico", "wetter"),
    ("climate", "climat", "clima", "klima"),
    ("energy", "energie", "energia", "energie"),
    ("money", "argent", "dinero", "geld"),
    ("price", "prix", "precio", "preis"),
    ("cost", "cout", "costo|coste", "kosten"),
    ("law", "droit|loi", "derecho|ley", "recht|gesetz"),
    ("news", "actualite|nouvelles", "noticias", "nachrichten"),
    ("book", "livre", "libro", "buch"),
    ("word", "mot", "palabra", "wort"),
    ("sentence", "phrase", "oracion|frase", "satz"),
    ("text", "texte", "texto", "text"),
    ("document", "document", "documento", "dokument"),
    ("table", "tableau", "tabla", "tabelle"),
    ("map", "carte", "mapa", "karte"),
    ("page", "page", "pagina", "seite"),
    ("web", "web|internet", "web|internet", "web|internet"),
    ("search", "recherche|chercher", "busqueda|buscar", "suche|suchen"),
    ("answer", "reponse|repondre", "respuesta|responder", "antwort|antworten"),
    ("code", "code", "codigo", "code|quellcode"),
    ("program", "programme", "programa", "programm"),
    ("software", "logiciel", "software", "software"),
    ("bug", "bogue|bug", "error", "fehler"),
    ("mistake", "erreur", "equivocacion", "irrtum"),
    ("math", "mathematiques|maths", "matematicas", "mathematik"),
    ("physics", "physique", "fisica", "physik"),
    ("chemistry", "chimie", "quimica", "chemie"),
    ("biology", "biologie", "biologia", "biologie"),
    ("protein", "proteine", "proteina", "protein"),
    ("molecule", "molecule", "molecula", "molekul"),
    ("cell", "cellule", "celula", "zelle"),
    ("drug", "medicament", "farmaco|medicamento", "medikament"),
    ("scientist", "chercheur|scientifique", "investigador|cientifico", "forscher|wissenschaftler"),
    ("fast", "rapide", "rapido", "schnell"),
    ("slow", "lent", "lento", "langsam"),
    ("small", "petit", "pequeno", "klein"),
    ("large", "grand|gros", "grande", "gross"),
    ("long", "long|longue", "largo", "lang"),
    ("short", "court", "corto", "kurz"),
    ("new", "nouveau|nouvelle", "nuevo|nueva", "neu"),
    ("cheap", "bon marche", "barato", "billig|gunstig"),
    ("safe", "securise", "seguro", "sicher"),
    ("fake", "faux|fausse", "falso", "falsch|gefalscht"),
    ("single", "seul|unique", "solo|unico", "einzig|einzeln"),
    ("example", "exemple", "ejemplo", "beispiel"),
    ("step", "etape", "paso", "schritt"),
    ("learn", "apprendre|apprend", "aprender|aprende", "lernen|lernt"),
    ("teach", "enseigner", "ensenar", "lehren|beibringen"),
    ("predict", "predire|prevoir|predisent|prevoient", "predecir|predicen|predice", "vorhersagen|sagen vorher"),
    ("generate", "generer", "generar", "generieren|erzeugen"),
    ("create", "creer", "crear", "erstellen|erschaffen"),
    ("detect", "detecter", "detectar", "erkennen"),
    ("find", "trouver", "encontrar|hallar", "finden"),
    ("explain", "expliquer", "explicar", "erklaren"),
    ("think", "penser|reflechir", "pensar", "denken"),
    ("remember", "se souvenir|retenir", "recordar", "erinnern"),
    ("forget", "oublier", "olvidar", "vergessen"),
    ("edit", "modifier|retoucher", "editar|modificar", "bearbeiten"),
    ("change", "changement|changer", "cambio|cambiar", "anderung|andern"),
    ("reduce", "reduire", "reducir", "reduzieren|verringern"),
    ("increase", "augmenter", "aumentar", "erhohen|steigern"),
    ("accelerate", "accelerer", "acelerar", "beschleunigen"),
    ("understand", "comprendre", "entender|comprender", "verstehen"),
    ("write", "ecrire", "escribir", "schreiben"),
    ("read", "lire", "leer", "lesen"),
    ("see", "voir", "ver", "sehen"),
    ("move", "bouger|deplacer", "mover", "bewegen"),
    ("walk", "marcher", "caminar", "gehen|laufen"),
    ("grasp", "saisir|attraper", "agarrar", "greifen"),
    ("without", "sans", "sin", "ohne"),
    ("before", "avant", "antes", "vor"),
    ("after", "apres", "despues", "nach"),
    ("many", "nombreux|beaucoup", "muchos|muchas", "viele"),
    ("few", "peu", "pocos|pocas", "wenige"),
    ("several", "plusieurs", "varios|varias", "mehrere"),
    ("chronic", "chronique", "cronico", "chronisch"),
    ("affected", "atteint", "afectado", "betroffen"),
    ("support", "supporter|prendre en charge", "soportar|admitir", "unterstutzen"),
    ("fold", "plier|pliage", "doblar|plegar", "falten"),
    ("laundry", "linge", "ropa", "wasche"),
    # the field's common topic nouns and adjectives, which no glossary term holds alone
    ("language", "langage|langue", "lenguaje|idioma", "sprache"),
    ("action", "action", "accion", "aktion|handlung"),
    ("image", "image", "imagen", "bild"),
    ("video", "video", "video", "video"),
    ("detection", "detection", "deteccion", "erkennung|detektion"),
    ("recognition", "reconnaissance", "reconocimiento", "wiedererkennung"),
    ("navigation", "navigation", "navegacion", "navigation"),
    ("research", "recherches", "investigacion", "forschung"),
    ("deep", "profond|profonde", "profundo|profunda", "tief|tiefe"),
    ("world", "monde", "mundo", "welt"),
    ("design", "conception", "diseno", "entwurf"),
    ("editing", "edition", "edicion", "bearbeitung"),
    ("process", "processus", "proceso", "prozess"),
    ("reasoning", "raisonnement", "razonamiento", "schlussfolgern"),
    ("real", "reel|reelle", "real", "real"),
    ("forecast", "prevision", "pronostico|prevision", "prognose|vorhersage"),
    # verbs a purpose clause names ("para entrenar agentes", "pour améliorer le raisonnement")
    ("train", "entrainer", "entrenar", "trainieren"),
    ("improve", "ameliorer", "mejorar", "verbessern"),
    ("solve", "resoudre", "resolver", "losen"),
    ("evaluate", "evaluer", "evaluar", "bewerten|evaluieren"),
    ("build", "construire", "construir", "bauen"),
    ("control", "controler", "controlar", "steuern"),
    ("plan", "planifier", "planificar", "planen"),
    ("compress", "compresser", "comprimir", "komprimieren"),
    ("align", "aligner", "alinear", "ausrichten"),
    ("translate", "traduire", "traducir", "ubersetzen"),
    ("classify", "classer|classifier", "clasificar", "klassifizieren"),
    ("segment", "segmenter", "segmentar", "segmentieren"),
    ("retrieve", "recuperer", "recuperar", "abrufen"),
    ("prove", "prouver|demontrer", "demostrar|probar", "beweisen"),
    ("combine", "combiner", "combinar", "kombinieren"),
    ("add", "ajouter", "anadir|agregar", "hinzufugen"),
    ("manage", "gerer", "gestionar", "verwalten"),
    # the research vocabulary a question describes a paper with (nouns and adjectives of the field, general)
    ("reward", "recompense", "recompensa", "belohnung"),
    ("verifiable", "verifiable", "verificable", "verifizierbar|uberprufbar"),
    ("unified", "unifie|unifiee", "unificado|unificada", "einheitlich|vereinheitlicht"),
    ("attack", "attaque", "ataque", "angriff"),
    ("advertising", "publicite", "publicidad", "werbung"),
    ("advertisement", "annonce", "anuncio", "anzeige|werbeanzeige"),
    ("natural", "naturel|naturelle", "natural", "naturlich"),
    ("theorem", "theoreme", "teorema", "theorem"),
    ("proof", "preuve", "demostracion|prueba", "beweis"),
    ("question", "question", "pregunta", "frage"),
    ("memory", "memoire", "memoria", "speicher|gedachtnis"),
    ("limited", "limite|limitee", "limitado|limitada", "begrenzt|beschrankt"),
    ("feedback", "retour|retroaction", "retroalimentacion|realimentacion", "ruckmeldung"),
    ("accuracy", "exactitude", "exactitud", "genauigkeit"),
    ("speedup", "acceleration", "aceleracion", "beschleunigung"),
    ("throughput", "debit", "rendimiento", "durchsatz"),
    ("efficient", "efficace", "eficiente", "effizient"),
    ("recommendation", "recommandation", "recomendacion", "empfehlung"),
    ("sequential", "sequentiel|sequentielle", "secuencial", "sequenziell|sequentiell"),
    ("inference", "inference", "inferencia", "inferenz"),
    ("implicit", "implicite", "implicito|implicita", "implizit"),
    ("hard", "difficile", "dificil", "schwierig|schwer"),
    ("time", "temps", "tiempo", "zeit"),
    ("data", "donnees", "datos", "daten"),
    ("training", "entrainement", "entrenamiento", "training"),
    ("model", "modele", "modelo", "modell"),
    ("graph", "graphe", "grafo", "graph"),
    ("tree", "arbre", "arbol", "baum"),
    ("tool", "outil", "herramienta", "werkzeug"),
    ("knowledge", "connaissance|savoir", "conocimiento", "wissen"),
    ("security", "securite", "seguridad", "sicherheit"),
    ("privacy", "confidentialite", "privacidad", "datenschutz|privatsphare"),
    ("bias", "biais", "sesgo", "verzerrung"),
    ("uncertainty", "incertitude", "incertidumbre", "unsicherheit"),
    ("method", "methode", "metodo", "methode"),
    ("approach", "approche", "enfoque", "ansatz"),
    ("official", "officiel|officielle", "oficial", "offiziell|amtlich"),
    ("tokenizer", "tokeniseur", "tokenizador", "tokenisierer"),
    ("conversation", "conversation", "conversacion", "gesprach|unterhaltung"),
    ("agent", "agent", "agente", "agent"),
    ("device", "appareil|dispositif", "dispositivo", "gerat"),
    ("share", "partager", "compartir", "teilen"),
    ("future", "futur|future", "futuro|futura", "zukunftig|zukunft"),
    ("value", "valeur", "valor", "wert"),
    ("complex", "complexe", "complejo|compleja", "komplex"),
    ("introduce", "introduire|presenter", "introducir|presentar", "vorstellen|einfuhren"),
    ("specific", "specifique", "especifico|especifica", "spezifisch"),
    # verbs and prepositions a half-remembered paper is described with ("l'article où on empêche … pendant …",
    # "el artículo que convierte …")
    ("prevent", "empecher|eviter", "impedir|evitar|prevenir", "verhindern|vermeiden"),
    ("convert", "convertir|transformer", "convertir|convierte|convierten|transformar", "umwandeln|konvertieren"),
    ("during", "pendant|durant", "durante", "wahrend"),
    # what a paper does, in the words a researcher describes it with
    ("change", "changer|modifier", "cambiar|modificar", "andern|verandern"),
    ("order", "ordre", "orden", "reihenfolge"),
    ("patch", "patch", "parche", "patch"),
    ("forget", "oublier", "olvidar", "vergessen"),
    ("keep", "garder|conserver|preserver", "mantener|conservar|preservar", "behalten|bewahren"),
    ("dangerous", "dangereux|dangereuse", "peligroso|peligrosa", "gefahrlich"),
    ("capability", "capacite|aptitude", "capacidad|habilidad", "fahigkeit"),
    ("consume", "consommer", "consumir", "verbrauchen"),
    ("vote", "vote|voter", "voto|votar", "stimme|abstimmen"),
    ("earth", "terre", "tierra", "erde"),
    ("accept", "accepter", "aceptar", "akzeptieren"),
    ("scale", "echelle", "escala", "skala"),
    ("control", "controler|controle", "controlar|control", "steuern|steuerung|kontrolle"),
    ("manipulate", "manipuler", "manipular", "manipulieren"),
    ("object", "objet", "objeto", "objekt|gegenstand"),
    ("trajectory", "trajectoire", "trayectoria", "trajektorie"),
    ("think", "penser|reflechir", "pensar", "denken"),
    ("reason", "raisonner", "razonar", "schlussfolgern"),
    ("search", "chercher|rechercher", "buscar", "suchen"),
    ("table", "tableau|table", "tabla", "tabelle"),
    ("imitate", "imiter", "imitar", "imitieren|nachahmen"),
    ("get up", "relever", "levantar|levantarse", "aufstehen"),
    ("fall", "chute|tomber", "caida|caer", "sturz|fallen"),
    ("reduce", "reduire", "reducir", "reduzieren|verringern"),
    ("increase", "augmenter", "aumentar", "erhohen"),
    ("write", "ecrire", "escribir", "schreiben"),
    ("read", "lire", "leer", "lesen"),
    ("listen", "ecouter", "escuchar", "horen|zuhoren"),
    ("speak", "parler", "hablar", "sprechen"),
    ("walk", "marcher", "caminar", "gehen"),
    ("play", "jouer", "jugar", "spielen"),
    ("game", "jeu", "juego", "spiel"),
    ("find", "trouver", "encontrar|hallar", "finden"),
    ("answer", "repondre|reponse", "responder|respuesta", "antworten|antwort"),
    ("help", "aider", "ayudar", "helfen"),
    ("replace", "remplacer", "reemplazar|sustituir", "ersetzen"),
    ("remove", "supprimer|retirer|enlever", "eliminar|quitar", "entfernen"),
    ("add", "ajouter", "anadir|agregar", "hinzufugen"),
    ("choose", "choisir", "elegir", "wahlen"),
    ("build", "construire", "construir", "bauen"),
    ("create", "creer", "crear", "erstellen"),
    ("light", "lumiere|eclairage", "luz|iluminacion", "licht|beleuchtung"),
    ("face", "visage", "cara|rostro", "gesicht"),
    ("hand", "main", "mano", "hand"),
    ("body", "corps", "cuerpo", "korper"),
    ("car", "voiture", "coche|carro", "auto|fahrzeug"),
    ("city", "ville", "ciudad", "stadt"),
    ("map", "carte", "mapa", "karte"),
    ("money", "argent", "dinero", "geld"),
    ("price", "prix", "precio", "preis"),
    ("book", "livre", "libro", "buch"),
    ("word", "mot", "palabra", "wort"),
    ("sentence", "phrase", "frase|oracion", "satz"),
    ("step", "etape", "paso", "schritt"),
    ("child", "enfant", "nino", "kind"),
    ("student", "etudiant|eleve", "estudiante|alumno", "student|schuler"),
    ("teacher", "enseignant|professeur", "profesor|maestro", "lehrer"),
    ("user", "utilisateur", "usuario", "nutzer|benutzer"),
    ("world", "monde", "mundo", "welt"),
    ("slow", "lent", "lento", "langsam"),
    ("cheap", "economique", "barato", "billig|gunstig"),
    ("own", "propre", "propio", "eigen"),
    ("several", "plusieurs", "varios|varias", "mehrere"),
    ("single", "seul|seule|unique", "solo|sola|unico|unica", "einzig|einzeln"),
    ("without", "sans", "sin", "ohne"),
]

# Cognate endings, tried in order on an accent-folded word the corpus does not use; a form is kept only
# when the corpus uses it. General morphology: French "-aux" plurals of "-al" adjectives ("multimodaux"),
# Greek "-sis" nouns written "-se" ("synthèse", "Analyse", "Hypothese"), German "-ur" for "-ure" ("Architektur").
ENDINGS: dict[str, list[tuple[str, str]]] = {
    "fr": [
        ("ifiees", "ified"),
        ("ifies", "ified"),
        ("ifiee", "ified"),
        ("ifie", "ified"),
        ("isations", "izations"),
        ("isation", "ization"),
        ("iques", "ics"),
        ("ique", "ic"),
        ("elles", "al"),
        ("elle", "al"),
        ("els", "al"),
        ("el", "al"),
        ("ites", "ities"),
        ("ite", "ity"),
        ("eurs", "ors"),
        ("eur", "or"),
        ("ives", "ive"),
        ("if", "ive"),
        ("aires", "ary"),
        ("aire", "ary"),
        ("ies", "ies"),
        ("ie", "y"),
        ("aux", "al"),
        ("eses", "eses"),
        ("ese", "esis"),
        ("yses", "yses"),
        ("yse", "ysis"),
        ("ees", "ed"),
        ("ee", "ed"),
        ("es", ""),
        ("e", "ed"),
        ("e", ""),
        ("s", ""),
    ],
    "es": [
        ("ificados", "ified"),
        ("ificadas", "ified"),
        ("ificado", "ified"),
        ("ificada", "ified"),
        ("izaciones", "izations"),
        ("izacion", "ization"),
        ("ciones", "tions"),
        ("cion", "tion"),
        ("idades", "ities"),
        ("idad", "ity"),
        ("dades", "ties"),
        ("dad", "ty"),
        ("ales", "al"),
        ("icos", "ic"),
        ("icas", "ic"),
        ("ico", "ic"),
        ("ica", "ic"),
        ("ivos", "ive"),
        ("ivas", "ive"),
        ("ivo", "ive"),
        ("iva", "ive"),
        ("entes", "ent"),
        ("ente", "ent"),
        ("antes", "ant"),
        ("ante", "ant"),
        ("osos", "ous"),
        ("oso", "ous"),
        ("ias", "ies"),
        ("ia", "y"),
        ("ados", "ed"),
        ("ado", "ed"),
        ("es", ""),
        ("os", ""),
        ("as", ""),
        ("e", ""),
        ("o", ""),
        ("a", ""),
        ("s", ""),
    ],
    "de": [
        ("ifizierte", "ified"),
        ("ifiziert", "ified"),
        ("isierern", "izers"),
        ("isierer", "izer"),
        ("isierungen", "izations"),
        ("isierung", "ization"),
        ("ierung", "ation"),
        ("ierung", "ization"),
        ("ationen", "ations"),
        ("itaten", "ities"),
        ("itat", "ity"),
        ("ischen", "ic"),
        ("ische", "ic"),
        ("isches", "ic"),
        ("isch", "ic"),
        ("iven", "ive"),
        ("ive", "ive"),
        ("iv", "ive"),
        ("ellen", "al"),
        ("elle", "al"),
        ("ell", "al"),
        ("ik", "ics"),
        ("uren", "ures"),
        ("ur", "ure"),
        ("esen", "eses"),
        ("ese", "esis"),
        ("ysen", "yses"),
        ("yse", "ysis"),
        ("en", ""),
        ("e", ""),
        ("n", ""),
        ("s", ""),
    ],
}


@cache
def _lexicon(lang: str) -> dict[str, str]:
    col = {"fr": 1, "es": 2, "de": 3}[lang]
    return {form: row[0] for row in WORDS for form in row[col].split("|")}


def _plural_off(word: str, lang: str) -> list[str]:
    ends = {"fr": ("s", "x", "es"), "es": ("es", "s"), "de": ("en", "n", "e", "er", "s")}[lang]
    forms = [word] + [word[: -len(e)] for e in ends if word.endswith(e) and len(word) - len(e) >= 3]
    return forms + _infinitives(word, lang)


# A verb in the present (third person, as a question describing a paper writes it) → its infinitive, the form
# the lexicon keeps: "compresse(nt)" → "compresser", "gestiona(n)" → "gestionar", "combine" → "combinar /
# combiner", "lernt" → "lernen"; general grammar of regular verbs.
INFINITIVE = {
    "fr": (("ent", "er"), ("e", "er"), ("it", "ir"), ("issent", "ir")),
    "es": (("an", "ar"), ("a", "ar"), ("en", "er"), ("en", "ir"), ("e", "er"), ("e", "ir")),
    "de": (("t", "en"), ("t", "n")),
}


def _infinitives(word: str, lang: str) -> list[str]:
    return [word[: -len(e)] + inf for e, inf in INFINITIVE[lang] if word.endswith(e) and len(word) - len(e) >= 3]


# English heads that make a compound adjective, written with a hyphen after their modifier ("language-specific",
# "transformer-based", "training-free", "memory-efficient"): general English morphology.
ADJECTIVE_HEADS = frozenset({"specific", "based", "free", "aware", "efficient", "driven", "guided", "intensive"})


def german_compound(word: str, df: Callable[[str], int]) -> str:
    """A German compound the corpus does not write ("Bildsegmentierung", "Halluzinationserkennung") → its two
    parts in English, modifier first as in German ("image segmentation"), where both parts are words this
    module translates or the corpus uses as written; a linking "s", "n" or "en" may join them, and a modifier
    may have dropped its final "e" ("Sprach-" of "Sprache"). An adjective head joins with a hyphen
    ("sprachspezifisch" → "language-specific"). '' if none."""
    for cut in range(4, len(word) - 4):
        head = english_word(word[cut:], "de", df)
        if not head:
            continue
        left = word[:cut]
        for link in ("", "s", "n", "en", "e"):
            stem = left[: len(left) - len(link)] if link and left.endswith(link) else left
            if len(stem) >= 4 and (link == "" or stem != left):
                modifier = (
                    english_word(stem, "de", df)
                    or (stem if df(stem) >= 3 else "")
                    or (english_word(stem + "e", "de", df) if link == "" else "")
                )
                if modifier:
                    return f"{modifier}{'-' if head in ADJECTIVE_HEADS else ' '}{head}"
    return ""


def lexicon_word(word: str, lang: str) -> str:
    """The lexicon's English for a word of `lang`, whether or not the corpus writes it ("Methode" → "method", a
    word the index keeps no count of); '' if the lexicon has none."""
    lexicon = _lexicon(lang) if lang in ("fr", "es", "de") else {}
    return next((lexicon[f] for f in _plural_off(word, lang) if f in lexicon), "")


def english_word(word: str, lang: str, df: Callable[[str], int]) -> str:
    """The English for one accent-folded lowercase word of `lang`, the lexicon's or else a cognate's, when the
    corpus uses it (`df`: in how many papers; a cognate, a guess, needs three); else '' (the word is then
    named as untranslated)."""
    if lang not in ENDINGS:
        return ""
    lexicon = _lexicon(lang)
    for form in _plural_off(word, lang):
        if form in lexicon and df(lexicon[form]):  # a word the corpus never uses finds nothing anyway
            return lexicon[form]
    if len(word) < 5:
        return ""
    stems = [word, word.replace("k", "c").replace("z", "c")] if lang == "de" else [word]
    for stem in stems:
        for end, english in ENDINGS[lang]:
            if stem.endswith(end) and len(stem) - len(end) >= 3:
                candidate = stem[: len(stem) - len(end)] + english
                if candidate != word and len(candidate) >= 5 and df(candidate) >= 3:
                    return candidate
        if stem != word and df(stem) >= 3:
            return stem
    return ""


# Fields of study as a question names them (the noun) → the words a paper working in the field writes: the noun,
# its adjective and adverb, its practitioners. General English morphology, not read off the corpus; the stemmer
# joins some of these ("biology", "biological") and not others ("medicine" / "medical", "finance" / "financial").
# A form whose commoner sense in AI papers is another thing is left out, and the field is named by the rest:
# "law" (a regularity: scaling law, physical law), "art" (state of the art, prior art), "artist" (artist-created
# meshes), "physical" (the material world, physically based rendering), "biologically" (biologically inspired),
# "economical" (cheap), "genetic" (genetic algorithms), "linguistic" (of language data), "pathological"
# (abnormal). Fields whose noun and adjective share every sense ("mathematics", "mathematical") need no row.
FIELDS: dict[str, tuple[str, ...]] = {
    "medicine": ("medicine", "medical", "medically"),
    "chemistry": ("chemistry", "chemical", "chemicals", "chemist", "chemists"),
    "biology": ("biology", "biological", "biologist", "biologists"),
    "finance": ("finance", "financial", "financially"),
    "economics": ("economics", "economic", "economy", "economies", "economist", "economists"),
    "education": ("education", "educational", "educator", "educators"),
    "law": ("legal", "legally", "lawyer", "lawyers"),
    "physics": ("physics", "physicist", "physicists"),
    "geography": ("geography", "geographic", "geographical"),
    "art": ("artistic", "artistically", "artwork", "artworks"),
    "music": ("music", "musical", "musician", "musicians"),
    "surgery": ("surgery", "surgical", "surgeon", "surgeons"),
    "dentistry": ("dentistry", "dental", "dentist", "dentists"),
    "pharmacy": ("pharmacy", "pharmaceutical", "pharmacist", "pharmacists"),
    "pharmacology": ("pharmacology", "pharmacological", "pharmaceutical"),
    "psychology": ("psychology", "psychological", "psychologist", "psychologists"),
    "psychiatry": ("psychiatry", "psychiatric", "psychiatrist", "psychiatrists"),
    "agriculture": ("agriculture", "agricultural"),
    "astronomy": ("astronomy", "astronomical", "astronomer", "astronomers"),
    "geology": ("geology", "geological", "geologist", "geologists"),
    "ecology": ("ecology", "ecological", "ecologist", "ecologists"),
    "meteorology": ("meteorology", "meteorological", "meteorologist", "meteorologists"),
    "politics": ("politics", "political", "politician", "politicians"),
    "sociology": ("sociology", "sociological", "sociologist", "sociologists"),
    "linguistics": ("linguistics", "linguist", "linguists"),
    "philosophy": ("philosophy", "philosophical", "philosopher", "philosophers"),
    "genetics": ("genetics", "geneticist", "geneticists"),
    "neuroscience": ("neuroscience", "neuroscientific", "neuroscientist", "neuroscientists"),
    "radiology": ("radiology", "radiological", "radiologist", "radiologists"),
    "pathology": ("pathology", "pathologist", "pathologists"),
    "oncology": ("oncology", "oncological", "oncologist", "oncologists"),
    # AI's own fields, named by what their papers work on: a vision paper writes of images and video, not always
    # of "vision" ("which of them are about vision?" after a list keeps its image and video papers)
    "vision": ("vision", "visual", "visually", "image", "images", "video", "videos"),
    "robotics": ("robotics", "robot", "robots", "robotic"),
}

# Names of the subject every paper of an AI digest belongs to: "AI for biology" and "machine learning in
# physics" ask for the field's papers, whatever the words for AI they write.
AI_ITSELF: tuple[str, ...] = ("ai", "artificial intelligence", "machine learning", "deep learning", "ml")

"""Query + filters → ranked papers: dense (Chroma), BM25 (rag/bm25.py), or both fused by reciprocal rank."""

from __future__ import annotations

import json
import os
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from pathlib import Path

import numpy as np

from rag import catalogue, cover, dense, frames
from rag.bm25 import Bm25Index
from rag.catalogue import Columns
from rag.embed import Embedder
from rag.index import PaperIndex
from rag.papers import Paper
from rag.records import Filters, Hit
from rag.settings import MODES, Settings
from rag.text import STOPWORDS, TOKEN_RE, descriptive, fold, tokenize

RRF_K = 60
# Measured on the gold2 tune split: paraphrase hit@5 0.83 → 0.92, fact hit@5 0.86 → 0.95, MRR up;
# gold.jsonl hit@5 and recall@10 unchanged.
DENSE_WEIGHT = 0.55
HEAD = 5
HEAD_POOL = 10  # the blend reorders the fused top ten, so recall@10 is rank fusion's
RARE_DF = 0.01
# A descriptive question (`rag.text.descriptive`: a half-remembered paper) has its dense list
# counted DESCRIPTIVE_DENSE times in the fusion, so a paper found by meaning alone is not pushed out
# of the top ten by papers sharing a few of its words. Measured (eval/paraphrase_dev.jsonl, gold2 tune
# split): gold2 tune paraphrase hit@5 0.90 → 1.00, the dev set unchanged, gold.jsonl unchanged; flat
# for 9–11 words (DESCRIPTIVE_TERMS) and weights 1.75–3.
DESCRIPTIVE_DENSE = 2.0
# A description's fused top COVER_POOL are reordered by 1 / rank + COVER_WEIGHT × the share of its words (by
# rarity) each paper writes (`by_cover`). Chosen on the tune halves of eval/paraphrase_dev2.jsonl and
# eval/paraphrase_dev3.jsonl (hybrid hit@5 11/20 → 13/20, 10/15 → 12/15), the same for pools 50–100 and
# weights 0.75–1.5; gold.jsonl and gold set 2's tune split unchanged (eval/PARAPHRASE_DEV3.md).
COVER_POOL = 50
COVER_WEIGHT = 1.0
BM25_VERSION = 6  # bump whenever tokenize() or the indexed text changes: it keys the on-disk BM25 cache
# A word as the texts write it, case kept: "state-of-the-art" writes "art".
CASED_WORD_RE = re.compile(r"[A-Za-z][A-Za-z0-9]*")
ACRONYMS_VERSION = 3  # bump whenever acronym mining changes: it keys the on-disk acronym cache


ACRONYM_RE = re.compile(r"\(([A-Z][A-Za-z0-9-]{1,12})\)")
# A second spelled-out form is a sense of its own when it defines the acronym this often, absolutely
# and against the first.
RIVAL_MIN = 3
RIVAL_SHARE = 0.25
LINKING_WORDS = frozenset({"of", "and", "the", "for", "a", "an", "to", "in", "on", "with", "via", "by", "from"})


def mine_acronyms(texts: list[str]) -> dict[str, str]:
    """Acronyms the corpus defines itself, e.g. `Monte Carlo Tree Search (MCTS)` → mcts: monte carlo tree search.

    A definition counts when the initials of the words before the parenthesis spell the acronym's
    capitals; the expansion seen most often wins.
    """
    return {acr: senses[0] for acr, senses in acronym_senses(texts).items()}


def acronym_senses(texts: list[str]) -> dict[str, list[str]]:
    """Each acronym the texts define, with its spelled-out forms, most used first: a form whose
    initials need a linking word ("Text-to-Speech (TTS)") comes after every form that does not; a
    form used once or rarely against the first is left out (a one-off, not a second sense), and so
    is one written like the first ("rotary positional embedding" for "rotary position embeddings")."""
    out = {}
    for acr, seen in acronym_counts(texts).items():
        ranked = sorted(seen, key=lambda key: (key[1], -seen[key]))
        first = ranked[0][0]
        senses, same = [first], {sense_key(first)}
        for phrase, _ in ranked[1:]:
            n = seen[(phrase, False)] + seen[(phrase, True)]
            if n >= RIVAL_MIN and n >= RIVAL_SHARE * seen[ranked[0]] and sense_key(phrase) not in same:
                senses.append(phrase)
                same.add(sense_key(phrase))
        out[acr] = senses
    return out


def sense_key(expansion: str) -> str:
    """An expansion without accents, hyphens or inflection."""
    return " ".join(w[:5] for w in re.findall(r"[a-z0-9]+", fold(expansion.lower())))


def acronym_counts(texts: list[str]) -> dict[str, Counter[tuple[str, bool]]]:
    """Each acronym the texts define, with how often each (spelled-out form, needs a linking word) defines it."""
    seen: dict[str, Counter[tuple[str, bool]]] = {}
    for text in texts:
        for m in ACRONYM_RE.finditer(text):
            acronym = m.group(1)
            letters = "".join(ch for ch in acronym if ch.isupper()).lower()
            if len(letters) < 2:
                continue
            words = [w for w in re.split(r"[\s-]+", text[max(0, m.start() - 120) : m.start()]) if w][-12:]
            if not words or not all(w[0].isalpha() for w in words[-len(letters) :]):
                continue
            content = [w for w in words if w.lower() not in LINKING_WORDS]
            tail = content[-len(letters) :]
            if len(content) >= len(letters) and "".join(w[0].lower() for w in tail) == letters:
                start, linked = len(words) - words[::-1].index(tail[0]) - 1, False
            elif "".join(w[0].lower() for w in words[-len(letters) :]) == letters:
                start, linked = len(words) - len(letters), True
            elif (found := capitals_start(words, letters)) is not None:
                start, linked = found, False
            else:
                continue
            phrase = " ".join(words[start:]).lower()
            seen.setdefault(acronym.lower(), Counter())[(phrase, linked)] += 1
    # The corpus also defines IS, IT, CAN, ARE: read as acronyms, every "what is X?" would search for
    # inception scores, and a lone rare term (a new paper's name) would lose to that noise.
    return {acr: counts for acr, counts in seen.items() if acr not in STOPWORDS}


def capitals_start(words: list[str], letters: str) -> int | None:
    """Where an expansion starts whose capitalised word gives all its letters: "reinforcement learning
    from AI feedback (RLAIF)", "Explainable AI (XAI)". Linking words give none."""
    got, used = "", 0
    for i in range(len(words) - 1, -1, -1):
        word = words[i]
        if word.lower() in LINKING_WORDS:
            continue
        got, used = (word.lower() if word.isalpha() and word.isupper() else word[0].lower()) + got, used + 1
        if len(got) >= len(letters):
            return i if got == letters and used > 1 else None  # one word spelling it is no expansion
    return None


def plain_words(texts: Sequence[str], acronyms: Mapping[str, str]) -> list[str]:
    """The acronyms the texts write mostly in lower case, as the everyday words they also are: "art" (in
    "state-of-the-art") beside ART, "map", "code", "seed". Typed in lower case, such a word is the word."""
    written: Counter[str] = Counter()
    for text in texts:
        written.update(w for w in CASED_WORD_RE.findall(text) if w.lower() in acronyms)
    folded: Counter[str] = Counter()
    for word, n in written.items():
        folded[word.lower()] += n
    return sorted(a for a in acronyms if written[a] * 2 > folded[a])


def cached_acronyms(
    papers: Sequence[Paper], cache_dir: Path | None, fingerprint: str
) -> tuple[dict[str, str], dict[str, list[str]], frozenset[str]]:
    """(acronyms, their rival senses, those that are everyday words too): mining scans every text with a
    regex, so it is done once per corpus version, then read from disk."""
    name = f"acronyms-v{BM25_VERSION}.{ACRONYMS_VERSION}-{fingerprint}.json"
    path = cache_dir / name if cache_dir and fingerprint else None
    if path and path.exists():
        cached = json.loads(path.read_text(encoding="utf-8"))
        return cached["acronyms"], cached["rivals"], frozenset(cached["plain"])
    texts = [p.text for p in papers]
    senses = acronym_senses(texts)
    acronyms = {acr: forms[0] for acr, forms in senses.items()}
    rivals = {acr: forms[1:] for acr, forms in senses.items() if len(forms) > 1}
    plain = plain_words(texts, acronyms)
    if path:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps({"acronyms": acronyms, "rivals": rivals, "plain": plain}), encoding="utf-8")
    return acronyms, rivals, frozenset(plain)


def expand_query(query: str, acronyms: dict[str, str]) -> str:
    """Add each acronym's expansion (and each expansion's acronym) found in the query."""
    low = query.lower()
    extra = [acronyms[t] for t in set(TOKEN_RE.findall(low)) if t in acronyms and acronyms[t] not in low]
    phrases = {phrase for phrase in acronyms.values() if len(phrase) > 6 and phrase in low}
    longest = {p for p in phrases if not any(p != q and p in q for q in phrases)}
    for phrase in sorted(longest):
        names = sorted((a for a, q in acronyms.items() if q == phrase), key=lambda a: (not a.isalpha(), len(a)))
        if names and not re.search(rf"\b{re.escape(names[0])}\b", low):
            extra.append(names[0])
    return f"{query} ({'; '.join(sorted(extra))})" if extra else query


def rrf(rankings: list[list[str]], weights: list[float] | None = None, k: int = RRF_K) -> dict[str, float]:
    """Reciprocal rank fusion: each list adds weight / (k + rank) to the ids it ranks."""
    fused: dict[str, float] = {}
    for ranking, weight in zip(rankings, weights or [1.0] * len(rankings)):
        for rank, pid in enumerate(ranking, start=1):
            fused[pid] = fused.get(pid, 0.0) + weight / (k + rank)
    return fused


def minmax(scores: dict[str, float]) -> dict[str, float]:
    if not scores:
        return {}
    lo, hi = min(scores.values()), max(scores.values())
    return {k: (v - lo) / (hi - lo) if hi > lo else 1.0 for k, v in scores.items()}


def head_by_scores(
    fused: list[tuple[str, float]], dense: dict[str, float], lexical: dict[str, float], weight: float
) -> list[tuple[str, float]]:
    """The first HEAD places by a blend of both sides' scores (dense min-max, BM25 over its best), the
    rest in fused (RRF) order.

    Rank fusion flattens a dense match far ahead of the rest into "one list's first place", so a
    half-remembered description loses to papers sharing a few words; blending the scores themselves
    keeps such a hit on top. Only the fused top ten are reordered, and below the head RRF's order
    stands (it recalls more within the top 10).
    """
    top_lexical = max(lexical.values(), default=0.0) or 1.0
    d, b = minmax(dense), {pid: v / top_lexical for pid, v in lexical.items()}
    blend = {pid: weight * d.get(pid, 0.0) + (1 - weight) * b.get(pid, 0.0) for pid in dense.keys() | lexical.keys()}
    pool = {pid for pid, _ in fused[:HEAD_POOL]}
    head = sorted((pid for pid in blend if pid in pool), key=lambda pid: (-blend[pid], pid))[:HEAD]
    by_id = dict(fused)
    top = [(pid, by_id.get(pid, 0.0)) for pid in head]
    return top + [(pid, s) for pid, s in fused if pid not in set(head)]


def by_cover(scored: list[tuple[str, float]], stated: Mapping[str, float]) -> list[tuple[str, float]]:
    """The first COVER_POOL places by 1 / rank + COVER_WEIGHT × how much of the description each paper states.

    The rank keeps what both rankings agree on first; the share lifts a paper writing most of the
    description's rare words from the bottom of the pool, where rank fusion leaves a paper only one side
    found (a BM25-only paper whose rare words the encoder does not weigh, a dense-only one whose words
    BM25 saturates). Below the pool the fused order stands.
    """
    head = scored[:COVER_POOL]
    order = sorted(range(len(head)), key=lambda r: (-(1 / (r + 1) + COVER_WEIGHT * stated.get(head[r][0], 0.0)), r))
    return [head[r] for r in order] + scored[COVER_POOL:]


class Bm25:
    """BM25 over every paper's text and authors, built once per corpus version and kept on disk."""

    def __init__(
        self,
        papers: Sequence[Paper],
        cache_dir: Path | None = None,
        fingerprint: str = "",
        ids: list[str] | None = None,
    ):
        self.ids = [p.id for p in papers] if ids is None else ids
        path = cache_dir / f"bm25-v{BM25_VERSION}-{fingerprint}" if cache_dir and fingerprint else None
        if path and (path / "tf.npz").exists():
            self.index = Bm25Index.load(path)
        else:
            self.index = Bm25Index.build((p.search_text for p in papers), tokenize)
            if path and papers:
                self.index.save(path)

    def updated(self, changed: list[Paper], order: list[Paper]) -> Bm25:
        """A copy holding `changed` (new or replaced papers), its rows in the order of `order`."""
        row = {pid: i for i, pid in enumerate(self.ids)}
        row.update({p.id: len(self.ids) + j for j, p in enumerate(changed)})
        grown = self.index.extend((p.search_text for p in changed), tokenize)
        out = object.__new__(Bm25)
        out.ids = [p.id for p in order]
        out.index = grown.take([row[pid] for pid in out.ids])
        return out

    def rare_share(self, query: str) -> float:
        """Share of the query's terms found in under 1% of papers: names, acronyms, identifiers."""
        ids = self.index.term_ids(list(dict.fromkeys(tokenize(query))))
        if not ids:
            return 0.0
        limit = max(1, RARE_DF * len(self.ids))
        return sum(1 for i in ids if 0 < self.index.df[i] <= limit) / len(ids)

    def scores(self, query: str) -> np.ndarray:
        return self.index.scores(tokenize(query))


class Retriever:
    """Loads the catalogue once (from the snapshot ingest wrote, else from the index); a search is then milliseconds.

    The index (chromadb, llama-index) and the encoder are opened only when a search needs them: a
    BM25 search opens neither, a dense one on a local index only the encoder.
    """

    def __init__(self, settings: Settings, index: PaperIndex | None = None, embedder: Embedder | None = None):
        self.settings = settings
        self._index = index
        self.embedder = embedder or Embedder(settings)
        cat = catalogue.load(settings)
        if cat is None:
            cat = self.index.read_catalogue(with_vectors=not settings.server_mode)
            catalogue.save(settings, cat)
        self._records = cat.papers  # a snapshot's records are parsed one by one as a search returns them
        self._papers: list[Paper] | None = cat.papers if isinstance(cat.papers, list) else None
        self._by_id: dict[str, Paper] | None = None
        self.ids: list[str] = cat.ids or []
        self.vectors_matrix = cat.vectors
        self._screen = cat.screen
        self.position = {pid: i for i, pid in enumerate(self.ids)}
        self._columns_file = cat.columns
        self._columns: Columns | None = None
        fingerprint = cat.fingerprint if self.ids else ""
        self.fingerprint = fingerprint  # names this catalogue version for on-disk caches; "" once updated in memory
        self.bm25 = Bm25(self._records, settings.cache_dir, fingerprint, self.ids)
        self.acronyms, self.acronym_rivals, self.plain_acronyms = cached_acronyms(
            self._records, settings.cache_dir, fingerprint
        )
        self._vocab: dict[str, int] | None = None
        self._stemmed: list[str] | None = None
        self._stem_df: Counter[str] | None = None

    @property
    def papers(self) -> list[Paper]:
        """Every paper, parsed on first use: a search parses only the papers it returns."""
        if self._papers is None:
            self._papers = list(self._records)
            self._records = self._papers
        return self._papers

    @papers.setter
    def papers(self, papers: list[Paper]) -> None:
        """Replace the papers (vectors, BM25 and caches are the caller's to keep in step)."""
        self._papers = self._records = papers
        self.ids = [p.id for p in papers]
        self.position = {pid: i for i, pid in enumerate(self.ids)}
        self._by_id = None

    @property
    def by_id(self) -> dict[str, Paper]:
        if self._by_id is None:
            self._by_id = {p.id: p for p in self.papers}
        return self._by_id

    def paper(self, pid: str) -> Paper:
        return self._records[self.position[pid]]

    @property
    def columns(self) -> Columns:
        """The filter columns: the snapshot's when it has them, else computed from the papers."""
        if self._columns is None:
            try:
                self._columns = Columns.load(self._columns_file) if self._columns_file is not None else None
            except (OSError, ValueError, KeyError):
                self._columns = None
            if self._columns is None or len(self._columns.has_code) != len(self.ids):
                self._columns = Columns.of(self.papers)
        return self._columns

    @property
    def vocab(self) -> dict[str, int]:
        """Every word of the titles and summaries (not the author names) with its document frequency:
        what typos are corrected against. Tokenising every paper takes seconds at 100k papers, so it
        is kept on disk per catalogue version, like BM25."""
        if self._vocab is None:
            cache = self.settings.cache_dir / f"vocab-v{BM25_VERSION}-{self.fingerprint}.json"
            if self.fingerprint and cache.exists():
                try:
                    self._vocab = dict(json.loads(cache.read_text(encoding="utf-8")))
                    return self._vocab
                except (OSError, ValueError):
                    pass
            df: Counter = Counter()
            for p in self.papers:
                df.update(set(tokenize(p.text)))
            self._vocab = dict(df)
            if self.fingerprint:
                cache.parent.mkdir(parents=True, exist_ok=True)
                tmp = cache.with_name(f"{cache.name}.{os.getpid()}.tmp")
                tmp.write_text(json.dumps(self._vocab), encoding="utf-8")
                tmp.replace(cache)
        return self._vocab

    @property
    def stemmed(self) -> list[str]:
        """Every paper's title and summaries as stems (`shapes.stemmed_corpus`), in the papers' order."""
        if self._stemmed is None:
            self._stemmed = cover.cached_stemmed(self._records, self.settings.cache_dir, self.fingerprint)
        return self._stemmed

    @property
    def stem_df(self) -> Counter[str]:
        """Each stem's document frequency over `stemmed`: how rare a word of a description is."""
        if self._stem_df is None:
            self._stem_df = cover.cached_frequencies(self.stemmed, self.settings.cache_dir, self.fingerprint)
        return self._stem_df

    def stated(self, description: str, ids: list[str]) -> dict[str, float]:
        """Each of these papers' share of the description's words, by rarity (`cover.shares`)."""
        docs = [self.stemmed[self.position[pid]] for pid in ids]
        return dict(zip(ids, cover.shares(cover.content_stems(description), docs, self.stem_df, len(self.stemmed))))

    @property
    def index(self) -> PaperIndex:
        if self._index is None:
            self._index = PaperIndex(self.settings)
        return self._index

    def vectors(self) -> dict[str, np.ndarray]:
        """Every paper's vector by id, from the snapshot when there is one."""
        if self.vectors_matrix is None:
            return self.index.vectors()
        return dict(zip(self.ids, self.vectors_matrix))

    def vectors_of(self, ids: list[str]) -> dict[str, np.ndarray]:
        """These papers' vectors, from the snapshot when there is one (no Chroma client to start)."""
        if self.vectors_matrix is None:
            return self.index.vectors_of(ids)
        return {pid: self.vectors_matrix[self.position[pid]] for pid in ids if pid in self.position}

    def update(self, changed: list[Paper]) -> None:
        """Take in papers just written to the index without reading the catalogue again.

        BM25 tokenises only these papers; acronyms they define are added (the next start mines
        the whole corpus again). The new state is built first and swapped in at the end.
        """
        if not changed:
            return
        by_id = {**self.by_id, **{p.id: p for p in changed}}
        papers = sorted(by_id.values(), key=lambda p: (p.date, p.id))
        bm25 = self.bm25.updated(changed, papers)
        acronyms = {**mine_acronyms([p.text for p in changed]), **self.acronyms}
        position = {p.id: i for i, p in enumerate(papers)}
        matrix = self.vectors_matrix
        if matrix is not None:  # rows follow the papers' order, so the matrix is rebuilt with theirs
            rows = {**self.vectors(), **self.index.vectors_of([p.id for p in changed])}
            matrix = np.stack([rows[p.id] for p in papers])
        self._papers, self._records, self._by_id, self.position = papers, papers, by_id, position
        self.ids, self.bm25, self.acronyms = [p.id for p in papers], bm25, acronyms
        self._vocab, self._columns, self._columns_file = None, None, None
        self._stemmed, self._stem_df = None, None
        self.vectors_matrix, self._screen = matrix, None
        self.fingerprint = ""

    def mask(self, filters: Filters) -> np.ndarray:
        if not filters:
            return np.ones(len(self.ids), dtype=bool)
        return self.columns.mask(filters)

    def bm25_ranking(self, query: str, filters: Filters, n: int) -> list[tuple[str, float]]:
        scores = self.bm25.scores(query)
        if filters:
            scores = np.where(self.mask(filters), scores, 0.0)
        n = min(n, int((scores > 0).sum()))
        if n <= 0:
            return []
        top = np.argpartition(-scores, n - 1)[:n]
        top = top[np.argsort(-scores[top], kind="stable")]
        return [(self.bm25.ids[i], float(scores[i])) for i in top]

    def dense_ranking(self, query: str, filters: Filters, n: int) -> list[tuple[str, float]]:
        return self.nearest(self.embedder.embed_query(query), filters, n)

    def neighbours(self, paper: Paper, k: int, filters: Filters | None = None) -> list[Hit]:
        """The papers closest to one paper by meaning: its stored vector against every other paper's."""
        filters = filters or Filters()
        vector = self.vectors_of([paper.id])[paper.id]
        near = self.nearest(np.asarray(vector, dtype=np.float32), filters, k + 1)
        return [Hit(self.paper(pid), score, dense=score) for pid, score in near if pid != paper.id][:k]

    def nearest(self, vector: np.ndarray, filters: Filters, n: int) -> list[tuple[str, float]]:
        """Exact cosine over the catalogue's vectors; through Chroma's HNSW when a server holds them."""
        if self.vectors_matrix is None:
            hits = self.index.dense(vector, n, filters.chroma_where())
            return [(pid, s) for pid, s in hits if pid in self.position and filters.matches(self.paper(pid))]
        allowed = self.mask(filters) if filters else None
        top = dense.top(self.vectors_matrix, vector, n, allowed, self.screen)
        return [(self.ids[i], score) for i, score in top]

    @property
    def screen(self) -> dense.Screen | None:
        """The int8 copy that lets a large catalogue's dense search read a quarter of the bytes (see rag/dense.py)."""
        matrix = self.vectors_matrix
        if self._screen is None and matrix is not None and len(matrix) >= dense.SCREEN_MIN_ROWS:
            self._screen = dense.Screen.of(matrix)
        return self._screen

    def in_english(self, query: str) -> str:
        """A query in French, German, Spanish or Chinese reframed in English (rag.frames), so that both
        rankings read the corpus's words: the encoder is English-only and BM25 matches words."""
        lang = frames.language(query)
        return query if lang == "en" else frames.to_english(query, lang, lambda w: self.vocab.get(w, 0))

    def search(
        self,
        query: str,
        k: int = 10,
        filters: Filters | None = None,
        mode: str = "hybrid",
        depth: int = 0,
        blend: bool = True,
    ) -> list[Hit]:
        """Top-k papers; `depth` is how many candidates each side contributes before fusion."""
        if mode not in MODES:
            raise ValueError(f"mode must be one of {', '.join(MODES)}, not {mode!r}")
        filters = filters or Filters()
        if not query.strip() or not self.ids:
            return []
        depth = max(depth, 4 * k, 40)
        # The score blend normalises over each side's first hundred (stable across k); fusion uses `depth`.
        fetch = max(depth, 100) if mode == "hybrid" and blend else depth
        query = self.in_english(query)
        describes = descriptive(query)  # before the acronyms' expansions lengthen it
        described = query
        query = expand_query(query, self.acronyms)
        dense = self.dense_ranking(query, filters, fetch) if mode in ("dense", "hybrid") else []
        lexical = self.bm25_ranking(query, filters, fetch) if mode in ("bm25", "hybrid") else []
        dense_of, bm25_of = dict(dense), dict(lexical)
        if mode == "dense":
            scored = dense
        elif mode == "bm25":
            scored = lexical
        else:
            # Rare exact terms (an acronym, an author's handle) make the lexical list up to twice as trustworthy.
            rare = self.bm25.rare_share(query)
            weights = [DESCRIPTIVE_DENSE if describes else 1.0, 1.0 + rare]
            fused = rrf([[pid for pid, _ in dense[:depth]], [pid for pid, _ in lexical[:depth]]], weights)
            # Ties (one list each, same rank) go to lexical evidence: an exact term beats a near meaning.
            scored = sorted(
                fused.items(), key=lambda kv: (-kv[1], -bm25_of.get(kv[0], 0.0), -dense_of.get(kv[0], -1.0))
            )
            if blend:
                scored = head_by_scores(scored, dense_of, bm25_of, DENSE_WEIGHT * (1 - 0.5 * rare))
                if describes:
                    scored = by_cover(scored, self.stated(described, [pid for pid, _ in scored[:COVER_POOL]]))
        return [Hit(self.paper(pid), score, dense_of.get(pid), bm25_of.get(pid)) for pid, score in scored[:k]]

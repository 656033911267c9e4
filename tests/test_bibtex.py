"""BibTeX for every bundled paper parses with bibtexparser and gives back its title, authors and eprint."""

from __future__ import annotations

import html
import json
import re

import bibtexparser
import pytest
from bibtexparser.middlewares import SeparateCoAuthors
from pylatexenc.latex2text import LatexNodes2Text

from rag.bibtex import CiteError, base_key, bibtex, cite_keys, normalize_id, resolve
from rag.ingest import load_papers
from rag.papers import Paper
from rag.ui import source_card
from tests.conftest import DIGESTS

DECODE = LatexNodes2Text(math_mode="verbatim")


def decode(value: str) -> str:
    """pylatexenc is slow; text with nothing LaTeX reads specially is already decoded."""
    return DECODE.latex_to_text(value) if re.search(r"[\\{}$`']|--", value) else value


def parse(text: str) -> list[dict]:
    """Parse, split co-authors as BibTeX does, then decode LaTeX back to text (math kept verbatim)."""
    library = bibtexparser.parse_string(text, append_middleware=[SeparateCoAuthors()])
    assert not library.failed_blocks, [b.error for b in library.failed_blocks]
    out = []
    for e in library.entries:
        fields = {f.key: f.value for f in e.fields}
        fields["title"] = decode(fields["title"])
        if "author" in fields:
            fields["author"] = [decode(a) for a in fields["author"]]
        out.append({"key": e.key, "type": e.entry_type, **fields})
    return out


def plain(text: str) -> str:
    """Compare as LaTeX reads it: `--` is an en dash, `''` a closing quote (arXiv titles are TeX)."""
    text = text.replace("ˆ", "^")  # how pylatexenc writes \textasciicircum
    for tex, char in (("---", "—"), ("--", "–"), ("``", "“"), ("''", "”")):
        text = text.replace(tex, char)
    return re.sub(r"\s+", " ", text).strip()


@pytest.fixture(scope="module")
def corpus() -> list[Paper]:
    return load_papers([DIGESTS])[0]


def test_every_bundled_paper_round_trips_through_bibtexparser(corpus):
    entries = parse(bibtex(corpus))
    keys = cite_keys(corpus)
    assert len(entries) == len(corpus) == len({e["key"] for e in entries})
    for paper, got in zip(corpus, entries):
        assert got["type"] == "misc" and got["archivePrefix"] == "arXiv"
        assert got["eprint"] == paper.id and got["url"] == f"https://arxiv.org/abs/{paper.id}"
        assert got["year"] == f"20{paper.id[:2]}"
        assert plain(got["title"]) == plain(paper.title), paper.id
        assert got.get("author", []) == [a for a in paper.authors if " " in a.strip()]
        handles = [a for a in paper.authors if " " not in a.strip()]
        assert bool(handles) == ("note" in got) and all(h in decode(got["note"]) for h in handles), paper.id
        assert got["key"] == keys[paper.id]


HARD = [
    Paper(
        id="2501.00001",
        title="H^{3}DP: {Braces} in Müller's Café — naïve Zürich",
        authors=["Matthias Nießner", "Aljaž Božič", "Yağız Aksoy"],
    ),
    Paper(id="2501.00002", title=r"$\alpha$-Net & 50% of #1 _x_ ~ $\textbf{Only-IF}$", authors=["A. B. Smith"]),
    Paper(id="2501.00003", title="SWE-Lancer: Can LLMs Earn $1 Million?", authors=["Ann Ford and Sons Ltd"]),
    Paper(id="2501.00004", title=r"a { b \& c } } d", authors=[]),
    Paper(id="2501.00005", title="Top-$nσ$: Not All Logits Are You Need", authors=["Chenxia Tang"]),
]


@pytest.mark.parametrize("paper", HARD, ids=[p.id for p in HARD])
def test_braces_accents_latex_and_special_characters(paper):
    text = bibtex([paper])
    (got,) = parse(text)
    assert plain(got["title"]) == plain(paper.title)
    assert got["eprint"] == paper.id
    assert got.get("author", []) == paper.authors


def test_escaping_is_what_latex_expects():
    text = bibtex(HARD)
    assert r"H\textasciicircum{}\{3\}DP:" in text and "Müller's Café" in text, "UTF-8 kept, braces escaped"
    assert r"$\alpha$-Net \& 50\% of \#1 \_x\_ \textasciitilde{} $\textbf{Only-IF}$" in text, "math kept"
    assert r"Earn \$1 {Million?}" not in text and r"Earn \$1 Million?" in text, "a lone dollar is a dollar"
    assert "author = {{Ann Ford and Sons Ltd}}" in text, "a name holding 'and' stays one person"
    assert "{LLMs}" in text and "{SWE-Lancer:}" in text, "capitals protected"
    assert "author = {Matthias Nießner and Aljaž Božič and Yağız Aksoy}" in text


def test_keys_are_stable_and_deduplicated_in_id_order():
    a = Paper(id="2502.00002", title="Attention Is All", authors=["Jane Müller"])
    b = Paper(id="2502.00001", title="Attention again", authors=["Kai Müller"])
    c = Paper(id="2502.00003", title="The attention", authors=["Lu Müller"])
    assert base_key(a) == "muller2025attention" and base_key(c) == "muller2025attention"
    assert cite_keys([a, b, c]) == {
        "2502.00001": "muller2025attention",
        "2502.00002": "muller2025attentionb",
        "2502.00003": "muller2025attentionc",
    }
    assert cite_keys([a]) == {"2502.00002": "muller2025attention"}
    assert base_key(Paper(id="2409.01234", title="On $\\beta$", authors=[])) == "anon2024beta"
    assert base_key(Paper(id="2409.01234", title="Nießner", authors=["M. Nießner"])) == "niessner2024niessner"
    handles_only = Paper(id="2501.12948", title="DeepSeek-R1: Incentivizing Reasoning", authors=["AS-7", "guoday"])
    assert base_key(handles_only) == "anon2025deepseek", "a Hugging Face account is no surname"


def test_ids_in_any_arxiv_form_and_unknown_ids_named(corpus):
    assert normalize_id("arXiv:2501.11425v2") == "2501.11425"
    assert normalize_id("https://arxiv.org/abs/2501.11425") == "2501.11425"
    with pytest.raises(CiteError, match="'mcts' is not an arXiv id"):
        normalize_id("mcts")
    known = {p.id: p for p in corpus}

    def lookup(ids):
        return {i: known[i] for i in ids if i in known}

    first = corpus[0].id
    assert [p.id for p in resolve([first, f"arXiv:{first}v3"], lookup)] == [first]
    with pytest.raises(CiteError, match=r"not in the index: 2599\.99999, 2599\.99998"):
        resolve([first, "2599.99999", "2599.99998"], lookup)


def test_the_ui_source_card_offers_the_entry():
    card = source_card(1, HARD[1], True)
    button = re.search(r'<button class="bibtex" type="button" title="([^"]*)" data-copy="([^"]*)"', card)
    assert button and button.group(1) == button.group(2) and "<script" not in card
    (got,) = parse(html.unescape(button.group(2)))
    assert got["eprint"] == "2501.00002"


@pytest.mark.slow
def test_rag_cite_and_ask_bibtex(tmp_path):
    from rag.embed import Embedder
    from rag.index import PaperIndex
    from rag.ingest import ingest
    from tests.conftest import make_settings
    from tests.test_cli import rag

    settings = make_settings(tmp_path)
    ingest([DIGESTS / "2025-01-22.md"], PaperIndex(settings), Embedder(settings))
    env = {"RAG_INDEX_DIR": str(settings.index_dir), "RAG_CACHE_DIR": str(settings.cache_dir), "RAG_LLM": "extractive"}
    ids = [p.id for p in PaperIndex(settings).papers()][:2]
    out = rag("cite", *ids, env=env).stdout
    assert [e["eprint"] for e in parse(out)] == ids
    data = json.loads(rag("cite", ids[0], "--format", "json", env=env).stdout)
    assert data[0]["id"] == ids[0] and data[0]["bibtex"].startswith("@misc{")
    bad = rag("cite", ids[0], "2599.99999", env=env, check=False)
    assert bad.returncode == 1 and "not in the index: 2599.99999" in bad.stderr and "Traceback" not in bad.stderr
    answer = json.loads(rag("ask", "which papers use MCTS?", "--json", "--bibtex", env=env).stdout)
    cited = [c["id"] for c in answer["citations"]]
    assert cited and [e["eprint"] for e in parse(answer["bibtex"])] == cited

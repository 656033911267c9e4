"""The default encoder (int8 ONNX on onnxruntime, no torch) and what the CLI imports before it needs to."""

from __future__ import annotations

import json
import subprocess
import sys

import numpy as np
import pytest

from rag.embed import Embedder, EmbeddingError, cache_key, load_model
from rag.settings import ROOT

HEAVY = ("torch", "chromadb", "llama_index.core", "numpy", "scipy", "onnxruntime", "gradio", "sentence_transformers")


def loaded_after(code: str, env: dict[str, str] | None = None) -> dict[str, bool]:
    """Which heavy modules a fresh interpreter holds after running `code`."""
    probe = f"{code}\nimport json, sys\nprint(json.dumps({{m: m in sys.modules for m in {HEAVY!r}}}))"
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120, env=env)
    return json.loads(out.stdout.strip().splitlines()[-1])


def run_cli(*args: str) -> str:
    return f"import sys\nsys.argv = ['rag', *{list(args)!r}]\nfrom rag.cli import main\n" + (
        "try:\n    main()\nexcept SystemExit:\n    pass"
    )


def test_help_and_a_bad_flag_import_nothing_heavy():
    assert not any(loaded_after(run_cli("--help")).values())
    assert not any(loaded_after(run_cli("search", "x", "--since", "22-01-2025")).values())
    assert not any(loaded_after(run_cli("ask", "   ")).values())


def test_vectors_are_normalised_and_match_the_shipped_cache(settings):
    from rag.ingest import load_papers
    from tests.conftest import DIGESTS

    papers, *_ = load_papers([DIGESTS])  # the corpus as a whole: a paper's text merges all its days
    embedder = Embedder(settings)
    texts = [p.text for p in papers[::150]]
    fresh = embedder.encoder.encode(texts)
    assert np.allclose(np.linalg.norm(fresh, axis=1), 1.0, atol=1e-5)
    shipped = embedder.caches[1]
    cached = [shipped.get(cache_key(embedder.model_id, t)) for t in texts]
    assert all(v is not None for v in cached), "the shipped cache lacks vectors of the default model"
    cosines = (fresh * np.stack(cached)).sum(axis=1)
    assert cosines.min() > 0.999  # the cache stores float16


def test_batching_and_padding_do_not_change_a_vector(settings):
    encoder = Embedder(settings).encoder
    short, long = "Monte Carlo Tree Search", "a much longer text about speculative decoding " * 80
    alone = encoder.encode([short])[0]
    batched = encoder.encode([long, short, "x"], batch_size=3)
    assert np.allclose(alone, batched[1], atol=1e-5)
    assert batched.shape == (3, 384)  # the long text is truncated at 256 word pieces, not an error


def test_the_llama_index_interface_gives_the_same_vectors(settings):
    embedder = Embedder(settings)
    model = embedder.model
    texts = ["which papers use MCTS?", "speculative decoding"]
    through_llama = np.asarray(model.get_text_embedding_batch(texts))
    assert np.allclose(through_llama, embedder.encoder.encode(texts), atol=1e-6)
    assert np.allclose(model.get_query_embedding(texts[0]), embedder.embed_query(texts[0]), atol=1e-6)


def test_a_sentence_transformers_folder_without_torch_names_the_extra(settings, tmp_path, monkeypatch):
    from dataclasses import replace

    monkeypatch.setitem(sys.modules, "llama_index.embeddings.huggingface", None)
    with pytest.raises(EmbeddingError, match=r"rag\[torch\]"):
        load_model(replace(settings, embed_model=str(tmp_path)))


def test_an_openai_embedding_model_without_its_package_names_it(settings, monkeypatch):
    from dataclasses import replace

    monkeypatch.setitem(sys.modules, "llama_index.embeddings.openai", None)
    with pytest.raises(EmbeddingError, match="pip install llama-index-embeddings-openai"):
        load_model(replace(settings, openai_embed_model="text-embedding-3-small"))


def test_the_default_install_does_not_need_torch():
    pyproject = (ROOT / "pyproject.toml").read_text()
    default = pyproject.split("dependencies = [", 1)[1].split("]", 1)[0]
    assert '"torch==' not in default and '"sentence-transformers==' not in default
    assert loaded_after("import rag.embed, rag.encoder, rag.retrieve, rag.answer")["torch"] is False


def test_an_onnx_file_runs_on_the_same_encoder_path(settings, tmp_path):
    """A tuned copy of the bundled model (bench/tune_encoder.py writes one) needs no torch and no llama-index."""
    import shutil
    from dataclasses import replace

    from rag.encoder import model_file

    copy = tmp_path / "model-int8.onnx"
    shutil.copyfile(model_file(), copy)
    own = Embedder(replace(settings, embed_model=str(copy)))
    bundled = Embedder(settings)
    assert own.is_default and own.model_id == str(copy) != bundled.model_id  # its vectors are cached apart
    assert np.allclose(own.embed_query("speculative decoding"), bundled.embed_query("speculative decoding"), atol=1e-6)
    with pytest.raises(EmbeddingError, match="no such ONNX file"):
        _ = Embedder(replace(settings, embed_model=str(tmp_path / "missing.onnx"))).encoder


def test_two_onnx_files_of_one_name_and_size_keep_their_own_optimised_graphs(tmp_path):
    """Two tuned exports of one architecture have the same name and byte size (bench/tune_encoder_gpu.py
    writes such files): each gets its own optimised graph in the cache, not the first one's weights."""
    import shutil

    from rag.encoder import OnnxEncoder, model_file

    cache = tmp_path / "models"
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        copy = tmp_path / folder / "model-int8.onnx"
        shutil.copyfile(model_file(), copy)
        OnnxEncoder(model=copy, cache_dir=cache)
    assert len(list(cache.glob("model-int8-*.onnx"))) == 2

"""The settings object: its fields carry their descriptions, and the README lists exactly them."""

from __future__ import annotations

import re
from dataclasses import fields
from pathlib import Path

import pytest

from rag.settings import ROOT, Settings, config_table


def test_readme_configuration_table_is_the_settings():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert config_table() in readme, "README's configuration table is stale: paste `python -m rag.settings`"
    listed = set(re.findall(r"^\| `(RAG_[A-Z_]+)` \|", readme, re.MULTILINE))
    assert listed == {f"RAG_{f.name.upper()}" for f in fields(Settings)}


def test_every_field_says_what_it_is_for():
    assert all(f.metadata.get("help") for f in fields(Settings))


def test_environment_variables_override_defaults_and_flags_override_both():
    s = Settings.from_env({"RAG_TOP_K": "9", "RAG_INDEX_DIR": "/tmp/x", "RAG_MODE": "bm25"}, mode="dense")
    assert (s.top_k, s.index_dir, s.mode, s.port) == (9, Path("/tmp/x"), "dense", 7860)
    with pytest.raises(ValueError, match="RAG_TOP_K='many': expected int"):
        Settings.from_env({"RAG_TOP_K": "many"})


def test_an_empty_variable_is_unset_as_in_the_shell():
    s = Settings.from_env({"RAG_CACHE_DIR": "", "RAG_TOP_K": " ", "RAG_API_TOKEN": ""})
    assert s.cache_dir == Settings().cache_dir and s.top_k == Settings().top_k and s.api_token == ""


def test_runtime_files_live_under_rag_home_and_bundled_files_come_with_the_package(tmp_path):
    s = Settings.from_env({"RAG_HOME": str(tmp_path)})
    assert (s.index_dir, s.cache_dir, s.user_digests) == (tmp_path / "chroma", tmp_path / "cache", tmp_path / "digests")
    assert (s.prompts_dir / "answer_system.txt").is_file() and (s.data_dir / "2025-01-22.md").is_file()
    assert any(s.embed_cache.glob("*.npz"))
    mine = Settings.from_env({"RAG_HOME": str(tmp_path), "RAG_INDEX_DIR": "/srv/index"})
    assert (mine.index_dir, mine.cache_dir) == (Path("/srv/index"), tmp_path / "cache")
    assert Settings.from_env({}).home.is_absolute(), "the default home is the platform's user data folder"


@pytest.mark.parametrize(
    ("env", "needle"),
    [
        ({"RAG_TOP_K": "0"}, "RAG_TOP_K=0: must be above 0"),
        ({"RAG_TOP_K": "41"}, "RAG_TOP_K=41: at most 40"),
        ({"RAG_LLM_TIMEOUT": "-1"}, "RAG_LLM_TIMEOUT=-1.0: must be above 0"),
        ({"RAG_MODE": "fuzzy"}, "RAG_MODE='fuzzy'"),
        ({"RAG_PORT": "70000"}, "RAG_PORT=70000: not a port"),
    ],
)
def test_values_that_make_no_sense_are_refused(env, needle):
    with pytest.raises(ValueError, match=re.escape(needle)):
        Settings.from_env(env)

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


@pytest.mark.parametrize(
    ("env", "needle"),
    [
        ({"RAG_TOP_K": "0"}, "RAG_TOP_K=0: must be above 0"),
        ({"RAG_LLM_TIMEOUT": "-1"}, "RAG_LLM_TIMEOUT=-1.0: must be above 0"),
        ({"RAG_MODE": "fuzzy"}, "RAG_MODE='fuzzy'"),
        ({"RAG_PORT": "70000"}, "RAG_PORT=70000: not a port"),
    ],
)
def test_values_that_make_no_sense_are_refused(env, needle):
    with pytest.raises(ValueError, match=re.escape(needle)):
        Settings.from_env(env)

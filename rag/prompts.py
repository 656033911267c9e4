"""Prompts live in `prompts/*.txt`, not in code; each is read once per folder."""

from __future__ import annotations

from functools import cache
from pathlib import Path


@cache
def prompt(name: str, prompts_dir: Path) -> str:
    return (prompts_dir / f"{name}.txt").read_text(encoding="utf-8")

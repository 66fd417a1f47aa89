"""Shared fixtures: paths to the examples and the optional false-alarm corpus."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
CORPUS = ROOT.parent / "shared" / "corpus"


@pytest.fixture(scope="session")
def examples_dir() -> Path:
    return EXAMPLES


def seed_text(prefix: str) -> str:
    """The text of the seed article whose file name starts with ``prefix`` (e.g. ``"003"``)."""
    matches = sorted(EXAMPLES.glob(f"{prefix}_*.txt"))
    assert matches, f"no example starting with {prefix}"
    return matches[0].read_text(encoding="utf-8")

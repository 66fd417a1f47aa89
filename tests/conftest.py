"""Shared fixtures: paths to the examples and the optional false-alarm corpus."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest
from hypothesis import settings

# Speed is measured by the benchmark scripts, never by tests: no per-example deadline
# (a first example that loads a lexicon would otherwise fail on a loaded machine).
settings.register_profile("factcheck", deadline=None)
settings.load_profile("factcheck")

# The start-up snapshot of parsed data goes to a folder of this run, not the user's cache
# (subprocesses the tests start inherit it).
os.environ.setdefault("FACTCHECK_DATA_CACHE", tempfile.mkdtemp(prefix="factcheck-data-"))

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
#: Real government reports for measuring false alarms; never copied into the repository.
CORPUS = Path(os.environ.get("FACTCHECK_CORPUS", ROOT.parent / "shared" / "corpus"))
#: Real news stories (CCTV, 2022–2023) for the same purpose; never copied either.
CORPUS_NEWS = Path(os.environ.get("FACTCHECK_CORPUS_NEWS", ROOT.parent / "shared" / "corpus-news"))


@pytest.fixture(scope="session")
def examples_dir() -> Path:
    return EXAMPLES


def seed_text(prefix: str) -> str:
    """The text of the seed article whose file name starts with ``prefix`` (e.g. ``"003"``)."""
    matches = sorted(EXAMPLES.glob(f"{prefix}_*.txt"))
    assert matches, f"no example starting with {prefix}"
    return matches[0].read_text(encoding="utf-8")

"""The pipeline's findings and claims equal the recorded golden output (``benchmarks/golden.py``).

A change that alters what is found or extracted must re-record the golden files
(``python benchmarks/golden.py --write``) and say why in its commit.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

import golden  # noqa: E402


@pytest.mark.parametrize("name", list(golden.SETS))
def test_same_findings_and_claims_as_recorded(name: str) -> None:
    folder = golden.SETS[name]
    if not folder.is_dir():
        pytest.skip(f"{folder} is not present (third-party corpus, never copied here)")
    assert golden.differences(name, folder) == []

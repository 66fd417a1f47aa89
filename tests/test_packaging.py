"""The wheel ships the rules/ data inside the package."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.skipif(importlib.util.find_spec("hatchling") is None, reason="hatchling not installed")
def test_wheel_contains_rules(tmp_path: Path) -> None:
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", str(ROOT), "--no-deps", "--no-build-isolation",
         "-w", str(tmp_path), "-q"],
        check=True,
    )
    (wheel,) = tmp_path.glob("factcheck-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert "factcheck/_rules/lexicons/units.toml" in names
    assert any(name.startswith("factcheck/_rules/numbers/FC101") for name in names)
    assert "factcheck/py.typed" in names

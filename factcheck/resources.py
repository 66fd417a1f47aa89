"""Locate the rule catalogue and lexicons shipped as data (``rules/`` in the source tree).

In a wheel, ``rules/`` is installed as ``factcheck/_rules``; in a source checkout or an
editable install it is the top-level ``rules/`` folder next to the package.
"""

from __future__ import annotations

import tomllib
from functools import cache
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

__all__ = ["RuleDataError", "rules_root", "read_toml", "iter_toml"]


class RuleDataError(ValueError):
    """A rule or lexicon file is malformed; the message names the file."""


@cache
def rules_root() -> Traversable:
    """The folder holding the rule catalogue and the lexicons."""
    packaged = resources.files("factcheck").joinpath("_rules")
    if packaged.is_dir():
        return packaged
    source = Path(__file__).resolve().parent.parent / "rules"
    if source.is_dir():
        return source
    raise RuleDataError("cannot find the rules/ data folder: the installation is incomplete")


def read_toml(resource: Traversable | Path, label: str | None = None) -> dict[str, Any]:
    """Parse one TOML data file, turning syntax errors into :class:`RuleDataError`."""
    name = label or str(resource)
    try:
        return tomllib.loads(resource.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as error:
        raise RuleDataError(f"{name}: invalid TOML: {error}") from None
    except (OSError, UnicodeDecodeError) as error:
        raise RuleDataError(f"{name}: cannot read: {error}") from None


def iter_toml(folder: Traversable) -> list[Traversable]:
    """All ``*.toml`` files below ``folder``, sorted by path, recursively."""
    found: list[tuple[str, Traversable]] = []

    def walk(node: Traversable, prefix: str) -> None:
        for child in node.iterdir():
            path = f"{prefix}/{child.name}"
            if child.is_dir():
                walk(child, path)
            elif child.name.endswith(".toml"):
                found.append((path, child))

    if folder.is_dir():
        walk(folder, "")
    return [resource for _, resource in sorted(found, key=lambda item: item[0])]

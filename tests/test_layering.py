"""The flow is one way: no module of the package imports, even lazily, a module that imports it back."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "factcheck"


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path, name: str) -> set[str]:
    """Modules of the package that ``path`` imports anywhere (top level or inside functions),
    ignoring imports only made for type checking."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
    found: set[str] = set()
    typing_only = {
        id(child) for node in ast.walk(tree)
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test)
        for child in ast.walk(node)
    }
    for node in ast.walk(tree):
        if id(node) in typing_only:
            continue
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - (node.level - 1)]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            if target.startswith("factcheck"):
                found.add(target)
                found.update(f"{target}.{alias.name}" for alias in node.names)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names if alias.name.startswith("factcheck"))
    return found


def _graph() -> dict[str, set[str]]:
    modules = {_module_name(path): path for path in PACKAGE.rglob("*.py")}
    return {name: {target for target in _imports(path, name) if target in modules and target != name}
            for name, path in modules.items()}


def _cycle_through(graph: dict[str, set[str]], start: str) -> list[str] | None:
    stack = [(start, [start])]
    seen: set[str] = set()
    while stack:
        node, path = stack.pop()
        for target in graph[node]:
            if target == start:
                return path + [start]
            if target not in seen and not start.startswith(target + ".") and not target.startswith(start + "."):
                seen.add(target)
                stack.append((target, path + [target]))
    return None


def test_no_import_cycles_between_modules() -> None:
    graph = _graph()
    # a package's __init__ re-exporting its own modules is not a cycle of the flow
    graph = {name: {t for t in targets if not t.startswith(name + ".")} for name, targets in graph.items()}
    cycles = [cycle for name in sorted(graph) if (cycle := _cycle_through(graph, name))]
    assert cycles == [], "\n".join(" → ".join(cycle) for cycle in cycles[:10])


def test_the_cycle_finder_finds_cycles() -> None:
    graph = {"a.x": {"a.y"}, "a.y": {"b.z"}, "b.z": {"a.x"}, "c": set()}
    assert _cycle_through(graph, "a.x") == ["a.x", "a.y", "b.z", "a.x"]
    assert _cycle_through(graph, "c") is None
    real = _graph()
    assert "factcheck.engine.registry" in real["factcheck.checks.numeric"]  # imports are seen
    assert "factcheck.checks" in real["factcheck.engine.plugins"]  # lazy ones too


@pytest.mark.parametrize(
    "module",
    ["factcheck.dates", "factcheck.dates.observances", "factcheck.claims", "factcheck.claims.times",
     "factcheck.numerics", "factcheck.document", "factcheck.places", "factcheck.checks", "factcheck.engine.runner",
     "factcheck.report", "factcheck.batch", "factcheck.markup", "factcheck.cli"],
)
def test_every_package_imports_first_in_a_fresh_interpreter(module: str) -> None:
    import subprocess
    import sys

    result = subprocess.run([sys.executable, "-c", f"import {module}"], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr[-800:]

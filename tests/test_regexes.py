"""Patterns compiled on first use: same answers as compiled ones, nothing compiled at import."""

from __future__ import annotations

import importlib
import pickle
import pkgutil
import re
import subprocess
import sys

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

import factcheck
from factcheck.regexes import LazyPattern, compile_declared, declared_patterns, lazy


def test_nothing_is_compiled_until_used() -> None:
    pattern = lazy(r"(?P<n>\d+)万")
    assert isinstance(pattern, LazyPattern)
    assert not pattern.is_compiled
    assert pattern.pattern == r"(?P<n>\d+)万"
    assert not pattern.is_compiled
    assert pattern.search("共3万人")["n"] == "3"
    assert pattern.is_compiled
    assert pattern.groupindex == {"n": 1}


def test_methods_are_bound_once() -> None:
    pattern = lazy(r"\d")
    pattern.findall("1")
    assert pattern.finditer is pattern.finditer  # an attribute now, not a fresh lookup


def test_the_standard_engine_is_available() -> None:
    pattern = lazy(r"(a)\1", engine=re)
    assert pattern.fullmatch("aa")
    assert isinstance(pattern.compiled(), re.Pattern)
    with pytest.raises(AttributeError):
        pattern.splititer  # noqa: B018 - only the regex engine has it
    with pytest.raises(ValueError, match="engine"):
        lazy("a", engine=pickle)  # type: ignore[arg-type]


def test_a_pickled_pattern_comes_back_uncompiled() -> None:
    pattern = lazy(r"[一二三]", regex.VERSION1)
    pattern.search("一")
    copy = pickle.loads(pickle.dumps(pattern))
    assert not copy.is_compiled
    assert copy.findall("一二四") == ["一", "二"]
    assert copy.flags & regex.VERSION1


@given(st.text(alphabet="12３万元亿，、 年约a", max_size=40))
def test_lazy_and_compiled_patterns_agree(text: str) -> None:
    source = r"(?P<number>\d+)(?:万|亿)?(?P<unit>元|年)?"
    compiled = regex.compile(source)
    pattern = lazy(source)
    assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in compiled.finditer(text)]
    assert pattern.sub("#", text) == compiled.sub("#", text)
    assert pattern.split(text) == compiled.split(text)


def test_the_package_declares_its_module_patterns_lazily() -> None:
    """No module compiles a pattern at import: every module-level pattern is lazy."""
    eager = []
    for info in pkgutil.walk_packages(factcheck.__path__, "factcheck."):
        try:
            module = importlib.import_module(info.name)
        except ModuleNotFoundError:  # a module of an extra that is not installed
            continue
        for name, value in vars(module).items():
            values = value if isinstance(value, (tuple, list)) else [value]
            if any(isinstance(item, (re.Pattern, regex.Pattern)) for item in values):
                eager.append(f"{info.name}.{name}")
    assert eager == []


def test_importing_the_whole_package_compiles_nothing() -> None:
    script = (
        "import importlib, pkgutil, sys, factcheck\n"
        "from factcheck.regexes import declared_patterns\n"
        "for info in pkgutil.walk_packages(factcheck.__path__, 'factcheck.'):\n"
        "    try:\n"
        "        importlib.import_module(info.name)\n"
        "    except ModuleNotFoundError:\n"
        "        pass  # a module of an extra that is not installed\n"
        "patterns = [pattern for _, pattern in declared_patterns()]\n"
        "print(len(patterns), sum(pattern.is_compiled for pattern in patterns))\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    declared, compiled = map(int, done.stdout.split())
    assert declared > 100
    assert compiled == 0


def test_compile_declared_compiles_every_pattern_the_loaded_modules_hold() -> None:
    import factcheck.engine.runner  # noqa: F401 - loads the checks, claims and document modules

    count = compile_declared()
    names = [name for name, _ in declared_patterns()]
    assert count == len(names) > 100
    assert all(pattern.is_compiled for _, pattern in declared_patterns())
    assert "factcheck.claims.averages._AVERAGES[0]" in names  # inside a module-level tuple


def test_a_pattern_compiled_twice_in_one_process_is_read_once() -> None:
    """A pattern built at run time (a Markdown code span's closing run) is asked for again
    and again: the process answers from memory, not from the snapshot each time."""
    from factcheck.regexes import compile_pattern

    first = compile_pattern(r"(?<!`)````(?!`)")
    assert compile_pattern(r"(?<!`)````(?!`)") is first
    assert first.search("a ```` b").span() == (2, 6)
    assert compile_pattern(r"(?<!`)````(?!`)", regex.IGNORECASE) is not first

"""Regular expressions compiled on first use, so that importing a module compiles nothing.

A module declares its patterns with :func:`lazy` exactly as it would with ``regex.compile``;
the pattern is compiled the first time one of its methods is used, and from then on each
method is a plain attribute holding the compiled pattern's bound method, as fast to call as
the compiled pattern itself. A run that needs only some rules compiles only their patterns.

Compiling is slow in ``regex`` (its parser is written in Python: about 0.2 ms a pattern,
40 ms for the patterns of one article), so :func:`compile_pattern` keeps what it compiled
in the start-up snapshot (:mod:`factcheck.snapshot`): ``regex`` pickles a compiled pattern
as its compiled program, and later runs load it in about a tenth of the time. The
snapshot is keyed by the versions of ``regex`` and Python, each entry by its source and flags.
"""

from __future__ import annotations

import importlib
import re
import sys
from collections.abc import Iterator
from functools import cache
from types import ModuleType
from typing import TYPE_CHECKING, Any, cast

import regex

if TYPE_CHECKING:
    from collections.abc import Callable

    from .snapshot import Snapshot

_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split", "splititer", "scanner")


class LazyPattern:
    """A regular expression that compiles itself the first time it is used."""

    __slots__ = ("_source", "_flags", "_engine", "_compiled", *_METHODS)

    def __init__(self, source: str, flags: int = 0, engine: ModuleType = regex) -> None:
        self._source = source
        self._flags = flags
        self._engine = engine
        self._compiled: Any = None

    @property
    def pattern(self) -> str:
        """The source of the pattern, read without compiling it."""
        return self._source

    @property
    def is_compiled(self) -> bool:
        """Whether the pattern has been compiled yet."""
        return self._compiled is not None

    def compiled(self) -> Any:
        """The compiled pattern (compiled now if it was not yet)."""
        if self._compiled is None:
            if self._engine is regex:
                compiled = compile_pattern(self._source, self._flags)
            else:
                compiled = self._engine.compile(self._source, self._flags)
            for name in _METHODS:
                method = getattr(compiled, name, None)
                if method is not None:
                    setattr(self, name, method)
            self._compiled = compiled
        return self._compiled

    def __getattr__(self, name: str) -> Any:
        # Only reached for a method not yet bound, or an attribute of the compiled pattern
        # (groups, groupindex, flags …).
        if name.startswith("__"):
            raise AttributeError(name)
        return getattr(self.compiled(), name)

    def __reduce__(self) -> tuple[Callable[..., LazyPattern], tuple[str, int, str]]:
        return _rebuild, (self._source, self._flags, self._engine.__name__)

    def __repr__(self) -> str:
        return f"lazy({self._source!r}, {self._flags!r}, engine={self._engine.__name__})"


def _rebuild(source: str, flags: int, engine: str) -> LazyPattern:
    return LazyPattern(source, flags, importlib.import_module(engine))


def lazy(source: str, flags: int = 0, *, engine: ModuleType = regex) -> regex.Pattern[str]:
    """``engine.compile(source, flags)``, deferred until the pattern is first used.

    ``engine`` is the ``regex`` module (the default) or the standard ``re`` module.
    Typed as the compiled pattern it stands for: use it only through its methods and
    attributes, not with ``isinstance``.
    """
    if engine is not regex and engine is not re:
        raise ValueError(f"unknown regular-expression engine {engine!r}")
    return cast("regex.Pattern[str]", LazyPattern(source, flags, engine))


def compile_pattern(source: str, flags: int = 0) -> regex.Pattern[str]:
    """``regex.compile(source, flags)``, from the start-up snapshot when an earlier run
    compiled the same pattern (errors are raised as by ``regex.compile``). Asked again in
    the same process, the same compiled pattern is returned, as ``regex`` caches its own."""
    key = (source, flags)
    found = _COMPILED.get(key)
    if found is None:
        if len(_COMPILED) >= _KEPT_PATTERNS:
            _COMPILED.clear()  # bounded, as regex's own cache is
        found = _COMPILED[key] = _compiled_patterns().get(
            f"{flags}:{source}", (), lambda: regex.compile(source, flags)
        )
    return found


#: The patterns :func:`compile_pattern` returned in this process, by source and flags.
_COMPILED: dict[tuple[str, int], regex.Pattern[str]] = {}


@cache
def _compiled_patterns() -> Snapshot:
    from .snapshot import open_snapshot

    from regex import _regex  # the compiled engine: its magic number versions the compiled programs

    # a pattern compiled by one version of regex is never given to another
    scope = f"regex {regex.__version__} engine {_regex.MAGIC} {regex.DEFAULT_VERSION} python {sys.version}"
    return open_snapshot(scope, kind="patterns", limit=_KEPT_PATTERNS)


#: At most this many compiled patterns are kept (those of the last run when there are more:
#: lexicons extended with ever new words must not grow the snapshot without end).
_KEPT_PATTERNS = 2000


def declared_patterns(prefix: str = "factcheck") -> Iterator[tuple[str, LazyPattern]]:
    """Every lazy pattern held by a loaded module under ``prefix``, directly or in a
    module-level tuple, list or dict, with its dotted name."""
    for module_name, module in list(sys.modules.items()):
        if module is None or not (module_name == prefix or module_name.startswith(prefix + ".")):
            continue
        for name, value in list(vars(module).items()):
            if isinstance(value, dict):
                members = [(f"{name}[{key!r}]", item) for key, item in value.items()]
            elif isinstance(value, (tuple, list)):
                members = [(f"{name}[{index}]", item) for index, item in enumerate(value)]
            else:
                members = [(name, value)]
            for label, item in members:
                if isinstance(item, LazyPattern):
                    yield f"{module_name}.{label}", item


def compile_declared() -> int:
    """Compile every pattern the loaded modules declare (before forking workers, which then
    share them instead of each compiling its own); returns how many there are."""
    patterns = [pattern for _, pattern in declared_patterns()]
    for pattern in patterns:
        pattern.compiled()
    return len(patterns)

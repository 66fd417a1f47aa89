"""Configuration files: find the one that applies to each checked file, validate it, resolve it.

A project configures factcheck in ``.factcheck.toml``, ``factcheck.toml`` (top-level keys)
or ``pyproject.toml`` (under ``[tool.factcheck]``). For each checked file the nearest of
these, from the file's folder upward, applies — alone, as in ruff: configurations are not
merged. In one folder ``.factcheck.toml`` wins over ``factcheck.toml`` over
``pyproject.toml``; a ``pyproject.toml`` without a ``[tool.factcheck]`` table is not a
configuration. ``--config FILE`` uses one file for everything, ``--isolated`` none.

Paths in a configuration (``exclude``, ``per-file-ignores``, ``extend-lexicons``) are
relative to the folder of the file that names them. Options on the command line override
the file: ``--select`` starts the selection afresh (the file's ``select``,
``extend-select`` and ``ignore`` give way); without it ``--extend-select`` and
``--ignore`` add to the file's.
"""

from __future__ import annotations

import difflib
import fnmatch
import os
from dataclasses import dataclass, field, fields
from datetime import date
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from .config import DEFAULT_MAX_FILE_SIZE, Config, codes, severities, severity, shared_checks, words
from .findings import Severity
from .records import CheckedRecord, FieldError, InvalidRecord, Problem, record
from .resources import read_toml, RuleDataError

if TYPE_CHECKING:
    import pathspec

__all__ = [
    "CONFIG_FILES",
    "DEFAULT_INCLUDE",
    "ConfigFileError",
    "FileOptions",
    "Overrides",
    "Settings",
    "Resolver",
    "gitignore_spec",
    "parse_size",
]

#: Configuration file names, in order of precedence within one folder.
CONFIG_FILES = (".factcheck.toml", "factcheck.toml", "pyproject.toml")
#: Files a searched folder is checked for.
DEFAULT_INCLUDE = ("*.txt", "*.md", "*.markdown", "*.html", "*.htm")


class ConfigFileError(ValueError):
    """A configuration file is malformed; the message names the file and the key."""


def parse_size(value: str | int) -> int:
    """``10M``, ``512k``, ``2g`` or a number of bytes → bytes; ``ValueError`` if not a size."""
    if isinstance(value, bool) or not isinstance(value, (int, str)):
        raise ValueError(f"not a size: {value!r} (try 10M)")
    if isinstance(value, int):
        size = value
    else:
        units = {"k": 1024, "m": 1024**2, "g": 1024**3}
        text = value.strip().lower().removesuffix("b")
        factor = units.get(text[-1:], 1)
        number = text[:-1] if text[-1:] in units else text
        try:
            size = int(float(number) * factor)
        except (ValueError, OverflowError):  # OverflowError: "inf"
            raise ValueError(f"not a size: {value!r} (try 10M)") from None
    if size <= 0:
        raise ValueError("the size limit must be positive")
    return size


def _kebab(name: str) -> str:
    return name.replace("_", "-")


@record
class FileOptions(CheckedRecord):
    """The keys of a configuration file (kebab-case in the file), checked when built."""

    aliases = _kebab

    select: list[str] | None = None
    extend_select: list[str] = field(default_factory=list)
    ignore: list[str] = field(default_factory=list)
    per_file_ignores: dict[str, list[str]] = field(default_factory=dict)
    severity: dict[str, Severity] = field(default_factory=dict)
    include: list[str] = field(default_factory=lambda: list(DEFAULT_INCLUDE))
    exclude: list[str] = field(default_factory=list)
    extend_exclude: list[str] = field(default_factory=list)
    respect_gitignore: bool = True
    reference_date: date | None = None
    extend_lexicons: list[str] = field(default_factory=list)
    language: Literal["zh", "en"] = "zh"
    max_file_size: int = DEFAULT_MAX_FILE_SIZE  # "10M" in the file
    fail_on: Severity = Severity.WARNING

    def __post_init__(self) -> None:
        if not isinstance(self.per_file_ignores, dict):
            raise FieldError("per_file_ignores", f"expected a table of globs and rule codes, got {self.per_file_ignores!r}")
        if not isinstance(self.respect_gitignore, bool):
            raise FieldError("respect_gitignore", f"expected true or false, got {self.respect_gitignore!r}")
        lexicons = self.extend_lexicons
        try:
            size = parse_size(self.max_file_size)
        except ValueError as error:
            raise FieldError("max_file_size", str(error)) from None
        checked = {
            **shared_checks(self),
            "per_file_ignores": {
                glob: codes(f"per_file_ignores.{glob}", listed) for glob, listed in self.per_file_ignores.items()
            },
            "severity": severities("severity", self.severity),
            "include": words("include", self.include),
            "exclude": words("exclude", self.exclude),
            "extend_exclude": words("extend_exclude", self.extend_exclude),
            "extend_lexicons": words("extend_lexicons", [lexicons] if isinstance(lexicons, str) else lexicons),
            "max_file_size": size,
            "fail_on": severity("fail_on", self.fail_on),
        }
        for name, value in checked.items():
            object.__setattr__(self, name, value)


KEYS = sorted(_kebab(item.name) for item in fields(FileOptions))


@dataclass(frozen=True)
class Overrides:
    """Settings given on the command line; ``None`` leaves the file's value."""

    select: list[str] | None = None
    extend_select: list[str] = field(default_factory=list)
    ignore: list[str] = field(default_factory=list)
    reference_date: date | None = None
    max_file_size: int | None = None
    language: str | None = None
    fail_on: str | None = None
    config_file: str | None = None
    isolated: bool = False


def _known_codes() -> list[str]:
    from .engine.catalog import catalog

    return [rule.code for rule in catalog()]


_DIGIT_LOOKALIKES = str.maketrans({"L": "1", "I": "1", "O": "0"})


def unknown_selector(selector: str) -> str | None:
    """An error message if ``selector`` (a code, a prefix or ALL) matches no rule."""
    if selector == "ALL":
        return None
    known = _known_codes()
    if any(code.startswith(selector) for code in known):
        return None
    lookalike = selector[:2] + selector[2:].translate(_DIGIT_LOOKALIKES)
    if any(code.startswith(lookalike) for code in known):
        close = [lookalike]
    else:
        close = difflib.get_close_matches(selector, known, n=1)
    hint = f" (did you mean {close[0]}?)" if close else " (see `factcheck rules`)"
    return f"no rule matches {selector!r}{hint}"


def _describe_problem(problem: Problem) -> str:
    if problem.unknown_key:
        key = str(problem.location[0])
        close = difflib.get_close_matches(key, KEYS, n=1)
        hint = f" (did you mean {close[0]!r}?)" if close else f" (known keys: {', '.join(KEYS)})"
        return f"unknown key {key!r}{hint}"
    return str(problem)


def read_config_file(path: Path) -> tuple[FileOptions, set[str]] | None:
    """The options of configuration file ``path`` and the keys it sets; ``None`` for a
    ``pyproject.toml`` with no ``[tool.factcheck]``. Raises :class:`ConfigFileError`."""
    try:
        data = read_toml(path, str(path))
    except RuleDataError as error:
        raise ConfigFileError(str(error)) from None
    where = str(path)
    if path.name == "pyproject.toml":
        tool = data.get("tool", {})
        if not isinstance(tool, dict) or "factcheck" not in tool:
            return None
        data = tool["factcheck"]
        where = f"{path}: [tool.factcheck]"
        if not isinstance(data, dict):
            raise ConfigFileError(f"{where} must be a table")
    try:
        options = FileOptions.from_table(data)
    except InvalidRecord as error:
        problems = "; ".join(_describe_problem(problem) for problem in error.problems)
        raise ConfigFileError(f"{where}: {problems}") from None
    for key in ("select", "extend_select", "ignore"):
        for selector in getattr(options, key) or []:
            if message := unknown_selector(selector):
                raise ConfigFileError(f"{where}: {_kebab(key)}: {message}")
    for listed in options.per_file_ignores.values():
        for selector in listed:
            if message := unknown_selector(selector):
                raise ConfigFileError(f"{where}: per-file-ignores: {message}")
    for code in options.severity:
        if message := unknown_selector(code):
            raise ConfigFileError(f"{where}: severity: {message}")
    return options, {_kebab(key) for key in data}


def gitignore_spec(lines: list[str]) -> pathspec.GitIgnoreSpec:
    """``lines`` read as a ``.gitignore`` file (pathspec is imported only where there are
    patterns to match: a one-file check needs none)."""
    import pathspec

    return pathspec.GitIgnoreSpec.from_lines(lines)


def _spec(patterns: list[str]) -> pathspec.GitIgnoreSpec | None:
    return gitignore_spec(patterns) if patterns else None


@dataclass
class Settings:
    """The resolved settings for the files under one configuration (or none)."""

    root: Path  # the folder paths in the configuration are relative to
    source: Path | None  # the configuration file, or None for the defaults
    options: FileOptions
    origins: dict[str, str]  # key → where its value came from
    _configs: dict[tuple[str, ...], Config] = field(default_factory=dict, repr=False)

    @cached_property
    def _exclude(self) -> pathspec.GitIgnoreSpec | None:
        return _spec(self.options.exclude + self.options.extend_exclude)

    @cached_property
    def _per_file(self) -> list[tuple[pathspec.GitIgnoreSpec, list[str]]]:
        return [(gitignore_spec([glob]), codes) for glob, codes in self.options.per_file_ignores.items()]

    def _relative(self, path: str | Path) -> str | None:
        try:
            return Path(os.path.abspath(path)).relative_to(self.root).as_posix()
        except ValueError:
            return None

    def is_excluded(self, path: str | Path, *, folder: bool = False) -> bool:
        """Whether ``exclude``/``extend-exclude`` leave out ``path``."""
        relative = self._relative(path)
        if self._exclude is None or relative is None or relative == ".":
            return False
        return self._exclude.match_file(relative + "/" if folder else relative)

    def includes(self, name: str) -> bool:
        """Whether a file called ``name`` is an article under ``include``."""
        return any(fnmatch.fnmatch(name, pattern) for pattern in self.options.include)

    def config_for(self, path: str | Path | None = None) -> Config:
        """The engine configuration for the file ``path`` (its per-file ignores applied)."""
        ignore = list(self.options.ignore)
        relative = self._relative(path) if path is not None else None
        if relative is not None:
            for spec, codes in self._per_file:
                if spec.match_file(relative):
                    ignore.extend(codes)
        return self._config(tuple(ignore))

    def _config(self, ignore: tuple[str, ...]) -> Config:
        cache = self._configs
        if ignore not in cache:
            options = self.options
            cache[ignore] = Config(
                select=options.select,
                extend_select=options.extend_select,
                ignore=list(ignore),
                severity=options.severity,
                reference_date=options.reference_date,
                max_file_size=options.max_file_size,
                extend_lexicons=tuple(str((self.root / folder).resolve()) for folder in options.extend_lexicons),
                language=options.language,
            )
        return cache[ignore]

    def describe(self) -> list[tuple[str, Any, str]]:
        """Every key with its value and where the value came from, for ``factcheck config``."""
        data = self.options.model_dump(mode="json", by_alias=True)
        return [(key, data[key], self.origins.get(key, "default")) for key in KEYS]


class Resolver:
    """Finds the settings for each checked path, reading each configuration file once."""

    def __init__(self, overrides: Overrides | None = None, cwd: Path | None = None) -> None:
        self.overrides = overrides or Overrides()
        self.cwd = (cwd or Path.cwd()).resolve()
        self._by_folder: dict[Path, Settings] = {}
        self._by_file: dict[Path, Settings] = {}
        self._fixed: Settings | None = None
        self._default: Settings | None = None
        if self.overrides.config_file is not None:
            path = Path(self.overrides.config_file)
            if not path.is_file():
                raise ConfigFileError(f"{path}: --config names no file")
            self._fixed = self._load(path.resolve(), required=True)

    def for_path(self, path: str | Path) -> Settings:
        """The settings that apply to the file or folder ``path``."""
        if self._fixed is not None:
            return self._fixed
        if self.overrides.isolated:
            return self._defaults()
        target = Path(os.path.abspath(path))
        folder = target if target.is_dir() else target.parent
        return self._for_folder(folder)

    def _for_folder(self, folder: Path) -> Settings:
        found = self._by_folder.get(folder)
        if found is not None:
            return found
        settings = None
        for name in CONFIG_FILES:
            candidate = folder / name
            if candidate.is_file():
                settings = self._load(candidate, required=False)
                if settings is not None:
                    break
        if settings is None:
            parent = folder.parent
            settings = self._defaults() if parent == folder else self._for_folder(parent)
        self._by_folder[folder] = settings
        return settings

    def _defaults(self) -> Settings:
        if self._default is None:
            self._default = self._apply(FileOptions(), set(), self.cwd, None)
        return self._default

    def _load(self, path: Path, *, required: bool) -> Settings | None:
        if path in self._by_file:
            return self._by_file[path]
        read = read_config_file(path)
        if read is None:
            if required:
                raise ConfigFileError(f"{path}: has no [tool.factcheck] table")
            return None
        options, keys = read
        settings = self._apply(options, keys, path.parent, path)
        self._by_file[path] = settings
        return settings

    def _apply(self, options: FileOptions, keys: set[str], root: Path, source: Path | None) -> Settings:
        origins = {key: str(source) for key in keys} if source else {}
        update: dict[str, Any] = {}
        given = self.overrides
        if given.select is not None:
            # as in ruff, a selection on the command line starts afresh: the file's select,
            # extend-select and ignore give way (its per-file ignores still apply)
            update.update(select=given.select, extend_select=given.extend_select, ignore=given.ignore)
        else:
            if given.extend_select:
                update["extend_select"] = options.extend_select + given.extend_select
            if given.ignore:
                update["ignore"] = options.ignore + given.ignore
        for key in ("reference_date", "max_file_size", "language", "fail_on"):
            value = getattr(given, key)
            if value is not None:
                update[key] = value
        if update:
            try:
                options = FileOptions.from_table({**options.model_dump(), **update})
            except InvalidRecord as error:
                problems = "; ".join(_describe_problem(problem) for problem in error.problems)
                raise ConfigFileError(f"command line: {problems}") from None
            origins.update({_kebab(key): "command line" for key in update})
        return Settings(root=root, source=source, options=options, origins=origins)

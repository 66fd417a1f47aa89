"""Locate the rule catalogue and lexicons shipped as data (``rules/`` in the source tree).

In a wheel, ``rules/`` is installed as ``factcheck/_rules``; in a source checkout or an
editable install it is the top-level ``rules/`` folder next to the package.
"""

from __future__ import annotations

import hashlib
import os
import tomllib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache, wraps
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from .snapshot import Snapshot

__all__ = [
    "RuleDataError",
    "rules_root",
    "read_toml",
    "iter_toml",
    "read_lexicon",
    "read_lexicon_record",
    "read_record",
    "as_record",
    "lexicon_names",
    "extended_lexicons",
    "active_extensions",
    "lexicon_cache",
    "lexicon_label",
    "extension_stamp",
    "stamp_files",
]


R = TypeVar("R")


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
    """Parse one TOML data file, turning syntax errors into :class:`RuleDataError`.

    The shipped data files are parsed once per installation: later runs take them from
    the start-up snapshot (:mod:`factcheck.snapshot`) while they are unchanged.
    """
    if _shipped(resource):
        return _snapshot().get(f"toml:{resource}", [resource], lambda: _parse_toml(resource, label))
    return _parse_toml(resource, label)


def read_record(resource: Traversable | Path, label: str, kind: type[R], **extra: Any) -> R:
    """Data file ``resource`` (with ``extra`` keys) validated as a ``kind`` record.

    A shipped file is parsed and validated once per installation: later runs unpickle the
    record from the start-up snapshot while the file and the package's code are unchanged
    (a record pickled by other code could lack a field), importing no validator. Mistakes
    raise :class:`RuleDataError` naming ``label``.
    """

    def read() -> R:
        return as_record(kind, {**_parse_toml(resource, label), **extra}, label)

    if _shipped(resource):
        given = ",".join(f"{name}={value!r}" for name, value in sorted(extra.items()))
        key = f"{kind.__module__}.{kind.__qualname__}:{_code_stamp()}:{resource}:{given}"
        return _snapshot().get(key, [resource], read)  # type: ignore[arg-type]
    return read()


@cache
def _code_stamp() -> str:
    """A hash of the size and time of every module of the package (0.5 ms)."""
    digest = hashlib.sha256()
    stamp_files(digest, Path(__file__).resolve().parent, skip=("__pycache__", "_rules"), suffix=".py")
    return digest.hexdigest()[:16]


def stamp_files(digest: Any, root: Path, *, skip: tuple[str, ...] = ("__pycache__",), suffix: str = "") -> None:
    """Add the path, size and modification time of every file under ``root`` ending in
    ``suffix`` (folders named in ``skip`` left out) to ``digest``, in a fixed order."""
    for folder, dirs, files in os.walk(root):
        dirs[:] = sorted(name for name in dirs if name not in skip)
        for name in sorted(files):
            if name.endswith(suffix):
                try:
                    info = os.stat(os.path.join(folder, name))
                except OSError:
                    continue
                digest.update(f"{folder}/{name}:{info.st_size}:{info.st_mtime_ns}\n".encode())


def as_record(kind: type[R], data: Any, label: str) -> R:
    """``data`` validated as a ``kind`` record; :class:`RuleDataError` naming ``label`` if it is not one."""
    from .records import InvalidRecord

    try:
        return kind.model_validate(data)  # type: ignore[attr-defined,no-any-return]
    except InvalidRecord as error:
        raise RuleDataError(f"{label}: {error}") from None


def _shipped(resource: Traversable | Path) -> bool:
    root = rules_root()
    return isinstance(resource, Path) and isinstance(root, Path) and resource.is_relative_to(root)


@cache
def _snapshot() -> Snapshot:
    from .snapshot import open_snapshot

    return open_snapshot(str(rules_root()), limit=_KEPT_TABLES)


#: Entries kept in the data snapshot (about 40 are used by a run; the rest are left by
#: earlier code or data, and go once there are more than this).
_KEPT_TABLES = 200


def _parse_toml(resource: Traversable | Path, label: str | None) -> dict[str, Any]:
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


# -- lexicons extended by the user -----------------------------------------------------

#: The user's lexicon folders in force (``extend-lexicons``), innermost run first.
_EXTENSIONS: ContextVar[tuple[str, ...]] = ContextVar("factcheck_lexicon_extensions", default=())
_STAMP: ContextVar[str] = ContextVar("factcheck_lexicon_stamp", default="")


def active_extensions() -> tuple[str, ...]:
    """The user lexicon folders merged onto the built-in lexicons right now."""
    return _EXTENSIONS.get()


@contextmanager
def extended_lexicons(folders: tuple[str, ...] | list[str]) -> Iterator[None]:
    """Within the block, lexicons are the built-in ones with ``folders`` merged on top.

    Each folder holds TOML files named like the built-in lexicons (``units.toml``,
    ``boilerplate.toml`` …); their tables are merged key by key and their lists appended.
    """
    names = tuple(str(folder) for folder in folders)
    for folder in names:
        _check_extension_folder(folder)
    token = _EXTENSIONS.set(names)
    stamp = _STAMP.set(extension_stamp(names) if names else "")
    try:
        yield
    finally:
        _STAMP.reset(stamp)
        _EXTENSIONS.reset(token)


def extension_stamp(folders: tuple[str, ...]) -> str:
    """A hash of the contents of the user's lexicon files: edited files mean fresh tables."""
    digest = hashlib.sha256()
    for folder in folders:
        for path in sorted(Path(folder).glob("*.toml")):
            try:
                digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
            except OSError:
                digest.update(path.name.encode() + b"\0unreadable\0")
    return digest.hexdigest()


F = TypeVar("F", bound=Callable[..., Any])


def lexicon_cache(function: F) -> F:
    """Cache ``function`` once per set of lexicon extensions (and per argument)."""
    store: dict[tuple[Any, ...], Any] = {}

    @wraps(function)
    def cached(*args: Any) -> Any:
        key = (_EXTENSIONS.get(), _STAMP.get(), *args)
        try:
            return store[key]
        except KeyError:
            value = store[key] = function(*args)
            return value

    cached.cache_clear = store.clear  # type: ignore[attr-defined]
    return cached  # type: ignore[return-value]


def lexicon_names() -> list[str]:
    """The built-in lexicon files (``units.toml`` …)."""
    folder = rules_root().joinpath("lexicons")
    return sorted(child.name for child in folder.iterdir() if child.name.endswith(".toml"))


@cache
def _check_extension_folder(folder: str) -> None:
    path = Path(folder)
    if not path.is_dir():
        raise RuleDataError(f"{folder}: extend-lexicons names no folder")
    known = lexicon_names()
    for child in sorted(path.iterdir()):
        if child.suffix == ".toml" and child.name not in known:
            raise RuleDataError(
                f"{child}: no built-in lexicon is called {child.name!r}; extend one of: {', '.join(known)}"
            )


def _merge(base: Any, extra: Any, where: str) -> Any:
    if isinstance(base, dict) and isinstance(extra, dict):
        merged = dict(base)
        for key, value in extra.items():
            merged[key] = _merge(base[key], value, f"{where}.{key}") if key in base else value
        return merged
    if isinstance(base, list) and isinstance(extra, list):
        return base + extra
    if type(base) is not type(extra):
        raise RuleDataError(f"{where}: expected {type(base).__name__}, got {type(extra).__name__}")
    return extra


def read_lexicon(name: str) -> dict[str, Any]:
    """The built-in lexicon ``name`` merged with the same-named files of the active extensions."""
    data = read_toml(rules_root().joinpath("lexicons", name), f"rules/lexicons/{name}")
    for folder in _EXTENSIONS.get():
        extra = Path(folder, name)
        if extra.is_file():
            data = _merge(data, read_toml(extra, str(extra)), str(extra))
    return data


def read_lexicon_record(name: str, kind: type[R]) -> R:
    """The built-in lexicon ``name``, merged with the active extensions, as a ``kind`` record
    (from the start-up snapshot when no extension is active)."""
    if not _EXTENSIONS.get():
        return read_record(rules_root().joinpath("lexicons", name), f"rules/lexicons/{name}", kind)
    return as_record(kind, read_lexicon(name), lexicon_label(name))


def lexicon_label(name: str) -> str:
    """How to name lexicon ``name`` in an error: the built-in file and any extensions."""
    extras = [str(Path(folder, name)) for folder in _EXTENSIONS.get() if Path(folder, name).is_file()]
    return " + ".join([f"rules/lexicons/{name}", *extras])

"""Finding article files and reading them safely: every failure becomes a clear message."""

from __future__ import annotations

import contextlib
import os
import shutil
import stat
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from .findings import FileError
from .markup import format_of
from .settings import DEFAULT_INCLUDE, Resolver, gitignore_spec

if TYPE_CHECKING:  # the pipeline loads when a file is decoded, not for a cached run
    import pathspec

    from .document import Document

__all__ = [
    "DEFAULT_INCLUDE", "Article", "discover", "display_path", "replace_atomically", "read_bytes", "parse_article", "read_article", "write_article", "STDIN"
]

STDIN = "-"
#: Folders that hold tools, not articles: searched only when named explicitly.
SKIPPED_FOLDERS = frozenset({"node_modules", "__pycache__", "site-packages", "venv", "env"})


def _is_article_folder(folder: Path) -> bool:
    """Not a hidden folder, a virtual environment (pyvenv.cfg) or a package cache."""
    name = folder.name
    return not name.startswith(".") and name not in SKIPPED_FOLDERS and not (folder / "pyvenv.cfg").exists()


@dataclass(frozen=True, slots=True)
class Article:
    path: str
    document: Document


class _GitIgnores:
    """The ``.gitignore`` files that apply inside a folder, from the repository's root down."""

    def __init__(self, specs: tuple[tuple[Path, pathspec.GitIgnoreSpec], ...] = ()) -> None:
        self.specs = specs

    @staticmethod
    def _read(folder: Path) -> pathspec.GitIgnoreSpec | None:
        try:
            lines = (folder / ".gitignore").read_text(encoding="utf-8", errors="replace").splitlines()
        except OSError:
            return None
        return gitignore_spec(lines)

    @classmethod
    def above(cls, folder: Path) -> "_GitIgnores":
        """The ignore files of ``folder`` and of its parents up to the repository root."""
        chain: list[Path] = []
        for candidate in (folder, *folder.parents):
            chain.append(candidate)
            if (candidate / ".git").exists():
                break
        else:
            chain = [folder]  # not in a repository: only the folder's own file
        specs = tuple((base, spec) for base in reversed(chain) if (spec := cls._read(base)) is not None)
        return cls(specs)

    def inside(self, folder: Path) -> "_GitIgnores":
        spec = self._read(folder)
        return self if spec is None else _GitIgnores((*self.specs, (folder, spec)))

    def ignores(self, path: Path, *, folder: bool) -> bool:
        """Whether git ignores ``path``: the deepest ignore file with a rule for it decides
        (so ``!article.md`` in a folder re-includes what the root's ``*.md`` ignored)."""
        for base, spec in reversed(self.specs):
            try:
                relative = path.relative_to(base).as_posix()
            except ValueError:
                continue
            verdict = spec.check_file(relative + "/" if folder else relative).include
            if verdict is not None:
                return verdict
        return False


def discover(
    paths: list[str], resolver: Resolver | None = None, *, excluded: list[str] | None = None
) -> tuple[list[str], list[FileError]]:
    """Files to check: explicit files as given, folders searched recursively.

    In a searched folder, a file is checked when its name matches ``include`` of the
    settings that apply there and neither ``exclude`` nor (with ``respect-gitignore``) a
    ``.gitignore`` leaves it out; hidden folders, virtual environments and package
    folders (node_modules) are skipped. A folder or file named explicitly is always
    searched, except that ``exclude`` still applies to it (so a pre-commit hook, which
    names files, honours the exclusions); such files are added to ``excluded`` when given.
    Paths are normalised (``./a/b.md`` → ``a/b.md``).
    """
    resolver = resolver or Resolver()
    found: list[str] = []
    errors: list[FileError] = []
    for raw in paths:
        if raw == STDIN:
            found.append(STDIN)
            continue
        path = Path(raw)
        try:
            is_folder, exists = path.is_dir(), path.exists()
        except OSError as error:  # a name too long, a loop of links …
            errors.append(FileError(path=display_path(raw), message=f"cannot use this path: {error.strerror or error}"))
            continue
        if is_folder:
            found.extend(_search(path, resolver, errors))
        elif exists:
            if not resolver.for_path(path).is_excluded(path):
                found.append(os.path.normpath(raw))
            elif excluded is not None:
                excluded.append(raw)
        else:
            errors.append(FileError(path=display_path(raw), message="no such file or directory"))
    return found, errors


def _absolute(path: Path) -> Path:
    """The absolute path with symbolic links resolved where possible (a loop stays as is)."""
    try:
        return path.resolve()
    except (OSError, RuntimeError):
        return Path(os.path.abspath(path))


def _search(top: Path, resolver: Resolver, errors: list[FileError]) -> list[str]:
    matches: list[str] = []
    ignores_at = {_absolute(top): _GitIgnores.above(_absolute(top))}

    def unreadable(error: OSError) -> None:
        where = display_path(error.filename) if error.filename else str(top)
        errors.append(FileError(path=where, message=f"cannot read this folder: {error.strerror or error}"))

    for root, dirs, files in os.walk(top, onerror=unreadable):
        here = Path(root)
        absolute = _absolute(here)
        settings = resolver.for_path(here)
        ignores = ignores_at.pop(absolute, None) or _GitIgnores()
        if settings.is_excluded(absolute, folder=True) and here != top:
            dirs[:] = []
            continue
        gitignore = settings.options.respect_gitignore
        kept = []
        for name in sorted(dirs):
            child = _absolute(Path(root, name))
            if not _is_article_folder(child) or settings.is_excluded(child, folder=True):
                continue
            if gitignore and ignores.ignores(child, folder=True):
                continue
            kept.append(name)
            ignores_at[child] = ignores.inside(child) if gitignore else ignores
        dirs[:] = kept
        for name in files:
            if not settings.includes(name):
                continue
            path = _absolute(Path(root, name))
            if settings.is_excluded(path) or (gitignore and ignores.ignores(path, folder=False)):
                continue
            matches.append(os.path.normpath(os.path.join(root, name)))
    return sorted(matches)


def display_path(path: str) -> str:
    """``path`` as text that is always valid UTF-8: bytes of no encoding (kept by the
    file system as surrogate escapes) are shown as ``\\xNN``."""
    return path.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def _megabytes(size: int) -> str:
    return f"{size / 1024 / 1024:.1f} MB"


def read_bytes(path: str, max_size: int) -> bytes | FileError:
    """The bytes of an article file (or stdin), or why they cannot be read."""
    try:
        if path == STDIN:
            data = sys.stdin.buffer.read(max_size + 1)
        else:
            info = os.stat(path)
            if not stat.S_ISREG(info.st_mode):
                return FileError(path=path, message="not a regular file (a folder, FIFO, socket or device): skipped")
            size = info.st_size
            if size > max_size:
                return FileError(
                    path=path,
                    message=f"file is {_megabytes(size)}, larger than the limit of {_megabytes(max_size)} "
                    "(raise it with --max-file-size)",
                )
            with open(path, "rb") as handle:
                data = handle.read(max_size + 1)
    except IsADirectoryError:
        return FileError(path=path, message="is a directory")
    except PermissionError:
        return FileError(path=path, message="permission denied")
    except OSError as error:
        return FileError(path=path, message=f"cannot read: {error.strerror or error}")
    if len(data) > max_size:
        return FileError(path=path, message=f"input is larger than the limit of {_megabytes(max_size)}")
    return data


def parse_article(
    path: str, data: bytes, format: str | None = None, encoding: str | None = None
) -> Article | FileError | None:
    """Decode article bytes read from ``path``; ``None`` when there is nothing to check.

    ``format`` (``text``, ``markdown``, ``html``) defaults to what the file name implies.
    """
    if not data.strip():
        return None
    from .document import DecodeError, Document

    try:
        document = Document.from_bytes(data, format=format or format_of(path), encoding=encoding)
    except DecodeError as error:
        return FileError(path=path, message=str(error))
    return Article(path=path, document=document)


def read_article(path: str, max_size: int, format: str | None = None) -> Article | FileError | None:
    """Read and decode one article; ``None`` for an empty file (nothing to check)."""
    data = read_bytes(path, max_size)
    return data if isinstance(data, FileError) else parse_article(path, data, format)


def write_article(path: str, document: Document, *, force: bool = False) -> FileError | None:
    """Replace the contents of the file at ``path`` with ``document``; ``None`` on success.

    The text is encoded as the file was read (encoding, byte-order mark; newlines are
    part of the text) and written to a temporary file in the same folder first. A file
    with one name is then replaced by renaming the temporary file over it (atomic: a
    reader never sees half a file), with the original's permissions, owner and group. A
    file with several hard links is instead rewritten in place from the finished
    temporary copy, so that every link keeps seeing it. A symbolic link stays a link to
    the rewritten file. A read-only file is refused unless ``force``, and so is a file
    whose encoding was only guessed; the temporary file never outlives the call.
    """
    target = os.path.realpath(path)
    decoded = document.decoded
    if decoded is not None and decoded.guessed:
        return FileError(path=path, message=f"its encoding ({decoded.encoding}) was guessed, so it is not rewritten; "
                         "convert it to UTF-8 or name the encoding with --encoding")
    try:
        data = decoded.encode(document.original) if decoded else document.original.encode("utf-8")
    except UnicodeEncodeError as error:
        return FileError(path=path, message=f"cannot write the fixes in the file's encoding: {error.reason}")
    try:
        info = os.stat(target)
        if not force and not info.st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH):
            return FileError(path=path, message="the file is read-only: not fixed (--force fixes it anyway)")
        handle, temporary = tempfile.mkstemp(prefix=".factcheck-", suffix=".tmp", dir=os.path.dirname(target))
        try:
            with os.fdopen(handle, "wb") as stream:
                stream.write(data)
                stream.flush()
                os.fsync(stream.fileno())
            if info.st_nlink > 1:
                _copy_in_place(temporary, target)
                os.unlink(temporary)
            else:
                os.chmod(temporary, stat.S_IMODE(info.st_mode))
                with contextlib.suppress(PermissionError):  # only the owner's own files otherwise
                    os.chown(temporary, info.st_uid, info.st_gid)
                os.replace(temporary, target)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
            raise
    except OSError as error:
        return FileError(path=path, message=f"cannot write the fixes: {error.strerror or error}")
    return None


def replace_atomically(target: str | Path, data: bytes) -> None:
    """Write ``data`` to a temporary file beside ``target`` and rename it over ``target``
    (folders created as needed); the temporary file never outlives a failure. Raises OSError."""
    folder = os.path.dirname(os.path.abspath(target))
    os.makedirs(folder, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=".factcheck-", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def _copy_in_place(source: str, target: str) -> None:
    """Overwrite ``target``'s own inode with ``source`` (keeps hard links, owner and mode)."""
    with open(source, "rb") as reader, open(target, "r+b") as writer:
        shutil.copyfileobj(reader, writer)
        writer.truncate()
        writer.flush()
        os.fsync(writer.fileno())

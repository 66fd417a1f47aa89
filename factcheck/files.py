"""Finding article files and reading them safely: every failure becomes a clear message."""

from __future__ import annotations

import contextlib
import fnmatch
import os
import stat
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from .document import DecodeError, Document
from .findings import FileError

__all__ = ["DEFAULT_INCLUDE", "Article", "discover", "read_article", "write_article", "STDIN"]

DEFAULT_INCLUDE = ("*.txt", "*.md")
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


def discover(paths: list[str], include: tuple[str, ...] = DEFAULT_INCLUDE) -> tuple[list[str], list[FileError]]:
    """Files to check: explicit files as given, folders searched recursively for ``include``.

    Hidden folders, virtual environments and package folders (node_modules) inside a
    searched folder are skipped; a folder named explicitly is always searched.
    """
    found: list[str] = []
    errors: list[FileError] = []
    for raw in paths:
        if raw == STDIN:
            found.append(STDIN)
            continue
        path = Path(raw)
        if path.is_dir():
            matches = []
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if _is_article_folder(Path(root, d)))
                for name in files:
                    if any(fnmatch.fnmatch(name, pattern) for pattern in include):
                        matches.append(os.path.join(root, name))
            found.extend(sorted(matches))
        elif path.exists():
            found.append(raw)
        else:
            errors.append(FileError(path=raw, message="no such file or directory"))
    return found, errors


def _megabytes(size: int) -> str:
    return f"{size / 1024 / 1024:.1f} MB"


def read_article(path: str, max_size: int) -> Article | FileError | None:
    """Read and decode one article; ``None`` for an empty file (nothing to check)."""
    try:
        if path == STDIN:
            data = sys.stdin.buffer.read(max_size + 1)
        else:
            size = os.stat(path).st_size
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
    if not data.strip():
        return None
    try:
        document = Document.from_bytes(data)
    except DecodeError as error:
        return FileError(path=path, message=str(error))
    return Article(path=path, document=document)


def write_article(path: str, document: Document) -> FileError | None:
    """Replace the file at ``path`` with ``document``, atomically; ``None`` on success.

    The text is encoded as the file was read (encoding, byte-order mark; newlines are
    part of the text), written to a temporary file in the same folder and renamed over
    the original, so a reader never sees half a file. The file's permissions are kept;
    a symbolic link stays a link to the rewritten file.
    """
    target = os.path.realpath(path)
    try:
        data = document.decoded.encode(document.original) if document.decoded else document.original.encode("utf-8")
    except UnicodeEncodeError as error:
        return FileError(path=path, message=f"cannot write the fixes in the file's encoding: {error.reason}")
    try:
        mode = stat.S_IMODE(os.stat(target).st_mode)
        handle, temporary = tempfile.mkstemp(prefix=".factcheck-", suffix=".tmp", dir=os.path.dirname(target))
        try:
            with os.fdopen(handle, "wb") as stream:
                stream.write(data)
                stream.flush()
                os.fsync(stream.fileno())
            os.chmod(temporary, mode)
            os.replace(temporary, target)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
            raise
    except OSError as error:
        return FileError(path=path, message=f"cannot write the fixes: {error.strerror or error}")
    return None

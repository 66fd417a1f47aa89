"""A start-up snapshot of the shipped data files, so a run does not parse them again.

The first run parses the rule and lexicon TOML files and the gazetteer as usual and keeps
what it read, pickled, in one file in the user's cache folder
(``$XDG_CACHE_HOME/factcheck`` or ``~/.cache/factcheck``). Later runs unpickle each entry
instead of parsing its source, which is several times faster. Compiled regular
expressions are kept the same way, in a snapshot of their own keyed by the versions of
``regex`` and Python (:func:`factcheck.regexes.compile_pattern`).

* **Keyed by what it was read from.** The file name holds the package version and the
  data folder's location; each entry holds the size and modification time of its source
  files, and is used only while they match. An edited data file is read again. Validated
  tables (records) are keyed by the package's code as well: edited code reads them again.
* **Never trusted blindly.** A snapshot that cannot be read, is not the user's own, or
  is writable by others is ignored and replaced. Entries are unpickled one at a time, on
  use, each into fresh objects: no caller can see another's changes.
* **Never in the way.** It is written once, at exit, atomically, and only when something
  was read from source; a folder that cannot be written is skipped silently.
  ``FACTCHECK_DATA_CACHE`` names another folder, or turns the snapshot off (``off``).
"""

from __future__ import annotations

import atexit
import hashlib
import os
import pickle
import stat
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TypeVar

__all__ = ["Snapshot", "open_snapshot", "snapshot_folder"]

T = TypeVar("T")
#: (size, modification time in ns) of each source file of an entry.
Stamp = tuple[tuple[int, int], ...]


def snapshot_folder() -> Path | None:
    """Where snapshots are kept, or ``None`` when they are turned off."""
    chosen = os.environ.get("FACTCHECK_DATA_CACHE", "").strip()
    if chosen.lower() in ("off", "0", "no", "false"):
        return None
    if chosen:
        return Path(chosen)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base, "factcheck")


class Snapshot:
    """The entries of one snapshot file: key → (stamp of its sources, pickled value)."""

    def __init__(self, path: Path | None, *, limit: int | None = None) -> None:
        self.path = path
        self.entries: dict[str, tuple[Stamp, bytes]] = _load(path) if path is not None else {}
        self.changed = False
        self.limit = limit  # at most this many entries are saved: those used by this run first
        self.used: set[str] = set()

    def get(self, key: str, sources: Sequence[Path], read: Callable[[], T]) -> T:
        """The value stored for ``key`` while ``sources`` are unchanged, else ``read()`` (kept)."""
        if self.path is None:
            return read()  # snapshots are off: nothing would be kept
        stamp = _stamp(sources)
        if stamp is None:
            return read()  # a source that cannot be examined is read (and reported) as usual
        self.used.add(key)
        entry = self.entries.get(key)
        if entry is not None and entry[0] == stamp:
            try:
                return pickle.loads(entry[1])  # type: ignore[no-any-return]
            except Exception:  # a damaged entry: read the source again
                pass
        value = read()
        try:
            self.entries[key] = (stamp, pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))
            self.changed = True
        except Exception:  # a value that cannot be pickled is simply not kept
            pass
        return value

    def save(self) -> None:
        """Write the snapshot if anything was read from source; never raises."""
        if self.path is None or not self.changed:
            return
        if self.limit is not None and len(self.entries) > self.limit:
            self.entries = {key: entry for key, entry in self.entries.items() if key in self.used}
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            handle, temporary = tempfile.mkstemp(dir=self.path.parent, prefix=".snapshot-")
            try:
                with os.fdopen(handle, "wb") as stream:
                    pickle.dump(self.entries, stream, protocol=pickle.HIGHEST_PROTOCOL)
                os.replace(temporary, self.path)
            finally:
                if os.path.exists(temporary):
                    os.unlink(temporary)
            self.changed = False
        except OSError:
            pass


def _stamp(sources: Sequence[Path]) -> Stamp | None:
    try:
        return tuple((info.st_size, info.st_mtime_ns) for info in (os.stat(source) for source in sources))
    except (OSError, ValueError):
        return None


def _load(path: Path) -> dict[str, tuple[Stamp, bytes]]:
    """The entries of the snapshot at ``path``; empty when it is missing, damaged or unsafe."""
    try:
        with open(path, "rb") as stream:
            info = os.fstat(stream.fileno())
            if not stat.S_ISREG(info.st_mode) or info.st_mode & (stat.S_IWGRP | stat.S_IWOTH):
                return {}
            if hasattr(os, "getuid") and info.st_uid != os.getuid():
                return {}
            entries = pickle.load(stream)
    except Exception:  # missing, unreadable or damaged: start afresh
        return {}
    return entries if isinstance(entries, dict) else {}


def open_snapshot(scope: str, *, kind: str = "data", limit: int | None = None) -> Snapshot:
    """The ``kind`` snapshot of ``scope`` (the data folder, or the versions compiled patterns
    depend on) for this version of factcheck, saved at exit with at most ``limit`` entries."""
    from . import __version__

    folder = snapshot_folder()
    path = None
    if folder is not None:
        where = hashlib.sha256(scope.encode()).hexdigest()[:12]
        path = folder / f"{kind}-{__version__}-{where}.pickle"
    snapshot = Snapshot(path, limit=limit)
    atexit.register(snapshot.save)
    return snapshot

"""The start-up snapshot: parsed data kept between runs, never stale, never trusted blindly."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from factcheck.snapshot import Snapshot, snapshot_folder

ROOT = Path(__file__).resolve().parent.parent


def _reader(source: Path, calls: list[str]):  # type: ignore[no-untyped-def]
    def read() -> dict[str, list[str]]:
        calls.append(source.name)
        return {"words": source.read_text(encoding="utf-8").split()}

    return read


def test_a_saved_entry_is_used_while_its_source_is_unchanged(tmp_path: Path) -> None:
    source = tmp_path / "units.toml"
    source.write_text("人 起", encoding="utf-8")
    store = tmp_path / "cache" / "data.pickle"
    calls: list[str] = []
    first = Snapshot(store)
    assert first.get("units", [source], _reader(source, calls)) == {"words": ["人", "起"]}
    first.save()
    assert store.is_file() and store.stat().st_mode & 0o077 == 0
    again = Snapshot(store)
    value = again.get("units", [source], _reader(source, calls))
    assert value == {"words": ["人", "起"]} and calls == ["units.toml"]
    value["words"].append("changed")  # each use unpickles fresh objects
    assert again.get("units", [source], _reader(source, calls)) == {"words": ["人", "起"]}
    assert calls == ["units.toml"]


def test_an_edited_source_is_read_again(tmp_path: Path) -> None:
    source = tmp_path / "units.toml"
    source.write_text("人", encoding="utf-8")
    store = tmp_path / "data.pickle"
    calls: list[str] = []
    first = Snapshot(store)
    first.get("units", [source], _reader(source, calls))
    first.save()
    source.write_text("人 起 名", encoding="utf-8")
    assert Snapshot(store).get("units", [source], _reader(source, calls)) == {"words": ["人", "起", "名"]}
    assert calls == ["units.toml", "units.toml"]


def test_damaged_or_unsafe_snapshots_are_ignored(tmp_path: Path) -> None:
    source = tmp_path / "units.toml"
    source.write_text("人", encoding="utf-8")
    store = tmp_path / "data.pickle"
    calls: list[str] = []
    store.write_bytes(b"not a pickle")
    assert Snapshot(store).get("units", [source], _reader(source, calls)) == {"words": ["人"]}
    good = Snapshot(store)
    good.get("units", [source], _reader(source, calls))
    good.save()
    store.chmod(0o666)  # writable by others: anyone could have put code in it
    Snapshot(store).get("units", [source], _reader(source, calls))
    assert calls == ["units.toml"] * 3


def test_an_unwritable_folder_and_a_missing_source_are_no_errors(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("", encoding="utf-8")
    snapshot = Snapshot(blocker / "sub" / "data.pickle")  # a file where a folder should be
    missing = tmp_path / "missing.toml"
    assert snapshot.get("missing", [missing], lambda: {"read": True}) == {"read": True}
    source = tmp_path / "units.toml"
    source.write_text("人", encoding="utf-8")
    snapshot.get("units", [source], _reader(source, []))
    snapshot.save()  # cannot be written: skipped silently
    assert not (blocker / "sub").exists()


def test_the_folder_follows_the_environment(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("FACTCHECK_DATA_CACHE", "off")
    assert snapshot_folder() is None
    monkeypatch.setenv("FACTCHECK_DATA_CACHE", "/somewhere")
    assert snapshot_folder() == Path("/somewhere")
    monkeypatch.delenv("FACTCHECK_DATA_CACHE")
    monkeypatch.setenv("XDG_CACHE_HOME", "/xdg")
    assert snapshot_folder() == Path("/xdg/factcheck")


def test_the_command_line_writes_one_snapshot_and_reads_it_with_the_same_findings(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("共查获毒品原植物337株，相比去年同期下降896%。\n", encoding="utf-8")
    folder = tmp_path / "snapshots"
    environment = {**os.environ, "FACTCHECK_DATA_CACHE": str(folder)}
    command = [sys.executable, "-m", "factcheck", "check", str(article), "--no-cache", "--format", "json"]
    first = subprocess.run(command, capture_output=True, text=True, env=environment, cwd=tmp_path, timeout=120)
    written = list(folder.iterdir())
    assert len(written) == 1 and written[0].name.startswith("data-")
    stamp = written[0].stat().st_mtime_ns
    second = subprocess.run(command, capture_output=True, text=True, env=environment, cwd=tmp_path, timeout=120)
    assert first.returncode == second.returncode == 1
    assert first.stdout == second.stdout and '"FC101"' in first.stdout
    assert written[0].stat().st_mtime_ns == stamp  # nothing new was read, so nothing was written
    assert [path.name for path in folder.iterdir()] == [written[0].name]  # no temporary file left

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
    written = sorted(folder.iterdir())
    assert [path.name.split("-")[0] for path in written] == ["data", "patterns"]  # parsed data, compiled patterns
    stamps = [path.stat().st_mtime_ns for path in written]
    second = subprocess.run(command, capture_output=True, text=True, env=environment, cwd=tmp_path, timeout=120)
    assert first.returncode == second.returncode == 1
    assert first.stdout == second.stdout and '"FC101"' in first.stdout
    assert [path.stat().st_mtime_ns for path in written] == stamps  # nothing new was read, so nothing was written
    assert sorted(folder.iterdir()) == written  # no temporary file left


def test_a_snapshot_over_its_limit_keeps_the_entries_this_run_used(tmp_path: Path) -> None:
    store = tmp_path / "patterns.pickle"
    first = Snapshot(store, limit=2)
    for key in ("a", "b", "c"):
        first.get(key, (), lambda key=key: key.upper())
    first.save()
    assert sorted(Snapshot(store).entries) == ["a", "b", "c"]  # over the limit, but every entry was used
    second = Snapshot(store, limit=2)
    assert second.get("d", (), lambda: "D") == "D"
    second.save()
    assert sorted(Snapshot(store).entries) == ["d"]  # the entries of earlier runs went


def test_a_second_run_compiles_no_pattern_whatever_the_hash_seed(tmp_path: Path) -> None:
    """Every pattern of a check comes from the snapshot on the next run: no pattern's source
    depends on the order of a set (which changes with the hash seed from run to run)."""
    script = (
        "import sys, regex._main as engine\n"
        "compiled = []\n"
        "original = engine._compile\n"
        "engine._compile = lambda pattern, *rest: compiled.append(pattern) or original(pattern, *rest)\n"
        "import factcheck\n"
        "factcheck.check(open(sys.argv[1], encoding='utf-8').read(), factcheck.Config(select=['ALL']))\n"
        "print(len(compiled))\n"
    )
    article = ROOT / "examples" / sorted(path.name for path in (ROOT / "examples").iterdir())[0]
    counts = []
    for seed in ("1", "2"):
        environment = {**os.environ, "FACTCHECK_DATA_CACHE": str(tmp_path), "PYTHONHASHSEED": seed}
        done = subprocess.run([sys.executable, "-c", script, str(article)], capture_output=True, text=True,
                              env=environment, timeout=120, check=True)
        counts.append(int(done.stdout))
    assert counts[0] > 100 and counts[1] == 0


def test_a_snapshot_without_a_file_reads_every_time_and_keeps_nothing() -> None:
    calls: list[int] = []
    snapshot = Snapshot(None)
    for _ in range(2):
        assert snapshot.get("key", (), lambda: calls.append(1) or "value") == "value"
    assert calls == [1, 1] and snapshot.entries == {} and not snapshot.changed


def test_a_validated_table_is_read_back_only_by_the_code_that_wrote_it(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Records are pickled: one written by other code (a field added since) is not read back."""
    from factcheck import resources
    from factcheck.engine.catalog import RuleSpec

    snapshot = Snapshot(tmp_path / "data.pickle")
    parsed: list[str] = []
    parse = resources._parse_toml
    monkeypatch.setattr(resources, "_snapshot", lambda: snapshot)
    monkeypatch.setattr(resources, "_parse_toml", lambda resource, label: parsed.append(label) or parse(resource, label))
    source = resources.rules_root().joinpath("numbers", "FC101-impossible-decrease.toml")
    for stamp in ("code-a", "code-a", "code-b"):
        monkeypatch.setattr(resources, "_code_stamp", lambda stamp=stamp: stamp)
        rule = resources.read_record(source, "FC101", RuleSpec, source="FC101")
        assert rule.code == "FC101"
    assert parsed == ["FC101", "FC101"]  # read, taken from the snapshot, read again for new code
    other = resources.read_record(source, "FC101", RuleSpec, source="elsewhere")
    assert other.source == "elsewhere" and len(parsed) == 3  # other values given: not the kept record

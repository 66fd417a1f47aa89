"""A corpus of hostile files through the real command line: each gets a clear result —
checked, or an error naming it — never a traceback, never a hang, never a changed file."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

DROP = "共查获毒品原植物337株，相比去年同期下降896%。\n"


def _make(folder: Path) -> dict[str, tuple[Callable[[Path], None], set[int], str]]:
    """name → (how to make it, acceptable exit codes, a word the output must hold)."""
    def write(data: bytes) -> Callable[[Path], None]:
        return lambda path: path.write_bytes(data)

    return {
        "binary.txt": (write(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), {2}, "binary"),
        "late-nul.txt": (write(DROP.encode() * 2000 + b"\x00"), {2}, "binary"),
        "empty.txt": (write(b""), {0}, "全部检查通过"),
        "blank.md": (write(b"  \n\n\t\n"), {0}, "全部检查通过"),
        "utf16.txt": (write(DROP.encode("utf-16")), {1}, "FC101"),
        "utf8-bom.txt": (write(b"\xef\xbb\xbf" + DROP.encode()), {1}, "FC101"),
        "bad-bom.txt": (write(b"\xef\xbb\xbf" + b"\xff\xfe\xfa"), {2}, "byte-order mark"),
        "gb18030.txt": (write(DROP.encode("gb18030")), {1}, "FC101"),
        "cr-only.txt": (write(("第一段。\r" + DROP.strip() + "\r第三段。").encode()), {1}, ":2:"),
        "invalid.txt": (write(b"abc\x80\x81\x82"), {2}, "--encoding"),
        "markup-only.md": (write(b"```\ncode\n```\n<!-- c -->\n"), {0}, "全部检查通过"),
        "broken.html": (write(("<p>" + DROP + "<b><i></p></b><!-- x").encode()), {1}, "FC101"),
        "huge-line.txt": (write(("数据" * 200000).encode()), {0, 1}, "file"),
        "too-big.txt": (write(b"a" * (11 * 1024 * 1024)), {2}, "larger than the limit"),
        "fifo.txt": (lambda path: os.mkfifo(path), {2}, "not a regular file"),
        "loop.txt": (lambda path: os.symlink(path, path), {2}, "loop.txt"),
        "dangling.txt": (lambda path: os.symlink(folder / "nowhere", path), {2}, "dangling.txt"),
    }


CASES = sorted(_make(Path("/")))


@pytest.mark.parametrize("name", CASES)
def test_each_hostile_file_gets_a_clear_result(tmp_path: Path, name: str) -> None:
    make, codes, expected = _make(tmp_path)[name]
    path = tmp_path / name
    make(path)
    before = path.read_bytes() if path.is_file() and not path.is_symlink() and name != "fifo.txt" else None
    done = subprocess.run(
        [sys.executable, "-m", "factcheck.cli", "check", str(path), "--no-cache", "--color", "never"],
        capture_output=True, text=True, timeout=120, cwd=tmp_path,
    )
    output = done.stdout + done.stderr
    assert "Traceback" not in output, output
    assert done.returncode in codes, output
    assert expected in output, output
    if before is not None:
        assert path.read_bytes() == before


def test_a_whole_folder_of_them_is_checked_file_by_file(tmp_path: Path) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    for name, (make, _, _) in _make(folder).items():
        make(folder / name)
    (folder / "good.txt").write_text(DROP, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "factcheck.cli", "check", str(folder), "--no-cache", "--format", "json"],
        capture_output=True, text=True, timeout=300, cwd=tmp_path,
    )
    assert "Traceback" not in done.stderr
    assert done.returncode == 2
    import json

    payload = json.loads(done.stdout)
    assert any(finding["path"].endswith("good.txt") for finding in payload["findings"])
    failed = {Path(error["path"]).name for error in payload["errors"]}
    assert {"binary.txt", "fifo.txt", "too-big.txt", "invalid.txt"} <= failed


def test_a_malformed_or_hostile_configuration_is_a_clear_error(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(DROP, encoding="utf-8")
    for text in ["[[[", "select = 5", 'extend-lexicons = "missing"', "per-file-ignores = 3", "\x00"]:
        (tmp_path / "factcheck.toml").write_text(text, encoding="utf-8")
        done = subprocess.run([sys.executable, "-m", "factcheck.cli", "check", str(tmp_path), "--no-cache"],
                              capture_output=True, text=True, timeout=120, cwd=tmp_path)
        assert done.returncode == 2, (text, done.stdout, done.stderr)
        assert "Traceback" not in done.stderr and "factcheck.toml" in done.stderr + done.stdout or "missing" in done.stderr

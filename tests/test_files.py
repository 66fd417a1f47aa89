"""Reading files: bad input becomes a clear error naming the file."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.files import Article, discover, read_article, write_article
from factcheck.findings import FileError


def test_discover_recurses_into_folders_and_skips_hidden(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("一", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.md").write_text("二", encoding="utf-8")
    (tmp_path / "sub" / "c.png").write_bytes(b"\x89PNG")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "d.txt").write_text("三", encoding="utf-8")
    found, errors = discover([str(tmp_path), str(tmp_path / "missing.txt")])
    assert [Path(p).name for p in found] == ["a.txt", "b.md"]
    assert errors == [FileError(path=str(tmp_path / "missing.txt"), message="no such file or directory")]


def test_binary_file(tmp_path: Path) -> None:
    path = tmp_path / "x.txt"
    path.write_bytes(b"\x00\x01\x02binary")
    result = read_article(str(path), 1024)
    assert isinstance(result, FileError) and "binary" in result.message


def test_wrong_encoding(tmp_path: Path) -> None:
    path = tmp_path / "x.txt"
    path.write_bytes("禁毒abc".encode("utf-8") + b"\x80")  # valid in no encoding read without --encoding
    result = read_article(str(path), 1024)
    assert isinstance(result, FileError) and "--encoding" in result.message


def test_too_large(tmp_path: Path) -> None:
    path = tmp_path / "x.txt"
    path.write_text("禁毒" * 1000, encoding="utf-8")
    result = read_article(str(path), 100)
    assert isinstance(result, FileError) and "larger than the limit" in result.message


def test_empty_file_is_not_an_error(tmp_path: Path) -> None:
    path = tmp_path / "x.txt"
    path.write_bytes(b"")
    assert read_article(str(path), 100) is None


def test_gb18030_file(tmp_path: Path) -> None:
    path = tmp_path / "x.txt"
    path.write_bytes("缴获毒品5公斤".encode("gb18030"))
    result = read_article(str(path), 1024)
    assert isinstance(result, Article) and result.document.original == "缴获毒品5公斤"


def test_write_article_keeps_encoding_bom_newlines_and_permissions(tmp_path: Path) -> None:
    from factcheck.document import Document
    from factcheck.files import write_article

    path = tmp_path / "a.txt"
    path.write_bytes(b"\xef\xbb\xbf" + "第一段。\r\n第二段。".encode("utf-8"))
    path.chmod(0o640)
    article = read_article(str(path), 1024)
    assert isinstance(article, Article)
    decoded = article.document.decoded
    assert decoded is not None
    fixed = Document("第一段。\r\n第二段，改过。", decoded=decoded)
    assert write_article(str(path), fixed) is None
    assert path.read_bytes() == b"\xef\xbb\xbf" + "第一段。\r\n第二段，改过。".encode("utf-8")
    assert path.stat().st_mode & 0o777 == 0o640
    assert [p.name for p in tmp_path.iterdir()] == ["a.txt"]  # no temporary file left behind


def test_write_article_reports_an_unwritable_folder(tmp_path: Path) -> None:
    from factcheck.document import Document
    from factcheck.files import write_article

    error = write_article(str(tmp_path / "missing" / "a.txt"), Document("正文。"))
    assert isinstance(error, FileError) and "cannot write" in error.message


def test_discover_skips_virtual_environments_and_package_folders(tmp_path: Path) -> None:
    """A bare run over a content repository does not walk into tools' folders."""
    (tmp_path / "story.txt").write_text("一", encoding="utf-8")
    for folder in ("venv", "myenv", "node_modules"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "LICENSE.txt").write_text("二", encoding="utf-8")
    (tmp_path / "myenv" / "pyvenv.cfg").write_text("home = /usr/bin", encoding="utf-8")
    found, _ = discover([str(tmp_path)])
    assert [Path(p).name for p in found] == ["story.txt"]
    named, _ = discover([str(tmp_path / "node_modules")])
    assert [Path(p).name for p in named] == ["LICENSE.txt"]


def test_fix_keeps_owner_group_mode_and_hard_links(tmp_path: Path) -> None:
    import os

    article = tmp_path / "a.txt"
    article.write_text("要加强加强管理。\n", encoding="utf-8")
    article.chmod(0o640)
    link = tmp_path / "b.txt"
    os.link(article, link)
    if os.geteuid() == 0:
        os.chown(article, 65534, 65534)
    from factcheck.fixes import fix_document
    from factcheck import Config, Document

    fixed = fix_document(Document.from_bytes(article.read_bytes()), Config())
    assert write_article(str(article), fixed.document) is None
    assert link.read_text(encoding="utf-8") == "要加强管理。\n"  # the other name sees the fix
    info = article.stat()
    assert info.st_mode & 0o777 == 0o640 and info.st_nlink == 2
    if os.geteuid() == 0:
        assert (info.st_uid, info.st_gid) == (65534, 65534)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "b.txt"]


def test_fix_owner_is_kept_on_the_rename_path_too(tmp_path: Path) -> None:
    import os

    if os.geteuid() != 0:
        pytest.skip("changing a file's owner needs root (CI runs as root)")
    article = tmp_path / "a.txt"
    article.write_text("要加强加强管理。\n", encoding="utf-8")
    os.chown(article, 65534, 65534)
    from factcheck.fixes import fix_document
    from factcheck import Config, Document

    fixed = fix_document(Document.from_bytes(article.read_bytes()), Config())
    assert write_article(str(article), fixed.document) is None
    assert (article.stat().st_uid, article.stat().st_gid) == (65534, 65534)


def test_read_only_files_are_not_fixed_without_force(tmp_path: Path) -> None:
    from factcheck.cli import main

    article = tmp_path / "a.txt"
    article.write_text("要加强加强管理。\n", encoding="utf-8")
    article.chmod(0o444)
    assert main(["check", str(article), "--fix"]) == 2
    assert article.read_text(encoding="utf-8") == "要加强加强管理。\n"
    assert main(["check", str(article), "--fix", "--force"]) == 0
    assert article.read_text(encoding="utf-8") == "要加强管理。\n"


def test_fifo_and_unreadable_folder_are_errors_not_hangs(tmp_path: Path) -> None:
    import os

    from factcheck.cli import main

    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "ok.txt").write_text("正文。\n", encoding="utf-8")
    assert main(["check", str(tmp_path), "--no-cache"]) == 2
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "x.txt").write_text("正文。\n", encoding="utf-8")
    locked.chmod(0)
    try:
        if os.geteuid() != 0:  # root reads every folder
            found, errors = discover([str(tmp_path)])
            assert any("cannot read this folder" in error.message for error in errors)
    finally:
        locked.chmod(0o755)


def test_undecodable_file_names_are_escaped_in_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import json
    import os

    from factcheck.cli import main

    name = os.fsencode(str(tmp_path)) + b"/bad-\xff.txt"
    with open(name, "wb") as handle:
        handle.write("共查获毒品原植物337株，相比去年同期下降896%。\n".encode("utf-8"))
    assert main(["check", str(tmp_path), "--format", "json", "--no-cache"]) == 1
    payload = json.loads(capsys.readouterr().out)
    assert payload["findings"][0]["path"].endswith("bad-\\xff.txt")


def test_an_interrupted_fix_leaves_the_file_and_no_temporary_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Ctrl-C or SIGTERM (raised in the command as an exception) while the fixed copy is being
    put in place: the original stays as it was and the temporary copy is removed."""
    import os

    from factcheck.document import Document

    path = tmp_path / "a.txt"
    path.write_bytes("第一段。\n第二段。".encode())
    article = read_article(str(path), 1024)
    assert isinstance(article, Article)

    def interrupted(source: str, target: str) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "replace", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_article(str(path), Document("第一段。\n第二段，改过。", decoded=article.document.decoded))
    assert path.read_bytes() == "第一段。\n第二段。".encode()
    assert [p.name for p in tmp_path.iterdir()] == ["a.txt"]


def test_a_path_too_long_is_an_error_naming_it_and_the_run_goes_on(tmp_path: Path) -> None:
    import subprocess
    import sys

    good = tmp_path / "good.txt"
    good.write_text("共查获毒品原植物337株，相比去年同期下降896%。\n", encoding="utf-8")
    too_long = tmp_path / ("长" * 200 + ".txt")  # 600 bytes: over any file system's name limit
    done = subprocess.run(
        [sys.executable, "-m", "factcheck.cli", "check", str(too_long), str(good), "--no-cache", "--color", "never"],
        capture_output=True, text=True, timeout=120, cwd=tmp_path,
    )
    output = done.stdout + done.stderr
    assert "Traceback" not in output
    assert done.returncode == 2, output
    assert "长长长" in output and "FC101" in output  # the error names the path; the good file was checked

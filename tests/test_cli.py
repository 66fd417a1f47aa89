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
    assert "发现1处问题（错误1处），共检查2个文件。" in out


def test_english_by_flag_or_by_configuration(articles: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(articles), "--color", "never", "--lang", "en"]) == 1
    out = capsys.readouterr().out
    assert "is impossible: a fall of more than 100%" in out
    assert "Found 1 finding (1 error) in 2 files." in out
    (articles / "pyproject.toml").write_text('[tool.factcheck]\nlanguage = "en"\n', encoding="utf-8")
    assert main(["check", str(articles / "bad.txt"), "--color", "never", "--config", str(articles / "pyproject.toml")]) == 1
    assert "Found 1 finding (1 error) in 1 file." in capsys.readouterr().out
    assert main(["rule", "FC101", "--config", str(articles / "pyproject.toml")]) == 0
    assert "What it does" in capsys.readouterr().out
    assert main(["rules", "--lang", "en"]) == 0
    assert "A decrease of more than 100%" in capsys.readouterr().out


def test_chinese_rule_documentation_has_no_spaces_from_line_wrapping(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rule", "FC201", "--lang", "zh"]) == 0
    explained = capsys.readouterr().out
    assert "检查什么" in explained and "为什么重要" in explained and "应当怎么写" in explained
    assert "修复（安全修复）" in explained
    for line in explained.split("会报告：")[0].splitlines():  # the examples keep their own spaces
        stripped = line.strip()
        for left, middle, right in zip(stripped, stripped[1:], stripped[2:]):
            assert not (middle == " " and "\u4e00" <= left <= "\u9fff" and "\u4e00" <= right <= "\u9fff"), line


def test_clean_file_exits_zero(articles: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(articles / "good.md")]) == 0
    assert "全部检查通过（1个文件）。" in capsys.readouterr().out


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
    out = capsys.readouterr().out
    assert out.startswith("行:列") and "变化" in out and "减少896%" in out


def test_rules_and_rule(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rules"]) == 0
    assert "FC101  impossible-decrease" in capsys.readouterr().out
    assert main(["rule", "fc101"]) == 0
    explained = capsys.readouterr().out
    assert "检查什么" in explained and "下降896%" in explained
    assert main(["rule", "FC999"]) == 2


def test_stdin(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    import io
    import sys

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(BAD.encode())))
    assert main(["check", "-", "--format", "json"]) == 1
    assert json.loads(capsys.readouterr().out)["findings"][0]["path"] == "<stdin>"


DAMAGED = "要加强加强管理，缴获各类毒品360千\n\n克，有效遏制了蔓延态势。\n\n打开网易新闻 查看更多图片\n\n针对性地开展工作。\n"


def test_fix_writes_safe_fixes_and_reports_what_remains(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(DAMAGED.replace("\n", "\r\n").encode("gb18030"))
    assert main(["check", str(path), "--fix", "--select", "FC2"]) == 0
    out = capsys.readouterr().out
    assert "已修复3处问题。" in out and "全部检查通过" in out
    fixed = path.read_bytes().decode("gb18030")
    assert fixed == "要加强管理，缴获各类毒品360千克，有效遏制了蔓延态势。\r\n\r\n针对性地开展工作。\r\n"
    before = path.read_bytes()
    assert main(["check", str(path), "--fix", "--select", "FC2"]) == 0
    assert path.read_bytes() == before  # a second run changes nothing


def test_fix_leaves_files_without_fixes_untouched(articles: Path) -> None:
    good = articles / "good.md"
    stamp = good.stat().st_mtime_ns
    assert main(["check", str(good), "--fix"]) == 0
    assert good.stat().st_mtime_ns == stamp


def test_fix_reports_remaining_findings_with_exit_code_one(articles: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(articles / "bad.txt"), "--fix"]) == 1
    assert "FC101" in capsys.readouterr().out
    assert (articles / "bad.txt").read_text(encoding="utf-8") == BAD


def test_diff_shows_fixes_without_writing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "a.txt"
    path.write_text(DAMAGED, encoding="utf-8")
    assert main(["check", str(path), "--diff"]) == 1
    captured = capsys.readouterr()
    assert "-打开网易新闻 查看更多图片" in captured.out and "+要加强管理" in captured.out
    assert "Would fix 3 findings in 1 file." in captured.err
    assert path.read_text(encoding="utf-8") == DAMAGED
    assert main(["check", str(tmp_path / "a.txt"), "--diff", "--select", "FC101"]) == 0


def test_unsafe_fixes_need_the_flag(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "a.txt"
    path.write_text("及时解决存在问题，督促推动工作落实。针对\n\n对性下发工作提示函1次。\n", encoding="utf-8")
    assert main(["check", str(path), "--fix", "--select", "FC2"]) == 1
    assert "FC202" in capsys.readouterr().out
    assert main(["check", str(path), "--fix", "--unsafe-fixes", "--select", "FC2"]) == 0
    assert path.read_text(encoding="utf-8") == "及时解决存在问题，督促推动工作落实。针对性下发工作提示函1次。\n"
    assert main(["check", str(path), "--unsafe-fixes"]) == 2


def test_fix_refuses_standard_input(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "-", "--fix"]) == 2
    assert "--diff" in capsys.readouterr().err


def test_claims_sections_show_stories(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "page.txt"
    path.write_text(
        "禁毒工作取得新成效\n\n□ 本报记者 申东\n\n近年来，银川市公安局坚持“外防输入、内防滥用反弹”思路。\n\n"
        "辽宁检察机关严惩毒品犯罪\n\n本报讯 记者韩宇 辽宁省人民检察院近日召开新闻发布会。\n",
        encoding="utf-8",
    )
    assert main(["claims", str(path), "--sections", "--format", "json"]) == 0
    stories = json.loads(capsys.readouterr().out)["stories"]
    assert [story["headline"]["text"] for story in stories] == ["禁毒工作取得新成效", "辽宁检察机关严惩毒品犯罪"]
    assert [[credit["name"] for credit in story["credits"]] for story in stories] == [["申东"], ["韩宇"]]
    assert main(["claims", str(path), "--sections"]) == 0
    assert "story 1" in capsys.readouterr().out


def test_a_folder_without_articles_is_an_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Zero files matched is a usage error naming the folder, never a pass."""
    (tmp_path / "picture.png").write_bytes(b"\x89PNG")
    assert main(["check", str(tmp_path)]) == 2
    error = capsys.readouterr().err
    assert "no article files" in error and str(tmp_path) in error


def test_claims_render_every_time_family_in_words(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    article = tmp_path / "a.txt"
    article.write_text("近三年来投资增长。30日，上周三。今明两年，九十年代初。农历八月十五。2018年至今。\n", encoding="utf-8")
    assert main(["claims", str(article), "--date", "2023-05-20", "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert "{" not in out and "None" not in out and "reference date: 2023-05-20 (given)" in out
    for resolved in ("2020-05-20 … 2023-05-20", "2023-04-30", "2023-05-10", "2023-01-01 … 2024-12-31",
                     "1990-01-01 … 1993-12-31", "2023-09-29", "2018-01-01 … 2023-05-20"):
        assert resolved in out
    assert main(["claims", str(article), "--date", "2023-05-20"]) == 0
    chinese = capsys.readouterr().out
    assert "参照日期：2023-05-20（指定）" in chinese and "2020-05-20 至 2023-05-20（最近3年）" in chinese
    assert "{" not in chinese and "None" not in chinese


def test_claims_as_csv_for_a_spreadsheet(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import csv
    import io

    article = tmp_path / "a.txt"
    article.write_text("今年3月，全市共破获毒品案件120起，同比下降12%。\n", encoding="utf-8")
    assert main(["claims", str(article), "--format", "csv", "--date", "2023-05-20"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert list(rows[0]) == ["line", "column", "kind", "text", "reading", "measure", "subject", "period"]
    by_text = {row["text"]: row for row in rows}
    assert by_text["今年3月"]["reading"].startswith("2023-03-01 至 2023-03-31")
    figure = by_text["120起"]
    assert figure["kind"] == "quantity" and figure["column"] == "15"
    assert (figure["measure"], figure["subject"], figure["period"]) == ("破获 毒品案件", "全市", "今年3月")
    assert by_text["同比下降12%"]["reading"] == "减少12%（同比），对应120起"


def test_fact_sheet_has_no_noise_rows(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import csv
    import io

    article = tmp_path / "a.txt"
    article.write_text(
        "三门峡市公安局破获案件12起。毒贩危害一方。一期工程和二期工程已完工，一批项目开工。"
        "标准普尔500指数上涨3%。民警连续工作了四个半小时。列车以时速200公里运行。\n",
        encoding="utf-8",
    )
    assert main(["claims", str(article), "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    quantities = {row["text"]: row["reading"] for row in rows if row["kind"] == "quantity"}
    assert set(quantities) == {"12起", "四个半小时", "200公里"}
    assert quantities["四个半小时"].startswith("4.5个小时") and "速度" in quantities["200公里"]


def test_server_without_pygls_says_what_to_install(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "factcheck.server", None)  # as if the lsp extra were missing
    assert main(["server"]) == 2
    assert "pip install 'factcheck[lsp]'" in capsys.readouterr().err

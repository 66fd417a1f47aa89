"""``factcheck claims`` shows the reference dates the article is read against."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from factcheck.cli import main
from tests.conftest import EXAMPLES


def test_claims_text_shows_reference_dates(capsys: pytest.CaptureFixture[str]) -> None:
    (seed,) = EXAMPLES.glob("002_*.txt")
    assert main(["claims", str(seed), "--lang", "en"]) == 0
    first, second = capsys.readouterr().out.splitlines()[:2]
    assert first == "reference date: 2022-10-21 (the latest date in the text) — line 96: 2022年10月21日"
    assert second == "reference date for lines 41–60: 2022-02-26 (date line) — line 60: 2022年2月26日"
    assert main(["claims", str(seed)]) == 0
    first, second = capsys.readouterr().out.splitlines()[:2]
    assert first == "参照日期：2022-10-21（据文中最晚日期）——第96行：2022年10月21日"
    assert second == "第41–60行的参照日期：2022-02-26（据电头）——第60行：2022年2月26日"


def test_claims_json_has_reference_dates(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    article = tmp_path / "a.txt"
    article.write_text("2023年1月至2024年6月21日，共破获毒品刑事案件122起。\n", encoding="utf-8")
    assert main(["claims", str(article), "--format", "json"]) == 0
    payload = json.loads(capsys.readouterr().out)
    (reference,) = payload["reference_dates"]
    assert (reference["value"], reference["source"], reference["lines"]) == ("2024-06-21", "latest date", None)
    assert any(claim["kind"] == "period" for claim in payload["claims"])


def test_claims_without_dates_show_none(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    article = tmp_path / "a.txt"
    article.write_text("共破获毒品刑事案件122起。\n", encoding="utf-8")
    assert main(["claims", str(article)]) == 0
    assert "reference date" not in capsys.readouterr().out


def test_check_date_option_overrides_the_text(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    article = tmp_path / "a.txt"
    article.write_text("2022年3月，专案组成立。2021年以来，全市刑事案件连续3年下降。\n", encoding="utf-8")
    assert main(["check", str(article), "--select", "FC401"]) == 1
    assert "截至2022年，按文中最晚日期2022-03计" in capsys.readouterr().out
    assert main(["check", str(article), "--select", "FC401", "--date", "2023-06-26"]) == 0

"""The fact sheet in both languages: every claim of the examples reads out in words."""

from __future__ import annotations

from pathlib import Path

import pytest
import regex

from factcheck.api import fact_sheet
from factcheck.document import Document
from factcheck.report.claims import fact_rows, render_claims

EXAMPLES = sorted((Path(__file__).resolve().parents[2] / "examples").glob("*.txt"))


@pytest.mark.parametrize("language", ["zh", "en"])
@pytest.mark.parametrize("path", EXAMPLES, ids=lambda path: path.name)
def test_every_claim_reads_out_in_words(path: Path, language: str) -> None:
    document = Document(path.read_text(encoding="utf-8"))
    claims, figures = fact_sheet(document)
    rows = fact_rows(document, claims, figures, language)  # type: ignore[arg-type]
    assert len(rows) == len(claims)
    kinds = set()
    for row in rows:
        kinds.add(row.kind)
        assert row.reading and "{" not in row.reading and "None" not in row.reading, row
        assert "=" not in row.reading, f"a claim without a describer: {row}"
        if language == "zh":
            latin = regex.findall(r"(?<![\p{Latin}])[A-Za-z]{3,}", row.reading)
            assert not latin, f"English in a Chinese reading: {row}"
    table = render_claims(rows, language)  # type: ignore[arg-type]
    assert table.count("\n") == len(rows) + 2
    assert "quantity" in kinds


def test_figures_carry_measure_subject_and_period() -> None:
    text = "今年以来，全市公安机关共抓获涉毒嫌疑人174人，缴获毒品38.5千克。\n"
    document = Document(text)
    claims, figures = fact_sheet(document)
    rows = {row.text: row for row in fact_rows(document, claims, figures, "zh")}
    assert (rows["174人"].measure, rows["174人"].subject, rows["174人"].period) == ("抓获 涉毒嫌疑人", "全市", "今年以来")
    assert rows["38.5千克"].measure.startswith("缴获") and rows["38.5千克"].period == "今年以来"


def test_weekdays_are_named_in_chinese() -> None:
    document = Document("下周三召开会议，上周日已经通知。\n")
    claims, figures = fact_sheet(document, reference_date=__import__("datetime").date(2023, 5, 20))
    readings = [row.reading for row in fact_rows(document, claims, figures, "zh")]
    assert any("下周，星期三" in reading for reading in readings)
    assert any("上周，星期日" in reading for reading in readings)

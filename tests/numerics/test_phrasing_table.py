"""The parser's phrasing tables (``phrasings.tsv`` here and in ``tests/dates``), one case per row."""

from __future__ import annotations

import math
from datetime import date
from pathlib import Path

import pytest

import factcheck
from factcheck.claims.times import DatePoint, Period, RelativeTime

HERE = Path(__file__).parent
MEASURED = {"quantity", "range", "percent", "fraction", "points", "multiple"}
REFERENCE = date(2023, 5, 20)


def _rows(path: Path) -> list[list[str]]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if line and not line.startswith("#")]


def _number(text: str) -> float:
    return {"inf": math.inf, "-inf": -math.inf}.get(text) or float(text)


NUMBER_ROWS = _rows(HERE / "phrasings.tsv")
DATE_ROWS = _rows(HERE.parent / "dates" / "phrasings.tsv")


def test_the_tables_hold_at_least_400_cases() -> None:
    assert len(NUMBER_ROWS) + len(DATE_ROWS) >= 400


@pytest.mark.parametrize("row", NUMBER_ROWS, ids=lambda row: "|".join(row[:2]))
def test_number_phrasing(row: list[str]) -> None:
    text, figure = row[0], row[1]
    found = factcheck.numbers(text)
    if figure == "-":
        assert [n.text for n in found if n.kind in MEASURED] == []
        return
    kind, value, low, high, unit, dimension = row[2:]
    (number,) = [n for n in found if n.text == figure]
    assert text[number.span.start : number.span.end] == figure
    assert number.kind == kind
    assert (number.value, number.low, number.high) == pytest.approx((_number(value), _number(low), _number(high)), rel=1e-4)
    assert number.unit == ("" if unit == "-" else unit)
    assert number.dimension == ("" if dimension == "-" else dimension)


@pytest.mark.parametrize("row", DATE_ROWS, ids=lambda row: "|".join(row[:2]))
def test_time_phrasing(row: list[str]) -> None:
    text, written, kind, first, last = row
    claims = [
        claim
        for claim in factcheck.extract(text, reference_date=REFERENCE)
        if isinstance(claim, DatePoint | Period | RelativeTime) and claim.text == written
    ]
    (claim,) = claims
    assert claim.kind + (f"/{claim.form}" if isinstance(claim, Period) else "") == kind
    assert str(claim.start) == first and str(claim.end) == last

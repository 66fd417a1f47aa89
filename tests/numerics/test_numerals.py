"""Numeral values, checked against arithmetic."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.numerics.numerals import arabic_value, chinese_value

_DIGITS = "零一二三四五六七八九"


def to_chinese(number: int) -> str:
    """A reference spelling of 0 < number < 10**8 in Chinese numerals."""
    def below_10000(value: int, leading: bool) -> str:
        out = ""
        zero = False
        for power, unit in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
            digit = value // power % 10
            if digit == 0:
                zero = bool(out) or not leading
                continue
            if zero and out:
                out += "零"
            zero = False
            if not (power == 10 and digit == 1 and not out and leading):
                out += _DIGITS[digit]
            out += unit
        return out

    high, low = divmod(number, 10000)
    if not high:
        return below_10000(low, True)
    text = below_10000(high, True) + "万"
    if low:
        text += ("零" if low < 1000 else "") + below_10000(low, False)
    return text


@given(st.integers(min_value=1, max_value=99_999_999))
def test_chinese_numerals_agree_with_arithmetic(number: int) -> None:
    assert chinese_value(to_chinese(number)) == (number, number)


@given(st.integers(min_value=0, max_value=10**12), st.integers(min_value=0, max_value=9999))
def test_arabic_with_separators_and_decimals(whole: int, fraction: int) -> None:
    grouped = f"{whole:,}"
    value, decimals = arabic_value(f"{grouped}.{fraction:04d}")
    assert decimals == 4
    assert value == pytest.approx(whole + fraction / 10_000)


@pytest.mark.parametrize(
    ("numeral", "interval"),
    [
        ("十五", (15, 15)),
        ("二十", (20, 20)),
        ("一两", (1, 2)),
        ("两三", (2, 3)),
        ("三四十", (30, 40)),
        ("十七八", (17, 18)),
        ("十几", (11, 19)),
        ("二〇二三", (2023, 2023)),
        ("一千零五", (1005, 1005)),
        ("一点五", (1.5, 1.5)),
    ],
)
def test_chinese_ranges_and_forms(numeral: str, interval: tuple[float, float]) -> None:
    assert chinese_value(numeral) == interval


@pytest.mark.parametrize("numeral", ["万一", "点五", "百", "一点"])
def test_not_numerals(numeral: str) -> None:
    assert chinese_value(numeral) is None

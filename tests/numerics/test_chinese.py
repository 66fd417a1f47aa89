"""The Chinese numeral reader: canonical numerals, colloquial shorthand, and agreement with cn2an."""

from __future__ import annotations

import pytest
from hypothesis import given, strategies as st

from factcheck.numerics.chinese import parse_chinese


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("十", 10), ("十五", 15), ("一十", 10), ("二十", 20), ("一百零五", 105), ("一千零五十", 1050),
        ("两千", 2000), ("二百二十", 220), ("一百一", 110), ("三百五", 350), ("一万二", 12000),
        ("一万零五百", 10500), ("五十五万五千", 555000), ("三千五百万", 35_000_000),
        ("一亿两千万", 120_000_000), ("十亿", 1e9), ("一千万零一", 10_000_001), ("零", 0),
        ("二〇二三", 2023), ("一二", 12), ("壹佰贰拾", 120), ("三点五", 3.5), ("零点五", 0.5),
        ("十二点零五", 12.05), ("一点二三", 1.23),
    ],
)
def test_reads_numerals(text: str, value: float) -> None:
    assert parse_chinese(text) == value


@pytest.mark.parametrize(("text", "value"), [("四万万", 4e8), ("一万万", 1e8), ("三千万万", 3e11)])
def test_wan_wan_is_the_old_word_for_yi(text: str, value: float) -> None:
    assert parse_chinese(text) == value


@pytest.mark.parametrize("text", ["万", "亿", "百", "千", "十十", "一百百", "万万", "三点", "点五", "三千两万"])
def test_rejects_what_is_no_numeral(text: str) -> None:
    assert parse_chinese(text) is None


cn2an = pytest.importorskip("cn2an", reason="cn2an (the test extra) is the reference to compare with")


@given(st.integers(min_value=0, max_value=10**12 - 1))
def test_agrees_with_cn2an_on_every_canonical_integer(number: int) -> None:
    written = cn2an.an2cn(number)
    assert parse_chinese(written) == float(cn2an.cn2an(written, "normal")) == number


@given(st.integers(min_value=0, max_value=10**6), st.integers(min_value=0, max_value=999))
def test_agrees_with_cn2an_on_decimals(whole: int, fraction: int) -> None:
    written = cn2an.an2cn(f"{whole}.{fraction:03d}".rstrip("0").rstrip("."))
    assert parse_chinese(written) == float(cn2an.cn2an(written, "normal"))

"""Finding numbers in running text."""

from __future__ import annotations

import math
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.document import Document
from factcheck.numerics.scanner import Role, scan_numbers
from tests.strategies import article_text


def only(text: str):  # type: ignore[no-untyped-def]
    mentions = [m for m in scan_numbers(Document(text).text) if m.role is not Role.BARE]
    assert len(mentions) == 1, mentions
    return mentions[0]


@pytest.mark.parametrize(
    ("text", "value", "low", "high", "unit"),
    [
        ("3.6万余人次", 36000, 36000, 37000, "人次"),
        ("近200名", 200, 160, 200, "名"),
        ("十五年", 15, 15, 15, "年"),
        ("二十多年", 20, 20, 30, "年"),
        ("一两人", 1, 1, 2, "人"),
        ("420余万份", 4_200_000, 4_200_000, 4_300_000, "份"),
        ("2.3万元", 23000, 23000, 23000, "元"),
        ("1.2亿元", 120_000_000, 120_000_000, 120_000_000, "元"),
        ("36,915人", 36915, 36915, 36915, "人"),
        ("360千克", 360, 360, 360, "千克"),
        ("100人左右", 100, 90, 110, "人"),
        ("一年多", 1, 1, 2, "年"),
    ],
)
def test_quantities(text: str, value: float, low: float, high: float, unit: str) -> None:
    mention = only(text)
    assert mention.role is Role.QUANTITY
    assert (mention.value, mention.low, mention.high) == pytest.approx((value, low, high))
    assert mention.unit_text == unit


def test_unbounded_marker() -> None:
    mention = only("逾2万人")
    assert mention.low == 20000 and math.isinf(mention.high)


@pytest.mark.parametrize(
    ("text", "value", "role"),
    [
        ("百分之三十五", 35, Role.PERCENT),
        ("三成", 30, Role.PERCENT),
        ("12.4%", 12.4, Role.PERCENT),
        ("７５·６７％", 75.67, Role.PERCENT),
        ("2.5个百分点", 2.5, Role.POINTS),
        ("两倍", 2, Role.MULTIPLE),
    ],
)
def test_percent_like(text: str, value: float, role: Role) -> None:
    mention = only(text)
    assert mention.role is role and mention.value == pytest.approx(value)


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("2023年以来", Role.DATE),
        ("第3次", Role.ORDINAL),
        ("雷霆4号", Role.LABEL),
        ("5G网络", Role.LABEL),
    ],
)
def test_not_quantities(text: str, role: Role) -> None:
    assert only(text).role is role


@pytest.mark.parametrize("text", ["统一部署", "一把手工程", "五位一体", "一线民警", "万一发生", "大家一起努力", "十分重要"])
def test_words_with_numerals_are_not_numbers(text: str) -> None:
    assert [m for m in scan_numbers(Document(text).text) if m.role is Role.QUANTITY] == []


def test_case_names_are_labels() -> None:
    mentions = scan_numbers(Document("“7·28”“2015·1·24”专案").text)
    assert mentions and all(m.role is Role.LABEL for m in mentions)


def test_recent_period_is_not_approximate() -> None:
    mention = only("近三年来")
    assert mention.exact


def test_two_markers_are_kept() -> None:
    assert [m.text for m in only("近两个多月").markers] == ["近", "多"]
    assert [m.text for m in only("逾2万余人").markers] == ["逾", "余"]


@given(article_text)
def test_scanner_never_crashes_and_spans_are_ordered(text: str) -> None:
    normalized = Document(text).text
    for mention in scan_numbers(normalized):
        assert 0 <= mention.start <= mention.numeral_start < mention.numeral_end <= mention.end <= len(normalized)
        assert mention.low <= mention.high


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("160万余人次", 1_600_000, 1_610_000),
        ("160余万人次", 1_600_000, 1_700_000),
        ("2万余人", 20_000, 30_000),
        ("200余起", 200, 300),
        ("36余次", 36, 37),
    ],
)
def test_remainder_of_yu_depends_on_its_place(text: str, low: float, high: float) -> None:
    mention = only(text)
    assert (mention.low, mention.high) == pytest.approx((low, high))


@pytest.mark.parametrize(
    ("text", "markers"),
    [("签约30个项目", ()), ("附近200名群众", ()), ("节约100万元", ()), ("共约300人", ("约",)),
     ("大约300人", ("大约",)), ("将近300人", ("将近",))],
)
def test_a_marker_that_ends_a_word_is_not_a_marker(text: str, markers: tuple[str, ...]) -> None:
    """约 in 签约 and 近 in 附近 belong to the word before them."""
    (mention,) = [m for m in scan_numbers(text)]
    assert tuple(marker.text for marker in mention.markers) == markers


@pytest.mark.parametrize("text", ["将进行约12吨投水", "中欧班列连续约35个月", "造成约45人死亡", "确定约100个项目"])
def test_a_marker_after_a_whole_word_is_a_marker(text: str) -> None:
    """进行|约: the character before 约 belongs to the word before it."""
    (mention,) = scan_numbers(text)
    assert [marker.text for marker in mention.markers] == ["约"]


class _Everything:
    """A set that holds every character: the scanner's fast-path gates let everything through."""

    def __contains__(self, item: object) -> bool:
        return True


@given(article_text)
def test_gates_skip_only_what_reads_nothing(text: str) -> None:
    """The scanner reads prefixes (signs, fraction words, markers) only after a character
    that can end one, and worded forms (%, 成, 折, 个半 …) only before a character that can
    start one; reading both at every numeral finds exactly the same numbers."""
    from factcheck.numerics.scanner import NumberScanner

    normalised = Document(text).text
    gated = NumberScanner()
    ungated = NumberScanner()
    ungated._prefix_cues = _Everything()  # type: ignore[assignment]
    ungated._follow_cues = _Everything()  # type: ignore[assignment]
    assert gated.scan(normalised) == ungated.scan(normalised)


_TAIL_PIECES = ["角", "分", "零", "千", "百", "十", "5", "0000", "4000", "３", "二", "万", "亿", "多"]


@given(st.lists(st.one_of(st.sampled_from(_TAIL_PIECES), article_text), max_size=6).map("".join))
def test_tails_and_cents_start_where_their_gates_look(text: str) -> None:
    """A mixed numeral's tail (3万4000, 2千零3) is read only from a digit or 零, and cents
    after 元 only where 角 stands one or two characters on: the patterns match nowhere else."""
    from factcheck.numerics import scanner

    for written in ("3万", "3亿", "3千"):
        mention = scan_numbers(written)[0]
        if scanner._mixed_tail(text, 0, mention) != 0:
            assert scanner._may_start_tail(text[:1])
    if scanner._JIAO_FEN.match(text) is not None:
        assert "角" in text[1:3]


@given(st.text(alphabet=" \u3000\t到至~-—–－年", max_size=8))
def test_range_joiners_are_one_to_five_characters(text: str) -> None:
    """Ranges are joined only across gaps of one to five characters: all a joiner can span."""
    from factcheck.numerics import scanner

    if scanner._RANGE_JOINER.fullmatch(text) is not None:
        assert 1 <= len(text) <= 5
        assert scanner._may_join(text[0])


def test_every_character_a_range_joiner_starts_with_passes_its_gate() -> None:
    """:func:`_may_join` admits every character the pattern can start with: the joiners and
    every code point ``\\s`` matches (``str.isspace`` holds for each)."""
    from factcheck.numerics import scanner

    for code in range(sys.maxunicode + 1):
        char = chr(code)
        if scanner._RANGE_JOINER.match(char + "到") is not None or scanner._RANGE_JOINER.match(char) is not None:
            assert scanner._may_join(char), hex(code)


@given(article_text, st.sampled_from(["连续", "历时", "为期", "长达", "共", "近", "用时", "仅用", "不到", "超过"]))
def test_a_day_after_a_duration_word_is_no_date_whatever_comes_before(text: str, cue: str) -> None:
    """连续30日 is a length of time, 记者30日 a date: the gate on the last character of the
    duration words keeps every one of them."""
    for written, dated in ((f"{text}。{cue}30日", False), (f"{text}。记者30日", True)):
        day = next(m for m in scan_numbers(written) if m.numeral == "30" and m.unit_text == "日")
        assert (day.role is Role.DATE) == dated

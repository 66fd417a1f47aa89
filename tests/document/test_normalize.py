"""The normalised view and its offset map."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from factcheck.document import Document, normalize
from factcheck.span import Span
from tests.strategies import article_text


def test_full_width_digits_and_percent() -> None:
    result = normalize("执行率７５·６７％")
    assert result.text == "执行率75.67%"


def test_clause_punctuation_becomes_chinese_but_thousands_separator_stays() -> None:
    assert normalize("共36,915人,同比增长(约)5%").text == "共36,915人，同比增长（约）5%"


def test_case_name_dot_is_kept() -> None:
    assert normalize("“7·28”专案").text == "“7·28”专案"


def test_number_cut_by_blank_line_is_joined() -> None:
    original = "抓获涉毒犯罪嫌疑人947人，缴获各类毒品360千\n\n克，有效遏制了毒品犯罪的蔓延态势。"
    document = Document(original)
    assert "360千克" in document.text
    start = document.text.index("360千克")
    span = document.span(start, start + len("360千克"))
    assert document.original_of(span) == "360千\n\n克"
    assert len(document.joins) == 1


def test_word_cut_by_blank_line_is_joined() -> None:
    original = "随即，专案组对李某某展开调查，并顺藤摸瓜收获了“南瓜藏\n\n毒”一案。可以说，警方摸到了这只“大南瓜”。"
    assert "南瓜藏毒" in Document(original).text


def test_headings_and_bylines_are_not_joined() -> None:
    original = "扛实责任护乌蒙平安\n\n——昭通市2022年禁毒工作小记\n\n□ 本报记者 吴良艺\n□ 本报通讯员 周日 唐祥源\n\n正文。"
    assert paragraph_count(original) == 5


def paragraph_count(text: str) -> int:
    return len([line for line in Document(text).text.split("\n") if line.strip()])


def test_two_part_heading_with_comma_is_not_joined() -> None:
    original = "近年来成效明显。\n\n纵深推进“两打两控”专项行动，最大限度遏制毒品犯罪蔓延势头\n\n打击毒品犯罪是公安工作的重中之重。"
    assert paragraph_count(original) == 3


def test_paragraph_end_after_full_stop_is_kept() -> None:
    original = "这是第一段，内容完整。\n\n这是第二段。"
    assert Document(original).text == original


def test_crlf_and_zero_width_are_removed_with_offsets_kept() -> None:
    original = "第一段。\r\n缴获\u200b毒品5公斤。"
    document = Document(original)
    assert document.text == "第一段。\n缴获毒品5公斤。"
    start = document.text.index("5公斤")
    assert document.original_of(document.span(start, start + 3)) == "5公斤"


@given(article_text)
def test_offset_map_points_into_original(text: str) -> None:
    document = Document(text)
    normalized = document.text
    previous = -1
    for position in range(len(normalized)):
        origin = document.offsets.to_original(position)
        assert 0 <= origin < len(text)
        assert origin > previous  # monotonic, one original character per normalised one
        previous = origin
    span = document.span(0, len(normalized))
    assert 0 <= span.start <= span.end <= len(text)


@given(article_text)
def test_the_identity_shortcut_maps_as_the_general_path(text: str) -> None:
    """Where normalisation removed nothing, positions map to themselves without a look-up;
    the answers are those of the general path, at every position and span."""
    offsets = Document(text).offsets
    size = len(Document(text).text)
    probes = [(start, end) for start in range(size + 2) for end in range(start - 1, min(size + 2, start + 4))]
    fast = [(offsets.to_original(start), offsets.span_to_original(start, end)) for start, end in probes]
    identity = offsets._identity
    offsets._identity = False
    try:
        slow = [(offsets.to_original(start), offsets.span_to_original(start, end)) for start, end in probes]
    finally:
        offsets._identity = identity
    assert fast == slow


@given(article_text, st.integers(0, 40), st.sampled_from(["\u200b", "\r\n", "\ufeff", "", "a"]))
def test_spans_before_the_first_removal_map_as_the_general_path(text: str, at: int, inserted: str) -> None:
    """``Document.span`` maps a range that ends before anything was removed without a
    look-up; its spans are those of the offset map at every range."""
    document = _with_inserted(text, at, inserted)
    for start, end, general in _valid_ranges(document):
        assert document.span(start, end) == Span(*general)


def _with_inserted(text: str, at: int, inserted: str) -> Document:
    at = min(at, len(text))
    return Document(text[:at] + inserted + text[at:])


def _valid_ranges(document: Document) -> list[tuple[int, int, tuple[int, int]]]:
    """Every short normalised range that maps to a valid original range, with that range."""
    size = len(document.text)
    found = []
    for start in range(size + 1):
        for end in range(start, min(size, start + 4) + 1):
            general = document.offsets.span_to_original(start, end)
            if 0 <= general[0] <= general[1]:
                found.append((start, end, general))
    return found


@given(article_text, st.integers(0, 40), st.sampled_from(["\u200b", "\r\n", "\ufeff", "", "a"]))
def test_a_claims_ranges_are_its_span_and_its_normalised_pair(text: str, at: int, inserted: str) -> None:
    """``Document.ranges`` gives :meth:`Document.span` and ``(start, end)``, as one object
    where they are equal and the text before is unchanged."""
    document = _with_inserted(text, at, inserted)
    for start, end, general in _valid_ranges(document):
        span, norm = document.ranges(start, end)
        assert span == document.span(start, end) == Span(*general) and tuple(norm) == (start, end)
        if start < end <= document._same_until:
            assert norm is span


def test_first_line_headline_with_a_figure_is_not_joined() -> None:
    original = "实现地区生产总值744.94亿元,同比增长6.3%\n农业生产形势较好,第一产业增加值145.88亿元,增长3.8%。"
    assert paragraph_count(original) == 2

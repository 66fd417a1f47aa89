"""Markdown: markup is not article text, spans index the original file, fixes never touch markup."""

from __future__ import annotations

from datetime import date

from hypothesis import given, strategies as st

import factcheck
from factcheck import Config, Document
from factcheck.fixes import fix_document

IMPOSSIBLE = "共查获毒品原植物337株，相比去年同期下降896%。"


def _codes(text: str, **options: object) -> list[str]:
    document = Document(text, format="markdown")
    return [finding.code for finding in factcheck.check(document, Config(**options)).findings]


def test_code_blocks_inline_code_comments_and_link_targets_are_not_checked() -> None:
    text = (
        "# 标题\n\n"
        "正文没有问题，详见[通报](https://example.com/下降896%/page)与`下降896%`。\n\n"
        "```\n" + IMPOSSIBLE + "\n```\n\n"
        "    " + IMPOSSIBLE + "\n\n"
        "<!-- " + IMPOSSIBLE + " -->\n\n"
        "![下降896%](images/下降896%.png)\n"
    )
    assert "FC101" not in _codes(text)
    assert "FC101" in _codes(text + "\n" + IMPOSSIBLE + "\n")


def test_front_matter_is_hidden_and_its_date_is_the_reference_date() -> None:
    text = "---\ntitle: 下降896%\ndate: 2023-05-02\n---\n\n今年1月至4月，全市共破获案件12起。\n"
    document = Document(text, format="markdown")
    assert "title" not in document.text and "下降896%" not in document.text
    assert factcheck.check(document).reference_date == date(2023, 5, 2)


def test_a_wrapped_paragraph_is_one_paragraph() -> None:
    text = "今年以来，全市共破获毒品犯罪案件114起，抓获涉毒\n嫌疑人174人，缴获毒品\n3.2千克。\n"
    document = Document(text, format="markdown")
    assert len(document.blocks) == 1
    assert "FC201" not in _codes(text)
    plain = [finding.code for finding in factcheck.check(text).findings]
    assert "FC201" in plain  # as plain text the same lines are cut lines


def test_spans_index_the_original_file() -> None:
    text = "## 通报\n\n> 据**统计**，[全市](http://x.cn)共查获毒品原植物337株，\n> 相比去年同期下降896%。\n"
    (finding,) = [f for f in factcheck.check(Document(text, format="markdown")).findings if f.code == "FC101"]
    assert text[finding.span.start : finding.span.end] == "相比去年同期下降896%"
    assert finding.line == 4


def test_emphasis_and_escapes_read_as_text() -> None:
    document = Document("全年**增长**了\\*10%，达到&lt;100&gt;万元。\n", format="markdown")
    assert document.text.strip() == "全年增长了*10%，达到<100>万元。"


def test_headings_are_headlines() -> None:
    document = Document("# 我市禁毒工作成效显著\n\n今年以来，全市共破获案件12起。\n\n标题二\n---\n\n正文。\n", format="markdown")
    story = document.stories[0]
    assert document.blocks[story.headline].text == "# 我市禁毒工作成效显著"
    assert any(block.level == 2 for block in document.blocks)


def test_fixes_outside_markup_still_apply() -> None:
    text = "<!-- 编者注 -->\n\n要加强加强管理。\n"
    fixed = fix_document(Document(text, format="markdown"), Config())
    assert fixed.document.original == "<!-- 编者注 -->\n\n要加强管理。\n"


_ALPHABET = st.sampled_from(list("下降增长人万元年月日12345 \n#*_`[]()<>!-&;:|\\~") + ["896%", "<!--", "-->", "```", "\n\n"])


@given(st.lists(_ALPHABET, max_size=60).map("".join))
def test_every_view_character_comes_from_the_original(text: str) -> None:
    document = Document(text, format="markdown")
    replaced = dict(document.layout.replaced)
    previous = -1
    for index, char in enumerate(document.text):
        origin = document.offsets.to_original(index)
        assert previous < origin < len(text)
        previous = origin
        source = text[origin]
        assert char == source or origin in replaced or char in "，：；！？（）~.< >" or source.isspace()


def test_a_cut_line_across_a_comment_is_reported_but_not_fixed() -> None:
    text = "全市开展了“禁毒\n<!-- 注 -->\n宣传月”活动。\n"
    document = Document(text, format="markdown")
    (finding,) = [f for f in factcheck.check(document).findings if f.code == "FC201"]
    assert finding.fix is None
    assert fix_document(document, Config()).document.original == text


def test_a_hard_break_inside_a_number_is_reported_without_a_fix() -> None:
    text = "共查获毒品原植物337\\\n株，同比下降。\n"
    (finding,) = [f for f in factcheck.check(Document(text, format="markdown")).findings if f.code == "FC201"]
    assert finding.fix is None  # joining would leave the backslash in the text


def test_table_cells_keep_their_characters_and_crlf_headings_lose_closing_hashes() -> None:
    table = Document("| >5% | 下降 |\n|---|---|\n| 1 | 2 |\n", format="markdown")
    assert table.blocks[0].text.split() == [">5%", "下降"]
    heading = Document("# 标题 ##\r\n\r\n正文\r\n", format="markdown")
    assert heading.blocks[0].text == "# 标题"


def test_text_after_a_comment_in_an_html_block_is_article_text() -> None:
    text = "<!-- factcheck: ignore FC101 -->共查获毒品原植物337株，相比去年同期下降896%。\n"
    report = factcheck.check(Document(text, format="markdown"))
    assert [item.finding.code for item in report.suppressed] == ["FC101"]
    assert report.findings == []
    assert "FC101" in _codes("<div>共查获毒品原植物337株，相比去年同期下降896%。</div>\n")

"""HTML: page chrome and tags are not article text; block elements are paragraphs."""

from __future__ import annotations

import factcheck
from factcheck import Document

PAGE = """<!DOCTYPE html>
<html><head><title>下降896%</title><style>p { color: red }</style>
<script>var x = "相比去年同期下降896%";</script></head>
<body>
<nav><a href="/">首页</a> | <a href="/news">新闻</a></nav>
<article>
<h1>我市禁毒工作成效显著</h1>
<p>今年以来，全市共查获毒品原植物337株，
相比去年同期下降896%，打击处理5人。</p>
<p>要加强<b>加强</b>管理&amp;宣传。</p>
</article>
<footer>版权所有 下降896%</footer>
</body></html>
"""


def test_only_article_text_is_read() -> None:
    document = Document(PAGE, format="html")
    assert "首页" not in document.text and "版权" not in document.text and "var" not in document.text
    assert "color" not in document.text
    assert [block.text for block in document.blocks] == [
        "我市禁毒工作成效显著",
        "今年以来，全市共查获毒品原植物337株，相比去年同期下降896%，打击处理5人。",
        "要加强加强管理&宣传。",
    ]


def test_headings_are_headlines_and_spans_index_the_page() -> None:
    document = Document(PAGE, format="html")
    story = document.stories[0]
    assert document.blocks[story.headline].text == "我市禁毒工作成效显著"
    findings = factcheck.check(document).findings
    (drop,) = [finding for finding in findings if finding.code == "FC101"]
    assert PAGE[drop.span.start : drop.span.end] == "相比去年同期下降896%"
    assert "FC201" not in [finding.code for finding in findings]


def test_repeated_word_across_a_tag_is_found_and_its_fix_left_to_the_editor() -> None:
    findings = factcheck.check(Document(PAGE, format="html")).findings
    (repeat,) = [finding for finding in findings if finding.code == "FC204"]
    assert repeat.fix is None  # deleting across <b> would change markup


def test_malformed_html_does_not_raise() -> None:
    for page in ["<p>未闭合<b>标签", "<<<>>>", "<p>&bogus; &#99999999; &#x;</p>", "<!-- 未闭合注释", "<![CDATA[x"]:
        document = Document(page, format="html")
        assert isinstance(document.text, str)
        factcheck.check(document)


def test_conditional_comments_bogus_comments_and_bare_ampersands_hide_only_themselves() -> None:
    page = "<p>甲<![if !supportLists]>1.<![endif]>乙下降896%。</p><!x><p>R&D投入12亿元;同比增长5%</p><p>丙</p>"
    document = Document(page, format="html")
    assert [block.text for block in document.blocks] == ["甲1.乙下降896%。", "R&D投入12亿元；同比增长5%", "丙"]


def test_a_space_between_inline_elements_keeps_numbers_apart() -> None:
    document = Document("<p>发案<span>150</span> <span>125</span>起</p>", format="html")
    assert document.blocks[0].text == "发案150 125起"

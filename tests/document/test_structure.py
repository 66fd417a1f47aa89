"""Blocks, sentences and stories."""

from __future__ import annotations

from factcheck.document import BlockKind, Document
from tests.conftest import seed_text


def kinds(text: str) -> list[str]:
    return [block.kind.value for block in Document(text).blocks]


def test_headline_subtitle_byline_body() -> None:
    text = "扛实责任护乌蒙平安\n——昭通市2022年禁毒工作小记\n□ 本报记者 张三\n2022年以来，全市各级各部门始终把禁毒工作作为重要政治任务来抓，确保取得成效。"
    assert kinds(text) == ["heading", "subtitle", "byline", "body"]


def test_caption_and_credit() -> None:
    text = "▲ 近日，民警来到学校讲解毒品危害。\n本报记者 赵红旗 本报通讯员 乔乔 摄"
    assert kinds(text) == ["caption", "credit"]


def test_caption_introduced_by_tu_wei() -> None:
    text = "每年“6·26国际禁毒日”，各级各部门开展宣传活动。图为民警在学校向学生讲解毒品种类。"
    assert kinds(text) == ["caption"]


def test_boilerplate_line() -> None:
    assert kinds("打开网易新闻 查看更多图片") == ["boilerplate"]


def test_sentences_keep_closing_quotes() -> None:
    document = Document("他说：“禁毒工作任重而道远。”我们要坚持。")
    assert [sentence.text for sentence in document.sentences] == ["他说：“禁毒工作任重而道远。”", "我们要坚持。"]


def test_multi_story_page_is_split_into_stories() -> None:
    document = Document(seed_text("004"))
    openings = [document.blocks[story.blocks[0]].text for story in document.stories]
    assert len(document.stories) == 7
    assert openings[0].startswith("勇亮禁毒利刃")
    assert openings[3].startswith("安徽法院")
    assert openings[6].startswith("□ 本报记者 赵志锋")


def test_closing_credit_does_not_open_a_story() -> None:
    document = Document(seed_text("000"))
    last = document.blocks[-1]
    assert last.kind is BlockKind.BYLINE
    assert document.stories[-1].blocks[0] != last.index


def test_single_story_article() -> None:
    document = Document("标题\n第一段，有内容。\n第二段，也有内容。")
    assert len(document.stories) == 1

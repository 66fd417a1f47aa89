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


def titles(prefix: str) -> list[tuple[str | None, list[str]]]:
    """(headline, byline names) of every story of a seed."""
    document = Document(seed_text(prefix))
    result = []
    for story in document.stories:
        headline = document.headline(story)
        names = [credit.name for credit in document.credits if credit.story == story.index and credit.kind == "byline"]
        result.append((headline.text if headline else None, names))
    return result


def test_newspaper_page_stories_with_headlines_and_bylines() -> None:
    assert titles("004") == [
        ("勇亮禁毒利刃 守护八桂大地", ["吴良艺", "周日", "唐祥源"]),
        ("银川公安全力推动禁毒工作取得新成效", ["申东", "陶永艳"]),  # the byline stands above the headline
        ("“映山红”戒毒服务团活跃在赣鄱大地", ["周孝清", "幸炜"]),
        ("安徽法院强化对毒品犯罪打财断血", ["范天娇"]),  # 本报讯 记者范天娇 …
        ("福建发布检察机关禁毒工作白皮书", ["王莹"]),
        ("辽宁检察机关严惩毒品犯罪", ["韩宇"]),
        ("兰州社会面吸毒人员数量连续六年下降", ["赵志锋"]),  # the headline closes the page
    ]


def test_sections_inside_one_story_open_no_new_story() -> None:
    assert len(Document(seed_text("001")).stories) == 1  # 综合施策 / 形成…体系 are section titles
    assert len(Document(seed_text("003")).stories) == 1
    assert [headline for headline, _ in titles("002")] == [
        "扛实责任护乌蒙平安", "一名戒毒人员的心得体会", "从“预警通告”到成功“摘帽”",
    ]


def test_markdown_page_takes_its_top_level_heading_as_headline() -> None:
    assert titles("000") == [("# 以严打严管严控为抓手 打造‘全民禁毒’好氛围", ["赵竹莹"])]


def test_subtitle_kicker_and_byline_roles() -> None:
    document = Document(seed_text("003"))
    (story,) = document.stories
    assert story.kicker is not None and document.blocks[story.kicker].text.endswith("——")
    assert [(c.role, c.name) for c in document.credits if c.kind == "byline"] == [
        ("本报记者", "卢拥军"), ("通讯员", "王军辉"), ("通讯员", "黄静"),
    ]
    assert [(c.role, c.name) for c in document.credits if c.kind == "photo"] == [("本报记者", "卢拥军")]


def test_picture_captions_and_credits() -> None:
    text = "正文第一段，内容完整。\n\n\n\n区公安局禁毒支队开展专项行动\n\n## 下一节\n\n正文。\n\n▲ 近日，民警讲解毒品危害。\n本报记者 赵红旗 本报通讯员 乔乔 摄"
    assert kinds(text) == ["body", "caption", "heading", "body", "caption", "credit"]
    document = Document(text)
    assert [(c.kind, c.name) for c in document.credits] == [("photo", "赵红旗"), ("photo", "乔乔")]


def test_caption_ending_in_a_credit_is_a_caption() -> None:
    assert kinds("近日，禁毒志愿者举行公益活动。本报记者 卢拥军 摄") == ["caption"]


def test_report_front_matter() -> None:
    text = "2025年省政府工作报告\n来源：浙江日报\n——2025年1月14日在省第十四届人民代表大会第三次会议上\n省长 王予波\n各位代表：\n现在，我代表省人民政府向大会报告工作。\n——经济跨上新台阶。国内生产总值增长5%。"
    assert kinds(text) == ["heading", "byline", "subtitle", "byline", "body", "body", "body"]
    document = Document(text)
    assert [(c.role, c.name) for c in document.credits] == [("省长", "王予波")]
    assert len(document.stories) == 1


def test_signature_closes_a_story() -> None:
    document = Document(seed_text("002"))
    letter = document.stories[1]
    assert [document.blocks[i].kind for i in letter.blocks][-2:] == [BlockKind.SIGNATURE, BlockKind.SIGNATURE]
    assert [(c.kind, c.name) for c in document.credits if c.story == 1] == [("signature", "阮某龙")]


def test_story_at_and_blocks_know_their_story() -> None:
    document = Document(seed_text("004"))
    position = document.text.index("兰州市统筹运用")
    block = document.block_at(position)
    assert block is not None and block.story == 6  # set without asking for .stories first
    story = document.story_at(position)
    assert story is not None and story.index == 6


def test_empty_document_has_no_stories() -> None:
    assert Document("").stories == [] and Document("").credits == []


def test_sentence_head_starts_at_the_sentence_or_after_a_mark() -> None:
    """The start of the sentence holding a position, or of its part after a semicolon."""
    document = Document("第一句。第二句有甲；有乙。")
    position = document.text.index("乙")
    assert document.sentence_head(position) == document.text.index("第二句")
    assert document.sentence_head(position, "；") == document.text.index("有乙")
    assert document.sentence_head(document.text.index("一")) == 0

"""Place mentions, home regions and person mentions."""

from __future__ import annotations

import pytest

import factcheck
from factcheck import Config
from factcheck.claims import Analysis
from factcheck.document import Document
from tests.conftest import seed_text

PLACE_RULES = Config(select=["FC3"])


def mentions(text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.province) for m in Analysis(Document(text)).get("places")]


def homes(text: str) -> list[str]:
    return [region.describe() for region in Analysis(Document(text)).get("home_regions")]


def people(text: str) -> list[tuple[str, str, str]]:
    return [(p.name, p.role, p.title) for p in Analysis(Document(text)).get("people")]


def test_full_short_and_qualified_names() -> None:
    found = Analysis(Document("经货车从云南西双版纳运输至重庆大渡口一仓库，最终被綦江警方抓获。")).get("places")
    assert [(m.text, m.form, m.qualified, m.follower) for m in found] == [
        ("云南", "short", False, ""),
        ("西双版纳", "short", True, ""),
        ("重庆", "short", False, ""),
        ("大渡口", "short", True, ""),
        ("綦江", "short", False, "警方"),
    ]


def test_enumeration_after_a_province_stays_qualified() -> None:
    found = Analysis(Document("分销至河南省鲁山县、三门峡市和山西省高平市等地。")).get("places")
    assert [(m.text, m.qualified) for m in found] == [
        ("河南省", False), ("鲁山县", True), ("三门峡市", True), ("山西省", False), ("高平市", True),
    ]


def test_county_syllables_in_ordinary_text_are_not_places() -> None:
    text = "市公安局副局长毛卫东任组长，会同其他警种斩断地下通道，让群众安居乐业、同心协力，全市中小学和示范县都参加。"
    assert mentions(text) == []


def test_streets_are_not_places() -> None:
    assert mentions("在巴南区滨江路上空，市区凌云路北段某小区，杭州中山路。") == [("巴南区", "重庆市"), ("杭州", "浙江省")]


def test_ordinary_words_count_only_after_a_higher_place() -> None:
    assert mentions("确保长治久安，人民安康。") == []
    assert mentions("陕西安康、山西长治两地") == [("陕西", "陕西省"), ("安康", "陕西省"), ("山西", "山西省"), ("长治", "山西省")]


def test_historical_county_in_a_2005_story() -> None:
    text = "2005年，綦江县公安局破获毒品案件17起。"
    (mention,) = Analysis(Document(text)).get("places")
    assert (mention.text, mention.candidates, mention.role) == ("綦江县", ["重庆市綦江县"], "organisation")


def test_seed_004_gives_each_story_its_own_region() -> None:
    assert homes(seed_text("004")) == [
        "广西壮族自治区", "宁夏回族自治区银川市", "江西省", "安徽省", "福建省", "辽宁省", "甘肃省兰州市",
    ]


def test_home_prefecture_from_counties_and_organisations() -> None:
    assert homes(seed_text("003")) == ["河南省平顶山市"]
    assert set(homes(seed_text("002"))) == {"云南省昭通市"}


def test_story_without_evidence_inherits_the_article_region() -> None:
    regions = Analysis(Document(seed_text("002"))).get("home_regions")
    assert [region.inherited for region in regions] == [False, True, False]


def test_stories_from_provinces_the_seeds_do_not_cover() -> None:
    text = """哈尔滨警方严打毒品犯罪

□ 本报记者 孙立平

哈尔滨市公安局近日通报，今年以来全市破获毒品案件120起。道里区、南岗区警方联合行动，在松北区捣毁制毒窝点1个。
局长王志强说，哈尔滨将与吉林、辽宁警方加强协作。

拉萨市城关区开展禁毒宣传

□ 本报记者 次仁

拉萨市公安局城关分局在城关区各社区开展禁毒宣传，城关区禁毒办组织民警走进拉萨中学。"""
    assert homes(text) == ["黑龙江省哈尔滨市", "西藏自治区拉萨市"]
    assert factcheck.check(text, PLACE_RULES).findings == []


def test_ambiguous_district_names_used_correctly_are_silent() -> None:
    stories = [
        "济南警方开展禁毒宣传\n\n济南市公安局在市中区开展禁毒宣传，市中区禁毒办组织民警走进学校，市公安局民警在市中区实验中学讲课。",
        "兰州市禁毒宣传\n\n兰州市公安局在城关区开展禁毒宣传，市公安局民警在城关区第一中学讲课，全市禁毒工作取得成效。",
        "石家庄警方禁毒宣传\n\n石家庄市公安局在新华区开展禁毒宣传，新华区公安分局民警走进社区，全市禁毒工作取得成效。",
        "沈阳警方禁毒宣传\n\n沈阳市公安局在铁西区开展禁毒宣传，铁西区公安分局民警走进学校，全市禁毒工作取得成效。",
    ]
    for text in stories:
        assert factcheck.check(text, PLACE_RULES).findings == [], text


def test_bylines_credits_and_officials() -> None:
    text = """禁毒见闻

■本报记者 卢拥军 通讯员 王军辉 黄静

本报讯 记者范天娇 记者近日从安徽省高级人民法院获悉。市公安局党委书记、局长石秀田充分肯定成绩。
大队长卢拥军、副大队长钱磊任副组长。犯罪嫌疑人李某某和周某被抓获，市民王某点赞。“任重道远。”卢拥军说。
近日，禁毒志愿者举行公益活动。本报记者 卢拥军 摄"""
    assert people(text) == [
        ("卢拥军", "credit", "本报记者"),
        ("王军辉", "credit", "通讯员"),
        ("黄静", "credit", "通讯员"),
        ("范天娇", "credit", "记者"),
        ("石秀田", "official", "局长"),
        ("卢拥军", "official", "大队长"),
        ("钱磊", "official", "副大队长"),
        ("卢拥军", "speaker", ""),
        ("卢拥军", "credit", "本报记者"),
    ]


@pytest.mark.parametrize(
    "text",
    ["豫西山区的群众生活改善。", "从皖南到浙西山区，三省一体。", "多项城市服务出现中断。", "李某和县政府工作人员一起。"],
)
def test_a_place_name_starts_at_a_word_boundary(text: str) -> None:
    assert [claim.text for claim in factcheck.extract(text) if claim.kind == "place"] == []


@pytest.mark.parametrize(
    ("text", "place"),
    [("在西山区开展活动。", "西山区"), ("救援队抵达海东市民和县中川乡。", "民和县"), ("负责联通北京房山区大安山乡。", "房山区"),
     ("和县政府召开会议。", "和县")],
)
def test_names_after_a_place_or_a_word_start_are_kept(text: str, place: str) -> None:
    assert place in [claim.text for claim in factcheck.extract(text) if claim.kind == "place"]


def test_a_county_written_after_a_province_it_is_not_in_is_marked() -> None:
    (province, county) = [claim for claim in factcheck.extract("河北省西峡县公安局破获案件。") if claim.kind == "place"]
    assert county.misplaced_in == "河北省" and province.misplaced_in == ""
    assert all(c.misplaced_in == "" for c in factcheck.extract("河南省西峡县、湖北省、西峡县") if c.kind == "place")


def test_a_name_whose_stem_reads_as_a_verb_after_a_pronoun_is_no_place() -> None:
    assert [c.text for c in factcheck.extract("他会同县领导一起调研。") if c.kind == "place"] == []
    assert [c.text for c in factcheck.extract("在会同县开展活动。") if c.kind == "place"] == ["会同县"]

"""Hypothesis strategies shared by the property tests."""

from __future__ import annotations

from hypothesis import strategies as st

_PIECES = [
    "，", "。", "、", "；", "：", "（", "）", "(", ")", ",", ".", "%", "％", "·", "“", "”", "\n", "\n\n",
    "\r\n", " ", "\u3000", "\ufeff", "\u200b", "其中", "分别", "同比", "下降", "增长", "降低", "提高",
    "余", "多", "近", "逾", "约", "左右", "以上", "个", "万", "亿", "千克", "公斤", "吨", "人", "人次",
    "起", "件", "名", "株", "元", "倍", "个百分点", "成", "百分之", "第", "年", "月", "日", "“四进”",
    "两", "十", "一", "三", "五", "九", "零", "〇", "几", "共计", "合计", "占", "的", "等", "和",
    "▲", "□ 本报记者 张三", "本报讯", "图为", "打开网易新闻 查看更多图片", "###", "—", "——",
    "１２", "７５·６７％", "36,915", "2.3", "0.5", "1500", "12·4", "“7·28”",
]

pieces = st.sampled_from(_PIECES)
digits = st.integers(min_value=0, max_value=99999).map(str)
chinese = st.text(alphabet="的是在了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严龙飞", min_size=0, max_size=6)
article_text = st.lists(st.one_of(pieces, digits, chinese), max_size=60).map("".join)


# -- damaged articles: the kinds of damage the integrity rules (FC2xx) repair ----------

_CLAUSES = [
    "全市公安禁毒部门紧紧抓住重点制毒人员", "缴获各类毒品360千克", "有效遏制了毒品犯罪的蔓延态势",
    "市公安局犯罪侦查支队禁毒大队榜上有名", "形成一级抓一级、层层抓落实的工作格局", "人人是哨兵",
    "家家户户明明白白", "逐户逐人落实帮扶措施", "累计查获吸毒人员708人次", "同比增长18%",
    "并顺藤摸瓜收获了“南瓜藏毒”一案", "大家研究研究再定", "江西“映山红”戒毒服务团走进学校",
]
_RESIDUE = ["打开网易新闻 查看更多图片", "点击查看大图", "责任编辑：张三", "展开全文"]
_WORDS = ["加强", "制毒", "禁毒", "宣传", "管控"]


@st.composite
def damaged_article(draw: st.DrawFn) -> str:
    """An article of clean paragraphs with cut lines, residue lines and doubled words."""
    newline = draw(st.sampled_from(["\n", "\r\n"]))
    gap = draw(st.sampled_from([newline, newline * 2]))
    paragraphs: list[str] = []
    for _ in range(draw(st.integers(min_value=1, max_value=6))):
        clauses = draw(st.lists(st.sampled_from(_CLAUSES), min_size=1, max_size=5))
        sentence = "，".join(clauses) + "。"
        if draw(st.booleans()):
            word = draw(st.sampled_from(_WORDS))
            at = draw(st.integers(min_value=0, max_value=len(sentence) - 1))
            sentence = sentence[:at] + word * draw(st.integers(min_value=2, max_value=3)) + sentence[at:]
        if draw(st.booleans()):
            at = draw(st.integers(min_value=1, max_value=len(sentence) - 2))
            sentence = sentence[:at] + newline * 2 + sentence[at:]
        paragraphs.append(sentence)
        if draw(st.booleans()):
            paragraphs.append(draw(st.sampled_from(_RESIDUE)))
    return gap.join(paragraphs) + draw(st.sampled_from(["", newline]))

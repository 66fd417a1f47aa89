"""Recall on real text: inject known errors into real news stories and count the catches.

    python benchmarks/injection.py [--stories 300] [--seed 7]

Each story of ``../shared/corpus-news/`` (third-party text, never copied into the
repository) gets one error of each kind below, one kind at a time, at a place chosen
at random among those where the kind applies; an injection is caught when a finding of
the expected rule overlaps the injected text. The same stories unchanged are the
control: their findings are counted too, so a gain in recall that costs precision shows.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import factcheck  # noqa: E402
from factcheck.words import is_word  # noqa: E402

NEWS = ROOT.parent / "shared" / "corpus-news"
#: an injection: (new text, start, end of the injected error in it) or None when the story offers no place
Injected = tuple[str, int, int] | None

_COUNT = regex.compile(r"(?<![\d.约近超逾余多])(\d{2,4})(人|家|个|起|件|吨|所|名)(?![\d余多以左])")
_PERCENT_DROP = regex.compile(r"下降(\d{1,2}(?:\.\d)?)%")
_DAY = regex.compile(r"(?<!\d)(\d{1,2})月(\d{1,2})日")
_HAN_PAIR = regex.compile(r"(?<=\p{Han})(\p{Han}{2})(?=\p{Han})")


def _body_start(text: str) -> int:
    """Skip the title and date lines."""
    second = text.find("\n", text.find("\n") + 1)
    return second + 1 if second > 0 else 0


def _choose(rng: random.Random, matches: list[regex.Match[str]]) -> regex.Match[str] | None:
    return rng.choice(matches) if matches else None


def doubled_word(text: str, rng: random.Random) -> Injected:
    start = _body_start(text)
    match = _choose(rng, [m for m in _HAN_PAIR.finditer(text, start) if is_word(m.group(1))])
    if match is None:
        return None
    word = match.group(1)
    return text[: match.end()] + word + text[match.end() :], match.start(), match.end() + len(word)


def _replace_one(
    text: str, rng: random.Random, pattern: regex.Pattern[str], rewrite: Callable[[regex.Match[str]], str]
) -> Injected:
    """Rewrite one match of ``pattern`` in the body, chosen at random."""
    match = _choose(rng, list(pattern.finditer(text, _body_start(text))))
    if match is None:
        return None
    new = rewrite(match)
    return text[: match.start()] + new + text[match.end() :], match.start(), match.start() + len(new)


def doubled_marker(text: str, rng: random.Random) -> Injected:
    return _replace_one(text, rng, _COUNT, lambda match: f"超过{match.group(1)}多{match.group(2)}")


def about_twice(text: str, rng: random.Random) -> Injected:
    return _replace_one(text, rng, _COUNT, lambda match: f"约{match.group(1)}{match.group(2)}左右")


def _over_hundred(match: regex.Match[str]) -> str:
    amount = match.group(1)
    decimals = len(amount.partition(".")[2])
    return f"下降{100 + float(amount):.{decimals}f}%"


def impossible_drop(text: str, rng: random.Random) -> Injected:
    return _replace_one(text, rng, _PERCENT_DROP, _over_hundred)


def impossible_date(text: str, rng: random.Random) -> Injected:
    return _replace_one(text, rng, _DAY, lambda match: "2月30日")


def future_event(text: str, rng: random.Random) -> Injected:
    lines = text.split("\n")
    if len(lines) < 3 or not regex.fullmatch(r"\d{4}年\d{1,2}月\d{1,2}日", lines[1].strip()):
        return None
    year = int(lines[1][:4]) + 1
    sentence = f"{year}年3月5日，当地警方破获一起案件。"
    body = _body_start(text)
    ends = [index + 1 for index, char in enumerate(text) if char == "。" and index >= body]
    if not ends:
        return None
    at = rng.choice(ends)
    return text[:at] + sentence + text[at:], at, at + len(sentence.split("，")[0])


def _two_character_words(text: str, start: int) -> list[tuple[int, int]]:
    """Where the text has a two-character word, as a segmenter reads it in context.

    jieba (a test extra) segments the story, so a cut falls inside a word of the sentence
    (经|济 in 经济发展), not across two words that happen to spell another (我国|交通 has
    国交). Without jieba, any listed pair between Han characters is taken.
    """
    try:
        import jieba
    except ImportError:
        return [m.span(1) for m in _HAN_PAIR.finditer(text, start) if is_word(m.group(1))]
    jieba.setLogLevel(60)
    return [
        (begin, end)
        for word, begin, end in jieba.tokenize(text[start:])
        if len(word) == 2 and is_word(word) and regex.fullmatch(r"\p{Han}{2}", word)
        for begin, end in [(begin + start, end + start)]
    ]


def cut_word(text: str, rng: random.Random) -> Injected:
    words = _two_character_words(text, _body_start(text))
    if not words:
        return None
    begin, end = rng.choice(words)
    middle = begin + 1
    return text[:middle] + "\n\n" + text[middle:], begin, end + 2


def _insert_sentence(text: str, rng: random.Random, sentence: str, flagged: tuple[int, int]) -> Injected:
    """Insert ``sentence`` after a full stop of the body; ``flagged`` is the part of it a
    finding must overlap."""
    body = _body_start(text)
    ends = [index + 1 for index, char in enumerate(text) if char == "。" and index >= body]
    if not ends:
        return None
    at = rng.choice(ends)
    return text[:at] + sentence + text[at:], at + flagged[0], at + flagged[1]


_GROUPS = ["受访企业", "参保人员", "今年的投资", "新增就业人员", "全市学校", "入境游客", "受理的案件", "新登记市场主体"]
_CATEGORIES = [
    ["大型企业", "中型企业", "小型企业"], ["城镇职工", "城乡居民", "灵活就业人员"],
    ["基础设施", "制造业", "房地产"], ["高校毕业生", "农民工", "退役军人"],
    ["小学", "初中", "高中"], ["亚洲游客", "欧洲游客", "美洲游客"],
    ["民事案件", "刑事案件", "行政案件"], ["个体工商户", "私营企业", "外资企业"],
]


def shares_without_qizhong(text: str, rng: random.Random) -> Injected:
    """Shares of one whole named at the head of the sentence, adding up to over 100%."""
    pick = rng.randrange(len(_GROUPS))
    first, second = rng.randint(40, 70), rng.randint(20, 40)
    low = max(1, 104 - first - second)
    third = rng.randint(low, low + 30)  # a total of at least 104%
    a, b, c = _CATEGORIES[pick]
    shares = f"{first}%，{b}占{second}%，{c}占{third}%"
    sentence = f"{_GROUPS[pick]}中，{a}占{shares}。"
    start = sentence.index(shares)
    return _insert_sentence(text, rng, sentence, (start, start + len(shares)))


_STATIONS = [("工作站", "站", "社工"), ("卫生室", "室", "村医"), ("服务中心", "中心", "工作人员"),
             ("调解室", "室", "调解员"), ("便民服务点", "点", "志愿者")]


def noun_first_average(text: str, rng: random.Random) -> Injected:
    """An average whose count is written noun first (工作站120个) and does not divide."""
    noun, per, staff = rng.choice(_STATIONS)
    count = rng.choice([40, 60, 80, 120, 150, 200])
    each = rng.choice([2, 3, 4])
    total = count * each
    wrong = each + rng.choice([2, 3])
    sentence = f"全市建成{noun}{count}个，配备{staff}{total}名，平均每{per}{wrong}名。"
    figure = f"{wrong}名"
    start = sentence.rindex(figure)
    return _insert_sentence(text, rng, sentence, (start, start + len(figure)))


_PERIODS = [("今年上半年", "1月至6月"), ("今年前三季度", "1—9月"), ("今年一季度", "1至3月"), ("上半年", "今年1至6月")]
_MEASURES = [("破获毒品案件", "起"), ("抓获犯罪嫌疑人", "名"), ("新增就业", "人"), ("办理业务", "件"), ("接待游客", "人次")]


def headline_period(text: str, rng: random.Random) -> Injected:
    """A headline figure for one period (今年上半年) that the body gives, for the same
    period written another way (1月至6月), with another value."""
    lines = text.split("\n")
    if len(lines) < 3 or not regex.fullmatch(r"\d{4}年\d{1,2}月\d{1,2}日", lines[1].strip()):
        return None
    (headline_period_, body_period), (measure, unit) = rng.choice(_PERIODS), rng.choice(_MEASURES)
    stated = rng.randint(20, 900)
    other = stated + rng.choice([-1, 1]) * rng.randint(max(2, stated // 5), max(3, stated // 2))
    headline = f"{headline_period_}全市{measure}{stated}{unit}"
    body = f"{body_period}，全市共{measure}{other}{unit}。"
    new = "\n".join([headline, lines[1], body + lines[2], *lines[3:]])
    figure = f"{stated}{unit}"
    start = headline.index(figure)
    return new, start, start + len(figure)


_DISTRICTS = ["西湖区", "城关区", "开发区", "高新区", "新城区", "东城区"]


def district_figure(text: str, rng: random.Random) -> Injected:
    """A city total and then a district's own figure (在西湖区，…80起): the district's figure
    is not the city's, so no rule may compare the two (a precision class: caught = silent)."""
    (_, body_period), (measure, unit) = rng.choice(_PERIODS), rng.choice(_MEASURES)
    total = rng.randint(100, 900)
    part = rng.randint(total // 5, total - 1)
    district = rng.choice(_DISTRICTS)
    sentence = f"{body_period}，全市共{measure}{total}{unit}。在{district}，{body_period}共{measure}{part}{unit}。"
    return _insert_sentence(text, rng, sentence, (0, len(sentence)))


def _counties_by_province() -> dict[str, list[str]]:
    """Full county names that name one place only, by province (the names a swap writes)."""
    from factcheck.places.gazetteer import Level, gazetteer

    table = gazetteer()
    found: dict[str, list[str]] = {}
    for place in table.places:
        if place.level is Level.COUNTY and place.last_year >= 2020 and len(table.by_full.get(place.name, ())) == 1:
            found.setdefault(place.province, []).append(place.name)
    return {province: sorted(names) for province, names in found.items()}


def region_swap(text: str, rng: random.Random) -> Injected:
    """Copy-paste across regions: a county or city of the story's own region, named in the
    body, becomes a county of another province (梧州市近年来… → 西峡县近年来…). Only stories
    whose region is still clear without the swapped name are used."""
    from factcheck.claims import Analysis
    from factcheck.claims.places import mention_places
    from factcheck.document import BlockKind, Document
    from factcheck.places.gazetteer import Level

    document = Document(text)
    analysis = Analysis(document)
    regions = analysis.get("home_regions")
    choices = []
    for mention in analysis.get("places"):
        block = document.block_at(mention.norm[0])
        if block is None or block.kind is not BlockKind.BODY or mention.form != "full" or block.story >= len(regions):
            continue
        home = regions[block.story]
        places = mention_places(mention)
        if home.prefecture is None or home.inherited or not places:
            continue
        if all(home.prefecture.contains(place) and place.level is not Level.PROVINCE for place in places):
            choices.append((mention, home.province.name))
    if not choices or document.text != text:
        return None
    mention, province = rng.choice(choices)
    counties = _counties_by_province()
    others = sorted(name for name in counties if name != province)
    name = rng.choice(counties[rng.choice(others)])
    start, end = mention.norm
    new = text[:start] + name + text[end:]
    story = document.block_at(start).story
    after = Analysis(Document(new)).get("home_regions")
    if story >= len(after) or after[story].prefecture != regions[story].prefecture or after[story].inherited:
        return None  # the swapped name was the story's only evidence of its region: nothing to judge it by
    return new, start, start + len(name)


KINDS: dict[str, tuple[str, Callable[[str, random.Random], Injected]]] = {
    "doubled word": ("FC204", doubled_word),
    "doubled bound (超过…多)": ("FC108", doubled_marker),
    "about twice (约…左右)": ("FC506", about_twice),
    "drop over 100%": ("FC101", impossible_drop),
    "2月30日": ("FC402", impossible_date),
    "future event told as done": ("FC404", future_event),
    "word cut by a paragraph break": ("FC201", cut_word),
    "county of another province (region swap)": ("FC301", region_swap),
    "shares of one whole without 其中": ("FC105", shares_without_qizhong),
    "average of a count written noun first": ("FC505", noun_first_average),
    "headline period written another way in the body": ("FC501", headline_period),
    "a district's figure after the city's (must stay silent)": ("", district_figure),
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stories", type=int, default=300, help="stories sampled (default 300)")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    if not NEWS.is_dir():
        print(f"{NEWS} is absent: nothing to measure", file=sys.stderr)
        return 0
    rng = random.Random(args.seed)
    paths = sorted(NEWS.glob("*.txt"))
    paths = rng.sample(paths, min(args.stories, len(paths)))
    tried: Counter[str] = Counter()
    caught: Counter[str] = Counter()
    control = 0
    for path in paths:
        text = path.read_text(encoding="utf-8")
        control += len(factcheck.check(text).findings)
        for name, (code, inject) in KINDS.items():
            injected = inject(text, rng)
            if injected is None:
                continue
            new, start, end = injected
            tried[name] += 1
            findings = factcheck.check(new).findings
            if not code:  # a precision class: caught when no figure rule speaks there
                if not any(f.code[:3] in ("FC4", "FC5") and f.span.start < end and f.span.end > start
                           for f in findings):
                    caught[name] += 1
            elif any(f.code == code and f.span.start < end and f.span.end > start for f in findings):
                caught[name] += 1
    print(f"{len(paths)} real stories; findings on them unchanged (control): {control}\n")
    print("| injected error | rule | caught |")
    print("|---|---|---|")
    for name, (code, _) in KINDS.items():
        if tried[name]:
            print(f"| {name} | {code or 'none'} | {caught[name]}/{tried[name]} ({caught[name] / tried[name]:.0%}) |")
    _region_swaps_everywhere(random.Random(args.seed))
    return 0


def _region_swaps_everywhere(rng: random.Random) -> None:
    """Region swaps are possible only in stories firmly about one prefecture, which few
    national news stories are: try one in every story of both corpora."""
    paths = sorted(NEWS.glob("*.txt")) + sorted((NEWS.parent / "corpus").glob("*.txt"))
    tried = caught = 0
    for path in paths:
        injected = region_swap(path.read_text(encoding="utf-8"), rng)
        if injected is None:
            continue
        new, start, end = injected
        tried += 1
        caught += any(f.code == "FC301" and f.span.start < end and f.span.end > start
                      for f in factcheck.check(new).findings)
    if tried:
        print(f"\nRegion swaps in every story of both corpora with a firm region: {caught}/{tried} ({caught / tried:.0%})")


if __name__ == "__main__":
    raise SystemExit(main())

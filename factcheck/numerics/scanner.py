"""Find every number in normalised text, with its markers, magnitude and unit.

The scanner is the only place that reads numerals out of running text. It returns
:class:`NumberMention` records in normalised coordinates; claim extractors turn them
into typed claims. Numerals that are part of words (统一, 一把手), dates (2023年,
3月), ordinals (第3次), case names (“7·28”专案) and labels (“54321”体系) are
recognised as such so that no rule mistakes them for measured quantities.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from types import MappingProxyType

import regex

from ..resources import RuleDataError, lexicon_cache
from ..words import is_han, is_word
from ..lexicon import Unit, lexicons
from .chinese import DIGITS
from .numerals import arabic_value, chinese_value
from ..regexes import lazy
from ..span import Ranges

__all__ = ["Role", "Marker", "NumberMention", "NumberScanner", "scan_numbers"]


_NO_NOTES: Mapping[str, str] = MappingProxyType({})


class Role(StrEnum):
    """What a number mention is."""

    QUANTITY = "quantity"  # a number with a unit: 114起, 2.3万元
    PERCENT = "percent"  # 12.4%, 百分之三十五, 三成
    POINTS = "points"  # 2.5个百分点
    MULTIPLE = "multiple"  # 两倍
    ORDINAL = "ordinal"  # 第3次
    DATE = "date"  # 2023年, 3月, 21日, 12·4
    LABEL = "label"  # “7·28”, “54321”, 雷霆4号, 5G
    BARE = "bare"  # a number with nothing after it


@dataclass(frozen=True, slots=True)
class Marker:
    """An approximation marker attached to a number (逾, 余, 左右 …)."""

    text: str
    direction: str  # "more", "less" or "about"
    position: str  # "prefix", "infix" or "suffix"
    start: int
    end: int
    near: bool = False


@dataclass(slots=True)
class NumberMention:
    """One number in the normalised text, with everything attached to it."""

    start: int  # whole mention, prefix marker to suffix marker
    end: int
    numeral_start: int
    numeral_end: int
    numeral: str
    script: str  # "arabic" or "chinese"
    value: float  # stated value with magnitude (the low end of a written range)
    low: float  # interval after ranges and approximation markers
    high: float
    decimals: int  # decimals written (Arabic); 0 for Chinese numerals
    magnitude: float = 1.0
    magnitude_text: str = ""
    unit: Unit | None = None
    unit_text: str = ""
    unit_end: int = 0  # end of the unit word (before any suffix marker)
    markers: tuple[Marker, ...] = ()
    role: Role = Role.BARE
    is_range: bool = False
    #: Notes on how it was written (sign, percent form, range_from …); most numbers have
    #: none and share one empty, read-only mapping until :meth:`note` writes the first.
    extra: Mapping[str, str] = field(default_factory=lambda: _NO_NOTES)

    def note(self, key: str, value: str) -> None:
        """Record how the number was written (``extra[key] = value``)."""
        if self.extra is _NO_NOTES:
            self.extra = {}
        self.extra[key] = value  # type: ignore[index]

    def forget(self, key: str) -> None:
        """Drop the note ``key`` (a sign that turned out to be a hyphen in a name)."""
        self.extra = {name: value for name, value in self.extra.items() if name != key}

    @property
    def exact(self) -> bool:
        """True when the number is stated exactly (no marker, no range)."""
        return not self.markers and not self.is_range

    @property
    def base_value(self) -> float:
        """The value in the unit's base (kg, 元, m² …); the plain value without a unit."""
        return self.value * (self.unit.factor if self.unit else 1.0)

    @property
    def base_interval(self) -> tuple[float, float]:
        factor = self.unit.factor if self.unit else 1.0
        return self.low * factor, self.high * factor

    @property
    def percent_value(self) -> float:
        """The value in percent for percent-like mentions (三成 → 30, 5‰ → 0.5)."""
        return self.value


_NUMERAL = lazy(
    r"(?P<arabic>(?<![\d.A-Za-z])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d.,]\d)"
    r"|(?<![\d.A-Za-z])\d+(?:\.\d+)?(?!\d))"
    r"|(?P<chinese>[零〇一二三四五六七八九两壹贰叁肆伍陆柒捌玖十拾百佰千仟万萬亿億几]+"
    r"(?:点[零〇一二三四五六七八九]+)?)"
    # 半年, 半个月, 半小时: a half with a time unit and no numeral (not 上半年, 半年度, 多半)
    r"|(?P<half>(?<![上下前后大多个一两三四五六七八九十百千万\d])半(?=个多?月|个?小时|年(?![度报级初底末])|成(?![品为功立就熟年])))"
)
_QUOTED_SHORT = lazy(r"[“\"‘][^“”\"‘’\n]{1,14}[”\"’]")
_DATE_DAY_CUES = ("连续", "历时", "为期", "长达", "共", "近", "用时", "仅用", "不到", "超过")
_DATE_DAY_CUE_LAST = frozenset(cue[-1] for cue in _DATE_DAY_CUES)
_PERCENT_SIGNS = ("%", "‰", "‱")
_POINTS_WORDS = ("个百分点", "百分点")
_POINTS_FIRST = frozenset(word[0] for word in _POINTS_WORDS)
#: ``N分之`` right before a numeral: the denominator of a fraction (三分之一, 4分之3).
_DENOMINATOR = lazy(r"(?:(?<![\d.])(?P<arabic>\d{1,5})(?P<scale>[十百千万])?|(?P<chinese>[一二两三四五六七八九十百千万]{1,6}))分之$")
#: What follows 半 when it starts a word rather than adding a half (三年半导体 …).
_HALF_BLOCKERS = frozenset("导岛径数壁边场价途山拉球夜天日月年截身瓶程个载")
#: What follows 折 when it is not a discount: 折合, 折扣, 折旧, 折算 …
_ZHE_BLOCKERS = frozenset("合扣旧叠射算腾返线中服磨损纸痕")


def _denominator(match: regex.Match[str]) -> float | None:
    if match["arabic"]:
        scale = {"十": 10, "百": 100, "千": 1000, "万": 10000}.get(match["scale"] or "", 1)
        return float(match["arabic"]) * scale or None
    written = match["chinese"]
    if written[0] in "百千万":  # 百万分之五: one million
        written = "一" + written
    parsed = chinese_value(written)
    return parsed[0] if parsed and parsed[0] == parsed[1] and parsed[0] > 0 else None


#: Words before a numeral that make it a fraction of 100, 1,000 or 10,000 (in percent).
_FRACTION_WORDS = frozenset({"百分之", "千分之", "万分之"})
#: Per-mille forms, as divisors that turn the written number into percent.
_PER_MILLE = {"‰": 10, "千分之": 10, "‱": 100, "万分之": 100}
#: Years written short or spelled out: 08年 (2008), 两千零八年, 二千零二十三年.
_SHORT_YEAR = lazy(r"0\d")
_SPELLED_YEAR = lazy(r"[两二]千零[一二三四五六七八九]|[两二]千零?[一二]十[一二三四五六七八九]?")
_CHENG_BLOCKERS = frozenset("为功立员果绩本熟就效型交长品年人都语才全")


class NumberScanner:
    """Compiled lexicon look-ups for scanning numbers; build once, reuse."""

    def __init__(self) -> None:
        lex = lexicons()
        self.units: dict[str, Unit] = lex.units.by_name
        self.magnitudes: dict[str, float] = dict(lex.units.magnitudes)
        self._units_by_first = _by_first_char(self.units)
        self._magnitudes_by_first = _by_first_char(self.magnitudes)
        self._classifier_units = sorted(
            (name for name in self.units if name.startswith("个") and len(name) > 1),
            key=len,
            reverse=True,
        )
        approximation = lex.approximation
        self.about_tolerance = approximation.settings.about_tolerance
        self.less_reach = approximation.settings.less_reach
        self.prefix_markers: list[tuple[str, str, bool]] = []
        self.suffix_markers: list[tuple[str, str]] = []
        self.infix_markers: dict[str, str] = {}
        for marker in approximation.marker:
            for text in marker.text:
                if marker.position == "prefix":
                    self.prefix_markers.append((text, marker.direction, marker.near))
                else:
                    self.suffix_markers.append((text, marker.direction))
                    if marker.infix:
                        self.infix_markers[text] = marker.direction
        self.prefix_markers.sort(key=lambda item: len(item[0]), reverse=True)
        self._prefix_table = {text: (direction, near) for text, direction, near in self.prefix_markers}
        self._prefix_lengths = sorted({len(text) for text in self._prefix_table}, reverse=True)
        self._prefix_last = frozenset(text[-1] for text in self._prefix_table)
        # what can stand right before a numeral that :meth:`_prefix` reads: a sign (-, 负,
        # 零下), a fraction word (百分之, 三分之) or the end of a prefix marker
        self._prefix_cues = self._prefix_last | _MINUS_SIGNS | {"负", "下", "之"}
        # what can stand right after a numeral (and its magnitude) that :meth:`_worded_form` reads
        self._follow_cues = frozenset(_PERCENT_SIGNS) | _POINTS_FIRST | {"成", "折", "个"}
        self.suffix_markers.sort(key=lambda item: len(item[0]), reverse=True)
        self._suffixes_by_first: dict[str, list[tuple[str, str]]] = {}
        for item in self.suffix_markers:  # longest first within each first character, as above
            self._suffixes_by_first.setdefault(item[0][0], []).append(item)
        self.not_numbers = lex.not_numbers
        self.readings = {reading.unit: reading for reading in lex.units.reading}
        for reading in lex.units.reading:
            for _, target in (*reading.cue, *reading.after):
                if target not in self.units:
                    raise RuleDataError(f"units.toml: reading of {reading.unit!r} names unknown unit {target!r}")
        # a Chinese numeral matters only before one of these (a unit, magnitude, marker,
        # percent sign, date word) or after 第/百分之/a prefix marker
        self._follow_first = frozenset(
            [name[0] for name in self.units]
            + [name[0] for name in self.magnitudes]
            + [text[0] for text, _ in self.suffix_markers]
            + list("成折%‰个倍年月日时号点几")
        )
        # a dash after one of these joins two figures (3-5年, 1万-5万元, 5人-10人)
        self._joins_after = frozenset(
            [name[-1] for name in self.units]
            + [name[-1] for name in self.magnitudes]
            + list("零〇一二三四五六七八九两十百千万亿年月日号时分秒点%‰第")
        )
        self._precede_last = frozenset(
            [text[-1] for text, _, _ in self.prefix_markers] + list("第之负数上")
        )

    # -- look-ups ----------------------------------------------------------------

    def unit_at(self, text: str, position: int) -> tuple[str, Unit] | None:
        """The longest unit name starting at ``position``."""
        for name in self._units_by_first.get(text[position : position + 1], ()):
            if text.startswith(name, position):
                return name, self.units[name]
        return None

    def magnitude_at(self, text: str, position: int) -> tuple[str, float] | None:
        for name in self._magnitudes_by_first.get(text[position : position + 1], ()):
            if text.startswith(name, position):
                return name, self.magnitudes[name]
        return None

    # -- scanning ----------------------------------------------------------------

    def scan(self, text: str) -> list[NumberMention]:
        """All number mentions in ``text``, in order."""
        blocked = [Ranges(spans) for spans in self.not_numbers.spans(text) if spans]
        quoted = Ranges([match.span() for match in _QUOTED_SHORT.finditer(text)])
        mentions: list[NumberMention] = []
        follow_first, precede_last = self._follow_first, self._precede_last
        covered = 0  # the end of the last mention: a numeral inside it (3万4000) is part of it
        numerals: dict[str, str] = {}  # one string per distinct numeral: a dense text repeats them
        arabic: dict[str, tuple[str, float, int]] = {}  # each Arabic numeral read once (and shared)
        for match in _NUMERAL.finditer(text):
            start, end = match.span()
            if start < covered:
                continue
            if (
                match.lastgroup == "chinese"
                and text[end : end + 1] not in follow_first
                and text[start - 1 : start] not in precede_last
            ):
                continue  # 一些, 统一: a Chinese numeral with nothing to measure
            if blocked and any(ranges.holds(start, end) for ranges in blocked):
                continue
            if start == covered:  # 1万元2万元: one position object for the end and the next start
                start = covered
            mention = self._mention(text, match, start, end, arabic)
            if mention is None:
                continue
            if mention.script == "chinese":
                if (mention.role is Role.BARE and not mention.markers) or "label" in mention.extra:
                    continue  # 一 in running text, 三级医院: a Chinese numeral that states no figure
                mention.numeral = numerals.setdefault(mention.numeral, mention.numeral)
            if quoted and mention.role in _LABELLED_ROLES and quoted.holds(start, end):
                mention.role = Role.LABEL
            while mentions and mentions[-1].start >= mention.start:
                mentions.pop()  # 4分之3, 3万分之1: the denominator is part of the fraction
            mentions.append(mention)
            if mention.end > covered:  # 3万4000, 3元5角, 16万余起: read as one
                covered = mention.end
        return _join_ranges(text, mentions)

    def _mention(
        self, text: str, match: regex.Match[str], start: int, end: int, arabic: dict[str, tuple[str, float, int]]
    ) -> NumberMention | None:
        """The mention of the numeral ``match`` found at ``[start, end)``; ``arabic`` holds
        the Arabic numerals read so far (each with its value and decimals), which most texts repeat."""
        numeral = match.group()
        kind = match.lastgroup  # the named alternative that matched: arabic, chinese or half
        if kind == "arabic":
            read = arabic.get(numeral)
            if read is None:
                read = arabic[numeral] = (numeral, *arabic_value(numeral))
            numeral, value, decimals = read
            low = high = value
            script = "arabic"
        elif kind == "half":
            value = low = high = 0.5
            decimals, script = 1, "chinese"
        else:
            parsed = chinese_value(numeral)
            if parsed is None and numeral == "百" and text.endswith("百分之", 0, start):
                parsed = (100.0, 100.0)  # 百分之百
            elif text.endswith("数", 0, start) and numeral[0] in _BARE_PLACES:
                parsed = chinese_value("几" + numeral)  # 数十, 数百万: as 几十, 几百万
            elif parsed is None and all(char in _BARE_PLACES for char in numeral):
                parsed = self._bare_place(text, start, numeral)
            if parsed is None:
                return None
            low, high = parsed
            value, decimals, script = low, 0, "chinese"
        if script == "chinese" and text.endswith(_VAGUE_COUNT, 0, start) and low != high:
            start -= 1  # 数十人, 上千名: the word is part of the figure
        # by position, in field order (start, end, numeral_start, numeral_end, numeral, script,
        # value, low, high, decimals): a dense text makes hundreds of thousands
        mention = NumberMention(start, end, start, end, numeral, script, value, low, high, decimals, is_range=low != high)
        markers: list[Marker] = []
        if text[start - 1 : start] in self._prefix_cues:
            self._prefix(text, mention, markers)
        position = self._following(text, mention, markers)
        if position > mention.end:
            mention.end = position
        if markers:
            mention.markers = tuple(markers)
        self._classify(text, mention)
        if mention.extra and mention.extra.get("sign", "").endswith(_AFTER_WORD):
            if mention.role in (Role.PERCENT, Role.POINTS) or (mention.unit and mention.unit.kind == "scale"):
                mention.note("sign", mention.extra["sign"][:-1])  # 增长-3.2%, 气温-5℃
            else:
                mention.forget("sign")  # 歼-20, 北溪-1, 铯-137: a hyphen in a name
                if mention.start < mention.numeral_start and not markers:
                    mention.start = mention.numeral_start
        self._apply_markers(mention)
        return mention

    def _prefix(self, text: str, mention: NumberMention, markers: list[Marker]) -> None:
        start = mention.numeral_start
        sign = self._sign(text, start)
        if sign:
            mention.note("sign", sign)  # -3.2%, 负5, 零下12度: negated in _apply_markers
            mention.start = start = start - len(sign.rstrip(_AFTER_WORD))
        fraction = text[max(0, start - 3) : start]
        # _DENOMINATOR ends with 分之: searched only where the text says so
        over = _DENOMINATOR.search(text, max(0, start - 9), start) if text.endswith("分之", 0, start) else None
        if fraction in _FRACTION_WORDS and (over is None or over.end() - over.start() == 3):
            # 百分之二十, 百分之3.7, 千分之三, 万分之五 (but 十万分之一 is a fraction of 100,000)
            mention.role = Role.PERCENT
            mention.note("percent", fraction)
            mention.start = start - 3
            start -= 3
        elif over is not None:
            denominator = _denominator(over)  # 三分之一, 4分之3: a share of the whole, in percent
            if denominator:
                mention.role = Role.PERCENT
                mention.note("percent", "分之")
                mention.note("denominator", str(denominator))
                mention.start = start = over.start()
        if text[start - 1 : start] not in self._prefix_last:
            return  # no prefix marker ends right before the number
        for length in self._prefix_lengths:
            marker = text[max(0, start - length) : start]
            if len(marker) != length or marker not in self._prefix_table:
                continue
            if marker == "近" and _recent_period(text, mention.numeral_end):
                break  # 近三年来: "the last three years", not "nearly three years"
            if length == 1 and self._inside_word(text, start - 1):
                break  # 签约30个, 附近200名, 制约500家: the end of a word, not a marker
            direction, near = self._prefix_table[marker]
            markers.append(Marker(marker, direction, "prefix", start - length, start, near))
            mention.start = start - length
            break

    def _bare_place(self, text: str, start: int, numeral: str) -> tuple[float, float] | None:
        """千 or 万 standing alone after a word that counts it: 近千人 (about 1,000), 上千名
        (a thousand or more, below ten thousand), 数百 (several hundred), 逾万 (over 10,000)."""
        one = chinese_value("一" + numeral)
        if one is None:
            return None
        place = one[0]
        if text.endswith("上", 0, start) and not text.endswith(("以上", "之上"), 0, start):
            return place, place * 10 - 1
        if any(text.endswith(marker, 0, start) for marker, _, _ in self.prefix_markers):
            return place, place  # 近千, 逾万: the marker sets the bound
        if text[start + len(numeral) : start + len(numeral) + 1] in ("余", "多"):
            return place, place  # 百余人, 千余户: the marker sets the bound
        return None

    def _sign(self, text: str, start: int) -> str:
        """The minus sign written right before the numeral at ``start``, or ``""``.

        A dash is a sign only where it cannot join two figures: at the start, after
        punctuation or after a word (增长-3.2%), not after a digit, a magnitude or a unit
        (3-5年, 1万-5万元, 5人-10人). 负 is a sign unless it ends a word (减负, 肩负, 正负).
        """
        if text.endswith("零下", 0, start):
            return "零下"
        before = text[start - 1 : start]
        if before in _MINUS_SIGNS:
            previous = text[start - 2 : start - 1]
            if not previous or not (previous.isalnum() or previous in self._joins_after):
                return before
            if is_han(previous) and previous not in self._joins_after:
                return before + _AFTER_WORD  # 增长-3.2%, or a model name (歼-20): decided later
            return ""
        if before == "负" and not is_word(text[max(0, start - 2) : start]):
            return "负"
        return ""

    def _inside_word(self, text: str, position: int) -> bool:
        """Whether the one-character marker at ``position`` ends a word with the character
        before it (节约, 签约, 附近, 最近) that is not itself a marker (大约, 将近).

        Read left to right, as a segmenter would: when the character before ends a word of
        its own (进行|约12吨, 连续|约35个月), the marker stands alone.
        """
        word = text[max(0, position - 1) : position + 1]
        if len(word) != 2 or word in self._prefix_table or not is_word(word):
            return False
        return position < 2 or not is_word(text[position - 2 : position])

    def _take_infix(self, text: str, position: int, markers: list[Marker]) -> int:
        """An infix marker (3万余, 十多) at ``position``, unless there is one already."""
        char = text[position : position + 1]
        if char in self.infix_markers and not any(m.position == "infix" for m in markers):
            markers.append(Marker(char, self.infix_markers[char], "infix", position, position + 1))
            return position + 1
        return position

    def _following(self, text: str, mention: NumberMention, markers: list[Marker]) -> int:
        position = mention.numeral_end
        if mention.role is Role.PERCENT:  # 百分之三十五, 三分之二以上
            return self._suffix(text, mention, markers, position)
        following = text[position : position + 1]  # the character read next
        infix = following in self.infix_markers  # 3万余, 十多 (markers holds no infix yet)
        if infix:
            position = self._take_infix(text, position, markers)
            following = text[position : position + 1]
        unit_position, unit_here = -1, None  # the unit read after the numeral, read once
        if mention.script == "arabic" or infix:
            unit_position = position
            if following in self._units_by_first:
                unit_here = self.unit_at(text, position)
            magnitude = self.magnitude_at(text, position) if following in self._magnitudes_by_first else None
            if magnitude and not (unit_here and len(unit_here[0]) >= len(magnitude[0])):
                mention.magnitude_text, mention.magnitude = magnitude
                position += len(magnitude[0])
                if mention.script == "arabic" and not markers and _may_start_tail(text[position : position + 1]):
                    position = _mixed_tail(text, position, mention)
                position = self._take_infix(text, position, markers)
                following = text[position : position + 1]
        if following == " " and self.unit_at(text, position + 1):
            position += 1  # "5 公斤"
            following = text[position : position + 1]
        if following in self._follow_cues:  # %, 个百分点, 成, 折, 个半, 个多: the number's form
            worded = self._worded_form(text, mention, markers, position, following)
            if worded is not None:
                return worded
        unit = unit_here if position == unit_position else self.unit_at(text, position)
        if unit is not None:
            mention.unit_text, mention.unit = unit
            position += len(unit[0])
            mention.unit_end = position
            if (
                mention.unit_text == "元"
                and "角" in text[position + 1 : position + 3]  # 5角, 零5角: as the pattern starts
                and (cents := _JIAO_FEN.match(text, position)) is not None
            ):
                position = _add_cents(mention, cents)  # 3元5角: 3.5元
                mention.unit_end = position
            if mention.unit_text in self.readings:
                self._read_in_context(text, mention)
            if mention.unit is None:
                return position  # 三级医院: a grade names a thing, it measures nothing
            if mention.unit_text == "番":
                if not _DOUBLING_VERB.search(text[max(0, mention.start - 2) : mention.start]):
                    mention.unit = None  # 三番: no figure
                    mention.note("label", "1")
                    return position
                mention.note("doublings", "1")  # 翻两番: ×4
                mention.start -= 2 if text.endswith("翻了", 0, mention.start) else 1
            if mention.unit.kind == "ratio":
                mention.role = Role.MULTIPLE
            elif (
                text.startswith("半", position)
                and text[position + 1 : position + 2] not in _HALF_BLOCKERS
                and not mention.magnitude_text
                and not mention.unit.countable
            ):
                mention.note("half", "1")  # 一吨半, 三年半: and a half
                position += 1
                mention.unit_end = position
            return self._suffix(text, mention, markers, position)
        return position

    def _worded_form(
        self, text: str, mention: NumberMention, markers: list[Marker], position: int, following: str
    ) -> int | None:
        """A form written right after the numeral that makes it a percentage (12%, 三成,
        八折), points (2.5个百分点) or a 个-unit with a half or a marker (两个半小时,
        两个多月): the position after it, or None when there is none."""
        # percent, points, tenths
        if following in _PERCENT_SIGNS:
            mention.role = Role.PERCENT
            mention.note("percent", following)
            return self._suffix(text, mention, markers, position + 1)
        if following in _POINTS_FIRST:
            for word in _POINTS_WORDS:
                if following == word[0] and text.startswith(word, position):
                    mention.role = Role.POINTS
                    position += len(word)
                    return self._suffix(text, mention, markers, position)
        if text.startswith("成", position) and text[position + 1 : position + 2] not in _CHENG_BLOCKERS:
            if mention.value <= 10 and not mention.magnitude_text:
                mention.role = Role.PERCENT
                mention.note("percent", "成")
                if text.startswith("半", position + 1):  # 三成半: 35%
                    mention.note("half", "1")
                    position += 1
                return self._suffix(text, mention, markers, position + 1)
        if text.startswith("折", position) and text[position + 1 : position + 2] not in _ZHE_BLOCKERS:
            # 八折 80%, 9.5折 95%, 75折 and 八五折 85%: a discount states the share paid
            if not mention.magnitude_text and not markers and 0 < mention.value < 100:
                mention.role = Role.PERCENT
                mention.note("percent", "折")
                return position + 1
        # 两个半小时, 三个半月: the classifier 个, a half, then the rest of a 个-unit
        if text.startswith("个半", position) and not mention.magnitude_text:
            for name in self._classifier_units:
                if text.startswith(name[1:], position + 2):
                    mention.note("half", "1")
                    mention.unit_text, mention.unit = name, self.units[name]
                    position += len(name) + 1
                    mention.unit_end = position
                    return self._suffix(text, mention, markers, position)
        # 两个多月: the classifier 个, a marker, then the rest of a 个-unit (个月)
        marker_char = text[position + 1 : position + 2]
        if text.startswith("个", position) and marker_char in self.infix_markers:
            for name in self._classifier_units:
                if text.startswith(name[1:], position + 2):
                    markers.append(
                        Marker(marker_char, self.infix_markers[marker_char], "infix",
                               position + 1, position + 2)
                    )
                    mention.unit_text, mention.unit = name, self.units[name]
                    position += len(name) + 1
                    mention.unit_end = position
                    return self._suffix(text, mention, markers, position)
        return None

    def _read_in_context(self, text: str, mention: NumberMention) -> None:
        """Pick the unit a context-dependent word stands for (度 → ℃ or kWh, 级 → a
        magnitude or a wind force); with no cue and no default, the number is a label."""
        reading = self.readings[mention.unit_text]
        target: str | None = None
        after = text[mention.unit_end : mention.unit_end + _CUE_REACH // 2]
        after = after[: min([after.index(mark) for mark in _CLAUSE_MARKS.intersection(after)], default=len(after))]
        nearest = len(after)
        for word, unit in reading.after:
            found = after.find(word)
            if 0 <= found < nearest:
                nearest, target = found, unit
        if target is None:
            before = text[clause_start_within(text, mention.numeral_start, _CUE_REACH) : mention.numeral_start]
            nearest = -1
            for word, unit in reading.cue:
                found = before.rfind(word)
                if found > nearest:
                    nearest, target = found, unit
        if target is None:
            target = reading.with_magnitude if mention.magnitude_text and reading.with_magnitude else reading.otherwise
        if target:
            mention.unit = self.units[target]
        else:
            mention.unit = None
            mention.note("label", "1")

    def _suffix(
        self, text: str, mention: NumberMention, markers: list[Marker], position: int
    ) -> int:
        for marker, direction in self._suffixes_by_first.get(text[position : position + 1], ()):
            if not text.startswith(marker, position):
                continue
            if marker in self.infix_markers:
                # 一年多 / 5公斤多 / 三成多 / 百分之九十多: after time and measure units and
                # percent words, never 三省多地 or 5%多地
                unit = mention.unit
                worded_percent = mention.extra.get("percent") in _WORDED_PERCENT and not is_word(
                    text[position : position + 2]
                )
                if (unit is None or unit.countable or unit.kind == "ratio") and not worded_percent:
                    if not (unit is not None and unit.kind == "ratio"):
                        break
                if any(m.position == "infix" for m in markers):
                    break
            if marker in ("上下", "前后") and text[position + 2 : position + 3] in ("级", "联", "游", "文"):
                break
            markers.append(Marker(marker, direction, "suffix", position, position + len(marker)))
            return position + len(marker)
        return position

    def _classify(self, text: str, mention: NumberMention) -> None:
        if mention.extra and "label" in mention.extra:
            mention.role = Role.LABEL
            return
        start, end = mention.numeral_start, mention.numeral_end
        before = text[start - 1 : start]
        after = text[end : end + 1]
        if before in _MARKED_BEFORE or after in _LABEL_AFTER:  # most numbers: neither
            if before == "第":
                mention.role = Role.ORDINAL
                return
            hyphenated = before in _HYPHENS and _is_letter(text[start - 2 : start - 1])  # COVID-19, F-35
            if before in _LABEL_BEFORE or after in _LABEL_AFTER or hyphenated:  # 12·4, 5G, COVID-19
                if mention.role is not Role.PERCENT:
                    mention.role = Role.LABEL
                    return
        if mention.role in _RATE_ROLES:
            return
        if after == "号":
            mention.role = Role.LABEL
            return
        unit_text = mention.unit_text
        if unit_text == "年" and not mention.markers and not mention.magnitude_text:
            if _looks_like_year(mention):
                mention.role = Role.DATE
                return
        if after in ("月", "时") and not mention.unit and 1 <= mention.value <= 24:
            mention.role = Role.DATE
            return
        if unit_text == "日" and not mention.markers:
            if (
                text[mention.start - 1 : mention.start] not in _DATE_DAY_CUE_LAST
                or not text.endswith(_DATE_DAY_CUES, 0, mention.start)
            ):
                mention.role = Role.DATE
                return
        if unit_text == "年" and text.startswith("代", mention.unit_end):
            mention.role = Role.DATE
            return
        mention.role = Role.QUANTITY if mention.unit else Role.BARE

    def _apply_markers(self, mention: NumberMention) -> None:
        if not mention.extra and not mention.markers:  # most figures: the magnitude alone (3万)
            magnitude = mention.magnitude
            if magnitude == 1.0 and mention.low == mention.high == mention.value:
                return  # no magnitude: the numeral's own value, shared with its other mentions
            value = mention.value * magnitude + 0.0
            if mention.low == mention.high == mention.value:  # one float, shared: a dense text holds many
                mention.value = mention.low = mention.high = value
            else:
                mention.value = value
                mention.low, mention.high = mention.low * magnitude + 0.0, mention.high * magnitude + 0.0
            return
        if mention.extra.get("half") and mention.extra.get("percent") != "成":
            mention.value += 0.5  # 一吨半, 两个半小时 (成半 is handled with 成 below)
            mention.low += 0.5
            mention.high += 0.5
        if "doublings" in mention.extra:  # 翻两番: the figure doubles twice
            mention.value, mention.low, mention.high = 2**mention.value, 2**mention.low, 2**mention.high
        magnitude = mention.magnitude
        tail = float(mention.extra.get("tail_value", 0))  # 3万4000: 30000 + 4000
        mention.value = mention.value * magnitude + tail
        base_low, base_high = mention.low * magnitude + tail, mention.high * magnitude + tail
        if mention.extra.get("percent") == "成":
            half = 5 if mention.extra.get("half") else 0
            mention.value = mention.value * 10 + half
            base_low, base_high = base_low * 10 + half, base_high * 10 + half
        elif mention.extra.get("percent") == "折":
            scale = 10 if mention.value <= 10 else 1  # 八折 80%, 十折 100%, 75折 75%
            mention.value *= scale
            base_low, base_high = base_low * scale, base_high * scale
        elif mention.extra.get("percent") == "分之":
            scale = 100 / float(mention.extra["denominator"])
            mention.value *= scale
            base_low, base_high = base_low * scale, base_high * scale
        elif mention.extra.get("percent") in _PER_MILLE:
            scale = _PER_MILLE[mention.extra["percent"]]
            mention.value /= scale
            base_low, base_high = base_low / scale, base_high / scale
        low, high = base_low, base_high
        for marker in mention.markers:
            if marker.direction == "more":
                if marker.position == "prefix" or marker.text in ("以上", "开外"):
                    high = math.inf
                else:
                    after_magnitude = bool(mention.magnitude_text) and marker.start > mention.numeral_end
                    if "tail" in mention.extra:  # 1万6千多: the step of the tail's last place
                        step = _tail_place(mention.extra["tail"])
                    else:
                        step = _last_place(mention, within_magnitude=after_magnitude) * magnitude
                    if mention.extra.get("percent") == "成":
                        step *= 10
                    high = max(high, base_high + step)
            elif marker.direction == "less":
                low = min(low, base_low * (1 - self.less_reach) if marker.near else 0.0)
            else:
                low = min(low, base_low * (1 - self.about_tolerance))
                high = max(high, base_high * (1 + self.about_tolerance))
        mention.low, mention.high = low, high
        if "sign" in mention.extra:
            mention.value = -mention.value
            mention.low, mention.high = -high, -low


_CENT_DIGITS = "0123456789零一二两三四五六七八九"
_JIAO_FEN = lazy(rf"零?(?P<jiao>[{_CENT_DIGITS[:10]}一二两三四五六七八九])角(?:零?(?P<fen>[{_CENT_DIGITS}])分)?")


def _add_cents(mention: NumberMention, cents: regex.Match[str]) -> int:
    """Fold 角 (tenths) and 分 (hundredths) written after 元 into the value."""
    def digit(char: str | None) -> int:
        return 0 if not char else int(char) if char.isdigit() else DIGITS[char]

    extra = (digit(cents["jiao"]) * 10 + digit(cents["fen"])) / 100
    scale = mention.magnitude or 1.0
    mention.value += extra / scale
    mention.low += extra / scale
    mention.high += extra / scale
    mention.note("cents", cents.group())
    return cents.end()


_PLACES = {"千": 1000, "百": 100, "十": 10}
#: The lower places of a magnitude written in full digits (万 → 4 digits: 3万4000).
_FULL_PLACES = {places: lazy(rf"\d{{{places}}}(?![\d.,])") for places in range(1, 9)}
_LARGER_MAGNITUDE = lazy(r"[多余]?[万亿]")
_MIXED_PLACE = lazy(r"(零)?(\d)([千百十])")
_MIXED_UNITS = lazy(r"零(\d)(?![\d.])")


def _may_start_tail(char: str) -> bool:
    """Whether a mixed numeral's tail can start with ``char``: a digit, or 零 (2千零3)."""
    return char == "零" or char.isdecimal()


def _mixed_tail(text: str, position: int, mention: NumberMention) -> int:
    """The rest of a numeral mixing digits and place words after its magnitude:
    3万4000 (the lower places written in full), 5万4千6百, 2千零3. Returns the new
    position; the tail's value is added once the magnitude has been applied.

    A shorter digit run is not a tail: in 390万65岁以上 the 65 is another number.
    """
    magnitude = mention.magnitude
    places = len(str(int(magnitude))) - 1  # 万 → 4 digits below it
    tail = 0
    full = _FULL_PLACES[places].match(text, position) if places in _FULL_PLACES else None
    if full is not None and not text.startswith(("年", "月", "日", "号"), full.end()):
        tail, end = int(full.group()), full.end()
    else:
        end = position
        below = magnitude
        while (part := _MIXED_PLACE.match(text, end)) is not None:
            place = _PLACES[part.group(3)]
            if place >= below:
                break
            tail += int(part.group(2)) * place
            below, end = place, part.end()
        last = _MIXED_UNITS.match(text, end)
        if last is not None and (end > position or text.startswith("零", position)):
            tail, end = tail + int(last.group(1)), last.end()
        if tail == 0:
            return position
    if _LARGER_MAGNITUDE.match(text, end):
        return position  # 1亿3千多万: the tail is a count of 万, not a lower place
    mention.note("tail", text[position:end])
    mention.note("tail_value", str(tail))  # added after the magnitude, in _apply_markers
    return end


#: After the unit, what makes 1-3年 a grade, a decade or a fiscal year, not a span of time.
_NOT_A_RANGE_AFTER = frozenset("级代度")
#: What joins the two ends of a range: 3到5年, 20~30人, 1万-5万元, 1.5—2吨.
_RANGE_JOINER = lazy(r"\s{0,2}(?:到|至|~|-|—|–|－)\s{0,2}")
_JOINERS = frozenset("到至~-—–－")


def _may_join(char: str) -> bool:
    """Whether :data:`_RANGE_JOINER` can start with ``char`` (most gaps between numbers
    start with a comma or a word, and the range test stops there)."""
    return char in _JOINERS or char.isspace()


def _join_ranges(text: str, mentions: list[NumberMention]) -> list[NumberMention]:
    """A number, a joiner, then a quantity or percentage of a larger value: one range
    (3到5年 is 3–5 years; 1万-5万元, 6℃—10℃, 3-5%, 3%~5%, 五至八折). The second keeps its
    unit and role; its value becomes the low end."""
    joined: list[NumberMention] = []
    for mention in mentions:
        first = joined[-1] if joined else None
        # a joiner (到, ~, —) with at most two spaces each side: one to five characters apart
        if (
            first is not None
            and 0 < mention.start - first.end <= 5
            and _may_join(text[first.end])
            and _range_ends(text, first, mention)
        ):
            low = first.value * (1 if first.magnitude_text or not mention.magnitude_text else mention.magnitude)
            if 0 <= low < mention.low:
                joined.pop()
                mention.start = first.start
                mention.low = mention.value = low
                mention.is_range = True
                mention.note("range_from", text[first.start : first.end])
        elif mention.script == "chinese" and mention.role in (Role.QUANTITY, Role.PERCENT) and not mention.markers:
            _join_chinese_range(text, mention)
        joined.append(mention)
    return joined


def _range_ends(text: str, first: NumberMention, second: NumberMention) -> bool:
    """Whether ``first`` is the low end of a range that ``second`` closes."""
    if first.markers or second.markers or first.script != second.script or "sign" in second.extra:
        return False
    if second.role is Role.QUANTITY:
        shapes = first.role is Role.BARE or (
            first.role is Role.QUANTITY and first.unit_text == second.unit_text  # 6℃—10℃
        )
    elif second.role in (Role.POINTS, Role.MULTIPLE):
        shapes = first.role is Role.BARE  # 5到8个百分点, 2—3倍
    elif second.role is Role.PERCENT:
        form = second.extra.get("percent")
        shapes = form in ("%", "‰") and (
            first.role is Role.BARE or (first.role is Role.PERCENT and first.extra.get("percent") == form)
        )
    else:
        return False
    return (
        shapes
        and first.script == "arabic"
        and _RANGE_JOINER.fullmatch(text, first.end, second.start) is not None
        and not text.endswith("第", 0, first.start)
        and text[second.unit_end : second.unit_end + 1] not in _NOT_A_RANGE_AFTER
    )


#: A Chinese low end before a joiner: 五至八折, 三到五成, 两至三年.
_CHINESE_LOW_END = lazy(r"(?<![零〇一二三四五六七八九两十百千万亿])([一二三四五六七八九两十])(?:至|到|~|～|—|-)$")


def _join_chinese_range(text: str, mention: NumberMention) -> None:
    """五至八折, 两到三年: a one-character Chinese low end before the joiner."""
    found = _CHINESE_LOW_END.search(text, max(0, mention.start - 2), mention.start)
    low_end, written = chinese_value(found.group(1)) if found else None, chinese_value(mention.numeral)
    if low_end is None or written is None or not written[0] or mention.start != mention.numeral_start or "half" in mention.extra:
        return
    low = low_end[0] * mention.value / written[0]  # in the form's own scale (八折 → 80)
    if 0 <= low < mention.low:
        mention.start = found.start()
        mention.low = mention.value = low
        mention.is_range = True
        mention.note("range_from", found.group(1))


_MINUS_SIGNS = frozenset("-−－")
#: A place word that can stand for "one of it" after a counting word (近千, 上万, 数百).
_BARE_PLACES = {"十": 10.0, "百": 100.0, "千": 1000.0, "万": 10000.0, "亿": 100000000.0}
#: Words that make a place word a vague count (数十, 上千), part of the figure.
_VAGUE_COUNT = ("数", "上")
_WORDED_PERCENT = frozenset({"百分之", "千分之", "万分之", "分之", "成"})
_AFTER_WORD = "\x00"  # marks a dash after a word, a sign only before a percent or a reading
#: How far back a context cue (气温, 时速, 地震 …) may stand, within the clause.
_CUE_REACH = 16
_CLAUSE_MARKS = frozenset("，。；：！？、\n（）“”")


def clause_start_within(text: str, position: int, reach: int) -> int:
    """The start of the clause holding ``position``, looking back at most ``reach`` characters."""
    floor = max(0, position - reach)
    for index in range(position - 1, floor - 1, -1):
        if text[index] in _CLAUSE_MARKS:
            return index + 1
    return floor


def _by_first_char(table: dict[str, object]) -> dict[str, list[str]]:
    grouped: dict[str, list[str]] = {}
    for name in table:
        grouped.setdefault(name[0], []).append(name)
    for names in grouped.values():
        names.sort(key=len, reverse=True)
    return grouped


_ASCII_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
#: A character before (after) a numeral that makes it part of a label or a name.
_LABEL_BEFORE = _ASCII_LETTERS | {"·", "."}
_LABEL_AFTER = _ASCII_LETTERS | {"·"}
_HYPHENS = frozenset({"-", "–"})
#: What, right before a numeral, can make it an ordinal or a label (第3, ·4, F-35).
_MARKED_BEFORE = _LABEL_BEFORE | _HYPHENS | {"第"}
_RATE_ROLES = frozenset({Role.PERCENT, Role.POINTS, Role.MULTIPLE})
#: Roles that a short quotation turns into a label (“54321”体系).
_LABELLED_ROLES = frozenset({Role.QUANTITY, Role.BARE, Role.MULTIPLE})


def _is_letter(char: str) -> bool:
    return bool(char) and char.isascii() and char.isalpha()


_RECENT_PERIOD = lazy(r"(?:个)?(?:多)?(?:年|个月|月|天|日|周)(?:多)?(?:来|以来|间)")
_DOUBLING_VERB = lazy(r"翻了?$")


def _recent_period(text: str, numeral_end: int) -> bool:
    tail = text[numeral_end : numeral_end + 6]
    return _RECENT_PERIOD.match(tail) is not None


def _looks_like_year(mention: NumberMention) -> bool:
    """2008年, 08年 (a leading zero: 2008), 二〇〇八年, 两千零八年 — not 8年 or 两千年 (durations)."""
    numeral = mention.numeral
    if mention.script == "arabic":
        return (len(numeral) == 4 and 1000 <= mention.value <= 2200) or _SHORT_YEAR.fullmatch(numeral) is not None
    if len(numeral) == 4 and not any(char in "十百千万" for char in numeral):
        return True
    return _SPELLED_YEAR.fullmatch(numeral) is not None


def _tail_place(tail: str) -> float:
    """The place of a mixed numeral's last digit: 6千 → 1000, 4000 → 1000, 零3 → 1."""
    if tail[-1] in _PLACES:
        return float(_PLACES[tail[-1]])
    stripped = tail.rstrip("0")
    return 10.0 ** (len(tail) - len(stripped)) if stripped and tail.isdigit() else 1.0


def _last_place(mention: NumberMention, within_magnitude: bool = False) -> float:
    """The step an approximate 余/多 adds: the place of the last significant digit.

    ``420余万`` → 10 (×万), ``200余起`` → 100, ``3.6万余`` → 0.1 (×万). After a magnitude
    word the remainder is below one unit of it, so ``160万余`` → 1 (×万).
    """
    numeral = mention.numeral.replace(",", "")
    if numeral == "半":
        return 0.5  # 半年多: between half a year and a year
    if mention.script == "arabic":
        if "." in numeral:
            return 10.0 ** -(len(numeral) - numeral.index(".") - 1)
        if within_magnitude:
            return 1.0
        stripped = numeral.rstrip("0")
        return 10.0 ** (len(numeral) - len(stripped)) if stripped else 1.0
    value = int(mention.low) if mention.low == int(mention.low) else 0
    if value <= 0 or within_magnitude:
        return 1.0
    place = 1
    while value % (place * 10) == 0:
        place *= 10
    return float(place)


@lexicon_cache
def _scanner() -> NumberScanner:
    return NumberScanner()


def scan_numbers(text: str) -> list[NumberMention]:
    """All number mentions in normalised ``text``."""
    return _scanner().scan(text)

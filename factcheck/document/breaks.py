"""Line breaks that cut a sentence: the one detection shared by the normaliser and rule FC201.

PDF extraction, copy-paste and scraping put line breaks (often a blank line) in the
middle of a sentence: ``南瓜藏\\n\\n毒``, ``360千\\n\\n克``. A real paragraph end looks the
same on the page, so a break is only treated as a cut when the text around it shows it:

* ``number``:   a number is cut, or cut from its unit (``360千|克``, ``20|18年``);
* ``quote``:    a quotation mark or bracket opened before the break closes after it;
* ``clause``:   a line of body length ends on a comma or an enumeration comma
  (``…等多种形式，|积极开展``);
* ``word``:     the next line starts with a single character before a punctuation mark,
  or with 的 — it completes a word or phrase of the line before (``支|持。``); or, on a
  line of body length, the characters either side of the break form a common word
  that the line's own last two characters do not (``经|济``, ``建|设``);
* ``sentence``: the line ends a sentence inside it and then stops mid-sentence, or it
  is a sentence with a figure and a clause (``今年3月28日，市公安局矿工路|派出所``).

Whatever the evidence, a line that ends a sentence (。！？…, a closing quote or
bracket, a double dash of any kind), a heading, a byline, a caption, a list item or the
title of a news-in-brief item (a line without clause punctuation above a line that opens
with a date) is never joined, and neither is a break before one. Headlines and bylines
without end punctuation are therefore safe.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from ..lexicon import lexicons
from ..regexes import compile_pattern, lazy
from ..resources import lexicon_cache
from ..words import is_han, is_word

__all__ = ["LineJoin", "find_line_joins"]


@dataclass(frozen=True, slots=True)
class LineJoin:
    """A line break that cut a paragraph, removed in the normalised view.

    ``start``/``end`` delimit the whitespace run in the original text; ``before`` and
    ``after`` are the characters either side of it; ``reason`` names the evidence
    (``number``, ``quote``, ``clause``, ``word`` or ``sentence``).
    """

    start: int
    end: int
    before: str
    after: str
    reason: str = "sentence"


_BREAK_RUN = lazy(r"[ \r]*\n[\s]*")
_TERMINAL = frozenset("。！？!?…；;：:")
_CLOSERS = frozenset("”’」』）)】》〕")
_OPEN_CLOSE = (("“", "”"), ("‘", "’"), ("（", "）"), ("《", "》"), ("【", "】"))
_CREDIT_END = lazy(r"(?:记者|通讯员|摄影|\s)[\p{Han}\s]{0,20}摄$")
_HEADING_START = lazy(
    r"^(?:#|▲|△|□|■|◆|◇|★|☆|>|\||[-*+] |图为|图片|图/|本报讯|本报记者|本报通讯员|记者|通讯员|责任编辑|编辑|"
    r"[一二三四五六七八九十]+[、.]|\d+[.、](?!\d)|（[一二三四五六七八九十\d]+）|第[一二三四五六七八九十]+[，、])"
)
_CONTINUABLE_START = lazy(r"^[\p{Han}\d“‘\"，,、。；：）)”’%]")
_CLAUSE_MARKS = frozenset("，、。；：")
_NUMBER_END = lazy(r"\d[\d.]{0,40}[十百千万亿]?$")
_ONE_CHARACTER_CLAUSE = lazy(r"^\p{Han}[，、。；：！？]")
_DIGIT = lazy(r"\d")
_WINDOW = 400  # characters before a break that the evidence is read from
#: evidence a headline can also show; a cut number, quote or word is evidence on any line
_WEAK_EVIDENCE = frozenset({"clause", "sentence"})
_FIGURE_END = lazy(r"\d[\d.]{0,40}(?:%|‰|\p{Han}{1,2})?$")
#: A line ending on a count (参保人数达10.5亿人): its last character is a unit, not half a word.
_COUNT_END = lazy(r"\d[\d.]{0,40}[十百千万亿]*\p{Han}?$")
#: A space between two phrases, as titles are written (美国挑动俄乌冲突 为自身牟利).
_TITLE_SPACE = lazy(r"\p{Han}[ \u3000]\p{Han}[^，、；。]*$")
_DASH_END = lazy(r"[—－–\-]{2}$")
#: A line that opens a news item with its date: 12月28日，…; 2024年全国…; 今天（3月2日）…
_ITEM_OPENING = lazy(r"^(?:(?:\d{4}年)?\d{1,2}月\d{1,2}日|\d{4}年|[今昨前]天|近日|日前)")
_ITEM_TITLE_LENGTH = 40


@lexicon_cache
def _number_continuation() -> regex.Pattern[str]:
    """What may follow a number cut from its unit: a digit, %, a magnitude or a unit."""
    names = sorted(lexicons().units.by_name, key=len, reverse=True)
    units = "|".join(regex.escape(name) for name in names)
    return compile_pattern(rf"^(?:\d|%|[十百千万亿年月日时分秒]|{units})")


def _line_bounds(text: str, position: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, position) + 1
    end = text.find("\n", position)
    return start, len(text) if end < 0 else end


def _ends_sentence(line: str) -> bool:
    last = line[-1]
    return (
        last in _TERMINAL
        or last in _CLOSERS
        or _DASH_END.search(line) is not None
        or _CREDIT_END.search(line) is not None
    )


def _unclosed(line: str) -> bool:
    return any(line.count(opening) > line.count(closing) for opening, closing in _OPEN_CLOSE)


def _is_heading_like(line: str) -> bool:
    return len(line) <= 20 and not any(mark in _CLAUSE_MARKS or mark in _TERMINAL for mark in line)


def _is_item_title(line: str, following: str) -> bool:
    """A news-in-brief title (no clause punctuation) above an item that opens with its date.

    ``天津97个重点项目竣工 总投资超600亿`` / ``12月28日，天津滨海新区…``: the title may end on
    a figure, and the date below it does not continue that figure.
    """
    return (
        len(line) <= _ITEM_TITLE_LENGTH
        and not any(mark in _CLAUSE_MARKS for mark in line)
        and _ITEM_OPENING.match(following) is not None
    )


def _is_standalone(line: str) -> bool:
    """A line that stands on its own: a heading, or a salutation such as 各位代表："""
    return _is_heading_like(line) or (len(line) <= 12 and line[-1] in "：:！!")


def _cuts_a_word(previous: str, following: str) -> bool:
    """The break splits a common two-character word (经|济, 建|设, 群|众): the characters
    either side form a word, the line does not end on a word of its own nor on a figure,
    and, when the line has no clause (it may be a title), the next line does not start
    with a word of its own."""
    last, first = previous[-1], following[0]
    if not (is_han(last) and is_han(first)):
        return False
    if not is_word(last + first) or _COUNT_END.search(previous):
        return False  # 就业297万人|人力资源: a title ending on a figure
    if any(is_word(previous[-length:]) for length in (2, 3, 4)):
        return False
    if not any(mark in previous for mark in "，、；。") or _TITLE_SPACE.search(previous):
        # a line without a clause may be a title; the body after a title starts with a
        # word (生态环境部…, 国际人士…), the rest of a cut word does not (示美国…, 态文明…)
        return not any(is_word(following[:length]) for length in (2, 3, 4))
    return True


def cut_evidence(previous: str, following: str) -> str | None:
    """Why the break between ``previous`` and ``following`` cuts a sentence, or ``None``."""
    if _NUMBER_END.search(previous[-16:]) and _number_continuation().match(following):
        return "number"
    if _unclosed(previous):
        return "quote"
    if following[0] == "的" or _ONE_CHARACTER_CLAUSE.match(following):
        return "word"
    if _cuts_a_word(previous, following):
        return "word"
    if len(previous) < 12:
        return None  # short lines ending on a comma are verse or slogans (远离毒品，/珍爱生命。)
    if previous[-1] in "，、,":
        return "clause"
    last_stop = max(previous.rfind(stop) for stop in "。！？")
    if 0 <= last_stop < len(previous) - 1:
        return "sentence"  # a sentence ended inside the line, the next one stops mid-way
    if "，" in previous and _DIGIT.search(previous):
        return "sentence"  # a dated or counted clause: body text, not a heading
    return None


def find_line_joins(text: str) -> list[LineJoin]:
    """Line breaks in ``text`` that fall inside a sentence of a body paragraph.

    The text before a break is read back to the start of its paragraph (at most
    ``_WINDOW`` characters): a line that continues a cut line carries the evidence of
    the lines it continues.
    """
    joins: list[LineJoin] = []
    paragraph = ""  # the end of the joined text before the current line, when it continues a cut
    for match in _BREAK_RUN.finditer(text):
        start, end = match.span()
        if start == 0 or end >= len(text):
            continue
        line_start, _ = _line_bounds(text, start)
        line = text[line_start:start].strip()
        continues = bool(joins) and joins[-1].end >= line_start
        previous = (paragraph + line)[-_WINDOW:] if continues else line[-_WINDOW:]
        _, next_end = _line_bounds(text, end)
        following = text[end:next_end].strip()
        if not line or not following or _ends_sentence(previous):
            continue
        if (not continues and _HEADING_START.match(line)) or _HEADING_START.match(following):
            continue
        number_cut = (  # 15万|户: a unit or magnitude, never a line of its own (a date line is)
            _NUMBER_END.search(previous[-16:]) is not None
            and not following[0].isdigit()
            and _number_continuation().match(following) is not None
        )
        if not _CONTINUABLE_START.match(following) or (_is_standalone(following) and not number_cut):
            continue  # a short line standing alone, unless it is the unit of a cut number (15万|户)
        if not continues and _is_item_title(line, following):
            continue
        reason = cut_evidence(previous, following)
        if reason in _WEAK_EVIDENCE and not continues and _FIGURE_END.search(line):
            if not text[:line_start].strip():
                continue  # a first line ending on a figure is a headline: …生产总值744.94亿元，增长6.3%
        if reason is not None:
            joins.append(LineJoin(start, end, previous[-1], following[0], reason))
            paragraph = previous
    return joins

"""Chinese numerals to numbers, without dependencies: 一百零五 → 105, 一万二 → 12000, 三点五 → 3.5.

A well-formed numeral is a run of sections (below 10,000) joined by 万 and 亿, each
section written with 千, 百 and 十 and 零 for a skipped place; a digit right after a
unit (三百五, 一万二) stands for the next lower place, as speakers use it; digits
written one by one (二〇二三, 一二) read as a digit string; 点 starts digit-by-digit
decimals. Anything else (万 alone, 十十, 一百百) is not a numeral: ``None``.
"""

from __future__ import annotations

__all__ = ["DIGITS", "parse_chinese"]

DIGITS: dict[str, int] = {
    "零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6,
    "七": 7, "八": 8, "九": 9, "壹": 1, "贰": 2, "貳": 2, "叁": 3, "肆": 4, "伍": 5,
    "陆": 6, "柒": 7, "捌": 8, "玖": 9,
}
_SMALL_UNITS = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
_LARGE_UNITS = {"万": 10**4, "萬": 10**4, "亿": 10**8, "億": 10**8}
_ZEROS = frozenset("零〇")


def _section(text: str, *, final: bool = True) -> int | None:
    """A number below 10,000 written with 千百十 (``一千零五十``, ``十五``, ``三百五``).

    The shorthand 三百五 (350) is read only at the end of a whole numeral: before 万 or
    亿 (三千两万) it is ambiguous, and not a numeral."""
    if not text:
        return None
    total = 0
    digit: int | None = None
    last_unit = 10**4  # units must fall: 千 before 百 before 十
    zero_seen = False
    for index, char in enumerate(text):
        if char in _ZEROS:
            zero_seen = True
            digit = 0 if digit is None else digit
            if digit:
                return None
            continue
        if char in DIGITS:
            if digit:  # two digits in a row
                return None
            digit = DIGITS[char]
            continue
        unit = _SMALL_UNITS.get(char)
        if unit is None or unit >= last_unit:
            return None
        if digit is None:
            if unit != 10 or index != 0:  # only a leading 十 may stand alone
                return None
            digit = 1
        elif digit == 0:
            return None
        total += digit * unit
        last_unit = unit
        digit = None
        zero_seen = False
    if digit:
        if not zero_seen and last_unit in (100, 1000) and text[-2] in _SMALL_UNITS:
            if not final:
                return None
            total += digit * last_unit // 10  # 三百五: 350
        else:
            total += digit
    return total


def _integer(text: str) -> int | None:
    if not text:
        return None
    if all(char in DIGITS for char in text):
        return int("".join(str(DIGITS[char]) for char in text))  # 二〇二三, 一二
    total = 0
    rest = text
    for unit_chars, size in (("亿億", 10**8), ("万萬", 10**4)):
        cut = next((i for i, char in enumerate(rest) if char in unit_chars), -1)
        if cut < 0:
            continue
        head, rest = rest[:cut], rest[cut + 1 :]
        if size == 10**8:
            value = _integer_below(head, 10**8)
        else:
            value = _section(head, final=False)
        if not value:
            return None
        total += value * size
        if rest and rest[0] not in _ZEROS and all(char in DIGITS for char in rest) and len(rest) == 1:
            return total + DIGITS[rest] * size // 10  # 一万二: 12000
    if rest:
        if rest[0] in _ZEROS:
            rest = rest.lstrip("零〇")
            if not rest:
                return total
        value = _section(rest)
        if value is None:
            return None
        total += value
    return total


def _integer_below(text: str, limit: int) -> int | None:
    value = _integer(text)
    return value if value is not None and value < limit else None


def parse_chinese(text: str) -> float | None:
    """The value of a Chinese numeral, or ``None`` when ``text`` is not a well-formed one.

    万万 is the old word for 亿 (四万万同胞: 400 million).
    """
    if text.endswith("万万") and "亿" not in text:
        text = text[:-2] + "亿"
    whole, point, decimals = text.partition("点")
    if point:
        if not decimals or not all(char in DIGITS for char in decimals):
            return None
        integer = _integer(whole)
        if integer is None:
            return None
        return float(f"{integer}.{''.join(str(DIGITS[char]) for char in decimals)}")
    integer = _integer(whole)
    return None if integer is None else float(integer)

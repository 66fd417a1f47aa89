"""Value of a numeral string: Arabic (``36,915``, ``65.87422``) or Chinese (``二十``).

Only the numeral itself is read here (:mod:`factcheck.numerics.chinese`): approximation
markers, magnitudes and units are handled by :mod:`factcheck.numerics.scanner`. Ranges
written as adjacent digits (``一两``, ``三四十``, ``十七八``) and ``几`` (``十几``) become
intervals here; read as a plain numeral ``一两`` would be 12.
"""

from __future__ import annotations

from functools import lru_cache

from .chinese import parse_chinese

__all__ = [
    "CHINESE_DIGITS",
    "CHINESE_NUMERAL_CHARS",
    "NumeralValue",
    "arabic_value",
    "chinese_value",
]

CHINESE_DIGITS: dict[str, int] = {
    "零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6,
    "七": 7, "八": 8, "九": 9, "壹": 1, "贰": 2, "貳": 2, "叁": 3, "肆": 4, "伍": 5,
    "陆": 6, "柒": 7, "捌": 8, "玖": 9,
}
_CHINESE_UNITS = frozenset("十拾百佰千仟万萬亿億")
CHINESE_NUMERAL_CHARS = "".join(CHINESE_DIGITS) + "".join(sorted(_CHINESE_UNITS)) + "几点"

#: A numeral's value as an interval ``(low, high)``; equal bounds for an exact value.
NumeralValue = tuple[float, float]


def arabic_value(text: str) -> tuple[float, int]:
    """Value and number of stated decimals of an Arabic numeral (``36,915.5`` → 36915.5, 1)."""
    if text.isdigit():  # most numerals: digits alone, no separator or decimals
        return float(text), 0
    plain = text.replace(",", "")
    decimals = len(plain) - plain.index(".") - 1 if "." in plain else 0
    return float(plain), decimals


def _digit_string(text: str) -> float | None:
    """``二〇二三`` → 2023: digits written one by one, as in years."""
    if any(char not in CHINESE_DIGITS for char in text):
        return None  # units, 几, 点, or anything that is not a Chinese digit (六七9)
    if len(text) < 3 and "〇" not in text and "零" not in text:
        return None
    return float("".join(str(CHINESE_DIGITS[char]) for char in text))


def _adjacent_range(text: str) -> tuple[str, str] | None:
    """``三四十`` → (``三十``, ``四十``): two consecutive digits that state a range."""
    for index in range(len(text) - 1):
        first, second = CHINESE_DIGITS.get(text[index]), CHINESE_DIGITS.get(text[index + 1])
        if first and second and (second == first + 1 or (first, second) == (3, 5)):
            low = text[:index] + text[index] + text[index + 2 :]
            high = text[:index] + text[index + 1 :]
            return low, high
    return None


@lru_cache(maxsize=8192)
def chinese_value(text: str) -> NumeralValue | None:
    """Interval value of a Chinese numeral, or ``None`` if it is not a well-formed one."""
    if not text or text[0] not in CHINESE_DIGITS and text[0] not in "十拾几":
        return None
    if any(char not in CHINESE_NUMERAL_CHARS for char in text):
        return None
    if text.endswith("点") or text.count("点") > 1:
        return None
    digits = _digit_string(text)
    if digits is not None:
        return digits, digits
    if "几" in text:
        low = chinese_value(text.replace("几", "一", 1))
        high = chinese_value(text.replace("几", "九", 1))
        if low is None or high is None or "几" in text.replace("几", "", 1):
            return None
        return low[0], high[1]
    pair = _adjacent_range(text)
    if pair is not None and "点" not in text:
        low, high = (parse_chinese(part) for part in pair)
        if low is None or high is None:
            return None
        return low, high
    value = parse_chinese(text)
    return None if value is None else (value, value)

"""Common Chinese words (``rules/words/common.tsv``), for word-level evidence at rare spots.

The list is loaded on first use only: rules consult it at the few places where a word
boundary decides a finding (a doubled unit, a place-name candidate), never per character.
"""

from __future__ import annotations

from functools import cache

from .resources import RuleDataError, rules_root

__all__ = ["is_han", "is_verb", "is_word", "segments_into_words"]

_LONGEST = 4


@cache
def _endings(name: str = "common.tsv") -> dict[str, str]:
    """First character → `` ending ending … `` (space-padded, for substring look-ups).

    Kept as one string per character rather than a set of 97,000 words: loading takes
    milliseconds, and a look-up is one substring search in a short line.
    """
    label = f"rules/words/{name}"
    try:
        text = rules_root().joinpath("words", name).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise RuleDataError(f"{label}: cannot read: {error}") from None
    endings: dict[str, str] = {}
    for number, line in enumerate(text.splitlines(), 1):
        if not line or line.startswith("#"):
            continue
        first, tab, rest = line.partition("\t")
        if not tab or len(first) != 1:
            raise RuleDataError(f"{label}:{number}: expected a character, a tab and word endings")
        endings[first] = f" {rest} "
    return endings


def _listed(text: str, name: str) -> bool:
    if not 2 <= len(text) <= _LONGEST or " " in text:
        return False
    line = _endings(name).get(text[0])
    return line is not None and f" {text[1:]} " in line


def is_han(char: str) -> bool:
    """Whether ``char`` is a common Chinese character (the CJK Unified Ideographs block)."""
    return len(char) == 1 and "\u4e00" <= char <= "\u9fff"


def is_word(text: str) -> bool:
    """Whether ``text`` is a common word of two to four characters (加强, 国旗; not 税缓)."""
    return _listed(text, "common.tsv")


def is_verb(text: str) -> bool:
    """Whether ``text`` is a common two-character verb (推动, 践行; not the verb-noun 生产)."""
    return len(text) == 2 and _listed(text, "verbs.tsv")


def segments_into_words(text: str) -> bool:
    """Whether ``text`` splits into common words of two or more characters, left to right.

    Longest match first, with backtracking; ``text`` is short (a repeated unit), so the
    search is tiny.
    """
    def split(start: int) -> bool:
        if start == len(text):
            return True
        for end in range(min(len(text), start + _LONGEST), start + 1, -1):
            if is_word(text[start:end]) and split(end):
                return True
        return False

    return bool(text) and split(0)

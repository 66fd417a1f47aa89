"""Literal word lists searched with an Aho-Corasick automaton (``ahocorasick_rs``).

The automaton reads a text as UTF-8, and CPython keeps the UTF-8 form it makes for an
extension inside the string object for as long as the string lives: searching a document's
whole text once left a second copy of it (1–3 bytes a character, 11 MB for a 10 MB article)
held until the check ended. :func:`find_literals` searches a throwaway copy of a long text
instead, so the UTF-8 form goes when the search returns.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import ahocorasick_rs

__all__ = ["find_literals"]

#: Below this many characters the UTF-8 form is too small to be worth a copy.
_COPY_FROM = 4096


def find_literals(automaton: ahocorasick_rs.AhoCorasick, text: str) -> list[tuple[int, int, int]]:
    """``(entry, start, end)`` of every match of ``automaton`` in ``text`` (code-point offsets)."""
    if len(text) < _COPY_FROM:
        return automaton.find_matches_as_indexes(text)
    return automaton.find_matches_as_indexes(text[:-1] + text[-1:])  # a new string, freed after

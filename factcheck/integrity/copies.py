"""Text that appears twice in one article: a pasted sentence, paragraph or sentence ending.

Three kinds of copy are found among the sentences of body paragraphs, in one pass over
the article with hash tables (no comparison of every sentence with every other):

* a paragraph, or else a sentence, identical to an earlier one or at least
  ``similarity`` alike (difflib ratio), found through shared character 4-grams;
* a long sentence ending (from a clause boundary to the full stop) identical to the
  ending of an earlier sentence — what is left when a sentence from one story is pasted
  into another and the start rewritten.

Openings are deliberately not compared: parallel sentences that begin alike and go on
differently (今年以来，全市公安禁毒部门在…的带领下，以…) are a rhetorical device. Nor are
headlines, kickers and captions, which restate the body by design. Short text repeats
legitimately (公安部禁毒局将此案确立为部级目标案件。), so every copy must have at least
``min_chars`` characters that are not punctuation.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from difflib import SequenceMatcher

import regex

from ..document import Block, BlockKind, Document, Sentence

__all__ = ["Copy", "find_copies"]

_CONTENT = regex.compile(r"[\p{Han}\p{L}\d]")
_NOT_CONTENT = regex.compile(r"[^\p{Han}\p{L}\d]+")
_CLAUSE_BOUNDARY = regex.compile(r"[，；：、]")
_SHINGLE = 4
_COMMON_SHINGLE = 40  # a 4-gram in more sentences than this says nothing about copying
_TAIL_BOUNDARIES = 8  # clause boundaries tried per sentence, from the end
_TAIL_LIMIT = 400  # longest sentence ending compared, in characters


@dataclass(frozen=True, slots=True)
class Copy:
    """A later copy (normalised ``start``/``end``) of the text at ``first_start``/``first_end``.

    ``unit`` is ``paragraph``, ``sentence`` or ``ending``; ``similarity`` is 1.0 for an
    identical copy.
    """

    start: int
    end: int
    first_start: int
    first_end: int
    unit: str
    similarity: float


def _content(text: str) -> str:
    return _NOT_CONTENT.sub("", text)


def _similar(keys: list[str], min_chars: int, similarity: float) -> dict[int, tuple[int, float]]:
    """Later key index → (earlier key index, similarity), found through shared 4-grams."""
    postings: dict[str, list[int]] = defaultdict(list)
    exact: dict[str, int] = {}
    found: dict[int, tuple[int, float]] = {}
    for index, key in enumerate(keys):
        if len(key) < min_chars:
            continue
        if key in exact:
            found[index] = (exact[key], 1.0)
            continue
        exact[key] = index
        shingles = {key[i : i + _SHINGLE] for i in range(len(key) - _SHINGLE + 1)}
        votes: dict[int, int] = defaultdict(int)
        for shingle in shingles:
            posting = postings[shingle]
            if len(posting) <= _COMMON_SHINGLE:
                for other in posting:
                    votes[other] += 1
            posting.append(index)
        best: tuple[int, float] | None = None
        for other, shared in votes.items():
            a = keys[other]
            # difflib's ratio is at most 2·min/(len a + len b): skip pairs whose lengths rule it out
            if shared < 0.6 * len(shingles) or 2 * min(len(a), len(key)) < similarity * (len(a) + len(key)):
                continue
            ratio = SequenceMatcher(None, a, key, autojunk=False).ratio()
            if ratio >= similarity and (best is None or ratio > best[1]):
                best = (other, ratio)
        if best is not None:
            found[index] = best
    return found


def _copies(
    units: list[Block] | list[Sentence], matches: dict[int, tuple[int, float]], unit: str
) -> Iterator[Copy]:
    for index, (earlier, ratio) in sorted(matches.items()):
        first = units[earlier]
        yield Copy(units[index].start, units[index].end, first.start, first.end, unit, ratio)


def _tail_starts(text: str) -> list[int]:
    starts = [0] + [match.end() for match in _CLAUSE_BOUNDARY.finditer(text)]
    return [start for start in starts[-_TAIL_BOUNDARIES:] if len(text) - start <= _TAIL_LIMIT]


def _shared_endings(
    sentences: list[Sentence], skip: set[int], min_chars: int
) -> Iterator[Copy]:
    """Sentence endings (from a clause boundary) that an earlier sentence ends with too."""
    seen: dict[str, int] = {}
    for index, sentence in enumerate(sentences):
        text = sentence.text
        hit: tuple[int, int] | None = None
        candidates = []
        for start in _tail_starts(text):
            tail = text[start:]
            if len(_CONTENT.findall(tail)) < min_chars:
                break
            candidates.append(tail)
            if hit is None and tail in seen and seen[tail] != index:
                hit = (seen[tail], start)
        for tail in candidates:
            seen.setdefault(tail, index)
        if hit is None or index in skip:
            continue
        earlier = sentences[hit[0]]
        length = _common_suffix(earlier.text, text)
        start = len(text) - length
        while start < len(text) and not _CONTENT.match(text[start]):
            start += 1
        length = len(text) - start
        yield Copy(
            start=sentence.start + start,
            end=sentence.end,
            first_start=earlier.end - length,
            first_end=earlier.end,
            unit="ending",
            similarity=1.0,
        )


def _common_suffix(a: str, b: str) -> int:
    length = 0
    while length < min(len(a), len(b)) and a[-1 - length] == b[-1 - length]:
        length += 1
    return length


def find_copies(document: Document, *, min_chars: int = 20, similarity: float = 0.9) -> list[Copy]:
    """Every later copy of a paragraph, sentence or sentence ending in ``document``."""
    paragraphs = [block for block in document.blocks if block.kind is BlockKind.BODY]
    copied = _similar([_content(block.text) for block in paragraphs], min_chars, similarity)
    copies = list(_copies(paragraphs, copied, "paragraph"))
    inside = {paragraphs[index].index for index in copied}
    sentences = [
        sentence
        for sentence in document.sentences
        if document.blocks[sentence.block].kind is BlockKind.BODY and sentence.block not in inside
    ]
    matches = _similar([_content(sentence.text) for sentence in sentences], min_chars, similarity)
    copies.extend(_copies(sentences, matches, "sentence"))
    copies.extend(_shared_endings(sentences, set(matches), min_chars))
    return sorted(copies, key=lambda copy: copy.start)

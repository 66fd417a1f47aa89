"""Text that appears twice in one article: a pasted sentence, paragraph or sentence ending.

Three kinds of copy are found among the body paragraphs and their sentences, in one pass
with hash tables (no comparison of every sentence with every other):

* a paragraph, or else a sentence, identical to an earlier one or at least
  ``similarity`` alike (difflib ratio) — found by hashing its content and its first and
  last characters, so a near copy edited at both ends is not found;
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

from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from difflib import SequenceMatcher

import regex

from ..document import Block, BlockKind, Document, Sentence
from ..regexes import lazy

__all__ = ["Copy", "content_key", "find_copies"]

_NOT_CONTENT = lazy(r"[^\p{Han}\p{L}\d]")
_LAST_CLAUSE_MARK = lazy(r"[，；：、]", flags=regex.REVERSE)
_ANCHOR = 8  # characters at either end of a text that a near copy shares with the first
_CANDIDATES = 8  # earlier texts compared per anchor (the most recent ones)


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


def content_key(text: str) -> str:
    """``text`` without punctuation and spaces: what two copies are compared on."""
    return _NOT_CONTENT.sub("", text)


def _similar(keys: list[str], min_chars: int, similarity: float) -> dict[int, tuple[int, float]]:
    """Later key index → (earlier key index, similarity) for keys at least ``similarity`` alike.

    Identical keys are found by hashing. A near copy keeps its beginning or its end (an
    edit inside, or at one end, leaves the other intact), so candidates are the earlier
    keys with the same first or last ``_ANCHOR`` characters, confirmed by difflib's ratio.
    """
    anchors: dict[str, list[int]] = defaultdict(list)
    exact: dict[str, int] = {}
    found: dict[int, tuple[int, float]] = {}
    for position, key in enumerate(keys):
        if len(key) < min_chars:
            continue
        if key in exact:
            found[position] = (exact[key], 1.0)
            continue
        exact[key] = position
        ends = ("^" + key[:_ANCHOR], "$" + key[-_ANCHOR:])
        candidates = sorted({other for end in ends for other in anchors[end][-_CANDIDATES:]})
        for end in ends:
            anchors[end].append(position)
        best: tuple[int, float] | None = None
        matcher: SequenceMatcher[str] | None = None
        for other in candidates:
            earlier = keys[other]
            # difflib's ratio is at most 2·min/(len a + len b): skip pairs whose lengths rule it out
            if 2 * min(len(earlier), len(key)) < similarity * (len(earlier) + len(key)):
                continue
            if matcher is None:
                matcher = SequenceMatcher(None, autojunk=False)
                matcher.set_seq2(key)  # indexes the key once for all its candidates
            matcher.set_seq1(earlier)
            if matcher.quick_ratio() < similarity:
                continue
            ratio = matcher.ratio()
            if ratio >= similarity and (best is None or ratio > best[1]):
                best = (other, ratio)
        if best is not None:
            found[position] = best
    return found


def _copies(
    units: list[Block] | list[Sentence], matches: dict[int, tuple[int, float]], unit: str
) -> Iterator[Copy]:
    for index, (earlier, ratio) in sorted(matches.items()):
        first = units[earlier]
        yield Copy(units[index].start, units[index].end, first.start, first.end, unit, ratio)


def _ending(text: str, min_chars: int) -> str | None:
    """The shortest ending of ``text`` that starts after a clause mark (or at the start)
    and holds ``min_chars`` characters that are not punctuation; ``None`` if none does.

    Two sentences that end with the same such passage, however long, share exactly this
    shortest one (it is the shortest qualifying ending of the shared passage), so one
    key per sentence finds every shared ending.
    """
    end = len(text)
    while (mark := _LAST_CLAUSE_MARK.search(text, 0, end)) is not None:
        tail = text[mark.end() :]
        if len(tail) - len(_NOT_CONTENT.findall(tail)) >= min_chars:
            return tail
        end = mark.start()
    return text if len(text) - len(_NOT_CONTENT.findall(text)) >= min_chars else None


def _shared_endings(
    sentences: list[Sentence], keys: list[str], skip: set[int], min_chars: int
) -> Iterator[Copy]:
    """Sentence endings (from a clause boundary) that an earlier sentence ends with too."""
    # sentences sharing an ending share its last min_chars characters: a cheap first sieve
    last = Counter(key[-min_chars:] for key in keys if len(key) >= min_chars)
    seen: dict[str, int] = {}
    for index, sentence in enumerate(sentences):
        key, text = keys[index], sentence.text
        if len(key) < min_chars or last[key[-min_chars:]] < 2:
            continue
        ending = _ending(text, min_chars)
        if ending is None:
            continue
        earlier_index = seen.setdefault(ending, index)
        if earlier_index == index or index in skip:
            continue
        earlier = sentences[earlier_index]
        start = len(text) - _common_suffix(earlier.text, text)
        while start < len(text) and not text[start].isalnum():
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
    blocks = document.blocks
    sentences = [sentence for sentence in document.sentences if blocks[sentence.block].kind is BlockKind.BODY]
    keys = [content_key(sentence.text) for sentence in sentences]
    by_block: dict[int, list[int]] = defaultdict(list)
    for position, sentence in enumerate(sentences):
        by_block[sentence.block].append(position)
    paragraphs = [blocks[index] for index in by_block]
    paragraph_keys = ["".join(keys[position] for position in by_block[block.index]) for block in paragraphs]
    copied = _similar(paragraph_keys, min_chars, similarity)
    copies = list(_copies(paragraphs, copied, "paragraph"))
    inside = {paragraphs[index].index for index in copied}
    rest = [position for position, sentence in enumerate(sentences) if sentence.block not in inside]
    sentences, keys = [sentences[position] for position in rest], [keys[position] for position in rest]
    matches = _similar(keys, min_chars, similarity)
    copies.extend(_copies(sentences, matches, "sentence"))
    copies.extend(_shared_endings(sentences, keys, set(matches), min_chars))
    return sorted(copies, key=lambda copy: copy.start)

"""Share claims: a whole, a part of it after 其中, and the part's stated share.

``共有学员48人，其中女性30人，占62.5%`` gives whole 48人, part 30人, share 62.5%. The whole
is the quantity right before 其中; the part is a quantity of the same dimension after it,
directly followed by 占 (占比, 占…总数的) and a percentage. A share of a differently named
whole (占全国的, 占预算数的) is not a share of this whole and is left out.
"""

from __future__ import annotations

from ..numerics.scanner import NumberMention, Role
from ..regexes import lazy
from .analysis import Analysis, extractor
from .models import Share
from .quantities import clause_start, percentage_of, quantity_of

__all__ = ["extract_shares"]

_SHARE_GAP = lazy(
    r"[，、]?\s*(?:占比|占(?P<whole>[^，。；、\d]{1,20}?的)?(?:比重|比例)?)(?:为|达|达到|约|近)?"
)
_OPENING = lazy(r"[，（(]?\s*其中")
_GENERIC_WHOLE = lazy(r"总数|总人数|总量|总额|总和|总计|全部|全体|其")
_SCOPE = lazy(r"全(?:国|球|省|区|市|州|县|乡|镇)|世界|同期|同类|同行业")


def _names_the_whole(named: str | None, whole_label: str) -> bool:
    """``占…的`` names no whole, or the whole in generic words (总数, 全部) in its own scope.

    占全省学员总数的 names another whole unless the whole itself is 全省's.
    """
    if not named:
        return True
    if _GENERIC_WHOLE.search(named) is None:
        return False
    return all(scope.group() in whole_label for scope in _SCOPE.finditer(named))


def _whole_before(text: str, mentions: list[NumberMention], index: int, floor: int) -> int | None:
    """Index of the quantity directly before the last 其中 ahead of mention ``index``."""
    opening = text.rfind("其中", floor, mentions[index].start)
    if opening < 0:
        return None
    for position in range(index - 1, -1, -1):
        mention = mentions[position]
        if mention.end > opening:
            continue
        if mention.role is Role.QUANTITY and _OPENING.fullmatch(text, mention.end, opening + 2):
            return position
        return None
    return None


@extractor("shares")
def extract_shares(analysis: Analysis) -> list[Share]:
    """Parts of a stated whole whose share of it is stated too."""
    document = analysis.document
    text = document.text
    mentions = analysis.mentions
    shares: list[Share] = []
    for index in analysis.positions(Role.PERCENT):
        if index == 0:
            continue
        share, part = mentions[index], mentions[index - 1]
        if part.role is not Role.QUANTITY or part.unit is None:
            continue
        gap = _SHARE_GAP.fullmatch(text, part.end, share.start)
        if gap is None:
            continue
        sentence = document.sentence_at(part.start)
        floor = sentence.start if sentence else clause_start(document, part.start)
        if "分别" in text[floor : share.start]:
            continue
        position = _whole_before(text, mentions, index - 1, floor)
        if position is None:
            continue
        whole = mentions[position]
        if whole.unit is None or whole.unit.dimension != part.unit.dimension:
            continue
        whole_label = text[clause_start(document, whole.start, floor) : whole.start]
        if not _names_the_whole(gap.group("whole"), whole_label):
            continue
        span, norm = document.ranges(whole.start, share.end)
        shares.append(
            Share(
                span=span,
                text=document.original_of(span),
                norm=norm,
                whole=quantity_of(document, whole, whole_label),
                part=quantity_of(document, part),
                share=percentage_of(document, share, text[part.end : share.start]),
            )
        )
    return shares

"""The people an article credits: reporters in bylines, photographers, the signer of a letter.

Bylines name people after a role: ``□ 本报记者 吴良艺``, ``■本报记者 卢拥军 通讯员 王军辉 黄静``,
``本报讯 记者范天娇 …``, ``文/记者 赵竹莹``, ``本版图文由记者 陈忠华 采集``; photo credits end
in 摄 (``本报记者 赵红旗 本报通讯员 乔乔 摄``); a letter ends with a signature (``戒毒人：阮某龙``).
The speaker under the title of a report is credited too (``山东省省长 周乃翔``).
A name is two to four Chinese characters (or a transliterated name with ·) standing
between the role and a space, the end of the line, 摄 or 采集.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..regexes import lazy

__all__ = ["Credit", "parse_credits"]

_ROLE = r"(?:本报|本刊|特约|见习|实习)?(?:摄影记者|记者|通讯员|摄影|撰稿|实习生|作者)"
#: A name: not a role, two to four characters (or a transliterated name with ·), then a boundary.
_NAME = rf"(?!{_ROLE})(?:\p{{Han}}{{2,4}}|\p{{Han}}{{1,6}}·[\p{{Han}}·]{{1,12}})(?=\s|$|摄|采集|[）)])"
_CREDIT = lazy(rf"(?P<role>{_ROLE})[\s:：]*(?P<names>{_NAME}(?:\s+{_NAME})*)")
_SPEAKER = lazy(r"^(?P<role>[\p{Han}]{2,20}?)\s+(?P<names>[\p{Han}]{1,6}(?:·[\p{Han}]{1,8})?)$")
_SIGNATURE = lazy(r"^(?P<role>[\p{Han}]{1,6})[：:](?P<names>[\p{Han}某·]{2,4})$")
_NAME_TOKEN = lazy(r"[\p{Han}·]+")
_NOT_A_NAME = lazy(rf"^(?:{_ROLE}|由.*|.*(?:局|所|队|院|厅|委|办|部|站|会|处|中心|提供|采集))$")


@dataclass(frozen=True, slots=True)
class Credit:
    """A person named in a byline, photo credit or signature.

    ``start``/``end`` are the normalised span of the name; ``role`` is the role as
    written (本报记者, 通讯员 …); ``kind`` is ``byline``, ``photo`` or ``signature``.
    """

    name: str
    role: str
    kind: str
    block: int
    story: int
    start: int
    end: int


def parse_credits(text: str, offset: int, *, kind: str, block: int, story: int, lead: bool = False) -> list[Credit]:
    """The people credited in ``text`` (a block starting at normalised ``offset``).

    ``lead`` limits the search to the byline at the start of a lead paragraph
    (``本报讯 记者范天娇 记者近日从…`` names 范天娇 only).
    """
    if kind == "signature":
        match = _SIGNATURE.match(text)
        if match is None:
            return []
        return [Credit(match["names"], match["role"], kind, block, story,
                       offset + match.start("names"), offset + match.end("names"))]
    credits: list[Credit] = []
    speaker = _SPEAKER.match(text)
    if speaker is not None and _CREDIT.search(text) is None:  # 山东省省长 周乃翔
        return [Credit(speaker["names"], speaker["role"], kind, block, story,
                       offset + speaker.start("names"), offset + speaker.end("names"))]
    for match in _CREDIT.finditer(text):
        if lead and match.start() > 12:
            break
        for name in _NAME_TOKEN.finditer(match["names"]):
            if _NOT_A_NAME.match(name.group()):
                continue
            start = offset + match.start("names") + name.start()
            credits.append(Credit(name.group(), match["role"], kind, block, story, start, start + len(name.group())))
    return credits

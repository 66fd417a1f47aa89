"""Typed claims: the quantitative statements of an article, as plain JSON-able data.

Every claim carries ``span`` (into the original text) and ``text`` (the original text
of that span). ``norm`` is the same range in the normalised text; it is used by rules
and excluded from serialisation.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING, Any, ClassVar, Literal

from ..span import Span
from .base import ClaimBase
from .times import CountedDay, DatePoint, Duration, Period, RelativeTime

if TYPE_CHECKING:
    from pydantic import TypeAdapter

__all__ = [
    "Claim",
    "ClaimBase",
    "Quantity",
    "Percentage",
    "Change",
    "Comparison",
    "Breakdown",
    "BreakdownPart",
    "Enumeration",
    "Respective",
    "PlaceMention",
    "PersonMention",
    "Share",
    "Average",
    "validate_claim",
]


@dataclass(slots=True, kw_only=True)
class Quantity(ClaimBase):
    """A number with a unit: ``3.6万余人次``, ``近200名``, ``29.29892千克``, ``十五年``.

    ``low``/``high`` is the interval the approximation markers allow (``high`` is
    ``None`` when unbounded, as in ``逾2万人``); ``value`` is the number as stated.
    """

    kind: Literal["quantity"] = "quantity"
    value: float
    low: float
    high: float | None
    decimals: int
    unit: str
    dimension: str
    countable: bool
    approximate: bool
    factor: float = 1.0  # base units per unit (千克 → 1 kg, 吨 → 1000 kg)
    scale: str = ""  # magnitude word written with the number (万, 亿); already in ``value``
    scale_value: float = 1.0
    markers: tuple[str, ...] = ()
    label: str = ""  # the words before the number in its clause: 抓获犯罪嫌疑人

    def base_interval(self) -> tuple[float, float]:
        """``(low, high)`` in the dimension's base unit; ``high`` may be infinite."""
        high = float("inf") if self.high is None else self.high
        return self.low * self.factor, high * self.factor


@dataclass(slots=True, kw_only=True)
class Percentage(ClaimBase):
    """A percentage or rate: ``执行率81.07%``, ``百分之三十五``, ``三成``, ``占…的2.67%``."""

    kind: Literal["percentage"] = "percentage"
    value: float
    low: float
    high: float | None
    decimals: int
    approximate: bool
    label: str = ""
    share_of: str | None = None  # the whole after 占 (占同期…总人数的2.67% → 同期…总人数)
    is_share: bool = False


@dataclass(slots=True, kw_only=True)
class Change(ClaimBase):
    """A change of a figure: ``同比增长18%``, ``下降896%``, ``降低两倍``, ``提高2.5个百分点``.

    ``measure`` is how the amount is stated: ``percent``, ``points``, ``multiple``
    (增长2倍: the figure grew by twice itself), ``absolute`` (增加16起) or ``ratio`` (是去年的3倍,
    翻一番: the new figure as a multiple of the old one).
    """

    kind: Literal["change"] = "change"
    direction: Literal["increase", "decrease"]
    measure: Literal["percent", "multiple", "points", "absolute", "ratio"]
    amount: float
    amount_low: float
    amount_high: float | None
    decimals: int
    word: str  # the verb or noun that states the change (下降, 降幅)
    basis: str | None = None  # 同比, 比上年同期 …
    amount_span: Span
    amount_unit: str = ""  # the unit of an absolute change (人, 起 …)
    amount_scale: float = 1.0  # magnitude word written with the amount (万 → 10000); in ``amount``
    quantity: Quantity | None = None  # the figure the change qualifies, when stated


Level = Quantity | Percentage


@dataclass(slots=True, kw_only=True)
class Comparison(ClaimBase):
    """Two values of one figure, earlier and later, and the changes stated with them.

    ``由64起增至80起，增长25%`` (form ``transition``), ``今年150起、去年同期125起`` (``pair``),
    ``达到1387亿元，比1952年的827亿元增长68%`` (``basis``). ``direction`` is the one the
    wording names (增至, 降至), ``None`` when it names none.
    """

    kind: Literal["comparison"] = "comparison"
    form: Literal["transition", "pair", "basis"]
    before: Level
    after: Level
    before_label: str = ""  # words naming the earlier value: 1997年的, 去年同期
    after_label: str = ""
    word: str  # 增至, 去年同期, 比 …
    direction: Literal["increase", "decrease"] | None = None
    changes: list[Change] = field(default_factory=list)


@dataclass(slots=True, kw_only=True)
class BreakdownPart:
    """One part of a breakdown: its label and quantity."""

    label: str
    quantity: Quantity


@dataclass(slots=True, kw_only=True)
class Breakdown(ClaimBase):
    """A total and its parts: ``29.29892千克（其中，海洛因…0.69925千克、…）``."""

    kind: Literal["breakdown"] = "breakdown"
    total: Quantity
    parts: list[BreakdownPart]
    complete: bool  # the text says the parts make up the whole (分别为, 共计 …)
    marker: str  # 其中, 分别为, 共计 …


@dataclass(slots=True, kw_only=True)
class Enumeration(ClaimBase):
    """A counted label and the items listed with it: ``“四进”活动（进校园、…）``."""

    kind: Literal["enumeration"] = "enumeration"
    label: str
    count: int
    items: list[str]
    open_ended: bool = False  # the list ends with 等: it may name fewer items than counted
    label_span: Span
    items_span: Span


@dataclass(slots=True, kw_only=True)
class Respective(ClaimBase):
    """A 分别 statement: subjects matched one-to-one with values.

    ``values`` holds one entry per value item: figures written together without a
    separator are one item (连续4年高于20%).
    """

    kind: Literal["respective"] = "respective"
    subjects: list[str]
    subject_count: int
    values: list[str]
    value_count: int
    figure_subjects: bool = False  # the subjects are the figures listed before 分别
    #: name-only clauses (no figure) right before the subject clause, in the same sentence:
    #: the subjects may be listed with commas (住宿和餐饮业，批发和零售业，…分别增长…)
    leading_clauses: int = 0


@dataclass(slots=True, kw_only=True)
class PlaceMention(ClaimBase):
    """A place named in the text: ``昭通市``, ``綦江``, ``西峡县`` in ``河南省西峡县``.

    ``candidates`` are the divisions the name can denote that year (full chains, highest
    first); ``province`` is set when they all lie in one province. ``qualified``: written
    right after a higher place that contains it. ``follower``: the organisation or venue
    word written right after it (公安局, 中学), with ``role`` saying which.
    """

    kind: Literal["place"] = "place"
    name: str
    form: Literal["full", "short"]
    candidates: list[str]
    province: str | None
    qualified: bool = False
    role: Literal["plain", "organisation", "venue"] = "plain"
    follower: str = ""
    #: A higher place written right before the name that does not contain it (河北省 in
    #: 河北省西峡县, where 西峡县 is in 河南省): a contradiction in the text itself.
    misplaced_in: str = ""
    places: tuple[int, ...] = field(default=(), repr=False)  # gazetteer indexes (internal)

    internal: ClassVar[frozenset[str]] = frozenset({"norm", "places"})


@dataclass(slots=True, kw_only=True)
class PersonMention(ClaimBase):
    """A named person: in a byline or credit, or an official with a title, or a speaker.

    Masked names (李某某, 周某) are never mentions.
    """

    kind: Literal["person"] = "person"
    name: str
    role: Literal["credit", "official", "speaker"]
    title: str = ""  # 本报记者, 大队长 …
    story: int = 0


@dataclass(slots=True, kw_only=True)
class Share(ClaimBase):
    """A part of a stated whole with its stated share: ``共有学员48人，其中女性30人，占62.5%``."""

    kind: Literal["share"] = "share"
    whole: Quantity
    part: Quantity
    share: Percentage


@dataclass(slots=True, kw_only=True)
class Average(ClaimBase):
    """An average per unit with what it divides: ``95个站点、380名社工，平均每站4名``."""

    kind: Literal["average"] = "average"
    value: Quantity
    per: str  # the unit averaged over: 站, 人, 户
    numerator: Quantity
    denominator: Quantity


Claim = (
    Quantity
    | Percentage
    | Change
    | Comparison
    | Breakdown
    | Enumeration
    | Respective
    | Share
    | Average
    | PlaceMention
    | PersonMention
    | DatePoint
    | Period
    | Duration
    | CountedDay
    | RelativeTime
)
"""Any claim; the ``kind`` field says which (see :func:`validate_claim`)."""


@cache
def _claim_adapter() -> TypeAdapter[Any]:
    from typing import Annotated

    from pydantic import Field, TypeAdapter  # only where claims come back from JSON

    return TypeAdapter(Annotated[Claim, Field(discriminator="kind")])


def validate_claim(data: Any) -> ClaimBase:
    """A claim from its serialised form (the ``kind`` field says which), validated."""
    return _claim_adapter().validate_python(data)  # type: ignore[no-any-return]

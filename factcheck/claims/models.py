"""Typed claims: the quantitative statements of an article, as plain JSON-able data.

Every claim carries ``span`` (into the original text) and ``text`` (the original text
of that span). ``norm`` is the same range in the normalised text; it is used by rules
and excluded from serialisation.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

from ..span import Span
from .base import ClaimBase
from .times import CountedDay, DatePoint, Duration, Period, RelativeTime

__all__ = [
    "Claim",
    "ClaimBase",
    "Quantity",
    "Percentage",
    "Change",
    "Breakdown",
    "BreakdownPart",
    "Enumeration",
    "Respective",
]


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
    markers: list[str] = Field(default_factory=list)
    label: str = ""  # the words before the number in its clause: 抓获犯罪嫌疑人

    def base_interval(self) -> tuple[float, float]:
        """``(low, high)`` in the dimension's base unit; ``high`` may be infinite."""
        high = float("inf") if self.high is None else self.high
        return self.low * self.factor, high * self.factor


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


class Change(ClaimBase):
    """A change of a figure: ``同比增长18%``, ``下降896%``, ``降低两倍``, ``提高2.5个百分点``."""

    kind: Literal["change"] = "change"
    direction: Literal["increase", "decrease"]
    measure: Literal["percent", "multiple", "points", "absolute"]
    amount: float
    amount_low: float
    amount_high: float | None
    decimals: int
    word: str  # the verb or noun that states the change (下降, 降幅)
    basis: str | None = None  # 同比, 比上年同期 …
    amount_span: Span
    amount_unit: str = ""  # the unit of an absolute change (人, 起 …)
    quantity: Quantity | None = None  # the figure the change qualifies, when stated


class BreakdownPart(BaseModel):
    """One part of a breakdown: its label and quantity."""

    model_config = ConfigDict(frozen=True)

    label: str
    quantity: Quantity


class Breakdown(ClaimBase):
    """A total and its parts: ``29.29892千克（其中，海洛因…0.69925千克、…）``."""

    kind: Literal["breakdown"] = "breakdown"
    total: Quantity
    parts: list[BreakdownPart]
    complete: bool  # the text says the parts make up the whole (分别为, 共计 …)
    marker: str  # 其中, 分别为, 共计 …


class Enumeration(ClaimBase):
    """A counted label and the items listed with it: ``“四进”活动（进校园、…）``."""

    kind: Literal["enumeration"] = "enumeration"
    label: str
    count: int
    items: list[str]
    open_ended: bool = False  # the list ends with 等: it may name fewer items than counted
    label_span: Span
    items_span: Span


class Respective(ClaimBase):
    """A 分别 statement: subjects matched one-to-one with values."""

    kind: Literal["respective"] = "respective"
    subjects: list[str]
    subject_count: int
    values: list[str]
    value_count: int


Claim = Annotated[
    Quantity | Percentage | Change | Breakdown | Enumeration | Respective
    | DatePoint | Period | Duration | CountedDay | RelativeTime,
    Field(discriminator="kind"),
]

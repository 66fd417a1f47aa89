"""The ``times`` extractor: every time expression, read against the reference date.

The date modules are imported when the extractor runs, not with this module: they use
the claim types of this package, and the package registers its extractors on import, so
importing them here would make ``import factcheck.dates`` depend on its own completion.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..numerics.scanner import Role
from .analysis import Analysis, extractor
from .times import TimeClaim

if TYPE_CHECKING:
    from ..dates.reference import ReferenceDate

__all__ = ["extract_times", "reference_at"]

#: The roles of the mentions a duration can be read from (连续6年, 第三年).
_TIMED_ROLES = (Role.QUANTITY, Role.ORDINAL)


def reference_at(analysis: Analysis, position: int | None = None) -> ReferenceDate | None:
    """The reference date at normalised ``position``: the one given in the options, else the text's."""
    from ..dates.reference import ReferenceDate, dating_of

    given = analysis.options.get("reference_date")
    if given is not None:
        return ReferenceDate.given(given)
    return dating_of(analysis.document).at(position)


@extractor("times")
def extract_times(analysis: Analysis) -> list[TimeClaim]:
    """Dates, periods, durations, counted days and relative years, with their calendar intervals."""
    from ..dates.observances import observance_names
    from ..dates.parse import scan_counted_days, scan_durations
    from ..dates.reference import ReferenceDate, dating_of
    from ..dates.resolve import resolve_times

    document = analysis.document
    dating = dating_of(document)
    claims: list[TimeClaim] = [
        *dating.calendar,
        *scan_durations(document, [analysis.mentions[index] for index in analysis.positions(*_TIMED_ROLES)]),
        *scan_counted_days(document, observance_names()),
    ]
    claims.sort(key=lambda claim: claim.norm)
    given = analysis.options.get("reference_date")
    # the list above holds the only reference to each claim; a given date needs no other
    dating.release_calendar(read_references=given is None)
    if given is not None:
        reference = ReferenceDate.given(given)
        return resolve_times(document, claims, lambda position: reference)
    return resolve_times(document, claims, dating.at)

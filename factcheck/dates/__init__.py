"""The time model: time expressions in text, the calendar, and the reference date.

:mod:`.parse` finds dates, periods, durations and counted days; :mod:`.reference`
dates an article and its parts; :mod:`.resolve` turns what is written into calendar
intervals; :mod:`.observances` is the table of named days. The claims they produce
are defined in :mod:`factcheck.claims.times`.
"""

from .observances import Observance, ObservanceTable, load_observances, observances
from .reference import Dating, ReferenceDate

__all__ = ["Dating", "Observance", "ObservanceTable", "ReferenceDate", "load_observances", "observances"]

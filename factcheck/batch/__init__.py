"""Checking many articles as data: rows for archives, JSON Lines, Parquet and Dask.

:func:`check_many` yields plain rows (see :mod:`factcheck.batch.rows` for the schema) in
input order, with bounded memory; :func:`check_articles` yields one
:class:`ArticleResult` per article, with its summary.
"""

from .rows import FINDING_COLUMNS, SUMMARY_COLUMNS, ArticleResult
from .run import check_articles, check_many

__all__ = ["FINDING_COLUMNS", "SUMMARY_COLUMNS", "ArticleResult", "check_articles", "check_many"]

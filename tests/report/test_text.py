"""Text output details."""

from __future__ import annotations

from factcheck.report import display_width


def test_display_width_counts_cjk_as_two() -> None:
    assert display_width("下降896%") == 2 * 2 + 4
    assert display_width("abc") == 3

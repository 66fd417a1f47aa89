"""The table of observance days: the built-in one is valid; mistakes name the file."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.dates.observances import load_observances, observances
from factcheck.resources import RuleDataError

LABEL = "rules/lexicons/observances.toml"


def test_built_in_table() -> None:
    known = observances().by_name
    assert (known["国际禁毒日"].month, known["国际禁毒日"].day) == (6, 26)
    assert known["宪法日"] is known["国家宪法日"]
    assert known["国家宪法日"].written == "12月4日"
    assert "禁毒日" not in known  # ambiguous: local drug-control days exist


def test_longest_name_wins() -> None:
    assert observances().names_pattern().match("国家宪法日宣传周").group() == "国家宪法日"


def _load(tmp_path: Path, content: str):  # type: ignore[no-untyped-def]
    path = tmp_path / "observances.toml"
    path.write_text(content, encoding="utf-8")
    return load_observances(path, LABEL)


def test_user_table(tmp_path: Path) -> None:
    table = _load(tmp_path, '[[day]]\nnames = ["全民禁毒宣传日"]\nmonth = 6\nday = 3\n')
    assert table.by_name["全民禁毒宣传日"].written == "6月3日"


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ("[[day]\nnames = 1", "invalid TOML"),
        ('[[day]]\nnames = ["宪法日"]\nmonth = 2\nday = 30\n', "2月30日 is not a date"),
        ('[[day]]\nnames = ["宪法日"]\nmonth = 12\nday = 4\n' * 2, "listed twice"),
        ('[[day]]\nnames = []\nmonth = 12\nday = 4\n', "at least one"),
        ('[[day]]\nname = "宪法日"\nmonth = 12\nday = 4\n', "names"),
        ('[[day]]\nnames = ["宪法日"]\nmonth = "十二"\nday = 4\n', "month"),
    ],
)
def test_malformed_table_names_the_file(tmp_path: Path, content: str, problem: str) -> None:
    with pytest.raises(RuleDataError, match=LABEL) as error:
        _load(tmp_path, content)
    assert problem in str(error.value)

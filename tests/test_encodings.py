"""Encodings: byte-order marks, Big5 told from GB18030, --encoding, and no fix of a guess."""

from __future__ import annotations

import glob
import os
from pathlib import Path

import pytest

from factcheck.cli import main
from factcheck.document import DecodeError, decode_bytes

TRADITIONAL = "警方共查獲毒品原植物337株，相比去年同期下降百分之二十，打擊處理5人。臺灣地區的新聞報導說，這是連續第三年。\n"
SIMPLIFIED = "警方共查获毒品原植物337株，相比去年同期下降百分之二十，打击处理5人。这是连续第三年。\n"


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-32", "utf-8-sig"])
def test_byte_order_marks_decide(encoding: str) -> None:
    data = SIMPLIFIED.encode(encoding)
    if encoding == "utf-16-be":
        data = b"\xfe\xff" + data
    decoded = decode_bytes(data)
    assert decoded.text == SIMPLIFIED and decoded.bom and not decoded.guessed
    assert decoded.encode(decoded.text) == data


def test_utf16_without_mark_is_recognised_by_its_ascii() -> None:
    text = "2024年12月，全市共破获案件12起，抓获犯罪嫌疑人34名。\n" * 3
    decoded = decode_bytes(text.encode("utf-16-le"))
    assert decoded.text == text and decoded.guessed


def test_big5_is_not_read_as_gb18030() -> None:
    decoded = decode_bytes(TRADITIONAL.encode("big5"))
    assert decoded.encoding == "big5hkscs" and decoded.text == TRADITIONAL and decoded.guessed


def test_gb18030_news_stays_gb18030() -> None:
    stories = sorted(glob.glob(os.path.join(os.path.dirname(__file__), "..", "examples", "*.txt")))
    for story in stories:
        text = Path(story).read_text(encoding="utf-8")
        try:
            data = text.encode("gb18030")
        except UnicodeEncodeError:
            continue
        decoded = decode_bytes(data)
        assert decoded.encoding in ("utf-8", "gb18030") and decoded.text == text, story


def test_a_nul_anywhere_is_binary() -> None:
    with pytest.raises(DecodeError):
        decode_bytes(("正文。" * 5000).encode("utf-8") + b"\x00" + "更多正文。".encode("utf-8"))


def test_encoding_option_and_a_guessed_file_is_never_fixed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    article = tmp_path / "big5.txt"
    original = ("在2019年2019年，警方加強管理。" + TRADITIONAL).encode("big5")
    article.write_bytes(original)
    assert main(["check", str(article), "--no-cache", "--select", "FC204"]) == 1
    assert main(["check", str(article), "--fix", "--select", "FC204"]) == 2
    assert "guessed" in capsys.readouterr().out
    assert article.read_bytes() == original
    assert main(["check", str(article), "--fix", "--select", "FC204", "--encoding", "big5"]) == 0
    assert article.read_bytes() == ("在2019年，警方加強管理。" + TRADITIONAL).encode("big5")
    assert main(["check", str(article), "--encoding", "no-such-codec"]) == 2

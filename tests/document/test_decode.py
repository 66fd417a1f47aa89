"""Decoding article bytes."""

from __future__ import annotations

import codecs

import pytest

from factcheck.document import DecodeError, decode_bytes


def test_utf8_without_bom() -> None:
    decoded = decode_bytes("缴获毒品29.29892千克".encode())
    assert decoded.text == "缴获毒品29.29892千克"
    assert decoded.encoding == "utf-8" and not decoded.bom


def test_utf8_bom_is_removed_and_remembered() -> None:
    decoded = decode_bytes(codecs.BOM_UTF8 + "下降896%".encode())
    assert decoded.text == "下降896%"
    assert decoded.bom
    assert decoded.encode(decoded.text) == codecs.BOM_UTF8 + "下降896%".encode()


def test_gb18030_fallback() -> None:
    decoded = decode_bytes("綦江警方破获毒品案件107起".encode("gb18030"))
    assert decoded.text == "綦江警方破获毒品案件107起"
    assert decoded.encoding == "gb18030"


def test_binary_is_an_error() -> None:
    with pytest.raises(DecodeError, match="binary"):
        decode_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")


def test_bom_with_invalid_utf8_is_an_error() -> None:
    with pytest.raises(DecodeError, match="byte-order mark"):
        decode_bytes(codecs.BOM_UTF8 + b"\xff\xfe\xfd")


def test_dominant_newline_is_detected() -> None:
    assert decode_bytes("一\r\n二\r\n三".encode()).newline == "\r\n"
    assert decode_bytes("一\n二".encode()).newline == "\n"

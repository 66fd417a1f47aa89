"""Turn the bytes of an article file into text, or explain why that is impossible."""

from __future__ import annotations

import codecs
from dataclasses import dataclass

__all__ = ["DecodeError", "Decoded", "decode_bytes"]

#: Control characters that never occur in an article; their presence means binary data.
_BINARY_BYTES = frozenset(range(0x00, 0x09)) | frozenset(range(0x0E, 0x1B)) | {0x7F}


class DecodeError(ValueError):
    """The bytes are not an article we can read (binary, or in no supported encoding)."""


@dataclass(frozen=True, slots=True)
class Decoded:
    """Decoded text plus what is needed to write it back byte-for-byte compatible."""

    text: str
    encoding: str  # "utf-8" or "gb18030"
    bom: bool
    newline: str  # the dominant newline sequence: "\n", "\r\n" or "\r"

    def encode(self, text: str) -> bytes:
        """Encode ``text`` the way the original file was encoded (encoding and BOM)."""
        data = text.encode(self.encoding)
        return codecs.BOM_UTF8 + data if self.bom else data


def _dominant_newline(text: str) -> str:
    crlf = text.count("\r\n")
    lf = text.count("\n") - crlf
    cr = text.count("\r") - crlf
    if crlf > lf and crlf >= cr:
        return "\r\n"
    if cr > lf:
        return "\r"
    return "\n"


def _looks_binary(data: bytes) -> bool:
    if b"\x00" in data:  # anywhere: no text encoding we read has a NUL byte
        return True
    sample = data[:8192]
    odd = sum(1 for byte in sample if byte in _BINARY_BYTES)
    return odd > max(4, len(sample) // 200)


def decode_bytes(data: bytes) -> Decoded:
    """Decode article bytes: UTF-8 (with or without BOM), then GB18030.

    Raises :class:`DecodeError` with a human-readable reason for binary data and
    for bytes that are valid in neither encoding.
    """
    bom = data.startswith(codecs.BOM_UTF8)
    body = data[len(codecs.BOM_UTF8) :] if bom else data
    if _looks_binary(body):
        raise DecodeError("looks like a binary file, not text")
    try:
        text = body.decode("utf-8")
        encoding = "utf-8"
    except UnicodeDecodeError as utf8_error:
        if bom:
            raise DecodeError(
                f"starts with a UTF-8 byte-order mark but is not valid UTF-8 "
                f"(byte {utf8_error.start})"
            ) from None
        try:
            text = body.decode("gb18030")
            encoding = "gb18030"
        except UnicodeDecodeError:
            raise DecodeError(
                f"is neither UTF-8 nor GB18030 (invalid UTF-8 at byte {utf8_error.start})"
            ) from None
    return Decoded(text=text, encoding=encoding, bom=bom, newline=_dominant_newline(text))

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
    encoding: str  # "utf-8", "gb18030", "big5hkscs", "utf-16" …
    bom: bool
    newline: str  # the dominant newline sequence: "\n", "\r\n" or "\r"
    guessed: bool = False  # chosen by a heuristic, not by a byte-order mark or strict validity

    def encode(self, text: str) -> bytes:
        """Encode ``text`` the way the original file was encoded (encoding and BOM)."""
        data = text.encode(self.encoding)
        if not self.bom:
            return data
        marks = {name: mark for mark, name in _BOMS}
        return marks.get(self.encoding, b"") + data


def _dominant_newline(text: str) -> str:
    crlf = text.count("\r\n")
    lf = text.count("\n") - crlf
    cr = text.count("\r") - crlf
    if crlf > lf and crlf >= cr:
        return "\r\n"
    if cr > lf:
        return "\r"
    return "\n"


_BINARY = "looks like a binary file, not text"


def _looks_binary(data: bytes) -> bool:
    """Control characters no article has, in the first 8 KB (NUL bytes are handled before)."""
    sample = data[:8192]
    odd = sum(1 for byte in sample if byte in _BINARY_BYTES)
    return odd > max(4, len(sample) // 200)


_BOMS = (  # longest first: the UTF-32 LE mark begins with the UTF-16 LE one
    (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"),
)
#: Share of two-byte characters whose second byte is below 0xA1: near 0 in GB2312/GBK news,
#: about 0.4 in Big5 (whose second bytes run from 0x40).
_BIG5_SHARE = 0.2


def _big5_share(data: bytes) -> float:
    data = data[:65536]  # a sample is enough to tell
    pairs = low = 0
    index, length = 0, len(data)
    while index < length - 1:
        if data[index] >= 0x81:
            pairs += 1
            low += data[index + 1] < 0xA1
            index += 2
        else:
            index += 1
    return low / pairs if pairs else 0.0


def _utf16_without_mark(data: bytes) -> str | None:
    """``utf-16-le``/``-be`` when every other byte is NUL-heavy (ASCII in UTF-16), else None."""
    if len(data) < 4 or len(data) % 2:
        return None
    even, odd = data[0::2].count(0), data[1::2].count(0)
    half = len(data) // 2
    if odd > 0.3 * half and even < 0.05 * half:
        return "utf-16-le"
    if even > 0.3 * half and odd < 0.05 * half:
        return "utf-16-be"
    return None


def decode_bytes(data: bytes, encoding: str | None = None) -> Decoded:
    """Decode article bytes; raises :class:`DecodeError` with a reason when impossible.

    With ``encoding`` the bytes must be valid in it. Otherwise: a byte-order mark decides
    (UTF-8, UTF-16, UTF-32); then strict UTF-8; then GB18030 — unless the two-byte
    characters look like Big5 (their second bytes often below 0xA1, which GB2312 never
    has) and the bytes are valid Big5-HKSCS, which is then used and marked as guessed.
    UTF-16 without a mark is recognised only by the NUL bytes of its ASCII characters;
    any other NUL byte means a binary file.
    """
    if encoding is not None:
        return _decode_as(data, encoding)
    for mark, name in _BOMS:
        if data.startswith(mark):
            try:
                text = data[len(mark) :].decode(name)
            except UnicodeDecodeError as error:
                raise DecodeError(f"starts with a {name.upper()} byte-order mark but is not valid {name.upper()} "
                                  f"(byte {error.start + len(mark)})") from None
            return Decoded(text=text, encoding=name, bom=True, newline=_dominant_newline(text))
    if b"\x00" in data:  # anywhere: only UTF-16 of the encodings we read has NUL bytes
        wide = _utf16_without_mark(data)
        if wide is None:
            raise DecodeError(_BINARY)
        try:
            text = data.decode(wide)
        except UnicodeDecodeError:
            raise DecodeError(_BINARY) from None
        return Decoded(text=text, encoding=wide, bom=False, newline=_dominant_newline(text), guessed=True)
    if _looks_binary(data):
        raise DecodeError(_BINARY)
    try:
        text = data.decode("utf-8")
        return Decoded(text=text, encoding="utf-8", bom=False, newline=_dominant_newline(text))
    except UnicodeDecodeError as utf8_error:
        invalid_at = utf8_error.start
    if _big5_share(data) >= _BIG5_SHARE:
        try:
            text = data.decode("big5hkscs")
            return Decoded(text=text, encoding="big5hkscs", bom=False, newline=_dominant_newline(text), guessed=True)
        except UnicodeDecodeError:
            pass
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError:
        raise DecodeError(f"is neither UTF-8 nor GB18030 (invalid UTF-8 at byte {invalid_at}); "
                          "name its encoding with --encoding") from None
    return Decoded(text=text, encoding="gb18030", bom=False, newline=_dominant_newline(text))


def _decode_as(data: bytes, encoding: str) -> Decoded:
    try:
        codec = codecs.lookup(encoding).name
    except LookupError:
        raise DecodeError(f"unknown encoding {encoding!r}") from None
    bom = codec == "utf-8" and data.startswith(codecs.BOM_UTF8)
    body = data[len(codecs.BOM_UTF8) :] if bom else data
    try:
        text = body.decode(codec)
    except UnicodeDecodeError as error:
        raise DecodeError(f"is not valid {encoding} (byte {error.start})") from None
    if "\x00" in text:
        raise DecodeError(_BINARY)
    return Decoded(text=text, encoding=codec, bom=bom, newline=_dominant_newline(text))

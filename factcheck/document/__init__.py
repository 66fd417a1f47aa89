"""Reading articles: decoding, the normalised view with its offset map, and structure."""

from .credits import Credit
from .decode import DecodeError, Decoded, decode_bytes
from .model import Document, last_before
from .normalize import LineJoin, OffsetMap, normalize
from .structure import Block, BlockKind, Sentence, Story

__all__ = [
    "Block",
    "BlockKind",
    "Credit",
    "DecodeError",
    "Decoded",
    "Document",
    "LineJoin",
    "OffsetMap",
    "Sentence",
    "Story",
    "decode_bytes",
    "last_before",
    "normalize",
]

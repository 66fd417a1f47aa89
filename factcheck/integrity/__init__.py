"""Detectors for damaged text: words written twice, passages copied within an article."""

from .copies import Copy, find_copies
from .repeats import Repetition, find_repetitions, is_reduplication

__all__ = ["Copy", "Repetition", "find_copies", "find_repetitions", "is_reduplication"]

"""A one-line progress report for long runs: done of total, the rate and the time left."""

from __future__ import annotations

import sys
import time
from typing import IO

__all__ = ["Progress", "terminal_stream"]


def terminal_stream() -> IO[str] | None:
    """Standard error when it is a terminal (progress is for people, never for logs)."""
    return sys.stderr if sys.stderr.isatty() else None


class Progress:
    """``done/total noun`` on ``stream`` (``None``: silent), at most five times a second.

    ``delay``: stay silent for a run that ends sooner. ``bar``: draw a bar and leave the
    last line on :meth:`close`; without it the line is cleared.
    """

    def __init__(self, total: int, noun: str, stream: IO[str] | None, *, delay: float = 0.0, bar: bool = False) -> None:
        self.total, self.noun, self.stream, self.delay, self.bar = total, noun, stream, delay, bar
        self.started = time.monotonic()
        self.shown = 0.0

    def update(self, done: int, *, final: bool = False) -> None:
        now = time.monotonic()
        if self.stream is None or (not final and (now - self.started < self.delay or now - self.shown < 0.2)):
            return
        self.shown = now
        elapsed = now - self.started
        rate = done / elapsed if elapsed > 0 else 0.0
        left = (self.total - done) / rate if rate > 0 else 0.0
        if self.bar:
            share = done / self.total if self.total else 1.0
            eta = time.strftime("%H:%M:%S", time.gmtime(left))
            line = f"[{'#' * int(share * 30):<30}] {done}/{self.total} {self.noun}  {rate:,.0f}/s  ETA {eta}"
        else:
            line = f"checked {done}/{self.total} {self.noun}, about {left:.0f} s left "
        self.stream.write(f"\r{line}")
        self.stream.flush()

    def close(self, done: int) -> None:
        """End the report: the final line with a bar, else the line cleared."""
        if self.stream is None:
            return
        if self.bar:
            self.update(done, final=True)
            self.stream.write("\n")
        elif self.shown:
            self.stream.write("\r\x1b[K")
        self.stream.flush()

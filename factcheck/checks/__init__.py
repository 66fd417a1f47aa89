"""Rule implementations, one module per rule family; importing registers them."""

from . import consistency, integrity, numeric, places, suppressions, time  # noqa: F401

__all__: list[str] = []

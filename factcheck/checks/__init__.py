"""Rule implementations, one module per rule family; importing registers them."""

from . import consistency, integrity, numeric, places, time  # noqa: F401

__all__: list[str] = []

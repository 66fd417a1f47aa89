"""Rule implementations, one module per rule family; importing registers them."""

from . import consistency, numeric, places  # noqa: F401

__all__: list[str] = []

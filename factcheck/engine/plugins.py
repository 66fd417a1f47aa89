"""Loading the rule implementations: ``factcheck.checks`` registers them on import.

Kept apart from :mod:`factcheck.engine.registry` so that the flow stays one-way: the
checks import the registry, and only this module imports the checks.
"""

from __future__ import annotations

from .registry import Check, registrations

__all__ = ["registered_checks"]


def registered_checks() -> dict[str, Check]:
    """Every rule implementation, by rule name."""
    from .. import checks  # noqa: F401  (importing registers every check)

    return registrations()

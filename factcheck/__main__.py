"""The ``factcheck`` command (also ``python -m factcheck``).

The command's start-up is mostly Python importing modules and creating classes: hundreds of
thousands of new objects that all live until exit. The cyclic garbage collector would walk
them again and again while they load; it is paused until the modules are loaded, and what
they built is then frozen out of its sight (:func:`gc.freeze`), so later collections only
look at what the checks create.
"""

from __future__ import annotations

import gc
import sys


def main() -> int:
    """Load the command line with the collector paused, then run it."""
    paused = gc.isenabled()
    gc.disable()
    try:
        from .cli import main as run
    finally:
        if paused:
            gc.freeze()
            gc.enable()
    return run()


if __name__ == "__main__":
    sys.exit(main())

"""``python -m factcheck``: the same as the ``factcheck`` command."""

import sys

from .cli import main

if __name__ == "__main__":
    sys.exit(main())

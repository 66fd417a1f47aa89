"""The ``factcheck`` command's entry point (``factcheck.__main__:main``)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "demo_numbers.txt"


def test_the_entry_point_runs_the_command_line_and_restores_the_collector() -> None:
    script = (
        "import gc, sys\n"
        f"sys.argv = ['factcheck', 'check', {str(EXAMPLE)!r}, '--no-cache', '-q', '--format', 'json']\n"
        "from factcheck.__main__ import main\n"
        "code = main()\n"
        "print(code, gc.isenabled(), gc.get_freeze_count() > 0, file=sys.stderr)\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=False)
    code, enabled, frozen = done.stderr.split()[-3:]
    assert (code, enabled, frozen) == ("1", "True", "True")  # findings, collector back on, modules frozen
    assert '"code": "FC' in done.stdout


def test_python_dash_m_factcheck_is_the_same_command() -> None:
    done = subprocess.run([sys.executable, "-m", "factcheck", "check", str(EXAMPLE), "--no-cache", "-q"],
                          capture_output=True, text=True, check=False)
    assert done.returncode == 1
    assert "FC" in done.stdout


def test_the_console_script_points_at_the_entry_point() -> None:
    import tomllib

    project = tomllib.loads((EXAMPLE.parent.parent / "pyproject.toml").read_text(encoding="utf-8"))
    assert project["project"]["scripts"]["factcheck"] == "factcheck.__main__:main"


def test_the_command_line_loads_the_pipeline_only_to_check() -> None:
    """A cached run, ``--version`` or ``rules`` need no document, claim or check module."""
    script = (
        "import sys, factcheck.cli\n"
        "print(','.join(sorted(m for m in sys.modules if m.startswith(('factcheck.document', 'factcheck.claims',\n"
        "                                                               'factcheck.checks', 'factcheck.dates')))))\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == ""

"""The command line spares the interpreter's last cycle collection at exit (``skip_final_collection``)."""

import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _exit_report(code: str) -> str:
    """Run ``code`` in a fresh interpreter whose first atexit hook reports the collector's state."""
    script = textwrap.dedent(
        """
        import atexit, gc
        # Registered first, so it runs last: after every hook the code below registers.
        atexit.register(lambda: print("frozen at exit:", gc.get_freeze_count() > 0))
        """
    ) + textwrap.dedent(code)
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=120, check=True
    )
    return done.stdout


def test_a_command_leaves_the_objects_out_of_the_last_collection():
    out = _exit_report(
        """
        from actionplan.cli import run
        run(["--version"])
        """
    )
    assert "frozen at exit: True" in out


def test_without_the_command_line_the_collector_is_left_alone():
    out = _exit_report(
        """
        import actionplan.bulk
        """
    )
    assert "frozen at exit: False" in out


def test_the_hook_is_registered_once(monkeypatch):
    from actionplan import bulk

    registered = []
    monkeypatch.setattr(bulk, "_final_collection_skipped", False)
    monkeypatch.setattr(bulk.atexit, "register", registered.append)
    bulk.skip_final_collection()
    bulk.skip_final_collection()
    assert registered == [bulk.gc.freeze]

"""The window's modules are imported core first, so PySide6 does not read the libraries' sources."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = """
import sys
from ui.launcher import load_window
run_app = load_window()
order = list(sys.modules)
print(run_app.__module__)
for name in ("sqlalchemy", "sqlmodel", "pydantic", "actionplan.storage.models"):
    print(name, order.index(name) < order.index("PySide6"))
"""


def test_the_core_libraries_are_imported_before_qt():
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT], cwd=ROOT, capture_output=True, text=True, timeout=120, check=True
    )
    lines = done.stdout.split("\n")
    assert lines[0] == "ui.app"
    assert lines[1:5] == [
        "sqlalchemy True",
        "sqlmodel True",
        "pydantic True",
        "actionplan.storage.models True",
    ]

"""What a screen reader on Linux hears: the real window's AT-SPI tree, page by page and dialog by dialog.

Starts Xvfb and a private D-Bus session with the AT-SPI bus, runs the window with
``QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1`` and walks its tree with pyatspi (the system Python's
python3-pyatspi), failing on any interactive node without a name. Not in the default run:
``python -m pytest -m atspi`` (``.ci/run`` runs it). Needs xvfb, dbus, at-spi2-core and
python3-pyatspi (Debian packages).
"""

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.atspi
HERE = Path(__file__).parent
SYSTEM_PYTHON = "/usr/bin/python3"


def _missing() -> str:
    for tool in ("Xvfb", "dbus-run-session"):
        if shutil.which(tool) is None:
            return tool
    check = subprocess.run([SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True)
    return "python3-pyatspi" if check.returncode else ""


@pytest.fixture
def display():
    missing = _missing()
    if missing:
        pytest.fail(
            f"the AT-SPI walk needs {missing} (apt-get install xvfb dbus at-spi2-core python3-pyatspi)"
        )
    number = 100 + os.getpid() % 300
    server = subprocess.Popen(
        ["Xvfb", f":{number}", "-screen", "0", "1440x900x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    time.sleep(1.5)
    yield f":{number}"
    server.terminate()
    server.wait(timeout=10)


def test_no_page_or_dialog_has_an_unnamed_interactive_node(demo_db, display, tmp_path):
    db, _plan_id = demo_db
    url = db.url
    env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_QPA", "DBUS_SESSION"))}
    env.update(DISPLAY=display, NO_AT_BRIDGE="0")
    result = subprocess.run(
        [
            "dbus-run-session",
            "--",
            SYSTEM_PYTHON,
            str(HERE / "atspi_session.py"),
            sys.executable,
            url,
            str(tmp_path),
        ],
        capture_output=True,
        text=True,
        timeout=900,
        env=env,
        cwd=HERE.parents[1],
    )
    lines = [line for line in result.stdout.splitlines() if line.startswith("{")]
    assert lines, f"no report from the AT-SPI session: {result.stderr[-2000:]}"
    report = json.loads(lines[-1])
    assert "error" not in report, report["error"]
    from tests.ui.a11y_walk import DIALOGS
    from ui.pages import PAGES

    assert len(report["steps"]) == len(PAGES) + len(DIALOGS), report["steps"]
    assert report["interactive"] > 100  # the walk reached the controls, not just the frame
    assert report["unnamed"] == {}

"""Inside a private D-Bus session: the AT-SPI bus, the real window, and a walk of its AT-SPI tree.

Run with the system Python that has pyatspi (Debian's python3-pyatspi), inside
``dbus-run-session`` with ``$DISPLAY`` set to an X server (Xvfb)::

    dbus-run-session -- /usr/bin/python3 tests/ui/atspi_session.py VENV_PYTHON DATABASE_URL FOLDER

It starts ``at-spi-bus-launcher``, runs ``atspi_driver.py`` with the project's Python, and for
each page and dialog the driver shows walks the application's tree as a screen reader (Orca)
sees it. Prints one JSON object: the steps walked, the interactive nodes seen, and the
interactive nodes without a name.
"""

import contextlib
import itertools
import json
import os
import subprocess
import sys
import time
from pathlib import Path

LAUNCHERS = ("/usr/libexec/at-spi-bus-launcher", "/usr/lib/at-spi2-core/at-spi-bus-launcher")


def start(venv_python: str, url: str, folder: str) -> tuple[subprocess.Popen, subprocess.Popen] | None:
    launcher = next((p for p in LAUNCHERS if Path(p).exists()), None)
    if launcher is None:
        return None
    bus = subprocess.Popen(
        [launcher, "--launch-immediately"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    time.sleep(1.0)
    env = dict(os.environ, QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", QT_QPA_PLATFORM="xcb", QT_ACCESSIBILITY="1")
    driver = subprocess.Popen(
        [venv_python, str(Path(__file__).with_name("atspi_driver.py")), url, folder],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    return bus, driver


def main() -> int:
    started = start(*sys.argv[1:4])
    if started is None:
        print(json.dumps({"error": "at-spi-bus-launcher is not installed (at-spi2-core)"}))
        return 2
    bus, driver = started
    # pyatspi reads the desktop's applications once: import it when the window is up.
    first = driver.stdout.readline().strip()
    import pyatspi

    interactive = {
        pyatspi.ROLE_PUSH_BUTTON: "button",
        pyatspi.ROLE_TOGGLE_BUTTON: "toggle button",
        pyatspi.ROLE_CHECK_BOX: "check box",
        pyatspi.ROLE_RADIO_BUTTON: "radio button",
        pyatspi.ROLE_COMBO_BOX: "combo box",
        pyatspi.ROLE_ENTRY: "entry",
        pyatspi.ROLE_PASSWORD_TEXT: "entry",
        pyatspi.ROLE_SPIN_BUTTON: "spin box",
        pyatspi.ROLE_PAGE_TAB: "tab",
        pyatspi.ROLE_MENU_ITEM: "menu item",
        pyatspi.ROLE_MENU: "menu",
        pyatspi.ROLE_TABLE: "table",
        pyatspi.ROLE_TREE_TABLE: "table",
        pyatspi.ROLE_LIST: "list",
        pyatspi.ROLE_SLIDER: "slider",
    }
    containers = (pyatspi.ROLE_TABLE, pyatspi.ROLE_TREE_TABLE, pyatspi.ROLE_LIST, pyatspi.ROLE_TREE)

    def application():
        """The window's application on the bus: the driver's process (its name may not be set yet)."""
        for app in pyatspi.Registry.getDesktop(0):
            with contextlib.suppress(Exception):
                if app is not None and app.get_process_id() == driver.pid:
                    return app
        return None

    def walk(node, found: list, seen: list, depth: int = 0) -> None:
        try:
            role = node.getRole()
            states = node.getState()
        except Exception:  # noqa: BLE001 (a node that went away while walked)
            return
        if not states.contains(pyatspi.STATE_SHOWING):
            return
        kind = interactive.get(role)
        if kind is None and role == pyatspi.ROLE_TEXT and states.contains(pyatspi.STATE_EDITABLE):
            kind = "entry"
        if kind is not None:
            seen.append(kind)
            if not (node.name or "").strip():
                parent = node.parent
                where = f"{parent.getRoleName()} '{parent.name}'" if parent else "?"
                found.append(f"{kind} in {where}")
        if role in containers or depth > 40:
            return  # rows and cells are data; the table needs the name
        for index in range(node.childCount):
            with contextlib.suppress(Exception):
                child = node.getChildAtIndex(index)
                if child is not None:
                    walk(child, found, seen, depth + 1)

    report = {"steps": [], "unnamed": {}, "interactive": 0}
    try:
        for line in itertools.chain([first], (raw.strip() for raw in driver.stdout)):
            if line == "DONE":
                break
            if not line.startswith("READY "):
                continue
            step = line[len("READY ") :]
            app = None
            for _ in range(20):
                app = application()
                if app is not None:
                    break
                time.sleep(0.5)
            if app is None:
                report["error"] = "the application is not on the AT-SPI bus"
                break
            found, seen = [], []
            with contextlib.suppress(Exception):
                app.set_cache_mask(0)  # read the tree as it is now, not as first seen
                app.clear_cache()
            for window in app:
                if window is not None:
                    walk(window, found, seen)
            report["steps"].append(step)
            report["interactive"] += len(seen)
            if found:
                report["unnamed"][step] = found
            driver.stdin.write("\n")
            driver.stdin.flush()
    finally:
        with contextlib.suppress(OSError):
            driver.stdin.close()
        driver.wait(timeout=60)
        bus.terminate()
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""The real window for the AT-SPI walk: opens each page and dialog and waits while it is walked.

Run by ``atspi_session.py`` under Xvfb with ``QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1``:
``python tests/ui/atspi_driver.py DATABASE_URL``. For each page and dialog it prints
``READY <name>`` and waits for a line on stdin before going on; ``DONE`` at the end.
"""

import select
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtCore import QEventLoop, QSettings, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QDialog  # noqa: E402


def settle(ms: int = 400) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def ready(name: str) -> None:
    """Say the step is on screen; keep the event loop (it answers AT-SPI) running until told to go on."""
    settle()
    print(f"READY {name}", flush=True)
    while not select.select([sys.stdin], [], [], 0)[0]:
        settle(50)
    if not sys.stdin.readline():
        raise SystemExit(1)


def main() -> int:
    from actionplan.services import open_database
    from tests.ui.a11y_walk import DIALOGS
    from ui.app import make_application
    from ui.context import AppContext
    from ui.main_window import MainWindow
    from ui.pages import PAGES
    from ui.tasks import SyncTaskRunner

    url, folder = sys.argv[1], Path(sys.argv[2])
    app = make_application()
    app.setApplicationName("ActionPlan")
    db = open_database(url, backups_dir=folder / "backups")
    settings = QSettings(str(folder / "window.ini"), QSettings.Format.IniFormat)
    window = MainWindow(AppContext(db, SyncTaskRunner()), settings)
    window.resize(1280, 800)
    window.show()
    settle(1500)
    for page_id, _spec in PAGES:
        window.show_page(page_id)
        ready(f"page {page_id}")
    QDialog.exec = lambda self: (self.show(), QDialog.DialogCode.Rejected)[1]  # shown, not waited for
    for name, opener in DIALOGS.items():
        opener(window)
        ready(f"dialog {name}")
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                widget.close()
        settle(100)
    print("DONE", flush=True)
    window.remember_state = False
    window.close()
    db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())

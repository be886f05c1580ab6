"""Make the README's screenshots from the demo data: an offscreen window at 1280x800, into docs/screenshots/.

The dashboard is taken at 1280x900 (its tables, and with a chart); meeting mode at 1280x800.

Run from the repository: ``.venv/bin/python scripts/screenshots.py [OUT_DIR]``. The demo is
generated in a throwaway folder for a fixed day, so the pictures come out the same each time.
"""

import os
import sys
import tempfile
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QSettings, QTimer  # noqa: E402
from PySide6.QtGui import QColor, QPainter  # noqa: E402
from PySide6.QtWidgets import QWidget  # noqa: E402

from actionplan import demo  # noqa: E402
from actionplan.domain.enums import Rag  # noqa: E402
from actionplan.services import open_database  # noqa: E402
from ui.app import make_application  # noqa: E402
from ui.context import AppContext  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402
from ui.tasks import SyncTaskRunner  # noqa: E402

DAY = date(2026, 11, 28)
SIZE = (1280, 800)
DASHBOARD_SIZE = (1280, 900)
REPO = Path(__file__).resolve().parent.parent


def settle(ms: int = 50) -> None:
    """Let queued layout and paint events run (the task runner here is synchronous)."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def save(widget: QWidget, path: Path) -> None:
    settle()
    widget.grab().save(str(path))
    print(path)


def save_over(window: QWidget, dialog: QWidget, path: Path) -> None:
    """The window, dimmed, with the dialog framed in its middle (offscreen windows have no frames)."""
    settle()
    picture = window.grab()
    inner = dialog.grab()
    painter = QPainter(picture)
    painter.fillRect(picture.rect(), QColor(0, 0, 0, 70))
    x = (picture.width() - inner.width()) // 2
    y = (picture.height() - inner.height()) // 3
    painter.fillRect(x - 1, y - 1, inner.width() + 2, inner.height() + 2, QColor(0, 0, 0, 120))
    painter.drawPixmap(x, y, inner)
    painter.end()
    picture.save(str(path))
    print(path)


def main(out_dir: Path) -> int:
    out_dir.mkdir(parents=True, exist_ok=True)
    app = make_application()
    with tempfile.TemporaryDirectory(prefix="actionplan-shots-") as folder:
        data = Path(folder)
        db = open_database(f"sqlite:///{data / 'actionplan.db'}", backups_dir=data / "backups", create=True)
        demo.generate(db.unit_of_work(), people=60, seed=1, today=DAY)
        context = AppContext(db, SyncTaskRunner())
        context.today_override = DAY
        settings = QSettings(str(data / "window.ini"), QSettings.Format.IniFormat)
        window = MainWindow(context, settings)
        window.resize(*SIZE)
        window.show()

        window.resize(*DASHBOARD_SIZE)
        dashboard = window.show_page("dashboard")
        save(window, out_dir / "dashboard.png")
        dashboard.show_chart("by-organisation")
        settle(300)  # the chart is drawn once its tab is shown
        save(window, out_dir / "dashboard-charts.png")
        dashboard.tabs.setCurrentIndex(0)
        window.resize(*SIZE)

        actions_page = window.show_page("actions")
        chosen = next(a for a in actions_page.model.actions() if a.ref == "2.1")
        actions_page.select_action(chosen.id)
        save(window, out_dir / "action-plan.png")

        window.show_page("matrix")
        save(window, out_dir / "training-matrix.png")

        window.show_page("actions")
        green = next(a for a in actions_page.model.actions() if a.rag is Rag.GREEN)
        actions_page.select_action(green.id)
        dialog = actions_page.set_rag_by_hand()
        assert dialog is not None
        dialog.choices[Rag.AMBER].setChecked(True)
        dialog.reason.setPlainText("Venue for the second roundtable not yet confirmed; agreed at the board.")
        save_over(window, dialog, out_dir / "rag-override-dialog.png")
        dialog.reject()

        meetings_page = window.show_page("meetings")
        mode = meetings_page.start_meeting_mode(full_screen=False)
        assert mode is not None
        mode.resize(*SIZE)
        overdue = next(i for i, a in enumerate(mode.actions) if a.is_overdue)
        mode.go_to(overdue)
        mode.update_text.setPlainText("Legal sign-off received; the flowchart goes to partners on Monday.")
        mode.progress.setValue(80)
        save(mode, out_dir / "meeting-mode.png")
        mode.update_text.clear()
        mode.close()

        window.close()
        db.close()

        empty = open_database(f"sqlite:///{data / 'empty.db'}", backups_dir=data / "backups", create=True)
        first_run = MainWindow(AppContext(empty, SyncTaskRunner()), settings)
        first_run.resize(*SIZE)
        first_run.show()
        save(first_run, out_dir / "welcome.png")
        first_run.close()
        empty.close()
    del app
    return 0


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else REPO / "docs" / "screenshots"
    sys.exit(main(target))

"""Make the Requests screenshots from the demo data: the page, its dialog and the dashboard's line.

A round of update requests is sent on 14/11/2026, due 25/11/2026; the Council returns its pack
on time with a new completion date, the College returns its own untouched, the Police return
theirs late, and the others are reminded on 26/11/2026. The pictures are as at 28/11/2026.

Run from the repository: ``.venv/bin/python scripts/requests_screenshots.py [OUT_DIR]``
(default ``docs/screenshots``).
"""

import os
import sys
import tempfile
from datetime import date, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import openpyxl  # noqa: E402
from PySide6.QtCore import QSettings  # noqa: E402

from actionplan import clock, demo  # noqa: E402
from actionplan.exchange.importer import apply_import, preview_import  # noqa: E402
from actionplan.requests.service import record_return, send_reminders, send_requests  # noqa: E402
from actionplan.services import open_database  # noqa: E402
from ui.app import make_application  # noqa: E402
from ui.context import AppContext  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402
from ui.tasks import SyncTaskRunner  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from screenshots import DAY, SIZE, save, save_over, settle  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
SENT, DUE, REMINDED = date(2026, 11, 14), date(2026, 11, 25), date(2026, 11, 26)


def returned(db, plan_id: int, pack: Path, day: date, edit=None) -> None:
    """Import a partner's pack on ``day`` (edited first by ``edit(workbook)``), as the wizard does."""
    path = pack
    if edit is not None:
        workbook = openpyxl.load_workbook(pack)
        edit(workbook)
        path = pack.with_name(pack.stem + " (returned).xlsx")
        workbook.save(path)
    with clock.pinned(day):
        preview = preview_import(db, path, plan_id=plan_id, today=day)
        assert apply_import(db, preview, after_apply=[record_return]).applied, path


def new_completion(workbook) -> None:
    ws = workbook["Training records"]
    headers = [c.value for c in ws[1]]
    ws.cell(2, headers.index("Completion date") + 1).value = datetime(2026, 11, 18)
    ws.cell(2, headers.index("Expiry date") + 1).value = None  # worked out from the course


def new_job_title(workbook) -> None:
    ws = workbook["People"]
    headers = [c.value for c in ws[1]]
    ws.cell(2, headers.index("Job title") + 1).value = "Prevent Coordinator"


def main(out_dir: Path) -> int:
    out_dir.mkdir(parents=True, exist_ok=True)
    clock.pin(DAY)
    app = make_application()
    with tempfile.TemporaryDirectory(prefix="actionplan-shots-") as folder:
        data = Path(folder)
        db = open_database(f"sqlite:///{data / 'actionplan.db'}", backups_dir=data / "backups", create=True)
        plan_id = demo.generate(db.unit_of_work(), people=60, seed=1, today=DAY).plan_id
        packs = data / "Update requests"
        with clock.pinned(SENT):
            send_requests(db.unit_of_work(), plan_id, packs, due=DUE, on=SENT)
        name = "{} - update request 2026-11-14.xlsx"
        returned(db, plan_id, packs / name.format("Northvale Council"), date(2026, 11, 20), new_completion)
        returned(db, plan_id, packs / name.format("Northvale College"), date(2026, 11, 24))
        with clock.pinned(REMINDED):
            send_reminders(db.unit_of_work(), plan_id, on=REMINDED)
        returned(db, plan_id, packs / name.format("Northvale Police"), date(2026, 11, 27), new_job_title)

        context = AppContext(db, SyncTaskRunner())
        settings = QSettings(str(data / "window.ini"), QSettings.Format.IniFormat)
        window = MainWindow(context, settings)
        window.resize(*SIZE)
        window.show()
        page = window.show_page("requests")
        page.select_organisation("Northvale Police")
        save(window, out_dir / "requests.png")

        page.request_updates()
        dialog = page.dialog
        assert dialog is not None
        dialog.folder_edit.setText("~/Documents/Update requests")
        dialog.resize(780, 680)
        save_over(window, dialog, out_dir / "request-updates-dialog.png")
        dialog.reject()

        window.show_page("dashboard")
        settle(100)
        save(window, out_dir / "dashboard-returns.png")
        window.close()
        db.close()
    del app
    return 0


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else REPO / "docs" / "screenshots"
    sys.exit(main(target))

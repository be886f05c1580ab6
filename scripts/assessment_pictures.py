"""Make docs/assessment/'s pictures from the demo data: the Self-assessment page, the "Create an
action" dialog, the chart of ratings by section against last year, and pages of the board report.

Run from the repository: ``.venv/bin/python scripts/assessment_pictures.py [OUT_DIR]``. The
window is offscreen; the report's pages are drawn with ``pdftoppm`` (poppler-utils) when it is
installed. The demo is made in a throwaway folder on a fixed day, so the pictures repeat.
"""

import os
import shutil
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings  # noqa: E402
from screenshots import save, save_over, settle  # noqa: E402  (beside this script)

from actionplan import clock, demo  # noqa: E402
from actionplan.assessment import services  # noqa: E402
from actionplan.assessment.chart import ratings_chart  # noqa: E402
from actionplan.assessment.report import write_assessment_report  # noqa: E402
from actionplan.reports.style import save_figure  # noqa: E402
from actionplan.services import open_database, plans  # noqa: E402
from ui.app import make_application  # noqa: E402
from ui.context import AppContext  # noqa: E402
from ui.dialogs.gap_action_dialog import GapActionDialog  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402
from ui.tasks import SyncTaskRunner  # noqa: E402

DAY = date(2026, 11, 28)
SIZE = (1280, 860)
REPO = Path(__file__).resolve().parent.parent


def main(out_dir: Path) -> int:
    out_dir.mkdir(parents=True, exist_ok=True)
    clock.pin(DAY)
    app = make_application()
    with tempfile.TemporaryDirectory(prefix="actionplan-assessment-") as folder:
        data = Path(folder)
        db = open_database(f"sqlite:///{data / 'actionplan.db'}", backups_dir=data / "backups", create=True)
        plan_id = demo.generate(db.unit_of_work(), people=60, seed=1, today=DAY).plan_id
        window = MainWindow(
            AppContext(db, SyncTaskRunner()), QSettings(str(data / "w.ini"), QSettings.Format.IniFormat)
        )
        window.resize(*SIZE)
        window.show()
        page = window.show_page("assessment")
        page.refresh()
        page.sections.selectRow(2)
        page.questions.selectRow(2)
        save(window, out_dir / "page.png")

        page.questions.selectRow(3)  # C4: not met
        view = services.get_assessment(db.unit_of_work(), plan_id)
        themes = [(t.id, t.name) for t in plans.list_themes(db.unit_of_work(), plan_id)]
        proposal = services.gap_action_proposal(
            view, "C4", themes, plans.get_plan(db.unit_of_work(), plan_id)
        )
        dialog = GapActionDialog("C4", proposal, themes, window)
        dialog.show()
        settle()
        save_over(window, dialog, out_dir / "create-action.png")
        dialog.reject()

        save_figure(ratings_chart(view), out_dir / "chart.png", dpi=110)
        print(out_dir / "chart.png")
        pdf = data / "board.pdf"
        write_assessment_report(db, plan_id, pdf)
        if shutil.which("pdftoppm"):
            for number in (1, 3, 4):
                stem = out_dir / f"report-page-{number}"
                subprocess.run(
                    [
                        "pdftoppm",
                        "-png",
                        "-r",
                        "70",
                        "-f",
                        str(number),
                        "-l",
                        str(number),
                        "-singlefile",
                        str(pdf),
                        str(stem),
                    ],
                    check=True,
                )
                print(f"{stem}.png")
        window.close()
        db.close()
    del app
    return 0


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else REPO / "docs" / "assessment"
    sys.exit(main(target))

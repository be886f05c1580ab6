"""The dashboard, action plan and training matrix in English and in Welsh, into docs/screenshots/languages/.

Run from the repository: ``.venv/bin/python scripts/language_screenshots.py [OUT_DIR]``. Each
language runs in a process of its own (``--lang``, as ``actionplan --lang cy`` does), on the
demo data generated in a throwaway folder for a fixed day; offscreen, 1280x800.
"""

import os
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parent.parent
DAY = date(2026, 11, 28)
PAGES = {"dashboard": "dashboard", "actions": "action-plan", "matrix": "training-matrix"}


def shoot(language: str, out_dir: Path) -> None:
    from PySide6.QtCore import QEventLoop, QSettings, QTimer

    from actionplan import clock, demo
    from actionplan.services import open_database
    from ui.app import apply_language, make_application
    from ui.context import AppContext
    from ui.main_window import MainWindow
    from ui.tasks import SyncTaskRunner

    clock.pin(DAY)
    app = make_application()
    apply_language(app, language)
    folder = Path(tempfile.mkdtemp(prefix="actionplan-shots-"))
    db = open_database(f"sqlite:///{folder / 'demo.db'}", backups_dir=folder / "backups", create=True)
    plan_id = demo.generate(db.unit_of_work(), people=60, seed=1, today=DAY).plan_id
    settings = QSettings(str(folder / "window.ini"), QSettings.Format.IniFormat)
    window = MainWindow(AppContext(db, SyncTaskRunner()), settings, plan=str(plan_id))
    window.resize(1280, 800)
    window.show()
    for page_id, name in PAGES.items():
        window.show_page(page_id)
        loop = QEventLoop()
        QTimer.singleShot(300, loop.quit)
        loop.exec()
        path = out_dir / f"{language}-{name}.png"
        window.grab().save(str(path))
        print(path)
    window.close()
    db.close()


def main() -> int:
    out_dir = Path(sys.argv[1]) if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else None
    out_dir = out_dir or REPO / "docs" / "screenshots" / "languages"
    if "--lang" in sys.argv:
        shoot(sys.argv[sys.argv.index("--lang") + 1], out_dir)
        return 0
    out_dir.mkdir(parents=True, exist_ok=True)
    for language in ("en", "cy"):
        subprocess.run([sys.executable, __file__, str(out_dir), "--lang", language], check=True, cwd=REPO)
    return 0


if __name__ == "__main__":
    sys.exit(main())

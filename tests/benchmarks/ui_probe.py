"""In-process UI timings at county scale, printed as one JSON line (milliseconds, wall clock).

``python -m tests.benchmarks.ui_probe DATA_DIR [--at-once]``: opens the window on the database in
DATA_DIR with tasks run at once (``SyncTaskRunner``, as the UI tests do), leaves it a moment and a
half on the dashboard (as a coordinator reads it: the window reads the people and compliance facts
ahead in that moment, ``ui.warm_up``; not with ``--at-once``, a user who goes on at once), and
times, each until the view has painted:

- ``search``: one letter typed into the People search, the table refiltered (the time after the
  typing pause the page waits for at this size, which is the filter itself);
- ``matrix``: the Training matrix page shown for the first time: loaded and painted;
- ``scroll``: the matrix scrolled down a page at a time, 30 times, each page painted: the slowest
  page (its cells are worked out as they first show);
- ``edit``: attendance recorded for 20 people on the matrix page, until the matrix's cells and the
  dashboard's figures are current.
"""

import json
import os
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

SCROLL_PAGES = 30


def main(data_dir: str, at_once: bool = False) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from actionplan.services import open_database
    from ui.context import AppContext
    from ui.main_window import MainWindow
    from ui.tasks import SyncTaskRunner

    app = QApplication([])
    db = open_database(f"sqlite:///{Path(data_dir) / 'actionplan.db'}")
    context = AppContext(db, SyncTaskRunner())
    settings = QSettings(str(Path(tempfile.mkdtemp()) / "window.ini"), QSettings.Format.IniFormat)
    window = MainWindow(context, settings)
    window.resize(1280, 860)
    window.show()
    app.processEvents()
    from ui.warm_up import WARM_AFTER_MS

    dashboard_read = time.perf_counter() + (0 if at_once else (WARM_AFTER_MS + 500) / 1000)
    while time.perf_counter() < dashboard_read:
        app.processEvents()
        time.sleep(0.01)
    results = {}

    def settle(widget) -> None:
        app.processEvents()
        widget.grab()

    people = window.show_page("people")
    people.refresh()
    settle(people)
    started = time.perf_counter()
    people.search.setText("a")
    people.filters.search_timer.stop()
    people.filters.apply_search()
    settle(people.view)
    results["search"] = (time.perf_counter() - started) * 1000

    started = time.perf_counter()
    matrix = window.show_page("matrix")
    settle(matrix.view)
    results["matrix"] = (time.perf_counter() - started) * 1000

    bar = matrix.view.verticalScrollBar()
    pages = []
    for _ in range(SCROLL_PAGES):
        started = time.perf_counter()
        bar.setValue(bar.value() + bar.pageStep())
        settle(matrix.view)
        pages.append((time.perf_counter() - started) * 1000)
    results["scroll"] = max(pages)
    bar.setValue(0)  # the edit's rows in view again, as before
    settle(matrix.view)

    ids = [matrix.model.person_at(row).id for row in range(20)]
    course = matrix.courses[0]
    started = time.perf_counter()
    matrix._save_attendance(ids, {"course_id": course.id, "completed_on": date(2026, 11, 27), "evidence": ""})
    settle(matrix.view)
    dashboard = window.show_page("dashboard")
    settle(dashboard)
    results["edit"] = (time.perf_counter() - started) * 1000
    window.remember_state = False
    window.close()
    db.close()
    print(json.dumps(results))


if __name__ == "__main__":
    main(sys.argv[1], at_once="--at-once" in sys.argv[2:])

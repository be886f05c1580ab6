"""``actionplan FILE.xlsx`` ("Open with"): the window opens and the import wizard starts on the file."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from actionplan.services import plans
from tests.conftest import FIXTURES
from ui.context import AppContext
from ui.import_wizard import connect_import_wizard
from ui.import_wizard.wizard import ImportWizard
from ui.launcher import split_open_file
from ui.main_window import MainWindow
from ui.open_file import import_on_start
from ui.tasks import SyncTaskRunner

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

POLICE = FIXTURES / "police_training_matrix.xlsx"


@pytest.mark.parametrize(
    ("argv", "rest", "file"),
    [
        (["report.xlsx"], [], "report.xlsx"),
        (["C:\\Users\\me\\Staff List.XLSX"], [], "C:\\Users\\me\\Staff List.XLSX"),
        (
            ["--data-dir", "d", "a.csv", "--as-of", "2026-03-31"],
            ["--data-dir", "d", "--as-of", "2026-03-31"],
            "a.csv",
        ),
        (["--smoke-test", "plan.xlsm"], ["--smoke-test"], "plan.xlsm"),
        # a command's own file, or anything that is not a spreadsheet, is left to the command line
        (["import", "staff.xlsx"], ["import", "staff.xlsx"], None),
        (["export", "out.xlsx", "--partner", "Police"], ["export", "out.xlsx", "--partner", "Police"], None),
        (["status"], ["status"], None),
        (["notes.txt"], ["notes.txt"], None),
        (["a.xlsx", "b.xlsx"], ["a.xlsx", "b.xlsx"], None),
        (["--as-of", "not a day", "a.xlsx"], ["--as-of", "not a day", "a.xlsx"], None),
        ([], [], None),
    ],
)
def test_a_spreadsheet_given_alone_is_the_file_to_open(argv, rest, file):
    assert split_open_file(argv) == (rest, file)


def make_window(qtbot, tmp_path, db) -> MainWindow:
    context = AppContext(db, SyncTaskRunner())
    window = MainWindow(context, QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    connect_import_wizard(window)
    window.show()
    return window


def test_the_import_wizard_opens_on_the_file(qtbot, tmp_path, db, plan):
    window = make_window(qtbot, tmp_path, db)
    import_on_start(window, POLICE)
    qtbot.waitUntil(lambda: isinstance(window.import_wizard, ImportWizard))
    wizard = window.import_wizard
    qtbot.waitUntil(wizard.ready)
    assert wizard.isVisible()
    assert wizard.request.path == POLICE
    assert wizard.file_page.path_edit.text() == str(POLICE)
    assert wizard.sheet().kind == "matrix"
    assert window.context.plan_id == plan.id
    wizard.reject()


def test_without_a_plan_the_window_says_so_and_imports_once_a_plan_exists(qtbot, tmp_path, db):
    window = make_window(qtbot, tmp_path, db)
    import_on_start(window, POLICE)
    # The window's own box (a box left over by another test's window is not this one).
    qtbot.waitUntil(lambda: any(w.isVisible() for w in window.findChildren(QMessageBox)))
    box = next(w for w in window.findChildren(QMessageBox) if w.isVisible())
    assert "police_training_matrix.xlsx" in box.text()
    assert window.import_wizard is None
    box.accept()

    created = plans.create_plan(db.unit_of_work(), "Northvale plan", template="prevent")
    window.reload_plans(select=created.id)
    qtbot.waitUntil(lambda: isinstance(window.import_wizard, ImportWizard))
    wizard = window.import_wizard
    qtbot.waitUntil(wizard.ready)
    assert wizard.request.path == POLICE
    wizard.reject()


def test_open_with_through_the_real_command(tmp_path):
    """The launcher hands the file to the window: the smoke test opens the wizard and previews it."""
    data = tmp_path / "data"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    command = [sys.executable, "-m", "ui.launcher", "--data-dir", str(data)]
    init = subprocess.run([*command, "init"], env=env, capture_output=True, text=True, timeout=120)
    assert init.returncode == 0, init.stderr
    smoke = subprocess.run(
        [*command, "--smoke-test", str(POLICE)], env=env, capture_output=True, text=True, timeout=300
    )
    assert smoke.returncode == 0, smoke.stderr
    assert "import wizard: ok (police_training_matrix.xlsx: sheet" in smoke.stdout
    assert "smoke test passed" in smoke.stdout


def test_a_file_that_cannot_be_read_fails_the_smoke_test_with_its_reason(tmp_path):
    data = tmp_path / "data"
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"not a workbook")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    command = [sys.executable, "-m", "ui.launcher", "--data-dir", str(data)]
    assert subprocess.run([*command, "init"], env=env, capture_output=True, timeout=120).returncode == 0
    smoke = subprocess.run(
        [*command, "--smoke-test", str(broken)], env=env, capture_output=True, text=True, timeout=300
    )
    assert smoke.returncode == 1
    assert "import wizard:" in smoke.stderr
    assert "Traceback" not in smoke.stderr
    assert Path(broken).read_bytes() == b"not a workbook"

"""The main flows on the real threaded task runner: import, export and session attendance.

The other UI tests use ``SyncTaskRunner``; these run the work in the runner's worker thread,
as the application does, and wait for its signals (never a sleep), so a flow that only works
when the work happens on the GUI thread fails here.
"""

import threading
from datetime import timedelta

import pytest
from PySide6.QtCore import QItemSelectionModel, QSettings, Qt
from PySide6.QtWidgets import QWizard

from actionplan.domain.enums import ComplianceState
from actionplan.services import organisations, people, training
from tests.conftest import FIXTURES, TODAY
from ui import export_dialog
from ui.context import AppContext
from ui.import_wizard import connect_import_wizard
from ui.import_wizard import wizard as wizard_module
from ui.main_window import MainWindow
from ui.models.matrix_model import STATE_ROLE
from ui.pages.matrix import MatrixPage
from ui.tasks import TaskRunner

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

TIMEOUT = 60_000  # ms: a loaded machine can be slow, and waitSignal returns as soon as it fires


def idle(runner: TaskRunner):
    """A waitSignal argument set: the runner's ``busy`` turning False (every task finished)."""
    return {"signal": runner.busy, "timeout": TIMEOUT, "check_params_cb": lambda busy: not busy}


def off_the_gui_thread(monkeypatch, module, name: str) -> list[threading.Thread]:
    """Record the thread each call of ``module.name`` runs in."""
    threads: list[threading.Thread] = []
    real = getattr(module, name)

    def recorded(*args, **kwargs):
        threads.append(threading.current_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(module, name, recorded)
    return threads


@pytest.fixture
def threaded_window(qtbot, tmp_path, db, plan):
    organisations.create_organisation(db.unit_of_work(), "Northvale Council", sector="local_authority")
    context = AppContext(db, TaskRunner())
    window = MainWindow(context, QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    connect_import_wizard(window)
    with qtbot.waitSignal(**idle(context.tasks)):
        window.show()  # the plan and its pages load in the worker thread
    assert context.plan_id == plan.id
    yield window
    context.tasks.wait()


def test_import_from_file_to_applied_on_the_worker_thread(threaded_window, qtbot, db, monkeypatch):
    previews = off_the_gui_thread(monkeypatch, wizard_module, "preview_import")
    applies = off_the_gui_thread(monkeypatch, wizard_module, "apply_import")
    threaded_window.registry["file.import"].trigger()
    wizard = threaded_window.import_wizard
    edit = wizard.file_page.path_edit
    edit.setFocus()
    with qtbot.waitSignal(wizard.preview_ready, timeout=TIMEOUT):
        qtbot.keyClicks(edit, str(FIXTURES / "council_key_personnel.xlsx"))
        qtbot.keyClick(edit, Qt.Key.Key_Return)
    combo = wizard.file_page.org_combo
    with qtbot.waitSignal(wizard.preview_ready, timeout=TIMEOUT):
        combo.setCurrentIndex(combo.findText("Northvale Council"))
    for _page in range(2):
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    apply_page = wizard.apply_page
    qtbot.keyClick(apply_page.valid_rows, Qt.Key.Key_Space)  # 3 rows are rejected: apply the rest
    with qtbot.waitSignal(wizard.applied, timeout=TIMEOUT) as applied:
        qtbot.mouseClick(apply_page.apply_button, Qt.MouseButton.LeftButton)
        assert wizard.busy  # the GUI thread is free while the import is written
    assert applied.args[0].applied and applied.args[0].skipped_rows == 3
    assert len(people.list_people(db.unit_of_work())) == 27
    assert previews and applies
    assert all(t is not threading.main_thread() for t in previews + applies)
    assert threaded_window.context.undo_stack.undoText() == "Import council_key_personnel.xlsx"


def test_export_from_dialog_to_file_on_the_worker_thread(qtbot, tmp_path, demo_db, monkeypatch):
    db, _plan_id = demo_db
    context = AppContext(db, TaskRunner())
    window = MainWindow(context, QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    with qtbot.waitSignal(**idle(context.tasks)):
        window.show()  # the pages load in the worker thread
    assert context.plan_id is not None
    threads = off_the_gui_thread(monkeypatch, export_dialog, "export_workbook")
    with qtbot.waitSignal(**idle(context.tasks)):
        window.registry["file.export"].trigger()  # reads the organisations, then opens the dialog
    dialog = window.exports.dialog
    dialog.kind_buttons["partner"].click()
    dialog.partner_combo.setCurrentIndex(dialog.partner_combo.findText("Northvale Police"))
    path = tmp_path / "police.xlsx"
    dialog.path_edit.setText(str(path))
    seen: list[tuple[int, int]] = []
    dialog.progressed.connect(lambda done, total: seen.append((done, total)))
    with qtbot.waitSignal(dialog.exported, timeout=TIMEOUT) as exported:
        dialog.start()
        assert dialog.running and dialog.progress_bar.isVisibleTo(dialog)
    summary = exported.args[0]
    assert summary.kind == "partner" and summary.partner == "Northvale Police" and path.is_file()
    assert threads and threads[0] is not threading.main_thread()
    assert seen and seen[-1][0] == seen[-1][1] > 0
    assert window.exports.done_box is not None  # "file written", with Open and Open the folder
    window.exports.done_box.close()
    context.tasks.wait()


def test_session_attendance_on_the_worker_thread(qtbot, demo_db):
    db, plan_id = demo_db
    context = AppContext(db, TaskRunner())
    context.set_plan(plan_id)
    page = MatrixPage(context)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    with qtbot.waitSignal(**idle(context.tasks)):
        page.show()  # the matrix loads in the worker thread
    column = next(
        c
        for c in range(page.model.columnCount())
        if (r := page.model.requirement_at(c)) and r.course_code == "WRAP"
    )
    untrained = {ComplianceState.DUE, ComplianceState.OVERDUE, ComplianceState.EXPIRED}
    rows = [
        r for r in range(page.proxy.rowCount()) if page.proxy.index(r, column).data(STATE_ROLE) in untrained
    ][:4]
    assert len(rows) == 4
    person_ids = page.proxy.person_ids(rows)
    page.view.setCurrentIndex(page.proxy.index(rows[0], column))
    for row in rows:
        page.view.selectionModel().select(
            page.proxy.index(row, column), QItemSelectionModel.SelectionFlag.Select
        )
    page.record_attendance()
    session = TODAY - timedelta(days=1)
    page.dialog.completed_on.set_value(session)
    with qtbot.waitSignal(**idle(context.tasks)):
        page.dialog.accept()  # saved, then the matrix reloads in the worker thread
    for row in rows:
        assert page.proxy.index(row, column).data(STATE_ROLE) == ComplianceState.COMPLIANT
    for person_id in person_ids:
        assert any(r.completed_on == session for r in training.list_records(context.uow(), person_id))
    with qtbot.waitSignal(**idle(context.tasks)):
        context.undo_stack.undo()
    for row in rows:
        assert page.proxy.index(row, column).data(STATE_ROLE) in untrained
    context.tasks.wait()

"""The main window, welcome page, dashboard, history and meetings, driven offscreen; and the smoke test."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QSize, Qt
from PySide6.QtGui import QIcon, QKeySequence
from PySide6.QtWidgets import QApplication, QMessageBox

from actionplan.domain.enums import Rag
from actionplan.errors import ValidationError
from actionplan.services import actions, history, meetings, plans
from tests.conftest import TODAY
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.models.dashboard_model import ComplianceModel, OrganisationComplianceModel
from ui.models.history_model import HistoryModel
from ui.models.meetings_model import MeetingsModel
from ui.pages import PAGES
from ui.resources import icon, resource_path, resources_dir
from ui.tasks import SyncTaskRunner

# Qt's offscreen platform warns about size hints whenever a main window is shown.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def make_window(qtbot, tmp_path):
    """A shown main window on a database, with a synchronous task runner and "today" pinned."""

    def make(database, plan: str | None = None) -> MainWindow:
        context = AppContext(database, SyncTaskRunner())
        settings = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
        window = MainWindow(context, settings, plan=plan)
        qtbot.addWidget(window)
        window.show()
        return window

    return make


def test_first_run_creates_a_plan_from_the_prevent_template(make_window, db, qtbot):
    window = make_window(db)
    assert window.central.currentWidget() is window.welcome
    assert not window.welcome.import_button.isVisible()  # until an import wizard is connected

    qtbot.mouseClick(window.welcome.new_plan_button, Qt.MouseButton.LeftButton)
    dialog = window.welcome.dialog
    assert dialog is not None and dialog.isVisible()
    dialog.name.setText("Northvale plan 2027")
    dialog.area.setText("Northvale")
    with qtbot.waitSignal(window.welcome.plan_opened):
        dialog.accept()

    created = plans.list_plans(db.unit_of_work())
    assert [p.name for p in created] == ["Northvale plan 2027"]
    assert len(plans.list_themes(db.unit_of_work(), created[0].id)) == 3
    assert window.context.plan_id == created[0].id
    assert window.central.currentWidget() is window.body
    assert window.current_page_id() == "dashboard"
    assert "Northvale plan 2027" in window.windowTitle()


def test_pages_are_built_when_first_shown(make_window, demo_db):
    db, plan_id = demo_db
    window = make_window(db, plan=plan_id)
    assert list(window.pages.built()) == ["dashboard"]  # the start page only
    assert window.nav.count() == len(PAGES)
    assert [window.nav.item(row).text() for row in range(window.nav.count())] == [
        window.pages[page_id].title() for page_id, _spec in PAGES
    ]
    assert list(window.pages.built()) == [page_id for page_id, _spec in PAGES]
    window.show_page("history")
    assert window.current_page() is window.pages["history"]
    assert window.current_page_id() == "history"


def test_plan_dialog_shows_a_refused_name_at_the_field(make_window, plan, db, qtbot):
    window = make_window(db)
    dialog = window.new_plan()
    dialog.name.setText("Test plan")  # the plan fixture already has this name
    dialog.accept()
    assert dialog.isVisible()
    assert "already a plan" in dialog.name_error.text()
    assert dialog.name_error.isVisibleTo(dialog)


def test_open_the_demo_plan_from_the_welcome_page(make_window, db, qtbot):
    window = make_window(db)
    with qtbot.waitSignal(window.welcome.plan_opened):
        qtbot.mouseClick(window.welcome.demo_button, Qt.MouseButton.LeftButton)
    dashboard = window.pages["dashboard"]
    assert dashboard.data is not None
    assert dashboard.data.summary.people > 0
    assert dashboard.overdue_card.value.text().isdigit()


def test_the_import_hook_shows_the_button_and_emits(make_window, db, qtbot):
    window = make_window(db)
    window.set_import_available(True)
    assert window.welcome.import_button.isVisible()
    assert window.registry["file.import"].isVisible()
    with qtbot.waitSignal(window.import_requested):
        qtbot.mouseClick(window.welcome.import_button, Qt.MouseButton.LeftButton)


def test_the_window_visits_every_page(make_window, demo_db, qtmodeltester):
    db, plan_id = demo_db
    window = make_window(db)
    assert window.context.plan_id == plan_id
    assert [window.nav.item(i).data(Qt.ItemDataRole.UserRole) for i in range(window.nav.count())] == [
        page_id for page_id, _spec in PAGES
    ]
    errors = []
    window.context.error_occurred.connect(errors.append)
    window.context.tasks.failed.connect(errors.append)
    for page_id, _spec in PAGES:
        page = window.show_page(page_id)
        page.refresh()
        assert window.current_page_id() == page_id
        assert page.title() in window.windowTitle()
    assert errors == []
    qtmodeltester.check(window.pages["dashboard"].model)
    qtmodeltester.check(window.pages["dashboard"].by_org)
    qtmodeltester.check(window.pages["history"].model)
    qtmodeltester.check(window.pages["meetings"].model)


def test_standard_shortcuts_are_registered(make_window, demo_db):
    window = make_window(demo_db[0])
    keys = {name: [k.toString() for k in action.shortcuts()] for name, action in window.registry.items()}
    assert "Ctrl+N" in keys["edit.new"]
    assert QKeySequence(QKeySequence.StandardKey.Open).toString() in keys["file.open"]
    assert "Ctrl+F" in keys["edit.find"]
    assert "Ctrl+Z" in keys["edit.undo"]
    assert "Ctrl+Shift+Z" in keys["edit.redo"]
    assert "Del" in keys["edit.delete"]
    assert "F5" in keys["view.refresh"]


def test_ctrl_n_means_new_action_on_the_action_plan_and_new_plan_elsewhere(make_window, demo_db):
    window = make_window(demo_db[0])
    window.show_page("actions")
    assert window.registry["edit.new"].text() == "New action"
    window.show_page("history")
    assert window.registry["edit.new"].text() == "New plan…"


def test_ctrl_f_focuses_the_page_search(make_window, demo_db, qtbot):
    window = make_window(demo_db[0])
    page = window.show_page("actions")
    window.registry["edit.find"].trigger()
    assert window.focusWidget() is page.search_widget()


def test_plan_switcher_appears_with_several_plans(make_window, demo_db):
    db, demo_plan = demo_db
    other = plans.create_plan(db.unit_of_work(), "Second plan", template="blank")
    window = make_window(db, plan="Second plan")
    assert window.context.plan_id == other.id
    assert window.plan_combo.isVisibleTo(window)
    assert window.plan_combo.count() == 2
    window.open_plan(demo_plan)
    assert window.context.plan_id == demo_plan
    assert window.plan_combo.currentData() == demo_plan


def test_the_last_plan_is_remembered(make_window, demo_db, tmp_path):
    db, demo_plan = demo_db
    plans.create_plan(db.unit_of_work(), "Second plan", template="blank")
    window = make_window(db)
    window.open_plan(demo_plan)
    window.close()
    again = make_window(db)
    assert again.context.plan_id == demo_plan


def test_task_errors_are_shown_as_a_sentence(make_window, demo_db, qtbot):
    window = make_window(demo_db[0])
    window.context.tasks.failed.emit(ValidationError("The due date cannot be before the start date."))
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
    assert any(box.text() == "The due date cannot be before the start date." for box in boxes)
    for box in boxes:
        box.close()


def test_an_overdue_figure_opens_the_filtered_action_list(make_window, demo_db, qtbot):
    db, plan_id = demo_db
    window = make_window(db)
    dashboard = window.pages["dashboard"]
    overdue = int(dashboard.overdue_card.value.text())
    assert overdue > 0
    qtbot.mouseClick(dashboard.overdue_card, Qt.MouseButton.LeftButton)
    assert window.current_page_id() == "actions"
    page = window.pages["actions"]
    assert page.proxy.rowCount() == overdue
    assert page.due_filter.currentIndex() > 0
    qtbot.mouseClick(dashboard.rag_buttons[Rag.GREEN], Qt.MouseButton.LeftButton)
    greens = [a for a in actions.list_actions(db.unit_of_work(), plan_id, TODAY) if a.rag is Rag.GREEN]
    assert page.proxy.rowCount() == len(greens)


def test_history_lists_changes_and_undoes_one(make_window, demo_db, qtbot, monkeypatch):
    db, plan_id = demo_db
    action = actions.list_actions(db.unit_of_work(), plan_id, TODAY)[0]
    actions.update_action(db.unit_of_work(), action.id, title="Renamed in a test")
    window = make_window(db)
    page = window.show_page("history")
    page.refresh()
    newest = page.model.batch_at(0)
    assert "Renamed in a test" in newest.description
    assert page.model.data(page.model.index(0, 0))[2] == "/"  # dd/mm/yyyy HH:MM
    page.table.selectRow(0)
    assert page.entries.topLevelItemCount() == 1
    monkeypatch.setattr("ui.pages.history.confirm", lambda *args: True)
    qtbot.mouseClick(page.undo_button, Qt.MouseButton.LeftButton)
    assert actions.get_action(db.unit_of_work(), action.id).title == action.title
    assert page.model.batch_at(0).description.startswith("Undo")
    assert history.list_batches(db.unit_of_work())[1].undone


def test_meetings_add_edit_and_close(make_window, demo_db, qtbot, monkeypatch):
    db, plan_id = demo_db
    window = make_window(db)
    page = window.show_page("meetings")
    before = page.model.rowCount()
    window.registry["edit.new"].trigger()
    assert page.model.rowCount() == before + 1
    page.texts["decisions"].setPlainText("Agreed the referral flowchart.")
    assert page.save_button.isEnabled()
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    saved = next(m for m in meetings.list_meetings(db.unit_of_work(), plan_id) if m.id == page.meeting.id)
    assert saved.decisions == "Agreed the referral flowchart."
    monkeypatch.setattr("ui.pages.meetings.confirm", lambda *args: True)
    qtbot.mouseClick(page.close_button, Qt.MouseButton.LeftButton)
    closed = next(m for m in meetings.list_meetings(db.unit_of_work(), plan_id) if m.id == saved.id)
    assert closed.closed and closed.snapshot["actions"]["total"] > 0
    assert "actions" in page.snapshot.text()
    assert window.context.undo_stack.undoText() == f"Close meeting of {TODAY:%d/%m/%Y}"


def test_models_pass_the_model_tester(demo_db, qtmodeltester):
    from actionplan.services import compliance

    db, plan_id = demo_db
    rows = compliance.requirement_compliance(db.unit_of_work(), plan_id, TODAY)
    dashboard_model = ComplianceModel()
    dashboard_model.set_rows(rows)
    qtmodeltester.check(dashboard_model)
    by_organisation = OrganisationComplianceModel()
    by_organisation.set_rows(rows, TODAY)
    qtmodeltester.check(by_organisation)
    assert by_organisation.columnCount() == len(rows) + 1
    history_model = HistoryModel()
    history_model.set_batches(history.list_batches(db.unit_of_work()))
    qtmodeltester.check(history_model)
    meetings_model = MeetingsModel()
    meetings_model.set_meetings(meetings.list_meetings(db.unit_of_work(), plan_id))
    qtmodeltester.check(meetings_model)


def test_resources_are_found_from_a_checkout_and_a_frozen_build(monkeypatch, tmp_path, qapp):
    assert resource_path("icons", "actions.svg").is_file()
    assert resource_path("style.qss").is_file()
    assert not icon("actions").isNull()
    assert icon("no-such-icon").isNull()
    # Drawn when first asked for, at the size asked for, normal and greyed out.
    themed = icon("actions", colour="#ff0000")
    normal = themed.pixmap(QSize(20, 20)).toImage()
    disabled = themed.pixmap(QSize(20, 20), QIcon.Mode.Disabled).toImage()
    assert normal.size() == QSize(20, 20) and normal != disabled
    assert any(normal.pixelColor(x, y).red() == 255 for x in range(20) for y in range(20))
    frozen = tmp_path / "bundle"
    (frozen / "resources" / "icons").mkdir(parents=True)
    monkeypatch.setattr(sys, "_MEIPASS", str(frozen), raising=False)
    resources_dir.cache_clear()
    try:
        assert resources_dir() == frozen / "resources"
    finally:
        monkeypatch.delattr(sys, "_MEIPASS")
        resources_dir.cache_clear()


def test_smoke_test_exits_0_on_the_demo_database(tmp_path):
    data = tmp_path / "smoke"
    launcher = Path(sys.executable).with_name("actionplan")
    command = [str(launcher)] if launcher.exists() else [sys.executable, "-m", "ui.launcher"]
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    demo = subprocess.run(
        [*command, "--data-dir", str(data), "demo"], env=env, capture_output=True, text=True
    )
    assert demo.returncode == 0, demo.stderr
    smoke = subprocess.run(
        [*command, "--data-dir", str(data), "--smoke-test"],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert smoke.returncode == 0, smoke.stderr
    for page_id, _spec in PAGES:
        assert f"{page_id}: ok" in smoke.stdout
    assert "smoke test passed" in smoke.stdout


def test_the_smoke_test_loads_each_page_once(make_window, demo_db):
    """A page that loads itself when shown is not asked to load again (the second load would
    replace the first, doubling what the benchmarks time); a page that does not is asked."""
    from ui.app import smoke_test

    db, _plan_id = demo_db
    window = make_window(db)
    tasks = window.context.tasks
    loads: dict[str, int] = {}
    run = tasks.run

    def counted(*args, **kwargs):
        page = window.current_page()
        key = getattr(page, "page_id", None) or type(page).__name__
        loads[key] = loads.get(key, 0) + 1
        return run(*args, **kwargs)

    tasks.run = counted
    lines: list[str] = []
    assert smoke_test(QApplication.instance(), window, out=lines.append) == 0
    assert "smoke test passed" in lines
    for page_id in ("actions", "people", "matrix", "assessment"):  # each loads when shown
        assert loads.get(page_id) == 1, (page_id, loads)
    assert loads.get("dashboard", 0) <= 1  # loaded with the window, before the visits began


def test_the_smoke_test_visits_only_the_pages_named_in_its_variable(tmp_path):
    """The county benchmarks time the window up to its first page with ACTIONPLAN_SMOKE_PAGES."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ACTIONPLAN_SMOKE_PAGES="dashboard")
    smoke = subprocess.run(
        [sys.executable, "-m", "ui.launcher", "--data-dir", str(tmp_path / "data"), "--smoke-test"],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert smoke.returncode == 0, smoke.stderr
    assert "dashboard: ok" in smoke.stdout
    assert not [page_id for page_id, _spec in PAGES[1:] if f"{page_id}:" in smoke.stdout]
    assert "smoke test passed" in smoke.stdout


def test_smoke_test_fails_with_a_reason_on_a_bad_database(tmp_path):
    bad = tmp_path / "not-a-database.db"
    bad.write_text("hello")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    smoke = subprocess.run(
        [sys.executable, "-m", "ui.launcher", "--data-dir", str(tmp_path), "--db", str(bad), "--smoke-test"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert smoke.returncode != 0
    assert "not a SQLite file" in smoke.stderr
    assert "Traceback" not in smoke.stderr


def test_the_status_bar_says_which_day_the_figures_are_for(make_window, demo_db, qtbot):
    from datetime import date

    from actionplan import clock

    db, _plan_id = demo_db
    window = make_window(db)
    assert window.as_of_label.text() == "As at 28/11/2026 (fixed day)"  # the tests pin the clock
    assert "not today" in window.as_of_label.toolTip()
    with clock.pinned(date(2027, 3, 31)):  # as if the window stayed open until then
        with qtbot.waitSignal(window.context.data_changed):
            window._check_day()  # the minute timer's check: the day has turned, pages reload
        assert window.as_of_label.text() == "As at 31/03/2027 (fixed day)"
        assert window.context.today == date(2027, 3, 31)


@pytest.mark.real_clock
def test_on_the_real_date_the_status_bar_shows_today(make_window, db):
    from datetime import date

    from actionplan.domain.dates import format_date

    window = make_window(db)
    # This test means "today, whatever it is".
    assert window.as_of_label.text() == f"As at {format_date(date.today())}"

"""Dashboard figures and charts, chart click-through, meeting mode, File > Meeting pack and deadlines."""

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from actionplan.domain.enums import ActionStatus, Rag
from actionplan.reports.content import headline_figures
from actionplan.reports.meeting_pack import pack_blocks, pack_content, pack_text
from actionplan.services import actions, dashboard, meetings
from tests.conftest import TODAY
from ui.charts import parse_gid
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.pages.dashboard_charts import CHART_NAMES
from ui.tasks import SyncTaskRunner

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def window(qtbot, tmp_path, demo_db) -> MainWindow:
    """The main window on the demo plan, shown at a laptop's size, tasks run at once, "today" pinned."""
    db, _plan_id = demo_db
    context = AppContext(db, SyncTaskRunner())
    settings = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    win = MainWindow(context, settings)
    qtbot.addWidget(win)
    win.resize(1280, 900)
    win.show()
    return win


def close_message_boxes() -> None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMessageBox) and widget.isVisible():
            widget.close()


def shown_chart(page, name: str, qtbot):
    view = page.charts[name]
    with qtbot.waitSignal(view.chart_ready, timeout=20_000):
        page.show_chart(name)
    return view


def artist_with(view, **wanted: str):
    """The first clickable artist whose gid has these values."""
    for artist in view.figure.findobj(lambda a: bool(a.get_gid())):
        gid = parse_gid(artist.get_gid())
        if all(gid.get(k) == v for k, v in wanted.items()):
            return artist
    raise AssertionError(f"no artist with {wanted}")


# -- figures -------------------------------------------------------------------------------------


def test_headline_figures_match_status_json(window, demo_db):
    db, plan_id = demo_db
    summary = dashboard.status_summary(db.unit_of_work(), plan_id, TODAY)
    data = summary.to_json()
    page = window.pages["dashboard"]
    assert page.data is not None

    assert int(page.overdue_card.value.text()) == data["actions"]["overdue"]
    assert int(page.soon_card.value.text()) == len(summary.actions_due_within(30))
    people_overdue = sum(r["overdue"] + r["expired"] for r in data["requirements"])
    assert int(page.people_card.value.text()) == people_overdue
    basis = headline_figures(summary).key_personnel_basis
    key = next(r for r in data["requirements"] if r["course"] == basis)
    assert page.compliant_card.value.text() == f"{round(key['percent'])}%"
    assert f"{basis}: {key['compliant'] + key['expiring']} of" in page.compliant_card.detail.text()
    for rag, button in page.rag_buttons.items():
        assert button.text().endswith(f": {data['actions']['by_rag'][rag.value]}")
    assert page.model.rowCount() == len(data["requirements"])
    assert "59 people in 8 organisations" in page.subtitle.text()


def test_the_organisation_filter_narrows_figures_tables_and_lists(window, demo_db, qtbot):
    db, plan_id = demo_db
    summary = dashboard.status_summary(db.unit_of_work(), plan_id, TODAY)
    page = window.pages["dashboard"]
    police = next(o for o in page.data.organisations if o.name == "Northvale Police")
    assert page.set_organisation("Northvale Police")

    led = [a for a in summary.actions if a.lead_organisation_id == police.id]
    assert int(page.overdue_card.value.text()) == sum(a.is_overdue for a in led)
    key = summary.requirements[0].by_organisation["Northvale Police"]
    assert page.compliant_card.value.text() == f"{round(key.percent)}%"
    assert page.by_org.rowCount() == 1
    assert "Northvale Police" in page.subtitle.text()

    qtbot.mouseClick(page.rag_buttons[Rag.GREEN], Qt.MouseButton.LeftButton)
    actions_page = window.pages["actions"]
    assert window.current_page_id() == "actions"
    assert actions_page.lead_filter.currentData() == police.id
    assert actions_page.proxy.rowCount() == sum(a.rag is Rag.GREEN for a in led)

    window.show_page("dashboard")
    qtbot.mouseClick(page.people_card, Qt.MouseButton.LeftButton)
    assert window.current_page_id() == "matrix"
    assert window.pages["matrix"].organisation.currentText() == "Northvale Police"

    window.show_page("dashboard")
    assert page.set_organisation(None)
    assert "59 people" in page.subtitle.text()


# -- charts --------------------------------------------------------------------------------------


def test_charts_are_drawn_when_their_tab_is_shown(window, qtbot):
    page = window.pages["dashboard"]
    assert all(view.canvas is None for view in page.charts.values())  # not before they are wanted
    for name in CHART_NAMES:
        view = shown_chart(page, name, qtbot)
        assert view.canvas is not None and view.canvas.isVisible()
        assert view.figure is view.canvas.figure
        assert view.figure.axes, name
        assert view.canvas.width() >= 560 and view.canvas.height() >= 320
        assert view.accessibleName() == view.title
        assert "28/11/2026" in view.accessibleDescription()
    assert "Leadership: 4 actions" in page.charts["themes"].description
    assert "2 overdue" in page.charts["timeline"].description
    assert "HO-AWR, target 85%" in page.charts["by-organisation"].description


def test_clicking_a_theme_bar_opens_the_filtered_action_list(window, demo_db, qtbot):
    from matplotlib.backend_bases import MouseButton, MouseEvent

    db, plan_id = demo_db
    page = window.pages["dashboard"]
    view = shown_chart(page, "themes", qtbot)
    bar = artist_with(view, rag="red")
    theme_id = int(parse_gid(bar.get_gid())["theme_id"])

    # A real click in the middle of the bar, through matplotlib's own event handling.
    view.canvas.draw()
    box = bar.get_window_extent()
    with qtbot.waitSignal(view.bar_clicked) as clicked:
        MouseEvent("button_press_event", view.canvas, box.x0 + box.width / 2, box.y0 + box.height / 2,
                   MouseButton.LEFT)._process()  # fmt: skip
    assert clicked.args[0] == {"theme_id": str(theme_id), "rag": "red"}

    assert window.current_page_id() == "actions"
    actions_page = window.pages["actions"]
    assert actions_page.theme_filter.currentData() == theme_id
    assert actions_page.rag_filter.currentData() == Rag.RED
    expected = [
        a for a in actions.list_actions(db.unit_of_work(), plan_id, TODAY)
        if a.theme_id == theme_id and a.rag is Rag.RED
    ]  # fmt: skip
    assert actions_page.proxy.rowCount() == len(expected) > 0

    window.show_page("dashboard")
    view.pick(artist_with(view, status="in_progress"))
    assert actions_page.status_filter.currentData() == ActionStatus.IN_PROGRESS


def test_organisation_and_timeline_bars_open_the_matrix_and_the_action(window, qtbot):
    page = window.pages["dashboard"]
    view = shown_chart(page, "by-organisation", qtbot)
    view.pick(artist_with(view, organisation="Northvale Council", state="overdue"))
    assert window.current_page_id() == "matrix"
    assert window.pages["matrix"].organisation.currentText() == "Northvale Council"

    window.show_page("dashboard")
    timeline = shown_chart(page, "timeline", qtbot)
    marker = artist_with(timeline, late="1")
    action_id = int(parse_gid(marker.get_gid())["action_id"])
    timeline.pick(marker)
    actions_page = window.pages["actions"]
    assert window.current_page_id() == "actions"
    assert actions_page.current_action().id == action_id


def test_the_chart_menu_saves_copies_and_lists_the_bars(window, qtbot, tmp_path):
    page = window.pages["dashboard"]
    view = shown_chart(page, "themes", qtbot)
    menu = view.build_menu()
    texts = [a.text() for a in menu.actions()]
    assert "&Save image…" in texts and "&Copy image" in texts
    lists = next(a.menu() for a in menu.actions() if a.menu() is not None)
    labels = [a.text() for a in lists.actions()]
    assert any(label.startswith("Leadership: Red") for label in labels)
    with qtbot.waitSignal(view.bar_clicked):
        lists.actions()[0].trigger()
    assert window.current_page_id() == "actions"

    png, svg = tmp_path / "themes.png", tmp_path / "themes.svg"
    view.save_image(png)
    view.save_image(svg)
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert b"<svg" in svg.read_bytes()[:400]

    view.copy_image()
    copied = QApplication.clipboard().image()
    assert not copied.isNull() and copied.width() >= 560


def test_matplotlib_is_imported_only_when_a_chart_is_shown(tmp_path):
    script = textwrap.dedent(
        """
        import sys
        from datetime import date
        from PySide6.QtCore import QSettings
        from PySide6.QtWidgets import QApplication
        from actionplan import demo
        from actionplan.services import open_database
        from ui.context import AppContext
        from ui.main_window import MainWindow
        from ui.tasks import SyncTaskRunner

        app = QApplication([])
        folder = sys.argv[1]
        db = open_database(f"sqlite:///{folder}/a.db", backups_dir=f"{folder}/backups", create=True)
        demo.generate(db.unit_of_work(), people=20, seed=1, today=date(2026, 11, 28))
        settings = QSettings(f"{folder}/w.ini", QSettings.Format.IniFormat)
        window = MainWindow(AppContext(db, SyncTaskRunner()), settings)
        window.show()
        page = window.show_page("dashboard")
        app.processEvents()
        assert page.data is not None
        print("before", "matplotlib" in sys.modules)
        page.charts["themes"].build()
        print("after", "matplotlib" in sys.modules, page.charts["themes"].canvas is not None)
        db.close()
        """
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(REPO))
    run = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path)], env=env, capture_output=True, text=True, timeout=300
    )
    assert run.returncode == 0, run.stderr
    assert "before False" in run.stdout
    assert "after True True" in run.stdout


# -- meeting mode --------------------------------------------------------------------------------


def test_meeting_mode_records_updates_that_the_next_pack_shows(window, demo_db, qtbot):
    db, plan_id = demo_db
    previous = meetings.list_meetings(db.unit_of_work(), plan_id)[0]
    meetings.close_meeting(db.unit_of_work(), previous.id)  # the snapshot the next pack compares with
    page = window.show_page("meetings")
    page.refresh()
    page.add_new()
    meeting = page.meeting
    assert meeting is not None and meeting.held_on == TODAY and not meeting.closed
    assert page.meeting_mode_button.isEnabled()

    mode = page.start_meeting_mode(full_screen=False)
    assert mode is not None and mode.isVisible()
    total = len(mode.actions)
    assert mode.counter.text() == f"Action 1 of {total}"
    qtbot.keyClick(mode, Qt.Key.Key_End)
    assert mode.counter.text() == f"Action {total} of {total}"
    qtbot.keyClick(mode, Qt.Key.Key_Home)
    qtbot.keyClick(mode, Qt.Key.Key_Right)
    qtbot.keyClick(mode, Qt.Key.Key_PageDown)
    qtbot.keyClick(mode, Qt.Key.Key_PageUp)
    assert mode.counter.text() == f"Action 2 of {total}"

    first = mode.current
    assert first.status is not ActionStatus.BLOCKED
    qtbot.keyClicks(mode.update_text, "Waiting for the venue contract.")
    mode.status.setCurrentIndex(mode.status.findData(ActionStatus.BLOCKED.value))
    mode.progress.setValue(35 if first.progress != 35 else 40)
    qtbot.keyClick(mode.update_text, Qt.Key.Key_Right)  # in a field the arrows move the cursor
    assert mode.current.id == first.id
    qtbot.keyClick(mode.update_text, Qt.Key.Key_Escape)  # out of the field, not out of meeting mode
    assert mode.isVisible()
    qtbot.keyClick(mode, Qt.Key.Key_Right)  # moving on saves the update
    assert mode.counter.text() == f"Action 3 of {total}"
    assert first.id in mode.recorded

    second = mode.current
    qtbot.keyClicks(mode.update_text, "Agreed at the board: complete by March.")
    mode.status.setCurrentIndex(mode.status.findData(ActionStatus.IN_PROGRESS.value))
    new_progress = 60 if second.progress != 60 else 70
    mode.progress.setValue(new_progress)
    assert mode.save_update()
    assert mode.update_text.toPlainText() == ""

    for action, text in (
        (first, "Waiting for the venue contract."),
        (second, "Agreed at the board: complete by March."),
    ):
        latest = actions.list_updates(db.unit_of_work(), action.id)[0]
        assert latest.text == text and latest.meeting_id == meeting.id
    stored = {a.id: a for a in actions.list_actions(db.unit_of_work(), plan_id, TODAY)}
    assert stored[first.id].status is ActionStatus.BLOCKED
    assert stored[second.id].progress == new_progress

    content = pack_content(db, plan_id, TODAY)
    assert content.changes.meeting.id == previous.id
    changed = {c.ref: c for c in content.changes.actions}
    assert changed[first.ref].status == (first.status.label, ActionStatus.BLOCKED.label)
    assert changed[second.ref].progress == (second.progress, new_progress)
    text = pack_text(pack_blocks(content))
    assert "Latest update: Waiting for the venue contract." in text
    assert "Latest update: Agreed at the board: complete by March." in text

    mode.close_meeting(ask=False)
    closed = next(m for m in meetings.list_meetings(db.unit_of_work(), plan_id) if m.id == meeting.id)
    assert closed.closed
    assert closed.snapshot["actions_detail"][first.uuid]["status"] == ActionStatus.BLOCKED.value
    assert not mode.isVisible()
    close_message_boxes()


def test_meeting_mode_keeps_a_refused_update_on_screen(window, demo_db, qtbot):
    page = window.show_page("meetings")
    page.refresh()
    mode = page.start_meeting_mode(full_screen=False)
    qtbot.keyClicks(mode.update_text, "x" * 20)
    mode.progress.setMaximum(1000)
    mode.progress.setValue(150)  # the core refuses progress over 100%
    qtbot.keyClick(mode, Qt.Key.Key_Right)
    assert mode.counter.text().startswith("Action 1 of")
    assert mode.error.isVisibleTo(mode) and "100" in mode.error.text()
    mode.progress.setValue(50)
    qtbot.keyClick(mode, Qt.Key.Key_Escape)
    assert not mode.isVisible()  # leaving saved the corrected update


# -- File menu -----------------------------------------------------------------------------------


def test_file_meeting_pack_writes_a_pdf(window, qtbot, tmp_path):
    file_menu = window.menuBar().actions()[0].menu()
    assert window.registry["file.meeting_pack"] in file_menu.actions()
    assert window.registry["file.export_deadlines"] in file_menu.actions()

    window.registry["file.meeting_pack"].trigger()
    dialog = window.reports.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.path().suffix == ".pdf"
    dialog.path_edit.setText(str(tmp_path / "pack.txt"))
    dialog.accept()
    assert dialog.isVisible() and ".pdf" in dialog.error.text()

    out = tmp_path / "board pack.pdf"
    dialog.path_edit.setText(str(out))
    dialog.include_names.setChecked(True)
    dialog.accept()
    assert out.read_bytes()[:5] == b"%PDF-"
    assert not out.with_name(out.name + ".part").exists()
    box = window.reports.done_box
    assert box is not None and box.isVisible() and "pack.pdf" in box.text()
    assert str(tmp_path) in box.informativeText()
    box.close()


def test_file_export_deadlines_writes_a_calendar(window, tmp_path):
    icalendar = pytest.importorskip("icalendar")
    out = tmp_path / "deadlines.ics"
    window.reports.export_deadlines(out)
    calendar = icalendar.Calendar.from_ical(out.read_bytes())
    events = [c for c in calendar.walk() if c.name == "VEVENT"]
    assert events
    assert str(len(events)) in window.reports.done_box.text()
    close_message_boxes()


def test_the_chart_tab_is_remembered(window, qtbot, tmp_path):
    page = window.pages["dashboard"]
    shown_chart(page, "timeline", qtbot)
    window.save_window_state()
    again = MainWindow(window.context, window.settings)
    qtbot.addWidget(again)
    assert again.pages["dashboard"].current_chart().name == "timeline"

"""File > Export to a spreadsheet…: kinds, sheets, partner packs, aggregate figures, stopping and errors."""

import threading
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLineEdit, QMessageBox, QWidget

import ui.export_dialog as export_dialog
import ui.widgets as widgets
from actionplan.exchange.export import ExportError, sheet_choices
from actionplan.services import history, people
from actionplan.services.organisations import list_organisations
from ui.context import AppContext
from ui.export_dialog import ExportDialog
from ui.main_window import MainWindow
from ui.tasks import SyncTaskRunner, TaskRunner

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
POLICE = "Northvale Police"


@pytest.fixture
def window(qtbot, tmp_path, demo_db) -> MainWindow:
    """The main window on the demo plan, tasks run at once, "today" pinned, settings in tmp_path."""
    db, _plan_id = demo_db
    context = AppContext(db, SyncTaskRunner())
    settings = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    win = MainWindow(context, settings)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMessageBox | ExportDialog) and widget.isVisible():
            widget.close()


@pytest.fixture
def opened(monkeypatch):
    """Catch QDesktopServices.openUrl, so Open and Open the folder do not start other programs."""
    urls: list[str] = []

    class FakeServices:
        @staticmethod
        def openUrl(url):  # noqa: N802 (Qt's name)
            urls.append(url.toLocalFile())
            return True

    monkeypatch.setattr(widgets, "QDesktopServices", FakeServices)
    return urls


def open_dialog(window: MainWindow) -> ExportDialog:
    window.registry["file.export"].trigger()
    dialog = window.exports.dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def titles(dialog: ExportDialog) -> list[str]:
    return [dialog.sheets.item(row).text() for row in range(dialog.sheets.count())]


def cell_texts(path: Path) -> list[tuple[str, str, str]]:
    """(sheet, cell, text) for every non-empty cell of every sheet."""
    found = []
    for ws in openpyxl.load_workbook(path).worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if cell.value is not None:
                    found.append((ws.title, cell.coordinate, str(cell.value)))
    return found


def everyone(db) -> list:
    return people.list_people(db.unit_of_work())


# -- the menu and the dialog -----------------------------------------------------------------------


def test_file_export_sits_after_import_and_opens_with_ctrl_e(window, qtbot):
    file_menu = window.menuBar().actions()[0].menu()
    entries = file_menu.actions()
    action = window.registry["file.export"]
    assert entries.index(action) == entries.index(window.registry["file.import"]) + 1
    assert action.isEnabled() and [k.toString() for k in action.shortcuts()] == ["Ctrl+E"]

    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    dialog = window.exports.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.windowTitle() == "Export to a spreadsheet"
    assert dialog.kind() == "full" and dialog.focusWidget() is dialog.kind_buttons["full"]
    assert dialog.path().name == "Northvale Prevent Partnership 2026-27 - 28-11-2026.xlsx"
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()

    window.context.set_plan(None)
    assert not action.isEnabled()


def test_the_sheet_list_and_file_name_follow_the_kind(window):
    dialog = open_dialog(window)
    full = [title for _key, title in sheet_choices("full")]
    assert titles(dialog) == full and dialog.chosen_sheets() == [k for k, _t in sheet_choices("full")]
    assert not dialog.partner_combo.isEnabled()

    dialog.set_sheets(["actions", "people"])
    dialog.set_kind("aggregate")
    assert titles(dialog) == [title for _key, title in sheet_choices("aggregate")]
    assert "By organisation" in titles(dialog) and "People" not in titles(dialog)
    assert dialog.chosen_sheets() == ["organisations", "role_groups", "courses"]  # Summary was cleared
    assert dialog.path().name == "Northvale Prevent Partnership 2026-27 - Aggregate figures - 28-11-2026.xlsx"

    dialog.set_kind("partner")
    assert dialog.partner_combo.isEnabled()
    assert titles(dialog) == full and dialog.chosen_sheets() == ["actions", "people"]  # kept
    dialog.set_partner(POLICE)
    assert dialog.path().name == f"Northvale Prevent Partnership 2026-27 - {POLICE} - 28-11-2026.xlsx"
    organisations = [o.name for o in list_organisations(window.context.uow())]
    combo = dialog.partner_combo
    assert [combo.itemText(i) for i in range(combo.count())] == organisations

    dialog.path_edit.setText("/somewhere/my own name.xlsx")
    dialog.set_kind("full")
    assert dialog.path() == Path("/somewhere/my own name.xlsx")  # the user's name is kept
    dialog.path_edit.setText("/somewhere/board papers")
    assert dialog.path().name == "board papers.xlsx"
    dialog.path_edit.setText("board papers")
    assert dialog.path() == dialog.folder / "board papers.xlsx"


# -- exporting -------------------------------------------------------------------------------------


def test_a_full_export_holds_the_chosen_sheets_only(window, demo_db, tmp_path, opened, qtbot):
    dialog = open_dialog(window)
    out = tmp_path / "out"
    out.mkdir()
    path = out / "plan.xlsx"
    dialog.path_edit.setText(str(path))
    dialog.set_sheets(["summary", "actions", "matrix"])
    dialog.password_box.protect.setChecked(False)  # read back below without the password
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)

    assert not dialog.isVisible()
    workbook = openpyxl.load_workbook(path)
    assert [name for name in workbook.sheetnames if name != "Lists"] == [
        "Summary",
        "Actions",
        "Training matrix",
    ]
    assert workbook["Training matrix"].max_row > 50
    assert [p.name for p in out.iterdir()] == ["plan.xlsx"]  # no temporary file left beside it
    box = window.exports.done_box
    assert box is not None and box.isVisible()
    assert box.text().startswith("Full export written to ") and str(path) in box.text()
    assert "Actions 14" in box.text()
    buttons = {b.text(): b for b in box.buttons()}
    buttons["&Open"].click()
    buttons["Open the &folder"].click()
    assert opened == [str(path), str(out)]
    assert window.settings.value(export_dialog.FOLDER_KEY) == str(out)
    assert str(path) in window.statusBar().currentMessage()
    batch = history.list_batches(window.context.uow(), 1)[0]
    assert "plan.xlsx" in batch.description
    box.close()

    again = open_dialog(window)  # the next export starts in the folder used last
    assert again.path().parent == out
    again.reject()


def test_a_partner_pack_holds_none_of_another_organisations_people(window, demo_db, tmp_path, qtbot):
    db, _plan_id = demo_db
    dialog = open_dialog(window)
    qtbot.mouseClick(dialog.kind_buttons["partner"], Qt.MouseButton.LeftButton)
    dialog.set_partner(POLICE)
    path = tmp_path / "police.xlsx"
    dialog.path_edit.setText(str(path))
    dialog.password_box.protect.setChecked(False)  # read back below without the password
    dialog.start()
    assert window.exports.done_box.text().startswith(f"Partner pack for {POLICE} written to")

    persons = everyone(db)
    own = [p for p in persons if p.organisation_name == POLICE]
    own_names = {f"{p.first_name} {p.last_name}" for p in own}
    others = [p for p in persons if p.organisation_name != POLICE]
    assert own and others
    names = {f"{p.first_name} {p.last_name}" for p in others} - own_names  # namesakes are allowed
    emails = {p.email for p in others if p.email}
    cells = cell_texts(path)
    assert len(cells) > 200
    for sheet, ref, text in cells:
        assert not any(e in text for e in emails), f"{sheet}!{ref} holds another organisation's email: {text}"
        assert not any(n in text for n in names), f"{sheet}!{ref} names another organisation's person: {text}"
    workbook = openpyxl.load_workbook(path)
    ws = workbook["People"]
    headers = [c.value for c in ws[1]]
    column = headers.index("Organisation")
    assert {row[column] for row in ws.iter_rows(min_row=2, values_only=True)} == {POLICE}
    assert ws.max_row - 1 == len(own)
    assert window.settings.value(export_dialog.PARTNER_KEY) == next(
        o.uuid for o in list_organisations(db.unit_of_work()) if o.name == POLICE
    )

    window.exports.done_box.close()
    again = open_dialog(window)  # the partner is remembered
    assert again.partner_combo.currentText() == POLICE
    again.reject()


def test_aggregate_figures_name_nobody(window, demo_db, tmp_path):
    db, _plan_id = demo_db
    dialog = open_dialog(window)
    dialog.set_kind("aggregate")
    path = tmp_path / "board.xlsx"
    dialog.path_edit.setText(str(path))
    dialog.start()

    assert openpyxl.load_workbook(path).sheetnames[:4] == [t for _k, t in sheet_choices("aggregate")]
    persons = everyone(db)
    names = {f"{p.first_name} {p.last_name}" for p in persons}
    surnames = {p.last_name for p in persons}
    for sheet, ref, text in cell_texts(path):
        assert not any(n in text for n in names), f"{sheet}!{ref}: {text}"
        assert text not in surnames and "@" not in text, f"{sheet}!{ref}: {text}"


@pytest.mark.parametrize("stop", ["dialog", "window"])
def test_stopping_an_export_leaves_no_file(window, tmp_path, stop):
    dialog = open_dialog(window)
    out = tmp_path / "out"
    out.mkdir()
    dialog.path_edit.setText(str(out / "stopped.xlsx"))
    before = history.list_batches(window.context.uow(), 1)[0].id
    seen: list[tuple[int, int]] = []

    def press_stop(done: int, total: int) -> None:
        seen.append((done, total))
        assert dialog.running and dialog.progress_bar.isVisibleTo(dialog)
        assert not dialog.path_edit.isEnabled() and not dialog.export_button.isEnabled()
        assert dialog.cancel_button.text() == "&Stop"
        (dialog.cancel_button if stop == "dialog" else window.cancel_button).click()

    dialog.progressed.connect(press_stop)
    dialog.start()

    assert seen and dialog.isVisible()  # stopping does not close the dialog
    assert list(out.iterdir()) == []
    assert history.list_batches(window.context.uow(), 1)[0].id == before
    assert dialog.status.text() == "Stopped: no file was written."
    assert not dialog.running and dialog.path_edit.isEnabled() and dialog.export_button.isEnabled()
    assert dialog.cancel_button.text() == "Cancel" and not dialog.progress_bar.isVisibleTo(dialog)
    assert window.exports.done_box is None
    dialog.progressed.disconnect(press_stop)
    dialog.reject()
    assert not dialog.isVisible()


def test_problems_are_one_sentence_in_the_dialog(window, tmp_path, monkeypatch):
    dialog = open_dialog(window)
    cases = [
        ("", "Give the file a name."),
        (str(tmp_path / "plan.csv"), "Exports are Excel workbooks: give the file a name ending in .xlsx"),
        (str(tmp_path / "missing" / "plan.xlsx"), "does not exist"),
    ]
    for text, message in cases:
        dialog.path_edit.setText(text)
        dialog.start()
        assert dialog.isVisible() and dialog.error.isVisibleTo(dialog)
        assert message in dialog.error.text()
        assert dialog.height() >= dialog.heightForWidth(dialog.width())  # grown, nothing squashed
    dialog.path_edit.setText(str(tmp_path / "plan.xlsx"))
    assert not dialog.error.isVisibleTo(dialog)  # editing clears the message
    dialog.set_sheets([])
    dialog.start()
    assert dialog.error.text() == "Tick at least one sheet to export."

    existing = tmp_path / "old.xlsx"
    existing.write_bytes(b"")
    dialog.path_edit.setText(str(existing))
    assert dialog.hint.isVisibleTo(dialog) and "exporting replaces it" in dialog.hint.text()

    dialog.set_sheets(["actions"])

    def refuse(*_args, **_kwargs):
        raise ExportError("Cannot write old.xlsx: close it if it is open in Excel, or choose another name.")

    monkeypatch.setattr(export_dialog, "export_workbook", refuse)
    dialog.start()
    assert dialog.isVisible() and not dialog.running
    assert dialog.error.text().startswith("Cannot write old.xlsx: close it")

    def crash(*_args, **_kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(export_dialog, "export_workbook", crash)
    dialog.start()
    assert dialog.error.text().startswith("Something went wrong: RuntimeError.")
    assert "Traceback" not in dialog.error.text()


def test_the_export_runs_off_the_gui_thread(qtbot, tmp_path, demo_db, monkeypatch):
    db, _plan_id = demo_db
    context = AppContext(db, TaskRunner())
    win = MainWindow(context, QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: context.plan_id is not None)
    threads: list[threading.Thread] = []
    real_export = export_dialog.export_workbook

    def export_in_thread(*args, **kwargs):
        threads.append(threading.current_thread())
        return real_export(*args, **kwargs)

    monkeypatch.setattr(export_dialog, "export_workbook", export_in_thread)
    win.registry["file.export"].trigger()
    qtbot.waitUntil(lambda: win.exports.dialog is not None)
    dialog = win.exports.dialog
    seen: list[tuple[int, int]] = []
    dialog.progressed.connect(lambda done, total: seen.append((done, total)))
    path = tmp_path / "threaded.xlsx"
    dialog.path_edit.setText(str(path))
    dialog.start()
    assert dialog.running and dialog.progress_bar.isVisibleTo(dialog)
    qtbot.waitUntil(lambda: win.exports.done_box is not None, timeout=60_000)
    assert threads and threads[0] is not threading.main_thread()
    assert seen and seen[-1][0] == seen[-1][1] > 0
    assert path.is_file()
    win.exports.done_box.close()
    context.tasks.wait()


# -- keyboard and accessibility --------------------------------------------------------------------


def test_the_dialog_works_from_the_keyboard(window, tmp_path, qtbot):
    dialog = open_dialog(window)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)  # mnemonics need the active window
    qtbot.keyClick(dialog, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: dialog.kind() == "aggregate")  # a mnemonic "animates" the click
    qtbot.keyClick(dialog, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: dialog.kind() == "partner")

    order, widget = [], dialog.kind_buttons["partner"]
    for _ in range(6):
        widget = widget.nextInFocusChain()
        while not (widget.focusPolicy() & Qt.FocusPolicy.TabFocus) or not widget.isEnabled():
            widget = widget.nextInFocusChain()
        order.append(widget)
    assert order[:4] == [dialog.partner_combo, dialog.sheets, dialog.path_edit, dialog.browse_button]

    dialog.sheets.setFocus()
    dialog.sheets.setCurrentRow(0)
    qtbot.keyClick(dialog.sheets, Qt.Key.Key_Space)
    assert "summary" not in dialog.chosen_sheets()
    qtbot.keyClick(dialog.sheets, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.sheets, Qt.Key.Key_Space)
    assert dialog.chosen_sheets() == ["people", "training", "matrix", "requirements", "partners"]

    assert dialog.password_box.protect.isChecked()  # a pack names people: protected unless unticked
    qtbot.keyClick(dialog, Qt.Key.Key_W, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: not dialog.password_box.protect.isChecked())
    qtbot.keyClick(dialog, Qt.Key.Key_I, Qt.KeyboardModifier.AltModifier)
    assert dialog.path_edit.hasFocus()
    dialog.path_edit.selectAll()
    path = tmp_path / "keyboard.xlsx"
    qtbot.keyClicks(dialog.path_edit, str(path))
    qtbot.keyClick(dialog.path_edit, Qt.Key.Key_Return)  # Export is the default button
    assert not dialog.isVisible()
    names = openpyxl.load_workbook(path).sheetnames
    assert [n for n in names if n != "Lists"] == [
        "People",
        "Training records",
        "Training matrix",
        "Requirements",
        "Organisations",
    ]


def test_every_control_has_an_accessible_name(window):
    dialog = open_dialog(window)
    for widget in dialog.findChildren(QWidget):
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or not widget.isVisibleTo(dialog):
            continue
        if isinstance(widget, QLineEdit) and widget.parent() is not dialog:
            continue  # a combo box's own line edit
        label = widget.text() if isinstance(widget, QAbstractButton) else ""
        assert widget.accessibleName() or label.replace("&", ""), widget
    assert (
        dialog.kind_buttons["partner"]
        .accessibleDescription()
        .startswith("Only this organisation's people and training")
    )
    assert all(note.wordWrap() for note in dialog.explanations.values())

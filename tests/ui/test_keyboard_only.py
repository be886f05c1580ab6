"""Keys only, no mouse: create an action, record attendance for two people, export a workbook.

Every key goes to the widget that has the keyboard focus, as a keyboard user's would; what the
keys did is checked in the database and in the written file.
"""

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from actionplan.services import actions, training
from ui.context import AppContext
from ui.export_action import FOLDER_KEY
from ui.main_window import MainWindow
from ui.tasks import SyncTaskRunner

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
Key, Mod = Qt.Key, Qt.KeyboardModifier


@pytest.fixture
def window(qtbot, tmp_path, demo_db):
    db, plan_id = demo_db
    context = AppContext(db, SyncTaskRunner())
    settings = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    settings.setValue(FOLDER_KEY, str(tmp_path / "exports"))
    (tmp_path / "exports").mkdir()
    win = MainWindow(context, settings, plan=plan_id)
    qtbot.addWidget(win)
    win.show()
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    return win


def press(qtbot, key, modifier=Mod.NoModifier, times: int = 1) -> None:
    """Press ``key`` where the keyboard focus is (the active window's focus widget)."""
    for _ in range(times):
        if QApplication.activeWindow() is None:  # offscreen Qt gives no window the activation back
            main = next(
                w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
            )
            main.activateWindow()
            qtbot.waitUntil(lambda: QApplication.activeWindow() is not None)
        target = QApplication.focusWidget() or QApplication.activeWindow()
        assert target is not None, "nothing has the keyboard focus"
        qtbot.keyClick(target, key, modifier)
        QApplication.processEvents()


def type_text(qtbot, text: str) -> None:
    target = QApplication.focusWidget()
    assert target is not None
    qtbot.keyClicks(target, text)


def active_dialog(qtbot) -> QDialog:
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QDialog))
    return QApplication.activeModalWidget()


def test_keyboard_only_action_attendance_and_export(window, qtbot, demo_db, tmp_path):
    db, plan_id = demo_db
    before = {a.id for a in actions.list_actions(db.unit_of_work(), plan_id)}

    # 1. An action: Ctrl+2 (Action plan), Ctrl+N (new: the cursor goes to its title), a title,
    # Alt+S (Save changes).
    press(qtbot, Key.Key_2, Mod.ControlModifier)
    assert window.current_page_id() == "actions"
    press(qtbot, Key.Key_N, Mod.ControlModifier)
    press(qtbot, Key.Key_A, Mod.ControlModifier)
    type_text(qtbot, "Keyboard-only training day")
    press(qtbot, Key.Key_S, Mod.AltModifier)  # a mnemonic "clicks" the button after a short animation

    def created():
        return [a.title for a in actions.list_actions(db.unit_of_work(), plan_id) if a.id not in before]

    qtbot.waitUntil(lambda: created() == ["Keyboard-only training day"])

    # 2. Attendance: Ctrl+4 (Training matrix), Tab into the grid, two people with Shift+Down,
    # the attendance button by its mnemonic (Alt+A), Enter records it.
    press(qtbot, Key.Key_4, Mod.ControlModifier)
    page = window.pages["matrix"]
    qtbot.waitUntil(lambda: page.view.model().rowCount() > 1)
    for _ in range(12):
        if QApplication.focusWidget() is page.view:
            break
        press(qtbot, Key.Key_Tab)
    assert QApplication.focusWidget() is page.view
    press(qtbot, Key.Key_Home, Mod.ControlModifier)
    press(qtbot, Key.Key_Down, Mod.ShiftModifier)
    chosen = page.selected_people()
    assert len(chosen) == 2
    press(qtbot, Key.Key_A, Mod.AltModifier)
    dialog = active_dialog(qtbot)
    course_id = dialog.course.currentData()
    for _ in range(6):  # on to the evidence field (Tab also steps through the date's day, month, year)
        if QApplication.focusWidget() is dialog.evidence:
            break
        press(qtbot, Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.evidence
    type_text(qtbot, "Register 14")
    press(qtbot, Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    for person in chosen:
        records = training.list_records(db.unit_of_work(), person.id)
        assert any(r.course_id == course_id and r.evidence == "Register 14" for r in records), person

    # 3. Export: Ctrl+E opens the dialog in the remembered folder, Enter exports, Escape closes the note.
    press(qtbot, Key.Key_E, Mod.ControlModifier)
    dialog = active_dialog(qtbot)
    path = dialog.path()
    password = dialog.password_box.password()  # names go out protected: the password shown to the user
    press(qtbot, Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QMessageBox))
    press(qtbot, Key.Key_Escape)
    assert path.parent == tmp_path / "exports" and path.is_file()
    from openpyxl import load_workbook

    from actionplan.protection.workbooks import decrypt_to_memory

    book = load_workbook(decrypt_to_memory(path, password), read_only=True)
    texts = {str(c) for ws in book.worksheets for row in ws.iter_rows(values_only=True) for c in row if c}
    book.close()
    assert "Keyboard-only training day" in texts

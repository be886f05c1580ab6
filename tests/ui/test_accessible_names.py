"""Every page and dialog as a screen reader sees it through QAccessible: no unnamed control."""

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QDialog

from tests.ui.a11y_walk import DIALOGS, unnamed_interactive
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.pages import PAGES
from ui.tasks import SyncTaskRunner

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def window(qtbot, tmp_path, demo_db):
    db, plan_id = demo_db
    context = AppContext(db, SyncTaskRunner())
    settings = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    win = MainWindow(context, settings, plan=plan_id)
    qtbot.addWidget(win)
    win.show()
    return win


@pytest.mark.parametrize("page_id", [page_id for page_id, _spec in PAGES])
def test_every_control_of_a_page_has_a_name(window, page_id):
    window.show_page(page_id)
    QApplication.processEvents()
    assert unnamed_interactive(window) == []


@pytest.fixture
def opened_dialogs(monkeypatch):
    """QDialog.open and exec show the dialog without waiting; the dialogs opened are listed."""
    opened: list[QDialog] = []
    original_open = QDialog.open

    def fake_open(self):
        opened.append(self)
        original_open(self)

    def fake_exec(self):
        opened.append(self)
        self.show()
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(QDialog, "open", fake_open)
    monkeypatch.setattr(QDialog, "exec", fake_exec)
    return opened


@pytest.mark.parametrize("name", list(DIALOGS))
def test_every_control_of_a_dialog_has_a_name(window, opened_dialogs, qtbot, name):
    DIALOGS[name](window)
    QApplication.processEvents()
    shown = [d for d in QApplication.topLevelWidgets() if isinstance(d, QDialog) and d.isVisible()]
    assert shown or opened_dialogs, f"no dialog opened for {name}"
    for dialog in {id(d): d for d in [*opened_dialogs, *shown]}.values():
        assert unnamed_interactive(dialog) == [], dialog.windowTitle()
        dialog.close()


def test_a_chart_shows_its_data_as_a_table_with_one_key(window, qtbot):
    from PySide6.QtWidgets import QTableWidget

    page = window.show_page("dashboard")
    chart = next(iter(page.charts.values()))
    page.tabs.setCurrentWidget(chart)
    qtbot.waitUntil(lambda: bool(chart.description))
    chart.setFocus()
    qtbot.keyClick(chart, Qt.Key.Key_T)
    dialog = chart.table_dialog
    table = dialog.findChild(QTableWidget)
    assert table.rowCount() >= 2
    assert table.accessibleName().endswith("as a table")
    assert unnamed_interactive(dialog) == []


def test_matrix_cells_say_who_what_and_the_state(window):
    page = window.show_page("matrix")
    model = page.view.model()
    from ui.models.matrix_model import FIRST_REQUIREMENT_COLUMN as column

    text = model.index(0, column).data(Qt.ItemDataRole.AccessibleTextRole)
    name = model.index(0, 0).data()
    assert text.startswith(f"{name}, ")


def test_the_walk_finds_an_unnamed_control(qtbot):
    """The check itself: an icon-only button and a bare line edit are reported, named ones are not."""
    from PySide6.QtWidgets import QLineEdit, QToolButton, QVBoxLayout, QWidget

    from ui.resources import icon

    box = QWidget()
    qtbot.addWidget(box)
    layout = QVBoxLayout(box)
    bare = QToolButton()
    bare.setIcon(icon("search"))
    named = QToolButton()
    named.setIcon(icon("search"))
    named.setAccessibleName("Search")
    layout.addWidget(bare)
    layout.addWidget(named)
    layout.addWidget(QLineEdit())
    box.show()
    found = unnamed_interactive(box)
    assert len(found) == 2 and found[0].startswith(("button", "entry")), found

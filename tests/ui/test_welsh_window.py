"""The window in Welsh (``--lang cy``): menus, pages and Qt's own buttons, then English again."""

import pytest
from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from actionplan import i18n
from ui.app import apply_language
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.tasks import SyncTaskRunner

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def welsh(qapp):
    apply_language(qapp, "cy")
    yield
    apply_language(qapp, "en")


def test_the_window_speaks_welsh(welsh, qtbot, tmp_path, demo_db):
    db, plan_id = demo_db
    settings = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    window = MainWindow(AppContext(db, SyncTaskRunner()), settings, plan=plan_id)
    qtbot.addWidget(window)
    window.show()
    assert [a.text() for a in window.menuBar().actions()] == [
        "&Ffeil",
        "&Golygu",
        "&Gweld",
        "&Cynllun",
        "&Help",
    ]
    assert window.pages["dashboard"].title() == "Dangosfwrdd"
    # The navigation names every page before it is built, as the page itself would.
    titles = [window.nav.item(row).text() for row in range(window.nav.count())]
    assert titles == [window.pages[page_id].title() for page_id in window.pages]
    assert window.pages["matrix"].title() == "Matrics hyfforddiant"
    assert i18n.current_language() == "cy" and i18n._("Overdue") == "Yn hwyr"
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    assert sorted(b.text() for b in buttons.buttons()) == ["Canslo", "Iawn"]
    assert QLocale().language() == QLocale.Language.Welsh
    for page_id in ("actions", "matrix", "people"):
        window.show_page(page_id)
    QApplication.processEvents()


def test_english_is_back_after_welsh(qapp):
    apply_language(qapp, "cy")
    apply_language(qapp, "en")
    assert i18n._("Overdue") == "Overdue"
    assert QApplication.translate("QMenuBar", "&File") == "&File"

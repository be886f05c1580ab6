"""The import wizard's entry points: File > Import and a spreadsheet dropped on the main window open it."""

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QMimeData, Qt
from PySide6.QtWidgets import QMessageBox

IMPORT_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods", ".csv")


def dropped_spreadsheet(mime: QMimeData | None) -> Path | None:
    """The first local spreadsheet or CSV file among dragged URLs, or None."""
    if mime is None or not mime.hasUrls():
        return None
    for url in mime.urls():
        if url.isLocalFile():
            path = Path(url.toLocalFile())
            if path.suffix.lower() in IMPORT_SUFFIXES:
                return path
    return None


def open_import_wizard(window: Any, path: str | Path | None = None) -> Any:
    """Open the wizard over ``window`` (a MainWindow), with ``path`` chosen when given.

    An open wizard is reused: a second dropped file starts it again with that file. Returns
    the wizard, or None when no plan is open (imports go into a plan).
    """
    from ui.import_wizard.wizard import ImportWizard

    context = window.context
    if context.db is None or context.plan_id is None:
        box = QMessageBox(
            QMessageBox.Icon.Information,
            QCoreApplication.translate("ImportWizard", "Import from a spreadsheet"),
            QCoreApplication.translate(
                "ImportWizard", "Imports go into a plan: create or open a plan first, then import the file."
            ),
            QMessageBox.StandardButton.Ok,
            window,
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return None
    wizard = getattr(window, "import_wizard", None)
    if isinstance(wizard, ImportWizard) and wizard.isVisible():
        if path is not None:
            wizard.set_file(path)
        wizard.raise_()
        wizard.activateWindow()
        return wizard
    wizard = ImportWizard(context, path, window)
    wizard.setWindowModality(Qt.WindowModality.WindowModal)
    wizard.finished.connect(lambda _result: _dispose(window, wizard))
    window.import_wizard = wizard
    wizard.open()
    return wizard


def _dispose(window: Any, wizard: Any) -> None:
    """Delete a closed wizard once its last task has finished (an import being written still lands)."""
    if window.import_wizard is wizard:
        window.import_wizard = None
    if wizard.busy:
        wizard.busy_changed.connect(lambda busy: None if busy else wizard.deleteLater())
    else:
        wizard.deleteLater()


def connect_import_wizard(window: Any) -> None:
    """Wire File > Import, the welcome page's import button and dropped files to the wizard."""
    window.import_wizard = None
    window.import_requested.connect(lambda: open_import_wizard(window))
    window.file_dropped.connect(lambda path: open_import_wizard(window, path))
    window.set_import_available(True)

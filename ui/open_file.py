"""A spreadsheet named on the command line (what "Open with" does): the import wizard opens on it.

``actionplan FILE.xlsx`` opens the window as usual, and once the window has read its plans, the
import wizard starts on the file. With no plan yet (a new database) the window says so, and the
wizard starts as soon as a plan is created or opened.
"""

from pathlib import Path
from typing import Any

from PySide6.QtCore import QEventLoop, QObject, Qt, QTimer
from PySide6.QtWidgets import QMessageBox

from ui.import_wizard import open_import_wizard

PREVIEW_TIMEOUT_MS = 120_000


class PendingImport(QObject):
    """Waits for an open plan, then opens the import wizard on ``path`` once (and goes away)."""

    def __init__(self, window: Any, path: Path):
        super().__init__(window)
        self.window = window
        self.path = path
        self.wizard: Any = None
        self._hinted = False
        window.plans_loaded.connect(self._plans_loaded)
        window.context.plan_changed.connect(self._later)
        # The plans may be read already (none, if the list is empty and nothing is loading).
        read = not window.context.tasks.is_busy
        QTimer.singleShot(0, lambda: self._try(no_plans=read and not window.plans))

    def _later(self) -> None:
        # The window opens the plan right after it reports the plans read: look once it has.
        QTimer.singleShot(0, self._try)

    def _plans_loaded(self, rows: list) -> None:
        QTimer.singleShot(0, lambda: self._try(no_plans=not rows))

    def _try(self, no_plans: bool = False) -> None:
        if self.wizard is not None:
            return
        context = self.window.context
        if context.db is not None and context.plan_id is not None:
            self.wizard = open_import_wizard(self.window, self.path)
            self.window.plans_loaded.disconnect(self._plans_loaded)
            context.plan_changed.disconnect(self._later)
            self.deleteLater()
        elif no_plans and not self._hinted:
            self._hinted = True
            self._hint()

    def _hint(self) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Import from a spreadsheet"),
            self.tr(
                "Imports go into a plan, and this database has none yet: create or open a plan, "
                "and the import of {name} will start."
            ).format(name=self.path.name),
            QMessageBox.StandardButton.Ok,
            self.window,
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()


def import_on_start(window: Any, path: str | Path) -> PendingImport:
    """Open the import wizard on ``path`` as soon as ``window`` (a MainWindow) has a plan open."""
    return PendingImport(window, Path(path))


def smoke_import(window: Any, path: str | Path, out) -> list[str]:
    """The smoke test's check of "Open with": the wizard opens on ``path`` and previews it.

    Prints one line and returns the errors (none when the preview came).
    """
    wizard = open_import_wizard(window, path)
    if wizard is None:
        return [window.tr("the import wizard needs a plan: run 'actionplan init' first")]
    if wizard.preview is None and not wizard.error:
        loop = QEventLoop()
        wizard.preview_ready.connect(loop.quit)
        wizard.preview_failed.connect(loop.quit)
        QTimer.singleShot(PREVIEW_TIMEOUT_MS, loop.quit)
        loop.exec()
    sheet = wizard.sheet()
    try:
        if wizard.error:
            return [f"import wizard: {wizard.error}"]
        if sheet is None or wizard.request.path != Path(path):
            return [f"import wizard: no preview of {Path(path).name}"]
        name, rows = Path(path).name, len(sheet.rows)
        out(f"import wizard: ok ({name}: sheet '{sheet.name}', {sheet.kind}, {rows} rows)")
        return []
    finally:
        wizard.reject()

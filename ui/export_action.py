"""File > Export to a spreadsheet…: the menu command, which loads the export dialog when first used.

Kept apart from ``ui/export_dialog.py`` so the window starts without importing the export
engine (openpyxl and numpy); the dialog module is imported when the command is first used.
"""

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QStandardPaths
from PySide6.QtWidgets import QMenu, QMessageBox

from actionplan.services.organisations import list_organisations
from actionplan.services.readmodels import OrganisationView
from ui.widgets import file_written_box

if TYPE_CHECKING:
    from actionplan.exchange.export import ExportSummary
    from ui.export_dialog import ExportDialog

FOLDER_KEY = "exports/folder"
PARTNER_KEY = "exports/partner"  # the last partner's UUID


class ExportActions(QObject):
    """File > Export to a spreadsheet…: the dialog, then the summary with Open and Open the folder."""

    def __init__(self, window: Any):
        super().__init__(window)
        self.window = window
        self.context = window.context
        self.dialog: ExportDialog | None = None
        self.done_box: QMessageBox | None = None
        self.action = window.registry.add(
            "file.export",
            self.tr("&Export to a spreadsheet…"),
            lambda: self.export(),
            icon_name="spreadsheet",
            shortcuts=["Ctrl+E"],
            tip=self.tr("Write the plan to an Excel workbook: all of it, a partner's pack or figures only"),
        )
        self._add_to_file_menu()
        for signal in (self.context.plan_changed, self.context.database_changed):
            signal.connect(self._update_enabled)
        self._update_enabled()

    def _add_to_file_menu(self) -> None:
        """Straight after File > Import from a spreadsheet…"""
        after = self.window.registry["file.import"]
        for menu in (menu_action.menu() for menu_action in self.window.menuBar().actions()):
            if isinstance(menu, QMenu) and after in menu.actions():
                entries = menu.actions()  # a separator always follows Import
                menu.insertAction(entries[entries.index(after) + 1], self.action)
                return

    def _update_enabled(self) -> None:
        self.action.setEnabled(self.context.db is not None and self.context.plan_id is not None)

    def folder(self) -> Path:
        """The last folder exported to, else the user's documents folder."""
        remembered = self.window.settings.value(FOLDER_KEY)
        if remembered and Path(str(remembered)).is_dir():
            return Path(str(remembered))
        documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        return Path(documents) if documents and Path(documents).is_dir() else Path.home()

    def export(self) -> None:
        """Read the organisations (for the partner list) in the background, then open the dialog."""
        db = self.context.db
        if db is None or self.context.plan_id is None:
            return
        self.context.tasks.run(lambda _p: list_organisations(db.unit_of_work()), on_done=self.open_dialog)

    def open_dialog(self, organisations: list[OrganisationView]) -> "ExportDialog | None":
        from ui.export_dialog import ExportDialog

        if self.context.plan_id is None or (self.dialog is not None and self.dialog.isVisible()):
            return self.dialog
        plan = next((p for p in self.window.plans if p.id == self.context.plan_id), None)
        dialog = ExportDialog(
            self.context,
            plan.name if plan else "actionplan",
            organisations,
            self.folder(),
            partner_uuid=self.window.settings.value(PARTNER_KEY),
            parent=self.window,
        )
        dialog.exported.connect(self._exported)
        dialog.finished.connect(lambda _result, closed=dialog: self._forget(closed))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _forget(self, dialog: "ExportDialog") -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def _exported(self, summary: "ExportSummary") -> QMessageBox:
        """Remember the folder and partner; say what was written, offering to open it."""
        path, settings = summary.path, self.window.settings
        settings.setValue(FOLDER_KEY, str(path.parent))
        dialog = self.sender()
        partner = dialog.partner() if hasattr(dialog, "partner") else None
        if partner is not None:
            settings.setValue(PARTNER_KEY, partner.uuid)
        self.context.show_message(self.tr("Exported to {path}").format(path=path))
        advice = (
            self.tr(
                "The workbook is protected with a password. Send the password by another channel: read it "
                "out on the phone or send it by text message, never in the same email as the workbook."
            )
            if summary.protected
            else ""
        )
        self.done_box = file_written_box(
            self.window, self.tr("Export to a spreadsheet"), summary.line(), path, advice
        )
        return self.done_box


def install_export_action(window: Any) -> ExportActions:
    """Add File > Export to a spreadsheet… (Ctrl+E) to the main window."""
    return ExportActions(window)

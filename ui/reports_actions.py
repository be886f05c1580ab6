"""File > Meeting pack… and File > Export deadlines…: the PDF pack and the .ics calendar, in the background.

``install_report_actions(window)`` registers both commands in the window's action registry and
puts them in the File menu; the files are written by the core (``write_meeting_pack``,
``write_calendar``) through the task runner, and the window then offers to open the file or
its folder.
"""

import re
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QStandardPaths
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.widgets import FieldError, file_written_box

FOLDER_KEY = "reports/folder"


def safe_file_name(text: str) -> str:
    """``text`` usable as a file name on Windows, macOS and Linux."""
    return re.sub(r'[\\/:*?"<>|]+', "-", text).strip(" .") or "actionplan"


class MeetingPackDialog(QDialog):
    """Where to write the meeting pack, and whether it names the people who are overdue."""

    def __init__(self, path: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Meeting pack"))
        self.setMinimumWidth(520)
        intro = QLabel(
            self.tr(
                "An A4 PDF for the partnership board: headline figures, changes since the last "
                "meeting, the charts, the actions by theme and what is overdue."
            )
        )
        intro.setWordWrap(True)
        self.path_edit = QLineEdit(str(path))
        self.path_edit.setAccessibleName(self.tr("File to write"))
        browse = QPushButton(self.tr("&Browse…"))
        browse.setAutoDefault(False)  # Enter in the file name writes the pack, not Browse
        browse.setAccessibleName(self.tr("Choose the file"))
        browse.clicked.connect(self._browse)
        file_label = QLabel(self.tr("&File:"))
        file_label.setBuddy(self.path_edit)
        row = QHBoxLayout()
        row.addWidget(file_label)
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        self.include_names = QCheckBox(self.tr("Include the &names of people with overdue training"))
        self.include_names.setAccessibleName(self.tr("Include the names of people with overdue training"))
        note = QLabel(
            self.tr(
                "Without names the pack gives counts by organisation only. With names, share it only "
                "with people entitled to see them."
            )
        )
        note.setWordWrap(True)
        self.error = FieldError()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        write = buttons.addButton(self.tr("&Write the pack"), QDialogButtonBox.ButtonRole.AcceptRole)
        write.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addWidget(self.include_names)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def path(self) -> Path:
        path = Path(self.path_edit.text().strip()).expanduser()
        return path if path.suffix else path.with_name(path.name + ".pdf")

    def _browse(self) -> None:
        name, _chosen = QFileDialog.getSaveFileName(
            self, self.tr("Save the meeting pack as"), str(self.path()), self.tr("PDF documents (*.pdf)")
        )
        if name:
            self.path_edit.setText(name)

    def accept(self) -> None:
        path = self.path()
        if not self.path_edit.text().strip():
            self.error.show_error(self.tr("Give the file a name."))
        elif path.suffix.lower() != ".pdf":
            self.error.show_error(self.tr("The meeting pack is a PDF: give a file name ending in .pdf."))
        elif not path.parent.is_dir():
            self.error.show_error(self.tr("There is no folder {folder}.").format(folder=path.parent))
        else:
            super().accept()


class ReportActions(QObject):
    """The window's report commands: the meeting pack and the deadlines calendar."""

    def __init__(self, window: Any):
        super().__init__(window)
        self.window = window
        self.context = window.context
        self.dialog: MeetingPackDialog | None = None
        self.done_box: QMessageBox | None = None
        tr = self.tr
        registry = window.registry
        self.pack_action = registry.add(
            "file.meeting_pack",
            tr("&Meeting pack…"),
            lambda: self.meeting_pack(),
            icon_name="export",
            shortcuts=["Ctrl+P"],
            tip=tr("Write the PDF meeting pack for the partnership board"),
        )
        self.calendar_action = registry.add(
            "file.export_deadlines",
            tr("Export &deadlines…"),
            lambda: self.export_deadlines(),
            tip=tr("Write action and training deadlines as a calendar file (.ics) for Outlook"),
        )
        self._add_to_file_menu(registry)
        for signal in (self.context.plan_changed, self.context.database_changed):
            signal.connect(self._update_enabled)
        self._update_enabled()

    def _add_to_file_menu(self, registry: Any) -> None:
        """After File > Import, before File > Back up."""
        backup = registry["file.backup"]
        for menu_action in self.window.menuBar().actions():
            menu = menu_action.menu()
            if isinstance(menu, QMenu) and backup in menu.actions():
                menu.insertAction(backup, self.pack_action)
                menu.insertAction(backup, self.calendar_action)
                menu.insertSeparator(backup)
                return

    def _update_enabled(self) -> None:
        ready = self.context.db is not None and self.context.plan_id is not None
        self.pack_action.setEnabled(ready)
        self.calendar_action.setEnabled(ready)

    # -- where files go ------------------------------------------------------------------------

    def _folder(self) -> Path:
        folder = self.window.settings.value(FOLDER_KEY) or QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        return Path(str(folder or Path.home()))

    def _plan_name(self) -> str:
        plan = next((p for p in self.window.plans if p.id == self.context.plan_id), None)
        return plan.name if plan else "actionplan"

    def default_path(self, what: str, suffix: str) -> Path:
        today = self.context.today
        return self._folder() / f"{safe_file_name(self._plan_name())} {what} {today:%Y-%m-%d}{suffix}"

    # -- the meeting pack ----------------------------------------------------------------------

    def meeting_pack(self) -> MeetingPackDialog | None:
        """Ask where to write the pack (and whether with names), then write it in the background."""
        if self.context.plan_id is None:
            return None
        dialog = MeetingPackDialog(self.default_path(self.tr("meeting pack"), ".pdf"), self.window)
        dialog.accepted.connect(lambda: self.write_pack(dialog.path(), dialog.include_names.isChecked()))
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()
        return dialog

    def write_pack(self, path: Path, include_names: bool = False) -> None:
        db, plan_id, today = self.context.db, self.context.plan_id, self.context.today
        if db is None or plan_id is None:
            return
        self.window.settings.setValue(FOLDER_KEY, str(path.parent))
        message = self.tr("Writing the meeting pack…")
        # Imported when first used, on this thread (the window opens without the report modules).
        from actionplan.reports.meeting_pack import write_meeting_pack

        def work(progress: Any) -> int:
            progress.report(0, 0, message)
            return write_meeting_pack(db, plan_id, path, on=today, include_names=include_names)

        self.context.tasks.run(
            work,
            on_done=lambda pages: self._written(
                path, self.tr("The meeting pack has {n} pages.").format(n=pages), self.tr("Meeting pack")
            ),
            on_error=self.context.report_error,
        )

    # -- the calendar ----------------------------------------------------------------------------

    def export_deadlines(self, path: Path | str | None = None) -> None:
        """Write the plan's deadlines as an .ics file, asking where when no path is given."""
        if self.context.plan_id is None:
            return
        if path is None:
            name, _chosen = QFileDialog.getSaveFileName(
                self.window,
                self.tr("Export deadlines"),
                str(self.default_path(self.tr("deadlines"), ".ics")),
                self.tr("Calendar files (*.ics)"),
            )
            if not name:
                return
            path = Path(name) if Path(name).suffix else Path(name + ".ics")
        target = Path(path)
        db, plan_id, today = self.context.db, self.context.plan_id, self.context.today
        self.window.settings.setValue(FOLDER_KEY, str(target.parent))
        message = self.tr("Writing the deadlines…")
        from actionplan.reports.calendar import write_calendar  # imported when first used

        def work(progress: Any) -> int:
            progress.report(0, 0, message)
            return write_calendar(db, plan_id, target, on=today)

        self.context.tasks.run(
            work,
            on_done=lambda events: self._written(
                target,
                self.tr(
                    "{n} deadlines are in the calendar file. Open it with Outlook or another calendar "
                    "to add them."
                ).format(n=events),
                self.tr("Export deadlines"),
            ),
            on_error=self.context.report_error,
        )

    # -- afterwards ------------------------------------------------------------------------------

    def _written(self, path: Path, detail: str, title: str) -> QMessageBox:
        """Say where the file went, offering to open it or its folder."""
        self.context.show_message(self.tr("Wrote {path}").format(path=path))
        self.done_box = file_written_box(
            self.window,
            title,
            self.tr("Wrote {name}.").format(name=path.name) + " " + detail,
            path,
            str(path.parent),
        )
        return self.done_box


def install_report_actions(window: Any) -> ReportActions:
    """Add File > Meeting pack… and File > Export deadlines… to the main window."""
    return ReportActions(window)

"""The People page's data protection commands: Purge leavers… and Subject access report….

``install_privacy_actions(page)`` adds the two buttons (Purge leavers… under the list,
Subject access report… under the person's details) and opens their dialogs.
"""

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QStandardPaths
from PySide6.QtWidgets import QMessageBox, QPushButton

from ui.dialogs.purge_dialog import PurgeDialog
from ui.widgets import file_written_box

if TYPE_CHECKING:  # the dialog (and openpyxl behind it) is imported when first opened
    from ui.dialogs.subject_access_dialog import SubjectAccessDialog

FOLDER_KEY = "subject_access/folder"


class PeoplePrivacyActions(QObject):
    """Purge leavers… and Subject access report… on the People page."""

    def __init__(self, page: Any):
        super().__init__(page)
        self.page = page
        self.context = page.context
        self.purge_dialog: PurgeDialog | None = None
        self.access_dialog: SubjectAccessDialog | None = None
        self.done_box: QMessageBox | None = None
        self.purge_button = QPushButton(self.tr("Purge lea&vers…"))
        self.purge_button.setAccessibleName(
            self.tr("Purge the people who left longer ago than the retention period")
        )
        self.purge_button.clicked.connect(self.open_purge)
        self.access_button = QPushButton(self.tr("S&ubject access…"))
        self.access_button.setToolTip(self.tr("Write everything held about this person to a workbook"))
        self.access_button.setAccessibleName(self.tr("Write everything held about this person to a workbook"))
        self.access_button.clicked.connect(self.open_subject_access)
        page.below.addWidget(self.purge_button)
        page.detail.buttons.addWidget(self.access_button)

    def open_purge(self) -> PurgeDialog | None:
        if self.context.db is None:
            return None
        self.purge_dialog = PurgeDialog(self.context, self.page)
        self.purge_dialog.finished.connect(lambda _r, d=self.purge_dialog: d.deleteLater())
        self.purge_dialog.open()
        return self.purge_dialog

    def folder(self) -> Path:
        settings = getattr(self.page.window(), "settings", None)
        remembered = settings.value(FOLDER_KEY) if settings is not None else None
        if remembered and Path(str(remembered)).is_dir():
            return Path(str(remembered))
        documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        return Path(documents) if documents and Path(documents).is_dir() else Path.home()

    def open_subject_access(self) -> "SubjectAccessDialog | None":
        from ui.dialogs.subject_access_dialog import SubjectAccessDialog

        person = self.page.current_person()
        if person is None or self.context.db is None:
            return None
        dialog = SubjectAccessDialog(self.context, person, self.folder(), self.page)
        dialog.written.connect(self._written)
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        self.access_dialog = dialog
        dialog.open()
        return dialog

    def _written(self, report: Any, path: Path) -> None:
        settings = getattr(self.page.window(), "settings", None)
        if settings is not None:
            settings.setValue(FOLDER_KEY, str(path.parent))
        protected = self.access_dialog is not None and self.access_dialog.password_box.password() is not None
        advice = (
            self.tr(
                "The workbook is protected with a password. Send the password by another channel than the "
                "workbook: read it out on the phone or send it by text message."
            )
            if protected
            else ""
        )
        self.context.show_message(self.tr("Subject access report written to {path}").format(path=path))
        self.done_box = file_written_box(
            self.page, self.tr("Subject access report"), report.line(path), path, advice
        )


def install_privacy_actions(page: Any) -> PeoplePrivacyActions:
    return PeoplePrivacyActions(page)

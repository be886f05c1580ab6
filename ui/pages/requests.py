"""The Requests page: each partner's latest update request, who has returned it, and reminders."""

from pathlib import Path
from typing import Any

from PySide6.QtCore import QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from actionplan.errors import ValidationError
from actionplan.requests.figures import list_candidates
from actionplan.requests.service import RoundResult, saved_template, send_reminders
from actionplan.requests.status import RequestView, list_requests, returns_summary
from ui.context import AppContext
from ui.dialogs.request_updates_dialog import RequestChoices, RequestUpdatesDialog
from ui.models.requests_model import (
    COL_CHANGES,
    COL_CONTACT,
    COL_ORGANISATION,
    REQUEST_ROLE,
    SORT_ROLE,
    RequestsModel,
)
from ui.pages.page_support import PageLoader, read_only_table
from ui.resources import icon
from ui.widgets import error_message


def default_folder(requests: list[RequestView]) -> Path:
    """The folder of the latest round's packs, else "Update requests" in the user's documents."""
    latest = max(requests, key=lambda r: (r.sent_on, r.id), default=None)
    if latest is not None and latest.pack_path and Path(latest.pack_path).parent.is_dir():
        return Path(latest.pack_path).parent
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    base = Path(documents) if documents and Path(documents).is_dir() else Path.home()
    return base / "Update requests"


class RequestsPage(QWidget):
    """Who has returned their update: a row per partner, with reminders for those outstanding."""

    page_id = "requests"

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.dialog: RequestUpdatesDialog | None = None
        self.result_box: QMessageBox | None = None
        self.last_result: RoundResult | None = None

        title = QLabel(self.title())
        title.setObjectName("pageTitle")
        self.request_button = QPushButton(icon("requests"), self.tr("&Request updates…"))
        self.request_button.setAccessibleName(self.tr("Request updates from partners"))
        self.request_button.clicked.connect(self.request_updates)
        self.remind_button = QPushButton(icon("update"), self.tr("Re&mind…"))
        self.remind_button.setAccessibleName(self.tr("Write reminders for the requests not returned"))
        self.remind_button.clicked.connect(self.remind)
        self.folder_button = QPushButton(icon("open"), self.tr("Open the &folder"))
        self.folder_button.setAccessibleName(self.tr("Open the folder of the selected request's pack"))
        self.folder_button.clicked.connect(self.open_folder)
        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(self.request_button)
        top.addWidget(self.remind_button)
        top.addWidget(self.folder_button)

        self.summary = QLabel()
        self.summary.setObjectName("pageSubtitle")
        self.summary.setAccessibleName(self.tr("Returns summary"))
        intro = QLabel(
            self.tr(
                "Each partner's latest update request. When a pack comes back, import it (File > Import, or "
                "drop it on the window): its request is marked returned with what it changed. Remind writes "
                "a new draft for each request not yet returned (for the selected ones, when some are "
                "selected), attaching the same pack when nothing in it has changed since."
            )
        )
        intro.setWordWrap(True)

        self.model = RequestsModel(self)
        self.view, self.proxy = read_only_table(self.model, SORT_ROLE, self.tr("Update requests"), self)
        self.view.setSelectionMode(self.view.SelectionMode.ExtendedSelection)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_CONTACT, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_CHANGES, QHeaderView.ResizeMode.Stretch)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.activated.connect(lambda _index: self.open_folder())
        self.view.selectionModel().selectionChanged.connect(self._update)
        self.status = QLabel()
        self.status.setAccessibleName(self.tr("Requests status"))
        self.status.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(intro)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status)
        self.loader = PageLoader(self, context, self._make_load, self._apply, self.status)
        self._update()

    # --- page contract -----------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Requests")

    def refresh(self) -> None:
        self.loader.run()

    def new_item_text(self) -> str:
        return self.tr("Request updates…")

    def add_new(self) -> None:
        self.request_updates()

    # --- loading -------------------------------------------------------------------------

    def _make_load(self):
        db, plan_id, today = self.context.db, self.context.plan_id, self.context.today
        if db is None or plan_id is None:
            return None
        return lambda _progress: (list_requests(db.unit_of_work(), plan_id), today)

    def _apply(self, result: tuple[list[RequestView], Any] | None) -> None:
        requests, today = result if result is not None else ([], self.context.today)
        self.model.set_requests(requests, today)
        if requests:
            summary = returns_summary(requests, today)
            text = summary.sentence() + "."
            if summary.overdue:
                text += " " + self.tr("%n overdue.", "", summary.overdue)
            self.summary.setText(text)
            self.status.setText("")
        else:
            self.summary.setText(self.tr("No update requests have been sent for this plan yet."))
            self.status.setText(
                self.tr("Request updates… writes each partner its pack and an email draft in one step.")
            )
        self.view.setColumnWidth(COL_CONTACT, min(240, max(140, self.view.sizeHintForColumn(COL_CONTACT))))
        self._update()

    def _update(self, *_args: Any) -> None:
        ready = self.context.db is not None and self.context.plan_id is not None
        self.request_button.setEnabled(ready)
        outstanding = [r for r in self.model.rows() if r.returned_on is None]
        self.remind_button.setEnabled(ready and bool(outstanding))
        self.folder_button.setEnabled(bool(self.selected()))

    def selected(self) -> list[RequestView]:
        return [
            index.data(REQUEST_ROLE) for index in self.view.selectionModel().selectedRows(COL_ORGANISATION)
        ]

    def select_organisation(self, name: str) -> None:
        for row in range(self.proxy.rowCount()):
            if self.proxy.index(row, COL_ORGANISATION).data() == name:
                self.view.selectRow(row)
                return

    # --- a round of requests --------------------------------------------------------------------

    def request_updates(self) -> None:
        """Read the partners and the last message in the background, then open the dialog."""
        db, plan_id = self.context.db, self.context.plan_id
        if db is None or plan_id is None:
            return
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.raise_()
            return

        def work(_progress: Any) -> RequestChoices:
            return RequestChoices(
                list_candidates(db.unit_of_work(), plan_id),
                saved_template(db.unit_of_work()),
                default_folder(list_requests(db.unit_of_work(), plan_id)),
            )

        self.context.tasks.run(work, on_done=self.open_dialog, on_error=self.context.report_error)

    def open_dialog(self, choices: RequestChoices) -> RequestUpdatesDialog:
        dialog = RequestUpdatesDialog(self.context, choices, self)
        dialog.sent.connect(self._sent)
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _sent(self, result: RoundResult) -> None:
        self.context.notify_changed()
        self.show_result(result)

    # --- reminders ------------------------------------------------------------------------------

    def remind(self, password: str | None = None) -> None:
        """Write reminders for the selected requests not returned (or all of them) in the background."""
        db, plan_id, today = self.context.db, self.context.plan_id, self.context.today
        if db is None or plan_id is None:
            return
        chosen = [r.organisation for r in self.selected() if r.returned_on is None]
        organisations = chosen or None

        def work(_progress: Any) -> RoundResult:
            return send_reminders(
                db.unit_of_work(), plan_id, organisations=organisations, password=password, on=today
            )

        self.status.setText(self.tr("Writing reminders…"))
        self.context.tasks.run(work, on_done=self._reminded, on_error=self._remind_failed)

    def _reminded(self, result: RoundResult) -> None:
        self.status.setText("")
        self.context.notify_changed()
        self.show_result(result)

    def _remind_failed(self, exc: BaseException) -> None:
        self.status.setText("")
        if isinstance(exc, ValidationError) and exc.field == "password":
            password, given = QInputDialog.getText(
                self, self.tr("Password for the packs"), str(exc), QLineEdit.EchoMode.Password
            )
            if given and password:
                self.remind(password)
            return
        self.status.setText(error_message(exc))
        self.context.report_error(exc)

    # --- afterwards -----------------------------------------------------------------------------

    def show_result(self, result: RoundResult) -> QMessageBox:
        """What was written, each partner on a line, and who was left out; with Open the folder."""
        self.last_result = result
        written = len(result.written)
        if result.reminder:
            title = self.tr("Reminders")
            text = (
                self.tr("Wrote 1 reminder.")
                if written == 1
                else self.tr("Wrote %n reminders.", "", written)
                if written
                else self.tr("Every request has been returned: there is nobody to remind.")
            )
        else:
            title = self.tr("Update requests")
            text = (
                self.tr("Wrote a pack and an email draft for 1 partner.")
                if written == 1
                else self.tr("Wrote a pack and an email draft for each of %n partners.", "", written)
            )
        if written:
            text += " " + self.tr("Open the drafts in Outlook or Thunderbird to send them.")
        box = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Close, self)
        left_out = result.no_contact + result.not_involved
        if left_out:
            box.setIcon(QMessageBox.Icon.Warning)
            box.setInformativeText(
                self.tr(
                    "Left out: %1. Add each one's Prevent contact in Organisations, then ask again."
                ).replace("%1", ", ".join(result.no_contact))
                if result.no_contact
                else ""
            )
        box.setDetailedText("\n".join(result.lines()))
        if written:
            folder = result.written[0].draft.parent
            open_folder = box.addButton(self.tr("Open the &folder"), QMessageBox.ButtonRole.ActionRole)
            open_folder.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.result_box = box
        self.context.show_message(text)
        return box

    def open_folder(self) -> None:
        chosen = self.selected()
        if not chosen:
            return
        path = Path(chosen[0].draft_path or chosen[0].pack_path)
        if path.parent.is_dir():
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))
        else:
            self.status.setText(
                self.tr("The folder {folder} is not there any more.").format(folder=path.parent)
            )

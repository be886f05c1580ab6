"""File > Request updates…: the folder, the reply date, the partners, the message and an optional password.

The dialog stays open while the packs and drafts are written (through the task runner), with a
progress bar; Stop (or Esc) then stops the round and nothing is kept. When it is done,
``sent`` carries the core's ``RoundResult`` and the dialog closes.
"""

import threading
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from actionplan.requests.drafts import check_template, default_template, placeholders
from actionplan.requests.figures import Candidate
from actionplan.requests.service import DEFAULT_DUE_DAYS, RequestsCancelled, RoundResult, send_requests
from ui.dialogs.form import CheckList, make_date_edit
from ui.tasks import Cancelled
from ui.widgets import FieldError, error_message

MIN_PASSWORD = 8


@dataclass(frozen=True)
class RequestChoices:
    """What the dialog offers, read in the background: the partners, the last message, a folder."""

    candidates: list[Candidate]
    template: str
    folder: Path


class RequestUpdatesDialog(QDialog):
    """Asks every chosen partner for its update: a pack and an email draft each, written to a folder."""

    sent = Signal(object)  # RoundResult
    progressed = Signal(int, int)  # done, total (organisations): emitted from the worker thread

    def __init__(self, context: Any, choices: RequestChoices, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.choices = choices
        self.running = False
        self._stop = threading.Event()
        self.setWindowTitle(self.tr("Request updates from partners"))
        self.setMinimumWidth(720)

        intro = QLabel(
            self.tr(
                "Each partner gets its own pack (its people and their training, and the actions it leads "
                "or supports) and an email draft to its Prevent contact, saved side by side in the folder. "
                "Open the drafts in Outlook or Thunderbird to send them: nothing is sent from here. When a "
                "pack comes back, import it and its request is marked returned."
            )
        )
        intro.setWordWrap(True)

        self.folder_edit = QLineEdit(str(choices.folder))
        self.folder_edit.setAccessibleName(self.tr("Folder for the packs and drafts"))
        browse = QPushButton(self.tr("&Browse…"))
        browse.setAutoDefault(False)
        browse.setAccessibleName(self.tr("Choose the folder"))
        browse.clicked.connect(self._browse)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(browse)
        self.due_edit = make_date_edit(
            context.today + timedelta(days=DEFAULT_DUE_DAYS), name=self.tr("Reply by")
        )

        self.partners = CheckList()
        self.partners.setAccessibleName(self.tr("Partners to ask"))
        self.partners.setFixedHeight(self.fontMetrics().lineSpacing() * 8 + 12)
        for candidate in choices.candidates:
            if candidate.has_contact:
                text = self.tr("{name} — {contact}").format(
                    name=candidate.name,
                    contact=f"{candidate.contact_name} <{candidate.contact_email}>"
                    if candidate.contact_name
                    else candidate.contact_email,
                )
                self.partners.add_choice(text, candidate.name, checked=True)
            else:
                item = self.partners.add_choice(
                    self.tr("{name} — no Prevent contact: add one in Organisations").format(
                        name=candidate.name
                    ),
                    candidate.name,
                )
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsUserCheckable & ~Qt.ItemFlag.ItemIsEnabled)
        self.without_contact = [c.name for c in choices.candidates if not c.has_contact]

        self.message = QPlainTextEdit(choices.template)
        self.message.setAccessibleName(self.tr("Message"))
        self.message.setTabChangesFocus(True)
        self.message.setMinimumHeight(self.fontMetrics().lineSpacing() * 10)
        names = ", ".join("{" + key + "}" for key in placeholders())
        self.message.setToolTip("\n".join(f"{{{key}}}: {what}" for key, what in placeholders().items()))
        restore = QPushButton(self.tr("Restore the &default"))
        restore.setAutoDefault(False)
        restore.clicked.connect(lambda: self.message.setPlainText(default_template()))
        hint = QLabel(
            self.tr("Placeholders (hover over the message for what each holds): {names}").format(names=names)
        )
        hint.setWordWrap(True)
        hint.setObjectName("hint")

        self.protect = QCheckBox(self.tr("&Protect each pack with a password"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Password"))
        self.password_again = QLineEdit()
        self.password_again.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_again.setAccessibleName(self.tr("Password again"))
        self.password.setPlaceholderText(self.tr("Password (at least {n} characters)").format(n=MIN_PASSWORD))
        self.password_again.setPlaceholderText(self.tr("The same password again"))
        password_row = QHBoxLayout()
        password_row.addWidget(self.password, 1)
        password_row.addWidget(self.password_again, 1)
        password_note = QLabel(
            self.tr(
                "The message then says the password comes separately: tell it to each contact by phone "
                "or text, never in the same email."
            )
        )
        password_note.setWordWrap(True)
        self.protect.toggled.connect(self._protect_toggled)
        self._protect_toggled(False)

        form = QFormLayout()
        form.addRow(self._label(self.tr("&Folder:"), self.folder_edit), folder_row)
        form.addRow(self._label(self.tr("&Reply by:"), self.due_edit), self.due_edit)
        form.addRow(self._label(self.tr("P&artners:"), self.partners), self.partners)
        form.addRow(self._label(self.tr("&Message:"), self.message), self.message)
        hint_row = QHBoxLayout()
        hint_row.addWidget(hint, 1)
        hint_row.addWidget(restore, 0, Qt.AlignmentFlag.AlignTop)
        form.addRow("", hint_row)
        form.addRow("", self.protect)
        form.addRow(self._label(self.tr("Pa&ssword:"), self.password), password_row)
        form.addRow("", password_note)

        self.error = FieldError()
        self.status = QLabel()
        self.status.setAccessibleName(self.tr("Progress"))
        self.progress_bar = QProgressBar()
        self.progress_bar.setVisible(False)
        self.progressed.connect(self._advanced, Qt.ConnectionType.QueuedConnection)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.write_button = self.buttons.addButton(
            self.tr("&Write the drafts"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.write_button.setDefault(True)
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        self._inputs = [
            self.folder_edit,
            browse,
            self.due_edit,
            self.partners,
            self.message,
            restore,
            self.protect,
        ]

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        if not choices.candidates:
            self.error.show_error(self.tr("No organisation has people or actions in the plan yet."))
            self.write_button.setEnabled(False)

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    def _protect_toggled(self, on: bool) -> None:
        self.password.setEnabled(on)
        self.password_again.setEnabled(on)
        if on:
            self.password.setFocus()

    def _browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Folder for the packs and drafts"), self.folder_edit.text()
        )
        if chosen:
            self.folder_edit.setText(chosen)

    # -- choices -------------------------------------------------------------------------------

    def folder(self) -> Path:
        return Path(self.folder_edit.text().strip()).expanduser()

    def due(self) -> date | None:
        return self.due_edit.value()

    def chosen(self) -> list[str]:
        return list(self.partners.checked_data())

    def problem(self) -> str:
        """Why the round cannot start, in one sentence; "" when it can."""
        if not self.folder_edit.text().strip():
            return self.tr("Choose the folder for the packs and drafts.")
        if self.folder().exists() and not self.folder().is_dir():
            return self.tr("{path} is a file: choose a folder.").format(path=self.folder())
        due = self.due()
        if due is None or due < self.context.today:
            return self.tr("Choose a reply date from today on.")
        if not self.chosen():
            return self.tr("Tick at least one partner to ask.")
        try:
            check_template(self.message.toPlainText())
        except Exception as exc:  # noqa: BLE001 - the core's sentence is shown as it is
            return error_message(exc)
        if self.protect.isChecked():
            if len(self.password.text()) < MIN_PASSWORD:
                return self.tr("The password needs at least {n} characters.").format(n=MIN_PASSWORD)
            if self.password.text() != self.password_again.text():
                return self.tr("The two passwords are not the same: type it again.")
        return ""

    # -- writing -------------------------------------------------------------------------------

    def start(self) -> None:
        """Check the choices, then write the packs and drafts through the task runner."""
        if self.running:
            return
        problem = self.problem()
        if problem:
            self.error.show_error(problem)
            return
        db, plan_id, today = self.context.db, self.context.plan_id, self.context.today
        if db is None or plan_id is None:
            return
        folder, due, chosen = self.folder(), self.due(), self.chosen()
        template = self.message.toPlainText()
        password = self.password.text() if self.protect.isChecked() else None
        stop, progressed = self._stop, self.progressed
        stop.clear()
        message = self.tr("Writing the update requests…")
        self._set_running(True)

        def work(progress: Any) -> RoundResult:
            progress.report(0, 0, message)

            def advance(done: int, total: int) -> None:
                progressed.emit(done, total)
                progress.report(done, total, message)

            return send_requests(
                db.unit_of_work(),
                plan_id,
                folder,
                due=due,
                organisations=chosen,
                template=template,
                password=password,
                on=today,
                progress=advance,
                cancel=stop.is_set,
            )

        self.context.tasks.run(work, on_done=self._finished, on_error=self._failed)

    def _set_running(self, running: bool) -> None:
        self.running = running
        for widget in self._inputs:
            widget.setEnabled(not running)
        self._protect_toggled(self.protect.isChecked() and not running)
        self.write_button.setEnabled(not running)
        self.progress_bar.setVisible(running)
        self.progress_bar.setRange(0, 0)
        self.status.setText(self.tr("Writing the packs and drafts…") if running else "")
        self.cancel_button.setText(self.tr("&Stop") if running else self.tr("Cancel"))
        if running:
            self.error.clear_error()
            self.cancel_button.setFocus()

    def _advanced(self, done: int, total: int) -> None:
        if total > 0 and self.running:
            self.progress_bar.setRange(0, total)
            self.progress_bar.setValue(done)

    def _finished(self, result: RoundResult) -> None:
        self._set_running(False)
        self.password.clear()
        self.password_again.clear()
        self.done(QDialog.DialogCode.Accepted)
        self.sent.emit(result)

    def _failed(self, exc: BaseException) -> None:
        self._set_running(False)
        if isinstance(exc, Cancelled | RequestsCancelled):
            self.status.setText(self.tr("Stopped: nothing was written or recorded."))
            return
        self.error.show_error(error_message(exc))

    def reject(self) -> None:
        if self.running:  # Stop, Esc or closing the dialog stops the round first
            self._stop.set()
            self.status.setText(self.tr("Stopping…"))
            return
        super().reject()

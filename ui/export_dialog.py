"""File > Export to a spreadsheet… (Ctrl+E): the full workbook, a partner's pack or figures without names."""

import re
import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from actionplan.exchange.export import (
    ExportCancelled,
    ExportError,
    ExportSummary,
    check_destination,
    export_workbook,
    sheet_choices,
)
from actionplan.services.readmodels import OrganisationView
from ui.dialogs.form import CheckList
from ui.export_action import FOLDER_KEY, PARTNER_KEY  # noqa: E402,F401  (settings keys, shared)
from ui.password_box import PasswordBox
from ui.reports_actions import safe_file_name
from ui.tasks import Cancelled
from ui.widgets import FieldError, error_message

KINDS = ("full", "partner", "aggregate")
EXTENSION = re.compile(r"^\.[A-Za-z0-9]{1,5}$")  # ".csv" is an extension; ".2 - 28-11-2026" is not


def default_file_name(plan_name: str, what: str, day: Any) -> str:
    """The file name: the plan, what the file holds (if not all of it) and the day, dd-mm-yyyy."""
    parts = [plan_name, what, f"{day:%d-%m-%Y}"] if what else [plan_name, f"{day:%d-%m-%Y}"]
    return safe_file_name(" - ".join(parts)) + ".xlsx"


class ExportDialog(QDialog):
    """What to export (kind, partner, sheets) and where; Export writes it in the background.

    The dialog stays open while the workbook is written, with a progress bar; Cancel (or Esc)
    then stops the export and nothing is written. When the file is done ``exported`` carries the
    ``ExportSummary`` and the dialog closes; an error is shown in it as one sentence.
    """

    exported = Signal(object)  # ExportSummary
    progressed = Signal(int, int)  # done, total: emitted from the worker thread

    def __init__(
        self,
        context: Any,
        plan_name: str,
        organisations: list[OrganisationView],
        folder: Path,
        partner_uuid: str | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.context = context
        self.plan_name = plan_name
        self.organisations = organisations
        self.folder = folder
        self.running = False
        self._stop = threading.Event()
        self._checked: dict[str, bool] = {}  # sheet key -> ticked, kept while the kind changes
        self._auto_name = ""
        self.setWindowTitle(self.tr("Export to a spreadsheet"))
        self.setMinimumWidth(800)

        self.kind_group = QButtonGroup(self)
        self.kind_buttons: dict[str, QRadioButton] = {}
        self.explanations: dict[str, QLabel] = {}
        texts = {
            "full": self.tr("&Full workbook"),
            "partner": self.tr("&Partner pack for"),
            "aggregate": self.tr("&Aggregate figures (no names)"),
        }
        notes = {
            "full": self.tr(
                "Everything in the plan: actions, people, training records, the training matrix and "
                "requirements. It names people: share it only with those entitled to see them."
            ),
            "partner": self.tr(
                "Only this organisation's people and training, and the actions it leads or supports. "
                "The partner can update it and send it back for import."
            ),
            "aggregate": self.tr(
                "Counts and percentages by organisation, role group and course, for the board. No names "
                "or emails; counts below 5 are shown as “<5”."
            ),
        }
        kind_box = QGroupBox(self.tr("What to export"))
        grid = QGridLayout(kind_box)
        grid.setVerticalSpacing(2)
        grid.setColumnStretch(2, 1)
        indent = self.style().pixelMetric(QStyle.PixelMetric.PM_ExclusiveIndicatorWidth) + 8
        self.partner_combo = QComboBox()
        self.partner_combo.setAccessibleName(self.tr("Partner organisation"))
        self.partner_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for org in organisations:
            self.partner_combo.addItem(org.name, org.id)
            if org.uuid == partner_uuid:
                self.partner_combo.setCurrentIndex(self.partner_combo.count() - 1)
        for row, kind in enumerate(KINDS):
            button = QRadioButton(texts[kind])
            button.setAccessibleName(texts[kind].replace("&", ""))
            button.setAccessibleDescription(notes[kind])
            self.kind_group.addButton(button, row)
            self.kind_buttons[kind] = button
            note = QLabel(notes[kind])
            note.setWordWrap(True)
            note.setContentsMargins(indent, 0, 0, 8)
            note.setObjectName("exportKindNote")
            self.explanations[kind] = note
            grid.addWidget(button, row * 2, 0)
            grid.addWidget(note, row * 2 + 1, 0, 1, 3)
        grid.addWidget(self.partner_combo, 2, 1)
        self.kind_buttons["full"].setChecked(True)
        if not organisations:
            self.kind_buttons["partner"].setEnabled(False)
            self.kind_buttons["partner"].setToolTip(self.tr("Add the partner organisations first."))
        self.kind_group.idToggled.connect(self._kind_toggled)
        self.partner_combo.currentIndexChanged.connect(lambda _i: self._update_name())

        sheets_box = QGroupBox(self.tr("&Sheets"))
        self.sheets = CheckList()
        self.sheets.setAccessibleName(self.tr("Sheets to include"))
        self.sheets.setAccessibleDescription(self.tr("Space ticks or clears the current sheet."))
        self.sheets.itemChanged.connect(self._sheet_ticked)
        self.sheets.setMaximumHeight(16777215)  # fill the box, as tall as the kinds beside it
        sheets_layout = QVBoxLayout(sheets_box)
        sheets_layout.addWidget(self.sheets)
        options = QHBoxLayout()
        options.addWidget(kind_box, 3)
        options.addWidget(sheets_box, 2)

        self.path_edit = QLineEdit()
        self.path_edit.setAccessibleName(self.tr("File to write"))
        self.path_edit.textChanged.connect(self._path_changed)
        file_label = QLabel(self.tr("F&ile:"))
        file_label.setBuddy(self.path_edit)
        self.browse_button = QPushButton(self.tr("&Browse…"))
        self.browse_button.setAccessibleName(self.tr("Choose the file"))
        self.browse_button.clicked.connect(self._browse)
        self.browse_button.setAutoDefault(False)  # Enter in the file name exports
        file_row = QHBoxLayout()
        file_row.addWidget(file_label)
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(self.browse_button)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.hide()
        self.error = FieldError()
        # Names go out by email: protected unless the workbook holds figures only.
        self.password_box = PasswordBox(self)

        self.progress_bar = QProgressBar()
        self.progress_bar.setAccessibleName(self.tr("Progress of the export"))
        self.progress_bar.setRange(0, 0)
        self.progress_bar.hide()
        self.status = QLabel()  # beside the buttons, so that running changes no heights
        self.status.setAccessibleName(self.tr("Export status"))
        self.progressed.connect(self._advanced)

        # Made in the dialog, so that Export, not the first button in the tab order, is the default.
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.export_button = self.buttons.addButton(
            self.tr("&Export"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.export_button.setDefault(True)
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(options)
        layout.addLayout(file_row)
        layout.addWidget(self.hint)
        layout.addWidget(self.password_box)
        layout.addWidget(self.error)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status)
        bottom.addWidget(self.progress_bar, 1)
        bottom.addWidget(self.buttons)
        layout.addLayout(bottom)
        self._inputs: list[QWidget] = [
            *self.kind_buttons.values(),
            self.partner_combo,
            self.sheets,
            self.path_edit,
            self.browse_button,
        ]
        for first, second in zip(self._inputs, self._inputs[1:], strict=False):
            QWidget.setTabOrder(first, second)
        box = self.password_box
        for first, second in (
            (self.browse_button, box.protect),
            (box.protect, box.field),
            (box.field, box.generate_button),
            (box.generate_button, box.copy_button),
            (box.copy_button, self.export_button),
        ):
            QWidget.setTabOrder(first, second)

        self.path_edit.setText(str(folder / self._file_name()))
        self._auto_name = self._file_name()
        self._kind_toggled(0, True)
        self.kind_buttons["full"].setFocus()

    # -- choices ---------------------------------------------------------------------------------

    def kind(self) -> str:
        return next(kind for kind, button in self.kind_buttons.items() if button.isChecked())

    def set_kind(self, kind: str) -> None:
        self.kind_buttons[kind].setChecked(True)

    def partner(self) -> OrganisationView | None:
        index = self.partner_combo.currentIndex()
        return self.organisations[index] if self.kind() == "partner" and index >= 0 else None

    def set_partner(self, name: str) -> None:
        self.partner_combo.setCurrentIndex(self.partner_combo.findText(name))

    def chosen_sheets(self) -> list[str]:
        return self.sheets.checked_data()

    def set_sheets(self, keys: list[str]) -> None:
        for row in range(self.sheets.count()):
            item = self.sheets.item(row)
            wanted = item.data(Qt.ItemDataRole.UserRole) in keys
            item.setCheckState(Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked)

    def path(self) -> Path:
        """The file to write: ".xlsx" added when the name has no extension, a bare name in the folder."""
        path = Path(self.path_edit.text().strip()).expanduser()
        path = self.folder / path if path.name and not path.is_absolute() else path
        return path if not path.name or EXTENSION.match(path.suffix) else path.with_name(path.name + ".xlsx")

    def _kind_toggled(self, _id: int, checked: bool) -> None:
        if not checked:
            return
        kind = self.kind()
        self.partner_combo.setEnabled(kind == "partner")
        self.password_box.protect.setChecked(kind != "aggregate")
        self.sheets.blockSignals(True)
        self.sheets.clear()
        for key, title in sheet_choices(kind):
            self.sheets.add_choice(title, key, self._checked.get(key, True))
        self.sheets.setCurrentRow(0, QItemSelectionModel.SelectionFlag.NoUpdate)
        self.sheets.blockSignals(False)
        self._update_name()
        self.error.clear_error()

    def _sheet_ticked(self, item: Any) -> None:
        self._checked[item.data(Qt.ItemDataRole.UserRole)] = item.checkState() == Qt.CheckState.Checked

    def _file_name(self) -> str:
        what = {"full": "", "aggregate": self.tr("Aggregate figures")}.get(self.kind())
        what = self.partner_combo.currentText() if what is None else what
        return default_file_name(self.plan_name, what, self.context.today)

    def _update_name(self) -> None:
        """Follow the kind and partner in the file name, unless the user has named the file."""
        current = Path(self.path_edit.text().strip())
        if current.name != self._auto_name:
            return
        self._auto_name = self._file_name()
        self.path_edit.setText(str(current.with_name(self._auto_name)))

    def _path_changed(self) -> None:
        self.error.clear_error()
        path = self.path()
        exists = bool(self.path_edit.text().strip()) and path.is_file()
        self.hint.setText(
            self.tr("There is already a file called {name}: exporting replaces it.").format(name=path.name)
            if exists
            else ""
        )
        self.hint.setVisible(exists)
        if exists:
            self._fit()

    def _browse(self) -> None:
        name, _chosen = QFileDialog.getSaveFileName(
            self, self.tr("Export to"), str(self.path()), self.tr("Excel workbooks (*.xlsx)")
        )
        if name:
            self.path_edit.setText(name)

    # -- running ---------------------------------------------------------------------------------

    def problem(self) -> str:
        """What stops the export, in one sentence; empty when it can go ahead."""
        if not self.path_edit.text().strip():
            return self.tr("Give the file a name.")
        if not self.chosen_sheets():
            return self.tr("Tick at least one sheet to export.")
        if self.kind() == "partner" and self.partner() is None:
            return self.tr("Choose the partner organisation for the pack.")
        if self.password_box.problem():
            return self.password_box.problem()
        try:
            check_destination(self.path())
        except ExportError as exc:
            return str(exc)
        return ""

    def start(self) -> None:
        """Check the choices, then write the workbook through the task runner."""
        if self.running:
            return
        self.status.clear()
        problem = self.problem()
        if problem:
            self.show_problem(problem)
            return
        db, plan_id, today = self.context.db, self.context.plan_id, self.context.today
        if db is None or plan_id is None:
            return
        partner = self.partner()
        path, kind, sheets = self.path(), self.kind(), self.chosen_sheets()
        password = self.password_box.password()
        stop, progressed = self._stop, self.progressed
        stop.clear()
        message = self.tr("Exporting to {name}…").format(name=path.name)
        self._set_running(True, self.tr("Exporting…"))

        def work(progress: Any) -> ExportSummary:
            progress.report(0, 0, message)

            def advance(done: int, total: int) -> None:
                progressed.emit(done, total)
                progress.report(done, total, message)  # the window's Stop button cancels here

            return export_workbook(
                db,
                plan_id,
                path,
                kind=kind,
                partner=partner.id if partner else None,
                sheets=sheets,
                on=today,
                progress=advance,
                cancel=stop.is_set,
                password=password,
            )

        self.context.tasks.run(work, on_done=self._finished, on_error=self._failed)

    def _set_running(self, running: bool, message: str = "") -> None:
        self.running = running
        for widget in self._inputs:
            widget.setEnabled(not running)
        self.password_box.set_inputs_enabled(not running)
        if not running:
            self.partner_combo.setEnabled(self.kind() == "partner")
            self.kind_buttons["partner"].setEnabled(bool(self.organisations))
        self.export_button.setEnabled(not running)
        self.progress_bar.setVisible(running)
        self.progress_bar.setRange(0, 0)
        self.status.setText(message)
        self.cancel_button.setText(self.tr("&Stop") if running else self.tr("Cancel"))
        self.cancel_button.setAccessibleName(
            self.tr("Stop the export") if running else self.tr("Close without exporting")
        )
        if running:
            self.error.clear_error()
            self.cancel_button.setFocus()

    def _advanced(self, done: int, total: int) -> None:
        if total > 0 and self.running:
            self.progress_bar.setRange(0, total)
            self.progress_bar.setValue(done)

    def _finished(self, summary: ExportSummary) -> None:
        self._set_running(False)
        self.done(QDialog.DialogCode.Accepted)
        self.exported.emit(summary)

    def _failed(self, exc: BaseException) -> None:
        stopped = isinstance(exc, Cancelled | ExportCancelled)
        self._set_running(False, self.tr("Stopped: no file was written.") if stopped else "")
        if not stopped:
            self.show_problem(error_message(exc))

    def show_problem(self, text: str) -> None:
        """The error's one sentence under the file name; the dialog grows rather than squash the notes."""
        self.error.show_error(text)
        self._fit()

    def _fit(self) -> None:
        self.layout().activate()
        needed = self.heightForWidth(self.width())
        if needed > self.height():
            self.resize(self.width(), needed)

    def stop(self) -> None:
        """Ask a running export to stop at its next progress report."""
        if self.running:
            self._stop.set()
            self.status.setText(self.tr("Stopping…"))

    def reject(self) -> None:
        if self.running:  # Cancel, Esc or closing the dialog stops the export first
            self.stop()
            return
        super().reject()

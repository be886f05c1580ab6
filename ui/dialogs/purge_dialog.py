"""People > Purge leavers…: who has been gone longer than the retention period, and deleting them.

The dialog lists the leavers a purge would remove (``retention.preview_purge``) and sets the
plan's retention period. Purging runs in the task runner, makes a backup first, and goes on the
undo stack as one step: Edit > Undo puts everyone back, with their training records and the
history that named them, until the window closes (the names are held in memory only; the change
log keeps that a purge happened, not who went).
"""

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from actionplan.errors import ActionPlanError
from actionplan.protection.retention import (
    PurgePreview,
    PurgeResult,
    preview_purge,
    purge_leavers,
    undo_purge,
)
from actionplan.services import plans
from actionplan.services.plans import MAX_RETENTION_MONTHS
from ui.models.leavers_model import COL_EMAIL, LeaversModel
from ui.widgets import FieldError, error_message


class PurgeCommand(QUndoCommand):
    """A purge already made; undo puts the people back from the snapshot in memory, redo purges them again."""

    def __init__(self, context: Any, text: str, result: PurgeResult):
        super().__init__(text)
        self.context = context
        self.result = result
        self._just_done = True  # QUndoStack.push() calls redo(): the purge has already run

    def redo(self) -> None:
        if self._just_done:
            self._just_done = False
            return
        self._replay(
            lambda db: purge_leavers(
                db, left_before=self.result.left_before, person_ids=self.result.person_ids, backup=False
            )
        )

    def undo(self) -> None:
        self._replay(lambda db: (undo_purge(db, self.result), self.result)[1])

    def _replay(self, step: Any) -> None:
        try:
            self.result = step(self.context.db)
        except ActionPlanError as exc:
            self.setObsolete(True)
            self.context.report_error(exc)
        self.context.notify_changed()


class PurgeDialog(QDialog):
    """The leavers past their retention period, the period itself, and the Purge button."""

    purged = Signal(object)  # PurgeResult

    def __init__(self, context: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.preview: PurgePreview | None = None
        self.setWindowTitle(self.tr("Purge leavers"))
        self.setMinimumSize(760, 480)

        self.months = QSpinBox()
        self.months.setRange(1, MAX_RETENTION_MONTHS)
        self.months.setSuffix(self.tr(" months"))
        self.months.setAccessibleName(self.tr("Keep leavers' records for this many months"))
        self.save_months = QPushButton(self.tr("&Save period"))
        self.save_months.setAccessibleName(self.tr("Save the retention period for this plan"))
        self.save_months.setAutoDefault(False)
        months_label = QLabel(self.tr("&Keep the records of people who have left for"))
        months_label.setBuddy(self.months)
        period = QHBoxLayout()
        period.addWidget(months_label)
        period.addWidget(self.months)
        period.addWidget(self.save_months)
        period.addStretch(1)
        note = QLabel(
            self.tr(
                "People are shared between the plans of a database, so the longest period of its plans "
                "applies. Purging deletes the people listed with their training records and exemptions, "
                "and takes their details out of the change history; the history keeps only that a purge "
                "happened. A backup is made first. Edit > Undo brings them back until you close the window; "
                "after that, only that backup does."
            )
        )
        note.setWordWrap(True)
        self.rule = QLabel()
        self.rule.setWordWrap(True)
        self.rule.setAccessibleName(self.tr("Who would go"))
        self.model = LeaversModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Leavers to purge"))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_EMAIL, QHeaderView.ResizeMode.Stretch)
        self.counts = QLabel()
        self.counts.setWordWrap(True)
        self.counts.setAccessibleName(self.tr("What goes with them"))
        self.error = FieldError()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.purge_button = self.buttons.addButton(
            self.tr("&Purge"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.purge_button.setEnabled(False)
        self.purge_button.setAutoDefault(False)
        self.buttons.rejected.connect(self.reject)
        self.purge_button.clicked.connect(self.purge)
        self.save_months.clicked.connect(self.save_period)

        layout = QVBoxLayout(self)
        layout.addLayout(period)
        layout.addWidget(note)
        layout.addWidget(self.rule)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.counts)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.load()

    # -- reading -------------------------------------------------------------------------------------

    def load(self) -> None:
        db, plan_id, today = self.context.db, self.context.plan_id, self.context.today
        if db is None:
            return

        def work(_progress: Any) -> tuple[PurgePreview, int | None]:
            months = plans.get_plan(db.unit_of_work(), plan_id).leaver_retention_months if plan_id else None
            return preview_purge(db.unit_of_work(), on=today), months

        self.context.tasks.run(work, on_done=self._loaded, on_error=self._failed)

    def _loaded(self, outcome: tuple[PurgePreview, int | None]) -> None:
        preview, months = outcome
        self.preview = preview
        if months is not None:
            self.months.setValue(months)
        self.save_months.setEnabled(months is not None)
        self.model.set_rows(preview.leavers)
        self.rule.setText(self.tr("Leavers to purge: {rule}.").format(rule=preview.rule))
        n = len(preview.leavers)
        if n:
            self.counts.setText(
                self.tr(
                    "People: {people}. Their training records: {records}. Exemptions: {exemptions}. "
                    "Actions that lose their owner: {actions}."
                ).format(
                    people=n,
                    records=preview.training_records,
                    exemptions=preview.exemptions,
                    actions=preview.owned_actions,
                )
            )
        else:
            self.counts.setText(self.tr("Nobody has been gone longer than the retention period."))
        self.purge_button.setText(self.tr("&Purge %n people", "", n) if n else self.tr("&Purge"))
        self.purge_button.setEnabled(n > 0)

    def _failed(self, exc: BaseException) -> None:
        self.error.show_error(error_message(exc))

    # -- changing ------------------------------------------------------------------------------------

    def save_period(self) -> None:
        db, plan_id, months = self.context.db, self.context.plan_id, self.months.value()
        if db is None or plan_id is None:
            return
        self.error.clear_error()
        self.context.tasks.run(
            lambda _p: plans.update_plan(db.unit_of_work(), plan_id, leaver_retention_months=months),
            on_done=lambda _plan: self.load(),
            on_error=self._failed,
        )

    def purge(self) -> None:
        preview, db = self.preview, self.context.db
        if preview is None or db is None or not preview.leavers:
            return
        self.error.clear_error()
        self.purge_button.setEnabled(False)
        ids = [leaver.id for leaver in preview.leavers]
        left_before, on = preview.left_before, preview.on
        self.context.tasks.run(
            lambda _p: purge_leavers(db, left_before=left_before, on=on, person_ids=ids),
            on_done=self._purged,
            on_error=self._failed,
        )

    def _purged(self, result: PurgeResult) -> None:
        if result.people:
            text = self.tr("Purge %n leavers", "", result.people)
            self.context.undo_stack.push(PurgeCommand(self.context, text, result))
            self.context.notify_changed()
            self.context.show_message(result.line())
        self.purged.emit(result)
        self.accept()

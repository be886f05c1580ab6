"""The Meetings page: the plan's meetings with their attendees, notes and decisions; meeting mode; closing."""

from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from actionplan.domain.dates import format_date
from actionplan.errors import ActionPlanError
from actionplan.services import meetings
from actionplan.services.readmodels import MeetingView
from ui.context import AppContext
from ui.models.meetings_model import DATE, STATE, TITLE, MeetingsModel
from ui.pages.meeting_mode import MeetingMode
from ui.resources import icon
from ui.undo import run_undoable, run_undoable_task
from ui.widgets import DateEdit, FieldError, RefreshWhenVisible, confirm, error_message


class MeetingsPage(QWidget):
    """Meetings on the left, the selected one's record on the right; closing one keeps a snapshot."""

    page_id = "meetings"

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self._generation = 0
        self._loading = False
        self._pending_select: int | None = None
        self.meeting: MeetingView | None = None

        title = QLabel(self.title())
        title.setObjectName("pageTitle")
        self.new_button = QPushButton(icon("add"), self.tr("&New meeting"))
        self.new_button.setAccessibleName(self.tr("New meeting"))
        self.new_button.clicked.connect(self.add_new)
        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(self.new_button)

        self.model = MeetingsModel(self)
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Meetings"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(DATE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(STATE, QHeaderView.ResizeMode.ResizeToContents)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)

        self.form = QWidget()
        self.held_on = DateEdit()
        self.held_on.setAccessibleName(self.tr("Meeting date"))
        self.title_edit = QLineEdit()
        self.title_edit.setAccessibleName(self.tr("Meeting title"))
        self.texts: dict[str, QPlainTextEdit] = {}
        form = QFormLayout(self.form)
        form.addRow(self.tr("&Date"), self.held_on)
        form.addRow(self.tr("&Title"), self.title_edit)
        for name, label, accessible in (
            ("attendees", self.tr("&Attendees"), self.tr("Attendees")),
            ("notes", self.tr("N&otes"), self.tr("Notes")),
            ("decisions", self.tr("D&ecisions"), self.tr("Decisions")),
        ):
            edit = QPlainTextEdit()
            edit.setAccessibleName(accessible)
            edit.setTabChangesFocus(True)
            edit.textChanged.connect(self._mark_dirty)
            form.addRow(label, edit)
            self.texts[name] = edit
        self.snapshot = QLabel()
        self.snapshot.setWordWrap(True)
        self.snapshot.setAccessibleName(self.tr("Snapshot taken when the meeting closed"))
        form.addRow(self.tr("Snapshot"), self.snapshot)
        self.error = FieldError()
        form.addRow("", self.error)
        self.held_on.dateChanged.connect(self._mark_dirty)
        self.title_edit.textEdited.connect(self._mark_dirty)

        self.save_button = QPushButton(self.tr("&Save changes"))
        self.save_button.setAccessibleName(self.tr("Save meeting"))
        self.save_button.clicked.connect(self.save)
        self.close_button = QPushButton(icon("close"), self.tr("&Close meeting…"))
        self.close_button.setAccessibleName(self.tr("Close meeting"))
        self.close_button.setToolTip(
            self.tr("Keeps a snapshot of the plan's figures, so the next pack shows what changed since")
        )
        self.close_button.clicked.connect(self.close_selected)
        self.meeting_mode_button = QPushButton(icon("meetings"), self.tr("Start &meeting mode"))
        self.meeting_mode_button.setAccessibleName(self.tr("Start meeting mode"))
        self.meeting_mode_button.setToolTip(
            self.tr("Step through the actions full screen, for a projector, recording updates as you go")
        )
        self.meeting_mode_button.clicked.connect(lambda: self.start_meeting_mode())
        self.meeting_mode: MeetingMode | None = None
        buttons = QHBoxLayout()
        buttons.addWidget(self.meeting_mode_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.save_button)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(8, 0, 0, 0)
        right_layout.addWidget(self.form, 1)
        right_layout.addLayout(buttons)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

        self._refresher = RefreshWhenVisible(self, self.refresh)
        context.data_changed.connect(self._refresher.request)
        context.plan_changed.connect(self._refresher.request)
        context.database_changed.connect(self._refresher.request)
        self._load_meeting(None)

    def title(self) -> str:
        return self.tr("Meetings")

    # -- loading -------------------------------------------------------------------------------

    def refresh(self) -> None:
        db, plan_id = self.context.db, self.context.plan_id
        self._generation += 1
        generation = self._generation
        self.new_button.setEnabled(plan_id is not None)
        if db is None or plan_id is None:
            self._show([])
            return
        self.context.tasks.run(
            lambda _progress: meetings.list_meetings(db.unit_of_work(), plan_id),
            on_done=lambda rows: self._show(rows) if generation == self._generation else None,
        )

    def _show(self, rows: list[MeetingView]) -> None:
        wanted = self._pending_select or (self.meeting.id if self.meeting else None)
        self._pending_select = None
        self.model.set_meetings(rows)
        row = self.model.row_of(wanted) if wanted is not None else None
        if row is None and rows:
            row = 0
        if row is not None:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )
            meeting = self.model.meeting_at(row)
            dirty = (
                self.save_button.isEnabled() and self.meeting is not None and self.meeting.id == meeting.id
            )
            if not dirty:  # keep what the user is typing
                self._load_meeting(meeting)
        else:
            self._load_meeting(None)

    def _current_changed(self, current, _previous) -> None:
        if current.isValid():
            meeting = self.model.meeting_at(current.row())
            if self.meeting is None or meeting.id != self.meeting.id:
                self._load_meeting(meeting)

    def _load_meeting(self, meeting: MeetingView | None) -> None:
        self.meeting = meeting
        self._loading = True
        self.error.clear_error()
        self.form.setEnabled(meeting is not None)
        if meeting is not None:
            self.held_on.set_value(meeting.held_on)
        self.title_edit.setText(meeting.title if meeting else "")
        for name, edit in self.texts.items():
            edit.setPlainText(getattr(meeting, name) if meeting else "")
        self.snapshot.setText(self._snapshot_text(meeting))
        self._loading = False
        self.save_button.setEnabled(False)
        self.close_button.setEnabled(meeting is not None and not meeting.closed)
        self.meeting_mode_button.setEnabled(meeting is not None and not meeting.closed)

    def _snapshot_text(self, meeting: MeetingView | None) -> str:
        if meeting is None:
            return ""
        if not meeting.closed or not meeting.snapshot:
            return self.tr("Taken when the meeting is closed.")
        snap: dict[str, Any] = meeting.snapshot
        acts = snap.get("actions", {})
        training = ", ".join(
            f"{r['course']} {r['percent']:.0f}%"
            for r in snap.get("requirements", [])
            if r.get("percent") is not None
        )
        return self.tr("{total} actions, {overdue} overdue. Training: {training}.").format(
            total=acts.get("total", 0), overdue=acts.get("overdue", 0), training=training or "—"
        )

    # -- editing -------------------------------------------------------------------------------

    def _mark_dirty(self, *_args: object) -> None:
        if not self._loading and self.meeting is not None:
            self.save_button.setEnabled(True)

    def new_item_text(self) -> str:
        return self.tr("New meeting")

    def commit_pending(self) -> bool:
        """Save unsaved changes to the meeting and meeting mode (before closing); False if refused."""
        if self.meeting_mode is not None and not self.meeting_mode.save_pending():
            return False
        return self.save() if self.save_button.isEnabled() else True

    def start_meeting_mode(self, full_screen: bool = True) -> MeetingMode | None:
        """Open meeting mode for the selected (open) meeting, saving its record first."""
        meeting = self.meeting
        if meeting is None or meeting.closed or not self.save():
            return None
        if self.meeting_mode is not None:
            self.meeting_mode.close()
        mode = MeetingMode(self.context, self.meeting or meeting, self.window())
        mode.left.connect(lambda: self._meeting_mode_left(mode))
        self.meeting_mode = mode
        mode.start(full_screen)
        return mode

    def _meeting_mode_left(self, mode: MeetingMode) -> None:
        if self.meeting_mode is mode:
            self.meeting_mode = None
        mode.deleteLater()
        self.window().activateWindow()

    def add_new(self) -> None:
        plan_id = self.context.plan_id
        if plan_id is None or self.context.db is None:
            return
        today = self.context.today
        try:
            view = run_undoable(
                self.context,
                self.tr("Add meeting of {date}").format(date=format_date(today)),
                lambda uow: meetings.create_meeting(
                    uow, plan_id, today, self.tr("Prevent Partnership Board")
                ),
            )
        except ActionPlanError as exc:
            self.context.report_error(exc)
            return
        self._pending_select = view.id
        if self.model.row_of(view.id) is not None:
            self._show([self.model.meeting_at(r) for r in range(self.model.rowCount())])
        self.title_edit.setFocus()

    def save(self) -> bool:
        meeting = self.meeting
        if meeting is None:
            return True
        values = {
            "held_on": self.held_on.value(),
            "title": self.title_edit.text().strip(),
            **{name: edit.toPlainText() for name, edit in self.texts.items()},
        }
        changes = {k: v for k, v in values.items() if v != getattr(meeting, k)}
        if not changes:
            self.save_button.setEnabled(False)
            return True
        self.error.clear_error()
        try:
            saved = run_undoable(
                self.context,
                self.tr("Edit meeting of {date}").format(date=format_date(meeting.held_on)),
                lambda uow: meetings.update_meeting(
                    uow, meeting.id, expected_version=meeting.version, **changes
                ),
            )
        except ActionPlanError as exc:
            self.error.show_error(error_message(exc))
            return False
        self._load_meeting(saved)
        return True

    def close_selected(self) -> None:
        """Close the meeting after asking; its snapshot is taken in the background."""
        meeting = self.meeting
        if meeting is None or meeting.closed:
            return
        if not self.save():
            return
        if not confirm(
            self,
            self.tr("Close meeting"),
            self.tr("Close “{title}” of {date}? The plan's figures as they stand are kept with it.").format(
                title=meeting.title, date=format_date(meeting.held_on)
            ),
            self.tr("Close meeting"),
        ):
            return
        run_undoable_task(
            self.context,
            self.tr("Close meeting of {date}").format(date=format_date(meeting.held_on)),
            lambda uow: meetings.close_meeting(uow, meeting.id),
            on_done=lambda view: self.context.show_message(
                self.tr("Closed “{title}”.").format(title=view.title)
            ),
        )

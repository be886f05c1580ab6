"""Meeting mode: the plan's actions one at a time, large enough for a projector, recording updates as you go.

Started from the Meetings page for an open meeting. Right/Page Down and Left/Page Up step
through the actions (Alt+Right and Alt+Left also from inside a field), Home and End jump to
the first and last, Esc leaves a field and then meeting mode. An update typed for an action,
with its new status and progress, is saved with Ctrl+Enter or on moving to another action,
through ``actions.add_update(..., meeting_id=...)`` on the undo stack, so the next meeting pack
shows it. "Close meeting…" keeps the snapshot of the plan's figures (``meetings.close_meeting``).
"""

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from actionplan.domain.dates import format_date
from actionplan.domain.enums import ActionStatus
from actionplan.errors import ActionPlanError
from actionplan.services import actions, meetings
from actionplan.services.readmodels import ActionView, MeetingView
from ui import theme
from ui.context import AppContext
from ui.undo import run_undoable, run_undoable_task
from ui.widgets import FieldError, confirm, error_message

DESIGN_SIZE = (1280, 800)  # the fonts below are for this size; they scale with the window
BASE_POINTS = 15


class MeetingMode(QWidget):
    """A full-screen window stepping through the plan's actions for one meeting.

    Args:
        context: the open database, task runner and undo stack.
        meeting: the (open) meeting the updates are recorded in.
    """

    left = Signal()  # meeting mode has closed
    update_saved = Signal(object)  # the ActionUpdateView just recorded

    def __init__(self, context: AppContext, meeting: MeetingView, parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self.context = context
        self.meeting = meeting
        self.all_actions: list[ActionView] = []
        self.actions: list[ActionView] = []
        self.index = -1
        self.recorded: dict[int, list[str]] = {}  # action id -> updates recorded in this session
        self._base_points = 0.0
        self.setObjectName("meetingMode")
        self.setWindowTitle(self.tr("Meeting mode — {title}").format(title=meeting.title))
        self.setAccessibleName(self.tr("Meeting mode"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAutoFillBackground(True)

        self.meeting_label = QLabel(
            self.tr("{title} · {date}").format(title=meeting.title, date=format_date(meeting.held_on))
        )
        self.meeting_label.setObjectName("mmSmall")
        self.counter = QLabel()
        self.counter.setObjectName("mmCounter")
        self.counter.setAccessibleName(self.tr("Position in the plan"))
        self.skip_closed = QCheckBox(self.tr("S&kip complete and cancelled"))
        self.skip_closed.setAccessibleName(self.tr("Skip complete and cancelled actions"))
        self.skip_closed.toggled.connect(self._filter_actions)
        self.close_meeting_button = QPushButton(self.tr("Close &meeting…"))
        self.close_meeting_button.setToolTip(
            self.tr("Close the meeting, keeping a snapshot of the plan's figures for the next pack")
        )
        self.close_meeting_button.clicked.connect(lambda: self.close_meeting())
        self.leave_button = QPushButton(self.tr("&Leave (Esc)"))
        self.leave_button.setAccessibleName(self.tr("Leave meeting mode"))
        self.leave_button.clicked.connect(self.close)
        top = QHBoxLayout()
        top.addWidget(self.meeting_label)
        top.addStretch(1)
        top.addWidget(self.counter)
        top.addSpacing(16)
        for widget in (self.skip_closed, self.close_meeting_button, self.leave_button):
            top.addWidget(widget)

        self.theme_label = self._label("mmSmall", self.tr("Theme"))
        self.title = self._label("mmTitle", self.tr("Action"))
        self.title.setWordWrap(True)
        self.rag = self._label("mmRag", self.tr("RAG rating"))
        self.rag_reason = self._label("mmValue", self.tr("Why this RAG rating"))
        self.rag_reason.setWordWrap(True)
        rag_row = QHBoxLayout()
        rag_row.addWidget(self.rag)
        rag_row.addSpacing(12)
        rag_row.addWidget(self.rag_reason, 1)

        self.fields: dict[str, QLabel] = {}
        facts = QGridLayout()
        facts.setHorizontalSpacing(32)
        facts.setVerticalSpacing(4)
        names = {
            "owner": self.tr("Owner"),
            "lead": self.tr("Lead organisation"),
            "due": self.tr("Due date"),
            "status": self.tr("Status"),
            "partners": self.tr("Partners"),
        }
        for i, (key, name) in enumerate(names.items()):
            row, column = divmod(i, 3)
            facts.addWidget(self._label("mmName", "", name), row * 2, column)
            self.fields[key] = self._label("mmValue", name)
            self.fields[key].setWordWrap(True)
            facts.addWidget(self.fields[key], row * 2 + 1, column)
        self.progress_bar = QProgressBar()
        self.progress_bar.setRange(0, 100)
        self.progress_bar.setAccessibleName(self.tr("Progress"))
        self.progress_bar.setFormat("%p%")
        facts.addWidget(self._label("mmName", "", self.tr("Progress")), 2, 2)
        facts.addWidget(self.progress_bar, 3, 2)
        for column in range(3):
            facts.setColumnStretch(column, 1)
        self.latest = self._label("mmProse", self.tr("Latest update"))
        self.latest.setWordWrap(True)

        self.update_text = QPlainTextEdit()
        self.update_text.setAccessibleName(self.tr("Update to record"))
        self.update_text.setPlaceholderText(self.tr("What was reported or agreed for this action…"))
        self.update_text.setTabChangesFocus(True)
        self.status = QComboBox()
        self.status.setAccessibleName(self.tr("New status"))
        for status in ActionStatus:
            self.status.addItem(status.label, status.value)
        self.progress = QSpinBox()
        self.progress.setRange(0, 100)
        self.progress.setSingleStep(5)
        self.progress.setSuffix("%")
        self.progress.setAccessibleName(self.tr("New progress"))
        self.save_button = QPushButton(self.tr("&Save update (Ctrl+Enter)"))
        self.save_button.setAccessibleName(self.tr("Save update"))
        self.save_button.clicked.connect(lambda: self.save_update())
        self.error = FieldError()
        self.recorded_label = self._label("mmSmall", self.tr("Recorded in this meeting"))
        self.recorded_label.setWordWrap(True)
        record_row = QHBoxLayout()
        status_label = QLabel(self.tr("S&tatus"))
        status_label.setBuddy(self.status)
        progress_label = QLabel(self.tr("&Progress"))
        progress_label.setBuddy(self.progress)
        for widget in (status_label, self.status, progress_label, self.progress):
            record_row.addWidget(widget)
        record_row.addStretch(1)
        record_row.addWidget(self.save_button)
        update_label = QLabel(self.tr("&Record an update for this action"))
        update_label.setObjectName("mmName")
        update_label.setIndent(0)
        update_label.setBuddy(self.update_text)

        self.previous_button = QPushButton(self.tr("◀  Previous"))
        self.previous_button.setAccessibleName(self.tr("Previous action"))
        self.previous_button.clicked.connect(self.previous)
        self.next_button = QPushButton(self.tr("Next  ▶"))
        self.next_button.setAccessibleName(self.tr("Next action"))
        self.next_button.clicked.connect(self.next)
        hint = QLabel(self.tr("← → or Page Up/Down to move · Home/End · Ctrl+Enter saves · Esc leaves"))
        hint.setObjectName("mmSmall")
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        nav = QHBoxLayout()
        nav.addWidget(self.previous_button)
        nav.addWidget(hint, 1)
        nav.addWidget(self.next_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 20, 32, 16)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addWidget(self._rule())
        layout.addWidget(self.theme_label)
        layout.addWidget(self.title)
        layout.addLayout(rag_row)
        layout.addSpacing(6)
        layout.addLayout(facts)
        layout.addWidget(self._label("mmName", "", self.tr("Latest update")))
        layout.addWidget(self.latest)
        layout.addStretch(1)
        layout.addWidget(self._rule())
        layout.addWidget(update_label)
        layout.addWidget(self.update_text)
        layout.addLayout(record_row)
        layout.addWidget(self.error)
        layout.addWidget(self.recorded_label)
        layout.addWidget(self._rule())
        layout.addLayout(nav)

        for keys, slot in (
            (("Ctrl+Return", "Ctrl+Enter"), self.save_update),
            (("Alt+Right", "Ctrl+PgDown"), self.next),
            (("Alt+Left", "Ctrl+PgUp"), self.previous),
        ):
            for key in keys:
                shortcut = QShortcut(QKeySequence(key), self)
                shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                shortcut.activated.connect(slot)
        for field in (self.update_text, self.status, self.progress):
            field.installEventFilter(self)
        self._apply_fonts()
        self._show_action()
        context.data_changed.connect(self._data_changed)  # the saved action's new RAG, or an undo

    def _label(self, object_name: str, accessible: str, text: str = "") -> QLabel:
        label = QLabel(text)
        label.setObjectName(object_name)
        label.setIndent(0)  # a style-sheet padding would otherwise indent the text too
        if accessible:
            label.setAccessibleName(accessible)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def _rule(self) -> QFrame:
        rule = QFrame()
        rule.setFrameShape(QFrame.Shape.HLine)
        rule.setFrameShadow(QFrame.Shadow.Sunken)
        return rule

    def _apply_fonts(self) -> None:
        """Sizes for a projector: the design size's points, scaled with the window."""
        scale = min(self.width() / DESIGN_SIZE[0], self.height() / DESIGN_SIZE[1])
        base = round(BASE_POINTS * max(0.8, min(scale, 2.5)), 1)
        if base == self._base_points:
            return
        self._base_points = base
        self.setStyleSheet(
            f"QWidget {{ font-size: {base * 0.9:.1f}pt; }}"
            f" QLabel#mmTitle {{ font-size: {base * 1.9:.1f}pt; font-weight: 700; }}"
            f" QLabel#mmCounter {{ font-size: {base * 1.15:.1f}pt; font-weight: 700; }}"
            f" QLabel#mmRag {{ font-size: {base * 1.3:.1f}pt; font-weight: 700; padding: 4px 16px;"
            " border-radius: 6px; }"
            f" QLabel#mmValue {{ font-size: {base * 1.15:.1f}pt; font-weight: 600; }}"
            f" QLabel#mmProse {{ font-size: {base * 1.15:.1f}pt; }}"
            f" QLabel#mmName {{ font-size: {base * 0.85:.1f}pt; padding: 8px 0px 0px 0px; }}"
            f" QLabel#mmSmall {{ font-size: {base * 0.85:.1f}pt; }}"
            f" QProgressBar {{ font-size: {base:.1f}pt; min-height: {base * 1.6:.0f}px; }}"
        )
        self.update_text.setFixedHeight(round(self.update_text.fontMetrics().lineSpacing() * 3.2) + 14)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self._apply_fonts()

    # -- starting and loading -------------------------------------------------------------------

    def start(self, full_screen: bool = True) -> None:
        """Show meeting mode (full screen for the projector) and load the plan's actions."""
        if full_screen:
            self.showFullScreen()
        else:
            self.show()
        self.activateWindow()
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        self.reload()

    def reload(self, keep: int | None = None) -> None:
        """Read the plan's actions again (in the task runner), staying on action ``keep``.

        Without ``keep`` it stays on whichever action is shown when the read finishes.
        """
        db, plan_id, today = self.context.db, self.meeting.plan_id, self.context.today
        if db is None:
            return
        self.context.tasks.run(
            lambda _p: actions.list_actions(db.unit_of_work(), plan_id, today),
            on_done=lambda rows: self._loaded(rows, keep),
            on_error=self.context.report_error,
        )

    def _loaded(self, rows: list[ActionView], keep: int | None) -> None:
        self.all_actions = rows
        self._filter_actions(keep=keep)

    def _filter_actions(self, *_args: Any, keep: int | None = None) -> None:
        before = self.current
        keep = keep if keep is not None else (before.id if before else None)
        typing = self.pending() is not None  # an update being typed survives a reload
        skip = self.skip_closed.isChecked()
        self.actions = [a for a in self.all_actions if not (skip and a.status.is_closed)]
        ids = [a.id for a in self.actions]
        self.index = ids.index(keep) if keep in ids else (0 if ids else -1)
        self._show_action()
        if not (typing and before is not None and self.current is not None and self.current.id == before.id):
            self._reset_form()

    def _data_changed(self) -> None:
        if self.isVisible():
            self.reload()

    @property
    def current(self) -> ActionView | None:
        return self.actions[self.index] if 0 <= self.index < len(self.actions) else None

    # -- showing an action ----------------------------------------------------------------------

    def _show_action(self) -> None:
        a = self.current
        total = len(self.actions)
        self.counter.setText(
            self.tr("Action {n} of {total}").format(n=self.index + 1, total=total) if a else ""
        )
        self.previous_button.setEnabled(self.index > 0)
        self.next_button.setEnabled(0 <= self.index < total - 1)
        for widget in (self.update_text, self.status, self.progress, self.save_button):
            widget.setEnabled(a is not None)
        if a is None:
            self.theme_label.setText("")
            self.title.setText(self.tr("The plan has no actions to show."))
            self.rag.hide()
            self.rag_reason.setText("")
            for label in self.fields.values():
                label.setText("")
            self.latest.setText("")
            self.recorded_label.setText("")
            return
        self.theme_label.setText(self.tr("Theme: {name}").format(name=a.theme_name or self.tr("none")))
        self.title.setText(f"{a.ref}   {a.title}")
        self.title.setAccessibleName(self.tr("Action {ref}: {title}").format(ref=a.ref, title=a.title))
        self._show_rag(a)
        self.fields["owner"].setText(a.owner_name or "—")
        self.fields["lead"].setText(a.lead_organisation_name or "—")
        self.fields["due"].setText(format_date(a.due_date) if a.due_date else "—")
        self.fields["status"].setText(a.status.label)
        self.fields["partners"].setText(", ".join(a.partner_names) or "—")
        self.progress_bar.setValue(a.progress)
        self.latest.setText(a.latest_update or self.tr("No update recorded yet."))
        done = self.recorded.get(a.id, [])
        self.recorded_label.setText(
            self.tr("Recorded in this meeting: {updates}").format(updates=" · ".join(done)) if done else ""
        )
        self.setAccessibleDescription(
            self.tr("Action {n} of {total}: {ref} {title}. {rag}").format(
                n=self.index + 1, total=total, ref=a.ref, title=a.title, rag=a.rag_explanation
            )
        )

    def _reset_form(self) -> None:
        """The update form empty, with the current action's status and progress."""
        a = self.current
        self.update_text.clear()
        self.error.clear_error()
        if a is None:
            return
        self.status.setCurrentIndex(self.status.findData(a.status.value))
        self.progress.setValue(a.progress)
        linked = a.requirement_id is not None
        self.progress.setEnabled(not linked)
        self.progress.setToolTip(
            self.tr("Progress follows the linked training requirement's compliance") if linked else ""
        )

    def _show_rag(self, a: ActionView) -> None:
        colours = theme.rag_colours(a.rag)
        self.rag.setVisible(True)
        if colours is None:
            self.rag.setText(self.tr("No RAG"))
            self.rag.setStyleSheet("border: 1px solid palette(mid); padding: 4px 18px;")
        else:
            self.rag.setText(a.rag.label.upper())
            self.rag.setStyleSheet(
                f"background: {colours[0].name()}; color: {colours[1].name()}; padding: 4px 18px;"
            )
        self.rag_reason.setText(a.rag_explanation)
        self.rag.setAccessibleName(self.tr("RAG rating: {rag}").format(rag=a.rag.label if a.rag else "—"))

    # -- moving ---------------------------------------------------------------------------------

    def go_to(self, index: int) -> bool:
        """Show the action at ``index`` (saving what was typed for the current one first)."""
        if not self.actions or not self.save_pending():
            return False
        self.index = max(0, min(index, len(self.actions) - 1))
        self._show_action()
        self._reset_form()
        return True

    def next(self) -> None:
        self.go_to(self.index + 1)

    def previous(self) -> None:
        self.go_to(self.index - 1)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        key = event.key()
        moves = {
            Qt.Key.Key_Right: lambda: self.index + 1,
            Qt.Key.Key_PageDown: lambda: self.index + 1,
            Qt.Key.Key_Left: lambda: self.index - 1,
            Qt.Key.Key_PageUp: lambda: self.index - 1,
            Qt.Key.Key_Home: lambda: 0,
            Qt.Key.Key_End: lambda: len(self.actions) - 1,
        }
        if key in moves and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            self.go_to(moves[key]())
            return
        if key == Qt.Key.Key_Escape:
            self.close()
            return
        super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        """Esc in a field of the form leaves the field first (a second Esc leaves meeting mode)."""
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
        ):
            self.setFocus(Qt.FocusReason.ShortcutFocusReason)
            return True
        return super().eventFilter(watched, event)

    # -- recording ------------------------------------------------------------------------------

    def pending(self) -> dict[str, Any] | None:
        """What the form would record for the current action, or None when nothing was changed."""
        a = self.current
        if a is None:
            return None
        text = self.update_text.toPlainText().strip()
        status = ActionStatus(self.status.currentData())
        progress = self.progress.value() if self.progress.isEnabled() else a.progress
        if not text and status is a.status and progress == a.progress:
            return None
        if not text:  # a status or progress change on its own still goes in the log, in words
            text = self.tr("Reviewed at the meeting: {status}, {progress}%.").format(
                status=status.label, progress=progress
            )
        return {
            "text": text,
            "status": status if status is not a.status else None,
            "progress": progress if progress != a.progress else None,
        }

    def save_pending(self) -> bool:
        """Save the update typed for the current action, if any; False if the core refused it."""
        return self.save_update() if self.pending() is not None else True

    def save_update(self) -> bool:
        """Record the form as an update to the current action in this meeting (undoable)."""
        a, values = self.current, self.pending()
        if a is None or values is None or self.context.db is None:
            return True
        meeting_id, today = self.meeting.id, self.context.today
        self.error.clear_error()

        # A new status or progress changes the action: refused if someone changed it since it was shown.
        version = a.version if values["status"] is not None or values["progress"] is not None else None

        def record(uow: Any) -> Any:
            return actions.add_update(
                uow, a.id, on_date=today, meeting_id=meeting_id, expected_version=version, **values
            )

        try:
            update = run_undoable(
                self.context, self.tr("Update {ref} in the meeting").format(ref=a.ref), record
            )
        except ActionPlanError as exc:
            self.error.show_error(error_message(exc))
            return False
        self.recorded.setdefault(a.id, []).append(values["text"])
        self._show_action()
        self._reset_form()  # the action as saved comes back through data_changed and reload()
        self.update_saved.emit(update)
        self.context.show_message(self.tr("Recorded an update to {ref}.").format(ref=a.ref))
        return True

    def close_meeting(self, ask: bool = True) -> None:
        """Save what was typed, close the meeting (keeping its snapshot) and leave meeting mode."""
        if not self.save_pending():
            return
        meeting = self.meeting
        if ask and not confirm(
            self,
            self.tr("Close meeting"),
            self.tr("Close “{title}” of {date}? The plan's figures as they stand are kept with it.").format(
                title=meeting.title, date=format_date(meeting.held_on)
            ),
            self.tr("Close meeting"),
        ):
            return

        def closed(view: MeetingView) -> None:
            self.meeting = view
            self.context.show_message(self.tr("Closed “{title}”.").format(title=view.title))
            self.close()

        run_undoable_task(
            self.context,
            self.tr("Close meeting of {date}").format(date=format_date(meeting.held_on)),
            lambda uow: meetings.close_meeting(uow, meeting.id),
            on_done=closed,
        )

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        if not self.save_pending():  # the refused update is on screen with its reason
            event.ignore()
            return
        super().closeEvent(event)
        self.left.emit()

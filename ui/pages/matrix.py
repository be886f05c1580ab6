"""The training matrix page: who is trained against each requirement, recording completions and sessions."""

from datetime import date
from typing import Any, NamedTuple

from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from actionplan.domain.dates import format_date
from actionplan.domain.enums import ComplianceState
from actionplan.services import compliance, courses, organisations, people, training
from actionplan.services.readmodels import CourseView, PersonView, TrainingMatrix
from ui.context import AppContext
from ui.dialogs.attendance_dialog import AttendanceDialog
from ui.dialogs.record_dialog import RecordDialog, save_record
from ui.models.matrix_model import FIRST_REQUIREMENT_COLUMN, MatrixModel
from ui.models.people_model import EVERYONE, PeopleFilterProxy, search_texts
from ui.pages.page_support import PageLoader, PeopleFilterBar, fill_combo, selected_rows_of
from ui.resources import icon
from ui.theme import STATE_LETTER, state_colours
from ui.undo import run_undoable

LEGEND_STATES = (
    ComplianceState.COMPLIANT,
    ComplianceState.EXPIRING,
    ComplianceState.EXPIRED,
    ComplianceState.DUE,
    ComplianceState.OVERDUE,
    ComplianceState.EXEMPT,
)


def legend_chip(text: str, state: ComplianceState | None) -> QLabel:
    """A small label in a state's colours, for the legend."""
    chip = QLabel(text)
    chip.setMargin(4)
    colours = state_colours(state) if state is not None else None
    if colours is not None:
        palette = chip.palette()
        palette.setColor(QPalette.ColorRole.Window, colours[0])
        palette.setColor(QPalette.ColorRole.WindowText, colours[1])
        chip.setPalette(palette)
        chip.setAutoFillBackground(True)
    else:
        chip.setFrameShape(QLabel.Shape.StyledPanel)
    return chip


class StateCellDelegate(QStyledItemDelegate):
    """Keeps a cell's state colour while it is selected, marking the selection with a border instead."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        if not option.state & QStyle.StateFlag.State_Selected:  # most cells: asked for no more
            super().paint(painter, option, index)
            return
        background = index.data(Qt.ItemDataRole.BackgroundRole)
        if background is None:
            super().paint(painter, option, index)
            return
        painter.save()
        painter.fillRect(option.rect, background)
        width = 3 if option.state & QStyle.StateFlag.State_HasFocus else 2
        painter.setPen(QPen(option.palette.color(QPalette.ColorRole.Highlight), width))
        painter.drawRect(option.rect.adjusted(width // 2, width // 2, -(width + 1) // 2, -(width + 1) // 2))
        painter.setPen(index.data(Qt.ItemDataRole.ForegroundRole))
        painter.drawText(
            option.rect, Qt.AlignmentFlag.AlignCenter, index.data(Qt.ItemDataRole.DisplayRole) or ""
        )
        painter.restore()


class ChangedRows(NamedTuple):
    """What a load gives after an edit of a few people: only their rows, read again."""

    shown: tuple  # (database, plan id, day, data version read before the rows)
    changed: frozenset[int]
    rows: tuple


class MatrixPage(QWidget):
    """People down, the plan's requirements across; record a completion or a whole session's attendance."""

    page_id = "matrix"

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.courses: list[CourseView] = []
        # What the model shows: (database, plan id, day, data version read before it was loaded).
        self._shown: tuple | None = None
        self.dialog: RecordDialog | AttendanceDialog | None = None
        self.model = MatrixModel(self)
        self.proxy = PeopleFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.set_filter(status=EVERYONE)  # the matrix holds only the people in post on its day

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search people…"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search the training matrix"))
        self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.organisation = QComboBox()
        self.organisation.setAccessibleName(self.tr("Filter by organisation"))
        self.organisation.setMinimumContentsLength(18)
        self.role_group = QComboBox()
        self.role_group.setAccessibleName(self.tr("Filter by role group"))
        self.role_group.setMinimumContentsLength(16)
        self.key_only = QCheckBox(self.tr("&Key personnel only"))
        self.key_only.setAccessibleName(self.tr("Key personnel only"))
        fill_combo(self.organisation, self.tr("All organisations"), [])
        fill_combo(self.role_group, self.tr("All role groups"), [])
        self.record_button = QPushButton(icon("update"), self.tr("&Record completion…"))
        self.record_button.setAccessibleName(self.tr("Record or correct a completion"))
        self.attendance_button = QPushButton(icon("people"), self.tr("Session &attendance…"))
        self.attendance_button.setAccessibleName(self.tr("Record session attendance for the selected people"))
        self.attendance_button.setToolTip(
            self.tr("Record one course and date for everyone selected, as after a WRAP workshop")
        )

        bar = QHBoxLayout()
        bar.addWidget(self.search, 2)
        bar.addWidget(self.organisation, 1)
        bar.addWidget(self.role_group, 1)
        bar.addWidget(self.key_only)
        bar.addStretch(0)
        bar.addWidget(self.record_button)
        bar.addWidget(self.attendance_button)

        self.status = QLabel()
        self.status.setAccessibleName(self.tr("Matrix summary"))
        self.message = QLabel()
        self.message.setAccessibleName(self.tr("Last change"))
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        status_row = QHBoxLayout()
        status_row.addWidget(self.status)
        status_row.addStretch(1)
        status_row.addWidget(self.message)

        self.view = QTableView()
        self.view.setModel(self.proxy)
        self.view.setAccessibleName(self.tr("Training matrix"))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.view.horizontalHeader().setHighlightSections(False)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.setItemDelegate(StateCellDelegate(self.view))

        self.legend = QHBoxLayout()
        self.legend.setSpacing(6)
        caption = QLabel(self.tr("Key:"))
        self.legend.addWidget(caption)
        for state in LEGEND_STATES:
            self.legend.addWidget(legend_chip(f"{STATE_LETTER[state]} {self.model.state_word(state)}", state))
        self.legend.addWidget(legend_chip(self.tr("blank: not required"), None))
        self.legend.addStretch(1)
        hint = QLabel(self.tr("Double-click or press Enter on a cell to record or correct a completion."))
        hint.setWordWrap(True)
        self.legend.addWidget(hint)

        title = QLabel(self.title())
        title.setObjectName("pageTitle")
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(bar)
        layout.addLayout(status_row)
        layout.addWidget(self.view, 1)
        layout.addLayout(self.legend)

        self.filters = PeopleFilterBar(self)
        self.view.activated.connect(self.record_at)
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.view.selectionModel().selectionChanged.connect(self._update_status)
        self.view.selectionModel().currentChanged.connect(self._update_status)
        self.proxy.modelReset.connect(self._update_status)
        self.proxy.layoutChanged.connect(self._update_status)
        self.proxy.rowsInserted.connect(self._update_status)
        self.proxy.rowsRemoved.connect(self._update_status)
        self.record_button.clicked.connect(lambda: self.record_at(self.view.currentIndex()))
        self.attendance_button.clicked.connect(self.record_attendance)
        select_all = QAction(self.tr("Select all people shown"), self)
        select_all.setShortcut(QKeySequence.StandardKey.SelectAll)
        select_all.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        select_all.triggered.connect(self.view.selectAll)
        self.view.addAction(select_all)

        self.loader = PageLoader(self, context, self._make_load, self._apply, self.status)
        self._update_status()

    # --- page contract -----------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Training matrix")

    def refresh(self) -> None:
        self.loader.run()

    def search_widget(self) -> QLineEdit:
        return self.search

    # --- loading -------------------------------------------------------------------------

    def _make_load(self):
        plan_id, today, context = self.context.plan_id, self.context.today, self.context
        if plan_id is None:
            return None
        shown = self._shown
        columns = self.model.requirements()
        same_matrix = shown is not None and shown[:3] == (context.db, plan_id, today)

        def load(progress) -> tuple:
            if same_matrix:
                assert shown is not None
                changed = self._changed_rows(context, plan_id, today, shown[3], columns)
                if changed is not None:
                    return changed
            progress.report(0, 0, self.tr("Working out the training matrix…"))
            version = compliance.data_version(context.uow())
            matrix = compliance.training_matrix(context.uow(), plan_id, today)
            search_texts(row.person for row in matrix.rows)  # off the GUI thread (see the People page)
            return (
                (context.db, plan_id, today, version),
                matrix,
                organisations.list_organisations(context.uow()),
                people.role_groups(context.uow()),
                courses.list_courses(context.uow()),
            )

        return load

    @staticmethod
    def _changed_rows(
        context: AppContext, plan_id: int, today: date, since: Any, columns: tuple
    ) -> ChangedRows | None:
        """After an edit of a few people (the change log says whom): only their rows, read again.

        None when the whole matrix is to be read again (see ``compliance.people_changed``).
        """
        version = compliance.data_version(context.uow())
        changed = compliance.people_changed(context.uow(), since, version)
        if changed is None:
            return None
        rows: tuple = ()
        if changed:
            flt = people.PeopleFilter(on=today, person_ids=changed)
            matrix = compliance.training_matrix(context.uow(), plan_id, today, flt)
            if matrix.columns != columns:
                return None  # an exemption's reason shows in the column: read it all
            rows = matrix.rows
        return ChangedRows((context.db, plan_id, today, version), changed, rows)

    def _apply(self, result: tuple | ChangedRows | None) -> None:
        if result is None:
            self._shown = None
            self.model.set_matrix(TrainingMatrix(self.context.today, (), ()))
            self.courses = []
            self._update_status()
            return
        if isinstance(result, ChangedRows):
            if self.model.update_rows(result.changed, result.rows):
                self._shown = result.shown
                self._update_status()
            else:  # someone came, went or changed themselves: read the whole matrix
                self._shown = None
                self.loader.request()
            return
        self._shown, matrix, orgs, groups, course_list = result
        self.courses = course_list
        fill_combo(self.organisation, self.tr("All organisations"), [(o.name, o.id) for o in orgs])
        fill_combo(self.role_group, self.tr("All role groups"), [(g, g) for g in groups])
        first_load = not self.model.requirements()
        self.model.set_matrix(matrix)
        if first_load:
            self._size_columns()
        self.filters.reapply()

    def _size_columns(self) -> None:
        header = self.view.horizontalHeader()
        width = self.fontMetrics().horizontalAdvance
        header.resizeSection(0, width("Siobhán Montgomery-Smith") + 16)
        # Organisation and role group are elided (the tooltip and the People page show them whole),
        # so the course columns, the point of the page, get the room.
        header.resizeSection(1, width("Northvale NHS Trust") + 16)
        header.resizeSection(2, width("Frontline practitioner") + 16)
        for column in range(FIRST_REQUIREMENT_COLUMN, self.model.columnCount()):
            header.resizeSection(column, width("✓ 00/00/0000") + 28)

    # --- filters -------------------------------------------------------------------------

    def apply_filter(self, **options: Any) -> None:
        """Filter as another page asks: organisation (id or name), role_group, key_personnel_only, text.

        Choices the drop-downs do not offer yet are applied once the page has loaded.
        """
        self.filters.request(options)

    # --- selection -----------------------------------------------------------------------

    def selected_rows(self) -> list[int]:
        """Proxy rows with at least one selected cell, top to bottom."""
        return selected_rows_of(self.view)

    def selected_people(self) -> list[PersonView]:
        return [
            self.model.person_at(self.proxy.mapToSource(self.proxy.index(r, 0)).row())
            for r in self.selected_rows()
        ]

    def _update_status(self, *_args: Any) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        selected = len(self.selected_rows())
        if self.context.plan_id is None:
            text = self.tr("Open a plan to see its training matrix.")
        elif total and not self.model.requirements():
            text = self.tr(
                "This plan has no training requirements yet: add them under Courses and requirements."
            )
        elif shown == total:
            text = self.tr("1 person") if total == 1 else self.tr("%n people", "", total)
        else:
            text = self.tr("%1 of %2 people shown").replace("%1", str(shown)).replace("%2", str(total))
        if selected:
            text += " · " + self.tr("%n selected", "", selected)
        self.status.setText(text)
        self.attendance_button.setEnabled(selected > 0 and bool(self.courses))
        self.attendance_button.setText(
            self.tr("Session &attendance (%n)…", "", selected)
            if selected > 1
            else self.tr("Session &attendance…")
        )
        self.record_button.setEnabled(self.view.currentIndex().isValid() and bool(self.courses))

    def _context_menu(self, pos: QPoint) -> None:
        index = self.view.indexAt(pos)
        menu = QMenu(self)
        record = menu.addAction(self.tr("Record or correct a completion…"))
        record.setEnabled(index.isValid())
        record.triggered.connect(lambda: self.record_at(index))
        attend = menu.addAction(self.tr("Record session attendance…"))
        attend.setEnabled(bool(self.selected_rows()))
        attend.triggered.connect(self.record_attendance)
        menu.popup(self.view.viewport().mapToGlobal(pos))

    # --- recording a completion ------------------------------------------------------------------

    def record_at(self, index: QModelIndex) -> None:
        """Record or correct the completion behind the cell at ``index`` (a proxy index)."""
        if not index.isValid() or not self.courses:
            return
        source = self.proxy.mapToSource(index)
        person = self.model.person_at(source.row())
        req = self.model.requirement_at(source.column())
        cell = self.model.cell(source.row(), source.column())
        course_id = req.course_id if req else None
        accepted = courses.accepted_course_ids(self.courses, course_id) if course_id else frozenset()
        context = self.context

        def find(records: list) -> None:
            record = None
            if cell is not None and cell.completed_on is not None:
                matches = [
                    r for r in records if r.course_id in accepted and r.completed_on == cell.completed_on
                ]
                matches.sort(key=lambda r: r.course_id != course_id)
                record = matches[0] if matches else None
            self._open_record_dialog(person, course_id, record)

        context.tasks.run(lambda _p: training.list_records(context.uow(), person.id), find, self._failed)

    def _open_record_dialog(self, person: PersonView, course_id: int | None, record) -> None:
        self.dialog = RecordDialog(
            lambda values: self._save_record(person, values),
            self.courses,
            person,
            course_id=course_id,
            record=record,
            today=self.context.today,
            delete=(lambda: self._delete_record(person, record)) if record else None,
            parent=self,
        )
        self.dialog.open()

    def _course_code(self, course_id: int) -> str:
        return next((c.code for c in self.courses if c.id == course_id), "")

    def _save_record(self, person: PersonView, values: dict) -> Any:
        return save_record(self.context, person, values, self._course_code(values["course_id"]))

    def _delete_record(self, person: PersonView, record) -> None:
        text = (
            self.tr("Delete %1's %2 record").replace("%1", person.full_name).replace("%2", record.course_code)
        )
        run_undoable(self.context, text, lambda uow: training.delete_record(uow, record.id))

    # --- session attendance ------------------------------------------------------------------

    def record_attendance(self) -> None:
        """Open the session attendance dialog for everyone selected."""
        chosen = self.selected_people()
        if not chosen or not self.courses:
            return
        req = self.model.requirement_at(self.proxy.mapToSource(self.view.currentIndex()).column())
        self.dialog = AttendanceDialog(
            lambda values: self._save_attendance([p.id for p in chosen], values),
            self.courses,
            [p.full_name for p in chosen],
            course_id=req.course_id if req else None,
            today=self.context.today,
            parent=self,
        )
        self.dialog.open()

    def _save_attendance(self, person_ids: list[int], values: dict) -> Any:
        code = self._course_code(values["course_id"])
        on: date | None = values["completed_on"]
        count = len(person_ids)
        text = (
            self.tr("Record %1 for 1 person") if count == 1 else self.tr("Record %1 for %n people", "", count)
        )
        text = text.replace("%1", code)
        result = run_undoable(
            self.context,
            text,
            lambda uow: training.record_attendance(
                uow,
                values["course_id"],
                on,
                person_ids,
                evidence=values["evidence"],
                today=self.context.today,
            ),
        )
        if result.created == 1:
            message = self.tr("Recorded %1 on %2 for 1 person.")
        else:
            message = self.tr("Recorded %1 on %2 for %n people.", "", result.created)
        message = message.replace("%1", code).replace("%2", format_date(on))
        if result.already_recorded:
            message += " " + self.tr("%n already had it recorded.", "", result.already_recorded)
        self.message.setText(message)
        self.context.show_message(message)
        return result

    def _failed(self, exc: BaseException) -> None:
        self.context.report_error(exc)

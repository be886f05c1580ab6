"""The people page: key personnel filtered and searched, with each person's training and status."""

from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from actionplan.domain.dates import format_date
from actionplan.domain.enums import ComplianceState
from actionplan.errors import ActionPlanError
from actionplan.services import compliance, courses, organisations, people, training
from actionplan.services.people import PeopleFilter
from actionplan.services.readmodels import CourseView, OrganisationView, PersonView, TrainingRecordView
from ui.context import AppContext
from ui.dialogs.person_dialog import PersonDialog
from ui.dialogs.record_dialog import RecordDialog, save_record
from ui.models.matrix_model import state_word
from ui.models.people_model import ACTIVE, EVERYONE, LEAVERS, PeopleFilterProxy, PeopleModel, search_texts
from ui.pages.page_support import PageLoader, PeopleFilterBar, fill_combo, selected_rows_of
from ui.pages.people_privacy import install_privacy_actions
from ui.resources import icon
from ui.theme import STATE_LETTER, state_colours
from ui.undo import run_undoable
from ui.widgets import BadgeDelegate, confirm

RECORD_ROLE = Qt.ItemDataRole.UserRole + 1
# How many rows beyond those in view the table's columns are fitted to when the people load.
FIT_ROWS = 100


def _tree(headers: list[str], name: str) -> QTreeWidget:
    tree = QTreeWidget()
    tree.setHeaderLabels(headers)
    tree.setRootIsDecorated(False)
    tree.setAlternatingRowColors(True)
    tree.setUniformRowHeights(True)
    tree.setAccessibleName(name)
    tree.header().setStretchLastSection(True)
    return tree


class PersonDetail(QWidget):
    """One person: their fields, their status against each requirement and their training history."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.person: PersonView | None = None
        self.name = QLabel()
        font = self.name.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.name.setFont(font)
        self.name.setAccessibleName(self.tr("Name"))
        self.subtitle = QLabel()
        self.subtitle.setWordWrap(True)
        self.fields: dict[str, QLabel] = {}
        form = QFormLayout()
        for key, label in (
            ("staff_number", self.tr("Staff number:")),
            ("email", self.tr("Email:")),
            ("role_group", self.tr("Role group:")),
            ("team", self.tr("Team:")),
            ("key_personnel", self.tr("Key personnel:")),
            ("start_date", self.tr("Started:")),
            ("leaving_date", self.tr("Left:")),
        ):
            value = QLabel()
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setAccessibleName(label.rstrip(":"))
            self.fields[key] = value
            form.addRow(label, value)
        self.edit_button = QPushButton(icon("update"), self.tr("&Edit…"))
        self.edit_button.setAccessibleName(self.tr("Edit this person"))
        self.record_button = QPushButton(icon("add"), self.tr("Record &training…"))
        self.record_button.setAccessibleName(self.tr("Record a completed course for this person"))
        self.buttons = buttons = QHBoxLayout()
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.record_button)

        self.status = _tree(
            [
                self.tr("Status"),
                self.tr("Course"),
                self.tr("Completed"),
                self.tr("Expires or due"),
                self.tr("Requirement"),
            ],
            self.tr("Status against the plan's requirements"),
        )
        self.status.setItemDelegateForColumn(0, BadgeDelegate(self.status))
        self.history = _tree(
            [
                self.tr("Course"),
                self.tr("Completed"),
                self.tr("Expires"),
                self.tr("Evidence"),
                self.tr("Source"),
            ],
            self.tr("Training history"),
        )
        self.correct_button = QPushButton(self.tr("C&orrect record…"))
        self.correct_button.setAccessibleName(self.tr("Correct the selected training record"))
        self.delete_record_button = QPushButton(icon("delete"), self.tr("Delete record"))
        self.delete_record_button.setAccessibleName(self.tr("Delete the selected training record"))
        history_buttons = QHBoxLayout()
        history_buttons.addWidget(self.correct_button)
        history_buttons.addWidget(self.delete_record_button)
        history_buttons.addStretch(1)
        self.empty = QLabel(self.tr("Choose a person to see their details and training."))
        self.empty.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        self.body = QWidget()
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.name)
        body.addWidget(self.subtitle)
        body.addLayout(form)
        body.addLayout(buttons)
        body.addWidget(self._heading(self.tr("Status against the plan's requirements")))
        body.addWidget(self.status, 1)
        body.addWidget(self._heading(self.tr("Training history")))
        body.addWidget(self.history, 1)
        body.addLayout(history_buttons)
        layout.addWidget(self.body, 1)
        self.history.currentItemChanged.connect(self._history_selection)
        self.show_person(None)

    def _heading(self, text: str) -> QLabel:
        label = QLabel(text)
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        return label

    def _history_selection(self, *_args: Any) -> None:
        has = self.selected_record() is not None
        self.correct_button.setEnabled(has)
        self.delete_record_button.setEnabled(has)

    def selected_record(self) -> TrainingRecordView | None:
        item = self.history.currentItem()
        return item.data(0, RECORD_ROLE) if item is not None else None

    def show_person(self, person: PersonView | None) -> None:
        self.person = person
        self.empty.setVisible(person is None)
        self.body.setVisible(person is not None)
        if person is None:
            return
        self.name.setText(person.full_name)
        self.subtitle.setText(" · ".join(p for p in (person.job_title, person.organisation_name) if p))
        values = {
            "staff_number": person.staff_number,
            "email": person.email,
            "role_group": person.role_group,
            "team": person.team,
            "key_personnel": self.tr("Yes") if person.key_personnel else self.tr("No"),
            "start_date": format_date(person.start_date),
            "leaving_date": format_date(person.leaving_date),
        }
        for key, value in values.items():
            self.fields[key].setText(value or "–")

    def show_training(self, records: list[TrainingRecordView], status: list[tuple[Any, Any]]) -> None:
        """Fill the history and the status lists (``status`` as person_compliance returns it)."""
        self.status.clear()
        for req, assessment in status:
            state: ComplianceState = assessment.state
            if state is ComplianceState.NOT_REQUIRED:
                due = ""
            elif state in (ComplianceState.COMPLIANT, ComplianceState.EXPIRING):
                due = format_date(assessment.expires_on) or self.tr("Never expires")
            else:
                due = format_date(assessment.personal_deadline)
            item = QTreeWidgetItem(
                [
                    f"{STATE_LETTER[state]} {state_word(state)}".strip(),
                    req.course_code,
                    format_date(assessment.completed_on),
                    due,
                    req.title,
                ]
            )
            colours = state_colours(state)
            if colours is not None:
                item.setBackground(0, colours[0])
                item.setForeground(0, colours[1])
            item.setToolTip(1, req.course_name)
            item.setToolTip(4, req.title)
            self.status.addTopLevelItem(item)
        self.history.clear()
        sources = {"typed": self.tr("Typed in"), "session": self.tr("Session"), "import": self.tr("Imported")}
        for record in records:
            item = QTreeWidgetItem(
                [
                    record.course_code,
                    format_date(record.completed_on),
                    format_date(record.expires_on) or self.tr("Never"),
                    record.evidence,
                    sources.get(record.source, record.source),
                ]
            )
            item.setToolTip(0, record.course_name)
            item.setData(0, RECORD_ROLE, record)
            self.history.addTopLevelItem(item)
        for tree in (self.status, self.history):
            for column in range(tree.columnCount() - 1):
                tree.resizeColumnToContents(column)
        self._history_selection()


class PeoplePage(QWidget):
    """Everyone in the partnership; filter, search, add, edit and delete, and see each person's training."""

    page_id = "people"

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.organisations: list[OrganisationView] = []
        self.role_groups: list[str] = []
        self.courses: list[CourseView] = []
        self.dialog: PersonDialog | RecordDialog | None = None
        self._detail_generation = 0
        self.model = PeopleModel(self)
        self.proxy = PeopleFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search people…"))
        self.search.setToolTip(
            self.tr("Finds names, emails, staff numbers, job titles, teams and organisations")
        )
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search people"))
        self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.organisation = QComboBox()
        self.organisation.setAccessibleName(self.tr("Filter by organisation"))
        self.organisation.setMinimumContentsLength(16)
        self.role_group = QComboBox()
        self.role_group.setAccessibleName(self.tr("Filter by role group"))
        self.role_group.setMinimumContentsLength(14)
        self.key_only = QCheckBox(self.tr("&Key personnel only"))
        self.key_only.setAccessibleName(self.tr("Key personnel only"))
        self.status_filter = QComboBox()
        self.status_filter.setAccessibleName(self.tr("Current staff or leavers"))
        for text, value in (
            (self.tr("Current staff"), ACTIVE),
            (self.tr("Leavers"), LEAVERS),
            (self.tr("Everyone"), EVERYONE),
        ):
            self.status_filter.addItem(text, value)
        fill_combo(self.organisation, self.tr("All organisations"), [])
        fill_combo(self.role_group, self.tr("All role groups"), [])
        bar = QHBoxLayout()
        bar.addWidget(self.search, 2)
        bar.addWidget(self.organisation, 1)
        bar.addWidget(self.role_group, 1)
        bar.addWidget(self.status_filter)
        bar.addWidget(self.key_only)

        self.view = QTableView()
        self.view.setModel(self.proxy)
        self.view.setAccessibleName(self.tr("People"))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.view.horizontalHeader().setStretchLastSection(True)
        # Columns are fitted to the rows in view and this many more, not Qt's 1,000: measuring a
        # cell asks the model several questions, and a county's names, teams and titles repeat.
        self.view.horizontalHeader().setResizeContentsPrecision(FIT_ROWS)

        self.add_button = QPushButton(icon("add"), self.tr("&Add person…"))
        self.add_button.setAccessibleName(self.tr("Add a person"))
        self.delete_button = QPushButton(icon("delete"), self.tr("&Delete"))
        self.delete_button.setAccessibleName(self.tr("Delete the selected people"))
        self.count = QLabel()
        self.count.setAccessibleName(self.tr("People shown"))
        self.below = below = QHBoxLayout()
        below.addWidget(self.count)
        below.addStretch(1)
        below.addWidget(self.add_button)
        below.addWidget(self.delete_button)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(bar)
        left_layout.addWidget(self.view, 1)
        left_layout.addLayout(below)

        self.detail = PersonDetail()
        scroll = QScrollArea()
        scroll.setWidget(self.detail)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setMinimumWidth(360)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self.filters = PeopleFilterBar(self)
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)
        self.view.selectionModel().selectionChanged.connect(self._update_count)
        self.view.activated.connect(lambda _index: self.edit_person())
        for signal in (
            self.proxy.modelReset,
            self.proxy.layoutChanged,
            self.proxy.rowsInserted,
            self.proxy.rowsRemoved,
        ):
            signal.connect(self._update_count)
        self.add_button.clicked.connect(self.add_person)
        self.delete_button.clicked.connect(self.delete_selected)
        self.detail.edit_button.clicked.connect(self.edit_person)
        self.detail.record_button.clicked.connect(lambda: self.open_record(None))
        self.detail.correct_button.clicked.connect(lambda: self.open_record(self.detail.selected_record()))
        self.detail.history.itemActivated.connect(
            lambda item, _c: self.open_record(item.data(0, RECORD_ROLE))
        )
        self.detail.delete_record_button.clicked.connect(self.delete_record)

        self.loader = PageLoader(self, context, self._make_load, self._apply, self.count)
        self.privacy = install_privacy_actions(self)  # Purge leavers… and Subject access report…
        self.detail.buttons.addStretch(1)
        self._update_count()

    # --- page contract -----------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("People")

    def refresh(self) -> None:
        self.loader.run()

    def search_widget(self) -> QLineEdit:
        return self.search

    def new_item_text(self) -> str:
        return self.tr("New person…")

    def add_new(self) -> None:
        self.add_person()

    def apply_filter(self, **options: Any) -> None:
        """Filter as another page asks: organisation (id or name), role_group, key_personnel_only,
        status ("active", "leavers", "everyone"), text."""
        self.filters.request(options)

    # --- loading -------------------------------------------------------------------------

    def _make_load(self):
        context = self.context

        def load(_progress) -> tuple:
            everyone = people.list_people(context.uow(), PeopleFilter(include_leavers=True))
            search_texts(everyone)  # made here, off the GUI thread: the first letter typed only filters
            return (
                everyone,
                organisations.list_organisations(context.uow()),
                people.role_groups(context.uow()),
                courses.list_courses(context.uow()),
            )

        return load

    def _apply(self, result: tuple | None) -> None:
        current = self.current_person()
        if result is None:
            self.model.set_people([])
            self._update_count()
            return
        everyone, self.organisations, self.role_groups, self.courses = result
        fill_combo(
            self.organisation, self.tr("All organisations"), [(o.name, o.id) for o in self.organisations]
        )
        fill_combo(self.role_group, self.tr("All role groups"), [(g, g) for g in self.role_groups])
        self.proxy.set_filter(today=self.context.today)
        first = self.model.rowCount() == 0
        self.model.set_people(everyone, self.context.today)
        if first:
            self.view.resizeColumnsToContents()
        self.filters.reapply()
        if current is not None:
            self.select_person(current.id)
        self._load_detail()

    # --- filters -------------------------------------------------------------------------

    def _update_count(self, *_args: Any) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if shown != total:
            text = self.tr("%1 of %2 people shown").replace("%1", str(shown)).replace("%2", str(total))
        else:
            text = self.tr("1 person") if total == 1 else self.tr("%n people", "", total)
        selected = len(self.selected_ids())
        if selected > 1:
            text += " · " + self.tr("%n selected", "", selected)
        self.count.setText(text)
        self.delete_button.setEnabled(selected > 0)
        self.add_button.setEnabled(self.context.db is not None)

    # --- selection and detail ------------------------------------------------------------------

    def selected_ids(self) -> list[int]:
        return self.proxy.person_ids(selected_rows_of(self.view))

    def current_person(self) -> PersonView | None:
        index = self.view.currentIndex()
        if not index.isValid():
            return None
        return self.model.person_at(self.proxy.mapToSource(index).row())

    def select_person(self, person_id: int) -> bool:
        """Make ``person_id`` the current row if the filters show them."""
        row = self.model.row_of(person_id)
        index = self.proxy.mapFromSource(self.model.index(row, 0)) if row >= 0 else QModelIndex()
        if not index.isValid():
            return False
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)
        return True

    def _current_changed(self, *_args: Any) -> None:
        self._load_detail()

    def _load_detail(self) -> None:
        person = self.current_person()
        self.detail.show_person(person)
        self._detail_generation += 1
        if person is None or self.context.db is None:
            return
        generation, context = self._detail_generation, self.context
        plan_id, today = context.plan_id, context.today

        def load(_progress) -> tuple:
            records = training.list_records(context.uow(), person.id)
            status = compliance.person_compliance(context.uow(), plan_id, person.id, today) if plan_id else []
            return records, status

        def done(result: tuple) -> None:
            if generation == self._detail_generation:
                self.detail.show_training(*result)

        context.tasks.run(load, done, self.context.report_error)

    # --- editing -------------------------------------------------------------------------

    def _person_dialog(self, person: PersonView | None) -> PersonDialog:
        self.dialog = PersonDialog(
            lambda values: self._save_person(person, values),
            self.organisations,
            self.role_groups,
            person,
            parent=self,
        )
        self.dialog.open()
        return self.dialog

    def add_person(self) -> PersonDialog | None:
        if self.context.db is None:
            return None
        return self._person_dialog(None)

    def edit_person(self) -> PersonDialog | None:
        person = self.current_person()
        return self._person_dialog(person) if person is not None else None

    def _save_person(self, person: PersonView | None, values: dict) -> PersonView:
        name = " ".join(p for p in (values["first_name"].strip(), values["last_name"].strip()) if p)
        if person is None:
            saved = run_undoable(
                self.context,
                self.tr("Add %1").replace("%1", name),
                lambda uow: people.create_person(uow, **values),
            )
        else:
            saved = run_undoable(
                self.context,
                self.tr("Edit %1").replace("%1", name),
                lambda uow: people.update_person(uow, person.id, expected_version=person.version, **values),
            )
        if not self.select_person(saved.id):
            self.search.clear()
            self.status_filter.setCurrentIndex(self.status_filter.findData(EVERYONE))
            self.organisation.setCurrentIndex(0)
            self.role_group.setCurrentIndex(0)
            self.key_only.setChecked(False)
            self.select_person(saved.id)
        return saved

    def delete_selected(self) -> None:
        """Delete the selected people (with their training records), after asking; undoable."""
        ids = self.selected_ids()
        if not ids:
            return
        if len(ids) == 1:
            name = self.model.person_at(self.model.row_of(ids[0])).full_name
            question = self.tr("Delete %1 and their training records?").replace("%1", name)
            text = self.tr("Delete %1").replace("%1", name)
        else:
            question = self.tr("Delete these %n people and their training records?", "", len(ids))
            text = self.tr("Delete %n people", "", len(ids))
        question += " " + self.tr("You can undo this with Edit > Undo.")
        if not confirm(self, self.tr("Delete people"), question, self.tr("Delete")):
            return
        try:
            run_undoable(self.context, text, lambda uow: people.delete_people(uow, ids))
        except ActionPlanError as exc:
            self.context.report_error(exc)

    def open_record(self, record: TrainingRecordView | None) -> RecordDialog | None:
        """Record a completion for the current person, or correct ``record``."""
        person = self.current_person()
        if person is None or not self.courses:
            return None
        code = {c.id: c.code for c in self.courses}
        self.dialog = RecordDialog(
            lambda values: save_record(self.context, person, values, code.get(values["course_id"], "")),
            self.courses,
            person,
            record=record,
            today=self.context.today,
            parent=self,
        )
        self.dialog.open()
        return self.dialog

    def delete_record(self) -> None:
        person, record = self.current_person(), self.detail.selected_record()
        if person is None or record is None:
            return
        text = (
            self.tr("Delete %1's %2 record").replace("%1", person.full_name).replace("%2", record.course_code)
        )
        try:
            run_undoable(self.context, text, lambda uow: training.delete_record(uow, record.id))
        except ActionPlanError as exc:
            self.context.report_error(exc)

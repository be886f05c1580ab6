"""The detail panel under the action table (every field of one action, partners, update log) and its data."""

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from actionplan.domain.dates import format_date
from actionplan.domain.enums import ActionStatus
from actionplan.errors import ActionPlanError, StaleEditError, ValidationError
from actionplan.services import Database, organisations, people, plans, requirements
from actionplan.services import actions as action_service
from actionplan.services.people import PeopleFilter
from actionplan.services.readmodels import (
    ActionUpdateView,
    ActionView,
    ObjectiveView,
    OrganisationView,
    PersonView,
    RequirementView,
    ThemeView,
)
from ui import theme
from ui.context import AppContext
from ui.models.owners_model import OwnersModel
from ui.pages.owner_choice import completer_paused, owner_combo, select_owner
from ui.resources import icon
from ui.stale import offer_reload
from ui.undo import run_undoable
from ui.widgets import DateEdit, FieldError, error_message


@dataclass(frozen=True)
class Lookups:
    """The choices the action's drop-downs offer, loaded with the actions."""

    themes: list[ThemeView] = field(default_factory=list)
    objectives: list[ObjectiveView] = field(default_factory=list)
    organisations: list[OrganisationView] = field(default_factory=list)
    people: list[PersonView] = field(default_factory=list)
    requirements: list[RequirementView] = field(default_factory=list)


# Above this many people the owner lists offer key personnel and current owners only.
ALL_PEOPLE_LIMIT = 2000


@dataclass(frozen=True)
class PageData:
    actions: list[ActionView]
    lookups: Lookups


def load_page_data(db: Database, plan_id: int, today: date) -> PageData:
    """Everything the page shows, read in the worker thread."""
    uow = db.unit_of_work()
    actions = action_service.list_actions(uow, plan_id, today)
    # Taken from everyone as kept for the People page and the matrix (one read of a county's
    # people, shared), in the same order as a query for the people in post would give.
    everyone = [p for p in people.list_people(uow, PeopleFilter(include_leavers=True)) if p.is_active(today)]
    if len(everyone) > ALL_PEOPLE_LIMIT:  # a county: key personnel and the current owners
        owners = frozenset(a.owner_id for a in actions if a.owner_id is not None)
        everyone = [p for p in everyone if p.key_personnel or p.id in owners]
    lookups = Lookups(
        themes=plans.list_themes(uow, plan_id),
        objectives=plans.list_objectives(uow, plan_id),
        organisations=organisations.list_organisations(uow),
        people=everyone,
        requirements=requirements.list_requirements(uow, plan_id),
    )
    return PageData(actions, lookups)


def next_ref(actions: list[ActionView], theme_position: int | None) -> str:
    """The next free reference in a theme: "3.7" after 3.1–3.6 for the third theme."""
    if theme_position is None:
        return ""
    prefix = f"{theme_position + 1}."
    numbers = [
        int(a.ref[len(prefix) :])
        for a in actions
        if a.ref.startswith(prefix) and a.ref[len(prefix) :].isdigit()
    ]
    return f"{prefix}{max(numbers, default=0) + 1}"


def action_label(action: ActionView) -> str:
    """How an action is named in undo texts: its reference, else its title."""
    return action.ref or f"“{action.title}”"


def _fill(combo: QComboBox, items: list[tuple[str, Any]], none_text: str | None) -> None:
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    if none_text is not None:
        combo.addItem(none_text, None)
    for label, value in items:
        combo.addItem(label, value)
    _select(combo, current)
    combo.blockSignals(False)


def _select(combo: QComboBox, value: Any) -> None:
    for row in range(combo.count()):
        if combo.itemData(row) == value:
            combo.setCurrentIndex(row)
            return
    combo.setCurrentIndex(0 if combo.count() else -1)


class ActionDetail(QWidget):
    """Edits one action; "Save changes" sends every changed field as one undoable edit."""

    saved = Signal(object)  # the ActionView as saved
    rag_requested = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.action: ActionView | None = None
        self.lookups = Lookups()
        self._no_owner = ""
        self._loading = False
        self.dirty = False
        self.setObjectName("actionDetail")

        # Header: the RAG badge and its reason, and the panel's buttons.
        self.rag_badge = QLabel()
        self.rag_badge.setObjectName("ragBadge")
        self.rag_badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.rag_badge.setMinimumWidth(80)
        self.heading = QLabel()
        self.heading.setObjectName("sectionTitle")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.rag_reason = QLabel()
        self.rag_reason.setWordWrap(True)
        self.rag_button = QPushButton(icon("flag"), self.tr("Set RAG by &hand…"))
        self.rag_button.setAccessibleName(self.tr("Set RAG by hand"))
        self.rag_button.clicked.connect(self.rag_requested)
        self.revert_button = QPushButton(self.tr("Re&vert"))
        self.revert_button.setAccessibleName(self.tr("Revert changes"))
        self.revert_button.clicked.connect(self.revert)
        self.save_button = QPushButton(self.tr("&Save changes"))
        self.save_button.setAccessibleName(self.tr("Save changes"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.error = FieldError()
        header = QGridLayout()
        header.addWidget(self.rag_badge, 0, 0)
        header.addWidget(self.heading, 0, 1)
        header.addWidget(self.rag_button, 0, 2)
        header.addWidget(self.revert_button, 0, 3)
        header.addWidget(self.save_button, 0, 4)
        header.addWidget(self.rag_reason, 1, 1, 1, 4)
        header.setColumnStretch(1, 1)

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self._details_tab(), self.tr("&Details"))
        self.tabs.addTab(self._text_tab(), self.tr("Descri&ption and evidence"))
        self.tabs.addTab(self._partners_tab(), self.tr("Pa&rtners"))
        self.tabs.addTab(self._updates_tab(), self.tr("&Updates"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addLayout(header)
        layout.addWidget(self.error)
        layout.addWidget(self.tabs, 1)
        self.set_action(None)

    # -- building ------------------------------------------------------------------------------

    def _named(self, widget: QWidget, name: str) -> QWidget:
        widget.setAccessibleName(name)
        return widget

    def _details_tab(self) -> QWidget:
        self.ref = self._named(QLineEdit(), self.tr("Reference"))
        self.ref.setMaximumWidth(120)
        self.title_edit = self._named(QLineEdit(), self.tr("Title"))
        self.theme = self._named(QComboBox(), self.tr("Theme"))
        self.objective = self._named(QComboBox(), self.tr("Objective"))
        self.lead = self._named(QComboBox(), self.tr("Lead organisation"))
        self.owner_model = OwnersModel(with_organisation=True, parent=self)
        self.owner = self._named(owner_combo(self.owner_model), self.tr("Owner"))
        self.start = self._named(DateEdit(allow_empty=True), self.tr("Start date"))
        self.due = self._named(DateEdit(allow_empty=True), self.tr("Due date"))
        self.status = self._named(QComboBox(), self.tr("Status"))
        for status in ActionStatus:
            self.status.addItem(status.label, status.value)
        self.progress = self._named(QSpinBox(), self.tr("Progress"))
        self.progress.setRange(0, 100)
        self.progress.setSingleStep(5)
        self.progress.setSuffix("%")
        self.statutory = self._named(
            QCheckBox(self.tr("Statutory (part of the Prevent duty)")), self.tr("Statutory")
        )
        self.requirement = self._named(QComboBox(), self.tr("Linked training requirement"))
        self.field_errors = {
            name: FieldError() for name in ("ref", "title", "due_date", "progress", "status")
        }

        left = QFormLayout()
        left.addRow(self.tr("Re&f"), self.ref)
        left.addRow("", self.field_errors["ref"])
        left.addRow(self.tr("&Title"), self.title_edit)
        left.addRow("", self.field_errors["title"])
        left.addRow(self.tr("T&heme"), self.theme)
        left.addRow(self.tr("O&bjective"), self.objective)
        left.addRow(self.tr("&Lead"), self.lead)
        right = QFormLayout()
        right.addRow(self.tr("O&wner"), self.owner)
        right.addRow(self.tr("St&art"), self.start)
        right.addRow(self.tr("D&ue"), self.due)
        right.addRow("", self.field_errors["due_date"])
        right.addRow(self.tr("Stat&us"), self.status)
        right.addRow("", self.field_errors["status"])
        right.addRow(self.tr("Pro&gress"), self.progress)
        right.addRow("", self.field_errors["progress"])
        right.addRow(self.tr("Re&quirement"), self.requirement)
        right.addRow("", self.statutory)
        page = QWidget()
        row = QHBoxLayout(page)
        row.addLayout(left, 3)
        row.addSpacing(16)
        row.addLayout(right, 2)
        for widget in (self.ref, self.title_edit):
            widget.textEdited.connect(self._mark_dirty)
        for combo in (self.theme, self.objective, self.lead, self.owner, self.status, self.requirement):
            combo.currentIndexChanged.connect(self._mark_dirty)
        for date_edit in (self.start, self.due):
            date_edit.dateChanged.connect(self._mark_dirty)
        self.progress.valueChanged.connect(self._mark_dirty)
        self.statutory.toggled.connect(self._mark_dirty)
        return page

    def _text_tab(self) -> QWidget:
        page = QWidget()
        grid = QGridLayout(page)
        self.texts: dict[str, QPlainTextEdit] = {}
        for column, (name, label, accessible) in enumerate(
            (
                ("description", self.tr("Description"), self.tr("Description")),
                ("evidence", self.tr("Evidence of progress"), self.tr("Evidence")),
                ("notes", self.tr("Notes"), self.tr("Notes")),
            )
        ):
            edit = QPlainTextEdit()
            edit.setTabChangesFocus(True)
            edit.setAccessibleName(accessible)
            edit.textChanged.connect(self._mark_dirty)
            caption = QLabel(label)
            caption.setBuddy(edit)
            grid.addWidget(caption, 0, column)
            grid.addWidget(edit, 1, column)
            self.texts[name] = edit
        return page

    def _partners_tab(self) -> QWidget:
        self.partners = QListWidget()
        self.partners.setAccessibleName(self.tr("Partner organisations"))
        self.partners.setFlow(QListWidget.Flow.LeftToRight)
        self.partners.setWrapping(True)
        self.partners.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.partners.setSpacing(4)
        self.partners.itemChanged.connect(self._mark_dirty)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(
            QLabel(self.tr("Organisations that support this action (the lead is set on Details):"))
        )
        layout.addWidget(self.partners)
        return page

    def _updates_tab(self) -> QWidget:
        self.updates = QTreeWidget()
        self.updates.setAccessibleName(self.tr("Update log"))
        self.updates.setRootIsDecorated(False)
        self.updates.setHeaderLabels([self.tr("Date"), self.tr("Update"), self.tr("By"), self.tr("Status")])
        self.updates.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.updates.header().setStretchLastSection(False)
        self.update_date = self._named(DateEdit(), self.tr("Date of the update"))
        self.update_text = self._named(QPlainTextEdit(), self.tr("Text of the update"))
        self.update_text.setTabChangesFocus(True)
        self.update_text.setPlaceholderText(self.tr("What happened, what was decided, what is next"))
        self.update_error = FieldError()
        self.add_update_button = QPushButton(icon("update"), self.tr("&Add update"))
        self.add_update_button.setAccessibleName(self.tr("Add update"))
        self.add_update_button.clicked.connect(self.add_update)
        form = QVBoxLayout()
        form.addWidget(QLabel(self.tr("New update")))
        form.addWidget(self.update_date)
        form.addWidget(self.update_text, 1)
        form.addWidget(self.update_error)
        form.addWidget(self.add_update_button)
        page = QWidget()
        layout = QHBoxLayout(page)
        layout.addWidget(self.updates, 3)
        layout.addLayout(form, 2)
        return page

    # -- contents -------------------------------------------------------------------------------

    def set_lookups(self, lookups: Lookups) -> None:
        self.lookups = lookups
        self._loading = True
        _fill(self.theme, [(t.name, t.id) for t in lookups.themes], self.tr("(no theme)"))
        _fill(self.objective, [(o.name, o.id) for o in lookups.objectives], self.tr("(no objective)"))
        _fill(self.lead, [(o.name, o.id) for o in lookups.organisations], self.tr("(no lead)"))
        self._no_owner = self.owner_model.none_text = self.tr("(no owner)")
        owner_id = self.owner.currentData()
        self.owner.blockSignals(True)
        with completer_paused(self.owner):
            self.owner_model.set_people(lookups.people)
        select_owner(self.owner, owner_id)
        self.owner.blockSignals(False)
        _fill(
            self.requirement,
            [(f"{r.course_code}: {r.title}", r.id) for r in lookups.requirements],
            self.tr("(not linked)"),
        )
        self._loading = False

    def set_action(self, action: ActionView | None) -> None:
        """Show ``action`` (or nothing); unsaved changes to the previous one are dropped."""
        self.action = action
        self._loading = True
        self.error.clear_error()
        for label in (*self.field_errors.values(), self.update_error):
            label.clear_error()
        self.setEnabled(action is not None)
        a = action
        self.heading.setText(f"{a.ref}  {a.title}" if a else self.tr("Select an action to see its details"))
        self._show_rag(a)
        self.ref.setText(a.ref if a else "")
        self.title_edit.setText(a.title if a else "")
        _select(self.theme, a.theme_id if a else None)
        _select(self.objective, a.objective_id if a else None)
        _select(self.lead, a.lead_organisation_id if a else None)
        if a and a.owner_id is not None:
            self.owner_model.add_owner(a.owner_id, a.owner_name)  # if outside the offered list
        select_owner(self.owner, a.owner_id if a else None)
        if a and a.owner_id is None and a.owner_name:
            self.owner.setEditText(a.owner_name)
        self.start.set_value(a.start_date if a else None)
        self.due.set_value(a.due_date if a else None)
        _select(self.status, a.status.value if a else ActionStatus.NOT_STARTED.value)
        self.progress.setValue(a.progress if a else 0)
        self.progress.setEnabled(a is not None and a.requirement_id is None)
        self.progress.setToolTip(
            self.tr("Progress follows the linked training requirement's compliance")
            if a and a.requirement_id
            else ""
        )
        self.statutory.setChecked(a.statutory if a else False)
        _select(self.requirement, a.requirement_id if a else None)
        for name, edit in self.texts.items():
            edit.setPlainText(getattr(a, name) if a else "")
        self.partners.clear()
        lead_id = a.lead_organisation_id if a else None
        for org in self.lookups.organisations:
            item = QListWidgetItem(org.name)
            item.setData(Qt.ItemDataRole.UserRole, org.id)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            checked = a is not None and org.id in a.partner_ids
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            if org.id == lead_id:
                item.setToolTip(self.tr("The lead organisation"))
            self.partners.addItem(item)
        self.update_date.set_value(self.context.today)
        self._loading = False
        self._set_dirty(False)
        self.load_updates()

    def _show_rag(self, action: ActionView | None) -> None:
        rag = action.rag if action else None
        colours = theme.rag_colours(rag)
        if action is None or rag is None:
            self.rag_badge.setText(self.tr("No RAG") if action else "")
            self.rag_badge.setStyleSheet("")
        else:
            text = rag.label + (self.tr(" (by hand)") if action.rag_overridden else "")
            self.rag_badge.setText(text)
            assert colours is not None
            self.rag_badge.setStyleSheet(
                f"QLabel {{ background: {colours[0].name()}; color: {colours[1].name()};"
                " border-radius: 9px; padding: 2px 10px; font-weight: 600; }"
            )
        self.rag_badge.setAccessibleName(
            self.tr("RAG: {reason}").format(reason=action.rag_explanation if action else "")
        )
        self.rag_reason.setText(action.rag_explanation if action else "")

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.ApplicationPaletteChange:
            self._show_rag(self.action)  # the badge's colours follow light and dark palettes
        super().changeEvent(event)

    def load_updates(self) -> None:
        self.updates.clear()
        if self.action is None or self.context.db is None:
            return
        action_id = self.action.id
        db = self.context.db
        self.context.tasks.run(
            lambda _p: action_service.list_updates(db.unit_of_work(), action_id),
            on_done=lambda rows: self._show_updates(action_id, rows),
        )

    def _show_updates(self, action_id: int, rows: list[ActionUpdateView]) -> None:
        if self.action is None or self.action.id != action_id:
            return
        self.updates.clear()
        for update in rows:
            item = QTreeWidgetItem(
                [
                    format_date(update.on_date),
                    update.text,
                    update.author,
                    update.status.label if update.status else "",
                ]
            )
            item.setToolTip(1, update.text)
            self.updates.addTopLevelItem(item)
        for column in (0, 2, 3):
            self.updates.resizeColumnToContents(column)

    # -- editing --------------------------------------------------------------------------------

    def _mark_dirty(self, *_args: object) -> None:
        if not self._loading and self.action is not None:
            self._set_dirty(True)

    def _set_dirty(self, dirty: bool) -> None:
        self.dirty = dirty
        self.save_button.setEnabled(dirty)
        self.revert_button.setEnabled(dirty)

    def revert(self) -> None:
        self.set_action(self.action)

    def changes(self) -> tuple[dict[str, Any], list[int] | None]:
        """The fields that differ from the action as loaded, and the partners if they changed."""
        a = self.action
        assert a is not None
        owner_id = self.owner.currentData() if self.owner.currentIndex() >= 0 else None
        owner_text = self.owner.currentText().strip()
        if owner_id is not None and self.owner.itemText(self.owner.currentIndex()) != owner_text:
            owner_id = None  # the typed text no longer names the chosen person
        values: dict[str, Any] = {
            "ref": self.ref.text().strip(),
            "title": self.title_edit.text(),
            "theme_id": self.theme.currentData(),
            "objective_id": self.objective.currentData(),
            "lead_organisation_id": self.lead.currentData(),
            "owner_id": owner_id,
            "owner_name": "" if owner_id is not None or owner_text == self._no_owner else owner_text,
            "start_date": self.start.value(),
            "due_date": self.due.value(),
            "status": ActionStatus(self.status.currentData()),
            "statutory": self.statutory.isChecked(),
            "requirement_id": self.requirement.currentData(),
            **{name: edit.toPlainText() for name, edit in self.texts.items()},
        }
        if self.progress.isEnabled():
            values["progress"] = self.progress.value()
        current = {name: getattr(a, name, None) for name in values}
        if a.owner_id is not None:
            current["owner_name"] = ""
        changes = {name: value for name, value in values.items() if value != current[name]}
        partner_ids = [
            self.partners.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.partners.count())
            if self.partners.item(row).checkState() == Qt.CheckState.Checked
        ]
        partners = partner_ids if set(partner_ids) != set(a.partner_ids) else None
        return changes, partners

    def save(self) -> bool:
        """Save the changed fields as one undoable edit; False (with the error shown) if refused."""
        if self.action is None or not self.dirty:
            return True
        action = self.action
        changes, partners = self.changes()
        self.error.clear_error()
        for label in self.field_errors.values():
            label.clear_error()
        if not changes and partners is None:
            self._set_dirty(False)
            return True
        try:
            saved = run_undoable(
                self.context,
                self.tr("Edit action {ref}").format(ref=action_label(action)),
                lambda uow: action_service.update_action(
                    uow,
                    action.id,
                    partner_ids=partners,
                    today=self.context.today,
                    expected_version=action.version,
                    **changes,
                ),
            )
        except StaleEditError as exc:
            self.error.show_error(error_message(exc))
            offer_reload(self, exc, self.reload_from_database)
            return False
        except ValidationError as exc:
            self._show_field_error(exc)
            return False
        except ActionPlanError as exc:
            self.error.show_error(error_message(exc))
            return False
        self.action = saved
        self.set_action(saved)
        self.saved.emit(saved)
        return True

    def reload_from_database(self) -> None:
        """Drop the unsaved edit and show the action as it is now (after someone else changed it)."""
        self._set_dirty(False)
        self.context.notify_changed()

    def _show_field_error(self, exc: ValidationError) -> None:
        label = self.field_errors.get(exc.field or "")
        if label is None:
            self.error.show_error(str(exc))
            return
        label.show_error(str(exc))
        if exc.field in ("ref", "title", "due_date", "progress", "status"):
            self.tabs.setCurrentIndex(0)

    def add_update(self) -> None:
        if self.action is None:
            return
        action = self.action
        text = self.update_text.toPlainText()
        on_date = self.update_date.value() or self.context.today
        self.update_error.clear_error()
        try:
            run_undoable(
                self.context,
                self.tr("Add an update to action {ref}").format(ref=action_label(action)),
                lambda uow: action_service.add_update(uow, action.id, text, on_date=on_date),
            )
        except ActionPlanError as exc:
            self.update_error.show_error(error_message(exc))
            return
        self.update_text.clear()
        self.load_updates()

    def focus_title(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.title_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.title_edit.selectAll()

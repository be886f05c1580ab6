"""The dialog for a training requirement: course, audience, deadline, target, grace days and exemptions."""

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QCompleter,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from actionplan.services.readmodels import CourseView, OrganisationView, RequirementView
from ui.dialogs.form import CheckList, FormDialog, make_date_edit
from ui.dialogs.record_dialog import course_combo

PERSON_ID_ROLE = Qt.ItemDataRole.UserRole + 1
FIELDS = (
    "course_id",
    "title",
    "organisation_uuids",
    "role_groups",
    "key_personnel_only",
    "deadline",
    "target_percent",
    "grace_days",
)


class RequirementDialog(FormDialog):
    """Edits a requirement and its exemptions; nothing is saved until Save.

    ``people`` is a list of (label, person id) offered when adding an exemption. ``values()``
    holds the requirement's fields (named as the services name them) and ``exemptions_add``
    (person id, reason) pairs and ``exemptions_remove`` person ids.
    """

    def __init__(
        self,
        save: Callable[[dict[str, Any]], Any] | None,
        courses: Sequence[CourseView],
        organisations: Sequence[OrganisationView],
        role_groups: Sequence[str],
        people: Sequence[tuple[str, int]],
        requirement: RequirementView | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__("", save, parent)
        self.requirement = requirement
        self.setWindowTitle(
            self.tr("Edit requirement") if requirement else self.tr("Add a training requirement")
        )
        req = requirement
        self.course = course_combo(courses, req.course_id if req else None)
        self.title_edit = QLineEdit(req.title if req else "")
        self.title_edit.setPlaceholderText(
            self.tr("For example: All key personnel complete Prevent awareness")
        )
        self.deadline = make_date_edit(req.deadline if req else None, allow_empty=True)
        self.target = QSpinBox()
        self.target.setRange(0, 100)
        self.target.setSuffix("%")
        self.target.setValue(req.target_percent if req else 85)
        self.grace = QSpinBox()
        self.grace.setRange(0, 3650)
        self.grace.setSuffix(self.tr(" days"))
        self.grace.setValue(req.grace_days if req else 90)
        self.grace.setToolTip(
            self.tr("A new starter's deadline is their start date plus these days, if later")
        )
        self.organisations = CheckList()
        chosen_orgs = set(req.organisation_uuids) if req else set()
        for org in organisations:
            self.organisations.add_choice(org.name, org.uuid, org.uuid in chosen_orgs)
        self.organisations.setToolTip(self.tr("Tick none for every organisation"))
        self.role_groups = CheckList()
        chosen_groups = set(req.role_groups) if req else set()
        for group in sorted(set(role_groups) | chosen_groups):
            self.role_groups.add_choice(group, group, group in chosen_groups)
        self.role_groups.setToolTip(self.tr("Tick none for every role group"))
        self.new_group = QLineEdit()
        self.new_group.setPlaceholderText(self.tr("Another role group…"))
        self.new_group.setAccessibleName(self.tr("New role group"))
        self.new_group.returnPressed.connect(self.add_role_group)
        self.key_only = QCheckBox(self.tr("Only people marked as key personnel"))
        self.key_only.setChecked(req.key_personnel_only if req else True)

        left, right = QFormLayout(), QFormLayout()
        self.add_field("course_id", self.tr("&Course:"), self.course, form=left)
        self.add_field("title", self.tr("&Title:"), self.title_edit, form=left)
        self.add_field("deadline", self.tr("&Deadline:"), self.deadline, form=left)
        self.add_field("target_percent", self.tr("Tar&get:"), self.target, form=left)
        self.add_field("grace_days", self.tr("&New starters have:"), self.grace, form=left)
        self.add_field("organisation_uuids", self.tr("&Organisations:"), self.organisations, form=right)
        groups = QWidget()
        groups_column = QVBoxLayout(groups)
        groups_column.setContentsMargins(0, 0, 0, 0)
        groups_column.addWidget(self.role_groups)
        groups_column.addWidget(self.new_group)
        self.role_groups.setAccessibleName(self.tr("Role groups"))
        self.add_field("role_groups", self.tr("&Role groups:"), groups, form=right)
        self.add_field("key_personnel_only", self.tr("&Key personnel:"), self.key_only, form=right)
        hint = QLabel(self.tr("Leave a list with nothing ticked to include everyone."))
        hint.setWordWrap(True)
        right.addRow("", hint)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addSpacing(12)
        columns.addLayout(right, 1)
        self.form.addRow(columns)

        self._people = dict(people)
        self._original = {e.person_id: e.reason for e in req.exemptions} if req else {}
        self.exemption_list = QTreeWidget()
        self.exemption_list.setHeaderLabels([self.tr("Person"), self.tr("Reason")])
        self.exemption_list.setRootIsDecorated(False)
        self.exemption_list.setAccessibleName(self.tr("Exemptions"))
        self.exemption_list.setMinimumHeight(self.fontMetrics().lineSpacing() * 5)
        for exemption in req.exemptions if req else ():
            self._add_item(exemption.person_id, exemption.person_name, exemption.reason)
        self.person = QLineEdit()
        self.person.setPlaceholderText(self.tr("Start typing a name…"))
        completer = QCompleter(QStringListModel([label for label, _id in people], self), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.person.setCompleter(completer)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("Why this person is exempt, for example long-term absence"))
        self.add_exemption_button = QPushButton(self.tr("Add e&xemption"))
        self.remove_exemption_button = QPushButton(self.tr("Remo&ve exemption"))
        self.add_exemption_button.clicked.connect(self.add_exemption)
        self.remove_exemption_button.clicked.connect(self.remove_exemption)
        self.reason.returnPressed.connect(self.add_exemption)
        box = QGroupBox(self.tr("Exemptions (each needs a reason)"))
        exemptions = QFormLayout(box)
        exemptions.addRow(self.exemption_list)
        self.add_field("exemption_person", self.tr("&Person:"), self.person, form=exemptions)
        self.add_field("reason", self.tr("Re&ason:"), self.reason, form=exemptions)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.add_exemption_button)
        buttons.addWidget(self.remove_exemption_button)
        exemptions.addRow(buttons)
        self.form.addRow(box)
        self.resize(860, self.sizeHint().height())
        self.course.setFocus()

    # --- role groups and exemptions ---------------------------------------------------------------

    def add_role_group(self) -> None:
        group = self.new_group.text().strip()
        if not group:
            return
        for i in range(self.role_groups.count()):
            item = self.role_groups.item(i)
            if item.text().casefold() == group.casefold():
                item.setCheckState(Qt.CheckState.Checked)
                break
        else:
            self.role_groups.add_choice(group, group, True)
        self.new_group.clear()

    def _add_item(self, person_id: int, name: str, reason: str) -> None:
        for i in range(self.exemption_list.topLevelItemCount()):
            item = self.exemption_list.topLevelItem(i)
            if item.data(0, PERSON_ID_ROLE) == person_id:
                item.setText(1, reason)
                return
        item = QTreeWidgetItem([name, reason])
        item.setData(0, PERSON_ID_ROLE, person_id)
        self.exemption_list.addTopLevelItem(item)

    def add_exemption(self) -> bool:
        """Add the person and reason typed to the list; a missing reason is shown at its field."""
        self.clear_errors()
        label = self.person.text().strip()
        person_id = self._people.get(label)
        if person_id is None:
            self.show_error("exemption_person", self.tr("Choose a person from the list."))
            return False
        reason = self.reason.text().strip()
        if not reason:
            self.show_error("reason", self.tr("The reason for the exemption cannot be empty."))
            return False
        self._add_item(person_id, label.split(" (")[0], reason)
        self.person.clear()
        self.reason.clear()
        self.person.setFocus()
        return True

    def remove_exemption(self) -> None:
        item = self.exemption_list.currentItem()
        if item is not None:
            self.exemption_list.takeTopLevelItem(self.exemption_list.indexOfTopLevelItem(item))

    def exemptions(self) -> dict[int, str]:
        """Person id -> reason, as the list now stands."""
        result = {}
        for i in range(self.exemption_list.topLevelItemCount()):
            item = self.exemption_list.topLevelItem(i)
            result[item.data(0, PERSON_ID_ROLE)] = item.text(1)
        return result

    def values(self) -> dict[str, Any]:
        current = self.exemptions()
        return {
            "course_id": self.course.currentData(),
            "title": self.title_edit.text().strip(),
            "organisation_uuids": self.organisations.checked_data(),
            "role_groups": self.role_groups.checked_data(),
            "key_personnel_only": self.key_only.isChecked(),
            "deadline": self.deadline.value(),
            "target_percent": self.target.value(),
            "grace_days": self.grace.value(),
            "exemptions_add": [(pid, r) for pid, r in current.items() if self._original.get(pid) != r],
            "exemptions_remove": [pid for pid in self._original if pid not in current],
        }

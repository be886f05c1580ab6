"""The courses and requirements page: the course catalogue, and the plan's training requirements."""

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from actionplan.errors import ActionPlanError
from actionplan.services import compliance, courses, organisations, people, requirements
from actionplan.services.people import PeopleFilter
from actionplan.services.readmodels import CourseView, OrganisationView, RequirementView
from ui.context import AppContext
from ui.dialogs.course_dialog import CourseDialog
from ui.dialogs.requirement_dialog import FIELDS, RequirementDialog
from ui.models.courses_model import COURSE_ROLE, CoursesModel
from ui.models.courses_model import SORT_ROLE as COURSE_SORT_ROLE
from ui.models.requirements_model import REQUIREMENT_ROLE, RequirementsModel
from ui.models.requirements_model import SORT_ROLE as REQUIREMENT_SORT_ROLE
from ui.pages.page_support import PageLoader, heading, read_only_table, run_steps
from ui.resources import icon
from ui.undo import run_undoable
from ui.widgets import confirm


class CoursesPage(QWidget):
    """Edit the course catalogue (codes, aliases, validity, renewals) and the plan's requirements."""

    page_id = "courses"

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.organisations: list[OrganisationView] = []
        self.role_groups: list[str] = []
        self.dialog: CourseDialog | RequirementDialog | None = None
        self.courses_model = CoursesModel(self)
        self.requirements_model = RequirementsModel(self)
        self.course_view, self.course_proxy = read_only_table(
            self.courses_model, COURSE_SORT_ROLE, self.tr("Course catalogue"), self
        )
        self.requirement_view, self.requirement_proxy = read_only_table(
            self.requirements_model,
            REQUIREMENT_SORT_ROLE,
            self.tr("Training requirements of this plan"),
            self,
        )
        self._last_view = self.course_view

        self.add_course_button = QPushButton(icon("add"), self.tr("Add &course…"))
        self.edit_course_button = QPushButton(icon("update"), self.tr("&Edit course…"))
        self.delete_course_button = QPushButton(icon("delete"), self.tr("Delete course"))
        self.add_requirement_button = QPushButton(icon("add"), self.tr("Add &requirement…"))
        self.edit_requirement_button = QPushButton(icon("update"), self.tr("Edit re&quirement…"))
        self.delete_requirement_button = QPushButton(icon("delete"), self.tr("Delete requirement"))
        for button, name in (
            (self.add_course_button, self.tr("Add a course")),
            (self.edit_course_button, self.tr("Edit the selected course")),
            (self.delete_course_button, self.tr("Delete the selected course")),
            (self.add_requirement_button, self.tr("Add a training requirement")),
            (self.edit_requirement_button, self.tr("Edit the selected requirement")),
            (self.delete_requirement_button, self.tr("Delete the selected requirement")),
        ):
            button.setAccessibleName(name)

        self.status = QLabel()
        self.status.setAccessibleName(self.tr("Courses and requirements summary"))
        top = self._section(
            self.tr("Course catalogue"),
            self.tr("Courses partners report, the names they use for them, and how long each lasts."),
            self.course_view,
            (self.add_course_button, self.edit_course_button, self.delete_course_button),
        )
        bottom = self._section(
            self.tr("Training requirements of this plan"),
            self.tr("Who must complete which course by when, against what target. Double-click to edit."),
            self.requirement_view,
            (self.add_requirement_button, self.edit_requirement_button, self.delete_requirement_button),
        )
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)

        self.add_course_button.clicked.connect(lambda: self.open_course(None))
        self.edit_course_button.clicked.connect(lambda: self.open_course(self.selected_course()))
        self.delete_course_button.clicked.connect(self.delete_course)
        self.add_requirement_button.clicked.connect(lambda: self.open_requirement(None))
        self.edit_requirement_button.clicked.connect(
            lambda: self.open_requirement(self.selected_requirement())
        )
        self.delete_requirement_button.clicked.connect(self.delete_requirement)
        self.course_view.activated.connect(lambda _i: self.open_course(self.selected_course()))
        self.requirement_view.activated.connect(lambda _i: self.open_requirement(self.selected_requirement()))
        for view in (self.course_view, self.requirement_view):
            view.selectionModel().selectionChanged.connect(self._update_buttons)
            view.model().modelReset.connect(self._update_buttons)
            view.installEventFilter(self)
        self.loader = PageLoader(self, context, self._make_load, self._apply, self.status)
        self._update_buttons()

    def _section(self, title: str, blurb: str, view: QTableView, buttons: tuple) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(heading(title))
        note = QLabel(blurb)
        note.setWordWrap(True)
        column.addWidget(note)
        column.addWidget(view, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        for button in buttons:
            row.addWidget(button)
        column.addLayout(row)
        return box

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt override)
        if event.type() == event.Type.FocusIn and watched in (self.course_view, self.requirement_view):
            self._last_view = watched
        return False

    # --- page contract -----------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Courses and requirements")

    def refresh(self) -> None:
        self.loader.run()

    def new_item_text(self) -> str:
        return self.tr("New course…")

    def add_new(self) -> None:
        self.open_course(None)

    def delete_selected(self) -> None:
        if self._last_view is self.requirement_view:
            self.delete_requirement()
        else:
            self.delete_course()

    # --- loading -------------------------------------------------------------------------

    def _make_load(self):
        context, plan_id, today = self.context, self.context.plan_id, self.context.today

        def load(_progress) -> tuple:
            reqs = requirements.list_requirements(context.uow(), plan_id) if plan_id else []
            results = compliance.requirement_compliance(context.uow(), plan_id, today) if plan_id else []
            return (
                courses.list_courses(context.uow()),
                reqs,
                {r.requirement.id: r for r in results},
                organisations.list_organisations(context.uow()),
                people.role_groups(context.uow()),
            )

        return load

    def _apply(self, result: tuple | None) -> None:
        if result is None:
            self.courses_model.set_courses([])
            self.requirements_model.set_requirements([])
            self._update_buttons()
            return
        course_list, reqs, results, self.organisations, self.role_groups = result
        first = self.courses_model.rowCount() == 0
        self.courses_model.set_courses(course_list)
        self.requirements_model.set_requirements(reqs, results, {o.uuid: o.name for o in self.organisations})
        if first:
            self.course_view.resizeColumnsToContents()
            self.requirement_view.resizeColumnsToContents()
            self.requirement_view.setColumnWidth(0, min(self.requirement_view.columnWidth(0), 420))
            self.requirement_view.setColumnWidth(2, min(self.requirement_view.columnWidth(2), 300))
        self._update_buttons()

    def _update_buttons(self, *_args: Any) -> None:
        has_plan = self.context.plan_id is not None and self.context.db is not None
        self.add_course_button.setEnabled(self.context.db is not None)
        self.edit_course_button.setEnabled(self.selected_course() is not None)
        self.delete_course_button.setEnabled(self.selected_course() is not None)
        self.add_requirement_button.setEnabled(has_plan and self.courses_model.rowCount() > 0)
        self.edit_requirement_button.setEnabled(self.selected_requirement() is not None)
        self.delete_requirement_button.setEnabled(self.selected_requirement() is not None)
        n_courses, n_reqs = self.courses_model.rowCount(), self.requirements_model.rowCount()
        self.status.setText(
            self.tr("%1 courses in the catalogue; %2 requirements in this plan")
            .replace("%1", str(n_courses))
            .replace("%2", str(n_reqs))
        )

    # --- courses -------------------------------------------------------------------------

    def selected_course(self) -> CourseView | None:
        rows = self.course_view.selectionModel().selectedRows()
        return rows[0].data(COURSE_ROLE) if rows else None

    def select_course(self, course_id: int) -> None:
        row = self.courses_model.row_of(course_id)
        if row >= 0:
            self.course_view.selectRow(
                self.course_proxy.mapFromSource(self.courses_model.index(row, 0)).row()
            )

    def open_course(self, course: CourseView | None) -> CourseDialog | None:
        if self.context.db is None:
            return None
        self.dialog = CourseDialog(
            lambda values: self._save_course(course, values),
            self.courses_model.courses(),
            course,
            parent=self,
        )
        self.dialog.open()
        return self.dialog

    def _save_course(self, course: CourseView | None, values: dict) -> CourseView:
        code = values["code"].strip().upper()
        if course is None:
            saved = run_undoable(
                self.context,
                self.tr("Add course %1").replace("%1", code),
                lambda uow: courses.create_course(uow, **values),
            )
        else:
            saved = run_undoable(
                self.context,
                self.tr("Edit course %1").replace("%1", code),
                lambda uow: courses.update_course(uow, course.id, expected_version=course.version, **values),
            )
        self.select_course(saved.id)
        return saved

    def delete_course(self) -> None:
        course = self.selected_course()
        if course is None:
            return
        question = self.tr("Delete the course %1? You can undo this with Edit > Undo.").replace(
            "%1", course.code
        )
        if not confirm(self, self.tr("Delete course"), question, self.tr("Delete")):
            return
        try:
            run_undoable(
                self.context,
                self.tr("Delete course %1").replace("%1", course.code),
                lambda uow: courses.delete_course(uow, course.id),
            )
        except ActionPlanError as exc:
            self.context.report_error(exc)

    # --- requirements --------------------------------------------------------------------

    def selected_requirement(self) -> RequirementView | None:
        rows = self.requirement_view.selectionModel().selectedRows()
        return rows[0].data(REQUIREMENT_ROLE) if rows else None

    def open_requirement(self, requirement: RequirementView | None) -> None:
        """Load the people who may be exempted (off the GUI thread), then open the dialog."""
        if self.context.plan_id is None or self.context.db is None:
            return
        context, today = self.context, self.context.today

        def load(_progress) -> list[tuple[str, int]]:
            everyone = people.list_people(context.uow(), PeopleFilter(on=today))
            labels = []
            for p in everyone:
                details = ", ".join(x for x in (p.organisation_name, p.staff_number) if x)
                labels.append((f"{p.full_name} ({details})" if details else p.full_name, p.id))
            return labels

        def show(labels: list[tuple[str, int]]) -> None:
            self.dialog = RequirementDialog(
                lambda values: self._save_requirement(requirement, values),
                self.courses_model.courses(),
                self.organisations,
                self.role_groups,
                labels,
                requirement,
                parent=self,
            )
            self.dialog.open()

        context.tasks.run(load, show, self.context.report_error)

    def _save_requirement(self, req: RequirementView | None, values: dict) -> Any:
        fields = {name: values[name] for name in FIELDS}
        adds, removes = values["exemptions_add"], values["exemptions_remove"]
        context, plan_id = self.context, self.context.plan_id
        title = (
            fields["title"]
            or self.courses_model.course_at(self.courses_model.row_of(fields["course_id"])).name
        )
        saved: list[RequirementView] = [req] if req else []
        steps: list[Callable[[], Any]] = []
        if req is None:
            create_fields = {k: v for k, v in fields.items() if k != "course_id"}
            steps.append(
                lambda: saved.append(
                    run_undoable(
                        context,
                        self.tr("Add requirement %1").replace("%1", title),
                        lambda uow: requirements.create_requirement(
                            uow, plan_id, fields["course_id"], **create_fields
                        ),
                    )
                )
            )
        else:
            changes = {k: v for k, v in fields.items() if _differs(getattr(req, k), v)}
            if changes:
                steps.append(
                    lambda: run_undoable(
                        context,
                        self.tr("Edit requirement %1").replace("%1", title),
                        lambda uow: requirements.update_requirement(
                            uow, req.id, expected_version=req.version, **changes
                        ),
                    )
                )
        for person_id, reason in adds:
            steps.append(
                lambda pid=person_id, why=reason: run_undoable(
                    context,
                    self.tr("Exempt a person from %1").replace("%1", title),
                    lambda uow: requirements.set_exemption(uow, saved[-1].id, pid, why),
                )
            )
        for person_id in removes:
            steps.append(
                lambda pid=person_id: run_undoable(
                    context,
                    self.tr("Remove an exemption from %1").replace("%1", title),
                    lambda uow: requirements.remove_exemption(uow, saved[-1].id, pid),
                )
            )
        if not steps:
            return req
        verb = self.tr("Add requirement %1") if req is None else self.tr("Edit requirement %1")
        run_steps(context, verb.replace("%1", title), steps)
        return saved[-1]

    def delete_requirement(self) -> None:
        req = self.selected_requirement()
        if req is None:
            return
        question = self.tr(
            "Delete the requirement “%1” and its exemptions? You can undo this with Edit > Undo."
        )
        if not confirm(
            self, self.tr("Delete requirement"), question.replace("%1", req.title), self.tr("Delete")
        ):
            return
        try:
            run_undoable(
                self.context,
                self.tr("Delete requirement %1").replace("%1", req.title),
                lambda uow: requirements.delete_requirement(uow, req.id),
            )
        except ActionPlanError as exc:
            self.context.report_error(exc)


def _differs(old: Any, new: Any) -> bool:
    """Whether a dialog value differs from the stored one (lists and tuples compare as sequences)."""
    if isinstance(old, tuple | list) and isinstance(new, tuple | list):
        return list(old) != list(new)
    return old != new

"""UI tests for the people, training matrix, courses and organisations pages (pytest-qt, offscreen)."""

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt

from actionplan.domain.enums import ComplianceState, Sector
from actionplan.services import courses, organisations, people, requirements, training
from actionplan.services.people import PeopleFilter
from tests.conftest import TODAY
from ui.models.courses_model import CoursesModel
from ui.models.matrix_model import CELL_ROLE, STATE_ROLE, MatrixModel
from ui.models.organisations_model import OrganisationsModel
from ui.models.people_model import PeopleFilterProxy, PeopleModel
from ui.models.requirements_model import RequirementsModel
from ui.pages.courses import CoursesPage
from ui.pages.matrix import MatrixPage
from ui.pages.organisations import OrganisationsPage
from ui.pages.people import PeoplePage

# The offscreen platform cannot pass a window's size constraints on, and says so when any top-level
# window with a minimum size is shown: harmless here, and no other Qt warning is let through.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def shown(qtbot, page):
    """Show a page (which loads it through the synchronous task runner) and hand it back."""
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    return page


def requirement_column(model: MatrixModel, code: str) -> int:
    for column in range(model.columnCount()):
        req = model.requirement_at(column)
        if req is not None and req.course_code == code:
            return column
    raise AssertionError(f"no {code} column")


def proxy_rows_in_state(page: MatrixPage, column: int, states: set[ComplianceState]) -> list[int]:
    return [
        row
        for row in range(page.proxy.rowCount())
        if page.proxy.index(row, column).data(STATE_ROLE) in states
    ]


# --- training matrix -------------------------------------------------------------------------


def test_session_attendance_turns_cells_compliant_and_undo_reverts(context, qtbot):
    page = shown(qtbot, MatrixPage(context))
    column = requirement_column(page.model, "WRAP")
    untrained = {ComplianceState.DUE, ComplianceState.OVERDUE, ComplianceState.EXPIRED}
    rows = proxy_rows_in_state(page, column, untrained)[:3]
    assert len(rows) == 3
    before = {row: page.proxy.index(row, column).data(STATE_ROLE) for row in rows}
    person_ids = page.proxy.person_ids(rows)
    selection = page.view.selectionModel()
    page.view.setCurrentIndex(page.proxy.index(rows[0], column))
    for row in rows:  # as ctrl-clicking each person's cell
        selection.select(page.proxy.index(row, column), QItemSelectionModel.SelectionFlag.Select)
    assert page.attendance_button.isEnabled()

    page.record_attendance()
    dialog = page.dialog
    assert dialog.count_label.text() == "3 people selected"
    assert dialog.course.currentText().startswith("WRAP")
    session = TODAY - timedelta(days=2)
    dialog.completed_on.set_value(session)
    dialog.evidence.setText("WRAP register 14")
    with qtbot.waitSignal(context.data_changed):
        dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted

    for row in rows:
        index = page.proxy.index(row, column)
        assert index.data(STATE_ROLE) == ComplianceState.COMPLIANT
        assert index.data() == f"✓ {session:%d/%m/%Y}"
        expires = session.replace(year=session.year + 3)  # WRAP lasts 36 months
        assert index.data(Qt.ItemDataRole.ToolTipRole).startswith(
            f"Compliant: completed {session:%d/%m/%Y}, expires {expires:%d/%m/%Y}"
        )
        assert index.data(Qt.ItemDataRole.BackgroundRole) is not None
    assert sorted(page.selected_rows()) == sorted(rows)  # the update kept the selection
    for person_id in person_ids:
        records = training.list_records(context.uow(), person_id)
        assert any(
            r.course_code == "WRAP" and r.completed_on == session and r.source == "session" for r in records
        )
    assert context.undo_stack.undoText() == "Record WRAP for 3 people"
    assert "Recorded WRAP on" in page.message.text()

    with qtbot.waitSignal(context.data_changed):
        context.undo_stack.undo()
    for row in rows:
        assert page.proxy.index(row, column).data(STATE_ROLE) == before[row]
    for person_id in person_ids:
        assert not any(r.completed_on == session for r in training.list_records(context.uow(), person_id))

    with qtbot.waitSignal(context.data_changed):
        context.undo_stack.redo()
    assert all(page.proxy.index(r, column).data(STATE_ROLE) == ComplianceState.COMPLIANT for r in rows)


def test_matrix_filters_by_organisation_role_group_and_search(context, qtbot):
    page = shown(qtbot, MatrixPage(context))
    police = next(o for o in organisations.list_organisations(context.uow()) if o.name == "Northvale Police")
    expected = people.list_people(context.uow(), PeopleFilter(organisation_id=police.id, on=TODAY))
    total = page.proxy.rowCount()

    page.organisation.setCurrentIndex(page.organisation.findData(police.id))
    assert page.proxy.rowCount() == len(expected) < total
    names = {page.proxy.index(r, 0).data() for r in range(page.proxy.rowCount())}
    assert names == {p.full_name for p in expected}
    assert page.status.text() == f"{len(expected)} of {total} people shown"

    page.role_group.setCurrentIndex(page.role_group.findData("Frontline practitioner"))
    assert page.proxy.rowCount() == sum(1 for p in expected if p.role_group == "Frontline practitioner")

    page.organisation.setCurrentIndex(0)
    page.role_group.setCurrentIndex(0)
    page.apply_filter(organisation="Northvale Police")  # as the dashboard's table asks, by name
    assert page.proxy.rowCount() == len(expected)
    page.apply_filter(organisation=None)
    assert page.proxy.rowCount() == total
    qtbot.keyClicks(page.search_widget(), "hughes")
    assert {page.proxy.index(r, 0).data().split()[-1] for r in range(page.proxy.rowCount())} == {"Hughes"}


def test_correct_a_completion_through_the_record_dialog(context, qtbot):
    page = shown(qtbot, MatrixPage(context))
    column = requirement_column(page.model, "HO-AWR")
    row = proxy_rows_in_state(page, column, {ComplianceState.COMPLIANT})[0]
    index = page.proxy.index(row, column)
    old_cell = index.data(CELL_ROLE)
    person_id = page.proxy.person_ids([row])[0]
    record = next(
        r for r in training.list_records(context.uow(), person_id) if r.completed_on == old_cell.completed_on
    )

    page.view.setFocus()
    page.view.setCurrentIndex(index)
    qtbot.keyClick(page.view, Qt.Key.Key_Return)  # Enter on a cell opens the record dialog
    dialog = page.dialog
    assert dialog.record == record and dialog.mode == "correct"
    assert dialog.completed_on.value() == old_cell.completed_on

    # Adding a second completion on the same day is refused at the date field; the dialog stays open.
    dialog.set_mode("add")
    dialog.completed_on.set_value(old_cell.completed_on)
    dialog.accept()
    assert dialog.isVisible()
    assert "already has HO-AWR recorded on" in dialog.field_error("completed_on")

    dialog.set_mode("correct")
    corrected = old_cell.completed_on - timedelta(days=10)
    dialog.completed_on.set_value(corrected)
    dialog.evidence.setText("Certificate 7781")
    with qtbot.waitSignal(context.data_changed):
        dialog.accept()
    assert not dialog.isVisible()

    assert page.proxy.index(row, column).data(CELL_ROLE).completed_on == corrected
    updated = next(r for r in training.list_records(context.uow(), person_id) if r.id == record.id)
    assert updated.completed_on == corrected and updated.evidence == "Certificate 7781"
    assert context.undo_stack.undoText().startswith("Correct ")
    context.undo_stack.undo()
    assert page.proxy.index(row, column).data(CELL_ROLE).completed_on == old_cell.completed_on


# --- people ------------------------------------------------------------------------------------


def test_search_and_filter_the_people_list(context, qtbot):
    page = shown(qtbot, PeoplePage(context))
    everyone = people.list_people(context.uow(), PeopleFilter(include_leavers=True))
    active = [p for p in everyone if p.is_active(TODAY)]
    assert page.proxy.rowCount() == len(active)

    qtbot.keyClicks(page.search_widget(), "Hughes")
    found = [page.proxy.index(r, 0).data() for r in range(page.proxy.rowCount())]
    assert found and all(name.startswith("Hughes,") for name in found)
    page.search.clear()

    qtbot.keyClicks(page.search, "police.example")  # emails match too
    assert page.proxy.rowCount() == sum(1 for p in active if "police.example" in p.email)
    page.search.clear()

    page.key_only.setChecked(True)
    assert page.proxy.rowCount() == sum(1 for p in active if p.key_personnel)
    page.key_only.setChecked(False)
    page.status_filter.setCurrentIndex(page.status_filter.findData("leavers"))
    assert page.proxy.rowCount() == len(everyone) - len(active)


def test_person_detail_add_edit_and_delete_with_undo(context, qtbot, monkeypatch):
    page = shown(qtbot, PeoplePage(context))
    page.view.setCurrentIndex(page.proxy.index(0, 0))
    person = page.current_person()
    assert page.detail.name.text() == person.full_name
    assert page.detail.status.topLevelItemCount() == len(
        requirements.list_requirements(context.uow(), context.plan_id)
    )
    assert page.detail.history.topLevelItemCount() == len(training.list_records(context.uow(), person.id))

    dialog = page.add_person()
    dialog.first_name.setText("Nia")
    dialog.last_name.setText("Zephaniah")
    dialog.email.setText("not an email")
    dialog.accept()
    assert dialog.isVisible() and "is not an email address" in dialog.field_error("email")
    dialog.email.setText("nia.z@council.example")
    dialog.role_group.setCurrentText("Designated Safeguarding Lead")
    with qtbot.waitSignal(context.data_changed):
        dialog.accept()
    assert page.current_person().full_name == "Nia Zephaniah"
    assert context.undo_stack.undoText() == "Add Nia Zephaniah"

    dialog = page.edit_person()
    dialog.job_title.setText("Safeguarding Lead")
    with qtbot.waitSignal(context.data_changed):
        dialog.accept()
    assert page.detail.subtitle.text().startswith("Safeguarding Lead")

    monkeypatch.setattr("ui.pages.people.confirm", lambda *args: True)
    page.view.selectRow(page.view.currentIndex().row())
    new_id = page.current_person().id
    with qtbot.waitSignal(context.data_changed):
        page.delete_selected()
    assert page.model.row_of(new_id) == -1
    context.undo_stack.undo()
    assert page.model.row_of(new_id) >= 0


# --- courses and requirements ---------------------------------------------------------------------


def test_add_a_course_and_a_requirement_with_an_exemption_that_needs_a_reason(context, qtbot):
    page = shown(qtbot, CoursesPage(context))
    dialog = page.open_course(None)
    dialog.code.setText("wrap")  # taken, whatever the case
    dialog.name.setText("Channel panel induction")
    dialog.accept()
    assert "already names the course WRAP" in dialog.field_error("code")
    dialog.code.setText("chp")
    dialog.aliases.setPlainText("Channel induction\nPanel induction")
    dialog.validity.setValue(0)  # never expires
    with qtbot.waitSignal(context.data_changed):
        dialog.accept()
    course = next(c for c in courses.list_courses(context.uow()) if c.code == "CHP")
    assert course.validity_months is None and course.aliases == ("Channel induction", "Panel induction")
    assert page.courses_model.row_of(course.id) >= 0

    page.open_requirement(None)
    dialog = page.dialog
    dialog.course.setCurrentIndex(dialog.course.findData(course.id))
    dialog.title_edit.setText("Channel panel members complete the induction")
    for i in range(dialog.role_groups.count()):
        if dialog.role_groups.item(i).text() == "Channel panel member":
            dialog.role_groups.item(i).setCheckState(Qt.CheckState.Checked)
    dialog.key_only.setChecked(False)
    dialog.deadline.set_value(date(2027, 3, 31))
    dialog.target.setValue(90)
    member = next(label for label in dialog._people if "Esther Ahmed" in label)
    dialog.person.setText(member)
    assert not dialog.add_exemption()  # no reason given
    assert dialog.field_error("reason") == "The reason for the exemption cannot be empty."
    assert dialog.exemption_list.topLevelItemCount() == 0
    dialog.reason.setText("Joined the panel as an observer only")
    assert dialog.add_exemption()
    with qtbot.waitSignal(context.data_changed):
        dialog.accept()
    assert not dialog.isVisible()

    req = next(
        r for r in requirements.list_requirements(context.uow(), context.plan_id) if r.course_id == course.id
    )
    assert req.role_groups == ("Channel panel member",) and req.target_percent == 90
    assert [(e.person_name, e.reason) for e in req.exemptions] == [
        ("Esther Ahmed", "Joined the panel as an observer only")
    ]
    assert page.requirements_model.row_of(req.id) >= 0
    assert context.undo_stack.undoText() == "Add requirement Channel panel members complete the induction"
    context.undo_stack.undo()  # one step takes away the requirement and its exemption
    assert all(
        r.course_id != course.id for r in requirements.list_requirements(context.uow(), context.plan_id)
    )


# --- organisations ---------------------------------------------------------------------------------


def test_add_and_edit_an_organisation(context, qtbot):
    page = shown(qtbot, OrganisationsPage(context))
    count = page.model.rowCount()
    dialog = page.open_organisation(None)
    dialog.accept()
    assert dialog.field_error("name") == "The organisation's name cannot be empty."
    dialog.name.setText("Northvale University")
    dialog.short_name.setText("University")
    dialog.sector.setCurrentIndex(dialog.sector.findData(Sector.HIGHER_EDUCATION.value))
    dialog.aliases.setPlainText("NVU")
    with qtbot.waitSignal(context.data_changed):
        dialog.accept()
    assert page.model.rowCount() == count + 1
    created = page.selected_organisation()
    assert created.name == "Northvale University" and created.sector == "higher_education"
    row = page.proxy.mapFromSource(page.model.index(page.model.row_of(created.id), 2)).row()
    assert page.proxy.index(row, 2).data() == "Higher education"

    dialog = page.open_organisation(created)
    dialog.name.setText("Northvale Police")  # already taken
    dialog.accept()
    assert "already an organisation called" in dialog.field_error("name")
    dialog.name.setText("University of Northvale")
    dialog.specified.setChecked(False)
    with qtbot.waitSignal(context.data_changed):
        dialog.accept()
    edited = next(o for o in organisations.list_organisations(context.uow()) if o.id == created.id)
    assert edited.name == "University of Northvale" and not edited.specified_authority
    assert context.undo_stack.undoText() == "Edit organisation University of Northvale"
    context.undo_stack.undo()
    assert page.model.organisation_at(page.model.row_of(created.id)).name == "Northvale University"


# --- models ------------------------------------------------------------------------------------


def test_every_model_passes_the_model_tester(context, qtbot, qtmodeltester):
    matrix = shown(qtbot, MatrixPage(context))
    people_page = shown(qtbot, PeoplePage(context))
    courses_page = shown(qtbot, CoursesPage(context))
    organisations_page = shown(qtbot, OrganisationsPage(context))
    for model, kind in (
        (matrix.model, MatrixModel),
        (people_page.model, PeopleModel),
        (courses_page.courses_model, CoursesModel),
        (courses_page.requirements_model, RequirementsModel),
        (organisations_page.model, OrganisationsModel),
    ):
        assert isinstance(model, kind) and model.rowCount() > 0
        qtmodeltester.check(model)
    for proxy in (matrix.proxy, people_page.proxy):
        assert isinstance(proxy, PeopleFilterProxy)
        qtmodeltester.check(proxy)
    people_page.model.sort(1, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(people_page.proxy)

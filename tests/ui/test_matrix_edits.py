"""The training matrix after an edit: only the rows of the people changed are read again and updated.

The change log says whom an edit touched; the page asks the core for just their rows and updates
them in place. Anything else (someone new, a leaver, a changed requirement) reloads the whole matrix.
Either way the matrix shown is the one a full load gives.
"""

from datetime import timedelta

import pytest

from actionplan.domain.enums import ComplianceState
from actionplan.services import compliance, people, requirements, training
from tests.conftest import TODAY
from ui.models.matrix_model import STATE_ROLE
from ui.pages.matrix import MatrixPage
from ui.undo import run_undoable

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def page(context, qtbot):
    page = MatrixPage(context)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    assert page.model.rowCount() > 0
    return page


class Signals:
    """What the model told its views: resets and the rows signalled as changed."""

    def __init__(self, model):
        self.resets = 0
        self.rows: set[int] = set()
        model.modelReset.connect(self._reset)
        model.dataChanged.connect(self._changed)

    def _reset(self):
        self.resets += 1

    def _changed(self, first, last, _roles):
        self.rows.update(range(first.row(), last.row() + 1))


def full_matrix(context):
    """The matrix a full load gives now, worked out from scratch."""
    compliance.forget_facts(context.db.engine)
    matrix = compliance.training_matrix(context.uow(), context.plan_id, TODAY)
    return {row.person.id: row for row in matrix.rows}, matrix.columns


def assert_shows_the_full_matrix(page, context):
    rows, columns = full_matrix(context)
    assert page.model.requirements() == columns
    assert {row.person.id: row for row in page.model.rows()} == rows


def untrained_people(page, column, n):
    states = {ComplianceState.DUE, ComplianceState.OVERDUE, ComplianceState.EXPIRED}
    chosen = [
        row
        for row in range(page.model.rowCount())
        if page.model.index(row, column).data(STATE_ROLE) in states
    ][:n]
    assert len(chosen) == n
    return chosen


def test_attendance_updates_only_the_rows_of_those_who_attended_and_undo_too(page, context, qtbot):
    column = 3  # the first requirement's column
    course_id = page.model.requirement_at(column).course_id
    rows = untrained_people(page, column, 4)
    ids = [page.model.person_at(r).id for r in rows]
    others = {r: page.model.rows()[r] for r in range(page.model.rowCount()) if r not in rows}
    signals = Signals(page.model)
    session = TODAY - timedelta(days=1)
    values = {"course_id": course_id, "completed_on": session, "evidence": ""}

    with qtbot.waitSignal(context.data_changed):
        page._save_attendance(ids, values)
    assert signals.resets == 0 and signals.rows == set(rows)
    for row in rows:
        assert page.model.index(row, column).data(STATE_ROLE) in (
            ComplianceState.COMPLIANT,
            ComplianceState.EXPIRING,
        )
        assert page.model.cell(row, column).completed_on == session
    assert all(page.model.rows()[r] is old for r, old in others.items())  # untouched
    assert_shows_the_full_matrix(page, context)

    signals.rows.clear()
    with qtbot.waitSignal(context.data_changed):
        context.undo_stack.undo()
    assert signals.resets == 0 and signals.rows == set(rows)
    assert all(page.model.cell(r, column).completed_on != session for r in rows)
    assert_shows_the_full_matrix(page, context)

    with qtbot.waitSignal(context.data_changed):
        context.undo_stack.redo()
    assert signals.resets == 0
    assert all(page.model.cell(r, column).completed_on == session for r in rows)
    assert_shows_the_full_matrix(page, context)


def test_a_deleted_record_updates_its_row(page, context, qtbot):
    person = page.model.person_at(0)
    course_id = page.model.requirement_at(3).course_id
    with qtbot.waitSignal(context.data_changed):
        run_undoable(
            context,
            "Record",
            lambda uow: training.add_record(
                uow, person.id, course_id, TODAY - timedelta(days=10), today=TODAY
            ),
        )
    record = [
        r
        for r in training.list_records(context.uow(), person.id)
        if r.completed_on == TODAY - timedelta(days=10)
    ]
    signals = Signals(page.model)
    with qtbot.waitSignal(context.data_changed):
        run_undoable(context, "Delete", lambda uow: training.delete_record(uow, record[0].id))
    assert signals.resets == 0 and signals.rows <= {0}
    assert_shows_the_full_matrix(page, context)


def test_a_leaver_or_a_changed_requirement_reloads_the_whole_matrix(page, context, qtbot):
    person = page.model.person_at(2)
    signals = Signals(page.model)
    with qtbot.waitSignal(context.data_changed):
        run_undoable(
            context,
            "Leaver",
            lambda uow: people.update_person(uow, person.id, leaving_date=TODAY - timedelta(days=1)),
        )
    assert signals.resets == 1
    assert page.model.row_of(person.id) == -1
    assert_shows_the_full_matrix(page, context)

    req = page.model.requirement_at(3)
    with qtbot.waitSignal(context.data_changed):
        run_undoable(
            context, "Target", lambda uow: requirements.update_requirement(uow, req.id, grace_days=400)
        )
    assert_shows_the_full_matrix(page, context)

    with qtbot.waitSignal(context.data_changed):
        context.undo_stack.undo()
    with qtbot.waitSignal(context.data_changed):
        context.undo_stack.undo()
    assert page.model.row_of(person.id) != -1
    assert_shows_the_full_matrix(page, context)


def test_the_model_stays_sound_after_rows_are_updated(page, context, qtbot, qtmodeltester):
    column = 3
    rows = untrained_people(page, column, 2)
    values = {"course_id": page.model.requirement_at(column).course_id, "completed_on": TODAY, "evidence": ""}
    with qtbot.waitSignal(context.data_changed):
        page._save_attendance([page.model.person_at(r).id for r in rows], values)
    qtmodeltester.check(page.model)
    qtmodeltester.check(page.proxy)

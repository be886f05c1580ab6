"""The training matrix works out its cells as they are asked for (first paint at county scale)."""

import pytest
from PySide6.QtCore import Qt

from actionplan.domain.enums import ComplianceState
from actionplan.services import compliance, training
from tests.conftest import TODAY
from ui.models.matrix_model import CELL_ROLE, FIRST_REQUIREMENT_COLUMN, STATE_ORDER, STATE_ROLE, MatrixModel
from ui.pages.matrix import MatrixPage

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def known(model: MatrixModel) -> int:
    return sum(len(model.row_at(r).known_cells()) for r in range(model.rowCount()))


def test_the_first_paint_works_out_the_cells_shown_and_sorting_the_rest(context, qtbot):
    page = MatrixPage(context)
    qtbot.addWidget(page)
    page.resize(1280, 500)
    page.show()
    page.view.grab()
    model = page.model
    columns = model.columnCount() - FIRST_REQUIREMENT_COLUMN
    assert model.rowCount() > 20 and columns > 1
    assert 0 < known(model) < model.rowCount() * columns  # the rows painted, not all of them

    # a cell not yet painted answers every role the same as one that was
    last = page.proxy.index(page.proxy.rowCount() - 1, FIRST_REQUIREMENT_COLUMN)
    assert last.data(STATE_ROLE) == last.data(CELL_ROLE).state
    assert last.data(Qt.ItemDataRole.AccessibleTextRole).startswith(
        model.person_at(page.proxy.mapToSource(last).row()).full_name
    )

    column = FIRST_REQUIREMENT_COLUMN + 1
    page.view.sortByColumn(column, Qt.SortOrder.AscendingOrder)
    assert all(
        column - FIRST_REQUIREMENT_COLUMN in model.row_at(r).known_cells() for r in range(model.rowCount())
    )
    order = [STATE_ORDER[page.proxy.index(r, column).data(STATE_ROLE)] for r in range(page.proxy.rowCount())]
    assert order == sorted(order) and len(set(order)) > 1


def test_an_update_signals_the_changed_cells_shown_and_unshown_ones_read_anew(demo_db, qtbot):
    db, plan_id = demo_db
    model = MatrixModel()
    model.set_matrix(compliance.training_matrix(db.unit_of_work(), plan_id, TODAY))
    column = FIRST_REQUIREMENT_COLUMN
    req = model.requirement_at(column)
    untrained = (ComplianceState.DUE, ComplianceState.OVERDUE, ComplianceState.EXPIRED)
    rows = [r for r in range(model.rowCount()) if model.cell(r, column).state in untrained]
    shown_row = rows[0]
    for r in range(model.rowCount()):  # as if only the first row had been painted
        if r != shown_row:
            model.row_at(r)._cells = [None] * model.row_at(r).width
    unshown_row = rows[-1]
    people = [model.person_at(shown_row).id, model.person_at(unshown_row).id]
    training.record_attendance(db.unit_of_work(), req.course_id, TODAY, people, today=TODAY)

    changed: list[tuple[int, int]] = []
    model.dataChanged.connect(lambda first, last, _roles: changed.append((first.row(), last.row())))
    model.set_matrix(compliance.training_matrix(db.unit_of_work(), plan_id, TODAY))
    assert changed == [(shown_row, shown_row)]  # the other rows shown nothing yet
    assert model.cell(shown_row, column).state is ComplianceState.COMPLIANT
    assert model.cell(unshown_row, column).state is ComplianceState.COMPLIANT

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


def test_every_row_found_by_person_and_searched_after_a_load_and_a_sort(context, qtbot):
    page = MatrixPage(context)
    qtbot.addWidget(page)
    page.show()
    model = page.model

    def check():
        everyone = [model.person_at(r) for r in range(model.rowCount())]
        assert [model.row_of(p.id) for p in everyone] == list(range(len(everyone)))
        assert model.search_texts == [
            " ".join(
                (p.first_name, p.last_name, p.staff_number, p.email, p.job_title, p.team)
                + (p.organisation_name, p.role_group)
            ).casefold()
            for p in everyone
        ]
        return everyone

    everyone = check()
    page.view.sortByColumn(FIRST_REQUIREMENT_COLUMN, Qt.SortOrder.DescendingOrder)
    check()
    # the search runs over every row, whatever the order
    last = everyone[-1]
    page.search.setText(last.last_name)
    page.filters.search_timer.stop()
    page.filters.apply_search()
    shown = {page.proxy.index(r, 0).data(Qt.ItemDataRole.DisplayRole) for r in range(page.proxy.rowCount())}
    assert last.full_name in shown
    assert all(
        last.last_name.casefold() in model.search_text_at(model.row_of(p.id))
        for p in everyone
        if p.full_name in shown
    )
    # roles no cell has are answered as before
    index = page.proxy.index(0, FIRST_REQUIREMENT_COLUMN)
    for role in (Qt.ItemDataRole.FontRole, Qt.ItemDataRole.CheckStateRole, Qt.ItemDataRole.DecorationRole):
        assert index.data(role) is None
    assert index.data(Qt.ItemDataRole.DisplayRole) == model.cell_text(index.data(CELL_ROLE))


def test_a_selected_cell_keeps_its_state_colour_and_others_show_theirs(context, qtbot):
    page = MatrixPage(context)
    qtbot.addWidget(page)
    page.resize(1280, 500)
    page.show()
    proxy = page.proxy
    coloured = [
        proxy.index(r, c)
        for r in range(6)
        for c in range(FIRST_REQUIREMENT_COLUMN, proxy.columnCount())
        if proxy.index(r, c).data(Qt.ItemDataRole.BackgroundRole) is not None
    ]
    assert len(coloured) > 2
    selected, unselected = coloured[0], coloured[-1]
    page.view.selectionModel().select(selected, page.view.selectionModel().SelectionFlag.ClearAndSelect)
    image = page.view.viewport().grab().toImage()
    highlight = page.view.palette().color(page.view.palette().ColorRole.Highlight)
    for index in (selected, unselected):
        rect = page.view.visualRect(index)
        inside = image.pixelColor(rect.left() + 6, rect.top() + rect.height() // 2)
        assert inside.rgb() == index.data(Qt.ItemDataRole.BackgroundRole).rgb()
        assert inside.rgb() != highlight.rgb()
    rect = page.view.visualRect(selected)  # the selection shown as a border
    assert image.pixelColor(rect.left(), rect.top() + rect.height() // 2).rgb() == highlight.rgb()

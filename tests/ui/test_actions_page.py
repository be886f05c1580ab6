"""The action plan page offscreen: add, edit in place, undo and redo, RAG by hand, search and filters."""

from datetime import date

import pytest
from PySide6.QtCore import QDate, QSettings, Qt
from PySide6.QtWidgets import QComboBox

from actionplan.domain.enums import ActionStatus, Rag
from actionplan.services import actions
from tests.conftest import TODAY
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.models.actions_model import DUE, OWNER, PROGRESS, RAG, REF, STATUS, TITLE, ActionsModel
from ui.tasks import SyncTaskRunner

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def window_on(qtbot, tmp_path):
    def make(database) -> MainWindow:
        context = AppContext(database, SyncTaskRunner())
        settings = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
        window = MainWindow(context, settings)
        qtbot.addWidget(window)
        window.show()
        window.show_page("actions")
        return window

    return make


def cell(page, action_id: int, column: int) -> str:
    return page.proxy.data(page.index_of(action_id, column))


def test_the_action_model_passes_the_model_tester(demo_db, qtmodeltester):
    db, plan_id = demo_db
    model = ActionsModel(on_edit=lambda action, field, value: None)
    model.set_actions(actions.list_actions(db.unit_of_work(), plan_id, TODAY))
    qtmodeltester.check(model)
    model.set_actions(actions.list_actions(db.unit_of_work(), plan_id, TODAY)[:3])
    qtmodeltester.check(model)


def test_the_table_shows_uk_dates_and_rag_words_with_reasons(window_on, demo_db):
    db, plan_id = demo_db
    page = window_on(db).pages["actions"]
    qt_model = page.model
    listed = actions.list_actions(db.unit_of_work(), plan_id, TODAY)
    assert qt_model.rowCount() == len(listed)
    overdue = next(a for a in listed if a.is_overdue)
    assert cell(page, overdue.id, DUE) == overdue.due_date.strftime("%d/%m/%Y")
    assert cell(page, overdue.id, RAG) == "Red"
    tooltip = page.proxy.data(page.index_of(overdue.id, RAG), Qt.ItemDataRole.ToolTipRole)
    assert tooltip.startswith("Red: due") and "overdue" in tooltip
    assert page.proxy.data(page.index_of(overdue.id, RAG), Qt.ItemDataRole.BackgroundRole) is not None


def test_add_edit_in_place_undo_and_redo(window_on, plan, db, qtbot):
    window = window_on(db)
    page = window.pages["actions"]
    assert page.model.rowCount() == 0

    window.registry["edit.new"].trigger()  # Ctrl+N
    assert page.model.rowCount() == 1
    action = page.model.action_at(0)
    assert action.ref == "1.1" and action.title == "New action"
    assert page.detail.action.id == action.id
    assert page.detail.title_edit.hasFocus() or page.detail.title_edit.selectedText() == "New action"

    # Status through the real editor: the drop-down the delegate opens.
    status_index = page.index_of(action.id, STATUS)
    page.table.setCurrentIndex(status_index)
    page.table.edit(status_index)
    editor = page.table.indexWidget(status_index) or page.table.focusWidget()
    assert isinstance(editor, QComboBox)
    editor.setCurrentIndex(editor.findData(ActionStatus.IN_PROGRESS.value))
    editor.activated.emit(editor.currentIndex())
    assert cell(page, action.id, STATUS) == "In progress"
    assert window.registry["edit.undo"].text() == "Undo Edit action 1.1"

    assert page.proxy.setData(page.index_of(action.id, PROGRESS), 40)
    assert page.proxy.setData(page.index_of(action.id, DUE), QDate(2027, 3, 31))
    assert cell(page, action.id, PROGRESS) == "40%"
    assert cell(page, action.id, DUE) == "31/03/2027"
    saved = actions.get_action(db.unit_of_work(), action.id)
    assert (saved.status, saved.progress, saved.due_date) == (ActionStatus.IN_PROGRESS, 40, date(2027, 3, 31))

    undo, redo = window.registry["edit.undo"], window.registry["edit.redo"]
    undo.trigger()  # the due date
    undo.trigger()  # the progress
    assert cell(page, action.id, DUE) == ""
    assert cell(page, action.id, PROGRESS) == "0%"
    saved = actions.get_action(db.unit_of_work(), action.id)
    assert (saved.status, saved.progress, saved.due_date) == (ActionStatus.IN_PROGRESS, 0, None)
    assert redo.text() == "Redo Edit action 1.1"

    redo.trigger()
    redo.trigger()
    assert cell(page, action.id, DUE) == "31/03/2027"
    assert actions.get_action(db.unit_of_work(), action.id).progress == 40

    for _ in range(4):  # the three edits, then the new action itself
        undo.trigger()
    assert page.model.rowCount() == 0
    assert actions.list_actions(db.unit_of_work(), plan.id, TODAY) == []
    assert not undo.isEnabled()


def test_an_edit_the_core_refuses_is_shown_not_raised(window_on, demo_db, qtbot):
    db, plan_id = demo_db
    page = window_on(db).pages["actions"]
    action = next(a for a in page.model.actions() if a.start_date)
    before_start = QDate(action.start_date.year - 1, 1, 1)
    assert not page.proxy.setData(page.index_of(action.id, DUE), before_start)
    assert "cannot be before the start date" in page.table_error.text()
    assert page.table_error.isVisibleTo(page)
    assert actions.get_action(db.unit_of_work(), action.id).due_date == action.due_date

    page.select_action(action.id)
    page.detail.due.set_value(date(action.start_date.year - 1, 1, 1))
    assert page.detail.dirty
    assert not page.detail.save()
    assert "start date" in page.detail.field_errors["due_date"].text()
    page.detail.title_edit.setText("   ")
    page.detail.due.set_value(action.due_date)
    assert not page.detail.save()
    assert "cannot be empty" in page.detail.field_errors["title"].text()


def test_the_detail_panel_saves_fields_and_partners_as_one_undoable_edit(window_on, demo_db, qtbot):
    db, plan_id = demo_db
    window = window_on(db)
    page = window.pages["actions"]
    action = page.model.action_at(0)
    page.select_action(action.id)
    page.detail.texts["evidence"].setPlainText("Minutes of the board, 12/11/2026")
    first = page.detail.partners.item(0)
    first.setCheckState(
        Qt.CheckState.Unchecked if first.checkState() == Qt.CheckState.Checked else Qt.CheckState.Checked
    )
    qtbot.mouseClick(page.detail.save_button, Qt.MouseButton.LeftButton)
    saved = actions.get_action(db.unit_of_work(), action.id)
    assert saved.evidence == "Minutes of the board, 12/11/2026"
    assert set(saved.partner_ids) != set(action.partner_ids)
    assert window.registry["edit.undo"].text() == f"Undo Edit action {action.ref}"
    window.registry["edit.undo"].trigger()
    restored = actions.get_action(db.unit_of_work(), action.id)
    assert (restored.evidence, set(restored.partner_ids)) == (action.evidence, set(action.partner_ids))


def test_add_an_update_to_the_log(window_on, demo_db, qtbot):
    db, _plan_id = demo_db
    page = window_on(db).pages["actions"]
    action = page.model.action_at(0)
    page.select_action(action.id)
    before = page.detail.updates.topLevelItemCount()
    page.detail.update_text.setPlainText("Draft circulated to partners.")
    qtbot.mouseClick(page.detail.add_update_button, Qt.MouseButton.LeftButton)
    assert page.detail.updates.topLevelItemCount() == before + 1
    assert page.detail.updates.topLevelItem(0).text(0) == TODAY.strftime("%d/%m/%Y")
    assert actions.list_updates(db.unit_of_work(), action.id)[0].text == "Draft circulated to partners."


def test_setting_the_rag_by_hand_needs_a_reason(window_on, demo_db, qtbot):
    db, _plan_id = demo_db
    window = window_on(db)
    page = window.pages["actions"]
    action = next(a for a in page.model.actions() if a.rag is Rag.GREEN)
    page.select_action(action.id)
    dialog = page.set_rag_by_hand()
    assert dialog is not None and dialog.use_rule.isChecked()
    dialog.choices[Rag.RED].setChecked(True)
    assert not dialog.ok_button.isEnabled()
    dialog.reason.setPlainText("   ")
    assert not dialog.ok_button.isEnabled()
    dialog.reason.setPlainText("Funding withdrawn at the November board")
    assert dialog.ok_button.isEnabled()
    with qtbot.waitSignal(dialog.finished):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    saved = actions.get_action(db.unit_of_work(), action.id)
    assert saved.rag is Rag.RED and saved.rag_overridden
    assert cell(page, action.id, RAG) == "Red *"
    tooltip = page.proxy.data(page.index_of(action.id, RAG), Qt.ItemDataRole.ToolTipRole)
    assert "Funding withdrawn" in tooltip and "The rule says: Green" in tooltip

    again = page.set_rag_by_hand()
    assert again.choices[Rag.RED].isChecked()
    again.use_rule.setChecked(True)
    assert again.ok_button.isEnabled()
    again.accept()
    assert actions.get_action(db.unit_of_work(), action.id).rag is Rag.GREEN
    window.registry["edit.undo"].trigger()
    assert actions.get_action(db.unit_of_work(), action.id).rag is Rag.RED


def test_search_as_you_type_and_filters(window_on, demo_db, qtbot):
    db, plan_id = demo_db
    page = window_on(db).pages["actions"]
    total = page.model.rowCount()
    qtbot.keyClicks(page.search, "referral")
    shown = [page.proxy.data(page.proxy.index(r, TITLE)) for r in range(page.proxy.rowCount())]
    assert 0 < len(shown) < total
    assert all("referral" in title.casefold() for title in shown) or len(shown) > 0
    assert "of" in page.count_label.text()
    page.search.clear()
    assert page.proxy.rowCount() == total

    page.status_filter.setCurrentIndex(page.status_filter.findData(ActionStatus.COMPLETE))
    assert all(
        page.proxy.data(page.proxy.index(r, STATUS)) == "Complete" for r in range(page.proxy.rowCount())
    )
    complete = [
        a
        for a in actions.list_actions(db.unit_of_work(), plan_id, TODAY)
        if a.status is ActionStatus.COMPLETE
    ]
    assert page.proxy.rowCount() == len(complete)
    page.clear_filters()
    theme_id = page.theme_filter.itemData(2)
    page.theme_filter.setCurrentIndex(2)
    assert page.proxy.rowCount() == sum(a.theme_id == theme_id for a in page.model.actions())
    page.clear_filters()
    assert page.proxy.rowCount() == total

    page.table.sortByColumn(RAG, Qt.SortOrder.AscendingOrder)
    assert page.proxy.data(page.proxy.index(0, RAG)).startswith("Red")
    page.table.sortByColumn(REF, Qt.SortOrder.AscendingOrder)
    assert page.proxy.data(page.proxy.index(0, REF)) == "1.1"


def test_delete_and_duplicate_with_undo(window_on, demo_db, qtbot):
    db, plan_id = demo_db
    window = window_on(db)
    page = window.pages["actions"]
    total = page.model.rowCount()
    action = page.model.action_at(1)
    page.select_action(action.id)
    page.table.setFocus()
    window.registry["edit.delete"].trigger()
    assert page.model.rowCount() == total - 1
    assert window.registry["edit.undo"].text() == f"Undo Delete action {action.ref}"
    window.registry["edit.undo"].trigger()
    assert page.model.rowCount() == total
    assert actions.get_action(db.unit_of_work(), action.id).title == action.title

    page.select_action(action.id)
    qtbot.mouseClick(page.duplicate_button, Qt.MouseButton.LeftButton)
    assert page.model.rowCount() == total + 1
    copy = page.detail.action
    assert copy.title == f"{action.title} (copy)"
    assert copy.id != action.id


def test_owner_is_edited_with_a_list_of_people(window_on, demo_db):
    db, _plan_id = demo_db
    page = window_on(db).pages["actions"]
    action = page.model.action_at(0)
    person = next(p for p in page._lookups.people if p.id != action.owner_id)
    assert page.proxy.setData(page.index_of(action.id, OWNER), person.id)
    assert cell(page, action.id, OWNER) == person.full_name
    assert actions.get_action(db.unit_of_work(), action.id).owner_id == person.id

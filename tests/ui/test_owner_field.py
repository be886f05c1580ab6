"""The owner fields of the action page (detail panel and table cell): a list model that is searched
as you type, shows the current owner, sets the chosen one, and is named for screen readers."""

from dataclasses import replace

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QComboBox

from actionplan.services import actions, people
from actionplan.services.people import PeopleFilter
from tests.conftest import TODAY
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.models.actions_model import OWNER
from ui.models.owners_model import LABEL_ROLES, OWNER_ID_ROLE, OwnersModel
from ui.pages.action_detail import Lookups
from ui.pages.owner_choice import completer_paused, owner_combo, select_owner
from ui.tasks import SyncTaskRunner

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def page(qtbot, tmp_path, demo_db):
    db, _plan_id = demo_db
    context = AppContext(db, SyncTaskRunner())
    window = MainWindow(context, QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    return window.show_page("actions")


def in_post(db):
    return people.list_people(db.unit_of_work(), PeopleFilter(on=TODAY))


def test_the_owners_model_passes_the_model_tester_and_finds_people_by_id(demo_db, qtmodeltester, qtbot):
    db, _plan_id = demo_db
    everyone = in_post(db)
    model = OwnersModel("(no owner)", with_organisation=True)
    qtmodeltester.check(model)
    model.set_people(everyone)
    qtmodeltester.check(model)
    assert model.rowCount() == len(everyone) + 1
    assert model.index(0, 0).data() == "(no owner)" and model.index(0, 0).data(OWNER_ID_ROLE) is None
    person = next(p for p in everyone if p.organisation_name)
    row = model.row_of(person.id)
    assert model.index(row, 0).data() == f"{person.full_name} ({person.organisation_name})"
    assert model.index(row, 0).data(OWNER_ID_ROLE) == person.id
    assert model.row_of(None) == 0 and model.row_of(-5) == -1

    combo = QComboBox()
    combo.setModel(model)
    assert combo.findData(person.id) == row  # the look-up, not a search row by row
    assert combo.findData(-5) == -1
    assert combo.findText(model.index(row, 0).data()) == row  # other questions: Qt's own search

    added = model.add_owner(-5, "Former Owner")
    assert added == len(everyone) + 1 and model.index(added, 0).data() == "Former Owner"
    assert model.add_owner(-5, "Former Owner") == added  # once
    assert combo.findData(-5) == added
    qtmodeltester.check(model)
    model.set_people(everyone[:3])  # a new list: the owners added before go
    assert model.rowCount() == 4 and model.row_of(-5) == -1 and model.row_of(everyone[2].id) == 3

    # Labels read one at a time, then (a search) all kept: the same either way, owners added too.
    model.set_people(everyone)
    model.add_owner(-6, "Before Kept")
    labels = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert model._labels is not None
    assert labels == [model.label_at(r) for r in range(model.rowCount())]
    assert labels[0] == "(no owner)" and labels[-1] == "Before Kept"
    assert labels[1:-1] == [
        f"{p.full_name} ({p.organisation_name})" if p.organisation_name else p.full_name for p in everyone
    ]
    kept = model.add_owner(-7, "After Kept")
    assert model.index(kept, 0).data() == "After Kept" and model.index(kept, 0).data(OWNER_ID_ROLE) == -7
    assert model.index(kept + 1, 0).data() is None and model.index(-1, 0).data() is None

    plain = OwnersModel()
    plain.set_people([person])
    assert plain.index(1, 0).data() == person.full_name


@pytest.mark.qt_log_ignore(  # the completer's pop-up, offscreen
    "This plugin does not support propagateSizeHints",
    "This plugin does not support raise",
    "This plugin does not support grabbing the keyboard",
)
def test_the_detail_panel_shows_the_owner_and_sets_the_one_typed_and_chosen(page, demo_db, qtbot):
    db, _plan_id = demo_db
    action = next(a for a in page.model.actions() if a.owner_id is not None)
    page.select_action(action.id)
    owner_field = page.detail.owner
    assert owner_field.accessibleName() == "Owner"
    assert owner_field.currentData() == action.owner_id
    assert owner_field.currentText().startswith(action.owner_name)

    chosen = next(p for p in in_post(db) if p.id != action.owner_id and p.last_name)
    same_name = [p for p in in_post(db) if chosen.last_name.casefold() in p.full_name.casefold()]
    owner_field.setFocus()
    owner_field.lineEdit().selectAll()
    qtbot.keyClicks(owner_field.lineEdit(), chosen.last_name.lower())  # part of the name, any case
    completer = owner_field.completer()
    popup = completer.popup()
    assert popup.isVisible()
    offered = [popup.model().index(r, 0).data(OWNER_ID_ROLE) for r in range(popup.model().rowCount())]
    assert set(offered) >= {p.id for p in same_name}
    row = offered.index(chosen.id)
    popup.setCurrentIndex(popup.model().index(row, 0))
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert owner_field.currentData() == chosen.id
    assert page.detail.dirty
    assert page.detail.changes()[0] == {"owner_id": chosen.id}
    qtbot.mouseClick(page.detail.save_button, Qt.MouseButton.LeftButton)
    assert actions.get_action(db.unit_of_work(), action.id).owner_id == chosen.id
    assert owner_field.currentData() == chosen.id

    owner_field.setCurrentIndex(0)  # "(no owner)"
    assert page.detail.changes()[0] == {"owner_id": None}


@pytest.mark.qt_log_ignore(  # the completer's pop-up, offscreen
    "This plugin does not support propagateSizeHints",
    "This plugin does not support raise",
    "This plugin does not support grabbing the keyboard",
)
def test_words_that_name_nobody_give_way_to_the_owner_still_chosen(page, qtbot):
    action = next(a for a in page.model.actions() if a.owner_id is not None)
    page.select_action(action.id)
    owner_field = page.detail.owner
    shown = owner_field.currentText()
    owner_field.setFocus()
    owner_field.lineEdit().selectAll()
    qtbot.keyClicks(owner_field.lineEdit(), "zzqx")
    qtbot.keyClick(owner_field.lineEdit(), Qt.Key.Key_Return)
    assert owner_field.currentData() == action.owner_id
    assert owner_field.currentText() == shown  # not "zzqx", which would never be saved
    assert not page.detail.dirty


def test_an_owner_outside_the_offered_list_is_still_shown(page, demo_db):
    db, _plan_id = demo_db
    action = page.model.action_at(0)
    detail = page.detail
    outsider = next(p for p in in_post(db) if p.id != action.owner_id)
    detail.set_lookups(Lookups(people=[p for p in in_post(db) if p.id != outsider.id]))
    assert detail.owner_model.row_of(outsider.id) == -1
    detail.set_action(replace(action, owner_id=outsider.id, owner_name="Someone Gone"))
    assert detail.owner.currentData() == outsider.id
    assert detail.owner.currentText() == "Someone Gone"
    assert not detail.dirty


def test_the_owner_cell_is_edited_with_the_searchable_list(page, demo_db):
    db, _plan_id = demo_db
    action = page.model.action_at(0)
    chosen = next(p for p in page._lookups.people if p.id != action.owner_id)
    index = page.index_of(action.id, OWNER)
    page.table.setCurrentIndex(index)
    page.table.edit(index)
    editor = page.table.indexWidget(index) or page.table.focusWidget()
    if not isinstance(editor, QComboBox):
        editor = editor.parent()
    assert isinstance(editor, QComboBox) and editor.isEditable()
    assert editor.accessibleName() == "Owner"
    assert editor.currentData() == action.owner_id  # the current owner shown
    assert editor.count() == len(page._lookups.people) + 1
    assert editor.itemText(0) == "(no owner)"
    editor.setCurrentIndex(editor.findData(chosen.id))
    assert editor.currentText() == chosen.full_name
    editor.activated.emit(editor.currentIndex())
    assert page.proxy.data(page.index_of(action.id, OWNER)) == chosen.full_name
    assert actions.get_action(db.unit_of_work(), action.id).owner_id == chosen.id


class CountingOwners(OwnersModel):
    """Counts the labels Qt reads (each a Python call: a county has 34,263 to read)."""

    reads = 0

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role in LABEL_ROLES:
            CountingOwners.reads += 1
        return super().data(index, role)


def test_choosing_an_owner_by_hand_or_by_the_page_reads_no_label_but_the_chosen_one(demo_db, qtbot):
    db, _plan_id = demo_db
    everyone = in_post(db)
    model = CountingOwners("(no owner)")
    combo = owner_combo(model)
    qtbot.addWidget(combo)
    with completer_paused(combo):
        model.set_people(everyone)
    CountingOwners.reads = 0
    for person in everyone[::7]:
        select_owner(combo, person.id)
        assert combo.currentData() == person.id and combo.currentText() == person.full_name
    select_owner(combo, None)
    assert combo.currentIndex() == 0
    assert CountingOwners.reads <= 4 * (len(everyone[::7]) + 1)  # a few each, not everyone each
    # The completer is left as it was: over the people, searching inside the labels.
    completer = combo.completer()
    assert completer.model() is model and completer.completionPrefix() == ""
    assert completer.filterMode() == Qt.MatchFlag.MatchContains
    completer.setCompletionPrefix(everyone[3].last_name.lower())
    found = [completer.completionModel().index(r, 0).data() for r in range(completer.completionCount())]
    assert everyone[3].full_name in found

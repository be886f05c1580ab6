"""The import wizard, driven offscreen: from a partner's file to an applied, undoable import."""

from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QMimeData, QPointF, QSettings, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QComboBox, QFileDialog, QWizard

from actionplan.errors import FileFormatError
from actionplan.exchange.importer import preview_import
from actionplan.exchange.preview import Outcome
from actionplan.services import organisations, people, plans
from tests.conftest import FIXTURES, TODAY
from ui.context import AppContext
from ui.import_wizard import connect_import_wizard, dropped_spreadsheet
from ui.import_wizard.models import (
    MAP_COL_HEADER,
    MAP_COL_MATCH,
    MAP_COL_TARGET,
    OUT_COL_COLUMN,
    OUT_COL_DETAILS,
    OUT_COL_ROW,
    OUT_COL_VALUE,
    TARGET_ROLE,
    MappingModel,
    OutcomesFilter,
    OutcomesModel,
    SampleModel,
    describe_changes,
)
from ui.import_wizard.wizard import PAGE_APPLY, PAGE_FILE, PAGE_MAPPING, PAGE_PREVIEW, ImportWizard
from ui.main_window import MainWindow
from ui.tasks import SyncTaskRunner

# Qt's offscreen platform warns about size hints whenever a window is shown.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

COUNCIL = FIXTURES / "council_key_personnel.xlsx"
POLICE = FIXTURES / "police_training_matrix.xlsx"
NEXT = QWizard.WizardButton.NextButton
FINISH = QWizard.WizardButton.FinishButton


@pytest.fixture
def window(qtbot, tmp_path, db, plan) -> MainWindow:
    """A shown main window on the test plan, with the import wizard connected (as ``ui.app`` does)."""
    organisations.create_organisation(db.unit_of_work(), "Northvale Council", sector="local_authority")
    context = AppContext(db, SyncTaskRunner())
    settings = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    main = MainWindow(context, settings)
    qtbot.addWidget(main)
    connect_import_wizard(main)
    main.show()
    assert context.plan_id == plan.id
    return main


def open_wizard(window: MainWindow) -> ImportWizard:
    window.registry["file.import"].trigger()
    wizard = window.import_wizard
    assert isinstance(wizard, ImportWizard) and wizard.isVisible()
    return wizard


def choose_file(qtbot, wizard: ImportWizard, path: Path) -> None:
    """Type the file's path and press Enter, as a keyboard user would."""
    edit = wizard.file_page.path_edit
    edit.setFocus()
    edit.clear()
    qtbot.keyClicks(edit, str(path))
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def go_next(qtbot, wizard: ImportWizard) -> None:
    button = wizard.button(NEXT)
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def council_preview(qtbot, wizard: ImportWizard) -> None:
    """The council file, with its organisation chosen (the sheet has no organisation column)."""
    with qtbot.waitSignal(wizard.preview_ready):
        choose_file(qtbot, wizard, COUNCIL)
    assert "no organisation column" in wizard.file_page.org_note.text()
    combo = wizard.file_page.org_combo
    with qtbot.waitSignal(wizard.preview_ready):
        combo.setCurrentIndex(combo.findText("Northvale Council"))
    assert wizard.request.org == "Northvale Council"
    assert "works for Northvale Council" in wizard.file_page.org_note.text()


def mapping_row(model: MappingModel, header: str) -> int:
    return next(r for r in range(model.rowCount()) if model.index(r, MAP_COL_HEADER).data() == header)


def test_council_file_from_choosing_to_applied_import_and_undo(window, db, qtbot, tmp_path, monkeypatch):
    wizard = open_wizard(window)
    assert wizard.currentId() == PAGE_FILE
    assert not wizard.button(NEXT).isEnabled()  # no file yet
    council_preview(qtbot, wizard)
    assert "headings on row 4" in wizard.file_page.summary.text()

    go_next(qtbot, wizard)
    assert wizard.currentId() == PAGE_MAPPING
    mapping = wizard.mapping_page.model
    assert mapping.rowCount() == 8
    assert mapping.index(mapping_row(mapping, "Staff No"), MAP_COL_TARGET).data(TARGET_ROLE) == "staff_number"
    assert wizard.mapping_page.header_spin.value() == 4
    sample = wizard.mapping_page.sample_model
    assert sample.headerData(0, Qt.Orientation.Vertical) == "5"  # the spreadsheet's own row number
    key = next(
        c
        for c in range(sample.columnCount())
        if sample.headerData(c, Qt.Orientation.Horizontal) == "Key personnel"
    )
    assert sample.index(0, key).data() == "Yes"  # "Y" as the import reads it

    go_next(qtbot, wizard)
    assert wizard.currentId() == PAGE_PREVIEW
    page = wizard.preview_page
    assert page.cards[Outcome.NEW].value.text() == "27"
    rejected_card = page.cards[Outcome.REJECTED]
    assert rejected_card.value.text() == "3"
    qtbot.mouseClick(rejected_card, Qt.MouseButton.LeftButton)
    assert page.filter_combo.currentData() == "rejected"
    assert page.proxy.rowCount() == 3
    rows = {page.proxy.index(r, OUT_COL_ROW).data(): r for r in range(3)}
    email = rows["20"]
    assert page.proxy.index(email, OUT_COL_COLUMN).data() == "Email Address"
    assert page.proxy.index(email, OUT_COL_VALUE).data() == "“not given”"
    assert "not an email address" in page.proxy.index(email, OUT_COL_DETAILS).data()

    go_next(qtbot, wizard)
    assert wizard.currentId() == PAGE_APPLY
    apply_page = wizard.apply_page
    assert not apply_page.all_or_nothing.isEnabled()  # rows were rejected
    assert "rejected rows would stop the whole import" in apply_page.all_note.text()
    assert not apply_page.apply_button.isEnabled()  # nothing chosen yet
    assert not wizard.button(FINISH).isEnabled()

    rejects = tmp_path / "rejects.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(rejects), ""))
    with qtbot.waitSignal(wizard.rejects_saved):
        qtbot.mouseClick(apply_page.save_button, Qt.MouseButton.LeftButton)
    assert rejects.exists() and "Saved 3 rejected rows" in apply_page.saved_note.text()
    assert load_workbook(rejects).active.max_row == 4  # the header and three rows

    apply_page.valid_rows.setFocus()
    qtbot.keyClick(apply_page.valid_rows, Qt.Key.Key_Space)
    assert apply_page.valid_rows.isChecked() and apply_page.apply_button.isEnabled()
    with qtbot.waitSignal(wizard.applied):
        qtbot.mouseClick(apply_page.apply_button, Qt.MouseButton.LeftButton)
    assert wizard.result.applied and wizard.result.skipped_rows == 3
    assert "3 rejected rows were left out" in apply_page.result_label.text()
    imported = people.list_people(db.unit_of_work())
    assert len(imported) == 27
    assert {p.organisation_name for p in imported} == {"Northvale Council"}
    assert "Aisha Ahmed" in {p.full_name for p in imported}

    stack = window.context.undo_stack
    assert stack.count() == 1 and stack.undoText() == "Import council_key_personnel.xlsx"
    assert (
        wizard.button(FINISH).isEnabled() and not wizard.button(QWizard.WizardButton.BackButton).isVisible()
    )
    qtbot.mouseClick(wizard.button(FINISH), Qt.MouseButton.LeftButton)
    assert not wizard.isVisible()

    undo = window.registry["edit.undo"]
    assert "Ctrl+Z" in [k.toString() for k in undo.shortcuts()]
    undo.trigger()
    assert people.list_people(db.unit_of_work()) == []
    stack.redo()
    assert len(people.list_people(db.unit_of_work())) == 27


def test_the_police_matrix_maps_course_columns(window, qtbot):
    wizard = open_wizard(window)
    with qtbot.waitSignal(wizard.preview_ready):
        choose_file(qtbot, wizard, POLICE)
    assert wizard.sheet().kind == "matrix"
    go_next(qtbot, wizard)
    model = wizard.mapping_page.model
    targets = {
        model.index(r, MAP_COL_HEADER).data(): model.index(r, MAP_COL_TARGET).data(TARGET_ROLE)
        for r in range(model.rowCount())
    }
    assert targets["WRAP"] == "course:WRAP"
    assert targets["HO Prevent Awareness"] == "course:HO-AWR"
    assert targets["Course 2"] == "course:HO-REF"
    assert targets["Channel awareness"] == "course:HO-CHN"
    assert model.index(mapping_row(model, "WRAP"), MAP_COL_MATCH).data() == "Course name"
    choices = dict((value, label) for label, value in model.choices())
    assert "course:DSL" in choices and None in choices  # every course, and Ignore
    # Each field is chosen in a drop-down shown in its row.
    index = model.index(mapping_row(model, "WRAP"), MAP_COL_TARGET)
    editor = wizard.mapping_page.view.indexWidget(index)
    assert isinstance(editor, QComboBox) and editor.currentData() == "course:WRAP"
    sample = wizard.mapping_page.sample_model
    headers = [sample.headerData(c, Qt.Orientation.Horizontal) for c in range(sample.columnCount())]
    assert "Course: WRAP" in headers
    go_next(qtbot, wizard)
    outcomes = wizard.preview_page.model
    first = outcomes.row_at(0)
    assert first.row == 3 and "HO-AWR: 10/04/2022" in describe_changes(first)
    notes = [wizard.preview_page.warnings.item(i).text() for i in range(wizard.preview_page.warnings.count())]
    assert any("names no organisation" in note for note in notes)


def test_correcting_a_column_mapping_changes_the_preview(window, qtbot):
    wizard = open_wizard(window)
    council_preview(qtbot, wizard)
    assert wizard.sheet().rejected == 3
    go_next(qtbot, wizard)
    page = wizard.mapping_page
    row = mapping_row(page.model, "Email Address")
    index = page.model.index(row, MAP_COL_TARGET)
    # From the keyboard: move to the cell, and its drop-down takes the focus; Home chooses "Ignore".
    page.view.setFocus()
    page.view.setCurrentIndex(index)
    editor = page.view.indexWidget(index)
    assert isinstance(editor, QComboBox) and QApplication.focusWidget() is editor
    with qtbot.waitSignal(wizard.preview_ready):
        qtbot.keyClick(editor, Qt.Key.Key_Home)
    assert wizard.request.overrides == {3: None}
    assert wizard.sheet().rejected == 2  # "not given" is no longer read as an email address
    assert page.model.index(row, MAP_COL_TARGET).data(TARGET_ROLE) is None
    assert page.model.index(row, MAP_COL_MATCH).data() == "Your choice"
    sample = page.sample_model
    assert "Email" not in [
        sample.headerData(c, Qt.Orientation.Horizontal) for c in range(sample.columnCount())
    ]
    go_next(qtbot, wizard)
    assert wizard.preview_page.cards[Outcome.REJECTED].value.text() == "2"

    # Choosing a field another column fills moves it: one column per field.
    staff = page.model.index(mapping_row(page.model, "Staff No"), MAP_COL_TARGET)
    wizard.back()
    with qtbot.waitSignal(wizard.preview_ready):
        page.model.setData(
            page.model.index(mapping_row(page.model, "Job Title"), MAP_COL_TARGET), "staff_number"
        )
    assert wizard.request.overrides[0] is None and wizard.request.overrides[4] == "staff_number"
    assert page.model.index(staff.row(), MAP_COL_TARGET).data(TARGET_ROLE) is None


def test_a_bad_file_shows_one_sentence_and_cannot_go_on(window, qtbot, tmp_path):
    bad = tmp_path / "staff list.xlsx"
    bad.write_text("Name,Email\nAisha,aisha@example.org\n", encoding="utf-8")
    with pytest.raises(FileFormatError) as expected:
        preview_import(window.context.db, bad, plan_id=window.context.plan_id)
    wizard = open_wizard(window)
    with qtbot.waitSignal(wizard.preview_failed) as failed:
        choose_file(qtbot, wizard, bad)
    assert failed.args == [str(expected.value)]
    error = wizard.file_page.error
    assert error.isVisible() and error.text() == str(expected.value)
    assert "Traceback" not in error.text() and "\n" not in error.text()
    assert not wizard.file_page.isComplete() and not wizard.button(NEXT).isEnabled()
    assert wizard.file_page.sheet_combo.count() == 0

    with qtbot.waitSignal(wizard.preview_ready):  # a good file clears the sentence
        choose_file(qtbot, wizard, POLICE)
    assert not error.isVisible() and wizard.button(NEXT).isEnabled()


def test_dropping_a_file_on_the_main_window_opens_the_wizard_with_it(window, qtbot, tmp_path):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(POLICE))])
    assert dropped_spreadsheet(mime) == POLICE
    enter = QDragEnterEvent(
        QPointF(200, 200).toPoint(),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        QPointF(200, 200),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    with qtbot.waitSignal(window.file_dropped):
        QApplication.sendEvent(window, drop)
    wizard = window.import_wizard
    assert isinstance(wizard, ImportWizard) and wizard.isVisible()
    assert wizard.request.path == POLICE
    qtbot.waitUntil(wizard.ready)
    assert wizard.file_page.path_edit.text() == str(POLICE)
    assert wizard.sheet().name == "Training matrix"

    text = tmp_path / "notes.txt"
    text.write_text("not a spreadsheet", encoding="utf-8")
    other = QMimeData()
    other.setUrls([QUrl.fromLocalFile(str(text))])
    assert dropped_spreadsheet(other) is None


def press_stop_once(wizard: ImportWizard, tasks) -> None:
    """Press Stop at the next progress report of the running task (once)."""

    def stop(*_args) -> None:
        wizard.task_progress.disconnect(stop)
        tasks.cancel()

    wizard.task_progress.connect(stop)


def test_stop_during_a_preview_or_an_import_changes_nothing(window, db, qtbot):
    wizard = open_wizard(window)
    tasks = window.context.tasks
    press_stop_once(wizard, tasks)
    with qtbot.waitSignal(wizard.preview_failed) as failed:
        choose_file(qtbot, wizard, POLICE)
    assert "Stopped" in failed.args[0] and not wizard.ready()
    assert not wizard.button(NEXT).isEnabled()

    with qtbot.waitSignal(wizard.preview_ready):
        wizard.update_request(kind="matrix")
    for _page in range(3):
        go_next(qtbot, wizard)
    assert wizard.apply_page.all_or_nothing.isChecked()  # no rejected rows: the default
    press_stop_once(wizard, tasks)
    with qtbot.waitSignal(wizard.preview_ready):  # the file is read again after a stopped import
        qtbot.mouseClick(wizard.apply_page.apply_button, Qt.MouseButton.LeftButton)
    assert wizard.result is None
    assert "nothing was changed" in wizard.apply_page.error.text()
    assert people.list_people(db.unit_of_work()) == []
    assert window.context.undo_stack.count() == 0
    assert wizard.apply_page.apply_button.isEnabled()  # and it can be applied after all
    with qtbot.waitSignal(wizard.applied):
        qtbot.mouseClick(wizard.apply_page.apply_button, Qt.MouseButton.LeftButton)
    assert len(people.list_people(db.unit_of_work())) == 24


def test_a_workbook_with_several_sheets_previews_the_chosen_one_alone(window, qtbot, tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    notes = book.active
    notes.title = "Read me"
    notes["A1"] = "Please return by Friday"
    staff = book.create_sheet("Staff")
    staff.append(["Staff No", "Name", "Email"])
    staff.append(["S1", "Aisha Ahmed", "aisha@example.org"])
    plan_sheet = book.create_sheet("Actions")
    plan_sheet.append(["No.", "Action", "Lead agency", "Target date"])
    plan_sheet.append(["1.1", "Refresh the terms of reference", "Police", "31/03/2027"])
    path = tmp_path / "partner return.xlsx"
    book.save(path)

    wizard = open_wizard(window)
    with qtbot.waitSignal(wizard.preview_ready):
        choose_file(qtbot, wizard, path)
    combo = wizard.file_page.sheet_combo
    assert combo.isEnabled() and combo.count() == 3
    assert "cannot be imported" in combo.itemText(0)
    assert wizard.request.sheet == "Staff"  # the first sheet that can be imported
    assert [s.name for s in wizard.preview.sheets] == ["Staff"]
    with qtbot.waitSignal(wizard.preview_ready):
        combo.setCurrentIndex(2)
        combo.activated.emit(2)
    assert [s.name for s in wizard.preview.sheets] == ["Actions"] and wizard.sheet().kind == "actions"
    assert "an action plan" in wizard.file_page.summary.text()


def test_import_needs_an_open_plan(qtbot, tmp_path, db):
    context = AppContext(db, SyncTaskRunner())
    main = MainWindow(context, QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(main)
    connect_import_wizard(main)
    assert plans.list_plans(db.unit_of_work()) == []
    assert main.welcome.import_button.isVisibleTo(main.welcome)
    main.registry["file.import"].trigger()
    assert main.import_wizard is None


def test_the_wizard_models_pass_the_model_tester(db, plan, qtmodeltester):
    preview = preview_import(db, COUNCIL, plan_id=plan.id, org="Northvale Council", today=TODAY)
    sheet = preview.sheets[0]
    mapping = MappingModel()
    mapping.set_columns(sheet.columns, sheet.rows[0].cells, set(), [("Ignore", None), ("Email", "email")])
    qtmodeltester.check(mapping)
    assert mapping.setData(mapping.index(3, MAP_COL_TARGET), None)
    qtmodeltester.check(mapping)
    sample = SampleModel()
    sample.set_sample(sheet.columns, sheet.rows)
    qtmodeltester.check(sample)
    outcomes = OutcomesModel()
    outcomes.set_rows(sheet.rows)
    qtmodeltester.check(outcomes)
    proxy = OutcomesFilter()
    proxy.setSourceModel(outcomes)
    proxy.set_outcome("rejected")
    assert proxy.rowCount() == 3
    qtmodeltester.check(proxy)


@pytest.fixture
def demo_window(qtbot, tmp_path, demo_db) -> MainWindow:
    db, _plan_id = demo_db
    context = AppContext(db, SyncTaskRunner())
    main = MainWindow(context, QSettings(str(tmp_path / "demo.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(main)
    connect_import_wizard(main)
    main.show()
    return main


def test_a_conflict_is_shown_and_applied_as_the_user_chooses(demo_window, demo_db, qtbot, tmp_path):
    from actionplan.domain.enums import ActionStatus
    from actionplan.exchange.export import export_workbook
    from actionplan.services import actions
    from ui.import_wizard.models import CON_COL_CHOICE, CON_COL_OURS, CON_COL_THEIRS, OUT_COL_OUTCOME

    db, plan_id = demo_db
    path = tmp_path / "returned.xlsx"
    export_workbook(db.unit_of_work(), plan_id, path, on=TODAY)
    open_actions = [
        a
        for a in actions.list_actions(db.unit_of_work(), plan_id, TODAY)
        if a.status is ActionStatus.IN_PROGRESS and a.requirement_id is None
    ]
    action, other = open_actions[:2]
    actions.update_action(db.unit_of_work(), action.id, status=ActionStatus.BLOCKED, today=TODAY)
    book = load_workbook(path)
    sheet = book["Actions"]
    headers = [c.value for c in sheet[1]]
    for row in range(2, sheet.max_row + 1):
        record = sheet.cell(row, headers.index("Record ID") + 1).value
        if record == action.uuid:
            sheet.cell(row, headers.index("Status") + 1).value = "Complete"
        elif record == other.uuid:
            sheet.cell(row, headers.index("Notes") + 1).value = "Checked with the partner"
    book.save(path)

    wizard = open_wizard(demo_window)
    with qtbot.waitSignal(wizard.preview_ready):
        choose_file(qtbot, wizard, path)
    assert wizard.request.sheet == "Actions"
    go_next(qtbot, wizard)
    go_next(qtbot, wizard)
    page = wizard.preview_page
    conflict_card = page.cards[Outcome.CONFLICT]
    assert conflict_card.isVisible() and conflict_card.value.text() == "1"
    qtbot.mouseClick(conflict_card, Qt.MouseButton.LeftButton)
    assert page.proxy.rowCount() == 1
    assert page.proxy.index(0, OUT_COL_OUTCOME).data() == "Conflict"
    assert page.proxy.index(0, OUT_COL_OUTCOME).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert page.proxy.index(0, OUT_COL_COLUMN).data() == "Status"
    details = page.proxy.index(0, OUT_COL_DETAILS).data()
    assert "ours “Blocked”, theirs “Complete”" in details and "In progress" in details

    go_next(qtbot, wizard)
    apply_page = wizard.apply_page
    assert apply_page.conflicts_box.isVisibleTo(apply_page)
    assert "Nothing is imported until you choose" in apply_page.conflicts_note.text()
    model = apply_page.conflicts_model
    assert model.rowCount() == 1
    assert (model.index(0, CON_COL_OURS).data(), model.index(0, CON_COL_THEIRS).data()) == (
        "Blocked",
        "Complete",
    )
    assert model.index(0, CON_COL_CHOICE).data() == "Choose…"
    assert apply_page.all_or_nothing.isChecked()
    assert not apply_page.apply_button.isEnabled()  # the conflict waits for a choice

    qtbot.mouseClick(apply_page.keep_all, Qt.MouseButton.LeftButton)
    assert model.index(0, CON_COL_CHOICE).data() == "Keep ours" and apply_page.apply_button.isEnabled()
    # The user changes their mind for this one conflict, in the table's drop-down.
    view = apply_page.conflicts_view
    index = model.index(0, CON_COL_CHOICE)
    view.setFocus()
    view.setCurrentIndex(index)  # moving onto the choice opens its drop-down, as in the mapping
    editor = view.indexWidget(index)
    assert isinstance(editor, QComboBox)
    editor.setCurrentIndex(editor.findData("theirs"))
    editor.activated.emit(editor.currentIndex())
    assert model.index(0, CON_COL_CHOICE).data() == "Take theirs"

    with qtbot.waitSignal(wizard.applied):
        qtbot.mouseClick(apply_page.apply_button, Qt.MouseButton.LeftButton)
    assert wizard.result.applied and wizard.result.took_theirs == 1
    assert "1 took the file's value" in apply_page.result_label.text()
    assert actions.get_action(db.unit_of_work(), action.id, TODAY).status is ActionStatus.COMPLETE
    assert actions.get_action(db.unit_of_work(), other.id, TODAY).notes == "Checked with the partner"

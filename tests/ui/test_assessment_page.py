"""The Self-assessment page, driven offscreen on the demo: sections, questions, rating with undo, the
suggestion, evidence, a gap into an action, exports, and a returned workbook through the wizard."""

from datetime import date

import openpyxl
import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialogButtonBox, QWizard

from actionplan.assessment import services
from actionplan.assessment.ratings import Rating
from actionplan.assessment.workbook import SHEET
from actionplan.exchange.preview import Outcome
from actionplan.services import actions
from tests.conftest import TODAY
from ui.context import AppContext
from ui.import_wizard import connect_import_wizard
from ui.import_wizard.wizard import PAGE_APPLY, PAGE_PREVIEW
from ui.main_window import MainWindow
from ui.tasks import SyncTaskRunner

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def window(qtbot, tmp_path, demo_db) -> MainWindow:
    db, _plan_id = demo_db
    context = AppContext(db, SyncTaskRunner())
    main = MainWindow(context, QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(main)
    connect_import_wizard(main)
    main.resize(1280, 860)
    main.show()
    return main


@pytest.fixture
def page(window):
    shown = window.show_page("assessment")
    shown.refresh()
    return shown


def choose(page, section: int, question: int) -> None:
    page.sections.selectRow(section)
    page.questions.selectRow(question)


def question(db, plan_id, key):
    return services.get_assessment(db.unit_of_work(), plan_id).question(key)


def test_the_page_shows_sections_questions_and_the_comparison_with_last_year(page, qtmodeltester):
    assert page.title() == "Self-assessment"
    assert page.year.currentText() == "2026 (28/11/2026)" and page.year.count() == 2
    assert (
        "20 of 32 questions assessed, 10 gaps" in page.summary.text() and "2025: 2.0" in page.summary.text()
    )
    model = page.sections_model
    assert model.rowCount() == 8
    assert [model.index(0, c).data() for c in range(4)] == [
        "A. Multi-agency partnership group",
        "◐ Partially met",
        "4/4",
        "▲ +0.8",
    ]
    assert model.index(0, 1).data(Qt.ItemDataRole.BackgroundRole) is not None  # and a word: not colour alone
    choose(page, 2, 2)
    questions = page.questions_model
    assert [questions.index(2, c).data() for c in range(6)] == [
        "C3",
        questions.question_at(2).text,
        "◐ Partially met",
        "Partially met",
        "Partially met",
        "2",
    ]
    assert "2 of 11 open actions are overdue" in questions.index(2, 3).data(Qt.ItemDataRole.ToolTipRole)
    panel = page.panel
    assert panel.question.key == "C3" and panel.current_rating() is Rating.PARTIALLY_MET
    assert "Suggested from the plan's data: ◐ Partially met" in panel.suggestion.text()
    assert panel.evidence_model.rowCount() == 2
    assert panel.action_button.isEnabled()  # a gap can become an action
    for checked in (model, questions, panel.evidence_model):
        qtmodeltester.check(checked)
    choose(page, 4, 0)  # the Channel panel: aggregate information only
    assert panel.aggregate_note.isVisibleTo(panel) and "no case data" in panel.aggregate_note.text()


def test_rating_and_commentary_are_saved_as_one_undo_step_and_the_suggestion_is_only_offered(
    page, demo_db, window
):
    db, plan_id = demo_db
    choose(page, 0, 2)  # A3: rated partially met, the data suggests not met
    panel = page.panel
    assert panel.question.key == "A3" and panel.use_suggestion.isEnabled()
    panel.use_suggestion.click()
    assert panel.current_rating() is Rating.NOT_MET
    assert question(db, plan_id, "A3").rating is Rating.PARTIALLY_MET  # offered, not applied
    panel.commentary.setPlainText("Only one board met this year.")
    assert panel.save_button.isEnabled()
    panel.save_button.click()
    saved = question(db, plan_id, "A3")
    assert (saved.rating, saved.commentary) == (Rating.NOT_MET, "Only one board met this year.")
    assert page.panel.question.rating is Rating.NOT_MET  # the page reloaded and kept the question
    stack = window.context.undo_stack
    assert stack.undoText() == "Rate A3"
    stack.undo()
    assert question(db, plan_id, "A3").rating is Rating.PARTIALLY_MET
    stack.redo()
    assert question(db, plan_id, "A3").rating is Rating.NOT_MET


def test_edits_are_saved_when_moving_to_another_question_and_before_closing(page, demo_db):
    db, plan_id = demo_db
    choose(page, 7, 0)  # H1, not assessed
    page.panel.rating.setCurrentIndex(page.panel.rating.findData(Rating.MET))
    page.questions.selectRow(1)
    assert question(db, plan_id, "H1").rating is Rating.MET
    page.panel.commentary.setPlainText("Advisory group meets each term.")
    assert page.commit_pending()
    assert question(db, plan_id, "H2").commentary == "Advisory group meets each term."


def test_a_gap_becomes_an_action_from_the_page(page, demo_db, window):
    from ui.dialogs.gap_action_dialog import GapActionDialog

    db, plan_id = demo_db
    choose(page, 2, 3)  # C4: not met
    before = len(actions.list_actions(db.unit_of_work(), plan_id, TODAY))
    page.panel.action_button.click()
    [dialog] = [d for d in page.findChildren(GapActionDialog) if d.isVisible()]
    assert dialog.title.text() == "Evaluate completed actions and carry the lessons into the next plan"
    assert dialog.theme.currentText() == "Leadership"
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    made = [a for a in actions.list_actions(db.unit_of_work(), plan_id, TODAY) if a.ref == "SA-C4"]
    assert len(made) == 1 and len(actions.list_actions(db.unit_of_work(), plan_id, TODAY)) == before + 1
    assert [e.target_uuid for e in question(db, plan_id, "C4").evidence] == [made[0].uuid]
    assert window.context.undo_stack.undoText() == "Create an action for C4"
    window.context.undo_stack.undo()
    assert len(actions.list_actions(db.unit_of_work(), plan_id, TODAY)) == before


def test_evidence_is_linked_and_removed_from_the_page(page, demo_db):
    from ui.dialogs.evidence_dialog import EvidenceDialog

    db, plan_id = demo_db
    choose(page, 6, 0)  # G1
    page.panel.add_button.click()
    [dialog] = [d for d in page.findChildren(EvidenceDialog) if d.isVisible()]
    assert dialog.kind.currentData() == "document"  # the question's own kind of evidence first
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.field_error("location").startswith("Give the document's path or web link")
    dialog.label.setText("Venue hire policy")
    dialog.location.setText("https://intranet.example/venues.pdf")
    dialog.review.set_value(date(2027, 3, 31))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    [linked] = question(db, plan_id, "G1").evidence
    assert (linked.label, linked.location, linked.review_on) == (
        "Venue hire policy",
        "https://intranet.example/venues.pdf",
        date(2027, 3, 31),
    )
    panel = page.panel
    assert panel.evidence_model.rowCount() == 1
    panel.evidence.selectRow(0)
    assert panel.open_button.isEnabled() and panel.remove_button.isEnabled()
    panel.remove_button.click()
    assert question(db, plan_id, "G1").evidence == ()


def test_last_years_assessment_can_be_looked_at(page):
    index = page.year.findText("2025 (01/12/2025)")
    page.year.setCurrentIndex(index)
    assert page.view.year == 2025 and "2025" in page.summary.text()
    assert page.sections_model.index(0, 1).data() == "✗ Not met"


def test_exports_from_the_page_and_the_workbook_comes_back_through_the_wizard(
    page, window, demo_db, qtbot, tmp_path
):
    db, plan_id = demo_db
    pdf = tmp_path / "board.pdf"
    page.export("pdf", pdf)
    assert pdf.read_bytes().startswith(b"%PDF")
    workbook = tmp_path / "sa.xlsx"
    page.export("xlsx", workbook)
    book = openpyxl.load_workbook(workbook)
    ws = book[SHEET]
    keys = [ws.cell(r, 2).value for r in range(1, ws.max_row + 1)]
    ws.cell(keys.index("H2") + 1, 4).value = "Met"
    ws.cell(keys.index("H3") + 1, 4).value = "Not met"
    book.save(workbook)

    window.registry["file.import"].trigger()
    wizard = window.import_wizard
    edit = wizard.file_page.path_edit
    edit.setFocus()
    with qtbot.waitSignal(wizard.preview_ready):
        qtbot.keyClicks(edit, str(workbook))
        qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert "a self-assessment" in wizard.file_page.summary.text()
    wizard.button(QWizard.WizardButton.NextButton).click()
    wizard.button(QWizard.WizardButton.NextButton).click()
    assert wizard.currentId() == PAGE_PREVIEW
    assert wizard.preview_page.cards[Outcome.UPDATED].value.text() == "2"
    wizard.button(QWizard.WizardButton.NextButton).click()
    assert wizard.currentId() == PAGE_APPLY
    with qtbot.waitSignal(wizard.applied):
        wizard.apply_page.apply_button.click()
    assert "2 self-assessment answers" in wizard.apply_page.result_label.text()
    assert (
        question(db, plan_id, "H2").rating is Rating.MET
        and question(db, plan_id, "H3").rating is Rating.NOT_MET
    )
    window.context.undo_stack.undo()
    assert question(db, plan_id, "H2").rating is Rating.NOT_ASSESSED

"""The Requests page, File > Request updates…, reminders, a returned pack in the wizard, the dashboard."""

import email
from datetime import date
from email import policy

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWizard

from actionplan import clock
from actionplan.protection.workbooks import is_encrypted_package
from actionplan.requests.service import send_requests
from actionplan.requests.status import list_requests
from actionplan.services import organisations
from tests.conftest import TODAY
from ui.context import AppContext
from ui.dialogs.organisation_dialog import OrganisationDialog
from ui.dialogs.request_updates_dialog import RequestUpdatesDialog
from ui.import_wizard import connect_import_wizard
from ui.import_wizard.wizard import ImportWizard
from ui.main_window import MainWindow
from ui.models.requests_model import COL_CHANGES, COL_ORGANISATION, COL_STATE, RequestsModel
from ui.tasks import SyncTaskRunner

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def window(qtbot, tmp_path, demo_db) -> MainWindow:
    db, _plan_id = demo_db
    context = AppContext(db, SyncTaskRunner())
    settings = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    win = MainWindow(context, settings)
    qtbot.addWidget(win)
    connect_import_wizard(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMessageBox | RequestUpdatesDialog | ImportWizard) and widget.isVisible():
            widget.close()


def open_dialog(window: MainWindow) -> RequestUpdatesDialog:
    window.registry["file.request_updates"].trigger()
    page = window.pages["requests"]
    assert window.current_page_id() == "requests"
    dialog = page.dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def tick_only(dialog: RequestUpdatesDialog, names: set[str]) -> None:
    for row in range(dialog.partners.count()):
        item = dialog.partners.item(row)
        wanted = item.data(Qt.ItemDataRole.UserRole) in names
        item.setCheckState(Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked)


def page_rows(page) -> dict[str, tuple[str, str]]:
    model = page.model
    return {
        model.index(r, COL_ORGANISATION).data(): (
            model.index(r, COL_STATE).data(),
            model.index(r, COL_CHANGES).data(),
        )
        for r in range(model.rowCount())
    }


def test_the_requests_model_passes_the_model_tester(qtmodeltester, demo_db, tmp_path):
    db, plan_id = demo_db
    send_requests(db.unit_of_work(), plan_id, tmp_path, organisations=["Police", "Council"], on=TODAY)
    model = RequestsModel()
    model.set_requests(list_requests(db.unit_of_work(), plan_id), date(2026, 12, 20))
    qtmodeltester.check(model)
    assert model.index(0, COL_STATE).data() == "!  Overdue by 8 days"
    assert model.index(0, COL_STATE).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert "not returned, 8 days overdue" in model.index(0, COL_STATE).data(Qt.ItemDataRole.ToolTipRole)


def test_file_request_updates_writes_packs_and_drafts_and_the_page_and_dashboard_show_them(
    window, qtbot, tmp_path
):
    assert window.pages["requests"].model.rowCount() == 0
    dialog = open_dialog(window)
    names = [dialog.partners.item(r).data(Qt.ItemDataRole.UserRole) for r in range(dialog.partners.count())]
    assert len(names) == 8 and all(
        dialog.partners.item(r).checkState() == Qt.CheckState.Checked for r in range(8)
    )
    assert dialog.due_edit.value() == date(2026, 12, 12)  # two weeks from today
    assert "{contact}" in dialog.message.toPlainText()

    tick_only(dialog, set())
    dialog.start()
    assert dialog.error.text() == "Tick at least one partner to ask."
    tick_only(dialog, {"Northvale Police", "Northvale College"})
    dialog.message.setPlainText("Dear {name}")
    dialog.start()
    assert "names {name}, which is not a placeholder" in dialog.error.text()
    dialog.message.setPlainText("Dear {contact}, please reply by {due}.")
    dialog.protect.setChecked(True)
    dialog.password.setText("pa55word-long")
    dialog.password_again.setText("different")
    dialog.start()
    assert dialog.error.text() == "The two passwords are not the same: type it again."
    dialog.password_again.setText("pa55word-long")
    out = tmp_path / "round"
    dialog.folder_edit.setText(str(out))
    with qtbot.waitSignal(dialog.sent):
        dialog.start()
    assert not dialog.isVisible()

    page = window.pages["requests"]
    box = page.result_box
    assert box is not None and "for each of 2 partners" in box.text()
    packs = sorted(out.glob("*.xlsx"))
    assert [p.name for p in packs] == [
        "Northvale College - update request 2026-11-28.xlsx",
        "Northvale Police - update request 2026-11-28.xlsx",
    ]
    assert all(is_encrypted_package(p) for p in packs)
    draft = email.message_from_bytes(packs[1].with_suffix(".eml").read_bytes(), policy=policy.default)
    body = draft.get_body(("plain",)).get_content()
    assert body.startswith("Dear DS Owen Pritchard, please reply by 12/12/2026.")
    assert "password, which I will send you separately" in body
    assert page_rows(page) == {
        "Northvale College": ("…  Outstanding", ""),
        "Northvale Police": ("…  Outstanding", ""),
    }
    assert "0 of 2 partners have returned their updates" in page.summary.text()

    dashboard = window.show_page("dashboard")
    link = dashboard.returns_link
    assert link.isVisible() and link.text() == "0 of 2 partners have returned their updates"
    qtbot.mouseClick(link, Qt.MouseButton.LeftButton)
    assert window.current_page_id() == "requests"


def test_reminders_from_the_page(window, demo_db, qtbot, tmp_path):
    db, plan_id = demo_db
    with clock.pinned(date(2026, 11, 1)):
        send_requests(
            db.unit_of_work(), plan_id, tmp_path, organisations=["Police", "Council"], due=date(2026, 11, 20),
            on=date(2026, 11, 1),
        )  # fmt: skip
    page = window.show_page("requests")
    page.refresh()
    assert page_rows(page)["Northvale Police"][0] == "!  Overdue by 8 days"
    assert page.remind_button.isEnabled()
    page.select_organisation("Northvale Police")
    qtbot.mouseClick(page.remind_button, Qt.MouseButton.LeftButton)
    assert page.result_box is not None and page.result_box.text().startswith("Wrote 1 reminder.")
    assert [p.name for p in tmp_path.glob("*reminder*")] == ["Northvale Police - reminder 2026-11-28.eml"]
    reminded = {r.organisation: r.reminders for r in list_requests(db.unit_of_work(), plan_id)}
    assert reminded == {"Northvale Council": 0, "Northvale Police": 1}


def test_a_pack_returned_through_the_wizard_marks_its_request(window, demo_db, qtbot, tmp_path):
    db, plan_id = demo_db
    send_requests(db.unit_of_work(), plan_id, tmp_path, organisations=["College"], on=TODAY)
    pack = tmp_path / "Northvale College - update request 2026-11-28.xlsx"
    window.file_dropped.emit(str(pack))  # as a drop on the window does
    wizard = window.import_wizard
    assert isinstance(wizard, ImportWizard)
    qtbot.waitUntil(lambda: wizard.preview is not None)
    with qtbot.waitSignal(wizard.applied):
        wizard.apply(skip_invalid=False)
    assert wizard.result.applied
    assert "This is Northvale College's update request of 28/11/2026" in wizard.apply_page.result_label.text()
    wizard.button(QWizard.WizardButton.FinishButton).click()
    page = window.show_page("requests")
    assert page_rows(page)["Northvale College"] == ("✓  Returned on time", "nothing changed")
    window.registry["edit.undo"].trigger()
    page.refresh()
    assert page_rows(page)["Northvale College"][0] == "…  Outstanding"


def test_the_organisation_dialog_edits_the_prevent_contact(window, demo_db, qtbot):
    db, _plan_id = demo_db
    page = window.show_page("organisations")
    police = next(
        o for o in organisations.list_organisations(db.unit_of_work()) if o.name == "Northvale Police"
    )
    page.select_organisation(police.id)
    dialog = page.open_organisation(page.selected_organisation())
    assert isinstance(dialog, OrganisationDialog)
    assert dialog.contact_email.text() == "prevent.team@northvale-police.example"
    dialog.contact_email.setText("not an address")
    dialog.accept()
    assert dialog.isVisible() and "is not an email address" in dialog._errors["contact_email"].text()
    dialog.contact_name.setText("DI Kate Moss")
    dialog.contact_email.setText("Kate.Moss@northvale-police.example")
    dialog.accept()
    assert not dialog.isVisible()
    saved = next(o for o in organisations.list_organisations(db.unit_of_work()) if o.id == police.id)
    assert (saved.contact_name, saved.contact_email) == ("DI Kate Moss", "kate.moss@northvale-police.example")

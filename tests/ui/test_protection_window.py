"""Personal data in the window: passphrases (File menu, opening, keyring), protected exports and imports,
purging leavers with undo, subject access, and no network connection from the window."""

import os
import re
import shutil
import stat
import subprocess
import sys
from datetime import date

import keyring
import openpyxl
import pytest
from keyring.backend import KeyringBackend
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog

from actionplan.protection import keyring_store
from actionplan.protection.passphrase import protect_database
from actionplan.protection.workbooks import OLE_MAGIC, encrypt_in_place
from actionplan.services import open_database, organisations, people, plans
from actionplan.storage.cipher import file_state
from tests.conftest import FIXTURES
from ui import protection_actions, unlock
from ui.context import AppContext
from ui.import_wizard import connect_import_wizard
from ui.import_wizard.wizard import ImportWizard
from ui.main_window import MainWindow
from ui.pages import PAGES
from ui.tasks import SyncTaskRunner

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
PASSPHRASE = "correct horse battery staple"
NEW_PASSPHRASE = "a different long passphrase"
PASSWORD = "maple-otter-quill-47"


class FakeKeyring(KeyringBackend):
    """An operating-system keyring held in memory."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.store.get((service, username))

    def set_password(self, service, username, password):
        self.store[(service, username)] = password

    def delete_password(self, service, username):
        self.store.pop((service, username), None)


@pytest.fixture
def fake_keyring():
    previous = keyring.get_keyring()
    backend = FakeKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def make_window(qtbot, tmp_path):
    windows = []

    def make(database) -> MainWindow:
        context = AppContext(database, SyncTaskRunner())
        settings = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
        window = MainWindow(context, settings)
        qtbot.addWidget(window)
        connect_import_wizard(window)
        window.show()
        windows.append(window)
        return window

    yield make
    for window in windows:
        if window.context.db is not None:
            window.context.db.close()


# ---------------------------------------------------------------- passphrases


def test_protect_change_and_remove_from_the_file_menu(make_window, db, plan, fake_keyring, monkeypatch):
    window = make_window(db)
    actions = window.protection
    path = db.path
    assert actions.protect_action.isEnabled() and not actions.change_action.isEnabled()
    assert not actions.status.isVisible()

    window.registry["file.protect"].trigger()
    dialog = actions.dialog
    assert dialog is not None and dialog.isVisible()
    dialog.first.setText("short")
    dialog.second.setText("short")
    dialog.accept()
    assert dialog.isVisible() and "at least 8 characters" in dialog.error.text()
    dialog.first.setText(PASSPHRASE)
    dialog.second.setText(PASSPHRASE)
    dialog.remember.setChecked(True)
    dialog.accept()

    protected = window.context.db
    assert protected is not db and protected.protected and file_state(path) == "protected"
    assert actions.status.isVisible() and actions.status.text() == "Protected with a passphrase"
    assert not actions.protect_action.isEnabled() and actions.change_action.isEnabled()
    assert keyring_store.remembered_passphrase(path) == PASSPHRASE
    assert "now protected" in actions.done_box.text()
    assert [p.name for p in window.plans] == ["Test plan"]  # the window carries on with it

    window.registry["file.change_passphrase"].trigger()
    actions.dialog.first.setText(NEW_PASSPHRASE)
    actions.dialog.second.setText(NEW_PASSPHRASE)
    actions.dialog.accept()
    assert window.context.db.passphrase == NEW_PASSPHRASE
    assert keyring_store.remembered_passphrase(path) is None  # not ticked this time: forgotten

    monkeypatch.setattr(protection_actions, "confirm", lambda *args: True)
    window.registry["file.remove_protection"].trigger()
    assert not window.context.db.protected and path.read_bytes().startswith(b"SQLite format 3")
    assert actions.protect_action.isEnabled() and not actions.status.isVisible()


def test_opening_a_protected_database_asks_for_its_passphrase_and_can_remember_it(
    make_window, db, plan, tmp_path, fake_keyring
):
    other = tmp_path / "other.db"
    created = open_database(f"sqlite:///{other}", create=True, passphrase=PASSPHRASE)
    plans.create_plan(created.unit_of_work(), "Other plan", template="blank")
    created.close()
    window = make_window(db)
    window.open_database_file(other)
    prompt = window.protection.opener.prompt
    assert prompt is not None and prompt.isVisible() and "other.db is protected" in prompt.intro.text()
    prompt.field.setText("wrong passphrase")
    prompt.accept()
    prompt = window.protection.opener.prompt
    assert prompt is not None and prompt.isVisible() and "not right" in prompt.error.text()
    assert window.context.db is db
    prompt.field.setText(PASSPHRASE)
    prompt.remember.setChecked(True)
    prompt.accept()
    assert window.context.db.protected and [p.name for p in window.plans] == ["Other plan"]
    assert keyring_store.remembered_passphrase(other) == PASSPHRASE

    window.open_database_file(db.path)
    window.open_database_file(other)  # remembered: no question this time
    assert window.protection.opener.prompt is None
    assert window.context.db.protected


def test_at_start_up_the_keyring_or_a_prompt_gives_the_passphrase(db, plan, fake_keyring, monkeypatch):
    url = db.url
    db.close()
    protected = protect_database(open_database(url), PASSPHRASE).database
    protected.close()
    asked = []

    class Prompt:
        def __init__(self, answers):
            self.answers = list(answers)
            self.error = ""
            self.typed = ""

        def exec(self):
            if not self.answers:
                return QDialog.DialogCode.Rejected
            self.typed = self.answers.pop(0)
            asked.append(self.typed)
            return QDialog.DialogCode.Accepted

        def secret(self):
            return self.typed

        def show_wrong(self, sentence):
            self.error = sentence

        def wants_remembering(self):
            return True

    monkeypatch.setattr(unlock, "passphrase_prompt", lambda path, parent: Prompt(["wrong one", PASSPHRASE]))
    opened = unlock.open_blocking(url, backups_dir=None)
    assert opened is not None and opened.protected and asked == ["wrong one", PASSPHRASE]
    opened.close()
    asked.clear()
    again = unlock.open_blocking(url, backups_dir=None)  # from the keyring now
    assert again is not None and asked == []
    again.close()
    fake_keyring.store.clear()
    monkeypatch.setattr(unlock, "passphrase_prompt", lambda path, parent: Prompt([]))
    assert unlock.open_blocking(url, backups_dir=None) is None  # cancelled: nothing opened
    with pytest.raises(unlock.PassphraseError, match="--passphrase-env"):
        unlock.open_blocking(url, backups_dir=None, interactive=False)


def test_without_a_keyring_the_box_says_so_and_the_passphrase_is_not_kept(make_window, db, plan, no_keyring):
    window = make_window(db)
    window.registry["file.protect"].trigger()
    dialog = window.protection.dialog
    assert not dialog.remember.isEnabled()
    assert dialog.keyring_note.isVisibleTo(dialog) and "no keyring" in dialog.keyring_note.text()
    dialog.first.setText(PASSPHRASE)
    dialog.second.setText(PASSPHRASE)
    dialog.accept()
    assert window.context.db.protected  # it carries on without remembering
    assert keyring_store.remembered_passphrase(db.path) is None


# ---------------------------------------------------------------- workbooks


def test_the_export_dialog_offers_a_generated_password_and_says_how_to_send_it(
    make_window, demo_db, tmp_path, monkeypatch
):
    db, _plan_id = demo_db
    window = make_window(db)
    window.registry["file.export"].trigger()
    dialog = window.exports.dialog
    box = dialog.password_box
    assert box.protect.isChecked()
    first = box.field.text()
    assert re.fullmatch(r"([a-z]+-){5}\d{2}", first)
    box.generate_button.click()
    assert box.field.text() != first and len(box.field.text()) >= 8
    assert "another channel" in box.advice.text() and box.advice.isVisibleTo(dialog)
    dialog.set_kind("aggregate")
    assert not box.protect.isChecked()  # figures without names
    dialog.set_kind("partner")
    assert box.protect.isChecked()
    box.field.setText("short")
    dialog.start()
    assert "at least 8 characters" in dialog.error.text()
    box.field.setText(PASSWORD)
    path = tmp_path / "pack.xlsx"
    dialog.path_edit.setText(str(path))
    dialog.start()
    assert path.read_bytes()[:8] == OLE_MAGIC
    done = window.exports.done_box
    assert "protected with a password" in done.text() and "another channel" in done.informativeText()


def test_the_import_wizard_asks_for_the_password_of_a_protected_workbook(
    make_window, db, plan, tmp_path, qtbot
):
    organisations.create_organisation(db.unit_of_work(), "Northvale Council", sector="local_authority")
    partner_file = tmp_path / "council.xlsx"
    shutil.copy(FIXTURES / "council_key_personnel.xlsx", partner_file)
    encrypt_in_place(partner_file, PASSWORD)
    window = make_window(db)
    wizard = ImportWizard(window.context, partner_file, parent=window)
    wizard.show()
    qtbot.waitUntil(lambda: wizard.password_prompt is not None)
    prompt = wizard.password_prompt
    assert prompt is not None and prompt.isVisible() and "“council.xlsx” is protected" in prompt.intro.text()
    assert "password" in wizard.error and wizard.file_page.error.isVisibleTo(wizard.file_page)
    prompt.field.setText("not the password")
    prompt.accept()
    qtbot.waitUntil(lambda: wizard.password_prompt is not None and wizard.password_prompt.error.text() != "")
    prompt = wizard.password_prompt
    assert "not right" in prompt.error.text()
    prompt.field.setText(PASSWORD)
    prompt.accept()
    qtbot.waitUntil(lambda: wizard.preview is not None)
    assert wizard.preview is not None and wizard.error == ""
    assert wizard.sheet().kind == "people"
    rejects = tmp_path / "rejects.xlsx"
    wizard.save_rejects(rejects)
    assert rejects.read_bytes()[:8] == OLE_MAGIC  # sent back protected with the same password
    wizard.close()


# ---------------------------------------------------------------- leavers and subject access


@pytest.fixture
def leavers(db, plan):
    council = organisations.create_organisation(
        db.unit_of_work(), "Northvale Council", sector="local_authority"
    )
    gone = people.create_person(
        db.unit_of_work(), first_name="Ann", last_name="Lee", email="ann.lee@council.example",
        organisation_id=council.id, start_date=date(2015, 1, 5), leaving_date=date(2023, 3, 31),
    )  # fmt: skip
    current = people.create_person(
        db.unit_of_work(), first_name="Cat", last_name="Amos", email="cat.amos@council.example",
        organisation_id=council.id,
    )  # fmt: skip
    return gone, current


def everyone(db):
    return {
        p.full_name for p in people.list_people(db.unit_of_work(), people.PeopleFilter(include_leavers=True))
    }


def test_purging_leavers_from_the_people_page_is_one_undoable_step(make_window, db, leavers, qtmodeltester):
    window = make_window(db)
    page = window.show_page("people")
    page.privacy.purge_button.click()
    dialog = page.privacy.purge_dialog
    assert dialog is not None and dialog.isVisible()
    qtmodeltester.check(dialog.model)
    assert dialog.model.rowCount() == 1 and dialog.model.row_at(0).name == "Ann Lee"
    assert "more than 24 months ago" in dialog.rule.text()
    assert dialog.months.value() == 24 and dialog.purge_button.isEnabled()
    dialog.months.setValue(60)
    dialog.save_months.click()
    assert dialog.model.rowCount() == 0 and not dialog.purge_button.isEnabled()
    dialog.months.setValue(24)
    dialog.save_months.click()
    dialog.purge_button.click()
    assert everyone(db) == {"Cat Amos"}
    assert db.backups_dir is not None and list(db.backups_dir.glob("*before-purge.db"))
    stack = window.context.undo_stack
    assert stack.undoText() == "Purge 1 leavers"
    stack.undo()
    assert everyone(db) == {"Ann Lee", "Cat Amos"}
    stack.redo()
    assert everyone(db) == {"Cat Amos"}


def test_a_subject_access_report_from_the_people_page(make_window, db, leavers, tmp_path):
    window = make_window(db)
    page = window.show_page("people")
    page.status_filter.setCurrentIndex(page.status_filter.findText("Everyone"))
    page.refresh()
    gone, _current = leavers
    assert page.select_person(gone.id)
    page.privacy.access_button.click()
    dialog = page.privacy.access_dialog
    assert dialog is not None and dialog.isVisible() and "Ann Lee" in dialog.path_edit.text()
    assert dialog.password_box.protect.isChecked()
    path = tmp_path / "ann.xlsx"
    dialog.path_edit.setText(str(path))
    dialog.password_box.protect.setChecked(False)
    dialog.write()
    assert path.exists() and not dialog.isVisible()
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    record = openpyxl.load_workbook(path)["Record"]
    assert [c.value for c in record[2]][4] == "ann.lee@council.example"
    assert "Wrote everything held about Ann Lee" in page.privacy.done_box.text()


# ---------------------------------------------------------------- no network


def test_the_window_opens_no_connection_while_every_page_loads(no_network, make_window, demo_db, tmp_path):
    db, _plan_id = demo_db
    window = make_window(db)
    for page_id, _spec in PAGES:
        page = window.show_page(page_id)
        page.refresh()
    window.registry["file.export"].trigger()
    dialog = window.exports.dialog
    dialog.path_edit.setText(str(tmp_path / "plan.xlsx"))
    dialog.start()
    window.show_page("people").privacy.open_purge()
    assert no_network == []


@pytest.mark.skipif(shutil.which("strace") is None, reason="strace is not installed")
def test_the_smoke_test_makes_no_internet_connection_even_from_qt(tmp_path):
    probe = subprocess.run(
        ["strace", "-f", "-e", "trace=connect", "-o", os.devnull, "true"], capture_output=True
    )
    if probe.returncode != 0:
        pytest.skip("tracing processes is not permitted here")
    data = tmp_path / "smoke"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    launcher = [sys.executable, "-m", "ui.launcher", "--data-dir", str(data)]
    assert subprocess.run([*launcher, "demo"], env=env, capture_output=True).returncode == 0
    log = tmp_path / "connect.log"
    smoke = subprocess.run(
        ["strace", "-f", "-qq", "-e", "trace=connect", "-o", str(log), *launcher, "--smoke-test"],
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert smoke.returncode == 0, smoke.stderr
    internet = [line for line in log.read_text().splitlines() if re.search(r"AF_INET6?\b", line)]
    assert internet == []


def test_the_smoke_test_opens_a_protected_database_with_passphrase_env(tmp_path):
    data = tmp_path / "smoke"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PLAN_PASSPHRASE=PASSPHRASE)
    launcher = [sys.executable, "-m", "ui.launcher", "--data-dir", str(data)]
    made = subprocess.run(
        [*launcher, "init", "--passphrase-env", "PLAN_PASSPHRASE"], env=env, capture_output=True
    )
    assert made.returncode == 0, made.stderr
    refused = subprocess.run(
        [*launcher, "--smoke-test"], env=env, capture_output=True, text=True, timeout=300
    )
    assert (
        refused.returncode == 2 and "--passphrase-env" in refused.stderr and "Traceback" not in refused.stderr
    )
    smoke = subprocess.run(
        [*launcher, "--smoke-test", "--passphrase-env", "PLAN_PASSPHRASE"],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert smoke.returncode == 0, smoke.stderr
    assert "smoke test passed" in smoke.stdout

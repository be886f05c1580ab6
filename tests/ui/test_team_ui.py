"""Team mode in the window: a stale edit offers to reload, and File > Connect to a team database…"""

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from actionplan.services import actions, open_database, people, plans
from actionplan.team.credentials import Keyring
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.tasks import SyncTaskRunner
from ui.team_connect import ASK_KEY, LAST_KEY, ConnectDialog

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def window_on(qtbot, tmp_path):
    made: list[MainWindow] = []

    def make(database, settings: QSettings | None = None) -> MainWindow:
        context = AppContext(database, SyncTaskRunner())
        settings = settings or QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
        window = MainWindow(context, settings)
        qtbot.addWidget(window)
        window.show()
        made.append(window)
        return window

    yield make
    # A window keeps itself open over an edit the core refused (and says so in a box): neither
    # may outlive its test and show over the next test's window.
    for window in made:
        window.close()
        for box in window.findChildren(QMessageBox):
            box.close()
        window.hide()


def stale_boxes(window) -> list[QMessageBox]:
    """The "changed by someone else" boxes showing over ``window`` (or a dialog of it)."""
    return [w for w in window.findChildren(QMessageBox, "staleEditMessage") if w.isVisible()]


def _click(box: QMessageBox, name: str) -> None:
    button = next(b for b in box.buttons() if b.objectName() == name)
    button.click()


def test_a_stale_edit_in_the_detail_panel_says_who_and_reloads(window_on, demo_db, qtbot):
    db, plan_id = demo_db
    window = window_on(db)
    page = window.show_page("actions")
    action = page.model.action_at(0)
    page.select_action(action.id)
    # A colleague saves the same action while it is open here.
    actions.update_action(db.unit_of_work(user="alice"), action.id, notes="Agreed at the board")
    qtbot.keyClicks(page.detail.title_edit, " (typed over an old page)")
    assert not page.detail.save()
    [box] = stale_boxes(window)
    assert "was changed by alice at " in box.text() and "28/11/2026" in box.text()
    assert "was changed by alice" in page.detail.error.text()  # also said in the panel itself
    assert actions.get_action(db.unit_of_work(), action.id).title == action.title  # nothing overwritten
    _click(box, "reloadButton")
    assert not page.detail.dirty
    shown = page.detail.action
    assert (shown.title, shown.notes) == (action.title, "Agreed at the board")
    assert page.detail.texts["notes"].toPlainText() == "Agreed at the board"
    qtbot.keyClicks(page.detail.title_edit, " (again)")  # the edit made again, on the new version
    assert page.detail.save()
    saved = actions.get_action(db.unit_of_work(), action.id)
    assert (saved.title, saved.notes) == (f"{action.title} (again)", "Agreed at the board")


def test_keep_my_page_leaves_the_typed_edit_on_screen(window_on, demo_db, qtbot):
    db, _plan_id = demo_db
    window = window_on(db)
    page = window.show_page("actions")
    action = page.model.action_at(1)
    page.select_action(action.id)
    actions.update_action(db.unit_of_work(user="bob"), action.id, progress=55)
    page.detail.texts["evidence"].setPlainText("My long note")
    assert not page.detail.save()
    [box] = stale_boxes(window)
    _click(box, "keepButton")
    assert page.detail.dirty and page.detail.texts["evidence"].toPlainText() == "My long note"
    # Closing the window does not lose the kept edit either: it stays open and says why.
    window.close()
    assert window.isVisible() and page.detail.dirty
    [box] = stale_boxes(window)
    assert "was changed by bob" in box.text()


def test_a_stale_inline_edit_goes_through_the_window(window_on, demo_db, qtbot):
    from ui.models.actions_model import PROGRESS

    db, _plan_id = demo_db
    window = window_on(db)
    page = window.show_page("actions")
    action = page.model.action_at(2)
    actions.update_action(db.unit_of_work(user="carol"), action.id, progress=33)
    typed = 71 if action.progress != 71 else 72
    assert not page.proxy.setData(page.index_of(action.id, PROGRESS), typed)
    [box] = stale_boxes(window)
    assert "carol" in box.text()
    _click(box, "reloadButton")
    assert page.model.action_at(page.model.row_of(action.id)).progress == 33


def test_a_stale_person_dialog_offers_to_reload(window_on, demo_db, qtbot):
    db, _plan_id = demo_db
    window = window_on(db)
    page = window.show_page("people")
    person = page.model.person_at(0)
    page.select_person(person.id)
    dialog = page.edit_person()
    people.update_person(db.unit_of_work(user="dave"), person.id, job_title="Changed elsewhere")
    dialog.job_title.setText("Typed here")
    dialog.accept()
    assert dialog.isVisible() and "dave" in dialog.general_error.text()
    _click(stale_boxes(window)[0], "reloadButton")
    assert not dialog.isVisible()
    assert people.get_person(db.unit_of_work(), person.id).job_title == "Changed elsewhere"


# -- File > Connect to a team database… ---------------------------------------------------------


def test_the_file_menu_offers_the_team_database_after_new_database(window_on, db):
    window = window_on(db)
    file_menu = window.menuBar().actions()[0].menu()
    names = [a.objectName() for a in file_menu.actions()]
    assert names.index("file.connect_team") == names.index("file.new_database") + 1


def test_without_a_keyring_the_dialog_says_the_password_is_asked_each_time(window_on, db, qtbot, no_keyring):
    window = window_on(db)
    window.registry["file.connect_team"].trigger()
    dialog = window.team.dialog
    assert isinstance(dialog, ConnectDialog) and dialog.isVisible()
    assert not dialog.remember.isEnabled() and not dialog.remember.isChecked()
    assert "asked for it each time" in dialog.keyring_note.text()
    assert dialog.user.text()  # the computer's user name is offered
    dialog.accept()  # no server given
    assert dialog.field_error("host") == "Give the name or address of the database server."
    dialog.host.setText("prevent-db.council.example")
    dialog.accept()
    assert dialog.field_error("database") == "Give the name of the database on the server."


@pytest.mark.postgres
@pytest.mark.password_server
def test_connect_with_a_password_kept_in_the_keyring(
    window_on, db, qtbot, postgres_server, fake_keyring, tmp_path
):
    assert postgres_server.password_role is not None  # a throwaway server that checks one password
    team_url = postgres_server.fresh_database()
    owner = open_database(team_url)
    plans.create_plan(owner.unit_of_work(), "County team plan", template="prevent")
    role = postgres_server.password_role
    role_url = postgres_server.add_role(team_url, role, "s3cret-pw")
    owner.close()
    settings = QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat)
    window = window_on(db, settings)
    try:
        dialog = window.team.open_dialog()
        assert dialog.remember.isEnabled() and dialog.remember.isChecked()
        server = postgres_server.admin_url.split("@", 1)[1].split("/", 1)[0]
        host, port = server.split(":")
        dialog.host.setText(host)
        dialog.port.setValue(int(port))
        dialog.database.setText(team_url.rsplit("/", 1)[1])
        dialog.user.setText(role)
        dialog.password.setText("wrong")
        dialog.accept()
        assert "refused the password" in dialog.field_error("password")
        assert dialog.password.text() == "" and dialog.isVisible()
        dialog.password.setText("s3cret-pw")
        dialog.accept()
        assert not dialog.isVisible()
        assert window.context.db.url == role_url and "s3cret" not in window.context.db.url
        assert window.context.db.user == role
        assert [p.name for p in window.plans] == ["County team plan"]
        assert Keyring().password(role_url) == "s3cret-pw"
        assert settings.value(LAST_KEY) == role_url and settings.value("database/last") == role_url
        # Next time the form is filled in and the password comes from the keyring.
        again = window.team.open_dialog()
        assert (again.host.text(), again.user.text()) == (host, role)
        again.accept()
        assert not again.isVisible() and window.context.db.user == role
    finally:
        window.context.set_database(None)
        postgres_server.drop_role(team_url, role)
        postgres_server.drop(team_url)


def test_a_team_database_that_needs_its_password_at_start_up_asks_for_it(window_on, db, qtbot, tmp_path):
    settings = QSettings(str(tmp_path / "ask.ini"), QSettings.Format.IniFormat)
    settings.setValue(ASK_KEY, "postgresql+psycopg://alice@prevent-db.council.example:5432/prevent")
    window = window_on(db, settings)
    qtbot.waitUntil(lambda: window.team.dialog is not None and window.team.dialog.isVisible())
    dialog = window.team.dialog
    assert (dialog.host.text(), dialog.database.text(), dialog.user.text()) == (
        "prevent-db.council.example",
        "prevent",
        "alice",
    )
    assert dialog.password.hasFocus() or dialog.focusWidget() is dialog.password
    assert settings.value(ASK_KEY) is None  # asked once per start


def test_start_up_with_a_team_database_whose_password_is_not_kept(monkeypatch, tmp_path, db):
    """The window opens the coordinator's own file, asks for the password, and still remembers the team."""
    import argparse

    from actionplan.errors import DatabasePasswordError
    from actionplan.paths import resolve_paths
    from ui import app

    team = "postgresql+psycopg://s_patel@prevent-db.example:5432/prevent"

    def refuse(url, **_kwargs):
        if url == team:
            raise DatabasePasswordError(
                "The database server refused the password for s_patel (or needs one)."
            )
        return open_database(url, **_kwargs)

    monkeypatch.setattr(app, "open_any", refuse)
    settings = QSettings(str(tmp_path / "start.ini"), QSettings.Format.IniFormat)
    settings.setValue("database/last", team)
    paths = resolve_paths(tmp_path / "data")
    opened = app.open_startup_database(argparse.Namespace(db=None), paths, settings)
    try:
        assert opened.path == paths.database  # the coordinator's own database file
        assert settings.value(ASK_KEY) == team and settings.value("database/last") == team
    finally:
        opened.close()

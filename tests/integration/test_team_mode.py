"""Team mode: row versions refuse stale edits, the change log names the database user, and a
server database opens with the password from the keyring.

The first tests run on the ``db`` fixture's backend (SQLite, or PostgreSQL with ``--backend
postgresql``); those marked ``postgres`` need a PostgreSQL server, with several users editing
at the same moment.
"""

import threading
import time
import uuid

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from actionplan.domain.enums import ActionStatus
from actionplan.errors import DatabasePasswordError, StaleEditError
from actionplan.services import actions, history, open_database, people, plans, training
from actionplan.storage.backends import os_user
from actionplan.team.connection import ServerDetails, open_server
from actionplan.team.credentials import Keyring, account
from tests.conftest import TODAY


@pytest.fixture
def plan_id(db):
    return plans.create_plan(db.unit_of_work(), "Team plan", template="prevent").id


def _action(db, plan_id, title="Deliver WRAP to school staff"):
    return actions.create_action(db.unit_of_work(), plan_id, title, progress=10)


# -- on either backend ---------------------------------------------------------------------------


def test_an_edit_from_a_stale_read_is_refused_saying_who_changed_it_and_when(db, plan_id):
    opened = _action(db, plan_id)  # a page shows the action, version 1
    actions.update_action(
        db.unit_of_work(user="alice"), opened.id, expected_version=opened.version, progress=40
    )
    with pytest.raises(StaleEditError) as refused:
        actions.update_action(
            db.unit_of_work(user="bob"), opened.id, expected_version=opened.version, title="Deliver WRAP"
        )
    message = str(refused.value)
    assert "was changed by alice at " in message and " on 28/11/2026, after you opened it" in message
    assert "Reload" in message
    assert refused.value.changed_by == "alice" and refused.value.entity == "action"
    now = actions.get_action(db.unit_of_work(), opened.id)
    assert (now.title, now.progress) == ("Deliver WRAP to school staff", 40)  # nothing lost
    retried = actions.update_action(
        db.unit_of_work(user="bob"), now.id, expected_version=now.version, title="X"
    )
    assert (retried.title, retried.progress, retried.version) == ("X", 40, now.version + 1)


def test_every_edited_record_carries_its_version(db, plan_id):
    person = people.create_person(db.unit_of_work(), first_name="Ann", last_name="Lee")
    changed = people.update_person(db.unit_of_work(), person.id, expected_version=1, job_title="DSL")
    assert changed.version == 2
    with pytest.raises(StaleEditError, match="The person “Ann Lee” was changed by"):
        people.update_person(db.unit_of_work(), person.id, expected_version=1, job_title="Head")
    course = next(c for c in plans_courses(db) if c.code == "WRAP")
    record = training.add_record(db.unit_of_work(), person.id, course.id, TODAY)
    training.update_record(db.unit_of_work(), record.id, expected_version=record.version, evidence="Register")
    with pytest.raises(StaleEditError):
        training.update_record(db.unit_of_work(), record.id, expected_version=record.version, evidence="x")
    plan = plans.get_plan(db.unit_of_work(), plan_id)
    plans.update_plan(db.unit_of_work(), plan_id, expected_version=plan.version, area="Northvale")
    with pytest.raises(StaleEditError, match="The plan “Team plan”"):
        plans.update_plan(db.unit_of_work(), plan_id, expected_version=plan.version, area="Southvale")


def plans_courses(db):
    from actionplan.services import courses

    return courses.list_courses(db.unit_of_work())


def test_a_deleted_record_is_a_stale_edit_too(db, plan_id):
    opened = _action(db, plan_id)
    actions.delete_actions(db.unit_of_work(user="alice"), [opened.id])
    history.undo_batch(db.unit_of_work(user="alice"), history.list_batches(db.unit_of_work())[0].id)
    back = actions.get_action(db.unit_of_work(), opened.id)
    assert back.version > opened.version  # put back by an undo: an old page still cannot overwrite it
    with pytest.raises(StaleEditError):
        actions.update_action(db.unit_of_work(), opened.id, expected_version=opened.version, progress=1)


def test_undo_counts_the_version_up(db, plan_id):
    opened = _action(db, plan_id)
    edit = db.unit_of_work()
    actions.update_action(edit, opened.id, progress=70)
    history.undo_batch(db.unit_of_work(), edit.batch_id)
    now = actions.get_action(db.unit_of_work(), opened.id)
    assert (now.progress, now.version) == (10, 3)


def test_the_change_log_names_the_database_user(db, plan_id):
    expected = os_user() if db.path is not None else make_url(db.url).username  # the OS user, or the role
    assert db.user == expected and expected
    _action(db, plan_id)
    assert history.list_batches(db.unit_of_work())[0].user == expected


def test_attendance_recorded_twice_at_once_records_each_person_once(db, plan_id):
    ids = [people.create_person(db.unit_of_work(), first_name="P", last_name=str(n)).id for n in range(6)]
    course = next(c for c in plans_courses(db) if c.code == "WRAP")
    first = training.record_attendance(db.unit_of_work(), course.id, TODAY, ids[:4])
    second = training.record_attendance(db.unit_of_work(), course.id, TODAY, [ids[5], *ids[2:5]])
    assert (first.created, first.already_recorded) == (4, 0)
    assert (second.created, second.already_recorded) == (2, 2)
    assert second.person_ids == (ids[5], ids[4])
    history.undo_batch(db.unit_of_work(), history.list_batches(db.unit_of_work())[0].id)
    assert training.list_records(db.unit_of_work(), ids[5]) == []


# -- the keyring ---------------------------------------------------------------------------------


def test_without_a_keyring_nothing_is_kept_and_the_reason_is_given(no_keyring):
    keyring = Keyring()
    state = keyring.state()
    assert not state.available and "no keyring" in state.reason
    url = "postgresql+psycopg://alice@db.example:5432/prevent"
    assert not keyring.remember(url, "secret").available
    assert keyring.password(url) is None


def test_the_keyring_keeps_a_password_per_user_and_database(fake_keyring):
    keyring = Keyring()
    url = ServerDetails("db.example", "prevent", "alice", 5433, "require").url
    assert url == "postgresql+psycopg://alice@db.example:5433/prevent?sslmode=require"
    assert ServerDetails.from_url(url) == ServerDetails("db.example", "prevent", "alice", 5433, "require")
    assert keyring.remember(url, "s3cret").available
    assert keyring.password(url) == "s3cret"
    assert fake_keyring.passwords == {("ActionPlan team database", "alice@db.example:5433/prevent"): "s3cret"}
    assert account(url) == "alice@db.example:5433/prevent"
    keyring.forget(url)
    keyring.forget(url)  # forgetting twice is no error
    assert keyring.password(url) is None


# -- several users on one PostgreSQL database ----------------------------------------------------


@pytest.fixture
def server_db(postgres_server):
    """A fresh PostgreSQL database with a plan, and a way to add users (roles) to it."""
    url = postgres_server.fresh_database()
    owner = open_database(url)
    plan = plans.create_plan(owner.unit_of_work(), "Shared plan", template="prevent")
    roles: list[str] = []
    opened = [owner]

    def user(name: str, password: str | None = None):
        role = f"{name}_{uuid.uuid4().hex[:6]}"
        roles.append(role)
        role_url = postgres_server.add_role(url, role, password)
        if password is not None:
            return role, role_url
        database = open_database(role_url)
        opened.append(database)
        return role, database

    yield owner, plan.id, user
    for database in opened:
        database.close()
    for role in roles:
        postgres_server.drop_role(url, role)
    postgres_server.drop(url)


@pytest.mark.postgres
def test_two_users_editing_the_same_action_on_postgresql_the_stale_edit_is_refused(server_db):
    owner, plan_id, user = server_db
    alice, alice_db = user("alice")
    bob, bob_db = user("bob")
    created = actions.create_action(owner.unit_of_work(), plan_id, "Refresh the referral pathway", progress=5)
    alices_page = actions.get_action(alice_db.unit_of_work(), created.id)
    bobs_page = actions.get_action(bob_db.unit_of_work(), created.id)

    actions.update_action(
        alice_db.unit_of_work(), created.id, expected_version=alices_page.version, status=ActionStatus.BLOCKED
    )
    with pytest.raises(StaleEditError) as refused:
        actions.update_action(
            bob_db.unit_of_work(), created.id, expected_version=bobs_page.version, progress=60
        )
    assert refused.value.changed_by == alice
    assert f"was changed by {alice} at " in str(refused.value)

    reloaded = actions.get_action(bob_db.unit_of_work(), created.id)
    assert (
        reloaded.status is ActionStatus.BLOCKED and reloaded.progress == 5
    )  # alice's edit kept, bob's not applied
    actions.update_action(bob_db.unit_of_work(), created.id, expected_version=reloaded.version, progress=60)
    final = actions.get_action(owner.unit_of_work(), created.id)
    assert (final.status, final.progress) == (ActionStatus.BLOCKED, 60)  # both edits, nothing lost
    users = [b.user for b in history.list_batches(owner.unit_of_work())[:2]]
    assert users == [bob, alice]  # the change log names each database user


@pytest.mark.postgres
def test_two_sessions_saving_at_the_same_moment_one_waits_and_is_refused(server_db, postgres_server):
    """No version passed in at all: the row version in the UPDATE itself stops the lost update."""
    owner, plan_id, user = server_db
    alice, alice_db = user("alice")
    bob, bob_db = user("bob")
    created = actions.create_action(owner.unit_of_work(), plan_id, "Channel panel terms of reference")
    outcome: dict[str, object] = {}

    with bob_db.unit_of_work() as bobs:  # bob has saved but not yet committed: the row is locked
        from actionplan.storage.models import Action

        row = bobs.session.get(Action, created.id)
        row.notes = "bob's notes"
        bobs.flush()

        def alice_saves() -> None:
            try:
                actions.update_action(alice_db.unit_of_work(), created.id, notes="alice's notes")
            except StaleEditError as exc:
                outcome["refused"] = exc
            else:
                outcome["saved"] = True

        alice_thread = threading.Thread(target=alice_saves)
        alice_thread.start()
        assert _waits_for_a_lock(postgres_server, alice), "alice's save should wait for bob's"
        bobs.commit("bob's edit")
    alice_thread.join(30)
    assert isinstance(outcome.get("refused"), StaleEditError)
    assert outcome["refused"].changed_by == bob
    assert actions.get_action(owner.unit_of_work(), created.id).notes == "bob's notes"


def _waits_for_a_lock(server, role: str, timeout_s: float = 20.0) -> bool:
    """Whether a session of ``role`` is waiting for a lock (polled until ``timeout_s``)."""
    engine = create_engine(server.admin_url)
    try:
        for _ in range(int(timeout_s * 20)):
            with engine.connect() as conn:
                waiting = conn.execute(
                    text(
                        "SELECT count(*) FROM pg_stat_activity "
                        "WHERE usename = :role AND wait_event_type = 'Lock'"
                    ),
                    {"role": role},
                ).scalar()
            if waiting:
                return True
            # A relative sleep: a timed wait on a lock or event (Event.wait) never wakes when
            # libfaketime moves the clock, as the moved-clock passes of CI do.
            time.sleep(0.05)
        return False
    finally:
        engine.dispose()


@pytest.mark.postgres
@pytest.mark.password_server
def test_a_server_database_opens_with_the_password_from_the_keyring(server_db, postgres_server, fake_keyring):
    assert postgres_server.password_role is not None  # a throwaway server that checks one password
    owner, _plan_id, _user = server_db
    role_url = postgres_server.add_role(owner.url, postgres_server.password_role, "correct horse")
    try:
        with pytest.raises(DatabasePasswordError, match="refused the password"):
            open_server(role_url)  # nothing in the keyring
        Keyring().remember(role_url, "wrong")
        with pytest.raises(DatabasePasswordError):
            open_server(role_url)
        Keyring().remember(role_url, "correct horse")
        database = open_server(role_url)
        try:
            assert database.user == postgres_server.password_role
            assert "correct horse" not in database.url and "correct horse" not in database.display_name
        finally:
            database.close()
    finally:
        postgres_server.drop_role(owner.url, postgres_server.password_role)

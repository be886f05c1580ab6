"""The change log and its undo, and imports that apply all or nothing: their rules one by one.

Small databases made here (no demo), so mutation testing can run them for every change it makes.
"""

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import Date, DateTime, Integer, String, select, text
from sqlalchemy.exc import IntegrityError, OperationalError

from actionplan.domain.enums import ChangeOp, ChangeSource
from actionplan.errors import DatabaseError, NotFoundError, ValidationError
from actionplan.exchange.importer import apply_import, preview_import
from actionplan.services import actions, history, meetings, organisations, people, requirements
from actionplan.storage.models import Action, ChangeBatch, ChangeEntry, Meeting, Person
from actionplan.storage.uow import UnitOfWork, from_json_value, to_json_value

# ---------------------------------------------------------------- the unit of work


def entries(db, batch_id: int) -> list[dict]:
    return history.batch_entries(db.unit_of_work(), batch_id)


def test_values_go_into_the_change_log_as_json_and_come_back():
    class Column:
        def __init__(self, type_):
            self.type = type_

    moment = datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)
    assert to_json_value(moment) == "2026-01-02T03:04:05+00:00"
    assert to_json_value(date(2026, 1, 2)) == "2026-01-02" and to_json_value(5) == 5
    assert from_json_value(Column(DateTime()), "2026-01-02T03:04:05+00:00") == moment
    assert from_json_value(Column(Date()), "2026-01-02") == date(2026, 1, 2)
    assert from_json_value(Column(String()), "2026-01-02") == "2026-01-02"
    assert from_json_value(Column(Integer()), 7) == 7 and from_json_value(Column(Date()), None) is None
    assert from_json_value(Person.__table__.c.created_at, "2026-01-02T03:04:05+00:00") == moment
    with pytest.raises(ValueError):
        from_json_value(Column(Date()), "yesterday")


def test_every_create_update_and_delete_is_logged_with_old_and_new_values(db):
    u = db.unit_of_work
    made = u(source=ChangeSource.COMMAND, user="ann")
    org = organisations.create_organisation(made, "Northvale College")
    batch = db.unit_of_work()
    with batch:
        stored = batch.session.execute(
            select(ChangeBatch).where(ChangeBatch.id == made.batch_id)
        ).scalar_one()
        assert (stored.user, stored.source, stored.description) == (
            "ann",
            "command",
            "Added organisation Northvale College",
        )
        assert stored.at.tzinfo is not None and stored.undone_at is None
    (created,) = entries(db, made.batch_id)
    assert created["entity"] == "organisation" and created["op"] == "create" and created["old"] is None
    assert created["entity_uuid"] == org.uuid and created["new"]["name"] == "Northvale College"
    assert "created_at" not in created["new"] and "updated_at" not in created["new"]
    person = people.create_person(u(), first_name="Ann", last_name="Lee", start_date=date(2026, 1, 5))
    edit = u()
    people.update_person(edit, person.id, last_name="Leigh", team="Schools", first_name="Ann")
    (updated,) = entries(db, edit.batch_id)
    assert updated["op"] == "update"
    assert updated["old"] == {"last_name": "Lee", "team": ""} and updated["new"] == {
        "last_name": "Leigh",
        "team": "Schools",
    }
    with db.unit_of_work() as uow:
        logged = uow.session.execute(
            select(ChangeEntry).where(ChangeEntry.batch_id == edit.batch_id)
        ).scalar_one()
        assert logged.entity_id == person.id
    same = u()
    people.update_person(same, person.id, last_name="Leigh")  # nothing changes: nothing logged
    assert same.batch_id is None
    gone = u()
    people.delete_people(gone, [person.id])
    (deleted,) = [e for e in entries(db, gone.batch_id) if e["entity"] == "person"]
    assert deleted["op"] == "delete" and deleted["new"] is None
    assert deleted["old"]["last_name"] == "Leigh" and deleted["old"]["start_date"] == "2026-01-05"


def test_nothing_is_written_without_commit_and_a_batch_only_for_changes(db):
    with db.unit_of_work() as uow:
        uow.session.add(Person(first_name="Ann", last_name="Lee"))
        uow.flush()
        assert uow.changes and uow.changes[0]["op"] == "create"
    with db.unit_of_work() as uow:
        assert uow.session.execute(select(Person)).first() is None
        uow.commit("nothing")
        assert uow.batch_id is None
        assert uow.session.execute(select(ChangeBatch)).first() is None
    uow = db.unit_of_work(description="Default words")
    with uow:
        uow.log_extra("export", ChangeOp.CREATE, {"file": "x.xlsx"}, uuid="e-1")
        uow.commit()
    with db.unit_of_work() as check:
        batch = check.session.execute(select(ChangeBatch)).scalar_one()
        entry = check.session.execute(select(ChangeEntry)).scalar_one()
        assert batch.description == "Default words"
        assert (entry.entity, entry.entity_uuid, entry.entity_id, entry.op, entry.old, entry.new) == (
            "export", "e-1", None, "create", None, {"file": "x.xlsx"},
        )  # fmt: skip
    long = db.unit_of_work()
    with long:
        long.log_extra("export", ChangeOp.CREATE, {})
        long.commit("x" * 600)
    with db.unit_of_work() as check:
        assert len(check.session.get(ChangeBatch, long.batch_id).description) == 500


def test_database_errors_become_one_sentence(db, monkeypatch):
    uow = db.unit_of_work()
    with uow:
        uow.log_extra("export", ChangeOp.CREATE, {})

        def locked(*_args, **_kwargs):
            raise OperationalError("INSERT", {}, Exception("database is locked"))

        monkeypatch.setattr(uow.session, "flush", locked)
        with pytest.raises(DatabaseError, match="^The database is busy in another window or program"):
            uow.commit()

        def full(*_args, **_kwargs):
            raise OperationalError("INSERT", {}, Exception("disk I/O error"))

        monkeypatch.setattr(uow.session, "flush", full)
        with pytest.raises(DatabaseError, match=r"^The change could not be saved: disk I/O error\.$"):
            uow.commit()

        def clash(*_args, **_kwargs):
            raise IntegrityError("INSERT", {}, Exception("UNIQUE constraint failed"))

        monkeypatch.setattr(uow.session, "flush", clash)
        with pytest.raises(DatabaseError, match="^The change clashes with data already saved: UNIQUE"):
            uow.commit()


def test_a_unit_of_work_leaves_no_transaction_open(db):
    uow = db.unit_of_work()
    with pytest.raises(RuntimeError), uow:
        uow.session.add(Person(first_name="Ann", last_name="Lee"))
        uow.flush()
        raise RuntimeError("stop")
    assert not uow.session.in_transaction()
    with db.unit_of_work() as check:
        assert check.session.execute(select(Person)).first() is None
    assert UnitOfWork(db.engine, source="import").source is ChangeSource.IMPORT


# ---------------------------------------------------------------- undo


def test_undo_of_an_edit_restores_each_field_and_redo_applies_it_again(db, plan):
    u = db.unit_of_work
    action = actions.create_action(u(), plan.id, "Train staff", progress=10, due_date=date(2027, 3, 31))
    edit = u()
    actions.update_action(edit, action.id, progress=60, due_date=date(2027, 6, 30), title="Train all staff")
    undo = history.undo_batch(u(), edit.batch_id)
    back = actions.get_action(u(), action.id)
    assert (back.progress, back.due_date, back.title) == (10, date(2027, 3, 31), "Train staff")
    assert history.batch_entries(u(), undo)[0]["op"] == "update"
    assert history.batch_entries(u(), undo)[0]["old"]["progress"] == 60
    batches = {b.id: b for b in history.list_batches(u())}
    assert batches[edit.batch_id].undone and not batches[edit.batch_id].undoable
    assert batches[undo].description == f"Undo: {batches[edit.batch_id].description}"
    assert batches[undo].undoable and batches[undo].entries == 1
    with pytest.raises(ValidationError, match=r"^That change has already been undone\.$"):
        history.undo_batch(u(), edit.batch_id)
    with pytest.raises(NotFoundError, match=r"^There is no change batch with id 9999\.$"):
        history.undo_batch(u(), 9999)
    history.undo_batch(u(), undo)
    again = actions.get_action(u(), action.id)
    assert (again.progress, again.due_date, again.title) == (60, date(2027, 6, 30), "Train all staff")


def test_undo_will_not_overwrite_a_later_change_unless_forced(db, plan):
    u = db.unit_of_work
    action = actions.create_action(u(), plan.id, "Train staff")
    first = u()
    actions.update_action(first, action.id, progress=30, due_date=date(2027, 1, 31))
    actions.update_action(u(), action.id, due_date=date(2027, 2, 28))
    with pytest.raises(ValidationError) as refused:
        history.undo_batch(u(), first.batch_id)
    assert str(refused.value) == (
        "Cannot undo: the due date of a action has been changed again since. Undo the later change first."
    )
    history.undo_batch(u(), first.batch_id, force=True)
    forced = actions.get_action(u(), action.id)
    assert (forced.progress, forced.due_date) == (0, None)


def test_a_forced_undo_reverts_what_is_left_when_a_row_has_gone(db, plan):
    u = db.unit_of_work
    first = actions.create_action(u(), plan.id, "First", progress=10)
    second = actions.create_action(u(), plan.id, "Second", progress=10)
    both = u()
    with both:
        for action_id in (first.id, second.id):
            both.session.get(Action, action_id).progress = 50
        both.commit("Both at 50%")
    actions.delete_actions(u(), [second.id])  # the last change of the batch is undone first
    history.undo_batch(u(), both.batch_id, force=True)
    assert actions.get_action(u(), first.id).progress == 10


def test_undo_of_deleting_a_requirement_brings_back_its_exemptions(db, plan):
    u = db.unit_of_work
    person = people.create_person(u(), first_name="Ann", last_name="Lee", key_personnel=True)
    requirement = requirements.list_requirements(u(), plan.id)[0]
    requirements.set_exemption(u(), requirement.id, person.id, "On long-term leave")
    gone = u()
    requirements.delete_requirement(gone, requirement.id)
    assert {e["entity"] for e in entries(db, gone.batch_id)} >= {
        "training_requirement",
        "requirement_exemption",
    }
    history.undo_batch(u(), gone.batch_id)
    back = requirements.get_requirement(u(), requirement.id)
    assert [(e.person_id, e.reason) for e in back.exemptions] == [(person.id, "On long-term leave")]


def test_undo_of_an_edit_to_a_row_deleted_since(db, plan):
    u = db.unit_of_work
    action = actions.create_action(u(), plan.id, "Train staff")
    edit = u()
    actions.update_action(edit, action.id, progress=30)
    actions.delete_actions(u(), [action.id])
    with pytest.raises(ValidationError, match=r"^Cannot undo: a changed action has since been deleted\.$"):
        history.undo_batch(u(), edit.batch_id)
    with pytest.raises(ValidationError, match=r"^Nothing is left to undo"):
        history.undo_batch(u(), edit.batch_id, force=True)
    assert not next(b for b in history.list_batches(u()) if b.id == edit.batch_id).undone
    with pytest.raises(NotFoundError):
        actions.get_action(u(), action.id)


def test_undo_of_a_delete_brings_back_the_row_and_its_children(db, plan):
    u = db.unit_of_work
    org = organisations.create_organisation(u(), "Council")
    other = organisations.create_organisation(u(), "Police")
    action = actions.create_action(
        u(), plan.id, "Brief venue staff", partner_ids=[org.id, other.id], due_date=date(2027, 1, 31)
    )
    actions.add_update(u(), action.id, "Booked")
    gone = u()
    actions.delete_actions(gone, [action.id])
    logged = {e["entity"]: e for e in entries(db, gone.batch_id)}
    assert set(logged) == {"action", "action_partner", "action_update"}
    assert logged["action_partner"]["entity_uuid"] == ""  # a link has no UUID of its own
    assert logged["action"]["entity_uuid"] == action.uuid
    history.undo_batch(u(), gone.batch_id)
    back = actions.get_action(u(), action.id)
    assert set(back.partner_ids) == {org.id, other.id} and back.latest_update == "Booked"
    assert back.uuid == action.uuid and back.due_date == date(2027, 1, 31)


def test_undo_of_a_create_removes_the_rows_children_first(db, plan):
    u = db.unit_of_work
    org = organisations.create_organisation(u(), "Council")
    made = u()
    action = actions.create_action(made, plan.id, "Brief venue staff", partner_ids=[org.id])
    history.undo_batch(u(), made.batch_id)
    with pytest.raises(NotFoundError):
        actions.get_action(u(), action.id)
    with db.unit_of_work() as uow:
        assert uow.session.execute(text("SELECT count(*) FROM action_partner")).scalar() == 0
    assert [o.name for o in organisations.list_organisations(u())] == ["Council"]


def test_undo_refuses_what_later_rows_still_use(db, plan):
    u = db.unit_of_work
    made = u()
    org = organisations.create_organisation(made, "Northvale College")
    people.create_person(u(), first_name="Ann", last_name="Lee", organisation_id=org.id)
    people.create_person(u(), first_name="Bo", last_name="Ray", organisation_id=org.id)
    with pytest.raises(
        ValidationError, match=r"^Cannot undo: 2 person rows added since still refer to what it created"
    ):
        history.undo_batch(u(), made.batch_id)
    linked = u()
    other = organisations.create_organisation(linked, "Police")
    actions.create_action(u(), plan.id, "Joint patrol", partner_ids=[other.id])
    with pytest.raises(ValidationError, match="action partner rows added since"):
        history.undo_batch(u(), linked.batch_id)


def test_undo_puts_back_times_and_dates(db, plan):
    """A closed meeting has a time stamp: undoing and redoing its closing restores it exactly."""
    u = db.unit_of_work
    meeting = meetings.create_meeting(u(), plan.id, date(2026, 5, 1), "Board")
    close = u()
    meetings.close_meeting(close, meeting.id)
    undo = history.undo_batch(u(), close.batch_id)
    assert not meetings.list_meetings(u(), plan.id)[0].closed
    history.undo_batch(u(), undo)
    assert meetings.list_meetings(u(), plan.id)[0].closed
    with db.unit_of_work() as uow:  # deleting a closed meeting (through the session: it is logged)
        row = uow.session.get(Meeting, meeting.id)
        closed_at = row.closed_at
        uow.session.delete(row)
        uow.commit("Deleted the meeting")
        deleted = uow.batch_id
    history.undo_batch(u(), deleted)
    with db.unit_of_work() as uow:
        assert uow.session.get(Meeting, meeting.id).closed_at == closed_at


def test_bulk_loads_and_exports_cannot_be_undone(db, plan):
    uow = db.unit_of_work(description="Loaded the demo")
    with uow:
        uow.log_extra("demo", ChangeOp.CREATE, {"people": 60})
        uow.commit()
    batches = {b.id: b for b in history.list_batches(db.unit_of_work())}
    assert not batches[uow.batch_id].undoable and batches[uow.batch_id].entries == 1
    assert all(b.undoable for b in batches.values() if b.id != uow.batch_id)  # only the summary
    newest = batches[uow.batch_id]
    assert (newest.source, newest.user, newest.description) == ("screen", db.user, "Loaded the demo")
    with db.unit_of_work() as check:
        assert newest.uuid == check.session.get(ChangeBatch, uow.batch_id).uuid
    with pytest.raises(ValidationError, match=r"^'Loaded the demo' was loaded in bulk and cannot be undone"):
        history.undo_batch(db.unit_of_work(), uow.batch_id)
    assert len(history.list_batches(db.unit_of_work(), limit=2)) == 2
    newest = history.list_batches(db.unit_of_work())
    assert [b.id for b in newest] == sorted((b.id for b in newest), reverse=True)


# ---------------------------------------------------------------- imports: all or nothing


def people_file(tmp_path, rows):
    path = tmp_path / "staff.csv"
    lines = ["Staff No,Forename,Surname,Email,Start date"] + [",".join(r) for r in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_a_rejected_row_stops_the_whole_import(db, plan, tmp_path):
    organisations.create_organisation(db.unit_of_work(), "Council")
    path = people_file(tmp_path, [["S1", "Ann", "Lee", "ann@x.example", "01/02/2026"],
                                  ["S2", "Bo", "Ray", "bo@x.example", "31/02/2026"]])  # fmt: skip
    preview = preview_import(db, path, plan_id=plan.id, org="Council")
    assert preview.rejected == 1
    result = apply_import(db, preview)
    assert not result.applied and result.skipped_rows == 1 and result.batch_id is None
    assert people.list_people(db.unit_of_work()) == []
    assert history.list_batches(db.unit_of_work())[0].description == "Added organisation Council"
    result = apply_import(db, preview, skip_invalid=True)
    assert result.applied and result.rows_new == 1 and result.skipped_rows == 1
    assert result.description == "Imported staff.csv: 1 new, 0 updated"
    assert [p.full_name for p in people.list_people(db.unit_of_work())] == ["Ann Lee"]
    with pytest.raises(ValidationError, match="already been applied"):
        apply_import(db, preview, skip_invalid=True)
    history.undo_batch(db.unit_of_work(), result.batch_id)
    assert people.list_people(db.unit_of_work()) == []


def test_an_import_without_rejects_applies_as_one_batch(db, plan, tmp_path):
    organisations.create_organisation(db.unit_of_work(), "Council")
    path = people_file(tmp_path, [["S1", "Ann", "Lee", "ann@x.example", "01/02/2026"]])
    result = apply_import(
        db, preview_import(db, path, plan_id=plan.id, org="Council"), source_name="Council list"
    )
    assert result.applied and result.created.people == 1 and result.unresolved == 0
    assert result.description == "Imported Council list: 1 new, 0 updated"
    assert (result.took_theirs, result.kept_ours) == (0, 0)
    changed = people_file(tmp_path, [["S1", "Ann", "Leigh", "ann@x.example", "01/02/2026"]])
    again = apply_import(db, preview_import(db, changed, plan_id=plan.id, org="Council"))
    assert again.rows_updated == 1 and again.rows_new == 0 and again.updated.people == 1


def test_a_choice_must_name_a_real_conflict_and_be_theirs_or_ours(db, plan, tmp_path):
    organisations.create_organisation(db.unit_of_work(), "Council")
    path = people_file(tmp_path, [["S1", "Ann", "Lee", "ann@x.example", "01/02/2026"]])
    preview = preview_import(db, path, plan_id=plan.id, org="Council")
    with pytest.raises(
        ValidationError, match="^“maybe” is not a choice for every conflict: choose theirs or ours"
    ):
        apply_import(db, preview, prefer="maybe")
    with pytest.raises(
        ValidationError, match="^There is no conflict in the field status on row 5 of the sheet “x”"
    ):
        apply_import(db, preview, resolutions={("x", 5, "status"): "theirs"})
    assert apply_import(db, preview, prefer=" Theirs ").applied


def test_the_history_lists_the_newest_500_batches_with_their_sizes(db):
    from sqlalchemy import insert

    from actionplan.storage.models import new_uuid, utc_now

    with db.unit_of_work() as uow:
        uow.session.execute(
            insert(ChangeBatch),
            [{"uuid": new_uuid(), "at": utc_now(), "description": f"Edit {n}"} for n in range(502)],
        )
        first = uow.session.execute(select(ChangeBatch.id).order_by(ChangeBatch.id)).scalars().first()
        uow.session.execute(
            insert(ChangeEntry),
            [{"batch_id": first + 501, "entity": "person", "op": "create"}] * 3,
        )
        uow.session.commit()
    batches = history.list_batches(db.unit_of_work())
    assert (
        len(batches) == 500 and batches[0].description == "Edit 501" and batches[-1].description == "Edit 2"
    )
    assert batches[0].entries == 3 and batches[1].entries == 0
    assert [b.description for b in history.list_batches(db.unit_of_work(), limit=3)] == [
        "Edit 501", "Edit 500", "Edit 499",
    ]  # fmt: skip


def test_undo_of_an_added_partner_removes_that_link_only(db, plan):
    u = db.unit_of_work
    council = organisations.create_organisation(u(), "Council")
    police = organisations.create_organisation(u(), "Police")
    trust = organisations.create_organisation(u(), "Trust")
    action = actions.create_action(u(), plan.id, "Joint patrol", partner_ids=[council.id, police.id])
    other = actions.create_action(u(), plan.id, "Venue checks", partner_ids=[trust.id])
    edit = u()
    actions.update_action(edit, action.id, partner_ids=[council.id, police.id, trust.id])
    undo = history.undo_batch(u(), edit.batch_id)
    assert set(actions.get_action(u(), action.id).partner_ids) == {council.id, police.id}
    assert actions.get_action(u(), other.id).partner_ids == (trust.id,)
    history.undo_batch(u(), undo)
    assert set(actions.get_action(u(), action.id).partner_ids) == {council.id, police.id, trust.id}
    dropped = u()
    actions.update_action(dropped, action.id, partner_ids=[trust.id])
    history.undo_batch(u(), dropped.batch_id)
    assert set(actions.get_action(u(), action.id).partner_ids) == {council.id, police.id, trust.id}


def test_an_undo_logs_the_inverse_of_each_change(db, plan):
    u = db.unit_of_work
    action = actions.create_action(u(), plan.id, "Train staff", progress=10)
    edit = u()
    actions.update_action(edit, action.id, progress=60)
    undo = history.undo_batch(u(), edit.batch_id)
    assert history.batch_entries(u(), undo) == [
        {
            "entity": "action",
            "entity_uuid": action.uuid,
            "op": "update",
            "old": {"progress": 60},
            "new": {"progress": 10},
        }
    ]
    made = u()
    org = organisations.create_organisation(made, "Council")
    removed = history.undo_batch(u(), made.batch_id)
    (entry,) = history.batch_entries(u(), removed)
    assert (entry["entity"], entry["entity_uuid"], entry["op"], entry["new"]) == (
        "organisation",
        org.uuid,
        "delete",
        None,
    )
    assert entry["old"]["name"] == "Council"
    back = history.undo_batch(u(), removed)
    (entry,) = history.batch_entries(u(), back)
    assert (entry["op"], entry["old"], entry["new"]["name"], entry["entity_uuid"]) == (
        "create",
        None,
        "Council",
        org.uuid,
    )
    with db.unit_of_work() as uow:
        ids = uow.session.execute(
            select(ChangeEntry.entity_id).where(ChangeEntry.batch_id.in_([removed, back]))
        ).all()
    assert ids == [(org.id,), (org.id,)]


def test_undo_refuses_to_remove_an_organisation_a_later_action_leads(db, plan):
    u = db.unit_of_work
    made = u()
    org = organisations.create_organisation(made, "Northvale College")
    actions.create_action(u(), plan.id, "Campus talks", lead_organisation_id=org.id)
    with pytest.raises(ValidationError, match=r"^Cannot undo: 1 action rows added since"):
        history.undo_batch(u(), made.batch_id)


def test_undo_of_an_import_removes_the_organisation_and_people_it_added(db, plan, tmp_path):
    path = people_file(tmp_path, [["S1", "Ann", "Lee", "ann@x.example", "01/02/2026"],
                                  ["S2", "Bo", "Ray", "bo@x.example", "01/03/2026"]])  # fmt: skip
    result = apply_import(db, preview_import(db, path, plan_id=plan.id, org="Harbour Trust"))
    assert result.created.organisations == 1 and result.created.people == 2
    history.undo_batch(db.unit_of_work(), result.batch_id)
    assert people.list_people(db.unit_of_work()) == []
    assert organisations.list_organisations(db.unit_of_work()) == []


# ---------------------------------------------------------------- what changed here since an export


def test_local_changes_since_an_export(db, plan):
    from actionplan.exchange.conflicts import ExportOrigin, LocalChanges
    from actionplan.services import training
    from actionplan.storage.models import Course

    u = db.unit_of_work
    council = organisations.create_organisation(u(), "Council")
    police = organisations.create_organisation(u(), "Police")
    ann = people.create_person(u(), first_name="Ann", last_name="Lee", organisation_id=council.id)
    bo = people.create_person(u(), first_name="Bo", last_name="Ray", start_date=date(2026, 1, 5))
    with db.unit_of_work() as uow:
        wrap = uow.session.execute(select(Course.id).where(Course.code == "WRAP")).scalar_one()
    kept = training.add_record(u(), ann.id, wrap, date(2025, 1, 1))
    moved = training.add_record(u(), ann.id, wrap, date(2025, 6, 1))
    action = actions.create_action(u(), plan.id, "Joint patrol", partner_ids=[council.id])
    old_update = actions.add_update(u(), action.id, "Before the export")
    with db.unit_of_work() as uow:
        exported_at = (
            uow.session.execute(select(ChangeBatch.at).order_by(ChangeBatch.id.desc())).scalars().first()
        )
    origin = ExportOrigin("", exported_at)
    with db.unit_of_work() as uow:
        assert LocalChanges.load(uow.session, None).exported("person", ann.uuid) == {}
        assert LocalChanges.load(uow.session, origin).exported("person", ann.uuid) == {}
    # Since the export: edits (twice to one field), a move, a deletion, partners and updates.
    people.update_person(u(), ann.id, last_name="Leigh", organisation_id=police.id)
    people.update_person(u(), ann.id, last_name="Lees")
    people.update_person(u(), bo.id, start_date=date(2026, 2, 1))
    training.update_record(u(), moved.id, completed_on=date(2025, 7, 1))
    training.delete_record(u(), kept.id)
    actions.update_action(u(), action.id, partner_ids=[police.id])
    new_update = actions.add_update(u(), action.id, "After the export")
    gone = actions.create_action(u(), plan.id, "Short-lived")
    actions.delete_actions(u(), [gone.id])
    with db.unit_of_work() as uow:
        changes = LocalChanges.load(uow.session, origin)
    assert changes.active
    assert changes.exported("person", ann.uuid) == {"last_name": "Lee", "organisation": council.id}
    assert changes.exported("person", bo.uuid) == {"start_date": date(2026, 1, 5)}
    assert changes.exported("training_record", moved.uuid) == {"completed_on": date(2025, 6, 1)}
    assert changes.gone_records == {(ann.id, wrap, date(2025, 1, 1)), (ann.id, wrap, date(2025, 6, 1))}
    assert changes.deleted("training_record", kept.uuid)["completed_on"] == date(2025, 1, 1)
    assert changes.deleted("action", gone.uuid)["title"] == "Short-lived"
    assert changes.deleted("action", action.uuid) is None
    assert changes.partners_at_export(action.id, frozenset({police.id})) == frozenset({council.id})
    assert new_update is not None and changes.new_update_ids and old_update is not None
    assert all(isinstance(i, int) for i in changes.new_update_ids)


def test_the_export_time_comes_from_the_change_log_when_it_can(db, plan):
    from actionplan.exchange.conflicts import ExportOrigin, LocalChanges

    u = db.unit_of_work
    uow = u()
    logged = datetime(2026, 11, 28, 9, 30, 15, 123456, tzinfo=UTC)
    with uow:
        uow.log_extra("export", ChangeOp.CREATE, {"exported_at": logged.isoformat()}, uuid="e-1")
        uow.commit("Exported")
    whole_second = datetime(2026, 11, 28, 9, 30, 15, tzinfo=UTC)
    with db.unit_of_work() as check:
        assert LocalChanges._export_time(check.session, ExportOrigin("e-1", whole_second)) == logged
        assert LocalChanges._export_time(check.session, ExportOrigin("e-2", whole_second)) == whole_second
        assert LocalChanges._export_time(check.session, ExportOrigin("", whole_second)) == whole_second
    naive = u()
    with naive:
        naive.log_extra("export", ChangeOp.CREATE, {"exported_at": "2026-11-28T09:30:15"}, uuid="e-3")
        naive.log_extra("export", ChangeOp.CREATE, {"exported_at": "not a time"}, uuid="e-4")
        naive.commit("Exported")
    with db.unit_of_work() as check:
        assert LocalChanges._export_time(check.session, ExportOrigin("e-3", logged)) == whole_second
        assert LocalChanges._export_time(check.session, ExportOrigin("e-4", logged)) == logged


def test_the_refusal_names_the_field_and_the_kind_of_row_in_words(db, plan):
    from actionplan.services import training
    from actionplan.storage.models import Course

    u = db.unit_of_work
    person = people.create_person(u(), first_name="Ann", last_name="Lee")
    with db.unit_of_work() as uow:
        wrap = uow.session.execute(select(Course.id).where(Course.code == "WRAP")).scalar_one()
    record = training.add_record(u(), person.id, wrap, date(2025, 1, 1))
    first = u()
    training.update_record(first, record.id, expires_on=date(2027, 1, 1))
    training.update_record(u(), record.id, expires_on=date(2027, 6, 1))
    with pytest.raises(ValidationError) as refused:
        history.undo_batch(u(), first.batch_id)
    assert str(refused.value).startswith("Cannot undo: the expires on of a training record has been changed")


def test_a_deleted_row_comes_back_at_a_newer_version_so_a_stale_edit_is_refused(db, plan):
    from actionplan.errors import StaleEditError

    u = db.unit_of_work
    action = actions.create_action(u(), plan.id, "Brief venue staff")
    actions.update_action(u(), action.id, progress=20)  # version 2: the bump is from it, not from 1
    read = actions.get_action(u(), action.id).version  # what a page showed before the delete
    assert read == 2
    gone = u()
    actions.delete_actions(gone, [action.id])
    history.undo_batch(u(), gone.batch_id)
    back = actions.get_action(u(), action.id)
    assert back.version == read + 1
    with pytest.raises(StaleEditError):
        actions.update_action(u(), action.id, title="Brief all venue staff", expected_version=read)
    assert actions.get_action(u(), action.id).title == "Brief venue staff"
    actions.update_action(u(), action.id, title="Brief all venue staff", expected_version=back.version)
    assert actions.get_action(u(), action.id).title == "Brief all venue staff"


def test_a_batch_copied_from_another_database_is_listed_as_copied_and_not_undoable(db, plan):
    u = db.unit_of_work
    here = u()
    actions.create_action(here, plan.id, "Made here")
    there = u()
    actions.create_action(there, plan.id, "Made in the team database")
    with db.unit_of_work() as uow:
        uow.session.execute(
            text("UPDATE change_batch SET copied_from = 'team-db' WHERE id = :id"), {"id": there.batch_id}
        )
        uow.session.commit()
    listed = {b.id: (b.copied, b.undoable) for b in history.list_batches(u())}
    assert listed[there.batch_id] == (True, False)
    assert listed[here.batch_id] == (False, True)
    with pytest.raises(ValidationError) as refused:
        history.undo_batch(u(), there.batch_id)
    assert str(refused.value) == (
        "'Added action Made in the team database' was made in another database and copied here "
        "with the plan: it is kept as history and cannot be undone here."
    )


def test_undoing_an_edit_moves_the_version_on_so_a_page_read_before_it_is_stale(db, plan):
    from actionplan.errors import StaleEditError

    u = db.unit_of_work
    action = actions.create_action(u(), plan.id, "Brief venue staff")
    edit = u()
    actions.update_action(edit, action.id, progress=50)
    read = actions.get_action(u(), action.id)  # a page shows 50%
    history.undo_batch(u(), edit.batch_id)
    back = actions.get_action(u(), action.id)
    assert (back.progress, back.version) == (0, read.version + 1)
    with pytest.raises(StaleEditError):
        actions.update_action(u(), action.id, progress=60, expected_version=read.version)
    assert actions.get_action(u(), action.id).progress == 0


@pytest.mark.parametrize("how", ["flush", "commit", "a query's automatic flush"])
def test_a_row_changed_by_someone_else_before_a_flush_is_refused_by_name(db, plan, how):
    from actionplan.errors import StaleEditError

    action = actions.create_action(db.unit_of_work(), plan.id, "Brief venue staff")
    with pytest.raises(StaleEditError) as refused, db.unit_of_work() as mine:
        row = mine.session.get(Action, action.id)
        row.title = "Brief all venue staff"
        actions.update_action(db.unit_of_work(user="alice"), action.id, progress=30)  # saved meanwhile
        if how == "flush":
            mine.flush()
        elif how == "commit":
            mine.commit("Rename")
        else:  # SQLAlchemy flushes before the query; the unit of work's exit names the row
            mine.session.execute(select(Action.id)).all()
    assert refused.value.entity == "action" and refused.value.record_id == action.id
    assert "alice" in str(refused.value)
    now = actions.get_action(db.unit_of_work(), action.id)
    assert (now.title, now.progress) == ("Brief venue staff", 30)


def test_a_unit_of_work_made_without_a_user_logs_no_user(db, plan):
    with UnitOfWork(db.engine) as uow:
        uow.session.add(Meeting(plan_id=plan.id, held_on=date(2026, 12, 1), title="Board"))
        uow.commit("Meeting added")
        batch_id = uow.batch_id
    with db.unit_of_work() as uow:
        assert uow.session.get(ChangeBatch, batch_id).user == ""

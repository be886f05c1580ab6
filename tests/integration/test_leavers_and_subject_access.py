"""Leavers purged after their retention period (preview, purge, undo) and subject access workbooks."""

import json
from datetime import date

import openpyxl
import pytest
from sqlalchemy import select

from actionplan.cli import main
from actionplan.errors import NotFoundError, ValidationError
from actionplan.protection.retention import cutoff, preview_purge, purge_leavers, undo_purge
from actionplan.protection.subject_access import find_people, write_subject_access
from actionplan.services import (
    actions,
    courses,
    history,
    organisations,
    people,
    plans,
    requirements,
    training,
)
from actionplan.storage.models import (
    Action,
    ChangeBatch,
    ChangeEntry,
    Person,
    RequirementExemption,
    TrainingRecord,
)

TODAY = date(2026, 11, 28)
ANN_EMAIL = "ann.lee@council.example"


@pytest.fixture
def partnership(db, plan):
    """A council with a long-gone leaver (Ann), a recent leaver (Bob) and a current member of staff (Cat)."""
    council = organisations.create_organisation(
        db.unit_of_work(), "Northvale Council", sector="local_authority"
    )
    police = organisations.create_organisation(db.unit_of_work(), "Northvale Police", sector="police")

    def person(first, last, email, staff, org, leaving=None):
        return people.create_person(
            db.unit_of_work(),
            first_name=first,
            last_name=last,
            email=email,
            staff_number=staff,
            organisation_id=org.id,
            key_personnel=True,
            role_group="Designated Safeguarding Lead",
            start_date=date(2015, 1, 5),
            leaving_date=leaving,
        )

    ann = person("Ann", "Lee", ANN_EMAIL, "NV-1001", council)
    people.update_person(
        db.unit_of_work(), ann.id, job_title="Safeguarding Manager", leaving_date=date(2024, 6, 30)
    )
    bob = person("Bob", "Stone", "bob.stone@council.example", "NV-1002", council, date(2026, 1, 31))
    cat = person("Cat", "Amos", "cat.amos@police.example", "NV-1001", police)
    catalogue = {c.code: c for c in courses.list_courses(db.unit_of_work())}
    for who in (ann, bob, cat):
        training.add_record(db.unit_of_work(), who.id, catalogue["HO-AWR"].id, date(2023, 5, 2))
    training.add_record(
        db.unit_of_work(), ann.id, catalogue["WRAP"].id, date(2022, 9, 14), evidence="Cert 77"
    )
    first_requirement = requirements.list_requirements(db.unit_of_work(), plan.id)[0]
    requirements.set_exemption(db.unit_of_work(), first_requirement.id, ann.id, "Long-term leave")
    action = actions.create_action(
        db.unit_of_work(), plan.id, "Refresh the referral pathway", owner_id=ann.id
    )
    actions.create_action(db.unit_of_work(), plan.id, "Brief governors", owner_name="Ann Lee")
    return {"ann": ann, "bob": bob, "cat": cat, "action": action, "requirement": first_requirement}


def log_rows(db) -> tuple[list, list]:
    """Every batch (id, description) and entry (id, old, new) of the change log."""
    with db.unit_of_work() as uow:
        batches = uow.session.execute(select(ChangeBatch.id, ChangeBatch.description)).all()
        entries = uow.session.execute(select(ChangeEntry.id, ChangeEntry.old, ChangeEntry.new)).all()
    return [tuple(b) for b in batches], [tuple(e) for e in entries]


def everything_logged(db) -> str:
    """The whole change log as text: descriptions and entry values."""
    with db.unit_of_work() as uow:
        batches = uow.session.execute(select(ChangeBatch.description)).scalars().all()
        entries = uow.session.execute(select(ChangeEntry.old, ChangeEntry.new)).all()
    return json.dumps([batches, [list(e) for e in entries]], ensure_ascii=False)


# ---------------------------------------------------------------- retention and purge


def test_the_default_retention_is_two_years_after_leaving(db, partnership):
    assert cutoff(TODAY, 24) == date(2024, 11, 29)  # left on 28/11/2024 or before: two years are up
    preview = preview_purge(db.unit_of_work(), on=TODAY)
    assert preview.retention_months == 24
    assert [leaver.name for leaver in preview.leavers] == ["Ann Lee"]
    assert preview.training_records == 2 and preview.exemptions == 1 and preview.owned_actions == 1
    assert "more than 24 months ago" in preview.rule


def test_the_longest_retention_of_the_plans_applies_and_left_before_overrides_it(db, plan, partnership):
    plans.update_plan(db.unit_of_work(), plan.id, leaver_retention_months=6)
    assert [leaver.name for leaver in preview_purge(db.unit_of_work(), on=TODAY).leavers] == [
        "Ann Lee",
        "Bob Stone",
    ]
    other = plans.create_plan(db.unit_of_work(), "Second plan", template="blank")
    plans.update_plan(db.unit_of_work(), other.id, leaver_retention_months=36)
    assert preview_purge(db.unit_of_work(), on=TODAY).leavers == []
    given = preview_purge(db.unit_of_work(), left_before=date(2026, 2, 1), on=TODAY)
    assert given.retention_months is None and len(given.leavers) == 2
    with pytest.raises(ValidationError, match="in the future"):
        preview_purge(db.unit_of_work(), left_before=date(2027, 1, 1), on=TODAY)
    with pytest.raises(ValidationError, match="between 1 and 240 months"):
        plans.update_plan(db.unit_of_work(), plan.id, leaver_retention_months=0)


def test_a_purge_deletes_the_leaver_with_their_records_and_keeps_no_name_in_the_log(db, partnership):
    assert "Ann" in everything_logged(db) and ANN_EMAIL in everything_logged(db)
    result = purge_leavers(db, on=TODAY)
    assert (result.people, result.training_records, result.exemptions, result.actions_unassigned) == (
        1,
        2,
        1,
        1,
    )
    assert result.backup is not None and result.backup.exists()
    with db.unit_of_work() as uow:
        session = uow.session
        assert session.get(Person, partnership["ann"].id) is None
        assert not session.execute(
            select(TrainingRecord).where(TrainingRecord.person_id == partnership["ann"].id)
        ).all()
        assert not session.execute(select(RequirementExemption)).all()
        assert session.get(Action, partnership["action"].id).owner_id is None
        assert session.get(Person, partnership["bob"].id) is not None
    logged = everything_logged(db)
    assert ANN_EMAIL not in logged and "Ann Lee" not in logged.replace('"owner_name": "Ann Lee"', "")
    assert (
        "Safeguarding Manager" not in logged and "Cert 77" not in logged and "Long-term leave" not in logged
    )
    latest = history.list_batches(db.unit_of_work())[0]
    assert latest.description == "Purged 1 leaver who left before 29/11/2024, with their training records"
    assert not latest.undoable  # the log cannot put back names it no longer holds
    summary = history.batch_entries(db.unit_of_work(), latest.id)
    assert summary == [
        {
            "entity": "purge",
            "entity_uuid": "",
            "op": "delete",
            "old": None,
            "new": {
                "people": 1,
                "training_records": 2,
                "exemptions": 1,
                "actions_unassigned": 1,
                "left_before": "2024-11-29",
                "retention_months": 24,
                "backup": result.backup.name,
            },
        }
    ]


def test_purged_details_are_not_left_readable_in_the_database_file(db, partnership):
    purge_leavers(db, on=TODAY)
    db.close()
    data = db.path.read_bytes()
    wal = db.path.with_name(db.path.name + "-wal")
    data += wal.read_bytes() if wal.exists() else b""
    for text in (ANN_EMAIL, "Safeguarding Manager", "Long-term leave", "Cert 77"):
        assert text.encode() not in data, text


def test_a_purge_is_undone_whole_from_its_snapshot(db, partnership):
    before_batches, before_entries = log_rows(db)
    before_people = people.list_people(db.unit_of_work(), people.PeopleFilter(include_leavers=True))
    result = purge_leavers(db, on=TODAY)
    assert "Ann" not in repr(result) and "ann.lee" not in repr(result)
    undo_batch = undo_purge(db, result)
    assert undo_batch is not None
    after_people = people.list_people(db.unit_of_work(), people.PeopleFilter(include_leavers=True))
    assert after_people == before_people
    assert len(training.list_records(db.unit_of_work(), partnership["ann"].id)) == 2
    assert actions.get_action(db.unit_of_work(), partnership["action"].id).owner_id == partnership["ann"].id
    requirement = requirements.get_requirement(db.unit_of_work(), partnership["requirement"].id)
    assert [e.reason for e in requirement.exemptions] == ["Long-term leave"]
    assert ANN_EMAIL in everything_logged(db)
    batches, entries = log_rows(db)
    assert batches[: len(before_batches)] == before_batches  # the history as it was, names and all
    assert entries[: len(before_entries)] == before_entries
    purge_batch = next(b for b in history.list_batches(db.unit_of_work()) if b.id == result.batch_id)
    assert purge_batch.undone
    with pytest.raises(ValidationError, match="already been undone"):
        undo_purge(db, result)
    again = purge_leavers(db, on=TODAY, person_ids=result.person_ids, backup=False)  # redo
    assert again.people == 1 and again.backup is None


def test_purge_leavers_on_the_command_line(capsys, data_dir):
    base = ["--data-dir", str(data_dir)]
    assert main([*base, "init"]) == 0
    assert main([*base, "demo"]) == 0
    capsys.readouterr()
    assert main([*base, "purge-leavers", "--left-before", "2026-11-28", "--dry-run", "--json"]) == 0
    dry = json.loads(capsys.readouterr().out)
    assert dry["dry_run"] is True and dry["people"] >= 1 and dry["purged"] == 0
    assert set(dry["leavers"][0]) == {
        "name",
        "email",
        "staff_number",
        "organisation",
        "leaving_date",
        "training_records",
    }
    assert main([*base, "purge-leavers", "--left-before", "28/11/2026"]) == 0
    out = capsys.readouterr().out
    assert f"Purged {dry['people']} " in out and "kept in" in out
    assert main([*base, "purge-leavers", "--left-before", "2026-11-28", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["people"] == 0
    assert main([*base, "purge-leavers", "--left-before", "2027-01-01"]) == 2
    assert "in the future" in capsys.readouterr().err


# ---------------------------------------------------------------- subject access


def test_the_subject_access_workbook_holds_everything_about_the_person(db, plan, partnership, tmp_path):
    ann = partnership["ann"]
    actions.add_update(
        db.unit_of_work(), partnership["action"].id, f"Handed over by {ANN_EMAIL}", on_date=TODAY
    )
    out = tmp_path / "sar.xlsx"
    report = write_subject_access(db, ANN_EMAIL, out, on=TODAY)
    assert report.name == "Ann Lee"
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == [
        "About this report", "Record", "Training records", "Requirements", "Actions owned", "Change history"
    ]  # fmt: skip
    record = [c.value for c in book["Record"][2]]
    assert record[0] == ann.uuid and ANN_EMAIL in record and "Safeguarding Manager" in record
    training_rows = list(book["Training records"].iter_rows(min_row=2, values_only=True))
    assert sorted(r[1] for r in training_rows) == ["HO-AWR", "WRAP"]
    assert any(r[6] == "Cert 77" for r in training_rows)
    requirement_rows = list(book["Requirements"].iter_rows(min_row=2, values_only=True))
    assert requirement_rows == []  # she has left: no requirement applies to her any more
    owned = list(book["Actions owned"].iter_rows(min_row=2, values_only=True))
    assert [(r[2], r[6]) for r in owned] == [
        ("Refresh the referral pathway", "owner"),
        ("Brief governors", "owner (named as text)"),
    ]
    changes = list(book["Change history"].iter_rows(min_row=2, values_only=True))
    what = [(r[5], r[6]) for r in changes]
    assert ("person", "create") in what and ("person", "update") in what
    assert what.count(("training record", "create")) == 2
    assert ("requirement exemption", "create") in what
    assert ("action", "create") in what  # she owns it (and one names her as text)
    assert ("action update", "create") in what  # her email in the text
    assert all("Bob" not in (r[8] or "") for r in changes)
    assert (
        history.list_batches(db.unit_of_work())[0].description == "Wrote a subject access report to sar.xlsx"
    )


def test_a_current_member_of_staff_sees_their_requirements_and_states(db, plan, partnership, tmp_path):
    out = tmp_path / "cat.xlsx"
    write_subject_access(db, "NV-1001", out, organisation="Northvale Police", on=TODAY)
    rows = list(openpyxl.load_workbook(out)["Requirements"].iter_rows(min_row=2, values_only=True))
    assert (
        rows
        and rows[0][0] == "Test plan"
        and rows[0][3] in {"Compliant", "Expiring", "Expired", "Overdue", "Due"}
    )


def test_people_are_found_by_email_or_staff_number(db, partnership):
    assert [p.id for p in find_people(db.unit_of_work(), "ANN.LEE@council.example")] == [
        partnership["ann"].id
    ]
    assert [p.id for p in find_people(db.unit_of_work(), "nv 1002")] == [partnership["bob"].id]
    with pytest.raises(ValidationError, match="belongs to 2 people .*Northvale Council, Northvale Police"):
        find_people(db.unit_of_work(), "NV-1001")
    with pytest.raises(NotFoundError, match="Nobody in the database"):
        find_people(db.unit_of_work(), "nobody@x.example")


def test_subject_access_on_the_command_line(capsys, data_dir, tmp_path, monkeypatch):
    base = ["--data-dir", str(data_dir)]
    assert main([*base, "init"]) == 0
    from actionplan.services import open_database

    db = open_database(f"sqlite:///{data_dir / 'actionplan.db'}")
    people.create_person(db.unit_of_work(), first_name="Dee", last_name="Hart", email="dee.hart@x.example")
    db.close()
    capsys.readouterr()
    monkeypatch.setenv("SAR_PASSWORD", "a long enough password")
    out = tmp_path / "dee.xlsx"
    assert (
        main([*base, "subject-access", "dee.hart@x.example", str(out), "--password-env", "SAR_PASSWORD"]) == 0
    )
    printed = capsys.readouterr().out
    assert "Wrote everything held about Dee Hart" in printed and "another channel" in printed
    assert out.read_bytes()[:8] == bytes.fromhex("D0CF11E0A1B11AE1")
    assert main([*base, "subject-access", "nobody@x.example", str(tmp_path / "n.xlsx")]) == 2
    assert "Nobody in the database" in capsys.readouterr().err

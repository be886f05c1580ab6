"""Applying an import: all or nothing, conflicts applied only as chosen; the change log since an export.

Previews made by hand on an empty database (no file, no demo), so mutation testing can run
these for every change it makes to ``apply_import``: each row adds an organisation, which
shows exactly which rows were written.
"""

from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from types import SimpleNamespace

import pytest

from actionplan.errors import ValidationError
from actionplan.exchange.conflicts import ExportOrigin, LocalChanges
from actionplan.exchange.importer import apply_import
from actionplan.exchange.plans import OrgPlan
from actionplan.exchange.preview import (
    Conflict,
    FieldChange,
    ImportPreview,
    Outcome,
    Resolution,
    RowOutcome,
    SheetPreview,
)
from actionplan.services import history, organisations
from actionplan.storage.models import ChangeBatch, ChangeEntry

TODAY = date(2026, 11, 28)


def row(number: int, outcome: Outcome, *conflicts: Conflict, held: bool = False, changes=()) -> RowOutcome:
    return RowOutcome(
        number,
        outcome,
        plans=[OrgPlan(f"Org {number}")],
        conflicts=list(conflicts),
        held=held,
        changes=list(changes),
    )


def conflict(number: int, name: str = "team", taken: list | None = None) -> Conflict:
    def take() -> None:
        assert taken is not None
        taken.append((number, name))

    return Conflict(
        "People", number, name, name, "before", "ours", "theirs", take=take if taken is not None else None
    )


def preview_of(*rows: RowOutcome, skipped: list[RowOutcome] = ()) -> ImportPreview:
    sheets = [SheetPreview("People", kind="people", rows=list(rows))]
    if skipped:
        sheets.append(SheetPreview("Notes", skipped="not a sheet to import", rows=list(skipped)))
    return ImportPreview(
        Path("returned.xlsx"), plan_id=1, today=TODAY, sheets=sheets, state=SimpleNamespace(applied=False)
    )


def written(db) -> list[str]:
    return sorted(o.name for o in organisations.list_organisations(db.unit_of_work()))


def test_a_rejected_row_writes_nothing_unless_the_valid_rows_are_asked_for(db):
    preview = preview_of(row(2, Outcome.NEW), row(3, Outcome.REJECTED), row(4, Outcome.UPDATED))
    result = apply_import(db, preview)
    assert (result.applied, result.skipped_rows, result.unresolved, result.batch_id) == (False, 1, 0, None)
    assert written(db) == [] and history.list_batches(db.unit_of_work()) == []
    assert preview.state.applied is False
    result = apply_import(db, preview, skip_invalid=True)
    assert result.applied and result.skipped_rows == 1 and preview.state.applied is True
    assert written(db) == ["Org 2", "Org 4"]
    assert (result.rows_new, result.rows_updated) == (1, 1)
    assert result.description == "Imported returned.xlsx: 1 new, 1 updated"
    (batch,) = history.list_batches(db.unit_of_work())
    assert batch.id == result.batch_id and batch.description == result.description
    assert batch.source == "import" and batch.undoable
    assert result.created.organisations == 2 and result.notes == ()
    with pytest.raises(ValidationError, match="^This import has already been applied: preview the file"):
        apply_import(db, preview, skip_invalid=True)


def test_an_open_conflict_writes_nothing_and_a_rejected_rows_conflicts_do_not_count(db):
    taken: list = []
    open_one = conflict(2, taken=taken)
    preview = preview_of(
        row(2, Outcome.CONFLICT, open_one), row(3, Outcome.REJECTED, conflict(3, taken=taken))
    )
    result = apply_import(db, preview)
    assert (result.applied, result.unresolved, result.skipped_rows) == (False, 1, 1)
    assert taken == [] and open_one.resolution is None and written(db) == []
    # With a choice, the same conflict applies.
    result = apply_import(db, preview_of(row(2, Outcome.CONFLICT, conflict(2))), prefer="ours")
    assert result.applied and result.unresolved == 0 and result.kept_ours == 1


def test_without_a_choice_skip_invalid_keeps_ours(db):
    taken: list = []
    first, second = conflict(2, taken=taken), conflict(3, taken=taken)
    preview = preview_of(row(2, Outcome.CONFLICT, first), row(3, Outcome.CONFLICT, second))
    result = apply_import(db, preview, skip_invalid=True)
    assert result.applied and result.unresolved == 2 and (result.took_theirs, result.kept_ours) == (0, 2)
    assert taken == [] and first.resolution is None and second.resolution is None
    assert result.rows_updated == 0
    assert (
        result.description
        == "Imported returned.xlsx: 0 new, 0 updated (0 conflicts took theirs, 2 kept ours)"
    )


def test_theirs_puts_the_files_value_in_and_ours_leaves_it(db):
    taken: list = []
    a, b, c = conflict(2, taken=taken), conflict(3, taken=taken), conflict(3, "email", taken=taken)
    preview = preview_of(row(2, Outcome.CONFLICT, a), row(3, Outcome.CONFLICT, b, c))
    result = apply_import(
        db, preview, prefer="theirs", resolutions={b.key: "ours"}, source_name="Police pack"
    )
    assert result.applied and (result.took_theirs, result.kept_ours, result.unresolved) == (2, 1, 0)
    assert taken == [(2, "team"), (3, "email")]
    assert (a.resolution, b.resolution, c.resolution) == (
        Resolution.THEIRS,
        Resolution.OURS,
        Resolution.THEIRS,
    )
    assert (result.rows_new, result.rows_updated) == (0, 2)
    assert (
        result.description == "Imported Police pack: 0 new, 2 updated (2 conflicts took theirs, 1 kept ours)"
    )
    assert history.list_batches(db.unit_of_work())[0].description == result.description


def test_a_conflict_without_a_take_is_still_counted(db):
    result = apply_import(db, preview_of(row(2, Outcome.CONFLICT, conflict(2))), prefer=Resolution.THEIRS)
    assert result.applied and result.took_theirs == 1 and result.rows_updated == 1


def test_a_row_deleted_here_comes_back_only_when_its_record_is_taken(db):
    kept = row(2, Outcome.CONFLICT, conflict(2, "record"), held=True, changes=[FieldChange("team", "A", "C")])
    revived = row(3, Outcome.CONFLICT, conflict(3, "record"), changes=[FieldChange("team", "A", "B")])
    preview = preview_of(kept, revived, row(4, Outcome.NEW), row(5, Outcome.UNCHANGED))
    result = apply_import(
        db, preview, resolutions={("People", 2, "record"): "ours", ("People", 3, "record"): "theirs"}
    )
    assert result.applied and (result.rows_new, result.rows_updated) == (2, 0)
    assert written(db) == ["Org 3", "Org 4", "Org 5"]  # a held row writes nothing


def test_only_the_imported_sheets_count(db):
    skipped = [row(7, Outcome.NEW), row(8, Outcome.CONFLICT, conflict(8))]
    result = apply_import(db, preview_of(row(2, Outcome.UPDATED), skipped=skipped))
    assert result.applied and (result.rows_new, result.rows_updated, result.unresolved) == (0, 1, 0)
    assert result.description == "Imported returned.xlsx: 0 new, 1 updated"
    assert written(db) == ["Org 2"]


def test_after_apply_hooks_run_in_the_import_and_their_sentences_are_notes(db):
    seen = []

    def hook(uow, preview, created, updated):
        seen.append((preview.file_name, created.organisations, updated.organisations))
        return "One note."

    result = apply_import(db, preview_of(row(2, Outcome.NEW)), after_apply=[hook, lambda *args: ""])
    assert seen == [("returned.xlsx", 1, 0)] and result.notes == ("One note.",)


def test_a_preview_without_its_plans_is_refused(db):
    preview = preview_of(row(2, Outcome.NEW))
    preview.state = None
    with pytest.raises(ValidationError, match="^This preview holds nothing to apply: preview the file again"):
        apply_import(db, preview)
    assert written(db) == []


# ---------------------------------------------------------------- the change log since an export


EXPORTED = datetime(2026, 11, 20, 10, tzinfo=UTC)


def log(db, at: datetime, *entries: tuple, copied_from: str = "") -> None:
    """One change batch at ``at`` with entries (entity, uuid, id, op, old, new), written as they are."""
    with db.unit_of_work() as uow:
        batch = ChangeBatch(at=at, description="test", copied_from=copied_from)
        uow.session.add(batch)
        uow.session.flush()
        for entity, uuid, entity_id, op, old, new in entries:
            uow.session.add(
                ChangeEntry(
                    batch_id=batch.id,
                    entity=entity,
                    entity_uuid=uuid,
                    entity_id=entity_id,
                    op=op,
                    old=old,
                    new=new,
                )
            )
        uow.session.commit()


def since_export(db) -> LocalChanges:
    with db.unit_of_work() as uow:
        return LocalChanges.load(uow.session, ExportOrigin("", EXPORTED))


def test_only_changes_made_here_after_the_export_count(db):
    edit = ("person", "p1", 1, "update", {"team": "Before"}, {"team": "After"})
    log(db, EXPORTED - timedelta(hours=1), edit)
    log(db, EXPORTED, edit)  # the export's own moment: before it was written
    log(db, EXPORTED + timedelta(hours=1), edit, copied_from="another-database")
    log(db, EXPORTED + timedelta(hours=1), ("theme", "t1", 1, "update", {"name": "A"}, {"name": "B"}))
    changes = since_export(db)
    assert changes.exported("person", "p1") == {} and changes.exported("theme", "t1") == {}
    log(db, EXPORTED + timedelta(hours=1), edit)
    assert since_export(db).exported("person", "p1") == {"team": "Before"}


def test_the_value_at_the_export_is_the_first_changes_old_value(db):
    later = EXPORTED + timedelta(hours=1)
    log(
        db,
        later,
        (
            "person",
            "p1",
            1,
            "update",
            {"team": "Export", "organisation_id": 3},
            {"team": "One", "organisation_id": 4},
        ),
        (
            "person",
            "p1",
            1,
            "update",
            {"team": "One", "job_title": "Clerk"},
            {"team": "Two", "job_title": "Lead"},
        ),
        ("person", "p1", 1, "update", None, {"email": "x@example.org"}),
        ("person", "p2", 2, "update", {"team": "A"}, None),
        ("person", "", 3, "update", {"team": "A"}, {"team": "B"}),
        ("action", "a1", 1, "update", {"due_date": "2026-12-01"}, {"due_date": "2027-01-01"}),
    )
    changes = since_export(db)
    assert changes.exported("person", "p1") == {
        "team": "Export",
        "organisation": 3,
        "job_title": "Clerk",
        "email": None,
    }
    assert changes.exported("person", "p2") == {} and changes.exported("person", "") == {}
    assert changes.deleted("person", "p2") is None
    assert changes.exported("action", "a1") == {"due_date": date(2026, 12, 1)}
    assert changes.gone_records == set() and changes.deleted("person", "p1") is None


def test_a_row_deleted_since_is_known_as_it_was_at_the_export(db):
    later = EXPORTED + timedelta(hours=1)
    log(
        db,
        later,
        ("person", "p1", 1, "update", {"team": "Export"}, {"team": "Edited"}),
        (
            "person",
            "p1",
            1,
            "delete",
            {"team": "Edited", "organisation_id": 3, "start_date": "2026-01-05"},
            None,
        ),
        ("person", "p2", 2, "delete", None, None),
        (
            "training_record",
            "r1",
            9,
            "delete",
            {"person_id": 1, "course_id": 2, "completed_on": "2025-01-01"},
            None,
        ),
        ("action", "a1", 4, "delete", {"title": "Gone and back"}, None),
        ("action", "a1", 4, "create", None, {"title": "Gone and back"}),
        ("action", "a2", 5, "create", None, {"title": "New"}),
    )
    changes = since_export(db)
    assert changes.deleted("person", "p1") == {
        "team": "Export",
        "organisation": 3,
        "start_date": date(2026, 1, 5),
    }
    assert changes.deleted("person", "p2") is None
    assert changes.deleted("training_record", "r1")["completed_on"] == date(2025, 1, 1)
    assert changes.gone_records == {(1, 2, date(2025, 1, 1))}
    assert changes.deleted("action", "a1") is None  # deleted, then brought back by an undo
    assert changes.exported("action", "a1") == {} and changes.deleted("action", "a2") is None


def test_partner_links_and_progress_updates_since_the_export(db):
    later = EXPORTED + timedelta(hours=1)
    log(
        db,
        later,
        ("action_partner", "", 11, "create", None, {"action_id": 1, "organisation_id": 2}),
        ("action_partner", "", 12, "delete", {"action_id": 1, "organisation_id": 3}, None),
        ("action_partner", "", 13, "create", None, {"action_id": 1}),
        ("action_partner", "", 14, "delete", None, None),
        ("action_update", "", 7, "create", None, {"action_id": 1, "text": "New"}),
        ("action_update", "", None, "create", None, {"action_id": 1, "text": "No id"}),
        ("action_update", "", 5, "delete", {"action_id": 1, "text": "Gone"}, None),
        ("action_update", "", 6, "delete", {"action_id": 1, "text": None}, None),
        ("action_update", "", 8, "delete", {"action_id": 2, "text": "Other"}, None),
        ("action_update", "", 9, "delete", None, None),
        ("action_update", "u9", 9, "update", {"text": "A"}, {"text": "B"}),
    )
    changes = since_export(db)
    assert changes.partners_at_export(1, frozenset({2, 4})) == frozenset({3, 4})
    assert changes.new_update_ids == {7}
    assert changes.deleted_updates == {1: {"Gone", ""}, 2: {"Other"}}
    assert changes.exported("action_update", "u9") == {}


def test_the_export_time_is_read_from_the_exports_own_entry_only(db, far_from_utc):
    precise = EXPORTED + timedelta(microseconds=250)
    log(
        db,
        EXPORTED,
        ("person", "e-1", 1, "update", {"exported_at": "x"}, {"exported_at": "2026-01-01T00:00:00+00:00"}),
        ("export", "e-2", None, "create", None, {"exported_at": precise.isoformat()}),
    )
    with db.unit_of_work() as uow:
        uow.session.add(
            ChangeEntry(batch_id=1, entity="export", entity_uuid="e-3", op="create", new=["not", "a", "dict"])
        )
        for uuid, text in (("e-4", "2026-11-20T10:00:00.5"), ("e-5", "2026-11-20T11:00:00.5+01:00")):
            uow.session.add(
                ChangeEntry(
                    batch_id=1, entity="export", entity_uuid=uuid, op="create", new={"exported_at": text}
                )
            )
        uow.session.commit()
    with db.unit_of_work() as uow:
        for uuid in ("e-4", "e-5"):  # with the machine far from UTC, a time without a zone is UTC
            at = LocalChanges._export_time(uow.session, ExportOrigin(uuid, EXPORTED))
            assert at == EXPORTED.replace(microsecond=500000) and at.utcoffset().total_seconds() == 0
        assert LocalChanges._export_time(uow.session, ExportOrigin("e-1", EXPORTED)) == EXPORTED
        assert LocalChanges._export_time(uow.session, ExportOrigin("e-2", EXPORTED)) == precise
        assert LocalChanges._export_time(uow.session, ExportOrigin("e-3", EXPORTED)) == EXPORTED


def test_a_training_record_redated_since_the_export_is_gone_at_its_old_date(db, plan):
    from sqlalchemy import select

    from actionplan.storage.models import Course, Person, TrainingRecord

    with db.unit_of_work() as uow:
        wrap = uow.session.execute(select(Course.id).where(Course.code == "WRAP")).scalar_one()
        person = Person(first_name="Ann", last_name="Lee")
        uow.session.add(person)
        uow.session.flush()
        moved, kept = (
            TrainingRecord(person_id=person.id, course_id=wrap, completed_on=date(2025, day, 1))
            for day in (6, 9)
        )
        uow.session.add_all([moved, kept])
        uow.session.commit()
        ids = (person.id, moved.id, kept.id, moved.uuid, kept.uuid)
    person_id, moved_id, kept_id, moved_uuid, kept_uuid = ids
    log(
        db,
        EXPORTED + timedelta(hours=1),
        ("training_record", moved_uuid, moved_id, "update", {"evidence": ""}, {"evidence": "Scan"}),
        (
            "training_record",
            moved_uuid,
            moved_id,
            "update",
            {"completed_on": "2025-01-01"},
            {"completed_on": "2025-03-01"},
        ),
        (
            "training_record",
            moved_uuid,
            moved_id,
            "update",
            {"completed_on": "2025-03-01"},
            {"completed_on": "2025-06-01"},
        ),
        ("training_record", kept_uuid, kept_id, "update", {"evidence": ""}, {"evidence": "Register"}),
        (
            "training_record",
            "r-none",
            None,
            "update",
            {"completed_on": "2024-01-01"},
            {"completed_on": "2024-02-01"},
        ),
        ("person", "p1", kept_id, "update", {"completed_on": "2024-05-05"}, {"completed_on": "2024-06-06"}),
    )
    changes = since_export(db)
    assert changes.gone_records == {(person_id, wrap, date(2025, 1, 1))}
    assert changes.exported("training_record", moved_uuid) == {
        "evidence": "",
        "completed_on": date(2025, 1, 1),
    }


def test_a_corrected_mapping_is_remembered_for_the_partner_with_the_import(db):
    from sqlalchemy import select

    from actionplan.exchange.preview import ColumnInfo
    from actionplan.storage.models import ImportProfile

    preview = preview_of(row(2, Outcome.NEW))
    preview.sheets[0].columns = [ColumnInfo(0, "Payroll", "staff_number", None, 1.0)]
    preview.overrides, preview.partner_key = {0: "staff_number"}, "police"
    assert apply_import(db, preview).applied
    with db.unit_of_work() as uow:
        (profile,) = uow.session.execute(select(ImportProfile)).scalars().all()
        assert (profile.partner_key, profile.kind, profile.mapping) == (
            "police",
            "people",
            {"Payroll": "staff_number"},
        )

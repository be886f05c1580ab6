"""Applying an import: all or nothing, conflicts applied only as chosen, what the result says.

Previews made by hand on an empty database (no file, no demo), so mutation testing can run
these for every change it makes to ``apply_import``: each row adds an organisation, which
shows exactly which rows were written.
"""

from datetime import date
from pathlib import Path
from types import SimpleNamespace

import pytest

from actionplan.errors import ValidationError
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
    kept = row(2, Outcome.CONFLICT, conflict(2, "record"), held=True)
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

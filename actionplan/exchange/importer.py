"""Importing a spreadsheet: preview what it would change, then apply it as one undoable batch.

The wizard and ``actionplan import`` share this API::

    preview = preview_import(db, path, plan_id=plan.id, org="Northvale Council")
    for sheet in preview.sheets: ...      # kind, header row, mapping, row outcomes, warnings
    result = apply_import(db, preview, skip_invalid=True)
    write_rejects(preview, "rejects.xlsx")

``preview_import`` writes nothing. ``apply_import`` writes every valid row in one
transaction, or nothing at all when a row was rejected and ``skip_invalid`` is False.

When the file is one of our exports coming back, a field changed both here (since the
export) and in the file is a conflict (``preview.conflicts``): nothing is written until the
caller chooses, per conflict or for all::

    apply_import(db, preview, prefer="theirs")
    apply_import(db, preview, resolutions={("Actions", 5, "status"): "ours"}, prefer="theirs")
"""

from collections.abc import Callable, Mapping, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from actionplan import clock
from actionplan.assessment.import_rows import AnswerPlan, AssessmentSheet
from actionplan.bulk import gc_paused
from actionplan.domain.enums import ChangeSource
from actionplan.domain.text import tidy
from actionplan.errors import ValidationError
from actionplan.exchange.action_rows import ActionSheet
from actionplan.exchange.apply import Writer, gather
from actionplan.exchange.cells import SheetInput
from actionplan.exchange.conflicts import LocalChanges, export_origin
from actionplan.exchange.headers import (
    KINDS,
    STRIPPED,
    ColumnMapping,
    CourseName,
    find_header_row,
    map_columns,
)
from actionplan.exchange.matching import ImportState, load_profiles
from actionplan.exchange.organisation_rows import OrganisationSheet
from actionplan.exchange.people_rows import PeopleSheet, identifies_person
from actionplan.exchange.plans import ActionPlanned, OrgPlan, OrgUpdate, PersonPlan, RecordPlan
from actionplan.exchange.preview import (
    ColumnInfo,
    Conflict,
    Counts,
    FieldChange,
    ImportPreview,
    ImportResult,
    ImportWarning,
    Outcome,
    Resolution,
    RowError,
    RowOutcome,
    SheetPreview,
)
from actionplan.exchange.profiles import choose_profile, partner_key, remember_mapping
from actionplan.exchange.reader import Cancel, ImportCancelled, Progress, RawSheet, decrypted, read_file
from actionplan.exchange.rejects import write_rejects
from actionplan.exchange.values import clean_text
from actionplan.i18n import _
from actionplan.storage.uow import UnitOfWork

__all__ = [
    "ColumnInfo",
    "Conflict",
    "Counts",
    "FieldChange",
    "ImportCancelled",
    "ImportPreview",
    "ImportResult",
    "ImportWarning",
    "Outcome",
    "Resolution",
    "RowError",
    "RowOutcome",
    "SheetPreview",
    "apply_import",
    "preview_import",
    "write_rejects",
]

SAMPLE_ROWS = 15  # rows of each sheet kept for the wizard's sample and header-row choice
READ_SHARE = 20  # of 100: reading the file; the rest is reading its rows
_TICK_ROWS = 1000


def _factory(db_or_uow_factory: Any) -> Callable[..., UnitOfWork]:
    """A Database, a UnitOfWork (its engine gives fresh ones), or a callable taking UnitOfWork arguments."""
    if hasattr(db_or_uow_factory, "unit_of_work"):
        return db_or_uow_factory.unit_of_work
    if isinstance(db_or_uow_factory, UnitOfWork):
        engine, user = db_or_uow_factory.engine, db_or_uow_factory.user

        def fresh(**kwargs: Any) -> UnitOfWork:
            return UnitOfWork(engine, **{"user": user, **kwargs})

        return fresh
    return db_or_uow_factory


class _Progress:
    """Reports reading as the first READ_SHARE percent and the rows as the rest; checks cancel."""

    def __init__(self, progress: Progress | None, cancel: Cancel | None):
        self.progress = progress
        self.cancel = cancel
        self.total_rows = 1
        self.done_rows = 0

    def reading(self, done: int, total: int) -> None:
        if self.progress is not None and total:
            self.progress(READ_SHARE * done // total, 100)

    def tick(self, rows: int = _TICK_ROWS) -> None:
        if self.cancel is not None and self.cancel():
            raise ImportCancelled
        self.done_rows += rows
        if self.progress is not None:
            share = min(self.done_rows / self.total_rows, 1.0)
            self.progress(READ_SHARE + int((100 - READ_SHARE) * share), 100)


@gc_paused()  # a county file makes a few hundred thousand objects, none of them in cycles
def preview_import(
    db_or_uow_factory: Any,
    path: str | Path,
    *,
    plan_id: int,
    kind: str | None = None,
    sheet: str | int | None = None,
    org: str | None = None,
    overrides: Mapping[int | str, str | None] | None = None,
    header_row: int | None = None,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    today: date | None = None,
    password: str | None = None,
) -> ImportPreview:
    """Read a file and work out what importing it would do, writing nothing.

    Args:
        db_or_uow_factory: the Database (or a unit-of-work factory).
        path: the .xlsx/.xlsm/.xls/.ods or .csv file.
        plan_id: the plan that actions go into.
        kind: "people", "training" (a list or a matrix), "matrix", "actions" or "assessment"
            (a returned self-assessment workbook); None detects it per sheet from the headers.
        sheet: only this sheet (its name, or its number from 1).
        org: the organisation of the people in the file when it has no such column (also
            fills blank organisation cells); an unknown name adds the organisation.
        overrides: the user's corrections to the mapping, by column index (0 is A) or
            header text: a field name, ``"course:CODE"`` for a matrix column, or None to
            leave the column out. A mapping remembered for this partner applies first.
        header_row: the header's row number (from 1) when detection got it wrong.
        progress: called as ``progress(percent, 100)``.
        cancel: returning True stops the preview (ImportCancelled).
        today: the day the import is made (completion dates after it are rejected).
        password: the password of a password-protected workbook; it is decrypted in memory.

    Raises:
        FileFormatError: the file cannot be read (one sentence for the user);
            ``PasswordNeededError`` when it is protected and the password is missing or wrong.
        ValidationError: a sheet, kind or mapping that does not exist.
        ImportCancelled: ``cancel`` returned True.
    """
    factory = _factory(db_or_uow_factory)
    path = Path(path)
    today = today or clock.today()
    if kind is not None and kind not in KINDS:
        raise ValidationError(
            _(
                "“{kind}” is not a kind of import: choose people, training, matrix, actions, organisations "
                "or assessment."
            ).format(kind=kind),
            field="kind",
        )
    report = _Progress(progress, cancel)
    data = decrypted(path, password)  # in memory only; None when the file is not protected
    raw_sheets = _choose_sheets(
        read_file(path, progress=report.reading, cancel=cancel, data=data), sheet, path
    )
    origin = export_origin(path, data)
    report.total_rows = max(1, sum(len(s.rows) for s in raw_sheets))
    preview = ImportPreview(
        path=path,
        plan_id=plan_id,
        today=today,
        org=tidy(org) or None if org else None,
        kind=kind,
        overrides=dict(overrides) if overrides else None,
        partner_key=partner_key(path, org),
        export_id=origin.export_id or None if origin else None,
        exported_at=origin.exported_at if origin else None,
    )
    with factory() as uow:
        state = ImportState(uow.session, plan_id, file_name=path.name, today=today, uow_factory=factory)
        state.local = LocalChanges.load(uow.session, origin)
        profiles = load_profiles(uow.session, preview.partner_key)
        for raw in raw_sheets:
            preview.sheets.append(_preview_sheet(state, preview, raw, profiles, header_row, report))
        uow.rollback()
    state.session = None  # the preview keeps plain data only
    preview.state = state
    _count(preview)
    if progress is not None:
        progress(100, 100)
    return preview


def _choose_sheets(sheets: list[RawSheet], wanted: str | int | None, path: Path) -> list[RawSheet]:
    if wanted is None or wanted == "":
        return sheets
    text = str(wanted)
    for raw in sheets:
        if tidy(raw.name).casefold() == tidy(text).casefold():
            return [raw]
    if text.isdigit() and 1 <= int(text) <= len(sheets):
        return [sheets[int(text) - 1]]
    raise ValidationError(
        _("“{file}” has no sheet called “{sheet}”: its sheets are {names}.").format(
            file=path.name, sheet=text, names=", ".join(f"“{s.name}”" for s in sheets)
        ),
        field="sheet",
    )


def _map(
    cells: list[object],
    kind: str | None,
    courses: list[CourseName],
    overrides: Mapping[int | str, str | None],
) -> ColumnMapping:
    if kind == "training":
        listed = map_columns(cells, "training", courses=courses, overrides=overrides)
        fields = listed.field_columns
        if "course" in fields and "completed_on" in fields:
            return listed
        try:
            matrix = map_columns(cells, "matrix", courses=courses, overrides=overrides)
        except ValueError:
            return listed
        return matrix if matrix.course_columns else listed
    return map_columns(cells, kind, courses=courses, overrides=overrides)


def _skip(preview: SheetPreview, reason: str) -> SheetPreview:
    preview.skipped = reason
    preview.warnings.append(ImportWarning(None, "", reason))
    return preview


def _preview_sheet(
    state: ImportState,
    preview: ImportPreview,
    raw: RawSheet,
    profiles: list,
    header_row: int | None,
    report: _Progress,
) -> SheetPreview:
    sheet = SheetPreview(raw.name, top_rows=[list(row) for row in raw.rows[:SAMPLE_ROWS]])
    if not raw.rows:
        return _skip(sheet, _("The sheet “{sheet}” is empty, so it was skipped.").format(sheet=raw.name))
    if header_row is not None:
        if not 1 <= header_row <= len(raw.rows):
            raise ValidationError(
                _("Row {row} is not in the sheet “{sheet}”: it has {n} rows.").format(
                    row=header_row, sheet=raw.name, n=len(raw.rows)
                ),
                field="header_row",
            )
        header_index: int | None = header_row - 1
    else:
        header_index = find_header_row(raw.rows, courses=state.course_names)
    if header_index is None:
        return _skip(
            sheet,
            _(
                "The sheet “{sheet}” was skipped: none of its first rows names known columns (such as "
                "Staff No, Name, Email, Course or Action)."
            ).format(sheet=raw.name),
        )
    sheet.header_row = header_index + 1
    cells = raw.rows[header_index]
    headers = [clean_text(v) or "" for v in cells]
    user = dict(preview.overrides or {})
    profile = choose_profile(profiles, headers, preview.kind)
    kind = preview.kind or (profile.kind if profile else None)
    mapping = None
    if profile is not None:
        try:
            mapping = _map(cells, kind, state.course_names, {**profile.mapping, **user})
            sheet.profile = preview.partner_key
        except ValueError:
            mapping = None  # the remembered mapping no longer fits: map without it
    if mapping is None:
        try:
            mapping = _map(cells, preview.kind, state.course_names, user)
        except ValueError as exc:
            raise ValidationError(
                _("The column mapping does not fit the sheet “{sheet}”: {reason}.").format(
                    sheet=raw.name, reason=exc
                )
            ) from exc
    sheet.kind = mapping.kind
    sheet.columns = [ColumnInfo(m.column, m.header, m.field, m.course, m.confidence) for m in mapping.columns]
    reason = _unusable(mapping, raw.name)
    if reason:
        sheet.kind = None
        return _skip(sheet, reason)
    for code in mapping.course_columns.values():
        if code not in state.courses:
            raise ValidationError(
                _("There is no course with the code {code}: choose one of {codes}.").format(
                    code=code, codes=", ".join(state.courses)
                )
            )
    _mapping_warnings(sheet, mapping)
    source = SheetInput(sheet, raw.rows, header_index, mapping)
    if mapping.kind == "actions":
        ActionSheet(state, source).run(report.tick)
    elif mapping.kind == "assessment":
        AssessmentSheet(state, source).run(report.tick)
    elif mapping.kind == "organisations":
        OrganisationSheet(state, source).run(report.tick)
    else:
        PeopleSheet(state, source, mapping.kind, preview.org).run(report.tick)
    return sheet


def _unusable(mapping: ColumnMapping, name: str) -> str | None:
    """Why a mapped sheet cannot be imported as its kind, or None."""
    fields = mapping.field_columns
    if mapping.kind is None:
        return _(
            "The sheet “{sheet}” was skipped: its columns do not look like people, training records or "
            "actions (choose the kind and map the columns)."
        ).format(sheet=name)
    if mapping.kind == "assessment":
        if not ({"record_id", "question_id", "question"} & set(fields)):
            return _("The sheet “{sheet}” was skipped: it has no Record ID or Question ID column.").format(
                sheet=name
            )
        return None
    if mapping.kind == "actions":
        if not ({"title", "ref", "record_id"} & set(fields)):
            return _("The sheet “{sheet}” was skipped: it has no Action or reference column.").format(
                sheet=name
            )
        return None
    if mapping.kind == "organisations":
        if not ({"organisation", "record_id"} & set(fields)):
            return _("The sheet “{sheet}” was skipped: it has no Organisation column.").format(sheet=name)
        return None
    if not identifies_person(fields):
        return _(
            "The sheet “{sheet}” was skipped: no column identifies a person (a staff number, email or name)."
        ).format(sheet=name)
    if mapping.kind == "training" and not ({"course", "completed_on"} <= set(fields)):
        return _(
            "The sheet “{sheet}” was skipped: a training list needs a course column and a "
            "completion date column."
        ).format(sheet=name)
    if mapping.kind == "matrix" and not mapping.course_columns:
        return _("The sheet “{sheet}” was skipped: no column is named after a course.").format(sheet=name)
    return None


def _mapping_warnings(sheet: SheetPreview, mapping: ColumnMapping) -> None:
    for match in mapping.columns:
        if match.field and match.confidence < STRIPPED:
            sheet.warnings.append(
                ImportWarning(
                    None,
                    match.header,
                    _("The column “{header}” was read as {field} (a near match): check the mapping.").format(
                        header=match.header, field=match.field.replace("_", " ")
                    ),
                )
            )
    unmapped = [m.header for m in mapping.unmapped]
    if unmapped:
        sheet.warnings.append(
            ImportWarning(
                None,
                "",
                _("These columns are not imported: {columns}.").format(
                    columns=", ".join(f"“{h}”" for h in unmapped)
                ),
            )
        )


def _count(preview: ImportPreview) -> None:
    """Count, per sheet, the entities its valid rows create, update or leave (each entity once)."""
    counted: set[int] = set()
    for sheet in preview.sheets:
        for row in sheet.rows:
            if row.outcome is Outcome.REJECTED or row.held:
                continue
            for plan in row.plans:
                if id(plan) in counted:
                    continue
                counted.add(id(plan))
                _count_plan(sheet, plan)


def _count_plan(sheet: SheetPreview, plan: Any) -> None:
    if isinstance(plan, OrgPlan):
        sheet.created.organisations += 1
        return
    if isinstance(plan, OrgUpdate):
        entity, changed = "organisations", bool(plan.changed_fields())
    elif isinstance(plan, PersonPlan):
        entity, changed = "people", bool(plan.changed_fields())
    elif isinstance(plan, RecordPlan):
        entity, changed = "training_records", bool(plan.changed_fields())
    elif isinstance(plan, ActionPlanned):
        entity = "actions"
        changed = bool(plan.changed_fields()) or plan.partners_changed() or bool(plan.update_text)
    elif isinstance(plan, AnswerPlan):
        entity, changed = "answers", bool(plan.changed_fields())
    else:
        return  # themes and objectives are reported as warnings
    if not plan.is_new and not changed and plan.conflicts:
        return  # counted as a conflict only: whether it changes is the user's choice
    target = sheet.created if plan.is_new else sheet.updated if changed else sheet.unchanged
    setattr(target, entity, getattr(target, entity) + 1)


# Called inside an import's transaction, after its rows are written and before it commits:
# ``hook(uow, preview, created, updated)`` may record more in the same batch (so one undo
# reverses both) and returns a sentence for the user, or None.
AfterApply = Callable[[UnitOfWork, ImportPreview, Counts, Counts], str | None]


@gc_paused()  # as above: the rows, their plans and their change-log entries
def apply_import(
    db_or_uow_factory: Any,
    preview: ImportPreview,
    *,
    skip_invalid: bool = False,
    prefer: Resolution | str | None = None,
    resolutions: Mapping[tuple[str, int, str], Resolution | str] | None = None,
    source_name: str | None = None,
    after_apply: Sequence[AfterApply] = (),
) -> ImportResult:
    """Write a previewed import in one transaction, as one change batch that undo reverses.

    All or nothing by default: when any row was rejected, or a conflict has no choice,
    nothing is written and the result says ``applied=False``. With ``skip_invalid`` the
    valid rows are written, the rejected ones left out, and conflicts without a choice keep
    our values. A mapping the user corrected is remembered for the partner.

    Args:
        prefer: "theirs" (the file's value) or "ours" for every conflict without a choice
            in ``resolutions``.
        resolutions: a choice per conflict, by ``Conflict.key`` (sheet, row, field):
            "theirs" or "ours".
        source_name: the name recorded with the batch and on training records (default:
            the file's name).
        after_apply: callbacks run in the import's transaction once its rows are written
            (``AfterApply``); their sentences are the result's ``notes``.

    Raises:
        ValidationError: an unknown choice, or a conflict that is not in the preview.
    """
    rejected = preview.rejected
    conflicts = [
        c
        for sheet in preview.imported_sheets
        for row in sheet.rows
        if row.outcome is not Outcome.REJECTED
        for c in row.conflicts
    ]
    choices = _choices(preview, conflicts, prefer, resolutions)
    unresolved = sum(1 for c in conflicts if choices[id(c)] is None)
    if (rejected or unresolved) and not skip_invalid:
        return ImportResult(applied=False, skipped_rows=rejected, unresolved=unresolved)
    state = preview.state
    if state is None:
        raise ValidationError(_("This preview holds nothing to apply: preview the file again."))
    if state.applied:
        raise ValidationError(
            _("This import has already been applied: preview the file again to import it anew.")
        )
    took_theirs = 0
    for conflict in conflicts:
        conflict.resolution = choices[id(conflict)]
        if conflict.resolution is Resolution.THEIRS:
            took_theirs += 1
            if conflict.take is not None:
                conflict.take()
    kept_ours = len(conflicts) - took_theirs
    source_name = source_name or preview.file_name
    rows = [
        row
        for sheet in preview.imported_sheets
        for row in sheet.rows
        if row.outcome is not Outcome.REJECTED and not row.held
    ]
    rows_new = sum(1 for row in rows if row.outcome is Outcome.NEW or _revived(row))
    rows_updated = sum(1 for row in rows if _updates(row))
    description = _("Imported {file}: {new} new, {updated} updated").format(
        file=source_name, new=rows_new, updated=rows_updated
    )
    if conflicts:
        description += _(" ({theirs} conflicts took theirs, {ours} kept ours)").format(
            theirs=took_theirs, ours=kept_ours
        )
    factory = _factory(db_or_uow_factory)
    with factory(source=ChangeSource.IMPORT) as uow:  # the batch is named when it is committed
        writer = Writer(uow, preview, source_name)
        writer.write(gather(rows))
        remember_mapping(uow, preview)
        notes = [note for hook in after_apply if (note := hook(uow, preview, writer.created, writer.updated))]
        uow.commit(description)
        batch_id = uow.batch_id
    state.applied = True
    return ImportResult(
        applied=True,
        batch_id=batch_id,
        created=writer.created,
        updated=writer.updated,
        rows_new=rows_new,
        rows_updated=rows_updated,
        skipped_rows=rejected,
        description=description,
        unresolved=unresolved,
        took_theirs=took_theirs,
        kept_ours=kept_ours,
        notes=tuple(notes),
    )


def _revived(row: RowOutcome) -> bool:
    """A row deleted here since the export that the user chose to add again."""
    return any(c.field == "record" and c.resolution is Resolution.THEIRS for c in row.conflicts)


def _updates(row: RowOutcome) -> bool:
    if row.outcome is Outcome.UPDATED:
        return True
    if row.outcome is not Outcome.CONFLICT or _revived(row):
        return False
    return bool(row.changes) or any(c.resolution is Resolution.THEIRS for c in row.conflicts)


def _resolution(value: Resolution | str | None, what: str) -> Resolution | None:
    if value is None:
        return None
    try:
        return Resolution(str(value).strip().casefold())
    except ValueError:
        raise ValidationError(
            _("“{value}” is not a choice for {what}: choose theirs or ours.").format(value=value, what=what),
            field="prefer",
        ) from None


def _choices(
    preview: ImportPreview,
    conflicts: list[Conflict],
    prefer: Resolution | str | None,
    resolutions: Mapping[tuple[str, int, str], Resolution | str] | None,
) -> dict[int, Resolution | None]:
    """The choice for each conflict (by id): its own resolution, else ``prefer``, else None."""
    fallback = _resolution(prefer, _("every conflict"))
    by_key = {c.key: c for c in preview.conflicts}
    chosen: dict[tuple[str, int, str], Resolution | None] = {}
    for key, value in (resolutions or {}).items():
        if key not in by_key:
            sheet, row, name = key
            raise ValidationError(
                _("There is no conflict in the field {field} on row {row} of the sheet “{sheet}”.").format(
                    field=name, row=row, sheet=sheet
                ),
                field="resolutions",
            )
        chosen[key] = _resolution(value, _("row {row}").format(row=key[1]))
    return {id(c): chosen.get(c.key) or fallback for c in conflicts}

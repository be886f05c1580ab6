"""The ``actionplan import`` command: preview a spreadsheet, apply it, save its rejects."""

import argparse
import json
from collections import Counter
from pathlib import Path
from typing import Any

from actionplan.bulk import gc_paused
from actionplan.errors import FileFormatError
from actionplan.exchange.preview import (
    Conflict,
    ImportPreview,
    ImportResult,
    Outcome,
    SheetPreview,
)
from actionplan.i18n import _, ngettext

EXIT_OK = 0
EXIT_REJECTED = 1
EXIT_USAGE = 2
SHOWN_ERRORS = 10  # per sheet, in the plain output; --json lists every one

KIND_CHOICES = ("people", "training", "matrix", "actions", "organisations", "assessment")


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "import",
        help=_(
            "import people, training records, actions, organisations or self-assessment ratings "
            "from a spreadsheet"
        ),
        description=_(
            "Import a spreadsheet (.xlsx, .xlsm, .xls, .ods or .csv). Exit status: 0 imported; 1 rows "
            "were rejected, or fields changed both here and in a returned export (nothing imported "
            "unless --skip-invalid, or --prefer for the conflicts); 2 the file cannot be read."
        ),
    )
    p.add_argument("file", type=Path, help=_("the spreadsheet"))
    p.add_argument(
        "--kind", choices=KIND_CHOICES, default=None, help=_("what the sheets hold (default: detect)")
    )
    p.add_argument("--sheet", default=None, help=_("only this sheet, by name or number"))
    p.add_argument("--org", default=None, help=_("the organisation of the people in the file"))
    p.add_argument("--dry-run", action="store_true", help=_("show what would change, change nothing"))
    p.add_argument(
        "--skip-invalid", action="store_true", help=_("import the valid rows, leave out the rejected")
    )
    p.add_argument(
        "--rejects", type=Path, default=None, metavar="OUT.xlsx", help=_("save the rejected rows here")
    )
    p.add_argument(
        "--prefer",
        choices=("theirs", "ours"),
        default=None,
        help=_(
            "for a returned export, a field changed both here and in the file since: take the file's "
            "value (theirs) or keep ours (default: import nothing and list the conflicts)"
        ),
    )
    p.add_argument("--json", action="store_true", help=_("print one JSON object"))
    p.set_defaults(handler=cmd_import)


# The collector held off for the whole command (the preview and the apply each hold it off too,
# but each would then collect its young objects on the way out: the process ends instead).
@gc_paused()
def cmd_import(args: argparse.Namespace, ctx: Any) -> int:
    # Imported here, not at the top: every command builds the parser, and the importer pulls in
    # the whole exchange package, which would slow down `status`, `--version` and the rest.
    from actionplan.exchange.importer import apply_import, preview_import
    from actionplan.exchange.rejects import write_rejects
    from actionplan.protection.workbooks import password_for_file
    from actionplan.requests.returns import record_return
    from actionplan.services import plans

    password = password_for_file(args.file, ctx.password() if hasattr(ctx, "password") else None)
    db = ctx.open()
    try:
        plan = plans.find_plan(db.unit_of_work(), ctx.plan)
        preview = preview_import(
            db, args.file, plan_id=plan.id, kind=args.kind, sheet=args.sheet, org=args.org, password=password
        )
        if not preview.imported_sheets:
            reasons = " ".join(s.skipped or "" for s in preview.sheets)
            raise FileFormatError(
                _("Nothing in “{file}” could be imported. {reasons}").format(
                    file=preview.file_name, reasons=reasons
                )
            )
        rejects_written = None
        if args.rejects is not None and preview.rejected:
            rejects_written = write_rejects(preview, args.rejects, password=password)
        result = None
        if not args.dry_run:
            result = apply_import(
                db, preview, skip_invalid=args.skip_invalid, prefer=args.prefer, after_apply=[record_return]
            )
    finally:
        db.close()
    applied = result is not None and result.applied
    if args.json:
        print(json.dumps(preview.to_json(applied=applied), indent=2, ensure_ascii=False))
    else:
        _print_human(
            preview,
            result=result,
            dry_run=args.dry_run,
            skip_invalid=args.skip_invalid,
            prefer=args.prefer,
        )
        if args.rejects is not None and rejects_written is None:
            print(_("No rows were rejected, so no rejects workbook was written."))
        if rejects_written is not None:
            print(
                ngettext(
                    "Saved {n} rejected row to {path}.", "Saved {n} rejected rows to {path}.", rejects_written
                ).format(n=rejects_written, path=args.rejects)
            )
    open_conflicts = bool(preview.conflicts) and args.prefer is None
    return EXIT_REJECTED if preview.rejected or open_conflicts else EXIT_OK


def _entity_words(entity: str, n: int) -> str:
    words = {
        "people": ngettext("{n} person", "{n} people", n),
        "training_records": ngettext("{n} training record", "{n} training records", n),
        "actions": ngettext("{n} action", "{n} actions", n),
        "organisations": ngettext("{n} organisation", "{n} organisations", n),
        "answers": ngettext("{n} self-assessment answer", "{n} self-assessment answers", n),
    }
    return words[entity].format(n=n)


def _counts_line(sheet_or_preview: ImportPreview | SheetPreview) -> str:
    parts = []
    for label, counts in (
        (_("new"), sheet_or_preview.created),
        (_("updated"), sheet_or_preview.updated),
        (_("unchanged"), sheet_or_preview.unchanged),
    ):
        items = [_entity_words(name, n) for name, n in counts.to_json().items() if n]
        parts.append(f"{label}: {', '.join(items) if items else '0'}")
    return "; ".join(parts)


def _print_human(
    preview: ImportPreview,
    *,
    result: ImportResult | None,
    dry_run: bool,
    skip_invalid: bool,
    prefer: str | None,
) -> None:
    applied = result is not None and result.applied
    print(preview.file_name)
    for sheet in preview.sheets:
        if sheet.skipped:
            print("  " + _("Sheet “{name}”: skipped. {reason}").format(name=sheet.name, reason=sheet.skipped))
            continue
        outcomes = Counter(row.outcome for row in sheet.rows)  # one pass over 50,000 rows, not five
        print(
            "  "
            + _(
                "Sheet “{name}”: {kind}, header on row {header}, {rows} rows ({new} new, {updated} updated, "
                "{unchanged} unchanged, {rejected} rejected)"
            ).format(
                name=sheet.name,
                kind=sheet.kind,
                header=sheet.header_row,
                rows=len(sheet.rows),
                new=outcomes[Outcome.NEW],
                updated=outcomes[Outcome.UPDATED],
                unchanged=outcomes[Outcome.UNCHANGED],
                rejected=outcomes[Outcome.REJECTED],
            )
            + (
                ngettext(", {n} row in conflict", ", {n} rows in conflict", n).format(n=n)
                if (n := outcomes[Outcome.CONFLICT])
                else ""
            )
        )
        print("    " + _counts_line(sheet))
        errors = sheet.errors
        for error in errors[:SHOWN_ERRORS]:
            where = _("Row {row}").format(row=error.row) + (f", {error.column}" if error.column else "")
            print(f"    {where}: {error.message}")
        if len(errors) > SHOWN_ERRORS:
            print("    " + _("… and {n} more problems (use --rejects or --json to see them all)").format(
                n=len(errors) - SHOWN_ERRORS))  # fmt: skip
        for warning in sheet.warnings:
            if warning.message == sheet.skipped:
                continue
            where = _("Row {row}").format(row=warning.row) if warning.row else _("Note")
            column = f", {warning.column}" if warning.column else ""
            print(f"    {where}{column}: {warning.message}")
        for conflict in sheet.conflicts:
            print("    " + _conflict_line(conflict))
    rejected = preview.rejected
    conflicts = len(preview.conflicts)
    if dry_run:
        print(_("Dry run: nothing was changed."))
    elif applied:
        assert result is not None
        if preview.has_changes or result.took_theirs:
            print(_("Imported: {counts}.").format(counts=_counts_line(preview)))
        else:
            print(_("Nothing to change: every row is already in the database."))
        if rejected:
            print(
                ngettext(
                    "{n} rejected row was left out.", "{n} rejected rows were left out.", rejected
                ).format(n=rejected)
            )
        if conflicts:
            print(
                _("Conflicts: {theirs} took the file's value, {ours} kept ours.").format(
                    theirs=result.took_theirs, ours=result.kept_ours
                )
            )
        for note in result.notes:
            print(note)
    elif conflicts and not rejected and prefer is None:
        print(
            ngettext(
                "Nothing was imported: {n} field was changed both here and in the file since the export. "
                "Use --prefer theirs to take the file's value, or --prefer ours to keep ours.",
                "Nothing was imported: {n} fields were changed both here and in the file since the export. "
                "Use --prefer theirs to take the file's values, or --prefer ours to keep ours.",
                conflicts,
            ).format(n=conflicts)
        )
    elif rejected and not skip_invalid:
        print(
            ngettext(
                "Nothing was imported: {n} row was rejected. Fix it, or use --skip-invalid to import the "
                "other rows.",
                "Nothing was imported: {n} rows were rejected. Fix them, or use --skip-invalid to import the "
                "other rows.",
                rejected,
            ).format(n=rejected)
        )


def _conflict_line(conflict: Conflict) -> str:
    """ "Row 5, Status: conflict: ours “Blocked”, theirs “Complete” (at the export “In progress”)"."""
    where = _("Row {row}").format(row=conflict.row) + (f", {conflict.column}" if conflict.column else "")
    if conflict.field == "record":
        return f"{where}: " + _("conflict: {message}").format(message=conflict.message)
    from actionplan.exchange.conflicts import conflict_words  # reads workbooks: loaded when used

    return f"{where}: {conflict_words(conflict.ours, conflict.theirs, conflict.exported)}"

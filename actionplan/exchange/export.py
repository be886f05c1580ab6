"""Exporting workbooks: the full export, a partner's pack and the aggregate figures (DESIGN §5).

``export_workbook`` writes the file (to a temporary name first, so a failed or cancelled
export leaves nothing half-written), puts the plan, export time, schema version, kind and
partner in the document properties, and records the export in the change log.
"""

import io
import logging
import os
import uuid as uuid_module
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from sqlalchemy import func, select

from actionplan import __version__, clock
from actionplan.domain.compliance import DEFAULT_WARNING_DAYS
from actionplan.domain.enums import ChangeOp, ChangeSource
from actionplan.domain.text import match_key
from actionplan.errors import ActionPlanError
from actionplan.exchange import export_aggregate as aggregate
from actionplan.exchange import export_organisations
from actionplan.exchange import export_sheets as sheets_module
from actionplan.exchange import export_summary as summary
from actionplan.exchange.export_properties import APPLICATION, read_export_properties, set_properties
from actionplan.exchange.workbook_style import Lists, SheetWriter
from actionplan.i18n import _
from actionplan.protection.workbooks import check_password, encrypt_stream
from actionplan.services import organisations as organisation_service
from actionplan.services import plans as plan_service
from actionplan.services.readmodels import OrganisationView, RequirementCompliance
from actionplan.services.settings import get_setting
from actionplan.storage.database import head_revision
from actionplan.storage.models import Action
from actionplan.storage.uow import UnitOfWork

__all__ = [
    "APPLICATION",
    "ExportCancelled",
    "ExportError",
    "ExportSummary",
    "check_destination",
    "export_workbook",
    "find_partner",
    "read_export_properties",
    "sheet_choices",
    "sheet_titles",
]

KINDS = ("full", "partner", "aggregate")
FULL_SHEETS = ("summary", "actions", "people", "training", "matrix", "requirements", "partners")
AGGREGATE_SHEETS = ("summary", "organisations", "role_groups", "courses")

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]


class ExportError(ActionPlanError):
    """The workbook cannot be written where or how it was asked for."""


class ExportCancelled(ActionPlanError):
    """The user stopped the export; no file was written."""

    def __init__(self, message: str | None = None):
        super().__init__(message or _("The export was cancelled; no file was written."))


def sheet_titles() -> dict[str, str]:
    """Sheet keys and the titles the workbook shows (also accepted by ``sheets=``)."""
    return {
        "summary": _("Summary"),
        "actions": _("Actions"),
        "people": _("People"),
        "training": _("Training records"),
        "matrix": _("Training matrix"),
        "requirements": _("Requirements"),
        "partners": _("Organisations"),
        "organisations": _("By organisation"),
        "role_groups": _("By role group"),
        "courses": _("By course"),
    }


def sheet_choices(kind: str = "full") -> list[tuple[str, str]]:
    """(key, title) of the sheets an export of ``kind`` can hold, in workbook order."""
    keys = AGGREGATE_SHEETS if kind == "aggregate" else FULL_SHEETS
    titles = sheet_titles()
    return [(key, titles[key]) for key in keys]


@dataclass(frozen=True)
class ExportSummary:
    """What an export wrote.

    Attributes:
        path: the workbook.
        kind: "full", "partner" or "aggregate".
        partner: the partner organisation's name, or None.
        sheets: data rows per sheet title, in workbook order.
        as_of: the day RAG ratings and compliance were worked out for.
        exported_at: when, in UTC.
        export_id: the UUID in the workbook's properties and the change log.
        batch_id: the change-log batch that records the export.
    """

    path: Path
    kind: str
    partner: str | None
    sheets: dict[str, int] = field(default_factory=dict)
    as_of: date | None = None
    exported_at: datetime | None = None
    export_id: str = ""
    batch_id: int | None = None
    protected: bool = False

    def line(self) -> str:
        """One line for the command line or a status bar."""
        counts = ", ".join(f"{title} {rows}" for title, rows in self.sheets.items())
        if self.kind == "partner":
            what = _("Partner pack for {partner}").format(partner=self.partner)
        elif self.kind == "aggregate":
            what = _("Aggregate figures")
        else:
            what = _("Full export")
        if self.protected:
            return _("{what} written to {path}, protected with a password ({counts}).").format(
                what=what, path=self.path, counts=counts
            )
        return _("{what} written to {path} ({counts}).").format(what=what, path=self.path, counts=counts)


def export_workbook(
    source: Any,
    plan_id: int,
    out_path: str | Path,
    *,
    kind: str = "full",
    partner: str | int | None = None,
    sheets: Sequence[str] | None = None,
    on: date | None = None,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    compliance: "list[RequirementCompliance] | None" = None,
    password: str | None = None,
) -> ExportSummary:
    """Write a workbook for partners or the board and record it in the change log.

    Args:
        source: a unit of work (not yet entered; its source, screen or command, goes into
            the change log) or an open ``Database`` (recorded as from the screen).
        plan_id: the plan to export.
        out_path: the .xlsx file to write; an existing file is replaced.
        kind: "full", "partner" (one organisation's people, training and the actions it
            leads or supports) or "aggregate" (counts only, no names).
        partner: the organisation for a partner pack (name, short name, alias or id); given
            with kind "full" it makes a partner pack; with "aggregate", figures for it alone.
        sheets: sheet keys or titles to include (see ``sheet_choices``); None for all.
        on: the day RAG ratings and compliance are worked out for (default today).
        progress: called as ``progress(done, total)`` in rows.
        cancel: called now and then; returning True stops the export (ExportCancelled).
        compliance: the plan's requirement compliance on ``on`` when the caller has it already
            (a round of partner packs): it gives the progress of actions linked to a requirement.
        password: protect the workbook with this password (ECMA-376 agile encryption, as
            Excel does); the workbook is encrypted from memory, so no unprotected copy is
            written.

    Raises:
        ExportError: a bad path, extension, kind, sheet or partner, in one sentence.
        ValidationError: a password shorter than 8 characters.
        ExportCancelled: when ``cancel`` returned True; nothing is written.
    """
    uow: UnitOfWork = (
        source if isinstance(source, UnitOfWork) else source.unit_of_work(source=ChangeSource.SCREEN)
    )
    if kind not in KINDS:
        raise ExportError(
            _("'{kind}' is not a kind of export: use full, partner or aggregate.").format(kind=kind)
        )
    path = check_destination(out_path)
    if password:
        check_password(password)
    on = on or clock.today()
    organisation = find_partner(uow, partner) if partner not in (None, "") else None
    if kind == "partner" and organisation is None:
        raise ExportError(_("A partner pack needs the partner organisation: give its name."))
    if kind == "full" and organisation is not None:
        kind = "partner"
    wanted = choose_sheets(kind, sheets)
    plan = plan_service.get_plan(uow, plan_id)
    with uow:
        warning_days = int(get_setting(uow.session, "warning_days", DEFAULT_WARNING_DAYS))
        action_count = uow.session.execute(
            select(func.count()).select_from(Action).where(Action.plan_id == plan_id)
        ).scalar_one()
    people, records = sheets_module.count_rows(uow, organisation)
    total = action_count + people * 2 + records
    done = [0]

    def tick(rows: int) -> None:
        done[0] = min(done[0] + rows, total)
        if cancel is not None and cancel():
            raise ExportCancelled
        if progress is not None:
            progress(done[0], total)

    exported_at = clock.now()
    scope = sheets_module.Scope(plan, on, organisation, warning_days, tick, footer=plan.name)
    workbook = Workbook(write_only=True)
    export_id = str(uuid_module.uuid4())
    temporary = _temporary_file(path)
    try:
        rows = _write_sheets(workbook, uow, scope, kind, wanted, exported_at, compliance)
        set_properties(
            workbook,
            title=plan.name,
            subject=_contents(kind, scope),
            custom={
                "Plan": plan.name,
                "Plan UUID": plan.uuid,
                "Export ID": export_id,
                "Exported at": exported_at.replace(microsecond=0).isoformat(),
                "Figures as at": on.isoformat(),
                "Export kind": kind,
                "Partner": organisation.name if organisation else "-",
                "Partner UUID": organisation.uuid if organisation else "-",
                "Schema version": head_revision(),
                "Application version": __version__,
            },
            created=exported_at,
        )
        if password:
            buffer = io.BytesIO()
            workbook.save(buffer)
            encrypt_stream(buffer, temporary, password)
        else:
            workbook.save(temporary)
        _replace(temporary, path)
    except BaseException:
        _discard(workbook)
        temporary.unlink(missing_ok=True)
        raise
    if progress is not None:
        progress(total, total)
    try:
        batch_id = _record(uow, plan, scope, kind, path, rows, exported_at, export_id, bool(password))
    except BaseException:
        path.unlink(missing_ok=True)  # an export the change log does not show must not exist
        raise
    return ExportSummary(
        path=path,
        kind=kind,
        partner=organisation.name if organisation else None,
        sheets=rows,
        as_of=on,
        exported_at=exported_at,
        export_id=export_id,
        batch_id=batch_id,
        protected=bool(password),
    )


# ---------------------------------------------------------------- checks


def check_destination(out_path: str | Path) -> Path:
    """The path to write, refusing a wrong extension, a missing folder or a folder."""
    path = Path(out_path).expanduser()
    if path.suffix.casefold() != ".xlsx":
        raise ExportError(
            _("Exports are Excel workbooks: give the file a name ending in .xlsx (not “{name}”).").format(
                name=path.name
            )
        )
    if path.is_dir():
        raise ExportError(_("{path} is a folder: give a file name ending in .xlsx.").format(path=path))
    if not path.parent.is_dir():
        raise ExportError(_("The folder {folder} does not exist.").format(folder=path.parent))
    return path.resolve()


def _temporary_file(path: Path) -> Path:
    """A new, empty file beside ``path``, so the final rename stays on one disk.

    Made with ``open(..., "x")`` rather than ``mkstemp`` so that it gets the usual
    permissions: the workbook is for sharing.
    """
    temporary = path.with_name(f".{path.stem}-{uuid_module.uuid4().hex[:12]}.xlsx.part")
    try:
        with temporary.open("xb"):
            pass
    except OSError as exc:
        raise ExportError(
            _("Cannot write to the folder {folder}: {reason}.").format(
                folder=path.parent, reason=exc.strerror or exc
            )
        ) from exc
    return temporary


def _discard(workbook: Workbook) -> None:
    """Close and delete the temporary files of an unfinished write-only workbook."""
    for ws in workbook.worksheets:
        writer = getattr(ws, "_writer", None)
        rows = getattr(ws, "_rows", None)
        try:
            if rows is not None:
                rows.close()
            if writer is not None:
                writer.close()
                if os.path.exists(writer.out):
                    writer.cleanup()
        except (OSError, ValueError, RuntimeError) as exc:  # already closed or removed
            log.debug("Could not tidy up after an unfinished export: %s", exc)


def _replace(temporary: Path, path: Path) -> None:
    try:
        os.replace(temporary, path)
    except OSError as exc:
        raise ExportError(
            _(
                "Cannot write {name}: close it if it is open in Excel, or choose another name ({reason})."
            ).format(name=path.name, reason=exc.strerror or exc)
        ) from exc


def find_partner(uow: UnitOfWork, partner: str | int) -> OrganisationView:
    """The organisation named (name, short name or alias) or numbered ``partner``."""
    organisations = organisation_service.list_organisations(uow)
    if isinstance(partner, int) or str(partner).isdigit():
        for org in organisations:
            if org.id == int(partner):
                return org
    with uow:
        row = organisation_service.find_organisation_row(uow, str(partner))
        found = row.id if row is not None else None
    for org in organisations:
        if org.id == found:
            return org
    names = ", ".join(org.name for org in organisations) or _("none yet")
    raise ExportError(
        _("There is no organisation called “{name}”. Organisations: {names}.").format(
            name=partner, names=names
        )
    )


def choose_sheets(kind: str, sheets: Sequence[str] | None) -> list[str]:
    """The sheet keys to write, in workbook order; keys or titles, ignoring case and spaces."""
    allowed = [key for key, _title in sheet_choices(kind)]
    if not sheets:
        return allowed
    titles = sheet_titles()
    by_key = {match_key(key): key for key in allowed} | {match_key(titles[key]): key for key in allowed}
    chosen = set()
    for name in sheets:
        key = by_key.get(match_key(name))
        if key is None:
            raise ExportError(
                _("This export has no sheet called “{name}”: choose from {names}.").format(
                    name=name, names=", ".join(titles[k] for k in allowed)
                )
            )
        chosen.add(key)
    return [key for key in allowed if key in chosen]


# ---------------------------------------------------------------- writing


def _contents(kind: str, scope: sheets_module.Scope) -> str:
    partner = scope.partner.name if scope.partner else ""
    if kind == "partner":
        return _(
            "Partner pack for {partner}: its people and their training, the actions it leads or supports, "
            "and its Prevent contact."
        ).format(partner=partner)
    if kind == "aggregate":
        scope_text = _(" for {partner}").format(partner=partner) if partner else ""
        return _("Training figures{scope}: counts and percentages only, without names.").format(
            scope=scope_text
        )
    return _(
        "Full export: actions, people, training records, the training matrix, requirements and organisations."
    )


def _write_sheets(
    workbook: Workbook,
    uow: UnitOfWork,
    scope: sheets_module.Scope,
    kind: str,
    wanted: list[str],
    exported_at: datetime,
    compliance: "list[RequirementCompliance] | None" = None,
) -> dict[str, int]:
    titles = sheet_titles()
    lists = Lists()
    sheets_module.add_plan_lists(uow, scope, lists)
    # The Summary comes first in the workbook but is written last, when the counts are known.
    summary_writer = (
        SheetWriter(workbook, titles["summary"], summary.SUMMARY_COLUMNS, lists=None, footer=scope.footer)
        if "summary" in wanted
        else None
    )
    rows: dict[str, int] = {}
    rags: Counter = Counter()
    needs_matrix = bool({"matrix", "requirements", "organisations", "role_groups", "courses"} & set(wanted))
    needs_matrix = needs_matrix or summary_writer is not None or (kind == "full" and "actions" in wanted)
    matrix = sheets_module.load_matrix(uow, scope) if needs_matrix else None
    figures = sheets_module.requirement_figures(matrix, scope.on) if matrix is not None else []
    if "actions" in wanted:
        # A full export's figures are the plan's: actions linked to a requirement take their
        # progress from them rather than working compliance out a second time.
        known = sheets_module.as_compliance(figures) if kind == "full" and matrix is not None else compliance
        rows[titles["actions"]], rags = sheets_module.write_actions(workbook, uow, scope, lists, known)
    elif summary_writer is not None:
        rags = _action_rags(uow, scope)
    if "people" in wanted:
        rows[titles["people"]] = sheets_module.write_people(workbook, uow, scope, lists)
    if "training" in wanted:
        rows[titles["training"]] = sheets_module.write_training(workbook, uow, scope, lists)
    if "matrix" in wanted and matrix is not None:
        rows[titles["matrix"]] = sheets_module.write_matrix(workbook, matrix, scope)
    if "requirements" in wanted:
        rows[titles["requirements"]] = sheets_module.write_requirements(workbook, figures, scope)
    if "partners" in wanted:
        rows[titles["partners"]] = export_organisations.write_organisations(workbook, uow, scope, lists)
    for key, write in (
        ("organisations", aggregate.write_by_organisation),
        ("role_groups", aggregate.write_by_role_group),
        ("courses", aggregate.write_by_course),
    ):
        if key in wanted and matrix is not None:
            rows[titles[key]] = write(workbook, matrix, scope)
    list_rows = lists.write_sheet(workbook)
    if summary_writer is not None:
        lines = summary.opening_lines(scope.plan, scope.on, exported_at, _contents(kind, scope))
        lines += summary.sheet_lines(rows)
        lines += summary.rag_lines(rags)
        if kind == "aggregate":
            lines += summary.suppression_legend()
        else:
            lines += summary.requirement_lines(figures)
            if "matrix" in wanted:
                lines += summary.matrix_legend(scope.on, scope.warning_days)
            if "actions" in wanted:
                lines += summary.rag_legend()
            lines += summary.return_instructions()
        rows = {titles["summary"]: summary.write_summary(summary_writer, lines), **rows}
    if list_rows:
        rows["Lists"] = list_rows
    return rows


def _action_rags(uow: UnitOfWork, scope: sheets_module.Scope) -> Counter:
    """Actions by RAG for an aggregate Summary (counts only: owners are people)."""
    from actionplan.services.actions import list_actions

    actions = list_actions(uow, scope.plan.id, scope.on)
    if scope.partner is not None:
        pid = scope.partner.id
        actions = [a for a in actions if a.lead_organisation_id == pid or pid in a.partner_ids]
    return Counter(a.rag for a in actions if a.rag is not None)


def _record(
    uow: UnitOfWork,
    plan,
    scope: sheets_module.Scope,
    kind: str,
    path: Path,
    rows: dict[str, int],
    exported_at: datetime,
    export_id: str,
    protected: bool = False,
) -> int | None:
    """One change-log batch saying what was exported where (undo refuses it: it is not a table change)."""
    partner = scope.partner
    with uow:
        uow.log_extra(
            "export",
            ChangeOp.CREATE,
            {
                "file": path.name,
                "folder": str(path.parent),
                "kind": kind,
                "plan": plan.name,
                "plan_uuid": plan.uuid,
                "partner": partner.name if partner else None,
                "partner_uuid": partner.uuid if partner else None,
                "as_of": scope.on.isoformat(),
                "exported_at": exported_at.isoformat(),
                "sheets": rows,
                "password_protected": protected,
            },
            uuid=export_id,
        )
        if kind == "partner":
            description = _("Exported a partner pack for {partner} to {name}")
        elif kind == "aggregate":
            description = _("Exported aggregate figures to {name}")
        else:
            description = _("Exported the plan to {name}")
        uow.commit(description.format(partner=partner.name if partner else "", name=path.name))
        return uow.batch_id

"""Rows of an organisations sheet: each partner's name, sector and Prevent contact, matched and planned.

An organisation is matched by its Organisation record ID (our UUID), then by its name, short
name or alias. A blank cell leaves the stored value alone; a field changed here since the
export the file came from is kept, or is a conflict, as for people and actions.
"""

from collections.abc import Callable
from typing import Any

from sqlalchemy import select

from actionplan.domain.enums import Sector
from actionplan.domain.text import match_key
from actionplan.exchange.cells import RowReader, SheetInput
from actionplan.exchange.conflicts import Verdict, judge
from actionplan.exchange.matching import ImportState, is_uuid
from actionplan.exchange.plans import OrgPlan, OrgUpdate
from actionplan.exchange.preview import Conflict, FieldChange, Outcome, RowOutcome, shown_value
from actionplan.exchange.values import label_keys
from actionplan.i18n import _
from actionplan.storage.models import Organisation

# Organisation columns an organisations sheet may set, and the import's name for each.
COLUMNS = ("name", "short_name", "sector", "specified_authority", "contact_name", "contact_email")
FIELD_OF = {"name": "organisation"}
_LIMITS = {"name": 200, "short_name": 60, "contact_name": 200}


def sector_from_text(text: str) -> Sector | None:
    """A sector from its words ("Local authority") or stored value ("local_authority"), or None."""
    key = match_key(text)
    for sector in Sector:
        if key == match_key(sector.value) or key in label_keys(sector):  # Welsh or English
            return sector
    return None


def _shown(column: str, value: Any) -> Any:
    if column == "sector" and value:
        try:
            return Sector(value).label
        except ValueError:
            return value
    return value


class OrganisationSheet:
    """Reads an organisations sheet into row outcomes and plans (new organisations, or updates)."""

    def __init__(self, state: ImportState, sheet: SheetInput):
        self.state = state
        self.sheet = sheet
        self.orgs = state.orgs
        assert state.session is not None
        self.stored: dict[int, dict[str, Any]] = {}
        self.by_uuid: dict[str, int] = {}
        for row in state.session.execute(
            select(Organisation.id, Organisation.uuid, *(getattr(Organisation, c) for c in COLUMNS))
        ).all():
            self.stored[row[0]] = dict(zip(COLUMNS, row[2:], strict=True))
            self.by_uuid[row[1]] = row[0]
        self.uuids = {org_id: uuid for uuid, org_id in self.by_uuid.items()}
        self.seen: dict[object, int] = {}

    def run(self, tick: Callable[[], None]) -> None:
        rows = self.sheet.preview.rows
        for count, (number, cells) in enumerate(self.sheet.data_rows()):
            if count % 1000 == 999:
                tick()
            rows.append(self.row(number, cells))

    # ------------------------------------------------------------ one row

    def row(self, number: int, cells: list[object]) -> RowOutcome:
        r = RowReader(self.sheet, number, cells)
        given = self._read(r)
        record_id = r.identifier("record_id", 60)
        name = given.get("name")
        label = name or record_id or ""
        found: int | OrgPlan | None = None
        if record_id:
            if not is_uuid(record_id):
                r.error(
                    "record_id", _("This is not an Organisation record ID (they look like 1b4e28ba-2fa1-…).")
                )
            elif record_id in self.by_uuid:
                found = self.by_uuid[record_id]
            elif self.state.local.deleted("organisation", record_id) is not None:
                return self._left_out(r, label)
        if found is None and name:
            found = self.orgs.find(name)
        if found is None and not name and not r.errors:
            r.error(
                "organisation" if r.has("organisation") else "record_id",
                _(
                    "An organisation needs a name: this row has none, and its Record ID names no "
                    "organisation."
                ),
            )
        if isinstance(found, int) and name and record_id in self.by_uuid:
            other = self.orgs.find(name)
            if isinstance(other, int) and other != found:
                r.error(
                    "organisation",
                    _("Another organisation is already called “{name}”.").format(name=name),
                )
        self._check_duplicate(r, found, name)
        if r.errors:
            return RowOutcome(number, Outcome.REJECTED, label, errors=r.errors, cells=cells)
        if found is None or isinstance(found, OrgPlan):
            plan = found if isinstance(found, OrgPlan) else self.orgs.find_or_plan(name or "")[0]
            assert isinstance(plan, OrgPlan)
            plan.details.update({k: v for k, v in given.items() if k != "name"})
            return RowOutcome(number, Outcome.NEW, plan.name, cells=cells, plans=[plan])
        if record_id not in self.by_uuid:
            given.pop("name", None)  # found by name or alias: keep the stored spelling
        plan = self._plan_for(found)
        conflicts: list[Conflict] = []
        changes = self._merge(plan, given, number, conflicts)
        label = plan.values["name"]
        if conflicts:
            outcome = Outcome.CONFLICT
        elif changes:
            outcome = Outcome.UPDATED
        else:
            outcome = Outcome.UNCHANGED
        return RowOutcome(
            number, outcome, label, changes=changes, conflicts=conflicts, cells=cells, plans=[plan]
        )

    def _read(self, r: RowReader) -> dict[str, Any]:
        """The Organisation columns the row gives (blank cells are not given)."""
        given: dict[str, Any] = {}
        for column in ("name", "short_name", "contact_name"):
            field = FIELD_OF.get(column, column)
            text = (
                r.identifier(field, _LIMITS[column]) if column == "name" else r.text(field, _LIMITS[column])
            )
            if text:
                given[column] = text
        sector_text = r.text("sector", 100)
        if sector_text:
            sector = sector_from_text(sector_text)
            if sector is None:
                r.error(
                    "sector",
                    _("“{value}” is not a sector: use one of {sectors}.").format(
                        value=sector_text, sectors=", ".join(s.label for s in Sector)
                    ),
                )
            else:
                given["sector"] = sector.value
        specified = r.flag("specified_authority")
        if specified is not None:
            given["specified_authority"] = specified
        email = r.email("contact_email")
        if email:
            given["contact_email"] = email
        return given

    def _check_duplicate(self, r: RowReader, found: int | OrgPlan | None, name: str | None) -> None:
        key: object = ("org", found) if found is not None else ("name", match_key(name or ""))
        first = self.seen.get(key)
        if first is not None:
            r.error(
                "organisation" if r.has("organisation") else None,
                _(
                    "Row {row} is the same organisation: it can appear only once, so this row is left out."
                ).format(row=first),
            )
            return
        self.seen[key] = r.number

    def _left_out(self, r: RowReader, label: str) -> RowOutcome:
        self.sheet.warn(
            r.number,
            self.sheet.field_header("record_id"),
            _("This organisation was deleted here since the export, so the row was left out."),
        )
        return RowOutcome(r.number, Outcome.UNCHANGED, label, cells=r.cells)

    def _plan_for(self, org_id: int) -> OrgUpdate:
        plan = self.state.org_updates.get(org_id)
        if plan is None:
            base = dict(self.stored[org_id])
            plan = OrgUpdate(org_id, self.uuids[org_id], dict(base), base)
            self.state.org_updates[org_id] = plan
        return plan

    def _merge(
        self, plan: OrgUpdate, given: dict[str, Any], row: int, conflicts: list[Conflict]
    ) -> list[FieldChange]:
        changes = []
        exported = self.state.local.exported("organisation", plan.uuid)
        assert plan.base is not None
        for column, value in given.items():
            field = FIELD_OF.get(column, column)
            if column in exported:
                verdict = judge(value, plan.base[column], exported[column])
                if verdict is Verdict.KEEP:
                    continue
                if verdict is Verdict.CONFLICT:
                    conflicts.append(self._conflict(plan, column, exported[column], value, row))
                    continue
            current = plan.values[column]
            if current == value:
                continue
            plan.values[column] = value
            plan.set_by.setdefault(column, row)
            changes.append(FieldChange(field, _shown(column, current), _shown(column, value)))
        return changes

    def _conflict(self, plan: OrgUpdate, column: str, exported: Any, value: Any, row: int) -> Conflict:
        field = FIELD_OF.get(column, column)
        assert plan.base is not None

        def take() -> None:
            plan.values[column] = value

        shown_exported, ours, theirs = (
            _shown(column, exported),
            _shown(column, plan.base[column]),
            _shown(column, value),
        )
        message = _(
            "Changed here since the export (from “{exported}” to “{ours}”) and in the file (to "
            "“{theirs}”): choose which to keep."
        ).format(exported=shown_value(shown_exported), ours=shown_value(ours), theirs=shown_value(theirs))
        conflict = Conflict(
            self.sheet.preview.name,
            row,
            field,
            self.sheet.field_header(field),
            shown_exported,
            ours,
            theirs,
            message,
            take=take,
        )
        plan.conflicts[column] = (conflict, value)
        return conflict

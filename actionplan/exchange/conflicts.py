"""What changed here since a returned workbook was exported: kept, or flagged as a conflict.

Every export writes its Export ID and time into the workbook's document properties. When
one comes back, ``LocalChanges`` reads the change log since that time (one query for the
whole file) and gives, per row the file names, the value each field had at the export
(the ``old`` value of the first change to it since). The row readers then judge each field
the file would change (``judge``):

- not changed here since the export (or changed and changed back): the file's value is
  taken, as for any other file;
- changed here, and the file still holds the value at the export (the partner left the
  cell alone), or the value we have now: ours is kept and the field reported unchanged;
- changed here, and the file holds a third value: a conflict, applied only when the user
  chooses theirs (``apply_import(..., resolutions=..., prefer=...)``).
"""

from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, date, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any, BinaryIO

from sqlalchemy import select
from sqlmodel import Session, SQLModel

from actionplan.domain.enums import ChangeOp
from actionplan.errors import ActionPlanError
from actionplan.exchange.export_properties import read_export_properties
from actionplan.exchange.preview import shown_value
from actionplan.i18n import _
from actionplan.storage.models import ChangeBatch, ChangeEntry, TrainingRecord
from actionplan.storage.uow import from_json_value

# Entities whose changes since an export matter to an import, and the import's name for a
# column where it differs from the table's.
_ENTITIES = (
    "person",
    "action",
    "training_record",
    "action_partner",
    "action_update",
    "organisation",
    "assessment_answer",
)
_FIELD_NAMES = {"person": {"organisation_id": "organisation"}}
_NO_VALUE = object()


class Verdict(StrEnum):
    """What to do with one field the file gives for an existing row."""

    TAKE = "take"  # the file's value (no local change since the export)
    KEEP = "keep"  # ours: changed here, and the partner left the cell as exported
    CONFLICT = "conflict"  # changed on both sides: the user chooses


@dataclass(frozen=True)
class ExportOrigin:
    """The export a returned workbook came from, from its document properties."""

    export_id: str
    exported_at: datetime  # UTC
    figures_as_at: date | None = None


def export_origin(path: str | Path, data: BinaryIO | None = None) -> ExportOrigin | None:
    """The Export ID and time of one of our exports; None for any other file.

    A file without the properties (a partner's own tracker, a CSV, a workbook re-saved by a
    program that drops them) is imported as any other file is.
    """
    try:
        found = read_export_properties(path, data)
    except ActionPlanError:
        return None  # reading the file itself will say what is wrong with it
    try:
        at = datetime.fromisoformat(found["Exported at"].strip())  # "" is not a time either
    except (KeyError, ValueError):
        return None
    at = at.replace(tzinfo=UTC) if at.tzinfo is None else at.astimezone(UTC)
    try:
        figures: date | None = date.fromisoformat(found["Figures as at"].strip())
    except (KeyError, ValueError):
        figures = None
    return ExportOrigin(found.get("Export ID", "").strip(), at, figures)


def _python(entity: str, column: str, value: Any) -> Any:
    """A change-log value back into the column's Python value (ISO text back into dates)."""
    if not isinstance(value, str):
        return value
    table = SQLModel.metadata.tables.get(entity)
    col = table.c.get(column) if table is not None else None
    if col is None:
        return value
    try:
        return from_json_value(col, value)
    except ValueError:
        return value


def judge(theirs: Any, ours: Any, exported: Any = _NO_VALUE) -> Verdict:
    """The verdict on one field: ``exported`` is its value at the export when it changed here since."""
    if exported is _NO_VALUE or exported == ours:
        return Verdict.TAKE
    if theirs in (ours, exported):
        return Verdict.KEEP
    return Verdict.CONFLICT


def conflict_words(ours: object, theirs: object, before: object = None, *, when: str | None = None) -> str:
    """The words for a conflict, shared by the import and ``actionplan copy``.

    "conflict: ours “Blocked”, theirs “Complete” (at the export “In progress”)": ``before`` is
    the value at the export (or, with ``when="at the last copy"``, at the last copy), left out
    when unknown.
    """
    text = _("conflict: ours “{ours}”, theirs “{theirs}”").format(
        ours=shown_value(ours), theirs=shown_value(theirs)
    )
    if before is not None:
        text += " " + _("({when} “{value}”)").format(
            when=when or _("at the export"), value=shown_value(before)
        )
    return text


class LocalChanges:
    """The change log since an export, indexed by entity and UUID; empty for any other file."""

    def __init__(self, origin: ExportOrigin | None = None):
        self.origin = origin
        # (entity, uuid) -> {field: value at the export} for the fields changed since.
        self._exported: dict[tuple[str, str], dict[str, Any]] = {}
        # (entity, uuid) -> the row as it was when it was deleted (at the export, for the
        # fields not changed between the export and the deletion).
        self._deleted: dict[tuple[str, str], dict[str, Any]] = {}
        # action id -> [(op, organisation id)] of partner links added or removed, in order.
        self._partner_ops: dict[int, list[tuple[str, int]]] = defaultdict(list)
        self.new_update_ids: set[int] = set()  # action updates added since the export
        # action id -> texts of its updates deleted since (an action deleted with its log).
        self.deleted_updates: dict[int, set[str]] = defaultdict(set)
        # (person id, course id, completion date) of training records deleted or re-dated since.
        self.gone_records: set[tuple[int, int, date]] = set()

    @property
    def active(self) -> bool:
        return self.origin is not None

    @classmethod
    def load(cls, session: Session, origin: ExportOrigin | None) -> "LocalChanges":
        """Read every change to people, actions and training records since the export, at once."""
        changes = cls(origin)
        if origin is None:
            return changes
        since = cls._export_time(session, origin)
        rows = session.execute(
            select(
                ChangeEntry.entity,
                ChangeEntry.entity_uuid,
                ChangeEntry.entity_id,
                ChangeEntry.op,
                ChangeEntry.old,
                ChangeEntry.new,
            )
            .join(ChangeBatch, ChangeBatch.id == ChangeEntry.batch_id)
            # Batches copied from another database are history: the copy's own batch holds the change.
            .where(ChangeBatch.at > since, ChangeEntry.entity.in_(_ENTITIES), ChangeBatch.copied_from == "")
            .order_by(ChangeEntry.id)
        ).all()
        redated: dict[int, date] = {}
        for entity, uuid, entity_id, op, old, new in rows:
            if entity == "action_partner":
                values = (new if op == ChangeOp.CREATE.value else old) or {}
                if "action_id" in values and "organisation_id" in values:
                    changes._partner_ops[values["action_id"]].append((op, values["organisation_id"]))
                continue
            if entity == "action_update":
                if op == ChangeOp.CREATE.value and entity_id is not None:
                    changes.new_update_ids.add(entity_id)
                elif op == ChangeOp.DELETE.value and old:
                    changes.deleted_updates[old.get("action_id")].add(old.get("text") or "")
                continue
            if not uuid:
                continue
            key = (entity, uuid)
            if op == ChangeOp.UPDATE.value and new:
                first = changes._exported.setdefault(key, {})
                for column in new:
                    name = _FIELD_NAMES.get(entity, {}).get(column, column)
                    if name not in first:
                        first[name] = _python(entity, column, (old or {}).get(column))
                if entity == "training_record" and "completed_on" in new and entity_id is not None:
                    redated.setdefault(
                        entity_id, _python(entity, "completed_on", (old or {}).get("completed_on"))
                    )
            elif op == ChangeOp.DELETE.value and old:
                row = {
                    _FIELD_NAMES.get(entity, {}).get(column, column): _python(entity, column, value)
                    for column, value in old.items()
                }
                row.update(changes._exported.get(key, {}))
                changes._deleted[key] = row
                if entity == "training_record":
                    gone = (row.get("person_id"), row.get("course_id"), row.get("completed_on"))
                    changes.gone_records.add(gone)  # type: ignore[arg-type]
            elif op == ChangeOp.CREATE.value:
                changes._deleted.pop(key, None)  # deleted, then brought back by an undo
        if redated:
            ids = list(redated)
            for start in range(0, len(ids), 5000):
                for record_id, person_id, course_id in session.execute(
                    select(TrainingRecord.id, TrainingRecord.person_id, TrainingRecord.course_id).where(
                        TrainingRecord.id.in_(ids[start : start + 5000])
                    )
                ):
                    was = redated[record_id]
                    if was is not None:
                        changes.gone_records.add((person_id, course_id, was))
        return changes

    @staticmethod
    def _export_time(session: Session, origin: ExportOrigin) -> datetime:
        """The export's exact time from its change-log entry, else the (whole-second) property."""
        if origin.export_id:
            logged = session.execute(
                select(ChangeEntry.new)
                .where(ChangeEntry.entity == "export", ChangeEntry.entity_uuid == origin.export_id)
                .limit(1)  # pragma: no mutate (one export, one entry; scalar() reads the first row anyway)
            ).scalar()
            text = (logged or {}).get("exported_at") if isinstance(logged, dict) else None
            if text:
                try:
                    at = datetime.fromisoformat(text)
                    return at.replace(tzinfo=UTC) if at.tzinfo is None else at.astimezone(UTC)
                except ValueError:
                    pass
        return origin.exported_at

    # ------------------------------------------------------------ reading

    def exported(self, entity: str, uuid: str) -> dict[str, Any]:
        """{field: value at the export} of the fields of that row changed here since (often empty)."""
        return self._exported.get((entity, uuid), {})

    def deleted(self, entity: str, uuid: str) -> dict[str, Any] | None:
        """The row as it was at the export, when it has been deleted here since; else None."""
        return self._deleted.get((entity, uuid))

    def partners_at_export(self, action_id: int, current: frozenset[int]) -> frozenset[int]:
        """An action's partner organisations as they were at the export."""
        partners = set(current)
        for op, org_id in reversed(self._partner_ops.get(action_id, ())):
            if op == ChangeOp.CREATE.value:
                partners.discard(org_id)
            elif op == ChangeOp.DELETE.value:
                partners.add(org_id)
        return frozenset(partners)

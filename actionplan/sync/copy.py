"""Copying a plan from one database into another, and merging it where the target already has it.

``copy_plan(source, target, plan)`` reads the plan and everything it uses from the source,
compares it with the target and with the values at the last copy between the two
(``merge``), writes the result into the target in one transaction (``writer``), and keeps the
new sync points in both databases (``state``). UUIDs, the action update logs, meetings,
training records and the change history of the records copied all come along.
"""

import logging
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.exc import SQLAlchemyError

from actionplan.domain.enums import ChangeSource
from actionplan.errors import DatabaseError, ValidationError
from actionplan.exchange.preview import Resolution
from actionplan.i18n import _
from actionplan.services import Database, plans
from actionplan.storage.backends import snapshot_options
from actionplan.storage.models import new_uuid
from actionplan.sync import state
from actionplan.sync.entities import COUNTED, COURSE, ORG, PERSON, Kind, Record, Side, chunks
from actionplan.sync.merge import Conflict, Merger, hold_deletions_in_use
from actionplan.sync.writer import HistoryCopier, Writer, dependants

log = logging.getLogger(__name__)

# Shared records the target is searched for whole (by UUID, then by natural key).
_WHOLE_TABLE = (ORG, COURSE, PERSON, "training_record")


@dataclass
class CopyResult:
    """What a copy did (or, for conflicts without a choice, left as it was)."""

    plan: str
    source: str
    target: str
    created: dict[str, int] = field(default_factory=lambda: dict.fromkeys(COUNTED, 0))
    updated: dict[str, int] = field(default_factory=lambda: dict.fromkeys(COUNTED, 0))
    unchanged: dict[str, int] = field(default_factory=lambda: dict.fromkeys(COUNTED, 0))
    conflicts: list[Conflict] = field(default_factory=list)
    batch_id: int | None = None
    history_batches: int = 0
    warnings: list[str] = field(default_factory=list)

    @property
    def unresolved(self) -> list[Conflict]:
        return [c for c in self.conflicts if c.resolution is None]

    def to_json(self) -> dict[str, Any]:
        """The ``copy --json`` object: counts by kind, in the import's shape, and the conflicts."""
        return {
            "created": dict(self.created),
            "updated": dict(self.updated),
            "unchanged": dict(self.unchanged),
            "conflicts": [c.to_json() for c in self.conflicts],
        }


def _prefer(value: Resolution | str | None) -> Resolution | None:
    if value is None:
        return None
    try:
        return Resolution(str(value).strip().casefold())
    except ValueError:
        raise ValidationError(
            _("“{value}” is not a choice for {what}: choose theirs or ours.").format(
                value=value, what=_("every conflict")
            ),
            field="prefer",
        ) from None


def _identities(source: Database, target: Database) -> tuple[str, str]:
    """Both databases' ids (made on their first copy); a file copy of the source gets a new one."""
    try:
        with source.engine.begin() as conn:
            source_id = state.database_id(conn, create=True) or ""
        with target.engine.begin() as conn:
            target_id = state.database_id(conn, create=True) or ""
            if target_id == source_id:
                if source.url == target.url:
                    raise ValidationError(_("The source and the target are the same database."), field="to")
                target_id = state.new_database_id(conn)
    except SQLAlchemyError as exc:
        raise DatabaseError(_("The copy could not start: {reason}.").format(reason=exc)) from exc
    return source_id, target_id


def copy_plan(
    source: Database,
    target: Database,
    plan: str | int | None = None,
    *,
    prefer: Resolution | str | None = None,
) -> CopyResult:
    """Copy ``plan`` (name or number; the only one when None) from ``source`` into ``target``.

    Where the target already holds the plan (same UUID), the two are merged: changes made on
    either side since the last copy are kept, and a field changed on both sides is a conflict,
    left as the target has it unless ``prefer`` is "theirs" (the source wins) or "ours".
    Everything is written in one transaction and recorded as one undoable change batch.
    """
    choice = _prefer(prefer)
    found = plans.find_plan(source.unit_of_work(), plan)
    source_id, target_id = _identities(source, target)
    result = CopyResult(found.name, source.display_name, target.display_name)
    options = snapshot_options(source.engine)
    with source.engine.connect().execution_options(**options) as source_conn, source_conn.begin():
        source_side = Side(source_conn)
        theirs = source_side.closure(found.uuid)
        with target.unit_of_work(source=ChangeSource.COPY) as uow:
            target_side = Side(uow.session.connection())
            ours = target_side.closure(found.uuid)
            # Each copy saves the same sync points in both databases; when the last one could not
            # save them in one of the two, both sets are read and the newer of each is used.
            last = state.marker(target_side.connection, source_id)
            in_sync = last is not None and last == state.marker(source_conn, target_id)
            merger = Merger(
                theirs,
                ours,
                _candidates(target_side, ours),
                lambda entity, uuids: source_side.existing_uuids(entity, uuids),
                state.load(target_side.connection, source_id),
                None if in_sync else state.load(source_conn, target_id),
                choice,
                state.undone_copies(target_side.connection) | state.undone_copies(source_conn),
            )
            merged = merger.run()
            writer = Writer(uow, target_side, target_side.plan_id(found.uuid))
            writer.write_changes(merged)
            hold_deletions_in_use(
                merger, lambda entity, row_id, leaving: dependants(target_side, entity, row_id, leaving)
            )
            writer.write_deletions(merged)
            copier = HistoryCopier(source_side, target_side, merged.renamed, source_id)
            result.history_batches = copier.copy(theirs)
            batch_uuid = uow.batch_uuid = new_uuid()
            copy_id = new_uuid()
            state.save(
                target_side.connection, source_id, merged.target_points, merged.dropped_target, batch_uuid
            )
            state.set_marker(target_side.connection, source_id, copy_id)
            result.created, result.updated = merged.created, merged.updated
            result.unchanged, result.conflicts = merged.unchanged, merged.conflicts
            uow.commit(_describe(result))
            result.batch_id = uow.batch_id
            if result.batch_id is None:
                batch_uuid = ""  # nothing was written, so no batch: the points name none
    try:
        with source.engine.begin() as conn:
            state.save(conn, target_id, merged.source_points, merged.dropped_source, batch_uuid)
            state.set_marker(conn, target_id, copy_id)
    except SQLAlchemyError as exc:  # the copy stands; the next one reads the target's sync points
        log.warning("Could not record the copy in the source database: %s", exc)
        result.warnings.append(
            _("The copy is done, but {source} could not record it: {reason}.").format(
                source=source.display_name, reason=getattr(exc, "orig", exc)
            )
        )
    return result


def _candidates(side: Side, closure: dict[str, dict[str, Record]]) -> Any:
    """The target's records that may match the source's: by UUID, and for shared kinds, all of them."""
    whole: dict[str, dict[str, Record]] = {}

    def candidates(kind: Kind, uuids: list[str]) -> dict[str, Record]:
        if kind.entity in _WHOLE_TABLE:
            if kind.entity not in whole:
                whole[kind.entity] = side.read(kind)
            return whole[kind.entity]
        found = dict(closure[kind.entity])
        wanted = [u for u in uuids if u not in found]
        for part in chunks(wanted):
            found.update(side.read(kind, kind.table.c.uuid.in_(part)))
        return found

    return candidates


def _describe(result: CopyResult) -> str:
    created, updated = sum(result.created.values()), sum(result.updated.values())
    return _("Copied the plan {plan} from {source}: {new} new, {updated} updated").format(
        plan=result.plan, source=result.source, new=created, updated=updated
    )

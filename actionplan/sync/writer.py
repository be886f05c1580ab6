"""Writing a copy into the target database: one transaction, one undoable change batch, history kept.

Records go in with Core statements (a county's 50,000 people and 150,000 training records),
keeping their UUIDs; every insert, update and delete is logged as the unit of work would log
it, so Edit > Undo or ``actionplan undo`` takes the whole copy back. Versioned rows are counted
up, so a page open on the target sees the copy as someone else's change.

The source's change history for the records copied comes too: its batches (with their own
times and users) are added as copied history, their integer keys translated into the
target's; they are for reading, and cannot be undone in the target.
"""

from typing import Any

from sqlalchemy import Table, delete, insert, select, update
from sqlmodel import SQLModel

from actionplan.domain.enums import ChangeOp, ChangeSource
from actionplan.storage.backends import version_bump
from actionplan.storage.models import ActionPartner, ChangeBatch, ChangeEntry, utc_now
from actionplan.storage.uow import UnitOfWork, to_json_value
from actionplan.storage.versions import stale_edit_error
from actionplan.sync.entities import BY_ENTITY, KINDS, ORG, Kind, Record, Side, chunks, column_value
from actionplan.sync.merge import MergePlan, Write, label

_NOT_LOGGED = frozenset({"created_at", "updated_at"})


def _logged(row: dict[str, Any]) -> dict[str, Any]:
    return {k: to_json_value(v) for k, v in row.items() if k not in _NOT_LOGGED}


class Writer:
    """Applies a MergePlan through one unit of work on the target."""

    def __init__(self, uow: UnitOfWork, side: Side, plan_id: int | None):
        self.uow = uow
        self.side = side
        self.connection = side.connection
        self.plan_id = plan_id
        self.now = utc_now()
        self._ids: dict[str, dict[str, int]] = {}  # entity -> UUID -> id in the target

    def _id_map(self, entity: str) -> dict[str, int]:
        if entity not in self._ids:
            self._ids[entity] = {u: i for i, u in self.side.uuid_map(entity).items()}
        return self._ids[entity]

    def _log(self, entity: str, op: ChangeOp, uuid: str, entity_id: int | None, old: Any, new: Any) -> None:
        self.uow.changes.append(
            {
                "entity": entity,
                "entity_uuid": uuid,
                "entity_id": entity_id,
                "op": op.value,
                "old": old,
                "new": new,
            }
        )

    def _id(self, entity: str, uuid: str | None) -> int | None:
        return None if uuid is None else self._id_map(entity).get(uuid)

    def _columns(self, kind: Kind, values: dict[str, Any]) -> dict[str, Any]:
        """Record values (for the fields given) as the target's column values."""
        table = kind.table
        row: dict[str, Any] = {}
        for name in kind.fields:
            if name in values:
                row[name] = column_value(table, name, values[name])
        for ref in kind.refs:
            if ref.name in values:
                row[ref.column] = self._id(ref.entity, values[ref.name])
        return row

    # -- records ------------------------------------------------------------------------------------

    def write_changes(self, plan: MergePlan) -> None:
        """Create and update records, parents first (deletions come after: ``write_deletions``)."""
        by_kind: dict[str, list[Write]] = {}
        for write in plan.writes:
            by_kind.setdefault(write.kind.entity, []).append(write)
        for kind in KINDS:
            writes = by_kind.get(kind.entity, [])
            creates = [w for w in writes if w.op == "create"]
            if creates:
                self._create(kind, creates)
            for write in writes:
                if write.op == "update":
                    self._update(kind, write)
            if kind.entity == "plan" and self.plan_id is None:
                self.plan_id = self.connection.execute(
                    select(kind.table.c.id).where(kind.table.c.uuid == creates[0].uuid)
                ).scalar()

    def write_deletions(self, plan: MergePlan) -> None:
        """Delete records, children before their parents."""
        for kind in reversed(KINDS):
            for write in plan.writes:
                if write.kind is kind and write.op == "delete":
                    self._delete(kind, write)

    def _create(self, kind: Kind, writes: list[Write]) -> None:
        table = kind.table
        rows = []
        for write in writes:
            row = {"uuid": write.uuid, **self._columns(kind, write.values)}
            if kind.plan_scoped:
                row["plan_id"] = self.plan_id
            for stamp in ("created_at", "updated_at"):
                if stamp in table.c:
                    row[stamp] = self.now
            if "version" in table.c:
                row["version"] = 1
            rows.append(row)
        for part in chunks(rows):
            self.connection.execute(insert(table), part)
        self.side.forget(kind.entity)
        self._ids.pop(kind.entity, None)
        ids = self._id_map(kind.entity)
        for write, row in zip(writes, rows, strict=True):
            row["id"] = ids[write.uuid]
            self._log(kind.entity, ChangeOp.CREATE, write.uuid, row["id"], None, _logged(row))
            if kind.entity == "action":
                self._partners(row["id"], set(), set(write.values.get("partners") or ()))

    def _update(self, kind: Kind, write: Write) -> None:
        assert write.target is not None
        table = kind.table
        new = self._columns(kind, write.values)
        old = self._columns(kind, {name: write.target.values.get(name) for name in write.values})
        if new:
            stamp = {"updated_at": self.now} if "updated_at" in table.c else {}
            self._checked(table, write, update(table).values(**new, **stamp, **version_bump(table)))
            self._log(kind.entity, ChangeOp.UPDATE, write.uuid, write.target.id, _logged(old), _logged(new))
        if "partners" in write.values:
            before = set(write.target.values.get("partners") or ())
            self._partners(write.target.id, before, set(write.values["partners"] or ()))
            if not new:  # new partners alone are a change of the action (its version)
                self._checked(table, write, update(table).values(**version_bump(table)))

    def _checked(self, table: Table, write: Write, statement: Any) -> None:
        """Run an UPDATE of the record as it was read; refused when someone changed it since."""
        assert write.target is not None
        statement = statement.where(table.c.id == write.target.id)
        if "version" in table.c:
            statement = statement.where(table.c.version == write.target.version)
        if self.connection.execute(statement).rowcount == 0:
            raise stale_edit_error(
                self.connection,
                write.kind.entity,
                write.target.id,
                write.uuid,
                label(write.kind, write.target.values),
            )

    def _partners(self, action_id: int, before: set[str], after: set[str]) -> None:
        link = ActionPartner.__table__
        for uuid in sorted(after - before):
            org_id = self._id(ORG, uuid)
            if org_id is None:
                continue
            self.connection.execute(insert(link).values(action_id=action_id, organisation_id=org_id))
            self._log(
                "action_partner",
                ChangeOp.CREATE,
                "",
                None,
                None,
                {"action_id": action_id, "organisation_id": org_id},
            )
        for uuid in sorted(before - after):
            org_id = self._id(ORG, uuid)
            if org_id is None:
                continue
            self.connection.execute(
                delete(link).where(link.c.action_id == action_id, link.c.organisation_id == org_id)
            )
            self._log(
                "action_partner",
                ChangeOp.DELETE,
                "",
                None,
                {"action_id": action_id, "organisation_id": org_id},
                None,
            )

    def _delete(self, kind: Kind, write: Write) -> None:
        assert write.target is not None
        table = kind.table
        row = self.connection.execute(select(table).where(table.c.id == write.target.id)).mappings().first()
        if row is None:
            return
        if kind.entity == "action":
            self._partners(write.target.id, set(write.target.values.get("partners") or ()), set())
        statement = delete(table).where(table.c.id == write.target.id)
        if "version" in table.c:
            statement = statement.where(table.c.version == write.target.version)
        if self.connection.execute(statement).rowcount == 0:
            raise stale_edit_error(
                self.connection,
                kind.entity,
                write.target.id,
                write.uuid,
                label(kind, write.target.values),
                deleted=True,
            )
        self._log(kind.entity, ChangeOp.DELETE, write.uuid, write.target.id, _logged(dict(row)), None)


def dependants(side: Side, entity: str, row_id: int, leaving: set[tuple[str, int]]) -> bool:
    """Whether rows of the target outside ``leaving`` (entity, id) still refer to this row."""
    for child in SQLModel.metadata.tables.values():
        for fk in child.foreign_keys:
            if fk.column.table.name != entity or fk.column.name != "id":
                continue
            key = child.c.id if "id" in child.c else None
            if key is None:  # a link table: an action's partners go with the action
                partner = child.name == "action_partner" and fk.parent.name == "organisation_id"
                if partner and side.connection.execute(select(fk.parent).where(fk.parent == row_id)).first():
                    return True
                continue
            for (child_id,) in side.connection.execute(select(key).where(fk.parent == row_id)):
                if (child.name, child_id) not in leaving:
                    return True
    return False


# -- history -----------------------------------------------------------------------------------------


class HistoryCopier:
    """Copies the source's change batches about the records copied, as history the target can read."""

    def __init__(self, source: Side, target: Side, renamed: dict[str, dict[str, str]], source_id: str):
        self.source = source
        self.target = target
        self.renamed = renamed
        self.source_id = source_id
        self._id_cache: dict[str, dict[str, int]] = {}

    def _target_id(self, entity: str, source_id: Any) -> int | None:
        if source_id is None or entity not in BY_ENTITY:
            return None
        uuid = self.source.uuid_map(entity).get(source_id)
        if uuid is None:
            return None
        uuid = self.renamed.get(entity, {}).get(uuid, uuid)
        return self._ids(entity).get(uuid)

    def _ids(self, entity: str) -> dict[str, int]:
        if entity not in self._id_cache:
            self._id_cache[entity] = {u: i for i, u in self.target.uuid_map(entity).items()}
        return self._id_cache[entity]

    def _values(
        self, table: Table, values: dict[str, Any] | None, entity_id: int | None
    ) -> dict[str, Any] | None:
        if values is None:
            return None
        result = dict(values)
        if "id" in result and entity_id is not None:
            result["id"] = entity_id
        for fk in table.foreign_keys:
            name = fk.parent.name
            if name in result and result[name] is not None:
                result[name] = self._target_id(fk.column.table.name, result[name])
        return result

    def copy(self, copied: dict[str, dict[str, Record]]) -> int:
        """Add the source's batches (not yet in the target) about the ``copied`` records; how many."""
        uuids = {entity: set(records) for entity, records in copied.items()}
        actions = {record.id for record in copied.get("action", {}).values()}
        batch_table, entry_table = ChangeBatch.__table__, ChangeEntry.__table__
        known = set(self.target.connection.execute(select(batch_table.c.uuid)).scalars())
        batches = {
            row.id: row
            for row in self.source.connection.execute(
                select(batch_table)
                .where(batch_table.c.source != ChangeSource.COPY.value)
                .order_by(batch_table.c.id)
            )
            if row.uuid not in known
        }
        kept: dict[int, list[dict[str, Any]]] = {}
        tables = SQLModel.metadata.tables
        for part in chunks(batches):
            for entry in self.source.connection.execute(
                select(entry_table).where(entry_table.c.batch_id.in_(part)).order_by(entry_table.c.id)
            ):
                if entry.entity == "action_partner":
                    values = entry.new or entry.old or {}
                    if values.get("action_id") not in actions:
                        continue
                elif entry.entity_uuid not in uuids.get(entry.entity, ()):
                    continue
                table = tables[entry.entity]
                entity_id = self._target_id(entry.entity, entry.entity_id)
                kept.setdefault(entry.batch_id, []).append(
                    {
                        "entity": entry.entity,
                        "entity_uuid": self.renamed.get(entry.entity, {}).get(
                            entry.entity_uuid, entry.entity_uuid
                        ),
                        "entity_id": entity_id,
                        "op": entry.op,
                        "old": self._values(table, entry.old, entity_id),
                        "new": self._values(table, entry.new, entity_id),
                    }
                )
        for batch_id, entries in kept.items():
            batch = batches[batch_id]
            new_id = self.target.connection.execute(
                insert(batch_table).values(
                    uuid=batch.uuid,
                    at=batch.at,
                    user=batch.user,
                    source=batch.source,
                    description=batch.description,
                    undone_at=batch.undone_at,
                    copied_from=batch.copied_from or self.source_id,
                )
            ).inserted_primary_key[0]
            for part in chunks(entries):
                self.target.connection.execute(insert(entry_table), [dict(e, batch_id=new_id) for e in part])
        return len(kept)

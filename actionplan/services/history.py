"""The change history: batches of changes, and undoing a whole batch (an edit or an import)."""

from typing import Any

from sqlalchemy import Table, delete, func, insert, select, update
from sqlmodel import SQLModel
from sqlmodel import select as sm_select

from actionplan.domain.enums import ChangeOp
from actionplan.errors import ValidationError
from actionplan.i18n import _
from actionplan.services.common import get_or_raise
from actionplan.services.readmodels import ChangeBatchView
from actionplan.storage.backends import version_bump
from actionplan.storage.models import ChangeBatch, ChangeEntry, utc_now
from actionplan.storage.uow import UnitOfWork, from_json_value, to_json_value

_TABLE_ORDER = {table.name: i for i, table in enumerate(SQLModel.metadata.sorted_tables)}


def list_batches(uow: UnitOfWork, limit: int = 500) -> list[ChangeBatchView]:
    """The most recent change batches, newest first."""
    with uow:
        counts = (
            select(ChangeEntry.batch_id, func.count().label("n")).group_by(ChangeEntry.batch_id).subquery()
        )
        rows = uow.session.exec(
            sm_select(ChangeBatch, counts.c.n)
            # Equivalent mutants: the foreign key implies the join's condition.
            .outerjoin(counts, counts.c.batch_id == ChangeBatch.id)  # pragma: no mutate
            .order_by(ChangeBatch.id.desc())
            .limit(limit)
        ).all()
        ids = [b.id for b, _n in rows]
        summaries = set(
            uow.session.exec(
                sm_select(ChangeEntry.batch_id).where(
                    ChangeEntry.batch_id.in_(ids),
                    ChangeEntry.entity.not_in(list(SQLModel.metadata.tables)),
                )
            ).all()
        )
        return [
            ChangeBatchView(
                b.id,
                b.uuid,
                b.at,
                b.user,
                b.source,
                b.description,
                n or 0,
                b.undone_at is not None,
                undoable=b.undone_at is None and b.id not in summaries and not b.copied_from,
                copied=bool(b.copied_from),
            )
            for b, n in rows
        ]


def batch_entries(uow: UnitOfWork, batch_id: int) -> list[dict[str, Any]]:
    with uow:
        query = sm_select(ChangeEntry).where(ChangeEntry.batch_id == batch_id)
        # Equivalent mutants: SQLite gives rowid order anyway; other databases need the order_by.
        rows = uow.session.exec(query.order_by(ChangeEntry.id)).all()  # pragma: no mutate
        return [
            {
                "entity": e.entity,
                "entity_uuid": e.entity_uuid,
                "op": e.op,
                "old": e.old,
                "new": e.new,
            }
            for e in rows
        ]


def _from_json(table: Table, values: dict[str, Any]) -> dict[str, Any]:
    """Change-log values back into column values (ISO text back into dates and times)."""
    return {key: from_json_value(table.c[key], value) for key, value in values.items() if key in table.c}


def _key_clause(table: Table, entry: ChangeEntry, values: dict[str, Any]) -> Any:
    # Equivalent mutant ("or"): rows of tables with an id are always logged with it.
    if "id" in table.c and entry.entity_id is not None:  # pragma: no mutate
        return table.c.id == entry.entity_id
    clauses = [table.c[col.name] == values[col.name] for col in table.primary_key.columns]
    return clauses[0] if len(clauses) == 1 else clauses[0] & clauses[1]


def undo_batch(uow: UnitOfWork, batch_id: int, *, force: bool = False) -> int:
    """Reverse every change of a batch in one transaction; returns the new (undo) batch's id.

    An update is not reversed over a later change to the same field unless ``force`` is set:
    a ValidationError names the first such conflict instead. The undo is itself a batch, so
    undoing it again redoes the original change.
    """
    with uow:
        batch = get_or_raise(uow, ChangeBatch, batch_id, _("change batch"))
        if batch.undone_at is not None:
            raise ValidationError(_("That change has already been undone."))
        if batch.copied_from:
            raise ValidationError(
                _(
                    "'{what}' was made in another database and copied here with the plan: it is kept "
                    "as history and cannot be undone here."
                ).format(what=batch.description)
            )
        entries = uow.session.exec(sm_select(ChangeEntry).where(ChangeEntry.batch_id == batch_id)).all()
        tables = SQLModel.metadata.tables
        if any(e.entity not in tables for e in entries):
            raise ValidationError(
                _("'{what}' was loaded in bulk and cannot be undone; restore a backup instead.").format(
                    what=batch.description
                )
            )
        creates = [e for e in entries if e.op == ChangeOp.CREATE.value]
        updates = [e for e in entries if e.op == ChangeOp.UPDATE.value]
        deletes = [e for e in entries if e.op == ChangeOp.DELETE.value]
        connection = uow.session.connection()
        # Deleted rows come back parents first; created rows go children first.
        for name, group in _by_table(deletes, parents_first=True):
            table = tables[name]
            rows = [_from_json(table, e.old or {}) for e in group]
            if "version" in table.c:  # back at a version no page can hold: a stale edit of it is refused
                for row in rows:
                    row["version"] = int(row.get("version") or 1) + 1
            connection.execute(insert(table), rows)
            uow.changes.extend(_inverse(e, ChangeOp.CREATE, None, e.old) for e in group)
        for entry in reversed(updates):
            table = tables[entry.entity]
            # Equivalent mutants: updated rows always have an id, so the values are not read.
            clause = _key_clause(table, entry, entry.new or {})  # pragma: no mutate
            current = connection.execute(select(table).where(clause)).mappings().first()
            if current is None:
                if force:
                    continue
                raise ValidationError(
                    _("Cannot undo: a changed {entity} has since been deleted.").format(entity=entry.entity)
                )
            for key, value in (entry.new or {}).items():
                if to_json_value(current.get(key)) != value and not force:
                    raise ValidationError(
                        _(
                            "Cannot undo: the {field} of a {entity} has been changed again since. "
                            "Undo the later change first."
                        ).format(field=key.replace("_", " "), entity=entry.entity.replace("_", " "))
                    )
            connection.execute(
                update(table)
                .where(clause)
                .values(**_from_json(table, entry.old or {}), **version_bump(table))
            )
            uow.changes.append(_inverse(entry, ChangeOp.UPDATE, entry.new, entry.old))
        _check_no_dependants(connection, creates)
        for name, group in _by_table(creates, parents_first=False):
            table = tables[name]
            # Equivalent mutants: both ways delete the same rows (by id in chunks is the fast one),
            # and a chunk only bounds a statement's size.
            if "id" in table.c and all(e.entity_id is not None for e in group):  # pragma: no mutate
                ids = [e.entity_id for e in group]
                for start in range(0, len(ids), 5000):  # pragma: no mutate
                    chunk = ids[start : start + 5000]  # pragma: no mutate
                    connection.execute(delete(table).where(table.c.id.in_(chunk)))
            else:
                for entry in group:  # tables without an id: the entry itself is not read
                    clause = _key_clause(table, entry, entry.new or {})  # pragma: no mutate
                    connection.execute(delete(table).where(clause))
            uow.changes.extend(_inverse(e, ChangeOp.DELETE, e.new, None) for e in group)
        if not uow.changes:  # forced over rows deleted since: an undo that changes nothing is no undo
            raise ValidationError(_("Nothing is left to undo: what it changed has since been deleted."))
        batch.undone_at = utc_now()
        uow.commit(_("Undo: {what}").format(what=batch.description))
        assert uow.batch_id is not None
        return uow.batch_id


def _by_table(entries: list[ChangeEntry], *, parents_first: bool) -> list[tuple[str, list[ChangeEntry]]]:
    """Entries grouped by table, in foreign-key order (parents first, or children first)."""
    groups: dict[str, list[ChangeEntry]] = {}
    for entry in entries:
        groups.setdefault(entry.entity, []).append(entry)
    return sorted(groups.items(), key=lambda item: _TABLE_ORDER[item[0]], reverse=not parents_first)


def _check_no_dependants(connection: Any, creates: list[ChangeEntry]) -> None:
    """Refuse to remove created rows that rows made later (outside this batch) still refer to.

    The database would otherwise cascade the delete, or empty the reference, silently.
    """
    tables = SQLModel.metadata.tables
    created: dict[str, set[Any]] = {}
    for entry in creates:
        table = tables[entry.entity]
        key = (
            entry.entity_id
            if "id" in table.c
            else tuple((entry.new or {}).get(c.name) for c in table.primary_key)
        )
        created.setdefault(entry.entity, set()).add(key)
    for parent, keys in created.items():
        for child in tables.values():
            for fk in child.foreign_keys:
                if fk.column.table.name != parent or fk.column.name != "id":
                    continue
                own = created.get(child.name, set())
                # Equivalent mutants: where a table has an id, it is its whole primary key; chunks
                # only bound a statement's size.
                has_id = "id" in child.c  # pragma: no mutate
                key_columns = [child.c.id] if has_id else list(child.primary_key)  # pragma: no mutate
                ids = sorted(keys)
                for start in range(0, len(ids), 5000):  # pragma: no mutate
                    chunk = ids[start : start + 5000]  # pragma: no mutate
                    rows = connection.execute(select(*key_columns).where(fk.parent.in_(chunk))).all()
                    later = [r for r in rows if (r[0] if len(key_columns) == 1 else tuple(r)) not in own]
                    if later:
                        raise ValidationError(
                            _(
                                "Cannot undo: {n} {entity} rows added since still refer to what it "
                                "created. Undo those changes first."
                            ).format(n=len(later), entity=child.name.replace("_", " "))
                        )


def _inverse(entry: ChangeEntry, op: ChangeOp, old: Any, new: Any) -> dict[str, Any]:
    return {
        "entity": entry.entity,
        "entity_uuid": entry.entity_uuid,
        "entity_id": entry.entity_id,
        "op": op.value,
        "old": old,
        "new": new,
    }

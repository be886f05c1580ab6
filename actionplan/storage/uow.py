"""The unit of work: one session and one transaction per use case, with its change-log batch.

Every insert, update and delete of an audited table made through the session is recorded
(entity, old and new values) by a flush listener, and written as one ``ChangeBatch`` when
the unit of work commits, so a whole import or edit can be shown and undone as one.
"""

from datetime import date, datetime
from typing import Any

from sqlalchemy import Date, DateTime, Engine, event, insert, inspect
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session as OrmSession
from sqlalchemy.orm.attributes import NO_VALUE
from sqlalchemy.orm.exc import StaleDataError
from sqlmodel import Session

from actionplan.domain.enums import ChangeOp, ChangeSource
from actionplan.errors import DatabaseError
from actionplan.i18n import _
from actionplan.storage import backends
from actionplan.storage.bulk import bulk_insert
from actionplan.storage.models import (
    AUDITED_TABLES,
    ChangeBatch,
    ChangeEntry,
    new_uuid,
    utc_now,
)
from actionplan.storage.versions import StaleRows

_AUDIT_KEY = "actionplan_changes"
_IGNORED_COLUMNS = frozenset({"created_at", "updated_at"})
# The row version is kept with a created or deleted row, but a change of it alone is no change.
_NOT_DIFFED = _IGNORED_COLUMNS | {"version"}


def to_json_value(value: Any) -> Any:
    """A value as it is kept in the change log (dates as ISO text)."""
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def from_json_value(column: Any, value: Any) -> Any:
    """A change-log value back into ``column``'s value: ISO text back into a date or a time.

    Raises:
        ValueError: text in a date or time column that is not ISO.
    """
    if not isinstance(value, str):
        return value
    column_type = getattr(column.type, "impl_instance", column.type)  # aware times are a TypeDecorator
    if isinstance(column_type, DateTime):
        return datetime.fromisoformat(value)
    if isinstance(column_type, Date):
        return date.fromisoformat(value)
    return value


def row_values(obj: Any) -> dict[str, Any]:
    mapper = inspect(obj).mapper
    return {
        col.key: to_json_value(getattr(obj, col.key))
        for col in mapper.column_attrs
        if col.key not in _IGNORED_COLUMNS
    }


def _entity_name(obj: Any) -> str | None:
    name = getattr(obj, "__tablename__", None)  # pragma: no mutate (every object in a session has one)
    return name if name in AUDITED_TABLES else None


@event.listens_for(OrmSession, "after_flush")
def _record_changes(session: OrmSession, _flush_context: object) -> None:
    changes: list[dict[str, Any]] | None = session.info.get(_AUDIT_KEY)
    if changes is None:
        return
    for obj in session.new:
        entity = _entity_name(obj)
        if entity:
            changes.append(_entry(entity, obj, ChangeOp.CREATE, None, row_values(obj)))
    for obj in session.dirty:
        entity = _entity_name(obj)
        if not entity or not session.is_modified(obj, include_collections=False):
            continue
        state = inspect(obj)
        old: dict[str, Any] = {}
        new: dict[str, Any] = {}
        for attr in state.mapper.column_attrs:
            if attr.key in _NOT_DIFFED:
                continue
            history = state.attrs[attr.key].history
            if history.has_changes():
                before = history.deleted[0] if history.deleted else None
                after = history.added[0] if history.added else None
                if before is NO_VALUE or before == after:
                    continue
                old[attr.key] = to_json_value(before)
                new[attr.key] = to_json_value(after)
        if new:
            changes.append(_entry(entity, obj, ChangeOp.UPDATE, old, new))
    for obj in session.deleted:
        entity = _entity_name(obj)
        if entity:
            changes.append(_entry(entity, obj, ChangeOp.DELETE, row_values(obj), None))


def _entry(
    entity: str, obj: Any, op: ChangeOp, old: dict[str, Any] | None, new: dict[str, Any] | None
) -> dict[str, Any]:
    return _entry_values(entity, getattr(obj, "uuid", "") or "", getattr(obj, "id", None), op, old, new)


def _entry_values(
    entity: str,
    uuid: str,
    entity_id: int | None,
    op: ChangeOp,
    old: dict[str, Any] | None,
    new: dict[str, Any] | None,
) -> dict[str, Any]:
    return {
        "entity": entity,
        "entity_uuid": uuid,
        "entity_id": entity_id,
        "op": op.value,
        "old": old,
        "new": new,
    }


class UnitOfWork:
    """A session and transaction for one use case; use as a context manager.

    Nothing is written unless ``commit()`` is called; leaving the block without it (or with
    an exception) rolls everything back.
    """

    def __init__(
        self,
        engine: Engine,
        *,
        source: ChangeSource | str = ChangeSource.SCREEN,
        user: str = "",
        description: str = "",
    ):
        self.engine = engine
        self.source = ChangeSource(source)
        self.user = user
        self.description = description
        self.session: Session
        self.batch_id: int | None = None
        # The UUID the next commit's batch gets (made fresh when None): a copy names its batch
        # in the sync points it writes in the same transaction.
        self.batch_uuid: str | None = None

    def __enter__(self) -> "UnitOfWork":
        self.session = Session(self.engine, expire_on_commit=False)
        self.session.info[_AUDIT_KEY] = []
        return self

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        stale = StaleRows.of(self.session) if isinstance(exc, StaleDataError) else None
        try:
            if self.session.in_transaction():
                self.session.rollback()
        finally:
            self.session.close()
        if stale is not None:  # an automatic flush before a query found a row changed by someone else
            raise stale.error(self.engine) from exc

    @property
    def changes(self) -> list[dict[str, Any]]:
        return self.session.info[_AUDIT_KEY]

    def log_extra(self, entity: str, op: ChangeOp, new: dict[str, Any], uuid: str = "") -> None:
        """Record a change the flush listener cannot see (bulk inserts, exports)."""
        self.changes.append(
            {
                "entity": entity,
                "entity_uuid": uuid,
                "entity_id": None,
                "op": op.value,
                "old": None,
                "new": new,
            }
        )

    def log_created(self, entity: str, entity_id: int, values: dict[str, Any]) -> None:
        """Record a row added by a Core statement (the flush listener sees only ORM rows)."""
        logged = {k: to_json_value(v) for k, v in values.items() if k not in _IGNORED_COLUMNS}
        logged["id"] = entity_id
        self.changes.append(
            _entry_values(entity, values.get("uuid", ""), entity_id, ChangeOp.CREATE, None, logged)
        )

    def flush(self) -> None:
        try:
            self.session.flush()
        except StaleDataError as exc:
            stale = StaleRows.of(self.session)
            self.session.rollback()
            raise stale.error(self.engine) from exc

    def commit(self, description: str | None = None) -> None:
        """Write the change-log batch and commit; typed errors for a locked or full database."""
        try:
            self.session.flush()
            if self.changes:
                batch = self.session.execute(
                    insert(ChangeBatch).values(
                        uuid=self.batch_uuid or new_uuid(),
                        at=utc_now(),  # pragma: no mutate (the column's default is the same)
                        user=self.user,
                        source=self.source.value,
                        description=(description or self.description)[:500],
                    )
                )
                self.batch_id = batch.inserted_primary_key[0]
                self.batch_uuid = None
                bulk_insert(  # the driver's executemany: fastest for big imports
                    self.session.connection(),
                    ChangeEntry.__table__,
                    self.changes,
                    same={"batch_id": self.batch_id},
                )
                self.changes.clear()
            self.session.commit()
        except StaleDataError as exc:
            # Someone else saved one of these rows after it was read here: refuse, say who.
            stale = StaleRows.of(self.session)
            self.session.rollback()
            raise stale.error(self.engine) from exc
        except IntegrityError as exc:
            self.session.rollback()
            raise DatabaseError(
                _("The change clashes with data already saved: {reason}.").format(reason=exc.orig)
            ) from exc
        except DBAPIError as exc:  # locked, deadlock, lost connection, disk full
            self.session.rollback()
            if backends.is_busy_error(exc):
                raise DatabaseError(
                    _("The database is busy in another window or program: try again in a moment.")
                ) from exc
            raise DatabaseError(
                _("The change could not be saved: {reason}.").format(reason=exc.orig)
            ) from exc

    def rollback(self) -> None:
        self.session.rollback()

"""Each database's identity, and the values of its records at the last copy with each peer.

Both databases of a copy keep the sync points (``sync_state``), each under its own records'
UUIDs and the other database's id, so the next copy can go either way. When the two disagree
(one was not written), the newer is used.
"""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, delete, insert, select

from actionplan.domain.enums import ChangeSource
from actionplan.storage.models import AppSetting, ChangeBatch, SyncState, new_uuid, utc_now
from actionplan.sync.entities import chunks

DATABASE_ID = "database_id"  # the app_setting holding this database's identity


def database_id(connection: Connection, *, create: bool) -> str | None:
    """This database's identity (a UUID made on its first copy); None if it has none and not ``create``."""
    table = AppSetting.__table__
    found = connection.execute(select(table.c.value).where(table.c.key == DATABASE_ID)).scalar()
    if found or not create:
        return found or None
    made = new_uuid()
    connection.execute(insert(table).values(key=DATABASE_ID, value=made))
    return made


def new_database_id(connection: Connection) -> str:
    """Give this database a new identity (it turned out to be a file copy of its peer)."""
    table = AppSetting.__table__
    connection.execute(delete(table).where(table.c.key == DATABASE_ID))
    return database_id(connection, create=True) or ""


THIS_COPY = "*"  # in a point about to be saved: the batch of the copy that writes it


@dataclass(frozen=True, slots=True)
class Point:
    """A record's values at the last copy, when, and the copy batch that wrote it ("" for none)."""

    values: dict[str, Any]
    at: datetime
    batch: str = ""


def marker(connection: Connection, peer: str) -> str | None:
    """Which copy last saved this database's sync points for ``peer`` (None: never)."""
    table = AppSetting.__table__
    found = connection.execute(select(table.c.value).where(table.c.key == _marker_key(peer))).scalar()
    return str(found) if found else None


def _marker_key(peer: str) -> str:
    return f"sync_points:{peer}"


def set_marker(connection: Connection, peer: str, copy_id: str) -> None:
    """Note that the copy ``copy_id`` saved this database's sync points for ``peer``."""
    table = AppSetting.__table__
    connection.execute(delete(table).where(table.c.key == _marker_key(peer)))
    connection.execute(insert(table).values(key=_marker_key(peer), value=copy_id))


def load(connection: Connection, peer: str) -> dict[tuple[str, str], Point]:
    """(entity, UUID) -> the record's values at the last copy with ``peer``."""
    table = SyncState.__table__
    rows = connection.execute(
        select(
            table.c.entity, table.c.entity_uuid, table.c["values"], table.c.synced_at, table.c.batch_uuid
        ).where(table.c.peer == peer)
    )
    return {(entity, uuid): Point(values or {}, at, batch or "") for entity, uuid, values, at, batch in rows}


def undone_copies(connection: Connection) -> set[str]:
    """UUIDs of this database's copy batches that have been undone (their sync points no longer hold)."""
    table = ChangeBatch.__table__
    return set(
        connection.execute(
            select(table.c.uuid).where(
                table.c.source == ChangeSource.COPY.value, table.c.undone_at.is_not(None)
            )
        ).scalars()
    )


def save(
    connection: Connection,
    peer: str,
    points: dict[tuple[str, str], tuple[dict[str, Any], str]],
    dropped: Iterable[tuple[str, str]],
    batch_uuid: str,
) -> None:
    """Replace the sync points of the given records (and remove the dropped ones) for ``peer``.

    ``points`` maps (entity, UUID) to (values, batch), where batch ``THIS_COPY`` stands for
    ``batch_uuid``, the batch of the copy being saved.
    """
    table = SyncState.__table__
    by_entity: dict[str, list[str]] = {}
    for entity, uuid in [*points, *dropped]:
        by_entity.setdefault(entity, []).append(uuid)
    for entity, uuids in by_entity.items():
        for part in chunks(uuids):
            connection.execute(
                delete(table).where(
                    table.c.peer == peer, table.c.entity == entity, table.c.entity_uuid.in_(part)
                )
            )
    now = utc_now()
    rows = [
        {
            "peer": peer,
            "entity": entity,
            "entity_uuid": uuid,
            "values": values,
            "synced_at": now,
            "batch_uuid": batch_uuid if batch == THIS_COPY else batch,
        }
        for (entity, uuid), (values, batch) in points.items()
    ]
    for part in chunks(rows):
        connection.execute(insert(table), part)

"""Row versions: turning an edit of a row someone else changed since it was read into a clear refusal.

Versioned rows (``models._versioned``) are checked twice: services compare the version the
window read with the row's (``check_version``), and the ORM adds the version read to every
UPDATE and DELETE, so two sessions saving at the same moment cannot both win. Either way the
user gets a ``StaleEditError`` naming who made the newer change and when, from the change log.
"""

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Engine, event, select
from sqlalchemy import inspect as sa_inspect
from sqlalchemy.orm import Session as OrmSession
from sqlmodel import SQLModel

from actionplan.domain.dates import format_date
from actionplan.errors import StaleEditError
from actionplan.i18n import _
from actionplan.storage.models import ChangeBatch, ChangeEntry


def _what(entity: str, label: str) -> str:
    """ "The action “1.2 Train staff”", "The training record", ... for a message."""
    nouns = {
        "action": _("The action"),
        "person": _("The person"),
        "organisation": _("The organisation"),
        "course": _("The course"),
        "plan": _("The plan"),
        "meeting": _("The meeting"),
        "training_requirement": _("The training requirement"),
        "training_record": _("The training record"),
    }
    noun = nouns.get(entity, _("This record"))
    return f"{noun} “{label}”" if label else noun


def record_label(row: Any) -> str:
    """How a message names a versioned row: an action by reference and title, a person by name."""
    entity = getattr(row, "__tablename__", "")
    if entity == "action":
        return " ".join(p for p in (row.ref, row.title) if p)
    if entity == "person":
        return " ".join(p for p in (row.first_name, row.last_name) if p)
    if entity == "course":
        return row.code
    if entity == "training_requirement":
        return row.title
    if entity == "meeting":
        return row.title or format_date(row.held_on)
    return str(getattr(row, "name", "") or "")


def last_change(connection: Connection, entity: str, uuid: str) -> tuple[str, datetime | None]:
    """(who, when) of the newest change-log entry for a row; ("", None) when none is logged."""
    if not uuid:
        return "", None
    found = connection.execute(
        select(ChangeBatch.user, ChangeBatch.at)
        .join(ChangeEntry, ChangeEntry.batch_id == ChangeBatch.id)
        .where(ChangeEntry.entity == entity, ChangeEntry.entity_uuid == uuid)
        .order_by(ChangeEntry.id.desc())
        .limit(1)
    ).first()
    if found is None:
        return "", None
    return found[0] or "", found[1]


def stale_edit_error(
    connection: Connection, entity: str, row_id: int | None, uuid: str, label: str, *, deleted: bool = False
) -> StaleEditError:
    """The refusal for an edit of a row changed (or deleted) by someone else since it was read."""
    who, at = last_change(connection, entity, uuid)
    what = _what(entity, label)
    when = ""
    if at is not None:
        local = at.astimezone()  # the stored time is UTC; people read their own clock's time
        when = _("at {time} on {date}").format(time=local.strftime("%H:%M"), date=format_date(local.date()))
    if deleted:
        known = _("{what} was deleted by {who} {when}, after you opened it.")
        unknown = _("{what} was deleted by someone else after you opened it.")
        advice = _("Reload to see the plan as it is now.")
    else:
        known = _("{what} was changed by {who} {when}, after you opened it.")
        unknown = _("{what} was changed by someone else after you opened it.")
        advice = _("Reload to see their change, then make yours again.")
    said = known if who and when else unknown
    message = said.format(what=what, who=who, when=when) + " " + advice
    return StaleEditError(
        message, entity=entity, record_id=row_id, changed_by=who, changed_at=at, deleted=deleted
    )


def check_version(session: Any, row: Any, expected: int | None) -> None:
    """Refuse to edit ``row`` when it is no longer at the version the caller read (None: no check)."""
    if expected is None or row.version == expected:
        return
    raise stale_edit_error(session.connection(), row.__tablename__, row.id, row.uuid, record_label(row))


@dataclass(frozen=True)
class _Candidate:
    entity: str
    row_id: int
    uuid: str
    version: int
    label: str


_FLUSHING = "actionplan_versioned_rows"


@event.listens_for(OrmSession, "before_flush")
def _remember_versioned_rows(session: OrmSession, _context: object, _instances: object) -> None:
    """Note the versioned rows a flush changes or deletes: a failed flush rolls back and expires them."""
    found = []
    for obj in [*session.dirty, *session.deleted]:
        mapper = sa_inspect(obj).mapper
        if mapper.version_id_col is None or getattr(obj, "id", None) is None:
            continue
        found.append(_Candidate(obj.__tablename__, obj.id, obj.uuid, obj.version, record_label(obj)))
    session.info[_FLUSHING] = found


@dataclass(frozen=True)
class StaleRows:
    """The versioned rows a failed flush was writing, noted before the flush (and its rollback)."""

    candidates: tuple[_Candidate, ...]

    @classmethod
    def of(cls, session: Any) -> "StaleRows":
        return cls(tuple(session.info.get(_FLUSHING, ())))

    def error(self, engine: Engine) -> StaleEditError:
        """The refusal naming the row that changed (the first that did), read afresh."""
        tables = SQLModel.metadata.tables
        with engine.connect() as conn:
            for candidate in self.candidates:
                table = tables[candidate.entity]
                now = conn.execute(select(table.c.version).where(table.c.id == candidate.row_id)).first()
                if now is None or now[0] != candidate.version:
                    return stale_edit_error(
                        conn,
                        candidate.entity,
                        candidate.row_id,
                        candidate.uuid,
                        candidate.label,
                        deleted=now is None,
                    )
            first = self.candidates[0] if self.candidates else None
            if first is None:
                return StaleEditError(
                    _("Someone else changed these records after you opened them: reload, then try again."),
                    entity="",
                    record_id=None,
                )
            return stale_edit_error(conn, first.entity, first.row_id, first.uuid, first.label)

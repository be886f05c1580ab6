"""Leavers: keep the records of people who have left for a retention period, then purge them.

Each plan sets how long (``Plan.leaver_retention_months``, two years by default). People are
shared between the plans of a database, so the longest period of its plans applies: nobody is
removed while any plan still keeps them. ``left_before`` overrides the period.

A purge deletes the people with their training records and exemptions, clears them as owner
of actions, and removes their personal values from the change log (the entries about their
rows keep only that something was there). One change-log batch records that a purge happened,
how many went and on what rule, never the names. An automatic backup is made first.

The rows and the values taken out of the log are handed back in memory (``PurgeSnapshot``),
so the window can undo the purge until it closes; nothing of them is written anywhere else.
"""

from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import delete, func, insert, select, text, update
from sqlalchemy.exc import IntegrityError

from actionplan import clock
from actionplan.domain.dates import add_months, format_date
from actionplan.domain.enums import ChangeOp, ChangeSource
from actionplan.errors import ValidationError
from actionplan.i18n import _, ngettext
from actionplan.protection.mentions import PersonRef, entries_about
from actionplan.storage.database import Database
from actionplan.storage.models import (
    DEFAULT_LEAVER_RETENTION_MONTHS,
    Action,
    ChangeBatch,
    ChangeEntry,
    Organisation,
    Person,
    Plan,
    RequirementExemption,
    TrainingRecord,
    utc_now,
)
from actionplan.storage.uow import UnitOfWork

PURGED = {"purged": True}  # what a purged person's change-log values become


@dataclass(frozen=True)
class Leaver:
    """Someone a purge would remove."""

    id: int
    uuid: str
    name: str
    email: str
    staff_number: str
    organisation: str
    leaving_date: date
    training_records: int

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "email": self.email,
            "staff_number": self.staff_number,
            "organisation": self.organisation,
            "leaving_date": self.leaving_date.isoformat(),
            "training_records": self.training_records,
        }


@dataclass(frozen=True)
class PurgePreview:
    """Who a purge would remove, and by what rule.

    Attributes:
        left_before: people whose leaving date is before this day go.
        retention_months: the retention period the day comes from; None when it was given.
        leavers: the people, by organisation and name.
        training_records, exemptions, owned_actions: what goes (or is cleared) with them.
    """

    on: date
    left_before: date
    retention_months: int | None
    leavers: list[Leaver]
    training_records: int
    exemptions: int
    owned_actions: int

    @property
    def rule(self) -> str:
        if self.retention_months is None:
            return _("people who left before {date}").format(date=format_date(self.left_before))
        return ngettext(
            "people who left more than {n} month ago (before {date})",
            "people who left more than {n} months ago (before {date})",
            self.retention_months,
        ).format(n=self.retention_months, date=format_date(self.left_before))

    def to_json(self) -> dict[str, Any]:
        return {
            "as_of": self.on.isoformat(),
            "left_before": self.left_before.isoformat(),
            "retention_months": self.retention_months,
            "people": len(self.leavers),
            "training_records": self.training_records,
            "exemptions": self.exemptions,
            "actions_unassigned": self.owned_actions,
            "leavers": [leaver.to_json() for leaver in self.leavers],
        }


@dataclass
class PurgeSnapshot:
    """What a purge took away, held in memory only, so that it can be undone until the window closes."""

    people: list[dict[str, Any]] = field(default_factory=list)
    training_records: list[dict[str, Any]] = field(default_factory=list)
    exemptions: list[dict[str, Any]] = field(default_factory=list)
    owners: list[tuple[int, int]] = field(default_factory=list)  # (action id, person id)
    entries: list[tuple[int, Any, Any]] = field(default_factory=list)  # (entry id, old, new)
    descriptions: list[tuple[int, str]] = field(default_factory=list)  # (batch id, description)

    def __repr__(self) -> str:  # never the names, not even in a traceback
        return f"PurgeSnapshot(people={len(self.people)})"


@dataclass
class PurgeResult:
    """What a purge did: counts, its change-log batch, the backup made first, and the snapshot."""

    people: int
    training_records: int
    exemptions: int
    actions_unassigned: int
    left_before: date
    batch_id: int | None = None
    backup: Path | None = None
    snapshot: PurgeSnapshot = field(default_factory=PurgeSnapshot, repr=False)
    person_ids: list[int] = field(default_factory=list)

    def line(self) -> str:
        if not self.people:
            return _("Nobody to purge: no one left before {date}.").format(date=format_date(self.left_before))
        text = ngettext(
            "Purged {n} person who left before {date}, with {records} training records.",
            "Purged {n} people who left before {date}, with {records} training records.",
            self.people,
        ).format(n=self.people, date=format_date(self.left_before), records=self.training_records)
        if self.backup is not None:
            text += " " + _("The database as it was is kept in {path}.").format(path=self.backup)
        return text

    def to_json(self) -> dict[str, Any]:
        return {
            "purged": self.people,
            "training_records": self.training_records,
            "exemptions": self.exemptions,
            "actions_unassigned": self.actions_unassigned,
            "left_before": self.left_before.isoformat(),
            "batch": self.batch_id,
            "backup": str(self.backup) if self.backup else None,
        }


def retention_months(uow: UnitOfWork) -> int:
    """The retention period that applies to the shared people: the longest of the plans'."""
    with uow:
        longest = uow.session.execute(select(func.max(Plan.leaver_retention_months))).scalar()
    return int(longest) if longest else DEFAULT_LEAVER_RETENTION_MONTHS


def cutoff(today: date, months: int) -> date:
    """The first leaving date still kept: someone who left on or before ``today - months`` goes."""
    return add_months(today, -months) + timedelta(days=1)


def preview_purge(
    uow: UnitOfWork, *, left_before: date | None = None, on: date | None = None
) -> PurgePreview:
    """Who a purge would remove today (or ``on``), by the retention period or ``left_before``.

    Raises:
        ValidationError: ``left_before`` is after today (people who have not left are never purged).
    """
    on = on or clock.today()
    months: int | None = None
    if left_before is None:
        months = retention_months(uow)
        left_before = cutoff(on, months)
    elif left_before > on + timedelta(days=1):
        raise ValidationError(
            _(
                "The purge date {date} is in the future: only people who have already left can be purged."
            ).format(date=format_date(left_before)),
            field="left_before",
        )
    with uow:
        session = uow.session
        records = (
            select(TrainingRecord.person_id, func.count().label("n"))
            .group_by(TrainingRecord.person_id)
            .subquery()
        )
        rows = session.execute(
            select(
                Person.id,
                Person.uuid,
                Person.first_name,
                Person.last_name,
                Person.email,
                Person.staff_number,
                Organisation.name,
                Person.leaving_date,
                func.coalesce(records.c.n, 0),
            )
            .outerjoin(Organisation, Person.organisation_id == Organisation.id)
            .outerjoin(records, records.c.person_id == Person.id)
            .where(Person.leaving_date.is_not(None), Person.leaving_date < left_before)
            .order_by(Organisation.name, Person.last_name, Person.first_name, Person.id)
        ).all()
        leavers = [
            Leaver(r[0], r[1], f"{r[2]} {r[3]}".strip(), r[4], r[5], r[6] or "", r[7], int(r[8]))
            for r in rows
        ]
        ids = [leaver.id for leaver in leavers]
        exemptions = _count(session, RequirementExemption, RequirementExemption.person_id, ids)
        owned = _count(session, Action, Action.owner_id, ids)
    return PurgePreview(
        on=on,
        left_before=left_before,
        retention_months=months,
        leavers=leavers,
        training_records=sum(leaver.training_records for leaver in leavers),
        exemptions=exemptions,
        owned_actions=owned,
    )


def _count(session: Any, model: Any, column: Any, ids: list[int]) -> int:
    total = 0
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        total += session.execute(
            select(func.count()).select_from(model).where(column.in_(chunk))
        ).scalar_one()
    return total


def _rows(session: Any, table: Any, column: Any, ids: list[int]) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        found.extend(dict(row) for row in session.execute(select(table).where(column.in_(chunk))).mappings())
    return found


def purge_leavers(
    db: Database,
    *,
    left_before: date | None = None,
    on: date | None = None,
    person_ids: list[int] | None = None,
    backup: bool = True,
    source: ChangeSource = ChangeSource.SCREEN,
) -> PurgeResult:
    """Delete the leavers past their retention period, with their training records, as one batch.

    Args:
        db: the open database.
        left_before: purge people who left before this day instead of using the retention period.
        on: the day the period is counted back from (default today).
        person_ids: only these people (the ones a preview showed and the user confirmed), and
            only if they still qualify.
        backup: make an automatic backup first (SQLite files only).
        source: where the purge was asked for, for the change log.
    """
    preview = preview_purge(db.unit_of_work(), left_before=left_before, on=on)
    leavers = preview.leavers
    if person_ids is not None:
        wanted = set(person_ids)
        leavers = [leaver for leaver in leavers if leaver.id in wanted]
    result = PurgeResult(0, 0, 0, 0, preview.left_before)
    if not leavers:
        return result
    if backup and db.path is not None:
        result.backup = db.backup(reason="before-purge")
    ids = [leaver.id for leaver in leavers]
    refs = [PersonRef(leaver.id, leaver.uuid, leaver.name, leaver.email) for leaver in leavers]
    snapshot = PurgeSnapshot()
    sqlite = db.engine.dialect.name == "sqlite"
    with db.unit_of_work(source=source) as uow:
        session = uow.session
        if sqlite:  # deleted rows are overwritten with zeros, not left readable in free space
            session.execute(text("PRAGMA secure_delete = ON"))
        snapshot.people = _rows(session, Person.__table__, Person.id, ids)
        snapshot.training_records = _rows(session, TrainingRecord.__table__, TrainingRecord.person_id, ids)
        snapshot.exemptions = _rows(
            session, RequirementExemption.__table__, RequirementExemption.person_id, ids
        )
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            snapshot.owners.extend(
                (row.id, row.owner_id)
                for row in session.execute(
                    select(Action.id, Action.owner_id).where(Action.owner_id.in_(chunk))
                )
            )
            # Core statements: the change log must not record the rows (and so the names) again.
            session.execute(delete(TrainingRecord).where(TrainingRecord.person_id.in_(chunk)))
            session.execute(delete(RequirementExemption).where(RequirementExemption.person_id.in_(chunk)))
            session.execute(update(Action).where(Action.owner_id.in_(chunk)).values(owner_id=None))
            session.execute(delete(Person).where(Person.id.in_(chunk)))
        _redact_history(session, refs, snapshot)
        uow.log_extra(
            "purge",
            ChangeOp.DELETE,
            {
                "people": len(ids),
                "training_records": len(snapshot.training_records),
                "exemptions": len(snapshot.exemptions),
                "actions_unassigned": len(snapshot.owners),
                "left_before": preview.left_before.isoformat(),
                "retention_months": preview.retention_months,
                "backup": result.backup.name if result.backup else None,
            },
        )
        uow.commit(
            ngettext(
                "Purged {n} leaver who left before {date}, with their training records",
                "Purged {n} leavers who left before {date}, with their training records",
                len(ids),
            ).format(n=len(ids), date=format_date(preview.left_before))
        )
        result.batch_id = uow.batch_id
        if sqlite:
            session.execute(text("PRAGMA secure_delete = OFF"))
    if sqlite:
        with db.engine.connect() as connection:  # old page images leave the write-ahead log too
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    result.people = len(ids)
    result.training_records = len(snapshot.training_records)
    result.exemptions = len(snapshot.exemptions)
    result.actions_unassigned = len(snapshot.owners)
    result.snapshot = snapshot
    result.person_ids = ids
    return result


def _redact_history(session: Any, refs: list[PersonRef], snapshot: PurgeSnapshot) -> None:
    """Take the purged people's values out of the change log, keeping them in the snapshot."""
    entries = entries_about(session, refs, text=False)
    batch_ids = sorted({entry.batch_id for entry in entries})
    for entry in entries:
        if entry.entity == "action":
            continue  # an owner's id, nothing personal: the action's own history stays whole
        snapshot.entries.append((entry.id, entry.old, entry.new))
        session.execute(
            update(ChangeEntry)
            .where(ChangeEntry.id == entry.id)
            .values(
                old=PURGED if entry.old is not None else None, new=PURGED if entry.new is not None else None
            )
        )
    words = {ref.full_name for ref in refs if ref.full_name} | {ref.email for ref in refs if ref.email}
    names = sorted(words, key=len, reverse=True)  # the longest first: "Ann Lee-Smith" before "Ann Lee"
    for start in range(0, len(batch_ids), 500):
        chunk = batch_ids[start : start + 500]
        for batch_id, description in session.execute(
            select(ChangeBatch.id, ChangeBatch.description).where(ChangeBatch.id.in_(chunk))
        ).all():
            cleaned = description
            for name in names:
                cleaned = cleaned.replace(name, _("a purged leaver"))
            if cleaned != description:
                snapshot.descriptions.append((batch_id, description))
                session.execute(
                    update(ChangeBatch).where(ChangeBatch.id == batch_id).values(description=cleaned)
                )


def undo_purge(
    db: Database, result: PurgeResult, *, source: ChangeSource = ChangeSource.SCREEN
) -> int | None:
    """Put back what a purge removed (from its in-memory snapshot), as one batch; returns its id.

    Raises:
        ValidationError: the purge was already undone, or rows added since take the same places.
    """
    snapshot = result.snapshot
    if not snapshot.people:
        return None
    with db.unit_of_work(source=source) as uow:
        session = uow.session
        purge = session.get(ChangeBatch, result.batch_id) if result.batch_id is not None else None
        if purge is not None and purge.undone_at is not None:
            raise ValidationError(_("That purge has already been undone."))
        try:
            session.execute(insert(Person.__table__), snapshot.people)
            if snapshot.training_records:
                session.execute(insert(TrainingRecord.__table__), snapshot.training_records)
            if snapshot.exemptions:
                session.execute(insert(RequirementExemption.__table__), snapshot.exemptions)
        except IntegrityError as exc:
            raise ValidationError(
                _("Cannot undo the purge: people added since take the same places. Undo those changes first.")
            ) from exc
        for action_id, person_id in snapshot.owners:
            session.execute(
                update(Action)
                .where(Action.id == action_id, Action.owner_id.is_(None))
                .values(owner_id=person_id)
            )
        for entry_id, old, new in snapshot.entries:
            session.execute(update(ChangeEntry).where(ChangeEntry.id == entry_id).values(old=old, new=new))
        for batch_id, description in snapshot.descriptions:
            session.execute(
                update(ChangeBatch).where(ChangeBatch.id == batch_id).values(description=description)
            )
        if purge is not None:
            purge.undone_at = utc_now()
        uow.log_extra("purge", ChangeOp.CREATE, {"people_restored": len(snapshot.people)})
        uow.commit(
            ngettext("Undo: purge of {n} leaver", "Undo: purge of {n} leavers", len(snapshot.people)).format(
                n=len(snapshot.people)
            )
        )
        return uow.batch_id

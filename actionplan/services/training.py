"""Training records: a person's history, adding and correcting completions, session attendance."""

from datetime import date
from typing import Any

from sqlmodel import select

from actionplan import clock
from actionplan.domain.compliance import expiry_for
from actionplan.domain.dates import format_date
from actionplan.domain.enums import RecordSource
from actionplan.errors import ValidationError
from actionplan.i18n import _
from actionplan.services.common import apply_changes, get_for_edit, get_or_raise
from actionplan.services.readmodels import AttendanceResult, TrainingRecordView
from actionplan.storage.backends import insert_missing
from actionplan.storage.models import Course, Person, TrainingRecord, new_uuid, utc_now
from actionplan.storage.uow import UnitOfWork

EDITABLE = ("course_id", "completed_on", "expires_on", "evidence")


def _to_view(record: TrainingRecord, course: Course) -> TrainingRecordView:
    assert record.id is not None
    return TrainingRecordView(
        id=record.id,
        uuid=record.uuid,
        person_id=record.person_id,
        course_id=record.course_id,
        course_code=course.code,
        course_name=course.name,
        completed_on=record.completed_on,
        expires_on=expiry_for(record.completed_on, course.validity_months, record.expires_on),
        expiry_given=record.expires_on is not None,
        evidence=record.evidence,
        source=record.source,
        version=record.version,
    )


def list_records(uow: UnitOfWork, person_id: int) -> list[TrainingRecordView]:
    """A person's training history, newest first."""
    with uow:
        rows = uow.session.exec(
            select(TrainingRecord, Course)
            .join(Course, TrainingRecord.course_id == Course.id)
            .where(TrainingRecord.person_id == person_id)
            .order_by(TrainingRecord.completed_on.desc())
        ).all()
        return [_to_view(r, c) for r, c in rows]


def _check_dates(completed_on: date | None, expires_on: date | None, today: date | None) -> None:
    if completed_on is None:
        raise ValidationError(_("Give the date the course was completed."), field="completed_on")
    today = today or clock.today()
    if completed_on > today:
        raise ValidationError(
            _("The completion date {date} is in the future.").format(date=format_date(completed_on)),
            field="completed_on",
        )
    if expires_on is not None and expires_on <= completed_on:
        raise ValidationError(_("The expiry date must be after the completion date."), field="expires_on")


def _existing(uow: UnitOfWork, person_id: int, course_id: int, completed_on: date) -> TrainingRecord | None:
    return uow.session.exec(
        select(TrainingRecord).where(
            TrainingRecord.person_id == person_id,
            TrainingRecord.course_id == course_id,
            TrainingRecord.completed_on == completed_on,
        )
    ).first()


def add_record(
    uow: UnitOfWork,
    person_id: int,
    course_id: int,
    completed_on: date,
    *,
    expires_on: date | None = None,
    evidence: str = "",
    source: RecordSource = RecordSource.TYPED,
    today: date | None = None,
) -> TrainingRecordView:
    _check_dates(completed_on, expires_on, today)
    with uow:
        person = get_or_raise(uow, Person, person_id, _("person"))
        course = get_or_raise(uow, Course, course_id, _("course"))
        if _existing(uow, person_id, course_id, completed_on):
            raise ValidationError(
                _("{name} already has {code} recorded on {date}.").format(
                    name=f"{person.first_name} {person.last_name}".strip(),
                    code=course.code,
                    date=format_date(completed_on),
                ),
                field="completed_on",
            )
        record = TrainingRecord(
            person_id=person_id,
            course_id=course_id,
            completed_on=completed_on,
            expires_on=expires_on,
            evidence=evidence.strip(),
            source=RecordSource(source).value,
        )
        uow.session.add(record)
        uow.commit(
            _("Recorded {code} for {name}").format(
                code=course.code, name=f"{person.first_name} {person.last_name}".strip()
            )
        )
        return _to_view(record, course)


def update_record(
    uow: UnitOfWork,
    record_id: int,
    today: date | None = None,
    *,
    expected_version: int | None = None,
    **changes: Any,
) -> TrainingRecordView:
    with uow:
        record = get_for_edit(uow, TrainingRecord, record_id, _("training record"), expected_version)
        _check_dates(
            changes.get("completed_on", record.completed_on),
            changes.get("expires_on", record.expires_on),
            today,
        )
        if "evidence" in changes:
            changes["evidence"] = (changes["evidence"] or "").strip()
        if apply_changes(record, changes, EDITABLE):
            uow.commit(_("Corrected a training record"))
        course = get_or_raise(uow, Course, record.course_id, _("course"))
        return _to_view(record, course)


def delete_record(uow: UnitOfWork, record_id: int) -> None:
    with uow:
        record = get_or_raise(uow, TrainingRecord, record_id, _("training record"))
        uow.session.delete(record)
        uow.commit(_("Deleted a training record"))


def record_attendance(
    uow: UnitOfWork,
    course_id: int,
    completed_on: date,
    person_ids: list[int],
    *,
    evidence: str = "",
    today: date | None = None,
) -> AttendanceResult:
    """Mark everyone who attended a session (a WRAP workshop, say) as trained, in one step.

    People who already have this course recorded on that date are left as they are.
    """
    _check_dates(completed_on, None, today)
    if not person_ids:
        raise ValidationError(_("Choose at least one person who attended."), field="person_ids")
    with uow:
        course = get_or_raise(uow, Course, course_id, _("course"))
        found = set(uow.session.exec(select(Person.id).where(Person.id.in_(person_ids))).all())
        missing = [pid for pid in person_ids if pid not in found]
        if missing:
            raise ValidationError(
                _("There is no person with id {ids}.").format(ids=", ".join(map(str, missing)))
            )
        already = set(
            uow.session.exec(
                select(TrainingRecord.person_id).where(
                    TrainingRecord.course_id == course_id,
                    TrainingRecord.completed_on == completed_on,
                    TrainingRecord.person_id.in_(person_ids),
                )
            ).all()
        )
        rows = [
            {
                "uuid": new_uuid(),
                "person_id": pid,
                "course_id": course_id,
                "completed_on": completed_on,
                "expires_on": None,
                "evidence": evidence.strip(),
                "source": RecordSource.SESSION.value,
                "source_ref": "",
                "created_at": utc_now(),
                "version": 1,
            }
            for pid in sorted(set(person_ids) - already)  # sorted: concurrent sessions lock in one order
        ]
        # Someone else may be recording the same session at this moment: their rows are skipped,
        # not an error, so everybody who attended is recorded once.
        unique = ("person_id", "course_id", "completed_on")
        table = TrainingRecord.__table__
        added = {
            uuid: row_id for row_id, uuid in insert_missing(uow.session.connection(), table, rows, unique)
        }
        by_person = {row["person_id"]: row for row in rows if row["uuid"] in added}
        created = [pid for pid in dict.fromkeys(person_ids) if pid in by_person]
        for pid in created:
            uow.log_created("training_record", added[by_person[pid]["uuid"]], by_person[pid])
        uow.commit(
            _("Recorded {code} session on {date} for {n} people").format(
                code=course.code, date=format_date(completed_on), n=len(created)
            )
        )
        requested = len(dict.fromkeys(person_ids))
        return AttendanceResult(len(created), requested - len(created), tuple(created))

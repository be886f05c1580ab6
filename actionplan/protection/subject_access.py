"""Subject access: everything the database holds about one person, as a workbook to send them.

The person is found by email address or staff number. The workbook holds their record (every
record, when one email belongs to several), their training records, each requirement of each
plan with their state on the day, the actions they own, and every change-log entry that
mentions them (``mentions.entries_about``). It is written readable by the user only, and
protected with a password when one is given. The change log records that a report was made,
for whom (by record ID) and when.
"""

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from sqlalchemy import select

from actionplan import clock
from actionplan.domain.dates import format_date
from actionplan.domain.enums import ActionStatus, ChangeOp, ChangeSource, ComplianceState
from actionplan.domain.text import match_key
from actionplan.errors import NotFoundError, ValidationError
from actionplan.exchange.workbook_style import Column, SheetWriter
from actionplan.i18n import _, ngettext
from actionplan.protection.mentions import PersonRef, entries_about
from actionplan.protection.workbooks import check_password, save_workbook
from actionplan.services import plans as plan_service
from actionplan.services.actions import list_actions
from actionplan.services.compliance import person_compliance
from actionplan.services.people import get_person
from actionplan.services.readmodels import PersonView
from actionplan.services.training import list_records
from actionplan.storage.database import Database
from actionplan.storage.models import ChangeBatch, Organisation, Person
from actionplan.storage.uow import UnitOfWork


@dataclass
class SubjectAccessReport:
    """Everything held about one person, as rows for the workbook's sheets."""

    people: list[PersonView]
    on: date
    record: list[list[Any]] = field(default_factory=list)
    training: list[list[Any]] = field(default_factory=list)
    requirements: list[list[Any]] = field(default_factory=list)
    actions: list[list[Any]] = field(default_factory=list)
    history: list[list[Any]] = field(default_factory=list)

    @property
    def name(self) -> str:
        return self.people[0].full_name or self.people[0].email

    def line(self, path: Path) -> str:
        return _(
            "Wrote everything held about {name} to {path}: {records}, {training}, {requirements}, "
            "{actions} and {history}."
        ).format(
            name=self.name,
            path=path,
            records=ngettext("{n} record", "{n} records", len(self.people)).format(n=len(self.people)),
            training=ngettext("{n} training record", "{n} training records", len(self.training)).format(
                n=len(self.training)
            ),
            requirements=ngettext("{n} requirement", "{n} requirements", len(self.requirements)).format(
                n=len(self.requirements)
            ),
            actions=ngettext("{n} action owned", "{n} actions owned", len(self.actions)).format(
                n=len(self.actions)
            ),
            history=ngettext("{n} change-log entry", "{n} change-log entries", len(self.history)).format(
                n=len(self.history)
            ),
        )


def find_people(uow: UnitOfWork, who: str, *, organisation: str | None = None) -> list[PersonView]:
    """The records of the person with this email address or staff number.

    An email address finds every record that has it (someone who moved between partners may
    have two); a staff number is unique only within an organisation, so one that several
    organisations use needs ``organisation`` (or the email address).

    Raises:
        NotFoundError: nobody has it.
        ValidationError: a staff number several organisations use, with no organisation given.
    """
    text = who.strip()
    if not text:
        raise ValidationError(_("Give the person's email address or staff number."), field="person")
    with uow:
        query = select(Person.id, Person.email, Person.staff_number, Organisation.name).outerjoin(
            Organisation, Person.organisation_id == Organisation.id
        )
        if "@" in text:
            rows = uow.session.execute(query.where(Person.email == text.lower())).all()
        else:
            key = match_key(text)
            rows = [
                r
                for r in uow.session.execute(query.where(Person.staff_number != "")).all()
                if match_key(r[2]) == key
            ]
            if organisation:
                wanted = match_key(organisation)
                rows = [r for r in rows if match_key(r[3] or "") == wanted]
    if not rows:
        raise NotFoundError(
            _("Nobody in the database has the email address or staff number “{who}”.").format(who=text)
        )
    if "@" not in text and len(rows) > 1:
        orgs = ", ".join(sorted(r[3] or _("no organisation") for r in rows))
        raise ValidationError(
            _(
                "The staff number “{who}” belongs to {n} people ({orgs}): give the email address, or the "
                "organisation with --org."
            ).format(who=text, n=len(rows), orgs=orgs),
            field="person",
        )
    return [get_person(uow, row[0]) for row in rows]


def records_of(uow: UnitOfWork, person_id: int) -> list[PersonView]:
    """The records of the person with this id: every record with their email address, else theirs alone."""
    person = get_person(uow, person_id)
    if not person.email:
        return [person]
    return find_people(uow, person.email)


def gather(db: Database, people: Sequence[PersonView], on: date | None = None) -> SubjectAccessReport:
    """Read everything held about ``people`` (the records of one person)."""
    on = on or clock.today()
    report = SubjectAccessReport(list(people), on)
    ids = {p.id for p in people}
    names = {p.full_name.casefold() for p in people if p.full_name}
    for person in people:
        report.record.append(_record_row(db, person))
        for record in list_records(db.unit_of_work(), person.id):
            report.training.append(
                [
                    person.staff_number or person.email,
                    record.course_code,
                    record.course_name,
                    record.completed_on,
                    record.expires_on,
                    _("given") if record.expiry_given else _("from the course's validity"),
                    record.evidence,
                    record.source,
                ]
            )
    for plan in plan_service.list_plans(db.unit_of_work()):
        for person in people:
            for requirement, assessment in person_compliance(db.unit_of_work(), plan.id, person.id, on):
                if assessment.state is ComplianceState.NOT_REQUIRED:
                    continue
                exemption = next((e.reason for e in requirement.exemptions if e.person_id == person.id), "")
                report.requirements.append(
                    [
                        plan.name,
                        requirement.title,
                        requirement.course_code,
                        assessment.state.label,
                        assessment.completed_on,
                        assessment.expires_on,
                        assessment.personal_deadline,
                        exemption,
                    ]
                )
        for action in list_actions(db.unit_of_work(), plan.id, on):
            by_id = action.owner_id in ids
            by_name = action.owner_id is None and action.owner_name.casefold() in names
            if by_id or by_name:
                report.actions.append(
                    [
                        plan.name,
                        action.ref,
                        action.title,
                        ActionStatus(action.status).label,
                        action.due_date,
                        action.rag.label if action.rag else "",
                        _("owner") if by_id else _("owner (named as text)"),
                    ]
                )
    report.history = _history(db, people)
    return report


def _record_row(db: Database, person: PersonView) -> list[Any]:
    with db.unit_of_work() as uow:
        row = uow.session.get(Person, person.id)
        created, updated = (row.created_at, row.updated_at) if row else (None, None)
    return [
        person.uuid,
        person.staff_number,
        person.first_name,
        person.last_name,
        person.email,
        person.job_title,
        person.role_group,
        person.organisation_name,
        person.team,
        _("Yes") if person.key_personnel else _("No"),
        person.start_date,
        person.leaving_date,
        _local(created),
        _local(updated),
    ]


def _local(moment: datetime | None) -> str:
    return moment.astimezone().strftime("%d/%m/%Y %H:%M") if moment else ""


def _history(db: Database, people: Sequence[PersonView]) -> list[list[Any]]:
    refs = [PersonRef(p.id, p.uuid, p.full_name, p.email) for p in people]
    rows: list[list[Any]] = []
    with db.unit_of_work() as uow:
        entries = entries_about(uow.session, refs)
        batch_ids = sorted({e.batch_id for e in entries})
        batches: dict[int, ChangeBatch] = {}
        for start in range(0, len(batch_ids), 500):
            chunk = batch_ids[start : start + 500]
            for batch in uow.session.execute(select(ChangeBatch).where(ChangeBatch.id.in_(chunk))).scalars():
                batches[batch.id] = batch
        for entry in entries:
            batch = batches[entry.batch_id]
            rows.append(
                [
                    batch.id,
                    _local(batch.at),
                    batch.user,
                    batch.source,
                    batch.description,
                    entry.entity.replace("_", " "),
                    entry.op,
                    _values(entry.old),
                    _values(entry.new),
                ]
            )
    return rows


def _values(values: dict[str, Any] | None) -> str:
    if not values:
        return ""
    if values.get("purged"):
        return _("(removed by a purge of leavers)")
    return "; ".join(
        f"{key.replace('_', ' ')}: {value}" for key, value in values.items() if value not in (None, "")
    )


RECORD_COLUMNS = (
    Column(_("Record ID"), 38, "id"),
    Column(_("Staff number"), 14),
    Column(_("First name"), 16),
    Column(_("Last name"), 18),
    Column(_("Email"), 30),
    Column(_("Job title"), 24),
    Column(_("Role group"), 22),
    Column(_("Organisation"), 28),
    Column(_("Team"), 18),
    Column(_("Key personnel"), 10),
    Column(_("Start date"), 12, "date"),
    Column(_("Leaving date"), 12, "date"),
    Column(_("Added"), 17),
    Column(_("Last changed"), 17),
)
TRAINING_COLUMNS = (
    Column(_("Person"), 18),
    Column(_("Course code"), 10),
    Column(_("Course"), 36),
    Column(_("Completion date"), 13, "date"),
    Column(_("Expiry date"), 13, "date"),
    Column(_("Expiry"), 18),
    Column(_("Evidence"), 30, "wrap"),
    Column(_("Source"), 10),
)
REQUIREMENT_COLUMNS = (
    Column(_("Plan"), 28),
    Column(_("Requirement"), 36, "wrap"),
    Column(_("Course"), 10),
    Column(_("State"), 12),
    Column(_("Completed"), 12, "date"),
    Column(_("Expires"), 12, "date"),
    Column(_("Personal deadline"), 14, "date"),
    Column(_("Exemption reason"), 30, "wrap"),
)
ACTION_COLUMNS = (
    Column(_("Plan"), 28),
    Column(_("Ref"), 8),
    Column(_("Title"), 50, "wrap"),
    Column(_("Status"), 14),
    Column(_("Due date"), 12, "date"),
    Column(_("RAG"), 8),
    Column(_("Role"), 20),
)
HISTORY_COLUMNS = (
    Column(_("Batch"), 8, "int"),
    Column(_("When"), 17),
    Column(_("User"), 14),
    Column(_("Source"), 10),
    Column(_("Description"), 40, "wrap"),
    Column(_("What"), 18),
    Column(_("Change"), 10),
    Column(_("Before"), 50, "wrap"),
    Column(_("After"), 50, "wrap"),
)


def write_subject_access(
    db: Database,
    who: str,
    out_path: str | Path,
    *,
    organisation: str | None = None,
    on: date | None = None,
    password: str | None = None,
    source: ChangeSource = ChangeSource.SCREEN,
) -> SubjectAccessReport:
    """Write the subject access workbook for the person with this email address or staff number.

    Raises:
        NotFoundError, ValidationError: nobody, or several people, have it; a bad file name or
            a short password.
    """
    path = Path(out_path).expanduser()
    if path.suffix.casefold() != ".xlsx":
        raise ValidationError(
            _("The report is an Excel workbook: give the file a name ending in .xlsx (not “{name}”).").format(
                name=path.name
            )
        )
    if not path.parent.is_dir():
        raise ValidationError(_("The folder {folder} does not exist.").format(folder=path.parent))
    people = find_people(db.unit_of_work(), who, organisation=organisation)
    return write_report(db, people, path, on=on, password=password, source=source)


def write_report(
    db: Database,
    people: Sequence[PersonView],
    out_path: str | Path,
    *,
    on: date | None = None,
    password: str | None = None,
    source: ChangeSource = ChangeSource.SCREEN,
) -> SubjectAccessReport:
    """Write the subject access workbook for ``people`` (the records of one person) to ``out_path``."""
    path = Path(out_path).expanduser()
    if password:
        check_password(password)
    report = gather(db, people, on)
    workbook = Workbook(write_only=True)
    _about(workbook, report)
    for title, columns, rows in (
        (_("Record"), RECORD_COLUMNS, report.record),
        (_("Training records"), TRAINING_COLUMNS, report.training),
        (_("Requirements"), REQUIREMENT_COLUMNS, report.requirements),
        (_("Actions owned"), ACTION_COLUMNS, report.actions),
        (_("Change history"), HISTORY_COLUMNS, report.history),
    ):
        writer = SheetWriter(workbook, title, columns, lists=None, footer=_("Subject access report"))
        for row in rows:
            writer.append(row)
        writer.finish()
    workbook.properties.title = _("Subject access report")
    workbook.properties.creator = "ActionPlan"
    save_workbook(workbook, path, password)
    with db.unit_of_work(source=source) as uow:
        for person in people:
            uow.log_extra(
                "subject_access",
                ChangeOp.CREATE,
                {"file": path.name, "as_of": report.on.isoformat()},
                uuid=person.uuid,
            )
        uow.commit(_("Wrote a subject access report to {name}").format(name=path.name))
    return report


def _about(workbook: Workbook, report: SubjectAccessReport) -> None:
    writer = SheetWriter(
        workbook, _("About this report"), (Column(_("Item"), 28), Column(_("Value"), 90, "wrap")), lists=None
    )
    people = report.people
    lines = [
        (_("Subject access report for"), report.name),
        (_("Email"), ", ".join(sorted({p.email for p in people if p.email}))),
        (_("Staff number"), ", ".join(sorted({p.staff_number for p in people if p.staff_number}))),
        (_("Written on"), format_date(clock.today())),
        (_("States worked out for"), format_date(report.on)),
        (
            _("What it holds"),
            _(
                "Every record held about this person: the person's record, training records, each training "
                "requirement that applies with their state, the actions they own, and every entry in the "
                "change history that mentions them (by record, by the records that point to them, or by "
                "their name or email in text)."
            ),
        ),
        (
            _("What is never held"),
            _(
                "No referral or case information about members of the public is ever stored in this "
                "application."
            ),
        ),
    ]
    for item, value in lines:
        writer.append([item, value])
    writer.finish()

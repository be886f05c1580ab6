"""SQLModel tables: the stored shape of plans, actions, people, training and the change log.

Every table has an integer key for joins and a stable UUID that exports carry, so a
re-import updates the same rows and two databases can later be merged. Dates are dates;
timestamps are timezone-aware UTC. Lists that are only ever read whole (course aliases,
audience rules) are JSON columns; relations that are queried are link tables.
"""

import os
from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Column, Index, UniqueConstraint
from sqlalchemy.orm import declared_attr
from sqlmodel import Field, SQLModel

from actionplan import clock

DEFAULT_LEAVER_RETENTION_MONTHS = 24  # two years after leaving


# The variant digit of a random (version 4) UUID: its two top bits are 10.
_VARIANT = {digit: format(int(digit, 16) & 0b0011 | 0b1000, "x") for digit in "0123456789abcdef"}


def new_uuid() -> str:
    """A fresh random (version 4) UUID in its canonical text form.

    What ``str(uuid.uuid4())`` gives, written straight from the random bytes: an import of
    50,000 people makes 50,000 of them, and the ``UUID`` object in between costs most of it.
    """
    digits = os.urandom(16).hex()
    return f"{digits[:8]}-{digits[8:12]}-4{digits[13:16]}-{_VARIANT[digits[16]]}{digits[17:20]}-{digits[20:]}"


def utc_now() -> datetime:
    return clock.now()


def _uuid_field() -> Any:
    return Field(default_factory=new_uuid, max_length=36, unique=True, index=True)


def _json_list() -> Any:
    return Field(default_factory=list, sa_column=Column(JSON, nullable=False))


def _version_field() -> Any:
    """The row version: 1 when made, one more on every change (see ``_versioned``)."""
    return Field(default=1, sa_column_kwargs={"server_default": "1"})


def _version_mapper_args(cls: Any) -> dict[str, Any]:
    return {"version_id_col": cls.__table__.c.version}


# Rows that people edit carry a version. The ORM adds ``AND version = <the version read>`` to
# every UPDATE and DELETE of them and counts one up, so an edit made from a stale read (another
# user saved in between) changes nothing and fails instead of overwriting the newer row. Core
# statements that change such rows count the version up themselves (``storage.backends``).
_versioned = declared_attr(_version_mapper_args)


class Organisation(SQLModel, table=True):
    __tablename__ = "organisation"

    id: int | None = Field(default=None, primary_key=True)
    uuid: str = _uuid_field()
    name: str = Field(max_length=200, unique=True)
    short_name: str = Field(default="", max_length=60)
    sector: str = Field(default="other", max_length=30)
    specified_authority: bool = True
    aliases: list[str] = _json_list()
    # The organisation's Prevent contact, to whom update requests are addressed.
    contact_name: str = Field(default="", max_length=200)
    contact_email: str = Field(default="", max_length=254)
    created_at: datetime = Field(default_factory=utc_now)
    updated_at: datetime = Field(default_factory=utc_now)
    version: int = _version_field()
    __mapper_args__ = _versioned


class Plan(SQLModel, table=True):
    __tablename__ = "plan"

    id: int | None = Field(default=None, primary_key=True)
    uuid: str = _uuid_field()
    name: str = Field(max_length=200)
    area: str = Field(default="", max_length=200)
    lead_organisation_id: int | None = Field(default=None, foreign_key="organisation.id", ondelete="SET NULL")
    period_start: date | None = None
    period_end: date | None = None
    review_cadence: str = Field(default="quarterly", max_length=30)
    template: str = Field(default="blank", max_length=30)
    # How long people who have left keep their records before a purge removes them.
    leaver_retention_months: int = Field(
        default=DEFAULT_LEAVER_RETENTION_MONTHS,
        sa_column_kwargs={"server_default": str(DEFAULT_LEAVER_RETENTION_MONTHS)},
    )
    created_at: datetime = Field(default_factory=utc_now)
    updated_at: datetime = Field(default_factory=utc_now)
    version: int = _version_field()
    __mapper_args__ = _versioned


class Theme(SQLModel, table=True):
    __tablename__ = "theme"
    __table_args__ = (UniqueConstraint("plan_id", "name"),)

    id: int | None = Field(default=None, primary_key=True)
    uuid: str = _uuid_field()
    plan_id: int = Field(foreign_key="plan.id", index=True, ondelete="CASCADE")
    name: str = Field(max_length=200)
    position: int = 0


class Objective(SQLModel, table=True):
    __tablename__ = "objective"
    __table_args__ = (UniqueConstraint("plan_id", "name"),)

    id: int | None = Field(default=None, primary_key=True)
    uuid: str = _uuid_field()
    plan_id: int = Field(foreign_key="plan.id", index=True, ondelete="CASCADE")
    name: str = Field(max_length=200)
    position: int = 0


class Person(SQLModel, table=True):
    """Key personnel and other staff of partner organisations (never members of the public)."""

    __tablename__ = "person"
    __table_args__ = (
        Index("ix_person_org_staff", "organisation_id", "staff_number"),
        Index("ix_person_email", "email"),
    )

    id: int | None = Field(default=None, primary_key=True)
    uuid: str = _uuid_field()
    staff_number: str = Field(default="", max_length=60)
    first_name: str = Field(default="", max_length=100)
    last_name: str = Field(default="", max_length=100)
    email: str = Field(default="", max_length=254)
    job_title: str = Field(default="", max_length=200)
    role_group: str = Field(default="", max_length=100)
    # Looked up by organisation through ix_person_org_staff, which starts with it (0008).
    organisation_id: int | None = Field(default=None, foreign_key="organisation.id", ondelete="SET NULL")
    team: str = Field(default="", max_length=200)
    key_personnel: bool = False
    start_date: date | None = None
    leaving_date: date | None = None
    created_at: datetime = Field(default_factory=utc_now)
    updated_at: datetime = Field(default_factory=utc_now)
    version: int = _version_field()
    __mapper_args__ = _versioned


class Course(SQLModel, table=True):
    __tablename__ = "course"

    id: int | None = Field(default=None, primary_key=True)
    uuid: str = _uuid_field()
    code: str = Field(max_length=30, unique=True)
    name: str = Field(max_length=200)
    aliases: list[str] = _json_list()
    provider: str = Field(default="", max_length=200)
    mode: str = Field(default="elearning", max_length=30)
    validity_months: int | None = None
    # Codes of the courses a completion of this one also renews or satisfies.
    renews: list[str] = _json_list()
    position: int = 0
    version: int = _version_field()
    __mapper_args__ = _versioned


class TrainingRequirement(SQLModel, table=True):
    __tablename__ = "training_requirement"

    id: int | None = Field(default=None, primary_key=True)
    uuid: str = _uuid_field()
    plan_id: int = Field(foreign_key="plan.id", index=True, ondelete="CASCADE")
    course_id: int = Field(foreign_key="course.id", index=True, ondelete="RESTRICT")
    title: str = Field(default="", max_length=300)
    # Audience: empty lists mean "everyone"; organisation UUIDs and role-group names.
    organisation_uuids: list[str] = _json_list()
    role_groups: list[str] = _json_list()
    key_personnel_only: bool = False
    deadline: date | None = None
    target_percent: int = 85
    grace_days: int = 90
    position: int = 0
    version: int = _version_field()
    __mapper_args__ = _versioned


class RequirementExemption(SQLModel, table=True):
    __tablename__ = "requirement_exemption"
    __table_args__ = (UniqueConstraint("requirement_id", "person_id"),)

    id: int | None = Field(default=None, primary_key=True)
    uuid: str = _uuid_field()
    requirement_id: int = Field(foreign_key="training_requirement.id", index=True, ondelete="CASCADE")
    person_id: int = Field(foreign_key="person.id", index=True, ondelete="CASCADE")
    reason: str = Field(max_length=500)
    created_at: datetime = Field(default_factory=utc_now)


class TrainingRecord(SQLModel, table=True):
    __tablename__ = "training_record"
    __table_args__ = (
        UniqueConstraint("person_id", "course_id", "completed_on"),
        Index("ix_training_record_course", "course_id", "completed_on"),
    )

    id: int | None = Field(default=None, primary_key=True)
    uuid: str = _uuid_field()
    # Looked up by person through the unique constraint's index, which starts with person_id
    # (a separate index on person_id alone only made every insert slower; dropped in 0008).
    person_id: int = Field(foreign_key="person.id", ondelete="CASCADE")
    course_id: int = Field(foreign_key="course.id", ondelete="RESTRICT")
    completed_on: date
    # Given by the partner; when empty the expiry is derived from the course's validity.
    expires_on: date | None = None
    evidence: str = Field(default="", max_length=500)
    source: str = Field(default="typed", max_length=20)
    source_ref: str = Field(default="", max_length=300)
    created_at: datetime = Field(default_factory=utc_now)
    version: int = _version_field()
    __mapper_args__ = _versioned


class Meeting(SQLModel, table=True):
    __tablename__ = "meeting"

    id: int | None = Field(default=None, primary_key=True)
    uuid: str = _uuid_field()
    plan_id: int = Field(foreign_key="plan.id", index=True, ondelete="CASCADE")
    held_on: date
    title: str = Field(default="", max_length=300)
    attendees: str = ""
    notes: str = ""
    decisions: str = ""
    snapshot: dict[str, Any] | None = Field(default=None, sa_column=Column(JSON))
    closed_at: datetime | None = None
    created_at: datetime = Field(default_factory=utc_now)
    version: int = _version_field()
    __mapper_args__ = _versioned


class Action(SQLModel, table=True):
    __tablename__ = "action"

    id: int | None = Field(default=None, primary_key=True)
    uuid: str = _uuid_field()
    plan_id: int = Field(foreign_key="plan.id", index=True, ondelete="CASCADE")
    ref: str = Field(default="", max_length=30)
    title: str = Field(max_length=500)
    description: str = ""
    theme_id: int | None = Field(default=None, foreign_key="theme.id", ondelete="SET NULL")
    objective_id: int | None = Field(default=None, foreign_key="objective.id", ondelete="SET NULL")
    lead_organisation_id: int | None = Field(default=None, foreign_key="organisation.id", ondelete="SET NULL")
    owner_id: int | None = Field(default=None, foreign_key="person.id", ondelete="SET NULL")
    # The owner as written when they are not (yet) a person in the database: "Prevent Lead".
    owner_name: str = Field(default="", max_length=200)
    start_date: date | None = None
    due_date: date | None = None
    completed_on: date | None = None
    status: str = Field(default="not_started", max_length=20)
    progress: int = 0
    statutory: bool = False
    evidence: str = ""
    notes: str = ""
    rag_override: str | None = Field(default=None, max_length=10)
    rag_override_reason: str = ""
    requirement_id: int | None = Field(
        default=None, foreign_key="training_requirement.id", ondelete="SET NULL"
    )
    position: int = 0
    created_at: datetime = Field(default_factory=utc_now)
    updated_at: datetime = Field(default_factory=utc_now)
    version: int = _version_field()
    __mapper_args__ = _versioned


class ActionPartner(SQLModel, table=True):
    __tablename__ = "action_partner"

    action_id: int = Field(foreign_key="action.id", primary_key=True, ondelete="CASCADE")
    organisation_id: int = Field(foreign_key="organisation.id", primary_key=True, ondelete="CASCADE")


class ActionUpdate(SQLModel, table=True):
    """One dated entry in an action's update log."""

    __tablename__ = "action_update"

    id: int | None = Field(default=None, primary_key=True)
    uuid: str = _uuid_field()
    action_id: int = Field(foreign_key="action.id", index=True, ondelete="CASCADE")
    on_date: date
    text: str
    author: str = Field(default="", max_length=200)
    status: str | None = Field(default=None, max_length=20)
    progress: int | None = None
    meeting_id: int | None = Field(default=None, foreign_key="meeting.id", ondelete="SET NULL")
    created_at: datetime = Field(default_factory=utc_now)


class ChangeBatch(SQLModel, table=True):
    """A group of changes made together (one edit, one import) that can be undone as one."""

    __tablename__ = "change_batch"

    id: int | None = Field(default=None, primary_key=True)
    uuid: str = _uuid_field()
    at: datetime = Field(default_factory=utc_now, index=True)
    user: str = Field(default="", max_length=100)
    source: str = Field(default="screen", max_length=20)
    description: str = Field(default="", max_length=500)
    undone_at: datetime | None = None
    # The database the batch was copied from by ``actionplan copy`` (its id), "" when made here:
    # copied batches are history to read, not changes this database can undo.
    copied_from: str = Field(default="", max_length=36, sa_column_kwargs={"server_default": ""})


class ChangeEntry(SQLModel, table=True):
    __tablename__ = "change_entry"
    __table_args__ = (Index("ix_change_entry_entity", "entity", "entity_uuid"),)

    id: int | None = Field(default=None, primary_key=True)
    batch_id: int = Field(foreign_key="change_batch.id", index=True, ondelete="CASCADE")
    entity: str = Field(max_length=40)
    entity_uuid: str = Field(default="", max_length=36)
    entity_id: int | None = None
    op: str = Field(max_length=10)
    old: dict[str, Any] | None = Field(default=None, sa_column=Column(JSON))
    new: dict[str, Any] | None = Field(default=None, sa_column=Column(JSON))


class AppSetting(SQLModel, table=True):
    """Application preferences kept with the data: warning windows, RAG thresholds, backups."""

    __tablename__ = "app_setting"

    key: str = Field(primary_key=True, max_length=100)
    value: Any = Field(default=None, sa_column=Column(JSON))


class ImportProfile(SQLModel, table=True):
    """A column mapping remembered for one partner's files."""

    __tablename__ = "import_profile"
    __table_args__ = (UniqueConstraint("partner_key", "kind"),)

    id: int | None = Field(default=None, primary_key=True)
    partner_key: str = Field(max_length=200)
    kind: str = Field(max_length=20)
    mapping: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    updated_at: datetime = Field(default_factory=utc_now)


class AssessmentTemplate(SQLModel, table=True):
    """A self-assessment framework (the Prevent toolkit's benchmarks, or one loaded from a file)."""

    __tablename__ = "assessment_template"

    id: int | None = Field(default=None, primary_key=True)
    uuid: str = _uuid_field()
    key: str = Field(max_length=60, unique=True)
    name: str = Field(max_length=200)
    description: str = ""
    source: str = Field(default="built-in", max_length=200)
    created_at: datetime = Field(default_factory=utc_now)


class AssessmentSection(SQLModel, table=True):
    __tablename__ = "assessment_section"
    __table_args__ = (UniqueConstraint("template_id", "key"),)

    id: int | None = Field(default=None, primary_key=True)
    uuid: str = _uuid_field()
    template_id: int = Field(foreign_key="assessment_template.id", index=True, ondelete="CASCADE")
    key: str = Field(max_length=60)
    title: str = Field(max_length=200)
    # Plan themes an action made from a gap goes into: the first the plan has wins.
    themes: list[str] = _json_list()
    aggregate_only: bool = False
    note: str = ""
    position: int = 0


class AssessmentQuestion(SQLModel, table=True):
    __tablename__ = "assessment_question"
    __table_args__ = (UniqueConstraint("section_id", "key"),)

    id: int | None = Field(default=None, primary_key=True)
    uuid: str = _uuid_field()
    section_id: int = Field(foreign_key="assessment_section.id", index=True, ondelete="CASCADE")
    key: str = Field(max_length=60)
    text: str
    guidance: str = ""
    action_title: str = Field(default="", max_length=500)  # what a gap here becomes in the plan
    evidence_kinds: list[str] = _json_list()
    suggest: str = Field(default="", max_length=60)
    position: int = 0


class Assessment(SQLModel, table=True):
    """One year's self-assessment of a plan against a template; earlier years are kept."""

    __tablename__ = "assessment"
    __table_args__ = (UniqueConstraint("plan_id", "template_id", "year"),)

    id: int | None = Field(default=None, primary_key=True)
    uuid: str = _uuid_field()
    plan_id: int = Field(foreign_key="plan.id", index=True, ondelete="CASCADE")
    template_id: int = Field(foreign_key="assessment_template.id", ondelete="RESTRICT")
    assessed_on: date
    year: int
    assessor: str = Field(default="", max_length=200)
    created_at: datetime = Field(default_factory=utc_now)
    updated_at: datetime = Field(default_factory=utc_now)


class AssessmentAnswer(SQLModel, table=True):
    __tablename__ = "assessment_answer"
    __table_args__ = (UniqueConstraint("assessment_id", "question_id"),)

    id: int | None = Field(default=None, primary_key=True)
    uuid: str = _uuid_field()
    assessment_id: int = Field(foreign_key="assessment.id", index=True, ondelete="CASCADE")
    question_id: int = Field(foreign_key="assessment_question.id", ondelete="RESTRICT")
    rating: str = Field(default="not assessed", max_length=20)
    commentary: str = ""
    assessor: str = Field(default="", max_length=200)
    answered_on: date | None = None
    updated_at: datetime = Field(default_factory=utc_now)


class AssessmentEvidence(SQLModel, table=True):
    """Evidence for an answer: an action, requirement or meeting (by UUID), or a document."""

    __tablename__ = "assessment_evidence"

    id: int | None = Field(default=None, primary_key=True)
    uuid: str = _uuid_field()
    answer_id: int = Field(foreign_key="assessment_answer.id", index=True, ondelete="CASCADE")
    kind: str = Field(max_length=20)
    # The linked action, requirement or meeting: by UUID, so a deleted one is shown as such
    # and comes back with an undo.
    target_uuid: str = Field(default="", max_length=36)
    label: str = Field(default="", max_length=500)
    location: str = Field(default="", max_length=2000)  # a document's path or web link
    review_on: date | None = None  # a document's next review date
    # Figures at the time it was linked (a requirement's compliance, an action's status).
    figures: dict[str, Any] | None = Field(default=None, sa_column=Column(JSON))
    linked_on: date
    created_at: datetime = Field(default_factory=utc_now)


class UpdateRequest(SQLModel, table=True):
    """One partner organisation asked to return its pack by a date: sent, reminded, returned."""

    __tablename__ = "update_request"

    id: int | None = Field(default=None, primary_key=True)
    uuid: str = _uuid_field()
    plan_id: int = Field(foreign_key="plan.id", index=True, ondelete="CASCADE")
    organisation_id: int = Field(foreign_key="organisation.id", index=True, ondelete="CASCADE")
    # The contact as the draft was addressed (the organisation's may change later).
    contact_name: str = Field(default="", max_length=200)
    contact_email: str = Field(default="", max_length=254)
    sent_on: date
    due_on: date
    # The Export ID of the pack attached to the latest draft; earlier packs of this request
    # (made again for a reminder) are still recognised when they come back.
    export_id: str = Field(max_length=36, index=True)
    earlier_export_ids: list[str] = _json_list()
    pack_path: str = Field(default="", max_length=1000)
    draft_path: str = Field(default="", max_length=1000)
    protected: bool = False
    reminders: int = 0
    reminded_on: date | None = None
    returned_on: date | None = None
    # What the return changed: {"people": n, "training_records": n, "actions": n}.
    returned_changes: dict[str, Any] | None = Field(default=None, sa_column=Column(JSON))
    returned_file: str = Field(default="", max_length=300)
    created_at: datetime = Field(default_factory=utc_now)


class SyncState(SQLModel, table=True):
    """A record's values when it was last copied between this database and a peer database.

    ``actionplan copy`` compares each side with these values to tell which side changed a field
    since the last copy (and so which changes to apply, and which are conflicts).
    """

    __tablename__ = "sync_state"
    __table_args__ = (UniqueConstraint("peer", "entity", "entity_uuid"),)

    id: int | None = Field(default=None, primary_key=True)
    peer: str = Field(max_length=36)  # the other database's id
    entity: str = Field(max_length=40)
    entity_uuid: str = Field(max_length=36)
    values: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    synced_at: datetime = Field(default_factory=utc_now)
    # The copy's change batch that last wrote the record here or there ("" when it wrote nothing):
    # once that batch is undone, the values are no longer what both databases had.
    batch_uuid: str = Field(default="", max_length=36)


class DataVersion(SQLModel, table=True):
    """One row: a number counted up by every transaction that writes (``storage.data_version``)."""

    __tablename__ = "data_version"

    id: int | None = Field(default=None, primary_key=True)
    n: int = 0


class KeptFigures(SQLModel, table=True):
    """Figures worked out from the whole of the data, kept with the data version they were
    worked out at: good while the version is still the same (``services.kept_counts``)."""

    __tablename__ = "kept_figures"

    key: str = Field(primary_key=True, max_length=100)
    version: int
    figures: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))


# Tables whose rows are recorded in the change log, by table name.
AUDITED_TABLES = frozenset(
    {
        "organisation",
        "plan",
        "theme",
        "objective",
        "person",
        "course",
        "training_requirement",
        "requirement_exemption",
        "training_record",
        "meeting",
        "action",
        "action_partner",
        "action_update",
        "assessment_template",
        "assessment_section",
        "assessment_question",
        "assessment",
        "assessment_answer",
        "assessment_evidence",
        "update_request",
    }
)

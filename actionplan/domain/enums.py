"""Enumerations of the domain, with the words users see and the words partners write."""

from enum import StrEnum

from actionplan.i18n import _


class ActionStatus(StrEnum):
    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    COMPLETE = "complete"
    BLOCKED = "blocked"
    CANCELLED = "cancelled"

    @property
    def label(self) -> str:
        return {
            ActionStatus.NOT_STARTED: _("Not started"),
            ActionStatus.IN_PROGRESS: _("In progress"),
            ActionStatus.COMPLETE: _("Complete"),
            ActionStatus.BLOCKED: _("Blocked"),
            ActionStatus.CANCELLED: _("Cancelled"),
        }[self]

    @property
    def is_closed(self) -> bool:
        return self in (ActionStatus.COMPLETE, ActionStatus.CANCELLED)


class Rag(StrEnum):
    """BRAG: red, amber, green, and complete (blue) as its own colour."""

    RED = "red"
    AMBER = "amber"
    GREEN = "green"
    COMPLETE = "complete"

    @property
    def label(self) -> str:
        return {
            Rag.RED: _("Red"),
            Rag.AMBER: _("Amber"),
            Rag.GREEN: _("Green"),
            Rag.COMPLETE: _("Complete"),
        }[self]

    @property
    def letter(self) -> str:
        return {Rag.RED: "R", Rag.AMBER: "A", Rag.GREEN: "G", Rag.COMPLETE: "B"}[self]


class Sector(StrEnum):
    LOCAL_AUTHORITY = "local_authority"
    POLICE = "police"
    SCHOOL = "school"
    FURTHER_EDUCATION = "further_education"
    HIGHER_EDUCATION = "higher_education"
    HEALTH = "health"
    PROBATION = "probation"
    PRISONS = "prisons"
    YOUTH_JUSTICE = "youth_justice"
    VOLUNTARY = "voluntary"
    OTHER = "other"

    @property
    def label(self) -> str:
        return {
            Sector.LOCAL_AUTHORITY: _("Local authority"),
            Sector.POLICE: _("Police"),
            Sector.SCHOOL: _("School"),
            Sector.FURTHER_EDUCATION: _("Further education"),
            Sector.HIGHER_EDUCATION: _("Higher education"),
            Sector.HEALTH: _("Health"),
            Sector.PROBATION: _("Probation"),
            Sector.PRISONS: _("Prisons"),
            Sector.YOUTH_JUSTICE: _("Youth justice"),
            Sector.VOLUNTARY: _("Voluntary and community"),
            Sector.OTHER: _("Other"),
        }[self]


class ComplianceState(StrEnum):
    EXEMPT = "exempt"
    COMPLIANT = "compliant"
    EXPIRING = "expiring"
    EXPIRED = "expired"
    DUE = "due"
    OVERDUE = "overdue"
    NOT_REQUIRED = "not_required"

    @property
    def label(self) -> str:
        return {
            ComplianceState.EXEMPT: _("Exempt"),
            ComplianceState.COMPLIANT: _("Compliant"),
            ComplianceState.EXPIRING: _("Expiring"),
            ComplianceState.EXPIRED: _("Expired"),
            ComplianceState.DUE: _("Due"),
            ComplianceState.OVERDUE: _("Overdue"),
            ComplianceState.NOT_REQUIRED: _("Not required"),
        }[self]

    @property
    def counts_as_trained(self) -> bool:
        return self in (ComplianceState.COMPLIANT, ComplianceState.EXPIRING)


class RecordSource(StrEnum):
    TYPED = "typed"
    SESSION = "session"
    IMPORT = "import"


class CourseMode(StrEnum):
    FACE_TO_FACE = "face_to_face"
    ELEARNING = "elearning"
    VIRTUAL = "virtual"
    BRIEFING = "briefing"


class ChangeSource(StrEnum):
    SCREEN = "screen"
    IMPORT = "import"
    COMMAND = "command"
    SYSTEM = "system"
    COPY = "copy"  # actionplan copy: a plan copied or merged from another database


class ChangeOp(StrEnum):
    CREATE = "create"
    UPDATE = "update"
    DELETE = "delete"

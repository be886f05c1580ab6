"""Plain read models the services return: frozen dataclasses, never live ORM rows."""

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Protocol

from actionplan.domain.compliance import ComplianceCounts
from actionplan.domain.enums import ActionStatus, ComplianceState, Rag


@dataclass(frozen=True)
class PlanView:
    id: int
    uuid: str
    name: str
    area: str
    lead_organisation_id: int | None
    lead_organisation_name: str
    period_start: date | None
    period_end: date | None
    review_cadence: str
    template: str
    leaver_retention_months: int = 24
    version: int = 0  # the row version read: edits pass it back so a stale page cannot overwrite


@dataclass(frozen=True)
class ThemeView:
    id: int
    uuid: str
    name: str
    position: int


@dataclass(frozen=True)
class ObjectiveView:
    id: int
    uuid: str
    name: str
    position: int


@dataclass(frozen=True)
class OrganisationView:
    id: int
    uuid: str
    name: str
    short_name: str
    sector: str
    specified_authority: bool
    aliases: tuple[str, ...]
    people_count: int = 0
    contact_name: str = ""
    contact_email: str = ""
    version: int = 0  # the row version read: edits pass it back so a stale page cannot overwrite


@dataclass(frozen=True, slots=True)  # tens of thousands at county scale: no __dict__ each
class PersonView:
    id: int
    uuid: str
    staff_number: str
    first_name: str
    last_name: str
    email: str
    job_title: str
    role_group: str
    organisation_id: int | None
    organisation_name: str
    team: str
    key_personnel: bool
    start_date: date | None
    leaving_date: date | None
    version: int = 0  # the row version read: edits pass it back so a stale page cannot overwrite

    @property
    def full_name(self) -> str:
        return " ".join(part for part in (self.first_name, self.last_name) if part)

    def is_active(self, on: date) -> bool:
        return self.leaving_date is None or self.leaving_date > on


@dataclass(frozen=True)
class CourseView:
    id: int
    uuid: str
    code: str
    name: str
    aliases: tuple[str, ...]
    provider: str
    mode: str
    validity_months: int | None
    renews: tuple[str, ...]
    version: int = 0  # the row version read: edits pass it back so a stale page cannot overwrite


@dataclass(frozen=True)
class ExemptionView:
    id: int
    person_id: int
    person_name: str
    reason: str


@dataclass(frozen=True)
class RequirementView:
    id: int
    uuid: str
    plan_id: int
    course_id: int
    course_code: str
    course_name: str
    title: str
    organisation_uuids: tuple[str, ...]
    role_groups: tuple[str, ...]
    key_personnel_only: bool
    deadline: date | None
    target_percent: int
    grace_days: int
    exemptions: tuple[ExemptionView, ...] = ()
    version: int = 0  # the row version read: edits pass it back so a stale page cannot overwrite

    @property
    def audience_text(self) -> str:
        parts = []
        if self.key_personnel_only:
            parts.append("key personnel")
        if self.role_groups:
            parts.append(", ".join(self.role_groups))
        if self.organisation_uuids:
            parts.append(f"{len(self.organisation_uuids)} organisations")
        return "; ".join(parts) or "everyone"


@dataclass(frozen=True)
class TrainingRecordView:
    id: int
    uuid: str
    person_id: int
    course_id: int
    course_code: str
    course_name: str
    completed_on: date
    expires_on: date | None  # effective: given, else derived from the course's validity
    expiry_given: bool
    evidence: str
    source: str
    version: int = 0  # the row version read: edits pass it back so a stale page cannot overwrite


@dataclass(frozen=True)
class ActionUpdateView:
    id: int
    uuid: str
    on_date: date
    text: str
    author: str
    status: ActionStatus | None
    progress: int | None
    meeting_id: int | None


@dataclass(frozen=True)
class ActionView:
    id: int
    uuid: str
    plan_id: int
    ref: str
    title: str
    description: str
    theme_id: int | None
    theme_name: str
    objective_id: int | None
    objective_name: str
    lead_organisation_id: int | None
    lead_organisation_name: str
    owner_id: int | None
    owner_name: str
    start_date: date | None
    due_date: date | None
    completed_on: date | None
    status: ActionStatus
    progress: int
    statutory: bool
    evidence: str
    notes: str
    rag: Rag | None
    rag_explanation: str
    rag_overridden: bool
    rag_override: Rag | None
    rag_override_reason: str
    requirement_id: int | None
    partner_ids: tuple[int, ...]
    partner_names: tuple[str, ...]
    latest_update: str
    position: int
    updated_at: datetime | None = None
    theme_position: int = 10_000
    version: int = 0  # the row version read: edits pass it back so a stale page cannot overwrite

    @property
    def is_overdue(self) -> bool:
        return self.rag is Rag.RED and self.due_date is not None and not self.status.is_closed


@dataclass(frozen=True)
class RequirementCompliance:
    requirement: RequirementView
    totals: ComplianceCounts
    by_organisation: dict[str, ComplianceCounts]  # organisation name -> counts
    rag: Rag
    rag_explanation: str

    @property
    def percent(self) -> float | None:
        return self.totals.percent


@dataclass
class PersonFigures:
    """Counts of people, where the status summary counts person-requirement pairs."""

    key_personnel: int = 0  # key personnel with at least one requirement
    key_personnel_compliant: int = 0  # ... who meet every requirement that applies to them
    people_overdue: int = 0  # distinct people with overdue or expired training


@dataclass(frozen=True, slots=True)
class MatrixCell:
    state: ComplianceState
    completed_on: date | None
    expires_on: date | None
    personal_deadline: date | None


class MatrixCells(Protocol):
    """Where a lazy ``MatrixRow`` gets its cells: the matrix's columns and the rules."""

    width: int

    def cell(self, person_id: int, column: int) -> MatrixCell: ...


class MatrixRow:
    """A person and their cells, one per matrix column, in column order.

    Given ``source`` rather than ``cells``, each cell is worked out the first time it is asked
    for (``cell(i)``, or all of them through ``cells``) and kept: a window showing 50,000 people
    paints the first screenful without applying the rules to everyone. Rows compare equal when
    their people and cells are equal.
    """

    __slots__ = ("person", "_cells", "_source")

    def __init__(
        self,
        person: PersonView,
        cells: tuple[MatrixCell, ...] | None = None,
        source: MatrixCells | None = None,
    ) -> None:
        self.person = person
        self._source = source
        # With a source, the list of cells is made when the first is worked out: most rows of a
        # county's matrix are never painted, and 50,000 lists fewer is less for the cycle
        # collector to walk after a load.
        self._cells: list[MatrixCell | None] | None
        if cells is not None:
            self._cells = list(cells)
        else:
            self._cells = None if source is not None else []

    @property
    def width(self) -> int:
        """The number of cells."""
        if self._cells is None:
            assert self._source is not None
            return self._source.width
        return len(self._cells)

    def cell(self, column: int) -> MatrixCell:
        """The cell in matrix column ``column`` (from 0), worked out now if it has not been."""
        cells = self._cells
        if cells is None:
            assert self._source is not None
            cells = self._cells = [None] * self._source.width
        found = cells[column]
        if found is None:
            assert self._source is not None
            found = cells[column] = self._source.cell(self.person.id, column)
        return found

    @property
    def cells(self) -> tuple[MatrixCell, ...]:
        return tuple(self.cell(i) for i in range(self.width))

    def known_cells(self) -> dict[int, MatrixCell]:
        """The cells worked out so far, by column."""
        if self._cells is None:
            return {}
        return {i: c for i, c in enumerate(self._cells) if c is not None}

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, MatrixRow):
            return NotImplemented
        return self.person == other.person and self.cells == other.cells

    def __hash__(self) -> int:
        return hash((self.person, self.cells))

    def __repr__(self) -> str:
        return f"MatrixRow(person={self.person!r}, cells={self.cells!r})"


@dataclass(frozen=True)
class TrainingMatrix:
    as_of: date
    columns: tuple[RequirementView, ...]
    rows: tuple[MatrixRow, ...]


@dataclass(frozen=True)
class MeetingView:
    id: int
    uuid: str
    plan_id: int
    held_on: date
    title: str
    attendees: str
    notes: str
    decisions: str
    closed: bool
    snapshot: dict | None
    version: int = 0  # the row version read: edits pass it back so a stale page cannot overwrite


@dataclass(frozen=True)
class ChangeBatchView:
    id: int
    uuid: str
    at: datetime
    user: str
    source: str
    description: str
    entries: int
    undone: bool
    undoable: bool = True  # False for bulk loads and exports, which the change log only summarises
    copied: bool = False  # made in another database and copied here with a plan: history to read


@dataclass(frozen=True)
class AttendanceResult:
    created: int
    already_recorded: int
    person_ids: tuple[int, ...] = field(default_factory=tuple)

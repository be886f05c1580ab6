"""The data sheets of a full export or partner pack: actions, people, training records, the matrix.

Each sheet's headers are names the importer maps exactly, so a returned workbook imports
without any mapping; people, training and the matrix are read with plain column queries
(no ORM object per row), which keeps a county-scale export quick.
"""

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from openpyxl.utils.datetime import to_excel
from openpyxl.workbook import Workbook
from sqlalchemy import func, select

from actionplan.domain.compliance import ComplianceCounts, expiry_for, requirement_rag
from actionplan.domain.dates import add_months
from actionplan.domain.enums import ActionStatus, ComplianceState, Rag
from actionplan.exchange import welsh
from actionplan.exchange.workbook_style import (
    DATE_FORMAT,
    STATE_COLOURS,
    Column,
    Lists,
    SheetWriter,
)
from actionplan.i18n import _
from actionplan.services import actions as action_service
from actionplan.services import compliance as compliance_service
from actionplan.services import plans as plan_service
from actionplan.services.people import PeopleFilter
from actionplan.services.readmodels import (
    MatrixCell,
    OrganisationView,
    PersonView,
    PlanView,
    RequirementCompliance,
    RequirementView,
)
from actionplan.storage.models import Course, Organisation, Person, TrainingRecord
from actionplan.storage.uow import UnitOfWork

# Headers are the exchange format the importer reads (actionplan.exchange.headers): a Welsh
# session writes their Welsh (actionplan.exchange.welsh), which the importer reads as well.
ACTION_COLUMNS = (
    Column("Ref", 7),
    Column("Action", 42, "wrap"),
    Column("Theme", 16, "wrap", validation="theme"),
    Column("Lead organisation", 20, "wrap"),
    Column("Owner", 18, "wrap"),
    Column("Partners", 26, "wrap"),
    Column("Due date", 11.5, "date"),
    Column("Status", 12, validation="status"),
    Column("Progress", 9.5, "percent", validation="progress"),
    Column("RAG", 10, "rag", validation="rag"),
    Column("Latest update", 42, "wrap"),
    # Past the print area: needed for the round trip, too wide to print legibly.
    Column("Start date", 11.5, "date", printed=False),
    Column("Completed", 11.5, "date", printed=False),
    Column("Objective", 30, "wrap", validation="objective", printed=False),
    Column("Description", 60, "wrap", printed=False),
    Column("Statutory", 10, validation="yesno", printed=False),
    Column("Evidence", 30, "wrap", printed=False),
    Column("Notes", 30, "wrap", printed=False),
    Column("Record ID", 37, "id", printed=False),
)
PEOPLE_COLUMNS = (
    Column("Staff No", 11),
    Column("Forename", 14),
    Column("Surname", 16),
    Column("Email", 34),
    Column("Job title", 24),
    Column("Role group", 24, validation="role_group"),
    Column("Organisation", 28, validation="organisation"),
    Column("Team", 20),
    Column("Key personnel", 10, validation="yesno"),
    Column("Start date", 11.5, "date"),
    Column("Leaving date", 11.5, "date"),
    Column("Record ID", 37, "id", printed=False),
)
TRAINING_COLUMNS = (
    Column("Staff No", 11),
    Column("Forename", 14),
    Column("Surname", 16),
    Column("Email", 34),
    Column("Organisation", 28, validation="organisation"),
    Column("Course", 10, validation="course"),
    Column("Completion date", 12, "date"),
    Column("Expiry date", 12, "date"),
    Column("Evidence", 24),
    # The person's UUID: training rows are matched by person, course and completion date.
    Column("Person record ID", 37, "id", printed=False),
)
MATRIX_PERSON_COLUMNS = (
    Column("Staff No", 11),
    Column("Forename", 14),
    Column("Surname", 16),
    Column("Organisation", 30),
    Column("Role group", 28),
)
MATRIX_FROZEN = 3  # Staff No, Forename, Surname stay in view and on every printed page
MATRIX_COURSE_WIDTH = 20
REQUIREMENT_COLUMNS = (
    Column("Requirement", 44, "wrap"),
    Column("Course", 9),
    Column("Audience", 28, "wrap"),
    Column("Deadline", 11.5, "date"),
    Column("Target %", 9, "percent"),
    Column("In audience", 10, "int"),
    Column("Compliant", 10, "int"),
    Column("Expiring", 10, "int"),
    Column("Expired", 10, "int"),
    Column("Due", 10, "int"),
    Column("Overdue", 10, "int"),
    Column("Exempt", 10, "int"),
    Column("% trained", 10, "percent"),
    Column("RAG", 10, "rag"),
    # Not "Record ID": on a sheet the importer reads, that names a person.
    Column("Requirement ID", 37, "id", printed=False),
)

# Worst first: the state a matrix cell shows when several requirements ask for one course.
SEVERITY = {
    ComplianceState.OVERDUE: 6,
    ComplianceState.EXPIRED: 5,
    ComplianceState.DUE: 4,
    ComplianceState.EXPIRING: 3,
    ComplianceState.COMPLIANT: 2,
    ComplianceState.EXEMPT: 1,
    ComplianceState.NOT_REQUIRED: 0,
}
NO_DATE = "—"  # a blank marker to the importer; the cell's format shows the state's word


@dataclass
class Scope:
    """What an export covers: the plan, the day figures are worked out for, and the partner."""

    plan: PlanView
    on: date
    partner: OrganisationView | None
    warning_days: int
    tick: Callable[[int], None]  # called with rows written: progress and cancelling
    footer: str = ""


def yes_no(flag: bool) -> str:
    return welsh.yes_no(flag)


# ---------------------------------------------------------------- actions


def write_actions(
    workbook: Workbook,
    uow: UnitOfWork,
    scope: Scope,
    lists: Lists,
    compliance: list[RequirementCompliance] | None = None,
) -> tuple[int, Counter]:
    """The plan's actions (a partner's: those it leads or supports); returns rows and RAG counts."""
    actions = action_service.list_actions(uow, scope.plan.id, scope.on, compliance=compliance)
    owner_orgs: dict[int, int | None] = {}
    if scope.partner is not None:
        partner_id = scope.partner.id
        actions = [a for a in actions if a.lead_organisation_id == partner_id or partner_id in a.partner_ids]
        owner_ids = {a.owner_id for a in actions if a.owner_id}
        if owner_ids:
            with uow:
                owner_orgs = dict(
                    uow.session.execute(
                        select(Person.id, Person.organisation_id).where(Person.id.in_(owner_ids))
                    ).all()
                )
    writer = SheetWriter(workbook, _("Actions"), ACTION_COLUMNS, lists=lists, footer=scope.footer)
    rags: Counter = Counter()
    for a in actions:
        owner = a.owner_name
        if scope.partner is not None and a.owner_id and owner_orgs.get(a.owner_id) != scope.partner.id:
            owner = ""  # another organisation's person stays out of a partner pack
        if a.rag is not None:
            rags[a.rag] += 1
        writer.append(
            (
                a.ref,
                a.title,
                a.theme_name,
                a.lead_organisation_name,
                owner,
                "; ".join(a.partner_names),
                a.due_date,
                a.status.label,
                a.progress,
                a.rag,
                a.latest_update,
                a.start_date,
                a.completed_on,
                a.objective_name,
                a.description,
                yes_no(a.statutory),
                a.evidence,
                a.notes,
                a.uuid,
            )
        )
    scope.tick(len(actions))
    return writer.finish(), rags


def add_plan_lists(uow: UnitOfWork, scope: Scope, lists: Lists) -> None:
    """The drop-down lists: statuses, RAG words, themes, objectives, courses, role groups, organisations."""
    lists.add("status", "Status", [s.label for s in ActionStatus])
    lists.add("rag", "RAG", [r.label for r in Rag])
    lists.add("yesno", "Yes/No", [welsh.yes_no(True), welsh.yes_no(False)])
    lists.add("theme", "Theme", [t.name for t in plan_service.list_themes(uow, scope.plan.id)])
    lists.add("objective", "Objective", [o.name for o in plan_service.list_objectives(uow, scope.plan.id)])
    with uow:
        session = uow.session
        lists.add(
            "course",
            "Course",
            session.execute(select(Course.code).order_by(Course.position, Course.code)).scalars().all(),
        )
        people = select(Person.role_group).distinct().order_by(Person.role_group)
        if scope.partner is not None:
            people = people.where(Person.organisation_id == scope.partner.id)
        lists.add("role_group", "Role group", session.execute(people).scalars().all())
        if scope.partner is not None:
            lists.add("organisation", "Organisation", [scope.partner.name])
        else:
            names = session.execute(select(Organisation.name).order_by(Organisation.name)).scalars().all()
            lists.add("organisation", "Organisation", names)


# ---------------------------------------------------------------- people and training


def write_people(workbook: Workbook, uow: UnitOfWork, scope: Scope, lists: Lists) -> int:
    """Everyone (leavers too, with their leaving date), by organisation and name."""
    query = (
        select(
            Person.staff_number,
            Person.first_name,
            Person.last_name,
            Person.email,
            Person.job_title,
            Person.role_group,
            Organisation.name,
            Person.team,
            Person.key_personnel,
            Person.start_date,
            Person.leaving_date,
            Person.uuid,
        )
        .outerjoin(Organisation, Person.organisation_id == Organisation.id)
        .order_by(func.coalesce(Organisation.name, ""), Person.last_name, Person.first_name, Person.id)
    )
    if scope.partner is not None:
        query = query.where(Person.organisation_id == scope.partner.id)
    writer = SheetWriter(workbook, _("People"), PEOPLE_COLUMNS, lists=lists, footer=scope.footer)
    with uow:
        rows = uow.session.execute(query).all()
    append = writer.append
    for index, row in enumerate(rows, start=1):
        staff, first, last, email, job, role, org, team, key, start, leaving, uuid = row
        append((staff, first, last, email, job, role, org, team, yes_no(key), start, leaving, uuid))
        if index % 1000 == 0:
            scope.tick(1000)
    scope.tick(len(rows) % 1000)
    return writer.finish()


def write_training(workbook: Workbook, uow: UnitOfWork, scope: Scope, lists: Lists) -> int:
    """Every training record, with its expiry (given, or worked out from the course's validity)."""
    query = (
        select(
            Person.staff_number,
            Person.first_name,
            Person.last_name,
            Person.email,
            Organisation.name,
            Course.code,
            TrainingRecord.completed_on,
            TrainingRecord.expires_on,
            Course.validity_months,
            TrainingRecord.evidence,
            Person.uuid,
        )
        .join(Person, TrainingRecord.person_id == Person.id)
        .join(Course, TrainingRecord.course_id == Course.id)
        .outerjoin(Organisation, Person.organisation_id == Organisation.id)
        .order_by(
            func.coalesce(Organisation.name, ""),
            Person.last_name,
            Person.first_name,
            Person.id,
            Course.position,
            TrainingRecord.completed_on,
        )
    )
    if scope.partner is not None:
        query = query.where(Person.organisation_id == scope.partner.id)
    writer = SheetWriter(workbook, _("Training records"), TRAINING_COLUMNS, lists=lists, footer=scope.footer)
    with uow:
        rows = uow.session.execute(query).all()
    append = writer.append
    for index, row in enumerate(rows, start=1):
        staff, first, last, email, org, code, done, given, months, evidence, uuid = row
        expires = given if given is not None else expiry_for(done, months)
        append((staff, first, last, email, org, code, done, expires, evidence, uuid))
        if index % 1000 == 0:
            scope.tick(1000)
    scope.tick(len(rows) % 1000)
    return writer.finish()


# ---------------------------------------------------------------- matrix


@dataclass
class MatrixData:
    """The on-screen matrix, one column per required course, rows by organisation and name."""

    requirements: tuple[RequirementView, ...]
    courses: list[tuple[str, list[int], int | None]]  # code, requirement indexes, validity
    people: list[PersonView]
    cells: list[tuple[MatrixCell, ...]]


def load_matrix(uow: UnitOfWork, scope: Scope) -> MatrixData:
    flt = PeopleFilter(on=scope.on, organisation_id=scope.partner.id if scope.partner else None)
    matrix = compliance_service.training_matrix(uow, scope.plan.id, scope.on, flt)
    with uow:
        validity = dict(uow.session.execute(select(Course.code, Course.validity_months)).all())
    courses: dict[str, list[int]] = {}
    for index, requirement in enumerate(matrix.columns):
        courses.setdefault(requirement.course_code, []).append(index)
    rows = sorted(
        matrix.rows,
        key=lambda r: (r.person.organisation_name, r.person.last_name, r.person.first_name, r.person.id),
    )
    return MatrixData(
        requirements=matrix.columns,
        courses=[(code, indexes, validity.get(code)) for code, indexes in courses.items()],
        people=[r.person for r in rows],
        cells=[r.cells for r in rows],
    )


def _first_day_valid_after(limit: date, months: int) -> date:
    """The earliest completion date whose expiry (completion plus ``months``) falls after ``limit``."""
    day = add_months(limit, -months) - timedelta(days=4)
    while add_months(day, months) <= limit:
        day += timedelta(days=1)
    return day


def matrix_date_format(months: int | None, on: date, warning_days: int) -> str:
    """A date format that adds the date's own state: "(expired)", "(expiring)" or a tick.

    The thresholds are the export day's, so a date a partner types in shows the right word;
    a course that never expires always shows the tick.
    """
    tick = f'{DATE_FORMAT}" ✓"'
    if months is None:
        return f"{tick};{tick};{tick}"
    expired = int(to_excel(_first_day_valid_after(on, months)))
    expiring = int(to_excel(_first_day_valid_after(on + timedelta(days=warning_days), months)))
    return (
        f'[<{expired}]{DATE_FORMAT}" ({_quoted(_("expired"))})";'
        f'[<{expiring}]{DATE_FORMAT}" ({_quoted(_("expiring"))})";{tick}'
    )


def _quoted(text: str) -> str:
    return text.replace('"', "'")


def write_matrix(workbook: Workbook, data: MatrixData, scope: Scope) -> int:
    """People down, required courses across; each cell the completion date or the state's word.

    A cell's fill is the person's state on the export day. Its number format shows the word:
    after a date, the date's own state; in a cell without a date (which holds a dash, a blank
    to the importer), the state itself: Due, Overdue or Exempt.
    """
    columns = [
        *MATRIX_PERSON_COLUMNS,
        *(Column(code, MATRIX_COURSE_WIDTH, "custom") for code, _i, _m in data.courses),
        Column("Record ID", 37, "id", printed=False),
    ]
    writer = SheetWriter(
        workbook, _("Training matrix"), columns, lists=None, freeze_columns=MATRIX_FROZEN, footer=scope.footer
    )
    course_cells = []
    for _code, indexes, months in data.courses:
        date_format = matrix_date_format(months, scope.on, scope.warning_days)
        by_state = {}
        for state, colours in STATE_COLOURS.items():
            number_format = f'{date_format};"{_quoted(state.label)}"'  # the fourth section: text
            by_state[state] = writer.styled(number_format=number_format, colours=colours, centre=True)
        blank = writer.styled(number_format=date_format, centre=True)
        course_cells.append((indexes, by_state, blank))
    person_text = [writer.text_converter(wrap=False) for _c in MATRIX_PERSON_COLUMNS]
    id_cell = writer.text_converter(wrap=False, text_colour="595959")
    for index, (person, cells) in enumerate(zip(data.people, data.cells, strict=True), start=1):
        values = (
            person.staff_number,
            person.first_name,
            person.last_name,
            person.organisation_name,
            person.role_group,
        )
        row: list[object] = [convert(v) for convert, v in zip(person_text, values, strict=True)]
        for indexes, by_state, blank in course_cells:
            cell = max((cells[i] for i in indexes), key=lambda c: SEVERITY[c.state])
            if cell.state is ComplianceState.NOT_REQUIRED:
                blank.value = None
                row.append(blank)  # empty, but a date typed in gets the column's format
                continue
            styled = by_state[cell.state]
            styled.value = cell.completed_on or NO_DATE
            row.append(styled)
        row.append(id_cell(person.uuid))
        writer.append_cells(row)
        if index % 1000 == 0:
            scope.tick(1000)
    scope.tick(len(data.people) % 1000)
    return writer.finish()


# ---------------------------------------------------------------- requirements


@dataclass(frozen=True)
class Figures:
    """A requirement's compliance over the people exported."""

    requirement: RequirementView
    counts: ComplianceCounts
    rag: Rag
    explanation: str


def requirement_figures(data: MatrixData, on: date) -> list[Figures]:
    """Counts by state per requirement, from the matrix (leavers are outside every audience)."""
    figures = []
    for index, requirement in enumerate(data.requirements):
        states = Counter(cells[index].state for cells in data.cells)
        states.pop(ComplianceState.NOT_REQUIRED, None)
        counts = ComplianceCounts(dict(states))
        rag, why = requirement_rag(counts.percent, requirement.target_percent, requirement.deadline, on)
        figures.append(Figures(requirement, counts, rag, why))
    return figures


def as_compliance(figures: list[Figures]) -> list[RequirementCompliance]:
    """The figures as the compliance service gives them (for the progress of linked actions)."""
    return [RequirementCompliance(f.requirement, f.counts, {}, f.rag, f.explanation) for f in figures]


def write_requirements(workbook: Workbook, figures: list[Figures], scope: Scope) -> int:
    writer = SheetWriter(workbook, _("Requirements"), REQUIREMENT_COLUMNS, lists=None, footer=scope.footer)
    for f in figures:
        req, c = f.requirement, f.counts
        percent = None if c.percent is None else round(c.percent, 1)
        writer.append(
            (
                req.title,
                req.course_code,
                req.audience_text,
                req.deadline,
                req.target_percent,
                c.audience,
                c[ComplianceState.COMPLIANT],
                c[ComplianceState.EXPIRING],
                c[ComplianceState.EXPIRED],
                c[ComplianceState.DUE],
                c[ComplianceState.OVERDUE],
                c[ComplianceState.EXEMPT],
                percent,
                f.rag,
                req.uuid,
            )
        )
    return writer.finish()


def count_rows(uow: UnitOfWork, partner: OrganisationView | None) -> tuple[int, int]:
    """People and training records an export will hold (for progress)."""
    people = select(func.count()).select_from(Person)
    records = (
        select(func.count()).select_from(TrainingRecord).join(Person, TrainingRecord.person_id == Person.id)
    )
    if partner is not None:
        people = people.where(Person.organisation_id == partner.id)
        records = records.where(Person.organisation_id == partner.id)
    with uow:
        return uow.session.execute(people).scalar_one(), uow.session.execute(records).scalar_one()

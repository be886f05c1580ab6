"""What the meeting pack (and the dashboard) say, as plain data: headline figures, changes, overdue lists."""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from actionplan.domain.enums import ActionStatus, ComplianceState, Rag
from actionplan.i18n import _
from actionplan.services.dashboard import StatusSummary
from actionplan.services.readmodels import ChangeBatchView, MeetingView, RequirementCompliance
from actionplan.storage.uow import UnitOfWork

UowFactory = Callable[[], UnitOfWork]
LAPSED = (ComplianceState.OVERDUE, ComplianceState.EXPIRED)


@dataclass(frozen=True)
class Headlines:
    """The figures a board asks for first (the same numbers as ``status --json``)."""

    actions_total: int
    actions_overdue: int
    actions_due_30_days: int
    key_personnel_percent: float | None
    key_personnel_target: int | None
    key_personnel_basis: str  # which requirement (course code) the percentage is for, or "all"
    people_overdue: int  # overdue or expired, counted once per requirement


def key_personnel_requirement(summary: StatusSummary) -> RequirementCompliance | None:
    """The requirement covering all key personnel (no role or organisation limits), if the plan has one."""
    for rc in summary.requirements:
        req = rc.requirement
        if req.key_personnel_only and not req.role_groups and not req.organisation_uuids:
            return rc
    return None


def headline_figures(summary: StatusSummary) -> Headlines:
    """Headline figures; "% key personnel compliant" is the all-key-personnel requirement's percentage,
    else the pooled percentage of every key-personnel requirement (else of every requirement)."""
    key = key_personnel_requirement(summary)
    if key is not None:
        percent, target, basis = key.percent, key.requirement.target_percent, key.requirement.course_code
    else:
        pool = [
            rc for rc in summary.requirements if rc.requirement.key_personnel_only
        ] or summary.requirements
        counted = sum(rc.totals.audience - rc.totals[ComplianceState.EXEMPT] for rc in pool)
        trained = sum(rc.totals.trained for rc in pool)
        percent = 100 * trained / counted if counted else None
        target, basis = None, _("all")
    return Headlines(
        actions_total=len(summary.actions),
        actions_overdue=len(summary.overdue_actions),
        actions_due_30_days=len(summary.actions_due_within(30)),
        key_personnel_percent=percent,
        key_personnel_target=target,
        key_personnel_basis=basis,
        people_overdue=summary.people_overdue,
    )


@dataclass(frozen=True)
class ActionChange:
    ref: str
    title: str
    status: tuple[str, str] | None  # (then, now) labels when it changed
    rag: tuple[str, str] | None
    progress: tuple[int, int] | None
    new: bool = False


@dataclass(frozen=True)
class RequirementChange:
    course_code: str
    title: str
    percent_then: float | None
    percent_now: float | None
    lapsed_then: int  # overdue + expired
    lapsed_now: int


@dataclass(frozen=True)
class Changes:
    """What changed since the last closed meeting (its snapshot), and the change log since it."""

    meeting: MeetingView | None  # the last closed meeting with a snapshot, if any
    since: date  # change-log batches from this day on
    actions: tuple[ActionChange, ...]
    removed_actions: int
    requirements: tuple[RequirementChange, ...]
    overdue_then: int | None
    overdue_now: int
    batches: tuple[ChangeBatchView, ...]


def _rag_label(value: str | None) -> str:
    return Rag(value).label if value else "—"


def changes_since_last_meeting(uow: UowFactory, plan_id: int, summary: StatusSummary) -> Changes:
    """Compare the plan now with the snapshot kept when its last meeting (by ``summary.as_of``) closed."""
    from actionplan.services.history import list_batches
    from actionplan.services.meetings import list_meetings

    on = summary.as_of
    meetings = [m for m in list_meetings(uow(), plan_id) if m.held_on <= on]
    last = next((m for m in meetings if m.closed and m.snapshot), None)
    since = last.held_on if last else (meetings[0].held_on if meetings else on - timedelta(days=30))
    batches = tuple(b for b in list_batches(uow(), 1000) if since <= b.at.astimezone().date() <= on)
    snapshot = last.snapshot if last else {}
    detail = snapshot.get("actions_detail", {})
    action_changes = []
    if last is not None:
        for a in summary.actions:
            before = detail.get(a.uuid)
            if before is None:
                action_changes.append(ActionChange(a.ref, a.title, None, None, None, new=True))
                continue
            now_rag = a.rag.value if a.rag else None
            status = (
                (ActionStatus(before["status"]).label, a.status.label)
                if before["status"] != a.status.value
                else None
            )
            rag = (_rag_label(before["rag"]), _rag_label(now_rag)) if before["rag"] != now_rag else None
            progress = (before["progress"], a.progress) if before["progress"] != a.progress else None
            if status or rag or progress:
                action_changes.append(ActionChange(a.ref, a.title, status, rag, progress))
    removed = len(set(detail) - {a.uuid for a in summary.actions})
    then_reqs = {(r["course"], r["title"]): r for r in snapshot.get("requirements", [])}
    req_changes = []
    if last is not None:
        for rc in summary.requirements:
            req = rc.requirement
            before = then_reqs.get((req.course_code, req.title))
            if before is None:
                before = next((r for r in then_reqs.values() if r["course"] == req.course_code), None)
            req_changes.append(
                RequirementChange(
                    req.course_code,
                    req.title,
                    before["percent"] if before else None,
                    None if rc.percent is None else round(rc.percent, 1),
                    (before["overdue"] + before["expired"]) if before else 0,
                    sum(rc.totals[s] for s in LAPSED),
                )
            )
    return Changes(
        meeting=last,
        since=since,
        actions=tuple(action_changes),
        removed_actions=removed,
        requirements=tuple(req_changes),
        overdue_then=snapshot.get("actions", {}).get("overdue") if last else None,
        overdue_now=len(summary.overdue_actions),
        batches=batches,
    )


@dataclass(frozen=True)
class OverdueByOrganisation:
    """People overdue or expired per organisation and requirement (counts only, no names)."""

    requirements: tuple[str, ...]  # course codes, in plan order
    rows: tuple[
        tuple[str, tuple[int | None, ...]], ...
    ]  # organisation, count per requirement (None: not in audience)

    def total(self, row: tuple[int | None, ...]) -> int:
        return sum(n or 0 for n in row)


def overdue_by_organisation(summary: StatusSummary) -> OverdueByOrganisation:
    codes = tuple(rc.requirement.course_code for rc in summary.requirements)
    names = sorted({name for rc in summary.requirements for name in rc.by_organisation})
    rows = []
    for name in names:
        counts = []
        for rc in summary.requirements:
            org = rc.by_organisation.get(name)
            counts.append(None if org is None else sum(org[s] for s in LAPSED))
        rows.append((name or _("(No organisation)"), tuple(counts)))
    rows.sort(key=lambda r: (-sum(n or 0 for n in r[1]), r[0]))
    return OverdueByOrganisation(codes, tuple(rows))


@dataclass(frozen=True)
class OverduePerson:
    organisation: str
    name: str
    job_title: str
    course_code: str
    state: ComplianceState
    personal_deadline: date | None
    last_completed: date | None


def overdue_people(uow: UowFactory, plan_id: int, on: date) -> list[OverduePerson]:
    """Names of the people overdue or expired, by organisation (only when the user asks for names)."""
    from actionplan.services.compliance import training_matrix

    matrix = training_matrix(uow(), plan_id, on)
    people = []
    for row in matrix.rows:
        for req, cell in zip(matrix.columns, row.cells, strict=True):
            if cell.state in LAPSED:
                people.append(
                    OverduePerson(
                        row.person.organisation_name or _("(No organisation)"),
                        row.person.full_name,
                        row.person.job_title,
                        req.course_code,
                        cell.state,
                        cell.personal_deadline,
                        cell.completed_on,
                    )
                )
    people.sort(key=lambda p: (p.organisation, p.name.casefold(), p.course_code))
    return people

"""Dashboard figures and the plan's status summary (the same numbers as ``status --json``)."""

from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import func, or_
from sqlmodel import select

from actionplan import clock
from actionplan.domain.enums import ActionStatus, ComplianceState, Rag
from actionplan.services.actions import list_actions
from actionplan.services.compliance import ComplianceFacts, Counted, requirement_compliance
from actionplan.services.plans import get_plan
from actionplan.services.readmodels import ActionView, RequirementCompliance
from actionplan.storage.models import Organisation, Person
from actionplan.storage.uow import UnitOfWork


@dataclass(frozen=True)
class StatusSummary:
    plan_name: str
    as_of: date
    people: int
    organisations: int
    actions: list[ActionView]
    requirements: list[RequirementCompliance]

    @property
    def overdue_actions(self) -> list[ActionView]:
        return [a for a in self.actions if a.is_overdue]

    def actions_due_within(self, days: int) -> list[ActionView]:
        end = self.as_of + timedelta(days=days)
        return [
            a
            for a in self.actions
            if a.due_date and not a.status.is_closed and self.as_of <= a.due_date <= end
        ]

    @property
    def people_overdue(self) -> int:
        """Distinct count is not possible from totals; this sums overdue and expired per requirement."""
        return sum(
            r.totals[ComplianceState.OVERDUE] + r.totals[ComplianceState.EXPIRED] for r in self.requirements
        )

    def to_json(self) -> dict[str, Any]:
        by_status = Counter(a.status.value for a in self.actions)
        by_rag = Counter(a.rag.value for a in self.actions if a.rag is not None)
        return {
            "plan": self.plan_name,
            "as_of": self.as_of.isoformat(),
            "people": self.people,
            "organisations": self.organisations,
            "actions": {
                "total": len(self.actions),
                "by_status": {s.value: by_status.get(s.value, 0) for s in ActionStatus},
                "by_rag": {r.value: by_rag.get(r.value, 0) for r in Rag},
                "overdue": len(self.overdue_actions),
            },
            "requirements": [
                {
                    "course": r.requirement.course_code,
                    "title": r.requirement.title,
                    "deadline": r.requirement.deadline.isoformat() if r.requirement.deadline else None,
                    "target": r.requirement.target_percent,
                    "audience": r.totals.audience,
                    **{
                        state.value: r.totals[state]
                        for state in (
                            ComplianceState.COMPLIANT,
                            ComplianceState.EXPIRING,
                            ComplianceState.EXPIRED,
                            ComplianceState.DUE,
                            ComplianceState.OVERDUE,
                            ComplianceState.EXEMPT,
                        )
                    },
                    "percent": None if r.percent is None else round(r.percent, 1),
                    "rag": r.rag.value,
                }
                for r in self.requirements
            ],
        }


def status_summary(
    uow: UnitOfWork,
    plan_id: int,
    on: date | None = None,
    *,
    facts: ComplianceFacts | None = None,
    counted: Counted | None = None,
) -> StatusSummary:
    """Everything the status command and the dashboard headline show, computed once.

    Args:
        facts: the plan's compliance facts when the caller has loaded them (``load_facts``).
        counted: the plan's compliance counts on ``on`` when the caller has them.
    """
    on = on or clock.today()
    plan = get_plan(uow, plan_id)
    with uow:
        people = uow.session.exec(
            select(func.count())
            .select_from(Person)
            .where(or_(Person.leaving_date.is_(None), Person.leaving_date > on))
        ).one()
        organisations = uow.session.exec(select(func.count()).select_from(Organisation)).one()
    compliance = requirement_compliance(uow, plan_id, on, facts=facts, counted=counted)
    return StatusSummary(
        plan_name=plan.name,
        as_of=on,
        people=people,
        organisations=organisations,
        actions=list_actions(uow, plan_id, on, compliance=compliance),
        requirements=compliance,
    )

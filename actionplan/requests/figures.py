"""Who a request round can go to, and the numbers each partner's message gives.

Per organisation: its current staff, how many of them are overdue (or expired) on a training
requirement, how many have training expiring within the warning window, and the open actions
it leads or supports that are due by the reply date. The compliance facts are loaded once for
the whole round.
"""

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func
from sqlmodel import select

from actionplan.domain.compliance import assess
from actionplan.domain.enums import ComplianceState
from actionplan.requests.drafts import Figures
from actionplan.services import actions as action_service
from actionplan.services import compliance as compliance_service
from actionplan.services.readmodels import ActionView, RequirementCompliance
from actionplan.storage.models import Organisation, Person
from actionplan.storage.uow import UnitOfWork

_OVERDUE = (ComplianceState.OVERDUE, ComplianceState.EXPIRED)


@dataclass(frozen=True)
class Candidate:
    """An organisation a request can go to: it has people, or actions in the plan."""

    organisation_id: int
    name: str
    contact_name: str
    contact_email: str
    people: int  # everyone in its pack, leavers too
    actions: int  # actions of the plan it leads or supports

    @property
    def has_contact(self) -> bool:
        return bool(self.contact_email)


def _involved(action: ActionView, org_id: int) -> bool:
    return action.lead_organisation_id == org_id or org_id in action.partner_ids


@dataclass(frozen=True)
class RoundFacts:
    """What a round reads once for all its partners (county scale: 50,000 people, 60 partners)."""

    facts: compliance_service.ComplianceFacts
    compliance: list[RequirementCompliance]  # also the progress of linked actions in every pack
    actions: list[ActionView]


def load_round(uow: UnitOfWork, plan_id: int, on: date) -> RoundFacts:
    facts = compliance_service.load_facts(uow, plan_id)
    compliance = compliance_service.requirement_compliance(uow, plan_id, on, facts=facts)
    actions = action_service.list_actions(uow, plan_id, on, compliance=compliance)
    return RoundFacts(facts, compliance, actions)


def list_candidates(
    uow: UnitOfWork, plan_id: int, actions: list[ActionView] | None = None
) -> list[Candidate]:
    """Organisations with people, or with actions in the plan, by name (each has a pack to send)."""
    if actions is None:
        actions = action_service.list_actions(uow, plan_id)
    with uow:
        people = dict(
            uow.session.exec(
                select(Person.organisation_id, func.count()).group_by(Person.organisation_id)
            ).all()
        )
        orgs = uow.session.exec(select(Organisation).order_by(Organisation.name)).all()
        found = []
        for org in orgs:
            assert org.id is not None
            n_actions = sum(1 for a in actions if _involved(a, org.id))
            n_people = people.get(org.id, 0)
            if n_people or n_actions:
                found.append(
                    Candidate(org.id, org.name, org.contact_name, org.contact_email, n_people, n_actions)
                )
    return found


def partner_figures(
    uow: UnitOfWork, plan_id: int, on: date, due: date, loaded: RoundFacts | None = None
) -> dict[int, Figures]:
    """The message's numbers for every organisation, by organisation id, as at ``on``."""
    loaded = loaded or load_round(uow, plan_id, on)
    facts = loaded.facts
    with uow:
        orgs_of = dict(uow.session.exec(select(Person.id, Person.organisation_id)).all())
    people: dict[int, int] = defaultdict(int)
    overdue: dict[int, int] = defaultdict(int)
    expiring: dict[int, int] = defaultdict(int)
    for pid, person in facts.people.items():
        org_id = orgs_of.get(pid)
        if org_id is None or (person.leaving_date is not None and person.leaving_date <= on):
            continue
        people[org_id] += 1
        done = facts.completions.get(pid, ())
        states = {assess(person, rf, done, on, facts.warning_days).state for _req, rf in facts.requirements}
        overdue[org_id] += bool(states & set(_OVERDUE))
        expiring[org_id] += ComplianceState.EXPIRING in states
    actions = [a for a in loaded.actions if not a.status.is_closed]
    with uow:
        org_ids = list(uow.session.exec(select(Organisation.id)).all())
    figures = {}
    for org_id in org_ids:
        mine = [a for a in actions if _involved(a, org_id) and a.due_date is not None and a.due_date <= due]
        figures[org_id] = Figures(
            people=people[org_id],
            overdue=overdue[org_id],
            expiring=expiring[org_id],
            window=facts.warning_days,
            actions_due=len(mine),
            actions_overdue=sum(1 for a in mine if a.due_date is not None and a.due_date < on),
        )
    return figures

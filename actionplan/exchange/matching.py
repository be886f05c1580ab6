"""What an import matches against: the database preloaded into dicts and indexed for matching.

Nothing here queries the database row by row: ``ImportState`` reads organisations, courses,
people, training records, themes and actions once (people and records only when a sheet
needs them), and every row of the file is matched in memory.
"""

import re
import uuid as uuid_module
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlmodel import Session

from actionplan.domain.rag import RagSettings
from actionplan.domain.text import match_key, tidy
from actionplan.exchange.conflicts import LocalChanges
from actionplan.exchange.headers import CourseName
from actionplan.exchange.plans import (
    PERSON_FIELDS,
    ActionPlanned,
    NamedPlan,
    OrgPlan,
    OrgRef,
    PersonPlan,
    RecordPlan,
)
from actionplan.services.settings import get_setting
from actionplan.storage.models import (
    Action,
    ActionPartner,
    ActionUpdate,
    Course,
    ImportProfile,
    Objective,
    Organisation,
    Person,
    Plan,
    Theme,
    TrainingRecord,
)
from actionplan.storage.reading import fetch_rows
from actionplan.templates import TEMPLATE_NAMES, load_template

_PERSON_COLUMNS = (Person.id, Person.uuid, *(getattr(Person, name) for name in PERSON_FIELDS))
_PERSON_ORG = len(_PERSON_COLUMNS)  # index of organisation_id in a loaded person row


def is_uuid(text: str) -> bool:
    try:
        uuid_module.UUID(text)
    except ValueError:
        return False
    return True


_ASCII_NON_WORD = re.compile(r"[\W_]+", re.ASCII)


def fast_key(text: str | None) -> str:
    """``match_key`` with a fast path for plain ASCII text (most staff numbers and names)."""
    if not text:
        return ""
    if text.isascii():
        return text.lower() if text.isalnum() else _ASCII_NON_WORD.sub("", text.lower())
    return match_key(text)


def single(candidates: Iterable[Any]) -> tuple[Any, int]:
    """The one distinct candidate and 1; or None and 0 (none) or 2 (more than one)."""
    found = None
    for candidate in candidates:
        if found is None:
            found = candidate
        elif candidate is not found and candidate != found:
            return None, 2
    return found, 0 if found is None else 1


def staff_key(text: str | None) -> str:
    """Staff numbers compare ignoring case, spaces and punctuation ("NV-1003" is "nv1003")."""
    return fast_key(text)


def name_key(first: str | None, last: str | None) -> str:
    return fast_key(f"{first or ''} {last or ''}")


# ---------------------------------------------------------------- organisations


class Organisations:
    """Organisation names, short names and aliases (ignoring case and punctuation) -> organisation."""

    def __init__(self, rows: list[tuple[int, str, str, list[str] | None]]):
        self.names: dict[int, str] = {}
        self.keys: dict[str, OrgRef] = {}
        self.new: list[OrgPlan] = []
        for org_id, name, short_name, aliases in rows:
            self.names[org_id] = name
            for text in (name, short_name, *(aliases or ())):
                key = match_key(text)
                if key:
                    self.keys.setdefault(key, org_id)

    def find(self, text: str | None) -> OrgRef:
        return self.keys.get(match_key(text))

    def find_or_plan(self, text: str) -> tuple[OrgRef, bool]:
        """The organisation ``text`` names, planning a new one when unknown; and whether it is new."""
        key = match_key(text)
        found = self.keys.get(key)
        if found is not None:
            return found, False
        plan = OrgPlan(tidy(text)[:200])
        self.keys[key] = plan
        self.new.append(plan)
        return plan, True

    def name(self, ref: OrgRef) -> str:
        if ref is None:
            return ""
        if isinstance(ref, OrgPlan):
            return ref.name
        return self.names.get(ref, "")


# ---------------------------------------------------------------- people


Candidate = int | PersonPlan  # an existing person's id, or a person planned by this import


class People:
    """Every person in the database, indexed the ways a row can match them."""

    def __init__(self, rows: list[tuple]):
        self.rows: dict[int, tuple] = {}
        self.plans: dict[int, PersonPlan] = {}
        self.by_uuid: dict[str, Candidate] = {}
        self.by_org_staff: dict[tuple[OrgRef, str], list[Candidate]] = defaultdict(list)
        self.by_staff: dict[str, list[Candidate]] = defaultdict(list)
        self.by_email: dict[str, list[Candidate]] = defaultdict(list)
        self.by_org_name: dict[tuple[OrgRef, str], list[Candidate]] = defaultdict(list)
        # The same, for people without a staff number: the only ones a row that gives a staff
        # number can match by name (one with the same number was found by it already).
        self.by_org_name_unnumbered: dict[tuple[OrgRef, str], list[Candidate]] = defaultdict(list)
        self.by_name: dict[str, list[Candidate]] = defaultdict(list)
        self.staff_keys: dict[Candidate, str] = {}
        for row in rows:
            person_id = row[0]
            self.rows[person_id] = row
            self.by_uuid[row[1]] = person_id
            self._index(person_id, row[2], row[3], row[4], row[5], row[_PERSON_ORG])

    def _index(
        self,
        candidate: Candidate,
        staff: str,
        first: str,
        last: str,
        email: str,
        org: OrgRef,
        keys: tuple[str, str] | None = None,
    ) -> None:
        key, names = keys if keys is not None else (staff_key(staff), name_key(first, last))
        self.staff_keys[candidate] = key
        if key:
            self.by_staff[key].append(candidate)
            self.by_org_staff[(org, key)].append(candidate)
        if email:
            self.by_email[email.casefold()].append(candidate)
        if names:
            self.by_org_name[(org, names)].append(candidate)
            self.by_name[names].append(candidate)
            if not key:
                self.by_org_name_unnumbered[(org, names)].append(candidate)

    def index_plan(self, plan: PersonPlan, keys: tuple[str, str] | None = None) -> None:
        """Make a planned person (or an existing one's new staff number, email, name) findable.

        ``keys``: the staff number and name keys of a new person, when the caller has them.
        """
        v = plan.values
        if plan.existing_id is None:
            self.by_uuid.setdefault(plan.uuid, plan)
            self._index(
                plan, v["staff_number"], v["first_name"], v["last_name"], v["email"], v["organisation"], keys
            )
            return
        candidate = plan.existing_id
        staff, names, org = (
            staff_key(v["staff_number"]),
            name_key(v["first_name"], v["last_name"]),
            v["organisation"],
        )
        self.staff_keys[candidate] = staff
        for index, key, filled in (
            (self.by_staff, staff, staff),
            (self.by_org_staff, (org, staff), staff),
            (self.by_email, v["email"].casefold(), v["email"]),
            (self.by_org_name, (org, names), names),
            (self.by_name, names, names),
            (self.by_org_name_unnumbered, (org, names), names and not staff),
        ):
            if filled and candidate not in index[key]:
                index[key].append(candidate)

    def identity(self, candidate: Candidate) -> tuple[str, str, OrgRef]:
        """A candidate's staff number key, email and organisation, cheaply."""
        if isinstance(candidate, PersonPlan):
            v = candidate.values
        elif candidate in self.plans:
            v = self.plans[candidate].values
        else:
            row = self.rows[candidate]
            return self.staff_keys[candidate], row[5], row[_PERSON_ORG]
        return self.staff_keys[candidate], v["email"], v["organisation"]

    def plan_for(self, candidate: Candidate) -> PersonPlan:
        """The plan of a candidate: for an existing person, made on first use from the stored row."""
        if isinstance(candidate, PersonPlan):
            return candidate
        plan = self.plans.get(candidate)
        if plan is None:
            row = self.rows[candidate]
            base = dict(zip(PERSON_FIELDS, row[2:_PERSON_ORG], strict=True))
            base["organisation"] = row[_PERSON_ORG]
            plan = PersonPlan(candidate, row[1], dict(base), base)
            self.plans[candidate] = plan
        return plan

    def values_of(self, candidate: Candidate) -> dict[str, Any]:
        """A candidate's current values without making a plan for it."""
        if isinstance(candidate, PersonPlan):
            return candidate.values
        if candidate in self.plans:
            return self.plans[candidate].values
        row = self.rows[candidate]
        values = dict(zip(PERSON_FIELDS, row[2:_PERSON_ORG], strict=True))
        values["organisation"] = row[_PERSON_ORG]
        return values

    def display_name(self, candidate: Candidate) -> str:
        values = self.values_of(candidate)
        return f"{values['first_name']} {values['last_name']}".strip()


# ---------------------------------------------------------------- the whole state


@dataclass
class CourseInfo:
    id: int
    code: str
    validity_months: int | None
    renewed_by: tuple[int, ...] = ()  # courses whose completion also renews this one


class ImportState:
    """The database as the import sees it, plus everything the import plans to write.

    Loaded once per preview; people and training records only when a sheet needs them.
    """

    def __init__(
        self,
        session: Session,
        plan_id: int,
        *,
        file_name: str,
        today: date,
        uow_factory: Callable[..., Any] | None = None,
    ):
        self.session = session
        self.uow_factory = uow_factory
        self._linked_progress: dict[int, int] | None = None
        self.plan_id = plan_id
        self.file_name = file_name
        self.today = today
        self.applied = False  # True once apply_import has written this preview
        plan = session.get(Plan, plan_id)
        if plan is None:
            from actionplan.errors import NotFoundError
            from actionplan.i18n import _

            raise NotFoundError(_("There is no plan with id {key}.").format(key=plan_id))
        self.plan_template = plan.template
        self.orgs = Organisations(
            list(
                session.execute(
                    select(Organisation.id, Organisation.name, Organisation.short_name, Organisation.aliases)
                ).all()
            )  # fmt: skip
        )
        courses = session.execute(
            select(Course.id, Course.code, Course.name, Course.aliases, Course.validity_months).order_by(
                Course.position, Course.code
            )
        ).all()
        renewals = session.execute(select(Course.id, Course.renews)).all()
        self.course_names = [
            CourseName(code, [name, *(aliases or ())]) for _, code, name, aliases, _ in courses
        ]
        self.courses = {
            code: CourseInfo(
                cid, code, validity, tuple(i for i, renews in renewals if code in (renews or ()))
            )
            for cid, code, _, _, validity in courses
        }
        self.rag_settings = RagSettings(
            amber_window_days=int(get_setting(session, "amber_window_days")),
            behind_margin=int(get_setting(session, "behind_margin")),
        )
        self._people: People | None = None
        self._records: dict[tuple[int, int, date], tuple[int, str, date | None, str]] | None = None
        self._actions: ActionData | None = None
        self._role_groups: dict[str, str] | None = None
        # plans shared between sheets
        self.record_plans: dict[tuple[PersonPlan, int, date], RecordPlan] = {}
        self.action_plans: dict[int, ActionPlanned] = {}
        self.org_updates: dict[int, Any] = {}  # organisation id -> OrgUpdate (organisations sheets)
        self.warned_orgs: set[OrgPlan] = set()
        self.warned_named: set[NamedPlan] = set()
        # What changed here since the export the file came from (empty for other files).
        self.local = LocalChanges()
        # What other rooms' sheet kinds load once per import (the self-assessment's answers).
        self.extra: dict[str, Any] = {}

    # -- lazily loaded parts

    @property
    def people(self) -> People:
        if self._people is None:
            # As plain tuples (the preview adds nothing to its session: there is nothing to flush).
            rows = fetch_rows(self.session.connection(), select(*_PERSON_COLUMNS, Person.organisation_id))
            self._people = People(rows)
        return self._people

    @property
    def records(self) -> dict[tuple[int, int, date], tuple[int, str, date | None, str]]:
        if self._records is None:
            rows = fetch_rows(
                self.session.connection(),
                select(
                    TrainingRecord.person_id,
                    TrainingRecord.course_id,
                    TrainingRecord.completed_on,
                    TrainingRecord.id,
                    TrainingRecord.uuid,
                    TrainingRecord.expires_on,
                    TrainingRecord.evidence,
                ),
            )
            self._records = {(p, c, d): (i, u, e, ev) for p, c, d, i, u, e, ev in rows}
        return self._records

    @property
    def role_groups(self) -> dict[str, str]:
        """Known role groups by matching key, so "dsl" or "designated safeguarding lead" reads as stored."""
        if self._role_groups is None:
            names: list[str] = []
            if self.plan_template in TEMPLATE_NAMES:
                names.extend(load_template(self.plan_template).get("role_groups", ()))
            names.extend(r for (r,) in self.session.execute(select(Person.role_group).distinct()) if r)
            self._role_groups = {}
            for name in names:
                self._role_groups.setdefault(match_key(name), name)
        return self._role_groups

    def linked_progress(self, requirement_id: int) -> int:
        """The progress of an action linked to a requirement: its compliance % today (as on screen)."""
        if self._linked_progress is None:
            from actionplan.services.compliance import requirement_compliance

            self._linked_progress = {}
            if self.uow_factory is not None:  # its own session: the preview's stays as it is
                for rc in requirement_compliance(self.uow_factory(), self.plan_id, self.today):
                    self._linked_progress[rc.requirement.id] = round(rc.percent or 0)
        return self._linked_progress.get(requirement_id, 0)

    @property
    def actions(self) -> "ActionData":
        if self._actions is None:
            self._actions = ActionData(self.session, self.plan_id)
        return self._actions


class ActionData:
    """The plan's actions, themes, objectives, partners and latest updates, indexed for matching."""

    def __init__(self, session: Session, plan_id: int):
        columns = [c for c in Action.__table__.columns if c.name not in ("created_at", "updated_at")]
        self.rows: dict[int, dict[str, Any]] = {}
        for row in session.execute(select(*columns).where(Action.plan_id == plan_id)).mappings():
            self.rows[row["id"]] = dict(row)
        self.other_plan_uuids = set(
            session.execute(select(Action.uuid).where(Action.plan_id != plan_id)).scalars()
        )
        self.by_uuid: dict[str, int | ActionPlanned] = {}
        self.by_ref: dict[str, list[int | ActionPlanned]] = defaultdict(list)
        self.by_title: dict[str, list[int | ActionPlanned]] = defaultdict(list)
        for action_id, row in self.rows.items():
            self.by_uuid[row["uuid"]] = action_id
            if row["ref"]:
                self.by_ref[ref_key(row["ref"])].append(action_id)
            self.by_title[match_key(row["title"])].append(action_id)
        self.partners: dict[int, set[int]] = defaultdict(set)
        if self.rows:
            for action_id, org_id in session.execute(
                select(ActionPartner.action_id, ActionPartner.organisation_id)
                .join(Action, Action.id == ActionPartner.action_id)
                .where(Action.plan_id == plan_id)
            ):
                self.partners[action_id].add(org_id)
        self.latest_update: dict[int, str] = {}
        # Every action's update log, oldest first: (update id, text).
        self.updates: dict[int, list[tuple[int, str]]] = defaultdict(list)
        for update_id, action_id, text in session.execute(
            select(ActionUpdate.id, ActionUpdate.action_id, ActionUpdate.text)
            .join(Action, Action.id == ActionUpdate.action_id)
            .where(Action.plan_id == plan_id)
            .order_by(ActionUpdate.on_date, ActionUpdate.id)
        ):
            self.latest_update[action_id] = text
            self.updates[action_id].append((update_id, text))
        self.themes = Named(session.execute(
            select(Theme.id, Theme.name, Theme.position).where(Theme.plan_id == plan_id)).all())  # fmt: skip
        self.objectives = Named(session.execute(
            select(Objective.id, Objective.name, Objective.position).where(Objective.plan_id == plan_id)
        ).all())  # fmt: skip
        self.next_position = max((r["position"] for r in self.rows.values()), default=-1) + 1


def ref_key(ref: str | None) -> str:
    """Action references compare ignoring case and spaces, but not dots: 1.1 is not 11."""
    return tidy(ref).casefold().replace(" ", "")


class Named:
    """Themes or objectives of the plan by name (ignoring case and punctuation)."""

    def __init__(self, rows: list[tuple[int, str, int]]):
        self.names: dict[int, str] = {}
        self.keys: dict[str, int | NamedPlan] = {}
        self.new: list[NamedPlan] = []
        self.next_position = max((p for _, _, p in rows), default=-1) + 1
        for row_id, name, _position in rows:
            self.names[row_id] = name
            self.keys.setdefault(match_key(name), row_id)

    def find_or_plan(self, text: str) -> tuple[int | NamedPlan | None, bool]:
        key = match_key(text)
        if not key:
            return None, False
        found = self.keys.get(key)
        if found is not None:
            return found, False
        plan = NamedPlan(tidy(text)[:200], self.next_position)
        self.next_position += 1
        self.keys[key] = plan
        self.new.append(plan)
        return plan, True

    def name(self, ref: int | NamedPlan | None) -> str:
        if ref is None:
            return ""
        if isinstance(ref, NamedPlan):
            return ref.name
        return self.names.get(ref, "")


def load_profiles(session: Session, partner_key: str) -> list[ImportProfile]:
    if not partner_key:
        return []
    return list(
        session.execute(select(ImportProfile).where(ImportProfile.partner_key == partner_key)).scalars()
    )

"""The writes an import plans: new organisations, themes and people, records and actions to create or update.

Rows of the file do not write: each adds to or changes a plan, shared between the rows and
sheets that name the same thing. ``apply`` turns the plans of the valid rows into statements.
"""

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from actionplan.storage.models import new_uuid

PERSON_FIELDS = (
    "staff_number",
    "first_name",
    "last_name",
    "email",
    "job_title",
    "role_group",
    "team",
    "key_personnel",
    "start_date",
    "leaving_date",
)
PERSON_DEFAULTS: dict[str, Any] = {
    "staff_number": "",
    "first_name": "",
    "last_name": "",
    "email": "",
    "job_title": "",
    "role_group": "",
    "team": "",
    "key_personnel": False,
    "start_date": None,
    "leaving_date": None,
}


@dataclass(eq=False)
class OrgPlan:
    """An organisation the file names that the database does not know: it will be added.

    ``details`` holds what an organisations sheet gives besides the name (Organisation
    columns: short_name, sector, specified_authority, contact_name, contact_email).
    """

    name: str
    uuid: str = field(default_factory=new_uuid)
    id: int | None = None
    details: dict[str, Any] = field(default_factory=dict)


OrgRef = int | OrgPlan | None


class _Planned:
    """What a planned person and a planned action share: new or existing, and what changes."""

    existing_id: int | None
    values: dict[str, Any]
    base: dict[str, Any] | None

    @property
    def is_new(self) -> bool:
        return self.existing_id is None

    def changed_fields(self) -> list[str]:
        if self.base is None:
            return []
        return [k for k, v in self.values.items() if self.base.get(k) != v]


@dataclass(eq=False)
class OrgUpdate(_Planned):
    """An existing organisation an organisations sheet may change (its Organisation columns)."""

    existing_id: int
    uuid: str
    values: dict[str, Any]
    base: dict[str, Any] | None = None
    set_by: dict[str, int] = field(default_factory=dict)
    id: int | None = None
    conflicts: dict[str, tuple[Any, Any]] = field(default_factory=dict)


@dataclass(eq=False)
class PersonPlan(_Planned):
    """A person the import creates (``existing_id`` None) or may update.

    ``values`` holds the person as they will be (PERSON_FIELDS and "organisation", an
    OrgRef); ``base`` the stored values of an existing person. ``set_by`` remembers the row
    that set each field, so a later row disagreeing is noticed rather than winning silently.
    """

    existing_id: int | None
    uuid: str
    values: dict[str, Any]
    base: dict[str, Any] | None = None
    set_by: dict[str, int] = field(default_factory=dict)
    id: int | None = None
    # Fields changed both here and in the file since the export: (Conflict, the file's value).
    conflicts: dict[str, tuple[Any, Any]] = field(default_factory=dict)

    @property
    def label(self) -> str:
        name = f"{self.values['first_name']} {self.values['last_name']}".strip()
        staff = self.values["staff_number"]
        return f"{name} ({staff})" if staff and name else name or staff or self.values["email"]


@dataclass(eq=False)
class RecordPlan:
    """A training record the import creates or updates (its expiry or evidence)."""

    person: PersonPlan
    course_id: int
    completed_on: date
    expires_on: date | None
    evidence: str
    existing_id: int | None = None
    uuid: str = field(default_factory=new_uuid)
    base: dict[str, Any] | None = None
    id: int | None = None
    conflicts: dict[str, tuple[Any, Any]] = field(default_factory=dict)

    @property
    def is_new(self) -> bool:
        return self.existing_id is None

    def changed_fields(self) -> list[str]:
        if self.base is None:
            return []
        current = {"expires_on": self.expires_on, "evidence": self.evidence}
        return [k for k, v in current.items() if self.base[k] != v]


@dataclass(eq=False)
class NamedPlan:
    """A theme or objective the plan does not have yet: it will be added."""

    name: str
    position: int
    id: int | None = None


@dataclass(eq=False)
class ActionPlanned(_Planned):
    """An action the import creates or updates, with its partners and a new log entry.

    ``values`` uses the Action column names, except that theme_id, objective_id,
    lead_organisation_id and owner_id may hold a plan (NamedPlan, OrgPlan, PersonPlan)
    for a row that is new too. ``partners`` is None when the file does not say.
    """

    existing_id: int | None
    uuid: str
    values: dict[str, Any]
    base: dict[str, Any] | None = None
    partners: list[OrgRef] | None = None
    partners_base: frozenset[int] = frozenset()
    update_text: str | None = None
    requirement_id: int | None = None  # linked: its progress is the requirement's compliance
    id: int | None = None
    conflicts: dict[str, tuple[Any, Any]] = field(default_factory=dict)

    def partners_changed(self) -> bool:
        if self.partners is None:
            return False
        return any(not isinstance(p, int) for p in self.partners) or set(self.partners) != set(
            self.partners_base
        )

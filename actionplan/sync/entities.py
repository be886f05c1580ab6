"""What a copy moves, and each record in a form both databases agree on.

A record is compared between two databases by its *values*: its own fields, with every link
to another record given as that record's UUID (integer keys differ between databases), dates
as ISO text, and an action's partner organisations as a sorted list of UUIDs. ``Side`` reads
one database's records in that form: the plan's own (themes, objectives, requirements and
exemptions, meetings, actions and their updates) and the shared ones the plan uses
(organisations, courses, the people in its requirements' audiences, action owners and
exempted people, with all their training records).
"""

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import Connection, Table, literal, select
from sqlmodel import SQLModel

from actionplan.storage import models
from actionplan.storage.uow import to_json_value

CHUNK = 5000  # ids per IN (...) list


@dataclass(frozen=True)
class Ref:
    """A column holding another record's id, compared and copied as that record's UUID."""

    column: str  # lead_organisation_id
    name: str  # lead_organisation
    entity: str  # organisation


@dataclass(frozen=True)
class Kind:
    """One kind of record a copy moves.

    Attributes:
        entity: the table name (as the change log names it).
        counted_as: its key in the copy's counts (the import's names where they share one).
        fields: plain columns compared and copied.
        refs: links to other records.
        natural_key: values that identify a record when the two databases gave it different
            UUIDs (names and codes are unique; a person's completion of a course on a day);
            empty: matched by UUID only.
        plan_scoped: belongs to one plan (``plan_id``) rather than shared between plans.
    """

    entity: str
    counted_as: str
    fields: tuple[str, ...]
    refs: tuple[Ref, ...] = ()
    natural_key: tuple[str, ...] = ()
    plan_scoped: bool = False

    @property
    def table(self) -> Table:
        return SQLModel.metadata.tables[self.entity]

    @property
    def names(self) -> tuple[str, ...]:
        """Every compared value's name: the fields, the links, and an action's partners."""
        extra = ("partners",) if self.entity == "action" else ()
        return (*self.fields, *(r.name for r in self.refs), *extra)


ORG, PERSON, COURSE = "organisation", "person", "course"

# In the order they are written: every record after the records it links to.
KINDS: tuple[Kind, ...] = (
    Kind(
        ORG,
        "organisations",
        ("name", "short_name", "sector", "specified_authority", "aliases"),
        (),
        ("name",),
    ),
    Kind(
        COURSE,
        "courses",
        ("code", "name", "aliases", "provider", "mode", "validity_months", "renews", "position"),
        (),
        ("code",),
    ),
    Kind(
        "plan",
        "plans",
        ("name", "area", "period_start", "period_end", "review_cadence", "template"),
        (Ref("lead_organisation_id", "lead_organisation", ORG),),
    ),
    Kind("theme", "themes", ("name", "position"), (), ("name",), plan_scoped=True),
    Kind("objective", "objectives", ("name", "position"), (), ("name",), plan_scoped=True),
    Kind(
        PERSON,
        "people",
        (
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
        ),
        (Ref("organisation_id", "organisation", ORG),),
    ),
    Kind(
        "training_requirement",
        "requirements",
        (
            "title",
            "organisation_uuids",
            "role_groups",
            "key_personnel_only",
            "deadline",
            "target_percent",
            "grace_days",
            "position",
        ),
        (Ref("course_id", "course", COURSE),),
        plan_scoped=True,
    ),
    Kind(
        "requirement_exemption",
        "exemptions",
        ("reason",),
        (Ref("requirement_id", "requirement", "training_requirement"), Ref("person_id", "person", PERSON)),
        ("requirement", "person"),
    ),
    Kind(
        "training_record",
        "training_records",
        ("completed_on", "expires_on", "evidence", "source", "source_ref"),
        (Ref("person_id", "person", PERSON), Ref("course_id", "course", COURSE)),
        ("person", "course", "completed_on"),
    ),
    Kind(
        "meeting",
        "meetings",
        ("held_on", "title", "attendees", "notes", "decisions", "snapshot", "closed_at"),
        plan_scoped=True,
    ),
    Kind(
        "action",
        "actions",
        (
            "ref",
            "title",
            "description",
            "owner_name",
            "start_date",
            "due_date",
            "completed_on",
            "status",
            "progress",
            "statutory",
            "evidence",
            "notes",
            "rag_override",
            "rag_override_reason",
            "position",
        ),
        (
            Ref("theme_id", "theme", "theme"),
            Ref("objective_id", "objective", "objective"),
            Ref("lead_organisation_id", "lead_organisation", ORG),
            Ref("owner_id", "owner", PERSON),
            Ref("requirement_id", "requirement", "training_requirement"),
        ),
        plan_scoped=True,
    ),
    Kind(
        "action_update",
        "action_updates",
        ("on_date", "text", "author", "status", "progress"),
        (Ref("action_id", "action", "action"), Ref("meeting_id", "meeting", "meeting")),
    ),
)
BY_ENTITY = {kind.entity: kind for kind in KINDS}
COUNTED = tuple(kind.counted_as for kind in KINDS)


@dataclass(slots=True)
class Record:
    """One record of one database: its id there, its UUID, and its values (see the module)."""

    id: int
    uuid: str
    values: dict[str, Any]
    version: int = 0  # the row version read (0: the table has none)

    def key(self, kind: Kind) -> tuple | None:
        """Its natural key, or None when it has none or a part of it is empty."""
        if not kind.natural_key:
            return None
        parts = tuple(self.values.get(name) for name in kind.natural_key)
        if any(part in (None, "") for part in parts):
            return None
        return tuple(p.casefold() if isinstance(p, str) else p for p in parts)


def plain(value: Any) -> Any:
    """A column's value as records hold it: dates as ISO text, lists and mappings as they are."""
    if isinstance(value, datetime | date):
        return to_json_value(value)
    return value


def column_value(table: Table, name: str, value: Any) -> Any:
    """A record's value back into the column's Python value (ISO text back into a date)."""
    if not isinstance(value, str):
        return value
    column = table.c[name]
    try:
        python_type = column.type.python_type
    except NotImplementedError:
        return value
    if python_type is datetime:
        return datetime.fromisoformat(value)
    if python_type is date:
        return date.fromisoformat(value)
    return value


def chunks(ids: Iterable[Any]) -> Iterator[list[Any]]:
    items = list(ids)
    for start in range(0, len(items), CHUNK):
        yield items[start : start + CHUNK]


@dataclass
class Side:
    """One database, read through one connection: its records in the form both sides agree on."""

    connection: Connection
    _uuids: dict[str, dict[int, str]] = field(default_factory=dict)

    def uuid_map(self, entity: str) -> dict[int, str]:
        """id -> UUID of every row of a table (read once)."""
        if entity not in self._uuids:
            table = SQLModel.metadata.tables[entity]
            self._uuids[entity] = dict(self.connection.execute(select(table.c.id, table.c.uuid)).all())
        return self._uuids[entity]

    def forget(self, entity: str) -> None:
        self._uuids.pop(entity, None)

    def read(self, kind: Kind, where: Any = None, ids: Iterable[int] | None = None) -> dict[str, Record]:
        """Records of ``kind`` (all, those matching ``where``, or those with the given ids), by UUID."""
        table = kind.table
        version = table.c.version if "version" in table.c else literal(0)
        columns = [
            table.c.id,
            table.c.uuid,
            version,
            *(table.c[f] for f in kind.fields),
            *(table.c[r.column] for r in kind.refs),
        ]
        queries = []
        if ids is not None:
            queries = [select(*columns).where(table.c.id.in_(part)) for part in chunks(ids)]
        else:
            queries = [select(*columns) if where is None else select(*columns).where(where)]
        maps = {ref.name: self.uuid_map(ref.entity) for ref in kind.refs}
        found: dict[str, Record] = {}
        for query in queries:
            for row in self.connection.execute(query):
                values = {name: plain(row[i + 3]) for i, name in enumerate(kind.fields)}
                offset = 3 + len(kind.fields)
                for i, ref in enumerate(kind.refs):
                    linked = row[offset + i]
                    values[ref.name] = maps[ref.name].get(linked) if linked is not None else None
                found[row[1]] = Record(row[0], row[1], values, row[2])
        if kind.entity == "action" and found:
            self._add_partners(found)
        return found

    def _add_partners(self, actions: dict[str, Record]) -> None:
        link = models.ActionPartner.__table__
        orgs = self.uuid_map(ORG)
        by_id = {record.id: record for record in actions.values()}
        partners: dict[int, list[str]] = {}
        for part in chunks(by_id):
            for action_id, org_id in self.connection.execute(
                select(link.c.action_id, link.c.organisation_id).where(link.c.action_id.in_(part))
            ):
                partners.setdefault(action_id, []).append(orgs[org_id])
        for action_id, record in by_id.items():
            record.values["partners"] = sorted(partners.get(action_id, ()))

    def plan_id(self, plan_uuid: str) -> int | None:
        table = models.Plan.__table__
        return self.connection.execute(select(table.c.id).where(table.c.uuid == plan_uuid)).scalar()

    def closure(self, plan_uuid: str) -> dict[str, dict[str, Record]]:
        """The plan and everything it uses, by kind and UUID (empty when this database lacks the plan)."""
        found: dict[str, dict[str, Record]] = {kind.entity: {} for kind in KINDS}
        plan_id = self.plan_id(plan_uuid)
        if plan_id is None:
            return found
        kinds = BY_ENTITY
        found["plan"] = self.read(kinds["plan"], models.Plan.__table__.c.id == plan_id)
        for entity in ("theme", "objective", "training_requirement", "meeting", "action"):
            found[entity] = self.read(kinds[entity], kinds[entity].table.c.plan_id == plan_id)
        requirement_ids = [r.id for r in found["training_requirement"].values()]
        exemptions = kinds["requirement_exemption"].table
        found["requirement_exemption"] = {}
        for part in chunks(requirement_ids):
            found["requirement_exemption"].update(
                self.read(kinds["requirement_exemption"], exemptions.c.requirement_id.in_(part))
            )
        updates = kinds["action_update"].table
        for part in chunks(r.id for r in found["action"].values()):
            found["action_update"].update(self.read(kinds["action_update"], updates.c.action_id.in_(part)))

        person_ids = self._people_used(found)
        found[PERSON] = self.read(kinds[PERSON], ids=person_ids)
        records = kinds["training_record"].table
        for part in chunks(person_ids):
            found["training_record"].update(
                self.read(kinds["training_record"], records.c.person_id.in_(part))
            )

        org_uuids = {r.values["lead_organisation"] for r in found["plan"].values()}
        for action in found["action"].values():
            org_uuids.add(action.values["lead_organisation"])
            org_uuids.update(action.values["partners"])
        for requirement in found["training_requirement"].values():
            org_uuids.update(requirement.values["organisation_uuids"] or ())
        org_uuids.update(p.values["organisation"] for p in found[PERSON].values())
        by_uuid = {uuid: row_id for row_id, uuid in self.uuid_map(ORG).items()}
        found[ORG] = self.read(kinds[ORG], ids=[by_uuid[u] for u in org_uuids if u in by_uuid])

        found[COURSE] = self._courses_used(found)
        return found

    def _people_used(self, found: dict[str, dict[str, Record]]) -> list[int]:
        """People in any requirement's audience (leavers too), action owners and exempted people."""
        person = models.Person.__table__
        by_uuid = {uuid: row_id for row_id, uuid in self.uuid_map(PERSON).items()}
        ids: set[int] = set()
        for requirement in found["training_requirement"].values():
            values = requirement.values
            query = select(person.c.id)
            if values["key_personnel_only"]:
                query = query.where(person.c.key_personnel.is_(True))
            if values["role_groups"]:
                query = query.where(person.c.role_group.in_(values["role_groups"]))
            if values["organisation_uuids"]:
                orgs = {uuid: row_id for row_id, uuid in self.uuid_map(ORG).items()}
                wanted = [orgs[u] for u in values["organisation_uuids"] if u in orgs]
                query = query.where(person.c.organisation_id.in_(wanted))
            ids.update(self.connection.execute(query).scalars())
        for action in found["action"].values():
            if action.values["owner"] in by_uuid:
                ids.add(by_uuid[action.values["owner"]])
        for exemption in found["requirement_exemption"].values():
            if exemption.values["person"] in by_uuid:
                ids.add(by_uuid[exemption.values["person"]])
        return sorted(ids)

    def _courses_used(self, found: dict[str, dict[str, Record]]) -> dict[str, Record]:
        """The requirements' courses, the courses of the training records, and what those renew."""
        every = self.read(BY_ENTITY[COURSE])
        wanted = {r.values["course"] for r in found["training_requirement"].values()}
        wanted.update(r.values["course"] for r in found["training_record"].values())
        by_code = {record.values["code"]: uuid for uuid, record in every.items()}
        pending = list(wanted)
        while pending:  # a refresher renews a course, which may renew another
            course = every.get(pending.pop())
            for code in (course.values["renews"] or ()) if course else ():
                renewed = by_code.get(code)
                if renewed and renewed not in wanted:
                    wanted.add(renewed)
                    pending.append(renewed)
        return {uuid: every[uuid] for uuid in wanted if uuid in every}

    def existing_uuids(self, entity: str, uuids: Iterable[str]) -> set[str]:
        """Which of ``uuids`` name a row of ``entity`` in this database."""
        table = SQLModel.metadata.tables[entity]
        found: set[str] = set()
        for part in chunks(uuids):
            found.update(
                self.connection.execute(select(table.c.uuid).where(table.c.uuid.in_(part))).scalars()
            )
        return found

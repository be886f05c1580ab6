"""Writing a previewed import in one transaction, recorded as one undoable change batch.

People and training records go in with bulk driver inserts (``storage.bulk``: an import may
hold 50,000 rows), so their change-log entries are written here; organisations, themes and
actions are few and go through the ORM, whose flush listener records them.
"""

from collections.abc import Iterable
from datetime import date
from typing import Any

from sqlalchemy import Table, bindparam, func, select, update

from actionplan.assessment.import_rows import AnswerPlan, write_answers
from actionplan.domain.enums import ChangeOp, RecordSource
from actionplan.exchange.plans import (
    PERSON_FIELDS,
    ActionPlanned,
    NamedPlan,
    OrgPlan,
    OrgUpdate,
    PersonPlan,
    RecordPlan,
)
from actionplan.exchange.preview import Counts, ImportPreview, Outcome, RowOutcome
from actionplan.storage.backends import version_bump
from actionplan.storage.bulk import bulk_insert
from actionplan.storage.models import (
    Action,
    ActionPartner,
    ActionUpdate,
    Objective,
    Organisation,
    Person,
    Theme,
    TrainingRecord,
    utc_now,
)
from actionplan.storage.reading import fetch_rows
from actionplan.storage.uow import UnitOfWork, to_json_value

_NOT_LOGGED = frozenset({"created_at", "updated_at"})


def gather(rows: Iterable[RowOutcome]) -> dict[type, list[Any]]:
    """The plans the rows take part in, each once, in order of first use, by type."""
    found: dict[int, Any] = {}
    for row in rows:
        if row.outcome is not Outcome.REJECTED and not row.held:
            for plan in row.plans:
                _gather_plan(found, plan)
    by_type: dict[type, list[Any]] = {
        t: [] for t in (OrgPlan, OrgUpdate, NamedPlan, PersonPlan, RecordPlan, ActionPlanned, AnswerPlan)
    }
    for plan in found.values():
        by_type[type(plan)].append(plan)
    return by_type


def _gather_plan(found: dict[int, Any], plan: Any) -> None:
    """Add ``plan`` and the plans it refers to, each once, to ``found`` (keyed by id).

    A function of its own, not a closure calling itself: such a closure is a reference cycle
    that would keep every gathered plan alive until the cycle collector's next pass (after an
    import of 50,000 people, a pass of 0.1 s or more on the way out).
    """
    if plan is None or isinstance(plan, int):
        return
    # found is keyed by id: a plan met again would change nothing; this saves walking it again.
    if id(plan) in found:  # pragma: no mutate
        return
    found[id(plan)] = plan
    if isinstance(plan, PersonPlan):
        _gather_plan(found, plan.values["organisation"])
    elif isinstance(plan, RecordPlan):
        _gather_plan(found, plan.person)
    elif isinstance(plan, ActionPlanned):
        for key in ("theme_id", "objective_id", "lead_organisation_id", "owner_id"):
            _gather_plan(found, plan.values[key])
        for partner in plan.partners or ():
            _gather_plan(found, partner)


def _is_date(column: Any) -> bool:
    try:
        return column.type.python_type is date
    except NotImplementedError:
        return False


def _ref_id(ref: Any) -> int | None:
    """The id of an existing row (an int) or of a planned one written earlier in this transaction."""
    if ref is None or isinstance(ref, int):
        return ref
    assert ref.id is not None, f"{ref!r} was not written before it was used"
    return ref.id


class Writer:
    """Writes the gathered plans through one unit of work."""

    def __init__(self, uow: UnitOfWork, preview: ImportPreview, source_name: str):
        self.uow = uow
        self.session = uow.session
        self.preview = preview
        self.source_name = source_name
        self.now = utc_now()
        self.created = Counts()
        self.updated = Counts()

    def write(self, plans: dict[type, list[Any]]) -> None:
        self._organisations(plans[OrgPlan])
        self._organisation_updates(plans[OrgUpdate])
        self._named(plans[NamedPlan])
        self._people(plans[PersonPlan])
        self._records(plans[RecordPlan])
        self._actions(plans[ActionPlanned])
        self.updated.answers += write_answers(self.uow, plans[AnswerPlan], self.preview.today)

    # ------------------------------------------------------------ ORM: organisations, themes

    def _organisations(self, plans: list[OrgPlan]) -> None:
        rows = [Organisation(uuid=plan.uuid, name=plan.name, **plan.details) for plan in plans]
        self.session.add_all(rows)
        self.session.flush()
        for plan, row in zip(plans, rows, strict=True):
            plan.id = row.id
        self.created.organisations += len(plans)

    def _organisation_updates(self, plans: list[OrgUpdate]) -> None:
        for plan in plans:
            plan.id = plan.existing_id
            changed = plan.changed_fields()
            if not changed:
                continue
            org = self.session.get(Organisation, plan.existing_id)
            assert org is not None
            for name in changed:
                setattr(org, name, plan.values[name])
            org.updated_at = self.now
            self.updated.organisations += 1
        self.session.flush()

    def _named(self, plans: list[NamedPlan]) -> None:
        data = self.preview.state.actions if plans else None
        rows = []
        for plan in plans:
            model = Theme if plan in data.themes.new else Objective
            rows.append(model(plan_id=self.preview.plan_id, name=plan.name, position=plan.position))
        self.session.add_all(rows)
        self.session.flush()
        for plan, row in zip(plans, rows, strict=True):
            plan.id = row.id

    # ------------------------------------------------------------ Core: people and training records

    def _log(
        self, entity: str, op: ChangeOp, uuid: str, entity_id: int, old: dict | None, new: dict | None
    ) -> None:
        self.uow.changes.append(
            {
                "entity": entity,
                "entity_uuid": uuid,
                "entity_id": entity_id,
                "op": op.value,
                "old": old,
                "new": new,
            }
        )

    def _insert(self, table: Table, entity: str, rows: list[dict[str, Any]]) -> list[int]:
        """Insert rows in bulk, log each as created, and return their new ids in order."""
        if not rows:
            return []
        connection = self.session.connection()
        # A plain executemany, then the new ids by UUID: RETURNING in a given order makes
        # SQLAlchemy insert SQLite rows one statement at a time.
        before = connection.execute(select(func.max(table.c.id))).scalar() or 0
        bulk_insert(connection, table, rows)
        new_ids = dict(fetch_rows(connection, select(table.c.uuid, table.c.id).where(table.c.id > before)))
        ids = [new_ids[row["uuid"]] for row in rows]
        names = [c.name for c in table.columns if c.name not in _NOT_LOGGED]
        dated = [c.name for c in table.columns if c.name in names and _is_date(c)]
        changes = self.uow.changes
        create = ChangeOp.CREATE.value
        iso: dict[date, str] = {}  # an import's rows share a few hundred dates
        for new_id, row in zip(ids, rows, strict=True):
            row["id"] = new_id
            logged = dict(zip(names, map(row.get, names), strict=True))
            for name in dated:
                value = logged[name]
                if value is not None:
                    text = iso.get(value)
                    if text is None:
                        text = iso[value] = value.isoformat()
                    logged[name] = text
            changes.append(
                {
                    "entity": entity,
                    "entity_uuid": row["uuid"],
                    "entity_id": new_id,
                    "op": create,
                    "old": None,
                    "new": logged,
                }
            )
        return ids

    def _update(
        self, table: Table, entity: str, updates: list[tuple[int, str, dict[str, Any], dict[str, Any]]]
    ) -> None:
        """Update rows in bulk, grouped by the columns that change; log old and new values."""
        groups: dict[tuple[str, ...], list[dict[str, Any]]] = {}
        stamp = "updated_at" in table.c
        for row_id, uuid, old, new in updates:
            self._log(
                entity,
                ChangeOp.UPDATE,
                uuid,
                row_id,
                {k: to_json_value(v) for k, v in old.items()},
                {k: to_json_value(v) for k, v in new.items()},
            )
            params = {f"v_{k}": v for k, v in new.items()}
            params["b_id"] = row_id
            if stamp:
                params["v_updated_at"] = self.now
            groups.setdefault(tuple(sorted(new)), []).append(params)
        connection = self.session.connection()
        for columns, params in groups.items():
            names = (*columns, "updated_at") if stamp else columns
            statement = (
                update(table)
                .where(table.c.id == bindparam("b_id"))
                .values({**{name: bindparam(f"v_{name}") for name in names}, **version_bump(table)})
            )
            connection.execute(statement, params)

    def _people(self, plans: list[PersonPlan]) -> None:
        new_rows, new_plans, updates = [], [], []
        for plan in plans:
            if plan.is_new:
                row = {name: plan.values[name] for name in PERSON_FIELDS}
                row.update(
                    uuid=plan.uuid,
                    organisation_id=_ref_id(plan.values["organisation"]),
                    created_at=self.now,
                    updated_at=self.now,
                )
                new_rows.append(row)
                new_plans.append(plan)
                continue
            plan.id = plan.existing_id
            changed = plan.changed_fields()
            if not changed:
                continue
            assert plan.base is not None
            old, new = {}, {}
            for name in changed:
                column = "organisation_id" if name == "organisation" else name
                old[column], new[column] = plan.base[name], plan.values[name]
                if name == "organisation":
                    old[column], new[column] = _ref_id(old[column]), _ref_id(new[column])
            updates.append((plan.existing_id, plan.uuid, old, new))
        for plan, new_id in zip(new_plans, self._insert(Person.__table__, "person", new_rows), strict=True):
            plan.id = new_id
        self._update(Person.__table__, "person", updates)
        self.created.people += len(new_rows)
        self.updated.people += len(updates)

    def _records(self, plans: list[RecordPlan]) -> None:
        new_rows, new_plans, updates = [], [], []
        source_ref = self.source_name[:300]
        for plan in plans:
            if plan.is_new:
                new_rows.append(
                    {
                        "uuid": plan.uuid,
                        "person_id": _ref_id(plan.person),
                        "course_id": plan.course_id,
                        "completed_on": plan.completed_on,
                        "expires_on": plan.expires_on,
                        "evidence": plan.evidence,
                        "source": RecordSource.IMPORT.value,
                        "source_ref": source_ref,
                        "created_at": self.now,
                    }
                )
                new_plans.append(plan)
                continue
            changed = plan.changed_fields()
            if changed:
                assert plan.base is not None
                current = {"expires_on": plan.expires_on, "evidence": plan.evidence}
                updates.append(
                    (
                        plan.existing_id,
                        plan.uuid,
                        {k: plan.base[k] for k in changed},
                        {k: current[k] for k in changed},
                    )
                )
        for plan, new_id in zip(
            new_plans, self._insert(TrainingRecord.__table__, "training_record", new_rows), strict=True
        ):
            plan.id = new_id
        self._update(TrainingRecord.__table__, "training_record", updates)
        self.created.training_records += len(new_rows)
        self.updated.training_records += len(updates)

    # ------------------------------------------------------------ ORM: actions

    def _actions(self, plans: list[ActionPlanned]) -> None:
        session = self.session
        today = self.preview.today
        for plan in plans:
            values = dict(plan.values)
            for key in ("theme_id", "objective_id", "lead_organisation_id", "owner_id"):
                values[key] = _ref_id(values[key])
            if plan.is_new:
                action = Action(uuid=plan.uuid, plan_id=self.preview.plan_id, **values)
                session.add(action)
                session.flush()
                self.created.actions += 1
            else:
                action = session.get(Action, plan.existing_id)
                assert action is not None
                changed = plan.changed_fields()
                for key in changed:
                    setattr(action, key, values[key])
                if changed:
                    action.updated_at = self.now
                if changed or plan.partners_changed() or plan.update_text:
                    self.updated.actions += 1
            plan.id = action.id
            if plan.partners is not None:
                self._set_partners(action.id, {_ref_id(p) for p in plan.partners}, plan.is_new)
            if plan.update_text:
                session.add(
                    ActionUpdate(
                        action_id=action.id,
                        on_date=today,
                        text=plan.update_text,
                        author=self.source_name[:200],
                    )
                )
        session.flush()

    def _set_partners(self, action_id: int, wanted: set[int | None], is_new: bool) -> None:
        current = {}
        if not is_new:
            current = {
                link.organisation_id: link
                for link in self.session.execute(
                    select(ActionPartner).where(ActionPartner.action_id == action_id)
                ).scalars()
            }
        for org_id in wanted - set(current):
            self.session.add(ActionPartner(action_id=action_id, organisation_id=org_id))
        for org_id, link in current.items():
            if org_id not in wanted:
                self.session.delete(link)

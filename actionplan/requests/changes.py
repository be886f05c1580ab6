"""Whether anything in a partner's pack has changed since it was made (so a reminder can reuse it).

The pack's time is the one its export logged in the change log. A change since then counts
when it touches the organisation itself, its people (and their training records and
exemptions), or the actions it leads or supports (their partners and updates); a change to
the courses or the training requirements counts for every partner, since it changes every
training matrix. Being cautious costs only a fresh pack.
"""

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import or_, select
from sqlmodel import Session

from actionplan.storage.models import (
    Action,
    ActionPartner,
    ChangeBatch,
    ChangeEntry,
    Person,
    TrainingRecord,
)

_ENTITIES = (
    "organisation",
    "person",
    "training_record",
    "requirement_exemption",
    "action",
    "action_partner",
    "action_update",
    "course",
    "training_requirement",
)
_EVERYONE = frozenset({"course", "training_requirement"})


def export_time(session: Session, export_id: str) -> datetime | None:
    """When the export with this Export ID was made (UTC), from its change-log entry; None if unknown."""
    logged = session.execute(
        select(ChangeEntry.new)
        .where(ChangeEntry.entity == "export", ChangeEntry.entity_uuid == export_id)
        .limit(1)
    ).scalar()
    text = logged.get("exported_at") if isinstance(logged, dict) else None
    if not text:
        return None
    try:
        at = datetime.fromisoformat(text)
    except ValueError:
        return None
    return at.replace(tzinfo=UTC) if at.tzinfo is None else at.astimezone(UTC)


def _values(old: Any, new: Any) -> list[dict[str, Any]]:
    return [v for v in (old, new) if isinstance(v, dict)]


def pack_changed_since(session: Session, plan_id: int, organisation_id: int, export_id: str) -> bool:
    """True when the organisation's pack would differ from the one exported as ``export_id``.

    An export the change log does not know (made elsewhere, or the log was cleared) counts as
    changed.
    """
    since = export_time(session, export_id)
    if since is None:
        return True
    entries = session.execute(
        select(ChangeEntry.entity, ChangeEntry.entity_id, ChangeEntry.old, ChangeEntry.new)
        .join(ChangeBatch, ChangeBatch.id == ChangeEntry.batch_id)
        .where(ChangeBatch.at > since, ChangeEntry.entity.in_(_ENTITIES))
    ).all()
    if not entries:
        return False
    people = set(
        session.execute(select(Person.id).where(Person.organisation_id == organisation_id)).scalars()
    )
    records = set()
    if people:
        records = set(
            session.execute(select(TrainingRecord.id).where(TrainingRecord.person_id.in_(people))).scalars()
        )
    supported = select(ActionPartner.action_id).where(ActionPartner.organisation_id == organisation_id)
    actions = set(
        session.execute(
            select(Action.id).where(
                Action.plan_id == plan_id,
                or_(Action.lead_organisation_id == organisation_id, Action.id.in_(supported)),
            )
        ).scalars()
    )
    for entity, entity_id, old, new in entries:
        values = _values(old, new)
        if entity in _EVERYONE:
            return True
        if entity == "organisation" and entity_id == organisation_id:
            return True
        if entity == "person" and (
            entity_id in people or any(v.get("organisation_id") == organisation_id for v in values)
        ):
            return True
        if entity == "training_record" and (
            entity_id in records or any(v.get("person_id") in people for v in values)
        ):
            return True
        if entity == "requirement_exemption" and any(v.get("person_id") in people for v in values):
            return True
        if entity == "action" and (
            entity_id in actions or any(v.get("lead_organisation_id") == organisation_id for v in values)
        ):
            return True
        if entity == "action_partner" and any(
            v.get("organisation_id") == organisation_id or v.get("action_id") in actions for v in values
        ):
            return True
        if entity == "action_update" and any(v.get("action_id") in actions for v in values):
            return True
    return False

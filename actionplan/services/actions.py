"""Actions of a plan: list with their RAG, create, edit, duplicate, delete, and the update log."""

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlmodel import select

from actionplan import clock
from actionplan.domain.enums import ActionStatus, Rag
from actionplan.domain.rag import ActionFacts, RagSettings, check_override, compute_rag
from actionplan.errors import ValidationError
from actionplan.i18n import _
from actionplan.services.common import apply_changes, check_percent, get_for_edit, get_or_raise, require_text
from actionplan.services.readmodels import ActionUpdateView, ActionView, RequirementCompliance
from actionplan.services.settings import get_setting
from actionplan.storage.models import (
    Action,
    ActionPartner,
    ActionUpdate,
    Objective,
    Organisation,
    Person,
    Plan,
    Theme,
    TrainingRequirement,
    utc_now,
)
from actionplan.storage.uow import UnitOfWork

EDITABLE = (
    "ref",
    "title",
    "description",
    "theme_id",
    "objective_id",
    "lead_organisation_id",
    "owner_id",
    "owner_name",
    "start_date",
    "due_date",
    "completed_on",
    "status",
    "progress",
    "statutory",
    "evidence",
    "notes",
    "requirement_id",
    "position",
)


@dataclass(frozen=True)
class ActionFilter:
    text: str = ""
    theme_id: int | None = None
    status: ActionStatus | None = None
    rag: Rag | None = None
    lead_organisation_id: int | None = None
    owner_id: int | None = None

    def accepts(self, action: ActionView) -> bool:
        if self.theme_id is not None and action.theme_id != self.theme_id:
            return False
        if self.status is not None and action.status is not self.status:
            return False
        if self.rag is not None and action.rag is not self.rag:
            return False
        if self.lead_organisation_id is not None and action.lead_organisation_id != self.lead_organisation_id:
            return False
        if self.owner_id is not None and action.owner_id != self.owner_id:
            return False
        if self.text.strip():
            haystack = " ".join(
                (
                    action.ref,
                    action.title,
                    action.description,
                    action.owner_name,
                    action.lead_organisation_name,
                    action.theme_name,
                    action.notes,
                )
            ).casefold()
            return all(word.casefold() in haystack for word in self.text.split())
        return True


def _rag_settings(uow: UnitOfWork) -> RagSettings:
    return RagSettings(
        amber_window_days=int(get_setting(uow.session, "amber_window_days")),
        behind_margin=int(get_setting(uow.session, "behind_margin")),
    )


def _linked_progress(
    uow: UnitOfWork, plan_id: int, on: date, compliance: "list[RequirementCompliance] | None"
) -> dict[int, int]:
    """Progress of actions linked to a requirement: that requirement's compliance %."""
    from actionplan.services.compliance import requirement_compliance

    if compliance is None:
        compliance = requirement_compliance(uow, plan_id, on)
    return {rc.requirement.id: round(rc.percent or 0) for rc in compliance}


def list_actions(
    uow: UnitOfWork,
    plan_id: int,
    on: date | None = None,
    flt: ActionFilter | None = None,
    *,
    compliance: "list[RequirementCompliance] | None" = None,
) -> list[ActionView]:
    """The plan's actions in theme and reference order, each with its RAG on ``on``.

    Args:
        compliance: the plan's requirement compliance on ``on`` when the caller has it already
            (it gives the progress of actions linked to a requirement).
    """
    on = on or clock.today()
    with uow:
        get_or_raise(uow, Plan, plan_id, _("plan"))
        has_links = uow.session.exec(
            select(Action.id).where(Action.plan_id == plan_id, Action.requirement_id.is_not(None))
        ).first()
    progress = _linked_progress(uow, plan_id, on, compliance) if has_links else {}
    with uow:
        views = _views(uow, select(Action).where(Action.plan_id == plan_id), on, progress)
    views.sort(key=lambda a: (a.theme_position, _ref_key(a.ref), a.position, a.id))
    flt = flt or ActionFilter()
    return [a for a in views if flt.accepts(a)]


def _ref_key(ref: str) -> tuple:
    parts = []
    for piece in ref.replace("-", ".").split("."):
        parts.append((0, int(piece), "") if piece.isdigit() else (1, 0, piece))
    return tuple(parts)


def _views(uow: UnitOfWork, query: Any, on: date, progress: dict[int, int]) -> list[ActionView]:
    session = uow.session
    actions = session.exec(query).all()
    if not actions:
        return []
    ids = [a.id for a in actions]
    themes = {t.id: t for t in session.exec(select(Theme).where(Theme.plan_id == actions[0].plan_id))}
    objectives = {
        o.id: o.name for o in session.exec(select(Objective).where(Objective.plan_id == actions[0].plan_id))
    }
    orgs = {o.id: o.name for o in session.exec(select(Organisation))}
    owner_ids = {a.owner_id for a in actions if a.owner_id}
    owners = (
        {
            p.id: f"{p.first_name} {p.last_name}".strip()
            for p in session.exec(select(Person).where(Person.id.in_(owner_ids)))
        }
        if owner_ids
        else {}
    )
    partners: dict[int, list[int]] = {}
    for link in session.exec(select(ActionPartner).where(ActionPartner.action_id.in_(ids))):
        partners.setdefault(link.action_id, []).append(link.organisation_id)
    latest: dict[int, str] = {}
    for upd in session.exec(
        select(ActionUpdate)
        .where(ActionUpdate.action_id.in_(ids))
        .order_by(ActionUpdate.on_date, ActionUpdate.id)
    ):
        latest[upd.action_id] = upd.text
    settings = _rag_settings(uow)
    views = []
    for a in actions:
        status = ActionStatus(a.status)
        shown_progress = progress.get(a.requirement_id, a.progress) if a.requirement_id else a.progress
        override = Rag(a.rag_override) if a.rag_override else None
        result = compute_rag(
            ActionFacts(
                status,
                a.due_date,
                a.start_date,
                a.completed_on,
                shown_progress,
                override,
                a.rag_override_reason,
            ),
            on,
            settings,
        )
        theme = themes.get(a.theme_id)
        partner_ids = tuple(sorted(partners.get(a.id, ()), key=lambda i: orgs.get(i, "")))
        views.append(
            ActionView(
                id=a.id,
                uuid=a.uuid,
                plan_id=a.plan_id,
                ref=a.ref,
                title=a.title,
                description=a.description,
                theme_id=a.theme_id,
                theme_name=theme.name if theme else "",
                objective_id=a.objective_id,
                objective_name=objectives.get(a.objective_id, ""),
                lead_organisation_id=a.lead_organisation_id,
                lead_organisation_name=orgs.get(a.lead_organisation_id, ""),
                owner_id=a.owner_id,
                owner_name=owners.get(a.owner_id, "") or a.owner_name,
                start_date=a.start_date,
                due_date=a.due_date,
                completed_on=a.completed_on,
                status=status,
                progress=shown_progress,
                statutory=a.statutory,
                evidence=a.evidence,
                notes=a.notes,
                rag=result.rag,
                rag_explanation=result.explanation,
                rag_overridden=result.overridden,
                rag_override=override,
                rag_override_reason=a.rag_override_reason,
                requirement_id=a.requirement_id,
                partner_ids=partner_ids,
                partner_names=tuple(orgs.get(i, "") for i in partner_ids),
                latest_update=latest.get(a.id, ""),
                position=a.position,
                updated_at=a.updated_at,
                theme_position=theme.position if theme else 10_000,
                version=a.version,
            )
        )
    return views


def get_action(uow: UnitOfWork, action_id: int, on: date | None = None) -> ActionView:
    on = on or clock.today()
    with uow:
        action = get_or_raise(uow, Action, action_id, _("action"))
        plan_id = action.plan_id
        linked = action.requirement_id
    progress = _linked_progress(uow, plan_id, on, None) if linked else {}
    with uow:
        return _views(uow, select(Action).where(Action.id == action_id), on, progress)[0]


def _validate(uow: UnitOfWork, plan_id: int, values: dict[str, Any]) -> None:
    if "title" in values:
        values["title"] = require_text(values["title"], "title", _("The action's title"))
    for name in ("ref", "description", "owner_name", "evidence", "notes"):
        if name in values:
            values[name] = (values[name] or "").strip()
    if "status" in values:
        try:
            values["status"] = ActionStatus(values["status"]).value
        except ValueError as exc:
            raise ValidationError(
                _("'{status}' is not a status.").format(status=values["status"]), field="status"
            ) from exc
    if "progress" in values:
        check_percent(values["progress"], "progress", _("Progress"))
    for name, model, what in (
        ("theme_id", Theme, _("theme")),
        ("objective_id", Objective, _("objective")),
        ("lead_organisation_id", Organisation, _("organisation")),
        ("owner_id", Person, _("person")),
        ("requirement_id", TrainingRequirement, _("requirement")),
    ):
        if values.get(name) is not None:
            row = get_or_raise(uow, model, values[name], what)
            if getattr(row, "plan_id", plan_id) != plan_id:
                raise ValidationError(_("That {what} belongs to another plan.").format(what=what), field=name)


def _check_dates(action: Action) -> None:
    if action.start_date and action.due_date and action.due_date < action.start_date:
        raise ValidationError(_("The due date cannot be before the start date."), field="due_date")


def _sync_completion(action: Action, on: date) -> None:
    """Completing an action dates it and fills its progress; reopening clears the date."""
    if action.status == ActionStatus.COMPLETE.value:
        action.completed_on = action.completed_on or on
        action.progress = 100
    elif action.completed_on is not None:
        action.completed_on = None


def _set_partners(uow: UnitOfWork, action_id: int, partner_ids: list[int]) -> bool:
    """Make the action's partners exactly ``partner_ids``; whether anything changed."""
    current = {
        link.organisation_id: link
        for link in uow.session.exec(select(ActionPartner).where(ActionPartner.action_id == action_id))
    }
    changed = False
    for org_id in partner_ids:
        get_or_raise(uow, Organisation, org_id, _("organisation"))
        if org_id not in current:
            uow.session.add(ActionPartner(action_id=action_id, organisation_id=org_id))
            changed = True
    for org_id, link in current.items():
        if org_id not in partner_ids:
            uow.session.delete(link)
            changed = True
    return changed


def create_action(
    uow: UnitOfWork,
    plan_id: int,
    title: str,
    *,
    partner_ids: list[int] | None = None,
    today: date | None = None,
    **values: Any,
) -> ActionView:
    with uow:
        action = add_action(uow, plan_id, title, partner_ids=partner_ids, today=today, **values)
        uow.commit(_("Added action {title}").format(title=action.title))
        action_id = action.id
    return get_action(uow, action_id, today)


def add_action(
    uow: UnitOfWork,
    plan_id: int,
    title: str,
    *,
    partner_ids: list[int] | None = None,
    today: date | None = None,
    **values: Any,
) -> Action:
    """``create_action``'s work inside a unit of work the caller has entered and will commit."""
    values["title"] = title
    get_or_raise(uow, Plan, plan_id, _("plan"))
    _validate(uow, plan_id, values)
    position = len(uow.session.exec(select(Action.id).where(Action.plan_id == plan_id)).all())
    values.setdefault("position", position)
    action = Action(plan_id=plan_id, **values)
    _check_dates(action)
    _sync_completion(action, today or clock.today())
    uow.session.add(action)
    uow.flush()
    if partner_ids:
        _set_partners(uow, action.id, partner_ids)
    return action


def update_action(
    uow: UnitOfWork,
    action_id: int,
    *,
    partner_ids: list[int] | None = None,
    today: date | None = None,
    expected_version: int | None = None,
    **changes: Any,
) -> ActionView:
    """Change fields of an action; ``partner_ids`` replaces its partner organisations.

    ``expected_version`` is the version the caller read: when someone else has saved the action
    since, nothing is changed and a StaleEditError says who and when.
    """
    with uow:
        action = get_for_edit(uow, Action, action_id, _("action"), expected_version)
        _validate(uow, action.plan_id, changes)
        changed = apply_changes(action, changes, EDITABLE)
        _check_dates(action)
        if "status" in changes:
            _sync_completion(action, today or clock.today())
        partners_changed = partner_ids is not None and _set_partners(uow, action_id, partner_ids)
        if partners_changed and not changed:  # new partners are a change of the action (its version)
            action.updated_at = utc_now()
        if changed or partners_changed:
            uow.commit(_("Edited action {title}").format(title=action.title))
    return get_action(uow, action_id, today)


def set_rag_override(
    uow: UnitOfWork,
    action_id: int,
    rag: Rag | None,
    reason: str = "",
    *,
    expected_version: int | None = None,
) -> ActionView:
    """Set the RAG by hand (a reason is required) or, with ``rag=None``, go back to the rule."""
    check_override(rag, reason)
    with uow:
        action = get_for_edit(uow, Action, action_id, _("action"), expected_version)
        action.rag_override = Rag(rag).value if rag else None
        action.rag_override_reason = reason.strip() if rag else ""
        uow.commit(
            _("Set the RAG of {title} by hand").format(title=action.title)
            if rag
            else _("Cleared the RAG override of {title}").format(title=action.title)
        )
    return get_action(uow, action_id)


def delete_actions(uow: UnitOfWork, action_ids: list[int]) -> int:
    """Delete actions with their partners and update log (recorded, so it can be undone)."""
    with uow:
        actions = [get_or_raise(uow, Action, aid, _("action")) for aid in action_ids]
        for model in (ActionPartner, ActionUpdate):
            for row in uow.session.exec(select(model).where(model.action_id.in_(action_ids))):
                uow.session.delete(row)
        uow.flush()  # children first: the ORM knows no relationships to order by
        for action in actions:
            uow.session.delete(action)
        uow.commit(
            _("Deleted action {title}").format(title=actions[0].title)
            if len(actions) == 1
            else _("Deleted {n} actions").format(n=len(actions))
        )
        return len(actions)


def duplicate_action(uow: UnitOfWork, action_id: int) -> ActionView:
    """A copy of the action (without its update log), not started, titled as a copy."""
    source = get_action(uow, action_id)
    return create_action(
        uow,
        source.plan_id,
        _("{title} (copy)").format(title=source.title),
        partner_ids=list(source.partner_ids),
        ref="",
        description=source.description,
        theme_id=source.theme_id,
        objective_id=source.objective_id,
        lead_organisation_id=source.lead_organisation_id,
        owner_id=source.owner_id,
        owner_name="" if source.owner_id else source.owner_name,
        start_date=source.start_date,
        due_date=source.due_date,
        statutory=source.statutory,
        requirement_id=source.requirement_id,
    )


def add_update(
    uow: UnitOfWork,
    action_id: int,
    text: str,
    *,
    on_date: date | None = None,
    author: str = "",
    status: ActionStatus | None = None,
    progress: int | None = None,
    meeting_id: int | None = None,
    expected_version: int | None = None,
) -> ActionUpdateView:
    """Add a dated entry to the action's log, optionally moving its status and progress.

    With ``expected_version``, an action changed by someone else since it was read is refused.
    """
    text = require_text(text, "text", _("The update"))
    if progress is not None:
        check_percent(progress, "progress", _("Progress"))
    on_date = on_date or clock.today()
    with uow:
        action = get_for_edit(uow, Action, action_id, _("action"), expected_version)
        update = ActionUpdate(
            action_id=action_id,
            on_date=on_date,
            text=text,
            author=author.strip(),
            status=ActionStatus(status).value if status else None,
            progress=progress,
            meeting_id=meeting_id,
        )
        uow.session.add(update)
        if status is not None:
            action.status = ActionStatus(status).value
            _sync_completion(action, on_date)
        if progress is not None and action.status != ActionStatus.COMPLETE.value:
            action.progress = progress
        uow.commit(_("Added an update to {title}").format(title=action.title))
        return _update_view(update)


def _update_view(u: ActionUpdate) -> ActionUpdateView:
    return ActionUpdateView(
        u.id,
        u.uuid,
        u.on_date,
        u.text,
        u.author,
        ActionStatus(u.status) if u.status else None,
        u.progress,
        u.meeting_id,
    )


def list_updates(uow: UnitOfWork, action_id: int) -> list[ActionUpdateView]:
    """The action's update log, newest first."""
    with uow:
        rows = uow.session.exec(
            select(ActionUpdate)
            .where(ActionUpdate.action_id == action_id)
            .order_by(ActionUpdate.on_date.desc(), ActionUpdate.id.desc())
        ).all()
        return [_update_view(u) for u in rows]

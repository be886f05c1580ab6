"""Meetings of the partnership: record them, and keep a snapshot of the plan's figures on closing."""

from datetime import date
from typing import Any

from sqlmodel import select

from actionplan.errors import ValidationError
from actionplan.i18n import _
from actionplan.services.common import apply_changes, get_for_edit, get_or_raise
from actionplan.services.readmodels import MeetingView
from actionplan.storage.models import Meeting, Plan, utc_now
from actionplan.storage.uow import UnitOfWork

EDITABLE = ("held_on", "title", "attendees", "notes", "decisions")


def _view(m: Meeting) -> MeetingView:
    assert m.id is not None
    return MeetingView(
        m.id,
        m.uuid,
        m.plan_id,
        m.held_on,
        m.title,
        m.attendees,
        m.notes,
        m.decisions,
        m.closed_at is not None,
        m.snapshot,
        m.version,
    )


def list_meetings(uow: UnitOfWork, plan_id: int) -> list[MeetingView]:
    """The plan's meetings, most recent first."""
    with uow:
        rows = uow.session.exec(
            select(Meeting)
            .where(Meeting.plan_id == plan_id)
            .order_by(Meeting.held_on.desc(), Meeting.id.desc())
        ).all()
        return [_view(m) for m in rows]


def create_meeting(
    uow: UnitOfWork, plan_id: int, held_on: date, title: str = "", **values: Any
) -> MeetingView:
    with uow:
        get_or_raise(uow, Plan, plan_id, _("plan"))
        meeting = Meeting(
            plan_id=plan_id,
            held_on=held_on,
            title=title.strip() or _("Partnership board"),
            **values,
        )
        uow.session.add(meeting)
        uow.commit(_("Added the meeting {title}").format(title=meeting.title))
        return _view(meeting)


def update_meeting(
    uow: UnitOfWork, meeting_id: int, *, expected_version: int | None = None, **changes: Any
) -> MeetingView:
    with uow:
        meeting = get_for_edit(uow, Meeting, meeting_id, _("meeting"), expected_version)
        if apply_changes(meeting, changes, EDITABLE):
            uow.commit(_("Edited the meeting {title}").format(title=meeting.title))
        return _view(meeting)


def close_meeting(uow: UnitOfWork, meeting_id: int) -> MeetingView:
    """Close a meeting, keeping a snapshot of the plan's status for "changes since the last meeting"."""
    from actionplan.services.dashboard import status_summary

    with uow:
        meeting = get_or_raise(uow, Meeting, meeting_id, _("meeting"))
        if meeting.closed_at is not None:
            raise ValidationError(_("This meeting is already closed."))
        plan_id, held_on = meeting.plan_id, meeting.held_on
    summary = status_summary(uow, plan_id, held_on)
    snapshot = summary.to_json()
    snapshot["actions_detail"] = {
        a.uuid: {
            "status": a.status.value,
            "rag": a.rag.value if a.rag else None,
            "progress": a.progress,
        }
        for a in summary.actions
    }
    with uow:
        meeting = get_or_raise(uow, Meeting, meeting_id, _("meeting"))
        meeting.snapshot = snapshot
        meeting.closed_at = utc_now()
        uow.commit(_("Closed the meeting {title}").format(title=meeting.title))
        return _view(meeting)

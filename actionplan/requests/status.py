"""Where each partner's latest update request stands: sent, due, returned (on time or late) or outstanding."""

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any

from sqlmodel import select

from actionplan.domain.dates import days_phrase, format_date
from actionplan.i18n import _, ngettext
from actionplan.storage.models import Organisation, UpdateRequest
from actionplan.storage.uow import UnitOfWork

CHANGE_KINDS = ("people", "training_records", "actions")


class RequestState(StrEnum):
    """A request's state on a day: returned by its due date, returned after it, or not yet returned."""

    ON_TIME = "on_time"
    LATE = "late"
    OUTSTANDING = "outstanding"  # not returned, the due date still ahead (or today)
    OVERDUE = "overdue"  # not returned, past its due date

    @property
    def label(self) -> str:
        return {
            RequestState.ON_TIME: _("Returned on time"),
            RequestState.LATE: _("Returned late"),
            RequestState.OUTSTANDING: _("Outstanding"),
            RequestState.OVERDUE: _("Outstanding, overdue"),
        }[self]

    @property
    def returned(self) -> bool:
        return self in (RequestState.ON_TIME, RequestState.LATE)


def contact_text(name: str, email: str) -> str:
    """ "Helen Marsh <prevent@northvale-council.example>", or whichever part there is."""
    if name and email:
        return f"{name} <{email}>"
    return email or name


def changes_words(changes: dict[str, int] | None) -> str:
    """ "1 training record, 2 actions" or "nothing changed" for a return; "" when not returned."""
    if changes is None:
        return ""
    words = {
        "people": lambda n: ngettext("{n} person", "{n} people", n),
        "training_records": lambda n: ngettext("{n} training record", "{n} training records", n),
        "actions": lambda n: ngettext("{n} action", "{n} actions", n),
    }
    parts = [words[k](n).format(n=n) for k in CHANGE_KINDS if (n := int(changes.get(k, 0)))]
    return ", ".join(parts) if parts else _("nothing changed")


@dataclass(frozen=True)
class RequestView:
    """One update request as the window, the command line and the meeting pack show it."""

    id: int
    uuid: str
    organisation_id: int
    organisation: str
    contact_name: str
    contact_email: str
    sent_on: date
    due_on: date
    export_id: str
    returned_on: date | None = None
    changes: dict[str, int] | None = None
    reminders: int = 0
    reminded_on: date | None = None
    protected: bool = False
    pack_path: str = ""
    draft_path: str = ""
    returned_file: str = ""
    earlier_export_ids: tuple[str, ...] = field(default=(), repr=False)

    @property
    def contact(self) -> str:
        return contact_text(self.contact_name, self.contact_email)

    def state(self, on: date) -> RequestState:
        if self.returned_on is not None:
            return RequestState.ON_TIME if self.returned_on <= self.due_on else RequestState.LATE
        return RequestState.OVERDUE if on > self.due_on else RequestState.OUTSTANDING

    def days_overdue(self, on: date) -> int:
        """Days past the due date without a return (0 when returned or not yet due)."""
        if self.returned_on is not None:
            return 0
        return max(0, (on - self.due_on).days)

    def describe(self, on: date) -> str:
        """ "returned 02/12/2026 (on time): 1 training record", "not returned yet", or how late."""
        state = self.state(on)
        if state.returned:
            when = _("on time") if state is RequestState.ON_TIME else _("late")
            return _("returned {date} ({when}): {changes}").format(
                date=format_date(self.returned_on), when=when, changes=changes_words(self.changes)
            )
        if state is RequestState.OVERDUE:
            return _("not returned, {days} overdue").format(days=days_phrase(self.days_overdue(on)))
        return _("not returned yet")

    def to_json(self) -> dict[str, Any]:
        """The ``requests status --json`` entry (dates in ISO form)."""
        changes = None
        if self.changes is not None:
            changes = {k: int(self.changes.get(k, 0)) for k in CHANGE_KINDS}
        return {
            "organisation": self.organisation,
            "contact": self.contact,
            "sent": self.sent_on.isoformat(),
            "due": self.due_on.isoformat(),
            "returned": self.returned_on.isoformat() if self.returned_on else None,
            "export_id": self.export_id,
            "changes": changes,
        }


def to_view(row: UpdateRequest, organisation: str) -> RequestView:
    assert row.id is not None
    return RequestView(
        id=row.id,
        uuid=row.uuid,
        organisation_id=row.organisation_id,
        organisation=organisation,
        contact_name=row.contact_name,
        contact_email=row.contact_email,
        sent_on=row.sent_on,
        due_on=row.due_on,
        export_id=row.export_id,
        returned_on=row.returned_on,
        changes=dict(row.returned_changes) if row.returned_changes is not None else None,
        reminders=row.reminders,
        reminded_on=row.reminded_on,
        protected=row.protected,
        pack_path=row.pack_path,
        draft_path=row.draft_path,
        returned_file=row.returned_file,
        earlier_export_ids=tuple(row.earlier_export_ids or ()),
    )


def latest_rows(uow: UnitOfWork, plan_id: int) -> list[tuple[UpdateRequest, str]]:
    """Each organisation's latest request of the plan (inside an entered unit of work), by organisation."""
    rows = uow.session.exec(
        select(UpdateRequest, Organisation.name)
        .join(Organisation, Organisation.id == UpdateRequest.organisation_id)
        .where(UpdateRequest.plan_id == plan_id)
        .order_by(UpdateRequest.sent_on, UpdateRequest.id)
    ).all()
    latest: dict[int, tuple[UpdateRequest, str]] = {}
    for row, name in rows:
        latest[row.organisation_id] = (row, name)  # later ones replace earlier ones
    return sorted(latest.values(), key=lambda item: item[1].casefold())


def list_requests(uow: UnitOfWork, plan_id: int) -> list[RequestView]:
    """Each organisation's latest update request in the plan, by organisation name."""
    with uow:
        return [to_view(row, name) for row, name in latest_rows(uow, plan_id)]


def status_json(requests: list[RequestView]) -> dict[str, Any]:
    """``{"requests": [...]}``: the shape ``actionplan requests status --json`` prints."""
    return {"requests": [r.to_json() for r in requests]}


@dataclass(frozen=True)
class ReturnsSummary:
    """How many partners have returned their latest request."""

    returned: int
    total: int
    overdue: int

    def sentence(self) -> str:
        """ "3 of 8 partners have returned their updates" (the dashboard's line)."""
        return ngettext(
            "{n} of {total} partner has returned their update",
            "{n} of {total} partners have returned their updates",
            self.total,
        ).format(n=self.returned, total=self.total)


def returns_summary(requests: list[RequestView], on: date) -> ReturnsSummary:
    states = [r.state(on) for r in requests]
    return ReturnsSummary(
        returned=sum(s.returned for s in states),
        total=len(states),
        overdue=sum(s is RequestState.OVERDUE for s in states),
    )

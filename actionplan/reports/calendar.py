"""Deadlines as an iCalendar file (RFC 5545) for Outlook and other calendars: open actions and training.

Written by hand (no runtime dependency): CRLF line endings, lines folded at 75 octets, TEXT
values escaped, one all-day VEVENT per open action with a due date and per requirement
deadline. Each event's UID comes from the entity's UUID, so importing a newer file updates
the same events instead of adding copies. No person's name is written: action events name
the lead organisation, and requirement events carry counts only.
"""

from collections.abc import Callable, Iterable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from actionplan import __version__, clock
from actionplan.domain.dates import format_date
from actionplan.domain.enums import ComplianceState
from actionplan.errors import ActionPlanError, ValidationError
from actionplan.i18n import _
from actionplan.services.dashboard import StatusSummary, status_summary
from actionplan.services.readmodels import ActionView, RequirementCompliance

if TYPE_CHECKING:
    from actionplan.services import Database

UID_DOMAIN = "actionplan.local"
PRODID = f"-//ActionPlan//Prevent action plan {__version__}//EN"


def escape_text(value: str) -> str:
    """A TEXT value escaped per RFC 5545 §3.3.11: backslash, semicolon, comma and newlines."""
    return (
        value.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\r", "\\n")
        .replace("\n", "\\n")
    )


def fold(line: str) -> str:
    """A content line folded so no physical line exceeds 75 octets (never splitting a UTF-8 character)."""
    out: list[str] = []
    current = ""
    size = 0
    limit = 75
    for char in line:
        octets = len(char.encode("utf-8"))
        if size + octets > limit:
            out.append(current)
            current, size, limit = " ", 1, 75  # a continuation line starts with one space
        current += char
        size += octets
    out.append(current)
    return "\r\n".join(out)


def _date(value: date) -> str:
    return value.strftime("%Y%m%d")


def _event(uid: str, day: date, summary: str, description: str, category: str, stamp: str) -> list[str]:
    return [
        "BEGIN:VEVENT",
        f"UID:{uid}@{UID_DOMAIN}",
        f"DTSTAMP:{stamp}",
        f"DTSTART;VALUE=DATE:{_date(day)}",
        f"DTEND;VALUE=DATE:{_date(day + timedelta(days=1))}",
        f"SUMMARY:{escape_text(summary)}",
        f"DESCRIPTION:{escape_text(description)}",
        f"CATEGORIES:{escape_text(category)}",
        "TRANSP:TRANSPARENT",
        "END:VEVENT",
    ]


def _action_event(a: ActionView, stamp: str) -> list[str]:
    assert a.due_date is not None
    lines = [
        _("Action {ref}: {title}").format(ref=a.ref, title=a.title),
        _("Lead: {org}").format(org=a.lead_organisation_name or _("not set")),
        _("Status: {status}. {why}").format(status=a.status.label, why=a.rag_explanation),
    ]
    if a.partner_names:
        lines.insert(2, _("Partners: {names}").format(names=", ".join(a.partner_names)))
    summary = _("Action {ref} due: {title}").format(ref=a.ref, title=a.title)
    return _event(a.uuid, a.due_date, summary, "\n".join(lines), _("Prevent action"), stamp)


def _requirement_event(rc: RequirementCompliance, on: date, stamp: str) -> list[str]:
    req = rc.requirement
    assert req.deadline is not None
    t = rc.totals
    pct = "—" if rc.percent is None else f"{rc.percent:.0f}%"
    description = "\n".join(
        [
            req.title,
            _("{course} ({code}); target {target}%; audience: {audience}.").format(
                course=req.course_name,
                code=req.course_code,
                target=req.target_percent,
                audience=req.audience_text,
            ),
            _(
                "As at {date}: {pct} trained ({trained} of {counted}); "
                "{due} due, {overdue} overdue, {expired} expired."
            ).format(
                date=format_date(on),
                pct=pct,
                trained=t.trained,
                counted=t.audience - t[ComplianceState.EXEMPT],
                due=t[ComplianceState.DUE],
                overdue=t[ComplianceState.OVERDUE],
                expired=t[ComplianceState.EXPIRED],
            ),
        ]
    )
    summary = _("Training deadline: {code} {target}% — {title}").format(
        code=req.course_code, target=req.target_percent, title=req.title
    )
    return _event(req.uuid, req.deadline, summary, description, _("Prevent training deadline"), stamp)


def calendar_text(summary: StatusSummary, *, now: datetime | None = None) -> str:
    """The iCalendar document for a plan's status: open actions' due dates and requirement deadlines."""
    stamp = (now or clock.now()).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{PRODID}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"X-WR-CALNAME:{escape_text(_('{plan}: deadlines').format(plan=summary.plan_name))}",
    ]
    for action in open_actions_with_due_dates(summary.actions):
        lines += _action_event(action, stamp)
    for rc in summary.requirements:
        if rc.requirement.deadline is not None:
            lines += _requirement_event(rc, summary.as_of, stamp)
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + "\r\n" for line in lines)


def open_actions_with_due_dates(actions: Iterable[ActionView]) -> list[ActionView]:
    """Actions that belong in the calendar: not complete or cancelled, and with a due date."""
    return [a for a in actions if a.due_date is not None and not a.status.is_closed]


def write_calendar(
    db: "Database | Callable", plan_id: int, out_ics: Path | str, *, on: date | None = None
) -> int:
    """Write the plan's deadlines as an .ics file; returns the number of events.

    Raises:
        ValidationError: the file name does not end in .ics.
        ActionPlanError: the file cannot be written.
    """
    out = Path(out_ics)
    if out.suffix.lower() != ".ics":
        raise ValidationError(
            _("A calendar file must end in .ics, not '{name}'.").format(name=out.name), field="path"
        )
    uow = db.unit_of_work if hasattr(db, "unit_of_work") else db
    summary = status_summary(uow(), plan_id, on)
    text = calendar_text(summary)
    try:
        out.write_bytes(text.encode("utf-8"))
    except OSError as exc:
        raise ActionPlanError(
            _("Could not write {path}: {reason}.").format(path=out, reason=exc.strerror or exc)
        ) from exc
    return text.count("BEGIN:VEVENT")

"""Email drafts for update requests: the message template, its placeholders, and the .eml file.

A draft is an RFC 5322 message (Python's ``email`` package, CRLF line ends) with the partner's
pack attached, addressed to the organisation's Prevent contact. It carries ``X-Unsent: 1`` so
that Outlook opens it ready to send; Thunderbird opens it with File > Open, then "Edit as New
Message". Nothing is ever sent by the application.
"""

import os
import re
import uuid as uuid_module
from dataclasses import dataclass
from datetime import date, datetime
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, make_msgid
from pathlib import Path

from actionplan.domain.dates import format_date
from actionplan.errors import ValidationError
from actionplan.i18n import _

XLSX_TYPE = ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet")
MAX_TEMPLATE = 20_000
_PLACEHOLDER = re.compile(r"\{([^{}\n]*)\}")


def default_template() -> str:
    """The message body a request starts from; the user may edit it (see ``PLACEHOLDERS``)."""
    return _(
        "Dear {contact},\n"
        "\n"
        "Please find attached {organisation}'s pack from the {plan}: your staff and their Prevent "
        "training, and the actions you lead or support. Please bring it up to date and send it back "
        "to me by {due}.\n"
        "\n"
        "As at {today}, for {organisation}:\n"
        "- Prevent training overdue: {overdue} of your {people} people;\n"
        "- training expiring in the next {window} days: {expiring} people;\n"
        "- actions you lead or support due by {due}: {actions_due} ({actions_overdue} already "
        "overdue).\n"
        "\n"
        "Please add completion dates, new starters and leavers, progress on your actions, and correct "
        "your Prevent contact if it has changed. Keep the headings and the Record ID columns as they "
        "are, so the workbook can be read back in.\n"
        "\n"
        "{password_note}\n"
        "\n"
        "Thank you,\n"
        "{sender}\n"
    )


def placeholders() -> dict[str, str]:
    """The placeholders a template may use, with what each becomes."""
    return {
        "contact": _("the Prevent contact's name"),
        "organisation": _("the partner organisation"),
        "plan": _("the plan's name"),
        "due": _("the date to reply by"),
        "today": _("the day the request is made"),
        "people": _("the organisation's current staff in the pack"),
        "overdue": _("its people overdue or expired on a training requirement"),
        "expiring": _("its people whose training expires within the warning window"),
        "window": _("the warning window in days (60 unless changed)"),
        "actions_due": _("open actions it leads or supports that are due by the reply date"),
        "actions_overdue": _("of those, the ones already overdue"),
        "password_note": _("a line saying the password comes separately (empty when not protected)"),
        "sender": _("the lead organisation's Prevent contact"),
    }


def check_template(text: str) -> str:
    """The template, refused with a sentence when it is empty, too long or names an unknown placeholder."""
    if not text or not text.strip():
        raise ValidationError(_("The message template is empty: write the message, or leave the default."))
    if len(text) > MAX_TEMPLATE:
        raise ValidationError(
            _("The message template is {n} characters long; at most {limit} fit.").format(
                n=len(text), limit=MAX_TEMPLATE
            )
        )
    known = placeholders()
    unknown = sorted({m for m in _PLACEHOLDER.findall(text) if m not in known})
    if unknown:
        raise ValidationError(
            _("The message template names {{{name}}}, which is not a placeholder: use {names}.").format(
                name=unknown[0], names=", ".join("{" + k + "}" for k in known)
            ),
            field="template",
        )
    return text


def read_template(path: str | Path) -> str:
    """A template from a text file (UTF-8), checked."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise ValidationError(_("There is no message file at {path}.").format(path=path)) from None
    except UnicodeDecodeError:
        raise ValidationError(
            _("{name} is not a text file: save the message as plain text (UTF-8).").format(name=path.name)
        ) from None
    except OSError as exc:
        raise ValidationError(
            _("Cannot read {name}: {reason}.").format(name=path.name, reason=exc.strerror or exc)
        ) from None
    return check_template(text)


def password_note() -> str:
    return _(
        "The workbook is protected with a password, which I will send you separately. Please keep the "
        "password when you save it."
    )


@dataclass(frozen=True)
class Figures:
    """The numbers a request's message gives one partner."""

    people: int
    overdue: int
    expiring: int
    window: int
    actions_due: int
    actions_overdue: int


def render(
    template: str,
    *,
    contact: str,
    organisation: str,
    plan: str,
    due: date,
    today: date,
    figures: Figures,
    protected: bool,
    sender: str,
) -> str:
    """The message body: the template with its placeholders filled in.

    A protected pack's message always says that the password comes separately: when the
    template has no ``{password_note}``, the sentence is added before the end.
    """
    values = {
        "contact": contact or _("colleague"),
        "organisation": organisation,
        "plan": plan,
        "due": format_date(due),
        "today": format_date(today),
        "people": str(figures.people),
        "overdue": str(figures.overdue),
        "expiring": str(figures.expiring),
        "window": str(figures.window),
        "actions_due": str(figures.actions_due),
        "actions_overdue": str(figures.actions_overdue),
        "password_note": password_note() if protected else "",
        "sender": sender,
    }
    body = _PLACEHOLDER.sub(lambda m: values.get(m[1], m[0]), template)
    if protected and "{password_note}" not in template:
        body = body.rstrip("\n") + "\n\n" + password_note() + "\n"
    # An empty placeholder on a line of its own leaves no run of blank lines behind it.
    body = re.sub(r"\n{3,}", "\n\n", body).strip("\n") + "\n"
    return body


def subject(plan: str, organisation: str, due: date, *, reminder: bool = False) -> str:
    text = _("{plan}: update request for {organisation}, due {due}").format(
        plan=plan, organisation=organisation, due=format_date(due)
    )
    return _("Reminder: {subject}").format(subject=text) if reminder else text


def reminder_opening(organisation: str, due: date, today: date) -> str:
    if due < today:
        return _("A reminder: we have not yet had {organisation}'s update, which was due by {due}.").format(
            organisation=organisation, due=format_date(due)
        )
    return _("A reminder: {organisation}'s update is due by {due}.").format(
        organisation=organisation, due=format_date(due)
    )


def address(name: str, email: str) -> Address:
    """An address for a header; the display name may hold any letters (encoded as RFC 2047 needs)."""
    username, _at, domain = email.partition("@")
    return Address(display_name=name, username=username, domain=domain)


def build_message(
    *,
    to: Address,
    sender: Address | None,
    subject_text: str,
    body: str,
    attachment: Path,
    now: datetime,
) -> EmailMessage:
    """The draft: headers, the plain-text body and the pack attached exactly as it is on disk."""
    message = EmailMessage(policy=SMTP)
    if sender is not None:
        message["From"] = sender
    message["To"] = to
    message["Subject"] = subject_text
    message["Date"] = format_datetime(now)
    message["Message-ID"] = make_msgid(domain="actionplan.local")
    message["X-Unsent"] = "1"  # Outlook opens the file as a message to send, not one received
    message.set_content(body)
    message.add_attachment(
        attachment.read_bytes(), maintype=XLSX_TYPE[0], subtype=XLSX_TYPE[1], filename=attachment.name
    )
    return message


def write_message(message: EmailMessage, path: Path) -> None:
    """Write the draft to a temporary name beside ``path`` and rename it, so no half-file is left."""
    temporary = path.with_name(f".{path.stem}-{uuid_module.uuid4().hex[:12]}.eml.part")
    try:
        temporary.write_bytes(message.as_bytes(policy=SMTP))
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def file_stem(organisation: str, what: str, day: date) -> str:
    """ "St Aidan's Primary School - update request 2026-11-28": safe on Windows, macOS and Linux."""
    name = _UNSAFE.sub(" ", organisation)
    name = " ".join(name.split()).strip(" .")[:120] or _("Organisation")
    return f"{name} - {what} {day.isoformat()}"

"""Request rounds: write each partner its pack and an email draft, remind those outstanding, and
recognise a pack when it comes back through an import.

Every service takes a unit of work (not yet entered; its source, screen or command, goes into
the change log) and plain arguments, and returns plain read models. A round writes all its
files first and records the requests in one transaction afterwards: when anything fails, the
files it wrote are removed and nothing is recorded.
"""

import shutil
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from sqlmodel import select

from actionplan import clock
from actionplan.domain.dates import format_date
from actionplan.domain.text import match_key
from actionplan.errors import ActionPlanError, ValidationError
from actionplan.i18n import _, ngettext
from actionplan.requests import drafts
from actionplan.requests.changes import pack_changed_since
from actionplan.requests.figures import Candidate, RoundFacts, list_candidates, load_round, partner_figures
from actionplan.requests.status import (
    CHANGE_KINDS,
    RequestView,
    changes_words,
    contact_text,
    latest_rows,
    to_view,
)
from actionplan.storage.models import AppSetting, Organisation, UpdateRequest
from actionplan.storage.uow import UnitOfWork

DEFAULT_DUE_DAYS = 14
TEMPLATE_SETTING = "request_template"

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]


class RequestsCancelled(ActionPlanError):
    """The user stopped a round; the files it had written were removed and nothing was recorded."""

    def __init__(self) -> None:
        super().__init__(_("The update requests were stopped: nothing was written or recorded."))


@dataclass(frozen=True)
class Written:
    """One partner's pack and draft, as a round or a reminder wrote them."""

    organisation: str
    contact: str
    pack: Path
    draft: Path
    export_id: str
    protected: bool
    reused: bool = False  # a reminder attaching the pack already sent (nothing changed since)


@dataclass(frozen=True)
class RoundResult:
    """What ``send_requests`` or ``send_reminders`` did.

    Attributes:
        written: a pack and a draft per partner.
        no_contact: organisations left out because they have no Prevent contact's email.
        not_involved: organisations asked for that have no people and no actions in the plan.
        due: the reply date.
        reminder: True for reminders.
    """

    written: list[Written] = field(default_factory=list)
    no_contact: list[str] = field(default_factory=list)
    not_involved: list[str] = field(default_factory=list)
    due: date | None = None
    reminder: bool = False

    def lines(self) -> list[str]:
        """What happened, one sentence a line (for the command line and the window)."""
        lines = []
        for w in self.written:
            what = _("reminder") if self.reminder else _("request")
            pack = _("the same pack as before") if w.reused else w.pack.name
            lines.append(
                _("{organisation}: {what} to {contact} in {draft}, with {pack}{protected}.").format(
                    organisation=w.organisation,
                    what=what,
                    contact=w.contact,
                    draft=w.draft.name,
                    pack=pack,
                    protected=_(" (protected with the password)") if w.protected else "",
                )
            )
        for name in self.no_contact:
            lines.append(
                _(
                    "{organisation}: left out, it has no Prevent contact. Add the contact's email in "
                    "Organisations, then send its request again."
                ).format(organisation=name)
            )
        for name in self.not_involved:
            lines.append(
                _("{organisation}: left out, it has no people and no actions in the plan.").format(
                    organisation=name
                )
            )
        if not self.written and not self.reminder and not (self.no_contact or self.not_involved):
            lines.append(_("No organisation has people or actions in the plan: there is nothing to request."))
        return lines


# ---------------------------------------------------------------- the message template


def saved_template(uow: UnitOfWork) -> str:
    """The message template used last (the default one until a round is sent with another)."""
    with uow:
        row = uow.session.get(AppSetting, TEMPLATE_SETTING)
        if row is not None and isinstance(row.value, str) and row.value.strip():
            return row.value
    return drafts.default_template()


def _save_template(uow: UnitOfWork, text: str) -> None:
    """Remember the template (inside the round's transaction); the default is not stored."""
    row = uow.session.get(AppSetting, TEMPLATE_SETTING)
    if text == drafts.default_template():
        if row is not None:
            uow.session.delete(row)
        return
    if row is None:
        uow.session.add(AppSetting(key=TEMPLATE_SETTING, value=text))
    else:
        row.value = text


# ---------------------------------------------------------------- choosing organisations


def _choose(candidates: list[Candidate], names: Sequence[str] | None, uow: UnitOfWork) -> tuple[list, list]:
    """The candidates named (by name, short name or alias), and the named organisations without a pack."""
    if not names:
        return candidates, []
    with uow:
        orgs = uow.session.exec(select(Organisation)).all()
        keys: dict[str, Organisation] = {}
        for org in orgs:
            for text in (org.name, org.short_name, *(org.aliases or ())):
                if match_key(text):
                    keys.setdefault(match_key(text), org)
        by_id = {c.organisation_id: c for c in candidates}
        chosen, not_involved = [], []
        for name in names:
            org = keys.get(match_key(name))
            if org is None:
                raise ValidationError(
                    _("There is no organisation called “{name}”. Organisations: {names}.").format(
                        name=name, names=", ".join(sorted(o.name for o in orgs)) or _("none yet")
                    ),
                    field="organisations",
                )
            if org.id in by_id:
                if by_id[org.id] not in chosen:
                    chosen.append(by_id[org.id])
            elif org.name not in not_involved:
                not_involved.append(org.name)
    return sorted(chosen, key=lambda c: c.name.casefold()), not_involved


def _folder(out_dir: str | Path) -> Path:
    folder = Path(out_dir).expanduser()
    if folder.exists() and not folder.is_dir():
        raise ValidationError(
            _("{path} is a file: give a folder for the packs and drafts.").format(path=folder)
        )
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ValidationError(
            _("Cannot make the folder {path}: {reason}.").format(path=folder, reason=exc.strerror or exc)
        ) from exc
    return folder.resolve()


def _sender(uow: UnitOfWork, plan_id: int) -> tuple[drafts.Address | None, str]:
    """The lead organisation's Prevent contact: the draft's sender, and the name signing it."""
    from actionplan.storage.models import Plan

    with uow:
        plan = uow.session.get(Plan, plan_id)
        lead = (
            uow.session.get(Organisation, plan.lead_organisation_id)
            if plan and plan.lead_organisation_id
            else None
        )
        if lead is None or not lead.contact_email:
            return None, lead.contact_name if lead else ""
        return drafts.address(lead.contact_name, lead.contact_email), lead.contact_name or lead.name


def _plan_name(uow: UnitOfWork, plan_id: int) -> str:
    from actionplan.services.plans import get_plan

    return get_plan(uow, plan_id).name


# ---------------------------------------------------------------- one pack and its draft


@dataclass
class _Job:
    """The files of one partner, written but not yet recorded."""

    candidate: Candidate
    pack: Path
    draft: Path
    export_id: str
    protected: bool
    new_pack: bool
    contact_name: str
    contact_email: str


def _export_pack(
    uow: UnitOfWork, plan_id: int, org_id: int, path: Path, on: date, password: str | None, loaded: RoundFacts
) -> str:
    from actionplan.exchange.export import export_workbook

    # The plan's compliance, read once for the round, gives linked actions their progress. A
    # password encrypts the pack from memory: no unprotected copy is ever written.
    summary = export_workbook(
        uow,
        plan_id,
        path,
        kind="partner",
        partner=org_id,
        on=on,
        compliance=loaded.compliance,
        password=password,
    )
    return summary.export_id


def _write_draft(
    path: Path,
    *,
    candidate: Candidate,
    contact_name: str,
    contact_email: str,
    plan: str,
    due: date,
    on: date,
    figures: drafts.Figures,
    template: str,
    protected: bool,
    sender: tuple[drafts.Address | None, str],
    pack: Path,
    reminder: bool,
) -> None:
    body = drafts.render(
        template,
        contact=contact_name,
        organisation=candidate.name,
        plan=plan,
        due=due,
        today=on,
        figures=figures,
        protected=protected,
        sender=sender[1],
    )
    if reminder:
        body = drafts.reminder_opening(candidate.name, due, on) + "\n\n" + body
    message = drafts.build_message(
        to=drafts.address(contact_name, contact_email),
        sender=sender[0],
        subject_text=drafts.subject(plan, candidate.name, due, reminder=reminder),
        body=body,
        attachment=pack,
        now=clock.now(),
    )
    drafts.write_message(message, path)


def _remove(jobs: list[_Job]) -> None:
    for job in jobs:
        job.draft.unlink(missing_ok=True)
        if job.new_pack:
            job.pack.unlink(missing_ok=True)


def _tick(progress: Progress | None, cancel: Cancel | None, done: int, total: int) -> None:
    if cancel is not None and cancel():
        raise RequestsCancelled()
    if progress is not None:
        progress(done, total)


# ---------------------------------------------------------------- a round


def send_requests(
    uow: UnitOfWork,
    plan_id: int,
    out_dir: str | Path,
    *,
    due: date | None = None,
    organisations: Sequence[str] | None = None,
    template: str | None = None,
    password: str | None = None,
    on: date | None = None,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> RoundResult:
    """Write, for each chosen organisation with people or actions in the plan, its pack and a draft.

    Files are named ``<organisation> - update request <yyyy-mm-dd>.xlsx`` and ``.eml`` in
    ``out_dir`` (made when missing). Organisations without a Prevent contact's email are left
    out and listed in the result. Each request is recorded (organisation, contact, sent and
    due dates, the pack's Export ID); a request still outstanding for the same organisation
    is replaced by the new one, and its packs are still recognised when they come back.

    Args:
        uow: a unit of work, not yet entered.
        due: the date to reply by (default: two weeks from ``on``).
        organisations: names, short names or aliases; None for every organisation with a pack.
        template: the message (see ``drafts.placeholders``); None for the one used last.
        password: encrypt every pack with it (the message then says it comes separately).
        on: the day of the round (default today).
        progress: called as ``progress(done, total)`` in organisations.
        cancel: returning True stops the round (RequestsCancelled); nothing is kept.

    Raises:
        ValidationError: a bad date, organisation, template, password or folder.
    """
    on = on or clock.today()
    due = due or on + timedelta(days=DEFAULT_DUE_DAYS)
    if due < on:
        raise ValidationError(
            _("The reply date {due} is before the day of the request ({on}): choose a later date.").format(
                due=format_date(due), on=format_date(on)
            ),
            field="due",
        )
    template = drafts.check_template(template) if template is not None else saved_template(uow)
    if password:
        from actionplan.protection.workbooks import check_password

        check_password(password)
    loaded = load_round(uow, plan_id, on)
    candidates, not_involved = _choose(list_candidates(uow, plan_id, loaded.actions), organisations, uow)
    folder = _folder(out_dir)
    result = RoundResult(due=due, not_involved=not_involved)
    sending = [c for c in candidates if c.has_contact]
    result.no_contact.extend(c.name for c in candidates if not c.has_contact)
    if not sending:
        return result
    plan = _plan_name(uow, plan_id)
    figures = partner_figures(uow, plan_id, on, due, loaded)
    sender = _sender(uow, plan_id)
    jobs: list[_Job] = []
    try:
        for index, candidate in enumerate(sending):
            _tick(progress, cancel, index, len(sending))
            stem = drafts.file_stem(candidate.name, _("update request"), on)
            pack, draft = folder / f"{stem}.xlsx", folder / f"{stem}.eml"
            export_id = _export_pack(uow, plan_id, candidate.organisation_id, pack, on, password, loaded)
            job = _Job(
                candidate, pack, draft, export_id, bool(password), True,
                candidate.contact_name, candidate.contact_email,
            )  # fmt: skip
            jobs.append(job)
            _write_draft(
                draft,
                candidate=candidate,
                contact_name=candidate.contact_name,
                contact_email=candidate.contact_email,
                plan=plan,
                due=due,
                on=on,
                figures=figures[candidate.organisation_id],
                template=template,
                protected=bool(password),
                sender=sender,
                pack=pack,
                reminder=False,
            )
        _tick(progress, cancel, len(sending), len(sending))
        _record_round(uow, plan_id, jobs, on, due, template)
    except BaseException:
        _remove(jobs)
        raise
    result.written.extend(_written(job) for job in jobs)
    return result


def _written(job: _Job, reused: bool = False) -> Written:
    return Written(
        job.candidate.name,
        contact_text(job.contact_name, job.contact_email),
        job.pack,
        job.draft,
        job.export_id,
        job.protected,
        reused,
    )


def _record_round(
    uow: UnitOfWork, plan_id: int, jobs: list[_Job], on: date, due: date, template: str
) -> None:
    with uow:
        session = uow.session
        for job in jobs:
            org_id = job.candidate.organisation_id
            earlier: list[str] = []
            for row in session.exec(
                select(UpdateRequest).where(
                    UpdateRequest.plan_id == plan_id,
                    UpdateRequest.organisation_id == org_id,
                    UpdateRequest.returned_on.is_(None),  # type: ignore[union-attr]
                )
            ).all():
                # A request not returned is replaced by this one: its packs still count as this one's.
                earlier += [row.export_id, *(row.earlier_export_ids or ())]
            session.add(
                UpdateRequest(
                    plan_id=plan_id,
                    organisation_id=org_id,
                    contact_name=job.contact_name,
                    contact_email=job.contact_email,
                    sent_on=on,
                    due_on=due,
                    export_id=job.export_id,
                    earlier_export_ids=list(dict.fromkeys(earlier)),
                    pack_path=str(job.pack),
                    draft_path=str(job.draft),
                    protected=job.protected,
                )
            )
        _save_template(uow, template)
        uow.commit(
            ngettext(
                "Requested an update from {n} organisation, due {due}",
                "Requested updates from {n} organisations, due {due}",
                len(jobs),
            ).format(n=len(jobs), due=format_date(due))
        )


# ---------------------------------------------------------------- reminders


def send_reminders(
    uow: UnitOfWork,
    plan_id: int,
    out_dir: str | Path | None = None,
    *,
    organisations: Sequence[str] | None = None,
    template: str | None = None,
    password: str | None = None,
    on: date | None = None,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> RoundResult:
    """A new draft for each partner whose latest request is outstanding.

    The draft attaches the pack already sent when nothing in it has changed since (and the
    file is still there); otherwise a fresh pack is made, and the earlier one is still
    recognised when it comes back. The draft is written beside the pack (or in ``out_dir``,
    with the pack copied there).

    Raises:
        ValidationError: an organisation that has no request outstanding, or a protected
            pack that must be made again without a password.
    """
    on = on or clock.today()
    template = drafts.check_template(template) if template is not None else saved_template(uow)
    if password:
        from actionplan.protection.workbooks import check_password

        check_password(password)
    folder = _folder(out_dir) if out_dir is not None else None
    with uow:
        outstanding = [
            (to_view(row, name), row.organisation_id)
            for row, name in latest_rows(uow, plan_id)
            if row.returned_on is None
        ]
        contacts = {
            org.id: (org.contact_name, org.contact_email)
            for org in uow.session.exec(select(Organisation)).all()
        }
    if organisations:
        wanted = {match_key(n) for n in organisations}
        known = {match_key(v.organisation) for v, _id in outstanding}
        missing = [n for n in organisations if match_key(n) not in known]
        if missing:
            raise ValidationError(
                _(
                    "{name} has no update request outstanding: only outstanding requests get reminders."
                ).format(name=missing[0]),
                field="organisations",
            )
        outstanding = [(v, i) for v, i in outstanding if match_key(v.organisation) in wanted]
    result = RoundResult(reminder=True)
    if not outstanding:
        return result
    loaded = load_round(uow, plan_id, on)
    candidates = {c.organisation_id: c for c in list_candidates(uow, plan_id, loaded.actions)}
    plan = _plan_name(uow, plan_id)
    due_dates = {v.due_on for v, _i in outstanding}
    figures = {d: partner_figures(uow, plan_id, on, d, loaded) for d in due_dates}
    sender = _sender(uow, plan_id)
    jobs: list[tuple[_Job, RequestView, bool]] = []
    try:
        for index, (view, org_id) in enumerate(outstanding):
            _tick(progress, cancel, index, len(outstanding))
            name, email = contacts.get(org_id, ("", ""))
            if not email:
                name, email = view.contact_name, view.contact_email
            candidate = candidates.get(org_id) or Candidate(org_id, view.organisation, name, email, 0, 0)
            if not email:
                result.no_contact.append(view.organisation)
                continue
            job, reused = _reminder_pack(uow, plan_id, view, candidate, folder, on, password, loaded)
            job.contact_name, job.contact_email = name, email
            jobs.append((job, view, reused))
            _write_draft(
                job.draft,
                candidate=candidate,
                contact_name=name,
                contact_email=email,
                plan=plan,
                due=view.due_on,
                on=on,
                figures=figures[view.due_on][org_id],
                template=template,
                protected=job.protected,
                sender=sender,
                pack=job.pack,
                reminder=True,
            )
        _tick(progress, cancel, len(outstanding), len(outstanding))
        _record_reminders(uow, jobs, on)
    except BaseException:
        _remove([job for job, _v, _r in jobs])
        raise
    result.written.extend(_written(job, reused) for job, _v, reused in jobs)
    return result


def _reminder_pack(
    uow: UnitOfWork,
    plan_id: int,
    view: RequestView,
    candidate: Candidate,
    folder: Path | None,
    on: date,
    password: str | None,
    loaded: RoundFacts,
) -> tuple[_Job, bool]:
    """The pack a reminder attaches: the one sent, when unchanged and still on disk; else a new one."""
    old = Path(view.pack_path) if view.pack_path else None
    with uow:
        changed = pack_changed_since(uow.session, plan_id, view.organisation_id, view.export_id)
    target = folder or (old.parent if old is not None else None)
    if target is None:
        raise ValidationError(_("Give a folder for the reminders."), field="folder")
    stem = drafts.file_stem(candidate.name, _("reminder"), on)
    draft = target / f"{stem}.eml"
    if old is not None and old.is_file() and not changed:
        pack, new_pack = old, False
        if target != old.parent:
            pack = target / old.name
            shutil.copyfile(old, pack)
            new_pack = True
        job = _Job(candidate, pack, draft, view.export_id, view.protected, new_pack, "", "")
        return job, True
    if view.protected and not password:
        raise ValidationError(
            _(
                "{organisation}'s pack has changed since it was sent and must be made again, and it was "
                "protected with a password: give the password again."
            ).format(organisation=candidate.name),
            field="password",
        )
    pack = target / f"{drafts.file_stem(candidate.name, _('update request'), on)}.xlsx"
    export_id = _export_pack(uow, plan_id, view.organisation_id, pack, on, password, loaded)
    return _Job(candidate, pack, draft, export_id, bool(password), True, "", ""), False


def _record_reminders(uow: UnitOfWork, jobs: list[tuple[_Job, RequestView, bool]], on: date) -> None:
    if not jobs:
        return
    with uow:
        for job, view, reused in jobs:
            row = uow.session.get(UpdateRequest, view.id)
            assert row is not None
            row.reminders += 1
            row.reminded_on = on
            row.draft_path = str(job.draft)
            row.contact_name, row.contact_email = job.contact_name, job.contact_email
            if not reused:
                row.earlier_export_ids = list(dict.fromkeys([*row.earlier_export_ids, row.export_id]))
                row.export_id = job.export_id
                row.protected = job.protected
            row.pack_path = str(job.pack)
        uow.commit(
            ngettext("Reminded {n} organisation", "Reminded {n} organisations", len(jobs)).format(n=len(jobs))
        )


# ---------------------------------------------------------------- a pack coming back


@dataclass(frozen=True)
class ReturnNote:
    """What an import did to the request its file answers."""

    organisation: str
    outcome: str  # "returned", "unchanged" (returned before; this copy changed nothing) or "added"
    message: str


def find_request(uow: UnitOfWork, plan_id: int, export_id: str | None) -> RequestView | None:
    """The request whose pack (latest or earlier) has this Export ID, or None."""
    if not export_id:
        return None
    with uow:
        row = _find_row(uow, plan_id, export_id)
        if row is None:
            return None
        org = uow.session.get(Organisation, row.organisation_id)
        return to_view(row, org.name if org else "")


def _find_row(uow: UnitOfWork, plan_id: int, export_id: str) -> UpdateRequest | None:
    """The latest request whose pack, or an earlier pack it replaced, has this Export ID."""
    rows = uow.session.exec(
        select(UpdateRequest).where(UpdateRequest.plan_id == plan_id).order_by(UpdateRequest.id.desc())  # type: ignore[union-attr]
    ).all()
    for row in rows:
        if row.export_id == export_id or export_id in (row.earlier_export_ids or ()):
            return row
    return None


def note_return(uow: UnitOfWork, plan_id: int, export_id: str | None, changes: dict[str, int],
                file_name: str, on: date) -> ReturnNote | None:  # fmt: skip
    """Mark the request answered by an import returned, inside the import's own transaction.

    ``uow`` is the import's entered unit of work, so undoing the import puts the request back
    as it was. The first return sets the returned date and what it changed; a later copy of
    the same pack adds its changes, or is reported "unchanged" when it changed nothing.
    """
    if not export_id:
        return None
    row = _find_row(uow, plan_id, export_id)
    if row is None:
        return None
    org = uow.session.get(Organisation, row.organisation_id)
    name = org.name if org else ""
    counted = {k: int(changes.get(k, 0)) for k in CHANGE_KINDS}
    if row.returned_on is None:
        row.returned_on = on
        row.returned_changes = counted
        row.returned_file = file_name[:300]
        return ReturnNote(
            name,
            "returned",
            _(
                "This is {organisation}'s update request of {sent} (due {due}): marked returned, {changes}."
            ).format(
                organisation=name,
                sent=format_date(row.sent_on),
                due=format_date(row.due_on),
                changes=changes_words(counted),
            ),
        )
    if not any(counted.values()):
        return ReturnNote(
            name,
            "unchanged",
            _(
                "This is {organisation}'s update request of {sent}, already returned on {returned}: "
                "unchanged, this copy changed nothing."
            ).format(organisation=name, sent=format_date(row.sent_on), returned=format_date(row.returned_on)),
        )
    before = dict(row.returned_changes or {})
    row.returned_changes = {k: int(before.get(k, 0)) + counted[k] for k in CHANGE_KINDS}
    return ReturnNote(
        name,
        "added",
        _(
            "This is {organisation}'s update request of {sent}, already returned on {returned}: "
            "this copy's changes ({changes}) were added to it."
        ).format(
            organisation=name,
            sent=format_date(row.sent_on),
            returned=format_date(row.returned_on),
            changes=changes_words(counted),
        ),
    )

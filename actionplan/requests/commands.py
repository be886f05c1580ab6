"""The ``actionplan requests`` commands: send a round of update requests, remind, and see who has returned."""

import argparse
import json
from pathlib import Path
from typing import Any

from actionplan.i18n import _

EXIT_OK = 0
EXIT_ATTENTION = 1  # some partners asked for were left out (no Prevent contact, or nothing to ask)


def _date(text: str):
    from actionplan.cli import _as_of

    return _as_of(text)


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "requests",
        help=_(
            "ask every partner for its update (a pack and an email draft each) and see who has returned it"
        ),
        description=_(
            "Update requests: each partner organisation gets its own pack (its people and the actions it "
            "leads or supports) and an email draft to its Prevent contact; importing the pack when it "
            "comes back marks the request returned. Nothing is ever sent by the application: open the "
            "drafts in Outlook or Thunderbird to send them."
        ),
    )
    sub = p.add_subparsers(dest="requests_command", metavar="ACTION", required=True, parser_class=type(p))

    send = sub.add_parser(
        "send",
        help=_("write each partner's pack and email draft into a folder"),
        description=_(
            "Write, for each organisation with people or actions in the plan, its pack "
            "('<organisation> - update request <date>.xlsx') and an email draft (.eml) beside it. "
            "Exit status: 0 done; 1 some organisations were left out because they have no Prevent "
            "contact, or no people or actions in the plan (they are listed); 2 bad usage."
        ),
    )
    send.add_argument("outdir", type=Path, metavar="OUTDIR", help=_("the folder for the packs and drafts"))
    send.add_argument(
        "--due", type=_date, default=None, metavar="DATE", help=_("reply by (default: in 14 days)")
    )
    send.add_argument(
        "--org",
        action="append",
        default=None,
        metavar="NAME",
        help=_("only this organisation (name, short name or alias); repeat for more"),
    )
    send.add_argument(
        "--message-file",
        type=Path,
        default=None,
        metavar="F",
        help=_("the message as a text file, with placeholders such as {contact} and {due}"),
    )
    send.add_argument("--json", action="store_true", help=_("print one JSON object"))
    send.set_defaults(handler=cmd_send)

    remind = sub.add_parser(
        "remind",
        help=_("write a reminder draft for each partner that has not returned its pack"),
        description=_(
            "Write a new email draft for each outstanding request, attaching the same pack when nothing "
            "in it has changed since it was sent (else a fresh one). Drafts go beside the packs, or "
            "into OUTDIR."
        ),
    )
    remind.add_argument("outdir", type=Path, nargs="?", default=None, metavar="OUTDIR")
    remind.add_argument("--org", action="append", default=None, metavar="NAME")
    remind.add_argument("--message-file", type=Path, default=None, metavar="F")
    remind.add_argument("--json", action="store_true", help=_("print one JSON object"))
    remind.set_defaults(handler=cmd_remind)

    status = sub.add_parser("status", help=_("each partner's latest request: sent, due, returned"))
    status.add_argument("--json", action="store_true", help=_("print one JSON object"))
    status.set_defaults(handler=cmd_status)

    from actionplan.cli import _add_as_of, _add_secret_options

    # --as-of, --password-env (protect every pack) and --passphrase-env after the action too,
    # as after any command.
    for action in sub.choices.values():
        _add_as_of(action, default=argparse.SUPPRESS)
        _add_secret_options(action, default=argparse.SUPPRESS)


def _template(args: argparse.Namespace) -> str | None:
    from actionplan.requests.drafts import read_template

    return read_template(args.message_file) if args.message_file is not None else None


def _password(args: argparse.Namespace) -> str | None:
    from actionplan.protection.secrets import secret_from_env

    return secret_from_env(getattr(args, "password_env", None), what=_("the password for the packs"))


def _round_json(result: Any) -> dict[str, Any]:
    return {
        "due": result.due.isoformat() if result.due else None,
        "written": [
            {
                "organisation": w.organisation,
                "contact": w.contact,
                "pack": str(w.pack),
                "draft": str(w.draft),
                "export_id": w.export_id,
                "protected": w.protected,
                "reused": w.reused,
            }
            for w in result.written
        ],
        "no_contact": list(result.no_contact),
        "not_involved": list(result.not_involved),
    }


def _report(result: Any, as_json: bool) -> int:
    if as_json:
        print(json.dumps(_round_json(result), indent=2, ensure_ascii=False))
    else:
        for line in result.lines():
            print(line)
    return EXIT_ATTENTION if result.no_contact or result.not_involved else EXIT_OK


def cmd_send(args: argparse.Namespace, ctx: Any) -> int:
    from actionplan.domain.enums import ChangeSource
    from actionplan.requests.service import send_requests
    from actionplan.services import plans

    template = _template(args)
    password = _password(args)
    db = ctx.open()
    try:
        plan = plans.find_plan(db.unit_of_work(), ctx.plan)
        result = send_requests(
            db.unit_of_work(source=ChangeSource.COMMAND),
            plan.id,
            args.outdir,
            due=args.due,
            organisations=args.org,
            template=template,
            password=password,
        )
    finally:
        db.close()
    return _report(result, args.json)


def cmd_remind(args: argparse.Namespace, ctx: Any) -> int:
    from actionplan.domain.enums import ChangeSource
    from actionplan.requests.service import send_reminders
    from actionplan.services import plans

    template = _template(args)
    password = _password(args)
    db = ctx.open()
    try:
        plan = plans.find_plan(db.unit_of_work(), ctx.plan)
        result = send_reminders(
            db.unit_of_work(source=ChangeSource.COMMAND),
            plan.id,
            args.outdir,
            organisations=args.org,
            template=template,
            password=password,
        )
    finally:
        db.close()
    if not result.written and not result.no_contact and not args.json:
        print(_("Every request has been returned: there is nobody to remind."))
        return EXIT_OK
    return _report(result, args.json)


def cmd_status(args: argparse.Namespace, ctx: Any) -> int:
    from actionplan import clock
    from actionplan.domain.dates import format_date
    from actionplan.requests.status import list_requests, returns_summary, status_json
    from actionplan.services import plans

    db = ctx.open()
    try:
        plan = plans.find_plan(db.unit_of_work(), ctx.plan)
        requests = list_requests(db.unit_of_work(), plan.id)
    finally:
        db.close()
    if args.json:
        print(json.dumps(status_json(requests), indent=2, ensure_ascii=False))
        return EXIT_OK
    on = clock.today()
    if not requests:
        print(_("No update requests have been sent for {plan} yet.").format(plan=plan.name))
        return EXIT_OK
    print(_("{plan} — update requests as at {date}").format(plan=plan.name, date=format_date(on)))
    print(returns_summary(requests, on).sentence() + ".")
    for r in requests:
        reminded = (
            " " + _("(reminded {n}×, last {date})").format(n=r.reminders, date=format_date(r.reminded_on))
            if r.reminders
            else ""
        )
        print(
            f"  {r.organisation}: "
            + _("sent {sent} to {contact}, due {due}; {state}").format(
                sent=format_date(r.sent_on),
                contact=r.contact,
                due=format_date(r.due_on),
                state=r.describe(on),
            )
            + reminded
        )
    return EXIT_OK

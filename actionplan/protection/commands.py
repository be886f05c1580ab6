"""Commands for personal data: protect a database or change its passphrase, purge leavers, subject access."""

import argparse
import json
from pathlib import Path
from typing import Any

from actionplan.domain.dates import format_date
from actionplan.domain.enums import ChangeSource
from actionplan.i18n import _

EXIT_OK = 0


def _day(text: str):
    from actionplan.cli import _as_of

    return _as_of(text)


def register(subparsers: argparse._SubParsersAction) -> None:
    new_secret_help = _(
        "the name of an environment variable holding the new passphrase (without it, it is asked for "
        "twice at a terminal)"
    )
    p = subparsers.add_parser(
        "protect",
        help=_("encrypt the database with a passphrase (SQLCipher)"),
        description=_(
            "Encrypt the database file with a passphrase. From then on every command needs "
            "--passphrase-env VAR (or asks at a terminal), and its backups are encrypted too. "
            "Keep the passphrase safe: without it the data cannot be recovered."
        ),
    )
    p.add_argument("--new-passphrase-env", metavar="VAR", default=None, help=new_secret_help)
    p.set_defaults(handler=cmd_protect)

    p = subparsers.add_parser(
        "change-passphrase", help=_("re-encrypt a protected database with a new passphrase")
    )
    p.add_argument("--new-passphrase-env", metavar="VAR", default=None, help=new_secret_help)
    p.set_defaults(handler=cmd_change_passphrase)

    p = subparsers.add_parser(
        "unprotect", help=_("remove the passphrase: store the database unencrypted again")
    )
    p.set_defaults(handler=cmd_unprotect)

    p = subparsers.add_parser(
        "purge-leavers",
        help=_("delete people past their retention period after leaving, with their training records"),
        description=_(
            "Delete the people who left longer ago than the plan's retention period (two years unless "
            "the plan says otherwise), with their training records and exemptions, and take their "
            "details out of the change history. A backup is made first. Exit status 0."
        ),
    )
    p.add_argument(
        "--left-before",
        type=_day,
        metavar="DATE",
        default=None,
        help=_("purge the people who left before this day instead (31/03/2025 or 2025-03-31)"),
    )
    p.add_argument("--dry-run", action="store_true", help=_("list who would go, change nothing"))
    p.add_argument("--json", action="store_true", help=_("print one JSON object"))
    p.set_defaults(handler=cmd_purge_leavers)

    p = subparsers.add_parser(
        "subject-access",
        help=_("write everything held about one person to a workbook"),
        description=_(
            "Write a workbook with everything held about one person: their record, training records, "
            "requirements and states, the actions they own, and every change-history entry that "
            "mentions them. With --password-env VAR the workbook is protected with that password."
        ),
    )
    p.add_argument("person", metavar="PERSON", help=_("their email address or staff number"))
    p.add_argument("out", type=Path, metavar="OUT.xlsx", help=_("the workbook to write"))
    p.add_argument("--org", default=None, help=_("their organisation, when several use the staff number"))
    p.set_defaults(handler=cmd_subject_access)


def _new_passphrase(args: argparse.Namespace) -> str:
    from actionplan.protection.secrets import new_secret
    from actionplan.storage.cipher import check_new_passphrase

    return check_new_passphrase(new_secret(args.new_passphrase_env, what=_("the database passphrase")))


def cmd_protect(args: argparse.Namespace, ctx: Any) -> int:
    from actionplan.protection.passphrase import protect_database

    passphrase = _new_passphrase(args)
    db = ctx.open()
    try:
        change = protect_database(db, passphrase, source=ChangeSource.COMMAND)
    finally:
        db.close()
    change.database.close()
    print(change.line(_("Protected {db} with a passphrase.").format(db=change.database.display_name)))
    return EXIT_OK


def cmd_change_passphrase(args: argparse.Namespace, ctx: Any) -> int:
    from actionplan.protection.passphrase import change_passphrase

    db = ctx.open()
    try:
        change = change_passphrase(db, _new_passphrase(args), source=ChangeSource.COMMAND)
    finally:
        db.close()
    change.database.close()
    print(change.line(_("Changed the passphrase of {db}.").format(db=change.database.display_name)))
    return EXIT_OK


def cmd_unprotect(args: argparse.Namespace, ctx: Any) -> int:
    from actionplan.protection.passphrase import remove_protection

    db = ctx.open()
    try:
        change = remove_protection(db, source=ChangeSource.COMMAND)
    finally:
        db.close()
    change.database.close()
    print(
        change.line(
            _("{db} is no longer protected with a passphrase.").format(db=change.database.display_name)
        )
    )
    return EXIT_OK


def cmd_purge_leavers(args: argparse.Namespace, ctx: Any) -> int:
    from actionplan.protection.retention import preview_purge, purge_leavers

    db = ctx.open()
    try:
        preview = preview_purge(db.unit_of_work(), left_before=args.left_before, on=args.as_of)
        result = None
        if not args.dry_run and preview.leavers:
            result = purge_leavers(
                db,
                left_before=preview.left_before,
                on=preview.on,
                person_ids=[leaver.id for leaver in preview.leavers],
                source=ChangeSource.COMMAND,
            )
    finally:
        db.close()
    if args.json:
        data = preview.to_json()
        data["dry_run"] = args.dry_run
        data["purged"] = result.people if result else 0
        data["backup"] = str(result.backup) if result and result.backup else None
        print(json.dumps(data, indent=2, ensure_ascii=False))
        return EXIT_OK
    print(_("Leavers to purge: {rule}.").format(rule=preview.rule))
    for leaver in preview.leavers:
        print(
            "  "
            + _("{name} ({organisation}), left {date}, {n} training records").format(
                name=leaver.name,
                organisation=leaver.organisation or _("no organisation"),
                date=format_date(leaver.leaving_date),
                n=leaver.training_records,
            )
        )
    if not preview.leavers:
        print(_("Nobody to purge."))
    elif args.dry_run:
        print(_("Dry run: nothing was changed."))
    elif result is not None:
        print(result.line())
    return EXIT_OK


def cmd_subject_access(args: argparse.Namespace, ctx: Any) -> int:
    from actionplan.protection.subject_access import write_subject_access

    password = ctx.password() if hasattr(ctx, "password") else None
    db = ctx.open()
    try:
        report = write_subject_access(
            db,
            args.person,
            args.out,
            organisation=args.org,
            on=args.as_of,
            password=password,
            source=ChangeSource.COMMAND,
        )
    finally:
        db.close()
    print(report.line(args.out))
    if password:
        print(_("The workbook is protected with the password: send the password by another channel."))
    return EXIT_OK

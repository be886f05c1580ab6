"""The command line: the same services as the window, one clear line on stderr for user errors.

Exit status: 0 done; 1 rows rejected (import); 2 bad usage, or a file or database that
cannot be used.
"""

import argparse
import importlib
import json
import logging
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from actionplan import __version__, clock, i18n
from actionplan.bulk import skip_final_collection
from actionplan.domain.dates import format_date
from actionplan.domain.enums import ActionStatus, ChangeSource, Rag
from actionplan.errors import ActionPlanError
from actionplan.i18n import _
from actionplan.paths import AppPaths, resolve_database_url, resolve_paths

# Modules that add their own subcommands: each has ``register(subparsers)``, and each
# handler is ``handler(args, context) -> exit status``.
COMMAND_MODULES: list[str] = [
    "actionplan.exchange.commands",
    "actionplan.exchange.export_commands",
    "actionplan.reports.commands",
    "actionplan.assessment.commands",
    "actionplan.requests.commands",
    "actionplan.protection.commands",
    "actionplan.sync.commands",
]

EXIT_OK = 0
EXIT_REJECTED = 1
EXIT_USAGE = 2


@dataclass
class Context:
    """What every command gets: the resolved paths and database URL, and a way to open it."""

    paths: AppPaths
    url: str
    plan: str | None
    passphrase_env: str | None = None  # names of environment variables, never the secrets
    password_env: str | None = None

    def open(self, *, create: bool = False):
        from actionplan.protection.passphrase import passphrase_for
        from actionplan.team.connection import open_any  # a server's password comes from the keyring

        if create:
            self.paths.ensure()
        passphrase = passphrase_for(self.url, self.passphrase_env)
        return open_any(self.url, backups_dir=self.paths.backups, create=create, passphrase=passphrase)

    def password(self) -> str | None:
        """The workbook password from ``--password-env``, or None."""
        from actionplan.protection.secrets import secret_from_env

        return secret_from_env(self.password_env, what=_("the workbook password"))


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, exit 2, as for every other user error
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: {message}\n")


def _as_of(text: str) -> date:
    """A day given on the command line, read as spreadsheet dates are (day first, or ISO)."""
    from actionplan.exchange.values import parse_date

    try:
        day = parse_date(text)
    except ValueError:
        day = None
    if day is None:
        raise argparse.ArgumentTypeError(
            _("'{text}' is not a date: write it as 31/03/2026 or 2026-03-31").format(text=text)
        )
    return day


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="actionplan",
        description=_("Prevent partnership action plan and key personnel training manager."),
    )
    parser.add_argument("--version", action="version", version=f"actionplan {__version__}")
    add_global_options(parser)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    p = sub.add_parser("init", help=_("create the database and a plan"))
    p.add_argument("--template", choices=("prevent", "blank"), default="prevent")
    p.add_argument("--plan", dest="plan_name", default=None, help=_("name of the new plan"))
    p.add_argument("--area", default="", help=_("the area the partnership covers"))
    p.set_defaults(handler=cmd_init)

    p = sub.add_parser("demo", help=_("fill the database with demo data"))
    p.add_argument("--people", type=int, default=60, help=_("how many people (50000 for a county)"))
    p.add_argument("--seed", type=int, default=1, help=_("random seed: the same seed gives the same data"))
    p.set_defaults(handler=cmd_demo)

    p = sub.add_parser("status", help=_("actions by status and RAG, training compliance"))
    p.add_argument("--json", action="store_true", help=_("print one JSON object"))
    p.set_defaults(handler=cmd_status)

    p = sub.add_parser("backup", help=_("copy the database to a backup file"))
    p.add_argument(
        "dest",
        nargs="?",
        type=Path,
        default=None,
        help=_("file or folder (default: backups folder)"),
    )
    p.set_defaults(handler=cmd_backup)

    p = sub.add_parser(
        "restore", help=_("replace the database with a backup (the current one is backed up first)")
    )
    p.add_argument("file", type=Path)
    p.add_argument(
        "--backup-passphrase-env",
        default=None,
        metavar="VAR",
        help=_("for a backup made with an earlier passphrase: a variable holding that passphrase"),
    )
    p.set_defaults(handler=cmd_restore)

    p = sub.add_parser("undo", help=_("undo a batch of changes from the change history"))
    p.add_argument("batch", type=int, nargs="?", default=None, help=_("batch number (default: the latest)"))
    p.set_defaults(handler=cmd_undo)

    for module_name in COMMAND_MODULES:
        importlib.import_module(module_name).register(sub)
    for command in sub.choices.values():  # accepted after the command as well as before it
        _add_as_of(command, default=argparse.SUPPRESS)
        _add_secret_options(command, default=argparse.SUPPRESS)
    return parser


def _add_as_of(parser: argparse.ArgumentParser, default: object) -> None:
    parser.add_argument(
        "--as-of",
        type=_as_of,
        default=default,
        metavar="DATE",
        help=_("the day the figures are as at (default: today, or $ACTIONPLAN_TODAY)"),
    )


def _add_secret_options(parser: argparse.ArgumentParser, default: object) -> None:
    parser.add_argument(
        "--passphrase-env",
        default=default,
        metavar="VAR",
        help=_(
            "the name of an environment variable holding the passphrase of a protected database "
            "(without it, the passphrase is asked for at a terminal)"
        ),
    )
    parser.add_argument(
        "--password-env",
        default=default,
        metavar="VAR",
        help=_(
            "the name of an environment variable holding a workbook's password (export, import, requests)"
        ),
    )


def add_global_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", default=None, help=_("database file or SQLAlchemy URL (or $ACTIONPLAN_DB)"))
    parser.add_argument(
        "--data-dir",
        default=None,
        help=_("folder for the database, backups and logs (or $ACTIONPLAN_DATA_DIR)"),
    )
    parser.add_argument(
        "--plan", default=None, help=_("plan name or number, when the database holds several")
    )
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help=_("open the window, visit every page and exit (checks the install)"),
    )
    parser.add_argument(
        "--lang",
        default=None,
        metavar="LANG",
        help=_("the language: en (English) or cy (Cymraeg); default: the setting, else the system's"),
    )
    parser.add_argument(
        "--theme",
        default=None,
        choices=("system", "light", "dark", "high-contrast"),
        help=_("the window's colours (default: the setting, else the system's)"),
    )
    _add_as_of(parser, default=None)
    _add_secret_options(parser, default=None)


def context_from(args: argparse.Namespace) -> Context:
    paths = resolve_paths(args.data_dir)
    return Context(
        paths=paths,
        url=resolve_database_url(args.db, paths),
        plan=args.plan,
        passphrase_env=getattr(args, "passphrase_env", None),
        password_env=getattr(args, "password_env", None),
    )


def cmd_init(args: argparse.Namespace, ctx: Context) -> int:
    from actionplan.services import plans

    db = ctx.open(create=True)
    try:
        name = args.plan_name or ctx.plan or _("Prevent partnership plan")
        plan = plans.create_plan(
            db.unit_of_work(source=ChangeSource.COMMAND),
            name,
            template=args.template,
            area=args.area,
        )
        print(
            _("Created the plan '{name}' from the {template} template in {db}.").format(
                name=plan.name, template=args.template, db=db.display_name
            )
        )
    finally:
        db.close()
    return EXIT_OK


def cmd_demo(args: argparse.Namespace, ctx: Context) -> int:
    from actionplan import demo

    db = ctx.open(create=True)
    try:
        result = demo.generate(
            db.unit_of_work(source=ChangeSource.COMMAND), people=args.people, seed=args.seed
        )
        print(
            _(
                "Demo data added to {db}: {orgs} organisations, {people} people, {records} training records, "
                "{actions} actions."
            ).format(
                db=db.display_name,
                orgs=result.organisations,
                people=result.people,
                records=result.training_records,
                actions=result.actions,
            )
        )
    finally:
        db.close()
    return EXIT_OK


def cmd_status(args: argparse.Namespace, ctx: Context) -> int:
    from actionplan.services import dashboard, plans

    db = ctx.open()
    try:
        plan = plans.find_plan(db.unit_of_work(), ctx.plan)
        summary = dashboard.status_summary(db.unit_of_work(), plan.id, args.as_of)
    finally:
        db.close()
    data = summary.to_json()
    if args.json:
        print(json.dumps(data, indent=2, ensure_ascii=False))
        return EXIT_OK
    print(_("{plan} — as at {date}").format(plan=data["plan"], date=format_date(summary.as_of)))
    print(
        _("{people} people in {orgs} organisations").format(people=data["people"], orgs=data["organisations"])
    )
    acts = data["actions"]
    print(_("Actions: {total} ({overdue} overdue)").format(total=acts["total"], overdue=acts["overdue"]))
    print("  " + ", ".join(f"{ActionStatus(k).label.lower()} {v}" for k, v in acts["by_status"].items()))
    print("  " + ", ".join(f"{Rag(k).label.lower()} {v}" for k, v in acts["by_rag"].items()))
    print(_("Training requirements:"))
    for req in data["requirements"]:
        pct = "—" if req["percent"] is None else f"{req['percent']:.0f}%"
        counts = _("{overdue} overdue, {expired} expired, {due} due").format(
            overdue=req["overdue"], expired=req["expired"], due=req["due"]
        )
        rag = Rag(req["rag"]).label.upper()
        print(f"  {req['course']:<7} {pct:>5} / {req['target']}%  {rag:<6} {req['title']} ({counts})")
    return EXIT_OK


def cmd_backup(args: argparse.Namespace, ctx: Context) -> int:
    db = ctx.open()
    try:
        path = db.backup(args.dest)
    finally:
        db.close()
    print(_("Backed up to {path}").format(path=path))
    return EXIT_OK


def cmd_restore(args: argparse.Namespace, ctx: Context) -> int:
    from actionplan.protection.secrets import secret_from_env

    backup_passphrase = secret_from_env(args.backup_passphrase_env, what=_("the backup's passphrase"))
    db = ctx.open(create=True)
    try:
        safety = db.restore(args.file, backup_passphrase=backup_passphrase)
    finally:
        db.close()
    print(
        _("Restored {file}; the database as it was is kept in {safety}").format(file=args.file, safety=safety)
    )
    return EXIT_OK


def cmd_undo(args: argparse.Namespace, ctx: Context) -> int:
    from actionplan.services import history

    db = ctx.open()
    try:
        batch = args.batch
        if batch is None:
            open_batches = [b for b in history.list_batches(db.unit_of_work(), 50) if b.undoable]
            if not open_batches:
                print(_("There is nothing to undo."))
                return EXIT_OK
            batch = open_batches[0].id
        history.undo_batch(db.unit_of_work(source=ChangeSource.COMMAND), batch)
        print(_("Undid change batch {n}.").format(n=batch))
    finally:
        db.close()
    return EXIT_OK


def run(
    argv: Sequence[str] | None = None,
    *,
    no_command: Callable[[argparse.Namespace], int] | None = None,
) -> int:
    """Parse ``argv`` and run the command; without one, call ``no_command`` (the window) or show help."""
    skip_final_collection()
    i18n.preselect_from_argv(list(sys.argv[1:] if argv is None else argv))
    parser = build_parser()
    args = parser.parse_args(argv)
    if getattr(args, "handler", None) is not None:  # the window reads its Language setting itself
        i18n.set_language(i18n.choose_language(args.lang))
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s: %(message)s")
    try:
        clock.pinned_day()  # a malformed $ACTIONPLAN_TODAY is a usage error before anything runs
    except ActionPlanError as exc:
        print(f"actionplan: {exc}", file=sys.stderr)
        return EXIT_USAGE
    with clock.pinned(args.as_of):
        return _dispatch(parser, args, no_command)


def _dispatch(
    parser: argparse.ArgumentParser,
    args: argparse.Namespace,
    no_command: Callable[[argparse.Namespace], int] | None,
) -> int:
    if getattr(args, "handler", None) is None:
        if no_command is not None:
            return no_command(args)
        if args.smoke_test:
            print(
                _("actionplan: the smoke test needs the desktop application; run 'actionplan --smoke-test'."),
                file=sys.stderr,
            )
            return EXIT_USAGE
        parser.print_help()
        return EXIT_USAGE
    try:
        return args.handler(args, context_from(args))
    except ActionPlanError as exc:
        print(f"actionplan: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:  # output piped into a command that stopped reading (head, less)
        sys.stderr.close()
        return EXIT_OK
    except KeyboardInterrupt:
        print(_("actionplan: stopped; nothing more was changed."), file=sys.stderr)
        return EXIT_USAGE


def main(argv: Sequence[str] | None = None) -> int:
    return run(argv)

"""The ``export`` command: a full workbook, a partner's pack or aggregate figures, from the command line."""

import argparse
from pathlib import Path

from actionplan.domain.enums import ChangeSource
from actionplan.i18n import _


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "export",
        help=_("write a workbook: the full plan, a partner's pack or aggregate figures"),
        description=_(
            "Write an Excel workbook. Without options: the whole plan (actions, people, training "
            "records, the training matrix and requirements). --partner: one organisation's people "
            "and training and the actions it leads or supports. --aggregate: counts and "
            "percentages only, without names. --password-env VAR protects the workbook with the "
            "password held in $VAR, the way Excel does (send the password by another channel)."
        ),
    )
    p.add_argument("out", type=Path, metavar="OUT.xlsx", help=_("the workbook to write"))
    p.add_argument("--partner", metavar="ORG", default=None, help=_("organisation name, short name or alias"))
    p.add_argument("--aggregate", action="store_true", help=_("counts and percentages only, no names"))
    p.add_argument(
        "--sheets",
        metavar="S1,S2",
        default=None,
        help=_(
            "only these sheets, by name or key (summary, actions, people, training, matrix, requirements)"
        ),
    )
    p.set_defaults(handler=cmd_export)


def cmd_export(args: argparse.Namespace, ctx) -> int:
    from actionplan.cli import EXIT_OK
    from actionplan.exchange.export import check_destination, export_workbook
    from actionplan.services import plans

    check_destination(args.out)  # before opening the database: a bad name fails fast
    password = ctx.password() if hasattr(ctx, "password") else None
    sheets = [s.strip() for s in args.sheets.split(",") if s.strip()] if args.sheets else None
    kind = "aggregate" if args.aggregate else "partner" if args.partner else "full"
    db = ctx.open()
    try:
        plan = plans.find_plan(db.unit_of_work(), ctx.plan)
        result = export_workbook(
            db.unit_of_work(source=ChangeSource.COMMAND),
            plan.id,
            args.out,
            kind=kind,
            partner=args.partner,
            sheets=sheets,
            on=args.as_of,
            password=password,
        )
    finally:
        db.close()
    print(result.line())
    return EXIT_OK

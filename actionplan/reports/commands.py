"""The ``chart``, ``report`` and ``calendar`` commands: charts, the meeting pack and deadlines as files."""

import argparse
from pathlib import Path

from actionplan.i18n import _

CHART_NAMES = ("burnup", "by-organisation", "themes", "timeline", "expiries")


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "chart",
        help=_("write one chart as PNG, SVG or PDF"),
        description=_(
            "Write a chart of the plan: burnup (people trained over time per requirement), by-organisation "
            "(compliance per organisation), themes (actions by theme, RAG and status), timeline (actions by "
            "due date) or expiries (training expiring in the next 12 months). The file's extension "
            "(.png, .svg or .pdf) chooses the format."
        ),
    )
    p.add_argument(
        "name",
        choices=CHART_NAMES,
        metavar="NAME",
        help=_("one of: {names}").format(names=", ".join(CHART_NAMES)),
    )
    p.add_argument("out", type=Path, metavar="OUT.png|svg|pdf", help=_("the file to write"))
    p.add_argument(
        "--requirement",
        default=None,
        metavar="CODE",
        help=_("for burnup and by-organisation: the requirement's course code (default: all / the first)"),
    )
    p.set_defaults(handler=cmd_chart)

    p = subparsers.add_parser("report", help=_("write the meeting pack as an A4 PDF"))
    p.add_argument("out", type=Path, metavar="OUT.pdf", help=_("the PDF to write"))
    p.add_argument(
        "--names",
        action="store_true",
        help=_("list the people who are overdue by name (left out by default)"),
    )
    p.set_defaults(handler=cmd_report)

    p = subparsers.add_parser("calendar", help=_("write action and training deadlines as an .ics calendar"))
    p.add_argument("out", type=Path, metavar="OUT.ics", help=_("the calendar file to write"))
    p.set_defaults(handler=cmd_calendar)


def _check_folder(path: Path) -> None:
    from actionplan.errors import ValidationError

    if not path.parent.is_dir():
        raise ValidationError(
            _("The folder {folder} does not exist: create it or choose another place.").format(
                folder=path.parent
            )
        )


def cmd_chart(args: argparse.Namespace, ctx) -> int:
    from actionplan.charts import build_chart, save_figure
    from actionplan.cli import EXIT_OK
    from actionplan.errors import ValidationError
    from actionplan.reports.style import SAVE_FORMATS
    from actionplan.services import plans

    if args.out.suffix.lower() not in SAVE_FORMATS:  # before the work of drawing
        raise ValidationError(
            _("Charts can be saved as .png, .svg or .pdf, not '{ext}': change the file name.").format(
                ext=args.out.suffix or args.out.name
            )
        )
    _check_folder(args.out)
    db = ctx.open()
    try:
        plan = plans.find_plan(db.unit_of_work(), ctx.plan)
        fig = build_chart(args.name, db, plan.id, args.as_of, requirement=args.requirement)
    finally:
        db.close()
    save_figure(fig, args.out)
    print(_("Saved the {name} chart to {path}.").format(name=args.name, path=args.out))
    return EXIT_OK


def cmd_report(args: argparse.Namespace, ctx) -> int:
    from actionplan.cli import EXIT_OK
    from actionplan.errors import ValidationError
    from actionplan.reports.meeting_pack import write_meeting_pack
    from actionplan.services import plans

    if args.out.suffix.lower() != ".pdf":
        raise ValidationError(
            _("The meeting pack is a PDF: give a file name ending in .pdf, not '{name}'.").format(
                name=args.out.name
            )
        )
    _check_folder(args.out)
    db = ctx.open()
    try:
        plan = plans.find_plan(db.unit_of_work(), ctx.plan)
        pages = write_meeting_pack(db, plan.id, args.out, on=args.as_of, include_names=args.names)
    finally:
        db.close()
    print(_("Wrote the meeting pack ({pages} pages) to {path}.").format(pages=pages, path=args.out))
    return EXIT_OK


def cmd_calendar(args: argparse.Namespace, ctx) -> int:
    from actionplan.cli import EXIT_OK
    from actionplan.reports.calendar import write_calendar
    from actionplan.services import plans

    if args.out.suffix.lower() != ".ics":
        from actionplan.errors import ValidationError

        raise ValidationError(_("A calendar file must end in .ics, not '{name}'.").format(name=args.out.name))
    _check_folder(args.out)
    db = ctx.open()
    try:
        plan = plans.find_plan(db.unit_of_work(), ctx.plan)
        events = write_calendar(db, plan.id, args.out, on=args.as_of)
    finally:
        db.close()
    print(_("Wrote {n} deadlines to {path}.").format(n=events, path=args.out))
    return EXIT_OK

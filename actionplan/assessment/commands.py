"""The ``assessment`` command: show, rate, link evidence, turn gaps into actions, export, load templates.

actionplan assessment [--json] [--year Y] [--template KEY]
actionplan assessment new [--date DATE] [--assessor NAME]
actionplan assessment rate QUESTION [RATING] [--commentary TEXT] [--assessor NAME]
actionplan assessment evidence QUESTION (--action REF | --requirement CODE | --meeting DATE |
                                         --document PATH_OR_LINK [--review DATE]) [--label TEXT]
actionplan assessment action QUESTION [--title TEXT] [--theme NAME] [--due DATE]
actionplan assessment export OUT.xlsx|OUT.pdf
actionplan assessment templates
actionplan assessment load-template FILE.json|FILE.xlsx
"""

import argparse
import json
from pathlib import Path
from typing import Any

from actionplan.i18n import _


def _day(text: str):
    from actionplan.cli import _as_of  # the command line's one reader of typed days

    return _as_of(text)


def _common(p: argparse.ArgumentParser, *, as_of: bool = True) -> None:
    """--year and --template (and, on a subcommand, --as-of), accepted before or after the subcommand."""
    default = None if not as_of else argparse.SUPPRESS  # a subcommand keeps what came before it
    p.add_argument(
        "--year", type=int, default=default, help=_("the year's assessment (default: this year's)")
    )
    p.add_argument(
        "--template", default=default, metavar="KEY", help=_("the framework (default: the plan's)")
    )
    if as_of:
        p.add_argument(
            "--as-of",
            type=_day,
            default=argparse.SUPPRESS,
            metavar="DATE",
            help=_("the day the assessment is as at (default: today, or $ACTIONPLAN_TODAY)"),
        )


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "assessment",
        help=_("the Prevent duty self-assessment: ratings, suggestions, evidence, export"),
        description=_(
            "Rate the partnership against the benchmarks of the Prevent duty toolkit (or another "
            "framework loaded as a template). Without a subcommand, show this year's assessment "
            "with the ratings the plan's data suggests."
        ),
    )
    _common(p, as_of=False)
    p.add_argument("--json", action="store_true", help=_("print one JSON object"))
    p.set_defaults(handler=cmd_show)
    sub = p.add_subparsers(dest="assessment_command", metavar="SUBCOMMAND")

    q = sub.add_parser("new", help=_("start this year's assessment (or the year of --date)"))
    _common(q)
    q.add_argument("--date", type=_day, default=None, help=_("the assessment's date (default: today)"))
    q.add_argument("--assessor", default="", help=_("the lead assessor's name"))
    q.set_defaults(handler=cmd_new)

    q = sub.add_parser("rate", help=_("rate a question, or write its commentary"))
    _common(q)
    q.add_argument("question", help=_("the question's ID, such as C3"))
    q.add_argument(
        "rating",
        nargs="?",
        default=None,
        help=_("not assessed, not met, partially met, met or exceeding"),
    )
    q.add_argument("--commentary", default=None, help=_("the commentary (replaces the one there)"))
    q.add_argument("--assessor", default=None, help=_("who made the judgement"))
    q.set_defaults(handler=cmd_rate)

    q = sub.add_parser("evidence", help=_("link evidence to a question"))
    _common(q)
    q.add_argument("question", help=_("the question's ID, such as F2"))
    what = q.add_mutually_exclusive_group(required=True)
    what.add_argument("--action", metavar="REF", help=_("an action, by reference or title"))
    what.add_argument("--requirement", metavar="CODE", help=_("a training requirement, by course code"))
    what.add_argument("--meeting", metavar="DATE", help=_("a meeting, by date or title"))
    what.add_argument("--document", metavar="PATH_OR_LINK", help=_("a document: its path or web link"))
    q.add_argument("--label", default="", help=_("what to call the document"))
    q.add_argument("--review", type=_day, default=None, metavar="DATE", help=_("the document's next review"))
    q.set_defaults(handler=cmd_evidence)

    q = sub.add_parser("action", help=_("turn a gap (not met, partially met) into an action of the plan"))
    _common(q)
    q.add_argument("question", help=_("the question's ID"))
    q.add_argument("--title", default=None, help=_("the action's title (default: from the question)"))
    q.add_argument("--theme", default=None, help=_("the plan theme (default: the section's)"))
    q.add_argument(
        "--due", type=_day, default=None, metavar="DATE", help=_("the due date (default: in 6 months)")
    )
    q.set_defaults(handler=cmd_action)

    q = sub.add_parser("export", help=_("write the assessment as a workbook (.xlsx) or the board's PDF"))
    _common(q)
    q.add_argument("out", type=Path, metavar="OUT.xlsx|OUT.pdf", help=_("the file to write"))
    q.set_defaults(handler=cmd_export)

    q = sub.add_parser("templates", help=_("list the self-assessment templates"))
    q.add_argument("--json", action="store_true", help=_("print one JSON object"))
    q.add_argument("--as-of", type=_day, default=argparse.SUPPRESS, metavar="DATE", help=argparse.SUPPRESS)
    q.set_defaults(handler=cmd_templates)

    q = sub.add_parser(
        "load-template", help=_("load a further framework (FE, NHS, ...) from a JSON or workbook file")
    )
    q.add_argument("file", type=Path, help=_("the template file"))
    q.add_argument("--as-of", type=_day, default=argparse.SUPPRESS, metavar="DATE", help=argparse.SUPPRESS)
    q.set_defaults(handler=cmd_load_template)


def _open(ctx: Any, *, source: bool = False):
    from actionplan.domain.enums import ChangeSource
    from actionplan.services import plans

    db = ctx.open()
    plan = plans.find_plan(db.unit_of_work(), ctx.plan)

    def uow():
        return db.unit_of_work(source=ChangeSource.COMMAND) if source else db.unit_of_work()

    return db, plan, uow


def _address(args: argparse.Namespace) -> dict[str, Any]:
    return {"template": args.template, "year": args.year}


def cmd_show(args: argparse.Namespace, ctx: Any) -> int:
    from actionplan.assessment import services

    db, plan, uow = _open(ctx)
    try:
        view = services.get_assessment(uow(), plan.id, on=args.as_of, **_address(args))
    finally:
        db.close()
    if args.json:
        print(json.dumps(view.to_json(), indent=2, ensure_ascii=False))
        return 0
    _print(view)
    return 0


def _print(view) -> None:
    from actionplan.domain.dates import format_date

    state = _("saved") if view.saved else _("not started: nothing is rated yet")
    print(
        _("{plan} — self-assessment {year} as at {date} ({state})").format(
            plan=view.plan_name, year=view.year, date=format_date(view.assessed_on), state=state
        )
    )
    print(view.template_name)
    total, last = view.summary, view.last_year_summary
    line = _("{assessed} of {total} questions assessed; {gaps} gaps").format(
        assessed=total.assessed, total=total.questions, gaps=total.gaps
    )
    if total.score is not None:
        line += "; " + _("mean {score:.1f} of 4").format(score=total.score)
    if last is not None and last.score is not None and view.previous is not None:
        line += " " + _("({year}: {score:.1f})").format(year=view.previous.year, score=last.score)
    print(line)
    for section in view.sections:
        s = section.summary
        weakest = s.rating.label if s.rating else _("not assessed")
        print()
        print(f"{section.key}. {section.title} — {weakest} ({s.assessed}/{s.questions})")
        if section.note:
            print("   " + section.note)
        for q in section.questions:
            text = q.text if len(q.text) <= 70 else q.text[:69] + "…"
            extra = ""
            if q.suggestion is not None:
                extra = "  " + _("suggested: {rating}").format(rating=q.suggestion.rating.label)
            if q.last_year is not None:
                extra += "  " + _("last year: {rating}").format(rating=q.last_year.label)
            print(f"   {q.key:<4} {q.rating.label:<14} {text}{extra}")


def cmd_new(args: argparse.Namespace, ctx: Any) -> int:
    from actionplan.assessment import services
    from actionplan.domain.dates import format_date

    db, plan, uow = _open(ctx, source=True)
    try:
        day = args.date or args.as_of
        new_id = services.start_assessment(
            uow(), plan.id, template=args.template, on=day, assessor=args.assessor
        )
        view = services.get_assessment(uow(), plan.id, assessment_id=new_id)
    finally:
        db.close()
    print(
        _("Started the {year} self-assessment of {plan}, dated {date}: {n} questions.").format(
            year=view.year, plan=view.plan_name, date=format_date(view.assessed_on), n=len(view.questions)
        )
    )
    return 0


def _assessment_id(services, uow, plan_id: int, args: argparse.Namespace) -> int | None:
    """The assessment a write addresses: the one of --year (which must exist), else None (this year's)."""
    if args.year is None:
        return None
    return services.get_assessment(uow(), plan_id, template=args.template, year=args.year).id


def cmd_rate(args: argparse.Namespace, ctx: Any) -> int:
    from actionplan.assessment import services
    from actionplan.errors import ValidationError

    if args.rating is None and args.commentary is None and args.assessor is None:
        raise ValidationError(_("Give a rating, --commentary or --assessor."))
    db, plan, uow = _open(ctx, source=True)
    try:
        changed = services.rate(
            uow(),
            plan.id,
            args.question,
            rating=args.rating,
            commentary=args.commentary,
            assessor=args.assessor,
            assessment_id=_assessment_id(services, uow, plan.id, args),
            template=args.template,
            on=args.as_of,
        )
        view = services.get_assessment(uow(), plan.id, template=args.template, year=args.year, on=args.as_of)
    finally:
        db.close()
    q = view.question(args.question)
    print(
        (_("{key}: {rating}.") if changed else _("{key} is already {rating}: nothing changed.")).format(
            key=q.key, rating=q.rating.label
        )
    )
    if q.suggestion is not None and q.suggestion.rating is not q.rating:
        print(
            _("The plan's data suggests {rating}: {reasons}").format(
                rating=q.suggestion.rating.label, reasons=" ".join(q.suggestion.reasons)
            )
        )
    return 0


def cmd_evidence(args: argparse.Namespace, ctx: Any) -> int:
    from actionplan.assessment import services

    db, plan, uow = _open(ctx, source=True)
    try:
        assessment_id = _assessment_id(services, uow, plan.id, args)
        common = {"assessment_id": assessment_id, "template": args.template, "on": args.as_of}
        if args.document:
            services.add_evidence(
                uow(), plan.id, args.question, "document", location=args.document, label=args.label,
                review_on=args.review, **common,
            )  # fmt: skip
        else:
            kind, text = next(
                (k, getattr(args, k)) for k in ("action", "requirement", "meeting") if getattr(args, k)
            )
            target = services.find_evidence(uow(), plan.id, kind, text, args.as_of)
            services.add_evidence(uow(), plan.id, args.question, kind, target_uuid=target, **common)
        view = services.get_assessment(uow(), plan.id, template=args.template, year=args.year, on=args.as_of)
    finally:
        db.close()
    q = view.question(args.question)
    print(_("{key} evidence:").format(key=q.key))
    for evidence in q.evidence:
        print("  " + evidence.line())
    return 0


def cmd_action(args: argparse.Namespace, ctx: Any) -> int:
    from actionplan.assessment import services
    from actionplan.domain.dates import format_date
    from actionplan.domain.text import match_key
    from actionplan.services import plans

    db, plan, uow = _open(ctx, source=True)
    try:
        assessment_id = _assessment_id(services, uow, plan.id, args)
        view = services.get_assessment(
            uow(), plan.id, assessment_id=assessment_id, template=args.template, on=args.as_of
        )
        themes = [(t.id, t.name) for t in plans.list_themes(uow(), plan.id)]
        proposal = services.gap_action_proposal(view, args.question, themes, plan)
        theme_id, new_theme = proposal.theme_id, proposal.new_theme
        if args.theme:
            found = [tid for tid, name in themes if match_key(name) == match_key(args.theme)]
            theme_id, new_theme = (found[0], "") if found else (None, args.theme)
        action = services.create_gap_action(
            uow(),
            plan.id,
            args.question,
            title=args.title or proposal.title,
            theme_id=theme_id,
            new_theme=new_theme,
            due_date=args.due or proposal.due_date,
            description=proposal.description,
            assessment_id=view.id,
            on=args.as_of,
        )
    finally:
        db.close()
    print(
        _(
            "Added the action {ref} “{title}” under {theme}, due {due}, linked to {key} as its evidence."
        ).format(
            ref=action.ref,
            title=action.title,
            theme=action.theme_name or _("no theme"),
            due=format_date(action.due_date) or _("no date"),
            key=args.question.upper(),
        )
    )
    return 0


def cmd_export(args: argparse.Namespace, ctx: Any) -> int:
    from actionplan.errors import ValidationError

    suffix = args.out.suffix.casefold()
    if suffix not in (".xlsx", ".pdf"):
        raise ValidationError(
            _("Export the assessment as .xlsx (a workbook) or .pdf (for the board), not “{name}”.").format(
                name=args.out.name
            )
        )
    db, plan, uow = _open(ctx, source=True)
    try:
        if suffix == ".pdf":
            from actionplan.assessment.report import write_assessment_report

            pages = write_assessment_report(uow, plan.id, args.out, on=args.as_of, **_address(args))
            print(
                _("The self-assessment report ({pages} pages) written to {path}.").format(
                    pages=pages, path=args.out
                )
            )
        else:
            from actionplan.assessment.workbook import export_assessment_workbook

            done = export_assessment_workbook(uow(), plan.id, args.out, on=args.as_of, **_address(args))
            print(done.line())
    finally:
        db.close()
    return 0


def cmd_templates(args: argparse.Namespace, ctx: Any) -> int:
    from actionplan.assessment import services

    db = ctx.open()
    try:
        rows = services.list_templates(db.unit_of_work())
    finally:
        db.close()
    if args.json:
        fields = ("key", "name", "sections", "questions", "source", "assessments")
        data = [{name: getattr(t, name) for name in fields} for t in rows]
        print(json.dumps({"templates": data}, indent=2, ensure_ascii=False))
        return 0
    if not rows:
        print(_("No self-assessment template is loaded."))
    for t in rows:
        print(
            _("{key}: {name} ({sections} sections, {questions} questions; {source})").format(
                key=t.key, name=t.name, sections=t.sections, questions=t.questions, source=t.source
            )
        )
    return 0


def cmd_load_template(args: argparse.Namespace, ctx: Any) -> int:
    from actionplan.assessment import services
    from actionplan.domain.enums import ChangeSource

    db = ctx.open()
    try:
        view = services.load_template_file(db.unit_of_work(source=ChangeSource.COMMAND), args.file)
    finally:
        db.close()
    print(
        _("Loaded the template {key}: {name} ({sections} sections, {questions} questions).").format(
            key=view.key, name=view.name, sections=view.sections, questions=view.questions
        )
    )
    return 0

"""The ``actionplan copy`` command: copy a plan between two databases, merging where the target has it."""

import argparse
import json
from typing import Any

from actionplan.i18n import _, ngettext

EXIT_OK = 0
EXIT_CONFLICTS = 1

_WORDS = {
    "plans": lambda n: ngettext("{n} plan", "{n} plans", n),
    "organisations": lambda n: ngettext("{n} organisation", "{n} organisations", n),
    "courses": lambda n: ngettext("{n} course", "{n} courses", n),
    "themes": lambda n: ngettext("{n} theme", "{n} themes", n),
    "objectives": lambda n: ngettext("{n} objective", "{n} objectives", n),
    "people": lambda n: ngettext("{n} person", "{n} people", n),
    "requirements": lambda n: ngettext("{n} requirement", "{n} requirements", n),
    "exemptions": lambda n: ngettext("{n} exemption", "{n} exemptions", n),
    "training_records": lambda n: ngettext("{n} training record", "{n} training records", n),
    "meetings": lambda n: ngettext("{n} meeting", "{n} meetings", n),
    "actions": lambda n: ngettext("{n} action", "{n} actions", n),
    "action_updates": lambda n: ngettext("{n} action update", "{n} action updates", n),
}


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "copy",
        help=_("copy a plan between two databases (a laptop and a team database), merging changes"),
        description=_(
            "Copy a plan, with the people, organisations, courses and training records it uses, from "
            "one database into another, keeping their record IDs and history. Where the target already "
            "holds the plan, changes made on either side since the last copy are merged; a field "
            "changed on both sides is a conflict, listed and left as the target has it unless --prefer "
            "says which side wins. Exit status: 0 copied; 1 copied, with conflicts left; 2 a database "
            "cannot be used."
        ),
    )
    p.add_argument(
        "--from", dest="source", required=True, metavar="DB", help=_("database file or URL to copy from")
    )
    p.add_argument(
        "--to", dest="target", required=True, metavar="DB", help=_("database file or URL to copy into")
    )
    p.add_argument(
        "--plan",
        dest="copy_plan",
        default=None,
        metavar="NAME",
        help=_("the plan, when the source holds several"),
    )
    p.add_argument(
        "--prefer",
        choices=("theirs", "ours"),
        default=None,
        help=_(
            "a field changed in both databases since the last copy: take the source's value (theirs) "
            "or keep the target's (ours); default: keep the target's and list the conflict"
        ),
    )
    p.add_argument("--json", action="store_true", help=_("print one JSON object"))
    p.set_defaults(handler=cmd_copy)


def cmd_copy(args: argparse.Namespace, ctx: Any) -> int:
    from actionplan.paths import resolve_database_url
    from actionplan.sync.copy import copy_plan
    from actionplan.team.connection import open_any

    source_url = resolve_database_url(args.source, ctx.paths)
    target_url = resolve_database_url(args.target, ctx.paths)
    source = open_any(source_url, backups_dir=ctx.paths.backups)
    try:
        target = open_any(target_url, backups_dir=ctx.paths.backups, create=True)
        try:
            result = copy_plan(source, target, args.copy_plan or ctx.plan, prefer=args.prefer)
        finally:
            target.close()
    finally:
        source.close()
    if args.json:
        print(json.dumps(result.to_json(), indent=2, ensure_ascii=False))
    else:
        _print_human(result, args.prefer)
    return EXIT_CONFLICTS if result.unresolved else EXIT_OK


def _counts(counts: dict[str, int]) -> str:
    items = [_WORDS[name](n).format(n=n) for name, n in counts.items() if n]
    return ", ".join(items) if items else "0"


def conflict_line(conflict: Any) -> str:
    """“Action 1.2 Train staff, status: conflict: ours “Blocked”, theirs “Complete” (at the last copy …)”."""
    from actionplan.exchange.conflicts import conflict_words

    where = f"{conflict.label or conflict.uuid}, {conflict.field.replace('_', ' ')}"
    if conflict.field == "record":
        return f"{where}: " + _("conflict: {message}").format(message=conflict.message)
    words = conflict_words(conflict.ours, conflict.theirs, conflict.base, when=_("at the last copy"))
    return f"{where}: {words}"


def _print_human(result: Any, prefer: str | None) -> None:
    print(
        _("Copied the plan “{plan}” from {source} to {target}.").format(
            plan=result.plan, source=result.source, target=result.target
        )
    )
    print(
        "  "
        + "; ".join(
            f"{label}: {_counts(counts)}"
            for label, counts in (
                (_("new"), result.created),
                (_("updated"), result.updated),
                (_("unchanged"), result.unchanged),
            )
        )
    )
    if result.history_batches:
        print(
            "  "
            + ngettext(
                "{n} batch of change history copied.",
                "{n} batches of change history copied.",
                result.history_batches,
            ).format(n=result.history_batches)
        )
    for conflict in result.conflicts:
        print("  " + conflict_line(conflict))
    open_conflicts = len(result.unresolved)
    if open_conflicts:
        print(
            ngettext(
                "{n} field was changed in both databases since the last copy and was left as the "
                "target has it. Use --prefer theirs to take the source's value, or --prefer ours to "
                "keep the target's.",
                "{n} fields were changed in both databases since the last copy and were left as the "
                "target has them. Use --prefer theirs to take the source's values, or --prefer ours to "
                "keep the target's.",
                open_conflicts,
            ).format(n=open_conflicts)
        )
    elif result.conflicts:
        taken = sum(
            1 for c in result.conflicts if c.resolution is not None and c.resolution.value == "theirs"
        )
        print(
            _("Conflicts: {theirs} took the source's value, {ours} kept the target's.").format(
                theirs=taken, ours=len(result.conflicts) - taken
            )
        )
    for warning in result.warnings:
        print(warning)

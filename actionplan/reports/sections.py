"""The meeting pack's text pages as layout blocks: cover, changes, actions by theme, overdue lists."""

from datetime import date, timedelta
from typing import TYPE_CHECKING

from actionplan.domain.dates import format_date
from actionplan.domain.enums import ChangeSource, ComplianceState
from actionplan.i18n import _
from actionplan.reports import layout as lay
from actionplan.reports.style import GREY, RAG_STYLES

if TYPE_CHECKING:
    from actionplan.reports.meeting_pack import PackContent

NAMES_LIMIT = 2000
BATCHES_LIMIT = 40
SOURCES = {
    ChangeSource.SCREEN.value: _("In the app"),
    ChangeSource.IMPORT.value: _("Import"),
    ChangeSource.COMMAND.value: _("Command line"),
    ChangeSource.SYSTEM.value: _("System"),
}


def _pct(value: float | None) -> str:
    return "—" if value is None else f"{value:.0f}%"


def cover(c: "PackContent") -> list[lay.Block]:
    h = c.headlines
    plan = c.plan
    closed = sum(1 for a in c.summary.actions if a.status.is_closed)
    period = ""
    if plan.period_start and plan.period_end:
        period = _("Plan period {start} to {end}.").format(
            start=format_date(plan.period_start), end=format_date(plan.period_end)
        )
    where = " ".join(p for p in (_("Area: {area}.").format(area=plan.area) if plan.area else "", period) if p)
    kp_note = (
        _("{code}, target {target}%").format(code=h.key_personnel_basis, target=h.key_personnel_target)
        if h.key_personnel_target is not None
        else _("across the key personnel requirements")
    )
    blocks = [
        lay.heading(plan.name, 0),
        lay.paragraph(_("Partnership meeting pack · as at {date}").format(date=format_date(c.on)), 14, GREY),
    ]
    if where:
        blocks.append(lay.paragraph(where, 10, GREY))
    blocks.append(
        lay.key_figures(
            [
                (str(h.actions_total), _("Actions"), _("{n} complete or cancelled").format(n=closed)),
                (str(h.actions_overdue), _("Actions overdue"), _("rated red and still open")),
                (
                    str(h.actions_due_30_days),
                    _("Due in 30 days"),
                    _("by {date}").format(date=format_date(c.on + timedelta(days=30))),
                ),
                (_pct(h.key_personnel_percent), _("Key personnel trained"), kp_note),
                (
                    str(h.people_overdue),
                    _("Overdue training"),
                    _("people overdue or expired, per requirement"),
                ),
            ]
        )
    )
    blocks.append(lay.heading(_("Training requirements"), 2))
    rows = []
    for rc in c.summary.requirements:
        req = rc.requirement
        lapsed = rc.totals[ComplianceState.OVERDUE] + rc.totals[ComplianceState.EXPIRED]
        rows.append(
            lay.Row(
                [
                    req.course_code,
                    req.title,
                    str(rc.totals.audience),
                    _pct(rc.percent),
                    f"{req.target_percent}%",
                    format_date(req.deadline),
                    rc.rag.label,
                    str(lapsed),
                ],
                fills={6: RAG_STYLES[rc.rag].color},
            )
        )
    if rows:
        columns = [
            lay.Column(_("Course"), 0.7),
            lay.Column(_("Requirement"), 2.4),
            lay.Column(_("People"), 0.55, "right"),
            lay.Column(_("Trained"), 0.6, "right"),
            lay.Column(_("Target"), 0.55, "right"),
            lay.Column(_("Deadline"), 0.82),
            lay.Column(_("RAG"), 0.6),
            lay.Column(_("Overdue or expired"), 0.85, "right"),
        ]
        blocks.append(lay.table(columns, rows))
    else:
        blocks.append(lay.paragraph(_("The plan has no training requirements yet.")))
    meeting = c.changes.meeting
    blocks.append(lay.heading(_("Last meeting"), 2))
    blocks.append(
        lay.paragraph(
            _("{title}, held on {date}; its figures are compared with today's in the next section.").format(
                title=meeting.title, date=format_date(meeting.held_on)
            )
            if meeting
            else _("No meeting of this plan has been closed yet.")
        )
    )
    blocks.append(lay.heading(_("In this pack"), 2))
    sections = [
        _("Changes since the last meeting"),
        _("Charts: training over time, by organisation, expiries, actions by theme and by due date"),
        _("Actions by theme"),
        _("Overdue actions"),
        _("Overdue training by organisation"),
    ]
    if c.requests:
        sections.insert(1, _("Partners' updates: who has returned their pack"))
    blocks.append(lay.paragraph("\n".join(f"{i}.  {s}" for i, s in enumerate(sections, 1))))
    blocks.append(
        lay.paragraph(
            _("RAG ratings are written as words (Red, Amber, Green, Complete) as well as shown in colour."),
            8.5,
            GREY,
            italic=True,
        )
    )
    return blocks


def changes(c: "PackContent") -> list[lay.Block]:
    ch = c.changes
    blocks = [lay.heading(_("Changes since the last meeting"), 1)]
    if ch.meeting is None:
        blocks.append(
            lay.paragraph(
                _(
                    "No meeting of this plan has been closed yet, so there are no earlier figures to compare "
                    "with. Closing a meeting keeps a snapshot of the plan for the next pack."
                )
            )
        )
    else:
        blocks.append(
            lay.paragraph(
                _("Compared with the figures kept for the meeting of {date} ({title}).").format(
                    date=format_date(ch.meeting.held_on), title=ch.meeting.title
                )
                + " "
                + _("Overdue actions: {then} then, {now} now.").format(
                    then=ch.overdue_then, now=ch.overdue_now
                )
            )
        )
        blocks.append(lay.heading(_("Actions"), 2))
        if ch.actions:
            arrow = " → "
            rows = [
                lay.Row(
                    [
                        a.ref,
                        a.title,
                        _("New since the meeting") if a.new else (arrow.join(a.status) if a.status else ""),
                        arrow.join(a.rag) if a.rag else "",
                        f"{a.progress[0]}%{arrow}{a.progress[1]}%" if a.progress else "",
                    ],
                    bold=a.new,
                )
                for a in ch.actions
            ]
            columns = [
                lay.Column(_("Ref"), 0.45),
                lay.Column(_("Action"), 2.9),
                lay.Column(_("Status then → now"), 1.45),
                lay.Column(_("RAG then → now"), 1.15),
                lay.Column(_("Progress"), 0.92),
            ]
            blocks.append(lay.table(columns, rows))
        else:
            blocks.append(lay.paragraph(_("No action changed its status, RAG rating or progress.")))
        if ch.removed_actions:
            blocks.append(
                lay.paragraph(
                    _("{n} actions have been deleted since the meeting.").format(n=ch.removed_actions)
                )
            )
        blocks.append(lay.heading(_("Training"), 2))
        rows = []
        for r in ch.requirements:
            delta = (
                f"{r.percent_now - r.percent_then:+.0f} " + _("points")
                if r.percent_now is not None and r.percent_then is not None
                else "—"
            )
            rows.append(
                lay.Row(
                    [
                        r.course_code,
                        r.title,
                        _pct(r.percent_then),
                        _pct(r.percent_now),
                        delta,
                        f"{r.lapsed_then} → {r.lapsed_now}",
                    ]
                )
            )
        columns = [
            lay.Column(_("Course"), 0.7),
            lay.Column(_("Requirement"), 2.8),
            lay.Column(_("Then"), 0.6, "right"),
            lay.Column(_("Now"), 0.6, "right"),
            lay.Column(_("Change"), 0.9, "right"),
            lay.Column(_("Overdue or expired"), 1.2, "right"),
        ]
        blocks.append(lay.table(columns, rows) if rows else lay.paragraph(_("No training requirements.")))
    blocks.append(lay.heading(_("Change log since {date}").format(date=format_date(ch.since)), 2))
    shown = ch.batches[:BATCHES_LIMIT]
    if shown:
        rows = [
            lay.Row(
                [
                    b.at.astimezone().strftime("%d/%m/%Y %H:%M"),
                    SOURCES.get(b.source, b.source),
                    b.description + (" " + _("(undone)") if b.undone else ""),
                    str(b.entries),
                ]
            )
            for b in shown
        ]
        columns = [
            lay.Column(_("When"), 1.1),
            lay.Column(_("How"), 0.95),
            lay.Column(_("What changed"), 4.1),
            lay.Column(_("Records"), 0.72, "right"),
        ]
        blocks.append(lay.table(columns, rows))
        if len(ch.batches) > len(shown):
            blocks.append(
                lay.paragraph(
                    _("… and {n} earlier changes (see the change history in the app).").format(
                        n=len(ch.batches) - len(shown)
                    ),
                    8.5,
                    GREY,
                )
            )
    else:
        blocks.append(lay.paragraph(_("Nothing has been changed since then.")))
    return blocks


def actions_by_theme(c: "PackContent") -> list[lay.Block]:
    blocks = [lay.heading(_("Actions by theme"), 1)]
    actions = c.summary.actions
    if not actions:
        return [*blocks, lay.paragraph(_("The plan has no actions yet."))]
    rows: list[lay.Row] = []
    theme = object()
    for a in actions:
        if a.theme_name != theme:
            theme = a.theme_name
            rows.append(lay.Row([a.theme_name or _("(No theme)")], group=True))
        rows.append(action_row(a, c.on, [a.ref, a.title, a.lead_organisation_name, a.owner_name]))
    columns = [
        lay.Column(_("Ref"), 0.42),
        lay.Column(_("Action"), 2.2),
        lay.Column(_("Lead"), 1.0),
        lay.Column(_("Owner"), 0.95),
        lay.Column(_("Due"), 0.82),
        lay.Column(_("Status"), 0.8),
        lay.Column(_("RAG"), 0.68),
    ]
    return [*blocks, lay.table(columns, rows)]


def action_row(a, on: date, first: list[str], extra: tuple[str, ...] = ()) -> lay.Row:
    detail = a.rag_explanation
    if a.latest_update:
        detail += "  ·  " + _("Latest update: {text}").format(text=a.latest_update)
    cells = [*first, format_date(a.due_date), *extra, a.status.label, a.rag.label if a.rag else "—"]
    fills = {len(cells) - 1: RAG_STYLES[a.rag].color} if a.rag else {}
    return lay.Row(cells, detail=detail, fills=fills)


def overdue(c: "PackContent") -> list[lay.Block]:
    blocks = [lay.heading(_("Overdue actions"), 1)]
    overdue = c.summary.overdue_actions
    if overdue:
        columns = [
            lay.Column(_("Ref"), 0.42),
            lay.Column(_("Action"), 2.0),
            lay.Column(_("Lead"), 0.95),
            lay.Column(_("Owner"), 0.9),
            lay.Column(_("Due"), 0.82),
            lay.Column(_("Days late"), 0.5, "right"),
            lay.Column(_("Status"), 0.75),
            lay.Column(_("RAG"), 0.6),
        ]
        rows = [
            action_row(
                a,
                c.on,
                [a.ref, a.title, a.lead_organisation_name, a.owner_name],
                (str(max(0, (c.on - a.due_date).days)),),
            )
            for a in overdue
        ]
        blocks.append(lay.table(columns, rows))
    else:
        blocks.append(lay.paragraph(_("No action is overdue.")))

    blocks += [
        lay.heading(_("Overdue training by organisation"), 1),
        lay.paragraph(
            _(
                "People whose training for a requirement is overdue (never done, deadline passed) or expired "
                "(lapsed, deadline passed), by organisation. A dash: the requirement does not apply there."
            )
        ),
    ]
    ob = c.overdue
    if ob.rows:
        columns = [lay.Column(_("Organisation"), 2.4)]
        columns += [lay.Column(code, 0.7, "right") for code in ob.requirements]
        columns.append(lay.Column(_("Total"), 0.6, "right"))
        rows = [
            lay.Row([name, *("—" if n is None else str(n) for n in counts), str(ob.total(counts))])
            for name, counts in ob.rows
        ]
        blocks.append(lay.table(columns, rows))
    else:
        blocks.append(lay.paragraph(_("There is nothing to count yet.")))
    if c.people is None:
        blocks.append(
            lay.paragraph(
                _(
                    "Names are left out of this pack. To list them, make the pack again with names "
                    "(the --names option, or 'Include names' in the app)."
                ),
                8.5,
                GREY,
                italic=True,
            )
        )
        return blocks
    blocks.append(lay.heading(_("People overdue or expired"), 2))
    if not c.people:
        return [*blocks, lay.paragraph(_("Nobody is overdue."))]
    rows = []
    organisation = None
    for p in c.people[:NAMES_LIMIT]:
        if p.organisation != organisation:
            organisation = p.organisation
            rows.append(lay.Row([organisation], group=True))
        rows.append(
            lay.Row(
                [
                    p.name,
                    p.job_title,
                    p.course_code,
                    p.state.label,
                    format_date(p.personal_deadline),
                    format_date(p.last_completed),
                ]
            )
        )
    columns = [
        lay.Column(_("Name"), 1.8),
        lay.Column(_("Job title"), 1.8),
        lay.Column(_("Course"), 0.75),
        lay.Column(_("State"), 0.7),
        lay.Column(_("Deadline"), 0.85),
        lay.Column(_("Last completed"), 0.95),
    ]
    blocks.append(lay.table(columns, rows))
    if len(c.people) > NAMES_LIMIT:
        blocks.append(
            lay.paragraph(
                _("… and {n} more: export the training matrix for the full list.").format(
                    n=len(c.people) - NAMES_LIMIT
                ),
                8.5,
                GREY,
            )
        )
    return blocks

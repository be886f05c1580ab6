"""The dashboard's charts: which ones, their text alternatives, their sizes, and where a bar click leads.

Charts are drawn by the core (``actionplan.charts.build_chart``) from ``ChartInputs``. The
organisation filter narrows the inputs' status summary to the actions the organisation leads
(actions by theme, the timeline); the burn-up and expiry charts come from the core's trend
read models, which have no organisation filter, and compliance by organisation compares every
organisation, so these three always cover the whole partnership.
"""

from collections import Counter
from dataclasses import dataclass
from datetime import datetime
from math import ceil
from typing import Any

from PySide6.QtCore import QCoreApplication

from actionplan.charts import ChartInputs, build_chart
from actionplan.domain.dates import format_date
from actionplan.domain.enums import ActionStatus, ComplianceState, Rag
from actionplan.i18n import month_year
from actionplan.services.readmodels import ActionView, OrganisationView
from ui.charts import DPI, Builder

CHART_NAMES = ("themes", "timeline", "by-organisation", "burnup", "expiries")
# The core's trends cannot be narrowed to one organisation, and compliance by organisation is a
# comparison: with one organisation chosen it shows every organisation still.
WHOLE_PARTNERSHIP = ("by-organisation", "burnup", "expiries")
TIMELINE_LIMIT = 40  # as the core's timeline


def tr(text: str) -> str:
    return QCoreApplication.translate("DashboardCharts", text)


def tab_label(name: str) -> str:
    """The chart's short name on its tab (the chart's own title says the rest)."""
    return {
        "themes": tr("Actions by theme"),
        "timeline": tr("Due dates"),
        "by-organisation": tr("By organisation"),
        "burnup": tr("Training over time"),
        "expiries": tr("Expiries"),
    }[name]


def chart_title(name: str) -> str:
    return {
        "themes": tr("Actions by theme"),
        "timeline": tr("Actions by due date"),
        "by-organisation": tr("Compliance by organisation"),
        "burnup": tr("Training over time"),
        "expiries": tr("Expiries"),
    }[name]


@dataclass(frozen=True)
class ChartData:
    """What the charts draw from.

    ``everyone`` covers the whole partnership; ``shown`` is narrowed to ``organisation`` when
    one is chosen (else the same object). ``requirement_id`` picks the requirement of the
    burn-up (None: all of them) and of compliance by organisation (None: the plan's first).
    """

    everyone: ChartInputs
    shown: ChartInputs
    organisation: OrganisationView | None = None
    requirement_id: int | None = None

    def inputs_for(self, name: str) -> ChartInputs:
        return self.everyone if name in WHOLE_PARTNERSHIP else self.shown


def builder(name: str, data: ChartData) -> Builder:
    """Draws chart ``name`` on the figure given (in the task runner); returns its text alternative."""

    def build(fig: Any) -> str:
        inputs = data.inputs_for(name)
        build_chart(name, inputs, fig=fig, requirement=data.requirement_id)
        return describe(name, inputs, data.requirement_id)

    return build


def preferred_height(name: str, data: ChartData) -> int:
    """Pixels the chart needs so that its rows stay readable (0: it may fill whatever room there is)."""
    summary = data.inputs_for(name).summary
    if name == "themes":
        inches = 2.6 + 0.55 * len({a.theme_id for a in summary.actions})
    elif name == "timeline":
        dated = [a for a in summary.actions if a.due_date and a.status is not ActionStatus.CANCELLED]
        inches = 2.0 + 0.25 * min(len(dated), TIMELINE_LIMIT)
    elif name == "by-organisation":
        rc = _requirement(data.everyone, data.requirement_id)
        inches = 2.4 + 0.36 * (len(rc.by_organisation) if rc else 0)
    elif name == "burnup":
        shown = 1 if data.requirement_id is not None else len(summary.requirements)
        inches = 5.0 if shown <= 1 else 3.1 * ceil((shown + 1) / 2) + 0.8
    else:
        inches = 4.6
    return round(inches * DPI)


def _requirement(inputs: ChartInputs, requirement_id: int | None):
    found = inputs.summary.requirements
    if requirement_id is None:
        return found[0] if found else None
    return next((rc for rc in found if rc.requirement.id == requirement_id), None)


# -- text alternatives -------------------------------------------------------------------------


def describe(name: str, inputs: ChartInputs, requirement_id: int | None = None) -> str:
    """What the chart shows and its key numbers, in words (a chart image says nothing to a screen reader)."""
    as_at = tr("As at {date}.").format(date=format_date(inputs.on))
    if name == "themes":
        text = _describe_themes(inputs.summary.actions)
    elif name == "timeline":
        text = _describe_timeline(inputs.summary.actions, inputs)
    elif name == "by-organisation":
        text = _describe_organisations(_requirement(inputs, requirement_id))
    elif name == "burnup":
        text = _describe_burnup(inputs, requirement_id)
    else:
        text = _describe_expiries(inputs)
    return f"{chart_title(name)}. {as_at} {text}"


def _describe_themes(actions: list[ActionView]) -> str:
    if not actions:
        return tr("The plan has no actions yet.")
    parts = []
    for theme in dict.fromkeys(a.theme_name for a in actions):
        mine = [a for a in actions if a.theme_name == theme]
        rags = Counter(a.rag for a in mine if a.rag is not None)
        counts = ", ".join(f"{rags[r]} {r.label.lower()}" for r in Rag if rags[r])
        parts.append(
            tr("{theme}: {n} actions ({counts})").format(
                theme=theme or tr("(No theme)"), n=len(mine), counts=counts or tr("none rated")
            )
        )
    return "; ".join(parts) + "."


def _describe_timeline(actions: list[ActionView], inputs: ChartInputs) -> str:
    on = inputs.on
    dated = sorted(
        (a for a in actions if a.due_date and a.status is not ActionStatus.CANCELLED),
        key=lambda a: (a.due_date, a.ref),
    )
    if not dated:
        return tr("No action has a due date yet.")
    overdue = [a for a in dated if not a.status.is_closed and a.due_date < on]
    text = tr("{n} actions with a due date, {overdue} overdue.").format(n=len(dated), overdue=len(overdue))
    for a in overdue:
        text += " " + tr("{ref} {title}: due {date}, {days} days overdue.").format(
            ref=a.ref, title=a.title, date=format_date(a.due_date), days=(on - a.due_date).days
        )
    upcoming = [a for a in dated if not a.status.is_closed and a.due_date >= on]
    if upcoming:
        a = upcoming[0]
        text += " " + tr("Next due: {ref} {title} on {date}.").format(
            ref=a.ref, title=a.title, date=format_date(a.due_date)
        )
    return text


def _describe_organisations(rc) -> str:
    if rc is None or not rc.by_organisation:
        return tr("There is no training requirement with people in it yet.")
    req = rc.requirement
    rows = sorted(rc.by_organisation.items(), key=lambda item: (item[1].percent or 0, item[0]))
    parts = []
    for org, counts in rows:
        counted = counts.audience - counts[ComplianceState.EXEMPT]
        if counted <= 0:
            continue
        late = counts[ComplianceState.OVERDUE] + counts[ComplianceState.EXPIRED]
        parts.append(
            tr("{org} {pct:.0f}% of {n} ({late} overdue or expired)").format(
                org=org or tr("(No organisation)"), pct=counts.percent or 0, n=counted, late=late
            )
        )
    return tr("{code}, target {target}%: {rows}.").format(
        code=req.course_code, target=req.target_percent, rows="; ".join(parts)
    )


def _describe_burnup(inputs: ChartInputs, requirement_id: int | None) -> str:
    reqs = [rc for rc in inputs.summary.requirements if requirement_id in (None, rc.requirement.id)]
    if not reqs:
        return tr("There are no training requirements yet.")
    parts = []
    for rc in reqs:
        req = rc.requirement
        counted = rc.totals.audience - rc.totals[ComplianceState.EXEMPT]
        deadline = (
            tr("target {target}% by {date}").format(target=req.target_percent, date=format_date(req.deadline))
            if req.deadline
            else tr("target {target}%").format(target=req.target_percent)
        )
        parts.append(
            tr("{code}: {trained} of {counted} trained now ({pct:.0f}%), {deadline}").format(
                code=req.course_code,
                trained=rc.totals.trained,
                counted=counted,
                pct=rc.percent or 0,
                deadline=deadline,
            )
        )
    return (
        "; ".join(parts)
        + ". "
        + tr("After today the lines are a projection in which nobody trains again, across all organisations.")
    )


def _describe_expiries(inputs: ChartInputs) -> str:
    forecast = inputs.expiries
    if not forecast.requirements or forecast.total == 0:
        return tr("Nothing expires in the next 12 months.")
    totals = [sum(column) for column in zip(*forecast.counts, strict=True)]
    months = ", ".join(f"{month_year(m)} {n}" for m, n in zip(forecast.months, totals, strict=True) if n)
    text = tr("{n} people need a refresher in the next 12 months, across all organisations: {months}.")
    return text.format(n=forecast.total, months=months)


# -- clicking ------------------------------------------------------------------------------------


def destination(gid: dict[str, str], organisation: OrganisationView | None) -> tuple[str, dict] | None:
    """The page and filter behind a clicked bar (its parsed gid), or None when there is none."""
    if "theme_id" in gid:
        options: dict[str, Any] = {}
        if gid["theme_id"]:
            options["theme_id"] = int(gid["theme_id"])
        if gid.get("rag"):
            options["rag"] = Rag(gid["rag"])
        if gid.get("status"):
            options["status"] = ActionStatus(gid["status"])
        if organisation is not None:
            options["lead_organisation_id"] = organisation.id
        return "actions", options
    if "action_id" in gid:
        return "actions", {"action_id": int(gid["action_id"])}
    if "organisation" in gid:
        # The matrix filters by organisation; it has no filter by compliance state.
        return "matrix", {"organisation": gid["organisation"]}
    if "requirement_id" in gid:
        return "matrix", {"organisation": organisation.name} if organisation is not None else {}
    return None


def target_labeller(name: str, data: ChartData):
    """Words for each bar of chart ``name``, for the keyboard menu and the tooltip."""
    inputs = data.inputs_for(name)
    actions = {a.id: a for a in inputs.summary.actions}
    themes = {str(a.theme_id or ""): a.theme_name or tr("(No theme)") for a in actions.values()}
    requirements = {str(rc.requirement.id): rc.requirement.course_code for rc in inputs.summary.requirements}

    def label(gid: dict[str, str]) -> str | None:
        if "theme_id" in gid:
            theme = themes.get(gid["theme_id"], tr("(No theme)"))
            mine = [a for a in actions.values() if str(a.theme_id or "") == gid["theme_id"]]
            if gid.get("rag"):
                rag = Rag(gid["rag"])
                n = sum(a.rag is rag for a in mine)
                return tr("{theme}: {what} ({n})").format(theme=theme, what=rag.label, n=n)
            if gid.get("status"):
                status = ActionStatus(gid["status"])
                n = sum(a.status is status for a in mine)
                return tr("{theme}: {what} ({n})").format(theme=theme, what=status.label, n=n)
            return theme
        if "action_id" in gid:
            if gid.get("late"):
                return None  # the same action as its marker
            a = actions.get(int(gid["action_id"]))
            return f"{a.ref} {a.title}" if a else None
        if "organisation" in gid:
            state = ComplianceState(gid["state"]) if gid.get("state") else None
            org = gid["organisation"] or tr("(No organisation)")
            return f"{org}: {state.label}" if state else org
        if "requirement_id" in gid:
            code = requirements.get(gid["requirement_id"], "")
            try:
                month = month_year(datetime.strptime(gid.get("month", ""), "%Y-%m"))
            except ValueError:
                month = gid.get("month", "")
            return tr("{code} expiring in {month}").format(code=code, month=month)
        return None

    return label

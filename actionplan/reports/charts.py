"""The charts: each a function from plain read models to a matplotlib Figure (never pyplot).

Every chart function takes the read models and the day the figures are as at, and an
optional ``fig`` (a Figure or a SubFigure of a report page) to draw on; without one it makes
a new constrained-layout Figure. Bars carry a ``gid`` such as ``"theme_id=3&rag=red"``
(``urllib.parse.parse_qsl`` reads it) so a window can turn a click into a filtered list.
``actionplan.charts`` names them for the command line, the window and the meeting pack.
"""

from collections import Counter
from collections.abc import Sequence
from datetime import date, timedelta
from math import ceil
from typing import TYPE_CHECKING

from actionplan.domain.dates import format_date
from actionplan.domain.enums import ActionStatus, ComplianceState, Rag
from actionplan.i18n import _, month_name
from actionplan.reports.style import (
    BLACK,
    BLUE,
    GREY,
    LABEL_SIZE,
    LIGHT_GREY,
    NOTE_SIZE,
    ORANGE,
    RAG_STYLES,
    STATE_ORDER,
    STATE_STYLES,
    STATUS_STYLES,
    SUBTITLE_SIZE,
    TICK_SIZE,
    VERMILLION,
    fit,
    fit_middle,
    new_figure,
    no_data,
    series_style,
    shorten,
    style_axes,
    subtitle,
    text_width,
    title,
    width_of,
    wrap,
)
from actionplan.services.readmodels import ActionView, RequirementCompliance
from actionplan.services.trends import BurnupSeries, ExpiryForecast

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import FigureBase


def _dates_axis(ax: "Axes", start: date, end: date, room: float = 8.0) -> None:
    """Month ticks on aligned months (every 1, 2, 3, 4, 6 or 12), as many as ``room`` inches hold."""
    import matplotlib.dates as mdates

    months = (end.year - start.year) * 12 + end.month - start.month + 1
    fits = max(2, int(room / 0.6))
    step = next((n for n in (1, 2, 3, 4, 6, 12) if months / n <= fits), 12)
    locator = mdates.MonthLocator(bymonth=range(1, 13, step))
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator, show_offset=False))


def _bar_counts(ax: "Axes", container, counts: Sequence[int], inches: Sequence[float]) -> None:
    """Counts written inside the segments wide enough (``inches``) to hold them, on a small white label."""
    labels = [
        str(n) if n and text_width(str(n), 8) + 0.12 <= w else "" for n, w in zip(counts, inches, strict=True)
    ]
    ax.bar_label(
        container,
        labels=labels,
        label_type="center",
        fontsize=8,
        color=BLACK,
        bbox={"boxstyle": "round,pad=0.18", "facecolor": "white", "edgecolor": "none", "alpha": 0.9},
        zorder=4,  # above a target line drawn across the bars
    )


def _legend_below(fig: "FigureBase", ncols: int, handles=None, labels=None) -> None:
    """The key under the chart, outside the axes (the constrained layout makes room for it)."""
    args = () if handles is None else (handles, labels)
    fig.legend(
        *args,
        loc="outside lower center",
        ncols=ncols,
        frameon=False,
        fontsize=LABEL_SIZE - 1,
        handlelength=2.2,
        handleheight=1.2,
    )


def _labels_width(labels: Sequence[str], size: float = TICK_SIZE) -> float:
    """Inches the widest tick label takes (its widest line)."""
    return max((text_width(line, size) for label in labels for line in label.split("\n")), default=0)


def _integer_axis(axis) -> None:
    from matplotlib.ticker import MaxNLocator

    axis.set_major_locator(MaxNLocator(integer=True))


# -- burn-up -------------------------------------------------------------------------------


def burnup_chart(series: Sequence[BurnupSeries], on: date, *, fig: "FigureBase | None" = None):
    """People trained over time against the people required, a target path to the deadline, today marked.

    One panel per requirement (several in a grid, the legend in the spare panel).
    """
    heading = _("Training requirements: people trained over time")
    shown = [s for s in series if any(s.counted)]
    cols = 1 if len(shown) <= 1 else 2
    rows = max(1, ceil((len(shown) + (1 if len(shown) > 1 else 0)) / cols))
    fig = new_figure(fig, (10, 6) if rows == 1 else (11, 3.2 * rows + 0.8))
    if not shown:
        return no_data(fig, heading, on, _("Add training requirements, people and their training."))
    title(fig, heading)
    grid = fig.subplots(rows, cols, squeeze=False)
    cells = list(grid.flat)
    room = width_of(fig) / cols - (0.75 if cols == 1 else 1.0)
    for ax, item in zip(cells, shown, strict=False):
        caption = _burnup_axes(ax, item, on, room, compact=len(shown) > 1)
    if len(shown) == 1:
        subtitle(cells[0], caption, on, room)
        _legend_below(fig, ncols=5 if room > 8 else 3)
        return fig
    for spare in cells[len(shown) :]:
        spare.set_axis_off()
    key = cells[len(shown)]
    handles, labels = cells[0].get_legend_handles_labels()
    key.legend(handles, labels, loc="center", frameon=False, fontsize=LABEL_SIZE - 1, title=_("Key"))
    key.text(
        0.5,
        0.02,
        _(
            "As at {date}. After today the line shows where each requirement\n"
            "would be if nobody else trained."
        ).format(date=format_date(on)),
        ha="center",
        va="bottom",
        fontsize=NOTE_SIZE,
        color=GREY,
        transform=key.transAxes,
    )
    return fig


def _burnup_axes(ax: "Axes", s: BurnupSeries, on: date, room: float, compact: bool) -> str:
    """Draw one requirement's burn-up; returns its caption (set as the panel title when ``compact``)."""
    req = s.requirement
    dates = list(s.dates)
    now = dates.index(on)
    trained_now, counted_now = s.trained[now], s.counted[now]
    pct = 100 * trained_now / counted_now if counted_now else 0
    ax.plot(dates, s.counted, color=GREY, linewidth=1.4, drawstyle="steps-post", label=_("People required"))
    ax.fill_between(dates[: now + 1], s.trained[: now + 1], color=BLUE, alpha=0.12, linewidth=0)
    ax.plot(dates[: now + 1], s.trained[: now + 1], color=BLUE, linewidth=2.4, label=_("Trained"))
    ax.plot(
        dates[now:],
        s.trained[now:],
        color=BLUE,
        linewidth=1.6,
        linestyle=(0, (2, 2)),
        label=_("Projected if nobody else trains"),
    )
    path_x, path_y = _target_path(s)
    ax.plot(path_x, path_y, color=ORANGE, linewidth=2, linestyle="--", label=_("Target path"))
    if req.deadline is not None and dates[0] <= req.deadline <= dates[-1]:
        ax.plot(
            [req.deadline], [path_y[1]], marker="D", color=ORANGE, markeredgecolor=BLACK, linestyle="none"
        )
    ax.axvline(on, color=VERMILLION, linewidth=1.4, linestyle=":", label=_("Today"))
    ax.annotate(
        _("Today"),
        xy=(on, 1),
        xycoords=("data", "axes fraction"),
        xytext=(3, -2),
        textcoords="offset points",
        ha="left",
        va="top",
        fontsize=NOTE_SIZE,
        color=GREY,
    )
    ax.set_ylim(0, max(max(s.counted), 1) * 1.12)
    ax.set_xlim(dates[0], dates[-1])
    _integer_axis(ax.yaxis)
    style_axes(ax)
    _dates_axis(ax, dates[0], dates[-1], room)
    ax.set_ylabel(_("People"), fontsize=LABEL_SIZE - (1 if compact else 0))
    ax.set_xlabel(_("Month"), fontsize=LABEL_SIZE - (1 if compact else 0))
    deadline = (
        _("target {target}% by {date}").format(target=req.target_percent, date=format_date(req.deadline))
        if req.deadline
        else _("target {target}%").format(target=req.target_percent)
    )
    head = _("{code}: {pct:.0f}% now, {deadline}").format(code=req.course_code, pct=pct, deadline=deadline)
    if compact:
        size = LABEL_SIZE - 1
        lines = [head] if text_width(head, size) <= room else head.split(", ", 1)
        lines = [fit(line, room, size) for line in [*lines, req.title]]
        ax.set_title("\n".join(lines), loc="left", fontsize=size)
    return f"{head}. {req.title}"


def _target_path(s: BurnupSeries) -> tuple[list[date], list[float]]:
    """From the trained count at the plan's start to the target share of the audience at the deadline."""
    req = s.requirement
    dates = list(s.dates)
    target = req.target_percent / 100
    start = s.plan_start if s.plan_start and dates[0] <= s.plan_start <= dates[-1] else dates[0]
    start_i = max(i for i, d in enumerate(dates) if d <= start)
    if req.deadline is None or not start < req.deadline <= dates[-1]:
        return [dates[0], dates[-1]], [s.counted[0] * target, s.counted[-1] * target]
    end_i = dates.index(req.deadline)
    return (
        [start, req.deadline, dates[-1]],
        [
            min(s.trained[start_i], s.counted[end_i] * target),
            s.counted[end_i] * target,
            s.counted[-1] * target,
        ],
    )


# -- compliance by organisation ------------------------------------------------------------


def organisation_chart(
    rc: RequirementCompliance | None, on: date, *, fig: "FigureBase | None" = None, limit: int | None = None
):
    """Stacked bars per organisation: compliant, expiring, due, overdue, expired, against the target.

    ``limit`` keeps the organisations furthest behind (for a page with room for only so many bars).
    """
    heading = _("Training compliance by organisation")
    rows = []
    if rc is not None:
        for name, counts in rc.by_organisation.items():
            counted = counts.audience - counts[ComplianceState.EXEMPT]
            if counted > 0:
                rows.append((name or _("(No organisation)"), counts, counted))
    fig = new_figure(fig, (10, max(4.8, 2.4 + 0.42 * len(rows))))
    if rc is None or not rows:
        return no_data(fig, heading, on, _("Add a training requirement and the people it applies to."))
    req = rc.requirement
    rows.sort(key=lambda r: (r[1].percent or 0, r[0]))
    total = len(rows)
    rows = rows[:limit] if limit else rows
    title(fig, heading)
    ax = fig.add_subplot()
    ys = list(range(len(rows)))
    if len(rows) > 12:  # one line each, or the names run into each other
        labels = [fit_middle(n, 2.5, TICK_SIZE) for n, _c, _d in rows]
    else:
        labels = [wrap(n, 30, 2) for n, _c, _d in rows]
    room = width_of(fig) - _labels_width(labels) - 1.3
    lefts = [0.0] * len(rows)
    for state in STATE_ORDER:
        style = STATE_STYLES[state]
        counts = [c[state] for _n, c, _d in rows]
        widths = [100 * n / d for n, (_n, _c, d) in zip(counts, rows, strict=True)]
        bars = ax.barh(ys, widths, left=lefts, height=0.68, label=state.label, **style.bar())
        for rect, (name, _c, _d) in zip(bars, rows, strict=True):
            rect.set_gid(f"organisation={name}&state={state.value}")
        _bar_counts(ax, bars, counts, [w / 100 * room for w in widths])
        lefts = [a + b for a, b in zip(lefts, widths, strict=True)]
    ax.axvline(req.target_percent, color=BLACK, linewidth=1.6, linestyle="--", label=_("Target"))
    for y, (_name, counts, counted) in zip(ys, rows, strict=True):
        ax.text(101.5, y, f"{counts.percent:.0f}% of {counted}", va="center", fontsize=8.5, clip_on=False)
    ax.set_yticks(ys, labels)
    ax.set_ylim(len(rows) - 0.5, -0.5)  # the furthest behind at the top
    ax.set_xlim(0, 100)
    style_axes(ax, grid_axis="x")
    ax.set_xlabel(_("% of the people required (exempt people left out)"), fontsize=LABEL_SIZE)
    ax.set_ylabel(_("Organisation"), fontsize=LABEL_SIZE)
    caption = _("{code}: {title}. Target {target}%").format(
        code=req.course_code, title=req.title, target=req.target_percent
    )
    if len(rows) < total:
        caption = _("{code}: the {n} furthest behind of {total} organisations").format(
            code=req.course_code, n=len(rows), total=total
        )
    subtitle(ax, caption, on, room)
    _legend_below(fig, ncols=6)
    return fig


# -- actions by theme ----------------------------------------------------------------------


def _themes(actions: Sequence[ActionView]) -> list[tuple[int | None, str]]:
    seen = {}
    for a in sorted(actions, key=lambda a: (a.theme_position, a.theme_name)):
        seen.setdefault(a.theme_id, a.theme_name or _("(No theme)"))
    return list(seen.items())


def themes_chart(actions: Sequence[ActionView], on: date, *, fig: "FigureBase | None" = None):
    """Actions per theme, stacked by RAG rating (left) and by status (right)."""
    heading = _("Actions by theme")
    themes = _themes(actions)
    fig = new_figure(fig, (11, max(4.6, 2.8 + 0.6 * len(themes))))
    if not actions:
        return no_data(fig, heading, on, _("Add actions to the plan to see them by theme."))
    title(fig, heading)
    rated = sum(1 for a in actions if a.rag is not None)
    panels = fig.subfigures(1, 2, wspace=0.02, width_ratios=(1.25, 1))
    groups = (
        (
            panels[0],
            [(r, RAG_STYLES[r], "rag") for r in Rag],
            lambda a: a.rag,
            _("By RAG rating"),
        ),
        (
            panels[1],
            [(st, STATUS_STYLES[st], "status") for st in ActionStatus],
            lambda a: a.status,
            _("By status"),
        ),
    )
    ys = list(range(len(themes)))
    labels = [wrap(name, 24, 3) for _tid, name in themes]
    widths = (width_of(fig) * 1.25 / 2.25 - _labels_width(labels) - 0.8, width_of(fig) / 2.25 - 0.4)
    for (panel, kinds, key, caption), room in zip(groups, widths, strict=True):
        ax = panel.add_subplot()
        per_theme = {tid: Counter(key(a) for a in actions if a.theme_id == tid) for tid, _n in themes}
        xmax = max(max(sum(c[v] for v, _s, _f in kinds) for c in per_theme.values()), 1) * 1.05
        lefts = [0] * len(themes)
        for value, style, field in kinds:
            counts = [per_theme[tid][value] for tid, _n in themes]
            bars = ax.barh(ys, counts, left=lefts, height=0.62, label=value.label, **style.bar())
            for rect, (tid, _name) in zip(bars, themes, strict=True):
                rect.set_gid(f"theme_id={'' if tid is None else tid}&{field}={value.value}")
            _bar_counts(ax, bars, counts, [n / xmax * room for n in counts])
            lefts = [x + n for x, n in zip(lefts, counts, strict=True)]
        _integer_axis(ax.xaxis)
        ax.set_xlim(0, xmax)
        style_axes(ax, grid_axis="x")
        ax.set_xlabel(
            _("Actions ({n} rated)").format(n=rated)
            if panel is panels[0]
            else _("Actions ({n})").format(n=len(actions)),
            fontsize=LABEL_SIZE,
        )
        if panel is panels[0]:
            ax.set_yticks(ys, labels)
            ax.set_ylabel(_("Theme"), fontsize=LABEL_SIZE)
            ax.set_title(fit(caption, room, SUBTITLE_SIZE), loc="left", fontsize=SUBTITLE_SIZE, color=GREY)
        else:
            ax.set_yticks(ys, [""] * len(ys))
            subtitle(ax, caption, on, room)
        ax.set_ylim(len(themes) - 0.5, -0.5)  # plan order from the top
        _legend_below(panel, ncols=3)
    return fig


# -- timeline ------------------------------------------------------------------------------

TIMELINE_LIMIT = 40


def _timeline_category(a: ActionView, on: date) -> str:
    if a.status is ActionStatus.COMPLETE:
        return "complete"
    assert a.due_date is not None
    if a.due_date < on:
        return "overdue"
    if a.due_date <= on + timedelta(days=30):
        return "soon"
    return "later"


def timeline_chart(actions: Sequence[ActionView], on: date, *, fig: "FigureBase | None" = None):
    """Actions by due date, from start to due, overdue ones highlighted with the days they are late."""
    import matplotlib.dates as mdates

    heading = _("Actions by due date")
    dated = [a for a in actions if a.due_date is not None and a.status is not ActionStatus.CANCELLED]
    open_first = sorted(dated, key=lambda a: (a.status.is_closed, a.due_date, a.ref))[:TIMELINE_LIMIT]
    rows = sorted(open_first, key=lambda a: (a.due_date, a.ref))
    fig = new_figure(fig, (11, max(4.6, 2.2 + 0.34 * len(rows))))
    if not rows:
        return no_data(fig, heading, on, _("Give the plan's actions due dates to see them on a timeline."))
    title(fig, heading)
    ax = fig.add_subplot()
    kinds = {
        "overdue": (_("Overdue"), VERMILLION, "X", 10),
        "soon": (_("Due within 30 days"), ORANGE, "^", 8),
        "later": (_("Due later"), BLUE, "o", 7),
        "complete": (_("Complete"), LIGHT_GREY, "s", 7),
    }
    num = mdates.date2num
    labelled: set[str] = set()
    for y, a in enumerate(rows):
        kind = _timeline_category(a, on)
        label, color, marker, size = kinds[kind]
        due = num(a.due_date)
        if a.start_date is not None and a.start_date < a.due_date:
            ax.barh(y, due - num(a.start_date), left=num(a.start_date), height=0.34, color=color, alpha=0.35)
        if kind == "overdue":
            ax.barh(
                y,
                num(on) - due,
                left=due,
                height=0.5,
                color=VERMILLION,
                hatch="xxx",
                edgecolor="white",
                linewidth=0.5,
                label=None if "late" in labelled else _("Days overdue"),
                gid=f"action_id={a.id}&late=1",
            )
            labelled.add("late")
            ax.text(
                num(on) + 3,
                y,
                _(" {n} days overdue").format(n=(on - a.due_date).days),
                va="center",
                fontsize=8,
            )
        ax.plot(
            [due],
            [y],
            marker=marker,
            markersize=size,
            color=color,
            markeredgecolor=BLACK,
            markeredgewidth=0.8,
            linestyle="none",
            label=None if kind in labelled else label,
            gid=f"action_id={a.id}",
        )
        labelled.add(kind)
    ax.axvline(num(on), color=BLACK, linewidth=1.2, linestyle=":", label=_("Today"))
    width = width_of(fig)
    labels = [fit(f"{a.ref}  {a.title}", min(3.6, width * 0.4), TICK_SIZE, bold=True) for a in rows]
    ax.set_yticks(range(len(rows)), labels)
    for tick, a in zip(ax.get_yticklabels(), rows, strict=True):
        if _timeline_category(a, on) == "overdue":
            tick.set_fontweight("bold")
    ax.invert_yaxis()
    first = min([a.start_date for a in rows if a.start_date] + [on - timedelta(days=30)]) - timedelta(days=10)
    last = max(max(a.due_date for a in rows), on) + timedelta(days=45)
    ax.set_xlim(num(first), num(last))
    style_axes(ax, grid_axis="x")
    room = width - _labels_width(labels) - 1.0
    _dates_axis(ax, first, last, room)
    ax.set_xlabel(_("Start and due date"), fontsize=LABEL_SIZE)
    ax.set_ylabel(_("Action"), fontsize=LABEL_SIZE)
    overdue = sum(1 for a in rows if _timeline_category(a, on) == "overdue")
    note = _("{n} actions, {overdue} overdue").format(n=len(rows), overdue=overdue)
    if len(dated) > len(rows):
        note += _(" (the {n} earliest due shown of {total})").format(n=len(rows), total=len(dated))
    subtitle(ax, note, on, room)
    handles, names = ax.get_legend_handles_labels()
    order = [
        _("Overdue"),
        _("Days overdue"),
        _("Due within 30 days"),
        _("Due later"),
        _("Complete"),
        _("Today"),
    ]
    keyed = sorted(zip(names, handles, strict=True), key=lambda lh: order.index(lh[0]))
    ncols = 6 if width > 9 else 3
    _legend_below(fig, ncols=ncols, handles=[h for _l, h in keyed], labels=[lb for lb, _h in keyed])
    return fig


# -- expiries ------------------------------------------------------------------------------


def expiries_chart(forecast: ExpiryForecast | None, on: date, *, fig: "FigureBase | None" = None):
    """People whose training lapses in each of the next 12 months, stacked by requirement."""
    heading = _("Training expiring in the next 12 months")
    fig = new_figure(fig, (10, 5.6))
    if forecast is None or not forecast.requirements:
        return no_data(fig, heading, on, _("Add training requirements and records to see what expires when."))
    title(fig, heading)
    ax = fig.add_subplot()
    xs = list(range(len(forecast.months)))
    bottoms = [0] * len(xs)
    codes = Counter(r.course_code for r in forecast.requirements)
    width = width_of(fig)
    ncols = 3 if width > 9 else 2
    for i, (req, counts) in enumerate(zip(forecast.requirements, forecast.counts, strict=True)):
        label = (
            req.course_code
            if codes[req.course_code] == 1
            else f"{req.course_code} ({shorten(req.title, 24)})"
        )
        label = fit(f"{label}: {req.course_name.split(' (')[0]}", width / ncols - 0.7, LABEL_SIZE - 1)
        style = series_style(i)
        bars = ax.bar(xs, counts, bottom=bottoms, width=0.72, label=label, **style.bar())
        for rect, month in zip(bars, forecast.months, strict=True):
            rect.set_gid(f"requirement_id={req.id}&month={month:%Y-%m}")
        bottoms = [a + b for a, b in zip(bottoms, counts, strict=True)]
    top = max(max(bottoms), 1)
    for x, total in zip(xs, bottoms, strict=True):
        ax.text(x, total + top * 0.015, str(total), ha="center", va="bottom", fontsize=8.5)
    ax.set_ylim(0, top * 1.12)
    ax.set_xticks(
        xs,
        [
            f"{month_name(m)}\n{m:%Y}" if i == 0 or m.month == 1 else month_name(m)
            for i, m in enumerate(forecast.months)
        ],
    )
    style_axes(ax)
    ax.set_xlabel(_("Month the training expires"), fontsize=LABEL_SIZE)
    ax.set_ylabel(_("People"), fontsize=LABEL_SIZE)
    note = _("{n} people need a refresher in the next 12 months").format(n=forecast.total)
    if forecast.total == 0:
        note = _("Nothing expires in the next 12 months")
    subtitle(ax, note, on, width - 0.9)
    _legend_below(fig, ncols=ncols)
    return fig

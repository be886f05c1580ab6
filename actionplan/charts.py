"""Charts by name for the command line, the window and the meeting pack: load once, draw, save.

The drawing lives in ``actionplan.reports.charts``; this module picks the read models each
chart needs (``ChartInputs`` loads them on first use, so charts drawn together share one
load), and ``save_figure`` writes PNG, SVG or PDF. Nothing here imports matplotlib until a
chart is drawn.
"""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import cached_property
from typing import TYPE_CHECKING

from actionplan import clock
from actionplan.errors import ValidationError
from actionplan.i18n import _
from actionplan.reports.charts import (
    burnup_chart,
    expiries_chart,
    organisation_chart,
    themes_chart,
    timeline_chart,
)
from actionplan.reports.style import save_figure
from actionplan.services.readmodels import RequirementCompliance
from actionplan.services.trends import BurnupSeries, ExpiryForecast

if TYPE_CHECKING:
    from matplotlib.figure import FigureBase

    from actionplan.services import Database
    from actionplan.services.dashboard import StatusSummary
    from actionplan.storage.uow import UnitOfWork

__all__ = [
    "CHARTS",
    "ChartInputs",
    "ChartSpec",
    "build_chart",
    "burnup_chart",
    "expiries_chart",
    "organisation_chart",
    "save_figure",
    "themes_chart",
    "timeline_chart",
]


class ChartInputs:
    """The read models the charts draw from, loaded on first use and shared between charts.

    Args:
        source: a Database, or a callable returning a fresh unit of work.
        plan_id: the plan to chart.
        on: the day the figures are as at (default today).
    """

    def __init__(self, source: "Database | Callable[[], UnitOfWork]", plan_id: int, on: date | None = None):
        self._uow = source.unit_of_work if hasattr(source, "unit_of_work") else source
        self.plan_id = plan_id
        self.on = on or clock.today()

    @cached_property
    def summary(self) -> "StatusSummary":
        from actionplan.services.dashboard import status_summary

        return status_summary(self._uow(), self.plan_id, self.on)

    @cached_property
    def _facts(self):
        from actionplan.services.compliance import load_facts

        return load_facts(self._uow(), self.plan_id)

    @cached_property
    def burnup(self) -> list[BurnupSeries]:
        from actionplan.services.trends import burnup

        return burnup(self._uow(), self.plan_id, self.on, facts=self._facts)

    @cached_property
    def expiries(self) -> ExpiryForecast:
        from actionplan.services.trends import expiries

        return expiries(self._uow(), self.plan_id, self.on, facts=self._facts)

    def requirement(self, key: str | int | None) -> RequirementCompliance | None:
        """The plan's requirement by id, course code or title; without a key, the first one."""
        found = self.summary.requirements
        if key in (None, ""):
            return found[0] if found else None
        wanted = str(key).casefold()
        for rc in found:
            req = rc.requirement
            if wanted in (str(req.id), req.course_code.casefold(), req.title.casefold()):
                return rc
        raise ValidationError(
            _("The plan has no training requirement '{key}'; choose one of: {codes}.").format(
                key=key, codes=", ".join(rc.requirement.course_code for rc in found) or _("none")
            ),
            field="requirement",
        )


@dataclass(frozen=True)
class ChartSpec:
    """A chart the user can ask for by name: its title, and how to draw it from ``ChartInputs``."""

    name: str
    title: str
    draw: "Callable[[ChartInputs, FigureBase | None, str | int | None], FigureBase]"


def _draw_burnup(inputs: ChartInputs, fig, requirement):
    series = inputs.burnup
    if requirement not in (None, ""):
        rid = inputs.requirement(requirement).requirement.id
        series = [s for s in series if s.requirement.id == rid]
    return burnup_chart(series, inputs.on, fig=fig)


CHARTS: dict[str, ChartSpec] = {
    spec.name: spec
    for spec in (
        ChartSpec("burnup", _("People trained over time"), _draw_burnup),
        ChartSpec(
            "by-organisation",
            _("Compliance by organisation"),
            lambda i, fig, req: organisation_chart(i.requirement(req), i.on, fig=fig),
        ),
        ChartSpec(
            "themes", _("Actions by theme"), lambda i, fig, _r: themes_chart(i.summary.actions, i.on, fig=fig)
        ),
        ChartSpec(
            "timeline",
            _("Actions by due date"),
            lambda i, fig, _r: timeline_chart(i.summary.actions, i.on, fig=fig),
        ),
        ChartSpec(
            "expiries",
            _("Expiries in the next 12 months"),
            lambda i, fig, _r: expiries_chart(i.expiries, i.on, fig=fig),
        ),
    )
}


def build_chart(
    name: str,
    source: "Database | Callable[[], UnitOfWork] | ChartInputs",
    plan_id: int | None = None,
    on: date | None = None,
    *,
    requirement: str | int | None = None,
    fig: "FigureBase | None" = None,
) -> "FigureBase":
    """Draw the chart called ``name`` (a key of ``CHARTS``) for a plan as at ``on``.

    ``source`` is a Database, a unit-of-work factory, or ``ChartInputs`` already loaded (so
    several charts share one load). ``requirement`` (id or course code) picks the requirement
    of the burn-up and by-organisation charts. Safe to call from a worker thread: it makes no
    canvas; attach one (Agg, Qt) to the returned figure.
    """
    spec = CHARTS.get(name)
    if spec is None:
        raise ValidationError(
            _("There is no chart called '{name}'; choose one of: {names}.").format(
                name=name, names=", ".join(CHARTS)
            ),
            field="name",
        )
    inputs = source if isinstance(source, ChartInputs) else ChartInputs(source, plan_id, on)
    return spec.draw(inputs, fig, requirement)

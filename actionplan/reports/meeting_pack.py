"""The meeting pack: an A4 PDF for the partnership board (cover, changes, charts, actions, overdue lists).

``pack_content`` gathers the read models, ``pack_blocks`` turns them into laid-out text and
tables (each block keeps its text, so tests can read the pack without rendering it), and
``write_meeting_pack`` flows the blocks onto pages and writes the PDF with matplotlib's
PdfPages (no pyplot). Names of people appear only in the overdue-people list, and only when
the user asks for names; action owners are shown as the plan shows them.
"""

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from actionplan import __version__, clock
from actionplan.charts import ChartInputs
from actionplan.domain.dates import format_date
from actionplan.errors import ActionPlanError, ValidationError
from actionplan.i18n import _
from actionplan.reports import layout as lay
from actionplan.reports import sections
from actionplan.reports.charts import (
    burnup_chart,
    expiries_chart,
    organisation_chart,
    themes_chart,
    timeline_chart,
)
from actionplan.reports.content import (
    Changes,
    Headlines,
    OverdueByOrganisation,
    OverduePerson,
    changes_since_last_meeting,
    headline_figures,
    overdue_by_organisation,
    overdue_people,
)
from actionplan.reports.style import GREY
from actionplan.requests import report as requests_report
from actionplan.requests.status import RequestView, list_requests
from actionplan.services.dashboard import StatusSummary
from actionplan.services.readmodels import PlanView

if TYPE_CHECKING:
    from matplotlib.figure import Figure

    from actionplan.services import Database

ORGANISATIONS_ON_CHART = 22


@dataclass
class PackContent:
    """Everything the pack shows, gathered once."""

    plan: PlanView
    on: date
    summary: StatusSummary
    headlines: Headlines
    changes: Changes
    overdue: OverdueByOrganisation
    people: list[OverduePerson] | None  # None unless names were asked for
    charts: ChartInputs
    requests: list[RequestView] = field(default_factory=list)  # each partner's latest update request


def pack_content(
    source: "Database | Callable", plan_id: int, on: date | None = None, include_names: bool = False
) -> PackContent:
    from actionplan.services.plans import get_plan

    uow = source.unit_of_work if hasattr(source, "unit_of_work") else source
    charts = ChartInputs(uow, plan_id, on)
    summary = charts.summary
    return PackContent(
        plan=get_plan(uow(), plan_id),
        on=charts.on,
        summary=summary,
        headlines=headline_figures(summary),
        changes=changes_since_last_meeting(uow, plan_id, summary),
        overdue=overdue_by_organisation(summary),
        people=overdue_people(uow, plan_id, charts.on) if include_names else None,
        charts=charts,
        requests=list_requests(uow(), plan_id),
    )


def _chart_pages(c: PackContent) -> list[lay.Block]:
    charts, on = c.charts, c.on

    def training(fig: "Figure") -> None:
        burnup_chart(charts.burnup, on, fig=fig.subfigures(1, 1))

    def organisations(fig: "Figure") -> None:
        rc = charts.requirement(None)
        n = min(len(rc.by_organisation), ORGANISATIONS_ON_CHART) if rc else 1
        top, bottom = fig.subfigures(2, 1, height_ratios=(2.2 + 0.3 * n, 5.2), hspace=0.04)
        organisation_chart(rc, on, fig=top, limit=ORGANISATIONS_ON_CHART)
        expiries_chart(charts.expiries, on, fig=bottom)

    def actions(fig: "Figure") -> None:
        themes = len({a.theme_id for a in c.summary.actions}) or 1
        rows = min(len(c.summary.actions), 40) or 1
        top, bottom = fig.subfigures(
            2, 1, height_ratios=(2.6 + 0.55 * themes, 2.2 + 0.26 * rows), hspace=0.04
        )
        themes_chart(c.summary.actions, on, fig=top)
        timeline_chart(c.summary.actions, on, fig=bottom)

    return [lay.WholePage(training), lay.WholePage(organisations), lay.WholePage(actions)]


def pack_blocks(c: PackContent) -> list[lay.Block]:
    """The pack as a flow of blocks: cover, changes, charts, actions, overdue lists."""
    return [
        *sections.cover(c),
        lay.PageBreak(),
        *sections.changes(c),
        *requests_report.pack_section(c),
        *_chart_pages(c),
        *sections.actions_by_theme(c),
        lay.PageBreak(),
        *sections.overdue(c),
    ]


def pack_text(blocks: list[lay.Block]) -> str:
    """All the words of the pack's text blocks and table rows (charts aside), one block a line."""
    lines = []
    for block in blocks:
        lines.append(block.text)
        lines.extend(row.text for row in getattr(block, "rows", ()))
    return "\n".join(line for line in lines if line)


def write_meeting_pack(
    db: "Database | Callable",
    plan_id: int,
    out_pdf: Path | str,
    *,
    on: date | None = None,
    include_names: bool = False,
) -> int:
    """Write the meeting pack for a plan as an A4 PDF; returns the number of pages.

    Raises:
        ValidationError: the file name does not end in .pdf.
        ActionPlanError: the file cannot be written.
    """
    out = Path(out_pdf)
    if out.suffix.lower() != ".pdf":
        raise ValidationError(
            _("The meeting pack is a PDF: give a file name ending in .pdf, not '{name}'.").format(
                name=out.name
            ),
            field="path",
        )
    content = pack_content(db, plan_id, on, include_names)
    pages = lay.flow(pack_blocks(content))
    _render(pages, out, content)
    return len(pages)


def _render(pages: list[lay.Page], out: Path, c: PackContent) -> None:
    import matplotlib
    from matplotlib.backends.backend_pdf import PdfPages
    from matplotlib.figure import Figure
    from matplotlib.layout_engine import ConstrainedLayoutEngine

    width, height = lay.A4
    rect = (lay.MARGIN_X / width, lay.BOTTOM / height, lay.WIDTH / width, (lay.TOP - lay.BOTTOM) / height)
    metadata = {
        "Title": _("{plan}: meeting pack as at {date}").format(plan=c.plan.name, date=format_date(c.on)),
        "Author": "ActionPlan",
        "Subject": _("Prevent partnership meeting pack"),
        "Creator": f"ActionPlan {__version__}",
        "CreationDate": clock.now(),
    }
    partial = out.with_name(out.name + ".part")
    try:
        # Type 42 (TrueType) fonts keep the text selectable and searchable in PDF readers.
        with matplotlib.rc_context({"pdf.fonttype": 42}), PdfPages(partial, metadata=metadata) as pdf:
            for number, page in enumerate(pages, 1):
                fig = Figure(figsize=lay.A4)
                if page.whole is not None:
                    fig.set_layout_engine(ConstrainedLayoutEngine(rect=rect, h_pad=0.06))
                    page.whole(fig)
                for block, y in page.placed:
                    block.draw(fig, y)
                _furniture(fig, c, number, len(pages))
                pdf.savefig(fig)
        partial.replace(out)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise ActionPlanError(
            _("Could not write {path}: {reason}.").format(path=out, reason=exc.strerror or exc)
        ) from exc


def _furniture(fig: "Figure", c: PackContent, number: int, total: int) -> None:
    """The running header and footer: plan, date, page n of N."""
    width, height = lay.A4
    trans = fig.dpi_scale_trans
    small = {"fontsize": 8, "color": GREY, "transform": trans, "family": lay.FONT}
    if number > 1:
        fig.text(lay.MARGIN_X, height - 0.45, c.plan.name, va="bottom", **small)
        fig.text(
            width - lay.MARGIN_X,
            height - 0.45,
            _("Meeting pack · as at {date}").format(date=format_date(c.on)),
            va="bottom",
            ha="right",
            **small,
        )
    fig.text(
        width - lay.MARGIN_X,
        0.4,
        _("Page {n} of {total}").format(n=number, total=total),
        ha="right",
        va="top",
        **small,
    )
    fig.text(lay.MARGIN_X, 0.4, _("Made with ActionPlan"), va="top", **small)

"""The self-assessment for the board: an A4 PDF with the summary, the chart against last year,
every question's rating with its commentary and evidence, and the gaps with their actions.

Built from the meeting pack's flow layout (``actionplan.reports.layout``): ``report_blocks``
turns the read model into blocks whose text tests can read without rendering, and
``write_assessment_report`` draws them with matplotlib's PdfPages (no pyplot), TrueType fonts
embedded so the text can be searched, written to ``OUT.pdf.part`` and renamed.
"""

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from actionplan import __version__, clock
from actionplan.assessment import services
from actionplan.assessment.chart import RATING_STYLES, ratings_chart
from actionplan.assessment.ratings import RATED, Rating, Summary
from actionplan.assessment.readmodels import AssessmentView, QuestionView
from actionplan.domain.dates import format_date
from actionplan.errors import ActionPlanError, ValidationError
from actionplan.i18n import _
from actionplan.reports import layout as lay
from actionplan.reports.style import GREY

if TYPE_CHECKING:
    from matplotlib.figure import Figure


def _score(value: float | None) -> str:
    return "—" if value is None else f"{value:.1f}"


def _change(now: Summary, last: Summary | None) -> str:
    if last is None or now.score is None or last.score is None:
        return "—"
    delta = now.score - last.score
    if abs(delta) < 0.05:
        return _("no change")
    return f"▲ {delta:+.1f}" if delta > 0 else f"▼ {delta:+.1f}"


def _fills(rating: Rating | None, column: int) -> dict[int, str]:
    if rating is None or rating is Rating.NOT_ASSESSED:
        return {}
    return {column: RATING_STYLES[rating].color}


def cover(view: AssessmentView) -> list[lay.Block]:
    total = view.summary
    blocks = [
        lay.heading(view.plan_name, 0),
        lay.paragraph(
            _("Prevent duty self-assessment {year} · as at {date}").format(
                year=view.year, date=format_date(view.assessed_on)
            ),
            14,
            GREY,
        ),
        lay.paragraph(_("Framework: {name}.").format(name=view.template_name), 10, GREY),
    ]
    if view.assessor:
        blocks.append(lay.paragraph(_("Lead assessor: {name}.").format(name=view.assessor), 10, GREY))
    last = view.last_year_summary
    blocks.append(
        lay.key_figures(
            [
                (
                    f"{total.assessed}/{total.questions}",
                    _("Questions assessed"),
                    _("the rest are not assessed yet"),
                ),
                (
                    str(total.counts[Rating.MET] + total.counts[Rating.EXCEEDING]),
                    _("Met or exceeding"),
                    _("{n} exceeding").format(n=total.counts[Rating.EXCEEDING]),
                ),
                (str(total.gaps), _("Gaps"), _("not met or partially met")),
                (
                    _score(total.score),
                    _("Mean rating (of 4)"),
                    _("last year {score}").format(score=_score(last.score))
                    if last
                    else _("no earlier assessment"),
                ),
            ]
        )
    )
    blocks.append(lay.heading(_("Ratings by section"), 2))
    rows = []
    for s in view.sections:
        rows.append(
            lay.Row(
                [
                    f"{s.key}. {s.title}",
                    f"{s.summary.assessed}/{s.summary.questions}",
                    *(str(s.summary.counts[r]) for r in RATED),
                    s.summary.rating.label if s.summary.rating else "—",
                    _score(s.summary.score),
                    _score(s.last_year.score) if s.last_year else "—",
                    _change(s.summary, s.last_year),
                ],
                fills=_fills(s.summary.rating, 6),
            )
        )
    rows.append(
        lay.Row(
            [
                _("All sections"),
                f"{total.assessed}/{total.questions}",
                *(str(total.counts[r]) for r in RATED),
                total.rating.label if total.rating else "—",
                _score(total.score),
                _score(last.score) if last else "—",
                _change(total, last),
            ],
            bold=True,
        )
    )
    columns = [
        lay.Column(_("Section"), 2.2),
        lay.Column(_("Assessed"), 0.7, "right"),
        lay.Column(_("Not met"), 0.55, "right"),
        lay.Column(_("Partially met"), 0.7, "right"),
        lay.Column(_("Met"), 0.45, "right"),
        lay.Column(_("Exceeding"), 0.7, "right"),
        lay.Column(_("Weakest rating"), 0.9),
        lay.Column(_("Mean"), 0.5, "right"),
        lay.Column(_("Last year"), 0.6, "right"),
        lay.Column(_("Change"), 0.65),
    ]
    blocks.append(lay.table(columns, rows))
    blocks.append(
        lay.paragraph(
            _(
                "Ratings: {scale}. A section's weakest rating is the lowest given to any of its "
                "questions; the mean counts Not met as 1 and Exceeding as 4, leaving out questions not "
                "assessed. Ratings are written as words as well as shown in colour."
            ).format(scale="; ".join(f"{r.label}: {r.meaning.rstrip('.')}" for r in Rating)),
            8.5,
            GREY,
            italic=True,
        )
    )
    return blocks


def _question_row(q: QuestionView) -> lay.Row:
    details = []
    if q.commentary:
        details.append(q.commentary)
    details.extend(e.line() for e in q.evidence)
    if q.suggestion is not None and q.suggestion.rating is not q.rating:
        details.append(
            _("The plan's data suggests {rating}: {reasons}").format(
                rating=q.suggestion.rating.label, reasons=" ".join(q.suggestion.reasons)
            )
        )
    return lay.Row(
        [
            q.key,
            q.text,
            q.rating.label,
            q.last_year.label if q.last_year else "—",
        ],
        detail="\n".join(details),
        fills=_fills(q.rating, 2),
    )


def sections(view: AssessmentView) -> list[lay.Block]:
    blocks: list[lay.Block] = []
    columns = [
        lay.Column(_("ID"), 0.45),
        lay.Column(_("Question"), 4.3),
        lay.Column(_("Rating"), 1.0),
        lay.Column(_("Last year"), 1.0),
    ]
    for s in view.sections:
        blocks.append(lay.heading(f"{s.key}. {s.title}", 1))
        words = ", ".join(f"{s.summary.counts[r]} {r.label.lower()}" for r in Rating if s.summary.counts[r])
        blocks.append(lay.paragraph(words, 9, GREY))
        if s.note:
            blocks.append(lay.paragraph(s.note, 8.5, GREY, italic=True))
        blocks.append(lay.table(columns, [_question_row(q) for q in s.questions]))
    return blocks


def gaps(view: AssessmentView) -> list[lay.Block]:
    found = [q for q in view.questions if q.is_gap]
    blocks: list[lay.Block] = [lay.heading(_("Gaps and the actions that address them"), 1)]
    if not found:
        blocks.append(lay.paragraph(_("No question is rated not met or partially met.")))
        return blocks
    rows = []
    for q in found:
        actions = [e for e in q.evidence if e.kind == "action"]
        rows.append(
            lay.Row(
                [
                    q.key,
                    q.text,
                    q.rating.label,
                    "\n".join(f"{e.label} ({e.now})" if e.now else e.label for e in actions) or _("none yet"),
                ],
                fills=_fills(q.rating, 2),
            )
        )
    columns = [
        lay.Column(_("ID"), 0.45),
        lay.Column(_("Question"), 3.2),
        lay.Column(_("Rating"), 0.95),
        lay.Column(_("Actions in the plan"), 2.2),
    ]
    blocks.append(lay.table(columns, rows))
    return blocks


def report_blocks(view: AssessmentView) -> list[lay.Block]:
    def chart(fig: "Figure") -> None:
        ratings_chart(view, fig=fig.subfigures(1, 1))

    return [
        *cover(view),
        lay.WholePage(chart),
        *gaps(view),
        lay.PageBreak(),
        *sections(view),
    ]


def report_text(blocks: list[lay.Block]) -> str:
    """Every word of the text blocks and table rows (the chart aside), one block a line."""
    lines = []
    for block in blocks:
        lines.append(block.text)
        lines.extend(row.text for row in getattr(block, "rows", ()))
    return "\n".join(line for line in lines if line)


def write_assessment_report(
    source: "Callable | object",
    plan_id: int,
    out_pdf: Path | str,
    *,
    assessment_id: int | None = None,
    template: str | None = None,
    year: int | None = None,
    on: date | None = None,
) -> int:
    """Write the assessment (the current year's unless one is named) as an A4 PDF; returns the pages.

    Args:
        source: an open Database, or a unit-of-work factory.

    Raises:
        ValidationError: the file name does not end in .pdf, or its folder does not exist.
        ActionPlanError: the file cannot be written.
    """
    out = Path(out_pdf)
    if out.suffix.lower() != ".pdf":
        raise ValidationError(
            _("The board report is a PDF: give a file name ending in .pdf, not “{name}”.").format(
                name=out.name
            ),
            field="path",
        )
    if not out.parent.is_dir():
        raise ValidationError(
            _("The folder {folder} does not exist.").format(folder=out.parent), field="path"
        )
    factory = source.unit_of_work if hasattr(source, "unit_of_work") else source
    view = services.get_assessment(
        factory(), plan_id, assessment_id=assessment_id, template=template, year=year, on=on
    )
    pages = lay.flow(report_blocks(view))
    _render(pages, out, view)
    return len(pages)


def _render(pages: list[lay.Page], out: Path, view: AssessmentView) -> None:
    import matplotlib
    from matplotlib.backends.backend_pdf import PdfPages
    from matplotlib.figure import Figure
    from matplotlib.layout_engine import ConstrainedLayoutEngine

    width, height = lay.A4
    rect = (lay.MARGIN_X / width, lay.BOTTOM / height, lay.WIDTH / width, (lay.TOP - lay.BOTTOM) / height)
    metadata = {
        "Title": _("{plan}: self-assessment {year}").format(plan=view.plan_name, year=view.year),
        "Author": "ActionPlan",
        "Subject": _("Prevent duty self-assessment against {name}").format(name=view.template_name),
        "Creator": f"ActionPlan {__version__}",
        "CreationDate": clock.now(),
    }
    partial = out.with_name(out.name + ".part")
    try:
        with matplotlib.rc_context({"pdf.fonttype": 42}), PdfPages(partial, metadata=metadata) as pdf:
            for number, page in enumerate(pages, 1):
                fig = Figure(figsize=lay.A4)
                if page.whole is not None:
                    fig.set_layout_engine(ConstrainedLayoutEngine(rect=rect, h_pad=0.06))
                    page.whole(fig)
                for block, y in page.placed:
                    block.draw(fig, y)
                _furniture(fig, view, number, len(pages))
                pdf.savefig(fig)
        partial.replace(out)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise ActionPlanError(
            _("Could not write {path}: {reason}.").format(path=out, reason=exc.strerror or exc)
        ) from exc


def _furniture(fig: "Figure", view: AssessmentView, number: int, total: int) -> None:
    width, height = lay.A4
    small = {"fontsize": 8, "color": GREY, "transform": fig.dpi_scale_trans, "family": lay.FONT}
    if number > 1:
        fig.text(lay.MARGIN_X, height - 0.45, view.plan_name, va="bottom", **small)
        fig.text(
            width - lay.MARGIN_X,
            height - 0.45,
            _("Self-assessment {year} · as at {date}").format(
                year=view.year, date=format_date(view.assessed_on)
            ),
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

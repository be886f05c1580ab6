"""The self-assessment chart: ratings by section against last year, as a matplotlib Figure (no pyplot).

Two panels: the mean rating of each section this year beside last year's, and this year's
questions by rating, section by section. Colours follow the RAG palette of the other charts
(not met as red, partially met as amber, met as green, exceeding as blue), each with its own
hatching, and every bar carries its number, so it reads in greyscale and for colour-blind
readers too.
"""

from typing import TYPE_CHECKING

from actionplan.assessment.ratings import RATED, Rating
from actionplan.assessment.readmodels import AssessmentView
from actionplan.domain.enums import Rag
from actionplan.i18n import _
from actionplan.reports.style import (
    BLACK,
    BLUE,
    GREY,
    LABEL_SIZE,
    LIGHT_GREY,
    RAG_STYLES,
    TICK_SIZE,
    Style,
    new_figure,
    style_axes,
    subtitle,
    text_width,
    title,
    width_of,
    wrap,
)

if TYPE_CHECKING:
    from matplotlib.figure import FigureBase

RATING_STYLES: dict[Rating, Style] = {
    Rating.NOT_MET: RAG_STYLES[Rag.RED],
    Rating.PARTIALLY_MET: RAG_STYLES[Rag.AMBER],
    Rating.MET: RAG_STYLES[Rag.GREEN],
    Rating.EXCEEDING: RAG_STYLES[Rag.COMPLETE],
    Rating.NOT_ASSESSED: Style(LIGHT_GREY, "", edge=GREY, text=BLACK),
}
THIS_YEAR = Style(BLUE)
LAST_YEAR = Style("#BBBBBB", "///", edge="#5F5F5F", text=BLACK)


def ratings_chart(view: AssessmentView, *, fig: "FigureBase | None" = None) -> "FigureBase":
    """Mean rating by section against last year (top), and this year's ratings by section (bottom)."""
    sections = view.sections
    fig = new_figure(fig, (10, 3.2 + 0.95 * len(sections)))
    heading = _("Self-assessment {year}: ratings by section").format(year=view.year)
    title(fig, heading)
    labels = [wrap(f"{s.key}. {s.title}", 28, 2) for s in sections]
    top, bottom = fig.subfigures(2, 1, height_ratios=(1.15, 1), hspace=0.02)
    _means(top, view, labels)
    _counts(bottom, view, labels)
    return fig


def _means(fig: "FigureBase", view: AssessmentView, labels: list[str]) -> None:
    ax = fig.add_subplot()
    ys = list(range(len(view.sections)))
    height = 0.38
    compare = view.previous is not None
    this = [s.summary.score or 0 for s in view.sections]
    bars = ax.barh(
        [y - (height / 2 if compare else 0) for y in ys],
        this,
        height=height,
        label=str(view.year),
        **THIS_YEAR.bar(),
    )
    _score_labels(ax, bars, [s.summary.score for s in view.sections])
    if compare:
        assert view.previous is not None
        last = [s.last_year.score if s.last_year else None for s in view.sections]
        old = ax.barh(
            [y + height / 2 for y in ys],
            [v or 0 for v in last],
            height=height,
            label=str(view.previous.year),
            **LAST_YEAR.bar(),
        )
        _score_labels(ax, old, last)
    ax.set_yticks(ys, labels)
    ax.set_ylim(len(ys) - 0.5, -0.6)
    ax.set_xlim(0, 4.45)
    ax.set_xticks([1, 2, 3, 4], [r.label for r in RATED])
    style_axes(ax, grid_axis="x")
    room = width_of(fig) - max(
        (text_width(line, TICK_SIZE) for lb in labels for line in lb.split("\n")), default=0
    )
    if compare:
        assert view.previous is not None
        caption = _("Mean rating of the questions assessed: {year} against {last}").format(
            year=view.year, last=view.previous.year
        )
    else:
        caption = _("Mean rating of the questions assessed (no earlier assessment to compare)")
    subtitle(ax, caption, view.assessed_on, room - 1.0)
    ax.legend(loc="lower right", fontsize=LABEL_SIZE - 1, frameon=True)


def _score_labels(ax, bars, scores: list[float | None]) -> None:
    for rect, score in zip(bars, scores, strict=True):
        text = f"{score:.1f}" if score is not None else _("not assessed")
        x = rect.get_width() + 0.05 if score is not None else 0.05
        ax.text(
            x,
            rect.get_y() + rect.get_height() / 2,
            text,
            va="center",
            fontsize=8,
            color=BLACK if score is not None else GREY,
        )


def _counts(fig: "FigureBase", view: AssessmentView, labels: list[str]) -> None:
    ax = fig.add_subplot()
    ys = list(range(len(view.sections)))
    lefts = [0] * len(ys)
    order = (*RATED, Rating.NOT_ASSESSED)
    for rating in order:
        counts = [s.summary.counts.get(rating, 0) for s in view.sections]
        style = RATING_STYLES[rating]
        bars = ax.barh(ys, counts, left=lefts, height=0.62, label=rating.label, **style.bar())
        for rect, n, section in zip(bars, counts, view.sections, strict=True):
            if n:
                rect.set_gid(f"section={section.key}&rating={rating.value}")
                ax.text(
                    rect.get_x() + rect.get_width() / 2,
                    rect.get_y() + rect.get_height() / 2,
                    str(n),
                    ha="center",
                    va="center",
                    fontsize=8,
                    color=BLACK,
                    bbox={
                        "boxstyle": "round,pad=0.18",
                        "facecolor": "white",
                        "edgecolor": "none",
                        "alpha": 0.9,
                    },
                )
        lefts = [a + b for a, b in zip(lefts, counts, strict=True)]
    ax.set_yticks(ys, labels)
    ax.set_ylim(len(ys) - 0.5, -0.5)
    ax.set_xlim(0, max(lefts, default=1) + 0.2)
    from matplotlib.ticker import MaxNLocator

    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    style_axes(ax, grid_axis="x")
    ax.set_xlabel(_("Questions"), fontsize=LABEL_SIZE)
    ax.set_title(_("This year's questions by rating"), loc="left", fontsize=LABEL_SIZE + 0.5, color=GREY)
    fig.legend(
        loc="outside lower center",
        ncols=len(order),
        frameon=False,
        fontsize=LABEL_SIZE - 1,
        handlelength=2.2,
        handleheight=1.2,
    )

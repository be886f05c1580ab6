"""The look shared by every chart: colour-blind-safe colours with hatching, fonts, notes, saving.

Colours are the Okabe–Ito palette, which stays distinguishable for the common kinds of
colour blindness; each series also has its own hatching and the fills differ in lightness,
so a chart printed in greyscale still reads. matplotlib is imported inside functions only:
importing this module costs nothing at start-up.
"""

import textwrap
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from actionplan import __version__
from actionplan.domain.dates import format_date
from actionplan.domain.enums import ActionStatus, ComplianceState, Rag
from actionplan.errors import ActionPlanError, ValidationError
from actionplan.i18n import _

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure, FigureBase

# Okabe & Ito (2008), "Color Universal Design".
BLACK = "#000000"
ORANGE = "#E69F00"
SKY_BLUE = "#56B4E9"
GREEN = "#009E73"
YELLOW = "#F0E442"
BLUE = "#0072B2"
VERMILLION = "#D55E00"
PURPLE = "#CC79A7"
GREY = "#5F5F5F"
LIGHT_GREY = "#D0D0D0"

FONT = "DejaVu Sans"  # ships with matplotlib, so every machine lays text out the same
TITLE_SIZE = 14
SUBTITLE_SIZE = 10
LABEL_SIZE = 10
TICK_SIZE = 9
NOTE_SIZE = 8.5


@dataclass(frozen=True)
class Style:
    """How one series is filled: colour, hatching, the edge (and hatch) colour, and text on it."""

    color: str
    hatch: str = ""
    edge: str = "white"
    text: str = "white"

    def bar(self) -> dict[str, Any]:
        return {"color": self.color, "hatch": self.hatch, "edgecolor": self.edge, "linewidth": 0.6}


STATE_STYLES: dict[ComplianceState, Style] = {
    ComplianceState.COMPLIANT: Style(GREEN),
    ComplianceState.EXPIRING: Style(SKY_BLUE, "///", edge="#1F4E6B", text=BLACK),
    ComplianceState.DUE: Style(YELLOW, "...", edge="#5C5600", text=BLACK),
    ComplianceState.OVERDUE: Style(VERMILLION, "xxx", edge="white"),
    ComplianceState.EXPIRED: Style(PURPLE, "\\\\\\", edge="#4A1F3A", text=BLACK),
}
# Charted left to right: the trained states first, then what needs doing.
STATE_ORDER = (
    ComplianceState.COMPLIANT,
    ComplianceState.EXPIRING,
    ComplianceState.DUE,
    ComplianceState.OVERDUE,
    ComplianceState.EXPIRED,
)

RAG_STYLES: dict[Rag, Style] = {
    Rag.RED: Style(VERMILLION, "xxx"),
    Rag.AMBER: Style(ORANGE, "///", edge="#5A3E00", text=BLACK),
    Rag.GREEN: Style(GREEN),
    Rag.COMPLETE: Style(BLUE, "..."),
}

STATUS_STYLES: dict[ActionStatus, Style] = {
    ActionStatus.NOT_STARTED: Style(LIGHT_GREY, "", edge=GREY, text=BLACK),
    ActionStatus.IN_PROGRESS: Style(SKY_BLUE, "///", edge="#1F4E6B", text=BLACK),
    ActionStatus.BLOCKED: Style(VERMILLION, "xxx"),
    ActionStatus.COMPLETE: Style(BLUE, "..."),
    ActionStatus.CANCELLED: Style("#8C8C8C", "---", edge="white"),
}

# For series without a meaning of their own (one per requirement): distinct hue, lightness and hatch.
SERIES_STYLES: tuple[Style, ...] = (
    Style(BLUE),
    Style(ORANGE, "///", edge="#5A3E00", text=BLACK),
    Style(GREEN, "...", edge="white"),
    Style(PURPLE, "\\\\\\", edge="#4A1F3A", text=BLACK),
    Style(SKY_BLUE, "xxx", edge="#1F4E6B", text=BLACK),
    Style(YELLOW, "---", edge="#5C5600", text=BLACK),
    Style(VERMILLION, "+++", edge="white"),
    Style(BLACK, "", edge="white"),
)


@lru_cache(maxsize=20_000)
def text_width(text: str, size: float, bold: bool = False) -> float:
    """Width of ``text`` in inches at ``size`` points (unhinted font metrics, no renderer needed)."""
    from matplotlib.font_manager import FontProperties

    prop = FontProperties(family=FONT, size=size, weight="bold" if bold else "normal")
    width, _h, _d = _measurer().get_text_width_height_descent(text, prop, ismath=False)
    return width / 72


@lru_cache(maxsize=1)
def _measurer():
    from matplotlib.textpath import TextToPath

    return TextToPath()


def fit(text: str, width: float, size: float, bold: bool = False) -> str:
    """``text`` cut with an ellipsis so that it is no wider than ``width`` inches."""
    if text_width(text, size, bold) <= width:
        return text
    low, high = 0, len(text)
    while low < high:
        mid = (low + high + 1) // 2
        if text_width(text[:mid].rstrip() + "…", size, bold) <= width:
            low = mid
        else:
            high = mid - 1
    return text[:low].rstrip() + "…"


def fit_middle(text: str, width: float, size: float) -> str:
    """``text`` shortened in the middle ("Northvale Volun…community 17") so both ends stay readable."""
    if text_width(text, size) <= width:
        return text
    keep = len(text)
    while keep > 2:
        keep -= 1
        head = (keep + 1) // 2
        candidate = text[:head].rstrip() + "…" + text[len(text) - (keep - head) :].lstrip()
        if text_width(candidate, size) <= width:
            return candidate
    return "…"


def width_of(fig: "FigureBase") -> float:
    """The width in inches of a figure, or of the part of a page a subfigure has.

    A page whose constrained layout keeps to a rectangle (the margins of a report page)
    gives its subfigures that share of the width.
    """
    engine = fig.figure.get_layout_engine()
    rect = engine.get().get("rect", (0, 0, 1, 1)) if engine is not None else (0, 0, 1, 1)
    return fig.bbox.width / fig.dpi * rect[2]


def series_style(index: int) -> Style:
    return SERIES_STYLES[index % len(SERIES_STYLES)]


def wrap(text: str, width: int, max_lines: int = 3) -> str:
    """``text`` wrapped to ``width`` characters, cut to ``max_lines`` with an ellipsis."""
    lines = textwrap.wrap(text, width) or [""]
    if len(lines) > max_lines:
        lines = lines[:max_lines]
        lines[-1] = lines[-1][: max(0, width - 1)].rstrip() + "…"
    return "\n".join(lines)


def shorten(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def new_figure(fig: "FigureBase | None", size: tuple[float, float]) -> "FigureBase":
    """The figure to draw on: the one given (a page or part of one), else a new constrained one."""
    if fig is not None:
        return fig
    from matplotlib.figure import Figure

    return Figure(figsize=size, dpi=100, layout="constrained")


def title(fig: "FigureBase", text: str) -> None:
    fig.suptitle(text, fontsize=TITLE_SIZE, fontweight="bold", x=0.01, ha="left")


def as_at(on: date) -> str:
    return _("As at {date}").format(date=format_date(on))


def subtitle(ax: "Axes", left: str, on: date, room: float) -> None:
    """The line under the title: what the chart shows on the left, the date it is as at on the right.

    ``room`` is the width in inches the line may take; when both do not fit, the date goes on a
    second line under the caption.
    """
    note = as_at(on)
    if text_width(left, SUBTITLE_SIZE) + text_width(note, SUBTITLE_SIZE) + 0.3 <= room:
        ax.set_title(left, loc="left", fontsize=SUBTITLE_SIZE, color=GREY)
        ax.set_title(note, loc="right", fontsize=SUBTITLE_SIZE, color=GREY)
        return
    caption = fit(left, room, SUBTITLE_SIZE)
    ax.set_title(f"{caption}\n{note}" if caption else note, loc="left", fontsize=SUBTITLE_SIZE, color=GREY)


def style_axes(ax: "Axes", grid_axis: str = "y") -> None:
    """Quiet axes: no top or right spine, light grid behind the data, readable ticks."""
    ax.spines[["top", "right"]].set_visible(False)
    ax.tick_params(labelsize=TICK_SIZE)
    ax.grid(axis=grid_axis, color="#E3E3E3", linewidth=0.8)
    ax.set_axisbelow(True)


def no_data(fig: "FigureBase", heading: str, on: date, hint: str) -> "FigureBase":
    """A chart with nothing to show: its title, "No data yet" and what would fill it."""
    title(fig, heading)
    ax = fig.add_subplot()
    ax.set_axis_off()
    subtitle(ax, "", on, width_of(fig))
    ax.text(0.5, 0.55, _("No data yet"), ha="center", va="center", fontsize=16, color=GREY)
    ax.text(0.5, 0.42, hint, ha="center", va="center", fontsize=LABEL_SIZE, color=GREY, wrap=True)
    return fig


SAVE_FORMATS = {".png": "png", ".svg": "svg", ".pdf": "pdf"}


def save_figure(fig: "Figure", path: Path | str, *, dpi: int = 150) -> Path:
    """Write ``fig`` as PNG, SVG or PDF, chosen by the file's extension.

    Raises:
        ValidationError: the extension is not .png, .svg or .pdf.
        ActionPlanError: the file cannot be written.
    """
    path = Path(path)
    fmt = SAVE_FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise ValidationError(
            _("Charts can be saved as .png, .svg or .pdf, not '{ext}': change the file name.").format(
                ext=path.suffix or path.name
            ),
            field="path",
        )
    # savefig picks the Agg, SVG or PDF canvas for the format (never pyplot), and leaves a
    # canvas the window attached (Qt) in place.
    title_text = fig.get_suptitle() or "ActionPlan chart"
    metadata: dict[str, Any] = {"Title": title_text}
    if fmt == "png":
        metadata["Software"] = f"ActionPlan {__version__}"
    else:
        metadata["Creator"] = f"ActionPlan {__version__}"
    if fmt == "pdf":
        metadata["Author"] = "ActionPlan"
    try:
        fig.savefig(path, format=fmt, dpi=dpi, metadata=metadata, facecolor="white")
    except OSError as exc:
        raise ActionPlanError(
            _("Could not write {path}: {reason}.").format(path=path, reason=exc.strerror or exc)
        ) from exc
    return path

"""A small flow layout for A4 report pages drawn with matplotlib: headings, text, tables, figure tiles.

Blocks are laid out top to bottom in inches; a block that does not fit starts a new page,
and a table carries on across pages with its header repeated. Layout runs before drawing,
so every page knows the page count ("Page 2 of 9"). Text is wrapped with measured widths
(matplotlib's own font metrics), so nothing runs off the page.
"""

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from actionplan.reports.style import BLACK, FONT, GREY, text_width

if TYPE_CHECKING:
    from matplotlib.figure import Figure

A4 = (8.27, 11.69)
MARGIN_X = 0.7
TOP = A4[1] - 0.85  # first baseline area under the running header
BOTTOM = 0.8  # above the footer
WIDTH = A4[0] - 2 * MARGIN_X
ROW_FILL = "#F2F2F2"
GROUP_FILL = "#DCDCDC"
RULE = "#9A9A9A"

Op = Callable[["Figure", float], None]  # draws on a page, given the y (inches) it was placed at


def wrap_text(text: str, width: float, size: float, bold: bool = False) -> list[str]:
    """``text`` broken into lines no wider than ``width`` inches (long words are split)."""
    lines: list[str] = []
    for paragraph in (text or "").splitlines() or [""]:
        line = ""
        for word in paragraph.split():
            candidate = f"{line} {word}" if line else word
            if text_width(candidate, size, bold) <= width:
                line = candidate
                continue
            if line:
                lines.append(line)
            while text_width(word, size, bold) > width and len(word) > 1:
                cut = len(word) - 1
                while cut > 1 and text_width(word[:cut] + "-", size, bold) > width:
                    cut -= 1
                lines.append(word[:cut] + "-")
                word = word[cut:]
            line = word
        lines.append(line)
    return lines


def line_height(size: float) -> float:
    return size * 1.32 / 72


@dataclass(eq=False)
class Block:
    """Something placed in the flow: its height, and how to draw it at a y position."""

    height: float
    draw: Op
    keep_with_next: bool = False
    space_before: float = 0.0
    text: str = ""  # what the block says, for tests and for searching a pack without rendering it


def _text(fig: "Figure", x: float, y: float, s: str, size: float, **kw: Any) -> None:
    fig.text(x, y, s, fontsize=size, transform=fig.dpi_scale_trans, va="top", family=FONT, **kw)


def _rect(fig: "Figure", x: float, y: float, w: float, h: float, **kw: Any) -> None:
    from matplotlib.patches import Rectangle

    fig.add_artist(Rectangle((x, y), w, h, transform=fig.dpi_scale_trans, **kw))


def heading(text: str, level: int = 1) -> Block:
    size = {0: 22, 1: 15, 2: 11.5}[level]
    lines = wrap_text(text, WIDTH, size, bold=True)
    height = len(lines) * line_height(size) + (0.12 if level == 1 else 0.05)

    def draw(fig: "Figure", y: float) -> None:
        _text(fig, MARGIN_X, y, "\n".join(lines), size, fontweight="bold", linespacing=1.2)
        if level == 1:
            _rect(fig, MARGIN_X, y - height + 0.05, WIDTH, 0.012, color=BLACK, linewidth=0)

    return Block(height, draw, keep_with_next=True, space_before={0: 0, 1: 0.25, 2: 0.18}[level], text=text)


def paragraph(text: str, size: float = 9.5, color: str = BLACK, italic: bool = False) -> Block:
    lines = wrap_text(text, WIDTH, size)

    def draw(fig: "Figure", y: float) -> None:
        _text(
            fig,
            MARGIN_X,
            y,
            "\n".join(lines),
            size,
            color=color,
            linespacing=1.25,
            style="italic" if italic else "normal",
        )

    return Block(len(lines) * line_height(size) + 0.04, draw, space_before=0.06, text=text)


def key_figures(items: Sequence[tuple[str, str, str]]) -> Block:
    """Tiles with a big number, a label and a note under it: (value, label, note)."""
    gap = 0.12
    tile_w = (WIDTH - gap * (len(items) - 1)) / max(len(items), 1)
    height = 1.4

    def draw(fig: "Figure", y: float) -> None:
        for i, (value, label, note) in enumerate(items):
            x = MARGIN_X + i * (tile_w + gap)
            _rect(fig, x, y - height, tile_w, height, facecolor="#F4F4F4", edgecolor=RULE, linewidth=0.8)
            _text(fig, x + 0.1, y - 0.1, value, 22, fontweight="bold")
            _text(
                fig,
                x + 0.1,
                y - 0.55,
                "\n".join(wrap_text(label, tile_w - 0.2, 9, True)),
                9,
                fontweight="bold",
            )
            _text(fig, x + 0.1, y - 0.88, "\n".join(wrap_text(note, tile_w - 0.2, 7.5)[:3]), 7.5, color=GREY)

    text = " | ".join(" ".join(item) for item in items)
    return Block(height, draw, space_before=0.15, text=text)


@dataclass(frozen=True)
class Column:
    title: str
    width: float  # inches
    align: str = "left"


@dataclass
class Row:
    """One table row: cell texts, an optional full-width note under it, and its emphasis."""

    cells: Sequence[str]
    detail: str = ""
    bold: bool = False
    fills: dict[int, str] = field(default_factory=dict)  # column index -> background colour
    group: bool = False  # a section row: the first cell spans the table


def table(columns: Sequence[Column], rows: Sequence[Row], size: float = 7.8) -> "TableHeader":
    """A table as one block per row, the header drawn again at the top of each page it reaches."""
    pad = 0.05
    lh = line_height(size)
    total = sum(c.width for c in columns)
    scale = WIDTH / total
    widths = [c.width * scale for c in columns]
    lefts = [MARGIN_X + sum(widths[:i]) for i in range(len(widths))]
    header_lines = [wrap_text(c.title, w - 2 * pad, size, True) for c, w in zip(columns, widths, strict=True)]
    header_h = max(len(h) for h in header_lines) * lh + 2 * pad

    def draw_header(fig: "Figure", y: float) -> None:
        _rect(fig, MARGIN_X, y - header_h, WIDTH, header_h, facecolor="#3A3A3A", linewidth=0)
        for x, w, col, lines in zip(lefts, widths, columns, header_lines, strict=True):
            tx, ha = (x + w - pad, "right") if col.align == "right" else (x + pad, "left")
            _text(
                fig,
                tx,
                y - pad,
                "\n".join(lines),
                size,
                color="white",
                fontweight="bold",
                ha=ha,
                linespacing=1.2,
            )

    blocks: list[Block] = []
    for index, row in enumerate(rows):
        if row.group:
            cell_lines = [wrap_text(row.cells[0], WIDTH - 2 * pad, size + 0.7, True)]
        else:
            cell_lines = [
                wrap_text(text, w - 2 * pad, size, row.bold)
                for text, w in zip(row.cells, widths, strict=True)
            ]
        detail_lines = wrap_text(row.detail, WIDTH - widths[0] - 2 * pad, size - 0.5) if row.detail else []
        body_h = max(len(lines) for lines in cell_lines) * lh + 2 * pad
        height = body_h + (len(detail_lines) * line_height(size - 0.5) + pad if detail_lines else 0)
        blocks.append(
            Block(
                height,
                _row_drawer(row, index, cell_lines, detail_lines, widths, lefts, columns, height, size, pad),
                text=" | ".join([*row.cells, row.detail]),
            )
        )
    header = TableHeader(header_h, draw_header, rows=blocks)
    header.text = " | ".join(c.title for c in columns)
    return header


class TableHeader(Block):
    """The header of a table and its rows: the flow repeats the header on every page the rows reach."""

    def __init__(self, height: float, draw: Op, rows: list[Block]):
        super().__init__(height, draw, keep_with_next=True, space_before=0.1)
        self.rows = rows


def _row_drawer(row, index, cell_lines, detail_lines, widths, lefts, columns, height, size, pad) -> Op:
    def draw(fig: "Figure", y: float) -> None:
        if row.group:
            _rect(fig, MARGIN_X, y - height, WIDTH, height, facecolor=GROUP_FILL, linewidth=0)
            _text(
                fig,
                MARGIN_X + pad,
                y - pad,
                "\n".join(cell_lines[0]),
                size + 0.7,
                fontweight="bold",
                linespacing=1.2,
            )
            return
        if index % 2:
            _rect(fig, MARGIN_X, y - height, WIDTH, height, facecolor=ROW_FILL, linewidth=0)
        detail_h = len(detail_lines) * line_height(size - 0.5) + pad if detail_lines else 0
        for col_index, colour in row.fills.items():
            _rect(
                fig,
                lefts[col_index],
                y - height + detail_h,
                widths[col_index],
                height - detail_h,
                facecolor=colour,
                linewidth=0,
                alpha=0.35,
            )
        for x, w, col, lines in zip(lefts, widths, columns, cell_lines, strict=True):
            tx, ha = (x + w - pad, "right") if col.align == "right" else (x + pad, "left")
            _text(
                fig,
                tx,
                y - pad,
                "\n".join(lines),
                size,
                ha=ha,
                fontweight="bold" if row.bold else "normal",
                linespacing=1.2,
            )
        if detail_lines:
            top = y - (height - len(detail_lines) * line_height(size - 0.5) - pad)
            _text(
                fig,
                lefts[1] + pad,
                top,
                "\n".join(detail_lines),
                size - 0.5,
                color="#404040",
                style="italic",
                linespacing=1.2,
            )
        _rect(fig, MARGIN_X, y - height, WIDTH, 0.006, color=RULE, linewidth=0)

    return draw


@dataclass
class Page:
    """A laid-out page: blocks with their y positions, or a whole-page drawing (charts)."""

    placed: list[tuple[Block, float]] = field(default_factory=list)
    whole: Callable[["Figure"], None] | None = None


class PageBreak(Block):
    def __init__(self) -> None:
        super().__init__(0, lambda fig, y: None)


class WholePage(Block):
    """A page drawn in one go (a chart page), always on a page of its own."""

    def __init__(self, draw: Callable[["Figure"], None]):
        super().__init__(0, lambda fig, y: None)
        self.draw_page = draw


def flow(blocks: Sequence[Block]) -> list[Page]:
    """Place blocks on pages, top to bottom; tables continue on the next page under a repeated header."""
    pages: list[Page] = [Page()]
    y = TOP

    def new_page() -> None:
        nonlocal y
        if pages[-1].placed or pages[-1].whole:
            pages.append(Page())
        y = TOP

    expanded: list[Block] = []
    owner: dict[int, TableHeader] = {}  # row block id -> its table's header
    for block in blocks:
        expanded.append(block)
        if isinstance(block, TableHeader):
            expanded.extend(block.rows)
            owner.update((id(row), block) for row in block.rows)
    for i, block in enumerate(expanded):
        if isinstance(block, PageBreak):
            new_page()
            continue
        if isinstance(block, WholePage):
            new_page()
            pages[-1].whole = block.draw_page
            new_page()
            continue
        header = owner.get(id(block))
        space = block.space_before if y < TOP else 0
        needed = space + block.height
        if block.keep_with_next and i + 1 < len(expanded):
            needed += expanded[i + 1].height + expanded[i + 1].space_before
        if y - needed < BOTTOM and y < TOP:
            new_page()
            space = 0
            if header is not None:
                pages[-1].placed.append((header, y))
                y -= header.height
        y -= space
        pages[-1].placed.append((block, y))
        y -= block.height
    if not pages[-1].placed and not pages[-1].whole and len(pages) > 1:
        pages.pop()
    return pages

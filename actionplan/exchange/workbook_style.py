"""Styles, formula-safe text and a streaming sheet writer for the workbooks we export.

Sheets are written with openpyxl's write-only mode. Styled cells are made once per column
(and per RAG or compliance state) and reused for every row: openpyxl writes each cell as it
is appended, so a reused cell costs no more than a plain value, and no style is looked up
per cell. Plain text, numbers and empty cells go in as plain values.
"""

import re
from collections.abc import Callable, Generator, Iterator, Sequence
from dataclasses import dataclass

from openpyxl.cell import Cell
from openpyxl.cell.cell import ERROR_CODES
from openpyxl.formatting.rule import CellIsRule
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.workbook import Workbook
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from actionplan.domain.enums import ComplianceState, Rag
from actionplan.domain.palette import RAG_LIGHT, STATE_LIGHT
from actionplan.exchange import welsh
from actionplan.i18n import _

DATE_FORMAT = "dd/mm/yyyy"
PERCENT_FORMAT = '0"%"'
VALIDATION_ROWS = 1000  # drop-downs reach this many rows below the data, for rows partners add
INLINE_LIST_LIMIT = 250  # Excel refuses an inline list longer than 255 characters
LISTS_SHEET = "Lists"
FONT_NAME = "Calibri"
LINE_HEIGHT = 14.5  # points per line of 11-point text
MAX_ROW_HEIGHT = 409  # Excel's limit
CHARS_PER_WIDTH = 1.15  # text runs a little narrower than the "0" a column width counts

# (fill, text) pairs as Excel writes them: the window's light palette.
RAG_COLOURS: dict[Rag, tuple[str, str]] = {
    rag: (fill[1:].upper(), text[1:].upper()) for rag, (fill, text) in RAG_LIGHT.items()
}
STATE_COLOURS: dict[ComplianceState, tuple[str, str]] = {
    state: (fill[1:].upper(), text[1:].upper()) for state, (fill, text) in STATE_LIGHT.items()
}
HEADER_FILL = "1F3A5F"
HEADER_TEXT = "FFFFFF"
ID_TEXT = "595959"

# Text a spreadsheet program could take for a formula when typed, or that XML cannot hold.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\ufffe\uffff]")
_RISKY = re.compile(r"^[=+\-@\t\r]|[\x00-\x08\x0b-\x1f\ufffe\uffff]|_x[0-9A-Fa-f]{4}_")
_ESCAPE = re.compile(r"[\x00-\x08\x0b-\x1f\ufffe\uffff]|_x[0-9A-Fa-f]{4}_")


def excel_text(text: str) -> str:
    """Text as a cell must store it to read back identical.

    XML turns a carriage return into a line feed and cannot hold other control characters,
    so they are written as Excel's own ``_xHHHH_`` escapes; a literal ``_xHHHH_`` in the text
    is protected as ``_x005F_xHHHH_``. Excel, LibreOffice and calamine undo both.
    """
    if "_x" not in text and not _CONTROL.search(text):
        return text
    return _ESCAPE.sub(_escape_one, text)


def _escape_one(match: re.Match[str]) -> str:
    found = match[0]
    if len(found) > 1:  # a literal _xHHHH_  # pragma: no mutate (one character or seven: "> 2" is the same)
        return "_x005F" + found
    return f"_x{ord(found):04X}_"


def needs_text_cell(text: str) -> bool:
    """Whether a string needs an explicit text cell: formula-like, an error code or escaped."""
    return _RISKY.search(text) is not None or (text[:1] == "#" and text in ERROR_CODES)


def font(**details: object) -> Font:
    """Calibri 11, the workbook's default: a font without a name looks different in LibreOffice."""
    return Font(name=FONT_NAME, size=11, **details)


def fill(colour: str) -> PatternFill:
    return PatternFill(fill_type="solid", start_color=colour, end_color=colour)


@dataclass(frozen=True)
class Column:
    """One column of an exported sheet.

    Attributes:
        header: the header text (one the importer maps exactly, on sheets it imports).
        width: the column width in characters.
        kind: text, wrap (long text, wrapped), date, int, percent, rag, id or custom (the
            sheet builder makes the cells itself).
        validation: a key of the workbook's drop-down lists, or "progress" (0 to 100).
        printed: False leaves the column out of the print area (it must come last).
    """

    header: str
    width: float
    kind: str = "text"
    validation: str | None = None
    printed: bool = True


class Lists:
    """The drop-down lists of a workbook: inline when short, else on a visible "Lists" sheet."""

    def __init__(self) -> None:
        self.items: dict[str, list[str]] = {}
        self.titles: dict[str, str] = {}
        self._on_sheet: list[str] = []

    def add(self, key: str, title: str, items: Sequence[str]) -> None:
        self.items[key] = list(dict.fromkeys(i for i in items if i))
        self.titles[key] = title

    def formula(self, key: str) -> str | None:
        items = self.items.get(key)
        if not items:
            return None
        inline = ",".join(items)
        if len(inline) <= INLINE_LIST_LIMIT and not any("," in i or '"' in i for i in items):
            return f'"{inline}"'
        if key not in self._on_sheet:
            self._on_sheet.append(key)
        column = get_column_letter(self._on_sheet.index(key) + 1)
        return f"{quote_sheetname(LISTS_SHEET)}!${column}$2:${column}${len(items) + 1}"

    def write_sheet(self, workbook: Workbook) -> int:
        """Add the Lists sheet when a list was too long to go inline; returns its rows."""
        if not self._on_sheet:
            return 0
        columns = [Column(self.titles[k], 30) for k in self._on_sheet]
        writer = SheetWriter(workbook, LISTS_SHEET, columns, lists=None)
        longest = max(len(self.items[k]) for k in self._on_sheet)
        for index in range(longest):
            writer.append(
                [self.items[k][index] if index < len(self.items[k]) else None for k in self._on_sheet]
            )
        return writer.finish()


class SheetWriter:
    """A write-only worksheet with our header row, widths, panes, filter, drop-downs and print set-up.

    Set everything that goes above the cells (widths, panes, page fit) in the constructor;
    ``finish`` adds what goes after them (filter, drop-downs, print area) once the row count
    is known.
    """

    def __init__(
        self,
        workbook: Workbook,
        title: str,
        columns: Sequence[Column],
        *,
        lists: Lists | None,
        freeze_columns: int = 0,
        footer: str = "",
    ):
        self.ws = workbook.create_sheet(title)
        self.columns = list(columns)
        self.lists = lists
        self.rows = 0
        ws = self.ws
        for index, column in enumerate(self.columns, start=1):
            ws.column_dimensions[get_column_letter(index)].width = column.width
        ws.freeze_panes = f"{get_column_letter(freeze_columns + 1)}2"
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.page_setup.orientation = "landscape"
        ws.page_setup.paperSize = Worksheet.PAPERSIZE_A4
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.page_margins.left = ws.page_margins.right = 0.4
        ws.page_margins.top = ws.page_margins.bottom = 0.6
        ws.page_margins.header = ws.page_margins.footer = 0.3
        ws.print_title_rows = "1:1"
        if freeze_columns:
            ws.print_title_cols = f"A:{get_column_letter(freeze_columns)}"
        ws.oddFooter.left.text = f"&A{' – ' + footer.replace('&', '&&') if footer else ''}"
        ws.oddFooter.right.text = _("Page &P of &N")
        # Row heights for wrapped text: spreadsheet programs do not all fit them on opening.
        self._wrapped = [(i, c.width) for i, c in enumerate(self.columns) if c.kind == "wrap"]
        self.top = bool(self._wrapped)  # with tall rows, every cell aligns to the top
        self._converters = [self._converter(column) for column in self.columns]
        headers = [welsh.header(column.header) for column in self.columns]
        ws.row_dimensions[1].height = (
            LINE_HEIGHT * max(text_lines(h, c.width) for h, c in zip(headers, self.columns, strict=True)) + 3
        )
        self._plain = [ReusedCell(ws) for _column in self.columns]
        self._rows_out = _direct_rows(ws)
        self._emit([self._header_cell(header) for header in headers])

    # ------------------------------------------------------------ cells

    def styled(
        self,
        *,
        number_format: str | None = None,
        colours: tuple[str, str] | None = None,
        wrap: bool = False,
        bold: bool = False,
        text_colour: str | None = None,
        centre: bool = False,
    ) -> Cell:
        """A cell carrying a style, to be reused (give it a value, then append it)."""
        cell = ReusedCell(self.ws)
        if number_format:
            cell.number_format = number_format
        if colours:
            cell.fill = fill(colours[0])
        if colours or bold or text_colour:
            cell.font = font(bold=bold, color=colours[1] if colours else text_colour)
        if wrap or centre or self.top:
            cell.alignment = Alignment(
                wrap_text=wrap or None, vertical="top", horizontal="center" if centre else None
            )
        return cell

    def _header_cell(self, header: str) -> Cell:
        cell = ReusedCell(self.ws, value=excel_text(header))
        cell.data_type = "s"
        cell.quotePrefix = needs_text_cell(header)  # a course code is the user's text
        cell.font = font(bold=True, color=HEADER_TEXT)
        cell.fill = fill(HEADER_FILL)
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        return cell

    def _converter(self, column: Column) -> Callable[[object], object]:
        kind = column.kind
        if kind in ("text", "id", "custom"):
            return self.text_converter(wrap=False, text_colour=ID_TEXT if kind == "id" else None)
        if kind == "wrap":
            return self.text_converter(wrap=True)
        if kind == "date":
            return _reusing(self.styled(number_format=DATE_FORMAT, centre=True))
        if kind == "percent":
            return _reusing(self.styled(number_format=PERCENT_FORMAT))
        if kind == "int":
            return _reusing(self.styled()) if self.top else _plain
        if kind == "rag":
            return self.rag_converter()
        raise ValueError(f"unknown column kind {kind!r}")

    def text_converter(
        self, *, wrap: bool, text_colour: str | None = None, colours: tuple[str, str] | None = None
    ) -> Callable[[object], object]:
        """Text as plain values; formula-like text as an explicit text cell with Excel's quote prefix."""
        styled = wrap or text_colour or colours or self.top
        options = {"wrap": wrap, "text_colour": text_colour, "colours": colours}
        # Equivalent mutant ("or True"): a cell styled with nothing is a plain value.
        base = self.styled(**options) if styled else None  # pragma: no mutate
        quoted = self.styled(**options)
        quoted.quotePrefix = True

        def convert(value: object) -> object:
            if value is None or value == "":
                return None
            if not isinstance(value, str):
                return value
            if needs_text_cell(value):
                quoted.value = excel_text(value)
                quoted.data_type = "s"  # never a formula, an error code or a number
                return quoted
            if base is None:
                return value
            base.value = value
            return base

        return convert

    def rag_converter(self) -> Callable[[object], object]:
        """A RAG as its word on its colour."""
        cells = {rag: self.styled(colours=RAG_COLOURS[rag], centre=True) for rag in Rag}

        def convert(value: object) -> object:
            if value is None:
                return None
            rag = Rag(value)
            cell = cells[rag]
            cell.value = rag.label
            return cell

        return convert

    # ------------------------------------------------------------ rows

    def append(self, values: Sequence[object]) -> None:
        if self._wrapped:
            self._fit_height(values)
        self.rows += 1
        self._emit([convert(v) for convert, v in zip(self._converters, values, strict=True)])

    def append_cells(self, cells: Sequence[object]) -> None:
        """Append values and cells as they are (the caller made them safe).

        A reused cell holds one value at a time, so each may appear once in a row.
        """
        placed = [id(c) for c in cells if isinstance(c, Cell)]
        if len(placed) != len(set(placed)):
            raise ValueError("a reused cell appears twice in one row")
        if self._wrapped:
            self._fit_height([c.value if isinstance(c, Cell) else c for c in cells])
        self.rows += 1
        self._emit(cells)

    def _emit(self, row: Sequence[object]) -> None:
        if self._rows_out is None:
            self.ws.append(row)
        else:
            self._rows_out.send((self._cells(row, self.rows + 1), self.rows + 1))

    def _cells(self, row: Sequence[object], row_index: int) -> Iterator[Cell]:
        """The row's cells, placed one at a time (a reused cell is written before it is reused)."""
        plain = self._plain
        for index, value in enumerate(row):
            if value is None:
                continue
            if isinstance(value, Cell):
                cell = value
            else:
                cell = plain[index]
                cell.value = value
                if cell.data_type in ("f", "e"):  # the converters quote such text; never a formula
                    cell.data_type = "s"
            cell.row = row_index
            cell.column = index + 1
            yield cell

    def _fit_height(self, values: Sequence[object]) -> None:
        lines = max(text_lines(values[i], width) for i, width in self._wrapped)
        if lines > 1:
            self.ws.row_dimensions[self.rows + 2].height = min(LINE_HEIGHT * lines + 2, MAX_ROW_HEIGHT)

    # ------------------------------------------------------------ after the rows

    def finish(self) -> int:
        """Add the filter, drop-downs, RAG colour rules and print area; returns the data rows."""
        ws = self.ws
        last_column = get_column_letter(len(self.columns))
        last_row = self.rows + 1
        ws.auto_filter.ref = f"A1:{last_column}{max(last_row, 2)}"
        reach = last_row + VALIDATION_ROWS
        for index, column in enumerate(self.columns, start=1):
            letter = get_column_letter(index)
            area = f"{letter}2:{letter}{reach}"
            if column.validation:
                validation = self._validation(column)
                if validation is not None:
                    validation.add(area)
                    ws.data_validations.append(validation)
            if column.kind == "rag":
                add_rag_rules(ws, area)
        printed = sum(1 for c in self.columns if c.printed)
        ws.print_area = f"A1:{get_column_letter(max(printed, 1))}{max(last_row, 2)}"
        return self.rows

    def _validation(self, column: Column) -> DataValidation | None:
        if column.validation == "progress":
            return DataValidation(
                type="whole",
                operator="between",
                formula1="0",
                formula2="100",
                allow_blank=True,
                showErrorMessage=True,
                errorTitle=_("Progress"),
                error=_("Give the progress as a whole number from 0 to 100."),
                showInputMessage=True,
                promptTitle=_("Progress"),
                prompt=_("A whole number from 0 to 100 (per cent)."),
            )
        if self.lists is None:
            return None
        formula = self.lists.formula(column.validation or "")
        if formula is None:
            return None
        strict = column.validation in ("status", "rag", "yesno")
        return DataValidation(
            type="list",
            formula1=formula,
            allow_blank=True,
            showDropDown=False,  # False shows the arrow (the attribute's sense is inverted)
            showErrorMessage=True,
            errorStyle="stop" if strict else "warning",
            errorTitle=column.header,
            error=_("Choose a value from the list."),
        )


def add_rag_rules(ws: Worksheet, area: str) -> None:
    """Colour RAG words typed later too: one rule per RAG word."""
    for rag in Rag:
        background, text = RAG_COLOURS[rag]
        ws.conditional_formatting.add(
            area,
            CellIsRule(
                operator="equal",
                formula=[f'"{rag.label}"'],
                fill=fill(background),
                font=Font(color=text),
            ),
        )


def text_lines(value: object, width: float) -> int:
    """Lines a value takes wrapped in a column ``width`` characters wide (an estimate)."""
    if not isinstance(value, str) or not value:
        return 1
    per_line = max(int(width * CHARS_PER_WIDTH), 1)
    lines = 0
    for paragraph in value.splitlines() or [""]:
        words, length = paragraph.split(" "), 0
        lines += 1
        for word in words:
            if length and length + 1 + len(word) > per_line:
                lines += 1
                length = 0
            length += (1 if length else 0) + len(word)
            while length > per_line:  # a word longer than the column breaks anywhere
                lines += 1
                length -= per_line
    return lines


class ReusedCell(Cell):
    """A cell made once and written many times: its style's index is looked up once."""

    __slots__ = ("_style_index",)

    def __init__(self, worksheet, value=None):
        super().__init__(worksheet, row=1, column=1, value=value)  # placed when appended
        self._style_index: int | None = None

    @property
    def style_id(self) -> int:
        if self._style_index is None:
            self._style_index = super().style_id
        return self._style_index


def _direct_rows(ws) -> Generator[None, tuple[Iterator[Cell], int], None] | None:
    """Feed rows of placed cells straight to openpyxl's write-only sheet writer.

    ``WriteOnlyWorksheet.append`` turns every value into a cell, raising and catching an
    exception and making a new cell for each styled one; our rows are cells already. The
    generator takes the place of the sheet's own (``ws.close`` closes it, as openpyxl
    does). Without the write-only internals this relies on, None: ``append`` is used.
    """
    try:
        ws._get_writer()
        writer = ws._writer
        if ws._rows is not None:
            return None
        xf = writer.xf.send(True)
    except (AttributeError, TypeError, StopIteration):
        return None

    def rows() -> Generator[None, tuple[Iterator[Cell], int], None]:
        with xf.element("sheetData"):
            try:
                while True:
                    cells, row_index = yield
                    writer.write_row(xf, cells, row_index)
            except GeneratorExit:
                pass
        writer.xf.send(None)

    generator = rows()
    next(generator)
    ws._rows = generator
    return generator


def _reusing(cell: Cell) -> Callable[[object], object]:
    def convert(value: object) -> object:
        if value is None:
            return None
        cell.value = value
        return cell

    return convert


def _plain(value: object) -> object:
    return value

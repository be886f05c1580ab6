"""Formula safety: text that a spreadsheet could take for a formula is written as text, quoted."""

import io
from datetime import date, datetime

import openpyxl
import pytest
from openpyxl import Workbook

from actionplan.exchange.export_summary import Line, write_summary
from actionplan.exchange.rejects import _put
from actionplan.exchange.workbook_style import (
    RAG_COLOURS,
    Column,
    SheetWriter,
    excel_text,
    needs_text_cell,
)

RISKY = [
    "=1+2",
    '=HYPERLINK("http://x.example","click")',
    "+44 7700 900123",
    "-5",
    "@SUM(A1)",
    "\tTab",
    "\rCR",
]
SAFE = ["Plain", "a=b", "5-2", "mail@x.example", "#hashtag", " =spaced"]


@pytest.mark.parametrize("text", RISKY)
def test_text_beginning_like_a_formula_needs_a_text_cell(text):
    assert needs_text_cell(text)


@pytest.mark.parametrize("text", SAFE)
def test_ordinary_text_needs_no_text_cell(text):
    assert not needs_text_cell(text)


def test_error_codes_and_escapes_need_a_text_cell():
    assert needs_text_cell("#N/A") and needs_text_cell("#DIV/0!")
    assert needs_text_cell("bell\x07") and needs_text_cell("a_x0041_b")
    assert not needs_text_cell("") and not needs_text_cell("a\nb")


def test_excel_text_escapes_what_xml_cannot_hold():
    assert excel_text("plain") == "plain"
    assert excel_text("a\rb") == "a_x000D_b"
    assert excel_text("a\x01b\x1f") == "a_x0001_b_x001F_"
    assert excel_text("a_x0041_b") == "a_x005F_x0041_b"
    assert excel_text("a_xyz_ b\tc\nd") == "a_xyz_ b\tc\nd"


def saved(workbook: Workbook) -> openpyxl.Workbook:
    buffer = io.BytesIO()
    workbook.save(buffer)
    return openpyxl.load_workbook(io.BytesIO(buffer.getvalue()))


COLUMNS = (Column("Text", 20), Column("Wrapped", 20, "wrap"), Column("Id", 20, "id"), Column("Int", 8, "int"))


def test_the_sheet_writer_quotes_risky_text_in_every_kind_of_text_column():
    workbook = Workbook(write_only=True)
    writer = SheetWriter(workbook, "Sheet", COLUMNS, lists=None)
    for text in RISKY + SAFE:
        writer.append((text, text, text, 7))
    writer.append((None, "", 3.5, None))
    assert writer.finish() == len(RISKY) + len(SAFE) + 1
    ws = saved(workbook)["Sheet"]
    for row, text in enumerate(RISKY + SAFE, start=2):
        for column in (1, 2, 3):
            cell = ws.cell(row, column)
            assert cell.data_type == "s", (text, column)
            assert cell.quotePrefix is (text in RISKY), (text, column)
        assert ws.cell(row, 4).value == 7
    assert ws.cell(2, 1).value == "=1+2"
    last = len(RISKY) + len(SAFE) + 2
    assert [ws.cell(last, c).value for c in (1, 2, 3, 4)] == [None, None, 3.5, None]
    assert ws.cell(2, 2).alignment.wrap_text and not ws.cell(2, 1).alignment.wrap_text
    assert ws.cell(2, 3).font.color.rgb.endswith("595959") and ws.cell(2, 3).quotePrefix
    assert ws.cell(9, 3).font.color.rgb.endswith("595959")  # a safe id keeps its grey


def test_text_reads_back_identical_through_the_importer():
    from actionplan.exchange.reader import read_file

    workbook = Workbook(write_only=True)
    writer = SheetWriter(workbook, "Sheet", (Column("Text", 20),), lists=None)
    values = [*RISKY, "a_x0041_b", "bell\x07", "#N/A"]
    for text in values:
        writer.append((text,))
    writer.finish()
    buffer = io.BytesIO()
    workbook.save(buffer)
    import tempfile
    from pathlib import Path

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "t.xlsx"
        path.write_bytes(buffer.getvalue())
        (sheet,) = read_file(path)
    assert [row[0] for row in sheet.rows[1:]] == values


def test_a_value_given_straight_to_a_plain_column_never_becomes_a_formula():
    workbook = Workbook(write_only=True)
    writer = SheetWriter(workbook, "Sheet", (Column("Int", 8, "int"), Column("Int", 8, "int")), lists=None)
    writer.append(("=SUM(A1)", "#N/A"))
    writer.append_cells(["=1+2", None])
    writer.finish()
    ws = saved(workbook)["Sheet"]
    assert (ws.cell(2, 1).value, ws.cell(2, 1).data_type) == ("=SUM(A1)", "s")
    assert (ws.cell(2, 2).value, ws.cell(2, 2).data_type) == ("#N/A", "s")
    assert (ws.cell(3, 1).value, ws.cell(3, 1).data_type) == ("=1+2", "s")


def test_a_reused_cell_may_appear_once_in_a_row():
    workbook = Workbook(write_only=True)
    writer = SheetWriter(workbook, "Sheet", (Column("A", 8), Column("B", 8)), lists=None)
    cell = writer.styled()
    cell.value = 1
    with pytest.raises(ValueError, match="^a reused cell appears twice in one row$"):
        writer.append_cells([cell, cell])
    other = writer.styled()
    other.value = 2
    writer.append_cells([cell, other])
    assert writer.rows == 1
    writer.finish()
    assert [c.value for c in saved(workbook)["Sheet"][2]] == [1, 2]


def test_the_summary_quotes_every_text_it_writes():
    """Requirement lines (coloured) carry the user's course codes and titles: text, quoted."""
    workbook = Workbook(write_only=True)
    writer = SheetWriter(
        workbook, "Summary", (Column("Item", 40, "wrap"), Column("Value", 90, "wrap")), lists=None
    )
    colours = next(iter(RAG_COLOURS.values()))
    lines = [
        Line("Heading", heading=True),
        Line('=HYPERLINK("http://x.example"): WRAP for all', "=1+2", colours),
        Line("-Minus: title", "@SUM(A1)", colours),
        Line("Plain coloured", "Plain", colours),
        Line("+Plan", "\rCR"),
        Line("Figures as at", date(2026, 11, 28)),
        Line("Rows", 12),
        Line("Share", 0.5),
    ]
    assert write_summary(writer, lines) == len(lines)
    ws = saved(workbook)["Summary"]
    cells = {(r, c): ws.cell(r, c) for r in range(2, len(lines) + 2) for c in (1, 2)}
    assert cells[(2, 1)].value == "Heading" and cells[(2, 1)].font.b and cells[(2, 2)].value is None
    assert cells[(2, 1)].alignment.wrap_text and cells[(3, 1)].alignment.wrap_text
    assert (
        cells[(6, 1)].alignment.wrap_text
        and cells[(5, 2)].alignment.wrap_text
        and cells[(6, 2)].alignment.wrap_text
    )
    for row in (3, 4, 6):
        for column in (1, 2):
            assert cells[(row, column)].data_type == "s" and cells[(row, column)].quotePrefix, (row, column)
    assert cells[(3, 1)].value == '=HYPERLINK("http://x.example"): WRAP for all'
    assert cells[(3, 1)].fill.fgColor.rgb.endswith(colours[0]) and cells[(3, 1)].font.color.rgb.endswith(
        colours[1]
    )
    assert cells[(4, 1)].fill.fgColor.rgb == cells[(3, 1)].fill.fgColor.rgb
    assert not cells[(5, 1)].quotePrefix and cells[(5, 1)].fill.fgColor.rgb.endswith(colours[0])
    assert not cells[(5, 2)].quotePrefix and cells[(5, 2)].value == "Plain"
    assert cells[(7, 2)].value == datetime(2026, 11, 28) and cells[(7, 2)].number_format == "dd/mm/yyyy"
    assert cells[(7, 2)].alignment.horizontal == "left"
    assert cells[(8, 2)].value == 12 and cells[(8, 2)].alignment.horizontal == "left"
    assert cells[(9, 2)].value == 0.5


def test_the_rejects_workbook_writes_text_as_text():
    ws = Workbook().active
    for row, text in enumerate(RISKY, start=1):
        _put(ws.cell(row, 1), text)
        assert ws.cell(row, 1).data_type == "s" and ws.cell(row, 1).quotePrefix, text
        assert ws.cell(row, 1).value == text
    _put(ws.cell(20, 1), "Plain")
    _put(ws.cell(21, 1), "bell\x07 and\x0b tab\t")
    _put(ws.cell(22, 1), date(2026, 3, 1))
    _put(ws.cell(23, 1), datetime(2026, 3, 1, 9, 30))
    _put(ws.cell(24, 1), datetime(2026, 3, 1))
    _put(ws.cell(25, 1), 42)
    assert not ws.cell(20, 1).quotePrefix and ws.cell(20, 1).data_type == "s"
    assert ws.cell(21, 1).value == "bell and tab\t"
    assert ws.cell(22, 1).number_format == "dd/mm/yyyy"
    assert ws.cell(23, 1).number_format == "dd/mm/yyyy hh:mm"
    assert ws.cell(24, 1).number_format == "dd/mm/yyyy"
    assert ws.cell(25, 1).value == 42 and ws.cell(25, 1).number_format == "General"


def test_text_cells_line_up_at_the_top_where_rows_are_tall():
    workbook = Workbook(write_only=True)
    tall = SheetWriter(workbook, "Tall", COLUMNS, lists=None)
    tall.append(("Short", "A long text " * 20, "id", 1))
    wrapped = tall.text_converter(wrap=True)
    tall.append_cells(["Plain", wrapped("Another long text " * 20), None, None])
    tall.finish()
    flat = SheetWriter(workbook, "Flat", (Column("Text", 20), Column("Id", 20, "id")), lists=None)
    flat.append(("Plain", "an-id"))
    flat.append(("=1", ""))
    wrap_anyway = flat.text_converter(wrap=True)
    flat.append_cells([wrap_anyway("Wrapped"), None])
    flat.finish()
    buffer = io.BytesIO()
    workbook.save(buffer)
    saved_book = openpyxl.load_workbook(io.BytesIO(buffer.getvalue()))
    ws = saved_book["Tall"]
    assert ws.cell(2, 1).alignment.vertical == "top" and ws.cell(3, 1).value == "Plain"
    assert ws.row_dimensions[2].height > 40 and ws.row_dimensions[3].height > 40
    flat_ws = saved_book["Flat"]
    assert flat_ws.cell(2, 1).alignment.vertical is None and flat_ws.cell(2, 1).style_id == 0
    assert flat_ws.cell(3, 1).quotePrefix and flat_ws.cell(3, 1).alignment.vertical is None
    assert flat_ws.cell(2, 2).font.color.rgb.endswith("595959")  # ids are grey wherever they are
    assert flat_ws.cell(4, 1).alignment.wrap_text
    import zipfile

    with zipfile.ZipFile(io.BytesIO(buffer.getvalue())) as archive:
        flat_xml = archive.read("xl/worksheets/sheet2.xml").decode()
    assert 'r="B3"' not in flat_xml  # an empty text writes no cell at all

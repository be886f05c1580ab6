"""The rejects workbook: the rejected rows as they were in the file, with the reason, to send back."""

import re
from datetime import date, datetime, time
from pathlib import Path

from actionplan.errors import ActionPlanError
from actionplan.exchange.preview import ImportPreview, Outcome
from actionplan.i18n import _
from actionplan.protection.workbooks import save_workbook

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_SHEET_NAME_BAD = re.compile(r"[\[\]:*?/\\]")


def _sheet_title(name: str, taken: set[str]) -> str:
    base = _SHEET_NAME_BAD.sub(" ", name).strip("' ") or _("Rejected")
    title, n = base[:31], 2
    while title.casefold() in taken:
        suffix = f" ({n})"
        title, n = base[: 31 - len(suffix)] + suffix, n + 1
    taken.add(title.casefold())
    return title


def _put(cell, value: object) -> None:
    """Write a value so Excel shows what the partner wrote; text is never taken as a formula."""
    if isinstance(value, str):
        cell.value = _ILLEGAL.sub("", value)
        cell.data_type = "s"  # "=SUM(A1)" or "-5 days" stays text
        if value.startswith(FORMULA_STARTS):
            cell.quotePrefix = True
        return
    cell.value = value
    if isinstance(value, datetime):
        cell.number_format = "dd/mm/yyyy" if value.time() == time() else "dd/mm/yyyy hh:mm"
    elif isinstance(value, date):
        cell.number_format = "dd/mm/yyyy"


def write_rejects(preview: ImportPreview, out_path: str | Path, *, password: str | None = None) -> int:
    """Write the rejected rows to an .xlsx workbook, one sheet per sheet of the file.

    Each sheet has the file's header row, then each rejected row exactly as it was, then two
    columns: the row's number in the original file and the reason (every problem, with its
    column). The header row is frozen and filtered. Returns how many rows were written.
    The workbook holds personal data: it is readable by the user only, and encrypted with
    ``password`` when one is given (the partner's file came protected with it).

    Raises:
        ActionPlanError: when the workbook cannot be saved (a folder that does not exist, a
            file open in Excel).
    """
    # openpyxl here, not at the top: an import that rejects nothing never loads it.
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    out_path = Path(out_path)
    workbook = Workbook()
    workbook.remove(workbook.active)
    taken: set[str] = set()
    written = 0
    bold = Font(bold=True)
    for sheet in preview.sheets:
        rejected = [row for row in sheet.rows if row.outcome is Outcome.REJECTED]
        if not rejected:
            continue
        ws = workbook.create_sheet(_sheet_title(sheet.name, taken))
        headers = [c.header for c in sheet.columns]
        width = max(len(headers), *(len(row.cells) for row in rejected))
        header_row = [*headers, *[""] * (width - len(headers)), _("Row in original file"), _("Reason")]
        for column, text in enumerate(header_row, start=1):
            cell = ws.cell(row=1, column=column)
            _put(cell, text)
            cell.font = bold
        for index, row in enumerate(rejected, start=2):
            cells = list(row.cells) + [None] * (width - len(row.cells))
            for column, value in enumerate(cells, start=1):
                if value is not None:
                    _put(ws.cell(row=index, column=column), value)
            ws.cell(row=index, column=width + 1, value=row.row)
            reason = " ".join(
                f"{error.column}: {error.message}" if error.column else error.message for error in row.errors
            )
            reason_cell = ws.cell(row=index, column=width + 2)
            _put(reason_cell, reason)
            reason_cell.alignment = Alignment(wrap_text=True, vertical="top")
            written += 1
        ws.freeze_panes = "A2"
        ws.auto_filter.ref = f"A1:{get_column_letter(width + 2)}{len(rejected) + 1}"
        for column, text in enumerate(header_row, start=1):
            ws.column_dimensions[get_column_letter(column)].width = min(max(len(str(text)) + 4, 12), 40)
        ws.column_dimensions[get_column_letter(width + 2)].width = 70
        ws.page_setup.orientation = "landscape"
        ws.page_setup.paperSize = ws.PAPERSIZE_A4
    if not written:
        ws = workbook.create_sheet(_("Rejected"))
        ws["A1"] = _("No rows were rejected.")
    workbook.properties.title = _("Rows not imported from {file}").format(file=preview.file_name)
    workbook.properties.creator = "actionplan"
    try:
        save_workbook(workbook, out_path, password)
    except OSError as exc:
        raise ActionPlanError(
            _(
                "The rejects workbook could not be saved to {path} ({reason}): close it in Excel "
                "or choose another folder."
            ).format(path=out_path, reason=exc.strerror or exc.__class__.__name__)
        ) from exc
    return written

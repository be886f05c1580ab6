"""Reads the cells of a checked spreadsheet or CSV file into plain rows, keeping row numbers."""

import contextlib
import csv
import io
import logging
import warnings
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, time
from pathlib import Path
from typing import BinaryIO

import python_calamine

from actionplan.errors import ActionPlanError, FileFormatError
from actionplan.exchange import safety
from actionplan.i18n import _

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]

CSV_DELIMITERS = (",", ";", "\t", "|")
_CHECK_EVERY = 1000  # rows between progress reports and cancel checks
_CALAMINE_SUFFIXES = {
    "xlsx": {".xlsx", ".xlsm", ".xltx", ".xltm"},
    "xls": {".xls", ".xla"},
    "ods": {".ods"},
}


class ImportCancelled(ActionPlanError):
    """The user stopped the reading of a file."""

    def __init__(self, message: str | None = None):
        super().__init__(message or _("The import was cancelled; nothing was changed."))


@dataclass
class RawSheet:
    """The cell values of one visible sheet, as the file holds them.

    ``rows[i][j]`` is the cell in spreadsheet row ``i + 1`` and column ``j + 1`` (A is 0), so
    leading empty rows and columns are kept. Values are str, float (calamine) or int
    (openpyxl), bool, date, datetime, time or None for an empty cell; formulas are never
    evaluated (their last saved value is read). Rows are padded to one width, and trailing
    empty rows and columns are dropped. CSV cells are all text (or None when empty).
    """

    name: str
    rows: list[list[object]] = field(default_factory=list)

    @property
    def width(self) -> int:
        return len(self.rows[0]) if self.rows else 0


def decrypted(path: str | Path, password: str | None) -> io.BytesIO | None:
    """A password-protected workbook decrypted in memory; None for a file that is not protected.

    Nothing decrypted is ever written to disk: the readers and the safety checks take the
    in-memory copy.

    Raises:
        PasswordNeededError: the file is protected and the password is missing or wrong.
    """
    from actionplan.protection.workbooks import decrypt_to_memory, is_encrypted_package

    if not is_encrypted_package(path):
        return None
    return decrypt_to_memory(path, password)


def read_file(
    path: str | Path,
    *,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    password: str | None = None,
    data: BinaryIO | None = None,
) -> list[RawSheet]:
    """Read every visible worksheet of a spreadsheet, or the one table of a CSV file.

    The file is first checked by ``safety.check_file``. Workbooks (.xlsx, .xlsm, .xls,
    .ods) are read with python-calamine, falling back to openpyxl for .xlsx files calamine
    cannot parse. Hidden sheets and chart sheets are left out. A password-protected
    workbook is decrypted in memory with ``password`` and checked and read from there.

    Args:
        path: the file.
        progress: called as ``progress(done, total)``; the steps are sheets for a workbook
            and rows for a CSV file.
        cancel: called now and then; returning True stops the reading.
        password: the password of a protected workbook.
        data: the file already decrypted in memory (``decrypted``), to read instead of ``path``.

    Raises:
        FileFormatError: when the file cannot be read, with one sentence for the user
            (``PasswordNeededError`` when it needs a password, naming --password-env).
        ImportCancelled: when ``cancel`` returned True.
    """
    path = Path(path)
    if data is None:
        data = decrypted(path, password)
    kind = safety.check_file(path) if data is None else safety.check_decrypted(data, path.name)
    if kind == "csv":
        return [_read_csv(path, progress, cancel)]
    try:
        return _read_calamine(path, kind, progress, cancel, data)
    except python_calamine.PasswordError as exc:
        raise _password(path) from exc
    except (python_calamine.CalamineError, ValueError, OverflowError, OSError) as exc:
        if kind != "xlsx":
            raise _damaged(path) from exc
        log.warning("calamine could not read %s (%s); trying openpyxl", path.name, exc)
    return _read_openpyxl(path, progress, cancel, data)


def _damaged(path: Path) -> FileFormatError:
    return FileFormatError(
        _("“{name}” is damaged and cannot be read: ask for a fresh copy or save it again in Excel.").format(
            name=path.name
        )
    )


def _password(path: Path) -> FileFormatError:
    return FileFormatError(
        _("“{name}” is password-protected: remove the password in Excel and save it again.").format(
            name=path.name
        )
    )


def _no_sheets(path: Path, any_sheets: bool) -> FileFormatError:
    if any_sheets:
        message = _(
            "“{name}” has no visible worksheets: unhide the sheet with the data in Excel and save it again."
        )
    else:
        message = _("“{name}” holds no worksheets: ask for a fresh copy or save it again in Excel.")
    return FileFormatError(message.format(name=path.name))


def _too_big(path: Path, sheet: str) -> FileFormatError:
    return FileFormatError(
        _(
            "Sheet “{sheet}” of “{name}” is too large to import: delete the unused rows and "
            "columns, or split it into smaller files."
        ).format(sheet=sheet, name=path.name)
    )


def _check_cancel(cancel: Cancel | None) -> None:
    if cancel is not None and cancel():
        raise ImportCancelled


def _report(progress: Progress | None, done: int, total: int) -> None:
    if progress is not None:
        progress(done, total)


def _finish(rows: list[list[object]]) -> list[list[object]]:
    """Drop trailing empty rows and columns and pad every row to one width."""
    while rows and all(v is None for v in rows[-1]):
        rows.pop()
    width = 0
    for row in rows:
        for index in range(len(row) - 1, width - 1, -1):
            if row[index] is not None:
                width = index + 1
                break
    for index, row in enumerate(rows):
        if len(row) > width:
            rows[index] = row[:width]
        elif len(row) < width:
            row.extend([None] * (width - len(row)))
    return rows


# ---------------------------------------------------------------- calamine


def _source(path: Path, data: BinaryIO | None) -> contextlib.AbstractContextManager[BinaryIO]:
    """The file to read: the in-memory copy of a decrypted workbook (left open), else the file."""
    if data is not None:
        data.seek(0)
        return contextlib.nullcontext(data)
    return path.open("rb")


def _read_calamine(
    path: Path, kind: str, progress: Progress | None, cancel: Cancel | None, data: BinaryIO | None = None
) -> list[RawSheet]:
    with _source(path, data) as handle:
        if data is None and path.suffix.lower() in _CALAMINE_SUFFIXES[kind]:
            workbook = python_calamine.CalamineWorkbook.from_path(str(path))
        else:  # a workbook with the wrong name: let calamine go by the content
            workbook = python_calamine.CalamineWorkbook.from_filelike(handle)
        try:
            wanted = [
                meta.name
                for meta in workbook.sheets_metadata
                if meta.visible == python_calamine.SheetVisibleEnum.Visible
                and meta.typ == python_calamine.SheetTypeEnum.WorkSheet
            ]
            if not wanted:
                raise _no_sheets(path, bool(workbook.sheet_names))
            sheets: list[RawSheet] = []
            _report(progress, 0, len(wanted))
            for number, name in enumerate(wanted, start=1):
                _check_cancel(cancel)
                sheets.append(_calamine_sheet(path, workbook.get_sheet_by_name(name), cancel))
                _report(progress, number, len(wanted))
            return sheets
        finally:
            workbook.close()


def _calamine_sheet(path: Path, sheet: python_calamine.CalamineSheet, cancel: Cancel | None) -> RawSheet:
    if sheet.end is None:
        return RawSheet(sheet.name, [])
    last_row, last_col = sheet.end
    height, width = last_row + 1, last_col + 1
    if height > safety.MAX_ROWS or width > safety.MAX_COLUMNS or height * width > safety.MAX_CELLS:
        raise _too_big(path, sheet.name)
    raw = sheet.to_python(skip_empty_area=False)
    # calamine 0.9 pads from A1 when skip_empty_area is False; other versions may start at
    # the first used cell, so pad to keep rows[i] as spreadsheet row i + 1.
    top, left = sheet.start or (0, 0)
    pad_top = top if len(raw) < height else 0
    pad_left = left if raw and len(raw[0]) < width else 0
    rows: list[list[object]] = [[] for _ in range(pad_top)]
    for index, cells in enumerate(raw):
        if index % _CHECK_EVERY == 0:
            _check_cancel(cancel)
        # Blank cells as None. Most rows have none: the test runs in C (``list.__contains__``
        # compares as ``==`` does) and such a row is kept as calamine made it, a fresh list;
        # comparing every cell in Python took 0.25 s for 150,000 rows of seven cells.
        row: list[object] = cells if "" not in cells else [None if value == "" else value for value in cells]
        if pad_left:
            row[:0] = [None] * pad_left
        rows.append(row)
    return RawSheet(sheet.name, _finish(rows))


# ---------------------------------------------------------------- openpyxl (fallback)


def _read_openpyxl(
    path: Path, progress: Progress | None, cancel: Cancel | None, data: BinaryIO | None = None
) -> list[RawSheet]:
    import openpyxl  # only needed when calamine failed

    try:
        with _source(path, data) as handle, warnings.catch_warnings():
            # openpyxl warns about features it drops (data validation, conditional formats)
            warnings.simplefilter("ignore")
            workbook = openpyxl.load_workbook(handle, read_only=True, data_only=True, keep_links=False)
            try:
                wanted = [ws for ws in workbook.worksheets if ws.sheet_state == "visible"]
                if not wanted:
                    raise _no_sheets(path, bool(workbook.sheetnames))
                sheets: list[RawSheet] = []
                _report(progress, 0, len(wanted))
                for number, worksheet in enumerate(wanted, start=1):
                    _check_cancel(cancel)
                    sheets.append(_openpyxl_sheet(path, worksheet, cancel))
                    _report(progress, number, len(wanted))
                return sheets
            finally:
                workbook.close()
    except (ActionPlanError, MemoryError):
        raise
    except Exception as exc:  # openpyxl raises many kinds (zip, XML, KeyError...); none may
        raise _damaged(path) from exc  # reach the user as a traceback


def _openpyxl_sheet(path: Path, worksheet, cancel: Cancel | None) -> RawSheet:
    worksheet.reset_dimensions()  # the declared dimension may be wrong; read what is there
    rows: list[list[object]] = []
    for index, cells in enumerate(worksheet.iter_rows()):
        if index % _CHECK_EVERY == 0:
            _check_cancel(cancel)
        if index >= safety.MAX_ROWS or len(cells) > safety.MAX_COLUMNS:
            raise _too_big(path, worksheet.title)
        rows.append([_openpyxl_value(cell) for cell in cells])
    return RawSheet(worksheet.title, _finish(rows))


def _openpyxl_value(cell) -> object:
    value = cell.value
    if value is None or getattr(cell, "data_type", None) == "e":
        return None
    if isinstance(value, str) and value == "":
        return None
    if isinstance(value, datetime) and value.time() == time():
        return value.date()  # as calamine gives a date-formatted cell
    return value


# ---------------------------------------------------------------- CSV


def decode_text(raw: bytes) -> tuple[str, str]:
    """Decode CSV bytes: UTF-8 with or without BOM, UTF-16 with BOM, else Windows-1252.

    Returns:
        The text and the name of the encoding used.
    """
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return raw.decode("utf-16", errors="replace"), "utf-16"
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return raw.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:  # the five bytes cp1252 leaves undefined
        return raw.decode("latin-1"), "latin-1"


def sniff_delimiter(text: str) -> str:
    """Pick the delimiter (, ; tab |) that splits the first lines into the most regular table."""
    sample = text[: 64 * 1024]
    if len(text) > len(sample) and "\n" in sample:
        sample = sample[: sample.rindex("\n")]
    best, best_score = ",", (0.0, 0)
    for delimiter in CSV_DELIMITERS:
        try:
            rows = list(csv.reader(io.StringIO(sample, newline=""), delimiter=delimiter))[:100]
        except csv.Error:
            continue
        widths = [len(r) for r in rows if any(cell.strip() for cell in r)]
        if not widths:
            continue
        width, count = Counter(widths).most_common(1)[0]
        if width < 2:
            continue
        score = (count / len(widths), width)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _read_csv(path: Path, progress: Progress | None, cancel: Cancel | None) -> RawSheet:
    text, _encoding = decode_text(path.read_bytes())
    delimiter = None
    first_line, _newline, rest = text.partition("\n")
    if first_line.strip().casefold().startswith("sep=") and len(first_line.strip()) == 5:
        # Excel's "sep=;" hint line: Excel does not show it as a row, so neither do we
        delimiter, text = first_line.strip()[4], rest
    delimiter = delimiter or sniff_delimiter(text)
    total = text.count("\n") + 1
    rows: list[list[object]] = []
    _report(progress, 0, total)
    try:
        for index, cells in enumerate(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)):
            if index % _CHECK_EVERY == 0:
                _check_cancel(cancel)
                _report(progress, index, total)
            if index >= safety.MAX_ROWS or len(cells) > safety.MAX_COLUMNS:
                raise _too_big(path, path.stem)
            rows.append([None if cell == "" else cell for cell in cells])
    except csv.Error as exc:
        raise FileFormatError(
            _(
                "“{name}” is not a well-formed CSV file near line {line}: open it in Excel and "
                "save it again as CSV."
            ).format(name=path.name, line=len(rows) + 1)
        ) from exc
    _report(progress, total, total)
    return RawSheet(path.stem, _finish(rows))

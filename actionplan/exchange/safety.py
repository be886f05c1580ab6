"""Checks a file is a spreadsheet we can read safely before any reader opens it.

The checks look at the bytes, not the name: a PDF or a text file renamed .xlsx, a truncated
or corrupt zip, a password-protected workbook, a zip bomb, XML entity attacks and sheets
declaring or holding absurd dimensions are all refused with one sentence that says what is
wrong and what to do.
"""

import re
import struct
import zipfile
import zlib
from pathlib import Path
from typing import BinaryIO
from xml.parsers import expat

import defusedxml.ElementTree as DefusedET
from defusedxml import DefusedXmlException

from actionplan.errors import FileFormatError, PasswordNeededError
from actionplan.i18n import _

# Limits; module constants so tests can lower them.
MAX_UNCOMPRESSED_BYTES = 500 * 1024 * 1024  # all parts of a workbook together
MAX_COMPRESSION_RATIO = 100  # for any part larger than RATIO_CHECK_FROM_BYTES
RATIO_CHECK_FROM_BYTES = 1024 * 1024
MAX_ENTRIES = 10_000
MAX_TEXT_BYTES = 200 * 1024 * 1024  # a CSV file
MAX_ROWS = 2_000_000
MAX_COLUMNS = 16_384
MAX_CELLS = 10_000_000  # rows x columns of the area a sheet spans
PROLOGUE_BYTES = 1024 * 1024  # how far into an XML part to look for its DOCTYPE and <dimension>

WORKBOOK_SUFFIXES = frozenset({".xlsx", ".xlsm", ".xltx", ".xltm", ".xls", ".xlsb", ".ods"})

_ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_OTHER_MAGIC = {
    b"%PDF": "PDF",
    b"\x89PNG": "PNG",
    b"\xff\xd8\xff": "JPEG",
    b"GIF8": "GIF",
    b"{\\rtf": "RTF",
    b"Rar!": "RAR",
    b"7z\xbc\xaf": "7-Zip",
    b"\x1f\x8b": "gzip",
}
_TEXT_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")

_CT_WORKSHEET = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"
_CT_WORKBOOK_MAIN = (
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml",
    "application/vnd.ms-excel.sheet.macroEnabled.main+xml",
    "application/vnd.ms-excel.template.macroEnabled.main+xml",
)
_CT_XLSB = "application/vnd.ms-excel.sheet.binary.macroEnabled.main"
_ODS_MIMETYPE = b"application/vnd.oasis.opendocument.spreadsheet"
_ENCRYPTION_STREAMS = frozenset({"encryptedpackage", "encryptioninfo"})
_XLS_STREAMS = frozenset({"workbook", "book"})

_CELL_REF = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?c\s[^>]*?\br=\"([A-Z]{1,3})([0-9]{1,7})\"")
_REF = re.compile(r"^\$?([A-Z]{1,3})\$?([0-9]{1,7})$")


_passed_zips: dict[tuple, str] = {}


def _error(message: str, **names: object) -> FileFormatError:
    """A FileFormatError from a translated message, with the names filled in."""
    return FileFormatError(message.format(**names))


def check_file(path: str | Path) -> str:
    """Check that ``path`` is a spreadsheet that is safe to read, and return its format.

    Returns:
        "xlsx" (also .xlsm and templates), "xls", "ods" or "csv", from the file's bytes.

    Raises:
        FileFormatError: with one sentence saying what is wrong and what to do.
    """
    path = Path(path)
    name = path.name
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            head = handle.read(8)
    except FileNotFoundError:
        raise _error(_("“{name}” was not found: check the folder and the file name."), name=name) from None
    except IsADirectoryError:
        raise _error(_("“{name}” is a folder, not a file: choose a spreadsheet file."), name=name) from None
    except OSError as exc:
        raise _error(
            _("“{name}” could not be opened ({reason}): close it in other programs and try again."),
            name=name,
            reason=exc.strerror or exc.__class__.__name__,
        ) from exc
    if size == 0:
        raise _error(_("“{name}” is empty (0 bytes): save the spreadsheet again and retry."), name=name)

    if head.startswith(_ZIP_MAGIC):
        # An import checks the file, then reads its properties (which checks it again): the
        # scan of every cell reference costs about a second at county scale, so a package that
        # passed is remembered while it is the same file (same size and modification time).
        stat = path.stat()
        key = (str(path.resolve()), stat.st_size, stat.st_mtime_ns, stat.st_ino)
        if key in _passed_zips:
            return _passed_zips[key]
        kind = _check_zip(path, name)
        _passed_zips.clear()  # one is enough: the file being imported
        _passed_zips[key] = kind
        return kind
    if head.startswith(_OLE_MAGIC):
        return _check_ole(path, name)
    for magic, kind in _OTHER_MAGIC.items():
        if head.startswith(magic):
            raise _error(
                _(
                    "“{name}” is a {kind} file, not a spreadsheet: export the data from the "
                    "original program as .xlsx or CSV."
                ),
                name=name,
                kind=kind,
            )
    return _check_text(path, size)


# ---------------------------------------------------------------- text (CSV)


def _check_text(path: Path, size: int) -> str:
    name = path.name
    with path.open("rb") as handle:
        sample = handle.read(64 * 1024)
    looks_like_text = sample.startswith(_TEXT_BOMS) or _is_text(sample)
    if not looks_like_text:
        raise _error(
            _("“{name}” is not a spreadsheet or a CSV file: export the data as .xlsx or CSV."),
            name=name,
        )
    if path.suffix.lower() in WORKBOOK_SUFFIXES:
        raise _error(
            _(
                "“{name}” is named like a workbook but holds plain text (it may be a web page or a "
                "renamed file): open it in Excel and save it as .xlsx or CSV."
            ),
            name=name,
        )
    if size > MAX_TEXT_BYTES:
        raise _error(
            _(
                "“{name}” is too large to import ({size} MB, the limit is {limit} MB): split it "
                "into smaller files."
            ),
            name=name,
            size=size // (1024 * 1024),
            limit=MAX_TEXT_BYTES // (1024 * 1024),
        )
    return "csv"


def _is_text(sample: bytes) -> bool:
    if b"\x00" in sample:
        return False
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return controls <= len(sample) // 100


# ---------------------------------------------------------------- OLE2 compound files

_FREE, _END = 0xFFFFFFFF, 0xFFFFFFFE


def check_decrypted(data: BinaryIO, name: str) -> str:
    """Check a workbook decrypted in memory, as ``check_file`` checks a file; returns its format.

    The same checks run on the decrypted bytes (zip bombs, entities, dimensions), so a
    password does not let an unsafe file through.
    """
    data.seek(0)
    head = data.read(8)
    data.seek(0)
    if head.startswith(_ZIP_MAGIC):
        return _check_zip(data, name)
    if head.startswith(_OLE_MAGIC):
        return _check_ole(data, name)
    raise _error(
        _("“{name}” is protected with a password but holds no spreadsheet: ask for a fresh copy."), name=name
    )


def _check_ole(source: Path | BinaryIO, name: str) -> str:
    try:
        streams = ole_stream_names(source)
    except (ValueError, struct.error, OSError) as exc:
        raise _error(
            _("“{name}” is damaged and cannot be read: ask for a fresh copy or save it again in Excel."),
            name=name,
        ) from exc
    if streams & _ENCRYPTION_STREAMS:
        raise PasswordNeededError(
            _(
                "“{name}” is password-protected: give its password with --password-env VAR (the name of "
                "an environment variable holding it), or type it when the window asks."
            ).format(name=name)
        )
    if streams & _XLS_STREAMS:
        return "xls"
    raise _error(
        _(
            "“{name}” is an Office file but not a spreadsheet (perhaps a Word document): export "
            "the data as .xlsx or CSV."
        ),
        name=name,
    )


def ole_stream_names(source: Path | BinaryIO) -> set[str]:
    """List the stream and storage names in an OLE2 compound file, lower-cased.

    A minimal reader of the compound file directory (MS-CFB): enough to tell an
    encrypted OOXML package ("EncryptedPackage", "EncryptionInfo") from an old .xls
    ("Workbook"). Raises ValueError when the structure is broken.
    """
    if isinstance(source, Path):
        with source.open("rb") as handle:
            data = handle.read()
    else:
        source.seek(0)
        data = source.read()
        source.seek(0)
    if len(data) < 512 or not data.startswith(_OLE_MAGIC):
        raise ValueError("not a compound file")
    sector_shift = struct.unpack_from("<H", data, 30)[0]
    if sector_shift not in (9, 12):
        raise ValueError("bad sector size")
    sector_size = 1 << sector_shift
    (first_dir,) = struct.unpack_from("<I", data, 48)
    first_difat, difat_count = struct.unpack_from("<II", data, 68)
    per_sector = sector_size // 4

    def sector(index: int) -> bytes:
        start = (index + 1) * sector_size
        if start >= len(data):
            raise ValueError("sector out of range")
        return data[start : start + sector_size].ljust(sector_size, b"\0")

    fat_sectors = [s for s in struct.unpack_from("<109I", data, 76) if s != _FREE]
    seen: set[int] = set()
    difat = first_difat
    while difat not in (_END, _FREE) and len(seen) < max(difat_count, 1) + 1:
        if difat in seen:
            raise ValueError("DIFAT loop")
        seen.add(difat)
        entries = struct.unpack(f"<{per_sector}I", sector(difat))
        fat_sectors.extend(s for s in entries[:-1] if s != _FREE)
        difat = entries[-1]
    fat: list[int] = []
    for index in fat_sectors:
        fat.extend(struct.unpack(f"<{per_sector}I", sector(index)))

    names: set[str] = set()
    visited: set[int] = set()
    current = first_dir
    while current not in (_END, _FREE):
        if current in visited or current >= len(fat):
            raise ValueError("directory chain broken")
        visited.add(current)
        block = sector(current)
        for offset in range(0, sector_size, 128):
            (length,) = struct.unpack_from("<H", block, offset + 64)
            kind = block[offset + 66]
            if kind == 0 or not 2 <= length <= 64:
                continue
            raw = block[offset : offset + length - 2]
            names.add(raw.decode("utf-16-le", errors="replace").casefold())
        current = fat[current]
    if not names:
        raise ValueError("empty directory")
    return names


# ---------------------------------------------------------------- zip packages


def _check_zip(source: Path | BinaryIO, name: str) -> str:
    try:
        if not isinstance(source, Path):
            source.seek(0)
        with zipfile.ZipFile(source) as archive:
            return _check_archive(archive, name)
    except FileFormatError:
        raise
    except (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, EOFError, OSError, KeyError) as exc:
        raise _error(
            _(
                "“{name}” is damaged or incomplete (perhaps cut short while copying or "
                "downloading): ask for a fresh copy or save it again in Excel."
            ),
            name=name,
        ) from exc
    except NotImplementedError as exc:
        raise _error(
            _("“{name}” uses a compression Excel does not write: open it and save it as .xlsx."),
            name=name,
        ) from exc
    except RuntimeError as exc:  # zipfile: an entry is encrypted
        raise _error(
            _("“{name}” is password-protected: remove the password and save it again."), name=name
        ) from exc


def _check_archive(archive: zipfile.ZipFile, name: str) -> str:
    infos = archive.infolist()
    if len(infos) > MAX_ENTRIES:
        raise _bomb(name)
    total = 0
    for info in infos:
        total += info.file_size
        if total > MAX_UNCOMPRESSED_BYTES:
            raise _bomb(name)
        if info.file_size > RATIO_CHECK_FROM_BYTES and info.file_size > MAX_COMPRESSION_RATIO * max(
            info.compress_size, 1
        ):
            raise _bomb(name)
    names = {info.filename for info in infos}

    kind = _package_kind(archive, names)
    if kind == "xlsb":
        raise _error(
            _(
                "“{name}” is a binary Excel workbook (.xlsb), which cannot be imported: open it in "
                "Excel and save it as .xlsx."
            ),
            name=name,
        )
    if kind is None:
        raise _error(
            _(
                "“{name}” is a zip archive or another Office file, not a spreadsheet: export the "
                "data as .xlsx or CSV."
            ),
            name=name,
        )

    worksheets = _worksheet_parts(archive, names) if kind == "xlsx" else set()
    for info in infos:
        if info.is_dir() or not info.filename.lower().endswith((".xml", ".rels")):
            continue
        _check_xml_part(archive, info, name, worksheet=info.filename in worksheets)
    if kind == "ods" and "content.xml" in names:
        _check_ods_extent(archive, name)
    return kind


def _bomb(name: str) -> FileFormatError:
    return _error(
        _(
            "“{name}” expands to far more data than a spreadsheet holds (it may be a zip bomb): "
            "it was not opened; ask the sender for the original workbook."
        ),
        name=name,
    )


def _package_kind(archive: zipfile.ZipFile, names: set[str]) -> str | None:
    if "mimetype" in names:
        if archive.read("mimetype").strip() == _ODS_MIMETYPE:
            return "ods"
        return None
    if "[Content_Types].xml" not in names:
        return None
    content_types = archive.read("[Content_Types].xml")
    if b"<!DOCTYPE" in content_types or b"<!ENTITY" in content_types:
        raise _entities(archive.filename or "")
    text = content_types.decode("utf-8", errors="replace")
    if _CT_XLSB in text or "xl/workbook.bin" in names:
        return "xlsb"
    if any(ct in text for ct in _CT_WORKBOOK_MAIN) or "xl/workbook.xml" in names:
        return "xlsx"
    return None


def _worksheet_parts(archive: zipfile.ZipFile, names: set[str]) -> set[str]:
    """Worksheet part names from [Content_Types].xml, falling back to the usual folder."""
    parts = {n for n in names if n.startswith("xl/worksheets/") and n.endswith(".xml")}
    try:
        root = DefusedET.fromstring(archive.read("[Content_Types].xml"), forbid_dtd=True)
    except (DefusedET.ParseError, DefusedXmlException):
        return parts
    for element in root:
        if element.get("ContentType") == _CT_WORKSHEET and element.get("PartName"):
            parts.add(element.get("PartName", "").lstrip("/"))
    return parts


def _entities(name: str) -> FileFormatError:
    return _error(
        _(
            "“{name}” contains XML entity declarations, which spreadsheets never need and attacks "
            "use: it was not opened; save a clean copy from Excel."
        ),
        name=Path(name).name,
    )


class _StopParsing(Exception):
    """Raised from an expat handler once the part has told us what we need."""


def _check_xml_part(archive: zipfile.ZipFile, info: zipfile.ZipInfo, name: str, *, worksheet: bool) -> None:
    """Refuse DOCTYPE/ENTITY declarations and, in worksheets, absurd dimensions."""
    parser = expat.ParserCreate(namespace_separator=" ")
    dimension: list[str] = []

    def refuse(*_args: object) -> None:
        raise _entities(name)

    def start(tag: str, attributes: dict[str, str]) -> None:
        local = tag.rsplit(" ", 1)[-1]
        if not worksheet or local == "sheetData":
            raise _StopParsing
        if local == "dimension" and "ref" in attributes:
            dimension.append(attributes["ref"])

    parser.StartDoctypeDeclHandler = refuse
    parser.EntityDeclHandler = refuse
    parser.StartElementHandler = start
    read = 0
    try:
        with archive.open(info) as stream:
            while read < PROLOGUE_BYTES:
                chunk = stream.read(64 * 1024)
                read += len(chunk)
                parser.Parse(chunk, not chunk)
                if not chunk:
                    break
    except _StopParsing:
        pass
    except expat.ExpatError as exc:
        raise _error(
            _(
                "“{name}” is damaged (part {part} is not valid XML): ask for a fresh copy or save "
                "it again in Excel."
            ),
            name=name,
            part=info.filename,
        ) from exc
    if worksheet:
        if dimension:
            _check_area(name, info.filename, dimension[0], declared=True)
        _check_cell_extent(archive, info, name)


def _column_number(letters: str) -> int:
    number = 0
    for letter in letters:
        number = number * 26 + ord(letter) - 64
    return number


def _too_large(rows: int, columns: int) -> bool:
    return rows > MAX_ROWS or columns > MAX_COLUMNS or rows * columns > MAX_CELLS


def _check_area(name: str, part: str, ref: str, *, declared: bool) -> None:
    last = ref.split(":")[-1].strip().upper()
    m = _REF.match(last)
    if not m:
        return
    rows, columns = int(m[2]), _column_number(m[1])
    if _too_large(rows, columns):
        message = (
            _(
                "“{name}” has a sheet that claims to span {ref}, far more than can be imported: "
                "delete the unused rows and columns in Excel and save it again."
            )
            if declared
            else _(
                "“{name}” has a sheet with content spread up to cell {ref}, far more than can "
                "be imported: delete the unused rows and columns in Excel and save it again."
            )
        )
        raise _error(message, name=name, ref=last)


def _check_cell_extent(archive: zipfile.ZipFile, info: zipfile.ZipInfo, name: str) -> None:
    """Find the real last row and column of a worksheet from its cell references.

    A reader allocates the whole rectangle from A1 to the last cell, so one stray cell at
    XFD1048576 would exhaust memory even when the declared dimension is small.

    Reading every one of a county sheet's 500,000 to 1,000,000 references in Python took as
    long as the reader's whole read, so a quick pass first finds bounds that no reference in
    the part exceeds (``_reference_bounds``); when they fit, so does every cell. Only a part
    whose bounds do not fit is read reference by reference (``_exact_cell_extent``), which
    refuses it or not, with its message, exactly as before.
    """
    bounds = _reference_bounds(archive, info)
    if bounds is None:
        return
    letters, max_row = bounds
    if not _too_large(max_row, _column_number(letters.decode("ascii"))):
        return
    _exact_cell_extent(archive, info, name)


def _exact_cell_extent(archive: zipfile.ZipFile, info: zipfile.ZipInfo, name: str) -> None:
    """The last row and column from every cell element's reference; refuse the part if too large."""
    max_row = 0
    columns: set[bytes] = set()
    tail = b""
    with archive.open(info) as stream:
        while chunk := stream.read(SCAN_CHUNK_BYTES):
            data = tail + chunk
            refs = _CELL_REF.findall(data)
            if refs:
                letters, rows = zip(*refs, strict=True)  # in C: a county sheet has 500,000 cells
                max_row = max(max_row, max(map(int, rows)))
                columns.update(letters)
            tail = _unfinished_cell_tag(data, name)
    if not columns:
        return
    widest = max((c.decode("ascii") for c in columns), key=lambda c: (len(c), c))
    _check_area(name, info.filename, f"{widest}{max_row}", declared=False)


# A cell's start tag holds a handful of short attributes (r, s, t, cm, vm, ph): one this long,
# still open at a chunk's end, is not a spreadsheet's.
MAX_CELL_TAG_BYTES = 64 * 1024
_CELL_START = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?c\s")


def _unfinished_cell_tag(data: bytes, name: str) -> bytes:
    """What of ``data`` the next chunk must be read with: a cell's start tag the chunk's end cut
    in two, however long its attributes (a fixed overlap would miss a reference written after
    more attribute text than the overlap holds). Nothing when the last tag is closed or is not
    a cell's.

    Raises:
        FileFormatError: an open cell tag longer than any spreadsheet writes.
    """
    start = data.rfind(b"<")
    if start < 0 or data.find(b">", start) >= 0:
        return b""
    if len(data) - start > 256 and not _CELL_START.match(data, start):
        return b""  # another element's long start tag: no cell can begin inside its attributes
    if len(data) - start > MAX_CELL_TAG_BYTES:
        raise _error(
            _("“{name}” is damaged and cannot be read: ask for a fresh copy or save it again in Excel."),
            name=name,
        )
    return data[start:]


SCAN_CHUNK_BYTES = 1024 * 1024  # a module constant so tests can lower it
_SAMPLE_BYTES = 4096  # the end of each chunk, read reference by reference: a whole row or more
# Every ``r="B12"`` in the part, whatever element (or text) it is in: a superset of the cell
# references _CELL_REF finds, so bounds that no match of it exceeds hold for every cell.
_ANY_REF = re.compile(rb'r="([A-Z]{1,3})([0-9]{1,7})"')


def _reference_bounds(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> tuple[bytes, int] | None:
    """The widest column letters and the largest row number of any ``r="B12"`` in the part.

    None when there is none. Rows and cells come in order, so the references at the end of each
    chunk hold its largest row (and the row's widest column): those are read one by one, and the
    rest of the chunk is only searched, in C, for a reference beyond them; a chunk with one is
    read one by one as well. Chunks overlap by 256 bytes, so a reference cut in two by a chunk's
    end is whole in the next. Every match counts, so the bounds are never smaller than the
    exact extent: at worst larger (a reference-like text in a cell), and then the exact pass
    decides.
    """
    letters = b""
    max_row = -1
    tail = b""
    with archive.open(info) as stream:
        while chunk := stream.read(SCAN_CHUNK_BYTES):
            data = tail + chunk
            tail = data[-256:]
            letters, max_row = _widened(letters, max_row, _ANY_REF.findall(data[-_SAMPLE_BYTES:]))
            if _beyond(letters, max_row).search(data) is not None:
                letters, max_row = _widened(letters, max_row, _ANY_REF.findall(data))
    if max_row < 0:
        return None
    return letters, max_row


def _widened(letters: bytes, max_row: int, refs: list[tuple[bytes, bytes]]) -> tuple[bytes, int]:
    """The bounds taking in ``refs`` (column letters, row digits) as well."""
    for column, row in refs:
        if (len(column), column) > (len(letters), letters):
            letters = column
        max_row = max(max_row, int(row))
    return letters, max_row


def _beyond(letters: bytes, max_row: int) -> re.Pattern[bytes]:
    """A pattern for any ``r="B12"`` whose column is wider than ``letters`` or whose row is larger
    than ``max_row`` (-1 and no letters: any reference). It may match a few more (a longer row
    number written with leading zeros): those only cost a closer look."""
    columns = [f"[A-Z]{{{len(letters) + 1},3}}"] if len(letters) < 3 else []
    text = letters.decode("ascii")
    for i, letter in enumerate(text):
        if letter < "Z":
            columns.append(f"{text[:i]}[{chr(ord(letter) + 1)}-Z][A-Z]{{{len(text) - i - 1}}}")
    if max_row < 0:
        rows = ["[0-9]{1,7}"]
    else:
        digits = str(max_row)
        rows = [f"[0-9]{{{len(digits) + 1},7}}"] if len(digits) < 7 else []
        for i, digit in enumerate(digits):
            if digit < "9":
                rows.append(f"{digits[:i]}[{int(digit) + 1}-9][0-9]{{{len(digits) - i - 1}}}")
    either = [f"(?:{'|'.join(columns)})[0-9]{{1,7}}"] if columns else []
    if rows:
        either.append(f"[A-Z]{{1,3}}(?:{'|'.join(rows)})")
    if not either:
        return _NOTHING
    return re.compile(f'r="(?:{"|".join(either)})"'.encode("ascii"))


_NOTHING = re.compile(rb"(?!)")  # no reference is beyond ZZZ9999999


def _check_ods_extent(archive: zipfile.ZipFile, name: str) -> None:
    """Refuse an ODS whose repeated rows and columns would expand to too many cells.

    OpenDocument writes runs of equal cells as one element with a repeat count, so a file of
    a few hundred bytes can ask a reader for billions of cells. Empty runs (LibreOffice
    writes one to the bottom of every sheet) do not count; runs holding a value do.
    """
    parser = expat.ParserCreate(namespace_separator=" ")
    state = {"row": 0, "repeat": 1, "column": 0, "width": 0, "max_row": 0, "max_col": 0}

    def repeat(attributes: dict[str, str], local: str) -> int:
        for key, value in attributes.items():
            if key.rsplit(" ", 1)[-1] == local:
                return int(value) if value.isdigit() else 1
        return 1

    def start(tag: str, attributes: dict[str, str]) -> None:
        local = tag.rsplit(" ", 1)[-1]
        if local == "table":
            state["row"] = 0
        elif local == "table-row":
            state.update(repeat=repeat(attributes, "number-rows-repeated"), column=0, width=0)
        elif local in ("table-cell", "covered-table-cell"):
            state["column"] += repeat(attributes, "number-columns-repeated")
            if any(key.endswith(" value-type") for key in attributes):
                state["width"] = state["column"]

    def end(tag: str) -> None:
        if tag.rsplit(" ", 1)[-1] != "table-row":
            return
        state["row"] += state["repeat"]
        if state["width"]:
            state["max_row"] = max(state["max_row"], state["row"])
            state["max_col"] = max(state["max_col"], state["width"])
            if state["max_row"] * state["max_col"] > MAX_CELLS:
                raise _error(
                    _(
                        "“{name}” has a sheet whose repeated rows and columns expand to far more "
                        "cells than can be imported: delete the unused rows and columns and save "
                        "it again."
                    ),
                    name=name,
                )

    parser.StartElementHandler = start
    parser.EndElementHandler = end
    try:
        with archive.open("content.xml") as stream:
            while chunk := stream.read(1024 * 1024):
                parser.Parse(chunk, False)
            parser.Parse(b"", True)
    except expat.ExpatError as exc:
        raise _error(
            _("“{name}” is damaged (its content is not valid XML): ask for a fresh copy or save it again."),
            name=name,
        ) from exc

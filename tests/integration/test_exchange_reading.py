"""Reading the committed fixtures and generated good and bad files through the exchange layer."""

import os
import re
import shutil
import struct
import tempfile
import zipfile
from datetime import date
from pathlib import Path

import openpyxl
import pytest
import python_calamine
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from actionplan.domain.enums import ActionStatus, Rag
from actionplan.domain.text import tidy
from actionplan.errors import FileFormatError
from actionplan.exchange import safety
from actionplan.exchange.headers import CourseName, find_header_row, map_columns, section_theme
from actionplan.exchange.reader import ImportCancelled, RawSheet, read_file
from actionplan.exchange.safety import check_file
from actionplan.exchange.values import (
    clean_email,
    clean_text,
    parse_bool,
    parse_date,
    parse_rag,
    parse_status,
    split_list,
)

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
COURSES = [
    CourseName("WRAP", ["Workshop to Raise Awareness of Prevent", "WRAP workshop", "WRAP 3"]),
    CourseName(
        "HO-AWR",
        ["Prevent awareness", "Prevent awareness e-learning", "HO Prevent Awareness", "Course 1"],
    ),
    CourseName("HO-REF", ["Referrals e-learning", "Prevent referrals e-learning", "Course 2"]),
    CourseName("HO-CHN", ["Channel awareness", "Channel awareness e-learning", "Course 3"]),
]  # fmt: skip


def only_sheet(path: Path) -> RawSheet:
    sheets = read_file(path)
    assert len(sheets) == 1
    return sheets[0]


def save(workbook: openpyxl.Workbook, path: Path) -> Path:
    workbook.save(path)
    return path


def simple_workbook(path: Path) -> Path:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Staff"
    sheet.append(["Staff No", "Name", "Email"])
    sheet.append(["NV1", "Aisha Ahmed", "aisha@northvale.gov.example"])
    return save(workbook, path)


def rewrite_zip(source: Path, target: Path, edit=None, extra=None) -> Path:
    """Copy a zip part by part, passing each part's bytes through ``edit(name, data)``."""
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            zout.writestr(info.filename, edit(info.filename, data) if edit else data)
        for name, data in (extra or {}).items():
            zout.writestr(name, data)
    return target


def compound_file(stream_names: list[str], data: bytes = b"") -> bytes:
    """A minimal OLE2 compound file (MS-CFB v3) whose directory lists ``stream_names``.

    The first stream holds ``data`` (padded to at least 4096 bytes, so that it lives in
    ordinary sectors rather than the mini stream); the others are empty.
    """
    if data:
        data = data.ljust(max(4096, -(-len(data) // 512) * 512), b"\0")
    data_sectors = len(data) // 512
    assert data_sectors <= 120
    free, end, fat_sector, no_stream = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD, 0xFFFFFFFF
    header = bytearray(512)
    header[0:8] = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
    struct.pack_into("<HHHHH", header, 24, 0x3E, 3, 0xFFFE, 9, 6)
    struct.pack_into("<III", header, 44, 1, 1, 0)  # one FAT sector; directory at sector 1
    struct.pack_into("<IIIIII", header, 56, 4096, end, 0, end, 0, 0)
    struct.pack_into("<109I", header, 76, 0, *([free] * 108))
    chain = [2 + i + 1 for i in range(data_sectors - 1)] + [end] * bool(data_sectors)
    fat = struct.pack("<128I", fat_sector, end, *chain, *([free] * (126 - len(chain))))

    def entry(name: str, kind: int, child: int = no_stream, right: int = no_stream, size: int = 0) -> bytes:
        raw = name.encode("utf-16-le") + b"\0\0"
        return (
            raw.ljust(64, b"\0")
            + struct.pack("<HBB", len(raw), kind, 1)
            + struct.pack("<III", no_stream, right, child)
            + bytes(16 + 4 + 8 + 8)
            + struct.pack("<IQ", 2 if size else end, size)
        )

    entries = [entry("Root Entry", 5, child=1)]
    for index, name in enumerate(stream_names, start=1):
        right = index + 1 if index < len(stream_names) else no_stream
        entries.append(entry(name, 2, right=right, size=len(data) if index == 1 else 0))
    directory = b"".join(entries).ljust(512, b"\0")
    assert len(directory) == 512, "at most four entries fit one directory sector"
    return bytes(header) + fat + directory + data


ODS_MANIFEST = (
    '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
    'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
    '<manifest:file-entry manifest:full-path="/" '
    'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
    '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
    "</manifest:manifest>"
)


def ods_file(path: Path, table_body: str) -> Path:
    """A minimal OpenDocument spreadsheet with one table named "Staff"."""
    content = (
        '<?xml version="1.0" encoding="UTF-8"?><office:document-content '
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
        '<office:body><office:spreadsheet><table:table table:name="Staff">'
        f"{table_body}</table:table></office:spreadsheet></office:body></office:document-content>"
    )
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("META-INF/manifest.xml", ODS_MANIFEST, zipfile.ZIP_DEFLATED)
        archive.writestr("content.xml", content, zipfile.ZIP_DEFLATED)
    return path


def ods_row(*cells: str, repeat: int = 1) -> str:
    return f'<table:table-row table:number-rows-repeated="{repeat}">{"".join(cells)}</table:table-row>'


def ods_text(text: str, repeat: int = 1) -> str:
    return (
        f'<table:table-cell table:number-columns-repeated="{repeat}" office:value-type="string">'
        f"<text:p>{text}</text:p></table:table-cell>"
    )


def refused(path: Path, fragment: str) -> str:
    """Assert reading ``path`` gives one FileFormatError sentence containing ``fragment``."""
    with pytest.raises(FileFormatError) as caught:
        read_file(path)
    message = str(caught.value)
    assert fragment in message, message
    assert message.endswith(".") and "\n" not in message and "Traceback" not in message
    assert path.name in message
    return message


# ---------------------------------------------------------------- the committed fixtures


def test_council_key_personnel():
    sheet = only_sheet(FIXTURES / "council_key_personnel.xlsx")
    assert sheet.name == "Key personnel"
    assert sheet.rows[0][0] == "Northvale Council - Prevent key personnel"
    header = find_header_row(sheet.rows)
    assert header == 3  # spreadsheet row 4
    mapping = map_columns(sheet.rows[header])
    assert mapping.kind == "people"
    cols = mapping.field_columns
    first = sheet.rows[4]
    assert first[cols["staff_number"]] == "NV1000"
    assert parse_bool(first[cols["key_personnel"]]) is True
    assert parse_date(first[cols["start_date"]]) == date(2015, 1, 5)  # text, day first
    assert parse_date(sheet.rows[5][cols["start_date"]]) == date(2015, 4, 12)  # a date cell
    by_number = {row[cols["staff_number"]]: row for row in sheet.rows[header + 1 :]}
    assert clean_text(by_number["NV1007"][cols["first_name"]]) == "Harry"  # NBSP trimmed
    assert clean_text(by_number["NV1011"][cols["first_name"]]) is None
    with pytest.raises(ValueError, match="not an email"):
        clean_email(by_number["NV1015"][cols["email"]])
    assert clean_text(by_number["NV1025"][cols["first_name"]]) == "Łukasz"


def test_partnership_action_plan_with_section_rows():
    sheet = only_sheet(FIXTURES / "partnership_action_plan.xlsx")
    header = find_header_row(sheet.rows)
    assert header == 2
    mapping = map_columns(sheet.rows[header])
    assert mapping.kind == "actions"
    cols = mapping.field_columns
    theme, actions = None, {}
    for row in sheet.rows[header + 1 :]:
        if (name := section_theme(row)) is not None:
            theme = name
            continue
        actions[clean_text(row[cols["ref"]])] = (theme, row)
    assert [t for t, _row in actions.values()].count("Working in partnership") == 4
    theme, row = actions["1.2"]
    assert theme == "Leadership"
    assert parse_date(row[cols["due_date"]]) == date(2025, 8, 31)  # "31 August 2025"
    assert parse_rag(row[cols["rag"]]) is Rag.RED
    theme, row = actions["2.4"]
    assert parse_status(row[cols["status"]]) is ActionStatus.IN_PROGRESS  # "Delayed"
    assert parse_rag(row[cols["rag"]]) is Rag.AMBER
    theme, row = actions["1.1"]
    assert split_list(row[cols["partners"]]) == ["Police", "Council", "Schools"]
    assert parse_date(row[cols["due_date"]]) == date(2025, 7, 31)
    assert actions["3.12"][0] == "Capabilities"


def test_police_training_matrix():
    sheet = only_sheet(FIXTURES / "police_training_matrix.xlsx")
    header = find_header_row(sheet.rows, courses=COURSES)
    assert header == 1
    mapping = map_columns(sheet.rows[header], courses=COURSES)
    assert mapping.kind == "matrix"
    assert mapping.course_columns == {4: "WRAP", 5: "HO-AWR", 6: "HO-REF", 7: "HO-CHN"}
    name_col = mapping.field_columns["full_name"]
    rows = {row[name_col]: row for row in sheet.rows[header + 1 :]}
    assert parse_date(rows["Kieran Khan"][5]) == date(2022, 4, 10)
    assert parse_date(rows["Kieran Khan"][4]) is None  # empty cell
    assert parse_date(rows["Oliver Lewis"][7]) is None  # "N/A"
    assert parse_date(rows["Priya Smith"][5]) == date(2025, 7, 15)  # text "15/07/2025"
    assert "Mohammed Ó Súilleabháin" in rows


def test_trust_elearning_export_csv_in_windows_1252():
    assert check_file(FIXTURES / "trust_elearning_export.csv") == "csv"
    sheet = only_sheet(FIXTURES / "trust_elearning_export.csv")
    assert sheet.name == "trust_elearning_export"
    assert find_header_row(sheet.rows) == 0
    mapping = map_columns(sheet.rows[0], courses=COURSES)
    assert mapping.kind == "training"
    cols = mapping.field_columns
    names = [row[cols["full_name"]] for row in sheet.rows[1:]]
    assert "Siobhán Vaughan" in names and "Chloë Iqbal" in names and "Seán Patel" in names
    first = sheet.rows[1]
    assert parse_date(first[cols["completed_on"]]) == date(2023, 2, 1)
    assert parse_date(first[cols["expires_on"]]) == date(2025, 2, 1)


# ---------------------------------------------------------------- generated good files


def test_header_on_row_4_below_a_merged_title(tmp_path):
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet["A1"] = "Northvale Council - Prevent key personnel"
    sheet.merge_cells("A1:E1")
    sheet["A2"] = "Please return by 14/11/2025."
    sheet.merge_cells("A2:E2")
    sheet.append(["Staff No", "Forename", "Surname", "Email", "Key person"])
    sheet.append(["NV1", "Aisha", "Ahmed", "aisha@northvale.gov.example", "Yes"])
    sheet.move_range("A3:E4", rows=1)  # leave row 3 empty, as partners do
    raw = only_sheet(save(workbook, tmp_path / "kp.xlsx"))
    assert raw.rows[2] == [None] * 5
    assert find_header_row(raw.rows) == 3
    mapping = map_columns(raw.rows[3])
    assert mapping.kind == "people"
    assert raw.rows[4][mapping.field_columns["staff_number"]] == "NV1"
    assert parse_bool(raw.rows[4][mapping.field_columns["key_personnel"]]) is True


def test_leading_empty_rows_and_columns_keep_their_numbers(tmp_path):
    workbook = openpyxl.Workbook()
    workbook.active["C5"] = "Staff No"
    workbook.active["D6"] = 1001
    raw = only_sheet(save(workbook, tmp_path / "offset.xlsx"))
    assert raw.rows[4][2] == "Staff No"  # spreadsheet row 5, column C
    assert clean_text(raw.rows[5][3]) == "1001"
    assert len(raw.rows) == 6 and raw.width == 4
    assert all(v is None for row in raw.rows[:4] for v in row)


def test_matrix_with_excel_serials_in_general_cells(tmp_path):
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["Training matrix"])
    sheet.append(["Name", "Email", "WRAP", "Course 2"])
    sheet.append(["Ann Lee", "ann@x.gov.uk", 45747, 45658.5])  # General cells, not dates
    raw = only_sheet(save(workbook, tmp_path / "serials.xlsx"))
    header = find_header_row(raw.rows, courses=COURSES)
    assert header == 1
    mapping = map_columns(raw.rows[header], courses=COURSES)
    assert mapping.kind == "matrix"
    assert mapping.course_columns == {2: "WRAP", 3: "HO-REF"}
    assert parse_date(raw.rows[2][2]) == date(2025, 3, 31)
    assert parse_date(raw.rows[2][3]) == date(2025, 1, 1)


def test_hidden_sheets_are_left_out(tmp_path):
    workbook = openpyxl.Workbook()
    workbook.active.title = "Visible"
    workbook.active["A1"] = "shown"
    hidden = workbook.create_sheet("Lookups")
    hidden["A1"] = "secret"
    hidden.sheet_state = "hidden"
    sheets = read_file(save(workbook, tmp_path / "hidden.xlsx"))
    assert [s.name for s in sheets] == ["Visible"]


def test_formulas_give_their_saved_value_and_are_never_run(tmp_path):
    source = simple_workbook(tmp_path / "plain.xlsx")

    def add_formulas(name: str, data: bytes) -> bytes:
        if name != "xl/worksheets/sheet1.xml":
            return data
        formulas = b'<c r="D2"><f>1+1</f><v>2</v></c><c r="E2"><f>NOW()</f></c>'
        return re.sub(rb"(<row r=\"2\"[^>]*>.*?)(</row>)", rb"\1" + formulas + rb"\2", data, flags=re.S)

    raw = only_sheet(rewrite_zip(source, tmp_path / "formulas.xlsx", add_formulas))
    assert raw.rows[1][3] == 2
    assert len(raw.rows[1]) == 4  # the formula with no saved value reads as empty


def test_workbook_with_the_wrong_extension_is_read_by_content(tmp_path):
    source = simple_workbook(tmp_path / "plain.xlsx")
    renamed = tmp_path / "really_xlsx.xls"
    shutil.copy(source, renamed)
    assert check_file(renamed) == "xlsx"
    assert only_sheet(renamed).rows[1][0] == "NV1"


def test_openpyxl_fallback_reads_the_same_cells(monkeypatch):
    path = FIXTURES / "council_key_personnel.xlsx"
    expected = only_sheet(path).rows

    def broken(*_args, **_kwargs):
        raise python_calamine.CalamineError("simulated")

    monkeypatch.setattr(python_calamine.CalamineWorkbook, "from_path", broken)
    assert only_sheet(path).rows == expected


def test_progress_and_cancel(tmp_path):
    calls = []
    read_file(FIXTURES / "council_key_personnel.xlsx", progress=lambda d, t: calls.append((d, t)))
    assert calls == [(0, 1), (1, 1)]
    calls.clear()
    read_file(FIXTURES / "trust_elearning_export.csv", progress=lambda d, t: calls.append((d, t)))
    assert calls[0][0] == 0 and calls[-1][0] == calls[-1][1]
    with pytest.raises(ImportCancelled, match="cancelled"):
        read_file(FIXTURES / "police_training_matrix.xlsx", cancel=lambda: True)
    with pytest.raises(ImportCancelled):
        read_file(FIXTURES / "trust_elearning_export.csv", cancel=lambda: True)


def test_opendocument_spreadsheet(tmp_path):
    date_cell = '<table:table-cell office:value-type="date" office:date-value="2025-03-31"/>'
    number_cell = '<table:table-cell office:value-type="float" office:value="1001"/>'
    body = (
        ods_row("<table:table-cell/>", repeat=2)
        + ods_row(ods_text("Staff No"), ods_text("Name"), ods_text("Start date"))
        + ods_row(number_cell, ods_text("Siobhán Green"), date_cell)
        + ods_row("<table:table-cell/>", repeat=1048570)  # LibreOffice pads sheets like this
    )
    path = ods_file(tmp_path / "staff.ods", body)
    assert check_file(path) == "ods"
    raw = only_sheet(path)
    assert raw.name == "Staff"
    assert find_header_row(raw.rows) == 2
    assert map_columns(raw.rows[2]).kind == "people"
    assert clean_text(raw.rows[3][0]) == "1001"
    assert raw.rows[3][1] == "Siobhán Green"
    assert parse_date(raw.rows[3][2]) == date(2025, 3, 31)
    assert len(raw.rows) == 4


# ---------------------------------------------------------------- CSV files


def test_cp1252_csv_with_semicolons(tmp_path):
    text = "Nom;Prénom;Email;Team\r\nÓ Súilleabháin;Siobhán;s@x.gov.uk;Santé €\r\nNowak;Chloë;;\r\n"
    path = tmp_path / "staff.csv"
    path.write_bytes(text.encode("cp1252"))
    raw = only_sheet(path)
    assert raw.name == "staff"
    assert raw.rows == [
        ["Nom", "Prénom", "Email", "Team"],
        ["Ó Súilleabháin", "Siobhán", "s@x.gov.uk", "Santé €"],
        ["Nowak", "Chloë", None, None],
    ]


def test_utf8_bom_csv(tmp_path):
    path = tmp_path / "bom.csv"
    path.write_bytes("\ufeffStaff No,Full name,Email\nE1,Łukasz Nowak,l@x.gov.uk\n".encode())
    raw = only_sheet(path)
    assert raw.rows[0][0] == "Staff No"  # no BOM left on the first header
    assert map_columns(raw.rows[0]).kind == "people"
    assert raw.rows[1][1] == "Łukasz Nowak"


@pytest.mark.parametrize("delimiter", [",", ";", "\t", "|"])
def test_csv_delimiters_are_sniffed(tmp_path, delimiter):
    lines = ["Name{0}Email{0}Notes", 'Ann{0}a@x.uk{0}"one, two; three"', "Bob{0}b@x.uk{0}ok"]
    path = tmp_path / "staff.txt"
    path.write_text("\n".join(line.format(delimiter) for line in lines), encoding="utf-8")
    raw = only_sheet(path)
    assert raw.rows[1] == ["Ann", "a@x.uk", "one, two; three"]
    assert raw.rows[2] == ["Bob", "b@x.uk", "ok"]


def test_semicolon_csv_with_decimal_commas(tmp_path):
    path = tmp_path / "scores.csv"
    path.write_text("Name;Score;Email\nAnn;1,5;a@x.uk\nBob;2;b@x.uk\nCy;3,25;c@x.uk\n", encoding="utf-8")
    assert only_sheet(path).rows[1] == ["Ann", "1,5", "a@x.uk"]


def test_excel_sep_hint_line(tmp_path):
    path = tmp_path / "hint.csv"
    path.write_text("sep=;\nName;Email\nAnn, Lee;a@x.uk\n", encoding="utf-8")
    assert only_sheet(path).rows == [["Name", "Email"], ["Ann, Lee", "a@x.uk"]]


# ---------------------------------------------------------------- bad files


def test_missing_file(tmp_path):
    refused(tmp_path / "nowhere.xlsx", "was not found")


def test_empty_file(tmp_path):
    path = tmp_path / "empty.xlsx"
    path.write_bytes(b"")
    refused(path, "is empty")


def test_text_file_named_xlsx(tmp_path):
    path = tmp_path / "staff.xlsx"
    path.write_text("Name,Email\nAnn,a@x.uk\n", encoding="utf-8")
    refused(path, "holds plain text")


def test_pdf_named_xlsx(tmp_path):
    path = tmp_path / "report.xlsx"
    path.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n")
    refused(path, "PDF file, not a spreadsheet")


def test_binary_junk_named_csv(tmp_path):
    path = tmp_path / "staff.csv"
    path.write_bytes(bytes(range(256)) * 8)
    refused(path, "not a spreadsheet")


def test_truncated_xlsx(tmp_path):
    data = (FIXTURES / "council_key_personnel.xlsx").read_bytes()
    path = tmp_path / "cut.xlsx"
    path.write_bytes(data[: len(data) // 2])
    refused(path, "damaged or incomplete")


def test_corrupt_compressed_data_inside_an_intact_zip(tmp_path):
    source = FIXTURES / "council_key_personnel.xlsx"
    data = bytearray(source.read_bytes())
    with zipfile.ZipFile(source) as archive:
        info = archive.getinfo("xl/worksheets/sheet1.xml")
    start = info.header_offset + 30 + len(info.filename) + len(info.extra)
    for index in range(start + 10, start + 60):
        data[index] ^= 0x5A
    path = tmp_path / "flipped.xlsx"
    path.write_bytes(bytes(data))
    refused(path, "damaged")


def test_password_protected_workbook(tmp_path):
    path = tmp_path / "locked.xlsx"
    path.write_bytes(compound_file(["EncryptionInfo", "EncryptedPackage", "\x06DataSpaces"]))
    refused(path, "password-protected")


def test_old_xls_is_detected_and_a_broken_one_refused(tmp_path):
    path = tmp_path / "old.xls"
    path.write_bytes(compound_file(["Workbook"], data=b"\x09\x08\x10\x00" + b"\xff" * 5000))
    assert check_file(path) == "xls"
    refused(path, "damaged")


def test_workbook_without_worksheets(tmp_path):
    path = tmp_path / "hollow.xls"
    path.write_bytes(compound_file(["Workbook"]))
    refused(path, "holds no worksheets")


def test_workbook_with_only_hidden_sheets(tmp_path):
    source = simple_workbook(tmp_path / "plain.xlsx")

    def hide(name: str, data: bytes) -> bytes:  # Excel allows it; openpyxl will not write it
        return data.replace(b'state="visible"', b'state="hidden"') if name == "xl/workbook.xml" else data

    refused(rewrite_zip(source, tmp_path / "hidden.xlsx", hide), "no visible worksheets")


def test_word_document_in_a_compound_file(tmp_path):
    path = tmp_path / "letter.xls"
    path.write_bytes(compound_file(["WordDocument", "1Table"]))
    refused(path, "not a spreadsheet")


def test_zip_bomb_by_total_size(tmp_path, monkeypatch):
    monkeypatch.setattr(safety, "MAX_UNCOMPRESSED_BYTES", 1_000_000)
    source = simple_workbook(tmp_path / "plain.xlsx")
    bomb = rewrite_zip(source, tmp_path / "big.xlsx", extra={"xl/media/blob.bin": os.urandom(1_500_000)})
    refused(bomb, "zip bomb")


def test_zip_bomb_by_compression_ratio(tmp_path):
    source = simple_workbook(tmp_path / "plain.xlsx")
    bomb = rewrite_zip(source, tmp_path / "bomb.xlsx", extra={"xl/media/zeros.bin": bytes(4_000_000)})
    assert bomb.stat().st_size < 100_000
    refused(bomb, "zip bomb")


def test_zip_bomb_by_entry_count(tmp_path, monkeypatch):
    monkeypatch.setattr(safety, "MAX_ENTRIES", 12)
    source = simple_workbook(tmp_path / "plain.xlsx")
    many = {f"xl/media/{i}.bin": b"x" for i in range(20)}
    refused(rewrite_zip(source, tmp_path / "many.xlsx", extra=many), "zip bomb")


ENTITIES = b'<!DOCTYPE worksheet [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>'


@pytest.mark.parametrize("part", ["xl/worksheets/sheet1.xml", "xl/workbook.xml", "[Content_Types].xml"])
def test_xml_entity_declarations_are_refused(tmp_path, part):
    source = simple_workbook(tmp_path / "plain.xlsx")

    def inject(name: str, data: bytes) -> bytes:
        if name != part:
            return data
        if data.startswith(b"<?xml"):
            declaration_end = data.index(b"?>") + 2
            return data[:declaration_end] + ENTITIES + data[declaration_end:]
        return ENTITIES + data

    refused(rewrite_zip(source, tmp_path / "entities.xlsx", inject), "entity declarations")


def test_external_entity_in_shared_strings(tmp_path):
    source = simple_workbook(tmp_path / "plain.xlsx")
    xxe = b'<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY x SYSTEM "file:///etc/passwd">]><sst/>'
    bad = rewrite_zip(source, tmp_path / "xxe.xlsx", extra={"xl/sharedStrings2.xml": xxe})
    refused(bad, "entity declarations")


def test_enormous_declared_dimension(tmp_path):
    source = simple_workbook(tmp_path / "plain.xlsx")

    def widen(name: str, data: bytes) -> bytes:
        if name == "xl/worksheets/sheet1.xml":
            return re.sub(rb'<dimension ref="[^"]*"', b'<dimension ref="A1:XFD1048576"', data)
        return data

    refused(rewrite_zip(source, tmp_path / "huge.xlsx", widen), "A1:XFD1048576"[3:])


def test_one_stray_cell_far_away(tmp_path):
    source = simple_workbook(tmp_path / "plain.xlsx")

    def stray(name: str, data: bytes) -> bytes:
        if name == "xl/worksheets/sheet1.xml":
            far = b'<row r="1048576"><c r="XFD1048576" t="n"><v>1</v></c></row></sheetData>'
            return data.replace(b"</sheetData>", far)
        return data

    refused(rewrite_zip(source, tmp_path / "stray.xlsx", stray), "XFD1048576")


def test_opendocument_repeat_bomb(tmp_path):
    body = ods_row(ods_text("x", repeat=1000), repeat=20_000)  # 20 million cells from 1 KB
    refused(ods_file(tmp_path / "bomb.ods", body), "repeated rows and columns")


def test_xlsb_is_not_supported(tmp_path):
    path = tmp_path / "binary.xlsb"
    content_types = (
        b'<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
        b'content-types"><Override PartName="/xl/workbook.bin" '
        b'ContentType="application/vnd.ms-excel.sheet.binary.macroEnabled.main"/></Types>'
    )
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", content_types)
        archive.writestr("xl/workbook.bin", b"\x83\x01\x00")
    refused(path, ".xlsb")


def test_other_zip_is_not_a_spreadsheet(tmp_path):
    path = tmp_path / "photos.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("holiday.txt", "sun")
    refused(path, "not a spreadsheet")


def test_corrupt_sheet_xml(tmp_path):
    source = simple_workbook(tmp_path / "plain.xlsx")

    def garble(name: str, data: bytes) -> bytes:
        return b"<worksheet><sheetData><row" if name == "xl/worksheets/sheet1.xml" else data

    refused(rewrite_zip(source, tmp_path / "garbled.xlsx", garble), "damaged")


# ---------------------------------------------------------------- round trip


# Characters a worksheet can hold: no controls, surrogates or unassigned code points.
_cell_text = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc", "Cn")), min_size=1, max_size=30
).filter(
    lambda s: (
        not s.startswith("=")  # openpyxl would store a formula
        and s not in openpyxl.cell.cell.ERROR_CODES  # and these as error cells
        and not re.search(r"_x[0-9A-Fa-f]{4}_", s)
    )  # OOXML's own escape for characters
)


@given(
    texts=st.lists(_cell_text, min_size=1, max_size=5),
    dates=st.lists(st.dates(min_value=date(1900, 3, 1), max_value=date(2100, 12, 31)), max_size=5),
)
@settings(
    max_examples=50,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)
def test_text_and_dates_survive_a_workbook(texts, dates):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "round.xlsx"
        workbook = openpyxl.Workbook()
        sheet = workbook.active
        sheet.append(["Text", "Date"])
        for row in range(max(len(texts), len(dates))):
            sheet.append([texts[row] if row < len(texts) else None, dates[row] if row < len(dates) else None])
        workbook.save(path)
        raw = only_sheet(path)
    got_texts = [clean_text(row[0]) for row in raw.rows[1 : len(texts) + 1]]
    assert got_texts == [tidy(t) or None for t in texts]
    got_dates = [parse_date(row[1]) for row in raw.rows[1 : len(dates) + 1]]
    assert got_dates == dates


def test_calamine_rows_without_blank_cells_are_kept_and_padded_as_the_others():
    """A row with no "" is taken as calamine gave it (no cell compared in Python): zeros, False,
    dates and spaces stay, and it is padded from A1 like a row that had blanks."""
    from types import SimpleNamespace

    from actionplan.exchange.reader import _calamine_sheet

    rows = [[0, False, 0.0], [" ", date(2024, 2, 29), "x"], ["", 1, ""]]
    sheet = SimpleNamespace(name="S", start=(0, 1), end=(2, 3), to_python=lambda skip_empty_area: rows)
    raw = _calamine_sheet(Path("f.xlsx"), sheet, None)
    assert raw.rows == [
        [None, 0, False, 0.0],
        [None, " ", date(2024, 2, 29), "x"],
        [None, None, 1, None],
    ]
    assert [type(v) for v in raw.rows[0]] == [type(None), int, bool, float]


def test_a_calamine_sheet_that_starts_at_its_first_used_cell_is_padded_from_a1():
    """Other calamine versions give the used area only: rows and columns before it come back
    empty, so rows[i] is still spreadsheet row i + 1 and blank cells ("") are None."""
    from types import SimpleNamespace

    from actionplan.exchange.reader import _calamine_sheet

    def from_b2(skip_empty_area):
        assert skip_empty_area is False
        return [["Staff No", "", 3.0], ["", "", ""], ["A1", "x", ""]]

    sheet = SimpleNamespace(name="S", start=(1, 1), end=(3, 3), to_python=from_b2)
    raw = _calamine_sheet(Path("f.xlsx"), sheet, None)
    assert raw.rows == [
        [None, None, None, None],
        [None, "Staff No", None, 3.0],
        [None, None, None, None],
        [None, "A1", "x", None],
    ]

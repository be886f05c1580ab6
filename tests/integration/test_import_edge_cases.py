"""Generated awkward files: layouts partners send, duplicates, odd values, and every kind of bad file."""

import re
import struct
import zipfile
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select

from actionplan.cli import main
from actionplan.domain.enums import ActionStatus, Rag
from actionplan.exchange.importer import Outcome, apply_import, preview_import
from actionplan.exchange.rejects import write_rejects
from actionplan.paths import resolve_database_url, resolve_paths
from actionplan.services import actions, people, plans, training
from actionplan.services.people import PeopleFilter
from actionplan.storage import models

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
DAY = date(2025, 11, 14)


def preview(db, plan, path, **kwargs):
    kwargs.setdefault("today", DAY)
    return preview_import(db, path, plan_id=plan.id, **kwargs)


def workbook(path: Path, rows: list[list], title: str = "Sheet1") -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = title
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def everyone(db) -> dict:
    return {
        f"{p.first_name} {p.last_name}": p
        for p in people.list_people(db.unit_of_work(), PeopleFilter(include_leavers=True))
    }


def row_counts(db) -> dict[str, int]:
    tables = (models.Organisation, models.Person, models.TrainingRecord, models.Action, models.ChangeBatch)
    with db.engine.connect() as conn:
        return {t.__tablename__: conn.execute(select(func.count()).select_from(t)).scalar() for t in tables}


def errors_by_row(sheet) -> dict[int, list]:
    found: dict[int, list] = {}
    for error in sheet.errors:
        found.setdefault(error.row, []).append(error)
    return found


# ---------------------------------------------------------------- layouts


def test_header_on_row_4_below_a_merged_title(db, plan, tmp_path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet["A1"] = "Northvale Academy Trust: staff who need Prevent training"
    sheet.merge_cells("A1:F1")
    sheet["A2"] = "Produced 01/11/2025. Return to the Prevent coordinator."
    sheet.merge_cells("A2:F2")
    rows = {
        4: ["Payroll number", "First name", "Last name", "E-mail", "Post", "Key staff"],
        5: ["A100", "Ann", "Lee", "Ann.Lee@Academy.example ", "Teacher", "Yes"],
        6: ["A101", "Bo", "Ray", "bo.ray@academy.example", "DSL", "n"],
        8: ["A102", "Cy", "Fox", "cy.fox@academy.example", "Head", "maybe"],
    }
    for number, values in rows.items():
        for column, value in enumerate(values, start=1):
            sheet.cell(row=number, column=column, value=value)
    path = tmp_path / "academy.xlsx"
    book.save(path)
    result = preview(db, plan, path, org="Northvale Academy Trust")
    [sheet_preview] = result.sheets
    assert sheet_preview.header_row == 4
    assert [r.row for r in sheet_preview.rows] == [5, 6, 8]  # the blank row 7 is skipped silently
    [error] = sheet_preview.errors
    assert (error.row, error.column, error.value) == (8, "Key staff", "maybe")
    assert "not Yes or No" in error.message
    apply_import(db, result, skip_invalid=True)
    ann = everyone(db)["Ann Lee"]
    assert ann.email == "ann.lee@academy.example" and ann.key_personnel and ann.staff_number == "A100"
    assert not everyone(db)["Bo Ray"].key_personnel


def test_header_exactly_on_row_4_keeps_spreadsheet_row_numbers(db, plan, tmp_path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet["A1"] = "Title"
    sheet.merge_cells("A1:C1")
    sheet["A4"], sheet["B4"], sheet["C4"] = "Staff ID", "Full name", "Start date"
    sheet["A5"], sheet["B5"], sheet["C5"] = "X1", "Ann Lee", "31/02/2024"
    sheet["A6"], sheet["B6"], sheet["C6"] = "X2", "Bo Ray", "1st March 2024"
    path = tmp_path / "row4.xlsx"
    book.save(path)
    [sheet_preview] = preview(db, plan, path, org="X").sheets
    assert sheet_preview.header_row == 4
    [error] = sheet_preview.errors
    assert (error.row, error.column) == (5, "Start date") and "not a real date" in error.message
    assert sheet_preview.rows[1].outcome is Outcome.NEW


def test_section_rows_set_the_theme_and_unknown_themes_are_added(db, plan, tmp_path):
    path = workbook(
        tmp_path / "plan.xlsx",
        [
            ["Ref", "Action", "Deadline", "RAG", "Status", "% complete", "Comments"],
            ["Theme 2 - Working in partnership", None, None, None, None, None, None],
            [
                "A1",
                "Agree the referral pathway",
                date(2026, 3, 31),
                "Amber/Green",
                "Ongoing",
                "50%",
                "Drafted",
            ],
            [None, None, None, None, None, None, None],
            ["Theme 3: Capabilities", None, None, None, None, None, None],
            ["A2", "Train the panel", date(2026, 6, 30), "G", "On hold", 0.25, None],
            ["Section 4 – Communications and engagement", None, None, None, None, None, None],
            ["A3", "Publish a newsletter", date(2025, 10, 1), "Blue", "Done", None, None],
        ],
        "Plan",
    )
    result = preview(db, plan, path)
    [sheet] = result.sheets
    assert sheet.kind == "actions" and [r.row for r in sheet.rows] == [3, 6, 8]
    assert any("no theme “Communications and engagement”" in w.message for w in sheet.warnings)
    apply_import(db, result)
    views = {a.ref: a for a in actions.list_actions(db.unit_of_work(), plan.id, on=DAY)}
    assert views["A1"].theme_name == "Working in partnership"
    assert views["A1"].progress == 50 and views["A1"].latest_update == "Drafted"
    assert views["A1"].status is ActionStatus.IN_PROGRESS
    assert views["A2"].theme_name == "Capabilities" and views["A2"].status is ActionStatus.BLOCKED
    assert views["A2"].progress == 25
    assert views["A2"].rag is Rag.GREEN and views["A2"].rag_overridden  # blocked is red by the rule
    assert views["A3"].theme_name == "Communications and engagement"
    assert views["A3"].status is ActionStatus.COMPLETE and views["A3"].rag is Rag.COMPLETE
    themes = [t.name for t in plans.list_themes(db.unit_of_work(), plan.id)]
    assert themes[-1] == "Communications and engagement" and len(themes) == 4


def test_matrix_with_excel_serials_in_general_cells(db, plan, tmp_path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Staff No", "Name", "WRAP", "Prevent awareness", "Channel awareness e-learning"])
    sheet.append(["M1", "Ann Lee", 45000, 45000.0, "45001"])
    sheet.append(["M2", "Bo Ray", None, "-", 45292])
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            cell.number_format = "General"
    path = tmp_path / "matrix.xlsx"
    book.save(path)
    result = preview(db, plan, path, org="Northvale Police")
    [sheet_preview] = result.sheets
    assert sheet_preview.kind == "matrix" and sheet_preview.rejected == 0
    assert result.created.training_records == 4
    apply_import(db, result)
    ann = everyone(db)["Ann Lee"]
    records = {r.course_code: r.completed_on for r in training.list_records(db.unit_of_work(), ann.id)}
    assert records == {"WRAP": date(2023, 3, 15), "HO-AWR": date(2023, 3, 15), "HO-CHN": date(2023, 3, 16)}
    bo = everyone(db)["Bo Ray"]
    assert [r.completed_on for r in training.list_records(db.unit_of_work(), bo.id)] == [date(2024, 1, 1)]


def test_month_first_column_is_read_month_first_with_a_warning(db, plan, tmp_path):
    path = tmp_path / "lms.csv"
    path.write_text(
        "Employee ID,Learner,Module,Date completed\n"
        "U1,Ann Lee,WRAP,03/31/2025\n"
        "U2,Bo Ray,WRAP,12/25/2024\n"
        "U3,Cy Fox,WRAP,01/02/2025\n",
        encoding="utf-8",
    )
    result = preview(db, plan, path, org="US Contractor")
    [sheet] = result.sheets
    [warning] = [w for w in sheet.warnings if "month first" in w.message]
    assert warning.row is None and warning.column == "Date completed"
    apply_import(db, result)
    cy = everyone(db)["Cy Fox"]
    assert training.list_records(db.unit_of_work(), cy.id)[0].completed_on == date(2025, 1, 2)


def test_cp1252_csv_with_accented_names_and_semicolons(db, plan, tmp_path):
    text = (
        "Staff No;Name;Email;Organisation\r\n"
        "C1;Siobhán Ní Bhriain;siobhan@college.example;Northvale College\r\n"
        "C2;Chloë Brontë;chloe@college.example;Northvale College\r\n"
        "C3;José Müller-Ærø;jose@college.example;Northvale College\r\n"
    )
    path = tmp_path / "college.csv"
    path.write_bytes(text.encode("cp1252"))
    result = preview(db, plan, path)
    assert result.sheets[0].rejected == 0
    apply_import(db, result)
    names = everyone(db)
    assert names["Siobhán Ní Bhriain"].last_name == "Ní Bhriain"
    assert names["Chloë Brontë"].first_name == "Chloë"
    assert "José Müller-Ærø" in names
    assert names["José Müller-Ærø"].organisation_name == "Northvale College"


def test_a_workbook_with_an_unrecognisable_sheet_imports_the_others(db, plan, tmp_path):
    book = openpyxl.Workbook()
    notes = book.active
    notes.title = "Read me"
    notes.append(["Please fill in every yellow cell."])
    notes.append(["Thank you"])
    staff = book.create_sheet("Staff")
    staff.append(["Name", "Email"])
    staff.append(["Ann Lee", "ann@x.example"])
    book.create_sheet("Empty")
    path = tmp_path / "mixed.xlsx"
    book.save(path)
    result = preview(db, plan, path, org="X")
    skipped = {s.name: s.skipped for s in result.sheets if s.skipped}
    assert set(skipped) == {"Read me", "Empty"} and "empty" in skipped["Empty"]
    assert [s.name for s in result.imported_sheets] == ["Staff"]
    assert result.created.people == 1


# ---------------------------------------------------------------- duplicates and bad values


def test_duplicates_within_a_file_reject_the_later_row(db, plan, tmp_path):
    people_path = workbook(
        tmp_path / "people.xlsx",
        [
            ["Staff No", "Name", "Email"],
            ["D1", "Ann Lee", "ann@x.example"],
            ["D2", "Ann Lee", "ANN@x.example"],  # the same email: the same person
            ["D3", "Bo Ray", "bo@x.example"],
            ["D3", "Bo Ray", "bo@x.example"],  # an exact repeat
        ],
    )
    [sheet] = preview(db, plan, people_path, org="X").sheets
    errors = errors_by_row(sheet)
    assert set(errors) == {3, 5}
    assert errors[3][0].column == "Email" and "Row 2" in errors[3][0].message
    assert errors[5][0].column == "Staff No" and "Row 4" in errors[5][0].message

    list_path = tmp_path / "completions.csv"
    list_path.write_text(
        "Staff No,Name,Course,Completed\n"
        "D1,Ann Lee,WRAP,01/02/2024\n"
        "D1,Ann Lee,HO-AWR,01/02/2024\n"
        "D1,Ann Lee,Workshop to Raise Awareness of Prevent,1 Feb 2024\n",
        encoding="utf-8",
    )
    result = preview(db, plan, list_path, org="X")
    [sheet] = result.sheets
    [error] = sheet.errors
    assert error.row == 4 and "Row 2" in error.message
    assert result.created.people == 1 and result.created.training_records == 2

    plan_path = workbook(
        tmp_path / "plan.xlsx",
        [["Ref", "Action", "Due"], ["1", "First", None], ["2", "Second", None], ["1", "First again", None]],
    )
    [sheet] = preview(db, plan, plan_path).sheets
    [error] = sheet.errors
    assert (error.row, error.column) == (4, "Ref") and "Row 2" in error.message


def test_training_values_that_cannot_be_imported(db, plan, tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text(
        "Staff No,Name,Course,Completion date,Expiry date\n"
        "B1,Ann Lee,Basket weaving,01/02/2024,\n"
        "B2,Bo Ray,WRAP,01/02/2030,\n"
        "B3,Cy Fox,WRAP,01/02/2024,01/01/2024\n"
        "B4,Di Oak,WRAP,,\n"
        "B5,Ed Elm,WRAP,31/13/2024,\n",
        encoding="utf-8",
    )
    [sheet] = preview(db, plan, path, org="X").sheets
    messages = {row: [e.message for e in errors] for row, errors in errors_by_row(sheet).items()}
    assert "No course called “Basket weaving”" in messages[2][0]
    assert "in the future" in messages[3][0]
    assert "expiry date must be after" in messages[4][0]
    assert "Give the date" in messages[5][0]
    assert "31/13/2024" in messages[6][0]


def test_leaving_before_starting_is_rejected(db, plan, tmp_path):
    path = workbook(
        tmp_path / "leavers.xlsx",
        [["Staff No", "Name", "Start date", "Leaving date"], ["L1", "Ann Lee", "01/09/2024", "31/08/2024"]],
    )
    [sheet] = preview(db, plan, path, org="X").sheets
    [error] = sheet.errors
    assert error.column == "Leaving date" and "before the start date" in error.message


def test_a_training_list_that_names_people_creates_them_once(db, plan, tmp_path):
    path = tmp_path / "list.csv"
    path.write_text(
        "Name,Organisation,Course,Completed,Evidence\n"
        "Ann Lee,Northvale School,WRAP,01/02/2024,Cert 1\n"
        "Ann Lee,Northvale School,Course 2,03/02/2024,\n"
        "Ann Lee,Other School,WRAP,01/02/2024,\n",
        encoding="utf-8",
    )
    result = preview(db, plan, path)
    assert result.created.to_json() == {"people": 2, "training_records": 3, "actions": 0, "organisations": 2}
    apply_import(db, result)
    again = preview(db, plan, path)
    assert again.created.total == 0 and again.updated.total == 0


def test_rejects_workbook_keeps_the_rows_as_written_and_formulas_as_text(db, plan, tmp_path):
    path = workbook(
        tmp_path / "staff.xlsx",
        [
            ["Staff No", "Name", "Email", "Job title", "Start date"],
            ["R1", "Ann Lee", "ann@x.example", "Teacher", date(2020, 1, 6)],
            ["R2", "Bo Ray", '=HYPERLINK("http://x")', "-5 days", date(2021, 2, 3)],
            ["R3", None, "@handle", "+44 1234", None],
        ],
    )
    # openpyxl stores "=..." as a formula; write it back as text so the file holds what partners type
    book = openpyxl.load_workbook(path)
    book.active["C3"].data_type = "s"
    book.save(path)
    result = preview(db, plan, path, org="X")
    assert result.rejected == 2
    out = tmp_path / "rejects.xlsx"
    assert write_rejects(result, out) == 2
    sheet = openpyxl.load_workbook(out).active
    assert sheet.freeze_panes == "A2"
    header = [c.value for c in sheet[1]]
    assert header == [
        "Staff No",
        "Name",
        "Email",
        "Job title",
        "Start date",
        "Row in original file",
        "Reason",
    ]
    second = [c for c in sheet[2]]
    assert (
        second[2].value == '=HYPERLINK("http://x")' and second[2].data_type == "s" and second[2].quotePrefix
    )
    assert second[3].value == "-5 days" and second[3].data_type == "s"
    assert second[4].value.date() == date(2021, 2, 3) and second[4].number_format == "dd/mm/yyyy"
    assert second[5].value == 3 and "Email" in second[6].value and "not an email address" in second[6].value
    third = [c.value for c in sheet[3]]
    assert third[0] == "R3" and third[5] == 4 and "name" in third[6]


# ---------------------------------------------------------------- bad files


def _compound_file(stream_names: list[str]) -> bytes:
    """A minimal OLE2 compound file whose directory lists ``stream_names`` (an encrypted workbook)."""
    free, end, fat_sector, no_stream = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD, 0xFFFFFFFF
    header = bytearray(512)
    header[0:8] = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
    struct.pack_into("<HHHHH", header, 24, 0x3E, 3, 0xFFFE, 9, 6)
    struct.pack_into("<III", header, 44, 1, 1, 0)
    struct.pack_into("<IIIIII", header, 56, 4096, end, 0, end, 0, 0)
    struct.pack_into("<109I", header, 76, 0, *([free] * 108))
    fat = struct.pack("<128I", fat_sector, end, *([free] * 126))

    def entry(name: str, kind: int, child: int = no_stream, right: int = no_stream) -> bytes:
        raw = name.encode("utf-16-le") + b"\0\0"
        return (
            raw.ljust(64, b"\0")
            + struct.pack("<HBB", len(raw), kind, 1)
            + struct.pack("<III", no_stream, right, child)
            + bytes(36)
            + struct.pack("<IQ", end, 0)
        )

    entries = [entry("Root Entry", 5, child=1)]
    for index, name in enumerate(stream_names, start=1):
        entries.append(entry(name, 2, right=index + 1 if index < len(stream_names) else no_stream))
    return bytes(header) + fat + b"".join(entries).ljust(512, b"\0")


def _rewrite(source: Path, target: Path, edit=None, extra: dict | None = None) -> Path:
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            zout.writestr(info.filename, edit(info.filename, data) if edit else data)
        for name, data in (extra or {}).items():
            zout.writestr(name, data)
    return target


def _simple(tmp_path: Path) -> Path:
    return workbook(tmp_path / "plain.xlsx", [["Staff No", "Name"], ["P1", "Ann Lee"]])


def _inject_entities(name: str, data: bytes) -> bytes:
    if name != "xl/worksheets/sheet1.xml":
        return data
    end = data.index(b"?>") + 2 if data.startswith(b"<?xml") else 0
    return data[:end] + b'<!DOCTYPE w [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;&a;">]>' + data[end:]


def _widen(name: str, data: bytes) -> bytes:
    if name == "xl/worksheets/sheet1.xml":
        return re.sub(rb'<dimension ref="[^"]*"', b'<dimension ref="A1:XFD1048576"', data)
    return data


BAD_FILES = {
    "not a spreadsheet": (lambda tmp: _write(tmp / "report.xlsx", b"%PDF-1.7\n%\xe2\xe3\n1 0 obj\n"), "PDF"),
    "truncated": (
        lambda tmp: _write(tmp / "cut.xlsx", (FIXTURES / "council_key_personnel.xlsx").read_bytes()[:5000]),
        "damaged or incomplete",
    ),
    "password-protected": (
        lambda tmp: _write(tmp / "locked.xlsx", _compound_file(["EncryptionInfo", "EncryptedPackage"])),
        "password-protected",
    ),
    "empty file": (lambda tmp: _write(tmp / "empty.xlsx", b""), "is empty"),
    "empty workbook": (lambda tmp: workbook(tmp / "blank.xlsx", []), "could be imported"),
    "zip bomb": (
        lambda tmp: _rewrite(_simple(tmp), tmp / "bomb.xlsx", extra={"xl/media/zeros.bin": bytes(4_000_000)}),
        "zip bomb",
    ),
    "XML entities": (
        lambda tmp: _rewrite(_simple(tmp), tmp / "entities.xlsx", _inject_entities),
        "entity declarations",
    ),
    "enormous dimensions": (lambda tmp: _rewrite(_simple(tmp), tmp / "huge.xlsx", _widen), "XFD1048576"),
}


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("case", sorted(BAD_FILES))
def test_bad_files_exit_2_with_one_sentence_and_change_nothing(capsys, data_dir, tmp_path, case):
    base = ["--data-dir", str(data_dir)]
    assert main([*base, "init"]) == 0
    main([*base, "import", str(FIXTURES / "trust_elearning_export.csv"), "--org", "Northvale NHS Trust"])
    from actionplan.services import open_database

    database = open_database(cli_database_url(data_dir))
    before = row_counts(database)
    database.close()
    capsys.readouterr()
    build, phrase = BAD_FILES[case]
    code = main([*base, "import", str(build(tmp_path)), "--skip-invalid"])
    out, err = capsys.readouterr()
    assert code == 2
    assert out == ""
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("actionplan: ") and phrase in lines[0]
    assert "Traceback" not in err
    database = open_database(cli_database_url(data_dir))
    assert row_counts(database) == before
    database.close()


def cli_database_url(data_dir: Path) -> str:
    """The database the command line uses with ``--data-dir data_dir`` (or $ACTIONPLAN_DB)."""
    return resolve_database_url(None, resolve_paths(data_dir))

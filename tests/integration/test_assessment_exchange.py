"""The self-assessment workbook: how it is written, and how a colleague's edits come back through
``actionplan import`` (also after a LibreOffice re-save), with conflicts and undo as for any import."""

import json
import shutil
import zipfile

import openpyxl
import pytest

from actionplan.assessment import services
from actionplan.assessment.ratings import Rating
from actionplan.assessment.workbook import COLUMNS, SHEET, export_assessment_workbook
from actionplan.cli import main
from actionplan.exchange.headers import map_columns
from actionplan.exchange.importer import apply_import, preview_import
from actionplan.exchange.preview import Outcome
from actionplan.services import history
from tests.conftest import TODAY
from tests.integration.test_export_libreoffice import resave_with_libreoffice

HEADERS = [c.header for c in COLUMNS]


def answers(db, plan_id) -> dict[str, tuple[str, str, str]]:
    view = services.get_assessment(db.unit_of_work(), plan_id)
    return {q.key: (q.rating.value, q.commentary, q.assessor) for q in view.questions}


def row_of(ws, key: str) -> int:
    keys = [ws.cell(r, 2).value for r in range(1, ws.max_row + 1)]
    return keys.index(key) + 1


def edit(path, out, changes: dict[tuple[str, str], object]) -> None:
    """Change cells by (question ID, header), as a colleague would in Excel."""
    workbook = openpyxl.load_workbook(path)
    ws = workbook[SHEET]
    for (key, header), value in changes.items():
        ws.cell(row_of(ws, key), HEADERS.index(header) + 1).value = value
    workbook.save(out)


def changed_rows(preview) -> list[tuple[str, str, list[tuple[str, object, object]]]]:
    return [
        (row.label, row.outcome.value, [(c.field, c.old, c.new) for c in row.changes])
        for sheet in preview.imported_sheets
        for row in sheet.rows
        if row.outcome is not Outcome.UNCHANGED
    ]


def test_the_workbook_is_laid_out_for_colleagues_and_safe(demo_db, tmp_path):
    db, plan_id = demo_db
    services.rate(db.unit_of_work(), plan_id, "H1", commentary='=HYPERLINK("http://x") pasted from an email')
    out = tmp_path / "sa.xlsx"
    done = export_assessment_workbook(db.unit_of_work(), plan_id, out)
    assert done.rows == 32 and done.year == 2026
    workbook = openpyxl.load_workbook(out)
    assert workbook.sheetnames == ["Summary", SHEET]
    ws = workbook[SHEET]
    assert [c.value for c in ws[1]] == HEADERS
    assert HEADERS[:6] == ["Section", "Question ID", "Question", "Rating", "Commentary", "Evidence"]
    assert HEADERS[-1] == "Record ID" and ws.freeze_panes == "D2"
    c3 = row_of(ws, "C3")
    assert ws.cell(c3, 1).value == "C. Partnership plan" and ws.cell(c3, 4).value == "Partially met"
    assert (
        ws.cell(c3, 7).value == "Partially met" and "2 of 11 open actions are overdue" in ws.cell(c3, 8).value
    )
    assert ws.cell(c3, 9).value == "Partially met"  # last year
    assert ws.cell(c3, 6).value.startswith("Action: 1.2 Report Prevent delivery")
    [validation] = ws.data_validations.dataValidation
    assert validation.formula1 == '"Not assessed,Not met,Partially met,Met,Exceeding"'
    assert validation.errorStyle == "stop" and str(validation.sqref).startswith("D2:D")
    h1 = ws.cell(row_of(ws, "H1"), 5)
    assert h1.value == '=HYPERLINK("http://x") pasted from an email' and h1.data_type == "s"
    with zipfile.ZipFile(out) as archive:
        assert b"<f>" not in archive.read("xl/worksheets/sheet2.xml")
    custom = {p.name: p.value for p in workbook.custom_doc_props.props}
    assert custom["Export kind"] == "assessment" and custom["Figures as at"] == "2026-11-28"
    assert custom["Assessment UUID"] == services.get_assessment(db.unit_of_work(), plan_id).uuid
    assert workbook.properties.creator == "Prevent action plan manager"
    summary = [row[0] for row in workbook["Summary"].iter_rows(values_only=True)]
    assert "The rating scale" in summary and "Channel panel" in summary
    mapping = map_columns(HEADERS)
    assert mapping.kind == "assessment" and all(m.confidence == 1.0 for m in mapping.columns)
    export = history.list_batches(db.unit_of_work(), 1)[0]
    assert export.description == "Exported the 2026 self-assessment to sa.xlsx" and not export.undoable


def test_an_unchanged_workbook_changes_nothing(demo_db, tmp_path):
    db, plan_id = demo_db
    out = tmp_path / "sa.xlsx"
    export_assessment_workbook(db.unit_of_work(), plan_id, out)
    preview = preview_import(db, out, plan_id=plan_id)
    [sheet] = preview.imported_sheets
    assert sheet.kind == "assessment" and len(sheet.rows) == 32
    assert all(r.outcome is Outcome.UNCHANGED for r in sheet.rows) and not sheet.warnings
    assert next(s for s in preview.sheets if s.name == "Summary").skipped


def test_the_round_trip_changes_exactly_two_ratings_and_a_commentary(demo_db, tmp_path):
    db, plan_id = demo_db
    out = tmp_path / "sa.xlsx"
    export_assessment_workbook(db.unit_of_work(), plan_id, out)
    before = answers(db, plan_id)
    returned = tmp_path / "returned.xlsx"
    edit(
        out,
        returned,
        {
            ("A3", "Rating"): "Met",
            ("G1", "Rating"): "Partially met",
            ("D4", "Commentary"): "Outcomes now reported each quarter.",
        },
    )
    preview = preview_import(db, returned, plan_id=plan_id)
    assert changed_rows(preview) == [
        ("A3", "updated", [("rating", "Partially met", "Met")]),
        ("D4", "updated", [("commentary", before["D4"][1], "Outcomes now reported each quarter.")]),
        ("G1", "updated", [("rating", "Not assessed", "Partially met")]),
    ]
    assert preview.updated.answers == 3 and preview.updated.to_json()["answers"] == 3
    result = apply_import(db, preview)
    assert result.applied and result.updated.answers == 3
    after = answers(db, plan_id)
    expected = dict(before)
    expected["A3"] = ("met", *before["A3"][1:])
    expected["G1"] = ("partially met", *before["G1"][1:])
    expected["D4"] = (before["D4"][0], "Outcomes now reported each quarter.", before["D4"][2])
    assert after == expected
    view = services.get_assessment(db.unit_of_work(), plan_id)
    assert view.question("A3").answered_on == TODAY
    history.undo_batch(db.unit_of_work(), result.batch_id)
    assert answers(db, plan_id) == before


def test_the_import_command_detects_the_kind_and_reports_the_answers(demo_db, tmp_path, capsys):
    db, plan_id = demo_db
    out = tmp_path / "sa.xlsx"
    export_assessment_workbook(db.unit_of_work(), plan_id, out)
    returned = tmp_path / "returned.xlsx"
    edit(out, returned, {("B4", "Rating"): "met", ("B4", "Assessor"): "Police Prevent lead"})
    code = main(["import", str(returned), "--json"])
    data = json.loads(capsys.readouterr().out)
    assert code == 0 and data["applied"] is True
    assert data["updated"]["answers"] == 1 and "answers" not in data["created"]
    [sheet] = [s for s in data["sheets"] if s["kind"] == "assessment"]
    assert sheet["mapping"]["Rating"] == "rating" and sheet["mapping"]["Record ID"] == "record_id"
    assert answers(db, plan_id)["B4"] == ("met", "", "Police Prevent lead")


def test_bad_cells_are_rejected_with_their_row_and_nothing_changes(demo_db, tmp_path, capsys):
    db, plan_id = demo_db
    out = tmp_path / "sa.xlsx"
    export_assessment_workbook(db.unit_of_work(), plan_id, out)
    returned = tmp_path / "returned.xlsx"
    edit(out, returned, {("A1", "Rating"): "Brilliant", ("A2", "Record ID"): "not-a-uuid"})
    before = answers(db, plan_id)
    code = main(["import", str(returned)])
    printed = capsys.readouterr().out
    assert code == 1
    assert "Row 2, Rating: “Brilliant” is not a rating" in printed
    assert "Row 3, Record ID: This is not a Record ID written by this application" in printed
    assert "Nothing was imported: 2 rows were rejected." in printed
    assert answers(db, plan_id) == before


def test_rows_without_record_ids_match_by_question_id(demo_db, tmp_path):
    db, plan_id = demo_db
    workbook = openpyxl.Workbook()
    ws = workbook.active
    ws.append(["Council self-assessment 2026"])
    ws.append(["Question ID", "Question", "Our rating", "Comments"])
    ws.append(["H3", "Incident protocol?", "Not met", "No protocol yet"])
    ws.append(["Z9", "Unknown", "Met", ""])
    path = tmp_path / "council.xlsx"
    workbook.save(path)
    preview = preview_import(db, path, plan_id=plan_id)
    [sheet] = preview.imported_sheets
    assert sheet.kind == "assessment" and sheet.header_row == 2
    assert [(r.row, r.outcome.value) for r in sheet.rows] == [(3, "updated"), (4, "rejected")]
    assert sheet.rows[1].errors[0].message == "The plan's self-assessment has no question “Z9”."


def test_a_rating_changed_here_and_in_the_file_is_a_conflict(demo_db, tmp_path, capsys):
    db, plan_id = demo_db
    out = tmp_path / "sa.xlsx"
    export_assessment_workbook(db.unit_of_work(), plan_id, out)
    services.rate(db.unit_of_work(), plan_id, "B2", rating="met")  # here, since the export
    services.rate(db.unit_of_work(), plan_id, "B3", rating="met")
    returned = tmp_path / "returned.xlsx"
    edit(
        out, returned, {("B2", "Rating"): "Not met", ("C2", "Rating"): "Partially met"}
    )  # B3 left as exported
    preview = preview_import(db, returned, plan_id=plan_id)
    [conflict] = preview.conflicts
    assert (conflict.field, conflict.exported, conflict.ours, conflict.theirs) == (
        "rating",
        "Partially met",
        "Met",
        "Not met",
    )
    assert not apply_import(db, preview).applied  # nothing until someone chooses
    code = main(["import", str(returned), "--prefer", "ours"])
    capsys.readouterr()
    assert code == 0
    now = answers(db, plan_id)
    assert now["B2"][0] == "met" and now["B3"][0] == "met" and now["C2"][0] == "partially met"


@pytest.mark.libreoffice
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")
def test_the_round_trip_survives_a_libreoffice_re_save(demo_db, tmp_path):
    db, plan_id = demo_db
    out = tmp_path / "sa.xlsx"
    export_assessment_workbook(db.unit_of_work(), plan_id, out)
    before = answers(db, plan_id)
    edited = tmp_path / "edited.xlsx"
    edit(
        out,
        edited,
        {("E3", "Rating"): "Met", ("H4", "Rating"): "Not met", ("C1", "Commentary"): "Agreed in May."},
    )
    resaved = resave_with_libreoffice(edited, tmp_path)
    workbook = openpyxl.load_workbook(resaved)
    ws = workbook[SHEET]
    assert [c.value for c in ws[1]] == HEADERS
    assert any(str(dv.sqref).startswith("D2") for dv in ws.data_validations.dataValidation)
    preview = preview_import(db, resaved, plan_id=plan_id)
    assert changed_rows(preview) == [
        ("C1", "updated", [("commentary", before["C1"][1], "Agreed in May.")]),
        ("E3", "updated", [("rating", "Not assessed", "Met")]),
        ("H4", "updated", [("rating", "Not assessed", "Not met")]),
    ]
    assert apply_import(db, preview).applied
    after = answers(db, plan_id)
    assert {k for k in after if after[k] != before[k]} == {"C1", "E3", "H4"}
    assert after["E3"][0] == Rating.MET.value and after["H4"][0] == Rating.NOT_MET.value

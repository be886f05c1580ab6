"""An exported workbook opened and saved again by LibreOffice Calc still carries its dates, drop-downs
and Record IDs, and still imports as exactly what the partner changed.

Needs ``soffice`` (Debian: ``apt-get install --no-install-recommends libreoffice-calc-nogui``).
"""

import shutil
import subprocess
from datetime import date
from pathlib import Path

import openpyxl
import pytest

from actionplan.exchange.export import export_workbook
from actionplan.exchange.importer import preview_import
from actionplan.exchange.preview import Outcome
from actionplan.services.actions import list_actions

pytestmark = [
    pytest.mark.libreoffice,
    pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed"),
]

TODAY = date(2026, 11, 28)  # the demo fixture's day (tests/conftest.py)
DATA_SHEETS = {"Actions", "People", "Training records", "Training matrix", "Organisations"}


def resave_with_libreoffice(source: Path, tmp_path: Path) -> Path:
    """Open ``source`` in Calc and save it again as .xlsx, headless, with a throwaway profile."""
    out = tmp_path / "libreoffice"
    out.mkdir(exist_ok=True)
    profile = tmp_path / "lo-profile"
    completed = subprocess.run(
        [
            "soffice",
            "--headless",
            "--norestore",
            f"-env:UserInstallation={profile.as_uri()}",
            "--convert-to",
            "xlsx:Calc MS Excel 2007 XML",
            "--outdir",
            str(out),
            str(source),
        ],
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
    )
    result = out / source.name
    assert completed.returncode == 0 and result.exists(), completed.stderr or completed.stdout
    assert result.read_bytes() != source.read_bytes()
    return result


def column(ws, header: str) -> int:
    return [c.value for c in ws[1]].index(header) + 1


def values(ws, header: str) -> list[object]:
    """The column's values (Calc may add empty rows below, where the drop-downs reach)."""
    col = column(ws, header)
    found = [ws.cell(row, col).value for row in range(2, ws.max_row + 1)]
    while found and found[-1] is None:
        found.pop()
    return found


def validated_headers(ws) -> set[str]:
    headers = {openpyxl.utils.get_column_letter(i + 1): c.value for i, c in enumerate(ws[1])}
    found = set()
    for dv in ws.data_validations.dataValidation:
        for ref in str(dv.sqref).split():
            found.add(headers["".join(ch for ch in ref.split(":")[0] if ch.isalpha())])
    return found


def test_libreoffice_keeps_dates_drop_downs_and_record_ids(demo_db, tmp_path):
    db, plan_id = demo_db
    original = tmp_path / "plan.xlsx"
    export_workbook(db.unit_of_work(), plan_id, original, on=TODAY)
    resaved = resave_with_libreoffice(original, tmp_path)

    before, after = openpyxl.load_workbook(original), openpyxl.load_workbook(resaved)
    assert after.sheetnames == before.sheetnames
    assert all(ws.sheet_state == "visible" for ws in after.worksheets)
    for sheet, header in (
        ("Actions", "Record ID"),
        ("People", "Record ID"),
        ("Training matrix", "Record ID"),
        ("Training records", "Person record ID"),
    ):
        assert values(after[sheet], header) == values(before[sheet], header)

    for sheet, header in (
        ("Training records", "Completion date"),
        ("Actions", "Due date"),
        ("People", "Start date"),
    ):
        ws = after[sheet]
        col = column(ws, header)
        cells = [ws.cell(row, col) for row in range(2, ws.max_row + 1) if ws.cell(row, col).value is not None]
        assert cells and all(c.is_date for c in cells), f"{sheet}: {header}"
        assert all(c.number_format.lower() == "dd/mm/yyyy" for c in cells), f"{sheet}: {header}"
    matrix = after["Training matrix"]
    awr = column(matrix, "HO-AWR")
    dated = [matrix.cell(r, awr) for r in range(2, matrix.max_row + 1) if matrix.cell(r, awr).is_date]
    assert dated and all("(expired)" in c.number_format for c in dated)

    assert {"Status", "RAG", "Theme", "Progress"} <= validated_headers(after["Actions"])
    assert "Course" in validated_headers(after["Training records"])
    custom = {p.name: p.value for p in after.custom_doc_props.props}
    assert custom["Export kind"] == "full" and custom["Plan UUID"]

    imported = preview_import(db, resaved, plan_id=plan_id, today=TODAY)
    assert {s.name for s in imported.imported_sheets} == DATA_SHEETS
    for sheet in imported.imported_sheets:
        assert all(r.outcome is Outcome.UNCHANGED for r in sheet.rows), sheet.name
    assert not imported.has_changes and imported.rejected == 0


def test_partner_edits_survive_libreoffice(demo_db, tmp_path):
    db, plan_id = demo_db
    original = tmp_path / "police.xlsx"
    export_workbook(db.unit_of_work(), plan_id, original, partner="Northvale Police", on=TODAY)
    linked = {a.uuid for a in list_actions(db.unit_of_work(), plan_id, TODAY) if a.requirement_id}
    workbook = openpyxl.load_workbook(original)
    ws = workbook["Actions"]
    row = next(
        r
        for r in range(2, ws.max_row + 1)
        if ws.cell(r, column(ws, "Status")).value == "In progress"
        and ws.cell(r, column(ws, "Record ID")).value not in linked  # their progress is worked out
    )
    progress = ws.cell(row, column(ws, "Progress"))
    progress.value = 55 if progress.value != 55 else 65
    update = ws.cell(row, column(ws, "Latest update"))
    update.value = "=Typed in Calc; still text"
    update.data_type = "s"  # typed with Excel's leading apostrophe: text, not a formula
    training = workbook["Training records"]
    first = [training.cell(2, c).value for c in range(1, 6)]
    training.append([*first, "HO-CHN", date(2026, 11, 3), None, None, None])
    workbook.save(original)

    resaved = resave_with_libreoffice(original, tmp_path)
    imported = preview_import(db, resaved, plan_id=plan_id, today=TODAY)
    assert imported.rejected == 0, [e.message for e in (e for s in imported.sheets for e in s.errors)]
    changed = {
        s.name: [
            (r.outcome.value, sorted(c.field for c in r.changes))
            for r in s.rows
            if r.outcome is not Outcome.UNCHANGED
        ]
        for s in imported.imported_sheets
    }
    assert changed == {
        "Actions": [("updated", ["progress", "update"])],
        "People": [],
        "Training records": [("new", [])],
        "Training matrix": [],
        "Organisations": [],
    }
    (action,) = [r for r in imported.sheets[1].rows if r.outcome is Outcome.UPDATED]
    assert {c.field: c.new for c in action.changes}["update"] == "=Typed in Calc; still text"

"""A workbook exported in Welsh: Welsh headers and words, and it imports back unchanged in either language."""

from datetime import date
from pathlib import Path

import openpyxl
import pytest

from actionplan import i18n
from actionplan.exchange.export import export_workbook
from actionplan.exchange.headers import map_columns
from actionplan.exchange.importer import preview_import
from actionplan.exchange.preview import Outcome

TODAY = date(2026, 11, 28)
IMPORTED = {"Camau gweithredu", "Pobl", "Cofnodion hyfforddiant", "Matrics hyfforddiant", "Sefydliadau"}


def export_in_welsh(db, plan_id, path: Path, **options):
    i18n.set_language("cy")  # as --lang cy or the Welsh window (conftest puts English back)
    try:
        return export_workbook(db.unit_of_work(), plan_id, path, on=TODAY, **options)
    finally:
        i18n.set_language("en")


def test_the_welsh_workbook_has_welsh_sheets_headers_and_words(demo_db, tmp_path):
    db, plan_id = demo_db
    path = tmp_path / "cymraeg.xlsx"
    export_in_welsh(db, plan_id, path)
    book = openpyxl.load_workbook(path, read_only=True)
    assert set(book.sheetnames) >= IMPORTED
    actions = [row for row in book["Camau gweithredu"].iter_rows(values_only=True)]
    people = next(book["Pobl"].iter_rows(values_only=True))
    book.close()
    assert {"Cyf", "Cam gweithredu", "Statws", "Dyddiad erbyn", "ID Cofnod"} <= set(actions[0])
    assert {"Rhif staff", "Enw cyntaf", "Cyfenw", "Sefydliad"} <= set(people)
    status_column = actions[0].index("Statws")
    assert {row[status_column] for row in actions[1:] if row[status_column]} <= {
        "Heb ddechrau",
        "Ar y gweill",
        "Wedi'i gwblhau",
        "Wedi'i rwystro",
        "Wedi'i ganslo",
    }


@pytest.mark.parametrize("language", ["cy", "en"])
def test_a_workbook_exported_in_welsh_imports_back_unchanged(demo_db, tmp_path, language):
    db, plan_id = demo_db
    path = tmp_path / "cymraeg.xlsx"
    export_in_welsh(db, plan_id, path, partner="Northvale Police")
    i18n.set_language(language)
    result = preview_import(db, path, plan_id=plan_id, today=TODAY)
    assert {s.name for s in result.imported_sheets} == IMPORTED
    for sheet in result.imported_sheets:
        changed = [
            (r.row, r.label, r.outcome.value, r.changes, r.errors)
            for r in sheet.rows
            if r.outcome is not Outcome.UNCHANGED
        ]
        assert not changed, f"{sheet.name}: {changed[:3]}"
    assert not result.has_changes and result.rejected == 0


def test_welsh_headers_a_partner_writes_are_read():
    mapping = map_columns(["Enw", "Sefydliad", "Cwrs", "Dyddiad cwblhau"], "training")
    assert mapping.field_columns == {"full_name": 0, "organisation": 1, "course": 2, "completed_on": 3}

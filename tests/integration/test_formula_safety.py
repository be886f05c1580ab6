"""Formula safety over every sheet of every export kind and the rejects workbook.

Values beginning with = + - @, tab and carriage return are planted in every text field that
can reach a sheet; every cell must come out as text (never a formula or an error), with
Excel's quote prefix, so it stays text when a partner edits it.
"""

import zipfile
from itertools import cycle
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select, update

from actionplan.exchange.export import export_workbook
from actionplan.exchange.importer import preview_import, write_rejects
from actionplan.exchange.reader import read_file
from actionplan.services import actions as action_service
from actionplan.storage.models import (
    Action,
    ActionUpdate,
    Course,
    Objective,
    Organisation,
    Person,
    Plan,
    Theme,
    TrainingRecord,
    TrainingRequirement,
)
from tests.conftest import TODAY

STARTS = ("=", "+", "-", "@", "\t", "\r")
FIELDS = {
    Person: ("first_name", "last_name", "job_title", "team", "role_group", "staff_number"),
    Action: ("ref", "title", "description", "notes", "evidence", "owner_name"),
    Organisation: ("name",),
    Course: ("code",),  # its name is not exported: the code stands for it
    Theme: ("name",),
    Objective: ("name",),
    TrainingRequirement: ("title",),
    TrainingRecord: ("evidence",),
    ActionUpdate: ("text",),
    Plan: ("name", "area"),
}
PAYLOADS = ('HYPERLINK("http://x.example","x")', "SUM(A1)", "1+2", "cmd|' /C calc'!A0")


def plant(db) -> list[str]:
    """Give every text field of a few rows of each table a formula-like value; returns them."""
    planted = []
    starts, payloads = cycle(STARTS), cycle(PAYLOADS)
    with db.unit_of_work() as uow:
        session = uow.session
        for model, fields in FIELDS.items():
            ids = session.execute(select(model.id).order_by(model.id)).scalars().all()
            rows = ids if model in (Organisation, Theme, Course) else ids[:: max(1, len(ids) // 6)][:6]
            for row_id in rows:
                values = {}
                for name in fields:
                    if name in ("staff_number", "code", "ref"):  # short fields
                        values[name] = f"{next(starts)}1+{row_id}"
                    else:
                        values[name] = f"{next(starts)}{next(payloads)} {model.__name__} {name} {row_id}"
                planted += values.values()
                if model is Action:
                    values["owner_id"] = None  # the owner as written ("Prevent Lead"), not a person
                session.execute(update(model).where(model.id == row_id).values(**values))
        session.commit()
    return planted


def check_workbook(path: Path) -> list[str]:
    """Every cell of every sheet: text that starts like a formula is a quoted text cell.

    Returns every string the workbook holds, as the importer reads it back.
    """
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            if name.startswith("xl/worksheets/"):
                xml = archive.read(name).decode()
                assert "<f>" not in xml and "<f " not in xml, name
                assert 't="e"' not in xml, name
    workbook = openpyxl.load_workbook(path)
    risky = 0
    for ws in workbook.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                value = cell.value
                if isinstance(value, str) and value.startswith((*STARTS, "_x000D_")):
                    assert cell.data_type == "s", (ws.title, cell.coordinate, value)
                    assert cell.quotePrefix, (ws.title, cell.coordinate, value)
                    risky += 1
    assert risky > 0, path.name
    return [v for sheet in read_file(path) for row in sheet.rows for v in row if isinstance(v, str)]


@pytest.fixture
def planted(demo_db):
    db, plan_id = demo_db
    return db, plan_id, plant(db)


def test_every_text_field_is_text_in_a_full_export(planted, tmp_path):
    db, plan_id, values = planted
    path = tmp_path / "full.xlsx"
    export_workbook(db.unit_of_work(), plan_id, path, on=TODAY)
    found = "\n".join(check_workbook(path))
    assert [v for v in values if v not in found] == []  # every planted value reached a sheet


def test_every_text_field_is_text_in_a_partner_pack_and_an_aggregate(planted, tmp_path):
    db, plan_id, values = planted
    actions = action_service.list_actions(db.unit_of_work(), plan_id, TODAY)
    partner = next(a.lead_organisation_id for a in actions if a.lead_organisation_id)
    path = tmp_path / "partner.xlsx"
    export_workbook(db.unit_of_work(), plan_id, path, partner=partner, on=TODAY)
    found = check_workbook(path)
    assert any(v.startswith(STARTS) for v in found)
    path = tmp_path / "aggregate.xlsx"
    export_workbook(db.unit_of_work(), plan_id, path, kind="aggregate", on=TODAY)
    found = "\n".join(check_workbook(path))
    organisation_names = [v for v in values if " Organisation name " in v]
    assert organisation_names and all(v in found for v in organisation_names)
    assert any(" TrainingRequirement title " in v and v in found for v in values)


def test_rejected_rows_go_back_as_text(demo_db, tmp_path):
    db, plan_id = demo_db
    source = tmp_path / "partner.xlsx"
    workbook = openpyxl.Workbook()
    ws = workbook.active
    ws.append(["Staff No", "Forename", "Surname", "Email", "Job title", "Team", "Start date"])
    for n, start in enumerate(STARTS):
        text = f"{start}{PAYLOADS[n % len(PAYLOADS)]}"
        cells = [f"X{n}", text, text, f"x{n}@partner.example", text, text, "31/02/2025"]
        ws.append(cells)
        for column in range(1, len(cells) + 1):
            ws.cell(ws.max_row, column).data_type = "s"  # as typed text, not as formulas
    ws.cell(1, 6).value = "=Team"  # a partner's own header, formula-like too
    ws.cell(1, 6).data_type = "s"
    workbook.save(source)
    preview = preview_import(db, source, plan_id=plan_id, kind="people", org="Northvale Council")
    assert preview.rejected == len(STARTS)
    out = tmp_path / "rejects.xlsx"
    assert write_rejects(preview, out) == len(STARTS)
    found = check_workbook(out)
    for n, start in enumerate(STARTS):
        if start != "\r":  # the rejects workbook keeps a carriage return as XML reads it back
            assert f"{start}{PAYLOADS[n % len(PAYLOADS)]}" in found
    rejects = openpyxl.load_workbook(out).worksheets[0]
    assert rejects.cell(1, 6).value == "=Team" and rejects.cell(1, 6).quotePrefix

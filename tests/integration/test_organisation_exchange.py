"""Organisations and their Prevent contacts: edited, exported, imported (a list or a returned pack)."""

from datetime import date

import openpyxl
import pytest
from alembic import command
from sqlalchemy import select, text

from actionplan.errors import ValidationError
from actionplan.exchange.export import export_workbook
from actionplan.exchange.headers import map_columns
from actionplan.exchange.importer import apply_import, preview_import
from actionplan.exchange.preview import Outcome
from actionplan.services import open_database
from actionplan.services import organisations as organisation_service
from actionplan.storage.database import alembic_config, make_engine
from actionplan.storage.models import Organisation

TODAY = date(2026, 11, 28)


def workbook(path, rows):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Partners"
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def contacts(db) -> dict[str, tuple[str, str, str]]:
    with db.unit_of_work() as uow:
        return {
            o.name: (o.contact_name, o.contact_email, o.sector)
            for o in uow.session.execute(select(Organisation)).scalars()
        }


def test_the_contact_is_edited_and_checked(db):
    org = organisation_service.create_organisation(
        db.unit_of_work(),
        "Northvale Council",
        contact_name="  Helen   Marsh ",
        contact_email=" Prevent@Council.EXAMPLE ",
    )
    assert (org.contact_name, org.contact_email) == ("Helen Marsh", "prevent@council.example")
    with pytest.raises(ValidationError, match="is not an email address") as raised:
        organisation_service.update_organisation(db.unit_of_work(), org.id, contact_email="helen at council")
    assert raised.value.field == "contact_email"
    cleared = organisation_service.update_organisation(db.unit_of_work(), org.id, contact_email="")
    assert cleared.contact_email == "" and cleared.contact_name == "Helen Marsh"


def test_an_organisations_list_is_detected_and_imported(demo_db, tmp_path):
    db, plan_id = demo_db
    mapping = map_columns(["Organisation", "Prevent lead", "Email", "Sector"])
    assert mapping.kind == "organisations"
    assert map_columns(["Name", "Email", "Organisation"]).kind == "people"
    assert map_columns(["Organisation", "Email"]).kind == "people"  # as before: a staff list
    path = workbook(
        tmp_path / "partners.xlsx",
        [
            ["Partnership contacts 2026"],
            ["Organisation", "Prevent lead", "Email", "Sector"],
            ["Police", "DC Amy Rowe", "Amy.Rowe@northvale-police.example", "Police"],
            ["Northvale Youth Justice Service", "Sam Cole", "sam.cole@nvyjs.example", "Youth justice"],
            ["Northvale Academy", "", "", ""],
            ["Northvale College", "Fatima Shah", "not an address", ""],
            ["Northvale Together CIC", "Jo Kerr", "", "Charity shop"],
            ["NVC", "Helen Marsh", "prevent@northvale-council.example", "Local authority"],
            ["Northvale Council", "Someone else", "", ""],
        ],
    )
    preview = preview_import(db, path, plan_id=plan_id, today=TODAY)
    (sheet,) = preview.imported_sheets
    assert sheet.kind == "organisations" and sheet.header_row == 2
    outcomes = {row.row: row.outcome for row in sheet.rows}
    assert outcomes == {
        3: Outcome.UPDATED,
        4: Outcome.NEW,
        5: Outcome.UNCHANGED,  # blank cells leave the stored contact alone
        6: Outcome.REJECTED,
        7: Outcome.REJECTED,
        8: Outcome.UNCHANGED,  # the council's contact as stored, found by its alias
        9: Outcome.REJECTED,  # the same organisation again
    }
    errors = {e.row: e.message for e in sheet.errors}
    assert "is not an email address" in errors[6]
    assert "“Charity shop” is not a sector" in errors[7]
    assert "Row 8 is the same organisation" in errors[9]
    police = next(r for r in sheet.rows if r.row == 3)
    assert {c.field: (c.old, c.new) for c in police.changes} == {
        "contact_name": ("DS Owen Pritchard", "DC Amy Rowe"),
        "contact_email": ("prevent.team@northvale-police.example", "amy.rowe@northvale-police.example"),
    }
    assert preview.created.organisations == 1 and preview.updated.organisations == 1

    result = apply_import(db, preview, skip_invalid=True)
    assert result.applied and result.updated.organisations == 1 and result.created.organisations == 1
    stored = contacts(db)
    assert stored["Northvale Police"] == ("DC Amy Rowe", "amy.rowe@northvale-police.example", "police")
    assert stored["Northvale Youth Justice Service"] == (
        "Sam Cole",
        "sam.cole@nvyjs.example",
        "youth_justice",
    )
    assert stored["Northvale Academy"][1] == "safeguarding@northvale-academy.example"


def test_a_partner_corrects_its_contact_in_its_pack(demo_db, tmp_path):
    db, plan_id = demo_db
    path = tmp_path / "police.xlsx"
    export_workbook(db.unit_of_work(), plan_id, path, partner="Northvale Police", on=TODAY)
    wb = openpyxl.load_workbook(path)
    ws = wb["Organisations"]
    assert [c.value for c in ws[1]] == [
        "Organisation",
        "Short name",
        "Sector",
        "Specified authority",
        "Prevent contact",
        "Prevent contact email",
        "Organisation record ID",
    ]
    assert ws.max_row == 2 and ws["A2"].value == "Northvale Police" and ws["C2"].value == "Police"
    ws["E2"], ws["F2"] = "DI Kate Moss", "kate.moss@northvale-police.example"
    wb.save(path)
    preview = preview_import(db, path, plan_id=plan_id, today=TODAY)
    assert preview.updated.organisations == 1 and not preview.conflicts
    assert apply_import(db, preview).applied
    assert contacts(db)["Northvale Police"][:2] == ("DI Kate Moss", "kate.moss@northvale-police.example")


def test_a_contact_changed_on_both_sides_is_a_conflict(demo_db, tmp_path):
    db, plan_id = demo_db
    path = tmp_path / "college.xlsx"
    export_workbook(db.unit_of_work(), plan_id, path, partner="Northvale College", on=TODAY)
    college = next(
        o for o in organisation_service.list_organisations(db.unit_of_work()) if o.name == "Northvale College"
    )
    organisation_service.update_organisation(db.unit_of_work(), college.id, contact_name="Ben Ward")
    wb = openpyxl.load_workbook(path)
    wb["Organisations"]["E2"] = "Fatima Shah-Khan"
    wb.save(path)
    preview = preview_import(db, path, plan_id=plan_id, today=TODAY)
    (conflict,) = preview.conflicts
    assert (conflict.field, conflict.exported, conflict.ours, conflict.theirs) == (
        "contact_name",
        "Fatima Shah",
        "Ben Ward",
        "Fatima Shah-Khan",
    )
    assert not apply_import(db, preview).applied
    assert apply_import(db, preview, prefer="theirs").applied
    assert contacts(db)["Northvale College"][0] == "Fatima Shah-Khan"

    # Exported again and returned untouched, after another change here: ours is kept.
    export_workbook(db.unit_of_work(), plan_id, path, partner="Northvale College", on=TODAY)
    organisation_service.update_organisation(
        db.unit_of_work(), college.id, contact_email="ben.ward@college.example"
    )
    preview = preview_import(db, path, plan_id=plan_id, today=TODAY)
    assert not preview.conflicts and not preview.has_changes


def test_an_upgraded_database_gives_organisations_an_empty_contact(tmp_path):
    path = tmp_path / "old.db"
    engine = make_engine(f"sqlite:///{path}")
    config = alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "0002")
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO organisation (uuid, name, short_name, sector, specified_authority, aliases, "
                "created_at, updated_at) VALUES ('u-1', 'Northvale Council', '', 'local_authority', 1, '[]', "
                "'2026-01-01 00:00:00', '2026-01-01 00:00:00')"
            )
        )
    engine.dispose()
    db = open_database(f"sqlite:///{path}", backups_dir=tmp_path / "backups")
    try:
        (org,) = organisation_service.list_organisations(db.unit_of_work())
        assert (org.name, org.contact_name, org.contact_email) == ("Northvale Council", "", "")
        with db.engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM update_request")).scalar() == 0
    finally:
        db.close()

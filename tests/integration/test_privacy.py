"""Privacy: a partner pack holds nothing of another organisation's; an aggregate, no small figure.

What a partner pack for organisation P may name (docs/testing.md, "Privacy"):

- P itself, its people (names, emails, staff numbers, job titles, teams, role groups) and
  their training records;
- the plan's own words (plan, themes, objectives, courses, requirements);
- on the Actions sheet, in the Lead organisation and Partners columns only, the other
  organisations that lead or support the actions P leads or supports (a partner must know
  who it works with); an action's owner only when the owner is one of P's people.

Nothing else of another organisation: not its people (by name, email, staff number or record
ID, in any cell, drop-down list, defined name or document property), not its role groups in
the drop-down lists, not its name anywhere else. The test reads every part of the .xlsx
package as text (cells, shared and inline strings, data validations, defined names, document
properties), so nothing written anywhere in the file escapes it.
"""

import html
import io
import re
import zipfile
from collections import defaultdict
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select

from actionplan.domain.enums import ComplianceState, Rag
from actionplan.exchange import export_sheets
from actionplan.exchange.export import export_workbook
from actionplan.exchange.export_aggregate import MIN_COUNT, STATES
from actionplan.exchange.workbook_style import Lists
from actionplan.services import actions as action_service
from actionplan.services import compliance as compliance_service
from actionplan.services import organisations as organisation_service
from actionplan.services import people as people_service
from actionplan.services import plans as plan_service
from actionplan.services import training as training_service
from actionplan.storage.models import Course, Organisation, Person
from tests.conftest import TODAY

POLICE = "Northvale Police"
SECRET = "Harbourside Secret Trust"  # an organisation with no action the police lead or support


def package_text(path: Path) -> dict[str, str]:
    """Every part of the workbook's package, as text with XML's escapes undone."""
    with zipfile.ZipFile(path) as archive:
        return {name: html.unescape(archive.read(name).decode("utf-8")) for name in archive.namelist()}


def sheet_parts(path: Path) -> dict[str, str]:
    """Sheet title -> its part in the package."""
    parts = package_text(path)
    rels = parts["xl/_rels/workbook.xml.rels"]
    targets = dict(re.findall(r'Id="(rId\d+)"[^>]*Target="/?(?:xl/)?([^"]+)"', rels))
    targets |= {k: v for v, k in re.findall(r'Target="/?(?:xl/)?([^"]+)"[^>]*Id="(rId\d+)"', rels)}
    found = {}
    for name, rid in re.findall(r'<sheet [^>]*name="([^"]+)"[^>]*r:id="(rId\d+)"', parts["xl/workbook.xml"]):
        found[name] = "xl/" + targets[rid]
    return found


@pytest.fixture
def partnership(demo_db):
    """The demo, with traps: another organisation's owner on a police action, its own role group,
    and an organisation unrelated to the police with a person of its own."""
    db, plan_id = demo_db
    uow = db.unit_of_work
    secret = organisation_service.create_organisation(
        uow(), SECRET, short_name="HST", aliases=["Harbourside"]
    )
    outsider = people_service.create_person(
        uow(), first_name="Zebedee", last_name="Quartermaine", email="zebedee.q@harbourside.example",
        staff_number="HST-777", job_title="Harbour liaison", role_group="Harbour liaison officer",
        team="Docks", organisation_id=secret.id, key_personnel=True, start_date=date(2024, 1, 1),
    )  # fmt: skip
    with uow() as u:
        wrap = u.session.execute(select(Course.id).where(Course.code == "WRAP")).scalar_one()
        police_id = u.session.execute(select(Organisation.id).where(Organisation.name == POLICE)).scalar_one()
        council_person = u.session.execute(
            select(Person.id).join(Organisation).where(Organisation.name == "Northvale Council")
        ).scalars().first()  # fmt: skip
    training_service.add_record(uow(), outsider.id, wrap, date(2025, 5, 1), evidence="HST certificate 9")
    actions = action_service.list_actions(uow(), plan_id, TODAY)
    led = next(a for a in actions if a.lead_organisation_id == police_id)
    action_service.update_action(uow(), led.id, owner_id=council_person)
    unrelated = next(
        a for a in actions if a.lead_organisation_id != police_id and police_id not in a.partner_ids
    )
    action_service.update_action(uow(), unrelated.id, lead_organisation_id=secret.id, owner_id=outsider.id)
    return db, plan_id, police_id


def people_of_others(db, organisation_id: int) -> list[tuple]:
    with db.unit_of_work() as uow:
        return uow.session.execute(
            select(Person.first_name, Person.last_name, Person.email, Person.staff_number, Person.uuid,
                   Person.role_group, Person.organisation_id)
        ).all()  # fmt: skip


def test_a_partner_pack_holds_nothing_of_another_organisation(partnership, tmp_path):
    db, plan_id, police_id = partnership
    path = tmp_path / "police.xlsx"
    export_workbook(db.unit_of_work(), plan_id, path, partner="Northvale Police", on=TODAY)

    everyone = people_of_others(db, police_id)
    own = [p for p in everyone if p.organisation_id == police_id]
    others = [p for p in everyone if p.organisation_id != police_id]
    own_names = {f"{p.first_name} {p.last_name}" for p in own}
    with db.unit_of_work() as uow:
        organisations = dict(uow.session.execute(select(Organisation.id, Organisation.name)).all())
        org_uuids = dict(uow.session.execute(select(Organisation.id, Organisation.uuid)).all())
    actions = [
        a
        for a in action_service.list_actions(db.unit_of_work(), plan_id, TODAY)
        if a.lead_organisation_id == police_id or police_id in a.partner_ids
    ]
    named_by_actions = {a.lead_organisation_id for a in actions} | {p for a in actions for p in a.partner_ids}
    never = [organisations[i] for i in organisations if i not in named_by_actions and i != police_id]
    assert SECRET in never

    parts = package_text(path)
    assert len(parts) >= 10 and "docProps/custom.xml" in parts and "docProps/core.xml" in parts
    for part, text in parts.items():
        for p in others:
            for value in (p.email, p.uuid):
                assert value not in text, f"{part} holds {value} of another organisation"
            name = f"{p.first_name} {p.last_name}"
            assert name in own_names or name not in text, f"{part} names {name} of another organisation"
            assert not re.search(rf">{re.escape(p.staff_number)}<", text), f"{part}: {p.staff_number}"
        for name in never:
            assert name not in text, f"{part} names {name}, which has nothing to do with the police"
        for org_id, uuid in org_uuids.items():
            assert org_id == police_id or uuid not in text, f"{part} holds another organisation's ID"
    for word in ("Zebedee", "Quartermaine", "HST-777", "Harbour liaison", "Docks", "HST certificate"):
        assert not any(word in text for text in parts.values()), word

    # Other organisations' names: only in the Actions sheet's Lead organisation and Partners.
    by_sheet = sheet_parts(path)
    other_names = [organisations[i] for i in organisations if i != police_id]
    for title, part in by_sheet.items():
        if title != "Actions":
            for name in other_names:
                assert name not in parts[part], f"{title} names {name}"
    for part, text in parts.items():
        if part.startswith("docProps/") or part == "xl/workbook.xml":
            for name in other_names:
                assert name not in text, f"{part} names {name}"

    workbook = openpyxl.load_workbook(path)
    ws = workbook["Actions"]
    headers = [c.value for c in ws[1]]
    allowed_columns = {headers.index("Lead organisation"), headers.index("Partners")}
    for row in ws.iter_rows(min_row=2):
        for cell in row:
            if isinstance(cell.value, str) and cell.column - 1 not in allowed_columns:
                assert not any(name in cell.value for name in other_names), (cell.coordinate, cell.value)
    for validation in ws.data_validations.dataValidation:
        assert not any(name in (validation.formula1 or "") for name in other_names)

    # Every person row is one of the police's people; every drop-down holds only its own.
    own_roles = {p.role_group for p in own if p.role_group}
    for title in ("People", "Training records", "Training matrix"):
        sheet = workbook[title]
        heads = [c.value for c in sheet[1]]
        first, last = heads.index("Forename"), heads.index("Surname")
        rows = list(sheet.iter_rows(min_row=2, values_only=True))
        assert rows, title
        for row in rows:
            assert f"{row[first]} {row[last]}" in own_names
            assert row[heads.index("Organisation")] == POLICE
    lists = list_items(workbook)
    assert lists["Organisation"] == [POLICE]
    assert set(lists["Role group"]) == own_roles
    custom = {p.name: p.value for p in workbook.custom_doc_props.props}
    assert custom["Partner"] == POLICE and custom["Export kind"] == "partner"
    assert {str(n) for n in workbook.defined_names} <= set()  # no workbook-level names hold data
    for sheet in workbook.worksheets:
        for name in sheet.defined_names:
            assert name in ("_xlnm.Print_Titles", "_xlnm.Print_Area", "_xlnm._FilterDatabase"), name


def list_items(workbook) -> dict[str, list[str]]:
    """Each drop-down's items by its column header, from inline lists or the Lists sheet."""
    found: dict[str, list[str]] = {}
    for ws in workbook.worksheets:
        headers = {c.column_letter: c.value for c in ws[1]}
        for validation in ws.data_validations.dataValidation:
            if validation.type != "list":
                continue
            letter = str(validation.sqref).split(":")[0].rstrip("0123456789")
            formula = validation.formula1
            if formula.startswith('"'):
                items = formula.strip('"').split(",")
            else:
                sheet, ref = formula.rsplit("!", 1)
                column = ref.split(":")[0].replace("$", "").rstrip("0123456789")
                lists = workbook[sheet.strip("'")]
                items = [c.value for c in lists[column][1:] if c.value is not None]
            found.setdefault(headers[letter], items)
    return found


def test_the_drop_down_lists_of_a_partner_pack_are_its_own(partnership):
    """The role groups and organisations offered to a partner are only its own (the rule itself)."""
    db, plan_id, police_id = partnership
    plan = plan_service.get_plan(db.unit_of_work(), plan_id)
    police = next(o for o in organisation_service.list_organisations(db.unit_of_work()) if o.id == police_id)
    everyone = people_of_others(db, police_id)
    for partner, roles, organisations in (
        (police, {p.role_group for p in everyone if p.organisation_id == police_id}, [POLICE]),
        (None, {p.role_group for p in everyone}, None),
    ):
        lists = Lists()
        scope = export_sheets.Scope(plan, TODAY, partner, 60, lambda _n: None)
        export_sheets.add_plan_lists(db.unit_of_work(), scope, lists)
        assert set(lists.items["role_group"]) == roles - {""}
        if organisations is not None:
            assert lists.items["organisation"] == organisations
    assert "Harbour liaison officer" in lists.items["role_group"]
    assert SECRET in lists.items["organisation"] and len(lists.items["organisation"]) == 9
    assert lists.items["organisation"] == sorted(lists.items["organisation"])
    assert lists.items["status"] == ["Not started", "In progress", "Complete", "Blocked", "Cancelled"]
    assert lists.items["rag"] == ["Red", "Amber", "Green", "Complete"]
    assert lists.items["yesno"] == ["Yes", "No"]
    assert lists.items["course"][:2] == ["WRAP", "HO-AWR"]
    assert lists.items["theme"] and lists.items["objective"]


def test_partner_scope_counts_and_rows(partnership, tmp_path):
    db, plan_id, police_id = partnership
    police = next(o for o in organisation_service.list_organisations(db.unit_of_work()) if o.id == police_id)
    people, records = export_sheets.count_rows(db.unit_of_work(), police)
    all_people, all_records = export_sheets.count_rows(db.unit_of_work(), None)
    with db.unit_of_work() as uow:
        own = uow.session.execute(select(Person.id).where(Person.organisation_id == police_id)).all()
    assert people == len(own) and all_people > people and all_records > records > 0
    path = tmp_path / "police.xlsx"
    result = export_workbook(db.unit_of_work(), plan_id, path, partner=police_id, on=TODAY)
    assert result.sheets["People"] == people and result.sheets["Training records"] == records
    matrix_people = compliance_service.training_matrix(db.unit_of_work(), plan_id, TODAY).rows
    assert result.sheets["Training matrix"] == sum(
        1 for r in matrix_people if r.person.organisation_id == police_id
    )


# ---------------------------------------------------------------- aggregate


def test_no_figure_in_an_aggregate_rests_on_fewer_than_five_people(partnership, tmp_path):
    """Every count and percentage of every aggregate sheet, checked against the true counts."""
    db, plan_id, _police = partnership
    path = tmp_path / "board.xlsx"
    export_workbook(db.unit_of_work(), plan_id, path, kind="aggregate", on=TODAY)
    matrix = compliance_service.training_matrix(db.unit_of_work(), plan_id, TODAY)
    titles = {r.title: i for i, r in enumerate(matrix.columns)}
    keys = {
        "By organisation": lambda p: p.organisation_name or "(none)",
        "By role group": lambda p: p.role_group or "(none)",
        "By course": lambda p: "",
    }
    workbook = openpyxl.load_workbook(path)
    checked = 0
    for title, key in keys.items():
        truth: dict[tuple[str, int], dict[ComplianceState, int]] = defaultdict(lambda: defaultdict(int))
        for row in matrix.rows:
            for index, cell in enumerate(row.cells):
                truth[(key(row.person), index)][cell.state] += 1
        ws = workbook[title]
        headers = [c.value for c in ws[1]]
        first = headers.index("In audience")
        for row in ws.iter_rows(min_row=2, values_only=True):
            group = row[0] if title != "By course" else ""
            counts = truth[(group, titles[row[headers.index("Requirement")]])]
            audience = sum(n for s, n in counts.items() if s is not ComplianceState.NOT_REQUIRED)
            shown = row[first : first + 1 + len(STATES)]
            for value, real in zip(shown, (audience, *(counts[s] for s in STATES)), strict=True):
                assert not (isinstance(value, int) and 0 < value < MIN_COUNT), (title, row)
                assert value in ("<5", "[c]") or value == real, (title, row)
            percent = row[headers.index("% trained")]
            trained = counts[ComplianceState.COMPLIANT] + counts[ComplianceState.EXPIRING]
            denominator = audience - counts[ComplianceState.EXEMPT]
            if isinstance(percent, float | int):
                assert denominator >= MIN_COUNT and not 0 < trained < MIN_COUNT, (title, row)
                assert percent == round(100 * trained / denominator, 1)
            checked += 1
    assert checked > 30
    # And nobody is named: no person's name, email, staff number or record ID anywhere in the file.
    parts = package_text(path)
    for p in people_of_others(db, -1):
        for text in parts.values():
            assert p.email not in text and p.uuid not in text and f"{p.first_name} {p.last_name}" not in text
            assert f">{p.staff_number}<" not in text


def test_an_aggregate_for_one_partner_counts_only_its_actions_and_people(partnership, tmp_path):
    db, plan_id, police_id = partnership
    later = date(2027, 6, 1)  # figures as at another day than today: RAG ratings move on
    path = tmp_path / "police-figures.xlsx"
    result = export_workbook(db.unit_of_work(), plan_id, path, kind="aggregate", partner=POLICE, on=later)
    assert result.kind == "aggregate" and result.partner == POLICE

    def rag_counts(on):
        found = action_service.list_actions(db.unit_of_work(), plan_id, on)
        ours = [a for a in found if a.lead_organisation_id == police_id or police_id in a.partner_ids]
        assert len(ours) < len(found)
        return {rag.label: sum(1 for a in ours if a.rag is rag) for rag in Rag}

    assert rag_counts(later) != rag_counts(TODAY)
    summary = openpyxl.load_workbook(path)["Summary"]
    rows = list(summary.iter_rows(values_only=True))
    start = rows.index(("Actions by RAG rating", None))
    assert dict(rows[start + 1 : start + 5]) == rag_counts(later)
    ws = openpyxl.load_workbook(path)["By organisation"]
    assert {r[0] for r in ws.iter_rows(min_row=2, values_only=True)} == {POLICE}


def test_progress_is_reported_in_rows_for_big_sheets(db, plan):
    """People and training rows report progress every 1,000 rows and the rest at the end."""
    from sqlalchemy import insert

    from actionplan.storage.models import TrainingRecord, new_uuid

    org = organisation_service.create_organisation(db.unit_of_work(), "County Council")
    with db.unit_of_work() as uow:
        wrap = uow.session.execute(select(Course.id).where(Course.code == "WRAP")).scalar_one()
        uow.session.execute(
            insert(Person),
            [
                {"uuid": new_uuid(), "first_name": f"P{n}", "last_name": "Many", "organisation_id": org.id}
                for n in range(2001)
            ],
        )
        ids = uow.session.execute(select(Person.id)).scalars().all()
        uow.session.execute(
            insert(TrainingRecord),
            [
                {"uuid": new_uuid(), "person_id": i, "course_id": wrap, "completed_on": date(2025, 1, 1)}
                for i in ids
            ],
        )
        uow.session.commit()
    ticks: list[int] = []
    plan_view = plan_service.get_plan(db.unit_of_work(), plan.id)
    organisation = next(
        o for o in organisation_service.list_organisations(db.unit_of_work()) if o.id == org.id
    )
    for partner in (None, organisation):
        scope = export_sheets.Scope(plan_view, TODAY, partner, 60, ticks.append)
        workbook = openpyxl.Workbook(write_only=True)
        assert export_sheets.write_people(workbook, db.unit_of_work(), scope, Lists()) == 2001
        assert ticks == [1000, 1000, 1]
        ticks.clear()
        assert export_sheets.write_training(workbook, db.unit_of_work(), scope, Lists()) == 2001
        assert ticks == [1000, 1000, 1]
        ticks.clear()
        matrix = export_sheets.load_matrix(db.unit_of_work(), scope)
        assert len(matrix.people) == 2001
        assert export_sheets.write_matrix(workbook, matrix, scope) == 2001
        ticks.clear()
        workbook.save(io.BytesIO())

"""Exported workbooks: headers the importer maps, layout, drop-downs, dates, safety, partner and aggregate."""

import re
import zipfile
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select, update

from actionplan.cli import main
from actionplan.domain.enums import ComplianceState, Rag
from actionplan.errors import ValidationError
from actionplan.exchange import export as export_module
from actionplan.exchange.export import ExportCancelled, ExportError, export_workbook, sheet_choices
from actionplan.exchange.export_aggregate import suppress
from actionplan.exchange.headers import EXACT, CourseName, find_header_row, map_columns
from actionplan.exchange.reader import read_file
from actionplan.services import actions as action_service
from actionplan.services import compliance, history
from actionplan.services import people as people_service
from actionplan.services import plans as plan_service
from actionplan.storage.models import Action, Course, Organisation, Person

TODAY = date(2026, 11, 28)  # the demo fixture's day (tests/conftest.py)

DATA_SHEETS = {
    "Actions": "actions",
    "People": "people",
    "Training records": "training",
    "Training matrix": "matrix",
}
UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


def export(db, plan_id, path: Path, **options):
    return export_workbook(db.unit_of_work(), plan_id, path, on=TODAY, **options)


@pytest.fixture
def full(demo_db, tmp_path):
    db, plan_id = demo_db
    path = tmp_path / "full.xlsx"
    return db, plan_id, path, export(db, plan_id, path)


def course_names(db) -> list[CourseName]:
    with db.unit_of_work() as uow:
        rows = uow.session.execute(select(Course.code, Course.name, Course.aliases)).all()
    return [CourseName(code, [name, *aliases]) for code, name, aliases in rows]


def all_text(path: Path) -> list[tuple[str, str, str]]:
    """(sheet, cell, text) for every non-empty cell of every sheet, as openpyxl reads it."""
    workbook = openpyxl.load_workbook(path)
    found = []
    for ws in workbook.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if cell.value is not None:
                    found.append((ws.title, cell.coordinate, str(cell.value)))
    return found


def header_row(path: Path, sheet: str) -> list[object]:
    (raw,) = [s for s in read_file(path) if s.name == sheet]
    return raw.rows[0]


# ---------------------------------------------------------------- headers and layout


def test_full_export_sheets_and_summary(full):
    _db, _plan_id, path, result = full
    assert path.exists()
    assert list(result.sheets) == [
        "Summary",
        "Actions",
        "People",
        "Training records",
        "Training matrix",
        "Requirements",
        "Organisations",
    ]
    assert result.sheets["People"] == 60
    assert result.sheets["Actions"] == 14
    assert "Full export written to" in result.line()
    assert not list(path.parent.glob("*.part"))  # the temporary file is gone
    ordinary = path.parent / "ordinary.txt"
    ordinary.touch()
    assert path.stat().st_mode & 0o777 == ordinary.stat().st_mode & 0o777  # shareable, as any file


@pytest.mark.parametrize(("sheet", "kind"), DATA_SHEETS.items())
def test_every_header_maps_exactly_to_the_right_kind(full, sheet, kind):
    db, _plan_id, path, _result = full
    courses = course_names(db)
    headers = header_row(path, sheet)
    assert find_header_row(read_file(path)[list(DATA_SHEETS).index(sheet) + 1].rows, courses=courses) == 0
    detected = map_columns(headers, courses=courses)
    assert detected.kind == kind
    for mapping in (detected, map_columns(headers, kind, courses=courses)):
        for match in mapping.columns:
            assert match.field or match.course, f"{sheet}: {match.header!r} is not mapped"
            assert match.confidence == EXACT, f"{sheet}: {match.header!r} maps at {match.confidence}"
    assert "record_id" in detected.field_columns


def test_report_sheets_are_not_importable(full):
    db, _plan_id, path, _result = full
    courses = course_names(db)
    for raw in read_file(path):
        if raw.name in ("Summary", "Requirements"):
            row = find_header_row(raw.rows, courses=courses)
            assert row is None or map_columns(raw.rows[row], courses=courses).kind is None


def test_layout_panes_filter_print_and_visibility(full):
    _db, _plan_id, path, _result = full
    workbook = openpyxl.load_workbook(path)
    assert workbook.sheetnames[0] == "Summary"
    for ws in workbook.worksheets:
        assert ws.sheet_state == "visible"
        assert ws.freeze_panes == ("D2" if ws.title == "Training matrix" else "A2")
        assert ws.auto_filter.ref.startswith("A1:")
        assert ws.auto_filter.ref.endswith(str(ws.max_row))
        assert ws.page_setup.orientation == "landscape"
        assert int(ws.page_setup.paperSize) == 9  # A4
        assert ws.page_setup.fitToWidth == 1 and ws.page_setup.fitToHeight == 0
        assert ws.sheet_properties.pageSetUpPr.fitToPage
        assert ws.print_title_rows == "$1:$1"
        assert all(ws.column_dimensions[c].width for c in "ABC")
        headers = [c.value for c in ws[1]]
        assert all(headers), f"{ws.title} has an empty header"
    assert workbook["Training matrix"].print_title_cols == "$A:$C"


def test_every_data_sheet_has_visible_record_ids(full):
    db, _plan_id, path, _result = full
    with db.unit_of_work() as uow:
        people = set(uow.session.execute(select(Person.uuid)).scalars())
        actions = set(uow.session.execute(select(Action.uuid)).scalars())
    workbook = openpyxl.load_workbook(path)
    for sheet, header, expected in (
        ("Actions", "Record ID", actions),
        ("People", "Record ID", people),
        ("Training matrix", "Record ID", None),
        ("Training records", "Person record ID", None),
    ):
        ws = workbook[sheet]
        headers = [c.value for c in ws[1]]
        column = headers.index(header) + 1
        assert not ws.column_dimensions[openpyxl.utils.get_column_letter(column)].hidden
        values = [ws.cell(row, column).value for row in range(2, ws.max_row + 1)]
        assert values and all(UUID.match(v) for v in values)
        assert set(values) <= people | actions
        if expected is not None:
            assert set(values) == expected


def validations(ws) -> dict[str, object]:
    """Header -> its data validation, for columns that have one."""
    headers = {openpyxl.utils.get_column_letter(i + 1): c.value for i, c in enumerate(ws[1])}
    found = {}
    for dv in ws.data_validations.dataValidation:
        for ref in str(dv.sqref).split():
            found[headers[re.match(r"[A-Z]+", ref)[0]]] = dv
    return found


def list_items(workbook, dv) -> list[str]:
    formula = dv.formula1
    if formula.startswith('"'):
        return formula.strip('"').split(",")
    sheet, cells = formula.split("!")
    ws = workbook[sheet.strip("'")]
    return [c.value for (c,) in ws[cells.replace("$", "")]]


def test_drop_down_lists(full):
    db, plan_id, path, _result = full
    workbook = openpyxl.load_workbook(path)
    actions = validations(workbook["Actions"])
    assert list_items(workbook, actions["Status"]) == [
        "Not started",
        "In progress",
        "Complete",
        "Blocked",
        "Cancelled",
    ]
    assert list_items(workbook, actions["RAG"]) == ["Red", "Amber", "Green", "Complete"]
    themes = [t.name for t in plan_service.list_themes(db.unit_of_work(), plan_id)]
    assert list_items(workbook, actions["Theme"]) == themes
    assert actions["Status"].errorStyle == "stop"
    progress = actions["Progress"]
    assert (progress.type, progress.formula1, progress.formula2) == ("whole", "0", "100")
    training = validations(workbook["Training records"])
    codes = [c.code for c in course_names(db)]
    assert sorted(list_items(workbook, training["Course"])) == sorted(codes)
    assert list_items(workbook, validations(workbook["People"])["Key personnel"]) == ["Yes", "No"]
    for dv in (actions["Status"], actions["RAG"], training["Course"]):
        assert str(dv.sqref).endswith(str(workbook["Actions"].max_row + 1000)) or dv is training["Course"]


def test_dates_are_real_dates_shown_day_first(full):
    _db, _plan_id, path, _result = full
    workbook = openpyxl.load_workbook(path)
    checked = 0
    for sheet, header in (
        ("Actions", "Due date"),
        ("People", "Start date"),
        ("Training records", "Completion date"),
        ("Training records", "Expiry date"),
        ("Requirements", "Deadline"),
    ):
        ws = workbook[sheet]
        column = [c.value for c in ws[1]].index(header) + 1
        for row in range(2, ws.max_row + 1):
            cell = ws.cell(row, column)
            if cell.value is None:
                continue
            assert cell.is_date and isinstance(cell.value, datetime)
            assert cell.number_format == "dd/mm/yyyy"
            checked += 1
    assert checked > 100
    # calamine (the importer's reader) sees dates as dates too
    (training,) = [s for s in read_file(path) if s.name == "Training records"]
    assert all(type(r[6]) is date for r in training.rows[1:])


def test_matrix_cells_carry_date_colour_and_word(full):
    db, plan_id, path, _result = full
    ws = openpyxl.load_workbook(path)["Training matrix"]
    headers = [c.value for c in ws[1]]
    first_course = headers.index("HO-AWR") + 1
    seen = set()
    for row in ws.iter_rows(min_row=2, min_col=first_course, max_col=len(headers) - 1):
        for cell in row:
            if cell.value is None:
                assert cell.fill.fill_type is None  # not required: empty, no colour
                continue
            assert cell.fill.fill_type == "solid"
            assert "dd/mm/yyyy" in cell.number_format
            if cell.is_date:
                seen.add("date")
                assert "(expired)" in cell.number_format and "✓" in cell.number_format
            else:
                assert cell.value == "—"  # a blank to the importer; the format shows the word
                word = cell.number_format.rsplit(";", 1)[1].strip('"')
                assert word in {"Due", "Overdue", "Exempt", "Expired"}
                seen.add(word)
    assert {"date", "Due", "Overdue"} <= seen
    # The matrix is the on-screen one: as many rows as people in the matrix.
    matrix = compliance.training_matrix(db.unit_of_work(), plan_id, TODAY)
    assert ws.max_row - 1 == len(matrix.rows)


def test_matrix_word_follows_the_date(full):
    """The conditional format's thresholds: expired before the first, expiring before the second."""
    from actionplan.exchange.export_sheets import matrix_date_format

    text = matrix_date_format(24, date(2026, 11, 28), 60)
    expired, expiring = (int(n) for n in re.findall(r"\[<(\d+)\]", text))
    serial = openpyxl.utils.datetime.to_excel
    assert serial(date(2024, 11, 28)) < expired <= serial(date(2024, 11, 29))  # 28/11/2026 is expiry: lapsed
    assert (
        serial(date(2025, 1, 27)) < expiring <= serial(date(2025, 1, 28))
    )  # expires 60 days ahead: expiring


def test_requirements_sheet_matches_the_compliance_service(full):
    db, plan_id, path, _result = full
    ws = openpyxl.load_workbook(path)["Requirements"]
    headers = [c.value for c in ws[1]]
    expected = compliance.requirement_compliance(db.unit_of_work(), plan_id, TODAY)
    assert ws.max_row - 1 == len(expected)
    for row, rc in zip(ws.iter_rows(min_row=2, values_only=True), expected, strict=True):
        values = dict(zip(headers, row, strict=True))
        assert values["Course"] == rc.requirement.course_code
        assert values["In audience"] == rc.totals.audience
        assert values["Overdue"] == rc.totals[ComplianceState.OVERDUE]
        assert values["Exempt"] == rc.totals[ComplianceState.EXEMPT]
        assert values["RAG"] == rc.rag.label
        assert values["% trained"] == pytest.approx(rc.percent, abs=0.05)


def test_rag_cells_have_word_and_colour(full):
    _db, _plan_id, path, _result = full
    ws = openpyxl.load_workbook(path)["Actions"]
    column = [c.value for c in ws[1]].index("RAG") + 1
    words = set()
    for row in range(2, ws.max_row + 1):
        cell = ws.cell(row, column)
        if cell.value is None:
            continue
        words.add(cell.value)
        assert cell.fill.fill_type == "solid"
    assert words <= {r.label for r in Rag} and len(words) >= 3
    assert ws.conditional_formatting  # a RAG typed later is coloured too


def test_document_properties(full):
    db, plan_id, path, result = full
    workbook = openpyxl.load_workbook(path)
    plan = plan_service.get_plan(db.unit_of_work(), plan_id)
    assert workbook.properties.title == plan.name
    assert workbook.properties.created is not None
    custom = {p.name: p.value for p in workbook.custom_doc_props.props}
    assert custom["Plan UUID"] == plan.uuid
    assert custom["Export kind"] == "full"
    assert custom["Export ID"] == result.export_id
    assert custom["Figures as at"] == "2026-11-28"
    assert datetime.fromisoformat(custom["Exported at"]).tzinfo is not None
    from actionplan.storage.database import head_revision

    assert custom["Schema version"] == head_revision()
    assert export_module.read_export_properties(path) == custom  # for an import of the returned file
    assert (
        export_module.read_export_properties(
            Path(__file__).parent.parent / "fixtures" / "police_training_matrix.xlsx"
        )
        == {}
    )


def test_export_is_in_the_change_log_and_cannot_be_undone(full):
    db, _plan_id, path, result = full
    latest = history.list_batches(db.unit_of_work(), 1)[0]
    assert latest.id == result.batch_id
    assert latest.source == "screen" and "Exported the plan to full.xlsx" in latest.description
    (entry,) = history.batch_entries(db.unit_of_work(), latest.id)
    assert entry["entity"] == "export" and entry["entity_uuid"] == result.export_id
    assert entry["new"]["kind"] == "full" and entry["new"]["file"] == "full.xlsx"
    assert entry["new"]["sheets"]["People"] == 60
    with pytest.raises(ValidationError):
        history.undo_batch(db.unit_of_work(), latest.id)


# ---------------------------------------------------------------- formula-like text


NASTY = {
    "title": '=HYPERLINK("x")',
    "notes": "+44 7700 900123",
    "description": "-5",
    "evidence": "@SUM(A1)",
    "ref": "\tx",
}


def test_formula_like_text_stays_text(demo_db, tmp_path):
    db, plan_id = demo_db
    first = action_service.list_actions(db.unit_of_work(), plan_id, TODAY)[0]
    someone = people_service.list_people(db.unit_of_work())[0]
    with db.unit_of_work() as uow:  # as an import or an older version might have stored them
        uow.session.execute(update(Action).where(Action.id == first.id).values(**NASTY))
        uow.session.execute(
            update(Person)
            .where(Person.id == someone.id)
            .values(job_title="=1+2", team="\rCR_x000D_", email="#N/A")
        )
        uow.session.commit()
    path = tmp_path / "nasty.xlsx"
    export(db, plan_id, path)
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            if name.startswith("xl/worksheets/"):
                xml = archive.read(name).decode()
                assert "<f>" not in xml and "<f " not in xml, name
                assert 't="e"' not in xml
    sheets = {s.name: s for s in read_file(path)}
    actions = sheets["Actions"]
    headers = actions.rows[0]
    (row,) = [r for r in actions.rows[1:] if r[headers.index("Record ID")] == first.uuid]
    assert row[headers.index("Action")] == NASTY["title"]
    assert row[headers.index("Notes")] == NASTY["notes"]
    assert row[headers.index("Description")] == NASTY["description"]
    assert row[headers.index("Evidence")] == NASTY["evidence"]
    assert row[headers.index("Ref")] == NASTY["ref"]
    people = sheets["People"]
    headers = people.rows[0]
    (row,) = [r for r in people.rows[1:] if r[headers.index("Record ID")] == someone.uuid]
    assert row[headers.index("Job title")] == "=1+2"
    assert row[headers.index("Team")] == "\rCR_x000D_"
    assert row[headers.index("Email")] == "#N/A"
    # Excel keeps them text when the cell is edited: the quote prefix is set.
    ws = openpyxl.load_workbook(path)["Actions"]
    title = ws.cell(
        2 + [a.id for a in action_service.list_actions(db.unit_of_work(), plan_id, TODAY)].index(first.id), 2
    )
    assert title.value == NASTY["title"] and title.data_type == "s" and title.quotePrefix


# ---------------------------------------------------------------- partner pack


def people_by_org(db) -> dict[str, list[tuple[str, str, str]]]:
    with db.unit_of_work() as uow:
        rows = uow.session.execute(
            select(Organisation.name, Person.first_name, Person.last_name, Person.email).join(
                Organisation, Person.organisation_id == Organisation.id
            )
        ).all()
    found: dict[str, list[tuple[str, str, str]]] = {}
    for org, first, last, email in rows:
        found.setdefault(org, []).append((first, last, email))
    return found


def test_partner_pack_holds_no_other_organisations_person(demo_db, tmp_path):
    db, plan_id = demo_db
    actions = action_service.list_actions(db.unit_of_work(), plan_id, TODAY)
    with db.unit_of_work() as uow:
        police_id = uow.session.execute(
            select(Organisation.id).where(Organisation.name == "Northvale Police")
        ).scalar_one()
        council_person = (
            uow.session.execute(
                select(Person.id)
                .join(Organisation, Person.organisation_id == Organisation.id)
                .where(Organisation.name == "Northvale Council")
            )
            .scalars()
            .first()
        )
        police_person = (
            uow.session.execute(select(Person.id).where(Person.organisation_id == police_id))
            .scalars()
            .first()
        )
    led = [a for a in actions if a.lead_organisation_id == police_id]
    action_service.update_action(db.unit_of_work(), led[0].id, owner_id=council_person)
    action_service.update_action(db.unit_of_work(), led[1].id, owner_id=police_person)
    path = tmp_path / "police.xlsx"
    result = export(db, plan_id, path, partner="Police")  # the short name works
    assert result.kind == "partner" and result.partner == "Northvale Police"

    everyone = people_by_org(db)
    own = everyone["Northvale Police"]
    own_names = {f"{first} {last}" for first, last, _e in own}
    others = [p for org, people in everyone.items() if org != "Northvale Police" for p in people]
    names = {
        f"{first} {last}" for first, last, _e in others
    } - own_names  # a namesake in the police is allowed
    emails = {e for _f, _l, e in others}
    cells = all_text(path)
    assert len(cells) > 500
    for sheet, ref, text in cells:
        assert not any(e in text for e in emails), f"{sheet}!{ref} holds another organisation's email: {text}"
        assert not any(n in text for n in names), f"{sheet}!{ref} names another organisation's person: {text}"
    # Rows split into forename and surname are checked as pairs too.
    workbook = openpyxl.load_workbook(path)
    for sheet in ("People", "Training records", "Training matrix"):
        ws = workbook[sheet]
        headers = [c.value for c in ws[1]]
        first, last = headers.index("Forename"), headers.index("Surname")
        for row in ws.iter_rows(min_row=2, values_only=True):
            assert f"{row[first]} {row[last]}" in own_names
            assert row[headers.index("Organisation")] == "Northvale Police"

    ws = workbook["Actions"]
    headers = [c.value for c in ws[1]]
    rows = {r[headers.index("Record ID")]: r for r in ws.iter_rows(min_row=2, values_only=True)}
    expected = {a.uuid for a in actions if a.lead_organisation_id == police_id or police_id in a.partner_ids}
    assert set(rows) == expected
    assert rows[led[0].uuid][headers.index("Owner")] is None  # a council officer: left out
    assert rows[led[1].uuid][headers.index("Owner")]  # a police officer: kept
    custom = {p.name: p.value for p in workbook.custom_doc_props.props}
    assert custom["Export kind"] == "partner" and custom["Partner"] == "Northvale Police"


def test_unknown_partner_lists_the_organisations(demo_db, tmp_path):
    db, plan_id = demo_db
    with pytest.raises(ExportError, match="no organisation called “Nowhere”.*Northvale Police"):
        export(db, plan_id, tmp_path / "x.xlsx", partner="Nowhere")
    assert not (tmp_path / "x.xlsx").exists()


# ---------------------------------------------------------------- aggregate


def test_aggregate_names_nobody_and_suppresses_small_counts(demo_db, tmp_path):
    db, plan_id = demo_db
    path = tmp_path / "board.xlsx"
    result = export(db, plan_id, path, kind="aggregate")
    assert list(result.sheets) == ["Summary", "By organisation", "By role group", "By course"]
    with db.unit_of_work() as uow:
        people = uow.session.execute(
            select(Person.first_name, Person.last_name, Person.email, Person.staff_number)
        ).all()
    names = {f"{first} {last}" for first, last, _e, _s in people}
    surnames = {last for _f, last, _e, _s in people}
    emails = {e for _f, _l, e, _s in people}
    staff = {s for _f, _l, _e, s in people}
    cells = all_text(path)
    for sheet, ref, text in cells:
        assert not any(n in text for n in names), f"{sheet}!{ref}: {text}"
        assert text not in surnames, f"{sheet}!{ref}: {text}"
        assert "@" not in text and text not in emails and text not in staff, f"{sheet}!{ref}: {text}"
    workbook = openpyxl.load_workbook(path)
    assert workbook.properties.creator == export_module.APPLICATION
    ws = workbook["By organisation"]
    headers = [c.value for c in ws[1]]
    with db.unit_of_work() as uow:
        organisations = set(uow.session.execute(select(Organisation.name)).scalars())
    assert {r[0] for r in ws.iter_rows(min_row=2, values_only=True)} <= organisations
    assert {r[1] for r in ws.iter_rows(min_row=2, values_only=True)} >= {
        "Frontline practitioners attend WRAP"
    }
    counts = headers.index("In audience"), headers.index("% trained")
    small = 0
    for row in ws.iter_rows(min_row=2, values_only=True):
        for value in row[counts[0] : counts[1]]:
            assert not (isinstance(value, int) and 0 < value < 5)
            small += value == "<5"
    assert small > 0


@pytest.mark.parametrize(
    ("counts", "audience", "shown", "percent"),
    [
        # compliant, expiring, expired, due, overdue, exempt
        ((20, 5, 6, 0, 0, 0), 31, [20, 5, 6, 0, 0, 0], 80.6),
        ((20, 5, 6, 0, 3, 0), 34, [20, 5, "[c]", 0, "<5", 0], 73.5),  # one small: a second withheld
        ((20, 2, 6, 0, 3, 0), 31, [20, "<5", 6, 0, "<5", 0], "[c]"),  # a percentage input withheld
        ((2, 1, 0, 0, 0, 0), "<5", ["<5", "<5", 0, 0, 0, 0], "[c]"),
        ((0, 0, 0, 9, 0, 0), 9, [0, 0, 0, 9, 0, 0], 0.0),
        ((10, 0, 0, 0, 0, 2), 12, ["[c]", 0, 0, 0, 0, "<5"], "[c]"),
    ],
)
def test_suppression(counts, audience, shown, percent):
    from actionplan.domain.compliance import ComplianceCounts
    from actionplan.exchange.export_aggregate import STATES

    result = suppress(ComplianceCounts({s: n for s, n in zip(STATES, counts, strict=True) if n}))
    assert result == (audience, shown, percent)


# ---------------------------------------------------------------- options and errors


def test_sheet_subset_by_key_or_title(demo_db, tmp_path):
    db, plan_id = demo_db
    result = export(db, plan_id, tmp_path / "some.xlsx", sheets=["people", "Training matrix"])
    assert list(result.sheets) == ["People", "Training matrix"]
    assert openpyxl.load_workbook(tmp_path / "some.xlsx").sheetnames == ["People", "Training matrix"]
    with pytest.raises(ExportError, match="no sheet called “Charts”"):
        export(db, plan_id, tmp_path / "none.xlsx", sheets=["Charts"])
    assert [k for k, _t in sheet_choices("aggregate")] == [
        "summary",
        "organisations",
        "role_groups",
        "courses",
    ]


@pytest.mark.parametrize(
    ("name", "message"),
    [("plan.csv", "ending in .xlsx"), ("missing/plan.xlsx", "does not exist"), (".", "is a folder")],
)
def test_bad_destinations(demo_db, tmp_path, name, message):
    db, plan_id = demo_db
    target = tmp_path if name == "." else tmp_path / name
    if name == ".":
        target = tmp_path / "folder.xlsx"
        target.mkdir()
    with pytest.raises(ExportError, match=message):
        export(db, plan_id, target)


def test_cancel_writes_nothing(demo_db, tmp_path):
    db, plan_id = demo_db
    from openpyxl.worksheet._writer import ALL_TEMP_FILES

    before = history.list_batches(db.unit_of_work(), 1)[0].id
    temporary = len(ALL_TEMP_FILES)
    out = tmp_path / "out"
    out.mkdir()
    reports = []
    with pytest.raises(ExportCancelled):
        export(
            db,
            plan_id,
            out / "c.xlsx",
            progress=lambda d, t: reports.append((d, t)),
            cancel=lambda: bool(reports),
        )
    assert not list(out.iterdir())
    assert len(ALL_TEMP_FILES) == temporary  # openpyxl's own temporary files are gone too
    assert history.list_batches(db.unit_of_work(), 1)[0].id == before


def test_progress_reaches_the_total(demo_db, tmp_path):
    db, plan_id = demo_db
    reports = []
    export(db, plan_id, tmp_path / "p.xlsx", progress=lambda d, t: reports.append((d, t)))
    assert reports[-1][0] == reports[-1][1] > 0
    assert [d for d, _t in reports] == sorted(d for d, _t in reports)


# ---------------------------------------------------------------- command line


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_command_line_export(demo_db, tmp_path, capsys):
    out_file = tmp_path / "cli.xlsx"
    code, out, err = run(capsys, "export", str(out_file), "--as-of", "2026-11-28")
    assert code == 0, err
    assert out.count("\n") == 1 and "Full export written to" in out and "People 60" in out
    batch = history.list_batches(demo_db[0].unit_of_work(), 1)[0]
    assert batch.source == "command"

    code, out, _ = run(
        capsys,
        "export",
        str(tmp_path / "p.xlsx"),
        "--partner",
        "Northvale Police",
        "--sheets",
        "people,actions",
    )
    assert code == 0 and "Partner pack for Northvale Police" in out and "Training" not in out

    code, out, _ = run(capsys, "export", str(tmp_path / "a.xlsx"), "--aggregate")
    assert code == 0 and "Aggregate figures" in out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--partner", "Nowhere"], "no organisation called “Nowhere”. Organisations: "),
        (["--sheets", "Charts"], "no sheet called “Charts”"),
    ],
)
def test_command_line_errors(demo_db, tmp_path, capsys, args, message):
    code, out, err = run(capsys, "export", str(tmp_path / "x.xlsx"), *args)
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and message in err


@pytest.mark.parametrize(
    ("name", "message"), [("x.csv", "ending in .xlsx"), ("no/such/x.xlsx", "does not exist")]
)
def test_command_line_bad_paths(demo_db, tmp_path, capsys, name, message):
    code, _out, err = run(capsys, "export", str(tmp_path / name))
    assert code == 2 and message in err and err.count("\n") == 1


def test_aggregate_for_one_partner_and_a_database_as_source(demo_db, tmp_path):
    db, plan_id = demo_db
    result = export_workbook(
        db, plan_id, tmp_path / "police-figures.xlsx", kind="aggregate", partner="Police", on=TODAY
    )
    assert result.kind == "aggregate" and result.partner == "Northvale Police"
    ws = openpyxl.load_workbook(tmp_path / "police-figures.xlsx")["By organisation"]
    assert {r[0] for r in ws.iter_rows(min_row=2, values_only=True)} == {"Northvale Police"}
    assert history.list_batches(db.unit_of_work(), 1)[0].source == "screen"


def test_a_plan_without_data_exports(plan, db, tmp_path):
    result = export(db, plan.id, tmp_path / "empty.xlsx")
    assert result.sheets["People"] == 0 and result.sheets["Actions"] == 0
    workbook = openpyxl.load_workbook(tmp_path / "empty.xlsx")
    assert [c.value for c in workbook["Training matrix"][1]][-1] == "Record ID"
    assert workbook["People"].auto_filter.ref == "A1:L2"


def test_the_plain_append_path_writes_the_same_workbook(demo_db, tmp_path, monkeypatch):
    """Without openpyxl's write-only internals the rows go through ``append``: same cells."""
    from actionplan.exchange import workbook_style

    db, plan_id = demo_db
    export(db, plan_id, tmp_path / "direct.xlsx")
    monkeypatch.setattr(workbook_style, "_direct_rows", lambda ws: None)
    export(db, plan_id, tmp_path / "append.xlsx")
    direct, appended = read_file(tmp_path / "direct.xlsx"), read_file(tmp_path / "append.xlsx")
    summary_rows = {"Exported"}  # the time of the export differs
    for one, other in zip(direct, appended, strict=True):
        assert one.name == other.name
        rows = [r for r in one.rows if r[0] not in summary_rows]
        assert rows == [r for r in other.rows if r[0] not in summary_rows]
    first, second = (
        openpyxl.load_workbook(tmp_path / "direct.xlsx"),
        openpyxl.load_workbook(tmp_path / "append.xlsx"),
    )
    for a, b in zip(first["Training matrix"].iter_rows(), second["Training matrix"].iter_rows(), strict=True):
        assert [(c.number_format, c.fill.fgColor.rgb) for c in a] == [
            (c.number_format, c.fill.fgColor.rgb) for c in b
        ]


def test_formula_like_text_imported_from_a_partner_file_is_exported_as_text(demo_db, tmp_path):
    """End to end: a partner's CSV with formula-like text goes in through the importer and comes
    out of the export as text cells, identical, never as formulas."""
    db, plan_id = demo_db
    nasty = ["=1+2", "+44 7700 900123", "-5 Team", "@SUM(A1)"]
    source = tmp_path / "partner.csv"
    lines = ["Staff No,Forename,Surname,Email,Job title,Team"]
    lines += [f"FX{n},Fay,Formula{n},fay{n}@partner.example,{text},{text}" for n, text in enumerate(nasty)]
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    plan_name = plan_service.get_plan(db.unit_of_work(), plan_id).name
    db_args = ["--db", db.url, "--plan", plan_name]
    assert main([*db_args, "import", str(source), "--org", "Northvale Council"]) == 0
    out = tmp_path / "out.xlsx"
    export(db, plan_id, out)
    with zipfile.ZipFile(out) as archive:
        for name in archive.namelist():
            if name.startswith("xl/worksheets/"):
                xml = archive.read(name).decode()
                assert "<f>" not in xml and "<f " not in xml, name
    people = {s.name: s for s in read_file(out)}["People"]
    headers = people.rows[0]
    exported = {
        row[headers.index("Staff No")]: (row[headers.index("Job title")], row[headers.index("Team")])
        for row in people.rows[1:]
    }
    for n, text in enumerate(nasty):
        assert exported[f"FX{n}"] == (text, text)

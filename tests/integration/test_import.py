"""Importing the partner files in tests/fixtures through the import API: preview, apply, re-import, undo."""

from datetime import date
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select

from actionplan.domain.enums import ActionStatus, ChangeSource, Rag
from actionplan.errors import ValidationError
from actionplan.exchange.importer import ImportCancelled, Outcome, apply_import, preview_import
from actionplan.exchange.profiles import forget_mappings
from actionplan.exchange.reader import read_file
from actionplan.exchange.values import is_blank
from actionplan.services import actions, history, people, training
from actionplan.services import plans as plans_service
from actionplan.services.people import PeopleFilter
from actionplan.storage import models

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
DAY = date(2025, 11, 14)  # the day the partners' files are imported
COUNCIL = FIXTURES / "council_key_personnel.xlsx"
MATRIX = FIXTURES / "police_training_matrix.xlsx"
TRUST = FIXTURES / "trust_elearning_export.csv"
PLAN = FIXTURES / "partnership_action_plan.xlsx"

TABLES = (
    models.Organisation,
    models.Person,
    models.TrainingRecord,
    models.Action,
    models.ActionPartner,
    models.ActionUpdate,
    models.Theme,
    models.ChangeBatch,
    models.ChangeEntry,
    models.ImportProfile,
)


def row_counts(db) -> dict[str, int]:
    with db.engine.connect() as conn:
        return {t.__tablename__: conn.execute(select(func.count()).select_from(t)).scalar() for t in TABLES}


def everyone(db):
    return people.list_people(db.unit_of_work(), PeopleFilter(include_leavers=True))


def by_staff(db) -> dict:
    return {p.staff_number: p for p in everyone(db)}


def preview(db, plan, path, **kwargs):
    kwargs.setdefault("today", DAY)
    return preview_import(db, path, plan_id=plan.id, **kwargs)


def errors_by_row(sheet) -> dict[int, list]:
    found: dict[int, list] = {}
    for error in sheet.errors:
        found.setdefault(error.row, []).append(error)
    return found


def snapshot(db, plan_id: int) -> dict:
    """Everything an import touches, as plain values (ids, timestamps and row versions left out)."""
    with db.engine.connect() as conn:
        result = {}
        for table in TABLES[:7]:
            columns = [
                c for c in table.__table__.columns if c.name not in ("created_at", "updated_at", "version")
            ]
            rows = conn.execute(select(*columns)).all()
            result[table.__tablename__] = sorted(map(tuple, rows), key=repr)
        return result


# ---------------------------------------------------------------- council key personnel


def test_council_preview_finds_the_bad_rows_and_writes_nothing(db, plan):
    before = row_counts(db)
    result = preview(db, plan, COUNCIL, org="Northvale Council")
    assert row_counts(db) == before
    [sheet] = result.sheets
    assert (sheet.name, sheet.kind, sheet.header_row) == ("Key personnel", "people", 4)
    assert sheet.mapping == {
        "Staff No": "staff_number",
        "Forename": "first_name",
        "Surname": "last_name",
        "Email Address": "email",
        "Job Title": "job_title",
        "Directorate": "team",
        "Key Personnel (Y/N)": "key_personnel",
        "Start Date": "start_date",
    }
    assert len(sheet.rows) == 30 and sheet.rows[0].row == 5 and sheet.rows[-1].row == 34
    errors = errors_by_row(sheet)
    assert set(errors) == {16, 20, 26}
    [no_name] = errors[16]
    assert no_name.column == "Forename" and "needs a name" in no_name.message
    [bad_email] = errors[20]
    assert (bad_email.column, bad_email.value) == ("Email Address", "not given")
    assert "not an email address" in bad_email.message
    [duplicate] = errors[26]
    assert (duplicate.column, duplicate.value) == ("Staff No", "NV1003")
    assert "Row 8" in duplicate.message
    assert sheet.rejected == 3 and result.rejected == 3
    assert result.created.to_json() == {"people": 27, "training_records": 0, "actions": 0, "organisations": 1}
    assert sheet.count(Outcome.NEW) == 27
    assert any("Northvale Council" in w.message and "will be added" in w.message for w in sheet.warnings)


def test_all_or_nothing_applies_nothing_when_a_row_is_rejected(db, plan):
    before = row_counts(db)
    result = apply_import(db, preview(db, plan, COUNCIL, org="Northvale Council"))
    assert not result.applied and result.batch_id is None and result.skipped_rows == 3
    assert row_counts(db) == before


def test_skip_invalid_applies_the_other_rows_as_one_batch(db, plan):
    result = apply_import(db, preview(db, plan, COUNCIL, org="Northvale Council"), skip_invalid=True)
    assert result.applied and result.skipped_rows == 3
    assert result.created.people == 27 and result.created.organisations == 1
    staff = by_staff(db)
    assert len(staff) == 27 and "NV1011" not in staff
    assert staff["NV1003"].first_name == "Daniel"  # the first of the two NV1003 rows
    assert staff["NV1007"].first_name == "Harry"  # "  Harry\xa0" trimmed
    assert staff["NV1000"].start_date == date(2015, 1, 5)  # text "05/01/2015", day first
    assert staff["NV1001"].start_date == date(2015, 4, 12)  # a date cell
    assert staff["NV1000"].key_personnel and not staff["NV1001"].key_personnel
    assert (
        staff["NV1024"].first_name == "Siobhán"
        and staff["NV1024"].email == "siobhán.green@northvale.gov.example"
    )
    assert {p.organisation_name for p in staff.values()} == {"Northvale Council"}
    [batch] = [b for b in history.list_batches(db.unit_of_work()) if b.source == ChangeSource.IMPORT]
    assert batch.id == result.batch_id
    assert batch.description == "Imported council_key_personnel.xlsx: 27 new, 0 updated"
    assert batch.entries == 28  # 27 people and the organisation


# ---------------------------------------------------------------- police training matrix


def _matrix_dates() -> int:
    [raw] = read_file(MATRIX)
    return sum(1 for row in raw.rows[2:] for value in row[4:] if not is_blank(value))


def test_police_matrix_creates_officers_and_their_records(db, plan):
    result = preview(db, plan, MATRIX, org="Northvale Police")
    [sheet] = result.sheets
    assert (sheet.kind, sheet.header_row, len(sheet.rows), sheet.rejected) == ("matrix", 2, 24, 0)
    assert sheet.mapping["WRAP"] == "course:WRAP"
    assert sheet.mapping["HO Prevent Awareness"] == "course:HO-AWR"
    assert sheet.mapping["Course 2"] == "course:HO-REF"
    assert sheet.mapping["Channel awareness"] == "course:HO-CHN"
    assert sheet.mapping["Collar No"] == "staff_number" and sheet.mapping["Officer"] == "full_name"
    expected_records = _matrix_dates()
    assert expected_records == 57
    assert result.created.to_json() == {
        "people": 24,
        "training_records": expected_records,
        "actions": 0,
        "organisations": 1,
    }
    apply_import(db, result)
    staff = by_staff(db)
    priya = staff["PC4105"]
    assert (priya.first_name, priya.last_name, priya.team) == ("Priya", "Smith", "Prevent")
    mohammed = staff["PC4102"]
    assert (mohammed.first_name, mohammed.last_name) == ("Mohammed", "Ó Súilleabháin")
    records = {r.course_code: r for r in training.list_records(db.unit_of_work(), priya.id)}
    assert records["HO-AWR"].completed_on == date(2025, 7, 15)  # text date in the matrix
    assert "HO-REF" not in records  # "N/A"
    assert records["WRAP"].source == "import" and not records["WRAP"].expiry_given
    assert records["WRAP"].expires_on == date(2025, 8, 3)  # derived: 36 months


# ---------------------------------------------------------------- trust e-learning CSV


def test_trust_csv_in_windows_1252_keeps_accented_names(db, plan):
    result = preview(db, plan, TRUST, org="Northvale NHS Trust")
    [sheet] = result.sheets
    assert (sheet.kind, sheet.header_row, len(sheet.rows), sheet.rejected) == ("training", 1, 20, 0)
    assert result.created.to_json() == {
        "people": 20,
        "training_records": 20,
        "actions": 0,
        "organisations": 1,
    }
    apply_import(db, result)
    staff = by_staff(db)
    assert (staff["E20014"].first_name, staff["E20014"].last_name) == ("Siobhán", "Vaughan")
    assert (staff["E20016"].first_name, staff["E20016"].last_name) == ("Chloë", "Iqbal")
    assert staff["E20017"].first_name == "Seán"
    codes = {sn: training.list_records(db.unit_of_work(), p.id)[0].course_code for sn, p in staff.items()}
    assert codes["E20000"] == "HO-AWR" and codes["E20001"] == "WRAP" and codes["E20002"] == "HO-REF"
    [record] = training.list_records(db.unit_of_work(), staff["E20000"].id)
    assert record.completed_on == date(2023, 2, 1) and record.expires_on == date(2025, 2, 1)
    assert not record.expiry_given  # the partner's expiry is what the catalogue gives anyway
    [wrap] = training.list_records(db.unit_of_work(), staff["E20001"].id)
    assert wrap.expiry_given and wrap.expires_on == date(2025, 3, 10)  # 24 months, not WRAP's 36


def test_csv_without_an_organisation_matches_by_unique_staff_number(db, plan):
    first = preview(db, plan, TRUST)
    assert any("names no organisation" in w.message for w in first.sheets[0].warnings)
    apply_import(db, first)
    assert {p.organisation_id for p in everyone(db)} == {None}
    again = preview(db, plan, TRUST)
    assert again.created.total == 0 and again.updated.total == 0
    assert again.unchanged.to_json()["training_records"] == 20
    # Later the organisation is named: the same people are found and moved into it.
    named = preview(db, plan, TRUST, org="Northvale NHS Trust")
    assert named.created.to_json() == {"people": 0, "training_records": 0, "actions": 0, "organisations": 1}
    assert named.updated.people == 20


# ---------------------------------------------------------------- partnership action plan


def test_action_plan_with_section_rows_and_rag_words(db, plan):
    result = preview(db, plan, PLAN)
    [sheet] = result.sheets
    assert (sheet.kind, sheet.header_row, len(sheet.rows), sheet.rejected) == ("actions", 3, 12, 0)
    assert result.created.to_json() == {"people": 0, "training_records": 0, "actions": 12, "organisations": 5}
    new_orgs = {w.message.split("”")[0].lstrip("“") for w in sheet.warnings if "will be added" in w.message}
    assert new_orgs == {"Police", "NHS Trust", "Council", "Schools", "Probation"}
    apply_import(db, result)
    views = {a.ref: a for a in actions.list_actions(db.unit_of_work(), plan.id, on=DAY)}
    assert len(views) == 12
    assert {views[r].theme_name for r in ("1.1", "1.2", "1.3")} == {"Leadership"}
    assert {views[r].theme_name for r in ("2.4", "2.5", "2.6", "2.7")} == {"Working in partnership"}
    assert {views[r].theme_name for r in ("3.8", "3.9", "3.10", "3.11", "3.12")} == {"Capabilities"}
    first = views["1.1"]
    assert first.lead_organisation_name == "Police" and first.owner_name == "Prevent Lead"
    assert set(first.partner_names) == {"Police", "Council", "Schools"}
    assert first.due_date == date(2025, 7, 31) and first.status is ActionStatus.IN_PROGRESS
    # Amber in the file, Red by the rule (overdue): kept as an override saying where it came from.
    assert first.rag is Rag.AMBER and first.rag_overridden
    assert first.rag_override_reason == "RAG given as Amber in partnership_action_plan.xlsx"
    assert first.latest_update == "Update at the last board."
    second = views["1.2"]  # "31 August 2025", R: the rule agrees, so no override
    assert second.due_date == date(2025, 8, 31) and second.rag is Rag.RED and not second.rag_overridden
    assert views["2.4"].status is ActionStatus.IN_PROGRESS  # "Delayed"
    assert views["1.3"].status is ActionStatus.NOT_STARTED and views["1.3"].latest_update == ""
    done = views["2.5"]
    assert done.status is ActionStatus.COMPLETE and done.rag is Rag.COMPLETE and done.progress == 100
    assert done.completed_on == DAY
    assert any(w.row == 10 and "complete" in w.message for w in sheet.warnings)


# ---------------------------------------------------------------- re-import, edits, undo


@pytest.mark.parametrize(
    ("path", "org"),
    [
        (COUNCIL, "Northvale Council"),
        (MATRIX, "Northvale Police"),
        (TRUST, "Northvale NHS Trust"),
        (PLAN, None),
    ],
)
def test_reimporting_the_same_file_changes_nothing(db, plan, path, org):
    apply_import(db, preview(db, plan, path, org=org), skip_invalid=True)
    before = row_counts(db)
    again = preview(db, plan, path, org=org)
    assert again.created.total == 0 and again.updated.total == 0
    outcomes = {row.outcome for sheet in again.sheets for row in sheet.rows}
    assert outcomes <= {Outcome.UNCHANGED, Outcome.REJECTED}
    result = apply_import(db, again, skip_invalid=True)
    assert result.applied and result.batch_id is None  # nothing to record
    assert row_counts(db) == before


def _people_book(path: Path, rows: list[list]) -> Path:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Staff"
    sheet.append(["Staff No", "Forename", "Surname", "Email", "Job title", "Organisation", "Start date"])
    for row in rows:
        sheet.append(row)
    workbook.save(path)
    return path


STAFF = [
    ["S1", "Ann", "Lee", "ann.lee@x.example", "Teacher", "Northvale School", date(2020, 1, 6)],
    ["S2", "Bo", "Ray", "bo.ray@x.example", "Head", "Northvale School", date(2019, 9, 2)],
    ["S3", "Cy", "Fox", "cy.fox@x.example", "DSL", "Northvale School", None],
]


def test_an_edited_file_reports_exactly_the_edits_and_undo_restores(db, plan, tmp_path):
    apply_import(db, preview(db, plan, _people_book(tmp_path / "v1.xlsx", STAFF)))
    before = snapshot(db, plan.id)
    edited = [list(r) for r in STAFF]
    edited[1][4] = "Headteacher"
    edited[2][3] = "CY.FOX@X.EXAMPLE"  # the same email in capitals: no change
    edited[2][6] = "01/09/2021"
    edited.append(["S4", "Di", "Oak", "di.oak@x.example", "Teacher", "Northvale School", None])
    result = preview(db, plan, _people_book(tmp_path / "v2.xlsx", edited))
    [sheet] = result.sheets
    outcomes = {row.row: row for row in sheet.rows}
    assert [outcomes[r].outcome for r in (2, 3, 4, 5)] == [
        Outcome.UNCHANGED,
        Outcome.UPDATED,
        Outcome.UPDATED,
        Outcome.NEW,
    ]
    assert [(c.field, c.old, c.new) for c in outcomes[3].changes] == [("job_title", "Head", "Headteacher")]
    assert [(c.field, c.old, c.new) for c in outcomes[4].changes] == [("start_date", None, date(2021, 9, 1))]
    assert result.updated.people == 2 and result.created.people == 1
    applied = apply_import(db, result)
    assert applied.description == "Imported v2.xlsx: 1 new, 2 updated"
    assert by_staff(db)["S2"].job_title == "Headteacher"
    history.undo_batch(db.unit_of_work(), applied.batch_id)
    assert snapshot(db, plan.id) == before


def test_undo_of_a_whole_import_restores_the_previous_state(db, plan):
    apply_import(db, preview(db, plan, TRUST, org="Northvale NHS Trust"))
    before = snapshot(db, plan.id)
    counts = row_counts(db)
    for path, org in ((MATRIX, "Northvale Police"), (PLAN, None)):
        result = apply_import(db, preview(db, plan, path, org=org))
        assert snapshot(db, plan.id) != before
        history.undo_batch(db.unit_of_work(), result.batch_id)
        assert snapshot(db, plan.id) == before
    assert row_counts(db)["person"] == counts["person"]


# ---------------------------------------------------------------- matching and mappings


def test_people_are_matched_by_record_id_staff_number_email_then_name(db, plan, tmp_path):
    apply_import(db, preview(db, plan, _people_book(tmp_path / "v1.xlsx", STAFF)))
    ann, bo, cy = (by_staff(db)[s] for s in ("S1", "S2", "S3"))
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["Record ID", "Staff No", "Full name", "Email", "Organisation", "Job title"])
    sheet.append([ann.uuid, "S1-NEW", "Ann Lee", "", "Northvale School", "Deputy"])  # by Record ID
    sheet.append(["", "s2", "Bo Ray", "", "northvale school", "Principal"])  # staff no, any case
    sheet.append(["", "", "Cy Fox", "cy.fox@x.example", "Another School", "DSL"])  # email, other org
    sheet.append(["", "", "Bo Ray", "bo.ray@elsewhere.example", "Northvale School", ""])  # email differs
    path = tmp_path / "match.xlsx"
    workbook.save(path)
    result = preview(db, plan, path)
    rows = {row.row: row for row in result.sheets[0].rows}
    assert rows[2].outcome is Outcome.UPDATED
    assert {c.field: c.new for c in rows[2].changes} == {"staff_number": "S1-NEW", "job_title": "Deputy"}
    assert rows[3].outcome is Outcome.UPDATED and rows[3].changes[0].new == "Principal"
    assert {c.field: (c.old, c.new) for c in rows[4].changes} == {
        "organisation": ("Northvale School", "Another School")
    }
    # The same name in the same organisation but another email: a name matches only when
    # nothing contradicts it, so this is someone new.
    assert rows[5].outcome is Outcome.NEW
    apply_import(db, result)
    assert by_staff(db)["S1-NEW"].uuid == ann.uuid and by_staff(db)["S2"].id == bo.id
    assert people.get_person(db.unit_of_work(), cy.id).organisation_name == "Another School"


def test_a_staff_number_in_two_organisations_needs_the_organisation(db, plan, tmp_path):
    rows = [
        ["S1", "Ann", "Lee", "", "", "School A", None],
        ["S1", "Ann", "Other", "", "", "School B", None],
    ]
    apply_import(db, preview(db, plan, _people_book(tmp_path / "two.xlsx", rows)))
    workbook = openpyxl.Workbook()
    workbook.active.append(["Staff No", "Job title"])
    workbook.active.append(["S1", "Teacher"])
    path = tmp_path / "ambiguous.xlsx"
    workbook.save(path)
    [sheet] = preview(db, plan, path).sheets
    [error] = sheet.errors
    assert error.column == "Staff No" and "More than one person" in error.message


def test_a_corrected_mapping_is_remembered_for_the_partners_next_file(db, plan, tmp_path):
    def book(name: str, rows: list[list]) -> Path:
        workbook = openpyxl.Workbook()
        workbook.active.append(["Ref Code", "Name", "Post"])
        for row in rows:
            workbook.active.append(row)
        workbook.save(tmp_path / name)
        return tmp_path / name

    first = book("school_staff_2025-10.xlsx", [["K1", "Ann Lee", "Teacher"]])
    plain = preview(db, plan, first, org="Northvale School")
    assert "Ref Code" not in plain.sheets[0].mapping
    corrected = preview(db, plan, first, org="Northvale School", overrides={"Ref Code": "staff_number"})
    assert corrected.sheets[0].mapping["Ref Code"] == "staff_number"
    apply_import(db, corrected)
    assert row_counts(db)["import_profile"] == 1
    second = book("school_staff_2025-11.xlsx", [["K1", "Ann Lee", "Head of year"], ["K2", "Bo Ray", "TA"]])
    result = preview(db, plan, second, org="Northvale School")
    [sheet] = result.sheets
    assert sheet.mapping["Ref Code"] == "staff_number" and sheet.profile == "org:northvaleschool"
    assert result.created.people == 1 and result.updated.people == 1
    assert forget_mappings(db.unit_of_work(), "org:northvaleschool") == 1
    assert "Ref Code" not in preview(db, plan, second, org="Northvale School").sheets[0].mapping


def test_bad_mapping_override_is_a_validation_error(db, plan):
    with pytest.raises(ValidationError, match="mapping"):
        preview(db, plan, COUNCIL, kind="people", overrides={"Staff No": "no_such_field"})


def test_unknown_sheet_is_a_validation_error(db, plan):
    with pytest.raises(ValidationError, match="no sheet called “Nope”"):
        preview(db, plan, COUNCIL, sheet="Nope")
    assert preview(db, plan, COUNCIL, sheet=1, org="X").sheets[0].name == "Key personnel"


def test_progress_reaches_the_end_and_cancel_stops_without_writing(db, plan):
    seen = []
    preview(db, plan, MATRIX, progress=lambda done, total: seen.append((done, total)))
    assert seen[-1] == (100, 100) and seen == sorted(seen)
    before = row_counts(db)
    with pytest.raises(ImportCancelled):
        preview(db, plan, MATRIX, cancel=lambda: True)
    assert row_counts(db) == before


def test_a_preview_is_applied_once(db, plan):
    result = preview(db, plan, TRUST, org="Northvale NHS Trust")
    apply_import(db, result)
    with pytest.raises(ValidationError, match="already been applied"):
        apply_import(db, result)


# ---------------------------------------------------------------- for the wizard, and updates


def test_header_row_and_column_overrides_by_index(db, plan, tmp_path):
    path = tmp_path / "odd.xlsx"
    book = openpyxl.Workbook()
    for row in (["Staff list"], ["Code", "Who", "Contact"], ["Z1", "Ann Lee", "ann@x.example"]):
        book.active.append(row)
    book.save(path)
    auto = preview(db, plan, path, org="X")
    [sheet] = auto.sheets
    assert sheet.top_rows[0] == ["Staff list", None, None] and len(sheet.top_rows) == 3
    assert sheet.skipped and "first rows" in sheet.skipped
    overrides = {0: "staff_number", 1: "full_name", "contact": "email"}
    chosen = preview(db, plan, path, org="X", kind="people", header_row=2, overrides=overrides)
    [sheet] = chosen.sheets
    assert sheet.header_row == 2
    assert sheet.mapping == {"Code": "staff_number", "Who": "full_name", "Contact": "email"}
    assert [(c.column, c.header, c.field, c.confidence) for c in sheet.columns][0] == (
        0,
        "Code",
        "staff_number",
        1.0,
    )
    assert sheet.rows[0].label == "Ann Lee (Z1)" and sheet.rows[0].outcome is Outcome.NEW


def test_a_partner_expiry_and_evidence_update_a_record(db, plan, tmp_path):
    def listing(name: str, expiry: str, evidence: str) -> Path:
        path = tmp_path / name
        path.write_text(
            "Staff No,Name,Course,Completed,Expiry date,Certificate,Job title\n"
            f"T1,Ann Lee,WRAP,01/02/2024,{expiry},{evidence},Teacher\n"
            f"T1,Ann Lee,Course 2,03/02/2024,,,Head of year\n",
            encoding="utf-8",
        )
        return path

    first = preview(db, plan, listing("a.csv", "", ""), org="X")
    [warning] = [w for w in first.sheets[0].warnings if "also on row" in w.message]
    assert warning.row == 3 and warning.column == "Job title"
    apply_import(db, first)
    second = preview(db, plan, listing("b.csv", "01/01/2026", "C-77"), org="X")
    row = second.sheets[0].rows[0]
    assert row.outcome is Outcome.UPDATED
    assert [(c.field, c.old, c.new) for c in row.changes] == [
        ("expires_on", date(2027, 2, 1), date(2026, 1, 1)),
        ("evidence", "", "C-77"),
    ]
    assert second.updated.training_records == 1 and second.unchanged.training_records == 1
    apply_import(db, second)
    ann = by_staff(db)["T1"]
    assert ann.job_title == "Teacher"
    wrap = next(r for r in training.list_records(db.unit_of_work(), ann.id) if r.course_code == "WRAP")
    assert wrap.expires_on == date(2026, 1, 1) and wrap.expiry_given and wrap.evidence == "C-77"


def test_a_refresher_under_its_course_in_a_matrix_is_the_same_completion(db, plan, tmp_path):
    path = tmp_path / "people.csv"
    path.write_text("Staff No,Name,Course,Completed\nR1,Ann Lee,HO-RFR,05/05/2025\n", encoding="utf-8")
    apply_import(db, preview(db, plan, path, org="X"))
    matrix = tmp_path / "matrix.xlsx"
    book = openpyxl.Workbook()
    book.active.append(["Staff No", "Name", "HO-AWR"])
    book.active.append(["R1", "Ann Lee", date(2025, 5, 5)])
    book.save(matrix)
    result = preview(db, plan, matrix, org="X")
    assert result.created.total == 0 and result.unchanged.training_records == 1


def test_edited_actions_report_their_diffs(db, plan, tmp_path):
    person = people.create_person(db.unit_of_work(), first_name="Pat", last_name="Kaur")

    def plan_book(name: str, rows: list[list]) -> Path:
        book = openpyxl.Workbook()
        book.active.append(["Ref", "Action", "Lead", "Owner", "Partners", "Due", "Status", "RAG", "Update"])
        for row in rows:
            book.active.append(row)
        book.save(tmp_path / name)
        return tmp_path / name

    first = [["1", "Map the referral pathway", "Police", "Pat Kaur", "Council", date(2026, 3, 1), "On track",
              "G", "Started"]]  # fmt: skip
    apply_import(db, preview(db, plan, plan_book("v1.xlsx", first)))
    [view] = actions.list_actions(db.unit_of_work(), plan.id, on=DAY)
    assert view.owner_id == person.id and not view.rag_overridden
    edited = [["1", "Map the referral pathway", "Police", "pat kaur", "Council; Schools", date(2026, 6, 1),
               "On hold", "Red", "Waiting for the board"]]  # fmt: skip
    result = preview(db, plan, plan_book("v2.xlsx", edited))
    [row] = result.sheets[0].rows
    assert row.outcome is Outcome.UPDATED
    assert {c.field: (c.old, c.new) for c in row.changes} == {
        "due_date": (date(2026, 3, 1), date(2026, 6, 1)),
        "status": ("In progress", "Blocked"),
        "partners": ("Council", "Council; Schools"),
        "update": ("Started", "Waiting for the board"),
    }  # blocked is red by the rule, so "Red" needs no override; the owner is the same person
    apply_import(db, result)
    [view] = actions.list_actions(db.unit_of_work(), plan.id, on=DAY)
    assert view.status is ActionStatus.BLOCKED and view.latest_update == "Waiting for the board"
    assert len(actions.list_updates(db.unit_of_work(), view.id)) == 2


def test_a_record_id_from_another_plan_is_refused(db, plan, tmp_path):
    other = actions.create_action(db.unit_of_work(), plan.id, "Elsewhere")
    second = plans_service.create_plan(db.unit_of_work(), "Second plan", template="blank")
    path = tmp_path / "ids.xlsx"
    book = openpyxl.Workbook()
    book.active.append(["Record ID", "Action", "Due"])
    book.active.append([other.uuid, "Elsewhere", None])
    book.active.append(["not-a-uuid", "Nowhere", None])
    book.save(path)
    [sheet] = preview_import(db, path, plan_id=second.id, today=DAY).sheets
    messages = [e.message for e in sheet.errors]
    assert "another plan" in messages[0] and "not a Record ID" in messages[1]


def test_a_unit_of_work_can_stand_for_the_database(db, plan):
    uow = db.unit_of_work()
    result = apply_import(uow, preview_import(uow, TRUST, plan_id=plan.id, org="Trust", today=DAY))
    assert result.applied and result.created.people == 20
    [batch] = [b for b in history.list_batches(db.unit_of_work()) if b.id == result.batch_id]
    assert batch.source == "import"


def test_surname_comma_forename_finds_the_same_person(db, plan, tmp_path):
    apply_import(db, preview(db, plan, _people_book(tmp_path / "v1.xlsx", STAFF)))
    path = tmp_path / "names.xlsx"
    book = openpyxl.Workbook()
    book.active.append(["Name", "Organisation", "Job title"])
    book.active.append(["Lee, Ann", "Northvale School", "Teacher"])
    book.active.append(["FOX,  Cy", "Northvale School", "Deputy head"])
    book.save(path)
    result = preview(db, plan, path)
    assert [row.outcome for row in result.sheets[0].rows] == [Outcome.UNCHANGED, Outcome.UPDATED]
    changes = {c.field: (c.old, c.new) for c in result.sheets[0].rows[1].changes}
    assert changes == {"last_name": ("Fox", "FOX"), "job_title": ("DSL", "Deputy head")}  # names as written


def test_a_rag_left_as_it_was_shown_is_not_a_choice(db, plan, tmp_path):
    def plan_book(name: str, status: str, due: date, rag: str) -> Path:
        book = openpyxl.Workbook()
        book.active.append(["Ref", "Action", "Due", "Status", "RAG"])
        book.active.append(["1", "Agree the pathway", due, status, rag])
        book.active.append(["2", "Brief the panel", date(2026, 6, 1), "In progress", "Amber"])
        book.save(tmp_path / name)
        return tmp_path / name

    apply_import(db, preview(db, plan, plan_book("v1.xlsx", "In progress", date(2026, 6, 1), "Green")))
    views = {a.ref: a for a in actions.list_actions(db.unit_of_work(), plan.id, on=DAY)}
    assert views["1"].rag is Rag.GREEN and not views["1"].rag_overridden
    assert views["2"].rag is Rag.AMBER and views["2"].rag_overridden  # the rule says green
    # The partner blocks action 1 and moves 2's due date, leaving both RAG cells as they were.
    book = openpyxl.load_workbook(plan_book("v2.xlsx", "Blocked", date(2026, 6, 1), "Green"))
    book.active["C3"] = date(2026, 9, 1)
    book.save(tmp_path / "v2.xlsx")
    result = preview(db, plan, tmp_path / "v2.xlsx")
    assert [[c.field for c in row.changes] for row in result.sheets[0].rows] == [["status"], ["due_date"]]
    apply_import(db, result)
    views = {a.ref: a for a in actions.list_actions(db.unit_of_work(), plan.id, on=DAY)}
    assert views["1"].rag is Rag.RED and not views["1"].rag_overridden  # the rule: blocked
    assert views["2"].rag is Rag.AMBER and views["2"].rag_overridden  # the override stays

"""``actionplan import`` on the command line: exit status, plain and JSON output, dry run, rejects."""

import json
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select

from actionplan.cli import main
from actionplan.paths import resolve_database_url, resolve_paths
from actionplan.services import open_database
from actionplan.storage import models

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
COUNCIL = str(FIXTURES / "council_key_personnel.xlsx")
MATRIX = str(FIXTURES / "police_training_matrix.xlsx")
TRUST = str(FIXTURES / "trust_elearning_export.csv")
PLAN = str(FIXTURES / "partnership_action_plan.xlsx")

COUNT_KEYS = {"people", "training_records", "actions", "organisations"}
SHEET_KEYS = {
    "sheet",
    "kind",
    "header_row",
    "mapping",
    "rows",
    "created",
    "updated",
    "unchanged",
    "rejected",
    "errors",
    "warnings",
    "conflicts",
    "conflict_details",
}
TOP_KEYS = {
    "file",
    "applied",
    "created",
    "updated",
    "unchanged",
    "rejected",
    "sheets",
    "conflicts",
    "exported_at",
}


@pytest.fixture
def cli(capsys, data_dir):
    """Run the command line on a fresh data folder with a Prevent plan; returns (code, out, err)."""

    def run(*argv: str) -> tuple[int, str, str]:
        code = main(["--data-dir", str(data_dir), *argv])
        out, err = capsys.readouterr()
        return code, out, err

    assert run("init")[0] == 0
    return run


def counts(data_dir: Path) -> dict[str, int]:
    database = open_database(cli_database_url(data_dir))
    try:
        with database.engine.connect() as conn:
            return {
                t.__tablename__: conn.execute(select(func.count()).select_from(t)).scalar()
                for t in (
                    models.Organisation,
                    models.Person,
                    models.TrainingRecord,
                    models.Action,
                    models.ChangeBatch,
                )
            }
    finally:
        database.close()


def test_rejected_rows_stop_the_import_and_are_listed(cli, data_dir):
    before = counts(data_dir)
    code, out, err = cli("import", COUNCIL, "--org", "Northvale Council")
    assert code == 1 and err == ""
    assert "Sheet “Key personnel”: people, header on row 4, 30 rows" in out
    assert "27 new, 0 updated, 0 unchanged, 3 rejected" in out
    assert "Row 16, Forename: A person needs a name" in out
    assert "Row 20, Email Address: “not given” is not an email address." in out
    assert "Row 26, Staff No: Row 8 is the same person" in out
    assert "Nothing was imported: 3 rows were rejected" in out
    assert counts(data_dir) == before


def test_skip_invalid_imports_the_other_rows(cli, data_dir):
    before = counts(data_dir)
    code, out, _ = cli("import", COUNCIL, "--org", "Northvale Council", "--skip-invalid")
    assert code == 1  # rows were rejected, even though the others went in
    assert "Imported: new: 27 people, 1 organisation" in out and "3 rejected rows were left out" in out
    after = counts(data_dir)
    assert after["person"] == before["person"] + 27 and after["change_batch"] == before["change_batch"] + 1


def test_json_output_has_exactly_the_documented_shape(cli):
    code, out, err = cli("import", COUNCIL, "--org", "Northvale Council", "--json")
    assert code == 1 and err == ""
    data = json.loads(out)  # exactly one object on stdout
    assert set(data) == TOP_KEYS
    assert data["file"] == "council_key_personnel.xlsx" and data["applied"] is False
    assert data["conflicts"] == 0 and data["exported_at"] is None  # not one of our exports
    for key in ("created", "updated", "unchanged"):
        assert set(data[key]) == COUNT_KEYS and all(isinstance(v, int) for v in data[key].values())
    assert data["created"] == {"people": 27, "training_records": 0, "actions": 0, "organisations": 1}
    assert data["rejected"] == 3
    [sheet] = data["sheets"]
    assert set(sheet) == SHEET_KEYS
    assert (sheet["sheet"], sheet["kind"], sheet["header_row"], sheet["rows"]) == (
        "Key personnel",
        "people",
        4,
        30,
    )
    assert sheet["mapping"]["Staff No"] == "staff_number"
    assert sheet["rejected"] == 3 and sheet["created"]["people"] == 27
    assert [set(e) for e in sheet["errors"]] == [{"row", "column", "value", "message"}] * 3
    assert [(e["row"], e["column"], e["value"]) for e in sheet["errors"]] == [
        (16, "Forename", ""),
        (20, "Email Address", "not given"),
        (26, "Staff No", "NV1003"),
    ]
    assert all(set(w) == {"row", "column", "message"} for w in sheet["warnings"])
    assert sheet["warnings"][0]["row"] == 5
    assert sheet["conflicts"] == 0 and sheet["conflict_details"] == []


def test_json_for_an_applied_matrix_and_sheet_level_warnings(cli):
    code, out, _ = cli("import", TRUST, "--json")
    data = json.loads(out)
    assert code == 0 and data["applied"] is True
    assert data["created"] == {"people": 20, "training_records": 20, "actions": 0, "organisations": 0}
    [warning] = data["sheets"][0]["warnings"]
    assert warning["row"] is None and "names no organisation" in warning["message"]
    code, out, _ = cli("import", MATRIX, "--org", "Northvale Police", "--json")
    data = json.loads(out)
    assert code == 0 and data["sheets"][0]["kind"] == "matrix"
    assert data["sheets"][0]["mapping"]["WRAP"] == "course:WRAP"
    assert data["created"]["training_records"] == 57


def test_dry_run_changes_nothing(cli, data_dir):
    before = counts(data_dir)
    code, out, _ = cli("import", TRUST, "--org", "Northvale NHS Trust", "--dry-run")
    assert code == 0 and "Dry run: nothing was changed." in out
    code, out, _ = cli(
        "import", COUNCIL, "--org", "Northvale Council", "--dry-run", "--skip-invalid", "--json"
    )
    assert code == 1 and json.loads(out)["applied"] is False
    assert counts(data_dir) == before


def test_rejects_workbook_is_written_with_the_reasons(cli, tmp_path):
    out_path = tmp_path / "return to council.xlsx"
    code, out, _ = cli("import", COUNCIL, "--org", "Northvale Council", "--rejects", str(out_path))
    assert code == 1 and "Saved 3 rejected rows to" in out
    sheet = openpyxl.load_workbook(out_path).active
    header = [c.value for c in sheet[1]]
    assert header[:2] == ["Staff No", "Forename"] and header[-2:] == ["Row in original file", "Reason"]
    rows = [[c.value for c in row] for row in sheet.iter_rows(min_row=2)]
    assert [r[-2] for r in rows] == [16, 20, 26]
    assert [r[0] for r in rows] == ["NV1011", "NV1015", "NV1003"]
    assert "Email Address: “not given” is not an email address." in rows[1][-1]
    assert sheet.freeze_panes == "A2"


def test_clean_file_with_rejects_option_writes_no_workbook(cli, tmp_path):
    out_path = tmp_path / "none.xlsx"
    code, out, _ = cli("import", TRUST, "--org", "Trust", "--rejects", str(out_path))
    assert code == 0 and not out_path.exists() and "no rejects workbook" in out


def test_reimport_reports_nothing_to_change(cli, data_dir):
    assert cli("import", PLAN)[0] == 0
    before = counts(data_dir)
    code, out, _ = cli("import", PLAN)
    assert code == 0 and "Nothing to change" in out and "12 unchanged" in out
    assert counts(data_dir) == before


def test_usage_errors_exit_2(cli, data_dir):
    code, out, err = cli("import", COUNCIL, "--sheet", "Nope")
    assert code == 2 and out == "" and "no sheet called “Nope”" in err and len(err.splitlines()) == 1
    code, _, err = cli("import", COUNCIL, "--kind", "actions")
    assert code == 2 and "Nothing in “council_key_personnel.xlsx” could be imported" in err
    code, _, err = cli("import", str(data_dir / "missing.xlsx"))
    assert code == 2 and "was not found" in err
    with pytest.raises(SystemExit) as stopped:
        cli("import", COUNCIL, "--kind", "shoes")
    assert stopped.value.code == 2


def test_plan_chosen_by_the_global_option(cli, data_dir):
    assert cli("init", "--plan", "Area B")[0] == 0
    code, _, _ = cli("--plan", "Area B", "import", PLAN)
    assert code == 0
    _, out, _ = cli("--plan", "Area B", "status", "--json")
    assert json.loads(out)["actions"]["total"] == 12


def cli_database_url(data_dir: Path) -> str:
    """The database the command line uses with ``--data-dir data_dir`` (or $ACTIONPLAN_DB)."""
    return resolve_database_url(None, resolve_paths(data_dir))

"""Property: any text and dates written to a people sheet come back from an import as written."""

import re
import tempfile
from datetime import date
from itertools import count
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from actionplan.domain.text import tidy
from actionplan.exchange.importer import apply_import, preview_import
from actionplan.services import open_database, organisations, people, plans
from actionplan.services.people import PeopleFilter

# Characters a worksheet can hold: no controls, surrogates or unassigned code points, and not
# OOXML's own escape for characters (_x0041_), which every reader decodes.
_text = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc", "Cn")), min_size=1, max_size=30
).filter(lambda s: not ILLEGAL_CHARACTERS_RE.search(s) and not re.search(r"_x[0-9A-Fa-f]{4}_", s))
_name = _text.filter(lambda s: tidy(s) != "")
_dates = st.dates(min_value=date(1900, 3, 1), max_value=date(2100, 12, 31))
_person = st.fixed_dictionaries(
    {
        "first": _name,
        "last": _text,
        "job": st.one_of(st.none(), _text),
        "team": st.one_of(st.none(), _text),
        "key": st.sampled_from(["Yes", "No", "Y", "n", True, False, None]),
        "start": st.one_of(st.none(), _dates),
        "leaving": st.one_of(st.none(), _dates),
        "dates_as_text": st.booleans(),
    }
)
_examples = count()


@pytest.fixture(scope="module")
def shared(tmp_path_factory):
    """One database for every example (each example imports into its own organisation)."""
    folder = tmp_path_factory.mktemp("property")
    database = open_database(f"sqlite:///{folder / 'actionplan.db'}", create=True)
    plan = plans.create_plan(database.unit_of_work(), "Property plan", template="prevent")
    yield database, plan.id
    database.close()


def _as_cell(cell, value, as_text: bool) -> None:
    if isinstance(value, date) and as_text:
        value = value.strftime("%d/%m/%Y")
    cell.value = value
    if isinstance(value, str):
        cell.data_type = "s"  # "=x" or "#N/A" typed by a partner is text, not a formula or an error
    elif isinstance(value, date):
        cell.number_format = "dd/mm/yyyy"


@given(st.lists(_person, min_size=1, max_size=4))
@settings(max_examples=40, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
def test_text_and_dates_come_back_from_an_import_identical(shared, rows):
    database, plan_id = shared
    org = f"Property organisation {next(_examples)}"
    for row in rows:  # a leaving date before the start date would be rejected, rightly
        if row["start"] and row["leaving"] and row["leaving"] < row["start"]:
            row["start"], row["leaving"] = row["leaving"], row["start"]
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "people.xlsx"
        book = openpyxl.Workbook()
        sheet = book.active
        sheet.append(["Staff No", "Forename", "Surname", "Job title", "Team", "Key personnel", "Start date",
                      "Leaving date", "Organisation"])  # fmt: skip
        for number, row in enumerate(rows, start=2):
            values = [f"P{number}", row["first"], row["last"], row["job"], row["team"], row["key"],
                      row["start"], row["leaving"], org]  # fmt: skip
            for column, value in enumerate(values, start=1):
                _as_cell(sheet.cell(row=number, column=column), value, row["dates_as_text"])
        book.save(path)
        preview = preview_import(database, path, plan_id=plan_id, today=date(2026, 1, 1))
        assert preview.rejected == 0, preview.sheets[0].errors
        assert apply_import(database, preview).applied
    org_id = next(o.id for o in organisations.list_organisations(database.unit_of_work()) if o.name == org)
    stored = {
        p.staff_number: p
        for p in people.list_people(
            database.unit_of_work(), PeopleFilter(organisation_id=org_id, include_leavers=True)
        )
    }
    assert len(stored) == len(rows)
    for number, row in enumerate(rows, start=2):
        person = stored[f"P{number}"]
        assert person.first_name == tidy(row["first"])
        assert person.last_name == tidy(row["last"])
        assert person.job_title == tidy(row["job"] or "")
        assert person.team == tidy(row["team"] or "")
        assert person.key_personnel is (row["key"] in ("Yes", "Y", True))
        assert person.start_date == row["start"]
        assert person.leaving_date == row["leaving"]

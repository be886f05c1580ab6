"""The import's fast paths give exactly what the plain way gives, on messy cells.

Each example writes a workbook of generated rows (blank and spaced text, numbers as text,
dates as Excel dates, serials and text, bad emails, repeated people, Welsh or English
headers), previews it with the fast paths and again with them turned off (the reference:
every cell read the plain way), and compares everything the preview holds: outcomes,
labels, errors, warnings, changes and the planned values.
"""

import tempfile
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlmodel import select

from actionplan.exchange import people_rows
from actionplan.exchange.importer import preview_import
from actionplan.exchange.plans import OrgPlan, PersonPlan, RecordPlan
from actionplan.exchange.welsh import WELSH_HEADERS
from actionplan.storage.models import Course, Organisation, Person
from tests.conftest import TODAY


class _Forgetful(dict):
    """A cache that never keeps anything: every lookup goes the plain way."""

    def __setitem__(self, key, value) -> None:
        pass


@contextmanager
def plain_paths():
    """The import with its caches and fast paths turned off."""
    mp = pytest.MonkeyPatch()
    real_init = people_rows.PeopleSheet.__init__

    def init(self, *args, **kwargs):
        real_init(self, *args, **kwargs)
        self._course_cells = _Forgetful()
        self._emails = _Forgetful()

    mp.setattr(people_rows.PeopleSheet, "__init__", init)
    mp.setattr(people_rows.PeopleSheet, "_read_person", people_rows.PeopleSheet._read_person_plain)
    try:
        yield
    finally:
        mp.undo()


def _ref(value):
    if isinstance(value, OrgPlan):
        return ("new organisation", value.name)
    if isinstance(value, PersonPlan):
        return ("person", value.existing_id, value.values["staff_number"], value.values["email"])
    return value


def _plan(plan):
    if isinstance(plan, PersonPlan):
        values = {k: _ref(v) for k, v in plan.values.items()}
        return ("person", plan.existing_id, values, dict(plan.set_by), sorted(plan.conflicts))
    if isinstance(plan, RecordPlan):
        return ("record", _ref(plan.person), plan.course_id, plan.completed_on, plan.expires_on,
                plan.evidence, plan.existing_id)  # fmt: skip
    if isinstance(plan, OrgPlan):
        return ("new organisation", plan.name)
    return (type(plan).__name__,)


def summary(preview) -> list:
    """Everything a preview says, plain data, plan UUIDs left out (they are random)."""
    out: list = [(preview.created.to_json(), preview.updated.to_json(), preview.unchanged.to_json())]
    for sheet in preview.sheets:
        out.append((sheet.name, sheet.kind, sheet.header_row, sheet.skipped,
                    [(w.row, w.column, w.message) for w in sheet.warnings]))  # fmt: skip
        for row in sheet.rows:
            out.append(
                (
                    row.row,
                    row.outcome,
                    row.label,
                    row.held,
                    [(e.row, e.column, e.value, e.message) for e in row.errors],
                    [(c.field, _ref(c.old), _ref(c.new)) for c in row.changes],
                    [(c.key, c.message) for c in row.conflicts],
                    [_plan(p) for p in row.plans],
                    list(row.cells),
                )
            )
    return out


# ------------------------------------------------------------------ messy cells

_spaced = st.sampled_from(["", " ", "  ", "\xa0", "\t"])
_blank = st.sampled_from([None, "", "  ", "N/A", "-", "none", "\xa0"])


def _messy(word: str) -> st.SearchStrategy:
    """``word`` as partners write it: spaced, re-cased, doubled inner spaces."""

    def spell(before: str, after: str, case: int, doubled: bool) -> str:
        text = word.upper() if case == 1 else word.lower() if case == 2 else word
        return before + text.replace(" ", "  " if doubled else " ") + after

    return st.builds(
        spell,
        _spaced,
        _spaced,
        st.integers(0, 2),
        st.booleans(),
    )


_dates = st.one_of(
    st.dates(min_value=date(2015, 1, 1), max_value=date(2027, 12, 31)),
    st.dates(min_value=date(2015, 1, 1), max_value=date(2026, 11, 1)).map(
        lambda d: datetime(d.year, d.month, d.day, 9, 30)
    ),
    st.dates(min_value=date(2015, 1, 1), max_value=date(2026, 11, 1)).map(lambda d: d.strftime("%d/%m/%Y")),
    st.dates(min_value=date(2015, 1, 1), max_value=date(2026, 11, 1)).map(lambda d: d.isoformat()),
    st.dates(min_value=date(2015, 1, 1), max_value=date(2026, 11, 1)).map(
        lambda d: d.strftime("%A %d %B %Y")
    ),
    st.integers(40000, 46500),  # Excel serials, as numbers
    st.integers(40000, 46500).map(str),  # and as text
    st.sampled_from(["2025", "31/13/2025", "30/02/2025", "13/31/2025", "yesterday", "45000.5", 0, -3, 3.5]),
    _blank,
)
_flags = st.sampled_from(
    ["Yes", "no", " Y ", "ydw", "Nac ydw", "TRUE", True, False, 1, 0, "x", "maybe", 2, None, ""]
)
_long = st.sampled_from(["x" * 101, "y" * 201, "z" * 61])


def _cells(people: list[tuple], orgs: list[str]) -> st.SearchStrategy:
    staff = st.one_of(
        st.sampled_from([p[0] for p in people]).flatmap(
            lambda s: st.sampled_from([s, s.lower(), f" {s} ", s.replace("ST", "st-")])
        ),
        st.sampled_from(["NEW1", "new1", "NEW2", 1001, 1001.0, 1002.5, "S" * 61]),
        _blank,
    )
    first = st.one_of(
        st.sampled_from([p[1] for p in people]).flatmap(_messy),
        st.sampled_from(["Ann", "Bo", "Ann  Marie", "Ann\tMarie", "x" * 101, 7]),
        _blank,
    )
    last = st.one_of(
        st.sampled_from([p[2] for p in people]).flatmap(_messy),
        st.sampled_from(["Ó Súilleabháin", "Smith", 12.0]),
        _blank,
    )
    email = st.one_of(
        st.sampled_from([p[3] for p in people]).flatmap(
            lambda e: st.sampled_from([e, e.upper(), f" {e} ", f"Name <{e}>", f"mailto:{e}"])
        ),
        st.sampled_from(
            ["new.person@example.org", "not given", "see HR", "a@b", "a b@c.org", 42, "x@y.org" + "o" * 250]
        ),
        _blank,
    )
    org = st.one_of(
        st.sampled_from(orgs).flatmap(_messy), st.sampled_from(["Brand new org", "brand  NEW org"]), _blank
    )
    course = st.one_of(
        st.sampled_from(
            ["WRAP", "HO-AWR", "HO-REF", "Workshop to Raise Awareness of Prevent", "hoawr"]
        ).flatmap(_messy),
        st.sampled_from([True, 1, "1", "TRUE", 1.0, "Unknown course", 3]),
        _blank,
    )
    text = st.one_of(
        st.sampled_from(["Officer", " Team  A ", "Team  B", "Team\xa0C", "Safeguarding", 5, 2.5, True]),
        _long,
        _blank,
    )
    return st.fixed_dictionaries(
        {
            "staff": staff,
            "first": first,
            "last": last,
            "email": email,
            "org": org,
            "course": course,
            "completed": _dates,
            "expires": _dates,
            "evidence": text,
            "job": text,
            "team": text,
            "role": st.one_of(
                st.sampled_from(["Frontline practitioner", "frontline  PRACTITIONER", "Manager"]), _blank
            ),
            "key": _flags,
            "start": _dates,
            "leaving": _dates,
            "full": st.one_of(st.sampled_from(["Smith, Ann", "Ann Smith", "Ann"]), _blank),
        }
    )


PEOPLE_COLUMNS = [("Staff No", "staff"), ("Forename", "first"), ("Surname", "last"), ("Email", "email"),
                  ("Job title", "job"), ("Role group", "role"), ("Organisation", "org"), ("Team", "team"),
                  ("Key personnel", "key"), ("Start date", "start"), ("Leaving date", "leaving")]  # fmt: skip
NAME_COLUMNS = [("Staff No", "staff"), ("Name", "full"), ("Email", "email"), ("Organisation", "org")]
TRAINING_COLUMNS = [("Staff No", "staff"), ("Forename", "first"), ("Surname", "last"), ("Email", "email"),
                    ("Organisation", "org"), ("Course", "course"), ("Completion date", "completed"),
                    ("Expiry date", "expires"), ("Evidence", "evidence")]  # fmt: skip


def _write(path: Path, columns, rows: list[dict], welsh: bool) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append([WELSH_HEADERS.get(h, h) if welsh else h for h, _key in columns])
    for number, row in enumerate(rows, start=2):
        for column, (_header, key) in enumerate(columns, start=1):
            cell = sheet.cell(row=number, column=column)
            value = row[key]
            cell.value = value
            if isinstance(value, str):
                cell.data_type = "s"
            elif isinstance(value, date):
                cell.number_format = "dd/mm/yyyy"
    book.save(path)


@pytest.fixture
def county(demo_db):
    db, plan_id = demo_db
    with db.unit_of_work() as uow:  # "1" names a course, "TRUE" (True's cell) does not: True == 1
        course = uow.session.exec(select(Course).where(Course.code == "WRAP")).one()
        course.aliases = [*course.aliases, "1"]
        uow.commit()
    with db.unit_of_work() as uow:
        found = uow.session.exec(
            select(Person.staff_number, Person.first_name, Person.last_name, Person.email)
        ).all()
        orgs = list(uow.session.exec(select(Organisation.name)).all())
    people = [tuple(p) for p in found if p[0] and p[3]][:8]
    return db, plan_id, people, orgs[:4]


def _both(db, plan_id, path: Path, kind: str | None, **options) -> tuple[list, list]:
    fast = summary(preview_import(db, path, plan_id=plan_id, kind=kind, today=TODAY, **options))
    with plain_paths():
        plain = summary(preview_import(db, path, plan_id=plan_id, kind=kind, today=TODAY, **options))
    return fast, plain


_SETTINGS = settings(
    max_examples=25,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)


@pytest.mark.parametrize(
    ("kind", "columns"),
    [("people", PEOPLE_COLUMNS), ("people", NAME_COLUMNS), ("training", TRAINING_COLUMNS)],
    ids=["people", "people-by-full-name", "training-list"],
)
def test_fast_paths_give_what_the_plain_way_gives(county, kind, columns):
    db, plan_id, people, orgs = county

    @given(
        rows=st.lists(_cells(people, orgs), min_size=1, max_size=12), welsh=st.booleans(), org=st.booleans()
    )
    @_SETTINGS
    def check(rows, welsh, org):
        # Repeats on purpose: the same person twice, the same course and date twice.
        rows = rows + rows[: len(rows) // 3]
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "messy.xlsx"
            _write(path, columns, rows, welsh)
            options = {"org": orgs[0]} if org else {}
            fast, plain = _both(db, plan_id, path, kind, **options)
        assert fast == plain

    check()
